"""Eighth held-out batch: passports and visas as they are uploaded.

A booklet opened flat on a table (the inside cover beside the data page), a portrait scan of the data page over the
observations page, a visa page with its entry stamp, a visa sticker copied over the passport's data page, and a
scanning app's screenshot of a visa.  Captions are the issuing country's own with English, dates as each prints them.
"""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.common import Built, passport_truth, visa_truth
from synth.documents.held8_common import (
    NATIONALITY_PRINTED,
    OWN_LANGUAGE,
    STATES,
    box_stamp,
    en_abbr,
    en_fr_abbr,
    guilloche,
    hline,
    numeric,
    sign,
    zone_lines,
)
from synth.identity import Identity
from synth.layout import A4, Box, Sheet, Text, text_width
from synth.zones import mrv, td3

# captions: surname, given names, nationality, date of birth, sex, place of birth, date of issue, date of expiry,
# authority, passport number, type, country code, holder's signature
CAPTIONS = {
    "fr": ("Nom", "Prénoms", "Nationalité", "Date de naissance", "Sexe", "Lieu de naissance", "Date de délivrance",
           "Date d'expiration", "Autorité", "N° du passeport", "Type", "Code du pays", "Signature du titulaire"),
    "en": ("Surname", "Given names", "Nationality", "Date of birth", "Sex", "Place of birth", "Date of issue",
           "Date of expiry", "Authority", "Passport No.", "Type", "Country code", "Holder's signature"),
    "pt": ("Sobrenome", "Nome", "Nacionalidade", "Data de nascimento", "Sexo", "Local de nascimento",
           "Data de expedição", "Válido até", "Autoridade", "Passaporte nº", "Tipo", "Código do país",
           "Assinatura do titular"),
    "es": ("Apellidos", "Nombres", "Nacionalidad", "Fecha de nacimiento", "Sexo", "Lugar de nacimiento",
           "Fecha de expedición", "Fecha de vencimiento", "Autoridad", "Pasaporte No.", "Tipo", "Código del país",
           "Firma del titular"),
    "vi": ("Họ", "Chữ đệm và tên", "Quốc tịch", "Ngày sinh", "Giới tính", "Nơi sinh", "Ngày cấp", "Có giá trị đến",
           "Nơi cấp", "Số hộ chiếu", "Loại", "Mã số", "Chữ ký người mang hộ chiếu"),
    "de": ("Name", "Vornamen", "Staatsangehörigkeit", "Geburtstag", "Geschlecht", "Geburtsort", "Ausstellungsdatum",
           "Gültig bis", "Behörde", "Pass-Nr.", "Typ", "Kode", "Unterschrift der Inhaberin/des Inhabers"),
    "it": ("Cognome", "Nome", "Cittadinanza", "Data di nascita", "Sesso", "Luogo di nascita", "Data di rilascio",
           "Data di scadenza", "Autorità", "Passaporto N.", "Tipo", "Codice Paese", "Firma del titolare"),
}
PASSPORT_WORD = {"fr": "PASSEPORT", "en": "PASSPORT", "pt": "PASSAPORTE", "es": "PASAPORTE", "vi": "HỘ CHIẾU",
                 "de": "REISEPASS", "it": "PASSAPORTO"}


def captions(code: str) -> list[str]:
    """A country's own caption with English after it, or English with French where English is its own."""
    own = OWN_LANGUAGE.get(code, "en")
    second = "fr" if own == "en" else "en"
    return [f"{a}/{b}" for a, b in zip(CAPTIONS[own], CAPTIONS[second], strict=True)]


def passport_dates(code: str) -> str:
    """How a country's booklet prints dates: a style of synth.formats or of held8_common."""
    own = OWN_LANGUAGE.get(code, "en")
    return {"fr": "en_fr", "en": "abbr", "de": "dot", "vi": "slash", "pt": "abbr", "es": "abbr", "it": "abbr"}[own]


