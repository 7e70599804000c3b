"""The report as one self-contained HTML file: inline CSS, thumbnails as data: URIs, nothing fetched.

A section per dossier (each requirement, condition and file with its thumbnail,
type, evidence and fields) and, for several dossiers, an overview table of
applicants by requirement. Each dossier starts a new page when printed.
"""

from __future__ import annotations

import base64
from collections import Counter
from collections.abc import Callable
from datetime import date
from html import escape

from docscheck.checklist.rules import load_checklist
from docscheck.messages import message
from docscheck.model import Document, DossierReport, Report, Severity, Status
from docscheck.render.view import MARKS, Line, applicant_name, fmt_date, lines, status_text, ui

_CSS = """
:root { --ok: #1a7f37; --fail: #c62828; --warn: #a15c00; --muted: #666; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b;
       margin: 0 auto; max-width: 1100px; padding: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .3rem; }
h2 { font-size: 1.25rem; margin: 0; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; border-bottom: 1px solid #ddd; }
.muted { color: var(--muted); }
.dossier { border: 1px solid #ccc; border-radius: 8px; padding: 1rem 1.2rem; margin: 1.5rem 0; }
.badge { display: inline-block; padding: .1rem .6rem; border-radius: 1rem; color: #fff; font-size: .85rem;
         font-weight: 600; vertical-align: middle; }
.badge.complete, .badge.not_required { background: var(--ok); }
.badge.incomplete { background: var(--fail); }
ul.checklist { list-style: none; padding: 0; margin: 0; }
ul.checklist li { padding: .25rem 0; }
.mark { display: inline-block; width: 1.4rem; font-weight: 700; }
.ok .mark { color: var(--ok); } .fail .mark { color: var(--fail); }
.warn .mark, .unknown .mark { color: var(--warn); } .na .mark { color: var(--muted); }
.gap { margin: .15rem 0 .15rem 1.4rem; }
.gap.error { color: var(--fail); } .gap.warning { color: var(--warn); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border: 1px solid #ddd; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f4f4f4; }
td.state { text-align: center; font-weight: 700; }
td.ok { color: var(--ok); } td.fail { color: var(--fail); } td.warn { color: var(--warn); }
.files { display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: .8rem; }
.file { border: 1px solid #ddd; border-radius: 6px; padding: .6rem; display: flex; gap: .6rem; }
.file img { width: 110px; height: auto; border: 1px solid #ccc; flex: none; align-self: flex-start; }
.file .noimg { width: 110px; height: 140px; background: #eee; flex: none; display: flex;
               align-items: center; justify-content: center; color: #999; font-size: .8rem; }
.file dl { margin: .3rem 0 0; font-size: .85rem; display: grid; grid-template-columns: auto 1fr; gap: 0 .5rem; }
.file dt { color: var(--muted); } .file dd { margin: 0; word-break: break-word; }
.evidence { font-size: .8rem; color: var(--muted); margin: .2rem 0 0; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .dossier { border: none; padding: 0; margin: 0; page-break-before: always; break-before: page; }
  .overview + .dossier, .dossier:first-of-type { page-break-before: auto; break-before: auto; }
  .file { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"""

Thumbnail = Callable[[str], bytes | None]


def _e(s: object) -> str:
    return escape(str(s), quote=True)


def _line(line: Line, lang: str) -> str:
    files = f' <span class="muted">({_e(", ".join(line.files))})</span>' if line.files else ""
    extra = ""
    if line.state == "na":
        extra = f' <span class="muted">({_e(ui(lang)["not_applicable"])})</span>'
    elif line.state == "unknown" and not line.gaps:
        extra = f' <span class="muted">({_e(ui(lang)["not_checked"])})</span>'
    gaps = "".join(
        f'<div class="gap {g.severity.value}">{_e(message(g, lang))}</div>' for g in line.gaps
        if g.code != "arrival_unknown"
    )
    return f'<li class="{line.state}"><span class="mark">{line.mark}</span>{_e(line.title)}{files}{extra}{gaps}</li>'


def _value(v: object) -> str:
    return v.isoformat() if isinstance(v, date) else str(v)


def _file_card(doc: Document, lang: str, thumbnail: Thumbnail | None) -> str:
    t = ui(lang)
    f = doc.file
    png = None
    if thumbnail is not None and f.error is None:
        try:
            png = thumbnail(f.path)
        except Exception:  # a thumbnail is a nicety: never lose the report for it
            png = None
    img = (f'<img alt="{_e(f.relpath)}" src="data:image/png;base64,{base64.b64encode(png).decode("ascii")}">'
           if png else '<div class="noimg">—</div>')
    rows = [
        (t["type"], f"{doc.type.value} ({t['confidence']} {doc.classification.confidence:.2f})"),
        (t["pages"], f"{len(f.pages) or f.page_count} ({f.text_source})"),
    ]
    if f.error is not None:
        from docscheck.messages import read_error_message

        rows.append(("!", read_error_message(f.error.code, f.error.detail, lang)))
    rows += [(name, _value(fld.value)) for name, fld in doc.fields.items()]
    dl = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in rows)
    ev = ""
    if doc.classification.evidence:
        ev = f'<p class="evidence">{_e(t["evidence"])}: {_e("; ".join(doc.classification.evidence))}</p>'
    return f'<div class="file">{img}<div><strong>{_e(f.relpath)}</strong><dl>{dl}</dl>{ev}</div></div>'


