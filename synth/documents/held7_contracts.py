"""Seventh held-out batch: volunteer contracts."""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, civ, ne, person_truth, squiggle
from synth.documents.held7_common import (
    STAMP_BLUE,
    checkbox,
    ds,
    fit,
    hline,
    page_marks,
    para,
    ring,
    sign,
    who,
)
from synth.identity import Identity
from synth.layout import A4, Box, Flow, Sheet, Text


def _truth(ctx: DocContext, p: Identity, lang: str) -> dict[str, str]:
    return person_truth(p) | {
        "association": ctx.association, "start_date": ctx.contract_start.isoformat(),
        "end_date": ctx.contract_end.isoformat(), "signature_date": ctx.contract_signed.isoformat(),
        "mission": ctx.mission, "language": lang,
    }


def _months(ctx: DocContext) -> int:
    return round((ctx.contract_end - ctx.contract_start).days / 30.44)


def contract_form_sections(ctx: DocContext, rng: random.Random) -> Built:
    """A two-page form in numbered boxed parts, ticked boxes, signatures on page 2 only."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    st = "slash"
    sheets: list[Sheet] = []
    sh = Sheet()
    sheets.append(sh)
    sh.add(Text(50, 46, ctx.association.upper(), 10, bold=True))
    sh.add(Text(50, 59, ctx.association_address, 8.5, gray=0.35))
    sh.add(Text(545, 46, f"Réf. VOL-{ctx.contract_signed.year}-{rng.randint(10, 999):03d}", 8.5, align="right",
                family="mono"))
    sh.add(Box(50, 76, 495, 44, fill=0.15, stroke=None))
    sh.add(Text(297, 97, "CONTRAT D'ENGAGEMENT DE VOLONTARIAT", 14.5, bold=True, align="center", gray=1.0))
    sh.add(Text(297, 112, "Volontariat associatif — volontaire de nationalité étrangère", 8.5, align="center",
                gray=0.85))
    y = 136.0

    def part(title: str, y: float) -> float:
        sh.add(Box(50, y, 495, 18, fill=0.86, stroke=None))
        sh.add(Text(56, y + 13, title, 9.5, bold=True))
        return y + 18

    def row(label: str, value: str, y: float, lw: float = 150) -> float:
        sh.add(Box(50, y, 495, 22, stroke=0.55, line=0.4))
        sh.add(Text(56, y + 14.5, label, 8.5, gray=0.3))
        fit(sh, 56 + lw, y + 15, value, 10, 489 - lw - 8, bold=True)
        return y + 22

    y = part("PARTIE 1 — L'ORGANISME D'ACCUEIL", y)
    y = row("Dénomination", ctx.association, y)
    y = row("Siège", ctx.association_address, y)
    y = row("Représenté par", f"{ctx.president}, président(e)", y)
    y = row("Agrément", f"n° {ctx.approval_number}", y)
    y = part("PARTIE 2 — LE / LA VOLONTAIRE", y + 10)
    y = row("Nom de naissance", p.surname.upper(), y)
    y = row("Prénom(s)", p.given_names, y)
    y = row("Date et lieu de naissance", f"{ds(p.date_of_birth, st)} — {p.place_of_birth} ({c.name_fr})", y)
    y = row("Nationalité", c.nationality_fr, y)
    y = row("Passeport n°", p.passport_number, y)
    y = part("PARTIE 3 — LA MISSION", y + 10)
    sh.add(Box(50, y, 495, 70, stroke=0.55, line=0.4))
    yy = para(sh, 56, y + 2, f"Mission confiée : {ctx.mission}.", 480, size=9.5, family="sans", lead=1.35)
    if ctx.mission_social:
        checkbox(sh, 56, yy + 16, True)
        para(sh, 70, yy + 4, "mission d'intérêt général à caractère social ou humanitaire (lutte contre l'exclusion, "
             "solidarité envers des personnes en difficulté)", 470, size=8.5, family="sans")
    y += 70
    y = row("Lieu d'exercice", f"{ctx.association_city} et alentours", y)
    y = row("Temps de mission", f"{rng.choice((24, 28, 30, 35))} heures hebdomadaires", y)
    y = part("PARTIE 4 — DURÉE DU CONTRAT", y + 10)
    y = row("Date de début", ds(ctx.contract_start, st), y)
    y = row("Date de fin", ds(ctx.contract_end, st), y)
    y = row("Durée", f"{_months(ctx)} mois", y)
    sh.add(Text(545, y + 24, "suite page 2 ▸", 8.5, align="right", gray=0.4))
    # page 2
    sh = Sheet()
    sheets.append(sh)
    y = part("PARTIE 5 — CONDITIONS", 60.0)
    terms = [
        "Une indemnité mensuelle, qui n'est pas un salaire, est versée au / à la volontaire, ainsi qu'une prestation "
        "de subsistance en nature (repas, titre de transport).",
        "L'organisme affilie le / la volontaire à la sécurité sociale et à une assurance responsabilité civile.",
        "Le / la volontaire bénéficie de deux jours de congés par mois et d'un tutorat tout au long de la mission.",
        "Le / la volontaire, titulaire d'un visa de long séjour, s'engage à quitter le territoire français à la fin "
        "du présent contrat ; un engagement écrit distinct est joint au dossier.",
        "Le contrat peut être rompu avant son terme moyennant un préavis d'un mois, sauf faute grave ou force "
        "majeure.",
    ]
    y += 4
    for t in terms:
        checkbox(sh, 56, y + 16, True)
        y = para(sh, 72, y + 2, t, 465, size=9.5, family="sans", lead=1.35) + 6
    y = part("PARTIE 6 — SIGNATURES", y + 10)
    sh.add(Text(56, y + 22, f"Fait à {ctx.association_city}, le {ds(ctx.contract_signed, st)}, en deux exemplaires.",
                10.5))
    for i, (who_, name) in enumerate((("Pour l'organisme d'accueil", ctx.president),
                                      ("Le / la volontaire", who(p)))):
        x = 50 + i * 252
        sh.add(Box(x, y + 36, 243, 120, stroke=0.55, line=0.5))
        sh.add(Text(x + 6, y + 50, who_, 8.5, gray=0.3))
        sh.add(Text(x + 6, y + 64, name, 9.5, bold=True))
        sh.add(Text(x + 6, y + 150, "« Lu et approuvé »", 8, family="hand", gray=0.2))
        sign(sh, x + 40, y + 110, rng)
    ring(sh, 190, y + 120, 36, [ctx.association_city.upper(), "ASSOCIATION"], rgb=STAMP_BLUE)
    page_marks(sheets, "Page {i} sur {n}", x=545, align="right")
    for s in sheets:
        s.add(Text(50, A4[1] - 26, "Contrat de volontariat — exemplaire volontaire", 7.5, gray=0.45))
    return sheets, _truth(ctx, p, "fr")


def contract_offer_letter_en(ctx: DocContext, rng: random.Random) -> Built:
    """The association writes the terms to the volunteer in English; the volunteer signs the slip at the foot."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    st = "ord"
    f = Flow(family="sans", size=10.5, margin=58)
    f.para(ctx.association, size=15, bold=True, after=0)
    f.para(f"{ctx.association_address} · France", size=9, after=2)
    hline(f.sheet, 58, f.y, 479, gray=0.2, t=1.0)
    f.space(22)
    f.para(f"{ctx.association_city}, {ds(ctx.contract_signed, st)}", align="right", after=12)
    f.para(f"{civ(p, 'en')} {p.given_names} {p.surname.upper()}", after=0)
    f.para(f"{p.place_of_birth}, {c.name_en}", after=16)
    f.para("VOLUNTEER AGREEMENT — letter of engagement", bold=True, size=12, after=10)
    f.para(f"Dear {civ(p, 'en')} {p.surname},")
    f.para(f"Following our interviews, we are pleased to offer you a volunteer placement with {ctx.association}. "
           "This letter sets out the terms of your engagement; once you have countersigned it, it is your volunteer "
           "contract (contrat de volontariat) under French law.")
    items = [
        ("Your mission", f"As worded in the French description attached: « {ctx.mission} ». "
         + ("The mission is of general interest and has a social and humanitarian character, aimed at people in "
            "vulnerable situations." if ctx.mission_social else "")),
        ("Dates", f"Your placement starts on {ds(ctx.contract_start, st)} and ends on {ds(ctx.contract_end, st)} "
                  f"({_months(ctx)} months)."),
        ("Place", f"Our premises in {ctx.association_city}."),
        ("Time", "About thirty hours a week; two days off per month of service."),
        ("Allowance", "A monthly allowance (not a salary); accommodation support and a transport pass."),
        ("Insurance", "We register you with French social security and cover your civil liability."),
        ("Visa and return", "You will travel on a long-stay visa, and you undertake to leave France when this "
                            "contract ends."),
    ]
    for i, (head, body) in enumerate(items, 1):
        f.need(50)
        f.para(f"{i}. {head}", bold=True, after=1, indent=10)
        f.para(body, indent=24, after=6)
    f.para("We look forward to welcoming you.", after=4)
    f.para("Yours sincerely,", after=14)
    f.signature(squiggle(rng), label="")
    f.para(f"{ctx.president}, President", bold=True, after=18)
    f.need(150)
    y = f.y
    for k in range(0, 479, 8):
        f.sheet.add(Box(58 + k, y, 4, 0.8, fill=0.4, stroke=None))
    f.space(14)
    f.para("ACCEPTANCE", bold=True, after=4)
    f.para(f"I, {p.given_names} {p.surname.upper()}, born on {ds(p.date_of_birth, st)} in {p.place_of_birth}, "
           f"accept the terms of this volunteer agreement with {ctx.association}.")
    f.para(f"Signed on {ds(ctx.contract_signed, st)}", after=16)
    f.signature(squiggle(rng), label="")
    if len(f.sheets) > 1:
        page_marks(f.sheets, "{i} of {n}", x=537, align="right")
    return f.sheets, _truth(ctx, p, "en")


