"""Documents, not files: a file cut into documents only on strong evidence, later uploads joined back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from docscheck.checklist import evaluate_dossier
from docscheck.joins import join_documents
from docscheck.model import DocType, FileText, Page, TextSource
from docscheck.segment import page_groups, page_numbering
from docscheck.understand import understand, understand_documents
from synth.zones import mrv, td1, td3

TODAY = date(2026, 11, 30)
BORN = date(1996, 4, 2)


def _file(relpath: str, *texts: str) -> FileText:
    pages = tuple(Page(i + 1, t, TextSource.OCR, 90.0) for i, t in enumerate(texts))
    return FileText(path="/x/" + relpath, relpath=relpath, kind="pdf", sha256="ab" * 32, size=1000,
                    pages=pages, page_count=len(pages))


PASSPORT = "\n".join([
    "REPUBLIQUE DU SENEGAL", "PASSEPORT / PASSPORT", "Nom / Surname: NDIAYE", "Prenoms / Given names: AISSATOU",
    "Date de naissance / Date of birth: 02/04/1996", "Date d'expiration / Date of expiry: 01/06/2030", "",
    *td3("SEN", "NDIAYE", "AISSATOU", "A01234567", "SEN", BORN, "F", date(2030, 6, 1)),
])
VISA = "\n".join([
    "VISA", "TYPE D", "VALABLE POUR FRANCE", "DU 01/09/2026 AU 31/08/2027", "DUREE DU SEJOUR 365 JOURS",
    "NOMBRE D'ENTREES MULT", "NOM NDIAYE AISSATOU", "REMARQUES VLS-TS BENEVOLE", "",
    *mrv("MRVA", "FRA", "NDIAYE", "AISSATOU", "12345678", "SEN", BORN, "F", date(2027, 8, 31)),
])
CONTRACT_1 = "\n".join([
    "CONTRAT DE VOLONTARIAT", "Entre les soussignés : l'association Les Amis du Quartier, et", "le volontaire Aissatou NDIAYE.",
    "Article 1 - Objet", "Le volontaire accomplit une mission d'accompagnement social des personnes isolées.",
    "Article 2 - Durée", "Date de début : 01/10/2026. Date de fin : 30/09/2027.", "Page 1/3",
])
CONTRACT_2 = "\n".join([
    "Article 3 - Indemnité", "Le volontaire perçoit une indemnité mensuelle versée par l'association.",
    "Article 4 - Tuteur", "Un tuteur accompagne le volontaire pendant toute sa mission.", "Page 2/3",
])
CONTRACT_3 = "\n".join([
    "Article 5 - Fin du contrat", "Le contrat prend fin au terme de la mission ou par préavis d'un mois.",
    "Fait à Lyon en deux exemplaires, le 01/09/2026.", "Lu et approuvé", "Pour l'association       Le volontaire",
    "Page 3/3",
])


def test_page_numbering_is_read_and_dates_are_not_taken_for_it() -> None:
    assert page_numbering("Page 2 sur 3") == (2, 3)
    assert page_numbering("footer 2/3") == (2, 3)
    assert page_numbering("Fait le 01/09/2026") is None


def test_a_three_page_contract_whose_later_pages_have_no_title_is_one_document() -> None:
    ft = _file("contrat.pdf", CONTRACT_1, CONTRACT_2, CONTRACT_3)
    docs = understand_documents(ft, today=TODAY)
    assert len(docs) == 1 and docs[0].type is DocType.VOLUNTEER_CONTRACT
    assert docs[0].pages == (1, 2, 3) and docs[0].where == "contrat.pdf"


def test_a_thirty_page_scan_of_one_document_is_never_split() -> None:
    head = "ARRETE PORTANT AGREMENT\nLe préfet, vu le code du service national, décide :\nArticle 1\nL'association est agréée."
    texts = [head] + [
        f"Article {n}\nL'association accueille des volontaires pour des missions d'intérêt général, "
        f"dans le respect des conditions fixées par le présent arrêté.\n{'Visa du contrôle' if n % 7 == 0 else ''}"
        for n in range(2, 31)
    ]
    ft = _file("scan_001.pdf", *texts)
    assert len(page_groups(ft, today=TODAY)) == 1
    docs = understand_documents(ft, today=TODAY)
    assert len(docs) == 1 and docs[0].pages == tuple(range(1, 31))


def test_passport_data_page_then_visa_page_are_two_documents() -> None:
    ft = _file("passeport.pdf", PASSPORT, VISA)
    docs = understand_documents(ft, today=TODAY)
    assert [(d.type, d.pages) for d in docs] == [(DocType.PASSPORT, (1,)), (DocType.VISA, (2,))]
    assert docs[1].where == "passeport.pdf, page 2"
    assert any("new document at page 2" in e for e in docs[1].classification.evidence)
    assert docs[1].zone is not None and docs[1].zone.kind == "MRVA"


def test_a_blank_page_goes_with_its_neighbour() -> None:
    ft = _file("passeport.pdf", PASSPORT, "", VISA)
    docs = understand_documents(ft, today=TODAY)
    assert [d.pages for d in docs] == [(1, 2), (3,)]


def test_one_photo_of_the_open_passport_gives_two_documents_by_their_zones() -> None:
    ft = _file("IMG_0001.jpg", PASSPORT + "\n\n" + VISA)
    docs = understand_documents(ft, today=TODAY)
    assert sorted(d.type.value for d in docs) == ["passport", "visa"]
    assert all(d.pages == (1,) for d in docs)


def test_a_contract_photographed_page_by_page_is_joined_with_its_grounds() -> None:
    files = [_file("contrat_1.jpg", CONTRACT_1), _file("IMG_2.jpg", CONTRACT_2), _file("IMG_3.jpg", CONTRACT_3)]
    files = [FileText(**{**f.__dict__, "sha256": str(i) * 64}) for i, f in enumerate(files)]
    docs = [d for f in files for d in understand_documents(f, today=TODAY)]
    joined = join_documents(docs, today=TODAY)
    assert len(joined) == 1 and joined[0].type is DocType.VOLUNTEER_CONTRACT
    assert [p.relpath for p in joined[0].parts] == ["contrat_1.jpg", "IMG_2.jpg", "IMG_3.jpg"]
    assert joined[0].where == "contrat_1.jpg; IMG_2.jpg; IMG_3.jpg"
    ev = " ".join(joined[0].classification.evidence)
    assert "joined IMG_2.jpg: page numbering 2/3 follows 1/3" in ev and "joined IMG_3.jpg" in ev


def test_an_id_card_back_joins_its_front_by_the_document_number() -> None:
    front = ("CARTE NATIONALE D'IDENTITE\nREPUBLIQUE DU SENEGAL\nNom: NDIAYE\nPrénoms: AISSATOU\n"
             "N° de la carte : ID1234567\nNé le 02/04/1996")
    back = "\n".join(["Adresse: Dakar", "", *td1("SEN", "NDIAYE", "AISSATOU", "ID1234567", "SEN", BORN, "F", date(2031, 1, 1))])
    docs = [*understand_documents(_file("cni_recto.jpg", front), today=TODAY),
            *understand_documents(FileText(**{**_file("cni_verso.jpg", back).__dict__, "sha256": "cd" * 32}), today=TODAY)]
    assert [d.type for d in docs] == [DocType.PHOTO_ID, DocType.PHOTO_ID]
    assert docs[0].value("document_number") == "ID1234567"  # what the join is judged on
    joined = join_documents(docs, today=TODAY)
    assert len(joined) == 1 and joined[0].zone is not None and joined[0].zone.kind == "TD1"
    assert any("TD1 zone" in e for e in joined[0].classification.evidence)


def test_two_documents_of_one_file_are_not_duplicates_and_gaps_name_the_pages() -> None:
    docs = understand_documents(_file("passeport.pdf", PASSPORT, VISA), today=TODAY)
    report = evaluate_dossier("d", "/d", list(docs), as_of=TODAY)
    assert not [g for g in report.gaps if g.code == "duplicate_document"]
    visa = next(r for r in report.requirements if r.id == "long_stay_visa")
    assert visa.satisfied and visa.files == ("passeport.pdf, page 2",)


DECISION = "\n".join([
    "RÉPUBLIQUE FRANÇAISE", "PRÉFECTURE DE LA RÉGION PAYS DE LA LOIRE",
    "Arrêté n° IDF-067-23-00191-00 portant agrément de l'association Les Amis du Quartier",
    "Vu le code du service national ;", "ARRETE :",
    "Article 1er - L'association Les Amis du Quartier est agréée au titre de l'engagement de service civique.",
    "Article 2 - Le numéro d'agrément attribué est IDF-067-23-00191-00.", "Fait à Nantes, le 29 avril 2023",
])
LETTER = "\n".join([
    "Aissatou NDIAYE", "c/o Les Amis du Quartier", "A l'attention de Monsieur le Préfet",
    "Objet : engagement de quitter le territoire français à l'issue de ma mission", "Madame, Monsieur,",
    "Je soussignée Aissatou NDIAYE, née le 2 avril 1996 à Dakar, volontaire auprès de l'association",
    "Les Amis du Quartier, m'engage à quitter le territoire français à l'issue de ma mission.",
    "Fait à Nantes, le 29 mars 2026", "Signature :",
])


def test_an_untitled_letter_after_another_document_starts_a_new_one() -> None:
    docs = understand_documents(_file("dossier.pdf", DECISION, LETTER), today=TODAY)
    assert [(d.type, d.pages) for d in docs] == [(DocType.APPROVAL_DECISION, (1,)), (DocType.DEPARTURE_COMMITMENT, (2,))]
    assert any("another document" in e for e in docs[1].classification.evidence)


def test_a_letter_page_does_not_cut_a_document_whose_numbering_awaits_pages() -> None:
    ft = _file("contrat.pdf", CONTRACT_1, LETTER + "\nPage 3/3")
    assert len(page_groups(ft, today=TODAY)) == 1


def test_a_photo_of_the_open_passport_finds_the_visa_zone_whose_fillers_were_read_as_letters() -> None:
    visa_zone = mrv("MRVA", "FRA", "NDIAYE", "AISSATOU", "12345678", "SEN", BORN, "F", date(2027, 8, 31))
    # as on a photo: the fillers after the names and the optional data blur into "c" and "e"
    blurred = [visa_zone[0][:22] + "ceceeccec ceeceececcecc", visa_zone[1][:34] + "cccceecccc"]
    ft = _file("IMG_0001.jpg", PASSPORT + "\n\n" + VISA.replace("\n".join(visa_zone), "\n".join(blurred)))
    docs = understand_documents(ft, today=TODAY)
    assert sorted(d.type.value for d in docs) == ["passport", "visa"]


BIRTH = "\n".join([
    "REPUBLIQUE DU SENEGAL", "ACTE DE NAISSANCE", "Extrait du registre des actes de l'état civil",
    "Le 2 avril 1996 est née à Dakar : Aissatou NDIAYE, de sexe féminin,", "fille de Moussa NDIAYE et de Fatou SARR.",
    "Délivré à Dakar le 12 janvier 2026, l'officier de l'état civil.",
])
# the contract's first page under a letterhead, its title not read (as a template family may print it)
UNTITLED_CONTRACT_1 = "\n".join([
    "Les Amis du Quartier", "Direction de la vie associative",
    "En partenariat avec l'association, le volontaire Aissatou NDIAYE.", *CONTRACT_1.splitlines()[3:-1],
])


def test_a_first_article_under_a_letterhead_starts_a_new_document() -> None:
    ft = _file("dossier.pdf", BIRTH, UNTITLED_CONTRACT_1, CONTRACT_2.replace("Page 2/3", ""))
    docs = understand_documents(ft, today=TODAY)
    assert [(d.type, d.pages) for d in docs] == [(DocType.BIRTH_CERTIFICATE, (1,)), (DocType.VOLUNTEER_CONTRACT, (2, 3))]
    assert "Article 1 of another document" in docs[1].classification.evidence[-1]


def test_a_contract_whose_articles_start_after_its_title_page_is_one_document() -> None:
    title_page = "CONTRAT DE VOLONTARIAT\nEntre les soussignés : l'association Les Amis du Quartier, et\nle volontaire Aissatou NDIAYE."
    ft = _file("contrat.pdf", title_page, UNTITLED_CONTRACT_1, CONTRACT_2.replace("Page 2/3", ""))
    assert len(page_groups(ft, today=TODAY)) == 1


# a departure commitment as a form, as a page OCR read it: read as such at 0.92, not surely
FORM = "\n".join([
    "Fondation Horizons Partagés", "Pôle volontariat - 48 boulevard Voltaire, 75011 Paris", "",
    "FORMULAIRE - ENGAGEMENT DU VOLONTAIRE ÉTRANGER", "", "Nom de famille : «0... SANTOS",
    "Prénom(s) : ...cceeeeee Thiago", "Date de naissance: ............ 14 07 2000",
    "Contrat de volontariat du: ............ 15.08.2026 au 14.08.2027", "",
    "Je m'engage à quitter le territoire français à la fin de mon contrat avec Fondation", "Horizons Partagés.", "",
    "[1 Je demande le renouvellement de mon contrat (joindre l'avenant).", "",
    "Date et signature du volontaire : 15/07/2026",
])


def test_a_page_with_a_heading_of_its_own_read_as_another_type_starts_a_new_document() -> None:
    docs = understand_documents(_file("dossier.pdf", DECISION, FORM), today=TODAY)
    assert [(d.type, d.pages) for d in docs] == [(DocType.APPROVAL_DECISION, (1,)), (DocType.DEPARTURE_COMMITMENT, (2,))]


def test_a_heading_does_not_cut_a_document_whose_numbering_awaits_pages() -> None:
    ft = _file("contrat.pdf", CONTRACT_1, FORM + "\nPage 2/3", CONTRACT_3)
    assert len(page_groups(ft, today=TODAY)) == 1


def test_an_open_passport_scanned_as_one_page_of_a_longer_file_gives_two_documents() -> None:
    """The data page and the visa side by side on page 2 of a dossier PDF: both found, both on page 2."""
    spread = PASSPORT + "\n\n" + VISA
    ft = _file("dossier.pdf", CONTRACT_1, spread, BIRTH)
    docs = understand_documents(ft, today=TODAY)
    assert [(d.type, d.pages) for d in docs] == [
        (DocType.VOLUNTEER_CONTRACT, (1,)), (DocType.PASSPORT, (2,)), (DocType.VISA, (2,)), (DocType.BIRTH_CERTIFICATE, (3,)),
    ]
    assert docs[2].where == "dossier.pdf, page 2" and docs[2].zone is not None and docs[2].zone.kind == "MRVA"


COVER = "\n".join(["REPUBLIQUE DU SENEGAL", "UN PEUPLE UN BUT UNE FOI", "PASSEPORT", "PASSPORT", "CEDEAO ECOWAS"])


def test_a_passport_scanned_from_its_cover_is_one_document_with_its_data_page() -> None:
    ft = _file("passeport_scan.pdf", COVER, PASSPORT, VISA)
    docs = understand_documents(ft, today=TODAY)
    assert [(d.type, d.pages) for d in docs] == [(DocType.PASSPORT, (1, 2)), (DocType.VISA, (3,))]


def test_a_short_signed_letter_before_a_passport_is_not_taken_for_its_cover() -> None:
    letter = "\n".join(["Je soussignée Aissatou NDIAYE m'engage à quitter la France.", "Fait à Lyon, le 01/09/2026"])
    ft = _file("dossier.pdf", letter, PASSPORT)
    docs = understand_documents(ft, today=TODAY)
    assert [d.pages for d in docs] == [(1,), (2,)]
    assert docs[1].type is DocType.PASSPORT


def test_a_scanned_passport_with_its_cover_is_classified_as_one_passport_and_a_visa(tmp_path: Path) -> None:
    """End to end, through the CLI's JSON: the cover, the data page and the visa page OCR'd."""
    import json

    from click.testing import CliRunner

    from docscheck.cli import cli
    from synth.shapes import build_shaped

    build_shaped("passport_cover_pdf", 5, tmp_path)
    result = CliRunner().invoke(cli, ["classify", str(tmp_path / "passeport.pdf"), "--format", "json",
                                      "--workers", "1", "--no-cache"], catch_exceptions=False)
    out = json.loads(result.output)
    entry = out[0] if isinstance(out, list) else out
    found = [(d["type"], d["pages"]) for d in entry["documents"]]
    assert found == [("passport", [1, 2]), ("visa", [3])]


def test_page_numbering_is_not_read_inside_a_word() -> None:
    # an upside-down page read as letters and figures mixed
    assert page_numbering("SaI¥LN3 / SAFULNA ANO931V9 / 31H0931V9") is None
    assert page_numbering("Volunteering agreement page 1 of 2") == (1, 2)
    # after the word "page", a 1 OCR read as an "l" or an "I" is still a 1
    assert page_numbering("Placement agreement - page lof2") == (1, 2)
    assert page_numbering("Page I sur 3") == (1, 3)
    assert page_numbering("PAGE LIFE OF SERVICE") is None
    assert page_numbering("Contrat - 2 / 3") == (2, 3)


def test_two_copies_of_a_birth_certificate_one_after_the_other_are_two_documents() -> None:
    """The same title heading a page again after the page before was issued and signed: another copy."""
    ft = _file("dossier.pdf", BIRTH, BIRTH.replace("12 janvier", "3 mars"))
    docs = understand_documents(ft, today=TODAY)
    assert [(d.type, d.pages) for d in docs] == [(DocType.BIRTH_CERTIFICATE, (1,)), (DocType.BIRTH_CERTIFICATE, (2,))]
    assert "another copy" in docs[1].classification.evidence[-1]


# A commitment printed in French and again in English, each page signed: one letter in two languages.
_PROMISE_FR = "\n".join([
    "Ibrahima SOW", "4 allée des Tilleuls, 44000 Nantes", "ENGAGEMENT À QUITTER LA FRANCE",
    "Je soussigné Ibrahima SOW, né le 9 octobre 1995 à Thiès (Sénégal), m'engage sur l'honneur à quitter",
    "le territoire français au terme de mon volontariat auprès de l'association Les Ateliers du Lien.",
    "Fait à Nantes, le 2 février 2026", "Signature"])
_PROMISE_EN = "\n".join([
    "Ibrahima SOW", "4 allée des Tilleuls, 44000 Nantes", "COMMITMENT TO LEAVE FRANCE",
    "I, the undersigned Ibrahima SOW, born on 9 October 1995 in Thiès (Senegal), hereby undertake to leave",
    "French territory when my volunteering with the association Les Ateliers du Lien comes to an end.",
    "Done at Nantes on 2 February 2026", "Signature"])


def test_a_letter_in_french_then_in_english_is_one_document() -> None:
    """The same particulars (who, born when, signed when) worded in another language: a version, not a second
    copy, and no duplicate for the checklist to report."""
    docs = understand_documents(_file("engagement.pdf", _PROMISE_FR, _PROMISE_EN), today=TODAY)
    assert [(d.type, d.pages) for d in docs] == [(DocType.DEPARTURE_COMMITMENT, (1, 2))]
    assert "page 2 kept with it" in docs[0].classification.evidence[-1]
    assert docs[0].value("surname") == "SOW"


def test_a_collections_contents_page_before_the_act_it_lists_is_one_document() -> None:
    """A published collection's contents page names the act (its body, its date) in a few words, most of them the
    act's own: measured over both pages, the wording is not the same again, and the act is not a second copy."""
    contents = "\n".join([
        "PRÉFECTURE DE LA SARTHE", "BULLETIN DES ACTES ADMINISTRATIFS N° 44",
        "Arrêté du 3 mai 2024 portant agrément de l'association Les Vergers Partagés p. 12",
        "Arrêté du 3 mai 2024 portant délégation de signature p. 14"])
    act = "\n".join([
        "Arrêté du 3 mai 2024 portant agrément de l'association Les Vergers Partagés",
        "Le Préfet de la Sarthe,", "Vu la loi n° 2006-586 du 23 mai 2006 relative au volontariat associatif ;",
        "Vu la demande présentée par l'association Les Vergers Partagés et les pièces produites ;", "ARRÊTE",
        "Article 1er : L'association « Les Vergers Partagés », dont le siège est au Mans, est agréée pour accueillir",
        "des volontaires pour une durée de cinq ans.",
        "Article 2 : Le présent arrêté sera publié au bulletin des actes administratifs de la préfecture.",
        "Fait au Mans, le 3 mai 2024", "Pour le préfet et par délégation, le secrétaire général"])
    docs = understand_documents(_file("agrement.pdf", contents, act), today=TODAY)
    assert [(d.type, d.pages) for d in docs] == [(DocType.APPROVAL_DECISION, (1, 2))]


