"""ICAO 9303 facts: the zone's charset, check digits, and each layout's fields and checks.

Layouts follow ICAO Doc 9303 parts 4 (TD3 passports), 5 (TD1 cards), 6 (TD2 cards) and
7 (MRV-A / MRV-B visas), plus the old French identity card (2x36, "IDFRA", 1988-2021),
which is not an ICAO layout but still in circulation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

CHARSET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<")
YYMMDD = re.compile(r"\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])")  # a date a zone may hold

_WEIGHTS = (7, 3, 1)  # ICAO 9303-3 4.9: weights repeat 7, 3, 1 along the field


def _value(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if "A" <= ch <= "Z":
        return ord(ch) - ord("A") + 10
    return 0  # '<' filler


def check_digit(s: str) -> str:
    """ICAO 9303 check digit of a string of A-Z, 0-9 and '<'."""
    return str(sum(_value(c) * _WEIGHTS[i % 3] for i, c in enumerate(s)) % 10)


# --- layouts ----------------------------------------------------------------------------

Span = tuple[int, int, int]  # line, start, end (end excluded)
Pos = tuple[int, int]  # line, index
Grid = list[list[str]]  # a zone's characters, line by line, repaired in place


@dataclass(frozen=True)
class Check:
    name: str
    spans: tuple[Span, ...]
    at: Pos


@dataclass(frozen=True)
class Layout:
    kind: str
    width: int
    lines: int
    # position types per line: k keep, a letters, x letters or digits, n digits, c check digit,
    # s sex, m name (letters and fillers)
    types: tuple[str, ...]
    checks: tuple[Check, ...]
    code: Span
    issuer: Span
    number: Span
    nationality: Span | None
    birth: Span
    sex: Pos | None
    expiry: Span | None
    optional: tuple[Span, ...]
    surname: Span  # whole name field, or the surname-only field (old French card)
    given: Span | None = None  # separate given-names field (old French card)


def _types(*parts: tuple[str, int]) -> str:
    return "".join(t * n for t, n in parts)


def _line2_44_36(width: int, kind: str) -> tuple[str, tuple[Check, ...], tuple[Span, ...]]:
    """Lower line shared by TD2, TD3, MRV-A and MRV-B."""
    checks = [
        Check("number", ((1, 0, 9),), (1, 9)),
        Check("birth", ((1, 13, 19),), (1, 19)),
        Check("expiry", ((1, 21, 27),), (1, 27)),
    ]
    if kind == "TD3":
        checks.append(Check("personal", ((1, 28, 42),), (1, 42)))
        checks.append(Check("composite", ((1, 0, 10), (1, 13, 20), (1, 21, 43)), (1, 43)))
        tail = _types(("x", 14), ("c", 2))
        optional: tuple[Span, ...] = ((1, 28, 42),)
    elif kind == "TD2":
        checks.append(Check("composite", ((1, 0, 10), (1, 13, 20), (1, 21, 35)), (1, 35)))
        tail = _types(("x", 7), ("c", 1))
        optional = ((1, 28, 35),)
    else:  # visas: no composite check digit (ICAO 9303-7)
        tail = "x" * (width - 28)
        optional = ((1, 28, width),)
    line = _types(("x", 9), ("c", 1), ("a", 3), ("n", 6), ("c", 1), ("s", 1), ("n", 6), ("c", 1)) + tail
    return line, tuple(checks), optional


def _two_line(kind: str, width: int) -> Layout:
    line2, checks, optional = _line2_44_36(width, kind)
    return Layout(
        kind=kind, width=width, lines=2,
        types=(_types(("k", 2), ("a", 3), ("m", width - 5)), line2),
        checks=checks, code=(0, 0, 2), issuer=(0, 2, 5), number=(1, 0, 9), nationality=(1, 10, 13),
        birth=(1, 13, 19), sex=(1, 20), expiry=(1, 21, 27), optional=optional, surname=(0, 5, width),
    )


_TD1 = Layout(
    kind="TD1", width=30, lines=3,
    types=(
        _types(("k", 2), ("a", 3), ("x", 9), ("c", 1), ("x", 15)),
        _types(("n", 6), ("c", 1), ("s", 1), ("n", 6), ("c", 1), ("a", 3), ("x", 11), ("c", 1)),
        "m" * 30,
    ),
    checks=(
        Check("number", ((0, 5, 14),), (0, 14)),
        Check("birth", ((1, 0, 6),), (1, 6)),
        Check("expiry", ((1, 8, 14),), (1, 14)),
        Check("composite", ((0, 5, 30), (1, 0, 7), (1, 8, 15), (1, 18, 29)), (1, 29)),
    ),
    code=(0, 0, 2), issuer=(0, 2, 5), number=(0, 5, 14), nationality=(1, 15, 18), birth=(1, 0, 6),
    sex=(1, 7), expiry=(1, 8, 14), optional=((0, 15, 30), (1, 18, 29)), surname=(2, 0, 30),
)

# Old French identity card ("carte nationale d'identite", 1988-2021): line 1 = ID FRA,
# surname [5:30], issuing office [30:36]; line 2 = number [0:12] (issue year and month,
# office, serial), check, given names [13:27], birth date, check, sex, composite over
# line 1 and line 2 [0:35].  No expiry date in the zone.
_FR_CNI = Layout(
    kind="FR_CNI", width=36, lines=2,
    types=(
        _types(("k", 2), ("a", 3), ("m", 25), ("x", 6)),
        _types(("x", 12), ("c", 1), ("m", 14), ("n", 6), ("c", 1), ("s", 1), ("c", 1)),
    ),
    checks=(
        Check("number", ((1, 0, 12),), (1, 12)),
        Check("birth", ((1, 27, 33),), (1, 33)),
        Check("composite", ((0, 0, 36), (1, 0, 35)), (1, 35)),
    ),
    code=(0, 0, 2), issuer=(0, 2, 5), number=(1, 0, 12), nationality=None, birth=(1, 27, 33),
    sex=(1, 34), expiry=None, optional=((0, 30, 36),), surname=(0, 5, 30), given=(1, 13, 27),
)

LAYOUTS = {
    "TD1": _TD1,
    "TD2": _two_line("TD2", 36),
    "TD3": _two_line("TD3", 44),
    "MRVA": _two_line("MRVA", 44),
    "MRVB": _two_line("MRVB", 36),
    "FR_CNI": _FR_CNI,
}


# --- checks -----------------------------------------------------------------------------

def text(lines: Grid, spans: Iterable[Span]) -> str:
    return "".join("".join(lines[li][s:e]) for li, s, e in spans)


def verifies(lines: Grid, check: Check) -> bool:
    field = text(lines, check.spans)
    got = lines[check.at[0]][check.at[1]]
    if got == "<":
        return all(c == "<" for c in field)
    return got == check_digit(field)


@dataclass(frozen=True)
class NumberInfo:
    value: str
    ok: bool


def td1_number(lines: Grid) -> NumberInfo:
    """TD1 document number, with the extension into the optional data (ICAO 9303-5 note j)."""
    base = "".join(lines[0][5:14])
    check = lines[0][14]
    if check != "<":
        return NumberInfo(base.rstrip("<"), check == check_digit(base))
    opt = "".join(lines[0][15:30])
    ext = opt.split("<", 1)[0]
    if len(ext) < 2:
        return NumberInfo(base.rstrip("<"), False)
    digits, cd = ext[:-1], ext[-1]
    # Issuers differ on whether the '<' at position 15 counts; both forms are in use.
    ok = cd in (check_digit(base + "<" + digits), check_digit(base + digits))
    if not ok:
        return NumberInfo(base.rstrip("<"), False)
    return NumberInfo((base + digits).replace("<", ""), True)


def check_ok(lines: Grid, layout: Layout, check: Check) -> bool:
    if layout.kind == "TD1" and check.name == "number":
        return td1_number(lines).ok
    return verifies(lines, check)
