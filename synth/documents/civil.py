"""Civil-status and nationality papers: birth certificate, certificate of nationality, consular attestation."""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, civ, du, ne, person_truth, squiggle
from synth.formats import fmt_date, pick_style
from synth.layout import Box, Flow


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
        _header(f, [f"RÉPUBLIQUE {du(c.name_fr).upper()}", f"Commune de {p.place_of_birth}",
                    "Centre d'état civil principal"])
        f.para(f"Acte n° {act} - Année {p.date_of_birth.year}", after=10)
        f.title("COPIE INTÉGRALE D'ACTE DE NAISSANCE" if full else "EXTRAIT D'ACTE DE NAISSANCE")
        if full:
            f.para(f"Le {d(p.date_of_birth)} à {hh} heures {mm} minutes, est {ne(p)} à {p.place_of_birth} "
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
    f.signature(squiggle(rng))
    truth = person_truth(p) | {
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
    f.para(f"RÉPUBLIQUE {du(c.name_fr).upper()}", bold=True, after=1)
    f.para("Ministère de la Justice", after=1)
    f.para(f"Tribunal de grande instance de {rng.choice(c.cities)}", after=60)
    f.title("CERTIFICAT DE NATIONALITÉ")
    f.para(f"Certificat n° {rng.randint(1000, 99999)}/{ctx.natcert_issue.year}", align="center", after=14)
    f.para(f"Le Président du tribunal certifie que {civ(p, 'fr')} {p.given_names} {p.surname.upper()}, "
           f"{ne(p)} le {fmt_date(p.date_of_birth, style)} à {p.place_of_birth} ({c.name_fr}), "
           f"{'fille' if p.sex == 'F' else 'fils'} de {rng.choice(c.male).split()[0]} {p.surname.upper()}, "
           f"est de nationalité {c.nationality_fr}.")
    f.para("Le présent certificat est établi au vu des pièces produites et délivré pour servir et valoir "
           "ce que de droit.")
    f.space(12)
    f.para(f"Fait et délivré le {fmt_date(ctx.natcert_issue, style)} à {p.place_of_birth}.")
    f.para("Le Président du tribunal", after=2)
    f.signature(squiggle(rng))
    truth = person_truth(p) | {"nationality": c.code, "issue_date": ctx.natcert_issue.isoformat(),
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
    f.para(f"AMBASSADE {du(c.name_fr).upper()} EN FRANCE", bold=True, after=1)
    f.para(f"Consulat général {du(c.name_fr)} à Paris", after=1)
    f.para("Service de l'état civil et des passeports", after=60)
    f.title("ATTESTATION CONSULAIRE")
    f.para(f"N° {rng.randint(100, 9999)}/CG/{ctx.consular_att_issue.year}", align="center", after=14)
    f.para(f"Le Consul général {du(c.name_fr)} à Paris atteste que {civ(p, 'fr')} {p.given_names} "
           f"{p.surname.upper()}, {ne(p)} le {fmt_date(p.date_of_birth, style)} à {p.place_of_birth} "
           f"({c.name_fr}), de nationalité {c.nationality_fr}, titulaire du passeport n° {p.passport_number}, "
           f"est régulièrement {'immatriculée' if p.sex == 'F' else 'immatriculé'} auprès de ce Consulat général.")
    f.para(("La photographie ci-dessus est bien celle de l'intéressé(e). " if photo else "")
           + "La présente attestation est délivrée pour servir et valoir ce que de droit.")
    f.space(12)
    f.para(f"Fait à Paris, le {fmt_date(ctx.consular_att_issue, style)}")
    f.para("Le Consul général", after=2)
    f.signature(squiggle(rng))
    truth = person_truth(p) | {"nationality": c.code, "issue_date": ctx.consular_att_issue.isoformat(),
                                "has_photo": str(photo).lower()}
    return f.sheets, truth