def contract_tripartite_titles(ctx: DocContext, rng: random.Random) -> Built:
    """A three-party convention in titles and articles, quoting the statutes, initialled on every page."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    partner = rng.choice((f"Centre communal d'action sociale de {ctx.association_city}",
                          f"Maison des solidarités de {ctx.association_city}",
                          f"Résidence autonomie Les Tilleuls, {ctx.association_city}"))
    f = Flow(family="serif", size=10.5, margin=66)
    f.para("CONVENTION TRIPARTITE", size=16, bold=True, align="center", after=2)
    f.para("de mission de volontariat", size=12, align="center", after=18)
    f.para("ENTRE", bold=True, after=2)
    f.para(f"1° L'association {ctx.association}, {ctx.association_address}, représentée par {ctx.president}, "
           "ci-après « l'association » ;")
    f.para(f"2° La structure d'accueil : {partner}, ci-après « la structure » ;")
    f.para(f"3° {civ(p, 'fr')} {p.surname.upper()} {p.given_names}, {ne(p)} le {ds(p.date_of_birth, 'fr')} à "
           f"{p.place_of_birth} ({c.name_fr}), de nationalité {c.nationality_fr}, ci-après « le volontaire ».")
    purpose = ("conduire toute action d'intérêt général au service des personnes fragilisées" if ctx.mission_social
               else "réunir ses membres autour de projets communs")
    f.para("Vu les statuts de l'association, et notamment leur article 2 aux termes duquel « l'association a pour "
           f"objet de {purpose} » ;", size=10, after=3)
    f.para(f"Vu l'agrément n° {ctx.approval_number} ;", size=10, after=12)
    f.para("IL EST CONVENU CE QUI SUIT", bold=True, align="center", after=10)
    titles = [
        ("TITRE I — OBJET", [
            f"Art. 1. Le volontaire est accueilli pour {ctx.mission}."
            + (" Cette mission revêt un caractère social et humanitaire et vise à prévenir l'exclusion des personnes "
               "accompagnées." if ctx.mission_social else ""),
            "Art. 2. La structure met à disposition les moyens nécessaires et désigne un référent de proximité.",
        ]),
        ("TITRE II — DURÉE", [
            f"Art. 3. La mission commence le {ds(ctx.contract_start, 'fr')} et s'achève le "
            f"{ds(ctx.contract_end, 'fr')} inclus, soit {_months(ctx)} mois.",
            "Art. 4. À son terme, le volontaire, qui s'y est engagé par écrit, quitte le territoire français ; aucune "
            "prolongation ne vaut droit au séjour.",
        ]),
        ("TITRE III — DROITS ET OBLIGATIONS", [
            "Art. 5. L'association verse l'indemnité mensuelle prévue, assure la protection sociale du volontaire et "
            "organise sa formation.",
            "Art. 6. Le volontaire respecte le règlement intérieur de la structure et le secret des informations "
            "dont il a connaissance.",
            "Art. 7. Tout différend est soumis à une conciliation avant toute action.",
        ]),
    ]
    for head, arts in titles:
        f.need(100)
        f.para(head, bold=True, after=4)
        for a in arts:
            f.para(a, after=5)
        f.space(4)
    f.need(230)
    f.para(f"Fait en trois exemplaires à {ctx.association_city}, le {ds(ctx.contract_signed, 'words')}.", after=14)
    y = f.y
    for i, label in enumerate(("L'association", "La structure", "Le volontaire")):
        x = 66 + i * 160
        f.sheet.add(Text(x, y + 10, label, 9.5, bold=True))
        sign(f.sheet, x + 5, y + 44, rng, 0.8)
    f.y = y + 80
    initials = ["".join(w[0] for w in ctx.president.split()), "".join(w[0] for w in partner.split()[:2]).upper(),
                p.given_names[0] + p.surname[0]]
    for s in f.sheets:
        s.add(Text(66, A4[1] - 40, "Paraphes :", 8, gray=0.4))
        for k in range(3):
            s.add(Box(120 + k * 40, A4[1] - 52, 32, 18, stroke=0.6, line=0.4))
            s.add(Text(136 + k * 40, A4[1] - 38, initials[k], 8, family="hand", align="center"))
    page_marks(f.sheets, "- {i} -")
    return f.sheets, _truth(ctx, p, "fr")
