"""Seventh held-out batch: approval decisions (agrément) of the association."""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built
from synth.documents.held7_common import (
    STAMP_BLUE,
    box_stamp,
    ds,
    fit,
    hline,
    page_marks,
    para,
    ring,
    sign,
    vline,
)
from synth.formats import days
from synth.layout import A4, Box, Flow, Sheet, Text


def _truth(ctx: DocContext) -> dict[str, str]:
    return {"association": ctx.approval_association, "decision_date": ctx.approval_date.isoformat(),
            "authority": ctx.approval_authority.split(",")[0]}


def _prefect(ctx: DocContext) -> bool:
    return ctx.approval_authority.startswith("Préfet")


def _seat(ctx: DocContext) -> str:
    """The approved association's seat as the act gives it."""
    if ctx.approval_association == ctx.association:
        return ctx.association_address
    return f"{ctx.approval_number[-8:-3].lstrip('0') or '1'} rue de Charonne, 75011 Paris"


def _region(ctx: DocContext) -> str:
    return ctx.approval_authority.split("région ")[1].split(",")[0] if _prefect(ctx) else ""


def _dept(ctx: DocContext) -> str:
    return ctx.approval_authority.rsplit("Préfet ", 1)[1] if _prefect(ctx) else ""


def approval_recueil_statutes(ctx: DocContext, rng: random.Random) -> Built:
    """An act as printed in the administrative gazette, quoting the association's statutes in its recitals."""
    prefect = _prefect(ctx)
    pub = ctx.approval_date + days(rng.randint(2, 14))
    f = Flow(family="serif", size=10.5, margin=56)
    band = (f"RECUEIL DES ACTES ADMINISTRATIFS — PRÉFECTURE {_dept(ctx).upper()}" if prefect
            else "BULLETIN OFFICIEL — AGENCE DU SERVICE CIVIQUE")
    f.sheet.add(Box(0, 24, 595, 26, fill=0.9, stroke=None))
    f.sheet.add(Text(297, 41, band, 10, bold=True, align="center"))
    f.sheet.add(Text(539, 64, f"n° {rng.randint(10, 250)} — publié le {ds(pub, 'slash')}", 8, align="right",
                     gray=0.4))
    f.y = 84
    if prefect:
        f.para(f"PRÉFET {('DE LA RÉGION ' + _region(ctx)).upper()}", bold=True, after=1, size=10)
        f.para("Direction régionale académique à la jeunesse, à l'engagement et aux sports", size=9, after=14)
        f.title(f"Arrêté n° {ctx.approval_number}", 13)
        f.para(f"portant agrément de l'association « {ctx.approval_association} » au titre de l'engagement de service "
               "civique et du volontariat associatif", align="center", after=12)
        f.para(f"Le {ctx.approval_authority},", bold=True, after=6)
    else:
        f.para("AGENCE DU SERVICE CIVIQUE", bold=True, after=1, size=10)
        f.para("95 avenue de France, 75013 Paris", size=9, after=14)
        f.title(f"Décision n° {ctx.approval_number}", 13)
        f.para(f"portant agrément de « {ctx.approval_association} » au titre de l'engagement de service civique",
               align="center", after=12)
        f.para("La directrice générale de l'Agence du Service Civique, agissant par délégation du Ministre chargé "
               "de la jeunesse,", bold=True, after=6)
    recitals = [
        "Vu le code du service national, notamment le titre I bis de son livre Ier ;",
        "Vu le décret n° 2010-485 du 12 mai 2010 relatif au service civique ;",
        f"Vu les statuts de l'association « {ctx.approval_association} », déclarée en préfecture, et notamment leur "
        f"article {rng.choice((2, 3))} qui dispose : « L'association a pour objet de venir en aide aux personnes en "
        "situation de fragilité, de lutter contre l'isolement et l'exclusion et de favoriser l'engagement "
        "bénévole et volontaire » ;",
        f"Vu le dossier de demande d'agrément déposé le {ds(ctx.approval_date - days(rng.randint(40, 120)), 'slash')} ;",
        "Considérant que les missions proposées revêtent un caractère d'intérêt général ;",
    ]
    for r in recitals:
        f.para(r, after=4, size=10)
    f.para("ARRÊTE :" if prefect else "DÉCIDE :", bold=True, align="center", after=8)
    arts = [
        f"Article 1er — L'association « {ctx.approval_association} », dont le siège est {_seat(ctx)}, est agréée "
        "pour une durée de cinq ans au titre de l'engagement de service civique et du volontariat associatif.",
        f"Article 2 — Le numéro d'agrément {ctx.approval_number} figure sur tout contrat conclu par l'association.",
        "Article 3 — Le nombre de volontaires accueillis simultanément ne peut excéder "
        f"{rng.choice((4, 6, 8, 12, 15))}.",
        "Article 4 — Le présent acte peut faire l'objet d'un recours devant le tribunal administratif dans un délai "
        "de deux mois à compter de sa publication.",
    ]
    for a in arts:
        f.para(a, after=6)
    f.need(120)
    city = ctx.association_city if prefect and ctx.approval_association == ctx.association else "Paris"
    f.para(f"Fait à {city}, le {ds(ctx.approval_date, 'fr')}", align="right", after=4)
    f.para("Pour le préfet et par délégation," if prefect else "Pour la directrice générale et par délégation,",
           align="right", after=2)
    f.para(rng.choice(("la cheffe de service", "le chef du pôle engagement", "le secrétaire général adjoint")),
           align="right", after=2)
    sign(f.sheet, 380, f.y + 30, rng)
    f.y += 60
    first = rng.randint(20, 180)
    page_marks(f.sheets, "Page {i}", x=297)
    for i, s in enumerate(f.sheets):
        s.add(Text(56, A4[1] - 26, f"RAA p. {first + i}", 7.5, gray=0.45))
    return f.sheets, _truth(ctx)


