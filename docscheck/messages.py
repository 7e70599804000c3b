"""Every message docscheck shows people, in English and French, each with the fix in plain words.

Gap parameters carry dates as ISO strings; here they become dates as people read
them ("12 March 2026", "12 mars 2026", "1er avril 2026").
"""

from __future__ import annotations

import re
from datetime import date

from docscheck.model import FileText, Gap, Severity, ToVerify
from docscheck.notes import NOTE_TEMPLATES

LANGS = ("en", "fr")

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
}


def human_date(d: date, lang: str) -> str:
    """A date as people write it: `12 March 2026`, `12 mars 2026`, `1er avril 2026`."""
    lang = _lang(lang)
    day = "1er" if lang == "fr" and d.day == 1 else str(d.day)
    return f"{day} {_MONTHS[lang][d.month - 1]} {d.year}"


def _lang(lang: str) -> str:
    return lang if lang in LANGS else "en"


DOC_NAMES = {
    "visa": ("visa", "visa"),
    "birth_certificate": ("birth certificate", "acte de naissance"),
    "passport": ("passport", "passeport"),
    "consular_attestation": ("consular attestation", "attestation consulaire"),
    "photo_id": ("identity card", "carte d'identité"),
    "consular_card": ("consular card", "carte consulaire"),
    "nationality_certificate": ("certificate of nationality", "certificat de nationalité"),
    "volunteer_contract": ("volunteer contract", "contrat de volontariat"),
    "approval_decision": ("approval decision", "décision d'agrément"),
    "departure_commitment": ("commitment to leave France", "engagement à quitter le territoire"),
    "acceptance_certificate": ("certificate of acceptance", "attestation d'accueil"),
    "unknown": ("unrecognised document", "document non reconnu"),
}

FIELD_NAMES = {
    "surname": ("surname", "nom"),
    "given_names": ("given names", "prénoms"),
    "date_of_birth": ("date of birth", "date de naissance"),
    "nationality": ("nationality", "nationalité"),
    "document_number": ("document number", "numéro du document"),
    "passport_number": ("passport number", "numéro de passeport"),
    "issue_date": ("date of issue", "date de délivrance"),
    "expiry_date": ("expiry date", "date d'expiration"),
    "valid_from": ("first day of validity", "début de validité"),
    "valid_until": ("last day of validity", "fin de validité"),
    "visa_category": ("visa category", "catégorie du visa"),
    "copy_kind": ("kind of copy (full copy or extract)", "type de copie (intégrale ou extrait)"),
    "association": ("association's name", "nom de l'association"),
    "start_date": ("start date", "date de début"),
    "end_date": ("end date", "date de fin"),
    "signature_date": ("date of signature", "date de signature"),
    "signed": ("signature", "signature"),
    "decision_date": ("date of the decision", "date de la décision"),
    "has_photo": ("holder's photo", "photo du titulaire"),
    "mission": ("mission", "mission"),
}

# What an unreadable file means, with the fix.
READ_ERRORS: dict[str, tuple[str, str]] = {
    "empty_file": ("The file is empty (0 bytes): upload it again",
                   "Le fichier est vide (0 octet) : déposez-le à nouveau"),
    "truncated_file": ("The file is cut short, probably an interrupted upload: upload it again",
                       "Le fichier est incomplet, sans doute un envoi interrompu : déposez-le à nouveau"),
    "corrupt_file": ("The file is damaged and cannot be opened: scan or export the document again",
                     "Le fichier est endommagé et ne peut pas être ouvert : scannez ou exportez à nouveau le document"),
    "encrypted_pdf": ("PDF is encrypted with a password: upload an unprotected copy",
                      "Le PDF est protégé par un mot de passe : déposez une copie non protégée"),
    "unsupported_format": ("This kind of file is not supported: upload a PDF, JPEG or PNG",
                           "Ce type de fichier n'est pas pris en charge : déposez un PDF, un JPEG ou un PNG"),
    "too_large": ("The file is too large: scan it at a lower resolution or split it",
                  "Le fichier est trop volumineux : scannez-le à une résolution plus basse ou découpez-le"),
    "permission_denied": ("The file cannot be opened (permission denied): check its access rights",
                          "Le fichier ne peut pas être ouvert (accès refusé) : vérifiez ses droits d'accès"),
    "read_failed": ("docscheck could not read this file (an unexpected error, please report it): "
                    "upload it again as a PDF or a photo",
                    "docscheck n'a pas pu lire ce fichier (erreur inattendue, merci de la signaler) : "
                    "déposez-le à nouveau en PDF ou en photo"),
    "ocr_failed": ("The text of the file could not be read: upload a sharper scan or photo",
                   "Le texte du fichier n'a pas pu être lu : déposez un scan ou une photo plus nette"),
    "ocr_timeout": ("Reading the file took too long and was stopped: upload a smaller or sharper scan",
                    "La lecture du fichier a pris trop de temps et a été arrêtée : déposez un scan plus léger ou plus net"),
    "symlink": ("The file is a symbolic link and was not followed: copy the real file into the folder",
                "Le fichier est un lien symbolique et n'a pas été suivi : copiez le vrai fichier dans le dossier"),
    "not_a_file": ("This is not an ordinary file (a pipe, device or missing file) and was not read: "
                   "copy the real document into the folder",
                   "Ce n'est pas un fichier ordinaire (tube, périphérique ou fichier disparu) et il n'a pas été lu : "
                   "copiez le vrai document dans le dossier"),
}
_READ_FALLBACK = ("The file could not be read: upload it again as a PDF, JPEG or PNG",
                  "Le fichier n'a pas pu être lu : déposez-le à nouveau en PDF, JPEG ou PNG")


