"""Sixth batch of development families: contracts and departure letters as associations and volunteers write them.

Modelled on contracts associations draft from the published models: the title on page 1
only, "ENTRE LES SOUSSIGNÉS" over a header block describing each party (legal form, SIRET,
representative; the volunteer's birth, nationality and passport), articles running over two
or three pages with a running footer, the mission told in prose in its own article, the
length written "pour une durée de douze (12) mois à compter du ...", "du ... au ... inclus",
"Durée : 10 mois" in the particular conditions with the first day in another article, and
a French/English version article by article; both parties sign at the end under "Lu et
approuvé".  Departure letters are the short first-person "attestation sur l'honneur"
volunteers hand in, naming the contract and the association: typed, in English, written
out by hand, or typed by the association on its letterhead for the volunteer to sign.
Every pen mark is strokes only, so that an unsigned rendering shows none.
"""

from __future__ import annotations

import random
import zlib
from datetime import date

from synth.context import DocContext
from synth.documents.common import Built, civ, ne, person_truth
from synth.documents.dev_assoc6 import named, short_the
from synth.documents.dev_common import acronym, table
from synth.documents.dev_ink import BLUE, scrawl, script_name
from synth.formats import MONTHS_EN, MONTHS_FR, add_months, days, fmt_date, fr_number
from synth.identity import Identity
from synth.layout import A4, Box, Flow

CONTRACT, LETTER = "volunteer_contract", "departure_commitment"


def _contract_truth(ctx: DocContext, lang: str = "fr") -> dict[str, str]:
    return person_truth(ctx.shown(CONTRACT)) | {
        "association": ctx.association, "start_date": ctx.contract_start.isoformat(),
        "end_date": ctx.contract_end.isoformat(), "signature_date": ctx.contract_signed.isoformat(),
        "mission": ctx.mission, "language": lang,
    }


def _letter_truth(p: Identity, ctx: DocContext, lang: str) -> dict[str, str]:
    return person_truth(p) | {"signature_date": ctx.commitment_date.isoformat(), "commits_to_leave": "true",
                              "language": lang}


