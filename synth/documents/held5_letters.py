"""Fifth held-out batch: commitments to leave France and the association's acceptance papers.

Written without looking at how the reader works; the values come from the context
and the truth keys are family 1's.  Every signature is a pen stroke, so that an
unsigned rendering leaves no trace of it.
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
from synth.formats import fmt_date, fr_date_words
from synth.identity import Identity
from synth.layout import A4, Box, Flow, Stroke, wrap

COORDINATORS = ("Nadia Benhamou", "Julien Caradec", "Agnès Peyrol", "Thomas Vidal", "Inès Marchetti")


def _departure_truth(ctx: DocContext, p: Identity, lang: str) -> dict[str, str]:
    return person_truth(p) | {"signature_date": ctx.commitment_date.isoformat(), "commits_to_leave": "true",
                              "language": lang}


def departure_handwritten_honour(ctx: DocContext, rng: random.Random) -> Built:
    """A short handwritten 'attestation sur l'honneur' on plain paper: place and date top right ('5/03/26'), the
    title underlined by hand, first person, the contract and the association named."""
    p = ctx.shown("departure_commitment")
    c = p.country
    f = Flow(family="hand", size=13, margin=60, wobble=rng)
    f.para(f"{p.given_names} {p.surname}", after=0)
    f.para(f"{rng.randint(2, 80)} {rng.choice(('rue de Belleville', 'avenue Jean Jaurès', 'rue des Martyrs'))}",
           after=0)
    f.para(ctx.association_city, after=10)
    f.para(f"{ctx.association_city}, le {short_year(ctx.commitment_date)}", align="right", after=30)
    f.para("Attestation sur l'honneur", size=16, align="center", after=2)
    w = 180
    f.sheet.add(Stroke(((A4[0] / 2 - w / 2, f.y + 2), (A4[0] / 2 + w / 2, f.y - 1)), width=1.0,
                       rgb=(0.15, 0.15, 0.35)))
    f.space(26)
    f.para(f"Je soussigné{'e' if p.sex == 'F' else ''} {p.given_names} {p.surname.upper()}, {ne(p)} le "
           f"{short_year(p.date_of_birth)} à {p.place_of_birth} ({c.name_fr}), de nationalité {c.nationality_fr},",
           after=8)
    f.para(f"atteste sur l'honneur que je quitterai la France à la fin de mon contrat de volontariat avec "
           f"{the_body(ctx.association)}, c'est-à-dire après le {fr_plain(ctx.contract_end)}.", after=8)
    f.para("Je ne demanderai pas d'autre titre de séjour à l'issue de cette mission.", after=8)
    f.para("Fait pour servir et valoir ce que de droit.", after=26)
    f.para("Signature", align="right", after=4)
    sign_at(f.sheet, 400, f.y + 20, rng, scale=1.1)
    f.y += 50
    return f.sheets, _departure_truth(ctx, p, "fr")


def departure_english_statement(ctx: DocContext, rng: random.Random) -> Built:
    """A typed English letter to the prefecture's foreigners' office that dwells on the contract (who, when, what,
    until when) before the undertaking; signed, then dated '5th March 2026' under the signature."""
    p = ctx.shown("departure_commitment")
    c = p.country
    f = Flow(family="sans", size=11, margin=66)
    f.para(f"From: {p.given_names} {caps(p.surname)}", after=0)
    f.para(f"Volunteer, {ctx.association}", after=0)
    f.para(ctx.association_address, after=20)
    f.para(f"To: Préfecture - Bureau des étrangers, {ctx.association_city}", after=20)
    f.para("Re: temporary residence permit (APS) for volunteers - undertaking to leave France", bold=True, after=12)
    f.para("Dear Sir or Madam,", after=8)
    f.para(f"My name is {p.given_names} {caps(p.surname)}. I was born on {en_ordinal(p.date_of_birth)} in "
           f"{p.place_of_birth}, {c.name_en}, and I am a {c.name_en} national.")
    f.para(f"On {en_ordinal(ctx.contract_signed)}, before travelling to France, I signed a volunteer contract with "
           f"{ctx.association}, {ctx.association_address}, represented by its president {ctx.president}. Under "
           f"this contract I volunteer in {ctx.association_city} from {en_ordinal(ctx.contract_start)} to "
           f"{en_ordinal(ctx.contract_end)}. My mission, as the contract describes it in French, is to "
           f"\"{ctx.mission}\".")
    f.para("I understand that the residence permit I am applying for is granted only for the length of this "
           "contract and only for this volunteer mission.")
    f.para("I hereby undertake to leave French territory at the end of my contract, and in any case if the contract "
           "ends before its term.", bold=True)
    f.para("Yours faithfully,", after=10)
    sign_at(f.sheet, f.margin + 10, f.y + 24, rng)
    f.y += 44
    f.para(f"{p.given_names} {caps(p.surname)}", after=2)
    f.para(en_ordinal(ctx.commitment_date), after=2)
    return f.sheets, _departure_truth(ctx, p, "en")


def departure_bilingual_form(ctx: DocContext, rng: random.Random) -> Built:
    """A bilingual French/English declaration form: particulars in a ruled table, the undertaking as a ticked
    box, the date in a labelled cell ('05.03.2026') beside the signature box."""
    p = ctx.shown("departure_commitment")
    c = p.country
    f = Flow(family="sans", size=10, margin=54)
    frame(f.sheet, 40, 40, A4[0] - 80, 70, gray=0.3)
    f.sheet.text(A4[0] / 2, 68, "DÉCLARATION D'ENGAGEMENT À QUITTER LA FRANCE", 13.5, bold=True, align="center")
    f.sheet.text(A4[0] / 2, 88, "UNDERTAKING TO LEAVE FRANCE", 11, align="center", gray=0.3)
    f.sheet.text(A4[0] / 2, 102, "Volontariat associatif / Volunteering", 8.5, align="center", gray=0.4)
    f.y = 140
    f.para("Je soussigné(e) / I, the undersigned:", bold=True, after=6)
    rows = [("Nom / Surname", caps(p.surname)), ("Prénom(s) / Given names", p.given_names),
            ("Date de naissance / Date of birth", p.date_of_birth.strftime("%d.%m.%Y")),
            ("Lieu de naissance / Place of birth", f"{p.place_of_birth} ({c.name_fr})"),
            ("Nationalité / Nationality", c.nationality_fr),
            ("N° de passeport / Passport No.", p.passport_number),
            ("Organisme d'accueil / Host association", ctx.association),
            ("Contrat de volontariat / Volunteer contract",
             f"du {ctx.contract_start.strftime('%d.%m.%Y')} au {ctx.contract_end.strftime('%d.%m.%Y')}")]
    for label, value in rows:
        lines = wrap(value, 250, "sans", 10.5, True)
        h = 14 * len(lines) + 10
        f.sheet.add(Box(f.margin, f.y, 230, h, fill=0.93, stroke=0.35, line=0.5))
        f.sheet.add(Box(f.margin + 230, f.y, f.width - 230, h, stroke=0.35, line=0.5))
        f.sheet.text(f.margin + 5, f.y + 15, label, 8.5, gray=0.25)
        for j, line in enumerate(lines):
            f.sheet.text(f.margin + 236, f.y + 15 + 14 * j, line, 10.5, bold=True)
        f.y += h
    f.space(20)
    for ticked, fr, en in (
        (True, "m'engage à quitter le territoire français au terme de mon contrat de volontariat ;",
         "undertake to leave French territory when my volunteer contract ends;"),
        (True, "certifie sur l'honneur l'exactitude des renseignements ci-dessus.",
         "certify on my honour that the above is true."),
    ):
        f.sheet.text(f.margin, f.y + 14, "☒" if ticked else "☐", 14)
        f.sheet.text(f.margin + 24, f.y + 12, fr, 10.5)
        f.sheet.text(f.margin + 24, f.y + 26, en, 9, gray=0.35)
        f.y += 40
    f.space(20)
    y = f.y
    f.sheet.add(Box(f.margin, y, 170, 60, stroke=0.35, line=0.6))
    f.sheet.text(f.margin + 6, y + 14, "Date", 8.5, gray=0.3)
    f.sheet.text(f.margin + 20, y + 42, ctx.commitment_date.strftime("%d.%m.%Y"), 13, family="hand")
    f.sheet.add(Box(f.margin + 190, y, f.width - 190, 90, stroke=0.35, line=0.6))
    f.sheet.text(f.margin + 196, y + 14, "Signature du / de la volontaire - Volunteer's signature", 8.5, gray=0.3)
    sign_at(f.sheet, f.margin + 240, y + 56, rng)
    f.y = y + 110
    f.para("Document à joindre à la demande d'autorisation provisoire de séjour (volontariat).", size=8, after=2)
    return f.sheets, _departure_truth(ctx, p, "fr")


# ---------------------------------------------------------------- acceptance papers


def _acceptance_truth(ctx: DocContext, p: Identity) -> dict[str, str]:
    return person_truth(p) | {"association": ctx.association, "issue_date": ctx.acceptance_date.isoformat()}


def acceptance_offer_letter_en(ctx: DocContext, rng: random.Random) -> Built:
    """An English letter to the volunteer, in the second person, the association's block on the right, the date
    on top ('5 March 2026'), the placement's terms in a short list."""
    p = ctx.shown("acceptance_certificate")
    c = p.country
    f = Flow(family="serif", size=11, margin=66)
    sh = f.sheet
    for i, line in enumerate((ctx.association, ctx.association_address, "Recognised as being of public interest")):
        sh.text(A4[0] - 66, 60 + 14 * i, line, 11 if i == 0 else 9, family="serif", bold=i == 0, align="right")
    f.y = 130
    f.para(fmt_date(ctx.acceptance_date, "en_day_first"), after=14)
    f.para(f"{civ(p, 'en')} {p.given_names} {caps(p.surname)}", after=0)
    f.para(f"{p.place_of_birth}, {c.name_en}", after=18)
    f.para("Letter of acceptance - volunteer placement", bold=True, after=10)
    f.para(f"Dear {p.given_names},", after=8)
    f.para(f"We are pleased to confirm that {ctx.association} accepts you as a volunteer. This letter may be shown "
           "to the French consulate and to the prefecture as our certificate of acceptance.")
    f.para("The terms of your placement are:", after=4)
    for item in (f"Volunteer: {p.given_names} {caps(p.surname)}, born {en_ordinal(p.date_of_birth)} in "
                 f"{p.place_of_birth}, {c.name_en} national",
                 f"Mission (in French): {ctx.mission}",
                 f"Place: {ctx.association_city}",
                 f"Period: {en_ordinal(ctx.contract_start)} to {en_ordinal(ctx.contract_end)}",
                 "Allowance: monthly, as set in the volunteer contract"):
        lines = wrap(item, f.width - 30, "serif", 11)
        for j, line in enumerate(lines):
            f.need(16)
            f.y += 15
            f.sheet.text(f.margin + (6 if j == 0 else 18), f.y, ("- " if j == 0 else "") + line, 11, family="serif")
        f.y += 3
    f.space(8)
    f.para("We will welcome you on arrival, appoint a tutor for the whole placement and help you with your "
           "administrative steps in France.")
    f.para("We look forward to working with you.", after=14)
    f.para("Kind regards,", after=4)
    sign_at(f.sheet, f.margin + 10, f.y + 22, rng)
    f.y += 44
    f.para(ctx.president, after=0)
    f.para(f"President, {ctx.association}", size=10)
    return f.sheets, _acceptance_truth(ctx, p)


