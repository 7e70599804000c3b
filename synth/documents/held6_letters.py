"""Sixth held-out batch: departure commitments and acceptance certificates (a page of a ruled notebook, a formal
letter to the prefect signed on its second page, two columns in French and English; an association's
attestation on its letterhead, a printed e-mail in English, a confirmation form with boxes)."""

from __future__ import annotations

import random

from synth.context import PREFECTURES, DocContext
from synth.documents.common import Built, Truth, person_truth
from synth.documents.held6_common import (
    INK_BLACK,
    INK_BLUE,
    STAMP_BLUE,
    acronym,
    box_stamp,
    caps,
    checkbox,
    fullname,
    grid,
    ink_picture,
    legal_form,
    put,
    scribble,
    wrapped,
)
from synth.formats import fmt_date
from synth.layout import A4, Box, Flow, Sheet, Text, text_width, wrap


def _commitment_truth(ctx: DocContext, language: str) -> Truth:
    p = ctx.shown("departure_commitment")
    return person_truth(p) | {"signature_date": ctx.commitment_date.isoformat(), "commits_to_leave": "true",
                              "language": language}


def _where_written(ctx: DocContext, rng: random.Random) -> str:
    """Where the volunteer is on the day of the letter: at home before arriving, in France after."""
    p = ctx.shown("departure_commitment")
    return ctx.association_city if ctx.commitment_date >= ctx.arrival else rng.choice(p.country.cities)


# ---------------------------------------------------------------- departure commitments


def departure_notebook_page(ctx: DocContext, rng: random.Random) -> Built:
    """Written by hand on a page torn from a ruled notebook: red margin, blue lines, the writing on them."""
    p = ctx.shown("departure_commitment")
    c = p.country
    she = p.sex == "F"
    sh = Sheet(background=(0.99, 0.985, 0.96))
    for i in range(34):
        sh.add(Box(0, 80 + i * 22, A4[0], 0.5, rgb=(0.6, 0.72, 0.9), stroke=None))
    sh.add(Box(70, 0, 0.8, A4[1], rgb=(0.9, 0.4, 0.45), stroke=None))
    ln = 0
    wob = random.Random(rng.random())

    def write(text: str, x: float = 80, width: float = 470, size: float = 13) -> None:
        nonlocal ln
        for line in wrap(text, width, "hand", size):
            sh.add(Text(x + wob.uniform(-2, 2), 80 + ln * 22 - 4 + wob.uniform(-1, 1), line, size, family="hand"))
            ln += 1

    write(f"{fullname(p)}")
    write(f"{_where_written(ctx, rng)}")
    ln += 1
    write("Objet : engagement à quitter la France", x=150)
    ln += 1
    write(f"Je soussigné{'e' if she else ''} {p.given_names} {p.surname.upper()}, {'née' if she else 'né'} le "
          f"{fmt_date(p.date_of_birth, 'dmy_slash')} à {p.place_of_birth} ({c.name_fr}), m'engage sur l'honneur à "
          f"quitter le territoire français à la fin de mon contrat de volontariat avec l'association "
          f"{ctx.association}, c'est-à-dire au plus tard le {fmt_date(ctx.contract_end, 'dmy_slash')}.")
    ln += 1
    write("Je ne demanderai pas d'autre titre de séjour à l'issue de ma mission et je rentrerai dans mon pays.")
    ln += 2
    write(f"Fait le {fmt_date(ctx.commitment_date, 'dmy_slash')}", x=300, width=240)
    ln += 1
    scribble(sh, 330, 80 + ln * 22 + 4, rng, 100, rgb=INK_BLUE)
    return [sh], _commitment_truth(ctx, "fr")


