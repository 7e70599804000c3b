"""One document in one rendering: a text PDF, a scan, a phone photo or an image file."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from PIL import Image

from synth import output
from synth.context import DocContext
from synth.documents import BUILDERS, KIND_TYPES
from synth.families import family as template_family
from synth.layout import Picture, Sheet, Stroke

# rendering -> file extension
RENDERINGS = {
    "text_pdf": "pdf",
    "scan_pdf": "pdf",
    "photo": "jpg",
    "png": "png",
    "heic": "heic",
    "tiff": "tif",
    "webp": "webp",
    "bmp": "bmp",
}
# photo variants: upright, sideways with an EXIF tag that rights it, sideways pixels without a tag, upside down
PHOTO_VARIANTS = ("upright", "sideways_exif", "sideways", "upside_down")
SCAN_VARIANTS = ("upright", "upside_down")

SCAN_DPI = 200
PHOTO_DPI = 170
PNG_DPI = 170
CARD_DPI_BOOST = 1.0  # card-size documents are already drawn on a large canvas


@dataclass(frozen=True)
class GeneratedFile:
    name: str  # suggested file name, as people name their uploads
    data: bytes
    doc_type: str  # a DocType value ("unknown" for unrelated documents)
    rendering: str
    truth: dict[str, str] = field(default_factory=dict)
    kind: str = ""  # what was drawn: a DocType value, "bill" or "cv"
    variant: str = "upright"
    pages: int = 1
    family: int = 1  # the template family drawn (1: the original template)


def shows_passport_zone(sheets: list[Sheet]) -> bool:
    """A page drawing a passport's zone ("P<..."): a visa page copied with the passport's data page."""
    return any(getattr(it, "text", "").startswith("P<") for sh in sheets for it in sh.items)


def _name(rng: random.Random, rendering: str, kind: str) -> str:
    ext = RENDERINGS[rendering]
    if rendering == "text_pdf":
        return rng.choice((f"{kind}.pdf", f"{kind.replace('_', '-')}-{rng.randint(1, 9)}.pdf", f"document_{rng.randint(1, 40)}.pdf",
                           f"scan_{rng.randint(1, 120):03d}.pdf"))
    if rendering == "scan_pdf":
        return rng.choice((f"scan_{rng.randint(1, 120):03d}.pdf", f"SCAN{rng.randint(1000, 9999)}.pdf",
                           f"numerisation_{rng.randint(1, 30)}.pdf"))
    if rendering in ("photo", "heic"):
        return f"IMG_{rng.randint(1000, 9999)}.{ext}"
    if rendering == "tiff":
        return f"scanner_{rng.randint(1, 99):02d}.{ext}"
    return rng.choice((f"scan_{rng.randint(1, 120):03d}.{ext}", f"{kind}.{ext}", f"image{rng.randint(1, 30)}.{ext}"))


def _images(sheets: list[Sheet], dpi: float) -> list[Image.Image]:
    return [output.sheet_to_image(s, dpi) for s in sheets]


def render(doc_type: str, ctx: DocContext, rendering: str, rng: random.Random,
           variant: str | None = None, family: int = 1, signed: bool = True) -> list[GeneratedFile]:
    """Draw one document (`doc_type`: a DocType value, `bill` or `cv`) in one rendering.

    Returns one file, or one per page for image renderings of multi-page documents
    (except `tiff` and the PDFs, which hold every page).  `variant` forces a photo or
    scan orientation; by default a photo is sometimes sideways and a scan upright.
    `family` picks the template family (see synth.families); 1 is the original one.
    `signed=False` draws it without its handwritten strokes and pictures (an unsigned letter).
    """
    if doc_type not in BUILDERS:
        raise ValueError(f"unknown document kind {doc_type!r}")
    if rendering not in RENDERINGS:
        raise ValueError(f"unknown rendering {rendering!r}")
    sheets, truth = template_family(doc_type, family).build(ctx, rng)
    if not signed:
        sheets = [Sheet(s.width, s.height, [it for it in s.items
                        if not (isinstance(it, (Stroke, Picture)) and getattr(it, "ink", True))], s.background)
                  for s in sheets]
    out_type = KIND_TYPES[doc_type]
    name = _name(rng, rendering, doc_type)

    def gen(data: bytes, nm: str = name, var: str = "upright", pages: int = len(sheets)) -> GeneratedFile:
        return GeneratedFile(nm, data, out_type, rendering, dict(truth), doc_type, var, pages, family)

    if rendering == "text_pdf":
        return [gen(output.sheets_to_pdf(sheets))]
    if rendering == "scan_pdf":
        var = variant or "upright"
        imgs = [output.scan_effect(im, rng, gray=rng.random() < 0.7, upside_down=var == "upside_down")
                for im in _images(sheets, SCAN_DPI)]
        return [gen(output.scan_pdf_bytes(imgs, SCAN_DPI), var=var)]
    if rendering == "tiff":
        imgs = [output.scan_effect(im, rng, gray=True) for im in _images(sheets, SCAN_DPI)]
        return [gen(output.tiff_bytes(imgs, SCAN_DPI))]
    files = []
    stem, ext = name.rsplit(".", 1)
    for i, img in enumerate(_images(sheets, PHOTO_DPI if rendering in ("photo", "heic") else PNG_DPI)):
        nm = name if len(sheets) == 1 else f"{stem}_{i + 1}.{ext}"
        if rendering in ("photo", "heic"):
            var = variant or rng.choices(PHOTO_VARIANTS, weights=(70, 12, 12, 6))[0]
            pic, tag = output.orient(output.photo_effect(img, rng), var, rng)
            data = (output.jpeg_bytes(pic, quality=rng.randint(70, 80), orientation=tag) if rendering == "photo"
                    else output.heic_bytes(pic, orientation=tag))
        else:
            var = variant or "upright"
            if rendering == "png":
                data = output.png_bytes(_clean(img, var))
                files.append(gen(data, nm, var, 1))
                continue
            scan = output.scan_effect(img, rng, gray=True, upside_down=var == "upside_down")
            data = output.webp_bytes(scan) if rendering == "webp" else output.bmp_bytes(scan)
        files.append(gen(data, nm, var, 1))
    return files


def _clean(img: Image.Image, variant: str) -> Image.Image:
    """A clean flatbed scan: grey levels, no noise, upright unless asked otherwise."""
    g = img.convert("L")
    return g.transpose(Image.Transpose.ROTATE_180) if variant == "upside_down" else g
