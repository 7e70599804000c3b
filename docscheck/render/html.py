"""The report as one self-contained HTML file: inline CSS, thumbnails as data: URIs, nothing fetched.

A section per dossier (each requirement, condition and file with its thumbnail,
type, evidence and fields) and, for several dossiers, an overview table of
applicants by requirement. Each dossier starts a new page when printed. The
dossier itself is drawn by templates/dossier.html, which the web page shares.
"""

from __future__ import annotations

import base64
from collections.abc import Callable

from docscheck.model import Document, Report
from docscheck.render.templating import report_environment
from docscheck.render.view import ThumbSource, dossier_view, fmt_date, overview_view, ui

Thumbnail = Callable[..., bytes | None]  # (path, page=N): a document's first page


def _data_uri(thumbnail: Thumbnail) -> ThumbSource:
    def src(doc: Document) -> str | None:
        first = doc.page_numbers[0] if doc.page_numbers else 1
        png = thumbnail(doc.file.path) if first == 1 else thumbnail(doc.file.path, page=first)
        return f"data:image/png;base64,{base64.b64encode(png).decode('ascii')}" if png else None

    return src


def render_html(report: Report, lang: str, *, thumbnail: Thumbnail | None = None) -> str:
    """The whole report as one HTML page that needs nothing from the network."""
    thumb = _data_uri(thumbnail) if thumbnail is not None else None
    return report_environment().get_template("report.html").render(
        lang=lang,
        words=ui(lang),
        as_of=fmt_date(report.as_of, lang),
        overview=overview_view(report, lang) if len(report.dossiers) > 1 else None,
        dossiers=[dossier_view(d, lang, thumb) for d in report.dossiers],
    ) + "\n"
