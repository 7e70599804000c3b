"""The whole job, top to bottom: find the files, read them, understand them, check the dossier.

read (text.read_file) -> understand (understand.understand) -> checklist
(checklist.evaluate_dossier) -> Report.  The per-file work runs in a pool of
worker processes; results come back in the files' stable order, so a run with
one worker and a run with many give the same report.
"""

from __future__ import annotations

import contextlib
import gc
import os
import re
import tempfile
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from docscheck import read, understood
from docscheck.cache import Cache
from docscheck.model import Document, DossierReport, FileText, Report, TextSource, ocr_pages
from docscheck.text import (
    IMAGE_KINDS,
    PageRange,
    ReadOptions,
    cache_settings,
    cached_reading,
    complete_part,
    join_parts,
    preload_readers,
    read_file,
    read_file_guarded,
    reading_key,
)

if TYPE_CHECKING:
    # The process pool (and multiprocessing) is imported where one is started: a re-run whose
    # files are all cached starts none.
    from concurrent.futures import Executor

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
    """One file to read (and understand), or a range of its pages, as sent to a worker process."""

    path: str
    root: str
    options: RunOptions
    as_of: date | None = None
    data: bytes | None = None  # the file's content, when workers cannot see the file
    pages: PageRange | None = None  # a part of a long PDF (0-based, end excluded), read apart

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

# A PDF that declares at least this many pages is read in parts, in parallel, when several
# workers are there; each part holds a few pages, at least MIN_PART_PAGES (a part costs a
# process and an opening of the file), about PARTS_PER_WORKER parts per worker (so that the
# workers finish together).
SPLIT_PAGES = 6
MIN_PART_PAGES = 2
PARTS_PER_WORKER = 3
# Bytes searched for the page count a PDF declares (its page tree's /Count): a hint only,
# read without a PDF parser in the main process (a hostile file is only parsed where it can
# be killed); a PDF whose count does not show is read whole, as before.
_COUNT_SCAN_BYTES = 64 * 1024 * 1024
_PDF_COUNT = re.compile(rb"/Count\s+(\d{1,6})")


def _read_here(path: str, root: str, options: ReadOptions, cache: Cache | None, pages: PageRange | None = None,
               *, understanding: bool = False) -> FileText:
    """Read a file in a child process killed at a hard time limit (what stops a parser that hangs).

    Forking is only safe from a single-threaded process (a Dask worker runs tasks in
    threads): there the file is read in this process.  So is a file no parser opens (a
    link, a pipe, an empty file, a format docscheck does not read): its answer needs no
    guard, and a folder of ten thousand of them needs no ten thousand processes.
    `understanding`: the reading is to be understood here next (its classifier is imported
    while the engine loads).
    """
    global _ocr_seen
    if pages is None and cache is not None and (hit := cached_reading(path, root, options, cache)) is not None:
        return hit  # nothing to read: no engine to load, no process to start
    kind = _content_kind(path)
    if kind not in _PARSED_KINDS or threading.active_count() != 1 or not hasattr(os, "fork"):
        return read_file(path, root, options, cache, pages=pages)
    # Imported and loaded once here, inherited by every child.
    _load_readers(options.lang if _ocr_seen or kind in IMAGE_KINDS or pages is not None else None,
                  understanding=understanding)
    result = read_file_guarded(path, root, options, cache, pages=pages)
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


def _read(job: Job, *, understanding: bool = False) -> FileText:
    if job.data is None:
        return _read_here(job.path, job.root, job.options.read, job.cache(), job.pages, understanding=understanding)
    # A worker on another machine: read a private copy, report it under the original path.
    original = Path(job.path)
    with tempfile.TemporaryDirectory(prefix="docscheck-") as tmp:
        copy = Path(tmp) / original.name
        copy.write_bytes(job.data)
        result = _read_here(str(copy), tmp, job.options.read, job.cache(), job.pages, understanding=understanding)
    return replace(result, path=job.path, relpath=read.relpath(original, job.root))


def understand_documents(reading: FileText, *, today: date | None) -> tuple[Document, ...]:
    """understand.understand_documents, imported at its first use: a re-run whose documents are all
    cached never loads the classifier and the field finders (a third of its time)."""
    from docscheck.understand import understand_documents as understand

    return understand(reading, today=today)


def _read_and_understand(job: Job) -> tuple[Document, ...]:
    return _understood(job, _read(job, understanding=True))


def _understood(job: Job, reading: FileText) -> tuple[Document, ...]:
    """The documents of a file's reading, kept in the cache when the reading is."""
    documents = understand_documents(reading, today=job.as_of)
    cache = job.cache()
    if cache is not None and job.data is None and reading.sha256:
        key = cache.key(reading.sha256, cache_settings(job.options.read, cache))
        if cache.has(key):  # a reading cut short (a time limit) is not cached, nor what it gave
            understood.remember(cache, understood.documents_key(key, reading.relpath, job.as_of), documents)
    return documents


