"""Sixth held-out batch: volunteer contracts and approval decisions (a contract in articles with initialled pages,
an English agreement signed on a platform, a federation's form filled by hand; a prefect's or agency's act, its
notification e-mail printed out, a renewal published with an annex table)."""

from __future__ import annotations

import random

from synth.context import ASSOCIATIONS, PREFECTURES, DocContext
from synth.documents.common import Built, Truth, person_truth
from synth.documents.held6_common import (
    INK_BLACK,
    INK_BLUE,
    STAMP_BLUE,
    acronym,
    authority_head,
    box_stamp,
    caps,
    checkbox,
    dotted,
    fullname,
    grid,
    ink_picture,
    legal_form,
    put,
    scribble,
    wrapped,
)
from synth.formats import days, fmt_date, fr_date_words
from synth.layout import A4, Box, Flow, Sheet, Stroke, Text, wrap


def _contract_truth(ctx: DocContext, language: str) -> Truth:
    p = ctx.shown("volunteer_contract")
    return person_truth(p) | {
        "association": ctx.association, "start_date": ctx.contract_start.isoformat(),
        "end_date": ctx.contract_end.isoformat(), "signature_date": ctx.contract_signed.isoformat(),
        "mission": ctx.mission, "language": language,
    }


def _number_pages(sheets: list[Sheet], fmt: str) -> None:
    for i, sh in enumerate(sheets, start=1):
        sh.add(Text(A4[0] / 2, A4[1] - 28, fmt.format(i=i, n=len(sheets)), 8, align="center", gray=0.4))


# ---------------------------------------------------------------- contracts


