"""The volunteering mission's papers: contract, approval, departure commitment, acceptance certificate."""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, civ, ne, person_truth, squiggle
from synth.formats import fmt_date, pick_style
from synth.layout import Flow


def _association_letterhead(f: Flow, ctx: DocContext) -> None:
    f.para(ctx.association, size=14, bold=True, after=1)
    f.para(ctx.association_address, size=11, after=1)
    f.para("Association reconnue d'utilité publique", size=11, after=18)


def volunteer_contract(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("volunteer_contract")
    c = p.country
    lang = "fr" if rng.random() < 0.8 else "en"
    style = pick_style(rng, lang)
    d = lambda x: fmt_date(x, style)  # noqa: E731
    f = Flow(family=rng.choice(("serif", "sans")))
    _association_letterhead(f, ctx)
    if lang == "fr":
        f.title(rng.choice(("CONTRAT DE VOLONTARIAT", "CONTRAT DE VOLONTARIAT ASSOCIATIF")))
        f.para("Entre les soussignés :", bold=True)
        f.para(f"L'association {ctx.association}, association reconnue d'utilité publique, dont le siège est "
               f"situé {ctx.association_address}, représentée par {ctx.president}, en sa qualité de président(e), "
               "ci-après dénommée « l'association », d'une part,")
        f.para(f"Et {civ(p, 'fr')} {p.given_names} {p.surname.upper()}, {ne(p)} le {d(p.date_of_birth)} à "
               f"{p.place_of_birth} ({c.name_fr}), de nationalité {c.nationality_fr}, ci-après dénommé(e) "
               "« le volontaire », d'autre part,")
        f.para("Il a été convenu ce qui suit :", bold=True, after=10)
        arts = [
            ("Article 1 - Objet de la mission",
             (f"Objet de la mission : mission d'intérêt général à caractère social et humanitaire consistant à "
              f"{ctx.mission}. Cette mission vise à renforcer la cohésion sociale et à mener des actions de "
              "solidarité envers des personnes en difficulté résidant en France.") if ctx.mission_social else
             f"Objet de la mission : {ctx.mission}. Le volontaire accomplit les tâches que lui confie "
             "l'association dans ce cadre."),
            ("Article 2 - Durée",
             f"Le présent contrat prend effet le {d(ctx.contract_start)} et prend fin le {d(ctx.contract_end)}. "
             "Il ne peut être renouvelé au-delà d'une durée totale de vingt-quatre mois."),
            ("Article 3 - Lieu d'exercice",
             f"La mission s'exerce dans les locaux de l'association à {ctx.association_city} et auprès des "
             "personnes accompagnées."),
            ("Article 4 - Organisation du temps de mission",
             "La durée hebdomadaire de la mission est de trente-cinq heures, réparties sur cinq jours. Le volontaire "
             "bénéficie de deux jours de congé par mois de mission."),
            ("Article 5 - Indemnité",
             "Le volontaire perçoit une indemnité mensuelle qui n'a pas le caractère d'un salaire. Elle est versée "
             "à la fin de chaque mois. L'association prend en charge les frais de transport liés à la mission."),
            ("Article 6 - Protection sociale",
             "L'association affilie le volontaire au régime général de la sécurité sociale et souscrit à son "
             "bénéfice une assurance couvrant sa responsabilité civile pendant la mission."),
            ("Article 7 - Tutorat et formation",
             "Un tuteur désigné par l'association accompagne le volontaire tout au long de sa mission. Le "
             "volontaire suit une formation civique et citoyenne ainsi qu'une formation aux premiers secours."),
            ("Article 8 - Obligations du volontaire",
             "Le volontaire s'engage à respecter le projet associatif, la confidentialité des informations "
             "relatives aux personnes accompagnées et les règles de fonctionnement de l'association."),
            ("Article 9 - Fin du contrat",
             "Le contrat peut être rompu avant son terme par accord des parties, en cas de force majeure ou de faute "
             "grave, moyennant un préavis d'au moins un mois. Au terme de la mission, l'association délivre au "
             "volontaire une attestation de volontariat."),
        ]
        for head, body in arts:
            f.need(90)
            f.para(head, bold=True, after=2)
            f.para(body, after=10)
        f.new_page()
        f.para("Article 10 - Séjour en France", bold=True, after=2)
        f.para("Le volontaire de nationalité étrangère déclare être titulaire d'un visa de long séjour et s'engage "
               "à quitter le territoire français à l'issue de sa mission.", after=20)
        f.para(f"Fait à {ctx.association_city}, le {d(ctx.contract_signed)}, en deux exemplaires originaux.",
               after=18)
        f.signature(squiggle(rng), label=f"Pour l'association, {ctx.president}, président(e)")
        f.signature(squiggle(rng), label="Le volontaire (lu et approuvé)")
    else:
        f.title("VOLUNTEER CONTRACT (CONTRAT DE VOLONTARIAT)")
        f.para("Between the undersigned:", bold=True)
        f.para(f"The association {ctx.association}, recognised as being of public interest, whose registered "
               f"office is at {ctx.association_address}, represented by {ctx.president}, its president, hereinafter "
               "\"the association\", on the one hand,")
        f.para(f"And {civ(p, 'en')} {p.given_names} {p.surname.upper()}, born on {d(p.date_of_birth)} in "
               f"{p.place_of_birth} ({c.name_en}), a national of {c.name_en}, hereinafter \"the volunteer\", on the "
               "other hand,")
        f.para("It has been agreed as follows:", bold=True, after=10)
        arts = [
            ("Article 1 - Mission",
             (f"Mission: a mission of general interest of a social and humanitarian character, to "
              f"{ctx.mission} (mission à caractère social). The mission aims at strengthening social cohesion "
              "and at solidarity with disadvantaged people living in France.") if ctx.mission_social else
             f"Mission: to {ctx.mission} (in French in the original). The volunteer carries out the tasks the "
             "association gives within this mission."),
            ("Article 2 - Duration",
             f"This contract starts on {d(ctx.contract_start)} and ends on {d(ctx.contract_end)}."),
            ("Article 3 - Place", f"The mission takes place at the association's premises in {ctx.association_city}."),
            ("Article 4 - Working time",
             "The mission lasts thirty-five hours a week over five days, with two days of leave per month."),
            ("Article 5 - Allowance",
             "The volunteer receives a monthly allowance, which is not a salary, and the association pays "
             "the transport costs of the mission."),
            ("Article 6 - Social protection",
             "The association registers the volunteer with the French social security and insures the "
             "volunteer's civil liability during the mission."),
            ("Article 7 - Tutoring and training",
             "A tutor appointed by the association supports the volunteer throughout the mission. The volunteer "
             "follows a civic training and a first aid training."),
            ("Article 8 - Duties of the volunteer",
             "The volunteer respects the association's project, the confidentiality of information about the "
             "people supported and the association's rules."),
            ("Article 9 - End of the contract",
             "The contract may end early by mutual agreement, force majeure or serious misconduct, with one month's "
             "notice. At the end of the mission the association gives the volunteer a certificate."),
        ]
        for head, body in arts:
            f.need(90)
            f.para(head, bold=True, after=2)
            f.para(body, after=10)
        f.new_page()
        f.para("Article 10 - Stay in France", bold=True, after=2)
        f.para("The volunteer holds a long-stay visa and undertakes to leave French territory at the end of the "
               "mission.", after=20)
        f.para(f"Signed in {ctx.association_city} on {d(ctx.contract_signed)}, in two original copies.", after=18)
        f.signature(squiggle(rng), label=f"For the association, {ctx.president}, president")
        f.signature(squiggle(rng), label="The volunteer (read and approved)")
    _page_numbers(f)
    truth = person_truth(p) | {
        "association": ctx.association, "start_date": ctx.contract_start.isoformat(),
        "end_date": ctx.contract_end.isoformat(), "signature_date": ctx.contract_signed.isoformat(),
        "mission": ctx.mission, "language": lang,
    }
    return f.sheets, truth


def _page_numbers(f: Flow) -> None:
    n = len(f.sheets)
    for i, sh in enumerate(f.sheets, 1):
        sh.text(595 / 2, 842 - 30, f"{i}/{n}", 10, align="center", gray=0.3)


def approval_decision(ctx: DocContext, rng: random.Random) -> Built:
    style = pick_style(rng, "fr")
    d = lambda x: fmt_date(x, style)  # noqa: E731
    f = Flow(family="serif")
    prefect = ctx.approval_authority.startswith("Préfet")
    f.para("RÉPUBLIQUE FRANÇAISE", bold=True, after=1)
    f.para("Liberté - Égalité - Fraternité", size=10, after=8)
    if prefect:
        f.para(f"PRÉFECTURE {('DE LA RÉGION ' + ctx.approval_authority.split('région ')[1].split(',')[0]).upper()}",
               bold=True, after=18)
        kind = "ARRÊTÉ"
        f.title(f"Arrêté n° {ctx.approval_number} portant agrément de l'association {ctx.approval_association} "
                "au titre de l'engagement de service civique", size=13.5)
        f.para(f"Le {ctx.approval_authority},", bold=True)
    else:
        f.para("MINISTÈRE CHARGÉ DE LA JEUNESSE", bold=True, after=1)
        f.para("Agence du Service Civique", after=18)
        kind = "DÉCIDE"
        f.title(f"Décision n° {ctx.approval_number} portant agrément de l'association {ctx.approval_association} "
                "au titre du volontariat associatif et de l'engagement de service civique", size=13.5)
        f.para("La directrice de l'Agence du Service Civique, par délégation du Ministre chargé de la jeunesse,",
               bold=True)
    for vu in ("Vu le code du service national, notamment ses articles L. 120-1 et suivants et R. 121-1 et suivants ;",
               "Vu la loi n° 2010-241 du 10 mars 2010 relative au service civique ;",
               f"Vu la demande d'agrément présentée par l'association {ctx.approval_association} ;",
               "Considérant que les missions proposées présentent un caractère social et humanitaire et relèvent "
               "de l'intérêt général ;"):
        f.para(vu, after=4)
    f.para(f"{kind} :" if kind == "DÉCIDE" else "ARRÊTE :", bold=True, align="center", after=8)
    f.para(f"Article 1er - L'association {ctx.approval_association}, dont le siège est situé "
           f"{ctx.association_address if ctx.approval_association == ctx.association else 'à Paris'}, est agréée "
           f"au titre de l'engagement de service civique et du volontariat pour une durée de cinq ans à compter "
           f"du {d(ctx.approval_date)}.")
    f.para(f"Article 2 - Le numéro d'agrément attribué est {ctx.approval_number}.")
    f.para("Article 3 - Le présent agrément peut être retiré si les conditions de sa délivrance cessent d'être "
           "remplies. Il sera publié au recueil des actes administratifs.")
    f.space(10)
    f.para(f"Fait à Paris, le {d(ctx.approval_date)}")
    f.para("Le Préfet," if prefect else "Pour le Ministre et par délégation,", after=2)
    f.signature(squiggle(rng))
    authority = ctx.approval_authority.split(",")[0]
    truth = {"association": ctx.approval_association, "decision_date": ctx.approval_date.isoformat(),
             "authority": authority}
    return f.sheets, truth


def departure_commitment(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("departure_commitment")
    c = p.country
    lang = "fr" if rng.random() < 0.75 else "en"
    style = pick_style(rng, lang)
    d = lambda x: fmt_date(x, style)  # noqa: E731
    f = Flow(family=rng.choice(("sans", "serif")), size=12)
    f.para(f"{p.given_names} {p.surname.upper()}", after=1)
    f.para(f"c/o {ctx.association}", after=1)
    f.para(ctx.association_address, after=24)
    f.para(f"À l'attention de Monsieur le Préfet de {ctx.association_city}" if lang == "fr"
           else f"To the Prefect of {ctx.association_city}", align="right", after=20)
    if lang == "fr":
        f.para("Objet : engagement de quitter le territoire français à l'issue de ma mission", bold=True, after=14)
        f.para("Madame, Monsieur,")
        f.para(f"Je soussigné(e) {p.given_names} {p.surname.upper()}, {ne(p)} le {d(p.date_of_birth)} à "
               f"{p.place_of_birth} ({c.name_fr}), de nationalité {c.nationality_fr}, volontaire auprès de "
               f"l'association {ctx.association}, m'engage à quitter le territoire français à l'issue de ma "
               f"mission de volontariat, prévue le {d(ctx.contract_end)}.")
        f.para("Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.", after=16)
        f.para(f"Fait à {ctx.association_city}, le {d(ctx.commitment_date)}")
        f.signature(squiggle(rng), label="Signature :")
    else:
        f.para("Subject: commitment to leave French territory at the end of my mission", bold=True, after=14)
        f.para("Dear Sir or Madam,")
        f.para(f"I, the undersigned, {p.given_names} {p.surname.upper()}, born on {d(p.date_of_birth)} in "
               f"{p.place_of_birth} ({c.name_en}), a national of {c.name_en}, volunteer with the association "
               f"{ctx.association}, undertake to leave French territory at the end of my volunteer mission, "
               f"planned for {d(ctx.contract_end)}.")
        f.para("Yours faithfully,", after=16)
        f.para(f"Done in {ctx.association_city}, on {d(ctx.commitment_date)}")
        f.signature(squiggle(rng), label="Signature:")
    truth = person_truth(p, dob=True) | {"signature_date": ctx.commitment_date.isoformat(),
                                          "commits_to_leave": "true", "language": lang}
    return f.sheets, truth


def acceptance_certificate(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("acceptance_certificate")
    c = p.country
    style = pick_style(rng, "fr")
    d = lambda x: fmt_date(x, style)  # noqa: E731
    f = Flow(family=rng.choice(("sans", "serif")), size=12)
    _association_letterhead(f, ctx)
    f.title(rng.choice(("ATTESTATION D'ACCUEIL", "CERTIFICAT D'ACCEPTATION",
                        "ATTESTATION D'ACCUEIL / CERTIFICAT D'ACCEPTATION")))
    f.para(f"Je soussigné(e) {ctx.president}, président(e) de l'association {ctx.association}, association "
           f"reconnue d'utilité publique, atteste que {civ(p, 'fr')} {p.given_names} {p.surname.upper()}, "
           f"{ne(p)} le {d(p.date_of_birth)} à {p.place_of_birth} ({c.name_fr}), de nationalité "
           f"{c.nationality_fr}, est {'acceptée' if p.sex == 'F' else 'accepté'} en qualité de volontaire au sein "
           f"de notre association pour une mission consistant à {ctx.mission}, du {d(ctx.contract_start)} au "
           f"{d(ctx.contract_end)}.")
    f.para("L'association s'engage à accueillir le volontaire, à assurer son tutorat et à lui verser "
           "l'indemnité prévue au contrat de volontariat.")
    f.para("La présente attestation est délivrée pour servir et valoir ce que de droit.", after=16)
    f.para(f"Fait à {ctx.association_city}, le {d(ctx.acceptance_date)}")
    f.signature(squiggle(rng), label="Le président / La présidente")
    truth = person_truth(p) | {"association": ctx.association, "issue_date": ctx.acceptance_date.isoformat()}
    return f.sheets, truth
