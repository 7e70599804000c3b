"""Rendering reports: JSON against its schema, CSV for a French spreadsheet, self-contained HTML, text."""

from __future__ import annotations

import csv
import io
import json
import re
import zlib
from dataclasses import replace
from datetime import date
from typing import Any

import jsonschema
import pytest

from docscheck.checklist import evaluate_dossier
from docscheck.model import (
    Classification,
    DocType,
    Document,
    Field,
    FileText,
    Page,
    ReadError,
    Report,
    TextSource,
    Zone,
)
from docscheck.render import render, rules_text
from docscheck.schema import report_schema

AS_OF = date(2026, 11, 30)
PERSON: dict[str, Any] = {"surname": "NDIAYE", "given_names": "Aïssatou", "date_of_birth": date(1997, 2, 3)}


def _doc(t: str, relpath: str | None = None, error: ReadError | None = None, **fields: object) -> Document:
    relpath = relpath or f"{t}.pdf"
    pages = () if error else (Page(1, f"{t} text", TextSource.OCR, confidence=88.0),)
    f = FileText(f"/root/{relpath}", relpath, "pdf", relpath.encode().hex().ljust(64, "0")[:64], 10, pages, error,
                 len(pages))
    flds = {k: Field(v, str(v), 1, "label") for k, v in fields.items()}  # type: ignore[arg-type]
    return Document(f, Classification(DocType(t), 0.9, (f"{t} title",)), flds)


def _complete() -> list[Document]:
    return [
        _doc("visa", visa_category="long_stay", valid_from=date(2026, 11, 1), valid_until=date(2027, 10, 31),
             passport_number="A1234567", **PERSON),
        _doc("passport", document_number="A1234567", expiry_date=date(2030, 1, 1), nationality="SEN", **PERSON),
        _doc("birth_certificate", copy_kind="full_copy", **PERSON),
        _doc("volunteer_contract", association="Secours Populaire", signature_date=date(2026, 9, 1),
             start_date=date(2026, 11, 15), end_date=date(2027, 11, 14), mission="aide humanitaire", **PERSON),
        _doc("approval_decision", association="Secours populaire"),
        _doc("departure_commitment", signature_date=date(2026, 9, 2), signed=True, **PERSON),
        _doc("acceptance_certificate", association="Secours Populaire", **PERSON),
    ]


@pytest.fixture(scope="module")
def report() -> Report:
    complete = evaluate_dossier("aissatou", "/root/aissatou", _complete(), as_of=AS_OF, arrival=date(2026, 11, 10))
    broken_docs = [d for d in _complete() if d.type is not DocType.BIRTH_CERTIFICATE]
    broken_docs.append(_doc("unknown", "locked.pdf", error=ReadError("encrypted_pdf", "AES")))
    broken_docs.append(_doc("unknown", "facture.jpg"))
    incomplete = evaluate_dossier("sans-acte", "/root/sans-acte", broken_docs, as_of=AS_OF)
    card = replace(_doc("photo_id", nationality="DEU", **PERSON),
                   zone=Zone("TD1", ("I<D<<...",), True, document_code="ID", nationality="D"))
    euro = evaluate_dossier("europeen", "/root/europeen", [card], as_of=AS_OF)
    return Report(as_of=AS_OF, dossiers=(complete, incomplete, euro))


@pytest.fixture(scope="module")
def one(report: Report) -> Report:
    return Report(as_of=AS_OF, dossiers=report.dossiers[:1])


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_json_validates_against_the_schema(report: Report, lang: str) -> None:
    out = render(report, "json", lang)
    assert isinstance(out, str)
    data = json.loads(out)
    jsonschema.validate(data, report_schema())
    assert data["schema_version"] == 3 and data["as_of"] == "2026-11-30"
    assert [d["status"] for d in data["dossiers"]] == ["complete", "incomplete", "not_required"]
    d0 = data["dossiers"][0]
    visa = next(d for d in d0["documents"] if d["type"] == "visa")
    assert visa["fields"]["valid_until"] == "2027-10-31" and visa["text_source"] == "ocr" and visa["pages"] == [1]
    assert d0["deadlines"] == {"filing_deadline": "2026-12-10", "aps_valid_from": "2026-11-15",
                               "aps_valid_until": "2027-11-14", "implicit_refusal": "2027-03-30"}
    gaps = {(g["code"], g["requirement"]) for g in data["dossiers"][1]["gaps"]}
    assert ("missing_document", "birth_certificate") in gaps and ("unreadable_file", None) in gaps


def test_schema_rejects_a_broken_report(report: Report) -> None:
    data = json.loads(render(report, "json", "en"))  # type: ignore[arg-type]
    data["dossiers"][0]["status"] = "fine"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, report_schema())


def test_json_messages_follow_the_language(report: Report) -> None:
    fr = json.loads(render(report, "json", "fr"))  # type: ignore[arg-type]
    msgs = " ".join(g["message"] for g in fr["dossiers"][1]["gaps"])
    assert "Manquant : Copie intégrale de l'acte de naissance" in msgs


