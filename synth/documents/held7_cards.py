"""Seventh held-out batch: identity cards and consular cards."""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, consular_card_truth, du, photo_id_truth
from synth.documents.held7_common import (
    LANG,
    STAMP_BLUE,
    STATE,
    cap,
    captions,
    ds,
    fit,
    guilloche,
    hline,
    ring,
    sign,
    zone,
)
from synth.identity import Identity
from synth.layout import Box, Sheet, Text
from synth.zones import td1

_ID_WORD = {"fr": "CARTE NATIONALE D'IDENTITÉ", "en": "NATIONAL IDENTITY CARD", "es": "CÉDULA DE CIUDADANÍA",
            "pt": "CARTEIRA DE IDENTIDADE", "vi": "CĂN CƯỚC CÔNG DÂN", "de": "PERSONALAUSWEIS",
            "it": "CARTA D'IDENTITÀ"}
_ADDRESS_WORD = {"fr": "Adresse", "en": "Address", "es": "Domicilio", "pt": "Endereço", "vi": "Nơi thường trú",
                 "de": "Anschrift", "it": "Indirizzo"}


def _home(p: Identity, rng: random.Random) -> str:
    street = {"fr": "rue", "en": "Road", "es": "Calle", "pt": "Rua", "vi": "Phố", "de": "Straße", "it": "Via"}
    lang = LANG.get(p.nationality, "en")
    n = rng.randint(2, 180)
    name = rng.choice({"fr": ("des Palmiers", "Mohammed V", "de la Corniche"), "en": ("Independence", "Marina"),
                       "es": ("Las Flores", "Bolívar"), "pt": ("Bela Vista", "das Palmeiras"),
                       "vi": ("Lê Lợi", "Trần Hưng Đạo"), "de": ("Linden", "Garten"),
                       "it": ("Garibaldi", "Roma")}[lang])
    if lang in ("en", "de"):
        return f"{n} {name} {street[lang]}, {p.place_of_birth}"
    return f"{street[lang]} {name} {n}, {p.place_of_birth}" if lang != "fr" else f"{n} {street[lang]} {name}, " \
                                                                                     f"{p.place_of_birth}"


def _front(sh: Sheet, ctx: DocContext, p: Identity, x: float, y: float, w: float, h: float, style: str) -> None:
    c = p.country
    own = LANG.get(c.code, "en")
    cp = captions(c.code, "en")
    sh.add(Box(x, y, w, h, rgb=(0.9, 0.92, 0.9), stroke=0.3, line=0.8))
    fit(sh, x + w / 2, y + 17, STATE[c.code], 9.5, w - 20, bold=True, align="center")
    fit(sh, x + w / 2, y + 31, _ID_WORD[own] + ("" if own == "en" else " / IDENTITY CARD"), 8, w - 20,
        align="center", gray=0.3)
    sh.photo(x + 12, y + 42, 92, 118)
    sign(sh, x + 12, y + h - 24, Random_(p), 0.6)
    cx = x + 116
    mw = w - 126
    cap(sh, cx, y + 44, cp[0], p.surname.upper(), vsize=11, csize=6.5, maxw=mw)
    cap(sh, cx, y + 72, cp[1], p.given_names.upper(), vsize=11, csize=6.5, maxw=mw)
    cap(sh, cx, y + 100, cp[3], ds(p.date_of_birth, style), vsize=11, csize=6.5, maxw=mw * 0.6)
    cap(sh, cx + mw * 0.64, y + 100, cp[4], p.sex, vsize=11, csize=6.5, maxw=mw * 0.36)
    cap(sh, cx, y + 128, cp[2], c.code, vsize=11, csize=6.5, maxw=mw * 0.4)
    cap(sh, cx + mw * 0.42, y + 128, cp[7], ds(ctx.id_expiry, style), vsize=11, csize=6.5, maxw=mw * 0.58)
    cap(sh, cx, y + 156, cp[9], ctx.id_number, vsize=11, csize=6.5, maxw=mw)


