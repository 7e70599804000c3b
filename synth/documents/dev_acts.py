"""Fourth batch of development administrative acts: an approval found in a published bulletin, a visa naming its post.

Modelled on what associations and consulates hand out: the page of a prefecture's
collection of administrative acts (or of the agency's official bulletin) set in two
columns, the association's approval one act among others, its name after "dite"
in quotes, dated in its heading; a long-stay visa sticker whose issuing post heads
it ("CONSULAT GÉNÉRAL DE FRANCE À ...") and whose validity reads "DU 01 SEPT 2026
AU 31 AOÛT 2027" with French month names.
"""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.common import Built, visa_remarks, visa_truth
from synth.documents.dev_pieces import sign, zone_at
from synth.formats import MONTHS_FR, days, fmt_date
from synth.layout import A4, Box, Sheet, wrap
from synth.zones import mrv

# French month abbreviations as consular printers set them (no full stop)
_FR_SHORT = ("JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC")


def _long(d: date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"


def _column(sh: Sheet, x: float, y: float, w: float, paras: list[tuple[str, float, bool, str]]) -> float:
    """Paragraphs (text, size, bold, align) set in a column of width `w` from `y`; returns the bottom."""
    for text, size, bold, align in paras:
        for line in wrap(text, w, "serif", size, bold):
            y += size * 1.3
            ax = {"left": x, "center": x + w / 2}[align]
            sh.text(ax, y, line, size, family="serif", bold=bold, align=align)
        y += 5
    return y


def decision_bulletin_page(ctx: DocContext, rng: random.Random) -> Built:
    """A page of the published collection of acts, in two columns: the approval one act among others."""
    prefect = ctx.approval_authority.startswith("Préfet")
    authority = ctx.approval_authority.split(",")[0]
    when = ctx.approval_date
    published = when + days(rng.randint(3, 20))
    sh = Sheet()
    m = 40.0
    if prefect:
        head = f"RECUEIL DES ACTES ADMINISTRATIFS - PRÉFECTURE DE {ctx.association_city.upper()}"
        number = f"RAA n° {published.year}-{rng.randint(40, 240)}"
    else:
        head = "BULLETIN OFFICIEL - AGENCE DU SERVICE CIVIQUE"
        number = f"BO n° {published.year}/{rng.randint(1, 24):02d}"
    sh.text(m, 34, head, 9, bold=True, family="serif")
    sh.text(A4[0] - m, 48, f"{number} - publié le {fmt_date(published, 'dmy_slash')}", 8.5, align="right",
            family="serif")
    sh.add(Box(m, 54, A4[0] - 2 * m, 0.1, stroke=0.2, line=0.8))
    gap = 20.0
    w = (A4[0] - 2 * m - gap) / 2
    # the act before it: an unrelated one, as collections run
    other_no = f"{when.year}-{rng.randint(100, 999)}"
    left = [(f"Arrêté n° {other_no} du {_long(when - days(rng.randint(1, 6)))} portant réglementation temporaire "
             "de la circulation", 9.5, True, "left"),
            ("Article 1er - La circulation est interdite sur la voie communale n° 4 pendant la durée des travaux "
             "de réfection de la chaussée.", 9, False, "left"),
            ("Article 2 - La signalisation est mise en place par les services techniques de la commune.", 9, False,
             "left"),
            ("Article 3 - Le présent arrêté sera publié au recueil des actes administratifs.", 9, False, "left")]
    y = _column(sh, m, 68, w, left)
    sh.add(Box(m + w / 2 - 30, y + 4, 60, 0.1, stroke=0.4, line=0.5))
    act = "Arrêté" if prefect else "Décision"
    quoted = f"« {ctx.approval_association} »"
    ours = [(f"{act} n° {ctx.approval_number} du {_long(when)} portant agrément de l'association dite {quoted} "
             "au titre de l'engagement de service civique", 9.5, True, "left"),
            (f"{'Le ' + authority if prefect else 'La directrice de l' + chr(39) + 'Agence du Service Civique'},"
             , 9, False, "left"),
            ("Vu le code du service national, notamment ses articles L. 120-1 et suivants ;", 9, False, "left"),
            ("Vu la demande présentée par l'association et l'avis du service instructeur ;", 9, False, "left"),
            ("Considérant que les missions proposées revêtent un caractère d'intérêt général ;", 9, False, "left"),
            ("ARRÊTE :" if prefect else "DÉCIDE :", 9, True, "center"),
            (f"Article 1er - L'association dite {quoted} est agréée au titre de l'engagement de service civique "
             "pour une durée de cinq ans.", 9, False, "left"),
            (f"Article 2 - Le numéro d'agrément est {ctx.approval_number}.", 9, False, "left")]
    y = _column(sh, m, y + 12, w, ours[:4])
    y2 = _column(sh, m + w + gap, 68, w, ours[4:])
    signer = ("Pour le préfet et par délégation, la secrétaire générale" if prefect
              else "Pour le ministre et par délégation, la directrice de l'Agence du Service Civique")
    y2 = _column(sh, m + w + gap, y2 + 4, w, [(f"Fait à {ctx.association_city if prefect else 'Paris'}, le "
                                             f"{_long(when)}", 9, False, "left"), (signer, 9, False, "left")])
    sign(sh, m + w + gap + 30, y2 + 24, rng, scale=0.7)
    sh.add(Box(m + w + gap / 2, 64, 0.1, max(y, y2) - 56, stroke=0.5, line=0.4))
    sh.text(A4[0] / 2, A4[1] - 30, f"- {rng.randint(3, 60)} -", 8.5, align="center", family="serif")
    truth = {"association": ctx.approval_association, "decision_date": when.isoformat(), "authority": authority}
    return [sh], truth


def _fr_short(d: date) -> str:
    return f"{d.day:02d} {_FR_SHORT[d.month - 1]} {d.year}"


def visa_post_header(ctx: DocContext, rng: random.Random) -> Built:
    """The issuing post heads the sticker; validity 'DU 01 SEPT 2026 AU 31 AOÛT 2027' in French month names."""
    p = ctx.shown("visa")
    long_stay = ctx.visa_category == "D"
    post = ctx.visa_issued_in.title()
    sh = Sheet(680, 470, background=(0.95, 0.94, 0.9))
    sh.add(Box(0, 0, 680, 50, rgb=(0.86, 0.84, 0.92), stroke=None))
    sh.text(20, 22, f"CONSULAT GÉNÉRAL DE FRANCE À {post.upper()}", 12.5, bold=True)
    sh.text(20, 40, "VISA", 13, bold=True, gray=0.25)
    sh.text(80, 40, "UNION EUROPÉENNE - RÉPUBLIQUE FRANÇAISE", 8.5, gray=0.35)
    sh.text(660, 34, f"N° {ctx.visa_number}", 14, bold=True, align="right", family="mono")
    sh.photo(20, 64, 124, 160)
    x = 164
    sh.text(x, 80, "VALABLE POUR", 8, gray=0.35)
    sh.text(x + 100, 80, "FRANCE" if long_stay else "ÉTATS SCHENGEN", 12.5, bold=True)
    sh.text(x, 108, f"DU {_fr_short(ctx.visa_from)}   AU {_fr_short(ctx.visa_until)}", 13.5, bold=True)
    sh.text(x, 136, "TYPE", 8, gray=0.35)
    sh.text(x + 40, 136, ctx.visa_category, 12.5, bold=True)
    sh.text(x + 90, 136, "ENTRÉES", 8, gray=0.35)
    sh.text(x + 145, 136, ctx.visa_entries, 12.5, bold=True)
    sh.text(x + 220, 136, "DURÉE", 8, gray=0.35)
    sh.text(x + 265, 136, f"{ctx.visa_duration_days} J.", 12.5, bold=True)
    sh.text(x, 164, "PASSEPORT", 8, gray=0.35)
    sh.text(x + 90, 164, ctx.visa_passport_number, 12.5, bold=True, family="mono")
    sh.text(x, 192, "NOM, PRÉNOMS", 8, gray=0.35)
    sh.text(x + 90, 192, f"{p.surname.upper()} {p.given_names.upper()}", 12.5, bold=True)
    sh.text(x, 220, f"DÉLIVRÉ LE {_fr_short(ctx.visa_issue)}", 10.5)
    remarks = visa_remarks(long_stay, rng)
    sh.text(20, 262, "REMARQUES", 8, gray=0.35)
    sh.text(110, 262, remarks, 12.5, bold=True)
    sign(sh, 520, 290, rng, scale=0.7)
    kind = "MRVA" if long_stay or rng.random() < 0.5 else "MRVB"
    lines = mrv(kind, "FRA", p.surname, p.given_names, ctx.visa_number, p.nationality, p.date_of_birth, p.sex,
                ctx.visa_until)
    zone_at(sh, lines, 340, 400)
    return [sh], visa_truth(ctx, p, remarks, lines)