def departure_letter_to_prefect(ctx: DocContext, rng: random.Random) -> Built:
    """A formal letter to the prefect, sender and addressee blocks, a long body: the signature falls on page 2."""
    p = ctx.shown("departure_commitment")
    c = p.country
    she = p.sex == "F"
    place = _where_written(ctx, rng)
    dept = PREFECTURES.get(ctx.association_city, "Préfet de police").split(", ")[-1]
    f = Flow("sans", 11.5, margin=72)
    sh = f.sheet
    sh.add(Text(72, 70, fullname(p), 10.5, bold=True))
    sh.add(Text(72, 84, f"c/o {ctx.association}", 10))
    put(sh, 72, 98, ctx.association_address, 10, width=260)
    sh.add(Text(72, 112, f"Passeport n° {p.passport_number}", 10))
    sh.add(Text(330, 146, "À l'attention de", 10.5))
    put(sh, 330, 160, f"Monsieur le {dept}", 10.5, width=200)
    sh.add(Text(330, 174, "Service de l'immigration", 10))
    sh.add(Text(523, 214, f"{place}, le {fmt_date(ctx.commitment_date, 'fr_long')}", 10.5, align="right"))
    f.y = 250
    f.para("Objet : engagement de quitter le territoire à la fin de mon volontariat", bold=True, after=14)
    f.para("Monsieur le Préfet,", after=10)
    paras = [
        f"Je, soussigné{'e' if she else ''} {p.given_names} {p.surname.upper()}, {'née' if she else 'né'} le "
        f"{fmt_date(p.date_of_birth, 'fr_long')} à {p.place_of_birth} ({c.name_fr}), de nationalité "
        f"{c.nationality_fr}, sollicite la délivrance d'une autorisation provisoire de séjour au titre du volontariat.",
        f"J'ai signé un contrat de volontariat avec {ctx.association}, {legal_form(ctx.association)}, pour une mission "
        f"qui commence le {fmt_date(ctx.contract_start, 'fr_long')} et s'achève le "
        f"{fmt_date(ctx.contract_end, 'fr_long')}.",
        "Par la présente, je m'engage formellement à quitter la France au terme de ce contrat, quelle que soit la date "
        "à laquelle il prendra fin, et à ne pas me maintenir sur le territoire au-delà de la durée de mon "
        "autorisation.",
        "À mon retour, je souhaite mettre à profit l'expérience acquise auprès de l'association dans mon pays, où ma "
        "famille réside et où j'ai déjà été en contact avec des structures locales.",
        "Je reste à la disposition de vos services pour tout document complémentaire et je joins à ma demande la "
        "copie de mon passeport, de mon visa de long séjour et de mon contrat.",
        "Je vous prie d'agréer, Monsieur le Préfet, l'expression de ma haute considération.",
    ]
    for para in paras:
        f.para(para, after=12)
    if len(f.sheets) == 1:
        f.new_page()
    f.sheet.add(Text(523, 50, "2/2", 9, align="right", gray=0.4))
    f.y = max(f.y, 90)
    f.space(20)
    f.signature(tuple((x, y) for x, y in _loops(rng)))
    f.para(f"{p.given_names} {p.surname.upper()}", after=4)
    f.para("Pièces jointes : passeport, visa, contrat de volontariat", size=9, after=4)
    f.sheets[0].add(Text(523, A4[1] - 40, "1/2", 9, align="right", gray=0.4))
    return f.sheets, _commitment_truth(ctx, "fr")


def _loops(rng: random.Random) -> list[tuple[float, float]]:
    pts = []
    x = 0.0
    for i in range(rng.randint(8, 12)):
        x += rng.uniform(7, 15)
        pts.append((x, rng.uniform(-12, 12) + (6 if i % 3 == 0 else 0)))
    return pts


