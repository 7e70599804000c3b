"""Machine-readable zones (ICAO 9303): find, repair, validate and parse.

API (other modules rely on these names):
- check_digit(s) -> str
- find_zones(text) -> list[Zone]          zones found in OCR or text-layer text
- parse_zone(lines) -> Zone | None        one zone from its lines
- read_zone_from_image(image, ocr) -> str | None
      re-read the zone region of a page image with zone settings; returns the zone lines
      joined by newlines, or None when no zone is there.

Layouts follow ICAO Doc 9303 parts 4 (TD3 passports), 5 (TD1 cards), 6 (TD2 cards) and
7 (MRV-A / MRV-B visas), plus the old French identity card (2x36, "IDFRA", 1988-2021),
which is not an ICAO layout but still in circulation.

Repair is guided by the layout: each character position has a type (digit, letter,
either, name, check digit), OCR confusions are undone where the type forbids the
character read (O in a date becomes 0, 0 in a country code becomes O), and positions
that may hold either are only changed when that makes a check digit verify.  A zone is
`valid` only when every check digit verifies after repair.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
from PIL import Image, ImageFilter, ImageOps

from docscheck import tesseract
from docscheck.model import Zone
from docscheck.tesseract import OcrResult, OcrWord

_WEIGHTS = (7, 3, 1)


def _value(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if "A" <= ch <= "Z":
        return ord(ch) - ord("A") + 10
    return 0  # '<' filler


def check_digit(s: str) -> str:
    """ICAO 9303 check digit of a string of A-Z, 0-9 and '<'."""
    return str(sum(_value(c) * _WEIGHTS[i % 3] for i, c in enumerate(s)) % 10)


# --- OCR confusions ---------------------------------------------------------------------

_TO_DIGIT = {"O": "0", "Q": "0", "D": "0", "U": "0", "I": "1", "L": "1", "T": "1", "B": "8",
             "S": "5", "Z": "2", "G": "6", "A": "4"}
_TO_ALPHA = {"0": "O", "1": "I", "8": "B", "5": "S", "2": "Z", "6": "G", "4": "A", "7": "T"}
# Characters an alphanumeric field may hold in place of one another.
_AMBIGUOUS: dict[str, tuple[str, ...]] = {}
for _group in ("0OQD", "1IL", "8B", "5S", "2Z", "6G"):
    for _c in _group:
        _AMBIGUOUS[_c] = tuple(o for o in _group if o != _c)
_CHARSET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<")
_FILLER_LOOKALIKES = "KXC"  # what OCR makes of '<' most often
_FILLER_SIGNS = "«‹"  # what OCR or a text layer may give for '<'; read as '<' without complaint
_MAX_TRIES = 4000  # bound on alternatives tried per check digit


# ISO 3166-1 alpha-3 codes, and the codes ICAO 9303-3 adds (D for Germany, UN and Interpol
# documents, refugees and stateless persons, the UTO specimen state).
_COUNTRY_CODES = """
ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR
BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG
COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH
FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY
HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM
KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL
MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR
NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU
SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA
TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB
VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE D EUE GBD GBN GBO GBP GBS RKS UNA UNK UNO XBA XCC XCE XCO
XEC XES XIM XMP XOM XPO XSC XXA XXB XXC XXX UTO
"""
_COUNTRIES = frozenset(_COUNTRY_CODES.split())
# Letters OCR takes for one another (country codes have no check digit: a code that is not one
# becomes the only real code one such confusion away, if there is exactly one).
_LETTER_CONFUSIONS = {
    "O": "QDCU", "Q": "O", "D": "O", "C": "OG", "G": "CO", "I": "LTJ", "L": "I", "T": "I", "J": "I",
    "E": "F", "F": "E", "U": "VO", "V": "U", "M": "NH", "N": "MH", "H": "NM", "K": "X", "X": "K",
    "B": "EPR", "P": "BRF", "R": "PB",
}


def _known_country(code: str) -> str:
    if len(code) != 3 or code in _COUNTRIES or "<" in code:
        return code
    found = {code[:i] + alt + code[i + 1:] for i, c in enumerate(code) for alt in _LETTER_CONFUSIONS.get(c, "")}
    found &= _COUNTRIES
    return found.pop() if len(found) == 1 else code


# --- layouts ----------------------------------------------------------------------------

Span = tuple[int, int, int]  # line, start, end (end excluded)
Pos = tuple[int, int]  # line, index


@dataclass(frozen=True)
class _Check:
    name: str
    spans: tuple[Span, ...]
    at: Pos


@dataclass(frozen=True)
class _Layout:
    kind: str
    width: int
    lines: int
    # position types per line: k keep, a letters, x letters or digits, n digits, c check digit,
    # s sex, m name (letters and fillers)
    types: tuple[str, ...]
    checks: tuple[_Check, ...]
    code: Span
    issuer: Span
    number: Span
    nationality: Span | None
    birth: Span
    sex: Pos | None
    expiry: Span | None
    optional: tuple[Span, ...]
    surname: Span  # whole name field, or the surname-only field (old French card)
    given: Span | None = None  # separate given-names field (old French card)


def _types(*parts: tuple[str, int]) -> str:
    return "".join(t * n for t, n in parts)


def _line2_44_36(width: int, kind: str) -> tuple[str, tuple[_Check, ...], tuple[Span, ...]]:
    """Lower line shared by TD2, TD3, MRV-A and MRV-B."""
    checks = [
        _Check("number", ((1, 0, 9),), (1, 9)),
        _Check("birth", ((1, 13, 19),), (1, 19)),
        _Check("expiry", ((1, 21, 27),), (1, 27)),
    ]
    if kind == "TD3":
        checks.append(_Check("personal", ((1, 28, 42),), (1, 42)))
        checks.append(_Check("composite", ((1, 0, 10), (1, 13, 20), (1, 21, 43)), (1, 43)))
        tail = _types(("x", 14), ("c", 2))
        optional: tuple[Span, ...] = ((1, 28, 42),)
    elif kind == "TD2":
        checks.append(_Check("composite", ((1, 0, 10), (1, 13, 20), (1, 21, 35)), (1, 35)))
        tail = _types(("x", 7), ("c", 1))
        optional = ((1, 28, 35),)
    else:  # visas: no composite check digit (ICAO 9303-7)
        tail = "x" * (width - 28)
        optional = ((1, 28, width),)
    line = _types(("x", 9), ("c", 1), ("a", 3), ("n", 6), ("c", 1), ("s", 1), ("n", 6), ("c", 1)) + tail
    return line, tuple(checks), optional


def _two_line(kind: str, width: int) -> _Layout:
    line2, checks, optional = _line2_44_36(width, kind)
    return _Layout(
        kind=kind, width=width, lines=2,
        types=(_types(("k", 2), ("a", 3), ("m", width - 5)), line2),
        checks=checks, code=(0, 0, 2), issuer=(0, 2, 5), number=(1, 0, 9), nationality=(1, 10, 13),
        birth=(1, 13, 19), sex=(1, 20), expiry=(1, 21, 27), optional=optional, surname=(0, 5, width),
    )


_TD1 = _Layout(
    kind="TD1", width=30, lines=3,
    types=(
        _types(("k", 2), ("a", 3), ("x", 9), ("c", 1), ("x", 15)),
        _types(("n", 6), ("c", 1), ("s", 1), ("n", 6), ("c", 1), ("a", 3), ("x", 11), ("c", 1)),
        "m" * 30,
    ),
    checks=(
        _Check("number", ((0, 5, 14),), (0, 14)),
        _Check("birth", ((1, 0, 6),), (1, 6)),
        _Check("expiry", ((1, 8, 14),), (1, 14)),
        _Check("composite", ((0, 5, 30), (1, 0, 7), (1, 8, 15), (1, 18, 29)), (1, 29)),
    ),
    code=(0, 0, 2), issuer=(0, 2, 5), number=(0, 5, 14), nationality=(1, 15, 18), birth=(1, 0, 6),
    sex=(1, 7), expiry=(1, 8, 14), optional=((0, 15, 30), (1, 18, 29)), surname=(2, 0, 30),
)

# Old French identity card ("carte nationale d'identite", 1988-2021): line 1 = ID FRA,
# surname [5:30], issuing office [30:36]; line 2 = number [0:12] (issue year and month,
# office, serial), check, given names [13:27], birth date, check, sex, composite over
# line 1 and line 2 [0:35].  No expiry date in the zone.
_FR_CNI = _Layout(
    kind="FR_CNI", width=36, lines=2,
    types=(
        _types(("k", 2), ("a", 3), ("m", 25), ("x", 6)),
        _types(("x", 12), ("c", 1), ("m", 14), ("n", 6), ("c", 1), ("s", 1), ("c", 1)),
    ),
    checks=(
        _Check("number", ((1, 0, 12),), (1, 12)),
        _Check("birth", ((1, 27, 33),), (1, 33)),
        _Check("composite", ((0, 0, 36), (1, 0, 35)), (1, 35)),
    ),
    code=(0, 0, 2), issuer=(0, 2, 5), number=(1, 0, 12), nationality=None, birth=(1, 27, 33),
    sex=(1, 34), expiry=None, optional=((0, 30, 36),), surname=(0, 5, 30), given=(1, 13, 27),
)

_LAYOUTS = {
    "TD1": _TD1,
    "TD2": _two_line("TD2", 36),
    "TD3": _two_line("TD3", 44),
    "MRVA": _two_line("MRVA", 44),
    "MRVB": _two_line("MRVB", 36),
    "FR_CNI": _FR_CNI,
}


# --- normalising and repairing ----------------------------------------------------------

def _clean_line(line: str) -> str:
    """Upper-case, no whitespace, no marks at the ends (a table rule read as '|')."""
    return re.sub(r"\s+", "", line.upper()).replace("$", "S").strip("|!.,;:'\"`-_~()[]{}/\\")


def _length_variants(line: str, width: int) -> list[str]:
    """The line brought to `width`: at its end, and inside its longest filler run."""
    d = width - len(line)
    if d == 0:
        return [line]
    if d > 0:
        out = [line + "<" * d]
        runs = [m for m in re.finditer(r"<+", line) if m.end() < len(line)]
        if runs:
            m = max(runs, key=lambda r: r.end() - r.start())
            out.append(line[: m.end()] + "<" * d + line[m.end():])
        return out
    out = [line[:width]]
    if -d <= 3:
        runs = [m for m in re.finditer(r"<+", line) if m.end() - m.start() > -d]
        if runs:
            m = max(runs, key=lambda r: r.end() - r.start())
            out.append(line[: m.start()] + line[m.start() - d: ])
    return out


def _fix_name(chars: list[str], start: int, end: int) -> None:
    """Names: digits read for letters, and '<' fillers read as K, X or C."""
    for i in range(start, end):
        if chars[i] in _TO_ALPHA:
            chars[i] = _TO_ALPHA[chars[i]]
    seg = "".join(chars[start:end])
    # a K/X/C between two fillers, or a tail of them after a filler, is a filler
    seg = re.sub(r"(?<=<)[KXC](?=<)", "<", seg)
    seg = re.sub(r"(?<=<)[KXC<]*$", lambda m: "<" * len(m.group(0)), seg)
    seg = re.sub(r"(?<=<<)[KXC](?=<|$)", "<", seg)
    # three fillers after a name end the names: what follows is misread fillers
    m = re.search(r"[A-Z]<<<", seg)
    if m:
        seg = seg[: m.start() + 1] + "<" * (len(seg) - m.start() - 1)
    chars[start:end] = list(seg)


def _number_fillers(lines: list[list[str]], layout: _Layout) -> None:
    """Fillers only pad a document number at its end: a '<' inside it among zeros is a zero
    (and the filler that follows the zeros a '<'); both weigh 0 in a check digit, so only
    their order tells ("XX00000<0" is "XX000000<")."""
    li, s, e = layout.number
    field = "".join(lines[li][s:e])
    body = field.rstrip("<")
    if "<" in body and set(body[body.index("<"):]) <= {"<", "0"}:
        head = field.replace("<", "")
        lines[li][s:e] = list(head + "<" * (len(field) - len(head)))


def _normalise(lines: list[list[str]], layout: _Layout) -> None:
    """Undo the confusions the position types rule out (in place)."""
    _number_fillers(lines, layout)
    for li, types in enumerate(layout.types):
        chars = lines[li]
        i = 0
        while i < len(types):
            t = types[i]
            c = chars[i]
            if t == "n" and c in _TO_DIGIT:
                chars[i] = _TO_DIGIT[c]
            elif t == "c":
                if c in _TO_DIGIT:
                    chars[i] = _TO_DIGIT[c]
                elif c in _FILLER_LOOKALIKES:
                    chars[i] = "<"
            elif t == "s":
                if c in _FILLER_LOOKALIKES:
                    chars[i] = "<"
                elif c in "HN":
                    chars[i] = "M"
                elif c in "EP":
                    chars[i] = "F"
            elif t == "x" and c in _FILLER_LOOKALIKES and i > 0 and chars[i - 1] == "<":
                # K (value 20) and '<' (value 0) weigh the same in a check digit: only position
                # tells.  A short run of K/X/C after a filler and before a filler (or the end of
                # the field) is fillers.
                j = i
                while j < len(types) and types[j] == "x" and chars[j] in _FILLER_LOOKALIKES:
                    j += 1
                # a run that ends the field may be longer: optional data is never all K, X and C
                if j == len(types) or types[j] != "x" or (j - i <= 3 and chars[j] == "<"):
                    chars[i:j] = ["<"] * (j - i)
            elif t == "m":
                j = i
                while j < len(types) and types[j] == "m":
                    j += 1
                _fix_name(chars, i, j)
                i = j
                continue
            i += 1
    # country codes: only when every character has a letter reading (keeps e.g. "132")
    for span in (layout.issuer, layout.nationality):
        if span is None:
            continue
        li, s, e = span
        seg = lines[li][s:e]
        if all(c in _TO_ALPHA or c.isalpha() or c == "<" for c in seg):
            lines[li][s:e] = list(_known_country("".join(_TO_ALPHA.get(c, c) for c in seg)))
    # a passport or identity card is held by a national of its issuer, as a rule: a code no state
    # uses one letter from the issuer's is the issuer's misread ("GUR" on a British passport)
    if layout.nationality is not None and lines[0][0] in "PI" and lines[0][1] != "R":
        li, s, e = layout.nationality
        nationality, issuer = "".join(lines[li][s:e]), "".join(lines[layout.issuer[0]][layout.issuer[1]:layout.issuer[2]])
        if (issuer in _COUNTRIES and nationality.rstrip("<") not in _COUNTRIES
                and sum(a != b for a, b in zip(nationality, issuer, strict=True)) == 1):
            lines[li][s:e] = list(issuer)
    # the second character of a document code is a letter or '<' except a few digit codes (A3, C1...)
    li, s, e = layout.code
    if lines[li][s] in _TO_ALPHA:
        lines[li][s] = _TO_ALPHA[lines[li][s]]


def _text(lines: list[list[str]], spans: Iterable[Span]) -> str:
    return "".join("".join(lines[li][s:e]) for li, s, e in spans)


def _verifies(lines: list[list[str]], check: _Check) -> bool:
    field = _text(lines, check.spans)
    got = lines[check.at[0]][check.at[1]]
    if got == "<":
        return all(c == "<" for c in field)
    return got == check_digit(field)


@dataclass
class _NumberInfo:
    value: str
    ok: bool


def _td1_number(lines: list[list[str]]) -> _NumberInfo:
    """TD1 document number, with the extension into the optional data (ICAO 9303-5 note j)."""
    base = "".join(lines[0][5:14])
    check = lines[0][14]
    if check != "<":
        return _NumberInfo(base.rstrip("<"), check == check_digit(base))
    opt = "".join(lines[0][15:30])
    ext = opt.split("<", 1)[0]
    if len(ext) < 2:
        return _NumberInfo(base.rstrip("<"), False)
    digits, cd = ext[:-1], ext[-1]
    # Issuers differ on whether the '<' at position 15 counts; both forms are in use.
    ok = cd in (check_digit(base + "<" + digits), check_digit(base + digits))
    if not ok:
        return _NumberInfo(base.rstrip("<"), False)
    return _NumberInfo((base + digits).replace("<", ""), True)


def _check_ok(lines: list[list[str]], layout: _Layout, check: _Check) -> bool:
    if layout.kind == "TD1" and check.name == "number":
        return _td1_number(lines).ok
    return _verifies(lines, check)


def _fits_neighbours(lines: list[list[str]], p: Pos, new: str, strict: bool = False) -> bool:
    """A letter read for a digit (or the reverse) is only undone next to its own kind.

    Document numbers mix letters and digits, but in runs ("K682T8YLO", "L898902C3"):
    an O between digits is likely a 0; an O between letters is likely an O.
    """
    old = lines[p[0]][p[1]]
    if old.isdigit() == new.isdigit():
        return True
    row = lines[p[0]]
    near = [row[i] for i in (p[1] - 1, p[1] + 1) if 0 <= i < len(row) and row[i] != "<"]
    fits = [c.isdigit() == new.isdigit() for c in near]
    return bool(fits) and all(fits) if strict else any(fits)


def _search(
    lines: list[list[str]],
    positions: list[Pos],
    goal: Callable[[list[list[str]]], int],
    max_changes: int,
    strict: bool = False,
) -> bool:
    """Try ambiguous substitutions at `positions`, fewest changes first; keep the best.

    `goal` scores a candidate (higher is better; >= 1 means acceptable).  Returns True
    when characters were changed.
    """
    options = []
    for p in positions:
        alts = tuple(a for a in _AMBIGUOUS.get(lines[p[0]][p[1]], ()) if _fits_neighbours(lines, p, a, strict))
        if alts:
            options.append((p, alts))
    if not options:
        return False
    best: tuple[int, list[tuple[Pos, str]]] | None = None
    tries = 0
    for k in range(1, min(max_changes, len(options)) + 1):
        for combo in itertools.combinations(options, k):
            for subs in itertools.product(*(alts for _, alts in combo)):
                tries += 1
                if tries > _MAX_TRIES:
                    break
                saved = [(p, lines[p[0]][p[1]]) for p, _ in combo]
                for (p, _), ch in zip(combo, subs, strict=True):
                    lines[p[0]][p[1]] = ch
                score = goal(lines)
                for p, ch in saved:
                    lines[p[0]][p[1]] = ch
                if score >= 1 and (best is None or score > best[0]):
                    best = (score, [(p, ch) for (p, _), ch in zip(combo, subs, strict=True)])
        if best is not None:
            break
    if best is None:
        return False
    for p, ch in best[1]:
        lines[p[0]][p[1]] = ch
    return True


def _x_positions(layout: _Layout, spans: Iterable[Span]) -> list[Pos]:
    return [(li, i) for li, s, e in spans for i in range(s, e) if layout.types[li][i] == "x"]


# Substitutions a check digit can see (L/1 and G/6 weigh the same modulo 10, so
# check digits cannot confirm them: what was read is kept).
_DIGIT_LOOKALIKES = {k: v for k, v in _TO_DIGIT.items() if k in "OQDIBSZ"}
# (and in a number's letter prefix, OCR-B's Z is often read as a 7)
_LETTER_LOOKALIKES = {k: v for k, v in _TO_ALPHA.items() if k in "01852"} | {"7": "Z"}


def _number_runs(lines: list[list[str]], layout: _Layout, goal: Callable[[list[list[str]]], int]) -> bool:
    """Document numbers are mostly a few letters then digits ("CA000000", "S0002068"):
    try the number read as a letter prefix of 0-3 characters followed by digits only."""
    li, s, e = layout.number
    original = lines[li][s:e]
    candidates: list[list[str]] = []
    # the old French card's number starts with the year and month of issue: no letter prefix
    for k in range(0, 1 if layout.kind == "FR_CNI" else 4):
        if k and original[k - 1] in "OQ":  # an O where letters meet digits is a 0
            continue
        if not all(c.isalpha() or c in _LETTER_LOOKALIKES for c in original[:k]):
            continue  # a prefix is letters
        rest = [_DIGIT_LOOKALIKES.get(c, c) for c in original[k:]]
        candidates.append(original[:k] + rest)
        candidates.append([_LETTER_LOOKALIKES.get(c, c) for c in original[:k]] + rest)
    if original[0] == "<":  # a number does not start with a filler: an X or C read as one
        candidates += [[c, *original[1:]] for c in "XC"]
    # fewest changes first: L/1 and G/6 (like K and '<') weigh the same in check digits
    candidates.sort(key=lambda c: sum(a != b for a, b in zip(c, original, strict=True)))
    for candidate in candidates:
        if candidate == original:
            continue
        lines[li][s:e] = candidate
        if goal(lines) >= 1:
            return True
    lines[li][s:e] = original
    return False


# Digits a letter read in a digit field may stand for, likeliest first.
_DIGIT_READINGS = {"S": "583", "B": "83", "Z": "27", "G": "60", "T": "71", "A": "4", "O": "0", "D": "0",
                   "Q": "0", "U": "0", "I": "1", "L": "1"}


def _repair_date(lines: list[list[str]], raw: list[list[str]], check: _Check) -> None:
    """A date whose check digit fails: try the other digits its misread letters may stand for."""
    options = []
    for li, s, e in check.spans:
        for i in range(s, e):
            alts = [d for d in _DIGIT_READINGS.get(raw[li][i], "") if d != lines[li][i]]
            if alts:
                options.append(((li, i), alts))
    for k in (1, 2):
        for combo in itertools.combinations(options, k):
            for subs in itertools.product(*(a for _, a in combo)):
                saved = [(p, lines[p[0]][p[1]]) for p, _ in combo]
                for (p, _), d in zip(combo, subs, strict=True):
                    lines[p[0]][p[1]] = d
                if _verifies(lines, check) and re.fullmatch(r"\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])",
                                                           _text(lines, check.spans)):
                    return
                for p, d in saved:
                    lines[p[0]][p[1]] = d


def _zeros_in_number(lines: list[list[str]], layout: _Layout, composite: _Check | None) -> None:
    """A number read with several O's or D's ("ADODOOOO" for "A0000000") whose check digit
    holds either way: zeros are far commoner than those letters in document numbers."""
    li, s, e = layout.number
    original = lines[li][s:e]
    if sum(c in "OQD" for c in original) < 2:
        return
    number = next(c for c in layout.checks if c.name == "number")
    # the first character may be a letter; if all the others are then digits, so may it be
    for keep in (1, 0):
        lines[li][s:e] = original[:keep] + ["0" if c in "OQD" else c for c in original[keep:]]
        if keep == 0 and not all(c.isdigit() or c == "<" for c in lines[li][s:e]):
            continue
        if _check_ok(lines, layout, number) and (composite is None or _verifies(lines, composite)):
            if keep == 1 and all(c.isdigit() or c == "<" for c in lines[li][s + 1:e]) and original[0] in "OQD":
                continue  # "OO000000": the first O goes with the zeros after it
            return
    lines[li][s:e] = original


def _repair(lines: list[list[str]], layout: _Layout, raw: list[list[str]] | None = None,
            search: bool = True) -> None:
    """Make failing check digits verify by undoing OCR confusions in free positions.

    Each failing check digit may be fixed by one substitution in its field, and only
    when the composite check digit (where the layout has one) then verifies too: a check
    digit alone has a one-in-ten chance of agreeing with a wrong reading.
    """
    composite = next((c for c in layout.checks if c.name == "composite"), None)
    for check in layout.checks:
        if check.name in ("birth", "expiry") and raw is not None and not _verifies(lines, check):
            _repair_date(lines, raw, check)
    for check in layout.checks:
        if check is composite or _check_ok(lines, layout, check):
            continue
        spans = check.spans
        if layout.kind == "TD1" and check.name == "number":
            spans = ((0, 5, 30),)
        positions = _x_positions(layout, spans)

        def goal(ls: list[list[str]], check: _Check = check) -> int:
            if not _check_ok(ls, layout, check):
                return 0
            return 1 if composite is None or _verifies(ls, composite) else 0

        def runs_goal(ls: list[list[str]], check: _Check = check) -> int:
            # a composite digit OCR lost cannot confirm; the few run readings are then enough
            if composite is not None and not ls[composite.at[0]][composite.at[1]].isdigit():
                return 1 if _check_ok(ls, layout, check) else 0
            return goal(ls)

        if check.name == "number" and _number_runs(lines, layout, runs_goal):
            continue
        if not search:
            continue
        # else one substitution next to its kind, where a composite check digit confirms it, or
        # (without a composite) one that stands out among the other kind.  No more: every
        # reading tried is another one-in-ten (or one-in-a-hundred) chance of a false match.
        _search(lines, positions, goal, 1, strict=composite is None)
    _zeros_in_number(lines, layout, composite)
    if composite is None or _verifies(lines, composite) or not search:
        return
    if any(not _check_ok(lines, layout, c) for c in layout.checks if c is not composite):
        return  # the composite fails because another field does
    covered = {(li, i) for c in layout.checks if c is not composite for li, s, e in c.spans
               for i in range(s, e)}
    if layout.kind == "TD1" and lines[0][14] == "<":
        covered |= {(0, i) for i in range(15, 30)}
    free = [p for p in _x_positions(layout, composite.spans) if p not in covered]
    # optional data has no check digit of its own: only undo a letter among digits (or the reverse)
    _search(lines, free, lambda ls: 1 if _verifies(ls, composite) else 0, 1, strict=True)


# --- dates and fields -------------------------------------------------------------------

def _date(yymmdd: str, *, today: date, future_years: int) -> date | None:
    """A YYMMDD date, its century chosen so that it lies at most `future_years` after `today`."""
    if not re.fullmatch(r"\d{6}", yymmdd):
        return None
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    limit = (today.year + future_years, today.month, today.day)
    year = 2000 + yy
    if (year, mm, dd) > limit:
        year -= 100
    try:
        return date(year, mm, dd)
    except ValueError:
        return None


def _misread_issuer(nationality: str, issuer: str) -> bool:
    """No check digit covers the nationality.  A code that no state uses (specimens and old
    documents have a few: BOS, COU, 132) but shares one or two of its three characters with the
    issuing state's real code is that code misread ("SBL" on an Icelandic passport); so is a
    real code that differs from the issuer's in one character only."""
    if nationality == issuer:
        return False
    short = issuer.rstrip("<")
    if len(short) == 2 and short != issuer and nationality.startswith(short) and nationality.rstrip("<") != short:
        return True  # "SII" for "SI<": the filler after a short code read as a letter
    if issuer.rstrip("<") not in _COUNTRIES:
        return False
    same = sum(a == b for a, b in zip(nationality, issuer, strict=False))
    if nationality in _COUNTRIES or nationality.rstrip("<") in _COUNTRIES:
        # a real code one letter away from the issuer's ("IRL" on an Icelandic passport, "GGY"
        # on an Egyptian one) is far likelier a misreading than a foreigner's document
        return same == 2
    return 1 <= same <= 2