def pdate(d: date, style: str) -> str:
    if style == "en_fr":
        return en_fr_abbr(d)
    if style == "abbr":
        return en_abbr(d)
    if style == "dot":
        return numeric(d, ".")
    if style == "space":
        return numeric(d, " ")
    return numeric(d, "/")


def passport_zone(ctx: DocContext, p: Identity, personal: str = "") -> tuple[str, str]:
    c = p.country
    return td3(c.code, p.surname, p.given_names, p.passport_number, c.code, p.date_of_birth, p.sex,
               ctx.passport_expiry, personal)


def data_page(sheet: Sheet, x: float, y: float, w: float, ctx: DocContext, rng: random.Random, *,
              numbered: bool = False, photo_right: bool = False, date_style: str | None = None,
              personal: str = "") -> tuple[str, str]:
    """A passport's data page drawn in a box `w` wide (about 0.7 w high); returns its zone."""
    p = ctx.shown("passport")
    c = p.country
    s = w / 500
    h = w * 0.7
    style = date_style or passport_dates(c.code)
    sheet.add(Box(x, y, w, h, fill=None, stroke=0.55, line=0.8, rgb=(0.93, 0.95, 0.91)))
    guilloche(sheet, x, y + 40 * s, w, h * 0.6, rng, n=5)
    own = OWN_LANGUAGE.get(c.code, "en")
    state = STATES[c.code][0]
    sheet.add(Text(x + w / 2, y + 16 * s, state, 10 * s, bold=True, align="center"))
    word = PASSPORT_WORD[own] + ("" if own == "en" else " / PASSPORT")
    sheet.add(Text(x + w / 2, y + 29 * s, word, 9 * s, align="center", gray=0.2))
    cap = captions(c.code)
    if numbered:  # numbered in reading order: type, code, number, surname, ..., authority, signature
        order = (10, 11, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 12)
        cap = [f"{order.index(i) + 1}. {t}" for i, t in enumerate(cap)]
    px = x + (w - 150 * s if photo_right else 18 * s)
    sheet.photo(px, y + 42 * s, 128 * s, 162 * s)
    fx = x + (18 * s if photo_right else 162 * s)
    fw = w - 180 * s
    cs, vs = max(5.2, 6.4 * s), max(7.5, 9.8 * s)

    def field(cx: float, cy: float, caption: str, value: str) -> None:
        sheet.add(Text(cx, cy, caption, cs, gray=0.35))
        sheet.add(Text(cx, cy + vs + 2 * s, value, vs, bold=True))

    row = y + 46 * s
    step = 24 * s
    field(fx, row, cap[10], "P")
    field(fx + fw * 0.25, row, cap[11], c.code)
    field(fx + fw * 0.58, row, cap[9], p.passport_number)
    row += step
    field(fx, row, cap[0], p.surname.upper())
    row += step
    field(fx, row, cap[1], p.given_names.upper())
    row += step
    field(fx, row, cap[2], NATIONALITY_PRINTED.get(c.code, c.name_en.upper()))
    row += step
    field(fx, row, cap[3], pdate(p.date_of_birth, style))
    field(fx + fw * 0.58, row, cap[4], p.sex)
    row += step
    field(fx, row, cap[5], p.place_of_birth.upper())
    if personal:
        field(fx + fw * 0.58, row, "Personal No.", personal)
    row += step
    field(fx, row, cap[6], pdate(ctx.passport_issue, style))
    field(fx + fw * 0.5, row, cap[7], pdate(ctx.passport_expiry, style))
    row += step
    sheet.add(Text(fx, row, cap[8], cs, gray=0.35))
    asize = min(vs, vs * fw / max(1.0, text_width(c.authority, "sans", vs, True)))
    sheet.add(Text(fx, row + vs + 2 * s, c.authority, asize, bold=True))
    sheet.add(Text(px, y + 218 * s, cap[12], 5.5 * s, gray=0.4))
    sign(sheet, px + 8 * s, y + 236 * s, rng, scale=0.7 * s, rgb=(0.15, 0.15, 0.2))
    lines = passport_zone(ctx, p, personal)
    size = w * 0.92 / (44 * 0.602)
    zone_lines(sheet, x + w * 0.04, y + h - 2.6 * size, lines, size, band=0.97, width=w * 0.94)
    return lines


