"""Shared drawing and wording helpers of the ninth held-out batch (modules held9_*.py).

A small absolute-layout page with a cursor, stamps drawn with strokes (never ellipses, so that a page
without a photo shows none), handwriting, date writers in several languages, names written the ways
papers write them, associations named the ways people name them, and the labels foreign papers print.
"""

from __future__ import annotations

import math
import random
from datetime import date

from synth.documents.common import squiggle
from synth.formats import MONTHS_EN, MONTHS_FR
from synth.identity import Country, Identity
from synth.layout import A4, Box, Sheet, Stroke, Text, wrap

INK = (0.1, 0.16, 0.5)  # a blue ballpoint
BLACK_INK = (0.08, 0.08, 0.1)
STAMP_BLUE = (0.22, 0.3, 0.66)
STAMP_VIOLET = (0.46, 0.24, 0.56)
STAMP_RED = (0.7, 0.16, 0.16)


# ---------------------------------------------------------------- pages


class Page:
    """Lines and paragraphs placed from a cursor on one or more sheets of the same size."""

    def __init__(self, width: float = A4[0], height: float = A4[1], *, left: float = 62, right: float = 62,
                 top: float = 58, bottom: float = 60, family: str = "serif", size: float = 11) -> None:
        self.width, self.height = width, height
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.family, self.size = family, size
        self.sheets: list[Sheet] = []
        self.y = 0.0
        self.new()

    @property
    def sheet(self) -> Sheet:
        return self.sheets[-1]

    @property
    def inner(self) -> float:
        return self.width - self.left - self.right

    def new(self, background: tuple[float, float, float] = (1.0, 1.0, 1.0)) -> None:
        self.sheets.append(Sheet(self.width, self.height, background=background))
        self.y = self.top

    def need(self, h: float) -> None:
        if self.y + h > self.height - self.bottom:
            self.new()

    def gap(self, h: float) -> None:
        self.y += h

    def text(self, x: float, y: float, s: str, size: float | None = None, **kw: object) -> None:
        self.sheet.text(x, y, s, size or self.size, **kw)

    def line(self, s: str, *, size: float | None = None, family: str | None = None, bold: bool = False,
             align: str = "left", x: float | None = None, gray: float = 0.0, after: float = 0.0,
             lead: float = 1.4) -> None:
        size = size or self.size
        self.need(size * lead)
        self.y += size * lead
        if x is None:
            x = {"left": self.left, "center": self.width / 2, "right": self.width - self.right}[align]
        self.sheet.text(x, self.y, s, size, family=family or self.family, bold=bold, align=align, gray=gray)
        self.y += after

    def para(self, s: str, *, size: float | None = None, family: str | None = None, bold: bool = False,
             align: str = "left", indent: float = 0, after: float = 6, width: float | None = None,
             x: float | None = None, gray: float = 0.0, wobble: random.Random | None = None,
             lead: float = 1.4) -> None:
        size = size or self.size
        family = family or self.family
        x0 = (self.left if x is None else x) + indent
        w = (width or self.inner) - indent
        for ln in wrap(s, w, family, size, bold):
            self.need(size * lead)
            self.y += size * lead
            ax = {"left": x0, "center": x0 + w / 2, "right": x0 + w}[align]
            dx = dy = 0.0
            if wobble is not None:
                dx, dy = wobble.uniform(-3, 3), wobble.uniform(-1.5, 1.5)
            self.sheet.text(ax + dx, self.y + dy, ln, size, family=family, bold=bold, align=align, gray=gray)
        self.y += after

    def rule(self, x0: float | None = None, x1: float | None = None, gray: float = 0.35, width: float = 0.6,
             dy: float = 4) -> None:
        y = self.y + dy
        self.sheet.add(Stroke(((self.left if x0 is None else x0, y), (self.width - self.right if x1 is None else x1, y)),
                              width=width, gray=gray))
        self.y = y


def column(sheet: Sheet, x: float, y: float, width: float, s: str, *, size: float = 10, family: str = "serif",
           bold: bool = False, lead: float = 1.4, gray: float = 0.0) -> float:
    """A paragraph wrapped in a column of `width` from baseline `y`; returns the last baseline."""
    for ln in wrap(s, width, family, size, bold):
        sheet.text(x, y, ln, size, family=family, bold=bold, gray=gray)
        y += size * lead
    return y - size * lead


def frame(sheet: Sheet, x: float, y: float, w: float, h: float, gray: float = 0.2, line: float = 0.8) -> None:
    sheet.add(Box(x, y, w, h, fill=None, stroke=gray, line=line))


def hline(sheet: Sheet, x0: float, x1: float, y: float, gray: float = 0.4, width: float = 0.5) -> None:
    sheet.add(Stroke(((x0, y), (x1, y)), width=width, gray=gray))


