"""Fifth held-out batch: birth certificates, certificates of nationality and consular attestations.

Written without looking at how the reader works; the values come from the context
and the truth keys are family 1's.
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, civ, du, ne, person_truth
from synth.documents.held5_common import (
    en_day_of,
    en_ordinal,
    fr_plain,
    frame,
    seal,
    sign_at,
)
from synth.documents.held5_travel import STATE
from synth.documents.registry import caps
from synth.formats import days, fmt_date, fr_date_words
from synth.identity import Identity
from synth.layout import A4, Box, Flow, Sheet, Stroke, wrap


def _birth_truth(ctx: DocContext, p: Identity, lang: str) -> dict[str, str]:
    return person_truth(p) | {"sex": p.sex, "place_of_birth": p.place_of_birth, "copy_kind": ctx.birth_copy_kind,
                              "issue_date": ctx.birth_issue.isoformat(), "language": lang}


def _parents(p: Identity, rng: random.Random) -> tuple[str, str]:
    c = p.country
    return (f"{rng.choice(c.male).split()[0]} {p.surname}",
            f"{rng.choice(c.female).split()[0]} {rng.choice([s for s in c.surnames if s != p.surname])}")


def _rows(f: Flow, rows: list[tuple[str, str]], *, left: float = 200, size: float = 10.5) -> None:
    """Caption cells on the left, values on the right, each row ruled."""
    x0, w = f.margin, f.width
    lead = size * 1.3
    for label, value in rows:
        lab = wrap(label, left - 10, f.family, size - 1.5)
        val = wrap(value, w - left - 12, f.family, size, True)
        h = max(len(lab), len(val)) * lead + 8
        f.need(h)
        f.sheet.add(Box(x0, f.y, left, h, fill=0.93, stroke=0.35, line=0.5))
        f.sheet.add(Box(x0 + left, f.y, w - left, h, stroke=0.35, line=0.5))
        for i, line in enumerate(lab):
            f.sheet.text(x0 + 5, f.y + 4 + size + i * lead, line, size - 1.5, family=f.family, gray=0.25)
        for i, line in enumerate(val):
            f.sheet.text(x0 + left + 6, f.y + 4 + size + i * lead, line, size, family=f.family, bold=True)
        f.y += h
    f.y += 10


def birth_register_rows(ctx: DocContext, rng: random.Random) -> Built:
    """A registry's copy as numbered caption/value rows under the register's references: the full copy with
    parents, declarant and margin notes, the extract with the child's particulars only; birth date in words then
    figures."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    lang = "fr" if c.french_speaking else "en"
    f = Flow(family="sans", size=10.5, margin=48)
    father, mother = _parents(p, rng)
    vol, folio, act = rng.randint(1, 9), rng.randint(10, 250), rng.randint(100, 3999)
    born = p.date_of_birth
    hour = f"{rng.randint(0, 23):02d}h{rng.randint(0, 59):02d}"
    centre = rng.choice(("principal", "secondaire", "de la commune"))
    sex_fr, sex_en = ("féminin", "female") if p.sex == "F" else ("masculin", "male")
    if lang == "fr":
        f.sheet.text(48, 58, STATE[c.code], 10, bold=True)
        f.sheet.text(48, 72, f"Centre d'état civil {centre} de {p.place_of_birth}", 9.5)
        f.sheet.text(547, 58, f"Registre des naissances - Année {born.year}", 9.5, align="right")
        f.sheet.text(547, 72, f"Volume {vol} - Folio {folio} - Acte n° {act}", 9.5, align="right")
        f.y = 110
        f.title("COPIE LITTÉRALE D'ACTE DE NAISSANCE" if full else "EXTRAIT D'ACTE DE NAISSANCE", size=14)
        if not full:
            f.para("(sans indication de filiation)", align="center", size=9.5, after=10)
        rows = [("1. Date de naissance", f"Le {fr_date_words(born)} ({born.strftime('%d/%m/%Y')})"),
                ("2. Heure", hour), ("3. Lieu de naissance", f"{p.place_of_birth} ({c.name_fr})"),
                ("4. Nom de l'enfant", caps(p.surname)), ("5. Prénoms", p.given_names), ("6. Sexe", sex_fr)]
        if full:
            rows += [("7. Père", f"{father.upper()}, {rng.choice(('cultivateur', 'commerçant', 'chauffeur'))}, "
                                 f"domicilié à {p.place_of_birth}"),
                     ("8. Mère", f"{mother.upper()}, {rng.choice(('ménagère', 'couturière', 'institutrice'))}"),
                     ("9. Déclarant", f"le père, {father}"),
                     ("10. Acte dressé le", fmt_date(born + days(rng.randint(1, 3)), "dmy_slash")),
                     ("11. Officier de l'état civil", f"{rng.choice(c.male)} {rng.choice(c.surnames).upper()}")]
        _rows(f, rows)
        if full:
            f.para("MENTIONS MARGINALES", bold=True, size=10, after=2)
            f.para(rng.choice(("Néant.", "Aucune mention à la date de délivrance.")), after=10)
        f.para(("Pour copie littérale certifiée conforme au registre" if full else "Pour extrait conforme")
               + f", {p.place_of_birth}, le {fr_plain(ctx.birth_issue)}.", after=4)
        f.para("L'Officier de l'état civil", align="right", after=2)
    else:
        f.sheet.text(48, 58, STATE[c.code], 10, bold=True)
        f.sheet.text(48, 72, f"Registry of Births, {p.place_of_birth}", 9.5)
        f.sheet.text(547, 58, f"Register of {born.year}", 9.5, align="right")
        f.sheet.text(547, 72, f"Book {vol}, page {folio}, entry No. {act}", 9.5, align="right")
        f.y = 110
        f.title("FULL RECORD OF BIRTH - CERTIFIED COPY" if full else "EXTRACT OF BIRTH RECORD", size=14)
        if not full:
            f.para("(particulars of the child only)", align="center", size=9.5, after=10)
        rows = [("1. Date of birth", en_ordinal(born)), ("2. Time", hour),
                ("3. Place of birth", f"{p.place_of_birth}, {c.name_en}"), ("4. Surname", caps(p.surname)),
                ("5. Given names", p.given_names), ("6. Sex", sex_en)]
        if full:
            rows += [("7. Father", f"{father.upper()}, {rng.choice(('farmer', 'trader', 'driver'))}"),
                     ("8. Mother", f"{mother.upper()}, {rng.choice(('housewife', 'seamstress', 'teacher'))}"),
                     ("9. Informant", f"the father, {father}"),
                     ("10. Date of registration", en_ordinal(born + days(rng.randint(1, 3)))),
                     ("11. Registrar", f"{rng.choice(c.male)} {rng.choice(c.surnames).upper()}")]
        _rows(f, rows)
        if full:
            f.para("ENTRIES IN THE MARGIN", bold=True, size=10, after=2)
            f.para(rng.choice(("None.", "No entry at the date of issue.")), after=10)
        f.para(("Certified a true and full copy of the entry in the register" if full else "Certified extract")
               + f", {p.place_of_birth}, {ctx.birth_issue.strftime('%d/%m/%Y')}.", after=4)
        f.para("The Registrar", align="right", after=2)
    seal(f.sheet, 170, f.y + 50, 42, f"ETAT CIVIL {p.place_of_birth}" if lang == "fr" else "REGISTRY", [c.code])
    sign_at(f.sheet, 400, f.y + 30, rng)
    return f.sheets, _birth_truth(ctx, p, lang)


