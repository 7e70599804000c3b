"""Fourth batch of development departure letters: where and how the pen meets the page.

Modelled on letters volunteers hand in: a letter written out entirely by hand, its
signature the writer's name in the same hand; a form signed on a tablet, the mark
drawn as pressure-varying vector strokes in the signature frame; a typed letter
whose blue or black mark crosses the typed name; a letter signed then dated by
the association's dater stamp beside the mark; a letter laid out with a sender
column on the left where the mark sits at the foot; a two-page letter signed on the
second page only; a typed letter whose "Lu et approuvé" is written by hand above
the mark; a photocopied letter, grey on grey, its faint mark barely darker than the
paper.  Every pen mark (and every handwritten "Lu et approuvé") is made of strokes
only, so that an unsigned rendering shows no trace of it.
"""

from __future__ import annotations

import dataclasses
import math
import random
from datetime import date

from synth.context import DocContext
from synth.documents.common import Built, civ, ne, person_truth
from synth.documents.dev_common import acronym, footer
from synth.documents.dev_ink import BLUE, scrawl, script_name
from synth.formats import MONTHS_EN, MONTHS_FR_ABBR, fmt_date
from synth.identity import Identity
from synth.layout import A4, Box, Flow, Sheet, Stroke, Text, wrap

BLACK = (0.08, 0.08, 0.1)
KIND = "departure_commitment"


def _truth(p: Identity, ctx: DocContext, lang: str) -> dict[str, str]:
    return person_truth(p) | {"signature_date": ctx.commitment_date.isoformat(), "commits_to_leave": "true",
                              "language": lang}


def _where(ctx: DocContext, p: Identity) -> str:
    """Written at home before the journey, in the association's town after it."""
    return p.place_of_birth if ctx.commitment_date < ctx.arrival else ctx.association_city


def _e(p: Identity) -> str:
    return "e" if p.sex == "F" else ""


def _short(d: date) -> str:
    """'3/03/26', as people date a note by hand."""
    return f"{d.day}/{d.month:02d}/{d.year % 100:02d}"


def departure_all_by_hand(ctx: DocContext, rng: random.Random) -> Built:
    """The whole letter written by hand, dated '3/03/26', signed with the writer's name in the same hand."""
    p = ctx.shown(KIND)
    c = p.country
    f = Flow(family="hand", size=14, wobble=rng, margin=58)
    f.para(f"{_where(ctx, p)}, le {_short(ctx.commitment_date)}", align="right", after=26)
    f.para(f"Moi, {p.given_names} {p.surname}, {ne(p)} le {fmt_date(p.date_of_birth, 'dmy_slash')}", after=2)
    f.para(f"de nationalité {c.nationality_fr},", after=18)
    f.para(f"je m'engage à rentrer dans mon pays quand ma mission de volontaire à l'association {ctx.association} "
           f"sera terminée, c'est-à-dire le {fmt_date(ctx.contract_end, 'fr_long')}.", after=8)
    f.para("Je quitterai la France à la fin de mon contrat et je ne demanderai pas d'autre titre de séjour "
           "pour rester.", after=8)
    f.para("Merci de votre compréhension.", after=30)
    f.need(70)
    # the signature: the writer's name in the same hand, a loop under it
    x0 = A4[0] / 2 + rng.uniform(10, 60)
    right = script_name(f.sheet, x0, f.y, f"{p.given_names.split()[0]} {p.surname}", size=rng.choice((19, 21)),
                        rgb=rng.choice((BLUE, BLACK)))
    f.sheet.add(Stroke(((x0 - 6, f.y + 34), (right + 8, f.y + 30), (right - 14, f.y + 38)), width=1.0, rgb=BLUE))
    f.y += 60
    return f.sheets, _truth(p, ctx, "fr")


def _pen_path(rng: random.Random, w: float, h: float) -> list[tuple[float, float, float]]:
    """A signature as a tablet records it: points along loops and a long tail, each with the pen's pressure."""
    pts: list[tuple[float, float, float]] = []
    n_loops = rng.randint(3, 5)
    step = w * 0.7 / n_loops
    for k in range(n_loops):
        r = h * rng.uniform(0.16, 0.3) * (1.4 if k == 0 else 1.0)
        for i in range(16):
            t = i / 16 * 2 * math.pi
            x = k * step + step * i / 16 - r * 0.6 * math.sin(t)
            y = h * 0.6 - r * (1 - math.cos(t))
            pts.append((x, y, 0.5 + 0.5 * math.sin(t / 2)))
    x_end = pts[-1][0]
    for i in range(1, 9):
        pts.append((x_end + (w - x_end) * i / 8, h * 0.6 + rng.uniform(-3, 3) - i * 0.8, 1 - i / 9))
    return pts


