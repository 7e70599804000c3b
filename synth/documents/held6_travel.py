"""Sixth held-out batch: passports and visas as they reach a prefecture (scans of the open booklet, a phone
scanner's screen, photocopies, a kiosk reader's capture)."""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, passport_truth, visa_remarks, visa_truth
from synth.documents.held6_common import (
    STAMP_BLUE,
    STAMP_VIOLET,
    STATE_NAMES,
    caps,
    caption,
    fit,
    put,
    scribble,
)
from synth.formats import days, fmt_date
from synth.layout import Box, Sheet, Stroke, Text
from synth.zones import mrv, td3


def _passport_lines(ctx: DocContext) -> tuple[str, str]:
    p = ctx.shown("passport")
    return td3(p.country.code, p.surname, p.given_names, p.passport_number, p.country.code, p.date_of_birth,
               p.sex, ctx.passport_expiry)


def _visa_lines(ctx: DocContext, kind: str = "MRVA") -> tuple[str, str]:
    p = ctx.shown("visa")
    return mrv(kind, "FRA", p.surname, p.given_names, ctx.visa_number, p.nationality, p.date_of_birth, p.sex,
               ctx.visa_until)


def _guilloche(sh: Sheet, x: float, y: float, w: float, h: float, gray: float = 0.86, step: float = 9) -> None:
    """Security print: faint wavy lines across a page of the booklet."""
    yy = y + step
    while yy < y + h - 2:
        pts = tuple((x + w * i / 24, yy + (2.5 if i % 2 else -2.5)) for i in range(25))
        sh.add(Stroke(pts, width=0.35, gray=gray))
        yy += step


def _entry_stamp(sh: Sheet, x: float, y: float, when: str, place: str, rgb: tuple[float, float, float]) -> None:
    pts = ((x, y), (x + 118, y), (x + 118, y + 62), (x, y + 62), (x, y))
    sh.add(Stroke(pts, width=1.3, rgb=rgb))
    sh.add(Text(x + 59, y + 14, "POLICE AUX FRONTIÈRES", 7, align="center", gray=0.4, bold=True))
    sh.add(Text(x + 59, y + 31, when, 10, align="center", gray=0.35, family="mono", bold=True))
    sh.add(Text(x + 59, y + 46, place, 7.5, align="center", gray=0.4))
    sh.add(Text(x + 59, y + 57, "ENTRÉE  ⟶", 6.5, align="center", gray=0.45))


# ---------------------------------------------------------------- passports


def passport_open_booklet(ctx: DocContext, rng: random.Random) -> Built:
    """The open booklet scanned flat on a landscape page: a stamped page on the left, the data page on the right."""
    p = ctx.shown("passport")
    c = p.country
    sh = Sheet(842, 595)
    # left page: observations and a couple of border stamps from earlier journeys
    sh.add(Box(30, 40, 380, 515, fill=0.97, stroke=0.55, line=0.6))
    _guilloche(sh, 30, 40, 380, 515)
    sh.add(Text(220, 70, "OBSERVATIONS / ENDORSEMENTS", 8.5, align="center", gray=0.45))
    _entry_stamp(sh, 60 + rng.uniform(0, 40), 120 + rng.uniform(0, 30), fmt_date(ctx.arrival, "dmy_dot"),
                 rng.choice(("ROISSY CDG", "ORLY", "LYON ST-EXUPÉRY")), STAMP_BLUE)
    older = ctx.passport_issue + days(rng.randint(20, 120))
    if older < ctx.arrival:
        _entry_stamp(sh, 230 + rng.uniform(0, 30), 300 + rng.uniform(0, 60), fmt_date(older, "dmy_dot"),
                     rng.choice(c.cities).upper(), STAMP_VIOLET)
    sh.add(Text(220, 540, str(rng.randint(3, 9) * 2 + 2), 8, align="center", gray=0.5))
    # right page: the data page
    x0, y0 = 432, 40
    sh.add(Box(x0, y0, 380, 515, fill=0.95, stroke=0.55, line=0.6))
    _guilloche(sh, x0, y0, 380, 515, gray=0.88, step=12)
    put(sh, x0 + 190, y0 + 30, STATE_NAMES[c.code], 11, width=350, align="center", bold=True)
    put(sh, x0 + 190, y0 + 46, f"PASSEPORT · PASSPORT · {c.name_en.upper()}", 8, width=350, align="center")
    sh.photo(x0 + 16, y0 + 70, 92, 118)
    fx = x0 + 122
    rows = [
        ("Type / Code", f"P   {c.code}"),
        (caption(c.code, 9), p.passport_number),
        (caption(c.code, 0), p.surname.upper()),
        (caption(c.code, 1), p.given_names.upper()),
        (caption(c.code, 2), c.nationality_fr.upper() if c.french_speaking else c.name_en.upper()),
        (caption(c.code, 3), fmt_date(p.date_of_birth, "abbr")),
        (caption(c.code, 4), p.sex),
        (caption(c.code, 5), p.place_of_birth.upper()),
        (caption(c.code, 6), fmt_date(ctx.passport_issue, "abbr")),
        (caption(c.code, 7), fmt_date(ctx.passport_expiry, "abbr")),
        (caption(c.code, 8), c.authority),
    ]
    y = y0 + 74
    for i, (label, value) in enumerate(rows):
        col = fx if i < 8 or i == 10 else fx + (0 if i == 8 else 125)
        if i == 9:
            y -= 26
        put(sh, col, y, label, 6.3, width=240 if i not in (8, 9) else 118, gray=0.35)
        put(sh, col, y + 11, value, 9.5, width=240 if i not in (8, 9) else 118, bold=True)
        y += 26
    scribble(sh, x0 + 30, y0 + 215, rng, 70, rgb=(0.15, 0.15, 0.2))
    put(sh, x0 + 16, y0 + 240, "Signature du titulaire / Holder's signature", 6, width=100, gray=0.4)
    lines = _passport_lines(ctx)
    sh.add(Box(x0 + 6, y0 + 440, 368, 48, fill=1.0, stroke=None))
    for i, line in enumerate(lines):
        sh.add(Text(x0 + 14, y0 + 460 + i * 18, line, fit(line, 352, 11, "mono"), family="mono"))
    return [sh], passport_truth(ctx, lines)


