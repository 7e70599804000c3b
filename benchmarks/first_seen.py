"""How the reader does on some template families the first time it sees them, family by family.

`accuracy.py` draws one family per document at random, so a new family is seen a few
times at most; this draws every family of the chosen modules for each of `--people`
applicants, reads it (text PDF by default: no OCR) and compares with the generator's
truth the way accuracy.py does.  It prints one line per family: file type, fields, and
the fields missed (with how often).  Meant for development families only.

    .venv/bin/python benchmarks/first_seen.py --modules dev_penned,dev_hosting --people 10
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import tempfile
from collections import Counter
from pathlib import Path

import _repo  # noqa: F401  (puts the repository root on sys.path)
from accuracy import FIRST_SEED, _compare

from docscheck.text import read_file
from docscheck.understand import understand
from synth.context import make_context
from synth.families import DEVELOPMENT, FAMILIES
from synth.render import render


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--modules", required=True, help="synth.documents modules, comma-separated (dev_* only)")
    ap.add_argument("--people", type=int, default=10)
    ap.add_argument("--seed", type=int, default=FIRST_SEED)
    ap.add_argument("--rendering", default="text_pdf")
    ap.add_argument("--extracts", action="store_true",
                    help="every other applicant's birth certificate drawn as an extract (not a full copy)")
    args = ap.parse_args(argv)
    modules = {f"synth.documents.{m}" for m in args.modules.split(",") if m}
    fams = [f for fs in FAMILIES.values() for f in fs if f.build.__module__ in modules]
    if any(f.split != DEVELOPMENT for f in fams):
        ap.error("development families only")
    totals = Counter[str]()
    print(f"{'kind':24} {'fam':>3} {'module.function':44} {'type':>7} {'fields':>9}  missed")
    with tempfile.TemporaryDirectory(prefix="docscheck-first-") as tmp:
        for fam in fams:
            typed = n = ok = tot = 0
            missed = Counter[str]()
            for i in range(args.people):
                seed = args.seed + i
                rng = random.Random(f"{seed}:{fam.kind}:{fam.number}:first")
                ctx = make_context(random.Random(seed))
                if args.extracts and i % 2:
                    ctx = dataclasses.replace(ctx, birth_copy_kind="extract")
                (gf,) = render(fam.kind, ctx, args.rendering, rng, family=fam.number)[:1]
                path = Path(tmp) / gf.name
                path.write_bytes(gf.data)
                doc = understand(read_file(path, tmp), today=ctx.filing)
                n += 1
                if doc.type.value != gf.doc_type:
                    missed["<type>"] += 1
                    continue
                typed += 1
                for name, (_want, _got, src) in _compare(gf.truth, [doc]).items():
                    tot += 1
                    good = src.endswith(" OK")
                    ok += good
                    if not good:
                        missed[name] += 1
            totals.update(typed=typed, n=n, ok=ok, tot=tot)
            where = f"{fam.build.__module__.rsplit('.', 1)[1]}.{fam.build.__name__}"
            miss = ", ".join(f"{k} {v}" for k, v in missed.most_common())
            print(f"{fam.kind:24} {fam.number:>3} {where:44} {typed:>3}/{n:<3} {ok:>4}/{tot:<4}  {miss}")
    print(f"{'all':24} {'':>3} {'':44} {totals['typed']:>3}/{totals['n']:<3} {totals['ok']:>4}/{totals['tot']:<4}")
    print(f"file type {100 * totals['typed'] / max(1, totals['n']):.1f}%, fields {100 * totals['ok'] / max(1, totals['tot']):.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