def pressure_mark(sh: Sheet, x: float, y: float, rng: random.Random, *, w: float = 150, h: float = 40,
                  rgb: tuple[float, float, float] = BLACK) -> None:
    """A tablet signature: short vector segments whose width follows the pen's pressure."""
    pts = _pen_path(rng, w, h)
    for (x1, y1, p1), (x2, y2, p2) in zip(pts, pts[1:], strict=False):
        sh.add(Stroke(((x + x1, y + y1), (x + x2, y + y2)), width=0.5 + 1.9 * (p1 + p2) / 2, rgb=rgb))


def departure_tablet(ctx: DocContext, rng: random.Random) -> Built:
    """A form signed on a tablet at the association's desk: pressure-varying strokes in a signature frame."""
    p = ctx.shown(KIND)
    c = p.country
    short = acronym(ctx.association)
    f = Flow(family="sans", size=10)
    f.para(f"{short} · accueil des volontaires internationaux", size=9, after=0)
    f.para(f"Réf. dossier : {ctx.commitment_date.year}-{short}-{rng.randint(100, 999)}", size=8.5, after=16)
    f.para("Engagement de départ", bold=True, size=15, after=2)
    f.para("à l'issue de la mission de volontariat", size=11, after=16)
    rows = (("Volontaire", f"{civ(p, 'fr')} {p.given_names} {p.surname.upper()}"),
            ("Naissance", f"{fmt_date(p.date_of_birth, 'dmy_slash')}, {p.place_of_birth} ({c.name_fr})"),
            ("Nationalité", c.nationality_fr),
            ("Organisme d'accueil", ctx.association),
            ("Fin de mission prévue", fmt_date(ctx.contract_end, "dmy_slash")))
    for label, value in rows:
        f.need(22)
        f.sheet.add(Box(f.margin, f.y, f.width, 22, stroke=0.6, line=0.4))
        f.sheet.text(f.margin + 6, f.y + 15, label, 9, gray=0.35)
        f.sheet.text(f.margin + 150, f.y + 15, value, 10.5)
        f.y += 22
    f.space(14)
    f.para(f"J'atteste sur l'honneur avoir pris connaissance du caractère temporaire de l'autorisation de séjour "
           f"délivrée aux volontaires et je m'engage à quitter le territoire français au terme de mon contrat "
           f"de volontariat avec {short}.", after=6)
    f.para("Le / la volontaire signe dans le cadre ci-dessous (stylet ou stylo).", size=8.5, after=16)
    f.need(110)
    f.sheet.text(f.margin, f.y + 12, f"Date : {fmt_date(ctx.commitment_date, 'dmy_dash')}", 10)
    f.sheet.text(f.margin, f.y + 30, f"Lieu : {_where(ctx, p)}", 10)
    x = A4[0] - f.margin - 220
    f.sheet.add(Box(x, f.y, 220, 84, stroke=0.55, line=0.5))
    f.sheet.text(x + 6, f.y + 11, "Signature du / de la volontaire", 7.5, gray=0.45)
    pressure_mark(f.sheet, x + 30, f.y + 30, rng, w=rng.uniform(130, 170), h=38)
    f.sheet.text(x + 6, f.y + 78, f"{p.surname.upper()} {p.given_names}", 7.5, gray=0.45)
    f.y += 100
    footer(f, f"{ctx.association} - {ctx.association_address}", pages="")
    return f.sheets, _truth(p, ctx, "fr")


