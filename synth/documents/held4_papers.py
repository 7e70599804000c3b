"""Fourth held-out batch (session 13): volunteer contracts and approval decisions.

Written by a hand that has not seen the reader nor the earlier held-out batches; nobody
tunes the reader on these families.
"""

from __future__ import annotations

import random
from dataclasses import replace

from synth.context import ASSOCIATIONS, PREFECTURES, DocContext
from synth.documents.common import Built, civ, ne, person_truth
from synth.documents.dev_common import acronym, footer, table
from synth.documents.held4_parts import cell, dmy, en_day, fr_day, frame_stamp, mark, rule
from synth.documents.registry import caps
from synth.formats import add_months, days
from synth.identity import Identity
from synth.layout import A4, Box, Flow, Text, wrap

_TUTORS = ("Nadia Cherif", "Thomas Garnier", "Élodie Marchand", "Youssef Amrani", "Camille Perret", "Luc Verdier")
_OFFICIALS = ("Anne-Laure Villain", "Jérôme Castagné", "Sandrine Ollier", "Patrick Lemaire", "Fabienne Roux")


def _contract_truth(ctx: DocContext, p: Identity, lang: str) -> dict[str, str]:
    return person_truth(p) | {
        "association": ctx.association, "start_date": ctx.contract_start.isoformat(),
        "end_date": ctx.contract_end.isoformat(), "signature_date": ctx.contract_signed.isoformat(),
        "mission": ctx.mission, "language": lang,
    }


def _months(ctx: DocContext) -> int:
    return round(((ctx.contract_end - ctx.contract_start).days + 1) / 30.44)


def _e(p: Identity) -> str:
    return "e" if p.sex == "F" else ""


