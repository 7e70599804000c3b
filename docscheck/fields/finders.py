"""Generic finders: a value after its label, a date near its label, set phrases, date ranges, numbers.

A date is never taken as "the first date on the page": it is attached to a
label ("Date de délivrance / Date of issue : ..."), on the same line, the line
below or the line above, or to a set phrase ("Fait à Dakar, le <date>" is a
signature date; "du <date> au <date>" a start and an end).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from docscheck import dates
from docscheck.fields.labels import (
    ANY_LABEL,
    COLON_ONLY,
    FOREIGN_CAPTION,
    HEADING_CAPTIONS,
    LABEL_RES,
    NAME_LABELS,
    PERSON_LABELS,
    ROW_CAPTIONS,
)
from docscheck.fields.lines import Flow, Line, clean
from docscheck.model import Field
from docscheck.textnorm import fold, strip_accents


@dataclass(frozen=True)
class _Hit:
    line: int  # index into lines
    start: int  # label start in the line
    end: int  # label end
    label: str


def label_hits(lines: list[Line], field: str) -> list[_Hit]:
    pat = LABEL_RES[field]
    hits = []
    for i, ln in enumerate(lines):
        for m in pat.finditer(ln.norm):
            hits.append(_Hit(i, m.start(), m.end(), m.group(0)))
    return hits


# What separates a label from its value or from its translation, a unit in brackets included
# ("DURATION OF STAY (DAYS) / DURÉE DU SÉJOUR (JOURS) :").
_SEPARATOR = re.compile(r"(?:\s*\([A-Z. ]{1,12}\))?[\s:/|.\-–()·•]*")
# What stands between a label and its translation ("Nom / Surname", "Given names · Prénoms", "Nom | Name").
_TRANSLATION_MARK = re.compile(r"[/·•|]")


def after_label(ln: Line, hit: _Hit, field: str) -> int:
    """Where the value starts: separators skipped, and a second-language label after a slash ("Nom / Surname")."""
    pos = hit.end
    pat = LABEL_RES[field]
    for _ in range(3):
        m = _SEPARATOR.match(ln.norm, pos)
        sep = m.group(0) if m else ""
        pos += len(sep)
        m2 = pat.match(ln.norm, pos)
        if _TRANSLATION_MARK.search(sep) and m2 and m2.end() > pos:
            pos = m2.end()
            continue
        break
    if _TRANSLATION_MARK.search(ln.norm[hit.end : pos]):
        # a translation no lexicon knows, then the caption's colon ("REMARQUES / REMARKS / ANNOTAZIONI : ..."):
        # the value after the colon
        m3 = _UNKNOWN_TRANSLATIONS.match(ln.norm, pos)
        if m3:
            pos = m3.end()
    return pos


_UNKNOWN_TRANSLATIONS = re.compile(r"[^\W\d][^:\d<]{0,40}?(?:\s*/\s*[^\W\d][^:\d</]{0,40}?)*\s*:\s*")


def _cut_at_next_label(norm: str, start: int) -> int:
    m = ANY_LABEL.search(norm, start + 1)
    if m is None:
        return len(norm)
    # (the next caption in another language first: "HUẾ Giới tính / Sex: M")
    foreign = _FOREIGN_BEFORE_MARK.search(norm, start + 1, m.start())
    return foreign.start() if foreign else m.start()


_FOREIGN_BEFORE_MARK = re.compile(rf"(?<=\s)(?:{FOREIGN_CAPTION.pattern})\s*[/·•|]\s*$")



# Labels that are also everyday words of a sentence ("signed on", "born in"): a label only where no sentence
# runs into them.
PROSE_LIKE_LABELS = frozenset({"signature_date", "place_of_birth"})


# What separates a label from its value: a colon, or dotted leaders on a form ("Structure ....... X").
_LABEL_SEPARATOR = re.compile(r":|\.{3,}|…")


def _mid_sentence(ln: Line, hit: _Hit) -> bool:
    """A label word inside running text ("un contrat signé le 11 juin"): a lower-case word before it, no colon after."""
    before = ln.raw[: hit.start].rstrip()
    if _BOX_NUMBER.fullmatch(ln.norm[: hit.start]):
        return False  # a box's number before its caption ("5a. Place of birth"), no word
    return bool(re.search(r"[a-zà-ÿ]\W*$", before)) and not re.match(r"\s*[:.]", ln.raw[hit.end :])


def _in_a_sentence(lines: list[Line], hit: _Hit) -> bool:
    """`_mid_sentence`, the sentence possibly wrapping onto the label's line ("... female, was" / "born in ...")."""
    ln = lines[hit.line]
    if ln.raw[: hit.start].rstrip().endswith("/"):
        return False  # a label's translation ("Naturalidade / Lieu de naissance")
    if ln.raw[: hit.start].strip() or hit.line == 0 or lines[hit.line - 1].page != ln.page:
        return _mid_sentence(ln, hit)
    prev = lines[hit.line - 1]
    return (bool(re.search(r"[a-zà-ÿ]$", prev.raw.rstrip())) and not ANY_LABEL.search(prev.norm)
            and len(re.findall(r"\b[a-zà-ÿ]{2,}\b", prev.raw)) >= 3 and not re.match(r"\s*[:.]", ln.raw[hit.end :]))