def read_error_message(code: str, detail: str, lang: str) -> str:
    """Why a file could not be read and what to do, in `lang` (the technical detail in brackets)."""
    i = LANGS.index(_lang(lang))
    text = READ_ERRORS.get(code, _READ_FALLBACK)[i]
    return f"{text} ({detail})" if detail else text


# Gap templates: (English, French). A code with variants uses `code:variant` keys.
TEMPLATES: dict[str, tuple[str, str]] = {
    "missing_document": (
        "Missing: {title}. Fix: {fix}.",
        "Manquant : {title}. À faire : {fix}.",
    ),
    "wrong_visa_type": (
        "{file} is a short-stay visa (type C); the APS needs a long-stay visa (type D): "
        "apply to the French consulate for a long-stay visa.",
        "{file} est un visa court séjour (type C) ; l'APS exige un visa long séjour (type D) : "
        "demandez un visa long séjour au consulat de France.",
    ),
    "visa_not_valid:expired": (
        "Your visa ({file}) expired on {valid_until}, before the filing date {filing}: "
        "ask the prefecture what to do before filing.",
        "Votre visa ({file}) a expiré le {valid_until}, avant la date de dépôt du {filing} : "
        "demandez à la préfecture comment procéder avant de déposer.",
    ),
    "visa_not_valid:not_yet_valid": (
        "Your visa ({file}) is valid only from {valid_from}, after the filing date {filing}: "
        "file your application once the visa is valid.",
        "Votre visa ({file}) n'est valable qu'à partir du {valid_from}, après la date de dépôt du {filing} : "
        "déposez votre demande une fois le visa valable.",
    ),
    "birth_certificate_extract": (
        "{file} is an extract of the birth certificate, not a full copy: ask the civil registry of your "
        "place of birth for a full copy with the most recent entries.",
        "{file} est un extrait d'acte de naissance, pas une copie intégrale : demandez à l'état civil de "
        "votre lieu de naissance une copie intégrale avec les dernières mentions.",
    ),
    "expired_document": (
        "Your {doc} ({file}) expired on {expiry}, before the filing date {filing}: renew it, "
        "or provide another valid proof of identity.",
        "Votre {doc} ({file}) a expiré le {expiry}, avant la date de dépôt du {filing} : faites-le renouveler "
        "ou fournissez un autre justificatif d'identité valable.",
    ),
    "no_photo": (
        "No photo of you was found on {file} ({doc}): the prefecture takes a consular attestation, a "
        "consular card or a certificate of nationality only with your photo. Ask your consulate for one "
        "with your photo, or provide your passport (if the document has your photo, upload a sharper copy).",
        "Aucune photo de vous n'a été trouvée sur {file} ({doc}) : la préfecture n'accepte une attestation "
        "consulaire, une carte consulaire ou un certificat de nationalité qu'avec votre photo. Demandez-en un "
        "avec photo à votre consulat, ou fournissez votre passeport (si le document porte votre photo, "
        "déposez une copie plus nette).",
    ),
    "stale_document": (
        "Your {doc} ({file}) was issued on {issue_date}, more than {months} months before {filing}: "
        "ask your consulate for a new one.",
        "Votre {doc} ({file}) a été délivré{e} le {issue_date}, plus de {months} mois avant le {filing} : "
        "demandez-en un{e} nouve{lle} à votre consulat.",
    ),
    # A note (info) for a warning-level rule only: an error-level rule's unread field is a to-verify item.
    "date_unreadable": (
        "The {field_name} on {file} ({doc}) could not be read, so \"{rule}\" could not be checked: "
        "upload a sharper copy, or check this date yourself.",
        "Impossible de lire « {field_name} » sur {file} ({doc}), donc « {rule} » n'a pas pu être vérifié : "
        "déposez une copie plus nette, ou vérifiez cette date vous-même.",
    ),
    "field_unreadable": (
        "The {field_name} on {file} ({doc}) could not be read, so \"{rule}\" could not be checked: "
        "upload a sharper copy, or check it yourself.",
        "Impossible de lire « {field_name} » sur {file} ({doc}), donc « {rule} » n'a pas pu être "
        "vérifié : déposez une copie plus nette, ou vérifiez-le vous-même.",
    ),
    "field_unreadable:unsure": (
        "The {field_name} on {file} ({doc}) was read without certainty (another document? a close call? a poor "
        "image?), so \"{rule}\" could not be checked: check it yourself.",
        "« {field_name} » sur {file} ({doc}) a été lu sans certitude (autre document ? type incertain ? image "
        "médiocre ?), donc « {rule} » n'a pas pu être vérifié : vérifiez-le vous-même.",
    ),
    "field_unreadable:unlisted": (
        "The {field_name} on {file} ({doc}) serves people ({people}), but not in the words of the official list of "
        "actions, so \"{rule}\" could not be checked: check yourself that it is social or humanitarian.",
        "« {field_name} » sur {file} ({doc}) s'adresse à des personnes ({people}), mais pas dans les mots de la liste "
        "officielle des actions, donc « {rule} » n'a pas pu être vérifié : vérifiez vous-même son caractère social "
        "ou humanitaire.",
    ),
    "contract_signed_after_entry": (
        "The volunteer contract ({file}) was signed on {signature_date}, after your arrival in France on "
        "{arrival}; it must be signed before entry: ask the association whether an earlier signed contract exists.",
        "Le contrat de volontariat ({file}) a été signé le {signature_date}, après votre arrivée en France le "
        "{arrival} ; il doit être signé avant l'entrée : demandez à l'association s'il existe un contrat signé plus tôt.",
    ),
    "filing_deadline_passed": (
        "You arrived on {arrival}: the application had to be filed by {deadline}, and the filing date is "
        "{filing}. File as soon as possible and explain the delay to the prefecture.",
        "Vous êtes arrivé(e) le {arrival} : la demande devait être déposée au plus tard le {deadline}, et la "
        "date de dépôt est le {filing}. Déposez-la au plus vite et expliquez le retard à la préfecture.",
    ),
    "identity_mismatch:name": (
        "The name on {other_file} ({other_name}) differs from the one on {file} ({name}): check that every "
        "document is yours, and have any misspelt document corrected.",
        "Le nom sur {other_file} ({other_name}) diffère de celui sur {file} ({name}) : vérifiez que chaque "
        "document est bien le vôtre et faites corriger un document mal orthographié.",
    ),
    "identity_mismatch:birth_date": (
        "The date of birth on {other_file} ({other_birth_date}) differs from the one on {file} ({birth_date}): "
        "check that every document is yours, and have the wrong one corrected.",
        "La date de naissance sur {other_file} ({other_birth_date}) diffère de celle sur {file} ({birth_date}) : "
        "vérifiez que chaque document est bien le vôtre et faites corriger celui qui est faux.",
    ),
    "document_number_mismatch": (
        "The visa ({file}) was issued on passport {value}, but the passport provided ({other_file}) is "
        "number {other_value}: add the passport that carries the visa.",
        "Le visa ({file}) a été délivré sur le passeport n° {value}, mais le passeport fourni ({other_file}) "
        "porte le n° {other_value} : ajoutez le passeport qui porte le visa.",
    ),
    "association_mismatch": (
        "The contract ({file}) names \"{value}\" but the {other_doc} ({other_file}) names \"{other_value}\": "
        "provide the documents of the association you volunteer with.",
        "Le contrat ({file}) mentionne « {value} » mais {other_doc_article} ({other_file}) mentionne "
        "« {other_value} » : fournissez les documents de l'association qui vous accueille.",
    ),
    "mission_not_social": (
        "The contract ({file}) does not say the mission is social or humanitarian: check with the association "
        "that the mission's description says so.",
        "Le contrat ({file}) ne précise pas que la mission a un caractère social ou humanitaire : vérifiez avec "
        "l'association que la description de la mission l'indique.",
    ),
    "contract_duration": (
        "The contract ({file}) runs from {start} to {end}, about {months} months, outside the usual {min} to "
        "{max} months: check the dates with the association.",
        "Le contrat ({file}) court du {start} au {end}, soit environ {months} mois, hors de la durée habituelle "
        "de {min} à {max} mois : vérifiez les dates avec l'association.",
    ),
    "letter_not_dated": (
        "No date was found on your letter committing to leave France ({file}): date it (\"Done in <town>, "
        "on <date>\") before filing; if it is dated, upload a sharper copy.",
        "Aucune date n'a été trouvée sur votre lettre d'engagement à quitter le territoire ({file}) : datez-la "
        "(« Fait à <ville>, le <date> ») avant de déposer ; si elle est datée, déposez une copie plus nette.",
    ),
    "letter_not_signed": (
        "No signature was seen on your letter committing to leave France ({file}): sign it under your name "
        "(a \"Signature\" line) before filing; if it is signed, upload a sharper copy.",
        "Aucune signature n'a été vue sur votre lettre d'engagement à quitter le territoire ({file}) : signez-la "
        "sous votre nom (une ligne « Signature ») avant de déposer ; si elle est signée, déposez une copie "
        "plus nette.",
    ),
    "identity_expires_before_contract_end": (
        "Your {doc} ({file}) expires on {expiry}, before your contract ends on {end}: the permit lasts as long "
        "as the contract, so you will need a new {doc} during your mission; ask your consulate in time.",
        "Votre {doc} ({file}) expire le {expiry}, avant la fin de votre contrat le {end} : le titre dure autant "
        "que le contrat, il vous faudra donc un{e} nouve{lle} {doc} pendant votre mission ; faites la demande "
        "à temps à votre consulat.",
    ),
    "stale_soon": (
        "Your {doc} ({file}), issued on {issue_date}, will be more than {months} months old on {stale_on}: "
        "no filing date was given, so it was measured on {as_of}; file before {stale_on}, or ask your "
        "consulate for a new one (give the filing date in dossier.toml: filing = 2026-09-01).",
        "Votre {doc} ({file}), délivré{e} le {issue_date}, aura plus de {months} mois le {stale_on} : aucune "
        "date de dépôt n'a été indiquée, il a donc été mesuré au {as_of} ; déposez avant le {stale_on}, ou "
        "demandez-en un{e} nouve{lle} à votre consulat (indiquez la date de dépôt dans dossier.toml : "
        "filing = 2026-09-01).",
    ),
    "poor_quality": (
        "The image of {file}{where} is hard to read: {problems}. A prefecture turns down copies it cannot "
        "read. Retake it: {advice}.",
        "L'image de {file}{where} est difficile à lire : {problems}. La préfecture refuse les copies "
        "illisibles. Reprenez-la : {advice}.",
    ),
    "unreadable_file": (
        "{file} could not be read. {reason_text}.",
        "{file} n'a pas pu être lu. {reason_text}.",
    ),
    "possible_document": (
        "No file was recognised with certainty as \"{rule}\", but {file} may be it (docscheck read it as "
        "{doc}): check that it is; if it is not, add that document.",
        "Aucun fichier n'a été reconnu avec certitude comme « {rule} », mais {file} pourrait l'être (docscheck "
        "l'a lu comme : {doc}) : vérifiez que c'est bien ce document ; sinon, ajoutez-le.",
    ),
    "unrecognized_file": (
        "{file} was not recognised as any document of the list: check it is the right file, or upload a "
        "sharper, complete copy.",
        "{file} n'a été reconnu comme aucun document de la liste : vérifiez que c'est le bon fichier, ou "
        "déposez une copie plus nette et complète.",
    ),
    "duplicate_document:same_content": (
        "{file} and {other_file} are the same file uploaded twice: remove one.",
        "{file} et {other_file} sont le même fichier déposé deux fois : retirez-en un.",
    ),
    "duplicate_document:same_fields": (
        "{file} and {other_file} are two copies of the same {doc}: keep only one.",
        "{file} et {other_file} sont deux exemplaires du même document ({doc}) : n'en gardez qu'un.",
    ),
    "arrival_unknown": (
        "No date of arrival in France was given, so these rules could not be checked: {rules}. "
        "Give it with --arrival or in dossier.toml.",
        "Aucune date d'arrivée en France n'a été indiquée, donc ces règles n'ont pas pu être vérifiées : "
        "{rules}. Indiquez-la avec --arrival ou dans dossier.toml.",
    ),
    "european_national": (
        "Nationality {nationality} ({file}): as a European (EU, EEA or Swiss) national you do not need a "
        "residence permit to volunteer in France. Nothing to file.",
        "Nationalité {nationality} ({file}) : en tant que ressortissant européen (UE, EEE ou Suisse), vous "
        "n'avez pas besoin de titre de séjour pour faire du volontariat en France. Rien à déposer.",
    ),
    "nationality_conflict": (
        "{file} gives the nationality {nationality} but {other_file} gives {other_nationality}: docscheck does "
        "not choose between them. Check which is right before relying on \"no permit needed\".",
        "{file} indique la nationalité {nationality} mais {other_file} indique {other_nationality} : docscheck "
        "ne choisit pas entre les deux. Vérifiez laquelle est juste avant de conclure « pas de titre nécessaire ».",
    ),
    **NOTE_TEMPLATES,
}

