"""Ninth held-out batch: passports and long-stay visas.

Passports: a booklet opened lengthways (the signature page above the data page) with captions in the country's
own language, English and French; a document reader's infrared capture, where the coloured captions fade and only
the black data and the zone stay.  Visas: a sticker photographed so close its captions are cut at the left edge;
an MRV-B sticker on a passport page scanned on A4 beside an entry stamp; the booklet held open on a table.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from synth.context import DocContext
from synth.documents.common import Built, passport_truth, visa_remarks, visa_truth
from synth.documents.held9_common import (
    INK,
    PASSPORT_WORD,
    STAMP_BLUE,
    STAMP_RED,
    STAMP_VIOLET,
    caption,
    dmy,
    dmy2,
    frame,
    guilloche,
    hline,
    lang_of,
    mon3,
    rect_stamp,
    sign,
    state_own,
)
from synth.formats import MONTHS_FR_ABBR
from synth.identity import Identity
from synth.layout import Box, Ellipse, Sheet, Stroke
from synth.zones import mrv, td3

# ---------------------------------------------------------------- passports


def _own_date(d: date, lang: str) -> str:
    """How the data page writes a date, by the country's habit."""
    if lang == "en":
        return mon3(d)
    if lang == "fr":
        return f"{d.day:02d} {MONTHS_FR_ABBR[d.month - 1]} {d.year}"
    if lang in ("de", "it"):
        return dmy(d, ".")
    return dmy(d, "/")


def _zone_text(sheet: Sheet, x: float, y: float, lines: tuple[str, ...], size: float = 11.5,
               gray: float = 0.0) -> None:
    for i, ln in enumerate(lines):
        sheet.text(x, y + i * size * 1.45, ln, size, family="mono", gray=gray)


_SIGNATURE = {"fr": "Signature du titulaire", "en": "Signature of bearer", "pt": "Assinatura do titular",
              "es": "Firma del titular", "vi": "Chữ ký của người mang hộ chiếu", "de": "Unterschrift des Inhabers",
              "it": "Firma del titolare"}


def passport_vertical_booklet_signature_page(ctx: DocContext, rng: random.Random) -> Built:
    """A booklet opened lengthways on the scanner: the bearer's signature page above, the data page below,
    captions in the country's language, English and French."""
    p = ctx.shown("passport")
    c = p.country
    lang = lang_of(c)
    lines = td3(c.code, p.surname, p.given_names, p.passport_number, c.code, p.date_of_birth, p.sex,
                ctx.passport_expiry)
    sh = Sheet(520, 790)
    # the upper page: printed notices and the bearer's signature
    frame(sh, 20, 20, 480, 350, gray=0.55)
    sh.text(260, 52, f"{PASSPORT_WORD[lang]} - {rng.randint(32, 48)} pages", 9, family="sans", align="center",
            gray=0.35)
    notes = {
        "fr": "Les autorités sont priées de laisser passer librement le titulaire du présent passeport.",
        "en": "These are to request all whom it may concern to allow the bearer to pass freely.",
        "pt": "As autoridades são solicitadas a permitir a livre passagem do titular deste passaporte.",
        "es": "Se ruega a las autoridades permitir el libre paso del titular del presente pasaporte.",
        "vi": "Đề nghị các cơ quan có thẩm quyền cho người mang hộ chiếu này được đi lại dễ dàng.",
        "de": "Die Behörden werden ersucht, den Inhaber dieses Passes ungehindert reisen zu lassen.",
        "it": "Si pregano le autorità di lasciar passare liberamente il titolare del presente passaporto.",
    }
    sh.text(260, 96, notes[lang], 8.5, family="serif", align="center", gray=0.3)
    if lang != "fr":
        sh.text(260, 112, "Les autorités sont priées de laisser passer librement le titulaire.", 8.5, family="serif",
                align="center", gray=0.3)
    sh.text(60, 250, _SIGNATURE[lang] + " / Signature of bearer" * (lang != "en"), 8, family="sans", gray=0.4)
    hline(sh, 60, 400, 300, gray=0.5)
    sign(sh, 90, 285, rng, rgb=INK)
    sh.add(Stroke(((20, 380), (500, 380)), width=1.2, gray=0.55))  # the fold
    # the data page
    top = 390
    guilloche(sh, 24, top + 10, 472, 330, rng)
    sh.text(260, top + 22, state_own(c), 10, family="sans", bold=True, align="center")
    sh.text(260, top + 38, f"{PASSPORT_WORD[lang]} / PASSPORT / PASSEPORT" if lang not in ("en", "fr")
            else "PASSPORT / PASSEPORT", 9.5, family="sans", align="center", gray=0.2)
    sh.photo(34, top + 72, 112, 142)
    x, lab, val = 168, 7, 10.5
    y = top + 62
    head = [(caption("type", c), "P"), (caption("code", c), c.code), (caption("number", c), p.passport_number)]
    for i, (k, v) in enumerate(head):
        sh.text(x + i * 110, y, k.split(" / ")[0], lab, family="sans", gray=0.4)
        sh.text(x + i * 110, y + 13, v, val, family="mono", bold=True)
    y += 34
    rows = [(caption("surname", c), p.surname.upper()), (caption("given", c), p.given_names.upper()),
            (caption("nationality", c), c.nationality_fr.upper() if lang == "fr" else c.name_en.upper()),
            (caption("birth", c), _own_date(p.date_of_birth, lang)),
            (caption("sex", c), p.sex), (caption("place", c), p.place_of_birth.upper()),
            (caption("issue", c), _own_date(ctx.passport_issue, lang)),
            (caption("expiry", c), _own_date(ctx.passport_expiry, lang)),
            (caption("authority", c), c.authority)]
    for k, v in rows:
        sh.text(x, y, k, lab, family="sans", gray=0.4)
        sh.text(x, y + 12, v, val, family="sans")
        y += 25
    _zone_text(sh, 36, top + 346, lines, 11.2)
    return [sh], passport_truth(ctx, lines)


