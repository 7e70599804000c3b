"""Ninth held-out batch: nationality certificates and consular attestations.

Nationality: a court's certificate with its letterhead block at the top left and the photo stapled at the top
right ('Nous, ... CERTIFIONS'; in English 'hereby certifies' where the courts write English); a printed form torn
from a counterfoil book, filled in by hand.  Consular attestations: an attestation of identity with a fingerprint
box; an attestation in two columns, the country's language on the left and French on the right.
"""

from __future__ import annotations

import math
import random

from synth.context import DocContext
from synth.documents.common import Built, civ, du, ne, person_truth
from synth.documents.held9_common import (
    INK,
    STAMP_BLUE,
    STAMP_RED,
    Page,
    column,
    consulate_fr,
    dmy,
    dotted,
    en_ordinal,
    fr_long,
    frame,
    hand,
    lang_of,
    nationality_for,
    own_long,
    rect_stamp,
    ring,
    round_stamp,
    sign,
    staple,
    state_own,
)
from synth.identity import Identity
from synth.layout import Sheet, Stroke, text_width

_MOTTO = {"SEN": "Un Peuple - Un But - Une Foi", "CMR": "Paix - Travail - Patrie", "MAR": "Dieu - La Patrie - Le Roi"}
_JUDGES = ("Mamadou Lamine Ndiaye", "Jean-Claude Essomba", "Rachid Bennis", "Aïssatou Kane", "Paul Biyiha",
           "Samira Chraibi")
_REGISTRARS = ("Adebayo Okafor", "Sunita Rao", "Carlos Mejía Duarte", "Ana Beatriz Costa", "Trần Quốc Huy")


def _nat_truth(ctx: DocContext, p: Identity, photo: bool) -> dict[str, str]:
    return person_truth(p) | {"nationality": p.country.code, "issue_date": ctx.natcert_issue.isoformat(),
                              "has_photo": str(photo).lower()}


def _att_truth(ctx: DocContext, p: Identity, photo: bool) -> dict[str, str]:
    return person_truth(p) | {"nationality": p.country.code, "issue_date": ctx.consular_att_issue.isoformat(),
                              "has_photo": str(photo).lower()}


def _seal_over(pg: Page, cx: float, cy: float) -> None:
    """A dry seal's inked ring pressed over the photo's corner (strokes only)."""
    pg.sheet.add(Stroke(ring(cx, cy, 26), width=1.0, rgb=STAMP_BLUE))
    pg.sheet.add(Stroke(ring(cx, cy, 20), width=0.5, rgb=STAMP_BLUE))


# ---------------------------------------------------------------- nationality certificates


