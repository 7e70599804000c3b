"""Second batch of development families of letters: acceptance certificates and commitments to leave.

Modelled on what associations and volunteers send: a host letter in the
volunteer's language (Spanish or Portuguese, else English) beside its French,
naming the contract and the visa to come; a third-person attestation that quotes
the association's approval (its own date and number, a date that is not the
letter's) and dates itself at the top; an undertaking typed on the association's
letterhead and signed by the volunteer in a dated box; a two-language statement
signed at home before the journey, dated in its footer.
"""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.common import Built, civ, ne, person_truth, squiggle
from synth.documents.dev_common import acronym, columns, footer, stamp
from synth.formats import MONTHS_EN, fmt_date, fr_number
from synth.identity import Identity
from synth.layout import A4, Box, Flow, Stroke

INK = (0.1, 0.15, 0.45)

# month names for the volunteer's own language
_MONTHS = {
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"),
}
_LANG = {"COL": "es", "ESP": "es", "BRA": "pt"}


def _own_date(d: date, lang: str) -> str:
    if lang == "en":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    return f"{d.day} de {_MONTHS[lang][d.month - 1]} de {d.year}"


def _months(ctx: DocContext) -> int:
    return max(1, round((ctx.contract_end - ctx.contract_start).days / 30.44))


# --------------------------------------------------------------------------- acceptance certificates


def _acceptance_truth(ctx: DocContext) -> dict[str, str]:
    return person_truth(ctx.shown("acceptance_certificate")) | {"association": ctx.association,
                                                                 "issue_date": ctx.acceptance_date.isoformat()}


def _own_acceptance(p: Identity, ctx: DocContext, lang: str) -> list[str]:
    """The host letter's paragraphs in the volunteer's language."""
    start, end, born = (_own_date(ctx.contract_start, lang), _own_date(ctx.contract_end, lang),
                        _own_date(p.date_of_birth, lang))
    if lang == "es":
        return [f"{ctx.association_city}, {_own_date(ctx.acceptance_date, lang)}",
                "CARTA DE ACEPTACIÓN",
                f"La asociación « {ctx.association} », reconocida de utilidad pública, certifica que "
                f"{p.given_names} {p.surname.upper()}, nacido(a) el {born} en {p.place_of_birth}, ha sido "
                f"aceptado(a) como voluntario(a) del {start} al {end}.",
                "Se firmará un contrato de voluntariado antes de su llegada a Francia, con el cual podrá solicitar "
                "una visa de larga estancia en el consulado de Francia."]
    if lang == "pt":
        return [f"{ctx.association_city}, {_own_date(ctx.acceptance_date, lang)}",
                "CARTA DE ACEITAÇÃO",
                f"A associação « {ctx.association} », reconhecida de utilidade pública, certifica que "
                f"{p.given_names} {p.surname.upper()}, nascido(a) em {born} em {p.place_of_birth}, foi "
                f"aceito(a) como voluntário(a) de {start} a {end}.",
                "Um contrato de voluntariado será assinado antes da sua chegada à França, com o qual poderá "
                "solicitar um visto de longa duração no consulado da França."]
    return [f"{ctx.association_city}, {_own_date(ctx.acceptance_date, lang)}",
            "LETTER OF ACCEPTANCE",
            f"The association « {ctx.association} », recognised as being of public interest, certifies that "
            f"{p.given_names} {p.surname.upper()}, born on {born} in {p.place_of_birth}, has been accepted as a "
            f"volunteer from {start} to {end}.",
            "A volunteer contract will be signed before the volunteer travels to France; with it, a long-stay visa "
            "can be requested from the French consulate."]


def acceptance_own_language(ctx: DocContext, rng: random.Random) -> Built:
    """The host letter in the volunteer's language beside its French; cites the contract and the visa to come."""
    p = ctx.shown("acceptance_certificate")
    lang = _LANG.get(p.nationality, "en")
    f = Flow(family="sans", size=9.5)
    f.para(ctx.association, bold=True, size=13, align="center", after=0)
    f.para(f"{ctx.association_address} · association reconnue d'utilité publique", size=8.5, align="center",
           after=18)
    when = fmt_date(ctx.acceptance_date, "fr_long")
    start, end = fmt_date(ctx.contract_start, "fr_long"), fmt_date(ctx.contract_end, "fr_long")
    french = [f"{ctx.association_city}, le {when}",
              "ATTESTATION D'ACCUEIL",
              f"L'association « {ctx.association} », reconnue d'utilité publique, certifie que {civ(p, 'fr')} "
              f"{p.given_names} {p.surname.upper()}, {ne(p)} le {fmt_date(p.date_of_birth, 'fr_long')} à "
              f"{p.place_of_birth}, a été {'acceptée' if p.sex == 'F' else 'accepté'} comme volontaire du {start} "
              f"au {end}.",
              "Un contrat de volontariat sera signé avant son arrivée en France ; il lui permettra de demander un "
              "visa de long séjour au consulat de France."]
    for i, (left, right) in enumerate(zip(_own_acceptance(p, ctx, lang), french, strict=True)):
        columns(f, left, right, bold=i == 1, size=12 if i == 1 else None, after=12 if i < 2 else 8)
    f.space(10)
    columns(f, f"{ctx.president}, presidente" if lang != "en" else f"{ctx.president}, President",
            f"{ctx.president}, président(e)", after=2)
    f.sheet.add(Stroke(tuple((f.margin + 30 + x, f.y + 24 + y) for x, y in squiggle(rng)), width=1.4, rgb=INK))
    stamp(f.sheet, A4[0] / 2 + 20, f.y + 4, [acronym(ctx.association), ctx.association_city.upper()], w=150)
    f.space(70)
    footer(f, "Traduction établie par l'association / translation by the association", pages="")
    return f.sheets, _acceptance_truth(ctx)


