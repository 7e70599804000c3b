"""The whole job, top to bottom: find the files, read them, understand them, check the dossier.

read (text.read_file) -> understand (understand.understand) -> checklist
(checklist.evaluate_dossier) -> Report.  The per-file work runs in a pool of
worker processes; results come back in the files' stable order, so a run with
one worker and a run with many give the same report.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TypeVar

from docscheck import read, tesseract
from docscheck.cache import Cache
from docscheck.model import Document, DossierReport, FileText, Report, TextSource, ocr_pages
from docscheck.text import IMAGE_KINDS, ReadOptions, cached_reading, read_file, read_file_guarded
from docscheck.understand import understand_documents  # imported before workers fork: they inherit it

T = TypeVar("T")


@dataclass(frozen=True)
class RunOptions:
    read: ReadOptions = ReadOptions()
    workers: int = 0  # 0: every core
    cache_dir: str | None = None  # None: the user's cache directory
    use_cache: bool = True
    dask: str | None = None  # address of a Dask scheduler: run the per-file work there
    send_files: bool = False  # with dask: send each file's bytes to the workers (no shared folder)


@dataclass(frozen=True)
class Job:
    """One file to read (and understand), as sent to a worker process."""

    path: str
    root: str
    options: RunOptions
    as_of: date | None = None
    data: bytes | None = None  # the file's content, when workers cannot see the file

    def cache(self) -> Cache | None:
        if not self.options.use_cache:
            return None
        return Cache(Path(self.options.cache_dir) if self.options.cache_dir else None)


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


# Whether this process has read a page by OCR yet: from then on the engine is loaded
# before each file, so that the child reading it starts with the engine ready.
_ocr_seen = False


# The kinds whose reading runs a parser (PDFium, Pillow and its plugins) and OCR: those that may hang.
_PARSED_KINDS = frozenset({"pdf", *IMAGE_KINDS})


def _read_here(path: str, root: str, options: ReadOptions, cache: Cache | None) -> FileText:
    """Read a file in a child process killed at a hard time limit (what stops a parser that hangs).

    Forking is only safe from a single-threaded process (a Dask worker runs tasks in
    threads): there the file is read in this process.  So is a file no parser opens (a
    link, a pipe, an empty file, a format docscheck does not read): its answer needs no
    guard, and a folder of ten thousand of them needs no ten thousand processes.
    """
    global _ocr_seen
    if cache is not None and (hit := cached_reading(path, root, options, cache)) is not None:
        return hit  # nothing to read: no engine to load, no process to start
    kind = _content_kind(path)
    if kind not in _PARSED_KINDS or threading.active_count() != 1 or not hasattr(os, "fork"):
        return read_file(path, root, options, cache)
    if _ocr_seen or kind in IMAGE_KINDS:
        tesseract.preload(options.lang)  # loaded once here, inherited by every child
    result = read_file_guarded(path, root, options, cache)
    _ocr_seen = _ocr_seen or any(p.source is TextSource.OCR for p in result.pages)
    return result


def _content_kind(path: str) -> str | None:
    """The file's kind from its first bytes; None for anything but a regular file that opens."""
    if not read.is_regular_file(Path(path)):  # never open a pipe or a device: it may block
        return None
    try:
        with open(path, "rb") as handle:
            return read.detect_kind(handle.read(8192))
    except OSError:
        return None


def _read(job: Job) -> FileText:
    if job.data is None:
        return _read_here(job.path, job.root, job.options.read, job.cache())
    # A worker on another machine: read a private copy, report it under the original path.
    original = Path(job.path)
    with tempfile.TemporaryDirectory(prefix="docscheck-") as tmp:
        copy = Path(tmp) / original.name
        copy.write_bytes(job.data)
        result = _read_here(str(copy), tmp, job.options.read, job.cache())
    return replace(result, path=job.path, relpath=read._rel(original, Path(job.root)))


def _read_and_understand(job: Job) -> tuple[Document, ...]:
    return understand_documents(_read(job), today=job.as_of)


Progress = Callable[[int, int, int], None]  # (files done, files in all, pages OCR'd so far)


