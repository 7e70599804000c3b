"""Shared test set-up: tests never touch the user's own cache."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(autouse=True, scope="session")
def _private_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> None:
    mp = pytest.MonkeyPatch()
    mp.setenv("DOCSCHECK_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    yield
    mp.undo()
