"""Held-out volunteer-contract families: parties side by side, an English agreement with a schedule, a boxed form.

They mention the other papers of the dossier as real contracts do (the approval
decision, the commitment to leave, the visa) without being any of them, carry
the title on page 1 only, and put the dates in a sentence, a schedule or boxes.
"""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.common import Built, civ, person_truth, squiggle
from synth.formats import fmt_date
from synth.layout import A4, Box, Flow, Sheet

_SOCIAL_FR = ("La mission revêt un caractère social : elle vise à prévenir l'exclusion et à renforcer la cohésion "
              "sociale auprès de personnes en difficulté.")
_SOCIAL_EN = ("The placement is of a social and humanitarian nature: it aims at preventing exclusion and at "
              "supporting people in hardship living in France.")


def acronym(name: str) -> str:
    """'Association Solidarité Entraide Paris' -> 'ASEP': how letterheads shorten a name."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[0].isupper() and len(w) > 2).upper()


def _truth(ctx: DocContext, lang: str) -> dict[str, str]:
    return person_truth(ctx.shown("volunteer_contract")) | {
        "association": ctx.association, "start_date": ctx.contract_start.isoformat(),
        "end_date": ctx.contract_end.isoformat(), "signature_date": ctx.contract_signed.isoformat(),
        "mission": ctx.mission, "language": lang,
    }


def _footer(sheets: list[Sheet], left: str, word: str = "Page", of: str = "sur") -> None:
    for i, sh in enumerate(sheets, 1):
        sh.text(62, A4[1] - 28, left, 8.5, gray=0.35)
        sh.text(A4[0] - 62, A4[1] - 28, f"{word} {i} {of} {len(sheets)}", 8.5, align="right", gray=0.35)


def contract_parties_columns(ctx: DocContext, rng: random.Random) -> Built:
    """Two boxes side by side for the parties, then articles citing the approval and the commitment to leave."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    acr = acronym(ctx.association)
    f = Flow(family="serif", size=10.5)
    f.para(f"{acr} - {ctx.association}", bold=True, size=11, after=18)
    f.title("CONTRAT D'ENGAGEMENT DE VOLONTARIAT", size=15)
    top, half = f.y + 4, f.width / 2 - 6
    for i, (head, lines) in enumerate((
            ("L'ORGANISME D'ACCUEIL", [ctx.association, ctx.association_address,
                                       f"représenté par {ctx.president}"]),
            ("LE / LA VOLONTAIRE", [f"{civ(p, 'fr')} {p.surname.upper()} {p.given_names}",
                                    f"né(e) le {fmt_date(p.date_of_birth, 'dmy_slash')}",
                                    f"à {p.place_of_birth} ({c.name_fr})", f"nationalité : {c.nationality_fr}"]))):
        x = f.margin + i * (half + 12)
        f.sheet.add(Box(x, top, half, 104, stroke=0.4, line=0.7))
        f.sheet.text(x + 8, top + 16, head, 9, bold=True)
        for j, line in enumerate(lines):
            f.sheet.text(x + 8, top + 36 + 17 * j, line, 9.5)
    f.y = top + 118
    f.para("Les parties conviennent de ce qui suit.", after=10)
    arts = [
        ("Agrément", f"{acr} est agréée pour accueillir des volontaires par décision du "
                     f"{fmt_date(ctx.approval_date, 'fr_long')} (n° {ctx.approval_number}), dont copie est jointe "
                     "au dossier du volontaire."),
        ("Mission", f"Le volontaire est chargé de {ctx.mission}. " + (_SOCIAL_FR if ctx.mission_social else "")),
        ("Période", f"Le contrat s'applique à compter du {fmt_date(ctx.contract_start, 'fr_long')} jusqu'au "
                    f"{fmt_date(ctx.contract_end, 'fr_long')} inclus."),
        ("Temps d'engagement", "Vingt-huit heures par semaine en moyenne, sur quatre ou cinq jours."),
        ("Indemnité et avantages", "Une indemnité mensuelle est versée ; elle n'a pas la nature d'un salaire. Les "
                                   "frais de repas sur le lieu de mission sont pris en charge."),
        ("Protection sociale", "Le volontaire est affilié à la sécurité sociale par l'organisme d'accueil."),
        ("Formation", "Le volontaire bénéficie d'un tutorat et d'une formation civique."),
        ("Séjour", "Le volontaire remet à l'organisme d'accueil son engagement écrit de quitter le territoire "
                   "français à l'issue de la mission ; il veille à la validité de son titre de séjour."),
        ("Résiliation", "Chaque partie peut mettre fin au contrat par lettre recommandée, avec un préavis d'un "
                        "mois, sauf faute grave ou force majeure."),
    ]
    for i, (head, body) in enumerate(arts, 1):
        f.need(70)
        f.para(f"Art. {i}. {head}", bold=True, after=1)
        f.para(body, after=8)
    f.need(190)
    f.para(f"Fait en double exemplaire à {ctx.association_city} le {fmt_date(ctx.contract_signed, 'dmy_slash')}",
           after=12)
    f.signature(squiggle(rng), label=f"Pour {acr}, {ctx.president}")
    f.signature(squiggle(rng), label="Le / la volontaire (« lu et approuvé »)")
    _footer(f.sheets, f"{acr} - contrat de volontariat - {p.surname.upper()}")
    return f.sheets, _truth(ctx, "fr")


