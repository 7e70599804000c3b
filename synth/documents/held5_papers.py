"""Fifth held-out batch: volunteer contracts and approval decisions.

Written without looking at how the reader works; the values come from the context
and the truth keys are family 1's.
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, civ, ne, person_truth
from synth.documents.dev_common import acronym
from synth.documents.held5_common import (
    en_ordinal,
    fr_plain,
    frame,
    seal,
    short_year,
    sign_at,
    the_body,
)
from synth.documents.registry import caps
from synth.formats import add_months, days, fmt_date
from synth.identity import Identity
from synth.layout import A4, Box, Flow, text_width, wrap


def _contract_truth(ctx: DocContext, p: Identity, lang: str) -> dict[str, str]:
    return person_truth(p) | {
        "association": ctx.association, "start_date": ctx.contract_start.isoformat(),
        "end_date": ctx.contract_end.isoformat(), "signature_date": ctx.contract_signed.isoformat(),
        "mission": ctx.mission, "language": lang,
    }


def _months(ctx: DocContext) -> int:
    n = 0
    while add_months(ctx.contract_start, n + 1) - days(1) <= ctx.contract_end:
        n += 1
    return n


def _running_head(f: Flow, text: str) -> None:
    """A reference and the page number at the top of every page but the first."""
    n = len(f.sheets)
    for i, sh in enumerate(f.sheets[1:], 2):
        sh.text(f.margin, 34, text, 8, gray=0.4)
        sh.text(A4[0] - f.margin, 34, f"{i}/{n}", 8, align="right", gray=0.4)


def contract_cover_then_clauses(ctx: DocContext, rng: random.Random) -> Built:
    """A cover page with the title, the two parties in boxes and the period in words; the clauses from page 2
    under a running reference (no title there), the commitment to leave in the last clause; dates with dots."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    f = Flow(family="sans", size=10.5, margin=58)
    sh = f.sheet
    sh.add(Box(58, 50, 64, 64, rgb=(0.2, 0.4, 0.6), stroke=None))
    sh.text(90, 90, acronym(ctx.association)[:4], 16, bold=True, align="center", gray=1.0)
    sh.text(136, 72, ctx.association, 13, bold=True)
    sh.text(136, 90, ctx.association_address, 9.5, gray=0.25)
    ref = f"{acronym(ctx.association)}/VOL/{ctx.contract_signed.year}-{rng.randint(1, 60):03d}"
    f.y = 200
    f.para("CONVENTION D'ENGAGEMENT", size=22, bold=True, align="center", after=2)
    f.para("DE VOLONTARIAT ASSOCIATIF", size=18, bold=True, align="center", after=30)
    box_y = f.y
    for i, (head, lines) in enumerate((
        ("L'ORGANISME D'ACCUEIL", [ctx.association, ctx.association_address,
                                   f"représenté par {ctx.president}", "agissant en qualité de président(e)"]),
        ("LE / LA VOLONTAIRE", [f"{civ(p, 'fr')} {caps(p.surname)} {p.given_names}",
                                f"{ne(p)} le {p.date_of_birth.strftime('%d.%m.%Y')} à {p.place_of_birth}",
                                f"de nationalité {c.nationality_fr}"]),
    )):
        x = 58 + i * 245
        sh.add(Box(x, box_y, 234, 130, stroke=0.3, line=0.8))
        sh.add(Box(x, box_y, 234, 22, fill=0.85, stroke=0.3, line=0.8))
        sh.text(x + 8, box_y + 15, head, 9.5, bold=True)
        yy = box_y + 40
        for line in lines:
            for part in wrap(line, 218, "sans", 9.5):
                sh.text(x + 8, yy, part, 9.5)
                yy += 13
    f.y = box_y + 160
    f.para(f"Période d'engagement : du {fmt_date(ctx.contract_start, 'fr_long')} au "
           f"{fmt_date(ctx.contract_end, 'fr_long')}", bold=True, align="center", after=6)
    f.para(f"Référence : {ref}", align="center", size=9, after=6)
    f.new_page()
    f.y = 70
    clauses = [
        ("§ 1 - Mission confiée",
         (f"Le/la volontaire est accueilli(e) pour une mission d'intérêt général à caractère social et humanitaire : "
          f"{ctx.mission}. La mission s'adresse à des personnes fragiles ou isolées et contribue à la cohésion "
          "sociale.") if ctx.mission_social else
         f"Le/la volontaire est accueilli(e) pour la mission suivante : {ctx.mission}."),
        ("§ 2 - Durée", f"La convention est conclue pour {_months(ctx)} mois. Elle prend effet le "
                        f"{ctx.contract_start.strftime('%d.%m.%Y')} et s'achève le "
                        f"{ctx.contract_end.strftime('%d.%m.%Y')}, sans reconduction tacite."),
        ("§ 3 - Lieu et horaires", f"La mission est exercée à {ctx.association_city}, à raison de "
                                   f"{rng.choice(('vingt-quatre', 'vingt-huit', 'trente'))} heures par semaine."),
        ("§ 4 - Indemnité", "Une indemnité mensuelle est versée au/à la volontaire ; elle n'est pas un salaire. "
                            "Les repas pris pendant la mission sont à la charge de l'organisme."),
        ("§ 5 - Accompagnement", "Un référent de l'organisme suit le/la volontaire et organise avec lui/elle un "
                                 "bilan à mi-parcours et en fin de mission."),
        ("§ 6 - Assurances", "L'organisme assure le/la volontaire au titre de sa responsabilité civile et "
                             "l'affilie à l'assurance maladie pour la durée de la convention."),
        ("§ 7 - Rupture", "La convention peut être rompue par l'une ou l'autre des parties avec un préavis d'un "
                          "mois, ou sans préavis en cas de faute grave."),
        ("§ 8 - Séjour", "Le/la volontaire, titulaire d'un visa de long séjour, quittera le territoire français à "
                         "l'échéance de la convention."),
    ]
    for head, body in clauses:
        f.need(70)
        f.para(head, bold=True, after=2)
        f.para(body, after=10, indent=14)
    f.space(10)
    f.para(f"Établie en deux exemplaires à {ctx.association_city}, le {ctx.contract_signed.strftime('%d.%m.%Y')}.",
           after=12)
    f.need(110)
    y = f.y
    for i, who in enumerate((f"Pour l'organisme : {ctx.president}", "Le/la volontaire, « lu et approuvé »")):
        x = 58 + i * 245
        f.sheet.add(Box(x, y, 234, 90, stroke=0.4, line=0.6))
        f.sheet.text(x + 8, y + 16, who, 9)
        sign_at(f.sheet, x + 40, y + 58, rng)
    f.y = y + 100
    _running_head(f, ref)
    return f.sheets, _contract_truth(ctx, p, "fr")


