"""Documents, not files: are the documents found where they lie, and the verdict right?

    .venv/bin/python benchmarks/documents.py             # 20 dossiers per shape (long: every page is OCR'd)
    .venv/bin/python benchmarks/documents.py --count 2   # a quick look

Generates complete dossiers in each upload shape of synth/shapes.py (passport and
visa in one scanned PDF or in one photo, the whole dossier in one PDF, a contract
photographed page by page, an ID card's two sides, a blank page), from the
HELD-OUT template families and seeds 9100+ (never used in tests), checks them,
and prints, per shape: the share of dossiers where every document was found with
its type and page range (file and pages of each part), and the share whose status
is right.  Then the peak memory of reading and understanding a 40-page scanned
dossier PDF, in a fresh process.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import _repo  # noqa: F401  (puts the repository root on sys.path)

from docscheck.model import Document, DossierReport
from docscheck.pipeline import RunOptions, check_dossiers
from synth.shapes import SHAPES, ShapedTruth, build_shaped, scanned_dossier_pages

AS_OF = date(2026, 11, 30)
FIRST_SEED = 9100


def found(doc: Document) -> tuple[str, tuple[tuple[str, tuple[int, ...]], ...]]:
    parts = tuple((p.relpath, p.pages) for p in doc.parts) or ((doc.file.relpath, doc.page_numbers),)
    return doc.type.value, parts


def documents_right(report: DossierReport, truth: ShapedTruth) -> bool:
    want = sorted((d.doc_type, d.parts) for d in truth.documents)
    return sorted(found(d) for d in report.documents) == want


def peak_memory_mb(pdf: Path) -> tuple[int, float]:
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the (large) parent across exec.
    code = (
        "import sys\n"
        "from docscheck.text import ReadOptions, read_file\n"
        "from docscheck.understand import understand_documents\n"
        "f = read_file(sys.argv[1], options=ReadOptions(max_pages=40))\n"
        "assert f.error is None, f.error\n"
        "docs = understand_documents(f)\n"
        "hwm = open('/proc/self/status').read().split('VmHWM:')[1].split()[0]\n"
        "print(len(docs), hwm)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(pdf)], capture_output=True, text=True, check=True).stdout
    docs, kb = out.split()
    return int(docs), int(kb) / 1024


def forty_page_dossier(root: Path) -> Path:
    """A 40-page scanned dossier: four whole dossiers' pages in one PDF."""
    from synth import output
    from synth.render import SCAN_DPI

    images = []
    seed = FIRST_SEED + 900
    while len(images) < 40:
        images += scanned_dossier_pages(seed, "held_out")
        seed += 1
    path = root / "forty.pdf"
    path.write_bytes(output.scan_pdf_bytes(images[:40], SCAN_DPI))
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=20, help="dossiers per shape (default 20)")
    ap.add_argument("--shapes", nargs="*", default=list(SHAPES))
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--no-memory", action="store_true")
    args = ap.parse_args()
    totals = [0, 0, 0]
    with tempfile.TemporaryDirectory(prefix="docscheck-documents-") as tmp:
        root = Path(tmp)
        print(f"{'shape':<22} {'dossiers':>8} {'documents right':>16} {'status right':>13}")
        for shape in args.shapes:
            truths = [build_shaped(shape, FIRST_SEED + i, root / shape / f"{i:03d}", families="held_out")
                      for i in range(args.count)]
            folders = [root / shape / f"{i:03d}" for i in range(args.count)]
            report = check_dossiers(folders, as_of=AS_OF, options=RunOptions(workers=args.workers))
            docs_ok = status_ok = 0
            for dossier, truth in zip(report.dossiers, truths, strict=True):
                docs_ok += documents_right(dossier, truth)
                status_ok += dossier.status.value == truth.expected_status
                if not documents_right(dossier, truth):
                    print(f"  {shape} seed {truth.seed}: found {sorted(found(d) for d in dossier.documents)}",
                          file=sys.stderr)
            totals = [totals[0] + args.count, totals[1] + docs_ok, totals[2] + status_ok]
            print(f"{shape:<22} {args.count:>8} {docs_ok / args.count:>16.0%} {status_ok / args.count:>13.0%}",
                  flush=True)
        n = totals[0] or 1
        print(f"{'all':<22} {totals[0]:>8} {totals[1] / n:>16.1%} {totals[2] / n:>13.1%}")
        if not args.no_memory:
            docs, mb = peak_memory_mb(forty_page_dossier(root))
            print(f"\npeak memory, reading and understanding a 40-page scanned dossier PDF: {mb:.0f} MB "
                  f"(target: under 400 MB; {docs} documents found)")


if __name__ == "__main__":
    main()
