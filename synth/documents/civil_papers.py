"""Held-out civil-status, nationality and consular families: registry pages with a margin, register-entry tables.

Modelled on acts copied by hand from a register (a summary and the marginal
mentions in a left column, the act in words beside it), English register-entry
certificates laid out as a table, court-clerk nationality certificates that list
what they were issued on, and consular letters addressed to the prefecture.
"""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.common import Built, civ, du, ne, person_truth, squiggle
from synth.documents.registry import caps
from synth.formats import MONTHS_EN, days, fmt_date, fr_date_words, fr_number
from synth.identity import Identity
from synth.layout import A4, Box, Flow, Sheet, Stroke, wrap


def _column(sh: Sheet, x: float, y: float, width: float, text: str, size: float = 10.5,
            family: str = "serif", bold: bool = False) -> float:
    """Wrapped text in a column; returns the baseline after the last line."""
    for line in wrap(text, width, family, size, bold):
        y += size * 1.4
        sh.text(x, y, line, size, family=family, bold=bold)
    return y


def _signature(sh: Sheet, x: float, y: float, rng: random.Random) -> None:
    sh.add(Stroke(tuple((x + px, y + py) for px, py in squiggle(rng)), width=1.4, rgb=(0.1, 0.15, 0.45)))


def _ordinal(d: date) -> str:
    """'13th July 1990', as English registers write a day."""
    suffix = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suffix} {MONTHS_EN[d.month - 1]} {d.year}"


def _parents(rng: random.Random, p: Identity) -> tuple[str, str]:
    c = p.country
    return (f"{rng.choice(c.male).split()[0]} {p.surname}", f"{rng.choice(c.female).split()[0]} "
            f"{rng.choice(c.surnames)}")


def _birth_truth(ctx: DocContext, p: Identity, lang: str) -> dict[str, str]:
    return person_truth(p) | {"sex": p.sex, "place_of_birth": p.place_of_birth, "copy_kind": ctx.birth_copy_kind,
                              "issue_date": ctx.birth_issue.isoformat(), "language": lang}


