"""Ninth held-out batch: birth certificates.

A page of the civil register with the act's number and the child's name in a margin column (in French, or in
English where the country's registers are kept in English); the foreign original followed by a sworn French
translation (or, for a French-language act, by the foreign ministry's legalisation); a computer printout of
an online civil registry, in a two-column table with a verification code.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from synth.context import DocContext
from synth.documents.common import Built, person_truth
from synth.documents.held9_common import (
    STAMP_BLUE,
    STAMP_VIOLET,
    Page,
    column,
    dmy,
    en_ordinal,
    fr_long,
    frame,
    hline,
    lang_of,
    nationality_for,
    own_long,
    qr,
    rect_stamp,
    round_stamp,
    sign,
    state_own,
)
from synth.formats import fr_date_words, fr_number
from synth.identity import Identity
from synth.layout import Box


def _truth(ctx: DocContext, p: Identity, lang: str) -> dict[str, str]:
    return person_truth(p) | {"sex": p.sex, "place_of_birth": p.place_of_birth, "copy_kind": ctx.birth_copy_kind,
                              "issue_date": ctx.birth_issue.isoformat(), "language": lang}


def _parents(p: Identity, rng: random.Random) -> tuple[str, str]:
    c = p.country
    father = f"{rng.choice(c.male).split()[0]} {p.surname}"
    mother = f"{rng.choice(c.female).split()[0]} {rng.choice([s for s in c.surnames if s != p.surname])}"
    return father, mother


# ---------------------------------------------------------------- a page of the register


_REGISTER = {  # language -> header lines after the state, title (full, extract), margin word, certification
    "fr": ("Commune de {place}", "Centre principal d'état civil", "COPIE LITTÉRALE INTÉGRALE D'ACTE DE NAISSANCE",
           "EXTRAIT D'ACTE DE NAISSANCE", "NAISSANCE DE", "Mentions marginales : néant",
           "Pour copie conforme au registre, délivrée à {place}, le {date}.", "L'Officier de l'état civil",
           "Registre des actes de naissance - Année {year} - Folio {folio}"),
    "pt": ("Município de {place}", "Cartório de Registro Civil das Pessoas Naturais",
           "CERTIDÃO DE NASCIMENTO - CÓPIA INTEGRAL DO ASSENTO", "CERTIDÃO DE NASCIMENTO - EXTRATO", "NASCIMENTO DE",
           "Averbações: nada consta", "O referido é verdade e dou fé. {place}, {date}.", "O Oficial de Registro",
           "Livro A de Registro de Nascimentos - Ano {year} - Folha {folio}"),
    "es": ("Municipio de {place}", "Registraduría del Estado Civil", "COPIA ÍNTEGRA DEL ACTA DE NACIMIENTO",
           "EXTRACTO DEL ACTA DE NACIMIENTO", "NACIMIENTO DE", "Notas marginales: ninguna",
           "Es copia fiel del registro, expedida en {place}, el {date}.", "El Registrador",
           "Libro de Nacimientos - Año {year} - Folio {folio}"),
    "en": ("Registry of {place}", "Births and Deaths Registration", "CERTIFIED COPY OF AN ENTRY OF BIRTH",
           "EXTRACT OF AN ENTRY OF BIRTH", "BIRTH OF", "Marginal notes: none",
           "Certified a true copy of the entry, issued at {place} on {date}.", "The Registrar",
           "Register of Births - Year {year} - Page {folio}"),
}


def _register_act(lang: str, p: Identity, full: bool, father: str, mother: str, hour: int, minute: int,
                  declared: date) -> str:
    c = p.country
    male = p.sex == "M"
    name = f"{p.given_names} {p.surname.upper()}"
    if lang == "fr":
        act = (f"Le {fr_date_words(p.date_of_birth)}, à {fr_number(hour)} heure{'s' if hour > 1 else ''}"
               f"{' ' + fr_number(minute) + ' minutes' if minute else ''}, est {'né' if male else 'née'} à "
               f"{p.place_of_birth} ({c.name_fr}) : {name}, de sexe {'masculin' if male else 'féminin'}")
        tail = (f", {'fils' if male else 'fille'} de {father}, et de {mother}, son épouse. Dressé le "
                f"{fr_long(declared)}, sur la déclaration du père, qui, lecture faite, a signé avec Nous, officier "
                "de l'état civil.")
    elif lang in ("pt", "es"):
        verb = {"pt": "nasceu", "es": "nació"}[lang]
        sex = {("pt", True): "masculino", ("pt", False): "feminino", ("es", True): "masculino",
               ("es", False): "femenino"}[(lang, male)]
        at = {"pt": "às", "es": "a las"}[lang]
        act = (f"{'Em' if lang == 'pt' else 'El'} {own_long(p.date_of_birth, lang)} ({dmy(p.date_of_birth, '/')}), "
               f"{at} {hour:02d}h{minute:02d}, {verb} em {p.place_of_birth}: {name}, sexo {sex}"
               if lang == "pt" else
               f"El {own_long(p.date_of_birth, lang)} ({dmy(p.date_of_birth, '/')}), {at} {hour:02d}:{minute:02d}, "
               f"{verb} en {p.place_of_birth}: {name}, sexo {sex}")
        tail = (f", filho{'' if male else 'a'} de {father} e de {mother}. Registro lavrado em {dmy(declared)}, "
                "sendo declarante o pai." if lang == "pt" else
                f", hij{'o' if male else 'a'} de {father} y de {mother}. Inscrito el {dmy(declared)} por declaración "
                "del padre.")
    else:
        act = (f"On the {en_ordinal(p.date_of_birth)}, at {hour:02d}:{minute:02d}, was born at {p.place_of_birth} "
               f"({c.name_en}): {name}, sex: {'male' if male else 'female'}")
        tail = (f", {'son' if male else 'daughter'} of {father} and of {mother}. Registered on "
                f"{en_ordinal(declared)} upon the declaration of the father, who signed with the Registrar.")
    return act + (tail if full else ".")


def birth_register_page_margin_column(ctx: DocContext, rng: random.Random) -> Built:
    """A copy of the register's page: the act's number and the child's name in a left margin column, the act in
    running prose (French with the date in words, Portuguese, Spanish, or English where the registry writes in
    none of those), then the certification with the officer's stamp."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    lang = lang_of(c) if lang_of(c) in _REGISTER else "en"
    place_h, office, full_t, extract_t, margin_w, notes, certified, officer, running = _REGISTER[lang]
    father, mother = _parents(p, rng)
    number, folio = rng.randint(40, 2400), rng.randint(2, 180)
    hour, minute = rng.randint(0, 23), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
    pg = Page(family="serif", size=10.5, left=48, right=48)
    sh = pg.sheet
    sh.text(48, 42, running.format(year=p.date_of_birth.year, folio=folio), 8, family="sans", gray=0.45)
    for i, ln in enumerate((state_own(c), place_h.format(place=p.place_of_birth), office)):
        sh.text(48, 70 + i * 14, ln, 9.5 if i else 10.5, family="sans", bold=i == 0)
    sh.text(297, 140, full_t if full else extract_t, 13, family="serif", bold=True, align="center")
    margin = (f"N° {number}", margin_w, p.surname.upper(), p.given_names, "", dmy(p.date_of_birth, "."))
    for i, ln in enumerate(margin):
        sh.text(56, 182 + i * 15, ln, 9.5, family="serif", bold=i == 2)
    if full:
        column(sh, 56, 290, 114, notes, size=8.5, family="serif")
    declared = p.date_of_birth + timedelta(days=rng.randint(1, 20))
    act = _register_act(lang, p, full, father, mother, hour, minute, declared)
    end = column(sh, 188, 184, 350, act, size=10.5, family="serif", lead=1.55)
    bottom = max(end + 30, 320)
    frame(sh, 48, 160, 130, bottom - 160, gray=0.45, line=0.6)
    frame(sh, 178, 160, 369, bottom - 160, gray=0.45, line=0.6)
    pg.y = bottom + 20
    pg.para(certified.format(place=p.place_of_birth, date=dmy(ctx.birth_issue, ".")), size=10.5)
    pg.para(officer, align="right", size=10.5)
    sign(sh, 400, pg.y + 26, rng)
    round_stamp(sh, 300, pg.y + 40, 38, [p.place_of_birth.upper(), "ÉTAT CIVIL" if lang == "fr" else "REGISTRO"
                                         if lang in ("pt", "es") else "REGISTRY"])
    return pg.sheets, _truth(ctx, p, lang)


