"""Page layouts and wording of every generated document, with the truth each one shows.

`build(kind, ctx, rng)` returns the sheets to draw and the field values a reader
should extract (dates ISO).  Kinds are DocType values plus `bill` and `cv`
(unrelated documents, whose type is `unknown`).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from synth.context import DocContext
from synth.formats import days, fmt_date, pick_style
from synth.identity import Identity
from synth.layout import Box, Flow, Sheet, Stroke, Text
from synth.zones import mrv, td1, td3

Truth = dict[str, str]
Built = tuple[list[Sheet], Truth]


def _squiggle(rng: random.Random) -> tuple[tuple[float, float], ...]:
    pts = []
    x = 0.0
    for _ in range(rng.randint(7, 11)):
        x += rng.uniform(8, 18)
        pts.append((x, rng.uniform(-14, 14)))
    return tuple(pts)


def _person_truth(p: Identity, *, dob: bool = True) -> Truth:
    t = {"surname": p.surname, "given_names": p.given_names}
    if dob:
        t["date_of_birth"] = p.date_of_birth.isoformat()
    return t


def _civ(p: Identity, lang: str) -> str:
    if lang == "fr":
        return "Mme" if p.sex == "F" else "M."
    return "Ms" if p.sex == "F" else "Mr"


def _ne(p: Identity) -> str:
    return "née" if p.sex == "F" else "né"


def _full(p: Identity) -> str:
    return f"{p.given_names} {p.surname.upper()}"


# ------------------------------------------------------------------ card-like documents


def _label(sh: Sheet, x: float, y: float, label: str, value: str, *, vsize: float = 14, lsize: float = 9.5) -> None:
    sh.text(x, y, label, lsize, gray=0.25)
    sh.text(x, y + vsize + 4, value, vsize, bold=True)


ZONE_STYLE = {"size": 17.0, "bold": True, "char_space": 1.5}


def _zone(sh: Sheet, lines: tuple[str, ...], y: float) -> None:
    # bold DejaVu Sans Mono with a little letter spacing: Tesseract reads it reliably once deskewed
    size, bold, space = float(ZONE_STYLE["size"]), bool(ZONE_STYLE["bold"]), float(ZONE_STYLE["char_space"])
    for i, line in enumerate(lines):
        sh.add(Text(sh.width / 2, y + i * size * 1.5, line, size, family="mono", bold=bold, align="center",
                    char_space=space))


def passport(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("passport")
    c = p.country
    style = rng.choice(("abbr", "dmy_slash", "dmy_dot", "abbr"))
    sh = Sheet(660, 470, background=rng.choice([(0.95, 0.93, 0.98), (0.93, 0.97, 0.95), (0.98, 0.95, 0.92)]))
    sh.add(Box(0, 0, 660, 44, rgb=(0.85, 0.82, 0.9), stroke=None))
    sh.text(330, 30, f"PASSEPORT / PASSPORT   {c.name_en.upper()}", 17, bold=True, align="center")
    sh.photo(24, 62, 150, 190)
    x1, x2 = 195, 430
    _label(sh, x1, 66, "Type / Type", "P")
    _label(sh, x1 + 80, 66, "Code / Code", c.code)
    _label(sh, x2, 66, "N° de passeport / Passport No.", p.passport_number)
    _label(sh, x1, 106, "Nom / Surname", p.surname.upper())
    _label(sh, x1, 146, "Prénoms / Given names", p.given_names.upper())
    _label(sh, x1, 186, "Nationalité / Nationality", c.name_en.upper())
    _label(sh, x1, 226, "Date de naissance / Date of birth", fmt_date(p.date_of_birth, style))
    _label(sh, x2, 226, "Sexe / Sex", p.sex)
    _label(sh, x1, 266, "Lieu de naissance / Place of birth", p.place_of_birth.upper())
    _label(sh, x1, 306, "Date de délivrance / Date of issue", fmt_date(ctx.passport_issue, style))
    _label(sh, x2, 306, "Date d'expiration / Date of expiry", fmt_date(ctx.passport_expiry, style))
    _label(sh, x1, 346, "Autorité / Authority", c.authority.upper(), vsize=12)
    sh.add(Stroke(tuple((40 + x, 300 + y) for x, y in _squiggle(rng)), rgb=(0.1, 0.1, 0.3)))
    lines = td3(c.code, p.surname, p.given_names, p.passport_number, c.code, p.date_of_birth, p.sex,
                ctx.passport_expiry)
    _zone(sh, lines, 412)
    truth = _person_truth(p) | {
        "sex": p.sex, "nationality": c.code, "place_of_birth": p.place_of_birth,
        "document_number": p.passport_number, "issue_date": ctx.passport_issue.isoformat(),
        "expiry_date": ctx.passport_expiry.isoformat(), "issuing_authority": c.authority,
        "zone": "\n".join(lines),
    }
    return [sh], truth


def visa(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("visa")
    long_stay = ctx.visa_category == "D"
    kind = "MRVA" if long_stay or rng.random() < 0.4 else "MRVB"
    style = rng.choice(("dmy_slash", "dmy_dot"))
    sh = Sheet(660, 450, background=(0.93, 0.95, 0.97))
    sh.add(Box(0, 0, 660, 40, rgb=(0.78, 0.86, 0.93), stroke=None))
    sh.text(24, 30, "VISA", 22, bold=True)
    sh.text(120, 28, "RÉPUBLIQUE FRANÇAISE   FRA", 13, bold=True)
    sh.text(636, 28, f"N° {ctx.visa_number}", 14, bold=True, align="right", gray=0.0)
    sh.photo(20, 58, 130, 170)
    x, x2 = 170, 440
    valid_for = "FRANCE" if long_stay else "ETATS SCHENGEN"
    _label(sh, x, 62, "VALABLE POUR / VALID FOR", valid_for)
    _label(sh, x, 100, "DU / FROM", fmt_date(ctx.visa_from, style))
    _label(sh, x2, 100, "AU / UNTIL", fmt_date(ctx.visa_until, style))
    sh.text(x, 150, "TYPE DE VISA", 11, gray=0.25)
    sh.text(x + 95, 150, ctx.visa_category, 14, bold=True)
    sh.text(x + 140, 150, "NOMBRE D'ENTREES", 11, gray=0.25)
    sh.text(x + 270, 150, ctx.visa_entries, 14, bold=True)
    sh.text(x, 180, "DUREE DE SEJOUR", 11, gray=0.25)
    sh.text(x + 125, 180, f"{ctx.visa_duration_days} JOURS", 14, bold=True)
    _label(sh, x, 206, "DELIVRE A / ISSUED IN", ctx.visa_issued_in)
    _label(sh, x2, 206, "LE / ON", fmt_date(ctx.visa_issue, style))
    _label(sh, x, 246, "N° DE PASSEPORT / PASSPORT NUMBER", ctx.visa_passport_number)
    _label(sh, x, 286, "NOM, PRENOM / SURNAME, NAME", f"{p.surname.upper()}, {p.given_names.upper()}")
    remarks = "VLS-TS VOLONTAIRE" if long_stay else rng.choice(("TOURISME", "VISITE FAMILIALE", "AFFAIRES"))
    sh.text(20, 338, "REMARQUES:", 11, gray=0.25)
    sh.text(110, 338, remarks, 14, bold=True)
    lines = mrv(kind, "FRA", p.surname, p.given_names, ctx.visa_number, p.nationality, p.date_of_birth, p.sex,
                ctx.visa_until)
    _zone(sh, lines, 395)
    truth = _person_truth(p) | {
        "sex": p.sex, "nationality": p.nationality, "document_number": ctx.visa_number,
        "visa_category": "long_stay" if long_stay else "short_stay", "valid_from": ctx.visa_from.isoformat(),
        "valid_until": ctx.visa_until.isoformat(), "issue_date": ctx.visa_issue.isoformat(),
        "duration_days": str(ctx.visa_duration_days), "entries": ctx.visa_entries, "remarks": remarks,
        "passport_number": ctx.visa_passport_number, "zone": "\n".join(lines),
    }
    return [sh], truth


def photo_id(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("photo_id")
    c = p.country
    style = rng.choice(("dmy_slash", "dmy_dot", "abbr"))
    sh = Sheet(660, 430, background=(0.92, 0.95, 0.92))
    sh.text(330, 30, f"{c.name_fr.upper()} - CARTE NATIONALE D'IDENTITÉ", 15, bold=True, align="center")
    sh.text(330, 50, "NATIONAL IDENTITY CARD", 12, align="center")
    sh.photo(22, 66, 140, 180)
    x, x2 = 185, 430
    _label(sh, x, 72, "Nom / Surname", p.surname.upper())
    _label(sh, x, 110, "Prénoms / Given names", p.given_names.upper())
    _label(sh, x, 148, "Date de naissance / Date of birth", fmt_date(p.date_of_birth, style))
    _label(sh, x2, 148, "Sexe / Sex", p.sex)
    _label(sh, x, 186, "N° de la carte / Card No.", ctx.id_number)
    _label(sh, x2, 186, "Nationalité / Nationality", c.code)
    _label(sh, x, 224, "Date de délivrance / Date of issue", fmt_date(ctx.id_issue, style))
    _label(sh, x2, 224, "Date d'expiration / Date of expiry", fmt_date(ctx.id_expiry, style))
    lines = td1(c.code, p.surname, p.given_names, ctx.id_number, c.code, p.date_of_birth, p.sex, ctx.id_expiry)
    _zone(sh, lines, 318)
    truth = _person_truth(p) | {
        "sex": p.sex, "nationality": c.code, "document_number": ctx.id_number,
        "issue_date": ctx.id_issue.isoformat(), "expiry_date": ctx.id_expiry.isoformat(), "zone": "\n".join(lines),
    }
    return [sh], truth


def consular_card(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("consular_card")
    c = p.country
    style = rng.choice(("dmy_slash", "dmy_dot"))
    sh = Sheet(660, 420, background=(0.97, 0.95, 0.88))
    sh.text(330, 32, "CARTE CONSULAIRE / CONSULAR CARD", 18, bold=True, align="center")
    sh.text(330, 54, f"Consulat général {_du(c.name_fr)} à Paris", 12, align="center")
    if "consular_card" not in ctx.without_photo:
        sh.photo(24, 74, 140, 180)
    x = 190
    _label(sh, x, 84, "Nom / Surname", p.surname.upper())
    _label(sh, x, 122, "Prénoms / Given names", p.given_names)
    _label(sh, x, 160, "Né(e) le / Date of birth", fmt_date(p.date_of_birth, style))
    _label(sh, x + 230, 160, "Nationalité / Nationality", c.nationality_fr)
    _label(sh, x, 198, "N° d'immatriculation / Registration No.", ctx.consular_card_number)
    _label(sh, x, 236, "Délivrée le / Issued on", fmt_date(ctx.consular_card_issue, style))
    _label(sh, x + 230, 236, "Expire le / Expires on", fmt_date(ctx.consular_card_expiry, style))
    sh.text(x, 300, "Adresse en France / Address in France", 9.5, gray=0.25)
    sh.text(x, 318, f"{rng.randint(2, 120)} rue de la Roquette, 75011 Paris", 12)
    sh.add(Stroke(tuple((440 + x_, 370 + y) for x_, y in _squiggle(rng)), rgb=(0.1, 0.1, 0.3)))
    sh.text(440, 405, "Le Consul général", 10, gray=0.25)
    truth = _person_truth(p) | {
        "nationality": c.code, "document_number": ctx.consular_card_number,
        "issue_date": ctx.consular_card_issue.isoformat(), "expiry_date": ctx.consular_card_expiry.isoformat(),
        "has_photo": str("consular_card" not in ctx.without_photo).lower(),
    }
    return [sh], truth


def _du(country_fr: str) -> str:
    """'du Sénégal', 'de la Colombie', "de l'Inde" (good enough for the countries used)."""
    if country_fr[0] in "AEIOUÉ":
        return f"de l'{country_fr}"
    if country_fr in ("Colombie", "Allemagne", "Italie", "Espagne"):
        return f"de la {country_fr}"
    return f"du {country_fr}"


# ------------------------------------------------------------------ A4 documents


def _header(f: Flow, lines: list[str], size: float = 11.5) -> None:
    for line in lines:
        f.para(line, size=size, bold=True, align="center", after=1)
    f.space(14)


def _photo_top_right(f: Flow) -> None:
    f.sheet.photo(595 - 62 - 100, 60, 100, 128)


def birth_certificate(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    lang = "fr" if c.french_speaking or rng.random() < 0.5 else "en"
    style = pick_style(rng, lang)
    d = lambda x: fmt_date(x, style)  # noqa: E731
    f = Flow(family=rng.choice(("serif", "sans")), size=11.5)
    father = f"{rng.choice(c.male).split()[0]} {p.surname.upper()}"
    mother = f"{rng.choice(c.female).split()[0]} {rng.choice(c.surnames).upper()}"
    act = rng.randint(100, 4999)
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    if lang == "fr":
        _header(f, [f"RÉPUBLIQUE {_du(c.name_fr).upper()}", f"Commune de {p.place_of_birth}",
                    "Centre d'état civil principal"])
        f.para(f"Acte n° {act} - Année {p.date_of_birth.year}", after=10)
        f.title("COPIE INTÉGRALE D'ACTE DE NAISSANCE" if full else "EXTRAIT D'ACTE DE NAISSANCE")
        if full:
            f.para(f"Le {d(p.date_of_birth)} à {hh} heures {mm} minutes, est {_ne(p)} à {p.place_of_birth} "
                   f"({c.name_fr}) : {p.given_names} {p.surname.upper()}, de sexe "
                   f"{'féminin' if p.sex == 'F' else 'masculin'}, {'fille' if p.sex == 'F' else 'fils'} de "
                   f"{father}, commerçant, et de {mother}, enseignante, son épouse, domiciliés à {p.place_of_birth}.")
            f.para(f"Dressé le {d(p.date_of_birth.replace(day=min(p.date_of_birth.day, 25)))} sur la déclaration du "
                   "père, qui, lecture faite, a signé avec Nous, officier de l'état civil.")
            f.space(6)
            f.para("Mentions marginales :", bold=True, after=2)
            f.para(rng.choice(("Néant.", f"Rectification administrative du prénom par décision du procureur de la "
                                         f"République du {d(p.date_of_birth.replace(year=p.date_of_birth.year + 2))}.")))
            f.space(6)
            f.para("Copie intégrale certifiée conforme aux registres de l'état civil.")
        else:
            f.para(rng.choice(("Extrait sans filiation", "Extrait avec filiation")), after=8)
            for label, value in (("Nom", p.surname.upper()), ("Prénoms", p.given_names),
                                 ("Sexe", "féminin" if p.sex == "F" else "masculin"),
                                 ("Date de naissance", d(p.date_of_birth)),
                                 ("Lieu de naissance", f"{p.place_of_birth} ({c.name_fr})")):
                f.para(f"{label} : {value}", after=3)
        f.space(10)
        f.para(f"Délivré le {d(ctx.birth_issue)} à {p.place_of_birth}.")
        f.para("L'officier de l'état civil", after=2)
    else:
        _header(f, [f"{c.name_en.upper()}", f"Civil Registry Office of {p.place_of_birth}"])
        f.para(f"Entry No. {act} - Year {p.date_of_birth.year}", after=10)
        f.title("FULL COPY OF BIRTH CERTIFICATE" if full else "BIRTH CERTIFICATE EXTRACT")
        if full:
            f.para(f"On {d(p.date_of_birth)} at {hh:02d}:{mm:02d}, was born in {p.place_of_birth} ({c.name_en}): "
                   f"{p.given_names} {p.surname.upper()}, {'female' if p.sex == 'F' else 'male'}, child of "
                   f"{father}, trader, and of {mother}, teacher, his wife, residing in {p.place_of_birth}.")
            f.para("Registered on the declaration of the father, who signed with the civil registrar.")
            f.space(6)
            f.para("Marginal notes:", bold=True, after=2)
            f.para(rng.choice(("None.", "Correction of the given name by court order, recorded in the margin.")))
            f.space(6)
            f.para("Certified true and full copy of the civil status register, with all marginal entries.")
        else:
            f.para("Extract without parentage", after=8)
            for label, value in (("Surname", p.surname.upper()), ("Given names", p.given_names),
                                 ("Sex", "female" if p.sex == "F" else "male"),
                                 ("Date of birth", d(p.date_of_birth)),
                                 ("Place of birth", f"{p.place_of_birth} ({c.name_en})")):
                f.para(f"{label}: {value}", after=3)
        f.space(10)
        f.para(f"Issued on {d(ctx.birth_issue)} in {p.place_of_birth}.")
        f.para("The Civil Registrar", after=2)
    f.sheet.add(Box(380, f.y - 10, 140, 70, stroke=0.35, line=1.5))
    f.signature(_squiggle(rng))
    truth = _person_truth(p) | {
        "sex": p.sex, "place_of_birth": p.place_of_birth, "copy_kind": ctx.birth_copy_kind,
        "issue_date": ctx.birth_issue.isoformat(), "language": lang,
    }
    return f.sheets, truth


def nationality_certificate(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("nationality_certificate")
    c = p.country
    style = pick_style(rng, "fr")
    f = Flow(family="serif")
    if "nationality_certificate" not in ctx.without_photo:
        _photo_top_right(f)
    f.para(f"RÉPUBLIQUE {_du(c.name_fr).upper()}", bold=True, after=1)
    f.para("Ministère de la Justice", after=1)
    f.para(f"Tribunal de grande instance de {rng.choice(c.cities)}", after=60)
    f.title("CERTIFICAT DE NATIONALITÉ")
    f.para(f"Certificat n° {rng.randint(1000, 99999)}/{ctx.natcert_issue.year}", align="center", after=14)
    f.para(f"Le Président du tribunal certifie que {_civ(p, 'fr')} {p.given_names} {p.surname.upper()}, "
           f"{_ne(p)} le {fmt_date(p.date_of_birth, style)} à {p.place_of_birth} ({c.name_fr}), "
           f"{'fille' if p.sex == 'F' else 'fils'} de {rng.choice(c.male).split()[0]} {p.surname.upper()}, "
           f"est de nationalité {c.nationality_fr}.")
    f.para("Le présent certificat est établi au vu des pièces produites et délivré pour servir et valoir "
           "ce que de droit.")
    f.space(12)
    f.para(f"Fait et délivré le {fmt_date(ctx.natcert_issue, style)} à {p.place_of_birth}.")
    f.para("Le Président du tribunal", after=2)
    f.signature(_squiggle(rng))
    truth = _person_truth(p) | {"nationality": c.code, "issue_date": ctx.natcert_issue.isoformat(),
                                "has_photo": str("nationality_certificate" not in ctx.without_photo).lower()}
    return f.sheets, truth


def consular_attestation(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("consular_attestation")
    c = p.country
    style = pick_style(rng, "fr")
    f = Flow(family="sans")
    photo = "consular_attestation" not in ctx.without_photo
    if photo:
        _photo_top_right(f)
    f.para(f"AMBASSADE {_du(c.name_fr).upper()} EN FRANCE", bold=True, after=1)
    f.para(f"Consulat général {_du(c.name_fr)} à Paris", after=1)
    f.para("Service de l'état civil et des passeports", after=60)
    f.title("ATTESTATION CONSULAIRE")
    f.para(f"N° {rng.randint(100, 9999)}/CG/{ctx.consular_att_issue.year}", align="center", after=14)
    f.para(f"Le Consul général {_du(c.name_fr)} à Paris atteste que {_civ(p, 'fr')} {p.given_names} "
           f"{p.surname.upper()}, {_ne(p)} le {fmt_date(p.date_of_birth, style)} à {p.place_of_birth} "
           f"({c.name_fr}), de nationalité {c.nationality_fr}, titulaire du passeport n° {p.passport_number}, "
           f"est régulièrement {'immatriculée' if p.sex == 'F' else 'immatriculé'} auprès de ce Consulat général.")
    f.para(("La photographie ci-dessus est bien celle de l'intéressé(e). " if photo else "")
           + "La présente attestation est délivrée pour servir et valoir ce que de droit.")
    f.space(12)
    f.para(f"Fait à Paris, le {fmt_date(ctx.consular_att_issue, style)}")
    f.para("Le Consul général", after=2)
    f.signature(_squiggle(rng))
    truth = _person_truth(p) | {"nationality": c.code, "issue_date": ctx.consular_att_issue.isoformat(),
                                "has_photo": str(photo).lower()}
    return f.sheets, truth


def _association_letterhead(f: Flow, ctx: DocContext) -> None:
    f.para(ctx.association, size=14, bold=True, after=1)
    f.para(ctx.association_address, size=11, after=1)
    f.para("Association reconnue d'utilité publique", size=11, after=18)


def volunteer_contract(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("volunteer_contract")
    c = p.country
    lang = "fr" if rng.random() < 0.8 else "en"
    style = pick_style(rng, lang)
    d = lambda x: fmt_date(x, style)  # noqa: E731
    f = Flow(family=rng.choice(("serif", "sans")))
    _association_letterhead(f, ctx)
    if lang == "fr":
        f.title(rng.choice(("CONTRAT DE VOLONTARIAT", "CONTRAT DE VOLONTARIAT ASSOCIATIF")))
        f.para("Entre les soussignés :", bold=True)
        f.para(f"L'association {ctx.association}, association reconnue d'utilité publique, dont le siège est "
               f"situé {ctx.association_address}, représentée par {ctx.president}, en sa qualité de président(e), "
               "ci-après dénommée « l'association », d'une part,")
        f.para(f"Et {_civ(p, 'fr')} {p.given_names} {p.surname.upper()}, {_ne(p)} le {d(p.date_of_birth)} à "
               f"{p.place_of_birth} ({c.name_fr}), de nationalité {c.nationality_fr}, ci-après dénommé(e) "
               "« le volontaire », d'autre part,")
        f.para("Il a été convenu ce qui suit :", bold=True, after=10)
        arts = [
            ("Article 1 - Objet de la mission",
             (f"Objet de la mission : mission d'intérêt général à caractère social et humanitaire consistant à "
              f"{ctx.mission}. Cette mission vise à renforcer la cohésion sociale et à mener des actions de "
              "solidarité envers des personnes en difficulté résidant en France.") if ctx.mission_social else
             f"Objet de la mission : {ctx.mission}. Le volontaire accomplit les tâches que lui confie "
             "l'association dans ce cadre."),
            ("Article 2 - Durée",
             f"Le présent contrat prend effet le {d(ctx.contract_start)} et prend fin le {d(ctx.contract_end)}. "
             "Il ne peut être renouvelé au-delà d'une durée totale de vingt-quatre mois."),
            ("Article 3 - Lieu d'exercice",
             f"La mission s'exerce dans les locaux de l'association à {ctx.association_city} et auprès des "
             "personnes accompagnées."),
            ("Article 4 - Organisation du temps de mission",
             "La durée hebdomadaire de la mission est de trente-cinq heures, réparties sur cinq jours. Le volontaire "
             "bénéficie de deux jours de congé par mois de mission."),
            ("Article 5 - Indemnité",
             "Le volontaire perçoit une indemnité mensuelle qui n'a pas le caractère d'un salaire. Elle est versée "
             "à la fin de chaque mois. L'association prend en charge les frais de transport liés à la mission."),
            ("Article 6 - Protection sociale",
             "L'association affilie le volontaire au régime général de la sécurité sociale et souscrit à son "
             "bénéfice une assurance couvrant sa responsabilité civile pendant la mission."),
            ("Article 7 - Tutorat et formation",
             "Un tuteur désigné par l'association accompagne le volontaire tout au long de sa mission. Le "
             "volontaire suit une formation civique et citoyenne ainsi qu'une formation aux premiers secours."),
            ("Article 8 - Obligations du volontaire",
             "Le volontaire s'engage à respecter le projet associatif, la confidentialité des informations "
             "relatives aux personnes accompagnées et les règles de fonctionnement de l'association."),
            ("Article 9 - Fin du contrat",
             "Le contrat peut être rompu avant son terme par accord des parties, en cas de force majeure ou de faute "
             "grave, moyennant un préavis d'au moins un mois. Au terme de la mission, l'association délivre au "
             "volontaire une attestation de volontariat."),
        ]
        for head, body in arts:
            f.need(90)
            f.para(head, bold=True, after=2)
            f.para(body, after=10)
        f.new_page()
        f.para("Article 10 - Séjour en France", bold=True, after=2)
        f.para("Le volontaire de nationalité étrangère déclare être titulaire d'un visa de long séjour et s'engage "
               "à quitter le territoire français à l'issue de sa mission.", after=20)
        f.para(f"Fait à {ctx.association_city}, le {d(ctx.contract_signed)}, en deux exemplaires originaux.",
               after=18)
        f.signature(_squiggle(rng), label=f"Pour l'association, {ctx.president}, président(e)")
        f.signature(_squiggle(rng), label="Le volontaire (lu et approuvé)")
    else:
        f.title("VOLUNTEER CONTRACT (CONTRAT DE VOLONTARIAT)")
        f.para("Between the undersigned:", bold=True)
        f.para(f"The association {ctx.association}, recognised as being of public interest, whose registered "
               f"office is at {ctx.association_address}, represented by {ctx.president}, its president, hereinafter "
               "\"the association\", on the one hand,")
        f.para(f"And {_civ(p, 'en')} {p.given_names} {p.surname.upper()}, born on {d(p.date_of_birth)} in "
               f"{p.place_of_birth} ({c.name_en}), a national of {c.name_en}, hereinafter \"the volunteer\", on the "
               "other hand,")
        f.para("It has been agreed as follows:", bold=True, after=10)
        arts = [
            ("Article 1 - Mission",
             (f"Mission: a mission of general interest of a social and humanitarian character, to "
              f"{ctx.mission} (mission à caractère social). The mission aims at strengthening social cohesion "
              "and at solidarity with disadvantaged people living in France.") if ctx.mission_social else
             f"Mission: to {ctx.mission} (in French in the original). The volunteer carries out the tasks the "
             "association gives within this mission."),
            ("Article 2 - Duration",
             f"This contract starts on {d(ctx.contract_start)} and ends on {d(ctx.contract_end)}."),
            ("Article 3 - Place", f"The mission takes place at the association's premises in {ctx.association_city}."),
            ("Article 4 - Working time",
             "The mission lasts thirty-five hours a week over five days, with two days of leave per month."),
            ("Article 5 - Allowance",
             "The volunteer receives a monthly allowance, which is not a salary, and the association pays "
             "the transport costs of the mission."),
            ("Article 6 - Social protection",
             "The association registers the volunteer with the French social security and insures the "
             "volunteer's civil liability during the mission."),
            ("Article 7 - Tutoring and training",
             "A tutor appointed by the association supports the volunteer throughout the mission. The volunteer "
             "follows a civic training and a first aid training."),
            ("Article 8 - Duties of the volunteer",
             "The volunteer respects the association's project, the confidentiality of information about the "
             "people supported and the association's rules."),
            ("Article 9 - End of the contract",
             "The contract may end early by mutual agreement, force majeure or serious misconduct, with one month's "
             "notice. At the end of the mission the association gives the volunteer a certificate."),
        ]
        for head, body in arts:
            f.need(90)
            f.para(head, bold=True, after=2)
            f.para(body, after=10)
        f.new_page()
        f.para("Article 10 - Stay in France", bold=True, after=2)
        f.para("The volunteer holds a long-stay visa and undertakes to leave French territory at the end of the "
               "mission.", after=20)
        f.para(f"Signed in {ctx.association_city} on {d(ctx.contract_signed)}, in two original copies.", after=18)
        f.signature(_squiggle(rng), label=f"For the association, {ctx.president}, president")
        f.signature(_squiggle(rng), label="The volunteer (read and approved)")
    _page_numbers(f)
    truth = _person_truth(p) | {
        "association": ctx.association, "start_date": ctx.contract_start.isoformat(),
        "end_date": ctx.contract_end.isoformat(), "signature_date": ctx.contract_signed.isoformat(),
        "mission": ctx.mission, "language": lang,
    }
    return f.sheets, truth


def _page_numbers(f: Flow) -> None:
    n = len(f.sheets)
    for i, sh in enumerate(f.sheets, 1):
        sh.text(595 / 2, 842 - 30, f"{i}/{n}", 10, align="center", gray=0.3)


def approval_decision(ctx: DocContext, rng: random.Random) -> Built:
    style = pick_style(rng, "fr")
    d = lambda x: fmt_date(x, style)  # noqa: E731
    f = Flow(family="serif")
    prefect = ctx.approval_authority.startswith("Préfet")
    f.para("RÉPUBLIQUE FRANÇAISE", bold=True, after=1)
    f.para("Liberté - Égalité - Fraternité", size=10, after=8)
    if prefect:
        f.para(f"PRÉFECTURE {('DE LA RÉGION ' + ctx.approval_authority.split('région ')[1].split(',')[0]).upper()}",
               bold=True, after=18)
        kind = "ARRÊTÉ"
        f.title(f"Arrêté n° {ctx.approval_number} portant agrément de l'association {ctx.approval_association} "
                "au titre de l'engagement de service civique", size=13.5)
        f.para(f"Le {ctx.approval_authority},", bold=True)
    else:
        f.para("MINISTÈRE CHARGÉ DE LA JEUNESSE", bold=True, after=1)
        f.para("Agence du Service Civique", after=18)
        kind = "DÉCIDE"
        f.title(f"Décision n° {ctx.approval_number} portant agrément de l'association {ctx.approval_association} "
                "au titre du volontariat associatif et de l'engagement de service civique", size=13.5)
        f.para("La directrice de l'Agence du Service Civique, par délégation du Ministre chargé de la jeunesse,",
               bold=True)
    for vu in ("Vu le code du service national, notamment ses articles L. 120-1 et suivants et R. 121-1 et suivants ;",
               "Vu la loi n° 2010-241 du 10 mars 2010 relative au service civique ;",
               f"Vu la demande d'agrément présentée par l'association {ctx.approval_association} ;",
               "Considérant que les missions proposées présentent un caractère social et humanitaire et relèvent "
               "de l'intérêt général ;"):
        f.para(vu, after=4)
    f.para(f"{kind} :" if kind == "DÉCIDE" else "ARRÊTE :", bold=True, align="center", after=8)
    f.para(f"Article 1er - L'association {ctx.approval_association}, dont le siège est situé "
           f"{ctx.association_address if ctx.approval_association == ctx.association else 'à Paris'}, est agréée "
           f"au titre de l'engagement de service civique et du volontariat pour une durée de cinq ans à compter "
           f"du {d(ctx.approval_date)}.")
    f.para(f"Article 2 - Le numéro d'agrément attribué est {ctx.approval_number}.")
    f.para("Article 3 - Le présent agrément peut être retiré si les conditions de sa délivrance cessent d'être "
           "remplies. Il sera publié au recueil des actes administratifs.")
    f.space(10)
    f.para(f"Fait à Paris, le {d(ctx.approval_date)}")
    f.para("Le Préfet," if prefect else "Pour le Ministre et par délégation,", after=2)
    f.signature(_squiggle(rng))
    authority = ctx.approval_authority.split(",")[0]
    truth = {"association": ctx.approval_association, "decision_date": ctx.approval_date.isoformat(),
             "authority": authority}
    return f.sheets, truth


def departure_commitment(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("departure_commitment")
    c = p.country
    lang = "fr" if rng.random() < 0.75 else "en"
    style = pick_style(rng, lang)
    d = lambda x: fmt_date(x, style)  # noqa: E731
    f = Flow(family=rng.choice(("sans", "serif")), size=12)
    f.para(f"{p.given_names} {p.surname.upper()}", after=1)
    f.para(f"c/o {ctx.association}", after=1)
    f.para(ctx.association_address, after=24)
    f.para(f"À l'attention de Monsieur le Préfet de {ctx.association_city}" if lang == "fr"
           else f"To the Prefect of {ctx.association_city}", align="right", after=20)
    if lang == "fr":
        f.para("Objet : engagement de quitter le territoire français à l'issue de ma mission", bold=True, after=14)
        f.para("Madame, Monsieur,")
        f.para(f"Je soussigné(e) {p.given_names} {p.surname.upper()}, {_ne(p)} le {d(p.date_of_birth)} à "
               f"{p.place_of_birth} ({c.name_fr}), de nationalité {c.nationality_fr}, volontaire auprès de "
               f"l'association {ctx.association}, m'engage à quitter le territoire français à l'issue de ma "
               f"mission de volontariat, prévue le {d(ctx.contract_end)}.")
        f.para("Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.", after=16)
        f.para(f"Fait à {ctx.association_city}, le {d(ctx.commitment_date)}")
        f.signature(_squiggle(rng), label="Signature :")
    else:
        f.para("Subject: commitment to leave French territory at the end of my mission", bold=True, after=14)
        f.para("Dear Sir or Madam,")
        f.para(f"I, the undersigned, {p.given_names} {p.surname.upper()}, born on {d(p.date_of_birth)} in "
               f"{p.place_of_birth} ({c.name_en}), a national of {c.name_en}, volunteer with the association "
               f"{ctx.association}, undertake to leave French territory at the end of my volunteer mission, "
               f"planned for {d(ctx.contract_end)}.")
        f.para("Yours faithfully,", after=16)
        f.para(f"Done in {ctx.association_city}, on {d(ctx.commitment_date)}")
        f.signature(_squiggle(rng), label="Signature:")
    truth = _person_truth(p, dob=True) | {"signature_date": ctx.commitment_date.isoformat(),
                                          "commits_to_leave": "true", "language": lang}
    return f.sheets, truth


def acceptance_certificate(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("acceptance_certificate")
    c = p.country
    style = pick_style(rng, "fr")
    d = lambda x: fmt_date(x, style)  # noqa: E731
    f = Flow(family=rng.choice(("sans", "serif")), size=12)
    _association_letterhead(f, ctx)
    f.title(rng.choice(("ATTESTATION D'ACCUEIL", "CERTIFICAT D'ACCEPTATION",
                        "ATTESTATION D'ACCUEIL / CERTIFICAT D'ACCEPTATION")))
    f.para(f"Je soussigné(e) {ctx.president}, président(e) de l'association {ctx.association}, association "
           f"reconnue d'utilité publique, atteste que {_civ(p, 'fr')} {p.given_names} {p.surname.upper()}, "
           f"{_ne(p)} le {d(p.date_of_birth)} à {p.place_of_birth} ({c.name_fr}), de nationalité "
           f"{c.nationality_fr}, est {'acceptée' if p.sex == 'F' else 'accepté'} en qualité de volontaire au sein "
           f"de notre association pour une mission consistant à {ctx.mission}, du {d(ctx.contract_start)} au "
           f"{d(ctx.contract_end)}.")
    f.para("L'association s'engage à accueillir le volontaire, à assurer son tutorat et à lui verser "
           "l'indemnité prévue au contrat de volontariat.")
    f.para("La présente attestation est délivrée pour servir et valoir ce que de droit.", after=16)
    f.para(f"Fait à {ctx.association_city}, le {d(ctx.acceptance_date)}")
    f.signature(_squiggle(rng), label="Le président / La présidente")
    truth = _person_truth(p) | {"association": ctx.association, "issue_date": ctx.acceptance_date.isoformat()}
    return f.sheets, truth


def bill(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.person
    f = Flow(family="sans", size=11.5)
    f.para("Lumina Énergie", size=18, bold=True, after=2)
    f.para("Fournisseur d'électricité - Service clients 09 70 00 00 00", size=10, after=18)
    f.para("FACTURE D'ÉLECTRICITÉ", size=15, bold=True, after=10)
    f.para(f"Titulaire du contrat : {_civ(p, 'fr')} {p.given_names} {p.surname.upper()}", after=2)
    f.para(f"Adresse de consommation : {rng.randint(2, 90)} rue des Pyrénées, 75020 Paris", after=2)
    f.para(f"Facture n° {rng.randint(10**9, 10**10 - 1)} du {fmt_date(ctx.filing - days(rng.randint(5, 40)), 'dmy_slash')}",
           after=12)
    kwh = rng.randint(120, 480)
    for label, value in (("Période de consommation", "du 01/09 au 31/10"), ("Consommation", f"{kwh} kWh"),
                         ("Abonnement (6 kVA)", f"{rng.randint(20, 30)},{rng.randint(10, 99)} EUR"),
                         ("Énergie consommée", f"{kwh * 0.25:.2f} EUR".replace(".", ",")),
                         ("Taxes et contributions", f"{rng.randint(8, 20)},{rng.randint(10, 99)} EUR")):
        f.para(f"{label} : {value}", after=3)
    f.space(8)
    f.para(f"Montant total à payer : {rng.randint(60, 160)},{rng.randint(10, 99)} EUR TTC", bold=True)
    f.para("Prélèvement automatique le 15 du mois. Merci de votre confiance.")
    return f.sheets, {}


def cv(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.person
    f = Flow(family="sans", size=11.5)
    f.para(f"{p.given_names} {p.surname.upper()}", size=20, bold=True, after=2)
    f.para("Curriculum Vitae", size=13, after=2)
    f.para(f"{p.surname.lower()}.{rng.randint(10, 99)}@example.org - +33 6 {rng.randint(10, 99)} "
           f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}", after=16)
    sections = {
        "Formation / Education": [f"{p.date_of_birth.year + 18}-{p.date_of_birth.year + 21} : Licence de sciences "
                                  f"sociales, Université de {p.place_of_birth}",
                                  f"{p.date_of_birth.year + 18} : Baccalauréat, mention bien"],
        "Expérience / Experience": ["Animatrice de centre de loisirs (bénévole), 2 ans",
                                    "Aide aux devoirs dans une association de quartier",
                                    "Stage de 3 mois dans une ONG de santé communautaire"],
        "Langues / Languages": ["Français : courant", "Anglais : intermédiaire (B2)"],
        "Centres d'intérêt": ["Football, cuisine, photographie, randonnée"],
    }
    for head, items in sections.items():
        f.para(head, size=13, bold=True, after=4)
        for it in items:
            f.para(f"- {it}", after=2, indent=12)
        f.space(8)
    return f.sheets, {}


BUILDERS: dict[str, Callable[[DocContext, random.Random], Built]] = {
    "passport": passport,
    "visa": visa,
    "birth_certificate": birth_certificate,
    "nationality_certificate": nationality_certificate,
    "consular_attestation": consular_attestation,
    "consular_card": consular_card,
    "photo_id": photo_id,
    "volunteer_contract": volunteer_contract,
    "approval_decision": approval_decision,
    "departure_commitment": departure_commitment,
    "acceptance_certificate": acceptance_certificate,
    "bill": bill,
    "cv": cv,
}

KIND_TYPES = {k: ("unknown" if k in ("bill", "cv") else k) for k in BUILDERS}
