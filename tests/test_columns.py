"""Two documents side by side on one page image: the page text column by column, each document on its own words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from docscheck.columns import COLUMN_BREAK, column_text, columns, gutter
from docscheck.model import DocType, FileText, Page, TextSource
from docscheck.tesseract import OcrWord
from docscheck.understand import understand_documents
from synth.zones import mrv, td3

TODAY = date(2026, 11, 30)
BORN = date(1996, 4, 2)
PASSPORT_ZONE = td3("SEN", "NDIAYE", "AISSATOU", "A01234567", "SEN", BORN, "F", date(2030, 6, 1))
VISA_ZONE = mrv("MRVA", "FRA", "NDIAYE", "AISSATOU", "12345678", "SEN", BORN, "F", date(2027, 8, 31))
BOTH_ZONES = "\n".join(PASSPORT_ZONE) + "\n\n\n" + "\n".join(VISA_ZONE)  # as the zone re-reading gives them


def _spread(gap_x: int = 700) -> list[OcrWord]:
    """A passport's data page at x 0..~550 and a visa at x >= gap_x, Tesseract reading straight across."""
    left = [(f"label{i}", 10) for i in range(20)] + [(PASSPORT_ZONE[0][:40], 0), (PASSPORT_ZONE[1][:40], 0)]
    right = [(f"visa{i}", gap_x + 10) for i in range(20)] + [(VISA_ZONE[0][:36], gap_x), (VISA_ZONE[1][:36], gap_x)]
    words = []
    for i, ((lt, lx), (rt, rx)) in enumerate(zip(left, right, strict=True)):
        # one Tesseract line holding a word of each document: the mixed line the split undoes
        words += [OcrWord(lt, 90.0, lx, 40 * i, 12 * len(lt) if "<" not in lt else 480, 30, (1, 1, i)),
                  OcrWord(rt, 90.0, rx, 40 * i, 12 * len(rt) if "<" not in rt else 430, 30, (1, 1, i))]
    return words


def test_two_zones_at_different_x_with_a_clear_gutter_give_two_columns() -> None:
    words = _spread()
    x = gutter(words)
    assert x is not None and 480 <= x <= 700
    assert column_text(words, "\n".join(PASSPORT_ZONE)) is None  # the zone re-reading saw one document
    text = column_text(words, BOTH_ZONES)
    assert text is not None
    left, right = columns(text)
    assert "label3" in left and "visa3" not in left and PASSPORT_ZONE[0][:40] in left
    assert "visa3" in right and "label3" not in right and VISA_ZONE[0][:36] in right


def test_a_page_with_one_zone_or_words_across_the_gutter_is_read_whole() -> None:
    one_zone = [w for w in _spread() if not w.text.startswith("V<")]
    one_zone = [w for w in one_zone if w.text != VISA_ZONE[1][:36]]
    assert gutter(one_zone) is None
    # a form whose lines run across where a gutter would be: no column
    across = _spread() + [OcrWord("straddling", 90.0, 450, 40 * i, 400, 30, (2, 1, i)) for i in range(10)]
    assert gutter(across) is None
    assert columns("a page\nread whole") == ("a page\nread whole",)


def test_each_document_of_a_page_read_column_by_column_is_understood_on_its_own_words() -> None:
    passport = "\n".join(["PASSEPORT / PASSPORT", "Nom / Surname: NDIAYE", "Prénoms / Given names: AISSATOU",
                          "Date d'expiration / Date of expiry: 01/06/2030", *PASSPORT_ZONE])
    visa = "\n".join(["VISA", "TYPE D", "VALABLE POUR FRANCE", "DU 01/09/2026 AU 31/08/2027", "REMARQUES VLS-TS BENEVOLE",
                      "N° DE PASSEPORT A01234567", *VISA_ZONE])
    page = Page(1, f"{passport}\n{COLUMN_BREAK}\n{visa}", TextSource.OCR, 90.0)
    ft = FileText(path="/x/IMG_1.jpg", relpath="IMG_1.jpg", kind="image", sha256="ab" * 32, size=1000,
                  pages=(page,), page_count=1)
    docs = {d.type: d for d in understand_documents(ft, today=TODAY)}
    assert set(docs) == {DocType.PASSPORT, DocType.VISA}
    assert "VALABLE POUR" not in docs[DocType.PASSPORT].file.pages[0].text
    assert "PASSEPORT / PASSPORT" not in docs[DocType.VISA].file.pages[0].text
    assert docs[DocType.PASSPORT].pages == docs[DocType.VISA].pages == (1,)


def test_a_photo_of_the_open_passport_is_read_column_by_column(tmp_path: Path) -> None:
    from docscheck.text import read_file
    from synth.shapes import build_shaped

    build_shaped("passport_visa_photo", 8, tmp_path)
    ft = read_file(tmp_path / "IMG_passeport.jpg")
    assert len(columns(ft.pages[0].text)) == 2
    docs = {d.type: d for d in understand_documents(ft, today=TODAY)}
    assert set(docs) == {DocType.PASSPORT, DocType.VISA}
    assert docs[DocType.PASSPORT].file.pages[0].text != docs[DocType.VISA].file.pages[0].text
