"""Document number formats of some issuers: what the check digit cannot see, the format can.

A check digit sees most confusions, not all: L and 1 weigh the same, and several at once may
cancel out (`QOZBOO000` read for `00ZB00000` verifies: Q, O, O, O add 182 + 72 + 72 + 24 = 350,
nothing modulo 10).  Where an issuer's numbers
have a known shape, each position is a digit or a letter: a look-alike in the wrong kind is
turned into its twin, and a number that still does not fit (or no longer verifies) is reported,
so the zone is not called verified.

Formats as data: (issuer, document code prefix, zone kind or "") -> pattern of `9` (digit),
`A` (letter) and `X` (either), the number's length included.  Only formats known for sure.
"""

from __future__ import annotations

from collections.abc import Mapping

from docscheck.lookalikes import DIGIT_TO_LETTER, LETTER_TO_DIGIT

NUMBER_FORMATS: Mapping[tuple[str, str, str], str] = {
    # French passport since 2006: 2 digits, 2 letters, 5 digits ("00ZB00000").
    ("FRA", "P", "TD3"): "99AA99999",
    # Not here: the old French card (FR_CNI), whose 12 characters are digits on real cards but
    # letters in some generators' valid test zones; the 2021 French card, letters and digits mixed.
}


def number_format(issuer: str, code: str, kind: str) -> str | None:
    """The known format of a number from this issuer and document, if any."""
    for (iss, prefix, k), pattern in NUMBER_FORMATS.items():
        if iss == issuer and code.startswith(prefix) and (not k or k == kind):
            return pattern
    return None


def conform(number: str, pattern: str) -> str | None:
    """The number with each look-alike turned to the kind its position wants; None if it cannot fit."""
    if len(number) != len(pattern):
        return None
    out = []
    for c, want in zip(number, pattern, strict=True):
        if want == "9" and not c.isdigit():
            c = LETTER_TO_DIGIT.get(c, c)
        elif want == "A" and not c.isalpha():
            c = DIGIT_TO_LETTER.get(c, c)
        if (want == "9" and not c.isdigit()) or (want == "A" and not c.isalpha()) or c == "<":
            return None
        out.append(c)
    return "".join(out)
