"""Pull out the fields the checklist needs from a classified file.

Values are found by their label ("Date de délivrance / Date of issue : ...",
on the same line or the line below), by set phrases ("Fait à Dakar, le
<date>" is a signature date; "du <date> au <date>" a start and an end), and
from the machine-readable zone, which wins for the person's names, birth date,
sex, nationality, document number and expiry whenever its check digits
verify.  A date is never taken as "the first date on the page".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from docscheck import dates, names
from docscheck.classify import cue_found, prepare_page
from docscheck.textnorm import fold
from docscheck.model import DocType, Field, FileText, Zone

# --------------------------------------------------------------------------
# Labels, as data: field -> regular expressions over folded text (upper case,
# no accents).  Bilingual labels ("Nom / Surname") are handled by skipping a
# second label of the same field right after the first.
# --------------------------------------------------------------------------

_SP = r"[\s.]*"

LABELS: dict[str, tuple[str, ...]] = {
    "surname": (
        r"NOM DE FAMILLE", r"NOM PATRONYMIQUE", r"NOM D'USAGE", r"NOM(?![\s,/]+(?:ET|DE\s*L|DU|DE\s*LA|DES|PRENOMS?)\b)",
        r"SURNAME(?![\s,/]+(?:AND\s*)?(?:GIVEN\s*)?NAMES?\b)", r"FAMILY NAME", r"LAST NAME",
    ),
    "given_names": (r"PRENOM\(?S\)?", r"PRENOMS?", r"GIVEN NAMES?", r"FIRST NAMES?", r"FORENAMES?"),
    "full_name": (
        r"NOM ET PRENOMS?", r"NOM,? PRENOMS?", r"PRENOMS? ET NOM", r"NOM COMPLET", r"FULL NAME",
        r"SURNAME,? (?:AND )?(?:GIVEN )?NAMES?", r"NAME AND SURNAME", r"NAME",
    ),
    "date_of_birth": (
        r"DATE DE NAISSANCE", r"DATE OF BIRTH", r"BIRTH DATE", r"DATE ET LIEU DE NAISSANCE",
        r"NE\s*\(?E?\)?\s*LE", r"NEE LE", r"BORN ON",
    ),
    "place_of_birth": (r"LIEU DE NAISSANCE", r"PLACE OF BIRTH", r"BORN IN", r"BORN AT"),
    "sex": (r"SEXE", r"SEX"),
    "issue_place": (r"DELIVREE? A", r"ISSUED (?:IN|AT)", r"LIEU DE DELIVRANCE", r"PLACE OF ISSUE"),
    "nationality": (r"NATIONALITE", r"NATIONALITY"),
    "document_number": (
        r"PASSEPORT N[O°º]", r"PASSPORT N[O°º]\.?", r"N[O°º]\s*DU PASSEPORT", r"N[O°º]\s*DE PASSEPORT",
        r"NUMERO DE PASSEPORT", r"NUMERO DU PASSEPORT", r"PASSPORT NUMBER", r"DOCUMENT N[O°º]\.?",
        r"DOCUMENT NUMBER", r"N[O°º]\s*DU DOCUMENT", r"N[O°º]\s*DE (?:LA )?CARTE", r"CARD N[O°º]\.?", r"CARD NUMBER",
        r"NUMERO DE (?:LA )?CARTE", r"NUMERO D'IMMATRICULATION", r"REGISTRATION (?:NUMBER|N[O°º])", r"NUMERO",
    ),
    "issue_date": (
        r"DATE DE DELIVRANCE", r"DATE OF ISSUE", r"DATE D'EMISSION", r"DATE OF ISSUANCE", r"ISSUE DATE",
        r"DELIVREE? LE", r"ISSUED ON", r"ETABLIE? LE", r"DELIVRANCE", r"LE\s*/\s*ON",
    ),
    "expiry_date": (
        r"DATE D'EXPIRATION", r"DATE OF EXPIRY", r"EXPIRY DATE", r"EXPIRE LE", r"EXPIRES ON",
        r"VALABLE JUSQU'AU", r"VALIDE JUSQU'AU", r"VALID UNTIL", r"DATE DE FIN DE VALIDITE", r"EXPIRATION", r"EXPIRY",
    ),
    "issuing_authority": (
        r"AUTORITE DE DELIVRANCE", r"ISSUING AUTHORITY", r"AUTORITE", r"AUTHORITY", r"DELIVRE PAR", r"ISSUED BY",
    ),
    # visa
    "visa_type": (r"TYPE DE VISA", r"TYPE OF VISA", r"VISA TYPE", r"TYPE"),
    "valid_from": (r"VALABLE A PARTIR DU", r"VALID FROM", r"VALABLE DU", r"DEBUT DE VALIDITE", r"DU", r"FROM"),
    "valid_until": (r"VALABLE JUSQU'AU", r"VALID UNTIL", r"FIN DE VALIDITE", r"AU", r"UNTIL", r"TO"),
    "duration_days": (r"DUREE DU SEJOUR", r"DUREE DE SEJOUR", r"DURATION OF STAY", r"DUREE", r"DURATION"),
    "entries": (r"NOMBRE D'ENTREES", r"NUMBER OF ENTRIES", r"ENTREES", r"ENTRIES"),
    "remarks": (r"REMARQUES", r"REMARKS", r"OBSERVATIONS", r"MENTIONS"),
    "passport_number": (
        r"NUMERO DE PASSEPORT", r"NUMERO DU PASSEPORT", r"N[O°º]\s*DE PASSEPORT", r"N[O°º]\s*DU PASSEPORT",
        r"PASSPORT NUMBER", r"PASSPORT N[O°º]\.?", r"PASSEPORT N[O°º]", r"N[O°º]\s*DU DOCUMENT DE VOYAGE",
        r"TRAVEL DOCUMENT (?:NUMBER|N[O°º])",
    ),
    # contracts, decisions, letters
    "association": (
        r"NOM DE L'ASSOCIATION", r"ASSOCIATION D'ACCUEIL", r"ORGANISME D'ACCUEIL", r"STRUCTURE D'ACCUEIL",
        r"HOST ORGANI[SZ]ATION", r"NAME OF THE ASSOCIATION", r"ASSOCIATION", r"ORGANISME", r"ORGANI[SZ]ATION",
        r"FONDATION", r"FOUNDATION",
    ),
    "volunteer": (
        r"NOM DU VOLONTAIRE", r"NOM ET PRENOMS? DU VOLONTAIRE", r"VOLUNTEER'S NAME", r"NAME OF THE VOLUNTEER",
        r"LE VOLONTAIRE", r"LA VOLONTAIRE", r"THE VOLUNTEER", r"VOLONTAIRE", r"VOLUNTEER",
    ),
    "start_date": (
        r"DATE DE DEBUT(?: DE (?:LA )?MISSION)?", r"START DATE", r"STARTING DATE", r"DEBUT DE (?:LA )?MISSION",
        r"A COMPTER DU", r"PRISE D'EFFET", r"STARTS ON", r"BEGINS ON", r"COMMENCE LE", r"AS FROM", r"STARTING ON",
    ),
    "end_date": (
        r"DATE DE FIN(?: DE (?:LA )?MISSION)?", r"END DATE", r"FIN DE (?:LA )?MISSION", r"JUSQU'AU",
        r"PREND FIN LE", r"ENDS ON", r"UNTIL",
    ),
    "signature_date": (r"DATE DE SIGNATURE", r"SIGNED ON", r"SIGNE LE", r"DATE OF SIGNATURE", r"SIGNATURE DATE"),
    "mission": (r"OBJET DE LA MISSION", r"DESCRIPTION DE LA MISSION", r"INTITULE DE LA MISSION", r"MISSION",
                r"MISSION DESCRIPTION", r"DUTIES"),  # only with a colon after them
    "decision_date": (r"DATE DE LA DECISION", r"DATE OF (?:THE )?DECISION", r"DECISION DATE"),
    "authority": (r"AUTORITE", r"AUTHORITY", r"AUTORITE DE DECISION"),
    "subject": (r"OBJET", r"SUBJECT", r"PORTANT", r"RE"),
    "date": (r"DATE",),
}

# "Fait à Paris, le 3 mars 2026" / "Done at Paris on 3 March 2026": the signature date.
_DONE_AT = re.compile(r"\b(?:FAIT|ETABLI|DELIVRE|DONE|SIGNED|ISSUED)\b\s*(?:A|AT|IN|EN)?\b[^\n]{0,60}?\b(?:LE|ON)\b", re.I)
# "du <date> au <date>" / "from <date> to <date>".
_RANGE_FROM = re.compile(r"\b(?:DU|FROM|DEPUIS LE|VALABLE DU|VALID FROM|A COMPTER DU)\b\s*[:/]?\s*$")
_RANGE_TO = re.compile(r"^\s*[:/,]?\s*(?:AU|TO|UNTIL|JUSQU'AU|[-–])\s*[:/]?\s*")

# "l'association Les Jardins de la Fraternité, ..." (a name starts with a capital letter)
_ASSOC_WITH_ARTICLE = re.compile(
    r"(?:\b[Ll][’']|\b[Tt]he\s+)(?:association|fondation|foundation|Association|Fondation|Foundation)\s+"
    r"((?=[A-ZÀ-Ý])[^\n,;:()«»\"]{2,80})"
)
_ASSOC_BARE = re.compile(r"\b((?:Association|Fondation|Foundation|ASSOCIATION|FONDATION)\s+(?=[A-ZÀ-Ý])[^\n,;:()«»\"]{2,80})")


# Where an association's name stops in a sentence.
_ASSOC_STOP = re.compile(
    r"\s(?:est|is|a|has|représentée?|represented|dont|whose|sise?|located|ci-après|hereinafter|accepte|accepts|agrees"
    r"|certifie|certifies|atteste|confirms|confirme|s'engage|undertakes|déclare|declares|reconnue|recognised"
    r"|recognized|agréée|approved|au titre|située?|based|domiciliée?|whose|dont)\b",
    re.I,
)


@dataclass(frozen=True)
class _Line:
    page: int
    raw: str
    norm: str  # fold(raw): same length, so positions carry over


def _lines(ft: FileText) -> list[_Line]:
    out: list[_Line] = []
    for p in ft.pages:
        for raw in p.text.splitlines():
            raw = raw.rstrip()
            if raw.strip():
                out.append(_Line(p.number, raw, fold(raw)))
    return out


def _label_re(field: str) -> re.Pattern[str]:
    alts = "|".join(LABELS[field])
    return re.compile(r"(?<![A-Z0-9'])(?:" + alts + r")(?![A-Z0-9])")


_LABEL_RES = {f: _label_re(f) for f in LABELS}
_ANY_LABEL = re.compile(
    r"(?<![A-Z0-9'])(?:"
    + "|".join(
        a
        for f, alts in LABELS.items()
        if f not in {"valid_from", "valid_until", "subject", "date", "volunteer", "association", "mission", "start_date",
                     "end_date", "visa_type", "authority"}
        for a in alts
    )
    + r")(?![A-Z0-9])"
)


@dataclass(frozen=True)
class _Hit:
    line: int  # index into lines
    start: int  # label start in the line
    end: int  # label end
    label: str


def _label_hits(lines: list[_Line], field: str) -> list[_Hit]:
    pat = _LABEL_RES[field]
    hits = []
    for i, ln in enumerate(lines):
        for m in pat.finditer(ln.norm):
            hits.append(_Hit(i, m.start(), m.end(), m.group(0)))
    return hits


def _after_label(ln: _Line, hit: _Hit, field: str) -> int:
    """Where the value starts: separators skipped, and a second-language label after a slash ("Nom / Surname")."""
    pos = hit.end
    pat = _LABEL_RES[field]
    for _ in range(3):
        m = re.match(r"[\s:/|.\-–()]*", ln.norm[pos:])
        sep = m.group(0) if m else ""
        pos += len(sep)
        m2 = pat.match(ln.norm, pos)
        if "/" in sep and m2 and m2.end() > pos:
            pos = m2.end()
            continue
        break
    return pos


def _cut_at_next_label(norm: str, start: int) -> int:
    m = _ANY_LABEL.search(norm, start + 1)
    return m.start() if m else len(norm)


def _clean(s: str) -> str:
    s = re.sub(r"\s+", " ", s).strip(" \t:;,.|/-–_")
    return s


# --------------------------------------------------------------------------
# Generic finders
# --------------------------------------------------------------------------


# Labels that are also ordinary words ("en qualité de volontaire"): only with a colon after them.
_COLON_ONLY = {"association", "volunteer", "mission", "subject", "authority", "date", "remarks"}


_NAME_LABELS = {"surname", "given_names", "full_name"}


def _text_field(lines: list[_Line], field: str, *, below: bool = True) -> Field | None:
    for hit in _label_hits(lines, field):
        ln = lines[hit.line]
        start = _after_label(ln, hit, field)
        if field in _COLON_ONLY and ":" not in ln.norm[hit.end : start]:
            continue
        if field in _NAME_LABELS and ":" not in ln.norm[hit.end : start] and ln.norm[: hit.start].strip(" /|"):
            continue  # "the given name by court order": a label mid-sentence is a word, not a label
        end = _cut_at_next_label(ln.norm, start - 1) if start < len(ln.norm) else start
        value = _clean(ln.raw[start:end])
        if value:
            return Field(value, value, ln.page, f"label:{_clean(hit.label).lower()}")
        if below and hit.line + 1 < len(lines):  # nothing after the label, or another label right after it
            nxt = lines[hit.line + 1]
            if nxt.page == ln.page and not _ANY_LABEL.match(nxt.norm.strip()):
                end = _cut_at_next_label(nxt.norm, 0)
                value = _clean(nxt.raw[:end])
                if value:
                    return Field(value, value, nxt.page, f"label:{_clean(hit.label).lower()}")
    return None


def _find_dates(text: str) -> list[dates.DateMatch]:
    # "1ER JUILLET 2022" (capitals) is not found by dates.find_dates yet; same length, positions kept.
    found = dates.find_dates(re.sub(r"\b1ER\b", "1er", text))
    return [dates.DateMatch(d.value, d.start, d.end, text[d.start : d.end]) for d in found]


def _first_date(text: str) -> dates.DateMatch | None:
    found = _find_dates(text)
    return found[0] if found else None


def _date_field(lines: list[_Line], field: str, *, search_above: bool = True) -> Field | None:
    """A date attached to its label: after it on the line, else the line below, else the line above."""
    for hit in _label_hits(lines, field):
        ln = lines[hit.line]
        src = f"label:{_clean(hit.label).lower()}"
        start = _after_label(ln, hit, field)
        end = _cut_at_next_label(ln.norm, start - 1)
        dm = _first_date(ln.raw[start:end])
        if dm is None:
            dm = _first_date(ln.raw[start:])
            if dm is not None and _ANY_LABEL.search(ln.norm[start : start + dm.start]):
                dm = None
        if dm is not None:
            return Field(dm.value, dm.raw, ln.page, src)
        # the value line below; OCR sometimes puts another label line in between
        for nxt in lines[hit.line + 1 : hit.line + 3]:
            if nxt.page != ln.page:
                break
            dm = _date_near_column(nxt.raw, hit.start)
            if dm is not None:
                return Field(dm.value, dm.raw, nxt.page, src)
            if not _ANY_LABEL.search(nxt.norm):
                break
        if search_above and hit.line > 0 and lines[hit.line - 1].page == ln.page:
            prev = lines[hit.line - 1]
            dm = _date_near_column(prev.raw, hit.start)
            if dm is not None and not _ANY_LABEL.search(prev.norm):
                return Field(dm.value, dm.raw, prev.page, src)
    return None


def _date_near_column(raw: str, column: int) -> dates.DateMatch | None:
    """On a value line under a row of labels, the date whose start is closest to the label's column."""
    found = _find_dates(raw)
    if not found:
        return None
    return min(found, key=lambda d: abs(d.start - column))