def test_csv_has_bom_semicolons_and_one_row_per_dossier(report: Report) -> None:
    out = render(report, "csv", "fr")
    assert isinstance(out, bytes) and out.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(out.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 1 + len(report.dossiers)
    header = rows[0]
    assert header[:3] == ["dossier", "applicant", "status"] and "long_stay_visa" in header
    by_id = {r[0]: dict(zip(header, r, strict=True)) for r in rows[1:]}
    assert by_id["sans-acte"]["birth_certificate"] == "missing"
    assert "missing_document" in by_id["sans-acte"]["errors"].split()
    assert by_id["aissatou"]["status"] == "complete" and by_id["europeen"]["long_stay_visa"] == "n/a"
    assert by_id["aissatou"]["applicant"] == "Aïssatou NDIAYE"


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")

    raw = zlib.compress(b"\x00\xff\x00\x00")
    ihdr = (1).to_bytes(4, "big") * 2 + bytes([8, 2, 0, 0, 0])
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def test_html_is_self_contained_with_thumbnails_and_overview(report: Report) -> None:
    asked: list[str] = []

    def thumb(path: str) -> bytes | None:
        asked.append(path)
        return _png()

    out = render(report, "html", "en", thumbnail=thumb)
    assert isinstance(out, str)
    assert not re.search(r"https?://", out)
    assert "data:image/png;base64," in out
    assert "/root/visa.pdf" in asked and "/root/locked.pdf" not in asked  # unreadable files get no thumbnail
    assert 'class="overview"' in out and "@media print" in out
    assert out.count('<section class="dossier"') == 3
    assert "Full copy of the birth certificate" in out and "✘" in out and "✔" in out
    assert "valid_until" in out and "2027-10-31" in out  # fields
    assert "visa title" in out  # evidence


def test_html_single_dossier_has_no_overview_and_survives_a_failing_thumbnail(one: Report) -> None:
    def broken(path: str) -> bytes | None:
        raise OSError("cannot draw")

    out = render(one, "html", "fr", thumbnail=broken)
    assert isinstance(out, str)
    assert 'class="overview"' not in out and '<html lang="fr">' in out and "Visa long séjour" in out


def test_html_escapes_what_files_say() -> None:
    doc = _doc("volunteer_contract", "<script>.pdf", association="<b>Evil</b>")
    r = Report(AS_OF, (evaluate_dossier("x", "/x", [doc], as_of=AS_OF),))
    out = render(r, "html", "en")
    assert "<script>" not in out and "<b>Evil</b>" not in out


def test_text_ticks_and_crosses_without_colour_by_default(report: Report) -> None:
    out = render(report, "text", "en")
    assert isinstance(out, str)
    assert "✔ Long-stay visa (type D)" in out
    assert "✘ Full copy of the birth certificate" in out
    assert "Missing: Full copy of the birth certificate" in out
    assert "\x1b[" not in out
    assert "no permit needed" in out.lower() or "NO PERMIT NEEDED" in out
    assert "Most common gaps" in out


def test_text_colour_only_when_asked(one: Report) -> None:
    assert "\x1b[32m✔\x1b[0m" in render(one, "text", "en", color=True)  # type: ignore[operator]


def test_text_in_french(report: Report) -> None:
    out = render(report, "text", "fr")
    assert isinstance(out, str)
    assert "Dernier jour pour déposer : 10 décembre 2026" in out  # French typography
    assert "Documents à fournir" in out and "COMPLET" in out


def test_arrival_unknown_shows_conditions_not_checked() -> None:
    # signed after the visa's first day and filed more than a month after it: no bound decides
    docs = [replace(d, fields={**d.fields, "signature_date": Field(date(2026, 11, 5), "", 1, "label")})
            if d.type is DocType.VOLUNTEER_CONTRACT else d for d in _complete()]
    late = evaluate_dossier("tard", "/root/tard", docs, as_of=date(2027, 1, 5))
    out = render(Report(AS_OF, (late,)), "text", "en")
    assert "? Contract signed before entry into France" in out
    assert "? Application filed within one month of arrival" in out
    assert "No date of arrival in France was given" in out
    assert "Status: TO VERIFY BY HAND" in out and "To check by hand" in out
    fr = render(Report(AS_OF, (late,)), "text", "fr")
    assert "Statut : À VÉRIFIER À LA MAIN" in fr and "[filed_within_one_month]" in fr


def test_unknown_format() -> None:
    with pytest.raises(ValueError, match="pdf"):
        render(Report(AS_OF, ()), "pdf", "en")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_rules_text_lists_every_rule_with_its_source(lang: str) -> None:
    out = rules_text(lang)
    for rid in ("long_stay_visa", "identity_proof", "acceptance_certificate", "contract_signed_before_entry",
                "proof_of_address"):
        assert rid in out
    assert '"or certificate of nationality under 6 months with photo"' in out