def _names(field: str) -> tuple[str, str]:
    field = field.rstrip("<")
    if "<<" in field:
        sur, given = field.split("<<", 1)
    else:
        sur, given = field, ""
    return sur.replace("<", " ").strip(), given.replace("<", " ").strip()


def _build(lines: list[list[str]], layout: _Layout, today: date, changed: bool, charset_ok: bool) -> Zone:
    def span(s: Span | None) -> str:
        return "" if s is None else "".join(lines[s[0]][s[1]: s[2]])

    failed = [c.name for c in layout.checks if not _check_ok(lines, layout, c)]
    birth_raw, expiry_raw = span(layout.birth), span(layout.expiry)
    birth = _date(birth_raw, today=today, future_years=0)
    expiry = _date(expiry_raw, today=today, future_years=20) if layout.expiry else None
    if birth is None:
        failed.append("birth_date_not_a_date")
    if layout.expiry is not None and expiry is None:
        failed.append("expiry_date_not_a_date")
    if not charset_ok:
        failed.append("charset")
    # Only a passport or an identity card is normally held by a national of its issuer: a visa or
    # a residence card is issued to foreigners, whose code may well be one letter from the
    # issuer's (BRA on a French visa).
    code = span(layout.code)
    if (
        layout.nationality is not None
        and code[:1] in ("P", "I")
        and code[:2] != "IR"
        and _misread_issuer(span(layout.nationality), span(layout.issuer))
    ):
        failed.append("nationality_code")
    if layout.given is not None:
        surname = span(layout.surname).replace("<", " ").strip()
        # given names on the old French card are separated by "<<"
        given = span(layout.given).rstrip("<").replace("<<", ", ").replace("<", " ").strip()
    else:
        surname, given = _names(span(layout.surname))
    number = _td1_number(lines).value if layout.kind == "TD1" else span(layout.number).rstrip("<")
    nationality = span(layout.nationality).rstrip("<") if layout.nationality else span(layout.issuer)
    return Zone(
        kind=layout.kind,
        lines=tuple("".join(line) for line in lines),
        valid=not failed,
        document_code=span(layout.code).rstrip("<"),
        issuer=span(layout.issuer).rstrip("<"),
        surname=surname,
        given_names=given,
        document_number=number,
        nationality=nationality,
        birth_date=birth,
        sex=lines[layout.sex[0]][layout.sex[1]].replace("<", "") if layout.sex else "",
        expiry_date=expiry,
        optional_data="<".join(o for o in (span(s).strip("<") for s in layout.optional) if o),
        failed_checks=tuple(failed),
        repaired=changed,
    )


