"""Third held-out batch: travel and identity papers (passport, visa, identity card, consular papers)."""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.common import (
    Built,
    consular_card_truth,
    du,
    ne,
    passport_truth,
    person_truth,
    photo_id_truth,
    squiggle,
    visa_remarks,
    visa_truth,
)
from synth.formats import MONTHS_EN, MONTHS_FR, days, fmt_date
from synth.identity import Country
from synth.layout import A4, Box, Flow, Sheet, Stroke, Text, wrap
from synth.zones import mrv, td1, td3

INK = (0.12, 0.14, 0.5)
_PT = ("JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ")
_ES = ("ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC")

# field labels in the issuing country's own language (transliterated for Arabic), then French or English
_OWN = {
    "MAR": ("Al-ism al-'a'ili", "Al-ism ash-shakhsi", "Al-jinsiya", "Tarikh al-izdiyad", "Al-jins",
            "Makan al-izdiyad", "Tarikh al-isdar", "Tarikh intiha' as-salahiya", "Sultat al-isdar", "Raqm al-jawaz"),
    "BRA": ("Sobrenome", "Nome", "Nacionalidade", "Data de nascimento", "Sexo", "Local de nascimento",
            "Data de expedição", "Válido até", "Autoridade", "Passaporte nº"),
    "COL": ("Apellidos", "Nombres", "Nacionalidad", "Fecha de nacimiento", "Sexo", "Lugar de nacimiento",
            "Fecha de expedición", "Fecha de vencimiento", "Autoridad", "Pasaporte No."),
}
_FR = ("Nom", "Prénoms", "Nationalité", "Date de naissance", "Sexe", "Lieu de naissance", "Date de délivrance",
       "Date d'expiration", "Autorité", "N° du passeport")
_EN = ("Surname", "Given names", "Nationality", "Date of birth", "Sex", "Place of birth", "Date of issue",
       "Date of expiry", "Authority", "Passport No.")


def _labels(c: Country) -> list[str]:
    """'own / second' captions: the country's language first, then French (French-speaking) or English."""
    second = _FR if c.french_speaking else _EN
    own = _OWN.get(c.code)
    if own is None:
        return list(second) if c.french_speaking else [f"{e} / {f}" for e, f in zip(_EN, _FR, strict=True)]
    return [f"{o} / {s}" for o, s in zip(own, second, strict=True)]


def _d(d: date, style: str, c: Country | None = None) -> str:
    """Dates as this batch's papers print them."""
    if style == "own_abbr" and c is not None:
        months = _PT if c.code == "BRA" else _ES if c.code == "COL" else tuple(m[:3].upper() for m in MONTHS_EN)
        return f"{d.day:02d} {months[d.month - 1]} {d.year}"
    if style == "compact":  # 13JUL90
        return f"{d.day:02d}{MONTHS_EN[d.month - 1][:3].upper()}{d.year % 100:02d}"
    if style == "dash_yy":
        return d.strftime("%d-%m-%y")
    if style == "slash_yy":
        return d.strftime("%d/%m/%y")
    if style == "fr_abbr":  # 13 juil. 2026
        m = MONTHS_FR[d.month - 1]
        return f"{d.day} {m if len(m) <= 4 else m[:4].rstrip('i') + '.'} {d.year}"
    return fmt_date(d, style)


def ord_en(d: date) -> str:
    """'3rd March 2026'."""
    suffix = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suffix} {MONTHS_EN[d.month - 1]} {d.year}"


def roman_date(d: date) -> str:
    """13.VII.2026, as some associations date their papers."""
    roman = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
    return f"{d.day:02d}.{roman[d.month - 1]}.{d.year}"


_MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
              "noviembre", "diciembre")
_MONTHS_PT = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
              "novembro", "dezembro")


def own_long(d: date, lang: str) -> str:
    """A date written out in Spanish, Portuguese or (ordinal) English."""
    if lang == "es":
        return f"{d.day} de {_MONTHS_ES[d.month - 1]} de {d.year}"
    if lang == "pt":
        return f"{d.day} de {_MONTHS_PT[d.month - 1]} de {d.year}"
    return ord_en(d)


def _zone(sh: Sheet, lines: tuple[str, ...], x: float, y: float, size: float = 16.5) -> None:
    for i, line in enumerate(lines):
        sh.add(Text(x, y + i * size * 1.5, line, size, family="mono", bold=True, align="center", char_space=1.3))