# the original's title (full copy, extract) and captions in its language, for the sworn translation
_ORIGINALS = {
    "BRA": ("CERTIDÃO DE NASCIMENTO - INTEIRO TEOR", "CERTIDÃO DE NASCIMENTO - BREVE RELATO", "Nome",
            "Data de nascimento", "Local de nascimento", "Sexo", "Filiação", "Data da emissão", "portugaise"),
    "COL": ("REGISTRO CIVIL DE NACIMIENTO - COPIA ÍNTEGRA", "REGISTRO CIVIL DE NACIMIENTO - EXTRACTO", "Nombre",
            "Fecha de nacimiento", "Lugar de nacimiento", "Sexo", "Padres", "Fecha de expedición", "espagnole"),
    "ESP": ("CERTIFICACIÓN LITERAL DE NACIMIENTO", "CERTIFICACIÓN EN EXTRACTO DE NACIMIENTO", "Nombre",
            "Fecha de nacimiento", "Lugar de nacimiento", "Sexo", "Padres", "Fecha de expedición", "espagnole"),
    "ITA": ("COPIA INTEGRALE DELL'ATTO DI NASCITA", "ESTRATTO PER RIASSUNTO DELL'ATTO DI NASCITA", "Nome",
            "Data di nascita", "Luogo di nascita", "Sesso", "Genitori", "Data di rilascio", "italienne"),
    "DEU": ("BEGLAUBIGTER AUSDRUCK AUS DEM GEBURTENREGISTER", "GEBURTSURKUNDE", "Name", "Geburtstag", "Geburtsort",
            "Geschlecht", "Eltern", "Ausgestellt am", "allemande"),
    "VNM": ("BẢN SAO GIẤY KHAI SINH (TOÀN VĂN)", "TRÍCH LỤC KHAI SINH", "Họ và tên", "Ngày sinh", "Nơi sinh",
            "Giới tính", "Cha mẹ", "Ngày cấp", "vietnamienne"),
}
_ENGLISH = ("BIRTH CERTIFICATE - FULL TRANSCRIPT", "BIRTH CERTIFICATE - SHORT EXTRACT", "Name", "Date of birth",
            "Place of birth", "Sex", "Parents", "Date of issue", "anglaise")


