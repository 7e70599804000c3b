"""The one module that talks to Dask: per-file work on a distributed cluster.

`docscheck scan ROOT --dask tcp://scheduler:8786` sends each file's job to the
cluster's workers and gathers the results in the files' order, so the report
is the same as a local run's.  Workers need docscheck installed (with
Tesseract); they read the files from a folder they share with the client, or,
with `--send-files`, from the bytes the client sends them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from docscheck.errors import MissingDependency, UsageError
from docscheck.model import ocr_pages

CONNECT_TIMEOUT = 10  # seconds to reach the scheduler

T = TypeVar("T")
J = TypeVar("J")


def map_on_cluster(
    address: str,
    func: Callable[[J], T],
    jobs: Sequence[J],
    progress: Callable[[int, int, int], None] | None = None,
) -> list[T]:
    try:
        from distributed import Client, as_completed
    except ImportError as exc:
        raise MissingDependency(
            "the Dask backend needs the `distributed` package: pip install 'docscheck[cluster]'"
        ) from exc
    try:
        client: Any = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    try:
        futures = client.map(func, list(jobs), pure=False)
        if progress is not None:
            ocrd = 0
            for done, future in enumerate(as_completed(futures), start=1):
                ocrd += ocr_pages(future.result())
                progress(done, len(futures), ocrd)
        return list(client.gather(futures))
    finally:
        client.close()