def _sig(sh: Sheet, x: float, y: float, rng: random.Random, scale: float = 1.0) -> None:
    sh.add(Stroke(tuple((x + px * scale, y + py * scale) for px, py in squiggle(rng)), width=1.3, rgb=INK))


def _ruled_stamp(sh: Sheet, x: float, y: float, lines: list[str], w: float = 180, gray: float = 0.45) -> None:
    h = 12 + 13 * len(lines)
    sh.add(Box(x, y, w, h, stroke=gray, line=1.4))
    for i, line in enumerate(lines):
        sh.text(x + w / 2, y + 17 + 13 * i, line, 8.5 if i else 9.5, bold=i == 0, align="center", gray=gray)


# ------------------------------------------------------------------------------------------------ passports


def passport_row_captions(ctx: DocContext, rng: random.Random) -> Built:
    """Data page: caption left of each value on the same row, photo right, number in a red-brown corner."""
    p = ctx.shown("passport")
    c = p.country
    style = rng.choice(("own_abbr", "dmy_space", "compact", "dmy_dot"))
    lab = _labels(c)
    sh = Sheet(700, 500, background=rng.choice(((0.96, 0.94, 0.9), (0.92, 0.95, 0.97), (0.95, 0.92, 0.95))))
    sh.add(Box(0, 0, 700, 8, rgb=(0.55, 0.2, 0.2), stroke=None))
    head = {"BRA": "REPÚBLICA FEDERATIVA DO BRASIL", "COL": "REPÚBLICA DE COLOMBIA", "MAR": "ROYAUME DU MAROC"}
    default = f"RÉPUBLIQUE {du(c.name_fr)}".upper() if c.french_speaking else c.name_en.upper()
    sh.text(24, 34, head.get(c.code, default), 14, bold=True)
    sh.text(24, 52, {"BRA": "PASSAPORTE / PASSPORT", "COL": "PASAPORTE / PASSPORT", "MAR": "JAWAZ AS-SAFAR / "
                     "PASSEPORT"}.get(c.code, "PASSEPORT / PASSPORT" if c.french_speaking else "PASSPORT"), 11)
    sh.text(676, 34, f"{lab[9]}", 7.5, align="right", gray=0.35)
    sh.text(676, 54, p.passport_number, 16, bold=True, align="right", family="mono")
    sh.text(24, 74, f"Type P   ·   {c.code}", 10, gray=0.3)
    rows = [(lab[0], p.surname.upper()), (lab[1], p.given_names.upper()),
            (lab[2], c.nationality_fr.upper() if c.french_speaking else c.name_en.upper()),
            (lab[3], _d(p.date_of_birth, style, c)), (lab[4], p.sex),
            (lab[5], p.place_of_birth.upper()), (lab[6], _d(ctx.passport_issue, style, c)),
            (lab[7], _d(ctx.passport_expiry, style, c)), (lab[8], c.authority.upper())]
    y = 104
    for label, value in rows:
        sh.text(24, y, label, 7.5, gray=0.35)
        sh.text(210, y + 2, value, 12.5 if len(value) < 36 else 10, bold=True)
        sh.add(Box(24, y + 7, 470, 0.1, stroke=0.75, line=0.3))
        y += 29
    sh.photo(522, 88, 150, 188)
    _sig(sh, 530, 320, rng, 0.9)
    sh.text(522, 348, {"BRA": "Assinatura do titular", "COL": "Firma del titular"}.get(
        c.code, "Signature du titulaire" if c.french_speaking else "Holder's signature"), 7.5, gray=0.35)
    lines = td3(c.code, p.surname, p.given_names, p.passport_number, c.code, p.date_of_birth, p.sex,
                ctx.passport_expiry)
    _zone(sh, lines, 350, 440)
    return [sh], passport_truth(ctx, lines)