def passport_reader_infrared_capture(ctx: DocContext, rng: random.Random) -> Built:
    """A kiosk document reader's infrared capture: a dark window around the page, the coloured captions
    barely visible, the black values and the zone plain."""
    p = ctx.shown("passport")
    c = p.country
    personal = f"{rng.randint(10**9, 10**10 - 1)}" if c.code in ("COL", "BRA", "SEN") else ""
    lines = td3(c.code, p.surname, p.given_names, p.passport_number, c.code, p.date_of_birth, p.sex,
                ctx.passport_expiry, personal)
    sh = Sheet(720, 560, background=(0.16, 0.17, 0.19))
    sh.text(20, 24, "DocReader 7 - capture IR 870 nm", 10, family="sans", bold=True, gray=0.92)
    for i, tab in enumerate(("Blanc", "IR", "UV")):
        sh.add(Box(380 + i * 70, 10, 64, 20, fill=0.35 if tab == "IR" else 0.24, stroke=0.5, line=0.4))
        sh.text(412 + i * 70, 24, tab, 9, family="sans", align="center", gray=0.95)
    sh.text(700, 24, f"Session {rng.randint(1000, 9999)}", 8, family="sans", align="right", gray=0.7)
    bg = 0.66
    sh.add(Box(30, 46, 660, 450, fill=bg, stroke=None))
    faint = bg - 0.06  # captions printed in colour fade under infrared light
    sh.text(360, 72, state_own(c), 10, family="sans", align="center", gray=faint)
    sh.add(Box(52, 104, 150, 190, fill=0.3, stroke=None))
    sh.photo(60, 112, 134, 174)
    fields = [("Type", "P", 230, 104), ("Code", c.code, 300, 104), ("N°", p.passport_number, 420, 104),
              ("Nom / Surname", p.surname.upper(), 230, 142), ("Prénoms / Given names", p.given_names.upper(), 230, 180),
              ("Nationalité / Nationality", c.name_fr.upper(), 230, 218),
              ("Date de naissance / Date of birth", p.date_of_birth.strftime("%d %m %Y"), 230, 256),
              ("Sexe / Sex", p.sex, 480, 256),
              ("Lieu de naissance / Place of birth", p.place_of_birth.upper(), 230, 294),
              ("Date de délivrance / Date of issue", ctx.passport_issue.strftime("%d %m %Y"), 230, 332),
              ("Date d'expiration / Date of expiry", ctx.passport_expiry.strftime("%d %m %Y"), 470, 332),
              ("Autorité / Authority", c.authority.upper(), 230, 370)]
    for cap, value, x, y in fields:
        sh.text(x, y, cap, 7, family="sans", gray=faint)
        sh.text(x, y + 15, value, 11, family="sans", bold=True, gray=0.05)
    if personal:
        sh.text(480, 104, "N° personnel", 7, family="sans", gray=faint)
        sh.text(480, 119, personal, 10, family="mono", gray=0.05)
    _zone_text(sh, 48, 436, lines, 12)
    sh.text(20, 520, "MRZ : 2 lignes lues - chiffres de contrôle OK", 9, family="sans", gray=0.85)
    sh.text(700, 520, f"{dmy(ctx.filing, '/')} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}", 9,
            family="sans", align="right", gray=0.7)
    return [sh], passport_truth(ctx, lines)


