"""Load rules.toml into typed records and refuse anything outside the closed vocabulary."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from docscheck import countries
from docscheck.model import DocType, Severity

REQUIREMENT_KINDS = frozenset({"present", "one_of"})
DOCUMENT_CHECK_KINDS = frozenset({"field_equals", "field_present", "valid_on_filing", "issued_within", "signed"})
CONDITION_KINDS = frozenset(
    {"date_before", "within_months", "same_person", "same_value", "duration_between", "keywords", "nationality_in",
     "valid_through"}
)
#: Where a rule's `source` comes from: a sentence of the official text (the default), or a law
#: the official text does not quote (`source` is then the citation).
SOURCE_KINDS = frozenset({"official", "law"})
REMINDER_KINDS = frozenset({"reminder"})
#: Every check kind the engine implements; rules.toml may use no other.
CHECK_KINDS = REQUIREMENT_KINDS | DOCUMENT_CHECK_KINDS | CONDITION_KINDS | REMINDER_KINDS


class RulesError(ValueError):
    """rules.toml does not follow the format the engine understands."""


@dataclass(frozen=True)
class Check:
    """One test a candidate document must pass."""

    kind: str
    gap: str
    source: str
    types: tuple[DocType, ...] = ()  # empty: every accepted type
    params: dict[str, Any] = field(default_factory=dict)
    when_satisfied: str | None = None  # severity to keep this failure at when another document satisfies
    # "warning": a failure is reported as a warning and does not keep the document from satisfying
    # (for what docscheck can only see imperfectly, such as a photo on a page)
    severity: str | None = None

    def applies_to(self, doc_type: DocType) -> bool:
        return not self.types or doc_type in self.types


@dataclass(frozen=True)
class Requirement:
    id: str
    kind: str
    types: tuple[DocType, ...]
    severity: Severity
    source: str
    title: dict[str, str]
    fix: dict[str, str]
    checks: tuple[Check, ...] = ()
    once: bool = False
    key_fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class Condition:
    id: str
    kind: str
    gap: str
    severity: Severity
    source: str
    title: dict[str, str]
    params: dict[str, Any] = field(default_factory=dict)
    source_kind: str = "official"


@dataclass(frozen=True)
class Reminder:
    id: str
    gap: str
    severity: Severity
    source: str
    title: dict[str, str]


@dataclass(frozen=True)
class DeadlineRules:
    filing_months: int
    filing_source: str
    implicit_refusal_months: int
    implicit_refusal_source: str
    validity_source: str


@dataclass(frozen=True)
class Checklist:
    requirements: tuple[Requirement, ...]
    conditions: tuple[Condition, ...]
    reminders: tuple[Reminder, ...]
    deadlines: DeadlineRules

    def requirement(self, rid: str) -> Requirement | None:
        return next((r for r in self.requirements if r.id == rid), None)

    def condition(self, cid: str) -> Condition | None:
        return next((c for c in self.conditions if c.id == cid), None)

    def gap_codes(self) -> frozenset[str]:
        """Every gap code these rules can give, plus the engine's own per-file and data codes."""
        codes = set(ENGINE_GAP_CODES)
        for r in self.requirements:
            codes.update(c.gap for c in r.checks)
        codes.update(c.gap for c in self.conditions)
        codes.update(r.gap for r in self.reminders)
        return frozenset(codes)

    def sources(self) -> list[str]:
        """Every quoted sentence of the official text (not the laws cited instead: `legal_sources`)."""
        out: list[str] = []
        for r in self.requirements:
            out.append(r.source)
            out.extend(c.source for c in r.checks)
        out.extend(c.source for c in self.conditions if c.source_kind == "official")
        out.extend(r.source for r in self.reminders)
        d = self.deadlines
        out.extend([d.filing_source, d.implicit_refusal_source, d.validity_source])
        return out

    def legal_sources(self) -> dict[str, str]:
        """Rule id -> the law it rests on, for rules the official text has no sentence for."""
        return {c.id: c.source for c in self.conditions if c.source_kind == "law"}


#: Gap codes the engine gives on its own, whatever the rules say.
ENGINE_GAP_CODES = (
    "missing_document",
    "unreadable_file",
    "unrecognized_file",
    "possible_document",
    "duplicate_document",
    "date_unreadable",
    "field_unreadable",
    "arrival_unknown",
    "nationality_conflict",
    "stale_soon",
    "poor_quality",
)


def _str(d: dict[str, Any], key: str, where: str) -> str:
    v = d.get(key)
    if not isinstance(v, str) or not v:
        raise RulesError(f"{where}: `{key}` must be a non-empty string")
    return v


def _lang(d: dict[str, Any], key: str, where: str, required: bool = True) -> dict[str, str]:
    v = d.get(key, {})
    if required and not (isinstance(v, dict) and isinstance(v.get("en"), str) and isinstance(v.get("fr"), str)):
        raise RulesError(f"{where}: `{key}` needs `en` and `fr` texts")
    return dict(v)


