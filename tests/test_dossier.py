"""Per-dossier dates: dossier.toml, the scan root's manifest.csv, and which folders are dossiers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from docscheck.dossier import DossierConfig, find_dossiers, load_dossier_config, load_manifest
from docscheck.errors import ExitCode, UsageError


def test_no_dossier_toml_is_an_empty_config(tmp_path: Path) -> None:
    assert load_dossier_config(tmp_path) == DossierConfig()


def test_dossier_toml(tmp_path: Path) -> None:
    (tmp_path / "dossier.toml").write_text(
        'arrival = 2026-09-01\nfiling = "20/09/2026"\napplicant = "Aïssatou Ndiaye"\n', encoding="utf-8"
    )
    assert load_dossier_config(tmp_path) == DossierConfig(date(2026, 9, 1), date(2026, 9, 20), "Aïssatou Ndiaye")


def test_dossier_toml_with_only_arrival(tmp_path: Path) -> None:
    (tmp_path / "dossier.toml").write_text('arrival = "2026-09-01"\n', encoding="utf-8")
    assert load_dossier_config(tmp_path) == DossierConfig(arrival=date(2026, 9, 1))


@pytest.mark.parametrize(
    ("content", "says"),
    [
        pytest.param("arrival = 2026-09-01\narrival = 2026-09-02\n", "not a valid TOML", id="duplicate-key"),
        pytest.param("arrival = [", "not a valid TOML", id="syntax"),
        pytest.param('arival = "2026-09-01"\n', r"unknown key\(s\) arival", id="typo"),
        pytest.param('arrival = "09/31/2026"\n', "is not a date", id="month-first"),
        pytest.param("arrival = 20260901\n", "expected a date", id="number"),
        pytest.param("applicant = 3\n", "applicant", id="applicant-not-text"),
    ],
)
def test_malformed_dossier_toml(tmp_path: Path, content: str, says: str) -> None:
    (tmp_path / "dossier.toml").write_text(content, encoding="utf-8")
    with pytest.raises(UsageError, match=says) as err:
        load_dossier_config(tmp_path)
    assert err.value.exit_code is ExitCode.USAGE
    assert "dossier.toml" in str(err.value)


def test_no_manifest(tmp_path: Path) -> None:
    assert load_manifest(tmp_path) == {}


@pytest.mark.parametrize(
    "content",
    [
        pytest.param("dossier,arrival,filing,applicant\nalice,2026-09-01,,Alice Martin\nbob,15/10/2026,01/11/2026,\n",
                     id="comma-iso-and-french"),
        pytest.param("\ufeffDossier;Arrival;Filing;Applicant\r\nalice;01/09/2026;;Alice Martin\r\n"
                     "bob;2026-10-15;2026-11-01;\r\n\r\n", id="excel-semicolon-bom"),
    ],
)
def test_manifest(tmp_path: Path, content: str) -> None:
    (tmp_path / "manifest.csv").write_text(content, encoding="utf-8")
    assert load_manifest(tmp_path) == {
        "alice": DossierConfig(date(2026, 9, 1), None, "Alice Martin"),
        "bob": DossierConfig(date(2026, 10, 15), date(2026, 11, 1), None),
    }


def test_manifest_with_only_some_columns(tmp_path: Path) -> None:
    (tmp_path / "manifest.csv").write_text("dossier,arrival\nalice,2026-09-01\n", encoding="utf-8")
    assert load_manifest(tmp_path) == {"alice": DossierConfig(arrival=date(2026, 9, 1))}


@pytest.mark.parametrize(
    ("content", "says"),
    [
        pytest.param("name,arrival\nalice,2026-09-01\n", "header row", id="no-dossier-column"),
        pytest.param("dossier,arrival,city\nalice,2026-09-01,Lyon\n", "unknown column", id="extra-column"),
        pytest.param("dossier,arrival\nalice,2026-13-01\n", "line 2, arrival", id="bad-date"),
        pytest.param("dossier,arrival\nalice,2026-09-01\nalice,2026-09-02\n", "listed twice", id="duplicate"),
        pytest.param("dossier,arrival\n,2026-09-01\n", "line 2: the `dossier` cell is empty", id="no-name"),
        pytest.param("dossier,arrival\nalice,2026-09-01,extra\n", "more cells", id="too-many-cells"),
    ],
)
def test_malformed_manifest(tmp_path: Path, content: str, says: str) -> None:
    (tmp_path / "manifest.csv").write_text(content, encoding="utf-8")
    with pytest.raises(UsageError, match=says):
        load_manifest(tmp_path)


def test_manifest_not_utf8(tmp_path: Path) -> None:
    (tmp_path / "manifest.csv").write_bytes("dossier,applicant\nzoé,Zoé\n".encode("latin-1"))
    with pytest.raises(UsageError, match="UTF-8"):
        load_manifest(tmp_path)


def test_find_dossiers(tmp_path: Path) -> None:
    for name in ("zoe", "Alice", "bob", ".git", ".hidden"):
        (tmp_path / name).mkdir()
    (tmp_path / "manifest.csv").write_text("dossier\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    assert [p.name for p in find_dossiers(tmp_path)] == ["Alice", "bob", "zoe"]
