"""Fourth batch of development contracts: the mission written as people list it.

Modelled on contracts associations send: a contract whose missions are a bullet
list under "Missions confiées", the mission among routine tasks, its social
character said in a separate paragraph when it has one; an English placement
agreement with a "Duties:" heading that quotes the French job description and
dates "1st September 2026"; a model form with numbered sections whose dates are
written one digit per cell of a printed comb (as forms ask), the mission in
its own section box and the signature date handwritten.
"""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.common import Built, civ, ne, person_truth
from synth.documents.dev_common import acronym, columns, footer
from synth.documents.dev_ink import BLUE, scrawl
from synth.formats import MONTHS_EN, fmt_date
from synth.layout import A4, Box, Flow, wrap

KIND = "volunteer_contract"

_ROUTINE = (
    "participer aux réunions d'équipe et aux temps de bilan avec son tuteur",
    "contribuer à l'accueil du public et à la tenue des permanences",
    "prendre part aux temps de formation proposés par l'association",
    "rendre compte de ses activités dans le cahier de liaison",
)
_ROUTINE_EN = (
    "attend weekly team meetings and reviews with the tutor",
    "take part in the training days organised by the association",
    "keep the activity log up to date",
)


def _truth(ctx: DocContext, lang: str) -> dict[str, str]:
    return person_truth(ctx.shown(KIND)) | {
        "association": ctx.association, "start_date": ctx.contract_start.isoformat(),
        "end_date": ctx.contract_end.isoformat(), "signature_date": ctx.contract_signed.isoformat(),
        "mission": ctx.mission, "language": lang,
    }


def _ordinal_en(d: date) -> str:
    n = d.day
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix} {MONTHS_EN[d.month - 1]} {d.year}"


def contract_bullet_missions(ctx: DocContext, rng: random.Random) -> Built:
    """'Missions confiées :' as a bullet list, the mission among routine tasks; social character said apart."""
    p = ctx.shown(KIND)
    c = p.country
    short = acronym(ctx.association)
    f = Flow(family="sans", size=10.5)
    f.para(f"« {ctx.association} »", bold=True, size=13, align="center", after=0)
    f.para(f"{ctx.association_address} - {short}", size=9, align="center", after=22)
    f.title(rng.choice(("CONTRAT DE VOLONTARIAT", "Contrat de mission de volontariat")), size=14)
    f.para("Entre", bold=True, after=2)
    f.para(f"l'association « {ctx.association} », représentée par {ctx.president}, agissant en qualité de "
           "président(e),", indent=14)
    f.para("et", bold=True, after=2)
    f.para(f"{civ(p, 'fr')} {p.given_names} {p.surname.upper()}, {ne(p)} le {fmt_date(p.date_of_birth, 'dmy_slash')} "
           f"à {p.place_of_birth} ({c.name_fr}), de nationalité {c.nationality_fr},", indent=14, after=12)
    f.para("1. Missions confiées", bold=True, after=4)
    f.para("Le / la volontaire aura pour missions de :", after=3)
    tasks = [ctx.mission] + rng.sample(_ROUTINE, 2)
    for task in tasks:
        f.para(f"•  {task} ;", indent=18, after=2)
    f.space(4)
    if ctx.mission_social:
        f.para("Ces missions ont un caractère social et humanitaire : elles s'adressent à des personnes en "
               "difficulté et visent à prévenir leur exclusion.", after=10)
    else:
        f.para("Le détail des tâches est fixé par le bureau de l'association.", after=10)
    f.para("2. Durée", bold=True, after=3)
    f.para(f"Le contrat débute le {fmt_date(ctx.contract_start, 'dmy_slash')} et se termine le "
           f"{fmt_date(ctx.contract_end, 'dmy_slash')}.", after=10)
    f.para("3. Conditions", bold=True, after=3)
    for cond in ("temps de mission : 24 heures par semaine ;", "indemnité mensuelle non assimilable à un salaire ;",
                 "protection sociale et assurance responsabilité civile à la charge de l'association ;",
                 "un tuteur référent désigné dès l'arrivée."):
        f.para(f"•  {cond}", indent=18, after=2)
    f.space(8)
    f.para("4. Séjour", bold=True, after=3)
    f.para("Le / la volontaire s'engage à quitter la France au terme du contrat.", after=16)
    f.para(f"Fait à {ctx.association_city}, le {fmt_date(ctx.contract_signed, 'fr_long')}, en deux exemplaires.",
           after=12)
    f.need(90)
    columns(f, "Pour l'association", "Le / la volontaire", bold=True, after=4)
    scrawl(f.sheet, f.margin + 20, f.y + 28, rng)
    scrawl(f.sheet, A4[0] / 2 + 30, f.y + 28, rng, rgb=BLUE, scale=0.85)
    f.y += 60
    columns(f, ctx.president, f"{p.given_names} {p.surname.upper()}", size=9.5, after=0)
    footer(f, f"{short} - contrat de volontariat - page", pages="{i}/{n}")
    return f.sheets, _truth(ctx, "fr")


