"""Development birth-certificate families of session 8: what the paper says of itself, and who it names.

Modelled on how civil registries of several countries and sworn translators write
(see /work/shared/reference/real-documents.md): a full copy is not always titled
"copie intégrale" ("Acte de naissance (copie littérale)", "Full birth certificate /
long form", "Copy of entry of birth", an act "délivré conformément à l'original"
with its filiation and marginal notes), and an extract is not always titled
"extrait" ("short form", "abstract of birth", "Bulletin de naissance", "Fiche d'état
civil", a foot line "Extrait conforme"); an extract often says what it leaves out
("sans filiation", "does not show parentage") or that it does not replace the full
copy.  The child's names sit in a table, in "Nom | Prénoms" columns or in a register's
row, with the parents' names close by; the place as "né(e) à Thiès (Sénégal)",
"Lieu de naissance : ..." or "born at ... in the district of ...".  A sworn
translation comes with the translator's certificate on a page of its own.
Truth: `copy_kind` as a person reading the paper would judge it (the scenario's
`birth_copy_kind`: every family draws both).
"""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.common import Built, du, person_truth
from synth.documents.dev_common import stamp, table
from synth.documents.dev_ink import scrawl
from synth.documents.registry import caps
from synth.formats import MONTHS_EN, MONTHS_FR, days, fmt_date, fr_date_words
from synth.identity import Identity
from synth.layout import A4, Box, Flow


def _truth(ctx: DocContext, p: Identity, lang: str) -> dict[str, str]:
    return person_truth(p) | {"sex": p.sex, "place_of_birth": p.place_of_birth, "copy_kind": ctx.birth_copy_kind,
                              "issue_date": ctx.birth_issue.isoformat(), "language": lang}


def _parents(rng: random.Random, p: Identity) -> tuple[tuple[str, str], tuple[str, str]]:
    """(given names, surname) of the father and of the mother."""
    c = p.country
    return ((rng.choice(c.male).split()[0], p.surname),
            (rng.choice(c.female).split()[0], rng.choice([s for s in c.surnames if s != p.surname])))


def _state(p: Identity) -> str:
    c = p.country
    if c.code == "MAR":
        return "ROYAUME DU MAROC"
    return caps(f"RÉPUBLIQUE {du(c.name_fr)}") if c.french_speaking else c.name_en.upper()


def _en(d: date) -> str:
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


