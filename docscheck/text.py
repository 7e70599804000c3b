"""Getting the text of every page of every uploaded file.

`use_text_layer()` is the single place that decides, per PDF page, between the
text layer and OCR.  `read_file()` turns one file into a FileText; a file that
cannot be read gives a FileText with its error instead of raising, so the rest
of the dossier is always read.

Every file is read within bounds: at most `max_pages` pages, each OCR call
within `ocr_timeout` seconds, the whole file within `file_timeout` seconds
(checked between pages: the pages read so far are kept, the rest noted), images
within `max_pixels` decoded pixels and PDF renderings within
`max_render_pixels`.  Blank pages are not sent to OCR.
"""

from __future__ import annotations

import contextlib
import functools
import os
import pickle
import re
import select
import signal
import time
from collections.abc import Generator, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from docscheck import bounds, read
from docscheck.cache import Cache
from docscheck.errors import OcrFailed, UnreadableFile
from docscheck.model import DARK_NOTE, FileText, Page, ReadError, TextSource

if TYPE_CHECKING:
    from PIL import Image

    from docscheck import tesseract

# The readers (Pillow, PDFium, numpy, the OCR engine) are imported where a page is read, not
# here: a re-run whose files are all cached imports this module without loading any of them.

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

    lang: str = bounds.LANGUAGES
    dpi: int = bounds.OCR_DPI
    max_pages: int = 30  # pages read per file; the first pages are the ones that matter
    ocr_timeout: float = bounds.DEFAULT_TIMEOUT  # seconds for one OCR call
    zone_reread: bool = True
    file_timeout: float = 600.0  # seconds for one whole file, checked between pages
    max_pixels: int = bounds.MAX_IMAGE_PIXELS  # decoded image bound (decompression bombs)
    max_render_pixels: int = bounds.MAX_RENDER_PIXELS  # bound of one PDF page rendered for OCR


_WORDLIKE = re.compile(r"[A-Za-zÀ-ÿ]{2,}")
_LEADERS = re.compile(r"[._…]{3,}")  # a form's leader or a line to write on
# A zone seen in the page text: its `<<` fillers, or a run of 25 capitals, digits and fillers
# (which OCR may read as `«`) without a space, which ordinary text never has; or a run of 12
# characters of the few OCR makes of a row of fillers on a tinted or highlighted zone
# (`LELLLLELEEELE`).  A lone `«` is not a hint: French text quotes with it.
_ZONE_HINT = re.compile(r"<<|[A-Z0-9<«]{25,}|[<«KXCLE(]{12,}")


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
    # (a form's leaders, "Dénomination ........ Les Amis du Rail", are no junk: they are not counted)
    visible = sum(not c.isspace() for c in _LEADERS.sub(" ", stripped))
    if len(words) < 3 or letters < 0.5 * visible:
        return False
    vowels = sum(c in "aeiouyAEIOUYàâéèêëîïôöùûüÀÂÉÈÊËÎÏÔÖÙÛÜ" for c in stripped)
    if vowels < 0.15 * letters:  # glyph soup from a broken font encoding
        return False
    # A page that is mostly a raster image with only a few words of text (a scan with
    # a stamped header or page number): the document is in the image.
    return not (image_coverage > 0.5 and len(words) < 40)


# Between two zones of one page in its zone text: more blank lines than a zone's lines may have
# between them (mrz.find.MAX_LINE_GAP), so that no zone is read across two.
ZONE_SEPARATOR = "\n\n\n"


def _zone_text(image: Image.Image, result: tesseract.OcrResult) -> str | None:
    """The page's machine-readable zones re-read with zone settings, where the page text shows one
    or the page reads too poorly to tell (a card's security pattern can drown its text, zone
    included, for the page OCR while the zone search still finds and reads it).  Every zone the
    page shows (the open passport's two), one after the other."""
    from docscheck.mrz.reread import read_zones_from_image
    from docscheck.orientation import reads_well

    if not _ZONE_HINT.search(result.text) and reads_well(result):
        return None
    try:
        return ZONE_SEPARATOR.join(read_zones_from_image(image, result)) or None
    except OcrFailed:
        return None


