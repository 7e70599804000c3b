"""Writing docscheck's own files (reports, cache entries): atomically and privately."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(target: Path, data: bytes, mode: int = 0o600) -> None:
    """Write `data` to `target` in one step: a reader sees the old file or the new one, never a part.

    An interrupted write leaves no partial file behind.
    """
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
