"""Legibility: a clean page reads as legible, each spoiled page gives its reason (real renderings, real Tesseract)."""

from __future__ import annotations

import io
import random
from functools import cache

import pytest
from PIL import Image, ImageOps

from docscheck import images
from docscheck.legibility import REASONS, Legibility, assess, assess_reading
from docscheck.orientation import read_upright
from synth import make_context, render
from synth.degrade import RETAKE_STRENGTH, Defect, cut_off, degrade

SEED = 4242


@cache
def _page(rendering: str) -> Image.Image:
    """A one-page bill as a phone photo or a clean scan, decoded as the pipeline decodes it."""
    file = render("bill", make_context(random.Random(SEED)), rendering, random.Random(SEED), variant="upright")[0]
    with Image.open(io.BytesIO(file.data)) as img:
        return ImageOps.exif_transpose(img).convert("RGB" if img.mode != "L" else "L")


def _assess(page: Image.Image) -> Legibility:
    fitted = images.fit_for_ocr(page)
    return assess_reading(fitted, read_upright(fitted), scale=max(fitted.size) / max(page.size))


@pytest.fixture(scope="module")
def read() -> dict[str, Legibility]:
    """Each page read once for the module: name -> assessment."""
    photo, scan = _page("photo"), _page("png")
    rng = random.Random(SEED)
    pages = {
        "clean_photo": photo,
        "clean_scan": scan,
        "blur": degrade(photo, "blur", rng=rng)[0],
        "dark": degrade(photo, "dark", rng=rng)[0],
        "overexposed": degrade(scan, "overexposed", rng=rng)[0],
        "glare": degrade(photo, "glare", rng=rng)[0],
        "cut_off": cut_off(photo, RETAKE_STRENGTH["cut_off"], "right")[0],
        "low_resolution": degrade(photo, "low_resolution", rng=rng)[0],
    }
    return {name: _assess(page) for name, page in pages.items()}


@pytest.mark.parametrize("name", ["clean_photo", "clean_scan"])
def test_a_clean_page_is_legible(read: dict[str, Legibility], name: str) -> None:
    legibility = read[name]
    assert legibility.reasons == ()
    assert not legibility.poor()
    assert legibility.words > 20 and legibility.confidence > 80
    assert 120 <= legibility.dpi <= 220  # drawn at 170 dpi


@pytest.mark.parametrize(("name", "reason"), [
    ("blur", "blurred"),
    ("dark", "too_dark"),
    ("overexposed", "overexposed"),
    ("glare", "overexposed"),
    ("cut_off", "cut_off"),
    ("low_resolution", "low_resolution"),
])
def test_each_defect_is_flagged_with_its_reason(read: dict[str, Legibility], name: str, reason: str) -> None:
    legibility = read[name]
    assert legibility.poor()
    assert reason in legibility.reasons
    assert set(legibility.reasons) <= set(REASONS)


def test_low_resolution_is_measured_in_the_file_own_pixels(read: dict[str, Legibility]) -> None:
    # the shrunk picture is enlarged again for OCR; its text height is still counted as taken
    assert read["low_resolution"].text_height < 0.5 * read["clean_photo"].text_height


def test_degrade_says_what_it_did() -> None:
    page = Image.new("L", (200, 100), 200)
    shrunk, truth = degrade(page, "low_resolution", 0.5)
    assert shrunk.size == (100, 50) and truth == Defect("low_resolution", 0.5)
    cropped, truth = cut_off(page, 0.25, "left")
    assert cropped.size == (150, 100) and truth.defect == "cut_off"
    darker, truth = degrade(page, "dark", 1.0)
    assert darker.getpixel((0, 0)) == 100 and truth.strength == 1.0


def test_without_a_reading_the_image_still_tells_exposure() -> None:
    dark = Image.new("L", (400, 560), 40)
    assert "too_dark" in assess(dark, None).reasons
    assert assess(dark, None).text_height == 0.0


