"""Everything one applicant's documents must agree on: the person, the dates, the association."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from synth.formats import add_months, days
from synth.identity import COUNTRIES, Identity, document_number, make_identity

ASSOCIATIONS = (
    ("Association Solidarité Entraide Paris", "12 rue des Lilas, 75020 Paris", "Paris"),
    ("Fondation Horizons Partagés", "48 boulevard Voltaire, 75011 Paris", "Paris"),
    ("Les Jardins de la Fraternité", "7 place Bellecour, 69002 Lyon", "Lyon"),
    ("Association Main Tendue", "23 rue Sainte-Catherine, 33000 Bordeaux", "Bordeaux"),
    ("Secours Solidaire des Quartiers", "5 rue de la République, 13001 Marseille", "Marseille"),
    ("Réseau Accueil et Dignité", "31 rue Nationale, 59000 Lille", "Lille"),
    ("Fondation Lumière pour Tous", "9 quai de la Fosse, 44000 Nantes", "Nantes"),
)

PREFECTURES = {
    "Paris": "Préfet de la région Île-de-France, Préfet de Paris",
    "Lyon": "Préfet de la région Auvergne-Rhône-Alpes, Préfet du Rhône",
    "Bordeaux": "Préfet de la région Nouvelle-Aquitaine, Préfet de la Gironde",
    "Marseille": "Préfet de la région Provence-Alpes-Côte d'Azur, Préfet des Bouches-du-Rhône",
    "Lille": "Préfet de la région Hauts-de-France, Préfet du Nord",
    "Nantes": "Préfet de la région Pays de la Loire, Préfet de la Loire-Atlantique",
}

MISSIONS = (
    "accompagner des personnes âgées isolées à domicile, rompre leur isolement et prévenir leur exclusion",
    "participer à l'aide alimentaire et à l'accueil de jour des personnes sans domicile fixe",
    "animer des ateliers de soutien scolaire pour des enfants de familles en situation de précarité",
    "accompagner des personnes en situation de handicap dans leurs activités de loisirs et leur autonomie",
    "accueillir et orienter des personnes réfugiées dans leurs démarches d'insertion sociale",
)

# missions with no social or humanitarian wording (for the `mission_not_social` warning)
OTHER_MISSIONS = (
    "tenir la comptabilité de l'association et mettre à jour son site internet",
    "organiser des tournois sportifs et des sorties culturelles pour les adhérents",
    "entretenir les locaux et le parc informatique du siège",
)

PRESIDENTS = ("Claire Dubois", "Philippe Martin", "Sophie Lefèvre", "Karim Haddad", "Hélène Moreau",
              "Bernard Rousseau")


@dataclass(frozen=True)
class DocContext:
    """The facts a dossier's documents show; scenarios alter a copy with `dataclasses.replace`."""

    person: Identity
    filing: date
    arrival: date
    # passport
    passport_issue: date
    passport_expiry: date
    # visa
    visa_category: str  # "D" long stay or "C" short stay
    visa_number: str
    visa_issue: date
    visa_from: date
    visa_until: date
    visa_duration_days: int
    visa_entries: str
    visa_passport_number: str
    visa_issued_in: str
    # birth certificate
    birth_copy_kind: str  # full_copy or extract
    birth_issue: date
    # other identity proofs
    natcert_issue: date
    consular_att_issue: date
    consular_card_number: str
    consular_card_issue: date
    consular_card_expiry: date
    id_number: str
    id_issue: date
    id_expiry: date
    # association
    association: str
    association_address: str
    association_city: str
    president: str
    approval_association: str
    approval_authority: str
    approval_date: date
    approval_number: str
    # contract
    contract_signed: date
    contract_start: date
    contract_end: date
    mission: str
    commitment_date: date
    acceptance_date: date
    mission_social: bool = True  # the contract states the mission's social or humanitarian character
    without_photo: frozenset[str] = frozenset()  # doc types drawn without the holder's photo
    person_override: dict[str, Identity] = field(default_factory=dict)  # doc type -> person shown instead

    def shown(self, doc_type: str) -> Identity:
        return self.person_override.get(doc_type, self.person)


def make_context(rng: random.Random, nationality: str | None = None) -> DocContext:
    """A coherent, complete applicant: contract signed before arrival, filed within a month, all valid."""
    filing = date(2026, 1, 12) + days(rng.randint(0, 300))
    arrival = filing - days(rng.randint(3, 26))
    person = make_identity(rng, nationality, today=filing)
    country = COUNTRIES[person.nationality]
    signed = arrival - days(rng.randint(20, 90))
    start = arrival + days(rng.randint(1, 10))
    # clear of the 6 and 24 month bounds, so that no day-counting convention flags a complete dossier
    months = rng.choice((7, 8, 9, 10, 12, 12, 12, 18, 20))
    end = add_months(start, months) - days(1)
    visa_from = arrival - days(rng.randint(0, 12))
    duration = 365 if months >= 12 else rng.choice((180, 270, 365))
    passport_issue = filing - days(rng.randint(200, 365 * 4))
    passport_years = rng.choice((5, 10))
    passport_expiry = add_months(passport_issue, 12 * passport_years) - days(1)
    if passport_expiry < filing + days(400):
        passport_expiry = add_months(passport_issue, 120) - days(1)
    name, address, city = rng.choice(ASSOCIATIONS)
    if city in PREFECTURES and rng.random() < 0.6:
        authority = PREFECTURES[city]
    else:
        authority = "Agence du Service Civique, par délégation du Ministre chargé de la jeunesse"
    id_issue = filing - days(rng.randint(100, 365 * 5))
    card_issue = filing - days(rng.randint(60, 365 * 3))
    return DocContext(
        person=person,
        filing=filing,
        arrival=arrival,
        passport_issue=passport_issue,
        passport_expiry=passport_expiry,
        visa_category="D",
        visa_number=f"{rng.randint(0, 999_999_999):09d}",
        visa_issue=visa_from - days(rng.randint(5, 30)),
        visa_from=visa_from,
        visa_until=visa_from + days(duration - 1),
        visa_duration_days=duration,
        visa_entries="MULT",
        visa_passport_number=person.passport_number,
        visa_issued_in=rng.choice(country.cities).upper(),
        birth_copy_kind="full_copy",
        birth_issue=filing - days(rng.randint(15, 85)),
        natcert_issue=filing - days(rng.randint(20, 150)),
        consular_att_issue=filing - days(rng.randint(5, 120)),
        consular_card_number=document_number(rng, "LL######"),
        consular_card_issue=card_issue,
        consular_card_expiry=add_months(card_issue, 60) - days(1),
        id_number=document_number(rng, "LL#######"),
        id_issue=id_issue,
        id_expiry=add_months(id_issue, 120) - days(1),
        association=name,
        association_address=address,
        association_city=city,
        president=rng.choice(PRESIDENTS),
        approval_association=name,
        approval_authority=authority,
        approval_date=filing - days(rng.randint(400, 365 * 4)),
        approval_number=f"{rng.choice(('IDF', 'ARA', 'NAQ', 'PAC', 'HDF', 'PDL'))}-0{rng.randint(10, 95)}-"
                        f"{rng.randint(19, 24)}-{rng.randint(1, 999):05d}-00",
        contract_signed=signed,
        contract_start=start,
        contract_end=end,
        mission=rng.choice(MISSIONS),
        commitment_date=signed + days(rng.randint(0, 15)),
        acceptance_date=signed - days(rng.randint(5, 40)),
    )
