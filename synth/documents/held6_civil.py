"""Sixth held-out batch: birth certificates, nationality certificates and consular attestations (registers
typed in capitals, originals followed by their sworn translation, bilingual tables, court formulas, consulates'
letters)."""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, Truth, du, person_truth
from synth.documents.held6_common import (
    CAPTIONS,
    HOME_LANGUAGE,
    STAMP_BLUE,
    STAMP_VIOLET,
    STATE_NAMES,
    box_stamp,
    caps,
    grid,
    home_date,
    put,
    round_stamp,
    scribble,
    wrapped,
)
from synth.formats import days, fmt_date, fr_date_words, fr_number
from synth.identity import Country, Identity
from synth.layout import A4, Box, Flow, Sheet, Text

MOTTOS = {"SEN": "Un Peuple - Un But - Une Foi", "CMR": "Paix - Travail - Patrie",
          "MAR": "Dieu - La Patrie - Le Roi"}


def _birth_truth(ctx: DocContext, language: str) -> Truth:
    p = ctx.shown("birth_certificate")
    return person_truth(p) | {"sex": p.sex, "place_of_birth": p.place_of_birth, "copy_kind": ctx.birth_copy_kind,
                              "issue_date": ctx.birth_issue.isoformat(), "language": language}


def _parents(p: Identity, rng: random.Random) -> tuple[str, str]:
    c = p.country
    mother_surname = rng.choice([s for s in c.surnames if s != p.surname] or list(c.surnames))
    return f"{rng.choice(c.male)} {p.surname}", f"{rng.choice(c.female)} {mother_surname}"


def _hour_words(h: int, m: int) -> str:
    hours = "une heure" if h == 1 else f"{fr_number(h)} heures"
    return hours if m == 0 else f"{hours} {fr_number(m)}"


def _state_lines(c: Country, registry: bool = True) -> list[str]:
    if c.french_speaking:
        lines = [caps(STATE_NAMES[c.code])]
    else:
        lines = [f"{caps(c.name_fr)} - ETAT CIVIL" if registry else caps(c.name_fr)]
    if c.code in MOTTOS:
        lines.append(MOTTOS[c.code])
    return lines


# ---------------------------------------------------------------- birth certificates


