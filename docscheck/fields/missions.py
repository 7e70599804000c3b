"""The volunteer's mission after a label or under a heading that names it, in any words.

"Nature de la mission : ...", "Article 3 - Missions confiées" over its paragraph, a form's "Nature de la mission
........ <written in>", "Description of duties:", a table's row, "consistant à ...": the text a person reads as
what the volunteer will do.  `duties` adds the sentences that hand the volunteer their duties.
"""

from __future__ import annotations

import re

from docscheck.fields.labels import ANY_LABEL
from docscheck.fields.lines import Line, clean, page_flows
from docscheck.fields.organisation import LABEL_LINE
from docscheck.model import Field
from docscheck.textnorm import fold

# Shorter than this, what follows a mission heading is a stray word, not a description (set by hand).
_MIN_MISSION_CHARS = 11


# The nouns that name what a volunteer does ("Missions confiées", "Nature de la mission", "Description of duties").
_MISSION_NOUN = re.compile(r"\b(?:MISSIONS?|TACHES?|ACTIVITES?|DUTIES|TASKS?|ROLE|FONCTIONS|ATTRIBUTIONS"
                           r"|RESPONSIBILITIES|ASSIGNMENT|PLACEMENT|SERVICES)\b")
# ... and the words that make such a heading name something else ("Date de fin de la mission", "Lieu de la mission").
_NOT_THE_MISSION = re.compile(
    r"\b(?:DATES?|DUREE|DURATION|LIEU|PLACE|LOCATION|DEBUT|FIN|START|END|HORAIRES?|HOURS|TEMPS|TIME|INDEMNITES?"
    r"|ALLOWANCE|TUTEUR|TUTOR|REFERENT|SUPERVISOR|ADRESSE|ADDRESS|PERIODE|PERIOD|CONGES?|LEAVE|FRAIS|EXPENSES"
    r"|ORGANISATION|ORGANIZATION|SIGNATURE|FRANCE|TERRITOIRE|TERRITORY|QUITTER"
    r"|CONTRAT|CONTRACT|AGREEMENT|CONVENTION|ENGAGEMENT|ATTESTATION|CERTIFICATE?|ACCORD)\b"
)
_HEADING_WORDS = 7  # a heading or a label is a few words, never a sentence (set by hand)
# What may stand before a mission heading on its line: nothing, an article's number, a bullet.
_BEFORE_HEADING = re.compile(r"\s*(?:(?:ARTICLE|ART\.?|CLAUSE|SECTION|§|ANNEXE?|APPENDIX|SCHEDULE)\s*\d+\w*\s*[-–:.)]?\s*|\d{1,2}\s*[.)-]\s*|[•·*▪►-]\s*)?")


def _mission_heading(norm: str) -> tuple[str, int] | None:
    """The heading or label that names the mission on a line (whatever its words) and where its value starts:
    after the colon, or at the line's end when the heading stands alone (its paragraph below)."""
    lead = _BEFORE_HEADING.match(norm)
    start = lead.end() if lead else 0
    # (a form's leader ends a caption as a colon does: "Nature de la mission ........ animer ...")
    mark = _CAPTION_END.search(norm, start)
    colon = mark.start() if mark else -1
    head = norm[start : colon if colon >= 0 else len(norm)].strip(" .-–")
    if not head or len(head.split()) > _HEADING_WORDS or re.search(r"\d", head):
        return None
    if not _MISSION_NOUN.search(head) or _NOT_THE_MISSION.search(head):
        return None
    if colon < 0 and not re.fullmatch(r"[A-Z' ()/-]+", head):
        return None
    return head, (mark.end() if mark else len(norm))


_CAPTION_END = re.compile(r":|[._…]{4,}")
# A form's row: its caption, then a leader ("Caractère ........ social").
_LEADER_ROW = re.compile(r"\s*[^\W\d_][\w'’ ()/-]{1,40}?\s*[._…]{4,}")
_LEADER = re.compile(r"\s*[._…]{4,}\s*")
# "Article 1 - Objet": a heading alone naming the contract's object, its paragraph the mission.
_OBJECT_HEADING = re.compile(r"(?:OBJET|OBJECT|PURPOSE)(?: DU CONTRAT| OF THE (?:CONTRACT|AGREEMENT))?")
# Function words a heading in title case may hold in lower case ("Description of duties", "Nature de la mission").
_HEADING_SMALL = {"de", "du", "des", "la", "le", "les", "l'", "d'", "of", "the", "and", "et", "au", "aux", "à", "a",
                  "en", "in", "for", "pour", "/"}
