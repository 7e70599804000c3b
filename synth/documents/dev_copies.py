"""Development families (session 16): a visa copied as prefectures ask for it, with the passport's data page.

The prefecture's list asks for the passport's pages "relatives à l'état civil ... et visas": applicants copy the
data page and the visa page together, in the order the booklet opens or the copier took them.  The file is the
visa's (its truth), and it also shows the passport the visa was issued against, zone and all.
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, visa_truth
from synth.documents.dev_common import stamp
from synth.documents.dev_kiosk import _dot, _entries, _lab, _mon, _remarks, _visa_zone, _yy
from synth.documents.registry import caps
from synth.formats import fmt_date
from synth.layout import A4, Box, Sheet
from synth.zones import td3


def _data_page(sh: Sheet, ctx: DocContext, x: float, y: float, w: float, rng: random.Random) -> None:
    """The passport's data page as issued (its own dates and zone), `w` points wide from (x, y)."""
    h = ctx.shown("passport")
    c = h.country
    sh.add(Box(x, y, w, 250, fill=0.9, stroke=0.4, line=0.6))
    sh.text(x + w / 2, y + 18, f"{c.name_en.upper()}   PASSPORT / PASSEPORT", 10.5, bold=True, align="center",
            gray=0.2)
    sh.photo(x + 10, y + 34, 80, 102)
    rows = (("Surname / Nom", caps(h.surname)), ("Given names / Prénoms", caps(h.given_names)),
            ("Date of birth / Date de naissance", fmt_date(h.date_of_birth, "abbr")),
            ("Passport No. / N° du passeport", h.passport_number),
            ("Date of issue / Date de délivrance", fmt_date(ctx.passport_issue, "abbr")),
            ("Date of expiry / Date d'expiration", fmt_date(ctx.passport_expiry, "abbr")))
    for i, (cap, value) in enumerate(rows):
        col, row = divmod(i, 3)
        _lab(sh, x + 102 + col * (w - 110) / 2, y + 36 + row * 32, cap, value, size=9.5, lsize=5.8)
    lines = td3(c.code, h.surname, h.given_names, h.passport_number, c.code, h.date_of_birth, h.sex,
                ctx.passport_expiry)
    size = 9.5 if w > 400 else 7.4
    for i, line in enumerate(lines):
        sh.text(x + w / 2, y + 206 + i * 14, line, size, family="mono", bold=True, align="center", gray=0.15)
    if rng.random() < 0.5:
        sh.text(x + w - 8, y + 150, "SPECIMEN OF HOLDER'S SIGNATURE", 5, gray=0.45, align="right")


def _sticker(sh: Sheet, ctx: DocContext, x: float, y: float, w: float, rng: random.Random) -> Built:
    """The visa sticker, bilingual captions (French / English), `w` points wide from (x, y)."""
    p = ctx.shown("visa")
    long_stay = ctx.visa_category == "D"
    fmt = rng.choice((_yy, _dot, _mon))
    sh.add(Box(x, y, w, 270, fill=0.93, stroke=0.4, line=0.6))
    sh.text(x + 10, y + 22, "VISA", 15, bold=True)
    sh.text(x + 62, y + 21, "FRA", 10.5, bold=True)
    sh.text(x + w - 10, y + 22, ctx.visa_number, 11, bold=True, family="mono", align="right")
    sh.photo(x + 8, y + 34, 74, 96)
    rows = (("VALABLE POUR / VALID FOR", "FRANCE" if long_stay else "ETATS SCHENGEN"),
            ("DU / FROM", fmt(ctx.visa_from)), ("AU / UNTIL", fmt(ctx.visa_until)),
            ("TYPE DE VISA / TYPE OF VISA", ctx.visa_category), ("NOMBRE D'ENTREES / ENTRIES", _entries(ctx)),
            ("DUREE DE SEJOUR / DURATION", f"{ctx.visa_duration_days} JOURS"),
            ("DELIVRE A / ISSUED IN", ctx.visa_issued_in), ("LE / ON", fmt(ctx.visa_issue)),
            ("NUMERO DE PASSEPORT / PASSPORT No.", ctx.visa_passport_number))
    col_w = (w - 96) / 2
    for i, (cap, value) in enumerate(rows):
        col, row = divmod(i, 5)
        _lab(sh, x + 92 + col * col_w, y + 38 + row * 26, cap, value, size=9.5, lsize=5.6)
    _lab(sh, x + 10, y + 176, "NOM, PRENOM / SURNAME, NAME", f"{caps(p.surname)}, {caps(p.given_names)}", size=10)
    remarks = _remarks(long_stay, rng)
    _lab(sh, x + 10, y + 204, "REMARQUES / REMARKS", remarks, size=8.5 if w < 400 else 9.5)
    lines = _visa_zone(ctx, p, rng)
    size = 9.5 if w > 400 else 7.4
    for i, line in enumerate(lines):
        sh.text(x + w / 2, y + 238 + i * 13, line, size, family="mono", bold=True, align="center")
    return [sh], visa_truth(ctx, p, remarks, lines)


def visa_under_data_page(ctx: DocContext, rng: random.Random) -> Built:
    """An A4 photocopy of the passport's data page with the visa page under it (the booklet opened at the visa,
    the data page copied first), sometimes certified as a true copy by the association."""
    sh = Sheet(*A4)
    sh.add(Box(36, 30, 523, 780, fill=0.88, stroke=0.55, line=0.5))
    _data_page(sh, ctx, 56, 56, 483, rng)
    sh.add(Box(36, 330, 523, 0.1, stroke=0.35, line=1.0))
    built = _sticker(sh, ctx, 56, 360, 483, rng)
    if rng.random() < 0.5:
        stamp(sh, 370, 690, ["COPIE CERTIFIÉE", "CONFORME À L'ORIGINAL"])
    return built


def visa_spread_landscape(ctx: DocContext, rng: random.Random) -> Built:
    """A landscape copy of the open booklet: the data page on the left, the facing visa page on the right."""
    sh = Sheet(A4[1], A4[0])
    # (the applicant's note along the top of the copy)
    sh.text(30, 28, f"Passeport {caps(ctx.shown('passport').surname)} - pages identité et visa", 8.5, gray=0.35)
    sh.add(Box(24, 40, A4[1] - 48, 500, fill=0.87, stroke=0.5, line=0.5))
    sh.add(Box(A4[1] / 2, 40, 0.1, 500, stroke=0.35, line=1.0))  # the booklet's fold
    _data_page(sh, ctx, 36, 120, 372, rng)
    return _sticker(sh, ctx, A4[1] / 2 + 14, 110, 372, rng)
