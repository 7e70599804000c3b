"""The checklist engine on hand-built documents: every requirement, condition and gap code."""

from __future__ import annotations

import hashlib
import inspect
import re
import tomllib
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import docscheck.checklist
from docscheck.checklist import conditions, context, engine, evaluate_dossier, load_checklist
from docscheck.checklist.identity import number_key, same_names, same_organisation
from docscheck.checklist.rules import CHECK_KINDS, Checklist, RulesError, parse_checklist
from docscheck.messages import (
    FIELD_NAMES,
    LANGS,
    human_date,
    message,
    read_error_message,
    template_codes,
    to_verify_message,
)
from docscheck.model import (
    Classification,
    Confirmation,
    DocType,
    Document,
    DossierReport,
    Field,
    FileText,
    Page,
    PageQuality,
    ReadError,
    Severity,
    Status,
    TextSource,
    ToVerify,
    Zone,
)

OFFICIAL = Path(docscheck.checklist.__file__).with_name("official-requirements.txt")  # vendored, with its source
SHARED_OFFICIAL = Path(__file__).resolve().parents[2] / "shared" / "reference" / "aps-volunteer-official-requirements.txt"

AS_OF = date(2026, 11, 30)
ARRIVAL = date(2026, 11, 10)


def make_doc(
    doc_type: DocType | str,
    relpath: str | None = None,
    *,
    text: str = "",
    error: ReadError | None = None,
    sha: str | None = None,
    zone: Zone | None = None,
    confidence: float = 0.95,
    **fields: object,
) -> Document:
    """A Document as the understanding stage would give it, built by hand."""
    t = DocType(doc_type)
    relpath = relpath or f"{t.value}.pdf"
    pages = () if error else (Page(1, text or f"{t.value} text", TextSource.TEXT_LAYER),)
    ft = FileText(
        path=f"/dossiers/x/{relpath}",
        relpath=relpath,
        kind="pdf",
        sha256=sha or hashlib.sha256(relpath.encode()).hexdigest(),
        size=1000,
        pages=pages,
        error=error,
        page_count=len(pages),
    )
    flds = {k: Field(v, raw=str(v), page=1, source="label") for k, v in fields.items() if v is not None}  # type: ignore[arg-type]
    return Document(ft, Classification(t, confidence, (f"title of a {t.value}",)), flds, zone)


PERSON: dict[str, Any] = {"surname": "DIALLO", "given_names": "Amadou", "date_of_birth": date(1998, 4, 12)}


def complete_documents() -> list[Document]:
    return [
        make_doc("visa", visa_category="long_stay", valid_from=date(2026, 11, 1), valid_until=date(2027, 10, 31),
                 passport_number="AB1234567", **PERSON),
        make_doc("passport", document_number="AB1234567", expiry_date=date(2030, 5, 1), nationality="SEN", **PERSON),
        make_doc("birth_certificate", copy_kind="full_copy", issue_date=date(2026, 8, 1), **PERSON),
        make_doc("volunteer_contract", association="Association Solidarité Jeunesse",
                 signature_date=date(2026, 9, 15), start_date=date(2026, 11, 15), end_date=date(2027, 11, 14),
                 mission="Accompagnement social des personnes sans-abri et lutte contre l'exclusion", **PERSON),
        make_doc("approval_decision", association="SOLIDARITE JEUNESSE", decision_date=date(2024, 3, 1)),
        make_doc("departure_commitment", signature_date=date(2026, 9, 20), signed=True, **PERSON),
        make_doc("acceptance_certificate", association="Solidarité-Jeunesse", issue_date=date(2026, 9, 1), **PERSON),
    ]


def evaluate(docs: list[Document], **kw: object) -> DossierReport:
    kw.setdefault("as_of", AS_OF)
    kw.setdefault("arrival", ARRIVAL)
    report = evaluate_dossier("d1", "/dossiers/d1", docs, **kw)  # type: ignore[arg-type]
    return report


def codes(report: DossierReport, severity: Severity | None = None) -> set[tuple[str, str | None]]:
    return {(g.code, g.requirement) for g in report.gaps if severity is None or g.severity is severity}


def without(docs: list[Document], t: str) -> list[Document]:
    return [d for d in docs if d.type.value != t]


def replaced(docs: list[Document], t: str, **fields: object) -> list[Document]:
    out = []
    for d in docs:
        if d.type.value == t:
            new = dict(d.fields)
            for k, v in fields.items():
                if v is None:
                    new.pop(k, None)
                else:
                    new[k] = Field(v, raw=str(v), page=1)  # type: ignore[arg-type]
            d = replace(d, fields=new)
        out.append(d)
    return out


def poor_image(docs: list[Document], t: str, *reasons: str) -> list[Document]:
    """The documents of type `t` read from a page image a prefecture could turn down, for `reasons`."""
    quality = PageQuality(reasons, {"edge_width": 0.3})
    return [replace(d, file=replace(d.file, kind="jpeg", pages=tuple(
        replace(p, source=TextSource.OCR, quality=quality) for p in d.file.pages))) if d.type.value == t else d
        for d in docs]


# ------------------------------------------------------------------ complete, deadlines


def test_complete_dossier_has_no_error_and_every_requirement_satisfied() -> None:
    r = evaluate(complete_documents())
    assert r.status is Status.COMPLETE
    assert [x.id for x in r.requirements] == [q.id for q in load_checklist().requirements]
    assert all(x.satisfied for x in r.requirements)
    assert {g.code for g in r.gaps} == {"reminder_proof_of_address", "reminder_photos", "reminder_republic_principles"}
    assert all(g.severity is Severity.INFO for g in r.gaps)
    visa = next(x for x in r.requirements if x.id == "long_stay_visa")
    assert visa.files == ("visa.pdf",)
    assert any("valid_until = 2027-10-31" in e for e in visa.evidence)


def test_deadlines() -> None:
    r = evaluate(complete_documents(), arrival=date(2026, 1, 31), filing=date(2026, 2, 20))
    assert r.deadlines.filing_deadline == date(2026, 2, 28)  # one calendar month, end of month kept
    assert r.deadlines.implicit_refusal == date(2026, 6, 20)
    assert r.deadlines.aps_valid_from == date(2026, 11, 15)
    assert r.deadlines.aps_valid_until == date(2027, 11, 14)
    assert r.filing == date(2026, 2, 20)


