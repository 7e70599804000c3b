"""Captions stacked over their values: a sticker or card printing each caption in several languages on lines of
their own, then the value ("DU" / "FROM" / "DAL" / "12 JUIN/JUN 2026").

Such a layout is known by its rhythm: captions whose next line is the same caption in another language, recurring
every few lines.  Each slot of that rhythm becomes one "caption / caption / caption : value" line, which the
finders read as any label and its value; a caption in a language no lexicon knows ("ANNOTAZIONI") is then only the
third translation of its slot.  A page without that rhythm is left as it is.
"""

from __future__ import annotations

import re
from collections import Counter

from docscheck.fields.labels import LABEL_RES
from docscheck.fields.lines import Line
from docscheck.textnorm import fold

_MIN_SLOTS = 3  # a rhythm seen fewer times is no layout
_HEIGHTS = range(2, 5)  # captions per slot (the value's line makes one more)
_EDGES = " .:/-"


# A caption's field number, as ICAO pages and forms print them before it ("4a. Date de délivrance", "8 Sexe").
_FIELD_NUMBER = re.compile(r"^\s*\d{1,2}[A-Za-z]?\s*[.)]?\s+(?=\D)")


def _caption_text(ln: Line) -> str:
    """The line's text without its field number."""
    m = _FIELD_NUMBER.match(ln.norm)
    return ln.norm[m.end() if m else 0 :].strip(_EDGES)


def _caption_of(ln: Line) -> set[str]:
    """The fields whose label is the line's whole text (its field number aside)."""
    text = _caption_text(ln)
    return {f for f, rx in LABEL_RES.items() if (m := rx.match(text)) and m.end() == len(text)} if text else set()


def _caption_shaped(ln: Line) -> bool:
    text = _caption_text(ln)
    return bool(text) and not re.search(r"[\d<]", text) and len(text.split()) <= 6


def _anchors(lines: list[Line]) -> list[int]:
    """Lines that are a caption whose next line is its translation (a caption of the same field)."""
    out: list[int] = []
    for i in range(len(lines) - 1):
        same = lines[i + 1].page == lines[i].page and _caption_of(lines[i]) & _caption_of(lines[i + 1])
        if same and (not out or i > out[-1] + 1):  # (the translation itself opens no slot)
            out.append(i)
    return out


def _rhythm(anchors: list[int], lines: list[Line]) -> int | None:
    gaps = Counter(b - a for a, b in zip(anchors, anchors[1:], strict=False) if lines[a].page == lines[b].page)
    if not gaps:
        return None
    gap, seen = gaps.most_common(1)[0]
    return gap if seen >= _MIN_SLOTS - 1 and gap - 1 in _HEIGHTS else None


def _slot(lines: list[Line], s: int, gap: int, page: int, *, known: bool) -> bool:
    """Whether `gap` lines from `s` make a slot: captions, then a value that is neither a caption nor a zone."""
    if s < 0 or s + gap > len(lines):
        return False
    block = lines[s : s + gap]
    if any(ln.page != page for ln in block) or not all(map(_caption_shaped, block[:-1])):
        return False
    return known or not (_caption_of(block[-1]) or "<" in block[-1].raw)


def restack(lines: list[Line]) -> list[Line]:
    """The lines, each slot of a stacked-caption layout made one "captions : value" line."""
    anchors = _anchors(lines)
    gap = _rhythm(anchors, lines) if len(anchors) >= _MIN_SLOTS else None
    if gap is None:
        return lines
    starts: set[int] = set()
    for a in anchors:
        # the anchor's slot, and the slots around it that keep the rhythm (captions no lexicon knows)
        for step in (gap, -gap):
            s = a
            while _slot(lines, s, gap, lines[a].page, known=s == a):
                starts.add(s)
                s += step
    if len(starts) < _MIN_SLOTS:
        return lines
    out: list[Line] = []
    i = 0
    while i < len(lines):
        if i in starts and not any(j in starts for j in range(i + 1, i + gap)):
            block = lines[i : i + gap]
            raw = " / ".join(ln.raw.strip() for ln in block[:-1]) + " : " + block[-1].raw.strip()
            out.append(Line(block[0].page, raw, fold(raw)))
            i += gap
        else:
            out.append(lines[i])
            i += 1
    return out
