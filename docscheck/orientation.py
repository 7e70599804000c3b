"""Make a page upright and straight before OCR, and read it.

Turning: Tesseract's orientation detection (OSD) proposes a rotation, but on
upright passports and visas the `<<<` runs of the machine-readable zone can
make it answer 180 degrees.  So a proposal is only accepted when a second
signal agrees: the page read the proposed way gives clearly better OCR
(confidence times words that look like words) than read as it is.  And OSD
only runs where the page needs it: a page that already reads well is upright,
and so is a passport or card whose zone shows in that reading.

Straightening: small skews (a few degrees) are measured with the `deskew`
library on a reduced copy and undone before OCR.

An upside-down page is seen before it is read, so that no full reading is spent
on it the wrong way up: in print, ascenders and capitals put more ink above a
line's x-height band than descenders put below it (`line_ink_ratio`), which a
reduced copy shows in milliseconds.  The same measure orders OSD's two sideways
proposals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from PIL import Image

from docscheck import images, mrz, tesseract
from docscheck.tesseract import OcrResult

# What "reads well" means: a first reading with this mean word confidence (Tesseract's 0-100
# scale) and at least this many word-like words is taken as upright, with no OSD and no turned
# re-read.  Project choices (since the first reading code), not Tesseract figures: a page read
# sideways or upside down gives scraps far below both, an upright letter or form far above.
GOOD_CONFIDENCE = 72.0
GOOD_WORDS = 12
# A word counts towards `quality` from this confidence up: below it Tesseract's words on a turned
# page are mostly noise.  Project choice, with GOOD_CONFIDENCE.
CONFIDENT_WORD = 60
# A page whose `quality` is under this (about half of GOOD_WORDS confident words) while OSD has
# no answer is tried in the other three turns: half a "reads well" page is too little to keep.
POOR_QUALITY = GOOD_WORDS * 0.5
# A turned reading replaces the current one only when its quality beats it by a quarter plus one
# word's worth: OSD's 180-degree guesses on zone `<<<` runs (see the module's docstring) then
# need a clearly better reading, not one noisy word more.  Project choice.
CONFIRM_RATIO = 1.25
CONFIRM_MARGIN = 1.0
# Orientation and skew are read on reduced copies: the text's direction and slant show at this
# size (long side in pixels; measured on the generated samples when they were introduced, and
# far cheaper than the full page: OSD at 1600 px, skew at 600 px).
OSD_LONG_SIDE = 1600
SKEW_LONG_SIDE = 600
SKEW_RETRY_LONG_SIDE = 1200  # ... and at this size where the first measure is no skew a page can have
# OSD on a reduced copy takes well under a second; this only bounds a call that hangs (seconds).
OSD_TIMEOUT = 30.0
# Skews: degrees.  Tesseract reads lines closer to level than MIN_SKEW as well as straight ones
# (turning costs time; measured when it was raised from 0.3); a measured angle over MAX_SKEW is
# not a skew but `deskew` misreading a page (phone photos of documents are not tilted that far).
MIN_SKEW = 1.5
MAX_SKEW = 8.0
# Ink above over ink below the text lines' x-height bands (`line_ink_ratio`), on the straightened
# page: the generated scans and photos of benchmarks/speed.py measured 1.0-3.3 upright (cards,
# whose lines are mostly capitals and digits, 0.7-1.4) and 0.3-0.8 upside down.  A page under
# UPSIDE_DOWN is read turned first; OSD's sideways proposal is read the other way round first when
# that way's ratio is SIDEWAYS_PREFERENCE times its own.  Project choices: a wrong guess costs a
# reading, never a result (the usual checks follow).
UPSIDE_DOWN = 0.55
SIDEWAYS_PREFERENCE = 1.3
LINES_LONG_SIDE = 1000  # pixels: an x-height band stays several pixels tall
LINE_STRIP = 40  # pixels: columns measured apart, so that a skew under MIN_SKEW does not blur the lines
MAX_LINE_HEIGHT = 60  # pixels: a taller run of inked rows is a picture or a table, not a line of text
MIN_LINE_INK = 4  # pixels of ink in a strip's row for a line's x-height band to show
# A word-like word: three letters or more (shorter runs are as often OCR noise as words).
_WORD = re.compile(r"[A-Za-zÀ-ÿ]{3,}")


@dataclass(frozen=True)
class UprightPage:
    image: Image.Image
    ocr: OcrResult
    rotation: int  # degrees clockwise applied
    skew: float  # degrees counter-clockwise applied


def quality(result: OcrResult) -> float:
    """One number for how well a page was read: confident words that look like words."""
    good = [w for w in result.words if w.conf >= CONFIDENT_WORD and _WORD.search(w.text)]
    return len(good) * max(result.mean_confidence, 1.0) / 100.0


def reads_well(result: OcrResult) -> bool:
    words = sum(1 for w in result.words if _WORD.search(w.text))
    return result.mean_confidence >= GOOD_CONFIDENCE and words >= GOOD_WORDS


def shows_zone(result: OcrResult) -> bool:
    """The reading shows a machine-readable zone (check digits, or its country codes and dates,
    holding): the page is upright, since text read sideways or upside down never makes one,
    however poorly the rest of a passport or card reads over its security pattern."""
    return bool(mrz.find_zones(result.text))


def measure_skew(image: Image.Image) -> float:
    """Counter-clockwise angle in degrees that straightens the text lines (0 when unsure)."""
    from deskew import determine_skew  # imported here: it brings scikit-image

    grey = images.grey(image)
    for side in (SKEW_LONG_SIDE, SKEW_RETRY_LONG_SIDE):
        small = grey.copy()
        small.thumbnail((side, side))
        try:
            angle = determine_skew(np.asarray(small))
        except Exception:  # deskew fails on blank or tiny images; no skew is the safe answer
            return 0.0
        if angle is not None and np.isfinite(angle) and abs(angle) <= MAX_SKEW:
            return float(angle) if abs(angle) >= MIN_SKEW else 0.0
        # (a page of a few short lines, small on a photo, reduced that far gives `deskew` no lines: a
        # misreading, tried again on a larger copy)
        if max(grey.size) <= side:
            return 0.0
    return 0.0


def _ink_mask(image: Image.Image, long_side: int) -> np.ndarray:
    """Ink on a reduced grey copy: pixels well darker than the paper (its 90th percentile)."""
    grey = images.grey(image).copy()
    grey.thumbnail((long_side, long_side), Image.Resampling.BOX)
    pixels = np.asarray(grey)
    return np.asarray(pixels < np.percentile(pixels, 90) * 0.6)


def line_ink_ratio(image: Image.Image, turn: int = 0) -> float:
    """Ink above the text lines' x-height bands over ink below them, on the image turned `turn`
    degrees clockwise: over 1 for upright print, under 1 upside down (1 when there are no lines
    to tell).

    In each narrow strip of columns, every run of inked rows no taller than a line is a line;
    its band is the rows holding at least half its fullest row's ink.
    """
    ink = np.ascontiguousarray(np.rot90(_ink_mask(image, LINES_LONG_SIDE), -(turn // 90)))
    height, width = ink.shape
    strips = width // LINE_STRIP
    if strips == 0 or height < 2:
        return 1.0
    # each strip's row sums, one strip after another, with an empty row closing each strip
    rows = ink[:, : strips * LINE_STRIP].reshape(height, strips, LINE_STRIP).sum(axis=2, dtype=np.int32).T
    rows = np.concatenate((rows, np.zeros((strips, 1), dtype=np.int32)), axis=1).ravel()
    inked = rows > 0
    starts = np.flatnonzero(inked & ~np.concatenate(([False], inked[:-1])))
    if starts.size == 0:
        return 1.0
    ends = np.flatnonzero(inked & ~np.concatenate((inked[1:], [False]))) + 1
    run = np.cumsum(np.isin(np.arange(rows.size), starts)) - 1  # each row's run (rows after a run: its gap)
    fullest = np.maximum.reduceat(rows, starts)
    lines = (ends - starts >= 4) & (ends - starts <= MAX_LINE_HEIGHT) & (fullest >= MIN_LINE_INK)
    index = np.arange(rows.size)
    in_run = inked & (run >= 0)
    band = in_run & (rows >= 0.5 * fullest[np.maximum(run, 0)])
    first = np.minimum.reduceat(np.where(band, index, rows.size), starts)
    last = np.maximum.reduceat(np.where(band, index, -1), starts)
    owner = np.maximum(run, 0)
    counted = in_run & lines[owner]
    above = rows[counted & (index < first[owner])].sum()
    below = rows[counted & (index > last[owner])].sum()
    return float(above) / max(float(below), 1.0) if above or below else 1.0


def _reduced(image: Image.Image, long_side: int) -> Image.Image:
    if max(image.size) <= long_side:
        return image
    small = image.copy()
    small.thumbnail((long_side, long_side), Image.Resampling.BILINEAR)
    return small


def rotate_clockwise(image: Image.Image, degrees: int) -> Image.Image:
    if degrees % 360 == 0:
        return image
    transpose = {
        90: Image.Transpose.ROTATE_270,  # PIL's ROTATE_n turns counter-clockwise
        180: Image.Transpose.ROTATE_180,
        270: Image.Transpose.ROTATE_90,
    }[degrees % 360]
    return image.transpose(transpose)


def straighten(image: Image.Image) -> tuple[Image.Image, float]:
    angle = measure_skew(image)
    if angle == 0.0:
        return image, 0.0
    fill = 255 if image.mode == "L" else (255, 255, 255)
    return image.rotate(angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=fill), angle


def read_upright(image: Image.Image, *, lang: str = tesseract.LANGUAGES, timeout: float = tesseract.DEFAULT_TIMEOUT) -> UprightPage:
    """OCR a page image, turning and straightening it first where it needs it.

    A page whose lines look upside down, and upright once turned by a half turn, is read turned
    first; when that reading does not show upright, it asks OSD and is read its way.  Any turn is
    read at most once.
    """
    straight, skew = straighten(image)
    pages: dict[int, UprightPage] = {}

    def read(turn: int) -> UprightPage:
        # A quarter or half turn leaves the lines' slant as it was: the straightened page turned,
        # with no second skew measurement.
        if turn not in pages:
            turned = rotate_clockwise(straight, turn)
            pages[turn] = UprightPage(turned, tesseract.ocr(turned, lang=lang, timeout=timeout), turn, skew)
        return pages[turn]

    def upright(page: UprightPage) -> bool:
        return reads_well(page.ocr) or shows_zone(page.ocr)

    osd: tesseract.Orientation | None = None
    asked = line_ink_ratio(straight) < UPSIDE_DOWN
    if asked:
        if _half_turn_shows_upright(straight) and upright(read(180)):
            return pages[180]  # the lines say it, the reading confirms it: no OSD to ask
        osd = tesseract.detect_orientation(_reduced(image, OSD_LONG_SIDE), timeout=min(timeout, OSD_TIMEOUT))
        for turn in _proposals(osd, straight):
            if upright(read(turn)):
                return pages[turn]
    best = read(0)
    if upright(best):
        return best

    if not asked:
        osd = tesseract.detect_orientation(_reduced(image, OSD_LONG_SIDE), timeout=min(timeout, OSD_TIMEOUT))
    if osd is not None and osd.rotate:
        candidates = _proposals(osd, straight)
    elif quality(best.ocr) < POOR_QUALITY:
        # OSD silent, and the page reads poorly: try the other turns, sideways first.
        candidates = [90, 270, 180]
    else:
        return best

    best_quality = quality(best.ocr)
    for turn in candidates:
        page = read(turn)
        q = quality(page.ocr)
        if q > best_quality * CONFIRM_RATIO + CONFIRM_MARGIN:
            best, best_quality = page, q
            if reads_well(page.ocr):
                break
    return best


def _half_turn_shows_upright(straight: Image.Image) -> bool:
    """Turned by a half turn, the page's lines look upright, clearly more than turned either way
    sideways (a sideways page's lines can look upside down as they are: then OSD decides)."""
    half = line_ink_ratio(straight, 180)
    return half >= SIDEWAYS_PREFERENCE * max(line_ink_ratio(straight, 90), line_ink_ratio(straight, 270))


def _proposals(osd: tesseract.Orientation | None, straight: Image.Image) -> list[int]:
    """The turns to read for OSD's proposal, most likely first.

    OSD's proposal must be confirmed by a clearly better reading.  A sideways proposal not
    confirmed is tried the other way round: OSD tells sideways text by its lines but reads their
    direction wrong on a card whose zone's `<<<` runs mislead it (the flip of the module's
    docstring), and a zone search in every direction costs more than one reading.  Of the two,
    the one whose lines show upright is read first.
    """
    if osd is None or not osd.rotate:
        return []
    if osd.rotate not in (90, 270):
        return [osd.rotate]
    other = (osd.rotate + 180) % 360
    if line_ink_ratio(straight, other) > SIDEWAYS_PREFERENCE * line_ink_ratio(straight, osd.rotate):
        return [other, osd.rotate]
    return [osd.rotate, other]


def turned_to_zone(page: UprightPage, *, lang: str = tesseract.LANGUAGES,
                   timeout: float = tesseract.DEFAULT_TIMEOUT) -> UprightPage:
    """The page turned the way its reading shows its machine-readable zone, where it can be.

    For a page whose zone the zone search found while its own reading shows none (a card
    photographed upside down reads as a few confident scraps, so OSD and the reading's quality
    leave it as it is): its text is garbage until the page is turned the zone's way.
    """
    probe = _reduced(page.image, OSD_LONG_SIDE)  # each turn tried on a reduced copy, the winner read in full
    for turn in (180, 90, 270):
        if shows_zone(tesseract.ocr(rotate_clockwise(probe, turn), lang=lang, timeout=timeout)):
            turned = rotate_clockwise(page.image, turn)  # already straight: a turn keeps it so
            result = tesseract.ocr(turned, lang=lang, timeout=timeout)
            return UprightPage(turned, result, (page.rotation + turn) % 360, page.skew)
    return page