def _done_at_date(lines: list[_Line]) -> Field | None:
    """ "Fait à <place>, le <date>": the last such phrase (signatures come at the end)."""
    best: Field | None = None
    for fl in _flows(lines):
        for m in _DONE_AT.finditer(fl.norm):
            dm = _first_date(fl.raw[m.end() : m.end() + 40])
            if dm is not None and dm.start <= 3:
                best = Field(dm.value, dm.raw, fl.page, "phrase:fait a ... le")
    return best


def _ranges(lines: list[_Line]) -> list[tuple[Field, Field]]:
    """Every "du <date> au <date>" / "from <date> to <date>" pair."""
    out = []
    for ln in lines:
        found = _find_dates(ln.raw)
        for a, b in zip(found, found[1:], strict=False):
            between = ln.norm[a.end : b.start]
            before = ln.norm[max(0, a.start - 30) : a.start]
            if _RANGE_TO.match(between) and re.fullmatch(r"[\s:/,]*(?:AU|TO|UNTIL|JUSQU'AU|[-–])[\s:/]*", between):
                src = "phrase:du ... au" if re.search(r"\bDU\b|\bAU\b", before + between) else "phrase:from ... to"
                if _RANGE_FROM.search(before) or src:
                    out.append((Field(a.value, a.raw, ln.page, src), Field(b.value, b.raw, ln.page, src)))
    return out


