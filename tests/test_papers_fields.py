"""Identity papers and visas read by meaning: numbered captions, travel-document numbers in other words, a table's
header row over its values, a nationality never made up from an abbreviation."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from docscheck.fields import extract_fields, nationality_code
from docscheck.model import DocType, FileText, Page, TextSource
from docscheck.names import normalize_name
from docscheck.text import read_file
from docscheck.understand import understand
from synth.context import make_context
from synth.documents import dev_papers
from synth.families import FAMILIES
from synth.render import render


def _values(doc_type: DocType, text: str) -> dict[str, object]:
    page = Page(1, text, TextSource.OCR)
    ft = FileText(path="/d/doc.pdf", relpath="doc.pdf", kind="pdf", sha256="0", size=1, pages=(page,), page_count=1)
    return {k: str(f.value) for k, f in extract_fields(ft, doc_type).items()}


@pytest.mark.parametrize("text", [
    "VISA\nN° du titre de voyage : C9693900\n",
    "VISA\nTravel doc. no / N° doc. voyage\nC9693900\n",
    "VISA\nPasaporte/Passport/Passeport\nC9693900\n",
    "VISA\nReisedokument Nr. C9693900\n",
    "VISA\nNúmero de documento de viaje: C9693900\n",
])
def test_a_visas_passport_number_after_any_words_for_a_travel_document(text: str) -> None:
    assert _values(DocType.VISA, text).get("passport_number") == "C9693900"


# ICAO numbers some captions with a letter ("4a", "4b"); each caption in three languages on lines of its own
_NUMBERED_STACKS = """PASSEPORT · PASSPORT · PASAPORTE
3. N° du passeport
Passport No.
Pasaporte N°
Y8196001
4. Nom
Surname
Apellidos
KUMAR
5. Prénoms
Given names
Nombres
ANANYA
8. Lieu de naissance
Place of birth
Lugar de nacimiento
MUMBAI (INDE)
4a. Date de délivrance
Date of issue
Fecha de expedición
29 JUIN/JUN 2025
4b. Date d'expiration
Date of expiry
Fecha de vencimiento
28 JUIN/JUN 2030
4c. Autorité
Authority
Autoridad
PASSPORT OFFICE
"""


def test_numbered_captions_stacked_in_three_languages_over_their_values() -> None:
    got = _values(DocType.PASSPORT, _NUMBERED_STACKS)
    assert {k: got.get(k) for k in ("surname", "given_names", "place_of_birth", "issue_date", "expiry_date",
                                     "issuing_authority", "document_number")} == {
        "surname": "KUMAR", "given_names": "ANANYA", "place_of_birth": "MUMBAI", "issue_date": "2025-06-29",
        "expiry_date": "2030-06-28", "issuing_authority": "PASSPORT OFFICE", "document_number": "Y8196001"}


def test_a_tables_header_row_names_the_cells_of_the_row_under_it() -> None:
    # the header's captions wrap in their cells; the values' row holds the name, then a date, a place, a nationality
    text = ("ATTESTATION CONSULAIRE\nLe service consulaire atteste que la personne désignée ci-dessous est "
            "ressortissante de\nNom / Surname Prénoms / Given\nnames\nNé(e) le /\nBorn on\nà / at Nationalité\n"
            "KUMAR Ananya Lakshmi 16.01.2005 MUMBAI (INDE) indienne\n")
    got = _values(DocType.CONSULAR_ATTESTATION, text)
    assert (got.get("surname"), got.get("given_names"), got.get("nationality")) == ("KUMAR", "Ananya Lakshmi", "IND")


def test_a_row_of_name_captions_over_values_in_capitals_stops_at_the_nationality() -> None:
    # case does not tell the cells apart: the name as printed, without the nationality's cell after it
    got = _values(DocType.CONSULAR_ATTESTATION, "Nom Prénoms Nationalité\nKUMAR ANANYA LAKSHMI INDIENNE\n")
    assert (got.get("surname"), got.get("given_names"), got.get("nationality")) == ("KUMAR", "ANANYA LAKSHMI", "IND")


def test_an_abbreviation_under_a_wrapped_title_is_no_nationality() -> None:
    # "CERTIFICATE OF / NATIONALITY" (a title cut by the line's end) over "Réf. 2301/2026"
    text = ("CERTIFICAT DE NATIONALITÉ / CERTIFICATE OF\nNATIONALITY\nRéf. 2301/2026\n"
            "6. Nationalité / Nationality ........ indienne\n")
    assert _values(DocType.NATIONALITY_CERTIFICATE, text).get("nationality") == "IND"
    assert nationality_code("Réf.") is None and nationality_code("SEN") == "SEN"


def test_an_issue_date_after_the_acts_noun_and_its_translation() -> None:
    got = _values(DocType.PASSPORT, "Émission / Issue: 12-01-2020\nExpiration / Expiry: 11-01-2030\n")
    assert (got.get("issue_date"), got.get("expiry_date")) == ("2020-01-12", "2030-01-11")


@pytest.mark.parametrize("build", [dev_papers.passport_numbered_stacks, dev_papers.consular_attestation_header_table,
                                   dev_papers.nationality_numbered_form, dev_papers.visa_one_line])
def test_dev_papers_read_from_their_text_pdf(build: object, tmp_path: Path) -> None:
    """The families' pages as printed, read by the real PDF reader: every field they declare."""
    kind, number = next((k, f.number) for k, fs in FAMILIES.items() for f in fs if f.build is build)
    seed = 7
    for i in range(2):
        ctx = make_context(random.Random(seed + i))
        (gf,) = render(kind, ctx, "text_pdf", random.Random(seed + i), family=number)[:1]
        path = tmp_path / gf.name
        path.write_bytes(gf.data)
        doc = understand(read_file(path, str(tmp_path)), today=ctx.filing)
        assert doc.type.value == gf.doc_type
        for key, want in gf.truth.items():
            if key in {"zone", "has_photo", "issuing_authority"}:
                continue
            got = doc.fields.get(key)
            assert got is not None, (key, want)
            value = got.value.isoformat() if hasattr(got.value, "isoformat") else str(got.value)
            assert normalize_name(value) == normalize_name(want), (key, want, got)