def test_filing_defaults_to_as_of_and_no_rule_reads_the_clock() -> None:
    r = evaluate(complete_documents())
    assert r.filing == AS_OF and r.deadlines.implicit_refusal == date(2027, 3, 30)
    for module in (engine, conditions, context):
        assert "today(" not in inspect.getsource(module) and "now(" not in inspect.getsource(module)


# ------------------------------------------------------------------ requirements


@pytest.mark.parametrize("requirement", [q.id for q in load_checklist().requirements])
def test_missing_document(requirement: str) -> None:
    req = load_checklist().requirement(requirement)
    assert req is not None
    docs = [d for d in complete_documents() if d.type not in req.types]
    r = evaluate(docs)
    gap = next(g for g in r.gaps if g.code == "missing_document")
    assert gap.requirement == requirement and gap.severity is req.severity
    assert not next(x for x in r.requirements if x.id == requirement).satisfied
    expected = Status.COMPLETE if req.severity is Severity.WARNING else Status.INCOMPLETE
    assert r.status is expected


def test_short_stay_visa_is_wrong_visa_type_not_missing() -> None:
    r = evaluate(replaced(complete_documents(), "visa", visa_category="short_stay"))
    assert ("wrong_visa_type", "long_stay_visa") in codes(r, Severity.ERROR)
    assert ("missing_document", "long_stay_visa") not in codes(r)
    assert r.status is Status.INCOMPLETE


def test_short_stay_visa_from_the_zone() -> None:
    zone = Zone("MRVA", ("VCFRA...", "..."), True, document_code="VC")
    docs = without(complete_documents(), "visa") + [make_doc("visa", zone=zone, valid_from=date(2026, 11, 1),
                                                                  valid_until=date(2027, 1, 1))]
    assert ("wrong_visa_type", "long_stay_visa") in codes(evaluate(docs))


@pytest.mark.parametrize(
    ("valid_from", "valid_until", "reason"),
    [
        pytest.param(date(2025, 1, 1), date(2025, 12, 31), "expired", id="expired"),
        pytest.param(date(2026, 12, 15), date(2027, 12, 14), "not_yet_valid", id="not-yet-valid"),
    ],
)
def test_visa_not_valid_on_filing_date(valid_from: date, valid_until: date, reason: str) -> None:
    r = evaluate(replaced(complete_documents(), "visa", valid_from=valid_from, valid_until=valid_until))
    gap = next(g for g in r.gaps if g.code == "visa_not_valid")
    assert gap.params["reason"] == reason and gap.requirement == "long_stay_visa"
    assert r.status is Status.INCOMPLETE


def test_visa_valid_until_filing_day_itself_is_valid() -> None:
    r = evaluate(replaced(complete_documents(), "visa", valid_until=AS_OF))
    assert r.status is Status.COMPLETE


def test_birth_certificate_extract() -> None:
    r = evaluate(replaced(complete_documents(), "birth_certificate", copy_kind="extract"))
    assert ("birth_certificate_extract", "birth_certificate") in codes(r, Severity.ERROR)


def test_expired_passport_alone() -> None:
    r = evaluate(replaced(complete_documents(), "passport", expiry_date=date(2026, 6, 1)))
    gap = next(g for g in r.gaps if g.code == "expired_document")
    assert gap.severity is Severity.ERROR and gap.files == ("passport.pdf",)
    assert gap.params["expiry"] == "2026-06-01"
    assert r.status is Status.INCOMPLETE


def test_expired_passport_next_to_a_valid_id_is_a_warning() -> None:
    docs = replaced(complete_documents(), "passport", expiry_date=date(2026, 6, 1))
    docs.append(make_doc("photo_id", expiry_date=date(2031, 1, 1), **PERSON))
    r = evaluate(docs)
    assert ("expired_document", "identity_proof") in codes(r, Severity.WARNING)
    assert r.status is Status.COMPLETE


def test_expired_passport_read_from_the_zone_only() -> None:
    zone = Zone("TD3", ("P<SEN...", "..."), True, document_code="P", document_number="AB1234567",
                expiry_date=date(2026, 1, 1), surname="DIALLO", given_names="AMADOU", nationality="SEN")
    docs = without(complete_documents(), "passport") + [make_doc("passport", zone=zone)]
    assert ("expired_document", "identity_proof") in codes(evaluate(docs), Severity.ERROR)


def _nat_cert(issued: date) -> Document:
    return make_doc("nationality_certificate", issue_date=issued, nationality="SEN", has_photo=True, **PERSON)


def test_stale_nationality_certificate_when_nothing_else_proves_identity() -> None:
    docs = without(complete_documents(), "passport") + [_nat_cert(date(2026, 3, 12))]
    r = evaluate(docs)
    gap = next(g for g in r.gaps if g.code == "stale_document")
    assert gap.requirement == "identity_proof" and gap.severity is Severity.ERROR
    assert message(gap, "en") == (
        "Your certificate of nationality (nationality_certificate.pdf) was issued on 12 March 2026, "
        "more than 6 months before 30 November 2026: ask your consulate for a new one."
    )


def test_stale_certificate_is_silent_when_the_passport_proves_identity() -> None:
    r = evaluate(complete_documents() + [_nat_cert(date(2026, 3, 12))])
    assert "stale_document" not in {g.code for g in r.gaps}
    assert r.status is Status.COMPLETE


@pytest.mark.parametrize(
    ("issued", "stale"),
    [
        pytest.param(date(2026, 6, 1), False, id="six-months-minus-a-day-before"),
        pytest.param(date(2026, 5, 30), True, id="exactly-six-months-before"),
        pytest.param(date(2026, 11, 29), False, id="fresh"),
    ],
)
def test_nationality_certificate_six_month_boundary(issued: date, stale: bool) -> None:
    docs = without(complete_documents(), "passport") + [_nat_cert(issued)]
    assert ("stale_document" in {g.code for g in evaluate(docs).gaps}) is stale


