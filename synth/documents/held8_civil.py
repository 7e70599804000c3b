"""Eighth held-out batch: certificates of nationality and consular attestations.

A court's certificate of nationality ("Nous, Président du Tribunal ... CERTIFIONS"), or an embassy's in English, the
photo glued in the corner under a dry seal; a consulate's certificate as a bilingual table; a consul's attestation
written as a letter with the photo in the margin; an attestation printed from a consular web portal.
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, person_truth
from synth.documents.held8_common import (
    NATIONALITY_PRINTED,
    STAMP_BLUE,
    STAMP_VIOLET,
    STATES,
    circle,
    consulate_fr,
    du_country,
    e,
    en_day_of,
    en_ordinal,
    fr_long,
    grid_table,
    hline,
    numeric,
    para,
    parents,
    round_stamp,
    sign,
    title_fr,
)
from synth.formats import add_months
from synth.identity import Identity
from synth.layout import A4, Box, Sheet, Stroke, Text

JUDGES = ("Mamadou Lamine Ndiaye", "Jean-Claude Owona", "Abdelkrim Tazi", "Marie-Thérèse Fouda", "Aïssatou Ba")
COURT_CITY = {"SEN": "Dakar", "CMR": "Yaoundé", "MAR": "Rabat"}


def consul(p: Identity, rng: random.Random) -> str:
    """A consul of the person's country, named as that country names people."""
    c = p.country
    return f"{rng.choice(c.male + c.female)} {rng.choice([s for s in c.surnames if s != p.surname])}"


def natcert_truth(ctx: DocContext, photo: bool) -> dict[str, str]:
    p = ctx.shown("nationality_certificate")
    return person_truth(p) | {"nationality": p.country.code, "issue_date": ctx.natcert_issue.isoformat(),
                              "has_photo": str(photo).lower()}


def attestation_truth(ctx: DocContext, photo: bool) -> dict[str, str]:
    p = ctx.shown("consular_attestation")
    return person_truth(p) | {"nationality": p.country.code, "issue_date": ctx.consular_att_issue.isoformat(),
                              "has_photo": str(photo).lower()}


def glued_photo(sheet: Sheet, x: float, y: float, w: float, h: float, rng: random.Random,
                rgb: tuple[float, float, float] = STAMP_VIOLET) -> None:
    """A photo glued on the paper, a stamp's ring pressed across its lower corner."""
    sheet.photo(x, y, w, h)
    cx, cy = x + w * rng.uniform(0.75, 0.95), y + h * rng.uniform(0.8, 0.95)
    sheet.add(Stroke(circle(cx, cy, 30), width=1.3, rgb=rgb))
    sheet.add(Stroke(circle(cx, cy, 22), width=0.7, rgb=rgb))


def embassy(p: Identity) -> str:
    return f"EMBASSY OF {p.country.name_en.upper()} IN FRANCE"


# ---------------------------------------------------------------- nationality: the court's formula

