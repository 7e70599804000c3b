"""Comparing people's names and document numbers the way a careful clerk would.

Tolerant of accents, case, hyphens, the zone's `<` fillers, given-name order,
transliteration variants (Mohammed / Mohamed) and OCR noise, but not of a
different surname.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz

_SPECIAL = str.maketrans({"ß": "SS", "Æ": "AE", "æ": "AE", "Ø": "O", "ø": "O", "Œ": "OE", "œ": "OE", "Ł": "L", "ł": "L"})
_CONFUSABLE = str.maketrans({"O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "Z": "2", "S": "5", "G": "6", "B": "8"})


def name_tokens(s: str) -> list[str]:
    """Upper-case ASCII words of a name, without accents or fillers."""
    s = unicodedata.normalize("NFKD", s.translate(_SPECIAL))
    s = "".join(c for c in s if not unicodedata.combining(c)).upper().replace("<", " ")
    return re.sub(r"[^A-Z]+", " ", s).split()


def _given_match(a: list[str], b: list[str]) -> bool:
    if not a or not b:
        return True
    ja, jb = " ".join(a), " ".join(b)
    if fuzz.token_set_ratio(ja, jb) >= 75:
        return True
    # A zone truncates long given names: a prefix of at least 3 letters counts.
    return any(len(x) >= 3 and len(y) >= 3 and (x.startswith(y) or y.startswith(x)) for x in a for y in b)


def same_names(a_surname: str, a_given: str, b_surname: str, b_given: str) -> bool:
    """True when two printed names plausibly belong to the same person (unknown names count as the same)."""
    sa, sb = name_tokens(a_surname), name_tokens(b_surname)
    ga, gb = name_tokens(a_given), name_tokens(b_given)
    if not (sa or ga) or not (sb or gb):
        return True
    if sa and sb:
        js, jt = " ".join(sa), " ".join(sb)
        if max(fuzz.ratio(js, jt), fuzz.token_set_ratio(js, jt)) >= 80:
            return _given_match(ga, gb)
    # Surname and given names swapped or merged in one field.
    fa, fb = " ".join(sa + ga), " ".join(sb + gb)
    return fuzz.token_sort_ratio(fa, fb) >= 88


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


_ORG_STOP = {
    "ASSOCIATION", "FONDATION", "FOUNDATION", "LA", "LE", "LES", "L", "DE", "DU", "DES", "D", "ET", "THE", "OF",
    "AND", "POUR", "FOR", "ASSO",
}


def same_organisation(a: str, b: str) -> bool:
    """Two association names that name the same body (case, accents, articles and 'Association' ignored)."""
    ta = [t for t in name_tokens(a) if t not in _ORG_STOP] or name_tokens(a)
    tb = [t for t in name_tokens(b) if t not in _ORG_STOP] or name_tokens(b)
    if not ta or not tb:
        return True
    ja, jb = " ".join(ta), " ".join(tb)
    if "".join(ta) == "".join(tb):
        return True
    return max(fuzz.token_sort_ratio(ja, jb), fuzz.ratio(ja, jb)) >= 85 or fuzz.token_set_ratio(ja, jb) >= 95
