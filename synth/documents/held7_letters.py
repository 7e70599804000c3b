"""Seventh held-out batch: departure commitments and acceptance certificates."""

from __future__ import annotations

import random

from synth.context import PREFECTURES, DocContext
from synth.documents.common import Built, civ, ne, person_truth, squiggle
from synth.documents.held7_common import (
    STAMP_BLUE,
    STAMP_VIOLET,
    checkbox,
    ds,
    fit,
    hline,
    para,
    ring,
    sign,
    who,
)
from synth.identity import Identity
from synth.layout import A4, Box, Flow, Sheet, Text


def _dep_truth(ctx: DocContext, p: Identity, lang: str) -> dict[str, str]:
    return person_truth(p) | {"signature_date": ctx.commitment_date.isoformat(), "commits_to_leave": "true",
                              "language": lang}


def _acc_truth(ctx: DocContext, p: Identity) -> dict[str, str]:
    return person_truth(p) | {"association": ctx.association, "issue_date": ctx.acceptance_date.isoformat()}


def _prefecture(ctx: DocContext) -> str:
    full = PREFECTURES.get(ctx.association_city)
    return f"Préfecture {full.rsplit('Préfet ', 1)[1]}" if full else f"Préfecture de {ctx.association_city}"


def departure_handwritten_ruled(ctx: DocContext, rng: random.Random) -> Built:
    """Written by hand on ruled paper: a sworn statement in the first person."""
    p = ctx.shown("departure_commitment")
    c = p.country
    st = rng.choice(("slash", "fr_month", "yy_slash"))
    f = Flow(family="hand", size=13, margin=100, wobble=rng)
    for k in range(34):
        f.sheet.add(Box(40, 96 + k * 21.5, 515, 0.5, rgb=(0.62, 0.74, 0.88), stroke=None))
    f.sheet.add(Box(84, 30, 0.8, 790, rgb=(0.9, 0.55, 0.55), stroke=None))
    f.y = 70
    f.para(f"{p.given_names} {p.surname.upper()}", after=0, size=12)
    f.para(f"chez {ctx.association}, {ctx.association_city}", after=18, size=12)
    f.para("Attestation sur l'honneur", size=16, align="center", after=14)
    f.para(f"Je soussigné{'e' if p.sex == 'F' else ''} {p.given_names} {p.surname.upper()}, {ne(p)} le "
           f"{ds(p.date_of_birth, st)} à {p.place_of_birth} ({c.name_fr}), de nationalité {c.nationality_fr},")
    f.para(f"volontaire à l'association {ctx.association} selon mon contrat de volontariat du "
           f"{ds(ctx.contract_start, st)} au {ds(ctx.contract_end, st)},")
    f.para("m'engage sur l'honneur à quitter le territoire français à la fin de ma mission et de mon contrat.",
           after=14)
    f.para("Pour faire valoir ce que de droit.", after=18)
    f.para(f"Fait à {ctx.association_city}, le {ds(ctx.commitment_date, st)}", after=6)
    f.signature(squiggle(rng), label="")
    return f.sheets, _dep_truth(ctx, p, "fr")


def departure_letter_en_translated(ctx: DocContext, rng: random.Random) -> Built:
    """A typed English letter to the prefecture, followed by the sender's own French translation."""
    p = ctx.shown("departure_commitment")
    c = p.country
    f = Flow(family="sans", size=10.5, margin=64)
    f.para(f"{p.given_names} {p.surname.upper()}", bold=True, after=0)
    f.para(f"Volunteer — {ctx.association}", after=0, size=9.5)
    f.para(ctx.association_address, after=14, size=9.5)
    f.para(_prefecture(ctx), align="right", after=0)
    f.para("Foreign nationals' office (bureau des étrangers)", align="right", after=14)
    f.para(ds(ctx.commitment_date, "ord"), align="right", after=14)
    f.para("Re: undertaking to leave France at the end of my volunteer contract", bold=True, after=10)
    f.para("Dear Sir or Madam,")
    f.para(f"I, {p.given_names} {p.surname.upper()}, born on {ds(p.date_of_birth, 'ord')} in {p.place_of_birth}, "
           f"{c.name_en}, a {c.name_en} national, have signed a volunteer contract with {ctx.association} for a "
           f"mission in {ctx.association_city} from {ds(ctx.contract_start, 'ord')} to "
           f"{ds(ctx.contract_end, 'ord')}.")
    f.para("I hereby undertake to leave French territory at the end of my mission, when the contract expires, and "
           "not to remain in France beyond the period of my authorisation.")
    f.para("Yours faithfully,", after=4)
    f.signature(squiggle(rng), label="")
    f.para(f"{p.given_names} {p.surname.upper()}", after=20)
    f.need(200)
    hline(f.sheet, 64, f.y, 467, gray=0.4)
    f.space(8)
    f.para("Traduction en français (par le signataire)", bold=True, size=9.5, after=6)
    f.para(f"Je soussigné(e) {p.given_names} {p.surname.upper()}, {ne(p)} le {ds(p.date_of_birth, 'fr')} à "
           f"{p.place_of_birth} ({c.name_fr}), de nationalité {c.nationality_fr}, ai signé un contrat de "
           f"volontariat avec {ctx.association} pour une mission du {ds(ctx.contract_start, 'fr')} au "
           f"{ds(ctx.contract_end, 'fr')}. Je m'engage à quitter le territoire français à l'issue de ma mission.",
           size=9.5)
    f.para(f"Le {ds(ctx.commitment_date, 'fr')}.", size=9.5)
    return f.sheets, _dep_truth(ctx, p, "en")


