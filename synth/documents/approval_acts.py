"""Held-out approval families: a page of the published record of acts, a renewal decision, an agency certificate.

Approvals reach a dossier as the page of the prefecture's "recueil des actes
administratifs" that carries the arrêté (with the record's own publication date
beside the decision's), as a renewal that cites the first approval's date, or as a
short certificate from the national agency naming the body by acronym and name.
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, squiggle
from synth.documents.contract_forms import acronym
from synth.formats import add_months, days, fmt_date
from synth.layout import A4, Box, Flow


def _authority(ctx: DocContext) -> str:
    return ctx.approval_authority.split(",")[0]


def _prefect(ctx: DocContext) -> bool:
    return ctx.approval_authority.startswith("Préfet")


def _seat(ctx: DocContext) -> str:
    return ctx.association_address if ctx.approval_association == ctx.association else "Paris"


def _truth(ctx: DocContext) -> dict[str, str]:
    return {"association": ctx.approval_association, "decision_date": ctx.approval_date.isoformat(),
            "authority": _authority(ctx)}


def decision_published_record(ctx: DocContext, rng: random.Random) -> Built:
    """The arrêté as printed in the published record: running header with the publication's own date."""
    published = ctx.approval_date + days(rng.randint(3, 20))
    f = Flow(family="serif", size=10.5)
    if _prefect(ctx):
        record = f"Recueil des actes administratifs n° {rng.randint(10, 240)} - publié le " \
                 f"{fmt_date(published, 'dmy_slash')}"
        head = f"Arrêté n° {ctx.approval_number} du {fmt_date(ctx.approval_date, 'dmy_slash')} portant agrément " \
               "au titre du volontariat associatif"
    else:
        record = f"Bulletin officiel de l'Agence du Service Civique - {fmt_date(published, 'dmy_slash')}"
        head = f"Décision n° {ctx.approval_number} du {fmt_date(ctx.approval_date, 'dmy_slash')} portant agrément " \
               "au titre du volontariat associatif"
    page = rng.randint(12, 180)
    f.sheet.text(62, 40, record, 8.5, gray=0.35)
    f.sheet.text(533, 40, str(page), 8.5, align="right", gray=0.35)
    f.sheet.add(Box(62, 46, 471, 0.6, fill=0.5, stroke=None))
    f.y = 80
    f.para(head, bold=True, size=12, align="center", after=12)
    f.para(f"{ctx.approval_authority},", after=6)
    f.para("Vu le code du service national, titre Ier bis ;", after=2)
    f.para("Vu la demande présentée par l'organisme et les pièces jointes ;", after=2)
    f.para("Sur proposition du service instructeur,", after=8)
    f.para("ARRÊTE :" if _prefect(ctx) else "DÉCIDE :", bold=True, align="center", after=8)
    acr = acronym(ctx.approval_association)
    f.para(f"Article 1er - L'agrément prévu par le code du service national est accordé à l'organisme {ctx.approval_association} "
           f"({acr}), {_seat(ctx)}, pour l'accueil de volontaires.")
    f.para("Article 2 - L'agrément est accordé pour cinq ans. Il peut être retiré en cas de manquement aux "
           "obligations de l'organisme.")
    f.para("Article 3 - Le présent acte sera publié au "
           + ("recueil des actes administratifs." if _prefect(ctx) else "bulletin officiel de l'Agence."), after=12)
    f.para(f"Pour {'le préfet' if _prefect(ctx) else 'la directrice'} et par délégation,", after=1)
    f.para("la cheffe du service jeunesse et vie associative", after=2)
    f.para("signé", size=9.5, after=2)
    f.para("Claire NOËL" if rng.random() < 0.5 else "Marc VIDAL", after=2)
    f.sheet.text(62, A4[1] - 28, record, 8.5, gray=0.35)
    return f.sheets, _truth(ctx)


def decision_renewal(ctx: DocContext, rng: random.Random) -> Built:
    """A renewal decision: the first approval's date in a 'Vu' line, number and date in a box at the top."""
    first = add_months(ctx.approval_date, -60) + days(rng.randint(-20, 20))
    f = Flow(family="sans", size=10.5)
    f.para("RÉPUBLIQUE FRANÇAISE", bold=True, size=10, after=1)
    f.para(_authority(ctx), size=10, after=1)
    f.para("Service départemental à la jeunesse, à l'engagement et aux sports" if _prefect(ctx) else
           "Direction des agréments", size=9.5, after=6)
    box_top = f.y
    f.sheet.add(Box(343, box_top, 190, 44, stroke=0.4, line=0.8))
    f.sheet.text(351, box_top + 17, f"N° {ctx.approval_number}", 10, bold=True)
    f.sheet.text(351, box_top + 35, f"Date : {fmt_date(ctx.approval_date, 'dmy_dot')}", 10)
    f.y = box_top + 64
    f.title("DÉCISION DE RENOUVELLEMENT D'AGRÉMENT", size=14)
    acr = acronym(ctx.approval_association)
    f.para(f"Vu l'agrément initial accordé le {fmt_date(first, 'dmy_dot')} à {acr} ;", after=2)
    f.para(f"Vu la demande de renouvellement déposée par {acr} et le bilan des missions conduites ;", after=2)
    f.para("Considérant que les missions proposées relèvent de l'intérêt général,", after=10)
    f.para(f"L'agrément de {acr} ({ctx.approval_association}), dont le siège est {_seat(ctx)}, est renouvelé pour "
           "une durée de cinq ans à compter de la présente décision.", after=6)
    f.para("L'organisme transmet chaque année un bilan de l'accueil des volontaires.", after=16)
    f.signature(squiggle(rng), label=f"{_authority(ctx)}, par délégation")
    return f.sheets, _truth(ctx)


def decision_agency_certificate(ctx: DocContext, rng: random.Random) -> Built:
    """A short certificate in the third person, the body as acronym then name, the date in the last line."""
    f = Flow(family="serif", size=11.5)
    f.para(_authority(ctx).upper(), bold=True, align="center", after=30)
    f.title("CERTIFICAT D'AGRÉMENT", size=15)
    acr = acronym(ctx.approval_association)
    f.para(f"{acr} - {ctx.approval_association}", bold=True, align="center", after=14)
    f.para(f"est un organisme agréé pour l'accueil de volontaires, sous le numéro {ctx.approval_number}. "
           "Cet agrément lui permet de conclure des contrats de volontariat, y compris avec des volontaires "
           "de nationalité étrangère titulaires d'un visa de long séjour.", after=10)
    f.para(f"Agrément accordé le {fmt_date(ctx.approval_date, 'fr_long')}, pour une durée de cinq ans.", after=20)
    f.signature(squiggle(rng), label="Le délégué territorial")
    return f.sheets, _truth(ctx)
