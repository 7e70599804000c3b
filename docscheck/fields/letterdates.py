"""Where a letter or an act dates itself: "Fait à <place>, le <date>", "Bon pour accord le <date>", a
dated header ("Paris, le 3 mars 2026"), a date alone on the first or last lines.

Each finder names the phrase it read (the field's `source`), so a person can check where the date came
from.  Dates after a label are `docscheck.fields.finders`' job.
"""

from __future__ import annotations

import re

from docscheck import dates
from docscheck.fields.finders import WEEKDAY, date_opening, dates_in_text, first_date, lone_date
from docscheck.fields.labels import ANY_LABEL
from docscheck.fields.lines import Flow, Line, page_flows
from docscheck.model import Field
from docscheck.textnorm import fold

# "Fait à Paris, le 3 mars 2026" / "Done at Paris on 3 March 2026": the signature date.
# (bilingual: "Fait à / Done at Paris, le / on 11/11/2025")
# The verbs of signing or issuing in the languages letters come in, and the words before a place and a date
# ("Faita": "Fait à" as OCR reads it with its "à" glued on, "Faita Paris le 08/07/2026").
_DONE = (r"FAITE?|FAITA|ETABLIE?|DELIVREE?|SIGNEE?|DONE|SIGNED|ISSUED|MADE|FIRMADO|HECHO|EXPEDIDO|ASSINADO|FEITO|EMITIDO"
         r"|RILASCIATO|FIRMATO|AUSGESTELLT|UNTERSCHRIEBEN"
         # the day a contract is made ("Le présent contrat est conclu le ...", "This agreement is entered into this
         # ...", "THIS AGREEMENT is dated 3rd March 2026"): its day right after the verb, never a date further on
         # ("mon contrat conclu avec l'association X, prévue le 31 mai 2027" dates the mission's end)
         r"|(?:CONCLUE?|ENTERED INTO|(?:AGREEMENT|CONTRACT|DEED) IS|CONTRAT EST)(?=\s+(?:LE|ON|THIS|DATED|DATEE? DU)\b)"
         # a copy's certification is when the copy was made: "Pour copie conforme, Dakar, le ..."
         r"|(?:POUR )?(?:COPIE|EXTRAIT)(?: CERTIFIEE?)? CONFORMES?|(?:CERTIFIED )?TRUE COPY|CERTIFIED COPY"
         r"|COPIA (?:CONFORME|FIEL|CERTIFICADA)"
         # an English registrar's or a body's "Given under my hand ... this 3rd day of", "Given at Lyon this ..."
         r"|GIVEN(?= UNDER\b| AT\b)")
_AT = r"A|AT|IN|EN|EM|IN|AUX"
_ON = r"LE|ON|EL|EM|AM|IL|DEN|THIS|DATED|DATEE? DU"
# (every "le"/"on" after the verb is tried in turn: "Délivré par le Greffier en chef le vingt-quatre mai ...")
_DONE_AT = re.compile(
    rf"(?=\b(?:{_DONE})\b\s*(?:{_AT})?\b[^\n]{{0,60}}?\b(?:{_ON})\b(?:\s*/\s*(?:{_ON})\b)?)",
    re.I,
)
_ON_AFTER_DONE = re.compile(rf"\b(?:{_ON})\b(?:\s*/\s*(?:{_ON})\b)?\s*", re.I)
_DONE_SPAN = 80
# ... or without "le"/"on": "Done at Accra, 3 May 2026", "Fait à Dakar, 12/03/2026".
_DONE_AT_COMMA = re.compile(rf"\b(?:{_DONE})\s+(?:{_AT})\s+[^\n,;:]{{2,40}},\s*(?:THIS\s+)?")
# "À Bordeaux, le <date>" opening a line of a signature block: a capital "À" (in the printed text) starts no
# sentence's middle ("née à Bordeaux, le ..." is a birth).
_AT_PLACE_ON = re.compile(r"(?:^|(?<=\s))À\s+[^\W\d_][^\n,;:.]{1,40},\s*le\b")


def _first_dated_on(fl: Flow, verb: int) -> tuple[int, dates.DateMatch] | None:
    """After a verb of signing or issuing, the first "le"/"on"/"this" that a date follows, and that date."""
    for o in _ON_AFTER_DONE.finditer(fl.norm, verb, verb + _DONE_SPAN):
        # (or a short date as hands write it: "Fait à Paris le 5/08/26")
        dm = date_opening(fl.raw[o.end() : o.end() + 55], 3) or lone_date(fl.raw, o.end(), min(len(fl.raw), o.end() + 55))
        if dm is not None:
            return o.end(), dm
    return None


