"""The whole dossier in one PDF: pages cut on their own signals, not only on the type the classifier gives them.

Each case holds with the classifier's reading and, where the page's own signals suffice, with a
classifier that knows no type at all (as on a layout it has never seen).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from docscheck import segment
from docscheck.model import Classification, DocType, FileText, Page, TextSource
from docscheck.segment import closes, opens_letter, page_groups
from tests.test_segment import BIRTH, CONTRACT_1, CONTRACT_2, CONTRACT_3, DECISION, LETTER, PASSPORT, VISA

TODAY = date(2026, 11, 30)


def _file(*texts: str) -> FileText:
    pages = tuple(Page(i + 1, t, TextSource.OCR, 90.0) for i, t in enumerate(texts))
    return FileText(path="/x/dossier.pdf", relpath="dossier.pdf", kind="pdf", sha256="ab" * 32, size=1000,
                    pages=pages, page_count=len(pages))


def _cuts(*texts: str) -> list[tuple[int, ...]]:
    return [tuple(p.number for p in pages) for pages, _ in page_groups(_file(*texts), today=TODAY)]


@pytest.fixture(params=["typed", "type-blind"])
def typing(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Each test once with the classifier, once with one that reads every page as unknown."""
    if request.param == "type-blind":
        monkeypatch.setattr(segment, "classify", lambda ft, zone: Classification(DocType.UNKNOWN, 0.0))
    yield request.param


# a birth certificate in a layout the classifier hardly knows: a heading in capitals, no title it reads
UNSEEN_BIRTH = "\n".join([
    "REPUBLICA FEDERATIVA DO BRASIL", "CERTIDAO DE NASCIMENTO", "Nome: Aissatou NDIAYE",
    "Data de nascimento: 02/04/1996", "Local de nascimento: Dakar", "Emitida em: 06/06/2026",
])
NOTICE = "\n".join([
    "AVIS DE NOTIFICATION DE L'AGREMENT", "Madame la Présidente,",
    "Nous avons l'honneur de vous informer que votre association est agréée pour cinq ans.",
    "Nous vous prions d'agréer nos salutations distinguées.", "Le préfet",
])
LODGING = "\n".join([
    "ATTESTATION D'HEBERGEMENT", "La résidence Les Tilleuls certifie loger Aissatou NDIAYE",
    "dans un studio meublé à Nantes depuis le 1er septembre 2026.",
])
ENGLISH_LETTER = "\n".join([
    "May 8, 2026", "To whom it may concern,", "My name is Aissatou NDIAYE and I will go back home",
    "when my volunteer contract comes to an end.", "Sincerely,", "Aissatou NDIAYE",
])


def test_a_letter_opening_and_a_signature_block_are_read() -> None:
    assert opens_letter(ENGLISH_LETTER) and opens_letter(LETTER)
    assert opens_letter("Les Amis du Quartier\n12 rue des Lilas\n44000 Nantes\nAttestation")  # a letterhead
    assert not opens_letter(CONTRACT_2)
    assert closes(CONTRACT_3) and closes(NOTICE) and closes(ENGLISH_LETTER)
    assert not closes(CONTRACT_1) and not closes(CONTRACT_2)
    assert closes("Article 9\nFait en deux exemplaires à Paris, le 09.03.2026.\nLe/la volontaire")
    assert closes("Article 18 - Pièces\nLyon, le 06/03/2026\nLe volontaire")


def test_the_page_after_an_identity_page_is_another_document(typing: str) -> None:
    assert _cuts(PASSPORT, VISA, UNSEEN_BIRTH) == [(1,), (2,), (3,)]


def test_a_heading_after_a_signed_page_is_another_document(typing: str) -> None:
    assert _cuts(DECISION, LODGING) == [(1,), (2,)]


def test_a_letter_opening_is_another_document(typing: str) -> None:
    assert _cuts(NOTICE, ENGLISH_LETTER) == [(1,), (2,)]