def birth_literal_copy(ctx: DocContext, rng: random.Random) -> Built:
    """'ACTE DE NAISSANCE (copie littérale)' with filiation and marginal notes, or a 'BULLETIN DE NAISSANCE';
    'né(e) à Thiès (Sénégal)' in the prose, the parents named right after the child."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    (fg, fs), (mg, ms) = _parents(rng, p)
    f = Flow(family="serif", size=10.5)
    f.para(_state(p), bold=True, align="center", after=0)
    f.para(f"Région de {rng.choice(c.cities)} - Commune de {p.place_of_birth}", size=9.5, align="center", after=2)
    f.para(f"Centre principal d'état civil - Registre des naissances {p.date_of_birth.year}", size=9.5,
           align="center", after=16)
    if full:
        f.title("ACTE DE NAISSANCE", size=14)
        f.para("(copie littérale de l'acte)", align="center", after=12)
    else:
        f.title("BULLETIN DE NAISSANCE", size=14)
    act = rng.randint(10, 3999)
    f.para(f"N° {act} du {fmt_date(p.date_of_birth + days(rng.randint(1, 25)), 'dmy_slash')}", after=10)
    dob = p.date_of_birth
    body = (f"Le {fr_date_words(dob)}, à {rng.randint(1, 11)} heures du matin, est né(e) à {p.place_of_birth} "
            f"({c.name_fr}), {p.surname.upper()} {p.given_names}, de sexe "
            f"{'féminin' if p.sex == 'F' else 'masculin'}")
    if full:
        body += (f", {'fille' if p.sex == 'F' else 'fils'} de {fg} {fs.upper()}, né le "
                 f"{fmt_date(dob.replace(year=dob.year - rng.randint(24, 40), day=min(dob.day, 28)), 'dmy_slash')}, "
                 f"commerçant, et de {mg} {ms.upper()}, sans profession, domiciliés à {p.place_of_birth}.")
        f.para(body, after=8)
        f.para(f"Dressé par nous, officier de l'état civil, sur la déclaration de {fg} {fs.upper()}, père de "
               "l'enfant, qui a signé avec nous après lecture faite.", after=8)
        f.para("Mentions marginales : " + rng.choice(("néant.", f"mariage célébré à {rng.choice(c.cities)} le "
                                                       f"{fmt_date(ctx.birth_issue - days(400), 'dmy_slash')}.")),
               after=10)
        f.para("Copie délivrée conformément à l'original du registre.", size=9.5, after=10)
    else:
        f.para(body + ".", after=8)
        f.para("Le présent bulletin ne mentionne ni la filiation ni les mentions marginales.", size=9.5, after=10)
    f.para(f"Délivré à {p.place_of_birth}, le {fmt_date(ctx.birth_issue, 'fr_long')}", after=4)
    f.para("L'Officier de l'état civil", after=2)
    f.need(80)
    stamp(f.sheet, A4[0] - f.margin - 170, f.y, ["ÉTAT CIVIL", caps(p.place_of_birth)], w=170)
    scrawl(f.sheet, f.margin + 20, f.y + 30, rng)
    f.y += 80
    return f.sheets, _truth(ctx, p, "fr")


def birth_long_short_form(ctx: DocContext, rng: random.Random) -> Built:
    """English 'FULL BIRTH CERTIFICATE (LONG FORM)' with the parents' particulars, or the 'SHORT FORM' that says
    it does not show parentage; 'born at ... in the district of ...'."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    (fg, fs), (mg, ms) = _parents(rng, p)
    district = rng.choice([x for x in c.cities if x != p.place_of_birth] or [p.place_of_birth])
    f = Flow(family="sans", size=10)
    f.para(c.name_en.upper(), bold=True, align="center", after=0)
    f.para("National Population Commission - Vital Registration", size=9, align="center", after=14)
    f.title("FULL BIRTH CERTIFICATE (LONG FORM)" if full else "BIRTH CERTIFICATE (SHORT FORM)", size=13)
    dob = p.date_of_birth
    f.para(f"This is to certify that the child named below was born at {p.place_of_birth} in the district of "
           f"{district}, {c.name_en}, on {_en(dob)}.", after=10)
    table(f, [("Surname", "Forenames", "Sex", "Date of birth"),
              (p.surname.upper(), p.given_names, "Female" if p.sex == "F" else "Male", fmt_date(dob, "dmy_dash"))],
          (1.2, 1.6, 0.7, 1.1), size=10, header=True)
    if full:
        f.para("Particulars of parents", bold=True, after=4)
        table(f, [("", "Surname", "Forenames", "Occupation"),
                  ("Father", fs.upper(), fg, rng.choice(("Trader", "Teacher", "Farmer"))),
                  ("Mother", ms.upper(), mg, rng.choice(("Seamstress", "Nurse", "Trader")))],
              (0.8, 1.2, 1.4, 1.2), size=10, header=True)
        f.para(f"Informant: {fg} {fs.upper()}, father. Registered on {_en(dob + days(rng.randint(3, 30)))}.",
               size=9.5, after=4)
        f.para("Marginal notes / amendments: none.", size=9.5, after=10)
    else:
        f.para("This short form certificate does not show parentage or any amendment to the entry.", size=9,
               after=10)
    f.para(f"Entry No. {rng.randint(100, 9999)}/{dob.year}", size=9.5, after=4)
    f.para(f"Issued on {_en(ctx.birth_issue)}", after=4)
    f.para("Registrar of Births", after=2)
    f.need(70)
    scrawl(f.sheet, f.margin + 20, f.y + 26, rng)
    stamp(f.sheet, A4[0] - f.margin - 170, f.y, ["REGISTRAR", caps(p.place_of_birth)], w=170)
    f.y += 70
    return f.sheets, _truth(ctx, p, "en")


