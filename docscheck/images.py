"""Raster images: open what phones and scanners produce, one page at a time.

Pillow reads JPEG, PNG, TIFF (multi-page), WebP, BMP and GIF; pillow-heif adds
HEIC/HEIF.  EXIF orientation is applied here, so every later stage sees the
picture the way the phone showed it.

Hostile images are bounded before they are decoded: the size an image declares
is checked against a pixel limit (a 50-byte PNG can declare 100,000 x 100,000
pixels), big JPEGs are decoded at a reduced scale, and only the first frames of
an animation or a multi-page TIFF are read.
"""

from __future__ import annotations

import warnings
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from docscheck.bounds import MAX_IMAGE_PIXELS as MAX_IMAGE_PIXELS  # public here too, as always
from docscheck.errors import UnreadableFile

# Pixel bound for the image handed to OCR: a 40-megapixel photo is shrunk to this.
MAX_OCR_PIXELS = 12_000_000
# Below this long side an image is enlarged for OCR (small scans, screenshots).
MIN_OCR_LONG_SIDE = 1600
# Share of the darkest and lightest pixels (percent) left out when stretching a dark capture's
# contrast (`stretched`): a few glints or dead pixels do not set its range.
STRETCH_CUTOFF = 0.5

# Pillow's own bomb check stays as a backstop (it warns above this, refuses above twice this).
Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
_heif_registered = False

_TRUNCATION_HINTS = ("truncated", "end of file", "outside of file bounds", "premature end", "unexpected end")


def _register_heif() -> None:
    global _heif_registered
    if not _heif_registered:
        import pillow_heif

        pillow_heif.register_heif_opener()
        _heif_registered = True


def _normalise_mode(img: Image.Image) -> Image.Image:
    """Greyscale or RGB, 8 bits, flattened on white: what OCR and thumbnails want."""
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    if img.mode in ("I;16", "I;16B", "I;16L", "I"):
        # 16-bit greyscale: scale to 8 bits instead of clipping.
        return img.point(lambda v: v / 256).convert("L")
    if img.mode in ("1", "L", "RGB"):
        return img if img.mode != "1" else img.convert("L")
    return img.convert("RGB")


def _check_size(img: Image.Image, max_pixels: int) -> None:
    w, h = img.size
    if w <= 0 or h <= 0:
        raise UnreadableFile("corrupt_file", f"the image declares a size of {w} x {h} pixels")
    if w * h > max_pixels:
        raise UnreadableFile(
            "too_large", f"the image is {w} x {h} pixels, over the limit of {max_pixels // 1_000_000} megapixels"
        )


def _error_code(exc: BaseException) -> str:
    text = str(exc).lower()
    if isinstance(exc, EOFError) or any(hint in text for hint in _TRUNCATION_HINTS):
        return "truncated_file"
    return "corrupt_file"


@contextmanager
def _decoding_errors() -> Iterator[None]:
    """Turn everything Pillow and its plug-ins raise on bad data into UnreadableFile codes."""
    try:
        with warnings.catch_warnings():
            # Pillow's notes on damaged metadata ("Corrupt EXIF data") would reach the user's terminal.
            warnings.simplefilter("ignore", UserWarning)
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            yield
    except UnreadableFile:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise UnreadableFile("too_large", str(exc)) from exc
    except UnidentifiedImageError as exc:
        raise UnreadableFile("corrupt_file", "the image data cannot be decoded") from exc
    except MemoryError as exc:
        raise UnreadableFile("too_large", "the image does not fit in memory") from exc
    except (OSError, SyntaxError, ValueError, EOFError, RuntimeError, IndexError, KeyError, TypeError) as exc:
        # Pillow's plug-ins raise all of these on malformed headers and chunks.
        raise UnreadableFile(_error_code(exc), str(exc).strip()[:300]) from exc


def count_frames(path: Path, *, max_pixels: int = MAX_IMAGE_PIXELS) -> int:
    """Frames (pages) in an image file; raises UnreadableFile for a bad or too large image."""
    _register_heif()
    with _decoding_errors(), Image.open(path) as img:
        _check_size(img, max_pixels)
        return int(getattr(img, "n_frames", 1))


