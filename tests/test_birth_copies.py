"""Birth certificates: full copy or extract from what the paper says of itself, and the child, not a parent.

Official text: "Full copy of birth certificate with the most recent entries".  Texts in our own wordings;
the last test reads the dev_birth9 families' generated PDFs (text layer, both kinds of copy).
"""

from __future__ import annotations

import dataclasses
import random
from datetime import date
from pathlib import Path

import pytest

from docscheck.fields import extract_fields
from docscheck.model import DocType, FileText, Page, TextSource
from docscheck.text import read_file
from docscheck.understand import understand
from synth.context import make_context
from synth.families import FAMILIES
from synth.render import render


def _fields(text: str) -> dict[str, object]:
    page = Page(1, text, TextSource.OCR)
    ft = FileText(path="/d/acte.pdf", relpath="acte.pdf", kind="pdf", sha256="0", size=1, pages=(page,), page_count=1)
    return {k: f.value for k, f in extract_fields(ft, DocType.BIRTH_CERTIFICATE).items()}


@pytest.mark.parametrize(("text", "kind"), [
    pytest.param("REPUBLIQUE DU CAMEROUN\nFICHE D'ÉTAT CIVIL\nNom : ABENA\nPrénoms : Grace\nNée le 02/03/2001\n"
                 "Cette fiche ne remplace pas la copie intégrale de l'acte de naissance.\nFait à Douala, le 12/05/2026",
                 "extract", id="denies-being-the-full-copy"),
    pytest.param("EXTRAIT D'ACTE DE NAISSANCE\nNom : ABENA\nPrénoms : Grace\nNée le 02/03/2001 à Douala\n"
                 "La copie intégrale peut être demandée au centre d'état civil.\nDélivré le 12/05/2026",
                 "extract", id="title-wins-over-a-mention-in-the-body"),
    pytest.param("GHANA\nBIRTH CERTIFICATE (SHORT FORM)\nSurname: MENSAH\nForenames: Ama\nDate of birth: 3 May 2001\n"
                 "Issued on 2 June 2026", "extract", id="short-form"),
    pytest.param("ACTE DE NAISSANCE\nNom : ABENA\nPrénoms : Grace\nNée le 02/03/2001 à Douala\n"
                 "Pièce délivrée sans indication de la filiation.\nDélivré le 12/05/2026", "extract",
                 id="says-what-it-leaves-out"),
    pytest.param("BULLETIN DE NAISSANCE\nLe deux mars deux mille un est née à Douala ABENA Grace.\nDélivré le 12/05/2026",
                 "extract", id="bulletin"),
    pytest.param("GHANA\nFULL BIRTH CERTIFICATE (LONG FORM)\nSurname: MENSAH\nForenames: Ama\n"
                 "Date of birth: 3 May 2001\nIssued on 2 June 2026", "full_copy", id="long-form"),
    pytest.param("ACTE DE NAISSANCE\nNOM : ABENA\nPRENOMS : GRACE\nNEE LE : 02 03 2001\nPERE : ABENA PAUL\n"
                 "MERE : NGO MARIE\nMENTIONS MARGINALES : NEANT\nCOPIE CERTIFIEE CONFORME A L'ORIGINAL DU REGISTRE.\n"
                 "DOUALA, LE 12 05 2026", "full_copy", id="full-by-content-alone"),
    pytest.param("Acte de naissance\nLa présente copie reproduit l'acte en entier ; elle n'est pas un extrait.\n"
                 "Nom : ABENA\nPrénoms : Grace\nDélivré le 12/05/2026", "full_copy", id="denies-being-an-extract"),
    pytest.param("REGISTER OF BIRTHS - 2001\nOn the 3rd day of May, 2001 at Accra was born Ama MENSAH, a female child.\n"
                 "Certified true copy of the whole entry\nIssued at Accra on 02/06/2026", "full_copy", id="whole-entry"),
])
def test_the_kind_of_copy_from_what_the_paper_says(text: str, kind: str) -> None:
    assert _fields(text).get("copy_kind") == kind


def test_a_paper_that_says_nothing_of_its_kind_is_left_to_verify() -> None:
    # no title word, no omission, no parents nor marginal notes: nobody can tell, so no value (to verify)
    got = _fields("ACTE DE NAISSANCE\nNom : ABENA\nPrénoms : Grace\nNée le 02/03/2001 à Douala\n"
                  "Délivré le 12/05/2026")
    assert "copy_kind" not in got, got


def test_the_child_not_the_parent_named_after_it() -> None:
    text = ("ACTE DE NAISSANCE\n(copie littérale de l'acte)\n"
            "Le vingt-six août mil neuf cent quatre-vingt-seize, à 1 heures du matin, est né(e) à\n"
            "Kaolack (Sénégal), GUEYE Ousmane, de sexe masculin, fils de Abdoulaye GUEYE, né le\n"
            "26/08/1968, commerçant, et de Aminata SOW, sans profession.\nDélivré le 15 mai 2026")
    got = _fields(text)
    assert (got.get("given_names"), got.get("date_of_birth"), got.get("place_of_birth")) == (
        "Ousmane", date(1996, 8, 26), "Kaolack"), got


