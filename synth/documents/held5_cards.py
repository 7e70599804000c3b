"""Fifth held-out batch: identity cards and consular cards.

Written without looking at how the reader works; the values come from the context
and the truth keys are family 1's.
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, consular_card_truth, du, photo_id_truth
from synth.documents.held5_common import frame, seal, sign_at, spaced, zone_lines
from synth.documents.held5_travel import STATE
from synth.documents.registry import caps
from synth.formats import fmt_date
from synth.identity import Country, Identity
from synth.layout import A4, Box, Sheet
from synth.zones import td1

# card captions: title, surname, given names, birth, sex, nationality, number, issue, expiry, authority
CARD_WORDS = {
    "fr": ("CARTE NATIONALE D'IDENTITÉ", "Nom", "Prénoms", "Né(e) le", "Sexe", "Nationalité", "N° de carte",
           "Délivrée le", "Valable jusqu'au", "Autorité de délivrance"),
    "pt": ("CARTEIRA DE IDENTIDADE", "Sobrenome", "Nome", "Data de nascimento", "Sexo", "Nacionalidade",
           "Registro geral", "Data de expedição", "Validade", "Órgão expedidor"),
    "es": ("DOCUMENTO NACIONAL DE IDENTIDAD", "Apellidos", "Nombres", "Fecha de nacimiento", "Sexo", "Nacionalidad",
           "Número", "Expedición", "Vencimiento", "Autoridad"),
    "it": ("CARTA D'IDENTITÀ", "Cognome", "Nome", "Data di nascita", "Sesso", "Cittadinanza", "Numero",
           "Emissione", "Scadenza", "Comune di"),
    "de": ("PERSONALAUSWEIS", "Name", "Vornamen", "Geburtstag", "Geschlecht", "Staatsangehörigkeit", "Ausweisnummer",
           "Ausgestellt am", "Gültig bis", "Behörde"),
    "en": ("NATIONAL IDENTITY CARD", "Surname", "Given names", "Date of birth", "Sex", "Nationality", "Card number",
           "Date of issue", "Date of expiry", "Issuing authority"),
}
_LANG = {"BRA": "pt", "COL": "es", "ESP": "es", "ITA": "it", "DEU": "de"}


def _lang(c: Country) -> str:
    return "fr" if c.french_speaking else _LANG.get(c.code, "en")


def _id_zone(ctx: DocContext, p: Identity) -> tuple[str, str, str]:
    c = p.country
    return td1(c.code, p.surname, p.given_names, ctx.id_number, c.code, p.date_of_birth, p.sex, ctx.id_expiry)


def photo_id_recto_verso(ctx: DocContext, rng: random.Random) -> Built:
    """Both faces photocopied on one A4 page, sometimes the back first: the front in the state's language, the
    back with the dates, the authority and the zone; dates with dots."""
    p = ctx.shown("photo_id")
    c = p.country
    w = CARD_WORDS[_lang(c)]
    sh = Sheet(background=(0.99, 0.99, 0.99))
    back_first = rng.random() < 0.4
    fy, by = (420, 90) if back_first else (90, 420)
    x0, cw, ch = 120 + rng.randint(-30, 30), 350, 222
    dot = "%d.%m.%Y"
    # front
    sh.add(Box(x0, fy, cw, ch, fill=0.86, stroke=0.35, line=1.0))
    sh.text(x0 + cw / 2, fy + 20, STATE[c.code], 9.5, bold=True, align="center")
    sh.text(x0 + cw / 2, fy + 34, w[0], 9, align="center", gray=0.2)
    sh.photo(x0 + 12, fy + 46, 96, 124)
    fx = x0 + 122
    for i, (label, value) in enumerate(((w[1], caps(p.surname)), (w[2], p.given_names),
                                        (w[3], p.date_of_birth.strftime(dot)), (w[4], p.sex),
                                        (w[5], c.code), (w[6], ctx.id_number))):
        y = fy + 54 + i * 27
        sh.text(fx, y, label, 6.8, gray=0.35)
        sh.text(fx, y + 12, value, 10.5, bold=True)
    sign_at(sh, x0 + 20, fy + 196, rng, scale=0.6)
    # back
    sh.add(Box(x0, by, cw, ch, fill=0.88, stroke=0.35, line=1.0))
    for i, (label, value) in enumerate(((w[7], ctx.id_issue.strftime(dot)), (w[8], ctx.id_expiry.strftime(dot)),
                                        (w[9], c.authority))):
        y = by + 22 + i * 28
        sh.text(x0 + 14, y, label, 6.8, gray=0.35)
        sh.text(x0 + 14, y + 12, value, 10.5, bold=True)
    seal(sh, x0 + cw - 56, by + 50, 34, c.name_fr, [c.code])
    lines = _id_zone(ctx, p)
    zone_lines(sh, lines, x0 + cw / 2, by + 134, size=12, align="center")
    return [sh], photo_id_truth(ctx, lines)


def photo_id_held_in_hand(ctx: DocContext, rng: random.Random) -> Built:
    """A phone picture of one face held over a desk: captions in the state's language over the English, months
    in letters ('13 JUL 1990'), glare across the portrait and a thumb on the edge."""
    p = ctx.shown("photo_id")
    c = p.country
    lang = _lang(c)
    own, en = CARD_WORDS[lang], CARD_WORDS["en"]

    def cap(i: int) -> str:
        return own[i] if lang == "en" else f"{own[i]} / {en[i]}"

    sh = Sheet(780, 540, background=(0.55, 0.5, 0.42))
    x0, y0 = 40 + rng.randint(0, 30), 34 + rng.randint(0, 20)
    sh.add(Box(x0 + 6, y0 + 6, 680, 430, rgb=(0.3, 0.28, 0.24), stroke=None))  # shadow
    sh.add(Box(x0, y0, 680, 430, rgb=(0.9, 0.93, 0.96), stroke=None))
    sh.add(Box(x0, y0, 680, 50, rgb=(0.72, 0.8, 0.9), stroke=None))
    sh.text(x0 + 340, y0 + 22, STATE[c.code], 13, bold=True, align="center")
    sh.text(x0 + 340, y0 + 41, own[0] if lang == "en" else f"{own[0]} / {en[0]}", 10, align="center", gray=0.15)
    sh.photo(x0 + 500, y0 + 66, 160, 200)
    sh.add(Box(x0 + 520, y0 + 90, 40, 170, fill=0.97, stroke=None))
    xl = x0 + 20
    rows = [((1,), caps(p.surname)), ((2,), caps(p.given_names)),
            ((3, 4), f"{fmt_date(p.date_of_birth, 'abbr')}        {p.sex}"),
            ((5,), c.code), ((6,), ctx.id_number),
            ((7, 8), f"{fmt_date(ctx.id_issue, 'abbr')}        {fmt_date(ctx.id_expiry, 'abbr')}")]
    y = y0 + 74
    for idx, value in rows:
        sh.text(xl, y, "      ".join(cap(i) for i in idx), 7.5, gray=0.3)
        sh.text(xl, y + 17, value, 14, bold=True)
        y += 40
    lines = _id_zone(ctx, p)
    zone_lines(sh, lines, x0 + 340, y0 + 344, size=16, align="center")
    tx = x0 + rng.choice((-16, 560))
    sh.add(Box(tx, y0 + 340, 130, 200, rgb=(0.8, 0.62, 0.52), stroke=None))
    sh.add(Box(tx + 30, y0 + 352, 70, 48, rgb=(0.88, 0.74, 0.66), stroke=None))
    return [sh], photo_id_truth(ctx, lines)


# ---------------------------------------------------------------- consular cards


def consular_card_two_faces_en(ctx: DocContext, rng: random.Random) -> Built:
    """Both faces side by side on a landscape copy, English captions, dates '13 07 2024'; the portrait on the
    front when the card has one, the validity and the consul's signature on the back."""
    p = ctx.shown("consular_card")
    c = p.country
    photo = "consular_card" not in ctx.without_photo
    sh = Sheet(A4[1], A4[0], background=(0.98, 0.98, 0.97))
    y0, cw, ch = 150 + rng.randint(-40, 40), 370, 240
    xs = (34, 438)
    for x in xs:
        sh.add(Box(x, y0, cw, ch, rgb=(0.93, 0.9, 0.8), stroke=0.4, line=0.8))
    x = xs[0]
    sh.text(x + cw / 2, y0 + 22, f"EMBASSY OF {c.name_en.upper()} - CONSULAR SECTION, PARIS", 9, bold=True,
            align="center")
    sh.text(x + cw / 2, y0 + 40, "CONSULAR IDENTITY CARD", 13, bold=True, align="center", gray=0.1)
    fx = x + 14
    if photo:
        sh.photo(x + 14, y0 + 56, 100, 128)
        fx = x + 128
    for i, (label, value) in enumerate((("Surname", caps(p.surname)), ("Given names", p.given_names),
                                        ("Date of birth", spaced(p.date_of_birth)),
                                        ("Nationality", c.name_en))):
        y = y0 + 64 + i * 32
        sh.text(fx, y, label, 7.5, gray=0.35)
        sh.text(fx, y + 14, value, 12, bold=True)
    sh.text(x + 14, y0 + 226, "Holder's signature", 7, gray=0.35)
    sign_at(sh, x + 100, y0 + 222, rng, scale=0.6)
    x = xs[1]
    for i, (label, value) in enumerate((("Registration No.", ctx.consular_card_number),
                                        ("Date of issue", spaced(ctx.consular_card_issue)),
                                        ("Valid until", spaced(ctx.consular_card_expiry)))):
        y = y0 + 28 + i * 34
        sh.text(x + 14, y, label, 7.5, gray=0.35)
        sh.text(x + 14, y + 15, value, 13, bold=True, family="mono" if i == 0 else "sans")
    sh.text(x + 14, y0 + 144, "This card remains the property of the Embassy and must be returned on request.", 6.5,
            gray=0.3)
    sh.text(x + 14, y0 + 154, "It does not replace a passport for travel.", 6.5, gray=0.3)
    seal(sh, x + 290, y0 + 70, 40, f"EMBASSY OF {c.name_en}", ["PARIS"])
    sign_at(sh, x + 220, y0 + 196, rng, scale=0.8)
    sh.text(x + 250, y0 + 226, "Consul", 8, align="center", gray=0.3)
    return [sh], consular_card_truth(ctx, photo)