# A form's dotted line between a caption and what is written on it ("Fait à : ........ Marseille le : .... 15/12/2025").
_LEADERS = re.compile(r"\s*[._…]{4,}\s*")


def done_at_date(lines: list[Line]) -> Field | None:
    """ "Fait à <place>, le <date>": the last such phrase (signatures come at the end), on a form's dotted lines too."""
    best: Field | None = None
    for fl in page_flows(lines):
        if _LEADERS.search(fl.raw):
            raw = _LEADERS.sub(" ", fl.raw)
            fl = Flow(fl.page, raw, fold(raw))
        found = [(m.end(), dm) for m in (*_DONE_AT_COMMA.finditer(fl.norm), *_AT_PLACE_ON.finditer(fl.raw))
                 if (dm := date_opening(fl.raw[m.end() : m.end() + 55], 3)) is not None]
        for m in _DONE_AT.finditer(fl.norm):
            hit = _first_dated_on(fl, m.start())
            if hit is not None:
                found.append(hit)
        for _end, dm in sorted(found, key=lambda x: x[0]):
            best = Field(dm.value, dm.raw, fl.page, "phrase:fait a ... le")
    if best is None:  # "Fait à : . Bordeaux cosine ter 24/05/2026": OCR lost the "le", the date ends the line
        for ln in lines:
            place = _DONE_AT_PLACE.match(ln.norm)
            if place is None:
                continue
            ending = dates_in_text(ln.raw[place.end() : place.end() + _DONE_SPAN])
            if ending and not ln.norm[place.end() + ending[-1].end :].strip(" .:"):
                best = Field(ending[-1].value, ending[-1].raw, ln.page, "phrase:fait a ... <date>")
    return best


_DONE_AT_PLACE = re.compile(r"\s*(?:FAITE?|FAITA|DONE)\s*(?:A|AT)\b")


# The words a party writes by hand over its signature, then the date: "Bon pour accord le 08/07/2026".
_AGREED = re.compile(r"\b(?:BON POUR ACCORD|LU ET APPROUVE|READ AND APPROVED|AGREED AND ACCEPTED)\b[\s,:]*"
                     r"(?:(?:LE|ON|DATE)\b[\s:]*)?")


def agreed_date(lines: list[Line]) -> Field | None:
    """The date written with a party's agreement ("Bon pour accord le <date>"): when it signed."""
    best: Field | None = None
    for fl in page_flows(lines):
        for m in _AGREED.finditer(fl.norm):
            dm = date_opening(fl.raw[m.end() : m.end() + 55], 2)
            if dm is not None:
                best = Field(dm.value, dm.raw, fl.page, "phrase:bon pour accord le")
    return best


# "Paris, le 3 mars 2026" / "Dakar, 3 March 2026": a letter's dated header, a place and a date alone on a line.
# (a place's name holds no form's dotted leaders: "Déclarant ........ le père, le 18/02/2007" is a box's value)
_PLACE_DATE = re.compile(r"^\s*[A-Z](?:[A-Z' -]|\.(?!\.)){1,40},\s*(?:LE\s+|ON\s+|THE\s+)?")


_SIGNATORY_NEXT = re.compile(r"(?:POUR|FOR|P/O|PAR DELEGATION|ON BEHALF OF)\s+(?:L[EA]\b|L'|THE\b)")
_REFERENCE_FIRST = re.compile(r"\s*(?:N/|V/|NOTRE |VOTRE |OUR |YOUR )?REF(?:ERENCE)?\.?\s*:?\s*\S+\s+")


