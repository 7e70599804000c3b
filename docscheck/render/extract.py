"""What `docscheck extract` and `docscheck classify` print: each file's text, or what it was taken for."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import Any

from docscheck.messages import poor_image_message, read_error_message
from docscheck.model import Document, FileText
from docscheck.render.data import document_json


def file_json(f: FileText) -> dict[str, Any]:
    """One file's reading, page by page, as `extract --format json` gives it."""
    return {
        "file": f.relpath,
        "kind": f.kind,
        "sha256": f.sha256,
        "size": f.size,
        "page_count": f.page_count,
        "text_source": f.text_source if f.pages else None,
        "error": None if f.error is None else {
            "code": f.error.code, "detail": f.error.detail,
            "message": read_error_message(f.error.code, f.error.detail, "en"),
        },
        "pages": [
            {
                "number": p.number,
                "source": p.source.value,
                "confidence": p.confidence,
                "rotation": p.rotation,
                "skew": p.skew,
                "seconds": p.seconds,
                "has_photo": p.has_photo,
                "text": p.text,
                "zone_text": p.zone_text,
                "note": p.note,
                "legibility": None if p.quality is None else {
                    "reasons": list(p.quality.reasons), "measures": dict(p.quality.measures)},
            }
            for p in f.pages
        ],
    }


def extract_json(files: Iterable[FileText]) -> str:
    return json.dumps({"files": [file_json(f) for f in files]}, ensure_ascii=False, indent=2)


def extract_text(files: Iterable[FileText]) -> str:
    """Each file's text under a header per file and per page (how it was read, how long it took)."""
    out: list[str] = []
    for f in files:
        out.append(f"=== {f.relpath} ({f.kind}, {len(f.pages)} page(s)) ===")
        if f.error:
            out.append(f"!! cannot read: {read_error_message(f.error.code, f.error.detail, 'en')}")
            continue
        for p in f.pages:
            how = "text layer" if p.source.value == "text" else f"OCR, confidence {p.confidence}"
            if p.rotation:
                how += f", turned {p.rotation}°"
            if p.skew:
                how += f", straightened {p.skew}°"
            if p.quality is not None:
                how += f", image: {', '.join(p.quality.reasons) or 'legible'}"
            out.append(f"--- page {p.number} ({how}, {p.seconds:.2f}s) ---")
            out.append(p.text)
            if p.zone_text:
                out.append(f"--- machine-readable zone ---\n{p.zone_text}")
    return "\n".join(out)


def classify_json(docs: Iterable[Document]) -> str:
    return json.dumps({"documents": [document_json(d) for d in docs]}, ensure_ascii=False, indent=2)


def classify_text(docs: Iterable[Document]) -> str:
    """A line per document (its file and pages, type and confidence), then its evidence and fields, indented."""
    out: list[str] = []
    for d in docs:
        c = d.classification
        line = f"{d.where}: {c.type.value} ({c.confidence:.2f})"
        if d.file.error:
            line += f" - cannot read: {read_error_message(d.file.error.code, d.file.error.detail, 'en')}"
        out.append(line)
        if c.evidence:
            out.append("    evidence: " + "; ".join(c.evidence))
        if d.file.error is None and any(p.quality is not None for p in d.file.pages):
            retake = poor_image_message(d.file, "en")
            out.append(f"    image: {retake}" if retake else "    image: legible")
        for name, field in d.fields.items():
            value = field.value.isoformat() if isinstance(field.value, date) else field.value
            out.append(f"    {name}: {value}")
    return "\n".join(out)
