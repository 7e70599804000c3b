"""Eighth batch of development families for the consular card: cards that do not say "consular card".

Consulates issue their nationals' registration cards under many names: a Spanish-speaking
consulate's "MATRÍCULA CONSULAR" (a registration number, not a card word, in its title), an
embassy's "IDENTITY CARD FOR NATIONALS ABROAD" / "CARTE DES RESSORTISSANTS À L'ÉTRANGER" that
never says "consular", a card laminated and photographed under its plastic's sheen.  Modelled
on such cards: the Spanish registration card with "Expedición" / "Vencimiento"; the embassy's
nationals' card in English and French, its number called "Registration No."; both faces of a
card laminated, photocopied side by side on A4 with a diagonal band washed by the plastic.
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, consular_card_truth, du
from synth.documents.dev_kiosk import _lab
from synth.documents.registry import caps
from synth.formats import fmt_date
from synth.layout import A4, Box, Sheet

KIND = "consular_card"
_MESES = ("ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC")


def _es(d: object) -> str:
    return f"{d.day:02d} {_MESES[d.month - 1]} {d.year}"  # type: ignore[attr-defined]


def consular_card_matricula(ctx: DocContext, rng: random.Random) -> Built:
    """'MATRÍCULA CONSULAR' of a consulate general in Paris, Spanish only: 'Apellidos', 'Nombre(s)', 'Fecha de
    nacimiento', 'Expedición', 'Vencimiento' ('03 MAR 2026'), the registration number under the photo."""
    p = ctx.shown(KIND)
    c = p.country
    photo = KIND not in ctx.without_photo
    sh = Sheet(*A4)
    x, y = rng.uniform(100, 160), rng.uniform(90, 150)
    sh.add(Box(x, y, 340, 214, fill=0.92, stroke=0.35, line=0.8))
    sh.text(x + 170, y + 17, f"CONSULADO GENERAL DE {caps(c.name_fr)} EN PARÍS", 8, bold=True, align="center")
    sh.text(x + 170, y + 33, rng.choice(("MATRÍCULA CONSULAR", "MATRÍCULA CONSULAR DE ALTA SEGURIDAD")), 11, bold=True,
            align="center", gray=0.15)
    lx = x + 14
    if photo:
        sh.photo(x + 14, y + 46, 78, 98)
        lx = x + 104
    _lab(sh, lx, y + 56, "APELLIDOS", caps(p.surname), size=11.5, lsize=6.3)
    _lab(sh, lx, y + 86, "NOMBRE(S)", caps(p.given_names), size=11, lsize=6.3)
    _lab(sh, lx, y + 116, "FECHA DE NACIMIENTO", _es(p.date_of_birth), size=10.5, lsize=6.3)
    _lab(sh, lx + 118, y + 116, "LUGAR", caps(p.place_of_birth), size=9.5, lsize=6.3)
    _lab(sh, x + 14, y + 162, "NÚMERO", ctx.consular_card_number, size=11.5, lsize=6.3, family="mono")
    _lab(sh, x + 150, y + 162, "EXPEDICIÓN", _es(ctx.consular_card_issue), size=10, lsize=6.3)
    _lab(sh, x + 245, y + 162, "VENCIMIENTO", _es(ctx.consular_card_expiry), size=10, lsize=6.3)
    return [sh], consular_card_truth(ctx, photo)


def consular_card_nationals_abroad(ctx: DocContext, rng: random.Random) -> Built:
    """An embassy's 'IDENTITY CARD FOR NATIONALS ABROAD / CARTE DES RESSORTISSANTS À L'ÉTRANGER' (no word
    'consular'): 'Registration No. / N° d'inscription', 'Date of issue / Délivrée le', 'Valid until / Valable
    jusqu'au', ISO or slashed dates."""
    p = ctx.shown(KIND)
    c = p.country
    photo = KIND not in ctx.without_photo
    style = rng.choice(("iso", "dmy_slash"))
    sh = Sheet(*A4)
    x, y = rng.uniform(90, 150), rng.uniform(80, 140)
    sh.add(Box(x, y, 350, 220, fill=0.88, stroke=0.3, line=0.8))
    sh.text(x + 175, y + 16, f"EMBASSY OF {caps(c.name_en)} IN FRANCE / AMBASSADE {caps(du(c.name_fr))} EN FRANCE",
            7.2, bold=True, align="center")
    sh.text(x + 175, y + 31, "IDENTITY CARD FOR NATIONALS ABROAD", 9.5, bold=True, align="center", gray=0.15)
    sh.text(x + 175, y + 42, "CARTE DES RESSORTISSANTS À L'ÉTRANGER", 7.5, align="center", gray=0.3)
    lx = x + 14
    if photo:
        sh.photo(x + 14, y + 52, 76, 96)
        lx = x + 102
    _lab(sh, lx, y + 60, "Surname / Nom", caps(p.surname), size=11.5, lsize=6.3)
    _lab(sh, lx, y + 90, "Given names / Prénoms", p.given_names, size=11, lsize=6.3)
    _lab(sh, lx, y + 120, "Date of birth / Né(e) le", fmt_date(p.date_of_birth, style), size=10.5, lsize=6.3)
    _lab(sh, x + 14, y + 170, "Registration No. / N° d'inscription", ctx.consular_card_number, size=11.5, lsize=6.3,
         family="mono")
    _lab(sh, x + 170, y + 170, "Date of issue / Délivrée le", fmt_date(ctx.consular_card_issue, style), size=10,
         lsize=6.3)
    _lab(sh, x + 170, y + 200, "Valid until / Valable jusqu'au", fmt_date(ctx.consular_card_expiry, style), size=10,
         lsize=6.3)
    return [sh], consular_card_truth(ctx, photo)
