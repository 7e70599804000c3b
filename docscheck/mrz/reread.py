"""Re-reading a page image's machine-readable zone with settings suited to it.

The only module of the package that touches images or Tesseract (PIL, numpy,
docscheck.tesseract): reading zones from text stays light to import.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter, ImageOps

from docscheck import tesseract
from docscheck.model import Zone
from docscheck.mrz import vote
from docscheck.mrz.find import find_zones, td1_without_names
from docscheck.mrz.icao import CHARSET
from docscheck.mrz.parse import clean_line, score
from docscheck.tesseract import OcrResult, OcrWord

Box = tuple[int, int, int, int]  # left, top, right, bottom in pixels

# --- zone geometry ----------------------------------------------------------------------
# Tesseract reads only the zone's charset (ICAO 9303-3: A-Z, 0-9 and '<'), the crop as one
# uniform block of text (page segmentation mode 6).
ZONE_CONFIG = "-c tessedit_char_whitelist=ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
ZONE_PSM = 6
ZONE_OCR_TIMEOUT = 30.0  # seconds: a zone crop reads in well under one
# Pixels of capital height Tesseract reads a zone best at; crops are scaled towards it, up to
# MAX_UPSCALE times (beyond, an enlarged blur reads no better), never down below their size.
TARGET_CAP_HEIGHT = 36
MAX_UPSCALE = 4.0
MAX_CROP_PIXELS = 6_000_000  # a scaled crop's bound, for Tesseract's time and memory
SCALE_TOLERANCE = 0.05  # a scale this close to 1 is not worth a resampling
# In capital heights: the blur radius that evens out lighting (wider than a stroke, so the
# background, not the print, is measured), and the white margin around a crop, without
# which characters touching its edge (a zone cut by the page) are lost.
FLATTEN_RADIUS = 0.6
MIN_FLATTEN_RADIUS = 4.0  # pixels
BORDER = 0.8
MIN_BORDER = 8  # pixels
# A zone's capital height is about 1/34 of the document's long side: the first guess of scale
# when the page OCR does not show the zone.
LONG_SIDE_PER_CAP_HEIGHT = 34
# Passports' and cards' zones are at the bottom: the lower 60% of the page is searched first.
LOWER_BAND_TOP = 0.4
MIN_PAGE_SIDE = 20  # pixels: a smaller image holds no readable zone
# Photos skewed more than the page straightening handles (orientation.MAX_SKEW is 8 degrees)
# are straightened for the zone search within these angles, in degrees; below, straightening
# gains nothing; above, deskew's measure is more often wrong than right.
ZONE_SKEW_RANGE = (3.0, 25.0)
SKEW_THUMBNAIL = 1000  # pixels: the skew shows on a reduced copy, and is measured faster

# A page-OCR line is zone-like with at least 2 fillers, or a long word (12 characters or more,
# 85% of them zone characters) on a line of at least 20; a long word weighs 5 fillers.
ZONE_LIKE_FILLERS = 2
LONG_WORD = 12
LONG_WORD_ZONE_SHARE = 0.85
LONG_WORD_WEIGHT = 5
ZONE_LIKE_LINE = 20
# Words that bound the zone box across: fillers, or runs of 8 zone characters or more (90% of
# them), which a printed date such as "24.07.2008." is not.
ZONE_WORD = 8
ZONE_WORD_SHARE = 0.9
# Zone-like lines less than this many line heights apart belong to one zone.
LINE_GAP = 2.5
# Room above and below the zone-like lines, in line heights, for a zone line the page OCR
# missed: more when it saw one line only.
MARGIN_SEVERAL, MARGIN_ONE = 1.8, 2.6
SIDE_MARGIN = 3  # line heights left and right of the zone words (a few characters)
# A whole zone line (30 to 44 characters, each about as wide as a capital is tall) spans far
# more than this many line heights; narrower, the page OCR saw a fragment of it.
MIN_LINE_WIDTH = 15

# Readings of a located zone band: (lighting evened out, size factor, horizontal squeeze).
# Tesseract misreads OCR-B differently at each size; squeezing the line keeps it from reading
# widely spaced characters twice ("0029067" for "029067").
VARIANTS = (
    (False, 1.0, 1.0), (True, 1.0, 1.0), (False, 1.0, 0.8), (False, 1.3, 1.0), (True, 1.0, 0.8),
    (False, 0.75, 1.0), (False, 1.3, 0.8), (True, 1.3, 0.65), (False, 1.0, 0.65),
)


def _zone_like(words: list[OcrWord]) -> int:
    """How much a page-OCR line looks like a zone line: fillers and long unbroken words."""
    text = clean_line("".join(w.text for w in words))
    fillers = text.count("<") + text.count("«")  # of lookalikes.FILLER_SIGNS, only « counts here
    long_words = sum(len(w.text) >= LONG_WORD
                     and sum(c in CHARSET for c in w.text) >= LONG_WORD_ZONE_SHARE * len(w.text) for w in words)
    if fillers >= ZONE_LIKE_FILLERS or (long_words and len(text) >= ZONE_LIKE_LINE):
        return fillers + LONG_WORD_WEIGHT * long_words + 1
    return 0


def _zone_box(ocr: OcrResult, size: tuple[int, int]) -> tuple[Box, float] | None:
    """Box around the page OCR's zone-like lines (grown to the page width), and their height."""
    scored = [(ws, _zone_like(ws)) for ws in ocr.lines() if ws]
    boxes = []
    for ws, likeness in scored:
        if likeness:
            top = min(w.top for w in ws)
            bottom = max(w.top + w.height for w in ws)
            # zone words: fillers, or long runs of zone characters (not a date such as "24.07.2008.")
            zone_words = [w for w in ws if "<" in w.text or (
                len(w.text) >= ZONE_WORD and sum(c in CHARSET for c in w.text.upper()) >= ZONE_WORD_SHARE * len(w.text))] or ws
            left = min(w.left for w in zone_words)
            right = max(w.left + w.width for w in zone_words)
            heights = sorted(w.height for w in zone_words)
            boxes.append((top, bottom, heights[len(heights) // 2], likeness, left, right))
    if not boxes:
        return None
    boxes.sort()
    # the best-scoring cluster of vertically close lines
    groups: list[list[tuple[int, int, int, int, int, int]]] = [[boxes[0]]]
    for b in boxes[1:]:
        last = groups[-1][-1]
        if b[0] - last[1] <= LINE_GAP * max(last[2], b[2]):
            groups[-1].append(b)
        else:
            groups.append([b])
    group = max(groups, key=lambda g: sum(b[3] for b in g))
    h = float(sorted(b[2] for b in group)[len(group) // 2])
    margin = MARGIN_SEVERAL if len(group) >= 2 else MARGIN_ONE
    top = int(min(b[0] for b in group) - margin * h)
    bottom = int(max(b[1] for b in group) + margin * h)
    # sideways: the zone lines plus a few characters (words left or right of them are other text)
    width = max(b[5] for b in group) - min(b[4] for b in group)
    w, hh = size
    left, right = int(min(b[4] for b in group) - SIDE_MARGIN * h), int(max(b[5] for b in group) + SIDE_MARGIN * h)
    if width < MIN_LINE_WIDTH * h:  # only a fragment of a line was seen: keep the page width
        left, right = 0, w
    return (max(0, int(left)), max(0, top), min(w, int(right)), min(hh, bottom)), h


def _flatten(gray: Image.Image, radius: float) -> Image.Image:
    """Even out lighting (glare, tinted guilloche backgrounds): divide by a blurred background."""
    a = np.asarray(gray, dtype=np.float32)
    background = gray.filter(ImageFilter.MaxFilter(3)).filter(ImageFilter.GaussianBlur(max(MIN_FLATTEN_RADIUS, radius)))
    b = np.asarray(background, dtype=np.float32) + 1.0
    return ImageOps.autocontrast(Image.fromarray(np.clip(a / b * 255.0, 0, 255).astype(np.uint8)), cutoff=1)


@dataclass(frozen=True)
class _Prepared:
    """A zone crop made ready for OCR, and how to map its pixels back to the page's."""

    image: Image.Image
    box: Box
    scale_x: float
    scale_y: float
    border: int

    def to_page(self, inner: Box) -> Box:
        left, top, right, bottom = inner
        b = self.border
        return (int(self.box[0] + (left - b) / self.scale_x), int(self.box[1] + (top - b) / self.scale_y),
                int(self.box[0] + (right - b) / self.scale_x), int(self.box[1] + (bottom - b) / self.scale_y))


def _prepare(image: Image.Image, box: Box, char_height: float, flatten: bool = False,
             squeeze: float = 1.0) -> _Prepared:
    crop = image.crop(box).convert("L")
    scale = min(MAX_UPSCALE, max(1.0, TARGET_CAP_HEIGHT / max(char_height, 1.0)))
    if crop.width * crop.height * scale * scale > MAX_CROP_PIXELS:
        scale = (MAX_CROP_PIXELS / (crop.width * crop.height)) ** 0.5
    sx, sy = 1.0, 1.0
    if abs(scale - 1.0) > SCALE_TOLERANCE or squeeze != 1.0:
        size = (max(1, int(crop.width * scale * squeeze)), max(1, int(crop.height * scale)))
        sx, sy = size[0] / crop.width, size[1] / crop.height
        crop = crop.resize(size, Image.Resampling.LANCZOS)
    crop = _flatten(crop, char_height * scale * FLATTEN_RADIUS) if flatten else ImageOps.autocontrast(crop, cutoff=1)
    border = max(MIN_BORDER, int(char_height * scale * BORDER))
    return _Prepared(ImageOps.expand(crop, border=border, fill=255), box, sx, sy, border)



def _read(image: Image.Image) -> tuple[Zone | None, OcrResult]:
    result = tesseract.ocr(image, lang="eng", psm=ZONE_PSM, config=ZONE_CONFIG, timeout=ZONE_OCR_TIMEOUT)
    zones = find_zones(result.text)
    if not zones or not zones[0].valid:
        td1 = td1_without_names(result.text)
        if td1 is not None and (not zones or score(td1) > score(zones[0])):
            return td1, result
    return (zones[0] if zones else None), result


# Readings of a located zone band: (lighting evened out, size factor, horizontal squeeze).


def read_zone_from_image(image: Image.Image, ocr: OcrResult | None = None) -> str | None:
    """Re-read a page image's machine-readable zone with settings suited to it.

    The zone is located from the page OCR's words (lines with `<<` or long runs of
    capitals and digits) when `ocr` is given, otherwise searched for in the lower part of
    the page, then the whole page, then the page turned sideways, then straightened.  The
    zone is read several ways until two readings agree on a verified zone.  Returns the
    zone's lines (verified ones preferred) joined by newlines, or None.
    """
    w, h = image.size
    if w < MIN_PAGE_SIDE or h < MIN_PAGE_SIDE:
        return None
    readings: list[Zone] = []

    tried: set[tuple[int, Box, float, bool, float]] = set()
    found_at: dict[int, tuple[Box, float]] = {}  # zone box and capital height last read, per image

    def attempt(img: Image.Image, box: Box, height: float, flatten: bool, squeeze: float = 1.0) -> Zone | None:
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
        return vote.confirmed(readings)

    def lines(z: Zone | None) -> str | None:
        return "\n".join(z.lines) if z is not None else None

    def search() -> tuple[Image.Image, Box, float] | None:
        """Look for the zone without the page OCR's help: the lower part of the page (cards and
        passports), then all of it, then sideways, then straightened; a zone's capital height is
        about 1/34 of the document's long side.  Where the best reading was found, or None."""
        plan: list[tuple[Image.Image, Box]] = [(image, (0, int(h * LOWER_BAND_TOP), w, h)), (image, (0, 0, w, h))]
        for turn in (Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_270):
            turned = image.transpose(turn)
            plan.append((turned, (0, 0, turned.width, turned.height)))
        tilted = _straightened(image) if not readings else None
        if tilted is not None:
            plan += [(tilted, (0, int(tilted.height * LOWER_BAND_TOP), tilted.width, tilted.height)),
                     (tilted, (0, 0, tilted.width, tilted.height))]
        found: Zone | None = None
        where = None
        for img, box in plan:
            guess = max(img.size) / LONG_SIDE_PER_CAP_HEIGHT
            before = len(readings)
            if attempt(img, box, guess, True):
                return None
            if len(readings) > before and (found is None or score(readings[-1]) > score(found)):
                # the next readings on the zone's own lines, where the reading showed them
                found, where = readings[-1], (img, *found_at.get(id(img), (box, guess)))
                if len(found.failed_checks) <= 1:
                    break
        return where

    def variants(img: Image.Image, box: Box, height: float) -> Zone | None:
        for flatten, size, squeeze in VARIANTS:
            confirmed = attempt(img, box, height / size, flatten, squeeze)
            if confirmed is not None:
                return confirmed
        return None

    located: tuple[Image.Image, Box, float] | None = None
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
    best = vote.best_of(readings, page)
    if best is None or not best.valid:
        where = search()
        confirmed = vote.confirmed(readings)
        if confirmed is None and where is not None:
            confirmed = variants(*where)
        best = confirmed or vote.best_of(readings, page)
    return lines(best)



def _straightened(image: Image.Image) -> Image.Image | None:
    """The image turned by its measured skew when that is between 3 and 25 degrees, else None."""
    from deskew import determine_skew  # imported here: it brings scikit-image

    small = image.convert("L")
    small.thumbnail((SKEW_THUMBNAIL, SKEW_THUMBNAIL))
    try:
        angle = determine_skew(np.asarray(small))
    except Exception:  # noqa: BLE001 - blank or tiny images: no skew
        return None
    if angle is None or not np.isfinite(angle) or not ZONE_SKEW_RANGE[0] <= abs(angle) <= ZONE_SKEW_RANGE[1]:
        return None
    fill = (255, 255, 255) if image.mode == "RGB" else 255
    return image.rotate(float(angle), resample=Image.Resampling.BICUBIC, expand=True, fillcolor=fill)