def passport_photographed_on_table(ctx: DocContext, rng: random.Random) -> Built:
    """A phone photo of the data page on a table, numbered captions (1. Type ... 13. Signature), the edge of the
    facing page showing above it and a thumb holding the booklet open."""
    sheet = Sheet(width=900, height=660, background=(0.42, 0.36, 0.3))
    sheet.add(Box(52, 14, 796, 46, fill=None, stroke=0.5, rgb=(0.95, 0.94, 0.9)))
    sheet.add(Text(450, 44, f"{rng.randint(2, 4)}", 9, align="center", gray=0.45))
    lines = data_page(sheet, 60, 64, 780, ctx, rng, numbered=True)
    sheet.add(Box(20, 500, 62, 110, fill=None, stroke=None, rgb=(0.78, 0.6, 0.5)))
    return [sheet], passport_truth(ctx, lines)


def passport_portrait_scan_with_observations(ctx: DocContext, rng: random.Random) -> Built:
    """An A4 scan of the booklet turned upright: the data page (photo on the right, dates '29 08 1997') above the
    facing page of observations, the scanner's lid leaving a grey edge."""
    p = ctx.shown("passport")
    c = p.country
    sheet = Sheet()
    sheet.add(Box(0, 0, A4[0], 18, fill=0.55, stroke=None))
    sheet.add(Text(A4[0] - 30, 42, f"Scan {rng.randint(1, 40):02d}", 7, align="right", gray=0.55))
    x, w = 58.0, 480.0
    personal = ""
    if c.code in ("IND", "NGA", "COL"):
        personal = f"{rng.randint(10**9, 10**10 - 1)}"
    lines = data_page(sheet, x, 60, w, ctx, rng, photo_right=True, date_style="space", personal=personal)
    top = 60 + w * 0.7 + 6
    sheet.add(Box(x, top, w, w * 0.7, fill=None, stroke=0.55, rgb=(0.96, 0.96, 0.93)))
    sheet.add(Text(x + w / 2, top + 30, "OBSERVATIONS / OBSERVAÇÕES / OBSERVACIONES"
                   if c.code in ("BRA", "COL") else "OBSERVATIONS", 10, bold=True, align="center", gray=0.3))
    for i in range(8):
        hline(sheet, x + 30, x + w - 30, top + 60 + i * 26, gray=0.8)
    note = {"fr": "Le titulaire ne peut se prévaloir de la protection consulaire que sur présentation de ce passeport.",
            "en": "The holder of this passport is requested to be allowed to pass freely without let or hindrance."}
    sheet.add(Text(x + 36, top + 56, note["fr" if c.french_speaking else "en"], 7.5, gray=0.35))
    sheet.add(Text(x + w - 30, top + w * 0.7 - 14, "3", 9, align="right", gray=0.4))
    return [sheet], passport_truth(ctx, lines)


# ---------------------------------------------------------------- visas

def remarks(ctx: DocContext, rng: random.Random) -> str:
    if ctx.visa_category == "D":
        return rng.choice(("VLS-TS VOLONTAIRE", "VLS-TS VOLONTARIAT", "VOLONTAIRE / VLS-TS"))
    return rng.choice(("TOURISME", "VISITE PRIVÉE", "AFFAIRES"))


def visa_zone(ctx: DocContext, p: Identity, kind: str = "MRVA") -> tuple[str, str]:
    return mrv(kind, "FRA", p.surname, p.given_names, ctx.visa_number, p.nationality, p.date_of_birth, p.sex,
               ctx.visa_until)