def test_a_date_cut_by_the_lines_end_after_its_label() -> None:
    text = ("CERTIFICAT DE NATIONALITÉ\nDate de délivrance / Date of issue / Fecha de expedición : 25 MARS/MAR\n2026\n"
            "Le greffier\n")
    assert _values(DocType.NATIONALITY_CERTIFICATE, text).get("issue_date") == "2026-03-25"


# A table's header cells, each caption in three languages, as OCR reads a scan of them: the values' row comes after
# the translations (and a speck read as a digit)
_SCANNED_HEADER = """FRANCE — VISA LONG SEJOUR 495654105
Valable du Au Type Entrées Durée
Valid from Until Type Entries Duration
Valido desde Hasta Tipo Entradas Duracién
2026-07-14 2027-04-09 D MULT 270 j.
Délivré à Date de délivrance Nom Prénoms
Issued in Date of issue Surname Given names
Expedido en Fecha de expedicién Apellidos Nombres
4
HUE 2026-06-17 PHAM Quéc Bao
N° du titre de voyage Nationalité E
Travel doc. no Nationality
N.2 documento de viaje
Nacionalidad
C8623357
VNM
"""


def test_values_under_a_header_row_of_stacked_translations() -> None:
    got = _values(DocType.VISA, _SCANNED_HEADER)
    # (never the date of the row above: the date of issue is under its caption)
    assert (got.get("issue_date"), got.get("passport_number")) == ("2026-06-17", "C8623357")


def test_a_number_under_its_caption_is_never_taken_past_a_row_of_values() -> None:
    text = "VISA\nPassport No. Nom\nDIOP Awa\n123456789\n"
    assert _values(DocType.VISA, text).get("passport_number") != "123456789"


