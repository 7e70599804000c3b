"""Second batch of development families for passports, identity cards and consular cards: numbers and dates in
unusual places.

Modelled on data pages and cards: labels in a row with their values in the row
under them, as newer cards print issue date, expiry and number side by side;
numbers and dates gathered in a coloured band above the zone or at the foot of
a card; labels in the holder's language first (Portuguese, Spanish, Vietnamese,
German, Italian) with French or English after them.
"""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.cards import _zone
from synth.documents.common import (
    Built,
    consular_card_truth,
    du,
    passport_truth,
    photo_id_truth,
)
from synth.documents.dev_pieces import sign
from synth.formats import MONTHS_EN, fmt_date
from synth.identity import Country
from synth.layout import Box, Sheet
from synth.zones import td1, td3

# surname, given names, nationality, date of birth, sex, place of birth, date of issue, date of expiry,
# authority, document number
_EN = ("Surname", "Given names", "Nationality", "Date of birth", "Sex", "Place of birth", "Date of issue",
       "Date of expiry", "Authority", "Document No.")
_FR = ("Nom", "Prénoms", "Nationalité", "Date de naissance", "Sexe", "Lieu de naissance", "Date de délivrance",
       "Date d'expiration", "Autorité", "N° du document")
_OWN = {
    "BRA": ("Sobrenome", "Nome", "Nacionalidade", "Data de nascimento", "Sexo", "Naturalidade", "Data de emissão",
            "Válido até", "Órgão emissor", "Número"),
    "COL": ("Apellidos", "Nombres", "Nacionalidad", "Fecha de nacimiento", "Sexo", "Lugar de nacimiento",
            "Fecha de expedición", "Fecha de vencimiento", "Autoridad", "Número"),
    "VNM": ("Họ", "Tên", "Quốc tịch", "Ngày sinh", "Giới tính", "Nơi sinh", "Ngày cấp", "Có giá trị đến",
            "Cơ quan cấp", "Số"),
    "DEU": ("Name", "Vornamen", "Staatsangehörigkeit", "Geburtstag", "Geschlecht", "Geburtsort", "Ausgestellt am",
            "Gültig bis", "Behörde", "Nummer"),
    "ITA": ("Cognome", "Nome", "Cittadinanza", "Data di nascita", "Sesso", "Luogo di nascita", "Emissione",
            "Scadenza", "Autorità", "Numero"),
    "ESP": ("Apellidos", "Nombre", "Nacionalidad", "Fecha de nacimiento", "Sexo", "Lugar de nacimiento",
            "Expedición", "Validez", "Autoridad", "Número"),
}


def _labels(c: Country, second: tuple[str, ...]) -> list[str]:
    """The holder's own label words first, then `second` (French or English); French-speaking countries use French."""
    own = _OWN.get(c.code)
    if own is None:
        return list(_FR if c.french_speaking else _EN)
    return [f"{a} / {b}" for a, b in zip(own, second, strict=True)]


def _mixed(d: date) -> str:
    """'13 Jul 1990', month in mixed case."""
    return f"{d.day:02d} {MONTHS_EN[d.month - 1][:3]} {d.year}"


def _row(sh: Sheet, x: float, y: float, cells: list[tuple[str, str, float]], *, size: float = 12.5) -> None:
    """Labels side by side on one line, each value under its label."""
    for label, value, w in cells:
        sh.text(x, y, label, 7.5, gray=0.3)
        sh.text(x, y + size + 4, value, size, bold=True)
        x += w


def _pair(sh: Sheet, x: float, y: float, label: str, value: str, size: float = 12.5) -> None:
    sh.text(x, y, label, 7.5, gray=0.3)
    sh.text(x, y + size + 4, value, size, bold=True)



# --------------------------------------------------------------------------- passports


def passport_label_rows(ctx: DocContext, rng: random.Random) -> Built:
    """A data page whose labels run in rows (own language / French), each value under its label; dates 13/07/1990."""
    p = ctx.shown("passport")
    c = p.country
    lab = _labels(c, _FR)
    sh = Sheet(690, 500, background=(0.94, 0.96, 0.95))
    sh.add(Box(0, 0, 690, 30, rgb=(0.75, 0.85, 0.8), stroke=None))
    sh.text(345, 21, f"{c.name_en.upper()}  ·  PASSEPORT  ·  PASSPORT", 13, bold=True, align="center")
    sh.photo(20, 44, 132, 170)
    d = "dmy_slash"
    x = 170
    _row(sh, x, 52, [("Type", "P", 60), ("Code", c.code, 90), (lab[9], p.passport_number, 300)])
    _row(sh, x, 96, [(lab[0], p.surname.upper(), 500)])
    _row(sh, x, 136, [(lab[1], p.given_names.upper(), 500)])
    _row(sh, x, 176, [(lab[2], c.name_en.upper(), 210), (lab[4], p.sex, 110), (lab[3], fmt_date(p.date_of_birth, d),
                                                                              200)], size=12)
    _row(sh, x, 216, [(lab[5], p.place_of_birth.upper(), 500)], size=12)
    _row(sh, 20, 262, [(lab[6], fmt_date(ctx.passport_issue, d), 210), (lab[7], fmt_date(ctx.passport_expiry, d),
                                                                        210), (lab[8], c.authority.upper(), 250)],
         size=11.5)
    sign(sh, 460, 330, rng)
    sh.text(440, 370, "Signature du titulaire / Holder's signature", 7, gray=0.35)
    lines = td3(c.code, p.surname, p.given_names, p.passport_number, c.code, p.date_of_birth, p.sex,
                ctx.passport_expiry)
    _zone(sh, lines, 440)
    return [sh], passport_truth(ctx, lines)


