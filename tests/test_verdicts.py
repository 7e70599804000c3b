"""Verdicts a person can rely on: never "complete" or "no permit needed" without proof.

Engine-level tests on hand-built documents, then the real pipeline on text-layer
PDFs from the generator (no OCR) for the command line, exit codes and confirmations.
"""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from docscheck.checklist.engine import apply_confirmations
from docscheck.cli import cli, exit_code
from docscheck.dossier import load_dossier_config
from docscheck.errors import ExitCode
from docscheck.messages import LANGS, confirmation_message, message, to_verify_message
from docscheck.model import Confirmation, DocType, Document, Report, Severity, Status, Zone
from docscheck.render.data import report_json
from docscheck.schema import report_schema
from docscheck.zonetrust import ZONE_UNVERIFIED, reading, verified_nationality
from synth.scenarios import build_dossier
from tests.test_checklist import AS_OF, PERSON, complete_documents, evaluate, make_doc, replaced, without


def _with_zone(docs: list[Document], t: str, zone: Zone) -> list[Document]:
    return [replace(d, zone=zone) if d.type.value == t else d for d in docs]


# ------------------------------------------------------------------ to verify


def test_unreadable_visa_category_is_to_verify_with_what_to_check() -> None:
    r = evaluate(replaced(complete_documents(), "visa", visa_category=None))
    assert r.status is Status.TO_VERIFY
    item = next(i for i in r.to_verify if i.id == "long_stay_visa")
    assert item.reason == "field_unreadable" and item.files == ("visa.pdf",)
    en, fr = to_verify_message(item, "en"), to_verify_message(item, "fr")
    assert "visa category" in en and "visa.pdf" in en and "[long_stay_visa]" in en
    assert "catégorie du visa" in fr and "visa.pdf" in fr


def test_short_stay_visa_with_unreadable_category_is_never_complete() -> None:
    # the zone says VC (short stay) but its check digits fail: it decides nothing, and nothing is printed
    zone = Zone("MRVA", ("VC...",), False, document_code="VC", failed_checks=("expiry_date",))
    docs = _with_zone(replaced(complete_documents(), "visa", visa_category=None), "visa", zone)
    r = evaluate(docs)
    assert r.status is Status.TO_VERIFY
    item = next(i for i in r.to_verify if i.id == "long_stay_visa")
    assert item.reason == "zone_unverified" and item.params["value"] == "short_stay"
    assert "check digits" in to_verify_message(item, "en")
    # the same zone verified decides: a short-stay visa is wrong
    verified = _with_zone(replaced(complete_documents(), "visa", visa_category=None), "visa",
                          replace(zone, valid=True, failed_checks=()))
    assert evaluate(verified).status is Status.INCOMPLETE


def test_unreadable_expiry_date_is_to_verify_not_complete() -> None:
    r = evaluate(replaced(complete_documents(), "passport", expiry_date=None))
    assert r.status is Status.TO_VERIFY and [i.id for i in r.to_verify] == ["identity_proof"]


def test_a_verifiably_missing_document_stays_incomplete() -> None:
    r = evaluate(replaced(without(complete_documents(), "birth_certificate"), "visa", visa_category=None))
    assert r.status is Status.INCOMPLETE and r.to_verify


def test_contract_bounded_by_the_visa_without_arrival() -> None:
    # signed 15 Sept, visa from 1 Nov: entry cannot precede 1 Nov, so the contract was signed before entry
    r = evaluate(complete_documents(), arrival=None)
    assert r.status is Status.COMPLETE
    # filed 2 Dec: more than a month after the visa's first day, and the arrival date is unknown
    late = evaluate(complete_documents(), arrival=None, as_of=date(2026, 12, 2))
    assert [(i.id, i.reason) for i in late.to_verify] == [("filed_within_one_month", "arrival_unknown")]
    assert late.status is Status.TO_VERIFY


# ------------------------------------------------------------------ the European exemption


def _malian(zone_nat: str, valid: bool, printed: str | None) -> list[Document]:
    zone = Zone("TD3", ("P<...",), valid, document_code="P", issuer="MLI", nationality=zone_nat,
                failed_checks=() if valid else ("composite",))
    docs = replaced(complete_documents(), "passport", nationality=printed)
    return _with_zone(without(docs, "visa"), "passport", zone)