def contract_duties_en(ctx: DocContext, rng: random.Random) -> Built:
    """An English placement agreement: a 'Duties:' heading quoting the French description, dates '1st September'."""
    p = ctx.shown(KIND)
    c = p.country
    f = Flow(family="serif", size=10.5)
    f.para(ctx.association, bold=True, size=12, after=0)
    f.para(ctx.association_address, size=9, after=20)
    f.para("VOLUNTEER PLACEMENT AGREEMENT", bold=True, size=15, after=2)
    f.para("(Contrat de volontariat)", size=10, after=16)
    f.para(f"This agreement is made between {ctx.association} (\"the Host\"), represented by {ctx.president}, and "
           f"{civ(p, 'en')} {p.given_names} {p.surname.upper()}, born {_ordinal_en(p.date_of_birth)} in "
           f"{p.place_of_birth}, {c.name_en} (\"the Volunteer\").", after=12)
    f.para("Duties:", bold=True, after=3)
    f.para(f"The Volunteer's main duty, as set out in the French job description, is to: « {ctx.mission} ».",
           indent=14, after=3)
    for task in rng.sample(_ROUTINE_EN, 2):
        f.para(f"The Volunteer will also {task}.", indent=14, after=3)
    if ctx.mission_social:
        f.para("The placement serves people in need living in France and is social and humanitarian in nature.",
               indent=14, after=3)
    f.space(8)
    f.para("Term:", bold=True, after=3)
    f.para(f"Commencement date: {_ordinal_en(ctx.contract_start)}", indent=14, after=1)
    f.para(f"End date: {_ordinal_en(ctx.contract_end)}", indent=14, after=10)
    f.para("Conditions:", bold=True, after=3)
    f.para("The Volunteer receives a monthly allowance, which is not a wage, and is covered by the French social "
           "security and the Host's liability insurance. The Volunteer undertakes to leave France when the "
           "placement ends.", indent=14, after=16)
    f.para(f"Signed at {ctx.association_city} on {_ordinal_en(ctx.contract_signed)}.", after=14)
    f.need(80)
    columns(f, "For the Host", "The Volunteer", bold=True, after=4)
    scrawl(f.sheet, f.margin + 20, f.y + 26, rng)
    scrawl(f.sheet, A4[0] / 2 + 30, f.y + 26, rng, scale=0.9)
    f.y += 60
    return f.sheets, _truth(ctx, "en")


def _comb(f: Flow, x: float, y: float, d: date) -> float:
    """A date written one digit per cell of a printed comb (a baseline, short ticks between cells); returns the
    right end."""
    cell = 16.0
    for k, group in enumerate((f"{d.day:02d}", f"{d.month:02d}", f"{d.year:04d}")):
        f.sheet.add(Box(x, y + 19, cell * len(group), 0.1, stroke=0.45, line=0.5))
        for i, ch in enumerate(group):
            for tick in ((x,) if i == 0 else ()) + (x + cell,):
                f.sheet.add(Box(tick, y + 14, 0.1, 5, stroke=0.45, line=0.5))
            f.sheet.text(x + cell / 2, y + 14.5, ch, 12, align="center", family="hand")
            x += cell
        if k < 2:
            f.sheet.text(x + 2, y + 14, "/", 11, gray=0.3)
            x += 10
    return x


