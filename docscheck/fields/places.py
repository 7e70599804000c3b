"""A place of birth as a caption's value gives it: the place alone, without what is printed around it.

Papers print the place with its country ("DAKAR (SÉNÉGAL)", "THIÈS - SENEGAL", "Bogotá, Colombia", "DAKAR SEN"),
after a preposition when the caption names the date too ("Date et lieu de naissance : 12/03/1999 à Dakar"), or
followed on the row of values by the next cell, a sex letter ("DAKAR F" under "Place of birth  Sex").
"""

from __future__ import annotations

import re

from docscheck.dates import find_dates
from docscheck.fields.finders import first_date
from docscheck.fields.labels import ANY_LABEL, LABELS
from docscheck.fields.lines import Line, clean
from docscheck.fields.people import nationality_code
from docscheck.model import Field
from docscheck.textnorm import fold

# A place's country after it: in brackets, after a comma, a dash or a slash.
_COUNTRY_AFTER = re.compile(r"\s*(?:\(|,|\s[-–/]\s|/)")
_PREPOSITION = re.compile(r"^(?:à|a|in|at|en|em)\s+(?=\S)", re.I)
_SEX_CELL = re.compile(r"\s+[FMX]$")
_OF = re.compile(r"^(?:de|do|da|del|of|d'|du)$", re.I)


def place_only(value: str) -> str:
    """The place's name: its preposition, its country and the next cell's sex letter left out."""
    value = _PREPOSITION.sub("", clean(value))
    value = clean(_COUNTRY_AFTER.split(value, maxsplit=1)[0])
    value = _SEX_CELL.sub("", value)
    words = value.split()
    # a country's code or name printed after the place on the same cell ("DAKAR SEN", "Dakar Sénégal"), never
    # the country a city is named after ("Ciudad de Panamá")
    if len(words) >= 2 and nationality_code(words[-1]) and not nationality_code(" ".join(words[:-1])) and (
            not _OF.search(words[-2])):
        value = " ".join(words[:-1])
    return clean(value)


# "est née à Dakar", "né le 03 02 1997 à Bogotá", "born on 3 May 1999 in Accra": the place after the birth,
# its date, when given, between them.
_BORN_THEN_PLACE = re.compile(
    r"\b(?:NEE?\s*(?:\(E\))?|WAS BORN|BORN)\s+(?:(?:LE|ON|THE)\s*:?\s*(.{4,100}?)\s+)?(?:A|IN|AT)\s*:?\s+(?=[A-Z])"
)
# Where a place of birth stops in a sentence: punctuation, or the next phrase ("le 3 mai", "de sexe", "to").
# The place's name also stops at a form's next numbered box, and where the wider area it lies in is named ("born at Ikeja in the district of
# Lagos", "né à Pikine dans le département de Dakar").
_PLACE_END = re.compile(
    r"[(:,.;]|\s(?:le|on|de sexe|of|du|to|fils|fille|son|daughter|et|and)\s"
    r"|\s(?:une?\s+enfant|l'enfant|an?\s+child|the\s+child)\b"  # "est né à Barranquilla un enfant de sexe ..."
    r"|\s(?:in|dans)\s+(?:the\s+|le\s+|la\s+|l')?(?:district|county|province|region|state|division|département"
    r"|region|région|arrondissement|commune|cercle|préfecture)\b"
    r"|\s\d{1,2}\s*[.)](?:\s|$)",  # a form's next numbered box ("4. à : Pikine 5. Père : ...")
    re.I,
)


# "born in the city of Accra", "née dans la commune de Thiès": what kind of place it is, before its name.
_PLACE_KIND = re.compile(
    r"(?:(?:the|la|le)\s+)?(?:city|town|village|municipality|district|commune|ville|localité|municipalité)\s+(?:of|de|d['’])\s*",
    re.I,
)


def _one_case(place: str) -> str:
    """A place's words share their case: a word in capitals between two in title case is another column's
    text read into the line ("Hai BIRTH Phong", a side box's caption)."""
    words = place.split()
    keep = [w for i, w in enumerate(words)
            if not (0 < i < len(words) - 1 and len(w) >= 3 and w.isupper() and w.isalpha()
                    and all(x[:1].isupper() and x[1:].islower() for x in (words[i - 1], words[i + 1])))]
    return " ".join(keep)


