"""One extractor per document type, dispatched through `EXTRACTORS` {DocType: extractor}."""

from __future__ import annotations

import re
from collections.abc import Callable

from docscheck.classify import commits_to_leave, cue_found, prepare_page
from docscheck.countries import ICAO_CODES
from docscheck.dates import find_dates
from docscheck.fields.authorities import authority_in_prose
from docscheck.fields.copykind import copy_kind
from docscheck.fields.duties import volunteer_mission
from docscheck.fields.finders import (
    date_field,
    dated_reference,
    first_date,
    number_field,
    prose_date,
    signature_area,
    text_field,
    text_values,
)
from docscheck.fields.labels import ANY_LABEL, TRAVEL_DOCUMENT
from docscheck.fields.lengths import days_stated, months_in_days, term_end, term_from_start
from docscheck.fields.letterdates import (
    agreed_date,
    date_at_bottom,
    date_on_top,
    date_opening_the_letter,
    date_under_caption,
    dated_header,
    done_at_date,
    issued_on_below_place,
    signed_online,
    volunteer_signed,
)
from docscheck.fields.lines import Line, clean, page_flows
from docscheck.fields.organisation import find_association
from docscheck.fields.parents import surname_by_parents, without_parents
from docscheck.fields.people import (
    ADDRESSEE,
    BIRTH_MOMENT,
    BORN_NAMED,
    CERTIFIED_PERSON,
    HONORIFIC_BEFORE,
    SALUTATION,
    SEX_WORDS,
    UNDERSIGNED,
    name_in_parts,
    names_from_labels,
    nationality_code,
    person_field,
    person_names,
    person_prose,
    registry_naming,
)
from docscheck.fields.periods import date_ranges, period_row, validity_range
from docscheck.fields.places import (
    place_in_last_column,
    place_of_birth_in_prose,
    place_only,
    place_opening_name,
)
from docscheck.fields.stacks import caption_only
from docscheck.fields.writers import name_in_role_column, sender_block, writer_names
from docscheck.model import DocType, Field
from docscheck.textnorm import fold

_AUTHORITY_WORDS = re.compile(
    r"\b(?:DIRECTION|DELEGATION|MINISTERE|MINISTERIO|MINISTRY|SERVICE|DEPARTMENT|POLICIA|POLICE|IMMIGRATION"
    r"|PREFECTURE|SURETE|BUNDESREPUBLIK|AUSWARTIGES|EMBASSY|AMBASSADE|CONSULAT)\b"
)


def _without_dates(f: Field | None) -> Field | None:
    """A place or an authority read on a value line under a row of labels, the row's dates taken out
    ("HO CHI MINH 22 01 2025" under "Place of birth / Date of issue")."""
    if f is None:
        return None
    value = str(f.value)
    for dm in reversed(find_dates(value)):
        value = value[: dm.start] + " " + value[dm.end :]
    # (nor the next column's caption: "Direction Générale ...   Signature du titulaire/Holder's signature")
    value = clean(re.split(r"\s(?:Signature du titulaire|Holder's signature|Signature of (?:the )?holder|Firma del titular)",
                           value, maxsplit=1, flags=re.I)[0])
    return Field(value, f.raw, f.page, f.source) if value else None


def _in_words(f: Field | None) -> bool:
    """An authority's name: words, never a number nor a country's name alone ("NIGERIA IMMIGRATION SERVICE" is
    one, "REPUBLIC OF NIGERIA" the page's title)."""
    if f is None or re.search(r"[\d<]", str(f.value)):
        return False
    return not nationality_code(str(f.value)) or bool(_AUTHORITY_WORDS.search(fold(str(f.value))))


# A name never ends on a preposition or an article: one that does goes on, on the next line ("DIRECTION DE" /
# "L'AUTOMATISATION DES" / "FICHIERS" in a stamp's narrow box).
_DANGLING = re.compile(r"\b(?:DE|DES|DU|D'|LA|LE|LES|L'|ET|OF|THE|AND|FOR|DEL|DA|DO|DOS|Y|E)$")
_RUN_ON_LINES = 3


