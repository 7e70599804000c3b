"""Seventh held-out batch: birth certificates, certificates of nationality and consular attestations."""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, civ, du, ne, person_truth, squiggle
from synth.documents.held7_common import (
    LANG,
    STAMP_BLUE,
    STAMP_RED,
    STAMP_VIOLET,
    STATE,
    box_stamp,
    ds,
    fit,
    hline,
    page_marks,
    para,
    ring,
    sex_word,
    sign,
    vline,
)
from synth.documents.registry import caps
from synth.formats import days, fr_number
from synth.identity import Identity
from synth.layout import Box, Flow, Sheet, Text

MOTTO = {"SEN": "UN PEUPLE - UN BUT - UNE FOI", "CMR": "PAIX - TRAVAIL - PATRIE", "MAR": "DIEU - LA PATRIE - LE ROI",
         "NGA": "UNITY AND FAITH, PEACE AND PROGRESS", "VNM": "Độc lập - Tự do - Hạnh phúc",
         "BRA": "ORDEM E PROGRESSO", "COL": "LIBERTAD Y ORDEN", "IND": "SATYAMEVA JAYATE"}


def _birth_truth(ctx: DocContext, p: Identity, lang: str) -> dict[str, str]:
    return person_truth(p) | {"sex": p.sex, "place_of_birth": p.place_of_birth, "copy_kind": ctx.birth_copy_kind,
                              "issue_date": ctx.birth_issue.isoformat(), "language": lang}


def _parents(p: Identity, rng: random.Random) -> tuple[str, str]:
    c = p.country
    return (f"{rng.choice(c.male).split()[0]} {p.surname}",
            f"{rng.choice(c.female).split()[0]} {rng.choice(c.surnames)}")


def _hour_words(h: int, m: int) -> str:
    hours = "minuit" if h == 0 else f"{'une' if h == 1 else fr_number(h)} heure{'s' if h > 1 else ''}"
    return f"{hours} {fr_number(m)} minutes" if m else hours


