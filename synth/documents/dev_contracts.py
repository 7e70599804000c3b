"""Second batch of development contract families: where the mission, the dates and the signatures sit.

Modelled on contracts associations really send: the mission told in prose with no
"mission" label ("le volontaire sera chargé de ..."), the length as "pour une
durée de douze mois à compter du ...", each party's signature dated in its own
block under "Fait en double exemplaire"; an English agreement whose dates sit in
a ruled table and whose activities follow "The volunteer will"; a convention whose
"activités consisteront à ...", with a weekly table of activities, the period in
two cells, and the parties signing on different days in different towns.
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, civ, ne, person_truth, squiggle
from synth.documents.dev_common import acronym, footer, table
from synth.formats import add_months, days, fmt_date, fr_number
from synth.identity import Identity
from synth.layout import A4, Flow, Stroke

INK = (0.1, 0.15, 0.45)


def _truth(ctx: DocContext, lang: str) -> dict[str, str]:
    return person_truth(ctx.shown("volunteer_contract")) | {
        "association": ctx.association, "start_date": ctx.contract_start.isoformat(),
        "end_date": ctx.contract_end.isoformat(), "signature_date": ctx.contract_signed.isoformat(),
        "mission": ctx.mission, "language": lang,
    }


def _months(ctx: DocContext) -> int | None:
    for n in range(1, 37):
        if add_months(ctx.contract_start, n) - days(1) == ctx.contract_end:
            return n
    return None


def _de(phrase: str) -> str:
    """'de' or "d'" before an infinitive phrase."""
    return f"d'{phrase}" if phrase[0] in "aeiouhéè" else f"de {phrase}"


def _sign_at(f: Flow, x: float, y: float, rng: random.Random) -> None:
    f.sheet.add(Stroke(tuple((x + px, y + py) for px, py in squiggle(rng)), width=1.4, rgb=INK))


def _volunteer_line_fr(p: Identity, when: str) -> str:
    c = p.country
    return (f"{civ(p, 'fr')} {p.given_names} {p.surname.upper()}, {ne(p)} le {when} à {p.place_of_birth} "
            f"({c.name_fr}), de nationalité {c.nationality_fr}")


def contract_charge_de(ctx: DocContext, rng: random.Random) -> Built:
    """The mission in prose ('sera chargé de'), the term 'à compter du', signatures dated in each party's block."""
    p = ctx.shown("volunteer_contract")
    f = Flow(family="serif", size=10.5)
    top = f.y
    f.para(ctx.association.upper(), bold=True, size=12, after=0)
    f.para(ctx.association_address, size=9, after=0)
    f.para("Association reconnue d'utilité publique", size=9, after=0)
    f.sheet.text(A4[0] - f.margin, top + 14, f"Réf. : VOL/{ctx.contract_signed.year}/{rng.randint(10, 99)}", 9,
                 align="right", family="serif")
    f.space(24)
    f.title("Contrat d'engagement de volontariat associatif", size=14)
    f.para(f"{ctx.association}, association régie par la loi du 1er juillet 1901, dont le siège est situé "
           f"{ctx.association_address}, représentée par {ctx.president},", after=2)
    f.para("ci-après « l'organisme d'accueil »,", indent=30, after=6)
    f.para(f"et {_volunteer_line_fr(p, fmt_date(p.date_of_birth, 'fr_long'))},", after=2)
    f.para("ci-après « le volontaire »,", indent=30, after=6)
    f.para("conviennent de ce qui suit.", after=10)
    who = "La volontaire" if p.sex == "F" else "Le volontaire"
    charged = "chargée" if p.sex == "F" else "chargé"
    body = f"{who} sera {charged} {_de(ctx.mission)}."
    if ctx.mission_social:
        body += (" Cette action, d'intérêt général, a un caractère social et humanitaire : elle vise à prévenir "
                 "l'exclusion des personnes accompagnées et à renforcer le lien social.")
    else:
        body += " Le responsable de l'association précise chaque semaine les tâches à accomplir."
    f.para(body, after=8)
    months = _months(ctx)
    start = fmt_date(ctx.contract_start, "fr_long")
    end = fmt_date(ctx.contract_end, "fr_long")
    if months:
        f.para(f"L'engagement est conclu pour une durée de {fr_number(months)} mois "
               f"({months} mois) à compter du {start}, soit jusqu'au {end} inclus.", after=8)
    else:
        f.para(f"L'engagement court à compter du {start} et s'achève le {end}.", after=8)
    f.para("Il s'exerce à raison de vingt-huit heures par semaine, du lundi au vendredi, avec deux jours de congé "
           "par mois. Une indemnité mensuelle, qui n'est pas un salaire, est versée au volontaire ; l'organisme "
           "d'accueil l'affilie à la sécurité sociale et l'assure en responsabilité civile.", after=8)
    f.para("Le volontaire a signé, en même temps que le présent contrat, un engagement de quitter le territoire "
           "français à la fin de sa mission, qui sera joint à sa demande d'autorisation provisoire de séjour.",
           after=8)
    f.para("Chacune des parties peut mettre fin à l'engagement avec un préavis d'un mois.", after=14)
    f.need(200)
    f.para(f"Fait en double exemplaire à {ctx.association_city}, le {fmt_date(ctx.contract_signed, 'fr_long')}.",
           after=16)
    y = f.y
    mid = A4[0] / 2 + 10
    when = fmt_date(ctx.contract_signed, "dmy_slash")
    for x, head, who_line in ((f.margin, "Pour l'organisme d'accueil", f"{ctx.president}"),
                              (mid, "Le volontaire", f"{p.given_names} {p.surname.upper()}")):
        f.sheet.text(x, y, head, 10.5, bold=True, family="serif")
        f.sheet.text(x, y + 14, who_line, 10, family="serif")
        f.sheet.text(x, y + 32, "Date :", 9.5, family="serif")
        f.sheet.text(x + 36, y + 32, when, 12.5, family="hand")
        f.sheet.text(x, y + 50, "Signature :", 9.5, family="serif")
        _sign_at(f, x + 20, y + 76, rng)
    f.y = y + 100
    footer(f, acronym(ctx.association) + " - contrat de volontariat")
    return f.sheets, _truth(ctx, "fr")