def test_two_letters_differing_in_a_particular_stay_two_documents() -> None:
    """Another date of birth on the second page: another person's letter, however alike."""
    other = _PROMISE_EN.replace("9 October 1995", "9 October 1996")
    docs = understand_documents(_file("engagements.pdf", _PROMISE_FR, other), today=TODAY)
    assert [(d.type, d.pages) for d in docs] == [(DocType.DEPARTURE_COMMITMENT, (1,)), (DocType.DEPARTURE_COMMITMENT, (2,))]
    # the same letter twice, in the same words: a second copy, as before
    docs = understand_documents(_file("engagements.pdf", _PROMISE_FR, _PROMISE_FR), today=TODAY)
    assert [d.pages for d in docs] == [(1,), (2,)]


def test_a_translation_titled_as_its_original_and_a_title_repeated_on_an_unsigned_page_keep_one_document() -> None:
    translation = "Cabinet Martin, traducteur assermenté\n" + BIRTH  # its letterhead says what it is
    assert len(page_groups(_file("acte.pdf", BIRTH, translation), today=TODAY)) == 1
    unsigned = "\n".join(BIRTH.splitlines()[:-1])  # page 1 not issued yet: page 2 carries on under the title
    following = "ACTE DE NAISSANCE (SUITE)\nMentions marginales : néant.\nDélivré à Dakar le 12 janvier 2026."
    assert len(page_groups(_file("acte.pdf", unsigned, following), today=TODAY)) == 1


