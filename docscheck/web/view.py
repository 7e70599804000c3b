"""What the page's checklist shows, from a session and its latest Report (never re-checking anything)."""

from __future__ import annotations

from datetime import date
from typing import Any

from docscheck.messages import FIELD_NAMES, LANGS, doc_name, human_date, message, read_error_message
from docscheck.model import DossierReport, Severity, Status
from docscheck.render.view import MARKS, Line, applicant_name, fmt_date, lines, status_text, ui
from docscheck.web.i18n import refusal_message, t
from docscheck.web.sessions import Session

DEADLINES = ("filing_deadline", "aps_valid_from", "aps_valid_until", "implicit_refusal")


# Field names the messages module does not name (they are read, not checked).
EXTRA_FIELDS = {
    "place_of_birth": ("place of birth", "lieu de naissance"),
    "issuing_authority": ("issued by", "autorité de délivrance"),
    "authority": ("authority", "autorité"),
    "sex": ("sex", "sexe"),
    "has_photo": ("photo", "photo"),
    "subject": ("subject", "objet"),
    "mission": ("mission", "mission"),
    "commitment": ("commitment", "engagement"),
    "date": ("date", "date"),
}
_LONG = 240  # characters of a field shown before "…"


def _value(v: object, lang: str) -> str:
    if isinstance(v, bool):
        return ("no", "yes")[v] if lang == "en" else ("non", "oui")[v]
    if isinstance(v, date):
        return human_date(v, lang)
    text = str(v)
    return text if len(text) <= _LONG else text[:_LONG].rsplit(" ", 1)[0] + " …"


def _label(name: str, lang: str) -> str:
    names = FIELD_NAMES.get(name) or EXTRA_FIELDS.get(name) or (name.replace("_", " "),) * 2
    return names[LANGS.index(lang)]


def _line(line: Line, lang: str) -> dict[str, Any]:
    return {
        "id": line.id,
        "title": line.title,
        "state": line.state,
        "mark": line.mark,
        "state_text": t(lang, f"state_{line.state}"),
        "files": line.files,
        "messages": [message(g, lang) for g in line.gaps if g.code != "arrival_unknown"],
    }


def _note(g: Any, lang: str) -> dict[str, Any]:
    state = {Severity.ERROR: "fail", Severity.WARNING: "warn", Severity.INFO: "info"}[g.severity]
    mark = {Severity.ERROR: MARKS["fail"], Severity.WARNING: "!", Severity.INFO: "i"}[g.severity]
    text = message(g, lang)
    if g.code == "arrival_unknown":
        text = text.split(". ")[0] + ". " + t(lang, "arrival_hint")
    return {"state": state, "mark": mark, "message": text, "code": g.code}


def _files(d: DossierReport, lang: str) -> list[dict[str, Any]]:
    out = []
    for doc in d.documents:
        f = doc.file
        out.append({
            "name": f.relpath,
            "type": doc.type.value,
            "type_name": doc_name(doc.type.value, lang),
            "confidence": f"{doc.classification.confidence:.0%}".replace("%", "\u202f%" if lang == "fr" else "%"),
            "pages": len(f.pages) or f.page_count,
            "source": f.text_source,
            "error": read_error_message(f.error.code, f.error.detail, lang) if f.error else None,
            "fields": [(_label(name, lang), _value(fld.value, lang))
                       for name, fld in doc.fields.items()],
        })
    return out


def dossier_context(d: DossierReport, lang: str) -> dict[str, Any]:
    reqs, conds, others = lines(d, lang)
    u = ui(lang)
    return {
        "status": d.status.value,
        "status_text": status_text(d, lang),
        "applicant": applicant_name(d),
        "filing": fmt_date(d.filing, lang),
        "arrival": fmt_date(d.arrival, lang),
        "requirements": [_line(x, lang) for x in reqs],
        "conditions": [_line(x, lang) for x in conds],
        "notes": [_note(g, lang) for g in others],
        "deadlines": ([(u[k], fmt_date(getattr(d.deadlines, k), lang)) for k in DEADLINES]
                      if d.status is not Status.NOT_REQUIRED else []),
        "files": _files(d, lang),
        "ui": u,
    }


def result_context(session: Session | None, lang: str) -> dict[str, Any]:
    """Everything `_result.html` needs: the state of the check, the refused uploads, the checklist."""
    if session is None or session.closed:
        return {"state": "empty", "refused": [], "names": [], "dossier": None}
    check = session.check
    names = session.names()
    refused = [refusal_message(r.code, r.params, lang) for r in session.refused]
    ctx: dict[str, Any] = {"refused": refused, "names": names, "dossier": None}
    if check is None:
        ctx["state"] = "empty"
    elif check.state == "done" and check.report is not None and check.report.dossiers:
        ctx["state"] = "done"
        ctx["dossier"] = dossier_context(check.report.dossiers[0], lang)
    else:
        ctx["state"] = check.state
        ctx["error"] = check.error
    return ctx