# ---------------------------------------------------------------- visas


def _visa_common(ctx: DocContext, rng: random.Random, kind: str = "MRVA") -> tuple[Identity, str, tuple[str, str]]:
    p = ctx.shown("visa")
    long_stay = ctx.visa_category == "D"
    remarks = rng.choice(("VLS-TS VOLONTAIRE", "VOLONTAIRE / VLS-TS", "VLS-TS VOLONTAIRE ASSOCIATIF")) \
        if long_stay else visa_remarks(False, rng)
    lines = mrv(kind, "FRA", p.surname, p.given_names, ctx.visa_number, p.nationality, p.date_of_birth, p.sex,
                ctx.visa_until)
    return p, remarks, lines


def _valid_for(ctx: DocContext) -> str:
    return "FRANCE" if ctx.visa_category == "D" else "ÉTATS SCHENGEN"


def visa_sticker_cropped_close(ctx: DocContext, rng: random.Random) -> Built:
    """A phone photo taken so close to the sticker that its left edge, and the first letters of the captions
    there, are cut off; dates as the sticker prints them, 04-07-26."""
    p, remarks, lines = _visa_common(ctx, rng)
    sh = Sheet(640, 430, background=(0.86, 0.88, 0.84))
    guilloche(sh, 0, 20, 640, 300, rng, gray=0.76)
    sh.text(6, 30, "ALABLE POUR / VALID FOR", 7, family="sans", gray=0.35)
    sh.text(6, 44, _valid_for(ctx), 11, family="sans", bold=True)
    sh.text(300, 30, "VISA", 16, family="sans", bold=True, gray=0.25)
    sh.text(628, 30, f"FRA{ctx.visa_number}", 12, family="mono", bold=True, align="right", gray=0.1)
    sh.text(6, 72, "U / FROM", 7, family="sans", gray=0.35)
    sh.text(6, 86, dmy2(ctx.visa_from), 11, family="sans", bold=True)
    sh.text(110, 72, "AU / UNTIL", 7, family="sans", gray=0.35)
    sh.text(110, 86, dmy2(ctx.visa_until), 11, family="sans", bold=True)
    sh.text(230, 72, "TYPE DE VISA / TYPE OF VISA", 7, family="sans", gray=0.35)
    sh.text(230, 86, ctx.visa_category, 11, family="sans", bold=True)
    sh.text(6, 110, "OMBRE D'ENTRÉES / NUMBER OF ENTRIES", 7, family="sans", gray=0.35)
    sh.text(6, 124, ctx.visa_entries, 11, family="sans", bold=True)
    sh.text(200, 110, "DURÉE DE SÉJOUR / DURATION OF STAY", 7, family="sans", gray=0.35)
    sh.text(200, 124, f"{ctx.visa_duration_days} JOURS", 11, family="sans", bold=True)
    sh.text(6, 148, "ÉLIVRÉ À / ISSUED IN", 7, family="sans", gray=0.35)
    sh.text(6, 162, ctx.visa_issued_in, 11, family="sans", bold=True)
    sh.text(200, 148, "LE / ON", 7, family="sans", gray=0.35)
    sh.text(200, 162, dmy2(ctx.visa_issue), 11, family="sans", bold=True)
    sh.text(6, 186, "UMÉRO DE PASSEPORT / NUMBER OF PASSPORT", 7, family="sans", gray=0.35)
    sh.text(6, 200, ctx.visa_passport_number, 11, family="sans", bold=True)
    sh.text(6, 224, "OM, PRÉNOM / SURNAME, NAME", 7, family="sans", gray=0.35)
    sh.text(6, 238, f"{p.surname.upper()}, {p.given_names.upper()}", 11, family="sans", bold=True)
    sh.text(6, 262, "EMARQUES / REMARKS", 7, family="sans", gray=0.35)
    sh.text(6, 276, remarks, 11, family="sans", bold=True)
    sh.add(Box(486, 62, 134, 170, fill=0.72, stroke=0.4))
    sh.photo(494, 70, 118, 154)
    sign(sh, 470, 270, rng, rgb=INK, scale=0.9)
    _zone_text(sh, 4, 350, lines, 12.5)
    return [sh], visa_truth(ctx, p, remarks, lines)


