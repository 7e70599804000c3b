"""When a document's machine-readable zone is believed, and for which fields: the one policy.

It is applied at three moments, on the same rule: a zone whose check digits all
verify is evidence; an unverified zone (a check digit fails: a character was
misread somewhere, or rule 0 below) is never evidence by itself.

0. Finding a page's zones (`understand.find_zone`, `segment.page_zones`),
   `distrust_dark_capture`: a zone read off a capture so dark it looked blank
   (read from its contrast-stretched copy, the page's note `model.DARK_NOTE`) is
   unverified whatever its check digits (`DARK_CAPTURE` among its failed checks).

1. Reading a file (`docscheck.fields`), `zone_overrides_print`: the zone is used
   only when every check digit verifies (`zone.valid`) and the document is a
   passport, a photo ID or a visa.  Its values then *replace* the printed ones
   (`zone_values`) for surname, given names, birth date, document number,
   nationality, expiry (a visa's `valid_until`) and sex (M, F or X only).
   Nationality has no check digit, so `zone_nationality_trusted`: a zone
   nationality that differs from the printed one, and is neither a known code
   nor the issuing state's, is taken for an OCR misreading and not used.

2. Checking a dossier (`docscheck.checklist`), `reading` and `trusted_value`: a
   value printed on the page, or read from a zone whose check digits all verify,
   may decide a rule.  A value that only an unverified zone gives never decides
   anything by itself: the rule becomes "to verify".  The visa category comes
   from a zone's document code (VD long stay, VC short stay) only when that zone
   verifies.  The European exemption needs `verified_nationality`: a verified
   zone's, or a printed one that the zone confirms.
"""


from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date

from docscheck.model import DARK_NOTE, DocType, Document, FieldScalar, Page, Zone

# The failed check a zone carries when read off a capture too dark to trust (rule 0 below).
DARK_CAPTURE = "too_dark_to_verify"


def distrust_dark_capture(page: Page, zones: list[Zone]) -> list[Zone]:
    """Rule 0: a zone read off a capture too dark to see (its contrast stretched) is never verified:
    every reading shares its blur, and check digits agreeing (G read for 6, S for 8 weigh alike)
    do not make it evidence."""
    if not (page.note or "").startswith(DARK_NOTE):
        return zones
    return [replace(z, valid=False, failed_checks=(*z.failed_checks, DARK_CAPTURE)) for z in zones]


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


def visa_category_from_code(document_code: str) -> str | None:
    """A visa zone's document code: VD... is a long-stay (D) visa, VC... a short-stay (C) one."""
    code = document_code.upper()
    if code.startswith("VD"):
        return "long_stay"
    if code.startswith("VC"):
        return "short_stay"
    return None


# --- rule 2: what may decide a verdict -------------------------------------------------------

PRINTED = "printed"
IMAGE = "image"  # seen on the page as a picture (the holder's photo)
ZONE_VERIFIED = "zone_verified"
ZONE_UNVERIFIED = "zone_unverified"
#: Sources whose values may decide a verdict.
TRUSTED = frozenset({PRINTED, IMAGE, ZONE_VERIFIED})

# Identity fields a document's zone can give when the printed text was not read (not sex).
_CHECKED_ZONE_FIELDS = ("surname", "given_names", "date_of_birth", "document_number", "nationality", "expiry_date")


def _empty(v: object) -> bool:
    return v is None or v == ""


def zone_value(doc: Document, name: str) -> FieldScalar | None:
    """What the document's zone alone says about a field, verified or not."""
    zone = doc.zone
    if zone is None:
        return None
    if name in _CHECKED_ZONE_FIELDS:
        v = getattr(zone, _ZONE_ATTRIBUTE[name])
        return None if _empty(v) else v  # type: ignore[no-any-return]
    if name == "valid_until" and zone.expiry_date is not None:
        return zone.expiry_date
    if name == "visa_category" and zone.document_code:
        return visa_category_from_code(zone.document_code)
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


def best_zone(zones: list[Zone]) -> Zone | None:
    """The zone that says what a page or a file is: the soundest one; between sound ones, a visa's.

    A visa is copied with the passport's data page (the prefecture asks for the pages "relatives à l'état civil
    ... et visas"), in whichever order the booklet opened: the page is the visa's copy, and the passport it shows
    is found beside it as a document of its own (`understand.understand_documents`).
    """
    if not zones:
        return None
    return max(zones, key=lambda z: (z.valid, not z.failed_checks, -len(z.failed_checks), z.kind.startswith("MRV")))
