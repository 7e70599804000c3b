"""Hostile and broken uploads: a clear answer for every file, nothing lost, nothing leaked.

A corpus of bad files is generated once per session (small and fast: blank
pages are not OCR'd, only a few small images carry text), checked as one
dossier the way `docscheck check` reads it (the pool of worker processes, each
file read in a forked child killed at a hard time limit) with real PDFium and
real Tesseract, and each case is checked against its expected outcome: the
specific read-error code, or a reading with its bounds said.  The builders are
shared with benchmarks/hostile.py.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import os
import random
import shutil
import socket
import stat
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pillow_heif
import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib import pdfencrypt
from reportlab.pdfgen import canvas

from docscheck import images, pdf, read
from docscheck.messages import READ_ERRORS
from docscheck.model import FileText, TextSource
from docscheck.pipeline import RunOptions, check_dossiers
from docscheck.text import ReadOptions, read_file, read_file_guarded

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
WORD = "VOLONTARIAT"
MAX_PAGES = ReadOptions().max_pages

# Every code a reading may end with; each has a message with its fix in both languages.
KNOWN_CODES = {
    "empty_file", "truncated_file", "corrupt_file", "encrypted_pdf", "unsupported_format", "too_large",
    "permission_denied", "symlink", "not_a_file", "ocr_timeout", "read_failed",
}


def read_folders(folders: list[Path], workers: int = 2) -> list[dict[str, FileText]]:
    """Each folder's readings (relpath -> FileText, in the folder's order), as `docscheck check` reads them."""
    report = check_dossiers(folders, as_of=date(2026, 9, 20), options=RunOptions(workers=workers, use_cache=False))
    return [{doc.file.relpath: doc.file for doc in dossier.documents} for dossier in report.dossiers]


# ---------------------------------------------------------------- small makers


SCAN_LINES = ["CONTRAT DE VOLONTARIAT", "Association Solidarite Horizons", "Mission sociale de quartier a Lyon"]


def text_image(lines: list[str] = SCAN_LINES, size: tuple[int, int] = (1100, 330)) -> Image.Image:
    """A small scan that reads well at the first OCR pass (enough words: no orientation search)."""
    img = Image.new("L", size, 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 48)
    for i, line in enumerate(lines):
        draw.text((40, 30 + 95 * i), line, font=font, fill=0)
    return img


def image_bytes(img: Image.Image, fmt: str, **kw: object) -> bytes:
    if fmt == "HEIF":
        pillow_heif.register_heif_opener()
    buf = io.BytesIO()
    img.save(buf, format=fmt, **kw)
    return buf.getvalue()


def text_pdf_bytes(lines: list[str], pages: int = 1) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for n in range(pages):
        for i, line in enumerate(lines):
            c.drawString(72, 760 - i * 24, f"{line} {n + 1}" if pages > 1 else line)
        c.showPage()
    c.save()
    return buf.getvalue()


CONTRACT = ["Contrat de volontariat de l'association Solidarite Horizons", "Mission d'accompagnement social"]


def raw_pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF written by hand, object by object, with a correct cross-reference table."""
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def stream(data: bytes, extra: str = "") -> bytes:
    return f"<< /Length {len(data)} {extra}>>\nstream\n".encode() + data + b"\nendstream"


HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
TEXT_STREAM = stream(b"BT /F1 14 Tf 72 700 Td (Attestation d accueil de l association pour le volontaire) Tj ET")