def acceptance_cites_approval(ctx: DocContext, rng: random.Random) -> Built:
    """A third-person attestation dated at the top that quotes the association's approval (another date)."""
    p = ctx.shown("acceptance_certificate")
    c = p.country
    short = acronym(ctx.association)
    f = Flow(family="serif", size=10.5)
    top = f.y
    f.para(short, bold=True, size=18, after=0)
    f.para(ctx.association, size=9.5, after=0)
    f.para(ctx.association_address, size=8.5, after=0)
    f.sheet.text(A4[0] - f.margin, top + 14, f"N/Réf. : ACC-{rng.randint(100, 999)}", 9, align="right",
                 family="serif")
    f.sheet.text(A4[0] - f.margin, top + 30, f"{ctx.association_city}, {fmt_date(ctx.acceptance_date, 'dmy_dot')}",
                 10.5, align="right", family="serif")
    f.space(26)
    f.title("ATTESTATION D'ACCUEIL D'UN VOLONTAIRE", size=13)
    approval = ""
    if ctx.approval_association == ctx.association:
        approval = (f", agréée au titre du volontariat sous le n° {ctx.approval_number} depuis le "
                    f"{fmt_date(ctx.approval_date, 'dmy_dot')}")
    f.para(f"L'association « {ctx.association} », ci-après « {short} »{approval}, atteste que la personne désignée "
           "ci-dessous a été retenue pour une mission de volontariat :", after=8)
    for label, value in (("Nom", p.surname.upper()), ("Prénom(s)", p.given_names),
                         ("Né(e) le", fmt_date(p.date_of_birth, "dmy_dot")), ("à", f"{p.place_of_birth} ({c.name_fr})"),
                         ("Nationalité", c.nationality_fr)):
        f.para(f"{label} : {value}", indent=24, after=1)
    months = _months(ctx)
    f.space(8)
    f.para(f"La mission commencera le {fmt_date(ctx.contract_start, 'dmy_dot')} pour une durée d'environ "
           f"{fr_number(months)} mois (fin prévue le {fmt_date(ctx.contract_end, 'dmy_dot')}). {short} prendra en "
           "charge le tutorat du volontaire, son assurance et le versement d'une indemnité mensuelle.")
    f.para("Un contrat de volontariat sera conclu entre les parties. Le volontaire s'engagera par écrit à quitter "
           "la France au terme de sa mission.", after=14)
    f.signature(squiggle(rng), label=f"Pour {short}, le président ou la présidente,")
    f.para(ctx.president, bold=True, after=0)
    footer(f, f"{short} · {ctx.association_address}", pages="1/1")
    return f.sheets, _acceptance_truth(ctx)


# --------------------------------------------------------------------------- departure commitments


def _departure_truth(p: Identity, ctx: DocContext, lang: str) -> dict[str, str]:
    return person_truth(p) | {"signature_date": ctx.commitment_date.isoformat(), "commits_to_leave": "true",
                              "language": lang}