def contract_articles_initialled(ctx: DocContext, rng: random.Random) -> Built:
    """A French contract in numbered articles over two or three pages, each page initialled at its foot, signed by
    both parties under 'Fait à ..., le ...'."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    assoc = ctx.association
    she = p.sex == "F"
    f = Flow("serif", 10.8, margin=60)
    sh = f.sheet
    acr = acronym(assoc)
    sh.add(Box(60, 44, 58, 40, rgb=(0.2, 0.35, 0.55), stroke=None))
    sh.add(Text(89, 70, acr, 14, bold=True, align="center", gray=1.0))
    put(sh, 128, 58, assoc, 11, width=400, bold=True)
    put(sh, 128, 72, legal_form(assoc), 8, width=400, gray=0.3)
    put(sh, 128, 84, ctx.association_address, 8, width=400, gray=0.3)
    f.y = 110
    f.para("CONTRAT D'ENGAGEMENT DE VOLONTARIAT", size=15, bold=True, align="center", after=2)
    f.para("(mission de solidarité en France)" if ctx.mission_social else "(engagement bénévole en France)",
           size=9.5, align="center", after=14)
    f.para("ENTRE LES SOUSSIGNÉS :", bold=True, after=4)
    f.para(f"{assoc} ({acr}), {legal_form(assoc)}, "
           f"dont le siège est situé {ctx.association_address}, représentée par {ctx.president}, en qualité de "
           "président(e), ci-après dénommée « l'organisme d'accueil »,", indent=14)
    f.para("ET", bold=True, after=4)
    f.para(f"{'Madame' if she else 'Monsieur'} {p.given_names} {p.surname.upper()}, {'née' if she else 'né'} le "
           f"{fmt_date(p.date_of_birth, 'dmy_slash')} à {p.place_of_birth} ({c.name_fr}), de nationalité "
           f"{c.nationality_fr}, ci-après dénommé{'e' if she else ''} « {'la' if she else 'le'} volontaire »,",
           indent=14)
    f.para("IL A ÉTÉ CONVENU CE QUI SUIT :", bold=True, after=8)
    mission_extra = ("Cette mission revêt un caractère social et d'intérêt général : elle contribue à la cohésion "
                     "sociale et à la prévention de l'exclusion des personnes accompagnées."
                     if ctx.mission_social else
                     "Le détail des tâches est arrêté avec le référent désigné par l'organisme d'accueil.")
    weekly = rng.choice((24, 26, 28, 30, 35))
    articles = [
        ("Objet", "Le présent contrat fixe les conditions dans lesquelles le ou la volontaire accomplit une mission "
                  "de volontariat au sein de l'organisme d'accueil, sans lien de subordination juridique."),
        ("Mission", f"Le ou la volontaire aura pour mission de {ctx.mission}. {mission_extra}"),
        ("Durée", f"Le contrat prend effet le {fmt_date(ctx.contract_start, 'fr_long')} et s'achève le "
                  f"{fmt_date(ctx.contract_end, 'fr_long')}. Il n'est pas renouvelable tacitement."),
        ("Lieu d'exercice", f"La mission s'exerce dans les locaux de l'organisme, {ctx.association_address}, ainsi "
                            "que sur les lieux d'intervention qu'il désigne."),
        ("Temps d'engagement", f"La durée hebdomadaire de la mission est de {weekly} heures, réparties sur au plus "
                               "cinq jours."),
        ("Indemnité", f"Le ou la volontaire perçoit une indemnité mensuelle de {rng.randint(520, 640)} euros, qui "
                      "n'a pas le caractère d'un salaire."),
        ("Accompagnement", f"Un tuteur, {rng.choice(('Nadia Perrin', 'Louis Garnier', 'Aïcha Diallo'))}, "
                           "accompagne le ou la volontaire tout au long de sa mission."),
        ("Protection sociale", "L'organisme d'accueil affilie le ou la volontaire au régime général de la sécurité "
                               "sociale et souscrit une assurance couvrant sa responsabilité civile."),
        ("Fin anticipée", "Le contrat peut être rompu avant son terme par l'une ou l'autre des parties, moyennant "
                          "un préavis d'un mois, ou sans préavis en cas de force majeure ou de faute grave."),
        ("Séjour", "Le ou la volontaire s'engage à accomplir les démarches relatives à son séjour et à quitter le "
                   "territoire français à l'issue de sa mission."),
    ]
    for i, (head, text) in enumerate(articles, start=1):
        f.need(60)
        f.para(f"Article {i} – {head}", bold=True, after=2)
        f.para(text, after=8)
    f.need(170)
    f.space(8)
    f.para(f"Fait à {ctx.association_city}, en deux exemplaires originaux, le "
           f"{fmt_date(ctx.contract_signed, 'dmy_slash')}.", after=12)
    y = f.y
    f.sheet.add(Text(80, y + 10, "Pour l'organisme d'accueil", 10, bold=True, family="serif"))
    f.sheet.add(Text(80, y + 24, ctx.president, 10, family="serif"))
    f.sheet.add(Text(340, y + 10, f"{'La' if she else 'Le'} volontaire", 10, bold=True, family="serif"))
    f.sheet.add(Text(340, y + 24, "(précédé de « lu et approuvé »)", 8.5, family="serif", gray=0.35))
    scribble(f.sheet, 90, y + 60, rng, 90)
    scribble(f.sheet, 350, y + 60, rng, 90, rgb=INK_BLACK)
    box_stamp(f.sheet, 150, y + 78, [caps(assoc)[:40], ctx.association_address[:44]], 7)
    f.y = y + 130
    for sheet in f.sheets:
        sheet.add(Text(450, A4[1] - 40, "Paraphes :", 8, gray=0.4))
        sheet.add(Stroke(((500, A4[1] - 44), (510, A4[1] - 52), (516, A4[1] - 40)), width=1.0, rgb=INK_BLUE))
        sheet.add(Stroke(((524, A4[1] - 46), (530, A4[1] - 38), (538, A4[1] - 50)), width=1.0, rgb=INK_BLACK))
    _number_pages(f.sheets, "Page {i} sur {n}")
    return f.sheets, _contract_truth(ctx, "fr")


def contract_platform_signed_en(ctx: DocContext, rng: random.Random) -> Built:
    """An English volunteer agreement with a role schedule, signed online: pasted signature images, and the
    platform's certificate page whose last signature dates it."""
    p = ctx.shown("volunteer_contract")
    assoc = ctx.association
    acr = acronym(assoc)
    f = Flow("sans", 10.3, margin=58)
    sh = f.sheet
    doc_id = "".join(rng.choice("0123456789ABCDEF") for _ in range(8)) + "-" + "".join(
        rng.choice("0123456789ABCDEF") for _ in range(4))
    sh.add(Text(58, 34, f"Envelope ID: {doc_id}", 7.5, gray=0.45, family="mono"))
    f.y = 60
    f.para(f"{acr} · {assoc}", size=9, bold=True, after=2)
    f.para(ctx.association_address, size=8.5, after=16)
    f.para("VOLUNTEER AGREEMENT", size=17, bold=True, align="center", after=2)
    f.para("Full-time volunteering placement in France", size=10, align="center", after=14)
    f.para("This agreement is made between:", after=4)
    f.para(f"(1) {assoc}, a French not-for-profit organisation whose registered office is at "
           f"{ctx.association_address}, acting through its president {ctx.president} (\"the Host\"); and", indent=12)
    f.para(f"(2) {p.given_names} {p.surname.upper()}, born on {fmt_date(p.date_of_birth, 'en_long')} in "
           f"{p.place_of_birth}, {p.country.name_en} (\"the Volunteer\").", indent=12, after=10)
    sections = [
        ("1. Placement", "The Host offers the Volunteer a full-time volunteering placement. The Volunteer is not an "
                         "employee and receives no salary; the Host pays a monthly living allowance."),
        ("2. Term", f"The placement begins on {fmt_date(ctx.contract_start, 'en_day_first')} and ends on "
                    f"{fmt_date(ctx.contract_end, 'en_day_first')}, unless terminated earlier under clause 7."),
        ("3. Role", "The Volunteer will carry out the role set out in Schedule 1, under the guidance of a named "
                    "supervisor."),
        ("4. Hours", f"About {rng.choice((25, 28, 30, 32))} hours a week, with two consecutive days off."),
        ("5. Allowance and insurance", f"A living allowance of EUR {rng.randint(500, 650)} a month is paid. The Host "
                                       "insures the Volunteer for civil liability and registers him or her with the "
                                       "French social security system."),
        ("6. Immigration", "The Volunteer undertakes to hold the right to reside in France during the placement and "
                           "to leave France when it ends."),
        ("7. Termination", "Either party may end the placement with one month's written notice."),
    ]
    for head, text in sections:
        f.need(50)
        f.para(head, bold=True, after=2)
        f.para(text, after=8)
    f.need(160)
    f.para("Schedule 1 – Role description (in the Host's words)", bold=True, after=4)
    f.para(f"« {ctx.mission[0].upper()}{ctx.mission[1:]}. »", family="serif", indent=12, after=4)
    if ctx.mission_social:
        f.para("The role is of a social nature and serves people in difficulty living in France.", after=10)
    f.need(130)
    f.para("Signed electronically by the parties:", bold=True, after=8)
    y = f.y
    f.sheet.add(Text(70, y + 10, "For the Host", 9.5, bold=True))
    f.sheet.add(Text(320, y + 10, "The Volunteer", 9.5, bold=True))
    f.sheet.add(ink_picture(70, y + 18, 120, 44, rng))
    f.sheet.add(ink_picture(320, y + 18, 120, 44, rng))
    f.sheet.add(Text(70, y + 76, ctx.president, 9))
    f.sheet.add(Text(320, y + 76, fullname(p), 9))
    # the platform's certificate
    host_signed = ctx.contract_signed - days(rng.randint(0, 4))
    sent = host_signed - days(rng.randint(1, 3))
    cert = Sheet()
    cert.add(Box(0, 0, A4[0], 60, rgb=(0.16, 0.2, 0.3), stroke=None))
    cert.add(Text(50, 38, "SignaPlus · Certificate of completion", 14, bold=True, gray=1.0))
    cert.add(Text(50, 92, f"Envelope ID: {doc_id}", 9.5, family="mono"))
    cert.add(Text(50, 108, "Document: Volunteer_Agreement.pdf (3 pages)", 9.5))
    cert.add(Text(50, 124, "Status: Completed", 9.5, bold=True))
    t1 = f"{rng.randint(7, 11):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    t2 = f"{rng.randint(12, 15):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    t3 = f"{rng.randint(16, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    rows = [["Event", "Signer", "Timestamp (UTC)"],
            ["Envelope sent", ctx.president, f"{sent.isoformat()} {t1}"],
            ["Signed", f"{ctx.president} (Host)", f"{host_signed.isoformat()} {t2}"],
            ["Viewed", fullname(p), f"{ctx.contract_signed.isoformat()} {t1}"],
            ["Signed", f"{fullname(p)} (Volunteer)", f"{ctx.contract_signed.isoformat()} {t3}"],
            ["Completed", "—", f"{ctx.contract_signed.isoformat()} {t3}"]]
    y2 = grid(cert, 50, 150, [110, 220, 165], rows, size=9.5, row_h=22, header=True)
    wrapped(cert, 50, y2 + 30, "Each signer authenticated by e-mail link. This certificate is part of the signed "
            "document and records every action taken on it.", 495, 9)
    sheets = f.sheets + [cert]
    _number_pages(sheets, "{i}/{n}")
    return sheets, _contract_truth(ctx, "en")


