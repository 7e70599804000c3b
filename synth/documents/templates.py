"""The template families beyond each kind's original one (family 1), with their development/held-out split.

Families 2 and 3 of each kind were development families from the start.  The next
ones (4 to 6) were held out until session 4, when the reader engineers looked at
them: they are development families now.  The families after them, written by a
new hand in modules of their own, are held out: nobody tunes the reader on them,
and the benchmarks report them apart.  Once they have been looked at in turn,
promote them the same way and add new held-out families at the end.
"""

from __future__ import annotations

from synth.documents import (
    approval_acts,
    civil_papers,
    contract_forms,
    contracts,
    decisions,
    dev_association,
    dev_civil,
    dev_identity,
    dev_volunteer,
    id_cards,
    letters,
    registry,
    stickers,
    travel_papers,
    volunteer_letters,
)
from synth.documents.common import Builder

DEV, HELD = "development", "held_out"

# Numbers never change: a promoted family keeps its place and new families go at the end of
# each tuple.  The DEV families from the fourth on were held out until session 4 (promoted
# once looked at); the HELD families are the new held-out ones.
TEMPLATES: dict[str, tuple[tuple[str, str, Builder], ...]] = {
    "passport": (
        (DEV, "English labels, dates 13 07 1990", stickers.passport_english),
        (DEV, "numbered bilingual labels, dates 20 MAY /MAI 95", stickers.passport_numbered),
        (DEV, "Spanish/English labels, photo on the right, dotted dates", stickers.passport_spanish),
        (DEV, "inline short labels, dashed dates", stickers.passport_inline),
        (HELD, "booklet spread: entry-stamp page beside the data page", travel_papers.passport_spread),
        (HELD, "French-first data page in ruled boxes", travel_papers.passport_boxed),
        (DEV, "labels in the country's language, English and French, number top right, dates 13 JUL 1990",
         dev_identity.passport_trilingual),
    ),
    "visa": (
        (DEV, "VALIDE DU / VALID FROM, CATÉGORIE, dashed dates", stickers.visa_valid_from),
        (DEV, "English-first labels, dates with spaces", stickers.visa_english_first),
        (DEV, "validity in one line: VALABLE POUR ... DU ... AU ...", stickers.visa_sentence),
        (DEV, "terse unaccented labels inline, dotted dates", stickers.visa_terse),
        (HELD, "sticker on its passport page with an entry stamp", travel_papers.visa_on_page),
        (HELD, "English-first, category in words", travel_papers.visa_category_words),
        (DEV, "validity in a row of three cells, two-digit years 14-11-26", dev_identity.visa_cells),
    ),
    "photo_id": (
        (DEV, "English labels, dates with spaces", stickers.photo_id_english),
        (DEV, "French capitals, inline labels", stickers.photo_id_french),
        (DEV, "numbered bilingual labels, photo on the right", stickers.photo_id_numbered),
        (DEV, "inline English labels, dashed dates", stickers.photo_id_resident),
        (HELD, "both faces on one A4 photocopy", id_cards.photo_id_photocopy),
        (HELD, "values above labels in the holder's language", id_cards.photo_id_values_first),
        (DEV, "front above back, issue date and zone on the back", dev_identity.photo_id_front_back),
    ),
    "consular_card": (
        (DEV, "French labels, dotted dates", stickers.consular_card_french),
        (DEV, "an embassy's English card", stickers.consular_card_english),
        (DEV, "Spanish/French labels, photo on the right", stickers.consular_card_spanish),
        (DEV, "inline French labels, dashed dates", stickers.consular_card_inline),
        (HELD, "embassy band, boxed number, values above labels", id_cards.consular_card_band),
        (HELD, "both faces on one A4 photocopy, validity in a sentence", id_cards.consular_card_both_faces),
        (DEV, "portrait card, number in a box, 'Valable du ... au'", dev_identity.consular_card_portrait),
    ),
    "birth_certificate": (
        (DEV, "registry act in capitals, motto, date of birth in words", registry.birth_registry_caps),
        (DEV, "foreign original and sworn French translation in one file", registry.birth_sworn_translation),
        (DEV, "'NOUS ... CERTIFIONS', dates with spaces", registry.birth_court_formula),
        (DEV, "English form with numbered boxes, dashed dates", registry.birth_form_en),
        (DEV, "bilingual labels, dates 20 MAY /MAI 95", registry.birth_bilingual),
        (HELD, "register copy: summary and mentions in a margin column, act in words", civil_papers.birth_margin_register),
        (HELD, "English register entry as a landscape table", civil_papers.birth_register_entry_en),
        (DEV, "sworn translation first with the translator's statement, original after (or a legalisation)",
         dev_civil.birth_translation_first),
        (DEV, "multilingual form with numbered boxes, dates in year/month/day cells", dev_civil.birth_plurilingual),
        (DEV, "registry copy: number in a side box, act in words, numbered mentions, date in the footer",
         dev_civil.birth_registry_mentions),
    ),
    "nationality_certificate": (
        (DEV, "court formula in capitals under the motto", registry.nationality_court_caps),
        (DEV, "English 'This is to certify'", registry.nationality_english),
        (DEV, "labelled form, dates with spaces", registry.nationality_form),
        (DEV, "English original and sworn translation", registry.nationality_translated),
        (HELD, "court clerk's certificate, particulars in a ruled table", civil_papers.nationality_clerk),
        (HELD, "English 'hereby certified', ordinal dates", civil_papers.nationality_hereby_en),
        (DEV, "clerk's certificate in a double frame, issue date only in the footer", dev_identity.nationality_framed),
    ),
    "consular_attestation": (
        (DEV, "attestation d'immatriculation, date on top", registry.consular_registration),
        (DEV, "an embassy's English consular certificate", registry.consular_certificate_en),
        (DEV, "bilingual labelled attestation", registry.consular_bilingual_form),
        (DEV, "Spanish constancia with a French summary", registry.consular_letter_spanish),
        (HELD, "identity attestation, photo in a table, date in a footer", civil_papers.consular_identity_table),
        (HELD, "letter to the prefecture with an Objet line", civil_papers.consular_letter_prefecture),
        (DEV, "attestation with the photo under the stamp, particulars in a table", dev_identity.consular_attestation_table),
    ),
    "volunteer_contract": (
        (DEV, "convention: labelled particulars, then articles", contracts.contract_convention),
        (DEV, "English volunteering agreement, numbered clauses", contracts.contract_agreement_en),
        (DEV, "signed by a federation with an agrément number, blanks filled by hand", contracts.contract_federation),
        (DEV, "a town hall's contract for the association, many articles", contracts.contract_town_hall),
        (DEV, "bilingual, article by article", contracts.contract_bilingual),
        (HELD, "parties in two boxes, articles citing the approval and the commitment to leave", contract_forms.contract_parties_columns),
        (HELD, "English service agreement, particulars in a closing schedule", contract_forms.contract_schedule_en),
        (HELD, "printed form filled in by hand, dates in digit boxes", contract_forms.contract_form_boxes),
        (DEV, "title on page 1 only, preamble citing the permit and the commitment to leave, initials in footers",
         dev_volunteer.contract_preamble),
        (DEV, "engagement letter 'valant contrat', bullet conditions, handwritten 'Bon pour accord' and date",
         dev_volunteer.contract_engagement_letter),
        (DEV, "French and English side by side in two columns", dev_volunteer.contract_two_columns),
    ),
    "approval_decision": (
        (DEV, "ministry decision, association after a label", decisions.decision_ministry),
        (DEV, "letter notifying the decision", decisions.decision_notification),
        (DEV, "arrêté naming the association only in its body", decisions.decision_body_only),
        (DEV, "arrêté, association in quotes in article 1, date on top", decisions.decision_prefect_caps),
        (DEV, "attestation restating the decision", decisions.decision_extract),
        (HELD, "arrêté as printed in the published record of acts", approval_acts.decision_published_record),
        (HELD, "renewal decision citing the first approval", approval_acts.decision_renewal),
        (HELD, "agency certificate, acronym and name", approval_acts.decision_agency_certificate),
        (DEV, "arrêté with Vu, Considérant, 'Article premier', association in quotes in the body, page footer",
         dev_association.decision_arrete_considerants),
        (DEV, "decision dated in its title, approved body in a ruled table", dev_association.decision_ministry_table),
        (DEV, "service's letter notifying the approval, own date on top, decision date in a sentence",
         dev_association.decision_service_letter),
    ),
    "departure_commitment": (
        (DEV, "handwritten attestation sur l'honneur mentioning the contract", letters.departure_honour),
        (DEV, "typed bilingual declaration, English first", letters.departure_declaration_en),
        (DEV, "pledge to go home, no date of birth, 'Fait à' at the bottom", letters.departure_pledge),
        (DEV, "association's form filled in by hand, ticked box", letters.departure_form),
        (DEV, "short handwritten English note", letters.departure_note_en),
        (HELD, "handwritten letter to the prefecture citing contract and visa", volunteer_letters.departure_to_prefecture),
        (HELD, "own-language original with a French translation", volunteer_letters.departure_with_translation),
        (HELD, "typed English undertaking under a French heading", volunteer_letters.departure_undertaking_en),
        (DEV, "typed letter to the prefecture, many dates in the body, signed at home or in France",
         dev_volunteer.departure_typed_prefecture),
        (DEV, "handwritten, no title, association by acronym, dated in words", dev_volunteer.departure_handwritten_words),
    ),
    "acceptance_certificate": (
        (DEV, "third person, place and date on top", letters.acceptance_letter_top),
        (DEV, "English letter of acceptance", letters.acceptance_letter_en),
        (DEV, "labelled lines with dotted leaders", letters.acceptance_table),
        (DEV, "bilingual French then English", letters.acceptance_bilingual),
        (DEV, "letter with an 'Objet' line and no title", letters.acceptance_mail),
        (HELD, "sidebar letterhead, mentions the contract to come", volunteer_letters.acceptance_sidebar),
        (HELD, "English host statement in a table", volunteer_letters.acceptance_host_statement_en),
        (HELD, "short note without title, date in the footer", volunteer_letters.acceptance_note_footer),
        (DEV, "acronym letterhead, 'ci-après', cites the contract and the visa, stamp",
         dev_association.acceptance_acronym_letter),
        (DEV, "placement sheet in ruled tables, date only in the footer", dev_association.acceptance_placement_sheet),
        (DEV, "English letter to the consulate, ISO dates, no title", dev_association.acceptance_consulate_en),
    ),
}