@dataclass(frozen=True)
class _Flow:
    """A page's lines joined into one running text, for sentences wrapped across lines."""

    page: int
    raw: str
    norm: str


def _flows(lines: list[_Line]) -> list[_Flow]:
    by_page: dict[int, list[str]] = {}
    for ln in lines:
        by_page.setdefault(ln.page, []).append(ln.raw.strip())
    out = []
    for page, raws in by_page.items():
        text = ""
        for r in raws:
            text = text[:-1] + r if text.endswith("-") and text[-2:-1].isalpha() and r[:1].islower() else (
                f"{text} {r}" if text else r)
        out.append(_Flow(page, text, fold(text)))
    return out


def _prose_date(flows: list[_Flow], pattern: str, source: str) -> Field | None:
    """The date right after a phrase ("née le <date>", "prend fin le <date>")."""
    rx = re.compile(r"(?<![A-Z0-9])(?:" + pattern + r")(?![A-Z0-9])[\s:,]*")
    for fl in flows:
        for m in rx.finditer(fl.norm):
            dm = _first_date(fl.raw[m.end() : m.end() + 40])
            if dm is not None and dm.start <= 2:
                return Field(dm.value, dm.raw, fl.page, source)
    return None


# --------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------

_HONORIFIC = re.compile(r"^(?:M\.|MR\.?|MME\.?|MRS\.?|MS\.?|MLLE\.?|MONSIEUR|MADAME|MADEMOISELLE|MISS)\s+", re.I)


def _split_person(raw: str) -> tuple[str, str]:
    """Surname and given names from a full name as printed ("Aminata DIALLO", "DIALLO Aminata")."""
    raw = _HONORIFIC.sub("", raw.strip())
    raw = re.split(r"\bn[ée]+e?\b|\bborn\b|\(", raw, maxsplit=1, flags=re.I)[0].strip()
    head, sep, tail = raw.partition(",")
    if sep and not (tail.strip() and all(w[:1].isupper() for w in tail.split())):
        raw = head.strip()  # "Aminata DIALLO, de nationalité ..." (but "DIALLO, Aminata" is a name)
    surname, given = names.split_full_name(raw)
    return surname, given


def _names_from_labels(lines: list[_Line]) -> dict[str, Field]:
    out: dict[str, Field] = {}
    sur = _text_field(lines, "surname")
    giv = _text_field(lines, "given_names")
    if sur is not None:
        out["surname"] = sur
    if giv is not None:
        out["given_names"] = giv
    return out


_UNDERSIGNED = re.compile(
    r"\b(?:JE SOUSSIGNEE?\s*(?:\(E\))?|THE UNDERSIGNED,?|I UNDERSIGNED)\s*[:,]?\s*"
)
# "Mme Aminata DIALLO", "Mr João SILVA": the person a letter or certificate is about.
_HONORIFIC_BEFORE = re.compile(r"(?<![A-Z0-9])(?:M\.|MME|MR|MRS|MS|MLLE|MONSIEUR|MADAME|MADEMOISELLE)\s+(?=[A-Z])")
# A full copy of a birth certificate: "est née à Dakar (Sénégal) : Aminata DIALLO".
_BORN_NAMED = re.compile(r"\b(?:EST NEE?|WAS BORN)\b[^:]{0,80}:\s*")
_DOB_PHRASE = r"NEE?\s*(?:\(E\))?\s*LE|BORN ON|DATE DE NAISSANCE|DATE OF BIRTH"
# "Le 12 mars 1998 à 10 heures 5 minutes, est née" / "On 12 March 1998 at 10:05, was born"
_BIRTH_MOMENT = re.compile(r"(?:\bLE|\bON)\s+(.{6,30}?)\s*,?\s*(?:A|AT)\s+\d{1,2}\s*(?:HEURES|H\b|:\d\d)")
_SEX_WORDS = {"F": "F", "FEMININ": "F", "FEMALE": "F", "FEMME": "F", "M": "M", "MASCULIN": "M", "MALE": "M",
              "HOMME": "M", "X": "X"}
# Nationality words as documents print them -> ISO 3166 alpha-3 (as in zones).
NATIONALITIES = {
    "SENEGALAISE": "SEN", "SENEGALAIS": "SEN", "SENEGAL": "SEN", "SENEGALESE": "SEN",
    "VIETNAMIENNE": "VNM", "VIETNAMIEN": "VNM", "VIET NAM": "VNM", "VIETNAM": "VNM", "VIETNAMESE": "VNM",
    "BRESILIENNE": "BRA", "BRESILIEN": "BRA", "BRAZIL": "BRA", "BRAZILIAN": "BRA", "BRESIL": "BRA",
    "MAROCAINE": "MAR", "MAROCAIN": "MAR", "MOROCCO": "MAR", "MOROCCAN": "MAR", "MAROC": "MAR",
    "INDIENNE": "IND", "INDIEN": "IND", "INDIA": "IND", "INDIAN": "IND", "INDE": "IND",
    "CAMEROUNAISE": "CMR", "CAMEROUNAIS": "CMR", "CAMEROON": "CMR", "CAMEROONIAN": "CMR", "CAMEROUN": "CMR",
    "COLOMBIENNE": "COL", "COLOMBIEN": "COL", "COLOMBIA": "COL", "COLOMBIAN": "COL", "COLOMBIE": "COL",
    "NIGERIANE": "NGA", "NIGERIAN": "NGA", "NIGERIA": "NGA",
    "ALLEMANDE": "DEU", "ALLEMAND": "DEU", "GERMANY": "DEU", "GERMAN": "DEU", "ALLEMAGNE": "DEU",
    "ITALIENNE": "ITA", "ITALIEN": "ITA", "ITALY": "ITA", "ITALIAN": "ITA", "ITALIE": "ITA",
    "ESPAGNOLE": "ESP", "ESPAGNOL": "ESP", "SPAIN": "ESP", "SPANISH": "ESP", "ESPAGNE": "ESP",
    "MALIENNE": "MLI", "MALIEN": "MLI", "MALI": "MLI", "MALIAN": "MLI",
    "IVOIRIENNE": "CIV", "IVOIRIEN": "CIV", "ALGERIENNE": "DZA", "ALGERIEN": "DZA", "ALGERIA": "DZA",
    "TUNISIENNE": "TUN", "TUNISIEN": "TUN", "TUNISIA": "TUN", "CHINOISE": "CHN", "CHINOIS": "CHN", "CHINA": "CHN",
    "CHINESE": "CHN", "AMERICAINE": "USA", "AMERICAIN": "USA", "AMERICAN": "USA", "BRITANNIQUE": "GBR",
    "BRITISH": "GBR", "FRANCAISE": "FRA", "FRANCAIS": "FRA", "FRENCH": "FRA", "BELGE": "BEL", "BELGIAN": "BEL",
    "PORTUGAISE": "PRT", "PORTUGAIS": "PRT", "PORTUGUESE": "PRT", "HAITIENNE": "HTI", "HAITIEN": "HTI",
    "MALGACHE": "MDG", "GUINEENNE": "GIN", "GUINEEN": "GIN", "BENINOISE": "BEN", "BENINOIS": "BEN",
    "TOGOLAISE": "TGO", "TOGOLAIS": "TGO", "CONGOLAISE": "COD", "CONGOLAIS": "COD", "UKRAINIENNE": "UKR",
    "UKRAINIEN": "UKR", "UKRAINIAN": "UKR", "MEXICAINE": "MEX", "MEXICAIN": "MEX", "MEXICAN": "MEX",
}


_KNOWN_CODES = frozenset(NATIONALITIES.values()) | {"D", "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN",
                                                    "GRC", "HUN", "IRL", "LVA", "LTU", "LUX", "MLT", "NLD", "POL",
                                                    "ROU", "SVK", "SVN", "SWE", "ISL", "LIE", "NOR", "CHE"}


