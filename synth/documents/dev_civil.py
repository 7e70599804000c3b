"""Development families of birth certificates: sworn translations, multilingual forms, registry copies.

Modelled on what applicants file: a sworn translator's French translation first,
with the translator's statement and stamp, the original after it (or, for an act
already in French, the original with a consulate's legalisation); a multilingual
form with numbered boxes in the style of the civil-status conventions; a
registry's copy with the act's number in a side box and marginal mentions.
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, du, ne, person_truth, squiggle
from synth.documents.dev_common import footer, stamp
from synth.formats import MONTHS_EN, days, fmt_date, fr_number
from synth.identity import Identity
from synth.layout import Box, Flow


def _truth(ctx: DocContext, p: Identity, lang: str) -> dict[str, str]:
    return person_truth(p) | {"sex": p.sex, "place_of_birth": p.place_of_birth, "copy_kind": ctx.birth_copy_kind,
                              "issue_date": ctx.birth_issue.isoformat(), "language": lang}


def _parents(rng: random.Random, p: Identity) -> tuple[str, str]:
    c = p.country
    return (f"{rng.choice(c.male).split()[0]} {p.surname}", f"{rng.choice(c.female).split()[0]} {rng.choice(c.surnames)}")


# the original's language, its words for: title (full copy, extract), name, born on, at, father, mother,
# issued on, registrar, marginal notes, none
_ORIGINALS = {
    "BRA": ("português", "portugaise", "REPÚBLICA FEDERATIVA DO BRASIL", "Registro Civil das Pessoas Naturais",
            ("CERTIDÃO DE NASCIMENTO - INTEIRO TEOR", "CERTIDÃO DE NASCIMENTO"), "Nome", "Data de nascimento",
            "Local", "Pai", "Mãe", "Emitida em", "Oficial de Registro Civil", "Averbações", "nenhuma"),
    "COL": ("español", "espagnole", "REPÚBLICA DE COLOMBIA", "Registraduría Nacional del Estado Civil",
            ("REGISTRO CIVIL DE NACIMIENTO - COPIA ÍNTEGRA", "EXTRACTO DE REGISTRO CIVIL DE NACIMIENTO"), "Nombre",
            "Fecha de nacimiento", "Lugar", "Padre", "Madre", "Expedido el", "Registrador", "Notas marginales",
            "ninguna"),
    "VNM": ("tiếng Việt", "vietnamienne", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Ủy ban nhân dân",
            ("BẢN SAO GIẤY KHAI SINH", "TRÍCH LỤC KHAI SINH"), "Họ và tên", "Ngày sinh", "Nơi sinh", "Cha", "Mẹ",
            "Ngày cấp", "Cán bộ hộ tịch", "Ghi chú", "không"),
    "DEU": ("Deutsch", "allemande", "BUNDESREPUBLIK DEUTSCHLAND", "Standesamt",
            ("GEBURTSURKUNDE (BEGLAUBIGTER REGISTERAUSDRUCK)", "GEBURTSURKUNDE"), "Name", "Geburtsdatum",
            "Geburtsort", "Vater", "Mutter", "Ausgestellt am", "Standesbeamter", "Hinweise", "keine"),
    "ITA": ("italiano", "italienne", "REPUBBLICA ITALIANA", "Ufficio dello Stato Civile",
            ("COPIA INTEGRALE DELL'ATTO DI NASCITA", "ESTRATTO DELL'ATTO DI NASCITA"), "Nome", "Data di nascita",
            "Luogo", "Padre", "Madre", "Rilasciato il", "L'Ufficiale dello Stato Civile", "Annotazioni", "nessuna"),
    "ESP": ("español", "espagnole", "REINO DE ESPAÑA", "Registro Civil",
            ("CERTIFICACIÓN LITERAL DE NACIMIENTO", "CERTIFICACIÓN EN EXTRACTO DE NACIMIENTO"), "Nombre",
            "Fecha de nacimiento", "Lugar", "Padre", "Madre", "Expedido el", "Encargado del Registro",
            "Notas marginales", "ninguna"),
}
_ENGLISH = ("English", "anglaise", "", "Civil Registry", ("CERTIFIED FULL COPY OF BIRTH ENTRY", "BIRTH CERTIFICATE"),
            "Name", "Date of birth", "Place", "Father", "Mother", "Issued on", "Registrar", "Marginal notes", "none")


_FROM = {"portugaise": "du portugais", "espagnole": "de l'espagnol", "vietnamienne": "du vietnamien",
         "allemande": "de l'allemand", "italienne": "de l'italien", "anglaise": "de l'anglais"}


def birth_translation_first(ctx: DocContext, rng: random.Random) -> Built:
    """A sworn French translation on page 1 with the translator's statement, the original (or a legalisation) after."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    father, mother = _parents(rng, p)
    translated_on = min(ctx.birth_issue + days(rng.randint(2, 12)), ctx.filing)
    translator = rng.choice(("Isabelle Marchand", "Rafael Monteiro", "Anne-Sophie Klein", "Thomas Ngo"))
    f = Flow(family="serif", size=10.5)
    if c.french_speaking:
        # an act already in French: the original, then the consulate's legalisation
        f.para(f"RÉPUBLIQUE {du(c.name_fr).upper()}" if c.code != "MAR" else "ROYAUME DU MAROC", bold=True,
               align="center", after=0)
        f.para(f"Commune de {p.place_of_birth} - Service de l'état civil", align="center", after=16)
        f.title("COPIE LITTÉRALE D'ACTE DE NAISSANCE" if full else "EXTRAIT D'ACTE DE NAISSANCE", size=13)
        f.para(f"Le {fmt_date(p.date_of_birth, 'fr_words')}, est {ne(p)} à {p.place_of_birth} : "
               f"{p.surname.upper()} {p.given_names}, de sexe {'féminin' if p.sex == 'F' else 'masculin'}.")
        if full:
            f.para(f"Père : {father}. Mère : {mother}.", after=4)
            f.para("Mentions marginales : néant.")
        f.para(f"Délivré à {p.place_of_birth}, le {fmt_date(ctx.birth_issue, 'dmy_slash')}.", after=8)
        f.signature(squiggle(rng), label="L'officier de l'état civil")
        f.new_page()
        f.para(f"AMBASSADE {du(c.name_fr).upper()} EN FRANCE", bold=True, after=0)
        f.para("Service consulaire", after=30)
        f.title("LÉGALISATION", size=14)
        f.para(f"Vu pour légalisation de la signature de l'officier de l'état civil de {p.place_of_birth}, apposée "
               f"sur l'acte de naissance de {p.surname.upper()} {p.given_names} délivré le "
               f"{fmt_date(ctx.birth_issue, 'fr_long')}.")
        f.para("La présente légalisation ne vaut que pour l'authenticité de la signature et la qualité du "
               "signataire.", after=10)
        f.para(f"Paris, le {fmt_date(translated_on, 'dmy_slash')} - Droits perçus : 15 EUR", after=6)
        stamp(f.sheet, 330, f.y + 4, [f"AMBASSADE {du(c.name_fr).upper()}", "Section consulaire", "PARIS"], w=200)
        f.signature(squiggle(rng), label="Le Consul")
        footer(f, pages="{i}/{n}")
        return f.sheets, _truth(ctx, p, "fr")
    lang_name, lang_fr, state, office, titles, n_name, n_born, n_place, n_father, n_mother, n_issued, \
        n_registrar, n_notes, n_none = _ORIGINALS.get(c.code, _ENGLISH)
    f.para(f"{translator.upper()}", bold=True, after=0)
    f.para(f"Traducteur-interprète expert près la cour d'appel de {rng.choice(('Paris', 'Lyon', 'Rennes'))}",
           size=9, after=0)
    f.para(f"Répertoire n° {translated_on.year}/{rng.randint(100, 2999):04d}", size=9, after=18)
    f.para(f"TRADUCTION {_FROM[lang_fr].upper()} AU FRANÇAIS", bold=True, align="center", after=14)
    f.para(f"[{state or c.name_fr.upper()} - {office} de {p.place_of_birth}]", align="center", size=9.5, after=8)
    f.title("COPIE INTÉGRALE D'ACTE DE NAISSANCE" if full else "EXTRAIT D'ACTE DE NAISSANCE", size=12.5)
    f.para(f"Nom et prénoms : {p.surname.upper()}, {p.given_names}", after=3)
    f.para(f"Date de naissance : {fmt_date(p.date_of_birth, 'fr_long')}", after=3)
    f.para(f"Lieu de naissance : {p.place_of_birth} ({c.name_fr})", after=3)
    f.para(f"Sexe : {'féminin' if p.sex == 'F' else 'masculin'}", after=3)
    if full:
        f.para(f"Père : {father} ; mère : {mother}", after=3)
        f.para("Mentions marginales : aucune", after=3)
    f.para(f"Délivré le : {fmt_date(ctx.birth_issue, 'fr_long')}, par l'officier de l'état civil (signature et "
           "cachet illisibles)", after=14)
    f.para(f"Je soussigné(e), {translator}, traducteur-interprète expert, certifie que la présente traduction est "
           f"conforme à l'original rédigé en langue {lang_fr} qui m'a été présenté et que j'ai visé ne varietur.",
           size=10)
    f.para(f"Fait le {fmt_date(translated_on, 'dmy_slash')}", size=10, after=4)
    stamp(f.sheet, 330, f.y + 4, [translator.upper(), "Traducteur expert", "Cour d'appel"], w=190)
    f.signature(squiggle(rng))
    f.new_page()
    f.para(state or c.name_en.upper(), bold=True, align="center", after=0)
    f.para(f"{office} - {p.place_of_birth}", align="center", after=16)
    f.title(titles[0] if full else titles[1], size=13)
    f.para(f"{n_name}: {p.given_names} {p.surname.upper()}", after=3)
    f.para(f"{n_born}: {fmt_date(p.date_of_birth, 'dmy_slash')}", after=3)
    f.para(f"{n_place}: {p.place_of_birth}", after=3)
    if full:
        f.para(f"{n_father}: {father}", after=3)
        f.para(f"{n_mother}: {mother}", after=3)
        f.para(f"{n_notes}: {n_none}", after=3)
    f.para(f"{n_issued}: {fmt_date(ctx.birth_issue, 'dmy_slash')}", after=10)
    f.signature(squiggle(rng), label=n_registrar)
    footer(f, f"Traduction n° {translated_on.year}/{rng.randint(100, 999)}", pages="Page {i}/{n}")
    return f.sheets, _truth(ctx, p, "fr")


