"""Fourth batch of development acceptance certificates: the many ways an association says it takes a volunteer in.

Modelled on what host associations and foundations send: a letter with no title at
all, in the third person, whose letterhead breaks the association's name over two
lines and whose body calls it "dite" by its acronym; a framed certificate that
cites the volunteer's contract to come and the association's approval (its number
and date); an English certificate of acceptance as a two-column table dated "this
3rd day of March 2026"; a "promesse d'accueil" form with ticked boxes, the
association only in a field; a short confirmation by e-mail printed out, its date
in the mail header; an English invitation to the consulate with a "Re:" line.  Titles vary (or are absent), dates appear besides the
certificate's own, and the association is written as people write it.
"""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.common import Built, civ, ne, person_truth
from synth.documents.dev_common import acronym, footer, stamp, table
from synth.documents.dev_ink import BLUE, scrawl
from synth.formats import MONTHS_EN, fmt_date
from synth.identity import mrz_name
from synth.layout import A4, Box, Flow

KIND = "acceptance_certificate"
# month abbreviations as French mail clients print them
_MAIL_MONTHS = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.")
_COORDINATORS = ("Amandine Roux", "Youssef Benhamou", "Céline Marchand", "Thomas Nguyen", "Isabelle Perrin")


def _truth(ctx: DocContext) -> dict[str, str]:
    return person_truth(ctx.shown(KIND)) | {"association": ctx.association,
                                            "issue_date": ctx.acceptance_date.isoformat()}


def _accueilli(sex: str) -> str:
    return "accueillie" if sex == "F" else "accueilli"


def _two_lines(name: str) -> tuple[str, str]:
    """An association's name broken over two letterhead lines at the word nearest its middle."""
    words = name.split()
    cut = max(1, min(len(words) - 1, round(len(words) / 2)))
    return " ".join(words[:cut]), " ".join(words[cut:])


def _ordinal_en(d: date) -> str:
    n = d.day
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def acceptance_untitled_dite(ctx: DocContext, rng: random.Random) -> Built:
    """No title; third person; the name broken over two letterhead lines, 'dite' by its acronym in the body."""
    p = ctx.shown(KIND)
    c = p.country
    short = acronym(ctx.association)
    first, second = _two_lines(ctx.association)
    f = Flow(family="sans", size=10.5)
    f.para(first, bold=True, size=15, after=0)
    f.para(second, bold=True, size=15, after=2)
    f.para(ctx.association_address, size=8.5, after=4)
    f.sheet.add(Box(f.margin, f.y, 60, 2.5, rgb=(0.8, 0.3, 0.2), stroke=None))
    f.space(24)
    f.para(f"{ctx.association_city}, le {fmt_date(ctx.acceptance_date, 'fr_long')}", align="right", after=24)
    f.para(f"L'association {ctx.association}, dite « {short} », reconnue d'utilité publique, confirme que "
           f"{civ(p, 'fr')} {p.given_names} {p.surname.upper()}, {ne(p)} le {fmt_date(p.date_of_birth, 'fr_long')} à "
           f"{p.place_of_birth} ({c.name_fr}), de nationalité {c.nationality_fr}, sera {_accueilli(p.sex)} en son "
           f"sein comme volontaire du {fmt_date(ctx.contract_start, 'fr_long')} au "
           f"{fmt_date(ctx.contract_end, 'fr_long')}.")
    f.para(f"{short} lui assure un tutorat, une formation et une indemnité mensuelle. {civ(p, 'fr')} "
           f"{p.surname.upper()} exercera sa mission dans nos antennes de {ctx.association_city}.")
    f.para("Cette confirmation est remise à l'intéressé(e) pour les démarches relatives à son séjour.", after=28)
    f.need(90)
    coordinator = rng.choice(_COORDINATORS)
    f.para(f"{coordinator}", bold=True, after=0)
    f.para("Responsable du programme de volontariat", size=9.5, after=4)
    scrawl(f.sheet, f.margin + 20, f.y + 24, rng, scale=0.9)
    f.y += 50
    footer(f, f"{short} - association loi 1901 reconnue d'utilité publique", pages="")
    return f.sheets, _truth(ctx)