def birth_register_capitals(ctx: DocContext, rng: random.Random) -> Built:
    """A civil-status centre's act typed in capitals without accents: motto, act number, the birth told in words,
    parents and marginal notes on a full copy, a shorter form on an extract (a sworn translation for countries
    whose registers are not in French)."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    father, mother = _parents(p, rng)
    sh = Sheet()
    y = 56.0
    for line in _state_lines(c):
        sh.add(Text(60, y, line, 9, bold=True))
        y += 13
    sh.add(Text(60, y + 2, "-" * 24, 8))
    sh.add(Text(60, y + 14, f"COMMUNE DE {caps(p.place_of_birth)}", 9))
    sh.add(Text(60, y + 27, "CENTRE D'ETAT CIVIL PRINCIPAL", 9))
    year = p.date_of_birth.year
    sh.add(Text(535, 56, f"ANNEE {year}", 9, align="right", family="mono"))
    sh.add(Text(535, 70, f"ACTE N° {rng.randint(12, 4800):04d}", 9, align="right", family="mono"))
    if not c.french_speaking:
        sh.add(Text(535, 84, "TRADUCTION", 9, align="right", bold=True))
    title = "COPIE LITTERALE D'ACTE DE NAISSANCE" if full else "EXTRAIT D'ACTE DE NAISSANCE"
    sh.add(Text(A4[0] / 2, 150, title, 14, align="center", bold=True))
    sh.add(Text(A4[0] / 2, 166, "=" * len(title), 9, align="center", family="mono"))
    born = p.date_of_birth
    hour, minute = rng.randint(0, 23), rng.choice((0, 10, 15, 20, 30, 45, 50))
    sexe = "FEMININ" if p.sex == "F" else "MASCULIN"
    y = 200.0
    if full:
        declared = born + days(rng.randint(1, 25))
        was_born = "NEE" if p.sex == "F" else "NE"
        body = (f"LE {caps(fr_date_words(born))}, A {caps(_hour_words(hour, minute))}, EST {was_born} "
                f"A {caps(p.place_of_birth)} : {caps(p.given_names)} {caps(p.surname)}, DE SEXE {sexe}, "
                f"{'FILLE' if p.sex == 'F' else 'FILS'} DE {caps(father)}, NE LE "
                f"{fmt_date(born - days(rng.randint(8000, 14000)), 'dmy_slash')}, ET DE {caps(mother)}, "
                f"NEE LE {fmt_date(born - days(rng.randint(7000, 12000)), 'dmy_slash')}, SON EPOUSE. "
                f"DRESSE LE {caps(fr_date_words(declared))} SUR LA DECLARATION DU PERE, QUI, LECTURE FAITE, A SIGNE "
                f"AVEC NOUS, {caps(rng.choice(('Ousmane Sarr', 'Paul Essomba', 'Rachid Benjelloun', 'Ana Prado')))}, "
                "OFFICIER DE L'ETAT CIVIL.")
        y = wrapped(sh, 70, y, body, 455, 10.5, "mono", lead=1.6)
        y += 14
        sh.add(Text(70, y, "MENTIONS MARGINALES :", 10.5, family="mono", bold=True))
        sh.add(Text(250, y, "NEANT", 10.5, family="mono"))
        y += 40
        closing = "POUR COPIE CERTIFIEE CONFORME AU REGISTRE"
    else:
        for label, value in (("NOM", caps(p.surname)), ("PRENOMS", caps(p.given_names)), ("SEXE", sexe),
                             ("DATE DE NAISSANCE", caps(fr_date_words(born))),
                             ("HEURE", caps(_hour_words(hour, minute))), ("LIEU DE NAISSANCE", caps(p.place_of_birth))):
            sh.add(Text(70, y, f"{label} ", 10.5, family="mono", bold=True))
            put(sh, 250, y, f": {value}", 10.5, width=285, family="mono")
            y += 22
        y += 20
        closing = "POUR EXTRAIT CONFORME"
    sh.add(Text(70, y, closing, 10.5, family="mono", bold=True))
    town = caps(p.place_of_birth)
    sh.add(Text(70, y + 22, f"DELIVRE A {town}, LE {fmt_date(ctx.birth_issue, 'dmy_slash')}", 10.5, family="mono"))
    sh.add(Text(400, y + 56, "L'OFFICIER DE L'ETAT CIVIL", 9.5, align="center", bold=True))
    scribble(sh, 350, y + 86, rng, 100, rgb=(0.1, 0.1, 0.3))
    round_stamp(sh, 250, y + 90, 40, "ETAT CIVIL", ["OFFICIER", town[:14]], STAMP_VIOLET)
    if not c.french_speaking:
        yy = y + 160
        sh.add(Text(70, yy, f"Traduit de l'original par {rng.choice(('Marie Lenoir', 'Ahmed Kaci', 'Jorge Alves'))},",
                    9))
        sh.add(Text(70, yy + 13, "traducteur expert près la Cour d'appel de Paris. Traduction certifiée conforme.",
                    9))
        box_stamp(sh, 360, yy + 24, ["TRADUCTEUR EXPERT", f"N° {rng.randint(1000, 9999)}", "COUR D'APPEL DE PARIS"],
                  7.5)
    return [sh], _birth_truth(ctx, "fr")


_ORIGINAL = {  # title of a full copy, of an extract, then father, mother, issued
    "es": ("COPIA ÍNTEGRA DEL REGISTRO CIVIL DE NACIMIENTO", "EXTRACTO DEL REGISTRO CIVIL DE NACIMIENTO", "Padre",
           "Madre", "Expedido el"),
    "pt": ("CERTIDÃO DE NASCIMENTO EM INTEIRO TEOR", "CERTIDÃO DE NASCIMENTO EM BREVE RELATO", "Pai", "Mãe",
           "Emitida em"),
    "de": ("BEGLAUBIGTER AUSDRUCK AUS DEM GEBURTENREGISTER", "GEBURTSURKUNDE (AUSZUG)", "Vater", "Mutter",
           "Ausgestellt am"),
    "it": ("COPIA INTEGRALE DELL'ATTO DI NASCITA", "ESTRATTO PER RIASSUNTO DELL'ATTO DI NASCITA", "Padre", "Madre",
           "Rilasciato il"),
    "vi": ("BẢN SAO GIẤY KHAI SINH (ĐẦY ĐỦ)", "TRÍCH LỤC KHAI SINH", "Cha", "Mẹ", "Cấp"),
    "en": ("CERTIFIED FULL COPY OF AN ENTRY OF BIRTH", "SHORT BIRTH CERTIFICATE", "Father", "Mother", "Issued on"),
    "fr": ("COPIE INTÉGRALE D'ACTE DE NAISSANCE", "EXTRAIT D'ACTE DE NAISSANCE", "Père", "Mère", "Délivré le"),
}
_LANG_FR = {"es": "espagnole", "pt": "portugaise", "de": "allemande", "it": "italienne", "vi": "vietnamienne",
            "en": "anglaise"}


def birth_original_then_translation(ctx: DocContext, rng: random.Random) -> Built:
    """The registry's original in its own language on page 1, the sworn French translation on page 2 (a
    legalisation page instead when the original is already French)."""
    p = ctx.shown("birth_certificate")
    c = p.country
    lang = HOME_LANGUAGE[c.code]
    full = ctx.birth_copy_kind == "full_copy"
    father, mother = _parents(p, rng)
    cap = CAPTIONS[lang]
    t_full, t_extract, w_father, w_mother, w_issued = _ORIGINAL[lang]
    entry = f"{rng.randint(1, 9)}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
    # page 1: the original
    s1 = Sheet()
    put(s1, A4[0] / 2, 60, STATE_NAMES[c.code], 13, width=470, align="center", bold=True)
    put(s1, A4[0] / 2, 80, p.place_of_birth, 10, align="center", gray=0.3)
    put(s1, A4[0] / 2, 120, t_full if full else t_extract, 13, width=470, align="center", bold=True)
    s1.add(Text(535, 142, entry, 9, align="right", family="mono"))
    rows = [[cap[0], p.surname.upper()], [cap[1], p.given_names], [cap[4], p.sex],
            [cap[3], home_date(p.date_of_birth, lang)], [cap[5], p.place_of_birth]]
    if full:
        rows += [[w_father, father], [w_mother, mother]]
    y = grid(s1, 60, 160, [170, 305], rows, size=10.5, row_h=26, shade=None)
    if full:
        marginal = {"es": "Notas marginales: ninguna", "pt": "Averbações: nada consta",
                    "de": "Hinweise: keine", "it": "Annotazioni: nessuna", "vi": "Ghi chú: không",
                    "en": "Marginal notes: none", "fr": "Mentions marginales : néant"}[lang]
        s1.add(Text(60, y + 24, marginal, 10))
    s1.add(Text(60, y + 60, f"{w_issued} {home_date(ctx.birth_issue, lang)}", 10.5, bold=True))
    scribble(s1, 370, y + 110, rng, 100)
    round_stamp(s1, 300, y + 110, 38, caps(c.name_fr)[:20], ["REGISTRO" if lang in ("es", "pt", "it") else "CIVIL"],
                STAMP_BLUE)
    # page 2: the translation, or the legalisation of a French original
    s2 = Sheet()
    if lang == "fr":
        s2.add(Text(A4[0] / 2, 80, "LÉGALISATION", 15, align="center", bold=True))
        y2 = wrapped(s2, 70, 120, f"Vu pour la légalisation de la signature de l'officier de l'état civil de "
                                  f"{p.place_of_birth}, apposée sur l'acte n° {entry} ci-contre, délivré le "
                                  f"{fmt_date(ctx.birth_issue, 'fr_long')}.", 455, 11, "serif")
        legal = ctx.birth_issue + days(rng.randint(1, 6))
        s2.add(Text(70, y2 + 30, f"{c.name_fr}, le {fmt_date(legal, 'dmy_slash')}", 11, family="serif"))
        s2.add(Text(70, y2 + 50, "Pour le Ministre des Affaires étrangères, le chef du bureau des légalisations", 9.5,
                    family="serif"))
        scribble(s2, 120, y2 + 90, rng, 90)
        round_stamp(s2, 400, y2 + 90, 42, "AFFAIRES ETRANGERES", ["LEGALISATION", c.code], STAMP_VIOLET)
        language = "fr"
    else:
        s2.add(Text(A4[0] / 2, 60, f"TRADUCTION DE LA LANGUE {_LANG_FR[lang].upper()}", 11, align="center", bold=True))
        put(s2, A4[0] / 2, 86, caps(STATE_NAMES[c.code]) if lang != "vi" else "RÉPUBLIQUE SOCIALISTE DU VIÊT NAM",
            11, width=470, align="center")
        ft = _ORIGINAL["fr"]
        s2.add(Text(A4[0] / 2, 120, ft[0] if full else ft[1], 13, align="center", bold=True))
        s2.add(Text(535, 136, f"Acte n° {entry}", 9, align="right"))
        rows = [["Nom", p.surname.upper()], ["Prénom(s)", p.given_names], ["Sexe", p.sex],
                ["Date de naissance", fmt_date(p.date_of_birth, "fr_long")], ["Lieu de naissance", p.place_of_birth]]
        if full:
            rows += [["Père", father], ["Mère", mother]]
        y2 = grid(s2, 60, 146, [170, 305], rows, size=10.5, row_h=24, shade=None)
        if full:
            s2.add(Text(60, y2 + 22, "Mentions marginales : néant", 10))
        s2.add(Text(60, y2 + 48, f"Délivré le {fmt_date(ctx.birth_issue, 'fr_long')} (signature et cachet illisibles)",
                    10))
        done = ctx.birth_issue + days(rng.randint(2, 12))
        translator = rng.choice(("Lucía Ferrer", "Hoa Tran", "Karl Weber", "Sara Conti", "John Okafor"))
        y3 = wrapped(s2, 60, y2 + 100, f"Je soussigné(e), {translator}, "
                     "traducteur-interprète expert près la Cour d'appel de Paris, certifie la présente traduction "
                     f"conforme à l'original rédigé en langue {_LANG_FR[lang]}.", 470, 10, "serif")
        s2.add(Text(60, y3 + 14, f"Paris, le {fmt_date(done, 'dmy_slash')}", 10, family="serif"))
        box_stamp(s2, 330, y3 + 30, ["TRADUCTION CERTIFIÉE CONFORME",
                                      f"Expert n° {rng.randint(100, 999)}-{rng.randint(10, 99)}",
                                      "Cour d'appel de Paris"], 7.5)
        scribble(s2, 360, y3 + 100, rng, 90)
        s2.add(Text(297, 800, "Page 2 / 2", 8, align="center", gray=0.4))
        language = "en+fr" if lang == "en" else "fr"
    return [s1, s2], _birth_truth(ctx, language)


def birth_bilingual_numbered_rows(ctx: DocContext, rng: random.Random) -> Built:
    """A French/English form, one numbered row per entry, the copy's kind in both languages in its title."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    father, mother = _parents(p, rng)
    sh = Sheet()
    sh.add(Text(60, 50, caps(STATE_NAMES[c.code]) if c.french_speaking else caps(c.name_en), 9, bold=True))
    sh.add(Text(60, 62, "ÉTAT CIVIL / CIVIL STATUS REGISTRATION", 8))
    sh.add(Text(535, 50, f"Centre : {p.place_of_birth}", 8.5, align="right"))
    sh.add(Text(535, 62, f"N° {rng.randint(100, 999)}/{p.date_of_birth.year}", 8.5, align="right", family="mono"))
    t1, t2 = (("COPIE INTÉGRALE D'ACTE DE NAISSANCE", "FULL COPY OF BIRTH CERTIFICATE") if full else
              ("EXTRAIT D'ACTE DE NAISSANCE", "EXTRACT OF BIRTH CERTIFICATE"))
    sh.add(Text(A4[0] / 2, 105, t1, 13, align="center", bold=True))
    sh.add(Text(A4[0] / 2, 121, t2, 11, align="center", gray=0.3))
    born = p.date_of_birth
    rows = [["N°", "Rubrique / Entry", "Mention / Particulars"],
            ["1", "Nom / Surname", p.surname.upper()],
            ["2", "Prénoms / Given names", p.given_names],
            ["3", "Date de naissance / Date of birth", f"{fmt_date(born, 'dmy_slash')} ({fmt_date(born, 'fr_long')})"],
            ["4", "Lieu de naissance / Place of birth", p.place_of_birth],
            ["5", "Sexe / Sex", "Féminin / Female" if p.sex == "F" else "Masculin / Male"]]
    if full:
        rows += [["6", "Père / Father", father], ["7", "Mère / Mother", mother],
                 ["8", "Déclarant / Informant", rng.choice(("Le père / The father", "La mère / The mother"))],
                 ["9", "Mentions marginales / Marginal notes", "Néant / Nil"]]
    y = grid(sh, 50, 150, [30, 190, 275], rows, size=9.5, row_h=28, header=True)
    if not full:
        sh.add(Text(50, y + 20, "Extrait sans filiation / Extract without parentage", 9, gray=0.3))
    sh.add(Text(50, y + 52, f"Délivré le / Issued on : {fmt_date(ctx.birth_issue, 'dmy_slash')}", 10.5, bold=True))
    sh.add(Text(50, y + 70, f"à / at : {p.place_of_birth}", 10))
    sh.add(Text(420, y + 52, "L'Officier d'état civil", 9.5, align="center"))
    sh.add(Text(420, y + 64, "The Registrar", 9.5, align="center", gray=0.3))
    scribble(sh, 370, y + 96, rng, 100)
    round_stamp(sh, 260, y + 110, 40, "ETAT CIVIL · CIVIL STATUS", [caps(p.place_of_birth)[:14]], STAMP_BLUE)
    return [sh], _birth_truth(ctx, "en+fr")


