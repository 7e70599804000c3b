"""Sixth batch of development families: approval decisions and acceptance certificates as their issuers write them.

Modelled on published approvals and on what associations send their volunteers: a
prefectoral arrêté in the form of the recueil des actes administratifs (the prefect's
full titles, a row of "Vu ..." including the delegation of signature, "Considérant ...",
"Article 1er" naming the association in a sentence with its SIREN and registered
office, an execution article, "Pour le préfet et par délégation"); a decision in which
"Le ministre ... décide" and grants the approval "au profit de" a body described in a
table row; a prefecture service's letter telling the president that the approval was
granted "par arrêté du ...", the letter dated days after the decision, an "Affaire
suivie par" block, signed "Pour le préfet et par délégation".  Acceptance letters carry
the association in a letterhead that is not its legal name as written in the body: an
acronym with the full name on the line under it, or the name in capitals with
"reconnue d'utilité publique"; one in English.
"""

from __future__ import annotations

import random
import zlib
from datetime import date

from synth.context import DocContext
from synth.documents.common import Built, civ, ne, person_truth
from synth.documents.dev_common import acronym, footer, stamp, table
from synth.documents.dev_ink import scrawl
from synth.formats import MONTHS_EN, days, fmt_date
from synth.layout import A4, Box, Flow

# women: the papers sign as "la déléguée", "la cheffe", "la directrice"
_SIGNERS = ("Anne-Laure Bénard", "Mathilde Roussel", "Nadia Belkacem", "Sandrine Guillou", "Isabelle Ferrand")
_AGENTS = ("Mme Laurence Petit", "M. Julien Morvan", "Mme Fatou Diallo", "M. Cédric Aubert")
# the department a regional prefect is also prefect of, as his titles give it
_DEPARTMENT = {
    "Paris": "préfet de Paris", "Lyon": "préfet du Rhône", "Bordeaux": "préfet de la Gironde",
    "Marseille": "préfet des Bouches-du-Rhône", "Lille": "préfet du Nord", "Nantes": "préfet de la Loire-Atlantique",
}


def _prefect(ctx: DocContext) -> bool:
    return ctx.approval_authority.startswith("Préfet")


def _authority(ctx: DocContext) -> str:
    return ctx.approval_authority.split(",")[0]


def _region(ctx: DocContext) -> str:
    return ctx.approval_authority.split("région ")[1].split(",")[0]


def _seat(ctx: DocContext) -> str:
    """The approved body's registered office: the association's own, or (another body) Paris."""
    return ctx.association_address if ctx.approval_association == ctx.association else "Paris"


def _seat_city(ctx: DocContext) -> str:
    return ctx.association_city if ctx.approval_association == ctx.association else "Paris"


def _siren(name: str) -> str:
    """A SIREN number the body keeps from paper to paper (nine digits in groups of three)."""
    n = f"{zlib.crc32(name.encode()) % 10 ** 9:09d}"
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def named(name: str) -> str:
    """The name with the article people put before it: 'la Fondation X', "l'Association X", "l'association Les ..."."""
    first = name.split()[0]
    if first == "Fondation":
        return f"la {name}"
    if first == "Association":
        return f"l'{name}"
    return f"l'association {name}"


def short_the(name: str, short: str, prep: str = "") -> str:
    """The acronym with its article, after `prep` ('de' or nothing): "l'ASEP", 'la FHP', 'du SSQ', 'des JF'."""
    first = name.split()[0]
    art = {"Fondation": "la ", "Secours": "le ", "Réseau": "le ", "Les": "les "}.get(first, "l'")
    if prep == "de":
        return {"le ": "du ", "les ": "des "}.get(art, "de " + art) + short
    return art + short


def _decision_truth(ctx: DocContext) -> dict[str, str]:
    return {"association": ctx.approval_association, "decision_date": ctx.approval_date.isoformat(),
            "authority": _authority(ctx)}


def _long(d: date) -> str:
    return fmt_date(d, "fr_long")


# --------------------------------------------------------------------------- approval decisions


