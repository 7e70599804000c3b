"""Eighth held-out batch: the volunteer's commitment to leave France.

Written by hand on a sheet of squared paper, dated '12/06/26' at the top; typed in two columns, French beside
English; a formal letter to the prefect, the sender's block at the top left and the date with its weekday at the
foot (in English for some).
"""

from __future__ import annotations

import random
from datetime import date

from synth.context import PREFECTURES, DocContext
from synth.documents.common import Built, person_truth
from synth.documents.held8_common import (
    association_in_sentence,
    e,
    en_long,
    en_ordinal,
    fr_long,
    fr_weekday,
    handwriting,
    hline,
    numeric,
    para,
    sign,
    squared_paper,
    vline,
)
from synth.formats import MONTHS_EN
from synth.layout import A4, Sheet, Text


def departure_truth(ctx: DocContext, lang: str) -> dict[str, str]:
    p = ctx.shown("departure_commitment")
    return person_truth(p) | {"signature_date": ctx.commitment_date.isoformat(), "commits_to_leave": "true",
                              "language": lang}


def home_city(ctx: DocContext, rng: random.Random) -> str:
    """Where the volunteer writes from: a city of their country (the letter is signed before they travel)."""
    return rng.choice(ctx.shown("departure_commitment").country.cities)


def en_weekday(d: date) -> str:
    return f"{('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')[d.weekday()]} " \
           f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


# ---------------------------------------------------------------- 1: by hand on squared paper

def departure_squared_paper_by_hand(ctx: DocContext, rng: random.Random) -> Built:
    """A sheet torn from a squared exercise book, all by hand: the place and '12/06/26' at the top right, an
    'Objet', 'Je soussigné ...' with the passport's number, the contract's end date, the signature and the name."""
    p = ctx.shown("departure_commitment")
    c = p.country
    sheet = Sheet(background=(0.99, 0.99, 0.97))
    squared_paper(sheet)
    signed = ctx.commitment_date
    where = home_city(ctx, rng)
    sheet.add(Text(A4[0] - 70, 72, f"{where}, le {signed.strftime('%d/%m/%y')}", 12.5, family="hand", align="right"))
    y = handwriting(sheet, 90, 130, A4[0] - 170, "Objet : engagement à quitter la France", rng, size=13)
    body = (f"Je soussigné{e(p)} {p.given_names} {p.surname.upper()}, né{e(p)} le {numeric(p.date_of_birth)} à "
            f"{p.place_of_birth} ({c.name_fr}), de nationalité {c.nationality_fr}, titulaire du passeport "
            f"n° {p.passport_number}, m'engage sur l'honneur à quitter le territoire français à la fin de mon "
            f"contrat de volontariat avec {association_in_sentence(ctx.association, rng)}, soit le "
            f"{fr_long(ctx.contract_end)}.")
    y = handwriting(sheet, 90, y + 30, A4[0] - 170, body, rng, size=12.5)
    y = handwriting(sheet, 90, y + 12, A4[0] - 170, "Fait pour servir et valoir ce que de droit.", rng, size=12.5)
    sign(sheet, A4[0] - 250, y + 40, rng, scale=1.2)
    handwriting(sheet, A4[0] - 260, y + 96, 200, f"{p.given_names} {p.surname}", rng, size=12)
    return [sheet], departure_truth(ctx, "fr")


# ---------------------------------------------------------------- 2: two columns, French beside English

def departure_two_columns_fr_en(ctx: DocContext, rng: random.Random) -> Built:
    """'ENGAGEMENT DE QUITTER LE TERRITOIRE / UNDERTAKING TO LEAVE FRANCE': the particulars in a shared block,
    then the same commitment in two columns (French first, or English first), one date line and one signature."""
    p = ctx.shown("departure_commitment")
    c = p.country
    english_first = rng.random() < 0.4
    sheet = Sheet()
    titles = ("ENGAGEMENT DE QUITTER LE TERRITOIRE FRANÇAIS", "UNDERTAKING TO LEAVE FRENCH TERRITORY")
    if english_first:
        titles = titles[::-1]
    sheet.add(Text(A4[0] / 2, 70, titles[0], 13.5, bold=True, align="center"))
    sheet.add(Text(A4[0] / 2, 88, titles[1], 11, align="center", gray=0.35))
    x, w = 60.0, A4[0] - 120
    rows = [("Nom / Surname", p.surname.upper()), ("Prénoms / Given names", p.given_names),
            ("Date de naissance / Date of birth", en_ordinal(p.date_of_birth) if english_first
             else fr_long(p.date_of_birth)),
            ("Lieu de naissance / Place of birth", f"{p.place_of_birth}, {c.name_en}"),
            ("Passeport / Passport", p.passport_number)]
    y = 126.0
    for label, value in rows:
        sheet.add(Text(x, y, label, 9, gray=0.35))
        sheet.add(Text(x + 200, y, value, 10.5, bold=True))
        hline(sheet, x + 198, x + w, y + 4, gray=0.8)
        y += 22
    end = ctx.contract_end
    named = association_in_sentence(ctx.association, rng)
    fr = (f"Je m'engage à quitter le territoire français au terme de ma mission de volontariat, c'est-à-dire à "
          f"la fin de mon contrat d'engagement conclu avec {named}, prévue le {fr_long(end)}. Je reconnais avoir "
          f"été informé{e(p)} que l'autorisation provisoire de séjour ne me donne pas vocation à m'installer "
          f"durablement en France.")
    en = (f"I undertake to leave French territory at the end of my volunteer mission, that is at the end of my "
          f"volunteer contract with {ctx.association}, due on {en_long(end)}. I acknowledge that the temporary "
          f"residence permit does not entitle me to settle in France.")
    cols = (en, fr) if english_first else (fr, en)
    col = (w - 24) / 2
    vline(sheet, x + col + 12, y + 10, y + 250, gray=0.6)
    y0 = y + 30
    for i, text in enumerate(cols):
        para(sheet, x + i * (col + 24), y0, col, text, size=10.5, family="serif", lead=1.45)
    y = y0 + 250
    date_line = (f"Date : {numeric(ctx.commitment_date)}" if not english_first
                 else f"Date: {en_long(ctx.commitment_date)}")
    sheet.add(Text(x, y, date_line, 11))
    sheet.add(Text(x + w / 2, y, "Signature :", 11))
    sign(sheet, x + w / 2 + 70, y + 10, rng)
    sheet.add(Text(x + w / 2, y + 60, f"{p.given_names} {p.surname.upper()}", 10, gray=0.3))
    return [sheet], departure_truth(ctx, "en" if english_first else "fr")