def consular_card_side_band(ctx: DocContext, rng: random.Random) -> Built:
    """One face with a coloured band down its left side, French captions in a ruled grid, the registration
    number large in the top corner, dates '13-07-2024'."""
    p = ctx.shown("consular_card")
    c = p.country
    photo = "consular_card" not in ctx.without_photo
    sh = Sheet(700, 440, background=(0.95, 0.95, 0.95))
    band = rng.choice([(0.2, 0.45, 0.3), (0.55, 0.2, 0.2), (0.2, 0.3, 0.55)])
    sh.add(Box(0, 0, 70, 440, rgb=band, stroke=None))
    sh.add(Box(70, 0, 630, 440, rgb=(0.97, 0.96, 0.92), stroke=None))
    sh.text(90, 34, f"Consulat général {du(c.name_fr)}", 13, bold=True)
    sh.text(90, 52, rng.choice(("à Paris", "à Marseille", "à Lyon", "à Bordeaux")), 11, gray=0.2)
    sh.text(90, 80, "CARTE D'IMMATRICULATION CONSULAIRE", 15, bold=True)
    sh.text(680, 34, ctx.consular_card_number, 16, bold=True, family="mono", align="right", gray=0.1)
    sh.text(680, 48, "matricule", 7, align="right", gray=0.35)
    dash = "%d-%m-%Y"
    rows = [("Nom", caps(p.surname)), ("Prénom(s)", p.given_names), ("Date de naissance", p.date_of_birth.strftime(dash)),
            ("Nationalité", c.nationality_fr), ("Date d'émission", ctx.consular_card_issue.strftime(dash)),
            ("Date d'expiration", ctx.consular_card_expiry.strftime(dash))]
    gw = 370 if photo else 590
    y = 100
    for label, value in rows:
        sh.add(Box(90, y, gw, 36, stroke=0.5, line=0.5))
        sh.add(Box(90, y, 130, 36, fill=0.9, stroke=0.5, line=0.5))
        sh.text(98, y + 22, label, 9.5, gray=0.2)
        sh.text(230, y + 23, value, 13, bold=True)
        y += 36
    if photo:
        sh.photo(488, 104, 176, 210)
        frame(sh, 482, 98, 188, 222, gap=3, gray=0.45)
    sh.text(90, 348, "Le Consul général", 9.5, gray=0.25)
    sign_at(sh, 100, 388, rng)
    seal(sh, 300, 380, 40, c.name_fr, ["CONSULAT"])
    return [sh], consular_card_truth(ctx, photo)
