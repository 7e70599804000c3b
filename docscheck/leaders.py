"""A form's dotted lines erased from a page image before OCR.

On a printed form the value is written on a dotted line ("Dénomination : ........ Association Main Tendue").
Tesseract reads a line whose words sit on such dots poorly, and often drops it whole with its value: on the
scanned forms of the development and looked-at families, every row written on dots was lost.  The dots are
told from the text's own small marks (an "i"'s dot, a full stop, an accent) by their run: a dozen or more
specks of one size on one line (or, on a page turned sideways, one column), evenly close.  Only those runs
are erased; a page without them is returned as it was.
"""

from __future__ import annotations

import numpy as np
from PIL import Image
from scipy import ndimage

from docscheck import images

INK = 140  # grey under this is ink on a scan or a photo of paper
DOT_SHARE = 300  # a leader's dot is at most this share of the page's short side (4 px at 1240, 8 at 2480)
MIN_DOT = 3  # ... and never less than this many pixels across
RUN = 8  # dots at least in a run around a dot (within REACH dot widths along the line) for it to be a leader's
REACH = 12


def without_leaders(image: Image.Image) -> Image.Image:
    """`image` with its dotted lines erased (white), or `image` itself when it has none."""
    grey = np.asarray(images.grey(image))
    labels, count = ndimage.label(grey < INK)
    if count < RUN:
        return image
    boxes = ndimage.find_objects(labels)
    tall = np.fromiter((b[0].stop - b[0].start for b in boxes), dtype=np.int32, count=count)
    wide = np.fromiter((b[1].stop - b[1].start for b in boxes), dtype=np.int32, count=count)
    size = max(MIN_DOT, min(grey.shape) // DOT_SHARE)
    small = np.flatnonzero((tall <= size) & (wide <= size))
    if len(small) < RUN:
        return image
    ys = np.fromiter(((boxes[i][0].start + boxes[i][0].stop) / 2 for i in small), dtype=np.float64, count=len(small))
    xs = np.fromiter(((boxes[i][1].start + boxes[i][1].stop) / 2 for i in small), dtype=np.float64, count=len(small))
    dots = _in_runs(ys, xs, size) | _in_runs(xs, ys, size)  # along rows, and along columns (a page sideways)
    if not dots.any():
        return image
    erase = np.zeros(count + 1, dtype=bool)
    erase[small[dots] + 1] = True
    out = np.array(image.convert("L") if image.mode not in ("L", "RGB") else image)
    out[erase[labels]] = 255
    return Image.fromarray(out)


def _in_runs(across: np.ndarray, along: np.ndarray, size: int) -> np.ndarray:
    """Which specks have RUN others on their line (`across` within half a dot) within REACH dots `along` it."""
    line = np.round(across / max(1.0, size / 2)).astype(np.int64)
    order = np.lexsort((along, line))
    line_sorted, along_sorted = line[order], along[order]
    found = np.zeros(len(across), dtype=bool)
    starts = np.flatnonzero(np.r_[True, line_sorted[1:] != line_sorted[:-1]])
    ends = np.r_[starts[1:], len(line_sorted)]
    by_line = {int(line_sorted[s]): (s, e) for s, e in zip(starts, ends, strict=True)}
    reach = REACH * size
    for k, (s, e) in by_line.items():
        # the speck's own line and the lines beside it: a dot's centre falls on either side of a rounding
        near = [along_sorted[a:b] for a, b in (by_line[j] for j in (k - 1, k, k + 1) if j in by_line)]
        pool = np.sort(np.concatenate(near))
        here = along_sorted[s:e]
        counts = np.searchsorted(pool, here + reach, side="right") - np.searchsorted(pool, here - reach, side="left")
        found[order[s:e]] = counts - 1 >= RUN
    return found
