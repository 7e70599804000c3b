"""Development families of session 15: one document told twice in one file, in other words.

Modelled on what associations and registries hand over in one PDF: a commitment typed in
French and again in English for an English-speaking volunteer, each page signed; a foreign
birth register's copy followed by its sworn translation, the translator's certificate only
at the translation's foot; a prefecture's cover letter notifying the approval, then the
decision it notifies.  Each page names the same person or body and the same date, worded
otherwise: one document, never two copies of it.
"""

from __future__ import annotations

import random

from synth.context import DocContext
from synth.documents.common import Built, ne, person_truth
from synth.documents.dev_common import stamp
from synth.documents.dev_ink import scrawl
from synth.documents.registry import caps
from synth.formats import days, fmt_date
from synth.layout import A4, Flow

_TRANSLATORS = ("Élise Marchand", "Youssef Benali", "Catherine Nguyen", "Olivier Mensah")
_SIGNATORIES = ("Martine Caradec", "Didier Lemoine", "Samia Ferhat", "Laurent Vasseur")


def departure_two_languages(ctx: DocContext, rng: random.Random) -> Built:
    """The commitment on page 1 in French and on page 2 in English (or the other way round), the sender's
    block and the mark on each page."""
    p = ctx.shown("departure_commitment")
    c = p.country
    f = Flow(family=rng.choice(("sans", "serif")), size=11, margin=68)
    born = p.date_of_birth
    french = (
        rng.choice(("ENGAGEMENT DE QUITTER LE TERRITOIRE FRANÇAIS", "Engagement de départ - version française")),
        f"Je soussigné{'e' if p.sex == 'F' else ''} {p.given_names} {p.surname.upper()}, {ne(p)} le "
        f"{fmt_date(born, 'fr_long')} à {p.place_of_birth} ({c.name_fr}), m'engage sur l'honneur à quitter le "
        f"territoire français au terme de ma mission de volontariat auprès de l'association {ctx.association}, "
        f"prévu le {fmt_date(ctx.contract_end, 'dmy_slash')}.",
        f"Fait à {ctx.association_city}, le {fmt_date(ctx.commitment_date, 'fr_long')}")
    english = (
        rng.choice(("UNDERTAKING TO LEAVE FRENCH TERRITORY", "Commitment to leave France - English version")),
        f"I, the undersigned {p.given_names} {p.surname.upper()}, born on {fmt_date(born, 'en_long')} in "
        f"{p.place_of_birth} ({c.name_en}), solemnly undertake to leave French territory when my volunteering "
        f"with {ctx.association} ends, on {fmt_date(ctx.contract_end, 'dmy_slash')}.",
        f"Signed in {ctx.association_city} on {fmt_date(ctx.commitment_date, 'en_long')}")
    versions = [french, english] if rng.random() < 0.6 else [english, french]
    for i, (title, body, signed) in enumerate(versions):
        if i:
            f.new_page()
        f.para(f"{p.given_names} {p.surname.upper()}", bold=True, after=0)
        f.para(f"c/o {ctx.association}, {ctx.association_address}", size=9.5, after=30)
        f.para(title, bold=True, align="center", size=13, after=18)
        f.para(body, after=16)
        f.para(signed, after=10)
        f.need(70)
        scrawl(f.sheet, A4[0] - f.margin - 150, f.y + 20, rng)
        f.y += 60
    truth = person_truth(p) | {"signature_date": ctx.commitment_date.isoformat(), "commits_to_leave": "true",
                               "language": "fr+en"}
    return f.sheets, truth