def passport_phone_scanner(ctx: DocContext, rng: random.Random) -> Built:
    """A screenshot of a phone scanning app: the data page cropped in the middle, the app's buttons around it."""
    p = ctx.shown("passport")
    c = p.country
    sh = Sheet(390, 844, background=(0.96, 0.96, 0.97))
    sh.add(Text(24, 22, f"{rng.randint(8, 22)}:{rng.randint(0, 59):02d}", 10, bold=True))
    sh.add(Text(366, 22, f"{rng.randint(18, 96)} %", 9, align="right"))
    sh.add(Box(0, 34, 390, 46, fill=1.0, stroke=None))
    sh.add(Text(18, 63, "‹ Mes scans", 11, gray=0.2))
    sh.add(Text(195, 63, rng.choice(("Passeport", "passport scan", "Scan 2026")), 12, bold=True, align="center"))
    sh.add(Text(372, 63, "Terminé", 11, align="right", gray=0.2, bold=True))
    sh.add(Text(195, 100, "Page 1 / 1", 8.5, align="center", gray=0.45))
    # the cropped data page
    x0, y0, w = 12, 118, 366
    sh.add(Box(x0, y0, w, 300, fill=0.93, stroke=0.3, line=0.5))
    put(sh, x0 + w / 2, y0 + 18, f"{STATE_NAMES[c.code]} — PASSPORT", 8.5, width=w - 20, align="center", bold=True)
    sh.photo(x0 + 10, y0 + 34, 78, 100)
    fx, y = x0 + 98, y0 + 36
    fields = [
        (f"{caption(c.code, 0)}", p.surname.upper()),
        (f"{caption(c.code, 1)}", p.given_names.upper()),
        (f"{caption(c.code, 9)}", p.passport_number),
        (f"{caption(c.code, 3)}", fmt_date(p.date_of_birth, "dmy_space")),
        (f"{caption(c.code, 5)}", f"{p.place_of_birth.upper()}   {caption(c.code, 4)}: {p.sex}"),
        (f"{caption(c.code, 6)}", fmt_date(ctx.passport_issue, "dmy_space")),
        (f"{caption(c.code, 7)}", fmt_date(ctx.passport_expiry, "dmy_space")),
        (f"{caption(c.code, 8)}", c.authority),
    ]
    for label, value in fields:
        put(sh, fx, y, label, 5.6, width=w - 108, gray=0.4)
        put(sh, fx, y + 9.5, value, 7.8, width=w - 108, bold=True)
        y += 23
    lines = _passport_lines(ctx)
    for i, line in enumerate(lines):
        sh.add(Text(x0 + 8, y0 + 262 + i * 15, line, fit(line, w - 16, 11, "mono"), family="mono"))
    # corner handles of the crop
    for hx, hy in ((x0, y0), (x0 + w, y0), (x0, y0 + 300), (x0 + w, y0 + 300)):
        sh.add(Box(hx - 5, hy - 5, 10, 10, fill=1.0, stroke=0.2))
    # the app's controls
    sh.add(Box(0, 700, 390, 144, fill=1.0, stroke=None))
    for i, word in enumerate(("Recadrer", "Filtre", "Pivoter", "Supprimer")):
        sh.add(Box(22 + i * 90, 716, 76, 40, fill=0.9, stroke=None))
        sh.add(Text(60 + i * 90, 741, word, 9, align="center", gray=0.2))
    sh.add(Box(20, 770, 12, 12, stroke=0.3))
    sh.add(Text(40, 780, "Améliorer automatiquement", 9, gray=0.3))
    sh.add(Box(220, 766, 150, 34, rgb=(0.15, 0.45, 0.85), stroke=None))
    sh.add(Text(295, 788, "Exporter en PDF", 10, align="center", gray=1.0, bold=True))
    return [sh], passport_truth(ctx, lines)


