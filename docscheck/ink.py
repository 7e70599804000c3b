"""Does a page show a handwritten mark, such as a signature?  (A departure letter must be signed.)

The text says where a letter is signed ("Signature", "Lu et approuvé"); many letters
carry only the signature itself, a drawing the text cannot show.  On the page image,
ink that is not text (the words' boxes are masked), not a ruled line (long straight
runs are taken out), on the paper and in the lower part of the text, is cut into
connected pieces (a stroke drawn over a typed name or date stays one piece, joined
through the ink under the text); a piece of a signature's size that is thin (a pen
stroke, not a filled block: a photo, a logo, a barcode), that wanders (not one straight
line) and is no round stamp's ring is a mark.  Fainter ink touching clear ink holds a light pen's
stroke together; pieces side by side that are no mark alone (initials, a name in a script face) are
measured together.  A mark stands on the paper, not on the table or shade a photo shows.  When unsure,
no mark: the checklist then asks a person to look.

"Letter by which you agree to leave the territory at the end of your contract": a letter
one signs, wherever and however the signature is drawn.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from PIL import Image, ImageFilter
from scipy import ndimage

from docscheck import images

if TYPE_CHECKING:
    from docscheck.tesseract import OcrWord

Box = tuple[float, float, float, float]
"""A text box as fractions of the image: (left, top, right, bottom), 0..1."""

WORK_LONG_SIDE = 1000  # pixels: a pen stroke stays one to three pixels wide
A4_WIDTH_PT, A4_HEIGHT_PT = 595.0, 842.0  # sizes below are in points of an A4 page's width
MIN_WIDTH_PT, MAX_WIDTH_PT = 30.0, 300.0
MIN_HEIGHT_PT, MAX_HEIGHT_PT = 12.0, 160.0
MIN_ASPECT, MAX_ASPECT = 0.7, 12.0  # about as tall as wide at least, but not a line
MAX_FILL = 0.25  # share of its box a pen stroke inks at most
MAX_ENCLOSED, RING_ASPECT = 0.35, 1.3  # share of its box a round piece closes in at most (a stamp's ring: most)
# a stamp's ring: pixels this close to one circle (against its radius), round it over this many sectors of twelve (a
# ring cut in two halves by the words across it covers six; a development letter's signature arching over its
# typed name, five)
RING_SPREAD, RING_SECTORS, RING_TURN = 0.12, 12, 6
MAX_CORE = 0.3  # share of its pixels inside a 3x3 erosion: a stroke has almost none, a block most
MIN_SPREAD = 0.05  # its spread across its main direction, against along it: a straight line has little
MIN_ACROSS_PT = 1.5  # and at least this much (standard deviation, in points)
WANDER = 0.8  # and this many times the stroke's width (a straight line: about 0.3)
WORD_CONF, SURE_WORD_CONF = 40.0, 70.0  # a word's confidence for its box to count as text
RULE_PT = 36.0  # a straight horizontal or vertical run this long is a rule, a frame or an underline
FAINT_RATIO, FAINT_DIFF = 0.88, 18  # a fainter pixel counts as ink when it touches clear ink
GROUP_GAP_PT, GROUP_RISE_PT = 14.0, 6.0  # pieces this close side by side are one mark: initials, a script name
MAX_GROUP_FILL = 0.45  # a group's letters fill more of its box than one stroke does (a block: its core tells)
MIN_GROUP_HEIGHT_PT = 18.0  # and stand taller than a line of typed text (a text pasted as an image)
MIN_GROUP_ASPECT, MAX_GROUP_CORE = 1.2, 0.1  # written along a line, in pen strokes only (no patch of a picture)
MIN_LETTER_PT = 10.0  # each of them as tall as a handwritten letter at least
EDGE_PT = 24.0  # and this far from the image's edges at least
TALL_WORD = 1.8  # a word's box this many times as tall as the page's usual word holds a stroke drawn through it
MIN_BOXES = 8  # words on the page, at least, for their usual height to be known
PAPER_AROUND = 0.85  # a mark's box, strokes and all, is mostly paper: its median this light against the page's


@dataclass(frozen=True)
class Mark:
    """A handwritten mark found on a page, as fractions of the image (left, top, width, height)."""

    left: float
    top: float
    width: float
    height: float


def word_boxes(words: Iterable[OcrWord], size: tuple[int, int]) -> tuple[Box, ...]:
    """The boxes of the words Tesseract read as words: a signature is often read as a scrap of
    two letters or a low-confidence word, which must not hide it."""
    width, height = size
    out = []
    for w in words:
        letters = sum(c.isalnum() for c in w.text)
        if not (letters >= 3 and w.conf >= WORD_CONF or letters >= 2 and w.conf >= SURE_WORD_CONF):
            continue
        left, top, right, bottom = w.left, w.top, w.left + w.width, w.top + w.height
        out.append((left / width, top / height, right / width, bottom / height))
    return tuple(out)


def _ink(grey: np.ndarray, image: Image.Image, pt: float) -> tuple[np.ndarray, np.ndarray]:
    """Pixels clearly darker than the paper around them, on the paper (not the table a phone photo shows);
    and the fainter pixels joined to them, which hold a light pen's or a faint pasted image's stroke
    together where a small preview leaves only specks of it clear (they join pieces; only clear ink is
    measured)."""
    height, width = grey.shape
    step = max(1, round(max(height, width) / 40))
    background = image.reduce(step).filter(ImageFilter.MaxFilter(5)).resize((width, height), Image.Resampling.BILINEAR)
    paper = np.asarray(background, dtype=np.float32)
    level = float(np.percentile(paper, 90))
    on_paper = paper > level * 0.7
    strong = (grey < paper * 0.72) & (paper - grey > 40) & on_paper
    faint = (grey < paper * FAINT_RATIO) & (paper - grey > FAINT_DIFF) & on_paper
    labels, count = ndimage.label(faint, structure=np.ones((3, 3), dtype=int))
    if not count:
        return strong, strong
    seeded = np.zeros(count + 1, dtype=bool)
    seeded[np.unique(labels[strong])] = True
    seeded[0] = False
    # only what a pen's faint stroke may be: no wider nor taller than a signature, mostly paper inside its box
    # (not a photo's table or shade, which the faint level joins into one wide patch)
    for number, where in enumerate(ndimage.find_objects(labels), start=1):
        if seeded[number] and where is not None:
            high, wide = where[0].stop - where[0].start, where[1].stop - where[1].start
            seeded[number] = (wide <= MAX_WIDTH_PT * pt and high <= MAX_HEIGHT_PT * pt
                              and int((labels[where] == number).sum()) <= MAX_GROUP_FILL * high * wide)
    return strong, strong | seeded[labels]


def _in_runs(ink: np.ndarray, run: int) -> np.ndarray:
    """The pixels lying in a row's straight run of at least `run` ink pixels (in linear time: each
    run's start and end found once, the long runs filled in by one running sum)."""
    height, width = ink.shape
    padded = np.zeros((height, width + 2), dtype=np.int8)  # a blank column each side ends every row's runs
    padded[:, 1:-1] = ink
    edges = np.diff(padded.ravel())
    starts = np.flatnonzero(edges == 1) + 1
    ends = np.flatnonzero(edges == -1) + 1
    long = ends - starts >= run
    steps = np.zeros(padded.size, dtype=np.int8)  # runs never touch, so no two steps share a place
    steps[starts[long]] = 1
    steps[ends[long]] = -1
    return (np.cumsum(steps, dtype=np.int8) > 0).reshape(height, width + 2)[:, 1:-1]