def nationality_code(text: str) -> str | None:
    """The alpha-3 code of a printed nationality ("de nationalité sénégalaise", "SEN", "Viet Nam")."""
    t = re.sub(r"[^A-Z ]", " ", fold(text)).split()
    for n in (2, 1):
        for i in range(len(t) - n + 1):
            key = " ".join(t[i : i + n])
            if key in NATIONALITIES:
                return NATIONALITIES[key]
    if len(t) >= 1 and len(t[0]) == 3 and t[0].isalpha() and len(t) == 1:
        return t[0]
    return None


_PARTICLES = {"de", "da", "dos", "das", "do", "du", "van", "von", "der", "el", "al", "ben", "bin", "ibn", "le", "la", "di"}


def _name_run(raw: str) -> str:
    """The capitalised words a full name is made of, at the start of `raw` ("Ousmane FALL en qualité" -> "Ousmane FALL")."""
    raw = _HONORIFIC.sub("", raw.strip(" ,:;"))
    words: list[str] = []
    for w in raw.split():
        w2 = w.strip(",;.")
        if w2 and (w2[0].isupper() or (w2.lower() in _PARTICLES and words)):
            words.append(w2)
            if w2 != w:  # a comma or full stop ends the name
                break
        else:
            break
    while words and words[-1].lower() in _PARTICLES:
        words.pop()
    return " ".join(words)


def _names_from_phrase(lines: list[_Line], pattern: re.Pattern[str], source: str) -> dict[str, Field]:
    for ln in _flows(lines):
        m = pattern.search(ln.norm)
        if not m:
            continue
        full = _name_run(ln.raw[m.end() :])
        if len(full) < 3 or not any(w.isupper() and len(w) > 1 for w in full.split()):
            continue
        surname, given = _split_person(full)
        out = {}
        if surname:
            out["surname"] = Field(surname, full, ln.page, source)
        if given:
            out["given_names"] = Field(given, full, ln.page, source)
        return out
    return {}


def _person_field(lines: list[_Line], field: str) -> dict[str, Field]:
    f = _text_field(lines, field)
    if f is None or not isinstance(f.value, str):
        return {}
    surname, given = _split_person(f.value)
    out = {}
    if surname:
        out["surname"] = Field(surname, f.raw, f.page, f.source)
    if given:
        out["given_names"] = Field(given, f.raw, f.page, f.source)
    return out


def _names(lines: list[_Line], *person_labels: str, phrase: re.Pattern[str] | None = None) -> dict[str, Field]:
    """The person's names: Nom/Prénom labels first, else a full-name label, else a phrase."""
    found = _names_from_labels(lines)
    if "surname" in found and "given_names" in found:
        return found
    for label in (*person_labels, "full_name"):
        pf = _person_field(lines, label)
        if pf:
            return {**pf, **found}
    if phrase is not None:
        pf = _names_from_phrase(lines, phrase, "phrase:name")
        if pf:
            return {**pf, **found}
    return found


# --------------------------------------------------------------------------
# Per type
# --------------------------------------------------------------------------

_DOC_NUMBER = re.compile(r"\b([A-Z0-9]{5,12})\b")


def _number_field(lines: list[_Line], field: str) -> Field | None:
    """A document number: the first word of the value holding a digit (5 to 12 letters and digits)."""
    f = _text_field(lines, field)
    if f is None:
        return None
    value = fold(str(f.value))
    for cand in (*value.split(), value.replace(" ", "")):
        m = _DOC_NUMBER.fullmatch(cand.strip(".,;:"))
        if m and re.search(r"\d", m.group(1)):
            return Field(m.group(1), f.raw, f.page, f.source)
    return None


_AUTHORITY_WORDS = re.compile(
    r"\b(?:DIRECTION|DELEGATION|MINISTERE|MINISTERIO|MINISTRY|SERVICE|DEPARTMENT|POLICIA|POLICE|IMMIGRATION"
    r"|PREFECTURE|SURETE|BUNDESREPUBLIK|AUSWARTIGES|EMBASSY|AMBASSADE|CONSULAT)\b"
)


def _identity(lines: list[_Line]) -> dict[str, Field]:
    out: dict[str, Field] = dict(_names_from_labels(lines))
    if "surname" not in out or "given_names" not in out:
        for k, v in _person_field(lines, "full_name").items():
            out.setdefault(k, v)
    for name in ("date_of_birth", "issue_date", "expiry_date"):
        f = _date_field(lines, name)
        if f is not None:
            out[name] = f
    for name in ("place_of_birth", "issuing_authority"):
        f = _text_field(lines, name)
        if f is not None and not (name == "issuing_authority" and nationality_code(str(f.value))):
            out[name] = f  # (a country name read under "Authority" is the page title out of order)
    if "issuing_authority" not in out:
        # OCR often reads a long authority line out of order, away from its label
        for ln in lines:
            letters = re.sub(r"[^A-Za-z]", "", ln.raw)
            if (
                len(letters) >= 8 and letters.isupper() and _AUTHORITY_WORDS.search(ln.norm)
                and not _ANY_LABEL.search(ln.norm) and "<" not in ln.raw
            ):
                val = _clean(ln.raw)
                out["issuing_authority"] = Field(val, val, ln.page, "phrase:authority words")
                break
    sex = _text_field(lines, "sex")
    if sex is not None:
        # the value, or on a value line under a row of labels ("11 SEP 1998 F") the one sex word
        words = [w for w in re.findall(r"[A-Z]+", fold(str(sex.value))) if w in _SEX_WORDS]
        if len(words) == 1:
            out["sex"] = Field(_SEX_WORDS[words[0]], sex.raw, sex.page, sex.source)
    nat = _text_field(lines, "nationality")
    code = nationality_code(str(nat.value)) if nat is not None else None
    if nat is not None and code is None:
        codes = re.findall(r"(?<![A-Za-z0-9])([A-Z]{3})(?![A-Za-z0-9])", str(nat.value))
        code = codes[-1] if len(codes) == 1 else None  # "JN6334732 CMR" under "Card No. / Nationality"
    if nat is not None and code:
        out["nationality"] = Field(code, nat.raw, nat.page, nat.source)
    pob = out.get("place_of_birth")
    if pob is not None:
        out["place_of_birth"] = Field(_clean(re.split(r"[(:,]", str(pob.value))[0]), pob.raw, pob.page, pob.source)
    num = _number_field(lines, "document_number")
    if num is not None:
        out["document_number"] = num
    return out


