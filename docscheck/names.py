"""People's names: normalised for comparison, printed form kept.

API (other modules rely on these names):
- normalize_name(s) -> str
- name_similarity(a, b) -> float (0..1)
- same_person(a_surname, a_given, b_surname, b_given, *, threshold=TOKEN_SIMILARITY) -> bool
- split_full_name(s) -> (surname, given_names)   as printed, for a document printing one full name
- named_in(surname, given_names, text) -> bool    whether a text names the person anywhere
- holder_named_in(surname, given_names, text) -> str   the person's full name as a text names them, as its holder

The comparison serves the checklist's `identity_mismatch` condition: "the same person
across documents ... tolerant of accents, case, transliteration and OCR noise". So it
forgives what differs between two honest documents of one person (accents, case, the
zone's `<` fillers, hyphens, given-name order, a document giving only the first given
name, surname and given names swapped, OCR misreading one or two letters of a long
name, common spelling variants such as Mohammed/Mohamed/Muhammad, a long name cut at
the end of a zone's name field) and still tells
apart a different surname or a different first given name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from docscheck.lookalikes import NAME_CONFUSIONS, WORD_DIGIT_TO_LETTER
from docscheck.textnorm import fold_wide, words_only

__all__ = ["holder_named_in", "name_similarity", "name_tokens", "named_in", "normalize_name", "same_person",
           "split_full_name"]

# --- thresholds -------------------------------------------------------------------------------
# Where they come from: set by hand when this module was written, to serve the checklist's
# identity rule ("the same person across documents ... tolerant of accents, case,
# transliteration and OCR noise").  None is measured: tests/test_names.py passes with each one
# step either way, so a change must be argued from the name pairs it lets through or stops.

# The least Levenshtein similarity (0..1) for OCR noise beyond the usual letter confusions to be
# forgiven between two long name words: 0.8 is one wrong letter in 8, two in 10.
TOKEN_SIMILARITY = 0.8
# Shortest words compared after folding the letters OCR confuses (D1ALLO / DIALLO): shorter
# words would too easily fold alike.
_MIN_LEN_OCR_FOLD = 3
# Shortest words whose inner vowels may differ (Muhammad / Mohamed, Hussein / Hossein):
# short names differ by little more than a vowel.
_MIN_LEN_VOWEL_VARIANT = 6
# Shortest words given the Levenshtein tolerance: long enough for one wrong letter to leave
# them distinct from another family's name.
_MIN_LEN_EDIT_DISTANCE = 8
# Normalising again until nothing changes: a few rare letters settle only on a second pass.
_NORMALIZE_PASSES = 4

_TITLES = frozenset(
    {"M", "MM", "MME", "MMES", "MLLE", "MR", "MRS", "MS", "MISS", "MONSIEUR", "MADAME", "MADEMOISELLE"}
)


# A letter elided onto the name it opens (M'BAYE, N'DIAYE): part of the name, never a title "M".
_ELIDED_START = re.compile(r"^\s*[^\W\d_][\'\u2019]", re.UNICODE)


def _normalize_once(s: str, *, titles: bool = True) -> str:
    tokens = words_only(fold_wide(s)).split()
    while titles and len(tokens) > 1 and tokens[0] in _TITLES:
        tokens.pop(0)
    return " ".join(tokens)


@lru_cache(maxsize=8192)
def normalize_name(s: str) -> str:
    """A name as compared: upper-case ASCII where possible, no accents, single spaces.

    `Mme Zoë D'Almeida-Łukasz` -> `ZOE D ALMEIDA LUKASZ`; `DUPONT<<JEAN<PIERRE` ->
    `DUPONT JEAN PIERRE`. Scripts other than Latin are kept (upper-cased)."""
    elided = _ELIDED_START.match(s)
    if elided and s[elided.end() - 2].upper() in _TITLES:
        # M'BAYE is joined as a zone writes it (MBAYE): "M BAYE" would lose its "M" as a title
        # on a second pass, and normalising must be idempotent (tests/test_names.py).
        s = s[: elided.end() - 1] + s[elided.end():]
    titles = not elided
    for _ in range(_NORMALIZE_PASSES):
        again = _normalize_once(s, titles=titles)
        if again == s:
            break
        s = again
    return s


def name_tokens(s: str) -> list[str]:
    """The words of a normalised name."""
    return normalize_name(s).split()


# --- spelling skeletons -------------------------------------------------------------------------

_OCR_DIGITS = str.maketrans(dict(WORD_DIGIT_TO_LETTER))
_SKELETON_RULES = (
    ("AE", "A"), ("OE", "O"), ("UE", "U"),  # German in zones: MUELLER for Müller
    ("RN", "M"),  # OCR
    ("TCH", "CH"), ("TSH", "CH"), ("SCH", "CH"), ("SH", "CH"),  # TCHAMBA / TSHAMBA, CHEIKH / SHEIKH
    ("PH", "F"), ("OU", "U"), ("KH", "K"), ("CK", "K"), ("Q", "K"), ("X", "KS"),
    ("TH", "T"), ("DH", "D"), ("GH", "G"), ("Y", "I"), ("W", "V"), ("Z", "S"),
)  # fmt: skip
_DOUBLE = re.compile(r"(.)\1+")
_INNER_A_E = re.compile(r"(?<=.)[AE](?=.)")
_INNER_O_U = re.compile(r"(?<=.)[OU](?=.)")
# Letters Tesseract confuses in upper-case names: D1ALLO, FERNANDFS, GARC1A.
_OCR_FOLD = str.maketrans(dict(NAME_CONFUSIONS))


def _skeleton(token: str) -> str:
    """A token as spelling variants write it alike: Mohammed/Mohamed, Philippe/Filippe."""
    t = token.translate(_OCR_DIGITS)
    for old, new in _SKELETON_RULES:
        t = t.replace(old, new)
    return _DOUBLE.sub(r"\1", t)


def _vowel_skeleton(token: str) -> str:
    """The skeleton with inner a/e and o/u merged: Muhammad/Mohamed, Hussein/Hossein."""
    t = _INNER_O_U.sub("U", _INNER_A_E.sub("A", _skeleton(token)))
    return _DOUBLE.sub(r"\1", t)


def _ocr_fold(skeleton: str) -> str:
    return _DOUBLE.sub(r"\1", skeleton.translate(_OCR_FOLD))


def _ocr_first(token: str) -> str:
    """The token's skeleton with OCR's look-alikes undone first: QUATTARA's Q is an O, so that the
    spelling rule QU -> K does not make a different name of it; a doubled letter OCR read twice
    (KOQUYATE: the O read again as Q) merges back."""
    return _skeleton(_DOUBLE.sub(r"\1", token.translate(_OCR_DIGITS).translate(_OCR_FOLD)))


# A given name and its feminine form are different people, however close the letters:
# Louis/Louise, Daniel/Daniela, Gabriel/Gabrielle, Mario/Maria.
_FEMININE_ENDINGS = ("E", "A", "LE", "NE", "INE", "ETTE")
_VOWEL_SET = frozenset("AEIOUY")


def _feminine_pair(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    if any(long == short + ending for ending in _FEMININE_ENDINGS):
        return True
    return len(a) == len(b) > 2 and a[:-1] == b[:-1] and a[-1] in _VOWEL_SET and b[-1] in _VOWEL_SET


@lru_cache(maxsize=65536)
def _token_match(a: str, b: str, threshold: float) -> bool:
    """Whether two name words are the same word as two documents (or OCR) may print it."""
    if a == b:
        return True
    sa, sb = _skeleton(a), _skeleton(b)
    if sa == sb:
        return True
    if _feminine_pair(a, b) or _feminine_pair(sa, sb):
        return False
    shorter = min(len(a), len(b))
    fa, fb = _ocr_fold(sa), _ocr_fold(sb)
    if shorter >= _MIN_LEN_OCR_FOLD and fa == fb:
        return True  # only letters OCR confuses differ
    if shorter >= _MIN_LEN_OCR_FOLD and _ocr_first(a) == _ocr_first(b):
        return True  # the same, once OCR's look-alikes are undone before spelling rules see them (QU/OU)
    if shorter >= _MIN_LEN_VOWEL_VARIANT and _vowel_skeleton(a) == _vowel_skeleton(b):
        return True
    # Other OCR noise: one or two wrong letters, on names long enough to stay distinct and
    # not on the first letter (FERNANDEZ / HERNANDEZ are two families).
    if shorter < _MIN_LEN_EDIT_DISTANCE or fa[0] != fb[0]:
        return False
    return Levenshtein.normalized_similarity(fa, fb) >= threshold


def _initial_match(a: str, b: str) -> bool:
    """`J` as an initial of `JEAN`."""
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _subset(short: list[str], long: list[str], threshold: float, *, initials: bool = False) -> bool:
    """Every word of ``short`` matches a different word of ``long``, in any order."""
    free = list(long)
    for word in short:
        for i, other in enumerate(free):
            if _token_match(word, other, threshold) or (initials and _initial_match(word, other)):
                del free[i]
                break
        else:
            return False
    return True


def _joined_match(a: list[str], b: list[str], threshold: float) -> bool:
    """`JEAN PIERRE` / `JEANPIERRE`, `DE LA CRUZ` / `DELACRUZ`."""
    return bool(a) and bool(b) and _token_match("".join(a), "".join(b), threshold)


# Shortest surname whose final E may be written or not (ABDERRAHMAN / ABDERRAHMANE): a surname has no
# feminine form made with an E, unlike a given name (LOUIS / LOUISE), and long ones stay distinct without it.
_MIN_LEN_FINAL_E = 7


def _without_final_e(words: list[str]) -> list[str]:
    return [w[:-1] if len(w) >= _MIN_LEN_FINAL_E and w.endswith("E") else w for w in words]


def _surnames_match(a: list[str], b: list[str], threshold: float, *, final_e: bool = True) -> bool:
    if final_e:
        a, b = _without_final_e(a), _without_final_e(b)
    if _joined_match(a, b, threshold):
        return True
    short, long = sorted((a, b), key=len)
    # One document may print only one of two surnames (GARCIA LOPEZ / GARCIA), not leave out
    # a letter elided onto the name (M'BOW is not BOW).
    if any(len(w) == 1 for w in long) and not any(len(w) == 1 for w in short):
        return False
    return bool(short) and _subset(short, long, threshold)


def _given_match(a: list[str], b: list[str], threshold: float) -> bool:
    if not a or not b:
        return True  # a document without given names cannot contradict another
    if _joined_match(a, b, threshold):
        return True
    short, long = sorted((a, b), key=len)
    if len(short) == 1:
        # Only the first given name printed: it must be the other document's first one
        # (possibly as it writes a compound name: JEANPIERRE / JEAN PIERRE PAUL).
        word = short[0]
        if _token_match(word, long[0], threshold) or _initial_match(word, long[0]):
            return True
        return any(_token_match(word, "".join(long[:k]), threshold) for k in range(2, len(long) + 1))
    if not _subset(short, long, threshold, initials=True):
        return False
    # Same names in another order, or the shorter list starting like the longer one.
    return len(short) == len(long) or _token_match(short[0], long[0], threshold)


def _match(
    a_surname: list[str], a_given: list[str], b_surname: list[str], b_given: list[str], threshold: float,
    *, swapped: bool = False,
) -> bool:
    # Swapped fields may set a given name against a surname: there a final E may be a feminine form.
    return (_surnames_match(a_surname, b_surname, threshold, final_e=not swapped)
            and _given_match(a_given, b_given, threshold))


# The shortest name field of a machine-readable zone (TD1): a name this long may have
# been cut at the end of the field, "KOWALCZYKOWSKA<<AGNIESZKA<MAR".
_ZONE_NAME_FIELD = 30


def _untruncated(given: list[str], surname: list[str], other: list[str]) -> list[str]:
    """``given`` with its last word completed from ``other`` when the zone cut it short."""
    if not given or len(" ".join(surname)) + 2 + len(" ".join(given)) < _ZONE_NAME_FIELD:
        return given
    last = given[-1]
    for word in other:
        if len(word) > len(last) and word.startswith(last):
            return [*given[:-1], word]
    return given


def same_person(
    a_surname: str, a_given: str, b_surname: str, b_given: str, *, threshold: float = TOKEN_SIMILARITY
) -> bool:
    """Whether two documents name the same person.

    ``threshold`` is the least Levenshtein similarity (0..1) between two name words of
    at least 8 letters for OCR noise beyond the usual confusions (O/0, I/L/1, E/F, ...)
    to be forgiven; the default `TOKEN_SIMILARITY` (0.8) allows one wrong letter in 8
    and two in 10."""
    sa, ga, sb, gb = (name_tokens(x) for x in (a_surname, a_given, b_surname, b_given))
    if not (sa or ga) or not (sb or gb):
        return False
    ga, gb = _untruncated(ga, sa, gb), _untruncated(gb, sb, ga)
    if sa and sb and (_match(sa, ga, sb, gb, threshold) or _match(sa, ga, gb, sb, threshold, swapped=True)):
        return True
    a, b = sa + ga, sb + gb
    if len(a) == len(b) >= 2 and _subset(a, b, threshold) and _subset(b, a, threshold):
        return True  # the same words, cut elsewhere between surname and given names ("EL | AMRANI KHADIJA")
    if not (sa and ga and sb and gb):
        # One document gave only part of the name, or all of it in one field: every word
        # of the shorter full name must be in the longer one.  A single word counts when it is
        # the other document's surname or given name ("Karim" against "AIT TALEB | KARIM").
        short, long = sorted((sa + ga, sb + gb), key=len)
        if len(short) == 1 and len(long) >= 2:
            return _subset(short, long, threshold)
        return (len(short) >= 2 and _subset(short, long, threshold)) or _joined_match(short, long, threshold)
    return False


def named_in(surname: str, given: str, text: str, *, threshold: float = TOKEN_SIMILARITY) -> bool:
    """Whether a document's text names the person anywhere: the surname's words in a row (or joined),
    and one of the given names, each a whole word compared as two documents' names are.

    What a field read off a document is worth: a name read on another line (a parent, an official)
    is no proof of another person when the text names the person too."""
    giv = [w for w in name_tokens(given) if len(w) >= 2]
    if not giv:
        return False
    words = _normalize_once(text, titles=False).split()
    vocabulary = set(words)
    if not any(w in vocabulary or any(_token_match(w, v, threshold) for v in vocabulary) for w in giv):
        return False
    return surname_named_in(surname, text, threshold=threshold)


def surname_named_in(surname: str, text: str, *, threshold: float = TOKEN_SIMILARITY) -> bool:
    """Whether a text names the surname anywhere: its words in a row (or joined), each a whole word compared as
    two documents' names are (OCR-tolerant); three letters at least."""
    sur = name_tokens(surname)
    words = _normalize_once(text, titles=False).split()
    if len("".join(sur)) < 3 or not words:
        return False
    vocabulary = set(words)
    joined = "".join(sur)
    if joined in vocabulary or any(_token_match(joined, w, threshold) for w in vocabulary):
        return True
    n = len(sur)
    return n > 1 and any(all(_token_match(a, b, threshold) for a, b in zip(sur, words[i : i + n], strict=True))
                         for i in range(len(words) - n + 1))