def _run_on(f: Field, lines: list[Line]) -> Field:
    """A value cut after a dangling word, joined with the lines its name goes on over."""
    value = str(f.value)
    at = next((i for i, ln in enumerate(lines) if ln.page == f.page and ln.raw.rstrip().endswith(f.raw.strip())), None)
    if at is None or not _DANGLING.search(fold(value)):
        return f
    for nxt in lines[at + 1 : at + 1 + _RUN_ON_LINES]:
        if nxt.page != f.page or ANY_LABEL.match(nxt.norm) or re.search(r"[\d<:]", nxt.norm):
            break
        value = f"{value} {clean(nxt.raw)}"
        if not _DANGLING.search(fold(value)):
            return Field(value, f"{f.raw} {nxt.raw.strip()}", f.page, f"{f.source} (over several lines)")
    return f


def _authority(lines: list[Line]) -> Field | None:
    """The issuing authority after its label, in words: a country's name read under "Authority" is the page
    title out of order; a number is another cell of a row of values under a row of labels, the authority's
    name then on the line under that row."""
    for f in text_values(lines, "issuing_authority"):
        value = _without_dates(f)
        if value is not None and _in_words(value):
            return _run_on(value, lines)
        if not re.search(r"\d", f.raw):
            continue
        row = next((i for i, ln in enumerate(lines) if ln.page == f.page and f.raw in ln.raw), None)
        if row is not None and row + 1 < len(lines) and lines[row + 1].page == f.page:
            below = lines[row + 1]
            if not ANY_LABEL.search(below.norm) and _in_words(Field(clean(below.raw), "", None, "")):
                return Field(clean(below.raw), below.raw.strip(), below.page, f"{f.source} (under the row of values)")
    return None


def _identity(lines: list[Line], text: str = "") -> dict[str, Field]:
    out: dict[str, Field] = dict(names_from_labels(lines))
    if "surname" not in out or "given_names" not in out:
        for k, v in person_field(lines, "full_name").items():
            out.setdefault(k, v)
    for name in ("date_of_birth", "issue_date", "expiry_date"):
        f = date_field(lines, name)
        if f is not None:
            out[name] = f
    f = _without_dates(text_field(lines, "place_of_birth"))
    if f is not None:
        out["place_of_birth"] = f
    auth = _authority(lines)
    if auth is not None:
        out["issuing_authority"] = auth
    if "issuing_authority" not in out:
        # OCR often reads a long authority line out of order, away from its label
        for ln in lines:
            letters = re.sub(r"[^A-Za-z]", "", ln.raw)
            if (
                len(letters) >= 8 and letters.isupper() and _AUTHORITY_WORDS.search(ln.norm)
                and not ANY_LABEL.search(ln.norm) and "<" not in ln.raw
            ):
                val = clean(ln.raw)
                out["issuing_authority"] = Field(val, val, ln.page, "phrase:authority words")
                break
    # the first value after a sex label holding one sex word: the value, or on a value line under a row of
    # labels ("11 SEP 1998 F") the one sex word (a label row's translations may be taken for a value first:
    # "Sexo / Sexe Feminino / Féminin")
    for sex in text_values(lines, "sex"):
        words = [w for w in re.findall(r"[A-Z]+", fold(str(sex.value))) if w in SEX_WORDS]
        if words and len({SEX_WORDS[w] for w in words}) == 1:  # (or the one sex in two tongues: "Masculin / Male")
            out["sex"] = Field(SEX_WORDS[words[0]], sex.raw, sex.page, sex.source)
            break
    for nat in text_values(lines, "nationality"):
        code = nationality_code(str(nat.value))
        if code is None:
            codes = [c for c in re.findall(r"(?<![A-Za-z0-9À-ÿ])([A-Z]{3})(?![A-Za-z0-9À-ÿ])", str(nat.value))
                     if c in ICAO_CODES]  # never a word's end ("MARTÍNEZ") nor "QUE"
            code = codes[-1] if len(codes) == 1 else None  # "JN6334732 CMR" under "Card No. / Nationality"
        if code:
            out["nationality"] = Field(code, nat.raw, nat.page, nat.source)
            break
    pob = out.get("place_of_birth")
    if pob is not None:
        place = place_only(str(pob.value).split(":")[0])
        if place:
            out["place_of_birth"] = Field(place, pob.raw, pob.page, pob.source)
        else:
            del out["place_of_birth"]
    num = number_field(lines, "document_number")
    if num is not None:
        out["document_number"] = num
    if "issue_date" not in out or "expiry_date" not in out:
        # a card valid "du <date> au <date>": issued the day its validity starts
        validity = validity_range(lines)
        if validity is not None:
            out.setdefault("issue_date", validity[0])
            out.setdefault("expiry_date", validity[1])
    return out