_MISSION_PHRASE = re.compile(
    r"\b(?:CONSISTANT A|CONSISTE A|CONSISTERA A|CONSISTE EN|CONSISTERA EN|CONSISTING OF|CONSISTS OF|CONSISTS IN"
    r"|CONSISTING IN|WILL CONSIST OF|WILL CONSIST IN|A POUR MISSIONS? DE|AURA POUR MISSIONS? DE|AURA POUR TACHES? DE"
    r"|WILL BE (?:RESPONSIBLE FOR|IN CHARGE OF|TASKED WITH)|THE VOLUNTEER WILL|THE VOLUNTEER SHALL(?! LEAVE\b)"
    r"|MISSION (?:IS|WILL BE) TO|MISSION EST DE|MISSION SERA DE|CHARACTER:)\s+"
    r"|\bSERA CHARGEE?\s*(?:\(E\))?\s+(?:DE\s+|D')"  # "sera chargée d'accueillir"
    # "Le volontaire est accueilli pour organiser ...", "the volunteer is hosted to run ...": what they come to do
    r"|\b(?:LE|LA) VOLONTAIRE EST ACCUEILLIE?\s*(?:\(E\))?\s+POUR\s+|\bTHE VOLUNTEER IS (?:HOSTED|WELCOMED) TO\s+"
)
_CUT_ON = re.compile(r"\b(?i:its|the|of|in|a|an|to|for|with|by|de|du|des|la|le|les|à|au|aux|et|and|son|sa|ses|leur|par"
                     r"|pour|sur|dans|avec)$")
_SUBCLAUSE = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\s+")
# A list's next item: the mission's paragraph stops there.
_BULLET = re.compile(r"\s*[•·*▪►]\s")


def _standing_heading(raw: str, head: str, led: bool) -> bool:
    """A heading without a colon stands alone on its line: numbered ("Article 2 - Nature de la mission"),
    in title case, or opening on the noun ("Missions confiées au volontaire"), never a sentence's piece."""
    words = re.sub(r"^[\W\d]*(?:(?i:article|art\.?|clause|section)\s*\d+\w*\s*[-–:.)]?\s*)?", "", raw.strip()).split()
    if not words or not words[0][:1].isupper() or raw.rstrip().endswith((",", ";")):
        return False
    title_case = all(w[:1].isupper() or w.lower() in _HEADING_SMALL or w.lower().startswith(("d'", "l'")) for w in words)
    return led or title_case or bool(_MISSION_NOUN.match(head))


# A mission section's own captions for what the mission is ("3. Mission" / "Intitulé : ..." / "Description : ...").
_DESCRIBING = re.compile(r"\s*(?:INTITULE|DESCRIPTION|OBJET|NATURE|TITLE|TITRE|CONTENU|DETAILS?|RESUME|SUMMARY)\s*"
                         r"(?:DE LA MISSION|OF THE (?:MISSION|ROLE))?\s*:")


def _described_below(lines: list[Line], i: int) -> str:
    """Under a mission's heading standing alone, its section's captioned rows that describe it: the fullest."""
    found = []
    for nxt in lines[i + 1 : i + 6]:
        if nxt.page != lines[i].page:
            break
        m = _DESCRIBING.match(nxt.norm)
        if m is not None:
            found.append(clean(nxt.raw[m.end() :]))
    return max(found, key=len, default="")


# A page's foot under the text: its number ("1/2 — suite au verso", "Page 2 of 3").
_PAGE_FOOT = re.compile(r"\s*(?:PAGE\s*)?\d{1,2}\s*(?:/|SUR|OF)\s*\d{1,2}\b")
_SECTION_ROWS = 4  # a form's section holds its captions in the few rows under its heading


def _caption_in_section(lines: list[Line], i: int) -> bool:
    """A mission caption of the form's own under the heading of line `i`: on the next row with its value ("Nature de
    la mission : X"), or a row or a few lower, before the next heading, ending its line, its value below
    ("Description de la mission :" / "...... animer ...")."""
    for n, ln in enumerate(lines[i + 1 : i + 1 + _SECTION_ROWS]):
        if ln.page != lines[i].page or re.match(r"\s*(?:\d{1,2}\s*[.)-]|ARTICLE|ART\.|§)\s", ln.norm):
            return False
        below = _mission_heading(ln.norm)
        if below is not None and (clean(ln.raw[below[1] :]) if n == 0 else bool(_CAPTION_END.search(ln.norm)) and not clean(
                _LEADER.sub(" ", ln.raw[below[1] :]))):
            return True
    return False