def dotted(sheet: Sheet, x0: float, x1: float, y: float, gray: float = 0.45) -> None:
    """A row of dots a form is filled in on."""
    x = x0
    while x < x1:
        sheet.add(Stroke(((x, y), (x + 0.8, y)), width=0.8, gray=gray))
        x += 3.2


# ---------------------------------------------------------------- ink, stamps, marks


def sign(sheet: Sheet, x: float, y: float, rng: random.Random, rgb: tuple[float, float, float] = INK,
         scale: float = 1.0) -> None:
    """A handwritten signature starting at (x, y)."""
    pts = tuple((x + px * scale, y + py * scale) for px, py in squiggle(rng))
    sheet.add(Stroke(pts, width=1.3, rgb=rgb))


def hand(sheet: Sheet, x: float, y: float, s: str, rng: random.Random, size: float = 12, gray: float = 0.12,
         align: str = "left") -> None:
    """Words written by hand: the italic stand-in for a pen, a little off the line."""
    sheet.text(x + rng.uniform(-1.5, 1.5), y + rng.uniform(-1.2, 1.2), s, size, family="hand", gray=gray, align=align)


def ring(cx: float, cy: float, r: float, n: int = 44) -> tuple[tuple[float, float], ...]:
    return tuple((cx + r * math.cos(2 * math.pi * i / n), cy + r * math.sin(2 * math.pi * i / n)) for i in range(n + 1))


def round_stamp(sheet: Sheet, cx: float, cy: float, r: float, lines: list[str],
                rgb: tuple[float, float, float] = STAMP_BLUE, size: float = 6.5) -> None:
    """An inked round stamp: two rings (strokes) and its words across the middle."""
    sheet.add(Stroke(ring(cx, cy, r), width=1.4, rgb=rgb))
    sheet.add(Stroke(ring(cx, cy, r - 5), width=0.7, rgb=rgb))
    y = cy - (len(lines) - 1) * size * 0.65 + size * 0.35
    for ln in lines:
        sheet.text(cx, y, ln, size, family="sans", bold=True, align="center", gray=0.42)
        y += size * 1.3


def rect_stamp(sheet: Sheet, x: float, y: float, w: float, lines: list[str],
               rgb: tuple[float, float, float] = STAMP_VIOLET, size: float = 7.5) -> float:
    """A rectangular rubber stamp (strokes, slightly uneven); returns its bottom."""
    h = len(lines) * size * 1.45 + 8
    corners = ((x, y), (x + w, y + 0.8), (x + w - 0.6, y + h), (x + 0.4, y + h - 0.6))
    for i in range(4):
        sheet.add(Stroke((corners[i], corners[(i + 1) % 4]), width=1.5, rgb=rgb))
    ty = y + 4 + size
    for ln in lines:
        sheet.text(x + w / 2, ty, ln, size, family="sans", bold=True, align="center", gray=0.4)
        ty += size * 1.45
    return y + h


def staple(sheet: Sheet, x: float, y: float) -> None:
    sheet.add(Stroke(((x, y), (x + 22, y - 3)), width=2.2, gray=0.45))


def qr(sheet: Sheet, x: float, y: float, size: float, rng: random.Random, cells: int = 21) -> None:
    """A square code of dark cells with its three corner marks (drawn, not decodable)."""
    step = size / cells
    for cx, cy in ((x, y), (x + (cells - 7) * step, y), (x, y + (cells - 7) * step)):
        sheet.add(Box(cx, cy, 7 * step, 7 * step, fill=0.05, stroke=None))
        sheet.add(Box(cx + step, cy + step, 5 * step, 5 * step, fill=1.0, stroke=None))
        sheet.add(Box(cx + 2 * step, cy + 2 * step, 3 * step, 3 * step, fill=0.05, stroke=None))
    for i in range(cells):
        for j in range(cells):
            if (i < 8 and j < 8) or (i < 8 and j >= cells - 8) or (i >= cells - 8 and j < 8):
                continue
            if rng.random() < 0.45:
                sheet.add(Box(x + j * step, y + i * step, step, step, fill=0.05, stroke=None))


def barcode(sheet: Sheet, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    cx = x
    while cx < x + w:
        bw = rng.choice((0.6, 0.9, 1.4, 2.1))
        sheet.add(Box(cx, y, bw, h, fill=0.05, stroke=None))
        cx += bw + rng.choice((0.7, 1.1, 1.8))


def guilloche(sheet: Sheet, x: float, y: float, w: float, h: float, rng: random.Random, gray: float = 0.82) -> None:
    """The fine wavy security print behind a card's or passport's data."""
    for k in range(6):
        phase, amp, yy = rng.uniform(0, 6.28), rng.uniform(4, 10), y + h * (k + 0.5) / 6
        pts = tuple((x + i * w / 60, yy + amp * math.sin(phase + i / 4.0)) for i in range(61))
        sheet.add(Stroke(pts, width=0.5, gray=gray))


# ---------------------------------------------------------------- dates


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def en_ordinal(d: date) -> str:
    """'5th June 2026'."""
    return f"{ordinal(d.day)} {MONTHS_EN[d.month - 1]} {d.year}"


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def dmy2(d: date, sep: str = "-") -> str:
    """Two-digit year, as visa stickers print: 04-07-26."""
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year % 100:02d}"