# A page image's defects (legibility.REASONS) in people's words, and how to take it again: (English, French).
IMAGE_PROBLEMS: dict[str, tuple[str, str]] = {
    "blurred": ("blurred", "floue"),
    "too_dark": ("too dark", "trop sombre"),
    "overexposed": ("washed out by light or a reflection", "délavée par la lumière ou un reflet"),
    "cut_off": ("cut off by the edge of the picture", "coupée par le bord de la photo"),
    "low_resolution": ("too small to read (low resolution)", "trop petite pour être lue (basse résolution)"),
}
RETAKE_ADVICE: dict[str, tuple[str, str]] = {
    "blurred": ("hold the phone still and let it focus, or scan the page",
                "tenez le téléphone immobile et laissez-le faire la mise au point, ou scannez la page"),
    "too_dark": ("take it in daylight or in a well-lit room", "prenez-la à la lumière du jour ou dans une pièce bien éclairée"),
    "overexposed": ("take it without flash, away from lamps and reflections",
                    "prenez-la sans flash, à l'abri des lampes et des reflets"),
    "cut_off": ("fit the whole page in the frame, with a margin all round",
                "cadrez la page entière, avec une marge tout autour"),
    "low_resolution": ("come closer so that the page fills the picture, or scan it at 300 dpi",
                       "rapprochez-vous pour que la page remplisse la photo, ou scannez-la à 300 dpi"),
}
# Said after an unreadable field's message when the file's image is poor too (`image` parameter).
POOR_IMAGE_TOO = (
    " Its image is poor too ({problems}). Retake it: {advice}.",
    " Son image est aussi de mauvaise qualité ({problems}). Reprenez-la : {advice}.",
)