def test_malian_passport_whose_zone_reads_mlt_unverified_is_never_not_required() -> None:
    for printed in (None, "MLI"):
        r = evaluate(_malian("MLT", False, printed))
        assert r.status is not Status.NOT_REQUIRED
        assert "european_national" not in {g.code for g in r.gaps}
        assert ("missing_document", "long_stay_visa") in {(g.code, g.requirement) for g in r.gaps}
    nothing_printed = evaluate(_malian("MLT", False, None))
    item = next(i for i in nothing_printed.to_verify if i.id == "european_national")
    assert item.reason == "nationality_unverified" and "MLT" in to_verify_message(item, "en")
    passport = next(d for d in _malian("MLT", False, None) if d.type is DocType.PASSPORT)
    assert reading(passport, "nationality").source == ZONE_UNVERIFIED and verified_nationality(passport) == ""


def test_malian_passport_zone_read_mlt_by_the_reader_never_exempts() -> None:
    # the real zone reader on a Malian passport whose nationality OCR'd MLT (I read T): Malta is
    # one letter from the issuer's MLI, so the zone is unverified and proves nothing
    from docscheck.mrz import parse_zone

    line1 = "P<MLIKEITA<<AMADOU<<<<<<<<<<<<<<<<<<<<<<<<<<"
    line2 = "A123456784MLT9001011M3001019<<<<<<<<<<<<<<08"
    zone = parse_zone((line1, line2), today=AS_OF)
    assert zone is not None and zone.nationality == "MLT" and not zone.valid
    assert zone.failed_checks == ("nationality_code",)  # every check digit holds
    for printed in (None, "MLI"):
        docs = _with_zone(without(replaced(complete_documents(), "passport", nationality=printed), "visa"),
                          "passport", zone)
        r = evaluate(docs)
        assert r.status is not Status.NOT_REQUIRED and r.status is Status.INCOMPLETE
        assert "european_national" not in {g.code for g in r.gaps}


def test_printed_nationality_alone_does_not_exempt() -> None:
    docs = replaced(without(complete_documents(), "visa"), "passport", nationality="ITA")
    r = evaluate(docs)
    assert r.status is Status.INCOMPLETE
    assert [i.reason for i in r.to_verify if i.id == "european_national"] == ["nationality_unverified"]


def test_printed_and_zone_agreeing_exempt_even_when_the_zone_fails_elsewhere() -> None:
    zone = Zone("TD3", ("P<...",), False, document_code="P", nationality="ITA", failed_checks=("expiry_date",))
    docs = _with_zone(replaced(without(complete_documents(), "visa"), "passport", nationality="ITA"), "passport", zone)
    assert evaluate(docs).status is Status.NOT_REQUIRED


def test_eu_nationality_contradicted_by_another_document_is_a_conflict() -> None:
    zone = Zone("TD3", ("P<...",), True, document_code="P", nationality="ITA")
    docs = _with_zone(replaced(complete_documents(), "passport", nationality="ITA"), "passport", zone)
    docs.append(make_doc("consular_card", nationality="SEN", expiry_date=date(2030, 1, 1), has_photo=True))
    r = evaluate(without(docs, "visa"))
    assert r.status is not Status.NOT_REQUIRED
    gap = next(g for g in r.gaps if g.code == "nationality_conflict")
    assert gap.severity is Severity.WARNING and set(gap.files) == {"passport.pdf", "consular_card.pdf"}
    assert any(i.id == "european_national" and i.reason == "nationality_conflict" for i in r.to_verify)
    # the rest of the checklist is evaluated and shown: the visa is missing
    assert ("missing_document", "long_stay_visa") in {(g.code, g.requirement) for g in r.gaps}
    assert r.status is Status.INCOMPLETE and len(r.requirements) == 7


# ------------------------------------------------------------------ confirmations


def _sha(r: object, relpath: str) -> str:
    return next(f"sha256:{d.file.sha256}" for d in r.documents if d.file.relpath == relpath)  # type: ignore[attr-defined]


def test_confirmation_makes_complete_and_says_who() -> None:
    r = evaluate(replaced(complete_documents(), "visa", visa_category=None))
    conf = Confirmation("long_stay_visa", "Awa Ndiaye", date(2026, 11, 29), "category D on the sticker",
                        {"visa.pdf": _sha(r, "visa.pdf")})
    done = apply_confirmations(r, [conf])
    assert done.status is Status.COMPLETE and done.rests_on_confirmations
    item = done.to_verify[0]
    assert item.confirmed and not item.stale
    assert "confirmed by Awa Ndiaye on 29 November 2026" in confirmation_message(item, "en")
    assert "not by docscheck" in confirmation_message(item, "en")
    assert "confirmé par Awa Ndiaye le 29 novembre 2026" in confirmation_message(item, "fr")
    data = report_json(Report(AS_OF, (done,)), "en")
    assert data["dossiers"][0]["rests_on_confirmations"] is True
    assert data["dossiers"][0]["to_verify"][0]["confirmation"]["by"] == "Awa Ndiaye"


