"""Turning a page before it is read: the lines' ink tells upside down, and no turn is read twice."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw, ImageFont

from docscheck import orientation, tesseract
from docscheck.orientation import UPSIDE_DOWN, line_ink_ratio, read_upright, rotate_clockwise

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LINES = [
    "Je soussignée, Aïssatou Diallo, m'engage à quitter le territoire",
    "français à la fin de ma mission de volontariat, qui doit durer",
    "douze mois à compter de la date de mon arrivée en France.",
    "Je déclare avoir pris connaissance des obligations liées au",
    "séjour et m'engage à les respecter pendant toute sa durée.",
    "Fait à Lyon, le 3 février 2026, pour servir et valoir ce que de droit.",
]


def letter() -> Image.Image:
    img = Image.new("L", (1654, 2339), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 38)
    for i, line in enumerate(LINES * 3):
        draw.text((120, 200 + i * 80), line, font=font, fill=0)
    return img


def test_lines_show_which_way_up() -> None:
    page = letter()
    assert line_ink_ratio(page) > 1.0
    assert line_ink_ratio(rotate_clockwise(page, 180)) < UPSIDE_DOWN


def test_a_page_without_lines_tells_nothing() -> None:
    assert line_ink_ratio(Image.new("L", (800, 1100), 255)) == 1.0
    assert line_ink_ratio(Image.new("L", (30, 20), 0)) == 1.0


@pytest.mark.parametrize("turn", [0, 180])
def test_upside_down_page_is_read_once_the_right_way(monkeypatch: pytest.MonkeyPatch, turn: int) -> None:
    """An upside-down letter is read turned at once, with no OSD (before the first look: read as
    it was, then OSD, then read turned; before the half-turn check: OSD, then read turned); an
    upright one is read once, with no OSD."""
    calls: list[str] = []
    ocr, osd = tesseract.ocr, tesseract.detect_orientation

    def counted_ocr(image: Image.Image, **kw: object) -> tesseract.OcrResult:
        calls.append("ocr")
        return ocr(image, **kw)  # type: ignore[arg-type]

    def counted_osd(image: Image.Image, **kw: object) -> tesseract.Orientation | None:
        calls.append("osd")
        return osd(image, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(orientation.tesseract, "ocr", counted_ocr)
    monkeypatch.setattr(orientation.tesseract, "detect_orientation", counted_osd)
    page = read_upright(rotate_clockwise(letter(), turn))
    assert page.rotation == turn
    assert "Diallo" in page.ocr.text
    assert calls == ["ocr"]


def test_only_an_upside_down_page_is_read_half_turned_without_osd() -> None:
    """The half turn is read first only where the lines look upright once turned, clearly more
    than sideways: a sideways page is left to OSD."""
    assert orientation._half_turn_shows_upright(rotate_clockwise(letter(), 180))
    assert not orientation._half_turn_shows_upright(letter())
    assert not orientation._half_turn_shows_upright(rotate_clockwise(letter(), 90))


def test_a_turn_is_measured_as_if_the_image_were_turned() -> None:
    page = rotate_clockwise(letter(), 90)
    assert line_ink_ratio(page, 270) > 1.0 > UPSIDE_DOWN > line_ink_ratio(page, 90)
    assert line_ink_ratio(page, 270) == pytest.approx(line_ink_ratio(letter()), rel=0.1)


def test_a_skew_misread_on_the_small_copy_is_measured_again_on_a_larger_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """A photo of a page holding a few short lines, reduced to 600 pixels, gives `deskew` no lines and it answers
    -45 degrees (a real contract page photographed on a table did): the angle is measured again at 1200 pixels."""
    import deskew

    from docscheck import orientation

    seen: list[int] = []

    def answer(pixels: object) -> float:
        side = max(getattr(pixels, "shape", (0, 0)))
        seen.append(side)
        return -45.0 if side <= orientation.SKEW_LONG_SIDE else 2.5

    monkeypatch.setattr(deskew, "determine_skew", answer)
    assert orientation.measure_skew(Image.new("L", (1600, 2266), 230)) == 2.5
    assert seen == [orientation.SKEW_LONG_SIDE, orientation.SKEW_RETRY_LONG_SIDE]
    # a page no larger than the first copy: nothing more to see, no skew
    assert orientation.measure_skew(Image.new("L", (420, 580), 230)) == 0.0