def passport_mayor_copy(ctx: DocContext, rng: random.Random) -> Built:
    """The data page photocopied onto A4 in grey, certified by a town hall's stamp underneath."""
    p = ctx.shown("passport")
    c = p.country
    style = rng.choice(("abbr", "dmy_slash", "own_abbr"))
    sh = Sheet(background=(0.9, 0.9, 0.89))
    x0, y0, w, h = 28, 60, 539, 380
    sh.add(Box(x0, y0, w, h, fill=0.95, stroke=0.5, line=0.6))
    sh.text(x0 + w / 2, y0 + 24, f"{c.name_en.upper()}  —  PASSPORT · PASSEPORT", 12.5, bold=True, align="center",
            gray=0.15)
    sh.photo(x0 + 14, y0 + 40, 112, 144)
    pairs = [("1. Surname / Nom", p.surname.upper()), ("2. Given names / Prénoms", p.given_names.upper()),
             ("3. Date of birth / Date de naissance", _d(p.date_of_birth, style, c)),
             ("4. Sex / Sexe", p.sex), ("5. Place of birth / Lieu de naissance", p.place_of_birth.upper()),
             ("6. Date of issue / Date de délivrance", _d(ctx.passport_issue, style, c)),
             ("7. Date of expiry / Date d'expiration", _d(ctx.passport_expiry, style, c))]
    for i, (label, value) in enumerate(pairs):
        col, row = divmod(i, 4)
        x = x0 + 140 + col * 200
        y = y0 + 52 + row * 40
        sh.text(x, y, label, 6.8, gray=0.3)
        sh.text(x, y + 15, value, 11 if len(value) < 24 else 8.5, bold=True, gray=0.1)
    sh.text(x0 + w - 14, y0 + 12, "No. / N°", 7, align="right", gray=0.3)
    sh.text(x0 + w - 14, y0 + 40, p.passport_number, 12.5, bold=True, align="right", gray=0.1)
    sh.text(x0 + 140, y0 + 214, "8. Authority / Autorité", 6.8, gray=0.3)
    sh.text(x0 + 140, y0 + 229, c.authority.upper(), 10, bold=True, gray=0.1)
    sh.text(x0 + 140, y0 + 262, f"Code: {c.code}   Type: P", 9, gray=0.25)
    lines = td3(c.code, p.surname, p.given_names, p.passport_number, c.code, p.date_of_birth, p.sex,
                ctx.passport_expiry)
    _zone(sh, lines, x0 + w / 2, y0 + h - 44, size=15.5)
    town = ctx.association_city
    when = ctx.filing - days(rng.randint(1, 12))
    sh.text(60, 500, "Copie certifiée conforme à l'original présenté", 12, family="hand")
    _ruled_stamp(sh, 60, 520, [f"MAIRIE DE {town.upper()}", "Service des formalités", "Légalisation - copie conforme",
                               f"le {when.strftime('%d/%m/%Y')}"], w=220)
    _sig(sh, 330, 560, rng)
    sh.text(330, 600, "Pour le Maire, l'agent habilité", 9, gray=0.3)
    return [sh], passport_truth(ctx, lines)


# ------------------------------------------------------------------------------------------------ visas


def visa_value_over_caption(ctx: DocContext, rng: random.Random) -> Built:
    """Sticker whose values sit above small bilingual captions in thin cells."""
    p = ctx.shown("visa")
    long_stay = ctx.visa_category == "D"
    kind = "MRVA" if long_stay or rng.random() < 0.5 else "MRVB"
    fmt = rng.choice(("dash_yy", "dmy_dot", "compact"))
    sh = Sheet(680, 470, background=(0.9, 0.95, 0.93))
    sh.add(Box(0, 0, 680, 36, rgb=(0.7, 0.84, 0.8), stroke=None))
    sh.text(20, 26, "FRA", 15, bold=True)
    sh.text(110, 26, "VISA", 20, bold=True)
    sh.text(660, 26, ctx.visa_number, 15, bold=True, family="mono", align="right")
    sh.photo(18, 50, 122, 158)

    def cell(x: float, y: float, w: float, value: str, caption: str) -> None:
        sh.add(Box(x, y, w, 40, stroke=0.5, line=0.5))
        sh.text(x + 5, y + 19, value, 13 if len(value) < 26 else 10, bold=True)
        sh.text(x + 5, y + 34, caption, 6.5, gray=0.35)

    x = 152
    cell(x, 50, 190, "FRANCE" if long_stay else "ÉTATS SCHENGEN", "VALABLE POUR / VALID FOR")
    cell(x + 190, 50, 160, _d(ctx.visa_from, fmt), "DU / FROM")
    cell(x + 350, 50, 160, _d(ctx.visa_until, fmt), "AU / UNTIL")
    cell(x, 90, 110, ctx.visa_category, "TYPE DE VISA / TYPE OF VISA")
    cell(x + 110, 90, 130, ctx.visa_entries, "NBRE D'ENTRÉES / ENTRIES")
    cell(x + 240, 90, 130, f"{ctx.visa_duration_days}", "DURÉE DE SÉJOUR (JOURS)")
    cell(x + 370, 90, 140, _d(ctx.visa_issue, fmt), "DÉLIVRÉ LE / ISSUED ON")
    cell(x, 130, 250, ctx.visa_issued_in, "DÉLIVRÉ À / ISSUED IN")
    cell(x + 250, 130, 260, ctx.visa_passport_number, "N° DU PASSEPORT / PASSPORT No.")
    cell(x, 170, 510, f"{p.surname.upper()} {p.given_names.upper()}", "NOM, PRÉNOMS / SURNAME, NAME")
    remarks = visa_remarks(long_stay, rng)
    cell(18, 224, 644, remarks, "REMARQUES / REMARKS")
    lines = mrv(kind, "FRA", p.surname, p.given_names, ctx.visa_number, p.nationality, p.date_of_birth, p.sex,
                ctx.visa_until)
    _zone(sh, lines, 340, 400)
    return [sh], visa_truth(ctx, p, remarks, lines)


