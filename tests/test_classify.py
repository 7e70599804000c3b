"""Classification: OCR-like text tables, and every type from a real rendering through real Tesseract."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from docscheck.classify import classify, commits_to_leave, normalize
from docscheck.model import DocType, FileText, Page, ReadError, TextSource, Zone
from docscheck.understand import understand


def ft(*pages: str, name: str = "scan_001.pdf") -> FileText:
    return FileText(
        path=f"/d/{name}", relpath=name, kind="pdf", sha256="0", size=1,
        pages=tuple(Page(i + 1, t, TextSource.OCR) for i, t in enumerate(pages)), page_count=len(pages),
    )


CASES = [
    pytest.param("ASSOCIATION MAIN TENDUE\nCONTRAT DE VOLONTA-\nRIAT\nEntre les soussignes :\nLe volontaire s'engage",
                 DocType.VOLUNTEER_CONTRACT, id="contract-hyphen-broken-title"),
    pytest.param("VOLUNTEER CONTRACT (CONTRAT DE VOLONTARIAT)\nBetween the undersigned:", DocType.VOLUNTEER_CONTRACT,
                 id="contract-english"),
    pytest.param("PREFECTURE DE LA REGION\nArrete n° 2024-12 portant agrement de l'association X\nVu le code\nARRETE :",
                 DocType.APPROVAL_DECISION, id="approval-arrete"),
    pytest.param("Objet : engagement de quitter le territoire\nJe soussigne(e) Awa FALL, m'engage a quitter le "
                 "territoire francais", DocType.DEPARTURE_COMMITMENT, id="departure-fr-no-accents"),
    pytest.param("Subject: commitment to leave French territory\nI, the undersigned, undertake to leave",
                 DocType.DEPARTURE_COMMITMENT, id="departure-en"),
    pytest.param("Les Jardins\nATTESTATION D'ACCUEIL\natteste que Mme Awa FALL est acceptee en qualite de volontaire "
                 "conformement au contrat de volontariat", DocType.ACCEPTANCE_CERTIFICATE, id="acceptance"),
    pytest.param("REPUBLIQUE DU SENEGAL\nCOPIE INTEGRALE D'ACTE DE NAISSANCE\nLe 3 mars 1998", DocType.BIRTH_CERTIFICATE,
                 id="birth-full-copy"),
    pytest.param("COLOMBIA\nBIRTH CERTIFICATE EXTRACT\nSurname: MARTINEZ", DocType.BIRTH_CERTIFICATE, id="birth-en"),
    pytest.param("CERTI FICAT DE NATI0NALITE\nLe President du tribunal certifie", DocType.NATIONALITY_CERTIFICATE,
                 id="nationality-ocr-broken"),
    pytest.param("AMBASSADE DU SENEGAL EN FRANCE\nATTESTATION CONSULAIRE\nLe Consul general atteste que",
                 DocType.CONSULAR_ATTESTATION, id="consular-attestation"),
    pytest.param("CARTE CONSULAIRE / CONSULAR CARD\nConsulat general du Mali a Paris\nNom / Surname",
                 DocType.CONSULAR_CARD, id="consular-card-bilingual"),
    pytest.param("CAMEROUN - CARTE NATIONALE D'IDENTITE\nNATIONAL IDENTITY CARD\nNom / Surname", DocType.PHOTO_ID,
                 id="identity-card"),
    pytest.param("VISA RÉPUBLIQUE FRANÇAISE\nDU / FROM 01/03/2026 AU / UNTIL 28/02/2027\nTYPE DE VISA D\n"
                 "NOMBRE D'ENTREES MULT\nREMARQUES: VLS-TS VOLONTAIRE", DocType.VISA, id="visa"),
    pytest.param(("Page de garde", "PASSEPORT / PASSPORT KENYA\nNom / Surname\nDate of expiry"), DocType.PASSPORT,
                 id="passport-data-page-second"),
    pytest.param("REPUBLIQUE DE LA COLOMBIE\nTribunal de grande instance\nCERTIFICAT DE NATIONALI\nCertificat n° 6/2026\n"
                 "certifie que Mme Valentina MARTINEZ, fille de Juan MARTINEZ, est de\nnationalite colombienne.",
                 DocType.NATIONALITY_CERTIFICATE, id="regression-title-cut-by-photo-edge"),
    pytest.param("Article 10 - Sejour en France\nLe volontaire de nationalite etrangere declare etre titulaire d'un visa "
                 "de long sejour et s'engage a quitter le territoire francais a l'issue de sa mission.\nFait a Lyon, le "
                 "3 mars 2026, en deux exemplaires originaux.\nPour l'association\nLe volontaire (lu et approuve)",
                 DocType.VOLUNTEER_CONTRACT, id="regression-contract-last-page-photographed-alone"),
    pytest.param("Article 10 - Stay in France\nThe volunteer holds a long-stay visa and undertakes to leave French "
                 "territory at the end of the mission.\nSigned in Lyon on 3 March 2026, in two original copies.\n"
                 "For the association\nThe volunteer (read and approved)",
                 DocType.VOLUNTEER_CONTRACT, id="regression-contract-last-page-english"),
    pytest.param("Lumina Energie\nFACTURE D'ELECTRICITE\nMontant total a payer : 80,00 EUR TTC", DocType.UNKNOWN,
                 id="bill-unknown"),
    pytest.param("Awa FALL\nCurriculum Vitae\nExperience / Experience\nLangues", DocType.UNKNOWN, id="cv-unknown"),
    pytest.param("Bonjour, voici les photos de vacances", DocType.UNKNOWN, id="nothing-unknown"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_classify_ocr_like_text(text: str | tuple[str, ...], expected: DocType) -> None:
    pages = text if isinstance(text, tuple) else (text,)
    c = classify(ft(*pages))
    assert c.type is expected, c
    assert 0.0 <= c.confidence <= 1.0
    if expected is not DocType.UNKNOWN:
        assert c.evidence and c.confidence >= 0.35


@pytest.mark.parametrize("sentence", [
    "Moi, Ana LIMA, accueillie par l'association Les Amis, promets de regagner le Brésil au terme du contrat.",
    "Je soussignée Mme Ana LIMA déclare que je quitterai la France en juin.",
    "I give my word that I will go home when the contract ends.",
    "I do not intend to stay in France after my mission.",
    "Je m'engage à ne pas me maintenir sur le territoire après ma mission.",
    "1 hereby undertake to leave the country.",
])
def test_first_person_commitment_to_leave(sentence: str) -> None:
    assert commits_to_leave(sentence), sentence


@pytest.mark.parametrize("sentence", [
    "Le volontaire s'engage à quitter le territoire à l'issue de sa mission.",
    "I confirm that you will return to your country at the end of the mission.",
    "Article 1: The volunteer shall leave France when the contract ends.",
    "Je certifie que Mme Ana LIMA est accueillie et qu'elle pourra rentrer chez elle le week-end.",
])
def test_someone_else_leaving_is_no_commitment(sentence: str) -> None:
    assert commits_to_leave(sentence) is None, sentence


def test_title_words_in_any_order_name_the_document() -> None:
    c = classify(ft("Les Amis du Rail\nAccueil du volontaire : attestation\nNom : LIMA\nPrénom : Ana"))
    assert c.type is DocType.ACCEPTANCE_CERTIFICATE, c
    assert any(e.startswith("title:") for e in c.evidence)


def test_a_contract_mentioned_in_a_letter_weighs_less_than_its_title() -> None:
    note = ("To whom it may concern,\nUnder my volunteer contract with Les Amis I will go back home to Peru "
            "once the mission is over.")
    assert classify(ft(note)).type is DocType.DEPARTURE_COMMITMENT


def test_near_phrase_is_not_the_title() -> None:
    # "DATE DE NAISSANCE" on a passport must not count as "ACTE DE NAISSANCE".
    c = classify(ft("PASSEPORT / PASSPORT\nNom / Surname\nDate de naissance / Date of birth\n12 MAR 1998"))
    assert c.type is DocType.PASSPORT


@pytest.mark.parametrize(
    "code,kind,expected",
    [
        pytest.param("P", "TD3", DocType.PASSPORT, id="P-passport"),
        pytest.param("V", "MRVA", DocType.VISA, id="V-visa"),
        pytest.param("I", "TD1", DocType.PHOTO_ID, id="I-id-card"),
    ],
)
def test_zone_decides_when_text_is_poor(code: str, kind: str, expected: DocType) -> None:
    zone = Zone(kind=kind, lines=(code + "<XXX",), valid=True, document_code=code)
    c = classify(ft("illegible scan"), zone)
    assert c.type is expected
    assert any("zone" in e for e in c.evidence)


def test_unreadable_file_is_unknown_with_zero_confidence() -> None:
    bad = FileText(path="/d/x.pdf", relpath="x.pdf", kind="pdf", sha256="", size=0, error=ReadError("empty_file"))
    doc = understand(bad)
    assert doc.type is DocType.UNKNOWN and doc.classification.confidence == 0.0


def test_file_name_is_a_weak_hint_only() -> None:
    assert classify(ft("nothing telling here", name="passeport.pdf")).type is DocType.UNKNOWN


def test_normalize_strips_accents_and_joins_broken_words() -> None:
    assert normalize("Certifi-\ncat de nationalité  française") == "CERTIFICAT DE NATIONALITE FRANCAISE"


# --------------------------------------------------------------- real renderings, real Tesseract

KINDS = [t.value for t in DocType if t is not DocType.UNKNOWN] + ["bill"]


@pytest.fixture(scope="session")
def ocr_documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """One small image rendering per document type, read by docscheck.text.read_file (real Tesseract)."""
    from docscheck.text import read_file
    from synth.context import make_context
    from synth.render import render

    root = tmp_path_factory.mktemp("ocr_docs")
    out = {}
    for i, kind in enumerate(KINDS):
        rng = random.Random(100 + i)
        ctx = make_context(random.Random(7))
        gf = render(kind, ctx, "png", rng, variant="upright")[0]  # first page: the one with the title
        path = Path(root) / f"scan_{i:03d}.png"
        path.write_bytes(gf.data)
        out[kind] = understand(read_file(path, root), today=ctx.filing)
    return out


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_every_type_from_real_ocr(ocr_documents: dict[str, object], kind: str) -> None:
    doc = ocr_documents[kind]
    expected = "unknown" if kind == "bill" else kind
    assert doc.type.value == expected, (doc.classification, doc.file.text[:300])  # type: ignore[attr-defined]


def test_a_filled_in_field_naming_the_contract_is_not_a_title() -> None:
    """A form's field line ("Contrat ... du : <date> au <date>") near the top does not title the page."""
    form = ft("\n".join([
        "Association Les Jardins Solidaires",
        "DÉCLARATION DU VOLONTAIRE",
        "Nom : PEREIRA   Prénom : Lucas",
        "Contrat de volontariat du : 10.09.2026 au 09.09.2027",
        "",
        "Je m'engage à quitter la France au terme de ce contrat.",
        "Date et signature : 02/09/2026",
    ]))
    assert classify(form).type is DocType.DEPARTURE_COMMITMENT


