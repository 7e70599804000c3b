"""Held-out letter families: commitments to leave and certificates of acceptance, by other hands.

Commitments written to the prefecture that talk about the contract and the visa,
an original in the volunteer's own language with a French translation, a formal
English undertaking; acceptance letters with a sidebar letterhead that mention the
contract to come, an English host statement in a table, and a short note on the
association's paper whose date sits in the footer.
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, civ, ne, person_truth, squiggle
from synth.documents.contract_forms import acronym
from synth.formats import fmt_date
from synth.layout import A4, Box, Flow


def _departure_truth(ctx: DocContext, lang: str) -> dict[str, str]:
    return person_truth(ctx.shown("departure_commitment")) | {
        "signature_date": ctx.commitment_date.isoformat(), "commits_to_leave": "true", "language": lang}


def departure_to_prefecture(ctx: DocContext, rng: random.Random) -> Built:
    """A handwritten letter to the prefecture that cites the contract, its dates and the visa; date at the end."""
    p = ctx.shown("departure_commitment")
    c = p.country
    f = Flow(family="hand", size=13, wobble=rng)
    f.para(f"{p.given_names} {p.surname.upper()}", after=0)
    f.para(f"chez {ctx.association}", after=0)
    f.para(ctx.association_address, after=18)
    f.para(f"Préfecture de {ctx.association_city}", align="right", after=0)
    f.para("Service des étrangers", align="right", after=18)
    f.para("Objet : engagement de départ", bold=True, after=12)
    f.para("Madame, Monsieur,", after=6)
    f.para(f"Je m'appelle {p.given_names} {p.surname.upper()}, je suis {ne(p)} le "
           f"{fmt_date(p.date_of_birth, 'dmy_dot')} à {p.place_of_birth} ({c.name_fr}). J'ai signé le "
           f"{fmt_date(ctx.contract_signed, 'dmy_dot')} un contrat de volontariat avec l'association "
           f"« {ctx.association} », pour une mission qui va du {fmt_date(ctx.contract_start, 'dmy_dot')} au "
           f"{fmt_date(ctx.contract_end, 'dmy_dot')}. Je suis entré(e) en France avec le visa n° {ctx.visa_number}.")
    f.para("Par la présente, je m'engage à quitter la France à la fin de ce contrat et à ne pas y rester après "
           "la date de fin de ma mission.")
    f.para("Avec mes remerciements, veuillez recevoir mes salutations respectueuses.", after=16)
    f.para(f"Fait à {ctx.association_city}, le {fmt_date(ctx.commitment_date, 'dmy_dot')}", after=4)
    f.signature(squiggle(rng))
    return f.sheets, _departure_truth(ctx, "fr")


# the volunteer's own language where the generator knows it (Spanish, Portuguese), English otherwise
_PLEDGE = {
    "COL": ("DECLARACIÓN", "Yo, {name}, nacido(a) el {dob} en {place}, me comprometo a salir de Francia al término de "
            "mi contrato de voluntariado con {assoc}.", "Traduit de l'espagnol"),
    "BRA": ("DECLARAÇÃO", "Eu, {name}, nascido(a) em {dob} em {place}, comprometo-me a deixar a França ao término do "
            "meu contrato de voluntariado com {assoc}.", "Traduit du portugais"),
}
_PLEDGE_EN = ("DECLARATION", "I, {name}, born on {dob} in {place}, commit to leaving France at the end of my "
              "volunteer contract with {assoc}.", "Traduit de l'anglais")


def departure_with_translation(ctx: DocContext, rng: random.Random) -> Built:
    """The volunteer's own words in their language, then a French translation; the date is given once, below."""
    p = ctx.shown("departure_commitment")
    c = p.country
    title, text, note = _PLEDGE.get(c.code, _PLEDGE_EN)
    name = f"{p.given_names} {p.surname.upper()}"
    f = Flow(family="serif", size=11.5)
    f.title(title, size=14)
    f.para(text.format(name=name, dob=fmt_date(p.date_of_birth, "dmy_slash"), place=p.place_of_birth,
                       assoc=ctx.association), after=12)
    f.signature(squiggle(rng))
    f.space(10)
    f.sheet.add(Box(f.margin, f.y, f.width, 0.6, fill=0.5, stroke=None))
    f.space(14)
    f.para(f"TRADUCTION ({note.lower()})", bold=True, align="center", after=8)
    f.para(f"Je soussigné(e) {name}, {ne(p)} le {fmt_date(p.date_of_birth, 'dmy_slash')} à {p.place_of_birth} "
           f"({c.name_fr}), m'engage à quitter la France au terme de mon contrat de volontariat avec "
           f"{ctx.association}.", after=14)
    f.para(f"{ctx.association_city}, {fmt_date(ctx.commitment_date, 'dmy_slash')}", after=2)
    return f.sheets, _departure_truth(ctx, "fr")


