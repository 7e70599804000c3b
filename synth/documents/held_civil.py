"""Second held-out batch: birth certificates, a nationality certificate and a consular attestation.

Written by an independent hand; nobody tunes the reader on these families (split
`held_out_2`).  Modelled on civil-status papers as applicants file them: a
register's pre-printed form filled in by hand, numbered lines, the date of birth
in words and again in digit boxes (a sworn translation of it when the country
writes another language); an English certificate of birth followed by an
apostille page with its own numbered items and dates; a nationality certificate
in two columns, English and French, its date in the footer; a consulate's
attestation written by the consul in the first person, dated at the top.
"""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.common import Built, civ, du, ne, person_truth
from synth.documents.dev_common import columns, stamp
from synth.documents.dev_ink import scrawl
from synth.documents.registry import caps
from synth.formats import MONTHS_EN, days, fmt_date, fr_date_words
from synth.identity import Identity
from synth.layout import A4, Box, Flow, wrap


def _birth_truth(ctx: DocContext, p: Identity, lang: str) -> dict[str, str]:
    return person_truth(p) | {"sex": p.sex, "place_of_birth": p.place_of_birth, "copy_kind": ctx.birth_copy_kind,
                              "issue_date": ctx.birth_issue.isoformat(), "language": lang}


def _ordinal(d: date) -> str:
    """'the 29th day of August 1997', as common-law registries write it."""
    suffix = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"the {d.day}{suffix} day of {MONTHS_EN[d.month - 1]} {d.year}"


def _digit_boxes(f: Flow, x: float, y: float, d: date) -> None:
    """A date written by hand, one digit per printed box: JJ MM AAAA."""
    for i, ch in enumerate(d.strftime("%d%m%Y")):
        bx = x + i * 18 + (8 if i >= 2 else 0) + (8 if i >= 4 else 0)
        f.sheet.add(Box(bx, y, 16, 20, stroke=0.3, line=0.6))
        f.sheet.text(bx + 8, y + 15, ch, 12, family="hand", align="center")


