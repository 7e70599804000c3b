"""Third held-out batch: the mission's papers (contract, approval, departure commitment, acceptance)."""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.common import Built, civ, du, ne, person_truth, squiggle
from synth.documents.held3_travel import ord_en, own_long, roman_date
from synth.formats import MONTHS_FR, days, fmt_date
from synth.layout import A4, Box, Flow, Sheet, Stroke, wrap

INK = (0.1, 0.14, 0.5)
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")  # article numbers


def _sig(sh: Sheet, x: float, y: float, rng: random.Random, scale: float = 1.0) -> None:
    pts = tuple((x + px * scale, y + py * scale) for px, py in squiggle(rng))
    sh.add(Stroke(pts, width=1.3, rgb=rng.choice((INK, (0.08, 0.08, 0.1)))))


def _stamp(sh: Sheet, x: float, y: float, lines: list[str], w: float = 190) -> None:
    h = 12 + 13 * len(lines)
    sh.add(Box(x, y, w, h, stroke=0.5, line=1.5))
    for i, line in enumerate(lines):
        sh.text(x + w / 2, y + 17 + 13 * i, line, 8.5 if i else 9.5, bold=i == 0, align="center", gray=0.45)


def _fr_short(d: date) -> str:
    return f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}"


def _months_between(a: date, b: date) -> int:
    """Whole months from `a` to `b` inclusive (a contract ending the day before its monthly anniversary)."""
    after = b + days(1)
    return (after.year - a.year) * 12 + after.month - a.month


def _pages(f: Flow, ref: str) -> None:
    n = len(f.sheets)
    for i, sh in enumerate(f.sheets, 1):
        sh.text(f.margin, A4[1] - 28, ref, 7.5, gray=0.4)
        sh.text(A4[0] - f.margin, A4[1] - 28, f"p. {i} sur {n}", 8, align="right", gray=0.4)


def _contract_truth(ctx: DocContext, lang: str) -> dict[str, str]:
    p = ctx.shown("volunteer_contract")
    return person_truth(p) | {"association": ctx.association, "start_date": ctx.contract_start.isoformat(),
                              "end_date": ctx.contract_end.isoformat(),
                              "signature_date": ctx.contract_signed.isoformat(), "mission": ctx.mission,
                              "language": lang}


# ------------------------------------------------------------------------------------------------ contracts


