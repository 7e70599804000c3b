"""Zone reading on real specimen images: ../shared/external/mrz_vectors.tsv rows with an image.

For each image: page OCR as the pipeline reads an image (`fit_for_ocr`, then `read_upright`:
turned and straightened where needed), then the zone re-read with `read_zone_from_image`
(always, even where the page text shows no zone hint), then `find_zones` on both texts; a specimen counts as read when the document
number, birth date, expiry date and nationality all match the verified transcription.

    .venv/bin/python benchmarks/specimens.py [-v] [NAME-FILTER]
"""

from __future__ import annotations

import csv
import statistics
import sys
import time
from datetime import date
from pathlib import Path

from PIL import Image, ImageOps

from docscheck.images import fit_for_ocr
from docscheck.model import Zone
from docscheck.mrz import find_zones, read_zone_from_image
from docscheck.orientation import read_upright

EXTERNAL = Path(__file__).resolve().parents[2] / "shared" / "external"
TODAY = date(2026, 1, 1)


def _fields(z: Zone) -> tuple[str, str, str, str]:
    return (
        z.document_number,
        z.birth_date.strftime("%y%m%d") if z.birth_date else "",
        z.expiry_date.strftime("%y%m%d") if z.expiry_date else "",
        z.nationality,
    )


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    table = EXTERNAL / "mrz_vectors.tsv"
    if not table.exists():
        print(f"skipped: {table} not found (the shared specimens sit beside the repository)")
        return 0
    rows = [r for r in csv.DictReader(table.open(encoding="utf-8"), delimiter="\t") if r["image"]]
    if args:
        rows = [r for r in rows if any(a in r["image"] for a in args)]
    ok = 0
    times: list[float] = []
    zone_times: list[float] = []
    failures: list[str] = []
    for r in rows:
        want = (r["document_number"], r["birth_date"], r["expiry_date"], r["nationality"])
        with Image.open(EXTERNAL / r["image"]) as im:
            image = ImageOps.exif_transpose(im).convert("RGB")
        t0 = time.perf_counter()
        upright = read_upright(fit_for_ocr(image))
        result = upright.ocr
        t1 = time.perf_counter()
        text = read_zone_from_image(upright.image, result)
        zones = find_zones(text or "", today=TODAY) + find_zones(result.text, today=TODAY)
        t2 = time.perf_counter()
        times.append(t2 - t0)
        zone_times.append(t2 - t1)
        zones.sort(key=lambda z: (z.valid, -len(z.failed_checks)), reverse=True)
        got = _fields(zones[0]) if zones else ("", "", "", "")
        good = got == want
        ok += good
        if not good:
            failures.append(f"{r['image']}: got {got} want {want} valid={zones[0].valid if zones else None}")
        if verbose:
            print(f"{'ok ' if good else 'BAD'} {t2 - t0:5.2f}s {r['image']} {got}", flush=True)
    n = len(rows)
    print(f"specimens read right: {ok}/{n} = {100 * ok / max(n, 1):.1f}%")
    print(f"seconds per image (page OCR + zone): median {statistics.median(times):.2f}, mean {statistics.mean(times):.2f}")
    print(f"seconds per image (zone only):       median {statistics.median(zone_times):.2f}, mean {statistics.mean(zone_times):.2f}")
    for f in failures:
        print("  FAIL", f)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