def png_declaring(width: int, height: int) -> bytes:
    """A tiny PNG whose header declares `width` x `height` (a decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit greyscale
    idat = zlib.compress(b"\x00" * 4096, 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def frames(n: int) -> list[Image.Image]:
    return [Image.new("L", (64, 48), (i * 7) % 256) for i in range(n)]


# ---------------------------------------------------------------- the corpus
# Each builder writes its case into the dossier folder `d` and returns the relpath to look at.

Builder = Callable[[Path], str]


def zero_bytes(d: Path) -> str:
    (d / "empty.pdf").write_bytes(b"")
    return "empty.pdf"


def zero_bytes_jpg(d: Path) -> str:
    (d / "empty.jpg").write_bytes(b"")
    return "empty.jpg"


def truncated_pdf(d: Path) -> str:
    data = text_pdf_bytes(CONTRACT)
    (d / "truncated.pdf").write_bytes(data[: len(data) // 2])
    return "truncated.pdf"


def _truncated(name: str, fmt: str, frac: float = 0.6, **kw: object) -> Builder:
    def build(d: Path) -> str:
        data = image_bytes(text_image().convert("RGB"), fmt, **kw)
        (d / name).write_bytes(data[: int(len(data) * frac)])
        return name

    build.__name__ = f"truncated_{fmt.lower()}"
    return build


def pdf_with_junk_prefix(d: Path) -> str:
    """Some mailers and scanners put bytes before `%PDF-`: still a PDF."""
    (d / "prefixed.pdf").write_bytes(b"Content-Transfer-Encoding: binary\r\n\r\n" + text_pdf_bytes(CONTRACT))
    return "prefixed.pdf"


def random_pdf(d: Path) -> str:
    (d / "random.pdf").write_bytes(random.Random(6).randbytes(5000))
    return "random.pdf"


def random_jpg(d: Path) -> str:
    (d / "random.jpg").write_bytes(random.Random(7).randbytes(5000))
    return "random.jpg"


def html_as_pdf(d: Path) -> str:
    (d / "page.pdf").write_bytes(b"<!DOCTYPE html>\n<html><head><title>Passport</title></head><body>Hi</body></html>")
    return "page.pdf"


def word_as_pdf(d: Path) -> str:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/'
                   'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("word/document.xml", "<w:document/>")
    (d / "contract.docx.pdf").write_bytes(buf.getvalue())
    return "contract.docx.pdf"


def password_pdf(d: Path) -> str:
    c = canvas.Canvas(str(d / "locked.pdf"), encrypt=pdfencrypt.StandardEncryption("secret", strength=128))
    c.drawString(72, 700, "Secret contents of a locked file")
    c.save()
    return "locked.pdf"


def owner_password_pdf(d: Path) -> str:
    enc = pdfencrypt.StandardEncryption("", ownerPassword="owner", canPrint=0, canCopy=0)
    c = canvas.Canvas(str(d / "owner_only.pdf"), encrypt=enc)
    for i, line in enumerate(CONTRACT):
        c.drawString(72, 700 - 24 * i, line)
    c.save()
    return "owner_only.pdf"


EVIL_SCRIPT = b"#!/bin/sh\ntouch /tmp/docscheck-pwned\n"


def active_pdf(d: Path) -> str:
    """JavaScript on open, an embedded executable and a form field: read as a plain document."""
    js = b'(app.launchURL\\("http://127.0.0.1:9/x"\\); this.exportDataObject\\({cName: "evil.sh", nLaunch: 2}\\);)'
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R /AcroForm << /Fields [9 0 R] >> "
        b"/Names << /EmbeddedFiles << /Names [(evil.sh) 7 0 R] >> /JavaScript << /Names [(js) 6 0 R] >> >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R /Annots [9 0 R] /AA << /O 6 0 R >> >>",
        HELVETICA,
        TEXT_STREAM,
        b"<< /S /JavaScript /JS " + js + b" >>",
        b"<< /Type /Filespec /F (evil.sh) /UF (evil.sh) /EF << /F 8 0 R >> >>",
        stream(EVIL_SCRIPT, "/Type /EmbeddedFile "),
        b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (name) /V (DIALLO) /Rect [72 600 300 620] /P 3 0 R >>",
    ]
    (d / "active.pdf").write_bytes(raw_pdf(objects))
    return "active.pdf"


def pages_2000(d: Path) -> str:
    """2,000 pages sharing one content stream: only the first max_pages are read, and it says so."""
    n = 2000
    kids = " ".join(f"{5 + i} 0 R" for i in range(n))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode(),
        HELVETICA,
        TEXT_STREAM,
    ] + [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
         b"/Contents 4 0 R >>"] * n
    (d / "pages_2000.pdf").write_bytes(raw_pdf(objects))
    return "pages_2000.pdf"


def pages_tree_cycle(d: Path) -> str:
    """A Pages node that is its own kid and parent: nothing loads, nothing hangs."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>"]
    (d / "pages_cycle.pdf").write_bytes(raw_pdf(objects))
    return "pages_cycle.pdf"


def pages_tree_cycle_with_good_page(d: Path) -> str:
    """A good first page, then a kid pointing back at the tree: page 1 read, page 2 noted."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        HELVETICA,
        TEXT_STREAM,
    ]
    (d / "pages_cycle_partial.pdf").write_bytes(raw_pdf(objects))
    return "pages_cycle_partial.pdf"


def self_referencing_objects(d: Path) -> str:
    """Resources and contents that are references to themselves."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources 4 0 R /Contents 5 0 R >>",
        b"4 0 R",
        b"5 0 R",
    ]
    (d / "objects_loop.pdf").write_bytes(raw_pdf(objects))
    return "objects_loop.pdf"