def test_a_dossier_as_filed_finds_two_copies_and_a_page_scanned_sideways(tmp_path: Path) -> None:
    """End to end, through the CLI's JSON: the visa first, then two copies of one birth certificate's
    template, the second scanned sideways (seed 1), all OCR'd."""
    import json

    from click.testing import CliRunner

    from docscheck.cli import cli
    from synth.shapes import build_shaped

    truth = build_shaped("dossier_as_filed_pdf", 1, tmp_path, only=("birth_certificate", "visa"))
    result = CliRunner().invoke(cli, ["classify", str(tmp_path / "dossier.pdf"), "--format", "json",
                                      "--workers", "1", "--no-cache"], catch_exceptions=False)
    out = json.loads(result.output)
    entry = out[0] if isinstance(out, list) else out
    found = [(d["type"], d["pages"]) for d in entry["documents"]]
    assert found == [(d.doc_type, list(d.parts[0][1])) for d in truth.documents]
    assert found == [("visa", [1]), ("birth_certificate", [2]), ("birth_certificate", [3])]


def test_a_second_copy_whose_title_wraps_over_two_lines_is_another_document() -> None:
    """"CERTIFIED COPY OF AN ENTRY OF" / "BIRTH": no heading line names the type alone, the title's words do
    (dev birth certificate family, dossier_as_filed_pdf seed 7600)."""
    copy = "\n".join(["ORIGINAL (ANGLAIS)", "MOROCCO", "CERTIFIED COPY OF AN ENTRY OF", "BIRTH", "Surname: IDRISSI",
                      "Forenames: Mehdi", "Date of birth: 8 November 1998", "Place of birth: Fès, Morocco",
                      "Marginal notes: none", "Issued on 11 April 2026", "The Registrar of Births"])
    docs = understand_documents(_file("dossier.pdf", BIRTH, copy), today=TODAY)
    assert [(d.type, d.pages) for d in docs] == [(DocType.BIRTH_CERTIFICATE, (1,)), (DocType.BIRTH_CERTIFICATE, (2,))]