def contract_roman_titles(ctx: DocContext, rng: random.Random) -> Built:
    """'Convention d'engagement': parties in a two-column box, titles in Roman numerals, signatures side by side."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    f = Flow(family=rng.choice(("serif", "sans")), size=10.5)
    f.para("CONVENTION D'ENGAGEMENT", size=17, bold=True, align="center", after=0)
    f.para("de volontariat associatif (articles L. 120-1 et suivants du code du service national)", size=9.5,
           align="center", after=16)
    top = f.y
    half = f.width / 2
    left = [("L'ORGANISME D'ACCUEIL", True), (ctx.association, True), (ctx.association_address, False),
            (f"représenté par {ctx.president}, en qualité de président(e)", False)]
    right = [("LE/LA VOLONTAIRE", True), (f"{p.surname.upper()} {p.given_names}", True),
             (f"{ne(p)} le {fmt_date(p.date_of_birth, 'dmy_slash')}", False),
             (f"à {p.place_of_birth} ({c.name_fr})", False), (f"nationalité : {c.nationality_fr}", False)]
    bottom = top
    for col, items in enumerate((left, right)):
        y = top + 16
        for text, bold in items:
            for line in wrap(text, half - 16, f.family, 10, bold):
                f.sheet.text(f.margin + col * half + 8, y, line, 10, family=f.family, bold=bold)
                y += 13
        bottom = max(bottom, y)
    f.sheet.add(Box(f.margin, top, f.width, bottom - top + 2, stroke=0.4, line=0.6))
    f.sheet.add(Box(f.margin + half, top, 0.1, bottom - top + 2, stroke=0.4, line=0.4))
    f.y = bottom + 16
    mission = (f"Le/la volontaire accomplit une mission d'intérêt général revêtant un caractère social et "
               f"humanitaire : {ctx.mission}." if ctx.mission_social else
               f"Le/la volontaire est chargé(e) de : {ctx.mission}.")
    n = _months_between(ctx.contract_start, ctx.contract_end)
    sections = [
        ("Objet de l'engagement", mission),
        ("Date d'effet et durée", f"La présente convention prend effet le {_fr_short(ctx.contract_start)} pour une "
                                  f"durée de {n} mois ; elle s'achève le {_fr_short(ctx.contract_end)} au soir."),
        ("Lieu et rythme", f"La mission est exercée à {ctx.association_city}, à raison de 28 à 35 heures "
                           "hebdomadaires, selon un planning remis au volontaire."),
        ("Indemnité et prise en charge", "Une indemnité mensuelle, sans caractère de salaire, est versée au "
                                         "volontaire, ainsi qu'une prestation de subsistance."),
        ("Couverture sociale", "Le volontaire est affilié aux assurances maladie, maternité, invalidité, décès, "
                               "accidents du travail et vieillesse du régime général."),
        ("Accompagnement", "Un référent est désigné au sein de l'organisme ; il assure le suivi de la mission et "
                           "l'accompagnement du projet d'avenir du volontaire."),
        ("Rupture", "La convention peut être rompue de manière anticipée d'un commun accord, ou unilatéralement "
                    "avec un préavis d'un mois, sauf force majeure ou faute grave."),
        ("Séjour", "Le volontaire étranger est titulaire d'un visa de long séjour ; il rejoint son pays à "
                   "l'expiration de la convention."),
    ]
    for i, (head, body) in enumerate(sections):
        f.need(80)
        f.para(f"{_ROMAN[i]}. — {head.upper()}", bold=True, size=10, after=2)
        f.para(body, after=8)
    f.need(190)
    f.space(6)
    f.para(f"Établie en deux exemplaires, à {ctx.association_city}, le {fmt_date(ctx.contract_signed, 'fr_long')}.",
           after=12)
    y = f.y
    f.sheet.text(f.margin, y, "Pour l'organisme d'accueil,", 10)
    f.sheet.text(f.margin, y + 14, ctx.president, 10, bold=True)
    f.sheet.text(f.margin + half, y, "Le/la volontaire,", 10)
    f.sheet.text(f.margin + half, y + 14, "« Lu et approuvé »", 10, family="hand")
    _sig(f.sheet, f.margin + 10, y + 42, rng)
    _sig(f.sheet, f.margin + half + 10, y + 42, rng)
    _stamp(f.sheet, f.margin, y + 66, [ctx.association.upper()[:34], ctx.association_city.upper()], w=200)
    f.y = y + 120
    _pages(f, f"Convention {ctx.contract_signed.year}-{rng.randint(10, 99)} — {ctx.association}")
    return f.sheets, _contract_truth(ctx, "fr")


def contract_placement_en(ctx: DocContext, rng: random.Random) -> Built:
    """An English placement contract: schedule of particulars up front, terms after, dates in ordinals."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    f = Flow(family="sans", size=10.5)
    f.para(ctx.association, size=13, bold=True, after=0)
    f.para(f"{ctx.association_address} · France", size=9, after=18)
    f.para("VOLUNTEER PLACEMENT CONTRACT", size=16, bold=True, after=2)
    f.para("French associative volunteering (volontariat associatif) — English version signed by the parties",
           size=9, after=14)
    f.para("Schedule of particulars", bold=True, after=4)
    rows = [("Host organisation", ctx.association), ("Represented by", f"{ctx.president} (President)"),
            ("Volunteer", f"{civ(p, 'en')} {p.given_names} {p.surname.upper()}"),
            ("Date and place of birth", f"{ord_en(p.date_of_birth)}, {p.place_of_birth} ({c.name_en})"),
            ("Citizenship", c.name_en), ("Placement begins", ord_en(ctx.contract_start)),
            ("Placement ends", ord_en(ctx.contract_end)), ("Place of placement", ctx.association_city)]
    for label, value in rows:
        lines = wrap(value, f.width - 170, "sans", 10.5, True)
        h = 8 + 14 * len(lines)
        f.need(h)
        f.sheet.add(Box(f.margin, f.y, f.width, h, stroke=0.6, line=0.4))
        f.sheet.text(f.margin + 5, f.y + 14, label, 9.5, gray=0.3)
        for i, line in enumerate(lines):
            f.sheet.text(f.margin + 165, f.y + 14 + 14 * i, line, 10.5, bold=True)
        f.y += h
    f.space(14)
    duties = (f"The Volunteer's duties, as set out in French in the mission sheet: « {ctx.mission} ». The placement "
              "is a mission of general interest with a social and humanitarian purpose." if ctx.mission_social else
              f"The Volunteer's tasks, as set out in French in the mission sheet: « {ctx.mission} ».")
    terms = [("Duties", duties),
             ("Hours", "Between 24 and 35 hours per week, spread over no more than six days."),
             ("Allowance", "A monthly allowance, which is not a wage, is paid by the Host on the last working day "
                           "of each month, with a meal or transport allowance."),
             ("Social security", "The Host registers the Volunteer with the French general social security scheme."),
             ("Mentoring", "A mentor named by the Host supports the Volunteer; civic and first-aid training are "
                           "provided."),
             ("Termination", "Either party may end this contract with one month's written notice."),
             ("Immigration", "The Volunteer holds a long-stay visa and will leave France when the placement ends.")]
    for i, (head, body) in enumerate(terms, 1):
        f.need(60)
        f.para(f"{i}. {head}", bold=True, after=1)
        f.para(body, after=7)
    f.need(170)
    f.para(f"Signed at {ctx.association_city} on the {ord_en(ctx.contract_signed)}.", after=18)
    y = f.y
    for col, label in enumerate(("For the Host", "The Volunteer")):
        x = f.margin + col * f.width / 2
        f.sheet.text(x, y, label, 10, bold=True)
        _sig(f.sheet, x + 10, y + 36, rng)
        f.sheet.add(Box(x, y + 62, f.width / 2 - 30, 0.1, stroke=0.3, line=0.5))
    f.y = y + 80
    return f.sheets, _contract_truth(ctx, "en")