# What may stand before a label at the start of its line: nothing, a slash, a form's box number ("1. Surname")
# or a list's bullet ("• Mission :").
# (ICAO pages number some boxes with a letter after the digits: "4a. Date of issue")
_BOX_NUMBER = re.compile(r"[\s/|•·*▪►-]*(?:\d{1,2}[A-Z]?\s*[.)]?)?[\s/|•·*▪►-]*")
# A label word after an article or a preposition is a noun in a sentence ("Visa du responsable de la
# structure d'accueil :"), not a label.
_AFTER_ARTICLE = re.compile(r"(?:^|\s)(?:de|du|des|la|le|les|l['’]|d['’]|of|the|by|par|pour|for|à|au|aux)\s*$")
# A label word after an indefinite article is a noun in a sentence or a title for any field ("Arrêté portant
# agrément d'une association", "the name of a foundation"): a caption names the thing it asks for, never "a" one.
# (in lower case only: a capital "A" ends a box's value, "Catégorie A", before the next box's caption)
_AFTER_INDEFINITE = re.compile(r"(?:^|[\s'’])(?:un|une|an?)\s*$")
# The rest of a label line holding only the label's translations ("Nom / Surname / Apellidos / Sobrenome"):
# the value is on the line below.
# (at least three languages: a second one may hold the value, "Nom / Surname DIALLO")
_TRANSLATIONS_ONLY = re.compile(r"(?:\s*/\s*[A-Z][A-Z'() .-]{1,30}){2,}\s*")


# The same label in languages we do not list, before ours ("Họ / Surname / Nom"): short words and slashes.
_TRANSLATIONS_BEFORE = re.compile(r"(?:\s*[^/:\d]{1,25}?\s*/)+\s*")


def _inside_longer_label(lines: list[Line], hit: _Hit, field: str) -> bool:
    """A surname's or given name's label inside a full name's ("Prénoms" in "Nom et prénoms")."""
    if field not in {"surname", "given_names"}:
        return False
    return any(m.start() <= hit.start and hit.end <= m.end() and (m.end() - m.start()) > (hit.end - hit.start)
               for m in LABEL_RES["full_name"].finditer(lines[hit.line].norm))


def _after_indefinite(lines: list[Line], hit: _Hit) -> bool:
    """Whether the label word follows an indefinite article, on its line or at the end of the line before (a title
    wrapping: "Arrêté portant agrément d'une" / "association")."""
    ln = lines[hit.line]
    before = ln.raw[: hit.start]
    if not before.strip() and hit.line > 0 and lines[hit.line - 1].page == ln.page:
        before = lines[hit.line - 1].raw
    return bool(_AFTER_INDEFINITE.search(before))


def _label_alone(ln: Line, hit: _Hit, start: int) -> bool:
    """A label that is its line's whole text (a box's caption, its value on the line below)."""
    return not ln.norm[: hit.start].strip() and not ln.norm[start:].strip()