def contract_convention_articles(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("volunteer_contract")
    c = p.country
    tutor = rng.choice(_TUTORS)
    allowance = rng.choice(("627,26", "580,62", "619,52", "650,00"))
    f = Flow(family="serif", size=10.5, margin=60)
    f.sheet.text(60, 56, ctx.association, 11, bold=True)
    f.sheet.text(60, 70, ctx.association_address, 9, gray=0.3)
    f.sheet.text(535, 56, f"Convention n° {ctx.contract_signed.year}-V{rng.randint(1, 60):02d}", 9, align="right")
    f.y = 100
    f.title("CONVENTION D'ENGAGEMENT DE VOLONTARIAT ASSOCIATIF", size=13)
    f.para("Vu la loi n° 2006-586 du 23 mai 2006 relative au volontariat associatif et à l'engagement éducatif ;",
           size=9.5, after=2)
    f.para(f"Vu l'agrément n° {ctx.approval_number} dont bénéficie l'association ;", size=9.5, after=10)
    f.para("ENTRE", bold=True, after=2)
    f.para(f"l'association {ctx.association}, dont le siège est {ctx.association_address}, représentée par "
           f"{ctx.president}, agissant en qualité de président(e), ci-après « l'Association »,")
    f.para("ET", bold=True, after=2)
    f.para(f"{civ(p, 'fr')} {p.given_names} {caps(p.surname)}, {ne(p)} le {fr_day(p.date_of_birth)} à "
           f"{p.place_of_birth} ({c.name_fr}), de nationalité {c.nationality_fr}, titulaire du passeport n° "
           f"{p.passport_number}, ci-après « le/la Volontaire »,", after=10)
    f.para("il est convenu ce qui suit.", after=10)
    social = (" Cette mission d'intérêt général revêt un caractère social et humanitaire : elle vise à prévenir "
              "l'exclusion et à renforcer la cohésion sociale." if ctx.mission_social else "")
    articles = [
        ("Article 1 - Objet", "La présente convention organise l'engagement du/de la Volontaire au sein de "
                              "l'Association, hors de tout lien de subordination juridique."),
        ("Article 2 - Mission", f"Le/la Volontaire aura pour mission de {ctx.mission}.{social}"),
        ("Article 3 - Date d'effet et durée",
         f"La convention prend effet le {fr_day(ctx.contract_start)} et s'achève le {fr_day(ctx.contract_end)}, "
         f"soit une durée de {_months(ctx)} mois."),
        ("Article 4 - Lieu", f"La mission s'exerce à {ctx.association_city} et dans les lieux d'intervention de "
                             "l'Association."),
        ("Article 5 - Tutorat", f"{tutor} est désigné(e) pour accompagner le/la Volontaire pendant sa mission et "
                                "réaliser avec lui/elle un bilan à mi-parcours."),
        ("Article 6 - Indemnité", f"Le/la Volontaire perçoit une indemnité mensuelle de {allowance} euros, qui n'est "
                                  "pas un salaire. L'Association prend en charge ses frais de transport."),
        ("Article 7 - Protection sociale", "L'Association affilie le/la Volontaire aux assurances sociales du régime "
                                           "général et couvre sa responsabilité civile."),
        ("Article 8 - Congés", "Le/la Volontaire bénéficie de deux jours de congé par mois de mission."),
        ("Article 9 - Séjour en France", "Le/la Volontaire, de nationalité étrangère, déclare avoir obtenu un visa de "
                                         "long séjour et s'engage à quitter la France au terme de la convention."),
        ("Article 10 - Résiliation", "La convention peut être rompue par l'une ou l'autre des parties moyennant un "
                                     "préavis d'un mois, sauf faute grave ou force majeure."),
    ]
    for head, body in articles:
        f.need(70)
        f.para(head, bold=True, after=1)
        f.para(body, after=8)
    f.need(170)
    f.space(8)
    f.para(f"Fait en trois exemplaires, à {ctx.association_city}, le {fr_day(ctx.contract_signed)}.", after=14)
    y = f.y
    for i, (who, name) in enumerate((("Le/la Volontaire", f"{p.given_names} {caps(p.surname)}"),
                                     ("Pour l'Association", f"{ctx.president}, président(e)"),
                                     ("Le tuteur / la tutrice", tutor))):
        x = 60 + i * 165
        f.sheet.text(x, y + 4, who, 9.5, bold=True)
        f.sheet.text(x, y + 18, name, 8.5, gray=0.3)
        f.sheet.text(x, y + 32, "« Lu et approuvé »", 8.5, family="hand", gray=0.25)
        mark(f.sheet, x + 6, y + 62, rng, scale=0.8)
    f.y = y + 100
    footer(f, f"Convention de volontariat - {acronym(ctx.association)}", pages="page {i}/{n}")
    return f.sheets, _contract_truth(ctx, p, "fr")


def contract_key_terms_en(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("volunteer_contract")
    c = p.country
    f = Flow(family="sans", size=10, margin=56)
    f.para(ctx.association, bold=True, align="right", size=12, after=0)
    f.para(ctx.association_address, align="right", size=9, after=0)
    f.para("International volunteering programme", align="right", size=9, after=20)
    f.title("VOLUNTEER ENGAGEMENT AGREEMENT", size=14)
    f.para("KEY TERMS", bold=True, after=4)
    rows: list[tuple[str, ...]] = [("Host organisation", f"{ctx.association}, {ctx.association_address}"),
            ("Represented by", f"{ctx.president}, President"),
            ("Volunteer", f"{civ(p, 'en')} {p.given_names} {caps(p.surname)}"),
            ("Date and place of birth", f"{en_day(p.date_of_birth)}, {p.place_of_birth} ({c.name_en})"),
            ("Nationality / passport", f"{c.name_en} / {p.passport_number}"),
            ("Role", f"Volunteer - « {ctx.mission} »"),
            ("Start date", ctx.contract_start.isoformat()), ("End date", ctx.contract_end.isoformat()),
            ("Weekly commitment", f"{rng.choice((24, 28, 30, 35))} hours"),
            ("Monthly allowance", f"EUR {rng.choice(('620', '580', '650'))} (not a salary)")]
    table(f, rows, (1.3, 3.0), size=9.5)
    clauses = [
        ("1. Purpose", ["1.1 This Agreement sets out the terms on which the Volunteer serves with the Host "
                        "organisation. It is not a contract of employment.",
                        "1.2 The Role is described in the Key Terms in the words of the French job offer."
                        + (" It is a mission of general interest with a social and humanitarian purpose."
                           if ctx.mission_social else "")]),
        ("2. Term", ["2.1 The placement begins on the Start Date and ends on the End Date set out in the Key "
                     "Terms, unless terminated earlier under clause 6.",
                     "2.2 Either party may end the placement with one month's written notice."]),
        ("3. Support", [f"3.1 A named mentor ({rng.choice(_TUTORS)}) supervises the Volunteer.",
                        "3.2 The Host organisation provides civic training and first-aid training."]),
        ("4. Immigration", ["4.1 The Volunteer holds a French long-stay visa for the purpose of this placement.",
                            "4.2 The Volunteer undertakes to leave France when the placement ends."]),
        ("5. Insurance", ["5.1 The Host organisation registers the Volunteer with French social security and "
                          "insures the Volunteer's civil liability."]),
        ("6. Termination", ["6.1 The Agreement may be terminated for serious misconduct or force majeure."]),
    ]
    for head, paras in clauses:
        f.need(60)
        f.para(head, bold=True, after=2)
        for text in paras:
            f.para(text, indent=14, after=3)
        f.space(4)
    f.need(150)
    f.space(10)
    y = f.y
    for i, (who, name) in enumerate(((f"Signed for and on behalf of {acronym(ctx.association)}", ctx.president),
                                     ("Signed by the Volunteer", f"{p.given_names} {caps(p.surname)}"))):
        x = 56 + i * 250
        f.sheet.add(Box(x, y, 230, 118, stroke=0.4, line=0.6))
        f.sheet.text(x + 8, y + 16, who, 8.5, bold=True)
        f.sheet.text(x + 8, y + 32, f"Name: {name}", 8.5)
        mark(f.sheet, x + 20, y + 64, rng, scale=0.8)
        f.sheet.text(x + 8, y + 106, f"Date: {en_day(ctx.contract_signed)}", 9)
    f.y = y + 130
    for i, sh in enumerate(f.sheets, 1):
        sh.text(A4[0] / 2, A4[1] - 26, f"Volunteer Engagement Agreement - {i}", 7.5, align="center", gray=0.4)
    return f.sheets, _contract_truth(ctx, p, "en")


def contract_filled_form(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("volunteer_contract")
    c = p.country
    f = Flow(family="sans", size=9.5, margin=44)
    sh = f.sheet
    sh.add(Box(44, 40, 507, 52, fill=0.88, stroke=0.3))
    sh.text(297, 62, "CONTRAT D'ENGAGEMENT DE VOLONTAIRE", 14, bold=True, align="center")
    sh.text(297, 80, "Modèle type - à remplir en lettres capitales - un exemplaire par partie", 8, align="center",
            gray=0.3)
    W = 507

    def section(y: float, title: str) -> float:
        f.sheet.add(Box(44, y, W, 16, fill=0.2, stroke=None))
        f.sheet.text(50, y + 12, title, 8.5, bold=True, gray=1.0)
        return y + 16

    def hand_cell(y: float, x: float, w: float, caption: str, value: str, h: float = 34) -> None:
        cell(f.sheet, x, y, w, h, caption, value, family="hand", bold=False, vsize=12)

    y = section(104, "1. L'ORGANISME D'ACCUEIL")
    hand_cell(y, 44, W, "Dénomination", ctx.association)
    hand_cell(y + 34, 44, W, "Adresse du siège", ctx.association_address)
    hand_cell(y + 68, 44, 253, "N° d'agrément", ctx.approval_number)
    hand_cell(y + 68, 297, 254, "Représenté par (nom, qualité)", f"{ctx.president}, Président(e)")
    y = section(y + 112, "2. LE / LA VOLONTAIRE")
    hand_cell(y, 44, 253, "Nom", caps(p.surname))
    hand_cell(y, 297, 254, "Prénom(s)", p.given_names)
    hand_cell(y + 34, 44, 169, "Date de naissance", dmy(p.date_of_birth))
    hand_cell(y + 34, 213, 169, "Lieu de naissance", p.place_of_birth)
    hand_cell(y + 34, 382, 169, "Nationalité", c.nationality_fr)
    hand_cell(y + 68, 44, W, "N° de passeport", p.passport_number)
    y = section(y + 112, "3. LA MISSION")
    lines = wrap(ctx.mission, W - 16, "hand", 12)
    h = 20 + 17 * len(lines)
    f.sheet.add(Box(44, y, W, h, stroke=0.35, line=0.6))
    f.sheet.text(48, y + 10, "Description des activités confiées", 7.5, gray=0.35)
    for i, line in enumerate(lines):
        f.sheet.text(50, y + 28 + 17 * i, line, 12, family="hand")
    y += h + 8
    f.sheet.text(48, y + 10, "Nature de la mission :", 8.5)
    for k, label in enumerate(("sociale / humanitaire", "éducative", "autre")):
        bx = 170 + k * 130
        f.sheet.add(Box(bx, y + 1, 10, 10, stroke=0.2, line=0.7))
        f.sheet.text(bx + 15, y + 10, label, 8.5)
        if (k == 0) == ctx.mission_social and (k != 1):
            f.sheet.text(bx + 1, y + 10, "X", 11, family="hand")
    y = section(y + 26, "4. DURÉE DE L'ENGAGEMENT")
    hand_cell(y, 44, 169, "Date de début", dmy(ctx.contract_start))
    hand_cell(y, 213, 169, "Date de fin", dmy(ctx.contract_end))
    hand_cell(y, 382, 169, "Durée hebdomadaire", f"{rng.choice((24, 26, 30, 35))} h")
    f.sheet.text(297, 818, "1/2", 8, align="center", gray=0.4)
    f.new_page()
    f.sheet.text(44, 50, "Contrat d'engagement de volontaire (suite)", 8.5, gray=0.4)
    f.y = 66
    y = section(66, "5. CONDITIONS")
    f.y = y + 6
    for text in ("L'organisme verse au volontaire une indemnité mensuelle qui n'a pas le caractère d'un salaire et "
                 "prend en charge sa protection sociale.",
                 "Le volontaire suit la formation civique prévue et respecte les règles de vie de l'organisme.",
                 "Le volontaire étranger titulaire d'un visa de long séjour s'engage à quitter la France à la fin "
                 "de son engagement.",
                 "Le contrat peut être rompu avant son terme moyennant un préavis d'un mois."):
        f.para(f"-  {text}", after=4)
    y = section(f.y + 10, "6. SIGNATURES")
    f.sheet.text(50, y + 22, "Fait à", 9)
    f.sheet.text(90, y + 22, ctx.association_city, 12, family="hand")
    f.sheet.text(250, y + 22, "le", 9)
    f.sheet.text(268, y + 22, dmy(ctx.contract_signed), 12, family="hand")
    for k, who in enumerate(("Le / la volontaire", "Pour l'organisme d'accueil")):
        x = 44 + k * 254
        f.sheet.add(Box(x, y + 34, 253, 110, stroke=0.35, line=0.6))
        f.sheet.text(x + 6, y + 48, who, 8.5, bold=True)
        f.sheet.text(x + 6, y + 66, "Lu et approuvé", 11, family="hand", gray=0.15)
        mark(f.sheet, x + 40, y + 110, rng, scale=0.9)
    f.sheet.text(297, 818, "2/2", 8, align="center", gray=0.4)
    return f.sheets, _contract_truth(ctx, p, "fr")


# ---------------------------------------------------------------- approval decisions


def _decision_truth(ctx: DocContext) -> dict[str, str]:
    return {"association": ctx.approval_association, "decision_date": ctx.approval_date.isoformat(),
            "authority": ctx.approval_authority.split(",")[0]}


def _seat(ctx: DocContext) -> tuple[str, str]:
    """The approved body's address and city (another association's when the decision is not the volunteer's)."""
    for name, address, city in ASSOCIATIONS:
        if name == ctx.approval_association:
            return address, city
    return ctx.association_address, ctx.association_city


def _seat_of_authority(ctx: DocContext) -> str:
    """Where the approving authority sits: its prefecture's city, or Paris for the national agency."""
    for city, prefect in PREFECTURES.items():
        if prefect == ctx.approval_authority:
            return city
    return "Paris"


def _region(ctx: DocContext) -> str:
    return ctx.approval_authority.split(",")[0].replace("Préfet de la région ", "")


def decision_arrete_services(ctx: DocContext, rng: random.Random) -> Built:
    prefect = ctx.approval_authority.startswith("Préfet")
    address, _ = _seat(ctx)
    d = ctx.approval_date
    signer = rng.choice(_OFFICIALS)
    f = Flow(family="serif", size=10.5, margin=62)
    sh = f.sheet
    if prefect:
        head = [f"PRÉFET DE LA RÉGION {caps(_region(ctx))}", "Liberté", "Égalité", "Fraternité", "",
                "Délégation régionale académique", "à la jeunesse, à l'engagement", "et aux sports"]
    else:
        head = ["AGENCE DU SERVICE CIVIQUE", "95, avenue de France", "75013 Paris", "", "Direction des",
                "agréments et des contrôles"]
    for i, line in enumerate(head):
        sh.text(62, 54 + 12 * i, line, 9.5 if i == 0 else 8.5, bold=i == 0, gray=0.1 if i == 0 else 0.35)
    kind = "Arrêté" if prefect else "Décision"
    sh.text(533, 54, f"{kind} n° {ctx.approval_number}", 9.5, bold=True, align="right")
    f.y = 170
    f.title(f"{kind.upper()} portant agrément d'une association au titre de l'engagement de service civique et du "
            "volontariat associatif", size=12)
    f.para((f"Le {ctx.approval_authority}," if prefect else
            "Le directeur général de l'Agence du Service Civique, agissant par délégation du Ministre chargé de la "
            "jeunesse,"), bold=True, after=8)
    vus = ["Vu le code du service national, et notamment son titre Ier bis ;",
           "Vu la loi n° 2010-241 du 10 mars 2010 relative au service civique ;",
           "Vu le décret n° 2010-485 du 12 mai 2010 relatif au service civique ;",
           f"Vu la demande présentée le {fr_day(d - days(rng.randint(40, 120)))} par l'association ;",
           "Considérant que les missions proposées relèvent de l'intérêt général et présentent un caractère "
           "social ;"]
    if prefect:
        vus.insert(3, f"Vu l'arrêté préfectoral du {fr_day(d - days(rng.randint(150, 700)))} portant délégation de "
                      f"signature à M./Mme {signer} ;")
    for v in vus:
        f.para(v, after=3)
    f.para("ARRÊTE" if prefect else "DÉCIDE", bold=True, align="center", after=8)
    years = rng.choice((3, 5))
    f.para(f"Article 1er - L'association {ctx.approval_association}, dont le siège social est situé {address}, "
           f"est agréée pour une durée de {years} ans à compter de la date du présent acte, pour accueillir des "
           "volontaires en service civique et en volontariat associatif.")
    f.para(f"Article 2 - L'agrément est enregistré sous le numéro {ctx.approval_number}.")
    f.para("Article 3 - Toute modification des statuts ou des missions doit être déclarée sans délai. "
           "L'agrément peut être retiré en cas de manquement.")
    f.para("Article 4 - " + ("Le délégué régional académique est chargé de l'exécution du présent arrêté, qui sera "
                             "publié au recueil des actes administratifs de la préfecture." if prefect else
                             "La présente décision sera notifiée à l'association et publiée sur le site de "
                             "l'Agence."), after=14)
    f.para(f"Fait à {_seat_of_authority(ctx)}, le {fr_day(d)}", align="right", after=4)
    f.para("Pour le préfet et par délégation," if prefect else "Pour le directeur général et par délégation,",
           align="right", after=2)
    mark(f.sheet, 380, f.y + 26, rng)
    f.space(48)
    f.para(signer, align="right", after=16)
    f.para("Voies et délais de recours : la présente décision peut faire l'objet d'un recours devant le tribunal "
           "administratif dans un délai de deux mois à compter de sa notification.", size=8)
    return f.sheets, _decision_truth(ctx)


def decision_notification_courrier(ctx: DocContext, rng: random.Random) -> Built:
    prefect = ctx.approval_authority.startswith("Préfet")
    address, _ = _seat(ctx)
    d = ctx.approval_date
    sent = d + days(rng.randint(4, 25))
    agent = rng.choice(_OFFICIALS)
    f = Flow(family="sans", size=10.5, margin=64)
    sh = f.sheet
    if prefect:
        top = [f"PRÉFECTURE DE LA RÉGION {caps(_region(ctx))}", "Service départemental à la jeunesse,",
               "à l'engagement et aux sports"]
    else:
        top = ["AGENCE DU SERVICE CIVIQUE", "Pôle agréments"]
    for i, line in enumerate(top):
        sh.text(64, 56 + 13 * i, line, 10 if i == 0 else 9, bold=i == 0)
    sh.text(64, 110, f"Affaire suivie par : {agent}", 8.5, gray=0.35)
    sh.text(64, 122, f"Réf. : AGR/{d.year}/{rng.randint(100, 999)}", 8.5, gray=0.35)
    for i, line in enumerate(("Madame, Monsieur le Président", ctx.approval_association, address)):
        sh.text(320, 150 + 14 * i, line, 10)
    sh.text(531, 214, f"{_seat_of_authority(ctx)}, le {dmy(sent, '.')}", 10, align="right")
    f.y = 244
    f.para("Objet : notification d'agrément - volontariat", bold=True, after=14)
    f.para("Madame, Monsieur le Président,")
    f.para(f"J'ai l'honneur de vous faire connaître que, par {'arrêté' if prefect else 'décision'} en date du "
           f"{fr_day(d)}, le {ctx.approval_authority} a accordé à l'association {ctx.approval_association} "
           f"l'agrément lui permettant d'accueillir des volontaires, sous le numéro {ctx.approval_number}.")
    end = add_months(d, 60) - days(1)
    f.para(f"Cet agrément est valable cinq ans, soit jusqu'au {dmy(end, '.')}. Vous voudrez bien adresser chaque "
           "année le bilan de l'accueil des volontaires au service.")
    f.para("Vous trouverez ci-joint une ampliation de l'acte.")
    f.para("Je vous prie d'agréer, Madame, Monsieur le Président, l'expression de ma considération distinguée.",
           after=16)
    f.para("Pour le préfet et par délégation," if prefect else "Pour le directeur général,", align="right", after=2)
    mark(f.sheet, 400, f.y + 24, rng)
    f.space(46)
    f.para(agent, align="right", after=0)
    f.para("Cheffe du pôle agréments" if rng.random() < 0.5 else "Chef du bureau de l'engagement", align="right",
           size=9)
    footer(f, "Accueil du public sur rendez-vous - du lundi au vendredi, 9h-12h", pages="Page {i}/{n}")
    return f.sheets, _decision_truth(ctx)


def decision_certified_photocopy(ctx: DocContext, rng: random.Random) -> Built:
    prefect = ctx.approval_authority.startswith("Préfet")
    address, _ = _seat(ctx)
    d = ctx.approval_date
    f = Flow(family="serif", size=10, margin=70)
    f.sheet.background = (0.9, 0.9, 0.89)
    g = 0.18

    def para(text: str, **kw: object) -> None:
        start = len(f.sheet.items)
        f.para(text, **kw)  # type: ignore[arg-type]
        items = f.sheet.items
        items[start:] = [replace(it, gray=g) if isinstance(it, Text) else it for it in items[start:]]

    para("RÉPUBLIQUE FRANÇAISE", bold=True, align="center", after=0)
    para(ctx.approval_authority if prefect else "Agence du Service Civique", align="center", size=9, after=16)
    para(f"ARRÊTÉ N° {ctx.approval_number} DU {fr_day(d).upper()}" if prefect else
         f"DÉCISION N° {ctx.approval_number} DU {fr_day(d).upper()}", bold=True, align="center", after=2)
    para(f"relatif à l'agrément de l'association « {ctx.approval_association} »", align="center", after=12)
    para("Vu la loi n° 2010-241 du 10 mars 2010 relative au service civique ;", size=9, after=1)
    para("Vu le dossier de demande d'agrément et l'avis favorable du service instructeur ;", size=9, after=8)
    para("ARRÊTE :" if prefect else "DÉCIDE :", bold=True, align="center", after=6)
    para(f"Article 1er : L'association « {ctx.approval_association} », {address}, est agréée au titre de "
         f"l'engagement de service civique et du volontariat associatif, sous le n° {ctx.approval_number}.")
    para("Article 2 : Le présent agrément est accordé pour cinq ans.", after=10)
    para(f"Fait le {dmy(d)}", align="right", after=2)
    para("Pour le préfet," if prefect else "Le directeur général,", align="right", after=2)
    mark(f.sheet, 400, f.y + 20, rng, rgb=(0.2, 0.2, 0.2))
    f.space(40)
    rule(f.sheet, 70, f.y, 455, gray=0.3)
    f.space(30)
    own = ctx.approval_association == ctx.association
    certified = ctx.filing - days(rng.randint(5, 30))
    f.sheet.text(80, f.y, "Copie certifiée conforme à l'original", 15, family="hand", gray=0.1)
    f.sheet.text(80, f.y + 24, f"le {dmy(certified)}", 13, family="hand", gray=0.1)
    f.sheet.text(80, f.y + 46, f"{ctx.president if own else 'Le Président'}", 12, family="hand", gray=0.1)
    frame_stamp(f.sheet, 330, f.y - 12, [caps(acronym(ctx.approval_association)), "- Le Bureau -",
                                         caps(_seat(ctx)[1])], w=140, gray=0.35)
    mark(f.sheet, 360, f.y + 30, rng)
    return f.sheets, _decision_truth(ctx)
