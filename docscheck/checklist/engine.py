"""Evaluate one dossier's documents against the checklist (rules.toml).

Every verdict carries its evidence (file, page, words, dates). No rule reads the
clock: the filing date is `filing` or `as_of`, given by the caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
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
from docscheck.messages import poor_image_params
from docscheck.model import (
    Confirmation,
    Deadlines,
    DocType,
    Document,
    DossierReport,
    FieldScalar,
    Gap,
    RequirementResult,
    Severity,
    Status,
    ToVerify,
)
from docscheck.zonetrust import (
    ZONE_UNVERIFIED,
    reading,
    stated_nationality,
    trusted_value,
    verified_nationality,
)


def field_value(doc: Document, name: str) -> FieldScalar | None:
    """A document's field, or the same value from its zone, verified or not (to show and to compare
    copies; `trusted_value` is what may decide a verdict)."""
    return reading(doc, name).value


def date_value(doc: Document, name: str) -> date | None:
    """A date that may decide a verdict (never one only an unverified zone gives)."""
    v = trusted_value(doc, name)
    return v if isinstance(v, date) else None


def text_value(doc: Document, name: str) -> str:
    """A text that may decide a verdict (never one only an unverified zone gives)."""
    v = trusted_value(doc, name)
    return v if isinstance(v, str) else ""


def display_text(doc: Document, name: str) -> str:
    """A text to show people, whatever its source."""
    v = field_value(doc, name)
    return v if isinstance(v, str) else ""


def evidence(doc: Document, name: str) -> str:
    """`file p.N: field = value ("as printed")` for one field, or where it came from."""
    f = doc.fields.get(name)
    where = doc.where
    if f is not None:
        page = f" p.{f.page}" if f.page else ""
        value = f.value.isoformat() if isinstance(f.value, date) else str(f.value)
        raw = f' ("{f.raw}")' if f.raw and f.raw != value else ""
        return f"{where}{page}: {name} = {value}{raw}"
    r = reading(doc, name)
    if r.value is not None and doc.zone is not None:
        value = r.value.isoformat() if isinstance(r.value, date) else str(r.value)
        if r.source == ZONE_UNVERIFIED:
            return f"{where}: {name} = {value} (machine-readable zone, check digits failing: not trusted)"
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
    doc: Document | None = None


@dataclass
class _Context:
    dossier_id: str
    documents: Sequence[Document]
    filing: date
    arrival: date | None
    applicant: str | None
    rules: Checklist
    filing_given: bool = True  # False: the filing date is `as_of`, a guess
    gaps: list[Gap] = field(default_factory=list)
    satisfied_files: dict[str, tuple[str, ...]] = field(default_factory=dict)
    items: list[ToVerify] = field(default_factory=list)

    def docs(self, doc_type: DocType) -> list[Document]:
        """Documents of a type, those that satisfied their requirement first."""
        chosen = {f for files in self.satisfied_files.values() for f in files}
        found = [d for d in self.documents if d.type is doc_type and d.file.error is None]
        return sorted(found, key=lambda d: d.where not in chosen)

    def add(self, code: str, requirement: str | None, severity: Severity, files: Sequence[str] = (),
            params: dict[str, str] | None = None, evidence: Sequence[str] = ()) -> None:
        self.gaps.append(Gap(code, requirement, severity, tuple(files), dict(params or {}), tuple(evidence)))

    def verify(self, item: str, reason: str, files: Sequence[str] = (), params: dict[str, str] | None = None,
               evidence: Sequence[str] = ()) -> None:
        """Something a person must check by hand, since the documents could not show it."""
        self.items.append(ToVerify(item, reason, tuple(files), {"rule": item, **(params or {})}, tuple(evidence)))

    def unverified_field(self, rule: str, doc: Document, name: str, ev: Sequence[str] = ()) -> None:
        """A rule's field that was not read, or read only from an unverified zone: to verify by hand."""
        r = reading(doc, name)
        f = doc.fields.get(name)
        if r.source == ZONE_UNVERIFIED:
            reason = "zone_unverified"
        else:
            reason = "date_unreadable" if name.endswith(("date", "_until", "_from")) else "field_unreadable"
        value = r.value.isoformat() if isinstance(r.value, date) else str(r.value or "")
        page = f.page if f is not None and f.page else None
        self.verify(rule, reason, (doc.where,),
                    {"file": doc.where, "doc_type": doc.type.value, "field": name, "value": value,
                     "page": str(page or "")}, ev or (evidence(doc, name),))


# ------------------------------------------------------------------ document checks