def contract_federation_form(ctx: DocContext, rng: random.Random) -> Built:
    """A regional union's printed form, its blanks filled in by hand by the member association and the volunteer."""
    p = ctx.shown("volunteer_contract")
    assoc = ctx.association
    union = f"Union régionale des acteurs solidaires – {ctx.association_city}"
    s1 = Sheet()
    s1.add(Box(50, 36, 495, 44, fill=0.88, stroke=None))
    s1.add(Text(60, 54, caps(union), 10, bold=True))
    s1.add(Text(60, 70, "Modèle fédéral de contrat de volontariat — à remplir en lettres capitales", 8.5, gray=0.3))
    s1.add(Text(A4[0] / 2, 112, "CONTRAT DE VOLONTARIAT", 16, bold=True, align="center"))
    s1.add(Text(A4[0] / 2, 128, "conclu au sein d'une structure membre de l'Union", 9.5, align="center", gray=0.3))
    y = 160.0
    s1.add(Text(50, y, "1. LA STRUCTURE D'ACCUEIL", 10.5, bold=True))
    dotted(s1, 50, y + 24, "Dénomination :", assoc, 495)
    dotted(s1, 50, y + 46, "Adresse :", ctx.association_address, 495)
    dotted(s1, 50, y + 68, "Représentée par :", ctx.president, 300)
    dotted(s1, 355, y + 68, "Agrément n° :", ctx.approval_number, 190, size=8.5)
    y += 110
    s1.add(Text(50, y, "2. LE / LA VOLONTAIRE", 10.5, bold=True))
    dotted(s1, 50, y + 24, "Nom :", p.surname.upper(), 240)
    dotted(s1, 300, y + 24, "Prénom(s) :", p.given_names, 245)
    dotted(s1, 50, y + 46, "Né(e) le :", fmt_date(p.date_of_birth, "dmy_slash"), 200)
    dotted(s1, 260, y + 46, "à :", f"{p.place_of_birth} ({p.country.name_fr})", 285)
    dotted(s1, 50, y + 68, "Nationalité :", p.country.nationality_fr, 250)
    y += 110
    s1.add(Text(50, y, "3. LA MISSION", 10.5, bold=True))
    s1.add(Text(50, y + 20, "Domaine (cocher) :", 9.5))
    social = ctx.mission_social
    checkbox(s1, 150, y + 20, "Solidarité", social, pen=True)
    checkbox(s1, 240, y + 20, "Éducation", False, pen=True)
    checkbox(s1, 330, y + 20, "Sport, culture", False, pen=True)
    checkbox(s1, 440, y + 20, "Autre", not social, pen=True)
    s1.add(Text(50, y + 44, "Description de la mission :", 9.5))
    lines = wrap(ctx.mission, 470, "hand", 11)
    yy = y + 66
    for line in lines + [""] * max(0, 3 - len(lines)):
        s1.add(Text(50, yy + 1, "." * 118, 9, gray=0.5))
        if line:
            s1.add(Text(56, yy - 2, line, 11, family="hand"))
        yy += 22
    s1.add(Text(297, 800, "1/2 — suite au verso", 8, align="center", gray=0.4))
    s2 = Sheet()
    y = 70.0
    s2.add(Text(50, y, "4. DURÉE ET CONDITIONS", 10.5, bold=True))
    dotted(s2, 50, y + 24, "Date de début :", fmt_date(ctx.contract_start, "dmy_slash"), 240)
    dotted(s2, 300, y + 24, "Date de fin :", fmt_date(ctx.contract_end, "dmy_slash"), 245)
    dotted(s2, 50, y + 46, "Heures par semaine :", str(rng.choice((24, 28, 30))), 240)
    dotted(s2, 300, y + 46, "Indemnité mensuelle :", f"{rng.randint(500, 620)} €", 245)
    y += 84
    s2.add(Text(50, y, "5. CONDITIONS GÉNÉRALES", 10.5, bold=True))
    y = wrapped(s2, 50, y + 18, "Le volontaire exerce sa mission sans lien de subordination. La structure d'accueil "
                "lui assure une formation, un tutorat et une couverture sociale. Chaque partie peut mettre fin au "
                "contrat avec un préavis d'un mois. Le volontaire s'engage à respecter le projet associatif de la "
                "structure et la confidentialité des informations dont il a connaissance.", 495, 8.5)
    y += 20
    s2.add(Text(50, y, "6. SIGNATURES", 10.5, bold=True))
    dotted(s2, 50, y + 26, "Fait à :", ctx.association_city, 220)
    dotted(s2, 290, y + 26, "le :", fmt_date(ctx.contract_signed, "dmy_slash"), 255)
    y += 50
    for i, who in enumerate(("La structure d'accueil", "Le / la volontaire", "Visa de l'Union")):
        x = 50 + i * 168
        s2.add(Box(x, y, 158, 100, stroke=0.4, line=0.6))
        s2.add(Text(x + 6, y + 14, who, 8.5, bold=True))
        scribble(s2, x + 30, y + 60, rng, 90, rgb=INK_BLUE if i != 1 else INK_BLACK)
    box_stamp(s2, 60, y + 110, [caps(assoc)[:38], caps(ctx.association_city)], 7, STAMP_BLUE)
    s2.add(Text(297, 800, "2/2", 8, align="center", gray=0.4))
    return [s1, s2], _contract_truth(ctx, "fr")