# What a form's caption says of the value it asks for, after the caption ("PLACE OF BIRTH - City, Town or Location",
# "Lieu de naissance (ville, pays)", "(if any)"): part of the caption, never the value.
_CAPTION_NOTE = re.compile(
    r"\s*(?:[-–]\s+|\(\s*)(?:CITY|TOWN|VILLAGE|COUNTY|STATE|PROVINCE|COUNTRY|LOCATION|VILLE|COMMUNE|PAYS|LOCALITE"
    r"|IF ANY|SPECIFY|S'IL Y A LIEU|A PRECISER)\b[^:]*")


# A form's box number standing right before the next box's label ("... 7. Date of issue").
_NEXT_BOX_NUMBER = re.compile(r"(?:^|\s)\d{1,2}[A-Za-z]?\s*[.):]$")


def text_field(lines: list[Line], field: str, *, below: bool = True) -> Field | None:
    """The value after the first label of `field` that has one."""
    return next(text_values(lines, field, below=below), None)


# A person's name as a table's cell holds it: capitalised words, one in capitals, a comma at most ("LIMA, Ana").
_NAME_CELL = re.compile(r"(?=[^,]*\b[A-ZÀ-Ý]{2,}\b)[A-ZÀ-Ý][\w'’-]*,?(?:\s+(?:[A-ZÀ-Ý][\w'’-]*|de|da|van|von|el|al),?){1,5}")


_BARRED = str.maketrans("ĐđØøŁłĦħ", "DdOoLlHh")  # letters whose stroke is no accent to strip


def _row_header(ln: Line, hit: _Hit, start: int, field: str) -> bool:
    """A person's role opening a table's row, the person's name after it ("Volunteer  LIMA, Ana")."""
    if ln.raw.strip().isupper() and "," not in ln.raw:
        return False  # a heading in capitals ("VOLUNTEER PLACEMENT AGREEMENT"): no caption told from its value
    return field in PERSON_LABELS and bool(_BOX_NUMBER.fullmatch(ln.norm[: hit.start])) and bool(
        _NAME_CELL.fullmatch(strip_accents(ln.raw[start:].strip()).translate(_BARRED))  # (capitals with marks: "ĐẶNG")
    )


def _row_caption(ln: Line, hit: _Hit, start: int, field: str) -> bool:
    """A caption that can only be one opening a table's row, a capitalised value after it."""
    rx, heading = ROW_CAPTIONS.get(field), HEADING_CAPTIONS.get(field)
    captions = (rx is not None and bool(rx.fullmatch(hit.label))) or (
        heading is not None and bool(heading.fullmatch(hit.label))
        # (a name opening on its own noun, "Association Solidarité ...", is a value all the same)
        and not any(rx.match(ln.norm[start:].lstrip()) for f, rx in LABEL_RES.items() if f != field))
    return captions and bool(_BOX_NUMBER.fullmatch(ln.norm[: hit.start])) and ln.raw[start:].strip()[:1].isupper()


def _translation_wrapping(lines: list[Line], hit: _Hit, start: int, field: str) -> tuple[Line, int] | None:
    """A label's translation cut by the line's end ("Lugar de nacimiento / Lieu de" / "naissance"): the next
    line, and where on it the value starts."""
    ln = lines[hit.line]
    tail = ln.norm[start:].rstrip()
    if not tail or "/" not in ln.norm[hit.end : start] or hit.line + 1 >= len(lines):
        return None
    nxt = lines[hit.line + 1]
    lead = len(nxt.norm) - len(nxt.norm.lstrip())
    m = LABEL_RES[field].match(f"{tail} {nxt.norm.lstrip()}")
    if nxt.page != ln.page or m is None or m.end() <= len(tail) + 1:
        return None
    at = lead + m.end() - len(tail) - 1
    sep = re.match(r"[\s:/|.\-–]*", nxt.norm[at:])
    return nxt, at + (sep.end() if sep else 0)