def _parse_exact(lines: list[str], layout: _Layout, today: date, changed: bool, search: bool = True) -> Zone:
    charset_ok = all(c in _CHARSET or c in _FILLER_SIGNS for line in lines for c in line)
    grid = [[c if c in _CHARSET else "<" for c in line] for line in lines]
    before = list(lines)
    raw = [list(g) for g in grid]
    _normalise(grid, layout)
    _repair(grid, layout, raw, search)
    changed = changed or ["".join(g) for g in grid] != before
    return _build(grid, layout, today, changed, charset_ok)


def _score(z: Zone) -> tuple[int, int, int]:
    return (int(z.valid), -len(z.failed_checks), -int(z.repaired))


def _kinds(lines: list[str]) -> list[str]:
    if len(lines) == 3:
        return ["TD1"]
    if len(lines) != 2:
        return []
    mean = (len(lines[0]) + 2 * len(lines[1])) / 3  # the lower line's length is the surer
    visa = lines[0][:1] == "V"
    if mean >= 40:
        return ["MRVA"] if visa else ["TD3"]
    kinds = ["MRVB"] if visa else ["TD2"]
    if lines[0].startswith(("IDFRA", "1DFRA", "IDFR4")):
        kinds.append("FR_CNI")
    return kinds


_D = "[0-9OQDIZSBGLU]"  # a digit, or a letter OCR makes of one
_ANCHOR_2 = re.compile(r"(?=([A-Z0-9<]{3}" + _D + "{7}[MFX<KHN]" + _D + "{7}))")
_ANCHOR_TD1 = re.compile(r"(?=(" + _D + "{7}[MFX<KHN]" + _D + "{7}[A-Z0-9<]{3}))")


