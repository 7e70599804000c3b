"""Sessions of the web page: each one a private temporary folder of uploaded files and its latest check.

Uploads are untrusted.  A session's files live in a folder only the server's
user can open (0700); a file's name is cut down to a plain base name (no
folder, no leading dot, no control character) before it is written; its kind
comes from its content (`read.detect_kind`), and only the kinds docscheck reads
are kept.  Closing a session, its idle timeout and the server's shutdown all
delete its folder: nothing stays on disk unless the person downloads a report.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import tempfile
import threading
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from docscheck import read
from docscheck.model import FileText, Report

ACCEPTED_KINDS = frozenset(read.KINDS.values())
DOSSIER_NAME = "dossier"  # the folder of a session's files: its name is the report's dossier id


@dataclass(frozen=True)
class Limits:
    """How much one session may upload."""

    file_bytes: int = 25 * 1024 * 1024
    files: int = 30
    total_bytes: int = 100 * 1024 * 1024
    idle_seconds: float = 30 * 60


@dataclass(frozen=True)
class Refusal:
    """A file not kept, with the reason code (a key of the page's messages) and its values."""

    name: str
    code: str  # too_large, unsupported_format, empty_file, too_many, total_too_large, skipped
    params: dict[str, str] = field(default_factory=dict)


_UNSAFE = re.compile(r"[^\w .,()+=@&'\[\]-]+")


def safe_name(filename: str | None) -> str:
    """A file name that is safe to write in a session folder: the base name only, no path, no hidden name.

    `../../etc/passwd` becomes `passwd`, `C:\\Users\\a\\scan.pdf` becomes `scan.pdf`,
    control and odd characters become `_`; never empty, never `.` or `..`, at most 100 characters.
    """
    name = unicodedata.normalize("NFC", filename or "")
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join("_" if unicodedata.category(ch).startswith("C") else ch for ch in name)
    name = _UNSAFE.sub("_", name).strip(" .")
    if len(name) > 100:
        stem, dot, ext = name.rpartition(".")
        name = (stem[: 90] + dot + ext[:9]) if dot and len(ext) <= 9 else name[:100]
    return name or "file"


@dataclass
class Check:
    """One run of the pipeline over a session's files."""

    id: str
    total: int
    done: int = 0
    state: str = "running"  # running, done, failed
    report: Report | None = None
    error: str | None = None
    started: float = field(default_factory=time.monotonic)
    seconds: float = 0.0
    read: dict[str, FileText] = field(default_factory=dict)  # each file's reading as soon as it ends, by name


class Session:
    """One person's files, dates and latest check; its folder is deleted by `close`."""

    def __init__(self, root: Path, limits: Limits) -> None:
        self.id = secrets.token_urlsafe(24)
        self.limits = limits
        self.dir = Path(tempfile.mkdtemp(prefix="session-", dir=root))
        os.chmod(self.dir, 0o700)
        self.files_dir = self.dir / DOSSIER_NAME
        self.files_dir.mkdir(mode=0o700)
        self.arrival: date | None = None
        self.filing: date | None = None
        self.refused: list[Refusal] = []
        self.check: Check | None = None
        self.thumbs: dict[str, bytes | None] = {}
        self.lock = threading.RLock()
        self.closed = False
        self.last_seen = time.monotonic()

    def _forget_thumbs(self, name: str) -> None:
        """A file's thumbnails, its first page's and its later documents' (`name#page`)."""
        for key in [k for k in self.thumbs if k == name or k.startswith(name + "#")]:
            del self.thumbs[key]

    def touch(self) -> None:
        self.last_seen = time.monotonic()

    def names(self) -> list[str]:
        """The session's files, sorted as the pipeline reads them."""
        if self.closed:
            return []
        return sorted(p.name for p in self.files_dir.iterdir() if p.is_file())

    def used_bytes(self) -> int:
        return sum((self.files_dir / n).stat().st_size for n in self.names())

    def path_of(self, name: str) -> Path | None:
        """The path of one of the session's files, or None (never a path outside its folder)."""
        if name != safe_name(name) or name not in self.names():
            return None
        return self.files_dir / name

    def _free_name(self, name: str) -> str:
        taken = set(self.names())
        if name not in taken and not read.is_skipped(name):
            return name
        stem, dot, ext = name.rpartition(".")
        if not dot:
            stem, ext = name, ""
        stem = stem.lstrip(".~$_") or "file"
        for i in range(2, 10_000):
            candidate = f"{stem} ({i}){dot}{ext}"
            if candidate not in taken:
                return candidate
        raise RuntimeError("no free file name")  # pragma: no cover

    def add(self, filename: str | None, data: bytes) -> Refusal | None:
        """Keep one uploaded file, or say why not (the caller has checked the count and total)."""
        shown = read.printable(filename or "") or "file"
        if Path(shown).name.lower() in read.CONFIG_NAMES or read.is_skipped(safe_name(filename)):
            return Refusal(shown, "skipped")  # skipped silently, as the command line does
        if len(data) > self.limits.file_bytes:
            return Refusal(shown, "too_large", {"size": mb(len(data)), "limit": mb(self.limits.file_bytes)})
        if not data:
            return Refusal(shown, "empty_file")
        kind = read.detect_kind(data[:8192])
        if kind not in ACCEPTED_KINDS:
            return Refusal(shown, "unsupported_format", {"kind": kind})
        name = self._free_name(safe_name(filename))
        target = self.files_dir / name
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        self._forget_thumbs(name)
        return None

    def remove(self, name: str) -> bool:
        path = self.path_of(name)
        if path is None:
            return False
        path.unlink(missing_ok=True)
        self._forget_thumbs(name)
        return True

    def close(self) -> None:
        """Delete every file of the session (idempotent)."""
        with self.lock:
            self.closed = True
            self.check = None
            self.thumbs.clear()
            shutil.rmtree(self.dir, ignore_errors=True)


def mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f}" if n >= 10 * 1024 * 1024 else f"{n / (1024 * 1024):.1f}"


class SessionStore:
    """Every open session of one server, all under one private temporary folder."""

    def __init__(self, limits: Limits, clock: Callable[[], float] = time.monotonic) -> None:
        self.limits = limits
        self.root = Path(tempfile.mkdtemp(prefix="docscheck-web-"))
        os.chmod(self.root, 0o700)
        self._sessions: dict[str, Session] = {}
        self._lock = threading.Lock()
        self._clock = clock

    def new(self) -> Session:
        session = Session(self.root, self.limits)
        with self._lock:
            self._sessions[session.id] = session
        return session

    def get(self, session_id: str | None) -> Session | None:
        if not session_id:
            return None
        with self._lock:
            session = self._sessions.get(session_id)
        if session is not None:
            session.touch()
        return session

    def close(self, session_id: str) -> None:
        with self._lock:
            session = self._sessions.pop(session_id, None)
        if session is not None:
            session.close()

    def reap(self) -> int:
        """Close the sessions idle for longer than the limit; how many were closed."""
        now = self._clock()
        with self._lock:
            idle = [s for s in self._sessions.values() if now - s.last_seen > self.limits.idle_seconds]
            for s in idle:
                del self._sessions[s.id]
        for s in idle:
            s.close()
        return len(idle)

    def close_all(self) -> None:
        with self._lock:
            sessions = list(self._sessions.values())
            self._sessions.clear()
        for s in sessions:
            s.close()
        shutil.rmtree(self.root, ignore_errors=True)

    def __len__(self) -> int:
        return len(self._sessions)