def visa_mrvb_on_scanned_page_with_entry_stamp(ctx: DocContext, rng: random.Random) -> Built:
    """A passport's visa page scanned on A4: a small MRV-B sticker captioned in French without accents,
    dates 04/07/2026, the border police's entry stamp beside it, a staple's shadow in the corner."""
    p, remarks, lines = _visa_common(ctx, rng, "MRVB")
    c = p.country
    sh = Sheet()
    sh.text(60, 40, f"Page {rng.randint(8, 16)} - {PASSPORT_WORD[lang_of(c)]}", 8, family="sans", gray=0.55)
    sh.add(Box(60, 56, 475, 650, fill=0.93, stroke=0.6, line=0.5))
    guilloche(sh, 64, 70, 466, 600, rng, gray=0.86)
    sh.text(297, 96, "VISAS", 14, family="serif", bold=True, align="center", gray=0.55)
    x0, y0 = 92, 130
    sh.add(Box(x0, y0, 410, 250, fill=0.97, stroke=0.45, line=0.6))
    sh.photo(x0 + 10, y0 + 30, 86, 110)
    rows = [("VALABLE POUR", _valid_for(ctx).replace("É", "E"), 110, 22), ("VISA", ctx.visa_category, 340, 22),
            ("DU", dmy(ctx.visa_from), 110, 52), ("AU", dmy(ctx.visa_until), 220, 52),
            ("NOMBRE D'ENTREES", ctx.visa_entries, 330, 52),
            ("DUREE DE SEJOUR", f"{ctx.visa_duration_days} JOURS", 110, 82),
            ("DELIVRE A", ctx.visa_issued_in, 220, 82), ("LE", dmy(ctx.visa_issue), 330, 82),
            ("NUMERO DE PASSEPORT", ctx.visa_passport_number, 110, 112),
            ("NOM", p.surname.upper(), 110, 142), ("PRENOM", p.given_names.upper(), 270, 142),
            ("REMARQUES", remarks, 110, 172)]
    for cap, value, dx, dy in rows:
        sh.text(x0 + dx, y0 + dy, cap, 6.5, family="sans", gray=0.4)
        sh.text(x0 + dx, y0 + dy + 12, value, 9.5, family="sans", bold=True)
    sh.text(x0 + 400, y0 + 14, f"FRA {ctx.visa_number}", 9, family="mono", bold=True, align="right", gray=0.2)
    _zone_text(sh, x0 + 12, y0 + 215, lines, 10.5)
    entry = ctx.arrival
    bottom = rect_stamp(sh, 300, 420, 150, ["POLICE AUX FRONTIÈRES", "ROISSY - CDG", f"E  {dmy2(entry, ' ')}",
                                            f"{rng.randint(100, 999)}"], rgb=STAMP_VIOLET)
    sh.add(Stroke(((325, bottom - 14), (340, bottom - 6), (352, bottom - 18)), width=1.2, rgb=STAMP_VIOLET))
    rect_stamp(sh, 110, 470, 130, ["SORTIE", c.name_fr.upper(), dmy2(entry - timedelta(days=1), ".")], rgb=STAMP_BLUE)
    sh.text(297, 690, f"{rng.randint(8, 16) + 1}", 8, family="serif", align="center", gray=0.5)
    sh.add(Stroke(((540, 48), (560, 44)), width=2.4, gray=0.5))
    return [sh], visa_truth(ctx, p, remarks, lines)


