"""Fifth held-out batch: passports and visas.

Written without looking at how the reader works; the values come from the context
and the truth keys are family 1's.
"""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.common import Built, passport_truth, visa_remarks, visa_truth
from synth.documents.held5_common import (
    RED_INK,
    STAMP_INK,
    frame,
    mon_yy,
    seal,
    sign_at,
    spaced,
    zone_lines,
)
from synth.documents.registry import caps
from synth.formats import MONTHS_EN
from synth.identity import Identity
from synth.layout import Box, Sheet, Stroke
from synth.zones import mrv, td3

# the state's name as its own papers print it on top
STATE = {
    "SEN": "RÉPUBLIQUE DU SÉNÉGAL", "VNM": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "BRA": "REPÚBLICA FEDERATIVA DO BRASIL", "MAR": "ROYAUME DU MAROC", "IND": "REPUBLIC OF INDIA",
    "CMR": "RÉPUBLIQUE DU CAMEROUN", "COL": "REPÚBLICA DE COLOMBIA", "NGA": "FEDERAL REPUBLIC OF NIGERIA",
    "DEU": "BUNDESREPUBLIK DEUTSCHLAND", "ITA": "REPUBBLICA ITALIANA", "ESP": "REINO DE ESPAÑA",
}
# own-language captions for the few languages drawn (surname, given names, birth, issue, expiry)
OWN = {
    "BRA": ("Sobrenome", "Nome", "Data de nascimento", "Data de expedição", "Válido até"),
    "COL": ("Apellidos", "Nombres", "Fecha de nacimiento", "Fecha de expedición", "Fecha de vencimiento"),
    "ESP": ("Apellidos", "Nombre", "Fecha de nacimiento", "Fecha de expedición", "Fecha de caducidad"),
    "ITA": ("Cognome", "Nome", "Data di nascita", "Data di rilascio", "Data di scadenza"),
    "DEU": ("Name", "Vornamen", "Geburtstag", "Ausstellungsdatum", "Gültig bis"),
    "VNM": ("Họ", "Tên", "Ngày sinh", "Ngày cấp", "Có giá trị đến"),
}


def _passport_zone(ctx: DocContext, p: Identity) -> tuple[str, str]:
    c = p.country
    return td3(c.code, p.surname, p.given_names, p.passport_number, c.code, p.date_of_birth, p.sex,
               ctx.passport_expiry)


def passport_photocopy_spread(ctx: DocContext, rng: random.Random) -> Built:
    """An opened booklet photocopied on A4: the inner page above, the data page below with numbered captions."""
    p = ctx.shown("passport")
    c = p.country
    sh = Sheet(background=(0.97, 0.97, 0.96))
    top, mid = 40, 400
    sh.add(Box(24, top, 547, 720, fill=0.9, stroke=0.55, line=1.0))
    sh.add(Box(24, mid, 547, 0.1, stroke=0.4, line=1.2))
    sh.text(297, top + 40, "OBSERVATIONS", 13, bold=True, align="center", gray=0.35)
    sh.text(297, top + 58, "Official observations", 9, align="center", gray=0.4)
    for k in range(6):
        sh.add(Box(60, top + 90 + k * 34, 475, 0.1, stroke=0.6, line=0.4))
    if rng.random() < 0.6:
        sh.text(64, top + 118, rng.choice(("NIL", "NONE", "---")), 12, family="mono", gray=0.3)
    sh.text(64, mid - 40, "Signature of bearer", 8.5, gray=0.35)
    sign_at(sh, 180, mid - 44, rng)
    sh.text(548, mid - 14, str(rng.choice((2, 3))), 9, align="right", gray=0.4)
    # the data page
    sh.text(297, mid + 26, STATE[c.code], 12.5, bold=True, align="center")
    sh.text(297, mid + 44, "PASSPORT", 11, align="center", gray=0.2)
    sh.photo(44, mid + 64, 122, 156)
    x1, x2 = 186, 400
    cap, val = 7.8, 12

    def field(x: float, y: float, no: int, caption: str, value: str) -> None:
        sh.text(x, y, f"{no}. {caption}", cap, gray=0.35)
        sh.text(x, y + 14, value, val, bold=True)

    field(x1, mid + 70, 1, "Type", "P")
    field(x1 + 60, mid + 70, 2, "Country code", c.code)
    field(x2, mid + 70, 3, "Passport No.", p.passport_number)
    field(x1, mid + 102, 4, "Surname", caps(p.surname))
    field(x1, mid + 134, 5, "Given names", caps(p.given_names))
    field(x1, mid + 166, 6, "Nationality", c.name_en.upper())
    field(x1, mid + 198, 7, "Date of birth", spaced(p.date_of_birth))
    field(x2, mid + 198, 8, "Sex", p.sex)
    field(x1, mid + 230, 9, "Place of birth", caps(p.place_of_birth))
    field(x1, mid + 262, 10, "Date of issue", spaced(ctx.passport_issue))
    field(x2, mid + 262, 11, "Date of expiry", spaced(ctx.passport_expiry))
    field(x1, mid + 294, 12, "Authority", c.authority.upper())
    sign_at(sh, 60, mid + 250, rng, scale=0.8)
    lines = _passport_zone(ctx, p)
    zone_lines(sh, lines, 297, mid + 336, size=15.5, align="center")
    return [sh], passport_truth(ctx, lines)


