"""Sixth batch of development families for visas and identity papers: stickers and papers as they reach a counter.

Modelled on French long-stay visa stickers as printed and photocopied, and on the
identity papers volunteers bring: the validity in two boxes "DU / FROM" and
"AU / UNTIL" with the dates under them, or in one row "VALABLE POUR / VALID FOR ...
DU ... AU ..."; dates as "05-09-26", "05.09.2026" or "05 SEP 2026"; "DUREE DE SEJOUR /
DURATION OF STAY 365 JOURS/DAYS"; the passport number after "NUMERO DE PASSEPORT /
PASSPORT NUMBER" or "N° du document de voyage"; a sticker on a passport page among
entry stamps, or beside the data page on one scan; a consular attestation whose photo
is glued on the left with a round stamp over its corner; a court registry's certificate
of nationality "délivré le ... par le greffier en chef"; an identity card photocopied
front and back on one page; a data page with a small grey photo and its expiry printed
before its issue.
"""

from __future__ import annotations

import math
import random
from datetime import date

from synth.context import DocContext
from synth.documents.cards import _zone
from synth.documents.common import (
    Built,
    consular_card_truth,
    du,
    passport_truth,
    person_truth,
    photo_id_truth,
    visa_remarks,
    visa_truth,
)
from synth.documents.dev_common import stamp
from synth.documents.dev_pieces import entry_stamp, sign, zone_at
from synth.documents.registry import MOTTOS, caps
from synth.formats import MONTHS_EN, MONTHS_FR_ABBR, days, fmt_date
from synth.identity import Identity
from synth.layout import A4, Box, Flow, Sheet, Stroke
from synth.zones import mrv, td1, td3

# --------------------------------------------------------------------------- shared


def _yy(d: date) -> str:
    """'05-09-26': the sticker's day, month and two-digit year."""
    return d.strftime("%d-%m-%y")


def _mon(d: date) -> str:
    """'05 SEP 2026'."""
    return f"{d.day:02d} {MONTHS_EN[d.month - 1][:3].upper()} {d.year}"


def _dot(d: date) -> str:
    return d.strftime("%d.%m.%Y")


def _visa_zone(ctx: DocContext, p: Identity, rng: random.Random) -> tuple[str, str]:
    kind = "MRVA" if ctx.visa_category == "D" or rng.random() < 0.3 else "MRVB"
    return mrv(kind, "FRA", p.surname, p.given_names, ctx.visa_number, p.nationality, p.date_of_birth, p.sex,
               ctx.visa_until)


def _remarks(long_stay: bool, rng: random.Random) -> str:
    """The remarks as printed: the volunteer's mention, sometimes with the card to apply for."""
    core = visa_remarks(long_stay, rng)
    if not long_stay:
        return core
    return rng.choice((core, f"{core} CARTE DE SEJOUR A SOLLICITER", f"{core} - VALIDATION EN LIGNE OBLIGATOIRE"))