def birth_register_capitals_margin(ctx: DocContext, rng: random.Random) -> Built:
    """A registry act typed in capitals without accents, marginal mentions in a left column."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    lang = "fr" if c.french_speaking else "en"
    father, mother = _parents(p, rng)
    sh = Sheet()
    sh.add(Text(150, 50, caps(STATE[c.code]) if lang == "fr" else STATE[c.code], 11, bold=True, align="center"))
    if c.code in MOTTO:
        sh.add(Text(150, 64, MOTTO[c.code], 8, align="center", gray=0.25))
    region = rng.choice(c.cities)
    if lang == "fr":
        head = [f"REGION DE {caps(region)}", f"COMMUNE DE {caps(p.place_of_birth)}", "CENTRE D'ETAT CIVIL"]
    else:
        head = [f"STATE OF {caps(region)}", f"LOCAL REGISTRY OF {caps(p.place_of_birth)}", "BIRTHS REGISTER"]
    for i, line in enumerate(head):
        sh.add(Text(40, 92 + i * 13, line, 8.5, bold=i == 2))
    reg = rng.randint(1, 12)
    act = rng.randint(100, 3999)
    sh.add(Text(555, 92, f"{'ANNEE' if lang == 'fr' else 'YEAR'} {p.date_of_birth.year}", 8.5, align="right"))
    sh.add(Text(555, 105, f"{'REGISTRE' if lang == 'fr' else 'VOLUME'} N° {reg}  -  "
                          f"{'ACTE' if lang == 'fr' else 'ENTRY'} N° {act}", 8.5, align="right"))
    if lang == "fr":
        title = "COPIE LITTERALE D'ACTE DE NAISSANCE" if full else "EXTRAIT D'ACTE DE NAISSANCE"
    else:
        title = "CERTIFIED TRUE COPY OF AN ENTRY OF BIRTH" if full else "EXTRACT OF AN ENTRY OF BIRTH"
    sh.add(Text(340, 160, title, 13, bold=True, align="center"))
    # left column: marginal mentions
    vline(sh, 150, 180, 520, gray=0.3)
    sh.add(Text(40, 194, "MENTIONS" if lang == "fr" else "MARGINAL", 8, bold=True))
    sh.add(Text(40, 206, "MARGINALES" if lang == "fr" else "NOTES", 8, bold=True))
    if full:
        note = "NEANT" if lang == "fr" else "NIL"
        para(sh, 40, 214, note, 104, size=8, family="mono")
    else:
        para(sh, 40, 214, "(NON REPRODUITES)" if lang == "fr" else "(NOT SHOWN)", 104, size=8, family="mono")
    x, w = 162.0, 393.0
    hh, mm = rng.randint(0, 23), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
    sex = caps(sex_word(p, lang))
    if lang == "fr" and full:
        body = (f"LE {caps(ds(p.date_of_birth, 'words'))}, A {caps(_hour_words(hh, mm))}, EST {caps(ne(p))} "
                f"A {caps(p.place_of_birth)} : {caps(p.given_names)} {caps(p.surname)}, DE SEXE {sex}, "
                f"{'FILLE' if p.sex == 'F' else 'FILS'} DE {caps(father)}, "
                f"{rng.choice(('CULTIVATEUR', 'COMMERCANT', 'CHAUFFEUR', 'MENUISIER'))}, ET DE {caps(mother)}, "
                f"{rng.choice(('MENAGERE', 'COUTURIERE', 'INSTITUTRICE'))}, DOMICILIES A {caps(p.place_of_birth)}.")
        body2 = (f"DRESSE LE {ds(p.date_of_birth + days(rng.randint(1, 20)), 'slash')} SUR LA DECLARATION DU PERE, "
                 "LEQUEL, LECTURE FAITE, A SIGNE AVEC NOUS, OFFICIER DE L'ETAT CIVIL.")
        y = para(sh, x, 180, body, w, size=9.5, family="mono", lead=1.55)
        y = para(sh, x, y + 8, body2, w, size=9.5, family="mono", lead=1.55)
    elif lang == "en" and full:
        body = (f"ON THE {caps(ds(p.date_of_birth, 'ord_of'))} AT {hh:02d}:{mm:02d} HOURS WAS BORN AT "
                f"{caps(p.place_of_birth)} A CHILD OF THE {sex} SEX, NAMED {caps(p.given_names)} {caps(p.surname)}, "
                f"WHOSE FATHER IS {caps(father)} AND WHOSE MOTHER IS {caps(mother)}, BOTH RESIDING AT "
                f"{caps(p.place_of_birth)}.")
        body2 = (f"REGISTERED ON {ds(p.date_of_birth + days(rng.randint(1, 20)), 'slash')} UPON THE INFORMATION OF "
                 "THE FATHER, BY THE UNDERSIGNED REGISTRAR.")
        y = para(sh, x, 180, body, w, size=9.5, family="mono", lead=1.55)
        y = para(sh, x, y + 8, body2, w, size=9.5, family="mono", lead=1.55)
    else:
        labels = (("NOM", "PRENOMS", "SEXE", "NE(E) LE", "A") if lang == "fr"
                  else ("SURNAME", "FORENAMES", "SEX", "DATE OF BIRTH", "PLACE OF BIRTH"))
        values = (caps(p.surname), caps(p.given_names), sex, ds(p.date_of_birth, "slash"), caps(p.place_of_birth))
        y = 186.0
        for lab, val in zip(labels, values, strict=True):
            sh.add(Text(x, y, f"{lab} ", 9.5, family="mono"))
            sh.add(Text(x + 120, y, f": {val}", 9.5, family="mono", bold=True))
            y += 19
    sh.add(Text(x, y + 34, ("POUR COPIE CONFORME" if full else "POUR EXTRAIT CONFORME") if lang == "fr"
                else ("CERTIFIED A TRUE COPY" if full else "CERTIFIED EXTRACT"), 9.5, family="mono", bold=True))
    sh.add(Text(x, y + 52, (f"DELIVRE A {caps(p.place_of_birth)}, LE {ds(ctx.birth_issue, 'slash')}" if lang == "fr"
                            else f"ISSUED AT {caps(p.place_of_birth)} ON {ds(ctx.birth_issue, 'slash')}"), 9.5,
                family="mono"))
    sh.add(Text(x + 210, y + 84, "L'OFFICIER DE L'ETAT CIVIL" if lang == "fr" else "THE REGISTRAR", 8.5, bold=True))
    ring(sh, x + 150, y + 120, 40, [caps(p.place_of_birth), "ETAT CIVIL" if lang == "fr" else "REGISTRY"],
         rgb=STAMP_VIOLET)
    sign(sh, x + 220, y + 112, rng)
    hline(sh, 40, 770, 515, gray=0.5)
    sh.add(Text(40, 784, ("Timbre fiscal acquitté" if lang == "fr" else "Fee paid") + f" - {rng.randint(200, 2000)}",
                7.5, gray=0.4))
    return [sh], _birth_truth(ctx, p, lang)


_ORIG = {
    "es": ("REGISTRO CIVIL DE NACIMIENTO", "Registraduría Nacional del Estado Civil", "COPIA ÍNTEGRA", "EXTRACTO",
           ("Apellidos", "Nombres", "Sexo", "Fecha de nacimiento", "Lugar de nacimiento", "Padre", "Madre"),
           "Fecha de expedición", "espagnol"),
    "pt": ("CERTIDÃO DE NASCIMENTO", "Registro Civil das Pessoas Naturais", "INTEIRO TEOR", "BREVE RELATÓRIO",
           ("Sobrenome", "Nome", "Sexo", "Data de nascimento", "Local de nascimento", "Pai", "Mãe"),
           "Data de emissão", "portugais"),
    "vi": ("GIẤY KHAI SINH", "Ủy ban nhân dân", "BẢN SAO", "TRÍCH LỤC",
           ("Họ", "Tên", "Giới tính", "Ngày sinh", "Nơi sinh", "Họ tên cha", "Họ tên mẹ"),
           "Ngày cấp", "vietnamien"),
    "de": ("GEBURTENREGISTER", "Standesamt", "BEGLAUBIGTER REGISTERAUSDRUCK", "GEBURTSURKUNDE",
           ("Familienname", "Vornamen", "Geschlecht", "Geburtstag", "Geburtsort", "Vater", "Mutter"),
           "Ausstellungsdatum", "allemand"),
    "it": ("ATTO DI NASCITA", "Ufficio dello Stato Civile", "COPIA INTEGRALE", "ESTRATTO PER RIASSUNTO",
           ("Cognome", "Nome", "Sesso", "Data di nascita", "Luogo di nascita", "Padre", "Madre"),
           "Data di rilascio", "italien"),
    "en": ("CERTIFICATE OF BIRTH", "Registrar of Births and Deaths", "CERTIFIED FULL COPY", "SHORT EXTRACT",
           ("Surname", "Name", "Sex", "Date of birth", "Place of birth", "Father", "Mother"), "Date of issue",
           "anglais"),
}


def birth_original_and_sworn_translation(ctx: DocContext, rng: random.Random) -> Built:
    """The act as the home registry issues it, then a sworn French translation (or a legalisation when French)."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    own = LANG.get(c.code, "en")
    father, mother = _parents(p, rng)
    sheets: list[Sheet] = []
    if own == "fr":
        f = Flow(family="serif", size=11)
        f.para(STATE[c.code], bold=True, align="center", after=1)
        f.para(MOTTO.get(c.code, ""), size=9, align="center", after=14)
        f.para(f"Commune de {p.place_of_birth} — Bureau de l'état civil", after=2)
        f.para(f"Acte de naissance n° {rng.randint(10, 2999)} / {p.date_of_birth.year}", after=16)
        f.title("COPIE INTÉGRALE DE L'ACTE DE NAISSANCE" if full else "EXTRAIT DE L'ACTE DE NAISSANCE", 14)
        if full:
            f.para(f"Le {ds(p.date_of_birth, 'fr')}, est {ne(p)} à {p.place_of_birth} {p.given_names} "
                   f"{p.surname.upper()}, de sexe {sex_word(p, 'fr')}, de {father} et de {mother}. Acte dressé sur "
                   "la déclaration de la mère, qui a signé avec nous après lecture.")
            f.para("Mentions marginales : néant.")
        else:
            for lab, val in (("Nom", p.surname.upper()), ("Prénom(s)", p.given_names),
                             ("Date de naissance", ds(p.date_of_birth, "slash")), ("Lieu", p.place_of_birth)):
                f.para(f"{lab} : {val}", after=2)
        f.space(14)
        f.para(f"Délivré le {ds(ctx.birth_issue, 'slash')}, l'officier de l'état civil.")
        f.signature(squiggle(rng))
        sheets.extend(f.sheets)
        sh = Sheet()
        sh.add(Text(297, 90, "LÉGALISATION", 16, bold=True, align="center"))
        y = para(sh, 70, 120, f"Ministère des Affaires étrangères {du(c.name_fr)}. Vu pour la légalisation de la "
                 f"signature de l'officier de l'état civil de {p.place_of_birth} apposée sur l'acte de naissance de "
                 f"{p.given_names} {p.surname.upper()} ci-contre.", 455, size=11)
        para(sh, 70, y + 16, f"Légalisation n° {rng.randint(1000, 99999)} — droits perçus.", 455, size=11)
        ring(sh, 200, y + 120, 52, ["MINISTÈRE", "AFFAIRES", "ÉTRANGÈRES"], rgb=STAMP_BLUE)
        sign(sh, 330, y + 110, rng)
        sheets.append(sh)
        page_marks(sheets, "{i}/{n}")
        return sheets, _birth_truth(ctx, p, "fr")
    title, office, full_w, ext_w, labels, issued, lang_fr = _ORIG[own]
    sh = Sheet(background=(0.98, 0.97, 0.93))
    fit(sh, 297, 52, STATE[c.code], 12, 500, bold=True, align="center")
    if c.code in MOTTO:
        sh.add(Text(297, 67, MOTTO[c.code], 9, align="center", gray=0.3))
    sh.add(Text(297, 92, f"{office} — {p.place_of_birth}", 10, align="center"))
    sh.add(Text(297, 128, title, 16, bold=True, align="center"))
    sh.add(Text(297, 146, full_w if full else ext_w, 11, bold=True, align="center", gray=0.25))
    serial = rng.randint(10_000_000, 99_999_999)
    sh.add(Text(60, 172, f"N° {serial}", 9, family="mono"))
    values = (p.surname.upper(), p.given_names, sex_word(p, own), p.date_of_birth.strftime("%d/%m/%Y"),
              f"{p.place_of_birth}, {c.name_en if own == 'en' else c.name_fr}", father, mother)
    rows = len(values) if full else 5
    y = 190.0
    for i in range(rows):
        sh.add(Box(60, y, 475, 30, stroke=0.4, line=0.5))
        sh.add(Text(66, y + 11, labels[i], 7.5, gray=0.35))
        fit(sh, 66, y + 25, values[i], 11.5, 460, bold=True)
        y += 30
    if own == "es":
        d = p.date_of_birth
        sh.add(Text(60, y + 18, f"Año {d.year}   Mes {d.month:02d}   Día {d.day:02d}", 9, gray=0.3))
    sh.add(Text(60, y + 48, f"{issued}: {ctx.birth_issue.strftime('%d/%m/%Y')}", 10.5))
    ring(sh, 420, y + 100, 44, [office.split()[0].upper(), p.place_of_birth.upper()], rgb=STAMP_VIOLET)
    sign(sh, 330, y + 95, rng)
    sheets.append(sh)
    # the sworn translation
    f = Flow(family="serif", size=10.5)
    f.para(f"{rng.choice(('Cabinet', 'Bureau'))} de traduction {rng.choice(('Lemaire', 'Ferrand', 'Aubry'))} — "
           "expert traducteur près la Cour d'appel de " + rng.choice(("Paris", "Lyon", "Versailles", "Rennes")),
           size=9, after=12)
    f.title(f"TRADUCTION DE L'{lang_fr.upper()}", 13)
    f.para(f"Document : {'copie intégrale' if full else 'extrait'} d'acte de naissance "
           f"({full_w if full else ext_w})", align="center", after=14)
    trans = [("Nom", p.surname.upper()), ("Prénom(s)", p.given_names), ("Sexe", sex_word(p, "fr")),
             ("Date de naissance", ds(p.date_of_birth, "fr")), ("Lieu de naissance", f"{p.place_of_birth} "
                                                                                      f"({c.name_fr})")]
    if full:
        trans += [("Père", father), ("Mère", mother), ("Mentions", "aucune")]
    for lab, val in trans:
        f.para(f"{lab} : {val}", after=3)
    f.para(f"Date de délivrance de l'original : {ds(ctx.birth_issue, 'fr')}", after=16)
    f.para("Traduction certifiée conforme à l'original rédigé en langue " + lang_fr + ", qui m'a été présenté.")
    tdate = ctx.birth_issue + days(rng.randint(2, 12))
    f.para(f"Fait le {ds(tdate, 'slash')}, traduction n° {rng.randint(100, 9999)}/{tdate.year}.", after=20)
    y = f.y
    ring(f.sheet, 420, y + 40, 46, ["TRADUCTEUR", "EXPERT", "COUR D'APPEL"], rgb=STAMP_BLUE)
    sign(f.sheet, 120, y + 40, rng)
    sheets.extend(f.sheets)
    page_marks(sheets, "{i}/{n}", x=540, align="right")
    return sheets, _birth_truth(ctx, p, "fr")