def contract_table_en(ctx: DocContext, rng: random.Random) -> Built:
    """An English agreement: 'The volunteer will', particulars and dates in a ruled table, ISO dates."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    f = Flow(family="sans", size=10)
    f.para(f"{ctx.association} · {ctx.association_address}", size=9, align="center", after=16)
    f.title("VOLUNTEERING AGREEMENT", size=15)
    f.para("(contrat de volontariat - English version signed by both parties)", size=9, align="center", after=12)
    f.para(f"This agreement is made between {ctx.association}, a French association recognised as being of "
           f"public interest, represented by {ctx.president} (\"the Host\"), and the person named below "
           "(\"the Volunteer\").", after=8)
    table(f, [("Volunteer", f"{p.surname.upper()}, {p.given_names}"),
              ("Date and place of birth", f"{fmt_date(p.date_of_birth, 'iso')}, {p.place_of_birth} ({c.name_en})"),
              ("Nationality", c.name_en),
              ("Passport", p.passport_number)], (1, 2), size=9.5)
    f.para("1. Activities", bold=True, after=2)
    f.para(f"The volunteer will carry out the following activities, described in French in the host's project: "
           f"« {ctx.mission} ».", after=4)
    if ctx.mission_social:
        f.para("The mission is of general interest and has a social and humanitarian character: it serves "
               "people at risk of exclusion living in France.", after=6)
    f.para("2. Term", bold=True, after=4)
    months = _months(ctx)
    table(f, [("", "Date"), ("First day of the mission", fmt_date(ctx.contract_start, "iso")),
              ("Last day of the mission", fmt_date(ctx.contract_end, "iso")),
              ("Length", f"{months} months" if months else "see dates above")], (1.4, 1), size=9.5, header=True)
    f.para("3. Allowance and insurance", bold=True, after=2)
    f.para("The Host pays the Volunteer a monthly allowance, which is not a wage, registers the Volunteer with "
           "French social security and insures the Volunteer's civil liability.", after=6)
    f.para("4. Residence", bold=True, after=2)
    f.para("The Volunteer will apply for a temporary residence permit (APS) on the strength of this agreement, "
           "the long-stay visa and a signed undertaking to leave France when the agreement ends.", after=6)
    f.para("5. Ending the agreement", bold=True, after=2)
    f.para("Either party may end this agreement with one month's written notice.", after=14)
    f.need(170)
    f.para(f"Signed in two copies in {ctx.association_city} on {fmt_date(ctx.contract_signed, 'en_long')}.",
           after=14)
    y = f.y
    for x, label in ((f.margin, "For the Host"), (A4[0] / 2 + 10, "The Volunteer")):
        f.sheet.text(x, y, label, 10, bold=True)
        _sign_at(f, x + 15, y + 30, rng)
        f.sheet.text(x, y + 62, "Name: " + (ctx.president if label == "For the Host"
                                           else f"{p.given_names} {p.surname.upper()}"), 9.5)
    f.y = y + 80
    footer(f, "Volunteering agreement", pages="page {i} of {n}")
    return f.sheets, _truth(ctx, "en")


_WEEK = (("Lundi - mardi", "accueil et accompagnement des personnes, avec le tuteur"),
         ("Mercredi", "ateliers collectifs et préparation des activités"),
         ("Jeudi - vendredi", "visites, orientation, suivi des personnes"),
         ("Chaque mois", "réunion d'équipe et bilan avec le tuteur"))


def contract_consisteront(ctx: DocContext, rng: random.Random) -> Built:
    """Activities told as 'consisteront à' and in a weekly table; the period in two cells; parties sign apart."""
    p = ctx.shown("volunteer_contract")
    short = acronym(ctx.association)
    f = Flow(family="sans", size=10)
    f.para(short, bold=True, size=20, after=0)
    f.para(ctx.association, size=9.5, after=0)
    f.para(ctx.association_address, size=8.5, after=18)
    f.para("CONVENTION DE VOLONTARIAT", bold=True, size=13, after=0)
    f.para("entre une association agréée et un volontaire de nationalité étrangère", size=9.5, after=14)
    f.para(f"Entre {short}, représentée par {ctx.president}, d'une part, et "
           f"{_volunteer_line_fr(p, fmt_date(p.date_of_birth, 'dmy_dot'))}, passeport n° {p.passport_number}, "
           "d'autre part, il est convenu ce qui suit.", after=10)
    f.para("1. Activités", bold=True, after=2)
    f.para(f"Ses activités consisteront à {ctx.mission}.", after=4)
    if ctx.mission_social:
        f.para("Elles présentent un caractère social et humanitaire et s'adressent à des personnes isolées ou en "
               "difficulté.", after=6)
        table(f, [("Quand", "Activité"), *_WEEK], (1, 3), size=9, header=True)
    f.para("2. Période d'engagement", bold=True, after=4)
    table(f, [("Début", "Fin"), (fmt_date(ctx.contract_start, "dmy_dot"), fmt_date(ctx.contract_end, "dmy_dot"))],
          (1, 1), size=10, header=True)
    f.para("3. Conditions", bold=True, after=2)
    f.para("Vingt-six heures par semaine ; indemnité mensuelle ; affiliation au régime général ; assurance "
           "responsabilité civile ; formation civique.", after=6)
    f.para("4. Séjour en France", bold=True, after=2)
    f.para("Le volontaire entre en France sous couvert d'un visa de long séjour et remet à l'association son "
           "engagement de quitter le territoire à l'issue de la convention.", after=14)
    f.need(200)
    home = p.place_of_birth
    host_day = ctx.contract_signed - days(rng.randint(3, 12))
    y = f.y
    blocks = ((f.margin, "Pour l'association", ctx.president, ctx.association_city, host_day),
              (A4[0] / 2 + 10, "Le volontaire", f"{p.given_names} {p.surname.upper()}", home, ctx.contract_signed))
    for x, head, name, town, when in blocks:
        f.sheet.text(x, y, head, 10, bold=True)
        f.sheet.text(x, y + 14, name, 9.5)
        f.sheet.text(x, y + 34, f"À {town}, le", 9.5)
        f.sheet.text(x + 12, y + 52, fmt_date(when, "dmy_slash"), 12.5, family="hand")
        _sign_at(f, x + 20, y + 80, rng)
    f.y = y + 100
    f.para("La convention prend effet à la date de la dernière signature.", size=8.5, after=4)
    footer(f, f"{short} - {ctx.association_address}", pages="{i}/{n}")
    return f.sheets, _truth(ctx, "fr")