def visa_page_photo(ctx: DocContext, rng: random.Random) -> Built:
    """A photographed passport page: the sticker on a patterned page, a page number, a departure stamp below."""
    p = ctx.shown("visa")
    long_stay = ctx.visa_category == "D"
    kind = "MRVA" if long_stay else rng.choice(("MRVA", "MRVB"))
    sh = Sheet(700, 640, background=(0.35, 0.3, 0.27))
    sh.add(Box(20, 16, 660, 608, rgb=(0.93, 0.91, 0.85), stroke=None))
    for k in range(14):
        sh.add(Box(20, 30 + 42 * k, 660, 0.1, stroke=0.82, line=0.4))
    sh.text(660, 44, str(rng.randint(6, 28)), 11, align="right", gray=0.4)
    x0, y0 = 40, 60
    sh.add(Box(x0, y0, 620, 420, rgb=(0.94, 0.96, 0.99), stroke=0.55, line=0.7))
    sh.text(x0 + 14, y0 + 26, "VISA", 18, bold=True)
    sh.text(x0 + 90, y0 + 24, "RÉPUBLIQUE FRANÇAISE", 10, bold=True, gray=0.2)
    sh.text(x0 + 606, y0 + 24, f"No {ctx.visa_number}", 12.5, bold=True, align="right", family="mono")
    sh.photo(x0 + 12, y0 + 40, 110, 140)
    fmt = rng.choice(("dmy_slash", "slash_yy", "abbr"))
    x = x0 + 138
    rows = [("VALABLE POUR / VALID FOR", "FRANCE" if long_stay else "ETATS SCHENGEN"),
            ("DU / FROM   →   AU / UNTIL", f"{_d(ctx.visa_from, fmt)}   →   {_d(ctx.visa_until, fmt)}"),
            ("TYPE DE VISA  ·  ENTRÉES  ·  DURÉE", f"{ctx.visa_category}   ·   {ctx.visa_entries}   ·   "
                                                   f"{ctx.visa_duration_days} J"),
            ("DÉLIVRÉ À / ISSUED IN  —  LE / ON", f"{ctx.visa_issued_in}  —  {_d(ctx.visa_issue, fmt)}"),
            ("NUMÉRO DE PASSEPORT", ctx.visa_passport_number),
            ("NOM / SURNAME", p.surname.upper()), ("PRÉNOMS / GIVEN NAMES", p.given_names.upper())]
    y = y0 + 48
    for label, value in rows:
        sh.text(x, y, label, 7, gray=0.35)
        sh.text(x, y + 16, value, 12, bold=True)
        y += 36
    remarks = visa_remarks(long_stay, rng)
    sh.text(x0 + 14, y0 + 312, f"REMARQUES : {remarks}", 11, bold=True)
    lines = mrv(kind, "FRA", p.surname, p.given_names, ctx.visa_number, p.nationality, p.date_of_birth, p.sex,
                ctx.visa_until)
    _zone(sh, lines, 350, y0 + 362, size=15)
    _ruled_stamp(sh, 420, 500, ["DEPARTURE · SAÍDA · SALIDA", ctx.visa_issued_in.title(),
                                ctx.visa_from.strftime("%d %b %Y").upper()], w=200, gray=0.5)
    return [sh], visa_truth(ctx, p, remarks, lines)


