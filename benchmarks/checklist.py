"""How often the checklist's verdict is right, on fresh generated dossiers.

    .venv/bin/python benchmarks/checklist.py [--seeds 3] [--first-seed 5000] [--workers 2]
    .venv/bin/python benchmarks/checklist.py --families development,held_out --seeds 20 --renderings text_pdf
    .venv/bin/python benchmarks/checklist.py --families development --save read.pkl   # then, after a rule change:
    .venv/bin/python benchmarks/checklist.py --load read.pkl    # the same readings, the rules evaluated again
    .venv/bin/python benchmarks/checklist.py --families held_out_3 --renderings text_pdf --why   # what false alarms rest on

Generates, with the sample generator, every scenario (each requirement and gap
code) under seeds the tests do not use, runs the whole pipeline (real reading,
real OCR where the files are scans or photos), and prints:
- dossier status accuracy (complete / incomplete / not_required);
- precision and recall on (dossier, gap code, requirement) for error and
  warning gaps, overall and per gap code: what the user is told as a fact.  Items
  "to verify" (something docscheck could not verify, said as such) are no gap and are
  counted apart: how many, why, and how many missed gaps left their dossier to verify
  (the user was told to look) rather than complete;
each for the chosen template-family splits (synth.families: `development`, on which
the reader may be tuned, `held_out`, on which nobody tunes (the first batch, looked at
since), `held_out_2`, the second held-out batch, or `default`, the original templates), side by side.  `--renderings text_pdf` draws born-digital files only (no OCR).
"""

from __future__ import annotations

import argparse
import pickle
import re
import tempfile
import time
from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

import _repo  # noqa: F401  (puts the repository root on sys.path)

from docscheck.checklist import evaluate_dossier
from docscheck.model import Report, Severity
from docscheck.pipeline import RunOptions, check_dossiers
from docscheck.textnorm import fold
from synth import RENDERINGS, SCENARIOS, build_dossier
from synth.families import SPLITS
from synth.scenarios import DossierTruth