def nationality_court_formula_photo_corner(ctx: DocContext, rng: random.Random) -> Built:
    """A court's certificate ('Nous, ... Président du Tribunal ..., CERTIFIONS que ...'), the court's name in a
    block at the top left, the photo glued in the top right corner; countries whose courts do not write French have
    the certificate from their embassy, in English ('This is to certify that ...')."""
    p = ctx.shown("nationality_certificate")
    c = p.country
    photo = "nationality_certificate" not in ctx.without_photo
    father, mother = parents(p, rng)
    issued = ctx.natcert_issue
    number = f"{rng.randint(100, 9999)}/{issued.year}"
    sheet = Sheet()
    x, w = 60.0, A4[0] - 120
    if c.code in COURT_CITY:
        city = COURT_CITY[c.code]
        court_name = ("Tribunal de grande instance hors classe de Dakar" if c.code == "SEN"
                      else f"Tribunal de première instance de {city}")
        court = court_name.upper()
        block = [STATES[c.code][0], STATES[c.code][1], "-----", "MINISTÈRE DE LA JUSTICE",
                 f"COUR D'APPEL DE {city.upper()}", court, "CABINET DU PRÉSIDENT"]
        for i, line in enumerate(block):
            sheet.add(Text(x, 50 + i * 13, line, 8.5 if i else 9.5, bold=i in (0, 5), gray=0.1))
        sheet.add(Text(A4[0] / 2, 175, "CERTIFICAT DE NATIONALITÉ", 17, bold=True, align="center"))
        sheet.add(Text(A4[0] / 2, 194, f"N° {number}", 10, align="center"))
        judge = rng.choice(JUDGES)
        body = (f"Nous, {judge}, Président du {court_name}, vu les articles 1er et "
                f"suivants du Code de la nationalité, vu l'extrait d'acte de naissance et les pièces produites, "
                f"CERTIFIONS que {title_fr(p)} {p.given_names} {p.surname.upper()}, né{e(p)} le "
                f"{fr_long(p.date_of_birth)} à {p.place_of_birth}, {'fils' if p.sex == 'M' else 'fille'} de {father} "
                f"et de {mother}, est de nationalité {c.nationality_fr} par filiation.")
        closing = (f"En foi de quoi, le présent certificat lui est délivré pour servir et valoir ce que de droit. "
                   f"Fait en notre Cabinet, à {city}, le {fr_long(issued)}.")
        sig_label = "LE PRÉSIDENT"
        ring = f"{court} {city.upper()}"
    else:
        street = f"{rng.randint(2, 90)} avenue {rng.choice(('Foch', 'Kléber', 'Hoche'))}"
        block = [embassy(p), "CONSULAR SECTION", street, "75116 PARIS"]
        for i, line in enumerate(block):
            sheet.add(Text(x, 56 + i * 13, line, 9, bold=i == 0, gray=0.1))
        sheet.add(Text(A4[0] / 2, 175, "CERTIFICATE OF NATIONALITY", 17, bold=True, align="center"))
        sheet.add(Text(A4[0] / 2, 194, f"Ref. {number}", 10, align="center"))
        body = (f"This is to certify that {'Mr' if p.sex == 'M' else 'Ms'} {p.given_names} {p.surname.upper()}, born "
                f"on {en_ordinal(p.date_of_birth)} at {p.place_of_birth}, {'son' if p.sex == 'M' else 'daughter'} of "
                f"{father} and {mother}, is a national of {c.name_en} by birth, as shown by the records of this "
                f"Embassy.")
        closing = (f"This certificate is issued at the request of the holder for whatever purpose it may serve. "
                   f"Given at Paris this {en_day_of(issued)}.")
        sig_label = "CONSUL"
        ring = f"{embassy(p)} PARIS"
    if photo:
        glued_photo(sheet, A4[0] - 60 - 96, 50, 96, 120, rng)
    y = para(sheet, x, 240, w, body, size=11.5, lead=1.6)
    y = para(sheet, x, y + 12, w, closing, size=11.5, lead=1.6)
    sheet.add(Text(x + w - 120, y + 24, sig_label, 10, bold=True, align="center"))
    sign(sheet, x + w - 170, y + 60, rng)
    round_stamp(sheet, x + w - 260, y + 66, 40, ring, ["*"], rgb=STAMP_BLUE)
    return [sheet], natcert_truth(ctx, photo)


# ---------------------------------------------------------------- nationality: the consulate's bilingual table

def nationality_consulate_bilingual_table(ctx: DocContext, rng: random.Random) -> Built:
    """A consulate's certificate as a bilingual table (French / English captions, dates '29-08-1997'), the photo
    frame at the top left, the reference on the right, the documents produced listed in a row."""
    p = ctx.shown("nationality_certificate")
    c = p.country
    photo = "nationality_certificate" not in ctx.without_photo
    issued = ctx.natcert_issue
    sheet = Sheet()
    sheet.add(Text(A4[0] / 2, 46, STATES[c.code][0], 12, bold=True, align="center"))
    sheet.add(Text(A4[0] / 2, 62, consulate_fr(c).upper(), 9.5, align="center", gray=0.2))
    hline(sheet, 60, A4[0] - 60, 72, gray=0.3, width=1.2)
    if photo:
        glued_photo(sheet, 62, 90, 90, 112, rng, rgb=STAMP_BLUE)
    else:
        sheet.add(Box(62, 90, 90, 112, fill=None, stroke=0.5, line=0.7))
        sheet.add(Text(107, 150, "Photo", 8, align="center", gray=0.6))
    ref = f"N° {rng.randint(10, 999):04d}/CG/PAR/{issued.year}"
    sheet.add(Text(A4[0] - 62, 100, ref, 10, family="mono", align="right"))
    sheet.add(Text(A4[0] - 62, 150, "CERTIFICAT DE NATIONALITÉ", 15, bold=True, align="right"))
    sheet.add(Text(A4[0] - 62, 168, "CERTIFICATE OF NATIONALITY", 11, align="right", gray=0.3))
    rows = [
        ["Rubrique / Item", "Renseignements / Particulars"],
        ["Nom / Surname", p.surname.upper()],
        ["Prénoms / Given names", p.given_names],
        ["Sexe / Sex", "F" if p.sex == "F" else "M"],
        ["Date de naissance / Date of birth", numeric(p.date_of_birth, "-")],
        ["Lieu de naissance / Place of birth", f"{p.place_of_birth} ({c.name_fr})"],
        ["Nationalité / Nationality", NATIONALITY_PRINTED.get(c.code, c.nationality_fr.upper())],
        ["Pièces produites / Documents produced",
         f"Passeport n° {p.passport_number} ; acte de naissance n° {rng.randint(10, 4000)}"],
    ]
    y = grid_table(sheet, 62, 222, [200, A4[0] - 124 - 200], rows, size=10)
    y = para(sheet, 62, y + 30, A4[0] - 124, f"Le Consul général soussigné certifie que la personne désignée "
             f"ci-dessus possède la nationalité {c.nationality_fr}. / The undersigned Consul General certifies that "
             f"the above-named person holds {c.name_en} nationality.", size=10.5, family="sans")
    sheet.add(Text(62, y + 18, f"Délivré à Paris le / Issued in Paris on : {numeric(issued, '-')}", 10.5, bold=True))
    sheet.add(Text(62, y + 36, "Valable six mois / Valid for six months", 9, gray=0.35))
    sheet.add(Text(A4[0] - 150, y + 70, consul(p, rng), 10, align="center"))
    sign(sheet, A4[0] - 200, y + 100, rng)
    round_stamp(sheet, A4[0] - 290, y + 100, 38, consulate_fr(c).upper(), ["PARIS"], rgb=STAMP_VIOLET)
    return [sheet], natcert_truth(ctx, photo)