def test_a_page_after_the_last_numbered_page_is_another_document(typing: str) -> None:
    assert _cuts(CONTRACT_1, CONTRACT_2, CONTRACT_3, UNSEEN_BIRTH) == [(1, 2, 3), (4,)]


def test_a_first_article_under_a_heading_is_another_document(typing: str) -> None:
    contract = CONTRACT_1.replace("Page 1/3", "")
    assert _cuts(BIRTH, contract) == [(1,), (2,)]


def test_a_sentence_running_on_across_the_page_break_holds_the_pages_together(typing: str) -> None:
    first = "\n".join([
        "ATTESTATION D'ACCUEIL", "L'association Les Amis du Quartier atteste accueillir Aissatou NDIAYE",
        "Fait à Nantes, le 2 mars 2026", "L'association s'engage à lui fournir un logement et à",
    ])
    second = "\n".join([
        "prendre en charge ses frais de transport pendant toute la durée de sa mission.",
        "CONDITIONS PARTICULIERES DE L'ACCUEIL", "Madame, Monsieur,", "Le logement est situé à Nantes.",
    ])
    assert _cuts(first, second) == [(1, 2)]


def test_a_translation_stays_with_its_original(typing: str) -> None:
    translation = "TRADUCTION CERTIFIEE CONFORME\n" + BIRTH.replace("ACTE DE NAISSANCE", "COPIE D'ACTE DE NAISSANCE")
    assert _cuts(UNSEEN_BIRTH, translation) == [(1, 2)]


@pytest.mark.parametrize("certificate", [
    "CERTIFICAT DE TRADUCTION\nJe soussigné Paul ROCHE, traducteur expert près la cour d'appel de Lyon, certifie\n"
    "que la traduction qui précède est conforme à l'original.\nFait à Lyon, le 07/06/2026\nPaul ROCHE",
    "Paul ROCHE\nSworn translator\nI hereby certify that the foregoing is a true and complete translation of\n"
    "the original document in Portuguese.\nLyon, 7 June 2026",
], ids=["french-heading", "english-sentence"])
def test_a_translators_certificate_after_a_translation_ends_it(typing: str, certificate: str) -> None:
    # the sworn translator's page says the translation before it is true: it ends that document, whatever its
    # first-person sentence or its signature make it look like
    translation = "TRADUCTION DE L'ORIGINAL EN PORTUGAIS\n" + BIRTH
    assert _cuts(UNSEEN_BIRTH, translation, certificate) == [(1, 2, 3)]


def test_a_later_article_opening_a_page_does_not_start_a_document(typing: str) -> None:
    later = "\n".join(["Article 7 - Assurance", "L'association assure le volontaire.", "CONDITIONS GENERALES DU CONTRAT",
                       "Fait à Lyon, le 01/09/2026"])
    first = CONTRACT_1.replace("Page 1/3", "").replace("Article 2 - Durée", "Article 6 - Durée")
    assert _cuts(first, later) == [(1, 2)]


def test_a_sender_alone_on_the_first_line_after_a_signed_page_is_another_document(typing: str) -> None:
    commitment = "\n".join([
        "Aissatou NDIAYE", "Volontaire - Les Amis du Quartier", "Engagement de retour au pays à la fin du volontariat",
        "Je quitterai la France à la fin de ma mission.",
    ])
    assert _cuts(DECISION, commitment) == [(1,), (2,)]


def test_an_identity_page_without_a_zone_is_known_by_its_photo(typing: str) -> None:
    card_front = "CARTE CONSULAIRE\nNom: NDIAYE\nPrénoms: AISSATOU\nN° 123456"
    pages = (Page(1, card_front, TextSource.OCR, 90.0, has_photo=True), Page(2, UNSEEN_BIRTH, TextSource.OCR, 90.0))
    ft = FileText(path="/x/d.pdf", relpath="d.pdf", kind="pdf", sha256="ab" * 32, size=1000, pages=pages, page_count=2)
    assert [tuple(p.number for p in g) for g, _ in page_groups(ft, today=TODAY)] == [(1,), (2,)]


