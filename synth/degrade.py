"""Page images spoiled on purpose, with the defect and its strength as truth.

Each function takes a rendered page (a `png` or `photo` rendering, decoded) and
returns the spoiled image with a `Defect` saying what was done and how strongly,
so that tests and benchmarks/legibility.py know what a legibility check should say.
Strengths are in units a person can picture: a blur radius in pixels, exposure
in photographic stops, the share of the page under a glare patch or cut away,
the factor the picture was shrunk by.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter

# The defects, and the strength at which a person looking at a page rendered by the
# generator (text of 8-11 pt at 170 dpi) would ask for a retake.
RETAKE_STRENGTH = {
    "blur": 3.5,  # Gaussian radius in pixels: letters run together, small print is guesswork
    "dark": 2.5,  # stops under: the paper is a dark grey, ink barely darker
    "overexposed": 2.0,  # stops over, towards white: ink a pale grey on white
    "glare": 0.12,  # share of the page washed white by a reflection
    "cut_off": 0.25,  # share of the picture's width or height missing
    "low_resolution": 0.3,  # the picture shrunk to this share of its size (170 dpi -> about 50)
}


@dataclass(frozen=True)
class Defect:
    defect: str  # a key of RETAKE_STRENGTH
    strength: float


def _array(image: Image.Image) -> np.ndarray:
    return np.asarray(image, dtype=np.float32)


def _image(values: np.ndarray, mode: str) -> Image.Image:
    return Image.fromarray(np.clip(values, 0, 255).astype(np.uint8), mode)


def blur(image: Image.Image, radius: float) -> tuple[Image.Image, Defect]:
    """Out of focus (or shaken): a Gaussian blur of `radius` pixels."""
    return image.filter(ImageFilter.GaussianBlur(radius)), Defect("blur", radius)


def dark(image: Image.Image, stops: float) -> tuple[Image.Image, Defect]:
    """Under-exposed by `stops`: every value divided by 2**stops."""
    return _image(_array(image) / 2.0**stops, image.mode), Defect("dark", stops)


def overexposed(image: Image.Image, stops: float) -> tuple[Image.Image, Defect]:
    """Washed out towards white by `stops`: the distance to white divided by 2**stops."""
    return _image(255.0 - (255.0 - _array(image)) / 2.0**stops, image.mode), Defect("overexposed", stops)


def glare(image: Image.Image, area: float, rng: random.Random) -> tuple[Image.Image, Defect]:
    """A flash or lamp reflection: a soft white patch over `area` of the picture, near its middle."""
    w, h = image.size
    radius = (area * w * h / np.pi) ** 0.5  # the patch's core (washed over half-way or more) is a disc
    cx = w * rng.uniform(0.35, 0.65)
    cy = h * rng.uniform(0.3, 0.7)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    d2 = ((xx - cx) ** 2 + (yy - cy) ** 2) / radius**2
    wash = np.clip(1.25 * np.exp(-np.log(2) * d2**2), 0.0, 1.0)  # flat white core, soft rim
    a = _array(image)
    if a.ndim == 3:
        wash = wash[..., None]
    return _image(a + (255.0 - a) * wash, image.mode), Defect("glare", area)


def cut_off(image: Image.Image, fraction: float, side: str) -> tuple[Image.Image, Defect]:
    """Framed too tight: `fraction` of the picture missing on `side` (left, right, top or bottom)."""
    w, h = image.size
    dx, dy = round(w * fraction), round(h * fraction)
    box = {"left": (dx, 0, w, h), "right": (0, 0, w - dx, h), "top": (0, dy, w, h), "bottom": (0, 0, w, h - dy)}[side]
    return image.crop(box), Defect("cut_off", fraction)


def low_resolution(image: Image.Image, factor: float) -> tuple[Image.Image, Defect]:
    """Taken from too far or sent shrunk: the picture resized to `factor` of its size."""
    size = (max(1, round(image.width * factor)), max(1, round(image.height * factor)))
    return image.resize(size, Image.Resampling.LANCZOS), Defect("low_resolution", factor)


def degrade(image: Image.Image, defect: str, strength: float | None = None,
            rng: random.Random | None = None) -> tuple[Image.Image, Defect]:
    """Apply one defect by name, at `strength` (by default the retake strength)."""
    rng = rng or random.Random(0)
    s = RETAKE_STRENGTH[defect] if strength is None else strength
    spoil: dict[str, Callable[[], tuple[Image.Image, Defect]]] = {
        "blur": lambda: blur(image, s),
        "dark": lambda: dark(image, s),
        "overexposed": lambda: overexposed(image, s),
        "glare": lambda: glare(image, s, rng),
        "cut_off": lambda: cut_off(image, s, rng.choice(("left", "right", "top", "bottom"))),
        "low_resolution": lambda: low_resolution(image, s),
    }
    return spoil[defect]()
