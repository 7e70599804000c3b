"""A false alarm is a defect: a gap rests on verified evidence, what could not be verified is to verify.

Hand-built documents whose fields were misread (not unread), as on layouts the reader never saw:
each rule must turn the misreading into an item to verify (the dossier stays `to_verify`, never
`complete`), and must still report the document that really is at fault.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from docscheck.checklist.signature import LABEL_SOURCE, signing
from docscheck.messages import LANGS, message, to_verify_message
from docscheck.model import (
    DocType,
    Document,
    DossierReport,
    Field,
    Gap,
    Page,
    Severity,
    Status,
    TextSource,
    ToVerify,
)
from docscheck.names import holder_named_in, named_in
from tests.test_checklist import (
    PERSON,
    codes,
    complete_documents,
    evaluate,
    make_doc,
    poor_image,
    replaced,
    without,
)


def _with_text(docs: list[Document], t: str, text: str, **fields: object) -> list[Document]:
    """The documents, the one of type `t` with its page text `text` and `fields` read differently."""
    out = []
    for d in docs:
        if d.type.value == t:
            page = Page(1, text, TextSource.TEXT_LAYER)
            new = {**d.fields, **{k: Field(v, raw=str(v), page=1, source="label") for k, v in fields.items()}}
            d = replace(d, file=replace(d.file, pages=(page,)), fields=new)  # type: ignore[arg-type]
        out.append(d)
    return out


# ------------------------------------------------------------------ identity_mismatch

CONTRACT = ("CONTRAT D'ENGAGEMENT DE VOLONTARIAT\n"
            "Entre l'association Solidarité Jeunesse, représentée par son président M. Bernard LEFEBVRE,\n"
            "et le volontaire : Amadou DIALLO, né le 12/04/1998 à Dakar (Sénégal).\n"
            "Fait à Lyon le 15 septembre 2026.")


def _two_given_names() -> list[Document]:
    """The documents, the passport's holder with a second given name that the contract does not print."""
    return replaced(complete_documents(), "passport", given_names="Amadou Moussa")


def test_name_read_off_another_line_is_to_verify_not_a_mismatch() -> None:
    # the representative's name was taken for the volunteer's; the contract names the volunteer too, not in full
    docs = _with_text(_two_given_names(), "volunteer_contract", CONTRACT, surname="LEFEBVRE",
                      given_names="Bernard")
    r = evaluate(docs)
    assert ("identity_mismatch", None) not in codes(r)
    assert r.status is Status.TO_VERIFY
    item = next(i for i in r.to_verify if i.reason == "identity_unverified")
    assert item.params["file"] == "volunteer_contract.pdf" and item.params["field"] == "surname"
    for lang in LANGS:
        text = to_verify_message(item, lang)
        assert "volunteer_contract.pdf" in text and "LEFEBVRE" in text and "DIALLO" in text and "{" not in text


def test_a_name_read_where_the_text_names_the_person_by_surname_only_is_to_verify() -> None:
    # the volunteer named by title and surname alone, a witness's full name taken for theirs: no mismatch stated
    text = ("ATTESTATION D'ACCUEIL\nNous confirmons que M. DIALLO effectuera sa mission chez nous.\n"
            "Témoin présent : Claire BONNET, chargée de mission.\nFait à Lyon le 15 septembre 2026.")
    r = evaluate(_with_text(complete_documents(), "acceptance_certificate", text, surname="BONNET",
                            given_names="Claire"))
    assert ("identity_mismatch", None) not in codes(r) and r.status is Status.TO_VERIFY
    item = next(i for i in r.to_verify if i.reason == "identity_unverified")
    assert item.params["file"] == "acceptance_certificate.pdf" and item.params["field"] == "surname"
    # a parent named on the person's own line takes only the words the role word gives them
    text = ("ATTESTATION D'ACCUEIL\nNous accueillons M. DIALLO, volontaire, fils de Moussa SOW.\n"
            "Témoin présent : Claire BONNET.\nFait à Lyon le 15 septembre 2026.")
    r = evaluate(_with_text(complete_documents(), "acceptance_certificate", text, surname="BONNET",
                            given_names="Claire"))
    assert ("identity_mismatch", None) not in codes(r) and r.status is Status.TO_VERIFY
    # the surname given to a parent is no sign of the person: another person's paper stays a mismatch
    text = ("ATTESTATION D'ACCUEIL\nNous accueillons Claire BONNET, fille de Moussa DIALLO.\n"
            "Fait à Lyon le 15 septembre 2026.")
    r = evaluate(_with_text(complete_documents(), "acceptance_certificate", text, surname="BONNET",
                            given_names="Claire"))
    assert ("identity_mismatch", None) in codes(r)


def test_birth_date_read_off_another_line_is_to_verify() -> None:
    docs = _with_text(_two_given_names(), "volunteer_contract", CONTRACT, date_of_birth=date(2026, 9, 15))
    r = evaluate(docs)
    assert ("identity_mismatch", None) not in codes(r) and r.status is Status.TO_VERIFY
    item = next(i for i in r.to_verify if i.reason == "identity_unverified")
    assert item.params["field"] == "date_of_birth"
    assert "15 September 2026" in to_verify_message(item, "en")


@pytest.mark.parametrize("misread", [{"surname": "LEFEBVRE", "given_names": "Bernard"},
                                     {"date_of_birth": date(2026, 9, 15)}], ids=["name", "birth-date"])
def test_a_misreading_the_text_settles_in_full_is_no_item(misread: dict[str, object]) -> None:
    # the contract's text names the passport's holder in full, born on the passport's date: the field read was
    # another line's, and the identity is verified by that text
    r = evaluate(_with_text(complete_documents(), "volunteer_contract", CONTRACT, **misread))
    assert ("identity_mismatch", None) not in codes(r) and not r.to_verify and r.status is Status.COMPLETE
    note = next(g for g in r.gaps if g.code == "identity_read_in_text")
    assert note.severity is Severity.INFO and "volunteer_contract.pdf: its text names AMADOU DIALLO, born 1998-04-12" \
        in note.evidence
    for lang in LANGS:
        text = message(note, lang)
        assert "volunteer_contract.pdf" in text and "AMADOU DIALLO" in text and "{" not in text


