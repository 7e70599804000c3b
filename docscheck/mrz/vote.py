"""Between several readings of one zone: the one two readings confirm, else a zone voted field
by field, else the best single reading (never reported as verified on its own)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

from docscheck.countries import ICAO_CODES
from docscheck.model import Zone
from docscheck.mrz.build import build
from docscheck.mrz.icao import LAYOUTS, YYMMDD, Check, Layout, Pos, check_ok, text
from docscheck.mrz.parse import parse_zone, score

# Vote weights: a reading of the page text (another model, on another image) against a zone
# re-read (same crop, same settings as the other re-reads): one and a half to one.
PAGE_WEIGHT, REREAD_WEIGHT = 3, 2
# Readings that must agree (on the layout, then on each checked field) to be put together.
MIN_AGREEING = 2


def _key(z: Zone) -> tuple[str, date | None, date | None, str]:
    return (z.document_number, z.birth_date, z.expiry_date, z.nationality)


def confirmed(readings: list[Zone]) -> Zone | None:
    """A verified zone whose fields another reading gives too.  Check digits alone can agree
    with a misreading by chance (and the composite digit repeats the number's weights, so it
    cannot confirm a number); two readings rarely make the same mistake."""
    for i, z in enumerate(readings):
        if z.valid and any(_key(o) == _key(z) for j, o in enumerate(readings) if j != i):
            return z
    return None


def _verified_again(z: Zone) -> bool:
    again = parse_zone(z.lines)
    return again is not None and again.valid


def settle(readings: list[Zone]) -> Zone | None:
    """The best of unconfirmed readings: verified first, then the one whose fields most readings
    give, less its failing checks."""
    if not readings:
        return None

    def support(z: Zone) -> int:
        return sum(_key(o) == _key(z) for o in readings)

    # a verified reading no other reading agrees with: its check digits may agree by chance (the
    # more readings, the likelier), so it is not reported as verified, and neither is a reading
    # whose cleaned lines would verify when read again (a page-text reading that failed only on
    # a stray accented letter)
    readings = [z for z in readings if not z.valid and not _verified_again(z)]
    if not readings:
        return None
    return max(readings, key=lambda z: (z.valid, support(z) - len(z.failed_checks), not z.repaired))



def _field_positions(layout: Layout, check: Check, lines: Sequence[str]) -> list[Pos]:
    positions = [(li, i) for li, s, e in check.spans for i in range(s, e)] + [check.at]
    if layout.kind == "TD1" and check.name == "number" and lines[0][14] == "<":
        positions += [(0, i) for i in range(15, 30)]  # an extended number runs into the optional data
    return positions


def consensus(readings: list[Zone], page: Sequence[Zone] = (), today: date | None = None) -> Zone | None:
    """One zone put together field by field from several readings of the same zone.

    Each reading errs in its own places (Tesseract misreads OCR-B differently at each size and
    lighting), so a zone no two readings agree on may still have each of its fields given alike
    by two readings, its check digit holding: that value is taken (the best supported one), the
    fields no two readings agree on and the characters outside checked fields go by plurality,
    character by character, and the country codes by the likeliest real code.  The zone verifies
    only when every check digit holds, the composite one included, which then also confirms the
    combination.  Characters are never mixed between readings inside a checked field: a mix
    tried until a check digit holds is as likely a chance agreement as the truth.

    The zone re-reads share their crop and their settings, so they can share a mistake that a
    check digit lets through ("3001075" for "8001014", seven times on a Spanish card). `page`
    holds the readings of the page text (another model, on another image): a field value that
    one of them and a zone re-read give alike wins over more zone re-reads alike, and its
    characters weigh one and a half in the plurality votes.
    """
    kinds = Counter(z.kind for z in readings)
    if not kinds:
        return None
    kind, count = kinds.most_common(1)[0]
    if count < MIN_AGREEING:
        return None
    layout = LAYOUTS[kind]
    same = [z for z in readings if z.kind == kind]
    from_page = [any(z is p for p in page) for z in same]
    weight = [PAGE_WEIGHT if f else REREAD_WEIGHT for f in from_page]
    votes = [[Counter[str]() for _ in range(layout.width)] for _ in range(layout.lines)]
    for z, wt in zip(same, weight, strict=True):
        for li, line in enumerate(z.lines):
            for i, c in enumerate(line):
                votes[li][i][c] += wt
    grid = [[v.most_common(1)[0][0] for v in row] for row in votes]
    for span in (layout.issuer, layout.nationality):
        if span is not None:
            codes = Counter[str]()
            for z, wt in zip(same, weight, strict=True):
                code = z.lines[span[0]][span[1]:span[2]]
                if code.rstrip("<") in ICAO_CODES:
                    codes[code] += wt
            if codes:
                grid[span[0]][span[1]:span[2]] = list(codes.most_common(1)[0][0])
    agreed = True
    for check in layout.checks:
        if check.name == "composite":
            continue
        agreed_here = False
        values = Counter[tuple[tuple[Pos, str], ...]]()
        on_page: set[tuple[tuple[Pos, str], ...]] = set()
        for z, on in zip(same, from_page, strict=True):
            value = tuple((p, z.lines[p[0]][p[1]]) for p in _field_positions(layout, check, z.lines))
            values[value] += 1
            if on:
                on_page.add(value)
        trials = []
        for value, n in values.items():
            if n < MIN_AGREEING:
                continue
            trial = [row[:] for row in grid]
            for (li, i), c in value:
                trial[li][i] = c
            if check_ok(trial, layout, check) and (
                    check.name not in ("birth", "expiry") or YYMMDD.fullmatch(text(trial, check.spans))):
                # a misread year ("75" for "25") that its check digit lets through can put the
                # expiry before the birth: such a value comes after one that does not
                # (judged once the birth date is chosen: it comes first)
                z = build(trial, layout, today or date.today(), True, True)
                sensible = (check.name != "expiry" or z.birth_date is None or z.expiry_date is None
                            or z.expiry_date > z.birth_date)
                # the page text's reading and a zone re-read agreeing are two independent readers
                trials.append((sensible, value in on_page, n, trial))
        if trials:
            grid = max(trials, key=lambda t: t[:3])[3]
            agreed_here = True
        agreed = agreed and agreed_here
    zone = build(grid, layout, today or date.today(), True, True)
    # a field no two readings gave alike that verifies anyway does so by chance
    return None if zone.valid and not agreed else zone


def best_of(readings: list[Zone], page: Sequence[Zone]) -> Zone | None:
    """Without two readings alike: the zone voted field by field, or the best single reading."""
    settled = settle(readings)
    voted = consensus(readings, page)
    if voted is not None and (settled is None or score(voted)[:2] >= score(settled)[:2]):
        return voted
    return settled