def _long(d: date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"


def _en(d: date) -> str:
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


def _months(ctx: DocContext) -> int | None:
    """The contract's length in whole months, when its last day is the eve of the start's monthly anniversary."""
    for n in range(1, 49):
        if add_months(ctx.contract_start, n) - days(1) == ctx.contract_end:
            return n
    return None


def _siret(name: str) -> str:
    n = f"{zlib.crc32(name.encode()) % 10 ** 9:09d}"
    return f"{n[:3]} {n[3:6]} {n[6:]} 000{zlib.crc32(name[::-1].encode()) % 90 + 10}"


def _legal(name: str) -> str:
    return "fondation reconnue d'utilité publique" if name.startswith("Fondation") else \
        "association régie par la loi du 1er juillet 1901"


def _e(p: Identity) -> str:
    return "e" if p.sex == "F" else ""


def _mission_prose(ctx: DocContext, p: Identity) -> str:
    il = "Elle" if p.sex == "F" else "Il"
    text = (f"{'La' if p.sex == 'F' else 'Le'} volontaire est affecté{_e(p)} à l'antenne de {ctx.association_city}. "
            f"Sa mission consiste à {ctx.mission}. {il} agit en complément de l'action des salariés et des "
            "bénévoles, sans s'y substituer, et rend compte chaque semaine à son tuteur.")
    if ctx.mission_social:
        text += (" Cette mission d'intérêt général revêt un caractère social et humanitaire : elle s'adresse à des "
                 "personnes vulnérables ou isolées.")
    return text


def _parties(f: Flow, ctx: DocContext, p: Identity, *, caps_name: bool) -> None:
    """'ENTRE LES SOUSSIGNÉS' and a ruled header block describing each party."""
    name = ctx.association.upper() if caps_name else ctx.association
    f.para("ENTRE LES SOUSSIGNÉS :", bold=True, after=6)
    table(f, [
        ("L'organisme d'accueil",
         f"{name}, {_legal(ctx.association)}, SIRET {_siret(ctx.association)}, dont le siège est situé "
         f"{ctx.association_address}, représentée par {ctx.president}, président(e), ci-après « l'Association »"),
        ("Le ou la volontaire",
         f"{civ(p, 'fr')} {p.surname.upper()} {p.given_names}, {ne(p)} le {fmt_date(p.date_of_birth, 'dmy_slash')} "
         f"à {p.place_of_birth} ({p.country.name_fr}), de nationalité {p.country.nationality_fr}, titulaire du "
         f"passeport n° {p.passport_number}, ci-après « le Volontaire »"),
    ], (1, 3.2), size=9.5)
    f.para("IL A ÉTÉ CONVENU ET ARRÊTÉ CE QUI SUIT :", bold=True, after=8)


_COMMON = [
    ("Lieu et organisation", "La mission s'exerce principalement dans les locaux de l'Association et auprès des "
     "publics qu'elle accompagne. Sa durée hebdomadaire est de vingt-quatre heures au moins et de quarante-huit "
     "heures au plus, réparties sur six jours au maximum. Le planning est remis au Volontaire chaque mois."),
    ("Tutorat et formation", "Un tuteur, désigné par l'Association, prépare le Volontaire à sa mission, "
     "l'accompagne tout au long de celle-ci et dresse un bilan à son terme. Le Volontaire suit la formation "
     "civique et citoyenne ainsi que la formation aux premiers secours (PSC1)."),
    ("Indemnité", "Le Volontaire perçoit une indemnité mensuelle dont le montant est fixé par la réglementation "
     "en vigueur, ainsi qu'une prestation de subsistance. Ces sommes n'ont pas le caractère d'un salaire et ne "
     "sont pas soumises à l'impôt sur le revenu."),
    ("Protection sociale", "L'Association affilie le Volontaire au régime général de la sécurité sociale et "
     "souscrit à son profit un contrat d'assurance couvrant sa responsabilité civile."),
    ("Congés", "Le Volontaire bénéficie de deux jours de congé par mois de mission, pris en accord avec "
     "l'Association."),
    ("Obligations du Volontaire", "Le Volontaire respecte le règlement intérieur de l'Association, le secret "
     "professionnel et la discrétion sur les situations personnelles dont il a connaissance."),
    ("Séjour en France", "Le Volontaire, de nationalité étrangère, est entré en France sous couvert d'un visa de "
     "long séjour. Il s'engage, par un écrit distinct, à quitter le territoire français au terme du contrat."),
    ("Rupture", "Le contrat peut être rompu avant son terme d'un commun accord, en cas de force majeure, de faute "
     "grave ou pour un contrat de travail, moyennant un préavis d'un mois. Toute contestation est portée devant "
     "le tribunal judiciaire du siège de l'Association."),
]


def _articles(f: Flow, arts: list[tuple[str, str]], style: str) -> None:
    for i, (head, body) in enumerate(arts, 1):
        num = "1er" if i == 1 and style == "caps" else str(i)
        f.need(70)
        f.para(f"ARTICLE {num} : {head.upper()}" if style == "caps" else f"Article {num} - {head}", bold=True, after=2)
        f.para(body, after=8)


def _lu_et_approuve(f: Flow, rng: random.Random, left: list[str], right: list[str]) -> None:
    """Both parties at the end, each under 'Lu et approuvé' (the mention written by hand, in strokes)."""
    f.need(150)
    y = f.y + 10
    xs = (f.margin, A4[0] / 2 + 20)
    for x, lines in zip(xs, (left, right), strict=True):
        for i, line in enumerate(lines):
            f.sheet.text(x, y + 13 * i, line, 9.5, family=f.family, bold=i == 0)
    low = y + 13 * max(len(left), len(right)) + 8
    for x in xs:
        script_name(f.sheet, x + 6, low, "Lu et approuvé", size=13, rgb=BLUE)
        scrawl(f.sheet, x + 20, low + 50, rng, scale=0.9)
    f.y = low + 80


def _running_footer(f: Flow, left: str) -> None:
    n = len(f.sheets)
    for i, sh in enumerate(f.sheets, 1):
        sh.text(f.margin, A4[1] - 30, left, 7.5, gray=0.35)
        sh.text(A4[0] - f.margin, A4[1] - 30, f"Page {i} sur {n}", 7.5, align="right", gray=0.35)
        sh.text(A4[0] - f.margin, A4[1] - 44, "Paraphes : ____ / ____", 7.5, align="right", gray=0.35)


# --------------------------------------------------------------------------- contracts


def contract_douze_mois(ctx: DocContext, rng: random.Random) -> Built:
    """'pour une durée de douze (12) mois à compter du ...'; title on page 1 only; parties in a header block; the
    mission in prose; running footer with initials; both sign under 'Lu et approuvé'."""
    p = ctx.shown(CONTRACT)
    n = _months(ctx)
    f = Flow(family="serif", size=10.5)
    f.para(ctx.association, bold=True, size=12, after=0)
    f.para(ctx.association_address, size=8.5, after=20)
    f.title("CONTRAT D'ENGAGEMENT DE VOLONTARIAT ASSOCIATIF", size=13.5)
    f.para("(articles L. 120-1 et suivants du code du service national)", size=9, align="center", after=14)
    _parties(f, ctx, p, caps_name=False)
    term = (f"Le présent contrat est conclu pour une durée de {fr_number(n)} ({n}) mois à compter du "
            f"{_long(ctx.contract_start)}." if n else
            f"Le présent contrat est conclu pour une durée déterminée à compter du {_long(ctx.contract_start)} "
            f"et jusqu'au {_long(ctx.contract_end)}.")
    term += " Il ne peut être prolongé au-delà de vingt-quatre mois au total."
    arts = [("Objet", "Le présent contrat a pour objet de définir les conditions dans lesquelles le Volontaire "
                      "accomplit une mission de volontariat au sein de l'Association."),
            ("Mission confiée", _mission_prose(ctx, p)),
            ("Durée", term)] + _COMMON
    _articles(f, arts, "plain")
    f.need(170)
    f.para(f"Fait à {ctx.association_city}, le {_long(ctx.contract_signed)}, en deux exemplaires originaux.",
           after=4)
    _lu_et_approuve(f, rng, ["Pour l'Association", ctx.president], ["Le Volontaire", f"{p.given_names} {p.surname}"])
    _running_footer(f, f"{ctx.association} - contrat de volontariat - {p.surname.upper()} {p.given_names}")
    return f.sheets, _contract_truth(ctx)


def contract_du_au_inclus(ctx: DocContext, rng: random.Random) -> Built:
    """Articles in capitals ('ARTICLE 1er : OBJET'), the name in capitals in the header block beside its acronym,
    'du ... au ... inclus', signature date in numbers."""
    p = ctx.shown(CONTRACT)
    short = acronym(ctx.association)
    f = Flow(family="sans", size=9.5)
    f.sheet.add(Box(f.margin, f.y - 4, f.width, 46, fill=0.9, stroke=None))
    f.sheet.text(f.margin + 10, f.y + 18, f"{ctx.association.upper()} ({short})", 11, bold=True)
    f.sheet.text(f.margin + 10, f.y + 33, f"{ctx.association_address} - SIRET {_siret(ctx.association)}", 8)
    f.space(64)
    f.title("CONTRAT DE VOLONTARIAT", size=14)
    _parties(f, ctx, p, caps_name=True)
    arts = [("Objet", f"Le Volontaire s'engage, au sein {short_the(ctx.association, short, 'de')}, dans une mission "
                      "de volontariat qui ne relève ni du bénévolat ni du salariat."),
            ("Description de la mission", _mission_prose(ctx, p)),
            ("Période", f"Le contrat court du {fmt_date(ctx.contract_start, 'dmy_slash')} au "
                        f"{fmt_date(ctx.contract_end, 'dmy_slash')} inclus. Une période d'essai d'un mois est "
                        "prévue.")] + _COMMON
    _articles(f, arts, "caps")
    f.need(170)
    f.para(f"Fait en double exemplaire à {ctx.association_city}, le {fmt_date(ctx.contract_signed, 'dmy_slash')}",
           after=4)
    _lu_et_approuve(f, rng, [f"Pour {short_the(ctx.association, short)}, le/la Président(e)", ctx.president],
                    ["Le/la Volontaire", f"{p.surname.upper()} {p.given_names}"])
    _running_footer(f, f"{short} - Contrat de volontariat")
    return f.sheets, _contract_truth(ctx)


def contract_duree_mois(ctx: DocContext, rng: random.Random) -> Built:
    """Particular conditions with 'Durée : 10 mois' on a labelled line; the first day in another article ('prend
    effet le ...'); the end only implied (or stated where the length is not whole months)."""
    p = ctx.shown(CONTRACT)
    n = _months(ctx)
    f = Flow(family="serif", size=10)
    f.para(f"{ctx.association} · {ctx.association_address}", size=8.5, align="center", after=18)
    f.title("Contrat de volontariat - conditions particulières", size=13)
    _parties(f, ctx, p, caps_name=False)
    f.para("Conditions particulières", bold=True, after=3)
    for label, value in (("Lieu d'affectation", ctx.association_city),
                         ("Durée", f"{n} mois" if n else
                          f"du {_long(ctx.contract_start)} au {_long(ctx.contract_end)}"),
                         ("Temps de mission", "30 heures par semaine"),
                         ("Tuteur", rng.choice(("Mme Agnès Roux", "M. Didier Lacombe", "Mme Yasmina Cherif")))):
        f.para(f"{label} : {value}", after=1, indent=14)
    f.space(10)
    arts = [("Mission", _mission_prose(ctx, p)),
            ("Prise d'effet", f"Le contrat prend effet le {_long(ctx.contract_start)}, date à laquelle le "
                              "Volontaire rejoint l'équipe. Il prend fin au terme de la durée indiquée aux "
                              "conditions particulières.")] + _COMMON
    _articles(f, arts, "plain")
    f.need(170)
    f.para(f"Établi à {ctx.association_city} le {_long(ctx.contract_signed)}.", after=4)
    _lu_et_approuve(f, rng, ["L'Association", ctx.president], ["Le Volontaire", f"{p.given_names} {p.surname}"])
    _running_footer(f, f"Conditions particulières - {p.surname.upper()}")
    return f.sheets, _contract_truth(ctx)


def contract_bilingue_articles(ctx: DocContext, rng: random.Random) -> Built:
    """French and English article by article (the English in grey italics under each French paragraph), the term
    in one bilingual article, signed under 'Lu et approuvé / Read and approved'."""
    p = ctx.shown(CONTRACT)
    c = p.country
    f = Flow(family="serif", size=10)
    f.para(ctx.association.upper(), bold=True, size=12, align="center", after=0)
    f.para(ctx.association_address, size=8.5, align="center", after=18)
    f.title("CONTRAT DE VOLONTARIAT / VOLUNTEERING CONTRACT", size=13)
    f.para("ENTRE LES SOUSSIGNÉS / BETWEEN THE UNDERSIGNED", bold=True, after=4)
    f.para(f"{ctx.association}, {_legal(ctx.association)}, représentée par / represented by {ctx.president},",
           indent=12, after=2)
    f.para(f"et / and {civ(p, 'fr')} {p.given_names} {p.surname.upper()}, {ne(p)} le / born on "
           f"{fmt_date(p.date_of_birth, 'dmy_slash')} à / in {p.place_of_birth} ({c.name_fr}).", indent=12, after=10)
    mission_en = f"The volunteer's mission is described in French as: « {ctx.mission} »."
    if ctx.mission_social:
        mission_en += " It is a mission of general interest of a social and humanitarian nature."
    pairs = [
        ("Mission", _mission_prose(ctx, p), mission_en),
        ("Durée / Term", f"Le contrat débute le {_long(ctx.contract_start)} et se termine le "
                         f"{_long(ctx.contract_end)}.",
         f"The contract begins on {_en(ctx.contract_start)} and ends on {_en(ctx.contract_end)}."),
        ("Indemnité / Allowance", _COMMON[2][1], "The volunteer receives a monthly allowance, which is not a wage."),
        ("Protection sociale / Social cover", _COMMON[3][1],
         "The association registers the volunteer with French social security and insures his or her liability."),
        ("Tutorat / Mentoring", _COMMON[1][1], "A mentor supports the volunteer and civic training is provided."),
        ("Congés / Leave", _COMMON[4][1], "Two days of leave per month of service."),
        ("Séjour / Residence", _COMMON[6][1],
         "The volunteer undertakes in a separate letter to leave France at the end of the contract."),
        ("Rupture / Termination", _COMMON[7][1], "Either party may end the contract early with one month's notice."),
    ]
    for i, (head, fr, en) in enumerate(pairs, 1):
        f.need(90)
        f.para(f"Article {i} - {head}", bold=True, after=2)
        f.para(fr, after=2)
        f.para(en, family="hand", size=9.5, after=9)  # the translation in italics (the "hand" face is an italic)
    f.need(170)
    f.para(f"Fait à / Done at {ctx.association_city}, le / on {fmt_date(ctx.contract_signed, 'dmy_slash')}", after=4)
    _lu_et_approuve(f, rng, ["Pour l'association / For the association", ctx.president],
                    ["Le volontaire / The volunteer", f"{p.given_names} {p.surname.upper()}"])
    _running_footer(f, "Contrat bilingue - la version française fait foi / the French version prevails")
    return f.sheets, _contract_truth(ctx, "fr")


# --------------------------------------------------------------------------- departure letters


def _where(ctx: DocContext, p: Identity) -> str:
    """Written at home before the journey, in the association's town after it."""
    return p.place_of_birth if ctx.commitment_date < ctx.arrival else ctx.association_city


def departure_honneur_typed(ctx: DocContext, rng: random.Random) -> Built:
    """A short typed 'ATTESTATION SUR L'HONNEUR' in the first person, the contract and 'l'association X' named,
    'Fait pour servir et valoir ce que de droit', dated 'Fait à ..., le ...', a mark under 'Signature'."""
    p = ctx.shown(LETTER)
    c = p.country
    f = Flow(family=rng.choice(("sans", "serif")), size=11.5, margin=70)
    f.para(f"{p.surname.upper()} {p.given_names}", after=0)
    f.para(f"c/o {ctx.association}, {ctx.association_address}", size=10, after=40)
    f.title("ATTESTATION SUR L'HONNEUR", size=15)
    f.para(f"Je soussigné{_e(p)} {p.given_names} {p.surname.upper()}, {ne(p)} le "
           f"{fmt_date(p.date_of_birth, 'dmy_slash')} à {p.place_of_birth} ({c.name_fr}), de nationalité "
           f"{c.nationality_fr}, titulaire du passeport n° {p.passport_number},", after=8)
    f.para(f"atteste sur l'honneur que je quitterai le territoire français à l'issue de mon contrat de volontariat "
           f"conclu avec {named(ctx.association)}, soit au plus tard le {_long(ctx.contract_end)}.", after=8)
    f.para("Fait pour servir et valoir ce que de droit.", after=24)
    f.para(f"Fait à {_where(ctx, p)}, le {_long(ctx.commitment_date)}", after=6)
    f.para("Signature", after=4)
    scrawl(f.sheet, f.margin + 10, f.y + 26, rng)
    f.space(50)
    return f.sheets, _letter_truth(p, ctx, "fr")


def departure_honour_en(ctx: DocContext, rng: random.Random) -> Built:
    """English 'DECLARATION ON HONOUR': 'I, the undersigned ... hereby declare on my honour', the association in
    capitals, dated 'Signed in ... on 3 March 2026'."""
    p = ctx.shown(LETTER)
    c = p.country
    f = Flow(family="serif", size=12, margin=72)
    f.para(f"{p.given_names} {p.surname.upper()}", bold=True, after=0)
    f.para(f"Passport no. {p.passport_number}", size=10, after=36)
    f.title("DECLARATION ON HONOUR", size=15)
    f.para("(attestation sur l'honneur)", size=10, align="center", after=18)
    f.para(f"I, the undersigned, {p.given_names} {p.surname.upper()}, born on {_en(p.date_of_birth)} in "
           f"{p.place_of_birth}, {c.name_en}, a citizen of {c.name_en}, hereby declare on my honour that I will "
           f"leave French territory at the end of my volunteer contract with {ctx.association.upper()}, which ends "
           f"on {_en(ctx.contract_end)}.", after=8)
    f.para("I understand that my residence permit as a volunteer will not allow me to stay in France after "
           "this date.", after=8)
    f.para("I make this declaration in good faith and for all legal purposes.", after=26)
    f.para(f"Signed in {_where(ctx, p)} on {_en(ctx.commitment_date)}", after=4)
    scrawl(f.sheet, f.margin + 10, f.y + 28, rng, rgb=rng.choice((BLUE, (0.08, 0.08, 0.1))))
    f.space(52)
    f.para(f"{p.given_names} {p.surname.upper()}", after=0)
    return f.sheets, _letter_truth(p, ctx, "en")


def departure_honneur_by_hand(ctx: DocContext, rng: random.Random) -> Built:
    """Written out by hand: 'Attestation sur l'honneur' underlined, 'l'asso' named in full once, dated at the end
    'Fait à ... le 03.03.2026', signed with a loop."""
    p = ctx.shown(LETTER)
    c = p.country
    f = Flow(family="hand", size=14, wobble=rng, margin=60)
    f.para(f"{p.given_names} {p.surname}", after=0)
    f.para(f"{ctx.association_address}" if ctx.commitment_date >= ctx.arrival else f"{p.place_of_birth}, {c.name_fr}",
           after=30)
    f.para("Attestation sur l'honneur", size=17, align="center", after=2)
    f.sheet.add(Box(A4[0] / 2 - 110, f.y + 2, 220, 0.9, fill=0.2, stroke=None))
    f.space(22)
    f.para(f"Je soussigné{_e(p)} {p.surname} {p.given_names}, {ne(p)} le {fmt_date(p.date_of_birth, 'dmy_dot')} "
           f"à {p.place_of_birth}, atteste sur l'honneur que je m'engage à quitter la France à la fin de mon "
           f"contrat de volontariat avec {named(ctx.association)}.", after=8)
    f.para(f"Mon contrat se termine le {fmt_date(ctx.contract_end, 'dmy_dot')} et je rentrerai alors dans mon "
           "pays.", after=26)
    f.para(f"Fait à {_where(ctx, p)} le {fmt_date(ctx.commitment_date, 'dmy_dot')}", after=8)
    f.need(70)
    scrawl(f.sheet, A4[0] / 2 + rng.uniform(0, 60), f.y + 24, rng, scale=1.1)
    f.space(60)
    return f.sheets, _letter_truth(p, ctx, "fr")


def departure_assoc_form(ctx: DocContext, rng: random.Random) -> Built:
    """Typed by the association on its letterhead for the volunteer to sign: the volunteer's particulars filled in,
    the undertaking in the first person, 'Date :' and 'Signature précédée de « lu et approuvé »' in a ruled box."""
    p = ctx.shown(LETTER)
    c = p.country
    short = acronym(ctx.association)
    f = Flow(family="sans", size=10.5)
    f.para(short, bold=True, size=20, after=0)
    f.para(f"{ctx.association} - {ctx.association_address}", size=8.5, after=26)
    f.title("ENGAGEMENT DU VOLONTAIRE À QUITTER LE TERRITOIRE FRANÇAIS", size=12)
    f.para("(document à joindre à la demande d'autorisation provisoire de séjour)", size=8.5, align="center",
           after=16)
    table(f, [("Nom", p.surname.upper()), ("Prénom(s)", p.given_names),
              ("Date et lieu de naissance", f"{fmt_date(p.date_of_birth, 'dmy_slash')} - {p.place_of_birth}"),
              ("Nationalité", c.nationality_fr),
              ("Contrat de volontariat", f"du {fmt_date(ctx.contract_start, 'dmy_slash')} au "
                                         f"{fmt_date(ctx.contract_end, 'dmy_slash')}")], (1, 2), size=10)
    f.para(f"Je soussigné{_e(p)}, volontaire accueilli{_e(p)} par {named(ctx.association)} ({short}), "
           "m'engage sur l'honneur à quitter le territoire français au terme de mon contrat de volontariat, et à ne "
           "pas solliciter à ce titre de prolongation de mon séjour.", after=16)
    f.need(120)
    top = f.y
    f.sheet.add(Box(f.margin, top, f.width, 100, stroke=0.3, line=0.7))
    f.sheet.text(f.margin + 8, top + 16, f"Fait à {_where(ctx, p)}", 10)
    f.sheet.text(f.margin + 8, top + 32, f"Date : {fmt_date(ctx.commitment_date, 'dmy_slash')}", 10)
    f.sheet.text(A4[0] / 2, top + 16, "Signature du volontaire", 10)
    f.sheet.text(A4[0] / 2, top + 28, "précédée de la mention « lu et approuvé »", 8, gray=0.3)
    script_name(f.sheet, A4[0] / 2 + 4, top + 38, "lu et approuvé", size=12, rgb=BLUE)
    scrawl(f.sheet, A4[0] / 2 + 30, top + 82, rng, scale=0.85)
    f.y = top + 112
    f.para(f"Pièce établie par {short_the(ctx.association, short)} - un exemplaire est conservé au dossier du "
           "volontaire.", size=8, after=0)
    return f.sheets, _letter_truth(p, ctx, "fr")
