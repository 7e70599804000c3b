"""Third batch of development visa families: long-stay stickers laid out as other posts print them.

Modelled on French long-stay visa stickers and their copies: labels in three
languages in one row with the values in the row beneath; validity in two boxes
"VALABLE DU / VALID FROM" and "AU / UNTIL", the stay as "12 MOIS", the passport
number given only in the remarks; a sticker photographed on a used passport page
among old stamps, carrying its own serial number beside the passport number.
"""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.common import Built, visa_remarks, visa_truth
from synth.documents.dev_common import stamp
from synth.documents.dev_pieces import entry_stamp, sign, zone_at
from synth.formats import MONTHS_EN, MONTHS_FR_ABBR, days, fmt_date
from synth.identity import Identity
from synth.layout import Box, Sheet
from synth.zones import mrv

# a third label language: the post's, else one of the Schengen states' (stickers are printed for all)
_THIRD = {
    "es": ("VÁLIDO PARA", "DESDE", "HASTA", "TIPO", "ENTRADAS", "DURACIÓN", "EXPEDIDO EN", "FECHA",
           "N.º PASAPORTE", "APELLIDOS, NOMBRE", "OBSERVACIONES"),
    "pt": ("VÁLIDO PARA", "DE", "ATÉ", "TIPO", "ENTRADAS", "DURAÇÃO", "EMITIDO EM", "DATA", "N.º PASSAPORTE",
           "APELIDO, NOME", "OBSERVAÇÕES"),
    "de": ("GÜLTIG FÜR", "VOM", "BIS", "TYP", "ANZAHL DER EINREISEN", "DAUER", "AUSGESTELLT IN", "AM",
           "REISEPASS-NR.", "NAME, VORNAME", "ANMERKUNGEN"),
    "it": ("VALIDO PER", "DAL", "AL", "TIPO", "NUMERO DI INGRESSI", "DURATA", "RILASCIATO A", "IL",
           "N. PASSAPORTO", "COGNOME, NOME", "ANNOTAZIONI"),
}
_FR = ("VALABLE POUR", "DU", "AU", "TYPE", "NOMBRE D'ENTRÉES", "DURÉE DU SÉJOUR", "DÉLIVRÉ À", "LE",
       "N° DU PASSEPORT", "NOM, PRÉNOM", "REMARQUES")
_EN = ("VALID FOR", "FROM", "UNTIL", "TYPE", "NUMBER OF ENTRIES", "DURATION OF STAY", "ISSUED IN", "ON",
       "PASSPORT NUMBER", "SURNAME, NAME", "REMARKS")


def _zone(ctx: DocContext, p: Identity, rng: random.Random) -> tuple[str, str]:
    kind = "MRVA" if ctx.visa_category == "D" or rng.random() < 0.5 else "MRVB"
    return mrv(kind, "FRA", p.surname, p.given_names, ctx.visa_number, p.nationality, p.date_of_birth, p.sex,
               ctx.visa_until)


def _fr_en(d: date) -> str:
    """'15 MARS/MAR 2026': the month in French and English."""
    fr, en = MONTHS_FR_ABBR[d.month - 1], MONTHS_EN[d.month - 1][:3].upper()
    return f"{d.day:02d} {fr}/{en} {d.year}" if fr != en else f"{d.day:02d} {fr} {d.year}"


