"""Lengths of time a document states: a stay in days or months, a term counted from its first day."""

from __future__ import annotations

import re

from dateutil.relativedelta import relativedelta

from docscheck.fields.finders import date_opening
from docscheck.fields.lines import Line, clean, page_flows
from docscheck.model import Field

# A number of days in any words ("séjour de 365 jours", "valid for 90 days", "365 J."), a number of months too.
_DAYS = re.compile(r"(?<![\d.,/:-])(\d{1,3})\s*(?:(JOURS?|DAYS?|DIAS|TAGE|GIORNI|J\.|J\b)|(MOIS|MONTHS?|MESES|MONATE))(?![A-Z])")


def months_in_days(months: int) -> int:
    """A stay in months as days: whole years of 365 days ("12 mois" is a year's visa), else 30 days a month."""
    return months // 12 * 365 if months % 12 == 0 else months * 30


def days_stated(lines: list[Line]) -> Field | None:
    """The one length of stay a document states in days or months, wherever it stands; none when it states two
    ("90 jours sur 180 jours")."""
    found: dict[int, Field] = {}
    for fl in page_flows(lines):
        for m in _DAYS.finditer(fl.norm):
            n = months_in_days(int(m.group(1))) if m.group(3) else int(m.group(1))
            found.setdefault(n, Field(n, clean(fl.raw[m.start() : m.end()]), fl.page, "phrase:a number of days"))
    return next(iter(found.values())) if len(found) == 1 else None


_UNITS_FR = ("UN", "DEUX", "TROIS", "QUATRE", "CINQ", "SIX", "SEPT", "HUIT", "NEUF", "DIX", "ONZE", "DOUZE", "TREIZE",
             "QUATORZE", "QUINZE", "SEIZE", "DIX-SEPT", "DIX-HUIT", "DIX-NEUF", "VINGT")
_UNITS_EN = ("ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN", "ELEVEN", "TWELVE",
             "THIRTEEN", "FOURTEEN", "FIFTEEN", "SIXTEEN", "SEVENTEEN", "EIGHTEEN", "NINETEEN", "TWENTY")
_COUNT_WORDS = {
    **{w: n for n, w in enumerate(_UNITS_FR, start=1)}, "UNE": 1, "VINGT ET UN": 21, "VINGT-ET-UN": 21,
    **{f"VINGT-{w}": 20 + n for n, w in enumerate(_UNITS_FR[1:4], start=2)},
    **{w: n for n, w in enumerate(_UNITS_EN, start=1)},
    **{f"TWENTY{sep}{w}": 20 + n for n, w in enumerate(_UNITS_EN[:4], start=1) for sep in ("-", " ")},
}
# Any number in words when its figures follow in brackets ("quarante-quatre (44)"): the figures count.
_NUMBER_WORD = (r"(?:" + "|".join(sorted({w for k in _COUNT_WORDS for w in re.split(r"[- ]", k)}
                                        | {"TRENTE", "QUARANTE", "CINQUANTE", "SOIXANTE", "ET", "THIRTY", "FORTY",
                                           "FIFTY", "SIXTY"}, key=len, reverse=True)) + ")")
_WORDS_BEFORE_FIGURES = rf"{_NUMBER_WORD}(?:[- ]{_NUMBER_WORD}){{0,3}}(?=\s*\(\d{{1,2}}\))"
# "une durée de huit (8) mois à compter du 20 avril 2026", "for twelve (12) months from 1 May 2026".
_TERM_FROM = re.compile(
    r"(?<![\w-])(\d{1,2}|" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True)) + "|" + _WORDS_BEFORE_FIGURES
    + r")(?:\s*\((\d{1,2})\))?\s+"
    r"(MOIS|MONTHS?|SEMAINES?|WEEKS?|ANS?|ANNEES?|YEARS?)\s+(?:A COMPTER DU|A PARTIR DU|A DATER DU|DES LE|FROM|STARTING(?: ON| FROM)?"
    r"|COMMENCING(?: ON)?|BEGINNING(?: ON)?|WITH EFFECT FROM|AS FROM|AS OF)\s*"
)


def _count(said: str, figures: str | None) -> int | None:
    """A count in figures or words, checked against its figures in brackets (none when they disagree); words
    not known count by their figures."""
    count = int(said) if said.isdigit() else _COUNT_WORDS.get(said)
    if figures and count is not None and int(figures) != count:
        return None
    return count if count is not None else (int(figures) if figures else None)


def _length(count: int, unit: str) -> relativedelta:
    """`count` months, weeks or years."""
    if unit.startswith(("MOIS", "MONTH")):
        return relativedelta(months=count)
    if unit.startswith(("SEMAINE", "WEEK")):
        return relativedelta(weeks=count)
    return relativedelta(years=count)


# A contract's length stated apart from its first day: "Durée : 44 semaines", "Duration: 52 weeks", "pour une
# durée de neuf mois" (not a notice, a trial period or working hours: those lengths are no term).
_TERM_LENGTH = re.compile(
    r"\b(?:DUREE|DURATION|LENGTH|DURACION)\b(?P<between>[^.;\d]{0,30}?)[\s:]*"
    r"(?<![\w-])(?P<count>\d{1,2}|" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True)) + "|" + _WORDS_BEFORE_FIGURES + r")(?:\s*\((?P<figures>\d{1,2})\))?\s+"
    r"(?P<unit>MOIS|MONTHS?|SEMAINES?|WEEKS?|ANS?|ANNEES?|YEARS?)(?![A-Z])"
)
_NOT_THE_TERM = re.compile(r"\b(?:PREAVIS|ESSAI|NOTICE|TRIAL|PROBATION|CONGES?|LEAVE|HEBDOMADAIRE|WEEKLY|HORAIRE)\b")


def term_end(lines: list[Line], start: Field) -> Field | None:
    """The last day of a term whose first day was read elsewhere and whose length is stated on its own
    ("Start of activity: 14 March 2026. Duration: 31 weeks"): the day before the same date that length later.
    Only one length may be stated (two different ones leave the end unread)."""
    found: dict[object, Field] = {}
    for fl in page_flows(lines):
        for m in _TERM_LENGTH.finditer(fl.norm):
            if _NOT_THE_TERM.search(m.group("between")):
                continue
            count = _count(m.group("count"), m.group("figures"))
            if count is None:
                continue
            end = start.value + _length(count, m.group("unit")) - relativedelta(days=1)  # type: ignore[operator]
            found.setdefault(end, Field(end, clean(fl.raw[m.start() : m.end()]), fl.page,
                                        "phrase:a length after the first day (end reckoned)"))
    return next(iter(found.values())) if len(found) == 1 else None


def term_from_start(lines: list[Line]) -> tuple[Field, Field] | None:
    """A period told as a length from a first day: that day, and the day before the same date the length later
    (eight months from 20 April ends on 19 December).  The count in figures and in words must agree."""
    for fl in page_flows(lines):
        for m in _TERM_FROM.finditer(fl.norm):
            count = _count(m.group(1), m.group(2))
            if count is None:
                continue
            dm = date_opening(fl.raw[m.end() : m.end() + 55], 2)
            if dm is None:
                continue
            end = dm.value + _length(count, m.group(3)) - relativedelta(days=1)
            src = "phrase:a length from a first day"
            return Field(dm.value, dm.raw, fl.page, src), Field(end, fl.raw[m.start() : m.end() + dm.end].strip(), fl.page,
                                                                 src + " (end reckoned)")
    return None
