"""A place of birth as a caption's value gives it: the place alone, without what is printed around it.

Papers print the place with its country ("DAKAR (SÉNÉGAL)", "THIÈS - SENEGAL", "Bogotá, Colombia", "DAKAR SEN"),
after a preposition when the caption names the date too ("Date et lieu de naissance : 12/03/1999 à Dakar"), or
followed on the row of values by the next cell, a sex letter ("DAKAR F" under "Place of birth  Sex").
"""

from __future__ import annotations

import re

from docscheck.fields.lines import clean
from docscheck.fields.people import nationality_code

# A place's country after it: in brackets, after a comma, a dash or a slash.
_COUNTRY_AFTER = re.compile(r"\s*(?:\(|,|\s[-–/]\s|/)")
_PREPOSITION = re.compile(r"^(?:à|a|in|at|en|em)\s+(?=\S)", re.I)
_SEX_CELL = re.compile(r"\s+[FMX]$")
_OF = re.compile(r"^(?:de|do|da|del|of|d'|du)$", re.I)


def place_only(value: str) -> str:
    """The place's name: its preposition, its country and the next cell's sex letter left out."""
    value = _PREPOSITION.sub("", clean(value))
    value = clean(_COUNTRY_AFTER.split(value, maxsplit=1)[0])
    value = _SEX_CELL.sub("", value)
    words = value.split()
    # a country's code or name printed after the place on the same cell ("DAKAR SEN", "Dakar Sénégal"), never
    # the country a city is named after ("Ciudad de Panamá")
    if len(words) >= 2 and nationality_code(words[-1]) and not nationality_code(" ".join(words[:-1])) and (
            not _OF.search(words[-2])):
        value = " ".join(words[:-1])
    return clean(value)
