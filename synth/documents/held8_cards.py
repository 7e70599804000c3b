"""Eighth held-out batch: identity cards and consular cards.

An identity card photocopied on A4 (front high on the left, back low on the right) with the holder's own
"copie conforme" in pen; an identity card's two faces merged side by side into one wide picture by a phone's
gallery, captions in three languages; a laminated consular card photographed whole; a consular registration card's
two faces scanned on A4, its validity written out on the back.
"""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.common import Built, consular_card_truth, photo_id_truth
from synth.documents.held8_common import (
    NATIONALITY_PRINTED,
    OWN_LANGUAGE,
    STAMP_BLUE,
    STATES,
    consulate_fr,
    en_abbr,
    en_ordinal,
    fr_short,
    guilloche,
    handwriting,
    hline,
    numeric,
    para,
    round_stamp,
    sign,
    zone_lines,
)
from synth.identity import Identity
from synth.layout import A4, Box, Sheet, Text
from synth.zones import td1

# captions: surname, given names, sex, nationality, date of birth, card number, expiry, issue, place of birth,
# authority
CARD_CAPTIONS = {
    "fr": ("Nom", "Prénoms", "Sexe", "Nationalité", "Date de naissance", "N° de la carte", "Date d'expiration",
           "Date de délivrance", "Lieu de naissance", "Autorité"),
    "en": ("Surname", "Given names", "Sex", "Nationality", "Date of birth", "Card No.", "Date of expiry",
           "Date of issue", "Place of birth", "Authority"),
    "pt": ("Sobrenome", "Nome", "Sexo", "Nacionalidade", "Data de nascimento", "Nº do documento", "Validade",
           "Data de expedição", "Naturalidade", "Órgão expedidor"),
    "es": ("Apellidos", "Nombre", "Sexo", "Nacionalidad", "Fecha de nacimiento", "Núm. de documento", "Validez",
           "Fecha de expedición", "Lugar de nacimiento", "Autoridad"),
    "vi": ("Họ", "Chữ đệm và tên", "Giới tính", "Quốc tịch", "Ngày sinh", "Số", "Có giá trị đến", "Ngày cấp",
           "Quê quán", "Nơi cấp"),
    "de": ("Name", "Vornamen", "Geschlecht", "Staatsangehörigkeit", "Geburtsdatum", "Ausweisnummer", "Gültig bis",
           "Ausstellungsdatum", "Geburtsort", "Behörde"),
    "it": ("Cognome", "Nome", "Sesso", "Cittadinanza", "Data di nascita", "N. documento", "Scadenza", "Emissione",
           "Luogo di nascita", "Comune di"),
}
CARD_TITLE = {
    "SEN": "CARTE D'IDENTITÉ BIOMÉTRIQUE CEDEAO", "CMR": "CARTE NATIONALE D'IDENTITÉ",
    "MAR": "CARTE NATIONALE D'IDENTITÉ ÉLECTRONIQUE", "VNM": "CĂN CƯỚC CÔNG DÂN", "BRA": "CARTEIRA DE IDENTIDADE",
    "IND": "NATIONAL IDENTITY CARD", "COL": "CÉDULA DE CIUDADANÍA", "NGA": "NATIONAL IDENTITY CARD",
    "DEU": "PERSONALAUSWEIS", "ITA": "CARTA DI IDENTITÀ", "ESP": "DOCUMENTO NACIONAL DE IDENTIDAD",
}
CARD_DATES = {"fr": "slash", "en": "abbr", "pt": "slash", "es": "space", "vi": "slash", "de": "dot", "it": "dot"}


def card_date(d: date, lang: str) -> str:
    style = CARD_DATES[lang]
    if style == "abbr":
        return en_abbr(d)
    return numeric(d, {"slash": "/", "dot": ".", "space": " "}[style])


def card_captions(code: str, three: bool) -> list[str]:
    own = OWN_LANGUAGE.get(code, "en")
    langs = [own] + [g for g in (("en", "fr") if three else ("en",)) if g != own]
    if len(langs) == 1:
        langs.append("fr")
    return [" / ".join(CARD_CAPTIONS[g][i] for g in langs) for i in range(10)]


def id_zone(ctx: DocContext, p: Identity) -> tuple[str, str, str]:
    c = p.country
    return td1(c.code, p.surname, p.given_names, ctx.id_number, c.code, p.date_of_birth, p.sex, ctx.id_expiry)


