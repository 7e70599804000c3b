"""Captions stacked over their values: a sticker or card printing each caption in several languages on lines of
their own, then the value ("DU" / "FROM" / "DAL" / "12 JUIN/JUN 2026").

Such a layout is known by its rhythm: captions whose next line is the same caption in another language, recurring
every few lines.  Each slot of that rhythm becomes one "caption / caption / caption : value" line, which the
finders read as any label and its value; a caption in a language no lexicon knows ("ANNOTAZIONI") is then only the
third translation of its slot.  A page without that rhythm is left as it is.

Captions may also stand *under* their values, as on some visa stickers ("27-07-2026" / "DU / FROM"), one caption
to a line or a whole row of them as OCR reads a scanned grid: a run of captions each one value line after the last,
whose value lines fit the line above each caption by their shape (a date above a date's caption, a number above a
number's) better than the line below, the last caption closing the run (the zone, or nothing, after it).  Each
value is then put under its caption, where the finders look for a label's value.
"""

from __future__ import annotations

import re
from collections import Counter

from docscheck.dates import find_dates
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


# The fields whose value is a date: what tells a caption's value line from its neighbour's.
_DATED = frozenset({"date", "date_of_birth", "decision_date", "end_date", "expiry_date", "issue_date", "signature_date",
                    "start_date", "valid_from", "valid_until"})
_MIN_UNDER = 3  # captions under their values, in a run, at least


def _captions(ln: Line) -> set[str]:
    """The fields a caption line names, in one language or several ("DU / FROM"), or none when the line is no
    caption: every part caption-shaped, one of them at least a known label."""
    parts = [p.strip(_EDGES) for p in _caption_text(ln).split("/")]
    if not all(p and not re.search(r"[\d<]", p) and len(p.split()) <= 5 for p in parts):
        return set()
    return _caption_of(ln) | {f for p in parts for f, rx in LABEL_RES.items() if (m := rx.match(p)) and m.end() == len(p)}


_ROW_COVER = 0.8  # of a row of captions' letters, its known labels' letters at least


def _caption_row(ln: Line) -> set[str]:
    """The fields a row of several captions names ("DELIVRE A / ISSUED IN  LE / ON  N° DU PASSEPORT"), as OCR reads
    a sticker's grid row by row, or none: known labels make most of its letters."""
    text = ln.norm
    if re.search(r"[\d<]", text):
        return set()
    covered = [False] * len(text)
    fields: set[str] = set()
    for f, rx in LABEL_RES.items():
        for m in rx.finditer(text):
            fields.add(f)
            covered[m.start():m.end()] = [True] * (m.end() - m.start())
    letters = [c for c, _ in zip(text, covered, strict=True) if c.isalpha()]
    known = sum(1 for c, k in zip(text, covered, strict=True) if c.isalpha() and k)
    return fields if len(fields) >= 2 and letters and known >= _ROW_COVER * len(letters) else set()


def _bilingual(ln: Line) -> bool:
    """A caption no lexicon knows, in two languages ("VALABLE POUR / VALID FOR")."""
    parts = [p.strip(_EDGES) for p in _caption_text(ln).split("/")]
    return len(parts) >= 2 and all(p and not re.search(r"[\d<]", p) and len(p.split()) <= 5 for p in parts)


def _value_line(lines: list[Line], i: int, page: int) -> bool:
    """Whether line `i` is on `page` and may be a caption's value: no caption, no zone."""
    return 0 <= i < len(lines) and lines[i].page == page and not _any_caption(lines[i]) and "<<" not in lines[i].raw


def _any_caption(ln: Line) -> set[str]:
    return _captions(ln) or _caption_row(ln)


def caption_only(text: str) -> bool:
    """Whether a value read after a label is only captions or only a date: another box's, not the label's
    value ("REMARQUES" then the row "VALABLE POUR / VALID FOR  DU / FROM" read after it)."""
    ln = Line(0, text, fold(text))
    dates = find_dates(text)
    return bool(_any_caption(ln)) or (len(dates) == 1 and not re.search(r"[^\W\d_]{3,}", text.replace(dates[0].raw, "")))


def _dated(ln: Line) -> bool:
    return any(True for _ in find_dates(ln.raw))


_NUMBERED = frozenset({"passport_number", "document_number"})
_NAMED = frozenset({"full_name", "surname", "given_names"})


def _fits(fields: set[str], ln: Line) -> bool | None:
    """Whether a line may hold the value of a caption naming `fields`, judged by its shape (a date for a date, a
    number for a number, a few words of letters for a name), or None when no field of them has a shape."""
    shapes = []
    if fields & _DATED:
        shapes.append(_dated(ln))
    if fields & _NUMBERED:
        shapes.append(any(re.search(r"\d", w) and re.search(r"[A-Z]|\d{6}", w) and 6 <= len(w) <= 12
                          and not find_dates(w) for w in re.findall(r"[A-Z0-9]+", ln.norm)))
    if "entries" in fields:
        shapes.append(bool(re.search(r"\bMULT\w*|\b0?[12]\b(?![./-]\d)", ln.norm)))
    if "duration_days" in fields:
        shapes.append(bool(re.search(r"\d\s*(?:J(?:OURS?)?|DAYS?|MOIS|MONTHS?)\b", ln.norm)))
    if fields & _NAMED:
        words = re.findall(r"[^\W\d_]+", ln.norm)
        shapes.append(1 <= len(words) <= 5 and not re.search(r"\d", ln.norm))
    return any(shapes) if shapes else None


