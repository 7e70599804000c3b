"""Eighth held-out batch: the association's acceptance of the volunteer.

An attestation under the association's acronym with its legal particulars in a band at the foot of the page; a
letter in English to the volunteer ('we are pleased to confirm ...'), dated '16th May 2026'; a federation's local
committee certifying, in a table, that its member association will host the volunteer.
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, civ, person_truth
from synth.documents.held8_common import (
    STAMP_BLUE,
    STAMP_VIOLET,
    acronym,
    association_in_sentence,
    box_stamp,
    e,
    en_long,
    en_ordinal,
    fr_long,
    grid_table,
    legal_form,
    numeric,
    org_word,
    para,
    president_title,
    round_stamp,
    sign,
    siret,
    title_fr,
)
from synth.formats import MONTHS_FR, add_months
from synth.layout import A4, Box, Sheet, Text

FEDERATIONS = (("Fédération nationale Entraide et Territoires", "FNET"),
               ("Union française des Maisons Solidaires", "UFMS"),
               ("Fédération des Associations d'Accueil et de Solidarité", "FAAS"))
DEPARTMENTS = {"Paris": ("de Paris", "Paris"), "Lyon": ("du Rhône", "Rhône"), "Bordeaux": ("de la Gironde", "Gironde"),
               "Marseille": ("des Bouches-du-Rhône", "Bouches-du-Rhône"), "Lille": ("du Nord", "Nord"),
               "Nantes": ("de Loire-Atlantique", "Loire-Atlantique")}
TUTORS = ("Julie Bernard", "Marc Lemoine", "Nathalie Roux", "Yacine Belkacem", "Céline Fabre")


def acceptance_truth(ctx: DocContext) -> dict[str, str]:
    p = ctx.shown("acceptance_certificate")
    return person_truth(p) | {"association": ctx.association, "issue_date": ctx.acceptance_date.isoformat()}


def months_between(ctx: DocContext) -> int:
    return round((ctx.contract_end - ctx.contract_start).days / 30.44)


# ---------------------------------------------------------------- 1: the attestation with its legal band at the foot

def acceptance_attestation_foot_band(ctx: DocContext, rng: random.Random) -> Built:
    """'ATTESTATION D'ACCUEIL EN MISSION DE VOLONTARIAT' under the acronym's coloured square; 'Je soussigné(e) ...,
    Président(e) de ...' in the first person, the volunteer in the third; the legal particulars in a grey band at
    the foot; 'Fait à Lyon, le 16 mai 2026' before the signature."""
    p = ctx.shown("acceptance_certificate")
    c = p.country
    name = ctx.association
    sigle = acronym(name)
    sheet = Sheet()
    sheet.add(Box(60, 40, 64, 64, fill=None, stroke=None, rgb=(0.8, 0.25, 0.2)))
    sheet.add(Text(92, 80, sigle, 16 if len(sigle) < 4 else 13, bold=True, align="center", gray=1.0))
    sheet.add(Text(138, 66, name, 12, bold=True, gray=0.2))
    sheet.add(Text(138, 82, ctx.association_city, 9.5, gray=0.4))
    sheet.add(Text(A4[0] / 2, 170, "ATTESTATION D'ACCUEIL", 16, bold=True, align="center"))
    sheet.add(Text(A4[0] / 2, 190, "EN MISSION DE VOLONTARIAT", 12, bold=True, align="center", gray=0.25))
    x, w = 70.0, A4[0] - 140
    woman = president_title(ctx.president) == "Présidente"
    body = [
        (f"Je soussigné{'e' if woman else ''} {ctx.president}, {president_title(ctx.president)} de "
         f"{association_in_sentence(name, rng)}, atteste que {title_fr(p)} {p.given_names} {p.surname.upper()}, "
         f"né{e(p)} le {fr_long(p.date_of_birth)} à {p.place_of_birth} ({c.name_fr}), de nationalité "
         f"{c.nationality_fr}, a été retenu{e(p)} pour effectuer une mission de volontariat au sein de notre "
         f"{'fondation' if name.startswith('Fondation') else 'association'}, à compter du "
         f"{fr_long(ctx.contract_start)}, pour une durée de {months_between(ctx)} mois."),
        f"La mission consistera à {ctx.mission}.",
        (f"{title_fr(p)} {p.surname.upper()} sera accompagné{e(p)} par un tuteur ou une tutrice et bénéficiera "
         f"d'un hébergement et d'une indemnité mensuelle pendant toute la durée de sa mission."),
        ("Cette attestation est délivrée à l'intéressé" + e(p) + " pour faire valoir ce que de droit, notamment "
         "auprès des autorités consulaires et préfectorales."),
    ]
    y = 240.0
    for b in body:
        y = para(sheet, x, y, w, b, size=11.5, lead=1.55) + 10
    sheet.add(Text(x, y + 16, f"Fait à {ctx.association_city}, le {fr_long(ctx.acceptance_date)}", 11.5))
    sheet.add(Text(A4[0] - 170, y + 50, f"{ctx.president}", 11, align="center"))
    sheet.add(Text(A4[0] - 170, y + 64, president_title(ctx.president), 9.5, align="center", gray=0.35))
    sign(sheet, A4[0] - 230, y + 96, rng)
    round_stamp(sheet, A4[0] - 330, y + 96, 38, name.upper(), [sigle], rgb=STAMP_BLUE)
    sheet.add(Box(0, A4[1] - 62, A4[0], 62, fill=0.88, stroke=None))
    sheet.add(Text(A4[0] / 2, A4[1] - 42, f"{name} ({sigle}) - {legal_form(name)}", 8, align="center", gray=0.2))
    sheet.add(Text(A4[0] / 2, A4[1] - 28, f"Siège : {ctx.association_address} - SIRET {siret(rng)}", 8,
                   align="center", gray=0.2))
    sheet.add(Text(A4[0] / 2, A4[1] - 14, f"contact@{sigle.lower()}-asso.example.org", 8, align="center", gray=0.2))
    return [sheet], acceptance_truth(ctx)


# ---------------------------------------------------------------- 2: a letter in English to the volunteer

def acceptance_letter_to_volunteer_en(ctx: DocContext, rng: random.Random) -> Built:
    """A letter in English to the volunteer: the letterhead centred, the date '16th May 2026' on the right, a 'Re:'
    line naming the volunteer with the date of birth, 'we are pleased to confirm ...', the association named with
    its acronym after it, 'Yours sincerely'."""
    p = ctx.shown("acceptance_certificate")
    c = p.country
    name = ctx.association
    sigle = acronym(name)
    sheet = Sheet()
    sheet.add(Text(A4[0] / 2, 56, name.upper(), 14, bold=True, align="center", gray=0.15))
    sheet.add(Text(A4[0] / 2, 72, f"{ctx.association_address} - France", 9, align="center", gray=0.4))
    sheet.add(Box(200, 80, A4[0] - 400, 1.2, fill=0.4, stroke=None))
    x, w = 70.0, A4[0] - 140
    sheet.add(Text(A4[0] - 70, 120, en_ordinal(ctx.acceptance_date), 11, align="right"))
    to = [f"{'Mr' if p.sex == 'M' else 'Ms'} {p.given_names} {p.surname}", p.place_of_birth, c.name_en]
    for i, line in enumerate(to):
        sheet.add(Text(x, 150 + i * 15, line, 11))
    sheet.add(Text(x, 226, f"Re: Volunteer placement - {p.given_names} {p.surname.upper()}, born "
                           f"{en_ordinal(p.date_of_birth)}", 10.5, bold=True))
    sal = f"Dear {'Mr' if p.sex == 'M' else 'Ms'} {p.surname},"
    social = ("This mission serves vulnerable people and is of a social nature. " if ctx.mission_social else "")
    paras = [
        sal,
        f"Following your application and our interview, we are pleased to confirm that {name} ({sigle}) accepts "
        f"you as a volunteer. Your placement is planned from {en_long(ctx.contract_start)} for "
        f"{months_between(ctx)} months, in {ctx.association_city}.",
        f"Your mission, as described in your contract, will be to « {ctx.mission} ». {social}You will be supported "
        f"by a tutor, {rng.choice(TUTORS)}, throughout your stay.",
        f"{sigle} will provide accommodation, a monthly allowance and insurance cover. This letter may be shown to "
        f"the French consulate and to the prefecture in support of your applications.",
        "We look forward to welcoming you.",
        "Yours sincerely,",
    ]
    y = 262.0
    for t in paras:
        y = para(sheet, x, y, w, t, size=11, lead=1.5) + 8
    sign(sheet, x + 10, y + 30, rng)
    sheet.add(Text(x, y + 64, ctx.president, 11))
    sheet.add(Text(x, y + 79, f"{president_title(ctx.president, 'en')}, {sigle}", 10, gray=0.35))
    return [sheet], acceptance_truth(ctx)


# ---------------------------------------------------------------- 3: a federation's committee certifies

def acceptance_federation_committee_table(ctx: DocContext, rng: random.Random) -> Built:
    """A federation's departmental committee certifies that its member association will host the volunteer: the
    federation's letterhead, 'CERTIFICAT D'ACCUEIL', a table (host, volunteer, birth, mission, period, tutor), the
    committee's certification and 'Lyon, 16.05.2026' under it."""
    p = ctx.shown("acceptance_certificate")
    fed, fsigle = rng.choice(FEDERATIONS)
    dept, bare = DEPARTMENTS.get(ctx.association_city, ("", ""))
    sheet = Sheet()
    sheet.add(Text(60, 56, fed.upper(), 11, bold=True, gray=0.15))
    sheet.add(Text(60, 72, f"{fsigle} - Comité départemental {dept}", 9.5, gray=0.35))
    sheet.add(Box(60, 80, A4[0] - 120, 2, fill=None, stroke=None, rgb=(0.1, 0.45, 0.35)))
    sheet.add(Text(A4[0] / 2, 130, "CERTIFICAT D'ACCUEIL", 16, bold=True, align="center"))
    sheet.add(Text(A4[0] / 2, 148, "Volontariat associatif - structure membre du réseau", 10, align="center",
                   gray=0.35))
    end = add_months(ctx.contract_start, months_between(ctx))
    rows = [["Rubrique", "Renseignements"],
            ["Structure d'accueil", f"{ctx.association} (membre {fsigle})"],
            ["Adresse", ctx.association_address],
            ["Volontaire accueilli" + e(p), f"{p.surname.upper()} {p.given_names}"],
            ["Date et lieu de naissance", f"{numeric(p.date_of_birth, '.')} - {p.place_of_birth} "
                                          f"({p.country.name_fr})"],
            ["Mission", ctx.mission[0].upper() + ctx.mission[1:]],
            ["Période prévue", f"du {numeric(ctx.contract_start, '.')} pour {months_between(ctx)} mois "
                               f"(jusqu'en {MONTHS_FR[end.month - 1]} {end.year})"],
            ["Tuteur / tutrice", rng.choice(TUTORS)]]
    y = grid_table(sheet, 60, 180, [150, A4[0] - 120 - 150], rows, size=10, shade=0.86)
    y = para(sheet, 60, y + 30, A4[0] - 120, f"Le comité départemental certifie que {org_word(ctx.association)} "
             f"désignée ci-dessus, membre du réseau « {fed} », accueillera {civ(p, 'fr')} {p.given_names} "
             f"{p.surname.upper()} en qualité de volontaire dans les conditions indiquées.", size=11, lead=1.5)
    sheet.add(Text(60, y + 20, f"{ctx.association_city}, {numeric(ctx.acceptance_date, '.')}", 11))
    sheet.add(Text(A4[0] - 170, y + 20, f"Pour le comité {fsigle}", 10, align="center"))
    sheet.add(Text(A4[0] - 170, y + 34, "le délégué départemental", 9.5, align="center", gray=0.35))
    sign(sheet, A4[0] - 230, y + 70, rng)
    box_stamp(sheet, 80, y + 46, [fsigle, f"COMITÉ {bare.upper()}", "VU ET CERTIFIÉ"], size=8,
              rgb=STAMP_VIOLET)
    return [sheet], acceptance_truth(ctx)
