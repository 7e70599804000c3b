"""Third batch of development departure letters: the many ways a volunteer really signs.

Modelled on letters volunteers send: a handwritten promise signed with a thin
light-blue pen partly over its "Lu et approuvé", the date written beside the
mark; a form filled in online whose signature is the name stamped in a cursive
face beside its label; an English undertaking closed "Yours faithfully" and
"Signed:" with a short set of initials; a typed letter whose signature is a small
faint image pasted in the middle, over the typed name; a statement in the
volunteer's language above its French, a grey ballpoint mark beside "Firma /
Signature du volontaire :" and the date written by hand.  The association stands
in a different place in each (a "P.J." line, a band, the address, the body, a footer).
Signatures are strokes only (see dev_ink), so an unsigned rendering shows none.
"""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.common import Built, ne, person_truth
from synth.documents.dev_common import acronym, footer
from synth.documents.dev_ink import GREY, LIGHT_BLUE, initials, pasted_image, scrawl, script_name
from synth.formats import MONTHS_EN, fmt_date
from synth.identity import Identity
from synth.layout import A4, Box, Flow


def _truth(p: Identity, ctx: DocContext, lang: str) -> dict[str, str]:
    return person_truth(p) | {"signature_date": ctx.commitment_date.isoformat(), "commits_to_leave": "true",
                              "language": lang}


def _where(ctx: DocContext, p: Identity) -> str:
    """At home when written before the journey, in the association's town after it."""
    return p.place_of_birth if ctx.commitment_date < ctx.arrival else ctx.association_city


def _home(country_fr: str) -> str:
    feminine = country_fr[0] in "AEIOUÉ" or country_fr in ("Colombie", "Allemagne", "Italie", "Espagne")
    return f"{'en' if feminine else 'au'} {country_fr}"


def departure_light_pen(ctx: DocContext, rng: random.Random) -> Built:
    """Handwritten; a thin light-blue (or grey) scrawl partly over 'Lu et approuvé', the date by hand beside it."""
    p = ctx.shown("departure_commitment")
    c = p.country
    f = Flow(family="hand", size=13, wobble=rng, margin=66)
    f.para(f"{p.given_names} {p.surname.upper()}", after=0)
    f.para(f"{ne(p).capitalize()} le {fmt_date(p.date_of_birth, 'dmy_space')} à {p.place_of_birth}", after=30)
    f.para(rng.choice(("Engagement sur l'honneur", "ENGAGEMENT SUR L'HONNEUR DE QUITTER LA FRANCE")), bold=True,
           align="center", after=22)
    f.para(f"Je m'appelle {p.given_names} {p.surname.upper()} et je suis de nationalité {c.nationality_fr}. Je "
           f"viens en France pour faire une mission de volontariat. Je promets de repartir {_home(c.name_fr)} "
           f"quand mon contrat sera fini, le {fmt_date(ctx.contract_end, 'dmy_slash')}, et de ne pas rester en "
           "France après la fin de mon autorisation de séjour.")
    f.para("J'ai bien compris que cette autorisation est donnée seulement pour la durée de ma mission.", after=34)
    f.need(90)
    y = f.y + 10
    f.sheet.text(f.margin + 6, y, "Lu et approuvé", 13, family="hand")
    ink = LIGHT_BLUE if rng.random() < 0.6 else GREY
    end = scrawl(f.sheet, f.margin + 40, y + 4, rng, rgb=ink, width=0.7)
    f.sheet.text(end + 26, y + 16, f"le {fmt_date(ctx.commitment_date, 'dmy_slash')}", 13, family="hand")
    f.y = y + 60
    f.para(f"P.J. : copie de mon contrat de volontariat avec l'association {ctx.association}", size=11, after=2)
    return f.sheets, _truth(p, ctx, "fr")