def birth_original_then_translation(ctx: DocContext, rng: random.Random) -> Built:
    """Two pages in one file: the act in its own language (numeric dates) under the registry's seal, then the
    sworn French translation with the translator's certificate; a French-language act is followed by its
    legalisation instead."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    father, mother = _parents(p, rng)
    f = Flow(family="serif", size=11, margin=56)
    born, issued = p.date_of_birth, ctx.birth_issue
    if c.french_speaking:
        orig = ("COPIE INTÉGRALE D'ACTE DE NAISSANCE", "EXTRAIT D'ACTE DE NAISSANCE", "Nom et prénoms",
                "Date de naissance", "Lieu de naissance", "Sexe", "Filiation", "Date de délivrance", "")
    else:
        orig = _ORIGINALS.get(c.code, _ENGLISH)
    f.para(STATE[c.code], bold=True, align="center", after=2)
    f.para(f"{p.place_of_birth}", align="center", size=10, after=18)
    f.title(orig[0] if full else orig[1], size=13)
    rows = [(orig[2], f"{p.given_names} {caps(p.surname)}"), (orig[3], born.strftime("%d/%m/%Y")),
            (orig[4], f"{p.place_of_birth} - {c.name_en}"), (orig[5], p.sex)]
    if full:
        rows.append((orig[6], f"{father} / {mother}"))
    rows.append((orig[7], issued.strftime("%d/%m/%Y")))
    for label, value in rows:
        f.para(f"{label}:  {value}", after=5)
    f.space(10)
    seal(f.sheet, 150, f.y + 50, 44, "REGISTRO CIVIL" if orig[8] in ("portugaise", "espagnole") else c.name_en,
         [p.place_of_birth[:12]])
    sign_at(f.sheet, 360, f.y + 40, rng)
    f.sheet.text(297, 800, f"{rng.randint(100000, 999999)}-{rng.randint(10, 99)}", 8, align="center", gray=0.4)
    f.new_page()
    if c.french_speaking:
        f.para("LÉGALISATION", bold=True, align="center", size=14, after=12)
        f.para(f"Vu pour légalisation de la signature de l'officier de l'état civil de {p.place_of_birth} apposée "
               f"sur l'acte ci-joint ({'copie intégrale' if full else 'extrait'} d'acte de naissance de "
               f"{p.given_names} {caps(p.surname)}, {ne(p)} le {fmt_date(born, 'fr_long')}, délivré le "
               f"{fmt_date(issued, 'fr_long')}).", after=10)
        f.para(f"Ministère des Affaires étrangères {du(c.name_fr)}, le "
               f"{fmt_date(issued + days(rng.randint(2, 10)), 'dmy_slash')}.", after=8)
        f.para("Cette légalisation ne vaut que pour la signature et la qualité du signataire.", size=9.5, after=20)
        frame(f.sheet, 330, f.y, 210, 90, gray=0.4)
        f.sheet.text(435, f.y + 22, "Droits perçus", 9, align="center", gray=0.3)
        sign_at(f.sheet, 370, f.y + 58, rng)
        return f.sheets, _birth_truth(ctx, p, "fr")
    f.para("TRADUCTION JURÉE", bold=True, align="center", size=14, after=2)
    f.para(f"(de la langue {orig[8]} vers le français)", align="center", size=9.5, after=16)
    f.para(("COPIE INTÉGRALE D'ACTE DE NAISSANCE" if full else "EXTRAIT D'ACTE DE NAISSANCE"), bold=True,
           align="center", after=10)
    f.para(f"Nom et prénoms : {caps(p.surname)} {p.given_names}", after=3)
    f.para(f"Date de naissance : {fmt_date(born, 'fr_long')}", after=3)
    f.para(f"Lieu de naissance : {p.place_of_birth} ({c.name_fr})", after=3)
    f.para(f"Sexe : {'féminin' if p.sex == 'F' else 'masculin'}", after=3)
    if full:
        f.para(f"Filiation : {father} et {mother}", after=3)
        f.para("Mentions : aucune", after=3)
    f.para(f"Date de délivrance de l'original : {fmt_date(issued, 'fr_long')}", after=16)
    f.para(f"Je soussigné(e), {rng.choice(('Marie-Laure Petit', 'Antonio Ferreira', 'Hélène Garnier'))}, "
           f"traducteur-interprète expert près la cour d'appel de {rng.choice(('Paris', 'Lyon', 'Rennes'))}, "
           "certifie la présente traduction conforme à l'original rédigé en langue "
           f"{orig[8]} qui m'a été présenté.", size=10, after=6)
    f.para(f"Enregistrée sous le n° {rng.randint(1000, 9999)}/{ctx.filing.year % 100:02d}.", size=10, after=10)
    seal(f.sheet, 420, f.y + 48, 44, "TRADUCTEUR EXPERT", ["COUR D'APPEL"])
    sign_at(f.sheet, 120, f.y + 40, rng)
    return f.sheets, _birth_truth(ctx, p, "fr")


# the ledger's words: titles (full, extract), subtitle, district, entry, full columns, extract columns, sexes (full,
# extract), certifications (full, extract), the issuing sentence, seal, signatory, caution
_LEDGER = {
    "en": ("CERTIFIED COPY OF AN ENTRY OF BIRTH", "BIRTH CERTIFICATE (SHORT FORM)", "Births Registration",
           "Registration district", "Entry No.",
           ("When and where born", "Name, if any", "Sex", "Name and surname of father",
            "Name and maiden surname of mother", "Occupation of father", "Informant", "When registered", "Registrar"),
           ("Name and surname", "Sex", "Date of birth", "Place of birth"),
           (("Girl", "Boy"), ("Female", "Male")), ("Clerk", "Mechanic", "Farmer"), "father",
           ("Certified to be a true copy of an entry in a register in my custody, with the entries in the margin "
            "(none).", "Certified extract of the particulars of the child from the register of births."),
           "Given at the Registry Office, {place}, under the Seal of the said Office, the {date}.",
           "REGISTRY OFFICE", "Registrar",
           "CAUTION: it is an offence to falsify a certificate or to use a falsified certificate."),
    "fr": ("COPIE INTÉGRALE D'UNE DÉCLARATION DE NAISSANCE", "EXTRAIT D'ACTE DE NAISSANCE (MODÈLE COURT)",
           "Registre des naissances", "Circonscription", "Acte n°",
           ("Date et lieu de naissance", "Prénoms et nom", "Sexe", "Nom et prénoms du père",
            "Nom et prénoms de la mère", "Profession du père", "Déclarant", "Date de la déclaration",
            "Officier de l'état civil"),
           ("Prénoms et nom", "Sexe", "Date de naissance", "Lieu de naissance"),
           (("Fille", "Garçon"), ("Féminin", "Masculin")), ("Commerçant", "Mécanicien", "Cultivateur"), "père",
           ("Copie certifiée conforme au registre, mentions marginales comprises (néant).",
            "Extrait certifié conforme, limité aux indications relatives à l'enfant."),
           "Délivré au bureau de l'état civil de {place}, sous le sceau dudit bureau, le {date}.",
           "ETAT CIVIL", "L'Officier de l'état civil", "Toute falsification de ce document est punie par la loi."),
}


def birth_register_ledger(ctx: DocContext, rng: random.Random) -> Built:
    """A certified copy laid out as the register's columns across a landscape page (French for French-speaking
    states, English otherwise); the extract is the short model with the child's particulars only."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    lang = "fr" if c.french_speaking else "en"
    (t_full, t_short, sub, district, entry, heads_full, heads_short, sexes, jobs, father_word, certs, given, ring,
     signatory, caution) = _LEDGER[lang]
    when = en_ordinal if lang == "en" else fr_plain
    father, mother = _parents(p, rng)
    W, H = A4[1], A4[0]
    sh = Sheet(W, H, background=(0.96, 0.93, 0.9) if rng.random() < 0.5 else (0.93, 0.95, 0.9))
    frame(sh, 18, 18, W - 36, H - 36, gray=0.45)
    born = p.date_of_birth
    sh.text(W / 2, 50, t_full if full else t_short, 17, bold=True, align="center")
    sh.text(W / 2, 70, f"{STATE[c.code]} - {sub}", 10.5, align="center", gray=0.2)
    sh.text(40, 96, f"{district}: {p.place_of_birth}", 10)
    sh.text(W - 40, 96, f"{entry} {rng.randint(10, 999)}", 10, align="right")
    girl_boy, female_male = sexes
    if full:
        values: tuple[str, ...] = (f"{when(born)}, {p.place_of_birth}", f"{p.given_names} {caps(p.surname)}",
                  girl_boy[0] if p.sex == "F" else girl_boy[1], father, mother, rng.choice(jobs),
                  f"{father}, {father_word}", when(born + days(rng.randint(2, 20))),
                  f"{rng.choice(c.male).split()[0]} {rng.choice(c.surnames)}")
        cols = list(zip(heads_full, values, strict=True))
        widths = [118, 104, 40, 92, 100, 66, 86, 86, 74]
    else:
        values = (f"{p.given_names} {caps(p.surname)}", female_male[0] if p.sex == "F" else female_male[1],
                  when(born), f"{p.place_of_birth}, {c.name_en if lang == 'en' else c.name_fr}")
        cols = list(zip(heads_short, values, strict=True))
        widths = [240, 90, 180, 256]
    x, y0, hh, hv = 38.0, 116, 44, 96
    for i, ((head, value), w) in enumerate(zip(cols, widths, strict=True)):
        sh.add(Box(x, y0, w, hh, fill=0.85, stroke=0.3, line=0.5))
        sh.add(Box(x, y0 + hh, w, hv, stroke=0.3, line=0.5))
        sh.text(x + 3, y0 + 9, str(i + 1), 7, gray=0.4)
        for j, line in enumerate(wrap(head, w - 8, "sans", 7.5)):
            sh.text(x + 4, y0 + 19 + j * 9, line, 7.5, gray=0.25)
        for j, line in enumerate(wrap(value, w - 8, "hand", 10.5)):
            sh.text(x + 4, y0 + hh + 18 + j * 14, line, 10.5, family="hand")
        x += w
    y = y0 + hh + hv + 40
    sh.text(40, y, certs[0] if full else certs[1], 10)
    issued = en_day_of(ctx.birth_issue) if lang == "en" else fr_plain(ctx.birth_issue)
    sh.text(40, y + 22, given.format(place=p.place_of_birth, date=issued), 10)
    seal(sh, W - 150, y + 90, 46, ring, [p.place_of_birth[:12]])
    sign_at(sh, 90, y + 80, rng)
    sh.text(90, y + 110, signatory, 9, gray=0.3)
    sh.text(W / 2, H - 30, caution, 7.5, align="center", gray=0.35)
    return [sh], _birth_truth(ctx, p, lang)