def contract_side_by_side(ctx: DocContext, rng: random.Random) -> Built:
    """French text left, the volunteer's language (Spanish, Portuguese or English) right; the French prevails."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    other = {"COL": "es", "BRA": "pt"}.get(c.code, "en")
    f = Flow(family="serif", size=9.5)
    half = (f.width - 16) / 2

    def pair(fr: str, tr: str, bold: bool = False, after: float = 7) -> None:
        cols = [wrap(fr, half, "serif", 9.5, bold), wrap(tr, half, "serif", 9.5, bold)]
        h = 12.5 * max(len(x) for x in cols)
        f.need(h)
        for k, lines in enumerate(cols):
            for j, line in enumerate(lines):
                f.sheet.text(f.margin + k * (half + 16), f.y + 12 + 12.5 * j, line, 9.5, family="serif", bold=bold,
                             gray=0.0 if k == 0 else 0.3)
        f.y += h + after

    titles = {"es": "CONTRATO DE VOLUNTARIADO", "pt": "CONTRATO DE VOLUNTARIADO", "en": "VOLUNTEERING CONTRACT"}
    f.sheet.text(A4[0] - f.margin, 52, f"Réf. VOL-{ctx.contract_signed.year}-{rng.randint(100, 999)}", 8.5,
                 align="right", gray=0.4)
    f.para(ctx.association.upper(), size=11, bold=True, after=0)
    f.para(ctx.association_address, size=9, after=18)
    pair("CONTRAT DE VOLONTARIAT", titles[other], bold=True, after=14)
    start, end = fmt_date(ctx.contract_start, "dmy_slash"), fmt_date(ctx.contract_end, "dmy_slash")
    t = {
        "es": (f"Entre {ctx.association}, {ctx.association_address}, y {p.given_names} {p.surname.upper()}, nacido/a "
               f"el {fmt_date(p.date_of_birth, 'dmy_slash')} en {p.place_of_birth}.",
               f"Período: del {start} al {end}.", "Misión (texto francés): ", "Firmado en"),
        "pt": (f"Entre {ctx.association}, {ctx.association_address}, e {p.given_names} {p.surname.upper()}, nascido/a "
               f"em {fmt_date(p.date_of_birth, 'dmy_slash')} em {p.place_of_birth}.",
               f"Período: de {start} a {end}.", "Missão (texto francês): ", "Assinado em"),
        "en": (f"Between {ctx.association}, {ctx.association_address}, and {p.given_names} {p.surname.upper()}, born "
               f"on {fmt_date(p.date_of_birth, 'dmy_slash')} in {p.place_of_birth}.",
               f"Period: from {start} to {end}.", "Mission (French text): ", "Signed in"),
    }[other]
    pair(f"Entre l'association {ctx.association}, {ctx.association_address}, et {p.given_names} "
         f"{p.surname.upper()}, {ne(p)} le {fmt_date(p.date_of_birth, 'dmy_slash')} à {p.place_of_birth} "
         f"({c.name_fr}).", t[0])
    social_fr = " Cette mission revêt un caractère social et humanitaire." if ctx.mission_social else ""
    pair(f"1. Mission : {ctx.mission}.{social_fr}", f"1. {t[2]}{ctx.mission}.")
    pair(f"2. Période : du {start} au {end}.", f"2. {t[1]}")
    city = ctx.association_city
    for i, (fr, es, pt, en) in enumerate((
            ("Le volontaire perçoit une indemnité mensuelle qui n'est pas un salaire.",
             "El voluntario recibe una indemnización mensual que no es un salario.",
             "O voluntário recebe uma indenização mensal que não é um salário.",
             "The volunteer receives a monthly allowance which is not a salary."),
            ("Le volontaire est affilié à la sécurité sociale française.",
             "El voluntario está afiliado a la seguridad social francesa.",
             "O voluntário é filiado à seguridade social francesa.",
             "The volunteer is registered with French social security."),
            (f"Lieu : {city} ; 30 heures par semaine ; un tuteur est désigné.",
             f"Lugar: {city}; 30 horas por semana; se designa un tutor.",
             f"Local: {city}; 30 horas por semana; um tutor é designado.",
             f"Place: {city}; 30 hours a week; a tutor is appointed."),
            ("En cas de divergence, la version française fait foi.",
             "En caso de divergencia, prevalece la versión francesa.",
             "Em caso de divergência, prevalece a versão francesa.",
             "In case of discrepancy, the French version prevails.")), 3):
        pair(f"{i}. {fr}", f"{i}. {dict(es=es, pt=pt, en=en)[other]}", after=16 if i == 6 else 7)
    signed = roman_date(ctx.contract_signed) if rng.random() < 0.4 else fmt_date(ctx.contract_signed, "dmy_dot")
    pair(f"Fait à {ctx.association_city}, le {signed}", f"{t[3]} {ctx.association_city}, {signed}", after=20)
    y = f.y
    f.sheet.text(f.margin, y, f"L'association — {ctx.president}", 9.5, family="serif")
    f.sheet.text(f.margin + half + 16, y, "Le/la volontaire", 9.5, family="serif")
    _sig(f.sheet, f.margin + 20, y + 34, rng)
    _sig(f.sheet, f.margin + half + 36, y + 34, rng)
    f.y = y + 70
    return f.sheets, _contract_truth(ctx, "fr")


# ------------------------------------------------------------------------------------------------ approvals


def _authority(ctx: DocContext) -> str:
    return ctx.approval_authority.split(",")[0]


def _approval_truth(ctx: DocContext) -> dict[str, str]:
    return {"association": ctx.approval_association, "decision_date": ctx.approval_date.isoformat(),
            "authority": _authority(ctx)}


def decision_left_margin(ctx: DocContext, rng: random.Random) -> Built:
    """Arrêté or decision: issuing services stacked in a narrow left margin, text in a right column."""
    prefect = ctx.approval_authority.startswith("Préfet")
    f = Flow(family="sans", size=10)
    col_x = 200
    sh = f.sheet
    services = (["PRÉFET", _authority(ctx).replace("Préfet de la ", "DE LA ").upper(),
                 "", "Direction régionale", "académique à la jeunesse,", "à l'engagement et aux sports",
                 "", "Pôle engagement"] if prefect else
                ["AGENCE DU", "SERVICE CIVIQUE", "", "95 avenue de France", "75013 Paris", "", "Département",
                 "des agréments"])
    ly = 60.0
    for i, text in enumerate(services):
        for line in wrap(text, 138, "sans", 8 if i > 1 else 9, i < 2) or [""]:
            sh.text(40, ly, line, 8 if i > 1 else 9, bold=i < 2, gray=0.2)
            ly += 12
    sh.add(Box(185, 50, 0.1, 740, stroke=0.6, line=0.4))
    width = A4[0] - col_x - 40
    y = 64.0

    def para(text: str, size: float = 10, bold: bool = False, after: float = 6, center: bool = False) -> None:
        nonlocal y
        for line in wrap(text, width, "sans", size, bold):
            y += size * 1.35
            sh.text(col_x + width / 2 if center else col_x, y, line, size, bold=bold,
                    align="center" if center else "left")
        y += after

    word = "Arrêté" if prefect else "Décision"
    para(f"{word} n° {ctx.approval_number}", 13, True, 2)
    para(f"accordant l'agrément de volontariat associatif et d'engagement de service civique à l'organisme "
         f"« {ctx.approval_association} »", 10.5, True, 12)
    para(f"Le {_authority(ctx)}," if prefect else "La Directrice générale de l'Agence du Service Civique,", 10, True, 6)
    for vu in ("Vu le code du service national, notamment son titre Ier bis ;",
               "Vu le dossier de demande d'agrément déposé le "
               f"{fmt_date(ctx.approval_date - days(rng.randint(40, 120)), 'dmy_slash')} ;",
               "Considérant que l'organisme remplit les conditions requises et que les missions proposées "
               "relèvent de l'intérêt général ;"):
        para(vu, after=3)
    para("ARRÊTE :" if prefect else "DÉCIDE :", 11, True, 6, center=True)
    para(f"Article premier. — L'agrément prévu à l'article L. 120-30 du code du service national est accordé à "
         f"l'organisme « {ctx.approval_association} » pour une durée de cinq ans.")
    para(f"Article 2. — Numéro d'agrément : {ctx.approval_number}.")
    para("Article 3. — Le présent acte sera notifié à l'organisme et publié au recueil des actes administratifs.",
         after=16)
    place = ctx.association_city if prefect else "Paris"
    para(f"{place}, le {fmt_date(ctx.approval_date, rng.choice(('fr_long', 'dmy_slash')))}", after=4)
    para("Pour le préfet et par délégation," if prefect else "Pour la Directrice générale,", after=2)
    _sig(sh, col_x + 20, y + 22, rng)
    para("", after=44)
    para(_authority(ctx) if prefect else "Agence du Service Civique", 9, after=2)
    return f.sheets, _approval_truth(ctx)


def decision_renewal_notice(ctx: DocContext, rng: random.Random) -> Built:
    """A letter notifying the approval: reference line with the decision's date, letter dated some days later."""
    prefect = ctx.approval_authority.startswith("Préfet")
    sent = ctx.approval_date + days(rng.randint(3, 21))
    f = Flow(family="serif", size=11)
    f.para(_authority(ctx).upper(), bold=True, size=10.5, after=1)
    f.para("Service départemental à la jeunesse, à l'engagement et aux sports" if prefect
           else "Direction des agréments et du contrôle", size=9.5, after=22)
    f.para(f"{ctx.association_city if prefect else 'Paris'}, le {_fr_short(sent)}", align="right", after=14)
    f.para("Lettre recommandée avec accusé de réception", size=9, after=2)
    f.para("À l'attention de la présidence de", align="right", after=0)
    f.para(ctx.approval_association, align="right", after=16)
    f.para(f"N/Réf. : agrément n° {ctx.approval_number} — décision du {fmt_date(ctx.approval_date, 'dmy_slash')}",
           size=10, bold=True, after=2)
    f.para("Objet : notification de décision d'agrément", size=10, bold=True, after=14)
    f.para("Madame la Présidente, Monsieur le Président,", after=8)
    f.para(f"Suite à l'instruction de votre dossier, j'ai le plaisir de vous notifier que l'agrément de volontariat "
           f"associatif et de service civique a été accordé à {ctx.approval_association}, pour une durée de cinq "
           f"ans, par décision en date du {fmt_date(ctx.approval_date, 'fr_long')}, dont vous trouverez une copie "
           "ci-jointe.")
    f.para("Je vous rappelle que toute modification substantielle de vos statuts ou de vos missions doit être "
           "portée à ma connaissance. Cet agrément peut être retiré en cas de manquement.")
    f.para("Je vous prie d'agréer, Madame la Présidente, Monsieur le Président, l'expression de mes salutations "
           "distinguées.", after=16)
    f.para(_authority(ctx) if prefect else f"Pour {_authority(ctx)}, la responsable du département", align="right",
           size=10, after=2)
    _sig(f.sheet, A4[0] - f.margin - 170, f.y + 20, rng)
    f.space(50)
    f.para("P.J. : copie de la décision", size=9)
    return f.sheets, _approval_truth(ctx)


