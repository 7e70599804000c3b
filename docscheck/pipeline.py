"""The whole job, top to bottom: find the files, read them, understand them, check the dossier.

read (text.read_file) -> understand (understand.understand) -> checklist
(checklist.evaluate_dossier) -> Report.  The per-file work runs in a pool of
worker processes; results come back in the files' stable order, so a run with
one worker and a run with many give the same report.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from docscheck import read
from docscheck.model import Document, DossierReport, FileText, Report
from docscheck.text import ReadOptions, read_file


@dataclass(frozen=True)
class RunOptions:
    read: ReadOptions = ReadOptions()
    workers: int = 0  # 0: every core


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def _read_and_understand(job: tuple[str, str, ReadOptions, date]) -> Document:
    from docscheck.understand import understand

    path, root, options, as_of = job
    return understand(read_file(path, root, options), today=as_of)


def _map(func: Callable, jobs: Sequence, workers: int) -> list:  # type: ignore[type-arg]
    workers = workers or default_workers()
    if workers <= 1 or len(jobs) <= 1:
        return [func(job) for job in jobs]
    with ProcessPoolExecutor(max_workers=min(workers, len(jobs))) as pool:
        return list(pool.map(func, jobs, chunksize=1))


def read_files(paths: Iterable[Path], options: RunOptions) -> list[FileText]:
    """Read loose files and folders (for `extract`), each folder recursively."""
    jobs: list[tuple[str, str]] = []
    for path in paths:
        if path.is_dir():
            jobs.extend((str(e.path), str(path)) for e in read.iter_entries(path))
        else:
            jobs.append((str(path), str(path.parent)))
    return _map(_read_job, [(p, r, options.read) for p, r in jobs], options.workers)


def _read_job(job: tuple[str, str, ReadOptions]) -> FileText:
    path, root, options = job
    return read_file(path, root, options)


def understand_files(paths: Iterable[Path], options: RunOptions, as_of: date) -> list[Document]:
    jobs: list[tuple[str, str, ReadOptions, date]] = []
    for path in paths:
        if path.is_dir():
            jobs.extend((str(e.path), str(path), options.read, as_of) for e in read.iter_entries(path))
        else:
            jobs.append((str(path), str(path.parent), options.read, as_of))
    return _map(_read_and_understand, jobs, options.workers)


def check_dossiers(
    folders: Sequence[Path],
    *,
    as_of: date,
    options: RunOptions,
    arrival: date | None = None,
    filing: date | None = None,
    manifest: dict | None = None,  # type: ignore[type-arg]
) -> Report:
    """Check each folder as one applicant's dossier."""
    from docscheck.checklist import evaluate_dossier
    from docscheck.dossier import load_dossier_config

    jobs: list[tuple[str, str, ReadOptions, date]] = []
    spans: list[tuple[int, int]] = []
    for folder in folders:
        start = len(jobs)
        jobs.extend((str(e.path), str(folder), options.read, as_of) for e in read.iter_entries(folder))
        spans.append((start, len(jobs)))
    documents = _map(_read_and_understand, jobs, options.workers)

    dossiers: list[DossierReport] = []
    for folder, (start, end) in zip(folders, spans, strict=True):
        config = load_dossier_config(folder)
        listed = (manifest or {}).get(folder.name)
        dossiers.append(
            evaluate_dossier(
                folder.name,
                str(folder),
                documents[start:end],
                as_of=as_of,
                arrival=arrival or config.arrival or (listed.arrival if listed else None),
                filing=filing or config.filing or (listed.filing if listed else None),
                applicant=config.applicant or (listed.applicant if listed else None),
            )
        )
    return Report(as_of=as_of, dossiers=tuple(dossiers))