def _sub_cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if _TO_DIGIT.get(a) == b or _TO_ALPHA.get(a) == b or b in _AMBIGUOUS.get(a, ()) or b == "<":
        return 0.1
    return 1.0


def _realigned(line: str, layout: _Layout) -> list[tuple[str, float]]:
    """The lower line with its fixed middle (nationality, birth date, sex, expiry date) put back
    in place when OCR added or lost characters before it (doubled O's, lost fillers)."""
    if layout.kind == "FR_CNI":
        return []
    if layout.kind == "TD1":
        starts = [m.start() for m in _ANCHOR_TD1.finditer(line)]
        return [(line[p:], float(p)) for p in starts if 0 < p <= 3][:1]
    starts = [m.start() for m in _ANCHOR_2.finditer(line)]
    if not starts:
        return []
    p = min(starts, key=lambda x: abs(x - 10))
    if p == 10 or not 6 <= p <= 13:
        return []
    number, rest = line[:p], line[p:]
    if len(number) < 10:
        pad = "<" * (10 - len(number))
        return [(number[:-1] + pad + number[-1] + rest, 0.5 * len(pad)), (number + pad + rest, 0.5 * len(pad))]
    # one character too many: leave out a doubled one (OCR reads OO for O, 11 for 1), else a thin
    # one OCR adds from a speck or a gap (0, O, 1, I, L, '<').  Leaving out any character would
    # try ten numbers, and about one in ten of those lets its check digit and the composite one
    # hold together by chance ("70126687<11" read as "0126687<1" and "1").
    out: dict[str, float] = {}
    for i in range(len(number)):
        doubled = (i > 0 and number[i - 1] == number[i]) or (i + 1 < len(number) and number[i + 1] == number[i])
        if not doubled and number[i] not in "0O1IL<":
            continue
        cand = number[:i] + number[i + 1:]
        cost = 1.0 if doubled else 2.0
        if len(cand) > 10:  # two too many: only doubled characters
            if not doubled:
                continue
            cand = re.sub(r"(.)\1", r"\1", cand, count=1)
            cost += 1.0
        if len(cand) == 10:
            out.setdefault(cand + rest, cost)
    return sorted(out.items(), key=lambda t: t[1])