def _as_read(job: Job, reading: FileText) -> FileText:
    return reading


Progress = Callable[[int, int, int], None]  # (files done, files in all, pages OCR'd so far)
Task = tuple[Callable[[Job], Any], Job]


def _call(task: Task) -> Any:
    func, job = task
    return func(job)


def _cached(job: Job) -> FileText | None:
    """The job's reading from the cache, looked up here (no worker, no engine), or None."""
    cache = job.cache()
    if cache is None or job.data is not None:
        return None
    return cached_reading(job.path, job.root, job.options.read, cache)


def _cached_documents(job: Job) -> tuple[Document, ...] | None:
    """The job's documents from the cache, or understood here from its cached reading; None when
    the file is to be read."""
    cache = job.cache()
    if cache is None or job.data is not None:
        return None
    key = reading_key(job.path, job.options.read, cache)
    if key is None:
        return None
    relpath = read.relpath(Path(job.path), job.root)
    documents = understood.recall(cache, understood.documents_key(key, relpath, job.as_of), job.path, relpath)
    if documents is not None:
        return documents
    reading = cache.get(key, job.path, relpath)
    return _understood(job, reading) if reading is not None else None


def declared_pages(path: str) -> int:
    """The page count a PDF declares in its page tree, read from its bytes; 0 when it does not show."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(_COUNT_SCAN_BYTES)
    except OSError:
        return 0
    return max((int(m) for m in _PDF_COUNT.findall(data)), default=0)


def _parts(job: Job, workers: int, kind: str | None) -> list[PageRange]:
    """The page ranges a long PDF is read in, when several workers can share it; else []."""
    if workers <= 1 or kind != "pdf" or job.data is not None or job.options.dask:
        return []
    count = min(declared_pages(job.path), job.options.read.max_pages)
    if count < SPLIT_PAGES:
        return []
    size = max(MIN_PART_PAGES, -(-count // (workers * PARTS_PER_WORKER)))
    ranges = [(first, min(first + size, count)) for first in range(0, count, size)]
    # The last part runs to the page limit: a count hint that falls short loses no page.
    ranges[-1] = (ranges[-1][0], job.options.read.max_pages)
    return ranges


def _run(
    jobs: Sequence[Job],
    options: RunOptions,
    whole: Callable[[Job], T],
    finish: Callable[[Job, FileText], T],
    cached: Callable[[Job], T | None],
    progress: Progress | None = None,
    executor: Executor | None = None,
) -> list[T]:
    """Every job's result, in the jobs' order: `cached` from the cache (looked up here first: a
    re-run with everything cached starts no pool and loads no engine), `whole` on a file to read
    in a worker, and `finish` on a long PDF read in parts by several workers at once, joined in
    page order (and cached whole when every part was read whole)."""
    results: dict[int, T] = {}
    ocrd = 0
    for i, job in enumerate(jobs):
        hit = cached(job)
        if hit is not None:
            results[i] = hit
            ocrd += ocr_pages(hit)
    if progress and results:
        progress(len(results), len(jobs), ocrd)
    workers = options.workers or default_workers()
    tasks: list[Task] = []
    owners: list[int] = []
    split: dict[int, list[PageRange]] = {}
    kinds: set[str | None] = set()
    for i, job in enumerate(jobs):
        if i in results:
            continue
        kind = _content_kind(job.path) if workers > 1 and not options.dask else None
        kinds.add(kind)
        ranges = _parts(job, workers, kind)
        if ranges:
            split[i] = ranges
            tasks.extend((_read, replace(job, pages=r)) for r in ranges)
            owners.extend([i] * len(ranges))
        else:
            tasks.append((whole, job))
            owners.append(i)
    waiting = {i: len(r) for i, r in split.items()}
    parts: dict[int, list[tuple[PageRange, FileText]]] = {i: [] for i in split}

    def done(t: int, result: Any) -> None:
        nonlocal ocrd
        i = owners[t]
        ocrd += ocr_pages(result)
        if i in split:
            job = tasks[t][1]
            assert job.pages is not None
            parts[i].append((job.pages, result))
            waiting[i] -= 1
            if waiting[i]:
                return
            results[i] = finish(jobs[i], _joined(jobs[i], parts.pop(i)))
        else:
            results[i] = result
        if progress:
            progress(len(results), len(jobs), ocrd)

    _map(tasks, options, done, workers, executor, kinds)
    return [results[i] for i in range(len(jobs))]


def _joined(job: Job, parts: list[tuple[PageRange, FileText]]) -> FileText:
    """A long PDF's parts as one reading, cached when every part was read whole."""
    reading = join_parts(parts)
    cache = job.cache()
    if cache is not None and reading.error is None and all(complete_part(part, r) for r, part in parts):
        with contextlib.suppress(OSError):
            cache.put(cache.key(reading.sha256, cache_settings(job.options.read, cache)), reading)
    return reading