def test_a_zone_whose_fillers_a_scan_blurred_is_still_found_on_its_page() -> None:
    blurred = VISA.splitlines()
    blurred[-2] = blurred[-2][:24] + "ccceececcceecececc"
    zones = segment.page_zones(Page(2, "\n".join(blurred), TextSource.OCR, 90.0), today=TODAY)
    assert any(z.valid and z.kind == "MRVA" for z in zones)


def test_a_mark_read_as_lower_case_letters_does_not_hold_an_identity_page_to_the_page_before(typing: str) -> None:
    unfinished = DECISION.replace("Fait à Nantes, le 29 avril 2023", "L'association Les Amis du Quartier s'engage à")
    assert _cuts(unfinished, "ee\n" + PASSPORT) == [(1,), (2,)]


def test_a_first_numbered_page_after_pages_without_numbering_is_another_document(typing: str) -> None:
    # a contract in a layout the classifier hardly knows (its English title), numbered in its footer
    agreement = "\n".join([
        "Les Amis du Quartier - 12 rue des Lilas, 44000 Nantes", "VOLUNTEERING AGREEMENT",
        "This agreement is made between the association and the volunteer Aissatou NDIAYE.",
        "Volunteering agreement page 1 of 2",
    ])
    signed = "Signed in two copies in Nantes on April 9, 2026.\nFor the Host The Volunteer\nVolunteering agreement page 2 of 2"
    assert _cuts(UNSEEN_BIRTH, agreement, signed) == [(1,), (2, 3)]


def test_a_half_in_the_middle_of_a_page_is_not_a_page_number() -> None:
    midway = "\n".join(["Le volontaire travaille le mercredi", *"abcdefg", "pendant 1/2 journée", *"hijklmn"])
    whys = [why for _, why in page_groups(_file(UNSEEN_BIRTH, midway), today=TODAY)]
    assert not any("numbering" in why for why in whys)


def test_a_page_numbered_one_of_one_ends_its_document(typing: str) -> None:
    decision = DECISION.replace("Fait à Nantes, le 29 avril 2023", "Copie : organisme intéressé 1/1")
    lodging = "\n".join(["RESIDENCE LES TILLEULS", *LODGING.splitlines()[1:]])
    assert _cuts(decision, lodging) == [(1,), (2,)]


def test_a_sender_above_a_heading_opens_a_letter(typing: str) -> None:
    unsigned = DECISION.replace("Fait à Nantes, le 29 avril 2023", "Mme Anne-Laure Vidal")
    letter = "\n".join(["Aissatou NDIAYE", "Née le 02 04 1996 à Dakar", "ENGAGEMENT SUR L'HONNEUR DE QUITTER LA FRANCE",
                        "Je m'appelle Aissatou NDIAYE et je rentrerai au Sénégal."])
    assert _cuts(unsigned, letter) == [(1,), (2,)]


def test_a_first_article_after_a_signed_page_is_another_document(typing: str) -> None:
    decree = "\n".join(["PRÉFECTURE", "Arrêté préfectoral relatif à un agrément de volontariat",
                        "Article 1 - L'association est agréée.", "Article 2 - Le présent arrêté sera publié."])
    assert _cuts(ENGLISH_LETTER, decree) == [(1,), (2,)]


def test_a_place_and_date_written_in_words_closes_a_letter() -> None:
    assert closes("Je rentrerai chez moi.\nDa Nang, le onze mai deux mille vingt-six")
    assert closes("Je rentrerai chez moi.\nDakar, le premier mars 2026")


def test_an_annex_after_a_signed_page_stays_with_the_document_it_is_annexed_to(typing: str) -> None:
    """"ANNEXE 1 - Fiche de mission" heading a page after the signed contract is the contract's, and a titled
    document after the annex is still another one."""
    annex = "\n".join(["ANNEXE 1 - FICHE DE MISSION", "Volontaire : Aissatou NDIAYE", "Lieu : Lyon",
                       "Période : du 01/09/2026 au 31/08/2027"])
    signed = CONTRACT_1.replace("Page 1/3", "") + "\nFait à Lyon, le 01/09/2026"
    if typing == "typed":
        assert _cuts(signed, annex, BIRTH) == [(1, 2), (3,)]
    else:
        assert _cuts(signed, annex)[0] == (1, 2)
    assert _cuts(DECISION, annex.replace("ANNEXE 1", "APPENDIX")) == [(1, 2)]