def departure_over_name(ctx: DocContext, rng: random.Random) -> Built:
    """A typed letter whose blue or black mark is drawn across the typed name at its foot (French or English)."""
    p = ctx.shown(KIND)
    c = p.country
    lang = "en" if rng.random() < 0.4 else "fr"
    f = Flow(family="serif", size=11.5)
    name = f"{p.given_names} {p.surname.upper()}"
    if lang == "fr":
        f.para(f"{_where(ctx, p)}, {fmt_date(ctx.commitment_date, 'fr_long')}", align="right", after=24)
        f.para("À qui de droit", bold=True, after=14)
        f.para(f"Je, soussigné{_e(p)} {name}, titulaire du passeport n° {p.passport_number}, "
               f"{ne(p)} le {fmt_date(p.date_of_birth, 'fr_long')} à {p.place_of_birth}, déclare m'engager à "
               f"quitter la France dès la fin de mon engagement de volontariat auprès de l'association "
               f"{ctx.association}, fixée au {fmt_date(ctx.contract_end, 'fr_long')}.")
        f.para("Je reconnais que mon séjour en France est lié à cette seule mission.", after=40)
    else:
        f.para(f"{_where(ctx, p)}, {MONTHS_EN[ctx.commitment_date.month - 1]} {ctx.commitment_date.day}, "
               f"{ctx.commitment_date.year}", align="right", after=24)
        f.para("To whom it may concern", bold=True, after=14)
        f.para(f"I, {name}, holder of passport {p.passport_number}, born on "
               f"{fmt_date(p.date_of_birth, 'en_long')} in {p.place_of_birth} ({c.name_en}), declare that I "
               f"will leave France as soon as my volunteer engagement with {ctx.association} ends, on "
               f"{fmt_date(ctx.contract_end, 'en_long')}.")
        f.para("I acknowledge that my stay in France is tied to this mission only.", after=40)
    f.need(60)
    x = A4[0] - f.margin - 200
    f.sheet.text(x, f.y + 24, name, 11.5, family="serif")
    ink = rng.choice((BLUE, BLACK, (0.15, 0.3, 0.75)))
    scrawl(f.sheet, x - rng.uniform(0, 20), f.y + 28, rng, rgb=ink, width=1.3, scale=rng.uniform(1.0, 1.3))
    f.y += 60
    return f.sheets, _truth(p, ctx, lang)


def dater_stamp(sh: Sheet, x: float, y: float, when: date, top: str, bottom: str) -> None:
    """An office dater stamp: a framed line of words over the date in capitals, in violet-grey ink."""
    w = 150
    sh.add(Box(x, y, w, 52, stroke=0.45, line=1.3))
    sh.text(x + w / 2, y + 14, top, 7.5, bold=True, align="center", gray=0.45)
    day = f"{when.day:02d} {MONTHS_FR_ABBR[when.month - 1]} {when.year}"
    sh.text(x + w / 2, y + 33, day, 13, bold=True, align="center", gray=0.35, family="mono")
    sh.text(x + w / 2, y + 46, bottom, 6.5, align="center", gray=0.45)


def departure_dater_stamp(ctx: DocContext, rng: random.Random) -> Built:
    """Signed in the association's office, dated only by its dater stamp beside the mark.

    Neither the stamp nor the text says the letter was signed: an unsigned rendering is an unsigned letter."""
    p = ctx.shown(KIND)
    c = p.country
    short = acronym(ctx.association)
    f = Flow(family="sans", size=11)
    f.para(f"{p.surname.upper()} {p.given_names}", bold=True, after=0)
    f.para(f"Volontaire accueilli{_e(p)} par {ctx.association}", size=10, after=26)
    f.title("ENGAGEMENT DE RETOUR", size=14)
    f.para(f"Je m'engage, à l'expiration de mon contrat de volontariat (le {fmt_date(ctx.contract_end, 'dmy_dot')}), "
           f"à regagner mon pays ({c.name_fr}) et à ne pas me "
           "maintenir en France au-delà de la durée de mon autorisation provisoire de séjour.")
    f.para(f"Je suis {ne(p)} le {fmt_date(p.date_of_birth, 'dmy_dot')} à {p.place_of_birth} et de nationalité "
           f"{c.nationality_fr}.", after=30)
    f.need(90)
    y = f.y
    f.sheet.text(f.margin, y + 10, "Signature", 9.5, gray=0.35)
    scrawl(f.sheet, f.margin + 10, y + 52, rng, rgb=rng.choice((BLUE, BLACK)), scale=rng.uniform(0.9, 1.2))
    dater_stamp(f.sheet, A4[0] - f.margin - 160, y + 8, ctx.commitment_date, f"{short} - ACCUEIL DES VOLONTAIRES",
                ctx.association_city.upper())
    f.y = y + 90
    return f.sheets, _truth(p, ctx, "fr")