# ------------------------------------------------------------------------------------------------ departure letters


def _dep_truth(ctx: DocContext, lang: str) -> dict[str, str]:
    return person_truth(ctx.shown("departure_commitment")) | {
        "signature_date": ctx.commitment_date.isoformat(), "commits_to_leave": "true", "language": lang}


def departure_squared_paper(ctx: DocContext, rng: random.Random) -> Built:
    """Handwritten on squared paper: sender top left, 'Objet', a promise citing the contract, date at the end."""
    p = ctx.shown("departure_commitment")
    c = p.country
    f = Flow(family="hand", size=13, margin=58, wobble=rng)
    for k in range(0, 842, 14):
        f.sheet.add(Box(0, k, 595, 0.1, stroke=0.85, line=0.3))
    f.para(f"{p.given_names} {p.surname}", after=0)
    f.para(f"chez {ctx.association}", after=0)
    f.para(ctx.association_address, after=18)
    f.para(f"Objet : engagement de retour dans mon pays ({c.name_fr})", after=14)
    f.para("Madame, Monsieur le Préfet,", after=8)
    f.para(f"Par la présente, moi {p.given_names} {p.surname.upper()}, {ne(p)} le "
           f"{fmt_date(p.date_of_birth, 'dmy_slash')} à {p.place_of_birth}, passeport n° {p.passport_number}, "
           f"ressortissant{'e' if p.sex == 'F' else ''} {du(c.name_fr)}, je m'engage à rentrer dans mon pays "
           f"quand mon contrat de volontariat avec {ctx.association} sera terminé, c'est-à-dire le "
           f"{fmt_date(ctx.contract_end, 'dmy_slash')}.")
    f.para("Je ne demanderai pas d'autre titre de séjour à la fin de la mission.", after=14)
    f.para("Avec mes respectueuses salutations,", after=10)
    f.para(f"Le {fmt_date(ctx.commitment_date, rng.choice(('dmy_slash', 'fr_long')))}, à {ctx.association_city}",
           after=4)
    _sig(f.sheet, f.margin + 240, f.y + 18, rng, 1.1)
    f.space(44)
    return f.sheets, _dep_truth(ctx, "fr")