def departure_association_form(ctx: DocContext, rng: random.Random) -> Built:
    """The association's printed form, filled in and ticked, signed by the volunteer, seen by the association."""
    p = ctx.shown("departure_commitment")
    c = p.country
    st = rng.choice(("dash", "yy_slash", "dot"))
    sh = Sheet()
    sh.add(Box(50, 40, 495, 54, stroke=0.3, line=1))
    fit(sh, 62, 62, ctx.association, 13, 330, bold=True)
    sh.add(Text(62, 80, ctx.association_address, 8.5, gray=0.35))
    sh.add(Text(533, 62, f"Formulaire V-{rng.randint(2, 9)}", 8.5, align="right", family="mono"))
    sh.add(Text(533, 80, f"version {rng.randint(2019, 2025)}", 7.5, align="right", gray=0.4))
    sh.add(Text(297, 132, "ENGAGEMENT DE DÉPART", 16, bold=True, align="center"))
    sh.add(Text(297, 150, "à remplir par le / la volontaire et à joindre à la demande de titre de séjour", 9,
                align="center", gray=0.35))
    fields = [("Nom", p.surname.upper()), ("Prénom(s)", p.given_names),
              ("Date de naissance", ds(p.date_of_birth, st)), ("Lieu de naissance", p.place_of_birth),
              ("Nationalité", c.nationality_fr),
              ("Contrat de volontariat", f"du {ds(ctx.contract_start, st)} au {ds(ctx.contract_end, st)}")]
    y = 180.0
    for k, v in fields:
        sh.add(Text(60, y + 15, k, 10, gray=0.25))
        sh.add(Box(200, y, 335, 22, fill=0.97, stroke=0.5, line=0.5))
        fit(sh, 206, y + 15, v, 11, 323, family="mono", bold=True)
        y += 30
    y += 16
    ticks = [
        "Je déclare exacts les renseignements ci-dessus.",
        f"Je m'engage à quitter le territoire français à l'issue de ma mission de volontariat auprès de "
        f"l'association {ctx.association}, au terme de mon contrat.",
        "Je suis informé(e) que la durée de mon autorisation de séjour est égale à celle de mon contrat.",
    ]
    for t in ticks:
        checkbox(sh, 62, y + 15, True)
        y = para(sh, 80, y, t, 450, size=10.5, family="sans") + 10
    y += 10
    sh.add(Text(60, y + 10, "Date :", 10, gray=0.25))
    sh.add(Text(100, y + 10, ds(ctx.commitment_date, st), 12, family="hand"))
    sh.add(Text(300, y + 10, "Signature du / de la volontaire :", 10, gray=0.25))
    sh.add(Box(300, y + 20, 235, 80, stroke=0.5, line=0.5))
    sign(sh, 320, y + 62, rng)
    y += 130
    hline(sh, 50, y, 495, gray=0.5)
    sh.add(Text(60, y + 20, "Cadre réservé à l'association", 9, bold=True, gray=0.3))
    sh.add(Text(60, y + 36, f"Vu, {ctx.president}", 9.5))
    ring(sh, 440, y + 50, 38, [ctx.association_city.upper(), "VOLONTARIAT"], rgb=STAMP_VIOLET)
    sh.add(Text(297, A4[1] - 28, "Un exemplaire est conservé par l'association.", 7.5, align="center", gray=0.45))
    return [sh], _dep_truth(ctx, p, "fr")


# ---------------------------------------------------------------- acceptance certificates