BIRTH = ("ACTE DE NAISSANCE N° 412\nNOM : DIALLO\nPrénoms : Amadou\nNé le : 12/04/1998 à Dakar\n"
         "Père : Ibrahima DIALLO, né le 03/02/1970\nMère : Aminata SOW")


def test_a_parent_sharing_the_surname_is_not_the_holder() -> None:
    # the father's line read as the holder's: the certificate names its holder in full, born on the passport's date
    r = evaluate(_with_text(complete_documents(), "birth_certificate", BIRTH, given_names="Ibrahima",
                            date_of_birth=date(1970, 2, 3)))
    assert ("identity_mismatch", None) not in codes(r) and r.status is Status.COMPLETE
    # the passport's holder is the father of the certificate's child: his name there is a parent's, not the holder's
    child = BIRTH.replace("Prénoms : Amadou", "Prénoms : Mariama").replace("12/04/1998", "20/06/2019") \
        .replace("Ibrahima DIALLO, né le 03/02/1970", "Amadou DIALLO, né le 12/04/1998")
    r = evaluate(_with_text(complete_documents(), "birth_certificate", child, given_names="Mariama",
                            date_of_birth=date(2019, 6, 20)))
    assert not any(g.code == "identity_read_in_text" for g in r.gaps) and r.status is not Status.COMPLETE
    for row in ("Père : Amadou DIALLO", "Amadou DIALLO (father)", "Fils de Amadou DIALLO"):
        assert not holder_named_in("DIALLO", "Amadou", row)
    assert holder_named_in("DIALLO", "Amadou", "NOM : DIALLO\nPrénoms : Amadou\nPère : Ibrahima DIALLO")


def test_a_birth_date_that_runs_onto_the_next_line_is_still_the_texts() -> None:
    # the issue date read as the birth date; the text gives the holder's, split by the end of its line
    extract = ("ACTE DE NAISSANCE - EXTRAIT\nle registre porte l'acte suivant : DIALLO Amadou, né le 12 04\n"
               "1998 à Dakar, de sexe masculin.\nDélivré à Dakar le 04 06 2026.")
    r = evaluate(_with_text(complete_documents(), "birth_certificate", extract, date_of_birth=date(2026, 6, 4)))
    assert ("identity_mismatch", None) not in codes(r) and r.status is Status.COMPLETE
    assert any(g.code == "identity_read_in_text" for g in r.gaps)


def test_birth_dates_one_digit_apart_off_a_page_image_are_to_verify() -> None:
    # the same names, and 1998-04-12 read as 1998-04-17 off a scan: a misread digit, not another person
    docs = _with_text(complete_documents(), "volunteer_contract", "scan", date_of_birth=date(1998, 4, 17))
    scanned = [replace(d, file=replace(d.file, pages=tuple(replace(p, source=TextSource.OCR) for p in d.file.pages)))
               if d.type is DocType.VOLUNTEER_CONTRACT else d for d in docs]
    r = evaluate(scanned)
    assert ("identity_mismatch", None) not in codes(r) and r.status is Status.TO_VERIFY
    item = next(i for i in r.to_verify if i.reason == "identity_unverified")
    assert item.params["check"] == "birth_date_misread" and "17 April 1998" in to_verify_message(item, "en")
    # from a text layer the digits are the document's own: a mismatch
    assert ("identity_mismatch", None) in codes(evaluate(docs))
    # two digits apart off an image: another date, a mismatch
    far = [replace(d, fields={**d.fields, "date_of_birth": Field(date(1998, 4, 27), "", 1, "label")})
           if d.type is DocType.VOLUNTEER_CONTRACT else d for d in scanned]
    assert ("identity_mismatch", None) in codes(evaluate(far))


def test_another_persons_document_is_still_a_mismatch() -> None:
    other = CONTRACT.replace("Amadou DIALLO", "Fatou SOW")
    r = evaluate(_with_text(complete_documents(), "volunteer_contract", other, surname="SOW", given_names="Fatou"))
    assert ("identity_mismatch", None) in codes(r) and r.status is Status.INCOMPLETE
    # the same surname is not enough: a brother's document names another given name and his own birth date
    brother = CONTRACT.replace("Amadou DIALLO", "Ousmane DIALLO").replace("12/04/1998", "03/11/2001")
    r = evaluate(_with_text(complete_documents(), "volunteer_contract", brother, given_names="Ousmane",
                            date_of_birth=date(2001, 11, 3)))
    assert ("identity_mismatch", None) in codes(r)
    # the same surname and the same birth date, another given name: a given name read off another line, or the
    # name the person goes by, far likelier than a twin: to verify, never complete
    same_day = CONTRACT.replace("Amadou DIALLO", "Ousmane DIALLO")
    r = evaluate(_with_text(complete_documents(), "volunteer_contract", same_day, given_names="Ousmane"))
    assert ("identity_mismatch", None) not in codes(r) and r.status is Status.TO_VERIFY
    item = next(i for i in r.to_verify if i.reason == "identity_unverified")
    assert item.params["field"] == "given_names" and item.params["file"] == "volunteer_contract.pdf"
    # nor is the name alone, when the birth dates disagree and the text does not show the passport's
    r = evaluate(_with_text(complete_documents(), "volunteer_contract", CONTRACT.replace("12/04/1998", "01/01/2001"),
                            date_of_birth=date(2001, 1, 1)))
    assert ("identity_mismatch", None) in codes(r)


