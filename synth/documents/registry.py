"""More template families for civil-status and nationality papers, foreign registries and sworn translations.

African registries write in capitals, often without accents, under a national
motto, with court formulas ("NOUS, ... CERTIFIONS"); dates may be in words.
Foreign acts come with a sworn translation, original and translation in one file.
"""

from __future__ import annotations

import random
import unicodedata

from synth.context import DocContext
from synth.documents.common import Built, civ, du, ne, person_truth, squiggle
from synth.formats import fmt_date, fr_number
from synth.identity import Country, Identity
from synth.layout import Box, Flow

MOTTOS = {"SEN": "UN PEUPLE - UN BUT - UNE FOI", "CMR": "PAIX - TRAVAIL - PATRIE",
          "MAR": "DIEU - LA PATRIE - LE ROI", "CIV": "UNION - DISCIPLINE - TRAVAIL", "MLI": "UN PEUPLE - UN BUT - UNE FOI"}


def caps(s: str) -> str:
    """Capitals without accents, as many registries type them."""
    return "".join(ch for ch in unicodedata.normalize("NFD", s.upper()) if not unicodedata.combining(ch))


def _birth_truth(ctx: DocContext, p: Identity, lang: str) -> dict[str, str]:
    return person_truth(p) | {"sex": p.sex, "place_of_birth": p.place_of_birth, "copy_kind": ctx.birth_copy_kind,
                              "issue_date": ctx.birth_issue.isoformat(), "language": lang}


def _parents(rng: random.Random, p: Identity) -> tuple[str, str]:
    c = p.country
    return (f"{rng.choice(c.male).split()[0]} {p.surname}", f"{rng.choice(c.female).split()[0]} {rng.choice(c.surnames)}")


def _motto(f: Flow, c: Country) -> None:
    f.para(caps(f"RÉPUBLIQUE {du(c.name_fr)}") if c.code != "MAR" else "ROYAUME DU MAROC", bold=True,
           align="center", after=1)
    if c.code in MOTTOS:
        f.para(MOTTOS[c.code], size=9.5, align="center", after=1)
    f.space(10)