def passport_portrait_page(ctx: DocContext, rng: random.Random) -> Built:
    """An upright data page: captions in the state's language over the English and French, dates '13 JUL 90',
    the portrait on the right with a small ghost copy beside the zone."""
    p = ctx.shown("passport")
    c = p.country
    own = OWN.get(c.code)
    sh = Sheet(560, 760, background=rng.choice([(0.94, 0.96, 0.93), (0.96, 0.94, 0.9), (0.93, 0.94, 0.97)]))
    for k in range(0, 560, 14):
        sh.add(Stroke(((k, 90), (k + 40, 560)), width=0.3, rgb=(0.82, 0.86, 0.84)))
    sh.text(280, 36, STATE[c.code], 14, bold=True, align="center")
    sh.text(280, 58, "PASSAPORTE / PASSPORT / PASSEPORT" if c.code == "BRA" else "PASAPORTE / PASSPORT / PASSEPORT"
            if c.code in ("COL", "ESP") else "PASSPORT / PASSEPORT", 11, align="center", gray=0.2)
    sh.photo(360, 90, 170, 215)

    def caption(i: int, en: str, fr: str) -> str:
        return f"{own[i]} / {en} / {fr}" if own else f"{en} / {fr}"

    rows = [
        ("Type / Type   Code / Code", f"P     {c.code}"),
        ("Passport No. / N° du passeport", p.passport_number),
        (caption(0, "Surname", "Nom"), caps(p.surname)),
        (caption(1, "Given names", "Prénoms"), caps(p.given_names)),
        ("Nationality / Nationalité", c.name_en.upper()),
        (caption(2, "Date of birth", "Date de naissance"), mon_yy(p.date_of_birth)),
        ("Sex / Sexe", p.sex),
        ("Place of birth / Lieu de naissance", caps(p.place_of_birth)),
        (caption(3, "Date of issue", "Date de délivrance"), mon_yy(ctx.passport_issue)),
        (caption(4, "Date of expiry", "Date d'expiration"), mon_yy(ctx.passport_expiry)),
        ("Authority / Autorité", c.authority.upper()),
    ]
    y = 96
    for label, value in rows:
        sh.text(26, y, label, 7.5, gray=0.3)
        sh.text(26, y + 15, value, 12.5 if len(value) < 34 else 10.5, bold=True)
        y += 36
    sign_at(sh, 330, y + 10, rng, scale=0.9)
    sh.text(26, y + 8, "Holder's signature / Signature du titulaire", 7.5, gray=0.3)
    sh.photo(470, 526, 56, 72)  # the small ghost portrait
    lines = _passport_zone(ctx, p)
    zone_lines(sh, lines, 280, 680, size=15.5, align="center")
    return [sh], passport_truth(ctx, lines)


# ---------------------------------------------------------------- visas


