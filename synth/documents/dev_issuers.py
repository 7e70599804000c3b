"""Fourth batch of development identity and civil papers: who issued them, and dates written out.

Modelled on papers as issuers write them: an older passport whose data page says
in one sentence where, when and by whom it was issued ("Délivré le 13 juillet 2024
à Dakar par ..."), validity "jusqu'au ..."; a passport printing issue and expiry
with bilingual months and two-digit years ("13 JUL/JUIL 24"), its authority only
inside the issuing office's rubber stamp; an identity card in French whose dates
carry abbreviated months with a full stop ("13 JUIL. 2019") and whose authority
is labelled "Autorité de délivrance"; a consular card from a consulate outside
Paris named in its header, dated in a sentence at its foot; birth certificates
headed "Le Maire de ..., Officier de l'état civil" and dated in words, or "Given
under my hand ... this 3rd day of March 2026"; a consular attestation signed by the
head of chancery of a consulate named in its header, dated "03/03/26"; a
certificate of nationality delivered by a court clerk, dated in words and figures.
"""

from __future__ import annotations

import random
from datetime import date

from synth.context import DocContext
from synth.documents.cards import _zone
from synth.documents.common import (
    Built,
    civ,
    consular_card_truth,
    du,
    ne,
    passport_truth,
    person_truth,
    photo_id_truth,
)
from synth.documents.dev_common import stamp
from synth.documents.dev_ink import scrawl
from synth.documents.dev_pieces import sign
from synth.formats import MONTHS_EN, MONTHS_FR_ABBR, fmt_date, fr_date_words
from synth.identity import Country
from synth.layout import A4, Box, Flow, Sheet
from synth.zones import td1, td3

# French month abbreviations with their full stop, as French-language cards print them
_FR_DOT = ("JANV.", "FÉVR.", "MARS", "AVR.", "MAI", "JUIN", "JUIL.", "AOÛT", "SEPT.", "OCT.", "NOV.", "DÉC.")
# the consulates outside Paris that issue cards and attestations, by nationality (else a consulate in Lyon)
_CONSULATE_CITY = {"SEN": "Marseille", "MAR": "Bordeaux", "CMR": "Marseille", "VNM": "Marseille", "COL": "Lyon",
                   "BRA": "Lyon", "IND": "Lyon", "NGA": "Lyon"}


def _consulate(c: Country) -> tuple[str, str]:
    """'Consulat général du Sénégal à Marseille', and its city."""
    city = _CONSULATE_CITY.get(c.code, "Lyon")
    return f"Consulat général {du(c.name_fr)} à {city}", city


def _ordinal_en(d: date) -> str:
    n = d.day
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _d_short(d: date) -> str:
    """'03/03/26': two-digit years, as chancery forms write dates."""
    return d.strftime("%d/%m/%y")


def _fr_long(d: date) -> str:
    return fmt_date(d, "fr_long")


def _en_long(d: date) -> str:
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


# --------------------------------------------------------------------------- passports


def passport_issued_sentence(ctx: DocContext, rng: random.Random) -> Built:
    """An older data page: where, when and by whom it was issued in one sentence; 'valid until' in another."""
    p = ctx.shown("passport")
    c = p.country
    fr = c.french_speaking
    sh = Sheet(680, 490, background=(0.95, 0.96, 0.92))
    sh.text(340, 28, f"{c.name_fr.upper() if fr else c.name_en.upper()}", 15, bold=True, align="center")
    sh.text(340, 46, "PASSEPORT" if fr else "PASSPORT", 11, align="center", gray=0.25)
    sh.photo(26, 64, 138, 176)
    x = 190
    rows = ((("Nom", "Surname"), p.surname.upper()), (("Prénoms", "Given names"), p.given_names),
            (("Date de naissance", "Date of birth"), fmt_date(p.date_of_birth, "fr_long" if fr else "en_day_first")),
            (("Lieu de naissance", "Place of birth"), p.place_of_birth), (("Sexe", "Sex"), p.sex),
            (("Passeport n°", "Passport No."), p.passport_number))
    for i, ((lab_fr, lab_en), value) in enumerate(rows):
        y = 76 + i * 30
        sh.text(x, y, f"{lab_fr if fr else lab_en} :", 10, gray=0.3)
        sh.text(x + 130, y, value, 13, bold=True)
    issued = (f"Délivré le {_fr_long(ctx.passport_issue)} à {rng.choice(c.cities)} par : {c.authority}" if fr else
              f"Issued on {_en_long(ctx.passport_issue)} at {rng.choice(c.cities)} by: {c.authority}")
    valid = (f"Valable jusqu'au {_fr_long(ctx.passport_expiry)}" if fr else
             f"Valid until {_en_long(ctx.passport_expiry)}")
    sh.add(Box(20, 262, 640, 62, stroke=0.45, line=0.6))
    sh.text(30, 284, issued, 11.5)
    sh.text(30, 308, valid, 11.5, bold=True)
    sh.text(460, 350, "Signature du titulaire" if fr else "Holder's signature", 7.5, gray=0.35)
    sign(sh, 470, 372, rng, scale=0.6)
    lines = td3(c.code, p.surname, p.given_names, p.passport_number, c.code, p.date_of_birth, p.sex,
                ctx.passport_expiry)
    _zone(sh, lines, 428)
    return [sh], passport_truth(ctx, lines)


