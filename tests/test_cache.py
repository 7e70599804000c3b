"""The cache of readings: hits skip OCR, changes are re-read, files stay private, size stays capped."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfgen import canvas

import docscheck
from docscheck import tesseract
from docscheck.cache import NOT_READING, Cache
from docscheck.model import PageQuality
from docscheck.text import ReadOptions, cached_reading, read_file

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def small_page(path: Path, words: str) -> Path:
    img = Image.new("L", (900, 400), 255)
    ImageDraw.Draw(img).text((40, 150), words, font=ImageFont.truetype(FONT, 40), fill=0)
    img.save(path)
    return path


@pytest.fixture()
def cache(tmp_path: Path) -> Cache:
    return Cache(tmp_path / "cache")


def test_rerun_of_unchanged_file_does_no_ocr(tmp_path: Path, cache: Cache, monkeypatch: pytest.MonkeyPatch) -> None:
    page = small_page(tmp_path / "a.png", "Attestation consulaire")
    first = read_file(page, tmp_path, cache=cache)
    assert "consulaire" in first.pages[0].text

    def no_ocr(*args: object, **kwargs: object) -> None:
        raise AssertionError("OCR ran on a cached file")

    monkeypatch.setattr(tesseract, "ocr", no_ocr)
    again = read_file(page, tmp_path, cache=cache)
    assert again == first


def test_changed_file_or_setting_is_read_again(tmp_path: Path, cache: Cache) -> None:
    page = small_page(tmp_path / "a.png", "Premier texte")
    read_file(page, tmp_path, cache=cache)
    small_page(page, "Second texte")
    assert "Second" in read_file(page, tmp_path, cache=cache).pages[0].text
    entries = cache.info().entries
    read_file(page, tmp_path, ReadOptions(lang="eng"), cache=cache)
    assert cache.info().entries == entries + 1


def test_cache_is_private(tmp_path: Path, cache: Cache) -> None:
    read_file(small_page(tmp_path / "a.png", "Carte consulaire"), tmp_path, cache=cache)
    assert stat.S_IMODE(cache.directory.stat().st_mode) == 0o700
    files = list(cache.directory.rglob("*.json"))
    assert files and all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)


def test_cache_is_bounded_and_evicts_least_recently_used(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache", max_bytes=10_000)
    from docscheck.model import FileText, Page, TextSource

    for i in range(40):
        cache.put(f"{i:064x}", FileText("", "", "png", f"{i}", 1, (Page(1, "x" * 500, TextSource.OCR),)))
    info = cache.info()
    assert info.bytes <= 10_000
    assert cache.get(f"{39:064x}", "p", "p") is not None  # the newest survived
    assert cache.get(f"{0:064x}", "p", "p") is None  # the oldest went
    assert cache.clear() == info.entries and cache.info().entries == 0


def test_a_bad_file_is_remembered_but_a_reading_cut_short_is_not(tmp_path: Path, cache: Cache) -> None:
    (tmp_path / "empty.pdf").write_bytes(b"")
    assert read_file(tmp_path / "empty.pdf", tmp_path, cache=cache).error is not None
    assert cache.info().entries == 1  # what the content decides is worth remembering
    page = small_page(tmp_path / "a.png", "Attestation consulaire")
    cut_short = read_file(page, tmp_path, ReadOptions(ocr_timeout=0.001), cache=cache)
    assert cut_short.error is not None or all(p.source.value == "none" for p in cut_short.pages)
    assert cache.info().entries == 1  # an OCR time-out says nothing about the file


_LOOKUP = r"""
import sys
from docscheck.cache import Cache
from docscheck.text import ReadOptions, cached_reading
print("hit" if cached_reading(sys.argv[1], None, ReadOptions(), Cache(sys.argv[2])) else "miss")
"""


def _package_copy(where: Path, change: str | None = None) -> Path:
    """A copy of the docscheck package under `where`, with a comment added to one module."""
    copy = where / "docscheck"
    shutil.copytree(Path(docscheck.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__"))
    if change is not None:
        module = copy / change
        module.write_text(module.read_text(encoding="utf-8") + "\n# an edit that changes nothing but the code\n")
    return where


def _lookup(package_root: Path, page: Path, cache_dir: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(package_root)}
    out = subprocess.run([sys.executable, "-c", _LOOKUP, str(page), str(cache_dir)], capture_output=True,
                         text=True, timeout=120, env=env, cwd=package_root)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_a_changed_reader_misses_the_cache(tmp_path: Path, cache: Cache) -> None:
    """The real thing: a copy of the package with one reading module edited does not use the entries
    written by the unchanged code; an unchanged copy, or one with only the CLI edited, does."""
    page = tmp_path / "contract.pdf"
    c = canvas.Canvas(str(page))
    c.drawString(72, 700, "Contrat de volontariat de l'association Solidarite Horizons")
    c.save()
    assert read_file(page, cache=cache).error is None
    assert cached_reading(page, None, ReadOptions(), cache) is not None
    assert _lookup(_package_copy(tmp_path / "same"), page, cache.directory) == "hit"
    assert _lookup(_package_copy(tmp_path / "cli", "cli.py"), page, cache.directory) == "hit"
    assert _lookup(_package_copy(tmp_path / "pdf", "pdf.py"), page, cache.directory) == "miss"


def _packages_imported_from(*roots: str) -> set[str]:
    """docscheck's top-level modules and sub-packages that `roots` import, directly or not."""
    sys.path.insert(0, str(Path(__file__).parent))
    try:
        from test_imports import import_graph
    finally:
        sys.path.pop(0)
    graph = import_graph()
    reached: set[str] = set()
    pending = list(roots)
    while pending:
        module = pending.pop()
        if module not in reached:
            reached.add(module)
            pending.extend(graph[module])
    return {module.split(".")[1] for module in reached if module.count(".") >= 1}