SHORT_STAY_DAYS = 90  # the Schengen short stay: 90 days in any 180


# A box captioned only by the travel document's name, in one language or several ("PASSEPORT / PASSPORT",
# "Pasaporte/Passport/Passeport", "Document de voyage · Travel document").
_PASSPORT_BOX = re.compile(rf"\s*{TRAVEL_DOCUMENT}(?:\s*[/·|]\s*{TRAVEL_DOCUMENT})*\s*:?\s*$")


def _boxed_passport_number(lines: list[Line]) -> Field | None:
    """A sticker's box captioned only by the travel document's name: the number on the line below."""
    for ln, nxt in zip(lines, lines[1:], strict=False):
        if _PASSPORT_BOX.fullmatch(ln.norm) and nxt.page == ln.page:
            m = re.fullmatch(r"\s*([A-Z0-9]{6,12})\s*", nxt.norm)
            if m and re.search(r"\d", m.group(1)):
                return Field(m.group(1), nxt.raw.strip(), nxt.page, "box:passeport")
    return None


# A visa's number of entries: multiple, a count in figures ("1", "01", "02") or in words.
_ENTRY_COUNTS = {"SINGLE": 1, "SIMPLE": 1, "UNIQUE": 1, "UNE": 1, "ONE": 1, "UNA": 1, "DOUBLE": 2, "DEUX": 2, "TWO": 2,
                 "DOS": 2}
_ENTRIES = re.compile(r"\b(MULT\w*|\d{1,2}|" + "|".join(_ENTRY_COUNTS) + r")\b")


