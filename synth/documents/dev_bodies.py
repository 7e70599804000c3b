"""Fifth batch of development families: one association, and the body that approved it, written as people write them.

Modelled on how one body's name drifts from paper to paper in a real file: a contract
signed by a federation's local delegation, the acronym with dots beside the name in
capitals and its legal form ("association loi 1901 reconnue d'utilité publique"); a
letterhead that breaks the name over two lines and a body that only says "dite
« ASEP »" and then the acronym; an acceptance letter naming the association only by
its dotted acronym in the letterhead and the signature block; an English letter giving
the name in translation with the French original once in brackets; an arrêté naming
the association in capitals after "l'association dénommée", the deciding authority over
two lines and again in a stamp; a certified English translation of the approval
("Issued by: Prefect of ..."), the association's French name once in quotes.
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, civ, ne, person_truth, squiggle
from synth.documents.dev_common import acronym, footer, stamp
from synth.documents.registry import caps
from synth.formats import fmt_date
from synth.layout import A4, Flow, Stroke

# How an English-speaking writer renders each association's name (the generator's seven).
_ENGLISH = {
    "Association Solidarité Entraide Paris": "Paris Solidarity and Mutual Aid Association",
    "Fondation Horizons Partagés": "Shared Horizons Foundation",
    "Les Jardins de la Fraternité": "The Gardens of Fraternity",
    "Association Main Tendue": "Helping Hand Association",
    "Secours Solidaire des Quartiers": "Neighbourhood Solidarity Relief",
    "Réseau Accueil et Dignité": "Welcome and Dignity Network",
    "Fondation Lumière pour Tous": "Light for All Foundation",
}
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")
_SIGNERS = ("Mathilde Carrel", "Yannick Le Bihan", "Samia Ouali", "Thierry Vasseur")


def _dotted(name: str) -> str:
    return ".".join(acronym(name)) + "."


def _legal_form(name: str) -> str:
    return "fondation reconnue d'utilité publique" if name.startswith("Fondation") else "association loi 1901"


def _split_two(name: str) -> tuple[str, str]:
    """A name broken over two letterhead lines, at the word nearest its middle."""
    words = name.split()
    cut = max(1, len(words) // 2)
    return " ".join(words[:cut]), " ".join(words[cut:])


def _contract_truth(ctx: DocContext, lang: str) -> dict[str, str]:
    p = ctx.shown("volunteer_contract")
    return person_truth(p) | {
        "association": ctx.association, "start_date": ctx.contract_start.isoformat(),
        "end_date": ctx.contract_end.isoformat(), "signature_date": ctx.contract_signed.isoformat(),
        "mission": ctx.mission, "language": lang,
    }


def _mission_sentence(ctx: DocContext) -> str:
    tail = (" Cette mission revêt un caractère social et humanitaire." if ctx.mission_social else "")
    return f"Le volontaire aura pour mission de {ctx.mission}.{tail}"


def _sign_two(f: Flow, rng: random.Random, left: list[str], right: list[str]) -> None:
    f.need(130)
    y = f.y + 14
    for i, line in enumerate(left):
        f.sheet.text(f.margin, y + 14 * i, line, 10, family=f.family)
    for i, line in enumerate(right):
        f.sheet.text(A4[0] / 2 + 20, y + 14 * i, line, 10, family=f.family)
    low = y + 14 * max(len(left), len(right)) + 24
    for x0 in (f.margin + 20, A4[0] / 2 + 40):
        f.sheet.add(Stroke(tuple((x0 + x, low + yy) for x, yy in squiggle(rng)), width=1.4, rgb=(0.1, 0.15, 0.45)))
    f.y = low + 40


# --------------------------------------------------------------------------- contracts


def contract_local_delegation(ctx: DocContext, rng: random.Random) -> Built:
    """Signed by the federation's local delegation: name in capitals with '– délégation de ...', dotted acronym,
    legal form after it; 'la Délégation' in the clauses."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    name, dots = ctx.association, _dotted(ctx.association)
    f = Flow(family="sans", size=10)
    f.para(caps(name), bold=True, size=12, after=0)
    f.para(f"Délégation de {ctx.association_city} - {ctx.association_address}", size=9, after=20)
    f.title("Contrat d'engagement de volontariat", size=13.5)
    f.para("Entre les soussignés :", after=4)
    f.para(f"{caps(name)} ({dots}) - DÉLÉGATION DE {caps(ctx.association_city)}, {_legal_form(name)}, "
           f"agissant pour le compte de la fédération, représentée par {ctx.president}, délégué(e) territorial(e), "
           "ci-après « la Délégation »,", indent=14)
    f.para("d'une part, et", after=4)
    f.para(f"{civ(p, 'fr')} {p.surname.upper()} {p.given_names}, {ne(p)} le {fmt_date(p.date_of_birth, 'dmy_slash')} "
           f"à {p.place_of_birth} ({c.name_fr}), passeport n° {p.passport_number}, ci-après « le volontaire »,",
           indent=14)
    f.para("d'autre part,", after=10)
    f.para("il a été convenu ce qui suit.", after=8)
    arts = [
        ("Objet", _mission_sentence(ctx)),
        ("Durée", f"Le contrat prend effet le {fmt_date(ctx.contract_start, 'fr_long')} et prend fin le "
                  f"{fmt_date(ctx.contract_end, 'fr_long')}."),
        ("Conditions", "La Délégation verse au volontaire une indemnité mensuelle et lui désigne un tuteur. "
                       "Le volontaire est affilié au régime général de sécurité sociale."),
        ("Séjour", "Le volontaire s'engage à quitter le territoire français au terme de sa mission ; cet "
                   "engagement écrit est joint au présent contrat."),
    ]
    for i, (head, body) in enumerate(arts, 1):
        f.para(f"Article {i} - {head}", bold=True, after=1)
        f.para(body, after=6)
    f.para(f"Fait en deux exemplaires à {ctx.association_city}, le {fmt_date(ctx.contract_signed, 'dmy_slash')}.",
           after=6)
    _sign_two(f, rng, [f"Pour {dots}", f"délégation de {ctx.association_city}"],
              ["Le volontaire", "« lu et approuvé »"])
    footer(f, f"{dots} - {_legal_form(name)} - {ctx.association_address}")
    return f.sheets, _contract_truth(ctx, "fr")