# ---------------------------------------------------------------- the original and its translation

_ORIGINAL_TITLE = {
    "pt": ("CERTIDÃO DE NASCIMENTO EM INTEIRO TEOR", "CERTIDÃO DE NASCIMENTO - BREVE RELATO", "portugaise"),
    "es": ("COPIA ÍNTEGRA DEL REGISTRO CIVIL DE NACIMIENTO", "EXTRACTO DEL REGISTRO CIVIL DE NACIMIENTO",
           "espagnole"),
    "vi": ("BẢN SAO GIẤY KHAI SINH", "TRÍCH LỤC KHAI SINH", "vietnamienne"),
    "de": ("BEGLAUBIGTER AUSDRUCK AUS DEM GEBURTENREGISTER", "GEBURTSURKUNDE", "allemande"),
    "it": ("COPIA INTEGRALE DELL'ATTO DI NASCITA", "ESTRATTO PER RIASSUNTO DELL'ATTO DI NASCITA", "italienne"),
    "en": ("CERTIFIED TRUE COPY OF THE ENTRY IN THE REGISTER OF BIRTHS", "EXTRACT FROM THE REGISTER OF BIRTHS",
           "anglaise"),
}
_ORIGINAL_ROWS = {
    "pt": ("Nome", "Data de nascimento", "Local de nascimento", "Sexo", ("Masculino", "Feminino"), "Filiação",
           "Emitida em"),
    "es": ("Apellidos y nombres", "Fecha de nacimiento", "Lugar de nacimiento", "Sexo", ("Masculino", "Femenino"),
           "Padres", "Expedido el"),
    "vi": ("Họ, chữ đệm, tên", "Ngày, tháng, năm sinh", "Nơi sinh", "Giới tính", ("Nam", "Nữ"), "Cha / Mẹ",
           "Cấp ngày"),
    "de": ("Name, Vornamen", "Tag der Geburt", "Ort der Geburt", "Geschlecht", ("männlich", "weiblich"), "Eltern",
           "Ausgestellt am"),
    "it": ("Cognome e nome", "Data di nascita", "Luogo di nascita", "Sesso", ("maschile", "femminile"),
           "Genitori", "Rilasciato il"),
    "en": ("Name of child", "Date of birth", "Place of birth", "Sex", ("Male", "Female"), "Parents",
           "Date of issue"),
}


