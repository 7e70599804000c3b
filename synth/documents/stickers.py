"""More template families for card-like documents: passports, visa stickers, identity and consular cards.

They differ in label words and languages (French/English, English/French,
Spanish/English, numbered labels), label placement (above the value, or inline
before it), date styles and layout; every zone stays valid.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from synth.context import DocContext
from synth.documents.cards import _zone
from synth.documents.common import Builder, Built, du, person_truth, squiggle
from synth.formats import fmt_date
from synth.layout import Box, Sheet, Stroke
from synth.zones import mrv, td1, td3


@dataclass(frozen=True)
class CardStyle:
    """How a card lays out its labelled values."""

    inline: bool  # "Label: value" on one line, or the label small above the value
    columns: int
    date: str
    background: tuple[float, float, float]
    photo_right: bool = False


def _grid(sh: Sheet, rows: list[tuple[str, str]], style: CardStyle, top: float, left: float, right: float) -> float:
    col_w = (right - left) / style.columns
    step = 26 if style.inline else 38
    y = top
    for i, (label, value) in enumerate(rows):
        col = i % style.columns
        x = left + col * col_w
        if style.inline:
            sh.text(x, y, f"{label}: ", 9.5, gray=0.25)
            sh.text(x + 9.5 * 0.55 * (len(label) + 2), y, value, 12.5, bold=True)
        else:
            sh.text(x, y, label, 8.5, gray=0.3)
            sh.text(x, y + 16, value, 13, bold=True)
        if col == style.columns - 1:
            y += step
    return y + (step if len(rows) % style.columns else 0)


def _card(title: list[str], rows: list[tuple[str, str]], style: CardStyle, zone: tuple[str, ...] | None,
          rng: random.Random, height: float = 470, photo: bool = True) -> Sheet:
    sh = Sheet(660, height, background=style.background)
    sh.add(Box(0, 0, 660, 22 + 18 * len(title), rgb=tuple(c * 0.9 for c in style.background), stroke=None))  # type: ignore[arg-type]
    for i, line in enumerate(title):
        sh.text(330, 28 + 18 * i, line, 15 if i == 0 else 11, bold=i == 0, align="center")
    top = 40 + 18 * len(title)
    px = 660 - 24 - 130 if style.photo_right else 24
    if photo:
        sh.photo(px, top, 130, 170)
    left, right = (24, 660 - 170) if style.photo_right else (175, 640)
    _grid(sh, rows, style, top + 14, left, right)
    sh.add(Stroke(tuple((px + 10 + x, top + 205 + y) for x, y in squiggle(rng)), rgb=(0.1, 0.1, 0.3)))
    if zone:
        _zone(sh, zone, height - 58 if len(zone) == 2 else height - 84)
    return sh


# --------------------------------------------------------------------------- passports

_PASSPORT_LABELS = {
    "en": ("Surname", "Given names", "Nationality", "Date of birth", "Sex", "Place of birth", "Date of issue",
           "Date of expiry", "Authority", "Passport No."),
    "num": ("1. Nom / Surname", "2. Prénoms / Given names", "3. Nationalité / Nationality",
            "4. Date de naissance / Date of birth", "5. Sexe / Sex", "6. Lieu de naissance / Place of birth",
            "7. Date de délivrance / Date of issue", "8. Date d'expiration / Date of expiry",
            "9. Autorité / Authority", "Passeport n° / Passport No."),
    "es": ("Apellidos / Surname", "Nombres / Given names", "Nacionalidad / Nationality",
           "Fecha de nacimiento / Date of birth", "Sexo / Sex", "Lugar de nacimiento / Place of birth",
           "Fecha de expedición / Date of issue", "Fecha de vencimiento / Date of expiry", "Autoridad / Authority",
           "Pasaporte No. / Passport No."),
    "short": ("Name", "Forenames", "Nationality", "Born", "Sex", "Birthplace", "Issued", "Expires", "Issuing office",
              "Number"),
}


def _passport(labels: str, style: CardStyle, title: str) -> Builder:
    def build(ctx: DocContext, rng: random.Random) -> Built:
        p = ctx.shown("passport")
        c = p.country
        lab = _PASSPORT_LABELS[labels]
        d = style.date
        rows = [(lab[9], p.passport_number), (lab[0], p.surname.upper()), (lab[1], p.given_names.upper()),
                (lab[2], c.name_en.upper()), (lab[3], fmt_date(p.date_of_birth, d)), (lab[4], p.sex),
                (lab[5], p.place_of_birth.upper()), (lab[6], fmt_date(ctx.passport_issue, d)),
                (lab[7], fmt_date(ctx.passport_expiry, d)), (lab[8], c.authority.upper())]
        lines = td3(c.code, p.surname, p.given_names, p.passport_number, c.code, p.date_of_birth, p.sex,
                    ctx.passport_expiry)
        sh = _card([title.format(en=c.name_en.upper(), fr=c.name_fr.upper()), "P  " + c.code], rows, style,
                   lines, rng, height=520)
        truth = person_truth(p) | {
            "sex": p.sex, "nationality": c.code, "place_of_birth": p.place_of_birth,
            "document_number": p.passport_number, "issue_date": ctx.passport_issue.isoformat(),
            "expiry_date": ctx.passport_expiry.isoformat(), "issuing_authority": c.authority,
            "zone": "\n".join(lines),
        }
        return [sh], truth

    return build


passport_english = _passport("en", CardStyle(False, 2, "dmy_space", (0.93, 0.95, 0.99)), "{en} - PASSPORT")
passport_numbered = _passport("num", CardStyle(False, 2, "abbr_bilingual", (0.97, 0.94, 0.94)),
                              "PASSEPORT / PASSPORT - {fr}")
passport_spanish = _passport("es", CardStyle(False, 2, "dmy_dot", (0.95, 0.97, 0.92), photo_right=True),
                             "PASAPORTE / PASSPORT - {en}")
passport_inline = _passport("short", CardStyle(True, 1, "dmy_dash", (0.96, 0.96, 0.96)), "{en}  PASSPORT")


# --------------------------------------------------------------------------- visas

_VISA_LABELS = {
    "fr_en": ("VALIDE DU / VALID FROM", "AU / UNTIL", "CATÉGORIE / CATEGORY", "ENTRÉES / ENTRIES",
              "DURÉE / DURATION", "DÉLIVRÉ À / ISSUED AT", "DATE", "PASSEPORT / PASSPORT", "NOM / NAME",
              "OBSERVATIONS / REMARKS", "JOURS/DAYS"),
    "en_fr": ("FROM / DU", "UNTIL / AU", "TYPE / TYPE", "NUMBER OF ENTRIES / NOMBRE D'ENTRÉES",
              "DURATION OF STAY / DURÉE DU SÉJOUR", "ISSUED IN / DÉLIVRÉ À", "ON / LE", "PASSPORT No / N° PASSEPORT",
              "SURNAME, NAME / NOM, PRÉNOMS", "REMARKS / REMARQUES", "DAYS"),
    "terse": ("DEBUT", "FIN", "TYPE", "ENTREES", "SEJOUR", "LIEU", "DELIVRANCE", "N° DOC. VOYAGE", "TITULAIRE",
              "MENTIONS", "J"),
}


def _visa(labels: str, style: CardStyle, validity_sentence: bool) -> Builder:
    def build(ctx: DocContext, rng: random.Random) -> Built:
        p = ctx.shown("visa")
        long_stay = ctx.visa_category == "D"
        kind = "MRVA" if long_stay or rng.random() < 0.4 else "MRVB"
        lab = _VISA_LABELS[labels]
        d = style.date
        remarks = "VLS-TS VOLONTAIRE" if long_stay else rng.choice(("TOURISME", "VISITE FAMILIALE", "AFFAIRES"))
        rows = [(lab[2], ctx.visa_category), (lab[3], ctx.visa_entries),
                (lab[4], f"{ctx.visa_duration_days} {lab[10]}"), (lab[5], ctx.visa_issued_in),
                (lab[6], fmt_date(ctx.visa_issue, d)), (lab[7], ctx.visa_passport_number),
                (lab[8], f"{p.surname.upper()}, {p.given_names.upper()}"), (lab[9], remarks)]
        if not validity_sentence:
            rows = [(lab[0], fmt_date(ctx.visa_from, d)), (lab[1], fmt_date(ctx.visa_until, d)), *rows]
        lines = mrv(kind, "FRA", p.surname, p.given_names, ctx.visa_number, p.nationality, p.date_of_birth, p.sex,
                    ctx.visa_until)
        sh = _card([f"VISA   FRA   N° {ctx.visa_number}", "RÉPUBLIQUE FRANÇAISE"], rows, style, lines, rng,
                   height=500)
        if validity_sentence:
            valid_for = "FRANCE" if long_stay else "ÉTATS SCHENGEN"
            sh.text(24, 318, f"VALABLE POUR {valid_for} DU {fmt_date(ctx.visa_from, d)} AU "
                             f"{fmt_date(ctx.visa_until, d)}", 12.5, bold=True)
        truth = person_truth(p) | {
            "sex": p.sex, "nationality": p.nationality, "document_number": ctx.visa_number,
            "visa_category": "long_stay" if long_stay else "short_stay", "valid_from": ctx.visa_from.isoformat(),
            "valid_until": ctx.visa_until.isoformat(), "issue_date": ctx.visa_issue.isoformat(),
            "duration_days": str(ctx.visa_duration_days), "entries": ctx.visa_entries, "remarks": remarks,
            "passport_number": ctx.visa_passport_number, "zone": "\n".join(lines),
        }
        return [sh], truth

    return build


visa_valid_from = _visa("fr_en", CardStyle(False, 2, "dmy_dash", (0.94, 0.96, 0.93)), False)
visa_english_first = _visa("en_fr", CardStyle(False, 2, "dmy_space", (0.95, 0.93, 0.97)), False)
visa_sentence = _visa("fr_en", CardStyle(False, 2, "dmy_slash", (0.93, 0.95, 0.97), photo_right=True), True)
visa_terse = _visa("terse", CardStyle(True, 2, "dmy_dot", (0.97, 0.96, 0.92)), False)


# --------------------------------------------------------------------------- identity cards

_ID_LABELS = {
    "en": ("Surname", "Given names", "Date of birth", "Sex", "Card number", "Nationality", "Issued", "Expires"),
    "fr": ("NOM", "PRÉNOMS", "NÉ(E) LE", "SEXE", "N° DE CARTE", "NATIONALITÉ", "DÉLIVRÉE LE", "VALABLE JUSQU'AU"),
    "num": ("1. Surname / Nom", "2. Names / Prénoms", "3. Birth / Naissance", "4. Sex / Sexe", "5. Document No.",
            "6. Nationality", "7. Issue / Délivrance", "8. Expiry / Expiration"),
}


def _photo_id(labels: str, style: CardStyle, title: str) -> Builder:
    def build(ctx: DocContext, rng: random.Random) -> Built:
        p = ctx.shown("photo_id")
        c = p.country
        lab = _ID_LABELS[labels]
        d = style.date
        rows = [(lab[0], p.surname.upper()), (lab[1], p.given_names.upper()), (lab[2], fmt_date(p.date_of_birth, d)),
                (lab[3], p.sex), (lab[4], ctx.id_number), (lab[5], c.code), (lab[6], fmt_date(ctx.id_issue, d)),
                (lab[7], fmt_date(ctx.id_expiry, d))]
        lines = td1(c.code, p.surname, p.given_names, ctx.id_number, c.code, p.date_of_birth, p.sex, ctx.id_expiry)
        sh = _card([title.format(en=c.name_en.upper(), fr=c.name_fr.upper())], rows, style, lines, rng, height=450)
        truth = person_truth(p) | {
            "sex": p.sex, "nationality": c.code, "document_number": ctx.id_number,
            "issue_date": ctx.id_issue.isoformat(), "expiry_date": ctx.id_expiry.isoformat(),
            "zone": "\n".join(lines),
        }
        return [sh], truth

    return build


photo_id_english = _photo_id("en", CardStyle(False, 2, "dmy_space", (0.93, 0.96, 0.97)), "{en} - IDENTITY CARD")
photo_id_french = _photo_id("fr", CardStyle(True, 1, "dmy_dot", (0.96, 0.94, 0.97)), "{fr} - CARTE D'IDENTITÉ")
photo_id_numbered = _photo_id("num", CardStyle(False, 2, "abbr", (0.95, 0.97, 0.93), photo_right=True),
                              "{en} / {fr} - ID")
photo_id_resident = _photo_id("en", CardStyle(True, 2, "dmy_dash", (0.97, 0.95, 0.93)),
                              "NATIONAL ID CARD / CARTE NATIONALE - {en}")


# --------------------------------------------------------------------------- consular cards

_CONSULAR_LABELS = {
    "fr": ("Nom", "Prénoms", "Date de naissance", "Nationalité", "Numéro consulaire", "Date de délivrance",
           "Date d'expiration"),
    "en": ("Surname", "First names", "Born", "Nationality", "Registration number", "Issued on", "Valid until"),
    "es": ("Apellidos / Nom", "Nombres / Prénoms", "Nacimiento / Naissance", "Nacionalidad / Nationalité",
           "Matrícula N° / Numéro", "Expedición / Délivrance", "Vencimiento / Expiration"),
}


def _consular_card(labels: str, style: CardStyle, title: str) -> Builder:
    def build(ctx: DocContext, rng: random.Random) -> Built:
        p = ctx.shown("consular_card")
        c = p.country
        lab = _CONSULAR_LABELS[labels]
        d = style.date
        rows = [(lab[0], p.surname.upper()), (lab[1], p.given_names), (lab[2], fmt_date(p.date_of_birth, d)),
                (lab[3], c.nationality_fr if labels != "en" else c.name_en),
                (lab[4], ctx.consular_card_number), (lab[5], fmt_date(ctx.consular_card_issue, d)),
                (lab[6], fmt_date(ctx.consular_card_expiry, d))]
        photo = "consular_card" not in ctx.without_photo
        head = title.format(en=c.name_en.upper(), fr=c.name_fr, du=du(c.name_fr))
        sh = _card([head, "Paris"], rows, style, None, rng, height=400, photo=photo)
        truth = person_truth(p) | {
            "nationality": c.code, "document_number": ctx.consular_card_number,
            "issue_date": ctx.consular_card_issue.isoformat(), "expiry_date": ctx.consular_card_expiry.isoformat(),
            "has_photo": str(photo).lower(),
        }
        return [sh], truth

    return build


consular_card_french = _consular_card("fr", CardStyle(False, 2, "dmy_dot", (0.96, 0.95, 0.9)),
                                      "CARTE D'IMMATRICULATION CONSULAIRE - Consulat {du}")
consular_card_english = _consular_card("en", CardStyle(False, 2, "dmy_space", (0.92, 0.95, 0.98)),
                                       "EMBASSY OF {en} - CONSULAR ID CARD")
consular_card_spanish = _consular_card("es", CardStyle(False, 2, "dmy_slash", (0.95, 0.97, 0.93), photo_right=True),
                                       "MATRÍCULA CONSULAR / CARTE CONSULAIRE - {en}")
consular_card_inline = _consular_card("fr", CardStyle(True, 1, "dmy_dash", (0.97, 0.93, 0.93)),
                                      "CARTE CONSULAIRE {du}")
