"""A contract photographed page by page, a card's two sides: later uploads joined on their own grounds,
the ones the page numbering and the articles do not give (pages left unnumbered, an annex, a signature page)."""

from __future__ import annotations

from datetime import date

from docscheck.joins import join_documents
from docscheck.model import DocType, Document, FileText
from docscheck.understand import understand_documents
from synth.zones import td1
from tests.test_segment import BORN, CONTRACT_1, LETTER, TODAY, _file

FOOTER = "Les Amis du Quartier - contrat de volontariat - paraphes"
UNNUMBERED_1 = CONTRACT_1.replace("Page 1/3", FOOTER)
SIGNATURE_PAGE = "Fait en deux exemplaires à Lyon, le 01/09/2026.\nPour l'association Le volontaire"


def _docs(*files: tuple[str, str]) -> list[Document]:
    out: list[Document] = []
    for i, (name, text) in enumerate(files):
        ft = _file(name, text)
        out += understand_documents(FileText(**{**ft.__dict__, "sha256": f"{i:02d}" * 32}), today=TODAY)
    return out


def _grounds(docs: list[Document]) -> list[list[str]]:
    return [[e for e in d.classification.evidence if e.startswith("joined")] for d in join_documents(docs, today=TODAY)]


def test_a_signature_page_joins_the_unsigned_page_before() -> None:
    grounds = _grounds(_docs(("IMG_1.jpg", UNNUMBERED_1.replace(FOOTER, "")), ("IMG_2.jpg", SIGNATURE_PAGE)))
    assert grounds == [["joined IMG_2.jpg: a signature page, the page before ending unsigned"]]


def test_an_annex_with_the_contract_s_running_footer_joins_it() -> None:
    annex = "\n".join(["ANNEXE 1 - FICHE MISSION", "Accompagnement social des personnes isolées, trois jours par semaine.",
                       FOOTER])
    grounds = _grounds(_docs(("IMG_1.jpg", UNNUMBERED_1), ("IMG_2.jpg", annex)))
    assert len(grounds) == 1 and "same running header or footer" in grounds[0][0]


def test_a_sentence_running_on_into_the_next_photo_joins_it() -> None:
    first = UNNUMBERED_1.replace(FOOTER, "Le volontaire s'engage à respecter le règlement intérieur et à")
    grounds = _grounds(_docs(("IMG_1.jpg", first),
                             ("IMG_2.jpg", "suivre la formation civique et citoyenne prévue.\nLe tuteur le rencontre chaque mois.")))
    assert grounds == [["joined IMG_2.jpg: a sentence runs on from the page before"]]


def test_a_letter_or_another_document_s_first_page_is_not_joined_to_an_unsigned_contract() -> None:
    unsigned = UNNUMBERED_1.replace(FOOTER, "")
    first_page = "Les Amis du Quartier\nRèglement intérieur des volontaires\nLes horaires sont affichés.\nPage 1/2"
    for other in (LETTER, first_page, "Je soussigné Moussa NDIAYE certifie héberger ma fille.\nFait à Lyon, le 01/09/2026"):
        assert len(join_documents(_docs(("IMG_1.jpg", unsigned), ("IMG_2.jpg", other)), today=TODAY)) == 2


def test_a_card_back_whose_zone_line_is_misread_around_the_number_joins_its_front() -> None:
    front = "CARTE NATIONALE D'IDENTITE\nNom: NDIAYE\nPrénoms: AISSATOU\nN° de la carte : ID1234567"
    lines = td1("SEN", "NDIAYE", "AISSATOU", "ID1234567", "SEN", BORN, "F", date(2031, 1, 1))
    misread = ["ITSENR" + lines[0][5:-1], *lines[1:]]  # "I<SEN" read "ITSEN", a letter inserted
    docs = _docs(("cni_recto.jpg", front), ("cni_verso.jpg", "\n".join(["Adresse: Dakar", "", *misread])))
    joined = join_documents(docs, today=TODAY)
    assert len(joined) == 1 and joined[0].type is DocType.PHOTO_ID
    assert any("zone lines hold the front's document number" in e for e in joined[0].classification.evidence)


def test_a_card_back_s_zone_whose_fillers_a_photo_blurred_is_its_zone() -> None:
    lines = td1("SEN", "NDIAYE", "AISSATOU", "ID1234567", "SEN", BORN, "F", date(2031, 1, 1))
    blurred = [lines[0][:-8] + "cc<cccce", lines[1], lines[2][:-7] + "ec<c<cce"]  # as a photo read them
    doc, = _docs(("cni_verso.jpg", "\n".join(["Adresse: Dakar", "", *blurred])))
    assert doc.zone is not None and doc.zone.valid and doc.zone.document_number == "ID1234567"