def contract_schedule_en(ctx: DocContext, rng: random.Random) -> Built:
    """An English service agreement whose particulars stand in a schedule at the end, ISO dates."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    acr = acronym(ctx.association)
    f = Flow(family="sans", size=10.5)
    f.para(ctx.association.upper(), bold=True, size=12, after=1)
    f.para(ctx.association_address, size=9.5, after=22)
    f.title("VOLUNTEER SERVICE AGREEMENT", size=15)
    f.para(f"This Agreement is entered into by {ctx.association} (\"{acr}\" or the \"Host\") and the person named in "
           "the Schedule (the \"Volunteer\"). The particulars in the Schedule form part of this Agreement.", after=10)
    clauses = [
        ("Purpose", f"The Volunteer shall {ctx.mission} (in the French original: « {ctx.mission} »). "
                    + (_SOCIAL_EN if ctx.mission_social else "")),
        ("Term", "The placement runs from the Start Date to the End Date shown in the Schedule."),
        ("Approval", f"The Host holds the French approval (agrément) no. {ctx.approval_number} to host volunteers."),
        ("Immigration", "The Volunteer enters France on a visa issued for this placement and has signed a written "
                        "commitment to leave France when the placement ends."),
        ("Allowance", "A monthly allowance is paid; it is not a wage."),
        ("Cover", "The Host registers the Volunteer with French social security and provides liability cover."),
        ("Support", "A mentor and civic training are provided."),
        ("Termination", "Either party may end this Agreement on one month's written notice."),
        ("Law", "This Agreement is governed by French law; the French version prevails."),
    ]
    for i, (head, body) in enumerate(clauses, 1):
        f.need(64)
        f.para(f"{i}. {head}. {body}", after=7)
    f.need(300)
    f.space(8)
    f.para("SCHEDULE", bold=True, after=6)
    for label, value in (("Volunteer", f"{p.given_names} {p.surname.upper()}"),
                         ("Date of birth", fmt_date(p.date_of_birth, "iso")),
                         ("Place of birth", f"{p.place_of_birth}, {c.name_en}"),
                         ("Start Date", fmt_date(ctx.contract_start, "iso")),
                         ("End Date", fmt_date(ctx.contract_end, "iso")),
                         ("Place of service", ctx.association_city)):
        f.sheet.add(Box(f.margin, f.y + 2, 140, 22, fill=0.92, stroke=0.4, line=0.6))
        f.sheet.add(Box(f.margin + 140, f.y + 2, f.width - 140, 22, stroke=0.4, line=0.6))
        f.sheet.text(f.margin + 6, f.y + 17, label, 9.5)
        f.sheet.text(f.margin + 148, f.y + 17, value, 10.5, bold=True)
        f.space(22)
    f.space(14)
    signed = fmt_date(ctx.contract_signed, "iso")
    f.signature(squiggle(rng), label=f"For the Host: {ctx.president}        Date: {signed}")
    f.signature(squiggle(rng), label=f"The Volunteer        Date: {signed}")
    _footer(f.sheets, f"{acr} / Volunteer Service Agreement", word="Page", of="of")
    return f.sheets, _truth(ctx, "en")


def digit_boxes(sh: Sheet, x: float, y: float, d: date, *, scale: float = 1.0) -> None:
    """A date written digit by digit into the boxes of a printed form: JJ MM AAAA (`scale`: smaller boxes, as in
    a table's cell)."""
    cell = 16 * scale
    for group in (f"{d.day:02d}", f"{d.month:02d}", f"{d.year:04d}"):
        for ch in group:
            sh.add(Box(x, y - 15 * scale, cell, 20 * scale, stroke=0.35, line=0.6))
            sh.text(x + cell / 2, y, ch, 13 * scale, family="hand", align="center")
            x += cell
        x += 10 * scale


def contract_form_boxes(ctx: DocContext, rng: random.Random) -> Built:
    """A printed form in numbered sections, filled in by hand, dates digit by digit in boxes."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    f = Flow(family="sans", size=10)
    f.para("Volontariat associatif - formulaire type", size=9, after=14)
    f.title("CONTRAT DE VOLONTARIAT (volontaire de nationalité étrangère)", size=13)

    def filled(label: str, value: str) -> None:
        f.para(f"{label} : " + "_" * 30, after=0)
        f.sheet.text(f.margin + 170, f.y - 2, value, 12.5, family="hand")
        f.space(9)

    def boxed(label: str, d: date) -> None:
        f.para(f"{label} :", after=0)
        digit_boxes(f.sheet, f.margin + 170, f.y, d)
        f.space(14)

    f.para("1. Organisme d'accueil", bold=True, after=4)
    filled("Dénomination", ctx.association)
    filled("Adresse du siège", ctx.association_address)
    filled("N° d'agrément", ctx.approval_number)
    f.para("2. Volontaire", bold=True, after=4)
    filled("Nom", p.surname.upper())
    filled("Prénom(s)", p.given_names)
    boxed("Date de naissance", p.date_of_birth)
    filled("Lieu et pays de naissance", f"{p.place_of_birth}, {c.name_fr}")
    f.para("3. Mission", bold=True, after=4)
    f.para(f"Description : {ctx.mission}." + (f" {_SOCIAL_FR}" if ctx.mission_social else ""), after=6)
    f.para("4. Durée", bold=True, after=4)
    boxed("Début de la mission", ctx.contract_start)
    boxed("Fin de la mission", ctx.contract_end)
    f.para("5. Engagements", bold=True, after=4)
    f.para("L'organisme verse l'indemnité mensuelle, affilie le volontaire à la sécurité sociale et désigne un "
           "tuteur. Le volontaire respecte le projet de l'organisme et joint à sa demande de titre de séjour "
           "l'engagement de quitter la France au terme du contrat.", after=10)
    f.need(170)
    f.para(f"Fait à {ctx.association_city}", after=0)
    f.space(6)
    boxed("le", ctx.contract_signed)
    f.signature(squiggle(rng), label="Signature du représentant de l'organisme")
    f.signature(squiggle(rng), label="Signature du volontaire")
    return f.sheets, _truth(ctx, "fr")
