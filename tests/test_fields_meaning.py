"""Fields by meaning, in our own wordings: a value found whatever words or layout name it, and none invented."""

from __future__ import annotations

from datetime import date

import pytest

from docscheck.fields import extract_fields
from docscheck.model import DocType, FileText, Page, TextSource


def _values(doc_type: DocType, text: str) -> dict[str, object]:
    page = Page(1, text, TextSource.OCR)
    ft = FileText(path="/d/doc.pdf", relpath="doc.pdf", kind="pdf", sha256="0", size=1, pages=(page,), page_count=1)
    return {k: f.value for k, f in extract_fields(ft, doc_type).items()}


@pytest.mark.parametrize(("text", "mission"), [
    # a label in other words than "Mission :"
    ("CONVENTION D'ENGAGEMENT\nNature de la mission : tenir une épicerie solidaire de quartier.\n"
     "Lieu de la mission : Lyon", "tenir une épicerie solidaire de quartier"),
    ("VOLUNTEER AGREEMENT\nDescription of duties: running a repair café for elderly neighbours.\n",
     "running a repair café for elderly neighbours"),
    # a numbered heading, its paragraph below
    ("CONTRAT\nArticle 3 - Missions confiées au volontaire\nLe volontaire anime un jardin partagé\n"
     "avec les habitants du quartier.\nArticle 4 - Durée\nDouze mois.",
     "Le volontaire anime un jardin partagé avec les habitants du quartier"),
    # what the volunteer is taken in for, in an article under a heading of its own
    ("CONVENTION\nTITRE 1 - OBJET\nArt. 1. La volontaire est accueillie pour tenir un atelier de couture avec les "
     "habitantes du quartier.\nArt. 2. Durée : dix mois.", "tenir un atelier de couture avec les habitantes du quartier"),
    # in a sentence
    ("CONTRAT DE VOLONTARIAT\nLa volontaire sera chargée de tenir la permanence d'accès aux droits. Elle est "
     "encadrée par un tuteur.", "tenir la permanence d'accès aux droits"),
])
def test_the_mission_whatever_words_name_it(text: str, mission: str) -> None:
    assert _values(DocType.VOLUNTEER_CONTRACT, text).get("mission") == mission


@pytest.mark.parametrize("text", [
    # a date's label and a title are no mission
    "CONTRAT DE MISSION DE VOLONTARIAT\nEntre les soussignés\nDate de début de la mission : 01.09.2026\n",
    "Contrat\nIl effectuera une mission\nauprès de nous pendant douze mois.",
])
def test_no_mission_made_up_from_a_title_or_a_sentence(text: str) -> None:
    assert "mission" not in _values(DocType.VOLUNTEER_CONTRACT, text)


@pytest.mark.parametrize(("text", "expected"), [
    # a caption in three languages wrapping onto a second line, a unit in brackets, the value below
    ("VISA\nLENGTH OF STAY (DAYS) / DURÉE DU SÉJOUR (JOURS) /\nDURACIÓN (DÍAS)\n300\nNUMBER OF ENTRIES / NOMBRE "
     "D'ENTRÉES / NÚMERO\nDE ENTRADAS\n2\nREMARKS / REMARQUES / OBSERVACIONES\nETUDIANT\n",
     {"duration_days": 300, "entries": "02", "remarks": "ETUDIANT"}),
    # a label and its translation are a caption, colon or not; a label missing its article
    ("VISA\nREMARQUES/REMARKS ETUDIANT\nDURÉE SÉJOUR 120 J.\n", {"remarks": "ETUDIANT", "duration_days": 120}),
])
def test_visa_captions_whatever_their_languages(text: str, expected: dict[str, object]) -> None:
    got = _values(DocType.VISA, text)
    assert {k: got.get(k) for k in expected} == expected, got


def test_a_date_under_a_duration_caption_is_no_duration() -> None:
    assert "duration_days" not in _values(DocType.VISA, "VISA\nDURÉE DU SÉJOUR\n12.03.26\n")


def test_a_body_named_by_its_acronym_and_its_signatory_not_taken_for_it() -> None:
    text = ("CLR\nCollectif Lyonnais des Repair-cafés\n12 quai Perrache, Lyon\nCONVENTION DE VOLONTARIAT\n"
            "Entre CLR, représenté par Marc Petit, et M. Ivo PERES, né le 02.02.2002 à Braga.\n"
            "Dates\nDébut Fin\n01.10.2026 30.06.2027\nPour l'association\nMarc Petit\nÀ Lyon, le\n12/09/2026\n"
            "Le volontaire\nIvo PERES\nÀ Braga, le\n15/09/2026\n")
    got = _values(DocType.VOLUNTEER_CONTRACT, text)
    assert got.get("association") == "Collectif Lyonnais des Repair-cafés", got
    assert (got.get("start_date"), got.get("end_date")) == (date(2026, 10, 1), date(2027, 6, 30)), got
    assert got.get("signature_date") == date(2026, 9, 15), got  # the last signature


def test_a_signatory_for_the_body_is_never_its_name() -> None:
    text = ("CONTRAT\nLe volontaire accompagnera les habitants.\nPour l'organisme d'accueil\nMarc Petit\n")
    assert _values(DocType.VOLUNTEER_CONTRACT, text).get("association") != "Marc Petit"


def test_a_name_opening_its_sentence_under_a_title() -> None:
    text = ("Contrat d'engagement de volontariat\nCollectif des Repair-cafés, association régie par la loi de 1901, "
            "représentée par Marc Petit,\n")
    assert _values(DocType.VOLUNTEER_CONTRACT, text).get("association") == "Collectif des Repair-cafés"


def test_a_letter_notifying_an_approval_names_the_body_in_its_address_block() -> None:
    text = ("PRÉFECTURE DU RHÔNE\nMadame la Présidente\nCOLLECTIF DES REPAIR-CAFÉS\n12 quai Perrache\n69002 Lyon\n"
            "Lyon, le 3 mars 2025\nObjet : agrément au titre du volontariat\nJ'ai l'honneur de vous notifier la "
            "décision portant agrément de votre association.\n")
    assert _values(DocType.APPROVAL_DECISION, text).get("association") == "COLLECTIF DES REPAIR-CAFÉS"


def test_a_section_heading_over_its_own_captions_and_a_name_completed_by_a_later_mention() -> None:
    # a form's section "ORGANISME D'ACCUEIL" over captions of its own: the name is under "Association", never the
    # caption itself
    form = ("ATTESTATION D'ACCUEIL\nSTRUCTURE D'ACCUEIL\nAssociation\nCollectif des Repair-cafés\nAdresse\n"
            "12 quai Perrache, Lyon\n")
    assert _values(DocType.ACCEPTANCE_CERTIFICATE, form).get("association") == "Collectif des Repair-cafés"
    # a letter whose subject names the volunteer by surname only, its body by the whole name
    letter = ("Collectif des Repair-cafés\nRe: placement of Mr PERES\nDear Sir or Madam,\nWe confirm that Mr Ivo PERES, "
              "born on 2 February 2002 in Braga, is accepted as a volunteer.\n")
    got = _values(DocType.ACCEPTANCE_CERTIFICATE, letter)
    assert (got.get("surname"), got.get("given_names")) == ("PERES", "Ivo"), got
    # Commonwealth cards give the given names as "Other names"
    card = "CONSULAR IDENTITY CARD\nSurname\nPERES\nOther names\nIvo Manuel\nDate of birth\n2 February 2002\n"
    assert _values(DocType.CONSULAR_CARD, card).get("given_names") == "Ivo Manuel"


def test_role_words_around_names_and_a_period_in_other_words() -> None:
    text = ("VOLUNTEERING AGREEMENT\nVolunteer PERES, Ivo\nDate and place of birth 2002-02-02, Braga (Portugal)\n"
            "First day of the placement 2026-10-01\nLast day of the placement 2027-06-30\nSigned in Lyon on 12 "
            "September 2026.\nFor the Host\nName: Marc Petit\nThe Volunteer\nName: Ivo PERES\n")
    got = _values(DocType.VOLUNTEER_CONTRACT, text)
    assert {k: got.get(k) for k in ("surname", "given_names", "date_of_birth", "start_date", "end_date")} == {
        "surname": "PERES", "given_names": "Ivo", "date_of_birth": date(2002, 2, 2),
        "start_date": date(2026, 10, 1), "end_date": date(2027, 6, 30)}, got


def test_a_name_signed_for_the_host_is_not_the_volunteer() -> None:
    text = "VOLUNTEERING AGREEMENT\nFor the Host\nName: Marc Petit\n"
    assert _values(DocType.VOLUNTEER_CONTRACT, text).get("surname") != "Petit"


def test_a_signing_page_for_and_on_behalf_of_a_body_beside_the_volunteer() -> None:
    # a contract's last page photographed alone: two columns, the body's signatory named first, each party dated
    text = ("| Signed for and on behalf of CLR Signed by the Volunteer\nName: Marc Petit | Name: Ivo PERES\n(eee\n"
            "Date: 2 September 2026 Date: 4 September 2026\nVolunteer Agreement - 2\n")
    got = _values(DocType.VOLUNTEER_CONTRACT, text)
    assert got.get("signature_date") == date(2026, 9, 4), got  # the volunteer's own date
    assert got.get("surname") != "Petit", got


@pytest.mark.parametrize(("doc_type", "text", "field", "value"), [
    # the date written with "lu et approuvé", under a "date and signature" caption
    (DocType.DEPARTURE_COMMITMENT, "ENGAGEMENT DE DÉPART\nJe m'engage à quitter le territoire français.\n"
     "Date et signature, précédées de la mention « lu et approuvé »\nLu et approuvé\nle 05/02/2026\n",
     "signature_date", date(2026, 2, 5)),
    # signed in the writer's language beside French
    (DocType.DEPARTURE_COMMITMENT, "ENGAGEMENT DE DÉPART\nMe comprometo a salir del territorio francés.\n"
     "Firmado en Cusco, el 11/03/2026 / Signé à Cusco, le 11/03/2026\n", "signature_date", date(2026, 3, 11)),
    # a dated header written twice, in two languages, one with a Spanish date
    (DocType.ACCEPTANCE_CERTIFICATE, "Les Ateliers du Quai\nLyon, 9 de marzo de 2026 Lyon, le 9 mars 2026\n"
     "CARTA DE ACEPTACIÓN ATTESTATION D'ACCUEIL\n", "issue_date", date(2026, 3, 9)),
    # a scanned contract's "Fait à" read with its "à" glued on
    (DocType.VOLUNTEER_CONTRACT, "CONTRAT D'ENGAGEMENT\nLe contrat peut être rompu avec un préavis d'un mois.\n"
     "Faita Rennes le 12/05/2026\nLe volontaire Pour l'organisme\nLu et approuvé Lu et approuvé\n",
     "signature_date", date(2026, 5, 12)),
    # a commitment sent by e-mail and printed: dated by its header's sending day and hour, seven lines down
    (DocType.DEPARTURE_COMMITMENT, "Boîte de réception\nAPS - ma lettre d'engagement\nDe : Koffi MENSAH\n"
     "<k.mensah@example.org>\nÀ : accueil@example.org\nCc : tuteur@example.org\nmar. 9 juin 2026 à 18:42\n"
     "Bonjour,\nJe m'engage à quitter la France à la fin de ma mission.\nKoffi MENSAH\n",
     "signature_date", date(2026, 6, 9)),
    (DocType.DEPARTURE_COMMITMENT, "Fwd: departure commitment\nFrom: Ama Owusu\nTo: office@example.org\n"
     "Tue, Jun 9, 2026 at 6:42 PM\nI undertake to leave France when my placement ends.\n",
     "signature_date", date(2026, 6, 9)),
])
def test_signing_dates_in_the_writers_languages(doc_type: DocType, text: str, field: str, value: object) -> None:
    assert _values(doc_type, text).get(field) == value


def test_a_date_and_hour_in_a_sentence_is_no_sending_date() -> None:
    # the hour makes a header's date only where the line holds nothing else: an appointment in the body is no date
    text = ("ENGAGEMENT DE DÉPART\nJe m'engage à quitter la France.\nRendez-vous en préfecture le 9 juin 2026 à 18:42\n")
    assert "signature_date" not in _values(DocType.DEPARTURE_COMMITMENT, text)