# ------------------------------------------------------------------------------------------------ identity card


def photo_id_table_top(ctx: DocContext, rng: random.Random) -> Built:
    """Both faces photographed side by side on a table: front (photo, names), back (dates, authority, zone)."""
    p = ctx.shown("photo_id")
    c = p.country
    style = rng.choice(("own_abbr", "dmy_dot", "dmy_space"))
    lab = _labels(c)
    sh = Sheet(980, 460, background=(0.42, 0.36, 0.3))
    for x in (20, 500):
        sh.add(Box(x, 40, 460, 300, rgb=(0.9, 0.93, 0.96), stroke=0.6, line=0.8))
    sh.text(40, 66, f"{c.name_fr.upper() if c.french_speaking else c.name_en.upper()}", 12, bold=True)
    sh.text(40, 82, "CARTE D'IDENTITÉ / IDENTITY CARD" if c.french_speaking else "NATIONAL IDENTITY CARD", 9)
    sh.photo(36, 96, 108, 138)
    fields = [(lab[0], p.surname.upper()), (lab[1], p.given_names.upper()), (lab[3], _d(p.date_of_birth, style, c)),
              (lab[4], p.sex), ("N° / No.", ctx.id_number)]
    for i, (label, value) in enumerate(fields):
        sh.text(160, 104 + 42 * i, label, 7, gray=0.35)
        sh.text(160, 120 + 42 * i, value, 12, bold=True)
    _sig(sh, 40, 290, rng, 0.8)
    back = [(lab[6], _d(ctx.id_issue, style, c)), (lab[7], _d(ctx.id_expiry, style, c)),
            (lab[5], p.place_of_birth.upper()), (lab[8], c.authority.upper())]
    for i, (label, value) in enumerate(back):
        sh.text(520, 66 + 36 * i, label, 7, gray=0.35)
        sh.text(520, 81 + 36 * i, value, 11.5 if len(value) < 30 else 8.5, bold=True)
    lines = td1(c.code, p.surname, p.given_names, ctx.id_number, c.code, p.date_of_birth, p.sex, ctx.id_expiry)
    _zone(sh, lines, 730, 254, size=14.5)
    sh.add(Box(170, 380, 90, 40, rgb=(0.85, 0.75, 0.6), stroke=None))  # a finger at the edge
    return [sh], photo_id_truth(ctx, lines)


# ------------------------------------------------------------------------------------------------ consular papers


def consular_card_matricule(ctx: DocContext, rng: random.Random) -> Built:
    """'Carte d'immatriculation consulaire': matricule in a strip, 'Établie le' and 'Valable jusqu'au' at the foot."""
    p = ctx.shown("consular_card")
    c = p.country
    photo = "consular_card" not in ctx.without_photo
    style = rng.choice(("dmy_slash", "fr_abbr", "dash_yy"))
    sh = Sheet(680, 430, background=(0.95, 0.96, 0.9))
    sh.add(Box(0, 0, 680, 52, rgb=(0.3, 0.45, 0.35), stroke=None))
    sh.text(340, 22, f"CONSULAT GÉNÉRAL {du(c.name_fr).upper()}", 12, bold=True, align="center", gray=1.0)
    sh.text(340, 42, rng.choice(("À PARIS", "À LYON", "À MARSEILLE", "À BORDEAUX")), 10, align="center", gray=1.0)
    sh.text(340, 80, "CARTE D'IMMATRICULATION CONSULAIRE", 16, bold=True, align="center")
    if photo:
        sh.photo(490, 100, 160, 200)
    else:
        sh.add(Box(490, 100, 160, 200, stroke=0.5, line=0.5))
        sh.text(570, 205, "(sans photo)", 8, align="center", gray=0.5)
    rows = [("Matricule", ctx.consular_card_number), ("Nom", p.surname.upper()), ("Prénom(s)", p.given_names),
            (f"{ne(p).capitalize()} le", _d(p.date_of_birth, style)), ("à", p.place_of_birth),
            ("Nationalité", c.nationality_fr)]
    for i, (label, value) in enumerate(rows):
        sh.text(28, 118 + 32 * i, f"{label} :", 10, gray=0.3)
        sh.text(140, 118 + 32 * i, value, 13 if i else 15, bold=True, family="mono" if i == 0 else "sans")
    sh.add(Box(0, 330, 680, 0.1, stroke=0.4, line=0.6))
    sh.text(28, 356, f"Établie le {_d(ctx.consular_card_issue, style)}", 12)
    sh.text(28, 380, f"Valable jusqu'au {_d(ctx.consular_card_expiry, style)}", 12, bold=True)
    _sig(sh, 480, 360, rng, 0.9)
    sh.text(480, 410, "Le Consul général", 9, gray=0.35)
    return [sh], consular_card_truth(ctx, photo)


