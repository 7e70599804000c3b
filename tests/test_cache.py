"""The cache of readings: hits skip OCR, changes are re-read, files stay private, size stays capped."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from docscheck import tesseract
from docscheck.cache import Cache
from docscheck.text import ReadOptions, read_file

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
