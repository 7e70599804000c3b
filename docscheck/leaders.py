"""A form's dotted lines erased from a page image before OCR.

On a printed form the value is written on a dotted line ("Dénomination : ........ Association Main Tendue").
Tesseract reads a line whose words sit on such dots poorly, and often drops it whole with its value: on the
scanned forms of the looked-at families, every row written on dots was lost.  The dots are told from the
text's own small marks by their chain: a run of specks on one line (or, on a page turned sideways, one
column), each the next's neighbour at an even step, most with no ink above or below them.  An accent sits on
its letter and steps unevenly; a small zone's "<" breaks into strokes one over the other, and its line holds
letters at the same even step (a zone is never erased).  A page without such chains is returned as it was.
"""

from __future__ import annotations

import numpy as np
from PIL import Image
from scipy import ndimage

from docscheck import images

INK = 140  # grey under this is ink on a scan or a photo of paper
DOT_SHARE = 300  # a leader's dot is at most this share of the page's short side (4 px at 1240, 8 at 2480)
MIN_DOT = 3  # ... and never less than this many pixels across
DOT_OF_LETTER = 0.35  # ... and at most this share of the page's median letter height
RUN = 8  # specks at least in a chain along one line for it to be a leader
REACH = 4  # a step longer than this many dot widths ends a chain
EVEN = 0.25  # a leader's steps vary by at most this share of their median
ALONE = 0.5  # ... and at least this share of its dots have no ink above or below them
ZONE_STEPS = 6  # letters in a row at the chain's own step (within ZONE_EVEN) make the line a zone's, kept
ZONE_EVEN = 0.12


def without_leaders(image: Image.Image) -> Image.Image:
    """`image` with its dotted lines erased (white), or `image` itself when it has none."""
    grey = np.asarray(images.grey(image))
    ink = grey < INK
    labels, count = ndimage.label(ink)
    if count < RUN:
        return image
    boxes = ndimage.find_objects(labels)
    extent = np.array([(b[0].stop - b[0].start, b[1].stop - b[1].start) for b in boxes], dtype=np.int32)
    centre = np.array([((b[0].start + b[0].stop) / 2, (b[1].start + b[1].stop) / 2) for b in boxes])
    erase = np.zeros(count + 1, dtype=bool)
    for axis in (0, 1):  # chains along rows (across = y), then along columns (a page turned sideways)
        erase[_leader_dots(ink, labels, boxes, extent, centre, axis) + 1] = True
    if not erase.any():
        return image
    out = np.array(image.convert("L") if image.mode not in ("L", "RGB") else image)
    # (with the grey rim a scan draws around each dot: a ghost of the dotted line confuses OCR as much as the dots)
    out[ndimage.binary_dilation(erase[labels])] = 255
    return Image.fromarray(out)


def _leader_dots(ink: np.ndarray, labels: np.ndarray, boxes: list[tuple[slice, slice]], extent: np.ndarray,
                 centre: np.ndarray, axis: int) -> np.ndarray:
    """The labels (from 0) of the specks in leaders along `axis`'s lines."""
    tall, wide = extent[:, axis], extent[:, 1 - axis]
    across, along = centre[:, axis], centre[:, 1 - axis]
    letters = tall[(tall > MIN_DOT) & (tall < ink.shape[axis] // 20)]
    if len(letters) < RUN:
        return np.zeros(0, dtype=np.int64)
    letter = float(np.median(letters))
    size = max(MIN_DOT - 1, min(min(ink.shape) // DOT_SHARE, int(letter * DOT_OF_LETTER)))
    small = np.flatnonzero((tall <= size) & (wide <= size))
    if len(small) < RUN:
        return np.zeros(0, dtype=np.int64)
    alone = _alone(ink, [boxes[i] for i in small], labels, small, size, axis)
    lettered = np.flatnonzero((tall >= 0.6 * letter) & (tall <= 1.6 * letter))
    found = []
    for chain in _chains(across[small], along[small], size):
        steps = np.diff(np.sort(along[small[chain]]))
        step = float(np.median(steps))
        if step < 1 or np.std(steps) > EVEN * step or alone[chain].mean() < ALONE:
            continue
        line = lettered[np.abs(across[lettered] - across[small[chain]].mean()) <= letter / 2]
        if _even_letters(np.sort(along[line]), step):
            continue  # a zone's line: its letters step as evenly as its fillers
        found.append(small[chain])
    return np.concatenate(found) if found else np.zeros(0, dtype=np.int64)


def _chains(across: np.ndarray, along: np.ndarray, size: int) -> list[np.ndarray]:
    """Runs of RUN or more specks on one line (`across` within a dot's size), each within REACH dots of the next,
    as indexes into the arrays; a line's specks straddling a band's edge are found again in bands shifted by half."""
    out: list[np.ndarray] = []
    seen: set[tuple[int, ...]] = set()
    for offset in (0.0, 0.5):
        band = np.floor(across / size + offset).astype(np.int64)
        order = np.lexsort((along, band))
        steps = np.diff(along[order])
        breaks = np.flatnonzero((band[order][1:] != band[order][:-1]) | (steps > REACH * size)) + 1
        for chain in np.split(order, breaks):
            key = tuple(sorted(chain.tolist()))
            if len(chain) > RUN and key not in seen:
                seen.add(key)
                out.append(chain)
    return out


def _even_letters(along: np.ndarray, step: float) -> bool:
    """ZONE_STEPS letters or more in a row, each the next's neighbour at `step` (a monospaced zone's rhythm)."""
    streak = 0
    for gap in np.diff(along):
        streak = streak + 1 if abs(gap - step) <= ZONE_EVEN * step else 0
        if streak >= ZONE_STEPS:
            return True
    return False


def _alone(ink: np.ndarray, boxes: list[tuple[slice, slice]], labels: np.ndarray, which: np.ndarray, size: int,
           axis: int) -> np.ndarray:
    """Which specks have no ink in the bands just above and below them, twice their size deep and wide (left and
    right of them, along columns): a leader's dot stands alone, where an accent stands on its letter and a small
    "<" breaks into strokes one over the other."""
    table = np.pad(np.cumsum(np.cumsum(ink, axis=0, dtype=np.int32), axis=1), ((1, 0), (1, 0)))
    h, w = ink.shape

    def inked(top: int, bottom: int, left: int, right: int) -> int:
        top, bottom, left, right = max(0, top), min(h, bottom), max(0, left), min(w, right)
        if top >= bottom or left >= right:
            return 0
        return int(table[bottom, right] - table[top, right] - table[bottom, left] + table[top, left])

    out = np.zeros(len(which), dtype=bool)
    reach = 2 * size
    for n, (rows, cols) in enumerate(boxes):
        if axis == 0:
            bands = ((rows.start - reach, rows.start, cols.start - reach, cols.stop + reach),
                     (rows.stop, rows.stop + reach, cols.start - reach, cols.stop + reach))
        else:
            bands = ((rows.start - reach, rows.stop + reach, cols.start - reach, cols.start),
                     (rows.start - reach, rows.stop + reach, cols.stop, cols.stop + reach))
        out[n] = not any(inked(*band) for band in bands)
    return out
