"""Does the legibility check ask for a retake when a person would, and only then?  What does it cost?

Generated page images, half good (clean scans, scanner images, phone photos upright,
sideways, with an EXIF turn, upside down) and half spoiled with one defect each at
the strength where a person would ask for a retake (synth.degrade).  Each page is
read by the pipeline's own page reader, docscheck.text.ocr_page (fitted for OCR,
turned upright, read, assessed), and its Page.quality compared with the truth.  The
thresholds were set on the development pages (some document kinds, seeds from 100);
the held-out pages are other kinds under seeds from 900.  Prints, for both, the
confusion table (the truth against the reasons given) and the rates.

With --cost, instead: the cold time of benchmarks/speed.py's scanned and photographed
dossiers (seeds 8000+) with and without the assessment, in alternate runs within this
one process (the benchmark switch DOCSCHECK_NO_LEGIBILITY=1 turns it off), so that
the machine's noise falls on both alike.

    .venv/bin/python benchmarks/legibility.py [--pages 60] [--workers 2] [--show]
    .venv/bin/python benchmarks/legibility.py --cost [--rounds 3] [--dossiers 4]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import tempfile
from collections import Counter
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

import _repo  # noqa: F401  (puts the repository root on sys.path)

from docscheck import images
from docscheck.legibility import REASONS, SWITCH_OFF
from docscheck.model import PageQuality
from docscheck.text import ReadOptions, ocr_page
from synth import make_context, render
from synth.degrade import RETAKE_STRENGTH, degrade

SPLITS = {
    "development": (("volunteer_contract", "birth_certificate", "passport", "consular_card", "bill",
                     "departure_commitment"), 100),
    "held-out": (("approval_decision", "acceptance_certificate", "visa", "photo_id", "nationality_certificate",
                  "consular_attestation", "cv"), 900),
}
# Good pages: (rendering, variant).  png is a clean flatbed scan, webp a scanner's image (noise, a skew).
GOOD = (("png", "upright"), ("webp", "upright"), ("photo", "upright"), ("photo", "sideways"),
        ("photo", "sideways_exif"), ("photo", "upside_down"), ("photo", "upright"), ("png", "upside_down"))
DEFECTS = tuple(RETAKE_STRENGTH)
# The reason a person would give for each defect.
EXPECTED = {"blur": "blurred", "dark": "too_dark", "overexposed": "overexposed", "glare": "overexposed",
            "cut_off": "cut_off", "low_resolution": "low_resolution"}


@dataclass(frozen=True)
class Case:
    split: str
    kind: str
    seed: int
    rendering: str
    variant: str
    defect: str  # "good" for a page left as it was drawn


@dataclass(frozen=True)
class Outcome:
    case: Case
    quality: PageQuality

    @property
    def reasons(self) -> tuple[str, ...]:
        return self.quality.reasons

    def poor(self) -> bool:
        return self.quality.poor


def cases(split: str, pages: int) -> list[Case]:
    kinds, first = SPLITS[split]
    out = []
    for i in range(pages):
        seed = first + i
        pick = random.Random(f"{split}:{seed}")
        kind = pick.choice(kinds)
        if i % 2 == 0:
            rendering, variant = GOOD[(i // 2) % len(GOOD)]
            out.append(Case(split, kind, seed, rendering, variant, "good"))
        else:
            defect = DEFECTS[(i // 2) % len(DEFECTS)]
            # glare is a reflection on a photo; the other defects spoil scans and photos alike
            rendering = "photo" if defect == "glare" or pick.random() < 0.6 else "png"
            out.append(Case(split, kind, seed, rendering, "upright", defect))
    return out


def run(case: Case) -> Outcome:
    ctx = make_context(random.Random(case.seed))
    rng = random.Random(f"{case.seed}:{case.kind}:{case.rendering}")
    file = render(case.kind, ctx, case.rendering, rng, variant=case.variant)[0]
    with tempfile.TemporaryDirectory(prefix="docscheck-legibility-") as tmp:
        path = Path(tmp) / file.name
        path.write_bytes(file.data)
        page = next(images.iter_frames(path, max_frames=1))
    if case.defect != "good":
        page, _ = degrade(page, case.defect, rng=rng)
    read = ocr_page(page, 1, ReadOptions())
    return Outcome(case, read.quality or PageQuality())  # no verdict (an OCR failure, a blank page): not flagged


def report(split: str, outcomes: list[Outcome], show: bool) -> None:
    print(f"\n== {split}: {len(outcomes)} pages (kinds: {', '.join(SPLITS[split][0])}; seeds from {SPLITS[split][1]})")
    if show:
        for o in outcomes:
            c, m = o.case, o.quality.measures
            print(f"  {c.defect:14} {c.kind:24} {c.rendering:5} {c.variant:13} -> {','.join(o.reasons) or 'legible':24} "
                  + " ".join(f"{k} {v:g}" for k, v in m.items()))
    rows = ("good", *DEFECTS)
    header = f"{'truth':16}{'n':>4}{'legible':>9}" + "".join(f"{r:>15}" for r in REASONS)
    print(header)
    for row in rows:
        group = [o for o in outcomes if o.case.defect == row]
        if not group:
            continue
        counts = Counter(r for o in group for r in o.reasons)
        legible = sum(not o.poor() for o in group)
        print(f"{row:16}{len(group):>4}{legible:>9}" + "".join(f"{counts[r]:>15}" for r in REASONS))
    good = [o for o in outcomes if o.case.defect == "good"]
    bad = [o for o in outcomes if o.case.defect != "good"]
    flagged = sum(o.poor() for o in bad)
    right = sum(EXPECTED[o.case.defect] in o.reasons for o in bad)
    only = sum(o.reasons == (EXPECTED[o.case.defect],) for o in bad)
    false = sum(o.poor() for o in good)
    print(f"degraded pages flagged:        {_rate(flagged, len(bad))}   (target >= 95%)")
    print(f"  with the right reason:       {_rate(right, len(bad))}   (target >= 85%)")
    print(f"  with that reason alone:      {_rate(only, len(bad))}")
    print(f"good pages flagged:            {_rate(false, len(good))}   (target <= 2%)")


def _rate(n: int, total: int) -> str:
    return f"{100 * n / total:5.1f}% ({n}/{total})" if total else "  n/a"


def cost(rounds: int, dossiers: int, workers: int) -> None:
    """Cold time of speed.py's scanned/photographed dossiers with and without the assessment, interleaved."""
    from speed import make_batch, pages, run

    from docscheck.model import TextSource

    times: dict[bool, list[float]] = {True: [], False: []}
    cpu: dict[bool, list[float]] = {True: [], False: []}  # the reader processes' CPU time: steadier under load
    with tempfile.TemporaryDirectory(prefix="docscheck-legibility-cost-") as tmp:
        batch = make_batch(Path(tmp) / "images", dossiers, ["scan_pdf", "photo"], 8000)
        ocrd = 0
        for i in range(rounds):
            for assessed in ((True, False) if i % 2 == 0 else (False, True)):
                if assessed:
                    os.environ.pop(SWITCH_OFF, None)
                else:
                    os.environ[SWITCH_OFF] = "1"
                before = _children_cpu()
                report, seconds = run(batch, workers=workers, cache_dir=None)
                cpu[assessed].append(_children_cpu() - before)
                ocrd = pages(report, TextSource.OCR)
                times[assessed].append(seconds)
                print(f"  round {i + 1}, assessment {'on ' if assessed else 'off'}: {seconds:.1f} s "
                      f"({cpu[assessed][-1]:.1f} s CPU)", flush=True)
        os.environ.pop(SWITCH_OFF, None)
    on, off = sum(times[True]), sum(times[False])
    print(f"\n== cost: {dossiers} scanned/photographed dossiers ({ocrd} pages OCR'd), {workers} workers, "
          f"{rounds} interleaved cold runs each")
    print(f"cold time with the assessment:    {on / rounds:.1f} s a run (runs: {', '.join(f'{t:.1f}' for t in times[True])})")
    print(f"cold time without it:             {off / rounds:.1f} s a run (runs: {', '.join(f'{t:.1f}' for t in times[False])})")
    print(f"the assessment adds:              {100 * (on - off) / off:+.1f}% of the wall time   (target < 5%)")
    con, coff = sum(cpu[True]), sum(cpu[False])
    print(f"CPU time of the readers:          {con / rounds:.1f} s with, {coff / rounds:.1f} s without: "
          f"{100 * (con - coff) / coff:+.1f}%")


def _children_cpu() -> float:
    """CPU seconds used by this process's ended children (the run's reader processes, Tesseract included)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=60, help="pages per split (half good, half degraded)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--split", choices=(*SPLITS, "both"), default="both")
    ap.add_argument("--show", action="store_true", help="print every page's measurements")
    ap.add_argument("--cost", action="store_true", help="measure the cost instead (cold runs with and without)")
    ap.add_argument("--rounds", type=int, default=3, help="--cost: cold runs with, and without, the assessment")
    ap.add_argument("--dossiers", type=int, default=4, help="--cost: scanned/photographed dossiers in the batch")
    args = ap.parse_args()
    if args.cost:
        cost(args.rounds, args.dossiers, args.workers)
        return
    splits = list(SPLITS) if args.split == "both" else [args.split]
    todo = [c for s in splits for c in cases(s, args.pages)]
    with get_context("fork").Pool(args.workers) as pool:
        outcomes = pool.map(run, todo, chunksize=1)
    for split in splits:
        report(split, [o for o in outcomes if o.case.split == split], args.show)


if __name__ == "__main__":
    main()
