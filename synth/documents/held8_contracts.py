"""Eighth held-out batch: volunteer contracts.

A printed form in lettered sections with boxed fields and ticked domains (the association's acronym at the top, its
full name in a box); an agreement in English drawn up as a deed ('made on the 5th day of June 2026 between ...');
a convention written as a letter to the volunteer, the two parties' commitments side by side, the association's
letterhead at the foot of the page.
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, person_truth
from synth.documents.held8_common import (
    INK_BLUE,
    STAMP_BLUE,
    acronym,
    association_in_sentence,
    box_stamp,
    en_day_of,
    en_ordinal,
    fr_long,
    fr_weekday,
    handwriting,
    hline,
    labelled_box,
    legal_form,
    numeric,
    org_word,
    page_number,
    para,
    president_title,
    sign,
    siret,
    title_fr,
)
from synth.layout import A4, Box, Sheet, Text, text_width


def contract_truth(ctx: DocContext, lang: str) -> dict[str, str]:
    p = ctx.shown("volunteer_contract")
    return person_truth(p) | {"association": ctx.association, "start_date": ctx.contract_start.isoformat(),
                              "end_date": ctx.contract_end.isoformat(),
                              "signature_date": ctx.contract_signed.isoformat(), "mission": ctx.mission,
                              "language": lang}


def section_bar(sheet: Sheet, x: float, y: float, w: float, label: str) -> float:
    sheet.add(Box(x, y, w, 18, fill=0.25, stroke=None))
    sheet.add(Text(x + 6, y + 13, label, 9.5, bold=True, gray=1.0))
    return y + 24


def tick(sheet: Sheet, x: float, y: float, label: str, on: bool) -> float:
    """A printed box, ticked by hand or left empty, and its label; returns the x after the label."""
    sheet.add(Box(x, y - 8, 9, 9, fill=None, stroke=0.2, line=0.7))
    if on:
        sheet.add(Text(x + 1, y, "X", 9, family="hand", bold=True))
    sheet.add(Text(x + 14, y, label, 9))
    return x + 26 + text_width(label, "sans", 9)


# ---------------------------------------------------------------- 1: the form in lettered sections

def contract_form_lettered_sections(ctx: DocContext, rng: random.Random) -> Built:
    """A printed form: 'A. L'ORGANISME D'ACCUEIL' ... 'E. SIGNATURES' in dark bars, each particular in a box,
    the volunteer's birth name and usage name apart, the domain ticked, dates '14/07/2026', 'Lu et approuvé' in pen."""
    p = ctx.shown("volunteer_contract")
    sigle = acronym(ctx.association)
    x, w = 46.0, A4[0] - 92
    first = Sheet()
    first.add(Box(x, 34, 70, 40, fill=None, stroke=None, rgb=(0.15, 0.35, 0.55)))
    first.add(Text(x + 35, 60, sigle, 15, bold=True, align="center", gray=1.0))
    first.add(Text(x + 84, 50, "CONTRAT D'ENGAGEMENT DE VOLONTARIAT", 14, bold=True))
    first.add(Text(x + 84, 66, "Formulaire à compléter en deux exemplaires - à joindre au dossier de titre de séjour",
                   8, gray=0.35))
    first.add(Text(A4[0] - 46, 86, f"Réf. {sigle}-{ctx.contract_signed.year}-{rng.randint(10, 400):03d}", 8,
                   family="mono", align="right"))
    y = section_bar(first, x, 96, w, "A. L'ORGANISME D'ACCUEIL")
    bh = 32.0
    labelled_box(first, x, y, w, bh, "Dénomination", ctx.association)
    y += bh
    labelled_box(first, x, y, w * 0.3, bh, "Sigle", sigle)
    labelled_box(first, x + w * 0.3, y, w * 0.7, bh, "Adresse du siège", ctx.association_address)
    y += bh
    labelled_box(first, x, y, w * 0.5, bh, "Représenté par", ctx.president)
    labelled_box(first, x + w * 0.5, y, w * 0.5, bh, "N° SIRET", siret(rng))
    y += bh + 10
    y = section_bar(first, x, y, w, "B. LE / LA VOLONTAIRE")
    labelled_box(first, x, y, w * 0.34, bh, "Nom de naissance", p.surname.upper())
    labelled_box(first, x + w * 0.34, y, w * 0.22, bh, "Nom d'usage", "-")
    labelled_box(first, x + w * 0.56, y, w * 0.44, bh, "Prénom(s)", p.given_names)
    y += bh
    labelled_box(first, x, y, w * 0.34, bh, "Date de naissance", numeric(p.date_of_birth))
    labelled_box(first, x + w * 0.34, y, w * 0.36, bh, "Lieu de naissance", p.place_of_birth)
    labelled_box(first, x + w * 0.7, y, w * 0.3, bh, "Nationalité", p.country.nationality_fr)
    y += bh
    labelled_box(first, x, y, w, bh, "Adresse en France", ctx.association_address if rng.random() < 0.4 else
                 f"chez {rng.choice(('M.', 'Mme'))} {rng.choice(('Durand', 'Petit', 'Garnier'))}, "
                 f"{rng.randint(2, 80)} rue {rng.choice(('Victor Hugo', 'Jean Jaurès', 'Pasteur'))}, "
                 f"{ctx.association_city}")
    y += bh + 10
    y = section_bar(first, x, y, w, "C. LA MISSION")
    first.add(Text(x, y + 10, "Domaine :", 9, bold=True))
    cx = tick(first, x + 60, y + 10, "Social", ctx.mission_social)
    cx = tick(first, cx, y + 10, "Humanitaire", False)
    cx = tick(first, cx, y + 10, "Éducation", False)
    tick(first, cx, y + 10, "Autre" + ("" if ctx.mission_social else " : fonctionnement de la structure"),
         not ctx.mission_social)
    y += 18
    first.add(Box(x, y, w, 70, fill=None, stroke=0.25, line=0.7))
    first.add(Text(x + 3, y + 9, "Description des activités confiées", 6.8, gray=0.3))
    para(first, x + 6, y + 24, w - 12, ctx.mission[0].upper() + ctx.mission[1:] + ".", size=10.5, family="sans",
         lead=1.3)
    y += 80
    y = section_bar(first, x, y, w, "D. DURÉE DE L'ENGAGEMENT")
    labelled_box(first, x, y, w * 0.5, bh, "Date de début", numeric(ctx.contract_start))
    labelled_box(first, x + w * 0.5, y, w * 0.5, bh, "Date de fin", numeric(ctx.contract_end))
    y += bh
    months = round((ctx.contract_end - ctx.contract_start).days / 30.44)
    labelled_box(first, x, y, w * 0.5, bh, "Durée", f"{months} mois")
    labelled_box(first, x + w * 0.5, y, w * 0.5, bh, "Durée hebdomadaire", f"{rng.choice((24, 28, 30, 35))} heures")
    page_number(first, 1, 2)
    second = Sheet()
    y = 60.0
    second.add(Text(x, y, f"Contrat {sigle} - {p.surname.upper()} {p.given_names} (suite)", 8.5, gray=0.4))
    y = section_bar(second, x, y + 14, w, "E. ENGAGEMENTS RÉCIPROQUES")
    clauses = [
        f"L'organisme accueille le/la volontaire pour la mission décrite en C, pour la durée indiquée en D, sans "
        f"lien de subordination. Il lui verse une indemnité de {rng.choice((480, 520, 600))} euros par mois.",
        "Le/la volontaire s'engage à respecter le projet associatif, les horaires convenus et la confidentialité "
        "des informations relatives aux personnes accompagnées.",
        "Le présent contrat peut être rompu par l'une ou l'autre des parties moyennant un préavis d'un mois.",
        "Le/la volontaire déclare avoir été informé(e) qu'il/elle devra quitter le territoire français au terme de "
        "sa mission.",
    ]
    for i, text in enumerate(clauses, start=1):
        y = para(second, x, y + 6, w, f"E.{i}  {text}", size=10, family="sans", lead=1.35)
    y = section_bar(second, x, y + 14, w, "F. SIGNATURES")
    second.add(Text(x, y + 12, f"Fait à {ctx.association_city}, le {numeric(ctx.contract_signed)}, en deux "
                    f"exemplaires originaux.", 10.5))
    y += 36
    for i, who in enumerate((f"Pour l'organisme : {ctx.president}", f"Le/la volontaire : {p.given_names} "
                                                                     f"{p.surname.upper()}")):
        bx = x + i * w / 2
        second.add(Box(bx, y, w / 2 - 8, 120, fill=None, stroke=0.3, line=0.6))
        second.add(Text(bx + 6, y + 14, who, 9))
        handwriting(second, bx + 14, y + 46, w / 2 - 30, "Lu et approuvé", rng, size=11)
        sign(second, bx + 40, y + 84, rng)
    box_stamp(second, x + 120, y + 60, [sigle, ctx.association_city.upper()], size=8, rgb=STAMP_BLUE)
    page_number(second, 2, 2)
    return [first, second], contract_truth(ctx, "fr")


