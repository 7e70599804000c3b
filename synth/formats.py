"""Dates written the ways real documents write them."""

from __future__ import annotations

import random
from datetime import date, timedelta

MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")

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
