"""What the page's result shows, from a session and its latest Report (never re-checking anything).

The dossier itself is render.view's DossierView, drawn by the template the HTML
report uses too; the page only adds its own words and links.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jinja2 import Environment

from docscheck.messages import poor_image_message
from docscheck.model import Document, DossierReport, FileText
from docscheck.render.templating import environment
from docscheck.render.view import DossierView, FieldView, dossier_view
from docscheck.web.i18n import LANGS, refusal_message, t
from docscheck.web.sessions import Session

_LONG = 240  # characters of a field shown before "…"


def template_environment() -> Environment:
    """The page's templates, then the dossier templates shared with the HTML report."""
    env = environment(Path(__file__).parent / "templates")
    env.globals.update(t=t, LANGS=LANGS)
    return env


def _thumb_url(doc: Document) -> str:
    first = doc.page_numbers[0] if doc.page_numbers else 1
    return "/thumb/" + quote(doc.file.relpath) + (f"?page={first}" if first > 1 else "")


def _short(f: FieldView) -> FieldView:
    text = f.value
    return f if len(text) <= _LONG else replace(f, value=text[:_LONG].rsplit(" ", 1)[0] + " …")


def dossier_context(d: DossierReport, lang: str) -> DossierView:
    """The dossier as the page shows it: thumbnails from the server, long fields cut, a hint where to act."""
    view = dossier_view(d, lang, _thumb_url)
    notes = tuple(
        replace(n, text=n.text.split(". ")[0] + ". " + t(lang, "arrival_hint")) if n.code == "arrival_unknown" else n
        for n in view.notes
    )
    files = tuple(replace(f, fields=tuple(_short(x) for x in f.fields)) for f in view.files)
    return replace(view, notes=notes, files=files)


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
        ctx["read"] = {name: read_view(f, lang) for name, f in list(check.read.items())}
    return ctx


def read_view(f: FileText, lang: str) -> dict[str, Any]:
    """A file read while the dossier is still being checked: its thumbnail and, for a poor image, what to do."""
    return {"thumb": "/thumb/" + quote(f.relpath), "retake": poor_image_message(f, lang) if f.error is None else None,
            "reasons": ",".join(f.poor_reasons)}