def dated_header(lines: list[Line]) -> Field | None:
    """A letter's date written as "<place>, le <date>" on its own line (the first such line)."""
    for ln in lines:
        # (after a reference on the same line: "N/Réf. : 1724/CG/2026     Marseille, le 9 mai 2026")
        ref = _REFERENCE_FIRST.match(ln.norm)
        at = ref.end() if ref is not None and len(ln.norm) == len(ln.raw) else 0
        m = _PLACE_DATE.match(ln.norm[at:])
        if m is None or not ln.raw[at:].lstrip()[:1].isupper():
            continue  # (a place's name starts with a capital: "... mon contrat, le 11/12/2026" ends a sentence)
        day = WEEKDAY.match(ln.norm, at + m.end())  # ("Lille, le vendredi 15 mai 2026")
        start = day.end() if day else at + m.end()
        dm = first_date(ln.raw[start:]) or lone_date(ln.raw[start:], 0, len(ln.raw) - start)  # ("Lyon, le 4/06/26")
        if dm is None or dm.start > 3:
            continue
        rest = ln.raw[start + dm.end :].strip(" ./|")
        # (or the same written again in the other language: "Paris, 12 November 2025   Paris, le 12 novembre 2025",
        # "Lille, 15 de maio de 2026 / le 15 mai 2026")
        again = _PLACE_DATE.match(fold(rest)) or re.match(r"(?:LE|ON|THE)\s+", fold(rest))
        after = rest[again.end() :] if again else ""
        twin = first_date(after)
        # (or a signatory's block in the next column: "Lille, 15.05.2026      Pour le comité")
        if not rest or _SIGNATORY_NEXT.match(fold(rest)) or (
                twin is not None and twin.value == dm.value and twin.start <= 3 and not after[twin.end :].strip(" .")):
            return Field(dm.value, dm.raw, ln.page, "phrase:place, date")
    return None


# The first lines of a page where a letter's date stands alone ("12 November 2025", "Le 3 mars 2026").
_TOP_LINES = 6


# A street address opening its line ("7 place Bellecour, 69002 Lyon", "12 rue ...", "4, avenue ...").
STREET_LINE = re.compile(r"\s*\d+(?:\s*(?:BIS|TER))?,?\s+(?:RUE|AVENUE|AV\.|QUAI|BOULEVARD|BD|PLACE|CHEMIN|ALLEE"
                         r"|IMPASSE|ROUTE|COURS|STREET|ROAD)\b")


_RUNS_ON_WORD = re.compile(r"(?:,|\b(?:DU|AU|LE|LA|DE|EN|A|JUSQU'AU|DEPUIS|APRES|AVANT|ON|OF|TO|FROM|UNTIL|THE|SINCE|BEFORE"
                           r"|AFTER|BY|IN))\s*$")


# A printed e-mail dates itself by the day and hour it was sent, alone on a header line ("Wednesday, 17 December 2025
# 15:15", "mer. 17 déc. 2025 à 15:15", "Envoyé : 17/12/2025 09:02"): the hour after the date, and before it at
# most a weekday, shortened as mail programs print it, or the header's caption.
_CLOCK_AFTER = re.compile(r"\s*(?:,|\bA\b|\bAT\b)?\s*\d{1,2}\s*[:H.]\s*\d{2}(?:\s*(?:AM|PM))?[\s.]*")
_SENT_BEFORE = re.compile(r"\s*(?:(?:ENVOYE|SENT|DATE)\s*:?\s*)?(?:(?:LUNDI|MARDI|MERCREDI|JEUDI|VENDREDI|SAMEDI|DIMANCHE"
                          r"|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY"
                          r"|LUN|MAR|MER|JEU|VEN|SAM|DIM|MON|TUE|WED|THU|FRI|SAT|SUN)\.?,?\s*)?")


def _sent_on(ln: Line, dm: dates.DateMatch) -> bool:
    """Whether the date on `ln` is an e-mail's sending date: the date, its hour and at most a weekday."""
    before = ln.norm[: dm.start]
    day = WEEKDAY.match(before)
    return bool(_CLOCK_AFTER.fullmatch(ln.norm[dm.end :])) and bool(
        _SENT_BEFORE.fullmatch(before) or (day and day.group(0) and not before[day.end() :].strip()))


def _alone_on_its_line(lines: list[Line], i: int) -> dates.DateMatch | None:
    """A date standing alone on line `i` (after "le", "on", "Date :" or "<Place>,"), under no label and
    ending no wrapped sentence ("... du 01.08.2026 au" / "31.05.2027."), or an e-mail's sending date and hour."""
    ln = lines[i]
    dm = first_date(ln.raw)
    if dm is not None and _sent_on(ln, dm):
        return dm
    if dm is None or ANY_LABEL.search(ln.norm) or (i and ANY_LABEL.search(lines[i - 1].norm)):
        return None
    alone = not (ln.raw[: dm.start] + ln.raw[dm.end :]).strip(" .,")
    if i and lines[i - 1].page == ln.page and re.search(r"[a-zà-ÿ,]\s*$", lines[i - 1].raw) and not re.match(
        r"\s*(?:le|on|the)\b", ln.raw
    ) and not STREET_LINE.match(lines[i - 1].norm) and not (alone and not _RUNS_ON_WORD.search(lines[i - 1].norm)):
        # (a letterhead's street address is no sentence running on, nor a sender's line over a date filling its own
        # line; a sentence broken before its date ends on a word that calls for it: "du", "until", ",")
        return None
    rest = (ln.norm[: dm.start] + " " + ln.norm[dm.end :]).strip(" .,")
    day = WEEKDAY.match(rest)
    rest = rest[day.end() :] if day else rest  # "Jeudi 18 juin 2026"
    if re.fullmatch(r"(?:(?:[A-Z][A-Z' .-]{1,40},\s*)?(?:LE|ON|THE|DATE)?\s*:?)?", rest.strip(" .,")):
        return dm
    return None


