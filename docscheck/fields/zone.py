"""Fields taken from the machine-readable zone (when to trust it: docscheck.zonetrust)."""

from __future__ import annotations

from datetime import date

from docscheck.fields.people import KNOWN_CODES
from docscheck.model import DocType, Field, Zone

ZONE_FIELDS = ("surname", "given_names", "date_of_birth", "document_number", "nationality", "expiry_date", "sex")


def zone_fields(zone: Zone, doc_type: DocType, printed: dict[str, Field]) -> dict[str, Field]:
    values: dict[str, object] = {
        "surname": zone.surname,
        "given_names": zone.given_names,
        "date_of_birth": zone.birth_date,
        "document_number": zone.document_number,
        "nationality": zone.nationality,
        "expiry_date": zone.expiry_date,
        "sex": zone.sex if zone.sex in {"M", "F", "X"} else "",
    }
    if doc_type is DocType.VISA:
        values["valid_until"] = values.pop("expiry_date")
    printed_nat = printed.get("nationality")
    if (
        printed_nat is not None and printed_nat.value != zone.nationality
        and zone.nationality not in KNOWN_CODES and zone.nationality != zone.issuer
    ):
        # nationality has no check digit: a code OCR garbled in the zone ("NMO") loses to the printed one
        values["nationality"] = ""
    out: dict[str, Field] = {}
    for name, value in values.items():
        if value in (None, ""):
            continue
        assert isinstance(value, str | date)
        p = printed.get(name)
        raw = p.raw if p is not None else (value.isoformat() if isinstance(value, date) else value)
        out[name] = Field(value, raw, p.page if p is not None else None, "zone")
    return out
