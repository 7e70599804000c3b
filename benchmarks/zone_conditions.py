"""The specimen images under the capture conditions real uploads show: what `docscheck classify
IMAGE --format json` then gives, condition by condition.

THESE IMAGES ARE A DEVELOPMENT SET (../shared/external): the zone reader was tuned while looking
at them, and the conditions below were chosen from the failures issue 12 lists on another set of
real images (not available here).  The conditions are simulated on the specimens, so the figures
say how the reader holds up under each kind of capture, not how it does on documents nobody here
has seen.

Conditions (each applied to the specimen image as decoded, EXIF turn applied):
- plain: the image as it is;
- turned_90: the pixels turned a quarter turn (a phone held sideways);
- exif_turn: the pixels turned a quarter turn and an EXIF tag saying to turn them back;
- exif_wrong: upright pixels with an EXIF tag saying to turn them (a camera that tagged wrongly);
- tilted_30: turned 30 degrees on a white ground;
- dim_512: shrunk to 512 pixels on its long side and darkened to 45%;
- infrared: the red channel alone, its contrast flattened (what an infrared capture keeps);
- ultraviolet: dark violet paper with the print barely darker (a capture under UV light);
- zone_strip: only the zone's band, cropped where Tesseract sees its fillers;
- highlighted: a translucent highlighter over the zone band and a pen circle on its second line.

Counted on the images whose zone is valid: all four zone fields right (number, birth, expiry,
nationality) and, the figure that must stay 0, any field wrong while the zone is reported verified.

    .venv/bin/python benchmarks/zone_conditions.py [--conditions a,b,...] [--jobs N] [-v] [NAME-FILTER...]
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytesseract
from PIL import Image, ImageChops, ImageDraw, ImageEnhance, ImageOps
from specimens import EXTERNAL, specimen_rows  # this folder is on sys.path

ROOT = Path(__file__).resolve().parents[1]
AS_OF = "2026-01-01"
Box = tuple[int, int, int, int]
CONDITIONS = ("plain", "turned_90", "exif_turn", "exif_wrong", "tilted_30", "dim_512", "infrared", "ultraviolet",
              "zone_strip", "highlighted")
EXIF_TURN_CLOCKWISE = 6  # EXIF orientation: turn 90 degrees clockwise to display


def _zone_run(word: str) -> bool:
    """A long run of the zone's characters: a zone line whose fillers Tesseract read as letters."""
    return len(word) >= 20 and sum(c.isupper() or c.isdigit() or c == "<" for c in word) >= 0.9 * len(word)


def zone_band(image: Image.Image) -> Box | None:
    """Where Tesseract sees words of three fillers or more, or None (independent of docscheck's own search)."""
    d = pytesseract.image_to_data(image.convert("L"), config="--psm 11", output_type=pytesseract.Output.DICT)
    boxes = [(d["left"][i], d["top"][i], d["left"][i] + d["width"][i], d["top"][i] + d["height"][i])
             for i, t in enumerate(d["text"]) if t.count("<") >= 3 or _zone_run(t)]
    if not boxes:
        return None
    return min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)


def _line_height(image: Image.Image, band: Box) -> float:
    """The height of the zone's capitals in the band: the smallest word height Tesseract gave there."""
    d = pytesseract.image_to_data(image.convert("L").crop(band), config="--psm 11", output_type=pytesseract.Output.DICT)
    heights = [d["height"][i] for i, t in enumerate(d["text"]) if len(t) >= 5]
    return float(min(heights)) if heights else (band[3] - band[1]) / 2


