"""A persistent cache of what reading a file gave, so a re-run does no OCR.

(docscheck/understood.py keeps what understanding a file gave in the same cache.)

Keyed by the file's content hash and everything that changes the result
(a fingerprint of docscheck's reading code, Tesseract's version and languages,
the reading settings), so a changed file, setting or reader is read again.  It
lives in the user's cache directory (XDG), is private (directory 0700, files
0600), stores JSON (never pickle: nothing in it is executed), and is kept
under a size cap by evicting the least recently used entries.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from docscheck.files import write_atomic
from docscheck.model import FileText, Page, PageQuality, ReadError, TextSource

DEFAULT_MAX_BYTES = 512 * 1024 * 1024
FORMAT = 1  # bump when the stored JSON changes shape


# docscheck's modules and sub-packages that never change what reading a file gives (they
# understand, check or show readings).  Every other module counts, sub-packages included (the
# zone reader docscheck/mrz/ does), so a new module counts until listed here; tests/test_cache.py
# checks that none of these is imported by the reading code.
NOT_READING = frozenset({
    "__main__", "cli", "pipeline", "cluster", "understand", "classify", "fields", "names", "dates",
    "messages", "redact", "dossier", "checklist", "render", "web", "schema", "zonetrust", "textnorm",
    "understood", "speaker", "segment",
})


# Likewise the modules that never change what understanding a reading gives (the documents of a
# file: their types, fields and zones); tests/test_cache.py checks that understand.py imports none.
NOT_UNDERSTANDING = frozenset({
    "__main__", "cli", "pipeline", "cluster", "understood", "messages", "redact", "dossier", "checklist",
    "render", "web", "schema", "thumbnails",
})


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the reading code's source: an edited reader (an update, a patch) misses old entries.

    The version string alone does not change with every edit of the code.  Computed once per
    process from the files' bytes (a few hundred kilobytes), in a stable order.
    """
    return source_fingerprint(NOT_READING)


@lru_cache(maxsize=4)
def source_fingerprint(excluded: frozenset[str]) -> str:
    """A hash of the source of docscheck's modules and sub-packages but the `excluded` ones."""
    digest = hashlib.sha256()
    for top, relative, source in _sources():
        if top not in excluded:
            digest.update(relative.encode() + b"\0" + source + b"\0")
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _sources() -> tuple[tuple[str, str, bytes], ...]:
    """Every module's (top-level name, path in the package, source), read once for every fingerprint."""
    package = Path(__file__).resolve().parent
    found = []
    for source in sorted(package.rglob("*.py")):
        relative = source.relative_to(package).as_posix()
        found.append((relative.split("/", 1)[0].removesuffix(".py"), relative, source.read_bytes()))
    return tuple(found)


def default_dir() -> Path:
    base = os.environ.get("DOCSCHECK_CACHE_DIR")
    if base:
        return Path(base)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("docscheck", appauthor=False))


@dataclass(frozen=True)
class CacheInfo:
    path: str
    entries: int
    bytes: int
    max_bytes: int


class Cache:
    def __init__(self, directory: Path | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.directory = Path(directory) if directory else default_dir()
        self.max_bytes = max_bytes
        self._root = self.directory / f"v{FORMAT}"

    def _ensure(self) -> None:
        self._root.mkdir(parents=True, exist_ok=True, mode=0o700)
        for d in (self.directory, self._root):
            with contextlib.suppress(OSError):
                os.chmod(d, 0o700)

    def key(self, sha256: str, settings: dict[str, Any]) -> str:
        blob = json.dumps({"sha256": sha256, "settings": settings, "code": code_fingerprint()}, sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self._root / key[:2] / f"{key}.json"

    def get(self, key: str, path: str, relpath: str) -> FileText | None:
        try:
            result = reading_from_json(self.get_json(key))
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return replace(result, path=path, relpath=relpath)

    def put(self, key: str, result: FileText) -> None:
        self.put_json(key, reading_to_json(result))

    def has(self, key: str) -> bool:
        return self._path(key).is_file()

    def get_json(self, key: str) -> Any:
        """An entry as stored; raises OSError or ValueError when there is none or it is damaged."""
        entry = self._path(key)
        data = json.loads(entry.read_text(encoding="utf-8"))
        with contextlib.suppress(OSError):
            os.utime(entry)  # recently used: evicted last
        return data

    def put_json(self, key: str, data: Any) -> None:
        self._ensure()
        entry = self._path(key)
        entry.parent.mkdir(exist_ok=True, mode=0o700)
        write_atomic(entry, json.dumps(data, ensure_ascii=False).encode("utf-8"))
        self.evict()

    def remembered(self, name: str, stamp: str, compute: Callable[[], str]) -> str:
        """A value that is slow to learn (the OCR engine's version), kept here while `stamp` holds.

        Kept beside the entries, never evicted with them; a value that cannot be stored is
        still returned.
        """
        memo = self._root / f"{name}.memo.json"
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
            data = json.loads(memo.read_text(encoding="utf-8"))
            if data["stamp"] == stamp and isinstance(data["value"], str):
                return data["value"]
        value = compute()
        with contextlib.suppress(OSError):
            self._ensure()
            write_atomic(memo, json.dumps({"stamp": stamp, "value": value}).encode("utf-8"))
        return value

    def _entries(self) -> list[tuple[float, int, Path]]:
        found: list[tuple[float, int, Path]] = []
        if not self._root.is_dir():
            return found
        for sub in self._root.iterdir():
            if not sub.is_dir():
                continue
            for entry in sub.glob("*.json"):
                with contextlib.suppress(OSError):
                    st = entry.stat()
                    found.append((st.st_mtime, st.st_size, entry))
        return found

    def evict(self) -> None:
        entries = self._entries()
        total = sum(size for _, size, _ in entries)
        if total <= self.max_bytes:
            return
        for _, size, entry in sorted(entries):
            with contextlib.suppress(OSError):
                entry.unlink()
                total -= size
            if total <= self.max_bytes * 0.9:
                break

    def info(self) -> CacheInfo:
        entries = self._entries()
        return CacheInfo(str(self.directory), len(entries), sum(s for _, s, _ in entries), self.max_bytes)

    def clear(self) -> int:
        removed = 0
        for _, _, entry in self._entries():
            with contextlib.suppress(OSError):
                entry.unlink()
                removed += 1
        return removed


def reading_to_json(result: FileText) -> dict[str, Any]:
    """A reading as JSON, without its path (the same content may lie anywhere)."""
    data = asdict(result)
    data.pop("path")
    data.pop("relpath")
    for page in data["pages"]:
        page["source"] = page["source"].value if isinstance(page["source"], TextSource) else page["source"]
    return data


def reading_from_json(data: dict[str, Any]) -> FileText:
    pages = tuple(Page(**{**p, "source": TextSource(p["source"]), "quality": _quality(p.get("quality"))})
                  for p in data["pages"])
    error = ReadError(**data["error"]) if data.get("error") else None
    return FileText(
        path="",
        relpath="",
        kind=data["kind"],
        sha256=data["sha256"],
        size=data["size"],
        pages=pages,
        error=error,
        page_count=data.get("page_count", 0),
    )


def _quality(data: dict[str, Any] | None) -> PageQuality | None:
    if data is None:
        return None
    return PageQuality(tuple(data["reasons"]), {k: float(v) for k, v in data["measures"].items()})