# ---------------------------------------------------------------- nationality certificates


def _nat_truth(ctx: DocContext, kind: str, issue: str) -> Truth:
    p = ctx.shown(kind)
    return person_truth(p) | {"nationality": p.country.code, "issue_date": issue,
                              "has_photo": str(kind not in ctx.without_photo).lower()}


def nationality_court_formula(ctx: DocContext, rng: random.Random) -> Built:
    """A court's (or, abroad, a consul's) certificate: 'Nous, ... certifions', the photo glued under a stamp."""
    p = ctx.shown("nationality_certificate")
    c = p.country
    photo = "nationality_certificate" not in ctx.without_photo
    f = Flow("serif", 11.5, margin=64)
    sh = f.sheet
    y = 58.0
    for line in _state_lines(c, registry=False):
        sh.add(Text(64, y, line, 9.5, bold=True, family="serif"))
        y += 13
    town = rng.choice(c.cities)
    if c.french_speaking:
        issuer = f"Tribunal de Grande Instance de {town}"
        sh.add(Text(64, y + 6, "MINISTERE DE LA JUSTICE", 9, family="serif"))
        sh.add(Text(64, y + 19, issuer.upper(), 9, family="serif"))
        who = f"Nous, {rng.choice(('Abdou Karim Ba', 'Jean Mvondo', 'Leïla Chraibi'))}, Président du {issuer}"
        place = town
    else:
        issuer = f"Section consulaire de l'Ambassade {du(c.name_fr)} à Paris"
        sh.add(Text(64, y + 6, issuer, 9, family="serif"))
        who = f"Nous, Consul, chef de la {issuer[0].lower()}{issuer[1:]}"
        place = "Paris"
    if photo:
        sh.photo(440, 50, 88, 110)
        round_stamp(sh, 450, 150, 32, "TRIBUNAL" if c.french_speaking else "CONSULAT", [c.code], STAMP_VIOLET)
    f.y = 200
    f.para("CERTIFICAT DE NATIONALITÉ", size=17, bold=True, align="center", after=4)
    f.para(f"N° {rng.randint(10, 999)}/{ctx.natcert_issue.year}", size=10, align="center", after=22)
    f.para(f"{who},")
    f.para("Vu les pièces produites, et notamment l'acte de naissance de l'intéressé(e),", after=4)
    f.para("CERTIFIONS que :", bold=True)
    pronoun = "Madame" if p.sex == "F" else "Monsieur"
    f.para(f"{pronoun} {p.given_names} {p.surname.upper()}, {'née' if p.sex == 'F' else 'né'} le "
           f"{fmt_date(p.date_of_birth, 'fr_long')} à {p.place_of_birth} ({c.name_fr}), est de nationalité "
           f"{c.nationality_fr}, par filiation.", indent=20)
    f.para("En foi de quoi nous avons délivré le présent certificat, pour servir et valoir ce que de droit.")
    f.space(10)
    f.para(f"Fait à {place}, le {fmt_date(ctx.natcert_issue, 'fr_long')}", align="right")
    f.para("Le Président" if c.french_speaking else "Le Consul", align="right", bold=True)
    scribble(f.sheet, 400, f.y + 30, rng, 90)
    return f.sheets, _nat_truth(ctx, "nationality_certificate", ctx.natcert_issue.isoformat())


