"""Shared pieces of the seventh held-out batch: date spellings, captions, stamps, zones and signatures."""

from __future__ import annotations

import math
import random
from datetime import date

from synth.documents.common import squiggle
from synth.formats import MONTHS_EN, MONTHS_FR, MONTHS_FR_ABBR, fmt_date, fr_date_words
from synth.identity import Identity
from synth.layout import Box, Sheet, Stroke, Text, text_width, wrap

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

INK = (0.12, 0.16, 0.5)
STAMP_BLUE = (0.22, 0.3, 0.72)
STAMP_VIOLET = (0.45, 0.2, 0.55)
STAMP_RED = (0.7, 0.15, 0.15)


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ds(d: date, style: str) -> str:
    """A date in one of the spellings people and offices use."""
    yy = f"{d.year % 100:02d}"
    en = MONTHS_EN[d.month - 1]
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    if style == "space":
        return d.strftime("%d %m %Y")
    if style == "iso":
        return d.isoformat()
    if style == "fr":
        return fmt_date(d, "fr_long")
    if style == "FR":
        return fmt_date(d, "fr_long").upper()
    if style == "en":
        return f"{en} {d.day}, {d.year}"
    if style == "en_dm":
        return f"{d.day} {en} {d.year}"
    if style == "abbr":
        return f"{d.day:02d} {en[:3].upper()} {d.year}"
    if style == "words":
        return fr_date_words(d)
    if style == "ord":
        return f"{ordinal(d.day)} {en} {d.year}"
    if style == "ord_of":
        return f"{ordinal(d.day)} day of {en} {d.year}"
    if style == "ord_us":
        return f"{en} {ordinal(d.day)}, {d.year}"
    if style == "roman":
        return f"{d.day:02d}.{_ROMAN[d.month - 1]}.{d.year}"
    if style == "yy_slash":
        return f"{d.day:02d}/{d.month:02d}/{yy}"
    if style == "yy_dash":
        return f"{d.day:02d}-{d.month:02d}-{yy}"
    if style == "bi_yy":
        return f"{d.day:02d} {en[:3].upper()}/{MONTHS_FR_ABBR[d.month - 1]} {yy}"
    if style == "fr_abbr":
        return f"{d.day:02d} {MONTHS_FR_ABBR[d.month - 1]} {d.year}"
    if style == "fr_month":
        return f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    raise ValueError(style)


# ---------------------------------------------------------------- languages of the issuing countries

LANG = {"BRA": "pt", "COL": "es", "ESP": "es", "VNM": "vi", "DEU": "de", "ITA": "it", "SEN": "fr", "MAR": "fr",
        "CMR": "fr", "IND": "en", "NGA": "en"}

STATE = {
    "BRA": "REPÚBLICA FEDERATIVA DO BRASIL", "COL": "REPÚBLICA DE COLOMBIA", "ESP": "REINO DE ESPAÑA",
    "VNM": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "DEU": "BUNDESREPUBLIK DEUTSCHLAND", "ITA": "REPUBBLICA ITALIANA",
    "SEN": "RÉPUBLIQUE DU SÉNÉGAL", "MAR": "ROYAUME DU MAROC", "CMR": "RÉPUBLIQUE DU CAMEROUN",
    "IND": "REPUBLIC OF INDIA", "NGA": "FEDERAL REPUBLIC OF NIGERIA",
}

# caption words: surname, given names, nationality, birth date, sex, birth place, issue, expiry, authority, number
CAPTIONS = {
    "fr": ("Nom", "Prénoms", "Nationalité", "Date de naissance", "Sexe", "Lieu de naissance", "Date de délivrance",
           "Date d'expiration", "Autorité", "N°"),
    "en": ("Surname", "Given names", "Nationality", "Date of birth", "Sex", "Place of birth", "Date of issue",
           "Date of expiry", "Authority", "No."),
    "es": ("Apellidos", "Nombres", "Nacionalidad", "Fecha de nacimiento", "Sexo", "Lugar de nacimiento",
           "Fecha de expedición", "Fecha de vencimiento", "Autoridad", "N°"),
    "pt": ("Sobrenome", "Nome", "Nacionalidade", "Data de nascimento", "Sexo", "Local de nascimento",
           "Data de expedição", "Válido até", "Autoridade", "N°"),
    "vi": ("Họ", "Chữ đệm và tên", "Quốc tịch", "Ngày sinh", "Giới tính", "Nơi sinh", "Ngày cấp",
           "Có giá trị đến", "Cơ quan cấp", "Số"),
    "de": ("Name", "Vornamen", "Staatsangehörigkeit", "Geburtstag", "Geschlecht", "Geburtsort",
           "Ausstellungsdatum", "Gültig bis", "Behörde", "Nr."),
    "it": ("Cognome", "Nome", "Cittadinanza", "Data di nascita", "Sesso", "Luogo di nascita", "Data di rilascio",
           "Data di scadenza", "Autorità", "N."),
}


def captions(code: str, second: str = "en") -> tuple[str, ...]:
    """Captions in the country's language with a translation ('Apellidos / Surname'), or one language."""
    own = LANG.get(code, "en")
    if own == second:
        other = "fr" if second == "en" else "en"
        return tuple(f"{a} / {b}" for a, b in zip(CAPTIONS[own], CAPTIONS[other], strict=True))
    return tuple(f"{a} / {b}" for a, b in zip(CAPTIONS[own], CAPTIONS[second], strict=True))


def sex_word(p: Identity, lang: str) -> str:
    words = {"fr": ("féminin", "masculin"), "en": ("female", "male"), "es": ("femenino", "masculino"),
             "pt": ("feminino", "masculino"), "vi": ("nữ", "nam"), "de": ("weiblich", "männlich"),
             "it": ("femminile", "maschile")}[lang]
    return words[0] if p.sex == "F" else words[1]