@pytest.mark.parametrize("t", ["consular_attestation", "consular_card", "nationality_certificate"])
@pytest.mark.parametrize(
    ("has_photo", "with_passport", "severity"),
    [
        pytest.param(False, False, Severity.WARNING, id="no-photo-alone"),  # a photo is seen imperfectly
        pytest.param(False, True, Severity.WARNING, id="no-photo-beside-a-passport"),
        pytest.param(True, False, None, id="with-photo"),
    ],
)
def test_identity_proofs_other_than_a_passport_need_a_photo(t: str, has_photo: bool, with_passport: bool,
                                                            severity: Severity | None) -> None:
    # official text: "or consular attestation with photo", "or consular card with photo",
    # "or certificate of nationality under 6 months with photo"
    base = complete_documents() if with_passport else without(complete_documents(), "passport")
    doc = make_doc(t, expiry_date=date(2030, 1, 1), issue_date=date(2026, 10, 1), has_photo=has_photo, **PERSON)
    r = evaluate(base + [doc])
    gaps = [g for g in r.gaps if g.code == "no_photo"]
    if severity is None:
        assert not gaps and r.status is Status.COMPLETE
        return
    assert len(gaps) == 1 and gaps[0].severity is severity and gaps[0].requirement == "identity_proof"
    # a photo not seen on the only proof of identity: a person must look (never "complete" on a guess)
    assert r.status is (Status.COMPLETE if with_passport else Status.TO_VERIFY)
    assert message(gaps[0], "en").startswith(f"No photo of you was found on {t}.pdf")
    assert message(gaps[0], "fr").startswith(f"Aucune photo de vous n'a été trouvée sur {t}.pdf")


@pytest.mark.parametrize("t", ["consular_attestation", "consular_card", "photo_id"])
def test_other_identity_documents_satisfy_identity_proof(t: str) -> None:
    docs = without(complete_documents(), "passport") + [make_doc(t, expiry_date=date(2030, 1, 1), has_photo=True,
                                                                  **PERSON)]
    r = evaluate(docs)
    assert next(x for x in r.requirements if x.id == "identity_proof").files == (f"{t}.pdf",)
    assert r.status is Status.COMPLETE


# ------------------------------------------------------------------ a field not read: to verify, not a gap

UNREAD = ("date_unreadable", "field_unreadable")


def unread_item(report: DossierReport, rule: str, field: str) -> ToVerify:
    """The item to verify that a field not read gave (StopIteration when it vanished)."""
    return next(i for i in report.to_verify if i.id == rule and i.reason in UNREAD and i.params["field"] == field)


def no_unread_gap(report: DossierReport) -> bool:
    """A field not read is not the document's fault: no error or warning says so (a note may)."""
    return not [g for g in report.gaps if g.code in UNREAD and g.severity is not Severity.INFO]


def test_expiry_date_unreadable_is_to_verify_never_passed_silently() -> None:
    r = evaluate(replaced(complete_documents(), "passport", expiry_date=None))
    item = unread_item(r, "identity_proof", "expiry_date")
    assert item.reason == "date_unreadable" and item.files == ("passport.pdf",)
    assert r.status is Status.TO_VERIFY and no_unread_gap(r)
    assert not [g for g in r.gaps if g.code in UNREAD]  # an error-level rule: the item alone
    en, fr = to_verify_message(item, "en"), to_verify_message(item, "fr")
    assert "passport.pdf" in en and "expiry date" in en and "[identity_proof]" in en
    assert "passport.pdf" in fr and "date d'expiration" in fr


def test_visa_dates_unreadable() -> None:
    r = evaluate(replaced(complete_documents(), "visa", valid_until=None))
    assert unread_item(r, "long_stay_visa", "valid_until").files == ("visa.pdf",)
    assert r.status is Status.TO_VERIFY and no_unread_gap(r)


def test_contract_signature_unreadable_with_arrival_known() -> None:
    r = evaluate(replaced(complete_documents(), "volunteer_contract", signature_date=None))
    item = unread_item(r, "contract_signed_before_entry", "signature_date")
    assert item.reason == "date_unreadable" and item.files == ("volunteer_contract.pdf",)
    assert r.status is Status.TO_VERIFY and no_unread_gap(r)


def test_contract_dates_unreadable_for_duration_is_a_note() -> None:
    # a warning-level rule: even its failure would leave the dossier complete, so a date not read is a note
    r = evaluate(replaced(complete_documents(), "volunteer_contract", end_date=None))
    note = next(g for g in r.gaps if g.code == "date_unreadable" and g.params["rule"] == "contract_duration")
    assert note.severity is Severity.INFO and note.files == ("volunteer_contract.pdf",)
    assert note.params["field"] == "end_date" and "volunteer_contract.pdf" in message(note, "en")
    assert no_unread_gap(r) and r.status is Status.COMPLETE


def test_visa_category_unreadable_is_a_field_unreadable() -> None:
    r = evaluate(replaced(complete_documents(), "visa", visa_category=None))
    assert unread_item(r, "long_stay_visa", "visa_category").reason == "field_unreadable"
    assert r.status is Status.TO_VERIFY and no_unread_gap(r)


@pytest.mark.parametrize(("t", "rule", "field"), [
    ("passport", "identity_proof", "expiry_date"),
    ("visa", "long_stay_visa", "valid_from"),
    ("visa", "long_stay_visa", "visa_category"),
    ("birth_certificate", "birth_certificate", "copy_kind"),
    ("volunteer_contract", "contract_signed_before_entry", "signature_date"),
    ("approval_decision", "same_association", "association"),
])
def test_a_field_not_read_is_never_complete_until_a_person_confirms_it(t: str, rule: str, field: str) -> None:
    r = evaluate(replaced(complete_documents(), t, **{field: None}))
    item = unread_item(r, rule, field)
    assert r.status is Status.TO_VERIFY and no_unread_gap(r)
    sha = next(f"sha256:{d.file.sha256}" for d in r.documents if d.where == item.files[0])
    done = engine.apply_confirmations(r, [Confirmation(rule, "Awa", AS_OF, "", {item.files[0]: sha})])
    assert done.status is Status.COMPLETE and done.rests_on_confirmations


# ------------------------------------------------------------------ conditions


def test_contract_signed_after_entry() -> None:
    r = evaluate(replaced(complete_documents(), "volunteer_contract", signature_date=date(2026, 11, 12)))
    gap = next(g for g in r.gaps if g.code == "contract_signed_after_entry")
    assert gap.severity is Severity.ERROR and gap.files == ("volunteer_contract.pdf",)
    assert any("signature_date = 2026-11-12" in e for e in gap.evidence)