def decision_raa_arrete(ctx: DocContext, rng: random.Random) -> Built:
    """A prefectoral arrêté as the recueil prints it: the prefect's titles, Vu (delegation of signature included),
    Considérant, 'Article 1er' naming the association with its SIREN and seat, an execution article."""
    name = ctx.approval_association
    signer = rng.choice(_SIGNERS)
    f = Flow(family="serif", size=10)
    num = ctx.approval_number
    if _prefect(ctx):
        region, city = _region(ctx), ctx.association_city
        f.para(f"PRÉFET DE LA RÉGION {region.upper()}", bold=True, size=10.5, after=0)
        f.para("Liberté", size=8, after=0)
        f.para("Égalité", size=8, after=0)
        f.para("Fraternité", size=8, after=10)
        f.para("Délégation régionale académique à la jeunesse, à l'engagement et aux sports", size=9, after=18)
        f.para(f"Arrêté n° {num} portant agrément au titre de l'engagement de service civique", bold=True,
               align="center", size=11.5, after=12)
        f.para(f"Le préfet de la région {region}, {_DEPARTMENT.get(city, 'préfet du département')},", bold=True,
               after=0)
        f.para("Officier de la Légion d'honneur,", after=0)
        f.para("Commandeur de l'ordre national du Mérite,", after=10)
        vus = ["Vu le code du service national, notamment ses articles L. 120-30 et R. 121-34 et suivants ;",
               "Vu la loi n° 2010-241 du 10 mars 2010 relative au service civique ;",
               "Vu le décret n° 2010-485 du 12 mai 2010 relatif au service civique ;",
               f"Vu l'arrêté préfectoral du {_long(ctx.approval_date - days(rng.randint(60, 300)))} portant "
               f"délégation de signature à {signer}, déléguée régionale académique à la jeunesse, à l'engagement "
               "et aux sports ;",
               f"Vu la demande d'agrément présentée le {_long(ctx.approval_date - days(rng.randint(40, 120)))} "
               "et le dossier complet produit à son appui ;"]
        verb, this = "ARRÊTE", "le présent arrêté"
    else:
        f.para("AGENCE DU SERVICE CIVIQUE", bold=True, size=10.5, after=0)
        f.para("95 avenue de France - 75013 Paris", size=8, after=18)
        f.para(f"Décision n° {num} portant agrément au titre de l'engagement de service civique", bold=True,
               align="center", size=11.5, after=12)
        f.para("La directrice générale de l'Agence du Service Civique,", bold=True, after=10)
        vus = ["Vu le code du service national, notamment ses articles L. 120-1 et suivants ;",
               "Vu la loi n° 2010-241 du 10 mars 2010 relative au service civique ;",
               "Vu la délibération du conseil d'administration de l'Agence portant délégation de compétence ;",
               f"Vu la demande d'agrément présentée le {_long(ctx.approval_date - days(rng.randint(40, 120)))} ;"]
        verb, this = "DÉCIDE", "la présente décision"
    for vu in vus:
        f.para(vu, after=3)
    f.para("Considérant que l'organisme exerce une activité à but non lucratif et d'intérêt général ;", after=3)
    f.para("Considérant que les missions proposées présentent un caractère philanthropique, social et "
           "humanitaire, et que l'organisme dispose des moyens de les encadrer ;", after=8)
    f.para(f"{verb} :", bold=True, align="center", after=6)
    f.para("Article 1er", bold=True, after=1)
    who = named(name)
    f.para(f"{who[0].upper()}{who[1:]}, inscrite au répertoire SIRENE sous le numéro {_siren(name)}, dont le "
           f"siège social est situé {_seat(ctx)}, est agréée au titre de l'engagement de service civique et du "
           "volontariat associatif pour une durée de cinq ans à compter de la date de signature de "
           f"{this}.", after=5)
    f.para("Article 2", bold=True, after=1)
    f.para(f"Le numéro d'agrément attribué est le suivant : {num}. Il figure sur tout contrat conclu au titre de "
           "cet agrément.", after=5)
    f.para("Article 3", bold=True, after=1)
    f.para(f"{this[0].upper()}{this[1:]} peut faire l'objet d'un recours gracieux auprès de son auteur ou d'un "
           "recours contentieux devant le tribunal administratif compétent dans un délai de deux mois à compter de sa "
           "notification. Le tribunal peut être saisi par l'application « Télérecours citoyens ».", after=5)
    f.para("Article 4", bold=True, after=1)
    if _prefect(ctx):
        f.para("Le secrétaire général pour les affaires régionales et la déléguée régionale académique à la jeunesse, "
               "à l'engagement et aux sports sont chargés, chacun en ce qui le concerne, de l'exécution du présent "
               "arrêté, qui sera publié au recueil des actes administratifs de la préfecture de région.", after=12)
        place, sign = ctx.association_city, "Pour le préfet et par délégation,"
    else:
        f.para("La présente décision sera notifiée à l'organisme et publiée sur le site de l'Agence.", after=12)
        place, sign = "Paris", "Pour la directrice générale et par délégation,"
    f.need(120)
    f.para(f"Fait à {place}, le {_long(ctx.approval_date)}", align="right", after=4)
    f.para(sign, align="right", after=2)
    f.para("la déléguée régionale" if _prefect(ctx) else "la directrice des agréments", align="right", after=30)
    scrawl(f.sheet, A4[0] - f.margin - 150, f.y - 8, rng)
    f.para(signer, align="right", after=4)
    footer(f, f"Recueil des actes administratifs - {num}", pages="Page {i} / {n}")
    return f.sheets, _decision_truth(ctx)


