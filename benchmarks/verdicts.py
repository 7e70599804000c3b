"""Can a verdict be trusted when readings go wrong?

Every scenario of the generator (seeds never used in tests) is checked once by the
real pipeline (text-layer PDFs, and with --scans one seed of scans and photos read by
OCR).  Then degraded readings are injected into the understood documents and the
checklist is evaluated again:

    blank   one field blanked (as if not read)
    date    one date cut (not read)
    zone    a zone character changed: its check digits fail, so the fields it gave are
            no longer verified (its nationality is changed by one character too, as an
            I/T confusion would: MLI -> MLT)

Counted: dossiers whose truth is `incomplete` reported `complete` (target 0), dossiers
of a non-European applicant reported `not_required` (target 0), and how many went to
`to_verify`, and why (the to-verify items' reasons).

    python benchmarks/verdicts.py            # text-layer PDFs, 2 seeds
    python benchmarks/verdicts.py --scans    # plus one seed with scans and photos (OCR: slow)
"""

from __future__ import annotations

import argparse
import tempfile
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import _repo  # noqa: F401  (puts the repository root on sys.path)

from docscheck import countries
from docscheck.checklist import evaluate_dossier
from docscheck.model import Document, DossierReport, Status, Zone
from docscheck.pipeline import RunOptions, check_dossiers
from synth.families import SPLITS
from synth.scenarios import SCENARIOS, build_dossier

SEEDS = (880_011, 880_023)
SCAN_SEED = 880_037
AS_OF = date(2026, 11, 30)
EUROPEAN = countries.EUROPEAN  # the one country table


@dataclass
class Tally:
    runs: int = 0
    false_complete: int = 0
    false_exempt: int = 0
    to_verify: int = 0


def _changed_zone(zone: Zone) -> Zone:
    """The zone with one character misread: a check digit fails, the nationality may change (I/T)."""
    nat = zone.nationality
    swapped = nat.replace("I", "T", 1) if "I" in nat else (nat[:-1] + "X" if nat else nat)
    return replace(zone, valid=False, failed_checks=("composite",), nationality=swapped)


def _degradations(docs: tuple[Document, ...]) -> list[tuple[str, str, list[Document]]]:
    """(kind, what was degraded, the documents) for every degradation of one dossier."""
    out: list[tuple[str, str, list[Document]]] = []
    for i, doc in enumerate(docs):
        for name, f in doc.fields.items():
            kind = "date" if isinstance(f.value, date) else "blank"
            fields = {k: v for k, v in doc.fields.items() if k != name}
            out.append((kind, f"{doc.file.relpath}: {name}", [*docs[:i], replace(doc, fields=fields), *docs[i + 1:]]))
        if doc.zone is not None:
            # the fields the verified zone gave are gone: the understanding stage keeps only verified ones
            fields = {k: v for k, v in doc.fields.items() if v.source != "zone"}
            changed = replace(doc, fields=fields, zone=_changed_zone(doc.zone))
            out.append(("zone", f"{doc.file.relpath}: zone", [*docs[:i], changed, *docs[i + 1:]]))
    return out


def _again(d: DossierReport, docs: list[Document]) -> DossierReport:
    return evaluate_dossier(d.id, d.path, docs, as_of=AS_OF, arrival=d.arrival, filing=d.filing, applicant=d.applicant)


def _count(t: Tally, r: DossierReport, truth: str, nationality: str, reasons: Counter[str], what: str,
           wrong: list[str]) -> None:
    t.runs += 1
    if truth == "incomplete" and r.status is Status.COMPLETE:
        t.false_complete += 1
        wrong.append(f"{r.id} ({what}): complete")
    if nationality not in EUROPEAN and r.status is Status.NOT_REQUIRED:
        t.false_exempt += 1
        wrong.append(f"{r.id} ({what}): not_required")
    if r.status is Status.TO_VERIFY:
        t.to_verify += 1
        reasons.update({f"{i.id}: {i.reason}" for i in r.to_verify if not i.confirmed})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scans", action="store_true", help="add one seed of scans and photos (OCR)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--families", default="held_out", choices=SPLITS,
                    help="template families the documents are drawn from (default: held_out, which nobody tuned on; "
                         "held_out_2: the second held-out batch)")
    args = ap.parse_args()
    plan = [(s, seed, ["text_pdf"]) for seed in SEEDS for s in SCENARIOS]
    if args.scans:
        plan += [(s, SCAN_SEED, None) for s in SCENARIOS]
    with tempfile.TemporaryDirectory(prefix="verdicts-") as tmp:
        truths, folders = {}, []
        for scenario, seed, renderings in plan:
            folder = Path(tmp) / f"{scenario}-{seed}"
            truths[folder.name] = build_dossier(scenario, seed, folder, renderings=renderings, families=args.families)
            folders.append(folder)
        report = check_dossiers(folders, as_of=AS_OF, options=RunOptions(workers=args.workers, use_cache=False))
    tallies: dict[str, Tally] = {k: Tally() for k in ("as read", "blank", "date", "zone")}
    reasons: dict[str, Counter[str]] = {k: Counter() for k in tallies}
    wrong: list[str] = []
    for d in report.dossiers:
        truth = truths[d.id]
        _count(tallies["as read"], d, truth.expected_status, truth.nationality, reasons["as read"], "as read", wrong)
        for kind, what, docs in _degradations(d.documents):
            _count(tallies[kind], _again(d, docs), truth.expected_status, truth.nationality, reasons[kind], what,
                   wrong)
    print(f"{len(report.dossiers)} dossiers ({len(SCENARIOS)} scenarios, {args.families} families), as of {AS_OF}")
    print(f"{'readings':<10} {'runs':>6} {'incomplete->complete':>21} {'non-EU->not_required':>21} {'to_verify':>10}")
    for kind, t in tallies.items():
        print(f"{kind:<10} {t.runs:>6} {t.false_complete:>21} {t.false_exempt:>21} {t.to_verify:>10}")
    for line in wrong:
        print(f"  wrong: {line}")
    for kind, counter in reasons.items():
        if counter:
            print(f"\nto_verify, why ({kind}):")
            for reason, n in counter.most_common(12):
                print(f"  {n:>5}  {reason}")


if __name__ == "__main__":
    main()