def test_every_module_the_reading_imports_is_in_the_fingerprint() -> None:
    """NOT_READING lists only modules the reading code never imports (statically, lazily or not)."""
    top = _packages_imported_from("docscheck.text")
    assert not NOT_READING & top


def test_a_page_legibility_round_trips_through_the_cache(tmp_path: Path, cache: Cache) -> None:
    page = small_page(tmp_path / "a.png", "Attestation consulaire de nationalité")
    first = read_file(page, tmp_path, cache=cache)
    assert first.pages[0].quality is not None  # an image page is assessed
    again = cached_reading(page, tmp_path, ReadOptions(), cache)
    assert again == first
    poor = replace(first, pages=(replace(first.pages[0], quality=PageQuality(("blurred", "cut_off"), {"edge_width": 0.31})),))
    cache.put("k" * 64, poor)
    hit = cache.get("k" * 64, poor.path, poor.relpath)
    assert hit == poor
    assert hit is not None and hit.poor_reasons == ("blurred", "cut_off")
    assert isinstance(hit.pages[0].quality and hit.pages[0].quality.reasons, tuple)


def test_a_warm_rerun_starts_no_pool_and_loads_no_reader(tmp_path: Path) -> None:
    """Everything cached: the cache is consulted in the main process; no worker pool, no OCR
    engine, no image or PDF library is started or imported."""
    dossier = tmp_path / "dossier"
    dossier.mkdir()
    small_page(dossier / "a.png", "Attestation consulaire")
    small_page(dossier / "b.png", "Contrat de volontariat")
    code = (
        "import sys, datetime, concurrent.futures\n"
        "from pathlib import Path\n"
        "from docscheck.pipeline import RunOptions, check_dossiers\n"
        "options = RunOptions(workers=2, cache_dir=sys.argv[2])\n"
        "run = lambda: check_dossiers([Path(sys.argv[1])], as_of=datetime.date(2026, 11, 30), options=options)\n"
        "if sys.argv[3] == 'warm':\n"
        "    class NoPool:\n"
        "        def __init__(self, *a, **k):\n"
        "            raise AssertionError('a worker pool was started')\n"
        "    concurrent.futures.ProcessPoolExecutor = NoPool\n"
        "report = run()\n"
        "print(sum(len(d.file.pages) for d in report.dossiers[0].documents))\n"
        "print([m for m in ('PIL', 'numpy', 'tesserocr', 'pytesseract', 'pypdfium2', 'deskew') if m in sys.modules])\n"
    )
    argv = [sys.executable, "-c", code, str(dossier), str(tmp_path / "cache")]
    cold = subprocess.run([*argv, "cold"], capture_output=True, text=True, check=True).stdout.split("\n")
    warm = subprocess.run([*argv, "warm"], capture_output=True, text=True, check=True).stdout.split("\n")
    assert cold[0] == warm[0] == "2"
    assert warm[1] == "[]"


