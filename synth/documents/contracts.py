"""More template families for the volunteer contract.

Real contracts carry their title on page 1 only (later pages are bare "Article N"
continuations), are sometimes signed by a federation or a town hall for the
association with an "agrément n°" reference, leave dotted blanks filled by hand,
and come in English or bilingual versions.
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, civ, ne, person_truth, squiggle
from synth.formats import fmt_date
from synth.layout import Flow

_SOCIAL = ("Cette mission présente un caractère social et humanitaire : elle s'adresse à des personnes "
           "fragiles ou isolées et vise à lutter contre l'exclusion.")
_SOCIAL_EN = "This mission has a social and humanitarian character: it serves vulnerable or isolated people."

_BODY_FR = (
    ("Temps de mission", "Le volontaire effectue sa mission à raison de trente heures par semaine au moins."),
    ("Indemnité", "Une indemnité mensuelle, qui n'est pas un salaire, est versée au volontaire."),
    ("Couverture sociale", "Le volontaire est affilié au régime général de sécurité sociale et assuré en "
                           "responsabilité civile."),
    ("Accompagnement", "Un tuteur suit le volontaire ; une formation civique lui est proposée."),
    ("Congés", "Le volontaire bénéficie de deux jours de congé par mois de mission."),
    ("Rupture", "Le contrat peut être rompu par accord des parties ou en cas de faute grave, avec un préavis "
                "d'un mois."),
    ("Litiges", "Les litiges relèvent du tribunal judiciaire du siège de l'organisme."),
)


def _truth(ctx: DocContext, p_dob: bool, lang: str) -> dict[str, str]:
    p = ctx.shown("volunteer_contract")
    return person_truth(p, dob=p_dob) | {
        "association": ctx.association, "start_date": ctx.contract_start.isoformat(),
        "end_date": ctx.contract_end.isoformat(), "signature_date": ctx.contract_signed.isoformat(),
        "mission": ctx.mission, "language": lang,
    }


def _mission_fr(ctx: DocContext) -> str:
    return f"Le volontaire a pour mission de {ctx.mission}. " + (_SOCIAL if ctx.mission_social else "")


def _articles(f: Flow, arts: list[tuple[str, str]], start: int = 1, word: str = "Article") -> None:
    for i, (head, body) in enumerate(arts, start):
        f.need(80)
        f.para(f"{word} {i} - {head}", bold=True, after=2)
        f.para(body, after=9)


def contract_convention(ctx: DocContext, rng: random.Random) -> Built:
    """A "convention d'engagement": labelled particulars first, then short articles; dates with dots."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    f = Flow(family="sans", size=10.5)
    f.title("CONVENTION D'ENGAGEMENT DE VOLONTARIAT", size=15)
    f.para("Conditions particulières", bold=True, after=6)
    for label, value in (("Organisme d'accueil", ctx.association), ("Adresse", ctx.association_address),
                         ("Nom du volontaire", p.surname.upper()), ("Prénom(s)", p.given_names),
                         ("Date de naissance", fmt_date(p.date_of_birth, "dmy_dot")),
                         ("Nationalité", c.nationality_fr),
                         ("Date de début de la mission", fmt_date(ctx.contract_start, "dmy_dot")),
                         ("Date de fin de la mission", fmt_date(ctx.contract_end, "dmy_dot"))):
        f.para(f"{label} : {value}", after=3)
    f.space(10)
    f.para("Conditions générales", bold=True, after=6)
    _articles(f, [("Mission", _mission_fr(ctx)), *_BODY_FR])
    f.need(200)
    f.para(f"Fait en deux exemplaires à {ctx.association_city}, le {fmt_date(ctx.contract_signed, 'dmy_dot')}.",
           after=14)
    f.signature(squiggle(rng), label="Pour l'organisme d'accueil")
    f.signature(squiggle(rng), label="Le/la volontaire")
    return f.sheets, _truth(ctx, True, "fr")