def departure_left_column(ctx: DocContext, rng: random.Random) -> Built:
    """A letter laid out in two columns: the sender's details and, at their foot, the mark, in a left column."""
    p = ctx.shown(KIND)
    c = p.country
    sh = Sheet()
    col_w, gap = 150.0, 22.0
    sh.add(Box(0, 0, col_w + 30, A4[1], rgb=(0.94, 0.95, 0.97), stroke=None))
    y = 80.0
    for text, size, bold in ((p.given_names, 12, True), (p.surname.upper(), 12, True), ("", 8, False),
                             (f"{ne(p).capitalize()} le", 8.5, False), (fmt_date(p.date_of_birth, "dmy_slash"), 9.5,
                                                                       False),
                             (f"à {p.place_of_birth}", 9.5, False), ("", 8, False), ("Nationalité", 8.5, False),
                             (c.nationality_fr, 9.5, False), ("", 8, False), ("Passeport", 8.5, False),
                             (p.passport_number, 9.5, False)):
        sh.text(30, y, text, size, bold=bold, gray=0.2 if not bold else 0.0)
        y += size * 1.5
    x = 30 + col_w + gap
    width = A4[0] - x - 56
    yy = 86.0
    sh.text(A4[0] - 56, yy, f"{_where(ctx, p)}, le {fmt_date(ctx.commitment_date, 'fr_long')}", 10.5,
            align="right", family="serif")
    yy += 46
    sh.text(x, yy, "Objet : départ à la fin de ma mission", 11, bold=True, family="serif")
    yy += 30
    body = (f"Madame, Monsieur, volontaire auprès de l'association {ctx.association} depuis le "
            f"{fmt_date(ctx.contract_start, 'fr_long')} dans le cadre d'un contrat de volontariat, je m'engage "
            f"à quitter le territoire français à la fin de ce contrat, le {fmt_date(ctx.contract_end, 'fr_long')}. "
            "Je joins cet engagement à ma demande d'autorisation provisoire de séjour.",
            "Veuillez agréer, Madame, Monsieur, mes salutations respectueuses.")
    if ctx.commitment_date < ctx.contract_start:
        body = (body[0].replace(" depuis le ", " à compter du "),) + body[1:]
    for para in body:
        for line in wrap(para, width, "serif", 11):
            sh.text(x, yy, line, 11, family="serif")
            yy += 15.5
        yy += 9
    # the mark at the foot of the left column, under its label
    sh.text(30, 640, "Signature", 8.5, gray=0.35)
    scrawl(sh, 36, 680, rng, rgb=rng.choice((BLUE, BLACK)), scale=rng.uniform(0.75, 0.95))
    return [sh], _truth(p, ctx, "fr")


_MORE = (
    "Je suis venu{e} en France pour m'engager auprès de personnes en difficulté et pour apprendre. Ma famille "
    "m'attend et j'ai l'intention de reprendre mes études en rentrant, grâce à l'expérience acquise.",
    "Pendant ma mission, je serai logé{e} par l'association, qui m'accompagne dans mes démarches. Je respecterai "
    "les règles du séjour et je signalerai tout changement de ma situation à la préfecture.",
    "Je sais que l'autorisation provisoire de séjour qui me sera délivrée ne vaut que pour la durée de mon "
    "contrat et qu'elle ne me donne pas le droit de travailler en dehors de ma mission.",
)


def departure_two_pages(ctx: DocContext, rng: random.Random) -> Built:
    """A long letter to the prefect on two pages, its closing, date and mark on the second page only."""
    p = ctx.shown(KIND)
    c = p.country
    f = Flow(family="serif", size=12, margin=70)
    f.para(f"{p.given_names} {p.surname.upper()}", after=0)
    f.para(f"c/o {ctx.association}", after=0)
    f.para(ctx.association_address, after=30)
    f.para(f"À Madame la Préfète ou Monsieur le Préfet de {ctx.association_city}", align="right", after=30)
    f.para("Objet : engagement de quitter la France à la fin de mon volontariat", bold=True, after=16)
    f.para("Madame la Préfète, Monsieur le Préfet,", after=10)
    f.para(f"Je m'appelle {p.given_names} {p.surname.upper()}, je suis {ne(p)} le "
           f"{fmt_date(p.date_of_birth, 'dmy_slash')} à {p.place_of_birth} ({c.name_fr}) et je suis de nationalité "
           f"{c.nationality_fr}. L'association {ctx.association} m'a proposé un contrat de volontariat qui commence "
           f"le {fmt_date(ctx.contract_start, 'dmy_slash')} et se termine le {fmt_date(ctx.contract_end, 'dmy_slash')}.",
           after=10)
    for para in rng.sample(_MORE, 3):
        f.para(para.format(e=_e(p)), after=10)
    f.new_page()
    f.para(f"{p.given_names} {p.surname.upper()} - engagement de départ (suite)", size=9, after=20)
    f.para("C'est pourquoi je m'engage sur l'honneur à quitter le territoire français à la fin de mon contrat de "
           "volontariat, et au plus tard à l'expiration de mon autorisation provisoire de séjour.", after=10)
    f.para("Je vous prie d'agréer, Madame la Préfète, Monsieur le Préfet, l'expression de ma respectueuse "
           "considération.", after=24)
    f.para(f"À {_where(ctx, p)}, le {fmt_date(ctx.commitment_date, 'dmy_slash')}", after=14)
    f.need(70)
    scrawl(f.sheet, f.margin + 30, f.y + 26, rng, rgb=rng.choice((BLUE, BLACK)))
    f.y += 56
    f.para(f"{p.given_names} {p.surname.upper()}", after=0)
    footer(f, "", pages="{i}/{n}")
    return f.sheets, _truth(p, ctx, "fr")