# ---------------------------------------------------------------- visas


def _sticker_values(ctx: DocContext, rng: random.Random) -> tuple[str, str, str]:
    long_stay = ctx.visa_category == "D"
    remarks = visa_remarks(long_stay, rng)
    valid_for = "FRANCE" if long_stay else "ÉTATS SCHENGEN"
    return remarks, valid_for, ctx.visa_category


def visa_stamped_page(ctx: DocContext, rng: random.Random) -> Built:
    """One page of the booklet on an A4 scan: the sticker among border stamps, captions French over English."""
    p = ctx.shown("visa")
    remarks, valid_for, cat = _sticker_values(ctx, rng)
    sh = Sheet()
    bx, by, bw, bh = 40, 48, 360, 500
    sh.add(Box(bx, by, bw, bh, fill=0.965, stroke=0.6, line=0.6))
    _guilloche(sh, bx, by, bw, bh, gray=0.87, step=11)
    sh.add(Text(bx + bw / 2, by + 20, "VISAS", 9, align="center", gray=0.5, char_space=3))
    sx, sy, sw, shh = bx + 14, by + 40, bw - 28, 232
    sh.add(Box(sx, sy, sw, shh, rgb=(0.9, 0.93, 0.96), stroke=0.45, line=0.5))
    sh.add(Text(sx + 10, sy + 20, "VISA", 15, bold=True, gray=0.25))
    sh.add(Text(sx + 62, sy + 20, "FRA", 13, bold=True, gray=0.25))
    sh.add(Text(sx + sw - 10, sy + 20, f"N° {ctx.visa_number}", 10, align="right", family="mono", bold=True))

    def cell(x: float, y: float, label: str, value: str, width: float, size: float = 9) -> None:
        put(sh, x, y, label, 5.3, width=width, gray=0.4)
        put(sh, x, y + 11, value, size, width=width, bold=True)

    col2 = sx + sw / 2 + 4
    cell(sx + 10, sy + 38, "VALABLE POUR / VALID FOR", valid_for, sw / 2 - 14)
    cell(col2, sy + 38, "TYPE DE VISA / TYPE OF VISA", cat, sw / 2 - 14)
    cell(sx + 10, sy + 64, "DU / FROM", fmt_date(ctx.visa_from, "dmy_dash"), 90)
    cell(sx + 104, sy + 64, "AU / UNTIL", fmt_date(ctx.visa_until, "dmy_dash"), 90)
    cell(sx + 214, sy + 64, "ENTRÉES / ENTRIES", ctx.visa_entries, sw - 228)
    cell(sx + 10, sy + 90, "DURÉE / DURATION", f"{ctx.visa_duration_days} JOURS", 90)
    cell(sx + 104, sy + 90, "DÉLIVRÉ À / ISSUED IN", ctx.visa_issued_in, 106)
    cell(sx + 214, sy + 90, "LE / ON", fmt_date(ctx.visa_issue, "dmy_dash"), sw - 228)
    cell(sx + 10, sy + 116, "NUMÉRO DU PASSEPORT / PASSPORT NUMBER", ctx.visa_passport_number, 150)
    cell(sx + 10, sy + 142, "NOM, PRÉNOM / SURNAME, NAME", f"{caps(p.surname)}, {caps(p.given_names)}", sw - 20)
    cell(sx + 10, sy + 168, "REMARQUES / REMARKS", remarks, sw - 20)
    lines = _visa_lines(ctx)
    sh.add(Box(sx + 4, sy + 188, sw - 8, 40, fill=0.97, stroke=None))
    for i, line in enumerate(lines):
        sh.add(Text(sx + 8, sy + 203 + i * 15, line, fit(line, sw - 16, 9, "mono"), family="mono"))
    _entry_stamp(sh, bx + 40 + rng.uniform(0, 120), by + 300 + rng.uniform(0, 60),
                 fmt_date(ctx.arrival, "dmy_dot"), rng.choice(("ROISSY CDG", "ORLY", "MARSEILLE")), STAMP_BLUE)
    sh.add(Text(bx + bw / 2, by + bh - 12, str(rng.randint(4, 15) * 2 + 1), 8, align="center", gray=0.5))
    return [sh], visa_truth(ctx, p, remarks, lines)


