"""Second batch of development visa families: stickers as consulates print them and as applicants copy them.

Modelled on long-stay visa stickers: labels small above their values in a ruled
grid, sometimes English first and with the issuing post's own language added; a
sticker photographed on its passport page between entry and exit stamps, its
validity on one line "DU/FROM ... AU/UNTIL ..."; an A4 photocopy of a sticker
with short labels, the category in words and the copy certified by hand.
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, visa_remarks, visa_truth
from synth.documents.dev_common import stamp
from synth.documents.dev_pieces import cell, dd_mm_yy, entry_stamp, sign, zone_at
from synth.formats import days, fmt_date
from synth.identity import Identity
from synth.layout import Box, Sheet
from synth.zones import mrv

# a third label language for posts where French and English are not spoken
_LOCAL = {
    "COL": ("VÁLIDO PARA", "DESDE", "HASTA", "TIPO DE VISADO", "NÚMERO DE ENTRADAS", "DURACIÓN (DÍAS)",
            "EXPEDIDO EN", "EL", "N.º DE PASAPORTE", "APELLIDO, NOMBRE", "OBSERVACIONES"),
    "BRA": ("VÁLIDO PARA", "DE", "ATÉ", "TIPO DE VISTO", "NÚMERO DE ENTRADAS", "DURAÇÃO (DIAS)",
            "EMITIDO EM", "EM", "N.º DO PASSAPORTE", "SOBRENOME, NOME", "OBSERVAÇÕES"),
    "VNM": ("CÓ GIÁ TRỊ", "TỪ", "ĐẾN", "LOẠI THỊ THỰC", "SỐ LẦN NHẬP CẢNH", "THỜI HẠN (NGÀY)",
            "CẤP TẠI", "NGÀY", "SỐ HỘ CHIẾU", "HỌ, TÊN", "GHI CHÚ"),
}
_EN = ("VALID FOR", "FROM", "UNTIL", "TYPE OF VISA", "NUMBER OF ENTRIES", "DURATION OF STAY (DAYS)",
       "ISSUED IN", "ON", "PASSPORT NUMBER", "SURNAME, NAME", "REMARKS")
_FR = ("VALABLE POUR", "DU", "AU", "TYPE DE VISA", "NOMBRE D'ENTRÉES", "DURÉE DU SÉJOUR (JOURS)",
       "DÉLIVRÉ À", "LE", "N° DU PASSEPORT", "NOM, PRÉNOM", "REMARQUES")


def _zone(ctx: DocContext, p: Identity, rng: random.Random) -> tuple[str, str]:
    kind = "MRVA" if ctx.visa_category == "D" or rng.random() < 0.5 else "MRVB"
    return mrv(kind, "FRA", p.surname, p.given_names, ctx.visa_number, p.nationality, p.date_of_birth, p.sex,
               ctx.visa_until)


def visa_grid_trilingual(ctx: DocContext, rng: random.Random) -> Built:
    """A sticker whose values sit under English-first labels in a ruled grid, with the post's language added."""
    p = ctx.shown("visa")
    long_stay = ctx.visa_category == "D"
    local = _LOCAL.get(p.nationality)

    def lab(i: int) -> str:
        return " / ".join((_EN[i], _FR[i]) + ((local[i],) if local else ()))

    sh = Sheet(680, 520, background=(0.94, 0.93, 0.97))
    sh.add(Box(0, 0, 680, 36, rgb=(0.82, 0.8, 0.9), stroke=None))
    sh.text(20, 25, "VISA", 19, bold=True)
    sh.text(110, 25, "F  R  A", 14, bold=True, gray=0.2)
    sh.text(660, 25, ctx.visa_number, 15, bold=True, align="right", family="mono")
    sh.photo(14, 48, 118, 152)
    x0, w, h = 142, 524, 44
    cell(sh, x0, 46, 200, h, lab(0), "FRANCE" if long_stay else "ÉTATS SCHENGEN", lsize=6)
    cell(sh, x0 + 200, 46, 162, h, lab(1), dd_mm_yy(ctx.visa_from), lsize=6, family="mono")
    cell(sh, x0 + 362, 46, 162, h, lab(2), dd_mm_yy(ctx.visa_until), lsize=6, family="mono")
    cell(sh, x0, 46 + h, 150, h, lab(3), ctx.visa_category, lsize=6)
    cell(sh, x0 + 150, 46 + h, 180, h, lab(4), ctx.visa_entries, lsize=6)
    cell(sh, x0 + 330, 46 + h, 194, h, lab(5), str(ctx.visa_duration_days), lsize=6, family="mono")
    cell(sh, x0, 46 + 2 * h, 200, h, lab(6), ctx.visa_issued_in, lsize=6)
    cell(sh, x0 + 200, 46 + 2 * h, 120, h, lab(7), dd_mm_yy(ctx.visa_issue), lsize=6, family="mono")
    cell(sh, x0 + 320, 46 + 2 * h, 204, h, lab(8), ctx.visa_passport_number, lsize=6, family="mono")
    cell(sh, x0, 46 + 3 * h, w, h, lab(9), f"{p.surname.upper()}, {p.given_names.upper()}", lsize=6)
    remarks = visa_remarks(long_stay, rng)
    cell(sh, 14, 234, 652, 44, lab(10), remarks, lsize=6)
    if long_stay:
        sh.text(18, 292, "DISPENSE TEMPORAIRE DE CARTE DE SÉJOUR", 8.5, gray=0.3)
    sign(sh, 500, 300, rng, scale=0.8)
    lines = _zone(ctx, p, rng)
    zone_at(sh, lines, 340, 450)
    return [sh], visa_truth(ctx, p, remarks, lines)