def test_contract_signed_on_arrival_day_counts_as_before() -> None:
    r = evaluate(replaced(complete_documents(), "volunteer_contract", signature_date=ARRIVAL))
    assert "contract_signed_after_entry" not in {g.code for g in r.gaps}


def test_filing_deadline_passed() -> None:
    r = evaluate(complete_documents(), arrival=date(2026, 10, 1))
    gap = next(g for g in r.gaps if g.code == "filing_deadline_passed")
    assert gap.params["deadline"] == "2026-11-01" and r.status is Status.INCOMPLETE


def test_filing_on_the_last_day_is_in_time() -> None:
    r = evaluate(complete_documents(), arrival=date(2026, 10, 30), filing=date(2026, 11, 30))
    assert "filing_deadline_passed" not in {g.code for g in r.gaps}


def test_arrival_unknown_says_which_rules_were_not_checked() -> None:
    # signed 15 Sept and visa from 1 Nov; filed 3 Jan, more than a month after the visa's first day
    r = evaluate(complete_documents(), arrival=None, as_of=date(2027, 1, 3))
    gap = next(g for g in r.gaps if g.code == "arrival_unknown")
    assert gap.severity is Severity.INFO
    assert set(gap.params["rules"].split(",")) == {"filed_within_one_month"}
    assert r.deadlines.filing_deadline is None
    assert r.status is Status.TO_VERIFY
    assert [(i.id, i.reason) for i in r.to_verify] == [("filed_within_one_month", "arrival_unknown")]
    assert "Application filed within one month of arrival" in message(gap, "en")
    late = evaluate(replaced(complete_documents(), "volunteer_contract", signature_date=date(2026, 11, 5)),
                    arrival=None)
    gap = next(g for g in late.gaps if g.code == "arrival_unknown")
    assert gap.params["rules"] == "contract_signed_before_entry"
    assert late.status is Status.TO_VERIFY
    assert "Contract signed before entry into France" in message(gap, "en")


def test_arrival_unknown_bounded_by_the_visa() -> None:
    # entry cannot precede the visa's first day (1 Nov): signed 15 Sept is before entry, filed 30 Nov is in time
    r = evaluate(complete_documents(), arrival=None)
    assert "arrival_unknown" not in {g.code for g in r.gaps}
    assert r.status is Status.COMPLETE and not r.to_verify
    no_start = evaluate(replaced(complete_documents(), "visa", valid_from=None), arrival=None)
    assert no_start.status is Status.TO_VERIFY


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        pytest.param(("DIALLO", "Amadou"), ("Diallo", "AMADOU"), True, id="case"),
        pytest.param(("NDIAYE", "Aïssatou"), ("NDIAYE", "AISSATOU"), True, id="accents"),
        pytest.param(("EL<AMRANI", "MOHAMMED<ALI"), ("El Amrani", "Mohamed Ali"), True, id="zone-transliteration"),
        pytest.param(("DIALLO", "Amadou Moussa"), ("DIALLO", "Moussa Amadou"), True, id="given-order"),
        pytest.param(("DIALLO", "Amadou"), ("Amadou", "DIALLO"), True, id="swapped"),
        pytest.param(("DIALL0", "Amadou"), ("DIALLO", "Amadou"), True, id="ocr-noise"),
        pytest.param(("DIALLO", "MARIE-CLAIRE"), ("DIALLO", "MARIE CLAIRE"), True, id="hyphen"),
        pytest.param(("DIALLO", "AMADOUMOUSSAIBR"), ("DIALLO", "Amadou Moussa Ibrahima"), True, id="truncated"),
        pytest.param(("DIALLO", "Amadou"), ("TRAORE", "Amadou"), False, id="other-surname"),
        pytest.param(("DIALLO", "Amadou"), ("DIALLO", "Fatoumata"), False, id="other-given"),
    ],
)
def test_same_names(a: tuple[str, str], b: tuple[str, str], same: bool) -> None:
    assert same_names(a[0], a[1], b[0], b[1]) is same


def test_identity_mismatch_by_name() -> None:
    r = evaluate(replaced(complete_documents(), "birth_certificate", surname="TRAORE"))
    gap = next(g for g in r.gaps if g.code == "identity_mismatch")
    assert gap.files == ("passport.pdf", "birth_certificate.pdf") and gap.params["what"] == "name"
    assert r.status is Status.INCOMPLETE


def test_identity_mismatch_by_birth_date() -> None:
    r = evaluate(replaced(complete_documents(), "departure_commitment", date_of_birth=date(1999, 4, 12)))
    gap = next(g for g in r.gaps if g.code == "identity_mismatch")
    assert gap.params["what"] == "birth_date" and "departure_commitment.pdf" in gap.files


def test_identity_tolerant_of_accents_on_one_document() -> None:
    r = evaluate(replaced(complete_documents(), "volunteer_contract", surname="Diallô", given_names="AMADOU"))
    assert "identity_mismatch" not in {g.code for g in r.gaps}


def test_applicant_name_from_dossier_toml() -> None:
    assert "identity_mismatch" not in {g.code for g in evaluate(complete_documents(), applicant="Amadou Diallo").gaps}
    r = evaluate(complete_documents(), applicant="Fatou Sow")
    assert any(g.code == "identity_mismatch" and g.params["other_file"] == "dossier.toml" for g in r.gaps)


def test_document_number_mismatch() -> None:
    r = evaluate(replaced(complete_documents(), "visa", passport_number="XY9999999"))
    gap = next(g for g in r.gaps if g.code == "document_number_mismatch")
    assert gap.files == ("visa.pdf", "passport.pdf") and gap.severity is Severity.ERROR


def test_document_number_ocr_confusions_still_match() -> None:
    assert number_key("AB 123 4567") == number_key("A8I234567")
    r = evaluate(replaced(complete_documents(), "visa", passport_number="AB I234567"))
    assert "document_number_mismatch" not in {g.code for g in r.gaps}


