"""Eighth batch of development families for the acceptance certificate: a host's "yes" laid out like a contract.

Hosts often send, for the visa file, a paper that sets out the placement's terms the way the
contract will: numbered headings (host, volunteer, period, allowance, insurance), a table of
the mission's particulars, even a line for the volunteer to sign "read and accepted".  It is
still the host's acceptance, not the contract: it says the contract will be signed later, or
is titled as a confirmation, an undertaking or a host's sheet.  Modelled on such papers: an
English "Confirmation of volunteer placement - terms" in numbered sections; a French
"ATTESTATION D'ENGAGEMENT DE LA STRUCTURE D'ACCUEIL" in articles, acknowledged by the
volunteer; a "FICHE D'ACCUEIL DU VOLONTAIRE" in one two-column table whose rows name the kind
of engagement, the dates, the weekly hours and the allowance.
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, civ, ne, person_truth
from synth.documents.dev_assoc6 import named
from synth.documents.dev_common import acronym, stamp, table
from synth.documents.dev_hosts7 import _COORDS, _en, _fr, _mark
from synth.formats import fmt_date
from synth.identity import Identity
from synth.layout import A4, Flow

KIND = "acceptance_certificate"


def _truth(ctx: DocContext, p: Identity) -> dict[str, str]:
    return person_truth(p) | {"association": ctx.association, "issue_date": ctx.acceptance_date.isoformat()}


def acceptance_terms_en(ctx: DocContext, rng: random.Random) -> Built:
    """'CONFIRMATION OF VOLUNTEER PLACEMENT' with its terms in numbered sections (1. Host organisation ... 6.
    Contract), the volunteering contract 'to be signed on arrival'; dated 'Date: 3 March 2026' under the
    reference; signed by the director for the association."""
    p = ctx.shown(KIND)
    c = p.country
    f = Flow(family="sans", size=10.5, margin=60)
    f.para(ctx.association, bold=True, size=13, after=0)
    f.para(ctx.association_address, size=9, after=16)
    f.para(f"Our ref.: {acronym(ctx.association)}/INT/{rng.randint(100, 999)}", size=9.5, after=0)
    f.para(f"Date: {_en(ctx.acceptance_date)}", size=9.5, after=14)
    f.title(rng.choice(("CONFIRMATION OF VOLUNTEER PLACEMENT", "Volunteer placement - terms of acceptance")), size=14)
    sections = [
        ("1. Host organisation", f"{ctx.association}, {ctx.association_address}, represented by {ctx.president}."),
        ("2. Volunteer", f"{civ(p, 'en')} {p.given_names} {p.surname.upper()}, born on "
                         f"{fmt_date(p.date_of_birth, 'en_day_first')} in {p.place_of_birth} ({c.name_en}), "
                         f"passport no. {p.passport_number}."),
        ("3. Period", f"The placement will run from {_en(ctx.contract_start)} to {_en(ctx.contract_end)}."),
        ("4. Tasks", ctx.mission[0].upper() + ctx.mission[1:] + "."),
        ("5. Support", "Monthly allowance, shared accommodation, civil liability and health insurance, a named tutor."),
        ("6. Contract", "A volunteering contract setting out these terms will be signed by both parties on the "
                        "volunteer's arrival in France."),
    ]
    for head, body in sections:
        f.para(head, bold=True, after=1)
        f.para(body, indent=14, after=6)
    f.para(f"We confirm that {ctx.association} accepts the volunteer named above on these terms.", after=16)
    f.para("For the host organisation,", after=0)
    _mark(f, rng)
    f.para(f"{rng.choice(_COORDS)}, Director", size=10)
    return f.sheets, _truth(ctx, p)


def acceptance_undertaking_articles(ctx: DocContext, rng: random.Random) -> Built:
    """'ATTESTATION D'ENGAGEMENT DE LA STRUCTURE D'ACCUEIL' in four articles, signed by the president 'Fait à X,
    le 3 mars 2026', then a box where the volunteer writes 'Lu et pris connaissance' (blank: signed on arrival)."""
    p = ctx.shown(KIND)
    c = p.country
    f = Flow(family="serif", size=11, margin=64)
    f.para(ctx.association.upper(), bold=True, size=12, align="center", after=0)
    f.para(ctx.association_address, size=9, align="center", after=18)
    f.title(rng.choice(("ATTESTATION D'ENGAGEMENT DE LA STRUCTURE D'ACCUEIL", "ENGAGEMENT D'ACCUEIL D'UN VOLONTAIRE")),
            size=13)
    f.para(f"{named(ctx.association)[0].upper()}{named(ctx.association)[1:]}, représentée par {ctx.president}, "
           f"son président, s'engage à accueillir {civ(p, 'fr')} {p.surname.upper()} {p.given_names}, {ne(p)} le "
           f"{_fr(p.date_of_birth)} à {p.place_of_birth} ({c.name_fr}), dans les conditions suivantes.", after=10)
    articles = [
        f"La mission de volontariat se déroulera du {_fr(ctx.contract_start)} au {_fr(ctx.contract_end)}.",
        f"Le volontaire aura pour mission de {ctx.mission}.",
        "L'association verse une indemnité mensuelle et fournit le logement ; elle assure le volontaire.",
        "Un contrat de volontariat reprenant ces conditions sera conclu entre les parties à l'arrivée du "
        "volontaire, après la délivrance du visa.",
    ]
    for n, body in enumerate(articles, 1):
        f.para(f"Article {n}", bold=True, after=1)
        f.para(body, after=6)
    f.para(f"Fait à {ctx.association_city}, le {_fr(ctx.acceptance_date)}", after=6)
    f.para("Le président", after=0)
    _mark(f, rng)
    stamp(f.sheet, A4[0] - f.margin - 170, f.y - 56, [acronym(ctx.association), ctx.association_city.upper()])
    f.para("Pris connaissance par le volontaire (à l'arrivée) :", size=9.5, after=0)
    f.para("Date : ....................     Signature : ....................", size=9.5)
    return f.sheets, _truth(ctx, p)


