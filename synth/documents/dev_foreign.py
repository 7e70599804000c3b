"""Third batch of development families for passports, identity cards and consular cards: other languages' labels.

Modelled on documents of Portuguese-, Spanish- and Arabic-speaking countries and
their consulates in France: labels in the country's language (Arabic given in
Latin transliteration, as many bilingual prints do) beside French; numbers printed
in groups with spaces or dashes and perforated down a page's edge; dates as
"12 FEV/FEB 2024"; number, issue and expiry under the photo, on one inline line,
or in a validity box, rather than beside the name.
"""

from __future__ import annotations

import itertools
import random
from datetime import date

from synth.context import DocContext
from synth.documents.cards import _zone
from synth.documents.common import Built, consular_card_truth, du, passport_truth, photo_id_truth
from synth.documents.dev_pieces import sign
from synth.formats import MONTHS_EN
from synth.identity import Country
from synth.layout import Box, Sheet
from synth.zones import td1, td3

# surname, given names, date of birth, date of issue, date of expiry, number, nationality, sex, place of birth,
# authority
_LABELS = {
    "pt": ("Sobrenome", "Nome", "Data de nascimento", "Data de emissão", "Data de validade", "N.º do passaporte",
           "Nacionalidade", "Sexo", "Local de nascimento", "Autoridade"),
    "es": ("Apellidos", "Nombres", "Fecha de nacimiento", "Fecha de expedición", "Fecha de vencimiento",
           "N.º de pasaporte", "Nacionalidad", "Sexo", "Lugar de nacimiento", "Autoridad"),
    "ar": ("Al-ism al-a'ili", "Al-ism ash-shakhsi", "Tarikh al-wilada", "Tarikh al-isdar", "Tarikh al-intiha",
           "Raqm al-jawaz", "Al-jinsiya", "Al-jins", "Makan al-wilada", "As-sulta"),
    "en": ("Surname", "Given names", "Date of birth", "Date of issue", "Date of expiry", "Passport No.",
           "Nationality", "Sex", "Place of birth", "Authority"),
}
_FR = ("Nom", "Prénoms", "Date de naissance", "Date de délivrance", "Date d'expiration", "N° du passeport",
       "Nationalité", "Sexe", "Lieu de naissance", "Autorité")
_MONTHS = {
    "pt": ("JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"),
    "es": ("ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"),
    "ar": ("JAN", "FÉV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"),
}
_LANG = {"BRA": "pt", "COL": "es", "ESP": "es", "MAR": "ar"}


def lang_of(c: Country) -> str:
    """The label language a country's documents add to French (English where we draw none of its own)."""
    return _LANG.get(c.code, "en")


def two_month(d: date, lang: str) -> str:
    """'12 FEV/FEB 2024': the month in the label language, then in English (once when they agree)."""
    en = MONTHS_EN[d.month - 1][:3].upper()
    own = _MONTHS.get(lang, ())[d.month - 1] if lang in _MONTHS else en
    return f"{d.day:02d} {own}/{en} {d.year}" if own != en else f"{d.day:02d} {en} {d.year}"


def grouped(number: str, sep: str) -> str:
    """A document number printed in groups: letters apart, digits by three ('ZE 407 710', 'AB-123-4567')."""
    head = "".join(itertools.takewhile(str.isalpha, number))
    digits = number[len(head):]
    groups = [digits[i:i + 3] for i in range(0, len(digits), 3)]
    if len(groups) > 1 and len(groups[-1]) == 1:  # no lone digit at the end: '123-4567'
        groups[-2:] = [groups[-2] + groups[-1]]
    return sep.join(([head] if head else []) + groups)


def _pair(sh: Sheet, x: float, y: float, own: str, fr: str, value: str, *, size: float = 12.5) -> None:
    sh.text(x, y, f"{own} / {fr}" if own != fr else fr, 7.5, gray=0.3)
    sh.text(x, y + size + 3, value, size, bold=True)


