"""Development families of identity papers: visa, passport, identity and consular cards, consular and nationality
certificates.

Modelled on real specimens: a visa sticker whose validity sits in a row of three
cells with two-digit years ("14-11-26"); a passport data page labelled in the
country's language, English and French; an identity card photographed front
above back, the issue date and the zone on the back; a portrait consular card
with its number in a box; a consulate's attestation with the photo under its
stamp and the particulars in a table; a court clerk's certificate in a frame,
dated in its footer.
"""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.cards import _zone
from synth.documents.common import (
    Built,
    civ,
    consular_card_truth,
    du,
    ne,
    passport_truth,
    person_truth,
    photo_id_truth,
    squiggle,
)
from synth.documents.dev_common import stamp, table
from synth.formats import fmt_date
from synth.identity import Country
from synth.layout import Box, Flow, Sheet, Stroke
from synth.zones import mrv, td1, td3


def _yy(d: date) -> str:
    """Day-month-two-digit-year with dashes, as Schengen stickers print it."""
    return d.strftime("%d-%m-%y")


def _small(sh: Sheet, x: float, y: float, label: str, value: str, size: float = 13) -> None:
    sh.text(x, y, label, 7.5, gray=0.3)
    sh.text(x, y + size + 3, value, size, bold=True, family="mono")


def _sign(sh: Sheet, x: float, y: float, rng: random.Random) -> None:
    sh.add(Stroke(tuple((x + px, y + py) for px, py in squiggle(rng)), rgb=(0.1, 0.1, 0.3)))


# --------------------------------------------------------------------------- visa


def visa_cells(ctx: DocContext, rng: random.Random) -> Built:
    """A sticker with validity in a row of three cells, two-digit years, labels French/English in small type."""
    p = ctx.shown("visa")
    long_stay = ctx.visa_category == "D"
    kind = "MRVA" if long_stay or rng.random() < 0.5 else "MRVB"
    sh = Sheet(660, 470, background=(0.95, 0.94, 0.98))
    sh.add(Box(0, 0, 660, 470, stroke=0.5, line=0.8))
    sh.text(20, 26, "FRA", 16, bold=True)
    sh.text(330, 26, "VISA", 20, bold=True, align="center")
    sh.text(640, 26, ctx.visa_number, 15, bold=True, align="right", family="mono")
    sh.photo(20, 48, 120, 156)
    x = 160
    cells = (("VALABLE POUR / VALID FOR", "FRANCE" if long_stay else "ÉTATS SCHENGEN", 190),
             ("DU / FROM", _yy(ctx.visa_from), 120), ("AU / UNTIL", _yy(ctx.visa_until), 120))
    cx = x
    for label, value, w in cells:
        sh.add(Box(cx, 46, w, 42, stroke=0.45, line=0.6))
        _small(sh, cx + 5, 58, label, value)
        cx += w
    _small(sh, x, 112, "TYPE DE VISA / TYPE OF VISA", ctx.visa_category)
    _small(sh, x + 150, 112, "NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", ctx.visa_entries)
    _small(sh, x + 340, 112, "DURÉE / DURATION", f"{ctx.visa_duration_days} JOURS")
    _small(sh, x, 152, "DÉLIVRÉ À / ISSUED IN", ctx.visa_issued_in)
    _small(sh, x + 250, 152, "LE / ON", _yy(ctx.visa_issue))
    _small(sh, x, 192, "NUMÉRO DE PASSEPORT / PASSPORT NUMBER", ctx.visa_passport_number)
    _small(sh, x + 250, 192, "SEXE / SEX", p.sex)
    _small(sh, x + 330, 192, "NAT.", p.nationality)
    _small(sh, 20, 232, "NOM, PRÉNOM / SURNAME, NAME", f"{p.surname.upper()}, {p.given_names.upper()}")
    remarks = ("VLS-TS VOLONTAIRE" if long_stay else
               rng.choice(("TOURISME", "VISITE FAMILIALE", "AFFAIRES")))
    _small(sh, 20, 272, "REMARQUES / REMARKS", remarks)
    if long_stay:
        sh.text(20, 316, "Dispense temporaire de carte de séjour - à valider en ligne dès l'arrivée", 9, gray=0.3)
    lines = mrv(kind, "FRA", p.surname, p.given_names, ctx.visa_number, p.nationality, p.date_of_birth, p.sex,
                ctx.visa_until)
    _zone(sh, lines, 410)
    truth = person_truth(p) | {
        "sex": p.sex, "nationality": p.nationality, "document_number": ctx.visa_number,
        "visa_category": "long_stay" if long_stay else "short_stay", "valid_from": ctx.visa_from.isoformat(),
        "valid_until": ctx.visa_until.isoformat(), "issue_date": ctx.visa_issue.isoformat(),
        "duration_days": str(ctx.visa_duration_days), "entries": ctx.visa_entries, "remarks": remarks,
        "passport_number": ctx.visa_passport_number, "zone": "\n".join(lines),
    }
    return [sh], truth