def _short_two(d: date) -> str:
    """'13 JUL/JUIL 24': English and French months, two-digit year (once when they agree)."""
    en, fr = MONTHS_EN[d.month - 1][:3].upper(), MONTHS_FR_ABBR[d.month - 1]
    return f"{d.day:02d} {en}/{fr} {d.year % 100:02d}" if en != fr else f"{d.day:02d} {en} {d.year % 100:02d}"


def _authority_lines(authority: str, width: int = 24) -> list[str]:
    """An authority's name in capitals broken over stamp lines of about `width` characters."""
    out: list[str] = []
    cur = ""
    for word in authority.upper().split():
        if cur and len(cur) + 1 + len(word) > width:
            out.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}".strip()
    return out + [cur] if cur else out


def passport_stamped_authority(ctx: DocContext, rng: random.Random) -> Built:
    """Dates as '13 JUL/JUIL 24' (two-digit years); the authority only inside the issuing office's rubber stamp."""
    p = ctx.shown("passport")
    c = p.country
    sh = Sheet(670, 480, background=(0.93, 0.94, 0.98))
    sh.add(Box(0, 0, 670, 8, rgb=(0.55, 0.6, 0.8), stroke=None))
    sh.text(24, 36, "P", 20, bold=True)
    sh.text(60, 36, c.code, 14, bold=True, gray=0.2)
    sh.text(646, 36, p.passport_number, 16, bold=True, align="right", family="mono")
    sh.text(335, 36, "PASSPORT / PASSEPORT", 12, align="center", gray=0.3)
    sh.photo(470, 56, 170, 210)
    x = 24
    for i, (label, value) in enumerate((("1. Surname / Nom", p.surname.upper()),
                                        ("2. Given names / Prénoms", p.given_names.upper()),
                                        ("3. Nationality / Nationalité", c.name_en.upper()),
                                        ("4. Date of birth / Date de naissance", _short_two(p.date_of_birth)),
                                        ("5. Sex / Sexe", p.sex),
                                        ("6. Place of birth / Lieu de naissance", p.place_of_birth.upper()),
                                        ("7. Date of issue / Date de délivrance", _short_two(ctx.passport_issue)),
                                        ("8. Date of expiry / Date d'expiration", _short_two(ctx.passport_expiry)))):
        y = 64 + i * 34
        sh.text(x, y, label, 7.5, gray=0.3)
        sh.text(x, y + 16, value, 13, bold=True)
    lines_a = _authority_lines(c.authority)
    sh.text(250, 318, "9. Authority / Autorité", 7.5, gray=0.3)
    stamp(sh, 250, 326, lines_a, w=200)
    sign(sh, 470, 356 + 6 * len(lines_a), rng, scale=0.7)
    lines = td3(c.code, p.surname, p.given_names, p.passport_number, c.code, p.date_of_birth, p.sex,
                ctx.passport_expiry)
    _zone(sh, lines, 420)
    return [sh], passport_truth(ctx, lines)


# --------------------------------------------------------------------------- identity card