def parse_zone(lines: Sequence[str], *, today: date | None = None) -> Zone | None:
    """One zone from its 2 or 3 lines, repaired where check digits allow; None if no zone layout fits.

    `today` anchors two-digit years (birth dates in the past, expiry dates at most
    20 years ahead); it defaults to the current date.
    """
    try:
        cleaned = [_clean_line(str(line)) for line in lines]
    except Exception:  # noqa: BLE001 - arbitrary input must never raise
        return None
    cleaned = [c for c in cleaned if c]
    today = today or date.today()
    best: tuple[tuple[int, int, float], Zone] | None = None
    for kind in _kinds(cleaned):
        layout = _LAYOUTS[kind]
        names_line = 2 if layout.kind == "TD1" else 0
        # OCR merges runs of fillers: lines may come out quite short
        if any(len(c) > layout.width + 14 or len(c) < layout.width - (14 if i == names_line else 10)
               for i, c in enumerate(cleaned)):
            continue
        variants: list[dict[str, float]] = [
            {v: float(abs(len(c) - layout.width)) for v in _length_variants(c, layout.width)} for c in cleaned
        ]
        if layout.kind == "TD1" and len(cleaned[0]) > 30:
            # junk before the upper line: start where the document number's check digit holds
            for o in range(1, min(len(cleaned[0]) - 29, 8)):
                c = cleaned[0][o:]
                if check_digit(c[5:14]) == c[14] and c[:1] in "ACI":
                    variants[0].setdefault(c[:30], float(o))
        primary = set(variants[1])
        for extra, cost in _realigned(cleaned[1], layout):
            for v in _length_variants(extra, layout.width):
                variants[1].setdefault(v, cost + abs(len(extra) - layout.width))
        for combo in itertools.product(*variants):
            changed = list(combo) != cleaned
            # a line rebuilt by leaving characters out is already a guess: no further search on it
            zone = _parse_exact(list(combo), layout, today, changed, search=combo[1] in primary)
            # among equally good readings, the one that needed the fewest edits; confusing
            # look-alikes (O and 0) costs less than losing or adding a character
            edits = sum(v[line] for v, line in zip(variants, combo, strict=True))
            edits += sum(_sub_cost(x, y) for a, b in zip(combo, zone.lines, strict=True)
                         for x, y in zip(a, b, strict=True))
            score = (*_score(zone)[:2], -edits)
            if best is None or score > best[0]:
                best = (score, zone)
    return best[1] if best else None


