"""Fifth batch of development families for visas and identity papers: captions as other countries and offices print them.

Modelled on ICAO data pages, Schengen-style stickers, consular cards and attestations:
captions in two or three languages, stacked one under another or side by side
("Date de délivrance / Date of issue / Fecha de expedición"); ICAO's numbered captions
("4a", "4b"); particulars as a table whose header row holds the captions and whose next
row holds the values; dates as "12 JAN/JAN 2027", "12.01.27" or "2027-01-12"; a visa's
passport number after "Passeport n°", "N° du titre de voyage", "Travel doc. no" or
"Pasaporte"; a validity "Du/From ... Au/Until ..." on one line; entries "MULT", "01" or
"Multiple"; remarks in free text; places of birth with their country in brackets; sex as
"F", "Féminin", "Female" or "Sexe/Sex: M".
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
    person_truth,
    photo_id_truth,
    squiggle,
    visa_remarks,
    visa_truth,
)
from synth.documents.dev_common import stamp, table
from synth.documents.dev_pieces import sign, zone_at
from synth.formats import MONTHS_EN, MONTHS_FR_ABBR
from synth.identity import Country, Identity
from synth.layout import Box, Flow, Sheet
from synth.zones import mrv, td1, td3

_ES_MONTHS = ("ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC")


def _fr_en(d: date) -> str:
    """'12 JAN/JAN 2027': the month in French then English, both printed even when they agree."""
    return f"{d.day:02d} {MONTHS_FR_ABBR[d.month - 1]}/{MONTHS_EN[d.month - 1][:3].upper()} {d.year}"


def _es_en(d: date) -> str:
    """'12 ENE/JAN 2027'."""
    return f"{d.day:02d} {_ES_MONTHS[d.month - 1]}/{MONTHS_EN[d.month - 1][:3].upper()} {d.year}"


def _short(d: date) -> str:
    """'12.01.27': two-digit years, for the dates of issue and expiry only (never a birth)."""
    return d.strftime("%d.%m.%y")


def _sex_word(p: Identity, rng: random.Random) -> str:
    """The sex as the page prints it: a letter or a word in one or two languages."""
    fem = p.sex == "F"
    return rng.choice((p.sex, "Féminin" if fem else "Masculin", "Female" if fem else "Male",
                       "F / Féminin" if fem else "M / Masculin"))


def _born_at(p: Identity, c: Country) -> str:
    """'THIÈS (SÉNÉGAL)': the place of birth with its country in brackets."""
    return f"{p.place_of_birth.upper()} ({c.name_fr.upper()})"


# --------------------------------------------------------------------------- passports

_ICAO = {
    "1": ("Type", "Type", "Tipo"), "2": ("Code du pays", "Country code", "Código del país"),
    "3": ("N° du passeport", "Passport No.", "Pasaporte N°"), "4": ("Nom", "Surname", "Apellidos"),
    "5": ("Prénoms", "Given names", "Nombres"), "6": ("Nationalité", "Nationality", "Nacionalidad"),
    "7": ("Date de naissance", "Date of birth", "Fecha de nacimiento"),
    "8": ("Lieu de naissance", "Place of birth", "Lugar de nacimiento"), "9": ("Sexe", "Sex", "Sexo"),
    "4a": ("Date de délivrance", "Date of issue", "Fecha de expedición"),
    "4b": ("Date d'expiration", "Date of expiry", "Fecha de vencimiento"),
    "4c": ("Autorité", "Authority", "Autoridad"),
}


def passport_numbered_stacks(ctx: DocContext, rng: random.Random) -> Built:
    """ICAO-numbered captions in three languages, one per line above the value ('4a' / 'Date de délivrance' /
    'Date of issue' / 'Fecha de expedición' / '12 JAN/JAN 2027'); place of birth with its country in brackets."""
    p = ctx.shown("passport")
    c = p.country
    sh = Sheet(700, 520, background=(0.95, 0.93, 0.96))
    sh.text(350, 26, f"{c.name_fr.upper()} · {c.name_en.upper()}", 13, bold=True, align="center")
    sh.text(350, 42, "PASSEPORT · PASSPORT · PASAPORTE", 9.5, align="center", gray=0.3)
    sh.photo(22, 62, 128, 164)

    def slot(x: float, y: float, key: str, value: str, size: float = 11.5) -> None:
        for k, cap in enumerate(_ICAO[key]):
            sh.text(x, y + k * 8.2, f"{key}. {cap}" if k == 0 else cap, 6.6, gray=0.35)
        sh.text(x, y + 3 * 8.2 + size, value, size, bold=True)

    col1, col2, col3 = 170, 350, 530
    slot(col1, 58, "1", "P")
    slot(col2, 58, "2", c.code)
    slot(col3, 58, "3", p.passport_number)
    slot(col1, 108, "4", p.surname.upper())
    slot(col1, 158, "5", p.given_names.upper())
    slot(col1, 208, "6", c.nationality_fr.upper())
    slot(col2, 208, "7", _fr_en(p.date_of_birth))
    slot(col3, 208, "9", _sex_word(p, rng))
    slot(col1, 258, "8", _born_at(p, c))
    slot(col1, 308, "4a", _fr_en(ctx.passport_issue))
    slot(col2, 308, "4b", _fr_en(ctx.passport_expiry))
    slot(col1, 358, "4c", c.authority.upper(), size=10)
    sign(sh, 500, 380, rng, scale=0.6)
    lines = td3(c.code, p.surname, p.given_names, p.passport_number, c.code, p.date_of_birth, p.sex,
                ctx.passport_expiry)
    _zone(sh, lines, 452)
    return [sh], passport_truth(ctx, lines)


def passport_header_rows(ctx: DocContext, rng: random.Random) -> Built:
    """A data page drawn as ruled rows: each header row holds bilingual captions side by side, the row under it the
    values; ISO dates; sex in words."""
    p = ctx.shown("passport")
    c = p.country
    sh = Sheet(720, 520, background=(0.94, 0.96, 0.95))
    sh.text(24, 30, f"REPUBLIC OF {c.name_en.upper()}", 13, bold=True)
    sh.text(24, 46, f"Passport / Passeport - {c.name_fr}", 9.5, gray=0.3)
    sh.photo(560, 60, 136, 172)

    def rows(y: float, cells: list[tuple[str, str, float]], right: float = 548) -> None:
        x = 20.0
        for caption, value, w in cells:
            w = min(w, right - x)
            sh.add(Box(x, y, w, 18, fill=0.86, stroke=0.35, line=0.5))
            sh.text(x + 4, y + 12, caption, 7, bold=True, gray=0.2)
            sh.add(Box(x, y + 18, w, 26, stroke=0.35, line=0.5))
            sh.text(x + 5, y + 37, value, 11.5, bold=True, family="mono" if any(ch.isdigit() for ch in value)
                    else "sans")
            x += w

    rows(62, [("Type / Type", "P", 70), ("Code / Code", c.code, 90),
              ("Passport No. / N° du passeport", p.passport_number, 368)])
    rows(112, [("Surname / Nom", p.surname.upper(), 264), ("Given names / Prénoms", p.given_names.upper(), 264)])
    sex = {"F": ("Female / Féminin", "Féminin"), "M": ("Male / Masculin", "Masculin")}[p.sex][rng.randint(0, 1)]
    rows(162, [("Date of birth / Date de naissance", p.date_of_birth.isoformat(), 190),
               ("Sex / Sexe", sex, 130), ("Nationality / Nationalité", c.name_en.upper(), 208)])
    rows(212, [("Place of birth / Lieu de naissance", f"{p.place_of_birth} ({c.name_en})", 528)])
    rows(262, [("Date of issue / Date de délivrance", ctx.passport_issue.isoformat(), 200),
               ("Date of expiry / Date d'expiration", ctx.passport_expiry.isoformat(), 200),
               ("Authority / Autorité", c.authority, 290)], right=700)
    sign(sh, 540, 330, rng, scale=0.6)
    sh.text(520, 360, "Holder's signature / Signature du titulaire", 6.5, gray=0.4)
    lines = td3(c.code, p.surname, p.given_names, p.passport_number, c.code, p.date_of_birth, p.sex,
                ctx.passport_expiry)
    _zone(sh, lines, 440)
    return [sh], passport_truth(ctx, lines)


# --------------------------------------------------------------------------- visas

_PASSPORT_CAPTION = ("Passeport n°", "N° du titre de voyage", "Travel doc. no", "Pasaporte")


def _entries(code: str, rng: random.Random) -> str:
    """'MULT' printed as such or as 'Multiple'; a count as '01' or '1'."""
    if code == "MULT":
        return rng.choice(("MULT", "Multiple", "MULTIPLES"))
    return rng.choice((code, str(int(code))))


def _visa_zone(ctx: DocContext, p: Identity) -> tuple[str, str]:
    kind = "MRVA" if ctx.visa_category == "D" else "MRVB"
    return mrv(kind, "FRA", p.surname, p.given_names, ctx.visa_number, p.nationality, p.date_of_birth, p.sex,
               ctx.visa_until)


def _free_remarks(long_stay: bool, rng: random.Random) -> str:
    """Remarks in free text around the usual mention."""
    core = visa_remarks(long_stay, rng)
    tail = rng.choice(("ACCUEIL PAR UNE ASSOCIATION AGRÉÉE", "Dispense temporaire de carte de séjour",
                       "Valable pour un séjour de volontariat")) if long_stay else "Sans activité rémunérée"
    return f"{core} - {tail}"


def visa_one_line(ctx: DocContext, rng: random.Random) -> Built:
    """'Du/From 01.09.26 Au/Until 31.08.27' on one line; the passport number after one of several captions; free
    remarks; entries as 'Multiple' or '01'."""
    p = ctx.shown("visa")
    long_stay = ctx.visa_category == "D"
    sh = Sheet(680, 460, background=(0.93, 0.95, 0.97))
    sh.add(Box(0, 0, 680, 44, rgb=(0.72, 0.8, 0.9), stroke=None))
    sh.text(20, 30, "VISA", 20, bold=True)
    sh.text(110, 29, "République française · French Republic", 11, gray=0.2)
    sh.text(660, 30, f"N° {ctx.visa_number}", 12, bold=True, family="mono", align="right")
    sh.photo(520, 60, 140, 176)
    x = 22
    sh.text(x, 72, f"Valable pour/Valid for : {'FRANCE' if long_stay else 'ÉTATS SCHENGEN'}", 11)
    sh.text(x, 100, f"Du/From  {_short(ctx.visa_from)}   Au/Until  {_short(ctx.visa_until)}", 12.5, bold=True)
    sh.text(x, 128, f"Type/Type : {ctx.visa_category}      Entrées/Entries : {_entries(ctx.visa_entries, rng)}", 11)
    sh.text(x, 156, f"Durée du séjour/Duration of stay : {ctx.visa_duration_days} jours", 11)
    sh.text(x, 184, f"Délivré à/Issued in : {ctx.visa_issued_in}   le/on : {_short(ctx.visa_issue)}", 11)
    sh.text(x, 218, f"Nom, prénom/Name : {p.surname.upper()}, {p.given_names}", 12, bold=True)
    sh.text(x, 246, f"{rng.choice(_PASSPORT_CAPTION)} : {ctx.visa_passport_number}", 12, bold=True)
    remarks = _free_remarks(long_stay, rng)
    sh.add(Box(x - 4, 262, 640, 46, stroke=0.4, line=0.5))
    sh.text(x, 276, "Remarques/Remarks", 7.5, gray=0.35)
    sh.text(x, 297, remarks, 11)
    lines = _visa_zone(ctx, p)
    zone_at(sh, lines, 340, 380)
    return [sh], visa_truth(ctx, p, remarks, lines)


_VISA_HEAD = (
    ("Valable du", "Valid from", "Válido desde"), ("Au", "Until", "Hasta"), ("Type", "Type", "Tipo"),
    ("Entrées", "Entries", "Entradas"), ("Durée", "Duration", "Duración"),
)
_VISA_HEAD2 = (("Délivré à", "Issued in", "Expedido en"), ("Date de délivrance", "Date of issue", "Fecha de expedición"),
               ("Nom", "Surname", "Apellidos"), ("Prénoms", "Given names", "Nombres"))


def visa_table_header(ctx: DocContext, rng: random.Random) -> Built:
    """The sticker as a table: a header row of trilingual captions (one language per line in each cell), the
    values in the row under; ISO dates; the passport number in its own row; remarks in a wide cell."""
    p = ctx.shown("visa")
    long_stay = ctx.visa_category == "D"
    sh = Sheet(700, 500, background=(0.96, 0.95, 0.92))
    sh.text(20, 28, "FRANCE  —  VISA  " + ("LONG SÉJOUR" if long_stay else "SCHENGEN"), 14, bold=True)
    sh.text(680, 28, ctx.visa_number, 13, bold=True, family="mono", align="right")

    def grid(y: float, heads: tuple[tuple[str, str, str], ...], values: list[str], x0: float = 20,
             width: float = 660) -> float:
        w = width / len(heads)
        for i, (caps, value) in enumerate(zip(heads, values, strict=True)):
            x = x0 + i * w
            sh.add(Box(x, y, w, 34, fill=0.88, stroke=0.35, line=0.5))
            for k, cap in enumerate(caps):
                sh.text(x + 4, y + 9 + k * 9, cap, 6.8, gray=0.25 + 0.1 * k)
            sh.add(Box(x, y + 34, w, 26, stroke=0.35, line=0.5))
            sh.text(x + 5, y + 53, value, 11.5, bold=True)
        return y + 68

    y = grid(46, _VISA_HEAD, [ctx.visa_from.isoformat(), ctx.visa_until.isoformat(), ctx.visa_category,
                              _entries(ctx.visa_entries, rng), f"{ctx.visa_duration_days} j."])
    y = grid(y, _VISA_HEAD2, [ctx.visa_issued_in, ctx.visa_issue.isoformat(), p.surname.upper(), p.given_names])
    cap = rng.choice((("Passeport", "Passport", "Pasaporte"), ("N° du titre de voyage", "Travel doc. no",
                                                              "N.º documento de viaje")))
    sh.photo(500, y + 4, 120, 150)
    y = grid(y, (cap, ("Nationalité", "Nationality", "Nacionalidad")), [ctx.visa_passport_number, p.nationality],
             width=420)
    remarks = _free_remarks(long_stay, rng)
    sh.add(Box(20, y, 460, 50, stroke=0.35, line=0.5))
    sh.text(24, y + 12, "Remarques · Remarks · Observaciones", 7, gray=0.3)
    sh.text(26, y + 36, remarks, 10)
    lines = _visa_zone(ctx, p)
    zone_at(sh, lines, 350, y + 110)
    return [sh], visa_truth(ctx, p, remarks, lines)


# --------------------------------------------------------------------------- identity cards


def photo_id_numbered_lines(ctx: DocContext, rng: random.Random) -> Built:
    """ICAO card captions with their numbers, bilingual on one line ('4a. Date de délivrance / Date of issue') over
    the value; issue and expiry as '12.01.27'; 'Sexe/Sex: M' on one line; the card number boxed."""
    p = ctx.shown("photo_id")
    c = p.country
    sh = Sheet(660, 430, background=(0.94, 0.95, 0.91))
    sh.text(20, 28, f"{c.name_fr.upper()} / {c.name_en.upper()}", 12, bold=True)
    sh.text(20, 44, "CARTE D'IDENTITÉ / IDENTITY CARD", 10, gray=0.3)
    sh.photo(20, 60, 122, 156)
    x = 166

    def pair(y: float, key: str, fr: str, en: str, value: str) -> None:
        sh.text(x, y, f"{key}. {fr} / {en}", 7.5, gray=0.3)
        sh.text(x, y + 15, value, 12.5, bold=True)

    pair(66, "1", "Nom", "Surname", p.surname.upper())
    pair(100, "2", "Prénoms", "Given names", p.given_names)
    pair(134, "3", "Date de naissance", "Date of birth", p.date_of_birth.strftime("%d %m %Y"))
    sh.text(x + 260, 149, f"Sexe/Sex: {p.sex}", 11, bold=True)
    pair(168, "5", "Nationalité", "Nationality", c.code)
    pair(202, "4a", "Date de délivrance", "Date of issue", _short(ctx.id_issue))
    sh.text(x + 220, 202, "4b. Date d'expiration / Date of expiry", 7.5, gray=0.3)
    sh.text(x + 220, 217, _short(ctx.id_expiry), 12.5, bold=True)
    sh.add(Box(500, 56, 144, 40, stroke=0.3, line=1.0))
    sh.text(506, 68, "4d. N° du document / Document No.", 6.3, gray=0.3)
    sh.text(572, 88, ctx.id_number, 12, bold=True, family="mono", align="center")
    sign(sh, 30, 250, rng, scale=0.6)
    lines = td1(c.code, p.surname, p.given_names, ctx.id_number, c.code, p.date_of_birth, p.sex, ctx.id_expiry)
    _zone(sh, lines, 320)
    return [sh], photo_id_truth(ctx, lines)


# --------------------------------------------------------------------------- consular cards


def consular_card_side_captions(ctx: DocContext, rng: random.Random) -> Built:
    """Trilingual captions side by side in a left column, the value on the same line to the right; dates
    '12 ENE/JAN 2027'; sex as 'Sexe/Sex: M'."""
    p = ctx.shown("consular_card")
    c = p.country
    photo = "consular_card" not in ctx.without_photo
    sh = Sheet(680, 440, background=(0.96, 0.94, 0.9))
    sh.text(340, 26, f"CONSULADO GENERAL / CONSULAT GÉNÉRAL {du(c.name_fr).upper()}", 11, bold=True, align="center")
    sh.text(340, 44, "TARJETA CONSULAR · CARTE CONSULAIRE · CONSULAR CARD", 10, align="center", gray=0.3)
    if photo:
        sh.photo(530, 64, 130, 164)
    rows = (
        ("Apellidos / Nom / Surname", p.surname.upper()),
        ("Nombres / Prénoms / Given names", p.given_names),
        ("Nacimiento / Naissance / Birth", _es_en(p.date_of_birth)),
        ("Nacionalidad / Nationalité / Nationality", c.nationality_fr),
        ("N.º de tarjeta / N° de carte / Card no.", ctx.consular_card_number),
        ("Expedición / Délivrance / Issue", _es_en(ctx.consular_card_issue)),
        ("Vencimiento / Expiration / Expiry", _es_en(ctx.consular_card_expiry)),
    )
    for i, (cap, value) in enumerate(rows):
        y = 78 + i * 28
        sh.text(22, y, cap, 8, gray=0.3)
        sh.text(250, y, value, 12, bold=True)
    sh.text(22, 78 + 7 * 28, f"Sexe/Sex: {p.sex}", 10.5, bold=True)
    sign(sh, 440, 330, rng, scale=0.7)
    sh.text(430, 380, "El Cónsul / Le Consul", 8.5, gray=0.3)
    return [sh], consular_card_truth(ctx, photo)


# --------------------------------------------------------------------------- consular attestations


def consular_attestation_header_table(ctx: DocContext, rng: random.Random) -> Built:
    """An embassy's attestation: particulars in one table whose first row holds the captions, the second the
    values; issued 'Date de délivrance / Date of issue : 12.03.26' at the foot, no date on top."""
    p = ctx.shown("consular_attestation")
    c = p.country
    photo = "consular_attestation" not in ctx.without_photo
    f = Flow(family="sans", size=10.5)
    f.para(f"AMBASSADE {du(c.name_fr).upper()} EN FRANCE", bold=True, after=0)
    f.para(f"Embassy of {c.name_en} in France - Consular section", size=9, after=14)
    f.title("ATTESTATION CONSULAIRE / CONSULAR ATTESTATION", size=13)
    if photo:
        f.sheet.photo(f.margin + f.width - 90, f.y, 90, 112)
        f.space(120)
    f.para("Le service consulaire atteste que la personne désignée ci-dessous est ressortissante "
           f"{du(c.name_fr)}. / The consular section certifies that the person below is a national of "
           f"{c.name_en}.", after=10)
    table(f, [("Nom / Surname", "Prénoms / Given names", "Né(e) le / Born on", "à / at", "Nationalité"),
              (p.surname.upper(), p.given_names, p.date_of_birth.strftime("%d.%m.%Y"), _born_at(p, c),
               c.nationality_fr)], (1.1, 1.2, 1, 1.3, 1), size=9.5, header=True)
    f.para(f"Passeport / Passport : {p.passport_number}", after=14)
    f.para("La présente attestation est délivrée pour servir et valoir ce que de droit.", after=16)
    f.para(f"Date de délivrance / Date of issue : {_short(ctx.consular_att_issue)}", bold=True, after=10)
    f.signature(squiggle(rng), label="Le Consul / The Consul")
    stamp(f.sheet, f.margin + 220, f.y - 60, ["AMBASSADE", "Section consulaire", c.name_fr.upper()], w=150)
    truth = person_truth(p) | {"nationality": c.code, "issue_date": ctx.consular_att_issue.isoformat(),
                                "has_photo": str(photo).lower()}
    return f.sheets, truth


# --------------------------------------------------------------------------- nationality certificates


def nationality_numbered_form(ctx: DocContext, rng: random.Random) -> Built:
    """A certificate as a numbered form with bilingual captions side by side and a dotted leader to the value;
    the place of birth with its country in brackets; 'Date de délivrance / Date of issue / Fecha de expedición'
    in three languages at the foot, '12 MARS/MAR 2026'."""
    p = ctx.shown("nationality_certificate")
    c = p.country
    photo = "nationality_certificate" not in ctx.without_photo
    f = Flow(family="serif", size=11)
    f.para(c.name_fr.upper() + " / " + c.name_en.upper(), bold=True, align="center", after=0)
    f.para("Ministère de la Justice / Ministry of Justice", align="center", size=9.5, after=16)
    f.title("CERTIFICAT DE NATIONALITÉ / CERTIFICATE OF NATIONALITY", size=13.5)
    number = f"{rng.randint(100, 9999)}/{ctx.natcert_issue.year}"
    f.para(f"Réf. {number}", align="right", size=9.5, after=12)
    if photo:
        f.sheet.photo(f.margin + f.width - 92, f.y, 92, 116)
    rows = (
        ("1", "Nom / Surname", p.surname.upper()),
        ("2", "Prénoms / Given names", p.given_names),
        ("3", "Date de naissance / Date of birth", _fr_en(p.date_of_birth)),
        ("4", "Lieu de naissance / Place of birth", f"{p.place_of_birth} ({c.name_fr})"),
        ("5", "Sexe / Sex", _sex_word(p, rng)),
        ("6", "Nationalité / Nationality", c.nationality_fr),
    )
    for key, cap, value in rows:
        f.para(f"{key}. {cap} ........ {value}", after=5)
    f.space(10)
    f.para(f"Le présent certificat atteste que la personne ci-dessus possède la nationalité {c.nationality_fr}. "
           f"This certificate attests that the above person is a citizen of {c.name_en}.", after=16)
    f.para(f"Date de délivrance / Date of issue / Fecha de expedición : {_fr_en(ctx.natcert_issue)}", bold=True,
           after=10)
    f.signature(squiggle(rng), label="Le greffier / The Registrar")
    truth = person_truth(p) | {"nationality": c.code, "issue_date": ctx.natcert_issue.isoformat(),
                                "has_photo": str(photo).lower()}
    return f.sheets, truth
