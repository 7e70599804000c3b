"""Drawing helpers shared by the sixth held-out batch (modules `held6_*.py`): stamps, ink, grids and words."""

from __future__ import annotations

import io
import math
import random
import unicodedata
from datetime import date

from PIL import Image, ImageDraw

from synth.formats import MONTHS_EN, MONTHS_FR
from synth.identity import Identity
from synth.layout import Box, Picture, Sheet, Stroke, Text, text_width

INK_BLUE = (0.12, 0.18, 0.5)
INK_BLACK = (0.08, 0.08, 0.12)
STAMP_VIOLET = (0.42, 0.2, 0.55)
STAMP_BLUE = (0.2, 0.3, 0.62)

# the language a country's own papers are printed in (beside French or English)
HOME_LANGUAGE = {"SEN": "fr", "CMR": "fr", "MAR": "fr", "VNM": "vi", "BRA": "pt", "COL": "es", "IND": "en",
                 "NGA": "en", "DEU": "de", "ITA": "it", "ESP": "es"}

MONTHS = {
    "fr": MONTHS_FR,
    "en": MONTHS_EN,
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"),
    "vi": tuple(f"tháng {n}" for n in range(1, 13)),
}


def caps(s: str) -> str:
    """Upper case without accents, as registers typed on old machines write names."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", s.upper()) if not unicodedata.combining(ch))


def acronym(name: str) -> str:
    """The initials an association signs with: 'Fondation Horizons Partagés' -> 'FHP'."""
    small = {"de", "des", "du", "la", "le", "les", "et", "pour", "d'", "l'", "à", "aux"}
    return "".join(w[0].upper() for w in name.replace("'", " ").split() if w.lower() not in small and len(w) > 1)


def legal_form(name: str) -> str:
    if name.startswith("Fondation"):
        return "fondation reconnue d'utilité publique"
    return "association régie par la loi du 1er juillet 1901, reconnue d'utilité publique"


def authority_head(approval_authority: str) -> str:
    """The body that approved the association, without its delegation or second title."""
    return approval_authority.split(",")[0].strip()


def home_date(d: date, lang: str) -> str:
    """A date in words in the language of a country's own papers."""
    m = MONTHS.get(lang, MONTHS_EN)[d.month - 1]
    if lang == "en":
        return f"{d.day} {m} {d.year}"
    if lang == "de":
        return f"{d.day}. {m} {d.year}"
    if lang == "vi":
        return f"ngày {d.day} {m} năm {d.year}"
    return f"{d.day} de {m} de {d.year}" if lang in ("es", "pt") else f"{d.day} {m} {d.year}"


def fullname(p: Identity) -> str:
    return f"{p.given_names} {p.surname}"


def fit(text: str, width: float, size: float, family: str = "sans", bold: bool = False) -> float:
    """The largest size up to `size` at which `text` fits in `width`."""
    while size > 4.5 and text_width(text, family, size, bold) > width:
        size -= 0.25
    return size


def put(sheet: Sheet, x: float, y: float, s: str, size: float, width: float | None = None, **kw: object) -> None:
    """A line of text, shrunk to `width` when it would run over it."""
    if width is not None:
        size = fit(s, width, size, str(kw.get("family", "sans")), bool(kw.get("bold", False)))
    sheet.add(Text(x, y, s, size, **kw))  # type: ignore[arg-type]


def scribble(sheet: Sheet, x: float, y: float, rng: random.Random, width: float = 90,
             rgb: tuple[float, float, float] = INK_BLUE) -> None:
    """A pen signature: a looping stroke and an underline, from (x, y) (its middle height)."""
    pts = []
    n = rng.randint(9, 14)
    for i in range(n):
        px = x + width * i / (n - 1) + rng.uniform(-4, 4)
        py = y + rng.uniform(-13, 13) * (1 if i % 2 else -0.6)
        pts.append((px, py))
    sheet.add(Stroke(tuple(pts), width=rng.uniform(1.0, 1.6), rgb=rgb))
    if rng.random() < 0.7:
        y2 = y + rng.uniform(10, 16)
        sheet.add(Stroke(((x + width * 0.1, y2), (x + width * 0.6, y2 + rng.uniform(-2, 2)),
                          (x + width * 1.05, y2 - rng.uniform(2, 6))), width=1.0, rgb=rgb))


