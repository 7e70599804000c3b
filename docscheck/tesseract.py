"""The one module that talks to Tesseract (through pytesseract).

It builds the arguments, calls the engine with a time limit, and turns its
failures into docscheck's own exceptions.  Every OCR in the project goes
through `ocr()` or `detect_orientation()`.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from functools import lru_cache

import pytesseract
from PIL import Image

from docscheck.errors import MissingDependency, OcrFailed

LANGUAGES = "fra+eng"
DEFAULT_TIMEOUT = 120.0  # seconds for one OCR call

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

    def lines(self) -> list[list[OcrWord]]:
        """Words grouped by Tesseract line, in reading order."""
        grouped: dict[tuple[int, int, int], list[OcrWord]] = {}
        for w in self.words:
            grouped.setdefault(w.line, []).append(w)
        return list(grouped.values())


@lru_cache(maxsize=1)
def check_installed() -> str:
    """Return Tesseract's version, or raise MissingDependency saying what to install."""
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
    return str(pytesseract.get_tesseract_version())


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


def ocr(
    image: Image.Image,
    *,
    lang: str = LANGUAGES,
    psm: int = 3,
    config: str = "",
    timeout: float = DEFAULT_TIMEOUT,
) -> OcrResult:
    """OCR one image and return its text, words with boxes, and mean confidence."""
    cfg = f"--psm {psm} {config}".strip()
    data = _call(
        pytesseract.image_to_data,
        image,
        lang=lang,
        config=cfg,
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
    return OcrResult(text="\n".join(lines), words=tuple(words), mean_confidence=mean)


@dataclass(frozen=True)
class Orientation:
    rotate: int  # degrees clockwise to apply to make the page upright
    confidence: float


def detect_orientation(image: Image.Image, *, timeout: float = 30.0) -> Orientation | None:
    """Tesseract's orientation guess (OSD), or None when it cannot tell."""
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