def visa_photocopy_with_data_page(ctx: DocContext, rng: random.Random) -> Built:
    """A photocopy of two booklet pages on one A4 sheet: the passport's data page above, the visa sticker below
    (values over small captions)."""
    p = ctx.shown("visa")
    pp = ctx.shown("passport")
    c = pp.country
    remarks, valid_for, cat = _sticker_values(ctx, rng)
    sh = Sheet()
    sh.add(Text(297, 34, rng.choice(("Copie passeport + visa", "PASSEPORT / VISA", "Pièce n° 2")), 9,
                align="center", gray=0.45, family="hand"))
    # the data page
    x0, y0, w = 70, 50, 455
    sh.add(Box(x0, y0, w, 330, fill=0.88, stroke=0.35))
    put(sh, x0 + w / 2, y0 + 22, f"{STATE_NAMES[c.code]}  ·  PASSPORT", 10, width=w - 30, align="center", bold=True)
    sh.photo(x0 + 16, y0 + 40, 95, 122)
    y = y0 + 46
    for label, value in ((caption(c.code, 0), pp.surname.upper()), (caption(c.code, 1), pp.given_names.upper()),
                         (caption(c.code, 9), pp.passport_number),
                         (caption(c.code, 3), fmt_date(pp.date_of_birth, "dmy_slash")),
                         (caption(c.code, 6), fmt_date(ctx.passport_issue, "dmy_slash")),
                         (caption(c.code, 7), fmt_date(ctx.passport_expiry, "dmy_slash"))):
        put(sh, x0 + 126, y, label, 6.5, width=300, gray=0.3)
        put(sh, x0 + 126, y + 12, value, 10, width=300, bold=True)
        y += 28
    plines = _passport_lines(ctx)
    for i, line in enumerate(plines):
        sh.add(Text(x0 + 12, y0 + 290 + i * 18, line, fit(line, w - 24, 11, "mono"), family="mono"))
    # the visa page
    vy = 420
    sh.add(Box(x0, vy, w, 330, fill=0.9, stroke=0.35))
    sx, sy, sw = x0 + 16, vy + 30, w - 32
    sh.add(Box(sx, sy, sw, 250, fill=0.95, stroke=0.25))
    sh.add(Text(sx + 10, sy + 22, "VISA  ·  FRA", 13, bold=True))
    sh.add(Text(sx + sw - 10, sy + 22, ctx.visa_number, 12, align="right", family="mono", bold=True))

    def under(x: float, y: float, value: str, label: str, width: float) -> None:
        put(sh, x, y, value, 10, width=width, bold=True)
        put(sh, x, y + 9, label, 5.2, width=width, gray=0.35)

    third = (sw - 20) / 3
    under(sx + 10, sy + 48, valid_for, "valable pour / valid for", third)
    under(sx + 10 + third, sy + 48, ctx.visa_from.strftime("%d-%m-%y"),
          "du / from", third)
    under(sx + 10 + 2 * third, sy + 48, ctx.visa_until.strftime("%d-%m-%y"), "au / until", third)
    under(sx + 10, sy + 80, cat, "type de visa / type of visa", third)
    under(sx + 10 + third, sy + 80, ctx.visa_entries, "entrées / entries", third)
    under(sx + 10 + 2 * third, sy + 80, f"{ctx.visa_duration_days} J", "durée / duration", third)
    under(sx + 10, sy + 112, ctx.visa_issued_in, "délivré à / issued in", third)
    under(sx + 10 + third, sy + 112, ctx.visa_issue.strftime("%d-%m-%y"), "le / on", third)
    under(sx + 10 + 2 * third, sy + 112, ctx.visa_passport_number, "passeport n° / passport no.", third)
    under(sx + 10, sy + 144, f"{caps(p.surname)}  {caps(p.given_names)}", "nom, prénoms / name", sw - 20)
    under(sx + 10, sy + 176, remarks, "remarques / remarks", sw - 20)
    vlines = _visa_lines(ctx)
    for i, line in enumerate(vlines):
        sh.add(Text(sx + 8, sy + 214 + i * 16, line, fit(line, sw - 16, 10, "mono"), family="mono"))
    return [sh], visa_truth(ctx, p, remarks, vlines)


