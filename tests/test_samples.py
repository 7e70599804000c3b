"""Golden tests: the bundled sample dossiers give exactly their expected verdict, in every format.

The whole pipeline runs for real (PDFium, Tesseract on the scans and photos);
`samples/expected.json` is written by the generator that made the samples.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from docscheck.cli import cli
from docscheck.model import Report, Severity
from docscheck.pipeline import RunOptions, check_dossiers
from docscheck.render import render

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
EXPECTED: dict[str, Any] = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
AS_OF = date(2026, 11, 30)


@pytest.fixture(scope="session")
def report() -> Report:
    folders = sorted(p for p in SAMPLES.iterdir() if p.is_dir())
    return check_dossiers(folders, as_of=AS_OF, options=RunOptions(workers=2))


def _gaps(dossier: Any) -> set[tuple[str, str | None]]:
    return {(g.code, g.requirement) for g in dossier.gaps if g.severity in (Severity.ERROR, Severity.WARNING)}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_status_and_gaps(report: Report, name: str) -> None:
    dossier = next(d for d in report.dossiers if d.id == name)
    expected = EXPECTED[name]
    assert dossier.status.value == expected["status"]
    assert _gaps(dossier) == {(code, req) for code, req in expected["gaps"]}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_files_are_classified(report: Report, name: str) -> None:
    dossier = next(d for d in report.dossiers if d.id == name)
    if "documents" in EXPECTED[name]:  # files not one document each: where each document lies
        where = sorted((d.type.value, [[p.relpath, list(p.pages)] for p in d.parts]
                        or [[d.file.relpath, list(d.page_numbers)]]) for d in dossier.documents)
        assert where == sorted((e["doc_type"], e["parts"]) for e in EXPECTED[name]["documents"])
        return
    found = {d.file.relpath: d.type.value for d in dossier.documents}
    assert found == {f: v["doc_type"] for f, v in EXPECTED[name]["files"].items()}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_json_report_validates_and_carries_the_verdict(report: Report, lang: str) -> None:
    data = json.loads(render(report, "json", lang))
    schema = json.loads((Path(__file__).resolve().parents[1] / "docscheck" / "schema" / "report.schema.json").read_text())
    jsonschema.validate(data, schema)
    assert data["schema_version"] == 3 and data["as_of"] == AS_OF.isoformat()
    for dossier in data["dossiers"]:
        expected = EXPECTED[dossier["id"]]
        assert dossier["status"] == expected["status"]
        codes = {g["code"] for g in dossier["gaps"] if g["severity"] == "error"}
        assert codes == {c for c, _ in expected["gaps"] if c not in _warning_codes(report)}
        assert all(g["message"] for g in dossier["gaps"])


def _warning_codes(report: Report) -> set[str]:
    return {g.code for d in report.dossiers for g in d.gaps if g.severity is Severity.WARNING}


def test_csv_report_one_row_per_dossier_with_bom(report: Report) -> None:
    data = render(report, "csv", "fr")
    assert isinstance(data, bytes) and data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert {r["dossier"]: r["status"] for r in rows} == {k: v["status"] for k, v in EXPECTED.items()}


def test_html_report_is_self_contained(report: Report) -> None:
    from docscheck.thumbnails import thumbnail

    html = render(report, "html", "en", thumbnail=thumbnail)
    assert isinstance(html, str)
    assert "http://" not in html and "https://" not in html
    assert html.count("data:image/png;base64,") >= sum(len(d.documents) for d in report.dossiers) // 2
    for name in EXPECTED:
        assert name in html


@pytest.mark.parametrize("lang, word", [("en", "Long-stay visa"), ("fr", "Visa long séjour")])
def test_text_report_in_both_languages(report: Report, lang: str, word: str) -> None:
    text = render(report, "text", lang)
    assert isinstance(text, str)
    assert word.lower() in text.lower()
    assert "✔" in text and "✘" in text


def test_check_cli_exit_codes(report: Report) -> None:
    runner = CliRunner()
    complete = runner.invoke(cli, ["check", str(SAMPLES / "01_complete"), "--as-of", "2026-11-30", "--workers", "1"])
    assert complete.exit_code == 0, complete.output
    missing = runner.invoke(cli, ["check", str(SAMPLES / "02_missing_visa"), "--as-of", "2026-11-30", "--format", "json", "--workers", "1"])
    assert missing.exit_code == 1
    assert json.loads(missing.output)["dossiers"][0]["status"] == "incomplete"
    european = runner.invoke(cli, ["check", str(SAMPLES / "08_european"), "--as-of", "2026-11-30", "--lang", "fr", "--workers", "1"])
    assert european.exit_code == 0


def test_scan_cli_writes_report_file_and_refuses_inputs(report: Report, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "review.csv"
    result = runner.invoke(cli, ["scan", str(SAMPLES), "--as-of", "2026-11-30", "--format", "csv", "-o", str(out), "--workers", "1"])
    assert result.exit_code == 1  # some samples have gaps
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    target = SAMPLES / "01_complete" / "dossier.toml"
    before = target.read_bytes()
    refused = runner.invoke(cli, ["check", str(SAMPLES / "01_complete"), "-o", str(target), "--workers", "1"])
    assert refused.exit_code == 2
    assert target.read_bytes() == before


def test_usage_errors_exit_2() -> None:
    result = CliRunner().invoke(cli, ["check", str(SAMPLES / "01_complete"), "--as-of", "30/11/2026"])
    assert result.exit_code == 2