# ---------------------------------------------------------------- consular attestations

def consular_attestation_consul_letter(ctx: DocContext, rng: random.Random) -> Built:
    """A consul's attestation written as a letter: the consulate's name centred, the date at the top right, the
    photo glued in the left margin beside the body; English for English-writing consulates."""
    p = ctx.shown("consular_attestation")
    c = p.country
    photo = "consular_attestation" not in ctx.without_photo
    issued = ctx.consular_att_issue
    english = c.code in ("NGA", "IND")
    since = add_months(issued, -rng.randint(3, 30))
    number = f"{rng.randint(1000, 99999)}"
    sheet = Sheet()
    office = f"CONSULATE GENERAL OF {c.name_en.upper()} - PARIS" if english else consulate_fr(c).upper()
    sheet.add(Text(A4[0] / 2, 50, STATES[c.code][0], 11, bold=True, align="center"))
    sheet.add(Text(A4[0] / 2, 66, office, 9.5, align="center", gray=0.2))
    hline(sheet, 200, A4[0] - 200, 76, gray=0.4)
    date_line = f"Paris, {en_ordinal(issued)}" if english else f"Paris, le {fr_long(issued)}"
    sheet.add(Text(A4[0] - 60, 110, date_line, 10.5, align="right"))
    sheet.add(Text(60, 110, f"{'Ref.' if english else 'Réf.'} {rng.randint(10, 999)}/{issued.year}", 9, gray=0.35))
    title = "CONSULAR ATTESTATION" if english else "ATTESTATION CONSULAIRE"
    sheet.add(Text(A4[0] / 2, 160, title, 16, bold=True, align="center"))
    x = 190.0 if photo else 70.0
    if photo:
        glued_photo(sheet, 62, 200, 100, 126, rng, rgb=STAMP_BLUE)
    if english:
        body = (f"The Consul General of {c.name_en} in Paris hereby attests that {'Mr' if p.sex == 'M' else 'Ms'} "
                f"{p.surname.upper()} {p.given_names}, born on {en_ordinal(p.date_of_birth)} at {p.place_of_birth}, "
                f"is a national of {c.name_en} registered with this Consulate under number {number} since "
                f"{en_ordinal(since)}.")
        if photo:
            body += " The holder's photograph is affixed hereto."
        closing = "This attestation is issued to the holder to serve where necessary."
        sig = "The Consul General"
    else:
        body = (f"Le Consul général {du_country(c)} à Paris "
                f"soussigné atteste que {title_fr(p)} {p.surname.upper()} {p.given_names}, né{e(p)} le "
                f"{numeric(p.date_of_birth)} à {p.place_of_birth}, de nationalité {c.nationality_fr}, est "
                f"immatriculé{e(p)} au Consulat sous le numéro {number} depuis le {numeric(since)}.")
        if photo:
            body += " Sa photographie figure ci-contre."
        closing = f"La présente attestation est délivrée à l'intéressé{e(p)} pour servir et valoir ce que de droit."
        sig = "Le Consul général"
    y = para(sheet, x, 214, A4[0] - 60 - x, body, size=11.5, lead=1.6)
    y = para(sheet, x, max(y + 14, 350 if photo else 0), A4[0] - 60 - x, closing, size=11.5, lead=1.6)
    sheet.add(Text(A4[0] - 150, y + 30, sig, 10.5, align="center"))
    sheet.add(Text(A4[0] - 150, y + 96, consul(p, rng), 10, align="center"))
    sign(sheet, A4[0] - 210, y + 64, rng)
    round_stamp(sheet, A4[0] - 300, y + 70, 40, office, ["CONSULAT"] if not english else ["CONSULATE"])
    return [sheet], attestation_truth(ctx, photo)


