"""Turning sheets into files: text PDFs, scans, phone photos and other image formats."""

from __future__ import annotations

import io
import math
import random
import time

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from synth.layout import Box, Ellipse, Picture, Sheet, Stroke, Text, _register, font_name, font_path

# ---------------------------------------------------------------- text-layer PDF


def sheets_to_pdf(sheets: list[Sheet], title: str = "") -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pageCompression=1)
    if title:
        c.setTitle(title)
    for sh in sheets:
        c.setPageSize((sh.width, sh.height))
        if sh.background != (1.0, 1.0, 1.0):
            c.setFillColorRGB(*sh.background)
            c.rect(0, 0, sh.width, sh.height, stroke=0, fill=1)
        for it in sh.items:
            _pdf_item(c, it, sh.height)
        c.showPage()
    c.save()
    return buf.getvalue()


def _pdf_item(c: canvas.Canvas, it: object, h: float) -> None:
    if isinstance(it, Text):
        name = _register(font_name(it.family, it.bold))
        c.setFillGray(it.gray)
        if it.char_space:
            t = c.beginText()
            t.setFont(name, it.size)
            t.setCharSpace(it.char_space)
            w = c.stringWidth(it.text, name, it.size) + it.char_space * len(it.text)
            x = it.x - (w / 2 if it.align == "center" else w if it.align == "right" else 0)
            t.setTextOrigin(x, h - it.y)
            t.textOut(it.text)
            c.drawText(t)
            return
        c.setFont(name, it.size)
        if it.align == "center":
            c.drawCentredString(it.x, h - it.y, it.text)
        elif it.align == "right":
            c.drawRightString(it.x, h - it.y, it.text)
        else:
            c.drawString(it.x, h - it.y, it.text)
    elif isinstance(it, Box):
        if it.rgb is not None:
            c.setFillColorRGB(*it.rgb)
        elif it.fill is not None:
            c.setFillGray(it.fill)
        if it.stroke is not None:
            c.setStrokeGray(it.stroke)
            c.setLineWidth(it.line)
        c.rect(it.x, h - it.y - it.h, it.w, it.h, stroke=int(it.stroke is not None),
               fill=int(it.fill is not None or it.rgb is not None))
    elif isinstance(it, Ellipse):
        c.setFillGray(it.fill)
        c.ellipse(it.x, h - it.y, it.x + it.w, h - it.y - it.h, stroke=0, fill=1)
    elif isinstance(it, Stroke):
        if it.rgb:
            c.setStrokeColorRGB(*it.rgb)
        else:
            c.setStrokeGray(it.gray)
        c.setLineWidth(it.width)
        p = c.beginPath()
        p.moveTo(it.points[0][0], h - it.points[0][1])
        for x, y in it.points[1:]:
            p.lineTo(x, h - y)
        c.drawPath(p, stroke=1, fill=0)
    elif isinstance(it, Picture):
        c.drawImage(ImageReader(io.BytesIO(it.png)), it.x, h - it.y - it.h, it.w, it.h, mask="auto")


# ---------------------------------------------------------------- pixels

_font_cache: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def _font(name: str, px: int) -> ImageFont.FreeTypeFont:
    key = (name, px)
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(font_path(name), px)
    return _font_cache[key]


def _g(v: float) -> tuple[int, int, int]:
    g = round(v * 255)
    return (g, g, g)


