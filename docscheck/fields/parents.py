"""What a birth certificate says of the parents, set apart from what it says of the child it is about."""

from __future__ import annotations

import re

from docscheck.fields.lines import Line

# A parent named on a birth certificate: from the mention on, the line speaks of the parent ("fils de Abdoulaye
# GUEYE, né le ...", "Père : ...", "Father  DIOP  Moussa"), never of the child the certificate is about.
_PARENT_MENTION = re.compile(
    r"(?<![A-Z])(?:(?:FILS|FILLE|FILHO|FILHA|HIJO|HIJA)\s+DE|(?:SON|DAUGHTER|CHILD)\s+OF"
    r"|PERE|MERE|FATHER|MOTHER|PADRE|MADRE|(?:PAI|MAE|FILIATION|FILIACAO|FILIACION|PARENTS)(?=\s*:))(?![A-Z])"
    # an act's bare "de <name>, né le ..." / "et de <name>, née le ...": the child is born of them
    r"|(?:^|(?<=,)|(?<=\bET))\s*DE\s+(?=[^,\d]{3,60},\s*NEE?\s+(?:LE|A|EN)\b)"
)


def without_parents(lines: list[Line]) -> list[Line]:
    """The lines with what they say of a parent cut off (a line that only speaks of one left out); a sentence
    naming a parent in prose ("fils de Abdoulaye GUEYE, / né le 12/03/1968, commerçant.") is cut to its end."""
    out = []
    carry = False  # a parent's clause runs on from the line before
    for ln in lines:
        if carry:
            end = re.search(r"[.;]", ln.norm)
            carry = end is None
            if end is None:
                continue
            ln = Line(ln.page, " " * (end.end()) + ln.raw[end.end() :], " " * end.end() + ln.norm[end.end() :])
        m = _PARENT_MENTION.search(ln.norm)
        if m is not None:
            carry = " " in m.group(0) and re.search(r"[.;]", ln.norm[m.end() :]) is None
            if not ln.raw[: m.start()].strip(" \t:|/-"):
                continue
            ln = Line(ln.page, ln.raw[: m.start()], ln.norm[: m.start()])
        if ln.raw.strip():
            out.append(ln)
    return out