def nationality_court_letterhead_left(ctx: DocContext, rng: random.Random) -> Built:
    """A court's certificate: the state, ministry and court stacked at the top left, the number and the stapled
    photo at the top right, then 'Nous, ... CERTIFIONS que ...' (or the registrar's 'hereby certifies')."""
    p = ctx.shown("nationality_certificate")
    c = p.country
    photo = "nationality_certificate" not in ctx.without_photo
    french = c.french_speaking
    city = rng.choice(c.cities)
    judge = rng.choice(_JUDGES if french else _REGISTRARS)
    pg = Page(family="serif", size=11, left=56, right=56)
    sh = pg.sheet
    block = ([state_own(c), _MOTTO.get(c.code, ""), "MINISTÈRE DE LA JUSTICE", "TRIBUNAL DE PREMIÈRE INSTANCE",
              f"DE {city.upper()}"] if french else
             [state_own(c), "MINISTRY OF JUSTICE", f"HIGH COURT OF {city.upper()}", "Registry of Nationality"])
    for i, ln in enumerate(x for x in block if x):
        sh.text(56, 50 + i * 13, ln, 8.5 if i else 9.5, family="sans", bold=i != 1 or not french, gray=0.1)
    number = f"N° {rng.randint(100, 4999)}/{'CN' if french else 'NC'}/{ctx.natcert_issue.year}"
    sh.text(400, 50, number, 9, family="mono")
    if photo:
        sh.photo(430, 64, 92, 116)
        staple(sh, 440, 70)
        _seal_over(pg, 430, 170)
    pg.y = 200
    pg.line("CERTIFICAT DE NATIONALITÉ" if french else "CERTIFICATE OF NATIONALITY", size=16, bold=True,
            align="center", after=16)
    if french:
        pg.para(f"Nous, {judge}, Président du Tribunal de première instance de {city}, agissant en application du "
                f"Code de la nationalité {c.nationality_fr} ;", after=6)
        pg.para("Vu l'acte de naissance et les pièces produites par le requérant ;", after=6)
        pg.line("CERTIFIONS", bold=True, align="center", after=6)
        pg.para(f"que {civ(p, 'fr')} {p.surname.upper()} {p.given_names}, {ne(p)} le {dmy(p.date_of_birth)} à "
                f"{p.place_of_birth}, est de nationalité {c.nationality_fr}.", after=10)
        pg.para("En foi de quoi, le présent certificat lui est délivré pour servir et valoir ce que de droit.",
                after=18)
        pg.para(f"Fait en notre cabinet, à {city}, le {fr_long(ctx.natcert_issue)}.", align="right")
        pg.para("Le Président", align="right", after=4)
    else:
        pg.para(f"I, {judge}, Registrar of the High Court of {city}, hereby certify that {p.given_names} "
                f"{p.surname.upper()}, born on {en_ordinal(p.date_of_birth)} at {p.place_of_birth}, is a citizen "
                f"of {c.name_en} by birth, as shown by the documents produced to the Court.", after=10)
        pg.para("This certificate is issued at the request of the holder for whatever purpose it may serve.",
                after=18)
        pg.para(f"Given under my hand and the seal of the Court at {city}, this {en_ordinal(ctx.natcert_issue)}.")
        pg.para("The Registrar", align="right", after=4)
    sign(pg.sheet, 400, pg.y + 24, rng)
    round_stamp(pg.sheet, 300, pg.y + 40, 40, ["TRIBUNAL" if french else "HIGH COURT", city.upper()],
                rgb=STAMP_BLUE)
    return pg.sheets, _nat_truth(ctx, p, photo)


