"""Letters closed and photos placed as people make them in a word processor (the dev_closings families): real
PDFs drawn by the generator's pieces, read through the real reader.

"Letter by which you agree to leave the territory": a letter one signs, said unsigned only on evidence of
absence; "consular attestation with photo": the photo seen where the PDF places it as a picture.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from docscheck.checklist.signature import signing
from docscheck.model import DocType, TextSource
from docscheck.text import read_file
from docscheck.understand import understand
from synth.documents.dev_closings import ink_picture, photo_picture, round_stamp
from synth.documents.dev_ink import BLUE, scrawl
from synth.layout import Picture, Sheet
from synth.output import sheets_to_pdf

LETTER = [
    "Je soussigné Kofi MENSAH, né le 3 mars 1999 à Accra (Ghana), volontaire auprès de",
    "l'association Horizons Partagés, m'engage sur l'honneur à quitter le territoire français",
    "à la fin de mon contrat de volontariat, le 31 août 2027.",
    "Je ne solliciterai pas d'autre titre de séjour à ce titre.",
    "Fait à Lyon, le 5 janvier 2026",
]


def _letter_sheet(lines: list[str] = LETTER) -> Sheet:
    sh = Sheet()
    sh.text(200, 70, "ENGAGEMENT DE QUITTER LE TERRITOIRE", 13, bold=True)
    for i, line in enumerate(lines):
        sh.text(62, 120 + 18 * i, line, 10.5, family="serif")
    return sh


def _read(tmp: Path, sheets: list[Sheet], name: str = "lettre.pdf") -> tuple[object, object]:
    path = tmp / name
    path.write_bytes(sheets_to_pdf(sheets))
    ft = read_file(path, tmp)
    return ft, understand(ft)


def _verdict(doc: object) -> bool | None:
    field = doc.fields.get("signed")  # type: ignore[attr-defined]
    value = field.value if field else None
    return signing(doc, None if value in (None, "") else bool(value)).signed  # type: ignore[arg-type]


@pytest.mark.parametrize("closing", [["Kofi MENSAH"], ["Signature du volontaire :", "Kofi MENSAH"]],
                         ids=["typed-name", "label-and-name"])
def test_a_born_digital_letter_drawing_nothing_where_a_signature_may_stand_is_unsigned(
        tmp_path: Path, closing: list[str]) -> None:
    # a typed name and a place to sign are printed alike on signed and unsigned letters; a drawn signature on a
    # born-digital page can only be a picture, a path or an annotation: none there is evidence of absence
    ft, doc = _read(tmp_path, [_letter_sheet(LETTER + closing)])
    page = ft.pages[-1]  # type: ignore[attr-defined]
    assert page.source is TextSource.TEXT_LAYER and page.draws_nothing and not page.has_drawing
    assert doc.type is DocType.DEPARTURE_COMMITMENT  # type: ignore[attr-defined]
    assert _verdict(doc) is False


@pytest.mark.parametrize(("paper", "width"), [("white", 90.0), ("scan", 150.0), ("none", 120.0)],
                         ids=["small-white", "greyish-scan", "cut-out"])
def test_a_pasted_signature_picture_never_leaves_a_letter_unsigned(tmp_path: Path, paper: str, width: float) -> None:
    # a scanned signature pasted as a picture, whatever its paper and size: signed when its ink is seen, to
    # verify otherwise, never unsigned
    sh = _letter_sheet()
    height = width * 0.36
    sh.add(Picture(300, 240, width, height,
                   ink_picture(random.Random(3), width, height, rgb=BLUE, paper=paper), ink=True))
    ft, doc = _read(tmp_path, [sh])
    page = ft.pages[-1]  # type: ignore[attr-defined]
    assert not page.draws_nothing and (page.has_signature_mark or page.has_drawing)
    assert _verdict(doc) is not False


def test_a_wide_signature_picture_is_a_drawing_that_may_hide_a_signature(tmp_path: Path) -> None:
    # wider than any pen's mark: the image does not show it as one, yet the page draws it where a signature stands
    sh = _letter_sheet()
    sh.add(Picture(70, 240, 440, 90, ink_picture(random.Random(5), 440, 90, rgb=BLUE, paper="white"), ink=True))
    ft, doc = _read(tmp_path, [sh])
    assert ft.pages[-1].has_drawing and _verdict(doc) is not False  # type: ignore[attr-defined]


def test_a_signature_carried_over_to_a_last_page_above_the_typed_name_is_seen(tmp_path: Path) -> None:
    # the page break falls after "Fait à ..., le": the last page holds the pasted signature, the typed name under
    # it and the page number; with so few words the page has no header, the signature may stand anywhere
    first = _letter_sheet()
    first.text(297, 812, "1/2", 9, align="center")
    last = Sheet()
    last.add(Picture(380, 90, 140, 50, ink_picture(random.Random(7), 140, 50, paper="none"), ink=True))
    last.text(380, 160, "Kofi MENSAH", 12, family="serif")
    last.text(297, 812, "2/2", 9, align="center")
    ft, doc = _read(tmp_path, [first, last])
    assert ft.pages[-1].has_signature_mark  # type: ignore[attr-defined]
    assert _verdict(doc) is True
    # the same letter without it: nothing drawn on either page, unsigned
    bare = Sheet(items=[it for it in last.items if not isinstance(it, Picture)])
    _, doc = _read(tmp_path, [first, bare], "sans.pdf")
    assert _verdict(doc) is False


def test_a_round_stamp_cut_by_its_words_is_no_signature_but_a_mark_across_it_is(tmp_path: Path) -> None:
    # the association's name wider than the inner ring: the words' boxes cut the rings into arcs, which follow one
    # circle round more than half its turn: a stamp, not a pen
    sh = _letter_sheet(LETTER + ["Kofi MENSAH"])
    round_stamp(sh, 420, 330, 40, "SECOURS SOLIDAIRE DES QUARTIERS")
    ft, doc = _read(tmp_path, [sh])
    assert not ft.pages[0].has_signature_mark and _verdict(doc) is None  # type: ignore[attr-defined]
    scrawl(sh, 360, 336, random.Random(2), rgb=BLUE)
    ft, doc = _read(tmp_path, [sh], "signee.pdf")
    assert ft.pages[0].has_signature_mark and _verdict(doc) is True  # type: ignore[attr-defined]


@pytest.mark.parametrize("grey", [False, True], ids=["colour", "grey"])
def test_a_pale_photo_placed_as_a_picture_is_a_photo(tmp_path: Path, grey: bool) -> None:
    # a small ID photo on a pale backdrop, printed from a consulate's software: no dark block on the page's image,
    # but a picture of a portrait photo's shape, size and tones where the PDF places it
    def sheet(photo: bool) -> Sheet:
        sh = Sheet()
        sh.text(62, 80, "ATTESTATION CONSULAIRE D'IDENTITÉ", 13, bold=True)
        for i, line in enumerate(("Nom : MENSAH", "Prénom(s) : Kofi", "Date de naissance : 03/03/1999",
                                  "Nationalité : ghanéenne")):
            sh.text(62, 130 + 18 * i, line, 10.5)
        if photo:
            sh.add(Picture(460, 100, 52, 66, photo_picture(random.Random(1), 52, 66, grey=grey)))
        # a signature pasted as a picture is no photo, whatever it shows
        sh.add(Picture(62, 300, 150, 50, ink_picture(random.Random(4), 150, 50, paper="scan")))
        return sh

    with_photo, _ = _read(tmp_path, [sheet(True)], "avec.pdf")
    without, _ = _read(tmp_path, [sheet(False)], "sans.pdf")
    assert with_photo.pages[0].has_photo and not without.pages[0].has_photo  # type: ignore[attr-defined]


def test_a_name_typed_in_a_script_face_as_a_signature_is_to_verify_not_unsigned(tmp_path: Path) -> None:
    # a signature made of text: the name set in a slanted face under the date, nothing drawn; whether it signs the
    # letter is for a person to judge, and the page shows no absence
    sh = _letter_sheet()
    sh.text(380, 250, "K. Mensah", 20, family="hand")
    ft, doc = _read(tmp_path, [sh])
    assert not ft.pages[0].draws_nothing and _verdict(doc) is None  # type: ignore[attr-defined]


def test_a_born_digital_letter_drawing_something_unseen_is_to_verify_not_unsigned(tmp_path: Path) -> None:
    # the converse of "nothing drawn is evidence of absence": a page that draws something the mark search does not
    # take for a mark (here a small picture in the letterhead, above the text) may carry its signature there, as
    # well as a logo; docscheck cannot tell which, so the letter is to verify, never reported unsigned
    sh = _letter_sheet()
    sh.add(Picture(62, 22, 40, 16, ink_picture(random.Random(5), 40, 16, rgb=BLUE, paper="white"), ink=True))
    ft, doc = _read(tmp_path, [sh])
    page = ft.pages[-1]  # type: ignore[attr-defined]
    assert page.source is TextSource.TEXT_LAYER and not page.draws_nothing
    assert not page.has_signature_mark and page.has_drawing
    assert _verdict(doc) is None


def test_a_born_digital_page_of_few_words_read_by_ocr_gets_no_legibility_verdict(tmp_path: Path) -> None:
    # page 2 holds only the signature, the name and "2/2": too few words for its text layer, so it is OCR'd; a page
    # the PDF draws and docscheck renders is no capture a retake would mend (it was reported "washed out")
    last = Sheet()
    scrawl(last, 400, 120, random.Random(3))
    last.text(400, 160, "Kofi MENSAH", 10.5, family="serif")
    last.text(290, 800, "2/2", 8)
    ft, doc = _read(tmp_path, [_letter_sheet(), last])
    page = ft.pages[1]  # type: ignore[attr-defined]
    assert page.source is TextSource.OCR and page.quality is None
    assert doc.classification.type is DocType.DEPARTURE_COMMITMENT  # type: ignore[attr-defined]