def ocr_page(image: Image.Image, number: int, options: ReadOptions, *, timeout: float | None = None) -> Page:
    """OCR one page image: upright, straight, then read; zone and photo looked for.

    A blank page is not OCR'd; an OCR failure or time-out gives a page without
    text whose note starts with OCR_FAILED.
    """
    from docscheck import images, ink, leaders, legibility, photo
    from docscheck.columns import column_text
    from docscheck.orientation import read_upright, reads_well, shows_zone, turned_to_zone

    started = time.perf_counter()
    if images.is_blank(image):
        dark = legibility.blank_quality(image)
        stretched = images.stretched(image) if dark is not None else None
        if stretched is not None:
            # a capture so dark it looks blank (under ultraviolet light, a photo in the dark): its
            # stretched copy is read, and the page keeps its "too dark" for the person to retake it
            page = ocr_page(stretched, number, options, timeout=timeout)
            if page.text.strip() or page.zone_text:
                note = DARK_NOTE + (f"; {page.note}" if page.note else "")
                return replace(page, quality=dark, note=note, seconds=round(time.perf_counter() - started, 3))
        return Page(number, "", TextSource.NONE, seconds=round(time.perf_counter() - started, 3), note=BLANK_NOTE,
                    quality=dark)
    fitted = leaders.without_leaders(images.fit_for_ocr(image))  # (a form's dotted lines lose the values on them)
    try:
        upright = read_upright(fitted, lang=options.lang, timeout=timeout or options.ocr_timeout)
    except OcrFailed as exc:
        return Page(number, "", TextSource.NONE, seconds=round(time.perf_counter() - started, 3), note=f"{OCR_FAILED}{exc}")
    quality = legibility.page_quality(fitted, upright, scale=max(fitted.size) / max(image.size))
    zone = _zone_text(upright.image, upright.ocr) if options.zone_reread else None
    if zone and not reads_well(upright.ocr) and not shows_zone(upright.ocr):
        with contextlib.suppress(OcrFailed):  # else the page as it was read, and its zone
            upright = turned_to_zone(upright, lang=options.lang, timeout=timeout or options.ocr_timeout)
    return Page(
        number=number,
        text=column_text(upright.ocr.words, zone) or upright.ocr.text,
        source=TextSource.OCR,
        confidence=round(upright.ocr.mean_confidence, 1),
        rotation=upright.rotation,
        skew=round(upright.skew, 2),
        seconds=round(time.perf_counter() - started, 3),
        zone_text=zone,
        has_photo=photo.has_photo_area(upright.image),
        has_signature_mark=ink.ocr_page_has_signature_mark(upright.image, upright.ocr.words),
        note=_engine_note(upright.ocr.engine_messages),
        quality=quality,
    )


def _engine_note(messages: tuple[str, ...], keep: int = 3, width: int = 80) -> str | None:
    """What the OCR engine complained of, short and each line once (None when it said nothing)."""
    lines = list(dict.fromkeys(m.strip() for m in messages if m.strip()))
    if not lines:
        return None
    shown = [line if len(line) <= width else line[: width - 1] + "…" for line in lines[:keep]]
    more = f" (+{len(lines) - keep} more)" if len(lines) > keep else ""
    return "OCR engine: " + "; ".join(shown) + more


BLANK_NOTE = "blank page"
# Below this share of its area under raster pictures, a PDF page OCR'd is a drawing PDFium rendered (a born-digital
# page of few words), not a scan or a photo: its legibility is not measured.
DRAWN_PAGE_COVERAGE = 0.1
# A text-layer page's image, for what its text cannot show (a photo, a pen's mark): a small preview first, and
# for a mark not seen on it, a sharper look where the page draws something (a path or a picture).
PREVIEW_DPI, SECOND_LOOK_DPI = 36, 72
OCR_FAILED = "OCR failed: "
PageStream = Generator[Page, None, None]
PageRange = tuple[int, int]  # 0-based page indices, the end excluded


class _Clock:
    """The time left for one file; OCR calls get at most what remains (never less than a second)."""

    def __init__(self, options: ReadOptions) -> None:
        self.options = options
        self.deadline = time.monotonic() + options.file_timeout

    def expired(self) -> bool:
        return time.monotonic() >= self.deadline

    def ocr_timeout(self) -> float:
        limit = self.options.ocr_timeout
        return max(min(1.0, limit), min(limit, self.deadline - time.monotonic()))


