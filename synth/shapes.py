"""Dossiers whose files are not one document each: the shapes people actually upload.

- `passport_visa_pdf`: the passport's data page and the visa page in one scanned PDF;
- `passport_visa_photo`: one photo of the open passport, data page and visa side by side;
- `whole_dossier_pdf`: every document in one PDF, some pages scanned, some clean;
- `contract_pages`: the contract photographed page by page (only the first page titled);
- `id_card_sides`: an identity card's front and back in two photos (the zone on the back);
- `blank_page`: a document scanned with a blank page after it;
- `passport_cover_pdf`: the passport scanned from its cover: cover, data page and visa page in one PDF;
- `dossier_as_filed_pdf`: the whole dossier in one scanned PDF in an order people file it (documents
  shuffled: the visa page may come after the contract, far from its passport), two copies of the birth
  certificate one after the other, and one page scanned sideways;
- `merged_pdf`, `covered_pdf`: less regular ones, in synth/shapes_filed.py (text and scanned pages in one PDF,
  a landscape page, a cover sheet and an annex, papers of one sender one after the other).

Each dossier is otherwise complete; `DocumentTruth` says which documents lie where.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from synth import output
from synth.context import DocContext, make_context
from synth.documents.cards import _label, _zone
from synth.families import SPLITS, choose
from synth.families import family as template_family
from synth.layout import Ellipse, Sheet
from synth.render import PHOTO_DPI, SCAN_DPI, shows_passport_zone
from synth.scenarios import BASE_DOCS
from synth.shapes_filed import FILED_SHAPES, build_filed
from synth.zones import td1

SHAPES = ("passport_visa_pdf", "passport_visa_photo", "whole_dossier_pdf", "contract_pages", "id_card_sides",
          "blank_page", "passport_cover_pdf", "dossier_as_filed_pdf", *FILED_SHAPES)


@dataclass(frozen=True)
class DocumentTruth:
    """One document of a shaped dossier: its type and where it lies (file -> page numbers)."""

    doc_type: str
    parts: tuple[tuple[str, tuple[int, ...]], ...]


@dataclass(frozen=True)
class ShapedTruth:
    shape: str
    seed: int
    folder: str
    arrival: str
    filing: str
    expected_status: str
    documents: tuple[DocumentTruth, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "shape": self.shape, "seed": self.seed, "arrival": self.arrival, "filing": self.filing,
            "status": self.expected_status,
            "documents": [{"doc_type": d.doc_type, "parts": [[f, list(p)] for f, p in d.parts]} for d in self.documents],
        }


def _sheets(kind: str, ctx: DocContext, rng: random.Random, families: str) -> list[Sheet]:
    sheets, _truth = template_family(kind, choose(kind, rng, families).number).build(ctx, rng)
    return sheets


def _scan(sheets: list[Sheet], rng: random.Random, clean: bool = False) -> list[Image.Image]:
    imgs = [output.sheet_to_image(s, SCAN_DPI) for s in sheets]
    return [im.convert("L") if clean else output.scan_effect(im, rng, gray=True) for im in imgs]


def _blank(like: Image.Image, rng: random.Random) -> Image.Image:
    return output.scan_effect(Image.new("RGB", like.size, (255, 255, 255)), rng, gray=True)


def _card_sides(ctx: DocContext) -> tuple[Sheet, Sheet]:
    """An identity card's front (no zone) and back (address and the TD1 zone)."""
    p = ctx.shown("photo_id")
    c = p.country
    front = Sheet(660, 430, background=(0.92, 0.95, 0.92))
    front.text(330, 30, f"{c.name_fr.upper()} - CARTE NATIONALE D'IDENTITÉ", 15, bold=True, align="center")
    front.text(330, 50, "NATIONAL IDENTITY CARD", 12, align="center")
    front.photo(22, 66, 140, 180)
    _label(front, 185, 72, "Nom / Surname", p.surname.upper())
    _label(front, 185, 110, "Prénoms / Given names", p.given_names.upper())
    _label(front, 185, 148, "N° de la carte / Card No.", ctx.id_number)
    _label(front, 185, 186, "Date d'expiration / Date of expiry", ctx.id_expiry.strftime("%d/%m/%Y"))
    back = Sheet(660, 430, background=(0.92, 0.95, 0.92))
    _label(back, 40, 60, "Adresse / Address", "12 RUE DU MARCHE")
    lines = td1(c.code, p.surname, p.given_names, ctx.id_number, c.code, p.date_of_birth, p.sex, ctx.id_expiry)
    _zone(back, lines, 318)
    return front, back