def test_visa_on_an_old_passport_matches_one_of_two_passports() -> None:
    docs = complete_documents() + [make_doc("passport", "old_passport.pdf", document_number="ZZ0000001",
                                            expiry_date=date(2030, 1, 1), **PERSON)]
    assert "document_number_mismatch" not in {g.code for g in evaluate(docs).gaps}


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        pytest.param("Association Solidarité Jeunesse", "SOLIDARITE JEUNESSE", True, id="article-accents"),
        pytest.param("Fondation de l'Abbé Pierre", "Fondation Abbe Pierre", True, id="fondation"),
        pytest.param("Secours Populaire Français", "Secours Catholique", False, id="other"),
    ],
)
def test_same_organisation(a: str, b: str, same: bool) -> None:
    assert same_organisation(a, b) is same


def test_association_mismatch() -> None:
    r = evaluate(replaced(complete_documents(), "approval_decision", association="Les Amis de la Terre"))
    gap = next(g for g in r.gaps if g.code == "association_mismatch")
    assert gap.files == ("volunteer_contract.pdf", "approval_decision.pdf") and r.status is Status.INCOMPLETE


def test_mission_not_social_is_a_warning() -> None:
    r = evaluate(replaced(complete_documents(), "volunteer_contract", mission="Entretien des espaces verts"))
    assert ("mission_not_social", None) in codes(r, Severity.WARNING)
    assert r.status is Status.COMPLETE


def test_mission_found_in_the_whole_text_when_no_mission_field() -> None:
    docs = without(complete_documents(), "volunteer_contract") + [make_doc(
        "volunteer_contract", text="Mission : aide humanitaire aux familles", association="Solidarité Jeunesse",
        signature_date=date(2026, 9, 1), start_date=date(2026, 11, 15), end_date=date(2027, 5, 14), **PERSON)]
    assert "mission_not_social" not in {g.code for g in evaluate(docs).gaps}


@pytest.mark.parametrize(
    ("start", "end", "warn"),
    [
        pytest.param(date(2026, 11, 15), date(2027, 5, 14), False, id="six-months"),
        pytest.param(date(2026, 11, 15), date(2028, 11, 14), False, id="twenty-four-months"),
        pytest.param(date(2026, 11, 15), date(2027, 2, 14), True, id="three-months"),
        pytest.param(date(2026, 11, 15), date(2029, 5, 14), True, id="thirty-months"),
    ],
)
def test_contract_duration(start: date, end: date, warn: bool) -> None:
    r = evaluate(replaced(complete_documents(), "volunteer_contract", start_date=start, end_date=end))
    assert (("contract_duration", None) in codes(r, Severity.WARNING)) is warn


# ------------------------------------------------------------------ a file that may be the missing document

# Words of our own: a welcome letter the classifier could not place for sure.
WELCOME_TEXT = """Bureau des bénévoles, Maison Solidaire du Port
Nous confirmons que Mme Awa KONATÉ est accueillie dans nos locaux
en qualité de volontaire à compter du 2 novembre 2026."""

# A letter of departure worded so that nothing in it names what it is, read as a second contract.
PLAIN_LETTER_TEXT = """Awa KONATÉ, 4 allée des Tilleuls, Rennes
Mon séjour à la Maison Solidaire du Port s'achèvera avec ma mission.
Rennes, le 3 octobre 2026"""


def _unsure_welcome_letter() -> Document:
    return make_doc("unknown", "scan_0042.pdf", text=WELCOME_TEXT, confidence=0.0)


def _letter_read_as_contract() -> Document:
    return make_doc("volunteer_contract", "scan_0043.pdf", text=PLAIN_LETTER_TEXT, confidence=0.8,
                    signature_date=date(2026, 10, 3), **PERSON)


def test_an_unrecognised_file_that_may_be_the_missing_document_is_to_verify_not_missing() -> None:
    r = evaluate(without(complete_documents(), "acceptance_certificate") + [_unsure_welcome_letter()])
    assert ("missing_document", "acceptance_certificate") not in codes(r)
    assert "unrecognized_file" not in {g.code for g in r.gaps}  # said once, as what it may be
    gap = next(g for g in r.gaps if g.code == "possible_document")
    assert gap.severity is Severity.INFO and gap.files == ("scan_0042.pdf",)
    assert "scan_0042.pdf" in message(gap, "en") and "Certificate of acceptance" in message(gap, "en")
    assert r.status is Status.COMPLETE  # the certificate is only advised: nothing owed is in doubt


def test_a_second_contract_may_be_the_missing_departure_letter() -> None:
    docs = without(complete_documents(), "departure_commitment") + [_letter_read_as_contract()]
    r = evaluate(docs)
    assert not [g for g in r.gaps if g.severity is Severity.ERROR]
    item = next(i for i in r.to_verify if i.reason == "possible_document")
    assert item.id == "departure_commitment" and item.files == ("scan_0043.pdf",)
    assert "scan_0043.pdf" in to_verify_message(item, "en") and "scan_0043.pdf" in to_verify_message(item, "fr")
    assert r.status is Status.TO_VERIFY
    # the rules about the contract read the real contract, not the letter set aside
    assert ("mission_not_social", None) not in codes(r) and ("contract_duration", None) not in codes(r)


def test_a_spare_without_cues_does_not_hide_two_missing_documents() -> None:
    docs = without(without(complete_documents(), "departure_commitment"), "visa") + [_letter_read_as_contract()]
    r = evaluate(docs)
    assert {("missing_document", "departure_commitment"), ("missing_document", "long_stay_visa")} <= codes(
        r, Severity.ERROR)


def test_a_letter_that_proves_its_own_requirement_does_not_hide_a_missing_contract() -> None:
    letter = make_doc("departure_commitment", text="Je m'engage à quitter la France à la fin de mon contrat de "
                      "volontariat avec l'association.", signature_date=date(2026, 9, 20), signed=True, **PERSON)
    docs = [d for d in without(complete_documents(), "volunteer_contract") if d.type is not DocType.DEPARTURE_COMMITMENT]
    r = evaluate([*docs, letter])
    assert ("missing_document", "volunteer_contract") in codes(r, Severity.ERROR)
    assert r.status is Status.INCOMPLETE


def test_an_unrecognised_file_that_looks_like_another_document_does_not_hide_a_missing_one() -> None:
    r = evaluate(without(complete_documents(), "visa") + [_unsure_welcome_letter()])
    assert ("missing_document", "long_stay_visa") in codes(r, Severity.ERROR)