class Random_(random.Random):
    """A signature stroke that stays the same for one person whichever page draws it."""

    def __init__(self, p: Identity) -> None:
        super().__init__(f"{p.surname}|{p.given_names}")


def _back(sh: Sheet, ctx: DocContext, p: Identity, x: float, y: float, w: float, h: float, style: str,
          rng: random.Random, lines: tuple[str, str, str]) -> None:
    c = p.country
    own = LANG.get(c.code, "en")
    cp = captions(c.code, "en")
    sh.add(Box(x, y, w, h, rgb=(0.9, 0.91, 0.93), stroke=0.3, line=0.8))
    guilloche(sh, rng, x + 4, y + 10, w - 8, 110, rgb=(0.8, 0.82, 0.88), n=3)
    cap(sh, x + 12, y + 20, f"{_ADDRESS_WORD[own]} / Address" if own != "en" else "Address",
        _home(p, rng), vsize=9.5, csize=6.5, maxw=w - 24)
    cap(sh, x + 12, y + 48, cp[5], p.place_of_birth.upper(), vsize=9.5, csize=6.5, maxw=w * 0.5)
    cap(sh, x + 12 + w * 0.52, y + 48, cp[6], ds(ctx.id_issue, style), vsize=9.5, csize=6.5, maxw=w * 0.45)
    cap(sh, x + 12, y + 76, cp[8], c.authority, vsize=9, csize=6.5, maxw=w - 24)
    sh.add(Box(x + 4, y + h - 72, w - 8, 66, fill=0.97, stroke=None))
    zone(sh, lines, y + h - 52, cx=x + w / 2, size=min(12.5, (w - 20) / 30 / 0.68), space=0.3)


def photo_id_faces_stacked_a4(ctx: DocContext, rng: random.Random) -> Built:
    """Front and back of the card on one A4 photocopy, sometimes the back first."""
    p = ctx.shown("photo_id")
    c = p.country
    style = rng.choice(("dot", "slash", "space")) if LANG.get(c.code) != "fr" else rng.choice(("slash", "bi_yy"))
    lines = td1(c.code, p.surname, p.given_names, ctx.id_number, c.code, p.date_of_birth, p.sex, ctx.id_expiry)
    sh = Sheet()
    sh.add(Text(40, 36, rng.choice(("recto / verso", "CNI", f"{p.surname.upper()} - ID", "pièce d'identité")), 9,
                family="hand", gray=0.3))
    w, h = 390.0, 246.0
    x = (595 - w) / 2
    first, second = 90.0, 420.0
    back_first = rng.random() < 0.4
    _front(sh, ctx, p, x, second if back_first else first, w, h, style)
    _back(sh, ctx, p, x, first if back_first else second, w, h, style, rng, lines)
    sh.add(Text(555, 810, f"{rng.randint(1, 12):02d}", 7, align="right", gray=0.55))
    return [sh], photo_id_truth(ctx, lines)


def photo_id_side_by_side_on_table(ctx: DocContext, rng: random.Random) -> Built:
    """Both faces photographed side by side on a dark table, a thumb holding one edge."""
    p = ctx.shown("photo_id")
    c = p.country
    style = rng.choice(("space", "dot", "abbr"))
    lines = td1(c.code, p.surname, p.given_names, ctx.id_number, c.code, p.date_of_birth, p.sex, ctx.id_expiry)
    sh = Sheet(920, 420, background=(0.28, 0.24, 0.21))
    for k in range(6):
        sh.add(Box(0, 60 * k + rng.uniform(0, 20), 920, 1.2, rgb=(0.33, 0.28, 0.24), stroke=None))
    w, h = 420.0, 264.0
    ya, yb = 62 + rng.uniform(-12, 12), 84 + rng.uniform(-12, 12)
    _front(sh, ctx, p, 28, ya, w, h, style)
    _back(sh, ctx, p, 470, yb, w, h, style, rng, lines)
    sh.add(Box(870, yb + 150, 46, 60, rgb=(0.78, 0.6, 0.5), stroke=None))  # a thumb over the back's edge
    sh.add(Box(878, yb + 160, 30, 22, rgb=(0.86, 0.72, 0.66), stroke=None))
    return [sh], photo_id_truth(ctx, lines)


