"""Who wrote a letter: the name its sender block and its signature give (case telling surname from given names),
the name in the volunteer's column of a signatures' table, and a sender's block above the text."""

from __future__ import annotations

import re

from docscheck.fields.labels import ANY_LABEL, LABEL_RES
from docscheck.fields.lines import Line
from docscheck.fields.people import HONORIFIC, OTHER_PARTY, PARTICLES, looks_like_a_name, named
from docscheck.model import Field
from docscheck.textnorm import fold

# A line holding a person's name alone, as a letter's sender block or signature gives it ("EL FASSI Imane",
# "Imane EL FASSI"): capitalised words, particles aside, the surname in capitals and a given name not, so
# that case tells them apart.
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f]|['’-](?=[^\W\d_]))*")
# The words a letter's writer signs under or after: a closing, their role, a signature label.
_SIGN_OFF = re.compile(
    r"\b(?:LE|LA|THE) (?:VOLONTAIRE|VOLUNTEER|SOUSSIGNEE?|UNDERSIGNED|DECLARANTE?|INTERESSEE?)\b|\bSIGNATURE\b"
    r"|\bCONSIDERATION\b|\bSALUTATIONS\b|\bSINCERELY\b|\bFAITHFULLY\b|\bREGARDS\b|\bCORDIALEMENT\b"
    r"|\bRESPECTUEUSEMENT\b|\bRESPECTFULLY\b|\bLU ET APPROUVE\b|\bREAD AND APPROVED\b"
)
_EDGE_LINES = 4


def _bare_name(ln: Line) -> str:
    """The line's text when it is a person's name and nothing else, else ""."""
    raw = HONORIFIC.sub("", ln.raw.strip())
    words = raw.split()
    if not 2 <= len(words) <= 6 or ANY_LABEL.search(ln.norm) or OTHER_PARTY.search(ln.norm):
        return ""
    if not all(_NAME_WORD.fullmatch(w) and (w[:1].isupper() or w.lower() in PARTICLES) for w in words):
        return ""
    upper = [w for w in words if w.isupper() and len(w) > 1]
    mixed = [w for w in words if not w.isupper() and w.lower() not in PARTICLES]
    return raw if upper and mixed else ""


def _same_person(a: str, b: str) -> bool:
    return sorted(fold(a).split()) == sorted(fold(b).split())


def writer_names(lines: list[Line]) -> dict[str, Field]:
    """A first-person letter's writer, as its sender block and its signature name them: the same name on a
    line of its own at the top and at the bottom, or at the bottom right under the words one signs after."""
    if not lines:
        return {}
    first = [ln for ln in lines if ln.page == lines[0].page][:_EDGE_LINES]
    last_page = [ln for ln in lines if ln.page == lines[-1].page]
    last = last_page[-_EDGE_LINES:]
    top = [n for n in map(_bare_name, (ln for ln in first if not any(ln is x for x in last))) if n]
    for i, ln in enumerate(last):
        name = _bare_name(ln)
        if not name:
            continue
        if any(_same_person(name, t) for t in top):
            return named(name, ln.page, "letter:sender and signature")
        above = last[i - 1] if i else (last_page[-len(last) - 1] if len(last_page) > len(last) else None)
        if above is not None and _SIGN_OFF.search(above.norm):
            return named(name, ln.page, "letter:signature")
    return {}


# A row of the parties' captions side by side, the volunteer's last ("L'ORGANISME D'ACCUEIL   LE / LA VOLONTAIRE").
_ROLE_COLUMN_LAST = re.compile(r"\S.*\s(?:(?:LE|LA)\s*/\s*(?:LE|LA)\s+|LE\s+|LA\s+|THE\s+)?(?:VOLONTAIRE|VOLUNTEER)\s*$")


def name_in_role_column(lines: list[Line]) -> dict[str, Field]:
    """The volunteer named in the last column under a row of the parties' captions: the line below ends with
    the name, its surname in capitals opening it after the other column's words ("Les Jardins TRẦN Văn Minh")."""
    for ln, below in zip(lines, lines[1:], strict=False):
        if below.page != ln.page or re.search(r"\d", ln.norm) or not _ROLE_COLUMN_LAST.fullmatch(ln.norm):
            continue
        words = below.raw.split()
        start = next((j for j in range(1, len(words)) if words[j].isalpha() and words[j].isupper() and len(words[j]) > 1
                      and not words[j - 1].isupper()), None)
        if start is None:
            continue
        run = " ".join(words[start:])
        if ":" in " ".join(words[:start]) or all(len(w) <= 2 for w in words[start:]):
            continue  # a caption's value ("Paraphes : HM CC TV"), the parties' initials: no name
        if 2 <= len(words) - start <= 5 and looks_like_a_name(run):
            return named(run, below.page, "column:volunteer")
    return {}


# The particulars a sender block gives under its writer's name: birth, nationality, passport.
_PARTICULARS = ("date_of_birth", "nationality", "passport_number")
# ... or the writer's role in their own words ("Volontaire accueillie par ...", "Volunteer at ...").
_WRITER_ROLE = re.compile(r"\s*(?:VOLONTAIRE|VOLUNTEER|BENEVOLE)\b")


def sender_block(lines: list[Line]) -> dict[str, Field]:
    """A letter's writer named at the top of its first page, on one line or stacked over two ("Moussa" /
    "DIALLO"), right over their particulars ("Né le ...", "Nationalité ..."): a person's block, not a body's."""
    first = [ln for ln in lines if ln.page == lines[0].page][:_EDGE_LINES] if lines else []
    for i, ln in enumerate(first):
        for j in (i, i + 1):
            if j >= len(first):
                continue
            joined = " ".join(x.raw.strip() for x in first[i : j + 1])
            name = _bare_name(Line(ln.page, joined, fold(joined)))
            after = first[j + 1 : j + 3]
            if name and any(LABEL_RES[f].match(x.norm.strip()) for x in after for f in _PARTICULARS) or (
                    name and after and _WRITER_ROLE.match(after[0].norm)):
                return named(name, ln.page, "letter:sender block")
    return {}
