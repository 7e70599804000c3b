"""Evaluate one dossier's documents against the checklist (rules.toml).

Every verdict carries its evidence (file, page, words, dates). No rule reads the
clock: the filing date is `filing` or `as_of`, given by the caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta

from docscheck.checklist.identity import (
    applicant_matches,
    name_tokens,
    number_key,
    same_names,
    same_organisation,
)
from docscheck.checklist.rules import Check, Checklist, Condition, Requirement, load_checklist
from docscheck.model import (
    Deadlines,
    DocType,
    Document,
    DossierReport,
    FieldScalar,
    Gap,
    RequirementResult,
    Severity,
    Status,
)
from docscheck.zonetrust import trusted_zone_value


def field_value(doc: Document, name: str) -> FieldScalar | None:
    """A document's field, or the same value from its zone when the field is missing (docscheck.zonetrust)."""
    found = trusted_zone_value(doc, name)
    return None if found is None else found.value


def date_value(doc: Document, name: str) -> date | None:
    v = field_value(doc, name)
    return v if isinstance(v, date) else None


def text_value(doc: Document, name: str) -> str:
    v = field_value(doc, name)
    return v if isinstance(v, str) else ""


def evidence(doc: Document, name: str) -> str:
    """`file p.N: field = value ("as printed")` for one field, or where it came from."""
    f = doc.fields.get(name)
    where = doc.file.relpath
    if f is not None:
        page = f" p.{f.page}" if f.page else ""
        value = f.value.isoformat() if isinstance(f.value, date) else str(f.value)
        raw = f' ("{f.raw}")' if f.raw and f.raw != value else ""
        return f"{where}{page}: {name} = {value}{raw}"
    v = field_value(doc, name)
    if v is not None and doc.zone is not None:
        value = v.isoformat() if isinstance(v, date) else str(v)
        return f"{where}: {name} = {value} (machine-readable zone)"
    return f"{where}: {name} not read"


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


@dataclass
class _Outcome:
    """What one check said about one document."""

    ok: bool | None  # None: could not be checked for lack of data
    gap: str = ""
    params: dict[str, str] = field(default_factory=dict)
    evidence: tuple[str, ...] = ()
    missing: str = ""  # the field that could not be read


@dataclass
class _Context:
    dossier_id: str
    documents: Sequence[Document]
    filing: date
    arrival: date | None
    applicant: str | None
    rules: Checklist
    gaps: list[Gap] = field(default_factory=list)
    satisfied_files: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def docs(self, doc_type: DocType) -> list[Document]:
        """Documents of a type, those that satisfied their requirement first."""
        chosen = {f for files in self.satisfied_files.values() for f in files}
        found = [d for d in self.documents if d.type is doc_type and d.file.error is None]
        return sorted(found, key=lambda d: d.file.relpath not in chosen)

    def add(self, code: str, requirement: str | None, severity: Severity, files: Sequence[str] = (),
            params: dict[str, str] | None = None, evidence: Sequence[str] = ()) -> None:
        self.gaps.append(Gap(code, requirement, severity, tuple(files), dict(params or {}), tuple(evidence)))


# ------------------------------------------------------------------ document checks


