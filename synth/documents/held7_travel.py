"""Seventh held-out batch: passports and visa stickers."""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, passport_truth, visa_remarks, visa_truth
from synth.documents.held7_common import (
    INK,
    LANG,
    STAMP_BLUE,
    STAMP_RED,
    STAMP_VIOLET,
    STATE,
    box_stamp,
    cap,
    captions,
    ds,
    fit,
    guilloche,
    hline,
    sign,
    vline,
    zone,
)
from synth.formats import days
from synth.identity import Identity
from synth.layout import Box, Ellipse, Sheet, Stroke, Text
from synth.zones import mrv, td3

_PASS_WORD = {"fr": "PASSEPORT", "en": "PASSPORT", "es": "PASAPORTE", "pt": "PASSAPORTE", "vi": "HỘ CHIẾU",
              "de": "REISEPASS", "it": "PASSAPORTO"}


def passport_booklet_a4(ctx: DocContext, rng: random.Random) -> Built:
    """An open booklet laid on a flatbed: the observations page with stamps above, the data page below."""
    p = ctx.shown("passport")
    c = p.country
    own = LANG.get(c.code, "en")
    cp = captions(c.code, "en" if own != "en" else "fr")
    style = "bi_yy" if own == "fr" else rng.choice(("abbr", "abbr", "space"))
    sh = Sheet()
    x0, w = 62.0, 471.0
    # upper page: observations and stamps
    sh.add(Box(x0, 58, w, 330, rgb=(0.95, 0.94, 0.9), stroke=0.55, line=0.6))
    guilloche(sh, rng, x0 + 8, 70, w - 16, 300, rgb=(0.86, 0.84, 0.78), n=4)
    sh.add(Text(x0 + w - 14, 80, str(rng.choice((2, 3))), 9, align="right", gray=0.35))
    obs = {"fr": "OBSERVATIONS", "es": "OBSERVACIONES", "pt": "OBSERVAÇÕES", "vi": "GHI CHÚ", "de": "AMTLICHE VERMERKE",
           "it": "OSSERVAZIONI", "en": "OFFICIAL OBSERVATIONS"}[own]
    sh.add(Text(x0 + w / 2, 96, obs + ("" if own in ("en", "fr") else " / OBSERVATIONS"), 10, align="center",
                gray=0.3, bold=True))
    sh.add(Text(x0 + 30, 122, "Le titulaire / The holder:", 8, gray=0.4))
    sh.add(Text(x0 + 30, 136, "NÉANT / NIL", 9, gray=0.3))
    left = ctx.arrival - days(rng.randint(0, 1))
    box_stamp(sh, x0 + 40, 180, 150, ["SAÍDA / DEPARTURE" if own == "pt" else "DEPARTURE / SORTIE",
                                      c.cities[0].upper() + " AIRPORT", ds(left, "yy_dash")], rgb=STAMP_RED)
    box_stamp(sh, x0 + 250, 230, 170, ["POLICE AUX FRONTIÈRES", "ENTRÉE  ROISSY-CDG", ds(ctx.arrival, "yy_dash"),
                                       f"{rng.randint(100, 999)}"], rgb=STAMP_VIOLET)
    # lower page: data page
    y0 = 396.0
    sh.add(Box(x0, y0, w, 372, rgb=(0.93, 0.95, 0.97), stroke=0.55, line=0.6))
    guilloche(sh, rng, x0 + 6, y0 + 40, w - 12, 220, n=6)
    fit(sh, x0 + w / 2, y0 + 20, STATE[c.code], 11.5, w - 20, bold=True, align="center")
    word = _PASS_WORD[own] + ("" if own == "en" else " / PASSPORT")
    sh.add(Text(x0 + w / 2, y0 + 35, word, 9.5, align="center", gray=0.25))
    sh.photo(x0 + 14, y0 + 60, 118, 150)
    sh.add(Ellipse(x0 + 20, y0 + 236, 34, 42, fill=0.86))  # ghost image
    sign(sh, x0 + 14, y0 + 300, rng, 0.8)
    xa, xb = x0 + 148, x0 + 320
    fw = w - 160
    cap(sh, xa, y0 + 62, "Type", "P", vsize=10.5)
    cap(sh, xa + 46, y0 + 62, "Code", c.code, vsize=10.5)
    cap(sh, xb, y0 + 62, cp[9] + " " + _PASS_WORD[own].capitalize(), p.passport_number, vsize=10.5, maxw=145)
    rows = [(f"1. {cp[0]}", p.surname.upper()), (f"2. {cp[1]}", p.given_names.upper()),
            (f"3. {cp[2]}", c.name_en.upper())]
    y = y0 + 92
    for label, value in rows:
        cap(sh, xa, y, label, value, vsize=10.5, maxw=fw)
        y += 27
    cap(sh, xa, y, f"4. {cp[3]}", ds(p.date_of_birth, style), vsize=10.5, maxw=160)
    cap(sh, xb, y, f"5. {cp[4]}", p.sex, vsize=10.5, maxw=140)
    y += 27
    cap(sh, xa, y, f"6. {cp[5]}", p.place_of_birth.upper(), vsize=10.5, maxw=fw)
    y += 27
    cap(sh, xa, y, f"7. {cp[6]}", ds(ctx.passport_issue, style), vsize=10.5, maxw=160)
    cap(sh, xb, y, f"8. {cp[7]}", ds(ctx.passport_expiry, style), vsize=10.5, maxw=150)
    y += 27
    cap(sh, xa, y, f"9. {cp[8]}", c.authority.upper(), vsize=9.5, maxw=fw)
    lines = td3(c.code, p.surname, p.given_names, p.passport_number, c.code, p.date_of_birth, p.sex,
                ctx.passport_expiry)
    sh.add(Box(x0 + 4, y0 + 318, w - 8, 48, fill=0.97, stroke=None))
    zone(sh, lines, y0 + 338, cx=x0 + w / 2, size=11.5, space=0.35)
    return [sh], passport_truth(ctx, lines)