AS_OF = date(2026, 11, 30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=int, default=3, help="dossiers per scenario")
    parser.add_argument("--first-seed", type=int, default=5000)
    parser.add_argument("--workers", type=int, default=0)
    parser.add_argument("--families", default="development,held_out",
                        help=f"template-family splits, reported apart (from {', '.join(SPLITS)}; held_out_2 is the "
                             "second held-out batch)")
    parser.add_argument("--renderings", default="",
                        help=f"draw every file in one of these renderings (from {', '.join(RENDERINGS)}); "
                             "default: mostly text PDFs with one or two scans or photos")
    parser.add_argument("--scenarios", default="",
                        help="only these scenarios, comma-separated (default: every one)")
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--why", action="store_true",
                        help="after each split's table, what its false alarms rest on: the kinds of document they "
                             "name, which of them was read wrong, and how (summary lines, safe on held-out runs)")
    parser.add_argument("--save", type=Path, help="keep what was read (and the truths) in this file")
    parser.add_argument("--load", type=Path,
                        help="no reading: evaluate the checklist again on what a --save run read (the same "
                             "readings, so that a change to the rules alone is measured)")
    args = parser.parse_args()
    splits = [s for s in args.families.split(",") if s]
    if unknown := set(splits) - set(SPLITS):
        parser.error(f"unknown family split(s): {', '.join(sorted(unknown))}")
    renderings = [r for r in args.renderings.split(",") if r] or None
    scenarios = [s for s in args.scenarios.split(",") if s] or list(SCENARIOS)
    if unknown := set(scenarios) - set(SCENARIOS):
        parser.error(f"unknown scenario(s): {', '.join(sorted(unknown))}")

    if args.load:
        with args.load.open("rb") as fh:
            report, truths, runs, seconds = pickle.load(fh)
        report = _evaluate_again(report)
        runs += f", rules evaluated again on what was read ({args.load})"
        splits = [s for s in splits if any(t.families == s for t in truths.values())]
    else:
        report, truths, seconds = _run(splits, scenarios, renderings, args.first_seed, args.seeds, args.workers)
        runs = f"{len(scenarios)} scenarios x {args.seeds} seeds (from {args.first_seed}) x {len(splits)} family splits"
        if args.save:
            with args.save.open("wb") as fh:
                pickle.dump((report, truths, runs, seconds), fh)

    n_files = sum(len(d.documents) for d in report.dossiers)
    ocr_pages = sum(1 for d in report.dossiers for doc in d.documents for p in doc.file.pages if p.source.value == "ocr")
    print(f"{len(report.dossiers)} dossiers, {runs}, {n_files} files, {ocr_pages} pages OCR'd, {seconds:.0f} s")
    scores = {split: _score([d for d in report.dossiers if truths[d.id].families == split], truths)
              for split in splits}
    print()
    print("| measure | " + " | ".join(splits) + " |")
    print("|---|" + "---|" * len(splits))
    for label, key in (("dossiers", "n"), ("dossier status", "status"), ("gap precision", "precision"),
                       ("gap recall", "recall"), ("false alarms", "fp"), ("missed gaps", "fn"),
                       ("missed, dossier to verify", "fn_to_verify"), ("to-verify items", "items")):
        print(f"| {label} | " + " | ".join(str(scores[s][key]) for s in splits) + " |")
    for split in splits:
        tp, fp, fn = scores[split]["tp_by"], scores[split]["fp_by"], scores[split]["fn_by"]
        assert isinstance(tp, Counter) and isinstance(fp, Counter) and isinstance(fn, Counter)
        print(f"\n{split} families")
        print("| gap code | expected | found right | false alarms | missed | precision | recall |")
        print("|---|---|---|---|---|---|---|")
        for code in sorted(set(tp) | set(fp) | set(fn)):
            print(f"| {code} | {tp[code] + fn[code]} | {tp[code]} | {fp[code]} | {fn[code]} | "
                  f"{_ratio(tp[code], tp[code] + fp[code])} | {_ratio(tp[code], tp[code] + fn[code])} |")
        items = scores[split]["items_by"]
        assert isinstance(items, Counter)
        if items:
            print("\n| to verify (rule: reason) | items |")
            print("|---|---|")
            for reason, n in sorted(items.items(), key=lambda kv: (-kv[1], kv[0])):
                print(f"| {reason} | {n} |")
        if args.why:
            _print_why([d for d in report.dossiers if truths[d.id].families == split], truths)
        if args.show_errors:
            errors = scores[split]["errors"]
            assert isinstance(errors, list)
            for dossier_id, want, got, missed, extra, checks in errors:
                print(f"{dossier_id}: status {want} -> {got}; missed {_listed(missed)}; extra {_listed(extra)}"
                      f"; to verify {checks}")


def _run(splits: list[str], scenarios: list[str], renderings: list[str] | None, first_seed: int, seeds: int,
         workers: int) -> tuple[Report, dict[str, DossierTruth], float]:
    """Generate the dossiers and check them through the whole pipeline."""
    with tempfile.TemporaryDirectory(prefix="docscheck-bench-") as tmp:
        root = Path(tmp)
        truths = {}
        for split in splits:
            for scenario in scenarios:
                for seed in range(first_seed, first_seed + seeds):
                    folder = root / f"{split}-{scenario}-{seed}"
                    truths[folder.name] = build_dossier(scenario, seed, folder, renderings, families=split)
        folders = sorted(root.iterdir())
        started = time.perf_counter()
        report = check_dossiers(folders, as_of=AS_OF, options=RunOptions(workers=workers, use_cache=False))
        return report, truths, time.perf_counter() - started


def _evaluate_again(report: Report) -> Report:
    """The checklist evaluated again on the documents as read (no dossier of the generator has confirmations;
    a filing date equal to the day of the run is the one the checklist takes when none is given)."""
    dossiers = tuple(
        evaluate_dossier(d.id, d.path, d.documents, as_of=report.as_of, arrival=d.arrival,
                         filing=None if d.filing == report.as_of else d.filing, applicant=d.applicant)
        for d in report.dossiers
    )
    return replace(report, dossiers=dossiers)