def birth_register_form(ctx: DocContext, rng: random.Random) -> Built:
    """A register's pre-printed form, numbered lines filled in by hand; the date in words and in digit boxes."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    translated = not c.french_speaking
    f = Flow(family="sans", size=10)
    if translated:
        f.para(f"TRADUCTION CERTIFIÉE CONFORME - document rédigé en langue étrangère ({c.name_fr})", size=8.5,
               bold=True, align="center", after=10)
    f.para(f"RÉPUBLIQUE {du(c.name_fr).upper()}" if c.french_speaking else caps(c.name_fr), bold=True, after=0)
    f.para(f"Centre d'état civil de {p.place_of_birth}", size=9, after=0)
    f.para(f"Registre des naissances - Année {p.date_of_birth.year}", size=9, after=14)
    f.title("COPIE LITTÉRALE D'ACTE DE NAISSANCE" if full else "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE", size=12.5)
    act = f"{rng.randint(1, 2400)}"
    hour = rng.randint(0, 23)
    entries: list[tuple[str, str]] = [
        ("Acte n°", act),
        ("Le (date en lettres)", fr_date_words(p.date_of_birth)),
        ("à (heure)", f"{hour} heures {rng.choice(('', 'trente', 'quinze'))}".strip() if full else "-"),
        ("est né(e) à", f"{p.place_of_birth} ({c.name_fr})"),
        ("un enfant de sexe", "féminin" if p.sex == "F" else "masculin"),
        ("Prénoms", p.given_names),
        ("NOM", p.surname.upper()),
    ]
    if full:
        father = f"{rng.choice(c.male).split()[0]} {p.surname.upper()}"
        mother = f"{rng.choice(c.female).split()[0]} {rng.choice(c.surnames).upper()}"
        entries += [("Fils/Fille de (père)", f"{father}, {rng.choice(('commerçant', 'enseignant', 'agriculteur'))}"),
                    ("et de (mère)", f"{mother}, {rng.choice(('ménagère', 'infirmière', 'couturière'))}"),
                    ("Mentions marginales", "Néant")]
    for i, (label, value) in enumerate(entries, 1):
        f.need(26)
        f.y += 22
        f.sheet.text(f.margin, f.y, f"{i}.", 9, gray=0.4)
        f.sheet.text(f.margin + 18, f.y, label, 9.5, gray=0.3)
        f.sheet.add(Box(f.margin + 160, f.y + 3, f.width - 160, 0.1, stroke=0.6, line=0.4))
        f.sheet.text(f.margin + 166, f.y - 1, value, 12 if len(value) < 45 else 10.5, family="hand")
    f.y += 22
    f.sheet.text(f.margin + 18, f.y + 14, "Date de naissance (JJ MM AAAA)", 9, gray=0.3)
    _digit_boxes(f, f.margin + 200, f.y, p.date_of_birth)
    f.y += 44
    f.para(f"Délivré{'e' if full else ''} pour {'copie' if full else 'extrait'} conforme au registre, à "
           f"{p.place_of_birth}, le {fmt_date(ctx.birth_issue, 'dmy_slash')}", size=10, after=4)
    f.para("L'Officier d'état civil", size=10, after=2)
    f.need(90)
    scrawl(f.sheet, f.margin + 30, f.y + 36, rng)
    stamp(f.sheet, A4[0] - f.margin - 180, f.y, ["ÉTAT CIVIL", caps(p.place_of_birth), caps(c.name_fr)], w=180)
    f.y += 84
    if translated:
        done = min(ctx.birth_issue + days(rng.randint(3, 15)), ctx.filing)
        f.para(f"Traduit par nous, traductrice agréée, n° {rng.randint(40, 900)}, le {fmt_date(done, 'dmy_dot')}. "
               "Traduction certifiée conforme à l'original.", size=8.5, after=2)
        scrawl(f.sheet, f.margin + 300, f.y + 20, rng, scale=0.5)
        f.y += 30
    return f.sheets, _birth_truth(ctx, p, "fr")


# the certificate's words in English, or in French where the country's registries write French
_APOST = {
    "en": ("OFFICE OF THE REGISTRAR GENERAL OF BIRTHS AND DEATHS", "CERTIFIED COPY OF A FULL BIRTH ENTRY",
           "BIRTH CERTIFICATE (SHORT FORM, NO PARENTAGE)", "Registration district", "Entry No.",
           "This is to certify that the birth of {child} named {name}, born on {born} at {place}, has been "
           "registered in this office.", "Father", "Mother", "Informant: the father.   Registered on {reg}.",
           "Later entries: none.", "Date of issue", "Registrar", "REGISTRAR GENERAL",
           ("1. Country", "This public document", "2. has been signed by the Registrar of Births",
            "3. acting in the capacity of civil registrar", "4. bears the seal/stamp of the Registrar General",
            "Certified", "5. at", "6. the", "7. by the Ministry of Foreign Affairs", "8. No.", "9. Seal/stamp",
            "10. Signature")),
    "fr": ("DIRECTION DE L'ÉTAT CIVIL", "COPIE INTÉGRALE DE L'ACTE DE NAISSANCE",
           "EXTRAIT D'ACTE DE NAISSANCE SANS FILIATION", "Centre de déclaration", "Acte n°",
           "Il est certifié que la naissance de {child} prénommé{e} {name}, {ne} le {born} à {place}, a été "
           "inscrite au registre de ce centre.", "Père", "Mère", "Déclarant : le père.   Inscrit le {reg}.",
           "Mentions : néant.", "Délivré le", "L'officier de l'état civil", "ÉTAT CIVIL",
           ("1. Pays", "Le présent acte public", "2. a été signé par l'officier de l'état civil",
            "3. agissant en qualité d'officier de l'état civil", "4. est revêtu du sceau du centre d'état civil",
            "Attesté", "5. à", "6. le", "7. par le Ministère des Affaires étrangères", "8. sous n°",
            "9. Sceau/timbre", "10. Signature")),
}


def birth_with_apostille(ctx: DocContext, rng: random.Random) -> Built:
    """A registrar's certificate of birth ('the 29th day of August 1997' or the date in words), an apostille page
    after it."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    lang = "fr" if c.french_speaking and c.code != "CMR" else "en"
    (office, t_full, t_short, district, entry_no, body, n_father, n_mother, informant, later, issued, registrar,
     seal, items) = _APOST[lang]
    fr = lang == "fr"
    f = Flow(family="serif", size=11)
    f.para(f"RÉPUBLIQUE {du(c.name_fr).upper()}" if fr else c.name_en.upper(), bold=True, align="center", after=0)
    f.para(office, size=9.5, align="center", after=16)
    f.title(t_full if full else t_short, size=13)
    f.para(f"{district}: {p.place_of_birth} - {entry_no} {rng.randint(100, 99999)}/{p.date_of_birth.year}",
           size=9.5, after=12)
    child = (("une enfant" if p.sex == "F" else "un enfant") if fr else ("a girl" if p.sex == "F" else "a boy"))
    born = fr_date_words(p.date_of_birth) if fr else _ordinal(p.date_of_birth)
    f.para(body.format(child=child, name=f"{p.given_names} {p.surname.upper()}", born=born,
                       place=f"{p.place_of_birth}, {c.name_fr if fr else c.name_en}", ne=ne(p),
                       e="e" if p.sex == "F" else ""))
    if full:
        father = f"{rng.choice(c.male).split()[0]} {p.surname}"
        mother = f"{rng.choice(c.female).split()[0]} {rng.choice(c.surnames)}"
        f.para(f"{n_father}: {father}.   {n_mother}: {mother}.")
        reg = p.date_of_birth + days(rng.randint(2, 30))
        f.para(informant.format(reg=fmt_date(reg, "fr_long") if fr else _ordinal(reg)))
        f.para(later, after=10)
    f.para(f"{issued}: {fmt_date(ctx.birth_issue, 'fr_long' if fr else 'en_day_first')}", bold=True, after=4)
    f.para(registrar, after=2)
    f.need(70)
    scrawl(f.sheet, f.margin + 10, f.y + 30, rng, scale=0.8)
    stamp(f.sheet, A4[0] - f.margin - 180, f.y, [seal, caps(c.name_fr) if fr else c.name_en.upper()], w=180)
    f.y += 70
    # the apostille (Hague convention of 5 October 1961), on its own page
    f.new_page()
    apost = min(ctx.birth_issue + days(rng.randint(2, 20)), ctx.filing)
    top = f.y
    f.sheet.add(Box(f.margin + 40, top, f.width - 80, 380, stroke=0.2, line=1.2))
    f.y = top + 10
    f.para("APOSTILLE", bold=True, size=15, align="center", after=0)
    f.para("(Convention de La Haye du 5 octobre 1961)", size=9, align="center", after=12)
    values = {0: f": {c.name_fr if fr else c.name_en}", 6: f" {rng.choice(c.cities)}",
              7: f" {fmt_date(apost, 'dmy_slash')}", 9: f" {rng.randint(1000, 99999)}"}
    for i, item in enumerate(items):
        f.para(item + values.get(i, ""), size=10.5, indent=60, after=3)
    scrawl(f.sheet, f.margin + 300, f.y - 10, rng, scale=0.6)
    return f.sheets, _birth_truth(ctx, p, lang)