def id_front(sheet: Sheet, x: float, y: float, w: float, ctx: DocContext, rng: random.Random, three: bool) -> None:
    """An identity card's front `w` wide (0.63 w high): state, title, photo, the holder's particulars."""
    p = ctx.shown("photo_id")
    c = p.country
    own = OWN_LANGUAGE.get(c.code, "en")
    s = w / 430
    h = w * 0.63
    sheet.add(Box(x, y, w, h, fill=None, stroke=0.4, line=1.0, rgb=(0.9, 0.93, 0.96)))
    guilloche(sheet, x, y + 30 * s, w, h - 40 * s, rng, rgb=(0.78, 0.84, 0.9), n=6)
    sheet.add(Text(x + w / 2, y + 16 * s, STATES[c.code][0], 9.5 * s, bold=True, align="center"))
    title = CARD_TITLE[c.code]
    if three and own != "en":
        title += " / IDENTITY CARD"
    sheet.add(Text(x + w / 2, y + 29 * s, title, 7.5 * s, align="center", gray=0.2))
    sheet.photo(x + 12 * s, y + 44 * s, 98 * s, 124 * s)
    cap = card_captions(c.code, three)
    cs, vs = max(4.8, 5.6 * s), max(7.5, 9.2 * s)
    fx, row, step = x + 122 * s, y + 54 * s, 27 * s

    def field(cx: float, cy: float, caption: str, value: str) -> None:
        sheet.add(Text(cx, cy, caption, cs, gray=0.38))
        sheet.add(Text(cx, cy + vs + 1.5 * s, value, vs, bold=True))

    field(fx, row, cap[0], p.surname.upper())
    row += step
    field(fx, row, cap[1], p.given_names)
    row += step
    field(fx, row, cap[4], card_date(p.date_of_birth, own))
    field(fx + 150 * s, row, cap[2], p.sex if own != "fr" else ("F" if p.sex == "F" else "M"))
    row += step
    field(fx, row, cap[3], NATIONALITY_PRINTED.get(c.code, c.code))
    row += step
    field(fx, row, cap[5], ctx.id_number)
    field(fx + 150 * s, row, cap[6], card_date(ctx.id_expiry, own))
    sign(sheet, x + 20 * s, y + h - 26 * s, rng, scale=0.55 * s, rgb=(0.1, 0.1, 0.2))


def id_back(sheet: Sheet, x: float, y: float, w: float, ctx: DocContext, rng: random.Random,
            three: bool) -> tuple[str, str, str]:
    """The card's back: place of birth, date of issue and authority over the three-line zone; returns the zone."""
    p = ctx.shown("photo_id")
    c = p.country
    own = OWN_LANGUAGE.get(c.code, "en")
    s = w / 430
    h = w * 0.63
    sheet.add(Box(x, y, w, h, fill=None, stroke=0.4, line=1.0, rgb=(0.93, 0.94, 0.95)))
    cap = card_captions(c.code, three)
    cs, vs = max(4.8, 5.6 * s), max(7.5, 9.2 * s)
    rows = ((cap[8], p.place_of_birth.upper()), (cap[7], card_date(ctx.id_issue, own)), (cap[9], c.authority))
    for i, (caption, value) in enumerate(rows):
        sheet.add(Text(x + 14 * s, y + 22 * s + i * 25 * s, caption, cs, gray=0.38))
        sheet.add(Text(x + 14 * s, y + 22 * s + i * 25 * s + vs + 1.5 * s, value, vs, bold=True))
    # a square code in the corner
    q = 6 * s
    for i in range(7):
        for j in range(7):
            if (i * 3 + j * 5 + i * j) % 3 == 0 or i in (0, 6) or j in (0, 6):
                sheet.add(Box(x + w - 64 * s + i * q, y + 14 * s + j * q, q, q, fill=0.2, stroke=None))
    lines = id_zone(ctx, p)
    size = w * 0.8 / (30 * 0.602)
    zone_lines(sheet, x + w * 0.08, y + h - 3.6 * size, lines, size, band=0.98, width=w * 0.86)
    return lines


def photo_id_photocopy_own_certification(ctx: DocContext, rng: random.Random) -> Built:
    """A grey photocopy on A4: the front high on the left, the back lower on the right, and the holder's
    handwritten 'copie certifiée conforme à l'original' with a signature under them."""
    p = ctx.shown("photo_id")
    sheet = Sheet(background=(0.96, 0.96, 0.95))
    note = rng.choice(("Copie certifiée conforme à l'original", "Certifié conforme à l'original",
                       "Copie conforme"))
    id_front(sheet, 46, 70, 360, ctx, rng, three=False)
    lines = id_back(sheet, 190, 330, 360, ctx, rng, three=False)
    y = handwriting(sheet, 70, 620, 440, note, rng, size=14)
    handwriting(sheet, 70, y + 4, 440, f"{p.given_names} {p.surname}", rng, size=13)
    sign(sheet, 300, y + 40, rng, scale=1.1)
    sheet.add(Text(A4[0] / 2, 40, f"{rng.randint(1, 3)}/3", 7, align="center", gray=0.55))
    sheet.items.insert(0, sheet.items.pop())  # the copier's page count printed first
    return [sheet], photo_id_truth(ctx, lines)


