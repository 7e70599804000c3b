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
# gains nothing; 45 is as far as deskew measures (it was 25 until photos tilted 30 degrees,
# measured by deskew to the degree, came out unread: benchmarks/zone_conditions.py).
ZONE_SKEW_RANGE = (3.0, 45.0)
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
# Several zones on one page: zone-like lines' words further apart across than this many line
# heights are different zones (a zone line has no spaces; the open passport's two zones lie a
# page margin, a fold and a sticker's margin apart); a band whose lines' likeness adds up to
# less than this is a stray line of print, not a zone.
COLUMN_GAP = 3.0
BAND_LIKENESS = 10

# Readings of a located zone band: (lighting evened out, size factor, horizontal squeeze).
# Tesseract misreads OCR-B differently at each size; squeezing the line keeps it from reading
# widely spaced characters twice ("0029067" for "029067").
VARIANTS = (
    (False, 1.0, 1.0), (True, 1.0, 1.0), (False, 1.0, 0.8), (False, 1.3, 1.0), (True, 1.0, 0.8),
    (False, 0.75, 1.0), (False, 1.3, 0.8), (True, 1.3, 0.65), (False, 1.0, 0.65),
)
# Then the same crop without its colour (`_without_colour`), for marks drawn over the zone in pen
# or highlighter: last, so that a zone read alike without them is read as before.
COLOURLESS_VARIANTS = ((False, 1.0, 1.0), (True, 1.0, 1.0), (False, 1.3, 1.0), (True, 1.0, 0.8))


def _zone_like(words: list[OcrWord]) -> int:
    """How much a page-OCR line looks like a zone line: fillers and long unbroken words."""
    text = clean_line("".join(w.text for w in words))
    fillers = text.count("<") + text.count("«")  # of lookalikes.FILLER_SIGNS, only « counts here
    long_words = sum(len(w.text) >= LONG_WORD
                     and sum(c in CHARSET for c in w.text) >= LONG_WORD_ZONE_SHARE * len(w.text) for w in words)
    if fillers >= ZONE_LIKE_FILLERS or (long_words and len(text) >= ZONE_LIKE_LINE):
        return fillers + LONG_WORD_WEIGHT * long_words + 1
    return 0


LineBox = tuple[int, int, int, int, int, int]  # top, bottom, capital height, likeness, left, right


def _is_zone_word(w: OcrWord) -> bool:
    """Fillers, or a long run of zone characters (which a printed date such as "24.07.2008." is not)."""
    return "<" in w.text or (
        len(w.text) >= ZONE_WORD and sum(c in CHARSET for c in w.text.upper()) >= ZONE_WORD_SHARE * len(w.text))