def test_a_scan_whose_page_prints_a_tinted_band_at_its_edge_is_not_cut_off() -> None:
    # a visa sticker or a card scanned to its edges: its grey header band is printed on it, not the table it lies on
    from PIL import ImageDraw

    scan = _page("png").convert("RGB")
    drawn = ImageDraw.Draw(scan)
    drawn.rectangle((0, 0, scan.width, scan.height // 12), fill=(200, 200, 200))
    assert "cut_off" not in _assess(scan).reasons


def test_a_sparse_clean_page_is_not_washed_out_and_the_same_page_washed_out_is() -> None:
    """A contract's signature page: a few lines at its top and a footer at its foot (development shape
    whole_dossier_pdf, seed 9101). Its ink is a tiny share of the box its words span, so the darkest hundredth of
    that box was paper and the clean scan read as overexposed; the ink is measured inside the words' boxes."""
    from synth import output
    from synth.layout import Sheet
    from synth.render import SCAN_DPI

    sheet = Sheet()
    for i, line in enumerate(["Pour l'association                    Le volontaire",
                              "Sophie Lefèvre                        Aissatou NDIAYE",
                              "Date : 08/04/2026                     Date : 24/04/2026",
                              "Signature :                           Signature :"]):
        sheet.text(62, 90 + 18 * i, line, 11)
    sheet.text(62, 800, "Les Amis du Quartier - 12 rue des Lilas, 69003 Lyon", 9)
    page = output.sheet_to_image(sheet, SCAN_DPI)
    scans = [output.scan_effect(page, random.Random(seed), gray=True) for seed in range(4)]
    assert not [i for i, scan in enumerate(scans) if "overexposed" in _assess(scan).reasons]
    washed = degrade(scans[0], "overexposed", rng=random.Random(SEED))[0]
    assert "overexposed" in _assess(washed).reasons
    # a letter's last page: the writer's name under the signature, and "2/2" at its foot (fewer words than the
    # text's height needs; development shape dossier_as_filed_pdf, seed 9101)
    last = Sheet()
    last.text(400, 110, "Duc Anh TRAN", 11)
    last.text(290, 800, "2/2", 9)
    scan = output.scan_effect(output.sheet_to_image(last, SCAN_DPI), random.Random(1), gray=True)
    assert "overexposed" not in _assess(scan).reasons


def test_a_dense_page_of_text_on_a_clean_white_scan_shows_no_glare() -> None:
    """A contract's page of 350 words scanned clean (development checklist on scans, seed 9750): its text darkens
    most cells of the glare grid, whose median then read as grey paper, and the white between its lines as a
    reflection over 45% of the page. The paper is the median pixel: white, so no glare is measured; the same page
    photographed with a reflection still shows one."""
    from synth import output
    from synth.layout import Sheet
    from synth.render import SCAN_DPI

    sheet = Sheet()
    words = "Le volontaire accomplit sa mission auprès de l'association selon les conditions du présent contrat"
    for i in range(44):
        sheet.text(50, 60 + 16.5 * i, f"{words} ({i + 1}).", 10.5)
    scan = output.sheet_to_image(sheet, SCAN_DPI).convert("L")
    assert "overexposed" not in _assess(scan).reasons
    glared = degrade(output.photo_effect(output.sheet_to_image(sheet, SCAN_DPI), random.Random(SEED)), "glare",
                     rng=random.Random(SEED))[0]
    assert "overexposed" in _assess(glared).reasons


def test_a_scan_of_grey_boxes_on_white_paper_is_not_washed_out() -> None:
    """A copier's scan of two grey pages (a data page above a visa page) on a white sheet: the white paper between
    them is the sheet's, as white as its margins, not a reflection on the text."""
    from synth import output
    from synth.layout import Box, Sheet

    sh = Sheet()
    for top in (60, 440):
        sh.add(Box(60, top, 475, 300, fill=0.86, stroke=0.4))
        for i in range(9):
            sh.text(80, top + 30 + i * 28, f"Surname / Nom   DIALLO   Given names / Prénoms   AWA   {i + 1:02d} JAN 2031", 10)
    scan = output.sheet_to_image(sh, 170).convert("L")
    legibility = _assess(scan)
    assert legibility.words > 40
    assert "overexposed" not in legibility.reasons


def test_a_scan_with_a_dark_band_printed_along_its_top_edge_is_not_cut_off() -> None:
    """A signing platform's certificate, scanned: a dark header band across the sheet's top edge, white paper on the
    other three sides as white as a scanner's. The band is printed, not the table the page lies on."""
    from synth import output
    from synth.layout import A4, Box, Sheet

    sh = Sheet()
    sh.add(Box(0, 0, A4[0], 70, fill=0.2, stroke=0.2))
    sh.text(50, 45, "SignaPlus - Certificate of completion", 14, bold=True, gray=1.0)
    for i in range(14):
        sh.text(50, 120 + i * 22, f"Signed   Aissatou NDIAYE (Volunteer)   2026-06-{i + 10:02d} 17:13:56", 10)
    legibility = _assess(output.sheet_to_image(sh, 150).convert("L"))
    assert legibility.words > 40
    assert "cut_off" not in legibility.reasons


def test_a_white_band_printed_across_a_tinted_card_is_no_reflection() -> None:
    """A data page printed on a tinted card, its zone on a white strip right across its foot: paper, not glare;
    a white patch the same size in the middle of the card is a reflection."""
    from PIL import ImageDraw

    from docscheck.legibility import _glare

    card = Image.new("L", (960, 640), 238)
    band = card.copy()
    ImageDraw.Draw(band).rectangle((0, 480, 959, 639), fill=255)
    assert _glare(band) == 0.0
    patch = card.copy()
    ImageDraw.Draw(patch).ellipse((300, 200, 660, 470), fill=255)
    assert _glare(patch) > 0.1