def acceptance_sidebar_letterhead(ctx: DocContext, rng: random.Random) -> Built:
    """Letterhead with a side column of the board and references; a certificate in the third person."""
    p = ctx.shown("acceptance_certificate")
    c = p.country
    sh = Sheet()
    sh.add(Box(0, 0, 150, A4[1], rgb=(0.92, 0.94, 0.9), stroke=None))
    y = para(sh, 18, 40, ctx.association, 118, size=11, family="sans", bold=True, lead=1.25)
    y = para(sh, 18, y + 6, ctx.association_address, 118, size=8, family="sans", lead=1.3)
    y += 30
    sh.add(Text(18, y, "Conseil d'administration", 8, bold=True))
    board = [f"{ctx.president}, présidence", f"{rng.choice(('J. Perrin', 'A. Leroy', 'N. Benkhaled'))}, trésorerie",
             f"{rng.choice(('M. Faure', 'T. Nguyen', 'E. Blanc'))}, secrétariat"]
    for b in board:
        y = para(sh, 18, y, b, 118, size=7.5, family="sans", lead=1.3)
    y += 24
    sh.add(Text(18, y, "Références", 8, bold=True))
    for b in ("Reconnue d'utilité publique", f"Agrément {ctx.approval_number}",
              f"SIRET {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)} 000{rng.randint(10, 99)}"):
        y = para(sh, 18, y, b, 118, size=7.5, family="sans", lead=1.3)
    x, w = 178.0, 370.0
    sh.add(Text(548, 60, f"{ctx.association_city}, le {ds(ctx.acceptance_date, 'fr')}", 10.5, align="right",
                family="serif"))
    y = para(sh, x, 100, "CERTIFICAT D'ACCUEIL D'UN VOLONTAIRE", w, size=14, family="sans", bold=True)
    hline(sh, x, y + 8, w, gray=0.3, t=1.2)
    body = [
        f"{ctx.association}, représentée par {ctx.president}, certifie accueillir en qualité de volontaire "
        f"{civ(p, 'fr')} {p.given_names} {p.surname.upper()}, {ne(p)} le {ds(p.date_of_birth, 'slash')} à "
        f"{p.place_of_birth} ({c.name_fr}), de nationalité {c.nationality_fr}.",
        f"La mission, prévue du {ds(ctx.contract_start, 'slash')} au {ds(ctx.contract_end, 'slash')} dans nos locaux "
        f"de {ctx.association_city}, consiste à {ctx.mission}. Elle fait l'objet d'un contrat de volontariat signé "
        "entre l'association et l'intéressé(e).",
        "L'association assure l'encadrement, la formation et le tutorat du volontaire, lui verse l'indemnité "
        "prévue et prend en charge sa couverture sociale pendant toute la durée de la mission.",
        "Le présent certificat est établi pour être joint à la demande de visa puis d'autorisation provisoire de "
        "séjour.",
    ]
    y += 14
    for b in body:
        y = para(sh, x, y, b, w, size=10.5, family="serif") + 8
    sh.add(Text(x + 190, y + 30, ctx.president, 10.5, family="serif", bold=True))
    sh.add(Text(x + 190, y + 44, "Présidente" if ctx.president.split()[0] in ("Claire", "Sophie", "Hélène")
                else "Président", 9.5, family="serif"))
    sign(sh, x + 200, y + 80, rng)
    ring(sh, x + 80, y + 70, 44, [ctx.association_city.upper(), "ASSOCIATION", "RUP"], rgb=STAMP_BLUE)
    return [sh], _acc_truth(ctx, p)