def test_a_document_whose_name_was_not_read_still_says_whose_it_is_by_its_birth_date() -> None:
    # another person's letter, its name not read, its birth date read from its text layer: not the applicant's
    other = "Je soussigné, né le 16/01/2001 à Douala, m'engage à quitter le territoire français."
    docs = _with_text(complete_documents(), "departure_commitment", other, date_of_birth=date(2001, 1, 16))
    docs = replaced(docs, "departure_commitment", surname=None, given_names=None)
    r = evaluate(docs)
    assert ("identity_mismatch", None) in codes(r) and r.status is Status.INCOMPLETE
    # the same read off a page image: a date misread or another person's, to verify, never complete
    scanned = [replace(d, file=replace(d.file, pages=tuple(replace(p, source=TextSource.OCR) for p in d.file.pages)))
               if d.type is DocType.DEPARTURE_COMMITMENT else d for d in docs]
    r = evaluate(scanned)
    assert ("identity_mismatch", None) not in codes(r) and r.status is Status.TO_VERIFY
    item = next(i for i in r.to_verify if i.reason == "identity_unverified")
    assert item.params["field"] == "date_of_birth" and item.params["file"] == "departure_commitment.pdf"
    # the applicant's own birth date, the name not read: nothing to say
    docs = replaced(complete_documents(), "departure_commitment", surname=None, given_names=None)
    assert ("identity_mismatch", None) not in codes(evaluate(docs))


def test_a_name_read_off_a_page_image_with_the_same_birth_date_is_to_verify() -> None:
    # a contract scanned poorly: its name read as "CUÉTE EGLOUR", its birth date the passport's
    docs = replaced(complete_documents(), "volunteer_contract", surname="CUÉTE", given_names="EGLOUR SERRES")
    scanned = [replace(d, file=replace(d.file, pages=tuple(replace(p, source=TextSource.OCR) for p in d.file.pages)))
               if d.type is DocType.VOLUNTEER_CONTRACT else d for d in docs]
    r = evaluate(scanned)
    assert ("identity_mismatch", None) not in codes(r) and r.status is Status.TO_VERIFY
    assert next(i for i in r.to_verify if i.reason == "identity_unverified").params["field"] == "surname"
    # from its text layer: the document's own words, a mismatch
    assert ("identity_mismatch", None) in codes(evaluate(docs))


def test_the_applicant_named_on_a_misread_reference_is_to_verify() -> None:
    passport = "PASSEPORT\nNom : DIALLO\nPrénoms : Amadou\nAutorité : Préfet KONATE Ibrahima"
    docs = _with_text(complete_documents(), "passport", passport)
    assert codes(evaluate(docs, applicant="Amadou DIALLO")) == codes(evaluate(docs))
    r = evaluate(docs, applicant="Ibrahima KONATE")
    assert r.status is Status.TO_VERIFY and ("identity_mismatch", None) not in codes(r)
    r = evaluate(docs, applicant="Moussa TRAORE")
    assert ("identity_mismatch", None) in codes(r)


def test_named_in_finds_whole_words_with_ocr_in_mind() -> None:
    text = "représentée par M. Jean DUPONT, et Mme KOUADIO Awa Marie, née le 3 mars 1999"
    assert named_in("KOQUADIO", "Awa", text)  # a letter OCR confuses
    assert named_in("DUPONT", "Jean Pierre", text)  # one given name is enough
    assert not named_in("KOUADIO", "Fatou", text)  # a surname without its given name is not the person
    assert not named_in("DUPON", "Jean", text)  # whole words only
    assert not named_in("DUPONT", "", text)  # nothing to tell a namesake from
    assert named_in("AIT TALEB", "Karim", "Acte de naissance de AIT TALEB Karim")
    assert not named_in("AIT TALEB", "Karim", "Acte de naissance de AIT TALEBI Karim")


# ------------------------------------------------------------------ letter_not_signed

LETTER = ("Je soussigné Amadou DIALLO, né le 12 avril 1998 à Dakar, m'engage à quitter le territoire français\n"
          "à la fin de mon contrat de volontariat avec l'association Solidarité Jeunesse.\n"
          "Fait à Lyon, le 20 septembre 2026\n")


def _letter(text: str, signed: object = False, mark: bool = False) -> list[Document]:
    docs = _with_text(complete_documents(), "departure_commitment", text, signed=signed)
    return [replace(d, file=replace(d.file, pages=(replace(d.file.pages[0], has_signature_mark=mark),)))
            if d.type is DocType.DEPARTURE_COMMITMENT else d for d in docs]


def _signature_items(r: DossierReport) -> list[ToVerify]:
    return [i for i in r.to_verify if i.id == "departure_commitment"]


@pytest.mark.parametrize("closing", [
    "Signé : Amadou DIALLO",
    "(signature)\nA. DIALLO Amadou",
    "Signature électronique - document signé via un service de confiance",
    "Signed electronically by the applicant",
])
def test_a_letter_the_text_shows_signed_is_no_gap(closing: str) -> None:
    r = evaluate(_letter(LETTER + closing))
    assert ("letter_not_signed", "departure_commitment") not in codes(r) and r.status is Status.COMPLETE


def test_a_handwritten_mark_on_the_last_page_signs_it() -> None:
    assert evaluate(_letter(LETTER, mark=True)).status is Status.COMPLETE


@pytest.mark.parametrize("closing", [
    "Amadou DIALLO",  # the name closing it: a signature drawn as text or too faint is not seen
    "Signature du volontaire",  # a place to sign without the signer's name after it
    "....................................",  # a line to sign on, no mark seen on it
    "Firmado en Dakar, el 20 de septiembre de 2026 por Amadou DIALLO",  # the volunteer's own language
])
def test_a_letter_whose_signature_cannot_be_told_is_to_verify_not_unsigned(closing: str) -> None:
    r = evaluate(_letter(LETTER + closing))
    assert ("letter_not_signed", "departure_commitment") not in codes(r)
    assert r.status is Status.TO_VERIFY
    item = _signature_items(r)[0]
    assert item.params["field"] == "signed" and item.params["file"] == "departure_commitment.pdf"


@pytest.mark.parametrize("letter", [
    # the place to sign labelled above the dated line (a table's "Date | Signature" row)
    LETTER.replace("Fait à Lyon", "Date et signature du volontaire :\nFait à Lyon"),
    # a stamp where the signature would be
    LETTER + "Cachet de l'association",
])
def test_a_letter_that_could_hold_a_signature_the_image_does_not_show_is_to_verify(letter: str) -> None:
    r = evaluate(_letter(letter))
    assert ("letter_not_signed", "departure_commitment") not in codes(r)
    assert r.status is Status.TO_VERIFY and _signature_items(r)[0].params["field"] == "signed"