def _check_document(check: Check, doc: Document, filing: date) -> _Outcome:
    p = check.params
    rel = doc.where
    base = {"file": rel, "doc_type": doc.type.value, "filing": _iso(filing)}
    if check.kind == "field_equals":
        name, want = p["field"], p["value"]
        got = trusted_value(doc, name)
        if got in (None, ""):
            return _Outcome(None, missing=name, evidence=(evidence(doc, name),))
        ok = str(got) == str(want)
        return _Outcome(ok, check.gap, {**base, "field": name, "value": str(got), "expected": str(want)},
                        (evidence(doc, name),))
    if check.kind == "field_present":
        # What a page must show (a date on a letter): not found on it is a failure, not an unread field.
        name = p["field"]
        got = trusted_value(doc, name)
        return _Outcome(got not in (None, "", False), check.gap, {**base, "field": name}, (evidence(doc, name),))
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
                ctx.add(kind, req.id, Severity.WARNING, (doc.where,),
                        {"file": doc.where, "doc_type": doc.type.value, "field": out.missing,
                         "rule": req.id}, out.evidence)
                if req.severity is Severity.ERROR:
                    ctx.unverified_field(req.id, doc, out.missing, out.evidence)
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


def _stale_soon(ctx: _Context, req: Requirement) -> None:
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
                        {"file": doc.file.relpath, "doc_type": doc.type.value, "issue_date": _iso(issued),
                         "months": str(check.params["months"]), "stale_on": _iso(too_old),
                         "as_of": _iso(ctx.filing)},
                        (evidence(doc, check.params["field"]), f"no filing date given: measured on {_iso(ctx.filing)}"))


# ------------------------------------------------------------------ conditions


def _ref(ctx: _Context, ref: str) -> tuple[Document | None, str]:
    """`type.field` -> the first document of that type (satisfying ones first) and the field name."""
    type_name, _, name = ref.partition(".")
    docs = ctx.docs(DocType(type_name))
    return (docs[0] if docs else None), name


def _unreadable(ctx: _Context, cond: Condition, doc: Document, name: str) -> None:
    code = "date_unreadable" if name.endswith("date") else "field_unreadable"
    ctx.add(code, None, Severity.WARNING, (doc.where,),
            {"file": doc.where, "doc_type": doc.type.value, "field": name, "rule": cond.id},
            (evidence(doc, name),))
    if cond.severity is Severity.ERROR:
        ctx.unverified_field(cond.id, doc, name)


def _nationality(ctx: _Context, cond: Condition) -> bool:
    """True when a European nationality is proven and no document contradicts it (no permit needed).

    Proven: a verified zone, or the printed nationality that the document's zone agrees with.  A
    European nationality that is not proven, or that another document contradicts, is to verify.
    """
    codes = {c.upper() for c in cond.params["codes"]}
    docs = [d for t in cond.params["types"] for d in ctx.docs(t)]
    proven = [(d, nat) for d in docs if (nat := verified_nationality(d)) in codes]
    # What each document says, on a source that may decide (an unverified zone alone neither proves nor contradicts).
    said = [(d, nat) for d in docs if (nat := str(trusted_value(d, "nationality") or "").upper().replace("<", ""))]
    if proven:
        doc, nat = proven[0]
        others = [(d, n) for d, n in said if n not in codes]
        if not others:
            ctx.add(cond.gap, None, cond.severity, (doc.where,),
                    {"file": doc.where, "nationality": nat}, (evidence(doc, "nationality"),))
            return True
        other, other_nat = others[0]
        params = {"file": doc.where, "nationality": nat, "other_file": other.where,
                  "other_nationality": other_nat}
        ev = (evidence(doc, "nationality"), evidence(other, "nationality"))
        ctx.add("nationality_conflict", None, Severity.WARNING, (doc.where, other.where), params, ev)
        ctx.verify(cond.id, "nationality_conflict", (doc.where, other.where), params, ev)
        return False
    for d in docs:
        nat = stated_nationality(d)
        trusted = str(trusted_value(d, "nationality") or "").upper().replace("<", "")
        if nat in codes and (not trusted or trusted == nat):
            ctx.verify(cond.id, "nationality_unverified", (d.where,),
                       {"file": d.where, "doc_type": d.type.value, "nationality": nat},
                       (evidence(d, "nationality"),))
            return False
    return False


def _entry_not_before(ctx: _Context) -> tuple[date | None, str]:
    """The earliest day entry into France can have been: the visa's first day of validity."""
    for visa in ctx.docs(DocType.VISA):
        start = date_value(visa, "valid_from")
        if start is not None:
            return start, evidence(visa, "valid_from")
    return None, ""


def _date_before(ctx: _Context, cond: Condition, not_checked: list[str]) -> None:
    doc, name = _ref(ctx, cond.params["left"])
    if doc is None:
        return  # the missing document is its own gap
    signed = date_value(doc, name)
    if signed is None:
        if ctx.arrival is None:
            not_checked.append(cond.id)
        _unreadable(ctx, cond, doc, name)
        return
    inclusive = bool(cond.params.get("inclusive", False))
    if ctx.arrival is None:
        # Entry cannot precede the visa's first day: a contract signed before that day was signed before entry.
        earliest, _ = _entry_not_before(ctx)
        if earliest is None or not (signed <= earliest if inclusive else signed < earliest):
            not_checked.append(cond.id)
        return
    ok = signed <= ctx.arrival if inclusive else signed < ctx.arrival
    if not ok:
        ctx.add(cond.gap, None, cond.severity, (doc.where,),
                {"file": doc.where, "signature_date": _iso(signed), "arrival": _iso(ctx.arrival)},
                (evidence(doc, name), f"arrival in France: {_iso(ctx.arrival)}"))