def huge_page(d: Path) -> str:
    """A 30,000 x 30,000 pt page with nothing on it (rendered for OCR, capped in pixels)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 30000 30000] >>",
    ]
    (d / "huge_page.pdf").write_bytes(raw_pdf(objects))
    return "huge_page.pdf"


def huge_page_with_text(d: Path) -> str:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 30000 30000] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        HELVETICA,
        TEXT_STREAM,
    ]
    (d / "huge_page_text.pdf").write_bytes(raw_pdf(objects))
    return "huge_page_text.pdf"


def pdf_image_bomb(d: Path) -> str:
    """A page showing a 60,000 x 60,000 image (3.6 gigapixels) from a few kilobytes of compressed data."""
    width = 60_000
    data = zlib.compress(b"\x00" * (width * 50), 9)
    image = stream(data, f"/Type /XObject /Subtype /Image /Width {width} /Height {width} /ColorSpace /DeviceGray "
                         "/BitsPerComponent 8 /Filter /FlateDecode ")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 600] /Resources << /XObject << /Im1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        image,
        stream(b"q 500 0 0 500 50 50 cm /Im1 Do Q"),
    ]
    (d / "image_bomb.pdf").write_bytes(raw_pdf(objects))
    return "image_bomb.pdf"


def zip_with_traversal(d: Path) -> str:
    """A ZIP upload whose entries climb out of the folder: refused as a format, never extracted."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("../../../tmp/docscheck-traversal.txt", "escaped")
        z.writestr("passport.pdf", text_pdf_bytes(CONTRACT))
    (d / "documents.zip").write_bytes(buf.getvalue())
    return "documents.zip"


def png_bomb(d: Path) -> str:
    (d / "bomb.png").write_bytes(png_declaring(100_000, 100_000))
    return "bomb.png"


def png_just_over_limit(d: Path) -> str:
    (d / "over_limit.png").write_bytes(png_declaring(12_000, 10_000))  # 120 MP: Pillow only warns here
    return "over_limit.png"


def one_pixel(d: Path) -> str:
    Image.new("RGB", (1, 1), "black").save(d / "pixel.png")
    return "pixel.png"


def sixteen_bit(d: Path) -> str:
    img = text_image().convert("I").point(lambda v: v * 257).convert("I;16")
    img.save(d / "sixteen_bit.png")
    return "sixteen_bit.png"


def cmyk_jpeg(d: Path) -> str:
    text_image().convert("CMYK").save(d / "cmyk.jpg", quality=90)
    return "cmyk.jpg"


def palette_png(d: Path) -> str:
    text_image().convert("RGB").convert("P", palette=Image.Palette.ADAPTIVE, colors=8).save(d / "palette.png")
    return "palette.png"


def animated_gif(d: Path) -> str:
    first, *rest = frames(300)
    first.save(d / "animated.gif", save_all=True, append_images=rest, duration=40, loop=0)
    return "animated.gif"


def multiframe_tiff(d: Path) -> str:
    first, *rest = frames(300)
    first.save(d / "frames.tiff", save_all=True, append_images=rest)
    return "frames.tiff"


def symlink_outside(d: Path) -> str:
    outside = d.parent / "outside_secret.pdf"
    outside.write_bytes(text_pdf_bytes(["Secret file outside the dossier folder, never to be read"]))
    (d / "link_outside.pdf").symlink_to(outside)
    return "link_outside.pdf"


def symlink_dir_outside(d: Path) -> str:
    (d / "link_to_etc").symlink_to("/etc")
    return "link_to_etc"


def symlink_loop(d: Path) -> str:
    (d / "loop_a.pdf").symlink_to(d / "loop_b.pdf")
    (d / "loop_b.pdf").symlink_to(d / "loop_a.pdf")
    return "loop_a.pdf"


def symlink_to_parent(d: Path) -> str:
    (d / "sub").mkdir(exist_ok=True)
    (d / "sub" / "up").symlink_to("..")
    return "sub/up"


def fifo(d: Path) -> str:
    os.mkfifo(d / "pipe.pdf")
    return "pipe.pdf"