def _failed_page(number: int, exc: UnreadableFile) -> Page:
    return Page(number, "", TextSource.NONE, note=f"{exc.code}: {exc.detail}" if exc.detail else exc.code)


def _pdf_pages(path: Path, options: ReadOptions, clock: _Clock, first: int, stop: int | None) -> tuple[int, PageStream]:
    """Page count and a stream of pages `first` to `stop` (0-based, at most `max_pages`): text
    layer where good, OCR elsewhere.

    A page that cannot be loaded gives a page without text and a note; the others are still read.
    """
    from docscheck import ink, pdf, photo

    with pdf.open_pdf(path) as doc:
        count = pdf.page_count(doc)
    if count <= 0:
        raise UnreadableFile("corrupt_file", "the PDF has no pages")
    end = min(count, options.max_pages, stop if stop is not None else count)

    def pages() -> PageStream:
        with pdf.open_pdf(path) as doc:
            for index in range(first, end):
                started = time.perf_counter()
                try:
                    info = pdf.page_info(doc, index)
                    if use_text_layer(info.text, info.image_coverage):
                        pixels = min(options.max_render_pixels, 1_000_000)
                        preview = pdf.render_page(doc, index, dpi=PREVIEW_DPI, max_pixels=pixels)
                        boxes = pdf.text_boxes(doc, index)
                        marked = ink.has_signature_mark(preview, boxes)
                        drawn = ink.drawn_below_text(info.drawings, boxes, info.pictures)
                        # nothing drawn anywhere on the page: not where a signature stands, nor above the text
                        # (a signature followed by a translation or a long postscript), nor a name typed in a
                        # script face as its signature
                        script = pdf.script_text(doc, index)
                        empty = not (info.drawings or info.annotations or script)
                        if not marked and drawn:
                            # "unsigned" is a claim on evidence of absence: a thin or light pen stroke the small
                            # preview loses is looked for again, sharper, on a page that draws something
                            marked = ink.has_signature_mark(
                                pdf.render_page(doc, index, dpi=SECOND_LOOK_DPI, max_pixels=pixels), boxes)
                        yield Page(
                            number=index + 1,
                            text=info.text.strip(),
                            source=TextSource.TEXT_LAYER,
                            seconds=round(time.perf_counter() - started, 3),
                            has_photo=photo.has_photo_area(preview) or photo.has_photo_picture(preview, info.pictures),
                            has_signature_mark=marked,
                            # anything drawn anywhere (a picture, a path that is no rule nor frame, an annotation),
                            # not only below the text and at a signature's size: "unsigned" needs evidence of absence,
                            # and a drawing docscheck cannot tell for a signature or not is none
                            has_drawing=drawn or bool(info.drawings or info.annotations),
                            draws_nothing=empty and not marked,
                            has_script_text=script,
                            note="text layer",
                        )
                        continue
                    # a page of few words read by OCR, drawing nothing at all: its glyphs are all it shows
                    script = pdf.script_text(doc, index)
                    bare = not (info.drawings or info.annotations or script)
                    image = pdf.render_page(doc, index, dpi=info.ocr_dpi(options.dpi), max_pixels=options.max_render_pixels)
                except UnreadableFile as exc:
                    yield _failed_page(index + 1, exc)
                    continue
                page = ocr_page(image, index + 1, options, timeout=clock.ocr_timeout())
                del image
                page = replace(page, draws_nothing=bare and not page.has_signature_mark, has_script_text=script)
                if info.image_coverage < DRAWN_PAGE_COVERAGE:
                    # a page drawn by the PDF itself (its few words, a signature's path, a logo) rendered by us: no
                    # capture whose light, focus or framing a retake would mend, so no legibility verdict on it
                    page = replace(page, quality=None)
                yield replace(page, seconds=round(time.perf_counter() - started, 3))

    return count, pages()