def approval_notification_then_act(ctx: DocContext, rng: random.Random) -> Built:
    """A covering letter notifying the approval to the association's president, the act itself on page 2."""
    prefect = _prefect(ctx)
    sent = ctx.approval_date + days(rng.randint(3, 12))
    sender = ("Service départemental à la jeunesse, à l'engagement et aux sports" if prefect
              else "Agence du Service Civique — Pôle agréments")
    sh = Sheet()
    sh.add(Text(50, 52, "RÉPUBLIQUE", 11, bold=True))
    sh.add(Text(50, 65, "FRANÇAISE", 11, bold=True))
    sh.add(Text(50, 80, "Liberté", 8.5, family="hand"))
    sh.add(Text(50, 91, "Égalité", 8.5, family="hand"))
    sh.add(Text(50, 102, "Fraternité", 8.5, family="hand"))
    vline(sh, 130, 44, 62, gray=0.3)
    sh.add(Text(142, 56, ("Préfecture " + _dept(ctx)) if prefect else "Ministère chargé de la jeunesse", 10,
                bold=True))
    sh.add(Text(142, 70, sender, 9))
    sh.add(Text(142, 83, f"Affaire suivie par : {rng.choice(('M. Garnier', 'Mme Lopes', 'Mme Girard'))}", 8.5,
                gray=0.4))
    addressee = ["Madame, Monsieur le Président", ctx.approval_association, _seat(ctx)]
    y = 150.0
    for line in addressee:
        for part in ([line] if len(line) < 48 else [line[: line.rfind(" ", 0, 48)], line[line.rfind(" ", 0, 48) + 1:]]):
            sh.add(Text(330, y, part, 10.5))
            y += 14
    where = ctx.association_city if prefect and ctx.approval_association == ctx.association else "Paris"
    sh.add(Text(330, y + 20, f"{where}, le {ds(sent, 'fr')}", 10.5))
    sh.add(Text(50, 270, "Objet : notification de décision d'agrément", 10.5, bold=True))
    sh.add(Text(50, 285, f"Réf. : dossier {ctx.approval_number}", 9.5, gray=0.3))
    sh.add(Text(50, 299, "P.J. : 1 (décision)", 9.5, gray=0.3))
    body = [
        "Madame, Monsieur le Président,",
        f"J'ai l'honneur de vous notifier la décision du {ds(ctx.approval_date, 'fr')} par laquelle votre "
        f"association, « {ctx.approval_association} », est agréée pour l'accueil de volontaires au titre de "
        f"l'engagement de service civique et du volontariat associatif, sous le numéro {ctx.approval_number}.",
        "Cet agrément est accordé pour cinq ans. Il vous appartient de signaler tout changement de statuts, de siège "
        "ou de dirigeants, et de transmettre chaque année le bilan des missions accueillies.",
        "Je vous prie d'agréer, Madame, Monsieur le Président, l'expression de ma considération distinguée.",
    ]
    y = 330.0
    for b in body:
        y = para(sh, 50, y, b, 495, size=10.5, family="serif") + 8
    sh.add(Text(360, y + 20, "Pour le préfet," if prefect else "Pour la directrice générale,", 10, family="serif"))
    sign(sh, 370, y + 55, rng)
    sh.add(Text(50, 800, "Les données vous concernant font l'objet d'un traitement (RGPD) — voir au verso.", 7,
                gray=0.45))
    act = Sheet()
    act.add(Text(297, 60, "ARRÊTÉ" if prefect else "DÉCISION", 15, bold=True, align="center"))
    act.add(Text(297, 78, f"n° {ctx.approval_number}", 10.5, align="center"))
    y = para(act, 60, 96, (f"Le {ctx.approval_authority}" if prefect else
                           "La directrice générale de l'Agence du Service Civique, par délégation du Ministre chargé "
                           "de la jeunesse"), 475, size=10.5, bold=True)
    for r in ("Vu le code du service national, et notamment ses articles L. 120-30 et R. 121-35 ;",
              "Vu la demande présentée par l'organisme et l'avis du service instructeur ;"):
        y = para(act, 60, y + 4, r, 475, size=10)
    act.add(Text(297, y + 26, "ARRÊTE" if prefect else "DÉCIDE", 11, bold=True, align="center"))
    y += 32
    for a in (f"Article 1 : « {ctx.approval_association} », {_seat(ctx)}, est agréé(e) pour accueillir des "
              "volontaires pour des missions d'intérêt général.",
              "Article 2 : l'agrément est délivré pour une durée de cinq ans à compter de la présente décision.",
              "Article 3 : le présent acte sera notifié à l'organisme et publié."):
        y = para(act, 60, y + 6, a, 475, size=10.5)
    act.add(Text(330, y + 36, f"Fait le {ds(ctx.approval_date, 'slash')}", 10.5))
    sign(act, 340, y + 72, rng)
    ring(act, 470, y + 70, 40, ["PRÉFECTURE" if prefect else "AGENCE", "SERVICE CIVIQUE"], rgb=STAMP_BLUE)
    sheets = [sh, act]
    page_marks(sheets, "{i}/{n}", x=545, align="right")
    return sheets, _truth(ctx)


