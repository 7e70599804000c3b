"""Ninth held-out batch: approval decisions.

An arrêté (or the agency's decision) whose title carries its date, 'Vu ... ARRÊTE', the association 'dite' by its
acronym, followed by a 'pour ampliation' stamp; a decision with a summary table at its head and an English courtesy
translation on the next page; an extract of the official bulletin listing several approved bodies, the
association's row highlighted and marked by hand.
"""

from __future__ import annotations

import random
from datetime import timedelta

from synth.context import PREFECTURES, DocContext
from synth.documents.common import Built
from synth.documents.held9_common import (
    INK,
    STAMP_BLUE,
    STAMP_VIOLET,
    Page,
    acronym,
    column,
    dmy,
    en_ordinal,
    fr_long,
    frame,
    hand,
    hline,
    rect_stamp,
    sign,
)
from synth.formats import MONTHS_EN
from synth.layout import Box, Stroke, wrap


def _is_prefect(ctx: DocContext) -> bool:
    return ctx.approval_authority.startswith("Préfet")


def _authority(ctx: DocContext) -> str:
    """The authority as the decision names it: the regional prefect, or the agency."""
    if _is_prefect(ctx):
        return ctx.approval_authority.split(", ")[0]
    return "Agence du Service Civique"


def _seat(ctx: DocContext) -> str:
    for city, prefect in PREFECTURES.items():
        if prefect == ctx.approval_authority:
            return city
    return "Paris"


def _truth(ctx: DocContext) -> dict[str, str]:
    return {"association": ctx.approval_association, "decision_date": ctx.approval_date.isoformat(),
            "authority": _authority(ctx)}


def _ref(ctx: DocContext, rng: random.Random) -> str:
    d = ctx.approval_date
    return f"{d.year}-{d.month:02d}-{rng.randint(10, 999):03d}"


# ---------------------------------------------------------------- an arrêté and its ampliation


def approval_arrete_ampliation_copy(ctx: DocContext, rng: random.Random) -> Built:
    """'Arrêté n° ... du 27 août 2023 portant agrément' (or the agency's 'Décision n° ...'), the visas, the
    operative article naming the association 'dite « ACRONYME »', signed by delegation; a 'Pour ampliation'
    stamp under it."""
    prefect = _is_prefect(ctx)
    seat = _seat(ctx)
    name = ctx.approval_association
    pg = Page(family="serif", size=10.5, left=64, right=64)
    sh = pg.sheet
    rect_stamp(sh, 420, 30, 110, ["AMPLIATION"], rgb=STAMP_VIOLET, size=9)
    if prefect:
        region = ctx.approval_authority.split(", ")[0].replace("Préfet de la région ", "")
        head = [f"PRÉFET DE LA RÉGION {region.upper()}", "Liberté", "Égalité", "Fraternité", "",
                "Délégation régionale académique à la jeunesse,", "à l'engagement et aux sports"]
        kind, verb = "ARRÊTÉ", "ARRÊTE"
        signer = "Le " + ctx.approval_authority[0].lower() + ctx.approval_authority[1:]
    else:
        head = ["AGENCE DU SERVICE CIVIQUE", "Liberté", "Égalité", "Fraternité", "", "95 avenue de France",
                "75013 Paris"]
        kind, verb = "DÉCISION", "DÉCIDE"
        signer = "La directrice générale de l'Agence du Service Civique"
    for i, ln in enumerate(head):
        sh.text(64, 48 + i * 12, ln, 9 if i == 0 else 8, family="sans", bold=i == 0, gray=0.1 if i == 0 else 0.35)
    pg.y = 150
    pg.line(f"{kind} N° {_ref(ctx, rng)}", size=12.5, bold=True, align="center")
    pg.para(f"du {fr_long(ctx.approval_date)} portant agrément d'une association au titre de l'engagement de "
            "service civique et de l'accueil de volontaires", align="center", after=14, bold=True, size=10.5)
    pg.para(f"{signer},", after=8)
    for vu in ("Vu le code du service national, notamment ses articles L. 120-1 à L. 120-36 et R. 121-1 et suivants ;",
               "Vu la loi du 1er juillet 1901 relative au contrat d'association ;",
               f"Vu la demande d'agrément présentée le {fr_long(ctx.approval_date - timedelta(days=rng.randint(40, 120)))}"
               f" par l'association {name} ;",
               "Considérant que les missions proposées présentent un caractère d'intérêt général ;"):
        pg.para(vu, indent=14, after=4, size=10)
    pg.line(verb, size=12, bold=True, align="center", after=8)
    arts = [f"L'association {name}, dite « {acronym(name)} », dont le siège est situé "
            f"{ctx.association_address if name == ctx.association else 'en France'}, est agréée au titre de "
            f"l'engagement de service civique sous le numéro {ctx.approval_number}.",
            "Le présent agrément est délivré pour une durée de cinq ans à compter de la date de signature.",
            "L'association transmet chaque année un bilan de l'accueil des volontaires.",
            f"Le présent {kind.lower()} sera publié "
            f"au {'recueil des actes administratifs de la préfecture' if prefect else 'Bulletin officiel'}."]
    for i, art in enumerate(arts, start=1):
        pg.need(40)
        pg.para(f"Article {'1er' if i == 1 else i} - {art}", after=6)
    pg.need(190)
    pg.gap(6)
    pg.para(f"Fait à {seat}, le {dmy(ctx.approval_date)}", align="right", after=2)
    pg.para("Pour le préfet et par délégation," if prefect else "Pour le ministre et par délégation,",
            align="right", after=2, size=10)
    pg.para("le secrétaire général pour les affaires régionales" if prefect else "la directrice générale",
            align="right", size=10)
    sign(pg.sheet, 400, pg.y + 20, rng)
    y = pg.y + 50
    bottom = rect_stamp(pg.sheet, 70, y, 200, ["POUR AMPLIATION", "Le chef du bureau des associations"],
                        rgb=STAMP_BLUE)
    sign(pg.sheet, 110, bottom + 18, rng, rgb=INK, scale=0.8)
    return pg.sheets, _truth(ctx)


