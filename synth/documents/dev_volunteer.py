"""Development families of the volunteer's papers: contracts and commitments to leave.

Modelled on what associations and volunteers write: a contract opening with a
preamble that cites the residence permit and the commitment to leave, its title
on page 1 only and initials in every footer; an engagement letter that "vaut
contrat", accepted with a handwritten "Bon pour accord" and date; a typed letter
to the prefecture carrying many dates (birth, contract, mission) besides its own;
a handwritten note with no title, dated in words.
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, civ, ne, person_truth, squiggle
from synth.documents.dev_common import acronym, columns, footer, hand, table
from synth.documents.registry import caps
from synth.formats import add_months, days, fmt_date
from synth.identity import Identity
from synth.layout import A4, Box, Flow, Stroke

# --------------------------------------------------------------------------- contracts


def _contract_truth(ctx: DocContext, lang: str) -> dict[str, str]:
    p = ctx.shown("volunteer_contract")
    return person_truth(p) | {
        "association": ctx.association, "start_date": ctx.contract_start.isoformat(),
        "end_date": ctx.contract_end.isoformat(), "signature_date": ctx.contract_signed.isoformat(),
        "mission": ctx.mission, "language": lang,
    }


def _months(ctx: DocContext) -> int | None:
    """The contract's length in whole months, when it is one."""
    for n in range(1, 37):
        if add_months(ctx.contract_start, n) - days(1) == ctx.contract_end:
            return n
    return None


def _mission(ctx: DocContext) -> str:
    if ctx.mission_social:
        return (f"La mission confiée au Volontaire consiste à {ctx.mission}. Elle revêt un caractère social et "
                "humanitaire et s'inscrit dans l'action de l'Association auprès des personnes vulnérables.")
    return f"La mission confiée au Volontaire consiste à {ctx.mission}, selon les consignes du responsable désigné."


_CLAUSES = (
    ("Lieu", "La mission s'exerce au siège de l'Association et, le cas échéant, sur ses lieux d'intervention."),
    ("Horaires", "Le Volontaire consacre à sa mission vingt-quatre heures par semaine au minimum, selon un "
                 "planning établi avec son tuteur."),
    ("Indemnité", "L'Association verse au Volontaire une indemnité mensuelle, qui n'est pas une rémunération, "
                  "ainsi qu'une prise en charge partielle de ses frais de repas."),
    ("Couverture", "L'Association déclare le Volontaire à l'URSSAF, l'affilie au régime général de sécurité "
                   "sociale et l'assure en responsabilité civile."),
    ("Accompagnement", "Un tuteur, salarié de l'Association, est désigné dès l'arrivée du Volontaire. Celui-ci "
                       "suit une formation civique et citoyenne."),
    ("Congés", "Le Volontaire a droit à deux jours de congés par mois de mission, pris en accord avec l'Association."),
    ("Résiliation", "Chaque partie peut mettre fin au contrat moyennant un préavis d'un mois, sauf faute grave ou "
                    "force majeure."),
)