def birth_numbered_table_pages(ctx: DocContext, rng: random.Random) -> Built:
    """A bilingual numbered form: the child on page 1, parents and certification on page 2 (full copy)."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    lang = "en" if LANG.get(c.code) == "en" or (not c.french_speaking and rng.random() < 0.5) else "fr"

    def lab(fr: str, en: str) -> str:
        return f"{fr} / {en}" if lang == "fr" else f"{en} / {fr}"

    father, mother = _parents(p, rng)
    style = "dot"
    rows = [
        (lab("Nom", "Surname"), p.surname.upper()), (lab("Prénoms", "Given names"), p.given_names),
        (lab("Sexe", "Sex"), sex_word(p, lang)),
        (lab("Date de naissance", "Date of birth"), f"{ds(p.date_of_birth, style)}  ({ds(p.date_of_birth, 'en_dm')})"),
        (lab("Heure", "Time"), f"{rng.randint(0, 23):02d}h{rng.randint(0, 59):02d}"),
        (lab("Lieu de naissance", "Place of birth"), f"{p.place_of_birth} ({c.name_fr if lang == 'fr' else c.name_en})"),
    ]
    more = [
        (lab("Père", "Father"), f"{father}, {rng.randint(24, 45)} ans/years"),
        (lab("Mère", "Mother"), f"{mother}, {rng.randint(20, 40)} ans/years"),
        (lab("Déclarant", "Informant"), rng.choice((lab("le père", "the father"), lab("la mère", "the mother")))),
        (lab("Date de l'enregistrement", "Date of registration"),
         ds(p.date_of_birth + days(rng.randint(2, 30)), style)),
        (lab("Mentions marginales", "Marginal notes"), lab("néant", "none")),
    ]
    sheets = []
    sh = Sheet()
    sh.add(Box(40, 40, 515, 60, rgb=(0.9, 0.92, 0.95), stroke=None))
    fit(sh, 297, 62, STATE[c.code], 12, 480, bold=True, align="center")
    sh.add(Text(297, 82, lab(f"Service de l'état civil de {p.place_of_birth}", f"Civil registration, "
                             f"{p.place_of_birth}"), 9.5, align="center"))
    title = (lab("COPIE INTÉGRALE D'ACTE DE NAISSANCE", "FULL COPY OF BIRTH RECORD") if full
             else lab("EXTRAIT D'ACTE DE NAISSANCE", "BIRTH RECORD EXTRACT"))
    fit(sh, 297, 134, title, 13.5, 500, bold=True, align="center")
    sh.add(Text(60, 160, f"Réf. {rng.randint(1, 9)}-{p.date_of_birth.year}-{rng.randint(1000, 99999):05d}", 9,
                family="mono", gray=0.3))

    def table(s: Sheet, y: float, items: list[tuple[str, str]], start: int) -> float:
        for i, (k, v) in enumerate(items, start):
            s.add(Box(56, y, 30, 34, stroke=0.4, line=0.5))
            s.add(Text(71, y + 21, str(i), 10, bold=True, align="center"))
            s.add(Box(86, y, 190, 34, stroke=0.4, line=0.5, fill=0.96))
            fit(s, 92, y + 21, k, 8.5, 180, gray=0.2)
            s.add(Box(276, y, 263, 34, stroke=0.4, line=0.5))
            fit(s, 282, y + 21, v, 10.5, 252, bold=True)
            y += 34
        return y

    y = table(sh, 176, rows, 1)
    if full:
        sh.add(Text(540, y + 26, lab("suite au verso", "continued overleaf"), 8.5, align="right", gray=0.4))
        sheets.append(sh)
        sh = Sheet()
        y = table(sh, 70, more, len(rows) + 1)
    else:
        y = table(sh, y, more[-1:], len(rows) + 1)
    y = para(sh, 56, y + 20, lab("Certifié conforme au registre.", "Certified true to the register.") +
             f"  {lab('Délivré le', 'Issued on')} {ds(ctx.birth_issue, style)}.", 480, size=10.5)
    sh.add(Text(360, y + 34, lab("L'officier d'état civil", "The registrar"), 9, gray=0.3))
    sign(sh, 370, y + 70, rng)
    box_stamp(sh, 80, y + 40, 180, [lab("ÉTAT CIVIL", "CIVIL REGISTRY"), p.place_of_birth.upper(),
                                    f"{rng.randint(10, 99)}"], rgb=STAMP_RED)
    sheets.append(sh)
    if len(sheets) > 1:
        page_marks(sheets, "Page {i} / {n}")
    return sheets, _birth_truth(ctx, p, lang)


# ---------------------------------------------------------------- certificates of nationality


def _nat_truth(ctx: DocContext, p: Identity, photo: bool) -> dict[str, str]:
    return person_truth(p) | {"nationality": p.country.code, "issue_date": ctx.natcert_issue.isoformat(),
                              "has_photo": str(photo).lower()}


def nationality_court_certifions(ctx: DocContext, rng: random.Random) -> Built:
    """A court's certificate: 'Nous, Président ... CERTIFIONS', photo under a stamp (French) or High Court (English)."""
    p = ctx.shown("nationality_certificate")
    c = p.country
    photo = "nationality_certificate" not in ctx.without_photo
    fr = c.french_speaking
    city = rng.choice(c.cities)
    father, mother = _parents(p, rng)
    f = Flow(family="serif", size=11)
    if photo:
        f.sheet.photo(62, 150, 92, 118)
        ring(f.sheet, 140, 250, 36, ["TRIBUNAL" if fr else "HIGH COURT", city.upper()], rgb=STAMP_BLUE)
    f.para(STATE[c.code] if fr else c.name_en.upper(), bold=True, align="right", after=1)
    f.para(MOTTO.get(c.code, "") or "—", size=9, align="right", after=8)
    f.para(f"TRIBUNAL DE PREMIÈRE INSTANCE DE {city.upper()}" if fr else f"HIGH COURT OF {city.upper()}",
           bold=True, align="right", after=1)
    f.para("Cabinet du Président" if fr else "Office of the Chief Registrar", align="right", after=30)
    f.y = max(f.y, 290 if photo else f.y)
    number = f"N° {rng.randint(100, 9999)}/{ctx.natcert_issue.year}/{'CN' if fr else 'NC'}"
    f.title("CERTIFICAT DE NATIONALITÉ" if fr else "CERTIFICATE OF NATIONALITY", 15)
    f.para(number, align="center", after=14)
    judge = f"{rng.choice(c.male + c.female).split()[0]} {rng.choice(c.surnames).upper()}"
    if fr:
        f.para(f"Nous, {judge}, Président du Tribunal de Première Instance de {city}, agissant conformément aux "
               "dispositions du Code de la nationalité ;")
        f.para("Vu les pièces produites par le requérant ;")
        f.para("CERTIFIONS que :", bold=True, after=4)
        f.para(f"{civ(p, 'fr')} {p.surname.upper()} {p.given_names}, {ne(p)} le {ds(p.date_of_birth, 'words')} "
               f"({ds(p.date_of_birth, 'slash')}) à {p.place_of_birth}, de {father} et de {mother},", indent=20)
        f.para(f"est de nationalité {c.nationality_fr}, comme {ne(p)} dans le pays d'un parent qui y est "
               "lui-même né.", indent=20)
        f.para("En foi de quoi, le présent certificat lui est délivré pour servir et valoir ce que de droit.")
        f.space(8)
        f.para(f"{city}, le {ds(ctx.natcert_issue, 'slash')}", align="right")
        f.para("Le Président", align="right", after=2)
    else:
        f.para(f"I, {judge}, Chief Registrar of the High Court of {city}, having examined the documents produced,")
        f.para("HEREBY CERTIFY that", bold=True, after=4)
        f.para(f"{civ(p, 'en')} {p.surname.upper()} {p.given_names}, born on the {ds(p.date_of_birth, 'ord_of')} "
               f"at {p.place_of_birth}, child of {father} and {mother},", indent=20)
        f.para(f"is a citizen of {c.name_en} by birth.", indent=20)
        f.para("This certificate is issued for whatever purpose it may serve.")
        f.space(8)
        f.para(f"Given at {city} this {ds(ctx.natcert_issue, 'ord_of')}", align="right")
        f.para("Chief Registrar", align="right", after=2)
    sign(f.sheet, 390, f.y + 30, rng)
    box_stamp(f.sheet, 62, f.y + 20, 160, ["DROITS ACQUITTÉS" if fr else "FEES PAID",
                                           f"{rng.randint(1, 9)} 000"], rgb=STAMP_RED)
    return f.sheets, _nat_truth(ctx, p, photo)


