"""Seventh batch of development families for the visa: captions where stickers and their copies put them.

Modelled on French visa stickers and on the way consulates' and counters' copies print
them: the values in a ruled grid with the captions in tiny print *under* each value;
captions replaced by the field numbers of the uniform format, with no words at all; the
captions in English only, right-aligned in a column to the left of their values; and a
sticker photocopied small on an A4 page with the copying counter's note beside it.
Short-stay stickers say "ETATS SCHENGEN" and their purpose, long-stay ones "FRANCE" and the
volunteer's mention; the zone is drawn as family 1 draws it.
"""

from __future__ import annotations

import math
import random
from datetime import date

from synth.context import DocContext
from synth.documents.common import Built, visa_remarks, visa_truth
from synth.documents.dev_pieces import zone_at
from synth.documents.registry import caps
from synth.formats import MONTHS_EN
from synth.identity import Identity
from synth.layout import A4, Box, Sheet, Stroke
from synth.zones import mrv

KIND = "visa"


def _zone(ctx: DocContext, p: Identity, rng: random.Random) -> tuple[str, str]:
    kind = "MRVA" if ctx.visa_category == "D" or rng.random() < 0.4 else "MRVB"
    return mrv(kind, "FRA", p.surname, p.given_names, ctx.visa_number, p.nationality, p.date_of_birth, p.sex,
               ctx.visa_until)


def _waves(sh: Sheet, x: float, y: float, w: float, h: float, rng: random.Random,
           rgb: tuple[float, float, float] = (0.75, 0.8, 0.88)) -> None:
    phase = rng.uniform(0, 6)
    for k in range(5):
        y0 = y + h * (k + 0.5) / 5
        pts = tuple((x + i * w / 36, y0 + 5 * math.sin(phase + k * 0.8 + i / 2.5)) for i in range(37))
        sh.add(Stroke(pts, width=0.35, rgb=rgb))


def _mon(d: date) -> str:
    return f"{d.day:02d} {MONTHS_EN[d.month - 1][:3].upper()} {d.year}"


def _where(ctx: DocContext) -> str:
    return "FRANCE" if ctx.visa_category == "D" else "ETATS SCHENGEN"


def visa_captions_under(ctx: DocContext, rng: random.Random) -> Built:
    """A ruled grid: each value bold at the top of its cell, its caption in tiny grey print under it
    ('DU / FROM' under '05.09.2026'); the name and the remarks in full-width cells."""
    p = ctx.shown(KIND)
    long_stay = ctx.visa_category == "D"
    sh = Sheet(720, 500, background=(0.94, 0.95, 0.98))
    _waves(sh, 0, 40, 720, 320, rng)
    sh.text(20, 30, "VISA", 22, bold=True)
    sh.text(100, 29, "FRA", 15, bold=True, gray=0.2)
    sh.text(700, 30, ctx.visa_number, 15, bold=True, family="mono", align="right")
    sh.photo(16, 52, 122, 158)
    dot = rng.choice(("%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y"))
    rows: list[list[tuple[str, str]]] = [
        [(_where(ctx), "VALABLE POUR / VALID FOR"), (ctx.visa_from.strftime(dot), "DU / FROM"),
         (ctx.visa_until.strftime(dot), "AU / UNTIL")],
        [(ctx.visa_category, "TYPE DE VISA / TYPE OF VISA"), (ctx.visa_entries, "NOMBRE D'ENTREES / NUMBER OF ENTRIES"),
         (f"{ctx.visa_duration_days} JOURS", "DUREE DE SEJOUR / DURATION OF STAY")],
        [(ctx.visa_issued_in, "DELIVRE A / ISSUED IN"), (ctx.visa_issue.strftime(dot), "LE / ON"),
         (ctx.visa_passport_number, "N° DU PASSEPORT / PASSPORT NUMBER")],
    ]
    x0, w, h = 152, 184, 44
    for r, row in enumerate(rows):
        for i, (value, cap) in enumerate(row):
            x, y = x0 + i * w, 52 + r * h
            sh.add(Box(x, y, w, h, stroke=0.5, line=0.5))
            sh.text(x + 6, y + 20, value, 12.5, bold=True, family="mono" if any(ch.isdigit() for ch in value) else "sans")
            sh.text(x + 6, y + h - 7, cap, 5.6, gray=0.38)
    remarks = visa_remarks(long_stay, rng)
    if long_stay and rng.random() < 0.5:
        remarks += " - CARTE DE SEJOUR A SOLLICITER"
    for j, (value, cap) in enumerate(((f"{caps(p.surname)}  {caps(p.given_names)}", "NOM, PRENOMS / SURNAME, NAME"),
                                      (remarks, "REMARQUES / REMARKS"))):
        y = 222 + j * h
        sh.add(Box(16, y, 688, h, stroke=0.5, line=0.5))
        sh.text(22, y + 21, value, 13, bold=True)
        sh.text(22, y + h - 7, cap, 5.6, gray=0.38)
    lines = _zone(ctx, p, rng)
    zone_at(sh, lines, 360, 420)
    return [sh], visa_truth(ctx, p, remarks, lines)