# ---------------------------------------------------------------- nationality certificates


def _nat_truth(ctx: DocContext, p: Identity, photo: bool) -> dict[str, str]:
    return person_truth(p) | {"nationality": p.country.code, "issue_date": ctx.natcert_issue.isoformat(),
                              "has_photo": str(photo).lower()}


def _stapled_photo(sh: Sheet, x: float, y: float, rng: random.Random) -> None:
    """A portrait stapled on the form, the office's seal half over it."""
    sh.photo(x, y, 92, 118)
    sh.add(Stroke(((x + 10, y + 6), (x + 30, y + 6)), width=1.6, gray=0.35))
    seal(sh, x + 88, y + 104, 32, "GREFFE", ["VU"])


def nationality_form_rows(ctx: DocContext, rng: random.Random) -> Built:
    """A court registry's printed form: ruled rows for the holder's particulars and the legal ground, the portrait
    stapled top left (when there is one), dates in figures."""
    p = ctx.shown("nationality_certificate")
    c = p.country
    photo = "nationality_certificate" not in ctx.without_photo
    f = Flow(family="sans", size=10.5, margin=50)
    f.sheet.text(545, 60, STATE[c.code], 10, bold=True, align="right")
    f.sheet.text(545, 74, "Ministère de la Justice", 9.5, align="right")
    f.sheet.text(545, 88, f"Tribunal d'instance de {rng.choice(c.cities)}", 9.5, align="right")
    if photo:
        _stapled_photo(f.sheet, 50, 52, rng)
    f.y = 190
    f.title(f"CERTIFICAT DE NATIONALITÉ {c.nationality_fr.upper()}", size=14)
    f.para(f"Registre n° {rng.randint(10, 999)} / {ctx.natcert_issue.year}", align="center", size=9.5, after=12)
    issued = ctx.natcert_issue.strftime("%d/%m/%Y")
    _rows(f, [("Nom", caps(p.surname)), ("Prénoms", p.given_names),
              ("Date de naissance", p.date_of_birth.strftime("%d/%m/%Y")),
              ("Lieu de naissance", f"{p.place_of_birth} ({c.name_fr})"),
              ("Père", f"{rng.choice(c.male).split()[0]} {caps(p.surname)}"),
              ("Domicile", rng.choice(c.cities)),
              ("Fondement", "Né(e) d'un père ou d'une mère possédant cette nationalité (code de la nationalité)"),
              ("Pièces produites", "Acte de naissance, certificat de nationalité du père")], left=150)
    f.para(f"Le greffier en chef soussigné certifie que la personne désignée ci-dessus possède la nationalité "
           f"{c.nationality_fr}.", after=10)
    f.para(f"Délivré le {issued}", bold=True, after=4)
    f.para("Le Greffier en chef", align="right", after=2)
    sign_at(f.sheet, 400, f.y + 24, rng)
    f.space(60)
    f.para("Toute surcharge ou rature rend ce certificat nul.", size=8, align="center")
    return f.sheets, _nat_truth(ctx, p, photo)


