"""Held-out passport and visa families: scanned booklet spreads, boxed data pages, stamped visa pages.

Written after the first held-out families had been looked at, by someone who had
not tuned the reader: passports as a two-page spread (visa page beside the data
page), boxed French-first data pages, and visa stickers photographed on their
passport page with an entry stamp, or printed with short two-digit years.
"""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.cards import _zone
from synth.documents.common import Built, person_truth, squiggle
from synth.formats import MONTHS_EN, MONTHS_FR_ABBR, fmt_date
from synth.layout import Box, Sheet, Stroke
from synth.zones import mrv, td3

# the holder's own language first, where the generator knows it, then English and French
_TRILINGUAL = {
    "BRA": ("Sobrenome", "Nome", "Nacionalidade", "Data de nascimento", "Sexo", "Local de nascimento",
            "Data de expedição", "Válido até", "Autoridade", "Passaporte nº"),
    "COL": ("Apellidos", "Nombres", "Nacionalidad", "Fecha de nacimiento", "Sexo", "Lugar de nacimiento",
            "Fecha de expedición", "Fecha de vencimiento", "Autoridad", "Pasaporte No."),
}
_EN_FR = (("Surname", "Nom"), ("Given names", "Prénoms"), ("Nationality", "Nationalité"),
          ("Date of birth", "Date de naissance"), ("Sex", "Sexe"), ("Place of birth", "Lieu de naissance"),
          ("Date of issue", "Date de délivrance"), ("Date of expiry", "Date d'expiration"),
          ("Authority", "Autorité"), ("Passport No.", "N° du passeport"))


def _mixed_month(d: date) -> str:
    """'13 Jul 1990', lower-case month as some booklets print it."""
    return f"{d.day:02d} {MONTHS_EN[d.month - 1][:3]} {d.year}"


def _fr_abbr(d: date) -> str:
    """'13 JUIL. 1990': French month abbreviations with a full stop."""
    month = MONTHS_FR_ABBR[d.month - 1]
    return f"{d.day:02d} {month}{'' if month in ('MAI', 'JUIN', 'MARS', 'AOÛT') else '.'} {d.year}"


def _passport_truth(ctx: DocContext, lines: tuple[str, str]) -> dict[str, str]:
    p = ctx.shown("passport")
    c = p.country
    return person_truth(p) | {
        "sex": p.sex, "nationality": c.code, "place_of_birth": p.place_of_birth,
        "document_number": p.passport_number, "issue_date": ctx.passport_issue.isoformat(),
        "expiry_date": ctx.passport_expiry.isoformat(), "issuing_authority": c.authority,
        "zone": "\n".join(lines),
    }


def _entry_stamp(sh: Sheet, x: float, y: float, ctx: DocContext, rng: random.Random) -> None:
    """A border-police entry stamp, slightly faded, with the day of entry."""
    sh.add(Box(x, y, 150, 78, stroke=0.35, line=2.0))
    sh.text(x + 75, y + 18, "FRANCE", 11, bold=True, align="center", gray=0.35)
    sh.text(x + 75, y + 36, "ENTRÉE", 10, align="center", gray=0.35)
    sh.text(x + 75, y + 54, ctx.arrival.strftime("%d.%m.%y"), 12, bold=True, align="center", gray=0.35)
    sh.text(x + 75, y + 71, rng.choice(("ROISSY-CDG", "ORLY", "LYON ST-EXUPÉRY", "MARSEILLE")), 8,
            align="center", gray=0.35)


def passport_spread(ctx: DocContext, rng: random.Random) -> Built:
    """The booklet scanned open: an observations page with an entry stamp beside the data page."""
    p = ctx.shown("passport")
    c = p.country
    sh = Sheet(940, 560, background=(0.97, 0.96, 0.93))
    sh.add(Box(470, 0, 1, 560, fill=0.6, stroke=None))  # the fold
    sh.text(235, 40, "OBSERVATIONS", 12, align="center", gray=0.4)
    sh.text(40, 470, "4", 9, gray=0.5)
    _entry_stamp(sh, 150, 150, ctx, rng)
    own = _TRILINGUAL.get(c.code)
    labels = [" / ".join((own[i], en, fr) if own else (en, fr)) for i, (en, fr) in enumerate(_EN_FR)]
    x0 = 490
    sh.text(705, 34, f"{c.name_en.upper()}", 14, bold=True, align="center")
    sh.text(705, 52, "PASSPORT  ·  PASSEPORT", 10, align="center", gray=0.3)
    sh.photo(x0, 72, 110, 140)
    rows = [(labels[9], p.passport_number), (labels[0], p.surname.upper()), (labels[1], p.given_names.upper()),
            (labels[2], c.name_en.upper()), (labels[3], _mixed_month(p.date_of_birth)), (labels[4], p.sex),
            (labels[5], p.place_of_birth.upper()), (labels[6], _mixed_month(ctx.passport_issue)),
            (labels[7], _mixed_month(ctx.passport_expiry)), (labels[8], c.authority.upper())]
    y = 80.0
    for i, (label, value) in enumerate(rows):
        x = x0 + 125 if i < 5 else x0
        if i == 5:
            y = 252.0
        sh.text(x, y, label, 7.5, gray=0.35)
        sh.text(x, y + 13, value, 10.5, bold=True)
        y += 30
    sh.add(Stroke(tuple((x0 + x * 0.6, 226 + y * 0.5) for x, y in squiggle(rng)), rgb=(0.1, 0.1, 0.3)))
    lines = td3(c.code, p.surname, p.given_names, p.passport_number, c.code, p.date_of_birth, p.sex,
                ctx.passport_expiry)
    for i, line in enumerate(lines):  # the zone sits under the data page only
        sh.text(705, 492 + i * 22, line, 13, family="mono", bold=True, align="center", char_space=1.0)
    sh.text(900, 540, "5", 9, gray=0.5)
    return [sh], _passport_truth(ctx, lines)


