"""A zone's fields from its repaired characters: dates with their century, names, codes.

The zone is `valid` only when every check digit holds and its dates are dates.
"""

from __future__ import annotations

import re
from datetime import date

from docscheck.countries import ICAO_CODES, related_codes
from docscheck.model import Zone
from docscheck.mrz.icao import Grid, Layout, Span, check_ok, td1_number

# Years ahead of today an expiry date may lie (a two-digit year's century is chosen by it):
# documents are issued for at most 10 to 15 years, and 20 leaves a margin.  Birth dates lie
# in the past.
EXPIRY_YEARS_AHEAD = 20


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
    real code that differs from the issuer's in one character only, unless ICAO pairs the two
    (a British national of another class on a GBR passport: countries.RELATED_CODES)."""
    if nationality == issuer or related_codes(issuer, nationality):
        return False
    short = issuer.rstrip("<")
    if len(short) == 2 and short != issuer and nationality.startswith(short) and nationality.rstrip("<") != short:
        return True  # "SII" for "SI<": the filler after a short code read as a letter
    if issuer.rstrip("<") not in ICAO_CODES:
        return False
    same = sum(a == b for a, b in zip(nationality, issuer, strict=False))
    if nationality in ICAO_CODES or nationality.rstrip("<") in ICAO_CODES:
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


def build(lines: Grid, layout: Layout, today: date, changed: bool, charset_ok: bool) -> Zone:
    def span(s: Span | None) -> str:
        return "" if s is None else "".join(lines[s[0]][s[1]: s[2]])

    failed = [c.name for c in layout.checks if not check_ok(lines, layout, c)]
    birth_raw, expiry_raw = span(layout.birth), span(layout.expiry)
    birth = _date(birth_raw, today=today, future_years=0)
    expiry = _date(expiry_raw, today=today, future_years=EXPIRY_YEARS_AHEAD) if layout.expiry else None
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
    number = td1_number(lines).value if layout.kind == "TD1" else span(layout.number).rstrip("<")
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