# ---------------------------------------------------------------- consular cards

_CC_TITLE = {"es": ("MATRÍCULA CONSULAR", "Consulado General de {name} en París"),
             "pt": ("CARTÃO DE MATRÍCULA CONSULAR", "Consulado-Geral do {name} em Paris"),
             "vi": ("THẺ ĐĂNG KÝ CÔNG DÂN", "Tổng Lãnh sự quán {name} tại Paris"),
             "de": ("KONSULARAUSWEIS", "Generalkonsulat {name} in Paris"),
             "it": ("CARTA CONSOLARE", "Consolato Generale {name} a Parigi"),
             "en": ("CONSULAR IDENTITY CARD", "Consulate General of {name}, Paris"),
             "fr": ("CARTE CONSULAIRE", "Consulat général {name} à Paris")}
_OWN_NAME = {"COL": "Colombia", "BRA": "Brasil", "VNM": "Việt Nam", "DEU": "Deutschland", "ITA": "d'Italia",
             "ESP": "España"}


def consular_card_registration(ctx: DocContext, rng: random.Random) -> Built:
    """A card in the country's own language with French/English subtitles; no photo when the flag says so."""
    p = ctx.shown("consular_card")
    c = p.country
    own = LANG.get(c.code, "en")
    photo = "consular_card" not in ctx.without_photo
    title, sub = _CC_TITLE[own]
    name = du(c.name_fr) if own == "fr" else _OWN_NAME.get(c.code, c.name_en)
    style = rng.choice(("slash", "dot")) if own != "en" else rng.choice(("slash", "en_dm"))
    sh = Sheet(680, 430, background=(0.96, 0.95, 0.9))
    sh.add(Box(0, 0, 680, 58, rgb=(0.55, 0.12, 0.16) if own in ("es", "pt") else (0.16, 0.3, 0.5), stroke=None))
    sh.add(Text(340, 28, title, 18, bold=True, align="center", gray=1.0))
    fit(sh, 340, 48, sub.format(name=name), 10.5, 640, align="center", gray=0.92)
    if own != "fr":
        sh.add(Text(340, 76, "Carte consulaire / Consular card", 9, align="center", gray=0.35))
    x = 24.0
    if photo:
        sh.photo(24, 92, 130, 168)
        x = 178.0
    mw = 660 - x
    cp = captions(c.code, "fr")
    cap(sh, x, 96, cp[0], p.surname.upper(), maxw=mw)
    cap(sh, x, 130, cp[1], p.given_names, maxw=mw)
    cap(sh, x, 164, cp[3], ds(p.date_of_birth, style), maxw=mw / 2)
    cap(sh, x + mw / 2, 164, cp[2], c.nationality_fr.upper(), maxw=mw / 2)
    cap(sh, x, 198, "Matrícula N° / N° d'immatriculation" if own == "es" else "Registro / Immatriculation N°",
        ctx.consular_card_number, maxw=mw)
    cap(sh, x, 232, cp[6], ds(ctx.consular_card_issue, style), maxw=mw / 2)
    cap(sh, x + mw / 2, 232, cp[7], ds(ctx.consular_card_expiry, style), maxw=mw / 2)
    cap(sh, 24, 290, "Domicilio en Francia / Domicile en France" if own == "es" else "Domicile en France / Address",
        f"{rng.randint(3, 90)} avenue {rng.choice(('Jean Jaurès', 'de Flandre', 'Gambetta'))}, "
        f"{rng.choice(('75019 Paris', '93200 Saint-Denis', '69007 Lyon', '13003 Marseille'))}", vsize=10.5, maxw=400)
    sign(sh, 470, 350, rng, 0.9)
    sh.add(Text(470, 395, "El Cónsul / Le Consul" if own == "es" else "Le Consul / The Consul", 8, gray=0.35))
    sh.add(Text(24, 412, f"{c.code} · {ctx.consular_card_number} · {ctx.consular_card_expiry.strftime('%y%m%d')}",
                8, family="mono", gray=0.45))
    return [sh], consular_card_truth(ctx, photo)


