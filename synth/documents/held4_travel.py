"""Fourth held-out batch (session 13): passports, long-stay visas and identity cards.

Written by a hand that has not seen the reader nor the earlier held-out batches; nobody
tunes the reader on these families.
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, du, passport_truth, photo_id_truth, visa_remarks, visa_truth
from synth.documents.held4_parts import en_abbr, fr_abbr, fr_day, frame_stamp, mark, rule, zone
from synth.documents.registry import caps
from synth.layout import A4, Box, Ellipse, Sheet, text_width
from synth.zones import mrv, td1, td3

# own-language captions of a data page: type, code, number, surname, given names, nationality, birth, sex,
# place of birth, issue, expiry, authority
_CAPTIONS = {
    "fr": ("Type", "Code du pays", "N° du passeport", "Nom", "Prénoms", "Nationalité", "Date de naissance", "Sexe",
           "Lieu de naissance", "Date de délivrance", "Date d'expiration", "Autorité"),
    "es": ("Tipo", "Código", "Pasaporte N°", "Apellidos", "Nombres", "Nacionalidad", "Fecha de nacimiento", "Sexo",
           "Lugar de nacimiento", "Fecha de expedición", "Fecha de vencimiento", "Autoridad"),
    "pt": ("Tipo", "Código do país", "Passaporte nº", "Sobrenome", "Nome", "Nacionalidade", "Data de nascimento",
           "Sexo", "Naturalidade", "Data de expedição", "Válido até", "Autoridade"),
    "de": ("Typ", "Kode", "Pass-Nr.", "Name", "Vornamen", "Staatsangehörigkeit", "Geburtstag", "Geschlecht",
           "Geburtsort", "Ausstellungsdatum", "Gültig bis", "Behörde"),
    "it": ("Tipo", "Codice paese", "Passaporto N.", "Cognome", "Nome", "Cittadinanza", "Data di nascita", "Sesso",
           "Luogo di nascita", "Data di rilascio", "Data di scadenza", "Autorità"),
    "vi": ("Loại", "Mã số", "Số hộ chiếu", "Họ", "Chữ đệm và tên", "Quốc tịch", "Ngày sinh", "Giới tính",
           "Nơi sinh", "Ngày cấp", "Có giá trị đến", "Cơ quan cấp"),
    "en": ("Type", "Country code", "Passport No.", "Surname", "Given names", "Nationality", "Date of birth", "Sex",
           "Place of birth", "Date of issue", "Date of expiry", "Authority"),
}
_LANG = {"SEN": "fr", "MAR": "fr", "CMR": "fr", "COL": "es", "ESP": "es", "BRA": "pt", "DEU": "de", "ITA": "it",
         "VNM": "vi", "IND": "en", "NGA": "en"}
_STATE = {"SEN": "RÉPUBLIQUE DU SÉNÉGAL", "MAR": "ROYAUME DU MAROC", "CMR": "RÉPUBLIQUE DU CAMEROUN",
          "COL": "REPÚBLICA DE COLOMBIA", "ESP": "REINO DE ESPAÑA", "BRA": "REPÚBLICA FEDERATIVA DO BRASIL",
          "DEU": "BUNDESREPUBLIK DEUTSCHLAND", "ITA": "REPUBBLICA ITALIANA",
          "VNM": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "IND": "REPUBLIC OF INDIA",
          "NGA": "FEDERAL REPUBLIC OF NIGERIA"}
_DEMONYM = {"SEN": "SÉNÉGALAISE", "MAR": "MAROCAINE", "CMR": "CAMEROUNAISE", "COL": "COLOMBIANA",
            "ESP": "ESPAÑOLA", "BRA": "BRASILEIRO(A)", "DEU": "DEUTSCH", "ITA": "ITALIANA", "VNM": "VIỆT NAM",
            "IND": "INDIAN", "NGA": "NIGERIAN"}
_PASSPORT_WORD = {"fr": "PASSEPORT", "es": "PASAPORTE", "pt": "PASSAPORTE", "de": "REISEPASS", "it": "PASSAPORTO",
                  "vi": "HỘ CHIẾU", "en": "PASSPORT"}


def _passport_zone(ctx: DocContext) -> tuple[str, str]:
    p = ctx.shown("passport")
    c = p.country
    return td3(c.code, p.surname, p.given_names, p.passport_number, c.code, p.date_of_birth, p.sex,
               ctx.passport_expiry)


def passport_with_request_page(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("passport")
    c = p.country
    sh = Sheet(*A4, background=(0.98, 0.98, 0.97))
    # upper page of the open booklet: the state's request to let the bearer pass, and the endorsements box
    sh.add(Box(36, 30, 523, 372, fill=0.95, stroke=0.55, line=0.6))
    sh.text(297, 70, _STATE.get(c.code, c.name_en.upper()), 12, bold=True, align="center", gray=0.2)
    request = [
        f"The Minister of Foreign Affairs of {c.name_en} requests all those whom it may concern",
        "to allow the bearer to pass freely without let or hindrance and to afford",
        "the bearer such assistance and protection as may be necessary.",
        f"Le Ministre des Affaires étrangères {du(c.name_fr)}",
        "prie les autorités civiles et militaires de laisser passer librement le titulaire",
        "du présent passeport et de lui prêter aide et protection en cas de besoin.",
    ]
    for i, line in enumerate(request):
        sh.text(297, 110 + 17 * i + (10 if i >= 3 else 0), line, 9.5, family="serif", align="center",
                gray=0.25 if i < 3 else 0.35)
    sh.add(Box(70, 250, 455, 120, stroke=0.5, line=0.5))
    sh.text(80, 266, "ENDORSEMENTS / OBSERVATIONS", 8, bold=True, gray=0.35)
    sh.text(80, 300, rng.choice(("NIL", "- NÉANT -", "NO OBSERVATIONS")), 11, family="mono", gray=0.3)
    sh.text(297, 392, "2", 8, align="center", gray=0.45)
    # lower page: the data page
    y0 = 420
    sh.add(Box(36, y0, 523, 392, rgb=(0.9, 0.92, 0.96), stroke=0.5, line=0.6))
    sh.text(297, y0 + 22, f"PASSPORT  ·  PASSEPORT  ·  {_STATE.get(c.code, c.name_en.upper())}", 10.5, bold=True,
            align="center")
    sh.photo(50, y0 + 40, 118, 150)
    x1, x2, x3 = 184, 300, 420

    def f(x: float, y: float, cap: str, value: str, size: float = 11) -> None:
        sh.text(x, y0 + y, cap, 6.8, gray=0.35)
        sh.text(x, y0 + y + 13, value, size, bold=True)

    f(x1, 40, "Type / Type", "P")
    f(x2, 40, "Code / Code", c.code)
    f(x3, 40, "Passport No. / N° du passeport", p.passport_number, 12)
    f(x1, 72, "Surname / Nom", caps(p.surname))
    f(x1, 102, "Given names / Prénoms", caps(p.given_names))
    f(x1, 132, "Nationality / Nationalité", c.name_en.upper())
    f(x1, 162, "Date of birth / Date de naissance", en_abbr(p.date_of_birth))
    f(x3, 162, "Sex / Sexe", p.sex)
    f(x1, 192, "Place of birth / Lieu de naissance", caps(p.place_of_birth))
    f(x1, 222, "Authority / Autorité", c.authority.upper(), 9.5)
    f(x1, 252, "Date of issue / Date de délivrance", en_abbr(ctx.passport_issue))
    f(x3 - 40, 252, "Date of expiry / Date d'expiration", en_abbr(ctx.passport_expiry))
    sh.text(50, y0 + 212, "Holder's signature", 6.8, gray=0.35)
    mark(sh, 56, y0 + 236, rng, scale=0.8)
    lines = _passport_zone(ctx)
    zone(sh, lines, y0 + 330, size=13.5, space=1.0)
    sh.text(297, y0 + 384, "3", 8, align="center", gray=0.45)
    return [sh], passport_truth(ctx, lines)


def passport_own_language_photo(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("passport")
    c = p.country
    lang = _LANG.get(c.code, "en")
    own = _CAPTIONS[lang]
    en = _CAPTIONS["en"]
    both = lang in ("de", "it", "vi")
    cap = [f"{o} / {e}" if both else o for o, e in zip(own, en, strict=True)]
    sh = Sheet(720, 540, background=(0.3, 0.27, 0.25))  # photographed on a dark table
    dx, dy = rng.uniform(24, 44), rng.uniform(26, 40)
    sh.add(Box(dx, dy, 650, 460, rgb=(0.95, 0.93, 0.88), stroke=None))
    sh.text(dx + 325, dy + 26, f"{_STATE.get(c.code, c.name_en.upper())}", 13, bold=True, align="center")
    sh.text(dx + 325, dy + 44, _PASSPORT_WORD[lang] + ("" if lang == "en" else " / PASSPORT"), 10.5,
            align="center", gray=0.25)
    photo_right = rng.random() < 0.35
    px = dx + 490 if photo_right else dx + 18
    sh.photo(px, dy + 62, 130, 168)
    x = dx + 18 if photo_right else dx + 168
    d = lambda v: v.strftime("%d.%m.%Y")  # noqa: E731
    rows = [
        ((cap[0], "P"), (cap[1], c.code), (cap[2], p.passport_number)),
        ((cap[3], caps(p.surname)),),
        ((cap[4], caps(p.given_names)),),
        ((cap[5], _DEMONYM.get(c.code, c.name_en.upper())), (cap[7], p.sex)),
        ((cap[6], d(p.date_of_birth)), (cap[8], caps(p.place_of_birth))),
        ((cap[9], d(ctx.passport_issue)), (cap[10], d(ctx.passport_expiry))),
        ((cap[11], c.authority.upper()),),
    ]
    y = dy + 70
    for n, row in enumerate(rows, 1):
        for k, (caption, value) in enumerate(row):
            cx = x + k * (150 if len(row) == 3 else 210)
            sh.text(cx, y, f"{n}{'abc'[k] if len(row) > 1 else ''}. {caption}" if lang != "en" else caption, 7,
                    gray=0.35)
            sh.text(cx, y + 14, value, 11.5 if len(value) < 26 else 9.5, bold=True)
        y += 33
    sign = {"fr": "Signature du titulaire", "es": "Firma del titular", "pt": "Assinatura do titular",
            "de": "Unterschrift", "it": "Firma del titolare", "vi": "Chữ ký", "en": "Holder's signature"}[lang]
    sh.text(px, dy + 250, sign, 7, gray=0.35)
    mark(sh, px + 10, dy + 280, rng, scale=0.8, rgb=(0.15, 0.15, 0.2))
    lines = _passport_zone(ctx)
    zone(sh, lines, dy + 400, cx=dx + 325, size=13.5, space=0.9)
    # the thumb holding the booklet open
    sh.add(Ellipse(dx + 610, dy + 380, 70, 110, fill=0.62))
    return [sh], passport_truth(ctx, lines)


# ---------------------------------------------------------------- visas


def _visa_zone(ctx: DocContext, rng: random.Random) -> tuple[str, str]:
    p = ctx.shown("visa")
    kind = "MRVA" if ctx.visa_category == "D" or rng.random() < 0.5 else "MRVB"
    return mrv(kind, "FRA", p.surname, p.given_names, ctx.visa_number, p.nationality, p.date_of_birth, p.sex,
               ctx.visa_until)


def visa_holder_first(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("visa")
    long_stay = ctx.visa_category == "D"
    sh = Sheet(700, 470, background=(0.92, 0.96, 0.93))
    for k in range(7):  # guilloche bands
        sh.add(Box(0, 60 + 42 * k, 700, 20, fill=0.9 if k % 2 else 0.93, stroke=None))
    sh.text(22, 34, "VISA", 24, bold=True)
    sh.text(110, 33, "RÉPUBLIQUE FRANÇAISE", 11, bold=True, gray=0.2)
    sh.text(680, 34, f"FRA {ctx.visa_number}", 14, family="mono", bold=True, align="right")
    sh.photo(548, 62, 130, 166)

    def lab(x: float, y: float, fr: str, en: str, value: str, size: float = 13) -> None:
        sh.text(x, y, fr, 7.5, bold=True, gray=0.3)
        sh.text(x + 5 + text_width(fr, "sans", 7.5, True), y, en, 6.5, family="serif", gray=0.45)
        sh.text(x, y + 16, value, size, bold=True)

    lab(22, 68, "NOM, PRÉNOM", "surname, name", f"{caps(p.surname)} {caps(p.given_names)}")
    lab(22, 108, "N° DU PASSEPORT", "passport no.", ctx.visa_passport_number)
    lab(22, 148, "VALABLE POUR", "valid for", "FRANCE" if long_stay else "ÉTATS SCHENGEN")
    lab(22, 188, "DU", "from", fr_abbr(ctx.visa_from))
    lab(200, 188, "AU", "until", fr_abbr(ctx.visa_until))
    lab(22, 228, "TYPE", "type", ctx.visa_category)
    lab(110, 228, "ENTRÉES", "entries", ctx.visa_entries)
    lab(250, 228, "DURÉE DE SÉJOUR", "duration", f"{ctx.visa_duration_days} JOURS")
    lab(22, 268, "DÉLIVRÉ À", "issued in", ctx.visa_issued_in)
    lab(250, 268, "LE", "on", fr_abbr(ctx.visa_issue))
    remarks = visa_remarks(long_stay, rng)
    lab(22, 308, "REMARQUES", "remarks", remarks, 12)
    lines = _visa_zone(ctx, rng)
    zone(sh, lines, 392, size=14, space=1.2)
    return [sh], visa_truth(ctx, p, remarks, lines)


def visa_page_entry_stamp(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("visa")
    long_stay = ctx.visa_category == "D"
    page = rng.choice((7, 9, 11, 14, 17))
    sh = Sheet(600, 840, background=(0.96, 0.95, 0.91))
    sh.text(300, 30, "VISAS", 11, bold=True, align="center", gray=0.5)
    sh.text(570, 30, str(page), 10, align="right", gray=0.5)
    y0 = 56
    sh.add(Box(24, y0, 552, 388, rgb=(0.88, 0.9, 0.95), stroke=0.6, line=0.5))
    sh.text(40, y0 + 32, "VISA", 21, bold=True)
    sh.text(118, y0 + 31, "FRA", 14, bold=True, gray=0.2)
    sh.text(560, y0 + 31, ctx.visa_number, 13, family="mono", bold=True, align="right")
    sh.photo(40, y0 + 46, 110, 140)
    slash = "%d/%m/%y"
    x, x2 = 168, 380
    pairs = (
        (x, 54, "VALABLE POUR", "FRANCE" if long_stay else "ETATS SCHENGEN"),
        (x, 88, "DU", ctx.visa_from.strftime(slash)), (x2, 88, "AU", ctx.visa_until.strftime(slash)),
        (x, 122, "TYPE DE VISA", ctx.visa_category), (x + 100, 122, "NOMBRE D'ENTREES", ctx.visa_entries),
        (x2, 122, "DUREE DE SEJOUR", f"{ctx.visa_duration_days} JOURS"),
        (x, 156, "DELIVRE A", ctx.visa_issued_in), (x2, 156, "LE", ctx.visa_issue.strftime(slash)),
        (x, 190, "NUMERO DE PASSEPORT", ctx.visa_passport_number),
    )
    for px, py, cap, value in pairs:
        sh.text(px, y0 + py, cap, 7, gray=0.35)
        sh.text(px, y0 + py + 15, value, 12.5, bold=True, family="mono" if any(ch.isdigit() for ch in value)
                else "sans")
    sh.text(40, y0 + 222, "NOM, PRENOM", 7, gray=0.35)
    sh.text(40, y0 + 238, f"{caps(p.surname)}, {caps(p.given_names)}", 13, bold=True)
    remarks = visa_remarks(long_stay, rng)
    sh.text(40, y0 + 262, "REMARQUES", 7, gray=0.35)
    sh.text(40, y0 + 278, remarks, 12, bold=True)
    lines = _visa_zone(ctx, rng)
    zone(sh, lines, y0 + 328, size=12.5, space=0.9)
    # the entry stamp of the arrival, lower on the page, and a border officer's initials
    frame_stamp(sh, rng.uniform(60, 300), 520 + rng.uniform(0, 120),
                ["FRANCE", rng.choice(("ROISSY-CDG", "ORLY", "LYON ST-EXUPERY", "MARSEILLE PROVENCE")),
                 f"ENTREE  {ctx.arrival.strftime('%d.%m.%y')}", f"P.A.F.  {rng.randint(100, 999)}"], w=140)
    rule(sh, 24, 806, 552, gray=0.6)
    return [sh], visa_truth(ctx, p, remarks, lines)


def visa_remarks_top(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("visa")
    long_stay = ctx.visa_category == "D"
    sh = Sheet(720, 500, background=(0.25, 0.25, 0.27))
    dx, dy = rng.uniform(18, 40), rng.uniform(16, 34)
    sh.add(Box(dx, dy, 664, 450, rgb=(0.93, 0.93, 0.97), stroke=None))
    sh.add(Box(dx, dy + 96, 664, 26, fill=0.86, stroke=None))  # the foil band
    sh.text(dx + 20, dy + 32, "VISA", 20, bold=True)
    sh.text(dx + 96, dy + 31, "FRA", 13, bold=True, gray=0.2)
    remarks = visa_remarks(long_stay, rng)
    sh.text(dx + 644, dy + 22, "REMARQUES / REMARKS", 6.5, gray=0.35, align="right")
    sh.text(dx + 644, dy + 38, remarks, 11.5, bold=True, align="right")
    sh.text(dx + 20, dy + 62, "N°", 7, gray=0.35)
    sh.text(dx + 38, dy + 64, ctx.visa_number, 13, family="mono", bold=True)
    sh.photo(dx + 18, dy + 130, 118, 150)
    x, x2 = dx + 160, dx + 420

    def f(px: float, py: float, cap: str, value: str) -> None:
        sh.text(px, dy + py, cap, 6.5, gray=0.35)
        sh.text(px, dy + py + 15, value, 12.5, bold=True)

    f(x, 132, "VALABLE POUR / VALID FOR", "FRANCE" if long_stay else "ETATS SCHENGEN")
    f(x2, 132, "TYPE DE VISA / TYPE OF VISA", ctx.visa_category)
    f(x, 166, "DU / FROM", en_abbr(ctx.visa_from))
    f(x2, 166, "AU / UNTIL", en_abbr(ctx.visa_until))
    f(x, 200, "DUREE / DURATION", f"{ctx.visa_duration_days} J")
    f(x2, 200, "ENTREES / ENTRIES", ctx.visa_entries)
    f(x, 234, "PASSEPORT / PASSPORT", ctx.visa_passport_number)
    f(x, 268, "DELIVRE A / ISSUED AT", ctx.visa_issued_in)
    f(x2, 268, "LE / ON", en_abbr(ctx.visa_issue))
    f(dx + 20, 306, "NOM, PRENOMS / SURNAME, GIVEN NAMES", f"{caps(p.surname)}  {caps(p.given_names)}")
    lines = _visa_zone(ctx, rng)
    zone(sh, lines, dy + 372, cx=dx + 332, size=13.5, space=1.0)
    return [sh], visa_truth(ctx, p, remarks, lines)


# ---------------------------------------------------------------- identity cards


def _id_zone(ctx: DocContext) -> tuple[str, str, str]:
    p = ctx.shown("photo_id")
    c = p.country
    return td1(c.code, p.surname, p.given_names, ctx.id_number, c.code, p.date_of_birth, p.sex, ctx.id_expiry)


def photo_id_faces_side_by_side(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("photo_id")
    c = p.country
    lang = _LANG.get(c.code, "en")
    own = _CAPTIONS[lang]
    sh = Sheet(842, 595, background=(0.97, 0.97, 0.97))  # landscape A4 photocopy
    w, h = 372, 238
    y = 150
    ax, bx = 36, 434
    for x in (ax, bx):
        sh.add(Box(x, y, w, h, fill=0.86, stroke=0.3, line=0.8))
    state = _STATE.get(c.code, c.name_en.upper())
    sh.text(ax + w / 2, y + 20, state, 9.5, bold=True, align="center", gray=0.15)
    title = {"fr": "CARTE NATIONALE D'IDENTITÉ", "es": "DOCUMENTO DE IDENTIDAD", "pt": "CARTEIRA DE IDENTIDADE",
             "de": "PERSONALAUSWEIS", "it": "CARTA D'IDENTITÀ", "vi": "CĂN CƯỚC CÔNG DÂN",
             "en": "NATIONAL IDENTITY CARD"}[lang]
    sh.text(ax + w / 2, y + 34, f"{title}" + ("" if lang == "en" else " / IDENTITY CARD"), 7.5, align="center",
            gray=0.25)
    sh.photo(ax + 12, y + 46, 92, 118)
    vx = ax + 116
    lines_front = (
        (own[3], caps(p.surname)), (own[4], caps(p.given_names)),
        (f"{own[6]}   ·   {own[7]}", f"{p.date_of_birth.strftime('%d %m %Y')}      {p.sex}"),
        (own[5], c.code), (own[10], ctx.id_expiry.strftime("%d %m %Y")),
    )
    for i, (cap, value) in enumerate(lines_front):
        sh.text(vx, y + 52 + 30 * i, cap, 6.5, gray=0.35)
        sh.text(vx, y + 64 + 30 * i, value, 10, bold=True, gray=0.1)
    sh.text(ax + 12, y + 182, ctx.id_number, 12, family="mono", bold=True, gray=0.1)
    mark(sh, ax + 200, y + 212, rng, scale=0.55, rgb=(0.2, 0.2, 0.2))
    # back: the issue date and the office, then the zone
    sh.text(bx + 14, y + 24, own[9], 6.5, gray=0.35)
    sh.text(bx + 14, y + 37, ctx.id_issue.strftime("%d %m %Y"), 10, bold=True, gray=0.1)
    sh.text(bx + 170, y + 24, own[11], 6.5, gray=0.35)
    sh.text(bx + 170, y + 37, c.authority, 8, bold=True, gray=0.1)
    sh.text(bx + 14, y + 62, {"fr": "Adresse", "es": "Domicilio", "pt": "Endereço", "de": "Anschrift",
                              "it": "Indirizzo", "vi": "Nơi thường trú", "en": "Address"}[lang], 6.5, gray=0.35)
    sh.text(bx + 14, y + 75, f"{rng.randint(2, 140)}, {caps(rng.choice(c.cities))}", 9, gray=0.1)
    lines = _id_zone(ctx)
    zone(sh, lines, y + 150, cx=bx + w / 2, size=12, space=0.6, gray=0.05)
    sh.text(36, 560, f"Copie certifiée conforme - {ctx.association_city}", 10, family="hand", gray=0.3)
    return [sh], photo_id_truth(ctx, lines)


def photo_id_inline_french(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("photo_id")
    c = p.country
    sh = Sheet(440, 640, background=(0.9, 0.93, 0.97))  # an older portrait card
    sh.add(Box(0, 0, 440, 64, rgb=(0.76, 0.82, 0.9), stroke=None))
    sh.text(220, 26, _STATE[c.code] if c.french_speaking else c.name_fr.upper(), 11, bold=True, align="center")
    sh.text(220, 46, "CARTE D'IDENTITÉ" if c.french_speaking else "CARTE D'IDENTITÉ / IDENTITY CARD", 13, bold=True,
            align="center", gray=0.15)
    sh.photo(150, 78, 140, 176)
    y = 286
    rows = (("Nom", caps(p.surname)), ("Prénom(s)", p.given_names), ("Né(e) le", fr_day(p.date_of_birth)),
            ("à", p.place_of_birth), ("Sexe", p.sex), ("Nationalité", c.code), ("N°", ctx.id_number),
            ("Délivrée le", fr_day(ctx.id_issue)), ("Expire le", fr_day(ctx.id_expiry)))
    for cap, value in rows:
        sh.text(26, y, f"{cap} :", 9.5, gray=0.3)
        sh.text(118, y, value, 11.5, bold=True)
        y += 22
    sh.text(26, y + 4, "Signature du titulaire", 7, gray=0.35)
    mark(sh, 140, y + 4, rng, scale=0.6)
    lines = _id_zone(ctx)
    zone(sh, lines, 548, size=11.5, space=0.8)
    return [sh], photo_id_truth(ctx, lines)