# a multilingual form's labels: French, English, Spanish, Portuguese
_FORM_LABELS = {
    "state": "État / State / Estado / Estado",
    "office": "Service de l'état civil / Civil status office / Registro civil / Registro civil",
    "act": "Acte n° / Entry No. / Acta n° / Termo n°",
    "surname": "Nom / Surname / Apellidos / Sobrenome",
    "given": "Prénoms / Forenames / Nombre / Prenome",
    "sex": "Sexe / Sex / Sexo / Sexo",
    "dob": "Date de naissance / Date of birth / Fecha de nacimiento / Data de nascimento",
    "place": "Lieu de naissance / Place of birth / Lugar de nacimiento / Local de nascimento",
    "father": "Père / Father / Padre / Pai",
    "mother": "Mère / Mother / Madre / Mãe",
    "notes": "Mentions marginales / Marginal notes / Notas marginales / Averbações",
    "issued": "Date de délivrance / Date of issue / Fecha de expedición / Data de emissão",
}


def _numbered_box(f: Flow, num: int, key: str, value: str | tuple[str, ...], h: float = 34) -> None:
    """One numbered box: the multilingual label small on top, the value (or year/month/day cells) below."""
    x, w = f.margin, f.width
    f.need(h + 4)
    f.sheet.add(Box(x, f.y, 22, h, fill=0.88, stroke=0.3, line=0.6))
    f.sheet.text(x + 11, f.y + h / 2 + 4, str(num), 10, bold=True, align="center")
    f.sheet.add(Box(x + 22, f.y, w - 22, h, stroke=0.3, line=0.6))
    f.sheet.text(x + 27, f.y + 10, _FORM_LABELS[key], 6.8, gray=0.35)
    if isinstance(value, tuple):
        for i, part in enumerate(value):
            cx = x + 120 + i * 70
            f.sheet.add(Box(cx, f.y + 13, 62, h - 16, stroke=0.45, line=0.5))
            f.sheet.text(cx + 31, f.y + h - 7, part, 11.5, bold=True, align="center", family="mono")
        f.sheet.text(x + 30, f.y + h - 7, "Y / M / D", 7, gray=0.4)
    else:
        f.sheet.text(x + 30, f.y + h - 8, value, 11.5, bold=True)
    f.y += h + 2


