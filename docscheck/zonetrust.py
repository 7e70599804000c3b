"""When a document's machine-readable zone is believed, and for which fields: the one policy.

The rule as it is today.  It is applied at two moments, and the two moments
trust the zone differently (a later change is to make them agree):

1. Reading a file (`docscheck.fields`), `zone_overrides_print`: the zone is used
   only when every check digit verifies (`zone.valid`) and the document is a
   passport, a photo ID or a visa.  Its values then *replace* the printed ones
   (`zone_values`) for surname, given names, birth date, document number,
   nationality, expiry (a visa's `valid_until`) and sex (M, F or X only).
   Nationality has no check digit, so `zone_nationality_trusted`: a zone
   nationality that differs from the printed one, and is neither a known code
   nor the issuing state's, is taken for an OCR misreading and not used.

2. Checking a dossier (`docscheck.checklist`), `trusted_zone_value`: a field the
   print did not give falls back to the zone's value, *whether or not the zone
   verifies* and whatever the document's type, for surname, given names, birth
   date, document number, nationality and `expiry_date` (not sex; a visa's
   zone expiry is not used as `valid_until` here).  A visa's category falls back
   to its zone's document code (VD... long stay, VC... short stay).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from docscheck.model import DocType, Document, FieldScalar, Zone

# Field name -> the Zone attribute holding it.
_ZONE_ATTRIBUTE = {
    "surname": "surname",
    "given_names": "given_names",
    "date_of_birth": "birth_date",
    "document_number": "document_number",
    "nationality": "nationality",
    "expiry_date": "expiry_date",
    "sex": "sex",
}

# Rule 1: the fields a verified zone gives when reading a file, in this order.
READ_FIELDS = ("surname", "given_names", "date_of_birth", "document_number", "nationality", "expiry_date", "sex")
# Rule 1: the documents whose zone is read (the others' zones are a cue for classification only).
ZONE_DOCUMENTS = frozenset({DocType.PASSPORT, DocType.PHOTO_ID, DocType.VISA})
# Rule 2: the fields a zone fills in when checking, if the print gave none.
FALLBACK_FIELDS = ("surname", "given_names", "date_of_birth", "document_number", "nationality", "expiry_date")
_SEXES = frozenset({"M", "F", "X"})


def zone_overrides_print(zone: Zone | None, doc_type: DocType) -> bool:
    """Rule 1: whether a file's zone replaces its printed values."""
    return zone is not None and zone.valid and doc_type in ZONE_DOCUMENTS


def zone_nationality_trusted(zone: Zone, printed: FieldScalar | None, known_codes: Collection[str]) -> bool:
    """Rule 1 for nationality, which has no check digit: a code OCR garbled in the zone ("NMO")
    loses to the printed one."""
    return printed is None or printed == zone.nationality or zone.nationality in known_codes or (
        zone.nationality == zone.issuer
    )


def zone_values(zone: Zone, doc_type: DocType, printed_nationality: FieldScalar | None,
                known_codes: Collection[str]) -> dict[str, str | date]:
    """Rule 1: the values a verified zone gives, by field name (empty ones left out).

    A visa's expiry is its `valid_until`."""
    values: dict[str, str | date | None] = {name: getattr(zone, _ZONE_ATTRIBUTE[name]) for name in READ_FIELDS}
    if zone.sex not in _SEXES:
        values["sex"] = ""
    if doc_type is DocType.VISA:
        values["valid_until"] = values.pop("expiry_date")
    if not zone_nationality_trusted(zone, printed_nationality, known_codes):
        values["nationality"] = ""
    return {name: v for name, v in values.items() if v is not None and v != ""}


@dataclass(frozen=True)
class Sourced:
    """A field's value and where it came from: "print" (the file's fields, which a verified
    zone may already have filled, see rule 1), "zone" or "zone document code"."""

    value: FieldScalar
    source: str


def visa_category_from_code(document_code: str) -> str | None:
    """A visa zone's document code: VD... is a long-stay (D) visa, VC... a short-stay (C) one."""
    code = document_code.upper()
    if code.startswith("VD"):
        return "long_stay"
    if code.startswith("VC"):
        return "short_stay"
    return None


def trusted_zone_value(doc: Document, name: str) -> Sourced | None:
    """Rule 2: a document's field as the checklist sees it, from print, else from its zone."""
    v = doc.value(name)
    if v not in (None, ""):
        assert v is not None
        return Sourced(v, "print")
    zone = doc.zone
    if zone is None:
        return None
    if name in FALLBACK_FIELDS:
        zv = getattr(zone, _ZONE_ATTRIBUTE[name])
        if zv not in (None, ""):
            return Sourced(zv, "zone")
    if name == "visa_category" and zone.document_code:
        category = visa_category_from_code(zone.document_code)
        if category is not None:
            return Sourced(category, "zone document code")
    return None