def sticker(sheet: Sheet, x: float, y: float, w: float, ctx: DocContext, rng: random.Random, note: str, *,
            sep: str = "-", zone_kind: str = "MRVA", captions_below: bool = False) -> tuple[str, str]:
    """A French visa sticker `w` wide (about 0.58 w high): captions in French and English, the photo on the left,
    dates written with `sep`; returns its zone."""
    p = ctx.shown("visa")
    s = w / 500
    h = w * 0.58
    long_stay = ctx.visa_category == "D"
    sheet.add(Box(x, y, w, h, fill=None, stroke=0.45, line=0.7, rgb=(0.94, 0.92, 0.96)))
    guilloche(sheet, x, y + 10 * s, w, h * 0.7, rng, rgb=(0.86, 0.8, 0.9), n=7)
    sheet.photo(x + 12 * s, y + 50 * s, 92 * s, 116 * s)
    sheet.add(Text(x + 14 * s, y + 26 * s, "VISA", 20 * s, bold=True, gray=0.15))
    sheet.add(Text(x + 86 * s, y + 24 * s, "FRA", 11 * s, bold=True, gray=0.25))
    sheet.add(Text(x + w - 12 * s, y + 22 * s, f"{'D' if long_stay else 'C'}{ctx.visa_number}", 12 * s,
                   family="mono", bold=True, align="right", gray=0.3))
    cs, vs = max(5.0, 5.6 * s), max(7.8, 8.8 * s)
    fx = x + 116 * s

    def field(cx: float, cy: float, caption: str, value: str) -> None:
        if captions_below:
            sheet.add(Text(cx, cy + vs, value, vs, bold=True))
            sheet.add(Text(cx, cy + vs + cs + 2.5 * s, caption, cs, gray=0.4))
        else:
            sheet.add(Text(cx, cy, caption, cs, gray=0.4))
            sheet.add(Text(cx, cy + vs + 1.5 * s, value, vs, bold=True))

    def d(v: date) -> str:
        return numeric(v, sep)

    row, step = y + 48 * s, 22 * s
    field(fx, row, "VALABLE POUR / VALID FOR", "FRANCE" if long_stay else "ETATS SCHENGEN")
    row += step
    field(fx, row, "DU / FROM", d(ctx.visa_from))
    field(fx + 120 * s, row, "AU / UNTIL", d(ctx.visa_until))
    row += step
    field(fx, row, "TYPE DE VISA / TYPE OF VISA", "D" if long_stay else "C")
    field(fx + 110 * s, row, "NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", ctx.visa_entries)
    field(fx + 248 * s, row, "DURÉE DE SÉJOUR / DURATION OF STAY", f"{ctx.visa_duration_days} JOURS")
    row += step
    field(fx, row, "DÉLIVRÉ À / ISSUED IN", ctx.visa_issued_in)
    field(fx + 170 * s, row, "LE / ON", d(ctx.visa_issue))
    row += step
    field(fx, row, "NUMÉRO DE PASSEPORT / NUMBER OF PASSPORT", ctx.visa_passport_number)
    row += step
    field(fx, row, "NOM, PRÉNOM / SURNAME, NAME", f"{p.surname.upper()}, {p.given_names.upper()}")
    row += step
    field(fx, row, "REMARQUES / REMARKS", note)
    lines = visa_zone(ctx, p, zone_kind)
    size = w * 0.92 / (len(lines[0]) * 0.602)
    zone_lines(sheet, x + w * 0.04, y + h - 2.1 * size, lines, size)
    return lines


def entry_stamp(sheet: Sheet, x: float, y: float, ctx: DocContext, rng: random.Random) -> None:
    """A French border police entry stamp, its date as the stamp's dial sets it."""
    post = rng.choice(("ROISSY CDG", "ORLY", "MARSEILLE PROVENCE", "LYON ST EXUPÉRY"))
    arrived = ctx.arrival
    box_stamp(sheet, x, y, ["FRANCE  ->", post, arrived.strftime("%d.%m.%y"), f"{rng.randint(100, 999)}"],
              size=8.5, rgb=(0.2, 0.4, 0.25))