# --------------------------------------------------------------------------- passport

# the country's own label words: surname, given names, nationality, born, sex, birthplace, issued, expires,
# authority, number, title
_NATIVE = {
    "BRA": ("Sobrenome", "Nome", "Nacionalidade", "Data de nascimento", "Sexo", "Local de nascimento",
            "Data de expedição", "Válido até", "Autoridade", "Passaporte nº", "PASSAPORTE"),
    "COL": ("Apellidos", "Nombres", "Nacionalidad", "Fecha de nacimiento", "Sexo", "Lugar de nacimiento",
            "Fecha de expedición", "Fecha de vencimiento", "Autoridad", "Pasaporte No.", "PASAPORTE"),
    "VNM": ("Họ", "Chữ đệm và tên", "Quốc tịch", "Ngày sinh", "Giới tính", "Nơi sinh", "Ngày cấp",
            "Có giá trị đến", "Cơ quan cấp", "Số hộ chiếu", "HỘ CHIẾU"),
    "DEU": ("Name", "Vornamen", "Staatsangehörigkeit", "Geburtstag", "Geschlecht", "Geburtsort",
            "Ausstellungsdatum", "Gültig bis", "Behörde", "Pass-Nr.", "REISEPASS"),
    "ITA": ("Cognome", "Nome", "Cittadinanza", "Data di nascita", "Sesso", "Luogo di nascita", "Data di rilascio",
            "Data di scadenza", "Autorità", "Passaporto N.", "PASSAPORTO"),
    "ESP": ("Apellidos", "Nombre", "Nacionalidad", "Fecha de nacimiento", "Sexo", "Lugar de nacimiento",
            "Fecha de expedición", "Fecha de caducidad", "Autoridad", "Pasaporte N.º", "PASAPORTE"),
}
_EN = ("Surname", "Given names", "Nationality", "Date of birth", "Sex", "Place of birth", "Date of issue",
       "Date of expiry", "Authority", "Passport No.", "PASSPORT")
_FR = ("Nom", "Prénoms", "Nationalité", "Date de naissance", "Sexe", "Lieu de naissance", "Date de délivrance",
       "Date d'expiration", "Autorité", "N° du passeport", "PASSEPORT")


def passport_trilingual(ctx: DocContext, rng: random.Random) -> Built:
    """A data page labelled in the country's language, English and French; number top right; dates '13 JUL 1990'."""
    p = ctx.shown("passport")
    c = p.country
    native = _NATIVE.get(c.code)
    labels = [" / ".join(dict.fromkeys(w for w in ((native or _EN)[i], _EN[i], _FR[i]))) for i in range(11)]
    sh = Sheet(680, 500, background=(0.96, 0.95, 0.91))
    sh.text(340, 26, f"{c.name_en.upper()}   {labels[10]}", 14, bold=True, align="center")
    _small(sh, 190, 50, "Type", "P", 12)
    _small(sh, 270, 50, "Code", c.code, 12)
    sh.text(660, 52, labels[9], 7.5, align="right", gray=0.3)
    sh.text(660, 70, p.passport_number, 15, bold=True, align="right", family="mono")
    sh.photo(24, 50, 140, 180)
    rows = ((labels[0], p.surname.upper()), (labels[1], p.given_names.upper()),
            (labels[2], c.name_en.upper()), (labels[3], fmt_date(p.date_of_birth, "abbr")),
            (labels[5], p.place_of_birth.upper()), (labels[6], fmt_date(ctx.passport_issue, "abbr")),
            (labels[7], fmt_date(ctx.passport_expiry, "abbr")), (labels[8], c.authority.upper()))
    y = 92
    for label, value in rows:
        _small(sh, 190, y, label, value, 12)
        y += 34
    _small(sh, 520, 92 + 3 * 34, labels[4], p.sex, 12)
    _sign(sh, 30, 270, rng)
    lines = td3(c.code, p.surname, p.given_names, p.passport_number, c.code, p.date_of_birth, p.sex,
                ctx.passport_expiry)
    _zone(sh, lines, 442)
    truth = passport_truth(ctx, lines)
    return [sh], truth


# --------------------------------------------------------------------------- identity card