def _paragraph_below(lines: list[Line], i: int, value: str) -> list[str]:
    """The lines under a heading (or a label's first line of value), up to the next article, label or list item."""
    parts = [value] if value else []
    # (a numbered section's paragraph ends where the next number heads its line: "3. Role" ... "4. Hours")
    number = re.match(r"\s*(\d{1,2})\s*[.)-]\s", lines[i].norm)
    next_section = re.compile(rf"\s*{int(number.group(1)) + 1}\s*[.)-]\s") if number else None
    listed = False  # a lead-in ending on a colon ("aura pour missions de :"): its list's first item goes on it
    for nxt in lines[i + 1 : i + 8]:
        lead_in = bool(parts) and parts[-1].endswith(":") and not listed
        # (a sentence running on in lower case, its line before unfinished: "... à caractère social et" / "humanitaire :
        # animer ...", no label whatever colon it holds)
        # (or a line cut on a word that cannot end a sentence: "... as worded in its" / "French project sheet: « ... »")
        runs_on = bool(parts) and not re.search(r"[.:;!?]\s*$", parts[-1]) and (
            nxt.raw.lstrip()[:1].islower() or bool(_CUT_ON.search(parts[-1])))
        if _LEADER.fullmatch(nxt.raw):
            continue  # a form's dotted line under a value's first line: the value goes on below it
        if nxt.page != lines[i].page or re.match(r"\s*(?:ARTICLE|ART\.|CLAUSE|SECTION|§)\s*\d", nxt.norm) or (
            _PAGE_FOOT.match(nxt.norm) or (next_section and next_section.match(nxt.norm))) or (
            not runs_on and (ANY_LABEL.match(nxt.norm) or LABEL_LINE.match(nxt.raw) or _LEADER_ROW.match(nxt.raw)
                             or (parts and _BULLET.match(nxt.raw) and not lead_in))
        ):
            break
        listed = listed or (lead_in and bool(_BULLET.match(nxt.raw)))
        parts.append(_BULLET.sub("", nxt.raw, count=1).strip())
    return parts


# A mission told as pointing elsewhere ("la mission décrite dans la fiche mission jointe en annexe"): the
# description is where it points.
_POINTS_ELSEWHERE = re.compile(
    r"\b(?:DECRITES? (?:DANS|EN|CI)|DEFINIES? (?:DANS|EN)|PRECISEES? (?:DANS|EN)|FIGURANT (?:DANS|EN)|EN ANNEXE|CI-JOINTE?"
    r"|JOINTE? EN ANNEXE|DESCRIBED IN|SET OUT IN|DEFINED IN|ANNEXED|ATTACHED|IN (?:THE )?ANNEX|SEE ANNEX)\b"
)
# A table's row: the mission's caption (a few words ending on the noun), then its text in lower case on the same
# line ("Descriptif de la mission accompagner des personnes ...").
_MISSION_ROW = re.compile(
    r"\s*([A-ZÀ-Ý][\w'’]*(?:\s+[\w'’]+){0,4}?\s+(?i:missions?|tâches|taches|activités|activites|duties|tasks))"
    r"\s+(?=[a-zà-ÿ])"
    # or the noun first, then the participle that makes it a caption ("Mission confiée  Animer des ateliers ...")
    r"|\s*((?i:missions?|tâches|taches|activités|activites|duties|tasks)\s+(?i:confiée?s?|proposée?s?|assignée?s?"
    r"|assigned|entrusted))\s+(?=[A-ZÀ-Ýa-zà-ÿ])"
)


# A caption is a noun's phrase: a sentence opens on an article or a pronoun, or holds a possessive ("Le volontaire
# consacre à sa mission ...").
_SENTENCE_WORDS = re.compile(r"^(?:Le|La|Les|L['’]|The|Il|Elle|He|She|They|Ils|Elles|Nous|We|Je|I)\b|\b(?:sa|son|ses|his|her"
                             r"|their|its|notre|votre|our|your)\b")


