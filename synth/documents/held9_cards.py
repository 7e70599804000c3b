"""Ninth held-out batch: identity cards and consular cards.

Identity cards: a grey photocopy with the back above the front (the zone first); two phone shots pasted into a
word-processor page under 'Recto' and 'Verso'.  Consular cards: an upright card in the country's own language
beside French; both faces of a landscape card scanned on A4, the validity and a bar code on the back.
"""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.common import Built, consular_card_truth, photo_id_truth
from synth.documents.held9_common import (
    CAPTIONS,
    INK,
    STAMP_BLUE,
    barcode,
    caption,
    consulate_fr,
    dmy,
    frame,
    guilloche,
    hand,
    lang_of,
    mon3,
    ring,
    sign,
    state_own,
)
from synth.formats import MONTHS_FR_ABBR
from synth.identity import Identity
from synth.layout import A4, Box, Sheet, Stroke
from synth.zones import td1

TITLE = {"DEU": "PERSONALAUSWEIS / IDENTITY CARD / CARTE D'IDENTITÉ", "ITA": "CARTA DI IDENTITÀ / IDENTITY CARD",
         "ESP": "DOCUMENTO NACIONAL DE IDENTIDAD", "SEN": "CARTE D'IDENTITÉ BIOMÉTRIQUE CEDEAO",
         "MAR": "CARTE NATIONALE D'IDENTITÉ ÉLECTRONIQUE",
         "CMR": "CARTE NATIONALE D'IDENTITÉ / NATIONAL IDENTITY CARD", "BRA": "CARTEIRA DE IDENTIDADE",
         "COL": "CÉDULA DE CIUDADANÍA", "VNM": "CĂN CƯỚC CÔNG DÂN / CITIZEN IDENTITY CARD",
         "NGA": "NATIONAL IDENTITY CARD", "IND": "IDENTITY CARD"}
CARD_NO = {"fr": "N° de la carte", "en": "Card No.", "pt": "Registro Geral", "es": "Número", "vi": "Số / No.",
           "de": "Ausweisnummer", "it": "N. documento"}


def _card_date(d: date, lang: str) -> str:
    if lang in ("de", "it", "fr"):
        return dmy(d, ".")
    if lang == "es":
        return d.strftime("%d %m %Y")
    if lang == "en":
        return mon3(d)
    return dmy(d, "/")


def _zone(ctx: DocContext, p: Identity) -> tuple[str, str, str]:
    c = p.country
    return td1(c.code, p.surname, p.given_names, ctx.id_number, c.code, p.date_of_birth, p.sex, ctx.id_expiry)


def _front(sh: Sheet, x: float, y: float, ctx: DocContext, p: Identity, rng: random.Random, *,
           bilingual: bool) -> None:
    c = p.country
    lang = lang_of(c)
    w, h = 420.0, 265.0
    sh.add(Box(x, y, w, h, fill=0.9, stroke=0.35, line=0.8))
    guilloche(sh, x + 4, y + 30, w - 8, h - 40, rng, gray=0.8)
    sh.text(x + w / 2, y + 16, state_own(c), 8.5, family="sans", bold=True, align="center")
    sh.text(x + w / 2, y + 28, TITLE.get(c.code, "IDENTITY CARD"), 7.5, family="sans", align="center", gray=0.25)
    sh.photo(x + 12, y + 44, 96, 124)
    sign(sh, x + 14, y + 200, rng, rgb=(0.15, 0.15, 0.2), scale=0.6)

    def cap(key: str) -> str:
        return caption(key, c, with_fr=False) if bilingual else CAPTIONS[key][lang]

    rows = [(cap("surname"), p.surname.upper()), (cap("given"), p.given_names.upper()),
            (cap("birth"), _card_date(p.date_of_birth, lang)), (cap("sex"), p.sex),
            (cap("nationality"), c.code), (cap("expiry"), _card_date(ctx.id_expiry, lang))]
    ty = y + 52
    for k, v in rows:
        sh.text(x + 124, ty, k, 6.5, family="sans", gray=0.4)
        sh.text(x + 124, ty + 12, v, 10, family="sans", bold=True)
        ty += 30
    sh.text(x + w - 12, y + 52, CARD_NO[lang], 6.5, family="sans", gray=0.4, align="right")
    sh.text(x + w - 12, y + 64, ctx.id_number, 10.5, family="mono", bold=True, align="right", gray=0.1)


