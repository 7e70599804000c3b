"""Fourth held-out batch (session 13): birth certificates, nationality certificates, consular attestations
and consular cards.

Written by a hand that has not seen the reader nor the earlier held-out batches; nobody
tunes the reader on these families.
"""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.common import Built, civ, consular_card_truth, du, ne, person_truth
from synth.documents.dev_common import table
from synth.documents.held4_parts import (
    cell,
    dmy,
    en_ord,
    fr_day,
    frame_stamp,
    mark,
    ordinal,
    rule,
)
from synth.documents.registry import caps
from synth.formats import MONTHS_EN, days, fr_date_words
from synth.identity import Country, Identity
from synth.layout import A4, Box, Flow, Sheet, wrap

_MOTTO = {"SEN": "Un Peuple - Un But - Une Foi", "CMR": "Paix - Travail - Patrie",
          "MAR": "Dieu - La Patrie - Le Roi"}
_TONGUE = {"BRA": ("portugaise", "portugais"), "COL": ("espagnole", "espagnol"), "ESP": ("espagnole", "espagnol"),
           "VNM": ("vietnamienne", "vietnamien"), "DEU": ("allemande", "allemand"), "ITA": ("italienne", "italien"),
           "MAR": ("arabe", "arabe"), "CMR": ("anglaise", "anglais"), "IND": ("anglaise", "anglais"),
           "NGA": ("anglaise", "anglais")}
_ORIGINAL_TITLE = {
    "BRA": ("CERTIDÃO DE NASCIMENTO - INTEIRO TEOR", "CERTIDÃO DE NASCIMENTO - BREVE RELATO"),
    "COL": ("REGISTRO CIVIL DE NACIMIENTO - COPIA ÍNTEGRA", "REGISTRO CIVIL DE NACIMIENTO - EXTRACTO"),
    "ESP": ("CERTIFICACIÓN LITERAL DE NACIMIENTO", "CERTIFICACIÓN EN EXTRACTO DE NACIMIENTO"),
    "DEU": ("GEBURTSURKUNDE - BEGLAUBIGTER REGISTERAUSDRUCK", "GEBURTSURKUNDE (AUSZUG)"),
    "ITA": ("ESTRATTO PER COPIA INTEGRALE DELL'ATTO DI NASCITA", "ESTRATTO PER RIASSUNTO DELL'ATTO DI NASCITA"),
    "VNM": ("BẢN SAO GIẤY KHAI SINH", "TRÍCH LỤC KHAI SINH"),
    "MAR": ("نسخة كاملة من رسم الولادة", "مستخرج من رسم الولادة"),
}
_TRANSLATORS = ("Isabelle Ferrand", "Marco Pellegrini", "Ana Cristina Lopes", "Hoàng Thu Vân", "Samira Bensaïd",
                "Jonathan Okafor")
def _official(c: Country, rng: random.Random) -> str:
    """An official of the country: a registrar, a judge, a consul."""
    return f"{rng.choice(c.male + c.female)} {caps(rng.choice(c.surnames))}"


def _birth_truth(ctx: DocContext, p: Identity, lang: str) -> dict[str, str]:
    return person_truth(p) | {"sex": p.sex, "place_of_birth": p.place_of_birth, "copy_kind": ctx.birth_copy_kind,
                              "issue_date": ctx.birth_issue.isoformat(), "language": lang}


def _parents(p: Identity, rng: random.Random) -> tuple[str, str, date, date]:
    c = p.country
    father = f"{rng.choice([g for g in c.male if g != p.given_names])} {caps(p.surname)}"
    mother = f"{rng.choice([g for g in c.female if g != p.given_names])} {caps(rng.choice(c.surnames))}"
    fb = p.date_of_birth - days(rng.randint(24 * 365, 40 * 365))
    mb = p.date_of_birth - days(rng.randint(19 * 365, 35 * 365))
    return father, mother, fb, mb


def _hour_fr(h: int, m: int) -> str:
    return f"{h} heure{'s' if h > 1 else ''} {m} minute{'s' if m > 1 else ''}"