def decision_ministry_au_profit(ctx: DocContext, rng: random.Random) -> Built:
    """'Le ministre ... décide' (or the regional prefect, where he approves): the approval 'au profit de' the body in
    a table row; dated at the foot 'Fait le ...'."""
    name = ctx.approval_association
    f = Flow(family="sans", size=10)
    if _prefect(ctx):
        f.para(f"PRÉFET DE LA RÉGION {_region(ctx).upper()}", bold=True, after=0)
        f.para("Service régional de la jeunesse, de l'engagement et des sports", size=9, after=20)
        who = f"Le préfet de la région {_region(ctx)},"
        sign = ["Pour le préfet de région et par délégation,", "la cheffe du service régional"]
        publish = "au recueil des actes administratifs de la préfecture de région"
    else:
        f.para("MINISTÈRE DE L'ÉDUCATION NATIONALE ET DE LA JEUNESSE", bold=True, after=0)
        f.para("Agence du Service Civique", size=9, after=20)
        who = "Le ministre de l'éducation nationale et de la jeunesse,"
        sign = ["Pour le ministre et par délégation,", "la directrice générale de l'Agence du Service Civique"]
        publish = "au Bulletin officiel"
    f.para(f"Décision du {_long(ctx.approval_date)}", bold=True, align="center", size=12, after=0)
    f.para("relative à l'agrément d'organismes d'accueil de volontaires", align="center", after=14)
    f.para(who, bold=True, after=4)
    f.para("Vu le code du service national ;", after=2)
    f.para("Vu le dossier de demande et l'avis du service instructeur,", after=10)
    f.para("Décide :", bold=True, after=6)
    f.para("Art. 1er. - L'agrément prévu à l'article L. 120-30 du code du service national est accordé, pour une "
           "durée de cinq ans, au profit de l'organisme désigné ci-dessous :", after=6)
    table(f, [("N° d'agrément", "Organisme bénéficiaire", "Siège", "Nature"),
              (ctx.approval_number, name, _seat(ctx), "agrément initial")], (1.3, 1.6, 1.6, 0.9), header=True,
          size=9)
    f.para("Art. 2. - L'organisme agréé transmet chaque année un bilan de l'accueil des volontaires.", after=4)
    f.para(f"Art. 3. - La présente décision sera publiée {publish}.", after=16)
    f.para(f"Fait le {fmt_date(ctx.approval_date, 'dmy_slash')}.", after=4)
    for line in sign:
        f.para(line, after=0)
    f.space(12)
    scrawl(f.sheet, f.margin + 30, f.y + 18, rng, scale=0.9)
    f.space(38)
    f.para(rng.choice(_SIGNERS), bold=True, after=0)
    return f.sheets, _decision_truth(ctx)