def photo_id_front_back(ctx: DocContext, rng: random.Random) -> Built:
    """A card photographed front above back: particulars in front, issue date, address and zone on the back."""
    p = ctx.shown("photo_id")
    c = p.country
    sh = Sheet(640, 860, background=(0.97, 0.97, 0.97))
    for top in (20, 450):
        sh.add(Box(20, top, 600, 390, rgb=(0.9, 0.94, 0.96), stroke=0.4, line=1.0))
    sh.text(320, 52, f"{c.name_fr.upper()}", 15, bold=True, align="center")
    sh.text(320, 70, "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", 10.5, align="center")
    sh.photo(40, 92, 130, 170)
    x = 195
    _small(sh, x, 96, "Nom / Surname", p.surname.upper())
    _small(sh, x, 136, "Prénoms / Given names", p.given_names.upper())
    _small(sh, x, 176, "Sexe / Sex", p.sex)
    _small(sh, x + 110, 176, "Nationalité / Nationality", c.code)
    _small(sh, x, 216, "Né(e) le / Date of birth", fmt_date(p.date_of_birth, "dmy_dot"))
    _small(sh, x, 256, "Valable jusqu'au / Valid until", fmt_date(ctx.id_expiry, "dmy_dot"))
    _small(sh, x, 296, "N° / No.", ctx.id_number)
    _sign(sh, 50, 320, rng)
    _small(sh, 40, 484, "Adresse / Address", f"{rng.randint(1, 99)} {rng.choice(c.surnames)} - {p.place_of_birth}")
    _small(sh, 40, 524, "Délivrée le / Date of issue", fmt_date(ctx.id_issue, "dmy_dot"))
    _small(sh, 40, 564, "Autorité / Authority", c.authority, 10.5)
    lines = td1(c.code, p.surname, p.given_names, ctx.id_number, c.code, p.date_of_birth, p.sex, ctx.id_expiry)
    _zone(sh, lines, 740)
    truth = photo_id_truth(ctx, lines)
    return [sh], truth


# --------------------------------------------------------------------------- consular card

_CONSULATE = {"BRA": "CONSULADO-GERAL DO BRASIL EM PARIS", "COL": "CONSULADO DE COLOMBIA EN PARÍS",
              "ESP": "CONSULADO GENERAL DE ESPAÑA EN PARÍS"}


def _consulate(c: Country) -> str:
    return _CONSULATE.get(c.code, f"CONSULAT GÉNÉRAL {du(c.name_fr).upper()} À PARIS")


def consular_card_portrait(ctx: DocContext, rng: random.Random) -> Built:
    """A portrait card: consulate on top, number in a box, values under their labels, dates with spaces."""
    p = ctx.shown("consular_card")
    c = p.country
    photo = "consular_card" not in ctx.without_photo
    sh = Sheet(420, 640, background=(0.93, 0.96, 0.93))
    sh.add(Box(0, 0, 420, 60, rgb=(0.8, 0.88, 0.8), stroke=None))
    sh.text(210, 26, _consulate(c), 10.5, bold=True, align="center")
    sh.text(210, 46, "CARTE D'IMMATRICULATION CONSULAIRE", 11, align="center")
    if photo:
        sh.photo(24, 78, 120, 150)
    sh.add(Box(170, 80, 226, 44, stroke=0.3, line=1.2))
    _small(sh, 178, 94, "N° d'immatriculation", ctx.consular_card_number, 14)
    _small(sh, 170, 150, "Valable du", fmt_date(ctx.consular_card_issue, "dmy_space"), 12)
    _small(sh, 170, 192, "au", fmt_date(ctx.consular_card_expiry, "dmy_space"), 12)
    y = 262
    for label, value in (("Nom", p.surname.upper()), ("Prénom(s)", p.given_names),
                         ("Né(e) le", fmt_date(p.date_of_birth, "dmy_space")),
                         ("Nationalité", c.nationality_fr)):
        _small(sh, 24, y, label, value, 13)
        y += 42
    sh.text(24, y + 10, "Le titulaire / Le Consul", 8, gray=0.3)
    _sign(sh, 250, y + 30, rng)
    truth = consular_card_truth(ctx, photo)
    return [sh], truth


# --------------------------------------------------------------------------- consular attestation