# --- finding zones in text --------------------------------------------------------------

def _candidate(line: str) -> str | None:
    """The cleaned line if it looks like a zone line."""
    c = _clean_line(line)
    if not 20 <= len(c) <= 60:
        return None
    if sum(ch.islower() for ch in line) > 0.3 * len(c):  # ordinary text
        return None
    good = sum(ch in _CHARSET or ch in _FILLER_SIGNS for ch in c)
    if good < 0.9 * len(c):
        return None
    return c


def _plausible(zone: Zone) -> bool:
    """A parsed window is a zone if it has fillers and at least one check digit holds."""
    text = "".join(zone.lines)
    layout = _LAYOUTS[zone.kind]
    # a check digit held by fillers over fillers says nothing
    held = sum(1 for c in layout.checks
               if c.name not in zone.failed_checks and zone.lines[c.at[0]][c.at[1]].isdigit())
    if text.count("<") < 3:
        return False
    if held >= 2 or zone.valid:
        return True
    # check digits a card's maker got wrong (old specimens): its layout still shows through
    return (zone.issuer in _COUNTRIES and zone.nationality == zone.issuer and zone.birth_date is not None
            and (zone.expiry_date is not None or zone.kind == "FR_CNI"))


def find_zones(text: str, *, today: date | None = None) -> list[Zone]:
    """Zones found in OCR or text-layer text, best first (verified zones before others)."""
    if not isinstance(text, str) or not text:
        return []
    rows: list[tuple[int, str]] = []
    for i, raw in enumerate(text.splitlines()):
        cand = _candidate(raw)
        if cand is not None:
            rows.append((i, cand))
    found: list[tuple[tuple[int, int, int], set[int], Zone]] = []
    for a in range(len(rows)):
        for n in (2, 3):
            window = rows[a: a + n]
            if len(window) < n:
                continue
            # consecutive lines, allowing a blank or junk line between them
            if any(window[j + 1][0] - window[j][0] > 2 for j in range(n - 1)):
                continue
            lens = [len(c) for _, c in window]
            if n == 3 and not all(20 <= x <= 40 for x in lens):
                continue
            if n == 2 and not all(x >= 30 for x in lens[1:]):
                continue
            zone = parse_zone([c for _, c in window], today=today)
            if zone is not None and _plausible(zone):
                found.append((_score(zone), {r for r, _ in window}, zone))
    found.sort(key=lambda t: t[0], reverse=True)
    out: list[Zone] = []
    used: set[int] = set()
    for _, rowset, zone in found:
        if rowset & used:
            continue
        used |= rowset
        out.append(zone)
    return out



# --- reading the zone from an image -----------------------------------------------------

_ZONE_CONFIG = "-c tessedit_char_whitelist=ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
_TARGET_HEIGHT = 36  # pixels of capital height Tesseract reads a zone best at
_Box = tuple[int, int, int, int]


def _zone_like(words: list[OcrWord]) -> int:
    """How much a page-OCR line looks like a zone line: fillers and long unbroken words."""
    text = _clean_line("".join(w.text for w in words))
    fillers = text.count("<") + text.count("«")
    long_words = sum(len(w.text) >= 12 and sum(c in _CHARSET for c in w.text) >= 0.85 * len(w.text)
                     for w in words)
    if fillers >= 2 or (long_words and len(text) >= 20):
        return fillers + 5 * long_words + 1
    return 0


