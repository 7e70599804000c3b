"""Small pieces the fourth held-out batch (modules `held4_*.py`, session 13) shares: dates as people write
them, a pen mark, a machine-readable zone, ruled lines and labelled boxes.
"""

from __future__ import annotations

import random
from datetime import date

from synth.formats import MONTHS_EN, MONTHS_FR, MONTHS_FR_ABBR
from synth.layout import Box, Sheet, Stroke, Text

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
INKS = ((0.1, 0.15, 0.5), (0.05, 0.05, 0.08), (0.12, 0.2, 0.55))


def fr_day(d: date) -> str:
    """'3 mars 2026', '1er juillet 2026'."""
    return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def en_ord(d: date) -> str:
    """'March 3rd, 2026'."""
    return f"{MONTHS_EN[d.month - 1]} {ordinal(d.day)}, {d.year}"


def en_day(d: date) -> str:
    """'3 March 2026'."""
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


def roman(d: date) -> str:
    """'03.III.2026', as some registries date their copies."""
    return f"{d.day:02d}.{ROMAN[d.month - 1]}.{d.year}"


def fr_abbr(d: date) -> str:
    """'05 SEPT 2026'."""
    return f"{d.day:02d} {MONTHS_FR_ABBR[d.month - 1]} {d.year}"


def en_abbr(d: date) -> str:
    """'05 SEP 2026'."""
    return f"{d.day:02d} {MONTHS_EN[d.month - 1][:3].upper()} {d.year}"


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def ink(rng: random.Random) -> tuple[float, float, float]:
    return rng.choice(INKS)


def mark(sh: Sheet, x: float, y: float, rng: random.Random, *, scale: float = 1.0,
         rgb: tuple[float, float, float] | None = None) -> None:
    """A signature: a looped first stroke and a trailing flourish, strokes only (an unsigned copy drops them)."""
    colour = rgb or ink(rng)
    pts = []
    px = 0.0
    for i in range(rng.randint(9, 14)):
        px += rng.uniform(5, 13) * scale
        py = rng.uniform(-11, 11) * scale * (1.0 if i % 2 else 0.6)
        pts.append((x + px, y + py))
    sh.add(Stroke(tuple(pts), width=rng.uniform(1.0, 1.6), rgb=colour))
    tail = ((x + px * 0.2, y + 9 * scale), (x + px * 0.6, y + 12 * scale), (x + px + 14 * scale, y + 4 * scale))
    sh.add(Stroke(tail, width=1.0, rgb=colour))


def zone(sh: Sheet, lines: tuple[str, ...], y: float, *, cx: float | None = None, size: float = 15,
         space: float = 1.2, gray: float = 0.0) -> None:
    """A machine-readable zone, one bold monospaced line under the other."""
    x = sh.width / 2 if cx is None else cx
    for i, line in enumerate(lines):
        sh.add(Text(x, y + i * size * 1.45, line, size, family="mono", bold=True, align="center", char_space=space,
                    gray=gray))


def rule(sh: Sheet, x: float, y: float, w: float, *, gray: float = 0.45, weight: float = 0.5) -> None:
    """A thin horizontal line (a box of no height: no stroke an unsigned copy would drop)."""
    sh.add(Box(x, y, w, 0.01, stroke=gray, line=weight))


def cell(sh: Sheet, x: float, y: float, w: float, h: float, caption: str, value: str, *, vsize: float = 11.5,
         csize: float = 7.5, family: str = "sans", bold: bool = True, fill: float | None = None) -> None:
    """A form box: the caption small at its top, the value on the line under it."""
    sh.add(Box(x, y, w, h, fill=fill, stroke=0.35, line=0.6))
    sh.text(x + 4, y + csize + 3, caption, csize, gray=0.35)
    sh.text(x + 6, y + csize + 6 + vsize, value, vsize, family=family, bold=bold)


def frame_stamp(sh: Sheet, x: float, y: float, lines: list[str], *, w: float = 150, gray: float = 0.45) -> None:
    """A square office stamp in pale ink, its first line bold (no ellipse)."""
    h = 10 + 12 * len(lines)
    sh.add(Box(x, y, w, h, stroke=gray, line=1.3))
    for i, line in enumerate(lines):
        sh.text(x + w / 2, y + 15 + 12 * i, line, 8.5, bold=i == 0, align="center", gray=gray)
