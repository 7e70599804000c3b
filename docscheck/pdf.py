"""The one module that opens PDFs (through pypdfium2, Google's PDFium).

PDFium gives both the text layer and the rendering of a page, fast and from
one parse of the file; failures become docscheck's own UnreadableFile codes.

Hostile PDFs: docscheck never initialises PDFium's form environment, so
JavaScript is never run and form fields are not filled in; embedded files and
attachments are never extracted; a page that cannot be loaded (a broken or
looping page tree) fails alone, not the whole file; rendering is bounded in
pixels whatever size the page declares.  PDFium runs inside the process and
cannot be interrupted: a time limit that must hold even against a PDF that
hangs PDFium needs a worker process that can be killed (the pipeline's pool).

PDFium is not thread-safe, not even across different documents: two threads
calling it at once crash the process (pypdfium2's documentation says so, and
the web server, which renders thumbnails in threads while a check counts a
PDF's pages, did crash).  Every call into PDFium made here holds one
process-wide lock; no other module calls PDFium.
"""

from __future__ import annotations

import contextlib
import ctypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from docscheck.bounds import MAX_RENDER_PIXELS as MAX_RENDER_PIXELS  # public here too, as always
from docscheck.bounds import OCR_DPI as OCR_DPI
from docscheck.errors import UnreadableFile

# Below this, text of ordinary size gets too small for Tesseract: low-resolution scans are enlarged to it.
MIN_OCR_DPI = 200

# Held around every PDFium call in this process (see the module's docstring).  Re-entrant, so a
# helper that takes it can call another that does.
_PDFIUM = threading.RLock()

# How many of a path's segments are looked at to tell a drawing from rules and boxes; how long a rule is at least.
_SEGMENTS_LOOKED_AT = 64
_DRAWINGS_KEPT = 256  # (a page drawn in thousands of paths, a map or text turned into outlines, is not measured)
_RULE_PT = 36.0


@dataclass(frozen=True)
class PdfPageInfo:
    number: int  # 1-based
    text: str  # the text layer ("" when none)
    width_pt: float
    height_pt: float
    image_coverage: float  # fraction of the page area covered by raster images (0..1)
    image_dpi: float = 0.0  # resolution of the largest raster image on the page (0: none)
    # where the page draws what a pen's mark may be (a path that is no rule nor frame, a picture), as fractions of
    # the page (left, top, right, bottom, from the top left)
    drawings: tuple[tuple[float, float, float, float], ...] = ()
    # where it places raster pictures (a pasted signature, a photo, a logo), in the same fractions
    pictures: tuple[tuple[float, float, float, float], ...] = ()
    annotations: int = 0  # annotations on the page (a signature added by a PDF reader's "sign" tool is one)


    def ocr_dpi(self, wanted: int) -> int:
        """The resolution to render this page at for OCR.

        A scanned page holds no more detail than its scan: rendering a 200 dpi scan
        at 300 dpi only makes OCR slower.  So a page that is mostly one image is
        rendered at that image's resolution, between MIN_OCR_DPI and `wanted`.
        """
        if self.image_coverage < 0.5 or self.image_dpi <= 0:
            return wanted
        return int(min(wanted, max(MIN_OCR_DPI, round(self.image_dpi))))


@contextmanager
def open_pdf(path: Path) -> Iterator[pdfium.PdfDocument]:
    """Open a PDF, turning PDFium's failures into specific UnreadableFile codes."""
    try:
        with _PDFIUM:
            doc = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError, ValueError) as exc:
        text = str(exc).lower()
        if "password" in text:
            raise UnreadableFile("encrypted_pdf", "the PDF needs a password to open") from exc
        if not _has_end_marker(path):
            raise UnreadableFile("truncated_file", "the PDF is cut short (no end-of-file marker)") from exc
        raise UnreadableFile("corrupt_file", str(exc)) from exc
    try:
        yield doc
    finally:
        with _PDFIUM:
            doc.close()


