"""Which readings may decide a verdict: the one trust policy for machine-readable zones.

A value printed on the page, or read from a zone whose check digits all verify,
may decide a rule.  A value that only an unverified zone gives (one check digit
fails: a character was misread somewhere) never decides anything by itself: the
rule becomes "to verify".  The visa category comes from a zone's document code
(VD long stay, VC short stay) only when that zone verifies.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from docscheck.model import Document, FieldScalar

PRINTED = "printed"
IMAGE = "image"  # seen on the page as a picture (the holder's photo)
ZONE_VERIFIED = "zone_verified"
ZONE_UNVERIFIED = "zone_unverified"
#: Sources whose values may decide a verdict.
TRUSTED = frozenset({PRINTED, IMAGE, ZONE_VERIFIED})

# Identity fields a document's zone can give when the printed text was not read.
_ZONE_ATTRS = {
    "surname": "surname",
    "given_names": "given_names",
    "date_of_birth": "birth_date",
    "document_number": "document_number",
    "nationality": "nationality",
    "expiry_date": "expiry_date",
}


def _empty(v: object) -> bool:
    return v is None or v == ""


def zone_value(doc: Document, name: str) -> FieldScalar | None:
    """What the document's zone alone says about a field, verified or not."""
    zone = doc.zone
    if zone is None:
        return None
    if name in _ZONE_ATTRS:
        v = getattr(zone, _ZONE_ATTRS[name])
        return None if _empty(v) else v  # type: ignore[no-any-return]
    if name == "valid_until" and zone.expiry_date is not None:
        return zone.expiry_date
    if name == "visa_category" and zone.document_code:
        code = zone.document_code.upper()
        if code.startswith("VD"):
            return "long_stay"
        if code.startswith("VC"):
            return "short_stay"
    return None


def field_source(source: str) -> str:
    """A Field's `source` as the report says it (the understanding stage puts only verified zones' values)."""
    if source == "zone":
        return ZONE_VERIFIED
    if source == "image":
        return IMAGE
    return PRINTED


@dataclass(frozen=True)
class Reading:
    """One field's value and where it came from."""

    value: FieldScalar | None
    source: str | None  # PRINTED, IMAGE, ZONE_VERIFIED, ZONE_UNVERIFIED; None when not read

    @property
    def trusted(self) -> bool:
        return self.source in TRUSTED


def reading(doc: Document, name: str) -> Reading:
    """A field as the page printed it, else as the zone gave it, with its source."""
    f = doc.fields.get(name)
    if f is not None and not _empty(f.value):
        return Reading(f.value, field_source(f.source))
    zv = zone_value(doc, name)
    if zv is not None and doc.zone is not None:
        return Reading(zv, ZONE_VERIFIED if doc.zone.valid else ZONE_UNVERIFIED)
    return Reading(None, None)


def trusted_value(doc: Document, name: str) -> FieldScalar | None:
    """The value only when it may decide a verdict (printed, or from a verified zone)."""
    r = reading(doc, name)
    return r.value if r.trusted else None


def untrusted_only(doc: Document, name: str) -> Reading | None:
    """The reading when an unverified zone is its only source (the rule then becomes "to verify")."""
    r = reading(doc, name)
    return r if r.source == ZONE_UNVERIFIED else None


def _code(v: object) -> str:
    return str(v or "").upper().replace("<", "").strip()


def verified_nationality(doc: Document) -> str:
    """The nationality a document proves: a verified zone's, or the printed one that its zone confirms."""
    zone = doc.zone
    zone_nat = _code(zone.nationality) if zone is not None else ""
    if zone is not None and zone.valid and zone_nat:
        return zone_nat
    f = doc.fields.get("nationality")
    printed = _code(f.value) if f is not None else ""
    if printed and zone_nat and printed == zone_nat:
        return printed
    return ""


def stated_nationality(doc: Document) -> str:
    """Any nationality the document gives (printed, or any zone): what a conflict is judged on."""
    r = reading(doc, "nationality")
    return _code(r.value)


def on_date(v: FieldScalar | None) -> date | None:
    return v if isinstance(v, date) else None
