"""Text normalisation: accents, case and spacing, in one place.

Three foldings serve three needs, and differ on purpose:

- `fold` (classification cues, field labels): upper case without accents, one
  character for one, so that a position in the folded text is a position in the
  printed text (the printed form of a value is cut from it).  Ligatures become
  one letter (Œ -> O) and typographic apostrophes and quotes are straightened.
- `fold_wide` (people's names): upper case without accents, ligatures written
  out in full as names are transliterated (Œ -> OE, ß -> SS); the length changes.
- `plain` (month words in dates): lower case without accents; letters NFKD does
  not decompose (Œ, ß, Ø) are kept as they are.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# --- the common step --------------------------------------------------------------------------


def strip_accents(text: str) -> str:
    """NFKD decomposition without its combining marks (é -> e, ﬁ -> fi)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# --- position-keeping fold ----------------------------------------------------------------------

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "«": '"', "»": '"'})
# Letters NFKD leaves alone: one base letter each, so that positions still line up.
_LIGATURES = {"Œ": "O", "œ": "o", "Æ": "A", "æ": "a", "ß": "s", "Đ": "D", "đ": "d", "Ł": "L", "ł": "l", "Ø": "O",
              "ø": "o", "Ð": "D", "ð": "d", "Þ": "T", "þ": "t", "ı": "i"}


@lru_cache(maxsize=4096)
def fold_char(c: str) -> str:
    """One character upper-cased without its accent; always one character."""
    if c in _LIGATURES:
        c = _LIGATURES[c]
    base = strip_accents(c) or c
    up = base[0].upper()
    return up if len(up) == 1 else base[0]


def fold(text: str) -> str:
    """Upper case, accents removed, typographic apostrophes straightened.

    Keeps the length, so that a position in the folded text is a position in
    the original (used to give back the printed form of a value).
    """
    return "".join(fold_char(c) for c in text.translate(_APOSTROPHES))


def normalize_lines(text: str) -> str:
    """Folded text with hyphenated line breaks joined and spaces collapsed (a page as classified)."""
    t = fold(text)
    t = re.sub(r"(\w)-[ \t]*\n[ \t]*(\w)", r"\1\2", t)
    t = re.sub(r"[ \t\f\r]+", " ", t)
    return "\n".join(line.strip() for line in t.split("\n"))


# --- transliterating fold (names) ---------------------------------------------------------------

# Letters NFKD does not decompose into a base letter plus accents, as names are transliterated.
_TRANSLITERATION = str.maketrans(
    {
        "ß": "SS", "ẞ": "SS", "Æ": "AE", "æ": "AE", "Œ": "OE", "œ": "OE",
        "Ø": "O", "ø": "O", "Ł": "L", "ł": "L", "Đ": "D", "đ": "D", "Ð": "D", "ð": "D",
        "Þ": "TH", "þ": "TH", "ı": "I", "Ħ": "H", "ħ": "H", "Ŧ": "T", "ŧ": "T",
    }
)  # fmt: skip


def fold_wide(text: str) -> str:
    """Upper case without accents, ligatures written out (`Zoë Łukasz` -> `ZOE LUKASZ`, `ß` -> `SS`).

    Transliterated before and after removing accents: an accented ligature only
    shows its ligature once its accent is gone (`ǽ` -> `æ` -> `AE`)."""
    return strip_accents(text.translate(_TRANSLITERATION)).upper().translate(_TRANSLITERATION)


def words_only(text: str) -> str:
    """Anything not a letter or digit (hyphens, apostrophes, the zone's `<`, dots) as one space."""
    return " ".join("".join(c if c.isalnum() else " " for c in text).split())


# --- lower-case fold (dates) --------------------------------------------------------------------


def plain(text: str) -> str:
    """Lower case without accents."""
    return strip_accents(text).lower()