def visa_label_rows(ctx: DocContext, rng: random.Random) -> Built:
    """Labels in three languages in one row, each value under its label in the next row; no ruling."""
    p = ctx.shown("visa")
    long_stay = ctx.visa_category == "D"
    third = _THIRD[{"COL": "es", "BRA": "pt"}.get(p.nationality) or rng.choice(("es", "pt", "de", "it"))]

    def lab(i: int) -> list[str]:
        return [_FR[i], _EN[i], third[i]]

    sh = Sheet(680, 470, background=(0.95, 0.94, 0.9))
    sh.add(Box(0, 0, 680, 6, rgb=(0.55, 0.6, 0.8), stroke=None))
    sh.text(22, 40, "V I S A", 20, bold=True, gray=0.15)
    sh.text(130, 38, "FRANCE", 12, bold=True, gray=0.3)
    sh.photo(20, 60, 120, 156)
    sh.text(80, 236, ctx.visa_number, 13, bold=True, family="mono", align="center")

    def row(y: float, cells: list[tuple[float, int, str]]) -> None:
        for x, i, value in cells:
            for k, word in enumerate(lab(i)):
                sh.text(x, y + k * 8.5, word, 6.8, gray=0.35)
            sh.text(x, y + 40, value, 13, bold=True)

    x = 158
    row(58, [(x, 0, "FRANCE" if long_stay else "ÉTATS SCHENGEN"), (x + 170, 1, _fr_en(ctx.visa_from)),
             (x + 340, 2, _fr_en(ctx.visa_until))])
    duration = f"{ctx.visa_duration_days} JOURS"
    row(112, [(x, 3, ctx.visa_category), (x + 80, 4, ctx.visa_entries), (x + 220, 5, duration)])
    row(166, [(x, 6, ctx.visa_issued_in), (x + 170, 7, _fr_en(ctx.visa_issue)), (x + 340, 8, ctx.visa_passport_number)])
    row(220, [(x, 9, f"{p.surname.upper()}, {p.given_names.upper()}")])
    remarks = visa_remarks(long_stay, rng)
    row(274, [(20, 10, remarks)])
    sign(sh, 520, 300, rng, scale=0.7)
    lines = _zone(ctx, p, rng)
    zone_at(sh, lines, 340, 400)
    return [sh], visa_truth(ctx, p, remarks, lines)


def _stay(n: int) -> str:
    """A stay of a year printed as '12 MOIS', as some posts do; other lengths in days."""
    return "12 MOIS" if n == 365 else f"{n} JOURS"


def visa_two_boxes(ctx: DocContext, rng: random.Random) -> Built:
    """Validity in two boxes 'VALABLE DU / VALID FROM' and 'AU / UNTIL'; the passport number only in the remarks."""
    p = ctx.shown("visa")
    long_stay = ctx.visa_category == "D"
    sh = Sheet(660, 480, background=(0.93, 0.96, 0.94))
    sh.text(330, 30, "RÉPUBLIQUE FRANÇAISE - VISA", 15, bold=True, align="center")
    sh.text(640, 30, ctx.visa_number, 12, bold=True, align="right", family="mono", gray=0.15)
    sh.photo(478, 50, 160, 200)
    x = 22
    sh.text(x, 62, f"VALABLE POUR / VALID FOR :  {'FRANCE' if long_stay else 'ÉTATS SCHENGEN'}", 11, bold=True)
    for i, (label, when) in enumerate((("VALABLE DU / VALID FROM", ctx.visa_from), ("AU / UNTIL", ctx.visa_until))):
        bx = x + i * 225
        sh.add(Box(bx, 76, 210, 50, stroke=0.25, line=1.2))
        sh.text(bx + 8, 90, label, 8, gray=0.3)
        sh.text(bx + 105, 116, fmt_date(when, "dmy_slash"), 16, bold=True, align="center", family="mono")
    sh.text(x, 150, f"CATÉGORIE / TYPE  {ctx.visa_category}", 11, bold=True)
    sh.text(x + 190, 150, f"ENTRÉES / ENTRIES  {ctx.visa_entries}", 11, bold=True)
    sh.text(x, 176, f"DURÉE DU SÉJOUR / DURATION OF STAY  {_stay(ctx.visa_duration_days)}", 11, bold=True)
    sh.text(x, 202, f"DÉLIVRÉ À / ISSUED IN  {ctx.visa_issued_in}", 11, bold=True)
    sh.text(x, 228, f"LE / ON  {fmt_date(ctx.visa_issue, 'dmy_slash')}", 11, bold=True)
    sh.text(x, 262, "NOM / SURNAME", 8, gray=0.3)
    sh.text(x, 278, p.surname.upper(), 13, bold=True)
    sh.text(x + 230, 262, "PRÉNOMS / GIVEN NAMES", 8, gray=0.3)
    sh.text(x + 230, 278, p.given_names.upper(), 13, bold=True)
    remarks = visa_remarks(long_stay, rng)
    sh.add(Box(x, 292, 616, 52, stroke=0.4, line=0.6))
    sh.text(x + 6, 304, "REMARQUES / REMARKS", 7.5, gray=0.3)
    sh.text(x + 8, 320, remarks, 11.5, bold=True)
    sh.text(x + 8, 337, f"PASSEPORT N° {ctx.visa_passport_number}", 11.5, bold=True)
    lines = _zone(ctx, p, rng)
    zone_at(sh, lines, 330, 400)
    return [sh], visa_truth(ctx, p, remarks, lines)


