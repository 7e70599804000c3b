"""An approval's authority named in prose: the prefect, the minister or the agency that issues it, read whole over the
lines a heading or a sentence breaks it on."""

from __future__ import annotations

import re

from docscheck.fields.lines import Line, clean
from docscheck.model import Field
from docscheck.textnorm import fold

_AUTHORITY = re.compile(
    r"\b((?:LE |LA |THE )?(?:PREFETE?|PREFECT|MINISTRE|MINISTER|DIRECTEURE?|DIRECTOR|AGENCE|AGENCY)\b[^\n]{0,80})"
)


_AUTHORITY_VERB = re.compile(r"\s(?:atteste|certifie|décide|decide|arrête|déclare|accorde|certifies|decides|declares"
                             r"|grants|hereby)\b"
                             # (a signature block: "Pour le Préfet de ... et par délégation," names the authority first)
                             r"|,?\s+(?:et\s+|and\s+)?(?:par|by)\s+(?:délégation|delegation)\b", re.I)


# A heading naming the authority over lines ("PRÉFET" / "DE LA RÉGION BRETAGNE", "AGENCE DU" / "SERVICE CIVIQUE"):
# a line ending on a linking word, or the next opening on one, runs on.
_AUTHORITY_LINES = 2
_HEADING_WORDS = 8  # a heading's line is a few words, never a sentence
# (a region or a département wants its name: "Pour le Préfet de la région" / "Bretagne et par délégation")
_LINK_END = re.compile(r"(?:\b(?:DE|DU|DES|DE LA|OF|OF THE|POUR|FOR|ET|AND|REGION|DEPARTEMENT|CHARGEE?)|\bL'|\bD'|[,-])\s*$")
_LINK_START = re.compile(r"\s*(?:DE|DU|DES|D'|OF|ET|AND|CHARGEE?|IN CHARGE)\b", re.I)


def _authority_run_on(val: str, after: list[Line], page: int) -> str:
    """An authority named in a heading broken over lines, read whole (not past a sentence, a date or a number)."""
    for nxt in after:
        more = clean(nxt.raw)
        if nxt.page == page and more and _LINK_END.search(fold(val)) and (len(more.split()) > _HEADING_WORDS or "," in more):
            # a sentence wrapping after "Préfet de la région" / "Hauts-de-France, Préfet du Nord a accordé ...": the
            # region's name, up to its comma or the verb
            head = re.split(r"[,;.:]", more, maxsplit=1)[0]  # (its verb looked for folded, the name kept as written)
            head = re.sub(r"\s+(?:a|has|est|is)$", "", head[: verb.start()].strip() if (
                verb := _AUTHORITY_VERB.search(fold(head))) else head.strip())  # ("... Île-de-France a accordé")
            return f"{val} {head}" if head and len(head.split()) <= 4 and not re.search(r"\d", head) else val
        if (nxt.page != page or not more or re.search(r"\d|[.:;]", more) or len(more.split()) > _HEADING_WORDS
                or not (_LINK_END.search(fold(val)) or _LINK_START.match(more))):
            break
        val = f"{val} {more}"
    return val


_BARE_TITLE = re.compile(r"(?:LE |LA |THE )?(?:PREFETE?|PREFECT|MINISTRE|MINISTER|DIRECTRICE|DIRECTEUR)\W*")


def authority_in_prose(lines: list[Line]) -> Field | None:
    """The authority an act names in its heading or its first sentence ("Le Préfet de la région Bretagne" over two
    lines, "le Préfet de la / région Île-de-France a accordé ..."); a bare title signing a cover letter ("Pour le
    préfet,") only where no line names it in full."""
    bare = None
    for i, ln in enumerate(lines):
        m = _AUTHORITY.search(ln.norm)
        if m:
            # (the authority ends where its verb starts: "Le Préfet de ... atteste que ...")
            val = _authority_run_on(clean(ln.raw[m.start(1) : m.end(1)]), lines[i + 1 : i + 1 + _AUTHORITY_LINES], ln.page)
            val = clean(re.split(r"\s[–—]\s|<", _AUTHORITY_VERB.split(val, maxsplit=1)[0], maxsplit=1)[0])
            found = Field(val, val, ln.page, "phrase:authority")
            if not _BARE_TITLE.fullmatch(fold(val)):
                return found
            bare = bare or found
    return bare
