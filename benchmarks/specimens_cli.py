"""What a user gets from `docscheck classify IMAGE --format json` on the real specimen images.

THESE IMAGES ARE A DEVELOPMENT SET: the zone reader was tuned while looking at them, so the figures
below say how docscheck does on images it has seen, not on documents nobody here has seen.

The images are the rows of ../shared/external/mrz_vectors.tsv that name an image (as in
benchmarks/specimens.py), each with its verified transcription.  Each image goes through the CLI in
its own subprocess (`--workers 1 --no-cache`), so the time per image is what a user waits, start-up
included.  Counted:

- all four zone fields right (document number, birth date, expiry date, nationality), on the images
  whose zone is valid (target >= 90%);
- wrong but reported verified: the evidence names a verified zone ("zone TD3 P", without
  "(unverified)") and a field is wrong (target 0);
- a verified zone reported `unknown`, or any "no text" evidence on an image with a valid zone (target 0);
- the median seconds per image.

    .venv/bin/python benchmarks/specimens_cli.py [-v] [--jobs N] [NAME-FILTER...]

--jobs runs N subprocesses at once (default 1; times then include the contention).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from specimens import specimen_rows  # the same rows as the in-process benchmark (this folder is on sys.path)

EXTERNAL = Path(__file__).resolve().parents[2] / "shared" / "external"
ROOT = Path(__file__).resolve().parents[1]
AS_OF = "2026-01-01"
Fields = tuple[str, str, str, str]


@dataclass(frozen=True)
class Outcome:
    image: str
    want: Fields
    got: Fields
    expected_valid: bool
    type: str
    verified: bool  # the evidence names a verified zone
    evidence: tuple[str, ...]
    seconds: float


def _yymmdd(iso: object) -> str:
    s = str(iso or "")
    return s[2:4] + s[5:7] + s[8:10] if len(s) == 10 else ""


def _classify(path: Path) -> tuple[dict[str, object], float]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-m", "docscheck", "classify", str(path), "--format", "json", "--workers", "1",
           "--no-cache", "--quiet", "--as-of", AS_OF]
    t0 = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    dt = time.perf_counter() - t0
    try:
        docs = json.loads(out.stdout)["documents"]
    except (ValueError, KeyError):
        return {"type": "error", "fields": {}, "evidence": [out.stderr.strip()[-200:]]}, dt
    return docs[0] if docs else {"type": "error", "fields": {}, "evidence": []}, dt


def _outcome(row: dict[str, str]) -> Outcome:
    doc, dt = _classify(EXTERNAL / row["image"])
    f = doc.get("fields") or {}
    assert isinstance(f, dict)
    evidence = tuple(str(e) for e in doc.get("evidence") or ())  # type: ignore[attr-defined]
    got = (
        str(f.get("document_number") or ""),
        _yymmdd(f.get("date_of_birth")),
        _yymmdd(f.get("expiry_date") or f.get("valid_until")),
        str(f.get("nationality") or ""),
    )
    want = (row["document_number"], row["birth_date"], row["expiry_date"], row["nationality"])
    verified = any(e.startswith("zone ") and "(unverified)" not in e for e in evidence)
    return Outcome(row["image"], want, got, row["expected_valid"] == "true", str(doc.get("type")), verified,
                   evidence, dt)


def main(argv: list[str]) -> int:
    if "-h" in argv or "--help" in argv:
        print(__doc__)
        return 0
    verbose = "-v" in argv
    jobs = 1
    names: list[str] = []
    it = iter(argv)
    for a in it:
        if a == "--jobs":
            jobs = int(next(it, "1"))
        elif a != "-v":
            names.append(a)
    rows = specimen_rows(names)
    if rows is None:
        return 0
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        outcomes = list(pool.map(_outcome, rows))
    valid = [o for o in outcomes if o.expected_valid]
    right = [o for o in valid if o.got == o.want]
    false_verified = [o for o in outcomes if o.verified and o.got != o.want]
    lost = [o for o in valid if o.type in ("unknown", "error") and (o.verified or "no text" in o.evidence)]
    no_text = [o for o in valid if "no text" in o.evidence]
    print("DEVELOPMENT SET: these specimen images were looked at while tuning the reader.")
    print(f"images: {len(outcomes)} ({len(valid)} with a valid zone), `docscheck classify --format json`, "
          f"{jobs} at a time")
    print(f"all four zone fields right: {len(right)}/{len(valid)} = {100 * len(right) / max(len(valid), 1):.1f}%"
          " (target >= 90%)")
    print(f"wrong but reported verified: {len(false_verified)} (target 0)")
    print(f"valid zone reported unknown or 'no text': {len(set(o.image for o in lost + no_text))} (target 0)")
    if outcomes:
        times = [o.seconds for o in outcomes]
        print(f"seconds per image: median {statistics.median(times):.2f}, mean {statistics.mean(times):.2f}")
    for o in outcomes:
        bad = o.expected_valid and o.got != o.want or o in false_verified
        if bad or verbose:
            print(f"  {'ok ' if not bad else 'BAD'} {o.seconds:5.1f}s {o.image}: {o.type} got {o.got} want {o.want}"
                  f"{' VERIFIED' if o.verified else ''} evidence {list(o.evidence)[:3]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