def _check_document(check: Check, doc: Document, filing: date) -> _Outcome:
    p = check.params
    rel = doc.file.relpath
    base = {"file": rel, "doc_type": doc.type.value, "filing": _iso(filing)}
    if check.kind == "field_equals":
        name, want = p["field"], p["value"]
        got = field_value(doc, name)
        if got in (None, ""):
            return _Outcome(None, missing=name, evidence=(evidence(doc, name),))
        ok = str(got) == str(want)
        return _Outcome(ok, check.gap, {**base, "field": name, "value": str(got), "expected": str(want)},
                        (evidence(doc, name),))
    if check.kind == "valid_on_filing":
        until_name, from_name = p["until"], p.get("from")
        until = date_value(doc, until_name)
        if until is None:
            return _Outcome(None, missing=until_name, evidence=(evidence(doc, until_name),))
        ev = [evidence(doc, until_name)]
        start = date_value(doc, from_name) if from_name else None
        if from_name:
            ev.insert(0, evidence(doc, from_name))
        params = {**base, "valid_until": _iso(until), "valid_from": _iso(start), "expiry": _iso(until)}
        if until < filing:
            return _Outcome(False, check.gap, {**params, "reason": "expired"}, tuple(ev))
        if start is not None and start > filing:
            return _Outcome(False, check.gap, {**params, "reason": "not_yet_valid"}, tuple(ev))
        if from_name and start is None:
            return _Outcome(None, missing=from_name, evidence=tuple(ev))
        return _Outcome(True, evidence=tuple(ev))
    if check.kind == "issued_within":
        name, months = p["field"], int(p["months"])
        issued = date_value(doc, name)
        if issued is None:
            return _Outcome(None, missing=name, evidence=(evidence(doc, name),))
        limit = filing - relativedelta(months=months)
        params = {**base, "issue_date": _iso(issued), "months": str(months), "limit": _iso(limit)}
        return _Outcome(issued > limit, check.gap, params, (evidence(doc, name),))
    raise ValueError(f"unknown document check kind {check.kind!r}")  # rules.py refuses these at load


def _evaluate_requirement(req: Requirement, ctx: _Context) -> RequirementResult:
    candidates = [d for d in ctx.documents if d.type in req.types and d.file.error is None]
    passed: list[tuple[Document, list[_Outcome]]] = []  # with their unverified outcomes
    failed: list[tuple[Document, Check, _Outcome]] = []
    advised: list[tuple[Document, Check, _Outcome]] = []  # failures of warning-only checks
    for doc in candidates:
        unverified: list[_Outcome] = []
        failure: tuple[Check, _Outcome] | None = None
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
    if not candidates:
        ctx.add("missing_document", req.id, req.severity, (),
                {"requirement": req.id, "types": ",".join(t.value for t in req.types)},
                (f"no file classified as {' or '.join(t.value for t in req.types)}",))
    elif not verified:
        # Nothing verified: say what could not be read on the documents that might satisfy it.
        for doc, unverified in passed:
            for out in unverified:
                kind = "date_unreadable" if out.missing.endswith(("date", "_until", "_from")) else "field_unreadable"
                ctx.add(kind, req.id, Severity.WARNING, (doc.file.relpath,),
                        {"file": doc.file.relpath, "doc_type": doc.type.value, "field": out.missing,
                         "rule": req.id}, out.evidence)
    satisfied = bool(passed)
    for doc, check, out in failed:
        severity = req.severity
        if satisfied:
            if check.when_satisfied is None:
                continue
            severity = Severity(check.when_satisfied)
        ctx.add(check.gap, req.id, severity, (doc.file.relpath,), out.params, out.evidence)
    for doc, check, out in advised:
        if any(d is doc for d, _ in passed):
            ctx.add(check.gap, req.id, Severity.WARNING, (doc.file.relpath,), out.params, out.evidence)
    files = tuple(d.file.relpath for d, _ in passed)
    ev: list[str] = []
    for d, _ in passed:
        ev.append(f"{d.file.relpath}: classified as {d.type.value} ({d.classification.confidence:.2f})")
        for c in req.checks:
            if c.applies_to(d.type):
                ev.extend(_check_document(c, d, ctx.filing).evidence)
    if not passed:
        ev.extend(f"{d.file.relpath}: {c.gap}" for d, c, _ in failed)
    ctx.satisfied_files[req.id] = files
    return RequirementResult(req.id, satisfied, files, tuple(ev))


# ------------------------------------------------------------------ conditions


def _ref(ctx: _Context, ref: str) -> tuple[Document | None, str]:
    """`type.field` -> the first document of that type (satisfying ones first) and the field name."""
    type_name, _, name = ref.partition(".")
    docs = ctx.docs(DocType(type_name))
    return (docs[0] if docs else None), name