def passport_band(ctx: DocContext, rng: random.Random) -> Built:
    """Number, issue and expiry gathered in a coloured band above the zone; English labels numbered; '13 Jul 1990'."""
    p = ctx.shown("passport")
    c = p.country
    sh = Sheet(660, 500, background=(0.97, 0.94, 0.9))
    sh.text(24, 30, "PASSPORT", 18, bold=True)
    sh.text(636, 30, c.name_en.upper(), 13, bold=True, align="right")
    sh.photo(24, 50, 128, 164)
    sh.text(88, 236, c.authority, 8, align="center", gray=0.3)
    x = 176
    rows = (("1. Surname", p.surname.upper()), ("2. Given names", p.given_names.upper()),
            ("3. Nationality", f"{c.name_en.upper()} ({c.code})"), ("4. Date of birth", _mixed(p.date_of_birth)),
            ("5. Sex", p.sex), ("6. Born in", f"{p.place_of_birth.upper()}, {c.name_en.upper()}"))
    for i, (label, value) in enumerate(rows):
        _pair(sh, x, 58 + 36 * i, label, value, 12)
    sign(sh, 430, 250, rng, scale=0.8)
    sh.add(Box(0, 290, 660, 80, rgb=(0.86, 0.8, 0.72), stroke=None))
    sh.text(24, 308, "7. Passport No.   8. Date of issue   9. Date of expiry   10. Authority", 7.5, gray=0.25)
    sh.text(24, 334, f"{p.passport_number}    {_mixed(ctx.passport_issue)}    {_mixed(ctx.passport_expiry)}", 14,
            bold=True, family="mono")
    sh.text(24, 358, c.authority.upper(), 10, bold=True)
    lines = td3(c.code, p.surname, p.given_names, p.passport_number, c.code, p.date_of_birth, p.sex,
                ctx.passport_expiry)
    _zone(sh, lines, 420)
    return [sh], passport_truth(ctx, lines)


# --------------------------------------------------------------------------- identity cards



def photo_id_label_row(ctx: DocContext, rng: random.Random) -> Built:
    """A card with issue date, expiry and number under one row of labels (own language / English), dates 13.07.1990."""
    p = ctx.shown("photo_id")
    c = p.country
    lab = _labels(c, _EN)
    sh = Sheet(660, 440, background=(0.93, 0.94, 0.98))
    sh.text(24, 28, c.name_en.upper(), 14, bold=True)
    sh.text(636, 28, "IDENTITY CARD", 12, bold=True, align="right", gray=0.2)
    sh.photo(24, 44, 124, 160)
    x = 168
    _pair(sh, x, 52, lab[0], p.surname.upper())
    _pair(sh, x, 92, lab[1], p.given_names.upper())
    _row(sh, x, 132, [(lab[4], p.sex, 90), (lab[2], c.code, 140), (lab[3], fmt_date(p.date_of_birth, "dmy_dot"),
                                                                    200)])
    sh.add(Box(x - 6, 176, 480, 50, stroke=0.45, line=0.6))
    _row(sh, x, 192, [(lab[6], fmt_date(ctx.id_issue, "dmy_dot"), 150), (lab[7], fmt_date(ctx.id_expiry, "dmy_dot"),
                                                                         150), (lab[9], ctx.id_number, 170)],
         size=12)
    sign(sh, 40, 240, rng, scale=0.8)
    lines = td1(c.code, p.surname, p.given_names, ctx.id_number, c.code, p.date_of_birth, p.sex, ctx.id_expiry)
    _zone(sh, lines, 320)
    return [sh], photo_id_truth(ctx, lines)


