"""Ninth held-out batch: the volunteer's commitment to leave France.

A typed undertaking in French with its English translation under a rule, dated in both languages; a letter
written by hand on plain paper photographed on a desk ('le 5/06/26' at the top); an English letter of undertaking
in numbered points, with 'Place' and 'Date' lines above the signature.
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, civ, ne, person_truth
from synth.documents.held9_common import (
    INK,
    NATIONALITY_EN,
    Page,
    acronym,
    comma_name,
    dmy,
    en_ordinal,
    fr_long,
    hand,
    nationality_for,
    sign,
)
from synth.identity import Identity
from synth.layout import Box, Flow


def _truth(ctx: DocContext, p: Identity, lang: str) -> dict[str, str]:
    return person_truth(p) | {"signature_date": ctx.commitment_date.isoformat(), "commits_to_leave": "true",
                              "language": lang}


def _where(ctx: DocContext, p: Identity, rng: random.Random) -> str:
    """Where the volunteer signs: at home before leaving, in France once arrived."""
    if ctx.commitment_date >= ctx.arrival:
        return ctx.association_city
    return rng.choice(p.country.cities)


def departure_bilingual_stacked_fr_en(ctx: DocContext, rng: random.Random) -> Built:
    """A typed undertaking: the French text, a rule, its English translation in smaller grey type, then the
    place and date in both languages over the signature."""
    p = ctx.shown("departure_commitment")
    c = p.country
    where = _where(ctx, p, rng)
    pg = Page(family="serif", size=11)
    sh = pg.sheet
    for i, ln in enumerate((f"{p.given_names} {p.surname.upper()}", f"Passeport n° {p.passport_number}",
                            f"Volontaire - {ctx.association}")):
        sh.text(62, 56 + i * 14, ln, 10, family="sans", bold=i == 0)
    pg.y = 130
    pg.line("ENGAGEMENT DE QUITTER LE TERRITOIRE FRANÇAIS", size=13.5, bold=True, align="center", after=2)
    pg.line("Undertaking to leave French territory", size=10.5, align="center", gray=0.35, after=20)
    pg.para(f"Je soussigné{'e' if p.sex == 'F' else ''}, {p.given_names} {p.surname.upper()}, {ne(p)} le "
            f"{dmy(p.date_of_birth)} à {p.place_of_birth} ({c.name_fr}), de nationalité {nationality_for(p)}, "
            f"m'engage sur l'honneur à quitter le territoire français au terme de mon contrat de volontariat conclu "
            f"avec l'association {ctx.association}, dont la fin est prévue le {fr_long(ctx.contract_end)}.", after=8)
    pg.para("Je m'engage également à ne pas solliciter de changement de statut à l'issue de ma mission.", after=14)
    pg.rule(gray=0.5, dy=2)
    pg.gap(8)
    nat = NATIONALITY_EN.get(c.code, c.name_en)
    pg.para(f"I, the undersigned, {p.given_names} {p.surname.upper()}, born on {en_ordinal(p.date_of_birth)} in "
            f"{p.place_of_birth} ({c.name_en}), a {nat} national, solemnly undertake to leave French territory at "
            f"the end of my volunteer contract with {ctx.association}, due to end on {en_ordinal(ctx.contract_end)}. "
            "I also undertake not to apply for a change of status at the end of my placement.", size=9.5, gray=0.3,
            family="sans", after=24)
    pg.para(f"Fait à {where}, le {fr_long(ctx.commitment_date)}", after=2)
    pg.para(f"Done at {where}, on {en_ordinal(ctx.commitment_date)}", size=9.5, gray=0.3, family="sans", after=10)
    pg.para("Signature :", after=2)
    sign(pg.sheet, 80, pg.y + 24, rng)
    return pg.sheets, _truth(ctx, p, "fr+en")


def departure_handwritten_plain_paper(ctx: DocContext, rng: random.Random) -> Built:
    """A letter written by hand on plain paper, photographed on a desk: the sender's lines at the top left, the
    place and a short date ('le 5/06/26') at the right, an informal first-person commitment."""
    p = ctx.shown("departure_commitment")
    where = _where(ctx, p, rng)
    d = ctx.commitment_date
    short = f"{d.day}/{d.month:02d}/{d.year % 100:02d}"
    f = Flow(family="hand", size=13, margin=70, wobble=rng)
    f.sheet.background = (0.74, 0.7, 0.64)
    f.sheet.add(Box(40, 26, 515, 800, fill=0.985, stroke=None))  # the sheet on the desk
    f.sheet.add(Box(540, 30, 15, 796, fill=0.9, stroke=None))  # a shadow along its edge
    f.y = 70
    f.para(f"{p.given_names} {p.surname}", after=0)
    f.para(f"{p.place_of_birth}, {p.country.name_fr}", after=0)
    f.para(f"passeport {p.passport_number}", after=10)
    f.para(f"{where}, le {short}", align="right", after=18)
    f.para("Objet : engagement de départ", after=14)
    f.para("Madame, Monsieur,", after=8)
    f.para(f"Par la présente, je soussigné{'e' if p.sex == 'F' else ''} {p.given_names} {p.surname}, "
           f"{ne(p)} le {dmy(p.date_of_birth)}, atteste sur l'honneur que je quitterai la France à la fin de ma "
           f"mission de volontariat au sein de l'association {ctx.association} ({acronym(ctx.association)}), "
           f"c'est-à-dire à la fin de mon contrat, le {dmy(ctx.contract_end)} au plus tard.", after=10)
    f.para("Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.", after=16)
    f.para(f"{p.given_names} {p.surname}", align="right", after=4)
    sign(f.sheet, 380, f.y + 24, rng, rgb=INK)
    return f.sheets, _truth(ctx, p, "fr")


def departure_undertaking_en_numbered_points(ctx: DocContext, rng: random.Random) -> Built:
    """An English 'Letter of undertaking': the volunteer's details as labelled lines, the commitments in numbered
    points (leaving at the contract's end first), then 'Place' and 'Date' lines and the signature."""
    p = ctx.shown("departure_commitment")
    where = _where(ctx, p, rng)
    pg = Page(family="sans", size=10.5, left=70, right=70)
    pg.y = 70
    pg.line("LETTER OF UNDERTAKING", size=15, bold=True, after=2)
    pg.line("(to be attached to the application for a temporary residence permit - volunteer)", size=8.5,
            gray=0.4, after=16)
    for k, v in (("Full name", comma_name(p).upper()), ("Date of birth", dmy(p.date_of_birth, ".")),
                 ("Nationality", NATIONALITY_EN.get(p.country.code, p.country.name_en)),
                 ("Passport number", p.passport_number), ("Host organisation", ctx.association)):
        pg.line(f"{k}:", size=10, bold=True, after=0)
        pg.sheet.text(210, pg.y, v, 10.5, family="sans")
        pg.gap(4)
    pg.gap(12)
    pg.para(f"I, {civ(p, 'en')} {p.given_names} {p.surname}, hereby undertake the following:", after=8)
    points = [f"I will leave France at the end of my volunteer contract with {ctx.association}, which ends on "
              f"{en_ordinal(ctx.contract_end)}, and in any case before my residence permit expires.",
              "I will book my return journey before the end of my placement and show the ticket on request.",
              "I will not apply for another residence status on the basis of this placement.",
              "I will inform the host organisation and the prefecture of any early end of my contract."]
    for i, pt in enumerate(points, start=1):
        pg.para(f"{i}.  {pt}", indent=14, after=6)
    pg.gap(20)
    pg.line(f"Place: {where}", after=4)
    pg.line(f"Date: {en_ordinal(ctx.commitment_date)}", after=18)
    pg.line("Signature of the volunteer:", after=2)
    sign(pg.sheet, 90, pg.y + 26, rng)
    pg.gap(50)
    pg.line(f"{p.given_names} {p.surname.upper()}", size=9.5, gray=0.3)
    hand(pg.sheet, 330, pg.y - 40, "read and agreed", rng, size=11)
    return pg.sheets, _truth(ctx, p, "en")
