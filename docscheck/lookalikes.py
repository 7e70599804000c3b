"""Characters OCR takes for one another, in upper-case print (zones are OCR-B capitals).

One table, in named subsets: each use says which subset it takes, because each was fitted to
what its use can afford (a check digit can confirm some substitutions and not others).
"""

from __future__ import annotations

from collections.abc import Mapping

# A letter read where a digit belongs -> that digit.
LETTER_TO_DIGIT: Mapping[str, str] = {
    "O": "0", "Q": "0", "D": "0", "U": "0", "I": "1", "L": "1", "T": "1", "B": "8",
    "S": "5", "Z": "2", "G": "6", "A": "4",
}  # fmt: skip
# A digit read where a letter belongs -> that letter.
DIGIT_TO_LETTER: Mapping[str, str] = {"0": "O", "1": "I", "8": "B", "5": "S", "2": "Z", "6": "G", "4": "A", "7": "T"}

# Groups whose members a field holding letters or digits may hold in place of one another.
INTERCHANGEABLE_GROUPS: tuple[str, ...] = ("0OQD", "1IL", "8B", "5S", "2Z", "6G")
INTERCHANGEABLE: Mapping[str, tuple[str, ...]] = {
    c: tuple(o for o in group if o != c) for group in INTERCHANGEABLE_GROUPS for c in group
}

# Substitutions a check digit can see (L/1 and G/6 weigh the same modulo 10, so check digits
# cannot confirm them: what was read is kept).
CHECKABLE_LETTER_TO_DIGIT: Mapping[str, str] = {k: v for k, v in LETTER_TO_DIGIT.items() if k in "OQDIBSZ"}
# (and in a number's letter prefix, OCR-B's Z is often read as a 7)
CHECKABLE_DIGIT_TO_LETTER: Mapping[str, str] = {k: v for k, v in DIGIT_TO_LETTER.items() if k in "01852"} | {"7": "Z"}

# Digits a letter read in a date may stand for, likeliest first (more than one: S is 5, 8 or 3).
DIGIT_READINGS: Mapping[str, str] = {
    "S": "583", "B": "83", "Z": "27", "G": "60", "T": "71", "A": "4", "O": "0", "D": "0",
    "Q": "0", "U": "0", "I": "1", "L": "1",
}  # fmt: skip
# Letters that may stand for a digit when a zone line is located by its digit runs (a regex
# class body): LETTER_TO_DIGIT's keys but T and A, which the anchors were fitted without.
DIGIT_LIKE_LETTERS = "OQDIZSBGLU"
# Letters read for a zero.  A document number's O, Q and D are usually zeros; U only rarely.
ZERO_LETTERS = "OQD"
# Letters exactly the shape of a zero: where a number's letter prefix meets its digits, a 0.
ROUND_ZERO_LETTERS = "OQ"

# Letters OCR takes for one another (the letters each may have been printed as).
LETTER_CONFUSIONS: Mapping[str, str] = {
    "O": "QDCU", "Q": "O", "D": "O", "C": "OG", "G": "CO", "I": "LTJ", "L": "I", "T": "I", "J": "I",
    "E": "F", "F": "E", "U": "VO", "V": "U", "M": "NH", "N": "MH", "H": "NM", "K": "X", "X": "K",
    "B": "EPR", "P": "BRF", "R": "PB",
}  # fmt: skip

# What OCR makes of the '<' filler most often.
FILLER_LOOKALIKES = "KXC"
# Letters a leading '<' may have been (a document number does not start with a filler).
FILLER_READ_FOR = "XC"
# What OCR or a text layer may give for '<': read as '<' without complaint.
FILLER_SIGNS = "«‹"
# Thin characters OCR adds from a speck or a gap between two characters.
SPECK_CHARACTERS = "0O1IL<"

# Sex position: letters read for M and F.
SEX_LOOKALIKES: Mapping[str, str] = {"H": "M", "N": "M", "E": "F", "P": "F"}
# Symbols read for letters (a photo's C with its serifs read as the euro sign).
SYMBOL_TO_LETTER: Mapping[str, str] = {"$": "S", "€": "C"}

# In printed words (names, cue words): the digits OCR gives for a capital letter.
WORD_DIGIT_TO_LETTER: Mapping[str, str] = {k: v for k, v in DIGIT_TO_LETTER.items() if k in "0158"}
# In names compared across documents: letters (and digits) one OCR reading may give for another's.
NAME_CONFUSIONS: Mapping[str, str] = {"Q": "O", "L": "I", "2": "Z", "6": "G", "C": "G", "F": "E", "V": "U"}
# In printed dates (mixed case): letters OCR gives for a digit.
DATE_LETTER_TO_DIGIT: Mapping[str, str] = {"O": "0", "o": "0", "I": "1", "l": "1"}
