"""Eighth held-out batch: birth certificates from foreign registries.

A registry's printed form with numbered boxes (in French, or translated into French box for box by a sworn
translator); a sworn translation on the translator's letterhead followed by the original in its own language (or,
for a French-speaking registry, the act followed by its legalisation); a register's handwritten entry photocopied
with its margin, certified at the foot in the registry's language, with a typed French translation after it.
"""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.common import Built
from synth.documents.held8_common import (
    LANGUAGE_NAME_FR,
    OWN_LANGUAGE,
    STAMP_BLUE,
    STATES,
    box_stamp,
    e,
    en_day_of,
    fr_long,
    from_language,
    handwriting,
    hline,
    labelled_box,
    middle_name,
    numeric,
    para,
    parents,
    round_stamp,
    sex_word,
    sign,
    vline,
    words_fr,
)
from synth.formats import add_months, days, fr_number
from synth.identity import Identity
from synth.layout import A4, Box, Sheet, Text

TRANSLATORS = ("Isabelle Marchand", "Rafael Quintero", "Nadia Benkirane", "Thomas Lambert", "Ana Ferreira Costa",
               "Minh Châu Dupont")
WOMEN = {"Isabelle Marchand", "Nadia Benkirane", "Ana Ferreira Costa", "Minh Châu Dupont"}


def truth(ctx: DocContext, p: Identity, given: str, lang: str) -> dict[str, str]:
    return {"surname": p.surname, "given_names": given, "date_of_birth": p.date_of_birth.isoformat(), "sex": p.sex,
            "place_of_birth": p.place_of_birth, "copy_kind": ctx.birth_copy_kind,
            "issue_date": ctx.birth_issue.isoformat(), "language": lang}


def hour_words(h: int, m: int) -> str:
    s = f"{fr_number(h)} heure{'s' if h > 1 else ''}"
    return s + (f" {fr_number(m)} minutes" if m else "")


def registration(p: Identity, rng: random.Random) -> tuple[int, date]:
    """The act's number and the day the birth was declared."""
    return rng.randint(12, 4800), p.date_of_birth + days(rng.randint(1, 25))


def state_header(sheet: Sheet, code: str, y: float = 50) -> None:
    state, motto = STATES[code]
    sheet.add(Text(A4[0] / 2, y, state, 12, bold=True, align="center"))
    if motto:
        sheet.add(Text(A4[0] / 2, y + 15, motto, 9, align="center", gray=0.3))


# ---------------------------------------------------------------- 1: the registry's form with numbered boxes