def passport_card_photo_right(ctx: DocContext, rng: random.Random) -> Built:
    """A landscape data page, two-digit field numbers, photo on the right and a personal number in the zone."""
    p = ctx.shown("passport")
    c = p.country
    own = LANG.get(c.code, "en")
    cp = captions(c.code, "fr")
    style = "dot" if own in ("de", "it") else rng.choice(("space", "abbr", "fr_abbr" if own == "fr" else "space"))
    personal = "".join(str(rng.randint(0, 9)) for _ in range(rng.choice((9, 10, 11))))
    sh = Sheet(700, 470, background=rng.choice(((0.94, 0.96, 0.93), (0.97, 0.94, 0.95), (0.95, 0.95, 0.98))))
    guilloche(sh, rng, 10, 60, 680, 250, rgb=(0.82, 0.88, 0.84), n=7)
    sh.add(Text(26, 30, _PASS_WORD[own], 20, bold=True, gray=0.15))
    fit(sh, 26, 48, STATE[c.code], 10, 380, gray=0.2)
    sh.add(Text(674, 30, "PASSPORT · PASSEPORT" if own not in ("en", "fr") else "PASSPORT / PASSEPORT", 10,
                align="right", gray=0.3))
    sh.photo(520, 66, 150, 192)
    sign(sh, 530, 290, rng, 0.85)
    sh.add(Text(520, 314, "Signature du titulaire / Holder's signature", 6.5, gray=0.4))
    x1, x2, x3 = 26.0, 180.0, 330.0
    cap(sh, x1, 70, "01 Type", "P", vsize=12)
    cap(sh, x2 - 70, 70, "02 Code", c.code, vsize=12)
    cap(sh, x2, 70, f"03 {cp[9]}", p.passport_number, vsize=12, maxw=140)
    cap(sh, x3, 70, "04 N° personnel / Personal No.", personal, vsize=12, maxw=170)
    cap(sh, x1, 104, f"05 {cp[0]}", p.surname.upper(), maxw=470)
    cap(sh, x1, 138, f"06 {cp[1]}", p.given_names.upper(), maxw=470)
    cap(sh, x1, 172, f"07 {cp[2]}", c.nationality_fr.upper() if own == "fr" else c.name_en.upper(), maxw=230)
    cap(sh, x3 - 40, 172, f"08 {cp[4]}", p.sex, maxw=120)
    cap(sh, x1, 206, f"09 {cp[3]}", ds(p.date_of_birth, style), maxw=230)
    cap(sh, x3 - 40, 206, f"10 {cp[5]}", p.place_of_birth.upper(), maxw=220)
    cap(sh, x1, 240, f"11 {cp[6]}", ds(ctx.passport_issue, style), maxw=230)
    cap(sh, x3 - 40, 240, f"12 {cp[7]}", ds(ctx.passport_expiry, style), maxw=220)
    cap(sh, x1, 274, f"13 {cp[8]}", c.authority, vsize=10.5, maxw=470)
    lines = td3(c.code, p.surname, p.given_names, p.passport_number, c.code, p.date_of_birth, p.sex,
                ctx.passport_expiry, personal)
    sh.add(Box(0, 350, 700, 120, fill=0.99, stroke=None))
    zone(sh, lines, 390, size=16, space=1.1)
    return [sh], passport_truth(ctx, lines)


