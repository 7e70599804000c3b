"""The mission's character: "Mission has a social or humanitarian character", read in the contract's words.

A condition of kind `keywords` (rules.toml, `mission_character`): the mission's description, else the contract's
whole text, says so in the words of the official list of actions; a mission read that serves people in other
words is for a person to judge; a reading too unsure to fault the contract is to verify or a note.
"""

from __future__ import annotations

import math
import re

from docscheck import classify
from docscheck.checklist.context import Context, evidence, text_value
from docscheck.checklist.identity import name_tokens
from docscheck.checklist.rules import Condition
from docscheck.model import DocType, Document, Severity

_HOST_NAME = re.compile(r"(?i:structure d['’]accueil|host (?:organi[sz]ation|structure|site)|lieu d['’]accueil)"
                        r"\s*:\s*[^,;\n]+")
_SOCIAL_BODY = re.compile(r"\b(?:centres? (?:inter)?communa(?:l|ux)|ccas|cias|direction (?:[a-z]+ ){0,4}de l) "
                          r"d? ?action sociale\b")


def _plain(s: str) -> str:
    return " ".join(name_tokens(s)).lower()


# A classification at least this sure is no near tie: what a lead of `NEAR_TIE` gives at full strength.
CONFIDENT = 1.0 / (1.0 + math.exp(-classify.NEAR_TIE / classify.MARGIN_SCALE))


def _unsure(ctx: Context, doc: Document) -> str:
    """Why what was read on a document is not enough to fault it ('' when it is): it may be another
    document, its type was a near call, or its page images are too poor to trust their words."""
    if doc.where in ctx.set_aside:
        return f"{doc.where}: may be another document"
    if doc.classification.confidence < CONFIDENT:
        return f"{doc.where}: read as {doc.type.value} without certainty ({doc.classification.confidence:.2f})"
    if doc.file.poor_pages:
        return f"{doc.where}: page images too poor to trust their words ({', '.join(doc.file.poor_reasons)})"
    return ""


def keywords(ctx: Context, cond: Condition) -> None:
    """"Mission has a social or humanitarian character": the mission's description, else the contract's
    whole text, says so in the words of the official list of actions.  Not saying so is reported only
    when the mission was read, on a document surely the contract, from legible text; otherwise it is
    for a person to check, not the contract's fault."""
    docs = ctx.docs(DocType(cond.params["type"]))
    if not docs:
        return
    doc = docs[0]
    name = cond.params.get("field", "")
    words = [_plain(w) for w in cond.params["words"]]
    # The mission field first; the whole text when the field was not found or says too little, without the
    # association's name: a name says what the body is ("Entraide ..."), not what this mission is.
    whole = _plain(_HOST_NAME.sub(" ", _marked_choices(doc.file.text)))
    if assoc := _plain(text_value(doc, "association")):
        whole = f" {whole} ".replace(f" {assoc} ", " ")
    # nor the name of the place the volunteer serves ("Structure d'accueil : Résidence autonomie Les Tilleuls"), nor a
    # public body's ("centre communal d'action sociale"): what the body does, not what this mission is
    whole = _SOCIAL_BODY.sub(" ", whole)
    for text in (_plain(text_value(doc, name)) if name else "", whole):
        hay = f" {text} "
        found = [w for w in words if f" {w} " in hay]
        if found:
            return
    ev = (f"{doc.where}: none of the words of a social or humanitarian mission found",)
    if name and not text_value(doc, name):
        ctx.not_read(cond.id, cond.severity, doc, name, (evidence(doc, name), *ev))
        return
    if why := _unsure(ctx, doc):
        _unconfirmed(ctx, cond, doc, name, (*ev, why))
        return
    mission = f" {_plain(text_value(doc, name))} " if name else ""
    if people := [w for w in map(_plain, cond.params.get("people_words", ())) if f" {w} " in mission]:
        # a mission for people, in words not on the list: a person judges its character
        ctx.add("field_unreadable", None, Severity.INFO, (doc.where,),
                {"file": doc.where, "doc_type": doc.type.value, "field": name, "rule": cond.id, "reason": "unlisted",
                 "people": ", ".join(people[:3])},
                (*ev, f"{doc.where}: its {name} serves people ({', '.join(people[:3])})"))
        return
    ctx.add(cond.gap, None, cond.severity, (doc.where,), {"file": doc.where}, ev)


# A form's line offering choices, one ticked ("Nature de la mission : sociale / humanitaire  éducative  X autre"): the
# box's mark, a cross or a tick standing alone before the option it marks.
_TICK = re.compile(r"(?:^|(?<=\s))[Xx☒✓✔✗■](?=\s+\w)")


def _marked_choices(text: str) -> str:
    """The text with each line of ticked choices cut to what follows its first mark: the options left unticked
    are not what the form says."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        tick = _TICK.search(line)
        if tick is not None and ":" in line[: tick.start()]:
            lines[i] = line[: line.index(":") + 1] + line[tick.end() :]
        elif tick is None and _TICK_ASKED.search(line.split(":", 1)[0]) and ":" in line:
            lines[i] = line[: line.index(":") + 1]  # the choices offered, the mark not in the text: none is said
    return "\n".join(lines)


# A caption asking for a mark ("Domaine (cocher) :", "Area (tick one):").
_TICK_ASKED = re.compile(r"(?i)\b(?:cocher|cochez|coche|tick|check one|mark one|une croix)\b")


def _unconfirmed(ctx: Context, cond: Condition, doc: Document, name: str, ev: tuple[str, ...]) -> None:
    """A field read, but on a reading too unsure to fault the document: to verify for an error-level
    rule, a note for a lesser one (as for a field not read)."""
    params = {"file": doc.where, "doc_type": doc.type.value, "field": name, "rule": cond.id, "reason": "unsure"}
    if cond.severity is Severity.ERROR:
        ctx.verify(cond.id, "field_unreadable", (doc.where,), params, ev)
        return
    ctx.add("field_unreadable", None, Severity.INFO, (doc.where,), params, ev)