def _photo_corner(f: Flow) -> None:
    f.sheet.photo(A4[0] - 60 - 96, 56, 96, 122)


def nationality_court_or_registry(ctx: DocContext, rng: random.Random) -> Built:
    """Nationality certificate: a court's 'Nous, Président' form in French, or a registrar's English certificate."""
    p = ctx.shown("nationality_certificate")
    c = p.country
    photo = "nationality_certificate" not in ctx.without_photo
    f = Flow(family=rng.choice(("serif", "sans")), size=11)
    if photo:
        _photo_corner(f)
    num = f"{rng.randint(10, 999)}/{rng.choice(('CN', 'CNA', 'NAT'))}/{ctx.natcert_issue.year % 100:02d}"
    if c.french_speaking:
        style = rng.choice(("fr_upper", "dmy_slash", "fr_long"))
        f.para(f"RÉPUBLIQUE {du(c.name_fr)}".upper() if c.code != "MAR" else "ROYAUME DU MAROC", bold=True, after=1)
        f.para("COUR D'APPEL DE " + rng.choice(c.cities).upper(), size=10, after=1)
        f.para(f"TRIBUNAL DE PREMIÈRE INSTANCE DE {p.place_of_birth.upper()}", size=10, after=1)
        f.para("Greffe du tribunal", size=10, after=50 if photo else 20)
        f.para(f"N° {num}", after=12)
        f.title("CERTIFICAT DE NATIONALITÉ", size=17)
        f.para(f"Nous, {rng.choice(('Mamadou', 'Jean', 'Ahmed', 'Pierre'))} {rng.choice(c.surnames).upper()}, "
               f"Président du Tribunal de Première Instance de {p.place_of_birth},")
        f.para(f"Vu les pièces produites, et notamment l'acte de naissance de l'intéressé(e) ; vu le Code de la "
               f"nationalité {c.nationality_fr} ;", after=8)
        f.para("CERTIFIONS", bold=True, align="center", after=8)
        f.para(f"que {p.surname.upper()} {p.given_names}, {ne(p)} le {_d(p.date_of_birth, style)} à "
               f"{p.place_of_birth}, est de nationalité {c.nationality_fr.upper()}, en vertu des dispositions "
               "relatives à la nationalité d'origine.")
        f.para("En foi de quoi le présent certificat lui est délivré pour servir et valoir ce que de droit.", after=18)
        f.para(f"{p.place_of_birth}, le {_d(ctx.natcert_issue, style)}", align="right", after=2)
        f.para("Le Président", align="right", after=2)
    else:
        style = rng.choice(("en_day_first", "dmy_slash", "abbr"))
        f.para(c.name_en.upper(), bold=True, after=1)
        f.para("Ministry of Interior - Citizenship Registry", size=10, after=1)
        f.para(f"Reg. No. {num}", size=10, after=50 if photo else 20)
        f.title("CERTIFICATE OF NATIONALITY", size=17)
        f.para("(Certificat de nationalité)", align="center", size=10, after=12)
        f.para(f"This is to certify that {p.given_names} {p.surname.upper()}, born on {_d(p.date_of_birth, style)} "
               f"at {p.place_of_birth}, is a citizen of {c.name_en} by birth, as shown by the records kept in "
               "this registry.")
        f.para("This certificate is issued at the request of the holder for whatever purpose it may serve.",
               after=18)
        f.para(f"Given under my hand on {_d(ctx.natcert_issue, style)}", align="right", after=2)
        f.para("The Registrar of Citizenship", align="right", after=2)
    _sig(f.sheet, 360, f.y + 16, rng)
    f.space(40)
    _ruled_stamp(f.sheet, 80, f.y - 50, ["SCEAU / SEAL", c.name_fr.upper()], w=150)
    truth = person_truth(p) | {"nationality": c.code, "issue_date": ctx.natcert_issue.isoformat(),
                                "has_photo": str(photo).lower()}
    return f.sheets, truth


