"""Evaluate one dossier's documents against the checklist (rules.toml).

Every verdict carries its evidence (file, page, words, dates). No rule reads the
clock: the filing date is `filing` or `as_of`, given by the caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta

from docscheck.checklist import conditions, mission
from docscheck.checklist.candidates import Candidate, possible_documents
from docscheck.checklist.conditions import entry_not_before, nationality
from docscheck.checklist.context import (  # noqa: F401  (re-exported: what reports read off a document)
    Context,
    Outcome,
    date_value,
    display_text,
    evidence,
    field_value,
    iso,
    text_value,
)
from docscheck.checklist.rules import Check, Checklist, Requirement, load_checklist
from docscheck.checklist.signature import closing_date, signing
from docscheck.messages import poor_image_params
from docscheck.model import (
    Confirmation,
    Deadlines,
    DocType,
    Document,
    DossierReport,
    Gap,
    RequirementResult,
    Severity,
    Status,
    ToVerify,
)
from docscheck.zonetrust import trusted_value

# ------------------------------------------------------------------ document checks


def _check_document(check: Check, doc: Document, filing: date) -> Outcome:
    p = check.params
    rel = doc.where
    base = {"file": rel, "doc_type": doc.type.value, "filing": iso(filing)}
    if check.kind == "field_equals":
        name, want = p["field"], p["value"]
        got = trusted_value(doc, name)
        if got in (None, ""):
            return Outcome(None, missing=name, evidence=(evidence(doc, name),))
        ok = str(got) == str(want)
        return Outcome(ok, check.gap, {**base, "field": name, "value": str(got), "expected": str(want)},
                        (evidence(doc, name),))
    if check.kind == "field_present":
        # What a page must show (a date on a letter): not found on it is a failure, not an unread field.
        name = p["field"]
        got = trusted_value(doc, name)
        if got in (None, "", False) and (dated := closing_date(doc)):
            # undated only on evidence of absence: a date stands at the letter's foot, not read as its signing's
            return Outcome(None, missing=name, evidence=(
                evidence(doc, name), f"{doc.where}: \"{dated}\" stands among its last lines"))
        return Outcome(got not in (None, "", False), check.gap, {**base, "field": name}, (evidence(doc, name),))
    if check.kind == "signed":
        # "Letter by which you agree to leave the territory": a letter one signs; unsigned only on evidence.
        name = p["field"]
        got = trusted_value(doc, name)
        seen = signing(doc, None if got in (None, "") else bool(got))
        shown = (evidence(doc, name), *((seen.evidence,) if seen.evidence else ()))
        if seen.signed is None:
            return Outcome(None, missing=name, evidence=shown)
        return Outcome(seen.signed, check.gap, {**base, "field": name, "value": str(seen.signed), "expected": "True"},
                       shown)
    if check.kind == "valid_on_filing":
        until_name, from_name = p["until"], p.get("from")
        until = date_value(doc, until_name)
        if until is None:
            return Outcome(None, missing=until_name, evidence=(evidence(doc, until_name),))
        ev = [evidence(doc, until_name)]
        start = date_value(doc, from_name) if from_name else None
        if from_name:
            ev.insert(0, evidence(doc, from_name))
        params = {**base, "valid_until": iso(until), "valid_from": iso(start), "expiry": iso(until)}
        if until < filing:
            return Outcome(False, check.gap, {**params, "reason": "expired"}, tuple(ev))
        if start is not None and start > filing:
            return Outcome(False, check.gap, {**params, "reason": "not_yet_valid"}, tuple(ev))
        if from_name and start is None:
            return Outcome(None, missing=from_name, evidence=tuple(ev))
        return Outcome(True, evidence=tuple(ev))
    if check.kind == "issued_within":
        name, months = p["field"], int(p["months"])
        issued = date_value(doc, name)
        if issued is None:
            return Outcome(None, missing=name, evidence=(evidence(doc, name),))
        limit = filing - relativedelta(months=months)
        params = {**base, "issue_date": iso(issued), "months": str(months), "limit": iso(limit)}
        return Outcome(issued > limit, check.gap, params, (evidence(doc, name),))
    raise ValueError(f"unknown document check kind {check.kind!r}")  # rules.py refuses these at load


def _evaluate_requirement(req: Requirement, ctx: Context, possible: Candidate | None = None) -> RequirementResult:
    candidates = [d for d in ctx.documents if d.type in req.types and d.file.error is None]
    candidates = [d for d in candidates if d.where not in ctx.set_aside] or candidates
    passed: list[tuple[Document, list[Outcome]]] = []  # with their unverified outcomes
    failed: list[tuple[Document, Check, Outcome]] = []
    advised: list[tuple[Document, Check, Outcome]] = []  # failures of warning-only checks
    for doc in candidates:
        unverified: list[Outcome] = []
        failure: tuple[Check, Outcome] | None = None
        for check in req.checks:
            if not check.applies_to(doc.type):
                continue
            out = _check_document(check, doc, ctx.filing)
            if out.ok is None:
                unverified.append(out)
            elif not out.ok and check.severity == "warning":
                advised.append((doc, check, out))
            elif not out.ok:
                failure = (check, out)
                break
        if failure is None:
            passed.append((doc, unverified))
        else:
            failed.append((doc, *failure))

    verified = [d for d, u in passed if not u]
    if not candidates and possible is not None:
        _possible_document(ctx, req, possible)
    elif not candidates:
        ctx.add("missing_document", req.id, req.severity, (),
                {"requirement": req.id, "types": ",".join(t.value for t in req.types)},
                (f"no file classified as {' or '.join(t.value for t in req.types)}",))
    elif not verified:
        # Nothing verified: say what could not be read on the documents that might satisfy it (to verify).
        for doc, unverified in passed:
            for out in unverified:
                ctx.not_read(req.id, req.severity, doc, out.missing, out.evidence, requirement=req.id)
    elif req.severity is Severity.ERROR and all(any(d is a for a, _, _ in advised) for d in verified):
        # Every document that counts failed a check docscheck sees imperfectly (a photo): a person looks.
        for doc, check, out in advised:
            if any(d is doc for d in verified):
                ctx.verify(req.id, "check_not_seen", (doc.where,),
                           {"file": doc.where, "doc_type": doc.type.value, "check": check.gap},
                           out.evidence)
    satisfied = bool(passed)
    for doc, check, out in failed:
        severity = req.severity
        if satisfied:
            if check.when_satisfied is None:
                continue
            severity = Severity(check.when_satisfied)
        ctx.add(check.gap, req.id, severity, (doc.where,), out.params, out.evidence)
    for doc, check, out in advised:
        if any(d is doc for d, _ in passed):
            ctx.add(check.gap, req.id, Severity.WARNING, (doc.where,), out.params, out.evidence)
    files = tuple(d.where for d, _ in passed)
    ev: list[str] = []
    for d, _ in passed:
        ev.append(f"{d.where}: classified as {d.type.value} ({d.classification.confidence:.2f})")
        for c in req.checks:
            if c.applies_to(d.type):
                ev.extend(_check_document(c, d, ctx.filing).evidence)
    if not passed:
        ev.extend(f"{d.where}: {c.gap}" for d, c, _ in failed)
    ctx.satisfied_files[req.id] = files
    return RequirementResult(req.id, satisfied, files, tuple(ev))


def _possible_document(ctx: Context, req: Requirement, found: Candidate) -> None:
    """No file was classified as the requirement's document but one may be it: a person looks, and the
    file is set aside from the rules of the type it was read as."""
    doc = found.doc
    params = {"file": doc.where, "doc_type": doc.type.value, "rule": req.id, "reason": found.reason,
              "types": ",".join(t.value for t in req.types)}
    ev = (f"no file classified as {' or '.join(t.value for t in req.types)}", found.evidence)
    ctx.add("possible_document", req.id, Severity.INFO, (doc.where,), params, ev)
    if req.severity is Severity.ERROR:
        ctx.verify(req.id, "possible_document", (doc.where,), params, ev)
    if found.reason != "weaker_copy":
        ctx.set_aside.add(doc.where)


def _stale_soon(ctx: Context, req: Requirement) -> None:
    """Without a filing date the freshness rule is measured on today: say when a document that alone
    proves the requirement turns too old within `warn_days` (filed later, it would no longer count)."""
    if ctx.filing_given:
        return
    counted = [d for d in ctx.documents if d.file.relpath in ctx.satisfied_files.get(req.id, ())]
    for check in req.checks:
        days = check.params.get("warn_days")
        if check.kind != "issued_within" or not days or not counted:
            continue
        if not all(d.type in check.types for d in counted):
            continue  # another document proves it whatever the date
        for doc in counted:
            issued = date_value(doc, check.params["field"])
            if issued is None:
                continue
            too_old = issued + relativedelta(months=int(check.params["months"]))
            if ctx.filing < too_old <= ctx.filing + timedelta(days=int(days)):
                ctx.add("stale_soon", req.id, Severity.WARNING, (doc.file.relpath,),
                        {"file": doc.file.relpath, "doc_type": doc.type.value, "issue_date": iso(issued),
                         "months": str(check.params["months"]), "stale_on": iso(too_old),
                         "as_of": iso(ctx.filing)},
                        (evidence(doc, check.params["field"]), f"no filing date given: measured on {iso(ctx.filing)}"))


# ------------------------------------------------------------------ per-file findings


def _file_findings(ctx: Context, rules: Checklist) -> None:
    warned: set[tuple[str, tuple[int, ...]]] = set()
    for doc in ctx.documents:
        f = doc.file
        if f.error is not None:
            ctx.add("unreadable_file", None, Severity.WARNING, (f.relpath,),
                    {"file": f.relpath, "reason": f.error.code, "detail": f.error.detail},
                    (f"{f.relpath}: {f.error.code} {f.error.detail}".strip(),))
        elif doc.type is DocType.UNKNOWN:
            ctx.add("unrecognized_file", None, Severity.WARNING, (doc.where,), {"file": doc.where},
                    (f"{doc.where}: {'; '.join(doc.classification.evidence) or 'no telling words'} "
                     f"(confidence {doc.classification.confidence:.2f})",))
        # (once per file's poor pages: two documents on one page, a visa copied with the data page, share them)
        if f.error is None and f.poor_pages and (poor := (f.relpath, tuple(p.number for p in f.poor_pages))) not in warned:
            warned.add(poor)
            _poor_quality(ctx, doc)
    # The same file uploaded twice.
    # (Documents of one file share its hash: only different files with the same content count.)
    seen: dict[str, list[str]] = {}
    for doc in ctx.documents:
        if doc.file.sha256 and doc.file.size and doc.file.relpath not in seen.get(doc.file.sha256, []):
            seen.setdefault(doc.file.sha256, []).append(doc.file.relpath)
    flagged: set[str] = set()
    for sha, files in seen.items():
        if len(files) > 1:
            flagged.update(files)
            ctx.add("duplicate_document", None, Severity.WARNING, files,
                    {"file": files[0], "other_file": files[1], "reason": "same_content"},
                    (f"identical content (sha256 {sha[:12]}…): {', '.join(files)}",))
    # Two copies of a document that should appear once, with the same key fields.
    for req in rules.requirements:
        if not req.once:
            continue
        groups: dict[tuple[str, ...], list[Document]] = {}
        for doc in ctx.documents:
            if doc.type in req.types and doc.file.error is None and doc.file.relpath not in flagged:
                key = tuple(str(field_value(doc, k) or "") for k in req.key_fields)
                if sum(1 for k in key if k) >= 2:
                    groups.setdefault(key, []).append(doc)
        for key, docs in groups.items():
            if len(docs) > 1:
                files = [d.where for d in docs]
                ctx.add("duplicate_document", req.id, Severity.WARNING, files,
                        {"file": files[0], "other_file": files[1], "reason": "same_fields",
                         "doc_type": docs[0].type.value},
                        tuple(f"{', '.join(files)}: {k} = {v}" for k, v in zip(req.key_fields, key, strict=True) if v))


def _poor_quality(ctx: Context, doc: Document) -> None:
    """A warning for a document's page images a prefecture could turn down: retake them."""
    f = doc.file
    ev = []
    for p in f.poor_pages:
        m = p.quality.measures if p.quality else {}
        ev.append(f"{f.relpath} p.{p.number}: {','.join(p.quality.reasons if p.quality else ())} "
                  f"(edge width {m.get('edge_width', 0):.2f} of the text height, paper {m.get('paper', 0):.0f}, "
                  f"ink {m.get('ink', 0):.0f}, glare {m.get('glare', 0):.2f}, text {m.get('text_height', 0):.0f} px, "
                  f"words at the edge {m.get('edge_words', 0):.0f}, sides cut {m.get('cut_sides', 0):.0f})")
    ctx.add("poor_quality", None, Severity.WARNING, (f.relpath,), poor_image_params(f, doc.type.value), ev)