def test_an_authority_is_named_in_words_under_a_row_of_values() -> None:
    text = ("PASSPORT\n6. Passport No. 7. Date of issue 8. Date of expiry 9. Authority\nKX1234567 02 Mar 2024 01 Mar 2034\n"
            "MINISTRY OF FOREIGN AFFAIRS\n")
    assert _values(DocType.PASSPORT, text).get("issuing_authority") == "MINISTRY OF FOREIGN AFFAIRS"


@pytest.mark.parametrize(("text", "expected"), [
    # a name after a reference and a comma, the place after what kind of place it is, across a line's end
    ("BIRTH CERTIFICATE\nthe register of births, entry No. 31, Ivo PERES, male, was\nborn in the city of Braga, "
     "Portugal, on May 2, 2002.\n", {"surname": "PERES", "given_names": "Ivo", "place_of_birth": "Braga"}),
    # a label's translation cut by the line's end
    ("ACTA DE NACIMIENTO\nLugar de nacimiento / Lieu de\nnaissance\nCusco (Pérou)\n", {"place_of_birth": "Cusco"}),
    # a label row whose translation ends in lower case is no sentence
    ("PASSAPORTE\nData de nascimento / Date de naissance\n02/05/2002\nNaturalidade / Lieu de naissance\nBRAGA\n",
     {"place_of_birth": "BRAGA"}),
    # the act's date opens its sentence; the parents follow with a bare "de ..., né le" and "et de ..., née le"
    ("ACTE DE NAISSANCE N° 88\nLe deux mars deux mil trois (02/03/2003), à 8 heures, est né à Thiès un enfant\n"
     "de sexe masculin, prénommé Ousmane, nom de famille NDOYE,\nde Ibrahima NDOYE, né le 05.11.1970, tailleur,\n"
     "et de Aïssatou FALL, née le 21.01.1975, couturière.\n", {"date_of_birth": date(2003, 3, 2)}),
])
def test_births_by_meaning(text: str, expected: dict[str, object]) -> None:
    doc_type = DocType.PASSPORT if text.startswith("PASSAPORTE") else DocType.BIRTH_CERTIFICATE
    got = _values(doc_type, text)
    assert {k: got.get(k) for k in expected} == expected, got


def test_name_labels_after_their_translations_in_a_language_we_do_not_list() -> None:
    text = "CONSULAR CARD\nAdı / Surname / Nom\nYILMAZ\nİsim / Given names / Prénoms\nElif Su\n"
    got = _values(DocType.CONSULAR_CARD, text)
    assert (got.get("surname"), got.get("given_names")) == ("YILMAZ", "Elif Su"), got


@pytest.mark.parametrize("text", [
    # named after the one who presents it, then what it is
    "AGENCE DU SERVICE CIVIQUE\nDécision du 2 mars 2025\nConsidérant la demande présentée par Les Amis du Rail,\n"
    "association déclarée dont le siège est à Lyon ;\nDÉCIDE :\n",
    # the subject of the approving verb, named by its acronym, spelt out elsewhere
    "AGENCE DU SERVICE CIVIQUE\nDécision du 2 mars 2025\nDÉCIDE :\nArt. 1. LAR est agréée pour cinq ans.\n"
    "Annexe : missions de Les Amis du Rail\n",
])
def test_the_approved_body_in_the_acts_sentences(text: str) -> None:
    assert _values(DocType.APPROVAL_DECISION, text).get("association") == "Les Amis du Rail"


def test_an_authority_named_with_its_country_is_an_authority() -> None:
    got = _values(DocType.PASSPORT, "PASSPORT\nIssuing office: NIGERIA IMMIGRATION SERVICE\n")
    assert got.get("issuing_authority") == "NIGERIA IMMIGRATION SERVICE"


def test_a_row_of_labels_over_a_row_of_values_read_side_by_side() -> None:
    text = "VISA\nAU / UNTIL DURÉE SÉJOUR\n02 AUG 2027 365 J.\nDU / FROM NB ENTRÉES\n03 AUG 2026 MULT\n"
    got = _values(DocType.VISA, text)
    assert (got.get("duration_days"), got.get("entries")) == (365, "MULT"), got


def test_a_signature_read_under_the_volunteers_label_is_no_name() -> None:
    text = ("CONTRAT DE VOLONTARIAT\net Ivo PERES, né le 02/02/2002 à Braga, d'autre part.\n"
            "Le volontaire / The volunteer\nco\n")
    got = _values(DocType.VOLUNTEER_CONTRACT, text)
    assert (got.get("surname"), got.get("given_names")) == ("PERES", "Ivo"), got


def test_a_short_surname_under_the_volunteers_label_and_a_numbered_label_below_a_label() -> None:
    got = _values(DocType.VOLUNTEER_CONTRACT, "CONTRAT DE VOLONTARIAT\nNom du volontaire : VÕ\nPrénom(s) : Văn Minh\n")
    assert (got.get("surname"), got.get("given_names")) == ("VÕ", "Văn Minh"), got
    got = _values(DocType.PHOTO_ID, "IDENTITY CARD\n1. Apellidos / Surname\n2. Nombres / Names\nLÓPEZ\n")
    assert got.get("surname") != "2. Nombres / Names", got


@pytest.mark.parametrize(("text", "expected"), [
    ("VISADO\nVÁLIDO DESDE 01.09.2026 HASTA 31.08.2027\nN° DE PASAPORTE: PA1234567\n",
     {"valid_from": date(2026, 9, 1), "valid_until": date(2027, 8, 31), "passport_number": "PA1234567"}),
    ("VISTO\nVálido de 01/09/2026 até 31/08/2027\nPassaporte n.º: CB765432\n",
     {"valid_from": date(2026, 9, 1), "valid_until": date(2027, 8, 31), "passport_number": "CB765432"}),
])
def test_a_visas_validity_and_passport_in_other_languages(text: str, expected: dict[str, object]) -> None:
    got = _values(DocType.VISA, text)
    assert {k: got.get(k) for k in expected} == expected, got


def test_sex_after_a_bilingual_label_whose_values_are_in_capitals() -> None:
    text = "CERTIDÃO DE NASCIMENTO\nSexo / Sexe Feminino / Féminin\nData de nascimento / Date de\nnaissance\n"
    assert _values(DocType.BIRTH_CERTIFICATE, text).get("sex") == "F"


@pytest.mark.parametrize(("text", "surname", "given"), [
    # the writer named only in the sender block and the signature, never in a sentence
    ("NDIAYE Ramatoulaye\nBénévole\nÀ l'attention de la préfecture\nObjet : mon retour au Sénégal\n"
     "Je m'engage à quitter le territoire français à la fin de ma mission.\nRespectueusement,\n"
     "Ramatoulaye NDIAYE", "NDIAYE", "Ramatoulaye"),
    # only under the words one signs after
    ("To whom it may concern,\nI commit to leave France when my placement ends.\nYours faithfully,\n"
     "Tomás DE LA VEGA", "DE LA VEGA", "Tomás"),
])
def test_a_letter_names_its_writer_where_it_is_signed(text: str, surname: str, given: str) -> None:
    got = _values(DocType.DEPARTURE_COMMITMENT, text)
    assert (got.get("surname"), got.get("given_names")) == (surname, given)


def test_a_name_at_the_bottom_under_no_sign_off_is_not_taken_for_the_writer() -> None:
    text = ("Objet : retour\nJe m'engage à quitter la France à la fin de mon contrat.\n"
            "Copie : Association Horizons\nMarc LEFEBVRE")
    assert "surname" not in _values(DocType.DEPARTURE_COMMITMENT, text)


@pytest.mark.parametrize(("text", "want"), [
    # a count of days by its own words, a validity as an arrow under its caption, a passport by its number's word
    ("VISA D\nNombre de jours / Number of days : 365\nValidité / Validity\n02.10.2026 → 01.10.2027\n"
     "Passeport numéro : 17CE55310",
     {"duration_days": 365, "valid_from": date(2026, 10, 2), "valid_until": date(2027, 10, 1),
      "passport_number": "17CE55310"}),
    # the first and last days of validity, the stay allowed, the travel document
    ("VISA\nPremier jour de validité / First day of validity: 15-01-2027\nDernier jour / Last day: 14-01-2028\n"
     "Séjour autorisé / Permitted stay: 12 mois\nDocument de voyage / Travel document : PA0941177",
     {"valid_from": date(2027, 1, 15), "valid_until": date(2028, 1, 14), "duration_days": 365,
      "passport_number": "PA0941177"}),
    # the stay told in a sentence
    ("VISA DE LONG SÉJOUR\nValide du 01/09/2026 au 31/08/2027 pour un séjour de 365 jours.",
     {"duration_days": 365, "valid_from": date(2026, 9, 1)}),
])
def test_a_visa_read_by_the_meaning_of_its_labels(text: str, want: dict[str, object]) -> None:
    got = _values(DocType.VISA, text)
    assert {k: got.get(k) for k in want} == want


def test_two_lengths_of_stay_give_none() -> None:
    text = "VISA C\nValable du 01/09/2026 au 29/11/2026\nSéjour de 90 jours sur toute période de 180 jours"
    assert "duration_days" not in _values(DocType.VISA, text)


@pytest.mark.parametrize(("text", "number", "expiry"), [
    ("PASSPORT\nDoc. No. KT4410275\nExp. 03/04/2031", "KT4410275", date(2031, 4, 3)),
    ("PASSAPORTE\nNúmero do passaporte: FR229930\nVálido até: 12/11/2030", "FR229930", date(2030, 11, 12)),
    ("PASSPORT\nSerial number: 884102557\nValid till: 01 FEB 2029", "884102557", date(2029, 2, 1)),
])
def test_a_document_number_and_expiry_after_any_label_meaning_them(text: str, number: str, expiry: date) -> None:
    got = _values(DocType.PASSPORT, text)
    assert (got.get("document_number"), got.get("expiry_date")) == (number, expiry)


def test_a_card_with_labels_translated_by_a_middle_dot_and_a_number_in_groups() -> None:
    text = ("CARTE D'IMMATRICULATION CONSULAIRE\nRegistration No. / N°\nKT 204 881 Surname · Nom MBALLA\n"
            "Given names · Prénoms Rose Aurélie\nDate of birth · Date de naissance 02/05/2001")
    got = _values(DocType.CONSULAR_CARD, text)
    assert (got.get("document_number"), got.get("surname"), got.get("given_names")) == (
        "KT204881", "MBALLA", "Rose Aurélie")


@pytest.mark.parametrize(("text", "number"), [
    ("CARTE CONSULAIRE\nN° d'immatriculation\nKT-204-881", "KT204881"),
    # a date's parts are no number in groups
    ("CARTE CONSULAIRE\nN° d'immatriculation\n12 05 2024", None),
])
def test_a_number_in_groups(text: str, number: str | None) -> None:
    assert _values(DocType.CONSULAR_CARD, text).get("document_number") == number


def test_an_issue_date_after_the_participle_alone() -> None:
    text = "CARTE NATIONALE D'IDENTITÉ\nNom : SALL\nDélivrée : 18 MAI/MAY 2025   Expire : 17 MAI/MAY 2035"
    got = _values(DocType.PHOTO_ID, text)
    assert (got.get("issue_date"), got.get("expiry_date")) == (date(2025, 5, 18), date(2035, 5, 17))


def test_captions_stacked_in_three_languages_over_their_values() -> None:
    # each caption on its own line in French, English and a language no lexicon holds, then its value
    text = "\n".join([
        "VISA", "PAYS / COUNTRY", "VALABLE POUR", "VALID FOR", "GELDIG VOOR", "FRANCE",
        "DU", "FROM", "VAN", "03 OCT/OCT 2026", "AU", "UNTIL", "TOT", "02 OCT/OCT 2027",
        "NOMBRE D'ENTRÉES", "NUMBER OF ENTRIES", "AANTAL BINNENKOMSTEN", "MULT",
        "DURÉE DU SÉJOUR", "DURATION OF STAY", "VERBLIJFSDUUR", "12 MOIS",
        "LE", "ON", "OP", "14 SEPT/SEP 2026",
        "N° DU PASSEPORT", "PASSPORT NUMBER", "PASPOORTNUMMER", "NB4471902",
        "REMARQUES", "REMARKS", "OPMERKINGEN", "VLS-TS VOLONTAIRE",
    ])
    got = _values(DocType.VISA, text)
    assert {k: got.get(k) for k in ("valid_from", "valid_until", "entries", "duration_days", "issue_date",
                                     "passport_number", "remarks")} == {
        "valid_from": date(2026, 10, 3), "valid_until": date(2027, 10, 2), "entries": "MULT", "duration_days": 365,
        "issue_date": date(2026, 9, 14), "passport_number": "NB4471902", "remarks": "VLS-TS VOLONTAIRE"}


