"""Machine-readable zones for generated documents, with valid check digits (ICAO 9303)."""

from __future__ import annotations

from datetime import date

from synth.identity import mrz_name

_WEIGHTS = (7, 3, 1)


def _value(c: str) -> int:
    """A zone character's value: digits as such, A-Z as 10-35, the filler '<' as 0."""
    if "0" <= c <= "9":
        return int(c)
    if "A" <= c <= "Z":
        return ord(c) - ord("A") + 10
    if c == "<":
        return 0
    raise ValueError(f"not a zone character: {c!r}")


def check_digit(field: str) -> str:
    """ICAO 9303 part 3 check digit (weights 7, 3, 1 repeating, sum modulo 10).

    The generator's own, so that its zones are a truth independent of docscheck.mrz.
    """
    return str(sum(_value(c) * _WEIGHTS[i % 3] for i, c in enumerate(field)) % 10)


def _yymmdd(d: date) -> str:
    return d.strftime("%y%m%d")


def _field(s: str, n: int) -> str:
    return (s + "<" * n)[:n]


def _names(surname: str, given: str, n: int) -> str:
    return _field(mrz_name(surname) + "<<" + mrz_name(given), n)


def td3(issuer: str, surname: str, given: str, number: str, nationality: str, born: date, sex: str,
        expiry: date, personal: str = "") -> tuple[str, str]:
    """Passport zone: 2 lines of 44, composite check digit included."""
    line1 = _field("P<" + issuer + _names(surname, given, 39), 44)
    num = _field(number, 9)
    pers = _field(personal, 14)
    pers_cd = check_digit(pers) if personal else "<"
    part_num = num + check_digit(num)
    part_birth = _yymmdd(born) + check_digit(_yymmdd(born))
    part_exp = _yymmdd(expiry) + check_digit(_yymmdd(expiry))
    composite = check_digit(part_num + part_birth + part_exp + pers + pers_cd)
    line2 = part_num + nationality + part_birth + sex + part_exp + pers + pers_cd + composite
    return line1, line2


def mrv(kind: str, issuer: str, surname: str, given: str, number: str, nationality: str, born: date,
        sex: str, valid_until: date, optional: str = "") -> tuple[str, str]:
    """Visa zone: MRV-A (2x44) or MRV-B (2x36); no composite digit."""
    width = 44 if kind == "MRVA" else 36
    line1 = _field("V<" + issuer + _names(surname, given, width - 5), width)
    num = _field(number, 9)
    line2 = (num + check_digit(num) + nationality + _yymmdd(born) + check_digit(_yymmdd(born)) + sex
             + _yymmdd(valid_until) + check_digit(_yymmdd(valid_until)))
    return line1, _field(line2 + optional, width)


def td1(issuer: str, surname: str, given: str, number: str, nationality: str, born: date, sex: str,
        expiry: date, optional1: str = "") -> tuple[str, str, str]:
    """Identity card zone: 3 lines of 30, composite check digit included."""
    num = _field(number, 9)
    line1 = _field("I<" + issuer + num + check_digit(num) + optional1, 30)
    body = (_yymmdd(born) + check_digit(_yymmdd(born)) + sex + _yymmdd(expiry) + check_digit(_yymmdd(expiry))
            + nationality)
    body = _field(body, 29)
    composite = check_digit(line1[5:30] + body[0:7] + body[8:15] + body[18:29])
    line2 = body + composite
    line3 = _names(surname, given, 30)
    return line1, line2, line3