def _translated(ln: Line, hit: _Hit, start: int, field: str) -> bool:
    """A label followed by its own translation ("REMARQUES / REMARKS"): a caption, not a word of a sentence."""
    return bool(_TRANSLATION_MARK.search(ln.norm[hit.end : start])) and LABEL_RES[field].search(
        ln.norm, hit.end, start) is not None


def _only_its_labels(ln: Line, field: str) -> bool:
    """A line holding nothing but the field's label and its translations, with or without a mark between them
    ("REMARQUES remarks", "REMARQUES / REMARKS"): a caption alone, its value below."""
    rest = LABEL_RES[field].sub(" ", ln.norm)
    return rest != ln.norm and not rest.strip(" /·•|:-–.,()")


# A form's section heading ("A. STRUCTURE D'ACCUEIL", "1. L'ASSOCIATION", "HOST ORGANISATION"), and one naming the
# host: the "Nom" rows under it name the host, not a person.
SECTION_HEADING = re.compile(r"\s*(?:(?:[A-H]|\d{1,2}|[IVX]{1,4})\s*[.)-]\s*)?[A-Z][A-Z'()/ -]{2,40}")
HOST_SECTION = re.compile(r"\s*(?:(?:[A-H]|\d{1,2}|[IVX]{1,4})\s*[.)-]\s*)?(?:LA |L'|LE |THE )?(?:STRUCTURE|ASSOCIATION"
                          r"|ORGANISME|ORGANISATION|ORGANIZATION|HOST|FONDATION|FOUNDATION)(?: D'ACCUEIL| HOTE| AGREEE?"
                          r"| MEMBRE| ORGANI[SZ]ATION| BODY)?\s*")
_SECTION_REACH = 6  # rows a section's heading stands above its captions


def host_section(lines: list[Line], i: int) -> bool:
    """Line `i` is a row of a form's section headed by the host's words (its heading a few rows above, in capitals,
    without a colon, no other heading between)."""
    for ln in reversed(lines[max(0, i - _SECTION_REACH) : i]):
        if ln.page != lines[i].page:
            return False
        if ln.raw.strip().isupper() and SECTION_HEADING.fullmatch(ln.norm.strip()):
            return bool(HOST_SECTION.fullmatch(ln.norm))
    return False