def _visa(lines: list[_Line], text: str) -> dict[str, Field]:
    out: dict[str, Field] = {}
    norm = fold(text)
    cat = None
    m = re.search(r"\bTYPE\b(?:\s*(?:DE VISA|OF VISA))?(?:\s*[:/]\s*(?:TYPE(?:\s*OF VISA)?)?)*\s*[:/]?\s*\b([CD])\b", norm)
    if m:
        cat = Field("long_stay" if m.group(1) == "D" else "short_stay", m.group(0).strip(), None, "label:type")
    elif re.search(r"LONG SEJOUR|LONG[- ]STAY|\b[VW]LS[- ]?T[S5]\b", norm):
        cat = Field("long_stay", "long séjour", None, "phrase:long sejour")
    elif re.search(r"COURT SEJOUR|SHORT[- ]STAY|SCHENGEN VISA|\bUNIFORME\b", norm):
        cat = Field("short_stay", "court séjour", None, "phrase:court sejour")
    if cat is not None:
        out["visa_category"] = cat
    rng = _ranges(lines)
    if rng:
        out["valid_from"], out["valid_until"] = rng[0]
    for name in ("valid_from", "valid_until"):
        if name not in out:
            f = _date_field(lines, name, search_above=False)
            if f is not None:
                out[name] = f
    dur = _text_field(lines, "duration_days")
    if dur is not None:
        md = re.search(r"(\d{1,4})", str(dur.value))
        if md:
            n = int(md.group(1))
            if re.search(r"MOIS|MONTH", fold(str(dur.value))):
                n = n * 30
            out["duration_days"] = Field(n, dur.raw, dur.page, dur.source)
    ent = _text_field(lines, "entries")
    if ent is not None:
        me = re.search(r"\b(MULT\w*|\d)\b", fold(str(ent.value)))
        if me:
            val = "MULT" if me.group(1).startswith("MULT") else me.group(1)
            out["entries"] = Field(val, ent.raw, ent.page, ent.source)
    rem = _text_field(lines, "remarks")
    if rem is not None:
        # VLS-TS (visa long séjour valant titre de séjour) is a fixed acronym OCR often reads as WLS-TS
        value = re.sub(r"\b[VW]LS[- ]?T[S5]\b", "VLS-TS", str(rem.value))
        out["remarks"] = Field(value, rem.raw, rem.page, rem.source)
    pn = _number_field(lines, "passport_number")
    if pn is not None:
        out["passport_number"] = pn
    iss = _date_field(lines, "issue_date")
    if iss is not None:
        out["issue_date"] = iss
    out.update(_names_from_labels(lines))
    if "surname" not in out or "given_names" not in out:
        for k, v in _person_field(lines, "full_name").items():
            out.setdefault(k, v)
    return out


def _birth_certificate(lines: list[_Line], text: str) -> dict[str, Field]:
    out: dict[str, Field] = {}
    page = prepare_page(text)
    for phrase, kind in (
        ("COPIE INTEGRALE", "full_copy"),
        ("FULL COPY", "full_copy"),
        ("COPIE LITTERALE", "full_copy"),
        ("EXTRAIT", "extract"),
        ("EXTRACT", "extract"),
    ):
        if cue_found(phrase, page):
            out["copy_kind"] = Field(kind, phrase, None, f"phrase:{phrase.lower()}")
            break
    ident = _identity(lines)
    for k in ("surname", "given_names", "date_of_birth", "place_of_birth", "sex"):
        if k in ident:
            out[k] = ident[k]
    flows = _flows(lines)
    if "date_of_birth" not in out:
        for fl in flows:
            m = _BIRTH_MOMENT.search(fl.norm)
            if m:
                dm = _first_date(fl.raw[m.start(1) : m.end(1)])
                if dm is not None:
                    out["date_of_birth"] = Field(dm.value, dm.raw, fl.page, "phrase:le ... a ... heures")
                    break
    _person_prose(lines, out, _BORN_NAMED)
    out.pop("nationality", None)
    for fl in flows:
        if "place_of_birth" not in out:
            m = re.search(r"\b(?:EST NEE? A|WAS BORN IN|WAS BORN AT)\s+", fl.norm)
            if m:
                val = _clean(re.split(r"[(:,]", fl.raw[m.end() :])[0])
                out["place_of_birth"] = Field(val, val, fl.page, "phrase:ne a")
        if "sex" not in out:
            m = re.search(r"\bDE SEXE (FEMININ|MASCULIN)\b|,\s*(FEMALE|MALE)\s*,", fl.norm)
            if m:
                word = m.group(1) or m.group(2)
                out["sex"] = Field(_SEX_WORDS[word], word, fl.page, "phrase:sexe")
    issue = _date_field(lines, "issue_date") or _done_at_date(lines)
    if issue is not None:
        out["issue_date"] = issue
    return out


def _person_prose(lines: list[_Line], out: dict[str, Field], *phrases: re.Pattern[str]) -> None:
    """Fill names, birth date and nationality from sentences where labels gave none."""
    if "surname" not in out or "given_names" not in out:
        for ph in phrases:
            found = _names_from_phrase(lines, ph, "phrase:name")
            if found:
                for k, v in found.items():
                    out.setdefault(k, v)
                break
    flows = _flows(lines)
    if "date_of_birth" not in out:
        f = _prose_date(flows, _DOB_PHRASE, "phrase:ne le")
        if f is not None:
            out["date_of_birth"] = f
    if "nationality" not in out:
        for fl in flows:
            for m in re.finditer(r"\b(?:DE NATIONALITE|A NATIONAL OF|NATIONALITY)\s*:?\s*([A-Z][A-Z ]{2,20})", fl.norm):
                code = nationality_code(m.group(1))
                if code:
                    out["nationality"] = Field(code, fl.raw[m.start(1) : m.end(1)].strip(), fl.page, "phrase:nationalite")
                    break
            if "nationality" in out:
                break


def _civil_document(lines: list[_Line]) -> dict[str, Field]:
    """Nationality certificate, consular attestation, consular card."""
    out = _identity(lines)
    _person_prose(lines, out, _HONORIFIC_BEFORE)
    if "issue_date" not in out:
        f = _done_at_date(lines)
        if f is not None:
            out["issue_date"] = f
    return out