def contract_agreement_schedule_en(ctx: DocContext, rng: random.Random) -> Built:
    """An English agreement: numbered clauses that refer to a Schedule for the particulars, the Schedule as a
    table, then a signature table with dates in figures; the start and end dates as '1st September 2026'."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    f = Flow(family="serif", size=10.5, margin=64)
    f.para(ctx.association.upper(), bold=True, size=11, after=1)
    f.para(ctx.association_address, size=9, after=24)
    f.para("VOLUNTEERING AGREEMENT", size=17, bold=True, after=2)
    f.para("(convention de volontariat - English version signed by both parties)", size=9, after=16)
    f.para(f"This Agreement is made between {ctx.association} (the \"Host\") and the person named in the Schedule "
           "(the \"Volunteer\").", after=10)
    clauses = [
        ("1. Placement",
         "1.1 The Host offers the Volunteer the placement described in the Schedule. "
         + ("1.2 The placement pursues a social and humanitarian aim of general interest: it supports people in "
            "hardship living in France." if ctx.mission_social else
            "1.2 The Volunteer performs the tasks described in the Schedule.")),
        ("2. Term", "2.1 The placement runs from the Start Date to the End Date stated in the Schedule. 2.2 It may be "
                    "ended early by either party on one month's written notice."),
        ("3. Allowance and expenses", "3.1 The Host pays a monthly allowance, which is not a wage. 3.2 Travel within "
                                      "the placement is reimbursed on receipts."),
        ("4. Supervision", "4.1 A named supervisor supports the Volunteer and holds a review every three months."),
        ("5. Insurance", "5.1 The Host insures the Volunteer's civil liability and registers the Volunteer with the "
                         "French health insurance."),
        ("6. Immigration", "6.1 The Volunteer holds a French long-stay visa and shall leave France when the "
                           "placement ends."),
    ]
    for head, body in clauses:
        f.need(60)
        f.para(head, bold=True, after=2)
        f.para(body, after=8)
    f.need(300)
    f.space(8)
    f.para("SCHEDULE - PARTICULARS", bold=True, after=6)
    rows = [("Volunteer", f"{p.given_names} {caps(p.surname)}"),
            ("Date and place of birth", f"{en_ordinal(p.date_of_birth)}, {p.place_of_birth} ({c.name_en})"),
            ("Nationality", c.name_en), ("Host", ctx.association),
            ("Placement (in French)", ctx.mission), ("Place", ctx.association_city),
            ("Start Date", en_ordinal(ctx.contract_start)), ("End Date", en_ordinal(ctx.contract_end))]
    for label, value in rows:
        lines = wrap(value, f.width - 170, "serif", 10)
        h = 16 * len(lines) + 6
        f.need(h)
        f.sheet.add(Box(f.margin, f.y, 160, h, fill=0.92, stroke=0.3, line=0.5))
        f.sheet.add(Box(f.margin + 160, f.y, f.width - 160, h, stroke=0.3, line=0.5))
        f.sheet.text(f.margin + 5, f.y + 14, label, 9.5, family="serif", bold=True)
        for j, line in enumerate(lines):
            f.sheet.text(f.margin + 166, f.y + 14 + 16 * j, line, 10, family="serif")
        f.y += h
    f.space(20)
    f.need(120)
    y = f.y
    heads = ("", "Name", "Signature", "Date")
    widths = (90, 150, 130, 97)
    signed = ctx.contract_signed.strftime("%d/%m/%Y")
    for r, row in enumerate((heads, ("For the Host", ctx.president, "", signed),
                             ("Volunteer", f"{p.given_names} {caps(p.surname)}", "", signed))):
        x = f.margin
        for k, (cell, w) in enumerate(zip(row, widths, strict=True)):
            f.sheet.add(Box(x, y, w, 22 if r == 0 else 44, fill=0.88 if r == 0 else None, stroke=0.3, line=0.5))
            f.sheet.text(x + 4, y + 15, cell, 9.5, family="serif", bold=r == 0)
            if r and k == 2:
                sign_at(f.sheet, x + 10, y + 26, rng, scale=0.8)
            x += w
        y += 22 if r == 0 else 44
    f.y = y + 10
    n = len(f.sheets)
    for i, sh in enumerate(f.sheets, 1):
        sh.text(A4[0] / 2, A4[1] - 28, f"Volunteering Agreement - page {i} of {n}", 8, align="center", gray=0.4)
    return f.sheets, _contract_truth(ctx, p, "en")


def contract_federation_form(ctx: DocContext, rng: random.Random) -> Built:
    """A federation's printed form filled in by hand for a member association (its approval number quoted),
    blanks on dotted lines, the dates handwritten ('3/03/26'), the conditions in small print."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    f = Flow(family="sans", size=10, margin=52)
    fed = rng.choice(("Union départementale des associations", "Fédération régionale de la vie associative",
                      "Comité départemental des associations agréées"))
    f.para(fed.upper(), bold=True, size=10.5, after=1)
    f.para(f"Antenne de {ctx.association_city} - formulaire n° F-{rng.randint(10, 99)}", size=8.5, after=20)
    f.para("CONTRAT D'ENGAGEMENT DE VOLONTARIAT", size=15, bold=True, align="center", after=2)
    f.para("(à remplir en lettres capitales - un exemplaire pour chaque partie)", size=8.5, align="center",
           after=16)
    x_val = 52 + 170

    def blank(label: str, value: str, size: float = 12) -> None:
        lines = wrap(value, f.width - 175, "hand", size) or [""]
        for j, line in enumerate(lines):
            f.need(24)
            f.y += 22
            if j == 0:
                f.sheet.text(f.margin, f.y, label, 9.5, gray=0.2)
            f.sheet.text(x_val, f.y + 3, "." * int((A4[0] - f.margin - x_val) / text_width(".", "sans", 8)), 8,
                         gray=0.55)
            f.sheet.text(x_val + 4 + rng.uniform(-2, 4), f.y + rng.uniform(-1.5, 1), line, size, family="hand")
        f.y += 2

    f.para("1. ORGANISME D'ACCUEIL", bold=True, after=0)
    blank("Dénomination", ctx.association)
    blank("Adresse du siège", ctx.association_address)
    blank("Agrément n°", ctx.approval_number)
    blank("Représenté par", f"{ctx.president}, président(e)")
    f.space(10)
    f.para("2. VOLONTAIRE", bold=True, after=0)
    blank("Nom", caps(p.surname))
    blank("Prénom(s)", p.given_names)
    blank("Date et lieu de naissance", f"{short_year(p.date_of_birth)} à {p.place_of_birth}")
    blank("Nationalité", c.nationality_fr)
    f.space(10)
    f.para("3. MISSION", bold=True, after=0)
    blank("Nature de la mission", ctx.mission)
    if ctx.mission_social:
        blank("Caractère", "social et humanitaire (intérêt général)")
    blank("Date de début", short_year(ctx.contract_start))
    blank("Date de fin", short_year(ctx.contract_end))
    f.space(10)
    f.para("Conditions générales : la mission n'est pas un emploi salarié ; le volontaire perçoit une indemnité "
           "mensuelle ; l'organisme l'assure en responsabilité civile ; le volontaire étranger s'engage à quitter "
           "la France au terme du contrat ; le contrat peut être rompu avec un préavis d'un mois.", size=8, after=10)
    f.need(120)
    f.y += 20
    f.sheet.text(f.margin, f.y, "Fait à", 10)
    f.sheet.text(f.margin + 40, f.y + 2, ctx.association_city, 12, family="hand")
    f.sheet.text(f.margin + 200, f.y, "le", 10)
    f.sheet.text(f.margin + 220, f.y + 2, short_year(ctx.contract_signed), 12, family="hand")
    f.y += 24
    for i, who in enumerate(("Pour l'organisme d'accueil", "Le / la volontaire")):
        x = f.margin + i * 250
        f.sheet.text(x, f.y, who, 9.5, gray=0.2)
        sign_at(f.sheet, x + 30, f.y + 36, rng)
    seal(f.sheet, f.margin + 170, f.y + 40, 34, acronym(ctx.association), [ctx.association_city[:10]])
    f.y += 70
    return f.sheets, _contract_truth(ctx, p, "fr")


