"""Masking document numbers and birth dates in a report shared beyond the applicant (`--redact`).

`redact_report()` returns a copy of a Report in which every document number
(passport, visa, identity card: all but the last two characters, `*******78`)
and every date of birth (`****-**-**`) is masked: in the extracted fields, in
the machine-readable zones, in gap parameters and evidence, in classification
evidence and in the pages' text.  Every report format renders from the Report,
so one masking covers text, JSON, CSV and HTML.  Names are kept: the reviewer
needs them to know whose dossier it is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from docscheck.model import Document, DossierReport, Field, FileText, Gap, Report, RequirementResult, Zone

NUMBER_FIELDS = ("document_number", "passport_number", "visa_number", "card_number")
BIRTH_FIELDS = ("date_of_birth", "birth_date")
DATE_MASK = "****-**-**"
# Gap parameters that carry a birth date or a document number, whatever the gap.
_BIRTH_PARAM = re.compile(r"^(other_)?(birth_date|date_of_birth)$")
_NUMBER_PARAM = re.compile(r"(document|passport|visa|card)_?number")
# Gaps whose `value`/`other_value` are document numbers.
_NUMBER_GAPS = {"document_number_mismatch"}

_MONTHS = (
    ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"),
    ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
     "novembre", "décembre"),
)


def mask_number(value: str) -> str:
    """`A12345678` -> `*******78`: enough to tell two documents apart, not to use one."""
    value = value.strip()
    if len(value) <= 2:
        return "*" * len(value)
    return "*" * (len(value) - 2) + value[-2:]


def _date_forms(d: date) -> set[str]:
    """The ways a date is written on documents, in zones and in docscheck's own messages."""
    forms = {
        d.isoformat(),
        f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}/{d.month}/{d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day:02d}-{d.month:02d}-{d.year}",
        f"{d.month:02d}/{d.day:02d}/{d.year}",
        f"{d.year % 100:02d}{d.month:02d}{d.day:02d}",  # zone (YYMMDD)
    }
    for months in _MONTHS:
        forms.add(f"{d.day} {months[d.month - 1]} {d.year}")
        forms.add(f"{d.day:02d} {months[d.month - 1]} {d.year}")
        forms.add(f"{d.day} {months[d.month - 1][:3]} {d.year}")
    if d.day == 1:
        forms.add(f"1er {_MONTHS[1][d.month - 1]} {d.year}")
    return forms


class _Secrets:
    """Every document number and birth date found in a dossier, and how each is masked."""

    def __init__(self) -> None:
        self.replacements: dict[str, str] = {}

    def number(self, value: object) -> None:
        if isinstance(value, str):
            for form in {value.strip(), value.replace(" ", "").strip(), value.replace("<", "").strip()}:
                if len(form) >= 4:
                    self.replacements[form] = mask_number(form)

    def birth(self, value: object) -> None:
        if isinstance(value, date):
            for form in _date_forms(value):
                self.replacements[form] = "*" * len(form) if form.isdigit() else _mask_digits(form)
        elif isinstance(value, str) and len(value.strip()) >= 6:
            self.replacements[value.strip()] = _mask_digits(value.strip())

    def apply(self, text: str) -> str:
        # Longest first, so `A12345678` is masked whole before any shorter secret inside it.
        for secret in sorted(self.replacements, key=len, reverse=True):
            if secret in text:
                text = text.replace(secret, self.replacements[secret])
        return text


def _mask_digits(text: str) -> str:
    masked = re.sub(r"\d", "*", text)
    for months in _MONTHS:
        for name in months:
            masked = re.sub(rf"\b{re.escape(name)}\b", "*" * len(name), masked, flags=re.IGNORECASE)
    return masked


def _collect(documents: tuple[Document, ...], secrets: _Secrets) -> None:
    for doc in documents:
        for name, fld in doc.fields.items():
            if name in NUMBER_FIELDS:
                secrets.number(fld.value)
                secrets.number(fld.raw)
            elif name in BIRTH_FIELDS:
                secrets.birth(fld.value)
                secrets.birth(fld.raw)
        if doc.zone is not None:
            secrets.number(doc.zone.document_number)
            secrets.birth(doc.zone.birth_date)


def _field(name: str, fld: Field, secrets: _Secrets) -> Field:
    if name in NUMBER_FIELDS:
        value = mask_number(fld.value) if isinstance(fld.value, str) else fld.value
        return replace(fld, value=value, raw=mask_number(fld.raw) if fld.raw else "")
    if name in BIRTH_FIELDS:
        return replace(fld, value=DATE_MASK, raw=_mask_digits(fld.raw) if fld.raw else "")
    if isinstance(fld.value, str):
        return replace(fld, value=secrets.apply(fld.value), raw=secrets.apply(fld.raw))
    return replace(fld, raw=secrets.apply(fld.raw))


def _zone(zone: Zone, secrets: _Secrets) -> Zone:
    return replace(
        zone,
        lines=tuple(secrets.apply(line) for line in zone.lines),
        document_number=mask_number(zone.document_number) if zone.document_number else "",
        birth_date=None,
    )


def _file(file: FileText, secrets: _Secrets) -> FileText:
    pages = tuple(
        replace(p, text=secrets.apply(p.text), zone_text=secrets.apply(p.zone_text) if p.zone_text else p.zone_text)
        for p in file.pages
    )
    return replace(file, pages=pages)


def _gap(gap: Gap, secrets: _Secrets) -> Gap:
    params: dict[str, str] = {}
    for key, value in gap.params.items():
        if _BIRTH_PARAM.search(key):
            params[key] = DATE_MASK if value else value
        elif _NUMBER_PARAM.search(key) or (gap.code in _NUMBER_GAPS and key in ("value", "other_value")):
            params[key] = mask_number(value) if value else value
        else:
            params[key] = secrets.apply(value)
    return replace(gap, params=params, evidence=tuple(secrets.apply(e) for e in gap.evidence))


def _requirement(req: RequirementResult, secrets: _Secrets) -> RequirementResult:
    return replace(req, evidence=tuple(secrets.apply(e) for e in req.evidence))


def redact_dossier(dossier: DossierReport) -> DossierReport:
    """One dossier's report with its document numbers and birth dates masked."""
    secrets = _Secrets()
    _collect(dossier.documents, secrets)
    for gap in dossier.gaps:
        for key, value in gap.params.items():
            if _NUMBER_PARAM.search(key) or (gap.code in _NUMBER_GAPS and key in ("value", "other_value")):
                secrets.number(value)
            elif _BIRTH_PARAM.search(key) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value or ""):
                secrets.birth(date.fromisoformat(value))
    documents = tuple(
        replace(
            doc,
            file=_file(doc.file, secrets),
            fields={name: _field(name, fld, secrets) for name, fld in doc.fields.items()},
            zone=_zone(doc.zone, secrets) if doc.zone is not None else None,
            classification=replace(
                doc.classification, evidence=tuple(secrets.apply(e) for e in doc.classification.evidence)
            ),
        )
        for doc in dossier.documents
    )
    return replace(
        dossier,
        documents=documents,
        gaps=tuple(_gap(g, secrets) for g in dossier.gaps),
        requirements=tuple(_requirement(r, secrets) for r in dossier.requirements),
    )


def redact_report(report: Report) -> Report:
    """The report with every document number and date of birth masked, for sharing beyond the applicant."""
    return replace(report, dossiers=tuple(redact_dossier(d) for d in report.dossiers))