@pytest.mark.parametrize("closing", [
    "Yours faithfully,\nSigned:\n\nAmadou DIALLO",  # a label alone on its line, the typed name under the place
    "Amadou DIALLO\nAssociation Solidarité Jeunesse, déclarée en préfecture le 12/03/1998",  # dated footer
])
def test_a_signing_label_or_a_name_above_a_dated_footer_is_to_verify(closing: str) -> None:
    r = evaluate(_letter(LETTER + closing))
    assert ("letter_not_signed", "departure_commitment") not in codes(r) and r.status is Status.TO_VERIFY
    assert _signature_items(r)[0].params["field"] == "signed"


def _label_signed(letter: str, mark: bool) -> list[Document]:
    """The letter with its `signed` field read from a signing label only, as the reader gives it."""
    label = Field(True, "Signature du volontaire :", 1, LABEL_SOURCE)
    return [replace(d, fields={**d.fields, "signed": label}) if d.type is DocType.DEPARTURE_COMMITMENT else d
            for d in _letter(letter, mark=mark)]


def test_a_signing_label_alone_is_no_signature_but_a_mark_beside_it_is() -> None:
    letter = LETTER + "Signature du volontaire :"
    r = evaluate(_label_signed(letter, mark=False))
    assert ("letter_not_signed", "departure_commitment") not in codes(r) and r.status is Status.TO_VERIFY
    item = _signature_items(r)[0]
    assert item.params["field"] == "signed" and "without the signer's name" in " ".join(item.evidence)
    assert evaluate(_label_signed(letter, mark=True)).status is Status.COMPLETE
    # the signer named after the label signs it in the text
    assert evaluate(_label_signed(LETTER + "Signature du volontaire : Amadou DIALLO", mark=False)).status \
        is Status.COMPLETE


def test_a_line_to_sign_on_beside_the_typed_name_is_no_signature() -> None:
    # the reader's "signing line" (dots to sign on, the volunteer's name typed beside them) is printed on
    # signed and unsigned letters alike: a place to sign, to verify without a mark, signed with one
    letter = LETTER + "Amadou DIALLO ....................................."
    line = Field(True, "Amadou DIALLO .....................................", 1, "phrase:signing line")
    docs = [replace(d, fields={**d.fields, "signed": line}) if d.type is DocType.DEPARTURE_COMMITMENT else d
            for d in _letter(letter)]
    r = evaluate(docs)
    assert ("letter_not_signed", "departure_commitment") not in codes(r) and r.status is Status.TO_VERIFY
    assert "a line to sign on" in " ".join(_signature_items(r)[0].evidence)
    marked = [replace(d, file=replace(d.file, pages=(replace(d.file.pages[0], has_signature_mark=True),)))
              if d.type is DocType.DEPARTURE_COMMITMENT else d for d in docs]
    assert evaluate(marked).status is Status.COMPLETE


@pytest.mark.parametrize("closing", [
    # a place to sign labelled on its own line, the typed name under it: the place, not the signature
    "Signature du / de la volontaire\nAmadou DIALLO",
    # a tablet's form printing its mention of an electronic signature, its box for the drawn one found empty
    "Signé électroniquement sur tablette, en présence d'un membre de l'équipe.\nSignature du volontaire\n"
    "Amadou DIALLO",
])
def test_a_place_to_sign_found_empty_is_to_verify_whatever_the_text_says_around_it(closing: str) -> None:
    r = evaluate(_label_signed(LETTER + closing, mark=False))
    assert ("letter_not_signed", "departure_commitment") not in codes(r) and r.status is Status.TO_VERIFY
    assert _signature_items(r)[0].params["field"] == "signed"
    assert evaluate(_label_signed(LETTER + closing, mark=True)).status is Status.COMPLETE


def test_a_letter_whose_foot_shows_a_date_not_read_as_its_signing_is_to_verify_not_undated() -> None:
    # dated only by an office's dater stamp at its foot: the date of signing not read, a date there all the same
    stamped = LETTER.replace("Fait à Lyon, le 20 septembre 2026\n", "") + "Signé en nos locaux\n20 SEPT 2026\nLYON"
    docs = _with_text(complete_documents(), "departure_commitment", stamped, signed=True)
    docs = [replace(d, fields={k: v for k, v in d.fields.items() if k != "signature_date"})
            if d.type is DocType.DEPARTURE_COMMITMENT else d for d in docs]
    r = evaluate(docs)
    assert ("letter_not_dated", "departure_commitment") not in codes(r) and r.status is Status.TO_VERIFY
    item = _signature_items(r)[0]
    assert item.params["field"] == "signature_date" and "20 SEPT 2026" in " ".join(item.evidence)
    # no date at its foot: undated
    bare = LETTER.replace("Fait à Lyon, le 20 septembre 2026\n", "Amadou DIALLO\n")
    docs = _with_text(complete_documents(), "departure_commitment", bare, signed=True)
    docs = [replace(d, fields={k: v for k, v in d.fields.items() if k != "signature_date"})
            if d.type is DocType.DEPARTURE_COMMITMENT else d for d in docs]
    assert ("letter_not_dated", "departure_commitment") in codes(evaluate(docs))


def test_a_two_letter_surname_closing_the_letter_leaves_it_to_verify() -> None:
    letter = make_doc("departure_commitment", text="I promise to go home at the end of my mission.\n"
                      "Lyon, 20 September 2026\nSincerely,\nThị Lan LÊ", surname="LÊ", given_names="Thị Lan",
                      signed=False)
    seen = signing(letter, False)
    assert seen.signed is None and "closes with the signer's name" in seen.evidence
    assert signing(replace(letter, file=replace(letter.file, pages=(replace(letter.file.pages[0], text=(
        "I promise to go home at the end of my mission.\nLyon, 20 September 2026\nSincerely,")),))), False).signed \
        is False