def nationality_counterfoil_form_by_hand(ctx: DocContext, rng: random.Random) -> Built:
    """A printed form torn from a counterfoil book (the counterfoil's copy at the left of a perforated line),
    its blanks filled in by hand, the photo glued beside the title when there is one."""
    p = ctx.shown("nationality_certificate")
    c = p.country
    photo = "nationality_certificate" not in ctx.without_photo
    french = c.french_speaking
    city = rng.choice(c.cities)
    pg = Page(family="serif", size=10.5, left=175, right=40)
    sh = pg.sheet
    serial = f"{rng.randint(0, 999999):06d}"
    # the counterfoil
    sh.text(30, 60, "SOUCHE" if french else "COUNTERFOIL", 9, family="sans", bold=True)
    sh.text(30, 76, f"N° {serial}", 9, family="mono", gray=0.2)
    stub = ((("Nom", p.surname.upper()), ("Prénoms", p.given_names), ("Délivré le", dmy(ctx.natcert_issue)))
            if french else
            (("Name", p.surname.upper()), ("Forenames", p.given_names), ("Issued", dmy(ctx.natcert_issue))))
    for i, (cap, val) in enumerate(stub):
        sh.text(30, 110 + i * 40, cap, 8, family="sans", gray=0.4)
        hand(sh, 30, 126 + i * 40, val, rng, size=10)
    y = 40.0
    while y < 800:  # the perforation
        sh.add(Stroke(((150, y), (150, y + 4)), width=0.8, gray=0.4))
        y += 8
    sh.text(175, 56, state_own(c), 10, family="sans", bold=True)
    if c.code in _MOTTO:
        sh.text(175, 70, _MOTTO[c.code], 8.5, family="serif", gray=0.35)
    sh.text(555, 56, f"N° {serial}", 10, family="mono", align="right", gray=0.15)
    pg.y = 110
    pg.line("CERTIFICAT DE NATIONALITÉ" if french else "NATIONALITY CERTIFICATE", size=15, bold=True)
    pg.line("(Modèle n° 3 - à remplir en lettres capitales)" if french else "(Form 3 - to be completed in ink)",
            size=8.5, gray=0.4, after=10)
    if photo:
        sh.photo(455, 84, 86, 108)
        sh.add(Stroke(((458, 194), (543, 194), (543, 87)), width=1.4, gray=0.7))  # the glued print's shadow
    fields = ([("Le Juge soussigné certifie que", f"{civ(p, 'fr')} {p.surname.upper()} {p.given_names}"),
               (f"{ne(p).capitalize()} le", dmy(p.date_of_birth)), ("à", p.place_of_birth),
               ("Fils / fille de", f"{rng.choice(c.male).split()[0]} {p.surname}"),
               ("est de nationalité", nationality_for(p)),
               ("en vertu de l'article", f"{rng.randint(3, 12)} du Code de la nationalité")]
              if french else
              [("The undersigned certifies that", f"{p.given_names} {p.surname.upper()}"),
               ("born on", dmy(p.date_of_birth)), ("at", p.place_of_birth),
               ("child of", f"{rng.choice(c.male).split()[0]} {p.surname}"),
               ("is a national of", c.name_en), ("under section", f"{rng.randint(3, 12)} of the Nationality Act")])
    y = 220.0
    for cap, val in fields:
        sh.text(175, y, cap, 10.5, family="serif")
        x = 180 + text_width(cap, "serif", 10.5)
        dotted(sh, x, 555, y + 2)
        hand(sh, x + 8, y - 2, val, rng, size=12)
        y += 34
    y += 20
    sh.text(175, y, ("Délivré à" if french else "Issued at"), 10.5, family="serif")
    dotted(sh, 230, 370, y + 2)
    hand(sh, 236, y - 2, city, rng, size=12)
    sh.text(375, y, "le" if french else "on", 10.5, family="serif")
    dotted(sh, 395, 555, y + 2)
    hand(sh, 400, y - 2, dmy(ctx.natcert_issue), rng, size=12)
    sh.text(420, y + 40, "Le Juge" if french else "The Magistrate", 10.5, family="serif")
    sign(sh, 410, y + 70, rng, rgb=INK)
    rect_stamp(sh, 200, y + 40, 160, ["TIMBRE FISCAL" if french else "REVENUE STAMP",
                                      f"{rng.randint(1, 5) * 1000}"], rgb=STAMP_RED)
    return pg.sheets, _nat_truth(ctx, p, photo)


# ---------------------------------------------------------------- consular attestations


def _fingerprint(pg: Page, x: float, y: float) -> None:
    """An inked fingerprint: concentric arcs, strokes only."""
    frame(pg.sheet, x, y, 70, 86, gray=0.4)
    cx, cy = x + 35, y + 46
    for k in range(1, 9):
        r = 3.2 * k
        pts = tuple((cx + r * 0.8 * math.cos(a / 10), cy + r * math.sin(a / 10)) for a in range(-28, 32))
        pg.sheet.add(Stroke(pts, width=0.9, gray=0.25))


