"""Could a person read this page image?  Measurements that say why not.

A prefecture turns down copies it cannot read; the applicant can still retake a
photo.  From the page image that was read and the OCR's own result this measures:

- sharpness: how wide the ink's edges are, as a share of the text's height
  (a step from ink to paper spread by focus or motion blur), on a reduced copy
  whose text is a fixed number of pixels tall;
- exposure: the paper's brightness (too dark), the darkest ink's lightness
  (washed out towards white), and the share of the page washed white by glare;
- resolution: the text's height in the file's own pixels (OCR word boxes) and
  the effective dpi that makes of body text;
- framing: words that touch the picture's edge (the document was cut by the frame);
- how much was read: words read and their mean confidence.

`assess()` turns them into reasons from `REASONS`; no reason means legible.
Every threshold below says what it was set on: benchmarks/legibility.py's
development pages (generated scans and phone photos, seeds 100-199).
"""

from __future__ import annotations

import math
import os
from dataclasses import asdict, dataclass

import numpy as np
from PIL import Image
from scipy import ndimage

from docscheck import images
from docscheck.model import PageQuality
from docscheck.orientation import UprightPage
from docscheck.tesseract import OcrResult, OcrWord

REASONS = ("blurred", "too_dark", "overexposed", "cut_off", "low_resolution")

# ---- thresholds (set on the development pages of benchmarks/legibility.py)
# Ink edges wider than this share of the text's height: letters run together.  Good scans and
# photos measured 0.07-0.155; a Gaussian blur of 3.5 px on 10 pt text at 170 dpi 0.19-0.30.
BLURRED_EDGE = 0.2
# Blurred words' boxes grow with their halo, which understates the edge width: softer edges with a
# poor reading are blurred too.  Good pages measured up to 0.155 (read at 62-96% confidence).
SOFT_EDGE = 0.165
BLURRED_CONFIDENCE = 75.0
# Paper darker than this (0-255): an under-exposed photo.  Good pages' paper measured 219-255,
# 2.5 stops under about 40.
DARK_PAPER = 110
# The darkest ink (its 1st percentile) lighter than this: washed out.  Good pages' ink measured
# 0-51, blurred ones up to 111 (thin strokes spread out); 2 stops towards white about 195.
PALE_INK = 130
# Share of the text's area washed to white while the rest of the paper is not: glare.
GLARE_AREA = 0.03
WASHED = 252  # a cell this bright is washed white (a photo's paper, lit unevenly, stays under 245)
WHITE_PAPER = 245  # paper this bright is a scan's: a reflection cannot be told from it
# Word boxes' median height under this many of the file's pixels: too small to read reliably.
# Body text of 10 pt is 23 px at 170 dpi; shrunk to 0.3 it is 7 px.
SMALL_TEXT = 11.0
# Words touching the picture's edge (within a quarter of the text's height) from this many on: cut off.
CUT_WORDS = 2
# A side of a photo whose border is paper on this share of its length, while another side shows
# the table: the page runs off it.  Paper is a border cell at least this share of the paper's brightness.
PAGE_RUNS_OFF = 0.5
PAPER_SHARE = 0.85
# A border cell darker than this share of the paper's brightness is what the page lies on (a table, a carpet); one
# between the two is neither (a tinted band printed along a visa sticker's or a card's edge, scanned to its edge).
TABLE_SHARE = 0.7
# A scan (paper on every side) has the shape of a page or card: A4 1.41, Letter 1.29, ID-1 card 1.59,
# passport page 1.42 (the generator draws A4 and cards of 1.40-1.57).  Outside, part of it was cut away
# (a quarter cut from A4 gives 1.06 or 1.89).
PAGE_SHAPES = (1.25, 1.68)

# ---- measuring settings
SHARPNESS_TEXT_PX = 10  # text height of the reduced copy the edges are measured on
GLARE_GRID = 96  # cells along the long side for the glare map
BAND_ACROSS = 0.95  # a washed part this wide (or tall) a share of the text box is a printed white band, no glare
BODY_TEXT_POINTS = 9.7  # a body-text word box's height in points (10 pt type: 23 px at 170 dpi)
MIN_WORDS = 5  # fewer confident words than this and the text's height is not known
WORD_CONFIDENCE = 30.0  # words below this confidence are noise, not text