def passport_boxed(ctx: DocContext, rng: random.Random) -> Built:
    """A French-first data page in ruled boxes, type/code/number in a row across the top."""
    p = ctx.shown("passport")
    c = p.country
    sh = Sheet(660, 520, background=(0.94, 0.96, 0.95))
    sh.text(330, 26, f"RÉPUBLIQUE {c.name_fr.upper()}" if c.french_speaking else c.name_fr.upper(), 13,
            bold=True, align="center")
    sh.text(330, 44, "PASSEPORT", 11, align="center", char_space=3)

    def cell(x: float, y: float, w: float, label: str, value: str) -> None:
        sh.add(Box(x, y, w, 34, stroke=0.55, line=0.5))
        sh.text(x + 4, y + 10, label, 7, gray=0.35)
        sh.text(x + 6, y + 27, value, 12, bold=True)

    cell(190, 58, 60, "Type", "P")
    cell(250, 58, 110, "Code du pays", c.code)
    cell(360, 58, 276, "N° du passeport", p.passport_number)
    cell(190, 92, 446, "Nom", p.surname.upper())
    cell(190, 126, 446, "Prénoms", p.given_names.upper())
    cell(190, 160, 220, "Date de naissance", _fr_abbr(p.date_of_birth))
    cell(410, 160, 60, "Sexe", p.sex)
    cell(470, 160, 166, "Nationalité", c.nationality_fr.upper())
    cell(190, 194, 446, "Lieu de naissance", p.place_of_birth.upper())
    cell(190, 228, 220, "Délivré le", _fr_abbr(ctx.passport_issue))
    cell(410, 228, 226, "Expire le", _fr_abbr(ctx.passport_expiry))
    cell(190, 262, 446, "Autorité", c.authority)
    sh.photo(24, 60, 150, 195)
    sh.add(Box(24, 270, 150, 60, stroke=0.55, line=0.5))
    sh.text(28, 281, "Signature du titulaire", 7, gray=0.35)
    sh.add(Stroke(tuple((34 + x * 0.8, 310 + y * 0.6) for x, y in squiggle(rng)), rgb=(0.1, 0.1, 0.3)))
    lines = td3(c.code, p.surname, p.given_names, p.passport_number, c.code, p.date_of_birth, p.sex,
                ctx.passport_expiry)
    _zone(sh, lines, 440)
    return [sh], _passport_truth(ctx, lines)


# --------------------------------------------------------------------------- visas


def _visa_truth(ctx: DocContext, remarks: str, lines: tuple[str, str]) -> dict[str, str]:
    p = ctx.shown("visa")
    return person_truth(p) | {
        "sex": p.sex, "nationality": p.nationality, "document_number": ctx.visa_number,
        "visa_category": "long_stay" if ctx.visa_category == "D" else "short_stay",
        "valid_from": ctx.visa_from.isoformat(), "valid_until": ctx.visa_until.isoformat(),
        "issue_date": ctx.visa_issue.isoformat(), "duration_days": str(ctx.visa_duration_days),
        "entries": ctx.visa_entries, "remarks": remarks, "passport_number": ctx.visa_passport_number,
        "zone": "\n".join(lines),
    }


def _remarks(ctx: DocContext, rng: random.Random) -> str:
    if ctx.visa_category == "D":
        return rng.choice(("VLS-TS VOLONTAIRE", "VOLONTARIAT - VLS-TS", "VLS-TS VOLONTAIRE ASSOCIATIF"))
    return rng.choice(("TOURISME", "VISITE PRIVÉE", "VOYAGE D'AFFAIRES"))


def _zone_lines(ctx: DocContext, rng: random.Random) -> tuple[str, str]:
    p = ctx.shown("visa")
    kind = "MRVA" if ctx.visa_category == "D" or rng.random() < 0.5 else "MRVB"
    return mrv(kind, "FRA", p.surname, p.given_names, ctx.visa_number, p.nationality, p.date_of_birth, p.sex,
               ctx.visa_until)


