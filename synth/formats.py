"""Dates written the ways real documents write them."""

from __future__ import annotations

import random
from datetime import date, timedelta

MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")

MONTHS_FR_ABBR = ("JAN", "FÉV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC")

FR_STYLES = ("dmy_slash", "fr_long", "fr_long", "dmy_dot", "fr_upper")
EN_STYLES = ("dmy_slash", "en_long", "en_long", "iso", "en_day_first")


def fmt_date(d: date, style: str) -> str:
    if style == "dmy_slash":
        return d.strftime("%d/%m/%Y")
    if style == "dmy_dot":
        return d.strftime("%d.%m.%Y")
    if style == "iso":
        return d.isoformat()
    if style in ("fr_long", "fr_upper"):
        day = "1er" if d.day == 1 else str(d.day)
        s = f"{day} {MONTHS_FR[d.month - 1]} {d.year}"
        return s.upper() if style == "fr_upper" else s
    if style == "en_long":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "en_day_first":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == "abbr":  # 12 MAR 1998, as on many passports
        return f"{d.day:02d} {MONTHS_EN[d.month - 1][:3].upper()} {d.year}"
    if style == "dmy_space":  # 13 07 1990
        return d.strftime("%d %m %Y")
    if style == "dmy_dash":  # 13-07-1990
        return d.strftime("%d-%m-%Y")
    if style == "abbr_bilingual":  # 20 MAY /MAI 95, as on bilingual passports
        return f"{d.day:02d} {MONTHS_EN[d.month - 1][:3].upper()} /{MONTHS_FR_ABBR[d.month - 1]} {d.year % 100:02d}"
    if style == "us_slash":  # 02/01/1957, month first
        return d.strftime("%m/%d/%Y")
    if style == "fr_words":  # the civil registry's words
        return fr_date_words(d)
    raise ValueError(f"unknown date style {style!r}")


def pick_style(rng: random.Random, lang: str) -> str:
    return rng.choice(FR_STYLES if lang == "fr" else EN_STYLES)


def add_months(d: date, months: int) -> date:
    """The same day `months` later, clamped to the month's last day."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def days(n: int) -> timedelta:
    return timedelta(days=n)


_UNITS = ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
          "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf")
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def fr_number(n: int) -> str:
    """A number below 100 in French words (traditional spelling, as registries write it)."""
    if n < 20:
        return _UNITS[n]
    tens, unit = divmod(n, 10)
    if tens in (7, 9):
        base = "soixante" if tens == 7 else "quatre-vingt"
        return f"{base}{' et ' if n == 71 else '-'}{_UNITS[10 + unit]}"
    if tens == 8:
        return "quatre-vingts" if unit == 0 else f"quatre-vingt-{_UNITS[unit]}"
    if unit == 0:
        return _TENS[tens]
    return f"{_TENS[tens]}{' et ' if unit == 1 else '-'}{_UNITS[unit]}"


def fr_year_words(year: int) -> str:
    century, rest = divmod(year, 100)
    head = "mil neuf cent" if century == 19 else "deux mille"
    return f"{head} {fr_number(rest)}" if rest else head


def fr_date_words(d: date) -> str:
    """'treize juillet mil neuf cent quatre-vingt-dix', '1er' written 'premier'."""
    day = "premier" if d.day == 1 else fr_number(d.day)
    return f"{day} {MONTHS_FR[d.month - 1]} {fr_year_words(d.year)}"