def test_an_association_named_by_its_acronym_at_the_end_of_a_label_line() -> None:
    text = ("DÉCISION\nObjet : agrément de l'association MPV\nLe Préfet de la région Bretagne,\n"
            "Vu la demande présentée par l'association MPV (Maison pour la Paix et le Voyage) ;\n"
            "décide : l'association MPV est agréée.")
    assert _values(DocType.APPROVAL_DECISION, text).get("association") == "Maison pour la Paix et le Voyage"


def test_a_word_after_a_sentence_is_no_date_label() -> None:
    text = ("ENGAGEMENT DE QUITTER LA FRANCE\nI undertake to leave France and not to remain after that\n"
            "date.\nJe soussignée Awa SY, née le 02/03/2001, m'engage à quitter la France.\nDate : 04.05.2026")
    assert _values(DocType.DEPARTURE_COMMITMENT, text).get("signature_date") == date(2026, 5, 4)


def test_a_certified_copy_is_dated_by_its_certification() -> None:
    text = ("ACTE DE NAISSANCE - COPIE INTÉGRALE\nNOM : BA\nPrénoms : Oumar\nDressé le deux mai deux mille un.\n"
            "Pour copie conforme, Thiès, le 10.08.2026\nL'officier de l'état civil")
    assert _values(DocType.BIRTH_CERTIFICATE, text).get("issue_date") == date(2026, 8, 10)


def test_a_contract_s_term_its_reference_date_and_its_parties_in_columns() -> None:
    text = ("CONVENTION DE VOLONTARIAT\nConvention n° 12/2026 du 03/02/2026\n"
            "L'ASSOCIATION LE / LA VOLONTAIRE\nMaison des Possibles KOUASSI Aya Flora\n"
            "12 rue Haute, 35000 Rennes née le 04/04/2002 à Bouaké\n"
            "La présente convention est conclue pour une durée de dix (10) mois à compter du lundi 2 mars 2026.\n"
            "Article 2 - Missions\nLa volontaire accomplit la mission décrite dans la fiche jointe en annexe.\n"
            "FICHE MISSION\nDescriptif de la mission animer un atelier de français pour des personnes\n"
            "nouvellement arrivées\nLieu Rennes")
    got = _values(DocType.VOLUNTEER_CONTRACT, text)
    assert {k: got.get(k) for k in ("signature_date", "start_date", "end_date", "surname", "given_names", "mission")} == {
        "signature_date": date(2026, 2, 3), "start_date": date(2026, 3, 2), "end_date": date(2027, 1, 1),
        "surname": "KOUASSI", "given_names": "Aya Flora",
        "mission": "animer un atelier de français pour des personnes nouvellement arrivées"}


def test_a_term_whose_figures_and_words_disagree_gives_no_end() -> None:
    text = "CONTRAT\nLe contrat est conclu pour une durée de huit (9) mois à compter du 1er mars 2026."
    assert "end_date" not in _values(DocType.VOLUNTEER_CONTRACT, text)


@pytest.mark.parametrize(("length", "end"), [
    ("vingt (20) mois", date(2027, 10, 31)), ("twenty-four (24) months", date(2028, 2, 29)), ("un (1) an", date(2027, 2, 28)),
])
def test_a_term_in_words_and_figures(length: str, end: date) -> None:
    text = f"CONTRAT DE VOLONTARIAT\nLe contrat est conclu pour {length} à compter du 1er mars 2026."
    assert _values(DocType.VOLUNTEER_CONTRACT, text).get("end_date") == end


def test_two_name_labels_over_one_line_of_values_split_it() -> None:
    text = "COLOMBIA - ID\nie Surname / Nom 2. Names / Prénoms\nRAMOS ELENA\n3. Birth / Naissance\n22 FEB 2002"
    got = _values(DocType.PHOTO_ID, text)
    assert (got.get("surname"), got.get("given_names")) == ("RAMOS", "ELENA")


def test_a_host_named_whole_in_a_sentence_is_not_cut_at_its_letterhead_s_break() -> None:
    # the letterhead breaks the name over two lines; the body writes it whole on one line
    text = ("Maison des\nPonts Solidaires\n12 rue Basse, 69001 Lyon\n"
            "La structure Maison des Ponts Solidaires, dite « MPS », confirme que M. Ivo SANTOS sera accueilli.")
    assert _values(DocType.ACCEPTANCE_CERTIFICATE, text)["association"] == "Maison des Ponts Solidaires"


@pytest.mark.parametrize(("doc_type", "text", "field", "when"), [
    # an English registrar's or a host's "given ... this <ordinal> day of"
    (DocType.BIRTH_CERTIFICATE, "COPY OF AN ENTRY OF BIRTH\nDate of birth 4th May 2001\nGiven under my hand and the"
     " seal of the Office this 2nd day of April, 2026.", "issue_date", date(2026, 4, 2)),
    (DocType.ACCEPTANCE_CERTIFICATE, "CERTIFICATE OF ACCEPTANCE\nVolunteer SANTOS, Ivo\nGiven at Nantes this 21st"
     " day of January 2026.", "issue_date", date(2026, 1, 21)),
    # the issuing verb, its agent after a first "le", then the date after the second
    (DocType.NATIONALITY_CERTIFICATE, "CERTIFICAT DE NATIONALITÉ\nDélivré par le juge du tribunal le douze mars deux"
     " mille vingt-six.", "issue_date", date(2026, 3, 12)),
])
def test_an_issue_date_after_the_words_that_give_it(doc_type: DocType, text: str, field: str, when: date) -> None:
    assert _values(doc_type, text).get(field) == when


def test_an_issue_date_is_the_first_dated_le_after_its_verb_not_a_later_one() -> None:
    text = "CERTIFICAT DE NATIONALITÉ\nDélivré le 03/04/2020 à Rabat, expire le 03/04/2030."
    assert _values(DocType.NATIONALITY_CERTIFICATE, text).get("issue_date") == date(2020, 4, 3)


def test_a_register_entry_names_its_child_and_a_table_row_its_volunteer() -> None:
    got = _values(DocType.BIRTH_CERTIFICATE, "ENTRY OF BIRTH\n1. Name of child Ivo SANTOS\n2. Sex Male\n")
    assert (got.get("surname"), got.get("given_names")) == ("SANTOS", "Ivo")
    # a row captioned for the host over the volunteer's row: the volunteer's row is not the host's
    got = _values(DocType.ACCEPTANCE_CERTIFICATE, "CERTIFICATE OF ACCEPTANCE\nHost organisation Maison des Ponts\n"
                  "Volunteer SANTOS, Ivo\n")
    assert (got.get("surname"), got.get("given_names")) == ("SANTOS", "Ivo")


def test_an_issuer_after_by_and_a_registration_number_without_a_colon() -> None:
    got = _values(DocType.PASSPORT, "PASSPORT\nIssued on 2 May 2022 at Recife by: Federal Police\n")
    assert got.get("issuing_authority") == "Federal Police"
    got = _values(DocType.CONSULAR_CARD, "CARTE CONSULAIRE\nNom SANTOS\nImmatriculation QX40123\n")
    assert got.get("document_number") == "QX40123"


def test_a_printed_mail_names_its_addressee_and_its_sender_s_body() -> None:
    text = ("De : Jean Martin <contact@mps.org>\nObjet : votre accueil\nBonjour Ivo SANTOS,\nNous confirmons votre"
            " accueil comme volontaire.\nBien cordialement,\nLe secrétariat\nMaison des Ponts Solidaires\n"
            "12 rue Basse, 69001 Lyon\n")
    got = _values(DocType.ACCEPTANCE_CERTIFICATE, text)
    assert (got.get("surname"), got.get("given_names")) == ("SANTOS", "Ivo")
    assert got.get("association") == "Maison des Ponts Solidaires"


@pytest.mark.parametrize(("text", "names"), [
    # "Je, soussignée ...": the comma after the pronoun
    ("À qui de droit\nJe, soussignée Ana LIMA, née le 03/05/2001, m'engage à quitter la France.", ("LIMA", "Ana")),
    # a name in small letters, as a hand writes it, right before the writer's birth
    ("Moi, Ana Lima, née le 03/05/2001 à Huambo,\nje m'engage à rentrer chez moi.", ("Lima", "Ana")),
    # a sender column: the name stacked over two lines over the writer's particulars
    ("Ana\nLIMA\nNée le\n03/05/2001\nObjet : départ\nJe m'engage à quitter la France.", ("LIMA", "Ana")),
    # the writer's name over the writer's role
    ("LIMA Ana\nVolontaire accueillie par la Maison des Ponts\nJe m'engage à quitter la France.", ("LIMA", "Ana")),
])
def test_a_departure_letter_s_writer_however_named(text: str, names: tuple[str, str]) -> None:
    got = _values(DocType.DEPARTURE_COMMITMENT, text)
    assert (got.get("surname"), got.get("given_names")) == names, got


def test_a_departure_letter_dated_only_at_its_foot() -> None:
    text = ("ENGAGEMENT DE RETOUR\nAna LIMA\nVolontaire\nJe m'engage à regagner mon pays\nà la fin de ma mission\n"
            "et à ne pas rester en France.\nSignature\nREÇU\n14 MAI 2026\n")
    got = _values(DocType.DEPARTURE_COMMITMENT, text)
    assert got.get("signature_date") == date(2026, 5, 14), got


def test_an_authority_s_name_going_on_over_a_stamp_s_narrow_lines() -> None:
    text = ("PASSPORT\n8. Date of expiry 02 FEB 34 9. Authority / Autorité\nOFFICE NATIONAL DES\nPASSEPORTS ET DE\n"
            "L'ÉTAT CIVIL\nP<SENNDIAYE<<ABDOULAYE<<<<<<<<<<<<<<<<<<<<<<\n")
    assert _values(DocType.PASSPORT, text).get("issuing_authority") == "OFFICE NATIONAL DES PASSEPORTS ET DE L'ÉTAT CIVIL"


def test_a_birth_captioned_by_the_word_alone_before_its_date() -> None:
    text = "ENGAGEMENT DE DÉPART\nVolontaire M. Ivo SANTOS\nNaissance 14/02/2001, Luanda (Angola)\n"
    assert _values(DocType.DEPARTURE_COMMITMENT, text).get("date_of_birth") == date(2001, 2, 14)


def test_a_side_box_s_word_read_into_a_place_of_birth_is_left_out() -> None:
    text = ("COPY OF AN ENTRY OF BIRTH\nNo. 12 Born on 3 May 2001 in Porto\nBIRTH Novo: Ivo SANTOS, male, child of"
            " Rui Santos.\n")
    assert _values(DocType.BIRTH_CERTIFICATE, text).get("place_of_birth") == "Porto Novo"


def test_a_mission_listed_after_its_lead_in_and_a_heading_in_capitals_is_no_volunteer() -> None:
    text = ("VOLUNTEER PLACEMENT AGREEMENT\nMade with Ms Ana LIMA, born 3 May 2001.\n2. Missions confiées\n"
            "Le volontaire aura pour missions de :\n• tenir une épicerie solidaire\nde quartier ;\n• ranger le local ;\n")
    got = _values(DocType.VOLUNTEER_CONTRACT, text)
    assert "tenir une épicerie solidaire de quartier" in str(got.get("mission")), got
    assert (got.get("surname"), got.get("given_names")) == ("LIMA", "Ana")


@pytest.mark.parametrize(("doc_type", "text"), [
    (DocType.VOLUNTEER_CONTRACT, "CONTRAT\n1. Organisme d'accueil\nNom de l'organisme Maison des Ponts\n"
     "Adresse du siège 12 rue Basse, 69001 Lyon\n"),
    (DocType.APPROVAL_DECISION, "ATTESTATION D'AGRÉMENT\nLe Préfet du Rhône atteste que l'organisme :\nDénomination Maison"
     " des Ponts\nNuméro d'agrément 69-2023-11\n"),
])
def test_an_association_opening_a_row_after_its_caption(doc_type: DocType, text: str) -> None:
    got = _values(doc_type, text)
    assert got.get("association") == "Maison des Ponts", got
    if doc_type is DocType.APPROVAL_DECISION:
        assert got.get("authority") == "Le Préfet du Rhône"


