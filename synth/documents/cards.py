"""Card-like documents: passport, visa, identity card and consular card, with their zones."""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import (
    Built,
    consular_card_truth,
    du,
    passport_truth,
    person_truth,
    photo_id_truth,
    squiggle,
)
from synth.formats import fmt_date
from synth.layout import Box, Sheet, Stroke, Text
from synth.zones import mrv, td1, td3


def _label(sh: Sheet, x: float, y: float, label: str, value: str, *, vsize: float = 14, lsize: float = 9.5) -> None:
    sh.text(x, y, label, lsize, gray=0.25)
    sh.text(x, y + vsize + 4, value, vsize, bold=True)


ZONE_STYLE = {"size": 17.0, "bold": True, "char_space": 1.5}


def _zone(sh: Sheet, lines: tuple[str, ...], y: float) -> None:
    # bold DejaVu Sans Mono with a little letter spacing: Tesseract reads it reliably once deskewed
    size, bold, space = float(ZONE_STYLE["size"]), bool(ZONE_STYLE["bold"]), float(ZONE_STYLE["char_space"])
    for i, line in enumerate(lines):
        sh.add(Text(sh.width / 2, y + i * size * 1.5, line, size, family="mono", bold=bold, align="center",
                    char_space=space))


def passport(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("passport")
    c = p.country
    style = rng.choice(("abbr", "dmy_slash", "dmy_dot", "abbr"))
    sh = Sheet(660, 470, background=rng.choice([(0.95, 0.93, 0.98), (0.93, 0.97, 0.95), (0.98, 0.95, 0.92)]))
    sh.add(Box(0, 0, 660, 44, rgb=(0.85, 0.82, 0.9), stroke=None))
    sh.text(330, 30, f"PASSEPORT / PASSPORT   {c.name_en.upper()}", 17, bold=True, align="center")
    sh.photo(24, 62, 150, 190)
    x1, x2 = 195, 430
    _label(sh, x1, 66, "Type / Type", "P")
    _label(sh, x1 + 80, 66, "Code / Code", c.code)
    _label(sh, x2, 66, "N° de passeport / Passport No.", p.passport_number)
    _label(sh, x1, 106, "Nom / Surname", p.surname.upper())
    _label(sh, x1, 146, "Prénoms / Given names", p.given_names.upper())
    _label(sh, x1, 186, "Nationalité / Nationality", c.name_en.upper())
    _label(sh, x1, 226, "Date de naissance / Date of birth", fmt_date(p.date_of_birth, style))
    _label(sh, x2, 226, "Sexe / Sex", p.sex)
    _label(sh, x1, 266, "Lieu de naissance / Place of birth", p.place_of_birth.upper())
    _label(sh, x1, 306, "Date de délivrance / Date of issue", fmt_date(ctx.passport_issue, style))
    _label(sh, x2, 306, "Date d'expiration / Date of expiry", fmt_date(ctx.passport_expiry, style))
    _label(sh, x1, 346, "Autorité / Authority", c.authority.upper(), vsize=12)
    sh.add(Stroke(tuple((40 + x, 300 + y) for x, y in squiggle(rng)), rgb=(0.1, 0.1, 0.3)))
    lines = td3(c.code, p.surname, p.given_names, p.passport_number, c.code, p.date_of_birth, p.sex,
                ctx.passport_expiry)
    _zone(sh, lines, 412)
    truth = passport_truth(ctx, lines)
    return [sh], truth


def visa(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("visa")
    long_stay = ctx.visa_category == "D"
    kind = "MRVA" if long_stay or rng.random() < 0.4 else "MRVB"
    style = rng.choice(("dmy_slash", "dmy_dot"))
    sh = Sheet(660, 450, background=(0.93, 0.95, 0.97))
    sh.add(Box(0, 0, 660, 40, rgb=(0.78, 0.86, 0.93), stroke=None))
    sh.text(24, 30, "VISA", 22, bold=True)
    sh.text(120, 28, "RÉPUBLIQUE FRANÇAISE   FRA", 13, bold=True)
    sh.text(636, 28, f"N° {ctx.visa_number}", 14, bold=True, align="right", gray=0.0)
    sh.photo(20, 58, 130, 170)
    x, x2 = 170, 440
    valid_for = "FRANCE" if long_stay else "ETATS SCHENGEN"
    _label(sh, x, 62, "VALABLE POUR / VALID FOR", valid_for)
    _label(sh, x, 100, "DU / FROM", fmt_date(ctx.visa_from, style))
    _label(sh, x2, 100, "AU / UNTIL", fmt_date(ctx.visa_until, style))
    sh.text(x, 150, "TYPE DE VISA", 11, gray=0.25)
    sh.text(x + 95, 150, ctx.visa_category, 14, bold=True)
    sh.text(x + 140, 150, "NOMBRE D'ENTREES", 11, gray=0.25)
    sh.text(x + 270, 150, ctx.visa_entries, 14, bold=True)
    sh.text(x, 180, "DUREE DE SEJOUR", 11, gray=0.25)
    sh.text(x + 125, 180, f"{ctx.visa_duration_days} JOURS", 14, bold=True)
    _label(sh, x, 206, "DELIVRE A / ISSUED IN", ctx.visa_issued_in)
    _label(sh, x2, 206, "LE / ON", fmt_date(ctx.visa_issue, style))
    _label(sh, x, 246, "N° DE PASSEPORT / PASSPORT NUMBER", ctx.visa_passport_number)
    _label(sh, x, 286, "NOM, PRENOM / SURNAME, NAME", f"{p.surname.upper()}, {p.given_names.upper()}")
    remarks = "VLS-TS VOLONTAIRE" if long_stay else rng.choice(("TOURISME", "VISITE FAMILIALE", "AFFAIRES"))
    sh.text(20, 338, "REMARQUES:", 11, gray=0.25)
    sh.text(110, 338, remarks, 14, bold=True)
    lines = mrv(kind, "FRA", p.surname, p.given_names, ctx.visa_number, p.nationality, p.date_of_birth, p.sex,
                ctx.visa_until)
    _zone(sh, lines, 395)
    truth = person_truth(p) | {
        "sex": p.sex, "nationality": p.nationality, "document_number": ctx.visa_number,
        "visa_category": "long_stay" if long_stay else "short_stay", "valid_from": ctx.visa_from.isoformat(),
        "valid_until": ctx.visa_until.isoformat(), "issue_date": ctx.visa_issue.isoformat(),
        "duration_days": str(ctx.visa_duration_days), "entries": ctx.visa_entries, "remarks": remarks,
        "passport_number": ctx.visa_passport_number, "zone": "\n".join(lines),
    }
    return [sh], truth


def photo_id(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("photo_id")
    c = p.country
    style = rng.choice(("dmy_slash", "dmy_dot", "abbr"))
    sh = Sheet(660, 430, background=(0.92, 0.95, 0.92))
    sh.text(330, 30, f"{c.name_fr.upper()} - CARTE NATIONALE D'IDENTITÉ", 15, bold=True, align="center")
    sh.text(330, 50, "NATIONAL IDENTITY CARD", 12, align="center")
    sh.photo(22, 66, 140, 180)
    x, x2 = 185, 430
    _label(sh, x, 72, "Nom / Surname", p.surname.upper())
    _label(sh, x, 110, "Prénoms / Given names", p.given_names.upper())
    _label(sh, x, 148, "Date de naissance / Date of birth", fmt_date(p.date_of_birth, style))
    _label(sh, x2, 148, "Sexe / Sex", p.sex)
    _label(sh, x, 186, "N° de la carte / Card No.", ctx.id_number)
    _label(sh, x2, 186, "Nationalité / Nationality", c.code)
    _label(sh, x, 224, "Date de délivrance / Date of issue", fmt_date(ctx.id_issue, style))
    _label(sh, x2, 224, "Date d'expiration / Date of expiry", fmt_date(ctx.id_expiry, style))
    lines = td1(c.code, p.surname, p.given_names, ctx.id_number, c.code, p.date_of_birth, p.sex, ctx.id_expiry)
    _zone(sh, lines, 318)
    truth = photo_id_truth(ctx, lines)
    return [sh], truth


def consular_card(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("consular_card")
    c = p.country
    style = rng.choice(("dmy_slash", "dmy_dot"))
    sh = Sheet(660, 420, background=(0.97, 0.95, 0.88))
    sh.text(330, 32, "CARTE CONSULAIRE / CONSULAR CARD", 18, bold=True, align="center")
    sh.text(330, 54, f"Consulat général {du(c.name_fr)} à Paris", 12, align="center")
    if "consular_card" not in ctx.without_photo:
        sh.photo(24, 74, 140, 180)
    x = 190
    _label(sh, x, 84, "Nom / Surname", p.surname.upper())
    _label(sh, x, 122, "Prénoms / Given names", p.given_names)
    _label(sh, x, 160, "Né(e) le / Date of birth", fmt_date(p.date_of_birth, style))
    _label(sh, x + 230, 160, "Nationalité / Nationality", c.nationality_fr)
    _label(sh, x, 198, "N° d'immatriculation / Registration No.", ctx.consular_card_number)
    _label(sh, x, 236, "Délivrée le / Issued on", fmt_date(ctx.consular_card_issue, style))
    _label(sh, x + 230, 236, "Expire le / Expires on", fmt_date(ctx.consular_card_expiry, style))
    sh.text(x, 300, "Adresse en France / Address in France", 9.5, gray=0.25)
    sh.text(x, 318, f"{rng.randint(2, 120)} rue de la Roquette, 75011 Paris", 12)
    sh.add(Stroke(tuple((440 + x_, 370 + y) for x_, y in squiggle(rng)), rgb=(0.1, 0.1, 0.3)))
    sh.text(440, 405, "Le Consul général", 10, gray=0.25)
    truth = consular_card_truth(ctx, "consular_card" not in ctx.without_photo)
    return [sh], truth
