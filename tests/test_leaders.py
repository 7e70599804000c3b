"""A form's dotted lines erased before OCR: the values written on them are read (real rendering, real Tesseract)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from docscheck.leaders import without_leaders
from docscheck.text import read_file
from synth import output
from synth.layout import Sheet

ROWS = (("Dénomination", "Association Main Tendue"), ("Adresse", "23 rue Sainte-Catherine, 33000 Bordeaux"),
        ("Représentée par", "Sophie Lefèvre"), ("Nom", "SÈNE"), ("Né(e) le", "16/12/2004"))


def _form() -> Image.Image:
    """A scanned form: captions, a dotted line after each, the value written over it by hand."""
    sh = Sheet()
    sh.text(297, 80, "CONTRAT DE VOLONTARIAT", 15, bold=True, align="center")
    y = 140
    for caption, value in ROWS:
        sh.text(60, y, f"{caption} : " + "." * 110, 10)
        sh.text(200, y - 3, value, 12.5, family="hand")
        y += 34
    sh.text(60, y + 20, "Le volontaire exerce sa mission sans lien de subordination.", 10)
    return output.sheet_to_image(sh, 150).convert("L")


def test_a_form_s_dotted_lines_are_erased_and_their_values_read(tmp_path: Path) -> None:
    page = _form()
    clean = without_leaders(page)
    assert clean is not page
    path = tmp_path / "formulaire.png"
    page.save(path)
    text = read_file(path, str(tmp_path)).pages[0].text
    for _caption, value in ROWS:
        assert value.split()[-1] in text, (value, text)


def test_a_page_without_dotted_lines_is_left_as_it_was() -> None:
    sh = Sheet()
    for i in range(12):
        sh.text(60, 80 + i * 24, "Le volontaire s'engage à quitter le territoire français à la fin de sa mission.", 11)
    page = output.sheet_to_image(sh, 150).convert("L")
    assert without_leaders(page) is page


def test_the_dots_of_a_page_turned_sideways_are_erased_too() -> None:
    page = _form().rotate(90, expand=True, fillcolor=255)
    clean = without_leaders(page)
    erased = sum(a != b for a, b in zip(page.tobytes(), clean.tobytes(), strict=True))
    assert erased > 500  # the dots' pixels, a few hundred or more


def test_a_zone_s_fillers_are_no_dotted_line() -> None:
    """A passport's zone in small print: its "<" fillers run evenly along the line, but they are a letter's size,
    not a dot's; the page is left as it was."""
    from datetime import date

    from synth.zones import td3

    sh = Sheet()
    sh.text(60, 80, "PASSEPORT / PASSPORT", 12, bold=True)
    for i, (caption, value) in enumerate((("Nom / Surname", "DIALLO"), ("Prénoms / Given names", "AWA"))):
        sh.text(60, 120 + 30 * i, f"{caption}: {value}", 10)
    for i, line in enumerate(td3("SEN", "DIALLO", "AWA", "A01234567", "SEN", date(1996, 4, 2), "F", date(2030, 6, 1))):
        sh.text(60, 220 + 16 * i, line, 5.5, family="mono")
    page = output.sheet_to_image(sh, 150).convert("L")
    assert without_leaders(page) is page