def test_a_letter_that_says_my_name_is() -> None:
    got = _values(DocType.DEPARTURE_COMMITMENT, "To the Prefecture,\nMy name is Ana Lima. I promise that I will go back"
                  " to my country.\n")
    assert (got.get("surname"), got.get("given_names")) == ("Lima", "Ana")


def test_a_mission_cell_captioned_by_the_noun_and_its_participle() -> None:
    text = ("ACTE D'ENGAGEMENT\nMission confiée Tenir une épicerie solidaire pour les habitants\ndu quartier\n"
            "Nature Mission à caractère social\n")
    got = _values(DocType.VOLUNTEER_CONTRACT, text).get("mission")
    assert got == "Tenir une épicerie solidaire pour les habitants du quartier", got


def test_remarks_opening_a_sticker_s_row_in_capitals() -> None:
    assert _values(DocType.VISA, "VISA\nTYPE D\nREMARQUES ÉTUDIANT\n").get("remarks") == "ÉTUDIANT"


def test_the_approval_s_date_among_several_acts_on_a_page() -> None:
    text = ("RECUEIL DES ACTES\nArrêté n° 12 du 3 mars 2024 portant fermeture d'une route.\nArticle 1er - La route"
            " est fermée.\nArrêté n° 31 du 9\nmars 2024 portant agrément de l'association « Maison des Ponts ».\n")
    assert _values(DocType.APPROVAL_DECISION, text).get("decision_date") == date(2024, 3, 9)


def test_an_association_called_dite_between_quotes() -> None:
    text = "ARRÊTÉ\nArrêté portant agrément de l'association dite « Maison des Ponts » au titre du volontariat.\n"
    assert _values(DocType.APPROVAL_DECISION, text).get("association") == "Maison des Ponts"


def test_a_letter_dated_under_its_letterhead_s_address_and_signed_for_its_body() -> None:
    text = ("MAISON DES PONTS\n12 rue Basse, 69001 Lyon - France\n4 May 2026\nThe Consul General of France\n"
            "Dear Consul General,\nMr SANTOS Ivo has been accepted as a volunteer by our organisation.\n"
            "Yours sincerely,\nJean Martin\nPresident, Maison des Ponts\n")
    got = _values(DocType.ACCEPTANCE_CERTIFICATE, text)
    assert got.get("issue_date") == date(2026, 5, 4), got
    assert got.get("association") == "Maison des Ponts", got


def test_a_column_s_header_after_a_host_caption_is_no_association() -> None:
    text = ("Maison des Ponts\nFiche de confirmation d'accueil\nVolontaire Renseignements\nNom SANTOS\n"
            "Structure d'accueil Mission\nMaison des Ponts, 12 rue Basse, 69001 Lyon\n")
    assert _values(DocType.ACCEPTANCE_CERTIFICATE, text).get("association") != "Mission"


def test_a_body_named_organisme_denomme_between_quotes_and_a_file_s_pieces_are_no_part_of_its_name() -> None:
    text = ("DECISION PORTANT AGREMENT\nVu le dossier déposé par l'organisme Maison des Ponts et les pièces qui\n"
            "l'accompagnent ;\nDÉCIDE\nArticle 1 : L'organisme dénommé « Maison des Ponts », dont le siège est situé"
            " 12 rue Basse, 69001 Lyon, est agréé.\n")
    assert _values(DocType.APPROVAL_DECISION, text).get("association") == "Maison des Ponts"
    text = "DECISION\nVu la demande présentée par l'association Maison des Ponts et les pièces jointes ;\n"
    assert _values(DocType.APPROVAL_DECISION, text).get("association") == "Maison des Ponts"


def test_a_letter_dated_in_its_signatures_table_under_the_date_s_caption() -> None:
    text = ("Déclaration d'engagement du volontaire\nJe soussignée Ana LIMA, née le 08/11/2001, m'engage sur l'honneur"
            " à quitter le territoire français à l'issue de mon contrat de volontariat.\n"
            "Date Le volontaire : LIMA Ana\n27/11/2025\n")
    assert _values(DocType.DEPARTURE_COMMITMENT, text).get("signature_date") == date(2025, 11, 27)


# Sixth development batch (dev_kiosk, dev_acts6, dev_assoc6, dev_letters6): what the reader learnt from it, each in a
# wording of our own.
_REGISTRY_ACT = ("ETAT CIVIL DE KINDIA\nCOPIE INTEGRALE D'ACTE DE NAISSANCE\nLE DOUZE MAI DEUX MILLE UN, EST NEE A KINDIA"
                 " UNE ENFANT DE SEXE FEMININ, PRENOMMEE AWA BINTA, NOM CAMARA, FILLE DE SEKOU CAMARA, CULTIVATEUR.\n"
                 "DRESSE LE QUINZE MAI DEUX MILLE UN.\n")
_LIVE_BIRTH = ("CERTIFICATE OF LIVE BIRTH\nCERTIFIED COPY OF THE ORIGINAL RECORD\n1. NAME OF CHILD (First)\nAwa\n(Middle)\n"
               "Binta\n(Last)\nCAMARA\n2. SEX\nFEMALE\n3. DATE OF BIRTH (Month/Day/Year)\n05/12/2001\n"
               "5a. PLACE OF BIRTH - City, Town or Location\nKindia\n6. NAME OF FATHER\nSekou CAMARA\n")
_FORM_ACT = ("COPIE INTÉGRALE D'ACTE DE NAISSANCE\nNom ........ CAMARA\nPrénom(s) ........ Awa\n"
             "Déclarant ........ le père, le 15/05/2001\nKindia, le 03/06/2026\nL'officier de l'état civil\n")


@pytest.mark.parametrize(("text", "want"), [
    pytest.param(_REGISTRY_ACT, {"surname": "CAMARA", "given_names": "AWA BINTA", "place_of_birth": "KINDIA",
                                 "date_of_birth": date(2001, 5, 12)}, id="registry-sentence"),
    pytest.param(_LIVE_BIRTH, {"surname": "CAMARA", "given_names": "Awa Binta", "date_of_birth": date(2001, 5, 12),
                               "place_of_birth": "Kindia", "copy_kind": "full_copy"}, id="live-birth-boxes"),
    pytest.param("ACTE DE NAISSANCE\nNom : Awa Binta CAMARA\nDate de naissance : 12/05/2001\n",
                 {"surname": "CAMARA", "given_names": "Awa Binta"}, id="whole-name-under-nom"),
    pytest.param(_FORM_ACT, {"issue_date": date(2026, 6, 3)}, id="a-box-with-leaders-is-no-dated-header"),
])
def test_a_birth_certificate_read_as_its_registry_writes_it(text: str, want: dict[str, object]) -> None:
    got = _values(DocType.BIRTH_CERTIFICATE, text)
    assert {k: got.get(k) for k in want} == want, got


def test_a_sticker_s_date_of_issue_under_a_bare_le_below_its_place() -> None:
    text = ("VISA FRA 081985248\nTYPE DE VISA\nD\nDELIVRE A\nCONAKRY\nLE\n03 JUL 2026\nNUMERO DE PASSEPORT\nTY040287\n")
    assert _values(DocType.VISA, text).get("issue_date") == date(2026, 7, 3)


def test_a_contract_s_mission_consists_in_after_an_objet_article_naming_the_engagement() -> None:
    text = ("CONTRAT DE VOLONTARIAT\nArticle 1 - Objet\nLe présent contrat définit les conditions dans lesquelles le "
            "Volontaire accomplit une mission de volontariat.\nArticle 2 - Mission confiée\nLa volontaire est affectée à "
            "Lyon. Sa mission consiste à animer un atelier de couture solidaire. Elle rend compte à son tuteur.\n")
    assert _values(DocType.VOLUNTEER_CONTRACT, text).get("mission") == "animer un atelier de couture solidaire"


def test_the_signatory_under_a_bilingual_signing_caption_is_no_association() -> None:
    text = ("CONTRAT DE VOLONTARIAT / VOLUNTEERING CONTRACT\nMaison des Ponts, association régie par la loi de 1901, "
            "représentée par Jean Martin,\net / and Mme Awa CAMARA.\nFait à / Done at Lyon, le / on 11/06/2026\n"
            "Pour l'association / For the association\nJean Martin\nLe volontaire / The volunteer\nAwa CAMARA\n")
    assert _values(DocType.VOLUNTEER_CONTRACT, text).get("association") == "Maison des Ponts"


@pytest.mark.parametrize(("text", "want"), [
    pytest.param("ARRÊTÉ portant agrément\nVu l'arrêté préfectoral du 3 février 2023 portant délégation de signature ;\n"
                 "Article 1er : L'association Maison des Ponts est agréée.\nFait à Lyon, le 20 novembre 2023\n",
                 date(2023, 11, 20), id="an-act-a-vu-clause-cites"),
    pytest.param("Madame la Présidente,\nJ'ai l'honneur de vous informer que, par arrêté du préfet de la région "
                 "Auvergne-Rhône-Alpes en date du 24 novembre 2023, l'agrément a été accordé à votre association.\n"
                 "Lyon, le 5 décembre 2023\n", date(2023, 11, 24), id="en-date-du"),
])
def test_an_approval_s_date_is_the_approving_act_s(text: str, want: date) -> None:
    assert _values(DocType.APPROVAL_DECISION, text).get("decision_date") == want


def test_the_body_in_a_table_whose_first_column_is_the_approval_s_number() -> None:
    text = ("Décision du 13 juin 2024\nArt. 1er. - L'agrément est accordé au profit de l'organisme désigné ci-dessous :\n"
            "N° d'agrément Organisme bénéficiaire Siège Nature\nARA-069-23-00011-00 Maison des Ponts 12 rue Basse, 69001 "
            "Lyon agrément\n")
    got = _values(DocType.APPROVAL_DECISION, text)
    assert got.get("association") == "Maison des Ponts", got


def test_a_name_written_without_capitals_is_turned_by_its_other_order_on_the_letter() -> None:
    text = ("Văn Minh Nguyễn\nAttestation sur l'honneur\nJe soussigné Nguyễn Văn Minh, né le 17.03.2001 à Huế, "
            "m'engage à quitter la France à la fin de mon contrat de volontariat.\n")
    got = _values(DocType.DEPARTURE_COMMITMENT, text)
    assert (got.get("surname"), got.get("given_names")) == ("Nguyễn", "Văn Minh"), got


def test_the_body_that_has_accepted_the_volunteer_in_an_english_letter() -> None:
    text = ("Lyon, 15th May 2026\nDear Sir or Madam,\nI am pleased to confirm that Maison des Ponts has accepted "
            "Ms Awa CAMARA as a volunteer.\nYours faithfully,\nJean Martin\n")
    assert _values(DocType.ACCEPTANCE_CERTIFICATE, text).get("association") == "Maison des Ponts"


def test_a_signature_read_as_two_letters_under_le_volontaire_is_no_name() -> None:
    text = ("ACTE D'ENGAGEMENT DE VOLONTARIAT\nL'association Maison des Ponts engage en qualité de volontaire M.\n"
            "Ivo SANTOS, né le vingt mars deux mille cing à Praia.\nFait à Lyon, le 3 mai 2026.\nLe volontaire\nCd\n")
    got = _values(DocType.VOLUNTEER_CONTRACT, text)
    assert got.get("surname") == "SANTOS", got
    assert got.get("date_of_birth") == date(2005, 3, 20), got  # "cing": OCR's "cinq", never the year 2000


def test_a_notice_to_votre_association_addressed_to_its_name_over_its_town() -> None:
    text = ("PRÉFET DU RHÔNE\nMadame la Présidente\nMaison des Ponts\nLyon\nLyon, le 9 avril 2023\n"
            "Madame la Présidente,\nJ'ai l'honneur de vous informer que l'agrément a été accordé à votre association.\n")
    assert _values(DocType.APPROVAL_DECISION, text).get("association") == "Maison des Ponts"