def birth_register_row(ctx: DocContext, rng: random.Random) -> Built:
    """'COPY OF ENTRY OF BIRTH' or 'ABSTRACT OF BIRTH' as a register's row: columns of particulars, the child's
    forenames and surname in cells beside the father's and the mother's; 'certified true copy' at the foot."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    (fg, fs), (mg, ms) = _parents(rng, p)
    dob = p.date_of_birth
    f = Flow(family="serif", size=9.5, margin=44)
    f.para(c.name_en.upper(), bold=True, align="center", after=0)
    f.para(f"Registration District of {p.place_of_birth}", size=9, align="center", after=12)
    f.title("COPY OF ENTRY OF BIRTH" if full else "ABSTRACT OF BIRTH", size=13)
    if full:
        table(f, [("No.", "When and where born", "Forename(s)", "Surname", "Sex", "Father", "Mother",
                   "Informant"),
                  (str(rng.randint(1, 999)), f"{_en(dob)}, {p.place_of_birth}", p.given_names, p.surname.upper(),
                   "F" if p.sex == "F" else "M", f"{fg} {fs.upper()}", f"{mg} {ms.upper()}", "Father")],
              (0.4, 1.5, 1.1, 1.0, 0.4, 1.2, 1.2, 0.8), size=8.5, header=True)
        f.para("Remarks (marginal notes): none", size=9, after=10)
        f.para(f"I certify that this is a certified true copy of the entry No. above in the register of births "
               f"kept at {p.place_of_birth}.", after=8)
    else:
        table(f, [("Forename(s)", "Surname", "Sex", "Date of birth", "Place of birth"),
                  (p.given_names, p.surname.upper(), "F" if p.sex == "F" else "M", _en(dob), p.place_of_birth)],
              (1.3, 1.2, 0.4, 1.2, 1.3), size=9, header=True)
        f.para("Abstract of the particulars of the entry, issued without the particulars of the parents.",
               size=9, after=8)
    f.para(f"Given at {p.place_of_birth} on {_en(ctx.birth_issue)}", after=4)
    f.para("District Registrar", after=2)
    f.need(70)
    scrawl(f.sheet, f.margin + 20, f.y + 26, rng)
    stamp(f.sheet, A4[0] - f.margin - 170, f.y, ["DISTRICT REGISTRAR", caps(p.place_of_birth)], w=170)
    f.y += 70
    return f.sheets, _truth(ctx, p, "en")


def birth_name_columns(ctx: DocContext, rng: random.Random) -> Built:
    """'Nom | Prénoms' in columns over their values, 'Lieu de naissance : ...' below; a full copy with the parents
    in the same columns and its mentions, or a 'FICHE D'ÉTAT CIVIL' that is neither."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    (fg, fs), (mg, ms) = _parents(rng, p)
    dob = p.date_of_birth
    f = Flow(family="sans", size=10)
    f.para(_state(p), bold=True, align="center", after=0)
    f.para(f"Mairie de {p.place_of_birth} - Service de l'état civil", size=9.5, align="center", after=14)
    f.title("COPIE INTÉGRALE D'ACTE DE NAISSANCE" if full else "FICHE D'ÉTAT CIVIL", size=13)
    rows: list[tuple[str, ...]] = [("", "Nom", "Prénoms"), ("Enfant", p.surname.upper(), p.given_names)]
    if full:
        rows += [("Père", fs.upper(), fg), ("Mère", ms.upper(), mg)]
    table(f, rows, (0.8, 1.5, 2.2), size=10, header=True)
    f.para(f"Date de naissance : {fmt_date(dob, 'dmy_slash')}", after=3)
    f.para(f"Lieu de naissance : {p.place_of_birth} ({c.name_fr})", after=3)
    f.para(f"Sexe : {'Féminin' if p.sex == 'F' else 'Masculin'}", after=10)
    if full:
        f.para(f"Acte n° {rng.randint(10, 2999)} dressé le {fmt_date(dob + days(rng.randint(1, 9)), 'dmy_slash')} "
               "sur la déclaration du père.", size=9.5, after=4)
        f.para("Mentions marginales : néant.", size=9.5, after=10)
    else:
        f.para("Fiche établie au vu du registre. Elle ne remplace pas la copie intégrale de l'acte de naissance.",
               size=9, after=10)
    f.para(f"Fait à {p.place_of_birth}, le {fmt_date(ctx.birth_issue, 'dmy_dot')}", align="right", after=4)
    f.para("Pour le Maire, l'officier de l'état civil délégué", align="right", after=2)
    f.need(70)
    scrawl(f.sheet, A4[0] - f.margin - 150, f.y + 26, rng)
    stamp(f.sheet, f.margin, f.y, ["MAIRIE", caps(p.place_of_birth)], w=150)
    f.y += 70
    return f.sheets, _truth(ctx, p, "fr")


