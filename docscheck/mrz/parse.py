"""One zone from its lines: cleaned, brought to its layout's width, realigned, repaired, scored.

OCR adds and loses characters (doubled O's, merged filler runs), so each line is tried at a few
lengths, and the lower line with its fixed middle put back in place; the reading that verifies
best with the fewest edits wins.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from docscheck.lookalikes import (
    DIGIT_LIKE_LETTERS,
    DIGIT_TO_LETTER,
    FILLER_SIGNS,
    INTERCHANGEABLE,
    LETTER_TO_DIGIT,
    SPECK_CHARACTERS,
    SYMBOL_TO_LETTER,
)
from docscheck.model import Zone
from docscheck.mrz.build import build
from docscheck.mrz.formats import conform, number_format
from docscheck.mrz.icao import CHARSET, LAYOUTS, Layout, check_digit
from docscheck.mrz.normalise import normalise
from docscheck.mrz.repair import repair

# How far a line's length may be from its layout's width and still be tried: OCR merges runs
# of fillers (so lines come out quite short), the names line most, being mostly fillers.
MAX_EXTRA = 14
MAX_SHORT = 10
MAX_SHORT_NAMES = 14
# Characters of junk before a card's upper line that are looked past.
MAX_LEADING_JUNK = 7
# Edit cost of a substitution OCR makes often (O for 0, K for '<'), against 1 for any other.
LOOKALIKE_COST = 0.1

_SYMBOLS = str.maketrans(dict(SYMBOL_TO_LETTER))


def clean_line(line: str) -> str:
    """Upper-case, no whitespace, no marks at the ends (a table rule read as '|')."""
    return re.sub(r"\s+", "", line.upper()).translate(_SYMBOLS).strip("|!.,;:'\"`-_~()[]{}/\\")


def _length_variants(line: str, width: int) -> list[str]:
    """The line brought to `width`: at its end, and inside its longest filler run."""
    d = width - len(line)
    if d == 0:
        return [line]
    if d > 0:
        out = [line + "<" * d]
        runs = [m for m in re.finditer(r"<+", line) if m.end() < len(line)]
        if runs:
            m = max(runs, key=lambda r: r.end() - r.start())
            out.append(line[: m.end()] + "<" * d + line[m.end():])
        return out
    out = [line[:width]]
    if -d <= 3:
        runs = [m for m in re.finditer(r"<+", line) if m.end() - m.start() > -d]
        if runs:
            m = max(runs, key=lambda r: r.end() - r.start())
            out.append(line[: m.start()] + line[m.start() - d: ])
    return out



def _parse_exact(lines: list[str], layout: Layout, today: date, changed: bool, search: bool = True) -> Zone:
    charset_ok = all(c in CHARSET or c in FILLER_SIGNS for line in lines for c in line)
    grid = [[c if c in CHARSET else "<" for c in line] for line in lines]
    before = list(lines)
    raw = [list(g) for g in grid]
    normalise(grid, layout)
    repair(grid, layout, raw, search)
    misfit = not _national_format(grid, layout)
    changed = changed or ["".join(g) for g in grid] != before
    zone = build(grid, layout, today, changed, charset_ok)
    if misfit and zone.valid:  # reported only where it is what keeps the zone from verifying
        zone = replace(zone, valid=False, failed_checks=(*zone.failed_checks, "number_format"))
    return zone


def _national_format(grid: list[list[str]], layout: Layout) -> bool:
    """Bring the document number to its issuer's known format; False when it cannot fit it."""
    issuer = "".join(grid[layout.issuer[0]][layout.issuer[1]:layout.issuer[2]]).rstrip("<")
    pattern = number_format(issuer, "".join(grid[layout.code[0]][layout.code[1]:layout.code[2]]), layout.kind)
    if pattern is None:
        return True
    if layout.nationality is not None:
        ni, ns, ne = layout.nationality
        if "".join(grid[ni][ns:ne]).rstrip("<") != issuer:
            return True  # a travel document the state issues to a refugee or a stateless person: not numbered as its passports
    li, s, e = layout.number
    fitted = conform("".join(grid[li][s:e]).rstrip("<"), pattern)
    if fitted is None:
        return False
    grid[li][s:s + len(fitted)] = list(fitted)
    return True


def score(z: Zone) -> tuple[int, int, int]:
    return (int(z.valid), -len(z.failed_checks), -int(z.repaired))


def _kinds(lines: list[str]) -> list[str]:
    if len(lines) == 3:
        return ["TD1"]
    if len(lines) != 2:
        return []
    mean = (len(lines[0]) + 2 * len(lines[1])) / 3  # the lower line's length is the surer
    visa = lines[0][:1] == "V"
    if mean >= 40:
        return ["MRVA"] if visa else ["TD3"]
    kinds = ["MRVB"] if visa else ["TD2"]
    if lines[0].startswith(("IDFRA", "1DFRA", "IDFR4")):
        kinds.append("FR_CNI")
    return kinds


