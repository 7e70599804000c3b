"""Ninth held-out batch: the association's acceptance of the volunteer.

A letter to the French consulate's visa section from the president, in the first person plural, the association's
acronym in a logo block and its public-utility decree at the foot; a letter in two columns, the volunteer's
language (Spanish, Portuguese or English) beside French, naming the volunteer by the first given name only; an
extract of the board's minutes deciding to host the volunteer, certified by the secretary.
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, civ, ne
from synth.documents.held9_common import (
    STAMP_BLUE,
    Page,
    acronym,
    column,
    dmy,
    fr_long,
    frame,
    hline,
    lang_of,
    mission_en,
    nationality_for,
    own_long,
    president_title,
    round_stamp,
    sign,
    upper_first,
)
from synth.identity import Identity
from synth.layout import Box, Sheet


def _truth(ctx: DocContext, p: Identity, given: str) -> dict[str, str]:
    return {"surname": p.surname, "given_names": given, "date_of_birth": p.date_of_birth.isoformat(),
            "association": ctx.association, "issue_date": ctx.acceptance_date.isoformat()}


def acceptance_letter_to_visa_section(ctx: DocContext, rng: random.Random) -> Built:
    """The president writes to the visa section of the French consulate in the volunteer's country: a logo block
    with the acronym, the date under the addressee, 'Nous avons le plaisir de vous confirmer ...', the public
    utility decree and registration numbers at the foot."""
    p = ctx.shown("acceptance_certificate")
    c = p.country
    short = acronym(ctx.association)
    pg = Page(family="serif", size=11, left=66, right=66)
    sh = pg.sheet
    sh.add(Box(66, 40, 64, 64, rgb=(0.18, 0.42, 0.36), stroke=None))
    sh.text(98, 80, short, 16 if len(short) <= 3 else 12, family="sans", bold=True, align="center", gray=1.0)
    sh.text(142, 62, ctx.association, 11, family="sans", bold=True)
    sh.text(142, 77, ctx.association_address, 9, family="sans", gray=0.35)
    sh.text(142, 90, f"contact@{short.lower()}-asso.fr", 9, family="sans", gray=0.35)
    pg.y = 140
    for ln in ("Consulat général de France", f"Service des visas - {ctx.visa_issued_in.title()}",
               c.name_fr):
        pg.line(ln, x=330, after=0)
    pg.gap(14)
    pg.line(f"{ctx.association_city}, le {fr_long(ctx.acceptance_date)}", x=330, after=20)
    pg.line(f"Réf. : {short}/VOL/{ctx.acceptance_date.year}-{rng.randint(10, 99)}", size=9.5, gray=0.35)
    pg.line(f"Objet : accueil de {civ(p, 'fr')} {p.given_names} {p.surname.upper()} en qualité de volontaire",
            size=10.5, bold=True, after=14)
    pg.para("Madame, Monsieur le Consul,", after=8)
    pg.para(f"Nous avons le plaisir de vous confirmer que notre association accueillera {civ(p, 'fr')} "
            f"{p.given_names} {p.surname.upper()}, {ne(p)} le {dmy(p.date_of_birth, '.')} à {p.place_of_birth}, de "
            f"nationalité {nationality_for(p)}, en qualité de volontaire, du {dmy(ctx.contract_start)} au "
            f"{dmy(ctx.contract_end)}.", after=8)
    pg.para(f"Sa mission consistera à {ctx.mission}. Elle s'exercera à {ctx.association_city}, sous la "
            "responsabilité d'un tuteur salarié de l'association. Nous prenons en charge son hébergement et lui "
            "versons une indemnité mensuelle de subsistance.", after=8)
    pg.para("Nous vous remercions de l'attention que vous porterez à sa demande de visa de long séjour et vous "
            "prions d'agréer, Madame, Monsieur le Consul, l'expression de notre haute considération.", after=20)
    pg.para(f"{ctx.president}", x=330, width=200, after=0)
    pg.para(f"{president_title(ctx.president)} de l'association", x=330, width=200, size=10)
    sign(pg.sheet, 340, pg.y + 26, rng)
    round_stamp(pg.sheet, 470, pg.y + 36, 36, [short, ctx.association_city.upper()], rgb=STAMP_BLUE)
    hline(pg.sheet, 66, 529, 780, gray=0.5)
    pg.sheet.text(297, 794, f"Association loi 1901 reconnue d'utilité publique par décret du "
                  f"{rng.randint(1, 28)} {rng.choice(('mars', 'juin', 'octobre'))} {rng.randint(1975, 2012)}",
                  7.5, family="sans", align="center", gray=0.4)
    pg.sheet.text(297, 806, f"SIRET {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)} "
                  f"{rng.randint(10000, 99999)} - {ctx.association_address}", 7.5, family="sans", align="center",
                  gray=0.4)
    return pg.sheets, _truth(ctx, p, p.given_names)


_TWO = {
    "es": ("CARTA DE ACEPTACIÓN",
           "{assoc}, asociación con sede en {city} (Francia), certifica que acepta a {name}, nacid{o} el {born}, "
           "como voluntari{o} del {start} al {end}. Su misión será apoyar a las personas atendidas por la "
           "asociación. La asociación cubre su alojamiento y una indemnización mensual.",
           "{city}, {date}", "Presidente"),
    "pt": ("CARTA DE ACEITE",
           "{assoc}, associação com sede em {city} (França), declara que aceita {name}, nascid{o} em {born}, como "
           "voluntári{o} de {start} a {end}. A associação assume o seu alojamento e uma ajuda de custo mensal.",
           "{city}, {date}", "Presidente"),
    "en": ("LETTER OF ACCEPTANCE",
           "{assoc}, an association based in {city} (France), confirms that it accepts {name}, born on {born}, as "
           "a volunteer from {start} to {end}, to work on {mission}. The association provides accommodation and a "
           "monthly allowance.",
           "{city}, {date}", "President"),
}


def _first_given(p: Identity) -> str:
    """The first given name alone, as a letter writes it ('Cheikh' for 'Cheikh Tidiane'), save where the second
    word is part of the name itself (Vietnamese middle names, hyphenated names)."""
    words = p.given_names.split()
    if len(words) < 2 or p.nationality == "VNM":
        return p.given_names
    return words[0]


def acceptance_two_columns_own_language(ctx: DocContext, rng: random.Random) -> Built:
    """A letter of acceptance in two columns: the volunteer's language on the left (English where it is neither
    Spanish nor Portuguese) and French on the right; the volunteer named by the first given name only; dated in
    each column's way."""
    p = ctx.shown("acceptance_certificate")
    lang = lang_of(p.country)
    own = lang if lang in _TWO else "en"
    given = _first_given(p)
    short = acronym(ctx.association)
    sh = Sheet()
    sh.text(297, 46, f"{ctx.association.upper()}  ·  {ctx.association_address}", 8, family="sans",
            align="center", gray=0.35)
    hline(sh, 50, 545, 54, gray=0.5)
    title, body, dateline, pres = _TWO[own]
    male = p.sex == "M"
    o = "o" if male else "a"
    name = f"{given} {p.surname.upper()}"
    left = body.format(assoc=ctx.association, city=ctx.association_city, name=name, o=o,
                       born=own_long(p.date_of_birth, own), start=own_long(ctx.contract_start, own),
                       end=own_long(ctx.contract_end, own), mission=mission_en(ctx.mission))
    right = (f"L'association « {ctx.association} » ({short}), dont le siège est à {ctx.association_city}, atteste "
             f"accepter {civ(p, 'fr')} {name}, {ne(p)} le {dmy(p.date_of_birth)}, en qualité de volontaire du "
             f"{dmy(ctx.contract_start)} au {dmy(ctx.contract_end)}, pour la mission suivante : {ctx.mission}. "
             "L'association prend en charge son hébergement et lui verse une indemnité mensuelle.")
    top = 90.0
    sh.text(172, top, title, 12, family="serif", bold=True, align="center")
    sh.text(422, top, "LETTRE D'ACCEPTATION", 12, family="serif", bold=True, align="center")
    end_l = column(sh, 56, top + 30, 232, left, size=10, family="serif", lead=1.45)
    end_l = column(sh, 56, end_l + 26, 232, dateline.format(city=ctx.association_city,
                                                             date=own_long(ctx.acceptance_date, own)),
                   size=10, family="serif")
    end_r = column(sh, 306, top + 30, 232, right, size=10, family="serif", lead=1.45)
    end_r = column(sh, 306, end_r + 26, 232, f"Fait à {ctx.association_city}, le {dmy(ctx.acceptance_date)}",
                   size=10, family="serif")
    sh.add(Box(297, top + 14, 0.6, max(end_l, end_r) - top, fill=0.6, stroke=None))
    base = max(end_l, end_r) + 40
    sh.text(297, base, f"{ctx.president} - {pres} / {president_title(ctx.president)}", 10, family="serif",
            align="center")
    sign(sh, 250, base + 34, rng)
    round_stamp(sh, 400, base + 40, 34, [short, ctx.association_city.upper()], rgb=STAMP_BLUE)
    return [sh], _truth(ctx, p, given)