def nationality_ministry_two_columns(ctx: DocContext, rng: random.Random) -> Built:
    """An interior ministry's certificate, English in the left column and French in the right."""
    p = ctx.shown("nationality_certificate")
    c = p.country
    photo = "nationality_certificate" not in ctx.without_photo
    sh = Sheet()
    sh.add(Text(297, 50, f"{c.name_en.upper()}  ·  {c.name_fr.upper()}", 12, bold=True, align="center"))
    sh.add(Text(297, 66, "Ministry of the Interior  ·  Ministère de l'Intérieur", 9.5, align="center", gray=0.25))
    sh.add(Text(297, 80, "Nationality and Civil Status Department  ·  Direction de la nationalité", 8.5,
                align="center", gray=0.35))
    hline(sh, 50, 92, 495, gray=0.3, t=1.2)
    top = 110.0
    if photo:
        sh.photo(252, 104, 90, 116)
        ring(sh, 330, 206, 30, ["MINISTRY", "SEAL"], rgb=STAMP_BLUE)
        top = 234.0
    sh.add(Text(160, top + 14, "CERTIFICATE OF NATIONALITY", 12, bold=True, align="center"))
    sh.add(Text(435, top + 14, "CERTIFICAT DE NATIONALITÉ", 12, bold=True, align="center"))
    n = f"{rng.choice('ABCDEFGH')}{rng.randint(10000, 99999)}"
    sh.add(Text(160, top + 30, f"No. {n}", 9.5, align="center"))
    sh.add(Text(435, top + 30, f"N° {n}", 9.5, align="center"))
    en = (f"The Ministry of the Interior certifies that {p.given_names} {p.surname.upper()}, born on "
          f"{ds(p.date_of_birth, 'ord')} at {p.place_of_birth}, is a national of {c.name_en}. This certificate "
          "was issued on the basis of the civil status records and the national register of citizens.")
    fr = (f"Le Ministère de l'Intérieur certifie que {p.given_names} {p.surname.upper()}, {ne(p)} le "
          f"{ds(p.date_of_birth, 'fr')} à {p.place_of_birth}, possède la nationalité {c.nationality_fr}. Le présent "
          "certificat est établi au vu des registres de l'état civil et du registre national des nationaux.")
    y1 = para(sh, 52, top + 44, en, 230, size=10, family="serif")
    y2 = para(sh, 312, top + 44, fr, 230, size=10, family="serif")
    y = max(y1, y2) + 20
    vline(sh, 297, top + 40, y + 10 - top - 40, gray=0.6)
    para(sh, 52, y, f"Issued on {ds(ctx.natcert_issue, 'ord')}.", 230, size=10, family="serif")
    para(sh, 312, y, f"Délivré le {ds(ctx.natcert_issue, 'fr')}.", 230, size=10, family="serif")
    sh.add(Text(297, y + 60, "For the Minister / Pour le Ministre", 9, align="center", gray=0.3))
    sign(sh, 250, y + 90, rng)
    sh.add(Text(297, 800, "Any alteration renders this certificate void · Toute surcharge annule ce certificat", 7.5,
                align="center", gray=0.45))
    return [sh], _nat_truth(ctx, p, photo)


