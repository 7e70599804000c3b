"""Zone reading on real specimen images: ../shared/external/mrz_vectors.tsv rows with an image.

For each image: read as the pipeline reads an image page (`docscheck.text.ocr_page`: fitted, turned
and straightened where needed, OCR'd, and the zone re-read with `read_zone_from_image` where the
page text shows a zone or reads poorly), then `find_zones` on both texts; a specimen
counts as read when the document number, birth date, expiry date and nationality all match the
verified transcription.  Wrong readings reported as verified are counted apart: there must be none.

Timings: "page OCR + zone" is what the pipeline spends; "zone only" is `read_zone_from_image(image,
None)` from the image as it is, searching the zone band itself without the page OCR (the fair
comparison with an MRZ-only reader such as PassportEye), measured in a second pass whose accuracy
is reported too.

    .venv/bin/python benchmarks/specimens.py [-v] [--zone-only | --pipeline-only] [--passporteye PYTHON] [NAME-FILTER...]

--zone-only skips the pipeline pass, --pipeline-only the zone-only one.  --passporteye PYTHON runs PassportEye (MIT) side by side from
another Python environment where it is installed (it is not a docscheck dependency), e.g.
`python3 -m venv /tmp/pe && /tmp/pe/bin/pip install passporteye`, then `--passporteye /tmp/pe/bin/python`;
skipped with a message when that interpreter cannot import it.
"""

from __future__ import annotations

import csv
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PIL import Image, ImageOps

from docscheck.model import Zone
from docscheck.mrz import find_zones, read_zone_from_image
from docscheck.text import ReadOptions, ocr_page

# Beside the repository; DOCSCHECK_EXTERNAL names it for a checkout elsewhere (a git worktree).
EXTERNAL = Path(os.environ.get("DOCSCHECK_EXTERNAL") or Path(__file__).resolve().parents[2] / "shared" / "external")
TODAY = date(2026, 1, 1)
Fields = tuple[str, str, str, str]

# Run inside PassportEye's environment: one JSON line per image (fields, seconds).
_PASSPORTEYE = r"""
import json, sys, time
from passporteye import read_mrz
for path in sys.argv[1:]:
    t0 = time.perf_counter()
    try:
        m = read_mrz(path)
    except Exception:
        m = None
    dt = time.perf_counter() - t0
    d = m.to_dict() if m is not None else {}
    got = [d.get("number", "").rstrip("<"), d.get("date_of_birth", ""), d.get("expiration_date", ""),
           d.get("nationality", "").rstrip("<")]
    print(json.dumps({"path": path, "got": got, "valid": d.get("valid_score", 0) == 100, "seconds": dt}), flush=True)
"""


def _fields(z: Zone) -> Fields:
    return (
        z.document_number,
        z.birth_date.strftime("%y%m%d") if z.birth_date else "",
        z.expiry_date.strftime("%y%m%d") if z.expiry_date else "",
        z.nationality,
    )


def _best(texts: list[str]) -> Zone | None:
    zones = [z for t in texts for z in find_zones(t, today=TODAY)]
    zones.sort(key=lambda z: (z.valid, -len(z.failed_checks)), reverse=True)
    return zones[0] if zones else None


def _pipeline(image: Image.Image) -> Zone | None:
    page = ocr_page(image, 1, ReadOptions())
    return _best([page.zone_text or "", page.text])


def _zone_only(image: Image.Image) -> Zone | None:
    return _best([read_zone_from_image(image, None) or ""])


def _report(title: str, results: list[tuple[str, Fields, Fields, bool, float]], verbose: bool) -> None:
    n = len(results)
    ok = sum(got == want for _, got, want, _, _ in results)
    false_valid = [name for name, got, want, valid, _ in results if valid and got != want]
    times = [t for *_, t in results]
    print(f"{title}: read right {ok}/{n} = {100 * ok / max(n, 1):.1f}%, wrong but reported valid {len(false_valid)}"
          f", seconds per image median {statistics.median(times):.2f} mean {statistics.mean(times):.2f}")
    for name, got, want, valid, _ in results:
        if got != want and verbose:
            print(f"  FAIL {name}: got {got} want {want} valid={valid}")