def test_a_letter_dated_from_a_hyphenated_town_to_whom_it_may_concern_opens_after_a_signed_contract(
        typing: str) -> None:
    """"Saint-Louis, 30 avril 2026" and "À qui de droit" open a letter (dossier_as_filed_pdf seed 7703)."""
    letter = "\n".join(["Saint-Louis, 30 avril 2026", "À qui de droit",
                        "Je, soussignée Aissatou NDIAYE, déclare m'engager à quitter la France",
                        "dès la fin de mon engagement de volontariat."])
    assert opens_letter(letter)
    assert opens_letter("Le Puy-en-Velay, le 3 mai 2026\nObjet : attestation")
    assert not opens_letter("Fait à Saint-Louis, le 30 avril 2026\nLe volontaire")  # a signature block, not an opening
    signed = CONTRACT_1.replace("Page 1/3", "") + "\nSigned in Lyon on 01.09.2026\nThe volunteer"
    assert _cuts(signed, letter) == [(1,), (2,)]


def test_a_certificate_closed_by_fait_le_and_a_date_ends_its_document(typing: str) -> None:
    """A sworn translation's certificate ends "Fait le 07/08/2026": another birth certificate's heading after it
    is another document (dossier_as_filed_pdf seed 7705)."""
    translated = "\n".join(["TRADUCTION JUREE EN FRANCAIS", "COPIE INTEGRALE D'ACTE DE NAISSANCE",
                            "NOM : NDIAYE", "Prénoms : Aissatou", "Date de naissance : 2 avril 1996",
                            "Je soussigné, traducteur-interprète expert, certifie la traduction conforme.",
                            "Fait le 07/08/2026", "TRADUCTEUR EXPERT", "N° 844"])
    assert closes(translated)
    plurilingual = "\n".join(["Convention relative à la délivrance d'extraits plurilingues",
                              "COPIE INTEGRALE PLURILINGUE D'ACTE DE NAISSANCE", "Nom / Surname", "NDIAYE",
                              "Date de naissance / Date of birth", "1996 04 02"])
    assert _cuts(translated, plurilingual) == [(1,), (2,)]


def test_a_salutation_below_a_sender_s_block_opens_a_letter(typing: str) -> None:
    """The sender's name, birth and passport over nine short lines, then the date, the subject and "Madame,
    Monsieur,": a letter, after the signed contract (text cuts, development seed 17)."""
    letter = "\n".join(["Aissatou", "NDIAYE", "Née le", "02/04/1996", "à Dakar", "Nationalité", "sénégalaise",
                        "Passeport", "A01234567", "Dakar, le 16 février 2026", "Objet : départ à la fin de ma mission",
                        "Madame, Monsieur, volontaire auprès de l'association Les Amis du Quartier,",
                        "je m'engage à quitter la France à la fin de mon contrat.",
                        "Veuillez agréer mes salutations respectueuses.", "Signature"])
    assert opens_letter(letter)
    signed = CONTRACT_2.replace("Page 2/3", "") + "\nParis, le 06/02/2026\nLe volontaire"
    assert _cuts(signed, letter) == [(1,), (2,)]
    # lower than the first lines, only a salutation counts: not a line naming a "Monsieur", nor a date
    article = CONTRACT_2.replace("Page 2/3", "").splitlines() + ["Article 5 - Calendrier", "Début : 1 avril 2026",
                                                                  "Monsieur Paul MARTIN suit le volontaire."]
    assert not opens_letter("\n".join(article))