def _score(dossiers: list, truths: dict) -> dict[str, object]:
    """Status accuracy, gap precision and recall (error and warning gaps) on some dossiers; the items to
    verify apart, since they state no fault."""
    status_ok = 0
    fn_to_verify = 0
    items: Counter[str] = Counter()
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    errors = []
    for dossier in dossiers:
        truth = truths[dossier.id]
        if dossier.status.value == truth.expected_status:
            status_ok += 1
        expected = {(code, req) for code, req in truth.expected_gaps}
        found = {(g.code, g.requirement) for g in dossier.gaps if g.severity in (Severity.ERROR, Severity.WARNING)}
        for gap in expected & found:
            tp[gap[0]] += 1
        for gap in found - expected:
            fp[gap[0]] += 1
        for gap in expected - found:
            fn[gap[0]] += 1
            fn_to_verify += dossier.status.value == "to_verify"
        items.update(f"{i.id}: {i.reason}" for i in dossier.to_verify if not i.confirmed)
        if found != expected or dossier.status.value != truth.expected_status:
            errors.append((dossier.id, truth.expected_status, dossier.status.value, expected - found, found - expected,
                           sorted(f"{i.id}: {i.reason}" for i in dossier.to_verify)))
    n = len(dossiers)
    all_tp, all_fp, all_fn = sum(tp.values()), sum(fp.values()), sum(fn.values())
    return {"n": n, "status": f"{_ratio(status_ok, n)} ({status_ok}/{n})",
            "precision": _ratio(all_tp, all_tp + all_fp), "recall": _ratio(all_tp, all_tp + all_fn),
            "fp": all_fp, "fn": all_fn, "fn_to_verify": fn_to_verify, "items": sum(items.values()),
            "items_by": items, "tp_by": tp, "fp_by": fp, "fn_by": fn, "errors": errors}


# The field of each document that a false alarm of these codes compares.
_COMPARED = {"identity_mismatch": ("surname", "given_names", "date_of_birth"), "association_mismatch": ("association",),
             "document_number_mismatch": ("passport_number", "document_number")}


def _key(value: object) -> str:
    """A value as compared for --why: case, accents and punctuation aside (the zone prints "LOPEZ" for "López")."""
    return " ".join(re.findall(r"[A-Z0-9]+", fold(str(value))))


def _print_why(dossiers: list, truths: dict) -> None:
    """Counts of false alarms by what they rest on (no name, value or wording is printed): the code, the
    kinds of document the gap names, and for a comparison which document's field disagrees with its truth,
    with the kind of source it was read from ("zone", "label", "sentence", ...)."""
    why: Counter[str] = Counter()
    for dossier in dossiers:
        truth = truths[dossier.id]
        kinds = {f.relpath: f.doc_type for f in truth.files}
        expected = {(code, req) for code, req in truth.expected_gaps}
        for gap in dossier.gaps:
            if gap.severity not in (Severity.ERROR, Severity.WARNING) or (gap.code, gap.requirement) in expected:
                continue
            named = sorted(kinds.get(w.split(", page")[0], "?") for w in gap.files)
            wrong = []
            for doc in dossier.documents:
                want = next((f.truth for f in truth.files if f.relpath == doc.file.relpath), None)
                if doc.where not in gap.files or want is None:
                    continue
                for name in _COMPARED.get(gap.code, ()):
                    got = doc.fields.get(name)
                    if got is not None and name in want and _key(got.value) != _key(want[name]):
                        wrong.append(f"{kinds.get(doc.file.relpath, '?')}.{name} read wrong"
                                     f" ({got.source.split(':')[0] or '?'})")
            why[f"{gap.code}/{gap.requirement or '-'} on {'+'.join(named) or '-'}"
                f"{': ' + ', '.join(sorted(wrong)) if wrong else ''}"] += 1
    if why:
        print("\n| false alarm: code/requirement on kinds named, fields read wrong (source) | count |")
        print("|---|---|")
        for line, n in sorted(why.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"| {line} | {n} |")


def _listed(gaps: set[tuple[str, str | None]]) -> list[str]:
    """`code/requirement` (or the bare code, for a gap no requirement gives), in order: a None
    requirement does not sort against a string."""
    return sorted(f"{code}/{req}" if req else code for code, req in gaps)


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.1%}" if b else "n/a"


if __name__ == "__main__":
    main()
