"""One worker, several workers, or a Dask cluster: the same report, in the same order."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from docscheck.pipeline import RunOptions, check_dossiers
from docscheck.render import render
from synth import build_dossier

AS_OF = date(2026, 11, 30)


@pytest.fixture(scope="module")
def dossiers(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("parallel")
    text_only = {d: "text_pdf" for d in ("passport", "visa", "birth_certificate", "volunteer_contract",
                                         "approval_decision", "departure_commitment", "acceptance_certificate",
                                         "nationality_certificate")}
    build_dossier("complete", 7001, root / "a_complete", renderings={**text_only, "passport": "png"})
    build_dossier("missing_visa", 7002, root / "b_missing_visa", renderings=text_only)
    build_dossier("expired_passport", 7003, root / "c_expired", renderings=text_only)
    return sorted(p for p in root.iterdir() if p.is_dir())


def _json(folders: list[Path], **options: object) -> str:
    report = check_dossiers(folders, as_of=AS_OF, options=RunOptions(use_cache=False, **options))  # type: ignore[arg-type]
    out = render(report, "json", "en")
    assert isinstance(out, str)
    return out


def test_one_and_several_workers_give_the_same_report(dossiers: list[Path]) -> None:
    serial = _json(dossiers, workers=1)
    assert _json(dossiers, workers=2) == serial
    assert '"status": "complete"' in serial and '"status": "incomplete"' in serial


def test_dask_cluster_gives_the_same_report(dossiers: list[Path]) -> None:
    distributed = pytest.importorskip("distributed", reason="the Dask backend's package is not installed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
    ) as cluster:
        address = cluster.scheduler_address
        local = _json(dossiers, workers=2)
        assert _json(dossiers, dask=address) == local
        assert _json(dossiers, dask=address, send_files=True) == local


def test_unreachable_scheduler_is_a_usage_error(dossiers: list[Path]) -> None:
    from docscheck.errors import UsageError

    pytest.importorskip("distributed", reason="the Dask backend's package is not installed")
    with pytest.raises(UsageError, match="Dask scheduler"):
        _json(dossiers[:1], dask="tcp://127.0.0.1:9")


def test_progress_counts_files_and_ocrd_pages(dossiers: list[Path]) -> None:
    calls: list[tuple[int, int, int]] = []
    report = check_dossiers(dossiers, as_of=AS_OF, options=RunOptions(workers=2, use_cache=False),
                            progress=lambda *a: calls.append(a))
    files = sum(len(d.documents) for d in report.dossiers)
    ocrd = sum(1 for d in report.dossiers for doc in d.documents for p in doc.file.pages if p.source.value == "ocr")
    assert [c[0] for c in calls] == list(range(1, files + 1))
    assert calls[-1] == (files, files, ocrd) and ocrd >= 1


def test_an_engine_that_cannot_load_stops_the_run_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine is loaded in a thread beside the readers' imports before the pool forks: its
    failure (language data missing) still reaches the caller, and no thread is left behind."""
    import threading

    from docscheck import pipeline, tesseract
    from docscheck.errors import MissingDependency

    def missing(lang: str = "") -> None:
        raise MissingDependency("Tesseract cannot load the xyz language data")

    monkeypatch.setattr(tesseract, "preload", missing)
    with pytest.raises(MissingDependency, match="xyz"):
        pipeline._load_readers("xyz")
    assert not any(t.name == "docscheck-engine-load" for t in threading.enumerate())
