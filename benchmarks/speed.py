"""Speed and scale, measured against the OCR engine itself, in one run on this machine.

    .venv/bin/python benchmarks/speed.py            # everything (about 15-25 minutes on 2 cores)
    .venv/bin/python benchmarks/speed.py --quick    # smaller batches

Generates its own dossiers with the sample generator (seeds 8000+) and prints
a table:
- cold scan of scanned and photographed dossiers, in OCR'd pages per second,
  beside the limit: the `tesseract` command on the same page images with the
  same languages, two processes at once, one OpenMP thread each; docscheck is
  measured with both OCR backends (engine kept loaded through tesserocr, and
  the `tesseract` command through pytesseract);
- text-layer dossiers, in pages per second;
- a warm re-run of the same batch (the cache), and how many times faster;
- peak memory reading a 50-page and a 200-page scanned PDF (each in a fresh process);
- wall time for 10, 50 and 200 dossiers, and the Dask backend on a local
  two-worker cluster beside the local pool;
- `docscheck --help` wall time.
Ratios are what to read: they are measured in one run on the same noisy machine.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

import _repo  # noqa: F401  (puts the repository root on sys.path)

from docscheck.model import Report, TextSource
from docscheck.pipeline import RunOptions, check_dossiers
from synth import SCENARIOS, build_dossier

AS_OF = date(2026, 11, 30)
DOCS = ("passport", "visa", "birth_certificate", "volunteer_contract", "approval_decision",
        "departure_commitment", "acceptance_certificate", "nationality_certificate", "photo_id",
        "consular_card", "consular_attestation")
ROWS: list[tuple[str, str, str]] = []


def row(what: str, figure: str, note: str = "") -> None:
    ROWS.append((what, figure, note))
    print(f"  {what}: {figure} {note}", file=sys.stderr, flush=True)


def make_batch(root: Path, count: int, renderings: object, first_seed: int) -> list[Path]:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        scenario = SCENARIOS[i % len(SCENARIOS)]
        build_dossier(scenario, first_seed + i, root / f"{i:04d}_{scenario}", renderings=renderings)  # type: ignore[arg-type]
    return sorted(p for p in root.iterdir() if p.is_dir())


def run(folders: list[Path], *, workers: int, cache_dir: Path | None, dask: str | None = None) -> tuple[Report, float]:
    options = RunOptions(workers=workers, use_cache=cache_dir is not None,
                         cache_dir=str(cache_dir) if cache_dir else None, dask=dask)
    started = time.perf_counter()
    report = check_dossiers(folders, as_of=AS_OF, options=options)
    return report, time.perf_counter() - started


def pages(report: Report, source: TextSource | None = None) -> int:
    return sum(1 for d in report.dossiers for doc in d.documents for p in doc.file.pages
               if source is None or p.source is source)


def page_images(folders: list[Path], out: Path) -> tuple[list[Path], float]:
    """The page images a plain OCR run would read: each scanned PDF page rendered at its scan's
    resolution (as docscheck renders it), photos as they are; and the seconds the rendering
    took (counted on the command's side, as docscheck's own rendering is on its side)."""
    from docscheck import pdf
    from docscheck.read import detect_kind, fingerprint

    started = time.perf_counter()
    images: list[Path] = []
    for folder in folders:
        for file in sorted(folder.rglob("*")):
            if not file.is_file() or file.name == "dossier.toml":
                continue
            kind = detect_kind(fingerprint(file)[2])
            if kind == "pdf":
                with pdf.open_pdf(file) as doc:
                    for i in range(pdf.page_count(doc)):
                        info = pdf.page_info(doc, i)
                        if info.text.strip():
                            continue  # a text layer: nobody OCRs it
                        target = out / f"{len(images):05d}.png"
                        pdf.render_page(doc, i, dpi=info.ocr_dpi(pdf.OCR_DPI)).save(target)
                        images.append(target)
            elif kind != "unknown":
                images.append(file)
    return images, time.perf_counter() - started


def raw_tesseract(images: list[Path], processes: int = 2) -> float:
    """The `tesseract` command on every image, two at a time, with docscheck's languages and its
    setting for the light-on-dark pass (`tessedit_do_invert=0`, BASE_CONFIG), one thread each."""
    from docscheck.tesseract import BASE_CONFIG, LANGUAGES

    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}

    def one(image: Path) -> None:
        subprocess.run(["tesseract", str(image), "stdout", "-l", LANGUAGES, *BASE_CONFIG.split()], env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=processes) as pool:
        list(pool.map(one, images))
    return time.perf_counter() - started


def peak_memory_mb(pdf: Path, max_pages: int) -> float:
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the (large) parent across exec.
    code = (
        "import sys\n"
        "from docscheck.text import ReadOptions, read_file\n"
        f"f = read_file(sys.argv[1], options=ReadOptions(max_pages={max_pages}))\n"
        "assert f.error is None, f.error\n"
        "hwm = open('/proc/self/status').read().split('VmHWM:')[1].split()[0]\n"
        "print(len(f.pages), hwm)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(pdf)], capture_output=True, text=True, check=True).stdout
    read_pages, kb = out.split()
    assert int(read_pages) == max_pages
    return int(kb) / 1024


def long_scan(path: Path, count: int) -> Path:
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 28)
    page = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(page)
    for i in range(12):
        draw.text((100, 120 + i * 60), f"Article {i + 1} - Le volontaire accompagne les personnes isolées.", font=font, fill=0)
    first, *rest = [page] * count
    first.save(path, format="PDF", save_all=True, append_images=rest, resolution=150)
    return path


def cli_wall(folder: Path, cache_dir: Path) -> float:
    """Wall time of one `docscheck check FOLDER` process (start, imports, reading, report).

    Run as an installed docscheck runs: with its modules' bytecode kept (pip compiles it at
    install; here the first run writes it, under the cache folder), even where the environment
    sets PYTHONDONTWRITEBYTECODE (which would compile every module again in every run).
    """
    env = {**os.environ, "DOCSCHECK_CACHE_DIR": str(cache_dir), "PYTHONPYCACHEPREFIX": str(cache_dir / "bytecode")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "docscheck", "check", str(folder), "--as-of", AS_OF.isoformat(), "-q"],
                   env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def warm_rerun(root: Path) -> None:
    """A cold and a warm `docscheck check` of one 8-file dossier of phone photos (a document of
    several pages is several photos), as processes."""
    folder = root / "warm-dossier"
    build_dossier("complete", 8300, folder, renderings={d: "photo" for d in DOCS})
    files = sorted(p for p in folder.iterdir() if p.name != "dossier.toml")
    for extra in files[8:]:
        extra.unlink()
    cold = cli_wall(folder, root / "warm-cache")
    warm = statistics.median(cli_wall(folder, root / "warm-cache") for _ in range(3))
    row(f"`docscheck check` of one {min(8, len(files))}-file dossier, cold / warm (CLI process wall time)",
        f"{cold:.1f} s / {warm:.2f} s", f"({cold / warm:.0f}x faster warm; median of 3 warm runs)")


def long_file_workers(root: Path, count: int = 30) -> None:
    """One scanned PDF alone, read with 1 and with 2 workers, interleaved (1, 2, 2, 1)."""
    from docscheck.pipeline import read_files

    pdf = long_scan(root / f"alone-{count}.pdf", count)
    seconds = {1: 0.0, 2: 0.0}
    for workers in (1, 2, 2, 1):
        started = time.perf_counter()
        (result,) = read_files([pdf], RunOptions(workers=workers, use_cache=False))
        seconds[workers] += time.perf_counter() - started
        assert len(result.pages) == count and all(p.text for p in result.pages), result
    row(f"one {count}-page scanned PDF alone, 1 / 2 workers", f"{seconds[1] / 2:.1f} s / {seconds[2] / 2:.1f} s",
        f"({seconds[1] / seconds[2]:.2f}x faster with 2; runs interleaved 1, 2, 2, 1)")
    # What two processes gain on this machine right now: the command on the same pages, 1 and 2 at once.
    from docscheck import pdf as pdfs

    out = root / "alone-pages"
    out.mkdir()
    with pdfs.open_pdf(pdf) as doc:
        pages = []
        for i in range(count):
            pages.append(out / f"{i:03d}.png")
            pdfs.render_page(doc, i, dpi=pdfs.page_info(doc, i).ocr_dpi(pdfs.OCR_DPI)).save(pages[-1])
    command = {1: 0.0, 2: 0.0}
    for processes in (1, 2, 2, 1):
        command[processes] += raw_tesseract(pages, processes)
    row(f"the `tesseract` command on the same {count} pages, 1 / 2 processes", f"{command[1] / 2:.1f} s / {command[2] / 2:.1f} s",
        f"({command[1] / command[2]:.2f}x: what a second process gains on this machine during the run)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--ocr-only", action="store_true",
                        help="only the cold and warm scans against the command, the warm CLI re-run and the long PDF")
    parser.add_argument("--memory-only", action="store_true", help="only the peak memory of a 200-page scanned PDF")
    parser.add_argument("--skip-cli", action="store_true", help="without docscheck through the `tesseract` command")
    parser.add_argument("--warm-only", action="store_true", help="only the cold and warm `docscheck check` processes")
    args = parser.parse_args()
    quick = args.quick
    workers = args.workers

    with tempfile.TemporaryDirectory(prefix="docscheck-speed-") as tmp:
        root = Path(tmp)
        if args.warm_only:
            warm_rerun(root)
            _print_table()
            return
        if args.memory_only:
            pdf = long_scan(root / "long-200.pdf", 200)
            row("peak memory, 200-page scanned PDF", f"{peak_memory_mb(pdf, 200):.0f} MB")
            _print_table()
            return
        # 1. Scanned and photographed dossiers: every document a scan or a photo.
        image_batch = make_batch(root / "images", 2 if quick else 4, ["scan_pdf", "photo"], 8000)
        (root / "pages").mkdir()
        images, rendering = page_images(image_batch, root / "pages")
        # The two sides interleaved: the command, docscheck, the command again (their mean).
        raw_runs = [raw_tesseract(images)]
        timings = {}
        for backend in ("api", "cli"):
            if backend == "cli":
                raw_runs.append(raw_tesseract(images))
                raw = rendering + statistics.mean(raw_runs)
                row("tesseract command, 2 processes x 1 thread", f"{len(images) / raw:.2f} pages/s",
                    f"({len(images)} pages, {raw:.0f} s with {rendering:.1f} s of rendering; mean of 2 runs around docscheck's)")
                api_report, api_seconds = timings["api"]
                api_ocrd = pages(api_report, TextSource.OCR)
                row(f"docscheck cold, api backend, {workers} workers", f"{api_ocrd / api_seconds:.2f} pages/s",
                    f"({api_ocrd} pages OCR'd, {api_seconds:.0f} s; {api_ocrd / api_seconds / (len(images) / raw):.2f}x the command)")
                ocr_pages = [p for d in api_report.dossiers for doc in d.documents for p in doc.file.pages
                             if p.source is TextSource.OCR]
                row("pages docscheck had to turn / whose zone it re-read",
                    f"{sum(1 for p in ocr_pages if p.rotation)} / {sum(1 for p in ocr_pages if p.zone_text)}",
                    f"(of {len(ocr_pages)}: the command reads a turned page as it is, and no zone twice)")
                if args.skip_cli:
                    break
            os.environ["DOCSCHECK_OCR_BACKEND"] = backend
            report, seconds = run(image_batch, workers=workers, cache_dir=root / f"cache-{backend}")
            ocrd = pages(report, TextSource.OCR)
            timings[backend] = (report, seconds)
            if backend == "cli":
                row(f"docscheck cold, {backend} backend, {workers} workers", f"{ocrd / seconds:.2f} pages/s",
                    f"({ocrd} pages OCR'd, {seconds:.0f} s; {ocrd / seconds / (len(images) / raw):.2f}x the command)")
        os.environ.pop("DOCSCHECK_OCR_BACKEND")
        report, cold = timings["api"]
        _, warm = run(image_batch, workers=workers, cache_dir=root / "cache-api")
        row("docscheck warm re-run (cache)", f"{warm:.2f} s", f"({cold / warm:.0f}x faster than cold)")
        warm_rerun(root)
        long_file_workers(root)

        if args.ocr_only:
            _print_table()
            return

        # 2. Text-layer dossiers.
        text_batch = make_batch(root / "text", 10 if quick else 30, {d: "text_pdf" for d in DOCS}, 8100)
        report, seconds = run(text_batch, workers=workers, cache_dir=None)
        n = pages(report, TextSource.TEXT_LAYER)
        row("text-layer dossiers, cold", f"{n / seconds:.0f} pages/s", f"({n} pages, {seconds:.1f} s)")

        # 3. Memory for a long scanned PDF.
        for count in ((10, 40) if quick else (50, 200)):
            pdf = long_scan(root / f"long-{count}.pdf", count)
            row(f"peak memory, {count}-page scanned PDF", f"{peak_memory_mb(pdf, count):.0f} MB")

        # 4. Scaling with the number of dossiers (default renderings: mostly text PDFs, one or two scans or photos).
        sizes = (5, 10, 20) if quick else (10, 50, 200)
        for size in sizes:
            batch = make_batch(root / f"scale-{size}", size, None, 9000)
            _, seconds = run(batch, workers=workers, cache_dir=None)
            row(f"{size} dossiers, cold", f"{seconds:.0f} s", f"({seconds / size:.2f} s per dossier)")
            if size == sizes[0]:
                local_seconds = seconds
                try:
                    from distributed import LocalCluster
                except ImportError:
                    row("Dask local cluster", "not installed")
                else:
                    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                      dashboard_address=None, silence_logs=40) as cluster:
                        _, dask_seconds = run(batch, workers=workers, cache_dir=None, dask=cluster.scheduler_address)
                    row(f"{size} dossiers on a local 2-worker Dask cluster", f"{dask_seconds:.0f} s",
                        f"({dask_seconds / local_seconds:.2f}x the local pool)")

    # 5. Start-up.
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "docscheck", "--help"], stdout=subprocess.DEVNULL, check=True)
        runs.append(time.perf_counter() - started)
    row("docscheck --help", f"{statistics.median(runs) * 1000:.0f} ms", "(median of 5)")

    _print_table()


def _print_table() -> None:
    print(f"\nMachine: {os.cpu_count()} cores; peak RSS of this script {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB\n")
    print("| measure | figure | note |\n|---|---|---|")
    for what, figure, note in ROWS:
        print(f"| {what} | {figure} | {note} |")


if __name__ == "__main__":
    main()