def decision_notice_par_arrete(ctx: DocContext, rng: random.Random) -> Built:
    """A prefecture service's letter to the president: 'par arrêté du ...' in the body, the letter itself dated days
    later, 'Affaire suivie par', signed 'Pour le préfet et par délégation'."""
    name = ctx.approval_association
    sent = ctx.approval_date + days(rng.randint(3, 21))
    f = Flow(family="sans", size=10.5)
    if _prefect(ctx):
        f.para(f"PRÉFET DE LA RÉGION {_region(ctx).upper()}", bold=True, after=0)
        f.para("Direction régionale de l'économie, de l'emploi, du travail et des solidarités", size=9, after=0)
        f.para("Service jeunesse, engagement et vie associative", size=9, after=14)
        act, sign = f"arrêté du préfet de la région {_region(ctx)} en date", "Pour le préfet et par délégation,"
        place = ctx.association_city
    else:
        f.para("AGENCE DU SERVICE CIVIQUE", bold=True, after=0)
        f.para("Pôle agréments et contrôle", size=9, after=14)
        act, sign = "décision de l'Agence du Service Civique en date", "Pour la directrice générale et par délégation,"
        place = "Paris"
    ref_y = f.y
    for line in (f"Affaire suivie par : {rng.choice(_AGENTS)}", f"Tél. : 0{rng.randint(1, 5)} {rng.randint(10, 99)} "
                 f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
                 f"Réf. : AGR/{ctx.approval_number}"):
        f.sheet.text(f.margin, f.y + 10, line, 8.5, gray=0.25)
        f.y += 12
    x = A4[0] / 2 + 30
    dear = rng.choice(("Monsieur le Président", "Madame la Présidente"))
    for i, line in enumerate((dear, name, _seat(ctx))):
        f.sheet.text(x, ref_y + 60 + 14 * i, line, 10.5)
    f.y = ref_y + 120
    f.para(f"{place}, le {_long(sent)}", align="right", after=16)
    f.para("Objet : agrément de service civique", bold=True, after=2)
    f.para("P.J. : une copie de l'arrêté" if _prefect(ctx) else "P.J. : une copie de la décision", after=12)
    f.para(f"{dear},", after=6)
    f.para(f"J'ai l'honneur de vous informer que, par {act} du {_long(ctx.approval_date)}, l'agrément au titre de "
           f"l'engagement de service civique a été accordé à votre association pour une durée de cinq ans, sous le "
           f"numéro {ctx.approval_number}.")
    f.para("Cet agrément vous permet d'accueillir des volontaires, y compris de nationalité étrangère titulaires "
           "d'un visa de long séjour, dans le respect des conditions fixées par le code du service national. Je "
           "vous rappelle que toute modification de vos statuts ou de vos missions doit m'être signalée.")
    f.para(f"Je vous prie d'agréer, {dear}, l'expression de mes salutations "
           "distinguées.", after=18)
    f.need(100)
    f.para(sign, align="right", after=0)
    f.para("la cheffe du service", align="right", after=34)
    scrawl(f.sheet, A4[0] - f.margin - 140, f.y - 10, rng, scale=0.9)
    f.para(rng.choice(_SIGNERS), align="right", after=4)
    footer(f, f"{place} - accueil du public du lundi au vendredi, 9h-12h", pages="")
    return f.sheets, _decision_truth(ctx)


# --------------------------------------------------------------------------- acceptance certificates


def _acceptance_truth(ctx: DocContext) -> dict[str, str]:
    p = ctx.shown("acceptance_certificate")
    return person_truth(p) | {"association": ctx.association, "issue_date": ctx.acceptance_date.isoformat()}