def photo_id_faces_merged_wide(ctx: DocContext, rng: random.Random) -> Built:
    """Both faces put side by side into one wide picture by a phone's gallery (a thin white seam between them),
    captions in the country's language, English and French."""
    sheet = Sheet(width=1010, height=330, background=(1.0, 1.0, 1.0))
    lines = id_back(sheet, 510, 20, 480, ctx, rng, three=True)
    id_front(sheet, 20, 20, 480, ctx, rng, three=True)
    sheet.add(Box(503, 0, 4, 330, fill=1.0, stroke=None))
    return [sheet], photo_id_truth(ctx, lines)


# ---------------------------------------------------------------- consular cards

def consular_words(p: Identity) -> dict[str, str]:
    """The card's wording, French for French-speaking countries and English for the others."""
    c = p.country
    if c.french_speaking or OWN_LANGUAGE.get(c.code) in ("pt", "es", "vi"):
        return {"lang": "fr", "office": consulate_fr(c).upper(), "title": "CARTE CONSULAIRE",
                "name": "Nom et prénoms", "born": "Né(e) le", "at": "à", "number": "N°", "issued": "Délivrée le",
                "valid": "Valable jusqu'au", "address": "Adresse en France", "nat": "Nationalité",
                "consul": "Le Consul général", "photo": "PHOTO"}
    return {"lang": "en", "office": f"CONSULATE GENERAL OF {c.name_en.upper()}, PARIS", "title": "CONSULAR CARD",
            "name": "Name", "born": "Date of birth", "at": "Place of birth", "number": "No.",
            "issued": "Date of issue", "valid": "Valid until", "address": "Address in France",
            "nat": "Nationality", "consul": "Consul General", "photo": "PHOTO"}


def photo_or_frame(sheet: Sheet, x: float, y: float, w: float, h: float, photo: bool, label: str) -> None:
    """The holder's photo, or its empty frame when the photo was never glued or has come off."""
    if photo:
        sheet.photo(x, y, w, h)
    else:
        sheet.add(Box(x, y, w, h, fill=0.97, stroke=0.55, line=0.8))
        sheet.add(Text(x + w / 2, y + h / 2, label, 7, align="center", gray=0.7))


def consular_card_laminated_photo(ctx: DocContext, rng: random.Random) -> Built:
    """A laminated consular card photographed on a desk: the consulate's name in a coloured band, the photo on the
    left, dates as French offices abbreviate them ('22 juil. 2024') or English ones ('22 JUL 2024')."""
    p = ctx.shown("consular_card")
    c = p.country
    photo = "consular_card" not in ctx.without_photo
    wd = consular_words(p)
    fr = wd["lang"] == "fr"

    def d(v: date) -> str:
        return fr_short(v) if fr else en_abbr(v)

    sheet = Sheet(width=720, height=500, background=(0.55, 0.5, 0.44))
    x, y, w, h = 60.0, 70.0, 600.0, 378.0
    sheet.add(Box(x - 6, y - 6, w + 12, h + 12, fill=None, stroke=0.75, line=1.0, rgb=(0.9, 0.9, 0.9)))
    sheet.add(Box(x, y, w, h, fill=None, stroke=0.4, rgb=(0.97, 0.96, 0.92)))
    sheet.add(Box(x, y, w, 52, fill=None, stroke=None, rgb=(0.16, 0.4, 0.3)))
    sheet.add(Text(x + w / 2, y + 22, STATES[c.code][0], 11, bold=True, align="center", gray=1.0))
    sheet.add(Text(x + w / 2, y + 40, wd["office"], 8.5, align="center", gray=0.95))
    sheet.add(Text(x + w / 2, y + 76, wd["title"], 15, bold=True, align="center", gray=0.15))
    sheet.add(Text(x + w - 20, y + 100, f"{wd['number']} {ctx.consular_card_number}", 11, family="mono", bold=True,
                   align="right"))
    photo_or_frame(sheet, x + 22, y + 96, 120, 150, photo, wd["photo"])
    fx, row = x + 164, y + 128
    rows = [
        (wd["name"], f"{p.surname.upper()} {p.given_names}"),
        (wd["born"], f"{d(p.date_of_birth)} {wd['at']} {p.place_of_birth}" if fr else d(p.date_of_birth)),
        (wd["nat"], c.nationality_fr if fr else NATIONALITY_PRINTED.get(c.code, c.name_en)),
        (wd["address"], ctx.association_address if rng.random() < 0.5 else f"{rng.randint(2, 90)} rue "
         f"{rng.choice(('Oberkampf', 'de Belleville', 'Garibaldi', 'du Chemin Vert'))}, {ctx.association_city}"),
    ]
    if not fr:
        rows.insert(2, (wd["at"], p.place_of_birth))
    for label, value in rows:
        sheet.add(Text(fx, row, label, 7.5, gray=0.4))
        sheet.add(Text(fx, row + 13, value, 10.5, bold=True))
        row += 30
    sheet.add(Text(x + 22, y + h - 46, f"{wd['issued']} : {d(ctx.consular_card_issue)}", 9.5))
    sheet.add(Text(x + 22, y + h - 28, f"{wd['valid']} : {d(ctx.consular_card_expiry)}", 9.5, bold=True))
    sheet.add(Text(x + w - 110, y + h - 56, wd["consul"], 8, align="center", gray=0.3))
    sign(sheet, x + w - 170, y + h - 34, rng, scale=0.8)
    ring = f"{c.name_fr.upper()} CONSULAT" if fr else f"{c.name_en.upper()} CONSULATE"
    round_stamp(sheet, x + w - 90, y + h - 40, 30, ring, ["PARIS"], rgb=STAMP_BLUE)
    return [sheet], consular_card_truth(ctx, photo)