def test_a_parent_born_elsewhere_gives_no_place_of_birth() -> None:
    got = _fields("ACTE DE NAISSANCE\nNOM : GUEYE\nPRENOMS : OUSMANE\nPERE : GUEYE ABDOULAYE, NE A ZIGUINCHOR\n")
    assert got.get("place_of_birth") != "ZIGUINCHOR", got


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("FULL BIRTH CERTIFICATE\nSurname Forenames Sex Date of birth\nMENSAH Ama Serwaa Female 03-05-2001\n",
                 {"surname": "MENSAH", "given_names": "Ama Serwaa", "date_of_birth": date(2001, 5, 3)},
                 id="label-row-going-on-with-other-columns"),
    pytest.param("COPIE INTÉGRALE D'ACTE DE NAISSANCE\nNom Prénoms\nEnfant ABENA Grace\nPère ABENA Paul\n",
                 {"surname": "ABENA", "given_names": "Grace"}, id="row-captioned-enfant"),
    pytest.param("BIRTH CERTIFICATE\nThis is to certify that the child was born at Ikeja in the district of Lagos, "
                 "Nigeria, on 3 May 2001.\n", {"place_of_birth": "Ikeja"}, id="born-at-in-the-district-of"),
    pytest.param("ACTE DE NAISSANCE\nNE(E) LE : 02 03 2001\nA : DOUALA\nSEXE : FEMININ\n",
                 {"place_of_birth": "DOUALA"}, id="labelled-a-after-ne-le"),
])
def test_the_childs_particulars_by_meaning(text: str, expected: dict[str, object]) -> None:
    got = _fields(text)
    assert {k: got.get(k) for k in expected} == expected, got


_FAMILIES = [f for f in FAMILIES["birth_certificate"] if f.build.__module__.endswith(".dev_birth9")]


@pytest.mark.parametrize("number", [f.number for f in _FAMILIES])
def test_dev_birth9_families_read_from_their_text_layer(number: int, tmp_path: Path) -> None:
    for seed, kind in ((41, "full_copy"), (42, "extract")):
        ctx = dataclasses.replace(make_context(random.Random(seed)), birth_copy_kind=kind)
        (gf,) = render("birth_certificate", ctx, "text_pdf", random.Random(seed), family=number)[:1]
        path = tmp_path / gf.name
        path.write_bytes(gf.data)
        doc = understand(read_file(path, str(tmp_path)), today=ctx.filing)
        assert doc.type == DocType.BIRTH_CERTIFICATE
        assert doc.fields["copy_kind"].value == kind, doc.fields["copy_kind"]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("CERTIDÃO DE NASCIMENTO\nNome: Ana Clara SOUZA\nNaturalidade: Recife\n", {"place_of_birth": "Recife"},
                 id="naturalidade"),
    pytest.param("EXTRAIT D'ACTE DE NAISSANCE\nNom : DIOP\nPrénoms : Awa\nCommune de naissance : Pikine\n",
                 {"place_of_birth": "Pikine"}, id="commune-de-naissance"),
    pytest.param("CERTIFIED COPY OF BIRTH ENTRY\nSurname: MENSAH\nForenames: Ama\n", {"copy_kind": "full_copy"},
                 id="copy-of-birth-entry"),
    pytest.param("SHORT CERTIFICATE OF BIRTH\nSurname: MENSAH\nForenames: Ama\n", {"copy_kind": "extract"},
                 id="short-certificate"),
])
def test_other_words_for_the_place_and_the_kind(text: str, expected: dict[str, object]) -> None:
    got = _fields(text)
    assert {k: got.get(k) for k in expected} == expected, got


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("ACTE DE NAISSANCE\nNom de famille de l'enfant : DIOP\nPrénoms de l'enfant : Awa Marie\n",
                 {"surname": "DIOP", "given_names": "Awa Marie"}, id="labels-saying-whose"),
    pytest.param("ACTE DE NAISSANCE\n3. Né(e) le : 12 mars 1998\n4. à : Pikine\n5. Père : DIOP Moussa\n",
                 {"place_of_birth": "Pikine", "date_of_birth": date(1998, 3, 12)}, id="numbered-boxes"),
    pytest.param("CERTIDÃO DE NASCIMENTO\nData de nascimento: 03/05/2001\nFiliação: JOÃO LIMA, nascido em 02/01/1970\n",
                 {"date_of_birth": date(2001, 5, 3)}, id="data-de-nascimento-and-filiacao"),
])
def test_labels_of_a_birth_form(text: str, expected: dict[str, object]) -> None:
    got = _fields(text)
    assert {k: got.get(k) for k in expected} == expected, got


def test_the_place_in_a_row_of_labels_last_column() -> None:
    got = _fields("ABSTRACT OF BIRTH\nForename(s) Surname Sex Date of birth Place of birth\n"
                  "Ama Serwaa MENSAH F 3 May 2001 Cape Coast\n")
    assert (got.get("place_of_birth"), got.get("surname"), got.get("given_names")) == (
        "Cape Coast", "MENSAH", "Ama Serwaa"), got