def acceptance_framed_cites(ctx: DocContext, rng: random.Random) -> Built:
    """A framed certificate citing the contract to be signed and the association's approval (number and date)."""
    p = ctx.shown(KIND)
    c = p.country
    short = acronym(ctx.association)
    f = Flow(family="serif", size=11, margin=78)
    for sh_inset, width in ((30, 2.2), (38, 0.6)):
        f.sheet.add(Box(sh_inset, sh_inset, A4[0] - 2 * sh_inset, A4[1] - 2 * sh_inset, stroke=0.25, line=width))
    f.y = 96
    f.para(ctx.association.upper(), bold=True, size=12, align="center", after=40)
    f.title(rng.choice(("Certificat d'accueil", "CERTIFICAT DE PRISE EN CHARGE DU VOLONTAIRE",
                        "Attestation d'acceptation")), size=17)
    f.space(6)
    approval = ("agréée au titre de l'engagement de service civique par décision n° "
                f"{ctx.approval_number} du {fmt_date(ctx.approval_date, 'dmy_slash')}"
                if ctx.approval_association == ctx.association else
                "agréée au titre de l'engagement de service civique")
    f.para(f"Nous certifions que {civ(p, 'fr')} {p.surname.upper()} {p.given_names}, {ne(p)} le "
           f"{fmt_date(p.date_of_birth, 'dmy_slash')} à {p.place_of_birth}, ressortissant{'e' if p.sex == 'F' else ''} "
           f"{c.nationality_fr}, est {_accueilli(p.sex)} par notre association, {approval}.", align="center",
           after=10)
    f.para(f"Un contrat de volontariat sera conclu entre {short} et l'intéressé{'e' if p.sex == 'F' else ''} "
           f"avant son entrée en France, pour une mission allant du "
           f"{fmt_date(ctx.contract_start, 'dmy_slash')} au {fmt_date(ctx.contract_end, 'dmy_slash')}.",
           align="center", after=30)
    f.para(f"Délivré à {ctx.association_city} le {fmt_date(ctx.acceptance_date, 'dmy_slash')}", align="center",
           after=16)
    f.need(90)
    stamp(f.sheet, A4[0] / 2 + 30, f.y, [short, "LE PRÉSIDENT", ctx.association_city.upper()], w=150)
    scrawl(f.sheet, A4[0] / 2 - 150, f.y + 40, rng)
    f.y += 80
    f.para(ctx.president, align="center", size=10, after=0)
    return f.sheets, _truth(ctx)


def acceptance_table_en(ctx: DocContext, rng: random.Random) -> Built:
    """An English certificate of acceptance as a two-column table, dated 'this 3rd day of March 2026'."""
    p = ctx.shown(KIND)
    c = p.country
    d = ctx.acceptance_date
    f = Flow(family="sans", size=10.5)
    f.para(ctx.association, bold=True, size=13, align="right", after=0)
    f.para(ctx.association_address + ", France", size=9, align="right", after=30)
    f.para("CERTIFICATE OF ACCEPTANCE", bold=True, size=16, after=0)
    f.para("Host organisation - international volunteer programme", size=10, after=16)
    table(f, [("Host organisation", f"{ctx.association} ({acronym(ctx.association)})"),
              ("Volunteer", f"{p.surname.upper()}, {p.given_names}"),
              ("Date of birth", fmt_date(p.date_of_birth, "en_day_first")),
              ("Place of birth", f"{p.place_of_birth}, {c.name_en}"),
              ("Citizenship", c.name_en),
              ("Placement", f"{fmt_date(ctx.contract_start, 'en_day_first')} to "
                            f"{fmt_date(ctx.contract_end, 'en_day_first')}, {ctx.association_city}"),
              ("Status", "Accepted as a full-time volunteer")], (1, 2.4), size=10)
    f.para("We confirm that the person named above has been accepted into our programme and will be hosted, "
           "supervised and insured by our organisation throughout the placement.", after=14)
    f.para(f"Given at {ctx.association_city} this {_ordinal_en(d)} day of {MONTHS_EN[d.month - 1]} {d.year}.",
           after=24)
    f.need(70)
    scrawl(f.sheet, f.margin + 10, f.y + 20, rng, rgb=BLUE)
    f.y += 40
    f.para(f"{ctx.president}, President", after=0)
    return f.sheets, _truth(ctx)