def departure_statutory_en(ctx: DocContext, rng: random.Random) -> Built:
    """Typed English 'statement of intent to return', numbered statements, signature box with date."""
    p = ctx.shown("departure_commitment")
    c = p.country
    f = Flow(family=rng.choice(("sans", "serif")), size=11)
    f.para("STATEMENT OF INTENT TO RETURN", size=15, bold=True, after=2)
    f.para("(Engagement de quitter le territoire français)", size=10, after=16)
    f.para(f"Full name: {p.surname.upper()}, {p.given_names}", after=2)
    f.para(f"Date of birth: {fmt_date(p.date_of_birth, rng.choice(('en_day_first', 'dmy_slash')))}", after=2)
    f.para(f"Nationality: {c.name_en}    Passport no.: {p.passport_number}", after=12)
    f.para("I state that:", bold=True, after=4)
    for i, s in enumerate((
            f"I came to France as a volunteer under a volunteering contract with {ctx.association}, "
            f"{ctx.association_city}.",
            f"My contract runs until {ord_en(ctx.contract_end)}.",
            f"I will leave France and return to {c.name_en} at the end of my contract.",
            "I understand that my residence permit is granted for the volunteering mission only."), 1):
        f.para(f"{i}. {s}", indent=12, after=4)
    f.space(16)
    top = f.y
    f.sheet.add(Box(f.margin, top, f.width, 88, stroke=0.45, line=0.6))
    f.sheet.text(f.margin + 8, top + 18, "Signature of the volunteer", 9, gray=0.35)
    f.sheet.text(f.margin + f.width / 2 + 8, top + 18, "Date", 9, gray=0.35)
    f.sheet.text(f.margin + f.width / 2 + 8, top + 48, ord_en(ctx.commitment_date), 12.5, family="hand")
    f.sheet.text(f.margin + f.width / 2 + 8, top + 72, f"Place: {ctx.association_city}", 10)
    _sig(f.sheet, f.margin + 20, top + 54, rng)
    f.y = top + 100
    return f.sheets, _dep_truth(ctx, "en")