def _dossier(d: DossierReport, lang: str, thumbnail: Thumbnail | None) -> str:
    t = ui(lang)
    reqs, conds, others = lines(d, lang)
    out = [f'<section class="dossier" id="dossier-{_e(d.id)}">',
           f'<h2>{_e(applicant_name(d))} <span class="muted">— {_e(d.id)}</span> '
           f'<span class="badge {d.status.value}">{_e(status_text(d, lang))}</span></h2>',
           f'<p class="muted">{_e(t["filing"])}: {_e(fmt_date(d.filing, lang))} · '
           f'{_e(t["arrival"])}: {_e(fmt_date(d.arrival, lang))}</p>']
    if reqs:
        out.append(f'<h3>{_e(t["documents"])}</h3><ul class="checklist">')
        out += [_line(line, lang) for line in reqs]
        out.append("</ul>")
    if conds:
        out.append(f'<h3>{_e(t["conditions"])}</h3><ul class="checklist">')
        out += [_line(line, lang) for line in conds]
        out.append("</ul>")
    if others:
        out.append(f'<h3>{_e(t["notes"])}</h3><ul class="checklist">')
        for g in others:
            state = {Severity.ERROR: "fail", Severity.WARNING: "warn", Severity.INFO: "na"}[g.severity]
            mark = {Severity.ERROR: MARKS["fail"], Severity.WARNING: "!", Severity.INFO: "i"}[g.severity]
            out.append(f'<li class="{state}"><span class="mark">{mark}</span>{_e(message(g, lang))}</li>')
        out.append("</ul>")
    if d.status is not Status.NOT_REQUIRED:
        out.append(f'<h3>{_e(t["deadlines"])}</h3><table>')
        for key in ("filing_deadline", "aps_valid_from", "aps_valid_until", "implicit_refusal"):
            out.append(f"<tr><th>{_e(t[key])}</th><td>{_e(fmt_date(getattr(d.deadlines, key), lang))}</td></tr>")
        out.append("</table>")
    out.append(f'<h3>{_e(t["files"])}</h3><div class="files">')
    out += [_file_card(doc, lang, thumbnail) for doc in d.documents] or [f'<p>{_e(t["no_files"])}</p>']
    out.append("</div></section>")
    return "\n".join(out)


def _overview(report: Report, lang: str) -> str:
    t = ui(lang)
    rules = load_checklist()
    head = "".join(f'<th title="{_e(r.id)}">{_e(r.title.get(lang, r.id))}</th>' for r in rules.requirements)
    rows = []
    for d in report.dossiers:
        results = {r.id: r for r in d.requirements}
        cells = []
        for r in rules.requirements:
            res = results.get(r.id)
            if res is None:
                cells.append('<td class="state">–</td>')
            elif res.satisfied:
                cells.append(f'<td class="state ok">{MARKS["ok"]}</td>')
            else:
                cls = "fail" if r.severity is Severity.ERROR else "warn"
                codes = [g.code for g in d.gaps if g.requirement == r.id]
                cells.append(f'<td class="state {cls}" title="{_e(" ".join(codes))}">{MARKS["fail"]}</td>')
        rows.append(
            f'<tr><td><a href="#dossier-{_e(d.id)}">{_e(applicant_name(d))}</a><br>'
            f'<span class="muted">{_e(d.id)}</span></td>'
            f'<td><span class="badge {d.status.value}">{_e(status_text(d, lang))}</span></td>{"".join(cells)}</tr>'
        )
    by_status = Counter(d.status for d in report.dossiers)
    gaps = Counter(g.code for d in report.dossiers for g in d.gaps if g.severity is not Severity.INFO)
    summary = " · ".join(f"{_e(t[s.value])}: {by_status.get(s, 0)}" for s in Status)
    common = ", ".join(f"{_e(code)} ({n})" for code, n in gaps.most_common(8))
    return (f'<section class="overview"><h2>{_e(t["overview"])}</h2><p>{summary}</p>'
            + (f'<p>{_e(t["common_gaps"])}: {common}</p>' if common else "")
            + f'<table><tr><th>{_e(t["applicant"])}</th><th>{_e(t["status"])}</th>{head}</tr>'
            + "".join(rows) + "</table></section>")


def render_html(report: Report, lang: str, *, thumbnail: Thumbnail | None = None) -> str:
    """The whole report as one HTML page that needs nothing from the network."""
    t = ui(lang)
    body = []
    if len(report.dossiers) > 1:
        body.append(_overview(report, lang))
    body += [_dossier(d, lang, thumbnail) for d in report.dossiers]
    return (
        f'<!DOCTYPE html>\n<html lang="{_e(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(t['title'])}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<h1>{_e(t['title'])}</h1>\n<p class=\"muted\">{_e(t['as_of'])} {_e(fmt_date(report.as_of, lang))}</p>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )
