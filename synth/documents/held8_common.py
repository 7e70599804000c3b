"""Drawing and wording helpers of the eighth held-out batch (modules `held8_*.py`).

Written by a hand that never read the reader: the families model papers as people upload them (registries,
consulates, associations, prefectures), with the ways those write dates, names and the association's name.
"""

from __future__ import annotations

import math
import random
from datetime import date

from synth.context import DocContext
from synth.documents.common import squiggle
from synth.formats import MONTHS_EN, MONTHS_FR, MONTHS_FR_ABBR, fr_date_words
from synth.identity import Country, Identity
from synth.layout import A4, Box, Sheet, Stroke, Text, text_width, wrap

INK_BLUE = (0.12, 0.18, 0.55)
INK_BLACK = (0.08, 0.08, 0.12)
STAMP_VIOLET = (0.42, 0.22, 0.58)
STAMP_BLUE = (0.2, 0.32, 0.7)
STAMP_RED = (0.7, 0.18, 0.2)

FR_ABBR = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.")
WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# the language a country's own registry and passport captions use (besides English or French)
OWN_LANGUAGE = {"BRA": "pt", "COL": "es", "ESP": "es", "VNM": "vi", "DEU": "de", "ITA": "it", "IND": "en",
                "NGA": "en", "SEN": "fr", "CMR": "fr", "MAR": "fr"}
LANGUAGE_NAME_FR = {"pt": "portugais", "es": "espagnol", "vi": "vietnamien", "de": "allemand", "it": "italien",
                    "en": "anglais", "fr": "français"}

def from_language(lang: str) -> str:
    """'de l'espagnol', 'du portugais'."""
    name = LANGUAGE_NAME_FR[lang]
    return f"de l'{name}" if name[0] in "aeiou" else f"du {name}"


STATES = {
    "SEN": ("RÉPUBLIQUE DU SÉNÉGAL", "Un Peuple - Un But - Une Foi"),
    "CMR": ("RÉPUBLIQUE DU CAMEROUN", "Paix - Travail - Patrie"),
    "MAR": ("ROYAUME DU MAROC", "Dieu - La Patrie - Le Roi"),
    "VNM": ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
    "BRA": ("REPÚBLICA FEDERATIVA DO BRASIL", "Ordem e Progresso"),
    "IND": ("REPUBLIC OF INDIA", "Satyameva Jayate"),
    "COL": ("REPÚBLICA DE COLOMBIA", "Libertad y Orden"),
    "NGA": ("FEDERAL REPUBLIC OF NIGERIA", "Unity and Faith, Peace and Progress"),
    "DEU": ("BUNDESREPUBLIK DEUTSCHLAND", "Einigkeit und Recht und Freiheit"),
    "ITA": ("REPUBBLICA ITALIANA", ""),
    "ESP": ("REINO DE ESPAÑA", "Plus Ultra"),
}

# second given names some registries record and other papers leave out
MIDDLE_NAMES = {
    "SEN": ("Ibrahima", "Khady", "Aliou"), "CMR": ("Bertrand", "Solange", "Aimé"), "MAR": ("Mohammed", "Fatima Zahra"),
    "VNM": ("Minh", "Thanh"), "BRA": ("Henrique", "Cristina"), "IND": ("Raj", "Devi"), "COL": ("Alejandro", "Isabel"),
    "NGA": ("Chukwuemeka", "Blessing"), "DEU": ("Maximilian", "Marie"), "ITA": ("Maria", "Alessandro"),
    "ESP": ("Javier", "Pilar"),
}

# how a passport or card prints its holder's nationality
NATIONALITY_PRINTED = {"SEN": "SÉNÉGALAISE", "CMR": "CAMEROUNAISE", "MAR": "MAROCAINE", "VNM": "VIỆT NAM/VIETNAMESE",
                       "BRA": "BRASILEIRO(A)", "IND": "INDIAN", "COL": "COLOMBIANA", "NGA": "NIGERIAN",
                       "DEU": "DEUTSCH", "ITA": "ITALIANA", "ESP": "ESPAÑOLA"}

STOP = {"de", "la", "le", "les", "des", "du", "pour", "et", "l'", "d'", "à", "au", "aux", "en"}


# ---------------------------------------------------------------- dates

def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fr_long(d: date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"


def fr_short(d: date) -> str:
    """'22 juil. 2024', '3 mars 2026': the abbreviations French offices print."""
    return f"{d.day} {FR_ABBR[d.month - 1]} {d.year}"


def fr_weekday(d: date) -> str:
    return f"{WEEKDAYS_FR[d.weekday()]} {fr_long(d)}"


def en_long(d: date) -> str:
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def en_ordinal(d: date) -> str:
    """'22nd July 2024'."""
    return f"{ordinal(d.day)} {MONTHS_EN[d.month - 1]} {d.year}"


def en_day_of(d: date) -> str:
    """'this 22nd day of July, 2024' (without 'this')."""
    return f"{ordinal(d.day)} day of {MONTHS_EN[d.month - 1]}, {d.year}"


def en_abbr(d: date) -> str:
    return f"{d.day:02d} {MONTHS_EN[d.month - 1][:3].upper()} {d.year}"


def en_fr_abbr(d: date) -> str:
    """'29 AUG/AOÛT 97', as bilingual booklets print."""
    return f"{d.day:02d} {MONTHS_EN[d.month - 1][:3].upper()}/{MONTHS_FR_ABBR[d.month - 1]} {d.year % 100:02d}"


def words_fr(d: date) -> str:
    return fr_date_words(d)


def numeric(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


# ---------------------------------------------------------------- names

def upper_name(s: str) -> str:
    return s.upper()


def name_surname_first(p: Identity) -> str:
    """'GUÈYE Moussa', as French forms and lists write a person."""
    return f"{p.surname.upper()} {p.given_names}"


def name_given_first(p: Identity, caps_surname: bool = True) -> str:
    return f"{p.given_names} {p.surname.upper() if caps_surname else p.surname}"


def name_comma(p: Identity) -> str:
    """'GUÈYE, Moussa'."""
    return f"{p.surname.upper()}, {p.given_names}"


def title_fr(p: Identity) -> str:
    return "Madame" if p.sex == "F" else "Monsieur"


def sex_word(p: Identity, lang: str) -> str:
    if lang == "fr":
        return "féminin" if p.sex == "F" else "masculin"
    return "female" if p.sex == "F" else "male"


def e(p: Identity) -> str:
    """The feminine ending of a French participle or adjective."""
    return "e" if p.sex == "F" else ""


def parents(p: Identity, rng: random.Random) -> tuple[str, str]:
    """A father and a mother, named as the person's country names people."""
    c = p.country
    father = f"{rng.choice([g for g in c.male if g != p.given_names])} {p.surname}"
    mother = rng.choice([g for g in c.female if g != p.given_names])
    mother_surname = rng.choice([s for s in c.surnames if s != p.surname] or list(c.surnames))
    return father, f"{mother} {mother_surname}"


def middle_name(p: Identity, rng: random.Random) -> str:
    return rng.choice(MIDDLE_NAMES.get(p.nationality, ("Marie",)))


# ---------------------------------------------------------------- the association

def acronym(name: str) -> str:
    """'Association Solidarité Entraide Paris' -> 'ASEP'; 'Les Jardins de la Fraternité' -> 'JF'."""
    words = [w for w in name.replace("'", "' ").split() if w.lower() not in STOP]
    return "".join(w[0].upper() for w in words if w[0].isalpha())


def org_word(name: str) -> str:
    """'la fondation' or 'l'association', as a sentence calls the body."""
    return "la fondation" if name.startswith("Fondation") else "l'association"


def association_in_sentence(name: str, rng: random.Random) -> str:
    """The association as a sentence names it: in quotes, with 'dite', or followed by its acronym."""
    style = rng.randrange(4)
    if style == 0:
        return f"{org_word(name)} « {name} »"
    if style == 1:
        return f"{org_word(name)} dite « {name} »"
    if style == 2:
        return f"{name} ({acronym(name)})"
    return f"l'organisme {name}"


def president_title(president: str, lang: str = "fr") -> str:
    """'Présidente' or 'Président' (the context's presidents: Claire, Sophie and Hélène are women)."""
    woman = president.split()[0] in ("Claire", "Sophie", "Hélène")
    if lang == "en":
        return "President"
    return "Présidente" if woman else "Président"


def legal_form(name: str) -> str:
    return "fondation reconnue d'utilité publique" if name.startswith("Fondation") else \
        "association régie par la loi du 1er juillet 1901, reconnue d'utilité publique"


def siret(rng: random.Random) -> str:
    return f"{rng.randint(300, 899)} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(10000, 99999)}"


def short_authority(ctx: DocContext) -> str:
    """The approving authority as a decision names itself: 'Préfet de la région ...' or 'Agence du Service Civique'."""
    return ctx.approval_authority.split(",")[0].strip()


def consulate_fr(c: Country) -> str:
    return f"Consulat général {du_country(c)} à Paris"


def du_country(c: Country) -> str:
    """'du Sénégal', "de l'Inde", 'de Colombie', "d'Italie"."""
    special = {"Inde": "de l'Inde", "Colombie": "de Colombie", "Allemagne": "d'Allemagne", "Italie": "d'Italie",
               "Espagne": "d'Espagne"}
    return special.get(c.name_fr, f"du {c.name_fr}")


# ---------------------------------------------------------------- drawing

def sign(sheet: Sheet, x: float, y: float, rng: random.Random, scale: float = 1.0,
         rgb: tuple[float, float, float] = INK_BLUE) -> None:
    """A handwritten signature whose stroke starts at (x, y)."""
    pts = tuple((x + px * scale, y + py * scale) for px, py in squiggle(rng))
    sheet.add(Stroke(pts, width=1.3, rgb=rgb))
    # the usual loop back under the name
    sheet.add(Stroke(((pts[0][0] + 6, pts[0][1] + 10), (pts[-1][0] - 4, pts[-1][1] + 13 * scale)), width=1.0,
                     rgb=rgb))


def circle(cx: float, cy: float, r: float, n: int = 48) -> tuple[tuple[float, float], ...]:
    return tuple((cx + r * math.cos(2 * math.pi * i / n), cy + r * math.sin(2 * math.pi * i / n))
                 for i in range(n + 1))


def round_stamp(sheet: Sheet, cx: float, cy: float, r: float, ring: str, centre: list[str],
                rgb: tuple[float, float, float] = STAMP_VIOLET) -> None:
    """An office's round stamp: two rings drawn in ink, its name in small capitals, a centre line or two."""
    sheet.add(Stroke(circle(cx, cy, r), width=1.4, rgb=rgb))
    sheet.add(Stroke(circle(cx, cy, r * 0.72), width=0.8, rgb=rgb))
    words = ring.split()
    top, bottom = " ".join(words[: (len(words) + 1) // 2]), " ".join(words[(len(words) + 1) // 2:])
    size = max(4.5, min(6.5, r * 0.16))
    sheet.add(Text(cx, cy - r * 0.78, top, size, bold=True, align="center", gray=0.35))
    sheet.add(Text(cx, cy + r * 0.9, bottom, size, bold=True, align="center", gray=0.35))
    for i, line in enumerate(centre):
        sheet.add(Text(cx, cy - 2 + (i - (len(centre) - 1) / 2) * (size + 2.5) + size / 2, line, size, bold=True,
                       align="center", gray=0.35))


def box_stamp(sheet: Sheet, x: float, y: float, lines: list[str], size: float = 7.5,
              rgb: tuple[float, float, float] = STAMP_BLUE) -> float:
    """A rectangular rubber stamp (lines of capitals in a double frame); returns its height."""
    w = max(text_width(s, "sans", size, True) for s in lines) + 14
    h = len(lines) * (size + 3) + 10
    frame = ((x, y), (x + w, y), (x + w, y + h), (x, y + h), (x, y))
    sheet.add(Stroke(frame, width=1.3, rgb=rgb))
    inner = ((x + 3, y + 3), (x + w - 3, y + 3), (x + w - 3, y + h - 3), (x + 3, y + h - 3), (x + 3, y + 3))
    sheet.add(Stroke(inner, width=0.6, rgb=rgb))
    for i, s in enumerate(lines):
        sheet.add(Text(x + w / 2, y + 7 + (i + 1) * (size + 3) - 2, s, size, bold=True, align="center", gray=0.3))
    return h


def hline(sheet: Sheet, x0: float, x1: float, y: float, gray: float = 0.0, width: float = 0.6) -> None:
    sheet.add(Box(x0, y, x1 - x0, width, fill=gray, stroke=None))


def vline(sheet: Sheet, x: float, y0: float, y1: float, gray: float = 0.0, width: float = 0.6) -> None:
    sheet.add(Box(x, y0, width, y1 - y0, fill=gray, stroke=None))


def grid_table(sheet: Sheet, x: float, y: float, widths: list[float], rows: list[list[str]], *,
               size: float = 9, head: bool = True, pad: float = 4, family: str = "sans",
               shade: float = 0.88) -> float:
    """A table with ruled cells, each cell's text wrapped to its width; returns the table's bottom."""
    top = y
    for r, row in enumerate(rows):
        cells = [wrap(txt, w - 2 * pad, family, size, head and r == 0) or [""]
                 for txt, w in zip(row, widths, strict=True)]
        h = max(len(c) for c in cells) * size * 1.3 + 2 * pad
        if head and r == 0:
            sheet.add(Box(x, y, sum(widths), h, fill=shade, stroke=None))
        cx = x
        for lines, w in zip(cells, widths, strict=True):
            for i, line in enumerate(lines):
                sheet.add(Text(cx + pad, y + pad + size + i * size * 1.3, line, size, family=family,
                               bold=head and r == 0))
            cx += w
        y += h
        hline(sheet, x, x + sum(widths), y)
    hline(sheet, x, x + sum(widths), top)
    cx = x
    for w in [0.0, *widths]:
        cx += w
        vline(sheet, cx, top, y)
    return y


def labelled_box(sheet: Sheet, x: float, y: float, w: float, h: float, label: str, value: str, *,
                 size: float = 10.5, family: str = "sans", label_size: float = 6.8, bold: bool = False) -> None:
    """A form's field: a small caption in the box's top-left corner, the value written in it."""
    sheet.add(Box(x, y, w, h, fill=None, stroke=0.25, line=0.7))
    sheet.add(Text(x + 3, y + label_size + 2, label, label_size, gray=0.3))
    for i, line in enumerate(wrap(value, w - 8, family, size, bold)[:3]):
        sheet.add(Text(x + 5, y + label_size + 4 + size * (i + 1) * 1.15, line, size, family=family, bold=bold))


def para(sheet: Sheet, x: float, y: float, width: float, text: str, *, size: float = 10.5, family: str = "serif",
         bold: bool = False, lead: float = 1.4, wobble: random.Random | None = None, align: str = "left") -> float:
    """A wrapped paragraph at (x, y) (its first baseline); returns the baseline after its last line."""
    for line in wrap(text, width, family, size, bold):
        dx = dy = 0.0
        if wobble is not None:
            dx, dy = wobble.uniform(-3, 3), wobble.uniform(-1.5, 1.5)
        ax = x + (width if align == "right" else width / 2 if align == "center" else 0)
        sheet.add(Text(ax + dx, y + dy, line, size, family=family, bold=bold, align=align))
        y += size * lead
    return y


def zone_lines(sheet: Sheet, x: float, y: float, lines: tuple[str, ...], size: float = 10.5,
               band: float | None = None, width: float = 0.0) -> float:
    """A machine-readable zone in OCR-B's stead (a monospaced font), optionally on a white band."""
    if band is not None:
        sheet.add(Box(x - 6, y - size - 4, width or text_width(lines[0], "mono", size) + 12,
                      len(lines) * size * 1.45 + 8, fill=band, stroke=None))
    for i, line in enumerate(lines):
        sheet.add(Text(x, y + i * size * 1.45, line, size, family="mono"))
    return y + len(lines) * size * 1.45


def guilloche(sheet: Sheet, x: float, y: float, w: float, h: float, rng: random.Random,
              rgb: tuple[float, float, float] = (0.8, 0.86, 0.9), n: int = 6) -> None:
    """Faint security waves across a printed background."""
    for k in range(n):
        phase = rng.uniform(0, 6.3)
        amp = rng.uniform(4, 9)
        y0 = y + h * (k + 0.5) / n
        pts = tuple((x + t * w / 60, y0 + amp * math.sin(phase + t / 4.5)) for t in range(61))
        sheet.add(Stroke(pts, width=0.5, rgb=rgb))


def squared_paper(sheet: Sheet, step: float = 14.2, margin_x: float = 70) -> None:
    """A sheet torn from a squared exercise book: faint blue-grey squares, a red margin line."""
    y = 30.0
    while y < sheet.height - 20:
        sheet.add(Box(0, y, sheet.width, 0.35, fill=None, stroke=None, rgb=(0.74, 0.82, 0.93)))
        y += step
    x = 10.0
    while x < sheet.width:
        sheet.add(Box(x, 0, 0.35, sheet.height, fill=None, stroke=None, rgb=(0.8, 0.86, 0.95)))
        x += step
    sheet.add(Box(margin_x, 0, 0.9, sheet.height, fill=None, stroke=None, rgb=(0.85, 0.45, 0.45)))


def handwriting(sheet: Sheet, x: float, y: float, width: float, text: str, rng: random.Random, *,
                size: float = 12.5, lead: float = 28.4) -> float:
    """Lines written by hand (an italic serif with a wandering baseline); returns the next baseline."""
    return para(sheet, x, y, width, text, size=size, family="hand", lead=lead / size, wobble=rng)


def page_number(sheet: Sheet, n: int, total: int, lang: str = "fr") -> None:
    label = f"Page {n}/{total}" if lang == "fr" else f"Page {n} of {total}"
    sheet.add(Text(A4[0] / 2, A4[1] - 28, label, 8, align="center", gray=0.4))
