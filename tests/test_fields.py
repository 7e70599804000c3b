"""Field extraction: dates attached by label or phrase, bilingual labels, prose names, the zone first."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest

from docscheck.fields import extract_fields
from docscheck.model import DocType, FileText, Page, TextSource, Zone


def ft(*pages: str) -> FileText:
    return FileText(path="/d/scan.pdf", relpath="scan.pdf", kind="pdf", sha256="0", size=1,
                    pages=tuple(Page(i + 1, t, TextSource.OCR) for i, t in enumerate(pages)), page_count=len(pages))


CONTRACT = (
    "Association Main Tendue\n23 rue Sainte-Catherine, 33000 Bordeaux\nCONTRAT DE VOLONTARIAT\n"
    "Entre les soussignes :\nL'association Les Jardins de la Fraternite, association reconnue d'utilite\n"
    "publique, representee par Claire Dubois,\nEt Mme Aminata DIALLO, nee le 12/03/1998 a Dakar (Senegal),\n"
    "Article 2 - Duree\nLe present contrat prend effet le 1er avril 2026 et prend fin le\n31 mars 2027.\n"
    "Fait a Bordeaux, le 3 fevrier 2026, en deux exemplaires."
)

CASES = [
    pytest.param(DocType.VOLUNTEER_CONTRACT, CONTRACT, {
        "association": "Les Jardins de la Fraternite", "surname": "DIALLO", "given_names": "Aminata",
        "start_date": date(2026, 4, 1), "end_date": date(2027, 3, 31), "signature_date": date(2026, 2, 3),
    }, id="contract-prose-dates-wrapped"),
    pytest.param(DocType.VISA, (
        "VISA RÉPUBLIQUE FRANÇAISE\nVALABLE POUR / VALID FOR\nFRANCE\nDU / FROM AU / UNTIL\n01.03.2026 28.02.2027\n"
        "TYPE DE VISA D NOMBRE D'ENTREES MULT\nDUREE DE SEJOUR 365 JOURS\nDELIVRE A / ISSUED IN LE / ON\n"
        "DAKAR 10.02.2026\nN° DE PASSEPORT / PASSPORT NUMBER\nA1234567\nREMARQUES: VLS-TS VOLONTAIRE"
    ), {
        "visa_category": "long_stay", "valid_from": date(2026, 3, 1), "valid_until": date(2027, 2, 28),
        "duration_days": 365, "entries": "MULT", "passport_number": "A1234567", "remarks": "VLS-TS VOLONTAIRE",
        "issue_date": date(2026, 2, 10),
    }, id="visa-labels-above-values"),
    pytest.param(DocType.BIRTH_CERTIFICATE, (
        "REPUBLIQUE DU SENEGAL\nCOPIE INTEGRALE D'ACTE DE NAISSANCE\nLe 12 mars 1998 a 10 heures 5 minutes, est nee a "
        "Dakar (Senegal) : Aminata DIALLO, de sexe feminin, fille de\nMentions marginales : Neant.\n"
        "Delivre le 05/01/2026 a Dakar."
    ), {
        "copy_kind": "full_copy", "date_of_birth": date(1998, 3, 12), "surname": "DIALLO", "given_names": "Aminata",
        "sex": "F", "place_of_birth": "Dakar", "issue_date": date(2026, 1, 5),
    }, id="birth-full-copy-prose"),
    pytest.param(DocType.BIRTH_CERTIFICATE, (
        "BIRTH CERTIFICATE EXTRACT\nSurname: MARTINEZ\nGiven names: Valentina\nDate of birth: October 28, 2005\n"
        "Correction of the given name by court order.\nIssued on 2026-01-05 in Cali."
    ), {
        "copy_kind": "extract", "surname": "MARTINEZ", "given_names": "Valentina",
        "date_of_birth": date(2005, 10, 28), "issue_date": date(2026, 1, 5),
    }, id="birth-extract-en-label-word-in-prose-ignored"),
    pytest.param(DocType.CONSULAR_CARD, (
        "CARTE CONSULAIRE / CONSULAR CARD\nNom / Surname\nDIALLO\nPrénoms / Given names\nAminata\n"
        "Délivrée le / Issued on Expire le / Expires on\n10/01/2025 09/01/2030\nNationalité / Nationality\nsénégalaise"
    ), {
        "surname": "DIALLO", "given_names": "Aminata", "issue_date": date(2025, 1, 10),
        "expiry_date": date(2030, 1, 9), "nationality": "SEN",
    }, id="card-two-dates-under-two-labels"),
    pytest.param(DocType.DEPARTURE_COMMITMENT, (
        "Objet : engagement de quitter le territoire francais\nJe soussigne(e) Awa FALL, nee le 2 mai 1999 a Thies,\n"
        "m'engage a quitter le territoire francais a l'issue de ma mission, prevue le 31/03/2027.\n"
        "Fait a Lyon, le\n2 mars 2026"
    ), {
        "surname": "FALL", "given_names": "Awa", "date_of_birth": date(1999, 5, 2),
        "signature_date": date(2026, 3, 2), "commitment": True,
    }, id="departure-done-at-split-line"),
    pytest.param(DocType.ACCEPTANCE_CERTIFICATE, (
        "ATTESTATION D'ACCUEIL\nJe soussignee Claire Dubois, presidente de l'association Fondation Lumiere pour\n"
        "Tous, association reconnue d'utilite publique, atteste que M. Ousmane FALL, ne le 1er mai 1990, est accepte.\n"
        "Fait a Nantes, le 20 fevrier 2026"
    ), {
        "association": "Fondation Lumiere pour Tous", "surname": "FALL", "given_names": "Ousmane",
        "issue_date": date(2026, 2, 20),
    }, id="acceptance-not-the-president"),
    pytest.param(DocType.APPROVAL_DECISION, (
        "PREFECTURE DE LA REGION ILE-DE-FRANCE\nArrete n° 2024-12 portant agrement de l'association Main Tendue "
        "au titre du volontariat\nLe Prefet de la region Ile-de-France,\nArticle 1er - est agreee a compter du "
        "15 janvier 2024.\nFait a Paris, le 15 janvier 2024"
    ), {
        "association": "Main Tendue", "decision_date": date(2024, 1, 15),
    }, id="approval"),
    pytest.param(DocType.VOLUNTEER_CONTRACT, (
        "Les Ateliers du Lien\nCONVENTION DE MISSION DE VOLONTARIAT\nVolontaire : Tomas NOVAK\n"
        "La mission se deroule du 02/03/2026 au 01/03/2027.\nFait a Rennes, le 5 janvier 2026\n"
        "Pour l'association / For the association"
    ), {"association": "Les Ateliers du Lien", "start_date": date(2026, 3, 2)}, id="contract-letterhead-only"),
    pytest.param(DocType.VOLUNTEER_CONTRACT, (
        "Ville de Saint-Brieuc\nCONTRAT DE VOLONTARIAT\nVolontaire : Tomas NOVAK\n"
        "Fait a Saint-Brieuc, le 5 janvier 2026"
    ), {"association": None}, id="contract-town-hall-letterhead-is-not-the-association"),
    pytest.param(DocType.VOLUNTEER_CONTRACT, (
        "Union Regionale des Foyers Ruraux\nCONTRAT DE VOLONTARIAT\nL'Union, pour le compte de son association "
        "membre Le Fil d'Ariane, 4 rue Haute, 22000 Saint-Brieuc, ou le volontaire est accueilli,\n"
        "Fait a Saint-Brieuc, le 5 janvier 2026"
    ), {"association": "Le Fil d'Ariane"}, id="contract-member-association-not-the-letterhead"),
    pytest.param(DocType.APPROVAL_DECISION, (
        "Service departemental a la jeunesse\nCERTIFICAT D'AGREMENT\nNous certifions que la structure Terre "
        "d'Envol est detentrice de l'agrement n° BRE-22-0041, delivre par decision du 3 avril 2024."
    ), {"association": "Terre d'Envol", "decision_date": date(2024, 4, 3)}, id="approval-the-structure-holds-it"),
    pytest.param(DocType.ACCEPTANCE_CERTIFICATE, (
        "Les Ateliers du Lien\nCONFIRMATION D'ACCUEIL\nNotre conseil d'administration a examine la candidature\n"
        "de Wanjiru Njeri KAMAU (nee le 2 mars 2001 a Nakuru) et l'accueille pour une mission de volontariat.\n"
        "Delivre le 9 janvier 2026"
    ), {"surname": "KAMAU", "given_names": "Wanjiru Njeri", "date_of_birth": date(2001, 3, 2)},
        id="acceptance-name-before-birth-in-brackets"),
    pytest.param(DocType.BIRTH_CERTIFICATE, (
        "ACTE DE NAISSANCE\nL'officier d'etat civil certifie que le registre porte : OKOYE Chiamaka, nee le\n"
        "4 avril 2000 a Enugu, de sexe feminin.\nDelivre le 3 janvier 2026"
    ), {"place_of_birth": "Enugu", "date_of_birth": date(2000, 4, 4)}, id="birth-place-after-the-birth-date"),
    pytest.param(DocType.BIRTH_CERTIFICATE, (
        "BIRTH CERTIFICATE - EXTRACT\nThis extract shows that Kofi BOATENG was born on 9 July 1996 in Kumasi, "
        "Ghana.\nIssued on 3 January 2026"
    ), {"place_of_birth": "Kumasi"}, id="birth-born-on-date-in-place"),
    pytest.param(DocType.PASSPORT, (
        "REPUBLIC OF KENYA PASSPORT\nName: OTIENO\nForenames: GRACE AKINYI\nBirthplace: MOMBASA\n"
        "Issuing office: DEPARTMENT OF IMMIGRATION SERVICES"
    ), {"place_of_birth": "MOMBASA", "issuing_authority": "DEPARTMENT OF IMMIGRATION SERVICES"},
        id="passport-birthplace-issuing-office"),
    pytest.param(DocType.VOLUNTEER_CONTRACT, (
        "CONTRAT DE VOLONTARIAT\nNom : ........ OTIENO\nPrenom : ........ Grace\nNe(e) le : .......... 17/03/2004\n"
        "Fait a Brest, le 2 fevrier 2026"
    ), {"date_of_birth": date(2004, 3, 17), "surname": "OTIENO"}, id="contract-form-birth-date-after-leaders"),
    pytest.param(DocType.PHOTO_ID, (
        "REPUBLIC OF GHANA - NATIONAL ID\nDate of issue Date of expiry\n05 11 2021 04 11 2031"
    ), {"issue_date": date(2021, 11, 5), "expiry_date": date(2031, 11, 4)}, id="card-row-of-two-spaced-dates"),
    pytest.param(DocType.PASSPORT, (
        "PASSPORT\n6. Place of birth 7. Date of issue\nKUMASI 14 FEB /FEV 24\n8. Authority\nPASSPORT OFFICE ACCRA"
    ), {"place_of_birth": "KUMASI", "issue_date": date(2024, 2, 14)}, id="passport-next-box-number-is-no-value"),
    pytest.param(DocType.VISA, (
        "VISA\nVALIDE DU / VALID FROM AU / UNTIL\n02-03-2026 01-03-2027\nCATEGORIE / CATEGORY\nD"
    ), {"valid_from": date(2026, 3, 2), "valid_until": date(2027, 3, 1)}, id="visa-long-labels-over-short-dates"),
    pytest.param(DocType.APPROVAL_DECISION, (
        "MINISTERE DES SPORTS ET DE LA JEUNESSE\nLille, le 7 octobre 2024\nDECISION N° HDF-59-2024-0118\n"
        "relative a l'agrement de volontariat associatif\nVu la demande deposee le 2 juin 2024,\n"
        "Article 1 - L'association « Le Fil d'Ariane » est agreee pour trois ans."
    ), {"decision_date": date(2024, 10, 7), "association": "Le Fil d'Ariane"}, id="approval-dated-at-the-top"),
    pytest.param(DocType.ACCEPTANCE_CERTIFICATE, (
        "LETTER OF ACCEPTANCE\nOur board has approved the application of Kwame ASANTE, born on 14 May 1999,\n"
        "for a volunteering mission.\nIssued on 9 January 2026"
    ), {"surname": "ASANTE", "given_names": "Kwame"}, id="acceptance-application-of-name-born"),
]


@pytest.mark.parametrize("doc_type,text,expected", CASES)
def test_fields_from_ocr_like_text(doc_type: DocType, text: str, expected: dict[str, object]) -> None:
    fields = extract_fields(ft(text), doc_type, None)
    got = {k: fields[k].value if k in fields else None for k in expected}
    assert got == expected
    for f in fields.values():
        assert f.source


def test_label_line_between_label_and_date() -> None:
    # OCR of a visa photo put the place-of-issue label between "LE / ON" and its date.
    text = "VISA\nLE/ ON\nDELIVRE A / ISSUED IN\n16.01.2026\nHA NOI"
    assert extract_fields(ft(text), DocType.VISA, None)["issue_date"].value == date(2026, 1, 16)


def test_values_under_a_row_of_two_labels() -> None:
    # An identity card whose zone did not verify: the printed values are all there is.
    text = ("CARTE NATIONALE D'IDENTITE\nDate de naissance / Date of birth Sexe / Sex\n11 SEP 1998 F\n"
            "N° de la carte / Card No. Nationalité / Nationality\nJN6334732 CMR\nAutorité / Authority\nCAMEROON")
    fields = extract_fields(ft(text), DocType.PHOTO_ID, None)
    got = {k: fields[k].value for k in ("date_of_birth", "sex", "document_number", "nationality")}
    assert got == {"date_of_birth": date(1998, 9, 11), "sex": "F", "document_number": "JN6334732", "nationality": "CMR"}
    assert "issuing_authority" not in fields  # a country name out of reading order is not an authority


def test_expiry_before_issue_is_dropped_not_reported() -> None:
    text = "CARTE CONSULAIRE\nDelivree le : 26/12/2025\nExpire le : 26/12/2023"
    fields = extract_fields(ft(text), DocType.CONSULAR_CARD, None)
    assert "expiry_date" not in fields and fields["issue_date"].value == date(2025, 12, 26)


def test_never_the_first_date_on_the_page() -> None:
    text = "CONTRAT DE VOLONTARIAT\nImprime le 01/01/2020\nDate de debut : 01/04/2026\nDate de fin : 31/03/2027"
    fields = extract_fields(ft(text), DocType.VOLUNTEER_CONTRACT, None)
    assert fields["start_date"].value == date(2026, 4, 1)
    assert fields["end_date"].value == date(2027, 3, 31)
    assert "signature_date" not in fields


def test_zone_wins_when_it_verifies_and_printed_form_is_kept() -> None:
    text = "PASSEPORT / PASSPORT\nNom / Surname\nGUÈYE\nDate de naissance / Date of birth\n12 MAR 1989"
    zone = Zone(kind="TD3", lines=("P<SEN...",), valid=True, document_code="P", surname="GUEYE",
                given_names="AWA", document_number="A1234567", nationality="SEN", birth_date=date(1998, 3, 12),
                sex="F", expiry_date=date(2031, 1, 1))
    fields = extract_fields(ft(text), DocType.PASSPORT, zone)
    assert fields["surname"].value == "GUEYE" and fields["surname"].raw == "GUÈYE"
    assert fields["surname"].source == "zone"
    assert fields["date_of_birth"].value == date(1998, 3, 12)
    assert fields["document_number"].value == "A1234567"
    unverified = extract_fields(ft(text), DocType.PASSPORT, Zone(kind="TD3", lines=(), valid=False, surname="X"))
    assert unverified["surname"].value == "GUÈYE"


def test_has_photo_comes_from_the_page() -> None:
    page = Page(1, "CERTIFICAT DE NATIONALITE", TextSource.OCR, has_photo=True)
    f = FileText(path="/d/a.pdf", relpath="a.pdf", kind="pdf", sha256="0", size=1, pages=(page,), page_count=1)
    assert extract_fields(f, DocType.NATIONALITY_CERTIFICATE, None)["has_photo"].value is True


@pytest.mark.parametrize("kind", ["passport", "visa", "volunteer_contract", "acceptance_certificate"])
def test_fields_of_generated_text_pdfs(kind: str, tmp_path: Path) -> None:
    """The generator's truth, read back from its text PDFs (no OCR)."""
    from docscheck.text import read_file
    from docscheck.understand import understand
    from synth.context import make_context
    from synth.render import render

    ctx = make_context(random.Random(11))
    gf = render(kind, ctx, "text_pdf", random.Random(12))[0]
    p = tmp_path / "doc.pdf"
    p.write_bytes(gf.data)
    doc = understand(read_file(p, tmp_path), today=ctx.filing)
    assert doc.type.value == kind
    for key in ("document_number", "expiry_date", "start_date", "end_date", "signature_date", "valid_from",
                "valid_until", "issue_date", "passport_number"):
        if key in gf.truth:
            v = doc.value(key)
            assert v is not None and (v.isoformat() if isinstance(v, date) else str(v)) == gf.truth[key], key