def test_stale_confirmation_is_to_verify_again() -> None:
    r = evaluate(replaced(complete_documents(), "visa", visa_category=None))
    conf = Confirmation("long_stay_visa", "Awa Ndiaye", date(2026, 11, 29), "", {"visa.pdf": "sha256:" + "0" * 64})
    done = apply_confirmations(r, [conf])
    assert done.status is Status.TO_VERIFY and not done.rests_on_confirmations
    assert done.to_verify[0].stale
    assert "stale" in confirmation_message(done.to_verify[0], "en")
    assert "périmée" in confirmation_message(done.to_verify[0], "fr")


def test_confirmation_never_overrides_a_verified_gap() -> None:
    r = evaluate(replaced(without(complete_documents(), "birth_certificate"), "visa", visa_category=None))
    conf = Confirmation("long_stay_visa", "Awa", date(2026, 11, 29), "", {"visa.pdf": _sha(r, "visa.pdf")})
    assert apply_confirmations(r, [conf]).status is Status.INCOMPLETE


def test_every_to_verify_reason_reads_well_in_both_languages() -> None:
    reports = [
        evaluate(replaced(complete_documents(), "visa", visa_category=None)),
        evaluate(complete_documents(), arrival=None, as_of=date(2026, 12, 2)),
        evaluate(_malian("MLT", False, None)),
        evaluate(without(complete_documents(), "passport")
                 + [make_doc("consular_card", expiry_date=date(2030, 1, 1), has_photo=False)]),
        evaluate(_with_zone(replaced(complete_documents(), "visa", visa_category=None), "visa",
                            Zone("MRVA", ("V",), False, document_code="VD"))),
    ]
    items = [i for r in reports for i in r.to_verify]
    assert {i.reason for i in items} >= {"field_unreadable", "arrival_unknown", "nationality_unverified",
                                         "check_not_seen", "zone_unverified"}
    for item in items:
        for lang in LANGS:
            text = to_verify_message(item, lang)
            assert "{" not in text and " ? " not in text and "?)" not in text, (item, lang, text)


# ------------------------------------------------------------------ exit codes, the CLI, confirm


def test_exit_code_order() -> None:
    c = evaluate(complete_documents())
    v = evaluate(replaced(complete_documents(), "visa", visa_category=None))
    i = evaluate(without(complete_documents(), "visa"))
    assert exit_code(Report(AS_OF, (c,))) is ExitCode.OK
    assert exit_code(Report(AS_OF, (c, v))) is ExitCode.TO_VERIFY == 5
    assert exit_code(Report(AS_OF, (c, v, i))) is ExitCode.GAPS


@pytest.fixture()
def late_dossier(tmp_path: Path) -> Path:
    """A complete dossier (text PDFs) whose arrival is not given and that is filed 40 days after it."""
    folder = tmp_path / "late"
    truth = build_dossier("complete", 9101, folder, renderings=["text_pdf"])
    filing = date.fromisoformat(truth.arrival) + timedelta(days=40)
    (folder / "dossier.toml").write_text(f'filing = {filing.isoformat()}\n', encoding="utf-8")
    return folder


def test_cli_to_verify_then_confirm_makes_complete(late_dossier: Path) -> None:
    runner = CliRunner()
    args = ["check", str(late_dossier), "--as-of", "2026-11-30", "--workers", "1", "--no-cache"]
    first = runner.invoke(cli, [*args, "--format", "json"])
    assert first.exit_code == 5, first.output
    import json

    import jsonschema

    data = json.loads(first.output)
    jsonschema.validate(data, report_schema())
    d = data["dossiers"][0]
    assert d["status"] == "to_verify" and [i["id"] for i in d["to_verify"]] == ["filed_within_one_month"]
    assert all("field_sources" in doc for doc in d["documents"])

    before = {p.name: p.read_bytes() for p in late_dossier.iterdir() if p.name != "dossier.toml"}
    bad = runner.invoke(cli, ["confirm", str(late_dossier), "no_such_item", "--by", "Awa", "--workers", "1"])
    assert bad.exit_code != 0 and "filed_within_one_month" in bad.output
    ok = runner.invoke(cli, ["confirm", str(late_dossier), "filed_within_one_month", "--by", "Awa Ndiaye",
                             "--note", "entry stamp seen", "--as-of", "2026-11-30", "--workers", "1"])
    assert ok.exit_code == 0, ok.output
    config = tomllib.loads((late_dossier / "dossier.toml").read_text(encoding="utf-8"))
    assert config["confirmed"][0]["by"] == "Awa Ndiaye" and config["confirmed"][0]["on"] == date(2026, 11, 30)
    assert load_dossier_config(late_dossier).confirmed[0].note == "entry stamp seen"
    assert {p.name: p.read_bytes() for p in late_dossier.iterdir() if p.name != "dossier.toml"} == before

    again = runner.invoke(cli, [*args, "--lang", "en"])
    assert again.exit_code == 0, again.output
    assert "COMPLETE" in again.output and "confirmed by Awa Ndiaye on 30 November 2026" in again.output
    assert "rests on confirmations by a person" in again.output