# What could not be read on a file, said together with its poor image when it has one.
_UNREAD = frozenset({"field_unreadable", "date_unreadable"})


def _with_image(documents: Sequence[Document], gaps: list[Gap], items: list[ToVerify]) -> tuple[list[Gap], list[ToVerify]]:
    """Unread fields on a poor image carry the image's reasons (`image`), so their message says to retake it."""
    poor = {d.file.relpath: ",".join(d.file.poor_reasons) for d in documents if d.file.error is None and d.file.poor_pages}
    if not poor:
        return gaps, items

    def reasons(files: tuple[str, ...], params: dict[str, str]) -> str:
        return poor.get(params.get("file", ""), "") or next((poor[f] for f in files if f in poor), "")

    gaps = [replace(g, params={**g.params, "image": reasons(g.files, g.params)})
            if g.code in _UNREAD and reasons(g.files, g.params) else g for g in gaps]
    items = [replace(i, params={**i.params, "image": reasons(i.files, i.params)})
             if i.reason in _UNREAD | {"zone_unverified"} and reasons(i.files, i.params) else i for i in items]
    return gaps, items


# ------------------------------------------------------------------ the dossier


def _deadlines(ctx: Context, rules: Checklist) -> Deadlines:
    contract = ctx.docs(DocType.VOLUNTEER_CONTRACT)
    start = date_value(contract[0], "start_date") if contract else None
    end = date_value(contract[0], "end_date") if contract else None
    return Deadlines(
        # "You need to apply for a PSA, within one month of your arrival in France."
        filing_deadline=ctx.arrival + relativedelta(months=rules.deadlines.filing_months) if ctx.arrival else None,
        # "The APS is issued for a period equal to the duration of your volunteer contract."
        aps_valid_from=start,
        aps_valid_until=end,
        # "if the prefecture (or sub-prefecture) has not replied to you in a four-month period, ... refused."
        implicit_refusal=ctx.filing + relativedelta(months=rules.deadlines.implicit_refusal_months),
    )