def departure_two_columns(ctx: DocContext, rng: random.Random) -> Built:
    """French on the left, English on the right, one statement in both, signed once under both columns."""
    p = ctx.shown("departure_commitment")
    c = p.country
    she = p.sex == "F"
    sh = Sheet()
    sh.add(Text(A4[0] / 2, 70, "ENGAGEMENT DE DÉPART", 15, bold=True, align="center"))
    sh.add(Text(A4[0] / 2, 88, "UNDERTAKING TO LEAVE FRANCE", 12, align="center", gray=0.3))
    rows = [["Nom / Surname", p.surname.upper()], ["Prénoms / Given names", p.given_names],
            ["Date de naissance / Date of birth", fmt_date(p.date_of_birth, "dmy_dot")],
            ["Nationalité / Nationality", f"{c.nationality_fr} / {c.name_en}"],
            ["Organisme d'accueil / Host organisation", ctx.association]]
    y = grid(sh, 60, 112, [215, 260], rows, size=9.5, row_h=22, shade=None)
    fr = (f"Je soussigné{'e' if she else ''}, volontaire accueilli{'e' if she else ''} par "
          f"{ctx.association} dans le cadre d'un contrat de volontariat courant jusqu'au "
          f"{fmt_date(ctx.contract_end, 'fr_long')}, m'engage à quitter le territoire français à l'expiration de ce "
          "contrat. Je reconnais avoir été informé" + ("e" if she else "") + " que mon autorisation de séjour est "
          "liée à la durée de ma mission.")
    en = (f"I, the undersigned, hosted as a volunteer by {ctx.association} under a volunteering contract running "
          f"until {fmt_date(ctx.contract_end, 'en_day_first')}, undertake to leave French territory when this "
          "contract expires. I acknowledge that my permission to stay is tied to the length of my placement.")
    sh.add(Text(60, y + 30, "Français", 9, bold=True, gray=0.35))
    sh.add(Text(310, y + 30, "English", 9, bold=True, gray=0.35))
    sh.add(Box(297, y + 20, 0.6, 220, fill=0.5, stroke=None))
    y1 = wrapped(sh, 60, y + 50, fr, 225, 10, "serif")
    y2 = wrapped(sh, 310, y + 50, en, 225, 10, "serif")
    yb = max(y1, y2, y + 240) + 20
    sh.add(Text(60, yb, f"Date : {fmt_date(ctx.commitment_date, 'dmy_dot')}", 10.5, bold=True))
    sh.add(Text(60, yb + 16, f"Lieu / Place : {_where_written(ctx, rng)}", 10.5))
    sh.add(Box(320, yb - 14, 215, 90, stroke=0.45, line=0.6))
    sh.add(Text(326, yb - 2, "Signature du / de la volontaire – Volunteer's signature", 7, gray=0.35))
    scribble(sh, 350, yb + 40, rng, 120, rgb=INK_BLACK)
    return [sh], _commitment_truth(ctx, "fr+en")


# ---------------------------------------------------------------- acceptance certificates


def _acceptance_truth(ctx: DocContext) -> Truth:
    p = ctx.shown("acceptance_certificate")
    return person_truth(p) | {"association": ctx.association, "issue_date": ctx.acceptance_date.isoformat()}


def _mission_line(ctx: DocContext, lang: str) -> str:
    if lang == "en":
        return (f"Your role will be to {ctx.mission} (as worded in our project)"
                + (", alongside our teams working with people in vulnerable situations." if ctx.mission_social
                   else "."))
    return (f"Sa mission consistera à {ctx.mission}"
            + (", au service de personnes en situation de fragilité." if ctx.mission_social else "."))


