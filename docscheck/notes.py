"""Messages for what docscheck notes beside the gaps, each in (English, French): reminders of what no file
shows, and checks settled by a document's own text.  Kept apart from docscheck.messages, which holds the
gaps and the items to verify."""

from __future__ import annotations

NOTE_TEMPLATES: dict[str, tuple[str, str]] = {
    "reminder_proof_of_address": (
        "Reminder: also bring a proof of address less than six months old.",
        "Rappel : apportez aussi un justificatif de domicile de moins de six mois.",
    ),
    "reminder_photos": (
        "Reminder: also bring three recent identity photos.",
        "Rappel : apportez aussi trois photos d'identité récentes.",
    ),
    "reminder_republic_principles": (
        "Reminder: also sign the commitment to respect the principles of the Republic.",
        "Rappel : signez aussi le contrat d'engagement au respect des principes de la République.",
    ),
    "identity_read_in_text": (
        "{file} ({doc}): docscheck read {other_name} there, but its text names {shown}, as on {other_file}: "
        "the reading was another line's; the same person.",
        "{file} ({doc}) : docscheck y a lu {other_name}, mais son texte nomme {shown}, comme {other_file} : "
        "la lecture venait d'une autre ligne ; la même personne.",
    ),
    "value_read_in_text": (
        "{file} ({doc}): its {field_name} was not read where docscheck looks for it, but its text shows {value}, "
        "as {other_file} gives it: \"{rule}\" is verified by that text.",
        "{file} ({doc}) : « {field_name} » n'a pas été lu là où docscheck le cherche, mais son texte porte "
        "{value}, comme {other_file} : « {rule} » est vérifié par ce texte.",
    ),
    "same_association_read": (
        "{file} names \"{value}\" and {other_file} names \"{other_value}\": taken for the same association, "
        "written differently (case, accents, article, legal form, acronym or local branch set aside); check it "
        "if in doubt.",
        "{file} mentionne « {value} » et {other_file} « {other_value} » : considérés comme la même association, "
        "écrite autrement (casse, accents, article, forme juridique, sigle ou antenne locale mis à part) ; "
        "vérifiez-le en cas de doute.",
    ),
}