def birth_registry_form_boxes(ctx: DocContext, rng: random.Random) -> Built:
    """A registry's printed form, each particular in a numbered box: the date of birth in figures and in words,
    the hour in words too; a full copy adds the parents' particulars, the declaration and the margin; a country whose
    registry is not French has it translated box for box by a sworn translator (a band at the top says so)."""
    p = ctx.shown("birth_certificate")
    c = p.country
    own = OWN_LANGUAGE.get(c.code, "en")
    full = ctx.birth_copy_kind == "full_copy"
    father, mother = parents(p, rng)
    number, declared = registration(p, rng)
    sheet = Sheet()
    y0 = 40.0
    if own != "fr":
        sheet.add(Box(40, 22, A4[0] - 80, 20, fill=0.9, stroke=None))
        band = f"TRADUCTION CERTIFIÉE CONFORME - ORIGINAL RÉDIGÉ EN {LANGUAGE_NAME_FR[own].upper()}"
        sheet.add(Text(A4[0] / 2, 36, band, 8.5, bold=True, align="center"))
        y0 = 62.0
    state_header(sheet, c.code, y0 + 8)
    sheet.add(Text(50, y0 + 44, "ÉTAT CIVIL", 8.5, bold=True, gray=0.2))
    sheet.add(Text(50, y0 + 56, f"Centre de {p.place_of_birth}", 8.5, gray=0.2))
    sheet.add(Text(A4[0] - 50, y0 + 44, f"Année {p.date_of_birth.year}", 8.5, align="right", gray=0.2))
    sheet.add(Text(A4[0] - 50, y0 + 56, f"Acte n° {number}", 8.5, bold=True, align="right"))
    title = "COPIE INTÉGRALE D'ACTE DE NAISSANCE" if full else "EXTRAIT D'ACTE DE NAISSANCE"
    sheet.add(Text(A4[0] / 2, y0 + 86, title, 14, bold=True, align="center"))
    if not full:
        sheet.add(Text(A4[0] / 2, y0 + 100, "(sans mentions marginales ni filiation complète)", 8, align="center",
                       gray=0.35))
    x, w = 50.0, A4[0] - 100
    y = y0 + 112
    bh = 34.0
    boxes = [
        [("1. Nom", p.surname.upper(), 0.5), ("2. Prénoms", p.given_names, 0.5)],
        [("3. Sexe", sex_word(p, "fr").capitalize(), 0.25),
         ("4. Date de naissance (en chiffres)", numeric(p.date_of_birth), 0.35),
         ("5. Heure (en lettres)", hour_words(rng.randint(1, 23), rng.choice((0, 10, 15, 30, 45))), 0.4)],
        [("6. Date de naissance (en lettres)", words_fr(p.date_of_birth), 1.0)],
        [("7. Lieu de naissance", f"{p.place_of_birth} ({c.name_fr})", 1.0)],
    ]
    if full:
        boxes += [
            [("8. Père", father, 0.5), ("9. Profession du père", rng.choice(("commerçant", "enseignant",
                                                                               "agriculteur", "chauffeur")), 0.5)],
            [("10. Mère", mother, 0.5), ("11. Profession de la mère", rng.choice(("ménagère", "couturière",
                                                                                 "infirmière", "commerçante")), 0.5)],
            [("12. Domicile des parents", p.place_of_birth, 1.0)],
            [("13. Déclarant", rng.choice(("le père", "la mère", "la sage-femme")), 0.4),
             ("14. Date de la déclaration", numeric(declared), 0.6)],
        ]
    else:
        boxes += [[("8. Fils/fille de", father, 0.5), ("9. et de", mother, 0.5)]]
    for row in boxes:
        cx = x
        for label, value, share in row:
            labelled_box(sheet, cx, y, w * share, bh, label, value)
            cx += w * share
        y += bh
    y += 14
    if full:
        sheet.add(Text(x, y, "MENTIONS MARGINALES", 8.5, bold=True))
        sheet.add(Box(x, y + 5, w, 44, fill=None, stroke=0.25))
        sheet.add(Text(x + 8, y + 26, rng.choice(("Néant.", "NÉANT", "Aucune mention.")), 10))
        y += 70
    place = p.place_of_birth
    kind = "copie intégrale conforme au registre" if full else "extrait conforme au registre"
    y = para(sheet, x, y, w, f"Délivré pour {kind}, à {place}, le {numeric(ctx.birth_issue)}.", size=10,
             family="sans")
    sheet.add(Text(x + w - 150, y + 4, "L'Officier de l'état civil", 9, align="center"))
    sign(sheet, x + w - 200, y + 36, rng)
    round_stamp(sheet, x + w - 240, y + 40, 36, f"{STATES[c.code][0]} ÉTAT CIVIL", [place.upper()])
    if own != "fr":
        translator = rng.choice(TRANSLATORS)
        ty = y + 110
        hline(sheet, x, x + w, ty - 14, gray=0.5)
        expert = "traductrice experte" if translator in WOMEN else "traducteur expert"
        para(sheet, x, ty, w, f"Traduit {from_language(own)} par {translator}, {expert} près la Cour "
             f"d'appel de {rng.choice(('Paris', 'Lyon', 'Bordeaux', 'Douai'))}, le "
             f"{numeric(ctx.birth_issue + days(rng.randint(2, 9)))}. Répertoire n° {rng.randint(100, 999)}/"
             f"{ctx.birth_issue.year}.", size=8.5, family="sans")
        box_stamp(sheet, x, ty + 30, ["TRADUCTION CONFORME", translator.upper(), "EXPERT JUDICIAIRE"], size=7)
    return [sheet], truth(ctx, p, p.given_names, "fr")


# ---------------------------------------------------------------- 2: the translation first, the original after it