@pytest.mark.parametrize(("text", "place"), [
    ("Date et lieu de naissance : 12/03/1999 à Thiès\n", "Thiès"),
    ("Lieu et date de naissance : Dakar, le 12/03/1999\n", "Dakar"),
    ("Date and place of birth 12.03.1999 DAKAR\n", "DAKAR"),
    ("Place of birth / Lieu de naissance / Lugar de nacimiento : THIES - SENEGAL\n", "THIES"),
    ("Place of birth / Lieu de naissance\nDAKAR SEN\n", "DAKAR"),
    ("8. Place of birth 9. Sex\nDAKAR F\n", "DAKAR"),
    # a city named after its country keeps its name
    ("Lieu de naissance : Ciudad de Panamá\n", "Ciudad de Panamá"),
])
def test_the_place_of_birth_alone_whatever_is_printed_around_it(text: str, place: str) -> None:
    assert _values(DocType.PASSPORT, "PASSEPORT\n" + text).get("place_of_birth") == place


@pytest.mark.parametrize(("text", "number"), [
    ("N° CNI : AB1234567\n", "AB1234567"),
    ("Carte n° AB1234567\n", "AB1234567"),
    ("Número de cédula: 1.023.456.789\n", "1023456789"),
    ("Card No / N° carte\nAB 123 4567\n", "AB1234567"),
])
def test_a_cards_number_by_the_cards_name_and_a_numbers_word(text: str, number: str) -> None:
    assert _values(DocType.PHOTO_ID, "CARTE D'IDENTITÉ\n" + text).get("document_number") == number


def test_last_and_first_name_in_one_caption_are_the_full_name() -> None:
    got = _values(DocType.PASSPORT, "PASSPORT\nLast name, First name / Nom, Prénom : DIOP, Awa\n")
    assert (got.get("surname"), got.get("given_names")) == ("DIOP", "Awa")


@pytest.mark.parametrize(("text", "entries"), [
    ("Entrées/Entries : 01\n", "01"),  # as stickers print a count: two digits
    ("ENTRIES\n02\n", "02"),
    ("Entrées/Entries : 1\n", "01"),
    ("Entries: Single\n", "01"),
    ("Entrées / Entries / Entradas\nMultiple\n", "MULT"),
])
def test_a_visas_entries_as_stickers_print_them(text: str, entries: str) -> None:
    assert _values(DocType.VISA, "VISA\n" + text).get("entries") == entries


@pytest.mark.parametrize("text", ["Date de début / Start date : 2026-09-01\n",
                                  "Validity start / Début validité: 01/09/2026\n"])
def test_a_visas_first_day_by_its_noun(text: str) -> None:
    assert str(_values(DocType.VISA, "VISA\n" + text).get("valid_from")) == "2026-09-01"


@pytest.mark.parametrize(("text", "field", "value"), [
    ("Nacionalidad / Nationality\nCOLOMBIANA\n", "nationality", "COL"),
    ("Nacionalidade / Nationalité : BRASILEIRA\n", "nationality", "BRA"),
    ("Genre / Gender : Féminin\n", "sex", "F"),
])
def test_nationality_and_sex_in_the_languages_of_the_captions(text: str, field: str, value: str) -> None:
    assert _values(DocType.PASSPORT, "PASSPORT\n" + text).get(field) == value


def test_a_given_name_that_is_also_a_nationality_word_stays_a_name() -> None:
    got = _values(DocType.CONSULAR_ATTESTATION, "Nom Prénoms Date de naissance\nLOPEZ GARCIA Germán 03.04.2001\n")
    assert got.get("given_names") == "Germán"


def test_a_scanned_header_row_read_with_its_cells_bars() -> None:
    # as OCR reads a scan of the table: the captions on one line with a cell's bar, their ends wrapped below
    text = ("ATTESTATION CONSULAIRE / CONSULAR ATTESTATION\nNom / Surname | Prénoms / Given Né(e) le / a/at Nationalité\n"
            "names Born on\nOLIVEIRA José Carlos 05.12.2004 BELO HORIZONTE brésilienne\n(BRÉSIL)\n")
    got = _values(DocType.CONSULAR_ATTESTATION, text)
    assert (got.get("surname"), got.get("given_names")) == ("OLIVEIRA", "José Carlos")
