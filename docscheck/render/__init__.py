"""Reports for people and programs: text, JSON, CSV and HTML, from a Report (never re-checking anything)."""

from __future__ import annotations

from collections.abc import Callable

from docscheck.model import Report
from docscheck.render.data import document_json, report_json

# The renderers (Jinja2, the checklist's texts) are imported where a format is asked for: a command that
# only prints `classify` or `extract` output (render.extract, in this package) does not load them.

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
        from docscheck.render.text import render_text

        return render_text(report, lang, color=color, evidence=evidence)
    if fmt == "json":
        import json

        return json.dumps(report_json(report, lang), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        from docscheck.render.table import render_csv

        return render_csv(report, lang)
    if fmt == "html":
        from docscheck.render.html import render_html

        return render_html(report, lang, thumbnail=thumbnail)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


def rules_text(lang: str) -> str:
    """The checklist and its sources, as `docscheck rules` prints it (render.text.rules_text)."""
    from docscheck.render.text import rules_text as text

    return text(lang)


__all__ = ["FORMATS", "document_json", "render", "report_json", "rules_text"]