def acceptance_letterhead_attestation(ctx: DocContext, rng: random.Random) -> Built:
    """The association's attestation on its letterhead, first person by its president, a scanned signature and a
    stamp."""
    p = ctx.shown("acceptance_certificate")
    assoc = ctx.association
    she = p.sex == "F"
    f = Flow("serif", 11.2, margin=68)
    sh = f.sheet
    acr = acronym(assoc)
    sh.add(Text(68, 64, acr, 26, bold=True, gray=0.25))
    sh.add(Box(68 + text_width(acr, "sans", 26, True) + 10, 40, 1.2, 32, fill=0.4, stroke=None))
    put(sh, 68 + text_width(acr, "sans", 26, True) + 20, 52, assoc, 10.5, width=330, bold=True)
    put(sh, 68 + text_width(acr, "sans", 26, True) + 20, 66, ctx.association_address, 8.5, width=330, gray=0.35)
    sh.add(Text(527, 120, f"{ctx.association_city}, le {fmt_date(ctx.acceptance_date, 'fr_long')}", 10.5,
                align="right", family="serif"))
    f.y = 160
    f.para("ATTESTATION D'ACCEPTATION DE VOLONTAIRE", size=14, bold=True, align="center", after=20)
    f.para(f"Je soussigné{'e' if ctx.president.split()[0] in ('Claire', 'Sophie', 'Hélène') else ''} "
           f"{ctx.president}, président{'e' if ctx.president.split()[0] in ('Claire', 'Sophie', 'Hélène') else ''} "
           f"de {assoc}, certifie que notre organisme accepte d'accueillir, en qualité de volontaire, "
           f"{'Madame' if she else 'Monsieur'} {p.given_names} {p.surname.upper()}, {'née' if she else 'né'} le "
           f"{fmt_date(p.date_of_birth, 'fr_long')} à {p.place_of_birth}, de nationalité {p.country.nationality_fr}.")
    f.para(_mission_line(ctx, "fr") + f" Elle débutera le {fmt_date(ctx.contract_start, 'fr_long')}, pour une durée "
           "définie par le contrat de volontariat.")
    f.para("L'association prendra en charge l'accompagnement de la personne accueillie pendant toute la durée de sa "
           "mission.")
    f.para("Cette attestation est établie pour servir auprès des autorités consulaires et préfectorales.")
    f.space(14)
    f.para("Le président, pour l'association", align="right", after=4)
    f.sheet.add(ink_picture(370, f.y, 140, 50, rng))
    box_stamp(f.sheet, 200, f.y + 10, [caps(assoc)[:40], acr, ctx.association_city.upper()], 7.5)
    f.y += 66
    f.para(ctx.president, align="right")
    return f.sheets, _acceptance_truth(ctx)


def acceptance_printed_email_en(ctx: DocContext, rng: random.Random) -> Built:
    """An English e-mail from the volunteering coordinator printed from the mail client, with the applicant's
    details set out in a small block."""
    p = ctx.shown("acceptance_certificate")
    assoc = ctx.association
    acr = acronym(assoc)
    coordinator = rng.choice(("Julie Marchand", "Samir Benhamou", "Lena Hoffmann", "Chloé Nguyen"))
    sh = Sheet()
    sh.add(Text(40, 28, f"Mail – {coordinator} – Outlook", 8, gray=0.45))
    sh.add(Text(40, 62, "Your volunteering placement in France – confirmation", 14, bold=True))
    sh.add(Box(40, 74, 515, 70, fill=0.95, stroke=None))
    d = ctx.acceptance_date
    weekday = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[d.weekday()]
    rows = (("From", f"{coordinator} <volunteering@{acr.lower()}.org>"),
            ("To", f"{p.given_names.split()[0].lower()}.{caps(p.surname).split()[0].lower()}@mail.com"),
            ("Date", f"{weekday}, {fmt_date(d, 'en_day_first')} at {rng.randint(8, 19)}:{rng.randint(0, 59):02d}"))
    y = 92.0
    for label, value in rows:
        sh.add(Text(50, y, label, 9, bold=True))
        put(sh, 100, y, value, 9, width=445)
        y += 17
    y = 176.0
    for para in (f"Dear {p.given_names},",
                 f"Following your interview, I am very pleased to confirm that {assoc} ({acr}) accepts you as a "
                 "volunteer. " + _mission_line(ctx, "en"),
                 f"Your placement is planned from {fmt_date(ctx.contract_start, 'en_day_first')} to "
                 f"{fmt_date(ctx.contract_end, 'en_day_first')}. Your volunteering contract will follow "
                 "separately for signature.",
                 "For your visa application, the details we hold for you are:"):
        y = wrapped(sh, 50, y, para, 495, 10.5) + 8
    y = grid(sh, 70, y, [130, 300], [["Full name", f"{p.given_names} {p.surname.upper()}"],
                                     ["Date of birth", fmt_date(p.date_of_birth, "en_long")],
                                     ["Nationality", p.country.name_en],
                                     ["Passport", p.passport_number]], size=9.5, row_h=20, shade=None) + 20
    for para in ("Please keep this message: the consulate and the prefecture may ask for it.",
                 "Warm regards,"):
        y = wrapped(sh, 50, y, para, 495, 10.5) + 8
    for line in (coordinator, "Volunteering coordinator", assoc, ctx.association_address):
        put(sh, 50, y, line, 10, width=495, bold=line == coordinator)
        y += 14
    sh.add(Text(40, 818, "1 of 1", 7.5, gray=0.45))
    return [sh], _acceptance_truth(ctx)