def _image_pages(path: Path, options: ReadOptions, clock: _Clock) -> tuple[int, PageStream]:
    from docscheck import images

    count = images.count_frames(path, max_pixels=options.max_pixels)

    def pages() -> PageStream:
        frames = images.iter_frames(path, max_frames=options.max_pages, max_pixels=options.max_pixels)
        for index, frame in enumerate(frames):
            yield ocr_page(frame, index + 1, options, timeout=clock.ocr_timeout())

    return count, pages()


def preload_readers() -> None:
    """Import the page readers now (Pillow, PDFium, numpy, deskew and scikit-image, the zone
    reader), so that the processes forked from this one to read files start with them loaded
    instead of importing them again for every file (seconds on a small machine)."""
    import deskew  # noqa: F401  (what orientation imports at its first skew measurement)

    from docscheck import images, legibility, orientation, pdf, photo  # noqa: F401
    from docscheck.mrz import reread  # noqa: F401


def _with_note(page: Page, note: str) -> Page:
    return replace(page, note=f"{page.note}; {note}" if page.note else note)


def _read_pages(count: int, stream: PageStream, options: ReadOptions, clock: _Clock,
                first: int = 0, stop: int | None = None) -> tuple[tuple[Page, ...], bool]:
    """Pull pages `first` to `stop` from the stream within the time limit; (pages, complete).

    Raises UnreadableFile when nothing at all could be read.
    """
    end = min(count, options.max_pages, stop if stop is not None else count)
    wanted = end - first
    pages: list[Page] = []
    stopped = False
    first_error: UnreadableFile | None = None
    try:
        for page in stream:
            pages.append(page)
            if len(pages) < wanted and clock.expired():
                stopped = True
                break
    except UnreadableFile as exc:  # a later frame of a multi-page image is damaged
        if not pages:
            raise
        first_error = exc
        pages.append(_failed_page(len(pages) + 1, exc))
    finally:
        stream.close()
    failed_ocr = [p for p in pages if p.source is TextSource.NONE and (p.note or "").startswith(OCR_FAILED)]
    has_text = any(p.source is not TextSource.NONE for p in pages)
    timed_out = stopped or any("timed out" in (p.note or "") for p in failed_ocr)
    if not has_text and timed_out:
        raise UnreadableFile("ocr_timeout", f"no text could be read within the time limit ({options.file_timeout:g} s per file, {options.ocr_timeout:g} s per OCR call)")
    unloadable = [p for p in pages if p.source is TextSource.NONE and p.note and p.note.startswith("corrupt_file")]
    if pages and len(unloadable) == len(pages):
        raise UnreadableFile("corrupt_file", f"no page can be loaded ({unloadable[0].note})")
    if stopped:
        pages[-1] = _with_note(
            pages[-1],
            f"file time limit ({options.file_timeout:g} s) reached: pages {first + len(pages) + 1}-{end} not read",
        )
    elif count > options.max_pages and first + len(pages) == options.max_pages:
        pages[-1] = _with_note(pages[-1], f"page limit: only the first {options.max_pages} of {count} pages were read")
    complete = not stopped and not failed_ocr and first_error is None
    return tuple(pages), complete


# Reading errors that the file's content decides (worth remembering in the cache).
CACHEABLE_ERRORS = {"empty_file", "truncated_file", "corrupt_file", "encrypted_pdf", "unsupported_format", "too_large"}


def cache_settings(options: ReadOptions, cache: Cache | None = None) -> dict[str, object]:
    """Everything besides the file's content that changes what reading it gives.

    The engine's version is asked of Tesseract once per installed engine: with a cache, it
    is remembered there under the stamp of the engine's files, so that a re-run neither
    starts the `tesseract` command nor loads the engine to learn it.
    """
    return dict(_settings(options, str(cache.directory) if cache is not None else None))


@functools.lru_cache(maxsize=16)
def _settings(options: ReadOptions, cache_dir: str | None) -> tuple[tuple[str, object], ...]:
    """cache_settings() worked out once per process for each options and cache (a folder of
    ten thousand files asks ten thousand times)."""
    settings: dict[str, object] = asdict(options)
    settings.pop("file_timeout")  # a file cut short by it is never cached
    if cache_dir is None:
        engine = _engine_version()
    else:
        engine = Cache(Path(cache_dir)).remembered("engine", _engine_stamp(), _engine_version)
    return tuple({**settings, "tesseract": engine, "ocr_config": bounds.BASE_CONFIG}.items())