def nationality_bilingual_landscape(ctx: DocContext, rng: random.Random) -> Built:
    """A bilingual English/French certificate on a landscape sheet inside a guilloche-like border, months in
    letters ('05 MAR 2026'), the portrait at the right when there is one."""
    p = ctx.shown("nationality_certificate")
    c = p.country
    photo = "nationality_certificate" not in ctx.without_photo
    W, H = A4[1], A4[0]
    sh = Sheet(W, H, background=(0.97, 0.96, 0.92))
    for k in range(0, int(W), 12):
        sh.add(Stroke(((k, 14), (k + 6, 26), (k + 12, 14)), width=0.5, rgb=(0.6, 0.7, 0.6)))
        sh.add(Stroke(((k, H - 26), (k + 6, H - 14), (k + 12, H - 26)), width=0.5, rgb=(0.6, 0.7, 0.6)))
    sh.text(W / 2, 58, f"{c.name_en.upper()} / {caps(c.name_fr)}", 13, bold=True, align="center")
    sh.text(W / 2, 78, "Ministry of Justice - Nationality Service / Ministère de la Justice - Service de la nationalité",
            9.5, align="center", gray=0.2)
    sh.text(W / 2, 116, "CERTIFICATE OF NATIONALITY", 20, bold=True, align="center")
    sh.text(W / 2, 138, "CERTIFICAT DE NATIONALITÉ", 14, align="center", gray=0.25)
    text_w = 540 if photo else 740
    x0 = 50
    if photo:
        sh.photo(640, 160, 140, 176)
    issued = fmt_date(ctx.natcert_issue, "abbr")
    body = [
        (f"This is to certify that {civ(p, 'en')} {p.given_names} {caps(p.surname)}, born on "
         f"{fmt_date(p.date_of_birth, 'abbr')} at {p.place_of_birth}, is a citizen of {c.name_en} by birth."),
        (f"Il est certifié que {civ(p, 'fr')} {p.given_names} {caps(p.surname)}, {ne(p)} le "
         f"{fmt_date(p.date_of_birth, 'abbr')} à {p.place_of_birth}, est de nationalité {c.nationality_fr} "
         "d'origine."),
    ]
    y = 176
    for k, para in enumerate(body):
        for line in wrap(para, text_w, "serif", 11.5):
            sh.text(x0, y, line, 11.5, family="serif", gray=0.0 if k == 0 else 0.25)
            y += 16
        y += 10
    sh.text(x0, y + 10, f"Certificate No. / N° : {rng.randint(1000, 99999)}/{c.code}", 10.5)
    sh.text(x0, y + 30, f"Issued on / Délivré le : {issued}", 10.5, bold=True)
    sh.text(x0, y + 50, f"at / à : {rng.choice(c.cities)}", 10.5)
    seal(sh, 470, H - 110, 46, "MINISTRY OF JUSTICE", [c.code])
    sign_at(sh, 580, H - 100, rng)
    sh.text(620, H - 60, "The Registrar / Le Greffier", 9, align="center", gray=0.3)
    return [sh], _nat_truth(ctx, p, photo)