def test_a_declaration_on_honour_whose_declarant_commits_to_leave_is_the_letter() -> None:
    # a form in the third person, naming the contract more than once: the declarant commits to leave
    c = classify(ft("DÉCLARATION SUR L'HONNEUR\nNom : LIMA Prénom : Ana\nLa volontaire désignée ci-dessus, liée par"
                    " un contrat de volontariat, déclare sur l'honneur :\n- connaître la durée de son contrat ;\n"
                    "- s'engager à quitter la France à la fin du contrat.\nMention « Lu et approuvé » et signature"))
    assert c.type is DocType.DEPARTURE_COMMITMENT, c


# Our own wordings, not copies of any template: a body that takes someone in as its volunteer speaks
# for the acceptance certificate, whatever it says about the contract or the visa to come.
@pytest.mark.parametrize("text", [
    "Maison des Ponts\nLyon, 2 March 2026\nRe: Ms Ana LIMA\nDear Sir or Madam,\nOur association has"
    " accepted Ms Ana LIMA, born 3 May 2001, as a volunteer from 1 September 2026. A volunteer contract will"
    " follow and she will then apply for a long stay visa.\nYours faithfully,",
    # the body speaking of itself as the host, in the passive, with a contract "to come" in its text
    "LES ATELIERS DU QUAI\nCERTIFICAT DE PRISE EN CHARGE\nNous certifions que M. Ivo SANTOS, né le 02/02/2000,"
    " est reçu par notre association. Un contrat de volontariat sera conclu avec lui avant son départ.",
    "Les Ateliers du Quai\nACCORD D'ACCUEIL\nNous accueillerons Mme Ana LIMA en qualité de volontaire pour"
    " une mission d'un an. Le contrat de volontariat sera signé à son arrivée.",
])
def test_a_body_taking_a_volunteer_in_is_the_acceptance(text: str) -> None:
    c = classify(ft(text))
    assert c.type is DocType.ACCEPTANCE_CERTIFICATE, c
    assert any(e.startswith("takes a volunteer in") for e in c.evidence)


