"""Ctrl-C in the middle of a run: no partial report, a clean cache, no temporary files left."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def test_ctrl_c_leaves_no_partial_output_and_a_clean_cache(tmp_path: Path) -> None:
    cache, tmp, out = tmp_path / "cache", tmp_path / "tmp", tmp_path / "review.html"
    tmp.mkdir()
    env = {**os.environ, "DOCSCHECK_CACHE_DIR": str(cache), "TMPDIR": str(tmp)}
    before = {p: p.stat().st_mtime_ns for p in SAMPLES.rglob("*") if p.is_file()}
    proc = subprocess.Popen(
        [sys.executable, "-m", "docscheck", "scan", str(SAMPLES), "--as-of", "2026-11-30", "--format", "html",
         "-o", str(out), "--workers", "2"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )
    # Wait until the run is reading files (the cache starts filling), then press Ctrl-C.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list(cache.rglob("*.json")):
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGINT)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode != 0
    assert not out.exists()
    assert not list(tmp_path.glob(".review.html.*"))  # no partial report beside where it would go
    assert [p for p in cache.rglob("*") if p.is_file() and not p.name.endswith(".json")] == []
    assert list(tmp.iterdir()) == []
    assert {p: p.stat().st_mtime_ns for p in SAMPLES.rglob("*") if p.is_file()} == before


def test_a_run_whose_interrupt_was_swallowed_writes_no_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A library may catch the KeyboardInterrupt (a bare except around an import); the flag Ctrl-C set still
    # stops the report from being written.
    from docscheck import cli

    monkeypatch.setattr(cli, "_interrupted", False)
    with pytest.raises(KeyboardInterrupt):
        with contextlib.suppress(KeyboardInterrupt):  # swallowed, as such a library would
            cli._on_interrupt(signal.SIGINT, None)
        cli._write_output("report", tmp_path / "review.txt", [])
    assert not (tmp_path / "review.txt").exists()
