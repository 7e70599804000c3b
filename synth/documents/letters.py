"""More template families for the applicant's and association's letters: departure commitment, acceptance.

Modelled on what people really write: short first-person "attestations sur
l'honneur" (often handwritten, often mentioning the contract and the association),
English or bilingual declarations, forms with boxes to tick, and letters with the
place and date at the top or a bare "Fait à ..., le ..." at the bottom.
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, civ, ne, person_truth, squiggle
from synth.formats import fmt_date
from synth.layout import Flow


def _soussigne(sex: str) -> str:
    return "soussignée" if sex == "F" else "soussigné"


def departure_honour(ctx: DocContext, rng: random.Random) -> Built:
    """Handwritten attestation sur l'honneur, place and date on top, mentions the contract."""
    p = ctx.shown("departure_commitment")
    c = p.country
    f = Flow(family="hand", size=13.5, wobble=rng)
    f.para(f"{ctx.association_city}, le {fmt_date(ctx.commitment_date, 'fr_long')}", align="right", after=26)
    f.para(rng.choice(("ATTESTATION SUR L'HONNEUR", "Attestation sur l'honneur")), bold=True, align="center",
           after=20)
    f.para(f"Je {_soussigne(p.sex)}, {p.given_names} {p.surname.upper()}, {ne(p)} le "
           f"{fmt_date(p.date_of_birth, rng.choice(('dmy_slash', 'dmy_space')))} à {p.place_of_birth} "
           f"({c.name_fr}), m'engage sur l'honneur à rentrer dans mon pays dès la fin de mon contrat de "
           f"volontariat avec l'association {ctx.association}, le {fmt_date(ctx.contract_end, 'dmy_slash')}.")
    f.para("Je déclare avoir été informé(e) que ma carte de séjour ne me permet pas de rester en France "
           "après la fin de ma mission.", after=30)
    f.signature(squiggle(rng), label="Signature")
    return f.sheets, person_truth(p) | {"signature_date": ctx.commitment_date.isoformat(),
                                        "commits_to_leave": "true", "language": "fr"}


def departure_declaration_en(ctx: DocContext, rng: random.Random) -> Built:
    """A typed bilingual declaration, English first, with dates in figures separated by dots."""
    p = ctx.shown("departure_commitment")
    c = p.country
    f = Flow(family=rng.choice(("sans", "cond")), size=11.5)
    f.title("DECLARATION OF DEPARTURE / DÉCLARATION DE DÉPART", size=14)
    f.para(f"I, {p.given_names} {p.surname.upper()}, date of birth {fmt_date(p.date_of_birth, 'dmy_dot')}, "
           f"citizen of {c.name_en}, passport no. {p.passport_number}, currently a volunteer under a volunteering "
           f"contract with {ctx.association} ({ctx.association_city}), declare that I will leave France and the "
           "Schengen area when my volunteering mission is over.")
    f.para(f"Je, {p.given_names} {p.surname.upper()}, déclare que je quitterai la France à la fin de ma mission "
           f"de volontariat auprès de {ctx.association}.", family="serif", after=22)
    f.para(f"Date: {fmt_date(ctx.commitment_date, 'dmy_dot')}", after=4)
    f.para(f"Place / Lieu: {ctx.association_city}", after=10)
    f.signature(squiggle(rng), label="Signature of the volunteer / Signature du volontaire:")
    return f.sheets, person_truth(p) | {"signature_date": ctx.commitment_date.isoformat(),
                                        "commits_to_leave": "true", "language": "en"}


def departure_pledge(ctx: DocContext, rng: random.Random) -> Built:
    """A pledge titled after the mission's end; no date of birth; "Fait à" at the bottom, no label."""
    p = ctx.shown("departure_commitment")
    c = p.country
    f = Flow(family=rng.choice(("serif", "hand")), size=12.5, wobble=rng if rng.random() < 0.5 else None)
    f.para(f"{p.given_names} {p.surname.upper()}", after=1)
    f.para(f"Volontaire - {ctx.association}", after=30)
    f.title(rng.choice(("Engagement de retour au pays à la fin du volontariat",
                        "ENGAGEMENT À REGAGNER MON PAYS D'ORIGINE")), size=14)
    f.para(f"Moi, {p.given_names} {p.surname.upper()}, de nationalité {c.nationality_fr}, accueilli(e) en "
           f"mission de volontariat par l'association {ctx.association} en vertu d'un contrat de volontariat "
           f"signé le {fmt_date(ctx.contract_signed, 'fr_long')}, promets de regagner le {c.name_fr} "
           f"au terme de ce contrat, soit le {fmt_date(ctx.contract_end, 'fr_long')}, et de ne pas me maintenir "
           "sur le territoire français au-delà.")
    f.para("Pour valoir ce que de droit.", after=24)
    f.para(f"Fait à {ctx.association_city}, le {fmt_date(ctx.commitment_date, rng.choice(('fr_long', 'dmy_slash')))}",
           align="right")
    f.signature(squiggle(rng))
    return f.sheets, person_truth(p, dob=False) | {"signature_date": ctx.commitment_date.isoformat(),
                                                   "commits_to_leave": "true", "language": "fr"}