ORIGINAL_WORDS = {
    # title of a full copy, of an extract, labels: surname, given names, sex, date of birth, place, father, mother,
    # issued; male, female
    "es": ("CERTIFICACIÓN LITERAL DE NACIMIENTO", "EXTRACTO DE INSCRIPCIÓN DE NACIMIENTO", "Apellidos", "Nombres",
           "Sexo", "Fecha de nacimiento", "Lugar de nacimiento", "Padre", "Madre", "Expedido el",
           "Masculino", "Femenino"),
    "pt": ("CERTIDÃO DE NASCIMENTO - INTEIRO TEOR", "CERTIDÃO DE NASCIMENTO - BREVE RELATO", "Sobrenome", "Nome",
           "Sexo", "Data de nascimento", "Local de nascimento", "Pai", "Mãe", "Emitida em", "Masculino",
           "Feminino"),
    "vi": ("BẢN SAO GIẤY KHAI SINH", "TRÍCH LỤC KHAI SINH", "Họ", "Chữ đệm, tên", "Giới tính",
           "Ngày, tháng, năm sinh", "Nơi sinh", "Họ, chữ đệm, tên cha", "Họ, chữ đệm, tên mẹ", "Ngày cấp", "Nam",
           "Nữ"),
    "de": ("BEGLAUBIGTER AUSDRUCK AUS DEM GEBURTENREGISTER", "GEBURTSURKUNDE", "Familienname", "Vornamen",
           "Geschlecht", "Geburtstag", "Geburtsort", "Vater", "Mutter", "Ausgestellt am", "männlich", "weiblich"),
    "it": ("COPIA INTEGRALE DELL'ATTO DI NASCITA", "ESTRATTO PER RIASSUNTO DELL'ATTO DI NASCITA", "Cognome", "Nome",
           "Sesso", "Data di nascita", "Luogo di nascita", "Padre", "Madre", "Rilasciato il", "maschile",
           "femminile"),
    "en": ("CERTIFIED TRUE COPY OF AN ENTRY OF BIRTH", "EXTRACT OF AN ENTRY OF BIRTH", "Surname", "Forenames",
           "Sex", "Date of birth", "Place of birth", "Father", "Mother", "Issued on", "Male", "Female"),
}
OFFICE = {"es": "Registraduría Nacional del Estado Civil", "pt": "Cartório de Registro Civil das Pessoas Naturais",
          "vi": "Ủy ban nhân dân", "de": "Standesamt", "it": "Ufficio dello Stato Civile",
          "en": "Office of the Registrar of Births and Deaths"}


def original_page(ctx: DocContext, p: Identity, own: str, father: str, mother: str, rng: random.Random) -> Sheet:
    """The registry's own paper in its own language (dates in figures)."""
    wd = ORIGINAL_WORDS[own]
    full = ctx.birth_copy_kind == "full_copy"
    sheet = Sheet()
    sheet.add(Text(A4[0] - 40, 30, "ANNEXE - ORIGINAL", 8, bold=True, align="right", gray=0.45))
    state_header(sheet, p.nationality, 60)
    sheet.add(Text(A4[0] / 2, 96, f"{OFFICE[own]} - {p.place_of_birth}", 9.5, align="center", gray=0.2))
    sheet.add(Text(A4[0] / 2, 130, wd[0] if full else wd[1], 13, bold=True, align="center"))
    sep = "." if own in ("de", "it") else "/"
    rows = [(wd[2], p.surname.upper()), (wd[3], p.given_names), (wd[4], wd[10] if p.sex == "M" else wd[11]),
            (wd[5], numeric(p.date_of_birth, sep)), (wd[6], p.place_of_birth), (wd[7], father), (wd[8], mother)]
    if not full:
        rows = rows[:5]
    y = 170.0
    for label, value in rows:
        sheet.add(Text(70, y, label, 9.5, gray=0.35))
        sheet.add(Text(250, y, value, 11, family="mono"))
        hline(sheet, 248, A4[0] - 70, y + 4, gray=0.75)
        y += 28
    sheet.add(Text(70, y + 30, f"{wd[9]}: {numeric(ctx.birth_issue, sep)}", 10))
    sign(sheet, 360, y + 70, rng, rgb=(0.1, 0.1, 0.1))
    round_stamp(sheet, 300, y + 80, 38, f"{OFFICE[own]}", [p.place_of_birth.upper()], rgb=(0.3, 0.3, 0.3))
    return sheet


def legalisation_page(ctx: DocContext, p: Identity, rng: random.Random) -> Sheet:
    """A French-speaking registry's act legalised by its ministry of foreign affairs."""
    sheet = Sheet()
    state_header(sheet, p.nationality, 70)
    sheet.add(Text(A4[0] / 2, 120, "MINISTÈRE DES AFFAIRES ÉTRANGÈRES", 11, bold=True, align="center"))
    sheet.add(Text(A4[0] / 2, 150, "LÉGALISATION", 16, bold=True, align="center"))
    stamped = ctx.birth_issue + days(rng.randint(1, 6))
    para(sheet, 80, 200, A4[0] - 160, f"Vu pour légalisation de la signature de l'Officier de l'état civil de "
         f"{p.place_of_birth}, apposée ci-contre. Le présent cachet ne vaut que pour l'authenticité de la signature. "
         f"Enregistré sous le n° {rng.randint(1000, 9999)}/{stamped.year}, le {fr_long(stamped)}.", size=11)
    round_stamp(sheet, 420, 360, 46, "AFFAIRES ÉTRANGÈRES LÉGALISATIONS", ["VISA"], rgb=STAMP_BLUE)
    sign(sheet, 250, 360, rng)
    return sheet