def visa_on_page(ctx: DocContext, rng: random.Random) -> Built:
    """The sticker photographed on its passport page, an entry stamp below; dates DD-MM-YY as on stickers."""
    p = ctx.shown("visa")
    short = "%d-%m-%y"
    sh = Sheet(720, 640, background=(0.97, 0.96, 0.93))
    sh.text(690, 24, str(rng.randint(6, 30)), 9, align="right", gray=0.5)  # booklet page number
    x0, y0 = 30.0, 36.0
    sh.add(Box(x0, y0, 660, 430, rgb=(0.92, 0.94, 0.97), stroke=0.6))
    sh.text(x0 + 16, y0 + 30, "VISA", 20, bold=True)
    sh.text(x0 + 110, y0 + 28, "FRA", 14, bold=True)
    sh.text(x0 + 644, y0 + 28, ctx.visa_number, 14, bold=True, align="right")
    sh.photo(x0 + 14, y0 + 48, 120, 156)
    x = x0 + 150

    def field(dx: float, y: float, label: str, value: str) -> None:
        sh.text(x + dx, y, label, 7.5, gray=0.3)
        sh.text(x + dx, y + 16, value, 13, bold=True)

    long_stay = ctx.visa_category == "D"
    field(0, y0 + 56, "VALABLE POUR / VALID FOR", "FRANCE" if long_stay else "ÉTATS SCHENGEN")
    field(0, y0 + 92, "DU / FROM", ctx.visa_from.strftime(short))
    field(160, y0 + 92, "AU / UNTIL", ctx.visa_until.strftime(short))
    field(0, y0 + 128, "TYPE DE VISA / TYPE OF VISA", ctx.visa_category)
    field(160, y0 + 128, "NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", ctx.visa_entries)
    field(0, y0 + 164, "DURÉE DE SÉJOUR / DURATION OF STAY", f"{ctx.visa_duration_days} JOURS")
    field(0, y0 + 200, "DÉLIVRÉ À / ISSUED IN", ctx.visa_issued_in)
    field(240, y0 + 200, "LE / ON", ctx.visa_issue.strftime(short))
    field(0, y0 + 236, "NUMÉRO DE PASSEPORT / PASSPORT NUMBER", ctx.visa_passport_number)
    field(-136, y0 + 272, "NOM, PRÉNOM / SURNAME, NAME", f"{p.surname.upper()}, {p.given_names.upper()}")
    remarks = _remarks(ctx, rng)
    field(-136, y0 + 308, "REMARQUES / REMARKS", remarks)
    lines = _zone_lines(ctx, rng)
    for i, line in enumerate(lines):
        sh.text(x0 + 330, y0 + 372 + i * 24, line, 15, family="mono", bold=True, align="center", char_space=1.2)
    _entry_stamp(sh, 420, 500, ctx, rng)
    return [sh], _visa_truth(ctx, remarks, lines)


def visa_category_words(ctx: DocContext, rng: random.Random) -> Built:
    """English-first sticker stating the category in words, validity on one line, issue date with a month name."""
    p = ctx.shown("visa")
    long_stay = ctx.visa_category == "D"
    sh = Sheet(660, 500, background=(0.95, 0.94, 0.97))
    sh.add(Box(0, 0, 660, 36, rgb=(0.84, 0.82, 0.92), stroke=None))
    sh.text(24, 26, "FRENCH REPUBLIC / RÉPUBLIQUE FRANÇAISE", 12, bold=True)
    sh.text(636, 26, f"VISA No {ctx.visa_number}", 13, bold=True, align="right")
    sh.photo(500, 52, 130, 170)
    y = 68.0
    kind_words = "LONG STAY / LONG SÉJOUR" if long_stay else "SHORT STAY / COURT SÉJOUR"
    rows = [
        ("Category / Catégorie", f"{ctx.visa_category} - {kind_words}"),
        ("Valid for / Valable pour", "FRANCE" if long_stay else "SCHENGEN STATES / ÉTATS SCHENGEN"),
        ("Validity / Validité", f"{fmt_date(ctx.visa_from, 'dmy_slash')}  >  {fmt_date(ctx.visa_until, 'dmy_slash')}"),
        ("Entries / Entrées", ctx.visa_entries),
        ("Stay / Séjour", f"{ctx.visa_duration_days} DAYS / JOURS"),
        ("Holder / Titulaire", f"{p.surname.upper()} {p.given_names.upper()}"),
        ("Travel document / Document de voyage", ctx.visa_passport_number),
        ("Issued / Délivré", f"{ctx.visa_issued_in}, {fmt_date(ctx.visa_issue, 'abbr')}"),
    ]
    for label, value in rows:
        sh.text(24, y, label, 8.5, gray=0.3)
        sh.text(24, y + 17, value, 13, bold=True)
        y += 34
    remarks = _remarks(ctx, rng)
    sh.text(24, y + 10, f"Remarks / Remarques: {remarks}", 11.5, bold=True)
    lines = _zone_lines(ctx, rng)
    _zone(sh, lines, 442)
    return [sh], _visa_truth(ctx, remarks, lines)