def acceptance_framed_certificate(ctx: DocContext, rng: random.Random) -> Built:
    """A certificate in a double frame: the title centred, the volunteer's particulars in a table, signed by the
    volunteers' coordinator for the president under the association's seal; dates '05.03.2026'."""
    p = ctx.shown("acceptance_certificate")
    c = p.country
    f = Flow(family="sans", size=10.5, margin=70)
    sh = f.sheet
    frame(sh, 32, 32, A4[0] - 64, A4[1] - 64, gap=6, gray=0.25)
    sh.text(A4[0] / 2, 80, ctx.association.upper(), 12, bold=True, align="center")
    sh.text(A4[0] / 2, 96, ctx.association_address, 9, align="center", gray=0.3)
    f.y = 150
    f.para("CERTIFICAT D'ACCUEIL DU VOLONTAIRE", size=17, bold=True, align="center", after=4)
    f.para(f"n° {acronym(ctx.association)}-{ctx.acceptance_date.year}-{rng.randint(1, 99):02d}", align="center",
           size=9, after=22)
    f.para(f"{the_body(ctx.association)[0].upper()}{the_body(ctx.association)[1:]} certifie accueillir la personne "
           "désignée ci-dessous en qualité de volontaire :", after=12)
    rows = [("Nom", caps(p.surname)), ("Prénom(s)", p.given_names),
            ("Date de naissance", p.date_of_birth.strftime("%d.%m.%Y")),
            ("Lieu de naissance", f"{p.place_of_birth} ({c.name_fr})"), ("Nationalité", c.nationality_fr),
            ("Mission", ctx.mission), ("Lieu d'exercice", ctx.association_city),
            ("Période", f"du {ctx.contract_start.strftime('%d.%m.%Y')} au {ctx.contract_end.strftime('%d.%m.%Y')}")]
    for label, value in rows:
        lines = wrap(value, f.width - 150, "sans", 10.5, True)
        h = 14 * len(lines) + 10
        sh.add(Box(f.margin, f.y, 140, h, fill=0.92, stroke=0.35, line=0.5))
        sh.add(Box(f.margin + 140, f.y, f.width - 140, h, stroke=0.35, line=0.5))
        sh.text(f.margin + 6, f.y + 15, label, 9.5, gray=0.25)
        for j, line in enumerate(lines):
            sh.text(f.margin + 146, f.y + 15 + 14 * j, line, 10.5, bold=True)
        f.y += h
    f.space(16)
    f.para("L'organisme assure l'encadrement, le tutorat et la couverture du volontaire pendant toute la durée de "
           "la mission.", after=18)
    f.para(f"Délivré à {ctx.association_city}, le {ctx.acceptance_date.strftime('%d.%m.%Y')}", after=10)
    coord = rng.choice(COORDINATORS)
    f.para(f"Pour le/la président(e), {ctx.president},", after=0)
    f.para(f"{coord}, coordinateur(rice) des volontaires", after=6)
    sign_at(sh, f.margin + 20, f.y + 30, rng)
    seal(sh, 420, f.y + 30, 44, acronym(ctx.association), [ctx.association_city[:12]])
    return f.sheets, _acceptance_truth(ctx, p)


