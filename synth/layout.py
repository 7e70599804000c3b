"""A tiny page description shared by the PDF and image renderers.

A document is a list of `Sheet`s (pages) holding text, boxes, ellipses and
strokes positioned in points from the top-left corner; `pdfout` draws them with
reportlab (a real text layer) and `imageout` with Pillow (pixels), so both
renderings of one document show the same thing.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    ("sans", False): "DejaVuSans",
    ("sans", True): "DejaVuSans-Bold",
    ("serif", False): "DejaVuSerif",
    ("serif", True): "DejaVuSerif-Bold",
    ("mono", False): "DejaVuSansMono",
    ("mono", True): "DejaVuSansMono-Bold",
    ("cond", False): "DejaVuSansCondensed",
    ("cond", True): "DejaVuSansCondensed-Bold",
    # no script font on the machine: an italic serif stands in for handwriting (with an irregular baseline)
    ("hand", False): "DejaVuSerif-Italic",
    ("hand", True): "DejaVuSerif-BoldItalic",
}

A4 = (595.0, 842.0)


def font_name(family: str, bold: bool) -> str:
    return FONTS[(family, bold)]


def font_path(name: str) -> str:
    return FONT_DIR + name + ".ttf"


@cache
def _register(name: str) -> str:
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, font_path(name)))
    return name


def text_width(text: str, family: str = "sans", size: float = 11, bold: bool = False, char_space: float = 0) -> float:
    name = _register(font_name(family, bold))
    return pdfmetrics.stringWidth(text, name, size) + char_space * len(text)


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # baseline, from the top
    text: str
    size: float = 11
    family: str = "sans"
    bold: bool = False
    align: str = "left"  # left, center, right (x is the anchor)
    gray: float = 0.0  # 0 black .. 1 white
    char_space: float = 0.0


@dataclass(frozen=True)
class Box:
    x: float
    y: float  # top
    w: float
    h: float
    fill: float | None = None  # gray level or None
    stroke: float | None = 0.0
    line: float = 0.8
    rgb: tuple[float, float, float] | None = None  # fill colour overriding `fill`


@dataclass(frozen=True)
class Ellipse:
    x: float
    y: float
    w: float
    h: float
    fill: float = 0.5


@dataclass(frozen=True)
class Stroke:
    points: tuple[tuple[float, float], ...]
    width: float = 1.2
    gray: float = 0.1
    rgb: tuple[float, float, float] | None = None


@dataclass(frozen=True)
class Picture:
    """A raster picture placed on the page (PNG bytes, RGBA where it has no background of its own): a scanned
    signature pasted into a word-processor letter, a photo in a born-digital certificate.  `ink` pictures are
    handwriting, dropped with the strokes from an unsigned rendering."""

    x: float
    y: float  # top
    w: float
    h: float
    png: bytes
    ink: bool = False


Item = Text | Box | Ellipse | Stroke | Picture


@dataclass
class Sheet:
    width: float = A4[0]
    height: float = A4[1]
    items: list[Item] = field(default_factory=list)
    background: tuple[float, float, float] = (1.0, 1.0, 1.0)

    def add(self, item: Item) -> None:
        self.items.append(item)

    def text(self, x: float, y: float, s: str, size: float = 11, **kw: object) -> None:
        self.items.append(Text(x, y, s, size, **kw))  # type: ignore[arg-type]

    def photo(self, x: float, y: float, w: float, h: float) -> None:
        """A grey portrait area: a frame with a head-and-shoulders silhouette."""
        self.add(Box(x, y, w, h, fill=0.78, stroke=0.3))
        self.add(Ellipse(x + w * 0.12, y + h * 0.64, w * 0.76, h * 0.36, fill=0.55))
        self.add(Ellipse(x + w * 0.3, y + h * 0.16, w * 0.4, h * 0.44, fill=0.6))


def wrap(text: str, width: float, family: str = "sans", size: float = 11, bold: bool = False) -> list[str]:
    words = text.split()
    lines: list[str] = []
    cur = ""
    for w in words:
        cand = f"{cur} {w}" if cur else w
        if cur and text_width(cand, family, size, bold) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cand
    if cur:
        lines.append(cur)
    return lines


class Flow:
    """Top-to-bottom text on A4 pages, starting a new page when one is full."""

    def __init__(self, family: str = "serif", size: float = 11.5, margin: float = 62,
                 wobble: random.Random | None = None) -> None:
        self.family = family
        self.size = size
        self.margin = margin
        self.wobble = wobble  # when set, lines drift like handwriting
        self.sheets: list[Sheet] = []
        self.y = 0.0
        self.new_page()

    @property
    def sheet(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return A4[0] - 2 * self.margin

    def new_page(self) -> None:
        self.sheets.append(Sheet())
        self.y = self.margin + 10

    def need(self, height: float) -> None:
        if self.y + height > A4[1] - self.margin:
            self.new_page()

    def space(self, h: float) -> None:
        self.y += h

    def para(self, text: str, *, size: float | None = None, bold: bool = False, align: str = "left",
             family: str | None = None, after: float = 6, indent: float = 0) -> None:
        size = size or self.size
        family = family or self.family
        lead = size * 1.38
        for line in wrap(text, self.width - indent, family, size, bold):
            self.need(lead)
            self.y += lead
            x = {"left": self.margin + indent, "center": A4[0] / 2, "right": A4[0] - self.margin}[align]
            dx = dy = 0.0
            if self.wobble is not None:
                dx, dy = self.wobble.uniform(-5, 5), self.wobble.uniform(-1.8, 1.8)
            self.sheet.text(x + dx, self.y + dy, line, size, family=family, bold=bold, align=align)
        self.y += after

    def title(self, text: str, size: float = 16) -> None:
        self.para(text, size=size, bold=True, align="center", after=12)

    def signature(self, rng_points: tuple[tuple[float, float], ...], label: str = "") -> None:
        self.need(70)
        if label:
            self.para(label, after=4)
        x0, y0 = self.margin + 20, self.y + 10
        pts = tuple((x0 + px, y0 + py) for px, py in rng_points)
        self.sheet.add(Stroke(pts, width=1.4, rgb=(0.1, 0.15, 0.45)))
        self.y += 55