def _cover(ctx: DocContext, like: Sheet) -> Sheet:
    """A passport's cover: the state's name and the word PASSPORT in light letters on a dark board."""
    c = ctx.shown("passport").country
    cover = Sheet(like.width, like.height, background=(0.12, 0.22, 0.30))
    mid = like.width / 2
    cover.text(mid, like.height * 0.18, c.name_fr.upper(), 18, bold=True, align="center", gray=0.9)
    cover.add(Ellipse(mid - 45, like.height * 0.3, 90, 90, fill=0.75))
    cover.text(mid, like.height * 0.62, "PASSEPORT", 22, bold=True, align="center", gray=0.9)
    cover.text(mid, like.height * 0.70, "PASSPORT", 18, align="center", gray=0.9)
    return cover


def scanned_dossier_pages(seed: int, families: str = "default") -> list[Image.Image]:
    """Every page of one applicant's documents as scanned images (for long scanned dossier PDFs)."""
    rng = random.Random(f"pages:{seed}")
    ctx = make_context(rng)
    return [im for kind in BASE_DOCS for im in _scan(_sheets(kind, ctx, rng, families), rng)]


def _sideways(img: Image.Image, rng: random.Random) -> Image.Image:
    """A page laid on the scanner glass across: turned a quarter either way."""
    return img.transpose(rng.choice((Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_270)))