_D = f"[0-9{DIGIT_LIKE_LETTERS}]"  # a digit, or a letter OCR makes of one
_SEX = "[MFX<KHN]"  # a sex, a filler, or what OCR makes of them (K for '<'; H and N for M)
# The lower line's fixed middle: date, check digit, sex, date, check digit (ICAO 9303-4/-5/-6),
# after the nationality (two-line layouts) or before it (TD1).
ANCHOR_TWO_LINE = re.compile(r"(?=([A-Z0-9<]{3}" + _D + "{7}" + _SEX + _D + "{7}))")
ANCHOR_TD1 = re.compile(r"(?=(" + _D + "{7}" + _SEX + _D + "{7}[A-Z0-9<]{3}))")


def _sub_cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if LETTER_TO_DIGIT.get(a) == b or DIGIT_TO_LETTER.get(a) == b or b in INTERCHANGEABLE.get(a, ()) or b == "<":
        return LOOKALIKE_COST
    return 1.0


def _realigned(line: str, layout: Layout) -> list[tuple[str, float]]:
    """The lower line with its fixed middle (nationality, birth date, sex, expiry date) put back
    in place when OCR added or lost characters before it (doubled O's, lost fillers)."""
    if layout.kind == "FR_CNI":
        return []
    if layout.kind == "TD1":
        starts = [m.start() for m in ANCHOR_TD1.finditer(line)]
        return [(line[p:], float(p)) for p in starts if 0 < p <= 3][:1]
    starts = [m.start() for m in ANCHOR_TWO_LINE.finditer(line)]
    if not starts:
        return []
    p = min(starts, key=lambda x: abs(x - 10))
    if p == 10 or not 6 <= p <= 13:
        return []
    number, rest = line[:p], line[p:]
    if len(number) < 10:
        pad = "<" * (10 - len(number))
        return [(number[:-1] + pad + number[-1] + rest, 0.5 * len(pad)), (number + pad + rest, 0.5 * len(pad))]
    # one character too many: leave out a doubled one (OCR reads OO for O, 11 for 1), else a thin
    # one OCR adds from a speck or a gap (0, O, 1, I, L, '<').  Leaving out any character would
    # try ten numbers, and about one in ten of those lets its check digit and the composite one
    # hold together by chance ("70126687<11" read as "0126687<1" and "1").
    out: dict[str, float] = {}
    for i in range(len(number)):
        doubled = (i > 0 and number[i - 1] == number[i]) or (i + 1 < len(number) and number[i + 1] == number[i])
        if not doubled and number[i] not in SPECK_CHARACTERS:
            continue
        cand = number[:i] + number[i + 1:]
        cost = 1.0 if doubled else 2.0
        if len(cand) > 10:  # two too many: only doubled characters
            if not doubled:
                continue
            cand = re.sub(r"(.)\1", r"\1", cand, count=1)
            cost += 1.0
        if len(cand) == 10:
            out.setdefault(cand + rest, cost)
    return sorted(out.items(), key=lambda t: t[1])


def parse_zone(lines: Sequence[str], *, today: date | None = None) -> Zone | None:
    """One zone from its 2 or 3 lines, repaired where check digits allow; None if no zone layout fits.

    `today` anchors two-digit years (birth dates in the past, expiry dates at most
    20 years ahead); it defaults to the current date.
    """
    try:
        cleaned = [clean_line(str(line)) for line in lines]
    except Exception:  # noqa: BLE001 - arbitrary input must never raise
        return None
    cleaned = [c for c in cleaned if c]
    today = today or date.today()
    best: tuple[tuple[int, int, float], Zone] | None = None
    for kind in _kinds(cleaned):
        layout = LAYOUTS[kind]
        names_line = 2 if layout.kind == "TD1" else 0
        # OCR merges runs of fillers: lines may come out quite short
        if any(len(c) > layout.width + MAX_EXTRA
               or len(c) < layout.width - (MAX_SHORT_NAMES if i == names_line else MAX_SHORT)
               for i, c in enumerate(cleaned)):
            continue
        variants: list[dict[str, float]] = [
            {v: float(abs(len(c) - layout.width)) for v in _length_variants(c, layout.width)} for c in cleaned
        ]
        if layout.kind == "TD1" and len(cleaned[0]) > 30:
            # junk before the upper line: start where the document number's check digit holds
            for o in range(1, min(len(cleaned[0]) - 29, MAX_LEADING_JUNK + 1)):
                c = cleaned[0][o:]
                if check_digit(c[5:14]) == c[14] and c[:1] in "ACI":
                    variants[0].setdefault(c[:30], float(o))
        primary = set(variants[1])
        for extra, cost in _realigned(cleaned[1], layout):
            for v in _length_variants(extra, layout.width):
                variants[1].setdefault(v, cost + abs(len(extra) - layout.width))
        for combo in itertools.product(*variants):
            changed = list(combo) != cleaned
            # a line rebuilt by leaving characters out is already a guess: no further search on it
            zone = _parse_exact(list(combo), layout, today, changed, search=combo[1] in primary)
            # among equally good readings, the one that needed the fewest edits; confusing
            # look-alikes (O and 0) costs less than losing or adding a character
            edits = sum(v[line] for v, line in zip(variants, combo, strict=True))
            edits += sum(_sub_cost(x, y) for a, b in zip(combo, zone.lines, strict=True)
                         for x, y in zip(a, b, strict=True))
            rank = (*score(zone)[:2], -edits)
            if best is None or rank > best[0]:
                best = (rank, zone)
    return best[1] if best else None