def consular_attestation_portal_printout(ctx: DocContext, rng: random.Random) -> Built:
    """An attestation printed from a consular web portal: the browser's header and footer lines, the portal's
    banner, a card of fields (dates of birth ISO), the registry photo at the top right, a square code and the
    generation time ('Document généré le 13/06/2026 à 10:42')."""
    p = ctx.shown("consular_attestation")
    c = p.country
    photo = "consular_attestation" not in ctx.without_photo
    issued = ctx.consular_att_issue
    sheet = Sheet()
    hh, mm = rng.randint(8, 19), rng.randint(0, 59)
    sheet.add(Text(30, 22, f"{numeric(issued)} {hh:02d}:{mm:02d}", 7.5, gray=0.3))
    sheet.add(Text(A4[0] / 2, 22, "Attestation d'inscription consulaire", 7.5, align="center", gray=0.3))
    sheet.add(Box(30, 40, A4[0] - 60, 54, fill=None, stroke=None, rgb=(0.12, 0.3, 0.5)))
    sheet.add(Text(46, 64, "e-Consulat", 16, bold=True, gray=1.0))
    sheet.add(Text(46, 82, f"Services consulaires {du_country(c)} en France", 9, gray=0.9))
    sheet.add(Text(A4[0] - 46, 70, f"{p.given_names} {p.surname.upper()}  |  Déconnexion", 8.5, align="right",
                   gray=0.95))
    sheet.add(Text(40, 114, "Accueil  >  Mes démarches  >  Attestations  >  Inscription au registre", 8.5,
                   gray=0.4))
    sheet.add(Box(40, 130, A4[0] - 80, 430, fill=None, stroke=0.7, line=0.8))
    sheet.add(Text(58, 160, "ATTESTATION D'INSCRIPTION AU REGISTRE DES NATIONAUX", 12.5, bold=True))
    sheet.add(Text(58, 176, f"établis hors {du_country(c)} - circonscription consulaire de Paris", 9.5,
                   gray=0.3))
    if photo:
        sheet.photo(A4[0] - 160, 196, 96, 120)
    rows = [("Nom", p.surname.upper()), ("Prénom(s)", p.given_names),
            ("Date de naissance", p.date_of_birth.isoformat()),
            ("Lieu de naissance", f"{p.place_of_birth} ({c.name_fr})"),
            ("Nationalité", c.nationality_fr), ("N° d'inscription", f"{c.code}-{rng.randint(10**6, 10**7 - 1)}"),
            ("Date d'inscription", add_months(issued, -rng.randint(2, 40)).isoformat()),
            ("Adresse déclarée", f"{rng.randint(2, 120)} rue {rng.choice(('de la Roquette', 'Saint-Maur', 'Manin'))}, "
                                 f"{rng.choice(('75011 Paris', '75019 Paris', '93100 Montreuil'))}")]
    y = 214.0
    for label, value in rows:
        sheet.add(Text(58, y, label, 9.5, gray=0.4))
        sheet.add(Text(190, y, value, 10.5, bold=True))
        y += 26
    para(sheet, 58, y + 14, A4[0] - 136, f"Le Consulat certifie que la personne ci-dessus est inscrite au registre "
         f"de ses ressortissants. Document généré le {numeric(issued)} à {hh:02d}:{mm:02d}.", size=9.5, family="sans")
    q = 5.0
    for i in range(15):
        for j in range(15):
            if rng.random() < 0.45 or (i < 4 and j < 4) or (i > 10 and j < 4) or (i < 4 and j > 10):
                sheet.add(Box(A4[0] - 140 + i * q, 470 + j * q, q, q, fill=0.1, stroke=None))
    sheet.add(Text(58, 540, f"Code de vérification : {rng.randint(10**7, 10**8 - 1):X}", 9, family="mono"))
    sheet.add(Text(30, A4[1] - 20, f"https://e-consulat.{c.code.lower()}-paris.example/attestations/"
                   f"{rng.randint(10**5, 10**6)}", 7.5, gray=0.3))
    sheet.add(Text(A4[0] - 30, A4[1] - 20, "1/1", 7.5, align="right", gray=0.3))
    return [sheet], attestation_truth(ctx, photo)
