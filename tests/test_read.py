"""Reading uploads end to end: real files, real PDFium, real Tesseract."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pillow_heif
import pytest
from click.testing import CliRunner
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib import pdfencrypt
from reportlab.pdfgen import canvas

from docscheck.cli import cli
from docscheck.model import FileText, TextSource
from docscheck.pipeline import RunOptions, check_dossiers
from docscheck.text import read_file, use_text_layer

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
LINES = [
    "CONTRAT DE VOLONTARIAT",
    "Association Solidarité Horizons",
    "Volontaire : Aïssatou DIALLO",
    "Mission d'accompagnement social",
    "Fait à Lyon, le 3 février 2026",
]
KEYWORDS = ("VOLONTARIAT", "Solidarit", "DIALLO", "accompagnement", "février")


def page_image(lines: list[str] = LINES, size: tuple[int, int] = (1100, 900)) -> Image.Image:
    img = Image.new("L", size, 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 34)
    for i, line in enumerate(lines):
        draw.text((70, 80 + i * 95), line, font=font, fill=0)
    return img


def passport_image() -> Image.Image:
    img = Image.new("L", (1400, 900), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 30)
    mono = ImageFont.truetype(MONO, 40)
    for i, line in enumerate(["PASSEPORT / PASSPORT", "Nom / Surname: DIALLO", "Prénoms / Given names: AISSATOU"]):
        draw.text((60, 60 + i * 70), line, font=font, fill=0)
    draw.rectangle((60, 300, 330, 640), fill=120)
    draw.text((40, 720), "P<SENDIALLO<<AISSATOU<<<<<<<<<<<<<<<<<<<<<<<", font=mono, fill=0)
    draw.text((40, 790), "A12345678<SEN9803125F3103129<<<<<<<<<<<<<<02", font=mono, fill=0)
    return img


def found(text: str) -> list[str]:
    return [k for k in KEYWORDS if k.lower() in text.lower()]


def save(img: Image.Image, path: Path, fmt: str, **kw: object) -> Path:
    if fmt == "HEIF":
        pillow_heif.register_heif_opener()
    img.save(path, format=fmt, **kw)
    return path


def text_pdf(path: Path, pages: list[list[str]]) -> Path:
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 14)
    for lines in pages:
        for i, line in enumerate(lines):
            c.drawString(72, 760 - i * 24, line)
        c.showPage()
    c.save()
    return path


@pytest.fixture(scope="session")
def uploads(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder with a file of every supported kind, plus bad files and junk to skip."""
    d = tmp_path_factory.mktemp("uploads")
    img = page_image()
    save(img, d / "scan.png", "PNG")
    save(img.convert("RGB"), d / "photo.jpg", "JPEG", quality=85)
    save(img, d / "page.webp", "WEBP", quality=90)
    save(img.convert("RGB"), d / "IMG_0001.heic", "HEIF", quality=90)
    save(img, d / "scan.bmp", "BMP")
    img.save(d / "two_pages.tiff", format="TIFF", save_all=True, append_images=[page_image(LINES[::-1])])
    # A PNG named .pdf: the content decides.
    save(img, d / "misnamed.pdf", "PNG")
    text_pdf(d / "contract.pdf", [LINES, ["Page deux : Article 2 - Durée de la mission de volontariat"]])
    img.save(d / "scanned.pdf", format="PDF", resolution=150)
    # Bad files.
    (d / "empty.pdf").write_bytes(b"")
    good = (d / "photo.jpg").read_bytes()
    (d / "truncated.jpg").write_bytes(good[: len(good) // 3])
    (d / "truncated.pdf").write_bytes((d / "contract.pdf").read_bytes()[:300])
    (d / "random.pdf").write_bytes(bytes(range(256)) * 8)
    (d / "page.html.pdf").write_bytes(b"<!DOCTYPE html><html><body>Not a PDF</body></html>")
    c = canvas.Canvas(str(d / "locked.pdf"), encrypt=pdfencrypt.StandardEncryption("secret", strength=128))
    c.drawString(72, 700, "Secret contents of a locked file")
    c.save()
    # Junk that is skipped silently.
    (d / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (d / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0")
    (d / "~$contract.docx").write_bytes(b"lock")
    return d


def read_folder(folder: Path) -> dict[str, FileText]:
    """The folder's readings as `docscheck check` reads them (worker processes, guarded reader)."""
    report = check_dossiers([folder], as_of=date(2026, 9, 20), options=RunOptions(workers=2, use_cache=False))
    return {doc.file.relpath: doc.file for doc in report.dossiers[0].documents}


@pytest.fixture(scope="session")
def dossier_read(uploads: Path) -> dict[str, object]:
    return dict(read_folder(uploads))


@pytest.mark.parametrize(
    "name, kind",
    [
        pytest.param("scan.png", "png", id="png"),
        pytest.param("photo.jpg", "jpeg", id="jpeg"),
        pytest.param("page.webp", "webp", id="webp"),
        pytest.param("IMG_0001.heic", "heif", id="heic"),
        pytest.param("scan.bmp", "bmp", id="bmp"),
        pytest.param("misnamed.pdf", "png", id="png-named-pdf"),
        pytest.param("scanned.pdf", "pdf", id="image-only-pdf"),
    ],
)
def test_each_format_is_ocrd_and_key_words_recovered(dossier_read: dict, name: str, kind: str) -> None:
    f = dossier_read[name]
    assert f.error is None
    assert f.kind == kind
    page = f.pages[0]
    assert page.source is TextSource.OCR
    assert page.confidence is not None and page.confidence > 60
    assert len(found(page.text)) >= 4, page.text


def test_multipage_tiff_gives_every_page(dossier_read: dict) -> None:
    f = dossier_read["two_pages.tiff"]
    assert f.kind == "tiff" and f.page_count == 2 and len(f.pages) == 2
    assert f.pages[0].text.index("VOLONTARIAT") < f.pages[0].text.index("février")
    assert f.pages[1].text.index("février") < f.pages[1].text.index("VOLONTARIAT")


def test_text_layer_pdf_is_not_ocrd(dossier_read: dict) -> None:
    f = dossier_read["contract.pdf"]
    assert f.kind == "pdf" and len(f.pages) == 2
    assert all(p.source is TextSource.TEXT_LAYER and p.confidence is None for p in f.pages)
    assert f.text_source == "text"
    assert "Article 2" in f.pages[1].text


@pytest.mark.parametrize(
    "name, code",
    [
        pytest.param("empty.pdf", "empty_file", id="zero-bytes"),
        pytest.param("truncated.jpg", "truncated_file", id="truncated-jpeg"),
        pytest.param("truncated.pdf", "truncated_file", id="truncated-pdf"),
        pytest.param("random.pdf", "unsupported_format", id="random-bytes"),
        pytest.param("page.html.pdf", "unsupported_format", id="html-named-pdf"),
        pytest.param("locked.pdf", "encrypted_pdf", id="password-pdf"),
    ],
)
def test_bad_files_give_their_specific_error(dossier_read: dict, name: str, code: str) -> None:
    f = dossier_read[name]
    assert f.error is not None and f.error.code == code
    assert f.pages == ()


def test_bad_files_do_not_stop_the_folder_and_junk_is_skipped(dossier_read: dict) -> None:
    assert not any(n in dossier_read for n in (".DS_Store", "Thumbs.db", "~$contract.docx"))
    readable = [n for n, f in dossier_read.items() if f.error is None]
    assert len(readable) == 9
    assert sorted(dossier_read) == list(dossier_read)  # stable order


def test_owner_password_only_pdf_is_read(tmp_path: Path) -> None:
    c = canvas.Canvas(str(tmp_path / "owner.pdf"), encrypt=pdfencrypt.StandardEncryption("", ownerPassword="o", canPrint=0))
    c.drawString(72, 700, "Attestation d'accueil par l'association partenaire")
    c.save()
    f = read_file(tmp_path / "owner.pdf")
    assert f.error is None and "accueil" in f.pages[0].text


def test_mixed_pdf_reads_text_page_and_ocrs_scanned_page(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    text_pdf(tmp_path / "a.pdf", [["Article premier - Objet du contrat de volontariat", "Le volontaire s'engage"]])
    page_image().save(tmp_path / "b.pdf", format="PDF", resolution=150)
    merged = pdfium.PdfDocument.new()
    for name in ("a.pdf", "b.pdf"):
        merged.import_pages(pdfium.PdfDocument(str(tmp_path / name)))
    merged.save(str(tmp_path / "mixed.pdf"))
    f = read_file(tmp_path / "mixed.pdf")
    assert [p.source for p in f.pages] == [TextSource.TEXT_LAYER, TextSource.OCR]
    assert f.text_source == "mixed"
    assert len(found(f.pages[1].text)) >= 4


@pytest.mark.parametrize(
    "turn, exif, expected_rotation",
    [
        pytest.param(90, 6, 0, id="sideways-photo-with-exif"),
        pytest.param(90, None, 90, id="sideways-photo-no-exif"),
        pytest.param(270, None, 270, id="other-way-no-exif"),
        pytest.param(180, None, 180, id="upside-down-scan"),
    ],
)
def test_turned_pages_are_read_upright(tmp_path: Path, turn: int, exif: int | None, expected_rotation: int) -> None:
    # PIL rotates counter-clockwise; EXIF 6 means "turn 90 clockwise to display".
    img = page_image().rotate(turn, expand=True).convert("RGB")
    kw: dict[str, object] = {"quality": 85}
    if exif is not None:
        ex = Image.Exif()
        ex[0x0112] = exif
        kw["exif"] = ex.tobytes()
    img.save(tmp_path / "p.jpg", format="JPEG", **kw)
    page = read_file(tmp_path / "p.jpg").pages[0]
    assert len(found(page.text)) >= 4, page.text
    # Tesseract's layout analysis sometimes reads clean sideways lines by itself, in
    # which case docscheck need not turn the page; when it turns it, it turns it right.
    assert page.rotation in {0, expected_rotation} if turn != 180 else page.rotation == 180


def test_skewed_scan_is_straightened(tmp_path: Path) -> None:
    page_image().rotate(3.5, expand=True, fillcolor=255).save(tmp_path / "skew.png")
    page = read_file(tmp_path / "skew.png").pages[0]
    assert 2.0 <= abs(page.skew) <= 5.0
    assert len(found(page.text)) >= 4, page.text


def test_upright_passport_is_not_turned_by_its_zone(tmp_path: Path) -> None:
    passport_image().save(tmp_path / "passport.png")
    page = read_file(tmp_path / "passport.png").pages[0]
    assert page.rotation == 0
    assert "DIALLO" in page.text and "PASSPORT" in page.text.upper()
    assert page.has_photo


def test_sideways_card_photo_turned_the_way_its_zone_reads(tmp_path: Path) -> None:
    """A generated photo of a Vietnamese identity card lying sideways (its lines read bottom to
    top): OSD proposes the wrong quarter turn (270), whose reading is no better, so the other
    quarter turn is read, and the card with its zone reads upright.  (Before, the zone was
    searched in every direction and the page turned 180 degrees, still sideways, where
    Tesseract's layout analysis happens to read vertical lines.)"""
    from synth import SCENARIOS, build_dossier

    build_dossier(SCENARIOS[1], 8001, tmp_path / "d", renderings=["scan_pdf", "photo"])
    page = read_file(tmp_path / "d" / "IMG_2154.jpg", str(tmp_path)).pages[0]
    assert page.rotation == 90
    assert "IDENTITY CARD" in page.text.upper() and "PHAM" in page.text
    assert page.zone_text is not None and "VNMHP8398520" in page.zone_text


@pytest.mark.parametrize(
    ("text", "upright"),
    [
        pytest.param("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10",
                     True, id="verified-zone"),
        pytest.param("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408123F1204158ZE184226B<<<<<10",
                     True, id="zone-with-two-digits-holding"),
        pytest.param("<" * 44 + "\n" + "<" * 44, False, id="lines-of-fillers"),
        pytest.param("<< >> VIV << ¢ 3 NN\nLL << 0O0 << 1I", False, id="garbage-with-fillers"),
    ],
)
def test_a_page_showing_its_zone_is_upright(text: str, upright: bool) -> None:
    from docscheck.orientation import shows_zone
    from docscheck.tesseract import OcrResult

    assert shows_zone(OcrResult(text, (), 20.0)) is upright


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("", False, id="empty"),
        pytest.param("   \n  ", False, id="blank"),
        pytest.param("(cid:12)(cid:44)(cid:51) (cid:9)", False, id="cid-garbage"),
        pytest.param("ÿþ%$#@ ¤¤ 1234 5678 §§ ^^", False, id="symbol-soup"),
        pytest.param("Page 1", False, id="page-number-only"),
        pytest.param("Contrat de volontariat conclu entre l'association et le volontaire", True, id="real-text"),
        # a form's rows with long dotted leaders: the leaders are no junk
        pytest.param("\n".join(f"{c} {'.' * 90} {v}" for c, v in (("Nom", "SOW"), ("Prénom", "Awa"), ("Ville", "Thiès"),
                                                                  ("Date de fin", "9/10/26"))), True, id="leaders"),
    ],
)
def test_use_text_layer(text: str, expected: bool) -> None:
    assert use_text_layer(text) is expected


def test_scan_with_stamped_header_is_ocrd() -> None:
    assert use_text_layer("Scanned by CamScanner on 2026-03-01", image_coverage=0.95) is False


def test_extract_cli_json(uploads: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(uploads / "contract.pdf"), str(uploads / "locked.pdf"), "--format", "json", "--workers", "1"], catch_exceptions=False)
    assert result.exit_code == 0
    data = json.loads(result.output)
    files = {f["file"]: f for f in data["files"]}
    assert files["contract.pdf"]["pages"][0]["source"] == "text"
    assert files["locked.pdf"]["error"]["code"] == "encrypted_pdf"


def test_extract_cli_text_shows_error_and_text(uploads: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(uploads / "contract.pdf"), str(uploads / "empty.pdf"), "--workers", "1"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "Article 2" in result.output and "empty" in result.output.lower()


def test_inputs_are_never_modified(uploads: Path) -> None:
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in uploads.iterdir()}
    read_folder(uploads)
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in uploads.iterdir()}
    assert before == after


def _png_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def test_pdfs_read_from_several_threads_at_once_do_not_crash_the_process() -> None:
    """Regression: the web server rendered thumbnails in threads while a check counted a PDF's pages
    in another, and PDFium (not thread-safe) crashed the server.  Run in a child: a crash is an exit code."""
    import subprocess
    import sys

    script = (
        "import threading\n"
        "from pathlib import Path\n"
        "from docscheck import pdf, thumbnails\n"
        "files = sorted(Path('samples').rglob('*.pdf'))\n"
        "def facts(f):\n"
        "    with pdf.open_pdf(f) as doc:\n"
        "        return [(pdf.page_info(doc, i), pdf.render_page(doc, i, dpi=40)) for i in range(pdf.page_count(doc))]\n"
        "def work(n):\n"
        "    for _ in range(3):\n"
        "        for f in files:\n"
        "            thumbnails.thumbnail(str(f)) if n % 2 else facts(f)\n"
        "threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]\n"
        "[t.start() for t in threads]\n"
        "[t.join() for t in threads]\n"
        "print('done')\n"
    )
    root = Path(__file__).resolve().parents[1]
    result = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0 and "done" in result.stdout, (result.returncode, result.stderr[-2000:])