def _engine_version() -> str:
    from docscheck import tesseract

    return tesseract.check_installed()


def _engine_stamp() -> str:
    """What changes when the OCR engine does: the command's and tesserocr's files (path, size,
    time), the backend chosen and the language data's place, found without running or loading them."""
    import importlib.util
    import shutil

    parts = [os.environ.get("DOCSCHECK_OCR_BACKEND", ""), os.environ.get("TESSDATA_PREFIX", "")]
    spec = importlib.util.find_spec("tesserocr")
    for file in (shutil.which("tesseract"), spec.origin if spec is not None else None):
        if file is None:
            parts.append("-")
            continue
        try:
            st = os.stat(file)
        except OSError:
            parts.append("-")
            continue
        parts.append(f"{os.path.realpath(file)}:{st.st_size}:{st.st_mtime_ns}")
    return "|".join(parts)


def reading_key(path: Path | str, options: ReadOptions, cache: Cache) -> str | None:
    """The cache key of a file's reading (its content and these settings); None for anything but
    a regular file that opens."""
    path = Path(path)
    try:
        read.check_regular_file(path)
        sha = read.fingerprint(path)[0]
    except (UnreadableFile, OSError):
        return None
    return cache.key(sha, cache_settings(options, cache))


def cached_reading(path: Path | str, root: Path | str | None, options: ReadOptions, cache: Cache) -> FileText | None:
    """The cached reading of a file, if the cache holds one for its content and these settings."""
    key = reading_key(path, options, cache)
    if key is None:
        return None
    return cache.get(key, str(path), read.relpath(Path(path), root))


def read_file(
    path: Path | str,
    root: Path | str | None = None,
    options: ReadOptions | None = None,
    cache: Cache | None = None,
    *,
    pages: PageRange | None = None,
) -> FileText:
    """Read one uploaded file into its pages' text; never raises for a bad file.

    A symbolic link or anything but a regular file is reported, never opened;
    the file is opened read-only and never written.  `pages`: only these pages of a
    PDF (0-based, end excluded), a part of the file that `join_parts` puts together;
    a part is never cached (the cache holds whole files).
    """
    options = options or ReadOptions()
    path = Path(path)
    if pages is not None:
        cache = None
    relpath = read.relpath(path, root)
    base = FileText(path=str(path), relpath=relpath, kind="unknown", sha256="", size=0)
    key = ""
    try:
        read.check_regular_file(path)
        sha, size, head = read.fingerprint(path)
        base = replace(base, sha256=sha, size=size)
        key = cache.key(sha, cache_settings(options, cache)) if cache is not None else ""
        if cache is not None:
            hit = cache.get(key, str(path), relpath)
            if hit is not None:
                return hit
        if size == 0:
            raise UnreadableFile("empty_file", "the file is empty (0 bytes)")
        kind = read.detect_kind(head)
        base = replace(base, kind=kind)
        clock = _Clock(options)
        first, stop = pages if pages is not None and kind == "pdf" else (0, None)  # images are read whole
        if kind == "pdf":
            count, stream = _pdf_pages(path, options, clock, first, stop)
        elif kind in IMAGE_KINDS:
            count, stream = _image_pages(path, options, clock)
        else:
            what = UNSUPPORTED.get(kind, f"a file of type '{kind}'" if kind != "unknown" else "not a PDF or an image")
            raise UnreadableFile("unsupported_format", what)
        read_pages, complete = _read_pages(count, stream, options, clock, first, stop)
        result = replace(base, pages=read_pages, page_count=count)
        if cache is not None and complete:
            cache.put(key, result)
        return result
    except UnreadableFile as exc:
        result = replace(base, error=ReadError(exc.code, exc.detail))
        if cache is not None and key and exc.code in CACHEABLE_ERRORS:
            cache.put(key, result)
        return result
    except FileNotFoundError:
        return replace(base, error=ReadError("not_a_file", "the file does not exist (any more)"))
    except PermissionError as exc:
        return replace(base, error=ReadError("permission_denied", str(exc.strerror or exc)))
    except MemoryError:
        return replace(base, error=ReadError("too_large", "the file does not fit in memory"))
    except (OSError, EOFError) as exc:
        return replace(base, error=ReadError("corrupt_file", str(exc)))
    except Exception as exc:  # a parser bug on a strange file must not stop the dossier
        return replace(base, error=ReadError("read_failed", f"{type(exc).__name__}: {exc}"))


