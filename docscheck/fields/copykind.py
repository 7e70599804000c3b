"""Full copy or extract: what a birth certificate says of itself, and, failing that, what it holds.

Official text: "Full copy of birth certificate with the most recent entries" ("la copie intégrale de
l'acte de naissance").  A person judges the kind of copy from the paper's own words, in this order:
1. what it says it leaves out ("sans filiation", "does not show parentage", "sans les mentions
   marginales"): an extract, whatever its title;
2. what its headings call it ("ACTE DE NAISSANCE (copie littérale)", "BIRTH CERTIFICATE (SHORT FORM)",
   "BULLETIN DE NAISSANCE", "FICHE D'ÉTAT CIVIL"), then what its body calls it; a kind named only to
   say the paper is not one ("ne remplace pas la copie intégrale", "n'est pas un extrait") tells the
   other kind;
3. with no word about itself, its content: an act giving both parents, its marginal notes and a
   statement that it is a copy conforming to the register is a full copy.  Anything else is left
   unread, so that the checklist asks a person to look ("to verify"), never a gap.
"""

from __future__ import annotations

import re

from docscheck.fields.lines import Line, page_flows
from docscheck.model import Field

# The words a copy calls itself by (folded text: capitals, no accents).
_FULL = (
    r"COPIE\s+INTEGRALE", r"COPIE\s+LITTERALE", r"COPIA\s+INTEGRA", r"COPIA\s+INTEGRALE", r"COPIA\s+LITERAL",
    r"COPIA\s+INTEGRAL", r"CERTIFICACION\s+LITERAL", r"INTEIRO\s+TEOR", r"NARRATIVA\s+COMPLETA", r"REGISTERAUSDRUCK",
    r"FULL\s+COPY", r"INTEGRAL\s+COPY", r"TRUE\s+AND\s+FULL\s+COPY", r"LONG\s+FORM", r"FULL\s+BIRTH\s+CERTIFICATE",
    r"COPY\s+OF\s+(?:AN\s+|THE\s+)?(?:BIRTH\s+)?ENTRY", r"CERTIFIED\s+COPY\s+OF\s+THE\s+(?:ORIGINAL\s+)?RECORD",
    r"COPY\s+OF\s+THE\s+(?:ORIGINAL\s+)?RECORD\s+OF\s+BIRTH", r"REPRODUIT\s+L'ACTE\s+EN\s+ENTIER",
    r"COPY\s+OF\s+THE\s+(?:WHOLE|FULL|COMPLETE)\s+(?:ENTRY|RECORD)",  # ("Certified true copy of the full entry")
)
_EXTRACT = (
    r"EXTRAIT", r"EXTRACT", r"EXTRACTO", r"EXTRATO", r"ESTRATTO", r"RIASSUNTO", r"AUSZUG", r"SHORT\s+FORM",
    r"SHORT\s+(?:BIRTH\s+)?CERTIFICATE", r"ABSTRACT", r"BREVE\s+RELATO", r"BULLETIN\s+DE\s+NAISSANCE",
    r"FICHE\s+(?:INDIVIDUELLE\s+)?D'ETAT\s+CIVIL",
)
_FULL_RE = re.compile(r"(?<![A-Z])(?:" + "|".join(_FULL) + r")(?![A-Z])")
_EXTRACT_RE = re.compile(r"(?<![A-Z])(?:" + "|".join(_EXTRACT) + r")(?![A-Z])")
# What an extract says it leaves out: the parents, the marginal notes.
_OMITS = re.compile(
    r"(?<![A-Z])(?:(?:SANS|NI)\s+(?:L'\s*)?(?:INDICATION\s+DE\s+)?(?:LA\s+)?FILIATION"
    r"|SANS\s+(?:LES\s+)?MENTIONS(?:\s+MARGINALES)?"
    r"|WITHOUT\s+(?:THE\s+)?(?:PARENTAGE|FILIATION|PARTICULARS\s+OF\s+THE\s+PARENTS|NAMES\s+OF\s+THE\s+PARENTS)"
    r"|DOES\s+NOT\s+SHOW\s+(?:THE\s+)?(?:PARENTAGE|PARENTS))(?![A-Z])"
)
# A kind named only to be denied: "ne remplace pas la copie intégrale", "n'est pas un extrait", "is not a full copy".
_DENIED = re.compile(
    r"(?:\bNE\s+(?:REMPLACE|VAUT|TIENT\s+LIEU\s+DE|CONSTITUE)\b[^.;]{0,12}?|\bN\s*'?\s*EST\s+PAS\s+|\bIS\s+NOT\s+"
    r"|\bDOES\s+NOT\s+REPLACE\s+|\bNOT\s+)(?:(?:PAS\s+)?(?:UNE?|LA|L'|AN?|THE|DE)\s*)?$"
)
# With no word about itself: both parents, marginal notes, and a copy conforming to the register.
_FATHER = re.compile(r"(?<![A-Z])(?:PERE|FATHER|PADRE|PAI)(?![A-Z])")
_MOTHER = re.compile(r"(?<![A-Z])(?:MERE|MOTHER|MADRE|MAE)(?![A-Z])")
_CHILD_OF = re.compile(r"(?<![A-Z])(?:(?:FILS|FILLE|ENFANT)\s+DE\s+[^.;]{3,80}?\s+ET\s+DE|(?:SON|DAUGHTER|CHILD)\s+OF"
                       r"\s+[^.;]{3,80}?\s+AND)(?![A-Z])")