def test_a_contract_with_a_cover_sheet_and_an_annex_before_a_sideways_scan_is_one_document(tmp_path: Path) -> None:
    """End to end, through the CLI's JSON: text pages (a cover sheet, the contract, its annex) and a scanned
    birth certificate laid sideways in one PDF (covered_pdf, seed 1): the cover and the annex are the contract's."""
    import json

    from click.testing import CliRunner

    from docscheck.cli import cli
    from synth.shapes import build_shaped

    truth = build_shaped("covered_pdf", 1, tmp_path, only=("volunteer_contract", "birth_certificate"))
    result = CliRunner().invoke(cli, ["classify", str(tmp_path / "dossier.pdf"), "--format", "json",
                                      "--workers", "1", "--no-cache"], catch_exceptions=False)
    out = json.loads(result.output)
    entry = out[0] if isinstance(out, list) else out
    found = [(d["type"], d["pages"]) for d in entry["documents"]]
    assert found == [(d.doc_type, list(d.parts[0][1])) for d in truth.documents]
    assert found == [("volunteer_contract", [1, 2, 3, 4, 5]), ("birth_certificate", [6])]


def test_a_cover_sheet_before_a_contract_hides_no_field_of_its_header() -> None:
    """The contract's date in its header ("Contrat n° 25 du 06/06/2026") is read on the page after a cover sheet
    (covered_pdf seed 7700: the cover, first, took the header's place and the signing date went unread)."""
    cover = "FONDATION LES AMIS DU QUARTIER\nCONTRAT D'ENGAGEMENT\nDE SERVICE VOLONTAIRE\n2026"
    body = "\n".join([
        "CONTRAT DE VOLONTARIAT - CONDITIONS PARTICULIERES", "Contrat n° 2026-025 du 06/06/2026",
        "L'ORGANISME D'ACCUEIL LE / LA VOLONTAIRE", "Les Amis du Quartier NDIAYE Aissatou",
        "Article 1 - Engagement", "Les conditions générales du volontariat s'appliquent au présent contrat.",
        "Article 2 - Période", "La mission débutera le 12 août 2026 et s'achèvera le 11 juin 2027.",
        "L'organisme d'accueil Le / la volontaire",
    ])
    alone = understand_documents(_file("contrat.pdf", body), today=TODAY)[0]
    (doc,) = understand_documents(_file("contrat.pdf", cover, body), today=TODAY)
    assert doc.type is DocType.VOLUNTEER_CONTRACT and doc.pages == (1, 2)
    assert alone.value("signature_date") == date(2026, 6, 6)
    assert doc.value("signature_date") == date(2026, 6, 6)


