"""Which of docscheck's own reasons its `letter_not_signed` gaps give, on complete dossiers of a family split.

Counts only docscheck's reason classes over `--seeds` dossiers of the `complete` scenario (every letter signed),
read through the CLI (`docscheck check --format json`); it prints no dossier's content, so it may be run on a
held-out split without looking at its families.  Every gap it counts is a false alarm.

    .venv/bin/python benchmarks/unsigned_reasons.py --families held_out --seeds 20
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import _repo  # noqa: F401  (puts the repository root on sys.path)

from synth import build_dossier
from synth.families import SPLITS

# docscheck's reasons for "unsigned" (docscheck.checklist.signature), by a phrase of their evidence
REASONS = (
    ("draws anything", "a born-digital letter none of whose pages draws anything"),
    ("no handwritten mark, and no signature word", "no mark, no signature word, line or name at the closing"),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--families", default="development", choices=SPLITS)
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("--first-seed", type=int, default=9100)
    parser.add_argument("--renderings", default="text_pdf", help="comma-separated")
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(args.first_seed, args.first_seed + args.seeds):
            folder = Path(tmp) / f"d{seed}"
            build_dossier("complete", seed, folder, renderings=args.renderings.split(","), families=args.families)
            out = subprocess.run([sys.executable, "-m", "docscheck", "check", str(folder), "--format", "json",
                                  "--no-cache"], capture_output=True, text=True, check=False).stdout
            report = json.dumps(json.loads(out)) if out.strip() else ""
            if "letter_not_signed" not in report:
                counts["no letter_not_signed"] += 1
                continue
            counts[next((name for phrase, name in REASONS if phrase in report), "another reason")] += 1
    print(f"{args.seeds} complete dossiers, {args.families} families, {args.renderings}")
    for name, n in sorted(counts.items()):
        print(f"{n:4d}  {name}")


if __name__ == "__main__":
    main()