def non_utf8_name(d: Path) -> str:
    name = os.fsdecode(b"caf\xe9.pdf")  # Latin-1 bytes: not valid UTF-8
    (d / name).write_bytes(text_pdf_bytes(CONTRACT))
    return name


def control_char_name(d: Path) -> str:
    name = "evil\x1b[31m\u202egnp.pdf"  # a terminal colour code and a right-to-left override
    (d / name).write_bytes(text_pdf_bytes(CONTRACT))
    return name


def deeply_nested(d: Path) -> str:
    """1,200 folders deep (deeper than Python's recursion limit), a readable PDF at the bottom."""
    depth = 1200
    deep = str(d)
    for _ in range(depth):
        deep += "/n"
        os.mkdir(deep)
    Path(deep, "contract.pdf").write_bytes(text_pdf_bytes(CONTRACT))
    return "/".join(["n"] * depth) + "/contract.pdf"


def remove_deep_chain(d: Path) -> None:
    """Remove the deeply nested chain bottom-up (shutil.rmtree recurses, and would fail on it)."""
    top = d / "n"
    if not top.is_dir():
        return
    path = str(top)
    while os.path.isdir(path + "/n"):
        path += "/n"
    while True:
        for name in os.listdir(path):
            os.unlink(os.path.join(path, name))
        os.rmdir(path)
        if path == str(top):
            break
        path = os.path.dirname(path)


def good_pdf(d: Path) -> str:
    (d / "good.pdf").write_bytes(text_pdf_bytes(CONTRACT))
    return "good.pdf"


def good_scan(d: Path) -> str:
    text_image().save(d / "good_scan.png")
    return "good_scan.png"


def _pages_2000_bounded(f: FileText) -> None:
    assert f.page_count == 2000 and len(f.pages) == MAX_PAGES
    assert all(p.source is TextSource.TEXT_LAYER for p in f.pages)
    assert "page limit" in (f.pages[-1].note or "") and "2000" in (f.pages[-1].note or "")


def _partial(f: FileText) -> None:
    assert f.page_count == 2 and f.pages[0].source is TextSource.TEXT_LAYER
    assert f.pages[1].source is TextSource.NONE and "cannot be loaded" in (f.pages[1].note or "")


def _blank(f: FileText) -> None:
    assert [p.note for p in f.pages] == ["blank page"]


def _text_layer(f: FileText) -> None:
    assert "volontaire" in f.text.lower() or "volontariat" in f.text.lower(), f.text


def _ocr_word(f: FileText) -> None:
    assert f.pages[0].source is TextSource.OCR and WORD in f.text.replace(" ", ""), f.text


def _frames_bounded(f: FileText) -> None:
    assert f.page_count == 300 and len(f.pages) == MAX_PAGES
    assert "page limit" in (f.pages[-1].note or "")


Check = Callable[[FileText], None] | None