_AIRPORTS = ("ROISSY-CDG", "ORLY", "LYON ST-EXUPÉRY", "MARSEILLE PROVENCE")


def visa_in_passport(ctx: DocContext, rng: random.Random) -> Built:
    """The sticker on its passport page, photographed with the exit and entry stamps around it."""
    p = ctx.shown("visa")
    long_stay = ctx.visa_category == "D"
    sh = Sheet(640, 900, background=(0.9, 0.88, 0.82))
    sh.add(Box(18, 14, 604, 872, rgb=(0.97, 0.95, 0.89), stroke=0.6, line=0.8))
    sh.text(320, 44, "VISAS", 16, bold=True, align="center", gray=0.55)
    page = rng.randint(6, 30)
    sh.text(600, 44, str(page), 12, align="right", gray=0.5)
    home = p.country.cities[0].upper()
    entry_stamp(sh, 40, 66, f"SORTIE / DEPARTURE  {p.nationality}", dd_mm_yy(ctx.arrival - days(1), " "),
                f"AÉROPORT {home}")
    entry_stamp(sh, 410, 74, "ENTRÉE  FRANCE", dd_mm_yy(ctx.arrival, "."), rng.choice(_AIRPORTS))
    # the sticker itself
    x, y, w = 32, 170, 576
    sh.add(Box(x, y, w, 430, rgb=(0.9, 0.93, 0.97), stroke=0.45, line=0.6))
    sh.text(x + 14, y + 28, "VISA", 20, bold=True)
    sh.text(x + 100, y + 26, "RÉPUBLIQUE FRANÇAISE", 11.5, bold=True)
    sh.text(x + w - 12, y + 27, f"N° {ctx.visa_number}", 13, bold=True, align="right")
    sh.photo(x + 12, y + 44, 110, 140)
    lx = x + 136
    valid_for = "FRANCE" if long_stay else "ÉTATS SCHENGEN"
    sh.text(lx, y + 56, f"VALABLE POUR/VALID FOR  {valid_for}", 10.5, bold=True)
    sh.text(lx, y + 80, f"DU/FROM {fmt_date(ctx.visa_from, 'dmy_dash')}   AU/UNTIL {fmt_date(ctx.visa_until, 'dmy_dash')}",
            11, bold=True)
    words = "VISA DE LONG SÉJOUR" if long_stay else "VISA DE COURT SÉJOUR - SCHENGEN"
    sh.text(lx, y + 104, f"TYPE/TYPE {ctx.visa_category}   {words}", 10.5, bold=True)
    sh.text(lx, y + 128, f"NOMBRE D'ENTRÉES/NUMBER OF ENTRIES  {ctx.visa_entries}", 10.5, bold=True)
    sh.text(lx, y + 152, f"DURÉE DU SÉJOUR/DURATION OF STAY  {ctx.visa_duration_days} JOURS", 10.5, bold=True)
    sh.text(lx, y + 176, f"DÉLIVRÉ À/ISSUED IN  {ctx.visa_issued_in}   LE/ON  {fmt_date(ctx.visa_issue, 'dmy_dash')}",
            10.5, bold=True)
    sh.text(x + 12, y + 210, f"NUMÉRO DU PASSEPORT/PASSPORT NUMBER  {ctx.visa_passport_number}", 10.5, bold=True)
    sh.text(x + 12, y + 234, f"NOM, PRÉNOM/SURNAME, NAME  {p.surname.upper()}, {p.given_names.upper()}", 10.5,
            bold=True)
    remarks = visa_remarks(long_stay, rng)
    sh.text(x + 12, y + 258, f"REMARQUES/REMARKS  {remarks}", 10.5, bold=True)
    lines = _zone(ctx, p, rng)
    zone_at(sh, lines, 320, y + 368)
    # a control stamp half over the sticker's lower edge, as border police put them
    stamp(sh, 60, 640, [f"CONTRÔLE FRONTIÈRE {ctx.arrival.year}", "POLICE AUX FRONTIÈRES", "FRANCE"], w=190)
    sh.text(600, 870, "Any alteration of this page invalidates the passport", 7, align="right", gray=0.5)
    return [sh], visa_truth(ctx, p, remarks, lines)


