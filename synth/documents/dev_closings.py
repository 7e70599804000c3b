"""Development families (session 8): how a born-digital letter closes, and how a certificate shows its photo.

Modelled on letters typed in a word processor and signed as people do at home: the
signature scanned or photographed once and pasted as a picture (grey or blue ink,
on its own white or greyish paper, or cut out on a transparent background, small or
large), the signer named only in the opening ("Je soussigné ..."), the place and date
and the name on one line in two columns, the closing in a two-cell table, a signature
picture made by an online "type your signature" tool, the page break falling between
the date and the signature (page 2 holds the picture and the typed name alone), a mark
drawn across the association's round stamp.  Every signature is a `Stroke` or an ink
`Picture`, so that an unsigned rendering shows no trace of it.

And identity papers whose photo is a picture in the PDF (a consulate's attestation
printed from its software with the photo in colour or grey, a nationality certificate
with a small grey photo by the signature under a round stamp, a consular card with
the photo on the right and the stamp across it), each drawn without its photo when
the scenario asks.
"""

from __future__ import annotations

import io
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from synth.context import DocContext
from synth.documents.common import Built, civ, consular_card_truth, du, ne, person_truth
from synth.documents.dev_common import acronym
from synth.documents.dev_ink import BLUE, _loops, scrawl
from synth.formats import fmt_date
from synth.identity import Identity
from synth.layout import A4, Box, Flow, Picture, Sheet, Stroke, font_name, font_path

KIND = "departure_commitment"
_PX = 4  # picture pixels per point
BLACK = (0.08, 0.08, 0.1)
GREY_INK = (0.45, 0.46, 0.5)


def _truth(p: Identity, ctx: DocContext) -> dict[str, str]:
    return person_truth(p) | {"signature_date": ctx.commitment_date.isoformat(), "commits_to_leave": "true",
                              "language": "fr"}


def _where(ctx: DocContext, p: Identity) -> str:
    return p.place_of_birth if ctx.commitment_date < ctx.arrival else ctx.association_city


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def ink_picture(rng: random.Random, w: float, h: float, *, rgb: tuple[float, float, float] = BLUE,
                paper: str = "white") -> bytes:
    """A signature scanned or photographed once, as people paste it: loops of ink on `paper` ("white", "scan":
    greyish with grain, or "none": cut out on a transparent background)."""
    W, H = round(w * _PX), round(h * _PX)
    pts = _loops(rng)
    xs, ys = [x for x, _ in pts], [y for _, y in pts]
    k = min((W * 0.86) / (max(xs) - min(xs)), (H * 0.8) / max(1.0, max(ys) - min(ys)))
    ox, oy = W * 0.07 - min(xs) * k, H * 0.1 - min(ys) * k
    mask = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(mask)
    d.line([(ox + x * k, oy + y * k) for x, y in pts], fill=255, width=max(2, round(rng.uniform(0.9, 1.6) * _PX)),
           joint="curve")
    if rng.random() < 0.6:
        d.line([(W * 0.9, H * 0.8), (W * rng.uniform(0.15, 0.4), H * 0.9)], fill=255, width=max(2, _PX))
    mask = mask.filter(ImageFilter.GaussianBlur(0.8))
    colour = tuple(round(v * 255) for v in rgb)
    if paper == "none":
        img = Image.new("RGBA", (W, H), (*colour, 0))
        img.putalpha(mask)
        return _png(img)
    base = 255 if paper == "white" else rng.randint(222, 238)
    grain = np.random.default_rng(rng.getrandbits(32)).normal(0, 0 if paper == "white" else 4, (H, W, 1))
    bg = np.clip(np.full((H, W, 3), base, np.float64) + grain, 0, 255)
    a = np.asarray(mask, np.float64)[..., None] / 255
    out = bg * (1 - a) + np.array(colour, np.float64) * a
    return _png(Image.fromarray(out.astype(np.uint8), "RGB"))