# ---------------------------------------------------------------- 2: the deed in English

def contract_deed_english(ctx: DocContext, rng: random.Random) -> Built:
    """'THIS VOLUNTEER AGREEMENT is made on the 5th day of June 2026 BETWEEN (1) ... AND (2) ...': the parties
    described in full, the mission quoted in French from the project sheet, numbered clauses, two signature
    columns with the date written under each."""
    p = ctx.shown("volunteer_contract")
    first = Sheet()
    x, w = 70.0, A4[0] - 140
    first.add(Text(A4[0] / 2, 70, "VOLUNTEER AGREEMENT", 18, bold=True, align="center"))
    first.add(Text(A4[0] / 2, 88, "(Contrat de volontariat)", 10, align="center", gray=0.35))
    y = para(first, x, 130, w, f"THIS AGREEMENT is made on the {en_day_of(ctx.contract_signed)}", size=11.5)
    first.add(Text(x, y + 8, "BETWEEN:", 11, bold=True))
    kind = "a foundation recognised as being of public utility" if ctx.association.startswith("Fondation") else \
        "a not-for-profit association under the French law of 1 July 1901"
    y = para(first, x + 20, y + 30, w - 20, f"(1) {ctx.association}, {kind}, whose registered office is at "
             f"{ctx.association_address}, France, represented by {ctx.president}, its President "
             f"(\"the Organisation\"); and", size=11)
    y = para(first, x + 20, y + 8, w - 20, f"(2) {'Mr' if p.sex == 'M' else 'Ms'} {p.given_names} "
             f"{p.surname.upper()}, born on {en_ordinal(p.date_of_birth)} in {p.place_of_birth} "
             f"({p.country.name_en}), a national of {p.country.name_en} (\"the Volunteer\").", size=11)
    first.add(Text(x, y + 14, "IT IS AGREED as follows:", 11, bold=True))
    y += 30
    social = (" The mission is of a social and humanitarian nature and serves the general interest."
              if ctx.mission_social else "")
    clauses = [
        ("1. Placement", f"The Organisation hosts the Volunteer for the following mission, as worded in its "
                         f"French project sheet: « {ctx.mission} ».{social}"),
        ("2. Term", f"The placement shall commence on {en_ordinal(ctx.contract_start)} and shall end on "
                    f"{en_ordinal(ctx.contract_end)}, unless terminated earlier under clause 6."),
        ("3. Hours", f"The Volunteer will give about {rng.choice((24, 28, 30))} hours a week, on days agreed with "
                     f"the Volunteer's mentor."),
        ("4. Allowance", f"The Organisation pays the Volunteer a monthly allowance of EUR "
                         f"{rng.choice((500, 550, 620))} and provides accommodation and insurance."),
        ("5. No employment", "Nothing in this Agreement creates a contract of employment."),
        ("6. Termination", "Either party may end this Agreement by giving one month's notice in writing."),
    ]
    sheets = [first]
    page = first
    for head, text in clauses:
        if y > A4[1] - 140:
            page = Sheet()
            sheets.append(page)
            y = 70.0
        page.add(Text(x, y, head, 11, bold=True))
        y = para(page, x + 18, y + 18, w - 18, text, size=10.5) + 4
    if y > A4[1] - 230:
        page = Sheet()
        sheets.append(page)
        y = 70.0
    page.add(Text(x, y + 10, "SIGNED by the parties:", 11, bold=True))
    y += 36
    cols = ((f"For and on behalf of {acronym(ctx.association)}", ctx.president),
            ("The Volunteer", f"{p.given_names} {p.surname.upper()}"))
    for i, (head, name) in enumerate(cols):
        cx = x + i * (w / 2 + 10)
        page.add(Text(cx, y, head, 10, bold=True))
        sign(page, cx + 20, y + 36, rng)
        hline(page, cx, cx + w / 2 - 20, y + 58, gray=0.3)
        page.add(Text(cx, y + 72, f"Name: {name}", 9.5))
        page.add(Text(cx, y + 88, f"Date: {numeric(ctx.contract_signed)}", 9.5))
    for i, sh in enumerate(sheets, start=1):
        page_number(sh, i, len(sheets), "en")
    return sheets, contract_truth(ctx, "en")


