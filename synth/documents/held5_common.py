"""Drawing pieces the fifth held-out batch shares: round seals in pen strokes, zones, signatures, date forms.

Seals are drawn as strokes (no ellipse), so that a page's only ellipses are a
portrait's; zones use the original templates' type so that they print as
issuers print them.
"""

from __future__ import annotations

import math
import random
from datetime import date

from synth.documents.cards import ZONE_STYLE
from synth.documents.common import squiggle
from synth.formats import MONTHS_EN, MONTHS_FR
from synth.layout import Box, Sheet, Stroke, Text

BLUE_INK = (0.12, 0.16, 0.5)
STAMP_INK = (0.45, 0.2, 0.55)
RED_INK = (0.7, 0.15, 0.15)


def seal(sh: Sheet, cx: float, cy: float, r: float, ring: str, centre: list[str], *,
         rgb: tuple[float, float, float] = STAMP_INK) -> None:
    """A round rubber seal: two rings in pen strokes, `ring` spaced around the top, `centre` lines inside."""
    for rr in (r, r * 0.78):
        pts = tuple((cx + rr * math.cos(2 * math.pi * i / 60), cy + rr * math.sin(2 * math.pi * i / 60))
                    for i in range(61))
        sh.add(Stroke(pts, width=1.1, rgb=rgb))
    words = ring.upper()
    n = len(words)
    for i, ch in enumerate(words):
        a = math.pi * (1.08 + 0.84 * i / max(1, n - 1))
        sh.add(Text(cx + r * 0.89 * math.cos(a), cy + r * 0.89 * math.sin(a) + 2.5, ch, max(5.0, r / 7),
                    align="center", gray=0.45))
    for j, line in enumerate(centre):
        sh.add(Text(cx, cy - 4 + 10 * (j - (len(centre) - 1) / 2) + 4, line, max(6.0, r / 6), align="center",
                    gray=0.45, bold=j == 0))


def sign_at(sh: Sheet, x: float, y: float, rng: random.Random, *, scale: float = 1.0,
            rgb: tuple[float, float, float] = BLUE_INK) -> None:
    """A handwritten signature in ink."""
    sh.add(Stroke(tuple((x + px * scale, y + py * scale) for px, py in squiggle(rng)), width=1.3, rgb=rgb))


def zone_lines(sh: Sheet, lines: tuple[str, ...], x: float, y: float, *, size: float | None = None,
               align: str = "left") -> None:
    """A machine-readable zone from (x, y), in the issuers' OCR type."""
    size = size or float(ZONE_STYLE["size"])
    for i, line in enumerate(lines):
        sh.add(Text(x, y + i * size * 1.5, line, size, family="mono", bold=bool(ZONE_STYLE["bold"]), align=align,
                    char_space=float(ZONE_STYLE["char_space"])))


def frame(sh: Sheet, x: float, y: float, w: float, h: float, *, gap: float = 4, gray: float = 0.3) -> None:
    """A double ruled frame (certificates, forms)."""
    sh.add(Box(x, y, w, h, stroke=gray, line=1.6))
    sh.add(Box(x + gap, y + gap, w - 2 * gap, h - 2 * gap, stroke=gray, line=0.5))


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def en_ordinal(d: date) -> str:
    """'3rd March 2026'."""
    return f"{ordinal(d.day)} {MONTHS_EN[d.month - 1]} {d.year}"


def en_day_of(d: date) -> str:
    """'3rd day of March 2026', as English certificates write it."""
    return f"{ordinal(d.day)} day of {MONTHS_EN[d.month - 1]} {d.year}"


def fr_plain(d: date) -> str:
    """'3 mars 2026' (no '1er')."""
    return f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}"


def short_year(d: date, sep: str = "/") -> str:
    """'3/03/26' as people write it by hand."""
    return f"{d.day}{sep}{d.month:02d}{sep}{d.year % 100:02d}"


def mon_yy(d: date) -> str:
    """'03 MAR 26', as some passports print it."""
    return f"{d.day:02d} {MONTHS_EN[d.month - 1][:3].upper()} {d.year % 100:02d}"


def spaced(d: date) -> str:
    """'03 03 2026'."""
    return d.strftime("%d %m %Y")


def the_body(name: str) -> str:
    """How a sentence names a body: "l'Association Main Tendue", "la Fondation ...", "l'association Les ..."."""
    if name.startswith("Association "):
        return f"l'{name}"
    if name.startswith("Fondation "):
        return f"la {name}"
    return f"l'association {name}"