CASES = [
    pytest.param(zero_bytes, "empty_file", None, id="zero-bytes-pdf"),
    pytest.param(zero_bytes_jpg, "empty_file", None, id="zero-bytes-jpg"),
    pytest.param(truncated_pdf, "truncated_file", None, id="truncated-pdf"),
    pytest.param(_truncated("cut.jpg", "JPEG"), "truncated_file", None, id="truncated-jpeg"),
    pytest.param(_truncated("cut.png", "PNG"), "truncated_file", None, id="truncated-png"),
    pytest.param(_truncated("cut.tiff", "TIFF"), "truncated_file", None, id="truncated-tiff"),
    pytest.param(_truncated("cut.heic", "HEIF", 0.9), "truncated_file", None, id="truncated-heic"),
    pytest.param(pdf_with_junk_prefix, None, _text_layer, id="pdf-junk-prefix"),
    pytest.param(random_pdf, "unsupported_format", None, id="random-bytes-pdf"),
    pytest.param(random_jpg, "unsupported_format", None, id="random-bytes-jpg"),
    pytest.param(html_as_pdf, "unsupported_format", None, id="html-named-pdf"),
    pytest.param(word_as_pdf, "unsupported_format", None, id="word-named-pdf"),
    pytest.param(password_pdf, "encrypted_pdf", None, id="password-pdf"),
    pytest.param(owner_password_pdf, None, _text_layer, id="owner-password-only-pdf"),
    pytest.param(active_pdf, None, _text_layer, id="javascript-embedded-file-form-pdf"),
    pytest.param(pages_2000, None, _pages_2000_bounded, id="pdf-2000-pages"),
    pytest.param(pages_tree_cycle, "corrupt_file", None, id="pdf-pages-tree-cycle"),
    pytest.param(pages_tree_cycle_with_good_page, None, _partial, id="pdf-cycle-after-good-page"),
    pytest.param(self_referencing_objects, None, _blank, id="pdf-self-referencing-objects"),
    pytest.param(huge_page, None, _blank, id="pdf-30000pt-page"),
    pytest.param(huge_page_with_text, None, _text_layer, id="pdf-30000pt-page-text"),
    pytest.param(pdf_image_bomb, None, None, id="pdf-image-3.6-gigapixels"),
    pytest.param(zip_with_traversal, "unsupported_format", None, id="zip-path-traversal"),
    pytest.param(png_bomb, "too_large", None, id="png-bomb-10-gigapixels"),
    pytest.param(png_just_over_limit, "too_large", None, id="png-120-megapixels"),
    pytest.param(one_pixel, None, _blank, id="one-pixel"),
    pytest.param(sixteen_bit, None, _ocr_word, id="16-bit-png"),
    pytest.param(cmyk_jpeg, None, _ocr_word, id="cmyk-jpeg"),
    pytest.param(palette_png, None, _ocr_word, id="palette-png"),
    pytest.param(animated_gif, None, _frames_bounded, id="gif-300-frames"),
    pytest.param(multiframe_tiff, None, _frames_bounded, id="tiff-300-frames"),
    pytest.param(symlink_outside, "symlink", None, id="symlink-outside"),
    pytest.param(symlink_dir_outside, "symlink", None, id="symlink-dir-outside"),
    pytest.param(symlink_loop, "symlink", None, id="symlink-loop"),
    pytest.param(symlink_to_parent, "symlink", None, id="symlink-to-parent"),
    pytest.param(fifo, "not_a_file", None, id="named-pipe"),
    pytest.param(non_utf8_name, None, _text_layer, id="name-not-utf8"),
    pytest.param(control_char_name, None, _text_layer, id="name-control-chars"),
    pytest.param(deeply_nested, None, _text_layer, id="nested-1200-deep"),
]
BUILDERS: list[tuple[str, Builder, str | None, Check]] = [(c.id, *c.values) for c in CASES]  # type: ignore[misc]


def build_corpus(d: Path) -> dict[str, str]:
    """Write every case into `d` (one dossier); case id -> the relpath it produced."""
    d.mkdir(parents=True, exist_ok=True)
    made = {"good-pdf": good_pdf(d), "good-scan": good_scan(d)}
    for case_id, builder, _, _ in BUILDERS:
        made[case_id] = builder(d)
    return made


def snapshot(folder: Path) -> dict[str, tuple[str, int, int]]:
    """Every path under `folder` (links not followed): content hash (or link target), mtime, mode."""
    state: dict[str, tuple[str, int, int]] = {}
    pending = [str(folder)]
    while pending:  # no recursion: the corpus is deeper than Python's recursion limit
        directory = pending.pop()
        for name in os.listdir(directory):
            path = os.path.join(directory, name)
            st = os.lstat(path)
            if stat.S_ISDIR(st.st_mode):
                pending.append(path)
            if stat.S_ISLNK(st.st_mode):
                digest = "link:" + os.readlink(path)
            elif stat.S_ISREG(st.st_mode):
                digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
            else:
                digest = "other"
            state[path] = (digest, st.st_mtime_ns, st.st_mode)
    return state


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, object]]:
    root = tmp_path_factory.mktemp("hostile")
    d = root / "dossier"
    made = build_corpus(d)
    private_tmp = root / "tmp"
    private_tmp.mkdir()
    before = snapshot(root)
    del before[str(private_tmp)]
    old_tempdir = tempfile.tempdir
    tempfile.tempdir = str(private_tmp)  # pytesseract's temporary files go here while reading
    try:
        started = time.perf_counter()
        [results] = read_folders([d])
        seconds = time.perf_counter() - started
    finally:
        tempfile.tempdir = old_tempdir
    after = snapshot(root)
    del after[str(private_tmp)]  # the private temporary folder's own mtime changes, by design
    yield {"dir": d, "made": made, "results": results, "before": before, "after": after,
           "seconds": seconds, "tmp": private_tmp}
    remove_deep_chain(d)