def visa_booklet_held_open_on_table(ctx: DocContext, rng: random.Random) -> Built:
    """A photo of the booklet held open on a wooden table: a page of travel stamps on the left, the sticker on
    the right page, two thumbs at the edges; captions French / English, dates 04.07.2026."""
    p, remarks, lines = _visa_common(ctx, rng)
    sh = Sheet(820, 560, background=(0.52, 0.38, 0.26))
    sh.add(Box(40, 40, 740, 480, fill=0.9, stroke=0.3, line=1.0))
    sh.add(Stroke(((410, 40), (410, 520)), width=1.6, gray=0.55))
    # left page: stamps of earlier trips
    sh.text(60, 66, "Thị thực / Visas" if lang_of(p.country) == "vi" else "VISAS", 10, family="serif",
            gray=0.55)
    y = 100.0
    span = max(1, (ctx.visa_issue - ctx.passport_issue).days)
    for place, colour in (("AÉROPORT INTERNATIONAL", STAMP_RED), ("ARRIVAL", STAMP_BLUE), ("DEPARTURE", STAMP_VIOLET)):
        past = ctx.passport_issue + timedelta(days=rng.randint(0, span))
        y = rect_stamp(sh, 70 + rng.randint(0, 140), y, 150, [place, dmy2(past, ".")], rgb=colour) + 28
    sh.add(Ellipse(22, 380, 60, 34, fill=0.62))  # thumbs over the corners
    sh.add(Ellipse(748, 150, 56, 32, fill=0.62))
    x0, y0 = 430, 70
    sh.add(Box(x0, y0, 330, 300, fill=0.95, stroke=0.4, line=0.6))
    guilloche(sh, x0 + 4, y0 + 30, 322, 200, rng, gray=0.83)
    sh.text(x0 + 8, y0 + 16, "VALABLE POUR / VALID FOR", 6, family="sans", gray=0.4)
    sh.text(x0 + 8, y0 + 28, _valid_for(ctx), 9.5, family="sans", bold=True)
    sh.text(x0 + 322, y0 + 22, f"N° {ctx.visa_number}", 9, family="mono", bold=True, align="right", gray=0.15)
    sh.photo(x0 + 8, y0 + 40, 74, 96)
    rows = [("DU / FROM", dmy(ctx.visa_from, "."), 92, 48), ("AU / UNTIL", dmy(ctx.visa_until, "."), 200, 48),
            ("TYPE DE VISA / TYPE OF VISA", ctx.visa_category, 92, 76),
            ("NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", ctx.visa_entries, 200, 76),
            ("DURÉE DE SÉJOUR / DURATION OF STAY", f"{ctx.visa_duration_days} J", 92, 104),
            ("DÉLIVRÉ À / ISSUED IN", ctx.visa_issued_in, 92, 132),
            ("LE / ON", dmy(ctx.visa_issue, "."), 230, 132),
            ("NUMÉRO DU PASSEPORT / PASSPORT NUMBER", ctx.visa_passport_number, 92, 160),
            ("NOM, PRÉNOM / SURNAME, NAME", f"{p.surname.upper()} {p.given_names.upper()}", 8, 188),
            ("REMARQUES / REMARKS", remarks, 8, 216)]
    for cap, value, dx, dy in rows:
        sh.text(x0 + dx, y0 + dy, cap, 5.5, family="sans", gray=0.4)
        sh.text(x0 + dx, y0 + dy + 11, value, 8.5, family="sans", bold=True)
    _zone_text(sh, x0 + 8, y0 + 256, lines, 9.5)
    sign(sh, x0 + 200, y0 + 236, rng, rgb=INK, scale=0.7)
    return [sh], visa_truth(ctx, p, remarks, lines)
