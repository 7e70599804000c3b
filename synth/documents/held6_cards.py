"""Sixth held-out batch: identity cards and consular cards (photocopies of both faces, pictures pasted in a
word-processor page, a cardboard registration card)."""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, consular_card_truth, photo_id_truth
from synth.documents.held6_common import (
    HOME_LANGUAGE,
    STAMP_BLUE,
    STAMP_VIOLET,
    STATE_NAMES,
    caps,
    caption,
    fit,
    fullname,
    put,
    round_stamp,
    scribble,
)
from synth.formats import MONTHS_EN, fmt_date
from synth.layout import Box, Sheet, Stroke, Text
from synth.zones import td1

ID_TITLES = {
    "fr": "CARTE NATIONALE D'IDENTITÉ", "en": "NATIONAL IDENTITY CARD", "es": "DOCUMENTO DE IDENTIDAD",
    "pt": "CARTEIRA DE IDENTIDADE", "de": "PERSONALAUSWEIS", "it": "CARTA D'IDENTITÀ", "vi": "CĂN CƯỚC CÔNG DÂN",
}


def _id_lines(ctx: DocContext) -> tuple[str, str, str]:
    p = ctx.shown("photo_id")
    return td1(p.country.code, p.surname, p.given_names, ctx.id_number, p.country.code, p.date_of_birth, p.sex,
               ctx.id_expiry)


def _card(sh: Sheet, x: float, y: float, w: float, h: float, fill: float = 0.9) -> None:
    """A card's outline with cut corners (a photocopy shows its edge as a grey line)."""
    k = 12
    pts = ((x + k, y), (x + w - k, y), (x + w, y + k), (x + w, y + h - k), (x + w - k, y + h), (x + k, y + h),
           (x, y + h - k), (x, y + k), (x + k, y))
    sh.add(Box(x + 3, y + 3, w - 6, h - 6, fill=fill, stroke=None))
    sh.add(Stroke(pts, width=0.9, gray=0.35))


# ---------------------------------------------------------------- identity cards


def photo_id_copy_back_first(ctx: DocContext, rng: random.Random) -> Built:
    """Both faces on a landscape photocopy, the back (with its zone) on the left, the front on the right."""
    p = ctx.shown("photo_id")
    c = p.country
    home = HOME_LANGUAGE[c.code]
    sh = Sheet(842, 595)
    w, h = 360, 228
    bx, by = 40 + rng.uniform(0, 20), 150 + rng.uniform(-30, 30)
    fx, fy = 440 + rng.uniform(0, 20), 150 + rng.uniform(-30, 30)
    # back
    _card(sh, bx, by, w, h, 0.88)
    put(sh, bx + 16, by + 28, caption(c.code, 6), 6.5, width=160, gray=0.3)
    put(sh, bx + 16, by + 40, fmt_date(ctx.id_issue, "dmy_space"), 10, bold=True)
    put(sh, bx + 180, by + 28, caption(c.code, 8), 6.5, width=160, gray=0.3)
    put(sh, bx + 180, by + 40, c.authority, 8.5, width=165, bold=True)
    put(sh, bx + 16, by + 62, caption(c.code, 5), 6.5, width=160, gray=0.3)
    put(sh, bx + 16, by + 74, p.place_of_birth.upper(), 10, width=160, bold=True)
    lines = _id_lines(ctx)
    sh.add(Box(bx + 6, by + 140, w - 12, 78, fill=0.95, stroke=None))
    for i, line in enumerate(lines):
        sh.add(Text(bx + 14, by + 162 + i * 21, line, fit(line, w - 28, 14, "mono"), family="mono"))
    # front
    _card(sh, fx, fy, w, h, 0.86)
    put(sh, fx + w / 2, fy + 20, STATE_NAMES[c.code], 9.5, width=w - 30, align="center", bold=True)
    put(sh, fx + w / 2, fy + 34, ID_TITLES[home] + ("" if home == "en" else " / IDENTITY CARD"), 7.5,
        width=w - 30, align="center")
    sh.photo(fx + 14, fy + 48, 88, 112)
    y = fy + 54
    for label, value in ((caption(c.code, 9), ctx.id_number), (caption(c.code, 0), p.surname.upper()),
                         (caption(c.code, 1), p.given_names.upper()),
                         (f"{caption(c.code, 4)}   {caption(c.code, 2)}", f"{p.sex}      {c.code}"),
                         (caption(c.code, 3), fmt_date(p.date_of_birth, "dmy_space")),
                         (caption(c.code, 7), fmt_date(ctx.id_expiry, "dmy_space"))):
        put(sh, fx + 114, y, label, 6, width=w - 128, gray=0.3)
        put(sh, fx + 114, y + 11, value, 9.5, width=w - 128, bold=True)
        y += 26
    scribble(sh, fx + 20, fy + 190, rng, 60, rgb=(0.2, 0.2, 0.2))
    sh.add(Text(421, 560, "Copie certifiée par le titulaire", 7, align="center", gray=0.6))
    return [sh], photo_id_truth(ctx, lines)