def test_a_letter_that_shows_nothing_that_signs_it_is_unsigned() -> None:
    r = evaluate(_letter(LETTER))
    assert ("letter_not_signed", "departure_commitment") in codes(r) and r.status is Status.TO_VERIFY
    # what the body says of another signature (the contract's) neither signs the letter nor leaves it in doubt
    r = evaluate(_letter(LETTER.replace("de volontariat", "de volontariat signé le 15 septembre 2026")))
    assert ("letter_not_signed", "departure_commitment") in codes(r)


# ------------------------------------------------------------------ mission_not_social

PLAIN_CONTRACT = ("CONTRAT DE VOLONTARIAT\nEntre l'association Horizons Partagés et Amadou DIALLO.\n"
                  "Objet de la mission : animation d'ateliers de photographie numérique.\n")


def _contract(text: str = PLAIN_CONTRACT, confidence: float = 0.95, **fields: object) -> list[Document]:
    docs = _with_text(complete_documents(), "volunteer_contract", text,
                      **{"mission": "animation d'ateliers de photographie numérique", **fields})
    return [replace(d, classification=replace(d.classification, confidence=confidence))
            if d.type is DocType.VOLUNTEER_CONTRACT else d for d in docs]


def _notes(r: DossierReport, code: str) -> list[Gap]:
    return [g for g in r.gaps if g.code == code and g.severity is Severity.INFO]


def test_a_mission_read_with_confidence_and_no_social_purpose_is_reported() -> None:
    assert ("mission_not_social", None) in codes(evaluate(_contract()))


def test_a_mission_not_read_with_confidence_is_a_note_not_a_warning() -> None:
    # the contract may be something else (a close call between two types)
    r = evaluate(_contract(confidence=0.6))
    assert ("mission_not_social", None) not in codes(r)
    note = _notes(r, "field_unreadable")[0]
    assert note.params["field"] == "mission" and note.params["file"] == "volunteer_contract.pdf"
    for lang in LANGS:
        assert "volunteer_contract.pdf" in message(note, lang) and "{" not in message(note, lang)
    # its page image too poor to trust the words read
    r = evaluate(poor_image(_contract(), "volunteer_contract", "blurred"))
    assert ("mission_not_social", None) not in codes(r) and _notes(r, "field_unreadable")
    # the mission not found at all: nothing says what it is
    docs = [replace(d, fields={k: v for k, v in d.fields.items() if k != "mission"}) for d in _contract()]
    r = evaluate(docs)
    assert ("mission_not_social", None) not in codes(r) and _notes(r, "field_unreadable")


def test_a_general_interest_purpose_in_the_official_words_is_no_gap() -> None:
    text = PLAIN_CONTRACT + "La mission, d'intérêt général, vise la protection des personnes âgées.\n"
    assert ("mission_not_social", None) not in codes(evaluate(_contract(text)))


def test_the_name_of_a_town_s_social_action_centre_says_nothing_of_the_mission() -> None:
    # the place the volunteer serves is named "Centre communal d'action sociale": its name, not the mission's character
    text = PLAIN_CONTRACT + "Structure d'accueil : Centre communal d'action sociale de Rennes.\n"
    assert ("mission_not_social", None) in codes(evaluate(_contract(text)))
    # nor does the name of a care home the volunteer serves ("autonomie")
    text = PLAIN_CONTRACT + "Structure d'accueil : Résidence autonomie Les Glycines, Rennes.\n"
    assert ("mission_not_social", None) in codes(evaluate(_contract(text)))
    # a mission of social action in its own words is one
    text = PLAIN_CONTRACT + "La mission relève de l'action sociale du quartier.\n"
    assert ("mission_not_social", None) not in codes(evaluate(_contract(text)))


# ------------------------------------------------------------------ missing_document / unrecognized_file

# A page in words the classifier has no cue for (a layout it does not know): left unknown.
UNTYPED = "PIÈCE 6\nAwa KONATÉ\nRetour prévu à Abidjan en octobre 2027."
BILL = "FACTURE n° 2026-118\nÉlectricité, octobre 2026\nMONTANT TTC : 54,20 EUR"


def test_an_untyped_file_may_be_the_one_missing_document_to_verify_not_missing() -> None:
    docs = without(complete_documents(), "departure_commitment") + [make_doc("unknown", "scan_7.pdf", text=UNTYPED,
                                                                             confidence=0.9)]
    r = evaluate(docs)
    assert ("missing_document", "departure_commitment") not in codes(r)
    assert "unrecognized_file" not in {g.code for g in r.gaps}  # said once, as what it may be
    item = next(i for i in r.to_verify if i.reason == "possible_document")
    assert item.id == "departure_commitment" and item.files == ("scan_7.pdf",)
    assert r.status is Status.TO_VERIFY  # never complete: a person looks


def test_a_file_that_is_surely_another_paper_leaves_the_document_missing() -> None:
    docs = without(complete_documents(), "departure_commitment") + [make_doc("unknown", "bill.pdf", text=BILL)]
    r = evaluate(docs)
    assert ("missing_document", "departure_commitment") in codes(r) and ("unrecognized_file", None) in codes(r)
    assert r.status is Status.INCOMPLETE
    # nor does a file whose name says it is another paper, whatever its text
    r = evaluate(without(complete_documents(), "departure_commitment") + [make_doc("unknown", "facture_edf.jpg",
                                                                                   text=UNTYPED)])
    assert ("missing_document", "departure_commitment") in codes(r) and ("unrecognized_file", None) in codes(r)


def test_with_two_documents_missing_nothing_says_which_an_untyped_file_is() -> None:
    docs = without(without(complete_documents(), "departure_commitment"), "approval_decision")
    r = evaluate(docs + [make_doc("unknown", "scan_7.pdf", text=UNTYPED, confidence=0.9)])
    assert {("missing_document", "departure_commitment"), ("missing_document", "approval_decision")} <= codes(r)
    assert r.status is Status.INCOMPLETE