def departure_form(ctx: DocContext, rng: random.Random) -> Built:
    """A pre-printed form from the association, filled in by hand, with a ticked box."""
    p = ctx.shown("departure_commitment")
    f = Flow(family="sans", size=11)
    f.para(ctx.association, bold=True, after=1)
    f.para(f"Pôle volontariat - {ctx.association_address}", size=9.5, after=22)
    f.title("FORMULAIRE - ENGAGEMENT DU VOLONTAIRE ÉTRANGER", size=13)
    rows = (("Nom de famille", p.surname.upper()), ("Prénom(s)", p.given_names),
            ("Date de naissance", fmt_date(p.date_of_birth, "dmy_space")),
            ("Contrat de volontariat du", f"{fmt_date(ctx.contract_start, 'dmy_dot')}   au   "
                                          f"{fmt_date(ctx.contract_end, 'dmy_dot')}"))
    for label, value in rows:
        f.para(f"{label} : " + "." * 12, after=0)
        f.sheet.text(f.margin + 200, f.y - 1, value, 13, family="hand")  # filled in by hand
        f.space(12)
    f.space(6)
    f.para(f"\u2612 Je m'engage à quitter le territoire français à la fin de mon contrat avec {ctx.association}.",
           after=4)
    f.para("\u2610 Je demande le renouvellement de mon contrat (joindre l'avenant).", after=18)
    f.para("Date et signature du volontaire :", after=0)
    f.sheet.text(f.margin + 200, f.y - 1, fmt_date(ctx.commitment_date, "dmy_slash"), 13, family="hand")
    f.space(8)
    f.signature(squiggle(rng))
    return f.sheets, person_truth(p) | {"signature_date": ctx.commitment_date.isoformat(),
                                        "commits_to_leave": "true", "language": "fr"}


def departure_note_en(ctx: DocContext, rng: random.Random) -> Built:
    """A short handwritten English note, date written out at the top."""
    p = ctx.shown("departure_commitment")
    c = p.country
    f = Flow(family="hand", size=13, wobble=rng)
    f.para(fmt_date(ctx.commitment_date, rng.choice(("en_long", "en_day_first"))), align="right", after=24)
    f.para("To whom it may concern,", after=12)
    f.para(f"My name is {p.given_names} {p.surname.upper()} and I was born in {p.place_of_birth}, "
           f"{c.name_en}, on {fmt_date(p.date_of_birth, 'en_day_first')}. I hereby promise that I will go back "
           f"home when my volunteer contract with {ctx.association} comes to an end. I do not intend to stay "
           "in France after my mission.")
    f.para("Sincerely,", after=8)
    f.signature(squiggle(rng))
    f.para(f"{p.given_names} {p.surname.upper()}")
    return f.sheets, person_truth(p) | {"signature_date": ctx.commitment_date.isoformat(),
                                        "commits_to_leave": "true", "language": "en"}


def acceptance_letter_top(ctx: DocContext, rng: random.Random) -> Built:
    """A third-person certificate with the place and date on top, association named in the body."""
    p = ctx.shown("acceptance_certificate")
    c = p.country
    f = Flow(family=rng.choice(("serif", "sans")), size=11.5)
    f.para(ctx.association.upper(), bold=True, size=13, after=1)
    f.para(ctx.association_address, size=10, after=14)
    f.para(f"{ctx.association_city}, le {fmt_date(ctx.acceptance_date, 'fr_long')}", align="right", after=20)
    f.title("ATTESTATION D'ACCUEIL D'UN VOLONTAIRE", size=14)
    f.para(f"Nous certifions que {civ(p, 'fr')} {p.surname.upper()} {p.given_names}, {ne(p)} le "
           f"{fmt_date(p.date_of_birth, 'dmy_dot')} à {p.place_of_birth} ({c.name_fr}), sera accueilli(e) au "
           f"sein de l'association {ctx.association} pour une mission de volontariat du "
           f"{fmt_date(ctx.contract_start, 'dmy_dot')} au {fmt_date(ctx.contract_end, 'dmy_dot')}.")
    f.para("Son tuteur sera le coordinateur des bénévoles. Un logement lui est proposé par l'association.",
           after=20)
    f.signature(squiggle(rng), label=f"{ctx.president}, président(e)")
    return f.sheets, person_truth(p) | {"association": ctx.association, "issue_date": ctx.acceptance_date.isoformat()}


