"""Second held-out batch: departure commitments and acceptance certificates.

Written by an independent hand; nobody tunes the reader on these families (split
`held_out_2`).  Modelled on letters volunteers and associations write: a letter
handwritten on ruled notebook paper, place and date at the top right, an "Objet"
underlined and no title, the contract and the visa named in it; a typed
"déclaration sur l'honneur" whose signature a town hall has certified below it
(a second date, the certification's); English and French paragraphs in turn,
each initialled in the margin, dated in ISO form; an association's letter to the
volunteer at home confirming the welcome, in the first person plural; a
pre-printed host certificate in numbered sections with boxes ticked and the date
written by hand; an attestation naming the volunteer only in a reference block,
signed by the president and the tutor.
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, civ, ne, person_truth
from synth.documents.dev_common import acronym, stamp
from synth.documents.dev_ink import BLUE, initials, scrawl
from synth.formats import days, fmt_date
from synth.identity import Identity
from synth.layout import A4, Box, Flow


def _departure_truth(p: Identity, ctx: DocContext, lang: str) -> dict[str, str]:
    return person_truth(p) | {"signature_date": ctx.commitment_date.isoformat(), "commits_to_leave": "true",
                              "language": lang}


def _written_at(ctx: DocContext, p: Identity) -> str:
    """Where the letter is written: at home before the journey, in the association's town after it."""
    return p.place_of_birth if ctx.commitment_date < ctx.arrival else ctx.association_city