def departure_letterhead_box(ctx: DocContext, rng: random.Random) -> Built:
    """Typed on the association's letterhead for the volunteer to sign; date and signature in a ruled box."""
    p = ctx.shown("departure_commitment")
    c = p.country
    short = acronym(ctx.association)
    f = Flow(family="sans", size=10.5)
    f.para(ctx.association, bold=True, size=12.5, after=0)
    f.para(f"{ctx.association_address} · {short}", size=8.5, after=26)
    f.title("ENGAGEMENT DE DÉPART À L'ISSUE DE LA MISSION", size=13)
    f.para(f"Je soussigné{'e' if p.sex == 'F' else ''},", after=4)
    for label, value in (("NOM", p.surname.upper()), ("Prénoms", p.given_names),
                         ("Date de naissance", fmt_date(p.date_of_birth, "dmy_slash")),
                         ("Nationalité", c.nationality_fr), ("Passeport n°", p.passport_number)):
        f.para(f"{label} : {value}", indent=20, after=1)
    f.space(8)
    f.para(f"volontaire accueilli{'e' if p.sex == 'F' else ''} par {short} dans le cadre d'un contrat de "
           f"volontariat courant jusqu'au {fmt_date(ctx.contract_end, 'dmy_slash')}, m'engage sur l'honneur à "
           "quitter le territoire français au plus tard à la fin de ce contrat et de l'autorisation provisoire de "
           "séjour qui me sera délivrée pour sa durée.")
    f.para("Je reconnais avoir été informé(e) qu'un maintien en France au-delà de cette date m'exposerait à une "
           "mesure d'éloignement.", after=18)
    f.need(130)
    top = f.y
    f.sheet.add(Box(f.margin, top, f.width, 110, stroke=0.3, line=0.8))
    f.sheet.text(f.margin + 8, top + 16, "Date et signature du volontaire, précédées de la mention « lu et approuvé »",
                 8.5, gray=0.2)
    f.sheet.text(f.margin + 14, top + 44, "Lu et approuvé", 13, family="hand")
    f.sheet.text(f.margin + 14, top + 70, f"le {fmt_date(ctx.commitment_date, 'dmy_slash')}", 13, family="hand")
    f.sheet.add(Stroke(tuple((f.margin + 260 + x, top + 62 + y) for x, y in squiggle(rng)), width=1.4, rgb=INK))
    f.y = top + 126
    footer(f, f"{short} - document remis au volontaire pour sa demande de titre de séjour", pages="")
    return f.sheets, _departure_truth(p, ctx, "fr")


_OWN_DEPARTURE = {
    "es": ("DECLARACIÓN DE COMPROMISO DE RETORNO",
           "Yo, {name}, nacido(a) el {born}, me comprometo a salir del territorio francés al término de mi contrato "
           "de voluntariado con la asociación {assoc}, es decir a más tardar el {end}, y a regresar a {home}.",
           "Firmado en {town}, el {when}"),
    "pt": ("DECLARAÇÃO DE COMPROMISSO DE RETORNO",
           "Eu, {name}, nascido(a) em {born}, comprometo-me a deixar o território francês ao término do meu contrato "
           "de voluntariado com a associação {assoc}, ou seja, o mais tardar em {end}, e a regressar a {home}.",
           "Assinado em {town}, em {when}"),
    "en": ("UNDERTAKING TO RETURN HOME",
           "I, {name}, born on {born}, undertake to leave French territory at the end of my volunteer contract with "
           "the association {assoc}, that is on {end} at the latest, and to return to {home}.",
           "Signed in {town} on {when}"),
}


def departure_signed_home(ctx: DocContext, rng: random.Random) -> Built:
    """A statement in the volunteer's language beside its French, signed at home; place and date in the footer."""
    p = ctx.shown("departure_commitment")
    c = p.country
    lang = _LANG.get(p.nationality, "en")
    own_title, own_body, own_signed = _OWN_DEPARTURE[lang]
    town = p.place_of_birth if ctx.commitment_date < ctx.arrival else ctx.association_city
    name = f"{p.given_names} {p.surname.upper()}"
    f = Flow(family="serif", size=10.5)
    f.para(name, bold=True, after=0)
    f.para(f"{town}, {c.name_fr}" if town == p.place_of_birth else f"{town}, France", size=9.5, after=20)
    columns(f, own_title, "ENGAGEMENT DE RETOUR", size=12, bold=True, after=14)
    columns(f,
            own_body.format(name=name, born=fmt_date(p.date_of_birth, "dmy_dot"), assoc=ctx.association,
                            end=fmt_date(ctx.contract_end, "dmy_dot"), home=c.name_en if lang == "en" else
                            c.name_fr),
            f"Je soussigné{'e' if p.sex == 'F' else ''}, {name}, {ne(p)} le {fmt_date(p.date_of_birth, 'dmy_dot')}, "
            f"m'engage à quitter le territoire français au terme de mon contrat de volontariat avec l'association "
            f"{ctx.association}, soit au plus tard le {fmt_date(ctx.contract_end, 'dmy_dot')}, et à rentrer dans mon "
            "pays.", after=30)
    f.sheet.add(Stroke(tuple((f.margin + 300 + x, f.y + 10 + y) for x, y in squiggle(rng)), width=1.4, rgb=INK))
    f.space(50)
    when = fmt_date(ctx.commitment_date, "dmy_slash")
    own_line = own_signed.format(town=town, when=when)
    footer(f, f"{own_line}  /  Signé à {town}, le {when}", pages="")
    return f.sheets, _departure_truth(p, ctx, "fr")