# ---------------------------------------------------------------- a decision and its courtesy translation


def approval_decision_summary_table_with_translation(ctx: DocContext, rng: random.Random) -> Built:
    """A modern decision: a summary table at its head (beneficiary, number, date, length), short articles, then an
    English courtesy translation ('not an official document') on page 2."""
    prefect = _is_prefect(ctx)
    seat = _seat(ctx)
    name = ctx.approval_association
    authority = _authority(ctx)
    pg = Page(family="sans", size=10, left=60, right=60)
    sh = pg.sheet
    for i, colour in enumerate(((0.0, 0.14, 0.58), (1.0, 1.0, 1.0), (0.93, 0.16, 0.22))):
        sh.add(Box(60 + i * 10, 40, 10, 28, rgb=colour, stroke=None))
    sh.add(Box(60, 40, 30, 28, fill=None, stroke=0.6, line=0.3))
    sh.text(100, 52, "RÉPUBLIQUE FRANÇAISE", 10, family="sans", bold=True)
    sh.text(100, 66, authority.replace("Préfet", "Préfecture") if prefect else authority, 8.5, family="sans",
            gray=0.35)
    pg.y = 100
    pg.line("DÉCISION D'AGRÉMENT", size=16, bold=True, after=10)
    rows = [("Bénéficiaire", name), ("N° d'agrément", ctx.approval_number),
            ("Date de la décision", dmy(ctx.approval_date)), ("Durée", "5 ans"),
            ("Autorité", authority)]
    y = pg.y
    for k, v in rows:
        sh.add(Box(60, y, 150, 22, fill=0.9, stroke=0.55, line=0.5))
        sh.add(Box(210, y, 325, 22, fill=None, stroke=0.55, line=0.5))
        sh.text(66, y + 15, k, 9, family="sans", bold=True)
        sh.text(216, y + 15, v, 9.5, family="sans")
        y += 22
    pg.y = y + 16
    pg.para(f"{'Le Préfet de la région' if prefect else 'L’Agence du Service Civique'}, au vu du dossier déposé "
            f"par l'association « {name} » et de l'avis du service instructeur, décide :", after=8)
    for i, art in enumerate((f"L'association « {name} » est agréée pour accueillir des volontaires en mission "
                             "d'intérêt général.",
                             f"L'agrément porte le numéro {ctx.approval_number} ; il prend effet à la date de la "
                             "présente décision.",
                             "Toute modification des statuts ou du siège est portée à la connaissance de "
                             "l'autorité d'agrément."), start=1):
        pg.para(f"{i}. {art}", indent=10, after=5)
    pg.gap(14)
    pg.para(f"{seat}, le {dmy(ctx.approval_date)}", align="right", after=2)
    pg.para(ctx.approval_authority if prefect else "La directrice générale", align="right", size=9)
    sign(pg.sheet, 400, pg.y + 22, rng)
    # the courtesy translation
    pg.new()
    pg.line("COURTESY TRANSLATION - NOT AN OFFICIAL DOCUMENT", size=9, bold=True, gray=0.35, after=12)
    pg.line("APPROVAL DECISION", size=15, bold=True, after=10)
    d = ctx.approval_date
    pg.para(f"Beneficiary: {name}. Approval number: {ctx.approval_number}. Date of the decision: "
            f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}. Length: 5 years.", after=8)
    en_auth = (f"The Prefect of the {ctx.approval_authority.split(', ')[0].replace('Préfet de la région ', '')} "
               "region" if prefect else "The French Civic Service Agency")
    pg.para(f"{en_auth}, having examined the application filed by the association \"{name}\", decides that the "
            "association is approved to host volunteers on missions of general interest, under the number above, "
            "from the date of this decision.", after=8)
    pg.para(f"Done at {seat} on {en_ordinal(d)}.", after=20)
    pg.para(f"Translated by the association for information only, {fr_long(d + timedelta(days=rng.randint(300, 380)))}"
            ".", size=8.5, gray=0.4)
    return pg.sheets, _truth(ctx)