def departure_undertaking_en(ctx: DocContext, rng: random.Random) -> Built:
    """A typed English undertaking under a French heading, US-style long dates, mentions acceptance and contract."""
    p = ctx.shown("departure_commitment")
    c = p.country
    f = Flow(family="sans", size=11)
    f.para("Engagement de quitter le territoire", size=10, align="center", after=2)
    f.title("UNDERTAKING TO LEAVE FRANCE", size=15)
    f.para(f"Full name: {p.surname.upper()}, {p.given_names}", after=2)
    f.para(f"Date of birth: {fmt_date(p.date_of_birth, 'en_long')}", after=2)
    f.para(f"Nationality: {c.name_en}", after=12)
    f.para(f"Having been accepted as a volunteer by {ctx.association} on "
           f"{fmt_date(ctx.acceptance_date, 'en_long')}, and under the volunteer contract that ends on "
           f"{fmt_date(ctx.contract_end, 'en_long')}, I undertake to leave French territory when that contract "
           "ends, and I understand that my residence permit will not be renewed for any other purpose.")
    f.para(f"Signed on {fmt_date(ctx.commitment_date, 'en_long')}, in {ctx.association_city}.", after=10)
    f.signature(squiggle(rng), label="Signature")
    return f.sheets, _departure_truth(ctx, "en")


# --------------------------------------------------------------------------- acceptance certificates


def _acceptance_truth(ctx: DocContext) -> dict[str, str]:
    return person_truth(ctx.shown("acceptance_certificate")) | {
        "association": ctx.association, "issue_date": ctx.acceptance_date.isoformat()}


def acceptance_sidebar(ctx: DocContext, rng: random.Random) -> Built:
    """A letterhead down the left margin (acronym, name, approval number), the letter on the right."""
    p = ctx.shown("acceptance_certificate")
    c = p.country
    acr = acronym(ctx.association)
    f = Flow(family="serif", size=11, margin=116)  # the sidebar takes the left margin
    sh = f.sheet
    sh.add(Box(0, 0, 100, A4[1], rgb=(0.9, 0.93, 0.96), stroke=None))
    sh.text(12, 80, acr, 20, bold=True)
    y = 104.0
    for line in (*ctx.association.split(), "", *ctx.association_address.split(", "), "",
                 "Agrément n°", ctx.approval_number):
        sh.text(12, y, line, 7, gray=0.2)
        y += 11
    f.y = 70
    f.para(f"{ctx.association_city}, le {fmt_date(ctx.acceptance_date, 'fr_long')}", align="right", after=24)
    f.para("ATTESTATION D'ACCUEIL", bold=True, size=13, after=12)
    f.para(f"Nous attestons que {civ(p, 'fr')} {p.given_names} {p.surname.upper()}, {ne(p)} le "
           f"{fmt_date(p.date_of_birth, 'fr_long')} à {p.place_of_birth} ({c.name_fr}), a été retenu(e) pour une "
           f"mission de volontariat au sein de notre association.")
    f.para(f"Un contrat de volontariat lui sera proposé pour la période du {fmt_date(ctx.contract_start, 'fr_long')} "
           f"au {fmt_date(ctx.contract_end, 'fr_long')}, sous réserve de l'obtention de son visa de long séjour.")
    f.para("Nous restons à la disposition de vos services pour tout renseignement.", after=16)
    f.signature(squiggle(rng), label=f"{ctx.president}, pour le bureau de {acr}")
    return f.sheets, _acceptance_truth(ctx)


