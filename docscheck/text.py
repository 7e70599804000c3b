"""Getting the text of every page of every uploaded file.

`use_text_layer()` is the single place that decides, per PDF page, between the
text layer and OCR.  `read_file()` turns one file into a FileText; a file that
cannot be read gives a FileText with its error instead of raising, so the rest
of the dossier is always read.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from PIL import Image

from docscheck import images, pdf, photo, read, tesseract
from docscheck.cache import Cache
from docscheck.errors import OcrFailed, UnreadableFile
from docscheck.model import FileText, Page, ReadError, TextSource
from docscheck.orientation import read_upright

IMAGE_KINDS = {"jpeg", "png", "tiff", "webp", "heif", "bmp", "gif"}
UNSUPPORTED = {
    "html": "an HTML web page, not a scan or a PDF",
    "zip": "a ZIP archive",
    "docx": "a Word document",
    "doc": "a Word document",
    "xlsx": "a spreadsheet",
    "odt": "an OpenDocument text",
}


@dataclass(frozen=True)
class ReadOptions:
    """Everything that changes what reading a file gives."""

    lang: str = tesseract.LANGUAGES
    dpi: int = pdf.OCR_DPI
    max_pages: int = 30  # pages read per file; the first pages are the ones that matter
    ocr_timeout: float = tesseract.DEFAULT_TIMEOUT
    zone_reread: bool = True


_WORDLIKE = re.compile(r"[A-Za-zÀ-ÿ]{2,}")
_ZONE_HINT = re.compile(r"<<|[A-Z0-9]{5,}<[A-Z0-9<]{5,}|^[PVIAC][A-Z<][A-Z<]{3}[A-Z<]{5,}", re.MULTILINE)


def use_text_layer(text: str, image_coverage: float = 0.0) -> bool:
    """True when a PDF page's text layer is good enough to use instead of OCR.

    Empty layers, layers of junk (unmapped glyphs, `(cid:NN)`, symbol soup) and
    scans whose only text is a stamp or a page number are OCR'd instead.
    """
    stripped = text.strip()
    if not stripped:
        return False
    if "\ufffd" in stripped and stripped.count("\ufffd") > len(stripped) * 0.05:
        return False
    if "(cid:" in stripped:
        return False
    words = _WORDLIKE.findall(stripped)
    letters = sum(c.isalpha() for c in stripped)
    visible = sum(not c.isspace() for c in stripped)
    if len(words) < 3 or letters < 0.5 * visible:
        return False
    vowels = sum(c in "aeiouyAEIOUYàâéèêëîïôöùûüÀÂÉÈÊËÎÏÔÖÙÛÜ" for c in stripped)
    if vowels < 0.15 * letters:  # glyph soup from a broken font encoding
        return False
    # A page that is mostly a raster image with only a few words of text (a scan with
    # a stamped header or page number): the document is in the image.
    return not (image_coverage > 0.5 and len(words) < 40)


def _zone_text(image: Image.Image, result: tesseract.OcrResult) -> str | None:
    if not _ZONE_HINT.search(result.text):
        return None
    from docscheck import mrz

    reader: Callable[..., str | None] | None = getattr(mrz, "read_zone_from_image", None)
    if reader is None:
        return None
    try:
        return reader(image, result)
    except OcrFailed:
        return None


def ocr_page(image: Image.Image, number: int, options: ReadOptions) -> Page:
    """OCR one page image: upright, straight, then read; zone and photo looked for."""
    started = time.perf_counter()
    image = images.fit_for_ocr(image)
    try:
        upright = read_upright(image, lang=options.lang, timeout=options.ocr_timeout)
    except OcrFailed as exc:
        return Page(number, "", TextSource.NONE, seconds=time.perf_counter() - started, note=str(exc))
    zone = _zone_text(upright.image, upright.ocr) if options.zone_reread else None
    return Page(
        number=number,
        text=upright.ocr.text,
        source=TextSource.OCR,
        confidence=round(upright.ocr.mean_confidence, 1),
        rotation=upright.rotation,
        skew=round(upright.skew, 2),
        seconds=round(time.perf_counter() - started, 3),
        zone_text=zone,
        has_photo=photo.has_photo_area(upright.image),
    )


def _pdf_pages(path: Path, options: ReadOptions) -> tuple[int, Iterator[Page]]:
    """Page count and a stream of pages: text layer where good, OCR elsewhere."""
    with pdf.open_pdf(path) as doc:
        count = pdf.page_count(doc)
    if count == 0:
        raise UnreadableFile("corrupt_file", "the PDF has no pages")

    def pages() -> Iterator[Page]:
        with pdf.open_pdf(path) as doc:
            for index in range(min(count, options.max_pages)):
                started = time.perf_counter()
                info = pdf.page_info(doc, index)
                if use_text_layer(info.text, info.image_coverage):
                    preview = pdf.render_page(doc, index, dpi=36)
                    yield Page(
                        number=index + 1,
                        text=info.text.strip(),
                        source=TextSource.TEXT_LAYER,
                        seconds=round(time.perf_counter() - started, 3),
                        has_photo=photo.has_photo_area(preview),
                        note="text layer",
                    )
                    continue
                image = pdf.render_page(doc, index, dpi=options.dpi)
                page = ocr_page(image, index + 1, options)
                del image
                yield replace(page, seconds=round(time.perf_counter() - started, 3))

    return count, pages()


def _image_pages(path: Path, options: ReadOptions) -> tuple[int, Iterator[Page]]:
    count = images.count_frames(path)

    def pages() -> Iterator[Page]:
        for index, frame in enumerate(images.iter_frames(path, max_frames=options.max_pages)):
            yield ocr_page(frame, index + 1, options)

    return count, pages()


# Reading errors that the file's content decides (worth remembering in the cache).
CACHEABLE_ERRORS = {"empty_file", "truncated_file", "corrupt_file", "encrypted_pdf", "unsupported_format", "too_large"}


def cache_settings(options: ReadOptions) -> dict[str, object]:
    """Everything besides the file's content that changes what reading it gives."""
    return {**asdict(options), "tesseract": tesseract.check_installed()}


