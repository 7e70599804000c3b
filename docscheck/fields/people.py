"""People: their names (from labels, full names or sentences), birth date in prose, sex and nationality words."""

from __future__ import annotations

import re
from collections.abc import Iterator

from docscheck import names
from docscheck.countries import EUROPEAN, ICAO_CODES, NATIONALITY_WORDS
from docscheck.fields.finders import prose_date, text_field, text_values
from docscheck.fields.labels import ANY_LABEL, LABEL_RES
from docscheck.fields.lines import Line, clean, page_flows
from docscheck.model import Field
from docscheck.textnorm import fold

HONORIFIC = re.compile(r"^(?:M\.|MR\.?|MME\.?|MRS\.?|MS\.?|MLLE\.?|MONSIEUR|MADAME|MADEMOISELLE|MISS)\s+", re.I)


# A table row captioned by whose names it holds ("Enfant  DIOP  Moussa" under "Nom  Prénoms").
_ROW_ROLE = re.compile(r"^(?:L'ENFANT|ENFANT|CHILD|TITULAIRE|HOLDER)\s+")


def _split_person(raw: str) -> tuple[str, str]:
    """Surname and given names from a full name as printed ("Aminata DIALLO", "DIALLO Aminata")."""
    raw = HONORIFIC.sub("", raw.strip())
    role = _ROW_ROLE.match(fold(raw))
    raw = raw[role.end() :] if role else raw
    raw = re.split(r"\bn[ée]+e?\b|\bborn\b|\(", raw, maxsplit=1, flags=re.I)[0].strip()
    head, sep, tail = raw.partition(",")
    if sep and not (tail.strip() and all(w[:1].isupper() for w in tail.split())):
        raw = head.strip()  # "Aminata DIALLO, de nationalité ..." (but "DIALLO, Aminata" is a name)
    surname, given = names.split_full_name(raw)
    return surname, given


# A name's words start with a capital, particles aside: lower-case words before them are a form's dotted
# leaders as OCR reads them ("Prénom(s) : ....ccee Van Minh") or other debris.
# A label qualified by whose value it is ("Prénoms de l'enfant : Awa", "Surname of the child: MENSAH").
_WHOSE = re.compile(r"^(?:DE L'\s*|DU |OF (?:THE )?)(?:ENFANT|CHILD|TITULAIRE|HOLDER|INTERESSEE?|DECLARANTE?)\s*:?\s*")


def _without_debris(f: Field) -> Field:
    whose = _WHOSE.match(fold(str(f.value)))
    if whose and whose.end() < len(str(f.value)):
        f = Field(str(f.value)[whose.end() :], f.raw, f.page, f.source)
    words = str(f.value).split()
    i = 0
    while i < len(words) and not words[i][:1].isupper() and words[i].lower() not in PARTICLES:
        i += 1
    if i == 0 or i == len(words) or any(c.isdigit() for w in words[:i] for c in w):
        return f
    return Field(" ".join(words[i:]), f.raw, f.page, f.source)


# On a row of values, where the names' cells end when other columns follow them: a date, a number, a sex word.
_AFTER_NAMES = re.compile(r"\d|(?<![A-Z])(?:M|F|H|MALE|FEMALE|MASCULIN|FEMININ|MASCULINO|FEMENINO|FEMININO)(?![A-Z'])")