# ---------------------------------------------------------------- consular attestations


def _att_truth(ctx: DocContext, p: Identity, photo: bool) -> dict[str, str]:
    return person_truth(p) | {"nationality": p.country.code, "issue_date": ctx.consular_att_issue.isoformat(),
                              "has_photo": str(photo).lower()}


def consular_attestation_registration_letter(ctx: DocContext, rng: random.Random) -> Built:
    """A consulate's registration attestation on letterhead, dated at the top, photo glued on the right."""
    p = ctx.shown("consular_attestation")
    c = p.country
    photo = "consular_attestation" not in ctx.without_photo
    seat = rng.choice(("Paris", "Paris", "Lyon", "Marseille", "Bordeaux"))
    sh = Sheet()
    sh.add(Box(50, 40, 46, 56, rgb=(0.2, 0.35, 0.25), stroke=None))
    sh.add(Text(73, 74, c.code, 11, bold=True, align="center", gray=1.0))
    sh.add(Text(108, 56, STATE[c.code], 10.5, bold=True))
    sh.add(Text(108, 71, f"Consulat général {du(c.name_fr)} à {seat}", 10))
    sh.add(Text(108, 85, "Section consulaire — état civil et immatriculation", 8.5, gray=0.35))
    sh.add(Text(50, 130, f"N/Réf. : {rng.randint(100, 9999)}/CG/{seat[:3].upper()}/{ctx.consular_att_issue.year}",
                9.5, family="mono"))
    sh.add(Text(545, 130, f"{seat}, le {ds(ctx.consular_att_issue, 'fr')}", 10.5, align="right", family="serif"))
    if photo:
        sh.photo(440, 160, 96, 122)
        ring(sh, 440, 270, 32, ["CONSULAT", seat.upper()], rgb=STAMP_BLUE)
    sh.add(Text(50 if photo else 297, 200, "ATTESTATION D'IMMATRICULATION", 15, bold=True,
                align="left" if photo else "center"))
    width = 370 if photo else 495
    y = para(sh, 50, 232, f"Le Consul général {du(c.name_fr)} à {seat} atteste que :", width, size=11)
    fields = [("Nom", p.surname.upper()), ("Prénom(s)", p.given_names),
              ("Date et lieu de naissance", f"{ds(p.date_of_birth, 'slash')} à {p.place_of_birth}"),
              ("Nationalité", c.nationality_fr), ("Passeport n°", p.passport_number),
              ("N° d'immatriculation", f"{rng.randint(10000, 99999)}")]
    y += 10
    for k, v in fields:
        y += 19
        sh.add(Text(70, y, k, 10.5, family="serif", gray=0.2))
        fit(sh, 230, y, f": {v}", 10.5, 300 if photo else 320, family="serif", bold=True)
    y = max(y, 300.0)
    y = para(sh, 50, y + 16, f"est {'inscrite' if p.sex == 'F' else 'inscrit'} au registre des {c.nationality_fr}s "
             f"établis dans la circonscription consulaire de {seat}. "
             + ("La photographie apposée ci-dessus est celle de l'intéressé(e). " if photo else "")
             + "La présente attestation est délivrée à la demande de l'intéressé(e) pour servir et valoir ce que de "
               "droit.", 495, size=11)
    sh.add(Text(400, y + 40, "Le Consul général", 10.5, family="serif"))
    sign(sh, 400, y + 75, rng)
    ring(sh, 340, y + 80, 40, ["CONSULAT GÉNÉRAL", c.name_fr.upper(), seat.upper()], rgb=STAMP_BLUE, size=6)
    hline(sh, 50, 780, 495, gray=0.5)
    sh.add(Text(297, 794, f"{rng.randint(2, 90)} rue {rng.choice(('de Lübeck', 'Lord Byron', 'de Prony', 'Copernic'))}"
                f" · {seat} · Tél. 01 {rng.randint(40, 58)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
                f"{rng.randint(10, 99)}", 8, align="center", gray=0.35))
    return [sh], _att_truth(ctx, p, photo)


