"""A file's text as the finders walk it: non-empty lines, and each page as one running text.

Every line is kept twice, as printed and folded (same length), so that a match
in the folded text cuts the printed value at the same positions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docscheck.model import FileText
from docscheck.textnorm import fold


@dataclass(frozen=True)
class Line:
    page: int
    raw: str
    norm: str  # fold(raw): same length, so positions carry over


def read_lines(ft: FileText) -> list[Line]:
    out: list[Line] = []
    for p in ft.pages:
        for raw in p.text.splitlines():
            raw = raw.rstrip()
            if raw.strip():
                out.append(Line(p.number, raw, fold(raw)))
    return out



def clean(s: str) -> str:
    s = re.sub(r"\s+", " ", s).strip(" \t:;,.|/-–_")
    return s


@dataclass(frozen=True)
class Flow:
    """A page's lines joined into one running text, for sentences wrapped across lines."""

    page: int
    raw: str
    norm: str


def page_flows(lines: list[Line]) -> list[Flow]:
    by_page: dict[int, list[str]] = {}
    for ln in lines:
        by_page.setdefault(ln.page, []).append(ln.raw.strip())
    out = []
    for page, raws in by_page.items():
        text = ""
        for r in raws:
            text = text[:-1] + r if text.endswith("-") and text[-2:-1].isalpha() and r[:1].islower() else (
                f"{text} {r}" if text else r)
        out.append(Flow(page, text, fold(text)))
    return out