def birth_sworn_translation_then_original(ctx: DocContext, rng: random.Random) -> Built:
    """A sworn translation on the translator's letterhead (a column on the left: name, court, languages), the
    particulars in labelled lines and the date of birth in figures and in words, then the original in its own
    language; a French-speaking registry's act, under the registry's own column, comes with its legalisation."""
    p = ctx.shown("birth_certificate")
    c = p.country
    own = OWN_LANGUAGE.get(c.code, "en")
    full = ctx.birth_copy_kind == "full_copy"
    father, mother = parents(p, rng)
    number, declared = registration(p, rng)
    translator = rng.choice(TRANSLATORS)
    first = Sheet()
    # the letterhead down the left side: the translator's, or the registry's own
    first.add(Box(0, 0, 150, A4[1], fill=0.93, stroke=None))
    if own == "fr":
        state, motto = STATES[c.code]
        lines = [*state.split(" ", 1), motto, "", f"Commune de {p.place_of_birth}", "Centre d'état civil",
                 "principal"]
    else:
        lines = [translator, "Traducteur-interprète", "expert près la Cour",
                 f"d'appel de {rng.choice(('Paris', 'Lyon'))}", "", f"{LANGUAGE_NAME_FR[own].capitalize()} > français",
                 "", f"{rng.randint(2, 90)} rue de Rivoli", "75004 Paris",
                 f"Tél. 01 {rng.randint(40, 49)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"]
    for i, line in enumerate(lines):
        first.add(Text(18, 80 + i * 14, line, 9 if i else 10.5, bold=i == 0, gray=0.15))
    x, w = 180.0, A4[0] - 230
    kind = "COPIE INTÉGRALE D'ACTE DE NAISSANCE" if full else "EXTRAIT D'ACTE DE NAISSANCE"
    if own == "fr":
        first.add(Text(x, 90, kind, 13, bold=True))
        y = para(first, x, 116, w, f"Registre des naissances de l'année {p.date_of_birth.year}.", size=9.5,
                 family="sans")
    else:
        first.add(Text(x, 90, f"TRADUCTION {from_language(own).upper()}", 13, bold=True))
        y = para(first, x, 116, w, f"Traduction d'un document rédigé en langue {LANGUAGE_NAME_FR[own]}, émis par : "
                 f"{OFFICE[own]}, {p.place_of_birth} ({c.name_fr}).", size=9.5, family="sans")
        first.add(Text(x, y + 16, kind, 11.5, bold=True))
    y += 44
    rows = [("Acte n°", f"{number} / {p.date_of_birth.year}"), ("Nom", p.surname.upper()),
            ("Prénom(s)", p.given_names), ("Sexe", sex_word(p, "fr")),
            ("Né" + e(p) + " le", f"{fr_long(p.date_of_birth)} ({words_fr(p.date_of_birth)})"),
            ("À", p.place_of_birth), ("Père", father), ("Mère", mother)]
    if full:
        rows.append(("Déclaration", f"reçue le {fr_long(declared)}"))
        rows.append(("Mentions", "néant"))
    for label, value in rows:
        first.add(Text(x, y, f"{label} :", 9.5, gray=0.35))
        y = para(first, x + 80, y, w - 80, value, size=10.5, family="serif", lead=1.3)
        y += 4
    if own == "fr":
        what = "copie intégrale" if full else "extrait"
        y = para(first, x, y + 12, w, f"Pour {what} conforme, délivré à {p.place_of_birth} le "
                 f"{fr_long(ctx.birth_issue)}. L'Officier de l'état civil,", size=10, family="serif")
        sign(first, x + 200, y + 30, rng)
        round_stamp(first, x + 120, y + 36, 36, f"{STATES[c.code][0]} ÉTAT CIVIL", [p.place_of_birth.upper()])
        return [first, legalisation_page(ctx, p, rng)], truth(ctx, p, p.given_names, "fr")
    y = para(first, x, y + 12, w, f"Délivré le {fr_long(ctx.birth_issue)} par l'officier de l'état civil, "
             f"signature et cachet.", size=10, family="serif")
    done = ctx.birth_issue + days(rng.randint(2, 10))
    cert = (f"Je soussigné{'e' if translator in WOMEN else ''} {translator}, certifie que la présente traduction "
            f"est conforme à l'original. Paris, le {fr_long(done)}.")
    y = para(first, x, y + 24, w, cert, size=9.5, family="sans")
    sign(first, x + 40, y + 30, rng)
    box_stamp(first, x + 200, y + 4, [translator.upper(), "TRADUCTEUR EXPERT", "COUR D'APPEL"], size=7)
    return [first, original_page(ctx, p, own, father, mother, rng)], truth(ctx, p, p.given_names, "fr")