def passport_perforated(ctx: DocContext, rng: random.Random) -> Built:
    """Own-language/French labels; issue and expiry under the photo; the number in groups and perforated."""
    p = ctx.shown("passport")
    c = p.country
    lang = lang_of(c)
    own = _LABELS[lang]
    sh = Sheet(680, 480, background=(0.94, 0.95, 0.9))
    sh.text(24, 30, f"{c.name_fr.upper()} · {c.name_en.upper()}", 14, bold=True)
    sh.text(24, 48, "PASSEPORT · PASSPORT", 10, gray=0.3)
    sh.text(620, 34, grouped(p.passport_number, " "), 14, bold=True, align="right", family="mono")
    # the number perforated down the right edge, one character under another
    for i, ch in enumerate(p.passport_number):
        sh.text(660, 80 + i * 14, ch, 10, family="mono", gray=0.6, align="center")
    sh.photo(24, 64, 132, 168)
    _pair(sh, 24, 252, own[3], _FR[3], two_month(ctx.passport_issue, lang), size=11)
    _pair(sh, 24, 290, own[4], _FR[4], two_month(ctx.passport_expiry, lang), size=11)
    x = 180
    _pair(sh, x, 72, own[0], _FR[0], p.surname.upper())
    _pair(sh, x, 110, own[1], _FR[1], p.given_names.upper())
    _pair(sh, x, 148, own[6], _FR[6], c.name_fr.upper())
    _pair(sh, x + 260, 148, own[7], _FR[7], p.sex)
    _pair(sh, x, 186, own[2], _FR[2], two_month(p.date_of_birth, lang))
    _pair(sh, x, 224, own[8], _FR[8], p.place_of_birth.upper())
    _pair(sh, x, 262, own[9], _FR[9], c.authority.upper(), size=10.5)
    sh.text(x, 312, "Tipo / Type  P" if lang in ("pt", "es") else "Type  P", 9, gray=0.35)
    sign(sh, 420, 318, rng, scale=0.7)
    lines = td3(c.code, p.surname, p.given_names, p.passport_number, c.code, p.date_of_birth, p.sex,
                ctx.passport_expiry)
    _zone(sh, lines, 412)
    return [sh], passport_truth(ctx, lines)


def passport_dates_top(ctx: DocContext, rng: random.Random) -> Built:
    """Number, issue and expiry in one ruled row at the top; the authority by the holder's signature; photo right."""
    p = ctx.shown("passport")
    c = p.country
    lang = lang_of(c)
    own = _LABELS[lang]
    sh = Sheet(680, 470, background=(0.96, 0.93, 0.9))
    sh.text(340, 26, f"PASSEPORT - {c.name_fr.upper()}", 13, bold=True, align="center")
    top = 40
    widths = (200, 200, 200)
    values = (grouped(p.passport_number, "-"), two_month(ctx.passport_issue, lang), two_month(ctx.passport_expiry,
                                                                                             lang))
    x = 20
    for k, (w, idx, value) in enumerate(zip(widths, (5, 3, 4), values, strict=True)):
        sh.add(Box(x, top, w, 44, stroke=0.4, line=0.7, fill=0.93 if k == 0 else None))
        sh.text(x + 6, top + 12, f"{own[idx]} / {_FR[idx]}", 7, gray=0.3)
        sh.text(x + 6, top + 34, value, 13, bold=True, family="mono" if k == 0 else "sans")
        x += w
    sh.photo(500, 100, 150, 190)
    x = 24
    for i, (idx, value) in enumerate(((0, p.surname.upper()), (1, p.given_names.upper()),
                                      (2, two_month(p.date_of_birth, lang)), (8, p.place_of_birth.upper()),
                                      (6, c.nationality_fr.upper()))):
        _pair(sh, x, 108 + i * 38, own[idx], _FR[idx], value)
    _pair(sh, x + 300, 222, own[7], _FR[7], p.sex)
    sh.add(Box(20, 306, 640, 0.1, stroke=0.5, line=0.4))
    sh.text(24, 322, f"{own[9]} / {_FR[9]}", 7.5, gray=0.3)
    sh.text(24, 338, c.authority, 11, bold=True)
    sh.text(420, 322, "Signature du titulaire", 7.5, gray=0.3)
    sign(sh, 440, 348, rng, scale=0.6)
    lines = td3(c.code, p.surname, p.given_names, p.passport_number, c.code, p.date_of_birth, p.sex,
                ctx.passport_expiry)
    _zone(sh, lines, 405)
    return [sh], passport_truth(ctx, lines)


# --------------------------------------------------------------------------- identity cards

_CARD_TITLE = {
    "pt": "CARTEIRA DE IDENTIDADE", "es": "CÉDULA DE CIUDADANÍA", "ar": "AL-BITAQA AL-WATANIYA",
    "en": "NATIONAL IDENTITY CARD",
}
_CARD_NO = {"pt": "N.º do documento", "es": "Número", "ar": "Raqm al-bitaqa", "en": "Card No."}


def _card_zone(ctx: DocContext) -> tuple[str, str, str]:
    p = ctx.shown("photo_id")
    c = p.country
    return td1(c.code, p.surname, p.given_names, ctx.id_number, c.code, p.date_of_birth, p.sex, ctx.id_expiry)


