"""Development families (session 16): contracts whose signing day is told as signing platforms, initialled
pages and federations' forms tell it.

What they share: the contract's signing day (the volunteer's) stands among other days a reader must not take for
it: the platform's "sent" and "viewed" events, the host's earlier signature, a federation's endorsement, the
mission's first day.
"""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.common import Built, Truth
from synth.documents.contract_forms import digit_boxes
from synth.documents.contracts import _truth as contract_truth
from synth.documents.dev_common import footer
from synth.documents.dev_pieces import sign
from synth.documents.registry import caps
from synth.formats import MONTHS_EN, days, fmt_date
from synth.layout import A4, Box, Flow


def _truth(ctx: DocContext, language: str) -> Truth:
    return contract_truth(ctx, True, language)


def _stamp_time(d: date, rng: random.Random, style: str, hour: int | None = None) -> str:
    """A signing platform's time stamp, as platforms print them (at `hour`, else some hour of the day)."""
    h, m, s = rng.randint(8, 21) if hour is None else hour, rng.randint(0, 59), rng.randint(0, 59)
    if style == "iso":
        return f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d} UTC"
    if style == "iso_t":
        return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}Z"
    if style == "month_first":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year} {(h - 1) % 12 + 1}:{m:02d} {'PM' if h >= 12 else 'AM'} CET"
    return f"{d.day:02d} {MONTHS_EN[d.month - 1][:3]} {d.year} | {h:02d}:{m:02d} GMT+1"