def visa_numbered_captions(ctx: DocContext, rng: random.Random) -> Built:
    """No caption words: each value follows its field number in a small circle-like bracket, in the uniform
    format's order; dates '05-09-2026', the duration '365' then 'J'."""
    p = ctx.shown(KIND)
    long_stay = ctx.visa_category == "D"
    sh = Sheet(700, 480, background=(0.96, 0.94, 0.97))
    _waves(sh, 0, 44, 700, 300, rng, (0.82, 0.76, 0.86))
    sh.add(Box(0, 0, 700, 38, rgb=(0.85, 0.8, 0.9), stroke=None))
    sh.text(18, 28, "VISA", 20, bold=True)
    sh.text(682, 28, "FRA", 16, bold=True, align="right")
    sh.text(110, 28, ctx.visa_number, 13, family="mono", gray=0.15)
    x = 22 if rng.random() < 0.5 else 170
    px = 540 if x == 22 else 20
    sh.photo(px, 52, 128, 164)
    dash = "%d-%m-%Y"
    remarks = visa_remarks(long_stay, rng)
    fields = [
        ((1,), _where(ctx)),
        ((2, 3), f"{ctx.visa_from.strftime(dash)}    {ctx.visa_until.strftime(dash)}"),
        ((4, 5, 6), f"{ctx.visa_category}      {ctx.visa_entries}      {ctx.visa_duration_days} J"),
        ((7, 8), f"{ctx.visa_issued_in}    {ctx.visa_issue.strftime(dash)}"),
        ((9,), ctx.visa_passport_number),
        ((10,), f"{caps(p.surname)}, {caps(p.given_names)}"),
        ((11,), remarks),
    ]
    y = 66
    for nums, value in fields:
        sh.text(x, y, " ".join(f"({n})" for n in nums), 6.5, gray=0.4)
        sh.text(x, y + 16, value, 12.5, bold=True, family="mono" if nums[0] in (2, 7, 9) else "sans")
        y += 38
    lines = _zone(ctx, p, rng)
    zone_at(sh, lines, 350, 410)
    return [sh], visa_truth(ctx, p, remarks, lines)


def visa_english_column(ctx: DocContext, rng: random.Random) -> Built:
    """Captions in English only, right-aligned in a column left of their values ('Valid for  SCHENGEN STATES',
    'From  05 SEP 2026'); the photo on the right; dates '05 SEP 2026'."""
    p = ctx.shown(KIND)
    long_stay = ctx.visa_category == "D"
    sh = Sheet(700, 490, background=(0.95, 0.97, 0.95))
    _waves(sh, 0, 40, 700, 330, rng, (0.74, 0.86, 0.78))
    sh.text(20, 30, "VISA", 22, bold=True)
    sh.text(98, 29, "FRA", 15, bold=True)
    sh.text(680, 30, f"No {ctx.visa_number}", 13, family="mono", align="right")
    sh.photo(546, 48, 130, 168)
    remarks = visa_remarks(long_stay, rng)
    valid_for = "FRANCE" if long_stay else "SCHENGEN STATES"
    rows = (("Valid for", valid_for), ("From", _mon(ctx.visa_from)), ("Until", _mon(ctx.visa_until)),
            ("Type of visa", ctx.visa_category), ("Number of entries", ctx.visa_entries),
            ("Duration of stay", f"{ctx.visa_duration_days} DAYS"), ("Issued in", ctx.visa_issued_in),
            ("On", _mon(ctx.visa_issue)), ("Passport number", ctx.visa_passport_number),
            ("Surname, name", f"{caps(p.surname)}, {caps(p.given_names)}"), ("Remarks", remarks))
    y = 58
    for cap, value in rows:
        sh.text(150, y, cap, 8, gray=0.35, align="right")
        sh.text(160, y, value, 12, bold=True)
        y += 25
    lines = _zone(ctx, p, rng)
    zone_at(sh, lines, 350, 420)
    return [sh], visa_truth(ctx, p, remarks, lines)


