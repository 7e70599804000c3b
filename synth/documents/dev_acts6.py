"""Sixth batch of development birth-certificate families: registries, forms and translators of several countries.

Modelled on papers volunteers bring (see /work/shared/reference/real-documents.md): a
full copy from an African civil registry typed in capitals without accents, under the
state's motto, with its register and act numbers and the hour of birth in words; a
North African registry's form with the dates in figures and in letters, titled
"extrait" or "copie intégrale"; an English "Certificate of Live Birth" drawn as numbered
boxes with month-first dates, certified as a full copy or abstracted; a foreign original
followed in the same file by its sworn French translation, the translator's stamp and
registration number at its foot.  Each paper says what it is (full copy or extract) in
its own words; truth `copy_kind` follows the scenario's `birth_copy_kind`.
"""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.common import Built, du, person_truth
from synth.documents.dev_common import stamp
from synth.documents.dev_ink import scrawl
from synth.documents.registry import MOTTOS, caps
from synth.formats import MONTHS_EN, MONTHS_FR, days, fmt_date, fr_date_words, fr_number
from synth.identity import Identity
from synth.layout import A4, Box, Flow, Sheet, wrap


def _truth(ctx: DocContext, p: Identity, lang: str) -> dict[str, str]:
    return person_truth(p) | {"sex": p.sex, "place_of_birth": p.place_of_birth, "copy_kind": ctx.birth_copy_kind,
                              "issue_date": ctx.birth_issue.isoformat(), "language": lang}


def _parents(rng: random.Random, p: Identity) -> tuple[str, str]:
    """'Given SURNAME' of the father and of the mother."""
    c = p.country
    mother_name = rng.choice([s for s in c.surnames if s != p.surname])
    return (f"{rng.choice(c.male).split()[0]} {p.surname.upper()}",
            f"{rng.choice(c.female).split()[0]} {mother_name.upper()}")


def _state(p: Identity) -> str:
    c = p.country
    if c.code == "MAR":
        return "ROYAUME DU MAROC"
    return caps(f"RÉPUBLIQUE {du(c.name_fr)}")


def _hour_words(h: int, m: int) -> str:
    """'DIX HEURES TRENTE MINUTES', as the registrar writes the hour."""
    hours = "UNE HEURE" if h == 1 else f"{fr_number(h)} HEURES"
    return caps(hours if m == 0 else f"{hours} {fr_number(m)} MINUTES")