_NOTES = re.compile(r"(?<![A-Z])(?:MENTIONS|MARGINAL|REMARKS|AMENDMENTS?|AVERBACOES|NOTAS)(?![A-Z])")
_CONFORM = re.compile(
    r"(?<![A-Z])(?:(?:COPIE\s+)?(?:CERTIFIEE\s+)?CONFORME|CONFORMEMENT\s+A\s+L'ORIGINAL|TRUE\s+COPY|CERTIFIED\s+COPY)"
    r"(?![A-Z])"
)


def _heading(raw: str) -> bool:
    """A heading: a short line in capitals (what a paper is called stands there, not in its prose)."""
    letters = [c for c in raw if c.isalpha()]
    return 0 < len(raw.split()) <= 12 and sum(c.isupper() for c in letters) >= 0.7 * len(letters)


def _said(norm: str) -> list[tuple[str, str, bool]]:
    """Every kind the text names: (kind, words, denied), in reading order."""
    hits = []
    for rx, kind, other in ((_FULL_RE, "full_copy", "extract"), (_EXTRACT_RE, "extract", "full_copy")):
        for m in rx.finditer(norm):
            denied = _DENIED.search(norm[max(0, m.start() - 40) : m.start()]) is not None
            hits.append((m.start(), other if denied else kind, m.group(0), denied))
    return [(k, w, d) for _, k, w, d in sorted(hits)]


def copy_kind(lines: list[Line]) -> Field | None:
    """`full_copy` or `extract` with the words that tell it (see the module's docstring), or None."""
    flows = page_flows(lines)
    for fl in flows:
        m = _OMITS.search(fl.norm)
        if m:
            return Field("extract", fl.raw[m.start() : m.end()], fl.page, f"omits:{m.group(0).lower()}")
    for ln in lines:
        if not _heading(ln.raw):
            continue
        kinds = {(k, w, d) for k, w, d in _said(ln.norm) if not d}
        if len({k for k, _, _ in kinds}) == 1:
            kind, words, _ = min(kinds)
            return Field(kind, words, ln.page, f"title:{words.lower()}")
    said = [(k, w, d, fl.page) for fl in flows for k, w, d in _said(fl.norm)]
    for want_denied in (False, True):
        for kind in ("full_copy", "extract"):
            for k, words, denied, page in said:
                if k == kind and denied == want_denied:
                    src = f"{'denied' if denied else 'phrase'}:{words.lower()}"
                    return Field(kind, words, page, src)
    for fl in flows:
        parents = bool(_FATHER.search(fl.norm) and _MOTHER.search(fl.norm)) or bool(_CHILD_OF.search(fl.norm))
        notes, conform = _NOTES.search(fl.norm), _CONFORM.search(fl.norm)
        if parents and notes and conform:
            return Field("full_copy", conform.group(0), fl.page, "content:parents, marginal notes, conforming copy")
    return None