def test_the_volunteer_taken_in_by_the_association_still_commits_to_leave() -> None:
    c = classify(ft("Je soussignée Ana LIMA, accueillie comme volontaire par l'association qui m'accueille"
                    " comme volontaire, m'engage à quitter la France à la fin de ma mission."))
    assert c.type is DocType.DEPARTURE_COMMITMENT, c


@pytest.mark.parametrize(("text", "expected"), [
    ("REPUBLIC OF ERETON\nCERTIFICATE OF CITIZENSHIP\nAna LIMA, born 3.5.2001, is a citizen of Ereton.",
     DocType.NATIONALITY_CERTIFICATE),
    ("CERTIFIED COPY OF AN ENTRY OF BIRTH\nAna LIMA, born on 3 May 2001, child of Rui LIMA and Eva SOUSA.",
     DocType.BIRTH_CERTIFICATE),
    ("CONSULAT DE LA REPUBLIQUE D'ERETON\nATTESTATION DE NATIONALITE\nLe Consul soussigné atteste que Mme Ana"
     " LIMA est immatriculée auprès de nos services.", DocType.CONSULAR_ATTESTATION),
    # a registry's numbered particulars under the entry's own name, the office's register number beside them
    ("[Certified translation of the original in Tagalog]\nREPUBLIC OF ERETON\nDEPARTMENT OF CIVIL REGISTRATION\n"
     "Office of the Registrar of Births and Deaths, Manila\nCERTIFIED FULL COPY OF BIRTH ENTRY\n1. Name of child Ana LIMA\n"
     "2. Date of birth 3rd May 2001\n3. Registration number 12/2001/0412\nDate of issue: 02-03-2026",
     DocType.BIRTH_CERTIFICATE),
    # an embassy's letter in English: its consular desk certifies a national on its roll, for the ambassador
    ("EMBASSY OF ERETON IN PARIS\nConsular Section\nTO WHOM IT MAY CONCERN\nThis is to certify that Mr Rui LIMA,"
     " born on 3 May 2001, is a national of Ereton enrolled at this Embassy under No. 2231.\nFor the Ambassador,\n"
     "First Secretary", DocType.CONSULAR_ATTESTATION),
    # a passport photographed open on its request page, the data page below cut off before its zone
    ("REPUBLIC OF ERETON\nThe Minister of Foreign Affairs requests all those whom it may concern to allow the bearer\n"
     "to pass freely without let or hindrance.\nLe Ministre des Affaires étrangères prie les autorités de laisser "
     "passer librement le titulaire.\nPASSPORT · PASSEPORT\nSurname / Nom\nLIMA", DocType.PASSPORT),
])
def test_titles_and_issuers_in_other_words(text: str, expected: DocType) -> None:
    assert classify(ft(text)).type is expected