def birth_registry_full_caps(ctx: DocContext, rng: random.Random) -> Built:
    """An African civil registry's act typed in capitals without accents under the motto: centre, register and act
    numbers in a left block; 'COPIE INTEGRALE' or 'EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE'; the date and hour
    of birth in words; the full copy adds the parents, the declarant and the marginal notes."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    dob = p.date_of_birth
    father, mother = _parents(rng, p)
    hour, minute = rng.randint(0, 23), rng.choice((0, 0, 5, 10, 15, 20, 30, 40, 45, 50))
    f = Flow(family="mono", size=9.5, margin=50)
    f.para(_state(p), bold=True, align="center", after=0)
    f.para(MOTTOS.get(c.code, "UNITE - TRAVAIL - PROGRES"), size=8.5, align="center", after=10)
    f.para(f"REGION DE {caps(rng.choice(c.cities))}", after=0)
    f.para(f"COMMUNE DE {caps(p.place_of_birth)}", after=0)
    f.para(f"CENTRE D'ETAT CIVIL PRINCIPAL DE {caps(p.place_of_birth)}", after=0)
    reg, act = rng.randint(1, 12), rng.randint(1, 4800)
    f.para(f"REGISTRE N° {reg:02d} - ANNEE {dob.year}", after=0)
    f.para(f"ACTE N° {act:04d}", bold=True, after=14)
    f.title("COPIE INTEGRALE D'ACTE DE NAISSANCE" if full else "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE",
            size=12.5)
    body = (f"LE {caps(fr_date_words(dob))}, A {_hour_words(hour, minute)}, EST NE{'E' if p.sex == 'F' else ''} A "
            f"{caps(p.place_of_birth)} UN ENFANT DE SEXE {'FEMININ' if p.sex == 'F' else 'MASCULIN'}, "
            f"PRENOMME{'E' if p.sex == 'F' else ''} {caps(p.given_names)}, NOM {caps(p.surname)}")
    if full:
        body += (f", {'FILLE' if p.sex == 'F' else 'FILS'} DE {caps(father)}, "
                 f"{rng.choice(('CULTIVATEUR', 'COMMERCANT', 'CHAUFFEUR', 'ENSEIGNANT'))}, "
                 f"ET DE {caps(mother)}, {rng.choice(('MENAGERE', 'COMMERCANTE', 'COUTURIERE'))}, "
                 f"DOMICILIES A {caps(p.place_of_birth)}.")
        f.para(body, after=8)
        drawn = dob + days(rng.randint(1, 20))
        f.para(f"DRESSE LE {caps(fr_date_words(drawn))}, SUR LA DECLARATION DU PERE, QUI A SIGNE AVEC NOUS, "
               f"OFFICIER DE L'ETAT CIVIL, APRES LECTURE FAITE.", after=8)
        f.para("MENTIONS MARGINALES : NEANT", after=8)
        f.para("POUR COPIE INTEGRALE CERTIFIEE CONFORME AUX INDICATIONS PORTEES AU REGISTRE.", after=12)
    else:
        f.para(body + ".", after=8)
        f.para("POUR EXTRAIT CERTIFIE CONFORME AU REGISTRE.", after=12)
    f.para(f"DELIVRE A {caps(p.place_of_birth)}, LE {fmt_date(ctx.birth_issue, 'dmy_slash')}", align="right", after=4)
    f.para("L'OFFICIER DE L'ETAT CIVIL", align="right", after=2)
    f.need(80)
    stamp(f.sheet, f.margin, f.y, ["ETAT CIVIL", caps(p.place_of_birth)], w=150)
    scrawl(f.sheet, A4[0] - f.margin - 150, f.y + 30, rng)
    f.y += 80
    return f.sheets, _truth(ctx, p, "fr")


def birth_registry_form(ctx: DocContext, rng: random.Random) -> Built:
    """A North African registry's printed form: province, commune and bureau in a header block, a boxed act number,
    labels in a left column with dotted leaders, the date of birth 'en chiffres' and 'en lettres'; titled
    'EXTRAIT D'ACTE DE NAISSANCE' (no parents) or 'COPIE INTÉGRALE D'ACTE DE NAISSANCE' (parents, notes)."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    dob = p.date_of_birth
    father, mother = _parents(rng, p)
    f = Flow(family="sans", size=10, margin=54)
    f.para(_state(p), bold=True, after=0)
    f.para("Ministère de l'Intérieur", size=9, after=0)
    f.para(f"Province de {rng.choice(c.cities)}", size=9, after=0)
    f.para(f"Commune de {p.place_of_birth}", size=9, after=0)
    f.para(f"Bureau de l'état civil de {p.place_of_birth}", size=9, after=6)
    top = f.y
    f.sheet.add(Box(A4[0] - f.margin - 150, top - 70, 150, 52, stroke=0.3, line=0.8))
    f.sheet.text(A4[0] - f.margin - 144, top - 56, "Acte n°", 8, gray=0.35)
    f.sheet.text(A4[0] - f.margin - 75, top - 32, f"{rng.randint(10, 2500)} / {dob.year}", 12, bold=True,
                 family="mono", align="center")
    f.space(10)
    f.title("COPIE INTÉGRALE D'ACTE DE NAISSANCE" if full else "EXTRAIT D'ACTE DE NAISSANCE", size=13.5)
    rows = [("Nom", p.surname.upper()), ("Prénom(s)", p.given_names),
            ("Date de naissance (en chiffres)", dob.strftime("%d/%m/%Y")),
            ("Date de naissance (en lettres)", fr_date_words(dob)),
            ("Lieu de naissance", p.place_of_birth), ("Sexe", "Féminin" if p.sex == "F" else "Masculin"),
            ("Nationalité", c.nationality_fr)]
    if full:
        rows += [("Père", father), ("Mère", mother),
                 ("Déclarant", f"le père, le {fmt_date(dob + days(rng.randint(1, 15)), 'dmy_slash')}"),
                 ("Mentions marginales", rng.choice(("Néant", "Néant.", "- néant -")))]
    for label, value in rows:
        f.need(18)
        f.y += 16
        f.sheet.text(f.margin, f.y, label, 9.5, gray=0.25)
        f.sheet.text(f.margin + 170, f.y, "." * 8, 9.5, gray=0.5)
        f.sheet.text(f.margin + 200, f.y, value, 10.5, bold=True)
    f.space(16)
    if full:
        f.para("Copie intégrale certifiée conforme au registre des actes de naissance.", size=9.5, after=12)
    else:
        f.para("Extrait certifié conforme aux indications portées au registre. Le présent extrait ne comporte pas "
               "la filiation.", size=9.5, after=12)
    f.para(f"{p.place_of_birth}, le {fmt_date(ctx.birth_issue, 'dmy_slash')}", align="right", after=4)
    f.para("L'officier de l'état civil", align="right", after=2)
    f.need(80)
    stamp(f.sheet, f.margin, f.y, ["ETAT CIVIL", caps(p.place_of_birth)], w=150)
    scrawl(f.sheet, A4[0] - f.margin - 150, f.y + 30, rng)
    f.y += 80
    return f.sheets, _truth(ctx, p, "fr")