def test_a_visa_page_copied_with_the_passport_s_data_page_holds_both_documents(tmp_path: Path) -> None:
    """A development visa family photocopies the open passport: the visa and, facing it, the data page with its
    zone. The shape's truth says both documents lie on that page (it said only the visa, and the benchmark counted
    the passport found there as a cutting error), and `classify` finds both."""
    import json

    from click.testing import CliRunner

    from docscheck.cli import cli
    from synth.shapes import build_shaped

    truth = build_shaped("whole_dossier_pdf", 79, tmp_path, families="development", only=("visa",))
    assert sorted((d.doc_type, d.parts) for d in truth.documents) == [
        ("passport", (("dossier.pdf", (1,)),)), ("visa", (("dossier.pdf", (1,)),))]
    result = CliRunner().invoke(cli, ["classify", str(tmp_path / "dossier.pdf"), "--format", "json",
                                      "--workers", "1", "--no-cache"], catch_exceptions=False)
    out = json.loads(result.output)
    entry = out[0] if isinstance(out, list) else out
    assert sorted((d["type"], d["pages"]) for d in entry["documents"]) == [("passport", [1]), ("visa", [1])]


def test_a_data_page_copied_above_the_visa_gives_each_document_its_own_lines() -> None:
    """A text layer that tells the page's documents one after another (the data page, its zone, then the visa):
    the file is the visa's copy, and each document is read from its own lines, down to its zone; the visa's
    "LE / ON" issue date is not the passport's "Date of issue" read first."""
    passport = PASSPORT.replace("Date de naissance", "Date of issue / Date de délivrance: 15/03/2022\nDate de naissance")
    visa = VISA.replace("REMARQUES", "DELIVRE A / ISSUED IN\nDAKAR\nLE / ON\n10/08/2026\nREMARQUES")
    ft = _file("visa.pdf", passport + "\n" + visa + "\nCOPIE CERTIFIÉE CONFORME")
    docs = understand_documents(ft, today=TODAY)
    assert sorted(d.type.value for d in docs) == ["passport", "visa"]
    by_type = {d.type: d for d in docs}
    assert by_type[DocType.VISA].value("issue_date") == date(2026, 8, 10)
    assert by_type[DocType.PASSPORT].value("issue_date") == date(2022, 3, 15)
    whole = understand(ft, today=TODAY)
    assert whole.type is DocType.VISA and whole.value("issue_date") == date(2026, 8, 10)


