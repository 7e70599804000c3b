"""Repair guided by check digits: undo OCR confusions where that makes a failing check digit hold.

Positions that may hold a letter or a digit are only changed when a check digit then verifies
(and the composite one too, where the layout has one): every reading tried is another
one-in-ten chance of a false match, so few are tried.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable

from docscheck.lookalikes import (
    CHECKABLE_DIGIT_TO_LETTER,
    CHECKABLE_LETTER_TO_DIGIT,
    DIGIT_READINGS,
    FILLER_READ_FOR,
    INTERCHANGEABLE,
    ROUND_ZERO_LETTERS,
    ZERO_LETTERS,
)
from docscheck.mrz.icao import YYMMDD, Check, Grid, Layout, Pos, Span, check_ok, text, verifies

# Bound on the alternatives tried per check digit, a guard on time: with the one substitution
# per check digit that repair allows, a field of ICAO 9303 length never comes near it.
MAX_TRIES = 4000
# A document number's letter prefix: 0 to 3 letters ("CA000000", "S0002068").
MAX_NUMBER_PREFIX = 3

Goal = Callable[[Grid], int]  # scores a repaired grid: >= 1 acceptable, higher better


def _fits_neighbours(lines: Grid, p: Pos, new: str, strict: bool = False) -> bool:
    """A letter read for a digit (or the reverse) is only undone next to its own kind.

    Document numbers mix letters and digits, but in runs ("K682T8YLO", "L898902C3"):
    an O between digits is likely a 0; an O between letters is likely an O.
    """
    old = lines[p[0]][p[1]]
    if old.isdigit() == new.isdigit():
        return True
    row = lines[p[0]]
    near = [row[i] for i in (p[1] - 1, p[1] + 1) if 0 <= i < len(row) and row[i] != "<"]
    fits = [c.isdigit() == new.isdigit() for c in near]
    return bool(fits) and all(fits) if strict else any(fits)


def _search(
    lines: Grid,
    positions: list[Pos],
    goal: Goal,
    max_changes: int,
    strict: bool = False,
) -> bool:
    """Try ambiguous substitutions at `positions`, fewest changes first; keep the best.

    `goal` scores a candidate (higher is better; >= 1 means acceptable).  Returns True
    when characters were changed.
    """
    options = []
    for p in positions:
        alts = tuple(a for a in INTERCHANGEABLE.get(lines[p[0]][p[1]], ()) if _fits_neighbours(lines, p, a, strict))
        if alts:
            options.append((p, alts))
    if not options:
        return False
    best: tuple[int, list[tuple[Pos, str]]] | None = None
    tries = 0
    for k in range(1, min(max_changes, len(options)) + 1):
        for combo in itertools.combinations(options, k):
            for subs in itertools.product(*(alts for _, alts in combo)):
                tries += 1
                if tries > MAX_TRIES:
                    break
                saved = [(p, lines[p[0]][p[1]]) for p, _ in combo]
                for (p, _), ch in zip(combo, subs, strict=True):
                    lines[p[0]][p[1]] = ch
                score = goal(lines)
                for p, ch in saved:
                    lines[p[0]][p[1]] = ch
                if score >= 1 and (best is None or score > best[0]):
                    best = (score, [(p, ch) for (p, _), ch in zip(combo, subs, strict=True)])
        if best is not None:
            break
    if best is None:
        return False
    for p, ch in best[1]:
        lines[p[0]][p[1]] = ch
    return True


def _x_positions(layout: Layout, spans: Iterable[Span]) -> list[Pos]:
    return [(li, i) for li, s, e in spans for i in range(s, e) if layout.types[li][i] == "x"]


def _number_runs(lines: Grid, layout: Layout, goal: Goal) -> bool:
    """Document numbers are mostly a few letters then digits ("CA000000", "S0002068"):
    try the number read as a letter prefix of 0-3 characters followed by digits only."""
    li, s, e = layout.number
    original = lines[li][s:e]
    candidates: list[list[str]] = []
    # the old French card's number starts with the year and month of issue: no letter prefix
    for k in range(0, 1 if layout.kind == "FR_CNI" else MAX_NUMBER_PREFIX + 1):
        if k and original[k - 1] in ROUND_ZERO_LETTERS:  # an O where letters meet digits is a 0
            continue
        if not all(c.isalpha() or c in CHECKABLE_DIGIT_TO_LETTER for c in original[:k]):
            continue  # a prefix is letters
        rest = [CHECKABLE_LETTER_TO_DIGIT.get(c, c) for c in original[k:]]
        candidates.append(original[:k] + rest)
        candidates.append([CHECKABLE_DIGIT_TO_LETTER.get(c, c) for c in original[:k]] + rest)
    if original[0] == "<":  # a number does not start with a filler: an X or C read as one
        candidates += [[c, *original[1:]] for c in FILLER_READ_FOR]
    # fewest changes first: L/1 and G/6 (like K and '<') weigh the same in check digits
    candidates.sort(key=lambda c: sum(a != b for a, b in zip(c, original, strict=True)))
    for candidate in candidates:
        if candidate == original:
            continue
        lines[li][s:e] = candidate
        if goal(lines) >= 1:
            return True
    lines[li][s:e] = original
    return False


def _repair_date(lines: Grid, raw: Grid, check: Check) -> None:
    """A date whose check digit fails: try the other digits its misread letters may stand for."""
    options = []
    for li, s, e in check.spans:
        for i in range(s, e):
            alts = [d for d in DIGIT_READINGS.get(raw[li][i], "") if d != lines[li][i]]
            if alts:
                options.append(((li, i), alts))
    for k in (1, 2):
        for combo in itertools.combinations(options, k):
            for subs in itertools.product(*(a for _, a in combo)):
                saved = [(p, lines[p[0]][p[1]]) for p, _ in combo]
                for (p, _), d in zip(combo, subs, strict=True):
                    lines[p[0]][p[1]] = d
                if verifies(lines, check) and YYMMDD.fullmatch(text(lines, check.spans)):
                    return
                for p, d in saved:
                    lines[p[0]][p[1]] = d


def _zeros_in_number(lines: Grid, layout: Layout, composite: Check | None) -> None:
    """A number read with several O's or D's ("ADODOOOO" for "A0000000") whose check digit
    holds either way: zeros are far commoner than those letters in document numbers."""
    li, s, e = layout.number
    original = lines[li][s:e]
    if sum(c in ZERO_LETTERS for c in original) < 2:
        return
    number = next(c for c in layout.checks if c.name == "number")
    # the first character may be a letter; if all the others are then digits, so may it be
    for keep in (1, 0):
        lines[li][s:e] = original[:keep] + ["0" if c in ZERO_LETTERS else c for c in original[keep:]]
        if keep == 0 and not all(c.isdigit() or c == "<" for c in lines[li][s:e]):
            continue
        if check_ok(lines, layout, number) and (composite is None or verifies(lines, composite)):
            if keep == 1 and all(c.isdigit() or c == "<" for c in lines[li][s + 1:e]) and original[0] in ZERO_LETTERS:
                continue  # "OO000000": the first O goes with the zeros after it
            return
    lines[li][s:e] = original


def repair(lines: Grid, layout: Layout, raw: Grid | None = None, search: bool = True) -> None:
    """Make failing check digits verify by undoing OCR confusions in free positions.

    Each failing check digit may be fixed by one substitution in its field, and only
    when the composite check digit (where the layout has one) then verifies too: a check
    digit alone has a one-in-ten chance of agreeing with a wrong reading.
    """
    composite = next((c for c in layout.checks if c.name == "composite"), None)
    for check in layout.checks:
        if check.name in ("birth", "expiry") and raw is not None and not verifies(lines, check):
            _repair_date(lines, raw, check)
    for check in layout.checks:
        if check is composite or check_ok(lines, layout, check):
            continue
        spans = check.spans
        if layout.kind == "TD1" and check.name == "number":
            spans = ((0, 5, 30),)
        positions = _x_positions(layout, spans)

        def goal(ls: Grid, check: Check = check) -> int:
            if not check_ok(ls, layout, check):
                return 0
            return 1 if composite is None or verifies(ls, composite) else 0

        def runs_goal(ls: Grid, check: Check = check) -> int:
            # a composite digit OCR lost cannot confirm; the few run readings are then enough
            if composite is not None and not ls[composite.at[0]][composite.at[1]].isdigit():
                return 1 if check_ok(ls, layout, check) else 0
            return goal(ls)

        if check.name == "number" and _number_runs(lines, layout, runs_goal):
            continue
        if not search:
            continue
        # else one substitution next to its kind, where a composite check digit confirms it, or
        # (without a composite) one that stands out among the other kind.  No more: every
        # reading tried is another one-in-ten (or one-in-a-hundred) chance of a false match.
        _search(lines, positions, goal, 1, strict=composite is None)
    _zeros_in_number(lines, layout, composite)
    if composite is None or verifies(lines, composite) or not search:
        return
    if any(not check_ok(lines, layout, c) for c in layout.checks if c is not composite):
        return  # the composite fails because another field does
    covered = {(li, i) for c in layout.checks if c is not composite for li, s, e in c.spans
               for i in range(s, e)}
    if layout.kind == "TD1" and lines[0][14] == "<":
        covered |= {(0, i) for i in range(15, 30)}
    free = [p for p in _x_positions(layout, composite.spans) if p not in covered]
    # optional data has no check digit of its own: only undo a letter among digits (or the reverse)
    _search(lines, free, lambda ls: 1 if verifies(ls, composite) else 0, 1, strict=True)

