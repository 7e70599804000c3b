"""Raster images: open what phones and scanners produce, one page at a time.

Pillow reads JPEG, PNG, TIFF (multi-page), WebP, BMP and GIF; pillow-heif adds
HEIC/HEIF.  EXIF orientation is applied here, so every later stage sees the
picture the way the phone showed it.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from docscheck.errors import UnreadableFile

# Decoded-pixel bound: a larger image is refused before it is decoded (decompression bombs).
MAX_IMAGE_PIXELS = 100_000_000
# Pixel bound for the image handed to OCR: a 40-megapixel photo is shrunk to this.
MAX_OCR_PIXELS = 12_000_000
# Below this long side an image is enlarged for OCR (small scans, screenshots).
MIN_OCR_LONG_SIDE = 1600

Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
_heif_registered = False


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


def count_frames(path: Path) -> int:
    _register_heif()
    with Image.open(path) as img:
        return int(getattr(img, "n_frames", 1))


def iter_frames(path: Path, *, max_frames: int) -> Iterator[Image.Image]:
    """Yield each frame (page) of an image file, EXIF-oriented, in a plain mode.

    Raises UnreadableFile with a specific code for what Pillow cannot decode.
    """
    _register_heif()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as img:
                n = int(getattr(img, "n_frames", 1))
                for index in range(min(n, max_frames)):
                    if index:
                        img.seek(index)
                    frame = ImageOps.exif_transpose(img) if index == 0 else img.copy()
                    frame.load()
                    yield _normalise_mode(frame)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise UnreadableFile("too_large", str(exc)) from exc
    except UnidentifiedImageError as exc:
        raise UnreadableFile("corrupt_file", "the image data cannot be decoded") from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        text = str(exc)
        code = "truncated_file" if "truncated" in text.lower() or isinstance(exc, EOFError) else "corrupt_file"
        raise UnreadableFile(code, text) from exc


def fit_for_ocr(img: Image.Image) -> Image.Image:
    """Scale an image into the pixel range OCR reads best and can afford."""
    w, h = img.size
    if w * h > MAX_OCR_PIXELS:
        scale = (MAX_OCR_PIXELS / (w * h)) ** 0.5
        return img.resize((max(1, int(w * scale)), max(1, int(h * scale))), Image.Resampling.LANCZOS)
    long_side = max(w, h)
    if 0 < long_side < MIN_OCR_LONG_SIDE:
        scale = min(3.0, MIN_OCR_LONG_SIDE / long_side)
        return img.resize((int(w * scale), int(h * scale)), Image.Resampling.LANCZOS)
    return img


def thumbnail_png(img: Image.Image, max_side: int = 240) -> bytes:
    """A small PNG of a page, for reports."""
    import io

    thumb = img.copy()
    thumb.thumbnail((max_side, max_side))
    buf = io.BytesIO()
    thumb.save(buf, format="PNG", optimize=True)
    return buf.getvalue()