def test_a_long_pdf_read_in_parts_is_the_pdf_read_whole(tmp_path: Path) -> None:
    """Read by two workers in page ranges, a long scanned PDF gives the pages a single reading
    gives, in page order, and is cached whole (a re-run reads nothing)."""
    from docscheck.pipeline import RunOptions, _parts, jobs_for, read_files

    pages = []
    for n in range(7):
        img = Image.new("L", (1240, 600), 255)
        ImageDraw.Draw(img).text((80, 200), f"Page {n + 1} du contrat de volontariat", font=ImageFont.truetype(FONT, 36), fill=0)
        pages.append(img)
    pdf = tmp_path / "long.pdf"
    pages[0].save(pdf, format="PDF", save_all=True, append_images=pages[1:], resolution=150)
    options = RunOptions(workers=2, cache_dir=str(tmp_path / "cache"))
    assert len(_parts(jobs_for([pdf], options)[0], 2, "pdf")) > 1
    (parted,) = read_files([pdf], options)
    whole = read_file(pdf, tmp_path)
    assert [p.number for p in parted.pages] == list(range(1, 8))
    assert [p.text for p in parted.pages] == [p.text for p in whole.pages]
    assert parted.page_count == 7 and parted.error is None
    assert cached_reading(pdf, tmp_path, ReadOptions(), Cache(tmp_path / "cache")) is not None