# A letter whose first sentence opens on its date, its writer speaking next ("Le 18 juin 2026, je soussigné ...",
# "On 18 June 2026, I, ...").
_DATE_THEN_WRITER = re.compile(r"\s*(?:LE|ON|THE)?\s*$")
_WRITER_AFTER = re.compile(r"\s*,?\s*(?:JE|J'|I|NOUS|WE)\b")


def date_opening_the_letter(lines: list[Line]) -> Field | None:
    """The date a letter's first sentence opens on, before its writer's "je" (the letter's date)."""
    for ln in lines[:_TOP_LINES * 2]:
        dm = first_date(ln.raw)
        if dm is None or not _DATE_THEN_WRITER.fullmatch(ln.norm[: dm.start]) or not _WRITER_AFTER.match(ln.norm, dm.end):
            continue
        return Field(dm.value, dm.raw, ln.page, "phrase:le <date>, je")
    return None


def date_on_top(lines: list[Line]) -> Field | None:
    """A letter's date alone on one of its first lines, under no label (a label's value is its own field)."""
    for i, ln in enumerate(lines[: _TOP_LINES * 2]):
        if i and lines[i - 1].page != ln.page:
            break
        dm = _alone_on_its_line(lines, i)
        if dm is not None and (i < _TOP_LINES or _sent_on(ln, dm)):  # (an e-mail's header runs longer)
            return Field(dm.value, dm.raw, ln.page, "phrase:date on top")
    return None


# A row of captions opening with the date's ("Date | Le volontaire : ...", "Date de signature  Signature"): a table of
# signatures whose first column is dated in the row below.
_DATE_CAPTION_ROW = re.compile(r"\s*(?:DATE(?: DE (?:LA )?SIGNATURE)?|FAIT LE|SIGNE LE|SIGNED ON|DATED?)\s*:?\s+\S")


def date_under_caption(lines: list[Line]) -> Field | None:
    """The date opening the row under a row of captions that opens with the date's: the signatures' table."""
    for i, ln in enumerate(lines[:-1]):
        below = lines[i + 1]
        if below.page != ln.page or not _DATE_CAPTION_ROW.match(ln.norm):
            continue
        dm = first_date(below.raw)
        if dm is not None and not below.raw[: dm.start].strip(" |:"):
            return Field(dm.value, dm.raw, below.page, "table:date under its caption")
    return None


# A sticker's "DELIVRE A / ISSUED AT" box and, under its place, a bare "LE / ON" caption over the date of issue.
_ISSUED_AT = re.compile(r"\s*(?:DELIVREE? A|ISSUED (?:AT|IN)|EMISE? A|EXPEDIDO EN|LIEU DE DELIVRANCE|PLACE OF ISSUE)\b")
_BARE_ON = re.compile(r"\s*(?:LE|ON|EL)(?:(?:\s*/\s*|\s+)(?:LE|ON|EL)\b)*\s*:?\s*")  # ("LE / ON", "LE on")


def issued_on_below_place(lines: list[Line]) -> Field | None:
    """The date under a bare "LE" caption a few lines below an "issued at" caption (a sticker's boxes, stacked)."""
    for i, ln in enumerate(lines):
        if not _ISSUED_AT.match(ln.norm):
            continue
        for j in range(i + 1, min(i + 4, len(lines))):
            on = _BARE_ON.match(lines[j].norm)
            if lines[j].page != ln.page or on is None or not on.group(0).strip():
                continue
            same = first_date(lines[j].raw[on.end() :])  # "Issued in HUE" / "On 17 JUN 2026"
            if same is not None and same.start <= 1:
                return Field(same.value, same.raw, ln.page, "boxes:issued at ..., on")
            below = lines[j + 1] if j + 1 < len(lines) and _BARE_ON.fullmatch(lines[j].norm) else None
            dm = first_date(below.raw) if below is not None else None
            if below is not None and below.page == ln.page and dm is not None and dm.start <= 1:
                return Field(dm.value, dm.raw, below.page, "boxes:issued at ..., le")
    return None


