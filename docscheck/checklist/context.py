"""What a rule reads off a document, and the state of one dossier's evaluation.

The values that may decide a verdict come through the one zone-trust policy
(docscheck.zonetrust): printed, or from a verified zone.  `Context` gathers the
gaps and the items to verify as the checks find them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from docscheck.checklist.rules import Checklist
from docscheck.model import (
    DocType,
    Document,
    FieldScalar,
    Gap,
    Severity,
    ToVerify,
)
from docscheck.zonetrust import (
    ZONE_UNVERIFIED,
    reading,
    trusted_value,
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


def document_text(doc: Document) -> str:
    """The text of a document's own pages (not of the other documents sharing its file)."""
    return "\n\f\n".join(p.text for p in doc.file.pages if doc.whole_file or p.number in doc.pages)


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


def unread_code(name: str) -> str:
    """How an unread field is keyed (its to-verify item's reason, its note's code): a date or another field."""
    return "date_unreadable" if name.endswith(("date", "_until", "_from")) else "field_unreadable"


def iso(d: date | None) -> str:
    return d.isoformat() if d else ""


@dataclass
class Outcome:
    """What one check said about one document."""

    ok: bool | None  # None: could not be checked for lack of data
    gap: str = ""
    params: dict[str, str] = field(default_factory=dict)
    evidence: tuple[str, ...] = ()
    missing: str = ""  # the field that could not be read
    doc: Document | None = None


@dataclass
class Context:
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
    set_aside: set[str] = field(default_factory=set)  # files that may be another, missing document

    def docs(self, doc_type: DocType) -> list[Document]:
        """Documents of a type: those that may be another document last (a rule must not rest on a file
        that may not be what it was read as), then those that satisfied their requirement first."""
        chosen = {f for files in self.satisfied_files.values() for f in files}
        found = [d for d in self.documents if d.type is doc_type and d.file.error is None]
        return sorted(found, key=lambda d: (d.where in self.set_aside, d.where not in chosen))

    def add(self, code: str, requirement: str | None, severity: Severity, files: Sequence[str] = (),
            params: dict[str, str] | None = None, evidence: Sequence[str] = ()) -> None:
        self.gaps.append(Gap(code, requirement, severity, tuple(files), dict(params or {}), tuple(evidence)))

    def verify(self, item: str, reason: str, files: Sequence[str] = (), params: dict[str, str] | None = None,
               evidence: Sequence[str] = ()) -> None:
        """Something a person must check by hand, since the documents could not show it."""
        self.items.append(ToVerify(item, reason, tuple(files), {"rule": item, **(params or {})}, tuple(evidence)))

    def not_read(self, rule: str, severity: Severity, doc: Document, name: str, ev: Sequence[str] = (),
                 requirement: str | None = None) -> None:
        """A field a rule needs was not read: the document is not at fault, so this is no gap (no warning).

        For an error-level rule, an item to verify (the dossier is then to verify, never complete); for a
        lesser rule, a note (info), since even that rule failing would not change the verdict.
        """
        if severity is Severity.ERROR:
            self.unverified_field(rule, doc, name, ev)
            return
        self.add(unread_code(name), requirement, Severity.INFO, (doc.where,),
                 {"file": doc.where, "doc_type": doc.type.value, "field": name, "rule": rule},
                 ev or (evidence(doc, name),))

    def unverified_field(self, rule: str, doc: Document, name: str, ev: Sequence[str] = ()) -> None:
        """A rule's field that was not read, or read only from an unverified zone: to verify by hand."""
        r = reading(doc, name)
        f = doc.fields.get(name)
        reason = "zone_unverified" if r.source == ZONE_UNVERIFIED else unread_code(name)
        value = r.value.isoformat() if isinstance(r.value, date) else str(r.value or "")
        page = f.page if f is not None and f.page else None
        self.verify(rule, reason, (doc.where,),
                    {"file": doc.where, "doc_type": doc.type.value, "field": name, "value": value,
                     "page": str(page or "")}, ev or (evidence(doc, name),))