def consular_attestation_table(ctx: DocContext, rng: random.Random) -> Built:
    """A consulate's attestation: photo under the stamp, particulars in a table, place and date on top."""
    p = ctx.shown("consular_attestation")
    c = p.country
    photo = "consular_attestation" not in ctx.without_photo
    f = Flow(family="serif", size=10.5)
    f.para(_consulate(c), bold=True, after=0)
    f.para("Section consulaire - état civil", size=9, after=8)
    f.para(f"Paris, le {fmt_date(ctx.consular_att_issue, 'dmy_slash')}", align="right", after=4)
    f.para(f"N° {rng.randint(10, 999):03d}/CONS/{ctx.consular_att_issue.year}", align="right", size=9, after=16)
    f.title("ATTESTATION CONSULAIRE", size=14)
    f.para("(identité et immatriculation)", align="center", size=9.5, after=10)
    if photo:
        f.sheet.photo(f.margin, f.y, 95, 120)
        stamp(f.sheet, f.margin + 40, f.y + 80, ["CONSULAT", "Section consulaire", "PARIS"], w=120)
        f.space(135)
    f.para(f"Le Consul soussigné atteste que la personne désignée ci-dessous{', dont la photographie est apposée ci-dessus,' if photo else ''} "
           f"est ressortissante {du(c.name_fr)} et immatriculée auprès de nos services :", after=8)
    table(f, [("Nom", p.surname.upper()), ("Prénom(s)", p.given_names),
              ("Date de naissance", fmt_date(p.date_of_birth, "dmy_slash")),
              ("Lieu de naissance", f"{p.place_of_birth} ({c.name_fr})"),
              ("Nationalité", c.nationality_fr), ("Passeport", p.passport_number)], (1, 2), size=10.5)
    f.para(f"Cette attestation est délivrée à {civ(p, 'fr')} {p.surname.upper()} pour faire valoir ce que de droit.",
           after=12)
    f.signature(squiggle(rng), label="Le Consul")
    truth = person_truth(p) | {"nationality": c.code, "issue_date": ctx.consular_att_issue.isoformat(),
                                "has_photo": str(photo).lower()}
    return f.sheets, truth


# --------------------------------------------------------------------------- nationality certificate


def nationality_framed(ctx: DocContext, rng: random.Random) -> Built:
    """A clerk's certificate in a double frame, photo top left, the issue date only in the footer."""
    p = ctx.shown("nationality_certificate")
    c = p.country
    photo = "nationality_certificate" not in ctx.without_photo
    fr = c.french_speaking
    f = Flow(family="serif", size=11, margin=78)
    f.sheets[0].add(Box(50, 50, 495, 742, stroke=0.3, line=2.0))
    f.sheets[0].add(Box(56, 56, 483, 730, stroke=0.4, line=0.6))
    if photo:
        f.sheet.photo(f.margin, f.y, 90, 115)
    x_text = f.margin + (105 if photo else 0)
    head = ([f"RÉPUBLIQUE {du(c.name_fr).upper()}" if c.code != "MAR" else "ROYAUME DU MAROC",
             "Ministère de la Justice", f"Greffe du tribunal de {rng.choice(c.cities)}"] if fr else
            [c.name_en.upper(), "Ministry of Interior", "Citizenship and Nationality Division"])
    for i, line in enumerate(head):
        f.sheet.text(x_text, f.y + 14 + 16 * i, line, 11 if i else 12, bold=i == 0)
    f.space(140)
    f.title("CERTIFICAT DE NATIONALITÉ" if fr else "CERTIFICATE OF NATIONALITY", size=15)
    number = f"{rng.randint(100, 9999)}/{ctx.natcert_issue.year % 100:02d}"
    f.para(f"N° {number}" if fr else f"Serial No. {number}", align="center", after=14)
    if fr:
        f.para(f"Le greffier en chef soussigné certifie, au vu des pièces produites, que {civ(p, 'fr')} "
               f"{p.given_names} {p.surname.upper()}, {ne(p)} le {fmt_date(p.date_of_birth, 'fr_long')} à "
               f"{p.place_of_birth}, possède la nationalité {c.nationality_fr} par filiation.")
        f.para("Pièces produites : acte de naissance, certificat de nationalité du père.", size=10)
    else:
        f.para(f"It is hereby certified that {p.given_names} {p.surname.upper()}, born at {p.place_of_birth} on "
               f"{fmt_date(p.date_of_birth, 'en_day_first')}, is a citizen of {c.name_en} by birth.")
        f.para("Documents produced: birth certificate, parent's passport.", size=10)
    f.space(20)
    f.signature(squiggle(rng), label="Le greffier en chef" if fr else "Registrar of Citizenship")
    when = fmt_date(ctx.natcert_issue, "fr_long" if fr else "en_long")
    f.sheets[-1].text(f.margin, 770, f"Délivré le {when}" if fr else f"Issued on {when}", 9, gray=0.3)
    truth = person_truth(p) | {"nationality": c.code, "issue_date": ctx.natcert_issue.isoformat(),
                                "has_photo": str(photo).lower()}
    return f.sheets, truth
