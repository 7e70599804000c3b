"""More template families for the association's approval (agrément): arrêtés, decisions, notifications.

Real approvals name the association in a title, after a label, or only in the
body ("L'association « X », dont le siège est à ..., est agréée ..."); they are
prefectoral arrêtés, ministry or agency decisions, or letters notifying one.
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, squiggle
from synth.formats import fmt_date
from synth.layout import Flow

_VUS = ("Vu le code du service national, et notamment ses articles L. 120-1 et suivants ;",
        "Vu le décret relatif au service civique et au volontariat associatif ;",
        "Vu l'avis favorable du service instructeur ;")


def _authority(ctx: DocContext) -> str:
    return ctx.approval_authority.split(",")[0]


def _truth(ctx: DocContext) -> dict[str, str]:
    return {"association": ctx.approval_association, "decision_date": ctx.approval_date.isoformat(),
            "authority": _authority(ctx)}


def _prefect(ctx: DocContext) -> bool:
    return ctx.approval_authority.startswith("Préfet")


def _place(ctx: DocContext) -> str:
    """A prefect signs in the association's city; the national agency in Paris."""
    return ctx.association_city if _prefect(ctx) else "Paris"


def decision_body_only(ctx: DocContext, rng: random.Random) -> Built:
    """A prefectoral arrêté whose title names no association: it stands only in article 1."""
    f = Flow(family="serif", size=11)
    if _prefect(ctx):
        f.para("PRÉFECTURE", bold=True, after=1)
        f.para("Direction départementale de l'emploi, du travail et des solidarités", size=10, after=18)
        f.title(f"ARRÊTÉ PRÉFECTORAL N° {ctx.approval_number} relatif à un agrément de volontariat", size=13)
    else:
        f.para("AGENCE DU SERVICE CIVIQUE", bold=True, after=18)
        f.title(f"DÉCISION N° {ctx.approval_number} relative à un agrément de volontariat", size=13)
    f.para(f"Le {_authority(ctx)},", bold=True, after=6)
    for vu in _VUS:
        f.para(vu, after=3)
    f.para("ARRÊTE" if _prefect(ctx) else "DÉCIDE", bold=True, align="center", after=8)
    address = ctx.association_address if ctx.approval_association == ctx.association else "Paris"
    f.para(f"Article 1 : L'association « {ctx.approval_association} », dont le siège est à {address}, est agréée "
           "pour accueillir des volontaires, pour une durée de cinq ans.")
    f.para("Article 2 : La présente décision peut être contestée devant le tribunal administratif dans un délai de "
           "deux mois.", after=14)
    f.para(f"Fait à {_place(ctx)}, le {fmt_date(ctx.approval_date, 'fr_long')}")
    f.para("Pour le préfet et par délégation" if _prefect(ctx) else "Pour la directrice et par délégation",
           after=2)
    f.signature(squiggle(rng))
    return f.sheets, _truth(ctx)


def decision_ministry(ctx: DocContext, rng: random.Random) -> Built:
    """A ministry-style decision with the approved body after a label, date as "Date :"."""
    f = Flow(family="sans", size=11)
    f.para("RÉPUBLIQUE FRANÇAISE", bold=True, after=1)
    f.para("Ministère chargé de la jeunesse et de la vie associative", after=1)
    f.para(_authority(ctx), after=20)
    f.title("DÉCISION D'AGRÉMENT", size=15)
    for label, value in (("Décision n°", ctx.approval_number), ("Organisme agréé", ctx.approval_association),
                         ("Objet", "agrément au titre de l'engagement de service civique et du volontariat"),
                         ("Durée", "cinq ans à compter de la date de la décision"),
                         ("Date", fmt_date(ctx.approval_date, "dmy_slash"))):
        f.para(f"{label} : {value}", after=4)
    f.space(10)
    f.para("L'organisme agréé s'engage à respecter les conditions d'accueil des volontaires.", after=14)
    f.para(f"Signé : {_authority(ctx)}", after=2)
    f.signature(squiggle(rng))
    return f.sheets, _truth(ctx)


def decision_notification(ctx: DocContext, rng: random.Random) -> Built:
    """A letter notifying the approval to the association's president; the decision's date in a sentence."""
    f = Flow(family="serif", size=11.5)
    f.para(_authority(ctx), bold=True, after=1)
    f.para("Pôle jeunesse, engagement et sports", after=20)
    f.para(f"Madame, Monsieur le Président de l'association {ctx.approval_association}", align="right", after=20)
    f.para("Objet : notification de votre agrément", bold=True, after=10)
    f.para("Madame, Monsieur,", after=6)
    f.para(f"J'ai l'honneur de vous informer que, par décision du {fmt_date(ctx.approval_date, 'fr_long')}, "
           f"votre association, {ctx.approval_association}, a obtenu l'agrément lui permettant d'accueillir des "
           f"volontaires (référence {ctx.approval_number}).")
    f.para("Cet agrément est valable cinq ans. Je vous prie d'agréer l'expression de ma considération distinguée.",
           after=14)
    f.signature(squiggle(rng), label="Le chef de pôle")
    return f.sheets, _truth(ctx)


def decision_prefect_caps(ctx: DocContext, rng: random.Random) -> Built:
    """An arrêté in capitals for its heading, "ARRÊTE" articles, association in quotes in article 1."""
    f = Flow(family="serif", size=10.5)
    f.para("RÉPUBLIQUE FRANÇAISE", bold=True, after=0)
    f.para("Liberté Égalité Fraternité", size=9, after=16)
    f.para(f"{_place(ctx)}, le {fmt_date(ctx.approval_date, 'dmy_slash')}", align="right", after=10)
    f.title(("ARRÊTÉ N° " if _prefect(ctx) else "DÉCISION N° ") + ctx.approval_number, size=13)
    f.para("portant délivrance d'un agrément de service civique", align="center", after=10)
    f.para(f"LE {_authority(ctx).upper()}", bold=True, after=6)
    for vu in _VUS[:2]:
        f.para(vu, after=3)
    f.para("ARRÊTE :" if _prefect(ctx) else "DÉCIDE :", bold=True, align="center", after=8)
    f.para(f"ARTICLE 1er - L'agrément est accordé à l'association « {ctx.approval_association} » pour une durée "
           "de cinq ans.")
    f.para("ARTICLE 2 - La présente décision sera notifiée à l'association.", after=14)
    f.signature(squiggle(rng), label="Le préfet," if _prefect(ctx) else "La directrice,")
    return f.sheets, _truth(ctx)


def decision_extract(ctx: DocContext, rng: random.Random) -> Built:
    """A one-page "attestation d'agrément" restating a decision, with the date in numbers with dots."""
    f = Flow(family="cond", size=11)
    f.para(_authority(ctx), bold=True, align="center", after=22)
    f.title("ATTESTATION D'AGRÉMENT", size=15)
    f.para(f"Il est attesté que la structure {ctx.approval_association} est titulaire de l'agrément "
           f"n° {ctx.approval_number}, accordé par décision du {fmt_date(ctx.approval_date, 'dmy_dot')} au titre "
           "de l'engagement de service civique et du volontariat associatif.")
    f.para("Cette attestation ne vaut pas renouvellement de l'agrément.", after=16)
    f.para(f"Pour l'autorité : {_authority(ctx)}", after=2)
    f.signature(squiggle(rng))
    return f.sheets, _truth(ctx)
