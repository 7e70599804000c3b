"""A short, deterministic fuzz run of the file readers on mutated sample files.

Small PDF, PNG, JPEG and TIFF samples are mutated (bit flips, truncations,
duplicated and zeroed chunks, overwritten headers) with a fixed seed; every
mutant must give a FileText, either with pages or with a ReadError whose code
is one docscheck documents, never an exception.  Real PDFium, Pillow and
Tesseract (with short time limits: most mutants are refused or blank long
before OCR).  Property tests of the zone, date and name readers live in
test_mrz.py, test_dates.py and test_names.py.
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from reportlab.pdfgen import canvas

from docscheck.messages import READ_ERRORS
from docscheck.model import FileText, TextSource
from docscheck.text import ReadOptions, read_file

SEED = 20260306
MUTANTS_PER_SAMPLE = 38  # x 4 samples: about 150 mutants
# Codes a reading may end with: each has a message with its fix, except read_failed (a parser
# exception docscheck did not foresee), which the fuzz run must never see.
KNOWN_CODES = set(READ_ERRORS) - {"read_failed"}
OPTIONS = ReadOptions(lang="eng", ocr_timeout=1.0, file_timeout=1.5, max_pages=2, zone_reread=False)


def _sample_image() -> Image.Image:
    # White with a mark too small to OCR: decodes quickly, and most damaged copies stay blank.
    img = Image.new("L", (96, 64), 255)
    ImageDraw.Draw(img).rectangle((10, 10, 13, 13), fill=0)
    return img


def _bytes(save: Callable[[io.BytesIO], None]) -> bytes:
    buf = io.BytesIO()
    save(buf)
    return buf.getvalue()


def _pdf(buf: io.BytesIO) -> None:
    c = canvas.Canvas(buf, pageCompression=0)
    c.drawString(72, 720, "Contrat de volontariat de l'association Solidarite Horizons")
    c.drawString(72, 696, "Mission d'accompagnement social, Lyon")
    c.showPage()
    c.drawString(72, 720, "Article 2 duree de la mission de volontariat")
    c.save()


SAMPLES: dict[str, Callable[[], bytes]] = {
    "pdf": lambda: _bytes(_pdf),
    "png": lambda: _bytes(lambda b: _sample_image().save(b, format="PNG")),
    "jpeg": lambda: _bytes(lambda b: _sample_image().convert("RGB").save(b, format="JPEG", quality=80)),
    "tiff": lambda: _bytes(lambda b: _sample_image().save(b, format="TIFF", save_all=True,
                                                          append_images=[_sample_image().rotate(180)])),
}


def mutate(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """One random damage to `data`, named."""
    buf = bytearray(data)
    n = len(buf)
    kind = rng.choice(["flip", "flip", "truncate", "duplicate", "zero", "header", "splice"])
    if kind == "flip":
        for _ in range(rng.randint(1, 8)):
            buf[rng.randrange(n)] ^= 1 << rng.randrange(8)
    elif kind == "truncate":
        buf = buf[: rng.randrange(1, n)]
    elif kind == "duplicate":
        start = rng.randrange(n)
        chunk = buf[start : start + rng.randint(1, 512)]
        at = rng.randrange(n)
        buf[at:at] = chunk * rng.randint(1, 4)
    elif kind == "zero":
        start = rng.randrange(n)
        buf[start : start + rng.randint(1, 256)] = bytes(min(n - start, 256))[: len(buf[start : start + 256])]
    elif kind == "header":
        at = rng.randrange(min(n, 64))
        buf[at : at + 4] = rng.choice([b"\xff\xff\xff\xff", b"\x00\x00\x00\x00", b"\x7f\xff\xff\xff"])
    else:  # splice: the tail of the file repeated from a random point (a resumed download)
        at = rng.randrange(n)
        buf = buf[:at] + buf[rng.randrange(n):]
    return kind, bytes(buf)


@pytest.fixture(scope="module")
def samples() -> dict[str, bytes]:
    return {name: make() for name, make in SAMPLES.items()}


def test_samples_themselves_are_read(samples: dict[str, bytes], tmp_path: Path) -> None:
    for name, data in samples.items():
        (tmp_path / f"sample.{name}").write_bytes(data)
        f = read_file(tmp_path / f"sample.{name}", options=OPTIONS)
        assert f.error is None and f.pages, (name, f.error)
    assert read_file(tmp_path / "sample.pdf", options=OPTIONS).pages[0].source is TextSource.TEXT_LAYER
    assert read_file(tmp_path / "sample.png", options=OPTIONS).pages[0].note == "blank page"


def _check(f: FileText, what: str) -> None:
    if f.error is not None:
        assert f.error.code in KNOWN_CODES, (what, f.error)
        assert f.pages == ()
    else:
        assert f.pages, what
        assert 1 <= len(f.pages) <= OPTIONS.max_pages and f.page_count >= len(f.pages)
        for page in f.pages:
            assert isinstance(page.text, str)


@pytest.mark.parametrize("name", list(SAMPLES))
def test_mutants_never_raise(name: str, samples: dict[str, bytes], tmp_path: Path) -> None:
    rng = random.Random(f"{SEED}-{name}")
    outcomes: dict[str, int] = {}
    for i in range(MUTANTS_PER_SAMPLE):
        kind, data = mutate(samples[name], rng)
        path = tmp_path / f"mutant_{i:03d}.{name}"
        path.write_bytes(data)
        f = read_file(path, options=OPTIONS)  # must not raise
        _check(f, f"{name} #{i} ({kind})")
        key = f.error.code if f.error else "read"
        outcomes[key] = outcomes.get(key, 0) + 1
        path.unlink()
    # The run exercised the failure paths, not only the happy one.
    assert sum(n for code, n in outcomes.items() if code != "read") > 0, outcomes