_FROM = {"pt": "DU PORTUGAIS", "es": "DE L'ESPAGNOL", "vi": "DU VIETNAMIEN", "de": "DE L'ALLEMAND",
         "it": "DE L'ITALIEN", "en": "DE L'ANGLAIS"}


def birth_original_then_sworn_translation(ctx: DocContext, rng: random.Random) -> Built:
    """The act in its own language (names written as that registry writes them, the date in its words), then a
    sworn translation into French; a French-language act is followed by its legalisation instead."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    lang = lang_of(c)
    father, mother = _parents(p, rng)
    pg = Page(family="serif", size=10.5)
    sh = pg.sheet
    if lang == "fr":
        sh.text(pg.left, 40, f"Acte n° {rng.randint(10, 1999)} / {p.date_of_birth.year}", 8.5, family="mono",
                gray=0.4)
        pg.y = 60
        pg.line(state_own(c), size=11, bold=True, align="center")
        pg.line(f"Centre d'état civil de {p.place_of_birth}", size=10, align="center", after=18)
        pg.line("COPIE INTÉGRALE D'ACTE DE NAISSANCE" if full else "EXTRAIT D'ACTE DE NAISSANCE", size=14,
                bold=True, align="center", after=14)
        rows = [("Nom", p.surname.upper()), ("Prénoms", p.given_names),
                ("Date de naissance", f"{fr_date_words(p.date_of_birth)} ({dmy(p.date_of_birth)})"),
                ("Lieu de naissance", p.place_of_birth), ("Sexe", "masculin" if p.sex == "M" else "féminin")]
        if full:
            rows += [("Père", father), ("Mère", mother), ("Mentions marginales", "néant")]
        for k, v in rows:
            pg.line(f"{k} : {v}", after=3)
        pg.gap(12)
        pg.para(f"Délivré à {p.place_of_birth}, le {fr_long(ctx.birth_issue)}. L'officier de l'état civil.")
        sign(pg.sheet, 380, pg.y + 20, rng)
        round_stamp(pg.sheet, 300, pg.y + 30, 34, ["ÉTAT CIVIL", p.place_of_birth.upper()])
        pg.new()
        pg.line(f"MINISTÈRE DES AFFAIRES ÉTRANGÈRES - {state_own(c)}", size=10, bold=True, align="center")
        pg.line("LÉGALISATION", size=15, bold=True, align="center", after=16)
        pg.para(f"Vu pour légalisation de la signature de l'officier de l'état civil de {p.place_of_birth}, apposée "
                f"sur l'acte de naissance de {p.given_names} {p.surname.upper()} délivré le "
                f"{dmy(ctx.birth_issue, '.')}.")
        later = ctx.birth_issue + timedelta(days=rng.randint(2, 9))
        pg.para(f"Fait le {dmy(later, '.')}. Droits perçus : {rng.randint(2, 10)} 000.", after=20)
        rect_stamp(pg.sheet, 330, pg.y, 170, ["LÉGALISÉ", "Service des affaires consulaires"], rgb=STAMP_VIOLET)
        return pg.sheets, _truth(ctx, p, "fr")
    full_title, extract_title, tongue = _ORIGINAL_TITLE[lang]
    names, born, place, sex, sexes, parents, issued = _ORIGINAL_ROWS[lang]
    sh.text(pg.left, 40, f"{state_own(c)}", 10, family="sans", bold=True)
    if lang == "vi":
        sh.text(pg.left, 54, "Độc lập - Tự do - Hạnh phúc", 9, family="sans", gray=0.3)
    pg.y = 90
    pg.line(full_title if full else extract_title, size=12.5, bold=True, align="center", after=16)
    if lang == "es":
        child = f"{p.surname.upper()} {p.given_names}"
    elif lang == "vi":
        child = f"{p.surname.upper()} {p.given_names.upper()}"
    else:
        child = f"{p.given_names} {p.surname.upper()}"
    rows = [(names, child), (born, own_long(p.date_of_birth, lang)), (place, f"{p.place_of_birth}, {c.name_en}"),
            (sex, sexes[0] if p.sex == "M" else sexes[1])]
    if full:
        rows.append((parents, f"{father} / {mother}"))
    for k, v in rows:
        pg.line(f"{k}: {v}", family="sans", size=10.5, after=5)
    pg.gap(14)
    pg.line(f"{issued}: {own_long(ctx.birth_issue, lang)}  ({dmy(ctx.birth_issue, '.')})", family="sans", size=10)
    sign(pg.sheet, 360, pg.y + 24, rng)
    round_stamp(pg.sheet, 260, pg.y + 36, 34, [p.place_of_birth.upper()], rgb=STAMP_BLUE)
    # the sworn translation
    pg.new()
    translator = rng.choice(("Isabelle Fournier", "Marc-Antoine Lenoir", "Nadia Benhamou", "Ana Paula Ribeiro"))
    court = rng.choice(("Paris", "Lyon", "Bordeaux", "Rennes", "Aix-en-Provence"))
    pg.line(f"{translator} - Traducteur-interprète expert près la Cour d'appel de {court}", size=9, family="sans",
            gray=0.35)
    pg.line(f"Traduction n° {rng.randint(100, 9999)}/{ctx.birth_issue.year}", size=9, family="sans", gray=0.35,
            after=14)
    pg.line(f"TRADUCTION {_FROM[lang]}", size=11, bold=True, align="center")
    pg.line("COPIE INTÉGRALE D'ACTE DE NAISSANCE" if full else "EXTRAIT D'ACTE DE NAISSANCE", size=13.5, bold=True,
            align="center", after=14)
    trows = [("Nom", p.surname.upper()), ("Prénom(s)", p.given_names),
             ("Date de naissance", fr_long(p.date_of_birth)), ("Lieu de naissance", f"{p.place_of_birth} ({c.name_fr})"),
             ("Sexe", "masculin" if p.sex == "M" else "féminin"), ("Nationalité", nationality_for(p))]
    if full:
        trows += [("Père", father), ("Mère", mother)]
    for k, v in trows:
        pg.line(f"{k} : {v}", after=3)
    pg.gap(8)
    pg.line(f"Acte délivré le : {fr_long(ctx.birth_issue)}", after=14)
    done = ctx.birth_issue + timedelta(days=rng.randint(1, 10))
    pg.para(f"Je soussigné(e), {translator}, traducteur-interprète expert près la Cour d'appel de {court}, certifie "
            f"que la présente traduction est conforme à l'original rédigé en langue {tongue}.", size=10)
    pg.para(f"{court}, le {dmy(done)}", size=10, align="right", after=10)
    sign(pg.sheet, 380, pg.y + 16, rng)
    round_stamp(pg.sheet, 250, pg.y + 30, 36, ["TRADUCTEUR", "EXPERT", court.upper()], rgb=STAMP_VIOLET)
    return pg.sheets, _truth(ctx, p, f"{lang}+fr")


# ---------------------------------------------------------------- an online registry's printout


def birth_online_registry_printout(ctx: DocContext, rng: random.Random) -> Built:
    """A page printed from a national online civil registry: a coloured band, a two-column table of captions
    and values, ISO dates, a verification code and a square code at the foot."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    french = c.french_speaking
    father, mother = _parents(p, rng)
    pg = Page(family="sans", size=10)
    sh = pg.sheet
    sh.add(Box(0, 0, pg.width, 64, rgb=(0.12, 0.36, 0.3), stroke=None))
    sh.text(40, 28, "e-ÉTAT CIVIL" if french else "e-CIVIL REGISTRY", 15, family="sans", bold=True, gray=1.0)
    sh.text(40, 48, state_own(c), 9, family="sans", gray=0.92)
    sh.text(555, 28, f"{'Édité le' if french else 'Printed on'} {ctx.birth_issue.isoformat()} "
            f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}", 8.5, family="sans", align="right", gray=0.95)
    pg.y = 96
    if french:
        title = "COPIE INTÉGRALE DE L'ACTE DE NAISSANCE" if full else "EXTRAIT D'ACTE DE NAISSANCE SANS FILIATION"
    else:
        title = "FULL COPY OF BIRTH RECORD" if full else "BIRTH RECORD - SHORT EXTRACT"
    pg.line(title, size=13, bold=True, align="center", after=4)
    ref = f"{c.code}-{p.date_of_birth.year}-{rng.randint(10**6, 10**7 - 1)}"
    pg.line(f"{'Référence de l’acte' if french else 'Record reference'} : {ref}", size=9, align="center", gray=0.35,
            after=14)
    if french:
        rows = [("Nom de famille", p.surname.upper()), ("Prénom(s)", p.given_names),
                ("Sexe", "Masculin" if p.sex == "M" else "Féminin"), ("Date de naissance", p.date_of_birth.isoformat()),
                ("Lieu de naissance", f"{p.place_of_birth}, {c.name_fr}"),
                ("Date d'enregistrement", (p.date_of_birth + timedelta(days=rng.randint(2, 30))).isoformat())]
        if full:
            rows += [("Père", father), ("Mère", mother), ("Mentions marginales", "Aucune")]
    else:
        rows = [("Surname", p.surname.upper()), ("Given name(s)", p.given_names),
                ("Sex", "Male" if p.sex == "M" else "Female"), ("Date of birth", p.date_of_birth.isoformat()),
                ("Place of birth", f"{p.place_of_birth}, {c.name_en}"),
                ("Date of registration", (p.date_of_birth + timedelta(days=rng.randint(2, 30))).isoformat())]
        if full:
            rows += [("Father", father), ("Mother", mother), ("Annotations", "None")]
    x0, x1, x2 = 60.0, 230.0, 535.0
    top = pg.y
    for i, (k, v) in enumerate(rows):
        y = top + i * 26
        if i % 2 == 0:
            sh.add(Box(x0, y, x2 - x0, 26, fill=0.94, stroke=None))
        sh.text(x0 + 8, y + 17, k, 9.5, family="sans", gray=0.3)
        sh.text(x1 + 8, y + 17, v, 10.5, family="sans", bold=k in ("Nom de famille", "Surname"))
    frame(sh, x0, top, x2 - x0, 26 * len(rows), gray=0.55, line=0.5)
    sh.add(Box(x1, top, 0.5, 26 * len(rows), fill=0.55, stroke=None))
    pg.y = top + 26 * len(rows) + 30
    code = "-".join(f"{rng.randint(0, 0xFFFF):04X}" for _ in range(4))
    pg.para(("Ce document est délivré par voie électronique et fait foi sans signature manuscrite. Son authenticité "
             f"peut être vérifiée en ligne avec le code {code}.") if french else
            ("This document is issued electronically and is valid without a handwritten signature. Its authenticity "
             f"can be checked online with the code {code}."), size=9, gray=0.25, width=330)
    qr(sh, 440, top + 26 * len(rows) + 30, 90, rng)
    hline(sh, 40, 555, 800, gray=0.6)
    sh.text(40, 815, f"{'Délivré le' if french else 'Issued on'} {ctx.birth_issue.isoformat()} - page 1/1", 8,
            family="sans", gray=0.45)
    return pg.sheets, _truth(ctx, p, "fr" if french else "en")
