"""Passport photos taken the ways real uploads are (issue 12's specimens): tilted far, under
ultraviolet light, with pen marks over the zone.  Real Tesseract on generated pages; the CLI's
own JSON is what is asserted.  benchmarks/zone_conditions.py measures the same conditions on
the development specimen images."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image, ImageChops, ImageDraw, ImageFont

from docscheck.cli import cli
from docscheck.zonetrust import DARK_CAPTURE
from synth.zones import td3

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
NUMBER, BORN, EXPIRES = "XK4471902", date(1994, 7, 21), date(2033, 2, 14)
ZONE = td3("SEN", "NDOYE", "MARIAMA", NUMBER, "SEN", BORN, "F", EXPIRES)
ZONE_TOP = 700


def data_page() -> Image.Image:
    """A passport data page in colour: a pale tinted ground, printed details, a photo, the zone."""
    img = Image.new("RGB", (1400, 900), (236, 228, 244))
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 30)
    mono = ImageFont.truetype(MONO, 38)
    for i, line in enumerate(["PASSEPORT / PASSPORT", "Nom / Surname: NDOYE", "Prénoms / Given names: MARIAMA",
                              "République du Sénégal"]):
        draw.text((400, 60 + i * 70), line, font=font, fill=(20, 20, 40))
    draw.rectangle((60, 80, 330, 430), fill=(120, 110, 100))
    for i, line in enumerate(ZONE):
        draw.text((40, ZONE_TOP + i * 70), line, font=mono, fill=(0, 0, 0))
    return img


def classify(path: Path) -> dict[str, object]:
    out = CliRunner().invoke(cli, ["classify", str(path), "--format", "json", "--workers", "1", "--no-cache",
                                   "--as-of", "2026-12-01"])
    assert out.exit_code == 0, out.output
    doc: dict[str, object] = json.loads(out.output)["documents"][0]
    return doc


def zone_fields(doc: dict[str, object]) -> tuple[object, ...]:
    f = doc["fields"]
    assert isinstance(f, dict)
    return f.get("document_number"), f.get("date_of_birth"), f.get("expiry_date"), f.get("nationality")


WANT = (NUMBER, BORN.isoformat(), EXPIRES.isoformat(), "SEN")


def verified(doc: dict[str, object]) -> bool:
    zone = doc.get("zone")
    return isinstance(zone, dict) and zone["valid"] is True


@pytest.mark.parametrize("angle", [pytest.param(30, id="tilted-30"), pytest.param(-35, id="tilted-minus-35")])
def test_a_photo_tilted_far_beyond_a_scan_s_skew_has_its_zone_read(tmp_path: Path, angle: int) -> None:
    """Before: zones were straightened only up to 25 degrees, and a passport photographed at 30
    came out `unknown`."""
    data_page().rotate(angle, expand=True, fillcolor=(255, 255, 255), resample=Image.Resampling.BICUBIC).save(
        tmp_path / "tilted.jpg", quality=90)
    doc = classify(tmp_path / "tilted.jpg")
    assert doc["type"] == "passport", doc["evidence"]
    assert verified(doc) and zone_fields(doc) == WANT


def test_a_capture_too_dark_to_see_is_read_but_its_zone_is_only_to_verify(tmp_path: Path) -> None:
    """An ultraviolet capture: dark violet paper, print barely darker.  Before, it looked blank
    ("no text", `unknown`).  Now its stretched copy is read: the passport and its zone are found,
    the page is still said too dark, and the zone is not called verified (every reading of so
    dim a picture shares its blur; check digits cannot tell G from 6 or S from 8)."""
    grey = data_page().convert("L")
    dark = Image.merge("RGB", [grey.point(lambda v: 18 + v * 0.22), grey.point(lambda v: 6 + v * 0.1),
                               grey.point(lambda v: 36 + v * 0.4)])
    dark.save(tmp_path / "uv.png")
    doc = classify(tmp_path / "uv.png")
    assert doc["type"] == "passport", doc["evidence"]
    zone = doc["zone"]
    assert isinstance(zone, dict) and zone["valid"] is False and DARK_CAPTURE in zone["failed_checks"]
    legibility = doc["legibility"]
    assert isinstance(legibility, dict) and "too_dark" in legibility["reasons"]


def test_highlighter_and_pen_marks_over_the_zone_fade_in_its_reading(tmp_path: Path) -> None:
    """A highlighter run over both zone lines (yellow, then pink: translucent, the print shows
    through), the number circled and a line underlined in pen: the zone is read on the crop's
    lightest channel, where coloured marks fade and black print stays."""
    img = data_page()
    ink = Image.new("RGB", img.size, (255, 255, 255))
    draw = ImageDraw.Draw(ink)
    draw.rectangle((30, ZONE_TOP - 4, 1060, ZONE_TOP + 48), fill=(255, 240, 60))
    draw.rectangle((30, ZONE_TOP + 66, 700, ZONE_TOP + 118), fill=(255, 120, 200))
    img = ImageChops.multiply(img, ink)
    pen = ImageDraw.Draw(img)
    pen.ellipse((25, ZONE_TOP + 50, 270, ZONE_TOP + 130), outline=(210, 30, 40), width=4)
    pen.line([(40, ZONE_TOP + 54), (600, ZONE_TOP + 50)], fill=(30, 70, 215), width=4)
    img.save(tmp_path / "marked.png")
    doc = classify(tmp_path / "marked.png")
    assert doc["type"] == "passport", doc["evidence"]
    assert verified(doc) and zone_fields(doc) == WANT
