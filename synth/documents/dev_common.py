"""Drawing pieces the later development families share: ruled tables, rubber stamps, footers, acronyms.

Real papers put values in table cells, under a stamp, or in a footer as often as
after a label; these helpers let a family do that on a `Flow` page.
"""

from __future__ import annotations

from synth.layout import A4, Box, Flow, Sheet, wrap

_SMALL_WORDS = {"de", "la", "des", "du", "le", "les", "pour", "et", "l'", "d'", "en"}


def acronym(name: str) -> str:
    """The initials an association goes by ('Association Solidarité Entraide Paris' -> 'ASEP')."""
    return "".join(w[0].upper() for w in name.replace("'", " ").split() if w.lower() not in _SMALL_WORDS)


def table(f: Flow, rows: list[tuple[str, ...]], widths: tuple[float, ...], *, size: float = 10,
          header: bool = False, pad: float = 4) -> None:
    """A ruled table at the flow's position; cells wrap, the first row is bold when `header`."""
    x0 = f.margin
    scale = f.width / sum(widths)
    cols = [w * scale for w in widths]
    lead = size * 1.3
    for r, row in enumerate(rows):
        bold = header and r == 0
        cells = [wrap(cell, w - 2 * pad, f.family, size, bold) or [""] for cell, w in zip(row, cols, strict=True)]
        h = max(len(c) for c in cells) * lead + 2 * pad
        f.need(h)
        x = x0
        for lines, w in zip(cells, cols, strict=True):
            f.sheet.add(Box(x, f.y, w, h, fill=0.9 if bold else None, stroke=0.2, line=0.6))
            for i, line in enumerate(lines):
                f.sheet.text(x + pad, f.y + pad + size + i * lead, line, size, family=f.family, bold=bold)
            x += w
        f.y += h
    f.y += 8


def stamp(sheet: Sheet, x: float, y: float, lines: list[str], *, w: float = 170) -> None:
    """A rectangular rubber stamp in faded ink (no ellipse: pages with a photo are told apart by theirs)."""
    h = 14 + 13 * len(lines)
    sheet.add(Box(x, y, w, h, stroke=0.45, line=1.6))
    sheet.add(Box(x + 3, y + 3, w - 6, h - 6, stroke=0.55, line=0.6))
    for i, line in enumerate(lines):
        sheet.text(x + w / 2, y + 18 + 13 * i, line, 9 if i else 9.5, bold=i == 0, align="center", gray=0.4)


def footer(f: Flow, left: str = "", *, pages: str = "{i}/{n}") -> None:
    """A footer line on every page: a reference or address on the left, the page number on the right."""
    n = len(f.sheets)
    for i, sh in enumerate(f.sheets, 1):
        sh.add(Box(f.margin, A4[1] - 44, f.width, 0.1, fill=0.4, stroke=0.4, line=0.4))
        if left:
            sh.text(f.margin, A4[1] - 30, left, 8, gray=0.35)
        if pages:
            sh.text(A4[0] - f.margin, A4[1] - 30, pages.format(i=i, n=n), 8.5, align="right", gray=0.35)


def hand(f: Flow, x: float, text: str, size: float = 13) -> None:
    """A value written by hand on the current line (a filled-in blank, a date beside a signature)."""
    f.sheet.text(x, f.y - 1, text, size, family="hand")


def columns(f: Flow, left: str, right: str, *, size: float | None = None, bold: bool = False, gap: float = 18,
            after: float = 6) -> None:
    """Two texts side by side (a bilingual paragraph: the original left, its translation right)."""
    size = size or f.size
    w = (f.width - gap) / 2
    lead = size * 1.35
    cols = [wrap(left, w, f.family, size, bold), wrap(right, w, f.family, size, bold)]
    f.need(lead * max(len(c) for c in cols))
    for i, lines in enumerate(cols):
        x = f.margin + i * (w + gap)
        for j, line in enumerate(lines):
            f.sheet.text(x, f.y + lead * (j + 1), line, size, family=f.family, bold=bold,
                         gray=0.0 if i == 0 else 0.25)
    f.y += lead * max(len(c) for c in cols) + after