def acceptance_host_statement_en(ctx: DocContext, rng: random.Random) -> Built:
    """An English host statement in a table; the certificate's date in the last row, ISO."""
    p = ctx.shown("acceptance_certificate")
    c = p.country
    f = Flow(family="sans", size=10.5)
    f.para(ctx.association, bold=True, size=12, align="right", after=1)
    f.para(ctx.association_city, size=10, align="right", after=26)
    f.title("HOST ORGANISATION STATEMENT - CERTIFICATE OF ACCEPTANCE", size=13)
    f.para("The host organisation below confirms that it accepts the volunteer below for a volunteering "
           "placement in France.", after=10)
    for label, value in (("Host organisation", ctx.association), ("Address", ctx.association_address),
                         ("Volunteer", f"{p.given_names} {p.surname.upper()}"),
                         ("Date of birth", fmt_date(p.date_of_birth, "iso")),
                         ("Country", c.name_en),
                         ("Placement", f"{fmt_date(ctx.contract_start, 'iso')} to {fmt_date(ctx.contract_end, 'iso')}"),
                         ("Date of this statement", fmt_date(ctx.acceptance_date, "iso"))):
        f.sheet.add(Box(f.margin, f.y + 2, 160, 24, fill=0.92, stroke=0.4, line=0.6))
        f.sheet.add(Box(f.margin + 160, f.y + 2, f.width - 160, 24, stroke=0.4, line=0.6))
        f.sheet.text(f.margin + 6, f.y + 18, label, 9.5)
        f.sheet.text(f.margin + 168, f.y + 18, value, 10.5, bold=True)
        f.space(24)
    f.space(16)
    f.signature(squiggle(rng), label=f"Signed: {ctx.president}, President")
    return f.sheets, _acceptance_truth(ctx)


def acceptance_note_footer(ctx: DocContext, rng: random.Random) -> Built:
    """A short typed note, first person plural, no title; place and date only in the page footer."""
    p = ctx.shown("acceptance_certificate")
    acr = acronym(ctx.association)
    f = Flow(family="cond", size=11.5)
    f.para(f"{acr}", bold=True, size=16, after=0)
    f.para(ctx.association, size=10, after=40)
    f.para("À qui de droit,", after=10)
    f.para(f"L'association {acr} a le plaisir de confirmer qu'elle accueille {p.given_names} {p.surname.upper()} "
           f"({ne(p)} le {fmt_date(p.date_of_birth, 'dmy_dash')}) comme volontaire. La mission commencera le "
           f"{fmt_date(ctx.contract_start, 'dmy_dash')} ; le contrat de volontariat en fixera les conditions.")
    f.para("Cette attestation est remise à l'intéressé(e) pour sa demande de titre de séjour.", after=18)
    f.signature(squiggle(rng), label=f"{ctx.president}")
    sh = f.sheets[-1]
    sh.add(Box(62, A4[1] - 50, A4[0] - 124, 0.6, fill=0.5, stroke=None))
    sh.text(62, A4[1] - 34, f"{ctx.association} - {ctx.association_address}", 8.5, gray=0.3)
    sh.text(A4[0] - 62, A4[1] - 20, f"{ctx.association_city}, {fmt_date(ctx.acceptance_date, 'dmy_dash')}", 9,
            align="right", gray=0.2)
    return f.sheets, _acceptance_truth(ctx)
