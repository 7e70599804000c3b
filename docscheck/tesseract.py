"""The one module that talks to Tesseract.

Two ways to reach the same engine, chosen once per process:
- the Tesseract API through tesserocr, when it is installed: the engine and its
  French and English models stay loaded in the worker process between pages,
  which saves loading them again for every page;
- the `tesseract` command through pytesseract otherwise (or when
  DOCSCHECK_OCR_BACKEND=cli).
Both build the same arguments, apply a time limit to every call, read
Tesseract's TSV output the same way, and turn failures into docscheck's own
exceptions.  Every OCR in the project goes through `ocr()` or
`detect_orientation()`.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pytesseract
from PIL import Image

from docscheck.bounds import BASE_CONFIG as BASE_CONFIG  # public here too, as always
from docscheck.bounds import DEFAULT_TIMEOUT as DEFAULT_TIMEOUT
from docscheck.bounds import LANGUAGES as LANGUAGES
from docscheck.errors import MissingDependency, OcrFailed

# One OpenMP thread per Tesseract process: with several processes at once on a
# small machine, Tesseract's own threading makes each of them far slower.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")


@dataclass(frozen=True)
class OcrWord:
    text: str
    conf: float
    left: int
    top: int
    width: int
    height: int
    line: tuple[int, int, int]  # (block, paragraph, line) numbers from Tesseract


@dataclass(frozen=True)
class OcrResult:
    text: str
    words: tuple[OcrWord, ...]
    mean_confidence: float  # mean over words with a confidence, 0-100; 0 when none
    engine_messages: tuple[str, ...] = ()  # what the engine (Leptonica) complained of while reading

    def lines(self) -> list[list[OcrWord]]:
        """Words grouped by Tesseract line, in reading order."""
        grouped: dict[tuple[int, int, int], list[OcrWord]] = {}
        for w in self.words:
            grouped.setdefault(w.line, []).append(w)
        return list(grouped.values())


def backend() -> str:
    """`api` (tesserocr, engine kept loaded) or `cli` (the tesseract command, through pytesseract)."""
    wanted = os.environ.get("DOCSCHECK_OCR_BACKEND", "").lower()
    if wanted == "cli":
        return "cli"
    try:
        import tesserocr  # noqa: F401
    except ImportError:
        if wanted == "api":
            raise MissingDependency("DOCSCHECK_OCR_BACKEND=api needs tesserocr: pip install tesserocr") from None
        return "cli"
    return "api"


@lru_cache(maxsize=1)
def tessdata_dir() -> str:
    """Where Tesseract's language data lives (as the installed `tesseract` command reports it)."""
    if os.environ.get("TESSDATA_PREFIX"):
        return os.environ["TESSDATA_PREFIX"]
    out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    found = re.search(r'"([^"]+)"', out)
    if not found:
        raise MissingDependency("cannot find Tesseract's language data: run `make setup`")
    return found.group(1)


@lru_cache(maxsize=1)
def check_installed() -> str:
    """Return the engine's version (and how it is reached), or raise MissingDependency saying what to install."""
    if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
        raise MissingDependency(
            "Tesseract OCR is not installed: run `make setup` (or apt-get install "
            "tesseract-ocr tesseract-ocr-fra tesseract-ocr-eng tesseract-ocr-osd)"
        )
    langs = set(pytesseract.get_languages(config=""))
    missing = {"fra", "eng", "osd"} - langs
    if missing:
        raise MissingDependency(
            "Tesseract language data missing: "
            + ", ".join(sorted(missing))
            + " (apt-get install "
            + " ".join(f"tesseract-ocr-{m}" for m in sorted(missing))
            + ")"
        )
    if backend() == "api":
        import tesserocr

        return f"api {tesserocr.tesseract_version().splitlines()[0]} {tesserocr.__version__}"
    return f"cli {pytesseract.get_tesseract_version()}"


def _call(func, *args, **kwargs):  # type: ignore[no-untyped-def]
    try:
        return func(*args, **kwargs)
    except RuntimeError as exc:  # pytesseract raises RuntimeError on timeout
        raise OcrFailed(f"OCR timed out ({exc})") from exc
    except pytesseract.TesseractNotFoundError as exc:
        check_installed.cache_clear()
        raise MissingDependency("Tesseract OCR is not installed: run `make setup`") from exc
    except pytesseract.TesseractError as exc:
        raise OcrFailed(f"Tesseract failed: {exc.message}") from exc


# Engines kept loaded in this process, one per language set (api backend only).
_ENGINES: dict[str, Any] = {}
_ENGINE_LOCK = threading.Lock()  # one engine serves one page at a time, whatever the threads
_VARIABLE = re.compile(r"-c\s+(\w+)=(\S*)")


def _engine(lang: str) -> Any:
    engine = _ENGINES.get(lang)
    if engine is None:
        import tesserocr

        try:
            engine = tesserocr.PyTessBaseAPI(path=tessdata_dir(), lang=lang)
        except RuntimeError as exc:
            raise MissingDependency(f"Tesseract cannot load the {lang} language data: {exc}") from exc
        _ENGINES[lang] = engine
    return engine


# The machine-readable zone's characters are read with the English model alone (mrz.reread).
ZONE_LANGUAGE = "eng"


def preload(lang: str = LANGUAGES) -> None:
    """Load the engines now (api backend), so that processes forked from this one start with them loaded:
    the page's languages, orientation detection's, and the zone reader's (an image of an identity
    document, the usual OCR'd upload, has its zone re-read)."""
    if backend() == "api":
        with _ENGINE_LOCK:
            _engine(lang)
            _engine("osd")
            _engine(ZONE_LANGUAGE)