@pytest.mark.parametrize("case_id, builder, code, check", [pytest.param(*b, id=b[0]) for b in BUILDERS])
def test_each_hostile_file_gets_its_outcome(corpus: dict, case_id: str, builder: Builder, code: str | None,
                                            check: Check) -> None:
    relpath = read.printable(corpus["made"][case_id])
    results: dict[str, FileText] = corpus["results"]
    assert relpath in results, sorted(results)
    f = results[relpath]
    if code is None:
        assert f.error is None, f.error
    else:
        assert f.error is not None and f.error.code == code, f.error
        assert f.pages == ()
        assert code in READ_ERRORS  # a message with the fix, in both languages
    if check is not None:
        check(f)


def test_the_rest_of_the_folder_is_still_read(corpus: dict) -> None:
    results: dict[str, FileText] = corpus["results"]
    assert "caf\\xe9.pdf" in results and "evil\\x1b[31m\\u202egnp.pdf" in results
    good = results[corpus["made"]["good-pdf"]]
    assert good.error is None and "Solidarite" in good.text
    scan = results[corpus["made"]["good-scan"]]
    assert scan.error is None and WORD in scan.text.replace(" ", "")
    # One result per file of the folder, each either read or with a known code.
    assert len(results) == len(corpus["made"]) + 1  # + the second link of the loop
    assert all(f.error is None or f.error.code in KNOWN_CODES for f in results.values())
    assert corpus["seconds"] < 120


def test_relpaths_are_printable_and_encodable(corpus: dict) -> None:
    for relpath in corpus["results"]:
        assert relpath.isprintable(), repr(relpath)
        relpath.encode("utf-8")
    json.dumps(list(corpus["results"]), ensure_ascii=False).encode("utf-8")


def test_nothing_outside_the_folder_is_read(corpus: dict) -> None:
    text = "\n".join(f.text for f in corpus["results"].values())
    assert "Secret file outside" not in text
    assert not any("passwd" in r or r.startswith("link_to_etc/") for r in corpus["results"])


def test_inputs_are_untouched(corpus: dict) -> None:
    """Nothing lost: every path's content hash, mtime and mode are the same after reading; nothing added."""
    before, after = corpus["before"], corpus["after"]
    assert before == after


def test_no_temporary_files_left(corpus: dict) -> None:
    assert list(corpus["tmp"].iterdir()) == []


def test_active_pdf_runs_and_extracts_nothing(corpus: dict) -> None:
    assert not Path("/tmp/docscheck-pwned").exists() and not Path("/tmp/docscheck-traversal.txt").exists()
    assert not any(os.path.basename(p) == "evil.sh" for p in corpus["after"])


# ---------------------------------------------------------------- bounds


def test_render_is_capped_in_pixels(tmp_path: Path) -> None:
    huge_page(tmp_path)
    with pdf.open_pdf(tmp_path / "huge_page.pdf") as doc:
        img = pdf.render_page(doc, 0, dpi=300)
    assert img.width * img.height <= pdf.MAX_RENDER_PIXELS
    assert img.width > 1000  # still a usable page


def test_max_pixels_option_refuses_big_images(tmp_path: Path) -> None:
    text_image(size=(900, 400)).save(tmp_path / "p.png")
    f = read_file(tmp_path / "p.png", options=ReadOptions(max_pixels=100_000))
    assert f.error is not None and f.error.code == "too_large" and "900 x 400" in f.error.detail


def test_file_timeout_keeps_pages_read_and_says_so(tmp_path: Path) -> None:
    (tmp_path / "three.pdf").write_bytes(text_pdf_bytes(CONTRACT, pages=3))
    f = read_file(tmp_path / "three.pdf", options=ReadOptions(file_timeout=0.0))
    assert f.error is None and f.page_count == 3 and len(f.pages) == 1
    assert "file time limit" in (f.pages[0].note or "") and "pages 2-3 not read" in (f.pages[0].note or "")


def test_ocr_timeout_with_nothing_read_is_an_error(tmp_path: Path) -> None:
    text_image().save(tmp_path / "scan.png")
    f = read_file(tmp_path / "scan.png", options=ReadOptions(ocr_timeout=0.01))
    assert f.error is not None and f.error.code == "ocr_timeout", f


