"""Does the legibility check ask for a retake when a person would, and only then?

Generated page images, half good (clean scans, scanner images, phone photos upright,
sideways, with an EXIF turn, upside down) and half spoiled with one defect each at
the strength where a person would ask for a retake (synth.degrade).  Each
page is read as the pipeline reads an image (images.fit_for_ocr, then
orientation.read_upright) and assessed by docscheck.legibility.  The thresholds were
set on the development pages (some document kinds, seeds from 100); the held-out
pages are other kinds under seeds from 900.  Prints, for both, the confusion table
(the truth against the reasons given), the rates, and what assess() costs next to
the OCR of the same pages.

    .venv/bin/python benchmarks/legibility.py [--pages 60] [--workers 2] [--show]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

import _repo  # noqa: F401  (puts the repository root on sys.path)

from docscheck import images
from docscheck.legibility import REASONS, Legibility, assess_reading
from docscheck.orientation import read_upright
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
    legibility: Legibility
    ocr_seconds: float
    assess_seconds: float


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
    started = time.perf_counter()
    fitted = images.fit_for_ocr(page)
    upright = read_upright(fitted)
    ocr_seconds = time.perf_counter() - started
    started = time.perf_counter()
    legibility = assess_reading(fitted, upright, scale=max(fitted.size) / max(page.size))
    return Outcome(case, legibility, ocr_seconds, time.perf_counter() - started)


def report(split: str, outcomes: list[Outcome], show: bool) -> None:
    print(f"\n== {split}: {len(outcomes)} pages (kinds: {', '.join(SPLITS[split][0])}; seeds from {SPLITS[split][1]})")
    if show:
        for o in outcomes:
            c, leg = o.case, o.legibility
            print(f"  {c.defect:14} {c.kind:24} {c.rendering:5} {c.variant:13} -> {','.join(leg.reasons) or 'legible':24} "
                  f"edge {leg.edge_width:.3f} paper {leg.paper:5.1f} ink {leg.ink:5.1f} glare {leg.glare:.3f} "
                  f"text {leg.text_height:4.1f}px ({leg.dpi:.0f} dpi) edge words {leg.edge_words} cut sides {leg.cut_sides} "
                  f"words {leg.words} conf {leg.confidence:.0f}")
    rows = ("good", *DEFECTS)
    header = f"{'truth':16}{'n':>4}{'legible':>9}" + "".join(f"{r:>15}" for r in REASONS)
    print(header)
    for row in rows:
        group = [o for o in outcomes if o.case.defect == row]
        if not group:
            continue
        counts = Counter(r for o in group for r in o.legibility.reasons)
        legible = sum(not o.legibility.poor() for o in group)
        print(f"{row:16}{len(group):>4}{legible:>9}" + "".join(f"{counts[r]:>15}" for r in REASONS))
    good = [o for o in outcomes if o.case.defect == "good"]
    bad = [o for o in outcomes if o.case.defect != "good"]
    flagged = sum(o.legibility.poor() for o in bad)
    right = sum(EXPECTED[o.case.defect] in o.legibility.reasons for o in bad)
    only = sum(o.legibility.reasons == (EXPECTED[o.case.defect],) for o in bad)
    false = sum(o.legibility.poor() for o in good)
    print(f"degraded pages flagged:        {_rate(flagged, len(bad))}   (target >= 95%)")
    print(f"  with the right reason:       {_rate(right, len(bad))}   (target >= 85%)")
    print(f"  with that reason alone:      {_rate(only, len(bad))}")
    print(f"good pages flagged:            {_rate(false, len(good))}   (target <= 2%)")
    ocr = sum(o.ocr_seconds for o in outcomes)
    cost = sum(o.assess_seconds for o in outcomes)
    worst = max(o.assess_seconds / o.ocr_seconds for o in outcomes)
    print(f"assess(): {1000 * cost / len(outcomes):.0f} ms a page against {ocr / len(outcomes):.2f} s of OCR "
          f"({100 * cost / ocr:.1f}% of the OCR time; worst page {100 * worst:.1f}%)")


def _rate(n: int, total: int) -> str:
    return f"{100 * n / total:5.1f}% ({n}/{total})" if total else "  n/a"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=60, help="pages per split (half good, half degraded)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--split", choices=(*SPLITS, "both"), default="both")
    ap.add_argument("--show", action="store_true", help="print every page's measurements")
    args = ap.parse_args()
    splits = list(SPLITS) if args.split == "both" else [args.split]
    todo = [c for s in splits for c in cases(s, args.pages)]
    with get_context("fork").Pool(args.workers) as pool:
        outcomes = pool.map(run, todo, chunksize=1)
    for split in splits:
        report(split, [o for o in outcomes if o.case.split == split], args.show)


if __name__ == "__main__":
    main()