def _has_end_marker(path: Path) -> bool:
    """True when the file ends with PDF's `%%EOF` marker (within the last kilobyte), as a whole PDF does."""
    try:
        with path.open("rb") as handle:
            size = handle.seek(0, 2)
            handle.seek(max(0, size - 1024))
            return b"%%EOF" in handle.read()
    except OSError:
        return True


def page_count(doc: pdfium.PdfDocument) -> int:
    with _PDFIUM:
        return len(doc)


def _load_page(doc: pdfium.PdfDocument, index: int) -> pdfium.PdfPage:
    """Load one page; the caller holds _PDFIUM."""
    try:
        return doc[index]
    except (pdfium.PdfiumError, IndexError, ValueError) as exc:
        raise UnreadableFile("corrupt_file", f"page {index + 1} cannot be loaded ({exc})") from exc


def page_info(doc: pdfium.PdfDocument, index: int) -> PdfPageInfo:
    """Text layer and layout facts of one page (0-based index).

    Raises UnreadableFile when the page itself cannot be loaded.
    """
    with _PDFIUM:
        page = _load_page(doc, index)
        try:
            width, height = page.get_size()
            textpage = page.get_textpage()
            try:
                text = textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n")
            finally:
                textpage.close()
            area = max(width * height, 1.0)
            covered = 0.0
            largest, image_dpi = 0.0, 0.0
            drawings: list[tuple[float, float, float, float]] = []
            pictures: list[tuple[float, float, float, float]] = []
            for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2):
                path = obj.type == pdfium_c.FPDF_PAGEOBJ_PATH
                if path and len(drawings) >= _DRAWINGS_KEPT:
                    continue
                left, bottom, right, top = obj.get_bounds()
                if not path or _drawn(obj):
                    drawings.append((left / max(width, 1.0), (height - top) / max(height, 1.0),
                                     right / max(width, 1.0), (height - bottom) / max(height, 1.0)))
                if path:
                    continue
                pictures.append(drawings[-1])
                shown = max(0.0, min(right, width) - max(left, 0.0)) * max(0.0, min(top, height) - max(bottom, 0.0))
                covered += shown
                if shown > largest and right > left:
                    largest = shown
                    with contextlib.suppress(pdfium.PdfiumError, AttributeError, ValueError):
                        image_dpi = obj.get_px_size()[0] / ((right - left) / 72.0)
            return PdfPageInfo(
                number=index + 1,
                text=text,
                width_pt=width,
                height_pt=height,
                image_coverage=min(1.0, covered / area),
                image_dpi=image_dpi,
                drawings=tuple(drawings),
                pictures=tuple(pictures),
                annotations=max(0, pdfium_c.FPDFPage_GetAnnotCount(page.raw)),
            )
        except (pdfium.PdfiumError, ValueError) as exc:
            raise UnreadableFile("corrupt_file", f"page {index + 1} cannot be read ({exc})") from exc
        finally:
            page.close()


def _drawn(path: pdfium.PdfObject) -> bool:
    """Whether a path may be a pen's stroke rather than a rule, an underline or a frame: shorter than a rule, or
    drawing a curve or a line neither horizontal nor vertical.  The caller holds _PDFIUM."""
    left, bottom, right, top = path.get_bounds()  # (PDFium caches them: asking twice costs nothing)
    if max(right - left, top - bottom) < _RULE_PT:
        return True
    last = None
    for i in range(min(pdfium_c.FPDFPath_CountSegments(path.raw), _SEGMENTS_LOOKED_AT)):
        segment = pdfium_c.FPDFPath_GetPathSegment(path.raw, i)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            return True
        x, y = ctypes.c_float(), ctypes.c_float()
        if not pdfium_c.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y)):
            continue
        if kind == pdfium_c.FPDF_SEGMENT_LINETO and last is not None \
                and abs(x.value - last[0]) > 0.5 and abs(y.value - last[1]) > 0.5:
            return True
        last = (x.value, y.value)
    return False


