"""Whole dossiers: one applicant's folder of uploads, and what a correct checker must say about it.

Each scenario starts from a complete, coherent applicant (`make_context`) and
changes one thing.  The expected gaps use the codes and requirement ids of the
checklist (issue 4); info-severity reminders that do not depend on the files
are not listed.  Conditions (contract before entry, filing deadline, same person,
visa on the passport, same association) carry no requirement id, as in the checklist.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from synth.context import ASSOCIATIONS, OTHER_MISSIONS, DocContext, make_context
from synth.families import SPLITS, choose
from synth.families import family as template_family
from synth.formats import add_months, days
from synth.identity import COUNTRIES, EUROPEAN, document_number, make_identity
from synth.render import GeneratedFile, render, shows_passport_zone

MISSING = "missing_document"  # gap code for a required document absent from the folder

BASE_DOCS = ("passport", "visa", "birth_certificate", "volunteer_contract", "approval_decision",
             "departure_commitment", "acceptance_certificate")

GapPair = tuple[str, str | None]


@dataclass(frozen=True)
class FileTruth:
    relpath: str
    doc_type: str
    rendering: str
    variant: str
    kind: str
    pages: int
    truth: dict[str, str]
    family: int = 1


@dataclass(frozen=True)
class DossierTruth:
    scenario: str
    seed: int
    folder: str
    applicant: str
    nationality: str
    arrival: str
    filing: str
    expected_status: str  # complete, incomplete, to_verify (a person must look), not_required
    expected_gaps: list[GapPair]
    files: list[FileTruth] = field(default_factory=list)
    families: str = "default"  # the family split the documents were drawn from

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "scenario": self.scenario, "seed": self.seed, "applicant": self.applicant,
            "nationality": self.nationality, "arrival": self.arrival, "filing": self.filing,
            "status": self.expected_status, "gaps": [list(g) for g in self.expected_gaps],
            "files": {f.relpath: {"doc_type": f.doc_type, "rendering": f.rendering, "variant": f.variant,
                                  "pages": f.pages, "fields": f.truth}
                      | ({} if self.families == "default" else {"family": f.family}) for f in self.files},
        }
        if self.families != "default":  # the default output (samples/expected.json) stays as it was
            out["families"] = self.families
        return out


@dataclass(frozen=True)
class Plan:
    ctx: DocContext
    docs: tuple[str, ...]
    status: str
    gaps: tuple[GapPair, ...] = ()
    unsigned: tuple[str, ...] = ()  # documents drawn without their handwritten strokes


Scenario = Callable[[random.Random], Plan]


def _other_association(rng: random.Random, name: str) -> str:
    return rng.choice([a[0] for a in ASSOCIATIONS if a[0] != name])


def _swap(docs: tuple[str, ...], old: str, new: str) -> tuple[str, ...]:
    return tuple(new if d == old else d for d in docs)


def _without(docs: tuple[str, ...], doc: str) -> tuple[str, ...]:
    return tuple(d for d in docs if d != doc)


def complete(rng: random.Random) -> Plan:
    return Plan(make_context(rng), BASE_DOCS, "complete")


def _alternative_id(kind: str) -> Scenario:
    def scenario(rng: random.Random) -> Plan:
        return Plan(make_context(rng), _swap(BASE_DOCS, "passport", kind), "complete")

    return scenario


def missing(kind: str, requirement: str, status: str = "incomplete") -> Scenario:
    def scenario(rng: random.Random) -> Plan:
        return Plan(make_context(rng), _without(BASE_DOCS, kind), status, ((MISSING, requirement),))

    return scenario


def short_stay_visa(rng: random.Random) -> Plan:
    ctx = make_context(rng)
    ctx = dataclasses.replace(ctx, visa_category="C", visa_duration_days=90, visa_until=ctx.visa_from + days(89),
                              visa_entries=rng.choice(("MULT", "01", "02")))
    # A short-stay visa "alone gives wrong_visa_type" (issue 4; official text: "Possession of a long-stay visa")
    return Plan(ctx, BASE_DOCS, "incomplete", (("wrong_visa_type", "long_stay_visa"),))


def expired_passport(rng: random.Random) -> Plan:
    ctx = make_context(rng)
    expiry = ctx.filing - days(rng.randint(3, 60))
    ctx = dataclasses.replace(ctx, passport_expiry=expiry, passport_issue=add_months(expiry, -120) + days(1))
    return Plan(ctx, BASE_DOCS, "incomplete", (("expired_document", "identity_proof"),))


def stale_nationality_certificate(rng: random.Random) -> Plan:
    ctx = make_context(rng)
    # official text: "certificate of nationality under 6 months with photo"
    ctx = dataclasses.replace(ctx, natcert_issue=add_months(ctx.filing, -6) - days(rng.randint(10, 300)))
    return Plan(ctx, _swap(BASE_DOCS, "passport", "nationality_certificate"), "incomplete",
                (("stale_document", "identity_proof"),))


def fresh_nationality_certificate(rng: random.Random) -> Plan:
    ctx = make_context(rng)
    ctx = dataclasses.replace(ctx, natcert_issue=add_months(ctx.filing, -6) + days(rng.randint(10, 150)))
    return Plan(ctx, _swap(BASE_DOCS, "passport", "nationality_certificate"), "complete")


def identity_proof_without_photo(rng: random.Random) -> Plan:
    kind = rng.choice(("consular_attestation", "consular_card", "nationality_certificate"))
    ctx = dataclasses.replace(make_context(rng), without_photo=frozenset({kind}))
    # official text: "or consular attestation with photo", "or consular card with photo",
    # "or certificate of nationality under 6 months with photo"
    # a warning: docscheck sees a photo on a page imperfectly, so on the only proof of identity a
    # person must look: to verify, never complete
    return Plan(ctx, _swap(BASE_DOCS, "passport", kind), "to_verify", (("no_photo", "identity_proof"),))


def birth_certificate_extract(rng: random.Random) -> Plan:
    ctx = dataclasses.replace(make_context(rng), birth_copy_kind="extract")
    # official text: "Full copy of birth certificate with the most recent entries"
    return Plan(ctx, BASE_DOCS, "incomplete", (("birth_certificate_extract", "birth_certificate"),))


def name_mismatch(rng: random.Random) -> Plan:
    ctx = make_context(rng)
    other = make_identity(rng, ctx.person.nationality, today=ctx.filing)
    while other.surname == ctx.person.surname or other.given_names == ctx.person.given_names:
        other = make_identity(rng, ctx.person.nationality, today=ctx.filing)
    doc = rng.choice(("birth_certificate", "departure_commitment", "acceptance_certificate", "volunteer_contract"))
    ctx = dataclasses.replace(ctx, person_override={doc: other})
    return Plan(ctx, BASE_DOCS, "incomplete", (("identity_mismatch", None),))


def european(rng: random.Random) -> Plan:
    # official text: "A European volunteer does not need a residence permit."
    ctx = make_context(rng, rng.choice(EUROPEAN))
    docs = _without(BASE_DOCS, "visa")
    if rng.random() < 0.4:
        docs = _swap(docs, "passport", "photo_id")
    return Plan(ctx, docs, "not_required")


def contract_signed_after_entry(rng: random.Random) -> Plan:
    ctx = make_context(rng)
    # official text: "Signing of a voluntary contract before your entry into France"
    signed = ctx.arrival + days(rng.randint(1, max(1, (ctx.filing - ctx.arrival).days - 1)))
    ctx = dataclasses.replace(ctx, contract_signed=signed, commitment_date=signed)
    return Plan(ctx, BASE_DOCS, "incomplete", (("contract_signed_after_entry", None),))


def filing_deadline_passed(rng: random.Random) -> Plan:
    ctx = make_context(rng)
    # official text: "You need to apply for a PSA, within one month of your arrival in France."
    filing = add_months(ctx.arrival, 1) + days(rng.randint(3, 25))
    ctx = dataclasses.replace(ctx, filing=filing)
    return Plan(ctx, BASE_DOCS, "incomplete", (("filing_deadline_passed", None),))


def document_number_mismatch(rng: random.Random) -> Plan:
    ctx = make_context(rng)
    other = document_number(rng, COUNTRIES[ctx.person.nationality].passport_pattern)
    ctx = dataclasses.replace(ctx, visa_passport_number=other)
    return Plan(ctx, BASE_DOCS, "incomplete", (("document_number_mismatch", None),))


def association_mismatch(rng: random.Random) -> Plan:
    ctx = make_context(rng)
    ctx = dataclasses.replace(ctx, approval_association=_other_association(rng, ctx.association))
    return Plan(ctx, BASE_DOCS, "incomplete", (("association_mismatch", None),))


def visa_expired(rng: random.Random) -> Plan:
    ctx = make_context(rng)
    # a long-stay visa that was valid on arrival but no longer on the filing date
    until = ctx.arrival + days(rng.randint(0, (ctx.filing - ctx.arrival).days - 1))
    ctx = dataclasses.replace(ctx, visa_until=until, visa_from=until - days(89), visa_duration_days=90,
                              visa_issue=until - days(89 + rng.randint(5, 20)))
    return Plan(ctx, BASE_DOCS, "incomplete", (("visa_not_valid", "long_stay_visa"),))


def mission_not_social(rng: random.Random) -> Plan:
    ctx = make_context(rng)
    # official text: "Mission has a social or humanitarian character" (a warning: a reviewer must judge)
    plain = [a for a in ASSOCIATIONS if not any(w in a[0] for w in ("Solidarit", "Entraide", "Secours"))]
    name, address, city = rng.choice(plain)
    ctx = dataclasses.replace(ctx, mission=rng.choice(OTHER_MISSIONS), mission_social=False, association=name,
                              association_address=address, association_city=city, approval_association=name)
    return Plan(ctx, BASE_DOCS, "complete", (("mission_not_social", None),))


def contract_duration(rng: random.Random) -> Plan:
    ctx = make_context(rng)
    # official text: "The APS is issued for a period equal to the duration of your volunteer contract." (6-24 months)
    months = rng.choice((2, 3, 4, 30, 36))
    ctx = dataclasses.replace(ctx, contract_end=add_months(ctx.contract_start, months) - days(1))
    return Plan(ctx, BASE_DOCS, "complete", (("contract_duration", None),))


def unsigned_commitment(rng: random.Random) -> Plan:
    # official text: "Letter by which you agree to leave the territory at the end of your contract": a letter one
    # signs.  Drawn without its signature, it is reported unsigned, or left to verify where its page could hide
    # a signature docscheck cannot see; never complete.
    return Plan(make_context(rng), BASE_DOCS, "to_verify", (("letter_not_signed", "departure_commitment"),),
                unsigned=("departure_commitment",))


def unrelated_document(rng: random.Random) -> Plan:
    return Plan(make_context(rng), BASE_DOCS + (rng.choice(("bill", "cv")),), "complete",
                (("unrecognized_file", None),))


SCENARIO_FUNCS: dict[str, Scenario] = {
    "complete": complete,
    "complete_photo_id": _alternative_id("photo_id"),
    "complete_consular_card": _alternative_id("consular_card"),
    "complete_consular_attestation": _alternative_id("consular_attestation"),
    "complete_nationality_certificate": fresh_nationality_certificate,
    "missing_visa": missing("visa", "long_stay_visa"),
    "short_stay_visa": short_stay_visa,
    "expired_passport": expired_passport,
    "stale_nationality_certificate": stale_nationality_certificate,
    "birth_certificate_extract": birth_certificate_extract,
    "missing_birth_certificate": missing("birth_certificate", "birth_certificate"),
    "name_mismatch": name_mismatch,
    "european": european,
    "contract_signed_after_entry": contract_signed_after_entry,
    "filing_deadline_passed": filing_deadline_passed,
    "document_number_mismatch": document_number_mismatch,
    "association_mismatch": association_mismatch,
    "visa_expired": visa_expired,
    "mission_not_social": mission_not_social,
    "contract_duration": contract_duration,
    "missing_identity_proof": missing("passport", "identity_proof"),
    "missing_contract": missing("volunteer_contract", "volunteer_contract"),
    "missing_approval": missing("approval_decision", "approval_decision"),
    "missing_commitment": missing("departure_commitment", "departure_commitment"),
    # the certificate of acceptance is a condition of the official text but not in its document list: a warning
    "missing_acceptance": missing("acceptance_certificate", "acceptance_certificate", status="complete"),
    "unrelated_document": unrelated_document,
    "identity_proof_without_photo": identity_proof_without_photo,
    "unsigned_commitment": unsigned_commitment,
}
SCENARIOS: tuple[str, ...] = tuple(SCENARIO_FUNCS)

IMAGE_RENDERINGS = ("scan_pdf", "photo", "png")


def _choose_renderings(rng: random.Random, docs: Sequence[str],
                       renderings: Mapping[str, str] | Sequence[str] | None) -> dict[str, str]:
    if isinstance(renderings, Mapping):
        return {d: renderings.get(d, "text_pdf") for d in docs}
    if renderings is not None:
        pool = list(renderings)
        return {d: rng.choice(pool) for d in docs}
    # by default most documents are born digital, one or two are scans or photos (keeps OCR cost moderate)
    chosen = {d: "text_pdf" for d in docs}
    for d in rng.sample(list(docs), rng.choice((1, 1, 2))):
        chosen[d] = rng.choices(IMAGE_RENDERINGS, weights=(4, 4, 2))[0]
    return chosen


def build_dossier(scenario: str, seed: int, out_dir: Path,
                  renderings: Mapping[str, str] | Sequence[str] | None = None,
                  families: str = "default") -> DossierTruth:
    """Write one dossier folder (`out_dir`) for `scenario` and return what a checker should find.

    `renderings`: None (mostly text PDFs, one or two scans or photos), a sequence of
    renderings to draw from, or a mapping from document kind to rendering, where a
    rendering may carry a variant after a colon (`photo:sideways_exif`, `scan_pdf:upside_down`).
    `families`: which template families the documents are drawn from, one per document
    with the dossier's rng: `default` (family 1, the original templates), `development`,
    `held_out` (first held-out batch), `held_out_2`, `held_out_3`, `held_out_4`, `held_out_5`,
    `held_out_6`, `held_out_7`, `held_out_8`, `held_out_9` (second to ninth) or `all` (see synth.families).
    """
    if scenario not in SCENARIO_FUNCS:
        raise ValueError(f"unknown scenario {scenario!r}; known: {', '.join(SCENARIOS)}")
    if families not in SPLITS:
        raise ValueError(f"unknown family split {families!r}; known: {', '.join(SPLITS)}")
    rng = random.Random(f"{scenario}:{seed}")
    plan = SCENARIO_FUNCS[scenario](rng)
    ctx = plan.ctx
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    chosen = _choose_renderings(rng, plan.docs, renderings)
    files: list[FileTruth] = []
    used: set[str] = set()
    for kind in plan.docs:
        rendering, _, variant = chosen[kind].partition(":")
        number = choose(kind, rng, families).number
        if kind == "visa" and "passport" not in plan.docs:
            number = _visa_alone(ctx, rng, families, number)
        signed = kind not in plan.unsigned
        generated = render(kind, ctx, rendering, rng, variant or None, number, signed=signed)
        if len(generated) > 1 and not isinstance(renderings, Mapping):
            # one image per page would make several partial documents: drawn renderings keep pages together
            generated = render(kind, ctx, "scan_pdf", rng, family=number, signed=signed)
        for gf in generated:
            rel = _unique(gf.name, used)
            (out_dir / rel).write_bytes(gf.data)
            files.append(_file_truth(rel, gf))
    gaps = list(plan.gaps)
    if _expires_during_contract(plan):
        gaps.append(("identity_expires_before_contract_end", None))
    person = ctx.person
    applicant = f"{person.given_names} {person.surname}"
    (out_dir / "dossier.toml").write_text(
        f'arrival = {ctx.arrival.isoformat()}\nfiling = {ctx.filing.isoformat()}\napplicant = "{applicant}"\n',
        encoding="utf-8")
    return DossierTruth(scenario, seed, out_dir.name, applicant, person.nationality, ctx.arrival.isoformat(),
                        ctx.filing.isoformat(), plan.status, gaps, files, families)


MAX_DRAWS = 50


def _visa_alone(ctx: DocContext, rng: random.Random, families: str, number: int) -> int:
    """A visa family that draws the visa page without the passport's data page, for a dossier the passport is
    left out of (a copy of the data page would bring it back in): families drawn again until one does."""
    for _ in range(MAX_DRAWS):
        probe = random.Random()
        probe.setstate(rng.getstate())  # (render draws the pages first, with the same rng)
        if not shows_passport_zone(template_family("visa", number).build(ctx, probe)[0]):
            return number
        number = choose("visa", rng, families).number
    return number


# The identity documents whose expiry the checklist compares with the contract's end (a warning).
_EXPIRY = {"passport": "passport_expiry", "consular_card": "consular_card_expiry", "photo_id": "id_expiry"}


def _expires_during_contract(plan: Plan) -> bool:
    """A valid identity document of the dossier expires before the contract ends."""
    if plan.status == "not_required" or "volunteer_contract" not in plan.docs:
        return False
    ctx = plan.ctx
    return any(ctx.filing <= getattr(ctx, attr) < ctx.contract_end for kind, attr in _EXPIRY.items()
               if kind in plan.docs)


def _unique(name: str, used: set[str]) -> str:
    stem, _, ext = name.rpartition(".")
    cand, n = name, 1
    while cand.lower() in used:
        n += 1
        cand = f"{stem}({n}).{ext}"
    used.add(cand.lower())
    return cand


def _file_truth(rel: str, gf: GeneratedFile) -> FileTruth:
    return FileTruth(rel, gf.doc_type, gf.rendering, gf.variant, gf.kind, gf.pages, dict(gf.truth), gf.family)