def _types(d: dict[str, Any], where: str) -> tuple[DocType, ...]:
    try:
        return tuple(DocType(t) for t in d.get("types", ()))
    except ValueError as e:
        raise RulesError(f"{where}: {e}") from None


def _severity(d: dict[str, Any], where: str) -> Severity:
    try:
        return Severity(_str(d, "severity", where))
    except ValueError as e:
        raise RulesError(f"{where}: {e}") from None


def _kind(d: dict[str, Any], allowed: frozenset[str], where: str) -> str:
    kind = _str(d, "kind", where)
    if kind not in allowed:
        raise RulesError(f"{where}: check kind `{kind}` is not one of {sorted(allowed)}")
    return kind


_COMMON = {"id", "kind", "gap", "severity", "source", "source_kind", "title", "fix", "types", "checks", "check",
           "when_satisfied"}


def _source_kind(d: dict[str, Any], where: str) -> str:
    kind = d.get("source_kind", "official")
    if kind not in SOURCE_KINDS:
        raise RulesError(f"{where}: `source_kind` must be one of {sorted(SOURCE_KINDS)}, not {kind!r}")
    return str(kind)


def _check_severity(c: dict[str, Any], where: str) -> str | None:
    value = c.get("severity")
    if value not in (None, "warning"):
        raise ValueError(f"{where}: a check's severity can only be \"warning\", not {value!r}")
    return value


def parse_checklist(data: dict[str, Any]) -> Checklist:
    """Build the checklist from parsed TOML, checking every entry against the closed vocabulary."""
    reqs: list[Requirement] = []
    for i, r in enumerate(data.get("requirement", [])):
        where = f"requirement #{i + 1} ({r.get('id', '?')})"
        checks: list[Check] = []
        for j, c in enumerate(r.get("check", [])):
            cw = f"{where} check #{j + 1}"
            checks.append(
                Check(
                    kind=_kind(c, DOCUMENT_CHECK_KINDS, cw),
                    gap=_str(c, "gap", cw),
                    source=_str(c, "source", cw),
                    types=_types(c, cw),
                    params={k: v for k, v in c.items() if k not in _COMMON},
                    when_satisfied=c.get("when_satisfied"),
                    severity=_check_severity(c, cw),
                )
            )
        reqs.append(
            Requirement(
                id=_str(r, "id", where),
                kind=_kind(r, REQUIREMENT_KINDS, where),
                types=_types(r, where),
                severity=_severity(r, where),
                source=_str(r, "source", where),
                title=_lang(r, "title", where),
                fix=_lang(r, "fix", where),
                checks=tuple(checks),
                once=bool(r.get("once", False)),
                key_fields=tuple(r.get("key_fields", ())),
            )
        )
    conds = []
    for i, c in enumerate(data.get("condition", [])):
        where = f"condition #{i + 1} ({c.get('id', '?')})"
        params = {k: v for k, v in c.items() if k not in _COMMON}
        params["types"] = _types(c, where)
        if c.get("kind") == "nationality_in" and not (isinstance(c.get("codes"), str) and c["codes"] in countries.GROUPS):
            raise RulesError(f"{where}: `codes` must name a group of docscheck/countries.py "
                             f"({', '.join(sorted(countries.GROUPS))}), not {c.get('codes')!r}")
        conds.append(
            Condition(
                id=_str(c, "id", where),
                kind=_kind(c, CONDITION_KINDS, where),
                gap=_str(c, "gap", where),
                severity=_severity(c, where),
                source=_str(c, "source", where),
                title=_lang(c, "title", where),
                params=params,
                source_kind=_source_kind(c, where),
            )
        )
    rems = []
    for i, c in enumerate(data.get("reminder", [])):
        where = f"reminder #{i + 1} ({c.get('id', '?')})"
        _kind(c, REMINDER_KINDS, where)
        rems.append(
            Reminder(
                id=_str(c, "id", where),
                gap=_str(c, "gap", where),
                severity=_severity(c, where),
                source=_str(c, "source", where),
                title=_lang(c, "title", where),
            )
        )
    dl = data.get("deadlines", {})
    deadlines = DeadlineRules(
        filing_months=int(dl.get("filing_months", 1)),
        filing_source=_str(dl, "filing_source", "deadlines"),
        implicit_refusal_months=int(dl.get("implicit_refusal_months", 4)),
        implicit_refusal_source=_str(dl, "implicit_refusal_source", "deadlines"),
        validity_source=_str(dl, "validity_source", "deadlines"),
    )
    return Checklist(tuple(reqs), tuple(conds), tuple(rems), deadlines)


@lru_cache(maxsize=1)
def load_checklist() -> Checklist:
    """The checklist shipped with docscheck (docscheck/checklist/rules.toml)."""
    text = resources.files("docscheck.checklist").joinpath("rules.toml").read_text(encoding="utf-8")
    return parse_checklist(tomllib.loads(text))