def acceptance_welcome_sheet(ctx: DocContext, rng: random.Random) -> Built:
    """'FICHE D'ACCUEIL DU VOLONTAIRE' in one two-column table: host, volunteer, kind of engagement ('contrat de
    volontariat associatif, à signer'), start and end, weekly hours, allowance, tutor; 'Date d'émission' row;
    signed for the association under the table."""
    p = ctx.shown(KIND)
    c = p.country
    f = Flow(family="cond", size=10.5, margin=52)
    f.para(acronym(ctx.association) + " - " + ctx.association, bold=True, size=11, after=14)
    f.para("FICHE D'ACCUEIL DU VOLONTAIRE", bold=True, size=15, align="center", after=2)
    f.para("(à joindre au dossier de demande de titre de séjour)", size=9, align="center", after=12)
    date_style = rng.choice(("dmy_slash", "dmy_dot"))
    table(f, [("Structure d'accueil", ctx.association),
              ("Adresse", ctx.association_address),
              ("Nom et prénom(s) du volontaire", f"{p.surname.upper()} {p.given_names}"),
              ("Date et lieu de naissance", f"{fmt_date(p.date_of_birth, date_style)} - {p.place_of_birth}"),
              ("Nationalité", c.nationality_fr),
              ("Nature de l'engagement", "contrat de volontariat associatif (à signer à l'arrivée)"),
              ("Début de la mission", fmt_date(ctx.contract_start, date_style)),
              ("Fin de la mission", fmt_date(ctx.contract_end, date_style)),
              ("Durée hebdomadaire", f"{rng.choice((24, 28, 30, 35))} heures"),
              ("Indemnité mensuelle", f"{rng.choice((580, 600, 620))},00 EUR"),
              ("Tuteur", rng.choice(_COORDS)),
              ("Date d'émission", fmt_date(ctx.acceptance_date, date_style))], (1.2, 2.4))
    f.space(10)
    f.para("Pour la structure d'accueil, le responsable :", after=0)
    _mark(f, rng)
    return f.sheets, _truth(ctx, p)