def nationality_english_form(ctx: DocContext, rng: random.Random) -> Built:
    """A ministry's form in English and the country's language, fields in boxes, the photo in a frame at the left."""
    p = ctx.shown("nationality_certificate")
    c = p.country
    photo = "nationality_certificate" not in ctx.without_photo
    lang = HOME_LANGUAGE[c.code]
    cap = CAPTIONS[lang]
    en = CAPTIONS["en"]
    sh = Sheet()
    sh.add(Text(A4[0] / 2, 58, caps(STATE_NAMES[c.code]), 11, align="center", bold=True))
    sh.add(Text(A4[0] / 2, 74, "MINISTRY OF INTERIOR · DEPARTMENT OF CITIZENSHIP", 9, align="center"))
    sh.add(Text(A4[0] / 2, 112, "CERTIFICATE OF NATIONALITY", 17, align="center", bold=True))
    sh.add(Text(535, 140, f"Serial No. {rng.choice('ABCDEFGH')}{rng.randint(100000, 999999)}", 9.5, align="right",
                family="mono"))
    x = 200 if photo else 60
    if photo:
        sh.add(Text(60, 160, "Photograph", 7, gray=0.4))
        sh.photo(60, 166, 112, 140)
        round_stamp(sh, 160, 290, 30, "CITIZENSHIP", [c.code], STAMP_BLUE)
    y = 164.0
    for i, value in ((0, p.surname.upper()), (1, p.given_names), (3, fmt_date(p.date_of_birth, "en_day_first")),
                     (5, p.place_of_birth), (2, c.name_en)):
        label = en[i] if lang == "en" else f"{en[i]} / {cap[i]}"
        sh.add(Box(x, y, 535 - x, 34, stroke=0.35, line=0.6))
        put(sh, x + 5, y + 11, label, 7, width=535 - x - 10, gray=0.35)
        put(sh, x + 5, y + 27, value, 11, width=535 - x - 10, bold=True)
        y += 40
    y = wrapped(sh, 60, max(y, 330) + 24,
                f"This is to certify that the person named above is a citizen of {c.name_en} by birth, as shown by the "
                "records of this Department.", 475, 10.5, "serif")
    y = wrapped(sh, 60, y + 6, "This certificate is issued at the request of the holder and is valid for six months "
                "from its date of issue.", 475, 10.5, "serif")
    sh.add(Text(60, y + 30, f"Date of issue: {fmt_date(ctx.natcert_issue, 'en_day_first')}", 11, bold=True))
    sh.add(Text(60, y + 48, f"Place of issue: {rng.choice(c.cities)}", 11))
    sh.add(Text(430, y + 30, "Director of Citizenship", 9.5, align="center"))
    scribble(sh, 380, y + 66, rng, 100)
    return [sh], _nat_truth(ctx, "nationality_certificate", ctx.natcert_issue.isoformat())