def acceptance_letter_with_mission_sheet(ctx: DocContext, rng: random.Random) -> Built:
    """Page 1 a hosting letter in the third person dated in words at the foot; page 2 the mission sheet as a
    table (tutor, hours, period)."""
    p = ctx.shown("acceptance_certificate")
    c = p.country
    f = Flow(family="serif", size=11.5, margin=70)
    f.sheet.add(Box(0, 0, A4[0], 16, rgb=(0.25, 0.5, 0.45), stroke=None))
    f.para(ctx.association, size=15, bold=True, after=0)
    f.para(ctx.association_address, size=9.5, after=40)
    f.para(f"Objet : accueil de {civ(p, 'fr')} {p.given_names} {caps(p.surname)} en qualité de volontaire",
           bold=True, after=14)
    f.para("Madame, Monsieur,", after=8)
    f.para(f"{the_body(ctx.association)[0].upper()}{the_body(ctx.association)[1:]}, représentée par "
           f"{ctx.president}, son/sa président(e), confirme accueillir {civ(p, 'fr')} {p.given_names} "
           f"{caps(p.surname)}, {ne(p)} le {fmt_date(p.date_of_birth, 'fr_long')} à {p.place_of_birth} "
           f"({c.name_fr}), de nationalité {c.nationality_fr}, pour une mission de volontariat dont le détail "
           "figure dans la fiche jointe.")
    f.para("Le/la volontaire sera accompagné(e) par un tuteur tout au long de sa mission. L'association prend en "
           "charge son indemnité, son assurance et les frais liés à la mission.")
    f.para("Cette lettre tient lieu de certificat d'acceptation pour les démarches du/de la volontaire auprès des "
           "autorités.", after=24)
    f.para(f"Fait à {ctx.association_city}, le {fr_date_words(ctx.acceptance_date)}.", after=10)
    f.para(f"{ctx.president}", after=0)
    f.para("Président(e)", size=10, after=6)
    sign_at(f.sheet, f.margin + 10, f.y + 24, rng)
    f.new_page()
    f.sheet.add(Box(0, 0, A4[0], 16, rgb=(0.25, 0.5, 0.45), stroke=None))
    f.y = 70
    f.para("FICHE DE MISSION (annexe)", size=14, bold=True, align="center", after=16)
    tutor = rng.choice(COORDINATORS)
    rows = [("Volontaire", f"{p.given_names} {caps(p.surname)}"),
            ("Organisme d'accueil", ctx.association), ("Activités", ctx.mission),
            ("Lieu", ctx.association_city), ("Début de la mission", fr_plain(ctx.contract_start)),
            ("Fin de la mission", fr_plain(ctx.contract_end)),
            ("Temps de mission", f"{rng.choice((24, 26, 30, 35))} heures par semaine"), ("Tuteur / tutrice", tutor)]
    for label, value in rows:
        lines = wrap(value, f.width - 170, "serif", 11)
        h = 15 * len(lines) + 10
        f.sheet.add(Box(f.margin, f.y, 160, h, stroke=0.3, line=0.5))
        f.sheet.add(Box(f.margin + 160, f.y, f.width - 160, h, stroke=0.3, line=0.5))
        f.sheet.text(f.margin + 6, f.y + 16, label, 10, family="serif", bold=True)
        for j, line in enumerate(lines):
            f.sheet.text(f.margin + 166, f.y + 16 + 15 * j, line, 11, family="serif")
        f.y += h
    n = len(f.sheets)
    for i, sh in enumerate(f.sheets, 1):
        sh.text(A4[0] / 2, A4[1] - 30, f"{ctx.association} - {i}/{n}", 8, align="center", gray=0.4)
    return f.sheets, _acceptance_truth(ctx, p)