def departure_esigned(ctx: DocContext, rng: random.Random) -> Built:
    """A form filled in online: the name stamped in a cursive face beside 'Signature du volontaire'."""
    p = ctx.shown("departure_commitment")
    c = p.country
    f = Flow(family="sans", size=10.5)
    f.sheet.add(Box(0, 0, A4[0], 46, rgb=(0.9, 0.93, 0.97), stroke=None))
    f.sheet.text(f.margin, 28, f"{ctx.association} · Espace volontaires", 10.5, bold=True, gray=0.2)
    f.sheet.text(A4[0] - f.margin, 28, f"Dossier VOL-{rng.randint(10000, 99999)}", 9, align="right", gray=0.35)
    f.y = 84
    f.title("DÉCLARATION D'ENGAGEMENT À QUITTER LE TERRITOIRE FRANÇAIS", size=12.5)
    f.para("Pièce à joindre à la demande d'autorisation provisoire de séjour (volontariat)", size=9, align="center",
           after=18)
    for label, value in (("Nom de naissance", p.surname.upper()), ("Prénom(s)", p.given_names),
                         ("Date de naissance", fmt_date(p.date_of_birth, "dmy_dash")),
                         ("Lieu de naissance", f"{p.place_of_birth} ({c.name_fr})"),
                         ("N° de passeport", p.passport_number)):
        f.need(20)
        f.sheet.text(f.margin, f.y + 12, f"{label} :", 10, gray=0.3)
        f.sheet.text(f.margin + 150, f.y + 12, value, 11, bold=True)
        f.y += 19
    f.space(12)
    f.para(f"Je déclare avoir conclu un contrat de volontariat avec l'association ci-dessus, pour une mission "
           f"prenant fin le {fmt_date(ctx.contract_end, 'dmy_dash')}. Je m'engage à quitter le territoire "
           "français à l'issue de cette mission et au plus tard à l'expiration de mon autorisation provisoire "
           "de séjour.")
    f.para("Je certifie l'exactitude des informations ci-dessus.", after=20)
    f.para(f"Fait le {fmt_date(ctx.commitment_date, 'iso')}, à {_where(ctx, p)}", after=16)
    f.need(50)
    f.sheet.text(f.margin, f.y + 18, "Signature du volontaire :", 10.5)
    script_name(f.sheet, f.margin + 150, f.y, f"{p.given_names.split()[0]} {p.surname}",
                size=rng.choice((18, 20, 22)))
    f.y += 50
    footer(f, f"{ctx.association} - {ctx.association_address}")
    return f.sheets, _truth(p, ctx, "fr")


def _en_date(when: date) -> str:
    """'12th March 2026', as British letters date themselves."""
    suffix = "th" if 10 <= when.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(when.day % 10, "th")
    return f"{when.day}{suffix} {MONTHS_EN[when.month - 1]} {when.year}"


def departure_initials_en(ctx: DocContext, rng: random.Random) -> Built:
    """An English undertaking addressed to the association, 'Yours faithfully' and 'Signed:' with initials."""
    p = ctx.shown("departure_commitment")
    c = p.country
    f = Flow(family="serif", size=11)
    f.para(f"{p.given_names} {p.surname.upper()}", after=0)
    f.para(f"{rng.randint(3, 90)} {rng.choice(c.surnames)} Street, {p.place_of_birth}, {c.name_en}", size=10,
           after=16)
    for line in ("The Volunteer Coordinator", ctx.association, ctx.association_address):
        f.para(line, align="right", after=0)
    f.space(16)
    f.para(f"Date: {_en_date(ctx.commitment_date)}", after=14)
    f.para("Re: Undertaking to leave France at the end of my volunteer contract", bold=True, after=10)
    f.para("Dear Sir or Madam,", after=6)
    f.para(f"I, {p.surname.upper()} {p.given_names}, born on {fmt_date(p.date_of_birth, 'dmy_slash')} in "
           f"{p.place_of_birth}, {c.name_en}, holder of passport no. {p.passport_number}, hereby undertake to leave "
           f"the territory of France at the end of my volunteer contract with your association, which ends on "
           f"{fmt_date(ctx.contract_end, 'en_long')}, and in any event before my temporary residence permit "
           "expires.")
    f.para("I understand that this undertaking will be filed with my application to the prefecture.", after=14)
    f.para("Yours faithfully,", after=20)
    f.need(40)
    f.sheet.text(f.margin, f.y + 4, "Signed:", 11, family="serif")
    initials(f.sheet, f.margin + 60, f.y + 6, rng)
    f.y += 22
    f.para(f"{p.given_names} {p.surname.upper()}", after=2)
    f.para(f"(Engagement de quitter la France, fait à {_where(ctx, p)})", size=9, after=0)
    return f.sheets, _truth(p, ctx, "en")


