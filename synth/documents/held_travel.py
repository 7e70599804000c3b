"""Second held-out batch: passports, visa stickers, identity cards and consular cards.

Written by an independent hand; nobody tunes the reader on these families (see
synth.families, split `held_out_2`).  Modelled on what applicants upload: data
pages keyed by numbers with a legend apart, a certified A4 photocopy of a data
page carrying a personal number beside the passport number, visa stickers with
"FR | EN" labels, seen through a scanning app, or with the name first and each
value above its label in French and the post's language, identity cards photocopied back
first or printed upright, consular registration cards and folded paper cards.
"""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.common import (
    Built,
    consular_card_truth,
    du,
    passport_truth,
    photo_id_truth,
    visa_remarks,
    visa_truth,
)
from synth.documents.dev_common import stamp
from synth.documents.dev_ink import GREY, initials, scrawl
from synth.documents.dev_pieces import zone_at
from synth.formats import MONTHS_EN, MONTHS_FR, fmt_date
from synth.identity import Identity
from synth.layout import Box, Sheet, Text, wrap
from synth.zones import mrv, td1, td3


def _upper_fr(d: date) -> str:
    """'29 AOÛT 1997': the month in full French capitals."""
    return f"{d.day:02d} {MONTHS_FR[d.month - 1].upper()} {d.year}"


def _passport_zone(ctx: DocContext, personal: str = "") -> tuple[str, str]:
    p = ctx.shown("passport")
    c = p.country
    return td3(c.code, p.surname, p.given_names, p.passport_number, c.code, p.date_of_birth, p.sex,
               ctx.passport_expiry, personal)


# ----------------------------------------------------------------------------------------------- passports

_LEGEND = ("Nom / Surname", "Prénoms / Given names", "Nationalité / Nationality", "Date de naissance / Date of birth",
           "Sexe / Sex", "Lieu de naissance / Place of birth", "Date de délivrance / Date of issue",
           "Autorité / Authority", "Date d'expiration / Date of expiry", "N° du passeport / Passport No.")


def passport_numbered_keys(ctx: DocContext, rng: random.Random) -> Built:
    """Values keyed by small numbers (1 to 10); what each number means is only in a legend along the foot."""
    p = ctx.shown("passport")
    c = p.country
    sh = Sheet(700, 500, background=(0.93, 0.94, 0.96))
    sh.text(350, 28, f"RÉPUBLIQUE {du(c.name_fr).upper()}" if c.french_speaking else c.name_en.upper(), 13,
            bold=True, align="center", gray=0.2)
    sh.text(350, 46, "PASSEPORT  ·  PASSPORT  ·  P", 10, align="center", gray=0.35)
    sh.photo(470, 64, 140, 178)
    sh.text(630, 80, c.code, 12, bold=True)
    values = (p.surname.upper(), p.given_names.upper(), c.nationality_fr.upper(), _upper_fr(p.date_of_birth),
              p.sex, p.place_of_birth.upper(), _upper_fr(ctx.passport_issue), c.authority,
              _upper_fr(ctx.passport_expiry), p.passport_number)
    y = 76
    for i, value in enumerate(values, 1):
        x = 30 if i != 5 else 250
        if i == 5:
            y -= 24
        sh.text(x, y, f"{i}.", 8, gray=0.45)
        sh.text(x + 18, y, value, 12.5 if i != 8 else 10.5, bold=True, family="mono" if i == 10 else "sans")
        y += 24
    scrawl(sh, 480, 270, rng, scale=0.6)
    sh.add(Box(24, 322, 652, 0.1, stroke=0.5, line=0.4))
    for i, label in enumerate(_LEGEND, 1):
        col, row = divmod(i - 1, 5)
        sh.text(30 + col * 330, 338 + row * 11, f"{i}. {label}", 7, gray=0.4)
    lines = _passport_zone(ctx)
    zone_at(sh, lines, 350, 420)
    return [sh], passport_truth(ctx, lines)


