"""The command line's promises: fast start, help for every command, exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from docscheck.cli import cli

HEAVY = ("pytesseract", "tesserocr", "pypdfium2", "PIL", "numpy", "deskew", "distributed", "starlette", "uvicorn")


@pytest.mark.parametrize("argv", [["--help"], ["rules"], ["rules", "--lang", "fr"], ["check", "--help"]])
def test_fast_start_imports_no_ocr_or_pdf_machinery(argv: list[str]) -> None:
    code = (
        "import sys\n"
        f"sys.argv = ['docscheck', *{argv!r}]\n"
        "from docscheck.cli import cli\n"
        "try:\n    cli.main(standalone_mode=False)\nexcept SystemExit:\n    pass\n"
        f"print([m for m in {HEAVY!r} if m in sys.modules])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize("command", ["extract", "classify", "check", "scan", "rules", "serve", "cache"])
def test_every_command_has_help_with_examples(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output


def test_rules_quote_the_official_text() -> None:
    result = CliRunner().invoke(cli, ["rules"])
    assert result.exit_code == 0
    assert "long-stay visa" in result.output.lower()


def test_module_entry_point() -> None:
    out = subprocess.run([sys.executable, "-m", "docscheck", "--version"], capture_output=True, text=True, check=True)
    assert "docscheck" in out.stdout


def test_redacted_report_shows_no_birth_date_or_document_number(tmp_path: Path) -> None:
    import json

    samples = Path(__file__).resolve().parents[1] / "samples"
    truth = json.loads((samples / "expected.json").read_text(encoding="utf-8"))["01_complete"]["files"]
    secrets = {v["fields"][k] for v in truth.values() for k in ("date_of_birth", "document_number") if k in v["fields"]}
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-m", "docscheck", "check", str(samples / "01_complete"), "--as-of", "2026-11-30",
         "--redact", "--format", "json", "-q"],
        capture_output=True, text=True, env=env, check=False,
    )
    assert out.returncode == 0, out.stderr
    assert "****-**-**" in out.stdout
    assert secrets and not [s for s in secrets if s in out.stdout]
    assert list(tmp_path.iterdir()) == []  # the private temporary directory is gone