def birth_margin_register(ctx: DocContext, rng: random.Random) -> Built:
    """A register page copied out: summary and marginal mentions on the left, the act in words on the right."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    act = rng.randint(20, 1999)
    sh = Sheet()
    sh.text(60, 56, caps(f"RÉPUBLIQUE {du(c.name_fr)}") if c.code != "MAR" else "ROYAUME DU MAROC", 10.5,
            bold=True)
    sh.text(60, 72, f"Centre d'état civil de {p.place_of_birth}", 10)
    sh.text(535, 56, f"Registre des naissances - {p.date_of_birth.year}", 10, align="right")
    sh.text(535, 72, f"Acte n° {act}", 10, bold=True, align="right")
    sh.text(A4[0] / 2, 122, "COPIE LITTÉRALE D'ACTE DE NAISSANCE" if full else "EXTRAIT D'ACTE DE NAISSANCE",
            14, bold=True, align="center")
    top = 146.0
    sh.add(Box(60, top, 150, 300, stroke=0.4, line=0.7))
    y = _column(sh, 68, top + 4, 134, f"N° {act}", 10, "sans", bold=True)
    y = _column(sh, 68, y + 4, 134, f"NAISSANCE DE {caps(p.surname)} {p.given_names}", 10, "sans")
    y = _column(sh, 68, y + 4, 134, fmt_date(p.date_of_birth, "dmy_dot"), 10, "sans")
    if full:
        y = _column(sh, 68, y + 18, 134, "MENTIONS MARGINALES", 9, "sans", bold=True)
        _column(sh, 68, y + 2, 134, rng.choice(("Néant.", "Aucune mention à ce jour.")), 9.5, "sans")
    hour = rng.randint(1, 23)
    when = fr_date_words(p.date_of_birth)
    if full:
        father, mother = _parents(rng, p)
        body = (f"Le {when}, à {fr_number(hour)} heures, est {ne(p)} à {p.place_of_birth}, "
                f"{p.surname.upper()} {p.given_names}, de sexe {'féminin' if p.sex == 'F' else 'masculin'}, "
                f"{'fille' if p.sex == 'F' else 'fils'} de {father}, {rng.choice(('commerçant', 'agriculteur', 'instituteur'))}, "
                f"et de {mother}, {rng.choice(('couturière', 'ménagère', 'infirmière'))}. Dressé le "
                f"{fr_date_words(p.date_of_birth + days(rng.randint(1, 14)))}, "
                "sur la déclaration du père, qui a signé avec nous après lecture.")
    else:
        body = (f"Le {when}, est {ne(p)} à {p.place_of_birth} : {p.surname.upper()} {p.given_names}, de sexe "
                f"{'féminin' if p.sex == 'F' else 'masculin'}.")
    y = _column(sh, 228, top + 4, 307, body, 11)
    y = _column(sh, 228, max(y, top + 300) + 24, 307,
                f"{'Pour copie littérale conforme' if full else 'Pour extrait conforme'}, délivrée à "
                f"{p.place_of_birth}, le {fmt_date(ctx.birth_issue, 'dmy_slash')}.", 11)
    sh.text(400, y + 26, "L'officier de l'état civil", 10.5)
    sh.add(Box(250, y + 34, 120, 70, stroke=0.4, line=1.6))  # the registry's stamp
    sh.text(310, y + 74, "CACHET", 8, align="center", gray=0.5)
    _signature(sh, 400, y + 60, rng)
    return [sh], _birth_truth(ctx, p, "fr")


def birth_register_entry_en(ctx: DocContext, rng: random.Random) -> Built:
    """An English certified copy of a register entry laid out as a table (landscape), issue date in words."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    sh = Sheet(A4[1], A4[0])
    sh.text(sh.width / 2, 44, f"{c.name_en.upper()} - REGISTRY OF BIRTHS AND DEATHS", 12, bold=True, align="center")
    sh.text(sh.width / 2, 70, "CERTIFIED COPY OF AN ENTRY OF BIRTH" if full else "ABRIDGED BIRTH CERTIFICATE",
            15, bold=True, align="center")
    sh.text(sh.width / 2, 88, f"Registration district: {p.place_of_birth}", 10, align="center")
    father, mother = _parents(rng, p)
    cols: list[tuple[str, str, float]] = [
        ("No.", str(rng.randint(10, 999)), 40),
        ("When and where born", f"{_ordinal(p.date_of_birth)}, {p.place_of_birth}", 150),
        ("Name", f"{p.given_names} {p.surname.upper()}", 140),
        ("Sex", "Female" if p.sex == "F" else "Male", 50),
    ]
    if full:
        cols += [("Name of father", father, 110), ("Name of mother", mother, 110),
                 ("When registered", _ordinal(p.date_of_birth.replace(day=min(p.date_of_birth.day, 28))), 92)]
    x, top = 40.0, 110.0
    width = sum(w for _, _, w in cols)
    x = (sh.width - width) / 2
    for head, value, w in cols:
        sh.add(Box(x, top, w, 30, fill=0.9, stroke=0.3, line=0.6))
        _column(sh, x + 4, top - 2, w - 8, head, 8, "sans", bold=True)
        sh.add(Box(x, top + 30, w, 90, stroke=0.3, line=0.6))
        _column(sh, x + 4, top + 32, w - 8, value, 10.5, "serif")
        x += w
    issued = ctx.birth_issue
    day = _ordinal(issued).split()[0]
    y = _column(sh, 80, 260, sh.width - 160,
                f"Certified to be a true copy of an entry in the register of births in the district above mentioned. "
                f"Given at the Registry, {rng.choice(c.cities)}, this {day} day of {MONTHS_EN[issued.month - 1]}, "
                f"{issued.year}.", 11)
    sh.text(sh.width - 120, y + 30, "Registrar", 10.5, align="right")
    _signature(sh, sh.width - 260, y + 60, rng)
    sh.add(Box(120, y + 20, 110, 70, stroke=0.4, line=1.6))
    return [sh], _birth_truth(ctx, p, "en")


# --------------------------------------------------------------------------- nationality certificates


def _nat_truth(ctx: DocContext, p: Identity, photo: bool) -> dict[str, str]:
    return person_truth(p) | {"nationality": p.country.code, "issue_date": ctx.natcert_issue.isoformat(),
                              "has_photo": str(photo).lower()}


