"""Regression tests for the reader's five patterns of real documents, on our own development
documents (tests/devdocs.py) rendered as text PDFs and as scans read by the real Tesseract."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from devdocs import APPROVAL_DECISIONS, BY_WHAT_THEY_ARE, DEPARTURE_LETTERS, VISAS, write_pdf, write_scan

from docscheck.model import DocType, Document, FileText, Page, TextSource, Zone
from docscheck.understand import understand

RENDERINGS = ("pdf", "scan")


def _read(text: str, name: str, rendering: str, root: Path) -> Document:
    from docscheck.text import read_file

    path = root / f"{name}.{'pdf' if rendering == 'pdf' else 'png'}"
    (write_pdf if rendering == "pdf" else write_scan)(text, path)
    return understand(read_file(path, root), today=date(2026, 3, 1))


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return Path(tmp_path_factory.mktemp("devdocs"))


# 1. a letter in which the volunteer promises to leave is the departure letter, whatever it mentions
@pytest.mark.parametrize("rendering", RENDERINGS)
@pytest.mark.parametrize("name", sorted(DEPARTURE_LETTERS))
def test_departure_letter_mentioning_its_contract(name: str, rendering: str, root: Path) -> None:
    doc = _read(DEPARTURE_LETTERS[name], name, rendering, root)
    assert doc.type is DocType.DEPARTURE_COMMITMENT, doc.classification
    assert any(e.startswith("first person commits to leave") for e in doc.classification.evidence)


# 3. the association's name in the body of an approval decision, between quotes
@pytest.mark.parametrize("rendering", RENDERINGS)
@pytest.mark.parametrize("name", sorted(APPROVAL_DECISIONS))
def test_association_named_in_the_decision_body(name: str, rendering: str, root: Path) -> None:
    text, association = APPROVAL_DECISIONS[name]
    doc = _read(text, name, rendering, root)
    assert doc.type is DocType.APPROVAL_DECISION, doc.classification
    assert doc.fields["association"].value == association
    assert doc.fields["association"].source.startswith("sentence:")


# 2 and 3. a document classified by its title and by who speaks, its fields read by meaning
@pytest.mark.parametrize("rendering", RENDERINGS)
@pytest.mark.parametrize("name", sorted(BY_WHAT_THEY_ARE))
def test_document_by_what_it_is(name: str, rendering: str, root: Path) -> None:
    text, doc_type, want = BY_WHAT_THEY_ARE[name]
    doc = _read(text, name, rendering, root)
    assert doc.type.value == doc_type, doc.classification
    got = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in
           ((k, doc.fields[k].value) for k in want if k in doc.fields)}
    assert got == want, {k: (f.value, f.source) for k, f in doc.fields.items()}


def test_mission_label_inside_a_date_label_is_not_the_mission(root: Path) -> None:
    text, _, _ = BY_WHAT_THEY_ARE["convention_mission_article"]
    doc = _read(text, "convention_mission", "pdf", root)
    assert "ateliers de lecture" in str(doc.fields["mission"].value)


# 3. a visa's first day and category on several layouts
@pytest.mark.parametrize("rendering", RENDERINGS)
@pytest.mark.parametrize("name", sorted(VISAS))
def test_visa_validity_and_category(name: str, rendering: str, root: Path) -> None:
    text, want = VISAS[name]
    doc = _read(text, name, rendering, root)
    assert doc.type is DocType.VISA, doc.classification
    got = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in
           ((k, doc.fields[k].value) for k in want if k in doc.fields)}
    assert got == want, {k: (f.value, f.source) for k, f in doc.fields.items()}


# 2. a verified zone classifies the document and gives its fields whatever the page text
def _zone_lines(kind: str) -> str:
    from docscheck.mrz import check_digit as cd

    num, birth, expiry = "X4472913<", "920517", "300414"
    if kind == "TD1":
        upper = f"IDUTO{num}{cd(num)}" + "<" * 15
        lower = f"{birth}{cd(birth)}F{expiry}{cd(expiry)}UTO" + "<" * 11
        composite = upper[5:30] + lower[0:7] + lower[8:15] + lower[18:29]
        return "\n".join((upper, lower + cd(composite), "SALVADOR<<INES" + "<" * 16))
    code = "P<" if kind == "TD3" else "VD"
    upper = (code + "UTOSALVADOR<<INES").ljust(44, "<")
    body = f"{num}{cd(num)}UTO{birth}{cd(birth)}F{expiry}{cd(expiry)}"
    if kind == "TD3":
        body += "<" * 14 + cd("<" * 14)
        body += cd(body[0:10] + body[13:20] + body[21:43])
    return upper + "\n" + body.ljust(44, "<")


@pytest.mark.parametrize(("kind", "expected"), [("TD3", DocType.PASSPORT), ("TD1", DocType.PHOTO_ID),
                                                ("MRVA", DocType.VISA)])
def test_verified_zone_on_an_empty_page(kind: str, expected: DocType) -> None:
    page = Page(number=1, text="", source=TextSource.OCR, confidence=0.0, zone_text=_zone_lines(kind))
    ft = FileText(path="/x/card.png", relpath="card.png", kind="png", sha256="", size=0, pages=(page,))
    doc = understand(ft, today=date(2026, 1, 1))
    assert isinstance(doc.zone, Zone) and doc.zone.valid, doc.zone
    assert doc.type is expected and doc.classification.confidence > 0.5, doc.classification
    assert "no text" not in doc.classification.evidence
    assert doc.fields["document_number"].value == "X4472913"
    assert doc.fields["document_number"].source == "zone"


def test_unverified_zone_on_an_empty_page_gives_the_type_not_the_fields() -> None:
    lines = _zone_lines("TD3").split("\n")
    lines[1] = lines[1][:9] + str((int(lines[1][9]) + 1) % 10) + lines[1][10:]  # a number check digit that fails
    page = Page(number=1, text="", source=TextSource.OCR, confidence=0.0, zone_text="\n".join(lines))
    ft = FileText(path="/x/p.png", relpath="p.png", kind="png", sha256="", size=0, pages=(page,))
    doc = understand(ft, today=date(2026, 1, 1))
    assert doc.type is DocType.PASSPORT and doc.classification.evidence[0].endswith("(unverified)")
    assert "document_number" not in doc.fields or doc.fields["document_number"].source != "zone"