def _without_rules(ink: np.ndarray, run: int) -> np.ndarray:
    return ink & ~_in_runs(ink, run) & ~_in_runs(np.ascontiguousarray(ink.T), run).T


def _grown(ink: np.ndarray) -> np.ndarray:
    """Ink grown by one pixel all round (a 3x3 dilation, in numpy's time): a pen stroke broken
    by the scan or the compression holds together again."""
    rows = ink.copy()
    rows[1:] |= ink[:-1]
    rows[:-1] |= ink[1:]
    out = rows.copy()
    out[:, 1:] |= rows[:, :-1]
    out[:, :-1] |= rows[:, 1:]
    return out


def _stroke_like(piece: np.ndarray, pt: float, *, group: bool = False) -> bool:
    """Whether a piece of ink (or a `group` of pieces side by side) is a pen's mark."""
    height, width = piece.shape
    low = (MIN_GROUP_HEIGHT_PT if group else MIN_HEIGHT_PT) * pt
    if not (MIN_WIDTH_PT * pt <= width <= MAX_WIDTH_PT * pt and low <= height <= MAX_HEIGHT_PT * pt):
        return False
    if not ((MIN_GROUP_ASPECT if group else MIN_ASPECT) <= width / height <= MAX_ASPECT):
        return False
    count = int(piece.sum())
    if count / (width * height) > (MAX_GROUP_FILL if group else MAX_FILL):
        return False
    # a round stamp's ring holds most of its box inside it; a signature's loops are small (a signature drawn
    # across a ring makes a piece wider than round, still a mark)
    if width / height < RING_ASPECT and ndimage.binary_fill_holes(piece).sum() - count > MAX_ENCLOSED * width * height:
        return False
    if _ring_arc(piece):
        return False
    if ndimage.binary_erosion(piece, structure=np.ones((3, 3), dtype=bool)).sum() > (MAX_GROUP_CORE if group
                                                                                     else MAX_CORE) * count:
        return False
    # a straight line of width w spreads about 0.3 w across itself; a wandering stroke far more
    ys, xs = np.nonzero(piece)
    across, along = np.sqrt(np.maximum(np.linalg.eigvalsh(np.cov(np.vstack((xs, ys)).astype(np.float64))), 0.0))
    thickness = count / max(1.0, along * 12**0.5)
    # (letters side by side spread across their line as their height says, however thick they look together)
    return bool(across >= MIN_SPREAD * along and across >= max(MIN_ACROSS_PT * pt, 0.0 if group else WANDER * thickness))