# ---------------------------------------------------------------- 3: a register's handwritten entry

def entry_text(p: Identity, given: str, own: str, father: str, mother: str, hour: tuple[int, int]) -> str:
    """The register's entry, written out as the registrar wrote it."""
    d = p.date_of_birth
    boy = p.sex == "M"
    if own == "fr":
        return (f"Le {words_fr(d)}, à {hour_words(*hour)}, est né{e(p)} à {p.place_of_birth} {given} "
                f"{p.surname.upper()}, de sexe {sex_word(p, 'fr')}, {'fils' if boy else 'fille'} de {father} et de "
                f"{mother}, domiciliés à {p.place_of_birth}.")
    if own == "en":
        return (f"On the {en_day_of(d)} at {p.place_of_birth} was born {given} {p.surname.upper()}, "
                f"{'a male' if boy else 'a female'} child, {'son' if boy else 'daughter'} of {father} and {mother}.")
    if own == "es":
        return (f"En {p.place_of_birth}, el día {numeric(d)}, nació {given} {p.surname.upper()}, de sexo "
                f"{'masculino' if boy else 'femenino'}, {'hijo' if boy else 'hija'} de {father} y de {mother}.")
    if own == "pt":
        return (f"Aos {numeric(d)}, em {p.place_of_birth}, nasceu {given} {p.surname.upper()}, do sexo "
                f"{'masculino' if boy else 'feminino'}, {'filho' if boy else 'filha'} de {father} e de {mother}.")
    if own == "it":
        return (f"Il giorno {numeric(d, '.')} in {p.place_of_birth} è {'nato' if boy else 'nata'} {given} "
                f"{p.surname.upper()}, di sesso {'maschile' if boy else 'femminile'}, "
                f"{'figlio' if boy else 'figlia'} di {father} e di {mother}.")
    if own == "de":
        return (f"{given} {p.surname.upper()}, {'männlich' if boy else 'weiblich'}, ist am {numeric(d, '.')} in "
                f"{p.place_of_birth} geboren. Vater: {father}. Mutter: {mother}.")
    return (f"{p.surname.upper()} {given}, sinh ngày {numeric(d)} tại {p.place_of_birth}, giới tính "
            f"{'Nam' if boy else 'Nữ'}, con ông {father} và bà {mother}.")


CERTIFY = {
    "fr": ("Pour copie intégrale certifiée conforme au registre", "Pour extrait certifié conforme",
           "Délivré à {place} le {date}"),
    "en": ("Certified true copy of the full entry", "Certified extract of the entry", "Issued at {place} on {date}"),
    "es": ("Copia íntegra fiel del registro", "Extracto fiel del registro", "{place}, expedido el {date}"),
    "pt": ("Certidão de inteiro teor", "Certidão em breve relato", "{place}, emitida em {date}"),
    "it": ("Copia integrale conforme al registro", "Estratto per riassunto", "{place}, rilasciato il {date}"),
    "de": ("Beglaubigter Registerausdruck", "Auszug aus dem Geburtenregister", "{place}, ausgestellt am {date}"),
    "vi": ("Bản sao từ sổ đăng ký khai sinh", "Trích lục khai sinh", "{place}, ngày cấp {date}"),
}