def place_of_birth_in_prose(raw: str, norm: str) -> str:
    """The place a sentence says someone was born at ("est née à Dakar", "born on 3 May 1999 in Accra"), or ""."""
    for m in _BORN_THEN_PLACE.finditer(norm):
        if m.group(1) is not None and first_date(raw[m.start(1) : m.end(1)]) is None:
            continue  # "née le ... à": what stands between must be the date
        rest = raw[m.end() :]
        kind = _PLACE_KIND.match(rest)
        rest = rest[kind.end() :] if kind else rest
        place = _one_case(clean(_PLACE_END.split(rest + " ", maxsplit=1)[0]))
        label = ANY_LABEL.search(fold(place))  # the next label of a form ("A : KAOLACK SEXE : M")
        place = clean(place[: label.start()]) if label and label.start() > 0 else place
        if place[:1].isupper() and not re.search(r"\d", place):
            return place
    return ""


_PLACE_LABEL_LAST = re.compile(r"(?<![A-Z])(?:" + "|".join(LABELS["place_of_birth"]) + r")[\s:|]*$")


def place_in_last_column(lines: list[Line]) -> Field | None:
    """A row of labels ending on the place of birth ("Forenames  Surname  Sex  Date of birth  Place of birth")
    over a row of values: the place is what follows the row's last date ("Awa DIOP F 12 March 1998 Pikine")."""
    for ln, below in zip(lines, lines[1:], strict=False):
        m = _PLACE_LABEL_LAST.search(ln.norm)
        if m is None or below.page != ln.page:
            continue
        if re.sub(r"[\s/|,.:-]|\(S\)", "", ANY_LABEL.sub(" ", ln.norm)) or ANY_LABEL.search(below.norm):
            continue
        dms = find_dates(below.raw)
        if not dms:
            continue
        place = clean(below.raw[dms[-1].end :])
        if place[:1].isupper() and not re.search(r"\d", place):
            return Field(place, below.raw.strip(), below.page, f"label row:{clean(m.group(0)).lower()}")
    return None


# Where a register's office stands ("Commune de Garoua", "l'officier de l'état civil de Garoua", "Registry of Rabat").
_OFFICE_OF = (r"(?:(?:COMMUNE|VILLE|MAIRIE|ETAT CIVIL|CIVIL REGISTRY|REGISTRY|BUREAU|PREFECTURE|REGION|PROVINCE|DISTRICT"
              r"|DEPARTEMENT|DEPARTMENT|MUNICIPALITE|MUNICIPALITY|ARRONDISSEMENT)\s+(?:DE\s+|D'|OF\s+)?"
              # (or a place the act names again: "Délivré à Rabat", "domiciliés à Rabat", "issued at Ibadan")
              r"|(?:DELIVREE?|DOMICILIEE?S?|DEMEURANTS?|RESIDANTS?|FAIT|ISSUED|RESIDING)\s+(?:A|AT|IN)\s+)")


def place_opening_name(out: dict[str, Field], text: str) -> None:
    """'est née à Garoua Estelle FOTSO, de sexe féminin': the town and the name run together with nothing between
    them.  The first given name that the text names elsewhere as a register's place ("Commune de Garoua") is the
    place of birth, not a given name; the name and the place read are mended in `out`."""
    given, place = out.get("given_names"), out.get("place_of_birth")
    words = str(given.value).split() if given is not None else []
    if given is None or len(words) < 2:
        return
    first = fold(words[0])
    if not re.search(rf"\b{_OFFICE_OF}{re.escape(first)}\b", fold(text)):
        return
    out["given_names"] = Field(" ".join(words[1:]), given.raw, given.page, given.source + ", place before it")
    if place is None or fold(str(place.value)).startswith(f"{first} "):
        out["place_of_birth"] = Field(words[0], given.raw, given.page, "phrase:place before the name")
