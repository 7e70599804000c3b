"""Eighth held-out batch: decisions approving the association.

A prefect's arrêté (or the Agency's décision) in articles, the State's block down the left side of the page; a
notification letter to the association's president followed by an extract of the register of approvals; a record
sheet printed from an online register of approved bodies.
"""

from __future__ import annotations

import random

from synth.context import ASSOCIATIONS, PREFECTURES, DocContext
from synth.documents.common import Built
from synth.documents.held8_common import (
    STAMP_BLUE,
    acronym,
    fr_long,
    grid_table,
    hline,
    numeric,
    org_word,
    para,
    president_title,
    round_stamp,
    short_authority,
    sign,
    vline,
)
from synth.formats import add_months, days
from synth.layout import A4, Box, Sheet, Text

REGIONS = {"Paris": "Île-de-France", "Lyon": "Auvergne-Rhône-Alpes", "Bordeaux": "Nouvelle-Aquitaine",
           "Marseille": "Provence-Alpes-Côte d'Azur", "Lille": "Hauts-de-France", "Nantes": "Pays de la Loire"}
AGENCY = "Agence du Service Civique"


def approval_truth(ctx: DocContext) -> dict[str, str]:
    return {"association": ctx.approval_association, "decision_date": ctx.approval_date.isoformat(),
            "authority": short_authority(ctx)}


def seat_city(ctx: DocContext) -> str:
    """Where the approving authority sits: the prefecture's city, or Paris for the Agency."""
    for city, prefect in PREFECTURES.items():
        if prefect == ctx.approval_authority:
            return city
    return "Paris"


def address_of(name: str) -> str:
    for n, address, _ in ASSOCIATIONS:
        if n == name:
            return address
    return ""


def by_agency(ctx: DocContext) -> bool:
    return ctx.approval_authority.startswith(AGENCY)


def renewal_end(ctx: DocContext) -> str:
    return numeric(add_months(ctx.approval_date, 60) - days(1))


# ---------------------------------------------------------------- 1: the arrêté in articles

def approval_arrete_side_column(ctx: DocContext, rng: random.Random) -> Built:
    """'ARRÊTÉ N° ... portant agrément ...' (the Agency's 'DÉCISION N° ...'): the State's block and the service's
    address down a left column, the visas ('VU ...'), 'ARRÊTE' and the articles in the right column, 'Fait à Lyon,
    le 27 août 2023' and the signature 'pour le préfet et par délégation'."""
    name = ctx.approval_association
    agency = by_agency(ctx)
    city = seat_city(ctx)
    sheet = Sheet()
    lx, rx = 40.0, 190.0
    rw = A4[0] - rx - 50
    vline(sheet, rx - 16, 40, A4[1] - 60, gray=0.7)
    if agency:
        block = ["AGENCE DU", "SERVICE CIVIQUE", "", "Pôle agréments et", "contrôle", "", "95 avenue de France",
                 "75013 Paris"]
    else:
        region = REGIONS.get(city, "")
        block = ["PRÉFET", "DE LA RÉGION", region.upper(), "", "Liberté", "Égalité", "Fraternité", "",
                 "Délégation régionale", "académique à la jeunesse,", "à l'engagement", "et aux sports"]
    for i, line in enumerate(block):
        sheet.add(Text(lx, 60 + i * 13, line, 9 if i > 2 else 10.5, bold=i < 3, gray=0.1))
    number = f"{rng.randint(2019, ctx.approval_date.year)}-{rng.randint(10, 99)}-{rng.randint(100, 9999)}"
    head = (f"DÉCISION N° {number}" if agency else f"ARRÊTÉ PRÉFECTORAL N° {number}")
    sheet.add(Text(rx, 70, head, 13, bold=True))
    y = para(sheet, rx, 92, rw, f"portant agrément de {org_word(name)} « {name} » au titre de l'engagement de "
             f"service civique et du volontariat associatif", size=10.5, family="sans", bold=True)
    if agency:
        issuer = ("La directrice générale de l'Agence du Service Civique, par délégation du Ministre chargé de la "
                  "jeunesse,")
    else:
        issuer = (f"Le {ctx.approval_authority}, Officier de la Légion d'honneur, "
                  "Commandeur de l'ordre national du Mérite,")
    y = para(sheet, rx, y + 14, rw, issuer, size=10.5, bold=True)
    visas = ["VU le code du service national, notamment ses articles L. 120-1 et suivants et R. 121-1 et suivants ;",
             f"VU la demande d'agrément présentée le {fr_long(ctx.approval_date - days(rng.randint(40, 120)))} par "
             f"{org_word(name)} ;",
             "CONSIDÉRANT que l'organisme remplit les conditions requises pour accueillir des volontaires ;"]
    for v in visas:
        y = para(sheet, rx, y + 4, rw, v, size=10)
    verb = "DÉCIDE" if agency else "ARRÊTE"
    sheet.add(Text(rx + rw / 2, y + 18, verb, 12, bold=True, align="center"))
    y += 34
    articles = [
        f"Article 1er - {org_word(name).capitalize()} « {name} », dont le siège est situé {address_of(name)}, est "
        f"agréée au titre de l'engagement de service civique sous le numéro {ctx.approval_number}.",
        "Article 2 - Cet agrément est accordé pour une durée de cinq ans à compter de la date "
        + ("de la présente décision." if agency else "de signature du présent arrêté."),
        "Article 3 - Il peut être retiré si l'organisme cesse de remplir les conditions prévues.",
        f"Article 4 - {'Le présent acte' if agency else 'Le présent arrêté'} sera notifié à l'organisme et publié "
        f"au recueil des actes administratifs.",
    ]
    for a in articles:
        y = para(sheet, rx, y + 6, rw, a, size=10.5)
    sheet.add(Text(rx, y + 24, f"Fait à {city}, le {fr_long(ctx.approval_date)}", 11))
    who = ("Pour la directrice générale et par délégation," if agency
           else "Pour le préfet et par délégation,")
    sheet.add(Text(rx + rw - 110, y + 50, who, 9.5, align="center"))
    sheet.add(Text(rx + rw - 110, y + 64, "le délégué régional" if not agency else "le chef du pôle agréments", 9.5,
                   align="center"))
    sign(sheet, rx + rw - 170, y + 98, rng)
    ring = AGENCY.upper() if agency else f"PRÉFECTURE {REGIONS.get(city, '')}".upper()
    round_stamp(sheet, rx + 80, y + 100, 38, ring, ["RF"], rgb=STAMP_BLUE)
    return [sheet], approval_truth(ctx)