def photo_id_under_photo(ctx: DocContext, rng: random.Random) -> Built:
    """The number in groups under the photo; issue and expiry on one line above the zone; own/French labels."""
    p = ctx.shown("photo_id")
    c = p.country
    lang = lang_of(c)
    own = _LABELS[lang]
    sh = Sheet(660, 440, background=(0.93, 0.94, 0.97))
    sh.text(330, 28, f"{_CARD_TITLE[lang]} / CARTE NATIONALE D'IDENTITÉ", 13, bold=True, align="center")
    sh.text(330, 46, c.name_fr.upper() if lang == "en" else f"{c.name_fr.upper()} - {c.name_en.upper()}", 10,
            align="center", gray=0.3)
    sh.photo(22, 62, 130, 166)
    sh.text(87, 246, _CARD_NO[lang], 7.5, align="center", gray=0.3)
    sh.text(87, 264, grouped(ctx.id_number, " "), 13, bold=True, align="center", family="mono")
    x = 176
    _pair(sh, x, 70, own[0], _FR[0], p.surname.upper())
    _pair(sh, x, 108, own[1], _FR[1], p.given_names.upper())
    _pair(sh, x, 146, own[2], _FR[2], two_month(p.date_of_birth, lang))
    _pair(sh, x + 250, 146, own[7], _FR[7], p.sex)
    _pair(sh, x, 184, own[6], _FR[6], c.code)
    sign(sh, x + 230, 214, rng, scale=0.6)
    sh.text(22, 296, f"{own[3]} / Délivrée : {two_month(ctx.id_issue, lang)}     "
                     f"{own[4]} / Expire : {two_month(ctx.id_expiry, lang)}", 9.5, bold=True)
    lines = _card_zone(ctx)
    _zone(sh, lines, 330)
    return [sh], photo_id_truth(ctx, lines)


def photo_id_inline_header(ctx: DocContext, rng: random.Random) -> Built:
    """Number, issue and expiry on one line under the title, separated by bars; labels 'own (French)'; photo right."""
    p = ctx.shown("photo_id")
    c = p.country
    lang = lang_of(c)
    own = _LABELS[lang]
    sh = Sheet(660, 430, background=(0.95, 0.93, 0.9))
    sh.add(Box(0, 0, 660, 38, rgb=(0.8, 0.74, 0.66), stroke=None))
    sh.text(20, 26, _CARD_TITLE[lang] + ("" if lang == "en" else " · CARTE D'IDENTITÉ"), 15, bold=True)
    sh.text(640, 26, c.code, 15, bold=True, align="right")
    sh.text(20, 60, f"N° {grouped(ctx.id_number, '-')}  |  {own[3]} (délivrance) {ctx.id_issue:%d.%m.%Y}  |  "
                    f"{own[4]} (expiration) {ctx.id_expiry:%d.%m.%Y}", 9.5, bold=True, gray=0.15)
    sh.add(Box(20, 68, 620, 0.1, stroke=0.5, line=0.4))
    sh.photo(490, 84, 146, 184)
    x = 24
    for i, (idx, value) in enumerate(((0, p.surname.upper()), (1, p.given_names), (2, f"{p.date_of_birth:%d.%m.%Y}"),
                                      (8, p.place_of_birth))):
        sh.text(x, 94 + i * 40, f"{own[idx]} ({_FR[idx].lower()})" if own[idx] != _FR[idx] else _FR[idx], 8,
                gray=0.3)
        sh.text(x, 111 + i * 40, value, 13.5, bold=True)
    sh.text(x + 260, 174, f"{own[7]} ({_FR[7].lower()})", 8, gray=0.3)
    sh.text(x + 260, 191, p.sex, 13.5, bold=True)
    sign(sh, 300, 250, rng, scale=0.6)
    lines = _card_zone(ctx)
    _zone(sh, lines, 318)
    return [sh], photo_id_truth(ctx, lines)


# --------------------------------------------------------------------------- consular cards

_CONSULAR_TITLE = {
    "pt": "CARTÃO DE MATRÍCULA CONSULAR", "es": "MATRÍCULA CONSULAR", "ar": "BITAQAT AT-TASJIL AL-QUNSULI",
    "en": "CONSULAR REGISTRATION CARD",
}
# issued, valid until, registration number
_CONSULAR_LABELS = {
    "pt": ("Emitido em", "Válido até", "Matrícula n.º"),
    "es": ("Expedida el", "Válida hasta", "Matrícula n.º"),
    "ar": ("Tarikh al-isdar", "Saliha hatta", "Raqm at-tasjil"),
    "en": ("Issued on", "Valid until", "Registration No."),
}


def _consulate(c: Country) -> str:
    return f"Consulat général {du(c.name_fr)} à Paris"