def test_a_signature_page_whose_footer_a_photo_washed_out_joins_a_page_numbered_1_of_2() -> None:
    """Page 1 says "signed" in passing (so it looks closed) but its footer says 1 of 2; the photo of page 2
    lost its "page 2 of 2": the signature block still ends the contract (dev contract family, contract_pages seed 7310)."""
    first = CONTRACT_1.replace("Page 1/3", "the agreement, the visa and a signed undertaking to leave France.\nPage 1/2")
    last = "Signed in two copies in Bordeaux on June 20, 2026.\nFor the Host The Volunteer\nName: Bernard Rousseau"
    grounds = _grounds(_docs(("IMG_1.jpg", first), ("IMG_2.jpg", last)))
    assert grounds == [["joined IMG_2.jpg: a signature page, the page before numbered 1/2 and this one not"]]
    # a page whose own numbering starts again is another document's, signed or not
    assert len(join_documents(_docs(("IMG_1.jpg", first), ("IMG_2.jpg", last + "\nPage 1/1")), today=TODAY)) == 2


def test_a_paper_under_the_same_letterhead_after_a_signed_contract_is_another_document() -> None:
    # an association prints its letterhead on every paper it issues: after a contract that ends signed and dated,
    # a page under the same heading that reads as a contract itself is the same issuer's other paper
    letterhead = "Les Amis du Quartier - 12 rue des Lilas, Lyon"
    signed = "\n".join([letterhead, *CONTRACT_1.splitlines()[:-1], SIGNATURE_PAGE])
    other = "\n".join([letterhead, "Conditions générales du contrat de volontariat",
                        "Le volontaire accomplit sa mission auprès de l'association.",
                        "Une indemnité mensuelle lui est versée pendant la mission."])
    docs = _docs(("IMG_1.jpg", signed), ("IMG_2.jpg", other))
    assert [d.type for d in docs] == [DocType.VOLUNTEER_CONTRACT, DocType.VOLUNTEER_CONTRACT]
    assert _grounds(docs) == [[], []]
    # the same page after a contract page that does not end it: its next page
    unsigned = "\n".join([letterhead, *CONTRACT_1.splitlines()[:-1]])
    grounds = _grounds(_docs(("IMG_1.jpg", unsigned), ("IMG_2.jpg", other)))
    assert len(grounds) == 1 and "same running header or footer" in grounds[0][0]


def test_an_annex_the_contract_refers_to_joins_it_and_one_it_does_not_name_stays_apart() -> None:
    """A contract's annex photographed on its own, unnumbered, no running footer, no article (development shape
    contract_pages, seed 9101): it joins the contract that refers to its annex; after a contract that names no
    annex it is not joined."""
    refers = "\n".join(["CONTRAT D'ENGAGEMENT DE VOLONTAIRE", "Volontaire : NDIAYE Aissatou, née le 02.04.1996",
                        "Art. 1 - Le volontaire exerce les activités décrites à l'annexe ci-jointe.",
                        "Art. 2 - Le contrat couvre la période du 01/10/2026 au 30/09/2027.",
                        "Pour l'association Le volontaire", "Date : 01/09/2026 Date : 02/09/2026"])
    annex = "\n".join(["Annexe - Description du poste", "Intitulé du poste", "Agent d'accueil volontaire",
                       "Activités principales", "accompagner des personnes isolées dans leur autonomie",
                       "Encadrement", "un tuteur salarié de l'association", "Lieu", "Lyon"])
    grounds = _grounds(_docs(("IMG_1.jpg", refers), ("IMG_2.jpg", annex)))
    assert grounds == [["joined IMG_2.jpg: headed as an annex, which the contract refers to"]]
    silent = refers.replace("décrites à l'annexe ci-jointe", "d'accueil et d'accompagnement")
    assert _grounds(_docs(("IMG_1.jpg", silent), ("IMG_2.jpg", annex))) == [[], []]


OFFER_LETTER = "\n".join([
    "Maison des Ponts", "12 rue Basse, 69001 Lyon", "VOLUNTEER AGREEMENT", "Dear Kwame ASANTE,",
    "We are pleased to offer you a volunteer placement with Maison des Ponts, born on 04/05/1999 as you are.",
    "1. Dates: from 1 September 2026 to 30 June 2027.", "2. Allowance: a monthly allowance and a transport pass.",
    "We look forward to welcoming you.", "Yours sincerely,", "Jeanne Roux, President",
])


def test_the_volunteer_s_slip_accepting_the_offer_joins_it_when_it_names_its_volunteer() -> None:
    slip = "ACCEPTANCE\nI, Kwame ASANTE, accept the terms of this volunteer agreement with Maison des Ponts.\nSigned on 2 May 2026"
    assert _grounds(_docs(("IMG_1.jpg", OFFER_LETTER), ("IMG_2.jpg", slip))) == [
        ["joined IMG_2.jpg: the volunteer's acceptance of its terms, naming its volunteer"]]
    # someone else's slip is not its part
    other = slip.replace("Kwame ASANTE", "Ama BOATENG")
    assert len(join_documents(_docs(("IMG_1.jpg", OFFER_LETTER), ("IMG_2.jpg", other)), today=TODAY)) == 2


def test_a_date_last_on_the_first_page_is_no_signing_date_once_its_signature_page_joins_it() -> None:
    # the first page ends on its end date (its caption lost by a photo); the signature page, later, is dated
    first = UNNUMBERED_1.replace(FOOTER, "") + "\n30/06/2027"
    joined, = join_documents(_docs(("IMG_1.jpg", first), ("IMG_2.jpg", SIGNATURE_PAGE)), today=TODAY)
    assert joined.fields["signature_date"].value == date(2026, 9, 1), joined.fields["signature_date"]
