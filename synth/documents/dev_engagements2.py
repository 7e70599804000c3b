"""Fifth batch of development contract families: what the volunteer will do, for how long, and when each party signed.

Modelled on how associations and their volunteers really write these papers: the duties told
in a paragraph with no "mission" label (while the "Objet" article only names the engagement),
in an annexed post description, as a job title followed by the tasks it carries, in English
("Role", "Assignment", a length in weeks as European solidarity placements count it); the
period as "prend effet le ... et s'achève le ...", "du ... au ...", "court du ... jusqu'au ...", a
first day and a number of weeks, an end written only in the closing line; the signing date in
"Fait en deux exemplaires à ..., le ...", in a two-column signature table where each party dates
its own signature (the association first, the volunteer days later), under a dater stamp, or under
each signature.  An acceptance certificate states the mission in a sentence of its own.
"""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.common import Built, civ, ne, person_truth
from synth.documents.dev_common import acronym, columns, stamp, table
from synth.documents.dev_ink import scrawl
from synth.formats import MONTHS_EN, MONTHS_FR, add_months, days, fmt_date, fr_number
from synth.identity import Identity
from synth.layout import A4, Flow


def _truth(ctx: DocContext, lang: str = "fr", *, end: date | None = None) -> dict[str, str]:
    return person_truth(ctx.shown("volunteer_contract")) | {
        "association": ctx.association, "start_date": ctx.contract_start.isoformat(),
        "end_date": (end or ctx.contract_end).isoformat(), "signature_date": ctx.contract_signed.isoformat(),
        "mission": ctx.mission, "language": lang,
    }


