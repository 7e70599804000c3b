"""From a file's text to a Document: find the zone, classify, extract the fields."""

from __future__ import annotations

from datetime import date

from docscheck import mrz
from docscheck.classify import classify
from docscheck.fields import extract_fields
from docscheck.model import Classification, DocType, Document, FileText, Zone


def _best(zones: list[Zone]) -> Zone | None:
    if not zones:
        return None
    return max(zones, key=lambda z: (z.valid, not z.failed_checks, -len(z.failed_checks)))


def find_zone(ft: FileText, *, today: date | None = None) -> Zone | None:
    """The file's machine-readable zone: the zone lines re-read from the image first, else the page text."""
    candidates: list[Zone] = []
    for page in ft.pages:
        if page.zone_text:
            candidates.extend(mrz.find_zones(page.zone_text, today=today))
    if not any(z.valid for z in candidates):
        for page in ft.pages:
            if page.text:
                candidates.extend(mrz.find_zones(page.text, today=today))
    return _best(candidates)


def understand(ft: FileText, *, today: date | None = None) -> Document:
    """What one file is and what it says: type with confidence and evidence, fields, zone."""
    if ft.error is not None:
        return Document(file=ft, classification=Classification(DocType.UNKNOWN, 0.0, (f"unreadable: {ft.error.code}",)))
    zone = find_zone(ft, today=today)
    classification = classify(ft, zone)
    fields = extract_fields(ft, classification.type, zone) if classification.type is not DocType.UNKNOWN else {}
    return Document(file=ft, classification=classification, fields=fields, zone=zone)