def _zone_box(ocr: OcrResult, size: tuple[int, int]) -> tuple[_Box, float] | None:
    """Box around the page OCR's zone-like lines (grown to the page width), and their height."""
    scored = [(ws, _zone_like(ws)) for ws in ocr.lines() if ws]
    boxes = []
    for ws, score in scored:
        if score:
            top = min(w.top for w in ws)
            bottom = max(w.top + w.height for w in ws)
            # zone words: fillers, or long runs of zone characters (not a date such as "24.07.2008.")
            zone_words = [w for w in ws if "<" in w.text or (
                len(w.text) >= 8 and sum(c in _CHARSET for c in w.text.upper()) >= 0.9 * len(w.text))] or ws
            left = min(w.left for w in zone_words)
            right = max(w.left + w.width for w in zone_words)
            heights = sorted(w.height for w in zone_words)
            boxes.append((top, bottom, heights[len(heights) // 2], score, left, right))
    if not boxes:
        return None
    boxes.sort()
    # the best-scoring cluster of vertically close lines
    groups: list[list[tuple[int, int, int, int, int, int]]] = [[boxes[0]]]
    for b in boxes[1:]:
        last = groups[-1][-1]
        if b[0] - last[1] <= 2.5 * max(last[2], b[2]):
            groups[-1].append(b)
        else:
            groups.append([b])
    group = max(groups, key=lambda g: sum(b[3] for b in g))
    h = float(sorted(b[2] for b in group)[len(group) // 2])
    margin = 1.8 if len(group) >= 2 else 2.6  # room for a zone line the page OCR missed
    top = int(min(b[0] for b in group) - margin * h)
    bottom = int(max(b[1] for b in group) + margin * h)
    # sideways: the zone lines plus a few characters (words left or right of them are other text)
    width = max(b[5] for b in group) - min(b[4] for b in group)
    w, hh = size
    left, right = int(min(b[4] for b in group) - 3 * h), int(max(b[5] for b in group) + 3 * h)
    if width < 15 * h:  # only a fragment of a line was seen: keep the page width
        left, right = 0, w
    return (max(0, int(left)), max(0, top), min(w, int(right)), min(hh, bottom)), h


def _flatten(gray: Image.Image, radius: float) -> Image.Image:
    """Even out lighting (glare, tinted guilloche backgrounds): divide by a blurred background."""
    a = np.asarray(gray, dtype=np.float32)
    background = gray.filter(ImageFilter.MaxFilter(3)).filter(ImageFilter.GaussianBlur(max(4.0, radius)))
    b = np.asarray(background, dtype=np.float32) + 1.0
    return ImageOps.autocontrast(Image.fromarray(np.clip(a / b * 255.0, 0, 255).astype(np.uint8)), cutoff=1)


@dataclass(frozen=True)
class _Prepared:
    """A zone crop made ready for OCR, and how to map its pixels back to the page's."""

    image: Image.Image
    box: _Box
    scale_x: float
    scale_y: float
    border: int

    def to_page(self, inner: _Box) -> _Box:
        left, top, right, bottom = inner
        b = self.border
        return (int(self.box[0] + (left - b) / self.scale_x), int(self.box[1] + (top - b) / self.scale_y),
                int(self.box[0] + (right - b) / self.scale_x), int(self.box[1] + (bottom - b) / self.scale_y))


def _prepare(image: Image.Image, box: _Box, char_height: float, flatten: bool = False,
             squeeze: float = 1.0) -> _Prepared:
    crop = image.crop(box).convert("L")
    scale = min(4.0, max(1.0, _TARGET_HEIGHT / max(char_height, 1.0)))
    if crop.width * crop.height * scale * scale > 6_000_000:
        scale = (6_000_000 / (crop.width * crop.height)) ** 0.5
    sx, sy = 1.0, 1.0
    if abs(scale - 1.0) > 0.05 or squeeze != 1.0:
        size = (max(1, int(crop.width * scale * squeeze)), max(1, int(crop.height * scale)))
        sx, sy = size[0] / crop.width, size[1] / crop.height
        crop = crop.resize(size, Image.Resampling.LANCZOS)
    crop = _flatten(crop, char_height * scale * 0.6) if flatten else ImageOps.autocontrast(crop, cutoff=1)
    # a margin: characters touching the crop's edge (a zone cut by the page) are otherwise lost
    border = max(8, int(char_height * scale * 0.8))
    return _Prepared(ImageOps.expand(crop, border=border, fill=255), box, sx, sy, border)


def _td1_without_names(text: str) -> Zone | None:
    """A card zone whose names line OCR lost (it is often fainter, or cut by the crop): the
    two lines with every check digit are enough; the names line, which no check digit covers,
    is taken as it comes after them, or left blank."""
    rows = [c for c in (_clean_line(t) for t in text.splitlines()) if c]
    for i in range(len(rows) - 1):
        upper, lower = rows[i], rows[i + 1]
        if not (25 <= len(upper) <= 34 and 25 <= len(lower) <= 34 and upper[:1] in "ACI"):
            continue
        if not _ANCHOR_TD1.match(lower):
            continue
        names = rows[i + 2] if i + 2 < len(rows) and len(rows[i + 2]) >= 20 else "<" * 30
        zone = parse_zone([upper, lower, names])
        if zone is not None and zone.kind == "TD1" and _plausible(zone):
            return zone
    return None


def _read(image: Image.Image) -> tuple[Zone | None, OcrResult]:
    result = tesseract.ocr(image, lang="eng", psm=6, config=_ZONE_CONFIG, timeout=30.0)
    zones = find_zones(result.text)
    if not zones or not zones[0].valid:
        td1 = _td1_without_names(result.text)
        if td1 is not None and (not zones or _score(td1) > _score(zones[0])):
            return td1, result
    return (zones[0] if zones else None), result


# Readings of a located zone band: (lighting evened out, size factor, horizontal squeeze).
# Tesseract misreads OCR-B differently at each size; squeezing the line keeps it from reading
# widely spaced characters twice ("0029067" for "029067").
_VARIANTS = (
    (False, 1.0, 1.0), (True, 1.0, 1.0), (False, 1.0, 0.8), (False, 1.3, 1.0), (True, 1.0, 0.8),
    (False, 0.75, 1.0), (False, 1.3, 0.8), (True, 1.3, 0.65), (False, 1.0, 0.65),
)


def _key(z: Zone) -> tuple[str, date | None, date | None, str]:
    return (z.document_number, z.birth_date, z.expiry_date, z.nationality)


def _confirmed(readings: list[Zone]) -> Zone | None:
    """A verified zone whose fields another reading gives too.  Check digits alone can agree
    with a misreading by chance (and the composite digit repeats the number's weights, so it
    cannot confirm a number); two readings rarely make the same mistake."""
    for i, z in enumerate(readings):
        if z.valid and any(_key(o) == _key(z) for j, o in enumerate(readings) if j != i):
            return z
    return None


def _verified_again(z: Zone) -> bool:
    again = parse_zone(z.lines)
    return again is not None and again.valid


def _settle(readings: list[Zone]) -> Zone | None:
    """The best of unconfirmed readings: verified first, then the one whose fields most readings
    give, less its failing checks."""
    if not readings:
        return None

    def support(z: Zone) -> int:
        return sum(_key(o) == _key(z) for o in readings)

    # a verified reading no other reading agrees with: its check digits may agree by chance (the
    # more readings, the likelier), so it is not reported as verified, and neither is a reading
    # whose cleaned lines would verify when read again (a page-text reading that failed only on
    # a stray accented letter)
    readings = [z for z in readings if not z.valid and not _verified_again(z)]
    if not readings:
        return None
    return max(readings, key=lambda z: (z.valid, support(z) - len(z.failed_checks), not z.repaired))


_DATE = re.compile(r"\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])")


def _field_positions(layout: _Layout, check: _Check, lines: Sequence[str]) -> list[Pos]:
    positions = [(li, i) for li, s, e in check.spans for i in range(s, e)] + [check.at]
    if layout.kind == "TD1" and check.name == "number" and lines[0][14] == "<":
        positions += [(0, i) for i in range(15, 30)]  # an extended number runs into the optional data
    return positions


def _consensus(readings: list[Zone], page: Sequence[Zone] = (), today: date | None = None) -> Zone | None:
    """One zone put together field by field from several readings of the same zone.

    Each reading errs in its own places (Tesseract misreads OCR-B differently at each size and
    lighting), so a zone no two readings agree on may still have each of its fields given alike
    by two readings, its check digit holding: that value is taken (the best supported one), the
    fields no two readings agree on and the characters outside checked fields go by plurality,
    character by character, and the country codes by the likeliest real code.  The zone verifies
    only when every check digit holds, the composite one included, which then also confirms the
    combination.  Characters are never mixed between readings inside a checked field: a mix
    tried until a check digit holds is as likely a chance agreement as the truth.

    The zone re-reads share their crop and their settings, so they can share a mistake that a
    check digit lets through ("3001075" for "8001014", seven times on a Spanish card). `page`
    holds the readings of the page text (another model, on another image): a field value that
    one of them and a zone re-read give alike wins over more zone re-reads alike, and its
    characters weigh one and a half in the plurality votes.
    """
    kinds = Counter(z.kind for z in readings)
    if not kinds:
        return None
    kind, count = kinds.most_common(1)[0]
    if count < 2:
        return None
    layout = _LAYOUTS[kind]
    same = [z for z in readings if z.kind == kind]
    from_page = [any(z is p for p in page) for z in same]
    weight = [3 if f else 2 for f in from_page]
    votes = [[Counter[str]() for _ in range(layout.width)] for _ in range(layout.lines)]
    for z, wt in zip(same, weight, strict=True):
        for li, line in enumerate(z.lines):
            for i, c in enumerate(line):
                votes[li][i][c] += wt
    grid = [[v.most_common(1)[0][0] for v in row] for row in votes]
    for span in (layout.issuer, layout.nationality):
        if span is not None:
            codes = Counter[str]()
            for z, wt in zip(same, weight, strict=True):
                code = z.lines[span[0]][span[1]:span[2]]
                if code.rstrip("<") in _COUNTRIES:
                    codes[code] += wt
            if codes:
                grid[span[0]][span[1]:span[2]] = list(codes.most_common(1)[0][0])
    agreed = True
    for check in layout.checks:
        if check.name == "composite":
            continue
        agreed_here = False
        values = Counter[tuple[tuple[Pos, str], ...]]()
        on_page: set[tuple[tuple[Pos, str], ...]] = set()
        for z, on in zip(same, from_page, strict=True):
            value = tuple((p, z.lines[p[0]][p[1]]) for p in _field_positions(layout, check, z.lines))
            values[value] += 1
            if on:
                on_page.add(value)
        trials = []
        for value, n in values.items():
            if n < 2:  # given by two readings
                continue
            trial = [row[:] for row in grid]
            for (li, i), c in value:
                trial[li][i] = c
            if _check_ok(trial, layout, check) and (
                    check.name not in ("birth", "expiry") or _DATE.fullmatch(_text(trial, check.spans))):
                # a misread year ("75" for "25") that its check digit lets through can put the
                # expiry before the birth: such a value comes after one that does not
                # (judged once the birth date is chosen: it comes first)
                z = _build(trial, layout, today or date.today(), True, True)
                sensible = (check.name != "expiry" or z.birth_date is None or z.expiry_date is None
                            or z.expiry_date > z.birth_date)
                # the page text's reading and a zone re-read agreeing are two independent readers
                trials.append((sensible, value in on_page, n, trial))
        if trials:
            grid = max(trials, key=lambda t: t[:3])[3]
            agreed_here = True
        agreed = agreed and agreed_here
    zone = _build(grid, layout, today or date.today(), True, True)
    # a field no two readings gave alike that verifies anyway does so by chance
    return None if zone.valid and not agreed else zone


def read_zone_from_image(image: Image.Image, ocr: OcrResult | None = None) -> str | None:
    """Re-read a page image's machine-readable zone with settings suited to it.

    The zone is located from the page OCR's words (lines with `<<` or long runs of
    capitals and digits) when `ocr` is given, otherwise searched for in the lower part of
    the page, then the whole page, then the page turned sideways, then straightened.  The
    zone is read several ways until two readings agree on a verified zone.  Returns the
    zone's lines (verified ones preferred) joined by newlines, or None.
    """
    w, h = image.size
    if w < 20 or h < 20:
        return None
    readings: list[Zone] = []

    tried: set[tuple[int, _Box, float, bool, float]] = set()
    found_at: dict[int, tuple[_Box, float]] = {}  # zone box and capital height last read, per image

    def attempt(img: Image.Image, box: _Box, height: float, flatten: bool, squeeze: float = 1.0) -> Zone | None:
        # the same crop read twice reads the same: it would confirm itself
        key = (id(img), box, round(height, 3), flatten, squeeze)
        if key in tried:
            return None
        tried.add(key)
        prepared = _prepare(img, box, height, flatten, squeeze)
        zone, result = _read(prepared.image)
        if zone is not None:
            readings.append(zone)
            seen = _zone_box(result, prepared.image.size)
            if seen is not None:  # where the zone's lines are, for the next readings
                inner, h_inner = seen
                found_at[id(img)] = (prepared.to_page(inner), h_inner / prepared.scale_y)
        return _confirmed(readings)

    def lines(z: Zone | None) -> str | None:
        return "\n".join(z.lines) if z is not None else None

    def search() -> tuple[Image.Image, _Box, float] | None:
        """Look for the zone without the page OCR's help: the lower part of the page (cards and
        passports), then all of it, then sideways, then straightened; a zone's capital height is
        about 1/34 of the document's long side.  Where the best reading was found, or None."""
        plan: list[tuple[Image.Image, _Box]] = [(image, (0, int(h * 0.4), w, h)), (image, (0, 0, w, h))]
        for turn in (Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_270):
            turned = image.transpose(turn)
            plan.append((turned, (0, 0, turned.width, turned.height)))
        tilted = _straightened(image) if not readings else None
        if tilted is not None:
            plan += [(tilted, (0, int(tilted.height * 0.4), tilted.width, tilted.height)),
                     (tilted, (0, 0, tilted.width, tilted.height))]
        found: Zone | None = None
        where = None
        for img, box in plan:
            guess = max(img.size) / 34
            before = len(readings)
            if attempt(img, box, guess, True):
                return None
            if len(readings) > before and (found is None or _score(readings[-1]) > _score(found)):
                # the next readings on the zone's own lines, where the reading showed them
                found, where = readings[-1], (img, *found_at.get(id(img), (box, guess)))
                if len(found.failed_checks) <= 1:
                    break
        return where

    def variants(img: Image.Image, box: _Box, height: float) -> Zone | None:
        for flatten, size, squeeze in _VARIANTS:
            confirmed = attempt(img, box, height / size, flatten, squeeze)
            if confirmed is not None:
                return confirmed
        return None

    located: tuple[Image.Image, _Box, float] | None = None
    page: list[Zone] = []
    if ocr is not None:
        page = find_zones(ocr.text)
        readings += page
        seen = _zone_box(ocr, image.size)
        if seen is not None:
            located = (image, seen[0], seen[1])
            confirmed = variants(*located)
            if confirmed is not None:
                return lines(confirmed)
    # not seen, or seen but not read alike twice (the page OCR's box may miss a line): searched
    best = _best_of(readings, page)
    if best is None or not best.valid:
        where = search()
        confirmed = _confirmed(readings)
        if confirmed is None and where is not None:
            confirmed = variants(*where)
        best = confirmed or _best_of(readings, page)
    return lines(best)


def _best_of(readings: list[Zone], page: Sequence[Zone]) -> Zone | None:
    """Without two readings alike: the zone voted field by field, or the best single reading."""
    settled = _settle(readings)
    voted = _consensus(readings, page)
    if voted is not None and (settled is None or _score(voted)[:2] >= _score(settled)[:2]):
        return voted
    return settled


def _straightened(image: Image.Image) -> Image.Image | None:
    """The image turned by its measured skew when that is between 3 and 25 degrees, else None."""
    from deskew import determine_skew  # imported here: it brings scikit-image

    small = image.convert("L")
    small.thumbnail((1000, 1000))
    try:
        angle = determine_skew(np.asarray(small))
    except Exception:  # noqa: BLE001 - blank or tiny images: no skew
        return None
    if angle is None or not np.isfinite(angle) or not 3.0 <= abs(angle) <= 25.0:
        return None
    fill = (255, 255, 255) if image.mode == "RGB" else 255
    return image.rotate(float(angle), resample=Image.Resampling.BICUBIC, expand=True, fillcolor=fill)

