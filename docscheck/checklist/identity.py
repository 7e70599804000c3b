"""Comparing people's names and document numbers the way a careful clerk would.

Tolerant of accents, case, hyphens, the zone's `<` fillers, given-name order,
transliteration variants (Mohammed / Mohamed) and OCR noise, but not of a
different surname.
"""

from __future__ import annotations

import re
from datetime import date

from rapidfuzz import fuzz

from docscheck.checklist.context import document_text
from docscheck.dates import find_dates
from docscheck.model import DocType, Document
from docscheck.names import OTHER_ROLE, compare_names, holder_named_in, name_tokens, same_person
from docscheck.textnorm import fold

_CONFUSABLE = str.maketrans({"O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "Z": "2", "S": "5", "G": "6", "B": "8"})


def same_names(a_surname: str, a_given: str, b_surname: str, b_given: str) -> bool:
    """True when two printed names plausibly belong to the same person (unknown names count as the same)."""
    if not name_tokens(a_surname + " " + a_given) or not name_tokens(b_surname + " " + b_given):
        return True
    if same_person(a_surname, a_given, b_surname, b_given):
        return True
    # A zone cuts long names short, and OCR can drop its `<` between given names:
    # given names of which one begins the other (3 letters at least), glued together, agree.
    glued_a, glued_b = "".join(name_tokens(a_given)), "".join(name_tokens(b_given))
    prefix = min(len(glued_a), len(glued_b)) >= 3 and (glued_a.startswith(glued_b) or glued_b.startswith(glued_a))
    return prefix and same_person(a_surname, "", b_surname, "") and not _feminine(glued_a, glued_b)


def _feminine(a: str, b: str) -> bool:
    """LOUIS / LOUISE: one given name and its feminine form are two people, not a cut name."""
    return not compare_names("X", a, "X", b).same and compare_names("X", a, "X", b).reason.startswith("feminine")


def names_reason(a_surname: str, a_given: str, b_surname: str, b_given: str) -> str:
    """Why two documents' names were judged the same person or not, for the checklist's evidence."""
    if same_names(a_surname, a_given, b_surname, b_given) and not compare_names(
        a_surname, a_given, b_surname, b_given
    ).same:
        return "given names of which one begins the other (a zone cuts long names short)"
    return compare_names(a_surname, a_given, b_surname, b_given).reason


# Documents that give their holder's date of birth: one of them shows the person only with that date.
_BORN_ON_IT = frozenset({DocType.PASSPORT, DocType.PHOTO_ID, DocType.CONSULAR_CARD, DocType.VISA,
                         DocType.BIRTH_CERTIFICATE, DocType.NATIONALITY_CERTIFICATE, DocType.CONSULAR_ATTESTATION})


def holder_shown(doc: Document, surname: str, given: str, born: date | None) -> str:
    """How `doc`'s own text shows the person `surname`, `given` (born `born`) as its holder, for the
    evidence ("MENSAH KOFI, born 1995-03-12"), or "" when it does not: their full name (not a parent's
    or an official's) and, where the document carries a date of birth, that date on a line that gives
    it to no one else.  A name or date read off that document which disagrees was then another line's."""
    text = document_text(doc)
    shown = holder_named_in(surname, given, text)
    if not shown:
        return ""
    if born is None or (doc.type not in _BORN_ON_IT and "date_of_birth" not in doc.fields):
        return shown
    flat = text.replace("\n", " ")  # a date may run onto the next line ("née le 10 01 / 2002")
    for m in find_dates(flat):
        # from the start of its line: what gives the date to a parent stands before it ("Père : ..., né le")
        if m.value == born and not OTHER_ROLE.intersection(name_tokens(flat[text.rfind("\n", 0, m.start) + 1:m.end])):
            return f"{shown}, born {born.isoformat()}"
    return ""


def applicant_matches(applicant: str, surname: str, given: str) -> bool:
    """The applicant's name as written in dossier.toml or the manifest, against a document's names."""
    a = name_tokens(applicant)
    d = name_tokens(surname) + name_tokens(given)
    if not a or not d:
        return True
    if not name_tokens(surname):
        return True
    surname_found = any(fuzz.ratio(" ".join(name_tokens(surname)), " ".join(a[i : i + n])) >= 80
                        for n in range(1, len(a) + 1) for i in range(len(a) - n + 1))
    return surname_found or fuzz.token_sort_ratio(" ".join(a), " ".join(d)) >= 85


def number_key(s: str) -> str:
    """A document number reduced for comparison: letters and digits only, OCR look-alikes merged."""
    return re.sub(r"[^A-Z0-9]", "", s.upper()).translate(_CONFUSABLE)


# Articles, linking words and legal forms: no part of what tells one association from another.
_ORG_STOP = {
    "ASSOCIATION", "FONDATION", "FOUNDATION", "LA", "LE", "LES", "L", "DE", "DU", "DES", "D", "ET", "THE", "OF",
    "AND", "POUR", "FOR", "ASSO", "A", "AU", "AUX", "EN", "UN", "UNE", "ONG", "NGO", "ASBL", "AISBL", "LOI",
}
# A telling word of an association's name read with OCR noise: this similar to the text's word (0..100).
_ORG_WORD_SIMILARITY = 80
_ACRONYM = re.compile(r"^[A-Z]{3,8}$")
# The words a body's initials skip ("Réseau Accueil et Dignité": RAD).
_LINKING = {"LA", "LE", "L", "DE", "DU", "DES", "D", "ET", "THE", "OF", "AND", "POUR", "FOR", "A", "AU", "AUX", "EN"}
# What a name says of its legal form, not of which body it is ("association loi 1901", "reconnue d'utilité
# publique", "association déclarée", "non-profit"): set aside before names are compared.
_LEGAL_FORM = re.compile(
    r"\b(?:(?:ASSOCIATION|FONDATION|FOUNDATION)\s+)?(?:(?:REGIE\s+PAR\s+LA\s+)?LOI\s+(?:DU\s+1(?:ER)?\s+JUILLET\s+|DE\s+)?1901"
    r"|DECLAREE?|RECONNUE?\s+D\s+UTILITE\s+PUBLIQUE|RECOGNI[SZ]ED\s+AS\s+(?:BEING\s+)?OF\s+PUBLIC\s+(?:INTEREST|UTILITY)"
    r"|NON\s+PROFIT(?:\s+(?:ASSOCIATION|ORGANI[SZ]ATION))?|SANS\s+BUT\s+LUCRATIF|RUP|ASBL|AISBL)\b"
)
# A body's local branch after its name ("Secours X - délégation de Lyon", "X, antenne du Rhône", "X (Lyon branch)"):
# the same body.
_BRANCH = re.compile(
    r"\s*[-\u2013\u2014,(/]\s*(?:(?:DELEGATION|ANTENNE|SECTION|COMITE|BRANCHE|BRANCH|CHAPTER|ETABLISSEMENT"
    r"|IMPLANTATION)\b|\w+(?:\s+\w+)?\s+(?:BRANCH|CHAPTER|OFFICE)\b).*$",
    re.I,
)
# A short name the text gives it ("X, dite « Y »", "X (Y)", "X known as Y"): another of its names.
_ALIAS = re.compile(r"(?:,?\s*\b(?:dite?|denommee|appelee|known as|called)\s+|\s*\()\s*[«“\"<]*\s*([^»”\")]{2,40}?)"
                    r"\s*[»”\">]*\s*\)?\s*$", re.I)


def _dots_joined(s: str) -> str:
    """A dotted acronym as one word ("A.S.E.P." -> "ASEP"), so that it is compared as the acronym it is."""
    return re.sub(r"\b(?:[A-Za-z]\.\s?){2,8}", lambda m: re.sub(r"[.\s]", "", m.group(0)) + " ", s)


def _org_parts(name: str) -> tuple[str, list[str], bool]:
    """A body's name with its legal form and branch set aside, the other names it is given (an acronym in
    brackets, a quoted short form), and whether a branch was set aside."""
    text = fold(_dots_joined(name))
    aliases = re.findall(r"\(\s*([^()]{2,40}?)\s*\)", text)
    text = re.sub(r"\s*\([^()]*\)", " ", text)
    while (m := _ALIAS.search(text)) is not None:
        aliases.append(m.group(1))
        text = text[: m.start()]
    branchless = _BRANCH.sub("", text)
    bare = _LEGAL_FORM.sub(" ", " ".join(name_tokens(branchless or text)))
    return " ".join(bare.split()), [" ".join(name_tokens(a)) for a in aliases if name_tokens(a)], branchless != text


def _initials_of(tokens: list[str]) -> set[str]:
    """The acronyms a body's words give, with or without its legal noun and opening article ("Association Main
    Tendue": AMT or MT; "Les Jardins de la Fraternité": LJF or JF)."""
    words = [t for t in tokens if t not in _LINKING or t == "LES"]
    forms = {"".join(w[0] for w in words), "".join(w[0] for w in words if w not in {"LES"}),
             "".join(w[0] for w in words if w not in _ORG_STOP)}
    return {f for f in forms if len(f) >= 2}


def _is_acronym(key: str) -> bool:
    return len(key.split()) == 1 and 2 <= len(key) <= 8 and key.isalpha()


def compare_organisations(a: str, b: str) -> tuple[bool, str]:
    """Whether two association names name the same body, and why, as a person reading them would judge:
    case, accents, quotes, articles, 'Association' and the legal form aside; an acronym against the name it
    abbreviates; a quoted short form; a body's local branch against the body.  Unknown names count as the same."""
    (ka, aliases_a, branch_a), (kb, aliases_b, branch_b) = _org_parts(a), _org_parts(b)
    branch = " (a local branch named after its body)" if branch_a or branch_b else ""
    ta = [t for t in ka.split() if t not in _ORG_STOP] or ka.split()
    tb = [t for t in kb.split() if t not in _ORG_STOP] or kb.split()
    if not ta or not tb:
        return True, "a name not read"
    ja, jb = " ".join(ta), " ".join(tb)
    if "".join(ta) == "".join(tb):
        spelt = fold(a).split() != fold(b).split()
        same = "the same name once case, accents, articles and legal form are set aside" if spelt else "the same name"
        return True, same + branch
    for short, long_ in ((ka, kb), (kb, ka)):
        if _is_acronym(short) and len(long_.split()) >= 2 and short in _initials_of(long_.split()):
            return True, f"{short} is the acronym of {long_}" + branch
    for x, aliases in ((ka, aliases_b), (kb, aliases_a)):
        for alias in aliases:
            if alias == x or (_is_acronym(x) and x == alias.replace(" ", "")):
                return True, f"{x} is the short name the other paper gives it" + branch
    # (one name's words all inside the other's holds as written, never once forms are set aside: a reading
    # that ran into a label and a person's name holds a short name's words too)
    wa, wb = (" ".join(_telling(x)) for x in (a, b))
    if max(fuzz.token_sort_ratio(ja, jb), fuzz.ratio(ja, jb)) >= 85 or fuzz.token_set_ratio(wa, wb) >= 95:
        return True, "the same name, a few letters apart (a misreading)" + branch
    return False, "different names" + (" (a local branch compared by its body's name)" if branch else "")


def same_organisation(a: str, b: str) -> bool:
    """Two association names that name the same body (see `compare_organisations`)."""
    return compare_organisations(a, b)[0]


def _telling(s: str) -> list[str]:
    return [t for t in name_tokens(_dots_joined(s)) if t not in _ORG_STOP]


def _word_like(a: str, b: str) -> bool:
    if min(len(a), len(b)) < 4:
        return a == b
    return fuzz.ratio(a, b) >= _ORG_WORD_SIMILARITY


def _most_in_order(words: list[str], hay: list[str]) -> bool:
    """Whether most of `words` stand in `hay` in their order, within a span not much longer than the name
    (an OCR slip may garble or split a word or two)."""
    need = -(-2 * len(words) // 3)  # most: two thirds of them, rounded up
    span = 2 * len(words) + 2
    for start, word in enumerate(hay):
        if not any(_word_like(w, word) for w in words):
            continue
        window, at, found = hay[start:start + span], 0, 0
        for w in words:
            for k in range(at, len(window)):
                if _word_like(w, window[k]):
                    found, at = found + 1, k + 1
                    break
        if found >= need:
            return True
    return False


def organisation_named_in(name: str, text: str, *, exactly: bool = False) -> bool:
    """Whether a document's text names the association `name`: its telling words, or most of them, in
    order (OCR-tolerant), or its acronym (the initials of its telling words, or the acronym it is, spelled
    out in the text).  A label read wrongly on that document is then no proof that it names another body.
    `exactly`: only all its telling words, in order (the text names that very body)."""
    key = _org_parts(name)[0]
    # (exactly: the reading's words as written, its legal form and short forms too; else the name's own words)
    words = _telling(name) if exactly else [t for t in key.split() if t not in _ORG_STOP] or _telling(name)
    if not any(len(w) >= 4 for w in words) and not (len(words) == 1 and _ACRONYM.match(words[0])):
        return False
    hay = _telling(text)
    if f" {' '.join(words)} " in f" {' '.join(hay)} ":
        return True
    if exactly:
        return False
    if len(words) == 1 and _ACRONYM.match(words[0]):
        # the name is an acronym: the text spells it out (its telling words' initials, in a row)
        # ("Association Main Tendue" for AMT: its legal noun and article may count)
        toks, n = name_tokens(_dots_joined(text)), len(words[0])
        return any(words[0] in _initials_of(toks[i:i + k]) for i in range(len(toks)) for k in range(n, 2 * n + 1)
                   if toks[i] not in _LINKING)
    if len(words) >= 2 and any(len(a) >= 3 and a in hay for a in _initials_of(key.split())):
        return True  # its acronym (dotted or not), the full name standing on the other document
    return len(words) >= 2 and _most_in_order(words, hay)


# How many telling words in a row two readings must share for one to be part of the other (a name read with
# its label or the next line: "D'ACCUEIL LE / LA VOLONTAIRE Les Jardins de la Fraternité SANTOS João").
_SHARED_RUN = 2
_RUN_WORD = 4  # letters, at least, of each of them


# The words the papers of a volunteer's file name their parties with ("l'organisme d'accueil", "le / la
# volontaire", "host organisation"): a label that ran into a reading, no part of any body's name.
_PARTY_WORDS = {"VOLONTAIRE", "VOLONTAIRES", "VOLONTARIAT", "VOLUNTEER", "VOLUNTEERS", "ACCUEIL", "ACCUEILLIR",
                "ACCUEILLANT", "ORGANISME", "ORGANISATION", "ORGANIZATION", "STRUCTURE", "HOST", "HOSTING",
                "PERSONNE", "INTERESSE", "INTERESSEE"}


def shares_a_run(value: str, text: str) -> bool:
    """Whether `text` holds telling words of `value` in a row (two at least, OCR-tolerant): a reading that
    a label or a neighbouring line ran into may name the same body as that text does.  A run of the words
    the file's papers name their parties with ("d'accueil le / la volontaire" against "accueillir des
    volontaires") is the label's, not a name's."""
    words, hay = _telling(value), _telling(text)
    for i in range(len(words) - _SHARED_RUN + 1):
        run = words[i:i + _SHARED_RUN]
        if any(len(w) < _RUN_WORD for w in run) or all(w in _PARTY_WORDS for w in run):
            continue
        if any(all(_word_like(w, h) for w, h in zip(run, hay[j:j + _SHARED_RUN], strict=True))
               for j in range(len(hay) - _SHARED_RUN + 1)):
            return True
    return False