def contract_dite_acronym(ctx: DocContext, rng: random.Random) -> Built:
    """Letterhead breaking the name over two lines; the body says 'l'association ..., dite « ASEP »' once and then
    only the acronym; signed 'Pour l'ASEP'."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    short = acronym(ctx.association)
    top, bottom = _split_two(ctx.association)
    f = Flow(family="serif", size=10.5)
    f.para(top, bold=True, size=15, after=0)
    f.para(bottom, bold=True, size=15, after=2)
    f.para(f"{ctx.association_address} · Tél. 01 {rng.randint(40, 79)} {rng.randint(10, 99)} "
           f"{rng.randint(10, 99)} {rng.randint(10, 99)}", size=8.5, after=22)
    f.title("CONVENTION DE VOLONTARIAT", size=14)
    # "l'Association Main Tendue", "la Fondation ...", "l'association Les Jardins ...": the article before the name
    the = {"Association": "l'", "Fondation": "la "}.get(ctx.association.split()[0], "l'association ")
    f.para(f"La présente convention est conclue entre {the}{ctx.association}, dite « {short} », "
           f"dont le siège est au {ctx.association_address}, et {civ(p, 'fr')} {p.given_names} "
           f"{p.surname.upper()}, {ne(p)} le {fmt_date(p.date_of_birth, 'fr_long')} à {p.place_of_birth} "
           f"({c.name_fr}).", after=8)
    f.para(f"1. {short} accueille le volontaire du {fmt_date(ctx.contract_start, 'dmy_dot')} au "
           f"{fmt_date(ctx.contract_end, 'dmy_dot')} inclus.", after=4)
    f.para(f"2. {_mission_sentence(ctx)}", after=4)
    f.para(f"3. {short} prend en charge la formation du volontaire et lui verse une indemnité mensuelle ; "
           "le volontaire ne perçoit aucun salaire.", after=4)
    f.para("4. Le volontaire, titulaire d'un visa de long séjour, s'engage à quitter la France à la fin de la "
           "convention.", after=12)
    f.para(f"Signé à {ctx.association_city} le {fmt_date(ctx.contract_signed, 'dmy_slash')}", after=4)
    _sign_two(f, rng, [f"Pour {short},", ctx.president], ["Le / la volontaire,", f"{p.given_names} {p.surname.upper()}"])
    return f.sheets, _contract_truth(ctx, "fr")


# --------------------------------------------------------------------------- acceptance certificates


def _acceptance_truth(ctx: DocContext) -> dict[str, str]:
    p = ctx.shown("acceptance_certificate")
    return person_truth(p) | {"association": ctx.association, "issue_date": ctx.acceptance_date.isoformat()}


def acceptance_dotted_letterhead(ctx: DocContext, rng: random.Random) -> Built:
    """The association only by its dotted acronym on top, its full name in small type over two lines under it,
    'notre association' in the body, signed 'Pour l'A.S.E.P., la coordinatrice'."""
    p = ctx.shown("acceptance_certificate")
    c = p.country
    dots = _dotted(ctx.association)
    top, bottom = _split_two(ctx.association)
    f = Flow(family="sans", size=10.5)
    f.para(dots, bold=True, size=24, after=0)
    f.para(top, size=9, after=0)
    f.para(bottom, size=9, after=0)
    f.para(ctx.association_address, size=8.5, after=24)
    f.para(f"{ctx.association_city}, le {fmt_date(ctx.acceptance_date, 'fr_long')}", align="right", after=16)
    f.title("Attestation d'accueil d'un volontaire", size=13)
    f.para(f"Nous attestons que {civ(p, 'fr')} {p.surname.upper()} {p.given_names}, {ne(p)} le "
           f"{fmt_date(p.date_of_birth, 'dmy_slash')} à {p.place_of_birth} ({c.name_fr}), est accueilli"
           f"{'e' if p.sex == 'F' else ''} au sein de notre association pour une mission de volontariat du "
           f"{fmt_date(ctx.contract_start, 'dmy_slash')} au {fmt_date(ctx.contract_end, 'dmy_slash')}.")
    f.para("Un contrat de volontariat lui sera proposé à son arrivée ; notre association assure son "
           "accompagnement et lui verse l'indemnité prévue.", after=18)
    f.signature(squiggle(rng), label=f"Pour {dots}, la coordinatrice")
    stamp(f.sheet, A4[0] - f.margin - 170, f.y - 70, [dots, caps(ctx.association_city), "Service volontariat"])
    return f.sheets, _acceptance_truth(ctx)


