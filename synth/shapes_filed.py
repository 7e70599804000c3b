"""More upload shapes, less regular than synth/shapes.py's: one PDF put together from the files people had.

- `merged_pdf`: the whole dossier merged into one PDF from what the applicant had: the association's
  papers as text pages (as it sent them), the others scanned (image pages) in between, in a shuffled
  order, the association's papers one after the other (a letter right after its contract; the contract's
  last page, printed, signed and scanned back, an image among its text pages), the passport's
  data page photocopied on a landscape sheet (the booklet open, the facing page empty), and a blank page
  the scanner fed between two documents;
- `covered_pdf`: the whole dossier in one text PDF, the contract opening with a cover sheet (its title, the
  association, the year: a few words, no zone) and ending with an annex headed as such (the mission, its
  place and period), the birth certificate scanned sideways (a landscape page), the departure commitment and
  the acceptance certificate next to each other.

`build_filed` is called by `synth.shapes.build_shaped` and returns the documents' truth (type, pages).
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from pathlib import Path

from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from synth import output
from synth.context import DocContext
from synth.formats import fmt_date
from synth.layout import Box, Sheet
from synth.render import SCAN_DPI

FILED_SHAPES = ("merged_pdf", "covered_pdf")

# the association's own papers: what it sends as text PDFs
ASSOCIATION_PAPERS = ("volunteer_contract", "acceptance_certificate", "approval_decision")

Page = Sheet | Image.Image
Truth = tuple[str, tuple[int, ...]]


def mixed_pdf(pages: list[Page], dpi: int = SCAN_DPI) -> bytes:
    """One PDF of text pages (sheets) and image pages (scans), in the given order."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pageCompression=1)
    for page in pages:
        if isinstance(page, Sheet):
            c.setPageSize((page.width, page.height))
            if page.background != (1.0, 1.0, 1.0):
                c.setFillColorRGB(*page.background)
                c.rect(0, 0, page.width, page.height, stroke=0, fill=1)
            for it in page.items:
                output._pdf_item(c, it, page.height)
        else:
            w, h = page.width * 72 / dpi, page.height * 72 / dpi
            c.setPageSize((w, h))
            jpeg = io.BytesIO()
            page.convert("L").save(jpeg, "JPEG", quality=72)
            c.drawImage(ImageReader(io.BytesIO(jpeg.getvalue())), 0, 0, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()


def _landscape_copy(img: Image.Image, rng: random.Random) -> Image.Image:
    """A small page (a passport's data page) photocopied on an A4 sheet laid across: the booklet open on
    the glass, the data page on one half, the facing page empty."""
    sheet = Image.new("L", (int(11.69 * SCAN_DPI), int(8.27 * SCAN_DPI)), 255)
    x, y = int(0.6 * SCAN_DPI) + rng.randrange(40), int(0.8 * SCAN_DPI) + rng.randrange(40)
    if img.height > sheet.height - y:
        # a whole A4 page (a booklet copied on A4) is laid across the sheet sideways, as a person lays it on the
        # glass, not cut at the sheet's edge (which would lose its zone)
        img = img.rotate(90, expand=True)
        x, y = (sheet.width - img.width) // 2, (sheet.height - img.height) // 2
        if x < 0 or y < 0:
            scale = min(sheet.width / img.width, sheet.height / img.height)
            img = img.resize((int(img.width * scale), int(img.height * scale)))
            x, y = (sheet.width - img.width) // 2, (sheet.height - img.height) // 2
    sheet.paste(img.convert("L"), (x, y))
    return output.scan_effect(sheet.convert("RGB"), rng, gray=True)


def _cover(ctx: DocContext, like: Sheet) -> Sheet:
    """A contract's cover sheet: its title, the association, the year; nothing else."""
    cover = Sheet(like.width, like.height)
    mid = like.width / 2
    cover.text(mid, like.height * 0.30, ctx.association.upper(), 16, bold=True, align="center")
    cover.add(Box(mid - 150, like.height * 0.40, 300, 90, stroke=0.2))
    cover.text(mid, like.height * 0.40 + 38, "CONTRAT D'ENGAGEMENT", 18, bold=True, align="center")
    cover.text(mid, like.height * 0.40 + 62, "DE SERVICE VOLONTAIRE", 14, bold=True, align="center")
    cover.text(mid, like.height * 0.62, str(ctx.contract_start.year), 14, align="center")
    return cover


def _annex(ctx: DocContext, like: Sheet) -> Sheet:
    """The contract's annex: the mission, its place and period, headed "Annexe"."""
    p = ctx.person
    annex = Sheet(like.width, like.height)
    annex.text(62, 80, "ANNEXE 1 - FICHE DE MISSION", 14, bold=True)
    rows = (("Volontaire", f"{p.given_names} {p.surname.upper()}"), ("Mission", ctx.mission),
            ("Lieu", ctx.association_city),
            ("Période", f"du {fmt_date(ctx.contract_start, 'dmy_slash')} au {fmt_date(ctx.contract_end, 'dmy_slash')}"))
    for i, (label, value) in enumerate(rows):
        annex.text(62, 120 + 26 * i, f"{label} : {value}", 11)
    annex.text(62, 250, "Cette fiche fait partie du contrat et précise les tâches confiées au volontaire.", 11)
    return annex


def build_filed(shape: str, ctx: DocContext, rng: random.Random, out: Path, kinds: list[str],
                sheets_of: Callable[[str], list[Sheet]],
                scan: Callable[[list[Sheet]], list[Image.Image]]) -> list[Truth]:
    """Write `dossier.pdf` in `shape` with the documents `kinds`; each document's type and pages."""
    pages: list[Page] = []
    truth: list[Truth] = []

    def put(kind: str, drawn: list[Page]) -> None:
        truth.append((kind, tuple(range(len(pages) + 1, len(pages) + len(drawn) + 1))))
        pages.extend(drawn)

    if shape == "merged_pdf":
        theirs = [k for k in kinds if k in ASSOCIATION_PAPERS]
        others = [k for k in kinds if k not in ASSOCIATION_PAPERS]
        rng.shuffle(theirs)
        rng.shuffle(others)
        at = rng.randrange(len(others) + 1)
        order = others[:at] + theirs + others[at:]
        blank_after = rng.randrange(max(len(order) - 1, 1))
        for i, kind in enumerate(order):
            sheets = sheets_of(kind)
            if kind == "volunteer_contract" and len(sheets) > 1:
                put(kind, [*sheets[:-1], *scan(sheets[-1:])])
            elif kind in ASSOCIATION_PAPERS:
                put(kind, list(sheets))
            elif kind == "passport":
                put(kind, [_landscape_copy(im, rng) for im in scan(sheets)])
            else:
                put(kind, list(scan(sheets)))
            if i == blank_after and i < len(order) - 1:
                like = pages[-1]
                size = (like.width, like.height) if isinstance(like, Image.Image) else (
                    int(like.width * SCAN_DPI / 72), int(like.height * SCAN_DPI / 72))
                blank = output.scan_effect(Image.new("RGB", size, (255, 255, 255)), rng, gray=True)
                kind_before, where = truth[-1]
                truth[-1] = (kind_before, (*where, len(pages) + 1))  # a blank page goes with the document before
                pages.append(blank)
    elif shape == "covered_pdf":
        order = list(kinds)
        rng.shuffle(order)
        if "departure_commitment" in order and "acceptance_certificate" in order:
            order.remove("acceptance_certificate")
            order.insert(order.index("departure_commitment") + 1, "acceptance_certificate")
        for kind in order:
            sheets = sheets_of(kind)
            if kind == "volunteer_contract":
                put(kind, [_cover(ctx, sheets[0]), *sheets, _annex(ctx, sheets[0])])
            elif kind == "birth_certificate":
                turned = [im.transpose(rng.choice((Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_270)))
                          for im in scan(sheets)]
                put(kind, list(turned))
            elif kind in ("passport", "visa"):
                put(kind, list(scan(sheets)))
            else:
                put(kind, list(sheets))
    else:
        raise ValueError(f"unknown shape {shape!r}")
    (out / "dossier.pdf").write_bytes(mixed_pdf(pages))
    return truth