def test_guarded_reading_gives_the_same_result(tmp_path: Path) -> None:
    (tmp_path / "c.pdf").write_bytes(text_pdf_bytes(CONTRACT, pages=2))
    def timeless(f: FileText) -> FileText:
        return dataclasses.replace(f, pages=tuple(dataclasses.replace(p, seconds=0.0) for p in f.pages))

    guarded = read_file_guarded(tmp_path / "c.pdf", tmp_path)
    assert len(guarded.pages) == 2
    assert timeless(guarded) == timeless(read_file(tmp_path / "c.pdf", tmp_path))
    (tmp_path / "e.pdf").write_bytes(b"")
    assert read_file_guarded(tmp_path / "e.pdf").error == read_file(tmp_path / "e.pdf").error


def test_guarded_reading_is_killed_at_its_hard_limit(tmp_path: Path) -> None:
    """What stops a parser that hangs: the reading process (and its Tesseract) is killed."""
    pages = [text_image(), text_image().rotate(180), text_image(), text_image().rotate(180), text_image()]
    pages[0].save(tmp_path / "scan.tiff", save_all=True, append_images=pages[1:])  # five OCRs: over a second
    started = time.perf_counter()
    f = read_file_guarded(tmp_path / "scan.tiff", tmp_path, hard_timeout=0.3)
    assert time.perf_counter() - started < 5
    assert f.error is not None and f.error.code == "ocr_timeout" and f.relpath == "scan.tiff"
    time.sleep(0.2)
    leftover = subprocess.run(["pgrep", "-f", str(tmp_path)], capture_output=True, text=True).stdout.split()
    assert leftover == []  # no Tesseract left running on the file


def test_page_limit_option(tmp_path: Path) -> None:
    (tmp_path / "five.pdf").write_bytes(text_pdf_bytes(CONTRACT, pages=5))
    f = read_file(tmp_path / "five.pdf", options=ReadOptions(max_pages=2))
    assert f.page_count == 5 and [p.number for p in f.pages] == [1, 2]
    assert "only the first 2 of 5 pages" in (f.pages[-1].note or "")


@pytest.mark.filterwarnings("ignore:Corrupt EXIF data")
def test_damaged_later_frame_keeps_earlier_frames(tmp_path: Path) -> None:
    img = text_image()
    img.save(tmp_path / "two.tiff", save_all=True, append_images=[img.rotate(180)], compression="tiff_lzw")
    data = (tmp_path / "two.tiff").read_bytes()
    # Cut inside the second frame's data: the first frame stays whole.
    (tmp_path / "cut.tiff").write_bytes(data[: len(data) - 200])
    f = read_file(tmp_path / "cut.tiff", options=ReadOptions(zone_reread=False))
    if f.error is None:
        assert f.pages[0].source is TextSource.OCR
    else:  # Pillow may refuse the whole file when the frame index itself is cut
        assert f.error.code in {"truncated_file", "corrupt_file"}


def test_blank_detection() -> None:
    assert images.is_blank(Image.new("L", (2000, 2000), 255))
    assert images.is_blank(Image.new("RGB", (5, 5), (30, 30, 30)))
    page = Image.new("L", (2480, 3508), 250)
    ImageDraw.Draw(page).text((1200, 3300), "1", font=ImageFont.truetype(FONT, 40), fill=0)  # a lone page number
    assert not images.is_blank(page)
    assert not images.is_blank(text_image())


# ---------------------------------------------------------------- walking


@pytest.fixture(scope="session")
def many_files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("many")
    for i in range(10_000):
        (d / f"note_{i:05d}.txt").write_bytes(b"x" * (1 + i % 7))
    return d


def test_ten_thousand_files_are_each_reported(many_files: Path) -> None:
    """Each of 10,000 files gets its own answer, in order (how long it takes: benchmarks/hostile.py)."""
    results = list(read_folders([many_files])[0].values())
    assert len(results) == 10_000
    assert all(f.error is not None and f.error.code == "unsupported_format" for f in results)
    assert [f.relpath for f in results] == sorted(f.relpath for f in results)


def test_unreadable_folder_is_reported(tmp_path: Path) -> None:
    entries = read.iter_entries(tmp_path / "missing")
    assert [(e.relpath, e.problem) for e in entries] == [("missing", "permission_denied")]


def test_printable_names() -> None:
    assert read.printable(os.fsdecode(b"caf\xe9.pdf")) == "caf\\xe9.pdf"
    assert read.printable("a\nb\tc\x7f.pdf") == "a\\x0ab\\x09c\\x7f.pdf"
    assert read.printable("Aïssatou DIALLO – passeport.pdf") == "Aïssatou DIALLO – passeport.pdf"


