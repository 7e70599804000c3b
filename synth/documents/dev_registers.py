"""Third batch of development birth-certificate families: the same name written twice, two ways.

Modelled on civil-status papers: an act whose heading box gives "NOM :" and
"Prénoms :" while its prose names the child again inside a sentence ("un enfant
de sexe masculin, prénommé ..."), the date in words with the figures in brackets;
an original in Spanish, Portuguese or English set side by side with its sworn
French translation, the translator's certificate dated apart from the act.
Compound surnames and particles (El Fassi, Da Silva, N'Diaye) are written as the
registry writes them: in capitals in labelled boxes, as spelt in the prose.
"""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.common import Built, du, ne, person_truth
from synth.documents.dev_common import columns, stamp
from synth.documents.dev_ink import scrawl
from synth.documents.registry import caps
from synth.formats import MONTHS_EN, MONTHS_FR, days, fmt_date, fr_date_words
from synth.identity import Identity
from synth.layout import A4, Box, Flow


def _truth(ctx: DocContext, p: Identity) -> dict[str, str]:
    return person_truth(p) | {"sex": p.sex, "place_of_birth": p.place_of_birth, "copy_kind": ctx.birth_copy_kind,
                              "issue_date": ctx.birth_issue.isoformat(), "language": "fr"}


def _parents(rng: random.Random, p: Identity) -> tuple[str, str]:
    c = p.country
    return (f"{rng.choice(c.male).split()[0]} {p.surname}", f"{rng.choice(c.female).split()[0]} {rng.choice(c.surnames)}")


def birth_box_and_prose(ctx: DocContext, rng: random.Random) -> Built:
    """'NOM :' and 'Prénoms :' in a heading box, the child named again in the act's prose; date in words (figures)."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    f = Flow(family="serif", size=10.5)
    f.para(f"RÉPUBLIQUE {du(c.name_fr).upper()}" if c.french_speaking else caps(c.name_fr), bold=True,
           align="center", after=0)
    f.para(f"État civil - Bureau de {p.place_of_birth}", size=9.5, align="center", after=14)
    f.title("ACTE DE NAISSANCE - COPIE INTÉGRALE" if full else "EXTRAIT D'ACTE DE NAISSANCE", size=13)
    act = rng.randint(10, 2999)
    top = f.y
    f.sheet.add(Box(f.margin, top, f.width, 62, stroke=0.3, line=0.9))
    f.sheet.text(f.margin + 10, top + 18, f"NOM : {caps(p.surname)}", 12, bold=True, family="serif")
    f.sheet.text(f.margin + 10, top + 38, f"Prénoms : {p.given_names}", 12, family="serif")
    f.sheet.text(f.margin + 10, top + 54, f"Acte n° {act} / {p.date_of_birth.year}", 9, gray=0.3, family="serif")
    f.sheet.text(A4[0] - f.margin - 10, top + 18, f"Sexe : {'F' if p.sex == 'F' else 'M'}", 11, align="right",
                 family="serif")
    f.y = top + 78
    words = fr_date_words(p.date_of_birth)
    child = "une enfant de sexe féminin, prénommée" if p.sex == "F" else "un enfant de sexe masculin, prénommé"
    if full:
        father, mother = _parents(rng, p)
        f.para(f"Le {words} ({fmt_date(p.date_of_birth, 'dmy_slash')}), à {rng.randint(1, 23)} heures, est {ne(p)} "
               f"à {p.place_of_birth} ({c.name_fr}) {child} {p.given_names}, de {father}, né à "
               f"{rng.choice(c.cities)}, cultivateur, et de {mother}, ménagère, son épouse, tous deux domiciliés à "
               f"{p.place_of_birth}. L'enfant portera le nom de {p.surname}.")
        f.para(f"Dressé le {fr_date_words(p.date_of_birth + days(rng.randint(1, 20)))}, sur la déclaration du père, "
               "qui a signé avec nous après lecture.")
        f.para("Mentions : néant.", after=10)
    else:
        f.para(f"L'officier de l'état civil certifie que {child} {p.given_names}, portant le nom de {p.surname}, "
               f"{ne(p)} le {words} ({fmt_date(p.date_of_birth, 'dmy_slash')}) à {p.place_of_birth} "
               f"({c.name_fr}), est inscrit{'e' if p.sex == 'F' else ''} au registre des naissances de l'année "
               f"{p.date_of_birth.year}.", after=10)
        f.para("Extrait délivré sans indication de la filiation.", size=9.5, after=10)
    f.space(10)
    f.para(f"Pour {'copie conforme' if full else 'extrait conforme'}, {p.place_of_birth}, le "
           f"{fmt_date(ctx.birth_issue, 'dmy_dot')}", after=4)
    f.para("L'officier de l'état civil délégué", after=2)
    f.need(80)
    stamp(f.sheet, A4[0] - f.margin - 170, f.y, ["ÉTAT CIVIL", p.place_of_birth.upper(), caps(c.name_fr)], w=170)
    scrawl(f.sheet, f.margin + 20, f.y + 34, rng)
    f.y += 80
    return f.sheets, _truth(ctx, p)


_MONTHS = {
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"),
}
# title (full copy, extract), surname, given names, born on, in, father, mother, notes, issued on, registrar, from
_ORIGINAL = {
    "es": ("REGISTRO CIVIL DE NACIMIENTO", "EXTRACTO DE REGISTRO CIVIL DE NACIMIENTO", "Apellidos", "Nombres",
           "Fecha de nacimiento", "Lugar de nacimiento", "Padre", "Madre", "Notas marginales: ninguna",
           "Expedido el", "El Registrador del Estado Civil", "espagnol"),
    "pt": ("CERTIDÃO DE NASCIMENTO - INTEIRO TEOR", "CERTIDÃO DE NASCIMENTO - BREVE RELATO", "Sobrenome", "Prenome",
           "Data de nascimento", "Local de nascimento", "Pai", "Mãe", "Averbações: nada consta", "Emitida em",
           "O Oficial de Registro Civil", "portugais"),
    "en": ("CERTIFIED COPY OF AN ENTRY OF BIRTH", "SHORT BIRTH CERTIFICATE", "Surname", "Forenames",
           "Date of birth", "Place of birth", "Father", "Mother", "Marginal notes: none", "Issued on",
           "The Registrar of Births", "anglais"),
}
_LANG = {"COL": "es", "ESP": "es", "BRA": "pt"}
_SEX = {"es": ("Sexo", "femenino", "masculino"), "pt": ("Sexo", "feminino", "masculino"), "en": ("Sex", "female", "male")}
_STATE = {"COL": "REPÚBLICA DE COLOMBIA", "ESP": "REINO DE ESPAÑA", "BRA": "REPÚBLICA FEDERATIVA DO BRASIL"}


def _own(d: date, lang: str) -> str:
    """A date as the original's language writes it."""
    if lang == "en":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    return f"{d.day} de {_MONTHS[lang][d.month - 1]} de {d.year}"