def _label_row_name(lines: list[Line]) -> dict[str, Field]:
    """A row of labels "Surname  Given names" over one line of values: the line below is the full name.

    The row may go on with other columns ("Surname  Forenames  Sex  Date of birth"): the names are then the
    values before the first date, number or sex word, when the name labels open the row."""
    for i, ln in enumerate(lines[:-1]):
        s = LABEL_RES["surname"].search(ln.norm)
        g = LABEL_RES["given_names"].search(ln.norm)
        if s is None or g is None:
            continue
        # nothing on the line but the two labels and their translations, or other labels after them
        rest = LABEL_RES["given_names"].sub(" ", LABEL_RES["surname"].sub(" ", ln.norm))
        others = bool(re.sub(r"[\s/|,.:-]|\(S\)", "", rest))
        if others and (re.sub(r"[\s/|,.:-]|\(S\)", "", ANY_LABEL.sub(" ", rest))
                       or re.sub(r"[\s/|,.:()-]", "", ln.norm[: min(s.start(), g.start())])):
            continue
        first, second = sorted((s, g), key=lambda m: m.start())
        below = lines[i + 1]
        if below.page != ln.page or ANY_LABEL.search(below.norm) or (not others and re.search(r"\d", below.norm)):
            continue
        raw = below.raw
        if others:
            cut = _AFTER_NAMES.search(below.norm)
            raw = raw[: cut.start()] if cut else raw
        if not raw.strip():
            continue
        surname, given = _split_person(raw)
        words = raw.split()
        if len(words) >= 2 and not any(w.isupper() and len(w) > 1 for w in words):
            # case does not tell which words are the surname ("vo Van Minh"): the labels' order does
            surname, given = (words[0], " ".join(words[1:])) if first is s else (words[-1], " ".join(words[:-1]))
        src = f"label row:{clean(first.group(0)).lower()} {clean(second.group(0)).lower()}"
        out = {}
        if surname:
            out["surname"] = Field(surname, below.raw.strip(), below.page, src)
        if given:
            out["given_names"] = Field(given, below.raw.strip(), below.page, src)
        return out
    return {}


# Captions of a table's header row besides the name's, that make it a row of several columns.
_OTHER_COLUMNS = ("date_of_birth", "place_of_birth", "nationality", "sex", "document_number")
_HEADER_LINES = 6  # a header row's captions may wrap over several lines in their cells
_HEADER_WORDS = 12  # words of a line of captions (cells' separators and one-letter words aside)


def _header_line(ln: Line) -> bool:
    """A line of a table's header row: captions, no value (no digit, colon, zone) and no sentence."""
    return not re.search(r"[\d:<]", ln.raw) and len(re.findall(r"[^\W\d_]{2,}", ln.raw)) <= _HEADER_WORDS and (
        not re.search(r"(?:\b[a-zà-ÿ]{2,}\b\s+){3}", ln.raw))


_NATIONALITY_CELL = 7  # letters a nationality word needs to end a row of names ("Germán", "India" are given names)


def _name_cells(raw: str) -> list[str]:
    """The words of a row of values before its first cell that is no name's: a date or number, a place in
    brackets, a nationality after the name ("KUMAR Ananya 16.01.2005 ...", "KUMAR ANANYA INDIENNE")."""
    words: list[str] = []
    for w in raw.split():
        if re.search(r"[\d(]", w):
            break
        words.append(w.strip(",;"))
    while len(words) > 1 and len(words[-1]) >= _NATIONALITY_CELL and nationality_code(words[-1]):
        words.pop()
    return words


def _header_row_names(lines: list[Line]) -> dict[str, Field]:
    """A table whose header row names its columns ("Nom / Surname | Prénoms / Given names | Né(e) le | ...") over
    one row of values ("KUMAR Ananya 16.01.2005 MUMBAI (INDE) indienne"): the surname is the cell in capitals,
    the given names the cell in mixed case beside it, in the header's order; the values' other cells (a date, a
    place, a nationality) end the names.  When case does not tell the two cells apart, nothing is read."""
    for j in range(1, len(lines)):
        row = lines[j]
        if ANY_LABEL.search(row.norm) or not re.match(r"\s*[^\W\d_]", row.raw):
            continue
        k = j
        while k > 0 and j - k < _HEADER_LINES and lines[k - 1].page == row.page and _header_line(lines[k - 1]):
            k -= 1
        if k == j:
            continue
        head = fold(" ".join(ln.raw.strip() for ln in lines[k:j]))
        s, g = LABEL_RES["surname"].search(head), LABEL_RES["given_names"].search(head)
        full = LABEL_RES["full_name"].search(head)
        if (s is None or g is None) and full is None or not any(LABEL_RES[f].search(head) for f in _OTHER_COLUMNS):
            continue
        words = _name_cells(row.raw)
        caps = [w.isupper() and len(w) > 1 for w in words]
        raw = row.raw.strip()
        if s is None or g is None:
            # one caption for the whole name ("Nom Prénoms", "Name"): the full name as printed
            sur, giv = _split_person(" ".join(words)) if len(words) >= 2 else ("", "")
            src = f"header row:{clean(full.group(0)).lower()}" if full else "header row"
            return {"surname": Field(sur, raw, row.page, src), "given_names": Field(giv, raw, row.page, src)} if (
                sur and giv) else {}
        # the surname cell in capitals, the given names' cell in mixed case, in the header's order
        first_caps = s.start() < g.start()
        n = next((i for i, c in enumerate(caps) if c != caps[0]), len(caps))
        rest = next((i for i, c in enumerate(caps[n:], n) if c == caps[0]), len(caps))
        src = f"header row:{clean(s.group(0)).lower()} {clean(g.group(0)).lower()}"
        if len(words) >= 2 and n == len(words) and first_caps:
            # one case throughout: the full name as printed, surname first as the header says
            sur, giv = _split_person(" ".join(words))
            if sur and giv:
                return {"surname": Field(sur, raw, row.page, src), "given_names": Field(giv, raw, row.page, src)}
        if not words or caps[0] != first_caps or n == len(words):
            return {}
        surname, given = (words[:n], words[n:rest]) if first_caps else (words[n:rest], words[:n])
        return {"surname": Field(" ".join(surname), raw, row.page, src),
                "given_names": Field(" ".join(given), raw, row.page, src)}
    return {}