def departure_read_approved(ctx: DocContext, rng: random.Random) -> Built:
    """A typed statement prepared by the association; the volunteer writes 'Lu et approuvé' by hand above the mark."""
    p = ctx.shown(KIND)
    c = p.country
    short = acronym(ctx.association)
    f = Flow(family="sans", size=10.5)
    f.para(ctx.association.upper(), bold=True, size=10, align="center", after=0)
    f.para(ctx.association_address, size=8.5, align="center", after=24)
    f.title(rng.choice(("Déclaration sur l'honneur", "DÉCLARATION SUR L'HONNEUR DU VOLONTAIRE")), size=14)
    f.para(f"Nom : {p.surname.upper()}      Prénom(s) : {p.given_names}", after=2)
    f.para(f"Date et lieu de naissance : {fmt_date(p.date_of_birth, 'dmy_slash')}, {p.place_of_birth} "
           f"({c.name_fr})", after=14)
    f.para(f"Le / la volontaire désigné{_e(p)} ci-dessus, accueilli{_e(p)} par {short} au titre d'un contrat de "
           "volontariat, déclare sur l'honneur :", after=6)
    for item in ("- avoir été informé(e) que l'autorisation provisoire de séjour est délivrée pour la seule durée "
                 "de la mission ;",
                 f"- s'engager à quitter la France à l'issue du contrat, soit le {fmt_date(ctx.contract_end, 'dmy_slash')} ;",
                 "- s'engager à informer l'association de toute rupture anticipée du contrat."):
        f.para(item, indent=16, after=3)
    f.space(14)
    f.para(f"Fait à {_where(ctx, p)}, le {fmt_date(ctx.commitment_date, 'dmy_slash')}", after=8)
    f.para("Mention manuscrite « Lu et approuvé » et signature :", size=9.5, after=6)
    f.need(80)
    ink = rng.choice((BLUE, BLACK))
    script_name(f.sheet, f.margin + 14, f.y, "Lu et approuvé", size=rng.choice((15, 17)), rgb=ink)
    scrawl(f.sheet, f.margin + 40, f.y + 50, rng, rgb=ink, scale=rng.uniform(0.8, 1.0))
    f.y += 76
    return f.sheets, _truth(p, ctx, "fr")


def _photocopied(sheets: list[Sheet], ink: float) -> list[Sheet]:
    """A photocopy of a photocopy: greyish paper, every printed line at least `ink` grey."""
    out = []
    for sh in sheets:
        items = [dataclasses.replace(it, gray=max(it.gray, ink)) if isinstance(it, Text) else it for it in sh.items]
        out.append(Sheet(sh.width, sh.height, items, (0.87, 0.86, 0.83)))
    return out


def departure_faint_copy(ctx: DocContext, rng: random.Random) -> Built:
    """A photocopied letter, grey print on greyish paper, its thin mark barely darker than the page."""
    p = ctx.shown(KIND)
    c = p.country
    f = Flow(family=rng.choice(("serif", "sans")), size=11.5)
    f.para(f"{p.surname.upper()} {p.given_names}", after=0)
    f.para(f"{ne(p).capitalize()} le {fmt_date(p.date_of_birth, 'dmy_dot')} - {c.nationality_fr}", size=10, after=30)
    f.para("ATTESTATION SUR L'HONNEUR", bold=True, align="center", after=20)
    f.para(f"J'atteste sur l'honneur que je quitterai la France à la fin de mon contrat de volontariat avec "
           f"l'association {ctx.association}, prévue le {fmt_date(ctx.contract_end, 'dmy_dot')}.")
    f.para("Cette attestation est établie pour être jointe à ma demande d'autorisation provisoire de séjour.",
           after=20)
    f.para(f"Fait le {fmt_date(ctx.commitment_date, 'dmy_dot')} à {_where(ctx, p)}", after=12)
    f.need(60)
    scrawl(f.sheet, f.margin + 200, f.y + 22, rng, rgb=(0.52, 0.53, 0.58), width=0.65, scale=0.9)
    f.y += 56
    return _photocopied(f.sheets, 0.3), _truth(p, ctx, "fr")
