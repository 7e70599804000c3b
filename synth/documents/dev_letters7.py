"""Seventh batch of development families for the departure commitment: where the volunteer puts the date.

Modelled on volunteers' own letters: the date only inside the opening sentence ("Le 3
mars 2026, je soussignée ..."); the place and date on the same line as the signature
("Lyon, 3/3/2026" then the mark); the date in the sender's block under the address and
telephone, the addressee on the right below; the date with its weekday at the top
("mardi 3 mars 2026"); an English letter signed "this 3rd of March 2026".  The contract's
end date and the date of birth are on each page too, so the signing date must be told
from them by its place.  Every pen mark is strokes only, so that an unsigned rendering
shows none.
"""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.common import Built, ne, person_truth
from synth.documents.dev_assoc6 import named
from synth.documents.dev_ink import BLUE, scrawl
from synth.formats import MONTHS_EN, MONTHS_FR
from synth.identity import Identity
from synth.layout import A4, Flow

KIND = "departure_commitment"
WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def _truth(ctx: DocContext, p: Identity, lang: str) -> dict[str, str]:
    return person_truth(p) | {"signature_date": ctx.commitment_date.isoformat(), "commits_to_leave": "true",
                              "language": lang}


def _fr(d: date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _e(p: Identity) -> str:
    return "e" if p.sex == "F" else ""


def _ink(rng: random.Random) -> tuple[float, float, float]:
    return rng.choice((BLUE, (0.08, 0.08, 0.1)))


def departure_date_opening(ctx: DocContext, rng: random.Random) -> Built:
    """The date only in the opening sentence: 'Le 3 mars 2026, je soussignée ...'; no place-and-date line; the mark
    under the name at the end.  Typed or by hand."""
    p = ctx.shown(KIND)
    c = p.country
    by_hand = rng.random() < 0.5
    f = Flow(family="hand" if by_hand else "serif", size=13 if by_hand else 11.5, margin=70,
             wobble=rng if by_hand else None)
    f.para(rng.choice(("Engagement de départ", "Objet : mon retour au pays")), bold=True, after=22)
    f.para(f"Le {_fr(ctx.commitment_date)}, je soussigné{_e(p)} {p.given_names} {p.surname.upper()}, {ne(p)} le "
           f"{p.date_of_birth.strftime('%d/%m/%Y')} à {p.place_of_birth} ({c.name_fr}), volontaire de "
           f"{named(ctx.association)}, m'engage à quitter la France à la fin de mon contrat de volontariat, "
           f"le {ctx.contract_end.strftime('%d/%m/%Y')}, et à rentrer dans mon pays.")
    f.para("Je sais que mon titre de séjour de volontaire ne me donne pas le droit de rester après cette date.",
           after=26)
    f.para(f"{p.given_names} {p.surname.upper()}", align="right", after=2)
    scrawl(f.sheet, A4[0] - f.margin - 120, f.y + 24, rng, rgb=_ink(rng))
    f.space(50)
    return f.sheets, _truth(ctx, p, "fr")


def departure_date_beside_mark(ctx: DocContext, rng: random.Random) -> Built:
    """Place and date on the signature's line: 'Lyon, 3/3/2026' on the left, the mark on the right of the same
    line (no 'le', no zero padding); the contract's dates in the body."""
    p = ctx.shown(KIND)
    c = p.country
    f = Flow(family=rng.choice(("sans", "serif")), size=11.5, margin=66)
    f.para(f"{p.surname.upper()} {p.given_names}", bold=True, after=0)
    f.para(f"chez {ctx.association}, {ctx.association_address}", size=10, after=30)
    f.para("DÉCLARATION D'ENGAGEMENT AU RETOUR", bold=True, align="center", size=13, after=18)
    f.para(f"Moi, {p.given_names} {p.surname.upper()}, {ne(p)} le {p.date_of_birth.strftime('%d.%m.%Y')}, de "
           f"nationalité {c.nationality_fr}, accueilli{_e(p)} par {named(ctx.association)} dans le cadre d'un contrat de "
           f"volontariat du {ctx.contract_start.strftime('%d.%m.%Y')} au {ctx.contract_end.strftime('%d.%m.%Y')}, "
           "déclare que je regagnerai mon pays d'origine au terme de ce contrat.", after=30)
    d = ctx.commitment_date
    f.need(60)
    f.y += 20
    f.sheet.text(f.margin, f.y, f"{ctx.association_city}, {d.day}/{d.month}/{d.year}",
                 13 if rng.random() < 0.5 else 11.5, family=rng.choice(("hand", f.family)))
    scrawl(f.sheet, f.margin + 250, f.y - 4, rng, rgb=_ink(rng))
    f.space(40)
    return f.sheets, _truth(ctx, p, "fr")


def departure_sender_block(ctx: DocContext, rng: random.Random) -> Built:
    """A letter with a sender's block: name, address, telephone, e-mail, and the date under them ('03.03.2026');
    the prefecture on the right below; 'Objet :'; signed with no place or date at the end."""
    p = ctx.shown(KIND)
    c = p.country
    f = Flow(family="sans", size=11, margin=60)
    f.para(f"{p.given_names} {p.surname.upper()}", bold=True, after=0)
    f.para(f"c/o {ctx.association}", size=10, after=0)
    f.para(ctx.association_address, size=10, after=0)
    f.para(f"Tél. : +33 6 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
           size=10, after=0)
    f.para(f"{ctx.association_city}, {ctx.commitment_date.strftime(rng.choice(('%d.%m.%Y', '%d/%m/%Y')))}",
           size=10, after=20)
    f.para("Préfecture - Service des étrangers", align="right", after=0)
    f.para(f"{ctx.association_city}", align="right", after=22)
    f.para("Objet : engagement à quitter le territoire à la fin de ma mission", bold=True, after=12)
    f.para("Madame, Monsieur,", after=6)
    f.para(f"Je soussigné{_e(p)} {p.given_names} {p.surname.upper()}, {ne(p)} le "
           f"{p.date_of_birth.strftime('%d/%m/%Y')} à {p.place_of_birth} ({c.name_fr}), m'engage à quitter le "
           f"territoire français à l'issue de mon contrat de volontariat avec {ctx.association}, qui prendra fin le "
           f"{ctx.contract_end.strftime('%d/%m/%Y')}.")
    f.para("Veuillez agréer, Madame, Monsieur, l'expression de mes salutations respectueuses.", after=24)
    scrawl(f.sheet, A4[0] - f.margin - 150, f.y + 20, rng, rgb=_ink(rng))
    f.space(42)
    f.para(f"{p.given_names} {p.surname.upper()}", align="right")
    return f.sheets, _truth(ctx, p, "fr")


def departure_weekday(ctx: DocContext, rng: random.Random) -> Built:
    """The date with its weekday, alone at the top right ('mardi 3 mars 2026'), often by hand; 'Je m'engage...'
    in a few lines; no place anywhere."""
    p = ctx.shown(KIND)
    c = p.country
    by_hand = rng.random() < 0.6
    f = Flow(family="hand" if by_hand else "serif", size=13 if by_hand else 12, margin=72,
             wobble=rng if by_hand else None)
    d = ctx.commitment_date
    day = WEEKDAYS_FR[d.weekday()]
    f.para(f"{day.capitalize() if rng.random() < 0.5 else day} {_fr(d)}", align="right", after=34)
    f.para(f"Je, {p.given_names} {p.surname.upper()}, {ne(p)} le {_fr(p.date_of_birth)} ({c.name_fr}), "
           f"volontaire à {ctx.association}, m'engage sur l'honneur à quitter la France quand mon contrat de "
           f"volontariat sera terminé ({_fr(ctx.contract_end)}).", after=10)
    f.para("Merci de votre compréhension.", after=20)
    scrawl(f.sheet, f.margin + 20, f.y + 22, rng, rgb=_ink(rng))
    f.space(46)
    return f.sheets, _truth(ctx, p, "fr")


def departure_ordinal_en(ctx: DocContext, rng: random.Random) -> Built:
    """English, 'Signed this 3rd of March 2026 in Lyon' before the mark, or '3rd of March 2026' alone at the top;
    dates of birth and of the contract's end written '14/07/1998'."""
    p = ctx.shown(KIND)
    c = p.country
    d = ctx.commitment_date
    when = f"{_ordinal(d.day)} of {MONTHS_EN[d.month - 1]} {d.year}"
    top = rng.random() < 0.5
    f = Flow(family=rng.choice(("serif", "sans")), size=11.5, margin=68)
    f.para(f"{p.given_names} {p.surname.upper()}", after=0)
    f.para(f"Volunteer, {ctx.association}", size=10, after=18)
    if top:
        f.para(when, align="right", after=18)
    f.para("UNDERTAKING TO RETURN HOME", bold=True, align="center", size=13, after=16)
    f.para(f"I, {p.given_names} {p.surname.upper()}, born on {p.date_of_birth.strftime('%d/%m/%Y')} in "
           f"{p.place_of_birth}, {c.name_en}, undertake to leave France at the end of my volunteering contract with "
           f"{ctx.association}, on {ctx.contract_end.strftime('%d/%m/%Y')} at the latest, and to return to "
           f"{c.name_en}.", after=24)
    f.para(f"Signed {'in ' + ctx.association_city if top else f'this {when} in {ctx.association_city}'}", after=4)
    scrawl(f.sheet, f.margin + 16, f.y + 24, rng, rgb=_ink(rng))
    f.space(46)
    return f.sheets, _truth(ctx, p, "en")
