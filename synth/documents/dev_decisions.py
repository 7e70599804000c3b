"""Second batch of development approval-decision families: where the association, the date and the authority sit.

Modelled on prefectoral and agency acts: an arrêté naming the association by its
acronym in the title and in full only in a recital, dated in "Fait à ..., le ...",
signed "Pour le préfet et par délégation, le secrétaire général"; a notification
letter whose only full mention of the association is the window-envelope address
block, the decision's date in the footer and the letter's own date on top; an
arrêté dated in its title, the association introduced by "ci-après" in a
Considérant, with an annex table of the missions and volunteers' contracts.
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, squiggle
from synth.documents.dev_common import acronym, footer, stamp, table
from synth.formats import days, fmt_date
from synth.layout import A4, Flow, Stroke, wrap

INK = (0.1, 0.15, 0.45)
_SECRETARIES = ("Mme Anne-Laure Vidal", "M. Thomas Régnier", "Mme Sandrine Colin", "M. Olivier Marchand")


def _prefect(ctx: DocContext) -> bool:
    return ctx.approval_authority.startswith("Préfet")


def _authority(ctx: DocContext) -> str:
    return ctx.approval_authority.split(",")[0]


def _seat(ctx: DocContext) -> str:
    return ctx.association_address if ctx.approval_association == ctx.association else "Paris"


def _truth(ctx: DocContext) -> dict[str, str]:
    return {"association": ctx.approval_association, "decision_date": ctx.approval_date.isoformat(),
            "authority": _authority(ctx)}


def _delegation(ctx: DocContext) -> list[str]:
    """The signature block of an act signed by delegation, the authority named in it."""
    if _prefect(ctx):
        return [f"Pour le {_authority(ctx)} et par délégation,", "le secrétaire général"]
    return ["Pour la présidente de l'Agence du Service Civique", "et par délégation, le directeur général"]


def _block(f: Flow, lines: list[str], name: str, rng: random.Random, *, x: float | None = None) -> None:
    """A signature block on the right half: its lines, a hand stroke, the signatory's name."""
    x0 = A4[0] / 2 + 10 if x is None else x
    wrapped = [part for line in lines for part in wrap(line, A4[0] - f.margin - x0, f.family, 10.5)]
    f.need(40 + 14 * len(wrapped) + 50)
    for line in wrapped:
        f.y += 14
        f.sheet.text(x0, f.y, line, 10.5, family=f.family)
    f.sheet.add(Stroke(tuple((x0 + 20 + px, f.y + 30 + py) for px, py in squiggle(rng)), width=1.4, rgb=INK))
    f.y += 62
    f.sheet.text(x0, f.y, name, 10.5, family=f.family, bold=True)
    f.y += 12


def decision_acronym_recital(ctx: DocContext, rng: random.Random) -> Built:
    """An arrêté with the acronym in its title, the full name in a recital, 'Fait à ..., le ...', signed by delegation."""
    prefect = _prefect(ctx)
    short = acronym(ctx.approval_association)
    the = f"l'{short}" if short[0] in "AEIOU" else f"la {short}"
    f = Flow(family="serif", size=10.5)
    if prefect:
        region = ctx.approval_authority.split("région ")[1].split(",")[0]
        f.para(f"PRÉFET DE LA RÉGION {region.upper()}", bold=True, after=0)
        f.para("Liberté - Égalité - Fraternité", size=8.5, after=0)
        f.para("Délégation régionale académique à la jeunesse, à l'engagement et aux sports", size=8.5, after=20)
        act, verb = "ARRÊTÉ", "ARRÊTE"
    else:
        f.para("AGENCE DU SERVICE CIVIQUE", bold=True, after=0)
        f.para("Établissement public administratif de l'État", size=8.5, after=20)
        act, verb = "DÉCISION", "DÉCIDE"
    f.para(f"{act} n° {ctx.approval_number}", bold=True, align="center", after=2)
    f.para(f"portant agrément de {the} au titre de l'engagement de service civique et du volontariat associatif",
           align="center", after=16)
    f.para(f"Le {_authority(ctx)}," if prefect else "La présidente de l'Agence du Service Civique,", bold=True,
           after=8)
    for vu in ("Vu le code du service national, et notamment ses articles L. 120-30 et R. 121-35 et suivants ;",
               "Vu la loi n° 2010-241 du 10 mars 2010 relative au service civique ;",
               f"Vu la demande d'agrément présentée par l'association « {ctx.approval_association} » ({short}), "
               f"dont le siège est fixé {_seat(ctx)} ;",
               f"Vu l'avis favorable du service instructeur du "
               f"{fmt_date(ctx.approval_date - days(rng.randint(10, 40)), 'dmy_slash')} ;",
               f"Considérant que les missions proposées par {the} présentent un caractère philanthropique, "
               "éducatif, social ou humanitaire et s'adressent en priorité à des personnes isolées ;"):
        f.para(vu, after=3)
    f.para(f"{verb} :", bold=True, align="center", after=8)
    f.para(f"Article 1 - {the[0].upper() + the[1:]} est agréée, sous le numéro {ctx.approval_number}, pour "
           "accueillir des volontaires pour une durée de cinq ans.", after=4)
    f.para(f"Article 2 - Les contrats de volontariat conclus par {the} rappellent ce numéro d'agrément ; une copie "
           "en est tenue à la disposition des services de l'État.", after=4)
    f.para("Article 3 - Le présent acte sera notifié à l'organisme et publié au recueil des actes administratifs.",
           after=14)
    f.para(f"Fait à {ctx.association_city if prefect else 'Paris'}, le {fmt_date(ctx.approval_date, 'dmy_slash')}",
           after=2)
    _block(f, _delegation(ctx), rng.choice(_SECRETARIES), rng)
    stamp(f.sheet, f.margin, f.y - 70, [("PRÉFECTURE" if prefect else "AGENCE DU SERVICE CIVIQUE"),
                                         "Pour ampliation", "Le chef de bureau"], w=180)
    return f.sheets, _truth(ctx)