def _guilloche(sh: Sheet, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    """The sticker's faint wavy security background."""
    phase = rng.uniform(0, 6)
    for k in range(6):
        y0 = y + h * (k + 0.5) / 6
        pts = tuple((x + i * w / 40, y0 + 6 * math.sin(phase + k + i / 3)) for i in range(41))
        sh.add(Stroke(pts, width=0.4, rgb=(0.7, 0.82, 0.78)))


def _lab(sh: Sheet, x: float, y: float, label: str, value: str, *, size: float = 12, lsize: float = 6.8,
         family: str = "sans") -> None:
    sh.text(x, y, label, lsize, gray=0.35)
    sh.text(x, y + size + 2, value, size, bold=True, family=family)


def _entries(ctx: DocContext) -> str:
    return ctx.visa_entries


# --------------------------------------------------------------------------- visas


def visa_from_until_boxes(ctx: DocContext, rng: random.Random) -> Built:
    """The sticker as printed today: 'DU / FROM' and 'AU / UNTIL' boxes side by side with their dates under them
    ('05-09-26'), 'TYPE DE VISA / TYPE OF VISA', 'DUREE DE SEJOUR / DURATION OF STAY 365 JOURS/DAYS',
    'NUMERO DE PASSEPORT / PASSPORT NUMBER'."""
    p = ctx.shown("visa")
    long_stay = ctx.visa_category == "D"
    sh = Sheet(690, 470, background=(0.93, 0.97, 0.95))
    _guilloche(sh, 0, 50, 690, 300, rng)
    sh.text(18, 32, "VISA", 22, bold=True)
    sh.text(96, 31, "FRA", 14, bold=True, gray=0.2)
    sh.text(670, 32, ctx.visa_number, 15, bold=True, family="mono", align="right", gray=0.15)
    sh.photo(16, 56, 124, 160)
    x = 158
    _lab(sh, x, 62, "VALABLE POUR / VALID FOR", "FRANCE" if long_stay else "ETATS SCHENGEN")
    for i, (cap, d) in enumerate((("DU / FROM", ctx.visa_from), ("AU / UNTIL", ctx.visa_until))):
        bx = x + i * 130
        sh.add(Box(bx, 86, 122, 40, stroke=0.35, line=0.6))
        sh.text(bx + 5, 96, cap, 6.8, gray=0.35)
        sh.text(bx + 8, 118, _yy(d), 13.5, bold=True, family="mono")
    _lab(sh, x + 270, 96, "NOMBRE D'ENTREES / NUMBER OF ENTRIES", _entries(ctx))
    _lab(sh, x, 146, "TYPE DE VISA / TYPE OF VISA", ctx.visa_category)
    _lab(sh, x + 150, 146, "DUREE DE SEJOUR / DURATION OF STAY", f"{ctx.visa_duration_days} JOURS/DAYS")
    _lab(sh, x, 184, "DELIVRE A / ISSUED IN", ctx.visa_issued_in)
    _lab(sh, x + 220, 184, "LE / ON", _yy(ctx.visa_issue), family="mono")
    _lab(sh, x, 222, "NUMERO DE PASSEPORT / PASSPORT NUMBER", ctx.visa_passport_number, family="mono")
    _lab(sh, 16, 262, "NOM, PRENOM / SURNAME, NAME", f"{caps(p.surname)}, {caps(p.given_names)}", size=13)
    remarks = _remarks(long_stay, rng)
    _lab(sh, 16, 302, "REMARQUES / REMARKS", remarks, size=11.5)
    lines = _visa_zone(ctx, p, rng)
    zone_at(sh, lines, 345, 395)
    return [sh], visa_truth(ctx, p, remarks, lines)


def visa_one_row(ctx: DocContext, rng: random.Random) -> Built:
    """Names first, then the validity in one row 'VALABLE POUR / VALID FOR FRANCE DU 05.09.2026 AU 04.09.2027';
    the passport number after 'N° du document de voyage / Travel document No'; labels in the consulate's order."""
    p = ctx.shown("visa")
    long_stay = ctx.visa_category == "D"
    sh = Sheet(700, 480, background=(0.95, 0.95, 0.9))
    sh.add(Box(0, 0, 700, 40, rgb=(0.82, 0.86, 0.8), stroke=None))
    sh.text(20, 28, "VISA", 20, bold=True)
    sh.text(96, 27, f"N° {ctx.visa_number}", 12, family="mono")
    sh.text(680, 27, "FRA", 16, bold=True, align="right")
    sh.photo(548, 54, 130, 166)
    x = 22
    _lab(sh, x, 60, "NOM / SURNAME", caps(p.surname), size=13)
    _lab(sh, x, 94, "PRENOMS / GIVEN NAMES", caps(p.given_names), size=13)
    where = "FRANCE" if long_stay else "ETATS SCHENGEN"
    sh.text(x, 136, "VALABLE POUR / VALID FOR", 7, gray=0.35)
    sh.text(x, 152, f"{where}    DU  {_dot(ctx.visa_from)}    AU  {_dot(ctx.visa_until)}", 12.5, bold=True)
    _lab(sh, x, 176, "TYPE DE VISA / TYPE OF VISA", ctx.visa_category)
    _lab(sh, x + 160, 176, "NOMBRE D'ENTREES", _entries(ctx))
    _lab(sh, x + 290, 176, "DUREE DE SEJOUR / DURATION OF STAY", f"{ctx.visa_duration_days} JOURS")
    _lab(sh, x, 214, "DELIVRE A / ISSUED IN", ctx.visa_issued_in)
    _lab(sh, x + 220, 214, "LE / ON", _dot(ctx.visa_issue))
    sh.text(x, 262, f"N° du document de voyage / Travel document No :  {ctx.visa_passport_number}", 11.5)
    remarks = _remarks(long_stay, rng)
    sh.text(x, 292, "REMARQUES :", 8, gray=0.35)
    sh.text(x + 70, 292, remarks, 11.5, bold=True)
    lines = _visa_zone(ctx, p, rng)
    zone_at(sh, lines, 350, 400)
    return [sh], visa_truth(ctx, p, remarks, lines)


def visa_passport_page(ctx: DocContext, rng: random.Random) -> Built:
    """A passport's visa page photographed whole: the sticker in its upper part, an exit stamp of the home country
    and the French entry stamp below and beside it, the page number in the corner; dates '05 SEP 2026'."""
    p = ctx.shown("visa")
    long_stay = ctx.visa_category == "D"
    sh = Sheet(620, 860, background=(0.9, 0.88, 0.94))
    for k in range(14):  # the page's own print
        sh.text(310, 60 + k * 58, "VISAS  ·  VISAS  ·  VISAS", 20, align="center", gray=0.84)
    sh.text(590, 840, str(rng.choice((8, 10, 12, 14, 16))), 11, align="right", gray=0.4)
    x0, y0, w = 20.0, 40.0, 580.0
    sh.add(Box(x0, y0, w, 400, fill=None, rgb=(0.94, 0.97, 0.95), stroke=0.4, line=0.8))
    _guilloche(sh, x0, y0 + 40, w, 260, rng)
    sh.text(x0 + 14, y0 + 30, "VISA", 19, bold=True)
    sh.text(x0 + 86, y0 + 29, "FRA", 13, bold=True)
    sh.text(x0 + w - 14, y0 + 30, ctx.visa_number, 13, bold=True, family="mono", align="right")
    sh.photo(x0 + 12, y0 + 48, 104, 134)
    x = x0 + 130
    _lab(sh, x, y0 + 54, "VALABLE POUR / VALID FOR", "FRANCE" if long_stay else "ETATS SCHENGEN", size=11)
    _lab(sh, x, y0 + 86, "DU / FROM", _mon(ctx.visa_from), size=11.5)
    _lab(sh, x + 150, y0 + 86, "AU / UNTIL", _mon(ctx.visa_until), size=11.5)
    _lab(sh, x, y0 + 118, "TYPE DE VISA / TYPE OF VISA", ctx.visa_category, size=11)
    _lab(sh, x + 150, y0 + 118, "NOMBRE D'ENTREES / NUMBER OF ENTRIES", _entries(ctx), size=11)
    _lab(sh, x, y0 + 150, "DUREE DE SEJOUR / DURATION OF STAY", f"{ctx.visa_duration_days} JOURS/DAYS", size=11)
    _lab(sh, x + 230, y0 + 150, "LE / ON", _mon(ctx.visa_issue), size=11)
    _lab(sh, x, y0 + 182, "DELIVRE A / ISSUED IN", ctx.visa_issued_in, size=11)
    _lab(sh, x0 + 12, y0 + 214, "NUMERO DE PASSEPORT / PASSPORT NUMBER", ctx.visa_passport_number, size=11.5,
         family="mono")
    _lab(sh, x0 + 12, y0 + 246, "NOM, PRENOM / SURNAME, NAME", f"{caps(p.surname)}, {caps(p.given_names)}", size=12)
    remarks = _remarks(long_stay, rng)
    _lab(sh, x0 + 12, y0 + 280, "REMARQUES / REMARKS", remarks, size=10.5)
    lines = _visa_zone(ctx, p, rng)
    zone_at(sh, lines, x0 + w / 2, y0 + 338)
    c = p.country
    left = rng.random() < 0.5
    out_day = ctx.arrival - days(1)
    entry_stamp(sh, 40 if left else 400, 470, f"SORTIE · {c.code}", out_day.strftime("%d.%m.%y"),
                caps(rng.choice(c.cities)), w=160)
    entry_stamp(sh, 380 if left else 50, 560, "ENTREE", ctx.arrival.strftime("%d-%m-%y"),
                rng.choice(("ROISSY CDG", "ORLY", "MARSEILLE PROVENCE", "LYON ST-EXUPERY")), w=170)
    if rng.random() < 0.6:  # an older visit's stamps
        old = ctx.arrival - days(rng.randint(400, 900))
        entry_stamp(sh, 200, 690, "ARRIVAL", old.strftime("%d %b %Y").upper(), c.name_en.upper(), w=150)
    return [sh], visa_truth(ctx, p, remarks, lines)


def visa_facing_pages(ctx: DocContext, rng: random.Random) -> Built:
    """One grey A4 scan of an open passport: the visa page above, the data page below (the passport as issued,
    its own dates and zone); the sticker's labels French only, dates in one of the sticker styles."""
    p = ctx.shown("visa")
    h = ctx.shown("passport")
    long_stay = ctx.visa_category == "D"
    fmt = rng.choice((_yy, _dot, _mon))
    sh = Sheet(*A4)
    sh.add(Box(40, 36, 515, 760, fill=0.86, stroke=0.5, line=0.6))
    sh.add(Box(40, 415, 515, 0.1, stroke=0.3, line=1.2))  # the fold
    sh.add(Box(56, 52, 483, 300, fill=0.93, stroke=0.4, line=0.6))
    sh.text(66, 76, "VISA", 16, bold=True)
    sh.text(120, 75, "FRA", 11, bold=True)
    sh.text(529, 76, ctx.visa_number, 11.5, bold=True, family="mono", align="right")
    sh.photo(64, 88, 86, 110)
    x = 162
    rows = (
        ("VALABLE POUR", "FRANCE" if long_stay else "ETATS SCHENGEN"), ("DU", fmt(ctx.visa_from)),
        ("AU", fmt(ctx.visa_until)), ("TYPE DE VISA", ctx.visa_category), ("NOMBRE D'ENTREES", _entries(ctx)),
        ("DUREE DE SEJOUR", f"{ctx.visa_duration_days} JOURS"), ("DELIVRE A", ctx.visa_issued_in),
        ("LE", fmt(ctx.visa_issue)), ("NUMERO DE PASSEPORT", ctx.visa_passport_number),
    )
    for i, (cap, value) in enumerate(rows):
        col, row = divmod(i, 5)
        _lab(sh, x + col * 190, 96 + row * 30, cap, value, size=10.5, lsize=6.3)
    _lab(sh, 66, 262, "NOM, PRENOM", f"{caps(p.surname)}, {caps(p.given_names)}", size=11)
    remarks = _remarks(long_stay, rng)
    _lab(sh, 66, 290, "REMARQUES", remarks, size=10)
    lines = _visa_zone(ctx, p, rng)
    for i, line in enumerate(lines):
        sh.text(297, 330 + i * 14, line, 10.5, family="mono", bold=True, align="center")
    c = h.country
    sh.text(297, 446, f"PASSEPORT / PASSPORT   {c.name_en.upper()}", 12, bold=True, align="center", gray=0.2)
    sh.photo(60, 466, 100, 128)
    y = 470
    for cap, value in (("Nom / Surname", caps(h.surname)), ("Prénoms / Given names", caps(h.given_names)),
                       ("Date de naissance / Date of birth", fmt_date(h.date_of_birth, "abbr")),
                       ("N° / No.", h.passport_number),
                       ("Expiration / Expiry", fmt_date(ctx.passport_expiry, "abbr"))):
        _lab(sh, 180, y, cap, value, size=10.5, lsize=6.3)
        y += 26
    pz = td3(c.code, h.surname, h.given_names, h.passport_number, c.code, h.date_of_birth, h.sex,
             ctx.passport_expiry)
    for i, line in enumerate(pz):
        sh.text(297, 640 + i * 14, line, 10, family="mono", bold=True, align="center", gray=0.15)
    return [sh], visa_truth(ctx, p, remarks, lines)


# --------------------------------------------------------------------------- identity cards and passports


def _card_front(sh: Sheet, ctx: DocContext, x: float, y: float) -> None:
    p = ctx.shown("photo_id")
    c = p.country
    sh.add(Box(x, y, 340, 215, fill=0.9, stroke=0.3, line=0.8))
    sh.text(x + 170, y + 18, caps(f"REPUBLIQUE {du(c.name_fr)}") if c.french_speaking else c.name_en.upper(), 9.5,
            bold=True, align="center", gray=0.15)
    sh.text(x + 170, y + 31, "CARTE NATIONALE D'IDENTITE / NATIONAL IDENTITY CARD", 7, align="center", gray=0.3)
    sh.photo(x + 10, y + 42, 82, 104)
    lx = x + 104
    _lab(sh, lx, y + 50, "Nom / Surname", caps(p.surname), size=10.5, lsize=6)
    _lab(sh, lx, y + 78, "Prénoms / Given names", p.given_names, size=10.5, lsize=6)
    _lab(sh, lx, y + 106, "Né(e) le / Date of birth", p.date_of_birth.strftime("%d.%m.%Y"), size=10.5, lsize=6)
    _lab(sh, lx + 130, y + 106, "Sexe / Sex", p.sex, size=10.5, lsize=6)
    _lab(sh, lx, y + 134, "Lieu de naissance / Place of birth", caps(p.place_of_birth), size=10, lsize=6)
    _lab(sh, lx, y + 162, "Date d'expiration / Date of expiry", ctx.id_expiry.strftime("%d.%m.%Y"), size=10.5,
         lsize=6)
    _lab(sh, x + 10, y + 162, "N°", ctx.id_number, size=10, lsize=6, family="mono")


def _card_back(sh: Sheet, ctx: DocContext, x: float, y: float, rng: random.Random) -> tuple[str, str, str]:
    p = ctx.shown("photo_id")
    c = p.country
    sh.add(Box(x, y, 340, 215, fill=0.9, stroke=0.3, line=0.8))
    _lab(sh, x + 12, y + 18, "Délivrée le / Date of issue", ctx.id_issue.strftime("%d.%m.%Y"), size=10.5, lsize=6)
    _lab(sh, x + 170, y + 18, "Autorité / Authority", caps(c.authority)[:30], size=8, lsize=6)
    _lab(sh, x + 12, y + 50, "Adresse / Address", caps(rng.choice(c.cities)), size=9.5, lsize=6)
    sign(sh, x + 200, y + 68, rng, scale=0.5)
    lines = td1(c.code, p.surname, p.given_names, ctx.id_number, c.code, p.date_of_birth, p.sex, ctx.id_expiry)
    for i, line in enumerate(lines):
        sh.text(x + 170, y + 130 + i * 20, line, 12.5, family="mono", bold=True, align="center", char_space=0.6)
    return lines


def photo_id_a4_copy(ctx: DocContext, rng: random.Random) -> Built:
    """A grey A4 photocopy of an identity card, front and back on one page with wide white margins (the back
    first, as often as not): the expiry on the front, the issue date and the zone on the back."""
    sh = Sheet(*A4)
    back_first = rng.random() < 0.5
    xs = rng.uniform(60, 190)
    top, low = 80 + rng.uniform(0, 40), 420 + rng.uniform(0, 60)
    lines = _card_back(sh, ctx, xs + rng.uniform(-20, 20), top if back_first else low, rng)
    _card_front(sh, ctx, xs, low if back_first else top)
    if rng.random() < 0.5:
        sh.text(A4[0] / 2, 790, "Copie certifiée conforme à l'original", 10, family="hand", align="center", gray=0.3)
    return [sh], photo_id_truth(ctx, lines)


def passport_small_grey(ctx: DocContext, rng: random.Random) -> Built:
    """A data page whose photo is small and grey with a ghost image beside it, the expiry printed above the date of
    issue ('Date d'expiration / Date of expiry' first), dates as '05 SEPT/SEP 2026'."""
    p = ctx.shown("passport")
    c = p.country

    def d2(d: date) -> str:
        return f"{d.day:02d} {MONTHS_FR_ABBR[d.month - 1]}/{MONTHS_EN[d.month - 1][:3].upper()} {d.year}"

    sh = Sheet(680, 480, background=(0.96, 0.94, 0.9))
    sh.text(340, 24, c.name_en.upper() if not c.french_speaking else caps(f"REPUBLIQUE {du(c.name_fr)}"), 12,
            bold=True, align="center")
    sh.text(340, 40, "PASSEPORT  PASSPORT", 10, align="center", gray=0.3)
    sh.photo(26, 70, 78, 98)
    sh.add(Box(120, 120, 40, 50, fill=0.88, stroke=None))  # the ghost image
    x1, x2, x3 = 184, 360, 520
    _lab(sh, x1, 60, "Type", "P")
    _lab(sh, x2, 60, "Code", c.code)
    _lab(sh, x3, 60, "Passeport N° / Passport No.", p.passport_number, family="mono")
    _lab(sh, x1, 96, "Nom / Surname", caps(p.surname), size=12.5)
    _lab(sh, x1, 132, "Prénoms / Given names", caps(p.given_names), size=12.5)
    _lab(sh, x1, 168, "Nationalité / Nationality", c.nationality_fr.upper())
    _lab(sh, x3, 168, "Sexe / Sex", p.sex)
    _lab(sh, x1, 204, "Date de naissance / Date of birth", d2(p.date_of_birth))
    _lab(sh, x2 + 40, 204, "Lieu de naissance / Place of birth", caps(p.place_of_birth))
    _lab(sh, x1, 240, "Date d'expiration / Date of expiry", d2(ctx.passport_expiry))
    _lab(sh, x2 + 40, 240, "Date de délivrance / Date of issue", d2(ctx.passport_issue))
    _lab(sh, x1, 276, "Autorité / Authority", c.authority, size=10.5)
    sign(sh, 30, 200, rng, scale=0.45)
    lines = td3(c.code, p.surname, p.given_names, p.passport_number, c.code, p.date_of_birth, p.sex,
                ctx.passport_expiry)
    _zone(sh, lines, 410)
    return [sh], passport_truth(ctx, lines)


# --------------------------------------------------------------------------- attestations, certificates


def _round_stamp(sh: Sheet, cx: float, cy: float, r: float, words: str) -> None:
    """A round rubber stamp drawn in violet ink (two rings and its words across the middle)."""
    for rr in (r, r - 5):
        pts = tuple((cx + rr * math.cos(t / 24 * math.pi), cy + rr * math.sin(t / 24 * math.pi)) for t in range(49))
        sh.add(Stroke(pts, width=1.3, rgb=(0.45, 0.3, 0.6)))
    sh.text(cx, cy + 3, words, 6.5, bold=True, align="center", gray=0.45)


def consular_attestation_glued(ctx: DocContext, rng: random.Random) -> Built:
    """A consulate's attestation whose photo is glued on the left, a round stamp across its corner, the text to
    its right; the issue date after 'Fait à Paris, le' under the text."""
    p = ctx.shown("consular_attestation")
    c = p.country
    photo = "consular_attestation" not in ctx.without_photo
    f = Flow(family="serif", size=11)
    f.para(caps(f"REPUBLIQUE {du(c.name_fr)}") if c.code != "MAR" else "ROYAUME DU MAROC", bold=True, after=0)
    if c.code in MOTTOS:
        f.para(MOTTOS[c.code], size=8.5, after=0)
    f.para(f"Consulat Général {du(c.name_fr)} à Paris", size=10, after=0)
    f.para(f"N° {rng.randint(100, 2999)}/CG/{ctx.consular_att_issue.year % 100:02d}", size=9.5, after=18)
    f.title("ATTESTATION CONSULAIRE", size=14)
    indent = 0.0
    if photo:
        top = f.y
        f.sheet.photo(f.margin, top, 96, 122)
        _round_stamp(f.sheet, f.margin + 82, top + 114, 32, "CONSULAT")
        indent = 120
    civ = "Madame" if p.sex == "F" else "Monsieur"
    f.para("Le Consul Général soussigné atteste que :", indent=indent, after=8)
    f.para(f"{civ} {caps(p.surname)} {p.given_names}", bold=True, indent=indent, after=4)
    f.para(f"{'née' if p.sex == 'F' else 'né'} le {fmt_date(p.date_of_birth, 'dmy_slash')} à {p.place_of_birth}",
           indent=indent, after=4)
    f.para(f"titulaire du passeport n° {p.passport_number},", indent=indent, after=4)
    f.para(f"est de nationalité {c.nationality_fr} et immatriculé{'e' if p.sex == 'F' else ''} au registre des "
           f"ressortissants {du(c.name_fr)} établis dans la circonscription consulaire.", indent=indent, after=14)
    if photo:
        f.y = max(f.y, top + 150)
    f.para("En foi de quoi la présente attestation lui est délivrée pour servir et valoir ce que de droit.", after=16)
    f.para(f"Fait à Paris, le {fmt_date(ctx.consular_att_issue, 'fr_long')}", align="right", after=6)
    f.para("Le Consul Général", align="right", after=4)
    f.need(80)
    sign(f.sheet, A4[0] - f.margin - 140, f.y + 30, rng)
    stamp(f.sheet, f.margin, f.y, ["CONSULAT GENERAL", caps(c.name_fr), "PARIS"], w=160)
    f.y += 70
    truth = person_truth(p) | {"nationality": c.code, "issue_date": ctx.consular_att_issue.isoformat(),
                                "has_photo": str(photo).lower()}
    return f.sheets, truth


def nationality_court_registry(ctx: DocContext, rng: random.Random) -> Built:
    """A certificate of nationality from a court's registry: numbered in the registry, the holder's particulars in
    prose, the legal basis, and at the end 'délivré le ... par le greffier en chef' in one sentence."""
    p = ctx.shown("nationality_certificate")
    c = p.country
    photo = "nationality_certificate" not in ctx.without_photo
    city = rng.choice(c.cities)
    f = Flow(family="serif", size=11)
    f.para(caps(f"REPUBLIQUE {du(c.name_fr)}") if c.code != "MAR" else "ROYAUME DU MAROC", bold=True, align="center",
           after=0)
    if c.code in MOTTOS:
        f.para(MOTTOS[c.code], size=9, align="center", after=0)
    f.para("MINISTERE DE LA JUSTICE", size=9.5, align="center", after=10)
    photo_top = f.y
    f.para(f"COUR D'APPEL DE {caps(c.cities[0])}", size=9.5, after=0)
    f.para(f"TRIBUNAL DE GRANDE INSTANCE DE {caps(city)}", size=9.5, after=0)
    f.para("GREFFE", size=9.5, after=0)
    f.para(f"Registre n° {rng.randint(10, 99)} - N° {rng.randint(100, 4999)}/{ctx.natcert_issue.year}", size=9.5,
           after=14)
    f.title("CERTIFICAT DE NATIONALITE", size=14.5)
    if photo:
        f.sheet.photo(A4[0] - f.margin - 84, photo_top, 84, 106)
        f.y = max(f.y, photo_top + 116)
    pere = "fils" if p.sex == "M" else "fille"
    f.para(f"Il est certifié que {caps(p.surname)} {p.given_names}, {'née' if p.sex == 'F' else 'né'} le "
           f"{fmt_date(p.date_of_birth, 'fr_long')} à {p.place_of_birth} ({c.name_fr}), {pere} de "
           f"{rng.choice(c.male).split()[0]} {p.surname} et de {rng.choice(c.female).split()[0]} "
           f"{rng.choice(c.surnames)}, est de nationalité {c.nationality_fr}.", after=10)
    f.para("Le présent certificat est établi au vu de l'acte de naissance de l'intéressé(e) et des pièces "
           "justificatives produites, conformément au Code de la nationalité.", after=10)
    f.para(f"Le présent certificat a été délivré le {fmt_date(ctx.natcert_issue, 'fr_long')} par le greffier en "
           f"chef du tribunal de grande instance de {city}, pour servir et valoir ce que de droit.", after=18)
    f.para("Le Greffier en Chef", align="right", after=4)
    f.need(80)
    sign(f.sheet, A4[0] - f.margin - 140, f.y + 30, rng)
    stamp(f.sheet, f.margin, f.y, ["GREFFE", f"TGI {caps(city)}"], w=150)
    f.y += 70
    truth = person_truth(p) | {"nationality": c.code, "issue_date": ctx.natcert_issue.isoformat(),
                                "has_photo": str(photo).lower()}
    return f.sheets, truth


def consular_card_copied_sides(ctx: DocContext, rng: random.Random) -> Built:
    """A consular registration card photocopied on A4, its front (name, photo, number) above its back, where the
    expiry comes before the issue ('Expire le / Expires' then 'Émise le / Issued'), dates '05 SEP 2026'."""
    p = ctx.shown("consular_card")
    c = p.country
    photo = "consular_card" not in ctx.without_photo
    sh = Sheet(*A4)
    x, y = rng.uniform(90, 170), rng.uniform(70, 120)
    sh.add(Box(x, y, 330, 206, fill=0.9, stroke=0.3, line=0.8))
    sh.text(x + 165, y + 18, f"CONSULAT GENERAL {caps(du(c.name_fr))} A PARIS", 8.5, bold=True, align="center")
    sh.text(x + 165, y + 32, "CARTE D'IMMATRICULATION CONSULAIRE", 9.5, bold=True, align="center", gray=0.2)
    lx = x + 12
    if photo:
        sh.photo(x + 12, y + 44, 80, 100)
        lx = x + 104
    _lab(sh, lx, y + 54, "NOM", caps(p.surname), size=11.5, lsize=6.3)
    _lab(sh, lx, y + 84, "PRENOMS", caps(p.given_names), size=11, lsize=6.3)
    _lab(sh, lx, y + 114, "NE(E) LE", _mon(p.date_of_birth), size=11, lsize=6.3)
    _lab(sh, lx + 110, y + 114, "A", caps(p.place_of_birth), size=10, lsize=6.3)
    _lab(sh, x + 12, y + 168, "CARTE N°", ctx.consular_card_number, size=12, lsize=6.3, family="mono")
    by = y + 206 + rng.uniform(60, 110)
    bx = x + rng.uniform(-15, 15)
    sh.add(Box(bx, by, 330, 206, fill=0.9, stroke=0.3, line=0.8))
    _lab(sh, bx + 14, by + 24, "Nationalité / Nationality", c.nationality_fr.upper(), size=11, lsize=6.5)
    _lab(sh, bx + 14, by + 60, "Expire le / Expires", _mon(ctx.consular_card_expiry), size=11.5, lsize=6.5)
    _lab(sh, bx + 170, by + 60, "Émise le / Issued", _mon(ctx.consular_card_issue), size=11.5, lsize=6.5)
    _lab(sh, bx + 14, by + 96, "Adresse en France", rng.choice(("PARIS", "MONTREUIL", "LYON", "MARSEILLE")),
         size=10, lsize=6.5)
    sh.text(bx + 14, by + 150, "Cette carte doit être présentée à toute demande des autorités consulaires.", 6.5,
            gray=0.35)
    sign(sh, bx + 200, by + 178, rng, scale=0.5)
    sh.text(bx + 316, by + 198, "Le Consul", 7, align="right", gray=0.35)
    return [sh], consular_card_truth(ctx, photo)
