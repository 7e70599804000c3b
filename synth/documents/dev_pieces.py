"""Small drawing pieces the second batch of development families shares: labelled cells, zones off-centre, dates.

Real stickers and cards put a value under its label inside a ruled cell, in a
coloured band, or beside a stamp; these helpers draw those on a `Sheet`.
"""

from __future__ import annotations

import random
from datetime import date

from synth.documents.cards import ZONE_STYLE
from synth.documents.common import squiggle
from synth.layout import Box, Sheet, Stroke, Text, wrap

INK = (0.1, 0.12, 0.42)


def cell(sh: Sheet, x: float, y: float, w: float, h: float, label: str, value: str, *, size: float = 12.5,
         lsize: float = 7, family: str = "sans", line: float = 0.6) -> None:
    """A ruled cell: its label small in the top-left corner (wrapped when long), the value below it."""
    sh.add(Box(x, y, w, h, stroke=0.4, line=line))
    for i, part in enumerate(wrap(label, w - 8, "sans", lsize)):
        sh.text(x + 4, y + lsize + 3 + i * (lsize + 1.5), part, lsize, gray=0.3)
    sh.text(x + 5, y + h - 7, value, size, bold=True, family=family)


def zone_at(sh: Sheet, lines: tuple[str, ...], x: float, y: float) -> None:
    """A machine-readable zone centred on `x` (a sticker that does not fill its page)."""
    size, bold, space = float(ZONE_STYLE["size"]), bool(ZONE_STYLE["bold"]), float(ZONE_STYLE["char_space"])
    for i, line in enumerate(lines):
        sh.add(Text(x, y + i * size * 1.5, line, size, family="mono", bold=bold, align="center", char_space=space))


def sign(sh: Sheet, x: float, y: float, rng: random.Random, *, scale: float = 1.0) -> None:
    """A handwritten signature in blue ink."""
    sh.add(Stroke(tuple((x + px * scale, y + py * scale) for px, py in squiggle(rng)), width=1.4, rgb=INK))


def dd_mm_yy(d: date, sep: str = ".") -> str:
    """Two-digit years, as stickers and stamps print them ('13.07.26')."""
    return d.strftime(f"%d{sep}%m{sep}%y")


def entry_stamp(sh: Sheet, x: float, y: float, title: str, when: str, post: str, *, w: float = 150) -> None:
    """A border-police entry or exit stamp: a double frame, the post, the date, in faded ink."""
    sh.add(Box(x, y, w, 74, stroke=0.5, line=1.8))
    sh.add(Box(x + 4, y + 4, w - 8, 66, stroke=0.55, line=0.5))
    sh.text(x + w / 2, y + 20, title, 9, bold=True, align="center", gray=0.45)
    sh.text(x + w / 2, y + 42, when, 12, bold=True, align="center", gray=0.4, family="mono")
    sh.text(x + w / 2, y + 60, post, 8, align="center", gray=0.45)