# A face whose name says it is slanted or written (a name typed in it may stand for a signature drawn as text).
_SCRIPT_FACE = ("italic", "oblique", "script", "hand", "brush", "cursive", "signature", "kursiv")
_FACE_CHARS_LOOKED_AT = 4000
_SCRIPT_LETTERS = 3


def script_text(doc: pdfium.PdfDocument, index: int) -> bool:
    """Whether a page sets some of its letters in a slanted or script face that is not its main one: a name
    typed in such a face may be meant as its signature, a drawing made of text.  Raises UnreadableFile when the
    page cannot be loaded or read."""
    letters: dict[bytes, int] = {}
    with _PDFIUM:
        page = _load_page(doc, index)
        try:
            textpage = page.get_textpage()
            try:
                count = min(pdfium_c.FPDFText_CountChars(textpage.raw), _FACE_CHARS_LOOKED_AT)
                name = ctypes.create_string_buffer(128)
                flags = ctypes.c_int()
                for i in range(count):
                    if not chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, i) or 32).isalpha():
                        continue
                    pdfium_c.FPDFText_GetFontInfo(textpage.raw, i, name, len(name), ctypes.byref(flags))
                    letters[name.value] = letters.get(name.value, 0) + 1
            finally:
                textpage.close()
        except (pdfium.PdfiumError, ValueError) as exc:
            raise UnreadableFile("corrupt_file", f"page {index + 1} cannot be read ({exc})") from exc
        finally:
            page.close()
    if not letters:
        return False
    main = max(letters, key=letters.__getitem__)
    return any(n >= _SCRIPT_LETTERS and face != main and any(w in face.decode("latin-1").lower() for w in _SCRIPT_FACE)
               for face, n in letters.items())


def render_page(doc: pdfium.PdfDocument, index: int, *, dpi: int = OCR_DPI, max_pixels: int = MAX_RENDER_PIXELS) -> Image.Image:
    """Render one page in greyscale at `dpi`, lowered so the bitmap stays under `max_pixels`.

    Raises UnreadableFile when the page cannot be loaded or rendered.
    """
    with _PDFIUM:
        page = _load_page(doc, index)
        try:
            width, height = page.get_size()
            scale = dpi / 72.0
            pixels = max(width, 1.0) * scale * max(height, 1.0) * scale
            if pixels > max_pixels:
                scale *= (max_pixels / pixels) ** 0.5 * 0.995  # PDFium rounds the bitmap size up
            try:
                bitmap = page.render(scale=scale, grayscale=True)
            except (pdfium.PdfiumError, ValueError, MemoryError) as exc:
                raise UnreadableFile("corrupt_file", f"page {index + 1} cannot be rendered ({exc})") from exc
            try:
                return bitmap.to_pil().convert("L")
            finally:
                bitmap.close()
        finally:
            page.close()


def text_boxes(doc: pdfium.PdfDocument, index: int) -> tuple[tuple[float, float, float, float], ...]:
    """Where a page's text layer lies: its text runs' boxes as fractions of the page (left, top,
    right, bottom, from the top left), so that a page image shows what is not text.

    Raises UnreadableFile when the page cannot be loaded or read.
    """
    with _PDFIUM:
        page = _load_page(doc, index)
        try:
            width, height = page.get_size()
            width, height = max(width, 1.0), max(height, 1.0)
            textpage = page.get_textpage()
            try:
                runs = [textpage.get_rect(i) for i in range(textpage.count_rects())]
            finally:
                textpage.close()
        except (pdfium.PdfiumError, ValueError) as exc:
            raise UnreadableFile("corrupt_file", f"page {index + 1} cannot be read ({exc})") from exc
        finally:
            page.close()
    return tuple((left / width, (height - top) / height, right / width, (height - bottom) / height)
                 for left, bottom, right, top in runs)