def _ring_arc(piece: np.ndarray) -> bool:
    """Whether a piece lies along one circle (or two close ones) over almost half its turn at least: a round
    stamp's ring, cut where its words cross it.  A signature's loops follow no single circle."""
    ys, xs = np.nonzero(piece)
    if len(xs) < 12:
        return False
    x, y = xs.astype(np.float64), ys.astype(np.float64)
    # the circle x² + y² + a x + b y + c = 0 nearest the pixels, by least squares
    (a, b, c), *_ = np.linalg.lstsq(np.column_stack((x, y, np.ones_like(x))), -(x * x + y * y), rcond=None)
    cx, cy = -a / 2, -b / 2
    if cx * cx + cy * cy - c <= 0:
        return False
    radius = float(np.sqrt(cx * cx + cy * cy - c))
    distance = np.hypot(x - cx, y - cy)
    turn = np.unique(((np.arctan2(y - cy, x - cx) + np.pi) / (2 * np.pi) * RING_SECTORS).astype(int) % RING_SECTORS)
    return bool(float(distance.std()) <= RING_SPREAD * radius and len(turn) >= RING_TURN)


def _narrowed(text: Sequence[Box], clear: np.ndarray) -> list[Box]:
    """The text boxes, each box far taller than the page's words narrowed to its line of letters.

    A signature drawn through a typed line ("Signature de l'intéressé(e)" crossed by the pen) makes OCR's word boxes
    take the stroke in: masked whole, they would hide the signature.  (A text layer's boxes are its glyphs': a taller
    one is larger type, never narrowed.)  The letters are the densest band of ink
    of a word's height in the box; only that band is the word's."""
    if len(text) < MIN_BOXES:
        return list(text)
    height, width = clear.shape
    usual = float(np.median([b - t for _, t, _, b in text]))
    band = max(1, round(usual * height))
    out = []
    for box in text:
        left, top, right, bottom = box
        if bottom - top <= TALL_WORD * usual:
            out.append(box)
            continue
        rows = clear[int(top * height): int(bottom * height) + 1, int(left * width): int(right * width) + 1].sum(axis=1)
        if len(rows) <= band:
            out.append(box)
            continue
        start = int(np.argmax(np.convolve(rows, np.ones(band), "valid")))
        first = (int(top * height) + start) / height
        out.append((left, first, right, first + band / height))
    return out


