"""Two documents side by side on one page image: the open passport, data page beside the visa.

Tesseract may read straight across the gap between them, so that a line of the page text
holds words of both documents and their fields mix.  Where the page shows the zones of two
documents (a passport's and a visa's, as the zone re-reading found them), their lines lie at
different x in the page's word boxes (one ends before the other begins), and a vertical gutter
between them is crossed by (almost) no word, the page text is given column by column instead:
the left document's lines, a COLUMN_BREAK line, the right one's.  Nothing else is split: a
form whose labels and values stand in two columns has one zone at most, and its lines must
stay whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from docscheck import mrz
from docscheck.model import Zone

if TYPE_CHECKING:  # the understanding side imports this module without starting any OCR library
    from docscheck.tesseract import OcrWord

COLUMN_BREAK = "\f"  # a line of its own between the columns' texts (whitespace to every regex)

MIN_ZONE_RUN = 8  # a word holding this many zone characters ("<" and capitals) with "<<" in it
MIN_SIDE_WORDS = 15  # each side must hold a document's worth of words
MAX_CROSSING_SHARE = 0.02  # of the page's words, at most this share may straddle the gutter


def document_kind(z: Zone) -> str:
    """V for a visa, else the document code's first letter (P passport, I/A/C cards)."""
    return "V" if z.kind.startswith("MRV") or z.document_code.startswith("V") else z.document_code[:1]


def two_documents(zone_text: str | None) -> bool:
    """The zone re-reading found the valid zones of two kinds of document on the page."""
    zones = mrz.find_zones(zone_text) if zone_text else []
    return len({document_kind(z) for z in zones if z.valid}) >= 2


def _zone_word(w: OcrWord) -> bool:
    return "<<" in w.text and len(w.text) >= MIN_ZONE_RUN


def _zone_gaps(zone: Sequence[OcrWord]) -> list[tuple[int, int]]:
    """The gaps in x between zone words (sorted by left edge), widest first."""
    gaps = []
    right_edge = zone[0].left + zone[0].width
    for w in zone[1:]:
        if w.left > right_edge:
            gaps.append((right_edge, w.left))
        right_edge = max(right_edge, w.left + w.width)
    return sorted(gaps, key=lambda g: g[0] - g[1])


def gutter(words: Sequence[OcrWord]) -> int | None:
    """The x of the vertical gutter between two documents side by side, or None.

    Between the zone lines of one document and those of the other (a zone line on each side,
    the other may be misread), the x that the fewest words straddle; None unless both sides
    hold enough words and hardly any word crosses.
    """
    zone = sorted((w for w in words if _zone_word(w)), key=lambda w: w.left)
    if len(zone) < 2:
        return None

    def crossing(x: float) -> int:
        return sum(1 for w in words if w.left < x < w.left + w.width)

    for low, high in _zone_gaps(zone):
        edges = {low, high} | {e for w in words for e in (w.left, w.left + w.width) if low <= e <= high}
        x = min(sorted(edges), key=lambda c: (crossing(c), abs(c - (low + high) / 2)))
        left = sum(1 for w in words if w.left + w.width / 2 < x)
        if crossing(x) <= MAX_CROSSING_SHARE * len(words) and min(left, len(words) - left) >= MIN_SIDE_WORDS:
            return x
    return None


def _lines(words: Sequence[OcrWord]) -> list[str]:
    """Words back into lines in Tesseract's reading order, an empty line between blocks."""
    lines: list[str] = []
    parts: list[str] = []
    current: tuple[int, int, int] | None = None
    for w in words:
        if w.line != current:
            if parts:
                lines.append(" ".join(parts))
            if current is not None and w.line[0] != current[0]:
                lines.append("")
            parts, current = [], w.line
        parts.append(w.text)
    if parts:
        lines.append(" ".join(parts))
    return lines


def column_text(words: Sequence[OcrWord], zone_text: str | None) -> str | None:
    """The page text column by column where the page shows two documents side by side, else None."""
    x = gutter(words) if two_documents(zone_text) else None
    if x is None:
        return None
    left = [w for w in words if w.left + w.width / 2 < x]
    right = [w for w in words if w.left + w.width / 2 >= x]
    return "\n".join([*_lines(left), COLUMN_BREAK, *_lines(right)])


def columns(text: str) -> tuple[str, ...]:
    """A page text's columns (one for a page read whole)."""
    if COLUMN_BREAK not in text:
        return (text,)
    return tuple(part.strip("\n") for part in text.split(COLUMN_BREAK))
