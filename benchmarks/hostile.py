"""Hostile uploads: outcome, time and peak memory of reading each case of the hostile corpus.

Command (from the repository root):

    .venv/bin/python benchmarks/hostile.py            # every case, Markdown table on stdout
    .venv/bin/python benchmarks/hostile.py bomb 2000  # only the cases whose id contains a word

Each case of tests/test_hostile.py (plus a few larger ones: a 40-megapixel
photo, a folder of 10,000 files) is built in its own folder and checked by
docscheck in a fresh child process, the way `docscheck check --workers 1`
reads it (check_dossiers: each PDF or image read in a forked child killed at a
hard time limit), so the peak memory belongs to that case alone: the child's
own high-water resident set (VmHWM, fresh since its exec) and, separately, the
largest process it waited for: the forked reading process, with the Tesseract
engine it loads, or a `tesseract` command (RUSAGE_CHILDREN; an upper bound,
since Linux counts the forked copy of the parent).  The first row is the
baseline: a child that only imports docscheck.  Exits 1 when a case's outcome
differs from the one tests/test_hostile.py expects.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import test_hostile as corpus  # noqa: E402
from PIL import Image, ImageDraw, ImageFont  # noqa: E402

CHILD = r"""
import datetime, json, sys, time
from pathlib import Path
from docscheck.pipeline import RunOptions, check_dossiers
folder = Path(sys.argv[1])
started = time.perf_counter()
if sys.argv[2] == "none":
    results = []
else:
    report = check_dossiers([folder], as_of=datetime.date.today(), options=RunOptions(workers=1, use_cache=False))
    results = [doc.file for doc in report.dossiers[0].documents]
seconds = time.perf_counter() - started
codes = sorted({f.error.code if f.error else "read" for f in results})
import resource
hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
tess = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
pages = sum(len(f.pages) for f in results)
print(json.dumps({"rss_kib": hwm, "ocr_rss_kib": tess, "seconds": seconds, "files": len(results), "codes": codes, "pages": pages,
                  "page_count": sum(f.page_count for f in results),
                  "note": next((p.note for f in results for p in f.pages[-1:] if p.note and "limit" in p.note), "")}))
"""


def photo_40mp(d: Path) -> str:
    img = Image.new("L", (7300, 5480), 250)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(corpus.FONT, 160)
    for i, line in enumerate(corpus.SCAN_LINES):
        draw.text((400, 600 + 260 * i), line, font=font, fill=20)
    img.convert("RGB").save(d / "photo_40mp.jpg", quality=85)
    return "photo_40mp.jpg"


def ten_thousand_files(d: Path) -> str:
    many = d / "many"
    many.mkdir()
    for i in range(10_000):
        (many / f"note_{i:05d}.txt").write_bytes(b"x" * (1 + i % 7))
    return "many"


Case = tuple[str, Callable[[Path], str], str]


def cases() -> list[Case]:
    found: list[Case] = [("good-pdf", corpus.good_pdf, "read"), ("good-scan", corpus.good_scan, "read")]
    found += [(case_id, builder, code or "read") for case_id, builder, code, _ in corpus.BUILDERS]
    found += [("photo-40-megapixels", photo_40mp, "read"), ("folder-10000-files", ten_thousand_files,
                                                            "unsupported_format")]
    return found


def run_child(folder: Path, mode: str = "read") -> tuple[dict[str, object], float, int]:
    """Check `folder` as one dossier in a fresh Python; (its report, wall seconds, exit status)."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(folder), mode],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=str(ROOT))
    assert proc.stdout is not None and proc.stderr is not None
    out = proc.stdout.read()
    err = proc.stderr.read()
    proc.wait()
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        return {"codes": [f"CRASH {proc.returncode}: {err.decode(errors='replace')[-200:]}"]}, wall, proc.returncode
    return json.loads(out), wall, 0


def _mib(report: dict[str, object], key: str) -> str:
    value = report.get(key)
    return f"{int(value) // 1024}" if isinstance(value, int) and value else "-"


def main(words: list[str]) -> int:
    selected = [c for c in cases() if not words or any(w in c[0] for w in words)]
    failures = 0
    with tempfile.TemporaryDirectory(prefix="docscheck-hostile-") as tmp:
        base = Path(tmp)
        env_cache = base / "cache"
        os.environ["DOCSCHECK_CACHE_DIR"] = str(env_cache)  # children never touch the user's cache
        print("| input kind | expected | outcome | pages read / in file | read time (s) | peak RSS docscheck (MiB) "
              "| peak RSS reading process or Tesseract (MiB) |")
        print("|---|---|---|---|---|---|---|")
        report, wall, _ = run_child(base, "none")
        print(f"| (baseline: Python + docscheck imported, nothing read) | - | - | - | {report['seconds']:.2f} "
              f"| {_mib(report, 'rss_kib')} | - |")
        for case_id, builder, expected in selected:
            d = base / case_id / "dossier"
            d.mkdir(parents=True)
            builder(d)
            report, wall, _ = run_child(d)
            outcome = ", ".join(str(c) for c in report["codes"])  # type: ignore[attr-defined]
            ok = outcome == expected
            failures += not ok
            pages = f"{report.get('pages', 0)} / {report.get('page_count', 0)}"
            if report.get("files", 1) != 1:
                pages += f" ({report['files']} files)"
            mark = "" if ok else " **(unexpected)**"
            print(f"| {case_id} | {expected} | {outcome}{mark} | {pages} | {report.get('seconds', wall):.2f} "
                  f"| {_mib(report, 'rss_kib')} | {_mib(report, 'ocr_rss_kib')} |", flush=True)
            if case_id.startswith("nested"):
                corpus.remove_deep_chain(d)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