def _line_boxes(lines: list[list[OcrWord]]) -> list[LineBox]:
    """The zone-like lines' extents, top to bottom."""
    boxes = []
    for ws in lines:
        likeness = _zone_like(ws) if ws else 0
        if likeness:
            top = min(w.top for w in ws)
            bottom = max(w.top + w.height for w in ws)
            zone_words = [w for w in ws if _is_zone_word(w)] or ws
            left = min(w.left for w in zone_words)
            right = max(w.left + w.width for w in zone_words)
            heights = sorted(w.height for w in zone_words)
            boxes.append((top, bottom, heights[len(heights) // 2], likeness, left, right))
    return sorted(boxes)


def _line_groups(boxes: list[LineBox]) -> list[list[LineBox]]:
    """Vertically close zone-like lines, grouped: each group one zone, as far as the page OCR shows."""
    groups: list[list[LineBox]] = [[boxes[0]]]
    for b in boxes[1:]:
        last = groups[-1][-1]
        if b[0] - last[1] <= LINE_GAP * max(last[2], b[2]):
            groups[-1].append(b)
        else:
            groups.append([b])
    return groups


def _height(group: list[LineBox]) -> float:
    return float(sorted(b[2] for b in group)[len(group) // 2])


def _group_box(group: list[LineBox], size: tuple[int, int]) -> tuple[Box, float]:
    """Box around a group of zone-like lines, with room for a line the page OCR missed."""
    h = _height(group)
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


def _zone_box(ocr: OcrResult, size: tuple[int, int]) -> tuple[Box, float] | None:
    """Box around the page OCR's zone-like lines (grown to the page width), and their height."""
    boxes = _line_boxes(ocr.lines())
    if not boxes:
        return None
    # the best-scoring cluster of vertically close lines
    group = max(_line_groups(boxes), key=lambda g: sum(b[3] for b in g))
    return _group_box(group, size)


def _columns(lines: list[list[OcrWord]], height: float) -> list[tuple[int, int]]:
    """Across, the spans the words of zone-like lines cover, split where a gap is wider than a
    zone line ever has: two zones side by side (an open passport's data page and its visa)."""
    spans = sorted((w.left, w.left + w.width) for ws in lines for w in ws)
    columns: list[list[int]] = []
    for left, right in spans:
        if columns and left - columns[-1][1] <= COLUMN_GAP * height:
            columns[-1][1] = max(columns[-1][1], right)
        else:
            columns.append([left, right])
    return [(a, b) for a, b in columns]


@dataclass(frozen=True)
class _Band:
    """One zone the page OCR shows among several: where to read it, and its lines as the page read them."""

    box: Box
    height: float
    text: str


def _zone_bands(ocr: OcrResult, size: tuple[int, int]) -> list[_Band]:
    """Every zone the page OCR shows, side by side or one above the other, when it shows two or
    more; else [] (one zone, or none: the page is read as one).  A band counts as a zone when its
    lines span a whole zone line and hold enough fillers and long runs of zone characters."""
    lines = [ws for ws in ocr.lines() if ws and _zone_like(ws)]
    heights = sorted(w.height for ws in lines for w in ws if _is_zone_word(w))
    if len(lines) < 2 or not heights:
        return []
    bands = []
    for left, right in _columns(lines, float(heights[len(heights) // 2])):
        column = [[w for w in ws if left <= w.left < right] for ws in lines]
        column = [ws for ws in column if ws]
        boxes = _line_boxes(column)
        if not boxes:
            continue
        for group in _line_groups(boxes):
            h = _height(group)
            wide = max(b[5] for b in group) - min(b[4] for b in group) >= MIN_LINE_WIDTH * h
            if wide and sum(b[3] for b in group) >= BAND_LIKENESS:
                top, bottom = min(b[0] for b in group), max(b[1] for b in group)
                text = "\n".join(" ".join(w.text for w in ws) for ws in column
                                 if top <= min(w.top for w in ws) <= bottom)
                box, height = _group_box(group, size)
                bands.append(_Band(box, height, text))
    return bands if len(bands) >= 2 else []


def _flatten(gray: Image.Image, radius: float) -> Image.Image:
    """Even out lighting (glare, tinted guilloche backgrounds): divide by a blurred background."""
    a = np.asarray(gray, dtype=np.float32)
    background = gray.filter(ImageFilter.MaxFilter(3)).filter(ImageFilter.GaussianBlur(max(MIN_FLATTEN_RADIUS, radius)))
    b = np.asarray(background, dtype=np.float32) + 1.0
    return ImageOps.autocontrast(Image.fromarray(np.clip(a / b * 255.0, 0, 255).astype(np.uint8)), cutoff=1)


def _without_colour(crop: Image.Image) -> Image.Image:
    """The crop as its lightest channel, in black and white: a zone is printed in black (ICAO
    9303-3 asks for ink that absorbs infrared), dark in every channel, while a pen's or
    highlighter's stroke drawn over it, or a tinted security pattern, is light in its own colour's
    channel, and is then set to white with the paper (Otsu's threshold between the two)."""
    if crop.mode not in ("RGB", "RGBA", "P", "CMYK"):
        return crop.convert("L")
    from skimage.filters import threshold_otsu  # imported here: scikit-image, already brought by deskew

    lightest = np.asarray(crop.convert("RGB"), dtype=np.uint8).max(axis=2)
    if lightest.min() == lightest.max():
        return Image.fromarray(lightest)
    return Image.fromarray(np.where(lightest > threshold_otsu(lightest), 255, 0).astype(np.uint8))


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
             squeeze: float = 1.0, colourless: bool = False) -> _Prepared:
    crop = _without_colour(image.crop(box)) if colourless else image.crop(box).convert("L")
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
    result = tesseract.ocr(image, lang=tesseract.ZONE_LANGUAGE, psm=ZONE_PSM, config=ZONE_CONFIG, timeout=ZONE_OCR_TIMEOUT)
    zones = find_zones(result.text)
    if not zones or not zones[0].valid:
        td1 = td1_without_names(result.text)
        if td1 is not None and (not zones or score(td1) > score(zones[0])):
            return td1, result
    return (zones[0] if zones else None), result


def read_zone_from_image(image: Image.Image, ocr: OcrResult | None = None) -> str | None:
    """Re-read a page image's machine-readable zone with settings suited to it.

    The zone is located from the page OCR's words (lines with `<<` or long runs of
    capitals and digits) when `ocr` is given, otherwise searched for in the lower part of
    the page, then the whole page, then the page turned sideways, then straightened.  The
    zone is read several ways until two readings agree on a verified zone.  Returns the
    zone's lines (verified ones preferred) joined by newlines, or None.
    """
    if ocr is None:
        zone = _reread(image, [], None)
    else:
        zone = _reread(image, find_zones(ocr.text), _zone_box(ocr, image.size))
    return "\n".join(zone.lines) if zone is not None else None


def read_zones_from_image(image: Image.Image, ocr: OcrResult | None = None) -> list[str]:
    """Every machine-readable zone of a page image, each as its lines joined by newlines.

    A page may show two zones (the open passport: the data page's and the visa's, side by
    side): where the page OCR shows two zone bands or more, each is read on its own (no
    search beyond it); otherwise, or when the bands do not give two different zones, the
    page is read as holding one zone, as `read_zone_from_image` does.
    """
    bands = _zone_bands(ocr, image.size) if ocr is not None and min(image.size) >= MIN_PAGE_SIDE else []
    zones: list[Zone] = []
    for band in bands:
        zone = _reread(image, find_zones(band.text), (band.box, band.height), search=False)
        if zone is not None and all((z.kind, z.document_number) != (zone.kind, zone.document_number) for z in zones):
            zones.append(zone)
    if len(zones) >= 2:
        return ["\n".join(z.lines) for z in zones]
    one = read_zone_from_image(image, ocr)
    return [one] if one is not None else []


def _reread(image: Image.Image, page: list[Zone], seen: tuple[Box, float] | None, search: bool = True) -> Zone | None:
    """One zone of a page image, read where the page OCR `seen` it (`page`: the page OCR's readings
    of it), else, with `search`, searched for."""
    w, h = image.size
    if w < MIN_PAGE_SIDE or h < MIN_PAGE_SIDE:
        return None
    readings: list[Zone] = []

    tried: set[tuple[int, Box, float, bool, float, bool]] = set()
    found_at: dict[int, tuple[Box, float]] = {}  # zone box and capital height last read, per image

    def attempt(img: Image.Image, box: Box, height: float, flatten: bool, squeeze: float = 1.0,
                colourless: bool = False) -> Zone | None:
        # the same crop read twice reads the same: it would confirm itself
        key = (id(img), box, round(height, 3), flatten, squeeze, colourless)
        if key in tried:
            return None
        tried.add(key)
        prepared = _prepare(img, box, height, flatten, squeeze, colourless)
        zone, result = _read(prepared.image)
        if zone is not None:
            readings.append(zone)
            seen = _zone_box(result, prepared.image.size)
            if seen is not None:  # where the zone's lines are, for the next readings
                inner, h_inner = seen
                found_at[id(img)] = (prepared.to_page(inner), h_inner / prepared.scale_y)
        return vote.confirmed(readings)

    def search_page() -> tuple[Image.Image, Box, float] | None:
        """Look for the zone without the page OCR's help: the lower part of the page (cards and
        passports), then all of it, then sideways, then straightened; a zone's capital height is
        about 1/34 of the document's long side.  Where the best reading was found, or None."""
        plan: list[tuple[Image.Image, Box]] = [(image, (0, int(h * LOWER_BAND_TOP), w, h)), (image, (0, 0, w, h))]
        for turn in (Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_270):
            turned = image.transpose(turn)
            plan.append((turned, (0, 0, turned.width, turned.height)))
        tilted = _straightened(image) if not any(r.valid for r in readings) else None
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
        plan = [(*v, False) for v in VARIANTS] + [(*v, True) for v in COLOURLESS_VARIANTS]
        for flatten, size, squeeze, colourless in plan:
            confirmed = attempt(img, box, height / size, flatten, squeeze, colourless)
            if confirmed is not None:
                return confirmed
        return None

    readings += page
    if seen is not None:
        confirmed = variants(image, *seen)
        if confirmed is not None:
            return confirmed
    # not seen, or seen but not read alike twice (the page OCR's box may miss a line): searched
    best = vote.best_of(readings, page)
    if search and (best is None or not best.valid):
        where = search_page()
        confirmed = vote.confirmed(readings)
        if confirmed is None and where is not None:
            confirmed = variants(*where)
        best = confirmed or vote.best_of(readings, page)
    return best


def _straightened(image: Image.Image) -> Image.Image | None:
    """The image turned by its measured skew when that is within ZONE_SKEW_RANGE, else None."""
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