def _association_label_misread(contract_line: str, approved: str) -> list[Document]:
    contract_text = f"""CONVENTION D'ENGAGEMENT BÉNÉVOLE ET VOLONTAIRE
{contract_line}
et la personne volontaire désignée ci-après."""
    docs = replaced(complete_documents(), "volunteer_contract", association="la personne volontaire")
    docs = [replace(d, file=replace(d.file, pages=(Page(1, contract_text, TextSource.TEXT_LAYER),)))
            if d.type is DocType.VOLUNTEER_CONTRACT else d for d in docs]
    docs = replaced(docs, "approval_decision", association=approved)
    return replaced(docs, "acceptance_certificate", association=approved)


def test_an_association_label_read_wrongly_is_no_mismatch_when_the_text_names_the_approved_body() -> None:
    docs = _association_label_misread("Entre l'association Jardins du Monde Solidaire, 5 rue Pasteur, Dijon,",
                                      "Association Jardins du Monde Solidaire")
    r = evaluate(docs)
    assert ("association_mismatch", None) not in codes(r) and r.status is Status.COMPLETE
    # a contract whose text names another body is still a mismatch
    other = replaced(docs, "approval_decision", association="Association Terres Solidaires")
    assert ("association_mismatch", None) in codes(evaluate(other), Severity.ERROR)


def test_an_association_label_read_wrongly_is_to_verify_when_the_text_names_the_body_only_loosely() -> None:
    for line in ("Entre l'association JMS, 5 rue Pasteur, Dijon,",  # its acronym
                 "Entre l'association Jardins du Mond Solidaire, 5 rue Pasteur, Dijon,"):  # one word misread
        r = evaluate(_association_label_misread(line, "Association Jardins du Monde Solidaire"))
        assert ("association_mismatch", None) not in codes(r) and r.status is Status.TO_VERIFY, line
        item = next(i for i in r.to_verify if i.id == "same_association")
        assert item.params["field"] == "association" and set(item.files) == {"volunteer_contract.pdf",
                                                                              "approval_decision.pdf"}


def test_an_association_read_with_the_parties_labels_is_still_a_mismatch_with_another_body() -> None:
    # the contract's two-column heading "L'ORGANISME D'ACCUEIL | LE / LA VOLONTAIRE" ran into its reading; the
    # approval names another body, and "accueillir des volontaires" in its text shares only those label words
    line = "L'ORGANISME D'ACCUEIL LE / LA VOLONTAIRE\nLes Jardins de la Fraternité Amadou DIALLO"
    docs = _association_label_misread(line, "Réseau Accueil et Dignité")
    docs = replaced(docs, "volunteer_contract",
                    association="D'ACCUEIL LE / LA VOLONTAIRE Les Jardins de la Fraternité Amadou DIALLO")
    docs = [replace(d, file=replace(d.file, pages=(Page(1, "DÉCISION portant agrément de l'association « Réseau "
                                                          "Accueil et Dignité » pour accueillir des volontaires",
                                                       TextSource.TEXT_LAYER),)))
            if d.type is DocType.APPROVAL_DECISION else d for d in docs]
    r = evaluate(docs)
    assert ("association_mismatch", None) in codes(r, Severity.ERROR)
    assert not any(i.id == "same_association" for i in r.to_verify)


# ------------------------------------------------------------------ per file


def test_unreadable_file_with_its_reason() -> None:
    docs = complete_documents() + [make_doc("unknown", "locked.pdf", error=ReadError("encrypted_pdf", "AES-256"),
                                            confidence=0.0)]
    r = evaluate(docs)
    gap = next(g for g in r.gaps if g.code == "unreadable_file")
    assert gap.params["reason"] == "encrypted_pdf" and gap.files == ("locked.pdf",)
    assert "PDF is encrypted with a password: upload an unprotected copy" in message(gap, "en")
    assert "unrecognized_file" not in {g.code for g in r.gaps}


def test_unreadable_contract_leaves_the_requirement_missing() -> None:
    docs = without(complete_documents(), "volunteer_contract") + [
        make_doc("volunteer_contract", error=ReadError("truncated_file"))]
    assert ("missing_document", "volunteer_contract") in codes(evaluate(docs), Severity.ERROR)


def test_unrecognized_file() -> None:
    r = evaluate(complete_documents() + [make_doc("unknown", "IMG_2041.jpg", confidence=0.2)])
    gap = next(g for g in r.gaps if g.code == "unrecognized_file")
    assert gap.files == ("IMG_2041.jpg",) and r.status is Status.COMPLETE


def test_duplicate_by_content() -> None:
    docs = complete_documents()
    copy = replace(docs[1], file=replace(docs[1].file, relpath="passport (1).pdf", sha256=docs[1].file.sha256))
    r = evaluate(docs + [copy])
    gap = next(g for g in r.gaps if g.code == "duplicate_document")
    assert set(gap.files) == {"passport.pdf", "passport (1).pdf"} and gap.params["reason"] == "same_content"


def test_duplicate_by_key_fields() -> None:
    docs = complete_documents()
    contract = next(d for d in docs if d.type is DocType.VOLUNTEER_CONTRACT)
    scan = replace(contract, file=replace(contract.file, relpath="scan_001.pdf", sha256="f" * 64))
    r = evaluate(docs + [scan])
    gap = next(g for g in r.gaps if g.code == "duplicate_document")
    assert gap.requirement == "volunteer_contract" and gap.params["reason"] == "same_fields"


def test_two_different_birth_certificates_are_not_duplicates() -> None:
    docs = complete_documents() + [make_doc("birth_certificate", "older.pdf", copy_kind="full_copy",
                                            issue_date=date(2020, 1, 1), **PERSON)]
    assert "duplicate_document" not in {g.code for g in evaluate(docs).gaps}


# ------------------------------------------------------------------ European nationals


def _european(docs: list[Document], nationality: str, valid: bool = True) -> list[Document]:
    """The passport of `docs` made `nationality`, printed and in a zone (verified or not)."""
    zone = Zone("TD3", ("P<...",), valid, document_code="P", nationality=nationality)
    return [replace(d, zone=zone) if d.type is DocType.PASSPORT else d
            for d in replaced(docs, "passport", nationality=nationality)]


