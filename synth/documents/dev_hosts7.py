"""Seventh batch of development families for the acceptance certificate: a host's "yes" in the words it uses.

Modelled on what host bodies actually send for a volunteer's visa file, most without the
words "certificat d'acceptation" or "attestation d'accueil": an English invitation letter
to the consulate's visa section; a "lettre de soutien" signed for the association by its
coordinator; a placement confirmation from a volunteering network naming the host in a
table; an "attestation de prise en charge" (allowance, housing, insurance) by the
treasurer, dated with the weekday; a "lettre d'intention d'accueil" under a reference
block; a "fiche de liaison" in ruled tables; an e-mail printed from a browser, dated only in
its header ("Date: Tue, 3 Mar 2026 10:14:22 +0100") under the browser's own print line;
a Spanish or Portuguese letter with its French paragraph by paragraph; a federation
writing for its member association; a third-person letter to the consulate ("Nous avons
le plaisir de vous confirmer que M. X rejoindra notre équipe"), dated under the signature.
Every pen mark is strokes only, so that an unsigned rendering shows none.
"""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.common import Built, civ, ne, person_truth
from synth.documents.dev_assoc6 import named
from synth.documents.dev_common import acronym, stamp, table
from synth.documents.dev_ink import BLUE, scrawl
from synth.formats import MONTHS_EN, MONTHS_FR, days, fmt_date
from synth.identity import Identity
from synth.layout import A4, Box, Flow

KIND = "acceptance_certificate"
WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_COORDS = ("Élodie Marchand", "Thomas Girard", "Awa Konaté", "Lucie Perrin", "Yannick Le Goff", "Inès Barbier")
_NETWORKS = ("Réseau Passerelles Volontaires", "Plateforme Volontariat Sans Frontières", "Coordination Engagés Solidaires")
_FEDERATIONS = ("Fédération Nationale Entraide et Solidarité", "Union Régionale des Associations Solidaires",
                "Fédération des Acteurs du Lien Social")
MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre")
MONTHS_PT = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
             "novembro", "dezembro")


def _truth(ctx: DocContext, p: Identity) -> dict[str, str]:
    return person_truth(p) | {"association": ctx.association, "issue_date": ctx.acceptance_date.isoformat()}


