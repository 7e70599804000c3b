"""What a birth certificate says of the parents, set apart from what it says of the child it is about."""

from __future__ import annotations

import re

from docscheck.fields.lines import Line
from docscheck.model import Field
from docscheck.textnorm import fold

# A parent named on a birth certificate: from the mention on, the line speaks of the parent ("fils de Abdoulaye
# GUEYE, né le ...", "Père : ...", "Father  DIOP  Moussa"), never of the child the certificate is about.
_PARENT_MENTION = re.compile(
    r"(?<![A-Z])(?:(?:FILS|FILLE|FILHO|FILHA|HIJO|HIJA)\s+DE|(?:SON|DAUGHTER|CHILD)\s+OF(?!\s+THE\s+(?:MALE|FEMALE)\b)"
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


# A parent's name after the words that name them ("FILLE DE HERVE FOTSO", "WHOSE FATHER IS HOANG PHAM", "Père : ..."):
# up to the next comma, "and", "et" or the sentence's end.
_PARENT_NAME = re.compile(
    r"(?<![A-Z])(?:(?:FILS|FILLE|SON|DAUGHTER|CHILD)\s+(?:DE|OF)|(?:FATHER|MOTHER)\s+IS|PERE|MERE|FATHER|MOTHER)"
    r"\s*:?\s+([A-Z' -]{2,60}?)(?=\s*(?:,|\.|;|\bAND\b|\bET\b|$))"
)


def surname_by_parents(out: dict[str, Field], text: str) -> None:
    """A name all in capitals ("ESTELLE FOTSO") does not say which word is the surname; the parents' names do: the
    word the child shares with a parent ("FILLE DE HERVE FOTSO", "WHOSE FATHER IS HOANG PHAM") is the family name.
    Mends `out`'s surname and given names when the parents tell them the other way round."""
    surname, given = out.get("surname"), out.get("given_names")
    if surname is None or given is None:
        return
    s, g = str(surname.value), str(given.value)
    if not (s.isupper() and g.isupper()):
        return  # (capitals for the surname alone already tell it)
    # (each parent's last word: "HOANG PHAM", "VALENTINA GOMEZ" -- a mother may share the child's given name)
    parents = {m.group(1).split()[-1] for m in _PARENT_NAME.finditer(fold(text)) if m.group(1).split()}
    words = fold(f"{s} {g}").split()
    shared = [w for w in words if w in parents]
    if not shared or fold(s).split() == shared:
        return
    family = " ".join(w for w in f"{s} {g}".split() if fold(w) in shared)
    rest = " ".join(w for w in f"{s} {g}".split() if fold(w) not in shared)
    if family and rest:
        out["surname"] = Field(family, surname.raw, surname.page, surname.source + ", the parents' surname")
        out["given_names"] = Field(rest, given.raw, given.page, given.source + ", the parents' surname")