def _unreadable(ctx: _Context, cond: Condition, doc: Document, name: str) -> None:
    code = "date_unreadable" if name.endswith("date") else "field_unreadable"
    ctx.add(code, None, Severity.WARNING, (doc.file.relpath,),
            {"file": doc.file.relpath, "doc_type": doc.type.value, "field": name, "rule": cond.id},
            (evidence(doc, name),))


def _nationality(ctx: _Context, cond: Condition) -> None:
    codes = {c.upper() for c in cond.params["codes"]}
    for t in cond.params["types"]:
        for doc in ctx.docs(t):
            nat = text_value(doc, "nationality").upper().replace("<", "")
            if nat in codes:
                ctx.add(cond.gap, None, cond.severity, (doc.file.relpath,),
                        {"file": doc.file.relpath, "nationality": nat}, (evidence(doc, "nationality"),))
                return


def _date_before(ctx: _Context, cond: Condition, not_checked: list[str]) -> None:
    doc, name = _ref(ctx, cond.params["left"])
    if doc is None:
        return  # the missing document is its own gap
    if ctx.arrival is None:
        not_checked.append(cond.id)
        return
    signed = date_value(doc, name)
    if signed is None:
        _unreadable(ctx, cond, doc, name)
        return
    inclusive = bool(cond.params.get("inclusive", False))
    ok = signed <= ctx.arrival if inclusive else signed < ctx.arrival
    if not ok:
        ctx.add(cond.gap, None, cond.severity, (doc.file.relpath,),
                {"file": doc.file.relpath, "signature_date": _iso(signed), "arrival": _iso(ctx.arrival)},
                (evidence(doc, name), f"arrival in France: {_iso(ctx.arrival)}"))


def _within_months(ctx: _Context, cond: Condition, not_checked: list[str]) -> None:
    if ctx.arrival is None:
        not_checked.append(cond.id)
        return
    deadline = ctx.arrival + relativedelta(months=int(cond.params["months"]))
    if ctx.filing > deadline:
        ctx.add(cond.gap, None, cond.severity, (),
                {"arrival": _iso(ctx.arrival), "deadline": _iso(deadline), "filing": _iso(ctx.filing)},
                (f"arrival {_iso(ctx.arrival)} + {cond.params['months']} month(s) = {_iso(deadline)}",
                 f"filing date {_iso(ctx.filing)}"))


_IDENTITY_ORDER = (DocType.PASSPORT, DocType.PHOTO_ID, DocType.CONSULAR_CARD, DocType.NATIONALITY_CERTIFICATE,
                   DocType.CONSULAR_ATTESTATION, DocType.VISA, DocType.BIRTH_CERTIFICATE)


def _same_person(ctx: _Context, cond: Condition) -> None:
    types: tuple[DocType, ...] = cond.params["types"]
    ordered = sorted(types, key=lambda t: _IDENTITY_ORDER.index(t) if t in _IDENTITY_ORDER else 99)
    people = [d for t in ordered for d in ctx.docs(t)
              if text_value(d, "surname") or text_value(d, "given_names")]
    if not people:
        return
    ref = people[0]
    rs, rg, rb = text_value(ref, "surname"), text_value(ref, "given_names"), date_value(ref, "date_of_birth")
    ref_name = " ".join(x for x in (rs, rg) if x)
    for doc in people[1:]:
        s, g, b = text_value(doc, "surname"), text_value(doc, "given_names"), date_value(doc, "date_of_birth")
        names_ok = same_names(rs, rg, s, g)
        birth_ok = rb is None or b is None or rb == b
        if names_ok and birth_ok:
            continue
        ev = [evidence(ref, "surname"), evidence(ref, "given_names"), evidence(doc, "surname"),
              evidence(doc, "given_names")]
        if not birth_ok:
            ev += [evidence(ref, "date_of_birth"), evidence(doc, "date_of_birth")]
        ctx.add(cond.gap, None, cond.severity, (ref.file.relpath, doc.file.relpath),
                {"file": ref.file.relpath, "other_file": doc.file.relpath, "name": ref_name,
                 "other_name": " ".join(x for x in (s, g) if x), "birth_date": _iso(rb), "other_birth_date": _iso(b),
                 "what": "name" if not names_ok else "birth_date"}, ev)
    if ctx.applicant and name_tokens(ctx.applicant) and not applicant_matches(ctx.applicant, rs, rg):
        ctx.add(cond.gap, None, cond.severity, (ref.file.relpath,),
                {"file": ref.file.relpath, "other_file": "dossier.toml", "name": ref_name,
                 "other_name": ctx.applicant, "birth_date": "", "other_birth_date": "", "what": "name"},
                (evidence(ref, "surname"), evidence(ref, "given_names"), f"applicant: {ctx.applicant}"))


