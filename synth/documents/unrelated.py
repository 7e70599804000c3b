"""Documents unrelated to the application (type `unknown`): a utility bill and a CV."""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, civ
from synth.formats import days, fmt_date
from synth.layout import Flow


def bill(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.person
    f = Flow(family="sans", size=11.5)
    f.para("Lumina Énergie", size=18, bold=True, after=2)
    f.para("Fournisseur d'électricité - Service clients 09 70 00 00 00", size=10, after=18)
    f.para("FACTURE D'ÉLECTRICITÉ", size=15, bold=True, after=10)
    f.para(f"Titulaire du contrat : {civ(p, 'fr')} {p.given_names} {p.surname.upper()}", after=2)
    f.para(f"Adresse de consommation : {rng.randint(2, 90)} rue des Pyrénées, 75020 Paris", after=2)
    f.para(f"Facture n° {rng.randint(10**9, 10**10 - 1)} du {fmt_date(ctx.filing - days(rng.randint(5, 40)), 'dmy_slash')}",
           after=12)
    kwh = rng.randint(120, 480)
    for label, value in (("Période de consommation", "du 01/09 au 31/10"), ("Consommation", f"{kwh} kWh"),
                         ("Abonnement (6 kVA)", f"{rng.randint(20, 30)},{rng.randint(10, 99)} EUR"),
                         ("Énergie consommée", f"{kwh * 0.25:.2f} EUR".replace(".", ",")),
                         ("Taxes et contributions", f"{rng.randint(8, 20)},{rng.randint(10, 99)} EUR")):
        f.para(f"{label} : {value}", after=3)
    f.space(8)
    f.para(f"Montant total à payer : {rng.randint(60, 160)},{rng.randint(10, 99)} EUR TTC", bold=True)
    f.para("Prélèvement automatique le 15 du mois. Merci de votre confiance.")
    return f.sheets, {}


def cv(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.person
    f = Flow(family="sans", size=11.5)
    f.para(f"{p.given_names} {p.surname.upper()}", size=20, bold=True, after=2)
    f.para("Curriculum Vitae", size=13, after=2)
    f.para(f"{p.surname.lower()}.{rng.randint(10, 99)}@example.org - +33 6 {rng.randint(10, 99)} "
           f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}", after=16)
    sections = {
        "Formation / Education": [f"{p.date_of_birth.year + 18}-{p.date_of_birth.year + 21} : Licence de sciences "
                                  f"sociales, Université de {p.place_of_birth}",
                                  f"{p.date_of_birth.year + 18} : Baccalauréat, mention bien"],
        "Expérience / Experience": ["Animatrice de centre de loisirs (bénévole), 2 ans",
                                    "Aide aux devoirs dans une association de quartier",
                                    "Stage de 3 mois dans une ONG de santé communautaire"],
        "Langues / Languages": ["Français : courant", "Anglais : intermédiaire (B2)"],
        "Centres d'intérêt": ["Football, cuisine, photographie, randonnée"],
    }
    for head, items in sections.items():
        f.para(head, size=13, bold=True, after=4)
        for it in items:
            f.para(f"- {it}", after=2, indent=12)
        f.space(8)
    return f.sheets, {}