def acceptance_acronym_second_line(ctx: DocContext, rng: random.Random) -> Built:
    """Letterhead: the acronym large, the full name on the line under it, a rule; in the body 'l'ACR' only; dated
    at the foot 'Fait à ..., le ...'; signed by the president with the association's stamp."""
    p = ctx.shown("acceptance_certificate")
    c = p.country
    short = acronym(ctx.association)
    f = Flow(family="sans", size=10.5)
    f.para(short, bold=True, size=26, after=0)
    f.para(ctx.association, size=10, after=0)
    fondation = ctx.association.startswith("Fondation")
    legal = "fondation reconnue d'utilité publique" if fondation else "association loi 1901"
    f.para(f"{ctx.association_address} - {legal}", size=8, after=4)
    f.sheet.add(Box(f.margin, f.y, f.width, 1.2, fill=0.3, stroke=None))
    f.space(30)
    f.title("ATTESTATION DE PRISE EN CHARGE ET D'ACCUEIL", size=12.5)
    fem = ctx.president.split()[0] in ("Claire", "Sophie", "Hélène")
    f.para(f"Je soussigné{'e' if fem else ''} {ctx.president}, agissant en qualité de président{'e' if fem else ''} "
           f"{short_the(ctx.association, short, 'de')}, certifie que notre structure accueillera {civ(p, 'fr')} "
           f"{p.surname.upper()} {p.given_names}, {ne(p)} le {fmt_date(p.date_of_birth, 'dmy_slash')} à "
           f"{p.place_of_birth} "
           f"({c.name_fr}), dans le cadre d'un volontariat associatif.")
    the = short_the(ctx.association, short)
    f.para(f"{the[0].upper()}{the[1:]} prendra en charge l'hébergement, la couverture sociale et l'indemnité "
           f"mensuelle {'de la' if p.sex == 'F' else 'du'} volontaire pendant toute la durée de sa mission, prévue "
           f"du {fmt_date(ctx.contract_start, 'dmy_slash')} au {fmt_date(ctx.contract_end, 'dmy_slash')}.")
    f.para("Cette attestation est établie à la demande de l'intéressé(e) pour accompagner sa demande de visa puis "
           "de titre de séjour.", after=18)
    f.para(f"Fait à {ctx.association_city}, le {_long(ctx.acceptance_date)}", after=8)
    f.para("Le président / la présidente", after=0)
    f.para(ctx.president, bold=True, after=4)
    scrawl(f.sheet, f.margin + 10, f.y + 24, rng)
    stamp(f.sheet, f.margin + 200, f.y - 4, [short, ctx.association_city.upper(), "Le Bureau"], w=150)
    f.space(70)
    return f.sheets, _acceptance_truth(ctx)


def acceptance_rup_capitals_en(ctx: DocContext, rng: random.Random) -> Built:
    """English letter on a letterhead giving the name in capitals over 'reconnue d'utilité publique'; the body calls
    it 'our association' and once by its name in ordinary case; dated top right '3rd March 2026'."""
    p = ctx.shown("acceptance_certificate")
    c = p.country
    d = ctx.acceptance_date
    th = "th" if 10 <= d.day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    f = Flow(family="serif", size=11)
    f.para(ctx.association.upper(), bold=True, size=14, align="center", after=0)
    kind = "Fondation" if ctx.association.startswith("Fondation") else "Association"
    f.para(f"{kind} reconnue d'utilité publique", size=9.5, align="center", after=0)
    f.para(f"{ctx.association_address} - FRANCE", size=8.5, align="center", after=24)
    f.para(f"{ctx.association_city}, {d.day}{th} {MONTHS_EN[d.month - 1]} {d.year}", align="right", after=18)
    f.para(f"To the Consul General of France in {p.country.cities[0] if p.country.cities else p.place_of_birth}"
           if rng.random() < 0.5 else "To whom it may concern", after=12)
    f.para(f"Re: acceptance of {civ(p, 'en')} {p.given_names} {p.surname.upper()} as a volunteer", bold=True, after=10)
    f.para("Dear Sir or Madam,", after=6)
    f.para(f"I am pleased to confirm that {ctx.association} has accepted {civ(p, 'en')} {p.given_names} "
           f"{p.surname.upper()}, born on {fmt_date(p.date_of_birth, 'en_day_first')} in {p.place_of_birth} "
           f"({c.name_en}), as a full-time volunteer in our association from "
           f"{fmt_date(ctx.contract_start, 'en_day_first')} to {fmt_date(ctx.contract_end, 'en_day_first')}.")
    f.para("Our association will sign a volunteer contract with the volunteer, pay the monthly allowance, provide "
           "health cover and a tutor, and help with accommodation. The volunteer has committed to return home at "
           "the end of the placement.")
    f.para("Please do not hesitate to contact me for any further information.", after=14)
    f.para("Yours faithfully,", after=30)
    scrawl(f.sheet, f.margin + 10, f.y - 6, rng)
    f.para(ctx.president, bold=True, after=0)
    f.para("President", after=0)
    return f.sheets, _acceptance_truth(ctx)


