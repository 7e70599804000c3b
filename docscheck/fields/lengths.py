"""Lengths of time a document states: a stay in days or months, a term counted from its first day."""

from __future__ import annotations

import re

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
# "une durée de huit (8) mois à compter du 20 avril 2026", "for twelve (12) months from 1 May 2026".
_TERM_FROM = re.compile(
    r"(?<![\w-])(\d{1,2}|" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True)) + r")(?:\s*\((\d{1,2})\))?\s+"
    r"(MOIS|MONTHS?|ANS?|ANNEES?|YEARS?)\s+(?:A COMPTER DU|A PARTIR DU|A DATER DU|DES LE|FROM|STARTING(?: ON| FROM)?"
    r"|COMMENCING(?: ON)?|BEGINNING(?: ON)?|WITH EFFECT FROM|AS FROM|AS OF)\s*"
)


def term_from_start(lines: list[Line]) -> tuple[Field, Field] | None:
    """A period told as a length from a first day: that day, and the day before the same date the length later
    (eight months from 20 April ends on 19 December).  The count in figures and in words must agree."""
    from dateutil.relativedelta import relativedelta

    for fl in page_flows(lines):
        for m in _TERM_FROM.finditer(fl.norm):
            count = int(m.group(1)) if m.group(1).isdigit() else _COUNT_WORDS[m.group(1)]
            if m.group(2) and int(m.group(2)) != count:
                continue
            dm = date_opening(fl.raw[m.end() : m.end() + 55], 2)
            if dm is None:
                continue
            months = count if m.group(3).startswith(("MOIS", "MONTH")) else 12 * count
            end = dm.value + relativedelta(months=months, days=-1)
            src = "phrase:a length from a first day"
            return Field(dm.value, dm.raw, fl.page, src), Field(end, fl.raw[m.start() : m.end() + dm.end].strip(), fl.page,
                                                                 src + " (end reckoned)")
    return None
