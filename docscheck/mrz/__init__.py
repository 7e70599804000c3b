"""Machine-readable zones (ICAO 9303): find, repair, validate and parse.

API (other modules rely on these names):
- check_digit(s) -> str
- find_zones(text) -> list[Zone]          zones found in OCR or text-layer text
- parse_zone(lines) -> Zone | None        one zone from its lines
- confirmed_by_print(zones, text) -> list[Zone]
      zones whose number fails its check mended by the number printed on the page
- read_zone_from_image(image, ocr) -> str | None
      re-read the zone region of a page image with zone settings; returns the zone lines
      joined by newlines, or None when no zone is there.  Imported on first use: reading
      zones from text must not load PIL, numpy or Tesseract.

The pipeline, one module each: icao (layouts, check digits) -> normalise (confusions a
position's type rules out) -> repair (confusions a check digit rules out) -> build (fields)
-> parse (one zone from its lines) -> find (zones in text) -> vote (between readings) ->
reread (the zone read again from the image); printed (a number failing its check mended by the
number printed on the page).

Repair is guided by the layout: each character position has a type (digit, letter,
either, name, check digit), OCR confusions are undone where the type forbids the
character read (O in a date becomes 0, 0 in a country code becomes O), and positions
that may hold either are only changed when that makes a check digit verify.  A zone is
`valid` only when every check digit verifies after repair.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docscheck.mrz.find import find_zones
from docscheck.mrz.icao import check_digit
from docscheck.mrz.parse import parse_zone
from docscheck.mrz.printed import confirmed_by_print

if TYPE_CHECKING:
    from docscheck.mrz.reread import read_zone_from_image

__all__ = ["check_digit", "confirmed_by_print", "find_zones", "parse_zone", "read_zone_from_image"]


def __getattr__(name: str) -> Any:
    if name == "read_zone_from_image":
        from docscheck.mrz.reread import read_zone_from_image

        return read_zone_from_image
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