_MEMBERS = ("Jacqueline Perrin", "Olivier Garnier", "Fatima Zahra Ouali", "Thomas Lemoine", "Nathalie Roux",
            "Didier Caron")


def acceptance_board_minutes_extract(ctx: DocContext, rng: random.Random) -> Built:
    """'Extrait du procès-verbal de la réunion du bureau': the meeting's date, who was present, the item on
    hosting volunteers and the board's decision naming the volunteer (surname first), certified by the
    secretary the same day."""
    p = ctx.shown("acceptance_certificate")
    d = ctx.acceptance_date
    secretary, treasurer = rng.sample(_MEMBERS, 2)
    pg = Page(family="serif", size=11, left=70, right=70)
    sh = pg.sheet
    frame(sh, 70, 40, 455, 46, gray=0.35)
    sh.text(297, 60, ctx.association.upper(), 11, family="sans", bold=True, align="center")
    sh.text(297, 76, f"Association régie par la loi du 1er juillet 1901 - {ctx.association_address}", 8,
            family="sans", align="center", gray=0.35)
    pg.y = 118
    pg.line("EXTRAIT DU PROCÈS-VERBAL", size=14, bold=True, align="center", after=0)
    pg.line(f"de la réunion du Bureau du {fr_long(d)}", size=11.5, align="center", after=16)
    pg.para(f"Présents : {ctx.president} ({president_title(ctx.president).lower()}), {secretary} (secrétaire), "
            f"{treasurer} (trésorier). Le quorum étant atteint, le Bureau peut valablement délibérer.", after=10)
    pg.para("Ordre du jour : 1. Approbation du précédent procès-verbal. 2. Budget prévisionnel. 3. Accueil de "
            "volontaires étrangers. 4. Questions diverses.", after=12)
    pg.line("Point 3 - Accueil de volontaires étrangers", bold=True, after=4)
    pg.para(f"Après présentation de la candidature reçue, le Bureau, après en avoir délibéré, décide à l'unanimité "
            f"d'accueillir {upper_first(p)}, {ne(p)} le {dmy(p.date_of_birth, '.')} à {p.place_of_birth}, de "
            f"nationalité {nationality_for(p)}, en qualité de volontaire au sein de l'association, du "
            f"{fr_long(ctx.contract_start)} au {fr_long(ctx.contract_end)}.", after=6)
    title = president_title(ctx.president)
    pg.para(f"La mission confiée consistera à {ctx.mission}. Le Bureau mandate {'sa' if title.endswith('e') else 'son'} "
            f"{title.lower()} pour signer le contrat de volontariat et toute pièce utile.", after=12)
    pg.para("Les autres points de l'ordre du jour ne concernant pas le présent extrait, il n'en est pas fait "
            "mention.", size=9.5, gray=0.3, after=20)
    pg.para(f"Pour extrait certifié conforme, à {ctx.association_city}, le {dmy(d, '.')}.", after=4)
    pg.para(f"{secretary}, secrétaire", align="right", after=2)
    sign(pg.sheet, 380, pg.y + 24, rng)
    round_stamp(pg.sheet, 260, pg.y + 34, 36, [acronym(ctx.association), "LE BUREAU"], rgb=STAMP_BLUE)
    return pg.sheets, _truth(ctx, p, p.given_names)