def acceptance_english_translation(ctx: DocContext, rng: random.Random) -> Built:
    """An English letter naming the host by an English rendering of its name, the French original once in
    brackets with its legal form; signed 'for and on behalf of' the translated name."""
    p = ctx.shown("acceptance_certificate")
    c = p.country
    en = _ENGLISH.get(ctx.association, ctx.association)
    f = Flow(family="serif", size=11)
    f.para(en.upper(), bold=True, size=13, after=0)
    f.para(f"{ctx.association_address}, France", size=9, after=22)
    d = ctx.acceptance_date
    f.para(f"{ctx.association_city}, {d.day} {_MONTHS_EN[d.month - 1]} {d.year}", after=14)
    f.para("LETTER OF ACCEPTANCE - VOLUNTEER PLACEMENT", bold=True, after=10)
    f.para("To whom it may concern,", after=6)
    f.para(f"The {en} (« {ctx.association} », {_legal_form(ctx.association)}) confirms that it has accepted "
           f"{civ(p, 'en')} {p.given_names} {p.surname.upper()}, born on "
           f"{fmt_date(p.date_of_birth, 'dmy_slash')} in {p.place_of_birth}, {c.name_en}, as a volunteer from "
           f"{fmt_date(ctx.contract_start, 'dmy_slash')} to {fmt_date(ctx.contract_end, 'dmy_slash')}.")
    f.para(f"The {en} will provide a tutor, training and a monthly allowance, and will sign a volunteer "
           "contract with the volunteer before the long-stay visa application.", after=14)
    f.para("Yours faithfully,", after=4)
    f.signature(squiggle(rng), label="")
    f.para(ctx.president, bold=True, after=0)
    f.para(f"for and on behalf of the {en}", after=0)
    return f.sheets, _acceptance_truth(ctx)


# --------------------------------------------------------------------------- approval decisions


def _prefect(ctx: DocContext) -> bool:
    return ctx.approval_authority.startswith("Préfet")