def names_from_labels(lines: list[Line]) -> dict[str, Field]:
    out: dict[str, Field] = {}
    row = _label_row_name(lines) or _header_row_names(lines)
    if row:
        return row
    sur = text_field(lines, "surname")
    giv = text_field(lines, "given_names")
    if sur is not None and giv is not None and sur.value == giv.value and sur.page == giv.page:
        # both labels read the one line of values under their row ("1. Surname / Nom  2. Names / Prénoms" over
        # "LOPEZ DANIELA"): the full name, split as printed
        cells = _name_cells(str(sur.value))
        surname, given = _split_person(" ".join(cells) if len(cells) >= 2 else str(sur.value))
        if surname and given:
            src = f"label row:{sur.source.removeprefix('label:')} {giv.source.removeprefix('label:')}"
            return {"surname": Field(surname, str(sur.value), sur.page, src),
                    "given_names": Field(given, str(giv.value), giv.page, src)}
        return {}
    if sur is not None:
        out["surname"] = _without_debris(sur)
    if giv is not None:
        out["given_names"] = _without_debris(giv)
    elif sur is not None and _whole_name(str(out["surname"].value)):
        # "Nom : José María LÓPEZ" with no given names' label: the whole name under the surname's, split by case
        surname, given = _split_person(str(out["surname"].value))
        if surname and given:
            src = f"{sur.source} (whole name, split by case)"
            return {"surname": Field(surname, sur.raw, sur.page, src), "given_names": Field(given, sur.raw, sur.page, src)}
    return out


def _whole_name(value: str) -> bool:
    """A surname label's value holding given names too: words in capitals beside capitalised ones."""
    words = [w for w in value.split() if w.lower() not in PARTICLES]
    upper = [w for w in words if w.isupper() and len(w) > 1]
    title = [w for w in words if w[:1].isupper() and w[1:].islower()]
    return bool(upper) and bool(title) and len(upper) + len(title) == len(words)