def consular_card_validity_box(ctx: DocContext, rng: random.Random) -> Built:
    """Own-language title over the French; issue and expiry in a validity box; the number dashed along the foot."""
    p = ctx.shown("consular_card")
    c = p.country
    lang = lang_of(c)
    own = _LABELS[lang]
    issued, until, number = _CONSULAR_LABELS[lang]
    photo = "consular_card" not in ctx.without_photo
    sh = Sheet(660, 430, background=(0.95, 0.96, 0.93))
    sh.text(330, 28, _CONSULAR_TITLE[lang], 15, bold=True, align="center")
    sh.text(330, 46, "CARTE CONSULAIRE", 11, bold=True, align="center", gray=0.3)
    sh.text(330, 62, _consulate(c), 9.5, align="center", gray=0.35)
    x = 190 if photo else 30
    if photo:
        sh.photo(26, 80, 140, 176)
    _pair(sh, x, 86, own[0], _FR[0], p.surname.upper())
    _pair(sh, x, 124, own[1], _FR[1], p.given_names)
    _pair(sh, x, 162, own[2], _FR[2], two_month(p.date_of_birth, lang))
    _pair(sh, x + 240, 162, own[6], _FR[6], c.nationality_fr)
    bx = x
    sh.add(Box(bx, 196, 400, 62, stroke=0.35, line=1.0))
    sh.text(bx + 8, 210, "VALIDITÉ / " + ("VALIDADE" if lang == "pt" else "VALIDEZ" if lang == "es" else
                                          "SALAHIYA" if lang == "ar" else "VALIDITY"), 7.5, gray=0.3)
    sh.text(bx + 8, 230, f"{issued} / Délivrée le", 8, gray=0.3)
    sh.text(bx + 8, 248, two_month(ctx.consular_card_issue, lang), 12.5, bold=True)
    sh.text(bx + 205, 230, f"{until} / Valable jusqu'au", 8, gray=0.3)
    sh.text(bx + 205, 248, two_month(ctx.consular_card_expiry, lang), 12.5, bold=True)
    sh.add(Box(0, 360, 660, 50, rgb=(0.84, 0.88, 0.8), stroke=None))
    sh.text(24, 380, f"{number} / N° d'immatriculation", 8, gray=0.3)
    sh.text(24, 400, grouped(ctx.consular_card_number, "-"), 15, bold=True, family="mono")
    sign(sh, 470, 300, rng, scale=0.7)
    sh.text(470, 340, "Le Consul général", 8.5, gray=0.3)
    return [sh], consular_card_truth(ctx, photo)


def consular_card_signed_foot(ctx: DocContext, rng: random.Random) -> Built:
    """Number above the photo; issue date by the consul's signature ('Fait à Paris, le'); expiry in a foot sentence."""
    p = ctx.shown("consular_card")
    c = p.country
    lang = lang_of(c)
    own = _LABELS[lang]
    issued, until, number = _CONSULAR_LABELS[lang]
    photo = "consular_card" not in ctx.without_photo
    sh = Sheet(660, 440, background=(0.97, 0.94, 0.9))
    sh.text(24, 30, _consulate(c).upper(), 12, bold=True)
    sh.text(24, 48, f"{_CONSULAR_TITLE[lang]} - CARTE D'IMMATRICULATION", 10, gray=0.3)
    sh.text(24, 78, f"{number} / N°", 7.5, gray=0.3)
    sh.text(24, 96, grouped(ctx.consular_card_number, " "), 14, bold=True, family="mono")
    if photo:
        sh.photo(24, 106, 128, 160)
    x = 176
    rows = ((0, p.surname.upper()), (1, p.given_names), (2, f"{p.date_of_birth:%d/%m/%Y}"),
            (8, f"{p.place_of_birth} ({c.name_fr})"), (6, c.nationality_fr))
    for i, (idx, value) in enumerate(rows):
        sh.text(x, 88 + i * 34, f"{own[idx]} · {_FR[idx]}", 7.5, gray=0.3)
        sh.text(x + 170, 88 + i * 34, value, 12.5, bold=True)
    sh.text(x, 88 + 5 * 34, "Adresse en France · Address", 7.5, gray=0.3)
    town = rng.choice(("75019 Paris", "69007 Lyon", "33000 Bordeaux"))
    sh.text(x + 170, 88 + 5 * 34, f"{rng.randint(2, 90)} avenue Jean-Jaurès, {town}", 11)
    sh.text(400, 320, f"Fait à Paris, le {ctx.consular_card_issue:%d/%m/%Y}", 10.5)
    sh.text(400, 334, f"({issued} {two_month(ctx.consular_card_issue, lang)})", 8, gray=0.35)
    sign(sh, 420, 362, rng, scale=0.7)
    sh.text(400, 392, "Le Consul général", 9, gray=0.3)
    sh.add(Box(0, 408, 660, 32, rgb=(0.88, 0.84, 0.78), stroke=None))
    sh.text(330, 428, f"Carte valable jusqu'au {ctx.consular_card_expiry:%d/%m/%Y} · {until} "
                      f"{two_month(ctx.consular_card_expiry, lang)}", 9.5, bold=True, align="center")
    return [sh], consular_card_truth(ctx, photo)