def birth_conform_to_original(ctx: DocContext, rng: random.Random) -> Built:
    """An act titled only 'ACTE DE NAISSANCE': a full copy by its content (filiation, marginal notes, 'délivrée
    conformément à l'original'), an extract only by its foot ('Extrait conforme ..., sans filiation')."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    (fg, fs), (mg, ms) = _parents(rng, p)
    dob = p.date_of_birth
    f = Flow(family="mono", size=9.5)
    f.para(_state(p), bold=True, align="center", after=12)
    f.para(caps(f"CENTRE D'ETAT CIVIL DE {p.place_of_birth}"), after=1)
    f.para(f"ANNEE {dob.year} - ACTE N° {rng.randint(10, 2999)}", after=12)
    f.title("ACTE DE NAISSANCE", size=13)
    f.para(f"NOM : {caps(p.surname)}", after=2)
    f.para(f"PRENOMS : {caps(p.given_names)}", after=2)
    f.para(f"NE(E) LE : {fmt_date(dob, 'dmy_space')}", after=2)
    f.para(f"A : {caps(p.place_of_birth)}", after=2)
    f.para(f"SEXE : {'FEMININ' if p.sex == 'F' else 'MASCULIN'}", after=2)
    if full:
        f.para(f"PERE : {caps(fg)} {caps(fs)}, NE A {caps(rng.choice(c.cities))}", after=2)
        f.para(f"MERE : {caps(mg)} {caps(ms)}, MENAGERE", after=10)
        f.para("MENTIONS MARGINALES : NEANT", after=10)
        f.para("COPIE CERTIFIEE CONFORME, DELIVREE CONFORMEMENT A L'ORIGINAL DU REGISTRE.", after=10)
    else:
        f.space(8)
        f.para("EXTRAIT CONFORME AU REGISTRE, DELIVRE SANS FILIATION.", after=10)
    f.para(f"{caps(p.place_of_birth)}, LE {fmt_date(ctx.birth_issue, 'dmy_space')}", align="right", after=4)
    f.para("L'OFFICIER DE L'ETAT CIVIL", align="right", after=2)
    f.need(70)
    scrawl(f.sheet, A4[0] - f.margin - 150, f.y + 26, rng)
    f.y += 70
    return f.sheets, _truth(ctx, p, "fr")


def birth_extract_filiation(ctx: DocContext, rng: random.Random) -> Built:
    """'EXTRAIT D'ACTE DE NAISSANCE AVEC FILIATION' (still an extract, parents named) or a 'COPIE INTÉGRALE'
    whose header names the register ('Registre des actes de naissance') and whose foot quotes the word 'extrait'
    only to say what it is not."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    (fg, fs), (mg, ms) = _parents(rng, p)
    dob = p.date_of_birth
    f = Flow(family="serif", size=10.5)
    f.para(_state(p), bold=True, align="center", after=0)
    f.para(f"Registre des actes de naissance - {p.place_of_birth}", size=9.5, align="center", after=14)
    f.title("COPIE INTÉGRALE D'ACTE DE NAISSANCE" if full else "EXTRAIT D'ACTE DE NAISSANCE AVEC FILIATION",
            size=13)
    table(f, [("Nom de l'enfant", p.surname.upper()), ("Prénoms", p.given_names),
              ("Né(e) le", f"{dob.day} {MONTHS_FR[dob.month - 1]} {dob.year}"),
              ("Lieu de naissance", f"{p.place_of_birth} ({c.name_fr})"),
              ("Sexe", "F" if p.sex == "F" else "M"),
              ("Père", f"{fs.upper()} {fg}"), ("Mère", f"{ms.upper()} {mg}")], (1.3, 2.6), size=10)
    if full:
        f.para(f"Acte dressé le {fmt_date(dob + days(rng.randint(1, 12)), 'dmy_slash')} sur la déclaration de la "
               "mère, en présence de deux témoins.", size=9.5, after=4)
        f.para("Mentions marginales : néant.", size=9.5, after=4)
        f.para("La présente copie reproduit l'acte en entier ; elle n'est pas un extrait.", size=9, after=10)
    else:
        f.para("Extrait délivré avec indication de la filiation, sans les mentions marginales.", size=9, after=10)
    f.para(f"Délivré le {fmt_date(ctx.birth_issue, 'fr_long')}", after=4)
    f.para("L'officier de l'état civil", after=2)
    f.need(70)
    scrawl(f.sheet, f.margin + 20, f.y + 26, rng)
    stamp(f.sheet, A4[0] - f.margin - 170, f.y, ["ÉTAT CIVIL", caps(p.place_of_birth)], w=170)
    f.y += 70
    return f.sheets, _truth(ctx, p, "fr")