def text_values(lines: list[Line], field: str, *, below: bool = True, depth: int = 1) -> Iterator[Field]:
    """The value after each label of `field`, in reading order (a caller wanting a number or a country
    takes the first that is one: a title's "Attestation de nationalité" labels nothing).

    With `depth` > 1, a caption alone on its line also offers the lines further below (its translations
    may wrap onto the next line: "NUMBER OF ENTRIES / NOMBRE D'ENTRÉES / NÚMERO" / "DE ENTRADAS" / "MULT");
    the caller then takes the first value of the shape it wants."""
    for hit in label_hits(lines, field):
        ln = lines[hit.line]
        start = after_label(ln, hit, field)
        if _only_its_labels(ln, field):
            start = len(ln.norm)
        if _CAPTION_NOTE.fullmatch(ln.norm, hit.end):
            start = len(ln.norm)  # what the caption asks for ("- City, Town or Location"): the value is below
        if field in COLON_ONLY and not _LABEL_SEPARATOR.search(ln.norm[hit.end : start]) and not _label_alone(
            ln, hit, start
        ) and not _translated(ln, hit, start, field) and not _row_header(ln, hit, start, field) and not _row_caption(
            ln, hit, start, field
        ):
            continue
        if (field in COLON_ONLY and _AFTER_ARTICLE.search(ln.raw[: hit.start])) or _after_indefinite(lines, hit):
            continue
        if _inside_longer_label(lines, hit, field) or (field in PROSE_LIKE_LABELS and _in_a_sentence(lines, hit)):
            continue
        if field in NAME_LABELS and host_section(lines, hit.line):
            continue  # the host's "Nom" under "A. STRUCTURE D'ACCUEIL"
        if _TRANSLATIONS_ONLY.fullmatch(ln.norm[hit.end :]) or (
                _TRANSLATION_MARK.search(ln.norm[hit.end : start]) and FOREIGN_CAPTION.fullmatch(ln.norm[start:].strip(" :"))):
            start = len(ln.norm)  # a row of the label's translations (ours, or one in another tongue): the value is below
        if field in NAME_LABELS and ":" not in ln.norm[hit.end : start] and not _BOX_NUMBER.fullmatch(
            ln.norm[: hit.start]
        ) and not _TRANSLATIONS_BEFORE.fullmatch(ln.norm[: hit.start]) and not _translated(ln, hit, start, field) and (
            not _TRANSLATION_MARK.search(ln.norm[max(0, hit.start - 3) : hit.start])
        ):
            continue  # "the given name by court order": a label mid-sentence is a word, not a label
        wrapped = _translation_wrapping(lines, hit, start, field)
        if wrapped is not None:  # "Lugar de nacimiento / Lieu de" / "naissance": the caption goes on below
            nxt, at = wrapped
            value = clean(nxt.raw[at:])
            below_caption = lines[hit.line + 2] if value == "" and hit.line + 2 < len(lines) else None
            if below_caption is not None and below_caption.page == nxt.page and not ANY_LABEL.match(below_caption.norm):
                value = clean(below_caption.raw[: _cut_at_next_label(below_caption.norm, 0)])
            if value:
                yield Field(value, value, nxt.page, f"label:{clean(hit.label).lower()}")
            continue
        end = _cut_at_next_label(ln.norm, start - 1) if start < len(ln.norm) else start
        raw = ln.raw[start:end].rstrip()
        if end < len(ln.norm):  # "6. Place of birth 7. Date of issue": the next box's number is not a value
            raw = _NEXT_BOX_NUMBER.sub("", raw)
        value = clean(raw)
        if value:
            yield Field(value, value, ln.page, f"label:{clean(hit.label).lower()}")
            continue
        if not below:
            continue
        # nothing after the label, or another label right after it: the line(s) below
        for nxt in lines[hit.line + 1 : hit.line + 1 + depth]:
            box = _BOX_NUMBER.match(nxt.norm)
            if nxt.page != ln.page or ANY_LABEL.match(nxt.norm, box.end() if box else 0):
                break  # (the next box's label, numbered or not, is no value: "2. Given names")
            end = _cut_at_next_label(nxt.norm, 0)
            value = clean(nxt.raw[:end])
            if value:
                yield Field(value, value, nxt.page, f"label:{clean(hit.label).lower()}")


def dates_in_text(text: str, *, dayfirst: bool = True) -> list[dates.DateMatch]:
    """Every date in `text`, each with its place in it."""
    # "1ER JUILLET 2022" (capitals) is not found by dates.find_dates yet; same length, positions kept.
    found = dates.find_dates(re.sub(r"\b1ER\b", "1er", text), dayfirst=dayfirst)
    return [dates.DateMatch(d.value, d.start, d.end, text[d.start : d.end]) for d in found]


# A date standing alone as a box's value, written short by hand ("9/10/26"): found in running text only with two
# digits in each part (a reference's "9/10/26" is no date there), read here because the caption says it is one.
_SHORT_DATE = re.compile(r"\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*\d{2}")
_FILLER = re.compile(r"[\s._…:]*")


def lone_date(raw: str, start: int, end: int, *, dayfirst: bool = True) -> dates.DateMatch | None:
    """The value after a date's caption when it is a short date, alone or before a word (leaders aside), else None."""
    lead = _FILLER.match(raw, start)
    at = lead.end() if lead else start
    # (alone, or opening its value before a word: "3/02/97 à Huế")
    m = _SHORT_DATE.match(raw[at:end].rstrip(" ._…"))
    if m is None or re.match(r"[\d/.-]|\s*\d", raw[at + m.end() : end]):
        return None
    found = dates.parse_date(m.group(0), dayfirst=dayfirst)
    return dates.DateMatch(found, at, at + m.end(), m.group(0)) if found else None


def first_date(text: str, *, dayfirst: bool = True) -> dates.DateMatch | None:
    found = dates_in_text(text, dayfirst=dayfirst)
    return found[0] if found else None