def decision_notification_window(ctx: DocContext, rng: random.Random) -> Built:
    """A notification letter: the association in the address block only, the decision's date in the footer."""
    prefect = _prefect(ctx)
    sent = ctx.approval_date + days(rng.randint(4, 25))
    f = Flow(family="sans", size=10)
    if prefect:
        region = ctx.approval_authority.split("région ")[1].split(",")[0]
        f.para(f"PRÉFET DE LA RÉGION {region.upper()}", bold=True, after=0)
        f.para("Secrétariat général pour les affaires régionales", size=8.5, after=0)
    else:
        f.para("AGENCE DU SERVICE CIVIQUE", bold=True, after=0)
        f.para("Direction des opérations", size=8.5, after=0)
    f.para("Bureau des agréments", size=8.5, after=0)
    f.para(f"Dossier suivi par : {rng.choice(_SECRETARIES)}", size=8.5, after=20)
    # the window-envelope block, on the right
    x = A4[0] / 2 + 30
    y = f.y
    for i, line in enumerate(("Monsieur ou Madame le Président", ctx.approval_association.upper(),
                              *_seat(ctx).split(", "))):
        f.sheet.text(x, y + 14 * i, line, 10, bold=i == 1)
    f.y = y + 14 * 4 + 24
    f.para(f"{ctx.association_city if prefect else 'Paris'}, le {fmt_date(sent, 'fr_long')}", align="right",
           after=16)
    f.para("Lettre recommandée avec accusé de réception", size=9, after=4)
    f.para("Objet : agrément au titre du volontariat", bold=True, after=14)
    f.para("Madame, Monsieur le Président,", after=6)
    f.para("J'ai l'honneur de vous notifier la décision portant agrément de votre association pour l'accueil de "
           f"volontaires. Le numéro d'agrément {ctx.approval_number} devra figurer sur chacun des contrats de "
           "volontariat que vous conclurez.")
    f.para("Cet agrément vaut pour cinq ans. Il peut être retiré si votre association cesse de remplir les "
           "conditions de sa délivrance ; un bilan annuel des missions nous sera adressé.")
    f.para("Je vous prie de croire, Madame, Monsieur le Président, à l'assurance de ma considération distinguée.",
           after=10)
    _block(f, _delegation(ctx), rng.choice(_SECRETARIES), rng)
    what = "Arrêté" if prefect else "Décision"
    footer(f, f"{what} n° {ctx.approval_number} du {fmt_date(ctx.approval_date, 'dmy_dot')} - "
              "voies et délais de recours au verso", pages="")
    return f.sheets, _truth(ctx)


def decision_titled_annex(ctx: DocContext, rng: random.Random) -> Built:
    """An arrêté dated in its title, the association 'ci-après' in a Considérant, an annex table of missions."""
    prefect = _prefect(ctx)
    short = acronym(ctx.approval_association)
    f = Flow(family="sans", size=10)
    f.para("RÉPUBLIQUE FRANÇAISE", bold=True, align="center", after=0)
    f.para(_authority(ctx).upper() if prefect else "AGENCE DU SERVICE CIVIQUE", align="center", size=9.5, after=18)
    act = "Arrêté préfectoral" if prefect else "Décision"
    f.title(f"{act} du {fmt_date(ctx.approval_date, 'fr_long')}", size=13)
    f.para(f"n° {ctx.approval_number} - agrément au titre du volontariat", align="center", after=14)
    f.para(f"Considérant la demande d'agrément présentée par {ctx.approval_association}, association déclarée "
           f"dont le siège est situé {_seat(ctx)}, ci-après dénommée « {short} » ;", after=3)
    f.para(f"Considérant que {short} accueille des volontaires pour des missions d'intérêt général auprès de "
           "personnes en difficulté et dispose d'un encadrement suffisant ;", after=10)
    f.para("ARRÊTE :" if prefect else "DÉCIDE :", bold=True, after=6)
    f.para(f"Art. 1. {short} est agréée pour cinq ans au titre du volontariat et de l'engagement de service "
           "civique, pour les missions décrites en annexe.", after=3)
    f.para(f"Art. 2. Chaque volontaire accueilli signe avec {short} un contrat de volontariat écrit, qui mentionne "
           "le présent agrément.", after=3)
    f.para("Art. 3. Le présent acte peut être contesté devant le tribunal administratif dans les deux mois de sa "
           "notification.", after=12)
    _block(f, _delegation(ctx), rng.choice(_SECRETARIES), rng)
    f.need(200)
    f.para(f"Annexe - missions agréées ({short})", bold=True, after=4)
    table(f, [("Mission", "Volontaires", "Contrats"),
              ("Accompagnement de personnes âgées isolées", str(rng.randint(2, 8)), "6 à 12 mois"),
              ("Aide alimentaire et accueil de jour", str(rng.randint(2, 8)), "8 à 12 mois"),
              ("Soutien scolaire et accès aux droits", str(rng.randint(1, 5)), "6 à 10 mois")],
          (3, 1, 1.2), header=True, size=9)
    footer(f, f"{short} - agrément {ctx.approval_number}")
    return f.sheets, _truth(ctx)
