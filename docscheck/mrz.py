"""Machine-readable zones (ICAO 9303): find, repair, validate and parse.

API (other modules rely on these names):
- check_digit(s) -> str
- find_zones(text) -> list[Zone]          zones found in OCR or text-layer text
- parse_zone(lines) -> Zone | None        one zone from its lines
- read_zone_from_image(image, ocr) -> str | None
      re-read the zone region of a page image with zone settings; returns the zone lines
      joined by newlines, or None when no zone is there.
"""

from __future__ import annotations

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