def acceptance_promise_form(ctx: DocContext, rng: random.Random) -> Built:
    """A 'promesse d'accueil' form: fields in boxes, ticked boxes, the association only in its field."""
    p = ctx.shown(KIND)
    c = p.country
    f = Flow(family="sans", size=10)
    f.para("Formulaire 3 - pièce à joindre à la demande de visa et de titre de séjour", size=8, after=10)
    f.para(rng.choice(("PROMESSE D'ACCUEIL D'UN VOLONTAIRE", "LETTRE D'ACCUEIL DE L'ORGANISME",
                       "CONFIRMATION D'ACCUEIL")), bold=True, size=14, after=14)

    def field(label: str, value: str, h: float = 30) -> None:
        f.need(h)
        f.sheet.add(Box(f.margin, f.y, f.width, h, stroke=0.5, line=0.5))
        f.sheet.text(f.margin + 5, f.y + 10, label, 7.5, gray=0.4)
        f.sheet.text(f.margin + 8, f.y + h - 7, value, 11)
        f.y += h

    f.para("1. Organisme d'accueil", bold=True, after=4)
    field("Dénomination", ctx.association)
    field("Siège", ctx.association_address)
    f.space(10)
    f.para("2. Volontaire", bold=True, after=4)
    field("Nom, prénom(s)", f"{p.surname.upper()} {p.given_names}")
    field("Date et lieu de naissance", f"{fmt_date(p.date_of_birth, 'dmy_dot')} - {p.place_of_birth} ({c.name_fr})")
    field("Nationalité", c.nationality_fr)
    f.space(10)
    f.para("3. Engagement de l'organisme", bold=True, after=6)
    for ticked, text in ((True, "accepte d'accueillir la personne ci-dessus comme volontaire"),
                         (True, "s'engage à conclure avec elle un contrat de volontariat"),
                         (True, "assure son tutorat et sa couverture sociale"),
                         (False, "prend en charge son hébergement")):
        f.need(18)
        f.sheet.add(Box(f.margin + 4, f.y + 2, 10, 10, stroke=0.2, line=0.8))
        if ticked:
            f.sheet.text(f.margin + 5.5, f.y + 11, "X", 9.5, bold=True)
        f.sheet.text(f.margin + 22, f.y + 11, text, 10)
        f.y += 18
    f.space(6)
    field("Période de la mission", f"du {fmt_date(ctx.contract_start, 'dmy_dot')} au "
                                   f"{fmt_date(ctx.contract_end, 'dmy_dot')}")
    f.space(14)
    f.need(90)
    y = f.y
    f.sheet.text(f.margin, y + 12, "Date :", 9.5, gray=0.4)
    f.sheet.text(f.margin + 40, y + 12, fmt_date(ctx.acceptance_date, "dmy_dot"), 13, family="hand")
    f.sheet.text(A4[0] / 2, y + 12, "Signature et cachet du représentant légal :", 9.5, gray=0.4)
    stamp(f.sheet, A4[0] / 2 + 40, y + 22, [acronym(ctx.association), ctx.association_city.upper()], w=130)
    scrawl(f.sheet, A4[0] / 2 + 10, y + 60, rng, scale=0.9)
    f.y = y + 90
    return f.sheets, _truth(ctx)