_CONDITIONS: dict[str, Any] = {
    "same_person": conditions.same_person,
    "same_value": conditions.same_value,
    "duration_between": conditions.duration_between,
    "keywords": mission.keywords,
    "valid_through": conditions.valid_through,
}


def evaluate_dossier(
    dossier_id: str,
    path: str,
    documents: Sequence[Document],
    *,
    as_of: date,
    arrival: date | None = None,
    filing: date | None = None,
    applicant: str | None = None,
    rules: Checklist | None = None,
    confirmations: Sequence[Confirmation] = (),
) -> DossierReport:
    """Check one dossier's documents against the checklist and say what is missing or wrong.

    The filing date is `filing`, or `as_of` when not given; `arrival` is the date of entry
    into France, needed by the one-month deadline and the contract-before-entry rules.
    """
    rules = rules or load_checklist()
    filing_date = filing or as_of
    ctx = Context(dossier_id, documents, filing_date, arrival, applicant, rules, filing_given=filing is not None)

    european = next((c for c in rules.conditions if c.kind == "nationality_in"), None)
    # "A European volunteer does not need a residence permit." The rest is still checked and shown,
    # so that a mistaken exemption is visible.
    exempt = european is not None and nationality(ctx, european)

    _file_findings(ctx, rules)
    possible = possible_documents(rules, documents)
    # set aside before any requirement is evaluated: a file that may be another document does not stand
    # for the type it was read as while another file does
    # (a weaker second copy is not: nothing says which of the two copies is the other document)
    ctx.set_aside.update(c.doc.where for c in possible.values() if c.reason != "weaker_copy")
    results = [_evaluate_requirement(req, ctx, possible.get(req.id)) for req in rules.requirements]
    # A file that may be a missing document is said so once, not also as a file recognised as nothing.
    ctx.gaps = [g for g in ctx.gaps if not (g.code == "unrecognized_file" and g.params.get("file") in ctx.set_aside)]
    deadlines = _deadlines(ctx, rules)
    for req in rules.requirements:
        _stale_soon(ctx, req)
    not_checked: list[str] = []
    for cond in rules.conditions:
        if cond.kind == "date_before":
            conditions.date_before(ctx, cond, not_checked)
        elif cond.kind == "within_months":
            conditions.within_months(ctx, cond, not_checked)
        elif cond.kind in _CONDITIONS:
            _CONDITIONS[cond.kind](ctx, cond)
    if not_checked:
        ctx.add("arrival_unknown", None, Severity.INFO, (), {"rules": ",".join(not_checked)},
                ("no arrival date given (--arrival, dossier.toml or manifest.csv)",))
        earliest, ev = entry_not_before(ctx)
        for rule_id in not_checked:
            checked = rules.condition(rule_id)
            if checked is not None and checked.severity is Severity.ERROR and not any(i.id == rule_id for i in ctx.items):
                ctx.verify(rule_id, "arrival_unknown", (), {"earliest_entry": iso(earliest)},
                           ("no arrival date given (--arrival, dossier.toml or manifest.csv)", *([ev] if ev else [])))
    for rem in rules.reminders:
        ctx.add(rem.gap, None, rem.severity, (), {"reminder": rem.id}, ("not visible in the files: reminder",))

    gaps, items = _with_image(documents, ctx.gaps, ctx.items)
    if exempt:
        # The rest of the checklist is shown for a person to see, but nothing of it is owed.
        gaps = [g if g.code == "european_national" else replace(g, severity=Severity.INFO) for g in gaps]
        items = []
    report = DossierReport(dossier_id, path, Status.NOT_REQUIRED if exempt else verdict(gaps, items),
                           tuple(documents), tuple(results), tuple(gaps), deadlines, arrival, filing_date, applicant,
                           tuple(items))
    return apply_confirmations(report, confirmations) if confirmations else report