def acceptance_confirmation_form(ctx: DocContext, rng: random.Random) -> Built:
    """A confirmation form: boxed sections for the host, the volunteer and the decision, ticked boxes, stamp."""
    p = ctx.shown("acceptance_certificate")
    assoc = ctx.association
    sh = Sheet()
    sh.add(Box(50, 40, 495, 52, stroke=0.3, line=1.0))
    sh.add(Text(A4[0] / 2, 62, "FICHE DE CONFIRMATION D'ACCUEIL", 14, bold=True, align="center"))
    sh.add(Text(A4[0] / 2, 80, "Volontariat de solidarité" if ctx.mission_social else "Volontariat associatif",
                9.5, align="center", gray=0.3))
    sh.add(Text(50, 118, "A. STRUCTURE D'ACCUEIL", 10, bold=True))
    y = grid(sh, 50, 126, [150, 345], [["Nom", assoc], ["Sigle", acronym(assoc)], ["Adresse", ctx.association_address],
                                       ["Responsable", ctx.president]], size=9.5, row_h=20, shade=None)
    sh.add(Text(50, y + 26, "B. CANDIDAT(E)", 10, bold=True))
    y = grid(sh, 50, y + 34, [150, 345], [["Nom", p.surname.upper()], ["Prénom(s)", p.given_names],
                                          ["Date de naissance", fmt_date(p.date_of_birth, "dmy_dash")],
                                          ["Pays", p.country.name_fr]], size=9.5, row_h=20, shade=None)
    sh.add(Text(50, y + 26, "C. DÉCISION DE LA STRUCTURE", 10, bold=True))
    checkbox(sh, 60, y + 48, "Candidature acceptée", True)
    checkbox(sh, 220, y + 48, "Candidature refusée", False)
    checkbox(sh, 380, y + 48, "En attente", False)
    y = wrapped(sh, 60, y + 74, f"Mission proposée : {ctx.mission}.", 475, 9.5)
    y = wrapped(sh, 60, y + 2, f"Période envisagée : du {fmt_date(ctx.contract_start, 'dmy_dash')} au "
                f"{fmt_date(ctx.contract_end, 'dmy_dash')}.", 475, 9.5)
    sh.add(Text(60, y + 30, f"Date : {fmt_date(ctx.acceptance_date, 'dmy_dash')}", 10.5, bold=True))
    sh.add(Text(330, y + 30, "Signature et cachet de la structure", 9))
    scribble(sh, 350, y + 66, rng, 100)
    box_stamp(sh, 330, y + 86, [caps(assoc)[:40], ctx.association_address[:44]], 7, STAMP_BLUE)
    sh.add(Text(50, 808, "Document à joindre à la demande de visa et au dossier préfectoral.", 7.5, gray=0.4))
    return [sh], _acceptance_truth(ctx)