def birth_translation_columns(ctx: DocContext, rng: random.Random) -> Built:
    """The original (Spanish, Portuguese or English) on the left, its sworn French translation on the right."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    lang = _LANG.get(c.code, "en")
    (t_full, t_extract, n_sur, n_given, n_born, n_place, n_father, n_mother, notes, n_issued, registrar,
     lang_fr) = _ORIGINAL[lang]
    f = Flow(family="sans", size=9.5, margin=44)
    columns(f, f"ORIGINAL ({lang_fr.upper()})", "TRADUCTION JURÉE EN FRANÇAIS", bold=True, size=10, after=10)
    columns(f, _STATE.get(c.code, c.name_en.upper()), c.name_fr.upper(), after=2)
    columns(f, t_full if full else t_extract,
            "COPIE INTÉGRALE D'ACTE DE NAISSANCE" if full else "EXTRAIT D'ACTE DE NAISSANCE", bold=True, size=11,
            after=10)
    rows = [(f"{n_sur}: {p.surname.upper()}", f"NOM : {p.surname.upper()}"),
            (f"{n_given}: {p.given_names}", f"Prénoms : {p.given_names}"),
            (f"{_SEX[lang][0]}: {_SEX[lang][1 if p.sex == 'F' else 2]}",
             f"Sexe : {'féminin' if p.sex == 'F' else 'masculin'}"),
            (f"{n_born}: {_own(p.date_of_birth, lang)}",
             f"Date de naissance : {p.date_of_birth.day} {MONTHS_FR[p.date_of_birth.month - 1]} {p.date_of_birth.year}"),
            (f"{n_place}: {p.place_of_birth}, {c.name_en}", f"Lieu de naissance : {p.place_of_birth} ({c.name_fr})")]
    if full:
        father, mother = _parents(rng, p)
        rows += [(f"{n_father}: {father}", f"Père : {father}"), (f"{n_mother}: {mother}", f"Mère : {mother}"),
                 (notes, "Mentions marginales : néant")]
    rows.append((f"{n_issued} {_own(ctx.birth_issue, lang)}", f"Délivré le {fmt_date(ctx.birth_issue, 'fr_long')}"))
    for left, right in rows:
        columns(f, left, right, after=5)
    f.space(6)
    columns(f, registrar, "L'officier de l'état civil (signature et sceau)", after=4)
    scrawl(f.sheet, f.margin + 20, f.y + 24, rng, scale=0.8)
    f.sheet.add(Box(f.margin + 150, f.y, 90, 44, stroke=0.4, line=1.2))
    f.y += 60
    f.sheet.add(Box(f.margin, f.y, f.width, 0.1, stroke=0.4, line=0.5))
    f.y += 8
    translated = min(ctx.birth_issue + days(rng.randint(2, 12)), ctx.filing)
    number = rng.randint(100, 999)
    f.para(f"Je soussigné(e), traducteur-interprète expert près la cour d'appel de {rng.choice(('Paris', 'Lyon'))}, "
           f"certifie que la traduction ci-dessus est conforme à l'original rédigé en {lang_fr} qui m'a été "
           f"présenté. Répertoire n° {number}/{translated.year}.", size=9, after=4)
    f.para(f"Fait le {fmt_date(translated, 'dmy_slash')}", size=9, align="right", after=4)
    stamp(f.sheet, A4[0] - f.margin - 190, f.y, ["TRADUCTEUR EXPERT", f"N° {number}", "COUR D'APPEL"], w=180)
    scrawl(f.sheet, f.margin + 40, f.y + 30, rng, scale=0.7)
    f.y += 70
    return f.sheets, _truth(ctx, p)
