"""Fields taken from the machine-readable zone; when it is believed is docscheck.zonetrust's rule 1."""

from __future__ import annotations

from datetime import date

from docscheck import zonetrust
from docscheck.fields.people import KNOWN_CODES
from docscheck.model import DocType, Field, Zone

ZONE_FIELDS = zonetrust.READ_FIELDS


def zone_fields(zone: Zone, doc_type: DocType, printed: dict[str, Field]) -> dict[str, Field]:
    """The zone's values as fields, each keeping the printed form and page of the value it replaces."""
    printed_nat = printed.get("nationality")
    values = zonetrust.zone_values(zone, doc_type, printed_nat.value if printed_nat is not None else None, KNOWN_CODES)
    out: dict[str, Field] = {}
    for name, value in values.items():
        p = printed.get(name)
        raw = p.raw if p is not None else (value.isoformat() if isinstance(value, date) else value)
        out[name] = Field(value, raw, p.page if p is not None else None, "zone")
    return out