SIGNED_ONLINE = CONTRACT_1.replace("Page 1/3", "Article 3 - Signature\nHOST\nSigned: 2026-09-01T10:12:00Z\n"
                                  "VOLUNTEER\nSigned: 2026-09-02T18:40:31Z\nLu et approuvé")
# a signing platform's record of who signed the contract, and when
PLATFORM_RECORD = ("Certificate of completion\nDocument: CONTRAT DE VOLONTARIAT - NDIAYE.pdf\n"
                   "Envelope created Les Amis du Quartier 2026-08-30T09:00:00Z\n"
                   "Signed Aissatou NDIAYE 2026-09-02T18:40:31Z\nCompleted 2026-09-02T18:41:02Z")
# a foreign ministry's legalisation of the registrar's signature on the act before it
LEGALISATION = ("LÉGALISATION\nVu pour la légalisation de la signature de l'officier de l'état civil de Dakar,\n"
                "apposée sur l'acte ci-contre.\nDakar, le 22/08/2026\nPour le Ministre des Affaires étrangères, "
                "le chef du bureau des légalisations")


# ... its heading under the state's motto and the ministry's name
LEGALISATION_UNDER_THE_STATE = ("RÉPUBLIQUE DU SÉNÉGAL\nUn Peuple - Un But - Une Foi\nMINISTÈRE DES AFFAIRES ÉTRANGÈRES\n"
                                "LÉGALISATION\nVu pour légalisation de la signature de l'officier de l'état civil de "
                                "Dakar, apposée ci-contre. Enregistré sous le n° 4842/2026, le 3 juin 2026.\nVISA")