def test_a_title_wrapped_over_two_lines() -> None:
    c = classify(ft("PRÉFECTURE DE L'ERETON\nDécision préfectorale du 3 mars 2026\nrelative à l'agrément d'un organisme\n"
                    "Il est décidé d'agréer l'organisme désigné ci-dessous pour l'accueil de volontaires."))
    assert c.type is DocType.APPROVAL_DECISION and any(e.startswith("title:") for e in c.evidence), c


def test_a_french_agrement_is_no_english_agreement() -> None:
    # a prefecture's letter notifying an approval, its subject line "agrément au titre du volontariat"
    text = ("PRÉFECTURE DU RHÔNE\nMadame la Présidente\nCOLLECTIF DES REPAIR-CAFÉS\n12 quai Perrache\n"
            "Objet : agrément au titre du volontariat\nJ'ai l'honneur de vous notifier la décision portant agrément "
            "de votre association pour l'accueil de volontaires. Son numéro figurera sur vos contrats de volontariat "
            "et chaque mission.\nArrêté n° 69-2025-17 du 01.03.2025\n")
    assert classify(ft(text)).type is DocType.APPROVAL_DECISION


def test_a_short_lined_letter_s_sentences_are_no_title() -> None:
    # a letter in a narrow column: its sentences' lines are short (no line long enough to be taken for running
    # text), and one mentions the contract; the first person ends the title
    text = ("Rania HADDAD\nEngagement sur l'honneur\nJe m'appelle Rania HADDAD et je viens\n"
            "en France pour une mission de\nvolontariat. Je promets de repartir au Liban\n"
            "quand mon contrat de volontariat sera fini.\nLu et approuvé\nle 02/03/2026")
    assert classify(ft(text)).type is DocType.DEPARTURE_COMMITMENT