# Words that say the name next to them is another person's: a parent's, a spouse's, a child's, a witness's
# or an official's ("Père : Kofi MENSAH", "fils de ...", "child of ... (father)").
OTHER_ROLE = frozenset({
    "PERE", "MERE", "FATHER", "MOTHER", "FILS", "FILLE", "SON", "DAUGHTER", "CHILD", "ENFANT", "FILIATION",
    "PARENT", "PARENTS", "EPOUX", "EPOUSE", "SPOUSE", "HUSBAND", "WIFE", "VEUF", "VEUVE", "PADRE", "MADRE",
    "PAI", "MAE", "HIJO", "HIJA", "FILHO", "FILHA", "VATER", "MUTTER", "DECLARANT", "DECLARANTE", "TEMOIN",
    "WITNESS", "OFFICIER", "REGISTRAR", "TRADUCTEUR", "TRADUCTRICE", "TRANSLATOR", "INTERPRETE",
})
# How many words before a name a role word makes it another person's; and after it on its line ("(father)").
_ROLE_BEFORE, _ROLE_AFTER = 3, 1
# Words a full name's parts may stand apart by: labels ("NOM MENSAH PRENOMS KOFI YAW"), a comma.
_NAME_GAP = 2


def holder_named_in(surname: str, given: str, text: str, *, threshold: float = TOKEN_SIMILARITY) -> str:
    """The person's full name as `text` names them as its own holder, or "" when it does not.

    Full: the surname's words in a row and every given name, near each other (a label between is
    allowed), each compared as two documents' names are (OCR-tolerant).  Not a name that a role word
    gives to someone else: a father sharing the surname ("Père : Kofi MENSAH") is not the holder."""
    sur, giv = name_tokens(surname), [w for w in name_tokens(given) if len(w) >= 2]
    lines = [_normalize_once(line, titles=False).split() for line in text.splitlines()]
    words = [w for line in lines for w in line]
    line_of = [n for n, line in enumerate(lines) for _ in line]
    if not sur or not giv or len("".join(sur)) < 2:
        return ""
    joined = "".join(sur)
    for i in range(len(words)):
        if i + len(sur) <= len(words) and all(_token_match(x, y, threshold)
                                              for x, y in zip(sur, words[i:i + len(sur)], strict=True)):
            n = len(sur)
        elif len(sur) > 1 and _token_match(joined, words[i], threshold):
            n = 1  # the surname's words written joined: DELACRUZ
        else:
            continue
        reach = len(giv) + _NAME_GAP
        free = [k for k in range(max(0, i - reach), min(len(words), i + n + reach)) if not i <= k < i + n]
        used: list[int] = []
        for name in giv:
            k = next((k for k in free if k not in used and _token_match(name, words[k], threshold)), None)
            if k is None:
                break
            used.append(k)
        else:
            start, end = min(i, *used), max(i + n - 1, *used)
            after = [w for k, w in enumerate(words[end + 1:end + 1 + _ROLE_AFTER], start=end + 1)
                     if line_of[k] == line_of[end]]
            if not OTHER_ROLE.intersection(words[max(0, start - _ROLE_BEFORE):end + 1] + after):
                return " ".join(words[k] for k in sorted([*range(i, i + n), *used]))
    return ""