UNDERSIGNED = re.compile(
    r"\b(?:JE\s*,?\s*SOUSSIGNEE?\s*(?:\(E\))?|THE UNDERSIGNED,?|I UNDERSIGNED)\s*[:,]?\s*"
    r"|(?<![A-Z0-9'])(?:I|JE|MOI)\s*,\s*(?!THE UNDERSIGNED|SOUSSIGNE)(?=[A-Z])"  # "I, Ana LIMA, ..." / "Je, Ana LIMA, déclare"
    r"|\b(?:MY NAME IS|JE M'APPELLE|JE ME NOMME|MY FULL NAME IS)\s+(?=[A-Z])"  # a letter introducing its writer
    # OCR reads the pronoun "1" or "|": then only when the name is followed by the person's birth
    r"|(?<![A-Z0-9'])[1|]\s*,\s*(?=[A-Z][^,]{2,60},\s*(?:DATE OF BIRTH|BORN|NEE?\b|DATE DE NAISSANCE))"
)
# "Mme Aminata DIALLO", "Mr João SILVA": the person a letter or certificate is about.
HONORIFIC_BEFORE = re.compile(r"(?<![A-Z0-9])(?:M\.|MME|MR|MRS|MS|MLLE|MONSIEUR|MADAME|MADEMOISELLE)\s+(?=[A-Z])")
# A full copy of a birth certificate: "est née à Dakar (Sénégal) : Aminata DIALLO".
# ("Born on 17 March 2007 at 15:10 in Accra: Ama MENSAH": an hour's colon is not the name's)
BORN_NAMED = re.compile(r"\b(?:EST NEE?|WAS BORN|BORN ON|BORN AT|BORN IN)\b(?:[^:.]|(?<=\d):(?=\d\d)){4,80}:\s*"
                        # ("WAS BORN AT HUE A CHILD OF THE MALE SEX, NAMED QUOC BAO PHAM, WHOSE FATHER ...")
                        r"|\b(?:EST NEE?|WAS BORN)\b[^.]{4,120}?,\s*(?:NAMED|CALLED|PRENOMMEE?|DENOMMEE?|NOMMEE?)\s+"
                        # ("... at Ibadan was born Ngozi Blessing OKONKWO, a female child, daughter of ...")
                        r"|\bWAS BORN\s+(?=[^,.]{3,60},\s*A (?:MALE|FEMALE) CHILD\b)")
# (the place may come first: "née à Oran (Algérie) le ...", "born in Accra, Ghana, on ...")
_DOB_PHRASE = (
    r"NEE?\s*(?:\(E\))?\s*A\s[^.;:]{1,60}?\bLE|BORN (?:IN|AT)\s[^.;:]{1,60}?\bON"
    r"|NEE?\s*(?:\(E\))?\s*LE|BORN(?: ON)?|DATE DE NAISSANCE|DATE OF BIRTH"
)
# "Le 12 mars 1998 à 10 heures 5 minutes, est née" / "On 12 March 1998 at 10:05, was born"
# (the date may be in words with its figures in brackets, the hour in words: "A NEUF HEURES")
BIRTH_MOMENT = re.compile(
    r"(?:\bLE|\bON)\s+(.{6,80}?)\s*,?\s*(?:A|AT)\s+(?:\d{1,2}\s*(?:HEURES|H\b|:\d\d)|[A-Z-]{3,12}\s+HEURES?\b)"
)
# "NOUS ... CERTIFIONS QUE DIALLO AMINATA, NEE LE ...": the person an authority certifies something about.
CERTIFIED_PERSON = re.compile(r"\b(?:CERTIFIONS|CERTIFIE|ATTESTONS|ATTESTE|CERTIFY|CERTIFIES)\s+(?:QUE|THAT)\s+")
# "We confirm that you, Ana LIMA, ..." : the person a letter is addressed to.
# A letter's greeting naming whom it is written to ("Bonjour Moussa DIALLO,", "Dear Ms DIALLO,").
SALUTATION = re.compile(r"(?:^|(?<=[\s,.]))(?:BONJOUR|BONSOIR|DEAR|CHERE?|HELLO)\s+(?=[A-Z])")
ADDRESSEE = re.compile(r"(?<![A-Z0-9'])(?:YOU|VOUS)\s*,\s*(?=[A-Z])")
SEX_WORDS = {"F": "F", "FEMININ": "F", "FEMALE": "F", "FEMME": "F", "M": "M", "MASCULIN": "M", "MALE": "M",
              "HOMME": "M", "X": "X"}
# Nationality words and codes come from the one country table (docscheck/countries.py).
NATIONALITIES = NATIONALITY_WORDS
# The codes a printed nationality is trusted to give: what the words map to, and the European ones.
KNOWN_CODES = frozenset(NATIONALITY_WORDS.values()) | EUROPEAN


def nationality_code(text: str) -> str | None:
    """The alpha-3 code of a printed nationality ("de nationalité sénégalaise", "SEN", "Viet Nam")."""
    t = re.sub(r"[^A-Z ]", " ", fold(text)).split()
    for n in (2, 1):
        for i in range(len(t) - n + 1):
            key = " ".join(t[i : i + n])
            if key in NATIONALITIES:
                return NATIONALITIES[key]
    # a code alone: three capitals the zones know ("SEN"), never an abbreviation's word ("Réf. 2301/2026")
    letters = re.sub(r"[^A-Za-zÀ-ÿ]", "", text)
    if len(t) == 1 and len(t[0]) == 3 and t[0] in ICAO_CODES and letters.isupper():
        return t[0]
    return None