def acceptance_printed_mail(ctx: DocContext, rng: random.Random) -> Built:
    """An e-mail printed out: the date in the mail header only, the association in the sender and the signature."""
    p = ctx.shown(KIND)
    d = ctx.acceptance_date
    short = acronym(ctx.association)
    f = Flow(family="sans", size=10)
    hh, mm = rng.randint(8, 18), rng.randint(0, 59)
    weekday = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")[d.weekday()]
    domain = short.lower()
    for label, value in (("De :", f"{rng.choice(_COORDINATORS)} <volontariat@{domain}.org>"),
                         ("Date :", f"{weekday} {d.day} {_MAIL_MONTHS[d.month - 1]} {d.year} à "
                                    f"{hh:02d}:{mm:02d}"),
                         ("À :", f"{mrz_name(p.given_names.split()[0]).lower()}.{mrz_name(p.surname.split()[0]).lower()}@mail.com"),
                         ("Objet :", "Votre accueil comme volontaire - confirmation")):
        f.sheet.text(f.margin, f.y + 12, label, 9.5, bold=True)
        f.sheet.text(f.margin + 52, f.y + 12, value, 9.5)
        f.y += 15
    f.sheet.add(Box(f.margin, f.y + 6, f.width, 0.1, stroke=0.5, line=0.5))
    f.y += 24
    f.para(f"Bonjour {p.given_names} {p.surname.upper()},", after=8)
    f.para(f"Nous avons le plaisir de vous confirmer votre accueil au sein de notre association comme volontaire, "
           f"pour une mission qui débutera le {fmt_date(ctx.contract_start, 'dmy_slash')} et s'achèvera le "
           f"{fmt_date(ctx.contract_end, 'dmy_slash')}.")
    f.para("Pour mémoire, les informations que vous nous avez transmises :", after=2)
    for line in (f"- nom : {p.surname.upper()}, prénom(s) : {p.given_names}",
                 f"- date et lieu de naissance : {fmt_date(p.date_of_birth, 'dmy_slash')}, {p.place_of_birth}",
                 f"- nationalité : {p.country.nationality_fr}"):
        f.para(line, indent=14, after=1)
    f.space(6)
    f.para("Vous trouverez en pièce jointe votre contrat de volontariat à nous retourner signé. Ce message vaut "
           "attestation d'accueil pour votre demande de visa et d'autorisation provisoire de séjour.")
    f.para("Bien cordialement,", after=10)
    f.para("L'équipe volontariat", after=0)
    f.para(ctx.association, bold=True, after=0)
    f.para(ctx.association_address, size=9, after=0)
    footer(f, f"https://webmail.{domain}.org/  -  imprimé le {fmt_date(d, 'dmy_slash')}", pages="Page {i} sur {n}")
    return f.sheets, _truth(ctx)


def acceptance_invitation_en(ctx: DocContext, rng: random.Random) -> Built:
    """A foundation's English invitation to the consulate: 'Re:' line, the volunteer as 'Mr SURNAME Given'."""
    p = ctx.shown(KIND)
    c = p.country
    d = ctx.acceptance_date
    f = Flow(family="serif", size=11)
    f.para(ctx.association.upper(), bold=True, size=12, align="center", after=0)
    f.para(f"{ctx.association_address} - France", size=9, align="center", after=28)
    f.para(f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}", align="right", after=16)
    f.para("The Consul General of France", after=0)
    f.para(f"Visa Section, {ctx.visa_issued_in.title()}", after=18)
    f.para(f"Re: invitation and acceptance of {civ(p, 'en')} {p.surname.upper()} {p.given_names} as a volunteer",
           bold=True, after=12)
    f.para("Dear Consul General,", after=8)
    f.para(f"We are pleased to inform you that {civ(p, 'en')} {p.surname.upper()} {p.given_names}, born on "
           f"{fmt_date(p.date_of_birth, 'en_long')} in {p.place_of_birth}, a citizen of {c.name_en}, holder of "
           f"passport {p.passport_number}, has been accepted as a volunteer by our organisation from "
           f"{fmt_date(ctx.contract_start, 'en_long')} to {fmt_date(ctx.contract_end, 'en_long')}.")
    f.para("We invite the volunteer to join our team in France and will provide tutoring, training, insurance and "
           "a monthly allowance for the whole placement. We kindly ask you to grant the long-stay visa needed.")
    f.para("Yours sincerely,", after=24)
    f.need(70)
    scrawl(f.sheet, f.margin + 10, f.y + 16, rng, rgb=BLUE)
    f.y += 36
    f.para(ctx.president, bold=True, after=0)
    f.para(f"President, {ctx.association}", size=10, after=0)
    return f.sheets, _truth(ctx)