def test_cli_evidence_flag_shows_sources(late_dossier: Path) -> None:
    out = CliRunner().invoke(cli, ["check", str(late_dossier), "--as-of", "2026-11-30", "--workers", "1",
                                   "--evidence", "--lang", "en"])
    assert "[printed text p.1]" in out.output or "[verified zone" in out.output, out.output


# ------------------------------------------------------------------ checks a prefecture agent makes


def test_undated_or_unsigned_departure_letter_is_to_verify() -> None:
    for fields, check in (({"signed": False}, "letter_not_signed"), ({"signature_date": None}, "letter_not_dated")):
        r = evaluate(replaced(complete_documents(), "departure_commitment", **fields))
        assert r.status is Status.TO_VERIFY, fields
        gap = next(g for g in r.gaps if g.code == check)
        assert gap.severity is Severity.WARNING and gap.requirement == "departure_commitment"
        item = next(i for i in r.to_verify if i.id == "departure_commitment")
        assert item.reason == "check_not_seen" and item.params["check"] == check
        assert "letter" in to_verify_message(item, "en") and "lettre" in to_verify_message(item, "fr")
    # never read at all (not a generated field): to verify too, never accepted silently
    r = evaluate(replaced(complete_documents(), "departure_commitment", signed=None))
    assert r.status is Status.TO_VERIFY


def _letter(text: str) -> Document:
    from docscheck.fields import extract_fields

    doc = make_doc("departure_commitment", text=text)
    return replace(doc, fields=extract_fields(doc.file, DocType.DEPARTURE_COMMITMENT))


@pytest.mark.parametrize(
    ("text", "signed", "dated"),
    [
        pytest.param("Je soussigné Amadou DIALLO m'engage à quitter le territoire français.\n"
                     "Fait à Lyon, le 3 mars 2026\nSignature de l'intéressé :", True, date(2026, 3, 3), id="fait-a"),
        pytest.param("Dakar, le 12 février 2026\nJe soussigné Amadou DIALLO m'engage à quitter le territoire "
                     "français.\nLu et approuvé", True, date(2026, 2, 12), id="dated-header"),
        pytest.param("I, the undersigned, Amadou DIALLO, undertake to leave French territory.\n"
                     "____________________\nAmadou DIALLO", True, None, id="signing-line-with-name"),
        pytest.param("Je soussigné Amadou DIALLO m'engage à quitter le territoire français.", False, None,
                     id="neither"),
    ],
)
def test_departure_letter_date_and_signature_are_read(text: str, signed: bool, dated: date | None) -> None:
    doc = _letter(text)
    assert doc.fields["signed"].value is signed
    got = doc.fields.get("signature_date")
    assert (got.value if got else None) == dated


def test_generated_departure_letters_come_out_dated_and_signed(tmp_path: Path) -> None:
    # every letter the generator draws is dated and signed ("Signature :" under "Fait à ..., le ...")
    from docscheck.text import read_file
    from docscheck.understand import understand

    for seed in range(6):
        folder = tmp_path / f"d{seed}"
        truth = build_dossier("complete", 7300 + seed, folder, renderings=["text_pdf"])
        letter = next(f for f in truth.files if f.doc_type == "departure_commitment")
        doc = understand(read_file(folder / letter.relpath, folder), today=AS_OF)
        assert doc.fields["signed"].value is True, letter.relpath
        assert doc.fields["signature_date"].value == date.fromisoformat(letter.truth["signature_date"])