# ---------------------------------------------------------------- visas


def _visa_parts(ctx: DocContext, rng: random.Random) -> tuple[Identity, bool, str, tuple[str, str]]:
    p = ctx.shown("visa")
    long_stay = ctx.visa_category == "D"
    remarks = visa_remarks(long_stay, rng)
    kind = "MRVA" if long_stay or rng.random() < 0.5 else "MRVB"
    lines = mrv(kind, "FRA", p.surname, p.given_names, ctx.visa_number, p.nationality, p.date_of_birth, p.sex,
                ctx.visa_until)
    return p, long_stay, remarks, lines


def visa_booklet_page_stamped(ctx: DocContext, rng: random.Random) -> Built:
    """A whole booklet page scanned: page number, the sticker, and the entry stamp under it."""
    p, long_stay, remarks, lines = _visa_parts(ctx, rng)
    sh = Sheet(background=(0.97, 0.97, 0.95))
    page_no = rng.randint(6, 30)
    guilloche(sh, rng, 30, 60, 535, 740, rgb=(0.87, 0.87, 0.82), n=9)
    sh.add(Text(540, 40, str(page_no), 10, align="right", gray=0.35))
    sh.add(Text(55, 40, "VISAS", 9, gray=0.45, char_space=2))
    x0, y0, w, h = 48.0, 70.0, 500.0, 330.0
    sh.add(Box(x0, y0, w, h, rgb=(0.9, 0.94, 0.96), stroke=0.5, line=0.5))
    guilloche(sh, rng, x0 + 4, y0 + 30, w - 8, 180, rgb=(0.76, 0.84, 0.9), n=5)
    sh.add(Text(x0 + 14, y0 + 24, "VISA", 18, bold=True, gray=0.15))
    sh.add(Text(x0 + 86, y0 + 22, "FRANCE", 11, bold=True, gray=0.2))
    sh.add(Text(x0 + w - 12, y0 + 22, f"FRA {ctx.visa_number}", 12.5, bold=True, align="right", gray=0.05))
    sh.photo(x0 + 12, y0 + 40, 96, 124)
    st = "dash"
    cx, cx2 = x0 + 122, x0 + 320
    valid_for = "FRANCE" if long_stay else "ÉTATS SCHENGEN"
    cap(sh, cx, y0 + 44, "VALABLE POUR / VALID FOR", valid_for, vsize=11, maxw=180)
    cap(sh, cx, y0 + 76, "DU / FROM", ds(ctx.visa_from, st), vsize=11)
    cap(sh, cx2, y0 + 76, "AU / UNTIL", ds(ctx.visa_until, st), vsize=11)
    cap(sh, cx, y0 + 108, "TYPE DE VISA / TYPE OF VISA", ctx.visa_category, vsize=11, maxw=140)
    cap(sh, cx2, y0 + 108, "NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", ctx.visa_entries, vsize=11, maxw=165)
    cap(sh, cx, y0 + 140, "DURÉE DE SÉJOUR / DURATION OF STAY", f"{ctx.visa_duration_days} JOURS", vsize=11,
        maxw=180)
    cap(sh, cx, y0 + 172, "DÉLIVRÉ À / ISSUED IN", ctx.visa_issued_in, vsize=11, maxw=180)
    cap(sh, cx2, y0 + 172, "LE / ON", ds(ctx.visa_issue, st), vsize=11)
    cap(sh, x0 + 12, y0 + 204, "NUMÉRO DE PASSEPORT / PASSPORT NUMBER", ctx.visa_passport_number, vsize=11)
    cap(sh, x0 + 12, y0 + 236, "NOM, PRÉNOM / SURNAME, NAME", f"{p.surname.upper()}, {p.given_names.upper()}",
        vsize=11, maxw=w - 24)
    sh.add(Text(x0 + 12, y0 + 280, "REMARQUES / REMARKS:", 7.5, gray=0.35))
    sh.add(Text(x0 + 118, y0 + 281, remarks, 11, bold=True))
    zone(sh, lines, y0 + 300, cx=x0 + w / 2, size=10.5, space=0.35)
    stamp_h = box_stamp(sh, 300, 450, 190, ["POLICE AUX FRONTIÈRES", f"{rng.choice(('CDG', 'ORLY'))} - ENTRÉE",
                                            ds(ctx.arrival, "yy_dash"), f"P{rng.randint(10, 99)}"], rgb=STAMP_VIOLET,
                        size=9)
    sh.add(Stroke(((305, 455 + stamp_h), (480, 445)), width=0.8, rgb=STAMP_VIOLET))
    return [sh], visa_truth(ctx, p, remarks, lines)


