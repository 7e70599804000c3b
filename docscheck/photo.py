"""Does a page show a portrait photo?  (A condition of several identity proofs.)

A photo on a document page is a solid, portrait-shaped block, darker than the
paper and not made of text lines.  The page is reduced to a coarse grid of
cells; cells that are mostly ink form connected regions; a region of the right
size and shape, well filled, is a photo area.
"""

from __future__ import annotations

import numpy as np
from PIL import Image
from scipy import ndimage

from docscheck import images

GRID_LONG_SIDE = 160  # cells along the page's long side
INK_LEVEL = 200  # a cell darker than this on average is "ink"
MIN_AREA = 0.008  # fraction of the page a photo covers at least
MAX_AREA = 0.35
MIN_FILL = 0.55  # fraction of the region's bounding box that is ink


def _regions(mask: np.ndarray) -> list[tuple[int, int, int, int, int]]:
    """Connected regions of True cells (4-connected): (top, left, bottom, right, cells)."""
    labels, count = ndimage.label(mask)
    sizes = np.bincount(labels.ravel(), minlength=count + 1)
    return [(rows.start, columns.start, rows.stop - 1, columns.stop - 1, int(sizes[number]))
            for number, (rows, columns) in enumerate(ndimage.find_objects(labels), start=1)]


def has_photo_area(image: Image.Image) -> bool:
    small = images.grey(image)
    scale = GRID_LONG_SIDE / max(small.size)
    small = small.resize((max(1, round(small.width * scale)), max(1, round(small.height * scale))), Image.Resampling.BOX)
    cells = np.asarray(small, dtype=np.uint8)
    # ink is darker than the paper: a phone photo's paper is greyer than a scan's
    paper = float(np.percentile(cells, 90))
    mask = cells < min(INK_LEVEL, paper * INK_LEVEL / 255)
    total = cells.size
    for top, left, bottom, right, count in _regions(mask):
        height, width = bottom - top + 1, right - left + 1
        box = height * width
        if not (MIN_AREA <= box / total <= MAX_AREA):
            continue
        if count / box < MIN_FILL:
            continue
        # portrait, as ID photos are; or lying on its side, on a page read sideways (Tesseract
        # reads a page turned by 90 degrees well enough to leave it so)
        if 1.05 <= height / width <= 1.8 or 1.05 <= width / height <= 1.8:
            return True
    return False