def visa_reader_capture(ctx: DocContext, rng: random.Random) -> Built:
    """A document reader's capture under infrared light (the printed captions fade, the values and zone stay),
    saved with the reader software's panel of the fields it read."""
    p = ctx.shown("visa")
    remarks, valid_for, cat = _sticker_values(ctx, rng)
    sh = Sheet(842, 595, background=(0.2, 0.21, 0.23))
    sh.add(Box(0, 0, 842, 34, fill=0.12, stroke=None))
    sh.add(Text(16, 22, f"DocReader  ·  image IR  ·  {rng.randint(1, 99):03d}", 10, gray=0.85))
    sh.add(Text(826, 22, "Éclairage : IR 870 nm", 9, gray=0.75, align="right"))
    sx, sy, sw, shh = 30, 70, 470, 320
    sh.add(Box(sx, sy, sw, shh, fill=0.74, stroke=None))
    lab = 0.62  # captions barely show under infrared

    def cell(x: float, y: float, label: str, value: str, width: float) -> None:
        put(sh, x, y, label, 6, width=width, gray=lab)
        put(sh, x, y + 14, value, 11, width=width, bold=True, gray=0.05)

    sh.add(Text(sx + 14, sy + 26, "VISA", 16, bold=True, gray=lab))
    sh.add(Text(sx + sw - 14, sy + 26, f"FRA{ctx.visa_number}", 12, align="right", family="mono", gray=0.05))
    half = sw / 2 - 20
    cell(sx + 14, sy + 50, "VALABLE POUR / VALID FOR", valid_for, half)
    cell(sx + sw / 2, sy + 50, "DU / FROM       AU / UNTIL",
         f"{fmt_date(ctx.visa_from, 'dmy_slash')}   {fmt_date(ctx.visa_until, 'dmy_slash')}", half)
    cell(sx + 14, sy + 84, "TYPE", cat, 60)
    cell(sx + 90, sy + 84, "ENTRÉES / ENTRIES", ctx.visa_entries, 90)
    cell(sx + sw / 2, sy + 84, "DURÉE / DURATION", f"{ctx.visa_duration_days} JOURS", half)
    cell(sx + 14, sy + 118, "DÉLIVRÉ À / ISSUED IN", ctx.visa_issued_in, half)
    cell(sx + sw / 2, sy + 118, "LE / ON", fmt_date(ctx.visa_issue, "dmy_slash"), half)
    cell(sx + 14, sy + 152, "PASSEPORT N° / PASSPORT No", ctx.visa_passport_number, half)
    cell(sx + 14, sy + 186, "NOM / NAME", f"{caps(p.surname)} {caps(p.given_names)}", sw - 28)
    cell(sx + 14, sy + 220, "REMARQUES / REMARKS", remarks, sw - 28)
    lines = _visa_lines(ctx, "MRVA")
    for i, line in enumerate(lines):
        sh.add(Text(sx + 12, sy + 272 + i * 19, line, fit(line, sw - 24, 12, "mono"), family="mono", gray=0.02))
    # the software's panel
    px = 530
    sh.add(Box(px, 70, 290, 470, fill=0.96, stroke=None))
    sh.add(Text(px + 14, 94, "Champs lus (zone MRZ)", 11, bold=True))
    rows = [
        ("Type de document", f"Visa {cat}"), ("État émetteur", "FRA"), ("Numéro", ctx.visa_number),
        ("Nom", caps(p.surname)), ("Prénoms", caps(p.given_names)), ("Nationalité", p.nationality),
        ("Date de naissance", p.date_of_birth.isoformat()), ("Sexe", p.sex),
        ("Fin de validité", ctx.visa_until.isoformat()), ("Contrôle des clés", "OK"),
    ]
    y = 122
    for label, value in rows:
        sh.add(Text(px + 14, y, label, 8.5, gray=0.4))
        put(sh, px + 130, y, value, 9, width=150, bold=True)
        sh.add(Box(px + 14, y + 6, 262, 0.4, fill=0.75, stroke=None))
        y += 24
    sh.add(Text(px + 14, y + 20, f"Capture du {fmt_date(ctx.filing - days(rng.randint(0, 3)), 'dmy_slash')}",
                8, gray=0.4))
    sh.add(Text(px + 14, y + 36, "Authenticité : non vérifiée (IR uniquement)", 8, gray=0.4))
    return [sh], visa_truth(ctx, p, remarks, lines)