def birth_registry_caps(ctx: DocContext, rng: random.Random) -> Built:
    """An all-capitals registry act, dates of birth in words and in figures, hour in words."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    father, mother = _parents(rng, p)
    f = Flow(family="mono", size=10)
    _motto(f, c)
    f.para(caps(f"CENTRE D'ETAT CIVIL DE {p.place_of_birth}"), after=1)
    f.para(f"ACTE N° {rng.randint(10, 2999)}/{p.date_of_birth.year}", after=14)
    f.title("COPIE INTEGRALE D'ACTE DE NAISSANCE" if full else "EXTRAIT D'ACTE DE NAISSANCE", size=13)
    hour = rng.randint(1, 23)
    f.para(caps(f"LE {fmt_date(p.date_of_birth, 'fr_words')} ({fmt_date(p.date_of_birth, 'dmy_slash')}), A "
                f"{fr_number(hour)} HEURES, "
                f"EST {ne(p)} A {p.place_of_birth} : {p.surname} {p.given_names}, "
                f"SEXE {'FEMININ' if p.sex == 'F' else 'MASCULIN'}."))
    if full:
        f.para(caps(f"FILS OU FILLE DE : {father}, CULTIVATEUR, ET DE : {mother}, MENAGERE."))
        f.para("MENTIONS MARGINALES : NEANT", after=4)
        f.para("DRESSE PAR NOUS, OFFICIER DE L'ETAT CIVIL, SUR LA DECLARATION DU PERE.")
    f.para("POUR COPIE CONFORME, DELIVREE POUR SERVIR ET VALOIR CE QUE DE DROIT.", after=10)
    f.para(caps(f"{p.place_of_birth}, LE {fmt_date(ctx.birth_issue, 'dmy_slash')}"), align="right")
    f.para("L'OFFICIER DE L'ETAT CIVIL", align="right", after=2)
    f.signature(squiggle(rng))
    return f.sheets, _birth_truth(ctx, p, "fr")


_ORIGINAL = {
    "BRA": ("CERTIDÃO DE NASCIMENTO", "Nome", "Data de nascimento", "Local de nascimento", "Emitida em", "pt"),
    "COL": ("REGISTRO CIVIL DE NACIMIENTO", "Nombre", "Fecha de nacimiento", "Lugar de nacimiento", "Expedido el",
            "es"),
}
_ENGLISH = ("CERTIFICATE OF BIRTH", "Name", "Date of birth", "Place of birth", "Issued on", "en")


def birth_sworn_translation(ctx: DocContext, rng: random.Random) -> Built:
    """The foreign original on page 1, a sworn French translation on page 2, in one file."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    title, n_name, n_dob, n_place, n_issued, lang = _ORIGINAL.get(c.code, _ENGLISH)
    f = Flow(family="sans", size=11)
    f.para(c.name_en.upper(), bold=True, align="center", after=14)
    f.title(title + ("" if full else " (EXTRACT)"), size=14)
    for label, value in ((n_name, f"{p.given_names} {p.surname.upper()}"),
                         (n_dob, fmt_date(p.date_of_birth, "dmy_slash")),
                         (n_place, f"{p.place_of_birth}, {c.name_en}"),
                         (n_issued, fmt_date(ctx.birth_issue, "dmy_slash"))):
        f.para(f"{label}: {value}", after=4)
    f.signature(squiggle(rng))
    f.new_page()
    f.para("TRADUCTION CERTIFIÉE CONFORME À L'ORIGINAL", bold=True, align="center", after=4)
    f.para(f"Traduit de la langue {'portugaise' if lang == 'pt' else 'espagnole' if lang == 'es' else 'anglaise'}",
           align="center", size=10, after=16)
    f.title("COPIE INTÉGRALE D'ACTE DE NAISSANCE" if full else "EXTRAIT D'ACTE DE NAISSANCE", size=13)
    f.para(f"Nom : {p.surname.upper()}", after=3)
    f.para(f"Prénoms : {p.given_names}", after=3)
    f.para(f"Sexe : {'féminin' if p.sex == 'F' else 'masculin'}", after=3)
    f.para(f"Date de naissance : {fmt_date(p.date_of_birth, 'fr_long')}", after=3)
    f.para(f"Lieu de naissance : {p.place_of_birth} ({c.name_fr})", after=3)
    if full:
        father, mother = _parents(rng, p)
        f.para(f"Père : {father} - Mère : {mother}", after=3)
        f.para("Mentions marginales : néant", after=3)
    f.para(f"Délivré le : {fmt_date(ctx.birth_issue, 'fr_long')}", after=16)
    f.para(f"Traduction faite par le traducteur expert près la cour d'appel de Paris, n° {rng.randint(100, 999)}, "
           f"le {fmt_date(ctx.filing, 'dmy_slash')}.", size=10)
    f.sheet.add(Box(380, f.y + 6, 140, 60, stroke=0.35, line=1.5))
    f.signature(squiggle(rng))
    return f.sheets, _birth_truth(ctx, p, "fr")


def birth_court_formula(ctx: DocContext, rng: random.Random) -> Built:
    """'NOUS, officier de l'état civil ... CERTIFIONS', dates in figures with spaces, mixed case."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    f = Flow(family="serif", size=11)
    _motto(f, c)
    f.para(f"Mairie de {p.place_of_birth} - État civil", align="center", after=14)
    f.title("ACTE DE NAISSANCE - COPIE INTÉGRALE" if full else "ACTE DE NAISSANCE - EXTRAIT", size=13)
    f.para(f"NOUS, officier de l'état civil de la commune de {p.place_of_birth}, CERTIFIONS que le registre des "
           f"naissances porte l'acte suivant : {p.surname.upper()} {p.given_names}, {ne(p)} le "
           f"{fmt_date(p.date_of_birth, 'dmy_space')} à {p.place_of_birth}, de sexe "
           f"{'féminin' if p.sex == 'F' else 'masculin'}.")
    if full:
        father, mother = _parents(rng, p)
        f.para(f"Filiation : {father} et {mother}. Mentions : aucune.")
    f.para(f"Délivré à {p.place_of_birth} le {fmt_date(ctx.birth_issue, 'dmy_space')}.", after=10)
    f.signature(squiggle(rng), label="Pour le maire, l'officier délégué")
    return f.sheets, _birth_truth(ctx, p, "fr")


def birth_form_en(ctx: DocContext, rng: random.Random) -> Built:
    """An English registry form with numbered boxes, dates day-month-year with dashes."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    f = Flow(family="sans", size=10.5)
    f.para(f"{c.name_en.upper()} - NATIONAL CIVIL REGISTRATION AUTHORITY", bold=True, align="center", after=14)
    f.title("BIRTH CERTIFICATE (FULL COPY)" if full else "SHORT BIRTH CERTIFICATE (EXTRACT)", size=14)
    rows = [("1. Surname", p.surname.upper()), ("2. Forenames", p.given_names),
            ("3. Sex", "Female" if p.sex == "F" else "Male"),
            ("4. Date of birth (DD-MM-YYYY)", fmt_date(p.date_of_birth, "dmy_dash")),
            ("5. Place of birth", p.place_of_birth)]
    if full:
        father, mother = _parents(rng, p)
        rows += [("6. Father", father), ("7. Mother", mother), ("8. Remarks", "Nil")]
    for label, value in rows:
        top = f.y + 4
        f.sheet.add(Box(f.margin, top, f.width, 30, stroke=0.4, line=0.6))
        f.sheet.text(f.margin + 6, top + 12, label, 8.5, gray=0.3)
        f.sheet.text(f.margin + 6, top + 26, value, 12, bold=True)
        f.space(34)
    f.space(10)
    f.para(f"Date of issue: {fmt_date(ctx.birth_issue, 'dmy_dash')}", after=6)
    f.signature(squiggle(rng), label="Registrar")
    return f.sheets, _birth_truth(ctx, p, "en")