def birth_register_and_translation(ctx: DocContext, rng: random.Random) -> Built:
    """An English register's copy, then its French translation laid out as the original (the state's heading,
    the entry, the registrar), the sworn translator's certificate and stamp at the foot only."""
    p = ctx.shown("birth_certificate")
    c = p.country
    full = ctx.birth_copy_kind == "full_copy"
    entry = rng.randint(100, 9999)
    hour = f"{rng.randint(0, 23):02d}:{rng.choice(('05', '20', '40', '55'))}"
    father = rng.choice(c.male)
    mother = rng.choice(c.female), rng.choice(c.surnames).upper()
    child = "daughter" if p.sex == "F" else "son"
    f = Flow(family="serif", size=10.5)
    f.para(caps(f"Republic of {c.name_en}"), bold=True, align="center", after=0)
    f.para(f"Births and Deaths Registry - {p.place_of_birth}", align="center", size=9.5, after=16)
    f.title("CERTIFIED FULL COPY OF AN ENTRY OF BIRTH" if full else "BIRTH CERTIFICATE (SHORT FORM)", size=13)
    f.para(f"Entry No. {entry} of {p.date_of_birth.year}", after=8)
    body = (f"On {fmt_date(p.date_of_birth, 'en_long')} at {hour}, at {p.place_of_birth}, was born "
            f"{p.given_names} {p.surname.upper()}, {'female' if p.sex == 'F' else 'male'}")
    body_fr = (f"Le {fmt_date(p.date_of_birth, 'fr_long')} à {hour.replace(':', ' h ')}, à {p.place_of_birth}, est "
               f"{ne(p)} {p.given_names} {p.surname.upper()}, de sexe {'féminin' if p.sex == 'F' else 'masculin'}")
    if full:
        body += f", {child} of {father} {p.surname.upper()} and of {mother[0]} {mother[1]}."
        body_fr += (f", {'fille' if p.sex == 'F' else 'fils'} de {father} {p.surname.upper()} et de {mother[0]} "
                    f"{mother[1]}.")
    else:
        body += "."
        body_fr += "."
    f.para(body, after=8)
    f.para("Marginal notes: none." if full else "This short form does not show parentage.", after=10)
    f.para(f"Issued at {p.place_of_birth} on {fmt_date(ctx.birth_issue, 'en_long')}.", after=4)
    f.para("The Registrar", after=4)
    scrawl(f.sheet, f.margin + 20, f.y + 20, rng)
    f.y += 60
    f.new_page()
    f.para(caps(f"République du {c.name_fr}") if c.name_fr[0] not in "AEIOU" else caps(f"République d'{c.name_fr}"),
           bold=True, align="center", after=0)
    f.para(f"Service de l'état civil - {p.place_of_birth}", align="center", size=9.5, after=16)
    f.title("COPIE INTÉGRALE D'ACTE DE NAISSANCE" if full else "EXTRAIT D'ACTE DE NAISSANCE", size=13)
    f.para(f"Acte n° {entry} de l'année {p.date_of_birth.year}", after=8)
    f.para(body_fr, after=8)
    f.para("Mentions marginales : néant." if full else "Le présent extrait ne mentionne pas la filiation.", after=10)
    f.para(f"Délivré à {p.place_of_birth} le {fmt_date(ctx.birth_issue, 'fr_long')}.", after=4)
    f.para("L'officier de l'état civil", after=30)
    translator = rng.choice(_TRANSLATORS)
    f.para(f"Pour traduction certifiée conforme à l'original rédigé en langue anglaise, {translator}, traducteur "
           f"expert près la cour d'appel de {rng.choice(('Lyon', 'Paris', 'Rennes', 'Bordeaux'))}, le "
           f"{fmt_date(ctx.birth_issue + days(rng.randint(5, 30)), 'dmy_slash')}.", size=9, after=8)
    f.need(80)
    stamp(f.sheet, A4[0] - f.margin - 170, f.y, ["TRADUCTEUR EXPERT", caps(translator)], w=170)
    f.y += 80
    truth = person_truth(p) | {"sex": p.sex, "place_of_birth": p.place_of_birth, "copy_kind": ctx.birth_copy_kind,
                               "issue_date": ctx.birth_issue.isoformat(), "language": "en+fr"}
    return f.sheets, truth


def approval_with_cover_letter(ctx: DocContext, rng: random.Random) -> Built:
    """The prefecture's letter notifying the approval on page 1 (addressed to the association's president,
    naming the association and the decision's date), the decision itself on page 2."""
    authority = ctx.approval_authority.split(",")[0]
    city = ctx.association_city
    name = ctx.approval_association
    signed = ctx.approval_date
    f = Flow(family="sans", size=10.5)
    f.para("PRÉFECTURE" if authority.startswith("Préfet") else caps(authority), bold=True, after=0)
    f.para("Direction de la citoyenneté et de la vie associative", size=9, after=20)
    f.para(f"{city}, le {fmt_date(signed + days(rng.randint(2, 12)), 'fr_long')}", align="right", after=14)
    f.para(f"Madame, Monsieur le Président de l'association {name}", align="right", after=18)
    act = "l'arrêté" if authority.startswith("Préfet") else "la décision"
    f.para(f"Objet : notification de {act} du {fmt_date(signed, 'dmy_slash')}", bold=True, after=12)
    f.para("Madame, Monsieur le Président,", after=8)
    f.para(f"J'ai l'honneur de vous notifier {act} du {fmt_date(signed, 'fr_long')} portant agrément de "
           f"l'association {name} au titre du volontariat associatif, dont vous trouverez copie ci-jointe.", after=6)
    f.para("Je vous prie d'agréer, Madame, Monsieur le Président, l'expression de ma considération distinguée.",
           after=18)
    f.para(f"Pour le {authority} et par délégation," if authority.startswith("Préfet") else
           f"Pour l'{authority} et par délégation,", after=4)
    f.para(rng.choice(_SIGNATORIES), bold=True, after=4)
    f.new_page()
    f.para("RÉPUBLIQUE FRANÇAISE", bold=True, align="center", after=0)
    f.para(caps(authority), align="center", size=9.5, after=18)
    prefect = authority.startswith("Préfet")
    f.title(f"{'Arrêté' if prefect else 'Décision'} n° {ctx.approval_number} portant agrément d'une association",
            size=12.5)
    f.para(f"Le {authority}," if prefect else f"La directrice de l'{authority},", after=6)
    f.para("Vu la loi n° 2006-586 du 23 mai 2006 relative au volontariat associatif ;", after=3)
    f.para(f"Vu la demande présentée par l'association {name} ;", after=10)
    f.para("ARRÊTE" if prefect else "DÉCIDE", bold=True, align="center", after=8)
    f.para(f"Article 1er : L'association « {name} » est agréée pour accueillir des volontaires.", after=4)
    f.para("Article 2 : Le présent arrêté sera publié au recueil des actes administratifs.", after=14)
    f.para(f"Fait à {city}, le {fmt_date(signed, 'fr_long')}", after=4)
    f.para(f"Pour le {authority}, le secrétaire général" if prefect else "La directrice", after=4)
    scrawl(f.sheet, f.margin + 40, f.y + 20, rng)
    f.y += 60
    truth = {"association": name, "decision_date": signed.isoformat(), "authority": authority}
    return f.sheets, truth


