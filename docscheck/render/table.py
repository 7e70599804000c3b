"""The report as CSV: one row per dossier, for a spreadsheet.

Separator `;` and UTF-8 with a byte-order mark: this is what Excel and LibreOffice
in a French locale open correctly with a double click (`,` is the decimal
separator there, and without the BOM accents come out garbled).
"""

from __future__ import annotations

import csv
import io

from docscheck.checklist.rules import load_checklist
from docscheck.model import DossierReport, Report, Severity, Status
from docscheck.render.view import applicant_name, status_text

SEPARATOR = ";"


def _state(satisfied: bool | None) -> str:
    if satisfied is None:
        return "n/a"
    return "ok" if satisfied else "missing"


def _documents(d: DossierReport) -> str:
    """`type: file, pages` for each document, ` | ` between them."""
    return " | ".join(f"{doc.type.value}: {doc.where}" for doc in d.documents)


def render_csv(report: Report, lang: str) -> bytes:
    """`dossier;applicant;status;<each requirement>;errors;warnings;to_verify;verdict;documents` rows, UTF-8 with BOM.

    A requirement a person must still check reads `to_verify`; the last column lists the open items
    (and `item (confirmed by NAME)` for those a person confirmed); `verdict` is the status in `lang`;
    `documents` says where each document lies (`type: file, pages`).
    """
    req_ids = [r.id for r in load_checklist().requirements]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=SEPARATOR, lineterminator="\r\n")
    w.writerow(["dossier", "applicant", "status", *req_ids, "errors", "warnings", "to_verify", "verdict", "documents"])
    for d in report.dossiers:
        results = {r.id: r for r in d.requirements}
        states = []
        for rid in req_ids:
            r = results.get(rid)
            if d.status is Status.NOT_REQUIRED or r is None:
                states.append(_state(None))
            elif r.satisfied and any(i.id == rid and not i.confirmed for i in d.to_verify):
                states.append("to_verify")
            elif r.satisfied:
                states.append("ok")
            else:
                failing = [g.code for g in d.gaps if g.requirement == rid and g.code != "missing_document"]
                states.append(failing[0] if failing else "missing")
        errors = " ".join(dict.fromkeys(g.code for g in d.gaps if g.severity is Severity.ERROR))
        warnings = " ".join(dict.fromkeys(g.code for g in d.gaps if g.severity is Severity.WARNING))
        items = " ".join(dict.fromkeys(
            i.id if not i.confirmed or i.confirmation is None else f"{i.id} (confirmed by {i.confirmation.by})"
            for i in d.to_verify))
        w.writerow([d.id, applicant_name(d), d.status.value, *states, errors, warnings, items, status_text(d, lang),
                    _documents(d)])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")