# Read as nothing for sure; its cues point at the contract (which the dossier has) and, near tie, at the letter.
NEAR_LETTER = "Je quitterai la France à la fin de ma mission de volontariat.\nContrat de volontariat du 1er mars."
CONTRACT_COPY = "Contrat de volontariat du 1er mars entre l'association et le volontaire."


def test_an_untyped_file_near_tie_with_the_missing_type_is_to_verify_not_missing() -> None:
    docs = without(complete_documents(), "departure_commitment")
    r = evaluate(docs + [make_doc("unknown", "scan_8.pdf", text=NEAR_LETTER, confidence=0.3)])
    assert ("missing_document", "departure_commitment") not in codes(r)
    assert "unrecognized_file" not in {g.code for g in r.gaps}
    item = next(i for i in r.to_verify if i.reason == "possible_document")
    assert item.id == "departure_commitment" and item.files == ("scan_8.pdf",)
    assert r.status is Status.TO_VERIFY
    # with the approval missing too, only the document it points at is to verify
    r = evaluate(without(docs, "approval_decision") + [make_doc("unknown", "scan_8.pdf", text=NEAR_LETTER)])
    assert ("missing_document", "approval_decision") in codes(r, Severity.ERROR)
    assert ("missing_document", "departure_commitment") not in codes(r)
    assert [i.id for i in r.to_verify if i.reason == "possible_document"] == ["departure_commitment"]


# Read as a second contract; its cues point at the letter too, a little further than a near tie.
SECOND_CONTRACT = ("Contrat d'engagement de volontariat - annexe\nJe promets de quitter la France à la fin de ma "
                   "mission.\nEntre l'association et le volontaire.")


def test_a_second_contract_whose_cues_point_at_a_missing_letter_is_to_verify_not_missing() -> None:
    # two documents missing (the letter and the acceptance): the spare contract may still be the letter
    docs = without(without(complete_documents(), "departure_commitment"), "acceptance_certificate")
    r = evaluate(docs + [make_doc("volunteer_contract", "scan_7.pdf", text=SECOND_CONTRACT)])
    assert ("missing_document", "departure_commitment") not in codes(r)
    item = next(i for i in r.to_verify if i.reason == "possible_document")
    assert item.id == "departure_commitment" and item.files == ("scan_7.pdf",)


def test_an_untyped_file_pointing_at_a_type_the_dossier_has_stays_unrecognised() -> None:
    r = evaluate(without(complete_documents(), "departure_commitment")
                 + [make_doc("unknown", "scan_9.pdf", text=CONTRACT_COPY)])
    assert ("missing_document", "departure_commitment") in codes(r) and ("unrecognized_file", None) in codes(r)


# ------------------------------------------------------------------ association_mismatch

APPROVAL = ("ARRÊTÉ N° 2024-118 portant agrément de service civique\n"
            "Le préfet accorde l'agrément à la Fédération des Réseaux d'Aide Sociale (FRAS), association loi 1901,\n"
            "dont le siège est 12 rue des Lilas, Lyon.")


@pytest.mark.parametrize(
    ("read_on_contract", "contract_text"),
    [
        pytest.param("Partenaires du Sud", "Entre l'ONG Federation des Reseaux d'Aide Socia1e et le volontaire, "
                     "avec ses Partenaires du Sud.", id="ocr-most-words"),
        pytest.param("Réseau Lumière", "L'association FRAS, membre du Réseau Lumière, accueille le volontaire.",
                     id="acronym-in-text"),
    ],
)
def test_association_names_that_disagree_are_to_verify_when_a_text_names_the_other(
        read_on_contract: str, contract_text: str) -> None:
    docs = _with_text(complete_documents(), "approval_decision", APPROVAL,
                      association="Fédération des Réseaux d'Aide Sociale")
    docs = _with_text(docs, "volunteer_contract", contract_text, association=read_on_contract)
    docs = [d for d in docs if d.type is not DocType.ACCEPTANCE_CERTIFICATE]
    r = evaluate(docs)
    assert ("association_mismatch", None) not in codes(r)
    assert r.status is Status.TO_VERIFY
    item = next(i for i in r.to_verify if i.id == "same_association")
    assert item.params["field"] == "association" and "approval_decision.pdf" in item.files
    assert to_verify_message(item, "en")


def test_a_name_read_with_its_label_and_the_next_line_on_both_documents_is_to_verify() -> None:
    # the contract's reading ran into its label and the volunteer's name, the approval's into its article: both
    # readings hold "Réseaux d'Aide Sociale" in a row, which each other document's text names
    docs = _with_text(complete_documents(), "approval_decision", APPROVAL,
                      association="Réseaux d'Aide Sociale (FRAS), association loi 1901")
    docs = _with_text(docs, "volunteer_contract",
                      "L'ORGANISME D'ACCUEIL / LE VOLONTAIRE\nFédération des Réseaux d'Aide Sociale DIALLO Amadou",
                      association="D'ACCUEIL / LE VOLONTAIRE Fédération des Réseaux d'Aide Sociale DIALLO Amadou 7 pl")
    r = evaluate([d for d in docs if d.type is not DocType.ACCEPTANCE_CERTIFICATE])
    assert ("association_mismatch", None) not in codes(r) and r.status is Status.TO_VERIFY
    assert next(i for i in r.to_verify if i.id == "same_association").params["check"] == "association"


def test_an_acronym_read_on_one_document_that_the_other_spells_out_with_it_is_no_mismatch() -> None:
    # the approval's own text gives "(FRAS)" after the full name: both name that very body
    docs = _with_text(complete_documents(), "approval_decision", APPROVAL,
                      association="Fédération des Réseaux d'Aide Sociale")
    docs = _with_text(docs, "volunteer_contract", "Entre la FRAS et le volontaire Amadou DIALLO.", association="FRAS")
    r = evaluate([d for d in docs if d.type is not DocType.ACCEPTANCE_CERTIFICATE])
    assert ("association_mismatch", None) not in codes(r)
    assert not [i for i in r.to_verify if i.id == "same_association"]