def _association(lines: list[_Line]) -> Field | None:
    f = _text_field(lines, "association", below=True)
    if f is not None and len(str(f.value)) >= 3:
        return f
    flows = _flows(lines)
    for rx in (_ASSOC_WITH_ARTICLE, _ASSOC_BARE):
        for fl in flows:
            for m in rx.finditer(fl.raw):
                val = _clean(_ASSOC_STOP.split(m.group(1), maxsplit=1)[0])
                if len(val) >= 3 and fold(val) not in {"ASSOCIATION", "FONDATION", "FOUNDATION"}:
                    return Field(val, m.group(0), fl.page, "phrase:association")
    return None


_MISSION_HEADING = re.compile(
    r"^(?:ARTICLE\s*\d+\w*\s*[-–:.]\s*)?(?:OBJET DE LA MISSION|DESCRIPTION DE LA MISSION|MISSION|OBJET|"
    r"MISSION DESCRIPTION|DUTIES)\s*:?\s*$"
)
_MISSION_PHRASE = re.compile(r"\b(?:CONSISTANT A|CONSISTING OF|CONSISTS OF|CHARACTER:)\s+")


def _mission(lines: list[_Line]) -> Field | None:
    """The mission text: "Mission : ...", the paragraph under a mission heading, or "consistant à ..."."""
    for hit in _label_hits(lines, "mission"):
        ln = lines[hit.line]
        start = _after_label(ln, hit, "mission")
        if ":" not in ln.norm[hit.end : start]:
            continue
        parts: list[str] = [ln.raw[start:].strip()]
        for nxt in lines[hit.line + 1 : hit.line + 8]:
            if nxt.page != ln.page or re.match(r"\s*ARTICLE\b", nxt.norm) or _ANY_LABEL.match(nxt.norm):
                break
            parts.append(nxt.raw.strip())
        text = _clean(" ".join(parts))
        if len(text) > 10:
            return Field(text, text, ln.page, f"label:{_clean(hit.label).lower()}")
    for i, ln in enumerate(lines):
        if not _MISSION_HEADING.match(ln.norm.strip()):
            continue
        parts = []
        for nxt in lines[i + 1 : i + 8]:
            if nxt.page != ln.page or re.match(r"\s*ARTICLE\b", nxt.norm):
                break
            parts.append(nxt.raw.strip())
        text = _clean(" ".join(parts))
        if len(text) > 10:
            return Field(text, text, ln.page, f"heading:{_clean(ln.raw).lower()[:40]}")
    for fl in _flows(lines):
        m = _MISSION_PHRASE.search(fl.norm)
        if m:
            text = _clean(re.split(r"\.\s", fl.raw[m.end() :] + " ", maxsplit=1)[0])
            return Field(text, text, fl.page, "phrase:consistant a")
    return None


def _contract(lines: list[_Line]) -> dict[str, Field]:
    out: dict[str, Field] = {}
    assoc = _association(lines)
    if assoc is not None:
        out["association"] = assoc
    out.update(_names(lines, "volunteer"))
    _person_prose(lines, out, _HONORIFIC_BEFORE)
    out.pop("nationality", None)
    flows = _flows(lines)
    for name, phrase in (
        ("start_date", r"PREND EFFET LE|STARTS ON|BEGINS ON|A COMPTER DU|COMMENCE LE|DATE DE DEBUT|START DATE"),
        ("end_date", r"PREND FIN LE|ENDS ON|JUSQU'AU|SE TERMINE LE|DATE DE FIN|END DATE"),
    ):
        f = _prose_date(flows, phrase, "phrase:" + phrase.split("|")[0].lower()) or _date_field(
            lines, name, search_above=False
        )
        if f is not None:
            out[name] = f
    if "start_date" not in out or "end_date" not in out:
        rng = _ranges(lines)
        if rng:
            out.setdefault("start_date", rng[0][0])
            out.setdefault("end_date", rng[0][1])
    sig = _date_field(lines, "signature_date", search_above=False) or _done_at_date(lines)
    if sig is not None:
        out["signature_date"] = sig
    mission = _mission(lines)
    if mission is not None:
        out["mission"] = mission
    return out


_AUTHORITY = re.compile(
    r"\b((?:LE |LA |THE )?(?:PREFETE?|PREFECT|MINISTRE|MINISTER|DIRECTEURE?|DIRECTOR|AGENCE|AGENCY)\b[^\n]{0,80})"
)


def _approval(lines: list[_Line], text: str) -> dict[str, Field]:
    out: dict[str, Field] = {}
    assoc = _association(lines)
    if assoc is not None:
        out["association"] = assoc
    d = _date_field(lines, "decision_date", search_above=False)
    if d is None:
        for ln in lines:
            m = re.search(r"\b(?:ARRETE|DECISION|ORDER)\b[^\n]{0,25}?\b(?:DU|OF|DATED)\b", ln.norm)
            if m:
                dm = _first_date(ln.raw[m.end() :])
                if dm is not None and dm.start < 5:
                    d = Field(dm.value, dm.raw, ln.page, "phrase:arrete du")
                    break
    if d is None:
        d = _done_at_date(lines)
    if d is not None:
        out["decision_date"] = d
    auth = _text_field(lines, "authority")
    if auth is None:
        for ln in lines:
            m = _AUTHORITY.search(ln.norm)
            if m:
                val = _clean(ln.raw[m.start(1) : m.end(1)])
                auth = Field(val, val, ln.page, "phrase:authority")
                break
    if auth is not None:
        out["authority"] = auth
    subj = _text_field(lines, "subject")
    if subj is None:
        for fl in _flows(lines):
            m = re.search(r"\b(?:PORTANT|RELATIVE? A|CONCERNING|ON THE)\b\s+(AGREMENT|APPROVAL|ACCREDITATION)", fl.norm)
            if m:
                end = re.search(r"\s(?:LE|LA|THE)\s+(?:PREFETE?|PREFECT|DIRECTRICE|DIRECTEUR|DIRECTOR|MINISTRE)\b|\sVU\s|\.\s",
                                fl.norm[m.end() :])
                val = _clean(fl.raw[m.start() : m.end() + (end.start() if end else 200)])
                subj = Field(val, val, fl.page, "phrase:portant")
                break
    if subj is not None:
        out["subject"] = subj
    return out