def test_figures_read_in_a_dated_field_are_no_page_numbering_that_holds_the_next_documents(typing: str) -> None:
    """"Date de début 2111 01 20/28" (comb boxes OCR'd) is no "page 20 of 28" awaiting pages: the letter after
    the signed contract is another document (whole_dossier_pdf seed 7901, four documents kept as one)."""
    assert segment.page_numbering("Date de début 2111 01 20/28,") is None
    assert segment.page_numbering("Contrat - 2 / 3") == (2, 3)
    contract = "\n".join(["CONTRAT D'ENGAGEMENT DE VOLONTARIAT", "Volontaire Aissatou NDIAYE",
                          "Date de début 2111 01 20/28,", "Fait à Lyon, le 15/08/2026", "L'organisme d'accueil"])
    letter = "\n".join(["Dakar, le 3 mai 2026", "À qui de droit", "Je m'engage à quitter la France.", "Signature"])
    assert _cuts(contract, letter) == [(1,), (2,)]


def test_signing_on_behalf_of_an_authority_or_a_signatory_s_role_closes_a_page(typing: str) -> None:
    """"Pour l'autorité : ...", "pour servir et valoir ce que de droit", "Pour ampliation", "Hélène Moreau,
    présidente" at a page's foot: signed; a sender's name (in any alphabet) after it opens another document
    (whole_dossier_pdf seed 7902, text cuts seeds 6, 15, 30)."""
    for foot in ("Pour l'autorité : Agence du Service Civique", "Attestation établie pour servir et valoir ce que de droit.",
                 "Pour ampliation\nLe chef de bureau", "Hélène Moreau, présidente"):
        assert closes("Nous attestons que l'association est agréée.\n" + foot), foot
    assert not closes("L'association est représentée par sa présidente, qui suit la mission du volontaire.")
    attestation = "\n".join(["ATTESTATION D'AGREMENT", "La structure Les Amis du Quartier est agréée.",
                             "Pour l'autorité : Agence du Service Civique"])
    commitment = "\n".join(["Văn Minh NGUYỄN", "Né le 31 08 2007 à Hồ Chí Minh", "Engagement sur l'honneur",
                            "Je promets de repartir au Viêt Nam quand mon contrat sera fini."])
    assert segment.is_sender("Văn Minh NGUYỄN") and not segment.is_sender("Le Préfet")
    assert _cuts(attestation, commitment) == [(1,), (2,)]
    assert _cuts(PASSPORT, commitment) == [(1,), (2,)]  # a sender after an identity page


def test_a_page_of_prose_after_an_identity_page_is_another_document(typing: str) -> None:
    """No identity document's page (a cover, a back, its notes) carries 80 words: a prefectoral act after a visa
    page is another document, though it opens with no heading of two words (text cuts seed 29)."""
    act = "\n".join(["PRÉFECTURE", "Direction départementale de l'emploi et des solidarités",
                     "ARRÊTÉ PRÉFECTORAL N° 2023-773 relatif à un agrément de volontariat",
                     *["Vu le code du service national, et notamment ses articles relatifs au volontariat ;"] * 6,
                     "Article 1 : L'association Les Amis du Quartier est agréée pour cinq ans.",
                     "Fait à Lyon, le 7 février 2023"])
    assert _cuts(VISA, act) == [(1,), (2,)]


def test_a_place_and_a_date_in_figures_on_a_letter_s_first_line_open_it(typing: str) -> None:
    """"Thiès, le 5/12/25" heading a handwritten-style commitment after a prefect's signed act: another document
    (whole_dossier_pdf seeds 8100, 8101); "Fait à ..., le 5/12/25" stays a signature block."""
    assert opens_letter("Thiès, le 5/12/25\nMoi, Fatou SOW, je m'engage à rentrer dans mon pays.")
    assert not opens_letter("Fait à Thiès, le 5/12/25\nSignature")
    letter = "\n".join(["Thiès, le 5/12/25", "Moi, Fatou Sow, née le 20/12/2000,",
                        "je m'engage à rentrer dans mon pays quand ma mission sera terminée.", "Fatou Sow"])
    assert _cuts(DECISION, letter) == [(1,), (2,)]