# ---------------------------------------------------------------- consular attestations


def _cons_truth(ctx: DocContext, p: Identity, photo: bool) -> dict[str, str]:
    return person_truth(p) | {"nationality": p.country.code, "issue_date": ctx.consular_att_issue.isoformat(),
                              "has_photo": str(photo).lower()}


def consular_identity_letter(ctx: DocContext, rng: random.Random) -> Built:
    """A consulate's letter: references top left, 'Paris, le 5 mars 2026' top right, an identity-and-nationality
    attestation in the third person beside the glued portrait (when there is one)."""
    p = ctx.shown("consular_attestation")
    c = p.country
    photo = "consular_attestation" not in ctx.without_photo
    city = rng.choice(("Paris", "Lyon", "Marseille", "Bordeaux"))
    f = Flow(family="serif", size=11.5, margin=60)
    f.para(f"CONSULAT GÉNÉRAL {du(c.name_fr).upper()} À {city.upper()}", bold=True, size=11, after=1)
    f.para("Chancellerie - Section consulaire", size=9.5, after=1)
    f.para(f"N/Réf. : {rng.randint(100, 999)}/CG/{c.code}/{ctx.consular_att_issue.year % 100:02d}", size=9.5,
           after=1)
    f.sheet.text(535, 72, f"{city}, le {fr_plain(ctx.consular_att_issue)}", 11, family="serif", align="right")
    f.space(40)
    f.title("ATTESTATION D'IDENTITÉ ET DE NATIONALITÉ", size=13.5)
    if photo:
        f.sheet.photo(60, f.y + 4, 100, 128)
        seal(f.sheet, 150, f.y + 118, 34, "CONSULAT", [c.code])
    keep = f.y
    f.para(f"Le Consul général {du(c.name_fr)} à {city} atteste que la personne "
           f"{'dont la photographie figure ci-contre, ' if photo else ''}{civ(p, 'fr')} {caps(p.surname)} "
           f"{p.given_names}, {ne(p)} le {fmt_date(p.date_of_birth, 'dmy_slash')} à {p.place_of_birth}, est de "
           f"nationalité {c.nationality_fr} et figure au registre des ressortissants établis dans la "
           f"circonscription sous le n° {rng.randint(1000, 99999)}.", indent=120 if photo else 0)
    f.y = max(f.y, keep + 140) if photo else f.y
    f.para("Cette attestation est délivrée à l'intéressé(e) sur sa demande pour servir auprès des autorités "
           "françaises ce que de droit.", after=30)
    f.para("Pour le Consul général et par délégation,", align="right", after=2)
    f.para("Le Chef de chancellerie", align="right", after=4)
    sign_at(f.sheet, 400, f.y + 24, rng)
    return f.sheets, _cons_truth(ctx, p, photo)


