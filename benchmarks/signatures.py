"""Is a departure letter's handwritten signature seen where its text shows none?

The letter must be signed; the text shows a signature only through its label or signing line,
so docscheck also looks for a handwritten mark on the page image (docscheck.ink).  This draws
the departure letter of every development family (never a held-out one) with and without its
signature, as a text PDF, a scanned PDF and a phone photo, reads and understands each file, and
prints how often the page image shows a mark (precision and recall over the letters) and how
often the `signed` field is right, with the cost of the mark search per page against the page's
whole reading; and the checklist's verdict on each letter (docscheck.checklist.signature: signed, unsigned, or
to verify): unsigned letters called unsigned (recall), signed ones called unsigned (false alarms) and
unsigned ones called signed (a wrong "complete").

    .venv/bin/python benchmarks/signatures.py [--seeds 2] [--first-seed 9300] [--jobs 2]
    .venv/bin/python benchmarks/signatures.py --modules dev_closings --renderings text_pdf --jobs 1
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import _repo  # noqa: F401  (puts the repository root on sys.path)

from docscheck import images, ink, pdf
from docscheck.checklist.signature import signing
from docscheck.model import TextSource
from docscheck.text import read_file
from docscheck.understand import understand
from synth import make_context, render
from synth.families import DEVELOPMENT, families_of

KIND = "departure_commitment"
RENDERINGS = ("text_pdf", "scan_pdf", "photo")


@dataclass(frozen=True)
class Outcome:
    family: int
    rendering: str
    signed: bool  # drawn with its signature
    marked: bool  # a page image showed a mark
    field: object  # the `signed` field's value
    source: str  # the `signed` field's source
    classified: str
    mark_ms: float  # the mark search alone, per page
    read_ms: float  # the whole reading of the page (OCR and all)
    verdict: bool | None = None  # the checklist's: signed, unsigned, or to verify (None)


def _one(job: tuple[int, int, str, bool]) -> Outcome:
    seed, number, rendering, signed = job
    ctx = make_context(random.Random(seed))
    files = render(KIND, ctx, rendering, random.Random(f"{seed}:{number}:{rendering}"), variant="upright",
                   family=number, signed=signed)
    with tempfile.TemporaryDirectory(prefix="docscheck-signatures-") as tmp:
        path = Path(tmp) / files[0].name
        path.write_bytes(files[0].data)
        ft = read_file(path, tmp)
        doc = understand(ft, today=ctx.filing)
        mark_ms = _mark_cost(path, ft.pages[0].source if ft.pages else TextSource.NONE)
    signed_field = doc.fields.get("signed")
    value = signed_field.value if signed_field else None
    verdict = signing(doc, None if value in (None, "") else bool(value)).signed
    return Outcome(number, rendering, signed, any(p.has_signature_mark for p in ft.pages),
                   value, signed_field.source if signed_field else "",
                   doc.type.value, mark_ms, 1000 * sum(p.seconds for p in ft.pages) / max(1, len(ft.pages)), verdict)


def _mark_cost(path: Path, source: TextSource) -> float:
    """The mark search on the image the reading gives it (the preview, or the page fitted for OCR)."""
    if source is TextSource.TEXT_LAYER:
        with pdf.open_pdf(path) as doc:
            image = pdf.render_page(doc, 0, dpi=36)
            started = time.perf_counter()
            ink.find_marks(image, pdf.text_boxes(doc, 0))
            return 1000 * (time.perf_counter() - started)
    if path.suffix == ".pdf":
        with pdf.open_pdf(path) as doc:
            image = pdf.render_page(doc, 0, dpi=pdf.page_info(doc, 0).ocr_dpi(pdf.OCR_DPI))
    else:
        image = next(images.iter_frames(path, max_frames=1, max_pixels=images.MAX_IMAGE_PIXELS))
    image = images.fit_for_ocr(image)
    started = time.perf_counter()
    ink.find_marks(image)
    return 1000 * (time.perf_counter() - started)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", type=int, default=2)
    ap.add_argument("--first-seed", type=int, default=9300)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--modules", default="", help="only the families of these synth.documents modules (dev_* only)")
    ap.add_argument("--renderings", default=",".join(RENDERINGS))
    args = ap.parse_args()
    modules = {f"synth.documents.{m}" for m in args.modules.split(",") if m}
    renderings = tuple(r for r in args.renderings.split(",") if r)
    jobs = [(seed, fam.number, rendering, signed)
            for seed in range(args.first_seed, args.first_seed + args.seeds)
            for fam in families_of(KIND, DEVELOPMENT) if not modules or fam.build.__module__ in modules
            for rendering in renderings
            for signed in (True, False)]
    with ProcessPoolExecutor(args.jobs) as pool:
        outcomes = list(pool.map(_one, jobs))
    for o in outcomes:
        if o.marked != o.signed or o.field is not o.signed or o.classified != KIND or o.verdict is not o.signed:
            print(f"  family {o.family} {o.rendering} {'signed' if o.signed else 'unsigned'}: mark {o.marked}, "
                  f"signed {o.field} ({o.source}), classified {o.classified}, verdict {o.verdict}")
    for rendering in (*renderings, "all"):
        got = [o for o in outcomes if rendering in ("all", o.rendering)]
        hits = sum(o.marked and o.signed for o in got)
        marked = sum(o.marked for o in got)
        drawn = sum(o.signed for o in got)
        by_text = sum(o.signed and o.field is True and o.source.startswith("phrase:") for o in got)
        by_image = sum(o.signed and o.source == "image:signature mark" for o in got)
        wrongly = sum(not o.signed and o.source == "image:signature mark" for o in got)
        print(f"{rendering:9} marks: precision {hits}/{marked}, recall {hits}/{drawn}; signed letters seen signed "
              f"by their text {by_text}/{drawn}, by the image besides {by_image}; unsigned letters called signed by "
              f"the image {wrongly}/{len(got) - drawn}; mark search "
              f"{statistics.median(o.mark_ms for o in got):.0f} ms/page (median; max "
              f"{max(o.mark_ms for o in got):.0f}) against {statistics.median(o.read_ms for o in got):.0f} ms "
              "to read the page")
        unsigned = [o for o in got if not o.signed]
        print(f"{'':9} verdicts: unsigned letters called unsigned {sum(o.verdict is False for o in unsigned)}"
              f"/{len(unsigned)}, signed {sum(o.verdict is True for o in unsigned)} (wrong); signed letters called "
              f"signed {sum(o.verdict is True for o in got if o.signed)}/{drawn}, unsigned "
              f"{sum(o.verdict is False for o in got if o.signed)} (false alarms)")


if __name__ == "__main__":
    main()
