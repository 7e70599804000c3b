"""The web page's wait: time from the last upload to the full result, for a dossier of 8 phone photos.

Command (from the repository root):

    .venv/bin/python benchmarks/web.py              # the server's default number of readers
    .venv/bin/python benchmarks/web.py --workers 1  # one file at a time

Generates one complete dossier with the sample generator (seed 8200), every
document photographed, keeps 8 of its photos, uploads them in one request to
the web app (Starlette's TestClient, the same app `docscheck serve` runs) and
polls /api/status until the check is done, as the page does.  The cache is a
fresh temporary folder, so every file is read.  Prints one line: files, pages
OCR'd, seconds.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import _repo  # noqa: F401  (puts the repository root on sys.path)

FILES = 8
DOCS = ("passport", "visa", "birth_certificate", "volunteer_contract", "approval_decision",
        "departure_commitment", "acceptance_certificate", "nationality_certificate")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=None, help="readers per check (default: the server's)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="docscheck-web-bench-") as tmp:
        os.environ["DOCSCHECK_CACHE_DIR"] = str(Path(tmp) / "cache")  # cold: nothing read before
        from starlette.testclient import TestClient

        from docscheck.web import Settings, create_app
        from synth import build_dossier

        folder = Path(tmp) / "dossier"
        build_dossier("complete", 8200, folder, renderings={d: "photo:upright" for d in DOCS})
        photos = sorted(p for p in folder.iterdir() if p.suffix.lower() in {".jpg", ".jpeg", ".png", ".heic"})[:FILES]
        if len(photos) < FILES:
            print(f"only {len(photos)} photos generated", file=sys.stderr)
            return 1
        settings = Settings() if args.workers is None else Settings(workers=args.workers)
        app = create_app(settings)
        with TestClient(app, base_url="http://127.0.0.1", client=("127.0.0.1", 50000)) as client:
            client.get("/")
            files = [("files", (p.name, p.read_bytes(), "image/jpeg")) for p in photos]
            response = client.post("/api/upload", files=files, headers={"X-Docscheck": "1"})
            response.raise_for_status()
            started = time.perf_counter()
            while (status := client.get("/api/status").json())["state"] == "running":
                time.sleep(0.05)
            seconds = time.perf_counter() - started
            store = client.app.state.web.store  # type: ignore[attr-defined]
            checks = [s.check for s in store._sessions.values() if s.check is not None]
        report = checks[0].report if checks else None
        pages = sum(len(d.file.pages) for d in report.dossiers[0].documents) if report else 0
        print(f"{FILES} photos, state {status['state']}, {pages} pages read, last upload to full result: {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