def contract_agreement_en(ctx: DocContext, rng: random.Random) -> Built:
    """An English "volunteering agreement" with clauses numbered 1.1, 1.2 ..."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    f = Flow(family="serif", size=11)
    f.para(ctx.association, bold=True, size=13, after=18)
    f.title("VOLUNTEERING AGREEMENT", size=15)
    f.para(f"This agreement is made between {ctx.association}, {ctx.association_address} (the \"Host\"), and "
           f"{civ(p, 'en')} {p.given_names} {p.surname.upper()}, born {fmt_date(p.date_of_birth, 'en_day_first')} "
           f"in {p.place_of_birth}, {c.name_en} (the \"Volunteer\").", after=10)
    clauses = [
        ("1. Placement", f"1.1 The Volunteer will {ctx.mission} (in French: \"{ctx.mission}\"). "
                         + (_SOCIAL_EN if ctx.mission_social else "")),
        ("2. Term", f"2.1 Commencement date: {fmt_date(ctx.contract_start, 'en_long')}. "
                    f"2.2 Termination date: {fmt_date(ctx.contract_end, 'en_long')}."),
        ("3. Allowance", "3.1 The Host pays a monthly allowance, which is not a wage."),
        ("4. Insurance", "4.1 The Host registers the Volunteer with French social security."),
        ("5. Support", "5.1 A named mentor supports the Volunteer; civic training is provided."),
        ("6. Leave", "6.1 Two days of leave per month of service."),
        ("7. Ending", "7.1 Either party may end this agreement with one month's notice."),
    ]
    for head, body in clauses:
        f.need(70)
        f.para(head, bold=True, after=2)
        f.para(body, after=8)
    f.need(200)
    f.para(f"Signed at {ctx.association_city} on {fmt_date(ctx.contract_signed, 'en_long')}.", after=14)
    f.signature(squiggle(rng), label="For the Host")
    f.signature(squiggle(rng), label="The Volunteer")
    return f.sheets, _truth(ctx, True, "en")


def contract_federation(ctx: DocContext, rng: random.Random) -> Built:
    """Signed by a federation holding the approval, blanks filled by hand, title on page 1 only."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    federation = rng.choice(("Fédération des Associations Solidaires", "Union Régionale des Centres Sociaux",
                             "Ligue de l'Enseignement - Fédération départementale"))
    f = Flow(family="serif", size=11)
    f.para(federation, bold=True, after=1)
    f.para(f"Structure agréée - agrément n° {ctx.approval_number}", size=10, after=18)
    f.title("CONTRAT D'ENGAGEMENT DE VOLONTARIAT ASSOCIATIF", size=14)
    f.para(f"La {federation}, agissant pour le compte de son association membre {ctx.association}, "
           f"{ctx.association_address}, lieu d'accueil du volontaire,", after=8)
    f.para("et le/la volontaire :", after=6)
    for label, value in (("Nom", p.surname.upper()), ("Prénoms", p.given_names),
                         ("Né(e) le", fmt_date(p.date_of_birth, "dmy_slash")),
                         ("à", f"{p.place_of_birth} ({c.name_fr})")):
        f.para(f"{label} : " + "." * 40, after=0)
        f.sheet.text(f.margin + 90, f.y - 2, value, 12.5, family="hand")  # filled in by hand
        f.space(10)
    f.space(6)
    f.para("conviennent de ce qui suit :", after=10)
    _articles(f, [("Objet", _mission_fr(ctx)),
                  ("Durée", f"Le contrat est conclu du {fmt_date(ctx.contract_start, 'fr_long')} au "
                            f"{fmt_date(ctx.contract_end, 'fr_long')} inclus."),
                  *_BODY_FR, *_BODY_FR[:3]])
    f.need(210)
    f.para(f"Fait à {ctx.association_city}, le {fmt_date(ctx.contract_signed, 'fr_long')}", after=14)
    f.signature(squiggle(rng), label=f"Pour la fédération, par délégation, {ctx.president}")
    f.signature(squiggle(rng), label="Le/la volontaire, précédé de « lu et approuvé »")
    return f.sheets, _truth(ctx, True, "fr")