def iter_frames(path: Path, *, max_frames: int, max_pixels: int = MAX_IMAGE_PIXELS) -> Iterator[Image.Image]:
    """Yield each frame (page) of an image file, EXIF-oriented, in a plain mode.

    At most `max_frames` frames; an image (or frame) larger than `max_pixels` is
    refused before decoding.  Raises UnreadableFile with a specific code for what
    Pillow cannot decode.
    """
    _register_heif()
    with _decoding_errors(), Image.open(path) as img:
        n = int(getattr(img, "n_frames", 1))
        for index in range(min(n, max_frames)):
            if index:
                img.seek(index)
            _check_size(img, max_pixels)
            if img.format == "JPEG" and img.width * img.height > 2 * MAX_OCR_PIXELS:
                # Decode a huge photo at 1/2, 1/4 or 1/8 scale: OCR would shrink it anyway.
                img.draft(img.mode, (img.width // 2, img.height // 2))
            frame = ImageOps.exif_transpose(img) if index == 0 else img.copy()
            frame.load()
            yield _normalise_mode(frame)


# The last image given to grey() and its grey copy.
_last_grey: tuple[weakref.ref[Image.Image], Image.Image] | None = None


def grey(img: Image.Image) -> Image.Image:
    """The image in greyscale ("L"), to be read, never changed: the image itself when it is grey.

    A page's colour image is measured by several stages (blank, skew, lines, legibility, photo,
    signature), each in grey: the last image's grey copy is kept, so that they convert it once.
    The reading path never changes an image in place once made, which keeping it relies on.
    """
    global _last_grey
    if img.mode == "L":
        return img
    last = _last_grey  # one read of the pair: a thread replacing it meanwhile cannot mix two pages
    if last is not None and last[0]() is img:
        return last[1]
    converted = img.convert("L")
    _last_grey = (weakref.ref(img), converted)
    return converted


def is_blank(img: Image.Image) -> bool:
    """True for a page with no marks at all (an empty scan, a blank PDF page, a uniform frame).

    A mark is a pixel far from the page's background value (dark ink on light
    paper or light text on a dark screenshot); even a lone page number at 300 dpi has hundreds.
    """
    grey_img = grey(img)
    hist = grey_img.histogram()
    total = grey_img.width * grey_img.height
    background = max(range(256), key=hist.__getitem__)
    marks = sum(hist[: max(0, background - 48)]) + sum(hist[min(256, background + 49):])
    return marks < max(25, total * 0.00001)


def stretched(img: Image.Image) -> Image.Image | None:
    """A copy of a page that looks blank with its contrast stretched, when that shows marks (a
    capture under ultraviolet light or in the dark, whose print is only a little darker than its
    dark paper); None when it still looks blank."""
    copy = ImageOps.autocontrast(img.convert("RGB"), cutoff=STRETCH_CUTOFF)
    return None if is_blank(copy) else copy


def fit_for_ocr(img: Image.Image) -> Image.Image:
    """Scale an image into the pixel range OCR reads best and can afford.

    Colour is kept: Tesseract's own reduction to grey reads the zones printed over the
    security patterns of passports and cards better than a plain luminance copy
    (benchmarks/specimens.py: 58/66 in colour against 54/66 in grey).
    """
    w, h = img.size
    if w * h > MAX_OCR_PIXELS:
        scale = (MAX_OCR_PIXELS / (w * h)) ** 0.5
        return img.resize((max(1, int(w * scale)), max(1, int(h * scale))), Image.Resampling.LANCZOS)
    long_side = max(w, h)
    if 0 < long_side < MIN_OCR_LONG_SIDE:
        scale = min(3.0, MIN_OCR_LONG_SIDE / long_side)
        return img.resize((max(1, int(w * scale)), max(1, int(h * scale))), Image.Resampling.LANCZOS)
    return img


def thumbnail_png(img: Image.Image, max_side: int = 240) -> bytes:
    """A small PNG of a page, for reports."""
    import io

    thumb = img.copy()
    thumb.thumbnail((max_side, max_side))
    buf = io.BytesIO()
    thumb.save(buf, format="PNG", optimize=True)
    return buf.getvalue()