def test_garbled_zone_nationality_loses_to_the_printed_one() -> None:
    # Nationality has no check digit: a verified zone can still carry an OCR-garbled code.
    text = "PASSEPORT / PASSPORT\nNationalité / Nationality\nVIET NAM"
    zone = Zone(kind="TD3", lines=("P<VNM...",), valid=True, document_code="P", issuer="VNM", nationality="NMO",
                document_number="C1234567")
    fields = extract_fields(ft(text), DocType.PASSPORT, zone)
    assert fields["nationality"].value == "VNM" and fields["nationality"].source.startswith("label")
    assert fields["document_number"].source == "zone"


def test_visa_validity_under_a_row_of_labels_shared_with_another_cell() -> None:
    """A scanned sticker's row "VALID FOR  FROM  UNTIL" read as one line over "FRANCE  12.10.26  11.10.27":
    the two dates, in order, are the validity's ends, not the date nearest each label's place along its line."""
    text = ("VISA FRA 763698987\nVALID FOR / VALABLE POUR FROM / DU UNTIL / AU\nFRANCE 12.10.26 11.10.27\n"
            "TYPE OF VISA / TYPE DE VISA\nD MULT 365\nISSUED IN / DELIVRE A ON / LE\nFES 15.09.26")
    fields = extract_fields(ft(text), DocType.VISA, None)
    assert fields["valid_from"].value == date(2026, 10, 12)
    assert fields["valid_until"].value == date(2027, 10, 11)
    assert fields["issue_date"].value == date(2026, 9, 15)