def test_a_numbered_heading_under_the_volunteer_s_caption_is_no_name() -> None:
    text = ("VOLUNTEERING AGREEMENT\nbetween Maison des Ponts, the Host, and Ivo SANTOS, born on 3 May 1999 in Praia, the\n"
            "Volunteer.\n1. Assignment\nThe Volunteer joins the team in Lyon.\n")
    got = _values(DocType.VOLUNTEER_CONTRACT, text)
    assert (got.get("surname"), got.get("given_names")) == ("SANTOS", "Ivo"), got


# The seventh development batch (dev_letters7, dev_hosts7, dev_stickers7): dates where letters and stickers put them.
@pytest.mark.parametrize(("doc_type", "text", "field", "want"), [
    pytest.param(DocType.DEPARTURE_COMMITMENT, "Objet : mon retour\nLe 3 mars 2026, je soussignée Awa CAMARA, née le "
                 "12/05/2001, m'engage à quitter la France à la fin de mon contrat de volontariat, le 30/06/2027.\n",
                 "signature_date", date(2026, 3, 3), id="date-opening-the-first-sentence"),
    pytest.param(DocType.DEPARTURE_COMMITMENT, "Mardi 3 mars 2026\nJe, Awa CAMARA, m'engage sur l'honneur à quitter la "
                 "France à la fin de mon contrat de volontariat (30 juin 2027).\n", "signature_date", date(2026, 3, 3),
                 id="weekday-on-top"),
    pytest.param(DocType.DEPARTURE_COMMITMENT, "Awa CAMARA\nVolunteer, Maison des Ponts\n3rd of March 2026\nUNDERTAKING "
                 "TO RETURN HOME\nI, Awa CAMARA, undertake to leave France at the end of my volunteering contract.\n",
                 "signature_date", date(2026, 3, 3), id="ordinal-under-the-sender"),
    pytest.param(DocType.ACCEPTANCE_CERTIFICATE, "Maison des Ponts\nLyon, le mardi 3 mars 2026\nATTESTATION DE PRISE EN "
                 "CHARGE\nNotre association accueille Mme Awa CAMARA comme volontaire.\n", "issue_date", date(2026, 3, 3),
                 id="dated-header-with-weekday"),
    pytest.param(DocType.ACCEPTANCE_CERTIFICATE, "Maison des Ponts\nLyon, 3 de março de 2026 / le 3 mars 2026\nCARTA DE "
                 "ACOLHIMENTO / LETTRE D'ACCUEIL\n", "issue_date", date(2026, 3, 3), id="dated-header-in-two-languages"),
    pytest.param(DocType.VISA, "VISA FRA 081985248\nType of visa D\nIssued in DAKAR\nOn 17 JUN 2026\nPassport number "
                 "A1234567\n", "issue_date", date(2026, 6, 17), id="issued-in-then-on"),
])
def test_dates_where_letters_and_stickers_put_them(doc_type: DocType, text: str, field: str, want: date) -> None:
    assert _values(doc_type, text).get(field) == want


def test_a_zone_line_under_the_remarks_caption_is_no_remark() -> None:
    text = ("VISA FRA 495654105\nVLS-TS VOLONTAIRE\nREMARQUES / REMARKS\nV<FRAPHAM<<QUOC<BAO<<<<<<<<<<<<<<<<<<<<<<<<<\n"
            "4956541053VNM0703172M2704092<<<<<<<<<<<<<<<<\n")
    assert "<" not in str(_values(DocType.VISA, text).get("remarks", ""))


def test_a_stickers_values_printed_over_their_captions() -> None:
    # each value on the line above its caption, the zone right after the last caption
    text = ("RÉPUBLIQUE FRANÇAISE\nSCHENGEN\nVALABLE POUR / VALID FOR\n04.02.2027\nDU / FROM\n03.02.2028\n"
            "AU / UNTIL\nD\nTYPE DE VISA / TYPE OF VISA\n02\nNOMBRE D'ENTREES / NUMBER OF ENTRIES\n"
            "ALGER\nDELIVRE A / ISSUED IN\n15.01.2027\nLE / ON\nXK9931205\nN° DU PASSEPORT / PASSPORT NUMBER\n"
            "VLS-TS SERVICE CIVIQUE\nREMARQUES / REMARKS\nVDFRAHADDAD<<SALIMA<<<<<<<<<<<<<<<<<<<<<<<<<\n")
    got = _values(DocType.VISA, text)
    assert got["valid_from"] == date(2027, 2, 4)
    assert got["valid_until"] == date(2028, 2, 3)
    assert got["issue_date"] == date(2027, 1, 15)
    assert got["entries"] == "02"
    assert got["passport_number"] == "XK9931205"
    assert str(got["remarks"]).startswith("VLS-TS")


def test_captions_over_their_values_are_not_turned_round() -> None:
    # the usual order, a header above the first caption and an empty last box before the zone: values stay
    # with the caption above them
    text = ("VISA\nDU / FROM\n04.02.2027\nAU / UNTIL\n03.02.2028\nNOMBRE D'ENTREES / NUMBER OF ENTRIES\nMULT\n"
            "LE / ON\n15.01.2027\nREMARQUES / REMARKS\nVDFRAHADDAD<<SALIMA<<<<<<<<<<<<<<<<<<<<<<<<<\n")
    got = _values(DocType.VISA, text)
    assert got["valid_from"] == date(2027, 2, 4)
    assert got["valid_until"] == date(2028, 2, 3)
    assert got["entries"] == "MULT"
    assert got["issue_date"] == date(2027, 1, 15)


def _visa_read(text: str) -> dict[str, object]:
    from docscheck.understand import understand
    page = Page(1, text, TextSource.OCR)
    ft = FileText(path="/d/visa.pdf", relpath="visa.pdf", kind="pdf", sha256="0", size=1, pages=(page,), page_count=1)
    return {k: f.value for k, f in understand(ft, today=date(2027, 3, 1)).fields.items()}


def test_a_visas_first_day_beside_the_last_day_its_zone_verifies() -> None:
    from synth.zones import mrv
    zone = "\n".join(mrv("MRVA", "FRA", "HADDAD", "SALIMA", "093315520", "DZA", date(1999, 6, 2), "F",
                         date(2028, 2, 3)))
    # a scanned grid: OCR lost the row of captions over "from" and "until", kept the values
    row = "VISA FRA 093315520\nFRANCE 04.02.2027 03.02.2028\nD MULT 365 JOURS\n"
    got = _visa_read(row + zone + "\n")
    assert got["valid_until"] == date(2028, 2, 3)
    assert got["valid_from"] == date(2027, 2, 4)
    # the same two dates said of the issue are no first day: better none than a wrong one
    issued = "VISA FRA 093315520\nDELIVRE LE 04.02.2027 03.02.2028\n"
    assert "valid_from" not in _visa_read(issued + zone + "\n")
    # nor two dates further apart than a visa runs
    far = "VISA FRA 093315520\nFRANCE 04.02.2025 03.02.2028\n"
    assert "valid_from" not in _visa_read(far + zone + "\n")


def test_a_visas_first_day_whose_caption_ocr_lost_is_found_by_the_stays_length() -> None:
    """"Du" read as "pu": the date under it is taken only because it is the very day the stay's length ("270
    jours") puts before the last day the zone verifies; another date (the issue, an entry stamp) never is."""
    from synth.zones import mrv
    zone = "\n".join(mrv("MRVA", "FRA", "HADDAD", "SALIMA", "093315520", "DZA", date(1999, 6, 2), "F",
                         date(2027, 9, 20)))
    sticker = ("VISA FRA\nValable pour\nFRANCE\npu\n25/12/2026\nType\nD\nDurée du séjour\n270 jours\n"
               "Délivré à\nORAN\nle\n18/12/2026\nENTREE 04.01.27\n")
    got = _visa_read(sticker + zone + "\n")
    assert got["valid_from"] == date(2026, 12, 25)
    # the length pointing at a day the sticker does not print: no first day rather than a reckoned one
    assert "valid_from" not in _visa_read(sticker.replace("25/12/2026", "26/12/2026") + zone + "\n")


def test_a_grid_of_values_over_rows_of_captions_read_row_by_row() -> None:
    # a scanned sticker read by OCR row by row: each row of values over the row of its captions, table rules
    # read as "|"; "du" inside "N° du passeport" no first day of validity
    text = ("VISA FRA 093315520\n| D | 02 | 180 JOURS\n"
            "TYPE DE VISA / TYPE OF VISA NOMBRE D'ENTREES / NUMBER OF ENTRIES DUREE DE SEJOUR / DURATION OF STAY\n"
            "| ORAN 15.01.2027 | XK9931205\n"
            "DELIVRE A / ISSUED IN LE / ON N° DU PASSEPORT / PASSPORT NUMBER\n|\n"
            "HADDAD SALIMA\nNOM, PRENOMS / SURNAME, NAME\n| VLS-TS SERVICE CIVIQUE\nREMARQUES / REMARKS\n"
            "VDFRAHADDAD<<SALIMA<<<<<<<<<<<<<<<<<<<<<<<<<\n")
    got = _values(DocType.VISA, text)
    assert got["passport_number"] == "XK9931205"
    assert got["entries"] == "02"
    assert got["duration_days"] == 180
    assert str(got["remarks"]).startswith("VLS-TS")
    assert got.get("valid_from") != date(2027, 1, 15)


def test_a_sticker_that_numbers_its_boxes_instead_of_captioning_them() -> None:
    # "(n)" for each box, in the uniform sticker's order; the values on the line below their numbers
    text = ("VISA 093315520\n(1)\nFRANCE\n(2) (3)\n04.02.2027 03.02.2028\n(4) (5) (6)\nD 02 180 JOURS\n"
            "(7) (8)\nORAN 15.01.2027\n(9)\nXK9931205\n(10)\nHADDAD, SALIMA\n(11)\nVLS-TS SERVICE CIVIQUE\n")
    got = _values(DocType.VISA, text)
    assert got["passport_number"] == "XK9931205"
    assert got["issue_date"] == date(2027, 1, 15)
    assert str(got["remarks"]).startswith("VLS-TS")
    assert got["duration_days"] == 180
    # a number or two alone are no such sticker: nothing is made of them
    assert "passport_number" not in _values(DocType.VISA, "VISA 093315520\n(3)\nFRANCE\n(9)\nXK9931205\n")


def test_a_column_of_captions_read_before_the_column_of_their_values() -> None:
    # a photographed sticker whose captions stand in a column left of their values: OCR reads every caption,
    # then every value, in the same order (development shape passport_visa_photo, seed 9101)
    captions = ["Valid for", "From", "Until", "Type of visa", "Number of entries", "Duration of stay", "Issued in",
                "On", "Passport number", "Surname, name", "Remarks"]
    values = ["FRANCE", "04 FEB 2027", "03 FEB 2028", "D", "MULT", "365 DAYS", "ORAN", "15 JAN 2027", "XK9931205",
              "HADDAD, SALIMA", "VLS-TS SERVICE CIVIQUE"]
    got = _values(DocType.VISA, "\n".join(["VISA FRA", *captions, *values, "No 093315520"]))
    assert got["valid_from"] == date(2027, 2, 4)
    assert got["valid_until"] == date(2028, 2, 3)
    assert got["entries"] == "MULT"
    assert got["duration_days"] == 365
    assert got["passport_number"] == "XK9931205"
    assert str(got["remarks"]).startswith("VLS-TS")
    # a value lost from the column (OCR missed "MULT"): the values no longer fit their captions, none is paired
    shifted = _values(DocType.VISA, "\n".join(["VISA FRA", *captions, *[v for v in values if v != "MULT"]]))
    assert shifted.get("entries") != "365 DAYS" and shifted.get("duration_days") != 15
    assert shifted.get("passport_number") != "HADDAD, SALIMA"


