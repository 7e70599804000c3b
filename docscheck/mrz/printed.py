"""A zone's document number confirmed by the number printed on the same page.

A check digit sees a letter read for another (an F for an E weighs one more) but cannot say
which letter it was: repair never tries letter-for-letter changes on the check digit alone,
every reading tried being another one-in-ten chance of a false match.  The page's printed
number is a second, independent reading of the same characters, in another typeface.
When the zone fails only its number's check (and the composite, which covers it), and a
word printed on the page differs from the zone's number by one or two such confusions,
the zone is read again with the printed number: kept only if every check digit then holds.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from docscheck.lookalikes import INTERCHANGEABLE, LETTER_CONFUSIONS
from docscheck.model import Zone
from docscheck.mrz.parse import parse_zone

# At most this many characters of the zone's number taken from the printed one.
MAX_PRINTED_CHANGES = 2
_NUMBER_FAILS = frozenset({"number", "composite"})
_WORD = re.compile(r"[A-Z0-9]+")


def _confusable(read: str, printed: str) -> bool:
    return printed in LETTER_CONFUSIONS.get(read, "") or printed in INTERCHANGEABLE.get(read, ())


def _printed_readings(number: str, text: str) -> list[str]:
    """Words of the page that are the zone's number but for one or two characters OCR confuses."""
    out = []
    for word in dict.fromkeys(_WORD.findall(text.upper())):
        if len(word) != len(number) or word == number:
            continue
        diffs = [(a, b) for a, b in zip(number, word, strict=True) if a != b]
        if len(diffs) <= MAX_PRINTED_CHANGES and all(_confusable(a, b) for a, b in diffs):
            out.append(word)
    return out


def confirmed_by_print(zones: list[Zone], text: str, *, today: date | None = None) -> list[Zone]:
    """`zones`, each failing only its number's check mended by the number the page prints, where one
    such reading makes every check digit hold (marked `repaired`)."""
    out = []
    for zone in zones:
        number = zone.document_number
        if zone.valid or "number" not in zone.failed_checks or not set(zone.failed_checks) <= _NUMBER_FAILS \
                or len(number) < 6:
            out.append(zone)
            continue
        mended = None
        rows = [i for i, line in enumerate(zone.lines) if number in line]
        for word in _printed_readings(number, text) if len(rows) == 1 else ():
            lines = list(zone.lines)
            lines[rows[0]] = lines[rows[0]].replace(number, word, 1)
            again = parse_zone(lines, today=today)
            if again is not None and again.valid and again.kind == zone.kind and again.document_number == word:
                mended = replace(again, repaired=True)
                break
        out.append(mended or zone)
    return out