def nationality_two_columns(ctx: DocContext, rng: random.Random) -> Built:
    """English on the left, French on the right; the photo under a stamp; issued on a date in the footer only."""
    p = ctx.shown("nationality_certificate")
    c = p.country
    photo = "nationality_certificate" not in ctx.without_photo
    f = Flow(family="sans", size=10)
    columns(f, c.name_en.upper(), f"RÉPUBLIQUE {du(c.name_fr).upper()}", bold=True, after=2)
    columns(f, "Ministry of Justice - Nationality Service", "Ministère de la Justice - Service de la nationalité",
            size=9, after=14)
    if photo:
        f.sheet.photo(A4[0] / 2 - 50, f.y, 100, 128)
        stamp(f.sheet, A4[0] / 2 + 10, f.y + 90, ["NATIONALITY", "SERVICE"], w=110)
        f.y += 150
    columns(f, "CERTIFICATE OF NATIONALITY", "CERTIFICAT DE NATIONALITÉ", bold=True, size=13, after=10)
    number = f"{rng.randint(100, 9999)}/{ctx.natcert_issue.year}"
    columns(f, f"No. {number}", f"N° {number}", after=10)
    ord_dob = f"{p.date_of_birth.day} {MONTHS_EN[p.date_of_birth.month - 1]} {p.date_of_birth.year}"
    columns(f, f"It is hereby certified that {civ(p, 'en')} {p.given_names} {p.surname.upper()}, born on {ord_dob} "
               f"at {p.place_of_birth}, is a citizen of {c.name_en} by birth.",
            f"Il est certifié que {civ(p, 'fr')} {p.given_names} {p.surname.upper()}, {ne(p)} le "
            f"{fmt_date(p.date_of_birth, 'fr_long')} à {p.place_of_birth}, possède la nationalité "
            f"{c.nationality_fr} par naissance.", after=10)
    columns(f, "This certificate is issued at the request of the holder.",
            "Le présent certificat est délivré à la demande de l'intéressé(e).", after=20)
    columns(f, "The Director", "Le Directeur", after=4)
    scrawl(f.sheet, f.margin + 30, f.y + 28, rng, scale=0.8)
    f.y += 60
    for sh in f.sheets:
        sh.add(Box(f.margin, A4[1] - 60, f.width, 0.1, stroke=0.4, line=0.4))
        sh.text(f.margin, A4[1] - 44, f"Issued at {rng.choice(c.cities)} on {fmt_date(ctx.natcert_issue, 'en_long')} "
                                      f"/ Délivré le {fmt_date(ctx.natcert_issue, 'dmy_slash')}", 8.5, gray=0.3)
    truth = person_truth(p) | {"nationality": c.code, "issue_date": ctx.natcert_issue.isoformat(),
                                "has_photo": str(photo).lower()}
    return f.sheets, truth