def test_a_name_read_with_figures_or_signs_is_no_name() -> None:
    # a name handwritten on a form's dotted line, OCR'd with a figure and a cent sign (development shape
    # contract_pages, seed 9100): no given names rather than a wrong one, which the checklist took for another person
    text = ("CONTRAT D'ENGAGEMENT DE VOLONTARIAT\nNom : ........ TCHINDA ......\nPrénoms : ........ 9erg¢. Amaud......\n"
            "Article 1 - Objet\nLe volontaire accompagne des personnes isolées.\n")
    got = _values(DocType.VOLUNTEER_CONTRACT, text)
    assert "given_names" not in got
    clean = _values(DocType.VOLUNTEER_CONTRACT, text.replace("9erg¢. Amaud", "Serge Arnaud"))
    assert clean["given_names"] == "Serge Arnaud"
    # letters written with combining marks (Yoruba's dot below and tone mark over one vowel) are a name's letters
    yoruba = _values(DocType.VOLUNTEER_CONTRACT, text.replace("9erg¢. Amaud", "Olúṣẹ́gun"))
    assert yoruba["given_names"] == "Olúṣẹ́gun"
    # a short given name in a table's cell that OCR left as one small letter is no name either
    cell = _values(DocType.BIRTH_CERTIFICATE, "ACTE DE NAISSANCE\nNom de famille SENE\nPrénom(s) i\nSexe F\n")
    assert cell.get("surname") == "SENE" and "given_names" not in cell, cell


def test_a_first_day_read_on_the_last_day_the_zone_verified_is_read_again_beside_it() -> None:
    # captions in three languages over one row of values (development shape merged_pdf, seed 9104): the row's
    # last date was taken for the first day too; a first day on or after the verified last day is no first day
    from synth.zones import mrv
    zone = "\n".join(mrv("MRVA", "FRA", "HADDAD", "SALIMA", "093315520", "DZA", date(1999, 6, 2), "F",
                         date(2028, 2, 3)))
    rows = ("VISA FRANCE\nVALABLE POUR DU AU\nVALID FOR FROM UNTIL\nGÜLTIG FUR vom BIS\n"
            "FRANCE 04 FEV/FEB 2027 03 FEV/FEB 2028\nTYPE NOMBRE D'ENTRÉES DURÉE DU SÉJOUR\n"
            "TYPE NUMBER OF ENTRIES DURATION OF STAY\nD MULT 365 JOURS\n")
    got = _visa_read(rows + zone + "\n")
    assert got["valid_until"] == date(2028, 2, 3)
    assert got["valid_from"] == date(2027, 2, 4)


def test_captions_followed_by_their_translation_without_a_mark_and_issue_dates_in_other_languages() -> None:
    # each caption in French, then in English in small letters, its value on the line below
    sticker = ("VISA\nDÉLIVRÉ À issued in\nDAKAR\nLE on\n02 MARS 2026\nREMARQUES remarks\nVLS-TS SERVICE CIVIQUE\n")
    got = _values(DocType.VISA, sticker)
    assert (got.get("issue_date"), got.get("remarks")) == (date(2026, 3, 2), "VLS-TS SERVICE CIVIQUE"), got
    # a Brazilian passport's and a Vietnamese card's own words for the day of issue
    assert _values(DocType.PASSPORT, "PASSAPORTE\nData de expedição\n05.03.2024\n")["issue_date"] == date(2024, 3, 5)
    assert _values(DocType.PHOTO_ID, "CĂN CƯỚC\nNgày cấp\n17 08 2023\n")["issue_date"] == date(2023, 8, 17)


@pytest.mark.parametrize("title", [
    "Arrêté n° 2026-114 portant agrément d'une\nassociation",  # the title wrapping before its last word
    "Décision portant agrément d'une association",
])
def test_a_title_naming_an_association_in_general_labels_no_name(title: str) -> None:
    """"... d'une association" is what the act is about, not a caption: the line under it (who decides) is no
    association's name; the body the act approves, named in its article, is."""
    text = (f"RÉPUBLIQUE FRANÇAISE\n{title}\nLe Préfet de la Sarthe,\nVu la demande de l'association ;\n"
            "ARRÊTE\nArticle 1er : L'association « Les Vergers Partagés » est agréée.\nFait au Mans, le 3 mai 2024")
    assert _values(DocType.APPROVAL_DECISION, text).get("association") == "Les Vergers Partagés"
    # a box's value "A" in capitals ends its line before the next box's caption: no article
    assert _values(DocType.PASSPORT, "PASSEPORT\nType A\nSurname\nDIALLO\nGiven names\nAwa")["surname"] == "DIALLO"


def test_a_contract_signed_online_is_signed_when_its_last_party_signed() -> None:
    """A signing platform's certificate lists each signature with its day and time, the association's first: the
    contract is signed on the last one, whatever order the list takes."""
    text = ("CONTRAT DE VOLONTARIAT\nEntre Les Vergers Partagés et Kofi MENSAH, né le 02/02/1999 à Kumasi.\n"
            "Le contrat prend effet le 01/09/2026 et prend fin le 31/05/2027.\n"
            "Certificat de signature électronique\n"
            "Signataire : Anne ROLLAND, pour Les Vergers Partagés\nSigné le 02/03/2026 à 09:12:05 (UTC+01:00)\n"
            "Signataire : Kofi MENSAH\nSigné le 04/03/2026 à 21:07:33 (UTC+01:00)\n")
    assert _values(DocType.VOLUNTEER_CONTRACT, text)["signature_date"] == date(2026, 3, 4)


@pytest.mark.parametrize("made", [
    "Le présent contrat est conclu le 3 mars 2026 entre Les Vergers Partagés et Kofi MENSAH.",
    "This Agreement is entered into this 3rd day of March 2026 by Les Vergers Partagés and Kofi MENSAH.",
])
def test_a_contract_dated_by_the_day_it_is_made(made: str) -> None:
    """No place-and-date line at the foot: the opening sentence says the day the contract is made."""
    text = f"CONTRAT DE VOLONTARIAT\n{made}\nIl prend effet le 01/09/2026 et prend fin le 31/05/2027.\n"
    assert _values(DocType.VOLUNTEER_CONTRACT, text)["signature_date"] == date(2026, 3, 3)


def test_a_host_heading_in_capitals_is_no_part_of_the_name_under_it() -> None:
    text = ("CONVENTION DE VOLONTARIAT\nLA STRUCTURE D'ACCUEIL\nLes Vergers Partagés\n12 rue Haute, 72000 Le Mans\n"
            "LE VOLONTAIRE\nKofi MENSAH, né le 02/02/1999 à Kumasi\n")
    assert _values(DocType.VOLUNTEER_CONTRACT, text)["association"] == "Les Vergers Partagés"


def test_a_mission_under_a_section_sign_heading_runs_on_past_a_colon_mid_sentence() -> None:
    """"§ 2 - Mission" over a paragraph whose sentence wraps on a line holding a colon ("... d'utilité sociale et" /
    "solidaire : tenir ..."): the lower-case line carries the sentence on, it is no label."""
    text = ("CONVENTION DE VOLONTARIAT\n§ 1 - Parties\nLes Vergers Partagés et Kofi MENSAH.\n§ 2 - Mission\n"
            "Le volontaire mène une action d'utilité sociale et\nsolidaire : tenir une épicerie de quartier.\n"
            "§ 3 - Durée\nSix mois.")
    assert _values(DocType.VOLUNTEER_CONTRACT, text)["mission"] == (
        "Le volontaire mène une action d'utilité sociale et solidaire : tenir une épicerie de quartier")


def test_a_signing_table_with_a_row_per_party_dates_the_contract_by_the_volunteers_row() -> None:
    text = ("VOLUNTEER AGREEMENT\nThe placement runs from 1 September 2026 to 31 May 2027.\n"
            "Party Name Signature Date\nFor the Host Anne ROLLAND 02/03/2026\nThe Volunteer Kofi MENSAH 04/03/2026\n")
    assert _values(DocType.VOLUNTEER_CONTRACT, text)["signature_date"] == date(2026, 3, 4)


def test_a_form_with_dotted_leaders_filled_in_gives_its_values() -> None:
    """A printed form's rows, each caption, a leader and the value written in ("Date de fin ...... 9/10/26"): the
    leader ends the caption as a colon would; a short date alone in its box is read because the caption says it is
    one; a value's second line goes on under the dotted line drawn beneath its first."""
    dots = "." * 40
    text = "\n".join([
        "CONTRAT D'ENGAGEMENT DE VOLONTARIAT", "3. MISSION",
        f"Nature de la mission {dots} tenir la permanence d'une épicerie", dots, "solidaire de quartier",
        f"Caractère {dots} social", "Date de début", dots, "2/11/26", f"Date de fin {dots} 1/8/27"])
    values = _values(DocType.VOLUNTEER_CONTRACT, text)
    assert values["mission"] == "tenir la permanence d'une épicerie solidaire de quartier"
    assert (values["start_date"], values["end_date"]) == (date(2026, 11, 2), date(2027, 8, 1))


def test_short_dates_written_by_hand_where_a_caption_or_a_dated_header_says_they_are_dates() -> None:
    """"Tours, le 7/01/26" heading a letter and "née le 5/09/98 à Kayes": a one-digit day and a two-digit year,
    which running text never reads as a date, are read where the words around them say they are one."""
    text = ("Mariam KONATÉ\nTours, le 7/01/26\nEngagement sur l'honneur\nJe soussignée Mariam KONATÉ, née le 5/09/98 à "
            "Kayes (Mali), m'engage à quitter la France à la fin de ma mission.\nSignature")
    values = _values(DocType.DEPARTURE_COMMITMENT, text)
    assert (values["signature_date"], values["date_of_birth"]) == (date(2026, 1, 7), date(1998, 9, 5))
    signed = _values(DocType.VOLUNTEER_CONTRACT, "CONTRAT DE VOLONTARIAT\nFait à Tours le 2/09/26\nPour l'association")
    assert signed["signature_date"] == date(2026, 9, 2)
    # a reference written like one is still no date in a sentence
    assert "signature_date" not in _values(DocType.DEPARTURE_COMMITMENT, "Dossier 7/01/26 transmis.\nSignature")


def test_a_signing_table_whose_rows_ocr_split_is_dated_by_its_last_date() -> None:
    """OCR put the party's heading on a line of its own, the name and date under it: the rows no longer say who is
    the volunteer, and the contract is signed once both have signed, on the later date."""
    text = ("VOLUNTEER AGREEMENT\nName Signature “Date\nFor the Host\nAnne ROLLAND 02/03/2026\nNE\n"
            "Kofi MENSAH 05/03/2026\nAgreement - page 2 of 2")
    assert _values(DocType.VOLUNTEER_CONTRACT, text)["signature_date"] == date(2026, 3, 5)


def test_a_registry_act_naming_the_child_with_marks_folding_leaves() -> None:
    """"prénommé Ayọ̀dèjì, nom de famille ADEYEMI": a dot below and a grave accent on one letter leave a combining
    mark once folded; the name is still read."""
    text = ("COPIE INTÉGRALE D'ACTE DE NAISSANCE\nLe deux mars deux mille quatre (02/03/2004) est né à Ibadan un enfant "
            "de sexe masculin, prénommé\nAyọ̀dèjì, nom de famille ADEYEMI,\nde Tunde ADEYEMI, commerçant.")
    values = _values(DocType.BIRTH_CERTIFICATE, text)
    assert (values["surname"], values["given_names"]) == ("ADEYEMI", "Ayọ̀dèjì")


@pytest.mark.parametrize("stamp", ["2026-03-04T21:07:33Z", "04 Mar 2026 | 21:07 GMT+1"])
def test_a_platform_s_time_stamps_as_iso_or_with_a_bar_date_the_signatures(stamp: str) -> None:
    """An English platform stamps each party's block "Signed: 2026-03-04T21:07:33Z" (or "04 Mar 2026 | 21:07"): the
    last of them dates the contract."""
    host = stamp.replace("04", "02", 1)  # the host signed two days before
    text = ("VOLUNTEER SERVICE AGREEMENT\nBetween Les Vergers Partagés and Kofi MENSAH, born on 2 February 1999.\n"
            f"HOST\nSignature: Anne ROLLAND\nSigned: {host}\nVOLUNTEER\nSignature: Kofi MENSAH\nSigned: {stamp}\n")
    assert _values(DocType.VOLUNTEER_CONTRACT, text)["signature_date"] == date(2026, 3, 4)


