"""Which files a dossier holds, and what kind each one really is.

A dossier is a folder, read recursively in a stable order.  Hidden and system
files are skipped silently; the kind of a file comes from its content (magic
bytes, through the `filetype` library), never from its name.
"""

from __future__ import annotations

import hashlib
import os
import stat
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


def iter_entries(folder: Path) -> list[Entry]:
    """Every file of a dossier folder, sorted; links are reported, never followed."""
    entries: list[Entry] = []
    root = folder

    def walk(directory: Path) -> None:
        try:
            children = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError:
            entries.append(Entry(directory, _rel(directory, root), "permission_denied"))
            return
        for child in children:
            if is_skipped(child.name):
                continue
            path = Path(child.path)
            if child.is_symlink():
                entries.append(Entry(path, _rel(path, root), "symlink"))
            elif child.is_dir(follow_symlinks=False):
                walk(path)
            elif child.is_file(follow_symlinks=False):
                entries.append(Entry(path, _rel(path, root)))
            else:
                entries.append(Entry(path, _rel(path, root), "not_a_file"))

    walk(folder)
    return entries


def _rel(path: Path, root: Path) -> str:
    try:
        rel = path.relative_to(root)
    except ValueError:
        return path.name
    return rel.as_posix() or path.name


def detect_kind(head: bytes) -> str:
    """The file's kind from its first bytes: pdf, jpeg, png, tiff, webp, heif, bmp, gif, or what else it is."""
    if head.lstrip(b"\x00\t\r\n ").startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    kind = filetype.guess(head)
    if kind is None:
        stripped = head.lstrip().lower()
        if stripped.startswith((b"<!doctype html", b"<html")):
            return "html"
        return "unknown"
    return KINDS.get(kind.mime, kind.extension or "unknown")


def fingerprint(path: Path) -> tuple[str, int, bytes]:
    """sha256, size and first bytes of a file, read once, never written."""
    digest = hashlib.sha256()
    size = 0
    head = b""
    with path.open("rb") as handle:
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