_CONSULATE_OWN = {"COL": "CONSULADO GENERAL DE COLOMBIA", "BRA": "CONSULADO-GERAL DO BRASIL",
                  "VNM": "TỔNG LÃNH SỰ QUÁN VIỆT NAM"}


def consular_attestation_first_person(ctx: DocContext, rng: random.Random) -> Built:
    """The consul writes in the first person, the photo beside the text under a stamp, place and date at the top."""
    p = ctx.shown("consular_attestation")
    c = p.country
    photo = "consular_attestation" not in ctx.without_photo
    post = rng.choice(("Lyon", "Marseille", "Bordeaux", "Strasbourg"))
    f = Flow(family="serif", size=11)
    if c.code in _CONSULATE_OWN:
        f.para(f"{_CONSULATE_OWN[c.code]} - {post.upper()}", bold=True, after=0)
    f.para(f"Consulat général {du(c.name_fr)} à {post}", bold=True, after=0)
    f.para(f"Réf. : CG/{post[:3].upper()}/{ctx.consular_att_issue.year}/{rng.randint(1, 9999):04d}", size=9,
           after=0)
    f.para(f"{post}, le {fmt_date(ctx.consular_att_issue, 'fr_long')}", align="right", after=26)
    f.title("ATTESTATION D'IDENTITÉ ET DE NATIONALITÉ", size=13)
    if photo:
        f.sheet.photo(f.margin, f.y + 4, 96, 124)
        stamp(f.sheet, f.margin + 40, f.y + 96, ["CONSULAT", post.upper()], w=90)
    top = f.y
    text = (f"Je soussigné, Consul général {du(c.name_fr)} à {post}, certifie que "
            + ("la personne dont la photographie est apposée ci-contre, " if photo else "")
            + f"{civ(p, 'fr')} {p.surname.upper()} {p.given_names}, {ne(p)} le "
            f"{fmt_date(p.date_of_birth, 'dmy_dot')} à {p.place_of_birth}, titulaire du passeport n° "
            f"{p.passport_number}, est de nationalité {c.nationality_fr} et inscrit{'e' if p.sex == 'F' else ''} "
            "au registre des nationaux de cette circonscription consulaire.")
    x = f.margin + (112 if photo else 0)
    for line in wrap(text, f.width - (112 if photo else 0), "serif", 11):
        f.y += 15.5
        f.sheet.text(x, f.y, line, 11, family="serif")
    f.y = max(f.y, top + 140) + 14
    f.para("En foi de quoi la présente attestation lui est délivrée pour servir et valoir ce que de droit. "
           "Elle est valable trois mois.", after=24)
    f.para("Le Consul général", align="right", after=4)
    f.need(60)
    scrawl(f.sheet, A4[0] - f.margin - 150, f.y + 30, rng, scale=0.8)
    f.y += 60
    truth = person_truth(p) | {"nationality": c.code, "issue_date": ctx.consular_att_issue.isoformat(),
                                "has_photo": str(photo).lower()}
    return f.sheets, truth