def test_a_form_s_signing_table_with_three_parties_gives_the_volunteer_s_date() -> None:
    """A federation's form: the parties are the table's columns (volunteer, host, federation), its rows name, date and
    signature; the volunteer's column holds the contract's date, whatever the others signed before."""
    text = ("CONTRAT DE VOLONTARIAT\nAssociation membre : Les Vergers Partagés\nNom : MENSAH\nPrénom(s) : Kofi\n"
            "5. Signatures\nLa structure d'accueil Le/la volontaire La fédération\n"
            "Nom Anne ROLLAND Kofi MENSAH Le délégué\nDate 02/03/2026 04/03/2026 27/02/2026\nSignature\n")
    assert _values(DocType.VOLUNTEER_CONTRACT, text)["signature_date"] == date(2026, 3, 4)


def test_a_form_s_period_captioned_du_over_au_on_two_lines() -> None:
    text = "CONTRAT DE VOLONTARIAT\nNom : MENSAH\n4. Durée\nDu : 01/09/2026\nAu : 31/05/2027\n"
    got = _values(DocType.VOLUNTEER_CONTRACT, text)
    assert (got["start_date"], got["end_date"]) == (date(2026, 9, 1), date(2027, 5, 31))


def test_a_member_association_caption_and_no_form_title_taken_for_the_host() -> None:
    """"Association membre :" captions the host on a federation's form; "à remplir par la structure d'accueil" ending
    a line does not make the form's title under it the host's name."""
    head = ("FÉDÉRATION DES CENTRES SOCIAUX\nFormulaire à remplir par la structure d'accueil\n"
            "CONTRAT DE VOLONTARIAT - VOLONTAIRE ÉTRANGER\n")
    got = _values(DocType.VOLUNTEER_CONTRACT, head + "Association membre : Les Vergers Partagés\nNom : MENSAH\n")
    assert got["association"] == "Les Vergers Partagés"
    assert _values(DocType.VOLUNTEER_CONTRACT, head + "Nom : MENSAH\n").get("association") != (
        "CONTRAT DE VOLONTARIAT - VOLONTAIRE ÉTRANGER")


def test_a_mission_section_of_captioned_rows_gives_its_fullest_description() -> None:
    text = ("CONTRAT DE VOLONTARIAT\n3. Mission\nIntitulé : tenir une épicerie solidaire…\n"
            "Description : tenir une épicerie solidaire pour des familles en situation de précarité\n4. Durée\n")
    assert _values(DocType.VOLUNTEER_CONTRACT, text)["mission"] == (
        "tenir une épicerie solidaire pour des familles en situation de précarité")


def test_a_caption_s_translation_in_another_tongue_is_no_value() -> None:
    """"Surname / Họ" and "Given names / Chữ đệm và tên": the caption's translation ends the line, the value is under it; a
    value ending on the next box's caption in that tongue ("HUẾ Giới tính / Sex: M") stops before it."""
    text = ("CERTIFICATE OF NATIONALITY\nSerial No. C696853\nPhotograph\nSurname / Họ\nĐẶNG\nGiven names / Chữ đệm và tên\nVăn Minh\n"
            "Place of birth / Nơi sinh\nHuế\n")
    got = _values(DocType.NATIONALITY_CERTIFICATE, text)
    assert (got["surname"], got["given_names"], got["place_of_birth"]) == ("ĐẶNG", "Văn Minh", "Huế")
    page = "PASSPORT\nNơi sinh / Place of birth\nHUẾ Giới tính / Sex: M\n"
    assert _values(DocType.PASSPORT, page)["place_of_birth"] == "HUẾ"


def test_a_form_s_place_and_date_of_signing_on_dotted_lines() -> None:
    text = ("CONTRAT DE VOLONTARIAT\nNom : ........ MENSAH\n6. SIGNATURES\n"
            f"Fait à : {'.' * 57} Marseille le : {'.' * 74} 15/12/2025\nLa structure d'accueil Le / la volontaire\n")
    assert _values(DocType.VOLUNTEER_CONTRACT, text)["signature_date"] == date(2025, 12, 15)


def test_a_mission_section_s_own_caption_under_its_heading_and_its_dotted_lines() -> None:
    """"3. LA MISSION" heads a form's section whose caption "Description de la mission :" stands a row lower, the
    text on the dotted lines under it up to the page's foot: that text, not the row of ticked domains."""
    dots = "." * 60
    text = ("CONTRAT DE VOLONTARIAT\n3. LA MISSION\nDomaine (cocher) : Solidarité Éducation Sport Autre\n"
            f"Description de la mission :\n{dots} tenir une épicerie solidaire pour des familles\n{dots} en précarité\n"
            f"{dots}\n1/2 — suite au verso\n")
    assert _values(DocType.VOLUNTEER_CONTRACT, text)["mission"] == (
        "tenir une épicerie solidaire pour des familles en précarité")


def test_a_role_set_out_in_a_schedule_is_read_there() -> None:
    """"3. Role" only points to Schedule 1, and its paragraph ends at "4. Hours"; the schedule's own heading names
    the role: the mission is what it says."""
    text = ("VOLUNTEER AGREEMENT\n3. Role\nThe Volunteer will carry out the role set out in Schedule 1.\n4. Hours\n"
            "About 30 hours a week.\nSchedule 1 – Role description (in the Host's words)\n"
            "« Tenir une épicerie solidaire pour des familles en précarité. »\n")
    assert _values(DocType.VOLUNTEER_CONTRACT, text)["mission"] == (
        "Tenir une épicerie solidaire pour des familles en précarité.")  # (what the quotes hold)


def test_a_logo_s_acronym_before_the_name_it_stands_for_is_no_part_of_it() -> None:
    text = ("SSQ · Secours Solidaire des Quartiers\n5 rue de la République, 13001 Marseille\nVOLUNTEER AGREEMENT\n"
            "Between the Host and Kofi MENSAH.\n")
    assert _values(DocType.VOLUNTEER_CONTRACT, text)["association"] == "Secours Solidaire des Quartiers"


def test_a_form_s_host_section_names_the_host_and_its_candidate_section_the_person() -> None:
    """"A. STRUCTURE D'ACCUEIL" / "Nom <host>" then "B. CANDIDAT(E)" / "Nom <surname>": the first "Nom" is the
    host's name, not the applicant's surname."""
    text = ("FICHE DE CONFIRMATION D'ACCUEIL\nA. STRUCTURE D'ACCUEIL\nNom Les Vergers Partagés\nSigle LVP\n"
            "Responsable Anne ROLLAND\nB. CANDIDAT(E)\nNom MENSAH\nPrénom(s) Kofi\nDate de naissance 02-02-1999\n")
    got = _values(DocType.ACCEPTANCE_CERTIFICATE, text)
    assert (got["association"], got["surname"], got["given_names"]) == ("Les Vergers Partagés", "MENSAH", "Kofi")


def test_a_printed_e_mail_s_header_dates_it_and_its_mail_program_is_no_host() -> None:
    text = ("Mail – Anne Rolland – Outlook\nYour volunteering placement in France – confirmation\n"
            "From Anne Rolland <contact@lvp.org>\nDate Wednesday, 19 November 2025 at 17:54\nDear Kofi,\n"
            "I am pleased to confirm that Les Vergers Partagés (LVP) accepts you as a volunteer.\n"
            "Warm regards,\nAnne Rolland\nCoordinator\n")
    got = _values(DocType.ACCEPTANCE_CERTIFICATE, text)
    assert got["issue_date"] == date(2025, 11, 19)
    assert got["association"] == "Les Vergers Partagés"


def test_an_approval_notified_by_e_mail_names_its_body_and_its_prefect() -> None:
    """"par décision du ..., Préfet de la région" / "Hauts-de-France, Préfet du Nord a accordé à <body> l'agrément":
    the body the approval is given to, and the prefect of the region named on the next line."""
    text = ("Notification d'agrément\nDe : DRAJES – pôle engagement <engagement@region.gouv.fr>\nMadame, Monsieur,\n"
            "J'ai le plaisir de vous informer que, par décision du 28 octobre 2022, Préfet de la région\n"
            "Hauts-de-France, Préfet du Nord a accordé à Les Vergers Partagés l'agrément lui permettant\n"
            "d'accueillir des volontaires.\n")
    got = _values(DocType.APPROVAL_DECISION, text)
    assert got["association"] == "Les Vergers Partagés"
    assert got["authority"] == "Préfet de la région Hauts-de-France"


def test_the_sex_written_in_two_tongues_is_one_sex() -> None:
    text = "COPIE INTÉGRALE D'ACTE DE NAISSANCE\n1 Nom / Surname DIALLO\n5 Sexe / Sex Masculin / Male\n"
    assert _values(DocType.BIRTH_CERTIFICATE, text)["sex"] == "M"


def test_a_place_of_signing_whose_le_ocr_lost_is_dated_by_the_date_ending_its_line() -> None:
    text = ("CONTRAT DE VOLONTARIAT\nNom : MENSAH\n6. SIGNATURES\nFait à : . Bordeaux cosine ter 24/05/2026\n"
            "La structure d'accueil Le / la volontaire\n")
    assert _values(DocType.VOLUNTEER_CONTRACT, text)["signature_date"] == date(2026, 5, 24)


def test_a_visa_s_own_number_under_the_passport_s_caption_is_no_passport_number() -> None:
    """A sticker's values over their captions, OCR putting the sticker's own number last, under "passeport n°": a
    visa is never issued on itself, so the passport number is not read rather than read wrong."""
    from synth.zones import mrv

    zone = mrv("MRVA", "FRA", "CONCEICAO", "LUIS FELIPE", "579569697", "BRA", date(2004, 10, 15), "M", date(2027, 7, 22))
    text = ("VISA : FRA\nFRANCE 23-07-26 22-07-27\nvalable pour / valid for du / from au / until\nD MULT 365 J\n"
            "BELO HORIZONTE 24-06-26 GV386052\ndélivré à / issued in le /on\nCONCEICAO LUIS FELIPE\n" + "\n".join(zone)
            + "\npasseport n° / passport no.\n579569697\n")
    from docscheck.mrz import find_zones

    ft = FileText(path="/d/visa.pdf", relpath="visa.pdf", kind="pdf", sha256="0", size=1,
                  pages=(Page(1, text, TextSource.OCR),), page_count=1)
    got = extract_fields(ft, DocType.VISA, find_zones(text)[0])
    assert got["document_number"].value == "579569697" and "passport_number" not in got


def test_a_three_party_agreement_s_association_is_the_party_not_the_host_structure() -> None:
    """'1° L'association X, ...' then '2° La structure d'accueil : Y': the association is the body whose approval
    the file holds; the structure where the volunteer serves is another party."""
    text = ("CONVENTION À TROIS PARTIES\nENTRE\n1° L'association Maison des Ponts, 12 rue Basse, 69001 Lyon, représentée "
            "par sa présidente ;\n2° La structure d'accueil : Épicerie sociale du Vieux-Lyon, ci-après « l'accueillant » ;"
            "\n3° M. SANTOS Ivo, né le 4 mai 1999, ci-après « le volontaire ».\n")
    got = _values(DocType.VOLUNTEER_CONTRACT, text)
    assert got.get("association") == "Maison des Ponts", got


def test_the_parties_initials_under_their_columns_are_no_name() -> None:
    text = ("CONTRAT DE VOLONTARIAT\nM. SANTOS Ivo, né le 4 mai 1999, volontaire.\nFait à Lyon, le 3 mars 2026\n"
            "L'association Le volontaire\nInitiales : MP IS\n")
    got = _values(DocType.VOLUNTEER_CONTRACT, text)
    assert got.get("surname") != "MP" and got.get("given_names") != "IS", got


def test_a_notified_association_in_quotes_after_a_comma() -> None:
    text = ("Objet : notification d'agrément\nJe vous notifie la décision par laquelle votre association, « Maison des "
            "Ponts », est agréée au titre du volontariat associatif.\n")
    assert _values(DocType.APPROVAL_DECISION, text).get("association") == "Maison des Ponts"


def test_a_stamp_s_association_word_over_a_contact_line_or_a_status_is_no_caption() -> None:
    for under in ("Tél. 04 72 10 20 30 · accueil@maisondesponts.org", "RUP"):
        text = ("Maison des Ponts, représentée par sa présidente, certifie accueillir M. SANTOS Ivo en qualité de "
                f"volontaire.\nLa présidente\nLYON\nASSOCIATION\n{under}\n")
        assert _values(DocType.ACCEPTANCE_CERTIFICATE, text).get("association") == "Maison des Ponts", under