def sheet_to_image(sh: Sheet, dpi: float) -> Image.Image:
    s = dpi / 72.0
    img = Image.new("RGB", (round(sh.width * s), round(sh.height * s)),
                    tuple(round(v * 255) for v in sh.background))  # type: ignore[arg-type]
    d = ImageDraw.Draw(img)
    for it in sh.items:
        if isinstance(it, Text):
            name = font_name(it.family, it.bold)
            f = _font(name, max(6, round(it.size * s)))
            anchor = {"left": "ls", "center": "ms", "right": "rs"}[it.align]
            if it.char_space:
                from synth.layout import text_width

                w = text_width(it.text, it.family, it.size, it.bold, it.char_space)
                x = it.x - (w / 2 if it.align == "center" else w if it.align == "right" else 0)
                for ch in it.text:
                    d.text((x * s, it.y * s), ch, font=f, fill=_g(it.gray), anchor="ls")
                    x += text_width(ch, it.family, it.size, it.bold) + it.char_space
            else:
                d.text((it.x * s, it.y * s), it.text, font=f, fill=_g(it.gray), anchor=anchor)
        elif isinstance(it, Box):
            fill = (tuple(round(v * 255) for v in it.rgb) if it.rgb is not None
                    else _g(it.fill) if it.fill is not None else None)
            d.rectangle((it.x * s, it.y * s, (it.x + it.w) * s, (it.y + it.h) * s), fill=fill,  # type: ignore[arg-type]
                        outline=_g(it.stroke) if it.stroke is not None else None,
                        width=max(1, round(it.line * s)))
        elif isinstance(it, Ellipse):
            d.ellipse((it.x * s, it.y * s, (it.x + it.w) * s, (it.y + it.h) * s), fill=_g(it.fill))
        elif isinstance(it, Stroke):
            col = tuple(round(v * 255) for v in it.rgb) if it.rgb else _g(it.gray)
            d.line([(x * s, y * s) for x, y in it.points], fill=col, width=max(1, round(it.width * s)),  # type: ignore[arg-type]
                   joint="curve")
        elif isinstance(it, Picture):
            pic = Image.open(io.BytesIO(it.png)).convert("RGBA")
            pic = pic.resize((max(1, round(it.w * s)), max(1, round(it.h * s))), Image.Resampling.LANCZOS)
            img.paste(pic, (round(it.x * s), round(it.y * s)), pic)
    return img


def _noise(img: Image.Image, rng: random.Random, sigma: float) -> Image.Image:
    nrng = np.random.default_rng(rng.getrandbits(32))
    a = np.asarray(img, dtype=np.float64)
    n = nrng.normal(0, sigma, a.shape[:2])
    out = a + (n[..., None] if a.ndim == 3 else n)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), img.mode)


def scan_effect(img: Image.Image, rng: random.Random, *, gray: bool = True, upside_down: bool = False) -> Image.Image:
    """A flatbed scan: slightly off-white, a little noise, skewed by under a degree and a half."""
    if gray:
        img = img.convert("L")
    angle = rng.uniform(0.3, 1.5) * rng.choice((-1, 1))
    fill = 250 if gray else (250, 250, 248)
    img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=fill)  # type: ignore[arg-type]
    img = _noise(img, rng, rng.uniform(2, 4))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.6)))
    if upside_down:
        img = img.transpose(Image.Transpose.ROTATE_180)
    return img


def _perspective_coeffs(src: list[tuple[float, float]], dst: list[tuple[float, float]]) -> list[float]:
    """Coefficients for Image.transform(PERSPECTIVE) mapping output points `dst` to input points `src`."""
    rows = []
    rhs = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.extend([u, v])
    sol = np.linalg.solve(np.array(rows, dtype=np.float64), np.array(rhs, dtype=np.float64))
    return [float(v) for v in sol]


def photo_effect(page: Image.Image, rng: random.Random) -> Image.Image:
    """A phone photo of the page lying on a table: tilted 1-4 degrees, in perspective, unevenly lit."""
    w, h = page.size
    margin = 0.07
    W, H = round(w * (1 + 2 * margin)), round(h * (1 + 2 * margin))
    nrng = np.random.default_rng(rng.getrandbits(32))
    base = np.array(rng.choice([(120, 92, 64), (70, 70, 78), (150, 140, 125), (40, 45, 40), (180, 170, 160)]),
                    dtype=np.float32)
    bg = base[None, None, :] + nrng.normal(0, 10, (H // 8 + 1, W // 8 + 1, 1)).astype(np.float32)
    bg_img = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8), "RGB").resize((W, H), Image.Resampling.BILINEAR)
    # where the page corners land in the photo
    angle = math.radians(rng.uniform(1, 4) * rng.choice((-1, 1)))
    cx, cy = W / 2, H / 2
    dst = []
    for px, py in ((0, 0), (w, 0), (w, h), (0, h)):
        x, y = px - w / 2, py - h / 2
        jx, jy = rng.uniform(-0.02, 0.02) * w, rng.uniform(-0.02, 0.02) * h
        dst.append((cx + x * math.cos(angle) - y * math.sin(angle) + jx,
                    cy + x * math.sin(angle) + y * math.cos(angle) + jy))
    src = [(0.0, 0.0), (float(w), 0.0), (float(w), float(h)), (0.0, float(h))]
    coeffs = _perspective_coeffs(src, dst)
    warped = page.convert("RGB").transform((W, H), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC)
    mask = Image.new("L", (w, h), 255).transform((W, H), Image.Transform.PERSPECTIVE, coeffs,
                                                 Image.Resampling.BILINEAR)
    bg_img.paste(warped, (0, 0), mask)
    # uneven light: a soft gradient from one side and a darker corner
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 0.93 + 0.09 * (gx * (xx / W - 0.5) + gy * (yy / H - 0.5))
    light -= 0.1 * (((xx - rng.uniform(0, W)) ** 2 + (yy - rng.uniform(0, H)) ** 2) / (W * W + H * H))
    warm = np.array([1.0, rng.uniform(0.96, 1.0), rng.uniform(0.88, 0.97)], dtype=np.float32)
    a = np.asarray(bg_img, dtype=np.float32) * light[..., None] * warm[None, None, :]
    a += nrng.normal(0, 3.5, a.shape[:2])[..., None]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.9)))