def find_marks(image: Image.Image, text: Sequence[Box] = (), *, read_by_ocr: bool = False) -> tuple[Mark, ...]:
    """The handwritten marks on an upright page image whose text lies in `text` boxes (OCR's, when `read_by_ocr`:
    a box far taller than the page's words is then narrowed to its letters; a text layer's boxes are its glyphs')."""
    grey_image = images.grey(image)
    scale = WORK_LONG_SIDE / max(grey_image.size)
    if scale < 1.0:
        grey_image = grey_image.resize(
            (max(1, round(grey_image.width * scale)), max(1, round(grey_image.height * scale))), Image.Resampling.BOX
        )
    grey = np.asarray(grey_image, dtype=np.float32)
    height, width = grey.shape
    pt = width / A4_WIDTH_PT
    clear, joined = _ink(grey, grey_image, pt)
    if read_by_ocr:
        text = _narrowed(text, clear)
    rule = max(3, round(RULE_PT * pt))
    everything = _without_rules(clear, rule)
    faint = _without_rules(joined, rule) & ~clear
    ink = everything.copy()
    for left, top, right, bottom in text:
        ink[max(0, int(top * height) - 2): int(bottom * height) + 3, max(0, int(left * width) - 2): int(right * width) + 3] = False
    below = _below_header(text)
    # A signature drawn over a typed name or date is cut by the text's boxes: its pieces are joined again
    # through the ink under those boxes, but only the ink outside them is measured.
    labels, _ = ndimage.label(_grown(ink) | (everything & ~ink) | faint, structure=np.ones((3, 3), dtype=int))
    marks = []
    near_rule = _grown(_grown(clear & ~everything))
    rest = np.zeros_like(ink)  # the pieces below the header that are no mark alone
    for number, where in enumerate(ndimage.find_objects(labels), start=1):
        if where is None:
            continue
        # what the measured piece could at most be (its box, padded by one): lower than a handwritten letter
        # (a mark alone, or one of several side by side) or above the text's middle, it is no mark
        rows = where[0]
        if rows.stop - rows.start + 2 < min(MIN_HEIGHT_PT, MIN_LETTER_PT) * pt or rows.stop - 0.5 < below * height:
            continue
        piece = (labels[where] == number) & ink[where]
        ys, xs = np.nonzero(piece)
        if not len(ys):
            continue  # text alone
        piece = np.pad(piece[ys.min(): ys.max() + 1, xs.min(): xs.max() + 1], 1)  # the grown box, as measured
        top, left = where[0].start + int(ys.min()) - 1, where[1].start + int(xs.min()) - 1
        if top + piece.shape[0] / 2 < below * height:
            continue
        if _stroke_like(piece, pt):
            marks.append(Mark(left / width, top / height, piece.shape[1] / width, piece.shape[0] / height))
        elif piece.shape[0] >= MIN_LETTER_PT * pt and _inside(top, left, piece.shape, (height, width), pt) \
                and not (near_rule[where] & (labels[where] == number)).any():
            # a letter's height, not a speck of the scan's or photo's grain, nor the shade along its edge, nor
            # what is left of a drawing once its straight runs are taken out (a filled disc, a frame)
            rest[where] |= (labels[where] == number) & ink[where]
    paper = float(np.percentile(grey, 90))
    marks = [m for m in marks if _on_paper(grey, m, paper)]
    return tuple(marks or (m for m in _grouped_marks(rest, pt) if _on_paper(grey, m, paper)))


FEW_RUNS = 4  # a page with fewer text runs than this has no header: the end of a letter carried over