def _map(
    tasks: Sequence[Task],
    options: RunOptions,
    done: Callable[[int, Any], None],
    workers: int,
    executor: Executor | None = None,
    kinds: set[str | None] | None = None,
) -> None:
    """Run every task, locally, in a caller's pool or on a Dask cluster; `done` with each result."""
    if not tasks:
        return
    if options.dask:
        from docscheck.cluster import map_on_cluster

        if options.send_files:
            tasks = [(f, replace(job, data=Path(job.path).read_bytes()) if read.is_regular_file(Path(job.path)) else job)
                     for f, job in tasks]
        for t, result in enumerate(map_on_cluster(options.dask, _call, tasks)):
            done(t, result)
        return
    if executor is None and (workers <= 1 or len(tasks) <= 1):
        # read here, one file after the other: the classifier is imported as the first reader loads
        # (_read_here, while the engine loads), or at its first use
        for t, task in enumerate(tasks):
            done(t, _call(task))
        return
    understanding = any(func is _read_and_understand for func, _ in tasks)
    if executor is not None:
        if understanding:
            import docscheck.understand  # noqa: F401  (here, before a pool forks its workers: they inherit it)
        _map_in(executor, tasks, done)
        return
    _preload(tasks, kinds or set(), understanding)
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=min(workers, len(tasks))) as pool:
        try:
            _map_in(pool, tasks, done)
        except BaseException:  # Ctrl-C: the files not started yet are not read
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _preload(tasks: Sequence[Task], kinds: set[str | None], understanding: bool) -> None:
    """Load the readers (and the OCR engine, for images and parts of long PDFs) once, here, before
    the pool forks its workers: they start with them loaded instead of each loading them at once."""
    if not kinds & _PARSED_KINDS:
        if understanding:
            import docscheck.understand  # noqa: F401  (before the pool forks its workers: they inherit it)
        return
    ocr = kinds & IMAGE_KINDS or any(job.pages is not None for _, job in tasks)
    _load_readers(tasks[0][1].options.read.lang if ocr else None, understanding=understanding)


def _load_readers(lang: str | None, *, understanding: bool = False) -> None:
    """Import the page readers (and, when the readings are to be `understanding` here, the classifier
    and the field finders) and, given its languages, load the OCR engine, at the same time: the
    engine loads its models in C++ (without the interpreter's lock) while the modules are imported,
    which halves this start-up (seconds on a small machine).  Done before any fork: the thread has
    ended when this returns."""
    if lang is None:
        _import_readers(understanding)
        return
    from docscheck import tesseract

    failure: list[BaseException] = []

    def load() -> None:
        try:
            tesseract.preload(lang)
        except BaseException as exc:  # raised here, in the caller's thread, as before
            failure.append(exc)

    engine = threading.Thread(target=load, name="docscheck-engine-load")
    engine.start()
    try:
        _import_readers(understanding)
    finally:
        engine.join()
    if failure:
        raise failure[0]


def _import_readers(understanding: bool) -> None:
    """The imports, with the garbage collector paused: they make hundreds of thousands of objects and no
    garbage, and the collector, run again and again as they are made, spends a tenth of their time."""
    paused = gc.isenabled()
    gc.disable()
    try:
        preload_readers()
        if understanding:
            import docscheck.understand  # noqa: F401
    finally:
        if paused:
            gc.enable()


def _map_in(executor: Executor, tasks: Sequence[Task], done: Callable[[int, Any], None]) -> None:
    """Run every task in a pool of worker processes; `done` as each one finishes.

    Largest files first: a long reading starts early instead of finishing the run alone on
    one core (the parts of a long PDF, in page order).  A pool may be shared (the web
    server's): on an error, only this run's tasks not started yet are cancelled.
    """
    from concurrent.futures import as_completed

    order = sorted(range(len(tasks)), key=lambda t: -_size(tasks[t][1].path))
    futures = {executor.submit(_call, tasks[t]): t for t in order}
    try:
        for future in as_completed(futures):
            done(futures[future], future.result())
    except BaseException:
        for future in futures:
            future.cancel()
        raise


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
    return _run(jobs_for(paths, options), options, _read, _as_read, _cached, progress)


def understand_files(
    paths: Iterable[Path], options: RunOptions, as_of: date, progress: Progress | None = None
) -> list[Document]:
    return [d for docs in _run(jobs_for(paths, options, as_of), options, _read_and_understand, _understood, _cached_documents, progress)
            for d in docs]


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
    from docscheck.joins import join_documents

    jobs: list[Job] = []
    spans: list[tuple[int, int]] = []
    for folder in folders:
        start = len(jobs)
        jobs.extend(jobs_for([folder], options, as_of))
        spans.append((start, len(jobs)))
    per_file = _run(jobs, options, _read_and_understand, _understood, _cached_documents, progress,
                    executor)

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

