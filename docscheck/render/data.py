"""The report as the versioned JSON contract (schema: docscheck/schema/report.schema.json)."""

from __future__ import annotations

from datetime import date
from typing import Any

from docscheck.messages import confirmation_message, message, to_verify_message
from docscheck.model import Deadlines, Document, DossierReport, FieldScalar, FileText, Report, ToVerify
from docscheck.zonetrust import field_source

# Gaps whose parameters the JSON shows (what a program needs to act on them, no personal data).
PARAMS_SHOWN = frozenset({"poor_quality"})


def _value(v: FieldScalar) -> str | bool | int:
    return v.isoformat() if isinstance(v, date) else v


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def document_json(doc: Document) -> dict[str, Any]:
    """One understood document as in the JSON contract: its file and pages, or its parts."""
    f = doc.file
    out: dict[str, Any] = {
        "file": f.relpath,
        "type": doc.type.value,
        "confidence": round(float(doc.classification.confidence), 3),
        "pages": list(doc.page_numbers) or list(range(1, f.page_count + 1)),
        "text_source": f.text_source,
        "fields": {name: _value(fld.value) for name, fld in doc.fields.items()},
        # where each field came from: a verified zone, an unverified one, the printed text (or the image)
        "field_sources": {name: field_source(fld.source) for name, fld in doc.fields.items()},
        "evidence": list(doc.classification.evidence),
    }
    if doc.parts:
        out["parts"] = [{"file": p.relpath, "pages": list(p.pages)} for p in doc.parts]
    assessed = [p for p in f.pages if p.quality is not None]
    if assessed:
        out["legibility"] = legibility_json(f)
    if doc.zone is not None:
        # never the zone's lines: they are personal data
        out["zone"] = {"kind": doc.zone.kind, "valid": doc.zone.valid, "failed_checks": list(doc.zone.failed_checks)}
    return out


def legibility_json(f: FileText) -> dict[str, Any]:
    """Whether the file's page images are fit to file: the reasons to retake them, and on which pages."""
    return {
        "poor": bool(f.poor_pages),
        "reasons": list(f.poor_reasons),
        "pages": [{"number": p.number, "reasons": list(p.quality.reasons)} for p in f.pages if p.quality is not None],
    }


def to_verify_json(item: ToVerify, lang: str) -> dict[str, Any]:
    """One item a person must check by hand, with its confirmation when there is one."""
    c = item.confirmation
    return {
        "id": item.id,
        "reason": item.reason,
        "files": list(item.files),
        "message": to_verify_message(item, lang),
        "evidence": list(item.evidence),
        "confirmation": None if c is None else {
            "by": c.by, "on": c.on.isoformat(), "note": c.note, "stale": item.stale,
            "message": confirmation_message(item, lang),
        },
    }


def deadlines_json(d: Deadlines) -> dict[str, str | None]:
    return {
        "filing_deadline": _iso(d.filing_deadline),
        "aps_valid_from": _iso(d.aps_valid_from),
        "aps_valid_until": _iso(d.aps_valid_until),
        "implicit_refusal": _iso(d.implicit_refusal),
    }


def dossier_json(d: DossierReport, lang: str) -> dict[str, Any]:
    return {
        "id": d.id,
        "path": d.path,
        "status": d.status.value,
        "documents": [document_json(doc) for doc in d.documents],
        "requirements": [{"id": r.id, "satisfied": r.satisfied, "files": list(r.files)} for r in d.requirements],
        "gaps": [
            {
                "code": g.code,
                "requirement": g.requirement,
                "severity": g.severity.value,
                "message": message(g, lang),
                "files": list(g.files),
                **({"params": dict(g.params)} if g.code in PARAMS_SHOWN else {}),
            }
            for g in d.gaps
        ],
        "deadlines": deadlines_json(d.deadlines),
        "to_verify": [to_verify_json(i, lang) for i in d.to_verify],
        "rests_on_confirmations": d.rests_on_confirmations,
    }


def report_json(report: Report, lang: str) -> dict[str, Any]:
    """The whole report as a JSON-ready dict (schema_version 3)."""
    return {
        "schema_version": report.schema_version,
        "as_of": report.as_of.isoformat(),
        "dossiers": [dossier_json(d, lang) for d in report.dossiers],
    }