def test_visa_long_stay_from_the_remarks_when_the_type_line_is_lost() -> None:
    fields = extract_fields(ft("VISA\nREMARQUES: WLS-TS VOLONTAIRE"), DocType.VISA, None)
    assert fields["visa_category"].value == "long_stay"
    assert fields["remarks"].value == "VLS-TS VOLONTAIRE" and fields["remarks"].raw == "WLS-TS VOLONTAIRE"


def _values(doc_type: DocType, text: str) -> dict[str, object]:
    return {k: f.value for k, f in extract_fields(ft(text), doc_type).items()}


# Our own wordings: names read by meaning whatever the form's layout.
@pytest.mark.parametrize(("doc_type", "text", "expected"), [
    # a row of labels over one line of values: the line below is the full name
    (DocType.CONSULAR_CARD, "CARTE CONSULAIRE\nApellidos / Nom Nombres / Prénoms\nLIMA Ana Sofia\n",
     {"surname": "LIMA", "given_names": "Ana Sofia"}),
    # a form's dotted leaders read by OCR as letters before the name
    (DocType.DEPARTURE_COMMITMENT, "Nom : ....... LIMA\nPrénom(s) : ....ccee Ana Sofia\n",
     {"surname": "LIMA", "given_names": "Ana Sofia"}),
    # a given names' label inside a full name's is not the given names' label
    (DocType.BIRTH_CERTIFICATE, "ACTE DE NAISSANCE\nNom et prénoms : LIMA, Ana Sofia\n",
     {"surname": "LIMA", "given_names": "Ana Sofia"}),
    # a label followed by its translations only: the value is on the line below
    (DocType.BIRTH_CERTIFICATE, "ACTE DE NAISSANCE\nNom / Surname / Apellidos / Sobrenome\nLIMA\n"
     "Prénoms / Forenames / Nombres / Prenomes\nAna Sofia\n", {"surname": "LIMA", "given_names": "Ana Sofia"}),
    # the name given in the sentence that tells the birth
    (DocType.BIRTH_CERTIFICATE, "CERTIFIED COPY OF AN ENTRY OF BIRTH\nBorn on 2 May 2001 at 10:15 in Porto:"
     " Ana Sofia LIMA, female, child of Rui LIMA and Eva SOUSA.", {"surname": "LIMA", "given_names": "Ana Sofia"}),
])
def test_names_by_meaning(doc_type: DocType, text: str, expected: dict[str, object]) -> None:
    got = _values(doc_type, text)
    assert {k: got.get(k) for k in expected} == expected, got


