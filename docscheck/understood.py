"""What understanding a file gave (its documents), kept in the cache: a re-run does not classify again.

An entry is keyed on the file's reading key (its content, the reading settings and the reading
code), a fingerprint of the understanding code (an edited classifier misses old entries), the
file's name (classification takes a hint from it) and the as-of date (it places a zone's
two-digit years).  Only what one file gives on its own is kept: documents joined across files,
the checklist and a person's confirmations depend on the dossier and are worked out each run.
Entries are JSON beside the readings, under the same size cap.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import asdict, replace
from datetime import date
from typing import Any

from docscheck.cache import NOT_UNDERSTANDING, Cache, reading_from_json, reading_to_json, source_fingerprint
from docscheck.model import Classification, DocType, Document, Field, FieldScalar, Part, Zone

FORMAT = 1  # bump when the stored JSON changes shape


def understanding_fingerprint() -> str:
    """A hash of the source of every module that can change what understanding a reading gives."""
    return source_fingerprint(NOT_UNDERSTANDING)


def documents_key(reading_key: str, relpath: str, as_of: date | None) -> str:
    """The key of a file's documents; `as_of` None is today (as understanding takes it)."""
    blob = json.dumps({
        "reading": reading_key,
        "code": understanding_fingerprint(),
        "name": relpath,
        "as_of": (as_of or date.today()).isoformat(),
        "format": FORMAT,
    }, sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()


def recall(cache: Cache, key: str, path: str, relpath: str) -> tuple[Document, ...] | None:
    """The documents kept under `key`, their file placed at `path`; None when there are none."""
    try:
        return documents_from_json(cache.get_json(key), path, relpath)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def remember(cache: Cache, key: str, documents: tuple[Document, ...]) -> None:
    """Keep a file's documents, unless they do not come back from JSON exactly as they are (a value
    of a kind this module does not know: better understood again than changed)."""
    try:
        data = documents_to_json(documents)
        path, relpath = (documents[0].file.path, documents[0].file.relpath) if documents else ("", "")
        if documents_from_json(json.loads(json.dumps(data)), path, relpath) != documents:
            return
    except (TypeError, ValueError, KeyError, AttributeError):
        return
    with contextlib.suppress(OSError):
        cache.put_json(key, data)


def documents_to_json(documents: tuple[Document, ...]) -> dict[str, Any]:
    return {"documents": [_document_json(d) for d in documents]}


def documents_from_json(data: dict[str, Any], path: str, relpath: str) -> tuple[Document, ...]:
    return tuple(_document(d, path, relpath) for d in data["documents"])


def _document_json(doc: Document) -> dict[str, Any]:
    c = doc.classification
    return {
        "file": reading_to_json(doc.file),
        "classification": {"type": c.type.value, "confidence": c.confidence, "evidence": list(c.evidence)},
        "fields": {name: {"value": _value_json(f.value), "raw": f.raw, "page": f.page, "source": f.source}
                   for name, f in doc.fields.items()},
        "zone": _zone_json(doc.zone) if doc.zone is not None else None,
        "pages": list(doc.pages),
        "parts": [asdict(p) for p in doc.parts],
    }


def _document(data: dict[str, Any], path: str, relpath: str) -> Document:
    c = data["classification"]
    return Document(
        file=replace(reading_from_json(data["file"]), path=path, relpath=relpath),
        classification=Classification(DocType(c["type"]), c["confidence"], tuple(c["evidence"])),
        fields={name: Field(_value(f["value"]), f["raw"], f["page"], f["source"]) for name, f in data["fields"].items()},
        zone=_zone(data["zone"]) if data["zone"] is not None else None,
        pages=tuple(data["pages"]),
        parts=tuple(Part(p["relpath"], tuple(p["pages"]), p["sha256"], p["whole"]) for p in data["parts"]),
    )


_ZONE_DATES = ("birth_date", "expiry_date")


def _zone_json(zone: Zone) -> dict[str, Any]:
    data = asdict(zone)
    for name in _ZONE_DATES:
        data[name] = data[name].isoformat() if data[name] is not None else None
    return data


def _zone(data: dict[str, Any]) -> Zone:
    values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}
    for name in _ZONE_DATES:
        values[name] = date.fromisoformat(values[name]) if values[name] is not None else None
    return Zone(**values)


def _value_json(value: FieldScalar) -> Any:
    """A field's value; a date is tagged (a string of the same digits is not a date)."""
    if type(value) is date:
        return {"date": value.isoformat()}
    if type(value) in (str, bool, int):
        return value
    raise TypeError(f"a field value of type {type(value).__name__}")


def _value(data: Any) -> FieldScalar:
    if isinstance(data, dict):
        return date.fromisoformat(data["date"])
    if isinstance(data, str | bool | int):
        return data
    raise TypeError(f"a stored field value of type {type(data).__name__}")