# ---------------------------------------------------------------- 2: the notification and the register's extract

def approval_notification_and_register(ctx: DocContext, rng: random.Random) -> Built:
    """A letter to the president notifying the decision ('par décision du 27/08/2023, ... a accordé ...'),
    written days after it, then an extract of the register of approvals as a table."""
    name = ctx.approval_association
    agency = by_agency(ctx)
    city = seat_city(ctx)
    authority = short_authority(ctx)
    sent = ctx.approval_date + days(rng.randint(3, 16))
    first = Sheet()
    office = ("Agence du Service Civique - Pôle agréments" if agency else
              f"Délégation régionale académique à la jeunesse, à l'engagement et aux sports - {REGIONS.get(city, '')}")
    first.add(Text(60, 56, "RÉPUBLIQUE FRANÇAISE", 10, bold=True))
    para(first, 60, 72, 250, office, size=8.5, family="sans")
    first.add(Text(A4[0] - 60, 150, f"{city}, le {fr_long(sent)}", 10.5, align="right"))
    ax = 320.0
    dear = "Madame, Monsieur le Président"
    if name == ctx.association:
        dear = "Madame la Présidente" if president_title(ctx.president) == "Présidente" else "Monsieur le Président"
    lines = [dear, name, address_of(name)]
    for i, line in enumerate(lines):
        first.add(Text(ax, 190 + i * 14, line, 10.5))
    first.add(Text(60, 270, "Objet : notification de décision d'agrément", 10.5, bold=True))
    first.add(Text(60, 285, f"N/Réf. : {acronym(name)}/{ctx.approval_number}", 9.5, gray=0.35))
    body = [
        f"{dear},",
        f"J'ai l'honneur de vous informer que, par décision du {numeric(ctx.approval_date)}, "
        f"{'l' + chr(39) + authority if agency else 'le ' + authority} a "
        f"accordé à {org_word(name)} « {name} » l'agrément au titre de l'engagement de service civique et du "
        f"volontariat, sous le numéro {ctx.approval_number}, pour une durée de cinq ans.",
        "Vous trouverez ci-joint l'extrait du registre des agréments correspondant. Je vous rappelle que toute "
        "modification de vos statuts ou de votre siège doit m'être signalée.",
        f"Je vous prie d'agréer, {dear}, l'expression de mes salutations distinguées.",
    ]
    y = 320.0
    for b in body:
        y = para(first, 60, y, A4[0] - 120, b, size=11) + 6
    first.add(Text(A4[0] - 160, y + 20, "Pour le " + ("directeur" if agency else "préfet") + " et par délégation", 9.5,
                   align="center"))
    sign(first, A4[0] - 220, y + 56, rng)
    second = Sheet()
    second.add(Text(A4[0] / 2, 70, "EXTRAIT DU REGISTRE DES AGRÉMENTS", 14, bold=True, align="center"))
    second.add(Text(A4[0] / 2, 88, "Engagement de service civique et volontariat", 10, align="center", gray=0.35))
    rows = [["N° d'agrément", "Organisme", "Date de la décision", "Autorité", "Échéance"],
            [ctx.approval_number, f"{name} ({acronym(name)})", numeric(ctx.approval_date), authority,
             renewal_end(ctx)]]
    y = grid_table(second, 40, 120, [110, 140, 80, 110, 75], rows, size=8.5)
    second.add(Text(40, y + 30, f"Extrait certifié conforme, {city}, le {numeric(sent)}.", 10))
    round_stamp(second, 420, y + 80, 36, AGENCY.upper() if agency else f"DRAJES {REGIONS.get(city, '')}".upper(),
                ["REGISTRE"], rgb=STAMP_BLUE)
    return [first, second], approval_truth(ctx)


