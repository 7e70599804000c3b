"""The installed wheel: docscheck with its data files, and nothing of the sample generator."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Data files the installed tool reads at run time, by their folder and pattern in the source tree.
DATA = (("docscheck/checklist", "*.toml"), ("docscheck/schema", "*.json"),
        ("docscheck/web/templates", "*"), ("docscheck/web/static", "*"))
REPORTLAB_IMPORT = re.compile(r"^\s*(import|from)\s+reportlab\b", re.MULTILINE)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    """Builds the wheel offline, from a copy of the checkout (a build writes build/ and *.egg-info)."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(
        ".git", ".venv", "samples", "build", "dist", "*.egg-info", "__pycache__", ".*_cache"))
    out = tmp / "dist"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(src), "--no-deps", "--no-build-isolation", "--no-index",
         "--disable-pip-version-check", "-q", "-w", str(out)],
        capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    (built,) = out.glob("docscheck-*.whl")
    return zipfile.ZipFile(built)


def test_wheel_holds_no_generator_code(wheel: zipfile.ZipFile) -> None:
    names = wheel.namelist()
    assert not [n for n in names if "synth" in n.split("/")]
    assert {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")} == {"docscheck"}
    importing = [n for n in names if n.endswith(".py") and REPORTLAB_IMPORT.search(wheel.read(n).decode())]
    assert not importing


def test_wheel_holds_the_data_files(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    assert {"docscheck/checklist/rules.toml", "docscheck/schema/report.schema.json"} <= names
    for folder, pattern in DATA:
        files = [p for p in (ROOT / folder).glob(pattern) if p.is_file()]
        assert files, folder
        missing = {p.relative_to(ROOT).as_posix() for p in files} - names
        assert not missing