# ---------------------------------------------------------------- approval decisions


def _approval_truth(ctx: DocContext) -> dict[str, str]:
    return {"association": ctx.approval_association, "decision_date": ctx.approval_date.isoformat(),
            "authority": ctx.approval_authority.split(",")[0]}


def _is_prefect(ctx: DocContext) -> bool:
    return ctx.approval_authority.startswith("Préfet")


def _seat(ctx: DocContext) -> str:
    return ctx.association_address if ctx.approval_association == ctx.association else "Paris"


def decision_published_collection(ctx: DocContext, rng: random.Random) -> Built:
    """Two pages of an official collection of acts: a contents page listing the act among others, then the act
    itself under the collection's running head; dates written out."""
    prefect = _is_prefect(ctx)
    when = fmt_date(ctx.approval_date, "fr_long")
    pub = ctx.approval_date + days(rng.randint(3, 20))
    f = Flow(family="serif", size=10.5, margin=60)
    head = ("RECUEIL DES ACTES ADMINISTRATIFS" if prefect else "BULLETIN OFFICIEL DE L'AGENCE DU SERVICE CIVIQUE")
    num = f"n° {rng.randint(10, 250)}-{pub.year}"
    f.para("PRÉFECTURE DE LA RÉGION" if prefect else "AGENCE DU SERVICE CIVIQUE", bold=True, size=10, after=1)
    f.para(ctx.approval_authority.split(",")[0].split("région ")[-1].upper() if prefect else
           "Établissement public placé sous la tutelle du ministre chargé de la jeunesse", size=9.5, after=30)
    f.para(head, bold=True, size=16, align="center", after=4)
    f.para(f"{num} - publié le {fr_plain(pub)}", align="center", size=10, after=30)
    f.para("SOMMAIRE", bold=True, align="center", after=10)
    first = rng.randint(20, 200)
    entries = [("Arrêté portant délégation de signature au secrétaire général" if prefect else
                "Décision portant délégation de signature au directeur adjoint", first),
               (f"{'Arrêté' if prefect else 'Décision'} n° {ctx.approval_number} du {when} portant agrément de "
                f"{the_body(ctx.approval_association)} au titre de l'engagement de service civique", first + 2),
               ("Arrêté fixant la composition de la commission départementale de la jeunesse" if prefect else
                "Décision relative aux modalités de contrôle des organismes agréés", first + 4)]
    for text, page in entries:
        lines = wrap(text, f.width - 40, "serif", 10)
        for line in lines:
            f.y += 14
            f.sheet.text(f.margin, f.y, line, 10, family="serif")
        f.sheet.text(A4[0] - f.margin, f.y, f"p. {page}", 10, family="serif", align="right")
        f.y += 8
    f.new_page()
    f.y = 80
    kind = "ARRÊTÉ" if prefect else "DÉCISION"
    f.para(f"{kind} n° {ctx.approval_number} du {when}", bold=True, align="center", size=12, after=2)
    f.para(f"portant agrément de {the_body(ctx.approval_association)} au titre de l'engagement de service "
           "civique et du volontariat associatif", align="center", after=14)
    if prefect:
        f.para(f"Le {ctx.approval_authority},", bold=True)
    else:
        f.para("Le directeur général de l'Agence du Service Civique, par délégation du ministre chargé de la "
               "jeunesse,", bold=True)
    for vu in ("Vu le code du service national, et notamment son titre Ier bis ;",
               f"Vu le dossier de demande déposé par {the_body(ctx.approval_association)} ;",
               "Sur proposition du service instructeur ;"):
        f.para(vu, after=3, indent=14)
    f.para("ARRÊTE :" if prefect else "DÉCIDE :", bold=True, align="center", after=8)
    f.para(f"Article 1 : {ctx.approval_association}, dont le siège est à {_seat(ctx)}, est agréée "
           f"pour une durée de cinq ans à compter du {when} pour accueillir des volontaires.")
    f.para(f"Article 2 : Cet agrément est enregistré sous le numéro {ctx.approval_number}.")
    f.para("Article 3 : Le présent acte sera publié au " + ("recueil des actes administratifs." if prefect
                                                           else "bulletin officiel de l'Agence."))
    f.space(8)
    f.para(f"Fait à {ctx.association_city if prefect else 'Paris'}, le {when}", after=2)
    f.para("Pour le préfet et par délégation," if prefect else "Le directeur général,", after=40)
    sign_at(f.sheet, f.margin + 30, f.y - 20, rng)
    for i, sh in enumerate(f.sheets):
        sh.text(f.margin, A4[1] - 30, f"{head.title()} {num}", 8, gray=0.4)
        sh.text(A4[0] - f.margin, A4[1] - 30, str(first + 2 * i), 8, align="right", gray=0.4)
    return f.sheets, _approval_truth(ctx)


