"""Second held-out batch: volunteer contracts and approval decisions.

Written by an independent hand; nobody tunes the reader on these families (split
`held_out_2`).  Modelled on papers associations and administrations issue: a
contract in titled chapters whose title stands on page 1 only, the volunteer's
particulars in a box, the term "à compter du ... jusqu'au ... inclus", signed in
a two-column table; an English three-party placement agreement (sending
organisation, host, volunteer) in lettered sections; a short French contract in
numbered clauses followed by its translation into the volunteer's language; a prefectoral arrêté with
the issuing service in a block on the left and the number and date on the right,
several dated "Vu" lines; a notification sent as a printed e-mail, the decision's
date inside a sentence and an extract of it in a table; a collective decision
approving several bodies, the association one row of its annexed list.
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, civ, ne, person_truth
from synth.documents.dev_common import acronym, stamp, table
from synth.documents.dev_ink import initials, scrawl
from synth.formats import days, fmt_date
from synth.layout import A4, Box, Flow

# ----------------------------------------------------------------------------------------------- contracts


def _contract_truth(ctx: DocContext, lang: str) -> dict[str, str]:
    p = ctx.shown("volunteer_contract")
    return person_truth(p) | {
        "association": ctx.association, "start_date": ctx.contract_start.isoformat(),
        "end_date": ctx.contract_end.isoformat(), "signature_date": ctx.contract_signed.isoformat(),
        "mission": ctx.mission, "language": lang,
    }


def contract_chapters(ctx: DocContext, rng: random.Random) -> Built:
    """Titled chapters, the document's title on page 1 only, a running head of the acronym on later pages;
    particulars in a box; signed in a two-column table with 'Lu et approuvé' written by hand."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    short = acronym(ctx.association)
    f = Flow(family="sans", size=10.5)
    f.para(f"{short} - {ctx.association}", bold=True, size=11, after=0)
    f.para(ctx.association_address, size=9, after=20)
    f.title(rng.choice(("CONTRAT D'ENGAGEMENT DE VOLONTARIAT", "CONTRAT DE MISSION DE VOLONTARIAT")), size=14)
    top = f.y
    f.sheet.add(Box(f.margin, top, f.width, 92, stroke=0.3, line=0.8))
    f.y = top + 4
    f.para("Identité du volontaire", bold=True, size=9.5, indent=8, after=0)
    for line in (f"{civ(p, 'fr')} {p.surname.upper()} {p.given_names}",
                 f"{ne(p).capitalize()} le {fmt_date(p.date_of_birth, 'dmy_slash')} à {p.place_of_birth} ({c.name_fr})",
                 f"Nationalité : {c.nationality_fr} - Passeport n° {p.passport_number}"):
        f.para(line, size=10.5, indent=8, after=0)
    f.y = top + 104
    f.para(f"L'association {ctx.association} ({short}), dont le siège est {ctx.association_address}, représentée par "
           f"{ctx.president}, et le volontaire désigné ci-dessus conviennent de ce qui suit.", after=12)
    social = (" Cette mission présente un caractère social et humanitaire : elle s'adresse à des personnes en "
              "situation de fragilité.") if ctx.mission_social else ""
    chapters = (
        ("CHAPITRE I - MISSION", (
            ("Art. 1er", f"Le volontaire est accueilli pour {ctx.mission}.{social}"),
            ("Art. 2", f"La mission s'accomplit à {ctx.association_city}, sous la responsabilité d'un tuteur."),
        )),
        ("CHAPITRE II - DURÉE", (
            ("Art. 3", f"Le contrat est conclu à compter du {fmt_date(ctx.contract_start, 'fr_long')} jusqu'au "
                       f"{fmt_date(ctx.contract_end, 'fr_long')} inclus. Il n'est pas renouvelable tacitement."),
            ("Art. 4", "Une période d'adaptation d'un mois permet à chaque partie de mettre fin au contrat sans "
                       "préavis."),
        )),
        ("CHAPITRE III - CONDITIONS", (
            ("Art. 5", "Le volontaire consacre vingt-huit heures par semaine à la mission. Il perçoit une "
                       "indemnité mensuelle qui n'est pas un salaire, et un titre de transport lui est remis."),
            ("Art. 6", "L'association souscrit une assurance couvrant le volontaire pendant toute la mission et "
                       "l'affilie à la sécurité sociale."),
            ("Art. 7", "Le volontaire de nationalité étrangère sollicite une autorisation provisoire de séjour "
                       "pour la durée du contrat ; il s'engage à quitter la France à son terme."),
        )),
        ("CHAPITRE IV - FIN DU CONTRAT", (
            ("Art. 8", "Le contrat prend fin à son terme, ou plus tôt d'un commun accord, ou en cas de manquement "
                       "grave, après un entretien préalable."),
        )),
    )
    for head, arts in chapters:
        f.need(80)
        f.para(head, bold=True, after=4)
        for num, body in arts:
            f.para(f"{num} - {body}", after=6)
        f.space(6)
    f.need(170)
    f.para(f"Établi en deux exemplaires à {ctx.association_city}, le {fmt_date(ctx.contract_signed, 'dmy_slash')}.",
           after=10)
    top = f.y
    half = f.width / 2
    for k, label in enumerate(("Le volontaire", f"Pour {short}, {ctx.president}")):
        x = f.margin + k * half
        f.sheet.add(Box(x, top, half, 120, stroke=0.3, line=0.6))
        f.sheet.text(x + 8, top + 16, label, 10, bold=True)
        f.sheet.text(x + 8, top + 36, "« Lu et approuvé »" if k else "Lu et approuvé", 11, family="hand")
        scrawl(f.sheet, x + 30, top + 80, rng, scale=0.8)
    f.y = top + 130
    for i, sh in enumerate(f.sheets[1:], 2):
        sh.text(f.margin, 40, f"{short} - contrat n° {ctx.contract_signed.year}-{rng.randint(10, 99)}", 8, gray=0.4)
        sh.text(A4[0] - f.margin, 40, f"page {i}", 8, align="right", gray=0.4)
    return f.sheets, _contract_truth(ctx, "fr")