# A day's name before its date ("le vendredi 18 septembre", "on Friday, 18 September"), in the languages dates come in.
WEEKDAY = re.compile(
    r"\s*(?:(?:LUNDI|MARDI|MERCREDI|JEUDI|VENDREDI|SAMEDI|DIMANCHE|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY"
    r"|SUNDAY|LUNES|MARTES|MIERCOLES|JUEVES|VIERNES|SABADO|DOMINGO|SEGUNDA-FEIRA|TERCA-FEIRA|QUARTA-FEIRA"
    r"|QUINTA-FEIRA|SEXTA-FEIRA|MONTAG|DIENSTAG|MITTWOCH|DONNERSTAG|FREITAG|SAMSTAG|SONNTAG)\b,?\s*)?",
)


def date_opening(text: str, slack: int) -> dates.DateMatch | None:
    """The date `text` opens with: within `slack` characters of its start, a day's name before it aside."""
    dm = first_date(text)
    if dm is None:
        return None
    day = WEEKDAY.match(fold(text))
    lead = day.end() if day and day.group(0).strip() else 0
    return dm if dm.start - lead <= slack else None


_CAPTION_ROWS = 4  # lines a row of captions and its translations may take above its values


# A caption saying its date is written month first ("DATE OF BIRTH (Month/Day/Year)", "(mm/dd/yyyy)").
_MONTH_FIRST = re.compile(r"\s*[-–:]?\s*\(?\s*(?:MONTH|MM|MO)\s*[/.-]\s*(?:DAY|DD)\s*[/.-]\s*(?:YEAR|YYYY|YY)\b\s*\)?")


def date_field(lines: list[Line], field: str, *, search_above: bool = True) -> Field | None:
    """A date attached to its label: after it on the line, else the line below, else the line above; read
    month first where the caption says so."""
    for hit in label_hits(lines, field):
        ln = lines[hit.line]
        if field in PROSE_LIKE_LABELS and _mid_sentence(ln, hit):
            continue
        src = f"label:{clean(hit.label).lower()}"
        start = after_label(ln, hit, field)
        order = _MONTH_FIRST.match(ln.norm, hit.end)
        if order is not None:
            start, src = max(start, order.end()), f"{src} (month first)"
        dayfirst = order is None
        if field in COLON_ONLY and not _LABEL_SEPARATOR.search(ln.norm[hit.end : start]) and not _translated(
            ln, hit, start, field
        ) and not (_label_alone(ln, hit, start) and not _continues_a_sentence(lines, hit)):
            continue  # "... after that date." ends a sentence: no label
        end = _cut_at_next_label(ln.norm, start - 1)
        dm = first_date(ln.raw[start:end], dayfirst=dayfirst) or lone_date(ln.raw, start, end, dayfirst=dayfirst)
        if dm is None:
            dm = first_date(ln.raw[start:], dayfirst=dayfirst)
            if dm is not None and ANY_LABEL.search(ln.norm[start : start + dm.start]):
                dm = None
        if dm is not None:
            return Field(dm.value, dm.raw, ln.page, src)
        nxt_line = lines[hit.line + 1] if hit.line + 1 < len(lines) else None
        head = ln.raw[start:end].rstrip()
        if head and nxt_line is not None and nxt_line.page == ln.page:
            # a date cut by the line's end after its label ("... : 25 MARS/MAR" / "2026"): the one date across
            # the break
            dm = first_date(f"{head} {nxt_line.raw.lstrip()}")
            if dm is not None and dm.start < len(head) < dm.end:
                return Field(dm.value, dm.raw, ln.page, f"{src} (over two lines)")
        if nxt_line is not None and nxt_line.page == ln.page and _wraps(ln, hit):
            # a sentence wrapping right after its label ("... a national of Ghana born on" / "2001-05-03, ..."):
            # the date opening the next line, not the one nearest the label's column
            dm = first_date(nxt_line.raw)
            if dm is not None and dm.start <= 1:
                return Field(dm.value, dm.raw, nxt_line.page, src)
        # the value line below; OCR sometimes puts another label line in between, and a row of captions stacked in
        # several languages puts its translations there (with specks OCR reads as a stray character)
        for nxt in lines[hit.line + 1 : hit.line + 1 + _CAPTION_ROWS]:
            if nxt.page != ln.page:
                break
            dm = _date_near_column(nxt.raw, hit.start / max(len(ln.raw), 1), dayfirst=dayfirst) or lone_date(
                nxt.raw, 0, len(nxt.raw), dayfirst=dayfirst)
            if dm is not None:
                return Field(dm.value, dm.raw, nxt.page, src)
            if not ANY_LABEL.search(nxt.norm) and re.search(r"[^\W\d_]{2}", nxt.raw):
                break
        if search_above and hit.line > 0 and lines[hit.line - 1].page == ln.page:
            prev = lines[hit.line - 1]
            dm = _date_near_column(prev.raw, hit.start / max(len(ln.raw), 1))
            if dm is not None and not ANY_LABEL.search(prev.norm):
                return Field(dm.value, dm.raw, prev.page, src)
    return None


