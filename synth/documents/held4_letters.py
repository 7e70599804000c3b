"""Fourth held-out batch (session 13): departure commitments and acceptance certificates.

Written by a hand that has not seen the reader nor the earlier held-out batches; nobody
tunes the reader on these families.
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, civ, ne, person_truth
from synth.documents.dev_common import acronym, table
from synth.documents.held4_parts import cell, dmy, en_day, en_ord, fr_day, frame_stamp, mark, rule
from synth.documents.registry import caps
from synth.formats import MONTHS_EN
from synth.identity import Identity
from synth.layout import A4, Box, Flow, Sheet, wrap

_WEEK_FR = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
_WEEK_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_BRANCHES = {"Paris": ("Antenne Paris 18e", "14 rue Marcadet, 75018 Paris", "Paris"),
             "Lyon": ("Délégation de Villeurbanne", "3 cours Émile-Zola, 69100 Villeurbanne", "Villeurbanne"),
             "Bordeaux": ("Antenne de Mérignac", "22 avenue de l'Yser, 33700 Mérignac", "Mérignac"),
             "Marseille": ("Antenne Marseille Nord", "40 chemin de la Madrague-Ville, 13015 Marseille", "Marseille"),
             "Lille": ("Délégation de Roubaix", "8 rue de l'Épeule, 59100 Roubaix", "Roubaix"),
             "Nantes": ("Antenne de Rezé", "5 rue Jean-Jaurès, 44400 Rezé", "Rezé")}
_STAFF = ("Mathilde Roche", "Olivier Brun", "Inès Belkacem", "Damien Faure", "Aurélie Texier", "Samuel Ouédraogo")


def _leave_truth(ctx: DocContext, p: Identity, lang: str) -> dict[str, str]:
    return person_truth(p) | {"signature_date": ctx.commitment_date.isoformat(), "commits_to_leave": "true",
                              "language": lang}


def _e(p: Identity) -> str:
    return "e" if p.sex == "F" else ""


def _mail_handle(p: Identity) -> str:
    return f"{caps(p.given_names.split()[0]).lower()}.{caps(p.surname.split()[0]).lower()}"


def departure_printed_email(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("departure_commitment")
    c = p.country
    lang = "en" if rng.random() < 0.3 else "fr"
    d = ctx.commitment_date
    hh, mm = rng.randint(8, 22), rng.randint(0, 59)
    box = f"{_mail_handle(p)}{rng.randint(1, 99)}@{rng.choice(('gmail.com', 'yahoo.fr', 'outlook.com'))}"
    office = f"benevolat@{acronym(ctx.association).lower()}.org"
    f = Flow(family="sans", size=10.5, margin=48)
    sh = f.sheet
    sh.text(48, 28, f"{d.strftime('%d/%m/%Y')} {hh:02d}:{mm:02d}", 7.5, gray=0.4)
    sh.text(547, 28, "Messagerie", 7.5, align="right", gray=0.4)
    subject = ("Engagement de quitter la France - dossier APS" if lang == "fr" else
               "Commitment to leave France - APS application")
    f.y = 58
    f.para(subject, bold=True, size=14, after=2)
    f.para("1 message", size=8.5, after=8)
    rule(sh, 48, f.y, 499)
    f.space(6)
    when = (f"{_WEEK_FR[d.weekday()]} {fr_day(d)} à {hh:02d}:{mm:02d}" if lang == "fr" else
            f"{_WEEK_EN[d.weekday()]}, {en_day(d)} {hh:02d}:{mm:02d}")
    f.para(f"{p.given_names} {caps(p.surname)} <{box}>", bold=True, size=10, after=0)
    f.para(("À : " if lang == "fr" else "To: ") + office, size=9, after=0)
    f.para(when, size=9, after=14)
    if lang == "fr":
        f.para("Bonjour Madame, Monsieur,", after=6)
        f.para("Comme demandé pour mon dossier d'autorisation provisoire de séjour, voici mon engagement.")
        f.para(f"Je soussigné{_e(p)} {p.given_names} {caps(p.surname)}, {ne(p)} le {dmy(p.date_of_birth)} à "
               f"{p.place_of_birth} ({c.name_fr}), de nationalité {c.nationality_fr}, titulaire du passeport n° "
               f"{p.passport_number}, volontaire au sein de l'association {ctx.association} dans le cadre d'un "
               f"contrat de volontariat du {dmy(ctx.contract_start)} au {dmy(ctx.contract_end)}, m'engage à quitter "
               "le territoire français au terme de ma mission.")
        f.para("Je vous remercie et reste à votre disposition.", after=6)
        f.para("Cordialement,", after=2)
    else:
        f.para("Hello,", after=6)
        f.para("As requested for my residence permit application, please find my commitment below.")
        f.para(f"I, {p.given_names} {caps(p.surname)}, born on {dmy(p.date_of_birth)} in {p.place_of_birth} "
               f"({c.name_en}), {c.name_en} passport No. {p.passport_number}, volunteer with {ctx.association} "
               f"under a volunteering contract from {dmy(ctx.contract_start)} to {dmy(ctx.contract_end)}, undertake "
               "to leave French territory at the end of my mission.")
        f.para("Thank you, and kind regards,", after=2)
    f.para(f"{p.given_names} {caps(p.surname)}", after=2)
    f.para(f"Tél. +33 7 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
           size=9, after=24)
    mark(sh, 80, f.y + 10, rng)
    f.space(40)
    sh.text(48, 812, f"https://mail.example.com/mail/u/0/?ik={rng.randint(10**9, 10**10 - 1):x}&view=pt", 7,
            gray=0.45)
    sh.text(547, 812, "1/1", 7, align="right", gray=0.45)
    return f.sheets, _leave_truth(ctx, p, lang)


def departure_lined_paper(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("departure_commitment")
    c = p.country
    came = (f"Je suis arrivé{_e(p)} en France le {dmy(ctx.arrival)}" if ctx.commitment_date >= ctx.arrival
            else "Je viens en France")
    f = Flow(family="hand", size=13, margin=66, wobble=rng)
    sh = f.sheet
    sh.background = (0.99, 0.98, 0.94)
    lead = 13 * 1.38
    y = 70.0
    while y < A4[1] - 40:
        rule(sh, 20, y + 4, A4[0] - 40, gray=0.72, weight=0.4)
        y += lead
    sh.add(Box(56, 0, 0.01, A4[1], stroke=0.6, line=0.6))  # the margin line
    f.para(f"{p.given_names} {caps(p.surname)}", after=0)
    f.para(f"chez {ctx.association}", after=0)
    f.para(ctx.association_address, after=6)
    f.para(f"{ctx.association_city}, le {dmy(ctx.commitment_date)}", align="right", after=6)
    f.para("À l'attention de la Préfecture - Bureau du séjour", align="right", after=14)
    f.para("Objet : engagement de retour dans mon pays", after=10)
    f.para("Madame, Monsieur,", after=4)
    f.para(f"Je m'appelle {p.given_names} {caps(p.surname)}, je suis {ne(p)} le {fr_day(p.date_of_birth)} à "
           f"{p.place_of_birth} ({c.name_fr}). {came} avec un visa long séjour pour faire mon volontariat avec "
           f"l'association {ctx.association}, mon contrat finit le {fr_day(ctx.contract_end)}.", after=4)
    f.para(f"Je m'engage sur l'honneur de quitter la France à la fin de mon contrat et de retourner "
           f"{'au' if c.name_fr[-1] != 'e' else 'en'} {c.name_fr}.", after=4)
    f.para("Merci beaucoup. Respectueusement,", after=10)
    mark(f.sheet, 330, f.y + 16, rng, scale=1.1)
    f.space(40)
    return f.sheets, _leave_truth(ctx, p, "fr")


def departure_intent_form_en(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("departure_commitment")
    c = p.country
    f = Flow(family="sans", size=10, margin=58)
    sh = f.sheet
    sh.add(Box(58, 44, 479, 58, fill=0.9, stroke=0.3, line=0.8))
    sh.text(297, 66, "DECLARATION OF INTENT TO RETURN", 14, bold=True, align="center")
    sh.text(297, 86, f"{ctx.association} - international volunteers", 9, align="center", gray=0.25)
    f.y = 120
    f.para("To be completed by the volunteer and attached to the residence permit application.", size=9, after=8)
    rows: list[tuple[str, ...]] = [("Full name", f"{caps(p.surname)} {p.given_names}"), ("Date of birth", en_ord(p.date_of_birth)),
            ("Place of birth", f"{p.place_of_birth} ({c.name_en})"), ("Nationality", c.name_en),
            ("Passport number", p.passport_number), ("Host organisation", ctx.association),
            ("Volunteer contract", f"from {en_day(ctx.contract_start)} to {en_day(ctx.contract_end)}")]
    table(f, rows, (1.2, 2.6), size=10)
    f.space(4)
    for text in ("I undertake to leave French territory at the end of my volunteer contract.",
                 "I understand that my permission to stay is tied to this contract and ends with it.",
                 "I will inform the host organisation of my return date."):
        f.need(30)
        sh = f.sheet
        sh.add(Box(62, f.y + 4, 11, 11, stroke=0.2, line=0.8))
        sh.text(64, f.y + 14, "X", 11, family="hand", gray=0.1)
        for i, line in enumerate(wrap(text, 430, "sans", 10)):
            sh.text(84, f.y + 14 + 13 * i, line, 10)
        f.y += 22 + 13 * (len(wrap(text, 430, "sans", 10)) - 1)
    f.space(16)
    d = ctx.commitment_date
    f.sheet.text(62, f.y, "Place:", 9, gray=0.35)
    f.sheet.text(100, f.y, ctx.association_city, 12, family="hand")
    f.sheet.text(260, f.y, "Date:", 9, gray=0.35)
    f.sheet.text(292, f.y, f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}", 12, family="hand")
    f.y += 28
    f.sheet.text(62, f.y, "Signature of the volunteer:", 9, gray=0.35)
    f.sheet.add(Box(200, f.y - 12, 220, 52, stroke=0.5, line=0.5))
    mark(f.sheet, 220, f.y + 14, rng)
    f.y += 60
    f.sheet.text(297, 812, f"Form DR-{rng.randint(1, 9)} · v{rng.randint(2, 5)}.{rng.randint(0, 9)}", 7,
                 align="center", gray=0.45)
    return f.sheets, _leave_truth(ctx, p, "en")


# ---------------------------------------------------------------- acceptance certificates


def _accept_truth(ctx: DocContext, p: Identity) -> dict[str, str]:
    return person_truth(p) | {"association": ctx.association, "issue_date": ctx.acceptance_date.isoformat()}


def acceptance_local_branch(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("acceptance_certificate")
    c = p.country
    branch, branch_address, town = _BRANCHES.get(ctx.association_city,
                                                 (f"Antenne de {ctx.association_city}", ctx.association_address,
                                                  ctx.association_city))
    staff = rng.choice(_STAFF)
    tutor = rng.choice([s for s in _STAFF if s != staff])
    lower = branch[0].lower() + branch[1:]
    unit = f"l'{lower}" if lower[0] in "aeioué" else f"la {lower}"
    f = Flow(family="serif", size=11, margin=64)
    f.para(ctx.association.upper(), bold=True, size=12, after=0)
    f.para(branch, size=10.5, after=0)
    f.para(branch_address, size=9, after=0)
    f.para(f"Siège : {ctx.association_address}", size=8.5, after=24)
    f.title("ATTESTATION D'ACCUEIL DE VOLONTAIRE", size=14)
    f.para(f"Je soussigné{'e' if staff in ('Mathilde Roche', 'Inès Belkacem', 'Aurélie Texier') else ''} {staff}, "
           f"responsable de {unit}, agissant par délégation de "
           f"{ctx.president}, président(e) de l'association {ctx.association}, atteste que notre structure "
           f"accueillera {civ(p, 'fr')} {p.given_names} {caps(p.surname)}, {ne(p)} le {dmy(p.date_of_birth, '.')} "
           f"à {p.place_of_birth} ({c.name_fr}), de nationalité {c.nationality_fr}, en qualité de volontaire, du "
           f"{dmy(ctx.contract_start, '.')} au {dmy(ctx.contract_end, '.')}.")
    f.para(f"{'La volontaire' if p.sex == 'F' else 'Le volontaire'} aura pour mission de {ctx.mission}, sous la "
           f"responsabilité de son tuteur / sa tutrice, {tutor}.")
    f.para("L'association prend en charge l'indemnité de volontariat, la protection sociale et l'assurance de "
           "l'intéressé(e) pendant toute la durée de la mission.")
    f.para("Attestation établie à la demande de l'intéressé(e) pour servir et valoir ce que de droit.", after=18)
    f.para(f"{town}, le {dmy(ctx.acceptance_date, '.')}", after=4)
    f.para(f"{staff}, responsable de {unit}", size=10, after=2)
    frame_stamp(f.sheet, 330, f.y + 4, [caps(acronym(ctx.association)), caps(branch), town.upper()], w=170)
    mark(f.sheet, 90, f.y + 30, rng)
    f.space(70)
    return f.sheets, _accept_truth(ctx, p)


def acceptance_consulate_letter_en(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("acceptance_certificate")
    c = p.country
    post = ctx.visa_issued_in.title()
    f = Flow(family="sans", size=10.5, margin=62)
    f.para(ctx.association, bold=True, size=13, after=0)
    f.para(ctx.association_address, size=9, after=0)
    f.para(f"contact@{acronym(ctx.association).lower()}.org", size=9, after=18)
    f.para(en_ord(ctx.acceptance_date), align="right", after=14)
    for line in ("The Consul General", "Consulate General of France", f"Visa Section - {post}"):
        f.para(line, after=0)
    f.space(16)
    f.para(f"Re: acceptance of {civ(p, 'en')} {caps(p.surname)} as a volunteer", bold=True, after=10)
    f.para("Dear Consul General,", after=6)
    f.para(f"We are pleased to confirm that {civ(p, 'en')} {p.given_names} {caps(p.surname)}, born on "
           f"{en_ord(p.date_of_birth)} in {p.place_of_birth}, {c.name_en}, passport No. {p.passport_number}, has "
           f"been accepted by {ctx.association} to serve as a full-time volunteer from {en_day(ctx.contract_start)} "
           f"until {en_day(ctx.contract_end)}.")
    f.para(f"The volunteer will take part in the following mission (French wording): « {ctx.mission} ».")
    f.para(f"Our association is approved to host volunteers under approval No. {ctx.approval_number}. It will "
           "provide the monthly allowance, health cover and accommodation support throughout the placement.")
    f.para("We would be grateful for your consideration of the long-stay visa application.", after=10)
    f.para("Yours faithfully,", after=4)
    mark(f.sheet, 80, f.y + 24, rng)
    f.space(46)
    f.para(ctx.president, after=0)
    f.para("President", size=9.5, after=8)
    frame_stamp(f.sheet, 330, f.y - 70, [caps(ctx.association)[:30], ctx.association_city.upper()], w=190)
    return f.sheets, _accept_truth(ctx, p)


def acceptance_certificate_boxes(ctx: DocContext, rng: random.Random) -> Built:
    p = ctx.shown("acceptance_certificate")
    c = p.country
    sh = Sheet(*A4)
    sh.text(297, 56, "CERTIFICAT D'ACCEPTATION", 16, bold=True, align="center")
    sh.text(297, 74, "Accueil d'un(e) volontaire de nationalité étrangère", 9.5, align="center", gray=0.3)
    x, w = 50, 495
    y = 96
    sh.add(Box(x, y, w, 16, fill=0.85, stroke=None))
    sh.text(x + 6, y + 12, "STRUCTURE D'ACCUEIL", 8.5, bold=True)
    y += 16
    cell(sh, x, y, w, 36, "Association", ctx.association)
    cell(sh, x, y + 36, w, 36, "Adresse", ctx.association_address, bold=False)
    cell(sh, x, y + 72, w / 2, 36, "Représentant légal", ctx.president)
    cell(sh, x + w / 2, y + 72, w / 2, 36, "N° d'agrément", ctx.approval_number, bold=False)
    y += 120
    sh.add(Box(x, y, w, 16, fill=0.85, stroke=None))
    sh.text(x + 6, y + 12, "VOLONTAIRE", 8.5, bold=True)
    y += 16
    cell(sh, x, y, w / 2, 36, "Nom", caps(p.surname))
    cell(sh, x + w / 2, y, w / 2, 36, "Prénom(s)", p.given_names)
    cell(sh, x, y + 36, w / 3, 36, "Date de naissance", dmy(p.date_of_birth))
    cell(sh, x + w / 3, y + 36, w / 3, 36, "Lieu de naissance", p.place_of_birth)
    cell(sh, x + 2 * w / 3, y + 36, w / 3, 36, "Nationalité", c.nationality_fr)
    y += 80
    sh.add(Box(x, y, w, 16, fill=0.85, stroke=None))
    sh.text(x + 6, y + 12, "MISSION ET PÉRIODE D'ACCUEIL", 8.5, bold=True)
    y += 16
    lines = wrap(ctx.mission, w - 14, "sans", 10.5)
    h = 18 + 14 * len(lines)
    sh.add(Box(x, y, w, h, stroke=0.35, line=0.6))
    sh.text(x + 4, y + 10, "Activités", 7.5, gray=0.35)
    for i, line in enumerate(lines):
        sh.text(x + 6, y + 24 + 14 * i, line, 10.5)
    y += h
    cell(sh, x, y, w / 2, 36, "Du", dmy(ctx.contract_start))
    cell(sh, x + w / 2, y, w / 2, 36, "Au", dmy(ctx.contract_end))
    y += 56
    for i, line in enumerate(("L'association certifie accepter la candidature de la personne désignée ci-dessus "
                              "et s'engage à", "l'accueillir dans les conditions prévues par le contrat de "
                              "volontariat qui sera signé entre les parties.")):
        sh.text(x, y + 14 * i, line, 9.5)
    y += 44
    cell(sh, x, y, w / 3, 36, "Établi le", dmy(ctx.acceptance_date))
    cell(sh, x + w / 3, y, w / 3, 36, "À", ctx.association_city)
    sh.add(Box(x, y + 46, w, 120, stroke=0.35, line=0.6))
    sh.text(x + 4, y + 56, "Cachet et signature du représentant légal", 7.5, gray=0.35)
    frame_stamp(sh, x + 300, y + 70, [caps(ctx.association)[:28], "Le Président" if rng.random() < 0.5 else
                                      "La Direction"], w=180)
    mark(sh, x + 60, y + 110, rng)
    sh.text(297, 812, "Document à joindre à la demande d'autorisation provisoire de séjour", 7.5, align="center",
            gray=0.45)
    return [sh], _accept_truth(ctx, p)