def _visa(lines: list[Line], text: str) -> dict[str, Field]:
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
    rng = date_ranges(lines)
    period = rng[0] if rng else (validity_range(lines) or period_row(lines, among_cells=True))
    if period:
        out["valid_from"], out["valid_until"] = period
    for name in ("valid_from", "valid_until"):
        if name not in out:
            f = date_field(lines, name, search_above=False)
            if f is not None:
                out[name] = f
    # the first value under or after a duration's label that holds a number (its translations may wrap below it)
    # (under a row of labels the row of values below holds other cells' dates: taken out, never read as a duration)
    dur = next((v for v in map(_without_dates, text_values(lines, "duration_days", depth=3))
                if v is not None and re.search(r"\d", str(v.value))), None) or days_stated(lines)
    if dur is not None:
        # (a number with its unit first: a row's cells may hold other numbers, "D | 02 | 180 JOURS")
        md = re.search(r"(\d{1,4})\s*(?=J(?:OURS?)?\b|DAYS?\b|DIAS\b|TAGE\b|MOIS\b|MONTHS?\b|MESES\b|MONATE\b)",
                       fold(str(dur.value))) or re.search(r"(\d{1,4})", str(dur.value))
        if md:
            n = int(md.group(1))
            if re.search(r"MOIS|MONTH|MESES|MONATE", fold(str(dur.value))):
                n = months_in_days(n)
            out["duration_days"] = Field(n, dur.raw, dur.page, dur.source)
            if "visa_category" not in out:
                # a stay of at most 90 days is a short-stay (Schengen) visa, longer a long-stay one
                category = "short_stay" if n <= SHORT_STAY_DAYS else "long_stay"
                out["visa_category"] = Field(category, dur.raw, dur.page, f"duration:{n} days")
    ent = next((v for v in map(_without_dates, text_values(lines, "entries", depth=3))
                if v is not None and _ENTRIES.search(fold(str(v.value)))), None)
    if ent is not None:
        me = _ENTRIES.search(fold(str(ent.value)))
        if me:
            # as stickers print it: "MULT", or the count in two digits ("01", "02"), whether in figures or words
            word = me.group(1)
            val = "MULT" if word.startswith("MULT") else f"{_ENTRY_COUNTS.get(word) or int(word):02d}"
            out["entries"] = Field(val, ent.raw, ent.page, ent.source)
    # (a zone's line under the remarks' caption is the zone, never the remarks)
    rem = next((v for v in text_values(lines, "remarks") if "<<" not in str(v.value) and not caption_only(str(v.value))),
               None)
    if rem is not None:
        # VLS-TS (visa long séjour valant titre de séjour) is a fixed acronym OCR often reads as WLS-TS
        value = re.sub(r"\b[VW]LS[- ]?T[S5]\b", "VLS-TS", str(rem.value))
        out["remarks"] = Field(value, rem.raw, rem.page, rem.source)
    pn = number_field(lines, "passport_number") or _boxed_passport_number(lines)
    if pn is not None:
        out["passport_number"] = pn
    # on a sticker a bare "DATE" box, beside the place of issue, is the date of issue
    iss = (date_field(lines, "issue_date") or date_field(lines, "date", search_above=False)
           or issued_on_below_place(lines))
    if iss is not None:
        out["issue_date"] = iss
    out.update(names_from_labels(lines))
    if "surname" not in out or "given_names" not in out:
        for k, v in person_field(lines, "full_name").items():
            out.setdefault(k, v)
    return out


# "Le onze septembre mil neuf cent quatre-vingt-dix-huit, est née ..." / "On 3 May 2001 was born ...": the
# date the sentence opens with, right before the birth it tells.
_DATE_THEN_BORN = re.compile(r"(?:^|[.:]\s|\bLE\b|\bON\b)\s*(.{6,90}?)\s*,?\s*(?:EST NEE?|WAS BORN)\b")


def _birth_certificate(lines: list[Line], text: str) -> dict[str, Field]:
    out: dict[str, Field] = {}
    page = prepare_page(text)
    kind = copy_kind(lines)
    if kind is None:
        # OCR may blur a word the exact reading misses: the cue, tolerantly ("COPIE INTEGRALE" first)
        for phrase, value in (("COPIE INTEGRALE", "full_copy"), ("FULL COPY", "full_copy"),
                              ("COPIE LITTERALE", "full_copy"), ("EXTRAIT", "extract"), ("EXTRACT", "extract"),
                              ("COPY OF AN ENTRY", "full_copy"), ("COPY OF THE ENTRY", "full_copy")):
            if cue_found(phrase, page):
                kind = Field(value, phrase, None, f"phrase:{phrase.lower()}")
                break
    if kind is not None:
        out["copy_kind"] = kind
    # the child's particulars: never what the act says of a parent (a parent's names, birth date and place)
    child = without_parents(lines)
    ident = _identity(child) | name_in_parts(child)  # (a name's boxes captioned by its parts tell which is which)
    for k in ("surname", "given_names", "date_of_birth", "place_of_birth", "sex"):
        if k in ident:
            out[k] = ident[k]
    flows = page_flows(child)
    if "date_of_birth" not in out:
        for fl in flows:
            m = BIRTH_MOMENT.search(fl.norm) or _DATE_THEN_BORN.search(fl.norm)
            if m:
                dm = first_date(fl.raw[m.start(1) : m.end(1)])
                if dm is not None:
                    out["date_of_birth"] = Field(dm.value, dm.raw, fl.page, "phrase:le ... est ne")
                    break
    if "surname" not in out and "given_names" not in out:
        out.update(registry_naming(child))
    person_prose(child, out, BORN_NAMED)
    out.pop("nationality", None)
    if "place_of_birth" not in out:
        place_row = place_in_last_column(child)
        if place_row is not None:
            out["place_of_birth"] = place_row
    for fl in flows:
        if "place_of_birth" not in out:
            place = place_of_birth_in_prose(fl.raw, fl.norm)
            if place:
                out["place_of_birth"] = Field(place, place, fl.page, "phrase:ne a")
        if "sex" not in out:
            m = re.search(r"\bDE SEXE (FEMININ|MASCULIN)\b|,\s*(FEMALE|MALE)\s*,|\b(?:OF THE|A) (FEMALE|MALE) (?:SEX|CHILD)\b", fl.norm)
            if m:
                word = m.group(1) or m.group(2) or m.group(3)
                out["sex"] = Field(SEX_WORDS[word], word, fl.page, "phrase:sexe")
    place_opening_name(out, text)
    surname_by_parents(out, text)
    issue = date_field(lines, "issue_date") or done_at_date(lines) or dated_header(lines)
    if issue is not None:
        out["issue_date"] = issue
    return out