_COMMITMENT = (
    "=M'ENGAGE A QUITTER | =UNDERTAKE TO LEAVE | =COMMIT TO LEAVE | COMMITMENT TO LEAVE"
    " | ENGAGEMENT DE QUITTER | QUITTER LE TERRITOIRE | LEAVE THE FRENCH TERRITORY | LEAVE FRENCH TERRITORY"
    " | LEAVE FRANCE"
)


def _departure(lines: list[_Line], text: str) -> dict[str, Field]:
    out: dict[str, Field] = {}
    out.update(_names(lines, phrase=_UNDERSIGNED))
    _person_prose(lines, out, _UNDERSIGNED)
    out.pop("nationality", None)
    sig = _date_field(lines, "signature_date", search_above=False) or _done_at_date(lines)
    if sig is None:
        sig = _date_field(lines, "date", search_above=False)
    if sig is not None:
        out["signature_date"] = sig
    page = prepare_page(text)
    found = next((p.strip() for p in _COMMITMENT.split("|") if cue_found(p.strip(), page)), None)
    found = found.lstrip("=") if found else None
    out["commitment"] = Field(found is not None, found or "", None, "phrase:" + (found or "none").lower())
    return out


_HOSTED = re.compile(
    r"\b(?:ACCUEILLIR|ACCUEILLE|ACCUEILLERA|HOST|HOSTS|WILL HOST|WELCOME)\b\s*(?:M\.|MR\.?|MME\.?|MRS\.?|MS\.?|MONSIEUR|MADAME)?\s*",
)


def _acceptance(lines: list[_Line]) -> dict[str, Field]:
    out: dict[str, Field] = {}
    assoc = _association(lines)
    if assoc is not None:
        out["association"] = assoc
    out.update(_names(lines, "volunteer", phrase=_HONORIFIC_BEFORE))
    _person_prose(lines, out, _HONORIFIC_BEFORE, _HOSTED)
    out.pop("nationality", None)
    d = _done_at_date(lines) or _date_field(lines, "date", search_above=False)
    if d is not None:
        out["date"] = d
        out["issue_date"] = d
    sd = _date_field(lines, "start_date", search_above=False)
    if sd is not None:
        out["start_date"] = sd
    return out


# --------------------------------------------------------------------------
# The zone
# --------------------------------------------------------------------------

ZONE_FIELDS = ("surname", "given_names", "date_of_birth", "document_number", "nationality", "expiry_date", "sex")


def _zone_fields(zone: Zone, doc_type: DocType, printed: dict[str, Field]) -> dict[str, Field]:
    values: dict[str, object] = {
        "surname": zone.surname,
        "given_names": zone.given_names,
        "date_of_birth": zone.birth_date,
        "document_number": zone.document_number,
        "nationality": zone.nationality,
        "expiry_date": zone.expiry_date,
        "sex": zone.sex if zone.sex in {"M", "F", "X"} else "",
    }
    if doc_type is DocType.VISA:
        values["valid_until"] = values.pop("expiry_date")
    printed_nat = printed.get("nationality")
    if (
        printed_nat is not None and printed_nat.value != zone.nationality
        and zone.nationality not in _KNOWN_CODES and zone.nationality != zone.issuer
    ):
        # nationality has no check digit: a code OCR garbled in the zone ("NMO") loses to the printed one
        values["nationality"] = ""
    out: dict[str, Field] = {}
    for name, value in values.items():
        if value in (None, ""):
            continue
        assert isinstance(value, str | date)
        p = printed.get(name)
        raw = p.raw if p is not None else (value.isoformat() if isinstance(value, date) else value)
        out[name] = Field(value, raw, p.page if p is not None else None, "zone")
    return out


def _drop_impossible(out: dict[str, Field]) -> None:
    """A misread date that contradicts a surer one is dropped: better no value than a wrong one."""
    issue, expiry = out.get("issue_date"), out.get("expiry_date")
    if (
        issue is not None and expiry is not None and isinstance(issue.value, date) and isinstance(expiry.value, date)
        and expiry.value <= issue.value
    ):
        del out["issue_date" if expiry.source == "zone" else "expiry_date"]
    start, end = out.get("start_date"), out.get("end_date")
    if start is not None and end is not None and isinstance(start.value, date) and isinstance(end.value, date) and (
        end.value <= start.value
    ):
        del out["end_date"]
    vf, vu = out.get("valid_from"), out.get("valid_until")
    if vf is not None and vu is not None and isinstance(vf.value, date) and isinstance(vu.value, date) and (
        vu.value <= vf.value
    ):
        del out["valid_from" if vu.source == "zone" else "valid_until"]


def _pages_with(ft: FileText) -> Iterable[int]:
    return (p.number for p in ft.pages if p.has_photo)


def extract_fields(ft: FileText, doc_type: DocType, zone: Zone | None = None) -> dict[str, Field]:
    """The fields of one file of a known type; the zone wins when it verifies."""
    lines = _lines(ft)
    text = ft.text
    if doc_type in (DocType.PASSPORT, DocType.PHOTO_ID):
        out = _identity(lines)
    elif doc_type is DocType.VISA:
        out = _visa(lines, text)
    elif doc_type is DocType.BIRTH_CERTIFICATE:
        out = _birth_certificate(lines, text)
    elif doc_type in (DocType.NATIONALITY_CERTIFICATE, DocType.CONSULAR_ATTESTATION, DocType.CONSULAR_CARD):
        out = _civil_document(lines)
    elif doc_type is DocType.VOLUNTEER_CONTRACT:
        out = _contract(lines)
    elif doc_type is DocType.APPROVAL_DECISION:
        out = _approval(lines, text)
    elif doc_type is DocType.DEPARTURE_COMMITMENT:
        out = _departure(lines, text)
    elif doc_type is DocType.ACCEPTANCE_CERTIFICATE:
        out = _acceptance(lines)
    else:
        return {}
    if zone is not None and zone.valid and doc_type in (DocType.PASSPORT, DocType.PHOTO_ID, DocType.VISA):
        out.update(_zone_fields(zone, doc_type, out))
    _drop_impossible(out)
    if doc_type in (
        DocType.NATIONALITY_CERTIFICATE,
        DocType.CONSULAR_ATTESTATION,
        DocType.CONSULAR_CARD,
        DocType.PHOTO_ID,
        DocType.PASSPORT,
    ):
        photo_pages = list(_pages_with(ft))
        out["has_photo"] = Field(bool(photo_pages), "", photo_pages[0] if photo_pages else None, "image")
    return out