def birth_handwritten_register_entry(ctx: DocContext, rng: random.Random) -> Built:
    """The register's page photocopied: ruled lines, the margin column on the left, the entry written by hand in
    the registry's language (sometimes with a second given name the other papers leave out), certified at the
    foot; a registry writing neither French nor English has a typed French translation on a second page."""
    p = ctx.shown("birth_certificate")
    c = p.country
    own = OWN_LANGUAGE.get(c.code, "en")
    full = ctx.birth_copy_kind == "full_copy"
    given = f"{p.given_names} {middle_name(p, rng)}" if rng.random() < 0.3 else p.given_names
    father, mother = parents(p, rng)
    number, declared = registration(p, rng)
    hour = (rng.randint(1, 23), rng.choice((0, 10, 20, 30, 45)))
    sheet = Sheet(background=(0.97, 0.96, 0.93))
    sheet.add(Text(A4[0] / 2, 44, STATES[c.code][0], 11, bold=True, align="center", gray=0.15))
    reg = {"fr": "REGISTRE DES ACTES DE NAISSANCE", "en": "REGISTER OF BIRTHS"}.get(own) or OFFICE[own].upper()
    sheet.add(Text(A4[0] / 2, 60, f"{reg} - {p.date_of_birth.year}", 9, align="center", gray=0.25))
    top, left, right, bottom = 80.0, 48.0, A4[0] - 40, 560.0
    sheet.add(Box(left, top, right - left, bottom - top, fill=None, stroke=0.3, line=0.9))
    vline(sheet, left + 130, top, bottom, gray=0.3)
    sheet.add(Text(left + 8, top + 16, "Mentions" if own == "fr" else "Margin", 8.5, bold=True, gray=0.3))
    sheet.add(Text(left + 8, top + 44, f"N° {number}", 12, family="hand"))
    sheet.add(Text(left + 8, top + 64, p.surname.upper(), 10, family="hand"))
    if full:
        sheet.add(Text(left + 8, top + 100, "Néant" if own == "fr" else "-", 11, family="hand"))
    y = top + 30
    while y < bottom - 8:
        hline(sheet, left + 136, right - 6, y + 4, gray=0.72, width=0.4)
        y += 26
    text = entry_text(p, given, own, father, mother, hour)
    if full and own == "fr":
        text += (f" Dressé le {words_fr(declared)}, sur la déclaration de {father}, père de l'enfant, qui, lecture "
                 f"faite, a signé avec Nous, Officier de l'état civil.")
    elif full and own == "en":
        text += f" Registered on the {en_day_of(declared)} upon the information of {father}, father."
    handwriting(sheet, left + 142, top + 30, right - left - 160, text, rng, size=11.5, lead=26)
    wd = CERTIFY[own]
    y = bottom + 36
    sheet.add(Text(left, y, wd[0] if full else wd[1], 11, bold=True))
    sep = "." if own in ("de", "it") else "/"
    sheet.add(Text(left, y + 20, wd[2].format(place=p.place_of_birth, date=numeric(ctx.birth_issue, sep)), 10.5))
    sign(sheet, left + 300, y + 40, rng)
    round_stamp(sheet, left + 420, y + 50, 40, f"{STATES[c.code][0]}", [p.place_of_birth.upper()])
    sheets = [sheet]
    lang = own if own in ("fr", "en") else "fr"
    if own not in ("fr", "en"):
        tr = Sheet()
        translator = rng.choice(TRANSLATORS)
        tr.add(Text(60, 70, "TRADUCTION JURÉE", 14, bold=True))
        tr.add(Text(60, 88, f"{from_language(own)} vers le français", 10, gray=0.3))
        kind = "Copie intégrale certifiée conforme au registre" if full else "Extrait certifié conforme"
        body = (f"Registre des naissances de {p.place_of_birth} ({c.name_fr}), année {p.date_of_birth.year}, acte "
                f"n° {number}. Le {fr_long(p.date_of_birth)}, à {p.place_of_birth}, est né{e(p)} {given} "
                f"{p.surname.upper()}, de sexe {sex_word(p, 'fr')}, de {father} et de {mother}. [{kind}.] "
                f"Délivré à {p.place_of_birth} le {fr_long(ctx.birth_issue)}. [Signature et cachet.]")
        y = para(tr, 60, 130, A4[0] - 120, body, size=11)
        done = min(ctx.birth_issue + days(rng.randint(3, 12)), add_months(ctx.birth_issue, 1))
        y = para(tr, 60, y + 20, A4[0] - 120, f"Traduction certifiée conforme à l'original par {translator}, "
                 f"traducteur juré, le {fr_long(done)}.", size=10, family="sans")
        sign(tr, 300, y + 30, rng)
        box_stamp(tr, 80, y + 10, [translator.upper(), "TRADUCTEUR JURÉ"], size=7.5)
        sheets.append(tr)
    return sheets, truth(ctx, p, given, lang)