def birth_copy_margin_column(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    father, mother, fb, mb = _parents(p, rng)
    act = rng.randint(12, 3800)
    f = Flow(family="serif", size=10.5, margin=48)
    sh = f.sheet
    sh.text(48, 52, f"RÉPUBLIQUE {du(c.name_fr).upper()}", 10.5, bold=True)
    if c.code in _MOTTO:
        sh.text(48, 66, _MOTTO[c.code], 8.5, family="serif", gray=0.3)
    sh.text(48, 84, f"Commune de {p.place_of_birth}", 10)
    sh.text(48, 98, "Centre principal d'état civil", 10)
    sh.text(547, 52, f"Année {p.date_of_birth.year}", 10, align="right")
    sh.text(547, 66, f"Acte n° {act}", 10.5, bold=True, align="right")
    sh.text(547, 80, f"Registre n° {rng.randint(1, 9)}  -  Feuillet {rng.randint(10, 240)}", 9, align="right",
            gray=0.3)
    f.y = 128
    if c.code in _TONGUE and not c.french_speaking:
        f.para(f"(Traduction de l'original rédigé en langue {_TONGUE[c.code][0]})", size=9, align="center", after=4)
    f.title("COPIE INTÉGRALE D'ACTE DE NAISSANCE" if full else "EXTRAIT D'ACTE DE NAISSANCE", size=14)
    top = f.y
    col = 130  # margin column on the left of the act
    margin_lines = [f"N° {act}", f"{caps(p.surname)}", p.given_names, ""]
    if full:
        margin_lines.append("MENTIONS :")
        if rng.random() < 0.4:
            wed = p.date_of_birth.replace(year=p.date_of_birth.year + rng.randint(19, 22), day=min(p.date_of_birth.day, 28))
            if wed < ctx.birth_issue:
                margin_lines += ["Mariée" if p.sex == "F" else "Marié", f"le {dmy(wed, '.')}", f"à {p.place_of_birth}"]
            else:
                margin_lines.append("Néant")
        else:
            margin_lines.append("Néant")
    for i, line in enumerate(margin_lines):
        sh.text(54, top + 18 + 14 * i, line, 8.5, family="sans", bold=i == 0, gray=0.2)
    f.y = top + 4
    born = f"{fr_date_words(p.date_of_birth)} ({p.date_of_birth.strftime('%d/%m/%Y')})"
    indent = col + 6
    hh, mm = rng.randint(0, 23), rng.randint(1, 59)
    if full:
        f.para(f"Le {born}, à {_hour_fr(hh, mm)}, est {ne(p)} à {p.place_of_birth} ({c.name_fr}) un enfant de sexe "
               f"{'féminin' if p.sex == 'F' else 'masculin'}, prénommé{'e' if p.sex == 'F' else ''} "
               f"{p.given_names}, nom de famille {caps(p.surname)},", indent=indent, after=3)
        f.para(f"de {father}, né le {dmy(fb, '.')}, "
               f"{rng.choice(('cultivateur', 'fonctionnaire', 'mécanicien', 'commerçant'))},", indent=indent, after=3)
        f.para(f"et de {mother}, née le {dmy(mb, '.')}, {rng.choice(('ménagère', 'couturière', 'institutrice'))}, "
               f"domiciliés à {p.place_of_birth}.", indent=indent, after=6)
        declared = p.date_of_birth + days(rng.randint(1, 12))
        f.para(f"Dressé le {fr_date_words(declared)}, sur la déclaration du père, par Nous, {_official(c, rng)}, "
               "officier de l'état civil, qui, après lecture faite, avons signé avec le déclarant.", indent=indent)
    else:
        for label, value in (("Nom", caps(p.surname)), ("Prénoms", p.given_names),
                             ("Sexe", "F" if p.sex == "F" else "M"), ("Né(e) le", born),
                             ("à", f"{p.place_of_birth} ({c.name_fr})"),
                             ("Fils/fille de", f"{father} et de {mother}")):
            f.para(f"{label} : {value}", indent=indent, after=4)
    h = max(f.y - top + 12, 30 + 14 * len(margin_lines))
    sh.add(Box(48, top, col - 8, h, stroke=0.45, line=0.6))
    sh.add(Box(48 + col, top, 547 - 48 - col, h, stroke=0.45, line=0.6))
    f.y = top + h + 20
    f.para(("Pour copie intégrale certifiée conforme au registre." if full
            else "Pour extrait conforme, délivré sans les mentions marginales."), after=4)
    f.para(f"Délivrée à {p.place_of_birth}, le {fr_day(ctx.birth_issue)}", align="right", after=2)
    f.para("L'Officier de l'état civil", align="right", after=4)
    frame_stamp(f.sheet, 330, f.y + 4, [f"COMMUNE DE {caps(p.place_of_birth)}", "ÉTAT CIVIL", "Officier"], w=150)
    mark(f.sheet, 380, f.y + 30, rng)
    f.space(70)
    if c.code in _TONGUE and not c.french_speaking:
        f.para(f"Traduit par {rng.choice(_TRANSLATORS)}, traducteur assermenté, le {dmy(ctx.filing - days(3))}.",
               size=8.5)
    return f.sheets, _birth_truth(ctx, p, "fr")


def birth_sworn_translation_table(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    father, mother, _, _ = _parents(p, rng)
    legalised = c.code not in _TONGUE  # an original already in French: legalised rather than translated
    translator = rng.choice(_TRANSLATORS)
    court = rng.choice(("Paris", "Lyon", "Versailles", "Bordeaux", "Rennes"))
    done = min(ctx.filing, ctx.birth_issue + days(rng.randint(3, 20)))
    f = Flow(family="sans", size=10.5, margin=56)
    if legalised:
        f.para(f"RÉPUBLIQUE {du(c.name_fr).upper()}", bold=True, after=0)
        f.para(f"Ville de {p.place_of_birth} - Service de l'état civil", size=9.5, after=16)
        f.title("ACTE DE NAISSANCE - " + ("COPIE LITTÉRALE" if full else "EXTRAIT"), size=13)
    else:
        f.sheet.add(Box(56, 50, 483, 78, fill=0.93, stroke=0.4, line=0.6))
        f.sheet.text(66, 68, translator, 10.5, bold=True)
        f.sheet.text(66, 83, f"Traducteur-interprète expert près la Cour d'appel de {court}", 9)
        f.sheet.text(66, 97, f"Langue {_TONGUE[c.code][1]} - français   ·   Liste n° {rng.randint(100, 999)}", 9)
        f.sheet.text(529, 68, f"Trad. n° {done.year}/{rng.randint(10, 899):03d}", 9, align="right")
        f.sheet.text(66, 117, "TRADUCTION ASSERMENTÉE", 9.5, bold=True, gray=0.25)
        f.y = 150
        original = _ORIGINAL_TITLE.get(c.code)
        if original:
            f.para(f"[Intitulé de l'original : {original[0 if full else 1]}]", size=9, align="center", after=4)
        f.title("ACTE DE NAISSANCE - " + ("COPIE INTÉGRALE" if full else "EXTRAIT"), size=13)
        f.para(f"[En-tête : {c.name_fr} - Registre de l'état civil de {p.place_of_birth}]", size=9, after=8)
    born = f"{fr_day(p.date_of_birth)} ({p.date_of_birth.strftime('%d/%m/%Y')})"
    rows: list[tuple[str, ...]] = [("Rubrique", "Mention"), ("Nom de famille", caps(p.surname)), ("Prénom(s)", p.given_names),
            ("Sexe", "Féminin" if p.sex == "F" else "Masculin"), ("Date de naissance", born),
            ("Lieu de naissance", f"{p.place_of_birth} - {c.name_fr}")]
    if full:
        rows += [("Père", father), ("Mère", mother),
                 ("Enregistrement", f"Livre {rng.choice('ABC')}-{rng.randint(10, 99)}, folio {rng.randint(1, 300)}, "
                                    f"n° {rng.randint(1000, 99999)}"),
                 ("Mentions / Observations", rng.choice(("Néant", "Aucune mention", "-")))]
    rows.append(("Date de délivrance", dmy(ctx.birth_issue)))
    table(f, rows, (1.1, 2.4), header=True, size=10)
    f.para(f"[Signature illisible de l'officier de l'état civil] [Sceau : {caps(p.place_of_birth)}]", size=9,
           after=10)
    f.new_page()
    if legalised:
        f.title("LÉGALISATION", size=13)
        f.para(f"Vu pour légalisation de la signature de M./Mme {_official(c, rng)}, officier de l'état civil "
               f"de la commune de {p.place_of_birth}, apposée sur l'acte ci-contre.", after=10)
        f.para(f"{rng.choice(c.cities)}, le {dmy(done, '.')}", after=4)
        f.para(f"Ministère des Affaires étrangères {du(c.name_fr)} - Bureau des légalisations", size=9.5)
    else:
        f.title("CERTIFICATION DU TRADUCTEUR", size=13)
        f.para(f"Je soussigné(e), {translator}, traducteur-interprète expert près la Cour d'appel de {court}, "
               f"certifie que la traduction qui précède, établie sur deux pages, est fidèle et conforme à l'original "
               f"rédigé en langue {_TONGUE[c.code][0]} qui m'a été présenté.", after=10)
        f.para(f"Fait à {court}, le {dmy(done, '.')}", after=4)
    frame_stamp(f.sheet, 330, f.y + 10, [translator.upper() if not legalised else "LÉGALISATION",
                                         "Expert judiciaire" if not legalised else "Affaires étrangères",
                                         f"N° {rng.randint(1000, 9999)}"])
    mark(f.sheet, 360, f.y + 40, rng)
    f.space(80)
    n = len(f.sheets)
    for i, sheet in enumerate(f.sheets, 1):
        sheet.text(297, 810, f"Page {i} sur {n}", 8, align="center", gray=0.4)
    return f.sheets, _birth_truth(ctx, p, "fr")


def birth_numbered_particulars(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    lang = "fr" if c.french_speaking else "en"
    father, mother, _, _ = _parents(p, rng)
    reg_no = f"{rng.randint(1, 99):02d}/{p.date_of_birth.year}/{rng.randint(100, 99999):05d}"
    registered = p.date_of_birth + days(rng.randint(2, 40))
    f = Flow(family="sans", size=10.5, margin=54)
    if lang == "en":
        heads = (f"GOVERNMENT OF {c.name_en.upper()}", "DEPARTMENT OF CIVIL REGISTRATION",
                 f"Office of the Registrar of Births and Deaths, {p.place_of_birth}")
        title = "CERTIFIED FULL COPY OF BIRTH ENTRY" if full else "BIRTH CERTIFICATE (EXTRACT / SHORT FORM)"
        dob = f"{ordinal(p.date_of_birth.day)} {MONTHS_EN[p.date_of_birth.month - 1]} {p.date_of_birth.year}"
        items = [("Name of child", f"{p.given_names} {caps(p.surname)}"), ("Sex", "Female" if p.sex == "F" else "Male"),
                 ("Date of birth", dob), ("Place of birth", f"{p.place_of_birth}, {c.name_en}")]
        if full:
            items += [("Name of father", father), ("Name of mother", mother),
                      ("Permanent address of parents", f"{rng.randint(1, 200)} Main Road, {p.place_of_birth}"),
                      ("Registration number", reg_no), ("Date of registration", dmy(registered, "-")),
                      ("Remarks / subsequent entries", rng.choice(("Nil", "None")))]
        else:
            items += [("Registration number", reg_no)]
        closing = ("Certified that the above particulars are taken from the original record of births held in "
                   "this office.", f"Date of issue: {dmy(ctx.birth_issue, '-')}", "Registrar of Births and Deaths")
    else:
        heads = (f"RÉPUBLIQUE {du(c.name_fr).upper()}", "SYSTÈME NATIONAL D'ÉTAT CIVIL",
                 f"Centre d'état civil de {p.place_of_birth}")
        title = "ACTE DE NAISSANCE - COPIE INTÉGRALE" if full else "EXTRAIT D'ACTE DE NAISSANCE"
        dob = f"{dmy(p.date_of_birth, '-')} ({fr_date_words(p.date_of_birth)})"
        items = [("Nom", caps(p.surname)), ("Prénom(s)", p.given_names), ("Sexe", "Féminin" if p.sex == "F" else
                                                                         "Masculin"),
                 ("Date de naissance", dob), ("Lieu de naissance", f"{p.place_of_birth} ({c.name_fr})")]
        if full:
            items += [("Père", father), ("Mère", mother), ("N° d'enregistrement", reg_no),
                      ("Date d'enregistrement", dmy(registered, "-")),
                      ("Mentions marginales", rng.choice(("Néant", "Aucune")))]
        else:
            items += [("N° d'enregistrement", reg_no)]
        closing = ("Certifié conforme aux indications portées au registre.",
                   f"Date de délivrance : {dmy(ctx.birth_issue, '-')}", "L'Officier d'état civil")
    tongue = {"BRA": "Portuguese", "COL": "Spanish", "ESP": "Spanish", "VNM": "Vietnamese", "DEU": "German",
              "ITA": "Italian"}.get(c.code)
    if lang == "en" and tongue:
        f.para(f"[English translation of the original in {tongue}, certified by the issuing office]", size=8.5,
               align="right", after=8)
    for i, h in enumerate(heads):
        f.para(h, bold=i < 2, align="center", size=11 if i < 2 else 9.5, after=0)
    f.space(12)
    rule(f.sheet, 54, f.y, 487, weight=1.2)
    f.space(14)
    f.title(title, size=13)
    table(f, [(f"{i}.", cap, value) for i, (cap, value) in enumerate(items, 1)], (0.35, 2.0, 3.0), size=10)
    f.space(6)
    f.para(closing[0], size=9.5, after=6)
    f.para(closing[1], bold=True, after=18)
    mark(f.sheet, 380, f.y + 6, rng)
    f.space(30)
    f.para(closing[2], align="right", after=14)
    for k in range(6):  # the printout's verification code
        for j in range(6):
            if (k * 7 + j * 3 + rng.randint(0, 1)) % 2:
                f.sheet.add(Box(60 + j * 9, 700 + k * 9, 9, 9, fill=0.1, stroke=None))
    f.sheet.text(130, 730, ("This is a computer-generated certificate. Verify at the registry portal."
                            if lang == "en" else "Document édité par voie électronique - vérifiable en ligne."),
                 7.5, gray=0.4)
    return f.sheets, _birth_truth(ctx, p, lang)


# ---------------------------------------------------------------- nationality certificates


def _nat_truth(ctx: DocContext, p: Identity, photo: bool) -> dict[str, str]:
    return person_truth(p) | {"nationality": p.country.code, "issue_date": ctx.natcert_issue.isoformat(),
                              "has_photo": str(photo).lower()}


def nationality_we_certify(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("nationality_certificate")
    c = p.country
    photo = "nationality_certificate" not in ctx.without_photo
    city = rng.choice(c.cities)
    father, mother, _, _ = _parents(p, rng)
    f = Flow(family="serif", size=11, margin=58)
    sh = f.sheet
    for i, line in enumerate((f"RÉPUBLIQUE {du(c.name_fr).upper()}", _MOTTO.get(c.code, ""), "----------",
                              "MINISTÈRE DE LA JUSTICE", f"Tribunal de Première Instance de {city}", "Greffe")):
        if line:
            sh.text(160, 56 + 14 * i, line, 9 if i else 10, bold=i in (0, 3), align="center")
    if photo:
        sh.photo(430, 50, 100, 126)
        frame_stamp(sh, 400, 150, [f"TPI {caps(city)}", "GREFFE"], w=110)
    f.y = 200
    f.title(f"CERTIFICAT DE NATIONALITÉ {c.nationality_fr.upper()}", size=13.5)
    f.para(f"N° {rng.randint(10, 9999)}/CN/TPI/{ctx.natcert_issue.year}", align="center", size=10, after=14)
    f.para(f"Nous, {_official(c, rng)}, Président du Tribunal de Première Instance de {city},")
    f.para("Vu le Code de la nationalité et notamment ses dispositions relatives à la nationalité d'origine ;",
           after=3)
    f.para(f"Vu l'extrait d'acte de naissance n° {rng.randint(100, 5000)} et les pièces produites ;", after=10)
    f.para("CERTIFIONS que :", bold=True, after=6)
    f.para(f"{civ(p, 'fr')} {caps(p.surname)} {p.given_names}, {ne(p)} le {fr_day(p.date_of_birth)} à "
           f"{p.place_of_birth}, {'fille' if p.sex == 'F' else 'fils'} de {father} et de {mother},", indent=20)
    f.para(f"est de nationalité {c.nationality_fr} par filiation, son père étant lui-même de cette nationalité.",
           indent=20, after=12)
    f.para("En foi de quoi nous avons délivré le présent certificat pour servir et valoir ce que de droit.",
           after=14)
    f.para(f"Fait en notre cabinet, à {city}, le {fr_day(ctx.natcert_issue)}", align="right", after=4)
    f.para("Le Président", align="right", after=4)
    mark(f.sheet, 400, f.y + 20, rng)
    f.space(50)
    f.para("Droits perçus : néant - Ce certificat ne fait foi que jusqu'à preuve contraire.", size=8.5)
    return f.sheets, _nat_truth(ctx, p, photo)


def nationality_given_under_seal_en(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("nationality_certificate")
    c = p.country
    photo = "nationality_certificate" not in ctx.without_photo
    d = ctx.natcert_issue
    f = Flow(family="sans", size=10.5, margin=60)
    f.para(c.name_en.upper(), bold=True, align="center", size=12, after=0)
    f.para(rng.choice(("Ministry of Interior", "Ministry of Justice", "Office of the Registrar of Citizenship")),
           align="center", after=0)
    f.para(f"Certificate No. {c.code}/{d.year}/{rng.randint(10000, 99999)}", align="right", size=9.5, after=18)
    f.title("CERTIFICATE OF NATIONALITY", size=15)
    top = f.y
    if photo:
        f.sheet.photo(420, top + 4, 104, 132)
        mark(f.sheet, 440, top + 120, rng, scale=0.7, rgb=(0.2, 0.2, 0.35))
    rows = [("Full name", f"{caps(p.surname)}, {p.given_names}"), ("Sex", "F" if p.sex == "F" else "M"),
            ("Date of birth", en_ord(p.date_of_birth)), ("Place of birth", f"{p.place_of_birth}, {c.name_en}"),
            ("Nationality", c.name_en if c.code not in ("IND", "NGA") else {"IND": "Indian", "NGA": "Nigerian"}[c.code]),
            ("Basis", rng.choice(("By birth", "By descent")))]
    for i, (cap, value) in enumerate(rows):
        f.sheet.text(64, top + 18 + 24 * i, cap, 9, gray=0.35)
        f.sheet.text(170, top + 18 + 24 * i, value, 11, bold=True)
    f.y = top + 170
    f.para(f"This is to certify that the person described above is a citizen of {c.name_en} under the laws in "
           "force, the particulars having been verified against the register.", after=8)
    f.para("This certificate is valid for six months from the date of issue for administrative purposes.",
           size=9.5, after=14)
    f.para(f"Given under my hand and the seal of this office this {ordinal(d.day)} day of "
           f"{MONTHS_EN[d.month - 1]}, {d.year}.", after=20)
    frame_stamp(f.sheet, 360, f.y, ["OFFICIAL SEAL", c.name_en.upper(), "CITIZENSHIP"], w=150)
    mark(f.sheet, 380, f.y + 30, rng)
    f.space(62)
    f.para("Registrar", align="right")
    return f.sheets, _nat_truth(ctx, p, photo)


# ---------------------------------------------------------------- consular attestations


def _att_truth(ctx: DocContext, p: Identity, photo: bool) -> dict[str, str]:
    return person_truth(p) | {"nationality": p.country.code, "issue_date": ctx.consular_att_issue.isoformat(),
                              "has_photo": str(photo).lower()}


def consular_attestation_boxes(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("consular_attestation")
    c = p.country
    photo = "consular_attestation" not in ctx.without_photo
    post = rng.choice(("Paris", "Paris", "Lyon", "Marseille", "Bordeaux"))
    sh = Sheet(*A4)
    sh.text(297, 54, f"CONSULAT GÉNÉRAL {du(c.name_fr).upper()} À {post.upper()}", 12, bold=True, align="center")
    sh.text(297, 70, "Section consulaire - État civil et immatriculation", 9.5, align="center", gray=0.3)
    rule(sh, 60, 82, 475)
    sh.text(297, 118, "ATTESTATION CONSULAIRE D'IDENTITÉ", 15, bold=True, align="center")
    sh.text(297, 136, f"Réf. : {rng.randint(100, 9999)}/{ctx.consular_att_issue.year}/ETC", 9, align="center",
            gray=0.35)
    x0 = 60
    if photo:
        sh.photo(60, 160, 104, 134)
        frame_stamp(sh, 90, 270, ["CONSULAT", caps(c.name_fr)], w=100)
        x0 = 180
    w = 535 - x0
    y = 160
    for cap, value in (("NOM", caps(p.surname)), ("PRÉNOMS", p.given_names),
                       ("DATE ET LIEU DE NAISSANCE", f"{dmy(p.date_of_birth)}  à  {p.place_of_birth}"),
                       ("NATIONALITÉ", c.nationality_fr), ("PASSEPORT N°", p.passport_number)):
        cell(sh, x0, y, w, 36, cap, value)
        y += 36
    y = max(y, 320) + 10
    cell(sh, 60, y, 475, 36, "N° D'IMMATRICULATION", ctx.consular_card_number)
    cell(sh, 60, y + 36, 475, 36, "ADRESSE EN FRANCE",
         f"{rng.randint(2, 90)} {rng.choice(('rue de Charonne', 'avenue Jean-Jaurès', 'rue Paul Bert'))}, "
         f"{ctx.association_city}", bold=False)
    y += 100
    body = (f"Le Consul général {du(c.name_fr)} à {post} atteste que la personne désignée ci-dessus est inscrite au "
            "registre des ressortissants de sa circonscription." + (" La photographie est celle du titulaire."
                                                                    if photo else "")
            + " Attestation délivrée pour être produite auprès de la préfecture.")
    lines = wrap(body, 475, "sans", 10)
    for i, line in enumerate(lines):
        sh.text(60, y + 16 * i, line, 10)
    y += 16 * (len(lines) - 3)
    sh.text(60, y + 62, f"Droits de chancellerie : {rng.choice((10, 15, 20, 25))} €  -  quittance n° "
                        f"{rng.randint(10000, 99999)}", 8.5, gray=0.4)
    sh.text(535, y + 100, f"{post}, le {dmy(ctx.consular_att_issue)}", 11, align="right")
    sh.text(535, y + 118, "P/Le Consul général, le Chancelier", 9.5, align="right", gray=0.25)
    mark(sh, 400, y + 150, rng)
    return [sh], _att_truth(ctx, p, photo)


def consular_attestation_whom_it_may_concern(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("consular_attestation")
    c = p.country
    photo = "consular_attestation" not in ctx.without_photo
    d = ctx.consular_att_issue
    f = Flow(family="serif", size=11, margin=64)
    f.para(f"EMBASSY OF {c.name_en.upper()}", bold=True, align="center", size=13, after=0)
    f.para("Consular Section  ·  Paris", align="center", size=10, after=0)
    f.para(f"Tel. +33 1 {rng.randint(40, 58)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
           align="center", size=8.5, after=18)
    f.para(f"Ref: CONS/{c.code}/{rng.randint(100, 999)}/{d.year}", size=10, after=0)
    f.para(f"Date: {en_ord(d)}", size=10, after=22)
    f.para("TO WHOM IT MAY CONCERN", bold=True, align="center", size=12, after=14)
    f.para(f"This is to certify that {civ(p, 'en')} {p.given_names} {caps(p.surname)}, born on "
           f"{en_ord(p.date_of_birth)} at {p.place_of_birth}, {c.name_en}, holder of passport No. "
           f"{p.passport_number}, is a national of {c.name_en} and is duly registered with this Mission under "
           f"No. {ctx.consular_card_number}.")
    f.para(("The photograph affixed below is that of the above-named person. " if photo else "")
           + "This attestation is issued at the request of the person concerned for submission to the French "
           "authorities.", after=16)
    top = f.y
    if photo:
        f.sheet.photo(70, top, 96, 122)
        frame_stamp(f.sheet, 110, top + 92, ["EMBASSY", caps(c.name_en), "CONSULAR"], w=110)
    f.y = top + 20
    f.para("For the Ambassador,", align="right", after=4)
    mark(f.sheet, 380, f.y + 24, rng)
    f.space(50)
    f.para(f"{_official(c, rng)}", align="right", after=0)
    f.para("Consul / Head of Chancery", align="right", size=9.5)
    return f.sheets, _att_truth(ctx, p, photo)


# ---------------------------------------------------------------- consular cards


def consular_card_inscription(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("consular_card")
    c = p.country
    photo = "consular_card" not in ctx.without_photo
    sh = Sheet(640, 404, background=(0.95, 0.96, 0.9))
    sh.add(Box(0, 0, 640, 50, rgb=(0.8, 0.86, 0.74), stroke=None))
    sh.text(320, 22, f"CONSULAT GÉNÉRAL {du(c.name_fr).upper()} EN FRANCE", 11.5, bold=True, align="center")
    sh.text(320, 40, "CARTE D'IMMATRICULATION CONSULAIRE", 10, align="center", gray=0.2)
    if photo:
        sh.photo(22, 66, 120, 154)
    sh.text(22, 246, "N° d'inscription", 7.5, gray=0.35)
    sh.text(22, 266, ctx.consular_card_number, 15, family="mono", bold=True)
    x = 166
    fields = (("Nom", caps(p.surname)), ("Prénoms", p.given_names), ("Date de naissance", dmy(p.date_of_birth)),
              ("Lieu de naissance", p.place_of_birth), ("Nationalité", c.nationality_fr),
              ("Inscrit(e) le", dmy(ctx.consular_card_issue)), ("Valable jusqu'au", dmy(ctx.consular_card_expiry)))
    for i, (cap, value) in enumerate(fields):
        y = 72 + 30 * i
        sh.text(x, y, cap, 7.5, gray=0.35)
        sh.text(x, y + 14, value, 12, bold=True)
    for k in range(7):
        for j in range(7):
            if rng.random() < 0.5 or k in (0, 6) or j in (0, 6):
                sh.add(Box(540 + j * 10, 300 + k * 10, 10, 10, fill=0.15, stroke=None))
    sh.text(400, 385, "Le Consul général", 8, gray=0.35)
    mark(sh, 420, 368, rng, scale=0.7)
    return [sh], consular_card_truth(ctx, photo)


def consular_card_faces_en(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("consular_card")
    c = p.country
    photo = "consular_card" not in ctx.without_photo
    sh = Sheet(*A4, background=(0.97, 0.97, 0.96))
    x, w, h = 110, 375, 236
    for y in (90, 420):
        sh.add(Box(x, y, w, h, fill=0.9, stroke=0.35, line=0.8))
    y = 90
    sh.text(x + w / 2, y + 20, f"EMBASSY OF {c.name_en.upper()} - PARIS", 9.5, bold=True, align="center")
    sh.text(x + w / 2, y + 36, "CONSULAR IDENTITY CARD", 12, bold=True, align="center", gray=0.15)
    if photo:
        sh.photo(x + 12, y + 50, 92, 118)
    vx = x + 118
    for i, (cap, value) in enumerate((("Surname", caps(p.surname)), ("Other names", p.given_names),
                                      ("Date of birth", en_ord(p.date_of_birth)), ("Nationality", c.name_en))):
        sh.text(vx, y + 56 + 32 * i, cap, 7, gray=0.35)
        sh.text(vx, y + 70 + 32 * i, value, 11, bold=True)
    mark(sh, x + 20, y + 200, rng, scale=0.6)
    sh.text(x + 12, y + 226, "Holder's signature", 6.5, gray=0.4)
    y = 420
    for i, (cap, value) in enumerate((("Card No.", ctx.consular_card_number),
                                      ("Date of issue", en_ord(ctx.consular_card_issue)),
                                      ("Date of expiry", en_ord(ctx.consular_card_expiry)))):
        sh.text(x + 16, y + 30 + 34 * i, cap, 7.5, gray=0.35)
        sh.text(x + 16, y + 46 + 34 * i, value, 12, bold=True, family="mono" if i == 0 else "sans")
    for i, line in enumerate(("This card remains the property of the Embassy and must be",
                              "returned on request. If found, please return it to the Embassy.")):
        sh.text(x + 16, y + 150 + 12 * i, line, 7.5, gray=0.35)
    sh.text(x + w - 16, y + 210, "Consul", 8, align="right", gray=0.35)
    mark(sh, x + 250, y + 196, rng, scale=0.6)
    return [sh], consular_card_truth(ctx, photo)