def _under_runs(lines: list[Line]) -> list[list[int]]:
    """Runs of caption lines, each with one value line before it, whose values stand above them."""
    runs: list[list[int]] = []
    i = 0
    while i < len(lines):
        page = lines[i].page
        run: list[int] = []
        k = i
        while k < len(lines) and (_any_caption(lines[k]) or run and _bilingual(lines[k])) \
                and _value_line(lines, k - 1, page) and (not run or k == run[-1] + 2):
            run.append(k)
            k += 2
        closed = not run or not _value_line(lines, run[-1] + 1, page)  # the zone, a caption or the end after it
        above = sum(bool(_fits(_any_caption(lines[k]), lines[k - 1])) for k in run)
        below = sum(_value_line(lines, k + 1, page) and bool(_fits(_any_caption(lines[k]), lines[k + 1])) for k in run)
        # (two captions are a run when each value fits the line above it and none the line below)
        if len(run) < _MIN_UNDER and not (len(run) == 2 and above == 2 and below == 0):
            i += 1
            continue
        if above > below and closed:
            runs.append(run)
        i = run[-1] + 1
    return runs


def captions_under(lines: list[Line]) -> list[Line]:
    """The lines, each value printed over its caption made one "caption : value" line, and each row of values
    printed over a row of captions put under it (where a row of labels finds its values)."""
    kept = [ln for ln in lines if re.search(r"\w", ln.raw)]  # (a table's rule read as "|" parts no cell)
    joined = {k for run in _under_runs(kept) for k in run}
    if not joined:
        return lines
    out: list[Line] = []
    for i, ln in enumerate(kept):
        if i + 1 in joined:
            continue  # the value: said with its caption
        if i in joined:
            out += [ln, kept[i - 1]]
        else:
            out.append(ln)
    return out


_MIN_COLUMN = 4  # captions in a column read before the column of their values, at least
_COLUMN_KNOWN = 0.6  # of them, known labels at least
_MIN_COLUMN_FITS = 2  # values whose shape fits their caption, at least (and none that does not)


def _column_pairs(lines: list[Line], i: int) -> int:
    """How many captions, from line `i`, stand in a column whose values follow it in a column of their own, in the
    same order (OCR reads a form's column of captions, then the column of values beside it), or 0."""
    page = lines[i].page
    end = i
    while end < len(lines) and lines[end].page == page and _caption_shaped(lines[end]):
        end += 1
    known = [k for k in range(i, end) if _any_caption(lines[k])]
    if not known:
        return 0
    n = known[-1] + 1 - i  # the column ends at its last known caption: what follows is its first value
    if n < _MIN_COLUMN or len(known) < _COLUMN_KNOWN * n or not all(_value_line(lines, i + n + k, page) for k in range(n)):
        return 0
    fits = [_fits(_any_caption(lines[i + k]), lines[i + n + k]) for k in range(n)]
    return n if False not in fits and fits.count(True) >= _MIN_COLUMN_FITS else 0


def caption_columns(lines: list[Line]) -> list[Line]:
    """The lines, each caption of a column read before the column of its values made one "caption : value" line."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        n = _column_pairs(lines, i)
        if not n:
            out.append(lines[i])
            i += 1
            continue
        for k in range(n):
            raw = f"{lines[i + k].raw.strip()} : {lines[i + n + k].raw.strip()}"
            out.append(Line(lines[i].page, raw, fold(raw)))
        i += 2 * n
    return out


# A visa sticker's boxes in the order the uniform format prints them, for a sticker that numbers its boxes "(1)"..
# "(11)" and prints no caption: the number names the box.
_STICKER_BOXES = ("VALABLE POUR / VALID FOR", "DU / FROM", "AU / UNTIL", "TYPE DE VISA / TYPE OF VISA",
                  "NOMBRE D'ENTREES / NUMBER OF ENTRIES", "DUREE DE SEJOUR / DURATION OF STAY", "DELIVRE A / ISSUED IN",
                  "LE / ON", "N° DU PASSEPORT / PASSPORT NUMBER", "NOM, PRENOMS / SURNAME, NAME", "REMARQUES / REMARKS")
_BOX_NUMBERS = re.compile(r"\s*(?:\(\d{1,2}\)\s*)+")
_MIN_BOXES = 6  # numbered boxes in order, at least, for a sticker's layout


def numbered_boxes(lines: list[Line]) -> list[Line]:
    """A sticker's lines, each line of bare box numbers ("(4) (5) (6)") made the captions those boxes carry in the
    uniform format's order, when the page numbers its boxes so (six at least, in order, none past the last).
    For a visa only: elsewhere "(1)" alone on its line is a list's item."""
    numbered = {i: [int(n) for n in re.findall(r"\d+", ln.raw)] for i, ln in enumerate(lines) if _BOX_NUMBERS.fullmatch(ln.raw)}
    seen = [n for i in sorted(numbered) for n in numbered[i]]
    if len(seen) < _MIN_BOXES or seen != sorted(set(seen)) or not 1 <= seen[0] <= seen[-1] <= len(_STICKER_BOXES):
        return lines
    out = []
    for i, ln in enumerate(lines):
        if i in numbered:
            raw = "   ".join(_STICKER_BOXES[n - 1] for n in numbered[i]) + (" :" if len(numbered[i]) == 1 else "")
            out.append(Line(ln.page, raw, fold(raw)))
        else:
            out.append(ln)
    return out


def restack(lines: list[Line]) -> list[Line]:
    """The lines, each slot of a stacked-caption layout made one "captions : value" line, and each value printed
    over its caption put after it."""
    lines = caption_columns(captions_under(lines))
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