def test_a_label_word_after_an_article_is_a_noun_not_a_label() -> None:
    text = ("Les Ateliers du Quai\nATTESTATION D'ACCUEIL\nNous accueillons Mme Ana LIMA en qualité de volontaire.\n"
            "Signature du responsable de la structure d'accueil :\nDocument établi le 03.11.2025")
    assert _values(DocType.ACCEPTANCE_CERTIFICATE, text).get("association") != "Document"


@pytest.mark.parametrize(("text", "expected"), [
    ("CONTRAT DE VOLONTARIAT\nLa mission débutera le 2 septembre 2026 et s'achèvera le 1er juillet 2027.",
     {"start_date": date(2026, 9, 2), "end_date": date(2027, 7, 1)}),
    ("VOLUNTEERING AGREEMENT\nThe placement will commence on 2 September 2026 and shall terminate on 1 July 2027.",
     {"start_date": date(2026, 9, 2), "end_date": date(2027, 7, 1)}),
    ("Les Ateliers du Quai\nLyon, le 3 juin 2026\nObjet : lettre valant contrat de volontariat\n"
     "• Mission : tenir la bibliothèque de rue du quartier.\n• Période : du 2 septembre 2026 au 1er juillet 2027.\n"
     "Bon pour accord le 10/06/2026", {"signature_date": date(2026, 6, 10), "mission": "tenir la bibliothèque de rue"
                                       " du quartier"}),
])
def test_contract_dates_and_mission_by_meaning(text: str, expected: dict[str, object]) -> None:
    got = _values(DocType.VOLUNTEER_CONTRACT, text)
    assert {k: got.get(k) for k in expected} == expected, got