def _civil_document(lines: list[Line], text: str = "") -> dict[str, Field]:
    """Nationality certificate, consular attestation, consular card."""
    out = _identity(lines)
    person_prose(lines, out, HONORIFIC_BEFORE, CERTIFIED_PERSON)
    if "issue_date" not in out:
        f = done_at_date(lines) or dated_header(lines) or date_field(lines, "date", search_above=False)
        if f is not None:
            out["issue_date"] = f
    return out


# When a mission starts and ends, by the verbs that say so in any tense ("prend effet le", "débutera le",
# "will commence on"; "s'achèvera le", "expire le", "shall terminate on"), or their set labels.
_STARTS = (r"START OF (?:THE )?(?:ACTIVITY|ACTIVITIES|PLACEMENT|SERVICE|MISSION|ASSIGNMENT|VOLUNTEERING|PROJECT)"
           r"|(?:PREND\w*|PRENANT) EFFET LE|(?:COMMENC|DEBUT)\w* LE|(?:STARTS?|BEGINS?|COMMENCES?|TAKES EFFECT)"
           r"|(?:WILL|SHALL) (?:START|BEGIN|COMMENCE|TAKE EFFECT) ON|(?:STARTS|BEGINS|COMMENCES|STARTING) ON"
           r"|A COMPTER DU|DATE DE DEBUT|START DATE|COMMENCEMENT DATE|WITH EFFECT FROM|EFFECTIVE FROM")
_ENDS = (r"(?:PREND\w*|PRENANT) FIN LE|(?:SE )?TERMIN\w* LE|S'ACHEV\w* LE|EXPIR\w* LE|FINIRA LE"
         r"|(?:WILL|SHALL) (?:END|TERMINATE|EXPIRE|FINISH) ON|(?:ENDS|TERMINATES|EXPIRES|ENDING) ON|JUSQU'AU"
         r"|DATE DE FIN|END DATE|TERMINATION DATE|ECHEANCE(?: DU CONTRAT)?(?: EST)?(?: FIXEE)?(?: AU| LE)?")


def _contract(lines: list[Line], text: str = "") -> dict[str, Field]:
    out: dict[str, Field] = {}
    assoc = find_association(lines, letterhead=True)
    if assoc is not None:
        out["association"] = assoc
    out.update(person_names(lines, "volunteer") or name_in_role_column(lines))
    dob = date_field(lines, "date_of_birth")  # a form's "Né(e) le : ........ 17/03/2007"
    if dob is not None:
        out["date_of_birth"] = dob
    person_prose(lines, out, HONORIFIC_BEFORE)
    out.pop("nationality", None)
    flows = page_flows(lines)
    for name, phrase in (("start_date", _STARTS), ("end_date", _ENDS)):
        f = prose_date(flows, phrase, "phrase:" + phrase.split("|")[0].lower()) or date_field(
            lines, name, search_above=False
        )
        if f is not None:
            out[name] = f
    if "start_date" not in out or "end_date" not in out:
        rng = date_ranges(lines)
        period = rng[0] if rng else period_row(lines)
        if period:
            out.setdefault("start_date", period[0])
            out.setdefault("end_date", period[1])
    if "end_date" not in out:
        term = term_from_start(lines)  # "pour une durée de huit (8) mois à compter du ..."
        if term is not None and out.setdefault("start_date", term[0]).value == term[0].value:
            out["end_date"] = term[1]
    if "end_date" not in out and "start_date" in out:
        end = term_end(lines, out["start_date"])  # "Start of activity: ... Duration: 31 weeks"
        if end is not None:
            out["end_date"] = end
    # (each party's date under its signature: the volunteer's; a dater stamp's date alone at the foot last)
    sig = (volunteer_signed(lines) or signed_online(lines) or date_field(lines, "signature_date", search_above=False)
           or done_at_date(lines) or agreed_date(lines) or dated_header(lines) or dated_reference(lines) or date_at_bottom(lines))
    if sig is not None:
        out["signature_date"] = sig
    mission = volunteer_mission(lines)
    if mission is not None:
        out["mission"] = mission
    return out


