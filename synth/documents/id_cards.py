"""Held-out identity-card and consular-card families: photocopies of both faces, values above their labels.

Real cards reach a prefecture as an A4 photocopy holding the front and the back
(sometimes back first), or as a card whose values stand above small labels in
the country's language; consular cards often state their validity in a sentence
on the back.
"""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.cards import _zone
from synth.documents.common import Built, du, person_truth, squiggle
from synth.formats import fmt_date
from synth.layout import Box, Sheet, Stroke, wrap
from synth.zones import td1

CARD_W, CARD_H = 470.0, 300.0


def _card_frame(sh: Sheet, top: float) -> float:
    """A card outline centred on an A4 photocopy; returns its left edge."""
    left = (sh.width - CARD_W) / 2
    sh.add(Box(left, top, CARD_W, CARD_H, fill=0.93, stroke=0.25, line=1.2))
    return left


def _id_truth(ctx: DocContext, lines: tuple[str, str, str]) -> dict[str, str]:
    p = ctx.shown("photo_id")
    return person_truth(p) | {
        "sex": p.sex, "nationality": p.country.code, "document_number": ctx.id_number,
        "issue_date": ctx.id_issue.isoformat(), "expiry_date": ctx.id_expiry.isoformat(), "zone": "\n".join(lines),
    }


def photo_id_photocopy(ctx: DocContext, rng: random.Random) -> Built:
    """Both faces photocopied on one A4 page (back first half the time); the zone on the back."""
    p = ctx.shown("photo_id")
    c = p.country
    sh = Sheet()
    back_first = rng.random() < 0.5
    front_top, back_top = (440.0, 70.0) if back_first else (70.0, 440.0)
    x = _card_frame(sh, front_top)
    sh.text(x + CARD_W / 2, front_top + 24, f"{c.name_en.upper()}", 12, bold=True, align="center")
    sh.text(x + CARD_W / 2, front_top + 40, "IDENTITY CARD · CARTE D'IDENTITÉ", 9, align="center", gray=0.3)
    sh.photo(x + 16, front_top + 56, 110, 140)
    y = front_top + 66
    for label, value in (("Surname / Nom", p.surname.upper()), ("Given names / Prénoms", p.given_names),
                         ("Sex / Sexe", p.sex), ("Nationality / Nationalité", c.code),
                         ("Date of birth / Date de naissance", fmt_date(p.date_of_birth, "dmy_dot"))):
        sh.text(x + 145, y, label, 7.5, gray=0.35)
        sh.text(x + 145, y + 15, value, 12, bold=True)
        y += 37
    sh.add(Stroke(tuple((x + 20 + px * 0.7, front_top + 230 + py * 0.6) for px, py in squiggle(rng)),
                  rgb=(0.1, 0.1, 0.3)))
    x = _card_frame(sh, back_top)
    y = back_top + 28
    for label, value in (("Card No. / N° de carte", ctx.id_number),
                         ("Date of issue / Délivrée le", fmt_date(ctx.id_issue, "dmy_dot")),
                         ("Date of expiry / Expire le", fmt_date(ctx.id_expiry, "dmy_dot")),
                         ("Authority / Autorité", c.authority)):
        sh.text(x + 18, y, label, 7.5, gray=0.35)
        sh.text(x + 18, y + 15, value, 11.5, bold=True)
        y += 34
    lines = td1(c.code, p.surname, p.given_names, ctx.id_number, c.code, p.date_of_birth, p.sex, ctx.id_expiry)
    for i, line in enumerate(lines):
        sh.text(sh.width / 2, back_top + 200 + i * 24, line, 15, family="mono", bold=True, align="center",
                char_space=1.2)
    return [sh], _id_truth(ctx, lines)