def _continues_a_sentence(lines: list[Line], hit: _Hit) -> bool:
    """A word opening its line that a sentence on the line above runs into ("... after that" / "date.")."""
    if hit.line == 0 or lines[hit.line - 1].page != lines[hit.line].page:
        return False
    return bool(re.search(r"[a-zà-ÿ,]\s*$", lines[hit.line - 1].raw))


def _wraps(ln: Line, hit: _Hit) -> bool:
    """A label ending a line of running text (lower-case words before it, nothing after)."""
    return not ln.norm[hit.end :].strip(" :") and len(re.findall(r"\b[a-zà-ÿ]{2,}\b", ln.raw[: hit.start])) >= 3




def _date_near_column(raw: str, where: float, *, dayfirst: bool = True) -> dates.DateMatch | None:
    """On a value line under a row of labels, the date whose start is closest to the label's place along
    its line (as a fraction of the line: OCR squeezes the spaces of labels and values differently)."""
    found = dates_in_text(raw, dayfirst=dayfirst)
    if not found:
        return None
    return min(found, key=lambda d: abs(d.start / max(len(raw), 1) - where))


# Where a letter is signed: a signature label or the set phrase written above a signature.
_SIGNATURE_CUE = re.compile(r"\b(?:SIGNATURE|LU ET APPROUVE|READ AND APPROVED|BON POUR ACCORD)\b")
# A line drawn to sign on: underscores or dots.
_SIGNING_LINE = re.compile(r"_{5,}|\.{8,}|…{3,}")


def signature_area(lines: list[Line], surname: str) -> Field:
    """Whether a letter shows where it is signed: a signature label ("Signature", "Signature de
    l'intéressé(e)", "Lu et approuvé"), or a signing line with the applicant's name next to it.

    The signature itself is a drawing; its label or line is what the text shows."""
    name = fold(surname).upper().strip()
    for i, ln in enumerate(lines):
        m = _SIGNATURE_CUE.search(ln.norm)
        if m is not None:
            return Field(True, clean(ln.raw[m.start():]) or ln.raw.strip(), ln.page, "phrase:signature")
        if name and _SIGNING_LINE.search(ln.norm):
            near = " ".join(x.norm for x in lines[max(0, i - 2): i + 3] if x.page == ln.page)
            if re.search(rf"\b{re.escape(name)}\b", near):
                return Field(True, ln.raw.strip(), ln.page, "phrase:signing line")
    return Field(False, "", None, "phrase:none")


def prose_date(flows: list[Flow], pattern: str, source: str) -> Field | None:
    """The date right after a phrase ("née le <date>", "prend fin le <date>")."""
    rx = re.compile(r"(?<![A-Z0-9])(?:" + pattern + r")(?![A-Z0-9])[\s:,]*")
    for fl in flows:
        for m in rx.finditer(fl.norm):
            dm = date_opening(fl.raw[m.end() : m.end() + 55], 2)
            if dm is not None:
                return Field(dm.value, dm.raw, fl.page, source)
    return None