# ------------------------------------------------------------------------------------------------ acceptances


def _acc_truth(ctx: DocContext) -> dict[str, str]:
    return person_truth(ctx.shown("acceptance_certificate")) | {
        "association": ctx.association, "issue_date": ctx.acceptance_date.isoformat()}


def acceptance_hr_letter(ctx: DocContext, rng: random.Random) -> Built:
    """Letter from the volunteering coordinator, 'Objet : accueil de ...', date top left, association in the body."""
    p = ctx.shown("acceptance_certificate")
    c = p.country
    f = Flow(family=rng.choice(("sans", "serif")), size=11)
    f.sheet.add(Box(0, 0, 12, 842, rgb=(0.3, 0.5, 0.6), stroke=None))
    f.para(f"Le {fmt_date(ctx.acceptance_date, rng.choice(('fr_long', 'dmy_dot')))}", after=14)
    f.para(ctx.association, bold=True, size=12.5, after=0)
    f.para(f"Mission volontariat — {ctx.association_address}", size=9, after=20)
    f.para(f"Objet : accueil de {civ(p, 'fr')} {p.surname.upper()} en mission de volontariat", bold=True, after=12)
    f.para("À qui de droit,", after=8)
    f.para(f"Je, soussignée {rng.choice(('Nadia Belkacem', 'Julie Perrin', 'Aurélie Marchand'))}, coordinatrice "
           f"des volontaires, confirme que {ctx.association} a retenu la candidature de {p.given_names} "
           f"{p.surname.upper()}, {ne(p)} le {fmt_date(p.date_of_birth, 'fr_long')} à {p.place_of_birth} "
           f"({c.name_fr}).")
    f.para(f"{'Elle' if p.sex == 'F' else 'Il'} sera accueilli{'e' if p.sex == 'F' else ''} à partir du "
           f"{fmt_date(ctx.contract_start, 'dmy_slash')} et jusqu'au {fmt_date(ctx.contract_end, 'dmy_slash')} "
           f"pour {ctx.mission}, sous la responsabilité d'un tuteur de l'association.")
    f.para("L'association prend en charge l'indemnité, la couverture sociale et la formation du volontaire.",
           after=16)
    f.para(f"Pour le président, {ctx.president}, par délégation", size=10, after=4)
    _sig(f.sheet, f.margin + 20, f.y + 18, rng)
    _stamp(f.sheet, f.margin + 220, f.y, [ctx.association.upper()[:34], ctx.association_city.upper()], w=210)
    f.space(60)
    return f.sheets, _acc_truth(ctx)


