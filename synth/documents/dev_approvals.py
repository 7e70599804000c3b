"""Third batch of development approval decisions: who decides, said where real acts say it.

Modelled on approvals as regional services and ministries issue them: an act
headed only by the service that prepared it (a regional directorate), the deciding
authority named only in its signature block ("Pour le Préfet ... et par
délégation, le directeur régional ..."), dated just above that block; a decision on
a ministry's letterhead naming the association by its acronym first and its full
name in brackets, dated in its reference line.
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built
from synth.documents.dev_common import acronym, footer, stamp
from synth.documents.dev_ink import scrawl
from synth.formats import fmt_date
from synth.layout import A4, Flow

_SIGNATORIES = ("Florence Aubert", "Jean-Marc Thiery", "Nadia Belkacem", "Pierre-Yves Le Goff")


def _prefect(ctx: DocContext) -> bool:
    return ctx.approval_authority.startswith("Préfet")


def _authority(ctx: DocContext) -> str:
    return ctx.approval_authority.split(",")[0]


def _truth(ctx: DocContext) -> dict[str, str]:
    return {"association": ctx.approval_association, "decision_date": ctx.approval_date.isoformat(),
            "authority": _authority(ctx)}


def _seat(ctx: DocContext) -> str:
    return ctx.association_address if ctx.approval_association == ctx.association else "Paris"


def decision_signature_block(ctx: DocContext, rng: random.Random) -> Built:
    """Headed by the preparing service only; the authority named in the signature block, dated above it."""
    prefect = _prefect(ctx)
    f = Flow(family="sans", size=10)
    f.para("RÉPUBLIQUE FRANÇAISE", bold=True, size=9.5, after=0)
    if prefect:
        f.para("Direction régionale académique à la jeunesse,", size=9, after=0)
        f.para("à l'engagement et aux sports", size=9, after=0)
        f.para("Pôle engagement - agréments service civique", size=8.5, after=22)
    else:
        f.para("Direction des agréments et du contrôle", size=9, after=0)
        f.para("Bureau des organismes d'accueil", size=8.5, after=22)
    f.para(f"Affaire suivie par : {rng.choice(_SIGNATORIES)} - Réf. : {ctx.approval_number}", size=8.5, after=18)
    f.title("Décision portant agrément au titre de l'engagement de service civique", size=12.5)
    f.para("Vu le code du service national, et notamment ses articles L. 120-1 à L. 120-36 ;", after=3)
    f.para(f"Vu le dossier déposé par l'organisme {ctx.approval_association} et les pièces qui l'accompagnent ;",
           after=3)
    f.para("Vu l'avis favorable du service instructeur ;", after=3)
    f.para("Considérant que les missions proposées par l'organisme revêtent un caractère d'intérêt général et "
           "s'adressent notamment à des personnes en difficulté ;", after=10)
    f.para("DÉCIDE", bold=True, align="center", after=8)
    f.para(f"Article 1 : L'organisme dénommé « {ctx.approval_association} », dont le siège est situé {_seat(ctx)}, "
           "est agréé pour accueillir des personnes volontaires, pour une durée de cinq années.")
    f.para(f"Article 2 : Le numéro d'agrément attribué à l'organisme est le {ctx.approval_number}. Il figure "
           "sur tout contrat d'engagement conclu au titre du présent agrément.")
    f.para("Article 3 : La présente décision peut faire l'objet d'un recours devant le tribunal administratif dans "
           "un délai de deux mois à compter de sa notification.", after=18)
    x = A4[0] / 2 - 10
    f.need(150)
    city = ctx.association_city if prefect else "Paris"  # a prefect decides in the association's city
    f.sheet.text(x, f.y + 12, f"{city}, le {fmt_date(ctx.approval_date, 'fr_long')}", 10)
    f.y += 30
    lines = ([f"Pour le {_authority(ctx)}", "et par délégation,", "le directeur régional académique adjoint",
              "délégué à la jeunesse et aux sports"] if prefect else
             ["Pour l'Agence du Service Civique", "et par délégation,", "la directrice des agréments"])
    for line in lines:
        f.sheet.text(x, f.y + 12, line, 10)
        f.y += 14
    scrawl(f.sheet, x + 20, f.y + 28, rng)
    f.y += 50
    f.sheet.text(x, f.y + 12, rng.choice(_SIGNATORIES), 10, bold=True)
    f.y += 20
    footer(f, "Copie : organisme intéressé - recueil des actes administratifs")
    return f.sheets, _truth(ctx)


def decision_ministry_letterhead(ctx: DocContext, rng: random.Random) -> Built:
    """On a ministry's letterhead; the association by acronym, then its full name in brackets; dated in the reference."""
    prefect = _prefect(ctx)
    short = acronym(ctx.approval_association)
    f = Flow(family="serif", size=10.5)
    top = f.y
    f.sheet.text(f.margin, top + 4, "MINISTÈRE", 11, bold=True)
    f.sheet.text(f.margin, top + 18, "DES SPORTS, DE LA JEUNESSE", 11, bold=True)
    f.sheet.text(f.margin, top + 32, "ET DE LA VIE ASSOCIATIVE", 11, bold=True)
    f.sheet.text(f.margin, top + 48, "Liberté", 8.5, gray=0.3)
    f.sheet.text(f.margin, top + 58, "Égalité", 8.5, gray=0.3)
    f.sheet.text(f.margin, top + 68, "Fraternité", 8.5, gray=0.3)
    issuer = _authority(ctx) if prefect else "Agence du Service Civique"
    f.sheet.text(A4[0] - f.margin, top + 4, issuer, 10, align="right", bold=True)
    f.sheet.text(A4[0] - f.margin, top + 18, "Service civique - agréments", 9, align="right", gray=0.3)
    f.y = top + 100
    f.para(f"Décision n° {ctx.approval_number} du {fmt_date(ctx.approval_date, 'dmy_slash')}", bold=True, after=2)
    f.para(f"Objet : agrément de l'association {short}", after=18)
    f.para(f"Le {_authority(ctx)}," if prefect else
           "La directrice générale de l'Agence du Service Civique, par délégation du ministre chargé de la jeunesse,",
           after=6)
    f.para("Vu le code du service national ; vu la loi n° 2010-241 du 10 mars 2010 relative au service civique ;",
           size=10, after=3)
    f.para(f"Vu la demande présentée par l'association {short} ({ctx.approval_association}), enregistrée au "
           "répertoire national des associations ;", size=10, after=10)
    f.para("décide :", bold=True, after=6)
    f.para(f"1° L'association {short} ({ctx.approval_association}), {_seat(ctx)}, est agréée pour accueillir des "
           "volontaires en service civique et en volontariat associatif, pour des missions de solidarité.")
    f.para(f"2° Cet agrément est accordé pour cinq ans sous le numéro {ctx.approval_number}.")
    f.para(f"3° {short} adresse chaque année au service un bilan des missions réalisées.", after=20)
    f.need(120)
    f.para(("Le Préfet" if prefect else "La directrice générale"), align="right", after=0)
    scrawl(f.sheet, A4[0] - f.margin - 150, f.y + 28, rng)
    stamp(f.sheet, A4[0] - f.margin - 330, f.y + 4, ["SERVICE CIVIQUE", "AGRÉMENTS", "COPIE CONFORME"], w=150)
    f.y += 70
    footer(f, f"Décision {ctx.approval_number} - {short}", pages="page {i} sur {n}")
    return f.sheets, _truth(ctx)