# The clauses an act opens with to cite the texts it rests on ("Vu l'arrêté du ...", "Considérant ..."), never itself.
_CITED = re.compile(r"\s*(?:VU|CONSIDERANT|HAVING REGARD TO|WHEREAS|IN VIEW OF)\b")
_CITING = re.compile(r"\b(?:VU|HAVING REGARD TO)\s+(?:L'\s*|LA\s+|LE\s+|LES\s+|THE\s+)?$")  # "... Vu l'arrêté du"
_ACT_DATED = re.compile(r"\b(?:ARRETE|DECISION|ORDER)\b(?:\s+NO\.)?[^.;]{0,25}?\b(?:DU|OF|DATED)\b")
_ACT_DATED_FURTHER = re.compile(r"\b(?:ARRETE|DECISION|ORDER)\b[^.;]{0,90}?\b(?:EN DATE DU|DATED)\b")


def _approval(lines: list[Line], text: str) -> dict[str, Field]:
    out: dict[str, Field] = {}
    assoc = find_association(lines)
    if assoc is not None:
        out["association"] = assoc
    d = date_field(lines, "decision_date", search_above=False)
    if d is None:
        # "Arrêté n° ... du <date>": of several acts on a page (a published collection), the one whose
        # subject is the approval ("... du 22 octobre 2023 portant agrément de ...")
        dated = []
        for fl in page_flows(lines):
            # (an English "no." before the act's number is no sentence's end)
            # ("par arrêté du préfet de la région ... en date du 24 novembre 2023": the act dated further on)
            for act in (*_ACT_DATED.finditer(fl.norm), *_ACT_DATED_FURTHER.finditer(fl.norm)):
                clause = re.split(r"[;.:]\s", fl.norm[: act.start()])[-1]
                if _CITED.match(clause) or _CITING.search(clause):
                    continue  # an act a "Vu" clause cites (the delegation of signature) is not the decision
                dm = first_date(fl.raw[act.end() : act.end() + 40])
                if dm is not None and dm.start < 5:
                    about = fl.norm[act.end() + dm.end : act.end() + dm.end + 60]
                    dated.append((not re.search(r"\b(?:AGREMENT|APPROVAL|ACCREDITATION)\b", about),
                                  Field(dm.value, dm.raw, fl.page, "phrase:arrete du")))
        if dated:
            d = min(dated, key=lambda x: x[0])[1]
    if d is None:  # signed at the bottom ("Fait à Paris, le ..."), else dated at the top ("Paris, le ...")
        d = done_at_date(lines) or dated_header(lines) or date_on_top(lines)
    if d is not None:
        out["decision_date"] = d
    auth = text_field(lines, "authority")
    if auth is None:
        auth = authority_in_prose(lines)
    if auth is not None:
        out["authority"] = auth
    subj = text_field(lines, "subject")
    if subj is None:
        for fl in page_flows(lines):
            m = re.search(r"\b(?:PORTANT|RELATIVE? A|CONCERNING|ON THE)\b\s+(AGREMENT|APPROVAL|ACCREDITATION)", fl.norm)
            if m:
                end = re.search(r"\s(?:LE|LA|THE)\s+(?:PREFETE?|PREFECT|DIRECTRICE|DIRECTEUR|DIRECTOR|MINISTRE)\b|\sVU\s|\.\s",
                                fl.norm[m.end() :])
                val = clean(fl.raw[m.start() : m.end() + (end.start() if end else 200)])
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