def date_at_bottom(lines: list[Line]) -> Field | None:
    """A letter's date alone on one of its last lines, under its signatory ("La directrice," / "le 15.05.2026")."""
    last = [i for i, ln in enumerate(lines) if ln.page == lines[-1].page][-_TOP_LINES:] if lines else []
    for i in reversed(last):
        dm = _alone_on_its_line(lines, i)
        if dm is not None:
            return Field(dm.value, dm.raw, lines[i].page, "phrase:date at the bottom")
    return None


# The parties' headings side by side over their signatures ("Pour l'association   Le volontaire", "For the Host
# Organisation   The Volunteer"): the host's words, and the volunteer's.
_HOST_PARTY = re.compile(r"\b(?:ASSOCIATION|ORGANISME|ORGANISATION|ORGANIZATION|STRUCTURE|HOST|FONDATION|FOUNDATION"
                         r"|ON BEHALF OF|POUR LE COMPTE DE|AU NOM DE"
                         r"|PRESIDENTE?|PRESIDENT|DIRECTRICE|DIRECTEUR|DIRECTOR|POUR (?!(?:LE|LA|LES|UN|UNE)\b)[A-Z]{2,8})\b")
_VOLUNTEER_PARTY = re.compile(r"\b(?:LE|LA|THE|L')?\s*(?:/\s*(?:LE|LA)\s+)?(?:VOLONTAIRE|VOLUNTEER|BENEVOLE)\b")
# A third party's column beside them (a federation endorsing its member's contract, a tutor, a witness).
_OTHER_PARTY = re.compile(r"\b(?:FEDERATION|UNION|RESEAU|NETWORK|TUTEUR|TUTRICE|TUTOR|REFERENTE?|TEMOIN|WITNESS)\b")
_PARTY_ROWS = 4  # the dates' row stands at most a few rows under the headings (names, "Signature :")
# A row of dates under the headings holds the dates and little else ("Date : 19/11/2025   Date : 05/12/2025").
_DATE_ROW_REST = re.compile(r"[\s,.:|/-]*(?:(?:DATE|DATED|LE|ON|SIGNE|SIGNED|SIGNEE)\b[\s,.:|/-]*)*")


def volunteer_signed(lines: list[Line]) -> Field | None:
    """The date under the volunteer's own signature, where each party dates its signature in its own column.
    The official text asks for the "Signing of a voluntary contract before your entry into France": the contract
    is signed once the volunteer has signed it, so of the parties' dates the volunteer's is the one that counts
    (the association commonly signs first and sends it).  The columns are told by the headings' order."""
    for i, ln in enumerate(lines):
        host, vol = _HOST_PARTY.search(ln.norm), _VOLUNTEER_PARTY.search(ln.norm)
        if host is None or vol is None or re.search(r"\d", ln.norm) or len(ln.norm.split()) > 12:
            continue
        column = 0 if vol.start() < host.start() else 1
        # three parties or more: the volunteer's place among all the headings, when the row has a date for each
        heads = sorted({m.start() for rx in (_HOST_PARTY, _VOLUNTEER_PARTY, _OTHER_PARTY) for m in rx.finditer(ln.norm)})
        for nxt in lines[i + 1 : i + 1 + _PARTY_ROWS]:
            if nxt.page != ln.page:
                break
            found = _dates_in(nxt.raw)
            rest = nxt.norm
            for d in reversed(found):
                rest = rest[: d.start] + " " + rest[d.end :]
            if len(found) == 2 and _DATE_ROW_REST.fullmatch(rest):
                dm = found[column]
                return Field(dm.value, dm.raw, nxt.page, "phrase:the volunteer's date under the signatures")
            if len(found) == len(heads) >= 3 and vol.start() in heads and _DATE_ROW_REST.fullmatch(rest):
                dm = found[heads.index(vol.start())]
                return Field(dm.value, dm.raw, nxt.page, "phrase:the volunteer's date under the signatures")
    return _under_the_volunteers_heading(lines) or _volunteers_row(lines)


# A signing table's header row: its columns' captions, the date's among them ("Name  Signature  Date").
_SIGNING_HEADER = re.compile(r"(?=.*\b(?:SIGNATURE|SIGNED|SIGNE)\b)(?=.*\bDATE\b)[A-Z /|()'\"“”-]{0,60}")
_TABLE_ROWS = 4  # the parties' rows under it