def _visa_zone(ctx: DocContext, p: Identity, rng: random.Random) -> tuple[str, str]:
    kind = "MRVA" if ctx.visa_category == "D" or rng.random() < 0.5 else "MRVB"
    return mrv(kind, "FRA", p.surname, p.given_names, ctx.visa_number, p.nationality, p.date_of_birth, p.sex,
               ctx.visa_until)


def _valid_for(ctx: DocContext) -> str:
    return "FRANCE" if ctx.visa_category == "D" else "ETATS SCHENGEN"


def visa_passport_page(ctx: DocContext, rng: random.Random) -> Built:
    """The sticker on a passport page, captions to the left of their values, two-digit years ('05-09-26'),
    an arrival stamp and the page's number under it."""
    p = ctx.shown("visa")
    long_stay = ctx.visa_category == "D"
    sh = Sheet(520, 740, background=(0.95, 0.95, 0.91))
    sh.text(260, 24, "VISAS", 9, align="center", gray=0.55, char_space=3)
    x0, y0, w, h = 14, 36, 492, 420
    sh.add(Box(x0, y0, w, h, rgb=(0.88, 0.92, 0.95), stroke=0.5, line=0.6))
    sh.add(Box(x0, y0, 46, h, rgb=(0.8, 0.86, 0.93), stroke=None))
    sh.text(x0 + 23, y0 + 50, ctx.visa_category, 34, bold=True, align="center", gray=0.25)
    sh.text(x0 + 23, y0 + 80, "FRA", 11, bold=True, align="center", gray=0.25)
    sh.text(x0 + 470, y0 + 24, ctx.visa_number, 14, bold=True, family="mono", align="right")
    sh.text(x0 + 62, y0 + 24, "VISA", 16, bold=True)
    sh.photo(x0 + 60, y0 + 40, 104, 134)
    dash = "%d-%m-%y"
    remarks = visa_remarks(long_stay, rng)
    rows = [
        ("VALABLE POUR / VALID FOR", _valid_for(ctx)),
        ("DU / FROM", ctx.visa_from.strftime(dash)),
        ("AU / UNTIL", ctx.visa_until.strftime(dash)),
        ("TYPE", ctx.visa_category),
        ("ENTREES / ENTRIES", ctx.visa_entries),
        ("DUREE / DURATION", f"{ctx.visa_duration_days} JOURS / DAYS"),
        ("DELIVRE A / ISSUED IN", ctx.visa_issued_in),
        ("LE / ON", ctx.visa_issue.strftime(dash)),
        ("PASSEPORT / PASSPORT", ctx.visa_passport_number),
    ]
    y = float(y0 + 52)
    for label, value in rows:
        sh.text(x0 + 178, y, label, 7, gray=0.35)
        sh.text(x0 + 300, y, value, 11.5, bold=True)
        y += 14.5
    sh.text(x0 + 62, y0 + 200, "NOM, PRENOMS / SURNAME, GIVEN NAMES", 7, gray=0.35)
    sh.text(x0 + 62, y0 + 216, f"{caps(p.surname)} {caps(p.given_names)}", 13, bold=True)
    sh.text(x0 + 62, y0 + 240, "REMARQUES / REMARKS", 7, gray=0.35)
    sh.text(x0 + 62, y0 + 256, remarks, 13, bold=True)
    seal(sh, x0 + 410, y0 + 270, 34, "CONSULAT DE FRANCE", [ctx.visa_issued_in[:14]])
    lines = _visa_zone(ctx, p, rng)
    zone_lines(sh, lines, x0 + w / 2 + 22, y0 + 340, size=12.5, align="center")
    # an arrival stamp below the sticker
    sx, sy = 60 + rng.randint(0, 160), 500
    sh.add(Box(sx, sy, 176, 82, stroke=0.5, line=1.8))
    sh.text(sx + 88, sy + 20, "ENTRÉE / ENTRY", 9, bold=True, align="center", gray=0.45)
    sh.text(sx + 88, sy + 46, ctx.arrival.strftime("%d.%m.%y"), 15, bold=True, family="mono", align="center",
            gray=0.4)
    sh.text(sx + 88, sy + 70, rng.choice(("ROISSY CDG", "ORLY", "LYON ST-EXUPERY", "MARSEILLE PROV.")), 8,
            align="center", gray=0.45)
    sh.text(260, 724, str(rng.randint(6, 30)), 9, align="center", gray=0.5)
    return [sh], visa_truth(ctx, p, remarks, lines)