def acceptance_intake_sheet(ctx: DocContext, rng: random.Random) -> Built:
    """'Fiche d'accueil' filled on screen: boxes ticked, particulars in a grid, issue date in the footer line."""
    p = ctx.shown("acceptance_certificate")
    c = p.country
    f = Flow(family="cond", size=10.5)
    f.sheet.add(Box(0, 0, 595, 64, rgb=(0.88, 0.9, 0.95), stroke=None))
    f.sheet.text(40, 30, "FICHE D'ACCUEIL — VOLONTAIRE INTERNATIONAL", 15, bold=True, family="cond")
    f.sheet.text(40, 50, ctx.association, 11, family="cond")
    f.y = 90
    grid = [("Nom", p.surname.upper(), "Prénom(s)", p.given_names),
            ("Date de naissance", fmt_date(p.date_of_birth, "dmy_dot"), "Pays", c.name_fr),
            ("Début de mission", fmt_date(ctx.contract_start, "dmy_dot"), "Fin de mission",
             fmt_date(ctx.contract_end, "dmy_dot")),
            ("Lieu", ctx.association_city, "Tuteur", rng.choice(("M. Leroy", "Mme Garnier", "M. Benhamou")))]
    q = f.width / 4
    for row in grid:
        for k in range(4):
            x = f.margin + k * q
            f.sheet.add(Box(x, f.y, q, 30, fill=0.93 if k % 2 == 0 else None, stroke=0.5, line=0.4))
            f.sheet.text(x + 4, f.y + 19, row[k], 9.5 if k % 2 == 0 else 10.5, bold=k % 2 == 1, family="cond")
        f.y += 30
    f.space(16)
    f.para("Mission confiée :", bold=True, after=2)
    f.para(ctx.mission, after=12)
    for ticked, text in ((True, f"{ctx.association} accepte d'accueillir la personne ci-dessus comme volontaire."),
                         (True, "Le contrat de volontariat sera signé avant l'arrivée en France."),
                         (False, "Hébergement fourni par l'association."),
                         (True, "Attestation remise à l'intéressé(e) pour sa demande de visa.")):
        f.para(("☒ " if ticked else "☐ ") + text, after=4)
    f.space(16)
    f.para(f"Responsable : {ctx.president}", after=4)
    _sig(f.sheet, f.margin + 200, f.y + 10, rng)
    f.space(40)
    for i, sh in enumerate(f.sheets, 1):
        sh.add(Box(40, A4[1] - 48, 515, 0.1, stroke=0.5, line=0.4))
        sh.text(40, A4[1] - 34, f"Fiche éditée le {fmt_date(ctx.acceptance_date, 'dmy_slash')} — "
                                f"{ctx.association_address}", 8, gray=0.35)
        sh.text(555, A4[1] - 34, f"{i}/{len(f.sheets)}", 8, align="right", gray=0.35)
    return f.sheets, _acc_truth(ctx)


# ------------------------------------------------------------------------------------------------ further families

def decision_portal_printout(ctx: DocContext, rng: random.Random) -> Built:
    """The approving body's online record of the organisation, printed from a browser (header and footer lines)."""
    printed = ctx.filing - days(rng.randint(1, 20))
    f = Flow(family="sans", size=10)
    sh = f.sheet
    sh.text(30, 22, f"{printed.strftime('%d/%m/%Y')} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}", 7.5,
            gray=0.3)
    sh.text(297, 22, "Fiche organisme agréé — Engagement et volontariat", 7.5, align="center", gray=0.3)
    sh.add(Box(40, 40, 515, 46, rgb=(0.16, 0.25, 0.5), stroke=None))
    sh.text(54, 69, "Espace organismes · Consultation d'un agrément", 13, bold=True, gray=1.0)
    f.y = 116
    f.para("Accueil  >  Organismes  >  Détail", size=8.5, after=10)
    f.para(ctx.approval_association, size=15, bold=True, after=4)
    f.para(f"Agrément n° {ctx.approval_number}  ·  Statut : actif", size=10, after=14)
    rows = [("Organisme", ctx.approval_association),
            ("Type d'agrément", "Volontariat associatif / engagement de service civique"),
            ("Autorité ayant délivré l'agrément", _authority(ctx)),
            ("Date de la décision", fmt_date(ctx.approval_date, rng.choice(("dmy_slash", "iso")))),
            ("Durée", "5 ans"),
            ("Siège", ctx.association_address if ctx.approval_association == ctx.association else "—")]
    for label, value in rows:
        lines = wrap(value, 300, "sans", 10.5, True)
        h = 10 + 14 * len(lines)
        sh.add(Box(f.margin, f.y, f.width, h, fill=0.96, stroke=0.8, line=0.4))
        sh.text(f.margin + 6, f.y + 16, label, 9, gray=0.35)
        for i, line in enumerate(lines):
            sh.text(f.margin + 175, f.y + 16 + 14 * i, line, 10.5, bold=True)
        f.y += h + 3
    f.space(14)
    f.para("Les informations ci-dessus sont issues de la décision d'agrément. Seule la décision notifiée fait foi.",
           size=8.5, after=4)
    sh.text(30, A4[1] - 18, "https://www.service-civique.gouv.fr/organismes/agrement/"
            f"{ctx.approval_number.lower()}", 7.5, gray=0.3)
    sh.text(565, A4[1] - 18, "1/1", 7.5, align="right", gray=0.3)
    return f.sheets, _approval_truth(ctx)