def _back(sh: Sheet, x: float, y: float, ctx: DocContext, p: Identity, lines: tuple[str, ...],
          rng: random.Random) -> None:
    c = p.country
    lang = lang_of(c)
    w, h = 420.0, 265.0
    sh.add(Box(x, y, w, h, fill=0.92, stroke=0.35, line=0.8))
    guilloche(sh, x + 4, y + 8, w - 8, 120, rng, gray=0.82)
    sh.text(x + 14, y + 24, CAPTIONS["place"][lang], 6.5, family="sans", gray=0.4)
    sh.text(x + 14, y + 36, p.place_of_birth.upper(), 9.5, family="sans", bold=True)
    sh.text(x + 14, y + 58, CAPTIONS["issue"][lang], 6.5, family="sans", gray=0.4)
    sh.text(x + 14, y + 70, _card_date(ctx.id_issue, lang), 9.5, family="sans", bold=True)
    sh.text(x + 200, y + 58, CAPTIONS["authority"][lang], 6.5, family="sans", gray=0.4)
    sh.text(x + 200, y + 70, c.authority, 9, family="sans")
    sh.text(x + 14, y + 92, {"fr": "Taille", "en": "Height", "pt": "Altura", "es": "Estatura", "vi": "Chiều cao",
                             "de": "Größe", "it": "Statura"}[lang], 6.5, family="sans", gray=0.4)
    sh.text(x + 14, y + 104, f"{rng.randint(152, 192)} cm", 9.5, family="sans")
    for i, ln in enumerate(lines):
        sh.text(x + 22, y + 186 + i * 19, ln, 12.5, family="mono")


def photo_id_back_first_photocopy(ctx: DocContext, rng: random.Random) -> Built:
    """Both faces photocopied in grey on one A4 sheet, the back (with the zone) above the front, wide white
    margins, a toner streak down the page."""
    p = ctx.shown("photo_id")
    lines = _zone(ctx, p)
    sh = Sheet(background=(0.95, 0.95, 0.95))
    sh.text(40, 30, f"{rng.randint(1, 9):02d}/{rng.randint(10, 28)}  COPIE", 7, family="mono", gray=0.6)
    _back(sh, 88, 90, ctx, p, lines, rng)
    _front(sh, 88, 420, ctx, p, rng, bilingual=True)
    sh.add(Box(rng.uniform(140, 460), 0, 3, A4[1], fill=0.82, stroke=None))  # a toner streak
    sh.add(Box(0, 800, A4[0], 42, fill=0.86, stroke=None))  # the copier lid's shadow
    return [sh], photo_id_truth(ctx, lines)


def photo_id_two_phone_shots_in_word_document(ctx: DocContext, rng: random.Random) -> Built:
    """Two phone photos of the card pasted into a word-processor page under 'Recto :' and 'Verso :', each with
    the dark table around it and a light reflection over a corner."""
    p = ctx.shown("photo_id")
    lines = _zone(ctx, p)
    sh = Sheet()
    sh.text(60, 60, "Carte d'identité (recto-verso)", 13, family="sans", bold=True)
    sh.text(60, 80, f"{p.given_names} {p.surname}", 10, family="sans", gray=0.3)
    for label, top, face in (("Recto :", 110, "front"), ("Verso :", 450, "back")):
        sh.text(60, top, label, 11, family="sans", bold=True)
        sh.add(Box(60, top + 10, 475, 310, fill=0.22, stroke=None))
        cx, cy = 60 + rng.uniform(18, 36), top + 10 + rng.uniform(14, 30)
        if face == "front":
            _front(sh, cx, cy, ctx, p, rng, bilingual=False)
        else:
            _back(sh, cx, cy, ctx, p, lines, rng)
        gx = cx + rng.uniform(250, 320)
        for k, shade in enumerate((0.93, 0.96, 0.985)):  # a reflection, brightest at its core
            sh.add(Box(gx + 6 * k, cy + 4 + 4 * k, 70 - 12 * k, 40 - 8 * k, fill=shade, stroke=None))
    return [sh], photo_id_truth(ctx, lines)