def _fr(d: date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"


def _en(d: date) -> str:
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _e(p: Identity) -> str:
    return "e" if p.sex == "F" else ""


def _mark(f: Flow, rng: random.Random, *, x: float | None = None, h: float = 46) -> None:
    """A signature mark on the flow's current line, then room for it."""
    scrawl(f.sheet, (x if x is not None else f.margin + 12), f.y + 26, rng, rgb=rng.choice((BLUE, (0.08, 0.08, 0.1))))
    f.space(h)


def _letterhead_box(f: Flow, top: str, under: str) -> None:
    """A grey square logo with the body's short name beside it, the rest small under it."""
    f.sheet.add(Box(f.margin, f.y, 40, 40, fill=0.75, stroke=None))
    f.sheet.text(f.margin + 20, f.y + 25, top[:2], 14, bold=True, align="center", gray=1.0)
    f.sheet.text(f.margin + 50, f.y + 18, top, 15, bold=True)
    f.sheet.text(f.margin + 50, f.y + 33, under, 8.5, gray=0.3)
    f.space(56)


# --------------------------------------------------------------------------- families


def acceptance_invitation_visa(ctx: DocContext, rng: random.Random) -> Built:
    """'INVITATION LETTER FOR A LONG-STAY VISA' to the consulate's visa section; the association only in the
    letterhead and the signature block; dated '3rd March 2026' under the recipient; mentions the contract."""
    p = ctx.shown(KIND)
    c = p.country
    f = Flow(family="sans", size=11, margin=64)
    f.para(ctx.association, bold=True, size=14, after=0)
    f.para(f"{ctx.association_address} - France", size=9, after=22)
    f.para("Consulate General of France", align="right", after=0)
    f.para("Visa Section", align="right", after=0)
    f.para(ctx.visa_issued_in.title() + ", " + c.name_en, align="right", after=16)
    d = ctx.acceptance_date
    f.para(rng.choice((f"{_ordinal(d.day)} {MONTHS_EN[d.month - 1]} {d.year}", _en(d))), align="right", after=18)
    f.para(rng.choice(("INVITATION LETTER FOR A LONG-STAY VISA", "Letter of invitation")), bold=True, size=13,
           after=12)
    f.para("Dear Consul,", after=8)
    f.para(f"We hereby invite {civ(p, 'en')} {p.given_names} {p.surname.upper()}, born on "
           f"{fmt_date(p.date_of_birth, rng.choice(('en_day_first', 'dmy_slash')))} in {p.place_of_birth}, "
           f"{c.name_en}, holder of passport no. {p.passport_number}, to join our organisation as a volunteer "
           f"from {_en(ctx.contract_start)} to {_en(ctx.contract_end)}.")
    f.para("A volunteering contract (contrat de volontariat) will be signed on arrival. We provide "
           "accommodation, a monthly allowance and health insurance for the whole period, and we kindly ask you "
           "to grant the long-stay visa this requires.")
    f.para("Please do not hesitate to contact us for any further information.", after=14)
    f.para("Yours sincerely,", after=2)
    _mark(f, rng)
    f.para(ctx.president, bold=True, after=0)
    f.para(f"President, {ctx.association}", size=10)
    return f.sheets, _truth(ctx, p)


def acceptance_support_letter(ctx: DocContext, rng: random.Random) -> Built:
    """'Lettre de soutien' by the volunteering coordinator; acronym in the letterhead, the full name only in the
    signature ('Pour l'association ...'); 'Fait le 3 mars 2026' at the bottom, no place."""
    p = ctx.shown(KIND)
    c = p.country
    short = acronym(ctx.association)
    coord = rng.choice(_COORDS)
    f = Flow(family="serif", size=11.5, margin=70)
    _letterhead_box(f, short, ctx.association_address)
    f.title(rng.choice(("Lettre de soutien", "LETTRE DE SOUTIEN À UNE DEMANDE DE VISA")), size=14)
    f.para("Madame, Monsieur,", after=8)
    f.para(f"Je suis coordinatrice du volontariat de l'{short} et j'ai le plaisir d'apporter tout notre soutien à "
           f"la demande de {p.given_names} {p.surname.upper()}, {ne(p)} le {fmt_date(p.date_of_birth, 'dmy_slash')} "
           f"à {p.place_of_birth} ({c.name_fr}).")
    f.para(f"{'Elle' if p.sex == 'F' else 'Il'} nous rejoindra le {_fr(ctx.contract_start)} pour une mission de "
           f"volontariat : {ctx.mission}. Notre équipe l'attend et a préparé son accueil.")
    f.para("Je reste à votre disposition pour tout renseignement complémentaire.", after=18)
    f.para(f"Fait le {_fr(ctx.acceptance_date)}", after=4)
    _mark(f, rng)
    f.para(coord, bold=True, after=0)
    f.para(f"Pour l'association {ctx.association}", size=10, after=0)
    f.para("Coordination du volontariat", size=10)
    return f.sheets, _truth(ctx, p)


def acceptance_placement_confirmation(ctx: DocContext, rng: random.Random) -> Built:
    """A volunteering network's 'PLACEMENT CONFIRMATION / CONFIRMATION DE PLACEMENT': the network heads the page,
    the host association is a table row; reference number; 'Issued / Émis le : 2026-03-03'."""
    p = ctx.shown(KIND)
    c = p.country
    net = rng.choice(_NETWORKS)
    f = Flow(family="sans", size=10.5, margin=56)
    f.para(net.upper(), bold=True, size=13, after=0)
    f.para("Mise en relation de volontaires et de structures d'accueil", size=9, after=18)
    f.title(rng.choice(("PLACEMENT CONFIRMATION / CONFIRMATION DE PLACEMENT", "Confirmation of placement")), size=13)
    f.para(f"Ref. {acronym(net)}-{ctx.acceptance_date.year}-{rng.randint(100, 9999):04d}     Issued / Émis le : "
           f"{ctx.acceptance_date.isoformat()}", size=9.5, after=10)
    table(f, [("Volunteer / Volontaire", f"{p.surname.upper()} {p.given_names}"),
              ("Date of birth / Date de naissance", fmt_date(p.date_of_birth, rng.choice(("iso", "dmy_dot")))),
              ("Nationality / Nationalité", c.name_en),
              ("Host organisation / Structure d'accueil", ctx.association),
              ("Address / Adresse", ctx.association_address),
              ("Placement / Affectation", f"{fmt_date(ctx.contract_start, 'iso')} -> {fmt_date(ctx.contract_end, 'iso')}"),
              ("Mission", ctx.mission)], (2, 3))
    f.para(f"We confirm that the volunteer named above has been placed with the host organisation, which has agreed "
           f"to take {'her' if p.sex == 'F' else 'him'} in under a volunteering contract for the period shown.", after=6)
    f.para("Nous confirmons le placement du volontaire ci-dessus auprès de la structure d'accueil indiquée.", after=18)
    f.para("Placement officer / Chargé(e) de placement", size=9.5, after=0)
    _mark(f, rng)
    f.para(rng.choice(_COORDS), size=10)
    return f.sheets, _truth(ctx, p)


def acceptance_prise_en_charge(ctx: DocContext, rng: random.Random) -> Built:
    """'ATTESTATION DE PRISE EN CHARGE' by the treasurer: allowance, housing, insurance; dated at the top with the
    weekday ('Marseille, le mardi 3 mars 2026'); first person."""
    p = ctx.shown(KIND)
    c = p.country
    treasurer = rng.choice(_COORDS)
    f = Flow(family=rng.choice(("serif", "sans")), size=11.5, margin=66)
    f.para(ctx.association, bold=True, size=13, after=0)
    f.para(ctx.association_address, size=9.5, after=20)
    d = ctx.acceptance_date
    f.para(f"{ctx.association_city}, le {WEEKDAYS_FR[d.weekday()]} {_fr(d)}", align="right", after=20)
    f.title("ATTESTATION DE PRISE EN CHARGE", size=14)
    fem = treasurer.split()[0] in ("Élodie", "Awa", "Lucie", "Inès")
    f.para(f"Je soussigné{'e' if fem else ''} {treasurer}, "
           f"trésori{'ère' if fem else 'er'} de {named(ctx.association)}, atteste que notre association prend en charge "
           f"{civ(p, 'fr')} {p.surname.upper()} {p.given_names}, {ne(p)} le {fmt_date(p.date_of_birth, 'dmy_dot')} "
           f"à {p.place_of_birth} ({c.name_fr}), qu'elle accueille comme volontaire du "
           f"{fmt_date(ctx.contract_start, 'dmy_dot')} au {fmt_date(ctx.contract_end, 'dmy_dot')} :")
    for item in ("le versement d'une indemnité mensuelle de volontariat ;",
                 "l'hébergement, dans un logement mis à disposition par l'association ;",
                 "l'assurance responsabilité civile et la couverture sociale pendant toute la mission."):
        f.para("-  " + item, indent=18, after=2)
    f.space(6)
    f.para("Attestation établie à la demande de l'intéressé(e) pour servir et valoir ce que de droit.", after=20)
    f.para(f"{'La trésorière' if fem else 'Le trésorier'}", after=0)
    _mark(f, rng)
    stamp(f.sheet, A4[0] - f.margin - 180, f.y - 50, [acronym(ctx.association), ctx.association_city.upper()])
    return f.sheets, _truth(ctx, p)


def acceptance_intention(ctx: DocContext, rng: random.Random) -> Built:
    """'Lettre d'intention d'accueil' or 'PROMESSE D'ENGAGEMENT': a reference block 'N/Réf. : ... Date : 03/03/2026'
    top left, the association in the body and the letterhead, the contract to be signed once the visa is granted."""
    p = ctx.shown(KIND)
    c = p.country
    f = Flow(family="sans", size=11, margin=62)
    f.para(ctx.association.upper(), bold=True, size=12.5, align="center", after=0)
    f.para(ctx.association_address, size=9, align="center", after=20)
    short = acronym(ctx.association)
    f.para(f"N/Réf. : {short}/VOL/{rng.randint(10, 99)}", size=9.5, after=0)
    f.para(f"Date : {fmt_date(ctx.acceptance_date, rng.choice(('dmy_slash', 'dmy_dash')))}", size=9.5, after=0)
    f.para(f"Affaire suivie par : {rng.choice(_COORDS)}", size=9.5, after=18)
    f.title(rng.choice(("LETTRE D'INTENTION D'ACCUEIL", "PROMESSE D'ENGAGEMENT")), size=14)
    f.para(f"L'association {ctx.association} déclare son intention d'accueillir {p.given_names} "
           f"{p.surname.upper()}, {ne(p)} le {_fr(p.date_of_birth)} à {p.place_of_birth}, de nationalité "
           f"{c.nationality_fr}, pour une mission de volontariat d'une durée prévue du {_fr(ctx.contract_start)} au "
           f"{_fr(ctx.contract_end)}.")
    f.para("Elle s'engage à conclure avec l'intéressé(e) un contrat de volontariat dès la délivrance du visa de "
           "long séjour, et à lui assurer formation, tutorat et indemnité.", after=18)
    f.para(f"{ctx.president}, président(e)", align="right", after=0)
    _mark(f, rng, x=A4[0] - f.margin - 140)
    return f.sheets, _truth(ctx, p)


def acceptance_liaison_sheet(ctx: DocContext, rng: random.Random) -> Built:
    """'FICHE DE LIAISON' (or 'FICHE DE POSTE') sent to the consulate: three ruled tables (host, volunteer,
    mission), the date in a cell 'Établie le', a signature cell and a stamp."""
    p = ctx.shown(KIND)
    c = p.country
    f = Flow(family="cond", size=10.5, margin=50)
    f.para(rng.choice(("FICHE DE LIAISON - VOLONTAIRE ÉTRANGER", "FICHE DE POSTE - VOLONTARIAT")), bold=True,
           size=14, align="center", after=2)
    f.para("à joindre à la demande de visa de long séjour", size=9, align="center", after=14)
    f.para("1. Structure d'accueil", bold=True, after=2)
    table(f, [("Dénomination", ctx.association), ("Siège", ctx.association_address),
              ("Représentant légal", ctx.president), ("Référent du volontaire", rng.choice(_COORDS))], (1, 2.6))
    f.para("2. Volontaire", bold=True, after=2)
    table(f, [("Nom", "Prénom(s)", "Né(e) le", "Nationalité", "Passeport"),
              (p.surname.upper(), p.given_names, fmt_date(p.date_of_birth, "dmy_slash"), c.nationality_fr,
               p.passport_number)], (1.3, 1.3, 1, 1, 1.1), header=True)
    f.para("3. Poste", bold=True, after=2)
    table(f, [("Missions", ctx.mission),
              ("Période", f"du {fmt_date(ctx.contract_start, 'dmy_slash')} au {fmt_date(ctx.contract_end, 'dmy_slash')}"),
              ("Cadre", "contrat de volontariat associatif (articles L. 120-1 et suivants)")], (1, 2.6))
    table(f, [("Établie le", "Signature du représentant", "Cachet")], (1, 1.5, 1.5), header=True)
    f.need(90)
    top = f.y - 8
    x = f.margin
    for w in (1, 1.5, 1.5):
        f.sheet.add(Box(x, top, f.width * w / 4, 86, stroke=0.2, line=0.6))
        x += f.width * w / 4
    f.sheet.text(f.margin + 4, top + 18, fmt_date(ctx.acceptance_date, rng.choice(("dmy_slash", "dmy_dot"))), 10.5)
    scrawl(f.sheet, f.margin + f.width / 4 + 20, top + 44, rng)
    stamp(f.sheet, f.margin + f.width * 2.5 / 4 + 10, top + 14, [acronym(ctx.association), "VOLONTARIAT"], w=150)
    f.y = top + 96
    return f.sheets, _truth(ctx, p)


def acceptance_email_arrival(ctx: DocContext, rng: random.Random) -> Built:
    """An e-mail printed from a browser: the print line on top (its own later date), then 'De: / À: / Date: Tue,
    3 Mar 2026 10:14:22 +0100 / Objet:', the body confirming the volunteer's arrival, the association in the
    signature only."""
    p = ctx.shown(KIND)
    c = p.country
    short = acronym(ctx.association).lower()
    d = ctx.acceptance_date
    printed = d + days(rng.randint(1, 9))
    f = Flow(family="sans", size=10.5, margin=48)
    f.sheet.text(f.margin, 24, f"{printed.strftime('%d/%m/%Y')} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}",
                 7.5, gray=0.35)
    f.sheet.text(A4[0] / 2, 24, f"Messagerie - Arrivée de {p.given_names} {p.surname.upper()}", 7.5, gray=0.35,
                 align="center")
    f.para(f"Arrivée de {p.given_names} {p.surname.upper()} - volontaire", bold=True, size=13, after=10)
    hour = f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    for label, value in (("De", f"Volontariat {short.upper()} <volontariat@{short}.org>"),
                         ("À", f"visas.{ctx.visa_issued_in.lower().replace(' ', '-')}@diplomatie.gouv.fr"),
                         ("Cc", f"{p.given_names.split()[0].lower()}.{p.surname.lower().replace(' ', '')}@mail.com"),
                         ("Date", f"{WEEKDAYS_EN[d.weekday()]}, {d.day} {MONTHS_EN[d.month - 1][:3]} {d.year} {hour} "
                                  "+0100"),
                         ("Objet", "Confirmation d'arrivée d'un volontaire")):
        f.para(f"{label}: {value}", size=9.5, after=1)
    f.sheet.add(Box(f.margin, f.y + 6, f.width, 0.1, stroke=0.5, line=0.5))
    f.space(20)
    f.para("Madame, Monsieur,", after=6)
    f.para(f"Nous vous confirmons l'arrivée prévue de {civ(p, 'fr')} {p.surname.upper()} {p.given_names} "
           f"({ne(p)} le {fmt_date(p.date_of_birth, 'dmy_slash')}, {c.nationality_fr}), que nous accueillerons en "
           f"volontariat à partir du {fmt_date(ctx.contract_start, 'dmy_slash')} et jusqu'au "
           f"{fmt_date(ctx.contract_end, 'dmy_slash')}. Son contrat lui a été adressé en pièce jointe.")
    f.para("Un membre de l'équipe ira le/la chercher à la gare. Bien cordialement,", after=10)
    f.para("--", after=0)
    f.para(rng.choice(_COORDS), bold=True, after=0)
    f.para("Chargé(e) de l'accueil des volontaires", size=9.5, after=0)
    f.para(ctx.association, size=9.5, after=0)
    f.para(ctx.association_address, size=9, after=0)
    f.sheet.text(A4[0] - f.margin, A4[1] - 24, "1/1", 7.5, align="right", gray=0.35)
    return f.sheets, _truth(ctx, p)


def _own(c_code: str, rng: random.Random) -> str:
    return {"COL": "es", "ESP": "es", "BRA": "pt"}.get(c_code, rng.choice(("es", "pt")))


def acceptance_iberian(ctx: DocContext, rng: random.Random) -> Built:
    """Spanish or Portuguese first, each paragraph followed by its French in grey italic; 'CARTA DE ACEPTACIÓN' or
    'CARTA DE ACOLHIMENTO'; dated on one line in both languages at the top."""
    p = ctx.shown(KIND)
    c = p.country
    lang = _own(c.code, rng)
    d = ctx.acceptance_date
    months = MONTHS_ES if lang == "es" else MONTHS_PT
    f = Flow(family="serif", size=11, margin=64)
    f.para(ctx.association, bold=True, size=13, after=0)
    f.para(ctx.association_address, size=9, after=18)
    f.para(f"{ctx.association_city}, {d.day} de {months[d.month - 1]} de {d.year} / le {_fr(d)}", align="right",
           after=18)
    born = fmt_date(p.date_of_birth, "dmy_slash")
    fem = p.sex == "F"
    if lang == "es":
        title = "CARTA DE ACEPTACIÓN / LETTRE D'ACCUEIL"
        own = [f"Por la presente, la asociación {ctx.association} confirma que {p.given_names} {p.surname.upper()}, "
               f"{'nacida' if fem else 'nacido'} el {born} en {p.place_of_birth}, ha sido {'aceptada' if fem else 'aceptado'} como {'voluntaria' if fem else 'voluntario'} en nuestra "
               f"asociación del {fmt_date(ctx.contract_start, 'dmy_slash')} al {fmt_date(ctx.contract_end, 'dmy_slash')}.",
               f"La asociación firmará con {'ella' if fem else 'él'} un contrato de voluntariado y le proporcionará alojamiento y una "
               "indemnización mensual."]
    else:
        title = "CARTA DE ACOLHIMENTO / LETTRE D'ACCUEIL"
        own = [f"Pela presente, a associação {ctx.association} confirma que {p.given_names} {p.surname.upper()}, "
               f"{'nascida' if fem else 'nascido'} em {born} em {p.place_of_birth}, foi {'aceita' if fem else 'aceito'} como {'voluntária' if fem else 'voluntário'} na nossa associação de "
               f"{fmt_date(ctx.contract_start, 'dmy_slash')} a {fmt_date(ctx.contract_end, 'dmy_slash')}.",
               f"A associação assinará com {'ela' if fem else 'ele'} um contrato de voluntariado e lhe fornecerá alojamento e uma "
               "indenização mensal."]
    fr = [f"Par la présente, l'association {ctx.association} confirme que {p.given_names} {p.surname.upper()}, "
          f"{ne(p)} le {born} à {p.place_of_birth}, est accueilli{_e(p)} comme volontaire au sein de notre association du "
          f"{fmt_date(ctx.contract_start, 'dmy_slash')} au {fmt_date(ctx.contract_end, 'dmy_slash')}.",
          "L'association signera avec l'intéressé(e) un contrat de volontariat et lui fournira un logement et une "
          "indemnité mensuelle."]
    f.title(title, size=13)
    for o, t in zip(own, fr, strict=True):
        f.para(o, after=2)
        f.para(t, family="hand", size=10.5, after=10)
    f.space(8)
    f.para(f"{ctx.president}", bold=True, after=0)
    f.para("Presidente / Président(e)", size=10, after=0)
    _mark(f, rng)
    return f.sheets, _truth(ctx, p)


def acceptance_federation(ctx: DocContext, rng: random.Random) -> Built:
    """The federation writes for its member association: its own letterhead, 'agissant pour le compte de son
    association membre X', signed by its delegate; dated 'Fait à Paris le 3/3/2026' (no zero padding)."""
    p = ctx.shown(KIND)
    c = p.country
    fed = rng.choice(_FEDERATIONS)
    f = Flow(family="sans", size=11, margin=64)
    _letterhead_box(f, acronym(fed), fed)
    f.para("Délégation au volontariat - 10 rue de la Solidarité, 75010 Paris", size=8.5, after=20)
    f.para("Objet : accueil d'un volontaire par une association membre", bold=True, after=12)
    the = "L'" if fed.startswith("Union") else "La "
    f.para(f"{the}{fed}, agissant pour le compte de son association membre {ctx.association}, dont le siège est "
           f"{ctx.association_address}, confirme que celle-ci accueillera {civ(p, 'fr')} {p.given_names} "
           f"{p.surname.upper()}, {ne(p)} le {fmt_date(p.date_of_birth, 'dmy_dash')} à {p.place_of_birth} "
           f"({c.name_fr}), en qualité de volontaire, du {_fr(ctx.contract_start)} au {_fr(ctx.contract_end)}.")
    f.para("Le contrat de volontariat sera conclu entre l'intéressé(e) et l'association membre, qui en assure le "
           "tutorat ; la fédération en garantit le suivi.", after=16)
    d = ctx.acceptance_date
    f.para(f"Fait à Paris le {d.day}/{d.month}/{d.year}", after=4)
    f.para(f"Pour la fédération, {rng.choice(_COORDS)}, délégué(e) au volontariat", size=10, after=0)
    _mark(f, rng)
    return f.sheets, _truth(ctx, p)


def acceptance_join_team(ctx: DocContext, rng: random.Random) -> Built:
    """Third person to the consulate: 'Nous avons le plaisir de vous confirmer que M. X rejoindra notre équipe';
    acronym letterhead, the full name in the body; dated under the signature, no place."""
    p = ctx.shown(KIND)
    short = acronym(ctx.association)
    f = Flow(family="serif", size=11.5, margin=68)
    f.para(short, bold=True, size=22, after=0)
    f.para(ctx.association_address, size=8.5, after=26)
    f.para("À l'attention du service des visas", align="right", after=0)
    f.para(f"Consulat général de France - {ctx.visa_issued_in.title()}", align="right", after=22)
    f.para("Madame la Consule, Monsieur le Consul,", after=8)
    f.para(f"Nous avons le plaisir de vous confirmer que {civ(p, 'fr')} {p.given_names} {p.surname.upper()}, "
           f"{ne(p)} le {_fr(p.date_of_birth)}, rejoindra notre équipe le {_fr(ctx.contract_start)}.")
    f.para(f"{'Elle' if p.sex == 'F' else 'Il'} sera accueilli{_e(p)} par l'association {ctx.association} "
           f"({short}) pour une mission de volontariat jusqu'au {_fr(ctx.contract_end)}. Sa mission consistera à "
           f"{ctx.mission}.")
    f.para("Nous vous prions d'agréer, Madame la Consule, Monsieur le Consul, l'expression de notre haute "
           "considération.", after=18)
    f.para(ctx.president, align="right", after=0)
    _mark(f, rng, x=A4[0] - f.margin - 130, h=40)
    f.para(f"le {fmt_date(ctx.acceptance_date, rng.choice(('fr_long', 'dmy_dot')))}", align="right", size=10)
    return f.sheets, _truth(ctx, p)