def approval_cover_sheet_and_decision(ctx: DocContext, rng: random.Random) -> Built:
    """The applicant's numbered cover sheet for the piece, then the act in a summary box and articles."""
    prefect = _prefect(ctx)
    piece = rng.randint(5, 9)
    cover = Sheet()
    cover.add(Box(70, 250, 455, 260, stroke=0.2, line=2))
    cover.add(Text(297, 300, f"PIÈCE N° {piece}", 30, bold=True, align="center"))
    cover.add(Text(297, 350, "Décision d'agrément de l'organisme d'accueil", 14, align="center"))
    cover.add(Text(297, 372, "(copie)", 11, align="center", gray=0.4))
    cover.add(Text(297, 420, ctx.approval_association, 12, bold=True, align="center"))
    cover.add(Text(297, 470, "Demande d'autorisation provisoire de séjour — volontariat", 9.5, align="center",
                   gray=0.35))
    sh = Sheet()
    sh.add(Text(60, 50, "Liberté · Égalité · Fraternité", 8.5, gray=0.4))
    sh.add(Text(60, 66, (ctx.approval_authority.split(",")[-1].strip() if prefect else "Agence du Service Civique")
                .upper(), 10, bold=True))
    sh.add(Text(297, 112, "DÉCISION D'AGRÉMENT" if not prefect else "ARRÊTÉ PRÉFECTORAL D'AGRÉMENT", 15, bold=True,
                align="center"))
    sh.add(Text(297, 128, "Engagement de service civique — volontariat associatif", 9.5, align="center", gray=0.3))
    rows = [("Organisme agréé", ctx.approval_association), ("Siège", _seat(ctx)),
            ("N° d'agrément", ctx.approval_number),
            ("Autorité", ctx.approval_authority.split(",")[0]),
            ("Durée", "cinq ans"), ("Volontaires", f"{rng.choice((3, 5, 10, 20))} au plus simultanément")]
    y = 146.0
    for k, v in rows:
        sh.add(Box(60, y, 150, 24, fill=0.92, stroke=0.5, line=0.4))
        sh.add(Text(66, y + 16, k, 9, bold=True))
        sh.add(Box(210, y, 325, 24, stroke=0.5, line=0.4))
        fit(sh, 216, y + 16, v, 10, 313)
        y += 24
    y = para(sh, 60, y + 12, "Vu le code du service national ; vu les statuts de l'organisme et la liste de ses "
             "dirigeants ; vu la demande d'agrément et les missions proposées ; considérant que celles-ci relèvent "
             "de l'intérêt général et s'adressent notamment à des publics fragiles ;", 475, size=10, family="serif")
    for a in ("Article 1 — L'organisme désigné ci-dessus est agréé pour accueillir des volontaires dans les "
              "conditions du code du service national.",
              "Article 2 — L'agrément peut être retiré en cas de manquement aux obligations de l'organisme.",
              "Article 3 — Le secrétaire général est chargé de l'exécution de la présente décision."):
        y = para(sh, 60, y + 8, a, 475, size=10.5, family="serif")
    place = ctx.association_city if prefect and ctx.approval_association == ctx.association else "Paris"
    y = para(sh, 300, y + 24, f"Fait à {place}, le {ds(ctx.approval_date, 'words')}", 235, size=10.5, family="serif")
    sh.add(Text(300, y + 20, "Le préfet" if prefect else "Pour le ministre, par délégation", 10, family="serif"))
    sign(sh, 310, y + 60, rng)
    box_stamp(sh, 70, y + 20, 170, ["COPIE CONFORME", "à l'original"], rgb=STAMP_BLUE, size=9)
    hline(sh, 60, 790, 475, gray=0.6)
    sheets = [cover, sh]
    page_marks(sheets, "{i}/{n}", x=535, align="right")
    return sheets, _truth(ctx)