_DOC_NUMBER = re.compile(r"\b([A-Z0-9]{5,12})\b")
# A number printed in groups ("WB 480 330", "WB-480-330", "12.345.678"), at the start of a value.
_GROUPS = re.compile(r"[A-Z0-9]{1,5}(?:[ .-]\d[A-Z0-9]{0,4}){1,4}(?![A-Z0-9])")


def _grouped(value: str) -> tuple[str, ...]:
    """The groups a number is printed in, joined: never a date's parts."""
    m = _GROUPS.match(value.strip())
    if m is None or dates.find_dates(m.group(0)):
        return ()
    return (re.sub(r"[ .-]", "", m.group(0)),)


def number_field(lines: list[Line], field: str) -> Field | None:
    """A document number: the first word of a label's value holding a digit (5 to 12 letters and digits),
    else, under a row of labels, the number-shaped word below the label."""
    for f in text_values(lines, field):
        value = fold(str(f.value))
        joined = () if dates.find_dates(value) else (value.replace(" ", ""), *_grouped(value))  # never a date's parts
        for cand in (*value.split(), *joined):
            m = _DOC_NUMBER.fullmatch(cand.strip(".,;:"))
            if m and re.search(r"\d", m.group(1)) and not dates.find_dates(cand):
                return Field(m.group(1), f.raw, f.page, f.source)
    for hit in label_hits(lines, field):
        ln = lines[hit.line]
        if hit.line + 1 >= len(lines) or lines[hit.line + 1].page != ln.page:
            continue
        if re.search(r"\d", ln.norm):
            continue  # a row of labels holds no value
        # the row of values, past the caption's translations stacked under it (short lines with no number-shaped
        # word, whatever OCR made of a caption in a language no lexicon knows: "N.2 documento de viaje")
        below = lines[hit.line + 1]
        for nxt in lines[hit.line + 1 : hit.line + 1 + _CAPTION_ROWS]:
            below = nxt
            numbers = [m for m in _DOC_NUMBER.finditer(nxt.norm) if re.search(r"\d", m.group(1))]
            caption = ANY_LABEL.search(nxt.norm) or not re.search(r"\b[A-Z]{2,}\b", nxt.raw)  # (no value in capitals)
            if nxt.page != ln.page or "<" in nxt.raw or numbers or len(nxt.norm.split()) > 4 or not caption:
                break
        if below.page != ln.page or len(below.norm.split()) > 6:
            continue  # the row of values below is no sentence
        where = hit.start / max(len(ln.norm), 1)
        found = [(m.start() / max(len(below.norm), 1), m.group(1)) for m in _DOC_NUMBER.finditer(below.norm)
                 if re.search(r"\d", m.group(1)) and re.search(r"[A-Z]", m.group(1))]
        if not found and (grouped := _grouped(below.norm)) and _DOC_NUMBER.fullmatch(grouped[0]):
            found = [(0.0, grouped[0])]  # the row's one value, printed in groups ("AB 123 4567")
        if found:
            number = min(found, key=lambda c: abs(c[0] - where))[1]
            return Field(number, below.raw.strip(), below.page, f"label row:{clean(hit.label).lower()}")
    return None


# A document's own reference dated at its top ("Contrat n° 2026-007 du 14/07/2026", "Agreement of 3 May 2026").
_DATED_REFERENCE = re.compile(
    r"^\s*(?:CONTRAT|CONVENTION|CONTRACT|AGREEMENT)\b[^\n]{0,40}?\b(?:DU|OF|DATED|EN DATE DU)\s+"
)
_REFERENCE_LINES = 8


def dated_reference(lines: list[Line]) -> Field | None:
    """The date a document gives itself in its reference line, among its first lines: when it was made."""
    first = [ln for ln in lines if ln.page == lines[0].page][:_REFERENCE_LINES] if lines else []
    for ln in first:
        m = _DATED_REFERENCE.match(ln.norm)
        dm = date_opening(ln.raw[m.end() :], 2) if m else None
        if dm is not None:
            return Field(dm.value, dm.raw, ln.page, "phrase:reference du")
    return None
