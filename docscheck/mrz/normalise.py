"""Undo the OCR confusions a position's type rules out: O in a date is 0, 0 in a country code O.

No check digit is needed for these: the layout alone says which reading is possible.
"""

from __future__ import annotations

import re

from docscheck.countries import ICAO_CODES
from docscheck.lookalikes import (
    DIGIT_TO_LETTER,
    FILLER_LOOKALIKES,
    LETTER_CONFUSIONS,
    LETTER_TO_DIGIT,
    SEX_LOOKALIKES,
)
from docscheck.mrz.icao import Grid, Layout

_FILLER_LIKE = f"[{FILLER_LOOKALIKES}]"


def known_country(code: str) -> str:
    """Country codes have no check digit: a code that is not one becomes the only real code one
    letter confusion (LETTER_CONFUSIONS) away, if there is exactly one."""
    if len(code) != 3 or code in ICAO_CODES or "<" in code:
        return code
    found = {code[:i] + alt + code[i + 1:] for i, c in enumerate(code) for alt in LETTER_CONFUSIONS.get(c, "")}
    found &= ICAO_CODES
    return found.pop() if len(found) == 1 else code


def _fix_name(chars: list[str], start: int, end: int) -> None:
    """Names: digits read for letters (DIGIT_TO_LETTER), and '<' fillers read as FILLER_LOOKALIKES."""
    for i in range(start, end):
        if chars[i] in DIGIT_TO_LETTER:
            chars[i] = DIGIT_TO_LETTER[chars[i]]
    seg = "".join(chars[start:end])
    # a K/X/C between two fillers, or a tail of them after a filler, is a filler
    seg = re.sub(rf"(?<=<){_FILLER_LIKE}(?=<)", "<", seg)
    seg = re.sub(rf"(?<=<)[{FILLER_LOOKALIKES}<]*$", lambda m: "<" * len(m.group(0)), seg)
    seg = re.sub(rf"(?<=<<){_FILLER_LIKE}(?=<|$)", "<", seg)
    # three fillers after a name end the names: what follows is misread fillers
    m = re.search(r"[A-Z]<<<", seg)
    if m:
        seg = seg[: m.start() + 1] + "<" * (len(seg) - m.start() - 1)
    chars[start:end] = list(seg)


def _number_fillers(lines: Grid, layout: Layout) -> None:
    """Fillers only pad a document number at its end: a '<' inside it among zeros is a zero
    (and the filler that follows the zeros a '<'); both weigh 0 in a check digit, so only
    their order tells ("XX00000<0" is "XX000000<")."""
    li, s, e = layout.number
    field = "".join(lines[li][s:e])
    body = field.rstrip("<")
    if "<" in body and set(body[body.index("<"):]) <= {"<", "0"}:
        head = field.replace("<", "")
        lines[li][s:e] = list(head + "<" * (len(field) - len(head)))


def _filler_run(chars: list[str], types: str, i: int) -> None:
    """A run of FILLER_LOOKALIKES after a filler in a letters-or-digits field.  K (value 20) and
    '<' (value 0) weigh the same in a check digit: only position tells.  A short run before a
    filler (or the end of the field) is fillers."""
    j = i
    while j < len(types) and types[j] == "x" and chars[j] in FILLER_LOOKALIKES:
        j += 1
    # a run that ends the field may be longer: optional data is never all K, X and C
    if j == len(types) or types[j] != "x" or (j - i <= 3 and chars[j] == "<"):
        chars[i:j] = ["<"] * (j - i)


def normalise(lines: Grid, layout: Layout) -> None:
    """Undo the confusions the position types rule out (in place)."""
    _number_fillers(lines, layout)
    for li, types in enumerate(layout.types):
        chars = lines[li]
        i = 0
        while i < len(types):
            t = types[i]
            c = chars[i]
            if t == "n" and c in LETTER_TO_DIGIT:
                chars[i] = LETTER_TO_DIGIT[c]
            elif t == "c":
                if c in LETTER_TO_DIGIT:
                    chars[i] = LETTER_TO_DIGIT[c]
                elif c in FILLER_LOOKALIKES:
                    chars[i] = "<"
            elif t == "s":
                if c in FILLER_LOOKALIKES:
                    chars[i] = "<"
                elif c in SEX_LOOKALIKES:
                    chars[i] = SEX_LOOKALIKES[c]
            elif t == "x" and c in FILLER_LOOKALIKES and i > 0 and chars[i - 1] == "<":
                _filler_run(chars, types, i)
            elif t == "m":
                j = i
                while j < len(types) and types[j] == "m":
                    j += 1
                _fix_name(chars, i, j)
                i = j
                continue
            i += 1
    _country_codes(lines, layout)
    # the second character of a document code is a letter or '<' except a few digit codes (A3, C1...)
    li, s, e = layout.code
    if lines[li][s] in DIGIT_TO_LETTER:
        lines[li][s] = DIGIT_TO_LETTER[lines[li][s]]


def _country_codes(lines: Grid, layout: Layout) -> None:
    # only when every character has a letter reading (keeps e.g. "132")
    for span in (layout.issuer, layout.nationality):
        if span is None:
            continue
        li, s, e = span
        seg = lines[li][s:e]
        if all(c in DIGIT_TO_LETTER or c.isalpha() or c == "<" for c in seg):
            lines[li][s:e] = list(known_country("".join(DIGIT_TO_LETTER.get(c, c) for c in seg)))
    # a passport or identity card is held by a national of its issuer, as a rule: a code no state
    # uses one letter from the issuer's is the issuer's misread ("GUR" on a British passport)
    if layout.nationality is not None and lines[0][0] in "PI" and lines[0][1] != "R":
        li, s, e = layout.nationality
        nationality, issuer = "".join(lines[li][s:e]), "".join(lines[layout.issuer[0]][layout.issuer[1]:layout.issuer[2]])
        if (issuer in ICAO_CODES and nationality.rstrip("<") not in ICAO_CODES
                and sum(a != b for a, b in zip(nationality, issuer, strict=True)) == 1):
            lines[li][s:e] = list(issuer)