def typed_signature_picture(name: str, h: float) -> bytes:
    """What an online "type your signature" tool gives: the name in a slanted face, dark blue on transparency."""
    font = ImageFont.truetype(font_path(font_name("hand", False)), round(h * 0.62 * _PX))
    left, top, right, bottom = (round(v) for v in font.getbbox(name))
    img = Image.new("RGBA", (right - left + 8 * _PX, round(h * _PX)), (20, 30, 110, 0))
    mask = Image.new("L", img.size, 0)
    ImageDraw.Draw(mask).text((4 * _PX - left, (img.height - (bottom - top)) // 2 - top), name, fill=255, font=font)
    img.putalpha(mask)
    return _png(img)


class _Ring(Stroke):
    """A stamp's ring: drawn like a stroke, but printed ink, kept in an unsigned rendering."""

    ink = False


def round_stamp(sh: Sheet, cx: float, cy: float, r: float, words: str) -> None:
    """An association's round stamp in violet ink: two rings (stroked, not filled) and its name inside."""
    col = (0.45, 0.3, 0.6)
    for rr in (r, r - 5):
        ring = tuple((cx + rr * math.cos(t / 36 * 2 * math.pi), cy + rr * math.sin(t / 36 * 2 * math.pi))
                     for t in range(37))
        sh.add(_Ring(ring, width=1.3 if rr == r else 0.6, rgb=col))
    sh.text(cx, cy - 3, words[:18], 6.5, align="center", gray=0.45)
    sh.text(cx, cy + 7, words[18:36], 6.5, align="center", gray=0.45)


def _letterhead(f: Flow, ctx: DocContext, p: Identity) -> None:
    """A word-processor letter's sender block (left) and addressee (right)."""
    f.para(f"{p.given_names} {p.surname.upper()}", bold=True, after=0)
    f.para(f"{ctx.association_address}", size=10, after=0)
    f.para(f"{p.given_names.split()[0].lower()}.{p.surname.lower().replace(' ', '')}@mail.example", size=9.5, after=14)
    f.para("À l'attention de Madame ou Monsieur le Préfet", align="right", after=0)
    f.para("Service des étrangers", align="right", after=20)


def _body(f: Flow, ctx: DocContext, p: Identity, *, opening: bool = False) -> None:
    c = p.country
    if opening:
        f.para(f"Je soussigné{'e' if p.sex == 'F' else ''} {p.given_names} {p.surname.upper()}, {ne(p)} le "
               f"{fmt_date(p.date_of_birth, 'dmy_slash')} à {p.place_of_birth} ({c.name_fr}), de nationalité "
               f"{c.nationality_fr}, volontaire auprès de l'association {ctx.association},", after=6)
    else:
        f.para(f"Objet : engagement de quitter le territoire français - {civ(p, 'fr')} {p.surname.upper()}, "
               f"{ne(p)} le {fmt_date(p.date_of_birth, 'dmy_slash')}", bold=True, after=10)
        f.para("Madame, Monsieur,", after=6)
        f.para(f"Volontaire de nationalité {c.nationality_fr} accueilli{'e' if p.sex == 'F' else ''} par "
               f"l'association {ctx.association}, je sollicite une autorisation provisoire de séjour pour la durée "
               "de mon contrat de volontariat.", after=6)
    f.para(f"{'m' if opening else 'M'}'engage sur l'honneur à quitter le territoire français à l'issue de mon contrat "
           f"de volontariat, dont le terme est fixé au {fmt_date(ctx.contract_end, 'fr_long')}, et à ne pas "
           "solliciter d'autre titre de séjour à ce titre.", after=6)
    if not opening:
        f.para("Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.", after=16)
    else:
        f.para("Pour servir et valoir ce que de droit.", after=16)


def departure_pasted_scan(ctx: DocContext, rng: random.Random) -> Built:
    """Word-processor letter, its signature a scanned picture (grey or blue, on white, greyish or no paper, small
    or large) pasted between 'Fait à ..., le ...' and the typed name."""
    p = ctx.shown(KIND)
    f = Flow(family=rng.choice(("serif", "sans")), size=11)
    _letterhead(f, ctx, p)
    _body(f, ctx, p)
    f.para(f"Fait à {_where(ctx, p)}, le {fmt_date(ctx.commitment_date, 'fr_long')}", align="right", after=6)
    w = rng.choice((72.0, 110.0, 190.0))
    h = w * rng.uniform(0.32, 0.42)
    f.need(h + 30)
    x = A4[0] - f.margin - w - rng.uniform(0, 30)
    f.sheet.add(Picture(x, f.y, w, h, ink_picture(rng, w, h, rgb=rng.choice((BLUE, GREY_INK, BLACK)),
                                                    paper=rng.choice(("white", "scan", "none"))), ink=True))
    f.y += h + 2
    f.para(f"{p.given_names} {p.surname.upper()}", align="right", after=0)
    return f.sheets, _truth(p, ctx)


def departure_soussigne_picture(ctx: DocContext, rng: random.Random) -> Built:
    """Signer named only in the opening 'Je soussigné ...'; the closing a date and the pasted picture, no name."""
    p = ctx.shown(KIND)
    f = Flow(family="sans", size=10.5, margin=70)
    f.title("ATTESTATION SUR L'HONNEUR", size=14)
    f.space(8)
    _body(f, ctx, p, opening=True)
    f.para(f"Le {fmt_date(ctx.commitment_date, 'dmy_slash')}", after=8)
    w = rng.uniform(100, 150)
    h = w * 0.38
    f.need(h)
    f.sheet.add(Picture(f.margin + rng.uniform(0, 200), f.y, w, h,
                        ink_picture(rng, w, h, rgb=rng.choice((BLUE, BLACK)), paper="none"), ink=True))
    f.y += h
    return f.sheets, _truth(p, ctx)


def departure_two_columns(ctx: DocContext, rng: random.Random) -> Built:
    """Place and date on the left and the name on the right of one text line; the pen mark under the name."""
    p = ctx.shown(KIND)
    f = Flow(family="serif", size=11)
    f.para(f"{ctx.association_city}, {fmt_date(ctx.commitment_date, 'dmy_dot')}", align="right", after=18)
    f.title("Engagement de retour", size=14)
    _body(f, ctx, p, opening=True)
    f.need(80)
    f.y += 14
    f.sheet.text(f.margin, f.y, f"À {_where(ctx, p)}, le {fmt_date(ctx.commitment_date, 'fr_long')}", 11,
                 family="serif")
    x = A4[0] / 2 + 60
    f.sheet.text(x, f.y, f"{p.given_names.split()[0]} {p.surname.upper()}", 11, family="serif")
    scrawl(f.sheet, x + rng.uniform(0, 20), f.y + 34, rng, rgb=rng.choice((BLUE, BLACK)), width=1.2,
           scale=rng.uniform(0.8, 1.1))
    f.y += 60
    return f.sheets, _truth(p, ctx)


def departure_table_closing(ctx: DocContext, rng: random.Random) -> Built:
    """The closing in a two-cell ruled table: the date on the left, the volunteer's signature (a picture or a pen
    mark) in the right cell."""
    p = ctx.shown(KIND)
    f = Flow(family="sans", size=10.5)
    f.para(f"{acronym(ctx.association)} - {ctx.association}", size=9, after=14)
    f.title("Déclaration d'engagement du volontaire", size=13)
    _body(f, ctx, p, opening=True)
    f.need(100)
    x0, w = f.margin, f.width / 2
    f.sheet.add(Box(x0, f.y, w, 18, fill=0.92, stroke=0.3, line=0.5))
    f.sheet.add(Box(x0 + w, f.y, w, 18, fill=0.92, stroke=0.3, line=0.5))
    f.sheet.text(x0 + 6, f.y + 13, "Date", 9.5, bold=True)
    f.sheet.text(x0 + w + 6, f.y + 13, f"Le volontaire : {p.surname.upper()} {p.given_names}", 9.5, bold=True)
    f.y += 18
    f.sheet.add(Box(x0, f.y, w, 64, stroke=0.3, line=0.5))
    f.sheet.add(Box(x0 + w, f.y, w, 64, stroke=0.3, line=0.5))
    f.sheet.text(x0 + 8, f.y + 36, fmt_date(ctx.commitment_date, "dmy_slash"), 11)
    if rng.random() < 0.5:
        pw = rng.uniform(90, 140)
        f.sheet.add(Picture(x0 + w + 20, f.y + 8, pw, 46, ink_picture(rng, pw, 46, paper=rng.choice(("white", "none"))),
                            ink=True))
    else:
        scrawl(f.sheet, x0 + w + 24, f.y + 40, rng, rgb=BLUE, scale=0.8, flat=0.8)
    f.y += 80
    return f.sheets, _truth(p, ctx)


def departure_typed_picture(ctx: DocContext, rng: random.Random) -> Built:
    """The signature a picture of the name in a slanted face, made by an online tool, pasted above the typed name."""
    p = ctx.shown(KIND)
    f = Flow(family="serif", size=11.5, margin=66)
    f.para(f"{_where(ctx, p)}, le {fmt_date(ctx.commitment_date, 'fr_long')}", align="right", after=16)
    f.para("Lettre d'engagement", bold=True, size=13, after=10)
    _body(f, ctx, p, opening=True)
    name = f"{p.given_names.split()[0]} {p.surname.title()}"
    h = rng.uniform(26, 40)
    png = typed_signature_picture(name, h)
    pw = Image.open(io.BytesIO(png)).width / _PX
    f.need(h + 20)
    f.sheet.add(Picture(A4[0] - f.margin - pw, f.y, pw, h, png, ink=True))
    f.y += h + 4
    f.para(f"{p.given_names} {p.surname.upper()}", align="right", size=10, after=0)
    return f.sheets, _truth(p, ctx)


def departure_break_before_signature(ctx: DocContext, rng: random.Random) -> Built:
    """A letter whose page break falls after 'Fait à ..., le ...': page 2 holds the pasted signature, the typed name
    and the page number, nothing else."""
    p = ctx.shown(KIND)
    f = Flow(family="serif", size=12, margin=64)
    _letterhead(f, ctx, p)
    _body(f, ctx, p)
    f.para("Je joins à la présente copie de mon passeport, de mon visa et de mon contrat de volontariat, ainsi que "
           f"l'attestation d'accueil délivrée par l'association {ctx.association}.", after=8)
    f.para("Je reste à votre disposition pour tout renseignement complémentaire et vous remercie par avance de "
           "l'attention que vous porterez à ma demande.", after=8)
    f.para(f"Fait à {_where(ctx, p)}, le {fmt_date(ctx.commitment_date, 'dmy_slash')}", after=0)
    f.new_page()
    f.y += rng.uniform(10, 40)
    w = rng.uniform(110, 170)
    h = w * 0.36
    f.sheet.add(Picture(A4[0] - f.margin - w, f.y, w, h,
                        ink_picture(rng, w, h, rgb=rng.choice((BLUE, BLACK)), paper=rng.choice(("white", "none"))),
                        ink=True))
    f.y += h + 4
    f.para(f"{p.given_names} {p.surname.upper()}", align="right", after=0)
    for i, sh in enumerate(f.sheets, 1):
        sh.text(A4[0] / 2, A4[1] - 30, f"{i}/2", 9, align="center", gray=0.4)
    return f.sheets, _truth(p, ctx)


def departure_across_stamp(ctx: DocContext, rng: random.Random) -> Built:
    """Signed at the association's office: the association's round stamp beside the typed name, the mark across it."""
    p = ctx.shown(KIND)
    f = Flow(family="sans", size=10.5, margin=60)
    f.para(ctx.association.upper(), bold=True, size=12, align="center", after=0)
    f.para(ctx.association_address, size=9, align="center", after=18)
    f.para("ENGAGEMENT DU VOLONTAIRE À QUITTER LE TERRITOIRE", bold=True, align="center", after=12)
    _body(f, ctx, p, opening=True)
    f.para(f"Fait en deux exemplaires à {ctx.association_city}, le {fmt_date(ctx.commitment_date, 'fr_long')}.",
           after=10)
    f.need(110)
    cx, cy = A4[0] - f.margin - 120, f.y + 45
    round_stamp(f.sheet, cx, cy, 40, ctx.association.upper())
    f.sheet.text(f.margin, f.y + 20, "Le / la volontaire", 10)
    f.sheet.text(f.margin, f.y + 36, f"{p.given_names} {p.surname.upper()}", 10)
    scrawl(f.sheet, cx - 70, cy + 6, rng, rgb=rng.choice((BLUE, BLACK)), scale=rng.uniform(0.9, 1.2))
    f.y += 100
    return f.sheets, _truth(p, ctx)


# --------------------------------------------------------------------------- photos as pictures


def photo_picture(rng: random.Random, w: float, h: float, *, grey: bool) -> bytes:
    """An identity photo as a picture: pale backdrop, dark clothes, a face and hair, some grain."""
    W, H = round(w * _PX), round(h * _PX)
    back = rng.choice(((236, 238, 240), (214, 226, 240), (244, 244, 244), (205, 208, 212)))
    img = Image.new("RGB", (W, H), back)
    d = ImageDraw.Draw(img)
    skin = rng.choice(((92, 60, 42), (140, 98, 70), (196, 154, 120), (120, 80, 56)))
    cloth = rng.choice(((30, 32, 40), (60, 70, 110), (90, 30, 30), (230, 230, 235)))
    d.ellipse((W * 0.05, H * 0.68, W * 0.95, H * 1.35), fill=cloth)
    d.rectangle((W * 0.42, H * 0.55, W * 0.58, H * 0.72), fill=skin)
    d.ellipse((W * 0.26, H * 0.12, W * 0.74, H * 0.64), fill=skin)
    d.chord((W * 0.24, H * 0.08, W * 0.76, H * 0.46), 180, 360, fill=(25, 20, 18))
    for ex in (0.4, 0.6):
        d.ellipse((W * (ex - 0.03), H * 0.36, W * (ex + 0.03), H * 0.4), fill=(20, 15, 15))
    img = img.filter(ImageFilter.GaussianBlur(1.2))
    a = np.asarray(img, np.float64) + np.random.default_rng(rng.getrandbits(32)).normal(0, 5, (H, W, 1))
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    return _png(img.convert("L") if grey else img)


def _photo(sh: Sheet, x: float, y: float, w: float, h: float, rng: random.Random, *, grey: bool) -> None:
    sh.add(Picture(x, y, w, h, photo_picture(rng, w, h, grey=grey)))
    sh.add(Box(x, y, w, h, stroke=0.5, line=0.4))  # the print's thin frame, as the software draws it


def consular_attestation_printed(ctx: DocContext, rng: random.Random) -> Built:
    """Printed from the consulate's software: the photo a picture (colour or grey) top right, labelled lines."""
    p = ctx.shown("consular_attestation")
    c = p.country
    photo = "consular_attestation" not in ctx.without_photo
    f = Flow(family="sans", size=10.5, margin=56)
    f.para(f"Ambassade {du(c.name_fr)} en France", bold=True, after=0)
    f.para("Service consulaire - Bureau de l'immatriculation", size=9, after=20)
    if photo:
        _photo(f.sheet, A4[0] - f.margin - 84, f.y - 20, 84, 106, rng, grey=rng.random() < 0.5)
    f.para("ATTESTATION D'IDENTITÉ ET DE NATIONALITÉ", bold=True, size=13, after=4)
    f.para(f"Réf. : AC-{ctx.consular_att_issue.year}-{rng.randint(1000, 9999)}", size=9, after=60)
    for label, value in (("Nom", p.surname.upper()), ("Prénom(s)", p.given_names),
                         ("Date de naissance", fmt_date(p.date_of_birth, "dmy_slash")),
                         ("Lieu de naissance", p.place_of_birth), ("Nationalité", c.nationality_fr),
                         ("Passeport n°", p.passport_number)):
        f.para(f"{label} : {value}", after=2)
    f.space(10)
    f.para("Le service consulaire atteste que la personne ci-dessus, dont l'identité a été vérifiée sur "
           f"présentation de son passeport, est de nationalité {c.nationality_fr}.", after=14)
    f.para(f"Délivrée à Paris le {fmt_date(ctx.consular_att_issue, 'dmy_slash')}", after=4)
    f.para("Pour l'Ambassadeur, le Chef du service consulaire", after=10)
    scrawl(f.sheet, f.margin + 20, f.y + 20, rng, rgb=BLACK)
    f.y += 40
    truth = person_truth(p) | {"nationality": c.code, "issue_date": ctx.consular_att_issue.isoformat(),
                                "has_photo": str(photo).lower()}
    return f.sheets, truth


def nationality_small_photo(ctx: DocContext, rng: random.Random) -> Built:
    """A certificate with a small grey photo at the foot beside the clerk's signature, under a round stamp."""
    p = ctx.shown("nationality_certificate")
    c = p.country
    photo = "nationality_certificate" not in ctx.without_photo
    f = Flow(family="serif", size=11, margin=70)
    f.para(f"RÉPUBLIQUE {du(c.name_fr).upper()}", bold=True, align="center", after=0)
    f.para(f"Tribunal de grande instance de {rng.choice(c.cities)}", align="center", size=10, after=22)
    f.title("CERTIFICAT DE NATIONALITÉ", size=15)
    f.para(f"Nous, Président du tribunal, certifions que {civ(p, 'fr')} {p.surname.upper()} {p.given_names}, "
           f"{ne(p)} le {fmt_date(p.date_of_birth, 'dmy_slash')} à {p.place_of_birth}, est de nationalité "
           f"{c.nationality_fr}, en vertu du code de la nationalité.", after=8)
    f.para("En foi de quoi le présent certificat lui est délivré pour servir et valoir ce que de droit.", after=16)
    f.para(f"Délivré le {fmt_date(ctx.natcert_issue, 'dmy_slash')}", after=18)
    f.need(120)
    if photo:
        _photo(f.sheet, f.margin, f.y, 52, 66, rng, grey=True)
    round_stamp(f.sheet, f.margin + 56, f.y + 52, 34, "TRIBUNAL - GREFFE")
    f.sheet.text(A4[0] - f.margin - 160, f.y + 10, "Le Président", 10.5)
    scrawl(f.sheet, A4[0] - f.margin - 160, f.y + 40, rng, rgb=BLACK)
    f.y += 100
    truth = person_truth(p) | {"nationality": c.code, "issue_date": ctx.natcert_issue.isoformat(),
                                "has_photo": str(photo).lower()}
    return f.sheets, truth


def consular_card_stamped(ctx: DocContext, rng: random.Random) -> Built:
    """A landscape card, the photo a picture on the right with the consulate's round stamp across its corner."""
    p = ctx.shown("consular_card")
    c = p.country
    photo = "consular_card" not in ctx.without_photo
    sh = Sheet(540, 340, background=(0.96, 0.95, 0.9))
    sh.text(20, 30, f"CONSULAT GÉNÉRAL {du(c.name_fr).upper()}", 11, bold=True)
    sh.text(20, 48, "Carte consulaire / Consular card", 10)
    if photo:
        _photo(sh, 400, 70, 110, 140, rng, grey=rng.random() < 0.4)
    round_stamp(sh, 405, 200, 36, "CONSULAT GÉNÉRAL")
    y = 84
    for label, value in (("Nom / Surname", p.surname.upper()), ("Prénoms / Given names", p.given_names),
                         ("Né(e) le / Born", fmt_date(p.date_of_birth, "dmy_dot")),
                         ("Nationalité / Nationality", c.nationality_fr),
                         ("N° de carte", ctx.consular_card_number),
                         ("Délivrée le", fmt_date(ctx.consular_card_issue, "dmy_dot")),
                         ("Expire le", fmt_date(ctx.consular_card_expiry, "dmy_dot"))):
        sh.text(20, y, label, 8, gray=0.4)
        sh.text(150, y, value, 11.5)
        y += 30
    return [sh], consular_card_truth(ctx, photo)