def departure_pasted_middle(ctx: DocContext, rng: random.Random) -> Built:
    """A typed letter dated under the sender; a small faint pasted signature, centred over the typed name."""
    p = ctx.shown("departure_commitment")
    c = p.country
    short = acronym(ctx.association)
    f = Flow(family="serif", size=11)
    f.para(f"{p.surname.upper()} {p.given_names}", bold=True, after=0)
    f.para(f"Volontaire - {short}", size=10, after=0)
    f.para(f"Le {fmt_date(ctx.commitment_date, 'dmy_dot')}", size=10.5, after=22)
    f.para(f"Monsieur le Préfet de {ctx.association_city}", align="right", after=24)
    f.para("Objet : engagement de retour dans mon pays d'origine", bold=True, after=12)
    f.para("Monsieur le Préfet,", after=6)
    f.para(f"Titulaire d'un visa de long séjour et accueilli{'e' if p.sex == 'F' else ''} comme volontaire par "
           f"l'association {ctx.association} ({short}), avec laquelle j'ai signé un contrat de volontariat qui "
           f"court du {fmt_date(ctx.contract_start, 'dmy_dot')} au {fmt_date(ctx.contract_end, 'dmy_dot')}, je "
           f"m'engage par la présente à quitter la France au terme de ce contrat et à rentrer {_home(c.name_fr)}.")
    f.para(f"Je suis {ne(p)} le {fmt_date(p.date_of_birth, 'fr_long')} à {p.place_of_birth}.")
    f.para("Je vous prie d'agréer, Monsieur le Préfet, l'expression de ma haute considération.", after=26)
    f.need(80)
    mid = A4[0] / 2
    f.sheet.text(mid, f.y + 10, "Le volontaire" if p.sex == "M" else "La volontaire", 10.5, align="center",
                 family="serif")
    pasted_image(f.sheet, mid - 46, f.y + 18, rng)
    f.sheet.text(mid, f.y + 48, f"{p.given_names} {p.surname.upper()}", 11, align="center", family="serif")
    f.y += 70
    return f.sheets, _truth(p, ctx, "fr")


# the statement in the volunteer's language (Spanish or Portuguese, else English): title, body, signature label
_OWN = {
    "es": ("COMPROMISO DE SALIDA DE FRANCIA",
           "Yo, {name}, de nacionalidad {nat}, me comprometo a salir de Francia al finalizar mi contrato de "
           "voluntariado, el {end}, y a no permanecer en el territorio francés después de esa fecha.",
           "Firma"),
    "pt": ("COMPROMISSO DE SAÍDA DA FRANÇA",
           "Eu, {name}, de nacionalidade {nat}, comprometo-me a sair da França ao término do meu contrato de "
           "voluntariado, em {end}, e a não permanecer no território francês depois dessa data.",
           "Assinatura"),
    "en": ("UNDERTAKING TO LEAVE FRANCE",
           "I, {name}, a national of {nat}, undertake to leave France when my volunteer contract ends on {end}, and "
           "not to remain on French territory after that date.",
           "Signed"),
}
_OWN_LANG = {"COL": "es", "ESP": "es", "BRA": "pt"}


def departure_label_beside(ctx: DocContext, rng: random.Random) -> Built:
    """The volunteer's language above the French; a grey ballpoint mark beside 'Firma / Signature du volontaire :'."""
    p = ctx.shown("departure_commitment")
    c = p.country
    lang = _OWN_LANG.get(c.code, "en")
    title, body, label = _OWN[lang]
    name = f"{p.given_names} {p.surname.upper()}"
    end = fmt_date(ctx.contract_end, "dmy_slash")
    f = Flow(family="sans", size=10.5)
    f.para(title, bold=True, size=12.5, align="center", after=2)
    f.para("ENGAGEMENT DE QUITTER LA FRANCE", bold=True, size=11, align="center", after=18)
    f.para(body.format(name=name, nat=c.name_en if lang == "en" else c.name_fr, end=end), family="serif", after=12)
    f.para(f"Je soussigné{'e' if p.sex == 'F' else ''}, {name}, {ne(p)} le {fmt_date(p.date_of_birth, 'dmy_slash')}, "
           f"de nationalité {c.nationality_fr}, m'engage à quitter la France à la fin de mon contrat de volontariat "
           f"avec l'association {ctx.association}, le {end}, et à ne pas me maintenir sur le territoire français "
           "au-delà de cette date.", after=28)
    f.need(80)
    y = f.y + 14
    f.sheet.text(f.margin, y, f"{label} / Signature du volontaire :", 10.5)
    scrawl(f.sheet, f.margin + 250, y - 2, rng, rgb=GREY, width=0.9, scale=0.85)
    f.sheet.text(f.margin, y + 40, "Fecha / Date :" if lang == "es" else "Data / Date :" if lang == "pt" else "Date :",
                 10.5)
    f.sheet.text(f.margin + 110, y + 40, fmt_date(ctx.commitment_date, "dmy_dot"), 13, family="hand")
    f.sheet.text(f.margin + 230, y + 40, f"à {_where(ctx, p)}", 13, family="hand")
    f.y = y + 60
    footer(f, f"Document établi pour l'association {ctx.association}, {ctx.association_address}", pages="")
    return f.sheets, _truth(p, ctx, "fr")
