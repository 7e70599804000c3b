"""Second batch of development birth-certificate families: where the names, the birthplace and the dates sit.

Modelled on civil-registry papers: a copy laid out as a ruled table whose cells
hold "NOM", "Prénoms", the date in figures and in words and the birthplace as
"Dakar (Sénégal)", its labels in the country's language with the French after
them; a registrar's certificate in prose ("Je soussigné ... certifie que ...",
"I, the undersigned ... certify that ... was born in the city of ..."), issued
in a sealed box at its foot.
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, du, ne, person_truth, squiggle
from synth.documents.dev_common import stamp, table
from synth.formats import MONTHS_EN, days, fmt_date, fr_date_words
from synth.identity import Identity
from synth.layout import A4, Box, Flow, Stroke

INK = (0.1, 0.15, 0.45)


# labels for the table: name, given names, sex, date of birth, place of birth, father, mother, mentions, act number,
# female, male, title of a full copy, title of an extract, "issued at", registry
_TABLE = {
    "BRA": ("Sobrenome / Nom", "Prenomes / Prénoms", "Sexo / Sexe", "Data de nascimento / Date de naissance",
            "Local de nascimento / Lieu de naissance", "Pai / Père", "Mãe / Mère", "Averbações / Mentions",
            "Matrícula / N° d'acte", "Feminino / Féminin", "Masculino / Masculin",
            "CERTIDÃO DE NASCIMENTO (INTEIRO TEOR) / COPIE INTÉGRALE D'ACTE DE NAISSANCE",
            "CERTIDÃO DE NASCIMENTO (BREVE RELATO) / EXTRAIT D'ACTE DE NAISSANCE", "Emitida em / Délivrée à",
            "Registro Civil das Pessoas Naturais"),
    "COL": ("Apellidos / Nom", "Nombres / Prénoms", "Sexo / Sexe", "Fecha de nacimiento / Date de naissance",
            "Lugar de nacimiento / Lieu de naissance", "Padre / Père", "Madre / Mère", "Notas / Mentions",
            "Indicativo serial / N° d'acte", "Femenino / Féminin", "Masculino / Masculin",
            "REGISTRO CIVIL DE NACIMIENTO - COPIA ÍNTEGRA / COPIE INTÉGRALE",
            "REGISTRO CIVIL DE NACIMIENTO - EXTRACTO / EXTRAIT", "Expedido en / Délivré à",
            "Registraduría Nacional del Estado Civil"),
}
_FR_TABLE = ("NOM", "Prénoms", "Sexe", "Date de naissance", "Lieu de naissance", "Père", "Mère", "Mentions",
             "Acte n°", "féminin", "masculin", "COPIE INTÉGRALE D'ACTE DE NAISSANCE", "EXTRAIT D'ACTE DE NAISSANCE",
             "Délivré à", "Centre d'état civil")
_EN_TABLE = ("SURNAME", "Given names", "Sex", "Date of birth", "Place of birth", "Father", "Mother", "Remarks",
             "Registration No.", "female", "male", "CERTIFIED FULL COPY OF A BIRTH REGISTRATION",
             "EXTRACT OF A BIRTH REGISTRATION", "Issued at", "Civil Registration Office")


def _truth(ctx: DocContext, p: Identity, lang: str) -> dict[str, str]:
    return person_truth(p) | {"sex": p.sex, "place_of_birth": p.place_of_birth, "copy_kind": ctx.birth_copy_kind,
                              "issue_date": ctx.birth_issue.isoformat(), "language": lang}


def _parents(rng: random.Random, p: Identity) -> tuple[str, str]:
    c = p.country
    return (f"{rng.choice(c.male).split()[0]} {p.surname.upper()}",
            f"{rng.choice(c.female).split()[0]} {rng.choice(c.surnames).upper()}")


def birth_table_cells(ctx: DocContext, rng: random.Random) -> Built:
    """A registry copy as a ruled table: names, date in figures and words, birthplace 'Dakar (Sénégal)' in cells."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    fr = c.french_speaking or c.code in _TABLE
    lab = _TABLE.get(c.code, _FR_TABLE if fr else _EN_TABLE)
    father, mother = _parents(rng, p)
    act = rng.randint(100, 9999)
    f = Flow(family="sans", size=10)
    head = (f"RÉPUBLIQUE {du(c.name_fr).upper()}" if c.code != "MAR" else "ROYAUME DU MAROC") if c.french_speaking \
        else (c.name_fr.upper() if fr else c.name_en.upper())
    f.para(head, bold=True, align="center", after=0)
    f.para(f"{lab[14]} - {p.place_of_birth}", align="center", size=9.5, after=16)
    f.title(lab[11] if full else lab[12], size=12)
    dob = p.date_of_birth
    rows: list[tuple[str, ...]] = [(lab[8], f"{act} / {dob.year}"),
            (lab[0], p.surname.upper()), (lab[1], p.given_names),
            (lab[2], lab[9] if p.sex == "F" else lab[10]),
            (lab[3], f"{fmt_date(dob, 'dmy_slash')} ({fr_date_words(dob) if fr else fmt_date(dob, 'en_day_first')})"),
            (lab[4], f"{p.place_of_birth} ({c.name_fr if fr else c.name_en})")]
    if full:
        note = (f"Reconnaissance par le père le {fmt_date(dob + days(2), 'dmy_slash')}" if fr
                else f"Late registration on {fmt_date(dob + days(40), 'dmy_slash')}")
        rows += [(lab[5], father), (lab[6], mother), (lab[7], rng.choice(("Néant" if fr else "Nil", note)))]
    table(f, rows, (1.3, 2.2), size=10)
    if fr:
        f.para("Copie intégrale conforme aux indications portées au registre, mentions comprises." if full
               else "Extrait délivré sans indication de la filiation.", size=9, after=10)
        f.para(f"{lab[13]} {p.place_of_birth}, le {fmt_date(ctx.birth_issue, 'dmy_dot')}", after=4)
        f.para("L'officier de l'état civil", after=0)
    else:
        f.para("Certified a true and full copy of the register, with all remarks." if full
               else "Extract issued without parentage.", size=9, after=10)
        f.para(f"{lab[13]} {p.place_of_birth} on {fmt_date(ctx.birth_issue, 'dmy_dot')}", after=4)
        f.para("Registrar", after=0)
    y = f.y
    f.sheet.add(Stroke(tuple((f.margin + 30 + x, y + 26 + yy) for x, yy in squiggle(rng)), width=1.4, rgb=INK))
    stamp(f.sheet, A4[0] / 2 + 30, y - 10, ["ÉTAT CIVIL" if fr else "REGISTRAR", p.place_of_birth.upper()], w=160)
    f.y = y + 60
    return f.sheets, _truth(ctx, p, "fr" if fr else "en")