def photo_id_pictures_in_document(ctx: DocContext, rng: random.Random) -> Built:
    """A word-processor page the applicant typed a heading on, with photos of the two faces pasted under it."""
    p = ctx.shown("photo_id")
    c = p.country
    home = HOME_LANGUAGE[c.code]
    sh = Sheet()
    sh.add(Text(60, 70, rng.choice(("Pièce d'identité – recto / verso", "Carte d'identité (recto-verso)",
                                    "ID card front and back")), 15, bold=True))
    sh.add(Text(60, 90, f"{fullname(p)}", 11, gray=0.25))
    x, w, h = 110, 375, 238
    for face, y in (("front", 120), ("back", 420)):
        sh.add(Box(x + 5, y + 5, w, h, fill=0.7, stroke=None))  # the picture's shadow
        sh.add(Box(x, y, w, h, fill=0.9, stroke=0.45))
        if face == "front":
            sh.add(Box(x, y, w, 32, rgb=(0.72, 0.8, 0.88), stroke=None))
            put(sh, x + 12, y + 21, f"{STATE_NAMES[c.code]}  ·  {ID_TITLES[home]}", 9, width=w - 120, bold=True)
            put(sh, x + w - 12, y + 21, ctx.id_number, 11, align="right", family="mono", bold=True)
            sh.photo(x + w - 108, y + 46, 92, 118)
            yy = y + 52
            for label, value in ((caption(c.code, 0), p.surname.upper()),
                                 (caption(c.code, 1), p.given_names.upper()),
                                 (caption(c.code, 3), fmt_date(p.date_of_birth, "dmy_dot")),
                                 (f"{caption(c.code, 4)} · {caption(c.code, 2)}", f"{p.sex} · {c.code}"),
                                 (caption(c.code, 7), fmt_date(ctx.id_expiry, "dmy_dot"))):
                put(sh, x + 14, yy, label, 6.3, width=240, gray=0.35)
                put(sh, x + 14, yy + 12, value, 10, width=240, bold=True)
                yy += 29
            scribble(sh, x + w - 100, y + 196, rng, 70, rgb=(0.15, 0.15, 0.2))
        else:
            put(sh, x + 14, y + 24, caption(c.code, 5), 6.3, width=170, gray=0.35)
            put(sh, x + 14, y + 37, p.place_of_birth.upper(), 10, width=170, bold=True)
            put(sh, x + 200, y + 24, caption(c.code, 6), 6.3, width=165, gray=0.35)
            put(sh, x + 200, y + 37, fmt_date(ctx.id_issue, "dmy_dot"), 10, bold=True)
            put(sh, x + 14, y + 62, caption(c.code, 8), 6.3, width=340, gray=0.35)
            put(sh, x + 14, y + 75, c.authority, 9.5, width=340, bold=True)
            lines = _id_lines(ctx)
            for i, line in enumerate(lines):
                sh.add(Text(x + 14, y + 160 + i * 22, line, fit(line, w - 28, 15, "mono"), family="mono"))
    return [sh], photo_id_truth(ctx, _id_lines(ctx))


# ---------------------------------------------------------------- consular cards


def _post(code: str, rng: random.Random) -> str:
    """Where a consular card is issued in France."""
    from synth.documents.common import du
    from synth.identity import COUNTRIES

    c = COUNTRIES[code]
    return rng.choice((f"Consulat général {du(c.name_fr)} à Paris", f"Ambassade {du(c.name_fr)} en France",
                       f"Consulat {du(c.name_fr)} à Lyon"))