# ---------------------------------------------------------------- 3: the online register's record sheet

def approval_online_record_sheet(ctx: DocContext, rng: random.Random) -> Built:
    """A record sheet printed from an online register of approved bodies: the site's header, 'Fiche de
    l'organisme', the body's name and acronym, the approval's number, decision date, authority and term in a
    grid, the printing date in the browser's footer."""
    name = ctx.approval_association
    printed = ctx.filing - days(rng.randint(3, 30))
    sheet = Sheet()
    sheet.add(Text(30, 22, f"{numeric(printed)} {rng.randint(8, 20)}:{rng.randint(0, 59):02d}", 7.5, gray=0.35))
    sheet.add(Text(A4[0] - 30, 22, "Fiche organisme agréé", 7.5, align="right", gray=0.35))
    sheet.add(Box(30, 36, A4[0] - 60, 48, fill=None, stroke=None, rgb=(0.0, 0.13, 0.4)))
    sheet.add(Text(46, 58, "Registre national des organismes agréés", 13, bold=True, gray=1.0))
    sheet.add(Text(46, 74, "Engagement de service civique - volontariat associatif", 8.5, gray=0.9))
    sheet.add(Text(40, 108, "Rechercher un organisme  >  Résultats  >  Fiche", 8.5, gray=0.45))
    sheet.add(Text(40, 140, "FICHE DE L'ORGANISME", 15, bold=True))
    sheet.add(Text(40, 162, f"{name.upper()}", 12, bold=True, gray=0.2))
    sheet.add(Box(A4[0] - 170, 126, 130, 24, fill=None, stroke=None, rgb=(0.82, 0.93, 0.84)))
    sheet.add(Text(A4[0] - 105, 142, "Agrément en cours", 9.5, bold=True, align="center", gray=0.15))
    rows = [["Rubrique", "Valeur"],
            ["Raison sociale", name], ["Sigle", acronym(name)], ["Adresse du siège", address_of(name)],
            ["Numéro d'agrément", ctx.approval_number],
            ["Nature", "Agrément initial" if rng.random() < 0.6 else "Renouvellement d'agrément"],
            ["Date de la décision", numeric(ctx.approval_date)],
            ["Autorité de délivrance", short_authority(ctx)],
            ["Valide jusqu'au", renewal_end(ctx)],
            ["Missions ouvertes", f"{rng.randint(2, 40)}"]]
    y = grid_table(sheet, 40, 186, [170, A4[0] - 80 - 170], rows, size=10, shade=0.92)
    para(sheet, 40, y + 26, A4[0] - 80, "Les informations de cette fiche sont issues des décisions d'agrément. "
         "Seule la décision fait foi.", size=8.5, family="sans")
    hline(sheet, 30, A4[0] - 30, A4[1] - 34, gray=0.7)
    sheet.add(Text(30, A4[1] - 20, f"https://agrements.example.gouv.fr/organismes/{ctx.approval_number}", 7.5,
                   gray=0.35))
    sheet.add(Text(A4[0] - 30, A4[1] - 20, "1/1", 7.5, align="right", gray=0.35))
    return [sheet], approval_truth(ctx)