def read_file(
    path: Path | str,
    root: Path | str | None = None,
    options: ReadOptions | None = None,
    cache: Cache | None = None,
) -> FileText:
    """Read one uploaded file into its pages' text; never raises for a bad file."""
    options = options or ReadOptions()
    path = Path(path)
    relpath = read._rel(path, Path(root)) if root is not None else path.name
    base = FileText(path=str(path), relpath=relpath, kind="unknown", sha256="", size=0)
    try:
        if path.is_symlink():
            raise UnreadableFile("symlink", "symbolic links are not followed")
        if path.is_dir():
            raise UnreadableFile("permission_denied", "the folder cannot be opened")
        if not read.is_regular_file(path):
            raise UnreadableFile("not_a_file", "not a regular file")
        sha, size, head = read.fingerprint(path)
        base = replace(base, sha256=sha, size=size)
        key = cache.key(sha, cache_settings(options)) if cache is not None else ""
        if cache is not None:
            hit = cache.get(key, str(path), relpath)
            if hit is not None:
                return hit
        if size == 0:
            raise UnreadableFile("empty_file", "the file is empty (0 bytes)")
        kind = read.detect_kind(head)
        base = replace(base, kind=kind)
        if kind == "pdf":
            count, pages = _pdf_pages(path, options)
        elif kind in IMAGE_KINDS:
            count, pages = _image_pages(path, options)
        else:
            what = UNSUPPORTED.get(kind, f"a file of type '{kind}'" if kind != "unknown" else "not a PDF or an image")
            raise UnreadableFile("unsupported_format", what)
        result = replace(base, pages=tuple(pages), page_count=count)
        if cache is not None and all(p.source is not TextSource.NONE for p in result.pages):
            cache.put(key, result)
        return result
    except UnreadableFile as exc:
        result = replace(base, error=ReadError(exc.code, exc.detail))
        if cache is not None and exc.code in CACHEABLE_ERRORS:
            cache.put(key, result)
        return result
    except PermissionError as exc:
        return replace(base, error=ReadError("permission_denied", str(exc.strerror or exc)))
    except (OSError, EOFError) as exc:
        return replace(base, error=ReadError("corrupt_file", str(exc)))
    except Exception as exc:  # a parser bug on a strange file must not stop the dossier
        return replace(base, error=ReadError("read_failed", f"{type(exc).__name__}: {exc}"))


def read_dossier(folder: Path | str, options: ReadOptions | None = None, cache: Cache | None = None) -> list[FileText]:
    """Read every file of a dossier folder, in a stable order."""
    folder = Path(folder)
    return [read_file(entry.path, folder, options, cache) for entry in read.iter_entries(folder)]


def thumbnail(path: str, max_side: int = 240) -> bytes | None:
    """A small PNG of a file's first page, for reports; None when it cannot be drawn."""
    file = Path(path)
    try:
        sha, size, head = read.fingerprint(file)
        kind = read.detect_kind(head)
        if kind == "pdf":
            with pdf.open_pdf(file) as doc:
                return images.thumbnail_png(pdf.render_page(doc, 0, dpi=40))
        if kind in IMAGE_KINDS:
            for frame in images.iter_frames(file, max_frames=1):
                return images.thumbnail_png(frame, max_side)
    except (UnreadableFile, OSError, ValueError):
        return None
    return None
