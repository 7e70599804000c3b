"""What the volunteer will do, found by meaning where no label gives it.

The official text asks that the "Mission has a social or humanitarian character": the checklist judges
the mission's own words, so the reader must find the words that say what the volunteer will do, however a
contract writes them.  A labelled mission or an article naming it (`missions.find_mission`) comes
first; this module adds the sentence that hands the volunteer their duties ("M. X aura à ...", "À ce
titre, elle devra : ...", "the volunteer is expected to ..."), a table row whose caption names the
activities ("Activités principales  accompagner ..."), and sets aside a contract's "Objet" article that
only names the engagement when such a sentence says what the engagement is for.
"""

from __future__ import annotations

import re

from docscheck.fields.lines import Line, clean, page_flows
from docscheck.fields.missions import find_mission, row_text
from docscheck.model import Field
from docscheck.textnorm import fold

_MIN_CHARS = 11  # shorter than this, what follows is a stray word, not a duty (as organisation's missions)
_DE = r"D(?:E\s+|')"
# Phrases that give someone what they will do: an obligation or an assignment, then what to do (an infinitive).
_DUTY = re.compile(
    r"\b(?:AURA A|AURONT A|AURA POUR (?:MISSION|ROLE|TACHE|FONCTION)S? " + _DE + r"|DEVRA|DEVRONT"
    r"|(?:SERA|EST) CHARGEE?(?:\s*\(E\))? " + _DE + r"|A POUR (?:MISSION|ROLE|TACHE|FONCTION)S? " + _DE
    + r"|IL S'AGIRA(?: POUR \S+(?: \S+){0,3})? " + _DE + r"|S'ENGAGE A|SE VOIT CONFIER (?:LA MISSION |LA TACHE )?" + _DE
    + r"|(?:ROLE|TACHES?|MISSION|ACTIVITES?|FONCTIONS?) (?:SERA|SERONT|EST|SONT|CONSISTE|CONSISTERA|CONSISTERONT|CONSISTENT) (?:A|"
    + _DE + r")|CONSISTENT A|CONSISTERONT A|CONSISTENT EN|CONSISTERONT EN|(?:MISSION|ROLE|TACHE) CONSISTE EN"
    + r"|(?:ROLE|TASKS?|DUTY|DUTIES|ASSIGNMENT) (?:IS|ARE|WILL BE) TO"
    + r"|IS EXPECTED TO|WILL BE EXPECTED TO|IS ASKED TO|WILL BE ASKED TO|WILL HAVE TO|IS (?:TASKED|CHARGED) WITH"
    r"|WILL BE (?:TASKED|CHARGED) WITH)\b[\s:]*"
)
# ... unless what follows is a rule of conduct or a formality, not an activity ("devra quitter le territoire",
# "devra respecter le règlement", "is expected to comply with").
_CONDUCT = re.compile(
    r"(?:QUITTER|RESPECTER|INFORMER|PREVENIR|FOURNIR|SIGNER|RESTITUER|JUSTIFIER|SOLLICITER|DEMANDER|OBTENIR|RENDRE"
    r" SON|SE CONFORMER|CONSACRER|SUIVRE|(?:ASSURER|EFFECTUER|ACCOMPLIR|EXERCER|REALISER|MENER|REMPLIR) SA"
    r"|LEAVE|COMPLY|RESPECT|INFORM|NOTIFY|RETURN|PROVIDE|SIGN|APPLY|OBTAIN|DEVOTE|FOLLOW|ATTEND)\b"
)
# A list's item: a bullet or a dash, its text up to a semicolon or a full stop.
_ITEM = re.compile(r"\s*[-•·*▪►–]\s+([^;.]+?)\s*(?:[;.]|$)")
# The sentence must speak of the volunteer: by that word, a pronoun, a title before a name, or a possessive ("ses
# activités consistent à").
_VOLUNTEER = re.compile(r"\b(?:VOLONTAIRES?|VOLUNTEERS?|BENEVOLES?|IL|ELLE|HE|SHE|M|MME|MR|MRS|MS|MONSIEUR|MADAME"
                        r"|SON|SA|SES|HIS|HER|THEIR)\b")