def contract_platform_en(ctx: DocContext, rng: random.Random) -> Built:
    """An agreement in English sent through a signing platform: each party's block carries its own time stamp, and
    the platform's audit trail adds when the envelope was created, sent and viewed; the volunteer signs last."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    style = rng.choice(("iso", "iso_t", "month_first", "day_first"))
    host_day = ctx.contract_signed - days(rng.randint(0, 3))
    sent = host_day - days(rng.randint(1, 4))
    f = Flow(family=rng.choice(("sans", "serif")), size=10.5)
    f.para(f"Envelope ID: {rng.randint(10**7, 10**8 - 1):X}-{rng.randint(1000, 9999):X}", size=7.5, after=10)
    f.title("VOLUNTEER SERVICE AGREEMENT", size=14)
    f.para("(contrat de volontariat associatif)", align="center", size=9.5, after=14)
    f.para(f"This agreement is made between {ctx.association}, {ctx.association_address}, represented by "
           f"{ctx.president} (the \"Host\"), and {p.given_names} {p.surname.upper()}, born on "
           f"{fmt_date(p.date_of_birth, 'en_day_first')} in {p.place_of_birth}, {c.name_en} (the \"Volunteer\").",
           after=10)
    f.para("1. Assignment", bold=True, after=2)
    f.para(f"The Volunteer's assignment, as described in the Host's application (in French): « {ctx.mission} ».",
           after=8)
    f.para("2. Term", bold=True, after=2)
    f.para(f"The assignment starts on {fmt_date(ctx.contract_start, 'en_long')} and ends on "
           f"{fmt_date(ctx.contract_end, 'en_long')}. At its end the Volunteer undertakes to leave France, as "
           "stated in the separate departure commitment.", after=8)
    f.para("3. Allowance", bold=True, after=2)
    f.para("The Host pays a monthly allowance, which is not a salary, and covers the Volunteer's health insurance.",
           after=8)
    f.para("4. Signature", bold=True, after=2)
    f.para("This agreement is signed electronically. Each party's signature is dated by the platform.", after=18)
    for role, who, when in (("HOST", f"{ctx.president}, for {ctx.association}", host_day),
                            ("VOLUNTEER", f"{p.given_names} {p.surname.upper()}", ctx.contract_signed)):
        f.need(70)
        f.para(role, bold=True, size=9, after=2)
        f.para(f"Signature: {who}", family="hand", size=12, after=2)
        f.para(f"Signed: {_stamp_time(when, rng, style)}", size=9, after=14)
    f.new_page()
    f.para("Certificate of completion", bold=True, size=13, after=8)
    f.para(f"Document: Volunteer service agreement - {caps(p.surname)}.pdf", size=9.5, after=10)
    events = [("Envelope created", ctx.president, sent), ("Sent for signature", f"{p.given_names} {p.surname}", sent),
              ("Viewed", f"{p.given_names} {p.surname}", ctx.contract_signed - days(rng.randint(0, 2))),
              ("Signed", ctx.president, host_day), ("Signed", f"{p.given_names} {p.surname}", ctx.contract_signed),
              ("Completed", "", ctx.contract_signed)]
    events.sort(key=lambda e: e[2])  # (stable: the same day's events in the order they happen)
    for n, (what, who, when) in enumerate(events):
        f.para(f"{what:<20} {who:<36} {_stamp_time(when, rng, style, 8 + n * 2)}", family="mono", size=8, after=3)
    return f.sheets, _truth(ctx, "en")


def contract_initialled_pages(ctx: DocContext, rng: random.Random) -> Built:
    """A French contract of articles, each page initialled at its foot by both parties; the last page is dated by
    hand on the dotted line of "Fait à ..., le ...", the association's column dated a day or two before."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    f = Flow(family="serif", size=10.5)
    f.para(ctx.association.upper(), bold=True, size=11, after=0)
    f.para(ctx.association_address, size=8.5, after=18)
    f.title("CONTRAT D'ENGAGEMENT DE VOLONTARIAT", size=14)
    f.para("ENTRE LES SOUSSIGNÉS", bold=True, after=4)
    f.para(f"L'association {ctx.association}, représentée par {ctx.president}, ci-après « l'association »,", after=4)
    f.para("ET", bold=True, after=4)
    f.para(f"M./Mme {p.surname.upper()} {p.given_names}, {'née' if p.sex == 'F' else 'né'} le "
           f"{fmt_date(p.date_of_birth, 'fr_long')} à {p.place_of_birth} ({c.name_fr}), ci-après « le volontaire ».",
           after=10)
    articles = (
        ("Objet", f"Le volontaire accomplit la mission suivante : {ctx.mission}."),
        ("Durée", f"Le présent contrat est conclu pour la période du {fmt_date(ctx.contract_start, 'dmy_slash')} "
                  f"au {fmt_date(ctx.contract_end, 'dmy_slash')} inclus."),
        ("Tutorat", "Un tuteur désigné par l'association accompagne le volontaire tout au long de sa mission."),
        ("Indemnité", "L'association verse au volontaire une indemnité mensuelle qui n'a pas le caractère d'un "
                      "salaire, ainsi qu'une prestation de subsistance."),
        ("Protection sociale", "Le volontaire est affilié au régime général de sécurité sociale."),
        ("Congés", "Le volontaire bénéficie de deux jours de congés par mois de mission."),
        ("Fin du contrat", "Le contrat prend fin à son terme ou, de manière anticipée, par accord des parties."),
    )
    for n, (head, body) in enumerate(articles, 1):
        f.need(90)
        f.para(f"Article {n} - {head}", bold=True, after=2)
        f.para(body, after=8)
        if n == 4:
            f.new_page()
    f.space(14)
    city = ctx.association_city
    f.para(f"Fait en deux exemplaires originaux, à {city},", after=4)
    f.para("le " + "." * 50, after=0)
    f.sheet.text(f.margin + 30, f.y - 3, fmt_date(ctx.contract_signed, rng.choice(("dmy_slash", "fr_long"))), 12.5,
                 family="hand")
    f.space(24)
    f.need(120)
    y = f.y
    left, right = f.margin, A4[0] / 2 + 10
    f.sheet.text(left, y, "Pour l'association (cachet et signature)", 9.5, bold=True)
    f.sheet.text(right, y, "Le volontaire", 9.5, bold=True)
    f.sheet.text(right, y + 12, "(date et mention « lu et approuvé »)", 8)
    host_day = ctx.contract_signed - days(rng.randint(1, 2))
    f.sheet.text(left, y + 32, f"le {host_day.strftime('%d/%m/%y')}", 12, family="hand")
    f.sheet.text(right, y + 32, f"Lu et approuvé, le {ctx.contract_signed.strftime('%d/%m/%y')}", 12, family="hand")
    sign(f.sheet, left + 10, y + 62, rng)
    sign(f.sheet, right + 10, y + 62, rng)
    for i, sh in enumerate(f.sheets, 1):
        sh.text(f.margin, A4[1] - 40, "Paraphes :", 8.5, gray=0.3)
        sh.text(f.margin + 52, A4[1] - 40, caps(ctx.president.split()[-1])[:2], 11, family="hand")
        sh.text(f.margin + 80, A4[1] - 40, caps(p.given_names)[:1] + caps(p.surname)[:1], 11, family="hand")
        sh.text(A4[0] - f.margin, A4[1] - 40, f"{i}/{len(f.sheets)}", 8.5, align="right", gray=0.3)
    return f.sheets, _truth(ctx, "fr")


