"""Third batch of development contract families: the mission told apart from the body, the term told in words.

Modelled on contracts associations send: a short contract whose term reads "pour
une durée de douze (12) mois à compter du ..." and whose mission is given only in
an annexed "fiche mission" table; a contract of particular conditions dated in its
reference line, the parties in two columns, the activities in a table (the mission
as its first row) and the first and last days named with their weekday.
"""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.common import Built, civ, ne, person_truth
from synth.documents.dev_common import acronym, columns, footer, table
from synth.documents.dev_ink import scrawl
from synth.formats import MONTHS_FR, add_months, days, fmt_date, fr_number
from synth.identity import Identity
from synth.layout import A4, Flow

_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def _truth(ctx: DocContext) -> dict[str, str]:
    return person_truth(ctx.shown("volunteer_contract")) | {
        "association": ctx.association, "start_date": ctx.contract_start.isoformat(),
        "end_date": ctx.contract_end.isoformat(), "signature_date": ctx.contract_signed.isoformat(),
        "mission": ctx.mission, "language": "fr",
    }


def _whole_months(ctx: DocContext) -> int | None:
    for n in range(1, 37):
        if add_months(ctx.contract_start, n) - days(1) == ctx.contract_end:
            return n
    return None


def _long(d: date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"


def _volunteer(p: Identity) -> str:
    c = p.country
    return (f"{civ(p, 'fr')} {p.surname.upper()} {p.given_names}, {ne(p)} le {fmt_date(p.date_of_birth, 'dmy_slash')} "
            f"à {p.place_of_birth} ({c.name_fr}), de nationalité {c.nationality_fr}")


def contract_mission_annex(ctx: DocContext, rng: random.Random) -> Built:
    """'Pour une durée de douze (12) mois à compter du ...'; the mission only in an annexed 'fiche mission'."""
    p = ctx.shown("volunteer_contract")
    short = acronym(ctx.association)
    f = Flow(family="sans", size=10)
    f.para(short, bold=True, size=20, after=0)
    f.para(f"{ctx.association_address}", size=8.5, after=20)
    f.title("Contrat d'engagement volontaire", size=14)
    f.para(f"Entre l'association {ctx.association} ({short}), reconnue d'utilité publique, représentée par "
           f"{ctx.president}, d'une part, et {_volunteer(p)}, d'autre part, il est convenu ce qui suit.", after=10)
    months = _whole_months(ctx)
    if months is not None:
        term = (f"Le présent contrat est conclu pour une durée de {fr_number(months)} ({months}) mois à compter du "
                f"{_long(ctx.contract_start)}.")
    else:
        term = (f"Le présent contrat est conclu à compter du {_long(ctx.contract_start)} et jusqu'au "
                f"{_long(ctx.contract_end)} inclus.")
    arts = (
        ("1. Objet", f"Le volontaire accomplit auprès de {short} la mission décrite dans la fiche mission jointe en "
                     "annexe 1, qui fait partie intégrante du présent contrat."),
        ("2. Durée", term + " Il n'est pas renouvelable tacitement."),
        ("3. Conditions", "Le volontaire consacre à sa mission vingt-huit heures par semaine. Il perçoit une indemnité "
                          "mensuelle de subsistance, qui n'est pas un salaire, et bénéficie d'une couverture sociale "
                          "et d'une assurance en responsabilité civile prises en charge par l'association."),
        ("4. Séjour", "Le volontaire, de nationalité étrangère, sollicite une autorisation provisoire de séjour pour la "
                      "durée de la mission et s'engage à quitter la France à son terme."),
        ("5. Rupture", "Chaque partie peut rompre le contrat par lettre recommandée avec un préavis de quinze jours."),
    )
    for head, body in arts:
        f.para(head, bold=True, after=1)
        f.para(body, after=8)
    f.para(f"Fait en deux exemplaires à {ctx.association_city}, le {fmt_date(ctx.contract_signed, 'dmy_dot')}.",
           after=12)
    f.need(80)
    columns(f, f"Pour {short}, {ctx.president}", "Le volontaire, « lu et approuvé »", after=4)
    scrawl(f.sheet, f.margin + 20, f.y + 26, rng)
    scrawl(f.sheet, A4[0] / 2 + 30, f.y + 26, rng, scale=0.8)
    f.space(60)
    f.new_page()
    f.title("ANNEXE 1 - FICHE MISSION", size=13)
    rows: list[tuple[str, ...]] = [("Rubrique", "Description"),
            ("Intitulé", "Volontaire solidarité" if ctx.mission_social else "Volontaire"),
            ("Descriptif de la mission", ctx.mission)]
    if ctx.mission_social:
        rows.append(("Caractère", "Mission d'intérêt général à caractère social et humanitaire, au bénéfice de "
                                  "personnes en difficulté résidant en France"))
    rows += [("Lieu", f"{ctx.association_city} et environs"), ("Tuteur", f"désigné par {short}"),
             ("Volontaire", f"{p.surname.upper()} {p.given_names}")]
    table(f, rows, (1, 2.6), header=True)
    footer(f, f"{short} - contrat d'engagement volontaire - paraphes : ____")
    return f.sheets, _truth(ctx)


def _weekday_date(d: date) -> str:
    return f"{_WEEKDAYS[d.weekday()]} {_long(d)}"


def contract_activities_grid(ctx: DocContext, rng: random.Random) -> Built:
    """Particular conditions dated in the reference line; parties in two columns; activities in a table."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    f = Flow(family="serif", size=10.5)
    f.para("CONTRAT DE VOLONTARIAT - CONDITIONS PARTICULIÈRES", bold=True, size=13, align="center", after=4)
    f.para(f"Contrat n° {ctx.contract_signed.year}-{rng.randint(1, 199):03d} du "
           f"{fmt_date(ctx.contract_signed, 'dmy_slash')}", size=10, align="center", after=16)
    columns(f, "L'ORGANISME D'ACCUEIL", "LE / LA VOLONTAIRE", bold=True, after=4)
    for left, right in ((ctx.association, f"{p.surname.upper()} {p.given_names}"),
                        (ctx.association_address, f"{ne(p)} le {fmt_date(p.date_of_birth, 'dmy_slash')} à "
                                                  f"{p.place_of_birth}"),
                        (f"représentée par {ctx.president}", f"nationalité : {c.nationality_fr}")):
        columns(f, left, right, size=10, after=0)
    f.space(16)
    f.para("Article 1 - Engagement", bold=True, after=2)
    f.para("Les conditions générales du volontariat remises au volontaire s'appliquent au présent contrat, "
           "complétées par les conditions particulières qui suivent.")
    f.para("Article 2 - Activités confiées", bold=True, after=4)
    table(f, [("Activité", "Fréquence", "Encadrement"),
              (ctx.mission, "quotidienne", "tuteur référent"),
              ("Réunions d'équipe et bilans avec le tuteur", "hebdomadaire", "coordinatrice"),
              ("Formation civique et citoyenne", "deux journées", "organisme agréé")], (3, 1.1, 1.2), size=9.5,
          header=True)
    if ctx.mission_social:
        f.para("Ces activités s'adressent à des personnes fragiles ou isolées et relèvent de la solidarité et de "
               "l'action sociale.", size=10)
    f.para("Article 3 - Période", bold=True, after=2)
    f.para(f"La mission débutera le {_weekday_date(ctx.contract_start)} et s'achèvera le "
           f"{_weekday_date(ctx.contract_end)} au soir.")
    f.para("Article 4 - Indemnité et protection", bold=True, after=2)
    f.para("Indemnité mensuelle versée le dernier jour du mois ; affiliation au régime général et assurance "
           "responsabilité civile à la charge de l'organisme d'accueil.", after=18)
    f.need(90)
    columns(f, "L'organisme d'accueil", "Le / la volontaire", after=2)
    y = f.y
    scrawl(f.sheet, f.margin + 30, y + 30, rng, scale=0.9)
    scrawl(f.sheet, A4[0] / 2 + 40, y + 30, rng)
    f.space(64)
    return f.sheets, _truth(ctx)