def consular_attestation_identity_with_fingerprint(ctx: DocContext, rng: random.Random) -> Built:
    """'Attestation consulaire d'identité': the place and date on top, the number, the holder described in the
    third person beside the photo (when there is one), a box with the holder's fingerprint at the foot."""
    p = ctx.shown("consular_attestation")
    c = p.country
    photo = "consular_attestation" not in ctx.without_photo
    pg = Page(family="serif", size=11)
    sh = pg.sheet
    sh.text(62, 52, state_own(c), 9.5, family="sans", bold=True)
    sh.text(62, 66, consulate_fr(c), 9, family="sans", gray=0.3)
    sh.text(533, 52, f"Paris, le {fr_long(ctx.consular_att_issue)}", 10, family="serif", align="right")
    sh.text(533, 66, f"N° {rng.randint(100, 9999)}/{ctx.consular_att_issue.year}/SC", 9, family="mono",
            align="right", gray=0.3)
    pg.y = 120
    pg.line("ATTESTATION CONSULAIRE D'IDENTITÉ", size=15, bold=True, align="center", after=18)
    photo_bottom = pg.y
    if photo:
        sh.photo(420, pg.y + 6, 100, 128)
        _seal_over(pg, 425, pg.y + 126)
        photo_bottom = pg.y + 150
    width = 340 if photo else pg.inner
    who = "dont la photographie figure ci-contre" if photo else "désignée ci-après"
    pg.para(f"Le Consul {du(c.name_fr)} à Paris atteste que la personne {who} :", width=width, after=8)
    for k, v in (("Nom", p.surname.upper()), ("Prénoms", p.given_names),
                 ("Date de naissance", dmy(p.date_of_birth, ".")), ("Lieu de naissance", p.place_of_birth),
                 ("Nationalité", nationality_for(p))):
        pg.line(f"{k} : {v}", x=90, after=2)
    pg.y = max(pg.y + 8, photo_bottom)
    pg.para(f"est connue des services consulaires et immatriculée sous le n° {rng.randint(10**5, 10**6 - 1)}. La "
            "présente attestation lui est délivrée à sa demande, pour servir et valoir ce que de droit auprès des "
            "autorités françaises.", after=20)
    top = pg.y
    _fingerprint(pg, 70, top)
    sh.text(70, top + 100, "Empreinte de l'index droit", 8, family="sans", gray=0.4)
    sh.text(400, top + 10, "Le Consul", 11, family="serif", align="center")
    sign(sh, 350, top + 50, rng)
    round_stamp(sh, 430, top + 70, 40, ["CONSULAT", c.name_fr.upper(), "PARIS"])
    return pg.sheets, _att_truth(ctx, p, photo)


_OWN = {
    "es": ("CONSTANCIA CONSULAR",
           "El {office} hace constar que {name}, nacid{o} el {born}, en {place}, es de nacionalidad {adj} y se "
           "encuentra inscrit{o} en el registro consular de esta oficina con el número {n}.",
           "Se expide a solicitud de{l} interesad{o} en París, el {issued}."),
    "pt": ("DECLARAÇÃO CONSULAR",
           "O {office} declara que {name}, nascid{o} em {born}, em {place}, é de nacionalidade {adj} e encontra-se "
           "inscrit{o} no registro consular sob o número {n}.",
           "Paris, {issued}."),
    "vi": ("GIẤY XÁC NHẬN",
           "{office} xác nhận: {name}, sinh {born}, tại {place}, là công dân Việt Nam, đã đăng ký công dân tại "
           "Đại sứ quán, số {n}.",
           "Paris, {issued}."),
    "en": ("CONSULAR ATTESTATION",
           "The {office} certifies that {name}, born on {born} at {place}, is a citizen of {country} and is "
           "registered with this Mission under number {n}.",
           "Issued in Paris on {issued}."),
    "de": ("KONSULARISCHE BESCHEINIGUNG",
           "Das {office} bescheinigt, dass {name}, geboren am {born} in {place}, die deutsche Staatsangehörigkeit "
           "besitzt und unter der Nummer {n} registriert ist.",
           "Paris, den {issued}."),
    "it": ("ATTESTAZIONE CONSOLARE",
           "Il {office} attesta che {name}, nat{o} il {born} a {place}, è cittadin{o} italian{o} ed è iscritt{o} "
           "all'AIRE con il numero {n}.",
           "Parigi, {issued}."),
}
_OFFICE = {"es": "Consulado General de {country} en París", "pt": "Consulado-Geral do Brasil em Paris",
           "vi": "Đại sứ quán nước CHXHCN Việt Nam tại Pháp", "en": "Consular Section of the Embassy of {country}",
           "de": "Generalkonsulat der Bundesrepublik Deutschland in Paris", "it": "Consolato Generale d'Italia"}
