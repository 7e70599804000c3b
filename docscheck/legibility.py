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
from dataclasses import dataclass

import numpy as np
from PIL import Image

from docscheck.orientation import UprightPage
from docscheck.tesseract import OcrResult, OcrWord

REASONS = ("blurred", "too_dark", "overexposed", "cut_off", "low_resolution")

# ---- thresholds (set on the development pages of benchmarks/legibility.py)
# Ink edges wider than this share of the text's height: letters run together.  Good scans and
# photos measure 0.06-0.12; a Gaussian blur of 3.5 px on 10 pt text at 170 dpi about 0.3.
BLURRED_EDGE = 0.2
# Paper darker than this (0-255): an under-exposed photo.  Good photos' paper is 170-240.
DARK_PAPER = 110
# The darkest ink (its 1st percentile) lighter than this: washed out.  Good pages' ink is under 80.
PALE_INK = 130
# Share of the text's area washed to white while the rest of the paper is not: glare.
GLARE_AREA = 0.03
# Word boxes' median height under this many of the file's pixels: too small to read reliably.
# Body text of 10 pt is 23 px at 170 dpi; shrunk to 0.3 it is 7 px.
SMALL_TEXT = 11.0
# Words touching the picture's edge (within a quarter of the text's height) from this many on: cut off.
CUT_WORDS = 2

# ---- measuring settings
SHARPNESS_TEXT_PX = 16  # text height of the reduced copy the edges are measured on
GLARE_GRID = 96  # cells along the long side for the glare map
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
    words: int  # words read with some confidence
    confidence: float  # their mean OCR confidence, 0-100
    reasons: tuple[str, ...] = ()

    def poor(self) -> bool:
        return bool(self.reasons)


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


def _edge_width(grey: Image.Image, text_height: float) -> float:
    """Ink edges' width as a share of the text height: contrast over the steepest gradients."""
    factor = max(1, int(text_height / SHARPNESS_TEXT_PX))
    small = np.asarray(grey.reduce(factor) if factor > 1 else grey, dtype=np.float32)
    if small.shape[0] < 3 or small.shape[1] < 3:
        return 0.0
    gy = np.abs(np.diff(small, axis=0))[:, :-1]
    gx = np.abs(np.diff(small, axis=1))[:-1, :]
    gradient = np.hypot(gx, gy)
    contrast = float(np.percentile(small, 95) - np.percentile(small, 1))
    steep = float(np.percentile(gradient, 99.5))
    if steep <= 0 or contrast <= 0:
        return 0.0
    # A step of height `contrast` blurred over w pixels has gradients of about contrast / w.
    return contrast / steep * factor / text_height


def _glare(image: Image.Image, box: tuple[int, int, int, int], paper: float) -> float:
    """Share of the text box that is saturated white while the page's paper is not."""
    if paper >= 235:  # white paper (a clean scan): a reflection cannot be told from it
        return 0.0
    grey = image.convert("L").crop(box)
    scale = GLARE_GRID / max(grey.size)
    if scale < 1:
        grey = grey.resize((max(1, round(grey.width * scale)), max(1, round(grey.height * scale))), Image.Resampling.BOX)
    cells = np.asarray(grey, dtype=np.float32)
    return float(np.mean(cells >= 248))


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


def assess(image: Image.Image, ocr: OcrResult | None, *, scale: float = 1.0, skew: float = 0.0,
           original_size: tuple[int, int] | None = None) -> Legibility:
    """Measure one page image as it was read and say what would make a person ask for a retake.

    `image` and `ocr` are the page as OCR read it (turned upright, straightened); `scale` is how
    much the file's picture was enlarged for OCR (images.fit_for_ocr), `skew` the straightening
    applied (degrees counter-clockwise) and `original_size` the picture's size before it, in
    `image`'s pixel scale, so that edges and text height refer to the picture as taken.
    """
    words = _text_words(ocr)
    heights = [w.height for w in words]
    text_height = float(np.median(heights)) if len(words) >= MIN_WORDS else 0.0
    box = _text_box(words, image.size)
    grey = image.convert("L").crop(box)
    pixels = np.asarray(grey.reduce(max(1, min(grey.size) // 400)), dtype=np.float32)
    paper = float(np.percentile(pixels, 90))
    ink = float(np.percentile(pixels, 1))
    edge = _edge_width(grey, text_height) if text_height else 0.0
    glare = _glare(image, box, paper)
    file_height = text_height / scale if scale > 0 else text_height
    dpi = file_height / (BODY_TEXT_POINTS / 72)
    margin = max(2.0, text_height / 4)
    edge_words = _edge_words(words, image.size, skew, original_size, margin)
    confidence = float(np.mean([w.conf for w in words])) if words else 0.0

    reasons = []
    small = 0 < file_height < SMALL_TEXT
    if edge >= BLURRED_EDGE and not small:  # tiny text is blurred at its own scale: the advice is to come closer
        reasons.append("blurred")
    if paper < DARK_PAPER:
        reasons.append("too_dark")
    if ink >= PALE_INK or glare >= GLARE_AREA:
        reasons.append("overexposed")
    if edge_words >= CUT_WORDS:
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
        words=len(words),
        confidence=round(confidence, 1),
        reasons=tuple(reasons),
    )


def assess_reading(fitted: Image.Image, page: UprightPage, *, scale: float = 1.0) -> Legibility:
    """assess() for a page read by orientation.read_upright from `fitted` (the image handed to OCR)."""
    turned = fitted.size[::-1] if page.rotation % 180 else fitted.size
    return assess(page.image, page.ocr, scale=scale, skew=page.skew, original_size=turned)