def name_similarity(a: str, b: str) -> float:
    """How alike two names are, 0..1, ignoring case, accents, punctuation and word order."""
    na, nb = normalize_name(a), normalize_name(b)
    if not na or not nb:
        return 1.0 if na == nb else 0.0
    ska = " ".join(_skeleton(t) for t in na.split())
    skb = " ".join(_skeleton(t) for t in nb.split())
    score = max(
        fuzz.token_sort_ratio(na, nb),
        fuzz.token_sort_ratio(ska, skb),
        fuzz.ratio(na.replace(" ", ""), nb.replace(" ", "")),
    )
    return min(1.0, max(0.0, score / 100.0))


# --- one printed full name ----------------------------------------------------------------------

_PRINTED_TITLE = re.compile(
    r"^\s*(?:(?:M|Mme|Mmes|Mlle|Mr|Mrs|Ms|Miss|Monsieur|Madame|Mademoiselle)\.?\s+)+", re.IGNORECASE
)
_PARTICLES = frozenset({"DE", "DA", "DI", "DO", "DOS", "DAS", "DEL", "DU", "LA", "LE", "VAN", "VON", "DER",
                        "EL", "AL", "BEN", "BIN", "IBN", "AIT", "OULD"})


def _is_upper_word(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def split_full_name(s: str) -> tuple[str, str]:
    """(surname, given names) of one printed full name, in the printed form.

    The upper-case words are the surname: `DUPONT Jean Pierre` and `Jean Pierre DUPONT`
    both give ("DUPONT", "Jean Pierre"). A zone's `DUPONT<<JEAN<PIERRE` and
    `Dupont, Jean` are read as surname first. When case does not tell (all upper or all
    lower case), French order is assumed for all upper case (`DUPONT JEAN`: surname
    first) and English order otherwise (`Jean Dupont`: surname last)."""
    text = " ".join(s.split())
    if "<<" in s:
        surname, _, given = s.strip().partition("<<")
        return " ".join(surname.replace("<", " ").split()), " ".join(given.replace("<", " ").split())
    text = _PRINTED_TITLE.sub("", text) if len(text.split()) > 1 else text
    if "," in text:
        surname, _, given = text.partition(",")
        return surname.strip(), given.strip()
    words = text.split()
    if len(words) <= 1:
        return text, ""
    upper = [_is_upper_word(w) for w in words]
    if all(upper):
        # particles open the surname they belong to: "EL AMRANI KHADIJA", "DA SILVA ANA"
        first = 0
        while first < len(words) - 1 and words[first].upper() in _PARTICLES:
            first += 1
        return " ".join(words[: first + 1]), " ".join(words[first + 1 :])
    if not any(upper):
        # Particles stay with the surname: "Ana de la Cruz" -> ("de la Cruz", "Ana").
        i = len(words) - 1
        while i > 1 and words[i - 1].upper() in _PARTICLES:
            i -= 1
        return " ".join(words[i:]), " ".join(words[:i])
    # Lower-case particles just before the upper-case surname belong to it: "Ana de la CRUZ".
    first = upper.index(True)
    while first > 1 and words[first - 1].upper() in _PARTICLES:
        first -= 1
        upper[first] = True
    surname_words = [w for w, up in zip(words, upper, strict=True) if up]
    given_words = [w for w, up in zip(words, upper, strict=True) if not up]
    return " ".join(surname_words), " ".join(given_words)


# --- why two names were judged the same or different ---------------------------------------------


@dataclass(frozen=True)
class NameComparison:
    """The verdict on two documents' names and the reason a person can check."""

    same: bool
    reason: str


def _pairs_differing(a: list[str], b: list[str]) -> list[tuple[str, str]]:
    """The words of `a` not found as such in `b`, each with its closest word of `b`."""
    out = []
    for w in a:
        if w in b or not b:
            continue
        out.append((w, max(b, key=lambda o: Levenshtein.normalized_similarity(w, o))))
    return out


def compare_names(a_surname: str, a_given: str, b_surname: str, b_given: str) -> NameComparison:
    """`same_person`, with the reason: which words differ and why they count as the same or not."""
    sa, ga, sb, gb = (name_tokens(x) for x in (a_surname, a_given, b_surname, b_given))
    a, b = sa + ga, sb + gb
    same = same_person(a_surname, a_given, b_surname, b_given)
    if same:
        if a == b:
            return NameComparison(True, "same names")
        if sorted(a) == sorted(b):
            return NameComparison(True, "same words, in another order or other fields")
        if "".join(a) == "".join(b):
            return NameComparison(True, "same names, written joined or apart")
        diffs = _pairs_differing(a, b)
        ea, eb = _without_final_e(sa) + ga, _without_final_e(sb) + gb
        extra = [w for w, e in zip(a, ea, strict=True) if not any(_token_match(e, o, TOKEN_SIMILARITY) for o in eb)]
        missing = [w for w, e in zip(b, eb, strict=True) if not any(_token_match(e, o, TOKEN_SIMILARITY) for o in ea)]
        if extra or missing:
            return NameComparison(True, "one document gives only part of the name (" + " ".join(extra or missing) + ")")
        if diffs and all(_skeleton(x) == _skeleton(y) and x.replace("RN", "M") != y.replace("RN", "M")
                         for x, y in diffs):
            pairs = ", ".join(f"{x}/{y}" for x, y in diffs)
            return NameComparison(True, f"spelling or transliteration variants ({pairs})")
        if any(_ocr_first(x) == _ocr_first(y) or _ocr_fold(_skeleton(x)) == _ocr_fold(_skeleton(y))
               for x, y in diffs):
            pairs = ", ".join(f"{x}/{y}" for x, y in diffs)
            return NameComparison(True, f"letters OCR confuses ({pairs})")
        pairs = ", ".join(f"{x}/{y}" for x, y in diffs)
        return NameComparison(True, f"spelling or reading variants ({pairs})" if pairs else "same names, written apart")
    for x in ga:
        for y in gb:
            if x != y and (_feminine_pair(x, y) or _feminine_pair(_skeleton(x), _skeleton(y))):
                return NameComparison(False, f"feminine and masculine given names ({x}/{y})")
    if sa and sb and not _surnames_match(sa, sb, TOKEN_SIMILARITY):
        return NameComparison(False, f"different surnames ({' '.join(sa)}/{' '.join(sb)})")
    if ga and gb:
        return NameComparison(False, f"different given names ({' '.join(ga)}/{' '.join(gb)})")
    return NameComparison(False, f"different names ({' '.join(a)}/{' '.join(b)})")
