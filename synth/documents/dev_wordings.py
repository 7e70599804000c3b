"""Fourth batch of development families, continued: dates and numbers as some writers spell them out.

Modelled on papers where the figures are not where a reader expects them: a
contract whose term is written only in words ("du premier septembre deux mille
vingt-six au trente et un août deux mille vingt-sept"), its mission in the cell of
a two-column table; the agency's certificate that an association holds its
approval, giving the approval's date and its end five years later; a birth extract
dated with Roman-numeral months ("13.VII.1990"), as several civil registries write
them; a handwritten English undertaking on lined paper dated "March 3rd, 2026",
its black mark in the right margin beside "Signature".
"""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.common import Built, civ, du, ne, person_truth
from synth.documents.dev_common import acronym, stamp, table
from synth.documents.dev_ink import BLUE, scrawl
from synth.formats import MONTHS_EN, add_months, days, fmt_date, fr_date_words
from synth.layout import A4, Box, Flow

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
BLACK = (0.08, 0.08, 0.1)


def contract_term_in_words(ctx: DocContext, rng: random.Random) -> Built:
    """The term written only in words; the mission in the cell of a two-column table of particulars."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    short = acronym(ctx.association)
    f = Flow(family="serif", size=10.5)
    f.para(f"Association {short}", bold=True, size=12, align="right", after=0)
    f.para(f"{ctx.association} - {ctx.association_city}", size=9, align="right", after=22)
    f.title("ACTE D'ENGAGEMENT DE VOLONTARIAT", size=14)
    f.para(f"L'association {ctx.association}, ayant son siège {ctx.association_address}, représentée par "
           f"{ctx.president}, engage en qualité de volontaire {civ(p, 'fr')} {p.given_names} {p.surname.upper()}, "
           f"{ne(p)} le {fr_date_words(p.date_of_birth)} à {p.place_of_birth} ({c.name_fr}), de nationalité "
           f"{c.nationality_fr}, aux conditions ci-après.", after=10)
    rows: list[tuple[str, ...]] = [("Objet", "Conditions"),
                                   ("Mission confiée", ctx.mission[0].upper() + ctx.mission[1:]),
                                   ("Lieu", f"{ctx.association_city} et communes voisines"),
                                   ("Temps de mission", "vingt-quatre heures hebdomadaires"),
                                   ("Indemnité", "mensuelle, non soumise à cotisations salariales")]
    if ctx.mission_social:
        rows.insert(2, ("Nature", "Mission à caractère social et humanitaire, au service de personnes en difficulté"))
    table(f, rows, (1, 2.6), header=True, size=10)
    f.para(f"L'engagement prend effet le {fr_date_words(ctx.contract_start)} et prend fin le "
           f"{fr_date_words(ctx.contract_end)}.", after=8)
    f.para("Le volontaire déclare avoir été informé qu'il devra quitter la France au terme de son engagement.",
           after=16)
    f.para(f"Fait à {ctx.association_city}, le {fr_date_words(ctx.contract_signed)}.", after=14)
    f.need(80)
    y = f.y
    f.sheet.text(f.margin, y + 10, "Le représentant de l'association", 9.5, family="serif")
    f.sheet.text(A4[0] / 2 + 20, y + 10, "Le volontaire", 9.5, family="serif")
    scrawl(f.sheet, f.margin + 20, y + 40, rng)
    scrawl(f.sheet, A4[0] / 2 + 40, y + 40, rng, scale=0.9)
    f.y = y + 70
    truth = person_truth(p) | {"association": ctx.association, "start_date": ctx.contract_start.isoformat(),
                               "end_date": ctx.contract_end.isoformat(),
                               "signature_date": ctx.contract_signed.isoformat(), "mission": ctx.mission,
                               "language": "fr"}
    return f.sheets, truth


def decision_holder_certificate(ctx: DocContext, rng: random.Random) -> Built:
    """A certificate that the association holds its approval: the approval's date and its end five years on."""
    prefect = ctx.approval_authority.startswith("Préfet")
    authority = ctx.approval_authority.split(",")[0]
    when = ctx.approval_date
    until = add_months(when, 60) - days(1)
    issued = max(when + days(rng.randint(30, 300)), min(ctx.filing - days(rng.randint(5, 60)), until))
    f = Flow(family="sans", size=10.5)
    f.para("RÉPUBLIQUE FRANÇAISE", bold=True, size=9.5, after=0)
    f.para(f"Préfecture de la région {authority.split('région ', 1)[1]}" if prefect else "Agence du Service Civique",
           size=9.5, after=0)
    f.para("Service des agréments", size=8.5, after=30)
    f.title("ATTESTATION D'AGRÉMENT", size=15)
    who = f"Le {authority}" if prefect else "L'Agence du Service Civique"
    f.para(f"{who} atteste que l'organisme :", after=8)
    table(f, [("Dénomination", ctx.approval_association),
              ("Numéro d'agrément", ctx.approval_number),
              ("Date de la décision d'agrément", fmt_date(when, "dmy_slash")),
              ("Agrément valable jusqu'au", fmt_date(until, "dmy_slash")),
              ("Objet", "engagement de service civique et volontariat associatif")], (1.3, 2), size=10)
    f.para("est titulaire d'un agrément en cours de validité, délivré par "
           + ("arrêté préfectoral." if prefect else "décision de l'Agence."), after=20)
    f.para(f"Attestation établie le {fmt_date(issued, 'dmy_slash')}, pour servir et valoir ce que de droit.",
           size=9.5, after=18)
    f.need(80)
    stamp(f.sheet, A4[0] - f.margin - 170, f.y, ["SERVICE DES AGRÉMENTS", "VISÉ"], w=170)
    scrawl(f.sheet, f.margin + 20, f.y + 34, rng, scale=0.9)
    f.y += 80
    truth = {"association": ctx.approval_association, "decision_date": when.isoformat(), "authority": authority}
    return f.sheets, truth