def test_passport_expiring_before_the_contract_ends_is_a_warning() -> None:
    r = evaluate(replaced(complete_documents(), "passport", expiry_date=date(2027, 6, 1)))  # contract ends 14 Nov 2027
    gap = next(g for g in r.gaps if g.code == "identity_expires_before_contract_end")
    assert gap.severity is Severity.WARNING and gap.files == ("passport.pdf",)
    assert r.status is Status.COMPLETE
    assert "new passport" in message(gap, "en") and "nouveau passeport" in message(gap, "fr")
    assert not any(g.code == "identity_expires_before_contract_end" for g in evaluate(complete_documents()).gaps)


def test_certificate_turning_stale_soon_is_a_warning_only_without_a_filing_date() -> None:
    docs = without(complete_documents(), "passport") + [
        make_doc("nationality_certificate", issue_date=date(2026, 6, 15), has_photo=True, **PERSON)]
    r = evaluate(docs)  # as of 30 Nov 2026: six months old on 15 Dec 2026
    gap = next(g for g in r.gaps if g.code == "stale_soon")
    assert gap.severity is Severity.WARNING and gap.params["stale_on"] == "2026-12-15"
    assert r.status is Status.COMPLETE
    # measured on the real filing date: filed on 20 Dec, it is too old; filed on 1 Dec, nothing to say
    assert evaluate(docs, filing=date(2026, 12, 20)).status is Status.INCOMPLETE
    assert not any(g.code == "stale_soon" for g in evaluate(docs, filing=date(2026, 12, 1)).gaps)
    # more than 30 days away: nothing to say
    later = without(complete_documents(), "passport") + [
        make_doc("nationality_certificate", issue_date=date(2026, 8, 1), has_photo=True, **PERSON)]
    assert not any(g.code == "stale_soon" for g in evaluate(later).gaps)
    # a passport proves identity whatever the certificate's age
    assert not any(g.code == "stale_soon" for g in evaluate(complete_documents() + docs[-1:]).gaps)


def test_contract_signed_on_the_day_of_entry_explains_its_choice() -> None:
    from docscheck.render import rules_text

    assert evaluate(replaced(complete_documents(), "volunteer_contract", signature_date=date(2026, 11, 10))
                    ).status is Status.COMPLETE  # arrival 10 Nov
    assert "signed on the day of entry counts as signed before entry" in rules_text("en")
    assert "signé le jour de l'entrée compte comme signé avant l'entrée" in rules_text("fr")


def test_contract_duration_cites_the_law_and_says_the_bound_is_a_reading() -> None:
    from docscheck.checklist.rules import load_checklist
    from docscheck.render import rules_text

    rule = load_checklist().condition("contract_duration")
    assert rule is not None and rule.source_kind == "law" and rule.severity is Severity.WARNING
    assert "2006-586" in rule.source and "volontariat associatif" in rule.source
    assert "contract_duration" in load_checklist().legal_sources()
    text = rules_text("en")
    assert "Loi n° 2006-586" in text and "project's reading" in text


# ------------------------------------------------------------------ the HTML report and the web page


def test_html_shows_the_three_states_and_what_to_check_by_hand() -> None:
    from docscheck.render.html import render_html

    open_ = replace(evaluate(replaced(complete_documents(), "departure_commitment", signed=False)), id="a")
    bad = replace(evaluate(without(complete_documents(), "birth_certificate")), id="b")
    done = evaluate(replaced(complete_documents(), "visa", visa_category=None))
    conf = Confirmation("long_stay_visa", "Awa Ndiaye", date(2026, 11, 29), "", {"visa.pdf": _sha(done, "visa.pdf")})
    done = replace(apply_confirmations(done, [conf]), id="c")
    report = Report(AS_OF, (open_, bad, done))
    en, fr = render_html(report, "en"), render_html(report, "fr")
    assert 'class="badge to_verify"' in en and "to verify by hand" in en and "à vérifier à la main" in fr
    assert "complete: 1 · incomplete: 1 · to verify by hand: 1" in en  # the overview counts each state
    assert '<section class="to-check"' in en and 'data-reason="check_not_seen"' in en
    assert "departure_commitment.pdf" in en and "is signed by the applicant" in en
    assert "confirmed by Awa Ndiaye on 29 November 2026" in en and "confirmé par Awa Ndiaye le 29 novembre 2026" in fr
    assert "rests on confirmations by a person" in en
    # text, not colour alone: each item says its state in words
    assert '<span class="item-state">to verify</span>' in en and '<span class="item-state">confirmed by a person</span>' in en