def decision_notification_letter(ctx: DocContext, rng: random.Random) -> Built:
    """The authority's covering letter to the association's president notifying the approval, the decision
    quoted by number and date ('12/03/2024'), the service's block top left and the date top right."""
    prefect = _is_prefect(ctx)
    d = ctx.approval_date.strftime("%d/%m/%Y")
    f = Flow(family="sans", size=10.5, margin=64)
    sh = f.sheet
    sh.text(64, 56, "PRÉFET" if prefect else "AGENCE DU SERVICE CIVIQUE", 12, bold=True)
    if prefect:
        sh.text(64, 72, ctx.approval_authority.split(",")[0].replace("Préfet ", "").upper(), 9, bold=True)
    sh.text(64, 90, "Direction régionale de la jeunesse," if prefect else "Pôle agréments et contrôle", 8.5,
            gray=0.3)
    sh.text(64, 102, "de l'engagement et des sports" if prefect else "95 avenue de France - 75013 Paris", 8.5,
            gray=0.3)
    sh.text(64, 122, f"Affaire suivie par : {rng.choice(('M. Lemaire', 'Mme Castel', 'Mme Roux'))}", 8.5, gray=0.3)
    sh.text(64, 134, f"Réf. : AGR/{ctx.approval_number}", 8.5, gray=0.3)
    sh.text(531, 150, f"Le {d}", 10.5, align="right")
    addressee = [f"{'Madame' if ctx.president.split()[0] in ('Claire', 'Sophie', 'Hélène') else 'Monsieur'} "
                 f"{ctx.president}", f"Président(e) de {the_body(ctx.approval_association)}",
                 _seat(ctx)]
    y = 184
    for line in addressee:
        for part in wrap(line, 230, "sans", 10.5):
            sh.text(300, y, part, 10.5)
            y += 14
    f.y = max(y + 30, 260)
    f.para("Objet : notification de la décision d'agrément", bold=True, after=2)
    f.para("Lettre recommandée avec accusé de réception", size=9, after=14)
    f.para("Madame la Présidente, Monsieur le Président,", after=8)
    f.para(f"J'ai l'honneur de vous notifier la décision n° {ctx.approval_number} du {d} par laquelle le "
           f"{ctx.approval_authority.split(',')[0]} accorde à {the_body(ctx.approval_association)} "
           "l'agrément au titre de l'engagement de service civique et du volontariat associatif, pour une durée "
           f"de cinq ans à compter de cette date.")
    f.para("Cet agrément vous permet d'accueillir des volontaires, y compris de nationalité étrangère, dans les "
           "conditions fixées par le code du service national. Vous trouverez la décision ci-jointe.")
    f.para("Je vous rappelle que toute modification de vos statuts ou de vos activités doit être signalée à mes "
           "services, et qu'un bilan annuel des missions vous sera demandé.")
    f.para("Je vous prie d'agréer, Madame la Présidente, Monsieur le Président, l'expression de ma considération "
           "distinguée.", after=20)
    f.para("Pour le préfet et par délégation," if prefect else "Pour le directeur général,", align="right", after=2)
    f.para(rng.choice(("La cheffe du pôle agréments", "Le responsable du bureau de l'engagement")), align="right",
           after=6)
    sign_at(sh, 400, f.y + 20, rng)
    f.y += 50
    f.para("PJ : décision d'agrément", size=9)
    sh.text(297, 810, "Ce courrier ne vaut pas titre de séjour pour les volontaires accueillis.", 7.5,
            align="center", gray=0.4)
    return f.sheets, _approval_truth(ctx)