def _authority(ctx: DocContext) -> str:
    return ctx.approval_authority.split(",")[0]


def _region(ctx: DocContext) -> str:
    return ctx.approval_authority.split("région ")[1].split(",")[0] if _prefect(ctx) else ""


def _decision_truth(ctx: DocContext, authority: str) -> dict[str, str]:
    return {"association": ctx.approval_association, "decision_date": ctx.approval_date.isoformat(),
            "authority": authority}


def decision_caps_stamp(ctx: DocContext, rng: random.Random) -> Built:
    """An arrêté: the authority over two lines on top and again in a stamp by the signature; the association in
    capitals after 'l'association dénommée', its legal form after a comma; dated 'Fait à'."""
    prefect = _prefect(ctx)
    name = ctx.approval_association
    f = Flow(family="serif", size=10.5)
    if prefect:
        head = ["PRÉFET", f"DE LA RÉGION {caps(_region(ctx))}"]
        auth = _authority(ctx)
    else:
        head = ["AGENCE DU", "SERVICE CIVIQUE"]
        auth = "Agence du Service Civique"
    for line in head:
        f.para(line, bold=True, size=11, after=0)
    f.para("Liberté - Égalité - Fraternité", size=8, after=22)
    f.para(f"ARRÊTÉ N° {ctx.approval_number}", bold=True, align="center", after=0)
    f.para("portant agrément d'un organisme d'accueil de volontaires", align="center", after=12)
    f.para("Vu le code du service national ;", after=2)
    f.para("Vu la demande d'agrément et les pièces produites à l'appui ;", after=8)
    f.para("ARRÊTE :", bold=True, align="center", after=6)
    f.para(f"Article 1er : L'association dénommée {caps(name)}, {_legal_form(name)}, dont le siège est à "
           f"{ctx.association_city if name == ctx.association else 'Paris'}, est agréée pour l'accueil de "
           "volontaires pour une durée de cinq ans.")
    f.para(f"Article 2 : Le numéro d'agrément est {ctx.approval_number}.")
    f.para("Article 3 : Le présent arrêté sera publié au recueil des actes administratifs.", after=14)
    city = ctx.association_city if prefect else "Paris"
    f.para(f"Fait à {city}, le {fmt_date(ctx.approval_date, 'dmy_slash')}", after=6)
    f.signature(squiggle(rng), label=("Pour le préfet et par délégation," if prefect else
                                      "Pour la directrice générale et par délégation,"))
    stamp(f.sheet, A4[0] - f.margin - 190, f.y - 80, [head[0], head[1], "Le Secrétaire général" if prefect
                                                      else "Direction des agréments"], w=190)
    return f.sheets, _decision_truth(ctx, auth)


def decision_translation_en(ctx: DocContext, rng: random.Random) -> Built:
    """A certified English translation of the approval: 'Issued by:' the authority in English, the association
    by its English name and its French name once in quotes; translator's certificate at the foot."""
    prefect = _prefect(ctx)
    name = ctx.approval_association
    en = _ENGLISH.get(name, name)
    issuer = (f"Prefect of the {_region(ctx)} region" if prefect
              else "French Civic Service Agency")
    f = Flow(family="sans", size=10.5)
    f.para("[Translation from French]", size=9, after=10)
    f.para("FRENCH REPUBLIC", bold=True, after=14)
    f.title("APPROVAL DECISION - VOLUNTEER HOSTING", size=13)
    f.para(f"Decision no. {ctx.approval_number} dated {fmt_date(ctx.approval_date, 'dmy_slash')}", after=4)
    f.para(f"Issued by: {issuer}", after=12)
    f.para(f"Article 1: The association known as « {name} » ({en}) is approved to host volunteers for a "
           "period of five years.")
    f.para("Article 2: This approval may be withdrawn if its conditions cease to be met.", after=14)
    f.para(f"Signed: for the {issuer}, by delegation, {rng.choice(_SIGNERS)}", after=4)
    f.para("[round stamp]", size=9, after=22)
    f.para("I, the undersigned sworn translator, certify that this is a true and faithful translation of the "
           "French original.", size=9, after=2)
    f.para(f"Sworn translator no. {rng.randint(1000, 9999)} - Cour d'appel de {ctx.association_city}", size=9)
    return f.sheets, _decision_truth(ctx, issuer)