# original: title full, title short, surname, given names, born, place, father, mother, notes, issued, registrar
_ORIG = {
    "pt": ("CERTIDÃO DE NASCIMENTO - INTEIRO TEOR", "CERTIDÃO DE NASCIMENTO - BREVE RELATO", "Sobrenome", "Nome",
           "Nascido(a) em", "Local", "Pai", "Mãe", "Averbações: nada consta", "Emitida em", "O Oficial",
           "portugais"),
    "es": ("PARTIDA DE NACIMIENTO - COPIA LITERAL", "PARTIDA DE NACIMIENTO - EXTRACTO", "Apellidos", "Nombre",
           "Nacido(a) el", "Lugar", "Padre", "Madre", "Notas marginales: ninguna", "Expedido el", "El Registrador",
           "espagnol"),
    "en": ("BIRTH CERTIFICATE - LONG FORM", "BIRTH CERTIFICATE - SHORT FORM", "Surname", "Given names", "Born on",
           "Place", "Father", "Mother", "Amendments: none", "Issued on", "The Registrar", "anglais"),
}
_SEX = {"pt": ("Sexo", "feminino", "masculino"), "es": ("Sexo", "femenino", "masculino"), "en": ("Sex", "female", "male")}
_OWN_LANG = {"BRA": "pt", "COL": "es", "ESP": "es"}
_PT_ES_MONTHS = {
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
}


def _own(d: date, lang: str) -> str:
    if lang == "en":
        return _en(d)
    return f"{d.day} de {_PT_ES_MONTHS[lang][d.month - 1]} de {d.year}"