def contract_federation_form(ctx: DocContext, rng: random.Random) -> Built:
    """A federation's printed form for its member associations, in numbered boxes; the last box is a table of
    signatures whose columns are the parties (volunteer, host, federation) and whose rows are name, date and
    signature, the host and the federation dating theirs before the volunteer."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    federation = rng.choice(("Fédération des associations de solidarité", "Union régionale des centres sociaux",
                             "Fédération nationale d'accueil et d'entraide"))
    f = Flow(family="sans", size=9.5)
    f.para(federation.upper(), bold=True, size=10, after=2)
    f.para("Formulaire F-12 - à remplir par la structure d'accueil", size=8, after=14)
    f.title("CONTRAT DE VOLONTARIAT - VOLONTAIRE ÉTRANGER", size=13)
    dated = rng.random() < 0.5

    def section(title: str, rows: tuple[tuple[str, str], ...]) -> None:
        f.need(30 + 22 * len(rows))
        top = f.y + 4
        f.para(title, bold=True, size=9.5, after=4)
        for cap, value in rows:
            f.para(f"{cap} :", size=8.5, after=0)
            f.sheet.text(f.margin + 190, f.y - 1, value, 11, family="hand")
            f.space(9)
        f.sheet.add(Box(f.margin - 8, top, f.width + 16, f.y - top + 4, stroke=0.4, line=0.7))
        f.space(16)

    section("1. Structure d'accueil", (("Association membre", ctx.association),
                                        ("Représentée par", ctx.president)))
    section("2. Volontaire", (("Nom", p.surname.upper()), ("Prénom(s)", p.given_names),
                              ("Date de naissance", fmt_date(p.date_of_birth, "dmy_slash")),
                              ("Nationalité", c.name_fr)))
    section("3. Mission", (("Intitulé", ctx.mission[:44] + ("…" if len(ctx.mission) > 44 else "")),))
    f.para(f"Description : {ctx.mission}", size=8.5, after=14)
    section("4. Durée", (("Du", fmt_date(ctx.contract_start, "dmy_slash")),
                         ("Au", fmt_date(ctx.contract_end, "dmy_slash"))))
    f.need(150)
    f.para("5. Signatures", bold=True, after=8)
    top = f.y
    col = (f.width - 70) / 3
    heads = ("Le/la volontaire", "La structure d'accueil", "La fédération")
    whens = (ctx.contract_signed, ctx.contract_signed - days(rng.randint(1, 3)),
             ctx.contract_signed - days(rng.randint(4, 9)))
    names = (f"{p.given_names} {p.surname.upper()}", ctx.president, "Le délégué régional")
    for j, head in enumerate(heads):
        f.sheet.text(f.margin + 70 + j * col + 4, top + 12, head, 8.5, bold=True)
    for i, row in enumerate(("Nom", "Date", "Signature")):
        y = top + 20 + i * 30
        f.sheet.add(Box(f.margin, y, f.width, 30, stroke=0.4, line=0.6))
        f.sheet.text(f.margin + 4, y + 18, row, 8.5, bold=True)
        for j in range(3):
            x = f.margin + 70 + j * col
            if row == "Nom":
                f.sheet.text(x + 4, y + 18, names[j][:28], 8.5)
            elif row == "Date":
                if dated:
                    digit_boxes(f.sheet, x + 4, y + 22, whens[j], scale=0.875)
                else:
                    f.sheet.text(x + 4, y + 20, whens[j].strftime("%d/%m/%Y"), 11.5, family="hand")
            else:
                sign(f.sheet, x + 8, y + 16, rng, scale=0.6)
    f.y = top + 120
    footer(f, f"{federation} - F-12")
    return f.sheets, _truth(ctx, "fr")