def consular_card_two_faces_fr(ctx: DocContext, rng: random.Random) -> Built:
    """A photocopy of a plastic consular card, front over back, captions in the country's language and French."""
    p = ctx.shown("consular_card")
    c = p.country
    photo = "consular_card" not in ctx.without_photo
    post = _post(c.code, rng)
    sh = Sheet()
    x, w, h = 118, 360, 228
    y = 90
    _card(sh, x, y, w, h, 0.9)
    sh.add(Box(x + 3, y + 3, w - 6, 34, rgb=(0.55, 0.7, 0.55), stroke=None))
    put(sh, x + w / 2, y + 18, STATE_NAMES[c.code], 9.5, width=w - 30, align="center", bold=True)
    put(sh, x + w / 2, y + 31, post.upper(), 7, width=w - 30, align="center")
    put(sh, x + w / 2, y + 54, "CARTE CONSULAIRE", 12, width=w - 30, align="center", bold=True)
    vx = x + 112 if photo else x + 18
    if photo:
        sh.photo(x + 14, y + 66, 86, 108)
    yy = y + 74
    for label, value in (("N°", ctx.consular_card_number), (caption(c.code, 0, "fr"), p.surname.upper()),
                         (caption(c.code, 1, "fr"), p.given_names.upper()),
                         (caption(c.code, 3, "fr"), fmt_date(p.date_of_birth, "dmy_slash")),
                         (caption(c.code, 5, "fr"), p.place_of_birth)):
        put(sh, vx, yy, label, 6, width=x + w - vx - 14, gray=0.35)
        put(sh, vx, yy + 11, value, 9.5, width=x + w - vx - 14, bold=True)
        yy += 27
    # back
    y2 = y + h + 60
    _card(sh, x, y2, w, h, 0.92)
    put(sh, x + 16, y2 + 30, "Le titulaire de la présente carte est immatriculé auprès de nos services.", 8,
        width=w - 32)
    put(sh, x + 16, y2 + 44, "En cas de perte, prière de la retourner au poste émetteur.", 8, width=w - 32)
    put(sh, x + 16, y2 + 74, f"Délivrée le : {fmt_date(ctx.consular_card_issue, 'dmy_slash')}", 10, bold=True)
    put(sh, x + 16, y2 + 94, f"Valable jusqu'au : {fmt_date(ctx.consular_card_expiry, 'dmy_slash')}", 10, bold=True)
    put(sh, x + 16, y2 + 114, f"{caption(c.code, 2, 'fr')} : {c.nationality_fr.upper()} ({c.code})", 8.5,
        width=w - 32)
    sh.add(Text(x + w - 90, y2 + 150, "Le Consul", 8.5, align="center"))
    scribble(sh, x + w - 130, y2 + 178, rng, 80)
    round_stamp(sh, x + w - 170, y2 + 172, 34, f"{caps(post.split()[0])} · {c.code}", ["CONSULAT", c.code], STAMP_VIOLET)
    return [sh], consular_card_truth(ctx, photo)


def consular_card_registration_en(ctx: DocContext, rng: random.Random) -> Built:
    """A cardboard registration card in English, its date of birth month first as its caption says, the card's own
    dates written out."""
    p = ctx.shown("consular_card")
    c = p.country
    photo = "consular_card" not in ctx.without_photo
    sh = Sheet(620, 400, background=(0.97, 0.95, 0.88))
    sh.add(Box(12, 12, 596, 376, stroke=0.35, line=1.2))
    sh.add(Box(18, 18, 584, 364, stroke=0.5, line=0.5))
    put(sh, 310, 44, f"EMBASSY OF {c.name_en.upper()} · PARIS", 12, width=520, align="center", bold=True)
    put(sh, 310, 62, "Consular Section", 9.5, align="center", gray=0.3)
    sh.add(Text(310, 90, "CONSULAR REGISTRATION CARD", 14, align="center", bold=True, char_space=1))
    sh.add(Text(580, 116, f"Card No.  {ctx.consular_card_number}", 11, align="right", family="mono", bold=True))
    vx = 168 if photo else 40
    if photo:
        sh.photo(40, 104, 104, 130)
    rows = (("SURNAME", p.surname.upper()), ("OTHER NAMES", p.given_names),
            ("DATE OF BIRTH (MM/DD/YYYY)", fmt_date(p.date_of_birth, "us_slash")),
            ("PLACE OF BIRTH", p.place_of_birth), ("NATIONALITY", f"{c.name_en} ({c.code})"))
    y = 128
    for label, value in rows:
        sh.add(Text(vx, y, label, 7, gray=0.35))
        put(sh, vx + 6, y + 14, value, 11, width=570 - vx - 10, family="hand")
        sh.add(Box(vx, y + 18, 570 - vx, 0.5, fill=0.5, stroke=None))
        y += 29
    issued = ctx.consular_card_issue
    sh.add(Text(40, 300, f"Issued on the {issued.day}{_suffix(issued.day)} day of {MONTHS_EN[issued.month - 1]} "
                         f"{issued.year}", 9.5))
    sh.add(Text(40, 318, f"Issued: {fmt_date(issued, 'en_day_first')}", 9.5, bold=True))
    sh.add(Text(40, 336, f"Expires: {fmt_date(ctx.consular_card_expiry, 'en_day_first')}", 9.5, bold=True))
    sh.add(Text(40, 362, "Not valid as a travel document.", 7.5, gray=0.4))
    sh.add(Text(470, 366, "Consular Officer", 8, align="center"))
    scribble(sh, 420, 338, rng, 90, rgb=(0.1, 0.1, 0.35))
    round_stamp(sh, 340, 330, 36, f"EMBASSY · {caps(c.name_en)}", ["CONSULAR", "SECTION"], STAMP_BLUE)
    return [sh], consular_card_truth(ctx, photo)


def _suffix(day: int) -> str:
    return "th" if 10 <= day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