def test_a_stamp_read_as_a_lower_case_i_does_not_end_the_title_block() -> None:
    """A logo OCR'd as "i ip" above the letterhead is not someone speaking ("I ..."): the acceptance
    certificate's title below it is still a title, and outweighs the contract it mentions."""
    text = ("N/Réf. : ACC-645\nFHP\ni ip Paris, 10.05.2026\nFondation Horizons Partagés\n48 boulevard Voltaire, 75011 Paris\n"
            "ATTESTATION D'ACCUEIL D'UN VOLONTAIRE\nL'association atteste que la personne désignée ci-dessous a été "
            "retenue pour une mission de volontariat.\nLa mission commencera le 13.07.2026. FHP prendra en charge le "
            "tutorat du volontaire et le versement d'une indemnité.\nUn contrat de volontariat sera conclu entre les "
            "parties.\nPour FHP le président,")
    c = classify(ft(text))
    assert c.type is DocType.ACCEPTANCE_CERTIFICATE and any(e.startswith("title:") for e in c.evidence)
    # the English pronoun, a capital, still ends it
    assert classify(ft("I hereby certify that the contract of volunteering\nCONTRAT DE VOLONTARIAT")).evidence[:1] != (
        "title: CONTRAT DE VOLONTARIAT",)


# The seventh development batch (dev_hosts7): a host body puts in writing that it takes a named person in, in letters
# without the usual title words.  Each in a wording of our own.
@pytest.mark.parametrize("text", [
    pytest.param("MAISON DES PONTS\nLetter of invitation\nDear Consul,\nWe hereby invite Ms Awa CAMARA, born on 12 May "
                 "2001, to join our association as a volunteer from 1 September 2026.\nYours sincerely,\nJean Martin",
                 id="invitation"),
    pytest.param("MAISON DES PONTS\nLETTRE DE SOUTIEN À UNE DEMANDE DE VISA\nMadame, Monsieur,\nJ'apporte notre soutien à "
                 "la demande de Awa CAMARA. Elle nous rejoindra le 1er septembre 2026 pour une mission de volontariat.\n",
                 id="support-and-joining"),
    pytest.param("MAISON DES PONTS\nN/Réf. : MDP/12\nL'association Maison des Ponts déclare son intention d'accueillir Awa "
                 "CAMARA, née le 12 mai 2001, pour une mission de volontariat de dix mois. Elle s'engage à conclure avec "
                 "elle un contrat de volontariat.\n", id="intention-d-accueillir"),
    pytest.param("MDP\nMadame la Consule,\nNous avons le plaisir de vous confirmer que Mme Awa CAMARA rejoindra notre "
                 "équipe le 1er septembre 2026, en volontariat jusqu'au 30 juin 2027.\n", id="joins-our-team"),
    pytest.param("FICHE DE POSTE - VOLONTARIAT\n1. Structure d'accueil\nDénomination Maison des Ponts\n2. Volontaire\n"
                 "CAMARA Awa 12/05/2001\n3. Poste\nMissions tenir une épicerie solidaire\n", id="post-sheet"),
])
def test_a_host_taking_a_volunteer_in_without_the_usual_title_is_an_acceptance(text: str) -> None:
    assert classify(ft(text)).type is DocType.ACCEPTANCE_CERTIFICATE