def visa_page_serial(ctx: DocContext, rng: random.Random) -> Built:
    """The sticker on a used passport page among old stamps; its own serial printed beside the passport number."""
    p = ctx.shown("visa")
    long_stay = ctx.visa_category == "D"
    sh = Sheet(640, 880, background=(0.88, 0.9, 0.86))
    sh.add(Box(16, 12, 608, 856, rgb=(0.95, 0.96, 0.92), stroke=0.5, line=0.8))
    sh.text(604, 40, str(rng.randint(8, 32)), 12, align="right", gray=0.5)
    sh.text(40, 40, "VISAS", 13, bold=True, gray=0.55)
    # older journeys' stamps, then this one's entry
    old = ctx.arrival - days(rng.randint(400, 1500))
    entry_stamp(sh, 60, 60, "ENTRY / ENTRÉE", fmt_date(old, "dmy_dot"), rng.choice(("FRANKFURT", "MADRID", "LISBOA")))
    entry_stamp(sh, 250, 84, "EXIT / SORTIE", fmt_date(old + days(rng.randint(7, 60)), "dmy_dot"),
                rng.choice(("FRANKFURT", "MADRID", "LISBOA")), w=140)
    serial = f"FRA{rng.randint(0, 9_999_999):07d}"
    x, y, w, h = 40, 250, 560, 400
    sh.add(Box(x, y, w, h, rgb=(0.88, 0.92, 0.96), stroke=0.4, line=0.6))
    sh.text(x + 14, y + 26, "VISA", 18, bold=True)
    sh.text(x + 90, y + 25, "RÉPUBLIQUE FRANÇAISE", 11, bold=True, gray=0.25)
    sh.text(x + w - 12, y + 26, ctx.visa_number, 14, bold=True, align="right", family="mono")
    sh.photo(x + w - 122, y + 40, 110, 140)
    lx = x + 14
    fields = (
        ("VALABLE POUR / VALID FOR", "FRANCE" if long_stay else "ÉTATS SCHENGEN"),
        ("VALABLE DU / VALID FROM ... AU / UNTIL",
         f"{fmt_date(ctx.visa_from, 'dmy_dot')} ... {fmt_date(ctx.visa_until, 'dmy_dot')}"),
        ("TYPE DE VISA / TYPE OF VISA · ENTRÉES / ENTRIES", f"{ctx.visa_category}  ·  {ctx.visa_entries}"),
        ("DURÉE DU SÉJOUR / DURATION OF STAY", f"{ctx.visa_duration_days} JOURS"),
        ("DÉLIVRÉ À / ISSUED IN · LE / ON", f"{ctx.visa_issued_in}  ·  {fmt_date(ctx.visa_issue, 'dmy_dot')}"),
    )
    for i, (label, value) in enumerate(fields):
        sh.text(lx, y + 52 + i * 32, label, 7.5, gray=0.35)
        sh.text(lx, y + 67 + i * 32, value, 12.5, bold=True)
    sh.text(lx, y + 222, "NOM, PRÉNOM / SURNAME, NAME", 7.5, gray=0.35)
    sh.text(lx, y + 237, f"{p.surname.upper()} {p.given_names.upper()}", 12.5, bold=True)
    sh.text(lx, y + 258, "N° DU PASSEPORT / PASSPORT NUMBER", 7.5, gray=0.35)
    sh.text(lx, y + 273, ctx.visa_passport_number, 12.5, bold=True, family="mono")
    sh.text(lx + 230, y + 258, "N° DE VIGNETTE / STICKER No.", 7.5, gray=0.35)
    sh.text(lx + 230, y + 273, serial, 11, family="mono", gray=0.3)
    remarks = visa_remarks(long_stay, rng)
    sh.text(lx, y + 296, f"OBSERVATIONS / REMARKS : {remarks}", 10.5, bold=True)
    lines = _zone(ctx, p, rng)
    zone_at(sh, lines, x + w / 2, y + 340)
    stamp(sh, 330, y + h - 30, ["POLICE AUX FRONTIÈRES", f"ENTRÉE {fmt_date(ctx.arrival, 'dmy_dot')}", "FRANCE"],
          w=200)
    return [sh], visa_truth(ctx, p, remarks, lines)