def visa_photo_on_table(ctx: DocContext, rng: random.Random) -> Built:
    """A phone picture of the sticker on a dark table: English captions first, the validity on one line
    ('FROM 05 SEP 2026 UNTIL 04 SEP 2027'), a thumb over the corner."""
    p = ctx.shown("visa")
    long_stay = ctx.visa_category == "D"
    sh = Sheet(760, 560, background=(0.28, 0.24, 0.2))
    x0, y0 = 28 + rng.randint(0, 20), 36 + rng.randint(0, 20)
    sh.add(Box(x0 - 10, y0 - 10, 700, 480, rgb=(0.5, 0.14, 0.18), stroke=None))  # the booklet's cover
    sh.add(Box(x0, y0, 680, 460, rgb=(0.95, 0.95, 0.97), stroke=None))
    sh.add(Box(x0 + 8, y0 + 8, 664, 444, rgb=(0.9, 0.93, 0.9), stroke=0.6, line=0.4))
    sh.text(x0 + 24, y0 + 36, "VISA", 24, bold=True)
    sh.text(x0 + 110, y0 + 34, "FRANCE  FRA", 13, bold=True, gray=0.2)
    sh.text(x0 + 656, y0 + 34, f"No {ctx.visa_number}", 13, bold=True, align="right")
    sh.photo(x0 + 520, y0 + 56, 130, 168)
    sh.add(Box(x0 + 540, y0 + 70, 60, 150, fill=0.96, stroke=None))  # glare on the laminate
    def up(d: date) -> str:
        return f"{d.day:02d} {MONTHS_EN[d.month - 1][:3].upper()} {d.year}"

    remarks = visa_remarks(long_stay, rng)
    xl = x0 + 24
    sh.text(xl, y0 + 70, "VALID FOR / VALABLE POUR", 8, gray=0.3)
    sh.text(xl, y0 + 88, _valid_for(ctx), 14, bold=True)
    sh.text(xl, y0 + 114, "VALIDITY / VALIDITE", 8, gray=0.3)
    sh.text(xl, y0 + 132, f"FROM {up(ctx.visa_from)}  UNTIL {up(ctx.visa_until)}", 14, bold=True)
    sh.text(xl, y0 + 158, "TYPE OF VISA / TYPE     ENTRIES / ENTREES     DURATION / DUREE", 8, gray=0.3)
    sh.text(xl, y0 + 176, f"{ctx.visa_category}", 14, bold=True)
    sh.text(xl + 136, y0 + 176, ctx.visa_entries, 14, bold=True)
    sh.text(xl + 262, y0 + 176, f"{ctx.visa_duration_days} DAYS", 14, bold=True)
    sh.text(xl, y0 + 202, "ISSUED AT / DELIVRE A", 8, gray=0.3)
    sh.text(xl, y0 + 220, f"{ctx.visa_issued_in}   {up(ctx.visa_issue)}", 14, bold=True)
    sh.text(xl, y0 + 246, "PASSPORT No / N° PASSEPORT", 8, gray=0.3)
    sh.text(xl, y0 + 264, ctx.visa_passport_number, 14, bold=True)
    sh.text(xl, y0 + 290, "SURNAME, GIVEN NAMES / NOM, PRENOMS", 8, gray=0.3)
    sh.text(xl, y0 + 308, f"{caps(p.surname)}, {caps(p.given_names)}", 14, bold=True)
    sh.text(xl, y0 + 334, "REMARKS / REMARQUES", 8, gray=0.3)
    sh.text(xl, y0 + 352, remarks, 14, bold=True)
    lines = _visa_zone(ctx, p, rng)
    zone_lines(sh, lines, x0 + 340, y0 + 396, size=14.5, align="center")
    # a thumb holding the booklet open
    tx = rng.choice((x0 - 20, x0 + 600))
    sh.add(Box(tx, 470, 110, 120, rgb=(0.78, 0.6, 0.5), stroke=None))
    sh.add(Box(tx + 20, 482, 60, 40, rgb=(0.86, 0.72, 0.64), stroke=None))
    return [sh], visa_truth(ctx, p, remarks, lines)