def decision_with_annex_table(ctx: DocContext, rng: random.Random) -> Built:
    """A short decision with a single article pointing to an annex; the annex on page 2 is a table of the
    approved body (number, name, seat, date of effect); dates '12.03.2024'."""
    prefect = _is_prefect(ctx)
    d = ctx.approval_date.strftime("%d.%m.%Y")
    f = Flow(family="serif", size=11, margin=66)
    f.para("RÉPUBLIQUE FRANÇAISE", bold=True, size=10, after=0)
    f.para(ctx.approval_authority.split(",")[0] if prefect else "Agence du Service Civique", size=10, after=0)
    f.para(("Service de la jeunesse et de la vie associative" if prefect else "Direction des agréments"), size=9,
           after=40)
    frame(f.sheet, 66, f.y, A4[0] - 132, 58, gray=0.35)
    f.sheet.text(A4[0] / 2, f.y + 24, f"DÉCISION D'AGRÉMENT N° {ctx.approval_number}", 13, bold=True,
                 family="serif", align="center")
    f.sheet.text(A4[0] / 2, f.y + 44, "Engagement de service civique - volontariat associatif", 10,
                 family="serif", align="center")
    f.y += 80
    director = "La directrice générale de l'Agence du Service Civique"
    f.para(f"{'Le ' + ctx.approval_authority if prefect else director},")
    f.para("Vu le code du service national ; vu la demande présentée par l'organisme mentionné en annexe et l'avis "
           "favorable du service instructeur ;", indent=16)
    f.para("DÉCIDE", bold=True, align="center", after=8)
    f.para("Article unique - L'organisme figurant à l'annexe de la présente décision est agréé pour cinq ans, à "
           "compter de la date d'effet indiquée, pour accueillir des volontaires en engagement de service civique "
           "et en volontariat associatif.")
    f.space(16)
    f.para(f"Fait le {d}", after=2)
    f.para(("Pour le préfet, le secrétaire général" if prefect else "La directrice générale"), after=4)
    sign_at(f.sheet, 90, f.y + 24, rng)
    seal(f.sheet, 300, f.y + 30, 38, "REPUBLIQUE FRANCAISE", ["AGREMENT" if prefect else "ASC"])
    f.new_page()
    f.y = 80
    f.para(f"ANNEXE À LA DÉCISION N° {ctx.approval_number} DU {d}", bold=True, align="center", after=14)
    cols = (("N° d'agrément", 110), ("Organisme", 150), ("Siège", 120), ("Date d'effet", 83))
    x = f.margin
    for head, w in cols:
        f.sheet.add(Box(x, f.y, w, 24, fill=0.85, stroke=0.3, line=0.5))
        f.sheet.text(x + 4, f.y + 16, head, 9, family="serif", bold=True)
        x += w
    f.y += 24
    values = (ctx.approval_number, ctx.approval_association, _seat(ctx), d)
    wrapped = [wrap(v, w - 8, "serif", 9.5) for v, (_, w) in zip(values, cols, strict=True)]
    h = 14 * max(len(v) for v in wrapped) + 10
    x = f.margin
    for lines, (_, w) in zip(wrapped, cols, strict=True):
        f.sheet.add(Box(x, f.y, w, h, stroke=0.3, line=0.5))
        for j, line in enumerate(lines):
            f.sheet.text(x + 4, f.y + 16 + 14 * j, line, 9.5, family="serif")
        x += w
    f.y += h + 20
    f.para("Durée de l'agrément : cinq ans. Nombre de volontaires pouvant être accueillis simultanément : "
           f"{rng.randint(2, 25)}.", size=10)
    for i, sh in enumerate(f.sheets, 1):
        sh.text(A4[0] / 2, A4[1] - 30, f"- {i} -", 9, align="center", gray=0.4)
    return f.sheets, _approval_truth(ctx)