def image_problems(reasons: str, lang: str) -> tuple[str, str]:
    """(what is wrong, how to retake it) for comma-joined legibility reasons, in `lang`."""
    i = LANGS.index(_lang(lang))
    known = [r for r in reasons.split(",") if r in IMAGE_PROBLEMS]
    sep = (", ", "; ") if i == 0 else (", ", " ; ")
    problems = sep[0].join(IMAGE_PROBLEMS[r][i] for r in known)
    advice = sep[1].join(RETAKE_ADVICE[r][i] for r in known)
    return problems, advice


def poor_image_params(f: FileText, doc_type: str = "unknown") -> dict[str, str]:
    """The poor_quality gap's parameters for a file (empty when every page image is legible)."""
    if not f.poor_pages:
        return {}
    return {"file": f.relpath, "doc_type": doc_type, "reason": ",".join(f.poor_reasons),
            "pages": ",".join(str(p.number) for p in f.poor_pages), "page_count": str(max(len(f.pages), f.page_count))}


def poor_image_message(f: FileText, lang: str) -> str | None:
    """What is wrong with a file's image and how to retake it, as the poor_quality gap says it (None: legible)."""
    params = poor_image_params(f)
    return message(Gap("poor_quality", None, Severity.WARNING, (f.relpath,), params), lang) if params else None