def visa_certified_copy(ctx: DocContext, rng: random.Random) -> Built:
    """An A4 photocopy of the sticker: short labels, dates '13 JUL 2026', category in words, copy certified by hand."""
    p = ctx.shown("visa")
    long_stay = ctx.visa_category == "D"
    sh = Sheet(background=(0.97, 0.97, 0.96))
    sh.text(297, 40, "Copie du visa / Copy of visa", 10, align="center", gray=0.45)
    x, y, w = 40, 70, 515
    sh.add(Box(x, y, w, 360, rgb=(0.9, 0.9, 0.9), stroke=0.3, line=1.0))
    sh.text(x + 10, y + 24, "VISA D'ENTRÉE", 13, bold=True)
    sh.text(x + w - 10, y + 24, ctx.visa_number, 13, bold=True, align="right", family="mono")
    sh.photo(x + 10, y + 36, 96, 124)
    cx = x + 118
    rows = (("VAL. POUR / FOR", "FRANCE" if long_stay else "SCHENGEN"),
            ("DU / FROM", fmt_date(ctx.visa_from, "abbr")),
            ("AU / UNTIL", fmt_date(ctx.visa_until, "abbr")),
            ("CATÉGORIE", f"{ctx.visa_category} - {'LONG SÉJOUR' if long_stay else 'COURT SÉJOUR'}"),
            ("NB ENTRÉES", ctx.visa_entries),
            ("DURÉE SÉJOUR", f"{ctx.visa_duration_days} J."))
    for i, (label, value) in enumerate(rows):
        col, row = divmod(i, 3)
        sh.text(cx + col * 200, y + 48 + row * 38, label, 7.5, gray=0.35)
        sh.text(cx + col * 200, y + 64 + row * 38, value, 12, bold=True)
    post = f"CONSULAT GÉNÉRAL DE FRANCE À {ctx.visa_issued_in}"
    sh.text(x + 10, y + 186, "POSTE / POST", 7.5, gray=0.35)
    sh.text(x + 10, y + 202, post, 10.5, bold=True)
    sh.text(x + 370, y + 186, "LE / ON", 7.5, gray=0.35)
    sh.text(x + 370, y + 202, fmt_date(ctx.visa_issue, "abbr"), 11, bold=True)
    sh.text(x + 10, y + 226, "TITULAIRE / HOLDER", 7.5, gray=0.35)
    sh.text(x + 10, y + 242, f"{p.surname.upper()} {p.given_names.upper()}", 12, bold=True)
    cell(sh, x + 330, y + 216, 175, 36, "PASSEPORT N° / PASSPORT", ctx.visa_passport_number, family="mono")
    remarks = visa_remarks(long_stay, rng)
    sh.text(x + 10, y + 270, f"MENTIONS : {remarks}", 11, bold=True)
    lines = _zone(ctx, p, rng)
    size = 13.0 if len(lines[0]) > 36 else 15.0
    for i, line in enumerate(lines):
        sh.text(297, y + 310 + i * size * 1.5, line, size, family="mono", bold=True, align="center", char_space=0.6)
    sh.text(60, 480, "Copie certifiée conforme à l'original", 14, family="hand")
    sh.text(60, 504, f"{p.given_names} {p.surname}", 13, family="hand")
    sign(sh, 70, 540, rng)
    return [sh], visa_truth(ctx, p, remarks, lines)
