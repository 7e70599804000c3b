"""Real phone photos of a one-page document, clean or spoiled with one known defect (synth.degrade).

Shared by the tests that read them through the pipeline (the CLI, the web page); each picture is
drawn once per test process.
"""

from __future__ import annotations

import io
import random
from functools import cache
from pathlib import Path

from PIL import Image, ImageOps

from synth import make_context, render
from synth.degrade import RETAKE_STRENGTH, cut_off, degrade

SEED = 4242
# The defect each spoiled photo has, and the reason a person (and docscheck) gives for it.
REASON = {"blur": "blurred", "dark": "too_dark", "cut_off": "cut_off"}


@cache
def _photo() -> Image.Image:
    """A one-page bill as a phone photo, decoded as the pipeline decodes it."""
    file = render("bill", make_context(random.Random(SEED)), "photo", random.Random(SEED), variant="upright")[0]
    with Image.open(io.BytesIO(file.data)) as img:
        return ImageOps.exif_transpose(img).convert("RGB")


@cache
def photo_bytes(defect: str = "good") -> bytes:
    """The photo as a JPEG file: as taken (`good`) or spoiled by `defect` at its retake strength."""
    page = _photo()
    if defect == "cut_off":
        page = cut_off(page, RETAKE_STRENGTH["cut_off"], "right")[0]
    elif defect != "good":
        page = degrade(page, defect, rng=random.Random(SEED))[0]
    out = io.BytesIO()
    page.save(out, "JPEG", quality=92)
    return out.getvalue()


def write_photo(folder: Path, name: str, defect: str = "good") -> Path:
    path = folder / name
    path.write_bytes(photo_bytes(defect))
    return path