_NOBODY = 65534


def _read_as_nobody(folder: Path) -> dict[str, str | None]:
    """The folder checked in a forked child that has given up root (as root, chmod 000 does not stop reading)."""
    rfd, wfd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop privileges, read, send the codes, exit without pytest's clean-up
        status = 1
        try:
            os.close(rfd)
            os.setgroups([])
            os.setresgid(_NOBODY, _NOBODY, _NOBODY)
            os.setresuid(_NOBODY, _NOBODY, _NOBODY)
            codes = {r: f.error.code if f.error else None for r, f in read_folders([folder], workers=1)[0].items()}
            os.write(wfd, json.dumps(codes).encode())
            status = 0
        finally:
            os._exit(status)
    os.close(wfd)
    with os.fdopen(rfd, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    return json.loads(data)  # type: ignore[no-any-return]


def test_file_without_read_permission() -> None:
    """permission_denied, the other files still read."""
    d = Path(tempfile.mkdtemp(prefix="docscheck-perm-"))
    try:
        os.chmod(d, 0o755)
        (d / "good.pdf").write_bytes(text_pdf_bytes(CONTRACT))
        (d / "secret.pdf").write_bytes(text_pdf_bytes(CONTRACT))
        os.chmod(d / "good.pdf", 0o644)
        os.chmod(d / "secret.pdf", 0o000)
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            codes = _read_as_nobody(d)
        elif os.access(d / "secret.pdf", os.R_OK):
            pytest.skip("chmod 000 does not stop this user from reading")
        else:
            codes = {r: f.error.code if f.error else None for r, f in read_folders([d])[0].items()}
        assert codes == {"good.pdf": None, "secret.pdf": "permission_denied"}
    finally:
        os.chmod(d / "secret.pdf", 0o600)
        shutil.rmtree(d)


# ---------------------------------------------------------------- nothing leaked

_LEAK_SCRIPT = r"""
import datetime, json, os, socket, sys, tempfile
from pathlib import Path
from docscheck.pipeline import RunOptions, check_dossiers
probe = "blocked"
try:
    socket.create_connection(("1.1.1.1", 53), timeout=2).close()
    probe = "open"
except OSError:
    pass
report = check_dossiers([Path(sys.argv[1])], as_of=datetime.date(2026, 9, 20), options=RunOptions(workers=2, use_cache=False))
results = [doc.file for doc in report.dossiers[0].documents]
print(json.dumps({"probe": probe, "tmp_left": os.listdir(tempfile.gettempdir()),
                  "files": {f.relpath: [f.error.code if f.error else None, f.text] for f in results}}))
"""


def _unshare_works() -> bool:
    if shutil.which("unshare") is None:
        return False
    try:
        return subprocess.run(["unshare", "-n", "true"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def test_reading_needs_no_network_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    """The whole reading (PDFium, Pillow, Tesseract in its own process) in a network namespace
    without network (or, where that is not allowed, with Python sockets blocked)."""
    d = tmp_path / "dossier"
    d.mkdir()
    text_image().save(d / "scan.png")
    (d / "contract.pdf").write_bytes(text_pdf_bytes(CONTRACT))
    active_pdf(d)
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    env = {**os.environ, "TMPDIR": str(private_tmp), "DOCSCHECK_CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-c", _LEAK_SCRIPT, str(d)]
    if _unshare_works():
        command = ["unshare", "-n", *command]
    else:
        blocker = (
            "import socket\n"
            "def _no(*a, **k): raise OSError('network blocked by the test')\n"
            "socket.socket.connect = _no; socket.create_connection = _no\n"
        )
        command = [sys.executable, "-c", blocker + _LEAK_SCRIPT, str(d)]
    out = subprocess.run(command, capture_output=True, text=True, timeout=180, env=env)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["probe"] == "blocked"
    files = data["files"]
    assert files["scan.png"][0] is None and WORD in files["scan.png"][1].replace(" ", "")
    assert files["contract.pdf"][0] is None and "Solidarite" in files["contract.pdf"][1]
    assert files["active.pdf"][0] is None
    assert data["tmp_left"] == [] and list(private_tmp.iterdir()) == []


def test_sockets_blocked_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("docscheck tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    (tmp_path / "contract.pdf").write_bytes(text_pdf_bytes(CONTRACT))
    active_pdf(tmp_path)
    results = read_folders([tmp_path])[0]
    assert len(results) == 2 and all(f.error is None for f in results.values())