def _us(d: date) -> str:
    return d.strftime("%m/%d/%Y")


def birth_live_birth_boxes(ctx: DocContext, rng: random.Random) -> Built:
    """An English 'CERTIFICATE OF LIVE BIRTH' drawn as numbered boxes, dates month first ('09/05/2001'); a
    'CERTIFIED COPY' carrying the parents' boxes and the attendant, or a 'CERTIFICATION OF BIRTH (ABSTRACT)' with
    the child's boxes only; the registrar's certificate dated in words at the foot."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    dob = p.date_of_birth
    father, mother = _parents(rng, p)
    sh = Sheet(*A4)
    m = 40.0
    sh.text(A4[0] / 2, 46, f"{c.name_en.upper()}", 11, bold=True, align="center")
    sh.text(A4[0] / 2, 60, "Office of the Civil Registrar General", 9, align="center", gray=0.3)
    sh.text(A4[0] / 2, 86, "CERTIFICATE OF LIVE BIRTH" if full else "CERTIFICATION OF BIRTH", 15, bold=True,
            align="center")
    sh.text(A4[0] / 2, 102, "CERTIFIED COPY OF THE ORIGINAL RECORD" if full else "(ABSTRACT OF BIRTH RECORD)", 9,
            align="center", gray=0.3)
    sh.text(A4[0] - m, 122, f"Registry No. {dob.year}-{rng.randint(1000, 99999)}", 9, align="right", family="mono")
    w = A4[0] - 2 * m
    y = 130.0

    def row(cells: list[tuple[str, str, float]], h: float = 34) -> None:
        nonlocal y
        x = m
        for cap, value, frac in cells:
            cw = w * frac
            sh.add(Box(x, y, cw, h, stroke=0.3, line=0.6))
            sh.text(x + 3, y + 8, cap, 6.3, gray=0.3)
            sh.text(x + 6, y + h - 8, value, 10.5, bold=True, family="mono")
            x += cw
        y += h

    parts = p.given_names.split(maxsplit=1)
    row([("1. NAME OF CHILD (First)", parts[0], 0.34), ("(Middle)", parts[1] if len(parts) > 1 else "-", 0.3),
         ("(Last)", p.surname.upper(), 0.36)])
    row([("2. SEX", "FEMALE" if p.sex == "F" else "MALE", 0.2),
         ("3. DATE OF BIRTH (Month/Day/Year)", _us(dob), 0.4),
         ("4. TIME OF BIRTH", f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", 0.4)])
    row([("5a. PLACE OF BIRTH - City, Town or Location", p.place_of_birth, 0.6),
         ("5b. Country", c.name_en, 0.4)])
    if full:
        row([("6. NAME OF FATHER", father, 0.6), ("7. AGE OF FATHER", str(rng.randint(24, 45)), 0.4)])
        row([("8. MAIDEN NAME OF MOTHER", mother, 0.6), ("9. AGE OF MOTHER", str(rng.randint(19, 40)), 0.4)])
        row([("10. ATTENDANT", rng.choice(("Physician", "Midwife", "Nurse")), 0.5),
             ("11. DATE FILED BY REGISTRAR", _us(dob + days(rng.randint(2, 25))), 0.5)])
    else:
        row([("6. DATE FILED", _us(dob + days(rng.randint(2, 25))), 0.5), ("7. CERTIFICATE NUMBER",
                                                                             str(rng.randint(10000, 99999)), 0.5)])
    y += 22
    what = ("This is a true and certified copy of the record of birth on file in this office." if full else
            "This abstract is issued from the record of birth on file in this office; it does not show the "
            "parents' particulars.")
    for line in wrap(what, w, "sans", 9.5):
        sh.text(m, y, line, 9.5)
        y += 13
    d = ctx.birth_issue
    suffix = "th" if 10 <= d.day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    y += 6
    sh.text(m, y, f"Issued this {d.day}{suffix} day of {MONTHS_EN[d.month - 1]}, {d.year}.", 10)
    y += 24
    scrawl(sh, A4[0] - m - 170, y + 10, rng)
    sh.text(A4[0] - m, y + 40, "Civil Registrar", 9.5, align="right")
    stamp(sh, m, y, ["CIVIL REGISTRY", caps(p.place_of_birth)], w=160)
    return [sh], _truth(ctx, p, "en")


_ORIG = {  # title full, title extract, own-language labels and words, language in French
    "pt": ("CERTIDÃO DE NASCIMENTO", "Certidão de inteiro teor", "Certidão em breve relato", "Nome", "Sexo",
           "Data de nascimento", "Local de nascimento", "Filiação", "Observações: nada consta", "Emitida em",
           "O Oficial de Registro Civil", "portugaise",
           ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
            "novembro", "dezembro")),
    "es": ("REGISTRO CIVIL DE NACIMIENTO", "Copia auténtica del folio", "Extracto", "Nombre", "Sexo",
           "Fecha de nacimiento", "Lugar de nacimiento", "Padres", "Notas: ninguna", "Expedida el",
           "El Registrador", "espagnole",
           ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre")),
    "en": ("BIRTH CERTIFICATE", "Full certified copy", "Extract", "Name", "Sex", "Date of birth", "Place of birth",
           "Parents", "Remarks: none", "Issued on", "The Registrar", "anglaise", MONTHS_EN),
}
_LANG = {"BRA": "pt", "COL": "es", "ESP": "es"}
_HEAD = {"BRA": "REPÚBLICA FEDERATIVA DO BRASIL", "COL": "REPÚBLICA DE COLOMBIA", "ESP": "REINO DE ESPAÑA"}


def birth_translation_follows(ctx: DocContext, rng: random.Random) -> Built:
    """The foreign original on page 1 (Portuguese, Spanish or English) saying whether it is a full copy or an
    extract in its own words, then its sworn French translation, headed by 'Traduction certifiée conforme à
    l'original' and closed by the translator's stamp with the registration number in the translator's register."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    lang = _LANG.get(c.code, "en")
    (title, t_full, t_extract, l_name, l_sex, l_dob, l_place, l_parents, notes, l_iss, reg, lang_fr,
     months) = _ORIG[lang]
    father, mother = _parents(rng, p)
    dob = p.date_of_birth
    words = {"pt": ("feminino", "masculino"), "es": ("femenino", "masculino"), "en": ("female", "male")}[lang]

    def own(d: date) -> str:
        if lang == "en":
            return f"{d.day} {months[d.month - 1]} {d.year}"
        return f"{d.day} de {months[d.month - 1]} de {d.year}"

    f = Flow(family="serif", size=10.5)
    f.para(_HEAD.get(c.code, c.name_en.upper()), bold=True, align="center", after=12)
    f.title(title, size=14)
    f.para(t_full if full else t_extract, align="center", size=10, after=12)
    f.para(f"{l_name}: {p.given_names} {p.surname.upper()}", after=4)
    f.para(f"{l_sex}: {words[0] if p.sex == 'F' else words[1]}", after=4)
    f.para(f"{l_dob}: {own(dob)}", after=4)
    f.para(f"{l_place}: {p.place_of_birth}, {c.name_en}", after=4)
    if full:
        f.para(f"{l_parents}: {father} / {mother}", after=4)
        f.para(notes, after=4)
    f.para(f"{l_iss} {own(ctx.birth_issue)}", after=8)
    f.para(reg, after=2)
    scrawl(f.sheet, f.margin + 20, f.y + 30, rng)
    f.new_page()
    woman = rng.random() < 0.5
    translator = (f"{rng.choice(('Anne', 'Isabelle', 'Nadia')) if woman else rng.choice(('Pierre', 'Luc', 'Ahmed'))} "
                  f"{rng.choice(('DURAND', 'ROCHE', 'BLANC', 'MERCIER'))}")
    number = f"{rng.randint(10, 999):03d}/{min(ctx.birth_issue + days(7), ctx.filing).year}"
    f.para("TRADUCTION CERTIFIÉE CONFORME À L'ORIGINAL", bold=True, align="center", after=2)
    f.para(f"(traduit de la langue {lang_fr})", size=9.5, align="center", after=14)
    f.title("ACTE DE NAISSANCE", size=13.5)
    f.para("Copie intégrale" if full else "Extrait", align="center", size=10.5, after=12)
    f.para(f"Nom : {p.given_names} {p.surname.upper()}", after=4)
    f.para(f"Sexe : {'féminin' if p.sex == 'F' else 'masculin'}", after=4)
    f.para(f"Date de naissance : {dob.day} {MONTHS_FR[dob.month - 1]} {dob.year}", after=4)
    f.para(f"Lieu de naissance : {p.place_of_birth} ({c.name_fr})", after=4)
    if full:
        f.para(f"Parents : {father} / {mother}", after=4)
        f.para("Mentions : néant", after=4)
    f.para(f"Délivré le {ctx.birth_issue.day} {MONTHS_FR[ctx.birth_issue.month - 1]} {ctx.birth_issue.year}",
           after=4)
    f.para(f"[Signature illisible] {'Le Registrar' if lang == 'en' else 'L’officier de l’état civil'}, [sceau]",
           size=9.5, after=16)
    f.para(f"Je soussigné{'e' if woman else ''}, {translator}, traduct{'rice' if woman else 'eur'} "
           f"assermenté{'e' if woman else ''} près la cour d'appel de {rng.choice(('Paris', 'Versailles', 'Lyon'))}, "
           f"certifie la présente traduction conforme à l'original en langue {lang_fr}.", size=10, after=6)
    f.para(f"Traduction n° {number}", size=10, after=6)
    f.need(90)
    stamp(f.sheet, A4[0] - f.margin - 190, f.y, [translator, "TRADUCTEUR ASSERMENTÉ", f"N° {number}"], w=190)
    scrawl(f.sheet, f.margin + 10, f.y + 34, rng, scale=0.8)
    f.y += 90
    return f.sheets, _truth(ctx, p, "fr")