@dataclass(frozen=True)
class Legibility:
    """One page image's measurements and the reasons it would be turned down (none: legible)."""

    edge_width: float  # ink edges' width as a share of the text height (0 when unknown)
    paper: float  # the paper's brightness, 0-255
    ink: float  # the darkest ink's brightness, 0-255
    glare: float  # share of the text area washed white by a reflection
    text_height: float  # median word height in the file's pixels (0 when too few words were read)
    dpi: float  # effective resolution of body text (0 when unknown)
    edge_words: int  # words touching the picture's edge
    cut_sides: int  # sides of a photo the page runs off
    shape: float  # the picture's long side over its short side
    words: int  # words read with some confidence
    confidence: float  # their mean OCR confidence, 0-100
    reasons: tuple[str, ...] = ()

    def poor(self) -> bool:
        return bool(self.reasons)

    def quality(self) -> PageQuality:
        """The verdict as the Page carries it (model.py stays free of numpy and Pillow)."""
        measures = {k: float(v) for k, v in asdict(self).items() if k != "reasons"}
        return PageQuality(self.reasons, measures)


def _text_words(ocr: OcrResult | None) -> list[OcrWord]:
    if ocr is None:
        return []
    return [w for w in ocr.words if w.conf >= WORD_CONFIDENCE and sum(c.isalnum() for c in w.text) >= 2]


def _text_box(words: list[OcrWord], size: tuple[int, int]) -> tuple[int, int, int, int]:
    """The box holding the words read (the whole image when none were)."""
    if len(words) < MIN_WORDS:
        return (0, 0, size[0], size[1])
    left = int(np.percentile([w.left for w in words], 1))
    top = int(np.percentile([w.top for w in words], 1))
    right = int(np.percentile([w.left + w.width for w in words], 99))
    bottom = int(np.percentile([w.top + w.height for w in words], 99))
    if right - left < 8 or bottom - top < 8:
        return (0, 0, size[0], size[1])
    return (left, top, right, bottom)


def _ink_level(image: Image.Image, words: list[OcrWord]) -> float:
    """How dark the text's ink is: the darkest pixels inside the words' own boxes.  (Over the whole text box,
    a page of few words, a signature page with its footer far below, or the last page of a letter holding only
    its signature and the writer's name, has too little ink for the darkest hundredth of its pixels to be ink: a
    clean page would read as washed out.)"""
    grey = np.asarray(images.grey(image), dtype=np.uint8)
    inside = [grey[w.top: w.top + w.height, w.left: w.left + w.width].ravel() for w in words]
    pixels = np.concatenate([p for p in inside if p.size]) if any(p.size for p in inside) else grey.ravel()
    return float(np.percentile(pixels, 1))


def _edge_width(grey: Image.Image, text_height: float) -> float:
    """Ink edges' width as a share of the text height: contrast over the steepest gradients."""
    factor = max(1, int(text_height / SHARPNESS_TEXT_PX))
    small = np.asarray(grey.reduce(factor) if factor > 1 else grey, dtype=np.float32)
    if small.shape[0] < 3 or small.shape[1] < 3:
        return 0.0
    gy = np.abs(np.diff(small, axis=0))[:, :-1]
    gx = np.abs(np.diff(small, axis=1))[:-1, :]
    gradient = np.hypot(gx, gy)
    contrast = float(np.percentile(small[::2, ::2], 95) - np.percentile(small[::2, ::2], 1))
    steep = float(np.percentile(gradient[::2, ::2], 99.5))  # every fourth pixel is plenty for a percentile
    if steep <= 0 or contrast <= 0:
        return 0.0
    # A step of height `contrast` blurred over w pixels has gradients of about contrast / w.
    return contrast / steep * factor / text_height


def _glare(grey: Image.Image) -> float:
    """Share of the text box (`grey`) washed to pure white while the paper around it is not white.

    The paper is the box's median *pixel*: a dense page of text (a contract's 350 words) darkens most cells of the
    grid, whose median then says grey paper on a clean white scan; its pixels are still mostly paper."""
    if float(np.median(np.asarray(grey, dtype=np.uint8)[::2, ::2])) >= WHITE_PAPER:
        return 0.0  # white paper (a clean scan): a reflection cannot be told from it
    scale = GLARE_GRID / max(grey.size)
    if scale < 1:
        grey = grey.resize((max(1, round(grey.width * scale)), max(1, round(grey.height * scale))), Image.Resampling.BOX)
    cells = np.asarray(grey, dtype=np.float32)
    if float(np.median(cells)) >= WHITE_PAPER:  # white paper (a clean scan): a reflection cannot be told from it
        return 0.0
    washed = cells >= WASHED
    # a white band printed right across the page (a data page's zone strip under its tinted card) is paper, not a
    # reflection: a reflection is a patch, which never runs from one side of the text to the other
    parts, count = ndimage.label(washed)
    for k, (rows, cols) in enumerate(ndimage.find_objects(parts), 1):
        if cols.stop - cols.start >= BAND_ACROSS * cells.shape[1] or rows.stop - rows.start >= BAND_ACROSS * cells.shape[0]:
            washed[parts == k] = False
    return float(np.mean(washed))