def test_a_dateline_read_in_lower_case_does_not_run_on_from_the_page_before(typing: str) -> None:
    """"Da Nang" OCR'd "pa Nang, 9 mai 2026" under a visa page whose last line has no stop: a letter's dateline,
    not a sentence running on (merged_pdf seed 8102, a departure letter kept with the visa)."""
    letter = "\n".join(["pa Nang, 9 mai 2026", "A qui de droit", "Je m'engage à quitter la France.", "Thi Lan HOANG"])
    assert _cuts(VISA + "\nAny alteration of this page invalidates the passport", letter) == [(1,), (2,)]


def test_a_letter_s_opening_below_a_column_of_the_writer_s_details_opens_it(typing: str) -> None:
    """The writer's name, birth, nationality, passport and signature printed in a column beside the letter, which
    OCR reads first (twelve short lines), then the dateline, the subject and the salutation: a letter, after the
    prefect's signed act (development shape whole_dossier_pdf, seed 9101)."""
    column = ["Aissatou", "NDIAYE", "Née le", "02/04/1996", "à Dakar", "Nationalité", "sénégalaise", "Passeport",
              "A01234567", "Signature", "Cr.", "ee"]
    letter = "\n".join([*column, "Dakar, le 16 février 2026", "Objet : départ à la fin de ma mission",
                        "Madame, Monsieur, volontaire auprès de l'association Les Amis du Quartier à compter",
                        "du 1er octobre 2026, je m'engage à quitter le territoire français à la fin de ce contrat.",
                        "Veuillez agréer, Madame, Monsieur, mes salutations respectueuses."])
    assert opens_letter(letter)
    assert _cuts(DECISION, letter) == [(1,), (2,)]
    # a list of short lines whose only prose comes at its very end opens nothing
    form = "\n".join([*column, *column, "Monsieur Paul MARTIN suit le volontaire pendant sa mission."])
    assert not opens_letter(form)


def test_an_english_dateline_with_an_ordinal_and_a_letter_to_the_prefecture_open_a_letter(typing: str) -> None:
    """"January 10th, 2026" and "To the Prefecture," heading a commitment after a signed bilingual contract: another
    document (development shape merged_pdf, seed 9102)."""
    assert opens_letter("January 10th, 2026\nMy name is Aissatou Ndiaye.")
    assert opens_letter("Dakar, 3rd of May 2026\nI promise to leave France.")
    assert opens_letter("Aissatou Ndiaye\nc/o Les Amis du Quartier\nLyon\n\nTo the Prefecture,\nI will go back home.")
    assert opens_letter("A Monsieur le Préfet du Rhône\nJe m'engage à quitter la France.")
    letter = "\n".join(["January 10th, 2026", "", "To the Prefecture,", "",
                        "My name is Aissatou Ndiaye. I will volunteer with Les Amis du Quartier until",
                        "September 30, 2027, and I promise that I will go back to my country when my",
                        "volunteer contract ends.", "Aissatou Ndiaye", "Signature"])
    signed = CONTRACT_2.replace("Page 2/3", "") + "\nFait à / Done at Lyon, le / on 04/01/2026\nLe volontaire"
    assert _cuts(signed, letter) == [(1,), (2,)]