def birth_registrar_certifies(ctx: DocContext, rng: random.Random) -> Built:
    """A registrar's certificate in prose, 'Je soussigné ... certifie que' or 'I ... certify that ... in the city of'."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    fr = c.french_speaking
    father, mother = _parents(rng, p)
    woman = rng.random() < 0.5
    officer = (f"{rng.choice(c.female if woman else c.male)} "
               f"{rng.choice([s for s in c.surnames if s != p.surname])}")
    act = rng.randint(10, 999)
    dob = p.date_of_birth
    f = Flow(family="serif", size=11, margin=70)
    f.sheets[0].add(Box(44, 44, A4[0] - 88, A4[1] - 88, stroke=0.35, line=1.2))
    if fr:
        f.para(f"RÉPUBLIQUE {du(c.name_fr).upper()}" if c.code != "MAR" else "ROYAUME DU MAROC", bold=True,
               align="center", after=0)
        f.para(f"Commune de {p.place_of_birth}", align="center", after=18)
        f.title("CERTIFICAT DE NAISSANCE" + (" - COPIE INTÉGRALE" if full else " - EXTRAIT"), size=13)
        sex = "de sexe féminin" if p.sex == "F" else "de sexe masculin"
        body = (f"Je soussigné{'e' if woman else ''}, {officer}, officier de l'état civil de la commune de {p.place_of_birth}, certifie "
                f"qu'il résulte du registre des actes de naissance de l'année {dob.year}, acte n° {act}, que "
                f"{p.given_names} {p.surname.upper()}, {sex}, est {ne(p)} le {fmt_date(dob, 'fr_long')} à "
                f"{p.place_of_birth} ({c.name_fr})")
        body += (f", {'fille' if p.sex == 'F' else 'fils'} de {father} et de {mother}." if full else ".")
        f.para(body, after=10)
        if full:
            f.para("Mentions : néant.", after=10)
        f.para("En foi de quoi, le présent certificat est délivré pour servir et valoir ce que de droit.", after=20)
        seal = ["Délivré à " + p.place_of_birth, "le " + fmt_date(ctx.birth_issue, "dmy_slash")]
        sign_label = "L'officier de l'état civil"
    else:
        f.para(c.name_en.upper(), bold=True, align="center", after=0)
        f.para(f"Office of the Registrar of Births and Deaths, {p.place_of_birth}", align="center", after=18)
        f.title("BIRTH CERTIFICATE" + (" (FULL COPY)" if full else " (EXTRACT)"), size=13)
        body = (f"I, {officer}, the undersigned Registrar, certify that according to the register of births for the "
                f"year {dob.year}, entry No. {act}, {p.given_names} {p.surname.upper()}, "
                f"{'female' if p.sex == 'F' else 'male'}, was born in the city of {p.place_of_birth}, {c.name_en}, "
                f"on {MONTHS_EN[dob.month - 1]} {dob.day}, {dob.year}")
        body += (f", child of {father} (father) and {mother} (mother)." if full else ".")
        f.para(body, after=10)
        if full:
            f.para("Remarks: nil.", after=10)
        f.para("This certificate is issued for official purposes abroad.", after=20)
        seal = ["Issued at " + p.place_of_birth, "on " + fmt_date(ctx.birth_issue, "abbr")]
        sign_label = "Registrar"
    y = f.y
    f.sheet.add(Box(f.margin, y, 190, 56, stroke=0.3, line=1.0))
    for i, line in enumerate(seal):
        f.sheet.text(f.margin + 10, y + 22 + 18 * i, line, 11, bold=i == 1)
    f.sheet.text(A4[0] / 2 + 40, y + 12, sign_label, 10.5, family="serif")
    f.sheet.add(Stroke(tuple((A4[0] / 2 + 60 + x, y + 44 + yy) for x, yy in squiggle(rng)), width=1.4, rgb=INK))
    f.sheet.text(A4[0] / 2 + 40, y + 78, officer, 10, family="serif", bold=True)
    f.y = y + 90
    return f.sheets, _truth(ctx, p, "fr" if fr else "en")