def _run(rows: list[dict[str, str]], read: Callable[[Image.Image], Zone | None], verbose: bool,
         label: str) -> list[tuple[str, Fields, Fields, bool, float]]:
    results = []
    for r in rows:
        want = (r["document_number"], r["birth_date"], r["expiry_date"], r["nationality"])
        with Image.open(EXTERNAL / r["image"]) as im:
            image = ImageOps.exif_transpose(im).convert("RGB")
        t0 = time.perf_counter()
        zone = read(image)
        dt = time.perf_counter() - t0
        got = _fields(zone) if zone else ("", "", "", "")
        results.append((r["image"], got, want, bool(zone and zone.valid), dt))
        if verbose:
            print(f"{label} {'ok ' if got == want else 'BAD'} {dt:5.2f}s {r['image']} {got}", flush=True)
    return results


def _passporteye(python: str, rows: list[dict[str, str]], verbose: bool) -> list[tuple[str, Fields, Fields, bool, float]] | None:
    try:
        subprocess.run([python, "-c", "import passporteye"], check=True, capture_output=True, timeout=120)
    except (OSError, subprocess.SubprocessError):
        print(f"PassportEye: skipped ({python} cannot import passporteye)")
        return None
    paths = [str(EXTERNAL / r["image"]) for r in rows]
    out = subprocess.run([python, "-c", _PASSPORTEYE, *paths], capture_output=True, text=True, timeout=3600)
    by_path = {d["path"]: d for d in (json.loads(line) for line in out.stdout.splitlines() if line.startswith("{"))}
    results = []
    for r, path in zip(rows, paths, strict=True):
        d = by_path.get(path, {"got": ["", "", "", ""], "valid": False, "seconds": 0.0})
        want = (r["document_number"], r["birth_date"], r["expiry_date"], r["nationality"])
        got = tuple(d["got"])
        results.append((r["image"], got, want, bool(d["valid"]), float(d["seconds"])))  # type: ignore[arg-type]
        if verbose:
            print(f"passporteye {'ok ' if got == want else 'BAD'} {d['seconds']:5.2f}s {r['image']} {got}", flush=True)
    return results


def specimen_rows(names: list[str]) -> list[dict[str, str]] | None:
    """The rows of mrz_vectors.tsv that name an image (those whose image path holds one of `names`,
    when given); None, said on stdout, when the shared specimens are not beside the repository."""
    table = EXTERNAL / "mrz_vectors.tsv"
    if not table.exists():
        print(f"skipped: {table} not found (the shared specimens sit beside the repository)")
        return None
    rows = [r for r in csv.DictReader(table.open(encoding="utf-8"), delimiter="\t") if r["image"]]
    return [r for r in rows if any(n in r["image"] for n in names)] if names else rows


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    zone_only = "--zone-only" in argv
    pipeline_only = "--pipeline-only" in argv
    python = None
    args: list[str] = []
    it = iter(argv)
    for a in it:
        if a == "--passporteye":
            python = next(it, None)
        elif a not in ("-v", "--zone-only", "--pipeline-only"):
            args.append(a)
    rows = specimen_rows(args)
    if rows is None:
        return 0
    reports = []
    if not zone_only:
        reports.append(("docscheck, page OCR + zone", _run(rows, _pipeline, verbose, "page+zone")))
    if not pipeline_only:
        reports.append(("docscheck, zone only", _run(rows, _zone_only, verbose, "zone-only")))
    if python:
        pe = _passporteye(python, rows, verbose)
        if pe is not None:
            reports.append(("PassportEye", pe))
    for title, results in reports:
        _report(title, results, verbose=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