_ATT_OWN = {"es": ("CERTIFICADO CONSULAR", "Apellidos", "Nombres", "Fecha de nacimiento", "Lugar de nacimiento",
                   "Pasaporte", "Expedido el"),
            "pt": ("ATESTADO CONSULAR", "Sobrenome", "Nome", "Data de nascimento", "Local de nascimento",
                   "Passaporte", "Emitido em"),
            "vi": ("GIẤY XÁC NHẬN LÃNH SỰ", "Họ", "Tên", "Ngày sinh", "Nơi sinh", "Hộ chiếu", "Cấp ngày"),
            "de": ("KONSULARISCHE BESCHEINIGUNG", "Name", "Vornamen", "Geburtsdatum", "Geburtsort", "Reisepass",
                   "Ausgestellt am"),
            "it": ("ATTESTAZIONE CONSOLARE", "Cognome", "Nome", "Data di nascita", "Luogo di nascita", "Passaporto",
                   "Rilasciato il"),
            "en": ("CONSULAR CERTIFICATE", "Surname", "Given names", "Date of birth", "Place of birth", "Passport",
                   "Issued on"),
            "fr": ("ATTESTATION CONSULAIRE D'IDENTITÉ", "Nom", "Prénoms", "Date de naissance", "Lieu de naissance",
                   "Passeport", "Délivrée le")}