_OWN_PASSPORT = {
    "BRA": ("PASSAPORTE", "Sobrenome", "Nome", "Nascimento", "Local de nascimento", "Emissão", "Validade",
            "Autoridade", "Nacionalidade", "Sexo", "Número pessoal"),
    "COL": ("PASAPORTE", "Apellidos", "Nombres", "Nacimiento", "Lugar de nacimiento", "Expedición", "Vencimiento",
            "Autoridad", "Nacionalidad", "Sexo", "N.º personal"),
    "VNM": ("HỘ CHIẾU", "Họ", "Chữ đệm và tên", "Ngày sinh", "Nơi sinh", "Ngày cấp", "Có giá trị đến",
            "Nơi cấp", "Quốc tịch", "Giới tính", "Số định danh"),
}
_EN_PASSPORT = ("PASSPORT", "Surname", "Given names", "Date of birth", "Place of birth", "Date of issue",
                "Date of expiry", "Authority", "Nationality", "Sex", "Personal No.")


def passport_certified_copy(ctx: DocContext, rng: random.Random) -> Built:
    """An A4 photocopy of the data page, certified by a town hall above it; a personal number beside the passport's."""
    p = ctx.shown("passport")
    c = p.country
    own = _OWN_PASSPORT.get(c.code, _EN_PASSPORT)
    sh = Sheet()
    certified = min(ctx.filing, ctx.arrival + (ctx.filing - ctx.arrival) // 2)
    sh.text(60, 70, "COPIE CERTIFIÉE CONFORME À L'ORIGINAL", 12, bold=True, gray=0.3)
    sh.text(60, 90, f"Mairie de {ctx.association_city} - service des formalités administratives", 9.5, gray=0.35)
    sh.text(60, 118, f"le {fmt_date(certified, 'dmy_slash')}", 12, family="hand")
    initials(sh, 200, 120, rng)
    # the data page, smaller than life, on the lower half of the sheet
    x0, y0, w = 28.0, 250.0, 539.0
    sh.add(Box(x0, y0, w, 330, fill=0.93, stroke=0.3, line=0.6))
    sh.text(x0 + 12, y0 + 22, f"{own[0]} / {_EN_PASSPORT[0]}" if own is not _EN_PASSPORT else "PASSPORT", 11,
            bold=True)
    sh.text(x0 + w - 12, y0 + 22, c.name_en.upper(), 11, bold=True, align="right")
    sh.photo(x0 + 12, y0 + 36, 100, 128)
    personal = "".join(str(rng.randint(0, 9)) for _ in range(11))

    def pair(x: float, y: float, i: int, value: str, size: float = 10) -> None:
        label = own[i] if own is _EN_PASSPORT else f"{own[i]} / {_EN_PASSPORT[i]}"
        sh.text(x, y, label, 6.5, gray=0.35)
        sh.text(x, y + size + 2, value, size, bold=True)

    x = x0 + 126
    pair(x, y0 + 44, 1, p.surname.upper())
    pair(x, y0 + 72, 2, p.given_names.upper())
    pair(x, y0 + 100, 8, c.code)
    pair(x + 120, y0 + 100, 9, p.sex)
    pair(x + 200, y0 + 100, 3, fmt_date(p.date_of_birth, "abbr"))
    pair(x, y0 + 128, 4, p.place_of_birth.upper())
    pair(x, y0 + 156, 5, fmt_date(ctx.passport_issue, "abbr"))
    pair(x + 200, y0 + 156, 6, fmt_date(ctx.passport_expiry, "abbr"))
    pair(x, y0 + 184, 7, c.authority.upper(), 9)
    sh.text(x0 + w - 12, y0 + 48, f"N° / No. {p.passport_number}", 11, bold=True, align="right", family="mono")
    sh.text(x0 + w - 12, y0 + 66, f"{own[10]}: {personal}", 8, align="right", gray=0.3, family="mono")
    scrawl(sh, x0 + 360, y0 + 210, rng, scale=0.55)
    lines = _passport_zone(ctx, personal)
    zone_at(sh, lines, x0 + w / 2, y0 + 270)
    stamp(sh, 330, 660, ["MAIRIE", ctx.association_city.upper(), "COPIE CONFORME"], w=180)
    return [sh], passport_truth(ctx, lines)


# ----------------------------------------------------------------------------------------------- visas

def _visa_zone(ctx: DocContext, p: Identity, rng: random.Random) -> tuple[str, str]:
    kind = "MRVA" if ctx.visa_category == "D" or rng.random() < 0.5 else "MRVB"
    return mrv(kind, "FRA", p.surname, p.given_names, ctx.visa_number, p.nationality, p.date_of_birth, p.sex,
               ctx.visa_until)


def _yy(d: date) -> str:
    return d.strftime("%d/%m/%y")


def visa_bar_labels(ctx: DocContext, rng: random.Random) -> Built:
    """'FR | EN' labels, a band down the left edge with the number, photo on the right, dates 04/07/26."""
    p = ctx.shown("visa")
    long_stay = ctx.visa_category == "D"
    sh = Sheet(680, 460, background=(0.95, 0.95, 0.92))
    sh.add(Box(0, 0, 46, 460, rgb=(0.72, 0.8, 0.9), stroke=None))
    for i, ch in enumerate("VISA"):
        sh.text(23, 60 + i * 26, ch, 18, bold=True, align="center", gray=0.15)
    sh.text(23, 300, "FRA", 11, bold=True, align="center")
    sh.text(64, 30, f"N° {ctx.visa_number}", 13, bold=True, family="mono", gray=0.1)
    sh.text(400, 30, "RÉPUBLIQUE FRANÇAISE", 10, bold=True, gray=0.3)
    sh.photo(520, 50, 136, 172)
    rows = (
        ("VALABLE POUR | VALID FOR", "FRANCE" if long_stay else "ÉTATS SCHENGEN"),
        ("DU | FROM", _yy(ctx.visa_from)),
        ("AU | UNTIL", _yy(ctx.visa_until)),
        ("TYPE DE VISA | TYPE OF VISA", ctx.visa_category),
        ("NOMBRE D'ENTRÉES | NUMBER OF ENTRIES", ctx.visa_entries),
        ("DURÉE DU SÉJOUR | DURATION OF STAY", f"{ctx.visa_duration_days} JOURS | DAYS"),
        ("DÉLIVRÉ À | ISSUED IN", ctx.visa_issued_in),
        ("LE | ON", _yy(ctx.visa_issue)),
    )
    y = 66
    for i, (label, value) in enumerate(rows):
        x = 64 if i % 2 == 0 else 300
        sh.text(x, y, label, 7, gray=0.35)
        sh.text(x, y + 16, value, 12.5, bold=True)
        if i % 2:
            y += 36
    sh.text(64, y + 4, "NOM, PRÉNOMS | SURNAME, NAME", 7, gray=0.35)
    sh.text(64, y + 20, f"{p.surname.upper()}, {p.given_names.upper()}", 12.5, bold=True)
    remarks = visa_remarks(long_stay, rng)
    sh.text(64, y + 42, "REMARQUES | REMARKS", 7, gray=0.35)
    sh.text(64, y + 58, remarks, 11.5, bold=True)
    sh.text(64, y + 74, f"PASS. {ctx.visa_passport_number}", 11.5, bold=True, family="mono")
    lines = _visa_zone(ctx, p, rng)
    zone_at(sh, lines, 363, 400)
    return [sh], visa_truth(ctx, p, remarks, lines)


def visa_app_capture(ctx: DocContext, rng: random.Random) -> Built:
    """A scanning app's capture of the sticker: buttons around it, labels in French only, validity in one sentence."""
    p = ctx.shown("visa")
    long_stay = ctx.visa_category == "D"
    sh = Sheet(620, 900, background=(0.16, 0.17, 0.2))
    sh.add(Box(0, 0, 620, 56, rgb=(0.1, 0.1, 0.12), stroke=None))
    sh.add(Text(24, 36, "< Retour", 13, gray=0.85))
    sh.add(Text(310, 36, "Scanner - page 7", 14, bold=True, align="center", gray=0.95))
    sh.add(Text(596, 36, "OK", 13, bold=True, align="right", gray=0.85))
    x, y, w, h = 30.0, 150.0, 560.0, 420.0
    sh.add(Box(x, y, w, h, rgb=(0.9, 0.93, 0.9), stroke=None))
    sh.text(x + 16, y + 30, "VISA  FRANCE", 17, bold=True)
    sh.text(x + w - 16, y + 30, ctx.visa_number, 13, bold=True, family="mono", align="right")
    sh.photo(x + 16, y + 46, 110, 140)
    tx = x + 142
    lines_txt = (
        f"Valable pour {'la France' if long_stay else 'les États Schengen'} du "
        f"{fmt_date(ctx.visa_from, 'dmy_dot')} au {fmt_date(ctx.visa_until, 'dmy_dot')}",
        f"Visa de type {ctx.visa_category} - entrées : {ctx.visa_entries}",
        f"Durée du séjour : {ctx.visa_duration_days} jours",
        f"Délivré à {ctx.visa_issued_in.title()} le {fmt_date(ctx.visa_issue, 'dmy_dot')}",
        f"Nom : {p.surname.upper()}",
        f"Prénoms : {p.given_names}",
        f"Passeport n° {ctx.visa_passport_number}",
    )
    for i, line in enumerate(lines_txt):
        sh.text(tx, y + 60 + i * 21, line, 10.5 if i == 0 else 11.5, bold=i in (4, 5))
    remarks = visa_remarks(long_stay, rng)
    sh.text(x + 16, y + 230, f"Observations : {remarks}", 11.5, bold=True)
    lines = _visa_zone(ctx, p, rng)
    zone_at(sh, lines, x + w / 2, y + 340)
    # the app's buttons under the capture
    for i, label in enumerate(("Recadrer", "Filtre", "Pivoter", "Enregistrer")):
        bx = 40 + i * 140
        sh.add(Box(bx, 700, 120, 40, rgb=(0.28, 0.3, 0.36), stroke=None))
        sh.add(Text(bx + 60, 725, label, 12, align="center", gray=0.9))
    sh.add(Text(310, 800, "Document 3 sur 7", 11, align="center", gray=0.7))
    return [sh], visa_truth(ctx, p, remarks, lines)


# ----------------------------------------------------------------------------------------------- identity cards

def _id_zone(ctx: DocContext) -> tuple[str, str, str]:
    p = ctx.shown("photo_id")
    c = p.country
    return td1(c.code, p.surname, p.given_names, ctx.id_number, c.code, p.date_of_birth, p.sex, ctx.id_expiry)


def photo_id_back_first(ctx: DocContext, rng: random.Random) -> Built:
    """Both faces on one A4 photocopy, the back (zone, issue, authority) above the front, certified by hand."""
    p = ctx.shown("photo_id")
    c = p.country
    sh = Sheet()
    # back
    bx, by, bw, bh = 60.0, 70.0, 470.0, 290.0
    sh.add(Box(bx, by, bw, bh, fill=0.9, stroke=0.35, line=0.7))
    sh.text(bx + 14, by + 24, "Adresse / Address", 7.5, gray=0.35)
    sh.text(bx + 14, by + 40, f"{rng.randint(2, 140)} {rng.choice(c.surnames).upper()} - {p.place_of_birth.upper()}",
            10.5, bold=True)
    sh.text(bx + 14, by + 62, "Délivrée le / Issued on", 7.5, gray=0.35)
    sh.text(bx + 14, by + 78, fmt_date(ctx.id_issue, "dmy_space"), 11, bold=True)
    sh.text(bx + 200, by + 62, "Par / By", 7.5, gray=0.35)
    sh.text(bx + 200, by + 78, c.authority, 9.5, bold=True)
    sh.text(bx + 14, by + 100, "Taille / Height", 7.5, gray=0.35)
    sh.text(bx + 14, by + 116, f"1,{rng.randint(55, 90)} m", 10.5, bold=True)
    lines = _id_zone(ctx)
    for i, line in enumerate(lines):
        sh.add(Text(bx + bw / 2, by + 200 + i * 22, line, 14, family="mono", bold=True, align="center",
                    char_space=1.2))
    # front
    fx, fy = 60.0, 420.0
    sh.add(Box(fx, fy, bw, bh, fill=0.93, stroke=0.35, line=0.7))
    sh.text(fx + bw / 2, fy + 24, f"{c.name_fr.upper()} - CARTE D'IDENTITÉ / IDENTITY CARD", 10.5, bold=True,
            align="center")
    sh.photo(fx + 14, fy + 40, 110, 140)
    x = fx + 140
    for i, (label, value) in enumerate((("Nom / Surname", p.surname.upper()),
                                        ("Prénom(s) / Given name(s)", p.given_names),
                                        ("Né(e) le / Date of birth", fmt_date(p.date_of_birth, "dmy_space")),
                                        ("Nationalité / Nationality", c.code))):
        sh.text(x, fy + 48 + i * 34, label, 7.5, gray=0.35)
        sh.text(x, fy + 64 + i * 34, value, 12, bold=True)
    sh.text(x + 200, fy + 150, "Sexe / Sex", 7.5, gray=0.35)
    sh.text(x + 200, fy + 166, p.sex, 12, bold=True)
    sh.text(fx + 14, fy + 204, "N° du document / Document No.", 7.5, gray=0.35)
    sh.text(fx + 14, fy + 222, ctx.id_number, 13, bold=True, family="mono")
    sh.text(fx + 240, fy + 204, "Expire le / Expiry", 7.5, gray=0.35)
    sh.text(fx + 240, fy + 222, fmt_date(ctx.id_expiry, "dmy_space"), 12, bold=True)
    scrawl(sh, fx + 300, fy + 262, rng, scale=0.5)
    sh.text(60, 760, "Copie certifiée conforme à l'original présenté", 11, family="hand")
    scrawl(sh, 360, 770, rng, rgb=GREY, width=0.9, scale=0.7)
    return [sh], photo_id_truth(ctx, lines)


_PORTRAIT_LABELS = {
    "VNM": ("CĂN CƯỚC CÔNG DÂN", "Số / No.", "Họ và tên / Full name", "Ngày sinh / Date of birth",
            "Giới tính / Sex", "Quốc tịch / Nationality", "Ngày cấp / Date of issue", "Có giá trị đến / Date of expiry"),
    "IND": ("IDENTITY CARD", "No.", "Name", "Date of Birth", "Sex", "Nationality", "Issued", "Valid till"),
}
_PORTRAIT_DEFAULT = ("CARTE D'IDENTITÉ", "N°", "Nom et prénoms", "Date de naissance", "Sexe", "Nationalité",
                     "Délivrée le", "Valable jusqu'au")


def photo_id_portrait(ctx: DocContext, rng: random.Random) -> Built:
    """An upright card: photo at the top, the full name on one line (surname first), dates 29/08/1997."""
    p = ctx.shown("photo_id")
    c = p.country
    lab = _PORTRAIT_LABELS.get(c.code, _PORTRAIT_DEFAULT)
    sh = Sheet(460, 700, background=(0.94, 0.92, 0.95))
    sh.add(Box(0, 0, 460, 50, rgb=(0.75, 0.68, 0.8), stroke=None))
    sh.text(230, 22, c.name_en.upper(), 10, bold=True, align="center", gray=0.2)
    sh.text(230, 40, lab[0], 13, bold=True, align="center")
    sh.photo(160, 66, 140, 176)
    rows = ((lab[1], ctx.id_number), (lab[2], f"{p.surname.upper()} {p.given_names.upper()}"),
            (lab[3], fmt_date(p.date_of_birth, "dmy_slash")), (lab[4], p.sex), (lab[5], c.code),
            (lab[6], fmt_date(ctx.id_issue, "dmy_slash")), (lab[7], fmt_date(ctx.id_expiry, "dmy_slash")))
    y = 270
    for label, value in rows:
        sh.text(30, y, f"{label}:", 8, gray=0.35)
        sh.text(30, y + 16, value, 12.5, bold=True, family="mono" if value == ctx.id_number else "sans")
        y += 34
    scrawl(sh, 280, y - 20, rng, scale=0.5)
    lines = _id_zone(ctx)
    for i, line in enumerate(lines):
        sh.add(Text(230, 560 + i * 22, line, 13, family="mono", bold=True, align="center", char_space=1.0))
    return [sh], photo_id_truth(ctx, lines)


# ----------------------------------------------------------------------------------------------- consular cards

_POSTS = ("Paris", "Lyon", "Marseille", "Bordeaux")


def _post(rng: random.Random) -> str:
    return rng.choice(_POSTS)


def consular_card_registration(ctx: DocContext, rng: random.Random) -> Built:
    """A registration card: post and number in a header, 'Expedición / Délivrance' and 'Vence / Expire' with month
    abbreviations (22/JUL/2024), a bar code under the photo."""
    p = ctx.shown("consular_card")
    c = p.country
    spanish = c.code == "COL"
    post = _post(rng)
    photo = "consular_card" not in ctx.without_photo
    sh = Sheet(680, 430, background=(0.96, 0.95, 0.9))
    head = (f"CONSULADO DE {c.name_en.upper()} EN {post.upper()}" if spanish
            else f"CONSULAT {du(c.name_fr).upper()} À {post.upper()}")
    sh.text(24, 30, head, 13, bold=True)
    sh.text(24, 48, "MATRÍCULA CONSULAR / CARTE D'IMMATRICULATION" if spanish else "CARTE D'IMMATRICULATION CONSULAIRE",
            10, gray=0.3)
    sh.text(656, 30, f"IMM. {ctx.consular_card_number}", 13, bold=True, align="right", family="mono")
    if photo:
        sh.photo(24, 66, 128, 164)
    else:
        sh.add(Box(24, 66, 128, 164, stroke=0.6, line=0.5))
    for i in range(34):  # a bar code under the photo
        sh.add(Box(26 + i * 3.6, 246, 1.2 if i % 3 else 2.2, 30, fill=0.1, stroke=None))

    def month(d: date) -> str:
        abbr = MONTHS_EN[d.month - 1][:3].upper()
        return f"{d.day:02d}/{abbr}/{d.year}"

    x = 176
    rows = ((("Apellidos / Nom" if spanish else "Nom"), p.surname.upper()),
            (("Nombres / Prénoms" if spanish else "Prénoms"), p.given_names.upper()),
            (("Nacimiento / Naissance" if spanish else "Né(e) le"), month(p.date_of_birth)),
            (("Nacionalidad / Nationalité" if spanish else "Nationalité"), c.nationality_fr.upper()),
            (("Domicilio / Domicile" if spanish else "Domicile"), f"{rng.randint(1, 90)} rue {rng.choice(('Garibaldi', 'Paradis', 'Sainte-Catherine', 'de la Roquette'))}, {post}"))
    for i, (label, value) in enumerate(rows):
        sh.text(x, 76 + i * 38, label, 7.5, gray=0.35)
        sh.text(x, 92 + i * 38, value, 12, bold=True)
    sh.text(x, 286, f"{'Expedición / Délivrance' if spanish else 'Délivrance'}: {month(ctx.consular_card_issue)}", 10.5,
            bold=True)
    sh.text(x + 250, 286, f"{'Vence / Expire' if spanish else 'Expire'}: {month(ctx.consular_card_expiry)}", 10.5,
            bold=True)
    sh.text(x, 330, "El Cónsul / Le Consul" if spanish else "Le Consul", 8, gray=0.35)
    scrawl(sh, x + 10, 356, rng, scale=0.6)
    return [sh], consular_card_truth(ctx, photo)


def consular_card_folded(ctx: DocContext, rng: random.Random) -> Built:
    """A folded paper card scanned open: validity in a sentence on the left panel, particulars in a table on the right."""
    p = ctx.shown("consular_card")
    c = p.country
    post = _post(rng)
    photo = "consular_card" not in ctx.without_photo
    sh = Sheet(760, 500, background=(0.97, 0.96, 0.93))
    sh.add(Box(380, 10, 0.1, 480, stroke=0.6, line=0.4))  # the fold
    sh.text(190, 40, f"AMBASSADE {du(c.name_fr).upper()}", 11, bold=True, align="center")
    sh.text(190, 58, f"Section consulaire - {post}", 9.5, align="center", gray=0.3)
    sh.text(190, 110, "CARTE CONSULAIRE", 16, bold=True, align="center")
    sentence = (f"Cette carte, enregistrée sous le numéro {ctx.consular_card_number}, a été délivrée le "
                f"{fmt_date(ctx.consular_card_issue, 'fr_long')} ; elle est valable jusqu'au "
                f"{fmt_date(ctx.consular_card_expiry, 'fr_long')}.")
    for i, line in enumerate(wrap(sentence, 300, "serif", 10.5)):
        sh.text(40, 160 + i * 16, line, 10.5, family="serif")
    stamp(sh, 100, 280, ["AMBASSADE", c.name_fr.upper(), "SECTION CONSULAIRE"], w=180)
    sh.text(40, 380, "Le Chef de chancellerie", 9.5, family="serif")
    scrawl(sh, 60, 410, rng, scale=0.7)
    if photo:
        sh.photo(410, 40, 110, 140)
    else:
        sh.add(Box(410, 40, 110, 140, stroke=0.5, line=0.5))
    rows = (("Nom", p.surname.upper()), ("Prénoms", p.given_names), ("Date de naissance",
                                                                      fmt_date(p.date_of_birth, "dmy_slash")),
            ("Lieu de naissance", f"{p.place_of_birth} ({c.name_fr})"), ("Nationalité", c.nationality_fr))
    y = 200.0
    for label, value in rows:
        sh.add(Box(400, y, 340, 30, stroke=0.3, line=0.5))
        sh.add(Box(400, y, 120, 30, fill=0.9, stroke=0.3, line=0.5))
        sh.text(406, y + 19, label, 8.5, gray=0.25)
        sh.text(528, y + 19, value, 11, bold=True)
        y += 30
    sh.text(400, y + 30, "Signature du titulaire", 8, gray=0.35)
    scrawl(sh, 540, y + 40, rng, scale=0.5)
    return [sh], consular_card_truth(ctx, photo)


_MONTHS_FR_DOT = ("JANV.", "FÉVR.", "MARS", "AVR.", "MAI", "JUIN", "JUIL.", "AOÛT", "SEPT.", "OCT.", "NOV.", "DÉC.")
# a post's language beside French: valid for, from, until, type, entries, stay, issued in, on, passport, remarks
_POST_LABELS = {
    "es": ("válido para", "desde", "hasta", "tipo", "entradas", "duración", "expedido en", "fecha", "pasaporte",
           "observaciones"),
    "pt": ("válido para", "de", "até", "tipo", "entradas", "duração", "emitido em", "data", "passaporte",
           "observações"),
    "vi": ("có giá trị cho", "từ", "đến", "loại", "số lần nhập cảnh", "thời hạn", "cấp tại", "ngày", "hộ chiếu",
           "ghi chú"),
    "en": ("valid for", "from", "until", "type", "entries", "duration", "issued in", "on", "passport", "remarks"),
}
_FR_LABELS = ("valable pour", "du", "au", "type", "entrées", "durée", "délivré à", "le", "passeport", "remarques")
_POST_LANG = {"COL": "es", "BRA": "pt", "VNM": "vi"}


def _dot_month(d: date) -> str:
    """'20 AVR. 2026': the French month abbreviated with a full stop."""
    return f"{d.day:02d} {_MONTHS_FR_DOT[d.month - 1]} {d.year}"


def visa_name_first(ctx: DocContext, rng: random.Random) -> Built:
    """The holder's name first, large; each value above its small label in French and the post's language;
    dates '20 AVR. 2026'; the sticker's number at the bottom left."""
    p = ctx.shown("visa")
    long_stay = ctx.visa_category == "D"
    post = _POST_LABELS[_POST_LANG.get(p.nationality, "en")]
    sh = Sheet(660, 450, background=(0.94, 0.92, 0.95))
    sh.text(20, 34, f"{p.surname.upper()} {p.given_names.upper()}", 16, bold=True)
    sh.text(20, 48, "nom, prénoms", 7, gray=0.4)
    sh.text(640, 34, "VISA  F", 16, bold=True, align="right", gray=0.25)
    sh.photo(500, 60, 140, 176)

    def val(x: float, y: float, i: int, value: str) -> None:
        sh.text(x, y, value, 12.5, bold=True)
        sh.text(x, y + 11, f"{_FR_LABELS[i]} / {post[i]}", 6.8, gray=0.4)

    val(20, 84, 0, "FRANCE" if long_stay else "ÉTATS SCHENGEN")
    val(20, 122, 1, _dot_month(ctx.visa_from))
    val(200, 122, 2, _dot_month(ctx.visa_until))
    val(20, 160, 3, ctx.visa_category)
    val(110, 160, 4, ctx.visa_entries)
    val(250, 160, 5, f"{ctx.visa_duration_days} J.")
    val(20, 198, 6, ctx.visa_issued_in)
    val(200, 198, 7, _dot_month(ctx.visa_issue))
    val(20, 236, 8, ctx.visa_passport_number)
    remarks = visa_remarks(long_stay, rng)
    val(20, 274, 9, remarks)
    sh.text(20, 318, ctx.visa_number, 12, bold=True, family="mono", gray=0.2)
    lines = _visa_zone(ctx, p, rng)
    zone_at(sh, lines, 330, 370)
    return [sh], visa_truth(ctx, p, remarks, lines)
