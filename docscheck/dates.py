"""Dates as French and English documents write them.

API (other modules rely on these names):
- parse_date(text, *, dayfirst=True) -> date | None
- find_dates(text, *, dayfirst=True) -> list[DateMatch]   every date in a text, with its position

Numeric dates are read day first, as in France (`12/03/2026` is 12 March); only an
English month-name form ("March 12, 2026") or an explicit ``dayfirst=False`` reads
the month first.  ISO dates (`2026-03-12`) are always year-month-day.  OCR damage
is repaired where the shape of a date makes it safe: O/o read for 0 and l/I for 1
inside numbers, lost or mangled accents in month names (`fevrier`, `aoüt`),
`rn` read for `m`, a 0 for an O (`0ctobre`), one wrong letter in a long month name.
A range printing its year once ("du 12 mars au 15 avril 2026") gives both dates.

Regular expressions find the candidates (fast on whole pages); python-dateutil is
the fallback for any other wording around a month name ("Thursday, the 12th of
March 2026"), with French month names taught to its parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from dateutil import parser as du_parser
from rapidfuzz.distance import Levenshtein

from docscheck import textnorm
from docscheck.lookalikes import DATE_LETTER_TO_DIGIT

__all__ = ["DateMatch", "find_dates", "parse_date", "MIN_YEAR", "MAX_YEAR", "TWO_DIGIT_YEAR_PIVOT"]

MIN_YEAR = 1900
MAX_YEAR = 2100
# Two-digit years as POSIX strptime reads them: 00-68 -> 2000-2068, 69-99 -> 1969-1999.
TWO_DIGIT_YEAR_PIVOT = 69


@dataclass(frozen=True)
class DateMatch:
    """A date found in a text: its value, its span in the text and the words as printed."""

    value: date
    start: int
    end: int
    raw: str


# --- month names --------------------------------------------------------------------------------

_FRENCH = {
    "janvier": 1, "janv": 1, "jan": 1,
    "fevrier": 2, "fevr": 2, "fev": 2, "fevrie": 2,
    "mars": 3, "mar": 3,
    "avril": 4, "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7, "juil": 7,
    "aout": 8,
    "septembre": 9, "sept": 9, "sep": 9,
    "octobre": 10, "oct": 10,
    "novembre": 11, "nov": 11,
    "decembre": 12, "dec": 12,
}  # fmt: skip
_ENGLISH = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
# The months in the other languages applicants' papers come in (Spanish, Portuguese, Italian, German), looked up
# exactly only: fuzzy repair stays with French and English, whose names the other ones are a letter away from.
_OTHER_LANGUAGES = {
    "enero": 1, "janeiro": 1, "gennaio": 1, "januar": 1,
    "febrero": 2, "fevereiro": 2, "febbraio": 2, "februar": 2,
    "marzo": 3, "marco": 3, "marz": 3, "maerz": 3,
    "abril": 4, "aprile": 4,
    "mayo": 5, "maio": 5, "maggio": 5,
    "junio": 6, "junho": 6, "giugno": 6, "juni": 6,
    "julio": 7, "julho": 7, "luglio": 7, "juli": 7,
    "agosto": 8,
    "septiembre": 9, "setiembre": 9, "setembro": 9, "settembre": 9,
    "octubre": 10, "outubro": 10, "ottobre": 10, "oktober": 10,
    "noviembre": 11, "novembro": 11,
    "diciembre": 12, "dezembro": 12, "dicembre": 12, "dezember": 12,
}  # fmt: skip
# Only full names are candidates for fuzzy repair: abbreviations are too close to each other.
_FULL_NAMES = [w for w in {**_FRENCH, **_ENGLISH} if len(w) >= 4 and w not in {"janv", "fevr", "juil", "sept"}]
_MONTHS = {**_OTHER_LANGUAGES, **_FRENCH, **_ENGLISH}


def _fold(word: str) -> str:
    """A month word as looked up: plain, without the abbreviation dot, 0 read for o."""
    return textnorm.plain(word).rstrip(".").replace("0", "o")


@lru_cache(maxsize=4096)
def _month(word: str, *, english_only: bool = False) -> int | None:
    """The month a (possibly OCR-damaged) month word names, or None."""
    table = _ENGLISH if english_only else _MONTHS
    w = _fold(word)
    for candidate in (w, w.replace("rn", "m"), w.replace("ii", "ll").replace("il", "ll")):
        if candidate in table:
            return table[candidate]
    if len(w) < 5:  # "mais" must not become "mars"
        return None
    # One wrong letter (two in long names), and only when a single month is that close.
    limit = 1 if len(w) < 7 else 2
    best: set[int] = set()
    best_distance = limit + 1
    for name in _FULL_NAMES:
        if english_only and name not in _ENGLISH:
            continue
        d = Levenshtein.distance(w, name, score_cutoff=limit)
        if d < best_distance:
            best, best_distance = {_MONTHS[name]}, d
        elif d == best_distance:
            best.add(_MONTHS[name])
    return best.pop() if len(best) == 1 and best_distance <= limit else None


# --- patterns -----------------------------------------------------------------------------------

_D = rf"[0-9{''.join(DATE_LETTER_TO_DIGIT)}]"  # a digit as OCR may print it
_DIGIT_FIX = str.maketrans(dict(DATE_LETTER_TO_DIGIT))
_LETTER = r"(?:[^\W\d_]|0)"  # a letter, or a 0 that OCR read for an O
_MONTH_WORD = rf"[^\W\d_]{_LETTER}{{2,11}}\.?|0{_LETTER}{{2,11}}\.?"
_SUFFIX = r"(?:\s?(?P<suf>(?i:er|st|nd|rd|th)|ᵉʳ)\b)?"  # (in capitals too: "THE 14TH DAY OF SEPTEMBER 2001")
# Not inside a number or a zone line; a letter just before is allowed when a real digit
# follows, as OCR glues words ("le12/03/2026").
_START = r"(?:(?<![\w<])|(?<=[^\W\d_])(?=\d))"
_END = r"(?![\d<])"

_NUMERIC = re.compile(
    rf"{_START}(?P<d>{_D}{{1,2}})\s*(?P<sep>[/.\-])\s*(?P<m>{_D}{{1,2}})\s*(?P=sep)\s*"
    rf"(?P<y>{_D}{{4}}|{_D}{{2}}){_END}"
)
# OCR dropped the second separator: "13.081997".
_GLUED = re.compile(r"(?<![\w<.,/-])(?P<d>\d{2})(?P<sep>[/.\-])(?P<m>\d{2})(?P<y>(?:19|20)\d{2})(?![\d<])")
_SPACED = re.compile(r"(?<![\w<])(?P<d>\d{2}) (?P<m>\d{2}) (?P<y>(?:19|20)\d{2})(?![\w<])")
# A form's digit boxes, one digit each ("0 1 / 0 9 / 2 0 2 6", "|0|1|0|9|2|0|2|6|"): each digit apart from the
# next, so that a phone number's pairs ("01 02 20 25 33") never make one.
_BOX_SEP = r"[ |\[\]]{1,3}"
_BOXED = re.compile(
    rf"(?<![\w|])(?<!\d )(?<!\d  )[|\[]?(?P<d>\d{_BOX_SEP}\d)[ |\[\]/.-]{{1,5}}(?P<m>\d{_BOX_SEP}\d)[ |\[\]/.-]{{1,5}}"
    rf"(?P<y>[12]{_BOX_SEP}[09]{_BOX_SEP}\d{_BOX_SEP}\d)[|\]]?(?![\w|])(?! {{1,2}}\d)"
)
# Year first in cells ("Y / M / D  2007 03 17", as plurilingual civil-status forms print it).
_SPACED_YMD = re.compile(r"(?<![\w<])(?P<y>(?:19|20)\d{2}) (?P<m>\d{2}) (?P<d>\d{2})(?![\w<])")
_ISO = re.compile(
    rf"{_START}(?P<y>{_D}{{4}})\s*(?P<sep>[/.\-])\s*(?P<m>{_D}{{1,2}})\s*(?P=sep)\s*"
    rf"(?P<d>{_D}{{1,2}}){_END}"
)
# A day before a month's name: digits, or letters OCR reads for digits only where no letter follows (the "l" of
# "lundi 20 avril 2026" is no day: taken for one, it would swallow the date that follows), or "er" ("ler mai").
_DAY = rf"\d{{1,2}}(?!\d)|{_D}{{1,2}}(?![^\W\d_]|er\b)|{_D}(?=er\b)"
# (Spanish and Portuguese join the parts with "de": "9 de abril de 2026"; a formal English deed says "the 3rd day
# of March, 2026")
_TEXT_DMY = re.compile(
    rf"{_START}(?P<d>{_DAY}){_SUFFIX}(?:\s+(?i:day))?(?:\s+(?i:of))?(?:[\-/]|[\s.]*)(?:de\s+)?"  # ("18th of June 2026")
    rf"(?P<mon>{_MONTH_WORD})(?:\s*/\s*(?P<mon2>{_MONTH_WORD}))?(?:[\-/]|[\s.,]*)(?:(?<=\s)de\s+)?"
    rf"(?P<y>{_D}{{4}}|\d{{2}})(?![\w<])"
)
# A month in Roman numerals, as registers of Central Europe and Latin America write it ("13.VII.1990", "3 XI 2026").
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ROMAN = re.compile(
    r"(?<![\w<.])(?P<d>\d{1,2})(?P<sep>[.\-/ ])(?P<m>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?P=sep)"
    r"(?P<y>(?:19|20)\d{2})(?![\w<])"
)
_TEXT_MDY = re.compile(
    rf"(?<![\w<])(?P<mon>{_MONTH_WORD})\s*(?P<d>{_D}{{1,2}})(?:st|nd|rd|th)?\s*,?\s*"
    rf"(?P<y>{_D}{{4}})(?![\w<])"
)
# The first date of a range that prints the year once: "du 12 mars au 15 avril 2026",
# "12/03 - 15/04/2026", "from March 12 to April 15, 2026". Matched at the end of the text
# just before the range's complete second date.
_RANGE_TO = r"\s*(?i:au|to|until|till|through|jusqu['’]au|-|–|—)\s*$"
_PARTIAL_DM = re.compile(
    rf"{_START}(?P<d>{_DAY}){_SUFFIX}(?:[\-/]|[\s.]*)(?P<mon>{_MONTH_WORD}){_RANGE_TO}"
)
_PARTIAL_MD = re.compile(rf"{_START}(?P<mon>{_MONTH_WORD})\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?{_RANGE_TO}")
_PARTIAL_NUMERIC = re.compile(rf"{_START}(?P<d>\d{{1,2}})\s*(?P<sep>[/.])\s*(?P<m>\d{{1,2}}){_RANGE_TO}")
_HAS_MONTH_WORD = re.compile(rf"{_LETTER}{{3,}}")


def _year(text: str) -> int:
    y = int(text)
    if len(text) == 2:
        y += 1900 if y >= TWO_DIGIT_YEAR_PIVOT else 2000
    return y


def _number(text: str) -> int | None:
    fixed = text.translate(_DIGIT_FIX)
    return int(fixed) if fixed.isdigit() else None


def _make(y: int | None, m: int | None, d: int | None) -> date | None:
    if y is None or m is None or d is None or not MIN_YEAR <= y <= MAX_YEAR:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _real_digits(text: str) -> int:
    return sum(c.isdigit() for c in text)


def _joined_to_numbers(text: str, start: int, end: int, *, spaced: bool = False) -> bool:
    """True when the match is part of a longer run of numbers (a phone number, a reference)."""
    if start >= 2 and text[start - 1] in "/.-+" and text[start - 2].isdigit():
        return True
    if end + 1 < len(text) and text[end] in "/.-" and text[end + 1].isdigit():
        return True
    if spaced:  # "06 12 34 56 78": more digit groups separated by single spaces
        # (but "17 08 2023 16 08 2033", a row's two dates under "Issued Expires", is two dates, and
        # "GS312507 28 12 2024", a number then a date under "Number  Issued on", is no phone number)
        if start >= 2 and _DIGIT_GROUP_BEFORE.search(text, 0, start) and not _SPACED_BEFORE.search(text, 0, start):
            return True
        if end + 1 < len(text) and _DIGIT_GROUP_AFTER.match(text, end) and not _SPACED_AFTER.match(text, end):
            return True
    return False


# A group of digits alone, right before or after a spaced date: a longer run of numbers.
_DIGIT_GROUP_BEFORE = re.compile(r"(?<![\w<])\d+ $")
_DIGIT_GROUP_AFTER = re.compile(r" \d+(?![\w<])")
# A whole spaced date right before or after another: a row of dates, not a phone number.
_SPACED_BEFORE = re.compile(r"(?<![\w<])\d{2} \d{2} (?:19|20)\d{2} $")
_SPACED_AFTER = re.compile(r" \d{2} \d{2} (?:19|20)\d{2}(?![\w<])")


def _text_month(m: re.Match[str], *, english_only: bool = False) -> int | None:
    first = _month(m.group("mon"), english_only=english_only)
    second_word = m.groupdict().get("mon2")
    if second_word is None:
        return first
    second = _month(second_word)
    if first is not None and second is not None and first != second:
        return None
    return first if first is not None else second


def _candidates(text: str, *, dayfirst: bool, lenient: bool) -> list[DateMatch]:
    found: list[DateMatch] = []

    def add(m: re.Match[str], value: date | None) -> None:
        if value is not None:
            found.append(DateMatch(value, m.start(), m.end(), m.group(0)))

    for m in _ISO.finditer(text):
        y = m.group("y").translate(_DIGIT_FIX)
        if _real_digits(m.group(0)) < 6 or not y.isdigit() or _joined_to_numbers(text, m.start(), m.end()):
            continue
        add(m, _make(int(y), _number(m.group("m")), _number(m.group("d"))))

    for m in _NUMERIC.finditer(text):
        d_txt, m_txt, y_txt = m.group("d"), m.group("m"), m.group("y")
        if _real_digits(m.group(0)) < max(4, len(d_txt) + len(m_txt) + len(y_txt) - 2):
            continue
        if len(y_txt) == 2 and not lenient and (len(d_txt) != 2 or len(m_txt) != 2):
            continue
        if _joined_to_numbers(text, m.start(), m.end()) or _ROMAN.fullmatch(m.group(0)):
            continue  # (a month in capital I, V, X between real digits is a Roman one, not OCR's "11")
        y_fixed = y_txt.translate(_DIGIT_FIX)
        if not y_fixed.isdigit():
            continue
        first, second = _number(d_txt), _number(m_txt)
        day, month = (first, second) if dayfirst else (second, first)
        add(m, _make(_year(y_fixed), month, day))

    for m in _GLUED.finditer(text):
        if _joined_to_numbers(text, m.start(), m.end()):
            continue
        first, second = int(m.group("d")), int(m.group("m"))
        day, month = (first, second) if dayfirst else (second, first)
        add(m, _make(int(m.group("y")), month, day))

    for m in _SPACED.finditer(text):
        if _joined_to_numbers(text, m.start(), m.end(), spaced=True):
            continue
        first, second = int(m.group("d")), int(m.group("m"))
        day, month = (first, second) if dayfirst else (second, first)
        add(m, _make(int(m.group("y")), month, day))

    for m in _BOXED.finditer(text):
        boxes = [int(re.sub(r"\D", "", m.group(g))) for g in ("y", "m", "d")]
        add(m, _make(boxes[0], boxes[1], boxes[2]))

    for m in _SPACED_YMD.finditer(text):
        if not _joined_to_numbers(text, m.start(), m.end(), spaced=True):
            add(m, _make(int(m.group("y")), int(m.group("m")), int(m.group("d"))))

    for m in _TEXT_DMY.finditer(text):
        d_txt = m.group("d")
        if not any(c.isdigit() for c in d_txt) and (m.group("suf") or "").lower() != "er":
            continue
        y_fixed = m.group("y").translate(_DIGIT_FIX)
        if not y_fixed.isdigit() or _real_digits(m.group("y")) < 2:
            continue
        add(m, _make(_year(y_fixed), _text_month(m), _number(d_txt)))

    for m in _ROMAN.finditer(text):
        add(m, _make(int(m.group("y")), _ROMAN_MONTHS.index(m.group("m")) + 1, int(m.group("d"))))

    for m in _TEXT_MDY.finditer(text):
        y_fixed = m.group("y").translate(_DIGIT_FIX)
        if not y_fixed.isdigit() or not any(c.isdigit() for c in m.group("d")):
            continue
        add(m, _make(int(y_fixed), _text_month(m, english_only=True), _number(m.group("d"))))

    return found


def _without_overlaps(matches: list[DateMatch]) -> list[DateMatch]:
    """Leftmost, then longest, matches; later ones overlapping a kept one are dropped."""
    kept: list[DateMatch] = []
    for match in sorted(matches, key=lambda x: (x.start, -(x.end - x.start))):
        if kept and match.start < kept[-1].end:
            continue
        kept.append(match)
    return kept


# Dates written in French words, as civil registries write them: "le vingt-huit octobre deux mille
# cinq", "premier mars mil neuf cent quatre-vingt-dix-huit".
_NUMBER_WORDS = {
    "premier": 1, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "cent": 100, "cents": 100, "mil": 1000, "mille": 1000, "et": 0,
}  # fmt: skip
_NUMBER_RUN = r"(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")(?:[\s-]+(?:" + "|".join(
    sorted(_NUMBER_WORDS, key=len, reverse=True)) + r"))*"
_FRENCH_MONTH_NAMES = "janvier|fevrier|février|mars|avril|mai|juin|juillet|aout|août|septembre|octobre|novembre|decembre|décembre"
_WORD_DATE = re.compile(
    rf"(?<![^\W\d_])(?P<d>1er|{_NUMBER_RUN})\s+(?P<m>{_FRENCH_MONTH_NAMES})\s+(?:de l'an\s+)?(?P<y>{_NUMBER_RUN}|\d{{4}})(?![^\W\d_])",
    re.IGNORECASE,
)


def french_number(words: str) -> int | None:
    """The value of a number written in French words (1 to 2999), or None."""
    total, current, last = 0, 0, 0
    for w in re.split(r"[\s-]+", words.lower().strip()):
        if w == "1er":
            w = "premier"
        if w not in _NUMBER_WORDS:
            return None
        n = _NUMBER_WORDS[w]
        if n == 1000:
            total += (current or 1) * 1000
            current = 0
        elif n == 100:
            current = (current or 1) * 100
        elif n == 20 and last == 4:  # quatre-vingt(s)
            current += 76
        else:
            current += n
        last = n
    return total + current or None


def _misread_number_word(word: str) -> str | None:
    """The number word OCR misread as `word` ("cing" for "cinq"), or None."""
    if len(word) < 4 or word.lower() in _NUMBER_WORDS:
        return None
    close = [w for w in _NUMBER_WORDS if len(w) >= 4 and Levenshtein.distance(word.lower(), w) <= 1]
    return close[0] if len(close) == 1 else None  # (one letter from two number words: no telling which)


def _word_dates(text: str) -> list[DateMatch]:
    out = []
    for m in _WORD_DATE.finditer(text):
        y, end = m.group("y"), m.end()
        if not y.isdigit():
            # a year's last word misread by OCR ("deux mille cing"): read as the number word it stands for, never
            # cut off before it (which would give another year)
            nxt = re.match(r"[\s-]+([^\W\d_]+)", text[end:])
            word = _misread_number_word(nxt.group(1)) if nxt else None
            if nxt and word:
                y, end = f"{y} {word}", end + nxt.end()
        day, year, month = french_number(m.group("d")), int(y) if y.isdigit() else french_number(y), _month(m.group("m"))
        value = _make(year, month, day) if day and day <= 31 else None
        if value is not None:
            out.append(DateMatch(value, m.start(), end, text[m.start() : end]))
    return out


def find_dates(text: str, *, dayfirst: bool = True) -> list[DateMatch]:
    """Every date in ``text``, in reading order, with its span (to pair dates with labels).

    Only complete dates (day, month and year between 1900 and 2100) count. Runs of
    numbers that merely look like dates (phone numbers such as ``06.12.34.56.78``,
    references such as ``123/04/2026-7``) and machine-readable zone lines are skipped.
    """
    if not text:
        return []
    found = _without_overlaps([*_candidates(text, dayfirst=dayfirst, lenient=False), *_word_dates(text)])
    starts = [_range_start(text, m, found[i - 1].end if i else 0, dayfirst) for i, m in enumerate(found)]
    return sorted([*found, *(m for m in starts if m is not None)], key=lambda m: m.start)


def _range_start(text: str, end_date: DateMatch, floor: int, dayfirst: bool) -> DateMatch | None:
    """The yearless first date of a range ending at ``end_date``, given the same year
    (or the year before, when the range crosses new year)."""
    begin = max(floor, end_date.start - 40)
    window = text[begin : end_date.start]
    day: int | None
    month: int | None
    if (match := _PARTIAL_DM.search(window)) is not None:
        day, month = _number(match.group("d")), _month(match.group("mon"))
    elif (match := _PARTIAL_MD.search(window)) is not None:
        day, month = int(match.group("d")), _month(match.group("mon"), english_only=True)
    elif (match := _PARTIAL_NUMERIC.search(window)) is not None:
        first, second = int(match.group("d")), int(match.group("m"))
        day, month = (first, second) if dayfirst else (second, first)
    else:
        return None
    value = _make(end_date.value.year, month, day)
    if value is not None and value > end_date.value:
        value = _make(end_date.value.year - 1, month, day)
    if value is None:
        return None
    start = begin + match.start()
    end = start + len(_CONNECTOR.sub("", match.group(0)))
    return DateMatch(value, start, end, text[start:end])


_CONNECTOR = re.compile(_RANGE_TO)


class _BilingualInfo(du_parser.parserinfo):
    """dateutil's parser taught French month names and connecting words."""

    # typeshed allows at most three spellings per month; dateutil itself takes any number.
    MONTHS: list[tuple[str, ...]] = [  # type: ignore[assignment]
        ("Jan", "January", "janv", "janvier"),
        ("Feb", "February", "fev", "fevr", "fevrier"),
        ("Mar", "March", "mars"),
        ("Apr", "April", "avr", "avril"),
        ("May", "mai"),
        ("Jun", "June", "juin"),
        ("Jul", "July", "juil", "juillet"),
        ("Aug", "August", "aout"),
        ("Sep", "Sept", "September", "septembre"),
        ("Oct", "October", "octobre"),
        ("Nov", "November", "novembre"),
        ("Dec", "December", "decembre"),
    ]
    WEEKDAYS: list[tuple[str, ...]] = [  # type: ignore[assignment]
        ("Mon", "Monday", "lundi"),
        ("Tue", "Tuesday", "mardi"),
        ("Wed", "Wednesday", "mercredi"),
        ("Thu", "Thursday", "jeudi"),
        ("Fri", "Friday", "vendredi"),
        ("Sat", "Saturday", "samedi"),
        ("Sun", "Sunday", "dimanche"),
    ]
    JUMP = [*du_parser.parserinfo.JUMP, "the", "le", "la", "du", "de", "er"]