def visa_page_with_entry_stamp(ctx: DocContext, rng: random.Random) -> Built:
    """The passport's visa page scanned alone: its number at the top, the sticker across it (dates '04-07-2026'),
    an entry stamp below."""
    p = ctx.shown("visa")
    sheet = Sheet(width=560, height=790, background=(0.95, 0.95, 0.92))
    guilloche(sheet, 0, 0, 560, 790, rng, rgb=(0.85, 0.88, 0.85), n=14)
    sheet.add(Text(280, 30, "VISAS", 10, bold=True, align="center", gray=0.45))
    sheet.add(Text(520, 30, str(rng.choice((7, 8, 9, 10, 11))), 10, align="right", gray=0.45))
    note = remarks(ctx, rng)
    lines = sticker(sheet, 30, 60, 500, ctx, rng, note, sep="-")
    entry_stamp(sheet, 60, 420, ctx, rng)
    sheet.add(Text(40, 760, p.country.name_en.upper(), 8, gray=0.5))
    return [sheet], visa_truth(ctx, p, note, lines)


def visa_copied_over_data_page(ctx: DocContext, rng: random.Random) -> Built:
    """A photocopy on A4: the visa sticker at the top (dates '04.07.2026', captions under their values) and the
    passport's data page under it, as counters ask for both on one sheet."""
    p = ctx.shown("visa")
    sheet = Sheet()
    sheet.add(Text(40, 34, "COPIE", 8, gray=0.6))
    note = remarks(ctx, rng)
    lines = sticker(sheet, 48, 50, 500, ctx, rng, note, sep=".", zone_kind=rng.choice(("MRVA", "MRVB")),
                    captions_below=True)
    data_page(sheet, 58, 400, 480, ctx, rng)
    return [sheet], visa_truth(ctx, p, note, lines)


def visa_scanner_app_screenshot(ctx: DocContext, rng: random.Random) -> Built:
    """A phone's screenshot of a scanning app: status bar, the app's title, the cropped visa page in the middle
    (dates '04/07/2026'), buttons around it."""
    p = ctx.shown("visa")
    sheet = Sheet(width=430, height=900, background=(0.13, 0.13, 0.15))
    sheet.add(Text(24, 24, f"{rng.randint(8, 21)}:{rng.randint(0, 59):02d}", 11, bold=True, gray=1.0))
    sheet.add(Text(406, 24, f"{rng.randint(12, 96)} %", 10, align="right", gray=1.0))
    sheet.add(Text(215, 62, rng.choice(("Numériser le document", "Scan document")), 13, bold=True, align="center",
                   gray=1.0))
    sheet.add(Text(24, 62, "<", 14, bold=True, gray=1.0))
    sheet.add(Text(406, 62, "OK", 12, bold=True, align="right", gray=0.75))
    sheet.add(Box(10, 90, 410, 280, fill=0.97, stroke=0.9, line=1.5))
    note = remarks(ctx, rng)
    lines = sticker(sheet, 15, 100, 400, ctx, rng, note, sep="/")
    for i, (cx, cy) in enumerate(((10, 90), (420, 90), (10, 370), (420, 370))):
        sheet.add(Box(cx - 6, cy - 6, 12, 12, fill=0.2 if i % 2 else 0.25, stroke=1.0, line=1.2))
    sheet.add(Text(215, 406, "Page 1 / 1", 9, align="center", gray=0.8))
    buttons = ("Recadrer", "Filtres", "Pivoter", "Signer") if rng.random() < 0.5 else ("Crop", "Filters", "Rotate",
                                                                                         "Sign")
    for i, label in enumerate(buttons):
        bx = 20 + i * 100
        sheet.add(Box(bx, 790, 90, 44, fill=0.24, stroke=None))
        sheet.add(Text(bx + 45, 817, label, 9.5, align="center", gray=0.95))
    label = "Exporter en PDF" if buttons[0] == "Recadrer" else "Export PDF"
    sheet.add(Box(60, 720, 310, 44, fill=None, stroke=None, rgb=(0.2, 0.45, 0.9)))
    sheet.add(Text(215, 747, label, 12, bold=True, align="center", gray=1.0))
    sheet.add(Text(215, 440, f"{p.surname.upper()} - visa.pdf", 8.5, align="center", gray=0.7))
    return [sheet], visa_truth(ctx, p, note, lines)