def fr_long(d: date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"


def mon3(d: date) -> str:
    """'29 AUG 1997'."""
    return f"{d.day:02d} {MONTHS_EN[d.month - 1][:3].upper()} {d.year}"


MONTHS = {
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"),
}


def own_long(d: date, lang: str) -> str:
    """A date written out in the paper's own language."""
    if lang in ("pt", "es"):
        return f"{d.day} de {MONTHS[lang][d.month - 1]} de {d.year}"
    if lang == "de":
        return f"{d.day}. {MONTHS['de'][d.month - 1]} {d.year}"
    if lang == "it":
        return f"{d.day} {MONTHS['it'][d.month - 1]} {d.year}"
    if lang == "vi":
        return f"ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"
    if lang == "en":
        return en_ordinal(d)
    return fr_long(d)


# ---------------------------------------------------------------- people, countries, associations

LANG = {"BRA": "pt", "COL": "es", "ESP": "es", "VNM": "vi", "DEU": "de", "ITA": "it", "SEN": "fr", "CMR": "fr",
        "MAR": "fr", "NGA": "en", "IND": "en"}

NATIONALITY_EN = {"SEN": "Senegalese", "VNM": "Vietnamese", "BRA": "Brazilian", "MAR": "Moroccan", "IND": "Indian",
                  "CMR": "Cameroonian", "COL": "Colombian", "NGA": "Nigerian", "DEU": "German", "ITA": "Italian",
                  "ESP": "Spanish"}


def lang_of(c: Country) -> str:
    return LANG.get(c.code, "fr" if c.french_speaking else "en")


def nationality_m(c: Country) -> str:
    """The masculine French adjective: 'sénégalais', 'colombien'."""
    f = c.nationality_fr
    return f[:-2] if f.endswith("nne") else f[:-1]


def nationality_for(p: Identity) -> str:
    return p.country.nationality_fr if p.sex == "F" else nationality_m(p.country)


def upper_first(p: Identity) -> str:
    """'GUÈYE Moussa': the surname first, in capitals."""
    return f"{p.surname.upper()} {p.given_names}"


def given_first(p: Identity) -> str:
    return f"{p.given_names} {p.surname}"


def comma_name(p: Identity) -> str:
    """'Guèye, Moussa'."""
    return f"{p.surname}, {p.given_names}"


_SMALL = {"de", "la", "le", "les", "des", "du", "pour", "et", "d'", "l'"}


def acronym(name: str) -> str:
    """'Association Solidarité Entraide Paris' -> 'ASEP', 'Les Jardins de la Fraternité' -> 'JF'."""
    words = [w for w in name.replace("'", "' ").split() if w.lower() not in _SMALL]
    return "".join(w[0].upper() for w in words)


def short_name(name: str) -> str:
    """The name without its legal form or article, as a letterhead shortens it."""
    for head in ("Association ", "Fondation ", "Les "):
        if name.startswith(head):
            return name[len(head):]
    return name


def consulate_fr(c: Country) -> str:
    from synth.documents.common import du

    if c.code in ("IND", "VNM", "NGA"):
        return f"Ambassade {du(c.name_fr)} en France - Section consulaire"
    return f"Consulat général {du(c.name_fr)} à Paris"


def president_title(name: str) -> str:
    first = name.split()[0]
    female = first in ("Claire", "Sophie", "Hélène")
    return "Présidente" if female else "Président"


MISSIONS_EN = {
    "accompagner des personnes âgées isolées à domicile, rompre leur isolement et prévenir leur exclusion":
        "visiting isolated elderly people at home, breaking their isolation and preventing their exclusion",
    "participer à l'aide alimentaire et à l'accueil de jour des personnes sans domicile fixe":
        "taking part in food aid and in the day shelter for homeless people",
    "animer des ateliers de soutien scolaire pour des enfants de familles en situation de précarité":
        "running homework-support workshops for children of families living in hardship",
    "accompagner des personnes en situation de handicap dans leurs activités de loisirs et leur autonomie":
        "supporting people with disabilities in their leisure activities and their autonomy",
    "accueillir et orienter des personnes réfugiées dans leurs démarches d'insertion sociale":
        "welcoming refugees and guiding them through the steps of their social integration",
    "tenir la comptabilité de l'association et mettre à jour son site internet":
        "keeping the association's accounts and updating its website",
    "organiser des tournois sportifs et des sorties culturelles pour les adhérents":
        "organising sports tournaments and cultural outings for the members",
    "entretenir les locaux et le parc informatique du siège":
        "maintaining the premises and the computers of the head office",
}


def mission_en(mission: str) -> str:
    return MISSIONS_EN.get(mission, mission)


# ---------------------------------------------------------------- labels foreign papers print

# field -> language -> caption
CAPTIONS: dict[str, dict[str, str]] = {
    "type": {"fr": "Type", "en": "Type", "pt": "Tipo", "es": "Tipo", "vi": "Loại", "de": "Typ", "it": "Tipo"},
    "code": {"fr": "Code du pays", "en": "Country code", "pt": "Código do país", "es": "Código de país",
             "vi": "Mã quốc gia", "de": "Kode des ausstellenden Staates", "it": "Codice Paese"},
    "number": {"fr": "N° du passeport", "en": "Passport No.", "pt": "Passaporte nº", "es": "Pasaporte N.º",
               "vi": "Số hộ chiếu", "de": "Pass-Nr.", "it": "Passaporto N."},
    "surname": {"fr": "Nom", "en": "Surname", "pt": "Sobrenome", "es": "Apellidos", "vi": "Họ", "de": "Name",
                "it": "Cognome"},
    "given": {"fr": "Prénoms", "en": "Given names", "pt": "Nome", "es": "Nombres", "vi": "Chữ đệm và tên",
              "de": "Vornamen", "it": "Nome"},
    "nationality": {"fr": "Nationalité", "en": "Nationality", "pt": "Nacionalidade", "es": "Nacionalidad",
                    "vi": "Quốc tịch", "de": "Staatsangehörigkeit", "it": "Cittadinanza"},
    "birth": {"fr": "Date de naissance", "en": "Date of birth", "pt": "Data de nascimento",
              "es": "Fecha de nacimiento", "vi": "Ngày sinh", "de": "Geburtstag", "it": "Data di nascita"},
    "sex": {"fr": "Sexe", "en": "Sex", "pt": "Sexo", "es": "Sexo", "vi": "Giới tính", "de": "Geschlecht",
            "it": "Sesso"},
    "place": {"fr": "Lieu de naissance", "en": "Place of birth", "pt": "Local de nascimento",
              "es": "Lugar de nacimiento", "vi": "Nơi sinh", "de": "Geburtsort", "it": "Luogo di nascita"},
    "issue": {"fr": "Date de délivrance", "en": "Date of issue", "pt": "Data de expedição",
              "es": "Fecha de expedición", "vi": "Ngày cấp", "de": "Ausstellungsdatum", "it": "Data di rilascio"},
    "expiry": {"fr": "Date d'expiration", "en": "Date of expiry", "pt": "Válido até", "es": "Fecha de vencimiento",
               "vi": "Có giá trị đến", "de": "Gültig bis", "it": "Data di scadenza"},
    "authority": {"fr": "Autorité", "en": "Authority", "pt": "Autoridade", "es": "Autoridad",
                  "vi": "Cơ quan cấp", "de": "Behörde", "it": "Autorità"},
}


def caption(key: str, c: Country, *, with_fr: bool = True, with_en: bool = True) -> str:
    """'Sobrenome / Surname / Nom': the country's own caption, then English and French where it is neither."""
    own = lang_of(c)
    parts = [CAPTIONS[key][own]]
    if with_en and own != "en":
        parts.append(CAPTIONS[key]["en"])
    if with_fr and own != "fr":
        parts.append(CAPTIONS[key]["fr"])
    return " / ".join(parts)


def text_items(sheet: Sheet) -> list[Text]:
    return [it for it in sheet.items if isinstance(it, Text)]


STATE_OWN = {"SEN": "RÉPUBLIQUE DU SÉNÉGAL", "CMR": "RÉPUBLIQUE DU CAMEROUN - REPUBLIC OF CAMEROON",
             "MAR": "ROYAUME DU MAROC", "VNM": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "BRA": "REPÚBLICA FEDERATIVA DO BRASIL", "COL": "REPÚBLICA DE COLOMBIA",
             "NGA": "FEDERAL REPUBLIC OF NIGERIA", "IND": "REPUBLIC OF INDIA", "DEU": "BUNDESREPUBLIK DEUTSCHLAND",
             "ITA": "REPUBBLICA ITALIANA", "ESP": "REINO DE ESPAÑA"}

PASSPORT_WORD = {"fr": "PASSEPORT", "en": "PASSPORT", "pt": "PASSAPORTE", "es": "PASAPORTE", "vi": "HỘ CHIẾU",
                 "de": "REISEPASS", "it": "PASSAPORTO"}


def state_own(c: Country) -> str:
    return STATE_OWN.get(c.code, c.name_en.upper())