# ---------------------------------------------------------------- 3: a letter to the prefect

def departure_letter_to_prefect(ctx: DocContext, rng: random.Random) -> Built:
    """A formal letter: the sender's block at the top left ('SURNAME Given names', born ..., care of the
    association), the prefect's address on the right, 'Objet', the commitment naming the contract, the date with
    its weekday at the foot; an English version writes 'Done at ... on Friday 12 June 2026'."""
    p = ctx.shown("departure_commitment")
    c = p.country
    english = rng.random() < 0.35
    city = ctx.association_city
    prefect = PREFECTURES.get(city, "Préfet de police de Paris").split(",")[-1].strip()
    sheet = Sheet()
    x, w = 64.0, A4[0] - 128
    born = f"born on {en_ordinal(p.date_of_birth)}" if english else f"né{e(p)} le {numeric(p.date_of_birth)}"
    block = [f"{p.surname.upper()} {p.given_names}",
             f"{born} - {p.place_of_birth} ({c.name_en if english else c.name_fr})",
             f"c/o {ctx.association}", ctx.association_address]
    for i, line in enumerate(block):
        sheet.add(Text(x, 64 + i * 15, line, 10.5, bold=i == 0))
    to = [f"Monsieur le {prefect}", "Service de l'immigration et de l'intégration"]
    for i, line in enumerate(to):
        sheet.add(Text(A4[0] / 2 + 20, 160 + i * 15, line, 10.5))
    subject = ("Subject: undertaking to leave France at the end of my volunteer mission" if english else
               "Objet : engagement de quitter le territoire à l'issue de ma mission de volontariat")
    sheet.add(Text(x, 240, subject, 10.5, bold=True))
    signed = ctx.commitment_date
    where = home_city(ctx, rng)
    if english:
        paras = ["Dear Sir or Madam,",
                 f"In support of my application for a temporary residence permit as a volunteer, I hereby undertake "
                 f"to leave French territory at the end of my volunteer contract with {ctx.association}, signed on "
                 f"{en_long(ctx.contract_signed)} and ending on {en_long(ctx.contract_end)}.",
                 "I am aware that this permit is granted only for the duration of my mission.",
                 "Yours faithfully,"]
        closing = f"Done at {where} on {en_weekday(signed)}"
    else:
        paras = ["Monsieur le Préfet,",
                 f"À l'appui de ma demande d'autorisation provisoire de séjour en qualité de volontaire, je m'engage "
                 f"par la présente à quitter le territoire français au terme de mon contrat de volontariat conclu "
                 f"avec {association_in_sentence(ctx.association, rng)} le {fr_long(ctx.contract_signed)}, qui "
                 f"prend fin le {fr_long(ctx.contract_end)}.",
                 "Je sais que cette autorisation ne m'est accordée que pour la durée de ma mission.",
                 "Je vous prie d'agréer, Monsieur le Préfet, l'expression de ma haute considération."]
        closing = f"Fait à {where}, le {fr_weekday(signed)}"
    y = 276.0
    for t in paras:
        y = para(sheet, x, y, w, t, size=11) + 8
    sheet.add(Text(x, y + 20, closing, 11))
    sign(sheet, A4[0] - 230, y + 70, rng)
    sheet.add(Text(A4[0] - 180, y + 110, f"{p.given_names} {p.surname.upper()}", 10.5, align="center"))
    return [sheet], departure_truth(ctx, "en" if english else "fr")