@pytest.mark.parametrize(("document", "certifying", "doc_type"), [
    (SIGNED_ONLINE, PLATFORM_RECORD, DocType.VOLUNTEER_CONTRACT),
    (BIRTH, LEGALISATION, DocType.BIRTH_CERTIFICATE),
    (BIRTH, LEGALISATION_UNDER_THE_STATE, DocType.BIRTH_CERTIFICATE),
])
def test_a_page_certifying_the_signed_document_before_it_is_its_page(document: str, certifying: str,
                                                                      doc_type: DocType) -> None:
    """A document ends on its signed page; a page after it certifying it (the signing platform's certificate, the
    ministry's legalisation of its signature), itself signed and dated: a page of that document, no other copy."""
    docs = understand_documents(_file("piece.pdf", document, certifying), today=TODAY)
    assert [(d.type, d.pages) for d in docs] == [(doc_type, (1, 2))]


def test_a_visa_copied_with_the_data_page_after_the_passport_is_cut_from_it() -> None:
    """Page 1 the passport, page 2 a copy of the data page (the same passport's zone) above the visa: page 2 is the
    visa's page, not the passport's second page, and the passport is found on both."""
    docs = understand_documents(_file("dossier.pdf", PASSPORT, PASSPORT + "\n" + VISA), today=TODAY)
    assert sorted((d.type.value, d.pages) for d in docs) == [("passport", (1,)), ("passport", (2,)), ("visa", (2,))]