def contract_preamble(ctx: DocContext, rng: random.Random) -> Built:
    """Title on page 1 only, a preamble citing the permit and the commitment to leave, 'Art.' clauses, initials."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    short = acronym(ctx.association)
    f = Flow(family="serif", size=10.5)
    f.para(f"{short} - {ctx.association}", bold=True, size=11.5, after=0)
    f.para(ctx.association_address, size=9, after=18)
    f.title("CONTRAT D'ENGAGEMENT DE VOLONTARIAT", size=14)
    f.para("ENTRE :", bold=True, after=2)
    f.para(f"L'association « {ctx.association} » ({short}), dont le siège est situé {ctx.association_address}, "
           f"représentée par {ctx.president}, ci-après dénommée « l'Association »,", indent=18)
    f.para("ET :", bold=True, after=2)
    f.para(f"{civ(p, 'fr')} {p.given_names} {p.surname.upper()}, {ne(p)} le {fmt_date(p.date_of_birth, 'dmy_dot')} "
           f"à {p.place_of_birth} ({c.name_fr}), de nationalité {c.nationality_fr}, titulaire du passeport "
           f"n° {p.passport_number}, ci-après dénommé(e) « le Volontaire ».", indent=18, after=10)
    f.para("PRÉAMBULE", bold=True, after=2)
    f.para("Le Volontaire, de nationalité étrangère, entre en France muni d'un visa de long séjour et sollicitera "
           "auprès de la préfecture une autorisation provisoire de séjour pour la durée de sa mission. Il a remis "
           "à l'Association son engagement écrit de quitter le territoire français à l'issue de celle-ci, qui "
           "est annexé au présent contrat.", after=10)
    months = _months(ctx)
    length = f"pour une durée de {months} mois. Il " if months else ". Il "
    clauses = [("Objet", _mission(ctx)),
               ("Durée", f"Le présent contrat est conclu {length}prend effet le "
                         f"{fmt_date(ctx.contract_start, 'fr_long')} et expire le "
                         f"{fmt_date(ctx.contract_end, 'fr_long')} au soir, sans tacite reconduction."),
               *_CLAUSES]
    for i, (head, body) in enumerate(clauses, 1):
        f.need(70)
        f.para(f"Art. {'1er' if i == 1 else i} - {head}", bold=True, after=1)
        f.para(body, after=7)
    f.need(190)
    f.para(f"Fait à {ctx.association_city}, en deux exemplaires, le {fmt_date(ctx.contract_signed, 'dmy_slash')}.",
           after=12)
    y = f.y + 14
    f.sheet.text(f.margin, y, "Pour l'Association,", 10.5, family=f.family)
    f.sheet.text(f.margin, y + 14, f"{ctx.president}, président(e)", 10.5, family=f.family)
    f.sheet.text(A4[0] / 2 + 20, y, "Le Volontaire,", 10.5, family=f.family)
    f.sheet.text(A4[0] / 2 + 20, y + 14, "précédé de la mention « lu et approuvé »", 9, family=f.family)
    f.sheet.text(A4[0] / 2 + 30, y + 38, "Lu et approuvé", 13, family="hand")
    for x0 in (f.margin + 20, A4[0] / 2 + 40):
        f.sheet.add(Stroke(tuple((x0 + x, y + 62 + yy) for x, yy in squiggle(rng)), width=1.4, rgb=(0.1, 0.15, 0.45)))
    f.y = y + 90
    footer(f, "Paraphes :  ........  /  ........", pages="Page {i} sur {n}")
    return f.sheets, _contract_truth(ctx, "fr")


def contract_engagement_letter(ctx: DocContext, rng: random.Random) -> Built:
    """An engagement letter that 'vaut contrat', conditions as bullets, accepted 'Bon pour accord' by hand."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    sent = ctx.contract_signed - days(rng.randint(2, 10))
    f = Flow(family="sans", size=10.5)
    f.para(ctx.association, bold=True, size=13, after=0)
    f.para(f"{ctx.association_address} - Pôle engagement", size=9, after=20)
    f.para(f"{civ(p, 'fr')} {p.given_names} {p.surname.upper()}", align="right", after=0)
    f.para(f"{p.place_of_birth} - {c.name_fr}", align="right", after=16)
    f.para(f"{ctx.association_city}, le {fmt_date(sent, 'fr_long')}", align="right", after=12)
    f.para("Objet : lettre d'engagement valant contrat de volontariat", bold=True, after=0)
    f.para(f"Volontaire : {p.surname.upper()} {p.given_names}, {ne(p)} le {fmt_date(p.date_of_birth, 'dmy_slash')}",
           after=12)
    f.para(f"{'Madame' if p.sex == 'F' else 'Monsieur'},", after=6)
    f.para(f"À la suite de nos échanges, nous avons le plaisir de vous confirmer votre engagement en qualité de "
           f"volontaire au sein de l'association {ctx.association}, aux conditions suivantes :", after=6)
    mission = (f"{ctx.mission} ; cette mission a un caractère social et humanitaire" if ctx.mission_social
               else ctx.mission)
    for item in (f"Mission : {mission}.",
                 f"Période : du {fmt_date(ctx.contract_start, 'fr_long')} au {fmt_date(ctx.contract_end, 'fr_long')}.",
                 f"Lieu : {ctx.association_city}, dans nos locaux et chez les personnes que nous accompagnons.",
                 "Temps d'engagement : 28 heures par semaine, deux jours de congé par mois.",
                 "Indemnité : une indemnité mensuelle, qui n'a pas le caractère d'un salaire.",
                 "Protection : affiliation à la sécurité sociale et assurance responsabilité civile."):
        f.para("\u2022 " + item, indent=14, after=3)
    f.space(6)
    f.para("La présente lettre vaut contrat de volontariat. Nous vous remercions de nous en retourner un "
           "exemplaire daté et signé, revêtu de la mention « Bon pour accord ». Votre visa de long séjour pourra "
           "être demandé sur la base de ce document.")
    f.para("Nous vous prions d'agréer nos salutations les meilleures.", after=8)
    f.signature(squiggle(rng), label=f"{ctx.president}, pour l'association")
    f.need(110)
    top = f.y
    f.para("Partie réservée au volontaire - date, mention manuscrite et signature :", size=9.5, after=0)
    f.space(22)
    hand(f, f.margin + 10, "Bon pour accord")
    hand(f, f.margin + 200, f"le {fmt_date(ctx.contract_signed, 'dmy_slash')}")
    f.space(4)
    f.sheet.add(Stroke(tuple((f.margin + 330 + x, f.y - 6 + y) for x, y in squiggle(rng)), width=1.4,
                       rgb=(0.1, 0.15, 0.45)))
    f.space(30)
    f.sheet.add(Box(f.margin - 6, top, f.width + 12, f.y - top, stroke=0.4, line=0.7))
    return f.sheets, _contract_truth(ctx, "fr")