def consular_attestation_register(ctx: DocContext, rng: random.Random) -> Built:
    """Attestation of registration with the consulate: the entry's particulars in a ruled box, chancellor signs."""
    p = ctx.shown("consular_attestation")
    c = p.country
    photo = "consular_attestation" not in ctx.without_photo
    style = rng.choice(("dmy_dot", "fr_long", "dmy_slash"))
    city = rng.choice(("Paris", "Lyon", "Marseille", "Bordeaux", "Lille"))
    f = Flow(family="sans", size=10.5)
    f.para(f"Ambassade {du(c.name_fr)} en France".upper(), bold=True, align="center", after=1)
    f.para(f"Section consulaire — {city}", align="center", after=1)
    f.para(f"Réf. : {rng.randint(1000, 9999)}/SC/{ctx.consular_att_issue.year}", size=9, align="center",
           after=18)
    f.title("ATTESTATION D'INSCRIPTION AU REGISTRE DES NATIONAUX", size=13)
    f.para(f"Le Chef de chancellerie de la section consulaire atteste que la personne désignée ci-dessous est "
           f"inscrite au registre des ressortissants {du(c.name_fr)} établis dans la circonscription :", after=8)
    if photo:
        f.sheet.photo(A4[0] - 60 - 90, f.y + 4, 90, 114)
    rows = [("Nom de famille", p.surname.upper()), ("Prénom(s)", p.given_names),
            ("Date de naissance", _d(p.date_of_birth, style)), ("Lieu de naissance", p.place_of_birth),
            ("Nationalité", c.nationality_fr), ("Passeport n°", p.passport_number)]
    top = f.y
    for label, value in rows:
        f.para(f"{label}", size=9, after=0)
        f.sheet.text(f.margin + 130, f.y, value, 11.5, bold=True)
        f.space(8)
    f.sheet.add(Box(f.margin - 6, top, 330, f.y - top + 4, stroke=0.4, line=0.6))
    f.space(20)
    f.para("La présente attestation est délivrée à l'intéressé(e) sur sa demande, pour faire valoir ce que de droit."
           + (" La photographie apposée est celle du titulaire." if photo else ""))
    f.space(10)
    f.para(f"{city}, le {_d(ctx.consular_att_issue, style)}", after=2)
    f.para("Le Chef de chancellerie", after=4)
    _sig(f.sheet, f.margin + 10, f.y + 14, rng)
    f.space(40)
    truth = person_truth(p) | {"nationality": c.code, "issue_date": ctx.consular_att_issue.isoformat(),
                                "has_photo": str(photo).lower()}
    return f.sheets, truth


# ------------------------------------------------------------------------------------------------ further families

_FR_UP = ("JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC")


_REQUEST = {
    "fr": "Au nom {state}, le Ministre des Affaires étrangères prie les autorités civiles et militaires de laisser "
          "passer librement le titulaire du présent passeport et de lui prêter aide et protection.",
    "en": "The Government of {state} requests all those whom it may concern to allow the bearer to pass freely "
          "without let or hindrance, and to afford the bearer such assistance and protection as may be necessary.",
}


