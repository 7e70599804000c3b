"""Development families of the association's papers: acceptance certificates and approval decisions.

Modelled on what associations and administrations send: a host letter naming the
association by its acronym and citing the contract and the visa to come, a
host-placement sheet in a ruled table dated in its footer, an English letter to a
consulate; a prefectoral arrêté with its Vu, Considérant and articles, a ministry
decision with the approved body in a table, and a service's letter notifying the
approval (its own date on top, the decision's date in a sentence).
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, civ, ne, person_truth, squiggle
from synth.documents.dev_common import acronym, footer, stamp, table
from synth.formats import days, fmt_date
from synth.layout import Flow

# --------------------------------------------------------------------------- acceptance certificates

_WOMEN = ("Claire", "Sophie", "Hélène")  # the presidents' first names that take a feminine


def _acceptance_truth(ctx: DocContext) -> dict[str, str]:
    p = ctx.shown("acceptance_certificate")
    return person_truth(p) | {"association": ctx.association, "issue_date": ctx.acceptance_date.isoformat()}


def acceptance_acronym_letter(ctx: DocContext, rng: random.Random) -> Built:
    """A host letter signed by the president: acronym first, full name once with 'ci-après', cites contract and visa."""
    p = ctx.shown("acceptance_certificate")
    c = p.country
    short = acronym(ctx.association)
    the = f"l'{short}" if short[0] in "AEIOU" else f"la {short}"
    f = Flow(family=rng.choice(("sans", "serif")), size=11)
    f.para(short, size=22, bold=True, after=0)
    f.para(ctx.association_address, size=9, after=22)
    f.para(f"{ctx.association_city}, le {fmt_date(ctx.acceptance_date, 'fr_long')}", align="right", after=18)
    f.para(f"Réf. : {short}/VOL/{ctx.acceptance_date.year}-{rng.randint(10, 99)}", size=9.5, after=14)
    f.para("ACCORD D'ACCUEIL EN MISSION DE VOLONTARIAT", bold=True, align="center", after=14)
    e = "e" if ctx.president.split()[0] in _WOMEN else ""
    f.para(f"Je soussigné{e} {ctx.president}, agissant en qualité de président{e} de l'association "
           f"« {ctx.association} » "
           f"(ci-après « {the} »), dont le siège est situé {ctx.association_address}, confirme que "
           f"{the} accueillera {civ(p, 'fr')} {p.surname.upper()} {p.given_names}, {ne(p)} le "
           f"{fmt_date(p.date_of_birth, 'dmy_slash')} à {p.place_of_birth} ({c.name_fr}), en qualité de volontaire.")
    f.para(f"La mission débutera le {fmt_date(ctx.contract_start, 'dmy_slash')} et s'achèvera le "
           f"{fmt_date(ctx.contract_end, 'dmy_slash')}. Un contrat de volontariat sera signé entre "
           f"{the} et l'intéressé{'e' if p.sex == 'F' else ''} avant son arrivée en France ; il lui "
           "permettra de solliciter auprès du consulat de France un visa de long séjour.")
    f.para(f"Pendant toute la durée de la mission, {the} prend en charge son accompagnement par un tuteur, "
           "sa formation et le versement de l'indemnité mensuelle.")
    f.para("Cette attestation est établie à la demande de l'intéressé(e) pour servir ce que de droit.", after=18)
    f.signature(squiggle(rng), label=f"{ctx.president}, président{e}")
    stamp(f.sheet, 330, f.y - 60, [short, ctx.association_city.upper(), "Le Président"])
    footer(f, f"{ctx.association} - {ctx.association_address}", pages="")
    return f.sheets, _acceptance_truth(ctx)


def acceptance_placement_sheet(ctx: DocContext, rng: random.Random) -> Built:
    """A host-placement sheet: particulars in a ruled table, the date only in the footer line."""
    p = ctx.shown("acceptance_certificate")
    c = p.country
    f = Flow(family="sans", size=10.5)
    f.para(ctx.association.upper(), bold=True, align="center", size=12.5, after=0)
    f.para(f"Service volontariat - {ctx.association_city}", align="center", size=9.5, after=20)
    f.title("Fiche de confirmation d'accueil", size=14)
    f.para("La structure d'accueil désignée ci-dessous confirme l'accueil du ou de la volontaire suivant(e) :",
           after=8)
    table(f, [("Volontaire", "Renseignements"),
              ("Nom de naissance", p.surname.upper()),
              ("Prénom(s)", p.given_names),
              ("Date et lieu de naissance", f"{fmt_date(p.date_of_birth, 'dmy_dot')} - {p.place_of_birth}"),
              ("Nationalité", c.nationality_fr),
              ("Passeport n°", p.passport_number)], (1, 1.6), header=True)
    table(f, [("Structure d'accueil", "Mission"),
              (f"{ctx.association}, {ctx.association_address}",
               f"Du {fmt_date(ctx.contract_start, 'dmy_dot')} au {fmt_date(ctx.contract_end, 'dmy_dot')}, "
               f"à {ctx.association_city}, à raison de 35 heures par semaine.")], (1, 1), header=True)
    f.para("Le contrat de volontariat sera transmis à l'intéressé(e) pour signature. Une indemnité mensuelle "
           "lui sera versée et un tuteur l'accompagnera.", after=16)
    f.signature(squiggle(rng), label="Visa du responsable de la structure d'accueil :")
    footer(f, f"Document établi le {fmt_date(ctx.acceptance_date, 'dmy_dot')} par {acronym(ctx.association)}",
           pages="Page {i}/{n}")
    return f.sheets, _acceptance_truth(ctx)


def acceptance_consulate_en(ctx: DocContext, rng: random.Random) -> Built:
    """An English letter to the French consulate supporting the visa application; ISO dates; no title."""
    p = ctx.shown("acceptance_certificate")
    c = p.country
    short = acronym(ctx.association)
    f = Flow(family="serif", size=11)
    f.para(f"{short} - {ctx.association}", bold=True, size=12.5, after=0)
    f.para(ctx.association_address, size=9.5, after=0)
    f.para("France", size=9.5, after=20)
    f.para(f"Consulate General of France in {rng.choice(c.cities)}", after=0)
    f.para("Visa Section", after=18)
    f.para(f"{ctx.association_city}, {fmt_date(ctx.acceptance_date, 'iso')}", after=14)
    f.para(f"Re: {p.surname.upper()} {p.given_names} - passport {p.passport_number} - volunteer placement",
           bold=True, after=10)
    f.para("Dear Consul,", after=6)
    f.para(f"{ctx.association} ({short}), an association recognised as being of public interest, has accepted "
           f"{civ(p, 'en')} {p.given_names} {p.surname.upper()}, a national of {c.name_en} born on "
           f"{fmt_date(p.date_of_birth, 'iso')}, as a volunteer. The mission will run from "
           f"{fmt_date(ctx.contract_start, 'iso')} to {fmt_date(ctx.contract_end, 'iso')} at our premises in "
           f"{ctx.association_city}.")
    f.para(f"Our volunteer contract has been sent to {'her' if p.sex == 'F' else 'him'} for signature. We would be "
           "grateful if you could examine the application for a long-stay visa accordingly. We will cover "
           "health insurance and pay the monthly allowance during the mission.")
    f.para("Yours sincerely,", after=6)
    f.signature(squiggle(rng), label="")
    f.para(f"{ctx.president}", bold=True, after=0)
    f.para(f"President, {short}", after=0)
    return f.sheets, _acceptance_truth(ctx)


def acceptance_letterhead_only(ctx: DocContext, rng: random.Random) -> Built:
    """The association named only in its letterhead and footer ('notre association' in the body); date under the signature."""
    p = ctx.shown("acceptance_certificate")
    c = p.country
    f = Flow(family="serif", size=11)
    f.para(ctx.association, bold=True, size=16, align="center", after=0)
    f.para("Association reconnue d'utilité publique", size=9, align="center", after=24)
    f.title("Attestation d'accueil", size=14)
    f.para(f"{'Madame' if p.sex == 'F' else 'Monsieur'} {p.given_names} {p.surname.upper()}, {ne(p)} le "
           f"{fmt_date(p.date_of_birth, 'fr_long')} à {p.place_of_birth} ({c.name_fr}), a été "
           f"{'retenue' if p.sex == 'F' else 'retenu'} pour effectuer une mission de volontariat au sein de notre "
           f"association, du {fmt_date(ctx.contract_start, 'dmy_dot')} au {fmt_date(ctx.contract_end, 'dmy_dot')}.")
    f.para("Nous nous engageons à l'accueillir dans nos locaux, à lui désigner un tuteur et à lui verser "
           "l'indemnité prévue. Cette attestation est remise à l'intéressé(e) pour sa demande de visa de long "
           "séjour auprès des autorités consulaires.", after=20)
    f.para("La directrice,", after=12)
    f.signature(squiggle(rng))
    f.para(f"le {fmt_date(ctx.acceptance_date, 'dmy_dot')}", after=0)
    footer(f, f"{ctx.association} - {ctx.association_address} - association loi 1901", pages="")
    return f.sheets, _acceptance_truth(ctx)


# --------------------------------------------------------------------------- approval decisions


def _authority(ctx: DocContext) -> str:
    return ctx.approval_authority.split(",")[0]


def _prefect(ctx: DocContext) -> bool:
    return ctx.approval_authority.startswith("Préfet")


def _region(ctx: DocContext) -> str:
    return ctx.approval_authority.split("région ")[1].split(",")[0] if _prefect(ctx) else ""


def _seat(ctx: DocContext) -> str:
    return ctx.association_address if ctx.approval_association == ctx.association else "Paris"


def _decision_truth(ctx: DocContext) -> dict[str, str]:
    return {"association": ctx.approval_association, "decision_date": ctx.approval_date.isoformat(),
            "authority": _authority(ctx)}


def decision_arrete_considerants(ctx: DocContext, rng: random.Random) -> Built:
    """A prefectoral arrêté (or the agency's decision) with Vu, Considérant, numbered articles, footer '1/2'."""
    prefect = _prefect(ctx)
    f = Flow(family="serif", size=10.5)
    if prefect:
        f.para(f"PRÉFET DE LA RÉGION {_region(ctx).upper()}", bold=True, after=0)
        f.para("Direction régionale académique à la jeunesse, à l'engagement et aux sports", size=9, after=0)
        f.para("Service jeunesse et engagement", size=9, after=22)
        f.para(f"Arrêté n° {ctx.approval_number}", bold=True, align="center", after=2)
        f.para("portant agrément au titre de l'engagement de service civique", align="center", after=14)
        f.para(f"LE {_authority(ctx).upper()},", bold=True, after=2)
        f.para("Chevalier de la Légion d'honneur,", size=9.5, after=10)
    else:
        f.para("AGENCE DU SERVICE CIVIQUE", bold=True, after=0)
        f.para("95 avenue de France - 75013 Paris", size=9, after=22)
        f.para(f"Décision n° {ctx.approval_number}", bold=True, align="center", after=2)
        f.para("portant agrément au titre de l'engagement de service civique", align="center", after=14)
        f.para("LA DIRECTRICE GÉNÉRALE DE L'AGENCE DU SERVICE CIVIQUE,", bold=True, after=10)
    vus = ["Vu le code du service national, notamment le titre Ier bis de son livre Ier ;",
           "Vu la loi n° 2010-241 du 10 mars 2010 relative au service civique ;",
           "Vu le décret n° 2010-485 du 12 mai 2010 relatif au service civique ;",
           f"Vu le dossier de demande d'agrément déposé le "
           f"{fmt_date(ctx.approval_date.replace(day=1), 'dmy_slash')} par l'association ;"]
    if prefect:
        vus.insert(2, f"Vu l'arrêté portant délégation de signature du {_authority(ctx)} ;")
    for vu in vus:
        f.para(vu, after=3)
    f.para("Considérant que l'association dispose de l'organisation et des moyens lui permettant d'accueillir "
           "et d'accompagner des volontaires ;", after=3)
    f.para("Considérant que les missions proposées revêtent un caractère d'intérêt général ;", after=3)
    f.para("Sur proposition du délégué régional académique à la jeunesse," if prefect
           else "Sur proposition du directeur des opérations,", after=10)
    f.para("ARRÊTE" if prefect else "DÉCIDE", bold=True, align="center", after=10)
    f.para(f"Article premier - L'association dénommée « {ctx.approval_association} », dont le siège social est "
           f"situé {_seat(ctx)}, ci-après « l'organisme », est agréée au titre de l'engagement de service civique "
           "et du volontariat associatif.")
    f.para(f"Article 2 - L'agrément est délivré sous le numéro {ctx.approval_number} pour une durée de cinq ans "
           "à compter de la date de signature du présent acte.")
    f.para("Article 3 - Les contrats de volontariat conclus par l'organisme mentionnent ce numéro. L'organisme "
           "transmet chaque année un bilan des missions réalisées.")
    f.para("Article 4 - Le présent acte peut faire l'objet d'un recours devant le tribunal administratif dans "
           "un délai de deux mois à compter de sa notification.")
    f.para(f"Article 5 - {'Le secrétaire général pour les affaires régionales' if prefect else 'Le directeur des opérations'}"
           " est chargé de l'exécution du présent acte, qui sera notifié à l'organisme.", after=16)
    f.need(130)
    f.para(f"Fait à {ctx.association_city if prefect else 'Paris'}, le {fmt_date(ctx.approval_date, 'fr_long')}",
           align="right", after=4)
    f.para("Pour le préfet de région et par délégation," if prefect else "La directrice générale,",
           align="right", after=0)
    f.signature(squiggle(rng))
    footer(f, "Recueil des actes administratifs" if prefect else "Agence du Service Civique")
    return f.sheets, _decision_truth(ctx)


def decision_ministry_table(ctx: DocContext, rng: random.Random) -> Built:
    """A decision whose dated title heads a table of the approved body; the signing office in a block."""
    prefect = _prefect(ctx)
    f = Flow(family="sans", size=10)
    f.para("RÉPUBLIQUE FRANÇAISE", bold=True, align="center", size=11, after=0)
    if prefect:
        f.para(f"Préfecture de la région {_region(ctx)}", align="center", after=20)
        what = "Décision préfectorale"
    else:
        f.para("Ministère de l'Éducation nationale et de la Jeunesse", align="center", after=0)
        f.para("Direction de la jeunesse, de l'éducation populaire et de la vie associative", align="center",
               size=9, after=20)
        what = "Décision ministérielle"
    f.title(f"{what} du {fmt_date(ctx.approval_date, 'fr_long')}", size=13)
    f.para("relative à l'agrément d'un organisme pour l'accueil de volontaires", align="center", after=14)
    f.para(f"Autorité : {ctx.approval_authority}", after=10)
    f.para("Il est décidé d'agréer l'organisme désigné dans le tableau ci-dessous, pour les missions de "
           "volontariat qu'il propose sur le territoire national.", after=8)
    table(f, [("Organisme", "Siège", "N° d'agrément", "Durée"),
              (ctx.approval_association, _seat(ctx), ctx.approval_number, "5 ans")], (1.5, 1.5, 1.2, 0.6),
          header=True, size=9.5)
    f.para("L'organisme s'engage à conclure avec chaque volontaire un contrat écrit et à lui assurer un "
           "tutorat. Le non-respect de ces engagements peut entraîner le retrait de l'agrément.", after=18)
    f.signature(squiggle(rng), label=("Pour le préfet et par délégation, le secrétaire général" if prefect else
                                       "Pour le ministre et par délégation, le chef de bureau"))
    return f.sheets, _decision_truth(ctx)


def decision_service_letter(ctx: DocContext, rng: random.Random) -> Built:
    """A service's letter to the association notifying the approval: its own date on top, the decision's in a sentence."""
    prefect = _prefect(ctx)
    sent = ctx.approval_date + days(rng.randint(3, 20))
    f = Flow(family=rng.choice(("sans", "serif")), size=10.5)
    if prefect:
        f.para(f"Préfecture de la région {_region(ctx)}", bold=True, after=0)
        f.para("Service départemental à la jeunesse, à l'engagement et aux sports", size=9, after=0)
    else:
        f.para("Agence du Service Civique", bold=True, after=0)
        f.para("Pôle agrément et contrôle", size=9, after=0)
    f.para(f"Affaire suivie par : {rng.choice(('M. Laurent Petit', 'Mme Nadia Benhamou', 'Mme Julie Garnier'))}",
           size=9, after=0)
    f.para(f"Nos réf. : AGR/{ctx.approval_date.year}/{rng.randint(100, 999)}", size=9, after=16)
    f.para("Madame ou Monsieur le Président", align="right", after=0)
    f.para(ctx.approval_association, align="right", after=0)
    f.para(_seat(ctx), align="right", after=18)
    f.para(f"{ctx.association_city if prefect else 'Paris'}, le {fmt_date(sent, 'dmy_slash')}", align="right",
           after=14)
    f.para("Objet : notification d'agrément", bold=True, after=0)
    f.para(f"P.J. : {'arrêté' if prefect else 'décision'} n° {ctx.approval_number}", after=12)
    f.para("Madame, Monsieur le Président,", after=6)
    f.para(f"Par {'arrêté' if prefect else 'décision'} en date du {fmt_date(ctx.approval_date, 'fr_long')}, dont "
           f"vous trouverez une copie ci-jointe, l'agrément sollicité a été accordé à l'association "
           f"{ctx.approval_association} pour une durée de cinq ans.")
    f.para("Je vous rappelle que les contrats de volontariat que vous conclurez devront mentionner le numéro "
           "d'agrément et que tout changement de statuts ou d'adresse doit nous être signalé.")
    f.para("Je vous prie d'agréer, Madame, Monsieur le Président, l'expression de mes salutations distinguées.",
           after=14)
    f.signature(squiggle(rng), label=f"Pour le {_authority(ctx)}, le chef de service" if prefect
                else "La responsable du pôle agrément")
    return f.sheets, _decision_truth(ctx)