PARTICLES = {"de", "da", "dos", "das", "do", "du", "van", "von", "der", "el", "al", "ben", "bin", "ibn", "le", "la", "di"}


# Words a letter's next line opens on that no name holds: a name at a subject line's end does not run on into them.
_LETTER_WORDS = frozenset({"dear", "sir", "madam", "madame", "monsieur", "mesdames", "messieurs", "objet", "subject",
                           "bonjour", "hello"})


def _name_run(raw: str) -> str:
    """The capitalised words a full name is made of, at the start of `raw` ("Ousmane FALL en qualité" -> "Ousmane FALL")."""
    raw = HONORIFIC.sub("", raw.strip(" ,:;"))
    words: list[str] = []
    for w in raw.split():
        w2 = w.strip(",;.")
        if w2 and w2.lower() not in _LETTER_WORDS and (w2[0].isupper() or (w2.lower() in PARTICLES and words)):
            words.append(w2)
            if w2 != w:  # a comma or full stop ends the name
                break
        else:
            break
    while words and words[-1].lower() in PARTICLES:
        words.pop()
    return " ".join(words)


def _opening_its_line(lines: list[Line], pattern: re.Pattern[str]) -> str:
    """A name after the phrase that opens a line ("M. Ana LIMA" in an address block): it ends with its line."""
    for ln in lines:
        m = pattern.match(ln.norm, len(ln.norm) - len(ln.norm.lstrip()))
        if m:
            full = _name_run(ln.raw[m.end() :])
            if len(full.split()) >= 2:
                return full
    return ""


# Words that say a name follows ("My name is Ana Lima."), whatever its case.
_NAMING = re.compile(r"\b(?:MY NAME IS|JE M'APPELLE|JE ME NOMME|MY FULL NAME IS)\b")


def _after(raw: str, full: str) -> int:
    """Where `full`, the name `raw` opens with (an honorific before it aside), ends in `raw`."""
    at = raw.find(full.split()[-1])
    return at + len(full.split()[-1]) if at >= 0 else 0


def _names_from_phrase(lines: list[Line], pattern: re.Pattern[str], source: str) -> dict[str, Field]:
    """The first name the phrase gives; where it gives a surname alone ("Re: acceptance of Ms FOTSO"), a later
    mention giving the same surname with given names ("Ms Estelle FOTSO, born ...") completes it."""
    first: dict[str, Field] = {}
    for found in _phrase_names(lines, pattern, source):
        first = first or found
        if "given_names" in first:
            return first
        if "given_names" in found and "surname" in found and "surname" in first and fold(
                str(found["surname"].value)) == fold(str(first["surname"].value)):
            return found
    return first


def _phrase_names(lines: list[Line], pattern: re.Pattern[str], source: str) -> Iterator[dict[str, Field]]:
    """Each name the phrase gives, in reading order."""
    for ln in page_flows(lines):
        for m in pattern.finditer(ln.norm):
            full = _name_run(ln.raw[m.end() :])
            boxed = _opening_its_line(lines, pattern)
            if boxed and full.startswith(boxed):
                full = boxed
            # (a name in small letters, as a hand writes it, only where the person's birth follows it:
            # "Moi, Daniela Rodríguez, née le ...")
            if len(full) < 3 or not (any(w.isupper() and len(w) > 1 for w in full.split()) or (
                    len(full.split()) >= 2 and (_NAMING.search(m.group(0)) or _BIRTH_AFTER_NAME.match(
                        ln.raw, m.end() + _after(ln.raw[m.end() :], full))))):
                continue
            surname, given = _split_person(full)
            said = source
            turned = _turned_name(lines, full)
            if turned is not None:
                surname, given = turned
                said = f"{source} (order of the name elsewhere)"
            out = {}
            if surname:
                out["surname"] = Field(surname, full, ln.page, said)
            if given:
                out["given_names"] = Field(given, full, ln.page, said)
            yield out