# What a caption of the activities is: their noun, and at most a word that qualifies it.
_CAPTION = re.compile(
    r"\s*((?:[A-ZÀ-Ý][\w'’]*\s+){0,2}?(?i:activités|activites|tâches|taches|missions?|attributions|fonctions|duties"
    r"|tasks|responsibilities)(?:\s+(?i:principales?|principaux|confiées?|confiees?|proposées?|prévues?|exercées?"
    r"|assignées?|main|assigned|entrusted|du volontaire|de la volontaire|of the volunteer))?)\s+(?=[a-zà-ÿ])"
)
_NOT_ACTIVITIES = re.compile(r"\b(?:DATES?|DUREE|LIEU|HORAIRES?|PERIODE|FIN|DEBUT|START|END|HOURS|PLACE)\b")
# An "Objet" article's text that names only the engagement ("a pour objet l'engagement de M. X en qualité de
# volontaire"), not what the volunteer will do.
_OBJECT_SOURCE = re.compile(r"^(?:heading|label):(?:objet|object|purpose)")
# A "caption" opening on a possessive or an article is a sentence's subject ("Ses activités consisteront à ..."), no
# table row's caption.
_SENTENCE_SUBJECT = re.compile(r"^(?:table row|heading):(?:ses|son|sa|leurs?|les|le|la|l'|his|her|their|the)\b")


def duty_sentence(lines: list[Line]) -> Field | None:
    """The sentence that hands the volunteer what they will do, cut where that sentence ends (a list after a
    colon goes with it)."""
    for fl in page_flows(lines):
        for m in _DUTY.finditer(fl.norm):
            if _CONDUCT.match(fl.norm, m.end()):
                continue
            # (the sentence so far: a title's dot, "M. X", ends no sentence)
            said = re.split(r"(?<=\w{3})\.\s|:\s", fl.norm[max(0, m.start() - 120) : m.start()])[-1]
            if not _VOLUNTEER.search(said):
                continue
            rest = fl.raw[m.end() :]
            pos, items = 0, []
            while (it := _ITEM.match(rest, pos)) is not None:  # a list after the colon: its items, up to the list's end
                items.append(it.group(1))
                pos = it.end()
            text = clean(" ; ".join(items) if items else re.split(r"\.\s", rest + " ", maxsplit=1)[0])
            if len(text) >= _MIN_CHARS:
                return Field(text, text, fl.page, "phrase:" + clean(m.group(0)).lower())
    return None


def caption_row(lines: list[Line]) -> Field | None:
    """The activities in a table's row: a caption naming them ("Activités principales"), then their text in lower
    case on the same line, wrapping onto the next lines (which open in lower case)."""
    for i, ln in enumerate(lines):
        m = _CAPTION.match(ln.raw)
        if m is None or ":" in ln.raw[: m.end()] or _NOT_ACTIVITIES.search(fold(m.group(1))) or _SENTENCE_SUBJECT.match(
                "table row:" + fold(m.group(1)).lower()):
            continue
        text = row_text(lines, i, m.end())
        if len(text) >= _MIN_CHARS:
            return Field(text, text, ln.page, f"table row:{clean(m.group(1)).lower()[:40]}")
    return None


def volunteer_mission(lines: list[Line]) -> Field | None:
    """The mission: a labelled one first; an "Objet" article's text only when no sentence says what the volunteer
    will do; else that sentence, or the activities' row of a table."""
    found = find_mission(lines)
    if found is not None and _SENTENCE_SUBJECT.match(fold(found.source).lower()):
        found = duty_sentence(lines) or found
    row = caption_row(lines)
    if found is not None and row is not None and found.source.startswith("heading:") and fold(found.source[8:]).startswith(
            fold(row.source.split(":", 1)[1])):
        return row  # a row's caption and its text on one line, taken for a heading over the lines below
    if found is not None and re.search(r"\bANNEX", fold(str(found.value))):
        return row or found  # a mission "described in the annex": the annex's row of activities
    if found is not None and not _OBJECT_SOURCE.match(found.source):
        return found
    return duty_sentence(lines) or found or row