def contract_two_columns(ctx: DocContext, rng: random.Random) -> Built:
    """French on the left, English on the right, clause by clause; dates written the way each language does."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    f = Flow(family=rng.choice(("sans", "cond")), size=9.5)
    f.para(ctx.association, bold=True, size=12, after=0)
    f.para(ctx.association_address, size=8.5, after=14)
    columns(f, "CONTRAT DE VOLONTARIAT", "VOLUNTEERING AGREEMENT", size=13, bold=True, after=12)
    fr, en = (lambda d: fmt_date(d, "fr_long")), (lambda d: fmt_date(d, "en_long"))
    pairs = [
        (f"Entre l'association {ctx.association}, {ctx.association_address}, représentée par {ctx.president}, "
         "d'une part,",
         f"Between the association {ctx.association}, represented by {ctx.president}, on the one hand,"),
        (f"et {p.given_names} {p.surname.upper()}, {ne(p)} le {fmt_date(p.date_of_birth, 'dmy_slash')} à "
         f"{p.place_of_birth} ({c.name_fr}), d'autre part.",
         f"and {p.given_names} {p.surname.upper()}, born on {fmt_date(p.date_of_birth, 'dmy_slash')} in "
         f"{p.place_of_birth} ({c.name_en}), on the other hand."),
        ("1. Mission", "1. Mission"),
        (f"Le volontaire aura pour mission de {ctx.mission}."
         + (" Cette mission a un caractère social et humanitaire." if ctx.mission_social else ""),
         f"The volunteer's mission, as worded in French: « {ctx.mission} »."
         + (" This mission has a social and humanitarian purpose." if ctx.mission_social else "")),
        ("2. Durée", "2. Term"),
        (f"Du {fr(ctx.contract_start)} au {fr(ctx.contract_end)} inclus.",
         f"From {en(ctx.contract_start)} to {en(ctx.contract_end)} inclusive."),
        ("3. Indemnité et protection", "3. Allowance and cover"),
        ("Une indemnité mensuelle est versée ; le volontaire est affilié à la sécurité sociale.",
         "A monthly allowance is paid; the volunteer is registered with French social security."),
        ("4. Séjour", "4. Stay"),
        ("Le volontaire s'engage à quitter la France au terme du présent contrat, conformément à l'engagement "
         "qu'il joint à sa demande de titre de séjour.",
         "The volunteer undertakes to leave France when this agreement ends, as stated in the commitment "
         "enclosed with the residence permit application."),
        ("5. Fin du contrat", "5. Termination"),
        ("Le contrat peut être rompu par l'une ou l'autre partie avec un préavis d'un mois.",
         "Either party may terminate this agreement with one month's notice."),
    ]
    for i, (left, right) in enumerate(pairs):
        columns(f, left, right, bold=i >= 2 and i % 2 == 0, after=3 if i >= 2 and i % 2 == 0 else 8)
    f.need(150)
    columns(f, f"Fait à {ctx.association_city}, le {fmt_date(ctx.contract_signed, 'dmy_dot')}",
            f"Signed in {ctx.association_city} on {fmt_date(ctx.contract_signed, 'dmy_dot')}", after=10)
    columns(f, "L'association / The association", "Le volontaire / The volunteer", after=4)
    for x0 in (f.margin + 20, f.margin + f.width / 2 + 30):
        f.sheet.add(Stroke(tuple((x0 + x, f.y + 20 + yy) for x, yy in squiggle(rng)), width=1.4, rgb=(0.1, 0.15, 0.45)))
    f.space(50)
    return f.sheets, _contract_truth(ctx, "fr")


# --------------------------------------------------------------------------- departure commitments


def _departure_truth(p: Identity, ctx: DocContext, lang: str) -> dict[str, str]:
    return person_truth(p) | {"signature_date": ctx.commitment_date.isoformat(), "commits_to_leave": "true",
                              "language": lang}


def _signed_where(ctx: DocContext, p: Identity) -> str:
    """Signed at home when written before the journey, in the association's town after it."""
    return p.place_of_birth if ctx.commitment_date < ctx.arrival else ctx.association_city