def consular_certificate_two_columns(ctx: DocContext, rng: random.Random) -> Built:
    """An embassy's certificate with the English text on the left and the French on the right, a portrait box at
    the top when there is one, dates 'March 5, 2026' and '5 mars 2026'."""
    p = ctx.shown("consular_attestation")
    c = p.country
    photo = "consular_attestation" not in ctx.without_photo
    sh = Sheet()
    sh.text(297, 50, f"EMBASSY OF {c.name_en.upper()} IN FRANCE", 13, bold=True, align="center")
    sh.text(297, 66, f"AMBASSADE {du(c.name_fr).upper()} EN FRANCE", 10.5, align="center", gray=0.25)
    sh.add(Box(60, 78, 475, 0.1, stroke=0.3, line=1))
    y = 100
    if photo:
        sh.photo(247, 92, 100, 128)
        y = 240
    sh.text(297, y + 8, "CONSULAR CERTIFICATE - ATTESTATION CONSULAIRE", 13, bold=True, align="center")
    num = f"{rng.randint(100, 9999)}/{ctx.consular_att_issue.year}"
    en = (f"The Consular Section of the Embassy certifies that {civ(p, 'en')} {p.given_names} {caps(p.surname)}, "
          f"born on {fmt_date(p.date_of_birth, 'en_long')} in {p.place_of_birth}, holder of passport "
          f"No. {p.passport_number}, is a national of {c.name_en} registered with this Embassy under No. {num}."
          + (" The photograph above is that of the holder." if photo else "")
          + f" Issued in Paris on {fmt_date(ctx.consular_att_issue, 'en_long')}.")
    fr = (f"La section consulaire de l'Ambassade certifie que {civ(p, 'fr')} {p.given_names} {caps(p.surname)}, "
          f"{ne(p)} le {fr_plain(p.date_of_birth)} à {p.place_of_birth}, titulaire du passeport "
          f"n° {p.passport_number}, est de nationalité {c.nationality_fr}, immatriculé(e) sous le n° {num}."
          + (" La photographie ci-dessus est celle du titulaire." if photo else "")
          + f" Délivré à Paris le {fr_plain(ctx.consular_att_issue)}.")
    yy = y + 40
    for i, (para, gray) in enumerate(((en, 0.0), (fr, 0.2))):
        x = 60 + i * 248
        for j, line in enumerate(wrap(para, 228, "sans", 10)):
            sh.text(x, yy + j * 14, line, 10, gray=gray)
    sh.add(Box(297, yy - 12, 0.1, 250, stroke=0.5, line=0.5))
    seal(sh, 150, 700, 44, f"EMBASSY {c.name_en}", ["CONSULAR", "SECTION"])
    sign_at(sh, 380, 690, rng)
    sh.text(420, 730, "The Consul / Le Consul", 9, align="center", gray=0.3)
    return [sh], _cons_truth(ctx, p, photo)