def _turned_name(lines: list[Line], full: str) -> tuple[str, str] | None:
    """A name written without capitals to tell its surname, whose words another line of the paper gives in another
    order ("Je soussigné Phạm Quốc Bảo" and "Quốc Bảo Phạm" over the letter): the word that moves from one end to
    the other is the surname, the given names keeping their order.  None when case tells, or no line turns it."""
    words = full.split()
    if len(words) < 2 or any(w.isupper() and len(w) > 1 for w in words):
        return None
    folded = [fold(w) for w in words]
    for ln in lines:
        other = ln.norm.replace(",", " ").split()
        if sorted(other) != sorted(folded) or other == folded:
            continue
        if other == folded[1:] + folded[:1]:
            return words[0], " ".join(words[1:])
        if other == folded[-1:] + folded[:-1]:
            return words[-1], " ".join(words[:-1])
    return None


# Who signs for the other party: a name under these words is not the person the document is about.
OTHER_PARTY = re.compile(
    r"\b(?:POUR|FOR|ON BEHALF OF|AU NOM DE)\s+(?:L'|LA |LE |THE )?(?:ASSOCIATION|ORGANISME|STRUCTURE|HOST|ORGANI[SZ]ATION"
    r"|FONDATION|FOUNDATION|EMPLOYER)\b|^\s*(?:LE |LA |THE )?(?:PRESIDENTE?|DIRECTEUR|DIRECTRICE|DIRECTOR|TUTEUR|TUTOR"
    r"|REPRESENTANTE?|REPRESENTATIVE|HOST)\b"
    r"|\b(?:FOR AND )?ON BEHALF OF\b|\bPOUR LE COMPTE DE\b"  # ("Signed for and on behalf of AMT": a body named)
)


def _caption_of_another(norm: str) -> bool:
    """A line above a value that makes it another party's: "For the Host ...", or a role alone ("Le tuteur")."""
    m = OTHER_PARTY.search(norm)
    return m is not None and (bool(re.match(r"\s*(?:POUR|FOR|ON BEHALF|AU NOM)\b", m.group(0)))
                              or not norm[m.end() :].strip(" :,.-"))


def _for_another(lines: list[Line], f: Field) -> bool:
    """A value under "For the Host" / "Pour l'association" (its line or the one above says so)."""
    for i, ln in enumerate(lines):
        if ln.page == f.page and f.raw in ln.raw:
            # (a line above counts as a caption alone, "For the Host": not a row holding its own value,
            # "Host organisation  Les Amis du Rail")
            return bool(OTHER_PARTY.search(ln.norm)) or any(_caption_of_another(x.norm)
                                                             for x in lines[max(0, i - 2) : i] if x.page == ln.page)
    return False


def looks_like_a_name(value: str) -> bool:
    """Capitalised words, particles aside, one of two letters at least: OCR's reading of a signature under
    "Le volontaire" ("co", "A ee Ot") is no name."""
    words = [w for w in re.findall(r"[^\W\d_][\w\u0300-\u036f'’-]*", value) if w.lower() not in PARTICLES]
    if re.search(r"\d", value):
        return False  # a numbered heading under the label ("1. Assignment"): names hold no digits
    if len(words) == 1 and len(words[0]) <= 2 and not words[0].isupper():
        return False  # a lone "Cd" is a signature read as letters (a surname alone is printed in capitals)
    return bool(words) and all(w[:1].isupper() for w in words) and any(len(w) >= 2 for w in words)


def person_field(lines: list[Line], field: str) -> dict[str, Field]:
    f = next((v for v in text_values(lines, field)
              if not _for_another(lines, v) and looks_like_a_name(HONORIFIC.sub("", str(v.value)))), None)
    if f is None or not isinstance(f.value, str):
        return {}
    surname, given = _split_person(f.value)
    out = {}
    if surname:
        out["surname"] = Field(surname, f.raw, f.page, f.source)
    if given:
        out["given_names"] = Field(given, f.raw, f.page, f.source)
    return out