def test_a_number_named_by_what_it_numbers_and_a_nationality_after_a_title() -> None:
    text = ("CONSULAT D'ERETON\nATTESTATION DE NATIONALITÉ ET D'IDENTITÉ\nN° d'immatriculation\nKQ123456\n"
            "Nationalité érétonienne portugaise")
    got = _values(DocType.CONSULAR_ATTESTATION, text)
    assert got.get("document_number") == "KQ123456" and got.get("nationality") == "PRT", got


def test_the_body_named_in_a_table_under_its_header_row() -> None:
    text = ("DÉCISION PRÉFECTORALE\nrelative à l'agrément d'un organisme\nIl est décidé d'agréer l'organisme ci-dessous.\n"
            "Organisme Siège N° d'agrément\nLes Ateliers\ndu Quai\n4 quai Rambaud, 69002 Lyon ARA-01-2025\n")
    f = extract_fields(ft(text), DocType.APPROVAL_DECISION)["association"]
    assert (f.value, f.source) == ("Les Ateliers du Quai", "table:organisme")


def test_a_sentence_ending_with_a_date_is_no_dated_header() -> None:
    text = ("Je m'engage à quitter la France à la fin de mon\ncontrat, le 11/12/2026.\nPorto, le 3 mars 2026")
    assert _values(DocType.DEPARTURE_COMMITMENT, text)["signature_date"] == date(2026, 3, 3)