def _roman(d: date) -> str:
    return f"{d.day:02d}.{_ROMAN[d.month - 1]}.{d.year}"


def birth_roman_months(ctx: DocContext, rng: random.Random) -> Built:
    """A birth extract or copy dated with Roman-numeral months ('13.VII.1990'), labels in a left column."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    f = Flow(family="serif", size=11)
    f.para(f"RÉPUBLIQUE {du(c.name_fr).upper()}" if c.french_speaking else c.name_fr.upper(), bold=True,
           align="center", after=0)
    f.para(f"Registre de l'état civil de {p.place_of_birth}", align="center", after=20)
    f.title("COPIE INTÉGRALE D'ACTE DE NAISSANCE" if full else "EXTRAIT D'ACTE DE NAISSANCE", size=13.5)
    f.para(f"Registre {p.date_of_birth.year} - acte n° {rng.randint(10, 2999)}", size=9.5, align="center", after=16)
    rows = [("Nom", p.surname.upper()), ("Prénoms", p.given_names),
            ("Sexe", "féminin" if p.sex == "F" else "masculin"),
            ("Date de naissance", _roman(p.date_of_birth)), ("Lieu de naissance", p.place_of_birth)]
    if full:
        rows += [("Père", f"{rng.choice(c.male).split()[0]} {p.surname.upper()}"),
                 ("Mère", f"{rng.choice(c.female).split()[0]} {rng.choice(c.surnames).upper()}"),
                 ("Mentions", "aucune")]
    for label, value in rows:
        f.need(20)
        f.sheet.text(f.margin, f.y + 14, label, 10, family="serif", gray=0.3)
        f.sheet.text(f.margin + 150, f.y + 14, value, 12, family="serif", bold=label in ("Nom", "Prénoms"))
        f.y += 20
    f.space(16)
    f.para(f"{'Copie certifiée conforme' if full else 'Extrait certifié conforme'} au registre, délivré(e) le "
           f"{_roman(ctx.birth_issue)}.", after=6)
    f.para("L'officier de l'état civil", align="right", after=4)
    f.need(80)
    stamp(f.sheet, f.margin, f.y, ["ÉTAT CIVIL", p.place_of_birth.upper()], w=150)
    scrawl(f.sheet, A4[0] - f.margin - 150, f.y + 30, rng)
    f.y += 80
    truth = person_truth(p) | {"sex": p.sex, "place_of_birth": p.place_of_birth, "copy_kind": ctx.birth_copy_kind,
                               "issue_date": ctx.birth_issue.isoformat(), "language": "fr"}
    return f.sheets, truth


def _us_ordinal(d: date) -> str:
    n = d.day
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{MONTHS_EN[d.month - 1]} {n}{suffix}, {d.year}"


def departure_lined_margin(ctx: DocContext, rng: random.Random) -> Built:
    """Handwritten English on lined paper, dated 'March 3rd, 2026'; a black mark in the right margin by 'Signature'."""
    p = ctx.shown("departure_commitment")
    c = p.country
    f = Flow(family="hand", size=13, wobble=rng, margin=100)
    for k in range(int((A4[1] - 120) / 26)):
        f.sheet.add(Box(30, 96 + 26 * k, A4[0] - 60, 0.1, stroke=0.72, line=0.4))
    for x in (86, A4[0] - 92):  # the paper's left and right margin rules
        f.sheet.add(Box(x, 40, 0.1, A4[1] - 80, stroke=0.6, line=0.6))
    f.y = 90
    f.para(_us_ordinal(ctx.commitment_date), after=18)
    f.para("To the Prefecture,", after=12)
    f.para(f"My name is {p.given_names} {p.surname}. I was born on {fmt_date(p.date_of_birth, 'en_long')} in "
           f"{p.place_of_birth}, {c.name_en}.", after=6)
    f.para(f"I will volunteer with {ctx.association} until {fmt_date(ctx.contract_end, 'en_long')}. I promise "
           "that I will go back to my country when my volunteer contract ends, and I will not stay in France "
           "after that.", after=6)
    f.para("Thank you.", after=20)
    f.need(80)
    y = f.y
    f.sheet.text(A4[0] - 86, y + 4, "Signature", 9, family="hand")
    scrawl(f.sheet, A4[0] - 86, y + 34, rng, rgb=rng.choice((BLACK, BLUE)), scale=0.55)
    f.y = y + 60
    f.para(f"{p.given_names} {p.surname}", after=0)
    truth = person_truth(p) | {"signature_date": ctx.commitment_date.isoformat(), "commits_to_leave": "true",
                               "language": "en"}
    return f.sheets, truth