def contract_model_form(ctx: DocContext, rng: random.Random) -> Built:
    """A model form in numbered sections: dates one digit per comb cell, the mission in its own section box."""
    p = ctx.shown(KIND)
    c = p.country
    f = Flow(family="sans", size=9.5, margin=50)
    f.para("Modèle de contrat - volontariat associatif", size=8, after=2)
    f.para("CONTRAT D'ENGAGEMENT DE VOLONTARIAT", bold=True, size=14, align="center", after=14)

    def section(num: int, title: str) -> None:
        f.need(40)
        f.sheet.add(Box(f.margin, f.y, f.width, 16, fill=0.85, stroke=None))
        f.sheet.text(f.margin + 5, f.y + 12, f"{num}. {title}", 9.5, bold=True)
        f.y += 22

    def line(label: str, value: str) -> None:
        f.need(18)
        f.sheet.text(f.margin + 6, f.y + 12, label, 8.5, gray=0.35)
        f.sheet.text(f.margin + 170, f.y + 12, value, 11, family="hand")
        f.sheet.add(Box(f.margin + 166, f.y + 15, f.width - 172, 0.1, stroke=0.5, line=0.4))
        f.y += 19

    section(1, "Organisme d'accueil")
    line("Nom de l'organisme", ctx.association)
    line("Adresse du siège", ctx.association_address)
    line("Représenté par", ctx.president)
    f.space(6)
    section(2, "Volontaire")
    line("Nom", p.surname.upper())
    line("Prénom(s)", p.given_names)
    line("Date de naissance", fmt_date(p.date_of_birth, "dmy_slash"))
    line("Lieu de naissance", f"{p.place_of_birth} ({c.name_fr})")
    line("Nationalité", c.nationality_fr)
    f.space(6)
    section(3, "Description de la mission")
    text = ctx.mission[0].upper() + ctx.mission[1:] + "."
    if ctx.mission_social:
        text += " Mission d'intérêt général à caractère social."
    lines = wrap(text, f.width - 16, "hand", 11.5)
    h = 14 + 16 * len(lines)
    f.sheet.add(Box(f.margin, f.y, f.width, h, stroke=0.4, line=0.6))
    for i, ln in enumerate(lines):
        f.sheet.text(f.margin + 8, f.y + 18 + 16 * i, ln, 11.5, family="hand")
    f.y += h + 8
    section(4, "Durée du contrat")
    for label, d in (("Date de début", ctx.contract_start), ("Date de fin", ctx.contract_end)):
        f.need(24)
        f.sheet.text(f.margin + 6, f.y + 14, label, 8.5, gray=0.35)
        _comb(f, f.margin + 170, f.y, d)
        f.y += 26
    f.space(4)
    section(5, "Engagements")
    f.para("L'organisme verse une indemnité mensuelle, assure la protection sociale du volontaire et désigne un "
           "tuteur. Le volontaire s'engage à accomplir sa mission et à quitter la France à son terme.", after=10)
    section(6, "Signatures")
    f.need(90)
    y = f.y
    f.sheet.text(f.margin + 6, y + 12, f"Fait à {ctx.association_city}, le", 9.5)
    f.sheet.text(f.margin + 130, y + 12, fmt_date(ctx.contract_signed, "dmy_slash"), 12, family="hand")
    f.sheet.text(f.margin + 6, y + 34, "L'organisme d'accueil", 8.5, gray=0.35)
    f.sheet.text(A4[0] / 2 + 10, y + 34, "Le / la volontaire (« lu et approuvé »)", 8.5, gray=0.35)
    scrawl(f.sheet, f.margin + 20, y + 62, rng, scale=0.85)
    scrawl(f.sheet, A4[0] / 2 + 30, y + 62, rng, scale=0.85)
    f.y = y + 90
    return f.sheets, _truth(ctx, "fr")