def birth_plurilingual(ctx: DocContext, rng: random.Random) -> Built:
    """A multilingual form with numbered boxes: the extract, or (full copy) the copy with parents and mentions."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    f = Flow(family="sans", size=10)
    f.para("Convention relative à la délivrance d'extraits plurilingues d'actes de l'état civil", size=8,
           align="center", after=8)
    if full:
        f.title("COPIE INTÉGRALE PLURILINGUE D'ACTE DE NAISSANCE", size=13)
        f.para("Full copy of birth entry / Copia íntegra de nacimiento / Cópia integral de nascimento", size=9,
               align="center", after=10)
    else:
        f.title("EXTRAIT PLURILINGUE D'ACTE DE NAISSANCE", size=13)
        f.para("Multilingual extract of birth entry / Extracto plurilingüe / Extrato plurilíngue", size=9,
               align="center", after=10)
    dob = p.date_of_birth
    rows: list[tuple[str, str | tuple[str, ...]]] = [
        ("state", c.name_fr.upper()), ("office", f"{p.place_of_birth}"),
        ("act", f"{rng.randint(1, 3999)} / {dob.year}"), ("surname", p.surname.upper()), ("given", p.given_names),
        ("sex", p.sex), ("dob", (str(dob.year), f"{dob.month:02d}", f"{dob.day:02d}")), ("place", p.place_of_birth)]
    if full:
        father, mother = _parents(rng, p)
        rows += [("father", father.upper()), ("mother", mother.upper()), ("notes", "—")]
    for i, (key, value) in enumerate(rows, 1):
        _numbered_box(f, i, key, value)
    issued = ctx.birth_issue
    _numbered_box(f, len(rows) + 1, "issued", (str(issued.year), f"{issued.month:02d}", f"{issued.day:02d}"))
    f.space(8)
    f.para("Signature, sceau / Signature, seal / Firma, sello / Assinatura, selo", size=8)
    stamp(f.sheet, 330, f.y, [f"ÉTAT CIVIL DE {p.place_of_birth.upper()}", c.name_fr.upper()], w=200)
    f.signature(squiggle(rng))
    f.para("Symboles : Y année, M mois, D jour ; F féminin, M masculin.", size=7.5)
    return f.sheets, _truth(ctx, p, "fr")


def _hour_words(h: int, m: int) -> str:
    return f"{fr_number(h)} heure{'s' if h > 1 else ''}" + (f" {fr_number(m)}" if m else "")


def birth_registry_mentions(ctx: DocContext, rng: random.Random) -> Built:
    """A registry copy: the act's number and name in a side box, the act in words, mentions listed; date in a footer."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    fr = c.french_speaking
    father, mother = _parents(rng, p)
    act = rng.randint(10, 4999)
    f = Flow(family=rng.choice(("serif", "cond")), size=10.5, margin=62)
    if fr:
        f.para(f"RÉPUBLIQUE {du(c.name_fr).upper()}" if c.code != "MAR" else "ROYAUME DU MAROC", bold=True,
               after=0)
        f.para(f"Ville de {p.place_of_birth}", after=0)
        f.para("Bureau de l'état civil", after=18)
        f.title("ACTE DE NAISSANCE" + (" - COPIE INTÉGRALE" if full else " - EXTRAIT AVEC FILIATION"), size=13)
    else:
        f.para(c.name_en.upper(), bold=True, after=0)
        f.para(f"Registration District of {p.place_of_birth}", after=0)
        f.para("Copy in English issued for use abroad" if c.code not in ("IND", "NGA") else "Civil Registration",
               size=9, after=18)
        f.title("CERTIFIED COPY OF AN ENTRY OF BIRTH" if full else "SHORT EXTRACT OF AN ENTRY OF BIRTH", size=13)
    top = f.y
    side = 130
    f.sheet.add(Box(f.margin, top, side - 10, 92, stroke=0.3, line=0.8))
    side_lines = ([f"N° {act}", "NAISSANCE", p.surname.upper(), p.given_names] if fr
                  else [f"No. {act}", "BIRTH", p.surname.upper(), p.given_names])
    for i, line in enumerate(side_lines):
        f.sheet.text(f.margin + 6, top + 16 + 18 * i, line, 9.5, bold=i < 2)
    f.margin += side
    dob = p.date_of_birth
    hh, mm = rng.randint(0, 23), rng.choice((0, 10, 15, 30, 45))
    if fr:
        f.para(f"Le {fmt_date(dob, 'fr_words')}, à {_hour_words(hh, mm)}, est {ne(p)} à {p.place_of_birth} "
               f"({c.name_fr}) {p.given_names} {p.surname.upper()}, de sexe "
               f"{'féminin' if p.sex == 'F' else 'masculin'}, {'fille' if p.sex == 'F' else 'fils'} de {father}, "
               f"et de {mother}.")
        if full:
            f.para(f"Dressé le {fmt_date(dob + days(rng.randint(1, 3)), 'fr_words')}, sur la déclaration du père, "
                   "qui, lecture faite, a signé avec nous, officier de l'état civil.")
    else:
        f.para(f"Born on {dob.day} {MONTHS_EN[dob.month - 1]} {dob.year} at {hh:02d}:{mm:02d} in "
               f"{p.place_of_birth}: {p.given_names} {p.surname.upper()}, {'female' if p.sex == 'F' else 'male'}, "
               f"child of {father} and {mother}.")
        if full:
            f.para(f"Registered on {fmt_date(dob + days(rng.randint(1, 3)), 'en_day_first')} on the information "
                   "of the father.")
    f.margin -= side
    f.y = max(f.y, top + 100)
    if full:
        f.para("MENTIONS MARGINALES" if fr else "MARGINAL NOTES", bold=True, after=4)
        later = min(dob.replace(year=dob.year + 18) + days(rng.randint(10, 900)), ctx.birth_issue - days(30))
        notes = ([f"1. Rectification de l'orthographe du prénom par jugement du tribunal du "
                  f"{fmt_date(later, 'dmy_slash')}.",
                  f"2. {'Mariée' if p.sex == 'F' else 'Marié'} le {fmt_date(later + days(20), 'dmy_slash')} à "
                  f"{p.place_of_birth} avec {rng.choice(c.male if p.sex == 'F' else c.female)} "
                  f"{rng.choice(c.surnames).upper()}."] if fr else
                 [f"1. Spelling of the forename corrected by court order of {fmt_date(later, 'en_day_first')}.",
                  "2. No other annotation."])
        for note in notes[: rng.randint(1, 2)]:
            f.para(note, size=9.5, after=3)
    f.space(14)
    f.signature(squiggle(rng), label="L'officier de l'état civil" if fr else "Superintendent Registrar")
    when = fmt_date(ctx.birth_issue, "dmy_dot" if fr else "abbr")
    footer(f, (f"Copie {'intégrale' if full else 'par extrait'} certifiée conforme au registre, délivrée le {when}"
               if fr else f"Certified to be a true copy of an entry in a register in my custody. Issued {when}"),
           pages="")
    return f.sheets, _truth(ctx, p, "fr" if fr else "en")