_INFO_DAYFIRST = _BilingualInfo(dayfirst=True)
_INFO_MONTHFIRST = _BilingualInfo(dayfirst=False)
_ALL_NUMBERS = re.compile(r"\d+")


def _dateutil_fallback(text: str, *, dayfirst: bool) -> date | None:
    """dateutil on text that names a month, when the patterns found nothing.

    Used only when the text holds exactly one 4-digit year and one other number, so
    dateutil cannot swap day and month on its own."""
    numbers = _ALL_NUMBERS.findall(text)
    if len(numbers) != 2 or sorted(len(n) for n in numbers)[1] != 4 or len(min(numbers, key=len)) > 2:
        return None
    words = [w for w in _HAS_MONTH_WORD.findall(text) if _month(w) is not None]
    if not words:
        return None
    plain = textnorm.plain(text).replace("1er", "1")
    info = _INFO_DAYFIRST if dayfirst else _INFO_MONTHFIRST
    try:
        one = du_parser.parse(plain, parserinfo=info, default=datetime(1904, 1, 1))
        two = du_parser.parse(plain, parserinfo=info, default=datetime(1908, 2, 2))
    except (ValueError, OverflowError, TypeError, LookupError):
        return None
    if one != two or not MIN_YEAR <= one.year <= MAX_YEAR:
        return None  # some part of the date was missing and filled in by dateutil
    return one.date()


def parse_date(text: str, *, dayfirst: bool = True) -> date | None:
    """The one date written in a short string (a field's value), or None.

    None when there is no valid date or the string holds two different ones. Numeric
    forms are day first unless ``dayfirst=False``; a two-digit year follows POSIX
    (00-68 -> 20xx, 69-99 -> 19xx)."""
    if not text or not text.strip():
        return None
    values = {m.value for m in _candidates(text, dayfirst=dayfirst, lenient=True)}
    if len(values) == 1:
        return values.pop()
    if values:
        return None
    return _dateutil_fallback(text, dayfirst=dayfirst)