def _departure(lines: list[Line], text: str) -> dict[str, Field]:
    out: dict[str, Field] = {}
    out.update(person_names(lines, phrase=UNDERSIGNED))
    dob = date_field(lines, "date_of_birth")
    if dob is not None:
        out["date_of_birth"] = dob
    person_prose(lines, out, UNDERSIGNED)
    if "surname" not in out and "given_names" not in out:
        out.update(writer_names(lines) or sender_block(lines))  # the letter names its writer where they sign it
    out.pop("nationality", None)
    sig = date_field(lines, "signature_date", search_above=False) or done_at_date(lines) or agreed_date(lines)
    if sig is None:
        sig = (date_field(lines, "date", search_above=False) or dated_header(lines) or date_on_top(lines)
               or date_opening_the_letter(lines))
    if sig is None:
        # a date under its caption in the signatures' table, else alone at the foot, by the mark (a dater stamp)
        sig = date_under_caption(lines) or date_at_bottom(lines)
    if sig is not None:
        out["signature_date"] = sig
    surname = out.get("surname")
    out["signed"] = signature_area(lines, str(surname.value) if surname is not None else "")
    page = prepare_page(text)
    found = next((p.strip() for p in _COMMITMENT.split("|") if cue_found(p.strip(), page)), None)
    found = found.lstrip("=") if found else commits_to_leave(text)
    out["commitment"] = Field(found is not None, found or "", None, "phrase:" + (found or "none").lower())
    return out


_HOSTED = re.compile(
    r"\b(?:ACCUEILLIR|ACCUEILLE|ACCUEILLERA|HOST|HOSTS|WILL HOST|WELCOME)\b\s*(?:M\.|MR\.?|MME\.?|MRS\.?|MS\.?|MONSIEUR|MADAME)?\s*",
)


def _acceptance(lines: list[Line], text: str = "") -> dict[str, Field]:
    out: dict[str, Field] = {}
    assoc = find_association(lines, letterhead=True)
    if assoc is not None:
        out["association"] = assoc
    out.update(person_names(lines, "volunteer", phrase=HONORIFIC_BEFORE))
    dob = date_field(lines, "date_of_birth")
    if dob is not None:
        out["date_of_birth"] = dob
    person_prose(lines, out, HONORIFIC_BEFORE, _HOSTED, ADDRESSEE, SALUTATION)
    out.pop("nationality", None)
    d = (done_at_date(lines) or date_field(lines, "issue_date", search_above=False)
         or date_field(lines, "date", search_above=False) or dated_header(lines) or date_on_top(lines)
         or date_at_bottom(lines))
    if d is not None:
        out["date"] = d
        out["issue_date"] = d
    sd = date_field(lines, "start_date", search_above=False)
    if sd is not None:
        out["start_date"] = sd
    return out


Extractor = Callable[[list[Line], str], dict[str, Field]]
"""(the file's lines, its whole text) -> its fields."""

EXTRACTORS: dict[DocType, Extractor] = {
    DocType.PASSPORT: _identity,
    DocType.PHOTO_ID: _identity,
    DocType.VISA: _visa,
    DocType.BIRTH_CERTIFICATE: _birth_certificate,
    DocType.NATIONALITY_CERTIFICATE: _civil_document,
    DocType.CONSULAR_ATTESTATION: _civil_document,
    DocType.CONSULAR_CARD: _civil_document,
    DocType.VOLUNTEER_CONTRACT: _contract,
    DocType.APPROVAL_DECISION: _approval,
    DocType.DEPARTURE_COMMITMENT: _departure,
    DocType.ACCEPTANCE_CERTIFICATE: _acceptance,
}
