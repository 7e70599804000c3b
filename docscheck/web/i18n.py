"""The web page's own words, in English and French (the report's words come from messages and render.view)."""

from __future__ import annotations

from docscheck.messages import read_error_message

LANGS = ("en", "fr")

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "title": "Check my APS volunteer application",
        "lead": "Add the files of your application (PDF, photos or scans). docscheck reads them on this "
                "computer and tells you what is complete and what is missing.",
        "privacy": "Your files stay on this computer, in a private folder that is deleted when you click "
                   "“Finish and delete”, when the program stops, or after {idle} minutes without use.",
        "lang_switch": "Language",
        "files_label": "Choose files",
        "files_hint": "PDF, JPEG, PNG, TIFF, WebP, HEIC, BMP or GIF; up to {files} files, {file_mb} MB each, "
                      "{total_mb} MB in all. You can also drop files here.",
        "drop": "Drop files here",
        "arrival_label": "Date of arrival in France (optional)",
        "filing_label": "Date you file the application (optional, default: today)",
        "check": "Check",
        "progress": "Reading files: {done} of {total}",
        "progress_start": "Checking…",
        "progress_done": "Check finished: {done} of {total} files read.",
        "failed": "The check could not be finished: {error}",
        "no_files_yet": "No files yet: choose or drop the files of your application.",
        "your_files": "Your files",
        "remove": "Remove",
        "remove_label": "Remove {name}",
        "refused": "Files not accepted",
        "downloads": "Download the report",
        "download_html": "Report (HTML)",
        "download_json": "Data (JSON)",
        "download_print": "Print-ready report",
        "finish": "Finish and delete my files",
        "finish_hint": "Deletes every file you added from this computer.",
        "closed_title": "Your files were deleted",
        "closed_text": "Every file you added has been deleted from this computer. You can close this page.",
        "start_again": "Start a new check",
        "error_request": "The request could not be handled. Reload the page and try again.",
        "no_preview": "no preview",
        "error": "error",
        "dates": "Dates",
        "skip": "Skip to the checklist",
        "busy": "A check is running.",
        "arrival_hint": "Enter your date of arrival above and click “Check”.",
        "reading": "being read…",
        "read_done": "read",
        "thumbnail_alt": "First page of {name}",
        "status_label": "Result",
    },
    "fr": {
        "title": "Vérifier mon dossier d'APS volontariat",
        "lead": "Ajoutez les fichiers de votre dossier (PDF, photos ou scans). docscheck les lit sur cet "
                "ordinateur et vous dit ce qui est complet et ce qui manque.",
        "privacy": "Vos fichiers restent sur cet ordinateur, dans un dossier privé supprimé quand vous cliquez "
                   "sur « Terminer et supprimer », quand le programme s'arrête, ou après {idle} minutes sans "
                   "utilisation.",
        "lang_switch": "Langue",
        "files_label": "Choisir des fichiers",
        "files_hint": "PDF, JPEG, PNG, TIFF, WebP, HEIC, BMP ou GIF ; jusqu'à {files} fichiers, {file_mb} Mo "
                      "chacun, {total_mb} Mo en tout. Vous pouvez aussi déposer les fichiers ici.",
        "drop": "Déposez les fichiers ici",
        "arrival_label": "Date d'arrivée en France (facultatif)",
        "filing_label": "Date de dépôt de la demande (facultatif, par défaut : aujourd'hui)",
        "check": "Vérifier",
        "progress": "Lecture des fichiers : {done} sur {total}",
        "progress_start": "Vérification…",
        "progress_done": "Vérification terminée : {done} fichiers lus sur {total}.",
        "failed": "La vérification n'a pas pu aboutir : {error}",
        "no_files_yet": "Aucun fichier pour l'instant : choisissez ou déposez les fichiers de votre dossier.",
        "your_files": "Vos fichiers",
        "remove": "Retirer",
        "remove_label": "Retirer {name}",
        "refused": "Fichiers refusés",
        "downloads": "Télécharger le rapport",
        "download_html": "Rapport (HTML)",
        "download_json": "Données (JSON)",
        "download_print": "Rapport prêt à imprimer",
        "finish": "Terminer et supprimer mes fichiers",
        "finish_hint": "Supprime de cet ordinateur tous les fichiers que vous avez ajoutés.",
        "closed_title": "Vos fichiers ont été supprimés",
        "closed_text": "Tous les fichiers que vous avez ajoutés ont été supprimés de cet ordinateur. Vous pouvez "
                       "fermer cette page.",
        "start_again": "Commencer une nouvelle vérification",
        "error_request": "La demande n'a pas pu être traitée. Rechargez la page et réessayez.",
        "no_preview": "pas d'aperçu",
        "error": "erreur",
        "dates": "Dates",
        "skip": "Aller à la liste de contrôle",
        "busy": "Une vérification est en cours.",
        "arrival_hint": "Indiquez votre date d'arrivée ci-dessus et cliquez sur « Vérifier ».",
        "reading": "en cours de lecture…",
        "read_done": "lu",
        "thumbnail_alt": "Première page de {name}",
        "status_label": "Résultat",
    },
}

# Why an upload was refused: (English, French) templates.
REFUSALS: dict[str, tuple[str, str]] = {
    "too_large": ("{name} is too large ({size} MB; at most {limit} MB per file): scan it at a lower "
                  "resolution or split it.",
                  "{name} est trop volumineux ({size} Mo ; {limit} Mo au plus par fichier) : scannez-le à une "
                  "résolution plus basse ou découpez-le."),
    "too_many": ("Too many files: at most {limit} files per check. Remove some before adding others.",
                 "Trop de fichiers : {limit} fichiers au plus par vérification. Retirez-en avant d'en ajouter "
                 "d'autres."),
    "total_too_large": ("The files are too large together: at most {limit} MB in all. Remove some or send "
                        "lighter scans.",
                        "Les fichiers sont trop volumineux ensemble : {limit} Mo au plus en tout. Retirez-en ou "
                        "envoyez des scans plus légers."),
    "bad_date": ("{name}: {value} is not a date; write it as 2026-09-01.",
                 "{name} : {value} n'est pas une date ; écrivez-la sous la forme 2026-09-01."),
    "bad_request": ("The upload could not be read: try again with fewer files.",
                    "L'envoi n'a pas pu être lu : réessayez avec moins de fichiers."),
}


def lang_of(value: str | None) -> str:
    return value if value in LANGS else "en"


def t(lang: str, key: str, **params: object) -> str:
    text = TEXT[lang_of(lang)][key]
    return text.format(**params) if params else text


def refusal_message(code: str, params: dict[str, str], lang: str) -> str:
    """Why a file was not accepted, in `lang`; the read errors say it as the command line does."""
    lang = lang_of(lang)
    if code in ("unsupported_format", "empty_file"):
        detail = f"content: {params['kind']}" if code == "unsupported_format" else ""
        return f"{params.get('name', '')}: {read_error_message(code, detail, lang)}"
    template = REFUSALS.get(code, REFUSALS["bad_request"])[LANGS.index(lang)]
    return template.format(**params)
