"""The report as CSV: one row per dossier, for a spreadsheet.

Separator `;` and UTF-8 with a byte-order mark: this is what Excel and LibreOffice
in a French locale open correctly with a double click (`,` is the decimal
separator there, and without the BOM accents come out garbled).
"""

from __future__ import annotations

import csv
import io

from docscheck.checklist.rules import load_checklist
from docscheck.model import Report, Severity, Status
from docscheck.render.view import applicant_name

SEPARATOR = ";"


def _state(satisfied: bool | None) -> str:
    if satisfied is None:
        return "n/a"
    return "ok" if satisfied else "missing"


def render_csv(report: Report, lang: str) -> bytes:
    """`dossier;applicant;status;<each requirement>;errors;warnings` rows, UTF-8 with BOM."""
    req_ids = [r.id for r in load_checklist().requirements]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=SEPARATOR, lineterminator="\r\n")
    w.writerow(["dossier", "applicant", "status", *req_ids, "errors", "warnings"])
    for d in report.dossiers:
        results = {r.id: r for r in d.requirements}
        states = []
        for rid in req_ids:
            r = results.get(rid)
            if d.status is Status.NOT_REQUIRED or r is None:
                states.append(_state(None))
            elif r.satisfied:
                states.append("ok")
            else:
                failing = [g.code for g in d.gaps if g.requirement == rid and g.code != "missing_document"]
                states.append(failing[0] if failing else "missing")
        errors = " ".join(dict.fromkeys(g.code for g in d.gaps if g.severity is Severity.ERROR))
        warnings = " ".join(dict.fromkeys(g.code for g in d.gaps if g.severity is Severity.WARNING))
        w.writerow([d.id, applicant_name(d), d.status.value, *states, errors, warnings])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")