def test_a_second_copy_holding_its_original_and_its_sworn_translation_is_a_copy_of_its_own() -> None:
    """A signed French copy, then a page holding an English original, its sworn translation headed "TRADUCTION" under
    it and the translator's certificate at its foot (development shape dossier_as_filed_pdf, seed 9100): the
    certificate speaks of the translation on its own page, not of the page before; two copies. A page that is only
    a translation with its certificate stays with the original before it."""
    french = "\n".join(["RÉPUBLIQUE DU SÉNÉGAL", "Mairie de Ziguinchor", "COPIE INTÉGRALE", "ACTE DE NAISSANCE",
                        "Nom : SÈNE", "Prénoms : Awa", "Née le 16/12/2004 à Ziguinchor",
                        "Délivré à Ziguinchor, le six juin deux mille vingt-six.", "Le Maire de Ziguinchor,",
                        "Officier de l'état civil"])
    certificate = ("Je soussigné, traducteur-interprète expert près la cour d'appel de Paris, certifie que la "
                   "traduction ci-dessus\nest conforme à l'original rédigé en anglais.\nFait le 15/06/2026")
    both = "\n".join(["ORIGINAL (ANGLAIS)", "SENEGAL", "CERTIFIED COPY OF AN ENTRY OF", "BIRTH", "Surname: SÈNE",
                      "Forenames: Awa", "Date of birth: 16 December 2004", "Issued on 6 June 2026",
                      "The Registrar of Births", "TRADUCTION JURÉE EN FRANÇAIS", "COPIE INTÉGRALE D'ACTE DE",
                      "NAISSANCE", "NOM : SÈNE", "Prénoms : Awa", "Date de naissance : 16 décembre 2004",
                      certificate])
    assert _cuts(french, both) == [(1,), (2,)]
    english = "\n".join(["SENEGAL", "CERTIFIED COPY OF AN ENTRY OF BIRTH", "Surname: SÈNE", "Forenames: Awa",
                         "Date of birth: 16 December 2004", "Issued on 6 June 2026", "The Registrar of Births"])
    translation_only = "\n".join(["COPIE INTÉGRALE D'ACTE DE NAISSANCE", "NOM : SÈNE", "Prénoms : Awa",
                                  "Date de naissance : 16 décembre 2004", certificate])
    assert _cuts(english, translation_only) == [(1, 2)]


def test_two_sworn_translations_one_after_the_other_are_two_copies() -> None:
    """Two copies of a birth certificate filed as translations, each certified at its foot (held_out_4 shape
    dossier_as_filed_pdf, seed 9104, looked at since): the second is no translation of the first."""
    def copy(act: str, translator: str) -> str:
        return "\n".join(["RÉPUBLIQUE DE GUINÉE Année 2001", f"Acte n° {act}", "(Traduction de l'original rédigé en pular)",
                          "COPIE INTÉGRALE D'ACTE DE NAISSANCE", "Le deux mai deux mil un est née à Labé Mariama BAH,",
                          "de sexe féminin.", "Délivrée à Labé, le 3 juin 2026", "L'Officier de l'état civil",
                          f"Traduit par {translator}, traducteur assermenté, le 10/06/2026."])
    assert _cuts(copy("114", "Jean Morel"), copy("2231", "Ana Costa")) == [(1,), (2,)]
    # a translation after the original it translates stays with it, as before
    original = copy("114", "Jean Morel").replace("(Traduction de l'original rédigé en pular)\n", "").rsplit("\n", 1)[0]
    assert _cuts(original, copy("114", "Jean Morel")) == [(1, 2)]


def test_a_title_under_a_bracketed_note_and_an_article_read_as_ler() -> None:
    # a registry's English translation whose title stands under a long note in brackets and an office's address,
    # after a numbered sworn translation of the same act that ended ("2/2")
    first = "\n".join(["TRADUCTION JURÉE", "COPIE INTÉGRALE D'ACTE DE NAISSANCE", "Nom : BAH", "Prénoms : Mariama",
                       "Page 1/2"])
    second = "\n".join(["CERTIFICAT DU TRADUCTEUR", "Je certifie que la traduction qui précède est conforme.",
                        "Fait à Lyon, le 10/06/2026", "Page 2/2"])
    english = "\n".join(["[English translation of the original in Pular, certified by the issuing office]",
                         "REPUBLIC OF GUINEA", "Office of the Registrar of Births and Deaths, Labé",
                         "CERTIFIED FULL COPY OF BIRTH ENTRY", "1. Name of child Mariama BAH", "2. Sex Female",
                         "Date of issue: 03-06-2026", "Registrar of Births and Deaths"])
    assert _cuts(first, second, english) == [(1, 2), (3,)]
    # an approval's "Article 1er", as printed and as OCR reads it, is its first article
    for first_article in ("Article 1er", "Article ler", "ARTICLE IER", "Article premier"):
        assert segment.articles(f"{first_article} - L'association est agréée.\nArticle 2 - Recours.") == (1, 2)