def _within_months(ctx: _Context, cond: Condition, not_checked: list[str]) -> None:
    if ctx.arrival is None:
        # Entry cannot precede the visa's first day: filing within the months after that day is in time.
        earliest, _ = _entry_not_before(ctx)
        if earliest is None or ctx.filing > earliest + relativedelta(months=int(cond.params["months"])):
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
        ctx.add(cond.gap, None, cond.severity, (ref.where, doc.where),
                {"file": ref.where, "other_file": doc.where, "name": ref_name,
                 "other_name": " ".join(x for x in (s, g) if x), "birth_date": _iso(rb), "other_birth_date": _iso(b),
                 "what": "name" if not names_ok else "birth_date"}, ev)
    if ctx.applicant and name_tokens(ctx.applicant) and not applicant_matches(ctx.applicant, rs, rg):
        ctx.add(cond.gap, None, cond.severity, (ref.where,),
                {"file": ref.where, "other_file": "dossier.toml", "name": ref_name,
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
    unread = [(d, n) for d, n in rights if not text_value(d, n)]
    if fuzzy:
        # Every other document must name the same body.
        bad = [(d, n, v) for d, n, v in readable if not same_organisation(left, v)]
    else:
        # One passport (of possibly several) must carry the number.
        bad = [] if any(number_key(v) == number_key(left) for _, _, v in readable) else readable[:1]
        if not bad:
            unread = []
    if not bad and unread:
        # What was read agrees, but a document that must agree too was not read: not verified.
        for d, n in unread:
            _unreadable(ctx, cond, d, n)
        return
    if bad and unread and not fuzzy:
        # The passport not read may be the one that carries the visa: not verifiably wrong.
        d, n = unread[0]
        _unreadable(ctx, cond, d, n)
        return
    for d, n, v in bad:
        ctx.add(cond.gap, None, cond.severity, (left_doc.where, d.where),
                {"file": left_doc.where, "value": left, "other_file": d.where, "other_value": v,
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
        ctx.add(cond.gap, None, cond.severity, (doc.where,),
                {"file": doc.where, "start": _iso(start), "end": _iso(end), "months": str(months),
                 "min": str(lo), "max": str(hi)},
                (evidence(doc, start_name), evidence(doc, end_name)))


def _valid_through(ctx: _Context, cond: Condition) -> None:
    """A document that proves `requirement` and expires before `until` (the contract's end): the permit,
    issued for the contract's length, will need a new one."""
    until_doc, until_name = _ref(ctx, cond.params["until"])
    end = date_value(until_doc, until_name) if until_doc is not None else None
    if end is None:
        return  # the contract's dates are their own rules
    counted = ctx.satisfied_files.get(cond.params["requirement"], ())
    name = cond.params["field"]
    for t in cond.params["types"]:
        for doc in ctx.docs(t):
            expiry = date_value(doc, name)
            if doc.file.relpath not in counted or expiry is None or expiry >= end:
                continue
            ctx.add(cond.gap, None, cond.severity, (doc.file.relpath,),
                    {"file": doc.file.relpath, "doc_type": doc.type.value, "expiry": _iso(expiry), "end": _iso(end)},
                    (evidence(doc, name), evidence(until_doc, until_name)))  # type: ignore[arg-type]


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
    ctx.add(cond.gap, None, cond.severity, (doc.where,), {"file": doc.where},
            (f"{doc.where}: none of the words of a social or humanitarian mission found",))


# ------------------------------------------------------------------ per-file findings


def _file_findings(ctx: _Context, rules: Checklist) -> None:
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
        if f.error is None and f.poor_pages:
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


def _poor_quality(ctx: _Context, doc: Document) -> None:
    """One warning per file whose page images a prefecture could turn down: retake them."""
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
    "valid_through": _valid_through,
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
    ctx = _Context(dossier_id, documents, filing_date, arrival, applicant, rules, filing_given=filing is not None)
    deadlines = _deadlines(ctx, rules)

    european = next((c for c in rules.conditions if c.kind == "nationality_in"), None)
    # "A European volunteer does not need a residence permit." The rest is still checked and shown,
    # so that a mistaken exemption is visible.
    exempt = european is not None and _nationality(ctx, european)

    _file_findings(ctx, rules)
    results = [_evaluate_requirement(req, ctx) for req in rules.requirements]
    for req in rules.requirements:
        _stale_soon(ctx, req)
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
        earliest, ev = _entry_not_before(ctx)
        for rule_id in not_checked:
            checked = rules.condition(rule_id)
            if checked is not None and checked.severity is Severity.ERROR and not any(i.id == rule_id for i in ctx.items):
                ctx.verify(rule_id, "arrival_unknown", (), {"earliest_entry": _iso(earliest)},
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
