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

    .venv/bin/python benchmarks/specimens_cli.py [-v] [--jobs N] [--passporteye PYTHON] [--save DIR] [NAME-FILTER...]

--jobs runs N subprocesses at once (default 1; times then include the contention).
--passporteye PYTHON times PassportEye (MIT, not a docscheck dependency) the same way, in the same run:
one subprocess of that interpreter per image (`read_mrz(IMAGE)`, its start-up included), right after
docscheck's on the same image, so both meet the same load; it prints both medians, their accuracy (all
four fields right on the images whose zone is valid) and their ratio.  Install it apart, e.g.
`python3 -m venv /tmp/pe && /tmp/pe/bin/pip install passporteye`, then `--passporteye /tmp/pe/bin/python`.
--save DIR writes each image's JSON answer to DIR (timing fields removed), to compare two versions' answers.
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

from specimens import (  # the same rows as the in-process benchmark (this folder is on sys.path)
    _PASSPORTEYE,
    EXTERNAL,
    specimen_rows,
)

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
    answer: dict[str, object]


@dataclass(frozen=True)
class Other:
    """Another reader's answer on one image, timed the same way (a subprocess, its start-up included)."""

    image: str
    want: Fields
    got: Fields
    expected_valid: bool
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


def _want(row: dict[str, str]) -> Fields:
    return (row["document_number"], row["birth_date"], row["expiry_date"], row["nationality"])


def _passporteye(python: str, row: dict[str, str]) -> Other:
    """PassportEye's `read_mrz` on one image in a process of its own, timed from the process's start."""
    t0 = time.perf_counter()
    out = subprocess.run([python, "-c", _PASSPORTEYE, str(EXTERNAL / row["image"])], capture_output=True, text=True,
                         timeout=600)
    dt = time.perf_counter() - t0
    got: Fields = ("", "", "", "")
    for line in out.stdout.splitlines():
        if line.startswith("{"):
            a, b, c, d = json.loads(line)["got"]
            got = (a, b, c, d)
    return Other(row["image"], _want(row), got, row["expected_valid"] == "true", dt)


def _untimed(value: object) -> object:
    """The answer without its timing fields (what differs between two runs of the same code)."""
    if isinstance(value, dict):
        return {k: _untimed(v) for k, v in value.items() if k not in ("seconds",)}
    if isinstance(value, list):
        return [_untimed(v) for v in value]
    return value


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
    verified = any(e.startswith("zone ") and "(unverified)" not in e for e in evidence)
    return Outcome(row["image"], _want(row), got, row["expected_valid"] == "true", str(doc.get("type")), verified,
                   evidence, dt, doc)


def main(argv: list[str]) -> int:
    if "-h" in argv or "--help" in argv:
        print(__doc__)
        return 0
    verbose = "-v" in argv
    jobs = 1
    python: str | None = None
    save: Path | None = None
    names: list[str] = []
    it = iter(argv)
    for a in it:
        if a == "--jobs":
            jobs = int(next(it, "1"))
        elif a == "--passporteye":
            python = next(it, None)
        elif a == "--save":
            save = Path(next(it, "."))
        elif a != "-v":
            names.append(a)
    rows = specimen_rows(names)
    if rows is None:
        return 0
    if python is not None:
        try:
            subprocess.run([python, "-c", "import passporteye"], check=True, capture_output=True, timeout=120)
        except (OSError, subprocess.SubprocessError):
            print(f"PassportEye: skipped ({python} cannot import passporteye)")
            python = None

    def both(row: dict[str, str]) -> tuple[Outcome, Other | None]:
        return _outcome(row), _passporteye(python, row) if python else None

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        pairs = list(pool.map(both, rows))
    outcomes = [o for o, _ in pairs]
    others = [p for _, p in pairs if p is not None]
    if save is not None:
        save.mkdir(parents=True, exist_ok=True)
        for o in outcomes:
            (save / (o.image.replace("/", "_") + ".json")).write_text(
                json.dumps(_untimed(o.answer), ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
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
    if others and outcomes:
        pe_valid = [p for p in others if p.expected_valid]
        pe_right = [p for p in pe_valid if p.got == p.want]
        ds_median = statistics.median(o.seconds for o in outcomes)
        pe_median = statistics.median(p.seconds for p in others)
        print("same run, one subprocess per image, start-up included:")
        print(f"  docscheck classify --format json: median {ds_median:.2f} s, all four fields right "
              f"{len(right)}/{len(valid)} = {100 * len(right) / max(len(valid), 1):.1f}%")
        print(f"  PassportEye read_mrz:             median {pe_median:.2f} s, all four fields right "
              f"{len(pe_right)}/{len(pe_valid)} = {100 * len(pe_right) / max(len(pe_valid), 1):.1f}%")
        print(f"  ratio docscheck / PassportEye: {ds_median / pe_median:.2f} (target <= 1)")
    for o in outcomes:
        bad = o.expected_valid and o.got != o.want or o in false_verified
        if bad or verbose:
            print(f"  {'ok ' if not bad else 'BAD'} {o.seconds:5.1f}s {o.image}: {o.type} got {o.got} want {o.want}"
                  f"{' VERIFIED' if o.verified else ''} evidence {list(o.evidence)[:3]}")
    for p in others:
        if verbose:
            print(f"  {'ok ' if p.got == p.want else 'BAD'} {p.seconds:5.1f}s {p.image}: PassportEye got {p.got}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