def birth_bilingual(ctx: DocContext, rng: random.Random) -> Built:
    """A bilingual French/English registry extract with paired labels."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    f = Flow(family="serif", size=11)
    f.para(f"{c.name_fr.upper()} / {c.name_en.upper()}", bold=True, align="center", after=12)
    f.title("COPIE INTÉGRALE D'ACTE DE NAISSANCE / FULL BIRTH CERTIFICATE" if full else
            "EXTRAIT D'ACTE DE NAISSANCE / BIRTH CERTIFICATE EXTRACT", size=12.5)
    for label, value in (("Nom / Surname", p.surname.upper()), ("Prénoms / Given names", p.given_names),
                         ("Sexe / Sex", p.sex), ("Date de naissance / Date of birth",
                                                  fmt_date(p.date_of_birth, "abbr_bilingual")),
                         ("Lieu de naissance / Place of birth", p.place_of_birth)):
        f.para(f"{label} : {value}", after=4)
    if full:
        father, mother = _parents(rng, p)
        f.para(f"Père / Father : {father}   Mère / Mother : {mother}", after=4)
    f.space(8)
    f.para(f"Délivré le / Issued on : {fmt_date(ctx.birth_issue, 'dmy_dot')}", after=6)
    f.signature(squiggle(rng))
    return f.sheets, _birth_truth(ctx, p, "fr")


def _nat_truth(ctx: DocContext, p: Identity, photo: bool) -> dict[str, str]:
    return person_truth(p) | {"nationality": p.country.code, "issue_date": ctx.natcert_issue.isoformat(),
                              "has_photo": str(photo).lower()}


def _photo(f: Flow, ctx: DocContext, kind: str) -> bool:
    photo = kind not in ctx.without_photo
    if photo:
        f.sheet.photo(595 - 62 - 100, 60, 100, 128)
    return photo


def nationality_court_caps(ctx: DocContext, rng: random.Random) -> Built:
    """'NOUS, PRESIDENT DU TRIBUNAL ... CERTIFIONS', all capitals under the national motto."""
    p = ctx.shown("nationality_certificate")
    c = p.country
    f = Flow(family="serif", size=10.5)
    photo = _photo(f, ctx, "nationality_certificate")
    _motto(f, c)
    f.para(caps(f"TRIBUNAL DE PREMIERE INSTANCE DE {rng.choice(c.cities)}"), after=50)
    f.title("CERTIFICAT DE NATIONALITE", size=14)
    f.para(caps(f"NOUS, PRESIDENT DU TRIBUNAL DE PREMIERE INSTANCE, CERTIFIONS QUE {p.surname} {p.given_names}, "
                f"{ne(p)} LE {fmt_date(p.date_of_birth, 'dmy_slash')} A {p.place_of_birth}, EST DE NATIONALITE "
                f"{c.nationality_fr}."))
    f.para("EN FOI DE QUOI NOUS AVONS DELIVRE LE PRESENT CERTIFICAT POUR SERVIR ET VALOIR CE QUE DE DROIT.")
    f.para(f"FAIT LE {fmt_date(ctx.natcert_issue, 'dmy_slash')}", after=4)
    f.signature(squiggle(rng), label="LE PRESIDENT")
    return f.sheets, _nat_truth(ctx, p, photo)


def nationality_english(ctx: DocContext, rng: random.Random) -> Built:
    """An English certificate, "This is to certify", date written out."""
    p = ctx.shown("nationality_certificate")
    c = p.country
    f = Flow(family="sans", size=11)
    photo = _photo(f, ctx, "nationality_certificate")
    f.para(c.name_en.upper(), bold=True, after=1)
    f.para("Ministry of Home Affairs", after=60)
    f.title("CERTIFICATE OF NATIONALITY", size=15)
    f.para(f"This is to certify that {civ(p, 'en')} {p.given_names} {p.surname.upper()}, born on "
           f"{fmt_date(p.date_of_birth, 'en_day_first')} at {p.place_of_birth}, is a citizen of {c.name_en}.")
    f.para(f"Issued on {fmt_date(ctx.natcert_issue, 'en_long')}.", after=8)
    f.signature(squiggle(rng), label="Authorised officer")
    return f.sheets, _nat_truth(ctx, p, photo)


def nationality_form(ctx: DocContext, rng: random.Random) -> Built:
    """A labelled form, dates in figures with spaces."""
    p = ctx.shown("nationality_certificate")
    c = p.country
    f = Flow(family="cond", size=11)
    photo = _photo(f, ctx, "nationality_certificate")
    f.para(f"{c.name_fr.upper()} - MINISTÈRE DE LA JUSTICE", bold=True, after=60)
    f.title("CERTIFICAT DE NATIONALITÉ", size=14)
    for label, value in (("Nom", p.surname.upper()), ("Prénom(s)", p.given_names),
                         ("Date de naissance", fmt_date(p.date_of_birth, "dmy_space")),
                         ("Lieu de naissance", p.place_of_birth),
                         ("Nationalité", f"{c.nationality_fr} d'origine")):
        f.para(f"{label} : {value}", after=4)
    f.space(8)
    f.para(f"Délivré le {fmt_date(ctx.natcert_issue, 'dmy_space')}", after=4)
    f.signature(squiggle(rng), label="Le greffier en chef")
    return f.sheets, _nat_truth(ctx, p, photo)


def nationality_translated(ctx: DocContext, rng: random.Random) -> Built:
    """An English original and its sworn French translation in one file."""
    p = ctx.shown("nationality_certificate")
    c = p.country
    f = Flow(family="serif", size=11)
    photo = _photo(f, ctx, "nationality_certificate")
    f.para(c.name_en.upper(), bold=True, after=70)
    f.title("CERTIFICATE OF CITIZENSHIP", size=14)
    f.para(f"{p.given_names} {p.surname.upper()}, born {fmt_date(p.date_of_birth, 'dmy_dot')}, is a citizen of "
           f"{c.name_en}. Issued {fmt_date(ctx.natcert_issue, 'dmy_dot')}.")
    f.signature(squiggle(rng))
    f.new_page()
    f.para("TRADUCTION CERTIFIÉE CONFORME À L'ORIGINAL", bold=True, align="center", after=16)
    f.title("CERTIFICAT DE NATIONALITÉ", size=13)
    f.para(f"{p.given_names} {p.surname.upper()}, {ne(p)} le {fmt_date(p.date_of_birth, 'dmy_dot')}, a la "
           f"nationalité {c.nationality_fr}. Délivré le {fmt_date(ctx.natcert_issue, 'dmy_dot')}.")
    f.para(f"Le traducteur juré, n° {rng.randint(100, 999)}", size=10)
    f.signature(squiggle(rng))
    return f.sheets, _nat_truth(ctx, p, photo)


def _cons_truth(ctx: DocContext, p: Identity, photo: bool) -> dict[str, str]:
    return person_truth(p) | {"nationality": p.country.code, "issue_date": ctx.consular_att_issue.isoformat(),
                              "has_photo": str(photo).lower()}


def consular_registration(ctx: DocContext, rng: random.Random) -> Built:
    """An "attestation d'immatriculation consulaire", place and date at the top."""
    p = ctx.shown("consular_attestation")
    c = p.country
    f = Flow(family="serif", size=11)
    photo = _photo(f, ctx, "consular_attestation")
    f.para(caps(f"CONSULAT GENERAL {du(c.name_fr)} A PARIS"), bold=True, after=70)
    f.para(f"Paris, le {fmt_date(ctx.consular_att_issue, 'fr_long')}", align="right", after=14)
    f.title("ATTESTATION D'IMMATRICULATION CONSULAIRE", size=13.5)
    f.para(f"Nous soussignés, Consul général {du(c.name_fr)} à Paris, attestons que {civ(p, 'fr')} "
           f"{p.surname.upper()} {p.given_names}, {ne(p)} le {fmt_date(p.date_of_birth, 'dmy_slash')} à "
           f"{p.place_of_birth}, de nationalité {c.nationality_fr}, est inscrit(e) au registre des "
           "ressortissants établis dans notre circonscription.")
    f.signature(squiggle(rng), label="Le Consul général")
    return f.sheets, _cons_truth(ctx, p, photo)


def consular_certificate_en(ctx: DocContext, rng: random.Random) -> Built:
    """An English "consular certificate" from an embassy."""
    p = ctx.shown("consular_attestation")
    c = p.country
    f = Flow(family="sans", size=11)
    photo = _photo(f, ctx, "consular_attestation")
    f.para(f"EMBASSY OF {c.name_en.upper()}", bold=True, after=1)
    f.para("Consular Section - Paris", after=70)
    f.title("CONSULAR CERTIFICATE", size=15)
    f.para(f"This is to certify that {civ(p, 'en')} {p.given_names} {p.surname.upper()}, born on "
           f"{fmt_date(p.date_of_birth, 'en_long')} in {p.place_of_birth}, holder of passport no. "
           f"{p.passport_number}, is a national of {c.name_en} registered with this Embassy.")
    f.para(f"Date: {fmt_date(ctx.consular_att_issue, 'dmy_slash')}", after=8)
    f.signature(squiggle(rng), label="Consular Officer")
    return f.sheets, _cons_truth(ctx, p, photo)


def consular_bilingual_form(ctx: DocContext, rng: random.Random) -> Built:
    """A bilingual labelled attestation from a chancery, dates with dots."""
    p = ctx.shown("consular_attestation")
    c = p.country
    f = Flow(family="cond", size=11)
    photo = _photo(f, ctx, "consular_attestation")
    f.para(f"AMBASSADE {caps(du(c.name_fr))} / EMBASSY OF {c.name_en.upper()}", bold=True, after=70)
    f.title("ATTESTATION CONSULAIRE / CONSULAR ATTESTATION", size=13)
    for label, value in (("Nom / Surname", p.surname.upper()), ("Prénoms / Given names", p.given_names),
                         ("Né(e) le / Born on", fmt_date(p.date_of_birth, "dmy_dot")),
                         ("Nationalité / Nationality", c.nationality_fr),
                         ("Passeport / Passport", p.passport_number)):
        f.para(f"{label} : {value}", after=4)
    f.space(8)
    f.para(f"Paris, {fmt_date(ctx.consular_att_issue, 'dmy_dot')}", after=4)
    f.signature(squiggle(rng), label="Le chef de chancellerie / Head of Chancery")
    return f.sheets, _cons_truth(ctx, p, photo)


def consular_letter_spanish(ctx: DocContext, rng: random.Random) -> Built:
    """A consulate's letter in the country's language with a French summary beneath (Spanish for all)."""
    p = ctx.shown("consular_attestation")
    c = p.country
    f = Flow(family="serif", size=11)
    photo = _photo(f, ctx, "consular_attestation")
    f.para(f"CONSULADO DE {caps(c.name_en)} EN PARÍS", bold=True, after=70)
    f.title("CONSTANCIA CONSULAR", size=15)
    f.para(f"El Cónsul hace constar que {p.given_names} {p.surname.upper()}, nacido(a) el "
           f"{fmt_date(p.date_of_birth, 'dmy_slash')} en {p.place_of_birth}, es ciudadano(a) de {c.name_en}.")
    f.para(f"Résumé en français : {p.given_names} {p.surname.upper()}, {ne(p)} le "
           f"{fmt_date(p.date_of_birth, 'dmy_slash')}, de nationalité {c.nationality_fr}.", size=10)
    f.para(f"París, {fmt_date(ctx.consular_att_issue, 'dmy_slash')}", after=4)
    f.signature(squiggle(rng), label="El Cónsul")
    return f.sheets, _cons_truth(ctx, p, photo)