# A host's paper saying the volunteering contract is yet to be signed is not that contract, however much of the
# contract's terms it sets out (dates, allowance, numbered sections); the contract speaks of "le présent contrat".
@pytest.mark.parametrize("text", [
    pytest.param("MAISON DES PONTS\nPlacement terms\n1. Dates: 1 September 2026 - 30 June 2027\n2. Allowance: 600 EUR "
                 "a month\n3. Tutor: Jean Martin\nA volunteering contract will be signed by the volunteer and the "
                 "association on arrival.\n", id="en-will-be-signed"),
    pytest.param("MAISON DES PONTS\nConditions de la mission\nArticle 1 - Du 1er septembre 2026 au 30 juin 2027.\n"
                 "Article 2 - Indemnité : 600 EUR par mois.\nArticle 3 - Le contrat de volontariat sera conclu dès la "
                 "délivrance du visa de long séjour.\n", id="fr-sera-conclu"),
])
def test_a_host_s_terms_before_the_contract_are_no_contract(text: str) -> None:
    from docscheck.classify import scores

    got = classify(ft(text))
    assert got.type is not DocType.VOLUNTEER_CONTRACT, got
    sc = scores(ft(text))
    assert sc[DocType.ACCEPTANCE_CERTIFICATE][0] > sc[DocType.VOLUNTEER_CONTRACT][0], sc
    assert any(e.startswith("the contract is yet to come") for e in sc[DocType.ACCEPTANCE_CERTIFICATE][1])


def test_the_contract_saying_it_will_be_signed_in_two_copies_is_still_the_contract() -> None:
    text = ("CONTRAT DE VOLONTARIAT\nEntre les soussignés : l'association Maison des Ponts et Mme Awa CAMARA.\n"
            "Article 1 - La mission débute le 1er septembre 2026.\nLe présent contrat de volontariat sera signé en deux "
            "exemplaires.\nLu et approuvé\n")
    got = classify(ft(text))
    assert got.type is DocType.VOLUNTEER_CONTRACT, got
    assert not any("yet to come" in e for e in got.evidence)


def test_a_host_certifying_it_takes_someone_in_under_a_volunteering_contract() -> None:
    from docscheck.speaker import hosting_in

    flat = ("L'ASSOCIATION CERTIFIE ACCUEILLIR LA PERSONNE NOMMEE CI-DESSUS ET LUI CONFIER SA MISSION DANS LE CADRE "
            "D'UN CONTRAT DE VOLONTARIAT.")
    assert hosting_in(flat) is not None


def test_the_volunteer_s_slip_accepting_the_agreement_is_the_contract_s_page() -> None:
    text = ("ACCEPTANCE\nI, Kwame ASANTE, born on 4th May 1999 in Kumasi, accept the terms of this volunteer agreement "
            "with Maison des Ponts.\nSigned on 2nd May 2026\n")
    assert classify(ft(text)).type is DocType.VOLUNTEER_CONTRACT


def test_a_three_party_agreement_s_signature_page_alone_is_the_contract_s() -> None:
    text = "Fait en trois exemplaires à Lyon, le 2 mai 2026.\nL'association La structure Le volontaire\nParaphes\n"
    assert classify(ft(text)).type is DocType.VOLUNTEER_CONTRACT


@pytest.mark.parametrize("text", [
    pytest.param("CONSULADO GENERAL DE COLOMBIA EN PARÍS\nMATRÍCULA CONSULAR\nAPELLIDOS\nROJAS\nNOMBRE(S)\nANDREA\n"
                 "NÚMERO\nMC482913\nVENCIMIENTO\n03 MAR 2030\n", id="matricula"),
    pytest.param("EMBASSY OF GHANA IN FRANCE\nCARD FOR GHANAIAN NATIONALS ABROAD\nSurname\nMENSAH\nGiven names\nAma\n"
                 "Registration No.\nGH204811\nValid until 2030-03-03\n", id="nationals-abroad"),
])
def test_a_consulate_s_card_without_the_words_consular_card(text: str) -> None:
    assert classify(ft(text)).type is DocType.CONSULAR_CARD


def test_a_card_s_back_read_before_its_front_still_says_it_is_a_card() -> None:
    text = ("PERSONNE À PRÉVENIR\nAma MENSAH - 06 12 34 56 78\nCarte délivrée le 01/09/2025, valable cinq ans.\n"
            "Cette carte est strictement personnelle.\nLe Consul général\nCONSULAT GÉNÉRAL DU GHANA\nSECTION\nCONSULAIRE\n"
            "CONSULAT GÉNÉRAL DU GHANA À PARIS\nCARTE D'IMMATRICULATION CONSULAIRE\nN° : GH382142\nNom : MENSAH\n")
    got = classify(ft(text))
    assert got.type is DocType.CONSULAR_CARD and "CETTE CARTE" in got.evidence, got