def acceptance_letter_en(ctx: DocContext, rng: random.Random) -> Built:
    """An English letter of acceptance, "Date:" label at the top."""
    p = ctx.shown("acceptance_certificate")
    f = Flow(family="sans", size=11.5)
    f.para(ctx.association, bold=True, size=14, after=1)
    f.para(ctx.association_address, size=10, after=16)
    f.para(f"Date: {fmt_date(ctx.acceptance_date, 'en_long')}", after=16)
    f.title("LETTER OF ACCEPTANCE", size=14)
    f.para(f"Dear {civ(p, 'en')} {p.surname.upper()},", after=8)
    f.para(f"We are pleased to confirm that you, {p.given_names} {p.surname.upper()}, born on "
           f"{fmt_date(p.date_of_birth, 'en_day_first')}, have been accepted as a volunteer by {ctx.association} "
           f"for a mission from {fmt_date(ctx.contract_start, 'en_long')} to {fmt_date(ctx.contract_end, 'en_long')}.")
    f.para("We will provide tutoring, training and the monthly allowance set out in your contract.", after=16)
    f.para("Kind regards,", after=4)
    f.signature(squiggle(rng), label=f"{ctx.president}, President")
    return f.sheets, person_truth(p) | {"association": ctx.association, "issue_date": ctx.acceptance_date.isoformat()}


def acceptance_table(ctx: DocContext, rng: random.Random) -> Built:
    """A host organisation's certificate laid out as labelled lines, signed by the volunteering manager."""
    p = ctx.shown("acceptance_certificate")
    c = p.country
    f = Flow(family="cond", size=11.5)
    f.para(f"{ctx.association} - {ctx.association_city}", bold=True, after=20)
    f.title("CERTIFICAT D'ACCUEIL DU VOLONTAIRE", size=14)
    for label, value in (("Nom", p.surname.upper()), ("Prénoms", p.given_names),
                         ("Né(e) le", fmt_date(p.date_of_birth, "dmy_space")), ("Pays", c.name_fr),
                         ("Structure d'accueil", ctx.association),
                         ("Période", f"du {fmt_date(ctx.contract_start, 'dmy_slash')} au "
                                     f"{fmt_date(ctx.contract_end, 'dmy_slash')}")):
        f.para(f"{label} ........ {value}", after=4)
    f.space(10)
    f.para("La structure confirme accueillir la personne ci-dessus en qualité de volontaire.", after=14)
    f.para(f"Fait à {ctx.association_city}, le {fmt_date(ctx.acceptance_date, 'dmy_dash')}")
    f.signature(squiggle(rng), label="Le/la responsable du volontariat")
    return f.sheets, person_truth(p) | {"association": ctx.association, "issue_date": ctx.acceptance_date.isoformat()}


def acceptance_bilingual(ctx: DocContext, rng: random.Random) -> Built:
    """A bilingual certificate, French then English, dates written day-first in words."""
    p = ctx.shown("acceptance_certificate")
    f = Flow(family="serif", size=11)
    f.para(ctx.association, bold=True, align="center", size=13, after=20)
    f.title("CERTIFICAT D'ACCEPTATION / CERTIFICATE OF ACCEPTANCE", size=13)
    f.para(f"L'association {ctx.association} confirme avoir retenu la candidature de {p.given_names} "
           f"{p.surname.upper()} ({ne(p)} le {fmt_date(p.date_of_birth, 'fr_long')}) pour une mission de "
           "volontariat.")
    f.para(f"The association {ctx.association} confirms that it has accepted the application of "
           f"{p.given_names} {p.surname.upper()} (born {fmt_date(p.date_of_birth, 'en_day_first')}) for a "
           "volunteering mission.", family="sans", after=14)
    f.para(f"Délivré le / Issued on: {fmt_date(ctx.acceptance_date, 'dmy_slash')}")
    f.signature(squiggle(rng))
    return f.sheets, person_truth(p) | {"association": ctx.association, "issue_date": ctx.acceptance_date.isoformat()}


def acceptance_mail(ctx: DocContext, rng: random.Random) -> Built:
    """A letter confirming the host placement, "Objet :" line, no title."""
    p = ctx.shown("acceptance_certificate")
    c = p.country
    f = Flow(family="sans", size=11.5)
    f.para(ctx.association, bold=True, after=1)
    f.para(ctx.association_address, after=18)
    f.para(f"{civ(p, 'fr')} {p.given_names} {p.surname.upper()}", align="right", after=1)
    f.para(f"{p.place_of_birth} ({c.name_fr})", align="right", after=18)
    f.para(f"{ctx.association_city}, {fmt_date(ctx.acceptance_date, 'dmy_slash')}", after=12)
    f.para("Objet : confirmation de votre accueil comme volontaire", bold=True, after=10)
    f.para(f"{'Madame' if p.sex == 'F' else 'Monsieur'},", after=6)
    f.para(f"Nous avons le plaisir de vous confirmer que vous, {ne(p)} le {fmt_date(p.date_of_birth, 'fr_long')}, "
           f"êtes accueilli(e) par {ctx.association} pour une mission qui débutera le "
           f"{fmt_date(ctx.contract_start, 'fr_long')}.")
    f.para("Veuillez agréer nos salutations les meilleures.", after=16)
    f.signature(squiggle(rng), label=f"{ctx.president}")
    return f.sheets, person_truth(p) | {"association": ctx.association, "issue_date": ctx.acceptance_date.isoformat()}