# the holder's language, where the generator knows it; English and French otherwise
_ID_WORDS = {
    "DEU": ("Name", "Vornamen", "Geburtsdatum", "Geschlecht", "Ausweisnummer", "Staatsangehörigkeit",
            "Ausstellungsdatum", "Gültig bis", "PERSONALAUSWEIS"),
    "ITA": ("Cognome", "Nome", "Data di nascita", "Sesso", "N. documento", "Cittadinanza", "Emissione", "Scadenza",
            "CARTA D'IDENTITÀ"),
    "ESP": ("Apellidos", "Nombre", "Fecha de nacimiento", "Sexo", "Núm. soporte", "Nacionalidad", "Expedición",
            "Validez", "DOCUMENTO NACIONAL DE IDENTIDAD"),
    "BRA": ("Sobrenome", "Nome", "Data de nascimento", "Sexo", "Registro", "Nacionalidade", "Expedição", "Validade",
            "CARTEIRA DE IDENTIDADE"),
    "COL": ("Apellidos", "Nombres", "Fecha de nacimiento", "Sexo", "Número", "Nacionalidad", "Expedición",
            "Vencimiento", "CÉDULA DE CIUDADANÍA"),
}
_ID_EN = ("Surname", "Given names", "Date of birth", "Sex", "Document number", "Nationality", "Date of issue",
          "Date of expiry", "NATIONAL IDENTITY CARD")
_ID_DATES = {"DEU": "dmy_dot", "ITA": "dmy_dot", "ESP": "dmy_space", "BRA": "dmy_slash", "COL": "iso"}


def photo_id_values_first(ctx: DocContext, rng: random.Random) -> Built:
    """Values in large type with a small label under each, in the holder's language and English."""
    p = ctx.shown("photo_id")
    c = p.country
    own = _ID_WORDS.get(c.code, _ID_EN)
    words = [f"{a} / {b}" if a != b else a for a, b in zip(own, _ID_EN, strict=True)]
    style = _ID_DATES.get(c.code, "iso")
    sh = Sheet(660, 440, background=(0.95, 0.95, 0.9))
    sh.text(24, 30, c.name_fr.upper() if c.french_speaking else c.name_en.upper(), 13, bold=True)
    sh.text(24, 48, words[8], 10, gray=0.3)
    sh.text(636, 34, ctx.id_number, 15, bold=True, align="right")
    sh.text(636, 48, words[4], 7, align="right", gray=0.35)
    sh.photo(506, 64, 130, 170)
    rows = [(words[0], p.surname.upper()), (words[1], p.given_names), (words[2], fmt_date(p.date_of_birth, style)),
            (words[3], p.sex), (words[5], c.code), (words[6], fmt_date(ctx.id_issue, style)),
            (words[7], fmt_date(ctx.id_expiry, style))]
    y = 82.0
    for i, (label, value) in enumerate(rows):
        x = 24 + (i % 2) * 240 if i >= 2 else 24
        sh.text(x, y, value, 13.5, bold=True)
        sh.text(x, y + 12, label, 7, gray=0.35)
        if i < 2 or i % 2 == 1:
            y += 38
    lines = td1(c.code, p.surname, p.given_names, ctx.id_number, c.code, p.date_of_birth, p.sex, ctx.id_expiry)
    sh.add(Stroke(tuple((520 + px * 0.6, 262 + py * 0.5) for px, py in squiggle(rng)), rgb=(0.1, 0.1, 0.3)))
    _zone(sh, lines, 328)
    return [sh], _id_truth(ctx, lines)


# --------------------------------------------------------------------------- consular cards


def _consular_truth(ctx: DocContext, photo: bool) -> dict[str, str]:
    p = ctx.shown("consular_card")
    return person_truth(p) | {
        "nationality": p.country.code, "document_number": ctx.consular_card_number,
        "issue_date": ctx.consular_card_issue.isoformat(), "expiry_date": ctx.consular_card_expiry.isoformat(),
        "has_photo": str(photo).lower(),
    }