# ---------------------------------------------------------------- approval decisions


def _approval_truth(ctx: DocContext) -> Truth:
    return {"association": ctx.approval_association, "decision_date": ctx.approval_date.isoformat(),
            "authority": authority_head(ctx.approval_authority)}


def _approved_address(ctx: DocContext) -> str:
    for name, address, _ in ASSOCIATIONS:
        if name == ctx.approval_association:
            return address
    return ctx.association_address


def _authority_city(ctx: DocContext) -> str | None:
    """The city of the prefect who approved the association, or None for the national agency."""
    for city, title in PREFECTURES.items():
        if title == ctx.approval_authority:
            return city
    return None


def _region(ctx: DocContext) -> str:
    head = authority_head(ctx.approval_authority)
    return head.replace("Préfet de la région ", "") if head.startswith("Préfet") else ""


def approval_prefect_order(ctx: DocContext, rng: random.Random) -> Built:
    """The approving authority's act as it issues it: heading, 'Vu' recitals, articles, 'Fait à ..., le ...'."""
    city = _authority_city(ctx)
    assoc = ctx.approval_association
    f = Flow("serif", 10.8, margin=64)
    sh = f.sheet
    if city:
        sh.add(Text(64, 58, caps(authority_head(ctx.approval_authority)), 10, bold=True))
        sh.add(Text(64, 71, "Liberté", 8, family="serif"))
        sh.add(Text(64, 81, "Égalité", 8, family="serif"))
        sh.add(Text(64, 91, "Fraternité", 8, family="serif"))
        sh.add(Text(531, 58, "Délégation régionale académique", 8.5, align="right"))
        sh.add(Text(531, 70, "à la jeunesse, à l'engagement et aux sports", 8.5, align="right"))
        act, verb, signer = "ARRÊTÉ", "ARRÊTE", "Pour le préfet et par délégation, la déléguée régionale"
        place = city
    else:
        sh.add(Text(64, 58, "AGENCE DU SERVICE CIVIQUE", 11, bold=True))
        sh.add(Text(64, 72, "95 avenue de France – 75013 Paris", 8.5, gray=0.3))
        act, verb, signer = "DÉCISION", "DÉCIDE", "Pour le ministre et par délégation, le directeur général"
        place = "Paris"
    f.y = 130
    f.para(f"{act} N° {ctx.approval_number}", size=13, bold=True, align="center", after=2)
    f.para("portant agrément au titre de l'engagement de service civique", size=11, align="center", after=16)
    f.para(f"{ctx.approval_authority},", bold=True, after=8)
    for vu in ("Vu le code du service national, notamment ses articles L. 120-1 et suivants ;",
               "Vu le décret relatif au service civique et aux modalités d'agrément des organismes d'accueil ;",
               f"Vu la demande présentée par {assoc} et le dossier qui l'accompagne ;",
               "Considérant que l'organisme satisfait aux conditions requises ;"):
        f.para(vu, after=3, indent=10)
    f.space(8)
    f.para(verb, bold=True, align="center", after=8)
    f.para("Article 1er", bold=True, after=2)
    f.para(f"L'organisme {assoc}, dont le siège est situé {_approved_address(ctx)}, est agréé pour accueillir des "
           f"volontaires, pour une durée de {rng.choice(('trois', 'cinq'))} ans à compter de la date du présent acte, "
           f"sous le numéro {ctx.approval_number}.")
    f.para("Article 2", bold=True, after=2)
    f.para(f"Le nombre maximal de volontaires accueillis simultanément est fixé à {rng.randint(3, 40)}.")
    f.para("Article 3", bold=True, after=2)
    f.para("Le présent acte peut faire l'objet d'un recours devant le tribunal administratif dans un délai de deux "
           "mois à compter de sa notification.")
    f.space(10)
    f.para(f"Fait à {place}, le {fmt_date(ctx.approval_date, 'fr_long')}", align="right", after=4)
    f.para(signer, align="right", size=9.5, after=4)
    scribble(f.sheet, 380, f.y + 24, rng, 100)
    f.y += 48
    f.para(rng.choice(("Anne-Sophie Leroux", "Thomas Bertin", "Myriam Aït-Ali")), align="right", size=10)
    return f.sheets, _approval_truth(ctx)