def _same_value(ctx: _Context, cond: Condition) -> None:
    left_doc, left_name = _ref(ctx, cond.params["left"])
    if left_doc is None:
        return
    rights = []
    for ref in cond.params["right"]:
        type_name, _, name = ref.partition(".")
        rights += [(d, name) for d in ctx.docs(DocType(type_name))]
    if not rights:
        return
    left = text_value(left_doc, left_name)
    if not left:
        _unreadable(ctx, cond, left_doc, left_name)
        return
    fuzzy = cond.params.get("match") == "fuzzy"
    readable = [(d, n, text_value(d, n)) for d, n in rights if text_value(d, n)]
    if not readable:
        d, n = rights[0]
        _unreadable(ctx, cond, d, n)
        return
    if fuzzy:
        # Every other document must name the same body.
        bad = [(d, n, v) for d, n, v in readable if not same_organisation(left, v)]
    else:
        # One passport (of possibly several) must carry the number.
        bad = [] if any(number_key(v) == number_key(left) for _, _, v in readable) else readable[:1]
    for d, n, v in bad:
        ctx.add(cond.gap, None, cond.severity, (left_doc.file.relpath, d.file.relpath),
                {"file": left_doc.file.relpath, "value": left, "other_file": d.file.relpath, "other_value": v,
                 "doc_type": left_doc.type.value, "other_doc_type": d.type.value},
                (evidence(left_doc, left_name), evidence(d, n)))


def _duration_between(ctx: _Context, cond: Condition) -> None:
    doc, start_name = _ref(ctx, cond.params["start"])
    _, end_name = _ref(ctx, cond.params["end"])
    if doc is None:
        return
    start, end = date_value(doc, start_name), date_value(doc, end_name)
    for name, value in ((start_name, start), (end_name, end)):
        if value is None:
            _unreadable(ctx, cond, doc, name)
    if start is None or end is None:
        return
    lo, hi = int(cond.params["min_months"]), int(cond.params["max_months"])
    after_end = end + timedelta(days=1)  # a contract from 1 March to 31 August lasts six months
    delta = relativedelta(after_end, start)
    months = delta.years * 12 + delta.months
    if after_end < start + relativedelta(months=lo) or after_end > start + relativedelta(months=hi):
        ctx.add(cond.gap, None, cond.severity, (doc.file.relpath,),
                {"file": doc.file.relpath, "start": _iso(start), "end": _iso(end), "months": str(months),
                 "min": str(lo), "max": str(hi)},
                (evidence(doc, start_name), evidence(doc, end_name)))


def _plain(s: str) -> str:
    return " ".join(name_tokens(s)).lower()


def _keywords(ctx: _Context, cond: Condition) -> None:
    docs = ctx.docs(DocType(cond.params["type"]))
    if not docs:
        return
    doc = docs[0]
    name = cond.params.get("field", "")
    words = [_plain(w) for w in cond.params["words"]]
    # The mission field first; the whole text when the field was not found or says too little.
    for text in (text_value(doc, name) if name else "", doc.file.text):
        hay = f" {_plain(text)} "
        found = [w for w in words if f" {w} " in hay]
        if found:
            return
    ctx.add(cond.gap, None, cond.severity, (doc.file.relpath,), {"file": doc.file.relpath},
            (f"{doc.file.relpath}: none of the words of a social or humanitarian mission found",))