# ---------------------------------------------------------------- 3: the convention as a letter

def contract_letter_convention(ctx: DocContext, rng: random.Random) -> Built:
    """A convention written as a letter to the volunteer ('vous'): the address block on the right with the name
    in ordinary case, the dates with their weekdays, the two parties' commitments side by side, both signatures
    after 'Fait en deux exemplaires', the association's letterhead as a band at the foot of the page."""
    p = ctx.shown("volunteer_contract")
    first = Sheet()
    x, w = 64.0, A4[0] - 128
    first.add(Text(x, 60, ctx.association, 13, bold=True, gray=0.15))
    network = rng.choice(("Fédération Entraide et Territoires", "Union des Maisons Solidaires",
                          "Collectif Accueil France"))
    first.add(Text(x, 76, f"Membre du réseau « {network} »", 8.5, gray=0.4))
    ax = A4[0] / 2 + 30
    first.add(Text(ax, 120, f"{title_fr(p)} {p.given_names} {p.surname}", 10.5))
    first.add(Text(ax, 134, f"née le {fr_long(p.date_of_birth)}" if p.sex == "F" else
                   f"né le {fr_long(p.date_of_birth)}", 10.5))
    first.add(Text(ax, 148, f"à {p.place_of_birth} ({p.country.name_fr})", 10.5))
    first.add(Text(x, 200, "Objet : convention d'engagement réciproque de volontariat", 10.5, bold=True))
    start, end = ctx.contract_start, ctx.contract_end
    named = association_in_sentence(ctx.association, rng)
    body = (f"{title_fr(p)}, nous avons le plaisir de vous confirmer votre engagement en qualité de volontaire "
            f"au sein de {named}, du {fr_weekday(start)} au {fr_weekday(end)} inclus. La présente lettre vaut "
            f"convention entre vous et l'association ; elle en fixe les conditions.")
    y = para(first, x, 232, w, body, size=11)
    y = para(first, x, y + 8, w, f"Votre mission consistera à {ctx.mission}."
             + (" Elle revêt un caractère social et s'inscrit dans l'intérêt général." if ctx.mission_social else ""),
             size=11)
    y += 16
    col = (w - 20) / 2
    first.add(Text(x, y, "Vous vous engagez à :", 10.5, bold=True))
    first.add(Text(x + col + 20, y, f"{org_word(ctx.association).capitalize()} s'engage à :", 10.5, bold=True))
    left = ["respecter le projet et le règlement de l'association ;", "assurer les activités convenues avec votre "
            "tuteur ou tutrice ;", "prévenir de toute absence ;",
            "quitter le territoire français au terme de votre engagement."]
    right = [f"vous verser une indemnité mensuelle de {rng.choice((450, 520, 580))} euros ;",
             "vous assurer pendant vos activités ;", "vous former et vous accompagner ;",
             "vous délivrer une attestation de fin de mission."]
    yl = yr = y + 18
    for item in left:
        yl = para(first, x + 10, yl, col - 10, f"- {item}", size=10, family="sans", lead=1.3)
    for item in right:
        yr = para(first, x + col + 30, yr, col - 10, f"- {item}", size=10, family="sans", lead=1.3)
    y = max(yl, yr) + 16
    first.add(Text(x, y, f"Fait en deux exemplaires à {ctx.association_city}, le {fr_long(ctx.contract_signed)}.",
                   11))
    y += 30
    first.add(Text(x, y, f"Pour {org_word(ctx.association)}, {ctx.president}", 10))
    first.add(Text(x, y + 14, president_title(ctx.president), 9.5, gray=0.35))
    first.add(Text(x + col + 20, y, f"{p.given_names} {p.surname}, volontaire", 10))
    handwriting(first, x + col + 20, y + 22, col, "Bon pour accord", rng, size=11)
    sign(first, x + 30, y + 50, rng)
    sign(first, x + col + 60, y + 56, rng, rgb=INK_BLUE)
    first.add(Box(0, A4[1] - 58, A4[0], 58, fill=0.9, stroke=None))
    first.add(Text(A4[0] / 2, A4[1] - 38, f"{ctx.association} - {legal_form(ctx.association)}", 8,
                   align="center", gray=0.25))
    first.add(Text(A4[0] / 2, A4[1] - 24, f"{ctx.association_address} - SIRET {siret(rng)}", 8, align="center",
                   gray=0.25))
    sheets = [first]
    if rng.random() < 0.5:  # the volunteer's initials on a copy of the charter, dated the same day
        annex = Sheet()
        annex.add(Text(x, 70, "Annexe - Charte du volontariat", 13, bold=True))
        para(annex, x, 100, w, "La charte rappelle que l'engagement de volontariat est un engagement libre, "
             "réciproque et désintéressé, au service de l'intérêt général, sans lien de subordination.", size=10.5)
        annex.add(Text(x, 170, f"Paraphes : {p.given_names[0]}.{p.surname[0]}.", 10, family="hand"))
        annex.add(Text(x, 190, f"{ctx.association_city}, {numeric(ctx.contract_signed)}", 10))
        sheets.append(annex)
    return sheets, contract_truth(ctx, "fr")