# ---------------------------------------------------------------- consular attestations


def consular_attestation_letterhead_fr(ctx: DocContext, rng: random.Random) -> Built:
    """A consulate's letter in French, third person: letterhead, reference, the photo glued at the top right."""
    p = ctx.shown("consular_attestation")
    c = p.country
    photo = "consular_attestation" not in ctx.without_photo
    f = Flow("serif", 11.5, margin=66)
    sh = f.sheet
    post = rng.choice((f"Consulat général {du(c.name_fr)} à Paris", f"Ambassade {du(c.name_fr)} en France"))
    put(sh, 66, 58, caps(STATE_NAMES[c.code]) if c.french_speaking else c.name_fr.upper(), 10, bold=True)
    put(sh, 66, 72, post, 9.5, width=300)
    sh.add(Text(66, 86, f"Réf. : {rng.randint(100, 999)}/{c.code}/CONS/{ctx.consular_att_issue.year}", 8.5,
                family="mono"))
    sh.add(Text(529, 58, f"Paris, le {fmt_date(ctx.consular_att_issue, 'fr_long')}", 10.5, align="right",
                family="serif"))
    if photo:
        sh.photo(440, 78, 80, 100)
        round_stamp(sh, 445, 170, 28, "CONSULAT", [c.code], STAMP_VIOLET)
    f.y = 215
    f.para("ATTESTATION CONSULAIRE", size=16, bold=True, align="center", after=18)
    f.para(f"Le Consul général {du(c.name_fr)} à Paris atteste que {'Madame' if p.sex == 'F' else 'Monsieur'} "
           f"{p.surname.upper()} {p.given_names}, {'née' if p.sex == 'F' else 'né'} le "
           f"{fmt_date(p.date_of_birth, 'dmy_slash')} à {p.place_of_birth}, de nationalité {c.nationality_fr}, "
           f"titulaire du passeport n° {p.passport_number}, est connu{'e' if p.sex == 'F' else ''} de nos services "
           "et régulièrement immatriculé" + ("e" if p.sex == "F" else "") + " au registre des nationaux.")
    f.para("La présente attestation est délivrée à l'intéressé" + ("e" if p.sex == "F" else "")
           + " pour servir et valoir ce que de droit.")
    f.space(16)
    f.para("Le Consul général", align="right", bold=True)
    scribble(f.sheet, 400, f.y + 28, rng, 90)
    return f.sheets, _nat_truth(ctx, "consular_attestation", ctx.consular_att_issue.isoformat())