def departure_typed_prefecture(ctx: DocContext, rng: random.Random) -> Built:
    """A typed letter to the prefecture: sender block, reference line, many dates in the body, 'Fait à' at the end."""
    p = ctx.shown("departure_commitment")
    c = p.country
    f = Flow(family=rng.choice(("sans", "serif")), size=10.5)
    f.para(f"{p.given_names} {p.surname.upper()}", bold=True, after=0)
    f.para(f"{rng.randint(2, 180)} {rng.choice(('Avenue', 'Rue', 'Road'))} {rng.choice(c.surnames)}, "
           f"{p.place_of_birth} ({c.name_fr})", after=0)
    f.para(caps(f"{p.given_names.split()[0]}.{p.surname.split()[0]}").lower() + "@mail.com", size=9, after=18)
    f.para(f"Préfecture de {ctx.association_city}", align="right", after=0)
    f.para("Service de l'immigration et de l'intégration", align="right", after=20)
    f.para("Objet : engagement de départ à la fin de ma mission de volontariat", bold=True, after=0)
    f.para(f"Réf. : passeport n° {p.passport_number}", after=12)
    f.para("Madame, Monsieur,", after=6)
    f.para(f"Je soussigné{'e' if p.sex == 'F' else ''} {p.surname.upper()} {p.given_names}, {ne(p)} le "
           f"{fmt_date(p.date_of_birth, 'fr_long')} à {p.place_of_birth}, de nationalité {c.nationality_fr}, "
           f"vais effectuer une mission de volontariat au sein de l'association {ctx.association}, en vertu d'un "
           f"contrat de volontariat conclu le {fmt_date(ctx.contract_signed, 'dmy_slash')} pour la période du "
           f"{fmt_date(ctx.contract_start, 'dmy_slash')} au {fmt_date(ctx.contract_end, 'dmy_slash')}.")
    f.para("Conformément aux conditions de délivrance de l'autorisation provisoire de séjour, je m'engage sur "
           "l'honneur à quitter le territoire français au terme de cette mission et à ne pas m'y maintenir au-delà "
           "de la durée de validité de mon titre.")
    f.para("Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations respectueuses.", after=14)
    f.para(f"Fait à {_signed_where(ctx, p)}, le {fmt_date(ctx.commitment_date, 'dmy_slash')}", after=4)
    f.signature(squiggle(rng), label="Signature de l'intéressé(e) :")
    return f.sheets, _departure_truth(p, ctx, "fr")