def photo_id_dotted_months(ctx: DocContext, rng: random.Random) -> Built:
    """A card in French only: dates '13 JUIL. 2019', 'Autorité de délivrance', number under the title."""
    p = ctx.shown("photo_id")
    c = p.country
    sh = Sheet(660, 430, background=(0.96, 0.93, 0.95))

    def d(x: date) -> str:
        return f"{x.day:02d} {_FR_DOT[x.month - 1]} {x.year}"

    sh.text(24, 32, f"RÉPUBLIQUE {du(c.name_fr).upper()}", 13, bold=True)
    sh.text(24, 52, "CARTE D'IDENTITÉ", 16, bold=True)
    sh.text(24, 72, f"N° {ctx.id_number}", 12, family="mono")
    sh.photo(500, 24, 136, 172)
    x = 24
    for i, (label, value) in enumerate((("Nom", p.surname.upper()), ("Prénom(s)", p.given_names),
                                        ("Né(e) le", d(p.date_of_birth)), ("Sexe", p.sex),
                                        ("Nationalité", c.nationality_fr.upper()))):
        y = 100 + i * 26
        sh.text(x, y, f"{label} :", 9.5, gray=0.3)
        sh.text(x + 100, y, value, 12.5, bold=True)
    sh.add(Box(20, 232, 620, 52, stroke=0.5, line=0.5))
    sh.text(28, 250, f"Délivrée le : {d(ctx.id_issue)}", 11.5, bold=True)
    sh.text(330, 250, f"Expire le : {d(ctx.id_expiry)}", 11.5, bold=True)
    sh.text(28, 274, f"Autorité de délivrance : {c.authority}", 9.5)
    lines = td1(c.code, p.surname, p.given_names, ctx.id_number, c.code, p.date_of_birth, p.sex, ctx.id_expiry)
    _zone(sh, lines, 330)
    return [sh], photo_id_truth(ctx, lines)


# --------------------------------------------------------------------------- consular card


def consular_card_sentence_foot(ctx: DocContext, rng: random.Random) -> Built:
    """A card from a consulate outside Paris, named in its header; issue and expiry in a sentence at its foot."""
    p = ctx.shown("consular_card")
    c = p.country
    consulate, city = _consulate(c)
    photo = "consular_card" not in ctx.without_photo
    sh = Sheet(660, 420, background=(0.93, 0.96, 0.96))
    sh.add(Box(0, 0, 660, 52, rgb=(0.78, 0.88, 0.88), stroke=None))
    sh.text(330, 24, consulate.upper(), 13, bold=True, align="center")
    sh.text(330, 43, "Carte d'immatriculation consulaire", 11, align="center")
    if photo:
        sh.photo(500, 70, 134, 170)
    x = 26
    for i, (label, value) in enumerate((("Nom", p.surname.upper()), ("Prénoms", p.given_names),
                                        ("Date de naissance", fmt_date(p.date_of_birth, "dmy_slash")),
                                        ("Lieu de naissance", p.place_of_birth),
                                        ("Nationalité", c.nationality_fr),
                                        ("Immatriculation", ctx.consular_card_number))):
        y = 82 + i * 28
        sh.text(x, y, label, 9, gray=0.3)
        sh.text(x + 130, y, value, 12.5, bold=True)
    sh.add(Box(20, 262, 620, 0.1, stroke=0.4, line=0.5))
    sh.text(26, 286, f"Carte délivrée à {city} le {_fr_long(ctx.consular_card_issue)},", 11)
    sh.text(26, 304, f"valable jusqu'au {_fr_long(ctx.consular_card_expiry)}.", 11)
    sh.text(420, 346, "Le Consul général", 9, gray=0.3)
    sign(sh, 430, 380, rng, scale=0.7)
    return [sh], consular_card_truth(ctx, photo)


# --------------------------------------------------------------------------- birth certificates


def _birth_truth(ctx: DocContext, lang: str) -> dict[str, str]:
    p = ctx.shown("birth_certificate")
    return person_truth(p) | {"sex": p.sex, "place_of_birth": p.place_of_birth, "copy_kind": ctx.birth_copy_kind,
                              "issue_date": ctx.birth_issue.isoformat(), "language": lang}