# Beyond the file time limit, the margin a guarded reading gets before its process is killed.
HARD_TIMEOUT_MARGIN = 60.0


def read_file_guarded(
    path: Path | str,
    root: Path | str | None = None,
    options: ReadOptions | None = None,
    cache: Cache | None = None,
    *,
    hard_timeout: float | None = None,
    pages: PageRange | None = None,
) -> FileText:
    """read_file() in a forked child process that is killed (with its Tesseract) after `hard_timeout`.

    `file_timeout` is checked between pages and OCR calls have their own limit,
    but PDFium and Pillow run inside the process and cannot be interrupted: a
    file that hangs a parser is stopped only by killing the process reading it.
    A killed reading gives an `ocr_timeout` error.  POSIX only (fork); elsewhere
    this is read_file().
    """
    options = options or ReadOptions()
    limit = hard_timeout if hard_timeout is not None else options.file_timeout + HARD_TIMEOUT_MARGIN
    if not hasattr(os, "fork"):
        return read_file(path, root, options, cache, pages=pages)
    rfd, wfd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its own process group, so Tesseract dies with it
        status = 1
        try:
            os.close(rfd)
            os.setpgid(0, 0)
            data = pickle.dumps(read_file(path, root, options, cache, pages=pages))
            view = memoryview(data)
            while view:
                view = view[os.write(wfd, view):]
            status = 0
        finally:
            os._exit(status)
    os.close(wfd)
    chunks: list[bytes] = []
    deadline = time.monotonic() + limit
    killed = False
    try:
        while True:
            remaining = deadline - time.monotonic()
            ready, _, _ = select.select([rfd], [], [], max(0.0, remaining))
            if not ready:
                killed = True
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(pid, signal.SIGKILL)
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
                break
            chunk = os.read(rfd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(rfd)
        os.waitpid(pid, 0)
    if not killed and chunks:
        with contextlib.suppress(pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
            result = pickle.loads(b"".join(chunks))  # our own child's FileText
            if isinstance(result, FileText):
                return result
    path = Path(path)
    relpath = read.relpath(path, root)
    detail = f"reading was stopped after {limit:g} s" if killed else "the reading process failed"
    return FileText(str(path), relpath, "unknown", "", 0, error=ReadError("ocr_timeout" if killed else "read_failed", detail))




def complete_part(part: FileText, pages: PageRange) -> bool:
    """Whether a part of a file was read whole: no error, no page cut short by a time limit or
    an OCR failure, every page of its range there (as `_read_pages` decides for a whole file)."""
    if part.error is not None:
        return False
    wanted = max(0, min(pages[1], part.page_count) - pages[0])
    cut = any((p.note or "").startswith(OCR_FAILED) or "time limit" in (p.note or "") for p in part.pages)
    return len(part.pages) == wanted and not cut


def join_parts(parts: Sequence[tuple[PageRange, FileText]]) -> FileText:
    """One file's reading from the readings of its page ranges, in page order.

    A part that failed (its process killed, say) leaves its pages without text, with its
    error as their note; the file fails only when every part did.
    """
    ordered = sorted(parts, key=lambda item: item[0])
    good = [part for _, part in ordered if part.error is None]
    if not good:
        return ordered[0][1]
    base = good[0]
    count = max(part.page_count for part in good)
    pages: list[Page] = []
    for (first, stop), part in ordered:
        if part.error is not None:
            note = f"{part.error.code}: {part.error.detail}" if part.error.detail else part.error.code
            pages.extend(Page(n + 1, "", TextSource.NONE, note=note) for n in range(first, min(stop, count)))
        else:
            pages.extend(part.pages)
    return replace(base, pages=tuple(pages), page_count=count)
