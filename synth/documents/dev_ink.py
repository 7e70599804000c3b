"""Pen marks as people really leave them: thin light scrawls, initials, e-signature names, pasted images.

Every mark is made of `Stroke`s only, so that an unsigned rendering (which drops
the strokes) shows no trace of it, whatever its look.
"""

from __future__ import annotations

import math
import random
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from synth.layout import Sheet, Stroke, font_name, font_path

BLUE = (0.1, 0.15, 0.45)
LIGHT_BLUE = (0.42, 0.58, 0.86)
GREY = (0.55, 0.55, 0.58)

_PX = 3  # mask pixels per point for script text


def _loops(rng: random.Random) -> list[tuple[float, float]]:
    """A cursive run of loops (a looser hand than `squiggle`'s zigzag): the pen climbs, turns back and advances."""
    pts = [(0.0, 0.0)]
    x = 0.0
    for k in range(rng.randint(4, 7)):
        r = rng.uniform(5, 9) * (1.8 if k == 0 else 1.0)  # a taller capital first
        adv = rng.uniform(10, 17)
        for i in range(1, 13):
            t = i / 12 * 2 * math.pi
            pts.append((x + adv * i / 12 - r * 0.7 * math.sin(t), -r * (1 - math.cos(t))))
        x += adv
    pts.append((x + rng.uniform(10, 25), rng.uniform(-3, 4)))
    return pts


def scrawl(sh: Sheet, x: float, y: float, rng: random.Random, *, rgb: tuple[float, float, float] = BLUE,
           width: float = 1.4, scale: float = 1.0, flat: float = 1.0) -> float:
    """A looping handwritten signature starting at (x, y); returns its right end.  `flat` < 1 squashes it."""
    pts = tuple((x + px * scale, y + py * scale * flat) for px, py in _loops(rng))
    sh.add(Stroke(pts, width=width, rgb=rgb))
    right = max(px for px, _ in pts)
    # a quick underline back to the left, as many signers add
    if rng.random() < 0.6:
        sh.add(Stroke(((right + 4, y + 4 * scale), (x + (right - x) * rng.uniform(0.1, 0.4), y + 16 * scale)),
                      width=width * 0.8, rgb=rgb))
    return right


def initials(sh: Sheet, x: float, y: float, rng: random.Random, *, rgb: tuple[float, float, float] = BLUE,
             width: float = 1.3) -> float:
    """Two or three quick letters' worth of pen: a short hooked stroke per letter, a dot after each."""
    for _ in range(rng.choice((2, 2, 3))):
        h = rng.uniform(12, 18)
        pts = ((x, y), (x + 3, y - h), (x + 8, y - h * 0.4), (x + 11, y - h * 0.9), (x + 14, y + 1))
        sh.add(Stroke(pts, width=width, rgb=rgb))
        sh.add(Stroke(((x + 17, y), (x + 18.2, y + 0.6)), width=width * 1.6, rgb=rgb))
        x += 24
    return x


@cache
def _mask(text: str, size: float) -> Image.Image:
    font = ImageFont.truetype(font_path(font_name("hand", False)), round(size * _PX))
    left, top, right, bottom = (round(v) for v in font.getbbox(text))
    img = Image.new("L", (right - left + 4, bottom - top + 4), 0)
    ImageDraw.Draw(img).text((2 - left, 2 - top), text, fill=255, font=font)
    return img


def script_name(sh: Sheet, x: float, y: float, text: str, *, size: float = 22,
                rgb: tuple[float, float, float] = BLUE) -> float:
    """A name in a cursive-looking face, as e-signature tools stamp it, drawn as hairline pen rows.

    (x, y) is the top-left corner; returns the right end.
    """
    mask = _mask(text, size)
    w, h = mask.size
    px = mask.load()
    step = 1 / _PX
    for j in range(h):
        i = 0
        while i < w:
            if px[i, j] > 110:  # type: ignore[index, operator]
                start = i
                while i < w and px[i, j] > 110:  # type: ignore[index, operator]
                    i += 1
                yy = y + j * step
                sh.add(Stroke(((x + start * step, yy), (x + i * step, yy)), width=step * 1.25, rgb=rgb))
            i += 1
    return x + w * step


def pasted_image(sh: Sheet, x: float, y: float, rng: random.Random, *, w: float = 92, h: float = 34) -> None:
    """A small signature image pasted into a typed letter: faint grey ink inside a barely visible frame."""
    frame = ((x, y), (x + w, y), (x + w, y + h), (x, y + h), (x, y))
    sh.add(Stroke(frame, width=0.3, rgb=(0.86, 0.86, 0.88)))
    pts = _loops(rng)
    k = (w - 14) / max(px for px, _ in pts)
    sh.add(Stroke(tuple((x + 7 + px * k, y + h / 2 + py * k) for px, py in pts), width=0.7,
                  rgb=(0.6, 0.62, 0.66)))