# ---------------------------------------------------------------- an extract of the bulletin

_OTHERS = ("Comité des Fêtes de Saint-Priest", "Association Sportive des Cheminots Réunis",
           "Club Informatique des Seniors", "Maison des Jeunes et de la Culture du Plateau",
           "Ligue d'Improvisation Théâtrale", "Association Familiale Rurale du Val d'Or",
           "Chorale des Deux Rives", "Amicale des Anciens du Lycée Hoche")


def approval_bulletin_listing_highlighted_row(ctx: DocContext, rng: random.Random) -> Built:
    """A page of the official bulletin (or the prefecture's collection of administrative acts): the decision's
    heading with its date, then a table of the bodies approved that day, the association's row highlighted and
    marked with a pen."""
    prefect = _is_prefect(ctx)
    name = ctx.approval_association
    authority = _authority(ctx)
    d = ctx.approval_date
    issue_no = rng.randint(12, 80)
    pg = Page(family="serif", size=10, left=54, right=54)
    sh = pg.sheet
    running = (f"Recueil des actes administratifs spécial n° {d.year}-{issue_no}" if prefect
               else f"Bulletin officiel Jeunesse et engagement n° {issue_no}")
    published = d + timedelta(days=rng.randint(3, 20))
    sh.text(54, 40, running, 8.5, family="serif", gray=0.3)
    sh.text(541, 40, f"publié le {dmy(published, '.')}", 8.5, family="serif", align="right", gray=0.3)
    hline(sh, 54, 541, 46, gray=0.4)
    pg.y = 70
    pg.line("Agréments au titre de l'engagement de service civique", size=12.5, bold=True, after=4)
    pg.para(f"Décision du {fr_long(d)} portant agrément d'organismes d'accueil de volontaires", bold=True, size=10.5,
            after=8)
    pg.para(f"Par décision {'du ' + authority if prefect else 'de l’' + authority} en date du {fr_long(d)}, les "
            "organismes désignés ci-dessous sont agréés pour une durée de cinq ans :", after=10)
    others = rng.sample(_OTHERS, 5)
    position = rng.randint(1, 4)
    bodies = others[:position] + [name] + others[position:]
    cols = (54, 84, 300, 430, 541)
    y = pg.y
    sh.add(Box(54, y, 487, 20, fill=0.85, stroke=0.4, line=0.5))
    for x, cap in zip(cols, ("N°", "Organisme", "Siège", "N° d'agrément"), strict=False):
        sh.text(x + 4, y + 14, cap, 9, family="sans", bold=True)
    y += 20
    for i, body in enumerate(bodies, start=1):
        ours = body == name
        city = (ctx.association_city if ours and name == ctx.association else
                rng.choice(("Villeurbanne", "Roubaix", "Pessac", "Aubagne", "Saint-Herblain", "Montreuil")))
        number = ctx.approval_number if ours else (f"{ctx.approval_number[:8]}{rng.randint(19, 24)}-"
                                                   f"{rng.randint(1, 999):05d}-00")
        h = 22 if len(wrap(body, 205, "sans", 9)) == 1 else 34
        if ours:
            sh.add(Box(54, y, 487, h, rgb=(1.0, 0.93, 0.55), stroke=None))
        frame(sh, 54, y, 487, h, gray=0.5, line=0.4)
        sh.text(58, y + 14, f"{i}", 9, family="sans")
        column(sh, 88, y + 14, 205, body, size=9, family="sans", lead=1.3)
        sh.text(304, y + 14, city, 9, family="sans")
        sh.text(434, y + 14, number, 8, family="mono")
        if ours:
            sh.add(Stroke(((20, y + h / 2), (48, y + h / 2), (42, y + h / 2 - 5)), width=1.6, rgb=INK))
        y += h
    for x in cols[1:-1]:
        sh.add(Stroke(((x, pg.y), (x, y)), width=0.4, gray=0.5))
    pg.y = y + 20
    pg.para(f"Fait à {_seat(ctx)}, le {dmy(d)}.", after=2)
    pg.para("Pour le préfet et par délégation" if prefect else "Pour le ministre et par délégation,", size=9.5,
            after=2)
    pg.para("le directeur régional" if prefect else "la directrice générale de l'Agence du Service Civique", size=9.5)
    hand(sh, 380, pg.y + 20, "page 3 / 12", rng, size=9)
    return pg.sheets, _truth(ctx)