def visa_sticker_cells(ctx: DocContext, rng: random.Random) -> Built:
    """The sticker alone, each field in a ruled cell, trilingual captions and two-digit years."""
    p, long_stay, remarks, lines = _visa_parts(ctx, rng)
    sh = Sheet(650, 440, background=(0.92, 0.95, 0.93))
    guilloche(sh, rng, 0, 40, 650, 260, rgb=(0.8, 0.88, 0.84), n=6)
    sh.add(Box(0, 0, 650, 34, rgb=(0.74, 0.84, 0.8), stroke=None))
    sh.add(Text(18, 24, "RÉPUBLIQUE FRANÇAISE · FRA", 12, bold=True, gray=0.1))
    sh.add(Text(632, 25, ctx.visa_number, 15, bold=True, align="right", family="mono"))
    sh.add(Text(330, 24, "VISA", 17, bold=True, align="center", char_space=3))
    sh.photo(16, 46, 118, 150)
    st = "yy_dash"
    gx, gy, gw, rh = 146.0, 46.0, 490.0, 34.0
    cells = [
        [("VALABLE POUR · VALID FOR · VÁLIDO PARA", "FRANCE" if long_stay else "ÉTATS SCHENGEN", 1.0)],
        [("DU · FROM · DESDE", ds(ctx.visa_from, st), 0.5), ("AU · UNTIL · HASTA", ds(ctx.visa_until, st), 0.5)],
        [("TYPE · TYPE · TIPO", ctx.visa_category, 0.25), ("ENTRÉES · ENTRIES", ctx.visa_entries, 0.3),
         ("DURÉE · DURATION · DURACIÓN", f"{ctx.visa_duration_days} J.", 0.45)],
        [("DÉLIVRÉ À · ISSUED IN", ctx.visa_issued_in, 0.55), ("LE · ON · EL", ds(ctx.visa_issue, st), 0.45)],
        [("N° PASSEPORT · PASSPORT No.", ctx.visa_passport_number, 1.0)],
        [("NOM, PRÉNOM · SURNAME, NAME", f"{p.surname.upper()}, {p.given_names.upper()}", 1.0)],
        [("REMARQUES · REMARKS · OBSERVACIONES", remarks, 1.0)],
    ]
    y = gy
    for row in cells:
        x = gx
        for caption, value, frac in row:
            cw = gw * frac
            sh.add(Box(x, y, cw, rh, stroke=0.45, line=0.5))
            fit(sh, x + 4, y + 9, caption, 6.5, cw - 8, gray=0.35)
            fit(sh, x + 6, y + 27, value, 12.5, cw - 12, bold=True)
            x += cw
        y += rh
    lines_y = 330.0
    sh.add(Box(0, lines_y - 22, 650, 132, fill=0.985, stroke=None))
    zone(sh, lines, lines_y + 8, size=14, space=0.8)
    return [sh], visa_truth(ctx, p, remarks, lines)