def consular_card_faces_with_validity(ctx: DocContext, rng: random.Random) -> Built:
    """Both faces on A4: the holder's face and name, then issue written out, validity, consul's stamp."""
    p = ctx.shown("consular_card")
    c = p.country
    photo = "consular_card" not in ctx.without_photo
    sh = Sheet()
    x, w, h = 95.0, 405.0, 250.0
    y1 = 80.0
    sh.add(Box(x, y1, w, h, rgb=(0.93, 0.95, 0.99), stroke=0.35, line=0.8))
    fit(sh, x + w / 2, y1 + 20, f"AMBASSADE {du(c.name_fr).upper()} EN FRANCE", 10, w - 20, bold=True,
        align="center")
    sh.add(Text(x + w / 2, y1 + 36, "CARTE D'IMMATRICULATION CONSULAIRE", 9.5, align="center", gray=0.2))
    tx = x + 14
    if photo:
        sh.photo(x + 14, y1 + 50, 96, 124)
        tx = x + 124
    mw = x + w - 12 - tx
    cap(sh, tx, y1 + 54, "NOM", p.surname.upper(), vsize=11.5, maxw=mw)
    cap(sh, tx, y1 + 84, "PRÉNOM(S)", p.given_names, vsize=11.5, maxw=mw)
    cap(sh, tx, y1 + 114, "NÉ(E) LE", ds(p.date_of_birth, "dot"), vsize=11.5, maxw=mw / 2)
    cap(sh, tx + mw / 2, y1 + 114, "À", p.place_of_birth, vsize=11.5, maxw=mw / 2)
    cap(sh, tx, y1 + 144, "NATIONALITÉ", c.nationality_fr.upper(), vsize=11.5, maxw=mw)
    sh.add(Text(x + 14, y1 + h - 20, f"N° {ctx.consular_card_number}", 13, bold=True, family="mono"))
    y2 = 380.0
    sh.add(Box(x, y2, w, h, rgb=(0.96, 0.96, 0.93), stroke=0.35, line=0.8))
    sh.add(Text(x + 14, y2 + 26, "Le titulaire de la présente carte est immatriculé au registre des", 9,
                family="serif"))
    sh.add(Text(x + 14, y2 + 39, f"ressortissants {du(c.name_fr)} établis dans la circonscription consulaire.",
                9, family="serif"))
    sh.add(Text(x + 14, y2 + 66, f"Délivrée à Paris, le {ds(ctx.consular_card_issue, 'fr')}", 10.5,
                family="serif"))
    sh.add(Text(x + 14, y2 + 88, f"Valable jusqu'au : {ds(ctx.consular_card_expiry, 'dot')}", 10.5, bold=True,
                family="serif"))
    hline(sh, x + 14, y2 + 100, w - 28, gray=0.7)
    sh.add(Text(x + 14, y2 + 118, "Signature du titulaire", 8, gray=0.4))
    sign(sh, x + 20, y2 + 150, rng, 0.7)
    sh.add(Text(x + w - 150, y2 + 118, "Le Consul général", 8, gray=0.4))
    sign(sh, x + w - 150, y2 + 160, rng, 0.7)
    ring(sh, x + w - 90, y2 + 190, 42, ["CONSULAT", c.name_fr.upper(), "PARIS"], rgb=STAMP_BLUE)
    sh.add(Text(297, 800, "recto / verso", 8, align="center", gray=0.5, family="hand"))
    return [sh], consular_card_truth(ctx, photo)