def consular_card_band(ctx: DocContext, rng: random.Random) -> Built:
    """A coloured band naming the embassy, the number boxed top right, values above labels, ISO dates."""
    p = ctx.shown("consular_card")
    c = p.country
    photo = "consular_card" not in ctx.without_photo
    sh = Sheet(660, 410, background=(0.96, 0.97, 0.94))
    sh.add(Box(0, 0, 660, 58, rgb=(0.72, 0.8, 0.72), stroke=None))
    sh.text(24, 24, f"AMBASSADE {du(c.name_fr).upper()} EN FRANCE", 12.5, bold=True)
    sh.text(24, 44, "Carte d'identité consulaire / Consular identity card", 10)
    sh.add(Box(470, 70, 166, 40, stroke=0.2, line=1.0))
    sh.text(478, 82, "N° / No.", 7, gray=0.35)
    sh.text(553, 103, ctx.consular_card_number, 14, bold=True, align="center")
    if photo:
        sh.photo(24, 76, 125, 160)
    y = 96.0
    for label, value in (("Nom / Surname", p.surname.upper()), ("Prénoms / Given names", p.given_names),
                         ("Date de naissance / Date of birth", fmt_date(p.date_of_birth, "iso")),
                         ("Nationalité / Nationality", c.nationality_fr.capitalize())):
        sh.text(170, y, value, 13.5, bold=True)
        sh.text(170, y + 12, label, 7, gray=0.35)
        y += 40
    sh.text(170, y, fmt_date(ctx.consular_card_issue, "iso"), 13, bold=True)
    sh.text(170, y + 12, "Délivrance / Issue", 7, gray=0.35)
    sh.text(360, y, fmt_date(ctx.consular_card_expiry, "iso"), 13, bold=True)
    sh.text(360, y + 12, "Expiration / Expiry", 7, gray=0.35)
    sh.add(Stroke(tuple((460 + px, 370 + py * 0.7) for px, py in squiggle(rng)), rgb=(0.1, 0.1, 0.3)))
    sh.text(460, 398, "Le Consul / The Consul", 8.5, gray=0.3)
    return [sh], _consular_truth(ctx, photo)


def consular_card_both_faces(ctx: DocContext, rng: random.Random) -> Built:
    """Front and back on one A4 photocopy; the back gives number and validity in a sentence."""
    p = ctx.shown("consular_card")
    c = p.country
    photo = "consular_card" not in ctx.without_photo
    sh = Sheet()
    x = _card_frame(sh, 80)
    sh.text(x + CARD_W / 2, 104, f"CONSULAT GÉNÉRAL {du(c.name_fr).upper()} À PARIS", 10.5, bold=True,
            align="center")
    sh.text(x + CARD_W / 2, 122, "CARTE CONSULAIRE", 13, bold=True, align="center", char_space=2)
    if photo:
        sh.photo(x + 16, 138, 105, 135)
    y = 150.0
    for label, value in (("NOM", p.surname.upper()), ("PRÉNOMS", p.given_names),
                         ("NÉ(E) LE", fmt_date(p.date_of_birth, "dmy_slash")), ("À", p.place_of_birth)):
        sh.text(x + 140, y, f"{label} :", 8, gray=0.35)
        sh.text(x + 205, y, value, 12, bold=True)
        y += 28
    x = _card_frame(sh, 440)
    text = (f"Carte n° {ctx.consular_card_number}, délivrée le {_long(ctx.consular_card_issue)} et valable "
            f"jusqu'au {_long(ctx.consular_card_expiry)}.",
            f"Le titulaire, de nationalité {c.nationality_fr}, est inscrit au registre des ressortissants "
            f"{du(c.name_fr)} résidant dans la circonscription consulaire de Paris.",
            "En cas de perte, prévenir le consulat.")
    y = 474.0
    for para in text:
        for line in wrap(para, CARD_W - 36, "sans", 10.5):
            sh.text(x + 18, y, line, 10.5)
            y += 16
        y += 6
    sh.add(Stroke(tuple((x + 280 + px, 690 + py * 0.6) for px, py in squiggle(rng)), rgb=(0.1, 0.1, 0.3)))
    sh.text(x + 280, 716, "Le Consul général", 8.5, gray=0.3)
    return [sh], _consular_truth(ctx, photo)


def _long(d: date) -> str:
    return fmt_date(d, "fr_long")