def verdict(gaps: Sequence[Gap], items: Sequence[ToVerify]) -> Status:
    """Incomplete on a requirement verifiably not met; to verify while a rule is neither verified nor confirmed."""
    if any(g.severity is Severity.ERROR for g in gaps):
        return Status.INCOMPLETE
    if any(not i.confirmed for i in items):
        return Status.TO_VERIFY
    return Status.COMPLETE


def apply_confirmations(report: DossierReport, confirmations: Sequence[Confirmation]) -> DossierReport:
    """Mark each to-verify item a person confirmed; stale when a file it rests on changed since."""
    if report.status is Status.NOT_REQUIRED or not report.to_verify:
        return report
    current = {d.file.relpath: f"sha256:{d.file.sha256}" for d in report.documents}
    current.update({p.relpath: f"sha256:{p.sha256}" for d in report.documents for p in d.parts})
    current.update({d.where: current.get(d.file.relpath, "") for d in report.documents})
    items = []
    for item in report.to_verify:
        conf = next((c for c in reversed(confirmations) if c.item == item.id), None)
        if conf is None:
            items.append(item)
            continue
        files = set(item.files) | set(conf.files)
        stale = any(conf.files.get(f) != current.get(f) for f in files)
        items.append(replace(item, confirmation=conf, stale=stale))
    return replace(report, to_verify=tuple(items), status=verdict(report.gaps, items))