def _mission_row(lines: list[Line]) -> Field | None:
    """The mission in a table's row, its text wrapping onto the next lines (which open in lower case)."""
    for i, ln in enumerate(lines):
        m = _MISSION_ROW.match(ln.raw)
        caption = (m.group(1) or m.group(2)) if m else ""
        if m is None or _NOT_THE_MISSION.search(fold(caption)) or ":" in ln.raw or _SENTENCE_WORDS.search(caption):
            continue
        text = row_text(lines, i, m.end())
        if len(text) >= _MIN_MISSION_CHARS:
            return Field(text, text, ln.page, f"table row:{clean(caption).lower()[:40]}")
    return None


ROW_LINES = 3  # a table cell's text wraps onto this many lines at most


def row_text(lines: list[Line], i: int, start: int) -> str:
    """A table row's text from `start` on line `i`, with the lines it wraps onto (which open in lower case)."""
    parts = [lines[i].raw[start:].strip()]
    for nxt in lines[i + 1 : i + 1 + ROW_LINES]:
        if nxt.page != lines[i].page or not nxt.raw.strip()[:1].islower():
            break
        parts.append(nxt.raw.strip())
    return clean(" ".join(parts))


def find_mission(lines: list[Line]) -> Field | None:
    """The mission text (see `_mission_text`); where that text only points to another part of the document
    (an annexed "fiche mission"), the mission written there."""
    found = _mission_text(lines)
    if found is not None and _POINTS_ELSEWHERE.search(fold(str(found.value))):
        # (the annex's own heading naming the mission: "Schedule 1 – Role description", "Annexe 1 - Fiche mission")
        annexed = next((f for i, ln in enumerate(lines) if _ANNEX_HEAD.match(ln.norm)
                        and (f := _mission_text(lines[i:])) is not None and f.value != found.value), None)
        return annexed or _mission_row(lines) or found
    return found or _mission_row(lines)


_ANNEX_HEAD = re.compile(r"\s*(?:ANNEXE?|APPENDIX|SCHEDULE)\s*\d*\b")


def _mission_text(lines: list[Line]) -> Field | None:
    """The mission text: after a label or under a heading that names it in any words ("Mission :", "Nature de
    la mission", "Description of duties", "Article 1 - Objet"), else in a sentence ("consistant à ...")."""
    for i, ln in enumerate(lines):
        found = _mission_heading(ln.norm)
        lead = _BEFORE_HEADING.match(ln.norm)
        led = bool(lead and lead.group(0).strip())
        if found is None:
            bare = ln.norm[lead.end() if lead else 0 :].strip(" .:-–")
            if not (_OBJECT_HEADING.fullmatch(bare) and (led or bare == ln.norm.strip(" .:-–"))):
                continue
            found = (bare, len(ln.norm))
        head, start = found
        if ln.raw[lead.end() if lead else 0 :].lstrip()[:1].islower():
            continue  # a sentence's piece wrapped onto its line ("mission has a social character: it serves ..."), no label
        after = clean(ln.raw[start:])
        if not after and not _CAPTION_END.search(ln.norm) and not _standing_heading(ln.raw, head, led):
            continue
        if not after and _caption_in_section(lines, i):
            continue  # a section's heading over the form's own caption ("3. MISSION" / "Nature ... : X")
        text = clean(_LEADER.sub(" ", " ".join(_paragraph_below(lines, i, after))))
        # (a sub-clause's number and the sentence's opening are no part of the mission: "2.1 The Volunteer shall ...")
        text = _SUBCLAUSE.sub("", text)
        if (quoted := re.search(r"[«“\"]\s*([^«»“”\"]{12,}?)\s*[»”\"]", text)) is not None:
            text = quoted.group(1)  # (the mission as the paragraph quotes it: "... as worded in its sheet: « X »")
        if (opening := _MISSION_PHRASE.match(fold(text))) is not None:
            text = text[opening.end():]
        if not text and not after:
            text = _described_below(lines, i)
        if len(text) >= _MIN_MISSION_CHARS:
            kind = "label" if _CAPTION_END.search(ln.norm[: start]) else "heading"
            return Field(text, text, ln.page, f"{kind}:{clean(head).lower()[:40]}")
    for fl in page_flows(lines):
        m = _MISSION_PHRASE.search(fl.norm)
        if m:
            text = clean(re.split(r"\.\s", fl.raw[m.end() :] + " ", maxsplit=1)[0])
            return Field(text, text, fl.page, "phrase:consistant a")
    return None