def passport_request_page(ctx: DocContext, rng: random.Random) -> Built:
    """Open booklet scanned upright: the request page above, the data page below, months own-language/English."""
    p = ctx.shown("passport")
    c = p.country
    lang = "fr" if c.french_speaking else "en"
    sh = Sheet(560, 820, background=(0.97, 0.97, 0.96))
    sh.add(Box(20, 18, 520, 380, rgb=(0.93, 0.9, 0.96), stroke=0.6, line=0.5))
    sh.add(Box(20, 410, 520, 392, rgb=(0.93, 0.9, 0.96), stroke=0.6, line=0.5))
    state = du(c.name_fr) if lang == "fr" else c.name_en
    y = 80.0
    sh.text(280, 60, c.name_fr.upper() if lang == "fr" else c.name_en.upper(), 14, bold=True, align="center")
    for line in wrap(_REQUEST[lang].format(state=state), 440, "serif", 11):
        y += 18
        sh.text(60, y, line, 11, family="serif")
    sh.text(60, y + 60, "Observations :" if lang == "fr" else "Observations:", 10, gray=0.35)
    sh.text(60, y + 80, "NÉANT" if lang == "fr" else "NIL", 11)

    def month(d: date) -> str:
        own = _PT if c.code == "BRA" else _ES if c.code == "COL" else _FR_UP if lang == "fr" else None
        en = MONTHS_EN[d.month - 1][:3].upper()
        head = f"{own[d.month - 1]}/{en}" if own and own[d.month - 1] != en else en
        return f"{d.day:02d} {head} {d.year}"

    lab = _labels(c)
    sh.photo(36, 432, 120, 152)
    rows = [(lab[9], p.passport_number), (lab[0], p.surname.upper()), (lab[1], p.given_names.upper()),
            (lab[2], c.code), (f"{lab[3]}   ·   {lab[4]}", f"{month(p.date_of_birth)}   ·   {p.sex}"),
            (lab[5], p.place_of_birth.upper()), (lab[6], month(ctx.passport_issue)),
            (lab[7], month(ctx.passport_expiry)), (lab[8], c.authority.upper())]
    for i, (label, value) in enumerate(rows):
        yy = 434 + 30 * i
        sh.text(172, yy, label, 6.8, gray=0.35)
        sh.text(172, yy + 14, value, 11.5 if len(value) < 34 else 8.5, bold=True)
    _sig(sh, 40, 640, rng, 0.8)
    lines = td3(c.code, p.surname, p.given_names, p.passport_number, c.code, p.date_of_birth, p.sex,
                ctx.passport_expiry)
    _zone(sh, lines, 280, 742, size=13.5)
    return [sh], passport_truth(ctx, lines)


def photo_id_grey_copy(ctx: DocContext, rng: random.Random) -> Built:
    """Greyscale office photocopy: the back above the front, values after colons, zone on the back."""
    p = ctx.shown("photo_id")
    c = p.country
    style = rng.choice(("dmy_slash", "dmy_dash", "compact"))
    sh = Sheet(background=(0.86, 0.86, 0.85))
    for top in (70, 420):
        sh.add(Box(90, top, 415, 270, fill=0.93, stroke=0.35, line=1.0))
    lines = td1(c.code, p.surname, p.given_names, ctx.id_number, c.code, p.date_of_birth, p.sex, ctx.id_expiry)
    back = [("Délivrée le" if c.french_speaking else "Issued", _d(ctx.id_issue, style)),
            ("Expire le" if c.french_speaking else "Expires", _d(ctx.id_expiry, style)),
            ("Par" if c.french_speaking else "By", c.authority)]
    for i, (label, value) in enumerate(back):
        sh.text(106, 100 + 22 * i, f"{label} : {value}", 10.5 if len(value) < 32 else 8.5, gray=0.15)
    _zone(sh, lines, 297, 218, size=13)
    sh.text(297, 448, f"{c.name_fr.upper()} — " + ("CARTE NATIONALE D'IDENTITÉ" if c.french_speaking
                                                   else "IDENTITY CARD"), 11, bold=True, align="center", gray=0.15)
    sh.photo(104, 466, 100, 128)
    front = [("NOM" if c.french_speaking else "SURNAME", p.surname.upper()),
             ("PRÉNOMS" if c.french_speaking else "GIVEN NAMES", p.given_names.upper()),
             ("NÉ(E) LE" if c.french_speaking else "BORN", _d(p.date_of_birth, style)),
             ("À" if c.french_speaking else "AT", p.place_of_birth.upper()),
             ("SEXE" if c.french_speaking else "SEX", p.sex), ("N°", ctx.id_number)]
    for i, (label, value) in enumerate(front):
        sh.text(220, 480 + 24 * i, f"{label} : {value}", 10.5, gray=0.15)
    _sig(sh, 230, 650, rng, 0.7)
    return [sh], photo_id_truth(ctx, lines)
