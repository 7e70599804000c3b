"""Periods written as ranges: a contract's "du <date> au <date>", a form's "Du :" over "Au :", a row of two
captions over a row of two dates, a document's validity ("Valable du ... au ...")."""

from __future__ import annotations

import re

from docscheck.fields.finders import dates_in_text
from docscheck.fields.lines import Flow, Line, clean, page_flows
from docscheck.model import Field

# "du <date> au <date>" / "from <date> to <date>".
# (and in the other languages a visa's copy or a card may use: "del ... al", "de ... até", "vom ... bis")
_RANGE_FROM = re.compile(r"\b(?:DU|FROM|DEPUIS LE|VALABLE DU|VALID FROM|A COMPTER DU|DEL|DESDE|VOM|DAL)\b\s*[:/]?\s*$")
_TO_WORDS = r"AU|TO|UNTIL|JUSQU'AU|AL|HASTA|ATE|BIS|FINO AL|[-–]|→|->|>"
_RANGE_TO = re.compile(rf"^\s*[:/,]?\s*(?:{_TO_WORDS})\s*[:/]?\s*")


_WEEKDAY = (r"(?:LUNDI|MARDI|MERCREDI|JEUDI|VENDREDI|SAMEDI|DIMANCHE|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY"
            r"|SATURDAY|SUNDAY)")


def date_ranges(lines: list[Line]) -> list[tuple[Field, Field]]:
    """Every "du <date> au <date>" / "from <date> to <date>" pair (on a line, or a sentence wrapped over two:
    "du samedi 1er / août 2026 au lundi 31 mai 2027")."""
    out = []
    texts: list[Line | Flow] = [*lines, *page_flows(lines)]
    for ln in texts:
        found = dates_in_text(ln.raw)
        for a, b in zip(found, found[1:], strict=False):
            between = ln.norm[a.end : b.start]
            before = ln.norm[max(0, a.start - 30) : a.start]
            if _RANGE_TO.match(between) and re.fullmatch(rf"[\s:/,]*(?:{_TO_WORDS})[\s:/]*(?:{_WEEKDAY}\s+)?", between):
                src = "phrase:du ... au" if re.search(r"\bDU\b|\bAU\b", before + between) else "phrase:from ... to"
                if _RANGE_FROM.search(before) or src:
                    out.append((Field(a.value, a.raw, ln.page, src), Field(b.value, b.raw, ln.page, src)))
    for ln, nxt in zip(lines, lines[1:], strict=False):  # a form's "Du : <date>" over "Au : <date>"
        first, second = dates_in_text(ln.raw), dates_in_text(nxt.raw)
        if nxt.page != ln.page or len(first) != 1 or len(second) != 1:
            continue
        a, b = first[0], second[0]
        if (_RANGE_FROM.search(ln.norm[: a.start]) and not ln.norm[a.end :].strip()
                and re.fullmatch(rf"\s*(?:{_TO_WORDS})\s*:?\s*", nxt.norm[: b.start]) and a.value < b.value):
            out.append((Field(a.value, a.raw, ln.page, "label:du / au"), Field(b.value, b.raw, nxt.page, "label:du / au")))
    return out



# A row of two cells' labels naming a period's ends ("Début  Fin", "Start date  End date", "Du  Au"), no value.
_PERIOD_ROW = re.compile(
    r"\s*(?:DATE DE\s+|DATE D')?(?:DEBUT|START|FROM|DU|COMMENCEMENT|PREMIER JOUR|FIRST DAY|ARRIVEE|ARRIVAL)\b[^\d:]{0,40}?"
    r"\b(?:FIN|END|TO|AU|UNTIL|DERNIER JOUR|LAST DAY|DEPART|DEPARTURE)\b[^\d:]{0,30}"
)


def period_row(lines: list[Line], *, among_cells: bool = False) -> tuple[Field, Field] | None:
    """A period written as a row of two labels over a row of two dates ("Début  Fin" / "01.02.2026  31.01.2027").

    `among_cells`: the period's two labels may share their row with other cells' labels, with no figure
    ("VALID FOR  FROM  UNTIL" / "FRANCE  12.10.26  11.10.27"): the row below's only two dates, in order, are
    the period's, whatever the other cells hold (OCR squeezes the spaces of the two rows differently, so a
    date's place along its line does not say which label it sits under)."""
    for ln, nxt in zip(lines, lines[1:], strict=False):
        if nxt.page != ln.page:
            continue
        whole = _PERIOD_ROW.fullmatch(ln.norm)
        if not whole and not (among_cells and not re.search(r"\d", ln.norm) and _PERIOD_ROW.search(ln.norm)):
            continue
        found = dates_in_text(nxt.raw)
        rest = nxt.raw
        for d in reversed(found):
            rest = rest[: d.start] + rest[d.end :]
        if len(found) == 2 and (not re.sub(r"[\s|/,;–-]", "", rest) if whole else found[0].value < found[1].value):
            src = f"label row:{clean(ln.raw).lower()[:30]}"
            return Field(found[0].value, found[0].raw, nxt.page, src), Field(found[1].value, found[1].raw, nxt.page, src)
    return None


# A validity's words before its range ("Valable du ... au ...", "Valid from ... to ...", "Validez: ... - ...").
_VALIDITY = re.compile(r"\b(?:VALABLE|VALIDE|VALID|VALIDITY|VALIDITE|VALIDEZ|VALIDO|GULTIG)\b")


def validity_range(lines: list[Line]) -> tuple[Field, Field] | None:
    """A document's period of validity written as a range, on one line or over several ("Valable du" /
    "01 09 2025" / "au" / "31 08 2030" in a card's narrow box)."""
    for fl in page_flows(lines):
        found = dates_in_text(fl.raw)
        for a, b in zip(found, found[1:], strict=False):
            between = fl.norm[a.end : b.start]
            if re.fullmatch(rf"[\s:/,]*(?:{_TO_WORDS})[\s:/]*", between) and _VALIDITY.search(
                fl.norm[max(0, a.start - 30) : a.start]
            ):
                src = "phrase:valid from ... to"
                return Field(a.value, a.raw, fl.page, src), Field(b.value, b.raw, fl.page, src)
    return None