def test_a_letter_dated_under_its_signatory_not_by_a_wrapped_sentence() -> None:
    text = ("Les Ateliers du Quai\nAttestation d'accueil\nMme Ana LIMA effectuera une mission de volontariat du\n"
            "01.08.2026 au\n31.05.2027.\nNous l'accueillerons dans nos locaux.\nLa présidente,\nle 15.05.2026\n")
    f = extract_fields(ft(text), DocType.ACCEPTANCE_CERTIFICATE)["issue_date"]
    assert (f.value, f.source) == (date(2026, 5, 15), "phrase:date at the bottom")


def test_a_card_valid_from_to_in_a_narrow_box() -> None:
    text = "CARTE CONSULAIRE\nN° d'immatriculation\nKQ123456\nValable du\n01 09 2025\nau\n31 08 2030\nNom\nLIMA\n"
    got = _values(DocType.CONSULAR_CARD, text)
    assert (got.get("issue_date"), got.get("expiry_date")) == (date(2025, 9, 1), date(2030, 8, 31)), got


@pytest.mark.parametrize(("text", "expected"), [
    ("COPIE LITTÉRALE D'ACTE DE NAISSANCE\nLe trois mai deux mille un, est née à Porto (Portugal) Ana Sofia\n"
     "LIMA, de sexe féminin, fille de Rui LIMA et de Eva SOUSA.\nDélivré le 10/06/2026",
     {"date_of_birth": date(2001, 5, 3), "surname": "LIMA", "given_names": "Ana Sofia"}),
])
def test_a_birth_told_in_a_sentence(text: str, expected: dict[str, object]) -> None:
    got = _values(DocType.BIRTH_CERTIFICATE, text)
    assert {k: got.get(k) for k in expected} == expected, got