# ---------------------------------------------------------------- consular cards

CONSULAR_TITLE = {"pt": "CARTEIRA DE MATRÍCULA CONSULAR", "es": "TARJETA DE REGISTRO CONSULAR",
                  "vi": "THẺ ĐĂNG KÝ CÔNG DÂN", "en": "CONSULAR REGISTRATION CARD", "fr": "CARTE CONSULAIRE",
                  "de": "KONSULARISCHE REGISTRIERKARTE", "it": "TESSERA CONSOLARE"}
CONSULATE_OWN = {"pt": "Consulado-Geral do Brasil em Paris", "es": "Consulado General en París",
                 "vi": "Đại sứ quán Việt Nam tại Pháp", "en": "Consular Section, Paris",
                 "de": "Generalkonsulat Paris", "it": "Consolato Generale d'Italia a Parigi"}
OWN_CAPTIONS = {
    "pt": ("Sobrenome", "Nome", "Nascimento", "Matrícula nº", "Emissão", "Validade"),
    "es": ("Apellidos", "Nombres", "Nacimiento", "Registro N.º", "Expedición", "Vencimiento"),
    "vi": ("Họ", "Tên", "Ngày sinh", "Số", "Ngày cấp", "Có giá trị đến"),
    "en": ("Surname", "Forenames", "Born", "Reg. No.", "Issued", "Expires"),
    "de": ("Name", "Vornamen", "Geboren", "Nr.", "Ausgestellt", "Gültig bis"),
    "it": ("Cognome", "Nome", "Nato il", "N.", "Rilascio", "Scadenza"),
}
FR_CAPTIONS = ("Nom", "Prénoms", "Né(e) le", "N° d'immatriculation", "Délivrée le", "Valable jusqu'au")


def consular_card_upright_own_language(ctx: DocContext, rng: random.Random) -> Built:
    """An upright card: the consulate's name and the card's title in the country's language, French captions
    under the country's own, dates 22.07.2024; the photo above the names when there is one."""
    p = ctx.shown("consular_card")
    c = p.country
    lang = lang_of(c)
    photo = "consular_card" not in ctx.without_photo
    sh = Sheet(440, 700, background=(0.97, 0.97, 0.95))
    sh.add(Box(10, 10, 420, 680, fill=0.94, stroke=0.3, line=1.0))
    sh.add(Box(10, 10, 420, 70, rgb=(0.2, 0.32, 0.5), stroke=None))
    sh.text(220, 36, state_own(c), 9.5, family="sans", bold=True, align="center", gray=1.0)
    sh.text(220, 54, CONSULATE_OWN.get(lang, consulate_fr(c)), 8.5, family="sans", align="center", gray=0.95)
    sh.text(220, 70, consulate_fr(c) if lang != "fr" else "République française - Paris", 7, family="sans",
            align="center", gray=0.9)
    sh.text(220, 104, CONSULAR_TITLE[lang], 12, family="sans", bold=True, align="center")
    if lang != "fr":
        sh.text(220, 120, "Carte consulaire", 9, family="sans", align="center", gray=0.35)
    if photo:
        sh.photo(160, 134, 120, 150)
    else:
        frame(sh, 160, 134, 120, 150, gray=0.7, line=0.5)
    own = OWN_CAPTIONS.get(lang, FR_CAPTIONS)
    values = (p.surname.upper(), p.given_names, dmy(p.date_of_birth, "."), ctx.consular_card_number,
              dmy(ctx.consular_card_issue, "."), dmy(ctx.consular_card_expiry, "."))
    y = 318
    for i, v in enumerate(values):
        label = own[i] if lang == "fr" else f"{own[i]} / {FR_CAPTIONS[i]}"
        sh.text(40, y, label, 7.5, family="sans", gray=0.4)
        sh.text(40, y + 15, v, 12, family="sans", bold=i in (0, 3))
        y += 40
    sh.text(40, y + 6, f"{p.place_of_birth} ({c.name_fr})", 9, family="sans", gray=0.3)
    sign(sh, 270, y + 20, rng, rgb=INK, scale=0.8)
    sh.text(400, y + 50, "Le Consul", 8, family="serif", align="right", gray=0.3)
    return [sh], consular_card_truth(ctx, photo)


