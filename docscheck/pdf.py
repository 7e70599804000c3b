"""The one module that opens PDFs (through pypdfium2, Google's PDFium).

PDFium gives both the text layer and the rendering of a page, fast and from
one parse of the file; failures become docscheck's own UnreadableFile codes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from docscheck.errors import UnreadableFile

OCR_DPI = 300
# A page rendered for OCR never exceeds this many pixels (a 30,000 x 30,000 pt page stays cheap).
MAX_RENDER_PIXELS = 12_000_000


@dataclass(frozen=True)
class PdfPageInfo:
    number: int  # 1-based
    text: str  # the text layer ("" when none)
    width_pt: float
    height_pt: float
    image_coverage: float  # fraction of the page area covered by raster images (0..1)


@contextmanager
def open_pdf(path: Path) -> Iterator[pdfium.PdfDocument]:
    """Open a PDF, turning PDFium's failures into specific UnreadableFile codes."""
    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        text = str(exc).lower()
        if "password" in text:
            raise UnreadableFile("encrypted_pdf", "the PDF needs a password to open") from exc
        if "format" in text or "file" in text:
            raise UnreadableFile("corrupt_file", str(exc)) from exc
        raise UnreadableFile("corrupt_file", str(exc)) from exc
    try:
        yield doc
    finally:
        doc.close()


def page_count(doc: pdfium.PdfDocument) -> int:
    return len(doc)


def page_info(doc: pdfium.PdfDocument, index: int) -> PdfPageInfo:
    """Text layer and layout facts of one page (0-based index)."""
    page = doc[index]
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n")
        finally:
            textpage.close()
        area = max(width * height, 1.0)
        covered = 0.0
        for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
            left, bottom, right, top = obj.get_bounds()
            covered += max(0.0, min(right, width) - max(left, 0.0)) * max(0.0, min(top, height) - max(bottom, 0.0))
        return PdfPageInfo(
            number=index + 1,
            text=text,
            width_pt=width,
            height_pt=height,
            image_coverage=min(1.0, covered / area),
        )
    finally:
        page.close()


def render_page(doc: pdfium.PdfDocument, index: int, *, dpi: int = OCR_DPI, max_pixels: int = MAX_RENDER_PIXELS) -> Image.Image:
    """Render one page in greyscale at `dpi`, lowered so the bitmap stays under `max_pixels`."""
    page = doc[index]
    try:
        width, height = page.get_size()
        scale = dpi / 72.0
        pixels = width * scale * height * scale
        if pixels > max_pixels:
            scale *= (max_pixels / pixels) ** 0.5
        bitmap = page.render(scale=scale, grayscale=True)
        try:
            return bitmap.to_pil().convert("L")
        finally:
            bitmap.close()
    finally:
        page.close()
