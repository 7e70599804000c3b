"""Ninth held-out batch: volunteer contracts.

A French engagement in articles numbered in Roman figures, the parties side by side in a ruled box, 'Fait à ...,
en deux exemplaires originaux'; an English placement agreement whose dates and role sit in a schedule at the end;
a printed form with numbered sections, ticked boxes and blanks filled in by hand.
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, civ, ne, person_truth
from synth.documents.held9_common import (
    INK,
    NATIONALITY_EN,
    STAMP_BLUE,
    Page,
    acronym,
    column,
    dmy,
    dmy2,
    dotted,
    en_ordinal,
    fr_long,
    frame,
    hand,
    mission_en,
    nationality_for,
    president_title,
    round_stamp,
    sign,
    upper_first,
)
from synth.identity import Identity
from synth.layout import Box, text_width, wrap


def _truth(ctx: DocContext, p: Identity, mission: str, lang: str) -> dict[str, str]:
    return person_truth(p) | {"association": ctx.association, "start_date": ctx.contract_start.isoformat(),
                              "end_date": ctx.contract_end.isoformat(),
                              "signature_date": ctx.contract_signed.isoformat(), "mission": mission,
                              "language": lang}


_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")


def contract_engagement_roman_articles(ctx: DocContext, rng: random.Random) -> Built:
    """'Contrat d'engagement de volontariat': the parties in two ruled cells, articles I to VII, the mission in
    article I, the dates in long French in article II, signed in two columns under 'Fait à ..., le ...'."""
    p = ctx.shown("volunteer_contract")
    short = acronym(ctx.association)
    pg = Page(family="serif", size=10.5, left=58, right=58)
    sh = pg.sheet
    sh.text(537, 40, f"Contrat n° {short}-V-{ctx.contract_signed.year}-{rng.randint(1, 99):03d}", 8.5,
            family="mono", align="right", gray=0.35)
    pg.y = 66
    pg.line("CONTRAT D'ENGAGEMENT DE VOLONTARIAT", size=15, bold=True, align="center")
    pg.line("Mission d'intérêt général à caractère social ou humanitaire" if ctx.mission_social
            else "Mission d'intérêt général", size=10, align="center", gray=0.3, after=14)
    pg.line("ENTRE LES SOUSSIGNÉS", size=10, bold=True, align="center", after=6)
    top = pg.y
    left = (f"L'association « {ctx.association} » ({short}), dont le siège est situé {ctx.association_address}, "
            f"représentée par {ctx.president}, en sa qualité de {president_title(ctx.president).lower()}, "
            "ci-après « l'organisme d'accueil »,")
    right = (f"{civ(p, 'fr')} {upper_first(p)}, {ne(p)} le {dmy(p.date_of_birth, '.')} à {p.place_of_birth}, "
             f"de nationalité {nationality_for(p)}, titulaire du passeport n° {p.passport_number}, "
             f"ci-après « {'la' if p.sex == 'F' else 'le'} volontaire »,")
    end_l = column(sh, 66, top + 18, 220, left, size=9.5)
    end_r = column(sh, 308, top + 18, 220, right, size=9.5)
    bottom = max(end_l, end_r) + 12
    frame(sh, 58, top, 240, bottom - top, gray=0.4, line=0.6)
    frame(sh, 298, top, 239, bottom - top, gray=0.4, line=0.6)
    pg.y = bottom + 8
    pg.line("IL A ÉTÉ CONVENU CE QUI SUIT :", size=10, bold=True, after=6)
    articles = [
        ("Objet", f"L'organisme d'accueil confie {'à la' if p.sex == 'F' else 'au'} volontaire, qui l'accepte, la "
                  f"mission suivante : {ctx.mission}. La mission s'exerce sous l'autorité d'un tuteur désigné par "
                  "l'organisme d'accueil."),
        ("Durée", f"Le présent contrat prend effet le {fr_long(ctx.contract_start)} et prend fin le "
                  f"{fr_long(ctx.contract_end)}. Il n'est pas renouvelable par tacite reconduction."),
        ("Lieu et temps de la mission", f"La mission s'exerce à {ctx.association_city} et dans ses environs, "
                                        f"{rng.choice((24, 26, 28, 30))} heures par semaine réparties sur cinq jours."),
        ("Indemnité", f"Le volontaire perçoit une indemnité mensuelle de {rng.choice((580, 600, 620, 650))} euros, "
                      "qui n'a pas le caractère d'un salaire. L'hébergement est pris en charge par l'organisme."),
        ("Protection sociale", "L'organisme d'accueil affilie le volontaire au régime général de la sécurité "
                               "sociale et souscrit une assurance responsabilité civile couvrant ses activités."),
        ("Fin de mission", "À l'issue du contrat, le volontaire regagne son pays de résidence ; il ne peut se "
                           "prévaloir du présent contrat pour un autre séjour."),
        ("Résiliation", "Chaque partie peut mettre fin au contrat moyennant un préavis d'un mois, sauf faute grave "
                        "ou force majeure."),
    ]
    for i, (head, body) in enumerate(articles):
        pg.need(60)
        pg.line(f"ARTICLE {_ROMAN[i]} - {head.upper()}", size=10, bold=True, after=2)
        pg.para(body, after=8)
    pg.need(150)
    pg.gap(6)
    pg.para(f"Fait à {ctx.association_city}, en deux exemplaires originaux, le {fr_long(ctx.contract_signed)}.",
            after=14)
    y = pg.y
    pg.sheet.text(80, y + 10, "Pour l'organisme d'accueil", 10, family="serif", bold=True)
    pg.sheet.text(80, y + 24, f"{ctx.president}, {president_title(ctx.president)}", 9.5, family="serif")
    pg.sheet.text(340, y + 10, f"{'La' if p.sex == 'F' else 'Le'} volontaire", 10, family="serif", bold=True)
    pg.sheet.text(340, y + 24, "« Lu et approuvé »", 9.5, family="serif", gray=0.3)
    sign(pg.sheet, 90, y + 60, rng)
    round_stamp(pg.sheet, 200, y + 70, 34, [short, ctx.association_city.upper()], rgb=STAMP_BLUE)
    hand(pg.sheet, 350, y + 46, "Lu et approuvé", rng, size=11)
    sign(pg.sheet, 360, y + 72, rng)
    n = len(pg.sheets)
    for i, page in enumerate(pg.sheets, start=1):
        page.text(297, 815, f"Page {i}/{n}", 8, family="serif", align="center", gray=0.4)
        if i < n:  # both parties initial every page but the last
            page.text(470, 800, "Paraphes :", 7.5, family="serif", gray=0.4)
            hand(page, 515, 802, "".join(w[0] for w in ctx.president.split()), rng, size=10)
            hand(page, 540, 802, p.given_names[0] + p.surname[0], rng, size=10)
    return pg.sheets, _truth(ctx, p, ctx.mission, "fr")


def contract_placement_agreement_schedule_en(ctx: DocContext, rng: random.Random) -> Built:
    """An English 'Volunteer Placement Agreement': numbered clauses referring to a schedule, the schedule's
    table holding the role, the start and end dates (dd/mm/yyyy), signature boxes each with its date."""
    p = ctx.shown("volunteer_contract")
    role = mission_en(ctx.mission)
    pg = Page(family="sans", size=10, left=60, right=60)
    sh = pg.sheet
    sh.add(Box(0, 0, pg.width, 8, rgb=(0.55, 0.1, 0.2), stroke=None))
    sh.text(60, 40, f"Ref. {acronym(ctx.association)}/VPA/{rng.randint(100, 999)}", 8.5, family="sans", gray=0.4)
    sh.text(535, 40, "CONFIDENTIAL", 8.5, family="sans", align="right", gray=0.4)
    pg.y = 66
    pg.line("VOLUNTEER PLACEMENT AGREEMENT", size=16, bold=True, after=2)
    pg.line(f"Dated {en_ordinal(ctx.contract_signed)}", size=10, gray=0.3, after=14)
    pg.line("PARTIES", size=10, bold=True, after=4)
    pg.para(f"(1) {ctx.association}, a not-for-profit association governed by the French law of 1 July 1901, whose "
            f"registered office is at {ctx.association_address}, France, represented by {ctx.president} "
            "(the \"Host Organisation\"); and", indent=12)
    nat = NATIONALITY_EN.get(p.country.code, p.country.name_en)
    pg.para(f"(2) {p.given_names} {p.surname.upper()}, born on {en_ordinal(p.date_of_birth)} in {p.place_of_birth}, "
            f"a {nat} national, passport number {p.passport_number} (the \"Volunteer\").", indent=12, after=10)
    clauses = [
        ("Placement", "The Host Organisation offers and the Volunteer accepts the unpaid voluntary placement "
                      "described in the Schedule. The placement serves the general interest"
                      + (" and is of a social character." if ctx.mission_social else ".")),
        ("Term", "The placement begins and ends on the dates set out in the Schedule, unless ended earlier under "
                 "clause 6."),
        ("Allowance", f"The Host Organisation pays the Volunteer a monthly living allowance of EUR "
                      f"{rng.choice((550, 600, 640))} and provides accommodation. The allowance is not a wage."),
        ("Insurance", "The Host Organisation insures the Volunteer against accidents and third-party liability "
                      "for the whole term."),
        ("Supervision", "A named supervisor guides the Volunteer, who follows the Host Organisation's charter "
                        "and safeguarding rules."),
        ("Ending the placement", "Either party may end this Agreement by giving one month's written notice."),
    ]
    for i, (head, body) in enumerate(clauses, start=1):
        pg.need(48)
        pg.line(f"{i}. {head}", size=10, bold=True, after=1)
        pg.para(body, indent=14, after=6)
    pg.need(250)
    pg.gap(8)
    pg.line("SCHEDULE - PLACEMENT DETAILS", size=11, bold=True, after=6)
    rows = [("Host Organisation", ctx.association), ("Volunteer", f"{p.surname.upper()}, {p.given_names}"),
            ("Role", role), ("Place", f"{ctx.association_city}, France"),
            ("Start date", dmy(ctx.contract_start)), ("End date", dmy(ctx.contract_end)),
            ("Weekly hours", f"{rng.choice((24, 28, 30, 35))}")]
    y = pg.y
    for k, v in rows:
        lines = wrap(v, 300, "sans", 9.5)
        h = 8 + 13 * len(lines)
        pg.sheet.add(Box(60, y, 150, h, fill=0.9, stroke=0.5, line=0.5))
        pg.sheet.add(Box(210, y, 325, h, fill=None, stroke=0.5, line=0.5))
        pg.sheet.text(66, y + 14, k, 9.5, family="sans", bold=True)
        for j, ln in enumerate(lines):
            pg.sheet.text(216, y + 14 + 13 * j, ln, 9.5, family="sans")
        y += h
    pg.y = y + 24
    pg.need(110)
    y = pg.y
    for x, who, name in ((60, "Signed for the Host Organisation", ctx.president),
                         (310, "Signed by the Volunteer", f"{p.given_names} {p.surname}")):
        frame(pg.sheet, x, y, 225, 90, gray=0.5, line=0.5)
        pg.sheet.text(x + 8, y + 14, who, 9, family="sans", bold=True)
        pg.sheet.text(x + 8, y + 28, name, 9, family="sans")
        sign(pg.sheet, x + 40, y + 56, rng)
        pg.sheet.text(x + 8, y + 82, f"Date: {dmy(ctx.contract_signed)}", 9, family="sans")
    return pg.sheets, _truth(ctx, p, role, "en")


def _box(sh: Page, x: float, y: float, ticked: bool, label: str, rng: random.Random) -> None:
    sh.sheet.add(Box(x, y - 9, 9, 9, fill=None, stroke=0.2, line=0.7))
    if ticked:
        hand(sh.sheet, x + 0.5, y - 0.5, "X", rng, size=10)
    sh.sheet.text(x + 14, y, label, 9.5, family="sans")


def contract_printed_form_ticked_boxes(ctx: DocContext, rng: random.Random) -> Built:
    """A printed form in numbered sections: the association's block at the top left, captions on dotted lines
    filled in by hand (dates 14.07.2026, signed 05/06/26), boxes ticked with a cross."""
    p = ctx.shown("volunteer_contract")
    pg = Page(family="sans", size=9.5, left=50, right=50)
    sh = pg.sheet
    frame(sh, 50, 36, 200, 52, gray=0.3)
    sh.text(58, 54, acronym(ctx.association), 14, family="sans", bold=True, gray=0.2)
    sh.text(58, 68, ctx.association, 7.5, family="sans")
    sh.text(58, 80, ctx.association_address, 7, family="sans", gray=0.35)
    sh.text(545, 54, "FORMULAIRE F-12", 8, family="mono", align="right", gray=0.4)
    pg.y = 110
    pg.line("CONTRAT DE VOLONTARIAT - VOLONTAIRE ÉTRANGER", size=13, bold=True, align="center", after=2)
    pg.line("(à remplir en lettres capitales, un exemplaire pour chaque partie)", size=8, align="center",
            gray=0.4, after=10)

    def section(title: str) -> None:
        pg.need(40)
        pg.gap(6)
        pg.sheet.add(Box(50, pg.y + 2, 495, 16, fill=0.85, stroke=None))
        pg.line(title, size=9.5, bold=True, x=56, lead=1.5, after=6)

    def field(cap: str, value: str, x: float = 50, x_end: float = 545, size: float = 11) -> None:
        pg.need(24)
        pg.y += 20
        pg.sheet.text(x, pg.y, cap, 9.5, family="sans")
        x0 = x + text_width(cap, "sans", 9.5) + 6
        dotted(pg.sheet, x0, x_end, pg.y + 2)
        hand(pg.sheet, x0 + 6, pg.y - 2, value, rng, size=size)

    section("1. ORGANISME D'ACCUEIL")
    field("Dénomination :", ctx.association)
    field("Représenté par :", f"{ctx.president} ({president_title(ctx.president).lower()})")
    section("2. VOLONTAIRE")
    field("Nom :", p.surname.upper(), x_end=290)
    pg.y -= 20
    field("Prénom(s) :", p.given_names, x=300)
    field("Date de naissance :", dmy(p.date_of_birth, "."), x_end=290)
    pg.y -= 20
    field("Lieu :", p.place_of_birth, x=300)
    field("Nationalité :", nationality_for(p), x_end=290)
    pg.y -= 20
    field("Passeport n° :", p.passport_number, x=300)
    section("3. MISSION")
    lines = wrap(ctx.mission, 440, "hand", 11)
    for i, ln in enumerate(lines):
        field("Description :" if i == 0 else "", ln)
    pg.y += 20
    _box(pg, 56, pg.y, False, "Temps plein", rng)
    _box(pg, 180, pg.y, True, f"Temps partiel ({rng.choice((24, 26, 28))} h / semaine)", rng)
    pg.y += 18
    _box(pg, 56, pg.y, True, "Hébergement fourni par l'organisme", rng)
    _box(pg, 300, pg.y, rng.random() < 0.5, "Repas pris en charge", rng)
    section("4. DURÉE")
    field("Date de début :", dmy(ctx.contract_start, "."), x_end=290)
    pg.y -= 20
    field("Date de fin :", dmy(ctx.contract_end, "."), x=300)
    section("5. ENGAGEMENTS")
    pg.para("L'organisme d'accueil assure l'encadrement, la formation et la protection sociale du volontaire. Le "
            "volontaire s'engage à accomplir sa mission avec assiduité et à respecter le règlement intérieur.",
            size=9, after=2)
    section("6. SIGNATURES")
    field("Fait à :", ctx.association_city, x_end=290)
    pg.y -= 20
    field("le :", dmy2(ctx.contract_signed, "/"), x=300)
    pg.need(90)
    y = pg.y + 22
    pg.sheet.text(60, y, "L'organisme d'accueil (cachet et signature)", 8.5, family="sans", gray=0.3)
    pg.sheet.text(330, y, "Le / la volontaire", 8.5, family="sans", gray=0.3)
    sign(pg.sheet, 80, y + 36, rng)
    sign(pg.sheet, 350, y + 36, rng, rgb=INK)
    round_stamp(pg.sheet, 200, y + 44, 30, [acronym(ctx.association)], rgb=STAMP_BLUE)
    return pg.sheets, _truth(ctx, p, ctx.mission, "fr")