def nationality_clerk(ctx: DocContext, rng: random.Random) -> Built:
    """A court clerk's certificate listing the papers it relies on, particulars in a ruled table."""
    p = ctx.shown("nationality_certificate")
    c = p.country
    photo = "nationality_certificate" not in ctx.without_photo
    f = Flow(family="sans", size=10.5)
    f.sheet.text(62, 70, caps(f"RÉPUBLIQUE {du(c.name_fr)}") if c.code != "MAR" else "ROYAUME DU MAROC", 10,
                 bold=True)
    f.sheet.text(62, 84, "Ministère de la Justice", 9.5)
    court = rng.choice(c.cities)
    f.sheet.text(62, 98, f"Tribunal de première instance de {court}", 9.5)
    f.sheet.text(533, 70, f"N° {rng.randint(100, 9999)}/CN/{ctx.natcert_issue.year}", 10, align="right")
    if photo:
        f.sheet.photo(62, 120, 90, 116)
        f.sheet.add(Box(110, 200, 60, 60, stroke=0.45, line=1.4))  # the court's stamp over the photo's corner
    f.y = 262
    f.title("CERTIFICAT DE NATIONALITÉ", size=14)
    f.para("Le Greffier en chef soussigné, vu l'acte de naissance de l'intéressé(e), vu le certificat de "
           "nationalité de son père et les pièces du dossier, certifie que la personne désignée ci-après :")
    father, _ = _parents(rng, p)
    for label, value in (("Nom", p.surname.upper()), ("Prénoms", p.given_names),
                         ("Date et lieu de naissance", f"{fmt_date(p.date_of_birth, 'fr_long')} à {p.place_of_birth}"),
                         ("Filiation", f"{'fille' if p.sex == 'F' else 'fils'} de {father}")):
        f.sheet.add(Box(f.margin, f.y + 2, 150, 24, fill=0.92, stroke=0.4, line=0.6))
        f.sheet.add(Box(f.margin + 150, f.y + 2, f.width - 150, 24, stroke=0.4, line=0.6))
        f.sheet.text(f.margin + 6, f.y + 18, label, 9.5)
        f.sheet.text(f.margin + 158, f.y + 18, value, 11, bold=True)
        f.space(24)
    f.space(10)
    f.para(f"est de nationalité {c.nationality_fr} par filiation.", bold=True, after=14)
    f.para(f"Délivré à {court}, le {fmt_date(ctx.natcert_issue, 'dmy_dot')}", align="right", after=2)
    f.para("Le Greffier en chef", align="right", after=2)
    f.signature(squiggle(rng))
    return f.sheets, _nat_truth(ctx, p, photo)


def nationality_hereby_en(ctx: DocContext, rng: random.Random) -> Built:
    """An English 'It is hereby certified' certificate, ordinal dates, 'given under my hand' at the end."""
    p = ctx.shown("nationality_certificate")
    c = p.country
    photo = "nationality_certificate" not in ctx.without_photo
    f = Flow(family="serif", size=11.5)
    if photo:
        f.sheet.photo(595 - 62 - 96, 58, 96, 124)
        f.sheet.text(595 - 62 - 48, 196, "Photograph attested", 7.5, align="center", gray=0.3)
    f.para(f"GOVERNMENT OF {c.name_en.upper()}", bold=True, after=1)
    f.para("Ministry of Interior - Citizenship Division", size=10, after=1)
    f.para(f"Serial No. {rng.choice('ABCDEFGHJK')}{rng.randint(100000, 999999)}", size=10, after=70)
    f.title("NATIONALITY CERTIFICATE", size=15)
    father, mother = _parents(rng, p)
    f.para(f"It is hereby certified that {p.surname.upper()} {p.given_names}, "
           f"{'daughter' if p.sex == 'F' else 'son'} of {father} and {mother}, born on the "
           f"{_ordinal(p.date_of_birth)} at {p.place_of_birth}, is a citizen of {c.name_en} by birth.")
    issued = ctx.natcert_issue
    f.para(f"Given under my hand and seal this {_ordinal(issued).split()[0]} day of {MONTHS_EN[issued.month - 1]}, "
           f"{issued.year}.", after=12)
    f.signature(squiggle(rng), label="Director of Citizenship")
    return f.sheets, _nat_truth(ctx, p, photo)


# --------------------------------------------------------------------------- consular attestations


def _cons_truth(ctx: DocContext, p: Identity, photo: bool) -> dict[str, str]:
    return person_truth(p) | {"nationality": p.country.code, "issue_date": ctx.consular_att_issue.isoformat(),
                              "has_photo": str(photo).lower()}