def build_shaped(shape: str, seed: int, out_dir: Path, families: str = "default",
                 only: tuple[str, ...] | None = None) -> ShapedTruth:
    """Write one complete dossier in `shape` to `out_dir` and say which documents lie where.

    `only`: only these documents (a test's smaller dossier); the dossier is then not complete."""
    if shape not in SHAPES:
        raise ValueError(f"unknown shape {shape!r}; known: {', '.join(SHAPES)}")
    if families not in SPLITS:
        raise ValueError(f"unknown family split {families!r}")
    rng = random.Random(f"shape:{shape}:{seed}")
    ctx = make_context(rng)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    docs: list[DocumentTruth] = []
    kinds = list(only or BASE_DOCS)
    status = "complete" if set(kinds) >= set(BASE_DOCS) else "incomplete"

    passport_on_visa = False

    def sheets_of(kind: str) -> list[Sheet]:
        nonlocal passport_on_visa
        sheets = _sheets(kind, ctx, rng, families)
        if kind == "visa" and shows_passport_zone(sheets):
            passport_on_visa = True  # the visa page's copy holds the passport's data page too
        return sheets

    def text_pdf(kind: str, name: str | None = None) -> None:
        sheets = sheets_of(kind)
        name = name or f"{kind}.pdf"
        (out / name).write_bytes(output.sheets_to_pdf(sheets))
        docs.append(DocumentTruth(kind, ((name, tuple(range(1, len(sheets) + 1))),)))

    if shape == "passport_cover_pdf":
        pas, vis = sheets_of("passport"), sheets_of("visa")
        (out / "passeport.pdf").write_bytes(output.scan_pdf_bytes(_scan([_cover(ctx, pas[0]), *pas, *vis], rng), SCAN_DPI))
        docs += [DocumentTruth("passport", (("passeport.pdf", tuple(range(1, len(pas) + 2))),)),
                 DocumentTruth("visa", (("passeport.pdf", (len(pas) + 2,)),))]
        kinds = [k for k in kinds if k not in ("passport", "visa")]
    elif shape in ("passport_visa_pdf", "passport_visa_photo"):
        pas, vis = sheets_of("passport"), sheets_of("visa")
        if shape == "passport_visa_pdf":
            (out / "passeport.pdf").write_bytes(output.scan_pdf_bytes(_scan(pas + vis, rng), SCAN_DPI))
            docs += [DocumentTruth("passport", (("passeport.pdf", (1,)),)),
                     DocumentTruth("visa", (("passeport.pdf", (2,)),))]
        else:
            a, b = (output.sheet_to_image(s, PHOTO_DPI) for s in (pas[0], vis[0]))
            spread = Image.new("RGB", (a.width + b.width + 20, max(a.height, b.height)), (250, 248, 240))
            spread.paste(a, (0, 0))
            spread.paste(b, (a.width + 20, 0))
            (out / "IMG_passeport.jpg").write_bytes(output.jpeg_bytes(output.photo_effect(spread, rng), quality=85))
            docs += [DocumentTruth("passport", (("IMG_passeport.jpg", (1,)),)),
                     DocumentTruth("visa", (("IMG_passeport.jpg", (1,)),))]
        kinds = [k for k in kinds if k not in ("passport", "visa")]
    elif shape == "whole_dossier_pdf":
        images: list[Image.Image] = []
        for kind in kinds:
            imgs = _scan(sheets_of(kind), rng, clean=rng.random() < 0.5)
            docs.append(DocumentTruth(kind, (("dossier.pdf", tuple(range(len(images) + 1, len(images) + len(imgs) + 1))),)))
            images += imgs
        (out / "dossier.pdf").write_bytes(output.scan_pdf_bytes(images, SCAN_DPI))
        kinds = []
    elif shape == "dossier_as_filed_pdf":
        rng.shuffle(kinds)
        pages: list[Image.Image] = []
        for kind in kinds:
            # two copies of the birth certificate, each scanned on its own: a second copy is the same paper again (an
            # original and its translation, worded otherwise, are one document)
            drawn = sheets_of(kind)
            for _copy in range(2 if kind == "birth_certificate" else 1):
                imgs = _scan(drawn, rng)
                docs.append(DocumentTruth(kind, (("dossier.pdf", tuple(range(len(pages) + 1, len(pages) + len(imgs) + 1))),)))
                pages += imgs
        turned = rng.randrange(len(pages))
        pages[turned] = _sideways(pages[turned], rng)
        (out / "dossier.pdf").write_bytes(output.scan_pdf_bytes(pages, SCAN_DPI))
        kinds = []
    elif shape in FILED_SHAPES:
        placed = build_filed(shape, ctx, rng, out, kinds, sheets_of,
                             lambda sheets: _scan(sheets, rng))
        docs += [DocumentTruth(kind, (("dossier.pdf", pages),)) for kind, pages in placed]
        kinds = []
    elif shape == "contract_pages":
        sheets = sheets_of("volunteer_contract")
        names = [f"IMG_{1000 + 7 * i}.jpg" for i in range(len(sheets))]
        for name, sheet in zip(names, sheets, strict=True):
            pic = output.photo_effect(output.sheet_to_image(sheet, PHOTO_DPI), rng)
            (out / name).write_bytes(output.jpeg_bytes(pic, quality=80))
        docs.append(DocumentTruth("volunteer_contract", tuple((n, (1,)) for n in names)))
        kinds.remove("volunteer_contract")
    elif shape == "id_card_sides":
        for name, side in zip(("cni_recto.jpg", "cni_verso.jpg"), _card_sides(ctx), strict=True):
            pic = output.photo_effect(output.sheet_to_image(side, PHOTO_DPI * 1.6), rng)
            (out / name).write_bytes(output.jpeg_bytes(pic, quality=85))
        docs.append(DocumentTruth("photo_id", (("cni_recto.jpg", (1,)), ("cni_verso.jpg", (1,)))))
        kinds.remove("passport")
    elif shape == "blank_page":
        kind = rng.choice(("birth_certificate", "acceptance_certificate", "departure_commitment"))
        imgs = _scan(sheets_of(kind), rng)
        imgs.append(_blank(imgs[-1], rng))
        (out / "scan_blank.pdf").write_bytes(output.scan_pdf_bytes(imgs, SCAN_DPI))
        docs.append(DocumentTruth(kind, (("scan_blank.pdf", tuple(range(1, len(imgs) + 1))),)))
        kinds.remove(kind)
    for kind in kinds:
        text_pdf(kind)
    if passport_on_visa:
        docs += [DocumentTruth("passport", d.parts) for d in docs if d.doc_type == "visa"]
    person = ctx.person
    applicant = f"{person.given_names} {person.surname}"
    (out / "dossier.toml").write_text(
        f'arrival = {ctx.arrival.isoformat()}\nfiling = {ctx.filing.isoformat()}\napplicant = "{applicant}"\n',
        encoding="utf-8")
    return ShapedTruth(shape, seed, out.name, ctx.arrival.isoformat(), ctx.filing.isoformat(), status, tuple(docs))