def contract_three_parties_en(ctx: DocContext, rng: random.Random) -> Built:
    """An English placement agreement between a sending organisation, the host association and the volunteer,
    in lettered sections; one signing date for all three parties."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    sending = f"{rng.choice(('Youth Exchange', 'Volunteer Bridge', 'Global Hands'))} {c.name_en}"
    f = Flow(family="serif", size=10.5)
    f.para("VOLUNTEER PLACEMENT AGREEMENT", bold=True, size=15, after=0)
    f.para("(Convention de placement de volontariat)", size=9.5, after=16)
    f.para("SECTION A - THE PARTIES", bold=True, after=4)
    for k, line in enumerate((f"Sending organisation: {sending}, {rng.choice(c.cities)}, {c.name_en}",
                              f"Host organisation: {ctx.association}, {ctx.association_address}, France, "
                              f"represented by {ctx.president}",
                              f"Volunteer: {p.given_names} {p.surname.upper()}, born "
                              f"{fmt_date(p.date_of_birth, 'en_day_first')} in {p.place_of_birth}, "
                              f"passport {p.passport_number}")):
        f.para(f"A.{k + 1}  {line}", indent=10, after=3)
    f.space(8)
    f.para("SECTION B - THE PLACEMENT", bold=True, after=4)
    f.para(f"B.1  Tasks, as described by the host in French: « {ctx.mission} ».", indent=10, after=3)
    if ctx.mission_social:
        f.para("B.2  The placement serves people in need and is of a social and humanitarian nature.", indent=10,
               after=3)
    f.para(f"B.3  The placement begins on {fmt_date(ctx.contract_start, 'en_long')} and finishes on "
           f"{fmt_date(ctx.contract_end, 'en_long')}.", indent=10, after=3)
    f.para(f"B.4  Place: {ctx.association_city}. Weekly time: 30 hours over five days.", indent=10, after=10)
    f.para("SECTION C - COMMITMENTS", bold=True, after=4)
    for line in ("C.1  The host provides a mentor, food and housing allowance, insurance and French social security.",
                 "C.2  The sending organisation prepares the volunteer before departure and stays the contact point.",
                 "C.3  The volunteer respects the host's rules and leaves France when the placement is over.",
                 "C.4  This agreement is the volunteer contract required for the temporary residence permit."):
        f.para(line, indent=10, after=3)
    f.space(10)
    f.para("SECTION D - SIGNATURES", bold=True, after=4)
    f.para(f"Signed by the three parties on {fmt_date(ctx.contract_signed, 'en_day_first')}.", after=10)
    f.need(110)
    top = f.y
    w = f.width / 3
    for k, label in enumerate(("Sending organisation", "Host organisation", "Volunteer")):
        x = f.margin + k * w
        f.sheet.text(x + 4, top + 12, label, 9.5, bold=True)
        f.sheet.add(Box(x + 4, top + 80, w - 16, 0.1, stroke=0.4, line=0.4))
        if k == 1:
            initials(f.sheet, x + 20, top + 60, rng)
        else:
            scrawl(f.sheet, x + 14, top + 56, rng, scale=0.6)
    f.y = top + 100
    return f.sheets, _contract_truth(ctx, "en")


# ----------------------------------------------------------------------------------------------- approvals


def _prefect(ctx: DocContext) -> bool:
    return ctx.approval_authority.startswith("Préfet")


def _authority(ctx: DocContext) -> str:
    return ctx.approval_authority.split(",")[0]


def _decision_truth(ctx: DocContext) -> dict[str, str]:
    return {"association": ctx.approval_association, "decision_date": ctx.approval_date.isoformat(),
            "authority": _authority(ctx)}


def decision_side_block(ctx: DocContext, rng: random.Random) -> Built:
    """The issuing services in a block on the left, the act's number and date on the right, dated 'Vu' lines,
    the association 'dénommée' in article 1 with its acronym, signed for the authority by a director."""
    prefect = _prefect(ctx)
    authority = _authority(ctx)
    f = Flow(family="serif", size=10.5)
    top = f.y
    left = ([authority.upper(), "Direction régionale académique", "à la jeunesse, à l'engagement et aux sports",
             "Pôle engagement - agréments"] if prefect else
            ["AGENCE DU SERVICE CIVIQUE", "Département des agréments", "95 avenue de France, Paris"])
    for i, line in enumerate(left):
        f.sheet.text(f.margin, top + 12 + i * 13, line, 9 if i else 9.5, bold=i == 0, family="serif")
    ref = f"{'ARR' if prefect else 'DEC'}-{ctx.approval_date.year}-{rng.randint(100, 999)}"
    f.sheet.text(A4[0] - f.margin, top + 12, f"{'Arrêté' if prefect else 'Décision'} n° {ref}", 10,
                 bold=True, align="right", family="serif")
    f.sheet.text(A4[0] - f.margin, top + 26, f"du {fmt_date(ctx.approval_date, 'dmy_slash')}", 10, align="right",
                 family="serif")
    f.y = top + 80
    f.para(("portant agrément d'une association au titre de l'engagement de service civique et du volontariat"
            if prefect else "relative à l'agrément d'un organisme d'accueil de volontaires"), bold=True,
           align="center", after=12)
    f.para(f"Le {authority}," if prefect else "La directrice générale de l'Agence du Service Civique,", bold=True,
           after=8)
    for vu in ("Vu le code du service national, et notamment ses articles L. 120-1 à L. 120-36 ;",
               "Vu la loi n° 2010-241 du 10 mars 2010 relative au service civique ;",
               "Vu le décret n° 2010-485 du 12 mai 2010 relatif au service civique ;",
               f"Vu la demande présentée le {fmt_date(ctx.approval_date - days(rng.randint(60, 150)), 'dmy_slash')} "
               "par l'organisme ;",
               "Sur proposition du chef du pôle engagement,"):
        f.para(vu, after=3)
    f.para("ARRÊTE" if prefect else "DÉCIDE", bold=True, align="center", after=8)
    short = acronym(ctx.approval_association)
    f.para(f"Article 1 : L'agrément est accordé à l'association dénommée {ctx.approval_association} (sigle : "
           f"{short}), pour une durée de cinq ans.")
    f.para(f"Article 2 : Le numéro d'agrément {ctx.approval_number} figure sur tout contrat conclu par l'organisme.")
    f.para("Article 3 : L'organisme transmet chaque année un bilan de son activité.")
    f.para(("Article 4 : Le secrétaire général de la préfecture est chargé de l'exécution du présent arrêté, qui "
            "sera publié au recueil des actes administratifs.") if prefect else
           "Article 4 : La présente décision sera notifiée à l'organisme.", after=16)
    f.para(f"Pour le {authority} et par délégation," if prefect else "Pour la directrice générale,", after=0)
    f.para("la directrice régionale académique adjointe" if prefect else "le chef du département des agréments",
           after=4)
    f.need(60)
    scrawl(f.sheet, f.margin + 20, f.y + 30, rng)
    f.y += 60
    f.sheet.add(Box(f.margin, A4[1] - 56, f.width, 0.1, stroke=0.5, line=0.3))
    f.sheet.text(f.margin, A4[1] - 40, "Voies et délais de recours : recours gracieux ou contentieux dans un délai de "
                                        "deux mois à compter de la notification.", 7.5, gray=0.4)
    return f.sheets, _decision_truth(ctx)


def decision_printed_email(ctx: DocContext, rng: random.Random) -> Built:
    """A printed e-mail notifying the approval: sent some days after it, the decision's date in a sentence and its
    extract in a table."""
    authority = _authority(ctx)
    sent = ctx.approval_date + days(rng.randint(3, 21))
    who = f"le {authority}" if _prefect(ctx) else f"l'{authority}"
    f = Flow(family="sans", size=10)
    f.sheet.text(f.margin, f.y + 4, f"Imprimé le {fmt_date(sent + days(rng.randint(1, 30)), 'dmy_slash')}", 8,
                 gray=0.45)
    f.y += 18
    header = (("De", f"Pôle agréments - {authority}"), ("À", "Présidence de l'association"),
              ("Date", f"{fmt_date(sent, 'dmy_slash')} 10:{rng.randint(10, 59)}"),
              ("Objet", "Notification de votre agrément"))
    for label, value in header:
        f.sheet.text(f.margin, f.y + 12, f"{label} :", 9.5, bold=True, gray=0.3)
        f.sheet.text(f.margin + 60, f.y + 12, value, 9.5)
        f.y += 16
    f.sheet.add(Box(f.margin, f.y + 6, f.width, 0.1, stroke=0.5, line=0.5))
    f.y += 20
    f.para("Madame, Monsieur le Président,", after=8)
    f.para(f"J'ai le plaisir de vous informer que, par {'arrêté' if _prefect(ctx) else 'décision'} du "
           f"{fmt_date(ctx.approval_date, 'fr_long')}, {who} a accordé son agrément à votre association, "
           f"{ctx.approval_association}, au titre de l'engagement de service civique et du volontariat, pour une "
           "durée de cinq ans.")
    f.para("Vous trouverez ci-dessous un extrait de cette décision. L'original vous parviendra par courrier.", after=10)
    table(f, [("Organisme", ctx.approval_association), ("N° d'agrément", ctx.approval_number),
              ("Date de la décision", fmt_date(ctx.approval_date, "dmy_slash")), ("Autorité", authority),
              ("Durée", "5 ans")], (1, 2.6), size=9.5)
    f.para("Restant à votre disposition, je vous prie d'agréer mes salutations distinguées.", after=8)
    f.para("Le chef du pôle agréments", after=2)
    f.para("(message signé électroniquement)", size=8.5, after=2)
    stamp(f.sheet, A4[0] - f.margin - 170, f.y + 8, ["COPIE", "NOTIFICATION"], w=150)
    return f.sheets, _decision_truth(ctx)


# other bodies a collective decision lists (invented: none is an association the dossiers use)
_OTHER_BODIES = (
    ("Comité d'Entraide du Val de Saône", "Mâcon"), ("Maison des Jeunes de Saint-Priest", "Saint-Priest"),
    ("Association Les Ateliers du Partage", "Tours"), ("Union Locale d'Aide aux Familles", "Dijon"),
    ("Collectif Accueil Migrants du Littoral", "Calais"), ("Ligue Régionale de Solidarité Active", "Rennes"),
)


def decision_collective_list(ctx: DocContext, rng: random.Random) -> Built:
    """One decision approving several bodies at once; the association is one row of the annexed list, the date in
    the title."""
    prefect = _prefect(ctx)
    authority = _authority(ctx)
    f = Flow(family="sans", size=10)
    f.para("RÉPUBLIQUE FRANÇAISE", bold=True, size=10.5, after=0)
    f.para(authority if prefect else "Agence du Service Civique", size=10, after=18)
    f.title(f"{'Arrêté' if prefect else 'Décision'} du {fmt_date(ctx.approval_date, 'fr_long')} portant agrément "
            "collectif d'organismes d'accueil de volontaires", size=12.5)
    f.para(f"Le {authority}," if prefect else f"Le directeur général de l'{authority},", bold=True, after=6)
    f.para("Vu le code du service national, notamment son titre Ier bis ;", after=3)
    f.para("Vu les demandes d'agrément présentées par les organismes figurant en annexe ;", after=3)
    f.para("Considérant que les missions proposées par ces organismes présentent un caractère d'intérêt général ;",
           after=8)
    f.para("ARRÊTE :" if prefect else "DÉCIDE :", bold=True, align="center", after=6)
    f.para("Article 1 - Les organismes dont la liste figure en annexe sont agréés pour accueillir des volontaires, "
           "pour une durée de cinq ans à compter de la date du présent acte.")
    f.para("Article 2 - Chaque organisme porte son numéro d'agrément sur les contrats qu'il conclut.", after=12)
    f.para("Annexe - liste des organismes agréés", bold=True, after=4)
    others = rng.sample(_OTHER_BODIES, rng.randint(3, 5))
    rows = [(f"{rng.choice(('IDF', 'ARA', 'BFC', 'BRE', 'CVL'))}-0{rng.randint(10, 95)}-{rng.randint(19, 24)}-"
             f"{rng.randint(1, 999):05d}-00", name, city) for name, city in others]
    own_city = ctx.association_city if ctx.approval_association == ctx.association else "Paris"
    rows.insert(rng.randint(0, len(rows)), (ctx.approval_number, ctx.approval_association, own_city))
    table(f, [("N° d'agrément", "Organisme", "Siège"), *rows], (1.5, 2.6, 1), size=9, header=True)
    f.para(f"Fait le {fmt_date(ctx.approval_date, 'dmy_slash')}", after=2)
    f.para(f"Pour le {authority}, le secrétaire général" if prefect else "Le directeur général", after=4)
    f.need(50)
    scrawl(f.sheet, f.margin + 40, f.y + 26, rng, scale=0.8)
    f.y += 50
    return f.sheets, _decision_truth(ctx)


# the translation's words in the volunteer's language: title, parties, clauses, signature line, translator
_TRANSLATION = {
    "es": ("TRADUCCIÓN - CONTRATO DE VOLUNTARIADO", "Entre la asociación {assoc} y {name}, nacido/a el {born}.",
           ("1. Misión: {mission} (texto francés).", "2. Duración: del {start} al {end}.",
            "3. El voluntario se compromete a salir de Francia al término del contrato."),
           "Hecho en {city}, el {signed}.", "Traducción conforme al original francés, {when}."),
    "pt": ("TRADUÇÃO - CONTRATO DE VOLUNTARIADO", "Entre a associação {assoc} e {name}, nascido/a em {born}.",
           ("1. Missão: {mission} (texto francês).", "2. Duração: de {start} a {end}.",
            "3. O voluntário compromete-se a deixar a França no termo do contrato."),
           "Feito em {city}, em {signed}.", "Tradução conforme ao original francês, {when}."),
    "en": ("TRANSLATION - VOLUNTEER CONTRACT", "Between the association {assoc} and {name}, born on {born}.",
           ("1. Mission: {mission} (French wording).", "2. Term: from {start} to {end}.",
            "3. The volunteer undertakes to leave France at the end of the contract."),
           "Done at {city}, on {signed}.", "Translation true to the French original, {when}."),
}
_TRANSLATION_LANG = {"COL": "es", "BRA": "pt"}


def contract_with_translation(ctx: DocContext, rng: random.Random) -> Built:
    """A short French contract in numbered clauses ('1°', '2°'), signed; a translation into the volunteer's
    language after it, on its own page, stamped by the translator on a later date."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    lang = _TRANSLATION_LANG.get(c.code, "en")
    f = Flow(family="serif", size=11)
    f.para(ctx.association, bold=True, after=0)
    f.para(f"{ctx.association_address} - représentée par {ctx.president}", size=9.5, after=22)
    f.title("Contrat de volontariat", size=15)
    f.para(f"entre l'association ci-dessus et {civ(p, 'fr')} {p.given_names} {p.surname.upper()}, {ne(p)} le "
           f"{fmt_date(p.date_of_birth, 'dmy_dot')} à {p.place_of_birth}, de nationalité {c.nationality_fr}.",
           after=12)
    social = " Il s'agit d'une mission à caractère social et humanitaire." if ctx.mission_social else ""
    clauses = (
        f"1° Mission. Le volontaire aura pour mission de {ctx.mission}.{social}",
        f"2° Durée. Du {fmt_date(ctx.contract_start, 'dmy_dot')} au {fmt_date(ctx.contract_end, 'dmy_dot')}.",
        f"3° Lieu. {ctx.association_city} et ses environs.",
        "4° Indemnité. Une indemnité mensuelle, sans caractère de salaire, est versée au volontaire.",
        "5° Séjour. Le volontaire demande une autorisation provisoire de séjour pour la durée du contrat et "
        "quitte la France à son terme.",
    )
    for clause in clauses:
        f.para(clause, after=7)
    f.space(8)
    f.para(f"Fait à {ctx.association_city}, le {fmt_date(ctx.contract_signed, 'dmy_dot')}.", after=8)
    f.need(70)
    y = f.y
    f.sheet.text(f.margin, y + 10, "L'association", 10)
    f.sheet.text(f.margin + f.width / 2, y + 10, "Le volontaire", 10)
    scrawl(f.sheet, f.margin + 10, y + 44, rng, scale=0.7)
    scrawl(f.sheet, f.margin + f.width / 2 + 10, y + 44, rng, scale=0.7)
    f.y = y + 70
    title, parties, arts, done, cert = _TRANSLATION[lang]
    f.new_page()
    f.para(title, bold=True, size=12.5, align="center", after=14)
    f.para(parties.format(assoc=ctx.association, name=f"{p.given_names} {p.surname.upper()}",
                          born=fmt_date(p.date_of_birth, "dmy_slash")), after=8)
    start, end = fmt_date(ctx.contract_start, "dmy_slash"), fmt_date(ctx.contract_end, "dmy_slash")
    for art in arts:
        f.para(art.format(mission=ctx.mission, start=start, end=end), after=5)
    f.para(done.format(city=ctx.association_city, signed=fmt_date(ctx.contract_signed, "dmy_slash")), after=20)
    when = fmt_date(min(ctx.contract_signed + days(rng.randint(2, 12)), ctx.filing), "dmy_slash")
    f.para(cert.format(when=when), size=9.5, after=4)
    stamp(f.sheet, f.margin, f.y, ["TRADUCTEUR", f"N° {rng.randint(100, 999)}"], w=150)
    scrawl(f.sheet, f.margin + 190, f.y + 30, rng, scale=0.6)
    f.y += 60
    return f.sheets, _contract_truth(ctx, "fr")