def birth_mayor_words(ctx: DocContext, rng: random.Random) -> Built:
    """Headed 'Le Maire de ..., Officier de l'état civil'; issued on a date written only in words."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    f = Flow(family="serif", size=11)
    f.para(f"RÉPUBLIQUE {du(c.name_fr).upper()}", bold=True, align="center", after=0)
    f.para(f"Mairie de {p.place_of_birth}", align="center", after=20)
    f.para(f"Le Maire de {p.place_of_birth}, Officier de l'état civil,", bold=True, after=10)
    f.para("délivre la présente " + ("copie intégrale de l'acte de naissance" if full else
                                     "extrait de l'acte de naissance") + " ci-après :", after=14)
    f.title("COPIE INTÉGRALE" if full else "EXTRAIT", size=14)
    act = rng.randint(20, 3999)
    f.para(f"Acte n° {act} dressé le {fmt_date(p.date_of_birth, 'dmy_slash')}", size=10, after=10)
    f.para(f"Nom : {p.surname.upper()}", after=2)
    f.para(f"Prénoms : {p.given_names}", after=2)
    f.para(f"Sexe : {'féminin' if p.sex == 'F' else 'masculin'}", after=2)
    f.para(f"{ne(p).capitalize()} le {fmt_date(p.date_of_birth, 'dmy_slash')} à {p.place_of_birth}", after=10)
    if full:
        c_m, c_f = rng.choice(c.male).split()[0], rng.choice(c.female).split()[0]
        f.para(f"Fils ou fille de : {c_m} {p.surname.upper()}, et de {c_f} {rng.choice(c.surnames).upper()}",
               after=4)
        f.para("Mentions marginales : néant", after=10)
    f.para(f"Délivré à {p.place_of_birth}, le {fr_date_words(ctx.birth_issue)}.", after=16)
    f.need(90)
    f.para(f"Le Maire de {p.place_of_birth},", align="right", after=0)
    f.para("Officier de l'état civil", align="right", after=4)
    stamp(f.sheet, f.margin, f.y, ["MAIRIE", p.place_of_birth.upper(), "ÉTAT CIVIL"], w=140)
    scrawl(f.sheet, A4[0] - f.margin - 150, f.y + 30, rng)
    f.y += 80
    return f.sheets, _birth_truth(ctx, "fr")


def birth_given_under_hand(ctx: DocContext, rng: random.Random) -> Built:
    """An English registrar's copy: 'Given under my hand and the seal of the Registry this 3rd day of ...'."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    d = ctx.birth_issue
    f = Flow(family="serif", size=11)
    f.para(c.name_en.upper(), bold=True, align="center", after=0)
    f.para(f"Registry of Births and Deaths - {p.place_of_birth} District", align="center", after=18)
    f.title("CERTIFIED TRUE COPY OF AN ENTRY OF BIRTH" if full else "EXTRACT OF AN ENTRY OF BIRTH", size=13)
    rows: list[tuple[str, str]] = [("Name of child", f"{p.given_names} {p.surname.upper()}"),
                                   ("Sex", "Female" if p.sex == "F" else "Male"),
                                   ("Date of birth", f"{_ordinal_en(p.date_of_birth)} "
                                                     f"{MONTHS_EN[p.date_of_birth.month - 1]} {p.date_of_birth.year}"),
                                   ("Place of birth", f"{p.place_of_birth}, {c.name_en}")]
    if full:
        rows += [("Father", f"{rng.choice(c.male).split()[0]} {p.surname}"),
                 ("Mother", f"{rng.choice(c.female).split()[0]} {rng.choice(c.surnames)}"),
                 ("Informant", "Father"), ("Amendments", "None recorded")]
    for i, (label, value) in enumerate(rows, 1):
        f.need(22)
        f.sheet.text(f.margin, f.y + 14, f"{i}.", 10, family="serif")
        f.sheet.text(f.margin + 20, f.y + 14, label, 10, family="serif", gray=0.3)
        f.sheet.text(f.margin + 170, f.y + 14, value, 11.5, family="serif", bold=True)
        f.sheet.add(Box(f.margin + 168, f.y + 18, f.width - 168, 0.1, stroke=0.55, line=0.4))
        f.y += 22
    f.space(14)
    f.para(f"I hereby certify that the above is a true {'copy' if full else 'extract'} of the entry in the "
           "register of births kept in this office.", after=8)
    f.para(f"Given under my hand and the seal of the Registry this {_ordinal_en(d)} day of "
           f"{MONTHS_EN[d.month - 1]}, {d.year}.", after=20)
    f.need(90)
    stamp(f.sheet, A4[0] - f.margin - 170, f.y, ["REGISTRY OF BIRTHS", p.place_of_birth.upper(), "SEAL"], w=170)
    scrawl(f.sheet, f.margin + 10, f.y + 30, rng)
    f.y += 50
    f.para("Registrar of Births and Deaths", after=0)
    return f.sheets, _birth_truth(ctx, "en")


# --------------------------------------------------------------------------- consular attestation, nationality