def apply(condition: str, image: Image.Image, band: Box | None) -> tuple[Image.Image, int | None] | None:
    """The image under `condition`, and the EXIF orientation to save with it; None when the
    condition needs the zone's band and it was not seen."""
    rgb = image.convert("RGB")
    w, h = rgb.size
    if condition == "plain":
        return rgb, None
    if condition == "turned_90":
        return rgb.rotate(90, expand=True), None
    if condition == "exif_turn":
        return rgb.rotate(90, expand=True), EXIF_TURN_CLOCKWISE
    if condition == "exif_wrong":
        return rgb, EXIF_TURN_CLOCKWISE
    if condition == "tilted_30":
        return rgb.rotate(30, expand=True, fillcolor=(255, 255, 255), resample=Image.Resampling.BICUBIC), None
    if condition == "dim_512":
        s = 512 / max(w, h)
        small = rgb.resize((round(w * s), round(h * s)), Image.Resampling.LANCZOS)
        return ImageEnhance.Brightness(small).enhance(0.45), None
    if condition == "infrared":
        red = ImageEnhance.Contrast(rgb.split()[0]).enhance(0.6)
        return ImageOps.autocontrast(red, cutoff=1).point(lambda v: int(60 + v * 0.6)).convert("RGB"), None
    if condition == "ultraviolet":
        g = rgb.convert("L")
        return Image.merge("RGB", [g.point(lambda v: int(20 + v * 0.25)), g.point(lambda v: int(5 + v * 0.1)),
                                   g.point(lambda v: int(40 + v * 0.45))]), None
    if band is None:
        return None
    x0, y0, x1, y1 = band
    if condition == "zone_strip":
        # the band Tesseract saw may miss a line: grown by a line's pitch above and below (a close-up
        # of the zone, with at most a line of other print), across the document's width
        m = max(4, round(2.0 * _line_height(image, band)))
        return rgb.crop((0, max(0, y0 - m), w, min(h, y1 + m))), None
    if condition == "highlighted":
        ink = Image.new("RGB", rgb.size, (255, 255, 255))
        ImageDraw.Draw(ink).rectangle((x0, y0, x1, y1), fill=(255, 236, 70))
        marked = ImageChops.multiply(rgb, ink)
        mid = (y0 + y1) // 2
        ImageDraw.Draw(marked).ellipse((x0, mid, x0 + (x1 - x0) // 4, y1 + (y1 - y0) // 4), outline=(210, 30, 40),
                                       width=max(2, (y1 - y0) // 30))
        return marked, None
    raise ValueError(condition)


def _yymmdd(iso: object) -> str:
    s = str(iso or "")
    return s[2:4] + s[5:7] + s[8:10] if len(s) == 10 else ""


@dataclass(frozen=True)
class Outcome:
    condition: str
    image: str
    right: bool
    wrong_verified: bool
    type: str
    got: tuple[str, ...]


def classify(path: Path) -> dict[str, object]:
    cmd = [sys.executable, "-m", "docscheck", "classify", str(path), "--format", "json", "--workers", "1",
           "--no-cache", "--quiet", "--as-of", AS_OF]
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=600)
    try:
        docs = json.loads(out.stdout)["documents"]
    except (ValueError, KeyError):
        return {"type": "error"}
    return docs[0] if docs else {"type": "error"}


def run_one(condition: str, row: dict[str, str], image: Image.Image, band: Box | None, folder: Path) -> Outcome | None:
    made = apply(condition, image, band)
    if made is None:
        return None
    img, tag = made
    path = folder / f"{condition}__{row['image'].replace('/', '_')}.jpg"
    if tag is None:
        img.save(path, quality=92)
    else:
        exif = Image.Exif()
        exif[0x0112] = tag
        img.save(path, quality=92, exif=exif)
    doc = classify(path)
    f = doc.get("fields") or {}
    assert isinstance(f, dict)
    got = (str(f.get("document_number") or ""), _yymmdd(f.get("date_of_birth")),
           _yymmdd(f.get("expiry_date") or f.get("valid_until")), str(f.get("nationality") or ""))
    want = (row["document_number"], row["birth_date"], row["expiry_date"], row["nationality"])
    zone = doc.get("zone")
    verified = isinstance(zone, dict) and zone.get("valid") is True
    return Outcome(condition, row["image"], got == want, verified and got != want, str(doc.get("type")), got)


def main(argv: list[str]) -> int:
    if "-h" in argv or "--help" in argv:
        print(__doc__)
        return 0
    conditions, jobs, verbose, names = list(CONDITIONS), 2, False, []
    it = iter(argv)
    for a in it:
        if a == "--conditions":
            conditions = next(it, "").split(",")
        elif a == "--jobs":
            jobs = int(next(it, "2"))
        elif a == "-v":
            verbose = True
        else:
            names.append(a)
    unknown = set(conditions) - set(CONDITIONS)
    if unknown:
        print(f"unknown conditions: {', '.join(sorted(unknown))}; known: {', '.join(CONDITIONS)}")
        return 2
    rows = specimen_rows(names)
    if rows is None:
        return 0
    rows = [r for r in rows if r["expected_valid"] == "true"]
    print("DEVELOPMENT SET: these specimen images were looked at while tuning the reader; the conditions are")
    print("simulated on them.  `docscheck classify IMAGE --format json`, one subprocess per image.")
    tasks = []
    for row in rows:
        image = ImageOps.exif_transpose(Image.open(EXTERNAL / row["image"]))
        image.load()
        band = zone_band(image) if {"zone_strip", "highlighted"} & set(conditions) else None
        tasks += [(c, row, image, band) for c in conditions]
    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        outcomes = [o for o in pool.map(lambda t: run_one(*t, Path(tmp)), tasks) if o is not None]
    print(f"{'condition':12s} {'images':>6s} {'right':>6s} {'share':>7s} {'wrong but verified':>19s}")
    for c in conditions:
        mine = [o for o in outcomes if o.condition == c]
        right = sum(o.right for o in mine)
        wrong = sum(o.wrong_verified for o in mine)
        print(f"{c:12s} {len(mine):6d} {right:6d} {100 * right / max(len(mine), 1):6.1f}% {wrong:19d}")
    if verbose:
        for o in outcomes:
            if not o.right:
                flag = "WRONG BUT VERIFIED" if o.wrong_verified else ""
                print(f"  {o.condition:12s} {o.image}: {o.type} {o.got} {flag}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