_ATT_FR = ("ATTESTATION CONSULAIRE", "Nom", "Prénoms", "Date de naissance", "Lieu de naissance", "Passeport",
           "Délivrée le")


def consular_attestation_form_own_language(ctx: DocContext, rng: random.Random) -> Built:
    """A consular form in the country's language with French captions, a table and a validity note."""
    p = ctx.shown("consular_attestation")
    c = p.country
    own = LANG.get(c.code, "en")
    photo = "consular_attestation" not in ctx.without_photo
    o = _ATT_OWN[own]
    sh = Sheet()
    fit(sh, 297, 48, f"{STATE[c.code]}", 11, 500, bold=True, align="center")
    sh.add(Text(297, 64, f"Consulat général {du(c.name_fr)} en France — Paris", 9.5, align="center", gray=0.25))
    sh.add(Box(60, 84, 475, 40, rgb=(0.88, 0.9, 0.94), stroke=None))
    sh.add(Text(297, 101, o[0], 13.5, bold=True, align="center"))
    if own != "fr":
        sh.add(Text(297, 117, f"({_ATT_FR[0]})", 9.5, align="center", gray=0.3))
    y = 146.0
    if photo:
        sh.add(Box(420, y, 115, 150, stroke=0.4))
        sh.photo(430, y + 10, 95, 122)
        sh.add(Text(477, y + 144, "Foto / Photo" if own in ("es", "pt", "it") else "Photo", 7, align="center",
                    gray=0.4))
    tw = 345 if photo else 475
    vals = [p.surname.upper(), p.given_names, ds(p.date_of_birth, "slash"), p.place_of_birth, p.passport_number,
            c.nationality_fr]
    labels = [f"{o[i]} / {_ATT_FR[i]}" if own != "fr" else _ATT_FR[i] for i in range(1, 6)] + [
        "Nacionalidad / Nationalité" if own == "es" else "Nationality / Nationalité" if own != "fr"
        else "Nationalité"]
    for k, v in zip(labels, vals, strict=True):
        sh.add(Box(60, y, tw, 30, stroke=0.45, line=0.5))
        fit(sh, 66, y + 11, k, 7, tw - 12, gray=0.35)
        fit(sh, 66, y + 25, v, 11, tw - 12, bold=True)
        y += 30
    y = max(y, 320.0) + 10
    y = para(sh, 60, y, "Le Consul général certifie l'identité et la nationalité de la personne désignée ci-dessus, "
             "immatriculée auprès du consulat. Cette attestation est valable trois mois à compter de sa date de "
             "délivrance.", 475, size=10.5)
    if photo:
        y = para(sh, 60, y + 2, "La photographie ci-contre a été apposée en présence de l'agent consulaire.", 475,
                 size=10.5)
    y += 26
    issue = ctx.consular_att_issue
    sh.add(Text(60, y, f"{o[6]} / {_ATT_FR[6]} : {ds(issue, 'dot')}" if own != "fr"
                else f"{_ATT_FR[6]} : {ds(issue, 'dot')}", 11, bold=True))
    sh.add(Text(60, y + 18, f"Frais consulaires : {rng.choice((15, 20, 25, 30))} EUR — reçu n° "
                            f"{rng.randint(1000, 9999)}", 9, gray=0.35))
    sign(sh, 390, y + 50, rng)
    sh.add(Text(390, y + 86, "Le Consul / The Consul", 9, gray=0.3))
    box_stamp(sh, 60, y + 50, 200, ["CONSULAT GÉNÉRAL", c.name_fr.upper(), "SECTION CONSULAIRE"], rgb=STAMP_VIOLET)
    return [sh], _att_truth(ctx, p, photo)