def _below_header(text: Sequence[Box]) -> float:
    """Where a signature may stand, as a fraction of the page's height from its top: under the middle of the
    text, or in the page's lower half; anywhere on a page with a few words only (a letter's last page carrying
    its signature over, above the typed name and the page number)."""
    centres = sorted((top + bottom) / 2 for _, top, _, bottom in text)
    if len(centres) < FEW_RUNS:
        return 0.0 if centres else 0.3
    return min(centres[len(centres) // 2], 0.5)


def drawn_below_text(drawings: Sequence[Box], text: Sequence[Box] = (), pictures: Sequence[Box] = ()) -> bool:
    """Whether a born-digital page draws something where a signature may stand that its image need not show as
    a mark: paths that are no rules nor frames, or pictures (`drawings`, boxes as fractions of the page), below
    the header, none larger than a signature may be, together at least a handwritten letter's size.  A mark
    drawn across the typed text, or in few strokes, may be left unseen by the image; its drawing is still
    there, so a page without a mark seen is not shown to be unsigned.  A picture (`pictures`, among the
    drawings) below the header counts whatever its size short of half the page: a signature scanned on a wide
    strip of paper is pasted whole."""
    below = _below_header(text)
    if any((top + bottom) / 2 >= below and (right - left) * (bottom - top) < 0.5 for left, top, right, bottom in pictures):
        return True
    wide, high = MAX_WIDTH_PT / A4_WIDTH_PT, MAX_HEIGHT_PT / A4_HEIGHT_PT
    boxes = [(left, top, right, bottom) for left, top, right, bottom in drawings
             if (top + bottom) / 2 >= below and right - left <= wide and bottom - top <= high]
    if not boxes:
        return False
    width = max(b[2] for b in boxes) - min(b[0] for b in boxes)
    height = max(b[3] for b in boxes) - min(b[1] for b in boxes)
    return width >= MIN_WIDTH_PT / A4_WIDTH_PT or height >= MIN_LETTER_PT / A4_HEIGHT_PT


def _on_paper(grey: np.ndarray, mark: Mark, paper: float) -> bool:
    """Whether a mark is drawn on the paper: around its strokes, the box is about as light as the page (not
    the table or the shade a photo shows along the paper's edge)."""
    height, width = grey.shape
    top, left = int(mark.top * height), int(mark.left * width)
    box = grey[top: top + max(1, int(mark.height * height)), left: left + max(1, int(mark.width * width))]
    return bool(box.size) and float(np.median(box)) >= PAPER_AROUND * paper


def _inside(top: int, left: int, shape: tuple[int, ...], size: tuple[int, int], pt: float) -> bool:
    """Whether a piece stands clear of the image's edges, where a photo shows the paper's edge and its shade."""
    margin = EDGE_PT * pt
    return (min(top, left) >= margin and top + shape[0] <= size[0] - margin
            and left + shape[1] <= size[1] - margin)


def _grouped_marks(rest: np.ndarray, pt: float) -> tuple[Mark, ...]:
    """Marks made of several pieces side by side: initials ("K. M."), a name in a script face whose letters
    stand apart, a pen stroke broken by a small preview.  Measured together, as one mark."""
    if not rest.any():
        return ()
    height, width = rest.shape
    reach = (max(1, round(2 * GROUP_RISE_PT * pt)) | 1, max(1, round(2 * GROUP_GAP_PT * pt)) | 1)
    # grown by a rectangle: the largest value over the window around each pixel (the same pixels as a
    # binary dilation by that rectangle, in a time that does not grow with the rectangle's area)
    groups, _ = ndimage.label(ndimage.maximum_filter(rest, size=reach, mode="constant", cval=False))
    marks = []
    for number, where in enumerate(ndimage.find_objects(groups), start=1):
        if where is None:
            continue
        group = (groups[where] == number) & rest[where]
        if ndimage.label(group, structure=np.ones((3, 3), dtype=int))[1] < 2:
            continue  # one piece, already measured alone
        ys, xs = np.nonzero(group)
        group = np.pad(group[ys.min(): ys.max() + 1, xs.min(): xs.max() + 1], 1)
        if _stroke_like(group, pt, group=True):
            top, left = where[0].start + int(ys.min()) - 1, where[1].start + int(xs.min()) - 1
            marks.append(Mark(left / width, top / height, group.shape[1] / width, group.shape[0] / height))
    return tuple(marks)


def has_signature_mark(image: Image.Image, text: Sequence[Box] = ()) -> bool:
    return bool(find_marks(image, text))


def ocr_page_has_signature_mark(image: Image.Image, words: Iterable[OcrWord]) -> bool:
    """has_signature_mark on a page image read by OCR, whose word boxes may have taken in a stroke drawn through them."""
    return bool(find_marks(image, word_boxes(words, image.size), read_by_ocr=True))