def photo_id_footer_band(ctx: DocContext, rng: random.Random) -> Built:
    """Number in a box top right, issue and expiry written in a footer band ('DÉLIVRÉE LE ... - EXPIRE LE ...')."""
    p = ctx.shown("photo_id")
    c = p.country
    lab = _labels(c, _FR)
    sh = Sheet(660, 460, background=(0.96, 0.95, 0.92))
    sh.text(24, 30, f"{c.name_fr.upper()} - CARTE D'IDENTITÉ", 13, bold=True)
    sh.add(Box(470, 12, 166, 30, stroke=0.2, line=1.2))
    sh.text(553, 33, ctx.id_number, 14, bold=True, align="center", family="mono")
    sh.photo(500, 56, 130, 166)
    x = 24
    for i, (label, value) in enumerate(((lab[0], p.surname.upper()), (lab[1], p.given_names),
                                        (lab[3], fmt_date(p.date_of_birth, "dmy_slash")), (lab[4], p.sex),
                                        (lab[2], c.nationality_fr))):
        _pair(sh, x, 62 + 34 * i, label, value, 12.5)
    sh.add(Box(0, 250, 660, 34, rgb=(0.82, 0.78, 0.68), stroke=None))
    sh.text(24, 272, f"DÉLIVRÉE LE {fmt_date(ctx.id_issue, 'dmy_slash')}  -  EXPIRE LE "
                     f"{fmt_date(ctx.id_expiry, 'dmy_slash')}  -  {c.authority.upper()}", 10, bold=True)
    lines = td1(c.code, p.surname, p.given_names, ctx.id_number, c.code, p.date_of_birth, p.sex, ctx.id_expiry)
    _zone(sh, lines, 340)
    return [sh], photo_id_truth(ctx, lines)


# --------------------------------------------------------------------------- consular cards



_POSTS = {"BRA": "Consulado-Geral do Brasil em Paris", "COL": "Consulado de Colombia en París",
          "VNM": "Tổng Lãnh sự quán Việt Nam tại Pháp"}


def consular_card_band(ctx: DocContext, rng: random.Random) -> Built:
    """Labels in the holder's language with French; number, issue and expiry in a band at the foot of the card."""
    p = ctx.shown("consular_card")
    c = p.country
    photo = "consular_card" not in ctx.without_photo
    lab = _labels(c, _FR)
    sh = Sheet(660, 400, background=(0.95, 0.96, 0.9))
    sh.text(330, 28, _POSTS.get(c.code, f"Consulat {du(c.name_fr)} à Paris"), 12.5, bold=True, align="center")
    sh.text(330, 46, "CARTE CONSULAIRE", 11, align="center", gray=0.2)
    if photo:
        sh.photo(24, 64, 120, 150)
    else:
        sh.add(Box(24, 64, 120, 150, stroke=0.5, line=0.6))
    x = 168
    for i, (label, value) in enumerate(((lab[0], p.surname.upper()), (lab[1], p.given_names),
                                        (lab[3], fmt_date(p.date_of_birth, "dmy_dot")), (lab[2], c.nationality_fr))):
        _pair(sh, x, 72 + 36 * i, label, value)
    sh.add(Box(0, 300, 660, 70, rgb=(0.78, 0.84, 0.72), stroke=None))
    _row(sh, 24, 322, [(lab[9], ctx.consular_card_number, 200),
                       (lab[6], fmt_date(ctx.consular_card_issue, "dmy_dot"), 210),
                       (lab[7], fmt_date(ctx.consular_card_expiry, "dmy_dot"), 200)], size=13)
    sign(sh, 470, 250, rng, scale=0.8)
    return [sh], consular_card_truth(ctx, photo)


def consular_card_row_iso(ctx: DocContext, rng: random.Random) -> Built:
    """Three-language labels in a row (own / English / French) with ISO dates under them, photo on the right."""
    p = ctx.shown("consular_card")
    c = p.country
    photo = "consular_card" not in ctx.without_photo
    own = _OWN.get(c.code)

    def lab(i: int) -> str:
        return " / ".join(dict.fromkeys(((own[i],) if own else ()) + (_EN[i], _FR[i])))

    sh = Sheet(660, 420, background=(0.97, 0.94, 0.95))
    sh.add(Box(0, 0, 660, 54, rgb=(0.85, 0.75, 0.78), stroke=None))
    sh.text(24, 24, f"{c.name_en.upper()} - CONSULAR REGISTRATION CARD", 13, bold=True)
    sh.text(24, 43, "Carte d'immatriculation consulaire - Paris", 10)
    if photo:
        sh.photo(516, 70, 120, 150)
    x = 24
    _pair(sh, x, 78, lab(0), p.surname.upper(), 13)
    _pair(sh, x, 118, lab(1), p.given_names, 13)
    _pair(sh, x, 158, lab(3), fmt_date(p.date_of_birth, "iso"), 13)
    _pair(sh, x + 290, 158, lab(2), c.name_en.upper(), 13)
    sh.add(Box(18, 236, 624, 0.1, stroke=0.4, line=0.6))
    sh.text(24, 254, f"{lab(9)}    |    {lab(6)}    |    {lab(7)}", 7.5, gray=0.3)
    sh.text(24, 276, f"{ctx.consular_card_number}      {fmt_date(ctx.consular_card_issue, 'iso')}      "
                     f"{fmt_date(ctx.consular_card_expiry, 'iso')}", 13.5, bold=True, family="mono")
    sign(sh, 420, 340, rng, scale=0.8)
    sh.text(420, 400, "Le Consul / The Consul", 8, gray=0.35)
    return [sh], consular_card_truth(ctx, photo)