# A host's letter printing its board and references in a column beside the body, which OCR reads first: its title
# stands below a dozen short lines, above the first line of prose.
SIDEBAR_LETTER = "\n".join([
    "Maison", "des Ponts", "12 rue Basse,", "69001 Lyon", "Bureau", "Jeanne Roux, présidence", "Paul Petit, trésorerie",
    "Léa Blanc, secrétariat", "Références", "Reconnue d'utilité publique", "Agrément", "ARA-069-21-00012-00",
    "SIRET 123 456 789 00012", "", "ATTESTATION D'ACCUEIL D'UN VOLONTAIRE", "", "Lyon, le 2 mai 2026",
    "Maison des Ponts, représentée par Jeanne Roux, certifie accueillir en qualité de volontaire M. Kwame ASANTE,",
    "né le 04/05/1999 à Kumasi (Ghana), pour une mission de dix mois auprès des familles du quartier.",
    "Jeanne Roux", "Présidente",
])
SIGNED_COMMITMENT = "\n".join([
    "Kwame ASANTE", "", "Attestation sur l'honneur",
    "Je soussigné Kwame ASANTE, né le 4 mai 1999 à Kumasi, m'engage sur l'honneur à quitter le territoire français",
    "à la fin de ma mission de volontariat.", "Fait à Lyon, le 3 mai 2026", "Signature",
])


def test_a_title_under_a_letterhead_column_opens_a_new_document() -> None:
    from docscheck.segment import headings

    assert "ATTESTATION D'ACCUEIL D'UN VOLONTAIRE" in headings(SIDEBAR_LETTER)
    # below the body's first line of prose, a line in capitals is the body's, no heading (past the first lines)
    body_first = ("Kwame ASANTE\nJe soussigné Kwame ASANTE m'engage sur l'honneur à quitter le territoire français.\n"
                  + "ligne\n" * 8 + "ATTESTATION SUR L'HONNEUR\n")
    assert headings(body_first) == []
    docs = understand_documents(_file("dossier.pdf", SIGNED_COMMITMENT, SIDEBAR_LETTER), today=TODAY)
    assert [(d.type, d.pages) for d in docs] == [(DocType.DEPARTURE_COMMITMENT, (1,)),
                                                  (DocType.ACCEPTANCE_CERTIFICATE, (2,))], [(d.type, d.pages) for d in docs]


NOTIFICATION = ("Objet : notification de décision d'agrément\nMadame la Présidente,\nJ'ai l'honneur de vous informer que, "
                "par décision du 20/09/2024, le Préfet de la région Bretagne a accordé à l'association « Maison des "
                "Ponts » l'agrément.\nVous trouverez ci-joint l'extrait du registre des agréments correspondant.\n"
                "Pour le préfet et par délégation")
REGISTER_EXTRACT = ("EXTRAIT DU REGISTRE DES AGRÉMENTS\nN° d'agrément Organisme Date de la décision\n"
                    "BRE-035-24-00012-00 Maison des Ponts 20/09/2024 Préfet de la région Bretagne\n"
                    "Extrait certifié conforme, Rennes, le 29/09/2024.")


def test_what_a_letter_says_it_encloses_is_its_page_and_a_cover_letter_absorbs_no_other_paper() -> None:
    docs = understand_documents(_file("agrement.pdf", NOTIFICATION, REGISTER_EXTRACT), today=TODAY)
    assert [(d.type, d.pages) for d in docs] == [(DocType.APPROVAL_DECISION, (1, 2))], [(d.type, d.pages) for d in docs]
    cover = ("Madame, Monsieur,\nVeuillez trouver ci-joint mon acte de naissance et mes autres pièces.\n"
             "Fait à Lyon, le 3 mai 2026\nKwame ASANTE")
    docs = understand_documents(_file("dossier.pdf", cover, BIRTH), today=TODAY)
    assert [d.type for d in docs][-1] is DocType.BIRTH_CERTIFICATE and len(docs) == 2, [(d.type, d.pages) for d in docs]