def contract_town_hall(ctx: DocContext, rng: random.Random) -> Built:
    """A local authority's contract: date of birth in figures with spaces, no page numbers, many articles."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    f = Flow(family="sans", size=10.5)
    f.para(f"VILLE DE {ctx.association_city.upper()}", bold=True, after=1)
    f.para("Direction de la jeunesse et de la vie associative", after=1)
    f.para(f"En partenariat avec l'association {ctx.association} (agrément n° {ctx.approval_number})", size=9.5,
           after=16)
    f.title("CONTRAT DE MISSION DE VOLONTARIAT", size=14)
    f.para(f"Entre la Ville de {ctx.association_city}, pour le compte de l'association {ctx.association}, "
           f"d'une part, et {civ(p, 'fr')} {p.surname.upper()} {p.given_names}, {ne(p)} le "
           f"{fmt_date(p.date_of_birth, 'dmy_space')} à {p.place_of_birth} ({c.name_fr}), d'autre part, il est "
           "convenu ce qui suit.", after=10)
    _articles(f, [("Mission confiée", _mission_fr(ctx)),
                  ("Prise d'effet", f"La mission commence le {fmt_date(ctx.contract_start, 'dmy_slash')}."),
                  ("Terme", f"La mission se termine le {fmt_date(ctx.contract_end, 'dmy_slash')}."),
                  *_BODY_FR, *_BODY_FR, ("Pièces", "Le volontaire fournit une copie de son visa.")])
    f.need(200)
    f.para(f"{ctx.association_city}, le {fmt_date(ctx.contract_signed, 'dmy_slash')}", after=14)
    f.signature(squiggle(rng), label="Pour le Maire, l'adjoint(e) délégué(e)")
    f.signature(squiggle(rng), label="Le volontaire")
    return f.sheets, _truth(ctx, True, "fr")


def contract_bilingual(ctx: DocContext, rng: random.Random) -> Built:
    """French paragraph then its English translation, article by article."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    f = Flow(family="serif", size=10.5)
    f.para(ctx.association, bold=True, align="center", size=13, after=14)
    f.title("CONTRAT DE VOLONTARIAT / VOLUNTEER CONTRACT", size=14)
    f.para(f"Volontaire / Volunteer : {p.given_names} {p.surname.upper()}, {ne(p)} le / born on "
           f"{fmt_date(p.date_of_birth, 'dmy_slash')}, {c.name_fr} / {c.name_en}", after=10)
    pairs = [
        (_mission_fr(ctx), f"Mission: {ctx.mission} (see the French text). "
                           + (_SOCIAL_EN if ctx.mission_social else "")),
        (f"Période : du {fmt_date(ctx.contract_start, 'dmy_slash')} au {fmt_date(ctx.contract_end, 'dmy_slash')}.",
         f"Period: from {fmt_date(ctx.contract_start, 'dmy_slash')} to {fmt_date(ctx.contract_end, 'dmy_slash')}."),
        ("Le volontaire perçoit une indemnité mensuelle.", "The volunteer receives a monthly allowance."),
        ("Le volontaire est couvert par la sécurité sociale.", "The volunteer is covered by social security."),
        ("Un tuteur accompagne le volontaire.", "A tutor supports the volunteer."),
    ]
    for i, (fr, en) in enumerate(pairs, 1):
        f.need(80)
        f.para(f"Article {i}", bold=True, after=2)
        f.para(fr, after=2)
        f.para(en, family="sans", after=9)
    f.need(200)
    f.para(f"Fait à / Done at {ctx.association_city}, le / on {fmt_date(ctx.contract_signed, 'dmy_slash')}",
           after=14)
    f.signature(squiggle(rng), label="L'association / The association")
    f.signature(squiggle(rng), label="Le volontaire / The volunteer")
    return f.sheets, _truth(ctx, True, "fr")