def visa_facing_pages(ctx: DocContext, rng: random.Random) -> Built:
    """The booklet scanned open: the sticker on the left page with French captions in full words, stamps and a
    consular note on the right page."""
    p = ctx.shown("visa")
    long_stay = ctx.visa_category == "D"
    sh = Sheet(842, 595, background=(0.99, 0.99, 0.99))
    sh.add(Box(20, 20, 802, 555, rgb=(0.93, 0.93, 0.88), stroke=0.5))
    sh.add(Box(421, 20, 0.1, 555, stroke=0.45, line=1.4))
    x0, y0, w = 34, 40, 374
    sh.add(Box(x0, y0, w, 300, rgb=(0.87, 0.9, 0.94), stroke=0.5, line=0.5))
    sh.text(x0 + 10, y0 + 22, "VISA", 16, bold=True)
    sh.text(x0 + 70, y0 + 21, "FRA", 12, bold=True, gray=0.25)
    sh.text(x0 + w - 10, y0 + 22, ctx.visa_number, 12, bold=True, family="mono", align="right")
    sh.photo(x0 + 8, y0 + 34, 84, 108)
    slash = "%d/%m/%Y"
    remarks = visa_remarks(long_stay, rng)
    grid = [
        [("Valable pour", _valid_for(ctx))],
        [("Du", ctx.visa_from.strftime(slash)), ("Au", ctx.visa_until.strftime(slash))],
        [("Type", ctx.visa_category), ("Nombre d'entrées", ctx.visa_entries)],
        [("Durée du séjour", f"{ctx.visa_duration_days} jours")],
        [("Délivré à", ctx.visa_issued_in), ("le", ctx.visa_issue.strftime(slash))],
        [("Numéro du passeport", ctx.visa_passport_number)],
    ]
    y = y0 + 46
    for row in grid:
        for i, (label, value) in enumerate(row):
            x = x0 + 102 + i * 136
            sh.text(x, y, label, 6.5, gray=0.35)
            sh.text(x, y + 12, value, 10.5, bold=True)
        y += 27
    sh.text(x0 + 10, y0 + 214, "Nom, prénoms", 6.5, gray=0.35)
    sh.text(x0 + 10, y0 + 227, f"{caps(p.surname)}, {caps(p.given_names)}", 11, bold=True)
    sh.text(x0 + 10, y0 + 244, "Remarques", 6.5, gray=0.35)
    sh.text(x0 + 10, y0 + 257, remarks, 11, bold=True)
    lines = _visa_zone(ctx, p, rng)
    zone_lines(sh, lines, x0 + w / 2, y0 + 278, size=9.8 if len(lines[0]) == 44 else 11.5, align="center")
    sh.text(210, 560, str(rng.randint(8, 20)), 8, align="center", gray=0.5)
    sh.text(632, 560, str(rng.randint(21, 31)), 8, align="center", gray=0.5)
    # the right page: the border post's stamp and the consulate's note
    sx, sy = 470 + rng.randint(0, 60), 70 + rng.randint(0, 40)
    seal(sh, sx + 70, sy + 70, 62, "POLICE AUX FRONTIÈRES", ["ENTRÉE", ctx.arrival.strftime("%d.%m.%y"), "FRANCE"],
         rgb=STAMP_INK if rng.random() < 0.5 else RED_INK)
    frame(sh, 460, 330, 330, 120, gray=0.5)
    sh.text(476, 354, "Mention du poste consulaire", 9, bold=True, gray=0.35)
    sh.text(476, 376, "Visa délivré sur présentation du passeport", 9, family="hand", gray=0.15)
    sh.text(476, 394, f"n° {ctx.visa_passport_number} - dossier {rng.randint(10000, 99999)}", 9, family="hand",
            gray=0.15)
    sign_at(sh, 640, 430, rng, scale=0.8)
    return [sh], visa_truth(ctx, p, remarks, lines)