def acceptance_service_confirmation(ctx: DocContext, rng: random.Random) -> Built:
    """Sent by the association's volunteering service: the name in capitals with its legal status in the letterhead,
    a reference line, 'Objet : confirmation d'accueil', the volunteer addressed in the second person, dated
    top left '12.01.2026'; signed by the service's head 'par délégation du président'."""
    p = ctx.shown("acceptance_certificate")
    c = p.country
    fondation = ctx.association.startswith("Fondation")
    f = Flow(family="sans", size=10.5)
    f.para(ctx.association.upper(), bold=True, size=12.5, after=0)
    f.para("Fondation reconnue d'utilité publique" if fondation else
           "Association loi 1901 reconnue d'utilité publique", size=8.5, after=0)
    f.para("Service volontariat et engagement", size=8.5, after=18)
    f.para(f"{ctx.association_city}, le {fmt_date(ctx.acceptance_date, 'dmy_dot')}", after=2)
    f.para(f"N/Réf. : VOL-{ctx.acceptance_date.year}-{rng.randint(10, 399):03d}", size=9, after=16)
    x = A4[0] / 2 + 30
    for i, line in enumerate((f"{civ(p, 'fr')} {p.given_names} {p.surname.upper()}", p.place_of_birth,
                              c.name_fr.upper())):
        f.sheet.text(x, f.y + 14 * i, line, 10.5)
    f.space(58)
    f.para("Objet : confirmation d'accueil en volontariat", bold=True, after=10)
    f.para(f"{'Madame' if p.sex == 'F' else 'Monsieur'},", after=6)
    f.para(f"À la suite de nos entretiens, j'ai le plaisir de vous confirmer que votre candidature a été retenue. "
           f"{named(ctx.association)[0].upper()}{named(ctx.association)[1:]} vous accueillera en qualité de "
           f"volontaire à compter du {_long(ctx.contract_start)} et jusqu'au {_long(ctx.contract_end)}, au sein de "
           f"notre équipe de {ctx.association_city}.")
    f.para(f"Pour mémoire, nous avons enregistré les informations suivantes : {p.surname.upper()} {p.given_names}, "
           f"{ne(p)} le {fmt_date(p.date_of_birth, 'dmy_slash')} à {p.place_of_birth}, de nationalité "
           f"{c.nationality_fr}. Merci de nous signaler toute erreur avant votre demande de visa.")
    f.para("Votre contrat de volontariat vous sera adressé pour signature dans les prochains jours. Nous vous "
           "accompagnerons ensuite dans vos démarches auprès de la préfecture.")
    f.para(f"Je vous prie d'agréer, {'Madame' if p.sex == 'F' else 'Monsieur'}, l'expression de mes salutations "
           "les meilleures.", after=16)
    f.need(90)
    f.para("Pour le président et par délégation,", align="right", after=0)
    f.para("la responsable du service volontariat", align="right", after=30)
    scrawl(f.sheet, A4[0] - f.margin - 140, f.y + 2, rng, scale=0.9)
    f.para(rng.choice(_SIGNERS), align="right", after=0)
    footer(f, f"{ctx.association} - {ctx.association_address}", pages="")
    return f.sheets, _acceptance_truth(ctx)