def _long(d: date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"


def _en(d: date) -> str:
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


def _whole_months(ctx: DocContext) -> int | None:
    for n in range(1, 49):
        if add_months(ctx.contract_start, n) - days(1) == ctx.contract_end:
            return n
    return None


def _who(p: Identity) -> str:
    return f"{civ(p, 'fr')} {p.given_names} {p.surname.upper()}"


def _il(p: Identity) -> str:
    return "elle" if p.sex == "F" else "il"


def _volunteer(p: Identity) -> str:
    c = p.country
    return (f"{_who(p)}, {ne(p)} le {fmt_date(p.date_of_birth, 'dmy_slash')} à {p.place_of_birth}, "
            f"de nationalité {c.nationality_fr}")


def _first_signed(ctx: DocContext, rng: random.Random) -> date:
    """The association signs first and sends the contract; the volunteer signs it days later (`contract_signed`)."""
    return ctx.contract_signed - days(rng.randint(3, 16))


def contract_duties_paragraph(ctx: DocContext, rng: random.Random) -> Built:
    """'Objet' names only the engagement; the duties in a paragraph without any mission label; 'prend effet le ...
    et s'achève le ...'; 'Fait en deux exemplaires à ..., le ...'."""
    p = ctx.shown("volunteer_contract")
    f = Flow(family="serif", size=10.5)
    f.para(ctx.association.upper(), bold=True, size=12, after=0)
    f.para(ctx.association_address, size=9, after=18)
    f.title("Contrat de volontariat associatif", size=14)
    f.para(f"Entre {ctx.association}, association reconnue d'utilité publique, dont le siège est situé "
           f"{ctx.association_address}, représentée par {ctx.president}, et {_volunteer(p)}, il a été convenu ce qui "
           "suit.", after=10)
    f.para("Article 1 - Objet du contrat", bold=True, after=2)
    f.para(f"Le présent contrat a pour objet l'engagement de {_who(p)} en qualité de volontaire, dans le cadre de la "
           "loi n° 2006-586 du 23 mai 2006, sans lien de subordination ni rémunération.", after=8)
    f.para("Article 2 - Engagement du volontaire", bold=True, after=2)
    duty = (f"Au sein de l'équipe de {ctx.association_city}, {_who(p)} aura {'à ' + ctx.mission}. "
            f"{_il(p).capitalize()} sera guidé{'e' if p.sex == 'F' else ''} par un tuteur désigné par le bureau.")
    if ctx.mission_social:
        duty += (" Ces actions s'adressent à des personnes en difficulté résidant en France et relèvent de la "
                 "solidarité.")
    f.para(duty, after=8)
    f.para("Article 3 - Date d'effet", bold=True, after=2)
    f.para(f"Le présent contrat prend effet le {_long(ctx.contract_start)} et s'achève le {_long(ctx.contract_end)}.",
           after=8)
    f.para("Article 4 - Indemnité", bold=True, after=2)
    f.para("Le volontaire perçoit une indemnité mensuelle qui n'a pas le caractère d'un salaire. Il est affilié au "
           "régime général de la sécurité sociale.", after=8)
    f.para("Article 5 - Séjour", bold=True, after=2)
    f.para("Le volontaire s'engage à quitter le territoire français au terme du contrat.", after=14)
    f.para(f"Fait en deux exemplaires à {ctx.association_city}, le {_long(ctx.contract_signed)}.", after=14)
    f.need(90)
    columns(f, "Pour l'association, le président", "Le volontaire (lu et approuvé)", after=4)
    scrawl(f.sheet, f.margin + 20, f.y + 28, rng)
    scrawl(f.sheet, A4[0] / 2 + 30, f.y + 28, rng, scale=0.85)
    f.space(60)
    return f.sheets, _truth(ctx)


def contract_post_annex(ctx: DocContext, rng: random.Random) -> Built:
    """Activities only in an annexed post description; 'du ... au ... inclus'; a signature table where each party
    dates its own signature, the volunteer last."""
    p = ctx.shown("volunteer_contract")
    short = acronym(ctx.association)
    first = _first_signed(ctx, rng)
    f = Flow(family="sans", size=10)
    f.para(f"{short} - {ctx.association}", bold=True, size=11, after=16)
    f.title("CONTRAT D'ENGAGEMENT DE VOLONTAIRE", size=13)
    f.para(f"Organisme d'accueil : {ctx.association}, {ctx.association_address}", after=2)
    f.para(f"Volontaire : {p.surname.upper()} {p.given_names}, {ne(p)} le {fmt_date(p.date_of_birth, 'dmy_dot')}",
           after=12)
    f.para("Art. 1 - Le volontaire exerce les activités décrites à l'annexe ci-jointe, qui fait partie du contrat.")
    f.para(f"Art. 2 - Le contrat couvre la période du {fmt_date(ctx.contract_start, 'dmy_slash')} au "
           f"{fmt_date(ctx.contract_end, 'dmy_slash')} inclus.")
    f.para("Art. 3 - Le volontaire bénéficie d'une indemnité mensuelle, d'une assurance et de deux jours de repos "
           "par mois.")
    f.para("Art. 4 - À l'issue du contrat, le volontaire s'engage à quitter la France.", after=16)
    f.need(120)
    table(f, [("Pour l'association", "Le / la volontaire"),
              (f"{ctx.president}", f"{p.given_names} {p.surname.upper()}"),
              (f"Date : {fmt_date(first, 'dmy_slash')}", f"Date : {fmt_date(ctx.contract_signed, 'dmy_slash')}"),
              ("Signature :", "Signature :")], (1, 1), header=True)
    scrawl(f.sheet, f.margin + 40, f.y + 20, rng, scale=0.8)
    scrawl(f.sheet, A4[0] / 2 + 40, f.y + 20, rng, scale=0.8)
    f.space(50)
    f.new_page()
    f.title("Annexe - Description du poste", size=13)
    rows: list[tuple[str, ...]] = [
        ("Intitulé du poste", "Agent d'accueil volontaire" if ctx.mission_social else "Volontaire au siège"),
        ("Activités principales", ctx.mission),
        ("Encadrement", f"un tuteur salarié de {short}"),
        ("Lieu", ctx.association_city),
    ]
    if ctx.mission_social:
        rows.insert(2, ("Public", "personnes en situation de précarité ou d'exclusion"))
    table(f, rows, (1, 2.5))
    return f.sheets, _truth(ctx)


def contract_weeks_en(ctx: DocContext, rng: random.Random) -> Built:
    """A European-style volunteering agreement: 'Assignment' in prose, a first day and a length in weeks, a date
    written under each signature."""
    p = ctx.shown("volunteer_contract")
    weeks = max(1, round(((ctx.contract_end - ctx.contract_start).days + 1) / 7))
    end = ctx.contract_start + days(7 * weeks - 1)
    first = _first_signed(ctx, rng)
    f = Flow(family="sans", size=10)
    f.title("VOLUNTEERING AGREEMENT", size=15)
    f.para(f"between {ctx.association} ({ctx.association_address}), the Host Organisation, represented by "
           f"{ctx.president},", after=2)
    f.para(f"and {p.given_names} {p.surname.upper()}, born on {_en(p.date_of_birth)} in {p.place_of_birth}, "
           f"national of {p.country.name_en}, the Volunteer.", after=12)
    f.para("1. Assignment", bold=True, after=2)
    text = (f"The Volunteer joins the team of the Host Organisation in {ctx.association_city}. The French description "
            f"reads: « {ctx.mission} ».")
    if ctx.mission_social:
        text += " The placement serves people facing poverty and exclusion in France."
    f.para(text, after=8)
    f.para("2. Timing", bold=True, after=2)
    f.para(f"Start of activity: {_en(ctx.contract_start)}. Duration: {weeks} weeks, full time (35 hours a week).",
           after=8)
    f.para("3. Support", bold=True, after=2)
    f.para("The Host Organisation provides a mentor, a monthly allowance, accommodation, insurance and French lessons.",
           after=8)
    f.para("4. Residence", bold=True, after=2)
    f.para("The Volunteer will apply for the temporary residence permit and undertakes to leave France at the end of "
           "the placement.", after=18)
    f.need(110)
    columns(f, "For the Host Organisation", "The Volunteer", bold=True, after=2)
    y = f.y
    scrawl(f.sheet, f.margin + 20, y + 26, rng)
    scrawl(f.sheet, A4[0] / 2 + 30, y + 26, rng, scale=0.85)
    f.space(52)
    columns(f, _en(first), _en(ctx.contract_signed), after=4)
    return f.sheets, _truth(ctx, "en", end=end)


def contract_job_title(ctx: DocContext, rng: random.Random) -> Built:
    """A job title and the tasks it carries; 'l'engagement court du ... jusqu'au ...'; the association's dater stamp
    gives the date, the volunteer signs 'lu et approuvé' without one."""
    p = ctx.shown("volunteer_contract")
    short = acronym(ctx.association)
    f = Flow(family="serif", size=11)
    f.para(ctx.association, bold=True, size=13, align="center", after=0)
    f.para(ctx.association_address, size=9, align="center", after=18)
    f.title("Engagement de volontariat", size=14)
    f.para(f"{ctx.association} engage {_volunteer(p)}.", after=8)
    title = "agent d'accueil solidaire" if ctx.mission_social else "agent polyvalent"
    f.para(f"{_who(p)} est {'engagée' if p.sex == 'F' else 'engagé'} comme « {title} ». À ce titre, {_il(p)} devra :",
           after=3)
    tasks = [ctx.mission, "participer aux réunions de l'équipe chaque semaine",
             "rendre compte de son activité à son tuteur"]
    for t in tasks:
        f.para(f"- {t} ;", indent=14, after=1)
    f.space(6)
    if ctx.mission_social:
        f.para("Ce poste relève de l'action sociale de l'association auprès de personnes vulnérables.", after=6)
    f.para(f"L'engagement court du {_long(ctx.contract_start)} jusqu'au {_long(ctx.contract_end)}.", after=6)
    f.para("Une indemnité mensuelle est versée au volontaire ; l'association prend en charge sa protection sociale. "
           "Le volontaire quittera la France à la fin de son engagement.", after=20)
    f.need(110)
    columns(f, f"Pour {short}", "Le volontaire, lu et approuvé", after=4)
    y = f.y
    stamp(f.sheet, f.margin, y + 6, [short, fmt_date(ctx.contract_signed, "fr_upper"), ctx.association_city.upper()])
    scrawl(f.sheet, f.margin + 40, y + 30, rng, scale=0.9)
    scrawl(f.sheet, A4[0] / 2 + 30, y + 30, rng)
    f.space(70)
    return f.sheets, _truth(ctx)


def contract_end_in_closing(ctx: DocContext, rng: random.Random) -> Built:
    """'Activités confiées' heading; the first day in the body, the last only in the closing line."""
    p = ctx.shown("volunteer_contract")
    f = Flow(family="sans", size=10.5)
    f.para(ctx.association, bold=True, size=12, after=0)
    f.para(ctx.association_address, size=9, after=16)
    f.title("Convention d'engagement volontaire", size=14)
    f.para(f"La présente convention est conclue entre {ctx.association}, représentée par {ctx.president}, et "
           f"{_volunteer(p)}.", after=10)
    f.para("Activités confiées", bold=True, after=2)
    activities = ctx.mission[:1].upper() + ctx.mission[1:] + ", en lien avec les salariés et les bénévoles."
    if ctx.mission_social:
        activities += " Ces activités ont un caractère social et humanitaire."
    f.para(activities, after=8)
    f.para("Début de l'engagement", bold=True, after=2)
    f.para(f"Le volontaire est engagé à compter du {fmt_date(ctx.contract_start, 'dmy_slash')}, pour la durée "
           "indiquée ci-dessous.", after=8)
    f.para("Conditions", bold=True, after=2)
    f.para("Temps d'engagement : vingt-quatre heures par semaine. Indemnité mensuelle et couverture sociale à la "
           "charge de l'association. Le volontaire s'engage à quitter la France à l'échéance.", after=16)
    f.para(f"Fait à {ctx.association_city}, le {fmt_date(ctx.contract_signed, 'dmy_slash')}, pour un engagement dont "
           f"l'échéance est fixée au {fmt_date(ctx.contract_end, 'dmy_slash')}.", after=14)
    f.need(90)
    columns(f, "L'association", "Le volontaire", after=4)
    scrawl(f.sheet, f.margin + 20, f.y + 26, rng)
    scrawl(f.sheet, A4[0] / 2 + 30, f.y + 26, rng)
    f.space(60)
    return f.sheets, _truth(ctx)


def contract_role_en(ctx: DocContext, rng: random.Random) -> Built:
    """English agreement: 'Role' as a job title, 'Duties' in prose; 'runs from ... to ...'; 'Signed in two originals';
    a signature table with each party's date."""
    p = ctx.shown("volunteer_contract")
    first = _first_signed(ctx, rng)
    f = Flow(family="serif", size=10.5)
    f.para(ctx.association, bold=True, size=12, align="right", after=0)
    f.para(ctx.association_address, size=9, align="right", after=18)
    f.title("Volunteer Placement Agreement", size=15)
    f.para(f"This agreement is made between {ctx.association}, represented by {ctx.president}, and "
           f"{p.given_names} {p.surname.upper()}, born on {fmt_date(p.date_of_birth, 'dmy_slash')}.", after=10)
    f.para(f"Role: {'community support volunteer' if ctx.mission_social else 'office volunteer'}", after=4)
    months = _whole_months(ctx)
    duty = f"In this role the volunteer is expected to {ctx.mission} (in French in the original)."
    if ctx.mission_social:
        duty += " The placement is humanitarian and serves disadvantaged people."
    f.para(duty, after=8)
    period = f"The placement runs from {_en(ctx.contract_start)} to {_en(ctx.contract_end)}"
    f.para(period + (f", that is {months} months." if months else "."), after=8)
    f.para("The volunteer receives a monthly allowance and is covered by the host's insurance. The volunteer undertakes "
           "to leave France when the placement ends.", after=14)
    f.para(f"Signed in two originals at {ctx.association_city}.", after=8)
    f.need(120)
    table(f, [("For the Association", "The Volunteer"), (ctx.president, f"{p.given_names} {p.surname.upper()}"),
              (f"Date: {fmt_date(first, 'iso')}", f"Date: {fmt_date(ctx.contract_signed, 'iso')}"),
              ("Signature:", "Signature:")], (1, 1), header=True)
    scrawl(f.sheet, f.margin + 40, f.y + 20, rng, scale=0.8)
    scrawl(f.sheet, A4[0] / 2 + 40, f.y + 20, rng, scale=0.8)
    f.space(50)
    return f.sheets, _truth(ctx, "en")


def acceptance_states_mission(ctx: DocContext, rng: random.Random) -> Built:
    """Certificate of acceptance that says in a sentence what the volunteer will do and for how long."""
    p = ctx.shown("acceptance_certificate")
    f = Flow(family="serif", size=11)
    f.para(ctx.association, bold=True, size=12, after=0)
    f.para(ctx.association_address, size=9, after=22)
    f.title("Certificat d'acceptation", size=15)
    f.para(f"Je soussigné(e), {ctx.president}, représentant {ctx.association}, certifie que notre association accepte "
           f"{_volunteer(p)}, en qualité de volontaire.", after=8)
    months = _whole_months(ctx)
    length = f"{fr_number(months)} mois" if months else "la durée de son contrat"
    f.para(f"Pendant {length}, à partir du {_long(ctx.contract_start)}, {_il(p)} aura {'à ' + ctx.mission}.", after=8)
    f.para("Ce certificat est établi pour servir à sa demande d'autorisation provisoire de séjour.", after=18)
    f.para(f"À {ctx.association_city}, le {_long(ctx.acceptance_date)}", align="right", after=10)
    f.para(ctx.president, align="right", after=2)
    scrawl(f.sheet, A4[0] - f.margin - 150, f.y + 24, rng)
    f.space(50)
    return f.sheets, person_truth(p) | {"association": ctx.association, "issue_date": ctx.acceptance_date.isoformat()}