def _ruled(f: Flow) -> None:
    """Notebook paper: faint ruled lines and a margin line on every page."""
    for sh in f.sheets:
        for k in range(int((A4[1] - 60) // 22)):
            sh.items.insert(0, Box(0, 60 + k * 22, A4[0], 0.1, stroke=0.78, line=0.4))
        sh.items.insert(0, Box(52, 0, 0.1, A4[1], stroke=0.7, line=0.6))


def departure_notebook(ctx: DocContext, rng: random.Random) -> Built:
    """Handwritten on ruled paper: place and date top right, 'Objet' underlined, no title; contract and visa named."""
    p = ctx.shown("departure_commitment")
    c = p.country
    where = _written_at(ctx, p)
    entered = ("J'entrerai" if ctx.commitment_date < ctx.arrival
               else f"Je suis entré{'e' if p.sex == 'F' else ''}")
    f = Flow(family="hand", size=12.5, wobble=rng, margin=70)
    f.para(f"{where}, le {fmt_date(ctx.commitment_date, 'fr_long')}", align="right", after=14)
    f.para(f"{p.surname.upper()} {p.given_names}", after=0)
    f.para(f"{ne(p).capitalize()} le {fmt_date(p.date_of_birth, 'dmy_slash')}", after=18)
    f.para(f"À l'attention du service des étrangers de la préfecture ({ctx.association_city})", after=16)
    f.para("Objet : mon retour au pays après le volontariat", after=0)
    f.sheet.add(Box(f.margin, f.y + 2, 260, 0.1, stroke=0.2, line=0.7))
    f.space(14)
    f.para("Madame, Monsieur,", after=6)
    f.para(f"Par la présente, je m'engage sur l'honneur à quitter le territoire français à la fin de mon contrat de "
           f"volontariat avec l'association {ctx.association}, qui se termine le "
           f"{fmt_date(ctx.contract_end, 'dmy_slash')}. {entered} en France avec un visa de long séjour pour cette "
           f"seule mission, et je rentrerai ensuite {'en' if c.name_fr[0] in 'AEIOUÉ' else 'au'} {c.name_fr} "
           "reprendre mes études.")
    f.para("Je vous remercie de l'attention portée à ma demande.", after=10)
    f.para("Avec mes respectueuses salutations,", after=6)
    f.need(60)
    scrawl(f.sheet, f.margin + 220, f.y + 26, rng, rgb=BLUE, width=1.1)
    f.y += 44
    f.para(f"{p.given_names} {p.surname}", align="right", after=0)
    _ruled(f)
    return f.sheets, _departure_truth(p, ctx, "fr")


def departure_certified_signature(ctx: DocContext, rng: random.Random) -> Built:
    """A typed 'déclaration sur l'honneur'; below the signature, a town hall certifies it on a later date."""
    p = ctx.shown("departure_commitment")
    c = p.country
    where = _written_at(ctx, p)
    f = Flow(family="serif", size=11)
    f.title("DÉCLARATION SUR L'HONNEUR", size=15)
    f.para("(engagement de retour - volontariat associatif)", size=9.5, align="center", after=18)
    f.para(f"Je, soussigné{'e' if p.sex == 'F' else ''} :", after=4)
    for label, value in (("Nom", p.surname.upper()), ("Prénom(s)", p.given_names),
                         ("Date et lieu de naissance", f"{fmt_date(p.date_of_birth, 'dmy_dot')}, {p.place_of_birth}"),
                         ("Nationalité", c.nationality_fr), ("Passeport", p.passport_number)):
        f.para(f"{label} ........ {value}", indent=20, after=2)
    f.space(10)
    f.para(f"déclare sur l'honneur qu'au terme de la mission de volontariat que j'accomplis auprès de "
           f"{ctx.association}, prévue par contrat jusqu'au {fmt_date(ctx.contract_end, 'dmy_dot')}, je quitterai "
           "la France et regagnerai mon pays de résidence habituelle.")
    f.para("Je suis informé(e) qu'une fausse déclaration m'expose à des poursuites (article 441-7 du code pénal).",
           size=9.5, after=14)
    f.para(f"Fait pour servir et valoir ce que de droit, à {where}, le {fmt_date(ctx.commitment_date, 'dmy_dot')}.",
           after=8)
    f.para("Signature de l'intéressé(e) :", after=0)
    f.need(60)
    scrawl(f.sheet, f.margin + 40, f.y + 30, rng)
    f.y += 60
    certified = min(ctx.commitment_date + days(rng.randint(0, 6)), ctx.filing)
    top = f.y + 10
    f.sheet.add(Box(f.margin, top, f.width, 110, stroke=0.4, line=0.8))
    f.y = top + 6
    f.para(f"{'Mairie' if where == ctx.association_city else 'Commune'} de {where}", bold=True, indent=10, after=2)
    f.para(f"Vu pour la certification matérielle de la signature de {civ(p, 'fr')} {p.surname.upper()} "
           f"{p.given_names}, apposée ci-dessus en notre présence.", size=9.5, indent=10, after=2)
    f.para(f"À {where}, le {fmt_date(certified, 'dmy_dot')}.  Pour le maire, l'agent délégué", size=9.5, indent=10,
           after=2)
    initials(f.sheet, f.margin + 300, top + 96, rng)
    stamp(f.sheet, A4[0] - f.margin - 150, top + 120, ["MAIRIE", where.upper()], w=140)
    f.y = top + 180
    return f.sheets, _departure_truth(p, ctx, "fr")


# ----------------------------------------------------------------------------------------------- acceptance


def _acceptance_truth(ctx: DocContext) -> dict[str, str]:
    p = ctx.shown("acceptance_certificate")
    return person_truth(p) | {"association": ctx.association, "issue_date": ctx.acceptance_date.isoformat()}


def acceptance_welcome_letter(ctx: DocContext, rng: random.Random) -> Built:
    """The association writes to the volunteer at home ('nous avons le plaisir'), citing the contract and the visa;
    dated top right, no title, a stamp over the signature."""
    p = ctx.shown("acceptance_certificate")
    c = p.country
    short = acronym(ctx.association)
    f = Flow(family="sans", size=10.5)
    f.sheet.add(Box(0, 0, A4[0], 8, rgb=(0.35, 0.55, 0.45), stroke=None))
    f.para(short, bold=True, size=20, after=0)
    f.para(ctx.association, size=9.5, after=0)
    f.para(ctx.association_address, size=9, after=20)
    f.para(f"{civ(p, 'fr')} {p.given_names} {p.surname.upper()}", align="right", after=0)
    f.para(f"{p.place_of_birth} - {c.name_fr.upper()}", align="right", after=14)
    f.para(f"{ctx.association_city}, le {fmt_date(ctx.acceptance_date, 'fr_long')}", align="right", after=20)
    f.para(f"{'Chère' if p.sex == 'F' else 'Cher'} {p.given_names},", after=8)
    f.para(f"Nous avons le plaisir de vous confirmer que votre candidature est retenue : {short} vous accueillera "
           f"comme volontaire du {fmt_date(ctx.contract_start, 'dmy_slash')} au {fmt_date(ctx.contract_end, 'dmy_slash')}"
           f", pour {ctx.mission}.")
    f.para(f"Nous attestons ainsi que vous, {p.surname.upper()} {p.given_names}, {ne(p)} le "
           f"{fmt_date(p.date_of_birth, 'fr_long')}, êtes accepté{'e' if p.sex == 'F' else ''} au sein de "
           "l'association. Votre contrat de volontariat vous sera adressé pour signature ; joignez-le, avec ce "
           "courrier, à votre demande de visa de long séjour.")
    f.para("Un tuteur vous accueillera à votre arrivée, et un logement vous sera proposé pour toute la durée de la "
           "mission.", after=16)
    f.para("Avec nos salutations chaleureuses,", after=10)
    f.para(f"{ctx.president}, pour le bureau", after=0)
    f.need(70)
    scrawl(f.sheet, f.margin + 20, f.y + 36, rng)
    stamp(f.sheet, f.margin + 150, f.y + 8, [short, ctx.association_city.upper()], w=120)
    f.y += 80
    return f.sheets, _acceptance_truth(ctx)


def acceptance_host_form(ctx: DocContext, rng: random.Random) -> Built:
    """A pre-printed host certificate in numbered sections, boxes ticked, the date and place written by hand."""
    p = ctx.shown("acceptance_certificate")
    c = p.country
    f = Flow(family="sans", size=10)
    f.sheet.text(A4[0] - f.margin, f.y, "Formulaire H-2", 8, align="right", gray=0.4)
    f.title("CERTIFICAT D'ACCUEIL D'UN VOLONTAIRE", size=13.5)
    f.para("(à remplir par la structure d'accueil)", size=9, align="center", after=14)

    def section(title: str) -> None:
        f.need(40)
        f.sheet.add(Box(f.margin, f.y + 2, f.width, 18, fill=0.88, stroke=None))
        f.sheet.text(f.margin + 6, f.y + 15, title, 10, bold=True)
        f.y += 26

    def line(label: str, value: str) -> None:
        f.need(22)
        f.y += 18
        f.sheet.text(f.margin + 6, f.y, label, 9, gray=0.3)
        f.sheet.add(Box(f.margin + 150, f.y + 3, f.width - 156, 0.1, stroke=0.6, line=0.4))
        f.sheet.text(f.margin + 154, f.y - 1, value, 11.5, family="hand")

    section("1. Structure d'accueil")
    line("Dénomination", ctx.association)
    line("Adresse du siège", ctx.association_address)
    line("Représentant légal", ctx.president)
    f.y += 10
    section("2. Volontaire accueilli")
    line("NOM", p.surname.upper())
    line("Prénom(s)", p.given_names)
    line("Date de naissance", fmt_date(p.date_of_birth, "dmy_slash"))
    line("Nationalité", c.nationality_fr)
    f.y += 10
    section("3. Accueil")
    line("Période prévue", f"du {fmt_date(ctx.contract_start, 'dmy_slash')} au {fmt_date(ctx.contract_end, 'dmy_slash')}")
    line("Lieu", ctx.association_city)
    f.y += 8
    for ticked, text in ((True, "La structure accueille le volontaire et désigne un tuteur."),
                         (True, "Un contrat de volontariat est conclu avec le volontaire."),
                         (rng.random() < 0.5, "La structure fournit un hébergement.")):
        f.need(20)
        f.y += 18
        f.sheet.add(Box(f.margin + 6, f.y - 10, 11, 11, stroke=0.2, line=0.7))
        if ticked:
            f.sheet.text(f.margin + 7.5, f.y - 0.5, "X", 11, family="hand")
        f.sheet.text(f.margin + 26, f.y, text, 9.5)
    f.y += 16
    section("4. Certification")
    f.para("Je certifie exactes les informations ci-dessus.", indent=6, after=6)
    line("Fait à", ctx.association_city)
    line("Le", fmt_date(ctx.acceptance_date, "dmy_slash"))
    f.y += 14
    f.sheet.text(f.margin + 6, f.y + 10, "Signature et cachet :", 9, gray=0.3)
    scrawl(f.sheet, f.margin + 150, f.y + 30, rng, scale=0.8)
    stamp(f.sheet, f.margin + 300, f.y, [acronym(ctx.association), ctx.association_city.upper()], w=130)
    f.y += 70
    return f.sheets, _acceptance_truth(ctx)


def departure_alternating_en(ctx: DocContext, rng: random.Random) -> Built:
    """English and French paragraphs in turn, each initialled in the margin; 'Date:' in ISO form and the place
    under the full signature."""
    p = ctx.shown("departure_commitment")
    c = p.country
    where = _written_at(ctx, p)
    f = Flow(family="sans", size=10.5, margin=100)
    f.para("UNDERTAKING TO RETURN HOME", bold=True, size=13, after=0)
    f.para("Engagement de retour dans le pays d'origine", size=10.5, after=18)
    pairs = (
        (f"My name is {p.given_names} {p.surname.upper()}. I was born on {fmt_date(p.date_of_birth, 'en_long')} in "
         f"{p.place_of_birth}, {c.name_en}, and I hold passport {p.passport_number}.",
         f"Je m'appelle {p.given_names} {p.surname.upper()}, {ne(p)} le {fmt_date(p.date_of_birth, 'fr_long')} à "
         f"{p.place_of_birth} ({c.name_fr}), titulaire du passeport {p.passport_number}."),
        (f"I am engaged as a volunteer by {ctx.association} under a volunteer contract ending on "
         f"{fmt_date(ctx.contract_end, 'en_long')}. I undertake to leave France when that contract ends.",
         f"Je suis engagé{'e' if p.sex == 'F' else ''} comme volontaire par {ctx.association} en vertu d'un contrat "
         "de volontariat qui prend fin le "
         f"{fmt_date(ctx.contract_end, 'fr_long')}. Je m'engage à quitter la France à la fin de ce contrat."),
    )
    for en, fr in pairs:
        top = f.y
        f.para(en, after=3)
        f.para(fr, family="serif", size=10, after=12)
        initials(f.sheet, 14, top + 26, rng, width=1.0)
    f.space(8)
    f.para(f"Date: {ctx.commitment_date.isoformat()}", after=2)
    f.para(f"Place / Lieu: {where}", after=16)
    f.para("Signature:", after=0)
    f.need(50)
    scrawl(f.sheet, f.margin + 70, f.y + 10, rng, scale=0.9)
    f.y += 40
    return f.sheets, _departure_truth(p, ctx, "en")


def acceptance_reference_block(ctx: DocContext, rng: random.Random) -> Built:
    """The volunteer named only in a reference block at the top; the body says 'la personne désignée en référence';
    dated in the reference line; signed by the president and the tutor."""
    p = ctx.shown("acceptance_certificate")
    c = p.country
    short = acronym(ctx.association)
    tutor = rng.choice(("Nadia Benhamou", "Julien Perrin", "Agnès Lambert", "Thomas Girard"))
    f = Flow(family="serif", size=11)
    f.para(ctx.association.upper(), bold=True, size=12, align="center", after=0)
    f.para(ctx.association_address, size=9, align="center", after=20)
    top = f.y
    f.sheet.add(Box(A4[0] / 2, top, A4[0] / 2 - f.margin, 76, fill=0.94, stroke=0.4, line=0.6))
    x = A4[0] / 2 + 8
    f.sheet.text(x, top + 16, f"Réf. ACC/{ctx.acceptance_date.year}/{rng.randint(1, 99):03d} du "
                              f"{fmt_date(ctx.acceptance_date, 'dmy_slash')}", 9, family="serif")
    f.sheet.text(x, top + 34, f"Volontaire : {p.surname.upper()} {p.given_names}", 10, bold=True, family="serif")
    f.sheet.text(x, top + 50, f"{ne(p).capitalize()} le {fmt_date(p.date_of_birth, 'dmy_slash')}", 9.5, family="serif")
    f.sheet.text(x, top + 66, f"Nationalité : {c.nationality_fr}", 9.5, family="serif")
    f.y = top + 100
    f.title("Attestation d'accueil en volontariat", size=13)
    f.para(f"Nous, soussignés, {ctx.president}, président(e) de l'association {ctx.association} ({short}), et "
           f"{tutor}, tuteur désigné, attestons que la personne désignée en référence est accueillie par {short} "
           f"en qualité de volontaire, du {fmt_date(ctx.contract_start, 'fr_long')} au "
           f"{fmt_date(ctx.contract_end, 'fr_long')}, pour {ctx.mission}.")
    f.para("L'association prend en charge son accompagnement, son assurance et son indemnité, conformément au contrat "
           "de volontariat conclu avec elle.", after=24)
    f.need(90)
    y = f.y
    for k, label in enumerate((f"{ctx.president}, président(e)", f"{tutor}, tuteur")):
        xx = f.margin + k * f.width / 2
        f.sheet.text(xx, y + 12, label, 10, family="serif")
        scrawl(f.sheet, xx + 20, y + 50, rng, scale=0.7)
    f.y = y + 80
    return f.sheets, _acceptance_truth(ctx)