def consular_attestation_to_whom_en(ctx: DocContext, rng: random.Random) -> Built:
    """An embassy's 'To whom it may concern' in English, the holder's particulars in a table beside the photo."""
    p = ctx.shown("consular_attestation")
    c = p.country
    photo = "consular_attestation" not in ctx.without_photo
    sh = Sheet()
    sh.add(Text(A4[0] / 2, 56, f"EMBASSY OF {caps(c.name_en)}", 13, align="center", bold=True))
    sh.add(Text(A4[0] / 2, 72, "Consular Section · Paris, France", 9.5, align="center", gray=0.3))
    sh.add(Text(60, 108, f"Our ref.: EMB/CS/{rng.randint(1000, 9999)}", 9.5, family="mono"))
    sh.add(Text(535, 108, f"Date: {fmt_date(ctx.consular_att_issue, 'dmy_slash')}", 10, align="right"))
    sh.add(Text(A4[0] / 2, 150, "TO WHOM IT MAY CONCERN", 14, align="center", bold=True))
    sh.add(Text(A4[0] / 2, 166, "CONSULAR ATTESTATION OF IDENTITY", 10, align="center", gray=0.3))
    y = wrapped(sh, 60, 196, "The Consular Section of the Embassy hereby attests that the person whose particulars "
                "and photograph appear below is a national of " + c.name_en + " registered with this Mission.",
                475, 10.5, "serif")
    tx = 190 if photo else 60
    if photo:
        sh.photo(60, y + 10, 108, 136)
        round_stamp(sh, 150, y + 130, 30, "CONSULAR SECTION", [c.code], STAMP_BLUE)
    rows = [["Surname", p.surname.upper()], ["Given names", p.given_names],
            ["Date of birth", fmt_date(p.date_of_birth, "en_long")], ["Place of birth", p.place_of_birth],
            ["Nationality", c.name_en], ["Passport No.", p.passport_number]]
    y2 = grid(sh, tx, y + 10, [110, 535 - tx - 110], rows, size=10, row_h=24, shade=None)
    y3 = wrapped(sh, 60, max(y2, y + 150) + 30, "This attestation is issued at the request of the above-named "
                 "for administrative purposes in France.", 475, 10.5, "serif")
    sh.add(Text(400, y3 + 30, "For the Ambassador", 10, align="center"))
    scribble(sh, 350, y3 + 62, rng, 100)
    sh.add(Text(400, y3 + 92, "Consular Officer", 10, align="center", bold=True))
    return [sh], _nat_truth(ctx, "consular_attestation", ctx.consular_att_issue.isoformat())