_PLATFORMS = ("Yousign", "DocuSign", "Docaposte", "Universign")


def contract_esigned_audit(ctx: DocContext, rng: random.Random) -> Built:
    """A contract signed online: its text ends on the parties' names with no date; the signing platform's
    certificate on the last page says who signed and when ('signé le 03/03/2026 à 10:14:52'), the association's
    representative a day or two before the volunteer, whose signature makes the contract."""
    p = ctx.shown("volunteer_contract")
    c = p.country
    platform = rng.choice(_PLATFORMS)
    f = Flow(family=rng.choice(("sans", "serif")), size=10.5)
    f.para(ctx.association, bold=True, size=12, after=0)
    f.para(ctx.association_address, size=9, after=20)
    f.title("CONTRAT DE VOLONTARIAT ASSOCIATIF", size=14)
    f.para(f"Entre {ctx.association}, représentée par {ctx.president}, et {p.given_names} {p.surname.upper()}, "
           f"{ne(p)} le {fmt_date(p.date_of_birth, 'dmy_slash')} à {p.place_of_birth} ({c.name_fr}), il est convenu "
           "ce qui suit.", after=8)
    f.para(f"Article 1 - Mission. Le volontaire s'engage à {ctx.mission}.", after=6)
    f.para(f"Article 2 - Durée. Le contrat prend effet le {fmt_date(ctx.contract_start, 'dmy_slash')} et prend fin "
           f"le {fmt_date(ctx.contract_end, 'dmy_slash')}.", after=6)
    f.para("Article 3 - Indemnité. Une indemnité mensuelle, qui n'est pas un salaire, est versée au volontaire.",
           after=6)
    f.para("Article 4 - Signature. Le présent contrat est signé par voie électronique par les deux parties.",
           after=18)
    f.para(f"Pour l'association : {ctx.president}", after=4)
    f.para(f"Le volontaire : {p.given_names} {p.surname.upper()}", after=4)
    f.new_page()
    f.para(f"{platform} - Certificat de signature électronique", bold=True, size=12, after=4)
    f.para(f"Dossier n° {rng.randint(10**7, 10**8 - 1):x}-{rng.randint(1000, 9999)}", size=9, after=14)
    f.para(f"Document : Contrat de volontariat - {p.surname.upper()}.pdf ({rng.randint(2, 4)} pages)", after=10)
    host_day = ctx.contract_signed - days(rng.randint(1, 3))
    for who, when in ((f"{ctx.president}, pour {ctx.association}", host_day), (f"{p.given_names} {p.surname.upper()}",
                                                                                ctx.contract_signed)):
        f.para(f"Signataire : {who}", bold=True, after=2)
        f.para(f"Signé le {fmt_date(when, 'dmy_slash')} à {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}:"
               f"{rng.randint(0, 59):02d} (UTC+01:00) - adresse IP 192.0.2.{rng.randint(2, 250)}", size=9.5, after=10)
    f.para("Empreinte du document (SHA-256) : " + "".join(rng.choice("0123456789abcdef") for _ in range(48)),
           size=8, after=4)
    truth = person_truth(p) | {"association": ctx.association, "start_date": ctx.contract_start.isoformat(),
                               "end_date": ctx.contract_end.isoformat(),
                               "signature_date": ctx.contract_signed.isoformat(), "mission": ctx.mission,
                               "language": "fr"}
    return f.sheets, truth
