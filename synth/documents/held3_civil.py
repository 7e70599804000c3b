"""Third held-out batch: birth certificates from foreign civil registries."""

from __future__ import annotations

import random
import unicodedata
from datetime import date

from synth.context import DocContext
from synth.documents.common import Built, du, ne, person_truth, squiggle
from synth.formats import MONTHS_EN, days, fmt_date, fr_date_words, fr_number
from synth.identity import Identity
from synth.layout import A4, Box, Flow, Sheet, Stroke, wrap

INK = (0.1, 0.13, 0.48)

# (own-language caption set, language name in French) for the registries that do not write in French
_OWN = {
    "BRA": (("Nome", "Sexo", "Data de nascimento", "Hora", "Local de nascimento", "Filiação - pai", "Filiação - mãe",
             "Averbações"), "portugais"),
    "COL": (("Nombre", "Sexo", "Fecha de nacimiento", "Hora", "Lugar de nacimiento", "Padre", "Madre", "Notas"),
            "espagnol"),
    "MAR": (("Al-ism al-kamil", "Al-jins", "Tarikh al-wilada", "As-sa'a", "Makan al-wilada", "Al-ab", "Al-umm",
             "Bayanat hamishiya"), "arabe"),
}
_FR_CAPTIONS = ("Nom et prénoms", "Sexe", "Date de naissance", "Heure", "Lieu de naissance", "Père", "Mère",
                "Mentions marginales")
_EN_CAPTIONS = ("Full name", "Sex", "Date of birth", "Time", "Place of birth", "Father", "Mother", "Annotations")