def person_names(lines: list[Line], *person_labels: str, phrase: re.Pattern[str] | None = None) -> dict[str, Field]:
    """The person's names: Nom/Prénom labels first, else a full-name label, else a phrase."""
    found = names_from_labels(lines)
    if "surname" in found and "given_names" in found:
        return found
    for label in (*person_labels, "full_name"):
        pf = person_field(lines, label)
        if pf:
            return {**pf, **found}
    if phrase is not None:
        pf = _names_from_phrase(lines, phrase, "phrase:name")
        if pf:
            return {**pf, **found}
    return found



# "Ana LIMA, born 3.4.1999, ..." / "Ana LIMA, née le ...": a sentence opening on the person's name.
_NAME_THEN_BIRTH = re.compile(r"(?:^|(?<=[.:;]\s))([^\W\d_][^,.;:]{2,60}),\s*(?:born|n[ée]e?(?:\(e\))?)\b", re.I)


# "... la candidature de Ana LIMA (née le ...)", "... the application of Ana LIMA, born ...": a birth in
# brackets or after a comma, the name mid-sentence before it.
_BIRTH_AFTER_NAME = re.compile(r"\s*[,(]\s*(?:born|n[ée]e?(?:\s*\(e\))?)\b", re.I)
# "... est née à Garoua (Cameroun) Ama MENSAH, de sexe féminin, fille de ...": the person a birth
# certificate tells of, named right before their sex or parents.
_NAME_BEFORE_SEX = re.compile(
    r"\s*,\s*(?:de sexe\b|fils de\b|fille de\b|enfant de\b|male\b|female\b|son of\b|daughter of\b|child of\b)", re.I
)


def _run_ending_at(raw: str, end: int) -> str:
    """The capitalised words just before `end` when a lower-case word stands before them: a name in
    the middle of a sentence (never a title or a sentence's first words joined to it)."""
    words = raw[:end].split()
    i = len(words)
    while i > 0 and (words[i - 1][:1].isupper() or words[i - 1].lower() in PARTICLES) and not re.search(
        r"[.:;,)]$", words[i - 1]
    ):
        i -= 1
    run = words[i:]
    while run and run[0].lower() in PARTICLES:
        run = run[1:]
    if i == 0 or not re.fullmatch(r"[a-zà-ÿ'’]+|\(.*\)|.*,|[-–—]", words[i - 1]):
        return ""  # (a bracket closes the place before: "née à Garoua (Cameroun) Ama MENSAH"; a comma a reference
        # before: "entry No. 229, Ama MENSAH, female"; a dash a subject's words: "Re: Volunteer placement - Ama MENSAH,")
    return " ".join(run)


def named(full: str, page: int, source: str) -> dict[str, Field]:
    if len(full.split()) < 2 or not any(w.isupper() and len(w) > 1 for w in full.split()):
        return {}
    surname, given = _split_person(full)
    if not (surname and given):
        return {}
    return {"surname": Field(surname, full, page, source), "given_names": Field(given, full, page, source)}


def _name_before_birth(lines: list[Line]) -> dict[str, Field]:
    # a sentence opens a line or follows another one's end (never a title joined to it when lines are flowed)
    texts = [(ln.page, ln.raw) for ln in lines] + [(fl.page, fl.raw) for fl in page_flows(lines)]
    for page, raw in texts:
        for m in _NAME_THEN_BIRTH.finditer(raw.strip()):
            full = _name_run(m.group(1))
            found = named(full, page, "phrase:name, born") if full == m.group(1).strip() else {}
            if found:
                return found
    for fl in page_flows(lines):
        for m in _BIRTH_AFTER_NAME.finditer(fl.raw):
            found = named(_run_ending_at(fl.raw, m.start()), fl.page, "phrase:name (born")
            if found:
                return found
        for m in _NAME_BEFORE_SEX.finditer(fl.raw):
            found = named(_run_ending_at(fl.raw, m.start()), fl.page, "phrase:name, de sexe")
            if found:
                return found
    return {}


