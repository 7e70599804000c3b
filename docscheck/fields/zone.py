"""Fields taken from the machine-readable zone; when it is believed is docscheck.zonetrust's rule 1."""

from __future__ import annotations

import re
from datetime import date, timedelta

from docscheck import zonetrust
from docscheck.dates import find_dates
from docscheck.fields.labels import LABEL_RES
from docscheck.fields.lines import Line
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


# A visa's validity in days, at most (a long-stay visa runs a year; a few days of grace): two dates further apart
# are no first and last day.
_LONGEST_VISA = 400


def first_day_beside_last(lines: list[Line], out: dict[str, Field]) -> Field | None:
    """A visa's first day of validity on the line that gives its last day, as the zone verified it, right after it
    ("FRANCE  27-07-2026  26-07-2027", their captions lost by OCR): the row of a sticker's "from" and "until"
    boxes.  Only on a line of those two dates and a word or two that caption no other date (not "issued on")."""
    until = out.get("valid_until")
    if until is None or until.source != "zone" or not isinstance(until.value, date):
        return None
    for ln in lines:
        found = find_dates(ln.raw)
        if len(found) != 2 or found[1].value != until.value or not 0 < (until.value - found[0].value).days <= _LONGEST_VISA:
            continue
        rest = ln.norm[: found[0].start] + " " + ln.norm[found[0].end : found[1].start] + " " + ln.norm[found[1].end :]
        words = re.findall(r"[A-Z]{2,}", rest)
        if len(words) <= 2 and not any(LABEL_RES[f].search(rest) for f in ("issue_date", "issue_place", "date")):
            return Field(found[0].value, found[0].raw, ln.page, "row:first day beside the zone's last")
    return None


def first_day_by_length(lines: list[Line], out: dict[str, Field]) -> Field | None:
    """A visa's first day of validity whose caption OCR lost ("Du" read "pu"), found by the stay's length: a
    long-stay visa valid for the days of stay it grants runs from the day that many days before its last day (the
    zone's), which the sticker must print for it to be taken.  The date is never reckoned, only recognised."""
    until, length = out.get("valid_until"), out.get("duration_days")
    if until is None or until.source != "zone" or not isinstance(until.value, date) or length is None:
        return None
    if not isinstance(length.value, int) or not 0 < length.value <= _LONGEST_VISA:
        return None
    first = until.value - timedelta(days=length.value - 1)
    for ln in lines:
        for found in find_dates(ln.raw):
            if found.value == first:
                return Field(first, found.raw, ln.page, "row:first day the stay's length puts before the zone's last")
    return None