def birth_translator_certificate(ctx: DocContext, rng: random.Random) -> Built:
    """Three pages: the original (Portuguese, Spanish or English), its French translation, and the sworn
    translator's certificate, signed and dated by the translator, naming the translator first."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    lang = _OWN_LANG.get(c.code, "en")
    (t_full, t_short, n_sur, n_given, n_born, n_place, n_fa, n_mo, notes, n_iss, reg, lang_fr) = _ORIG[lang]
    n_sex, female, male = _SEX[lang]
    (fg, fs), (mg, ms) = _parents(rng, p)
    dob = p.date_of_birth
    f = Flow(family="sans", size=10)
    f.para(c.name_en.upper(), bold=True, align="center", after=12)
    f.title(t_full if full else t_short, size=13)
    rows: list[tuple[str, ...]] = [(n_sur, p.surname.upper()), (n_given, p.given_names), (n_sex, female if p.sex == "F" else male),
            (n_born, _own(dob, lang)),
            (n_place, f"{p.place_of_birth}, {c.name_en}")]
    if full:
        rows += [(n_fa, f"{fg} {fs.upper()}"), (n_mo, f"{mg} {ms.upper()}"), (notes.split(":")[0], "-")]
    table(f, rows, (1.2, 2.8), size=10)
    f.para(f"{n_iss} {_own(ctx.birth_issue, lang)}", after=4)
    f.para(reg, after=2)
    scrawl(f.sheet, f.margin + 20, f.y + 26, rng)
    f.new_page()
    f.para(f"TRADUCTION DE L'ORIGINAL EN {lang_fr.upper()}", size=9, align="center", after=10)
    f.title("ACTE DE NAISSANCE (COPIE INTÉGRALE)" if full else "ACTE DE NAISSANCE (EXTRAIT)", size=13)
    tr: list[tuple[str, ...]] = [("Nom", p.surname.upper()), ("Prénom(s)", p.given_names), ("Sexe", "féminin" if p.sex == "F" else "masculin"),
          ("Né(e) le", f"{dob.day} {MONTHS_FR[dob.month - 1]} {dob.year}"),
          ("Lieu de naissance", f"{p.place_of_birth} ({c.name_fr})")]
    if full:
        tr += [("Père", f"{fg} {fs.upper()}"), ("Mère", f"{mg} {ms.upper()}"), ("Mentions", "néant")]
    table(f, tr, (1.2, 2.8), size=10)
    f.para(f"Délivré le {fmt_date(ctx.birth_issue, 'fr_long')} par l'officier de l'état civil (signature illisible, "
           "sceau).", after=8)
    f.new_page()
    woman = rng.random() < 0.5
    translator = f"{rng.choice(('Claire', 'Hélène', 'Sophie')) if woman else rng.choice(('Marc', 'Jean', 'Paul'))} " \
                 f"{rng.choice(('LEFEBVRE', 'MOREAU', 'GIRARD', 'FONTAINE'))}"
    translated = min(ctx.birth_issue + days(rng.randint(2, 15)), ctx.filing)
    number = rng.randint(1000, 9999)
    f.title("CERTIFICAT DE TRADUCTION", size=13)
    f.para(f"Je soussigné{'e' if woman else ''}, {translator}, traduct{'rice' if woman else 'eur'} "
           f"expert{'e' if woman else ''} près la cour d'appel de {rng.choice(('Paris', 'Lyon', 'Rennes'))}, "
           f"certifie que la traduction qui précède est conforme à l'original "
           f"rédigé en {lang_fr} qui m'a été présenté.", after=8)
    f.para(f"Traduction enregistrée sous le n° {number}.", after=8)
    f.para(f"Fait à Paris, le {fmt_date(translated, 'dmy_slash')}", align="right", after=4)
    f.para(translator, align="right", after=2)
    f.need(80)
    scrawl(f.sheet, A4[0] - f.margin - 150, f.y + 26, rng, scale=0.8)
    stamp(f.sheet, f.margin, f.y, [translator, "TRADUCTEUR EXPERT", f"N° {number}"], w=180)
    f.sheet.add(Box(f.margin, f.y + 70, f.width, 0.1, stroke=0.4, line=0.4))
    f.y += 80
    return f.sheets, _truth(ctx, p, "fr")