def approval_notification_email(ctx: DocContext, rng: random.Random) -> Built:
    """A notification e-mail printed from a webmail: headers, a message quoting the decision's date, the act as
    an attachment."""
    assoc = ctx.approval_association
    head = authority_head(ctx.approval_authority)
    sent = ctx.approval_date + days(rng.randint(0, 6))
    sender = ("DRAJES – pôle engagement <engagement.drajes@region.gouv.fr>" if _authority_city(ctx)
              else "Agence du Service Civique – agréments <agrements@service-civique.gouv.fr>")
    sh = Sheet()
    sh.add(Text(40, 26, f"{fmt_date(sent, 'dmy_slash')} {rng.randint(8, 18)}:{rng.randint(0, 59):02d}", 7.5, gray=0.4))
    sh.add(Text(555, 26, "Messagerie – Imprimer", 7.5, gray=0.4, align="right"))
    sh.add(Text(40, 62, f"Notification d'agrément – {assoc}", 14, bold=True))
    sh.add(Box(40, 74, 515, 74, fill=0.95, stroke=None))
    rows = (("De :", sender), ("À :", f"contact@{acronym(assoc).lower()}.org"),
            ("Date :", f"{fmt_date(sent, 'dmy_slash')} {rng.randint(8, 18)}:{rng.randint(0, 59):02d}"),
            ("Pièce jointe :", f"agrement_{ctx.approval_number}.pdf ({rng.randint(120, 480)} Ko)"))
    y = 90.0
    for label, value in rows:
        sh.add(Text(50, y, label, 9, bold=True))
        put(sh, 130, y, value, 9, width=415)
        y += 16
    f_y = 180.0
    paras = [
        "Madame, Monsieur,",
        f"J'ai le plaisir de vous informer que, par décision du {fmt_date(ctx.approval_date, 'fr_long')}, "
        f"{ctx.approval_authority} a accordé à {assoc} l'agrément lui permettant d'accueillir des volontaires, "
        f"sous le numéro {ctx.approval_number}.",
        "Vous trouverez l'acte d'agrément en pièce jointe. Nous vous invitons à le conserver et à le produire à "
        "l'appui des démarches de vos volontaires.",
        "Nous restons à votre disposition pour toute question.",
        "Bien cordialement,",
    ]
    for para in paras:
        f_y = wrapped(sh, 50, f_y, para, 495, 10.5) + 8
    sh.add(Text(50, f_y + 8, "Le pôle agrément et contrôle", 10, bold=True))
    sh.add(Text(50, f_y + 22, head, 10))
    sh.add(Text(40, 818, "https://webmail.example.org/?mail=inbox", 7, gray=0.45))
    sh.add(Text(555, 818, "1/1", 7, gray=0.45, align="right"))
    return [sh], _approval_truth(ctx)