def visa_counter_copy(ctx: DocContext, rng: random.Random) -> Built:
    """A small sticker photocopied on an A4 page (grey), validity as one caption 'VALIDITE / VALIDITY' over
    'DU 05/09/2026 AU 04/09/2027', the copier's note 'Copie du visa - vu l'original' and initials by hand."""
    p = ctx.shown(KIND)
    long_stay = ctx.visa_category == "D"
    sh = Sheet(*A4, background=(0.97, 0.97, 0.96))
    x0, y0 = 30, 120
    sh.add(Box(x0, y0, 535, 380, fill=0.88, stroke=0.4, line=0.8))
    sh.text(x0 + 12, y0 + 26, "VISA", 18, bold=True, gray=0.15)
    sh.text(x0 + 80, y0 + 25, "FRA", 13, bold=True, gray=0.2)
    sh.text(x0 + 523, y0 + 26, ctx.visa_number, 12, family="mono", align="right", gray=0.15)
    sh.photo(x0 + 10, y0 + 40, 100, 128)
    sl = "%d/%m/%Y"
    x = x0 + 124

    def lab(yy: float, cap: str, value: str, dx: float = 0) -> None:
        sh.text(x + dx, yy, cap, 6.2, gray=0.35)
        sh.text(x + dx, yy + 14, value, 11, bold=True, gray=0.1)

    lab(y0 + 48, "VALABLE POUR / VALID FOR", _where(ctx))
    lab(y0 + 78, "VALIDITE / VALIDITY", f"DU {ctx.visa_from.strftime(sl)} AU {ctx.visa_until.strftime(sl)}")
    lab(y0 + 108, "TYPE", ctx.visa_category)
    lab(y0 + 108, "ENTREES / ENTRIES", ctx.visa_entries, 60)
    lab(y0 + 108, "DUREE / DURATION", f"{ctx.visa_duration_days} JOURS", 180)
    lab(y0 + 138, "DELIVRE A / ISSUED IN", ctx.visa_issued_in)
    lab(y0 + 138, "LE / ON", ctx.visa_issue.strftime(sl), 200)
    lab(y0 + 168, "PASSEPORT / PASSPORT", ctx.visa_passport_number)
    remarks = visa_remarks(long_stay, rng)
    sh.text(x0 + 12, y0 + 200, "NOM / NAME", 6.2, gray=0.35)
    sh.text(x0 + 12, y0 + 216, f"{caps(p.surname)} {caps(p.given_names)}", 12, bold=True, gray=0.1)
    sh.text(x0 + 12, y0 + 240, "REMARQUES", 6.2, gray=0.35)
    sh.text(x0 + 12, y0 + 256, remarks, 11, bold=True, gray=0.1)
    lines = _zone(ctx, p, rng)
    zone_at(sh, lines, x0 + 267, y0 + 300)
    sh.text(x0, y0 + 430, "Copie du visa - vu l'original", 12, family="hand", gray=0.2)
    pts = tuple((x0 + 210 + i * 7, y0 + 424 + 6 * math.sin(i)) for i in range(9))
    sh.add(Stroke(pts, width=1.2, rgb=(0.1, 0.15, 0.45)))
    return [sh], visa_truth(ctx, p, remarks, lines)