def consular_card_two_faces_scanned(ctx: DocContext, rng: random.Random) -> Built:
    """A consular registration card's two faces scanned on A4: on the front the photo at the top right and the
    particulars, on the back the person to warn and the validity written out ('valable cinq ans à compter du ...')."""
    p = ctx.shown("consular_card")
    c = p.country
    photo = "consular_card" not in ctx.without_photo
    wd = consular_words(p)
    fr = wd["lang"] == "fr"

    def d(v: date) -> str:
        return numeric(v) if fr else en_ordinal(v)

    sheet = Sheet()
    x, w, h = 90.0, 415.0, 262.0
    # the back comes first on this scan: the lid was closed on it
    y2 = 90.0
    sheet.add(Box(x, y2, w, h, fill=None, stroke=0.35, rgb=(0.97, 0.97, 0.97)))
    sheet.add(Text(x + 14, y2 + 22, "PERSONNE À PRÉVENIR / EMERGENCY CONTACT" if fr else "EMERGENCY CONTACT",
                   7.5, bold=True, gray=0.3))
    hline(sheet, x + 14, x + w - 14, y2 + 48, gray=0.6)
    sheet.add(Text(x + 16, y2 + 45, f"{rng.choice(c.male)} {p.surname} - "
                   f"+{rng.randint(20, 99)} {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
                   9, family="hand"))
    if fr:
        validity = (f"Carte délivrée le {d(ctx.consular_card_issue)}, valable cinq ans, soit jusqu'au "
                    f"{d(ctx.consular_card_expiry)}.")
    else:
        validity = (f"Issued on the {en_ordinal(ctx.consular_card_issue)}; valid for five years, until the "
                    f"{en_ordinal(ctx.consular_card_expiry)}.")
    para(sheet, x + 14, y2 + 80, w - 28, validity, size=9, family="sans")
    sheet.add(Text(x + 14, y2 + 140, "Cette carte est strictement personnelle." if fr
                   else "This card remains the property of the Consulate.", 7.5, gray=0.4))
    sheet.add(Text(x + w - 100, y2 + 176, wd["consul"], 8, align="center", gray=0.3))
    sign(sheet, x + w - 150, y2 + 206, rng, scale=0.8)
    round_stamp(sheet, x + w - 190, y2 + 206, 32, consulate_fr(c).upper(), ["SECTION", "CONSULAIRE"])
    y1 = y2 + h + 40
    sheet.add(Box(x, y1, w, h, fill=None, stroke=0.35, rgb=(0.95, 0.97, 0.99)))
    guilloche(sheet, x, y1 + 40, w, h - 60, rng, n=5)
    sheet.add(Text(x + 14, y1 + 20, wd["office"], 7.5, bold=True, gray=0.25))
    sheet.add(Text(x + 14, y1 + 40, "CARTE D'IMMATRICULATION CONSULAIRE" if fr else "CONSULAR REGISTRATION CARD",
                   11, bold=True))
    photo_or_frame(sheet, x + w - 104, y1 + 52, 88, 110, photo, wd["photo"])
    rows = [(wd["number"], ctx.consular_card_number), (wd["name"].split()[0], p.surname.upper()),
            ("Prénoms" if fr else "Given names", p.given_names), (wd["born"], d(p.date_of_birth)),
            ("Lieu de naissance" if fr else "Place of birth", p.place_of_birth)]
    row = y1 + 66
    for label, value in rows:
        sheet.add(Text(x + 14, row, f"{label} :", 8, gray=0.4))
        sheet.add(Text(x + 120, row, value, 10, bold=True))
        row += 24
    sheet.add(Text(x + 14, y1 + h - 16, f"{wd['valid']} {d(ctx.consular_card_expiry)}", 8.5, gray=0.2))
    return [sheet], consular_card_truth(ctx, photo)