@pytest.mark.parametrize("nationality", ["DEU", "D", "FRA", "CHE", "NOR", "ITA"])
def test_european_national_needs_no_permit(nationality: str) -> None:
    r = evaluate(without(_european(complete_documents(), nationality), "visa"))
    assert r.status is Status.NOT_REQUIRED
    assert r.gaps[0].code == "european_national"
    # the rest of the checklist is still shown (a mistaken exemption is visible), owing nothing
    assert ("missing_document", "long_stay_visa") in codes(r, Severity.INFO)
    assert all(g.severity is Severity.INFO for g in r.gaps) and r.requirements
    assert "do not need a residence permit" in message(r.gaps[0], "en")
    assert "pas besoin de titre de séjour" in message(r.gaps[0], "fr")


def test_european_nationality_from_the_zone() -> None:
    zone = Zone("TD1", ("I<D<<...",), True, document_code="ID", nationality="D", surname="MULLER")
    r = evaluate([make_doc("photo_id", zone=zone)])
    assert r.status is Status.NOT_REQUIRED


def test_non_european_is_checked() -> None:
    assert evaluate([make_doc("passport", nationality="SEN", expiry_date=date(2030, 1, 1))]).status is Status.INCOMPLETE


# ------------------------------------------------------------------ the rules file


def test_rules_use_only_the_closed_vocabulary() -> None:
    rules = load_checklist()
    kinds = {r.kind for r in rules.requirements} | {c.kind for r in rules.requirements for c in r.checks}
    kinds |= {c.kind for c in rules.conditions} | {"reminder"}
    assert kinds <= CHECK_KINDS


def test_unknown_check_kind_is_refused() -> None:
    data = {"requirement": [{"id": "x", "kind": "looks_fine", "types": ["visa"], "severity": "error",
                             "source": "s", "title": {"en": "x", "fr": "x"}, "fix": {"en": "x", "fr": "x"}}]}
    with pytest.raises(RulesError, match="looks_fine"):
        parse_checklist(data)


