"""The report as a checklist read at a glance: ✔/✘ per requirement, the reason and the fix."""

from __future__ import annotations

from collections import Counter

from docscheck.checklist.rules import load_checklist
from docscheck.messages import (
    confirmation_message,
    image_problems,
    message,
    rests_on_message,
    to_verify_message,
)
from docscheck.model import Document, DossierReport, Report, Severity, Status
from docscheck.render.view import MARKS, Line, applicant_name, colon, fmt_date, lines, status_text, ui
from docscheck.zonetrust import field_source

_ANSI = {"ok": "32", "fail": "31", "warn": "33", "unknown": "33", "na": "2", "bold": "1", "dim": "2"}
_SEVERITY_MARK = {Severity.ERROR: MARKS["fail"], Severity.WARNING: MARKS["warn"], Severity.INFO: "i"}
_SEVERITY_STATE = {Severity.ERROR: "fail", Severity.WARNING: "warn", Severity.INFO: "na"}


class _Paint:
    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, text: str, style: str) -> str:
        return f"\x1b[{_ANSI[style]}m{text}\x1b[0m" if self.color else text


def _line(line: Line, lang: str, paint: _Paint) -> list[str]:
    out = [f"  {paint(line.mark, line.state)} {line.title}"]
    if line.files and line.state in ("ok", "warn"):
        out[0] += paint(f"  ({', '.join(line.files)})", "dim")
    if line.state == "na":
        out[0] += paint(f"  ({ui(lang)['not_applicable']})", "dim")
    if line.state == "unknown" and not line.gaps:
        out[0] += paint(f"  ({ui(lang)['not_checked']})", "dim")
    for g in line.gaps:
        if g.code != "arrival_unknown":
            out.append(f"      {message(g, lang)}")
    for item in line.items:
        if item.confirmation is not None:
            out.append(f"      {paint(MARKS['ok'] if item.confirmed else MARKS['unknown'], 'unknown')} "
                       f"[{item.id}] {confirmation_message(item, lang)}")
    return out


def _evidence(doc: Document, lang: str) -> list[str]:
    """Where each of a document's readings came from (`--evidence`)."""
    t = ui(lang)
    c = colon(lang)
    out = []
    if doc.zone is not None:
        z = doc.zone
        checks = f" ({', '.join(z.failed_checks)})" if z.failed_checks else ""
        out.append(f"      {t['zone']}{c}{z.kind}, {t['zone_valid'] if z.valid else t['zone_invalid']}{checks}")
    for name, f in doc.fields.items():
        value = f.value.isoformat() if hasattr(f.value, "isoformat") else str(f.value)
        page = f" p.{f.page}" if f.page else ""
        out.append(f"      {name} = {value}  [{t[field_source(f.source)]}{page}]")
    return out


_STATE = {Status.COMPLETE: "ok", Status.INCOMPLETE: "fail", Status.TO_VERIFY: "unknown", Status.NOT_REQUIRED: "ok"}


def render_dossier_text(d: DossierReport, lang: str, *, color: bool = False, evidence: bool = False) -> str:
    t = ui(lang)
    c = colon(lang)
    paint = _Paint(color)
    state = _STATE[d.status]
    out = [
        paint(f"{t['dossier']} {d.id} — {applicant_name(d)}", "bold"),
        f"{t['status']}{c}{paint(status_text(d, lang).upper(), state)}",
        f"{t['filing']}{c}{fmt_date(d.filing, lang)}    {t['arrival']}{c}{fmt_date(d.arrival, lang)}",
    ]
    reqs, conds, others = lines(d, lang)
    if reqs:
        out += ["", paint(t["documents"], "bold")]
        for line in reqs:
            out += _line(line, lang, paint)
    if conds:
        out += ["", paint(t["conditions"], "bold")]
        for line in conds:
            out += _line(line, lang, paint)
    open_items = [i for i in d.to_verify if not i.confirmed]
    if open_items and d.status is not Status.NOT_REQUIRED:
        out += ["", paint(t["to_check"], "bold")]
        for item in open_items:
            out.append(f"  {paint(MARKS['unknown'], 'unknown')} {to_verify_message(item, lang)}")
            if item.stale:
                out.append(f"      {confirmation_message(item, lang)}")
    if d.rests_on_confirmations and d.status is Status.COMPLETE:
        out += ["", rests_on_message(d.to_verify, lang)]
    if others:
        out += ["", paint(t["notes"], "bold")]
        for g in others:
            out.append(f"  {paint(_SEVERITY_MARK[g.severity], _SEVERITY_STATE[g.severity])} {message(g, lang)}")
    if d.status is not Status.NOT_REQUIRED:
        dl = d.deadlines
        out += ["", paint(t["deadlines"], "bold")]
        for key in ("filing_deadline", "aps_valid_from", "aps_valid_until", "implicit_refusal"):
            out.append(f"  {t[key]}{c}{fmt_date(getattr(dl, key), lang)}")
    out += ["", paint(t["files"], "bold")]
    if not d.documents:
        out.append(f"  {t['no_files']}")
    for doc in d.documents:
        f = doc.file
        pages = len(doc.page_numbers) or f.page_count
        unit = t["pages"] if pages != 1 else t["pages"].rstrip("s")
        desc = f"{doc.type.value} ({doc.classification.confidence:.2f}), {pages} {unit}, {f.text_source}"
        if f.error is not None:
            desc = f"{f.error.code}"
        out.append(f"  {doc.where}: {desc}")
        if f.error is None and f.poor_reasons:
            out.append(f"      {paint(MARKS['warn'], 'warn')} {t['retake']}{c}{image_problems(','.join(f.poor_reasons), lang)[0]}")
        if evidence and f.error is None:
            out += _evidence(doc, lang)
    return "\n".join(out) + "\n"