def departure_own_language_first(ctx: DocContext, rng: random.Random) -> Built:
    """Sworn declaration typed in the volunteer's language (es/pt/en), the French text after; place and date on top
    in that language."""
    p = ctx.shown("departure_commitment")
    c = p.country
    lang = {"COL": "es", "BRA": "pt"}.get(c.code, "en")
    f = Flow(family=rng.choice(("serif", "sans")), size=11)
    f.para(f"{ctx.association_city}, {own_long(ctx.commitment_date, lang)}", align="right", after=16)
    title = {"es": "DECLARACIÓN JURADA", "pt": "DECLARAÇÃO SOB COMPROMISSO DE HONRA", "en": "SOLEMN DECLARATION"}
    f.para(f"{title[lang]} / DÉCLARATION SUR L'HONNEUR", bold=True, align="center", size=13, after=14)
    dob = fmt_date(p.date_of_birth, "dmy_slash")
    own = {
        "es": f"Yo, {p.given_names} {p.surname.upper()}, nacido/a el {dob} en {p.place_of_birth}, con pasaporte "
              f"n.º {p.passport_number}, declaro bajo juramento que regresaré a {c.name_en} al término de mi contrato "
              f"de voluntariado con la asociación {ctx.association}.",
        "pt": f"Eu, {p.given_names} {p.surname.upper()}, nascido/a em {dob} em {p.place_of_birth}, passaporte "
              f"nº {p.passport_number}, declaro sob compromisso de honra que voltarei ao Brasil ao término do "
              f"meu contrato de voluntariado com a associação {ctx.association}.",
        "en": f"I, {p.given_names} {p.surname.upper()}, born on {dob} in {p.place_of_birth}, passport no. "
              f"{p.passport_number}, solemnly declare that I shall return to {c.name_en} at the end of my "
              f"volunteering contract with the association {ctx.association}.",
    }[lang]
    f.para(own, after=10)
    f.para(f"Je soussigné(e) {p.given_names} {p.surname.upper()}, {ne(p)} le {dob} à {p.place_of_birth}, déclare "
           f"sur l'honneur que je quitterai la France à la fin de mon contrat de volontariat avec l'association "
           f"{ctx.association}, soit le {fmt_date(ctx.contract_end, 'dmy_slash')}.", size=10, family="serif", after=4)
    f.para("(traduction établie par l'intéressé(e))", size=8.5, after=22)
    f.para({"es": "Firma", "pt": "Assinatura", "en": "Signature"}[lang] + " / Signature :", after=4)
    _sig(f.sheet, f.margin + 30, f.y + 18, rng)
    f.space(46)
    return f.sheets, _dep_truth(ctx, "fr" if lang != "en" else "en")


def acceptance_two_signatories(ctx: DocContext, rng: random.Random) -> Built:
    """Certificate signed by the president and the treasurer side by side, dated in the body's last line."""
    p = ctx.shown("acceptance_certificate")
    c = p.country
    f = Flow(family="serif", size=11.5)
    f.sheet.add(Box(36, 36, 523, 770, stroke=0.55, line=1.2))
    f.para("— Vie associative —", size=9, align="center", after=2)
    f.para(ctx.association.upper(), size=13, bold=True, align="center", after=0)
    f.para(f"Siège social : {ctx.association_address}", size=9, align="center", after=26)
    f.para("CERTIFICAT D'ADMISSION EN VOLONTARIAT", size=15, bold=True, align="center", after=18)
    f.para(f"Le bureau de l'association certifie avoir admis {p.surname.upper()} {p.given_names}, de nationalité "
           f"{c.nationality_fr}, {ne(p)} le {fmt_date(p.date_of_birth, rng.choice(('fr_long', 'dmy_slash')))}, "
           f"comme volontaire au sein de {ctx.association}.")
    f.para(f"La mission débutera le {fmt_date(ctx.contract_start, 'fr_long')} et prendra fin le "
           f"{fmt_date(ctx.contract_end, 'fr_long')}. Elle se déroulera à {ctx.association_city}.")
    f.para("L'association assure au volontaire un accompagnement, une formation et une couverture sociale.",
           after=10)
    issued = ctx.acceptance_date
    f.para(f"Certificat délivré à {ctx.association_city} le {_fr_short(issued) if rng.random() < 0.5 else roman_date(issued)}"
           ", pour être joint à la demande de visa.", after=26)
    y = f.y
    treasurer = rng.choice(("Marc Olivier", "Fatima Zahraoui", "Thierry Blanc"))
    for col, (role, name) in enumerate((("Le/la président(e)", ctx.president), ("Le/la trésorier(ère)", treasurer))):
        x = f.margin + col * f.width / 2
        f.sheet.text(x, y, role, 10, gray=0.3)
        f.sheet.text(x, y + 14, name, 11, bold=True)
        _sig(f.sheet, x + 10, y + 44, rng)
    f.y = y + 80
    return f.sheets, _acc_truth(ctx)