@atexit.register
def _end_engines() -> None:
    for engine in _ENGINES.values():
        engine.End()
    _ENGINES.clear()


_TSV_COLUMNS = ("level", "page_num", "block_num", "par_num", "line_num", "word_num",
                "left", "top", "width", "height", "conf", "text")


@contextlib.contextmanager
def _engine_stderr() -> Iterator[list[str]]:
    """Keep what the C libraries write on file descriptor 2 during the block off the terminal.

    Leptonica, under Tesseract, writes its complaints ("Error in pixClone: pixs not
    defined", "Error in boxClipToRectangle: box outside rectangle") straight to fd 2, past
    Python's sys.stderr; only docscheck's own output may reach the user.  The lines are in the
    yielded list once the block ends.  fd 2 belongs to the whole process: callers hold
    _ENGINE_LOCK, and docscheck reads files in single-threaded processes.
    """
    lines: list[str] = []
    with tempfile.TemporaryFile() as sink:  # a file, not a pipe: a chatty engine cannot block on it
        sys.stderr.flush()
        saved = os.dup(2)
        os.dup2(sink.fileno(), 2)
        try:
            yield lines
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            sink.seek(0)
            lines.extend(line for line in sink.read().decode("utf-8", "replace").splitlines() if line.strip())


def _api_data(image: Image.Image, lang: str, psm: int, config: str, timeout: float) -> tuple[dict[str, list[Any]], list[str]]:
    with _ENGINE_LOCK, _engine_stderr() as messages:
        tsv = _api_tsv(_engine(lang), image, psm, config, timeout)
    data: dict[str, list[Any]] = {c: [] for c in _TSV_COLUMNS}
    for row in tsv.splitlines():
        cells = row.split("\t")
        if len(cells) != len(_TSV_COLUMNS) or not cells[0].isdigit():
            continue
        for column, cell in zip(_TSV_COLUMNS, cells, strict=True):
            data[column].append(cell)
    return data, messages


def _api_tsv(engine: Any, image: Image.Image, psm: int, config: str, timeout: float) -> str:
    variables = _VARIABLE.findall(config)
    saved = {name: engine.GetVariableAsString(name) or "" for name, _ in variables}
    try:
        engine.SetPageSegMode(psm)
        for name, value in variables:
            engine.SetVariable(name, value)
        engine.SetImage(image)
        if not engine.Recognize(timeout=int(timeout * 1000)):
            raise OcrFailed(f"OCR timed out or failed (limit {timeout:.0f} s)")
        return str(engine.GetTSVText(0))
    finally:
        for name, value in saved.items():
            engine.SetVariable(name, value)


def ocr(
    image: Image.Image,
    *,
    lang: str = LANGUAGES,
    psm: int = 3,
    config: str = "",
    timeout: float = DEFAULT_TIMEOUT,
) -> OcrResult:
    """OCR one image and return its text, words with boxes, and mean confidence."""
    config = f"{BASE_CONFIG} {config}".strip()
    messages: list[str] = []  # the command's own stderr never reaches the terminal: pytesseract keeps it
    if backend() == "api":
        data, messages = _api_data(image, lang, psm, config, timeout)
    else:
        data = _call(
            pytesseract.image_to_data,
            image,
            lang=lang,
            config=f"--psm {psm} {config}".strip(),
            timeout=timeout,
            output_type=pytesseract.Output.DICT,
        )
    words: list[OcrWord] = []
    lines: list[str] = []
    current: tuple[int, int, int] | None = None
    parts: list[str] = []
    last_block = None
    for i, text in enumerate(data["text"]):
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        if int(data["level"][i]) != 5:
            continue
        text = (text or "").strip()
        if not text:
            continue
        if key != current:
            if parts:
                lines.append(" ".join(parts))
            if last_block is not None and key[0] != last_block:
                lines.append("")
            parts = []
            current = key
            last_block = key[0]
        parts.append(text)
        words.append(
            OcrWord(
                text=text,
                conf=float(data["conf"][i]),
                left=int(data["left"][i]),
                top=int(data["top"][i]),
                width=int(data["width"][i]),
                height=int(data["height"][i]),
                line=key,
            )
        )
    if parts:
        lines.append(" ".join(parts))
    confs = [w.conf for w in words if w.conf >= 0]
    mean = sum(confs) / len(confs) if confs else 0.0
    return OcrResult(text="\n".join(lines), words=tuple(words), mean_confidence=mean, engine_messages=tuple(messages))


@dataclass(frozen=True)
class Orientation:
    rotate: int  # degrees clockwise to apply to make the page upright
    confidence: float


def detect_orientation(image: Image.Image, *, timeout: float = 30.0) -> Orientation | None:
    """Tesseract's orientation guess (OSD), or None when it cannot tell."""
    if backend() == "api":
        with _ENGINE_LOCK, _engine_stderr():  # a page too small or too empty to tell makes Leptonica complain
            engine = _engine("osd")
            engine.SetPageSegMode(0)  # orientation and script detection only
            engine.SetImage(image)
            found = engine.DetectOrientationScript()
        if not found:
            return None
        # orient_deg is how far the page is turned clockwise; undoing it is the rest of the circle.
        return Orientation(rotate=(360 - int(found["orient_deg"])) % 360, confidence=float(found["orient_conf"]))
    try:
        osd = _call(
            pytesseract.image_to_osd,
            image,
            config="--psm 0 -c min_characters_to_try=10",
            timeout=timeout,
            output_type=pytesseract.Output.DICT,
        )
    except OcrFailed:
        return None
    # Tesseract's "rotate" is the clockwise rotation that makes the text upright.
    return Orientation(rotate=int(osd.get("rotate", 0)) % 360, confidence=float(osd.get("orientation_conf", 0.0)))