def test_association_named_before_what_it_is_and_a_date_wrapping_after_its_label() -> None:
    text = ("Maison des Ponts\n4 quai Rambaud, 69002 Lyon\nLyon, 2026-05-15\nDear Consul,\n"
            "Maison des Ponts (MDP), an association recognised as being of public interest, has accepted Ms Ana LIMA,"
            " a national of Portugal born on\n2001-05-03, as a volunteer from 2026-09-01 to 2027-06-30.\n")
    got = _values(DocType.ACCEPTANCE_CERTIFICATE, text)
    assert (got.get("association"), got.get("date_of_birth")) == ("Maison des Ponts", date(2001, 5, 3)), got


def test_done_at_a_place_then_a_date_without_on() -> None:
    text = "CERTIFICATE OF NATIONALITY\nMs Ana LIMA is a national of Portugal.\nDone at Porto, 3 May 2026\n"
    assert _values(DocType.NATIONALITY_CERTIFICATE, text)["issue_date"] == date(2026, 5, 3)


def test_a_label_row_tells_the_order_when_case_does_not() -> None:
    got = _values(DocType.CONSULAR_CARD, "CONSULAR ID CARD\nSurname First names\nlima Ana Sofia\n")
    assert (got.get("surname"), got.get("given_names")) == ("lima", "Ana Sofia"), got
