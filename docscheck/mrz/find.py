"""Zones in OCR or text-layer text: windows of zone-like lines, parsed and kept when plausible."""

from __future__ import annotations

from datetime import date

from docscheck.countries import ICAO_CODES
from docscheck.lookalikes import FILLER_SIGNS
from docscheck.model import Zone
from docscheck.mrz.icao import CHARSET, LAYOUTS
from docscheck.mrz.parse import ANCHOR_TD1, clean_line, parse_zone, score

# A zone-like line: 20 to 60 characters once cleaned (TD1 lines are 30, TD3 44, with room for
# OCR's losses and gains), at least 90% of them zone characters, at most 30% lower case.
MIN_LINE, MAX_LINE = 20, 60
MIN_ZONE_SHARE = 0.9
MAX_LOWER_SHARE = 0.3
# Lines of a zone are consecutive, but a blank or junk line may come between two.
MAX_LINE_GAP = 2
# A card zone's two checked lines (30 characters) as OCR may give them, and its names line.
TD1_LINE_LENGTHS = (25, 34)
MIN_NAMES_LINE = 20
DOCUMENT_CODES = "PVIAC"  # the first letter of every ICAO document code


def _candidate(line: str) -> str | None:
    """The cleaned line if it looks like a zone line."""
    c = clean_line(line)
    if not MIN_LINE <= len(c) <= MAX_LINE:
        return None
    if sum(ch.islower() for ch in line) > MAX_LOWER_SHARE * len(c):  # ordinary text
        return None
    good = sum(ch in CHARSET or ch in FILLER_SIGNS for ch in c)
    if good < MIN_ZONE_SHARE * len(c):
        return None
    return c


def _plausible(zone: Zone) -> bool:
    """A parsed window is a zone if it has fillers and at least one check digit holds."""
    text = "".join(zone.lines)
    layout = LAYOUTS[zone.kind]
    # a check digit held by fillers over fillers says nothing
    held = sum(1 for c in layout.checks
               if c.name not in zone.failed_checks and zone.lines[c.at[0]][c.at[1]].isdigit())
    if text.count("<") < 3:
        return False
    # a line of print above the zone (an authority's name) read as its first line: no
    # document code an ICAO zone starts with, and no issuing state
    if zone.document_code[:1] not in DOCUMENT_CODES and zone.issuer not in ICAO_CODES:
        return False
    if held >= 2 or zone.valid:
        return True
    # check digits a card's maker got wrong (old specimens): its layout still shows through
    return (zone.issuer in ICAO_CODES and zone.nationality == zone.issuer and zone.birth_date is not None
            and (zone.expiry_date is not None or zone.kind == "FR_CNI"))


def find_zones(text: str, *, today: date | None = None) -> list[Zone]:
    """Zones found in OCR or text-layer text, best first (verified zones before others)."""
    if not isinstance(text, str) or not text:
        return []
    rows: list[tuple[int, str]] = []
    for i, raw in enumerate(text.splitlines()):
        cand = _candidate(raw)
        if cand is not None:
            rows.append((i, cand))
    found: list[tuple[tuple[int, int, int], set[int], Zone]] = []
    for a in range(len(rows)):
        for n in (2, 3):
            window = rows[a: a + n]
            if len(window) < n:
                continue
            # consecutive lines, allowing a blank or junk line between them
            if any(window[j + 1][0] - window[j][0] > MAX_LINE_GAP for j in range(n - 1)):
                continue
            lens = [len(c) for _, c in window]
            if n == 3 and not all(20 <= x <= 40 for x in lens):
                continue
            if n == 2 and not all(x >= 30 for x in lens[1:]):
                continue
            zone = parse_zone([c for _, c in window], today=today)
            if zone is not None and _plausible(zone):
                found.append((score(zone), {r for r, _ in window}, zone))
    found.sort(key=lambda t: t[0], reverse=True)
    out: list[Zone] = []
    used: set[int] = set()
    for _, rowset, zone in found:
        if rowset & used:
            continue
        used |= rowset
        out.append(zone)
    return out


def td1_without_names(text: str) -> Zone | None:
    """A card zone whose names line OCR lost (it is often fainter, or cut by the crop): the
    two lines with every check digit are enough; the names line, which no check digit covers,
    is taken as it comes after them, or left blank."""
    rows = [c for c in (clean_line(t) for t in text.splitlines()) if c]
    for i in range(len(rows) - 1):
        upper, lower = rows[i], rows[i + 1]
        low, high = TD1_LINE_LENGTHS
        if not (low <= len(upper) <= high and low <= len(lower) <= high and upper[:1] in "ACI"):
            continue
        if not ANCHOR_TD1.match(lower):
            continue
        names = rows[i + 2] if i + 2 < len(rows) and len(rows[i + 2]) >= MIN_NAMES_LINE else "<" * 30
        zone = parse_zone([upper, lower, names])
        if zone is not None and zone.kind == "TD1" and _plausible(zone):
            return zone
    return None
