"""Values no document can hold (dates that contradict each other, a name with figures in it): better no value than
a wrong one."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from docscheck.model import Field

_NAME_FIELDS = ("surname", "given_names", "full_name")
# What a person's name is written with: letters of any script and their marks, spaces, hyphens, apostrophes, and
# the dot and comma of an initial or of "SURNAME, Given".  A figure or another sign in it ("9erg¢. Amaud", a
# handwritten "Serge Arnaud" on a dotted line) is OCR's misreading of the name.
_NOT_IN_A_NAME = re.compile(r"[^\w\s'’.,-]|[\d_]")



def _stray_letters(name: str) -> bool:
    """Lone small letters, all a table's cell gave OCR of a short name ("i" for "Awa"): no name is written so."""
    words = name.split()
    return bool(words) and all(len(w) == 1 and w.islower() for w in words)


def _letters(name: str) -> str:
    """The name without its combining marks (Yoruba's "ẹ́" has no letter of its own: a dot and an accent over an e)
    and the marks OCR leaves at its ends."""
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.category(c).startswith("M")) \
        .strip(" .,:;|-")


def _plain(value: object) -> str:
    return re.sub(r"[\W_]", "", str(value)).upper()


def drop_impossible(out: dict[str, Field]) -> None:
    """A misread date that contradicts a surer one is dropped, and a name read with figures or signs no name holds:
    better no value than a wrong one."""
    for name in _NAME_FIELDS:
        field = out.get(name)
        if field is not None and isinstance(field.value, str) and (
                _NOT_IN_A_NAME.search(_letters(field.value)) or _stray_letters(_letters(field.value))):
            del out[name]
    issue, expiry = out.get("issue_date"), out.get("expiry_date")
    if (
        issue is not None and expiry is not None and isinstance(issue.value, date) and isinstance(expiry.value, date)
        and expiry.value <= issue.value
    ):
        del out["issue_date" if expiry.source == "zone" else "expiry_date"]
    start, end = out.get("start_date"), out.get("end_date")
    if start is not None and end is not None and isinstance(start.value, date) and isinstance(end.value, date) and (
        end.value <= start.value
    ):
        del out["end_date"]
    # a visa's own number read for the passport it was issued on (the sticker's number printed where OCR put the
    # passport's caption): a visa is never issued on itself
    number, passport = out.get("document_number"), out.get("passport_number")
    if number is not None and passport is not None and _plain(passport.value) == _plain(number.value):
        del out["passport_number"]
    vf, vu = out.get("valid_from"), out.get("valid_until")
    if vf is not None and vu is not None and isinstance(vf.value, date) and isinstance(vu.value, date) and (
        vu.value <= vf.value
    ):
        del out["valid_from" if vu.source == "zone" else "valid_until"]