def test_another_association_on_the_contract_is_still_a_mismatch() -> None:
    docs = _with_text(complete_documents(), "approval_decision", APPROVAL,
                      association="Fédération des Réseaux d'Aide Sociale")
    docs = _with_text(docs, "volunteer_contract", "Entre l'association Terres Solidaires (TS) et le volontaire.",
                      association="Terres Solidaires")
    docs = [d for d in docs if d.type is not DocType.ACCEPTANCE_CERTIFICATE]
    assert ("association_mismatch", None) in codes(evaluate(docs), Severity.ERROR)


# ------------------------------------------------------------------ a field not read, shown by the text


def _unread(docs: list[Document], t: str, text: str, name: str) -> list[Document]:
    """The documents, the one of type `t` with its page text `text` and its field `name` not read."""
    out = _with_text(docs, t, text)
    return [replace(d, fields={k: f for k, f in d.fields.items() if k != name}) if d.type.value == t else d
            for d in out]


def test_a_passport_number_not_read_on_the_visa_but_printed_in_its_remarks_is_verified() -> None:
    visa = "VISA D\nREMARQUES : VLS-TS VOLONTAIRE - PASSEPORT AB 1234567\nDUREE 365 JOURS"
    r = evaluate(_unread(complete_documents(), "visa", visa.replace("AB 1234567", "AB1234567"), "passport_number"))
    assert not [i for i in r.to_verify if i.id == "visa_on_passport"] and r.status is Status.COMPLETE
    note = next(g for g in r.gaps if g.code == "value_read_in_text")
    assert note.severity is Severity.INFO and "visa.pdf: its text shows AB1234567, as passport.pdf gives it" in note.evidence
    assert "{" not in message(note, "en") and "{" not in message(note, "fr")
    # another passport's number, or none: not settled
    for text in (visa.replace("AB 1234567", "XY9876543"), "VISA D\nDUREE 365 JOURS"):
        r = evaluate(_unread(complete_documents(), "visa", text, "passport_number"))
        assert r.status is Status.TO_VERIFY and [i for i in r.to_verify if i.id == "visa_on_passport"]


def test_an_association_not_read_on_the_approval_but_named_in_full_in_its_body_is_verified() -> None:
    body = ("ARRÊTÉ N° 2024-118\nArticle 1er - L'association « Solidarité Jeunesse », dont le siège est à Lyon, est "
            "agréée au titre du volontariat.")
    r = evaluate(_unread(complete_documents(), "approval_decision", body, "association"))
    assert not [i for i in r.to_verify if i.id == "same_association"]
    assert any(g.code == "value_read_in_text" and g.params["field"] == "association" for g in r.gaps)
    other = body.replace("Solidarité Jeunesse", "Terres Solidaires")
    r = evaluate(_unread(complete_documents(), "approval_decision", other, "association"))
    assert [i for i in r.to_verify if i.id == "same_association"]


def test_a_blank_page_scanned_after_a_signed_letter_does_not_hide_its_signature() -> None:
    docs = _letter(LETTER, mark=True)
    docs = [replace(d, file=replace(d.file, pages=(*d.file.pages, Page(2, "", TextSource.OCR)), page_count=2),
                    pages=(1, 2)) if d.type is DocType.DEPARTURE_COMMITMENT else d for d in docs]
    assert evaluate(docs).status is Status.COMPLETE


def test_names_one_letter_apart_off_a_page_image_are_to_verify() -> None:
    # the same birth date, and DIALLO read as DIAKLO off a scan: a misread letter, not another person
    docs = replaced(complete_documents(), "volunteer_contract", surname="DIAKLO")
    scanned = [replace(d, file=replace(d.file, pages=tuple(replace(p, source=TextSource.OCR) for p in d.file.pages)))
               if d.type is DocType.VOLUNTEER_CONTRACT else d for d in docs]
    r = evaluate(scanned)
    assert ("identity_mismatch", None) not in codes(r) and r.status is Status.TO_VERIFY
    item = next(i for i in r.to_verify if i.reason == "identity_unverified")
    assert item.params["check"] == "name_misread" and "DIAKLO" in to_verify_message(item, "en")
    # from a text layer the letters are the document's own: a mismatch
    assert ("identity_mismatch", None) in codes(evaluate(docs))
    # two letters apart off an image: no misread letter (at most the same birth date leaves it to verify)
    two = [replace(d, fields={**d.fields, "surname": Field("DIAKKO", "DIAKKO", 1, "label")})
           if d.type is DocType.VOLUNTEER_CONTRACT else d for d in scanned]
    assert not any(i.params.get("check") == "name_misread" for i in evaluate(two).to_verify)
    # one letter and another birth date: another person
    other = [replace(d, fields={**d.fields, "surname": Field("DIAKLO", "DIAKLO", 1, "label"),
                                "date_of_birth": Field(date(1991, 1, 5), "05/01/1991", 1, "label")})
             if d.type is DocType.VOLUNTEER_CONTRACT else d for d in scanned]
    assert ("identity_mismatch", None) in codes(evaluate(other))


def test_a_passport_number_read_on_the_visa_with_a_character_lost_at_an_end_is_to_verify() -> None:
    # "B1234567" on the visa for the passport's "AB1234567" (OCR lost the first letter of a photographed sticker;
    # development shape passport_visa_photo, seed 9101): a misreading, not another passport; one character
    # changed inside the number stays a mismatch
    for misread in ("B1234567", "AB123456"):
        r = evaluate(replaced(complete_documents(), "visa", passport_number=misread))
        assert ("document_number_mismatch", None) not in codes(r), misread
        assert r.status is Status.TO_VERIFY
        [item] = [i for i in r.to_verify if i.id == "visa_on_passport"]
        assert item.reason == "identity_unverified" and "character lost" in " ".join(item.evidence)
        assert "B1234567" in to_verify_message(item, "en") or "AB123456" in to_verify_message(item, "en")
    r = evaluate(replaced(complete_documents(), "visa", passport_number="AB1234568"))
    assert ("document_number_mismatch", None) in codes(r)