def consular_identity_table(ctx: DocContext, rng: random.Random) -> Built:
    """A consulate's identity attestation: photo in the first cell of a table, date in a footer band."""
    p = ctx.shown("consular_attestation")
    c = p.country
    photo = "consular_attestation" not in ctx.without_photo
    f = Flow(family="sans", size=10.5)
    f.para(f"Consulat {du(c.name_fr)} à Paris", bold=True, size=12, after=1)
    f.para("Section consulaire - état civil", size=9.5, after=1)
    f.para(f"Réf. : {rng.randint(100, 999)}/SC/{ctx.consular_att_issue.year}", size=9.5, after=24)
    f.title("ATTESTATION CONSULAIRE D'IDENTITÉ", size=14)
    f.para("Le Chef de la section consulaire certifie que la personne "
           + ("dont la photographie et le signalement figurent ci-dessous" if photo else
              "dont le signalement figure ci-dessous") + " :", after=10)
    top = f.y
    rows = (("Nom", p.surname.upper()), ("Prénoms", p.given_names),
            ("Né(e) le", fmt_date(p.date_of_birth, "fr_long")), ("À", f"{p.place_of_birth} ({c.name_fr})"),
            ("Passeport n°", p.passport_number))
    left = f.margin + (120 if photo else 0)
    if photo:
        f.sheet.add(Box(f.margin, top, 120, 30 * len(rows), stroke=0.4, line=0.6))
        f.sheet.photo(f.margin + 12, top + 12, 96, 124)
    for i, (label, value) in enumerate(rows):
        y = top + 30 * i
        f.sheet.add(Box(left, y, 110, 30, fill=0.93, stroke=0.4, line=0.6))
        f.sheet.add(Box(left + 110, y, f.margin + f.width - left - 110, 30, stroke=0.4, line=0.6))
        f.sheet.text(left + 6, y + 19, label, 9.5)
        f.sheet.text(left + 118, y + 19, value, 11, bold=True)
    f.y = top + 30 * len(rows) + 8
    f.para(f"est de nationalité {c.nationality_fr} et connue de nos services." if p.sex == "F" else
           f"est de nationalité {c.nationality_fr} et connu de nos services.", after=16)
    f.signature(squiggle(rng), label="Le Chef de la section consulaire")
    sh = f.sheets[0]
    sh.add(Box(0, A4[1] - 46, A4[0], 46, fill=0.92, stroke=None))
    sh.text(62, A4[1] - 20, f"Paris, {fmt_date(ctx.consular_att_issue, 'dmy_dot')}", 10)
    sh.text(533, A4[1] - 20, "1/1", 9, align="right", gray=0.3)
    return f.sheets, _cons_truth(ctx, p, photo)


def consular_letter_prefecture(ctx: DocContext, rng: random.Random) -> Built:
    """A consulate's letter to the prefecture about its national, reference block and date on the right."""
    p = ctx.shown("consular_attestation")
    c = p.country
    photo = "consular_attestation" not in ctx.without_photo
    f = Flow(family="serif", size=11)
    f.para(f"AMBASSADE {caps(du(c.name_fr))}", bold=True, after=1)
    f.para("Service consulaire", after=26)
    f.para(f"Paris, le {fmt_date(ctx.consular_att_issue, 'fr_long')}", align="right", after=4)
    f.para(f"Préfecture - {ctx.association_city}", align="right", after=1)
    f.para("Service des étrangers", align="right", after=20)
    f.para(f"Objet : attestation consulaire - {civ(p, 'fr')} {p.surname.upper()}", bold=True, after=12)
    f.para("Monsieur le Préfet,", after=6)
    if photo:
        f.sheet.photo(f.margin, f.y + 8, 90, 116)
        f.sheet.add(Box(f.margin + 40, f.y + 92, 52, 52, stroke=0.45, line=1.4))
        f.margin += 110
    f.para(f"L'Ambassade {du(c.name_fr)} atteste que {civ(p, 'fr')} {p.given_names} {p.surname.upper()}, {ne(p)} "
           f"le {fmt_date(p.date_of_birth, 'dmy_slash')} à {p.place_of_birth}, titulaire du passeport "
           f"n° {p.passport_number}, est de nationalité {c.nationality_fr}"
           + (", et que la photographie ci-contre est bien la sienne." if photo else "."))
    f.para("Cette attestation est délivrée à l'intéressé(e) à sa demande, pour les démarches relatives à son "
           "séjour en France.", after=14)
    if photo:
        f.margin -= 110
        f.y = max(f.y, 400)
    f.para("Je vous prie d'agréer, Monsieur le Préfet, l'assurance de ma haute considération.", after=14)
    f.signature(squiggle(rng), label="Le Consul")
    return f.sheets, _cons_truth(ctx, p, photo)
