"""Reports for people and programs: text, JSON, CSV and HTML, from a Report (never re-checking anything)."""

from __future__ import annotations

from collections.abc import Callable

from docscheck.model import Report
from docscheck.render.data import document_json, report_json
from docscheck.render.html import render_html
from docscheck.render.table import render_csv
from docscheck.render.text import render_text, rules_text

FORMATS = ("text", "json", "csv", "html")

Thumbnail = Callable[..., bytes | None]  # (path, page=N): a document's first page


def render(
    report: Report,
    fmt: str,
    lang: str,
    *,
    color: bool = False,
    thumbnail: Thumbnail | None = None,
    evidence: bool = False,
) -> str | bytes:
    """The report in `fmt` (text, json, csv, html) and `lang` (en, fr).

    CSV comes back as UTF-8 bytes with a BOM, so a spreadsheet opens it right;
    the others as text.  `evidence` adds, in the text report, where each reading came from.
    """
    if fmt == "text":
        return render_text(report, lang, color=color, evidence=evidence)
    if fmt == "json":
        import json

        return json.dumps(report_json(report, lang), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return render_csv(report, lang)
    if fmt == "html":
        return render_html(report, lang, thumbnail=thumbnail)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


__all__ = ["FORMATS", "document_json", "render", "report_json", "rules_text"]
