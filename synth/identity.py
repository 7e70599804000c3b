"""Fake people: names, births and nationalities, drawn from a seeded generator.

Every value comes from the `random.Random` passed in, so a seed always gives the
same person.  Names keep their accents (Nguyễn, Oyèlárà, Müller, José María);
`mrz_name()` gives the ICAO 9303 transliteration printed in zones.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166 alpha-3, as in zones
    name_fr: str
    name_en: str
    nationality_fr: str
    surnames: tuple[str, ...]
    male: tuple[str, ...]
    female: tuple[str, ...]
    cities: tuple[str, ...]
    authority: str
    passport_pattern: str  # 'L' letter, '#' digit
    french_speaking: bool = False
    european: bool = False


COUNTRIES: dict[str, Country] = {
    c.code: c
    for c in (
        Country("SEN", "Sénégal", "Senegal", "sénégalaise",
                ("Diop", "Ndiaye", "Fall", "Sow", "Diallo", "Mbaye", "Guèye", "Sène"),
                ("Mamadou", "Cheikh Tidiane", "Ousmane", "Abdoulaye", "Moussa"),
                ("Aminata", "Fatou", "Awa", "Mariama", "Ndèye Coumba"),
                ("Dakar", "Thiès", "Saint-Louis", "Ziguinchor", "Kaolack"),
                "Direction de l'Automatisation des Fichiers", "A#######", french_speaking=True),
        Country("VNM", "Viêt Nam", "Viet Nam", "vietnamienne",
                ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng"),
                ("Văn Minh", "Đức Anh", "Quốc Bảo", "Hoàng Nam"),
                ("Thị Hương", "Thu Trang", "Ngọc Ánh", "Thị Lan"),
                ("Hà Nội", "Hồ Chí Minh", "Đà Nẵng", "Huế", "Hải Phòng"),
                "Immigration Department", "C#######"),
        Country("BRA", "Brésil", "Brazil", "brésilienne",
                ("Silva", "Santos", "Oliveira", "Souza", "Conceição", "Araújo", "Gonçalves"),
                ("João Pedro", "José Carlos", "Luís Felipe", "Thiago"),
                ("Ana Luíza", "Maria Clara", "Letícia", "Beatriz"),
                ("São Paulo", "Belo Horizonte", "Salvador", "Recife", "Curitiba"),
                "Polícia Federal", "LL######"),
        Country("MAR", "Maroc", "Morocco", "marocaine",
                ("El Amrani", "Benali", "Idrissi", "Alaoui", "Bennani", "Tazi", "El Fassi"),
                ("Youssef", "Mehdi", "Hamza", "Anas"),
                ("Salma", "Imane", "Khadija", "Houda"),
                ("Casablanca", "Rabat", "Fès", "Marrakech", "Tanger"),
                "Direction Générale de la Sûreté Nationale", "LL#######", french_speaking=True),
        Country("IND", "Inde", "India", "indienne",
                ("Sharma", "Patel", "Iyer", "Reddy", "Singh", "Kumar"),
                ("Rahul", "Arjun", "Vikram Kumar", "Rohan"),
                ("Priya", "Ananya", "Kavya Lakshmi", "Sneha"),
                ("Mumbai", "New Delhi", "Chennai", "Bengaluru", "Kolkata"),
                "Passport Office", "L#######"),
        Country("CMR", "Cameroun", "Cameroon", "camerounaise",
                ("Mbarga", "Ngono", "Atangana", "Kamdem", "Fotso", "Tchinda"),
                ("Jean-Paul", "Serge Arnaud", "Boris", "Hervé"),
                ("Chantal", "Mireille", "Larissa Ornella", "Estelle"),
                ("Yaoundé", "Douala", "Bafoussam", "Garoua"),
                "Délégation Générale à la Sûreté Nationale", "LL#######", french_speaking=True),
        Country("COL", "Colombie", "Colombia", "colombienne",
                ("Rodríguez", "Gómez", "Martínez", "Hernández", "López", "Muñoz", "Peña"),
                ("Andrés Felipe", "Juan Sebastián", "Camilo", "José María"),
                ("María José", "Valentina", "Lucía Fernanda", "Daniela"),
                ("Bogotá", "Medellín", "Cali", "Barranquilla", "Cartagena"),
                "Ministerio de Relaciones Exteriores", "LL######"),
        Country("NGA", "Nigeria", "Nigeria", "nigériane",
                ("Adéyẹmí", "Okonkwo", "Balógun", "Olúwọlé", "Eze"),
                ("Chinedu", "Tunde", "Emeka", "Olúṣẹ́gun"),
                ("Oyèlárà", "Ngozi", "Adaeze", "Fúnmiláyọ̀"),
                ("Lagos", "Ibadan", "Abuja", "Enugu"),
                "Nigeria Immigration Service", "L########"),
        Country("DEU", "Allemagne", "Germany", "allemande",
                ("Müller", "Schäfer", "Weiß", "Köhler", "Groß", "Schmidt"),
                ("Lukas", "Jonas", "Felix", "Jürgen"),
                ("Lea Sophie", "Jana", "Anna-Lena", "Jördis"),
                ("München", "Köln", "Hamburg", "Düsseldorf"),
                "Stadt Köln", "L#LL#L##L", european=True),
        Country("ITA", "Italie", "Italy", "italienne",
                ("Rossi", "Bianchi", "Esposito", "Ricci", "De Luca", "Galli"),
                ("Lorenzo", "Matteo", "Giuseppe", "Niccolò"),
                ("Giulia", "Chiara", "Francesca", "Noemi"),
                ("Roma", "Milano", "Napoli", "Torino"),
                "Ministero degli Affari Esteri", "LL#######", european=True),
        Country("ESP", "Espagne", "Spain", "espagnole",
                ("García Pérez", "Fernández", "González", "Martín", "Sánchez", "Muñoz"),
                ("José María", "Álvaro", "Íñigo", "Pablo"),
                ("María José", "Lucía", "Nuria", "Begoña"),
                ("Madrid", "Sevilla", "Valencia", "Bilbao", "Zaragoza"),
                "Dirección General de la Policía", "LLL######", european=True),
    )
}

NON_EUROPEAN = tuple(c for c, v in COUNTRIES.items() if not v.european)
EUROPEAN = tuple(c for c, v in COUNTRIES.items() if v.european)

_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"  # no I or O: real issuers avoid them next to digits


@dataclass(frozen=True)
class Identity:
    surname: str
    given_names: str
    sex: str  # "F" or "M"
    date_of_birth: date
    place_of_birth: str
    nationality: str  # ISO 3166 alpha-3
    passport_number: str

    @property
    def country(self) -> Country:
        return COUNTRIES[self.nationality]


def document_number(rng: random.Random, pattern: str) -> str:
    return "".join(rng.choice(_LETTERS) if p == "L" else str(rng.randint(0, 9)) if p == "#" else p
                    for p in pattern)


def make_identity(rng: random.Random, nationality: str | None = None, *, today: date = date(2026, 6, 1)) -> Identity:
    """A fake volunteer aged 18 to 30 on `today`, of the given nationality (or a non-European one)."""
    code = nationality or rng.choice(NON_EUROPEAN)
    c = COUNTRIES[code]
    sex = rng.choice("FM")
    given = rng.choice(c.female if sex == "F" else c.male)
    born = today - timedelta(days=rng.randint(18 * 365 + 10, 30 * 365))
    return Identity(
        surname=rng.choice(c.surnames),
        given_names=given,
        sex=sex,
        date_of_birth=born,
        place_of_birth=rng.choice(c.cities),
        nationality=code,
        passport_number=document_number(rng, c.passport_pattern),
    )


_SPECIAL = {"Ä": "AE", "Ö": "OE", "Ü": "UE", "ß": "SS", "Æ": "AE", "Ø": "OE", "Å": "AA", "Đ": "D",
            "Þ": "TH", "Œ": "OE", "Ł": "L"}


def mrz_name(s: str) -> str:
    """ICAO 9303 transliteration: upper case A-Z, spaces and hyphens as '<', other marks dropped."""
    out = []
    for ch in s.upper():
        if ch in _SPECIAL:
            out.append(_SPECIAL[ch])
            continue
        base = unicodedata.normalize("NFKD", ch)[0] if ch.strip() else ch
        if "A" <= base <= "Z":
            out.append(base)
        elif ch in " -":
            out.append("<")
    return "".join(out)