_CONSUL = {"es": "El Cónsul", "pt": "O Cônsul", "vi": "Lãnh sự", "en": "The Consul", "de": "Der Konsul",
           "it": "Il Console"}
_ADJ = {"COL": "colombiana", "ESP": "española", "BRA": "brasileira"}
_COUNTRY_OWN = {"COL": "Colombia", "ESP": "España"}


def consular_attestation_two_columns_own_language(ctx: DocContext, rng: random.Random) -> Built:
    """An attestation in two columns: the country's language on the left (English where it is French), French
    on the right; the photo over both columns' heads when there is one; dated in each language."""
    p = ctx.shown("consular_attestation")
    c = p.country
    photo = "consular_attestation" not in ctx.without_photo
    lang = lang_of(c)
    own = "en" if lang == "fr" else lang
    n = f"{rng.randint(10**6, 10**7 - 1)}"
    sh = Sheet()
    sh.text(297, 48, f"{state_own(c)}  -  {consulate_fr(c)}", 8.5, family="sans", align="center", gray=0.3)
    top = 70.0
    if photo:
        sh.photo(250, top, 94, 118)
        top += 130
    title, body, closing = _OWN[own]
    male = p.sex == "M"
    o = "o" if male else "a"
    country_own = _COUNTRY_OWN.get(c.code, c.name_en)
    office = _OFFICE[own].format(country=country_own)
    name = (f"{p.surname.upper()} {p.given_names}" if own in ("es", "vi") else f"{p.given_names} {p.surname.upper()}")
    text = body.format(office=office, name=name, o=o, born=own_long(p.date_of_birth, own), place=p.place_of_birth,
                       adj=_ADJ.get(c.code, ""), n=n, country=c.name_en)
    close = closing.format(issued=own_long(ctx.consular_att_issue, own), l="l" if male else " la", o=o)
    sh.text(170, top + 22, title, 11, family="serif", bold=True, align="center")
    sh.text(425, top + 22, "ATTESTATION CONSULAIRE", 11, family="serif", bold=True, align="center")
    left_end = column(sh, 60, top + 50, 220, text, size=10, family="serif")
    left_end = column(sh, 60, left_end + 24, 220, close, size=10, family="serif")
    fr_text = (f"Le {consulate_fr(c)} atteste que {civ(p, 'fr')} {p.surname.upper()} {p.given_names}, {ne(p)} le "
               f"{dmy(p.date_of_birth)} à {p.place_of_birth}, est de nationalité {c.nationality_fr} et est "
               f"inscrit{'e' if not male else ''} au registre consulaire sous le numéro {n}.")
    right_end = column(sh, 315, top + 50, 220, fr_text, size=10, family="serif")
    right_end = column(sh, 315, right_end + 24, 220, f"Fait à Paris, le {dmy(ctx.consular_att_issue)}.", size=10,
                       family="serif")
    base = max(left_end, right_end) + 24
    frame(sh, 50, top, 240, base - top, gray=0.6, line=0.5)
    frame(sh, 305, top, 240, base - top, gray=0.6, line=0.5)
    sh.text(297, base + 30, f"{_CONSUL[own]} / Le Consul", 10, family="serif", align="center")
    sign(sh, 260, base + 60, rng)
    rect_stamp(sh, 60, base + 90, 150, [f"DROITS : {rng.randint(10, 40)} EUR", f"REÇU N° {rng.randint(100, 999)}"],
               rgb=STAMP_BLUE)
    return [sh], _att_truth(ctx, p, photo)