def _map(
    func: Callable[[Job], T],
    jobs: Sequence[Job],
    options: RunOptions,
    progress: Progress | None = None,
    executor: Executor | None = None,
) -> list[T]:
    """Run `func` on every job, locally, in a caller's pool or on a Dask cluster; results in the jobs' order."""
    if options.dask:
        from docscheck.cluster import map_on_cluster

        if options.send_files:
            jobs = [replace(job, data=Path(job.path).read_bytes()) if read.is_regular_file(Path(job.path)) else job for job in jobs]
        return map_on_cluster(options.dask, func, jobs, progress)
    if executor is not None:
        return _map_in(executor, func, jobs, progress)
    workers = options.workers or default_workers()
    if workers <= 1 or len(jobs) <= 1:
        results: list[T] = []
        ocrd = 0
        outcomes: Iterable[T] = (func(job) for job in jobs)
        for result in outcomes:
            results.append(result)
            if progress:
                ocrd += ocr_pages(result)
                progress(len(results), len(jobs), ocrd)
        return results
    with ProcessPoolExecutor(max_workers=min(workers, len(jobs))) as pool:
        try:
            return _map_in(pool, func, jobs, progress)
        except BaseException:  # Ctrl-C: the files not started yet are not read
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _map_in(executor: Executor, func: Callable[[Job], T], jobs: Sequence[Job], progress: Progress | None) -> list[T]:
    """Run `func` on every job in a pool of worker processes; progress as each one finishes.

    Largest files first: a long reading starts early instead of finishing the run alone on
    one core.  Results go back to the jobs' order, so the report does not depend on it.  A
    pool may be shared (the web server's): on an error, only this run's jobs not started
    yet are cancelled.
    """
    order = sorted(range(len(jobs)), key=lambda i: -_size(jobs[i].path))
    slots: dict[int, T] = {}
    ocrd = 0
    futures = {executor.submit(func, jobs[i]): i for i in order}
    try:
        for future in as_completed(futures):
            result = slots[futures[future]] = future.result()
            if progress:
                ocrd += ocr_pages(result)
                progress(len(slots), len(jobs), ocrd)
    except BaseException:
        for future in futures:
            future.cancel()
        raise
    return [slots[i] for i in range(len(jobs))]


def _size(path: str) -> int:
    try:
        return os.lstat(path).st_size
    except OSError:
        return 0


def jobs_for(paths: Iterable[Path], options: RunOptions, as_of: date | None = None) -> list[Job]:
    """One job per file; folders are read recursively, in a stable order."""
    jobs: list[Job] = []
    for path in paths:
        if path.is_dir():
            jobs.extend(Job(str(e.path), str(path), options, as_of) for e in read.iter_entries(path))
        else:
            jobs.append(Job(str(path), str(path.parent), options, as_of))
    return jobs


def read_files(paths: Iterable[Path], options: RunOptions, progress: Progress | None = None) -> list[FileText]:
    """Read loose files and folders (for `extract`)."""
    return _map(_read, jobs_for(paths, options), options, progress)


def understand_files(
    paths: Iterable[Path], options: RunOptions, as_of: date, progress: Progress | None = None
) -> list[Document]:
    return [d for docs in _map(_read_and_understand, jobs_for(paths, options, as_of), options, progress) for d in docs]


def check_dossiers(
    folders: Sequence[Path],
    *,
    as_of: date,
    options: RunOptions,
    arrival: date | None = None,
    filing: date | None = None,
    manifest: dict | None = None,  # type: ignore[type-arg]
    progress: Progress | None = None,
    executor: Executor | None = None,
) -> Report:
    """Check each folder as one applicant's dossier.

    `executor`: a pool of single-threaded worker processes to read the files in, kept by
    the caller between runs (the web server's), instead of one started for this run.
    """
    from docscheck.checklist import evaluate_dossier
    from docscheck.dossier import load_dossier_config
    from docscheck.segment import join_documents

    jobs: list[Job] = []
    spans: list[tuple[int, int]] = []
    for folder in folders:
        start = len(jobs)
        jobs.extend(jobs_for([folder], options, as_of))
        spans.append((start, len(jobs)))
    per_file = _map(_read_and_understand, jobs, options, progress, executor)

    dossiers: list[DossierReport] = []
    for folder, (start, end) in zip(folders, spans, strict=True):
        config = load_dossier_config(folder)
        listed = (manifest or {}).get(folder.name)
        dossiers.append(
            evaluate_dossier(
                read.printable(folder.name),
                read.printable(str(folder)),
                join_documents([d for docs in per_file[start:end] for d in docs], today=as_of),
                as_of=as_of,
                arrival=arrival or config.arrival or (listed.arrival if listed else None),
                filing=filing or config.filing or (listed.filing if listed else None),
                applicant=config.applicant or (listed.applicant if listed else None),
                confirmations=config.confirmed,  # a person's checks by hand, from dossier.toml
            )
        )
    return Report(as_of=as_of, dossiers=tuple(dossiers))