# ---------------------------------------------------------------- drawing helpers


def fit(sh: Sheet, x: float, y: float, s: str, size: float, maxw: float, **kw: object) -> None:
    """Text shrunk until it fits `maxw`."""
    family = str(kw.get("family", "sans"))
    bold = bool(kw.get("bold", False))
    while size > 5.5 and text_width(s, family, size, bold) > maxw:
        size -= 0.5
    sh.add(Text(x, y, s, size, **kw))  # type: ignore[arg-type]


def cap(sh: Sheet, x: float, y: float, caption: str, value: str, *, csize: float = 7.5, vsize: float = 12,
        maxw: float = 400, family: str = "sans", gray: float = 0.35) -> None:
    """A small caption with its value under it."""
    fit(sh, x, y, caption, csize, maxw, gray=gray)
    fit(sh, x, y + vsize + 3, value, vsize, maxw, bold=True, family=family)


def hline(sh: Sheet, x: float, y: float, w: float, gray: float = 0.45, t: float = 0.6) -> None:
    sh.add(Box(x, y, w, t, fill=gray, stroke=None))


def vline(sh: Sheet, x: float, y: float, h: float, gray: float = 0.45, t: float = 0.6) -> None:
    sh.add(Box(x, y, t, h, fill=gray, stroke=None))


def sign(sh: Sheet, x: float, y: float, rng: random.Random, scale: float = 1.0,
         rgb: tuple[float, float, float] = INK) -> None:
    """A pen signature starting at (x, y)."""
    sh.add(Stroke(tuple((x + px * scale, y + py * scale) for px, py in squiggle(rng)), width=1.3, rgb=rgb))


def ring(sh: Sheet, cx: float, cy: float, r: float, lines: list[str], *,
         rgb: tuple[float, float, float] = STAMP_BLUE, size: float = 6.5) -> None:
    """A round rubber stamp: two inked circles with words across the middle."""
    for rr in (r, r - 5):
        pts = tuple((cx + rr * math.cos(a / 36 * 2 * math.pi), cy + rr * math.sin(a / 36 * 2 * math.pi))
                    for a in range(37))
        sh.add(Stroke(pts, width=1.1, rgb=rgb))
    top = cy - (len(lines) - 1) * size * 0.6
    for i, line in enumerate(lines):
        fit(sh, cx, top + i * size * 1.2 + size * 0.35, line, size, 2 * (r - 8), align="center", bold=True,
            gray=0.35)


def box_stamp(sh: Sheet, x: float, y: float, w: float, lines: list[str], *,
              rgb: tuple[float, float, float] = STAMP_VIOLET, size: float = 7.5) -> float:
    """A rectangular rubber stamp, inked frame and text; returns its height."""
    h = len(lines) * size * 1.35 + 8
    pts = ((x, y), (x + w, y + 1), (x + w - 1, y + h), (x + 1, y + h - 1), (x, y))
    sh.add(Stroke(pts, width=1.4, rgb=rgb))
    for i, line in enumerate(lines):
        fit(sh, x + w / 2, y + 4 + (i + 1) * size * 1.3, line, size, w - 8, align="center", bold=i == 0, gray=0.3)
    return h


def zone(sh: Sheet, lines: tuple[str, ...], y: float, *, cx: float | None = None, size: float = 15,
         space: float = 1.2) -> None:
    """A machine-readable zone in bold OCR-like mono type."""
    x = sh.width / 2 if cx is None else cx
    for i, line in enumerate(lines):
        sh.add(Text(x, y + i * size * 1.45, line, size, family="mono", bold=True, align="center", char_space=space))


def para(sh: Sheet, x: float, y: float, text: str, width: float, size: float = 10.5, family: str = "serif",
         lead: float = 1.4, **kw: object) -> float:
    """A wrapped paragraph on a fixed sheet; returns the baseline after its last line."""
    bold = bool(kw.get("bold", False))
    for line in wrap(text, width, family, size, bold):
        y += size * lead
        sh.add(Text(x, y, line, size, family=family, **kw))  # type: ignore[arg-type]
    return y


def guilloche(sh: Sheet, rng: random.Random, x: float, y: float, w: float, h: float,
              rgb: tuple[float, float, float] = (0.8, 0.86, 0.9), n: int = 5) -> None:
    """Faint wavy security lines across a card or page."""
    for k in range(n):
        amp, phase, base = rng.uniform(6, 16), rng.uniform(0, 6), y + h * (k + 0.5) / n
        pts = tuple((x + i * w / 60, base + amp * math.sin(i / 60 * 4 * math.pi + phase)) for i in range(61))
        sh.add(Stroke(pts, width=0.6, rgb=rgb))


def page_marks(sheets: list[Sheet], fmt: str, *, y_from_bottom: float = 26, x: float | None = None,
               align: str = "center", size: float = 8.5) -> None:
    n = len(sheets)
    for i, sh in enumerate(sheets, 1):
        sh.add(Text(sh.width / 2 if x is None else x, sh.height - y_from_bottom, fmt.format(i=i, n=n), size,
                    align=align, gray=0.35))


def checkbox(sh: Sheet, x: float, y: float, checked: bool, size: float = 9) -> None:
    sh.add(Box(x, y - size + 1, size, size, stroke=0.2, line=0.8))
    if checked:
        sh.add(Text(x + size / 2, y - 0.5, "X", size, bold=True, align="center"))


def who(p: Identity) -> str:
    """'GIVEN Names SURNAME' as typed in letters."""
    return f"{p.given_names} {p.surname.upper()}"