def test_a_host_named_before_as_a_volunteer_stops_there() -> None:
    text = "Dear Consul,\nMr Ivo SANTOS has been accepted by Maison des Ponts as a full-time volunteer from 1 May.\n"
    assert _values(DocType.ACCEPTANCE_CERTIFICATE, text).get("association") == "Maison des Ponts"


def test_a_host_sheet_s_row_for_the_volunteer_taken_in() -> None:
    text = ("FICHE D'ACCUEIL\nOrganisme d'accueil Maison des Ponts\nVolontaire accueilli(e) ĐOÀN Thị Mai\n"
            "Né(e) le 04-05-1999\n")
    got = _values(DocType.ACCEPTANCE_CERTIFICATE, text)
    assert (got.get("surname"), got.get("given_names")) == ("ĐOÀN", "Thị Mai"), got


def test_an_approval_s_row_of_the_approved_body_and_its_article_about_it() -> None:
    text = ("DÉCISION D'AGRÉMENT\nOrganisme agréé Maison des Ponts\nSiège 12 rue Basse, 69001 Lyon\n"
            "Article 1 — L'organisme désigné ci-dessus est agréé au titre du volontariat.\n")
    assert _values(DocType.APPROVAL_DECISION, text).get("association") == "Maison des Ponts"


def test_a_town_and_a_name_run_together_in_a_register_s_sentence() -> None:
    text = ("RÉPUBLIQUE DU SÉNÉGAL\nCommune de Thiès — état civil\nCOPIE LITTÉRALE D'ACTE DE NAISSANCE\n"
            "Le 3 mai 1999 est né à Thiès Mamadou Lamine SECK, de sexe masculin, fils de Ousmane Seck.\n")
    got = _values(DocType.BIRTH_CERTIFICATE, text)
    assert (got.get("given_names"), got.get("place_of_birth")) == ("Mamadou Lamine", "Thiès"), got


@pytest.mark.parametrize(("text", "surname", "given"), [
    ("COPY OF AN ENTRY OF BIRTH\nON THE 2ND DAY OF MAY 1999 WAS BORN AT KUMASI A CHILD OF THE MALE SEX, NAMED KWAME "
     "ASANTE, WHOSE FATHER IS KOFI ASANTE AND WHOSE MOTHER IS AMA BOATENG.\n", "ASANTE", "KWAME"),
    ("COPIE LITTÉRALE D'ACTE DE NAISSANCE\nLE DEUX MAI 1999 EST NÉE À DOUALA : AMINATA NJOYA, DE SEXE FÉMININ, FILLE DE "
     "IBRAHIM NJOYA ET DE AMINATA BELLO.\n", "NJOYA", "AMINATA"),
])
def test_a_name_in_capitals_told_apart_by_the_parents_surname(text: str, surname: str, given: str) -> None:
    got = _values(DocType.BIRTH_CERTIFICATE, text)
    assert (got.get("surname"), got.get("given_names")) == (surname, given), got


def test_a_card_s_number_alone_on_its_line_after_no() -> None:
    text = "CARTE CONSULAIRE\nNOM\nASANTE\nPRÉNOM(S)\nKwame\nN° KX204518\nDélivrée le 3 mars 2025\n"
    assert _values(DocType.CONSULAR_CARD, text).get("document_number") == "KX204518"


def test_a_sticker_s_issue_caption_in_three_tongues_and_a_letter_dated_after_its_reference() -> None:
    visa = "VISA\nLE · ON · EL\n12-05-26\nDU · FROM · DESDE\n01-06-26\n"
    assert _values(DocType.VISA, visa).get("issue_date") == date(2026, 5, 12)
    letter = ("ATTESTATION CONSULAIRE\nN/Réf. : 88/CG/2026    Lyon, le 7 avril 2026\nLe Consul atteste que M. ASANTE "
              "Kwame est inscrit au registre.\n")
    assert _values(DocType.CONSULAR_ATTESTATION, letter).get("issue_date") == date(2026, 4, 7)


def test_a_register_s_child_of_the_male_sex() -> None:
    text = "COPY OF AN ENTRY OF BIRTH\nON THE 2ND DAY OF MAY 1999 WAS BORN AT KUMASI A CHILD OF THE MALE SEX, NAMED KWAME.\n"
    assert _values(DocType.BIRTH_CERTIFICATE, text).get("sex") == "M"


def test_a_cover_letter_signed_for_the_prefect_names_no_authority_the_decision_names_in_full() -> None:
    text = ("Objet : notification de décision d'agrément\nJe vous notifie la décision ci-jointe.\nPour le préfet,\n"
            "DÉCISION\nLe Préfet de la région Bretagne, Préfet d'Ille-et-Vilaine\nDÉCIDE\nArticle 1 : l'association "
            "« Maison des Ponts » est agréée.\n")
    got = _values(DocType.APPROVAL_DECISION, text).get("authority")
    assert str(got).startswith("Le Préfet de la région Bretagne"), got


def test_a_host_row_whose_name_opens_on_association() -> None:
    text = ("FICHE D'ACCUEIL\nOrganisme d'accueil Association Les Ponts du Rhône\nAdresse 12 rue Basse, 69001 Lyon\n"
            "Le président\nASSOCIATION\nLYON\n")  # (a stamp at the foot)
    assert _values(DocType.ACCEPTANCE_CERTIFICATE, text).get("association") == "Association Les Ponts du Rhône"


def test_a_name_broken_over_a_letterhead_s_lines_is_completed_by_the_body() -> None:
    text = ("Association\nLes Ponts du\nRhône\n12 rue Basse, 69001 Lyon\nBureau\nJeanne Roux, présidence\n"
            "ATTESTATION D'ACCUEIL\nAssociation Les Ponts du Rhône, représentée par Jeanne Roux, accueille "
            "M. SANTOS Ivo en qualité de volontaire.\n")
    got = _values(DocType.ACCEPTANCE_CERTIFICATE, text).get("association")
    assert got == "Association Les Ponts du Rhône", got


def test_an_agreement_drafted_as_a_deed() -> None:
    text = ("VOLUNTARY SERVICE AGREEMENT\nTHIS AGREEMENT is dated 2nd May 2026\nPARTIES\n(1) MAISON DES PONTS, an "
            "association registered in France whose office is at 12 rue Basse, Lyon (the Organisation); and\n"
            "(2) Kwame ASANTE, born on 4th May 1999 in Kumasi, Ghana (the Volunteer).\nIT IS AGREED as follows:\n"
            "1. The Services\n1.1 The Volunteer shall run a homework club for children of the estate.\n2. Term\n"
            "2.1 The Term shall commence on 1st September 2026 and shall expire on 30th June 2027.\n")
    got = _values(DocType.VOLUNTEER_CONTRACT, text)
    assert got.get("signature_date") == date(2026, 5, 2), got
    assert got.get("mission") == "run a homework club for children of the estate", got
    assert got.get("association") == "MAISON DES PONTS", got


def test_a_mission_quoted_in_a_clause_whose_line_is_cut_on_its() -> None:
    text = ("VOLUNTEER AGREEMENT\n1. Placement\nThe Organisation hosts the Volunteer for the mission worded in its\n"
            "project sheet: « tenir une épicerie solidaire avec les habitants ». It serves the general interest.\n"
            "2. Term\nThe placement shall commence on 1st August 2026.\n")
    assert _values(DocType.VOLUNTEER_CONTRACT, text).get("mission") == "tenir une épicerie solidaire avec les habitants"


def test_a_period_from_weekday_to_weekday_wrapped_over_two_lines() -> None:
    text = ("CONVENTION\nNous confirmons votre engagement du samedi 1er\naoût 2026 au lundi 31 mai 2027 inclus.\n")
    got = _values(DocType.VOLUNTEER_CONTRACT, text)
    assert (got.get("start_date"), got.get("end_date")) == (date(2026, 8, 1), date(2027, 5, 31)), got


def test_a_portal_printout_s_generation_date_a_host_row_s_network_and_a_date_beside_its_signatory() -> None:
    printout = ("ATTESTATION D'INSCRIPTION AU REGISTRE\nNom ASANTE\nLe Consulat certifie que la personne ci-dessus est "
                "inscrite.\nDocument généré le 09/05/2026 à 14:42.\n")
    assert _values(DocType.CONSULAR_ATTESTATION, printout).get("issue_date") == date(2026, 5, 9)
    sheet = ("CERTIFICAT D'ACCUEIL\nStructure d'accueil Maison des Ponts (membre UFMS)\nAdresse 12 rue Basse, Lyon\n"
             "Le comité certifie que l'association accueillera M. Kwame ASANTE en qualité de volontaire.\n"
             "Lyon, 15.05.2026 Pour le comité\n")
    got = _values(DocType.ACCEPTANCE_CERTIFICATE, sheet)
    assert (got.get("association"), got.get("issue_date")) == ("Maison des Ponts", date(2026, 5, 15)), got


def test_a_register_s_entry_naming_the_child_right_after_was_born() -> None:
    text = ("REGISTER OF BIRTHS - 1999\nOn the 2nd day of May, 1999 at Kumasi was born Kwame Kofi ASANTE, a male child,\n"
            "son of Yaw Asante and Ama Boateng.\n")
    got = _values(DocType.BIRTH_CERTIFICATE, text)
    assert (got.get("surname"), got.get("given_names")) == ("ASANTE", "Kwame Kofi"), got


def test_a_prefect_named_in_a_sentence_wrapped_after_de_la() -> None:
    text = ("Objet : notification de décision d'agrément\nJ'ai l'honneur de vous informer que, par décision du 24/11/2023, "
            "le Préfet de la\nrégion Bretagne a accordé à l'association « Maison des Ponts » l'agrément.\n")
    assert _values(DocType.APPROVAL_DECISION, text).get("authority") == "le Préfet de la région Bretagne"


def test_a_town_run_into_the_name_known_by_the_act_naming_it_again() -> None:
    text = ("ROYAUME DU MAROC\nREGISTRE DES ACTES DE NAISSANCE - 1999\nLe deux mai mil neuf cent quatre-vingt-dix-neuf, "
            "est née à Fès Houda ALAOUI, de sexe féminin, fille de Hamza Alaoui, domiciliés à Fès.\n"
            "Délivré à Fès le 22/05/2026\n")
    got = _values(DocType.BIRTH_CERTIFICATE, text)
    assert (got.get("given_names"), got.get("place_of_birth")) == ("Houda", "Fès"), got


def test_a_name_after_a_dash_in_a_letter_s_subject() -> None:
    text = "Re: Volunteer placement - Đoàn Thị MAI, born 4th May 1999\nDear Ms Mai,\nWe accept you as a volunteer.\n"
    got = _values(DocType.ACCEPTANCE_CERTIFICATE, text)
    assert (got.get("surname"), got.get("given_names")) == ("MAI", "Đoàn Thị"), got


def test_a_contract_concluded_with_the_association_and_ending_on_a_date_dates_no_signing() -> None:
    text = ("ENGAGEMENT DE QUITTER LE TERRITOIRE\nJe m'engage à quitter le territoire à la fin de mon contrat "
            "d'engagement conclu avec l'association « Maison des Ponts », prévue le 31 mai 2027.\n"
            "Date : 18/06/2026 Signature :\n")
    assert _values(DocType.DEPARTURE_COMMITMENT, text).get("signature_date") == date(2026, 6, 18)


def test_an_authority_beside_the_holder_s_signature_caption() -> None:
    text = ("PASSEPORT / PASSPORT\nNom / Surname : ASANTE\nAutorité / Authority : Direction Générale de la Sûreté "
            "Nationale   Signature du titulaire/Holder's signature\n")
    assert _values(DocType.PASSPORT, text).get("issuing_authority") == "Direction Générale de la Sûreté Nationale"


def test_a_name_read_whole_is_not_run_on_into_a_sentence_s_next_words() -> None:
    text = ("Association : Maison des Ponts\nAdresse : 12 rue Basse, Lyon\nATTESTATION D'ACCUEIL\nLe réseau Maison des "
            "Ponts Rhône, représenté par sa présidente, confirme l'accueil de M. Kwame ASANTE en qualité de volontaire.\n")
    assert _values(DocType.ACCEPTANCE_CERTIFICATE, text).get("association") == "Maison des Ponts"