def acceptance_letter_to_consulate_en(ctx: DocContext, rng: random.Random) -> Built:
    """An English letter to the French consulate in the volunteer's country, US-style dates."""
    p = ctx.shown("acceptance_certificate")
    c = p.country
    f = Flow(family="serif", size=11, margin=70)
    f.para(ctx.association.upper(), size=13, bold=True, align="center", after=0)
    f.para(f"{ctx.association_address} — France", size=9, align="center", after=2)
    hline(f.sheet, 70, f.y, 455, gray=0.3)
    f.space(24)
    f.para(ds(ctx.acceptance_date, "ord_us"), after=14)
    f.para("To the Consul General of France", after=0)
    f.para(f"Visa Section — {rng.choice(c.cities)}, {c.name_en}", after=16)
    f.para(f"Subject: letter of acceptance — {p.given_names} {p.surname.upper()}", bold=True, after=10)
    f.para("Dear Consul,")
    f.para(f"We are writing to confirm that {civ(p, 'en')} {p.given_names} {p.surname.upper()}, born on "
           f"{ds(p.date_of_birth, 'ord_us')} in {p.place_of_birth}, {c.name_en}, passport number "
           f"{p.passport_number}, has been accepted by {ctx.association} as a full-time volunteer.")
    f.para(f"The volunteer mission, in {ctx.association_city}, runs from {ds(ctx.contract_start, 'ord_us')} to "
           f"{ds(ctx.contract_end, 'ord_us')} under a volunteer contract signed with our association; as worded in "
           f"the contract, it consists in: « {ctx.mission} ». We provide a monthly allowance, health cover and a "
           "tutor.")
    f.para("We would be grateful if a long-stay visa could be granted for this purpose. Please do not hesitate to "
           "contact us for any further information.")
    f.para("Yours sincerely,", after=4)
    f.signature(squiggle(rng), label="")
    f.para(f"{ctx.president}", bold=True, after=0)
    f.para(f"President, {ctx.association}", after=10)
    ring(f.sheet, 420, f.y - 60, 40, [ctx.association_city.upper(), "ASSOCIATION"], rgb=STAMP_VIOLET)
    f.sheet.add(Text(297, A4[1] - 30, f"Tel. +33 {rng.randint(1, 5)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
                                      f"{rng.randint(10, 99)} {rng.randint(10, 99)} · contact@"
                     f"{ctx.association_city.lower()}-volontariat.fr", 8, align="center", gray=0.4))
    return f.sheets, _acc_truth(ctx, p)


def acceptance_fiche_table(ctx: DocContext, rng: random.Random) -> Built:
    """A host sheet as a two-column table, signed by the president and the tutor."""
    p = ctx.shown("acceptance_certificate")
    c = p.country
    st = "dash"
    sh = Sheet()
    sh.add(Text(50, 50, ctx.association, 11, bold=True))
    sh.add(Text(545, 50, f"Dossier n° {ctx.acceptance_date.year}-{rng.randint(1, 80):02d}", 9, align="right",
                gray=0.4))
    sh.add(Box(50, 70, 495, 50, stroke=0.1, line=1.5))
    sh.add(Text(297, 92, "FICHE D'ACCUEIL DU VOLONTAIRE", 15, bold=True, align="center"))
    sh.add(Text(297, 110, "acceptation par l'organisme d'accueil", 9.5, align="center", gray=0.3))
    tutor = f"{rng.choice(('Julie', 'Marc', 'Nadia', 'Olivier'))} {rng.choice(('Bertin', 'Colas', 'Mercier'))}"
    rows = [("Organisme d'accueil", ctx.association), ("Adresse", ctx.association_address),
            ("Volontaire accueilli(e)", f"{p.surname.upper()} {p.given_names}"),
            ("Né(e) le / à", f"{ds(p.date_of_birth, st)} / {p.place_of_birth} ({c.name_fr})"),
            ("Nationalité", c.nationality_fr), ("Passeport", p.passport_number),
            ("Mission", ctx.mission), ("Période", f"{ds(ctx.contract_start, st)} → {ds(ctx.contract_end, st)}"),
            ("Tuteur / tutrice", tutor), ("Décision", "ACCEPTÉ(E)")]
    y = 140.0
    for k, v in rows:
        lines = 2 if len(v) > 60 else 1
        h = 22 + 13 * (lines - 1)
        sh.add(Box(50, y, 160, h, fill=0.93, stroke=0.45, line=0.5))
        sh.add(Text(56, y + 15, k, 9.5, bold=True))
        sh.add(Box(210, y, 335, h, stroke=0.45, line=0.5))
        if lines == 1:
            fit(sh, 216, y + 15, v, 10.5, 323)
        else:
            para(sh, 216, y + 1, v, 323, size=9.5, family="sans", lead=1.35)
        y += h
    y = para(sh, 50, y + 18, "L'organisme certifie accueillir la personne ci-dessus et s'engage à lui confier la "
             "mission décrite, dans le cadre d'un contrat de volontariat.", 495, size=10, family="sans")
    sh.add(Text(50, y + 30, f"Date : {ds(ctx.acceptance_date, st)}", 11, bold=True))
    for i, (label, name) in enumerate((("Le / la président(e)", ctx.president), ("Le tuteur / la tutrice", tutor))):
        x = 50 + i * 260
        sh.add(Text(x, y + 60, label, 9, gray=0.3))
        sh.add(Text(x, y + 74, name, 10))
        sign(sh, x + 10, y + 108, rng, 0.85)
    ring(sh, 200, y + 110, 36, ["ASSOCIATION", ctx.association_city.upper()], rgb=STAMP_BLUE)
    sh.add(Text(297, A4[1] - 30, f"{who(p)} — fiche d'accueil — {ctx.association}", 7.5, align="center",
                gray=0.45))
    return [sh], _acc_truth(ctx, p)