def approval_published_renewal(ctx: DocContext, rng: random.Random) -> Built:
    """A renewal published in a collection of administrative acts, dated in words, with an annex table of the
    association's mission sites on its second page."""
    assoc = ctx.approval_association
    city = _authority_city(ctx)
    region = _region(ctx)
    published = ctx.approval_date + days(rng.randint(3, 20))
    s1 = Sheet()
    s1.add(Box(50, 36, 495, 40, fill=0.2, stroke=None))
    s1.add(Text(60, 54, "RECUEIL DES ACTES ADMINISTRATIFS", 11, bold=True, gray=1.0))
    s1.add(Text(60, 68, f"{region or 'National'} · n° {rng.randint(10, 280)} · publié le "
                        f"{fmt_date(published, 'dmy_slash')}", 8.5, gray=0.9))
    f = Flow("serif", 10.6, margin=56)
    f.sheets = [s1]
    f.y = 106
    f.para(f"{'Arrêté préfectoral' if city else 'Décision'} portant renouvellement de l'agrément de service civique "
           f"de l'organisme « {assoc} »", size=12, bold=True, align="center", after=14)
    f.para(f"{ctx.approval_authority},", after=6)
    f.para(f"Vu l'agrément initial délivré à {assoc} et la demande de renouvellement présentée par son représentant "
           "légal ;", indent=10, after=3)
    f.para("Vu l'avis favorable du service instructeur ;", indent=10, after=10)
    f.para("ARRÊTE :" if city else "DÉCIDE :", bold=True, after=6)
    f.para(f"Article 1 – L'agrément de {assoc} ({acronym(assoc)}), {_approved_address(ctx)}, est renouvelé sous le "
           f"numéro {ctx.approval_number}, pour les lieux d'accueil figurant en annexe.")
    f.para("Article 2 – Le renouvellement prend effet à la date de signature du présent acte.")
    f.para("Article 3 – Le présent acte sera publié au recueil des actes administratifs.")
    f.space(8)
    f.para(f"Fait à {city or 'Paris'}, le {fr_date_words(ctx.approval_date)}.", align="right", after=4)
    f.para(authority_head(ctx.approval_authority), align="right", size=9.5, after=2)
    scribble(f.sheet, 400, f.y + 24, rng, 90)
    s2 = Sheet()
    s2.add(Text(56, 70, f"Annexe à l'acte n° {ctx.approval_number}", 12, bold=True, family="serif"))
    s2.add(Text(56, 88, "Lieux d'accueil des volontaires", 10, family="serif"))
    rows = [["Établissement", "Adresse", "Volontaires"],
            [f"{assoc} – siège", _approved_address(ctx), str(rng.randint(2, 12))]]
    for town in rng.sample(["Créteil", "Villeurbanne", "Mérignac", "Aubagne", "Roubaix", "Rezé"], 2):
        street = rng.choice(("Jean Jaurès", "Pasteur", "Victor Hugo"))
        rows.append([f"{assoc} – antenne de {town}", f"{rng.randint(2, 90)} rue {street}, {town}",
                     str(rng.randint(1, 6))])
    grid(s2, 56, 110, [250, 180, 53], rows, size=8, row_h=24, header=True)
    sheets = f.sheets + [s2]
    _number_pages(sheets, "RAA – page {i}/{n}")
    return sheets, _approval_truth(ctx)
