"""Does a page show a portrait photo?  (A condition of several identity proofs.)

A photo on a document page is a solid, portrait-shaped block, darker than the
paper and not made of text lines.  The page is reduced to a coarse grid of
cells; cells that are mostly ink form connected regions; a region of the right
size and shape, well filled, is a photo area.  On a born-digital page, a picture the PDF
places that has a portrait photo's shape, size and tones is one too (`has_photo_picture`).
"""

from __future__ import annotations

from collections.abc import Sequence

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
    # a stamp's frame or a signature drawn across the photo's edge joins it to more ink; trimmed of strokes a cell
    # or two wide, the photo's block stands alone again
    return _photo_region(mask) or _photo_region(ndimage.binary_opening(mask, structure=np.ones((3, 3), dtype=bool)))


def _photo_region(mask: np.ndarray) -> bool:
    """Whether one region of ink cells has a photo's size, fill and portrait shape."""
    total = mask.size
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


# A born-digital page's picture that is a portrait photo: its shape, its size against the page, its tones.
MIN_PICTURE_AREA = 0.004  # a small photo by a signature (about 45 x 55 points on A4)
PICTURE_DARK, MIN_DARK_SHARE, MIN_SPREAD = 150, 0.08, 18.0


def has_photo_picture(image: Image.Image, pictures: Sequence[tuple[float, float, float, float]]) -> bool:
    """Whether a born-digital page places a portrait photo as a picture (boxes as fractions of the page, from the
    top left): portrait-shaped, of a photo's size, in many tones with some dark ones (hair, clothes) on its own
    backdrop.  A pale ID photo printed from a consulate's software is no dark block for `has_photo_area`, yet the
    PDF says where the picture stands: "with photo" is then seen, not guessed."""
    grey = np.asarray(images.grey(image), dtype=np.float32)
    height, width = grey.shape
    for left, top, right, bottom in pictures:
        w, h = (right - left) * width, (bottom - top) * height
        if w <= 0 or not (MIN_PICTURE_AREA <= w * h / (width * height) <= MAX_AREA and 1.05 <= h / w <= 1.8):
            continue
        crop = grey[max(0, int(top * height)): int(bottom * height) + 1, max(0, int(left * width)): int(right * width) + 1]
        if crop.size and float(crop.std()) >= MIN_SPREAD and float((crop < PICTURE_DARK).mean()) >= MIN_DARK_SHARE:
            return True
    return False