def _caps(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", s.upper()) if not unicodedata.combining(ch))


def _truth(ctx: DocContext, p: Identity, lang: str) -> dict[str, str]:
    return person_truth(p) | {"sex": p.sex, "place_of_birth": p.place_of_birth, "copy_kind": ctx.birth_copy_kind,
                              "issue_date": ctx.birth_issue.isoformat(), "language": lang}


def _parents(rng: random.Random, p: Identity) -> tuple[str, str]:
    c = p.country
    return (f"{rng.choice(c.male).split()[0]} {p.surname}", f"{rng.choice(c.female).split()[0]} {rng.choice(c.surnames)}")


def _sig(sh: Sheet, x: float, y: float, rng: random.Random) -> None:
    sh.add(Stroke(tuple((x + px, y + py) for px, py in squiggle(rng)), width=1.3, rgb=INK))


def _seal(sh: Sheet, x: float, y: float, lines: list[str]) -> None:
    h = 12 + 12 * len(lines)
    sh.add(Box(x, y, 160, h, stroke=0.5, line=1.5))
    for i, line in enumerate(lines):
        sh.text(x + 80, y + 16 + 12 * i, line, 8, bold=i == 0, align="center", gray=0.45)


def birth_caption_columns(ctx: DocContext, rng: random.Random) -> Built:
    """Register copy laid out as caption | value | caption in the registry's own language."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    own, lang_fr = _OWN.get(c.code, (_EN_CAPTIONS if not c.french_speaking else ("",) * 8, "anglais"))
    f = Flow(family=rng.choice(("sans", "serif")), size=10.5)
    if c.code == "MAR":
        head = ["ROYAUME DU MAROC", "Ministère de l'Intérieur", f"Province de {p.place_of_birth}",
                "Bureau de l'état civil"]
    else:
        head = [f"RÉPUBLIQUE {du(c.name_fr)}".upper(), f"Commune de {p.place_of_birth}",
                "Bureau de l'état civil / " + {"BRA": "Cartório de Registro Civil", "COL": "Registraduría"}.get(
                    c.code, "Civil Registry")]
    for line in head:
        f.para(line, size=10, after=0)
    act, year = rng.randint(12, 3900), p.date_of_birth.year
    f.sheet.text(A4[0] - f.margin, 80, f"Registre {year} — acte n° {act}", 10, align="right")
    f.space(18)
    f.title("ACTE DE NAISSANCE", size=16)
    f.para("— copie intégrale —" if full else "— extrait (sans filiation) —", align="center", size=11, after=14)
    father, mother = _parents(rng, p)
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    sex_fr = "Féminin" if p.sex == "F" else "Masculin"
    dob = f"{fmt_date(p.date_of_birth, 'dmy_slash')} ({fr_date_words(p.date_of_birth)})"
    rows = [(_FR_CAPTIONS[0], f"{p.surname.upper()} {p.given_names}", own[0]), (_FR_CAPTIONS[1], sex_fr, own[1]),
            (_FR_CAPTIONS[2], dob, own[2])]
    if full:
        rows.append((_FR_CAPTIONS[3], f"{hh:02d} h {mm:02d}", own[3]))
    rows.append((_FR_CAPTIONS[4], f"{p.place_of_birth} ({c.name_fr})", own[4]))
    if full:
        rows += [(_FR_CAPTIONS[5], f"{father.upper()}, {rng.choice(('commerçant', 'agriculteur', 'chauffeur'))}",
                  own[5]),
                 (_FR_CAPTIONS[6], f"{mother.upper()}, {rng.choice(('couturière', 'enseignante', 'sans profession'))}",
                  own[6]),
                 (_FR_CAPTIONS[7], rng.choice(("Néant", "Néant", f"Rectification d'erreur matérielle, jugement "
                                               f"n° {rng.randint(10, 999)}")), own[7])]
    x0, w1, w2 = f.margin, 130, 220
    for fr_cap, value, own_cap in rows:
        lines = wrap(value, w2 - 8, f.family, 11, True)
        h = 10 + 14 * len(lines)
        f.need(h)
        f.sheet.add(Box(x0, f.y, f.width, h, stroke=0.55, line=0.5))
        f.sheet.text(x0 + 4, f.y + 15, fr_cap, 9, gray=0.3)
        for i, line in enumerate(lines):
            f.sheet.text(x0 + w1 + 4, f.y + 15 + 14 * i, line, 11, bold=True, family=f.family)
        f.sheet.text(x0 + w1 + w2 + 8, f.y + 15, own_cap, 9, gray=0.3, family="serif")
        f.y += h
    f.space(14)
    if full:
        f.para(f"Dressé le {fmt_date(p.date_of_birth, 'dmy_slash')} sur la déclaration du père, qui a signé avec "
               "l'officier de l'état civil après lecture.", after=8)
    if not c.french_speaking:
        f.para(f"Document établi en français et en {lang_fr}.", size=9, after=10)
    f.para(f"Délivré à {p.place_of_birth}, le {fmt_date(ctx.birth_issue, rng.choice(('fr_long', 'dmy_slash')))}",
           after=4)
    f.para("L'Officier de l'état civil délégué", after=4)
    _sig(f.sheet, f.margin + 20, f.y + 14, rng)
    _seal(f.sheet, A4[0] - f.margin - 170, f.y - 20, ["ÉTAT CIVIL", p.place_of_birth.upper(), "Sceau"])
    f.space(50)
    return f.sheets, _truth(ctx, p, "fr")


_ORD = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
        "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
        "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first")


def _en_words(d: date) -> str:
    return f"{_ORD[d.day - 1].capitalize()} {MONTHS_EN[d.month - 1]} {d.year}"


def birth_register_columns_en(ctx: DocContext, rng: random.Random) -> Built:
    """Certified copy of a register entry across a landscape page (full copy) or a short certificate (extract)."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    sh = Sheet(842, 595, background=(0.97, 0.95, 0.9))
    sh.add(Box(14, 14, 814, 567, stroke=0.45, line=2.0))
    district = rng.choice(c.cities)
    sh.text(421, 46, ("CERTIFIED COPY OF AN ENTRY OF BIRTH" if full else "SHORT BIRTH CERTIFICATE"), 17, bold=True,
            align="center", family="serif")
    sh.text(421, 66, f"{c.name_en} — Births and Deaths Registration — District of {district}", 10, align="center",
            family="serif")
    sh.text(40, 92, f"Entry No. {rng.randint(100, 9999)}", 10)
    sh.text(802, 92, f"Registration area: {p.place_of_birth}", 10, align="right")
    issued = fmt_date(ctx.birth_issue, rng.choice(("en_day_first", "dmy_slash", "en_long")))
    if full:
        hh, mm = rng.randint(1, 12), rng.randint(0, 59)
        father, mother = _parents(rng, p)
        heads = ["1. When and where born", "2. Name, if any", "3. Sex", "4. Name and surname of father",
                 "5. Name and maiden surname of mother", "6. Informant", "7. When registered",
                 "8. Signature of registrar"]
        registered = p.date_of_birth + days(rng.randint(2, 20))
        values = [f"{_en_words(p.date_of_birth)}, {hh}.{mm:02d} {'am' if rng.random() < 0.5 else 'pm'}, "
                  f"{p.place_of_birth}", f"{p.given_names} {p.surname.upper()}",
                  "Female" if p.sex == "F" else "Male", father, mother,
                  f"{father}, father, {p.place_of_birth}", _en_words(registered), ""]
        widths = (140, 110, 50, 100, 110, 110, 80, 70)
        x, top = 30.0, 110.0
        for head, value, w in zip(heads, values, widths, strict=True):
            sh.add(Box(x, top, w, 48, fill=0.88, stroke=0.4, line=0.5))
            sh.add(Box(x, top + 48, w, 150, stroke=0.4, line=0.5))
            for i, line in enumerate(wrap(head, w - 8, "sans", 7.5)):
                sh.text(x + 4, top + 12 + 9 * i, line, 7.5, bold=True)
            for i, line in enumerate(wrap(value, w - 8, "hand", 10.5)):
                sh.text(x + 4, top + 66 + 14 * i, line, 10.5, family="hand")
            x += w
        sh.add(Stroke(tuple((30 + sum(widths[:7]) + 4 + px * 0.45, top + 110 + py * 0.6)
                            for px, py in squiggle(rng)), width=1.1, rgb=INK))
        y = 300.0
        sh.text(40, y + 20, f"Certified to be a true copy of an entry in a register in my custody. Marginal notes: "
                            f"{rng.choice(('none', 'nil'))}.", 11, family="serif")
    else:
        y = 110.0
        for i, (label, value) in enumerate((("Name", f"{p.given_names} {p.surname.upper()}"),
                                            ("Sex", "Female" if p.sex == "F" else "Male"),
                                            ("Date of birth", f"{fmt_date(p.date_of_birth, 'dmy_slash')} "
                                                              f"({_en_words(p.date_of_birth)})"),
                                            ("Place of birth", f"{p.place_of_birth}, {c.name_en}"))):
            sh.text(80, y + 30 + 34 * i, label, 11, gray=0.3)
            sh.text(260, y + 30 + 34 * i, value, 14, bold=True, family="serif")
        sh.text(80, y + 190, "This certificate is compiled from the records of births; it does not show parentage.",
                10, family="serif")
        y = 320.0
    sh.text(40, y + 60, f"Given at the District Registry, {district}, on {issued}.", 12, family="serif")
    sh.text(600, y + 110, "Registrar", 10, gray=0.3)
    _sig(sh, 600, y + 140, rng)
    _seal(sh, 360, y + 100, [c.name_en.upper(), "REGISTRY SEAL", district.upper()])
    return [sh], _truth(ctx, p, "en")


def birth_printed_form_by_hand(ctx: DocContext, rng: random.Random) -> Built:
    """A pre-printed registry form (French-speaking registries): dotted blanks filled in by hand, counterfoil number."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    f = Flow(family="sans", size=10)
    country_line = "ROYAUME DU MAROC" if c.code == "MAR" else _caps(f"RÉPUBLIQUE {du(c.name_fr)}")
    f.sheet.text(f.margin, 60, country_line, 10.5, bold=True)
    f.sheet.text(f.margin, 74, f"Région de {rng.choice(c.cities)}", 9)
    f.sheet.text(f.margin, 88, f"Centre d'état civil de {p.place_of_birth}", 9)
    f.sheet.text(A4[0] - f.margin, 60, f"Volet n° {rng.choice((1, 3))}", 9, align="right")
    f.sheet.text(A4[0] - f.margin, 74, f"Année {p.date_of_birth.year}", 9, align="right")
    f.sheet.text(A4[0] - f.margin, 88, f"N° dans le registre : {rng.randint(1, 2999)}", 9, align="right")
    f.y = 120
    f.title("COPIE LITTÉRALE D'ACTE DE NAISSANCE" if full else "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE", size=14)
    father, mother = _parents(rng, p)
    hour = rng.randint(0, 23)
    blanks: list[tuple[str, str]] = [
        ("Le", f"{fmt_date(p.date_of_birth, 'fr_words')}"),
        ("à", f"{fr_number(hour)} heures" if full else ""),
        (f"est {ne(p)} à", p.place_of_birth),
        ("un enfant de sexe", "féminin" if p.sex == "F" else "masculin"),
        ("Prénoms de l'enfant", p.given_names),
        ("Nom de l'enfant", p.surname.upper()),
    ]
    if full:
        blanks += [("Fils/Fille de", father), ("profession", rng.choice(("cultivateur", "maçon", "fonctionnaire"))),
                   ("et de", mother), ("domiciliés à", p.place_of_birth),
                   ("Dressé le", fmt_date(p.date_of_birth + days(rng.randint(1, 9)), "dmy_slash")),
                   ("sur la déclaration de", father)]
    for label, value in blanks:
        if not value:
            continue
        f.para(f"{label} " + "." * max(10, 70 - len(label)), size=10, after=0)
        f.sheet.text(f.margin + 150, f.y - 2, value, 12.5, family="hand")
        f.space(11)
    f.space(4)
    f.para("Date de naissance en chiffres : " + "." * 30, size=10, after=0)
    f.sheet.text(f.margin + 210, f.y - 2, fmt_date(p.date_of_birth, "dmy_space"), 12.5, family="hand")
    f.space(12)
    if full:
        f.para("MENTIONS MARGINALES : " + rng.choice(("néant", "—")), after=10)
    f.para("Pour copie certifiée conforme au registre." if full else "Pour extrait certifié conforme.", after=8)
    f.para(f"Délivré à {p.place_of_birth} le " + "." * 30, after=0)
    f.sheet.text(f.margin + 190, f.y - 2, fmt_date(ctx.birth_issue, rng.choice(("dmy_slash", "dmy_dot"))), 12.5,
                 family="hand")
    f.space(14)
    f.para("L'Officier de l'état civil", align="right", after=4)
    _sig(f.sheet, A4[0] - f.margin - 150, f.y + 16, rng)
    _seal(f.sheet, f.margin, f.y, [_caps(f"COMMUNE DE {p.place_of_birth}"), "ÉTAT CIVIL"])
    f.space(60)
    return f.sheets, _truth(ctx, p, "fr")