def test_a_warm_run_neither_reads_nor_understands_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The documents of each file are cached beside its reading: a re-run on the same date gives the
    same report without understanding a file again; another date or a renamed file understands again
    (both can change a file's documents), from the cached reading."""
    from datetime import date

    from docscheck import pipeline
    from docscheck.pipeline import RunOptions, check_dossiers

    dossier = tmp_path / "dossier"
    dossier.mkdir()
    small_page(dossier / "a.png", "Attestation consulaire")
    small_page(dossier / "b.png", "Contrat de volontariat")
    options = RunOptions(workers=1, cache_dir=str(tmp_path / "cache"))
    cold = check_dossiers([dossier], as_of=date(2026, 11, 30), options=options)

    understood: list[str] = []
    real = pipeline.understand_documents

    def counted(reading, **kwargs):  # type: ignore[no-untyped-def]
        understood.append(reading.relpath)
        return real(reading, **kwargs)

    def no_ocr(*args: object, **kwargs: object) -> None:
        raise AssertionError("OCR ran on a cached file")

    monkeypatch.setattr(pipeline, "understand_documents", counted)
    monkeypatch.setattr(tesseract, "ocr", no_ocr)
    warm = check_dossiers([dossier], as_of=date(2026, 11, 30), options=options)
    assert warm == cold and understood == []
    check_dossiers([dossier], as_of=date(2027, 1, 15), options=options)
    assert sorted(understood) == ["a.png", "b.png"]
    (dossier / "b.png").rename(dossier / "passeport.png")
    understood.clear()
    check_dossiers([dossier], as_of=date(2026, 11, 30), options=options)
    assert understood == ["passeport.png"]


def test_documents_round_trip_or_are_not_kept(tmp_path: Path, cache: Cache) -> None:
    """Every kind of value a document holds comes back from the cache as it was; a value of a kind
    the cache does not know is not kept (understood again next time, never changed)."""
    from datetime import date

    from docscheck import understood
    from docscheck.model import Classification, DocType, Document, Field, FileText, Page, TextSource, Zone

    file = FileText("/x/p.png", "p.png", "png", "f" * 64, 10, (Page(1, "P<FRA", TextSource.OCR, 91.5, zone_text="P<"),),
                    page_count=1)
    zone = Zone("TD3", ("P<FRA", "123"), True, "P", "FRA", "DUPONT", "MARIE", "12AB", "FRA", date(1990, 5, 1), "F",
                date(2030, 1, 2), failed_checks=("final",))
    doc = Document(file, Classification(DocType.PASSPORT, 0.93, ("zone TD3 P",)),
                   {"expiry": Field(date(2030, 1, 2), "020130", 1, "zone"), "number": Field("12AB"),
                    "valid": Field(True), "count": Field(3), "digits": Field("20300102")},
                   zone, pages=(1,))
    understood.remember(cache, "a" * 64, (doc,))
    assert understood.recall(cache, "a" * 64, "/x/p.png", "p.png") == (doc,)
    odd = replace(doc, fields={"ratio": Field(0.5)})  # type: ignore[arg-type]
    understood.remember(cache, "b" * 64, (odd,))
    assert understood.recall(cache, "b" * 64, "/x/p.png", "p.png") is None


_DOCUMENTS_LOOKUP = r"""
import sys, datetime
from docscheck import understood
from docscheck.cache import Cache
from docscheck.text import ReadOptions, reading_key
cache = Cache(sys.argv[2])
key = understood.documents_key(reading_key(sys.argv[1], ReadOptions(), cache), "contract.pdf", datetime.date(2026, 11, 30))
print("hit" if understood.recall(cache, key, sys.argv[1], "contract.pdf") else "miss")
"""


def test_a_changed_understanding_code_misses_the_cache(tmp_path: Path) -> None:
    """A copy of the package with the classifier (or a reader) edited does not use the documents
    the unchanged code cached; one with only the CLI or the checklist edited does."""
    from datetime import date

    from docscheck.pipeline import RunOptions, check_dossiers

    dossier = tmp_path / "dossier"
    dossier.mkdir()
    c = canvas.Canvas(str(dossier / "contract.pdf"))
    c.drawString(72, 700, "Contrat de volontariat de l'association Solidarite Horizons")
    c.save()
    check_dossiers([dossier], as_of=date(2026, 11, 30), options=RunOptions(workers=1, cache_dir=str(tmp_path / "cache")))

    def lookup(package_root: Path) -> str:
        env = {**os.environ, "PYTHONPATH": str(package_root)}
        out = subprocess.run([sys.executable, "-c", _DOCUMENTS_LOOKUP, str(dossier / "contract.pdf"), str(tmp_path / "cache")],
                             capture_output=True, text=True, timeout=120, env=env, cwd=package_root)
        assert out.returncode == 0, out.stderr
        return out.stdout.strip()

    assert lookup(_package_copy(tmp_path / "same")) == "hit"
    assert lookup(_package_copy(tmp_path / "cli", "cli.py")) == "hit"
    assert lookup(_package_copy(tmp_path / "checklist", "checklist/__init__.py")) == "hit"
    assert lookup(_package_copy(tmp_path / "classify", "classify.py")) == "miss"
    assert lookup(_package_copy(tmp_path / "fields", "fields/__init__.py")) == "miss"
    assert lookup(_package_copy(tmp_path / "pdf", "pdf.py")) == "miss"


def test_every_module_understanding_imports_is_in_its_fingerprint() -> None:
    """NOT_UNDERSTANDING lists only modules that understanding a file never imports."""
    from docscheck.cache import NOT_UNDERSTANDING

    top = _packages_imported_from("docscheck.understand", "docscheck.segment")
    assert not NOT_UNDERSTANDING & top