def test_a_mission_for_people_in_words_not_on_the_list_is_for_a_person_to_judge() -> None:
    """"Aider les enfants du quartier à faire leurs devoirs": a mission serving people, none of the official list's
    words; a note naming the file and the people it serves, not a warning that it is not social."""
    mission = "aider les enfants du quartier à faire leurs devoirs après l'école"
    text = PLAIN_CONTRACT.replace("animation d'ateliers de photographie numérique", mission)
    r = evaluate(_contract(text, mission=mission))
    assert ("mission_not_social", None) not in codes(r)
    note = next(g for g in _notes(r, "field_unreadable") if g.params.get("reason") == "unlisted")
    assert note.params["people"] == "enfants"
    for lang in LANGS:
        assert "volunteer_contract.pdf" in message(note, lang) and "enfants" in message(note, lang)
    # a mission serving no one in particular is still reported
    assert ("mission_not_social", None) in codes(evaluate(_contract()))


def test_a_number_printed_by_the_other_document_on_the_same_page_settles_nothing() -> None:
    """A visa sticker copied with the passport's data page, the sticker's passport number not read: the page shows
    the passport's own number, printed by the passport, which says nothing of the number the sticker gives. To
    verify, never complete (the sticker may name another passport)."""
    page = "VISA FRA\nN° PASSEPORT\n\nPASSPORT\nPassport No. AB1234567\nP<SENDIALLO<<AMADOU<<<<"
    docs = without(complete_documents(), "visa") + [
        make_doc("visa", "copie.pdf", text=page, visa_category="long_stay", valid_from=date(2026, 11, 1),
                 valid_until=date(2027, 10, 31), **PERSON),
        make_doc("passport", "copie.pdf", text=page, document_number="AB1234567", expiry_date=date(2030, 5, 1),
                 nationality="SEN", **PERSON)]
    r = evaluate(docs)
    assert r.status is Status.TO_VERIFY
    assert any(v.params.get("file") == "copie.pdf" and v.params.get("field") == "passport_number" for v in r.to_verify)
    # the same number in a visa's own file, no passport on its page: read in its text, as before
    docs[-2] = make_doc("visa", "visa.pdf", text="VISA FRA\nDélivré sur le passeport AB1234567", visa_category="long_stay",
                        valid_from=date(2026, 11, 1), valid_until=date(2027, 10, 31), **PERSON)
    assert evaluate(docs).status is Status.COMPLETE


def test_a_birth_certificate_whose_person_was_not_read_at_all_is_not_passed() -> None:
    """No name and no birth date read on the birth certificate: whose it is was not verified, so the dossier is not
    complete; its text naming the applicant in full settles it."""
    other = "ACTE DE NAISSANCE\nest né un enfant prénommé Kwame, nom de famille OWUSU."
    docs = replaced(complete_documents(), "birth_certificate", surname=None, given_names=None, date_of_birth=None)
    docs = _with_text(docs, "birth_certificate", other)
    docs = [replace(d, fields={k: v for k, v in d.fields.items() if k not in ("surname", "given_names", "date_of_birth")})
            if d.type is DocType.BIRTH_CERTIFICATE else d for d in docs]
    r = evaluate(docs)
    assert r.status is Status.TO_VERIFY
    assert any(v.id == "same_person" and v.params.get("file") == "birth_certificate.pdf" for v in r.to_verify)
    mine = "ACTE DE NAISSANCE\nLe 12 avril 1998 est né à Dakar : Amadou DIALLO, de sexe masculin."
    docs = [replace(d, file=replace(d.file, pages=(Page(1, mine, TextSource.TEXT_LAYER),)))
            if d.type is DocType.BIRTH_CERTIFICATE else d for d in docs]
    assert evaluate(docs).status is Status.COMPLETE


def test_a_name_whose_text_layer_lost_one_accented_letter_is_to_verify() -> None:
    # a PDF's font with no glyph for "Ễ" leaves "NGUYN" in its text layer; the same birth date on both papers
    docs = [replace(d, fields={**d.fields, "surname": Field("NGUYỄN", "NGUYỄN", 1, "label")}) if "surname" in d.fields
            else d for d in complete_documents()]
    lost = [replace(d, fields={**d.fields, "surname": Field("NGUYN", "NGUYN", 1, "label")})
            if d.type is DocType.VOLUNTEER_CONTRACT else d for d in docs]
    r = evaluate(lost)
    assert ("identity_mismatch", None) not in codes(r), codes(r)
    assert any(i.params.get("check") == "name_misread" for i in r.to_verify), [(i.id, i.params) for i in r.to_verify]
    # against a zone's spelling without accents ("TRAN" for "TRẦN"), the vowel lost
    zone = [replace(d, fields={**d.fields, "surname": Field("TRAN" if d.type is not DocType.VOLUNTEER_CONTRACT
                                                            else "TRN", "x", 1, "label"),
                               "given_names": Field(str(d.fields["given_names"].value).upper(), "x", 1, "label")})
            if "surname" in d.fields and d.type is not DocType.VOLUNTEER_CONTRACT
            else replace(d, fields={**d.fields, "surname": Field("TRN", "x", 1, "label")}) if "surname" in d.fields
            else d for d in docs]
    assert ("identity_mismatch", None) not in codes(evaluate(zone))
    # a letter more than the accented one lost is another name: a mismatch
    other = [replace(d, fields={**d.fields, "surname": Field("NGUN", "NGUN", 1, "label")})
             if d.type is DocType.VOLUNTEER_CONTRACT else d for d in docs]
    assert ("identity_mismatch", None) in codes(evaluate(other))


def test_a_birth_certificate_of_another_child_whose_father_bears_the_applicant_s_name_is_a_mismatch() -> None:
    # the reading is sound: the child named is another person; the applicant's name stands there as the father's
    text = ("CERTIFIED COPY OF AN ENTRY OF BIRTH\nA CHILD OF THE FEMALE SEX, NAMED AMA BOATENG, WHOSE FATHER IS AMADOU "
            "DIALLO AND WHOSE MOTHER IS EFUA BOATENG.\n")
    docs = _with_text(complete_documents(), "birth_certificate", text, surname="BOATENG", given_names="AMA")
    assert ("identity_mismatch", None) in codes(evaluate(docs))
