"""Reading zones from text must stay light: no PIL, numpy or Tesseract wrapper loaded.

Checked in a fresh interpreter, since this test run has long imported them.
"""

from __future__ import annotations

import subprocess
import sys

_PROGRAM = """
import sys
from datetime import date

import docscheck.mrz
from docscheck.mrz import check_digit, find_zones, parse_zone

zone = parse_zone(
    ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"],
    today=date(2010, 1, 1),
)
assert zone is not None and zone.valid and zone.document_number == "L898902C3", zone
assert check_digit("L898902C3") == "6"
heavy = sorted(m for m in ("PIL", "numpy", "docscheck.tesseract", "docscheck.mrz.reread") if m in sys.modules)
print(",".join(heavy))
"""


def test_reading_zones_from_text_loads_no_image_library() -> None:
    done = subprocess.run([sys.executable, "-c", _PROGRAM], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", f"imported: {done.stdout.strip()}"


def test_read_zone_from_image_is_still_importable_from_the_package() -> None:
    from docscheck.mrz import read_zone_from_image
    from docscheck.mrz.reread import read_zone_from_image as direct

    assert read_zone_from_image is direct