def consular_attestation_chancery(ctx: DocContext, rng: random.Random) -> Built:
    """A consulate named in the header, signed by its head of chancery, dated '03/03/26'."""
    p = ctx.shown("consular_attestation")
    c = p.country
    consulate, city = _consulate(c)
    photo = "consular_attestation" not in ctx.without_photo
    d = ctx.consular_att_issue
    f = Flow(family="sans", size=11)
    f.para(consulate.upper(), bold=True, size=12, after=0)
    f.para("Chancellerie - Section consulaire", size=9.5, after=0)
    f.para(f"N/Réf. : {rng.randint(10, 999)}/CHA/{d.year % 100:02d}", size=9, after=30)
    if photo:
        f.sheet.photo(A4[0] - f.margin - 100, f.margin + 6, 100, 128)
        f.space(50)
    f.title("ATTESTATION", size=16)
    f.para(f"Le Chef de Chancellerie du {consulate} atteste que {civ(p, 'fr')} {p.surname.upper()} "
           f"{p.given_names}, {ne(p)} le {fmt_date(p.date_of_birth, 'dmy_slash')} à {p.place_of_birth}, "
           f"de nationalité {c.nationality_fr}, est connu{'e' if p.sex == 'F' else ''} de nos services et "
           f"{'inscrite' if p.sex == 'F' else 'inscrit'} au registre des ressortissants {du(c.name_fr)} "
           "établis dans la circonscription consulaire.")
    if photo:
        f.para("La photographie apposée ci-dessus est celle du titulaire.")
    f.para("En foi de quoi la présente attestation lui est délivrée pour servir et valoir ce que de droit.", after=18)
    f.para(f"Fait à {city}, le {_d_short(d)}", align="right", after=4)
    f.para("Le Chef de Chancellerie", align="right", after=4)
    f.need(70)
    stamp(f.sheet, f.margin, f.y, ["CHANCELLERIE", consulate.split(" à ")[0].upper(), city.upper()], w=210)
    scrawl(f.sheet, A4[0] - f.margin - 140, f.y + 30, rng)
    f.y += 70
    truth = person_truth(p) | {"nationality": c.code, "issue_date": d.isoformat(), "has_photo": str(photo).lower()}
    return f.sheets, truth


def nationality_clerk_words(ctx: DocContext, rng: random.Random) -> Built:
    """Delivered by a court's chief clerk; the issue date in words, its figures in brackets."""
    p = ctx.shown("nationality_certificate")
    c = p.country
    photo = "nationality_certificate" not in ctx.without_photo
    d = ctx.natcert_issue
    court = f"Tribunal d'instance de {rng.choice(c.cities)}"
    f = Flow(family="serif", size=11)
    f.para(f"RÉPUBLIQUE {du(c.name_fr).upper()}", bold=True, after=0)
    f.para("Ministère de la Justice", after=0)
    f.para(court, after=0)
    f.para("Greffe", size=10, after=24)
    if photo:
        f.sheet.photo(A4[0] - f.margin - 100, f.margin + 6, 100, 128)
        f.space(40)
    f.title("CERTIFICAT DE NATIONALITÉ", size=15)
    f.para(f"Registre n° {rng.randint(100, 9999)} - Folio {rng.randint(1, 300)}", size=9.5, align="center", after=16)
    f.para(f"Nous, Greffier en chef du {court}, certifions que {civ(p, 'fr')} {p.given_names} {p.surname.upper()}, "
           f"{ne(p)} le {fmt_date(p.date_of_birth, 'dmy_dot')} à {p.place_of_birth}, est de nationalité "
           f"{c.nationality_fr}, en vertu du code de la nationalité, par filiation.")
    f.para("Le présent certificat est délivré sur production de l'acte de naissance de l'intéressé(e) et de celui "
           "de l'un de ses parents.", after=14)
    f.para(f"Délivré par le Greffier en chef le {fr_date_words(d)} ({fmt_date(d, 'dmy_slash')}).", after=14)
    f.need(80)
    stamp(f.sheet, f.margin, f.y, ["GREFFE", court.upper(), c.name_fr.upper()], w=230)
    scrawl(f.sheet, A4[0] - f.margin - 150, f.y + 30, rng)
    f.y += 80
    truth = person_truth(p) | {"nationality": c.code, "issue_date": d.isoformat(), "has_photo": str(photo).lower()}
    return f.sheets, truth