def _white_margins(picture: Image.Image) -> bool:
    """The picture's borders are paper as white as a scanner's (a photo's paper, lit unevenly, is greyer)."""
    grey = np.asarray(picture.reduce(max(1, max(picture.size) // (4 * GLARE_GRID))).convert("L"), dtype=np.float32)
    borders = np.concatenate((grey[0, :], grey[-1, :], grey[:, 0], grey[:, -1]))
    return float(np.median(borders)) >= WASHED


def _border_paper(picture: Image.Image) -> tuple[list[float], list[float]]:
    """For each side of the picture, the share of its border that is paper, and the share that is the table around
    it."""
    grey = picture.reduce(max(1, max(picture.size) // (4 * GLARE_GRID))).convert("L")
    scale = GLARE_GRID / max(grey.size)
    grey = grey.resize((max(3, round(grey.width * scale)), max(3, round(grey.height * scale))), Image.Resampling.BOX)
    cells = np.asarray(grey, dtype=np.float32)
    paper = float(np.percentile(cells, 90))
    borders = (cells[0, :], cells[-1, :], cells[:, 0], cells[:, -1])
    return ([float(np.mean(side >= paper * PAPER_SHARE)) for side in borders],
            [float(np.mean(side < paper * TABLE_SHARE)) for side in borders])


def _cut_sides(on_paper: list[float], on_table: list[float]) -> int:
    """Sides of the picture that the page runs off while other sides show what it lies on.

    A phone photo shows the table around the page; a side where paper fills the border
    instead, on most of its length, cut the page.  A scan's page fills every side.
    """
    if min(on_paper) >= PAGE_RUNS_OFF:  # paper all round: a scan, or a page filling the frame
        return 0
    if max(on_table) < PAGE_RUNS_OFF:  # no side shows a table: a scan whose page prints a tinted band at its edge
        return 0
    return sum(share >= PAGE_RUNS_OFF for share in on_paper)


def _page_shape(picture: Image.Image) -> float:
    """The picture's long side over its short side (a page filling the frame has a page's shape)."""
    return max(picture.size) / max(1, min(picture.size))


def _edge_words(words: list[OcrWord], size: tuple[int, int], skew: float, original: tuple[int, int] | None,
                margin: float) -> int:
    """Words within `margin` of the picture's edge, in the picture as taken (before straightening)."""
    w, h = size
    ow, oh = original or size
    theta = math.radians(skew)
    cos, sin = math.cos(theta), math.sin(theta)
    count = 0
    for word in words:
        touching = False
        for x, y in ((word.left, word.top), (word.left + word.width, word.top),
                     (word.left, word.top + word.height), (word.left + word.width, word.top + word.height)):
            dx, dy = x - w / 2, y - h / 2
            # undo the straightening (a counter-clockwise turn by `skew` about the centre, canvas expanded)
            ox = dx * cos - dy * sin + ow / 2
            oy = dx * sin + dy * cos + oh / 2
            if min(ox, oy, ow - ox, oh - oy) <= margin:
                touching = True
        count += touching
    return count


def assess(image: Image.Image, ocr: OcrResult | None, *, picture: Image.Image | None = None, rotation: int = 0,
           skew: float = 0.0, scale: float = 1.0) -> Legibility:
    """Measure one page image as it was read and say what would make a person ask for a retake.

    `image` and `ocr` are the page as OCR read it (turned upright, straightened); `picture` is
    the image handed to OCR before it was turned by `rotation` degrees clockwise and straightened
    by `skew` degrees counter-clockwise (default: `image` itself), and `scale` how much the file's
    picture was enlarged for OCR (images.fit_for_ocr), so that framing and text height refer to
    the picture as taken.
    """
    picture = picture if picture is not None else image
    original_size = picture.size[::-1] if rotation % 180 else picture.size
    words = _text_words(ocr)
    heights = [w.height for w in words]
    text_height = float(np.median(heights)) if len(words) >= MIN_WORDS else 0.0
    box = _text_box(words, image.size)
    grey = images.grey(image).crop(box)
    pixels = np.asarray(grey.reduce(max(1, min(grey.size) // 400)), dtype=np.float32)
    paper = float(np.percentile(pixels, 90))
    ink = _ink_level(image, words) if words else float(np.percentile(pixels, 1))
    edge = _edge_width(grey, text_height) if text_height else 0.0
    # (a scan's sheet washed white to its margins holds white paper around its boxes of grey: no reflection; and a
    # dark band printed along one of its edges, a certificate's header, is no table the page lies on)
    scanned = _white_margins(picture)
    glare = 0.0 if scanned else _glare(grey)
    on_paper, on_table = _border_paper(picture)
    cut_sides = 0 if scanned else _cut_sides(on_paper, on_table)
    shape = _page_shape(picture)
    # a page filling the frame that has not the shape of a page: part of it was cut away
    cut_scan = min(on_paper) >= PAGE_RUNS_OFF and not PAGE_SHAPES[0] <= shape <= PAGE_SHAPES[1]
    file_height = text_height / scale if scale > 0 else text_height
    dpi = file_height / (BODY_TEXT_POINTS / 72)
    margin = max(2.0, text_height / 4)
    edge_words = _edge_words(words, image.size, skew, original_size, margin)
    confidence = float(np.mean([w.conf for w in words])) if words else 0.0

    reasons = []
    small = 0 < file_height < SMALL_TEXT
    # Tiny text is blurred at its own scale: the advice is then to come closer, not to hold still.
    blurred = edge >= BLURRED_EDGE or (edge >= SOFT_EDGE and confidence < BLURRED_CONFIDENCE)
    if blurred and not small:
        reasons.append("blurred")
    if paper < DARK_PAPER:
        reasons.append("too_dark")
    if ink >= PALE_INK or glare >= GLARE_AREA:
        reasons.append("overexposed")
    if edge_words >= CUT_WORDS or cut_sides or cut_scan:
        reasons.append("cut_off")
    if small:
        reasons.append("low_resolution")
    return Legibility(
        edge_width=round(edge, 3),
        paper=round(paper, 1),
        ink=round(ink, 1),
        glare=round(glare, 3),
        text_height=round(file_height, 1),
        dpi=round(dpi),
        edge_words=edge_words,
        cut_sides=cut_sides,
        shape=round(shape, 2),
        words=len(words),
        confidence=round(confidence, 1),
        reasons=tuple(reasons),
    )


def assess_reading(fitted: Image.Image, page: UprightPage, *, scale: float = 1.0) -> Legibility:
    """assess() for a page read by orientation.read_upright from `fitted` (the image handed to OCR)."""
    return assess(page.image, page.ocr, picture=fitted, rotation=page.rotation, skew=page.skew, scale=scale)


# Benchmark switch (benchmarks/speed.py, benchmarks/legibility.py): DOCSCHECK_NO_LEGIBILITY=1 reads
# pages without the assessment, to measure what it costs.  Not a user setting.
SWITCH_OFF = "DOCSCHECK_NO_LEGIBILITY"


def page_quality(fitted: Image.Image, page: UprightPage, *, scale: float) -> PageQuality | None:
    """What text.ocr_page keeps of the assessment; None when switched off or when measuring failed."""
    if os.environ.get(SWITCH_OFF) == "1":
        return None
    try:
        return assess_reading(fitted, page, scale=scale).quality()
    except Exception:  # a measurement failing on a strange image must not cost the page its text
        return None


def blank_quality(image: Image.Image) -> PageQuality | None:
    """A page too faint to be sent to OCR: too dark when its paper is dark (an under-exposed photo
    can look blank), else nothing to say (a blank page is not a poor image)."""
    if os.environ.get(SWITCH_OFF) == "1":
        return None
    grey = image.convert("L")
    pixels = np.asarray(grey.reduce(max(1, min(grey.size) // 400)), dtype=np.float32)
    paper = float(np.percentile(pixels, 90))
    return PageQuality(("too_dark",), {"paper": round(paper, 1)}) if paper < DARK_PAPER else None
