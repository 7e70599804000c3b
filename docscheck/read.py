"""Which files a dossier holds, and what kind each one really is.

A dossier is a folder, read recursively in a stable order.  Hidden and system
files are skipped silently; the kind of a file comes from its content (magic
bytes, through the `filetype` library), never from its name.

Uploads are untrusted: symbolic links are reported and never followed (not to
a file outside the folder, not round a loop), special files (pipes, devices)
are never opened, folders are walked without recursion (any depth), files are
opened read-only and never written, and names that are not valid UTF-8 or hold
control characters are shown escaped (`\\xff`, `\\x1b`).
"""

from __future__ import annotations

import hashlib
import os
import stat
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import filetype

# Files that operating systems and office programs leave behind: never uploads.
SYSTEM_NAMES = {"thumbs.db", "desktop.ini", "ehthumbs.db", "icon\r", ".ds_store"}
# docscheck's own per-dossier files are settings, not documents.
CONFIG_NAMES = {"dossier.toml", "manifest.csv"}

# MIME types docscheck reads, and the short kind names used in the output.
KINDS = {
    "application/pdf": "pdf",
    "image/jpeg": "jpeg",
    "image/png": "png",
    "image/tiff": "tiff",
    "image/webp": "webp",
    "image/heic": "heif",
    "image/heif": "heif",
    "image/avif": "heif",
    "image/bmp": "bmp",
    "image/gif": "gif",
}


@dataclass(frozen=True)
class Entry:
    """A file found in a dossier, or a path that must be reported instead of read."""

    path: Path
    relpath: str
    problem: str | None = None  # "symlink", "not_a_file": why it is not read


def is_skipped(name: str) -> bool:
    lower = name.lower()
    return lower.startswith((".", "~$", "._")) or lower in SYSTEM_NAMES or lower in CONFIG_NAMES


def _children(directory: Path) -> list[os.DirEntry[str]] | None:
    try:
        with os.scandir(directory) as it:
            return sorted(it, key=lambda e: e.name)
    except OSError:
        return None


def iter_entries(folder: Path) -> list[Entry]:
    """Every file of a dossier folder, sorted; links are reported, never followed.

    The walk keeps its own stack (no recursion), so no depth of nesting can stop it.
    """
    entries: list[Entry] = []
    root = folder
    top = _children(folder)
    if top is None:
        return [Entry(folder, printable(folder.name), "permission_denied")]
    stack: list[Iterator[os.DirEntry[str]]] = [iter(top)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if is_skipped(child.name):
            continue
        path = Path(child.path)
        try:
            if child.is_symlink():
                entries.append(Entry(path, relpath(path, root), "symlink"))
            elif child.is_dir(follow_symlinks=False):
                children = _children(path)
                if children is None:
                    entries.append(Entry(path, relpath(path, root), "permission_denied"))
                else:
                    stack.append(iter(children))
            elif child.is_file(follow_symlinks=False):
                entries.append(Entry(path, relpath(path, root)))
            else:
                entries.append(Entry(path, relpath(path, root), "not_a_file"))
        except OSError:
            entries.append(Entry(path, relpath(path, root), "permission_denied"))
    return entries


def printable(name: str) -> str:
    """A file name as it can be shown and written anywhere: bytes that are not UTF-8 and control
    characters escaped (`\\xff`, `\\x1b`, `\\u202e`), everything else unchanged."""
    out: list[str] = []
    for ch in name:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte, kept by os.fsdecode as a surrogate
            out.append(f"\\x{code - 0xDC00:02x}")
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


def relpath(path: Path | str, root: Path | str | None) -> str:
    """How reports name a file: its path below the dossier folder, '/'-separated and printable
    (its name alone when there is no folder, or the file lies outside it)."""
    path = Path(path)
    if root is None:
        return printable(path.name)
    try:
        rel = path.relative_to(Path(root))
    except ValueError:
        return printable(path.name)
    return printable(rel.as_posix() or path.name)


def detect_kind(head: bytes) -> str:
    """The file's kind from its first bytes: pdf, jpeg, png, tiff, webp, heif, bmp, gif, or what else it is."""
    if head.lstrip(b"\x00\t\r\n ").startswith(b"%PDF-"):
        return "pdf"
    kind = filetype.guess(head)
    if kind is None:
        # A PDF behind a few bytes of junk (some scanners and mailers add a prefix) is still a PDF;
        # but a ZIP or another known format holding a PDF is not one (checked first, above).
        if b"%PDF-" in head[:1024]:
            return "pdf"
        stripped = head.lstrip().lower()
        if stripped.startswith((b"<!doctype html", b"<html")):
            return "html"
        return "unknown"
    return KINDS.get(kind.mime, kind.extension or "unknown")


def check_regular_file(path: Path) -> None:
    """Raise UnreadableFile unless `path` itself (not a link's target) is a regular file.

    PermissionError passes through (the caller reports `permission_denied`).
    """
    from docscheck.errors import UnreadableFile

    mode = os.lstat(path).st_mode
    if stat.S_ISLNK(mode):
        raise UnreadableFile("symlink", "symbolic links are not followed")
    if stat.S_ISDIR(mode):
        try:
            with os.scandir(path):
                pass
        except PermissionError as exc:
            raise UnreadableFile("permission_denied", "the folder cannot be opened") from exc
        raise UnreadableFile("not_a_file", "a folder, not a file")
    if not stat.S_ISREG(mode):
        raise UnreadableFile("not_a_file", "not a regular file (a pipe, socket or device)")


def fingerprint(path: Path) -> tuple[str, int, bytes]:
    """sha256, size and first bytes of a file, read once, never written.

    Opened without following a link and without blocking on a pipe; anything
    but a regular file raises UnreadableFile.
    """
    from docscheck.errors import UnreadableFile

    digest = hashlib.sha256()
    size = 0
    head = b""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == 40:  # ELOOP: the last component is a link
            raise UnreadableFile("symlink", "symbolic links are not followed") from exc
        raise
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise UnreadableFile("not_a_file", "not a regular file")
        while chunk := handle.read(1 << 20):
            if not head:
                head = chunk[:8192]
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size, head


def is_regular_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False