def ink_picture(x: float, y: float, w: float, h: float, rng: random.Random) -> Picture:
    """A scanned signature pasted into a typed document (transparent background, handwriting)."""
    px, py = int(w * 3), int(h * 3)
    img = Image.new("RGBA", (px, py), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    pts = []
    n = rng.randint(10, 16)
    for i in range(n):
        pts.append((px * 0.05 + px * 0.9 * i / (n - 1) + rng.uniform(-6, 6),
                    py * 0.5 + py * 0.35 * math.sin(i * rng.uniform(1.2, 2.2)) + rng.uniform(-5, 5)))
    d.line(pts, fill=(20, 30, 110, 255), width=4, joint="curve")
    d.line([(px * 0.1, py * 0.85), (px * 0.8, py * 0.8)], fill=(20, 30, 110, 255), width=3)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return Picture(x, y, w, h, buf.getvalue(), ink=True)


def circle(cx: float, cy: float, r: float, n: int = 48) -> tuple[tuple[float, float], ...]:
    return tuple((cx + r * math.cos(2 * math.pi * i / n), cy + r * math.sin(2 * math.pi * i / n))
                 for i in range(n + 1))


def round_stamp(sheet: Sheet, cx: float, cy: float, r: float, ring: str, middle: list[str],
                rgb: tuple[float, float, float] = STAMP_VIOLET) -> None:
    """A rubber stamp: two rings, a caption along the top and a few words in the middle (no ellipse: ellipses
    are the photo's)."""
    sheet.add(Stroke(circle(cx, cy, r), width=1.6, rgb=rgb))
    sheet.add(Stroke(circle(cx, cy, r * 0.72), width=0.8, rgb=rgb))
    sheet.add(Text(cx, cy - r * 0.78, ring, fit(ring, r * 1.7, 6.5), align="center", gray=0.4))
    for i, line in enumerate(middle):
        sheet.add(Text(cx, cy - 2 + i * 8 - (len(middle) - 1) * 4, line, fit(line, r * 1.3, 6.5), align="center",
                       gray=0.4, bold=True))


def box_stamp(sheet: Sheet, x: float, y: float, lines: list[str], size: float = 8,
              rgb: tuple[float, float, float] = STAMP_BLUE) -> float:
    """A rectangular stamp (association, registry): returns its bottom."""
    w = max(text_width(s, "sans", size, True) for s in lines) + 16
    h = len(lines) * size * 1.35 + 10
    pts = ((x, y), (x + w, y), (x + w, y + h), (x, y + h), (x, y))
    sheet.add(Stroke(pts, width=1.4, rgb=rgb))
    for i, line in enumerate(lines):
        sheet.add(Text(x + w / 2, y + 6 + (i + 1) * size * 1.3 - 2, line, size, align="center", bold=i == 0,
                       gray=0.35))
    return y + h


def grid(sheet: Sheet, x: float, y: float, widths: list[float], rows: list[list[str]], *, size: float = 9,
         row_h: float = 18, family: str = "sans", header: bool = False, shade: float | None = 0.9) -> float:
    """A ruled table; each cell's text is shrunk to its cell.  Returns the table's bottom."""
    for r, row in enumerate(rows):
        cx = x
        top = y + r * row_h
        for c, cell in enumerate(row):
            w = widths[c]
            fill = shade if header and r == 0 else None
            sheet.add(Box(cx, top, w, row_h, fill=fill, stroke=0.3, line=0.5))
            bold = header and r == 0
            sheet.add(Text(cx + 4, top + row_h * 0.68, cell, fit(cell, w - 8, size, family, bold),
                           family=family, bold=bold))
            cx += w
    return y + len(rows) * row_h


def dotted(sheet: Sheet, x: float, y: float, label: str, value: str, width: float, *, size: float = 10,
           hand: bool = True) -> None:
    """A printed label followed by dots, the value written over them (by hand when `hand`)."""
    sheet.add(Text(x, y, label, size))
    lx = x + text_width(label, "sans", size) + 4
    room = x + width - lx
    dots = "." * max(3, int(room / text_width(".", "sans", size)))
    sheet.add(Text(lx, y + 1, dots, size, gray=0.45))
    fam = "hand" if hand else "sans"
    sheet.add(Text(lx + 6, y - 2, value, fit(value, room - 8, size + 1, fam), family=fam))


def checkbox(sheet: Sheet, x: float, y: float, label: str, ticked: bool, size: float = 9.5,
             pen: bool = False) -> None:
    """A square with its label; a ticked one has a cross (a pen stroke when `pen`)."""
    sheet.add(Box(x, y - 8.5, 9, 9, stroke=0.2, line=0.7))
    if ticked:
        if pen:
            sheet.add(Stroke(((x + 1, y - 4), (x + 4, y), (x + 11, y - 12)), width=1.3, rgb=INK_BLUE))
        else:
            sheet.add(Text(x + 1.5, y - 1, "X", 8.5, bold=True))
    sheet.add(Text(x + 14, y, label, size))


def wrapped(sheet: Sheet, x: float, y: float, text: str, width: float, size: float = 10,
            family: str = "sans", lead: float = 1.35, bold: bool = False) -> float:
    """A paragraph at a fixed place; returns the baseline after its last line."""
    from synth.layout import wrap

    for line in wrap(text, width, family, size, bold):
        sheet.add(Text(x, y, line, size, family=family, bold=bold))
        y += size * lead
    return y


STATE_NAMES = {
    "SEN": "RÉPUBLIQUE DU SÉNÉGAL", "CMR": "RÉPUBLIQUE DU CAMEROUN", "MAR": "ROYAUME DU MAROC",
    "VNM": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BRA": "REPÚBLICA FEDERATIVA DO BRASIL",
    "COL": "REPÚBLICA DE COLOMBIA", "IND": "REPUBLIC OF INDIA", "NGA": "FEDERAL REPUBLIC OF NIGERIA",
    "DEU": "BUNDESREPUBLIK DEUTSCHLAND", "ITA": "REPUBBLICA ITALIANA", "ESP": "REINO DE ESPAÑA",
}

# identity-page captions in a country's own language: surname, given names, nationality, date of birth, sex,
# place of birth, date of issue, date of expiry, authority, document number
CAPTIONS = {
    "fr": ("Nom", "Prénoms", "Nationalité", "Date de naissance", "Sexe", "Lieu de naissance", "Date de délivrance",
           "Date d'expiration", "Autorité", "N° du document"),
    "en": ("Surname", "Given names", "Nationality", "Date of birth", "Sex", "Place of birth", "Date of issue",
           "Date of expiry", "Authority", "Document no."),
    "es": ("Apellidos", "Nombres", "Nacionalidad", "Fecha de nacimiento", "Sexo", "Lugar de nacimiento",
           "Fecha de expedición", "Fecha de vencimiento", "Autoridad", "N.º de documento"),
    "pt": ("Sobrenome", "Nome", "Nacionalidade", "Data de nascimento", "Sexo", "Local de nascimento",
           "Data de expedição", "Válido até", "Autoridade", "N.º do documento"),
    "de": ("Name", "Vornamen", "Staatsangehörigkeit", "Geburtstag", "Geschlecht", "Geburtsort", "Ausstellungsdatum",
           "Gültig bis", "Behörde", "Dokumentennummer"),
    "it": ("Cognome", "Nome", "Cittadinanza", "Data di nascita", "Sesso", "Luogo di nascita", "Data di rilascio",
           "Data di scadenza", "Autorità", "Numero documento"),
    "vi": ("Họ", "Chữ đệm và tên", "Quốc tịch", "Ngày sinh", "Giới tính", "Nơi sinh", "Ngày cấp", "Có giá trị đến",
           "Cơ quan cấp", "Số hộ chiếu"),
}


def caption(code: str, i: int, second: str = "en") -> str:
    """Caption `i` in the country's language, then in `second` (once when they are the same language)."""
    home = HOME_LANGUAGE[code]
    a, b = CAPTIONS[home][i], CAPTIONS[second][i]
    return a if home == second else f"{a} / {b}"