# EXIF Orientation values that make the stored pixels upright when applied:
# 6 = "rotate 90 clockwise to view", 8 = "rotate 90 counter-clockwise to view".
_ORIENT_TRANSPOSE = {
    6: Image.Transpose.ROTATE_90,  # pixels turned a quarter counter-clockwise
    8: Image.Transpose.ROTATE_270,  # pixels turned a quarter clockwise
    3: Image.Transpose.ROTATE_180,
}


def orient(img: Image.Image, variant: str, rng: random.Random) -> tuple[Image.Image, int | None]:
    """Apply a photo orientation variant; return the pixels and the EXIF Orientation to store (or None)."""
    if variant == "sideways_exif":
        tag = rng.choice((6, 8))
        return img.transpose(_ORIENT_TRANSPOSE[tag]), tag
    if variant == "sideways":
        return img.transpose(rng.choice((Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_270))), None
    if variant == "upside_down":
        return img.transpose(Image.Transpose.ROTATE_180), None
    return img, None


# ---------------------------------------------------------------- encoders


def _exif(orientation: int | None) -> bytes:
    ex = Image.Exif()
    ex[0x010F] = "Generic"  # Make
    ex[0x0110] = "Phone Camera"  # Model
    if orientation:
        ex[0x0112] = orientation
    return ex.tobytes()


def jpeg_bytes(img: Image.Image, quality: int = 75, orientation: int | None = None, exif: bool = True) -> bytes:
    buf = io.BytesIO()
    kw: dict[str, object] = {"quality": quality, "optimize": True}
    if exif:
        kw["exif"] = _exif(orientation)
    img.save(buf, "JPEG", **kw)
    return buf.getvalue()


def heic_bytes(img: Image.Image, quality: int = 50, orientation: int | None = None) -> bytes:
    import pillow_heif

    pillow_heif.register_heif_opener()
    buf = io.BytesIO()
    img.save(buf, format="HEIF", quality=quality, exif=_exif(orientation))
    return buf.getvalue()


def scan_pdf_bytes(images: list[Image.Image], dpi: int, quality: int = 72) -> bytes:
    """An image-only PDF: each page a JPEG, no text layer."""
    buf = io.BytesIO()
    pages = [im.convert("L") if im.mode not in ("L", "RGB") else im for im in images]
    when = time.gmtime(1767225600)  # 2026-01-01, not the clock: the same inputs give the same bytes
    pages[0].save(buf, "PDF", resolution=float(dpi), save_all=True, append_images=pages[1:], quality=quality,
                  creationDate=when, modDate=when)
    return buf.getvalue()


def png_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def tiff_bytes(images: list[Image.Image], dpi: int) -> bytes:
    """A multi-page bilevel TIFF (CCITT G4), as office scanners and fax gateways write them."""
    pages = [im.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1") for im in images]
    buf = io.BytesIO()
    pages[0].save(buf, "TIFF", save_all=True, append_images=pages[1:], compression="group4", dpi=(dpi, dpi))
    return buf.getvalue()


def webp_bytes(img: Image.Image, quality: int = 75) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "WEBP", quality=quality, method=4)
    return buf.getvalue()


def bmp_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1").save(buf, "BMP")
    return buf.getvalue()