# A civil registry's act naming the child in its sentence: "... un enfant de sexe masculin, prénommé José María, nom
# LOPEZ, fils de ..." or "de nom LOPEZ, prénommée ...": each name after its own word, up to the next comma.
_NAME_RUN = r"([^\W\d_](?:[^\W\d_]|[\u0300-\u036f' -]){0,58}[^\W\d_])"  # (a mark folding leaves: "Olúṣẹ́gun")
_REGISTRY_NAMING = (
    re.compile(rf"\bPRENOMMEE?\s*:?\s+{_NAME_RUN}\s*,\s*(?:DE\s+)?NOM(?:\s+DE\s+FAMILLE)?\s*:?\s+{_NAME_RUN}\s*[,.;]"),
    re.compile(rf"\b(?:DE\s+)?NOM(?:\s+DE\s+FAMILLE)?\s*:?\s+{_NAME_RUN}\s*,\s*PRENOMM?(?:EE?|S)?\s*:?\s+{_NAME_RUN}\s*[,.;]"),
)


def registry_naming(lines: list[Line]) -> dict[str, Field]:
    """The child's names as a registry act's sentence gives them, each after its word ("prénommé ..., nom ...")."""
    for fl in page_flows(lines):
        for number, rx in enumerate(_REGISTRY_NAMING):
            m = rx.search(fl.norm)
            if m is None:
                continue
            given_at, surname_at = (1, 2) if number == 0 else (2, 1)
            given, surname = (clean(fl.raw[m.start(g) : m.end(g)]) for g in (given_at, surname_at))
            raw = fl.raw[m.start() : m.end()]
            return {"surname": Field(surname, raw, fl.page, "phrase:nom, prenomme"),
                    "given_names": Field(given, raw, fl.page, "phrase:nom, prenomme")}
    return {}


# A name's boxes, each captioned by its part ("NAME OF CHILD (First)" / "José" / "(Middle)" / "María" / "(Last)" /
# "LÓPEZ"): the value on the line under each caption.
_NAME_PART = re.compile(r"\((FIRST|MIDDLE|LAST|GIVEN|FAMILY|SURNAME)\)\s*$")
_GIVEN_PARTS = ("FIRST", "MIDDLE", "GIVEN")


def name_in_parts(lines: list[Line]) -> dict[str, Field]:
    """Surname and given names from boxes captioned by the name's parts; {} unless both first and last are given."""
    given: list[str] = []
    surname = ""
    page = None
    for i, ln in enumerate(lines[:-1]):
        m = _NAME_PART.search(ln.norm)
        nxt = lines[i + 1]
        if m is None or nxt.page != ln.page or _NAME_PART.search(nxt.norm) or ANY_LABEL.match(nxt.norm):
            continue
        value = clean(nxt.raw)
        if not value or re.search(r"\d", value):
            continue
        page = ln.page
        if m.group(1) in _GIVEN_PARTS:
            given.append(value)
        elif not surname:
            surname = value
    if not (given and surname):
        return {}
    raw = " ".join([*given, surname])
    return {"surname": Field(surname, raw, page, "boxes:name parts"),
            "given_names": Field(" ".join(given), raw, page, "boxes:name parts")}


def person_prose(lines: list[Line], out: dict[str, Field], *phrases: re.Pattern[str]) -> None:
    """Fill names, birth date and nationality from sentences where labels gave none."""
    if "surname" not in out or "given_names" not in out:
        # the first phrase giving a whole name ("Ms LIMA" alone gives a surname only)
        candidates = [f for f in (_names_from_phrase(lines, ph, "phrase:name") for ph in phrases) if f]
        best = next((f for f in candidates if len(f) == 2), candidates[0] if candidates else {})
        for k, v in best.items():
            out.setdefault(k, v)
    if "surname" not in out and "given_names" not in out:
        out.update(_name_before_birth(lines))
    flows = page_flows(lines)
    if "date_of_birth" not in out:
        f = prose_date(flows, _DOB_PHRASE, "phrase:ne le")
        if f is not None:
            out["date_of_birth"] = f
    if "nationality" not in out:
        for fl in flows:
            for m in re.finditer(r"\b(?:DE NATIONALITE|A NATIONAL OF|A CITIZEN OF|CITIZEN OF|RESSORTISSANTE? DE|NATIONALITY)\s*:?\s*([A-Z][A-Z ]{2,20})", fl.norm):
                code = nationality_code(m.group(1))
                if code:
                    out["nationality"] = Field(code, fl.raw[m.start(1) : m.end(1)].strip(), fl.page, "phrase:nationalite")
                    break
            if "nationality" in out:
                break