def _volunteers_row(lines: list[Line]) -> Field | None:
    """A signing table with a row per party under its captions ("Name Signature Date" / "Volunteer Kofi MENSAH
    04/03/2026"): the date on the volunteer's row, the only one on that row; the parties' rows not told apart (OCR
    put "For the Host" on a line of its own), the last of their dates: the contract is signed once both have."""
    for i, ln in enumerate(lines):
        if not _SIGNING_HEADER.fullmatch(ln.norm.strip()):
            continue
        rows = []
        for row in lines[i + 1 : i + 1 + 2 * _TABLE_ROWS]:
            if row.page != ln.page:
                break
            found = _dates_in(row.raw)
            if _VOLUNTEER_PARTY.match(row.norm) and not _HOST_PARTY.search(row.norm) and len(found) == 1:
                dm = found[0]
                return Field(dm.value, dm.raw, row.page, "phrase:the date on the volunteer's row of the signing table")
            if len(found) == 1:
                rows.append(Field(found[0].value, found[0].raw, row.page, "phrase:the last date of the signing table"))
        if len(rows) >= 2:  # (one dated row alone may be the host's)
            return max(rows, key=lambda f: f.value)  # type: ignore[arg-type, return-value]
    return None


# A signing block's heading for the volunteer alone on its line ("Le / la volontaire", "Signature du volontaire",
# "The Volunteer (read and approved)").
_VOLUNTEER_HEADING = re.compile(r"\s*(?:(?:SIGNATURE|NOM ET SIGNATURE|SIGNED)\s+(?:DU|DE LA|DE L'|OF THE|BY THE)\s*)?"
                                r"(?:LE|LA|L'|THE)?\s*(?:/\s*(?:LE|LA)\s+)?(?:VOLONTAIRE|VOLUNTEER|BENEVOLE)\b"
                                r"(?:\s*[,(:-]?\s*(?:LU ET APPROUVE|READ AND APPROVED|BON POUR ACCORD|SIGNATURE|\(E\))\)?)*"
                                r"\s*[.:]?\s*")


def _under_the_volunteers_heading(lines: list[Line]) -> Field | None:
    """Signing blocks one above the other: the date alone on a line a few lines under the volunteer's heading
    (before the next block's heading)."""
    for i, ln in enumerate(lines):
        if not _VOLUNTEER_HEADING.fullmatch(ln.norm) or _HOST_PARTY.search(ln.norm) or len(ln.norm.split()) > 7:
            continue
        for j in range(i + 1, min(i + 1 + _PARTY_ROWS, len(lines))):
            if lines[j].page != ln.page or _HOST_PARTY.search(lines[j].norm):
                break
            found = _dates_in(lines[j].raw)
            rest = lines[j].norm
            for d in reversed(found):
                rest = rest[: d.start] + " " + rest[d.end :]
            if len(found) == 1 and _DATE_ROW_REST.fullmatch(rest):
                dm = found[0]
                return Field(dm.value, dm.raw, lines[j].page, "phrase:the date under the volunteer's signature")
    return None



def _dates_in(text: str) -> list[dates.DateMatch]:
    """Every date on a line, in order ("1ER JUILLET 2022" in capitals too, as `finders` reads it)."""
    return dates.find_dates(re.sub(r"\b1ER\b", "1er", text))


# A signing platform's certificate: each signature with its day and time ("Signé le 03/03/2026 à 10:14:52", "Signed
# on 2026-03-03 at 10:14 UTC", "signed electronically on ...").
_SIGNED_WORD = re.compile(r"\b(?:SIGNE(?:E|\(E\))?|SIGNED|SIGNATURE)\b")
_AT_TIME = re.compile(r"\s*(?:A|AT|,|-|\||T)?\s*\d{1,2}\s*[:H]\s*\d{2}\b")  # ("... 14:22", "2026-03-03T14:22:05Z")


def signed_online(lines: list[Line]) -> Field | None:
    """The last time-stamped signature, as a signing platform lists the parties' signatures: the contract is
    signed once its last party has signed ("Signing of a voluntary contract before your entry into France")."""
    stamped = []
    for ln in lines:
        if not _SIGNED_WORD.search(ln.norm):
            continue
        for d in _dates_in(ln.raw):
            if _AT_TIME.match(fold(ln.raw[d.end : d.end + 12])):
                stamped.append(Field(d.value, d.raw, ln.page, "phrase:the last time-stamped signature"))
    return max(stamped, key=lambda f: f.value) if stamped else None  # type: ignore[arg-type, return-value]