def _to(country_fr: str) -> str:
    """'au Sénégal', 'en Inde', 'en Colombie'."""
    feminine = country_fr[0] in "AEIOUÉ" or country_fr in ("Colombie", "Allemagne", "Italie", "Espagne")
    return f"{'en' if feminine else 'au'} {country_fr}"


def departure_handwritten_words(ctx: DocContext, rng: random.Random) -> Built:
    """A handwritten note with no title, naming the association by its acronym; dated in words under the text."""
    p = ctx.shown("departure_commitment")
    c = p.country
    short = acronym(ctx.association)
    f = Flow(family="hand", size=13, wobble=rng, margin=70)
    f.para(f"{p.surname.upper()} {p.given_names}", after=2)
    f.para(f"{ne(p).capitalize()} le {fmt_date(p.date_of_birth, 'dmy_dot')}", after=26)
    f.para("Madame, Monsieur,", after=10)
    f.para(f"Par la présente, moi, {p.given_names} {p.surname.upper()}, j'atteste sur l'honneur que je rentrerai "
           f"{_to(c.name_fr)} à la fin de ma mission de volontariat "
           f"avec {short} ({ctx.association}), c'est-à-dire à la fin de mon contrat, le "
           f"{fmt_date(ctx.contract_end, 'dmy_slash')}.")
    f.para("Je ne demanderai pas d'autre titre de séjour et je quitterai la France avant l'expiration de mon "
           "autorisation provisoire de séjour.", after=18)
    f.para(f"{_signed_where(ctx, p)}, le {fmt_date(ctx.commitment_date, 'fr_words')}", align="right", after=6)
    f.signature(squiggle(rng))
    return f.sheets, _departure_truth(p, ctx, "fr")


def departure_table_bilingual(ctx: DocContext, rng: random.Random) -> Built:
    """A typed undertaking with bilingual labels in a ruled table, the statement after it, an ISO date of birth."""
    p = ctx.shown("departure_commitment")
    c = p.country
    f = Flow(family="sans", size=10.5)
    f.title("ENGAGEMENT DE DÉPART / UNDERTAKING TO LEAVE FRANCE", size=13)
    f.para("Volontariat associatif - pièce jointe à la demande d'autorisation provisoire de séjour", size=9,
           align="center", after=14)
    table(f, [("Nom / Surname", p.surname.upper()), ("Prénoms / Given names", p.given_names),
              ("Date de naissance / Date of birth", fmt_date(p.date_of_birth, "iso")),
              ("Nationalité / Nationality", f"{c.nationality_fr} / {c.name_en}"),
              ("Association d'accueil / Host association", ctx.association),
              ("Fin du contrat / End of contract", fmt_date(ctx.contract_end, "iso"))], (1, 1.3))
    f.para("Je m'engage à quitter le territoire français à la fin de mon contrat de volontariat, et au plus tard "
           "à l'expiration de mon titre de séjour.")
    f.para("I undertake to leave French territory when my volunteering contract ends, and no later than the "
           "expiry of my residence permit.", after=16)
    f.para(f"Date : {fmt_date(ctx.commitment_date, 'abbr')}", after=2)
    f.para(f"Lieu / Place : {_signed_where(ctx, p)}", after=6)
    f.signature(squiggle(rng), label="Signature :")
    return f.sheets, _departure_truth(p, ctx, "fr")