def render_text(report: Report, lang: str, *, color: bool = False, evidence: bool = False) -> str:
    """One checklist per dossier, then (for several) a summary by status and the most common gaps."""
    t = ui(lang)
    parts = [render_dossier_text(d, lang, color=color, evidence=evidence) for d in report.dossiers]
    if len(report.dossiers) > 1:
        by_status = Counter(d.status for d in report.dossiers)
        gaps = Counter(g.code for d in report.dossiers for g in d.gaps if g.severity is not Severity.INFO)
        summary = [f"{t['summary']} ({t['as_of']} {fmt_date(report.as_of, lang)})"]
        c = colon(lang)
        summary += [f"  {ui(lang)[s.value]}{c}{by_status.get(s, 0)}" for s in Status]
        if gaps:
            summary.append(f"{t['common_gaps']}{c.rstrip()}")
            summary += [f"  {code}{c}{n}" for code, n in gaps.most_common(10)]
        parts.append("\n".join(summary) + "\n")
    return "\n".join(parts)


def rules_text(lang: str) -> str:
    """The checklist with the sentence of the official text each rule implements (`docscheck rules`)."""
    t = ui(lang)
    rules = load_checklist()
    out = [t["rules"], ""]
    out.append(t["documents"])
    for r in rules.requirements:
        types = ", ".join(x.value for x in r.types)
        out.append(f"  [{r.severity.value}] {r.id}: {r.title.get(lang, r.id)}  ({r.kind}: {types})")
        out.append(f'      {t["source"]}: "{r.source}"')
        for c in r.checks:
            which = f" [{', '.join(x.value for x in c.types)}]" if c.types else ""
            params = ", ".join(f"{k}={v}" for k, v in c.params.items())
            out.append(f"      - {c.kind}({params}){which} -> {c.gap}")
            out.append(f'        {t["source"]}: "{c.source}"')
    out += ["", t["conditions"]]
    for cond in rules.conditions:
        out.append(f"  [{cond.severity.value}] {cond.id}: {cond.title.get(lang, cond.id)}  ({cond.kind} -> {cond.gap})")
        label = t["source_law"] if cond.source_kind == "law" else t["source"]
        out.append(f'      {label}: "{cond.source}"')
        explain = cond.params.get("explain")
        if isinstance(explain, dict) and explain.get(lang):
            out.append(f"      {explain[lang]}")
    out += ["", t["reminders"]]
    for rem in rules.reminders:
        out.append(f"  [{rem.severity.value}] {rem.id}: {rem.title.get(lang, rem.id)} -> {rem.gap}")
    d = rules.deadlines
    out += ["", t["deadlines"]]
    out.append(f"  {t['filing_deadline']}: +{d.filing_months} month(s) — \"{d.filing_source}\"")
    out.append(f"  {t['implicit_refusal']}: +{d.implicit_refusal_months} months — \"{d.implicit_refusal_source}\"")
    out.append(f"  {t['aps_valid_from']}/{t['aps_valid_until']}: \"{d.validity_source}\"")
    return "\n".join(out) + "\n"
