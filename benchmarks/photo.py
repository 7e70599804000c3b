"""Is the holder's photo seen on the identity proofs that must show one?

The official list accepts a consular attestation, a consular card or a certificate of
nationality "with photo"; docscheck reports `no_photo` (a warning) when it sees none.  This
draws each of the three with and without the photo, in every rendering, under seeds the tests
do not use, reads and understands each file, and prints how often `has_photo` is right.

    .venv/bin/python benchmarks/photo.py [--seeds 3] [--first-seed 9100]
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import tempfile
from collections import Counter
from pathlib import Path

import _repo  # noqa: F401  (puts the repository root on sys.path)

from docscheck.text import read_file
from docscheck.understand import understand
from synth import make_context, render

KINDS = ("consular_attestation", "consular_card", "nationality_certificate")
RENDERINGS = ("text_pdf", "scan_pdf", "photo", "png")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--first-seed", type=int, default=9100)
    args = ap.parse_args()
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    with tempfile.TemporaryDirectory(prefix="docscheck-photo-") as tmp:
        for seed in range(args.first_seed, args.first_seed + args.seeds):
            for kind in KINDS:
                for rendering in RENDERINGS:
                    for photo in (True, False):
                        ctx = make_context(random.Random(seed))
                        if not photo:
                            ctx = dataclasses.replace(ctx, without_photo=frozenset({kind}))
                        files = render(kind, ctx, rendering, random.Random(f"{seed}:{kind}:{rendering}"))
                        path = Path(tmp) / files[0].name
                        path.write_bytes(files[0].data)
                        doc = understand(read_file(path, tmp), today=ctx.filing)
                        ok = doc.type.value == kind and doc.value("has_photo") is photo
                        for key in (rendering, f"{'with' if photo else 'without'} photo", "all"):
                            total[key] += 1
                            right[key] += ok
                        if not ok:
                            print(f"  miss: seed {seed} {kind} {rendering} {'with' if photo else 'without'} photo: "
                                  f"seen {doc.value('has_photo')}, classified {doc.type.value}")
    for key in (*RENDERINGS, "with photo", "without photo", "all"):
        print(f"{key:14} {100 * right[key] / total[key]:5.1f}% ({right[key]}/{total[key]})")


if __name__ == "__main__":
    main()