_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_VARIANT_KEYS = ("reason", "what")


class _Params(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"


def _template(gap: Gap) -> tuple[str, str]:
    for key in _VARIANT_KEYS:
        variant = gap.params.get(key)
        if variant and f"{gap.code}:{variant}" in TEMPLATES:
            return TEMPLATES[f"{gap.code}:{variant}"]
    if gap.code in TEMPLATES:
        return TEMPLATES[gap.code]
    return (f"{gap.code}: " + ", ".join(f"{k}={v}" for k, v in gap.params.items()),) * 2


def template_codes() -> set[str]:
    """Gap codes that have messages (variants count for their code)."""
    return {k.partition(":")[0] for k in TEMPLATES}


def rule_title(rule_id: str, lang: str) -> str:
    """The title of a requirement, condition or reminder of the checklist."""
    from docscheck.checklist.rules import load_checklist

    rules = load_checklist()
    titles = {r.id: r.title for r in rules.requirements}
    titles.update({c.id: c.title for c in rules.conditions})
    titles.update({r.id: r.title for r in rules.reminders})
    return titles.get(rule_id, {}).get(_lang(lang), rule_id)


def doc_name(doc_type: str, lang: str) -> str:
    return DOC_NAMES.get(doc_type, (doc_type, doc_type))[LANGS.index(_lang(lang))]


_FEMININE = {"approval_decision", "acceptance_certificate", "consular_attestation", "photo_id", "consular_card"}


def _fr_article(doc_type: str) -> str:
    name = doc_name(doc_type, "fr")
    feminine = doc_type in _FEMININE
    if doc_type in {"acceptance_certificate", "approval_decision"} and name[0] in "aeiouéh":
        return "l'" + name
    return ("la " if feminine else "le ") + name


def message(gap: Gap, lang: str) -> str:
    """The gap in plain words, with what to do, in `lang` (`en` or `fr`)."""
    lang = _lang(lang)
    i = LANGS.index(lang)
    p = _Params()
    for k, v in gap.params.items():
        p[k] = human_date(date.fromisoformat(v), lang) if _ISO.match(v or "") else v
    if "doc_type" in gap.params:
        p["doc"] = doc_name(gap.params["doc_type"], lang)
        feminine = gap.params["doc_type"] in _FEMININE
        p["e"], p["lle"] = ("e", "lle") if feminine else ("", "au")
    if "other_doc_type" in gap.params:
        p["other_doc"] = doc_name(gap.params["other_doc_type"], lang)
        p["other_doc_article"] = _fr_article(gap.params["other_doc_type"])
    if "field" in gap.params:
        p["field_name"] = FIELD_NAMES.get(gap.params["field"], (gap.params["field"],) * 2)[i]
    if "rule" in gap.params:
        p["rule"] = rule_title(gap.params["rule"], lang)
    if "rules" in gap.params:
        sep = " ; " if lang == "fr" else "; "
        p["rules"] = sep.join(rule_title(r, lang) for r in gap.params["rules"].split(",") if r)
    if "reason" in gap.params and gap.code == "unreadable_file":
        p["reason_text"] = read_error_message(gap.params["reason"], gap.params.get("detail", ""), lang)
    if gap.code == "missing_document" and gap.requirement:
        from docscheck.checklist.rules import load_checklist

        req = load_checklist().requirement(gap.requirement)
        if req is not None:
            p["title"] = req.title[lang]
            p["fix"] = req.fix[lang]
    if gap.code == "poor_quality":
        p["problems"], p["advice"] = image_problems(gap.params.get("reason", ""), lang)
        pages = [n for n in gap.params.get("pages", "").split(",") if n]
        many = int(gap.params.get("page_count", "1") or 1) > 1
        p["where"] = f" ({'pages' if len(pages) > 1 else 'page'} {', '.join(pages)})" if many and pages else ""
    text = _template(gap)[i].format_map(p)
    return text + _poor_image_too(gap.params, lang)


def _poor_image_too(params: dict[str, str], lang: str) -> str:
    """The retake advice added to what could not be read on a poor image (nothing otherwise)."""
    if not params.get("image"):
        return ""
    problems, advice = image_problems(params["image"], lang)
    return POOR_IMAGE_TOO[LANGS.index(_lang(lang))].format(problems=problems, advice=advice)


# What a person must check by hand, by reason: (English, French). `{where}` is the file (and page).
TO_VERIFY_TEMPLATES: dict[str, tuple[str, str]] = {
    "field_unreadable": (
        "Check the {field_name} on {where} ({doc}) by hand: docscheck could not read it, so \"{rule}\" "
        "is not verified.",
        "Vérifiez à la main « {field_name} » sur {where} ({doc}) : docscheck n'a pas pu le lire, donc "
        "« {rule} » n'est pas vérifié.",
    ),
    "date_unreadable": (
        "Check the {field_name} on {where} ({doc}) by hand: docscheck could not read this date, so "
        "\"{rule}\" is not verified.",
        "Vérifiez à la main « {field_name} » sur {where} ({doc}) : docscheck n'a pas pu lire cette date, "
        "donc « {rule} » n'est pas vérifié.",
    ),
    "zone_unverified": (
        "Check the {field_name} on {where} ({doc}) by hand: it was read ({value}) only from the "
        "machine-readable zone, whose check digits do not all agree (a character may be misread), so "
        "\"{rule}\" is not verified.",
        "Vérifiez à la main « {field_name} » sur {where} ({doc}) : la valeur lue ({value}) ne vient que de "
        "la bande de lecture automatique, dont les chiffres de contrôle ne concordent pas tous (un caractère "
        "peut être mal lu), donc « {rule} » n'est pas vérifié.",
    ),
    "arrival_unknown": (
        "Check the date of arrival in France (the entry stamp in the passport): without it, \"{rule}\" "
        "could not be verified. Write it in dossier.toml (arrival = 2026-09-01) or give --arrival.",
        "Vérifiez la date d'arrivée en France (cachet d'entrée sur le passeport) : sans elle, « {rule} » n'a "
        "pas pu être vérifié. Indiquez-la dans dossier.toml (arrival = 2026-09-01) ou avec --arrival.",
    ),
    "check_not_seen:letter_not_dated": (
        "Check that the letter {where} ({doc}) is dated by the applicant: docscheck found no date on it, "
        "so \"{rule}\" is not verified.",
        "Vérifiez que la lettre {where} ({doc}) est datée par le demandeur : docscheck n'y a trouvé aucune "
        "date, donc « {rule} » n'est pas vérifié.",
    ),
    "check_not_seen:letter_not_signed": (
        "Check that the letter {where} ({doc}) is signed by the applicant: docscheck saw no signature area "
        "or signature line with the applicant's name, so \"{rule}\" is not verified.",
        "Vérifiez que la lettre {where} ({doc}) est signée par le demandeur : docscheck n'y a vu ni "
        "emplacement de signature ni ligne de signature avec son nom, donc « {rule} » n'est pas vérifié.",
    ),
    "check_not_seen": (
        "Check that {where} ({doc}) shows the holder's photo: docscheck did not see one, so \"{rule}\" "
        "is not verified.",
        "Vérifiez que {where} ({doc}) porte la photo du titulaire : docscheck n'en a pas vu, donc « {rule} » "
        "n'est pas vérifié.",
    ),
    "possible_document": (
        "Check that {where} is \"{rule}\": no file was recognised with certainty as that document, and "
        "docscheck read this one as {doc}; if it is not, the document is missing.",
        "Vérifiez que {where} est bien « {rule} » : aucun fichier n'a été reconnu avec certitude comme ce "
        "document, et docscheck a lu celui-ci comme : {doc} ; sinon, ce document manque.",
    ),
    "nationality_unverified": (
        "Check the nationality on {where} ({doc}): it reads {nationality} only where docscheck cannot verify "
        "it (printed text without a zone that agrees, or a zone whose check digits fail). If the holder is "
        "European, no permit is needed; the rest of the checklist is shown meanwhile.",
        "Vérifiez la nationalité sur {where} ({doc}) : elle se lit {nationality} seulement là où docscheck "
        "ne peut pas la vérifier (texte imprimé sans bande qui concorde, ou bande dont les chiffres de contrôle "
        "échouent). Si le titulaire est européen, aucun titre n'est nécessaire ; le reste de la liste est "
        "affiché en attendant.",
    ),
    "identity_unverified": (
        "Check the {field_name} on {where} ({doc}): docscheck read {value} there, not as on {other_file}, but "
        "the reading is in doubt (its text names {name} or their surname too, one character was read off an "
        "image, or the surname and birth date agree): \"{rule}\" "
        "is not verified.",
        "Vérifiez « {field_name} » sur {where} ({doc}) : docscheck y a lu {value}, autrement que sur {other_file}, "
        "mais la lecture est douteuse (son texte nomme aussi {name} ou son nom, un caractère lu sur une image, "
        "ou le nom et la date de naissance concordent) : "
        "« {rule} » n'est pas vérifié.",
    ),
    "nationality_conflict": (
        "Check the nationality: {file} gives {nationality} but {other_file} gives {other_nationality}. "
        "docscheck does not choose; the whole checklist applies until a person does.",
        "Vérifiez la nationalité : {file} indique {nationality} mais {other_file} indique {other_nationality}. "
        "docscheck ne choisit pas ; toute la liste s'applique tant qu'une personne n'a pas tranché.",
    ),
}

# How a confirmation is shown: (English, French).
CONFIRMATION_TEMPLATES: dict[str, tuple[str, str]] = {
    "confirmed": ("confirmed by {by} on {on} (checked by a person, not by docscheck)",
                  "confirmé par {by} le {on} (vérifié par une personne, pas par docscheck)"),
    "stale": ("confirmation by {by} on {on} is stale: a file changed since; to verify again",
              "la confirmation de {by} du {on} est périmée : un fichier a changé depuis ; à vérifier de nouveau"),
    "note": ("note: {note}", "note : {note}"),
    "rests_on": ("This verdict rests on confirmations by a person: {items}.",
                 "Ce verdict repose sur des confirmations faites par une personne : {items}."),
}


def to_verify_message(item: ToVerify, lang: str) -> str:
    """What a person must check by hand, on which file (and page), and why, in `lang`."""
    lang = _lang(lang)
    i = LANGS.index(lang)
    gap = Gap(item.reason, None, Severity.INFO, item.files, item.params)
    p = _Params()
    for k, v in item.params.items():
        p[k] = human_date(date.fromisoformat(v), lang) if _ISO.match(v or "") else v
    if "doc_type" in item.params:
        p["doc"] = doc_name(item.params["doc_type"], lang)
    if "field" in item.params:
        p["field_name"] = FIELD_NAMES.get(item.params["field"], (item.params["field"],) * 2)[i]
    p["rule"] = rule_title(item.id, lang)
    page = item.params.get("page")
    where = item.params.get("file") or ", ".join(gap.files)
    p["where"] = f"{where} {'p.' if lang == 'en' else 'p. '}{page}" if page else where
    variant = f"{item.reason}:{item.params.get('check', '')}"
    fallback = TO_VERIFY_TEMPLATES.get(item.reason, (f"{item.reason}: {{rule}}",) * 2)
    text = TO_VERIFY_TEMPLATES.get(variant, fallback)[i].format_map(p)
    return f"{text}{_poor_image_too(item.params, lang)} [{item.id}]"


def confirmation_message(item: ToVerify, lang: str) -> str:
    """How a person's confirmation of an item reads: confirmed by NAME on DATE, or stale."""
    if item.confirmation is None:
        return ""
    i = LANGS.index(_lang(lang))
    c = item.confirmation
    params = _Params(by=c.by, on=human_date(c.on, lang), note=c.note)
    text = CONFIRMATION_TEMPLATES["stale" if item.stale else "confirmed"][i].format_map(params)
    if c.note:
        text += "; " + CONFIRMATION_TEMPLATES["note"][i].format_map(params)
    return text


def rests_on_message(items: tuple[ToVerify, ...], lang: str) -> str:
    i = LANGS.index(_lang(lang))
    names = ", ".join(dict.fromkeys(f"{t.id} ({t.confirmation.by})" for t in items if t.confirmed and t.confirmation))
    return CONFIRMATION_TEMPLATES["rests_on"][i].format(items=names)