def _normalise(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _official_body(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    return _normalise("\n".join(line for line in lines if not line.startswith("#")))


def test_every_source_is_quoted_from_the_official_text() -> None:
    official = _official_body(OFFICIAL)
    rules = load_checklist()
    missing = [s for s in rules.sources() if _normalise(s) not in official]
    assert missing == []
    # Only a rule declared `source_kind = "law"` may rest elsewhere: it cites a law, which the official
    # text does not quote, and its `explain` says where the rule comes from.
    legal = rules.legal_sources()
    assert set(legal) == {"contract_duration"}
    for rule_id, citation in legal.items():
        cond = rules.condition(rule_id)
        assert cond is not None and cond.severity is Severity.WARNING
        assert citation.startswith("Loi n° ") and _normalise(citation) not in official
        assert {"en", "fr"} <= set(cond.params["explain"])
    counted = len(rules.sources()) + len(legal)
    every = sum(1 + len(r.checks) for r in rules.requirements) + len(rules.conditions) + len(rules.reminders) + 3
    assert counted == every  # no rule escapes both


def test_source_kind_is_a_closed_vocabulary() -> None:
    from docscheck.checklist.rules import RulesError, parse_checklist

    data = tomllib.loads(OFFICIAL.with_name("rules.toml").read_text(encoding="utf-8"))
    data["condition"][0]["source_kind"] = "blog"
    with pytest.raises(RulesError, match="source_kind"):
        parse_checklist(data)


def test_vendored_official_text_is_the_shared_reference() -> None:
    if not SHARED_OFFICIAL.is_file():
        pytest.skip(f"shared reference not found at {SHARED_OFFICIAL} (a clone outside the project's workplace)")
    assert _official_body(OFFICIAL) == _official_body(SHARED_OFFICIAL)


def test_requirement_ids_are_the_public_ones() -> None:
    assert [r.id for r in load_checklist().requirements] == [
        "long_stay_visa", "birth_certificate", "identity_proof", "volunteer_contract", "approval_decision",
        "departure_commitment", "acceptance_certificate",
    ]


# ------------------------------------------------------------------ messages


def test_every_gap_code_has_english_and_french_messages() -> None:
    assert load_checklist().gap_codes() <= template_codes()


def _lesser_association_rule() -> Checklist:
    """The shipped rules with `same_association` as a warning: an association not read is then a note."""
    data = tomllib.loads(Path(docscheck.checklist.__file__).with_name("rules.toml").read_text(encoding="utf-8"))
    for cond in data["condition"]:
        if cond["id"] == "same_association":
            cond["severity"] = "warning"
    return parse_checklist(data)


def test_every_field_a_rule_reads_has_a_name_in_both_languages() -> None:
    # what a to-verify item names when the field was not read
    rules = load_checklist()
    named = {c.params[k] for r in rules.requirements for c in r.checks for k in ("field", "from", "until")
             if k in c.params}
    for cond in rules.conditions:
        for k in ("left", "right", "start", "end", "until", "field"):
            for ref in (v if isinstance(v := cond.params.get(k), list) else [v] if v else []):
                named.add(str(ref).rpartition(".")[2])
    named -= {"arrival", "codes"}  # arrival is a date given to docscheck, not read on a file
    assert named and named <= set(FIELD_NAMES), named - set(FIELD_NAMES)


def test_a_field_not_read_for_a_warning_rule_is_a_note_not_an_item() -> None:
    r = evaluate(replaced(complete_documents(), "approval_decision", association=None),
                 rules=_lesser_association_rule())
    note = next(g for g in r.gaps if g.code == "field_unreadable")
    assert note.severity is Severity.INFO and note.params["rule"] == "same_association"
    assert note.files == ("approval_decision.pdf",) and note.params["field"] == "association"
    for lang, words in zip(LANGS, (("approval_decision.pdf", "association"),
                                   ("approval_decision.pdf", "association")), strict=True):
        assert all(w in message(note, lang) for w in words)
    assert not r.to_verify and r.status is Status.COMPLETE


def _every_gap_scenarios() -> list[DossierReport]:
    base = complete_documents()
    broken = replaced(base, "visa", visa_category="short_stay", passport_number="XY9999999")
    broken = replaced(broken, "birth_certificate", copy_kind="extract", surname="TRAORE")
    broken = replaced(broken, "passport", expiry_date=date(2026, 1, 1))
    broken = replaced(broken, "volunteer_contract", signature_date=date(2026, 11, 20), mission="Jardinage",
                      end_date=date(2027, 1, 14))
    broken = replaced(broken, "approval_decision", association="Les Amis de la Terre")
    broken = without(broken, "departure_commitment")
    stale = replaced(without(base, "passport"), "visa", valid_until=date(2026, 1, 1))
    stale.append(_nat_cert(date(2025, 1, 1)))
    unread = replaced(base, "visa", visa_category=None)
    unread = replaced(unread, "passport", expiry_date=None)
    unread = poor_image(unread, "passport", "blurred")
    notes = replaced(replaced(base, "approval_decision", association=None), "volunteer_contract", end_date=None)
    files = base + [make_doc("unknown", "cv.pdf"), make_doc("unknown", "x.pdf", error=ReadError("corrupt_file")),
                    replace(base[0], file=replace(base[0].file, relpath="visa copy.pdf"))]
    return [
        evaluate(broken, arrival=date(2026, 10, 1)),
        evaluate(stale),
        evaluate(unread),
        evaluate(notes, rules=_lesser_association_rule()),  # what is not read for lesser rules: notes
        evaluate(files, arrival=None, as_of=date(2027, 1, 3)),
        evaluate(_european(base, "ITA")),
        evaluate(_european(base, "ITA") + [make_doc("consular_card", nationality="SEN", has_photo=True,
                                                    expiry_date=date(2030, 1, 1), **PERSON)]),
        evaluate(without(base, "passport") + [make_doc("consular_card", expiry_date=date(2030, 1, 1), has_photo=False,
                                                       **PERSON)]),
        evaluate(replaced(replaced(base, "departure_commitment", signature_date=None, signed=False), "passport",
                          expiry_date=date(2027, 6, 1))),
        evaluate(without(base, "passport") + [_nat_cert(date(2026, 6, 15))]),
        evaluate(without(base, "acceptance_certificate") + [_unsure_welcome_letter()]),
    ]


def test_every_gap_code_is_produced_and_reads_well_in_both_languages() -> None:
    gaps = [g for r in _every_gap_scenarios() for g in r.gaps]
    produced = {g.code for g in gaps}
    assert load_checklist().gap_codes() == produced
    for g in gaps:
        for lang in LANGS:
            text = message(g, lang)
            assert text and "{" not in text and " ? " not in text and "?)" not in text, (g, lang, text)


@pytest.mark.parametrize(
    ("d", "lang", "text"),
    [
        pytest.param(date(2026, 3, 12), "en", "12 March 2026", id="en"),
        pytest.param(date(2026, 3, 12), "fr", "12 mars 2026", id="fr"),
        pytest.param(date(2026, 4, 1), "fr", "1er avril 2026", id="fr-first"),
        pytest.param(date(2026, 8, 15), "fr", "15 août 2026", id="fr-accent"),
    ],
)
def test_human_date(d: date, lang: str, text: str) -> None:
    assert human_date(d, lang) == text


@pytest.mark.parametrize(
    "code",
    ["empty_file", "truncated_file", "corrupt_file", "encrypted_pdf", "unsupported_format", "too_large",
     "permission_denied", "symlink", "not_a_file", "read_failed", "ocr_failed", "ocr_timeout"],
)
def test_read_error_messages(code: str) -> None:
    en, fr = read_error_message(code, "", "en"), read_error_message(code, "", "fr")
    assert ": " in en and " : " in fr and en != fr
    assert read_error_message(code, "detail", "en").endswith("(detail)")


def test_french_message_uses_french_dates() -> None:
    r = evaluate(replaced(complete_documents(), "passport", expiry_date=date(2026, 6, 1)))
    gap = next(g for g in r.gaps if g.code == "expired_document")
    assert "1er juin 2026" in message(gap, "fr") and "30 novembre 2026" in message(gap, "fr")


def test_a_check_severity_other_than_warning_is_refused() -> None:
    from docscheck.checklist.rules import parse_checklist

    data = tomllib.loads((Path(__file__).resolve().parents[1] / "docscheck" / "checklist" / "rules.toml")
                        .read_text(encoding="utf-8"))
    data["requirement"][0].setdefault("check", []).append(
        {"kind": "field_equals", "field": "x", "value": 1, "gap": "g", "source": "s", "severity": "error"})
    with pytest.raises(ValueError, match="severity"):
        parse_checklist(data)


def test_the_european_codes_come_from_the_one_country_table() -> None:
    from docscheck import countries

    cond = next(c for c in load_checklist().conditions if c.kind == "nationality_in")
    assert countries.group(cond.params["codes"]) == countries.EUROPEAN and "D" in countries.EUROPEAN
    data = tomllib.loads((Path(docscheck.checklist.__file__).with_name("rules.toml")).read_text(encoding="utf-8"))
    next(c for c in data["condition"] if c["kind"] == "nationality_in")["codes"] = ["FRA"]  # a list of its own
    with pytest.raises(RulesError, match="countries.py"):
        parse_checklist(data)


def test_a_second_contract_dated_before_entry_does_not_hide_the_contract_whose_date_was_not_read() -> None:
    """Regression (found by benchmarks/verdicts.py): a host's letter read as a second contract, dated
    before entry and with more fields read than the real contract, stood for the contract; the real
    contract's signing date, not read, was never looked at, and the dossier came out complete."""
    docs = without(complete_documents(), "acceptance_certificate")
    docs = replaced(docs, "volunteer_contract", signature_date=None, association=None, mission=None)
    letter = make_doc("volunteer_contract", "lettre-accueil.pdf", association="Association Solidarité Jeunesse",
                      signature_date=date(2026, 9, 1), start_date=date(2026, 11, 15), end_date=date(2027, 11, 14),
                      mission="Accompagnement social des personnes sans-abri", **PERSON)
    r = evaluate([*docs, letter])
    assert r.status is not Status.COMPLETE
    item = unread_item(r, "contract_signed_before_entry", "signature_date")
    assert item.files == ("volunteer_contract.pdf",)


def test_every_contract_signed_after_entry_is_said() -> None:
    late = make_doc("volunteer_contract", "contrat-copie.pdf", association="Association Solidarité Jeunesse",
                    signature_date=date(2026, 11, 13),  # three days after arrival
                    start_date=date(2026, 11, 15), end_date=date(2027, 11, 14), **PERSON)
    r = evaluate([*complete_documents(), late])
    assert ("contract_signed_after_entry", None) in codes(r) and r.status is Status.INCOMPLETE