def consular_card_scan_both_faces_barcode_back(ctx: DocContext, rng: random.Random) -> Built:
    """Both faces of a landscape card scanned on A4: the front with the names and the photo on the right, the
    back with the registration dates ('22 JUIL 2024'), a bar code, the consul's signature and a seal."""
    p = ctx.shown("consular_card")
    c = p.country
    photo = "consular_card" not in ctx.without_photo
    sh = Sheet()
    sh.text(70, 56, "CARTE D'IMMATRICULATION CONSULAIRE", 12, family="serif", bold=True)
    sh.text(70, 72, f"{consulate_fr(c)} - recto / verso", 8.5, family="sans", gray=0.4)
    x, y, w, h = 90, 100, 415, 260
    sh.add(Box(x, y, w, h, fill=0.93, stroke=0.3, line=0.9))
    guilloche(sh, x + 4, y + 40, w - 8, h - 50, rng, gray=0.84)
    sh.text(x + 14, y + 22, state_own(c), 9, family="sans", bold=True)
    sh.text(x + 14, y + 36, consulate_fr(c).upper(), 7, family="sans", gray=0.3)

    def fr_abbr(d: date) -> str:
        return f"{d.day:02d} {MONTHS_FR_ABBR[d.month - 1]} {d.year}"

    rows = [("NOM", p.surname.upper()), ("PRÉNOMS", p.given_names.upper()),
            ("DATE ET LIEU DE NAISSANCE", f"{fr_abbr(p.date_of_birth)} - {p.place_of_birth.upper()}"),
            ("NATIONALITÉ", c.nationality_fr.upper()), ("N° CONSULAIRE", ctx.consular_card_number)]
    ty = y + 62
    for k, v in rows:
        sh.text(x + 14, ty, k, 6.5, family="sans", gray=0.45)
        sh.text(x + 14, ty + 12, v, 10, family="sans", bold=True)
        ty += 34
    if photo:
        sh.photo(x + w - 118, y + 52, 100, 128)
    by = 400
    sh.add(Box(x, by, w, h, fill=0.95, stroke=0.3, line=0.9))
    sh.text(x + 14, by + 26, "DATE DE DÉLIVRANCE", 6.5, family="sans", gray=0.45)
    sh.text(x + 14, by + 40, fr_abbr(ctx.consular_card_issue), 11, family="sans", bold=True)
    sh.text(x + 200, by + 26, "DATE D'EXPIRATION", 6.5, family="sans", gray=0.45)
    sh.text(x + 200, by + 40, fr_abbr(ctx.consular_card_expiry), 11, family="sans", bold=True)
    sh.text(x + 14, by + 70, "Cette carte est la propriété du consulat. Elle doit être restituée en cas de départ",
            7, family="serif", gray=0.3)
    sh.text(x + 14, by + 80, "définitif ou de changement de résidence. En cas de perte, la déclarer au consulat.",
            7, family="serif", gray=0.3)
    barcode(sh, x + 14, by + 100, 200, 38, rng)
    sh.text(x + 114, by + 150, ctx.consular_card_number, 8, family="mono", align="center")
    sh.text(x + 300, by + 110, "Le Consul général", 7.5, family="serif", align="center", gray=0.3)
    sign(sh, x + 250, by + 140, rng, rgb=INK, scale=0.8)
    sh.add(Stroke(ring(x + 340, by + 200, 34), width=1.2, rgb=STAMP_BLUE))  # the seal, inked
    sh.add(Stroke(ring(x + 340, by + 200, 28), width=0.6, rgb=STAMP_BLUE))
    sh.text(x + 340, by + 203, c.name_fr.upper(), 6.5, family="sans", bold=True, align="center", gray=0.45)
    hand(sh, 70, 720, "copie pour dossier APS", rng, size=11)
    return [sh], consular_card_truth(ctx, photo)
