"""Nothing but docscheck's own output reaches the terminal: Leptonica's complaints are kept off it.

Leptonica (under Tesseract) writes lines such as "Error in pixClone: pixs not
defined" straight to file descriptor 2 while it reads some images; tesseract.py
catches them around every engine call.  These tests run `docscheck extract` in a
subprocess and look at its real stderr.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from docscheck import tesseract

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SPECIMENS = Path("/work/shared/external/passporteye/testdata")

# The engine call made to complain on fd 2 the way Leptonica does, from C's side of Python.
_COMPLAINING_ENGINE = r"""
import os, sys
from docscheck import tesseract
real = tesseract._api_tsv
def complaining(*args, **kwargs):
    os.write(2, b"Error in pixClone: pixs not defined\nError in boxClipToRectangle: box outside rectangle\n")
    return real(*args, **kwargs)
tesseract._api_tsv = complaining
from docscheck.cli import main
sys.argv[0] = "docscheck"
main()
"""


def _extract(tmp_path: Path, *args: str, script: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DOCSCHECK_CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-c", script] if script else [sys.executable, "-m", "docscheck"]
    return subprocess.run([*command, "extract", "--no-cache", "--workers", "1", *args], capture_output=True,
                          text=True, timeout=300, env=env)


def _scan(path: Path) -> Path:
    img = Image.new("L", (1100, 240), 255)
    draw = ImageDraw.Draw(img)
    for i, line in enumerate(["CONTRAT DE VOLONTARIAT", "Association Solidarite Horizons"]):
        draw.text((40, 30 + 95 * i), line, font=ImageFont.truetype(FONT, 48), fill=0)
    img.save(path)
    return path


@pytest.mark.skipif(tesseract.backend() != "api", reason="the tesseract command's stderr is pytesseract's, never the terminal's")
def test_engine_complaints_never_reach_the_terminal(tmp_path: Path) -> None:
    out = _extract(tmp_path, str(_scan(tmp_path / "scan.png")), script=_COMPLAINING_ENGINE)
    assert out.returncode == 0, out.stderr
    assert "VOLONTARIAT" in out.stdout.replace(" ", "")
    assert "Error in" not in out.stderr and "Error in" not in out.stdout


def test_captured_lines_are_kept_and_fd_2_is_restored() -> None:
    with tesseract._engine_stderr() as lines:
        os.write(2, b"Error in pixClone: pixs not defined\n")
    assert lines == ["Error in pixClone: pixs not defined"]
    os.fstat(2)  # still open, back where it was


@pytest.mark.skipif(not SPECIMENS.is_dir(), reason="the public specimen images are not on this machine")
def test_a_specimen_photo_reads_without_engine_noise(tmp_path: Path) -> None:
    out = _extract(tmp_path, str(SPECIMENS / "43_pass-fra.jpg"))
    assert out.returncode == 0, out.stderr
    assert "Error in" not in out.stderr