# ------------------------------------------------------------------ per-file findings


def _file_findings(ctx: _Context, rules: Checklist) -> None:
    for doc in ctx.documents:
        f = doc.file
        if f.error is not None:
            ctx.add("unreadable_file", None, Severity.WARNING, (f.relpath,),
                    {"file": f.relpath, "reason": f.error.code, "detail": f.error.detail},
                    (f"{f.relpath}: {f.error.code} {f.error.detail}".strip(),))
        elif doc.type is DocType.UNKNOWN:
            ctx.add("unrecognized_file", None, Severity.WARNING, (f.relpath,), {"file": f.relpath},
                    (f"{f.relpath}: {'; '.join(doc.classification.evidence) or 'no telling words'} "
                     f"(confidence {doc.classification.confidence:.2f})",))
    # The same file uploaded twice.
    seen: dict[str, list[str]] = {}
    for doc in ctx.documents:
        if doc.file.sha256 and doc.file.size:
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
                files = [d.file.relpath for d in docs]
                ctx.add("duplicate_document", req.id, Severity.WARNING, files,
                        {"file": files[0], "other_file": files[1], "reason": "same_fields",
                         "doc_type": docs[0].type.value},
                        tuple(f"{', '.join(files)}: {k} = {v}" for k, v in zip(req.key_fields, key, strict=True) if v))


# ------------------------------------------------------------------ the dossier


def _deadlines(ctx: _Context, rules: Checklist) -> Deadlines:
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
    "same_person": _same_person,
    "same_value": _same_value,
    "duration_between": _duration_between,
    "keywords": _keywords,
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
) -> DossierReport:
    """Check one dossier's documents against the checklist and say what is missing or wrong.

    The filing date is `filing`, or `as_of` when not given; `arrival` is the date of entry
    into France, needed by the one-month deadline and the contract-before-entry rules.
    """
    rules = rules or load_checklist()
    filing_date = filing or as_of
    ctx = _Context(dossier_id, documents, filing_date, arrival, applicant, rules)
    deadlines = _deadlines(ctx, rules)

    european = next((c for c in rules.conditions if c.kind == "nationality_in"), None)
    if european is not None:
        _nationality(ctx, european)
        if ctx.gaps:
            # "A European volunteer does not need a residence permit."
            return DossierReport(dossier_id, path, Status.NOT_REQUIRED, tuple(documents), (), tuple(ctx.gaps),
                                 deadlines, arrival, filing_date, applicant)

    _file_findings(ctx, rules)
    results = [_evaluate_requirement(req, ctx) for req in rules.requirements]
    not_checked: list[str] = []
    for cond in rules.conditions:
        if cond.kind == "date_before":
            _date_before(ctx, cond, not_checked)
        elif cond.kind == "within_months":
            _within_months(ctx, cond, not_checked)
        elif cond.kind in _CONDITIONS:
            _CONDITIONS[cond.kind](ctx, cond)
    if not_checked:
        ctx.add("arrival_unknown", None, Severity.INFO, (), {"rules": ",".join(not_checked)},
                ("no arrival date given (--arrival, dossier.toml or manifest.csv)",))
    for rem in rules.reminders:
        ctx.add(rem.gap, None, rem.severity, (), {"reminder": rem.id}, ("not visible in the files: reminder",))

    has_error = any(g.severity is Severity.ERROR for g in ctx.gaps)
    status = Status.INCOMPLETE if has_error else Status.COMPLETE
    return DossierReport(dossier_id, path, status, tuple(documents), tuple(results), tuple(ctx.gaps), deadlines,
                         arrival, filing_date, applicant)