def visa_copy_certified_by_hand(ctx: DocContext, rng: random.Random) -> Built:
    """A greyish A4 photocopy of the sticker, with the holder's handwritten 'true copy' note under it."""
    p, long_stay, remarks, lines = _visa_parts(ctx, rng)
    sh = Sheet(background=(0.95, 0.95, 0.95))
    sh.add(Box(20, 20, 555, 802, fill=None, stroke=0.8, line=0.4))
    x0, y0, w, h = 70.0, 90.0, 455.0, 300.0
    sh.add(Box(x0, y0, w, h, fill=0.88, stroke=0.35, line=0.8))
    sh.add(Text(x0 + w / 2, y0 + 22, "VISA — VALID FOR / VALABLE POUR : " + ("FRANCE" if long_stay else
                                                                          "SCHENGEN STATES / ÉTATS SCHENGEN"),
                9.5, bold=True, align="center"))
    sh.photo(x0 + 10, y0 + 34, 90, 116)
    st = "slash"
    cx, cx2 = x0 + 114, x0 + 290
    rows = [
        ((cx, "FROM / DU", ds(ctx.visa_from, st)), (cx2, "UNTIL / AU", ds(ctx.visa_until, st))),
        ((cx, "TYPE OF VISA / TYPE DE VISA", ctx.visa_category), (cx2, "ENTRIES / ENTRÉES", ctx.visa_entries)),
        ((cx, "DURATION OF STAY / DURÉE", f"{ctx.visa_duration_days} DAYS/JOURS"),
         (cx2, "ISSUED ON / LE", ds(ctx.visa_issue, st))),
        ((cx, "ISSUED IN / DÉLIVRÉ À", ctx.visa_issued_in), (cx2, "VISA No.", ctx.visa_number)),
    ]
    y = y0 + 38
    for row in rows:
        for x, caption, value in row:
            cap(sh, x, y, caption, value, vsize=10.5, csize=7, maxw=165, gray=0.25)
        y += 29
    cap(sh, x0 + 10, y0 + 166, "PASSPORT NUMBER / NUMÉRO DE PASSEPORT", ctx.visa_passport_number, vsize=10.5,
        csize=7, gray=0.25)
    cap(sh, x0 + 10, y0 + 196, "SURNAME, NAME / NOM, PRÉNOM", f"{p.surname.upper()}, {p.given_names.upper()}",
        vsize=10.5, csize=7, maxw=w - 20, gray=0.25)
    cap(sh, x0 + 10, y0 + 226, "REMARKS / REMARQUES", remarks, vsize=10.5, csize=7, gray=0.25)
    zone(sh, lines, y0 + 266, cx=x0 + w / 2, size=9.8, space=0.25)
    hy = y0 + h + 60
    jitter = [rng.uniform(-2, 2) for _ in range(4)]
    sh.add(Text(x0 + 10, hy + jitter[0], "Copie certifiée conforme à l'original", 15, family="hand"))
    sh.add(Text(x0 + 22, hy + 28 + jitter[1], f"{p.given_names} {p.surname}", 15, family="hand"))
    sh.add(Text(x0 + 34, hy + 56 + jitter[2], f"le {ds(ctx.filing - days(rng.randint(1, 4)), 'slash')}", 14,
                family="hand"))
    sign(sh, x0 + 230, hy + 50, rng, 1.2, INK)
    hline(sh, 40, 800, 515, gray=0.7)
    vline(sh, 40, 790, 10, gray=0.7)
    sh.add(Text(555, 812, "1/1", 7, align="right", gray=0.5))
    if rng.random() < 0.5:
        box_stamp(sh, 380, hy + 90, 150, ["COPIE", "REÇU AU GUICHET"], rgb=STAMP_BLUE, size=8)
    return [sh], visa_truth(ctx, p, remarks, lines)
