"""The checklist's conditions across documents and dates (rules.toml `[[condition]]`).

Each function takes the evaluation's Context and one Condition, and adds gaps or
items to verify to the context; none reads the clock.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from rapidfuzz.distance import Levenshtein

from docscheck import countries
from docscheck.checklist.context import (
    Context,
    date_value,
    document_text,
    evidence,
    iso,
    text_value,
)
from docscheck.checklist.identity import (
    applicant_matches,
    compare_organisations,
    holder_shown,
    name_tokens,
    number_key,
    organisation_named_in,
    same_names,
    same_organisation,
    shares_a_run,
)
from docscheck.checklist.rules import Condition
from docscheck.dates import find_dates
from docscheck.model import (
    DocType,
    Document,
    Severity,
    TextSource,
)
from docscheck.names import OTHER_ROLE, named_in, split_full_name, surname_named_in
from docscheck.textnorm import fold
from docscheck.zonetrust import (
    stated_nationality,
    trusted_value,
    verified_nationality,
)

# ------------------------------------------------------------------ conditions

# The shortest document number recognised in a text as one of its words: shorter ones are any reference.
_MIN_NUMBER = 6


def _ref(ctx: Context, ref: str) -> tuple[Document | None, str]:
    """`type.field` -> the first document of that type (satisfying ones first) and the field name."""
    type_name, _, name = ref.partition(".")
    docs = ctx.docs(DocType(type_name))
    return (docs[0] if docs else None), name


def _unreadable(ctx: Context, cond: Condition, doc: Document, name: str) -> None:
    ctx.not_read(cond.id, cond.severity, doc, name)


def nationality(ctx: Context, cond: Condition) -> bool:
    """True when a European nationality is proven and no document contradicts it (no permit needed).

    Proven: a verified zone, or the printed nationality that the document's zone agrees with.  A
    European nationality that is not proven, or that another document contradicts, is to verify.
    """
    codes = countries.group(cond.params["codes"])
    docs = [d for t in cond.params["types"] for d in ctx.docs(t)]
    proven = [(d, nat) for d in docs if (nat := verified_nationality(d)) in codes]
    # What each document says, on a source that may decide (an unverified zone alone neither proves nor contradicts).
    said = [(d, nat) for d in docs if (nat := str(trusted_value(d, "nationality") or "").upper().replace("<", ""))]
    if proven:
        doc, nat = proven[0]
        others = [(d, n) for d, n in said if n not in codes]
        if not others:
            ctx.add(cond.gap, None, cond.severity, (doc.where,),
                    {"file": doc.where, "nationality": nat}, (evidence(doc, "nationality"),))
            return True
        other, other_nat = others[0]
        params = {"file": doc.where, "nationality": nat, "other_file": other.where,
                  "other_nationality": other_nat}
        ev = (evidence(doc, "nationality"), evidence(other, "nationality"))
        ctx.add("nationality_conflict", None, Severity.WARNING, (doc.where, other.where), params, ev)
        ctx.verify(cond.id, "nationality_conflict", (doc.where, other.where), params, ev)
        return False
    for d in docs:
        nat = stated_nationality(d)
        trusted = str(trusted_value(d, "nationality") or "").upper().replace("<", "")
        if nat in codes and (not trusted or trusted == nat):
            ctx.verify(cond.id, "nationality_unverified", (d.where,),
                       {"file": d.where, "doc_type": d.type.value, "nationality": nat},
                       (evidence(d, "nationality"),))
            return False
    return False


def entry_not_before(ctx: Context) -> tuple[date | None, str]:
    """The earliest day entry into France can have been: the visa's first day of validity."""
    for visa in ctx.docs(DocType.VISA):
        start = date_value(visa, "valid_from")
        if start is not None:
            return start, evidence(visa, "valid_from")
    return None, ""


def date_before(ctx: Context, cond: Condition, not_checked: list[str]) -> None:
    """`type.field` before the arrival, on EVERY document of that type (those that may be another
    document aside): with two contracts, one of them perhaps a letter read as a contract, the rule
    must not pass on the one that happens to be dated."""
    type_name, _, name = cond.params["left"].partition(".")
    docs = ctx.docs(DocType(type_name))
    docs = [d for d in docs if d.where not in ctx.set_aside] or docs
    if not docs:
        return  # the missing document is its own gap
    inclusive = bool(cond.params.get("inclusive", False))
    earliest = entry_not_before(ctx)[0] if ctx.arrival is None else None
    for doc in docs:
        signed = date_value(doc, name)
        if signed is None:
            if ctx.arrival is None and cond.id not in not_checked:
                not_checked.append(cond.id)
            _unreadable(ctx, cond, doc, name)
            continue
        if ctx.arrival is None:
            # Entry cannot precede the visa's first day: a contract signed before that day was signed before entry.
            if (earliest is None or not (signed <= earliest if inclusive else signed < earliest)) \
                    and cond.id not in not_checked:
                not_checked.append(cond.id)
            continue
        if not (signed <= ctx.arrival if inclusive else signed < ctx.arrival):
            ctx.add(cond.gap, None, cond.severity, (doc.where,),
                    {"file": doc.where, "signature_date": iso(signed), "arrival": iso(ctx.arrival)},
                    (evidence(doc, name), f"arrival in France: {iso(ctx.arrival)}"))


def within_months(ctx: Context, cond: Condition, not_checked: list[str]) -> None:
    if ctx.arrival is None:
        # Entry cannot precede the visa's first day: filing within the months after that day is in time.
        earliest, _ = entry_not_before(ctx)
        if earliest is None or ctx.filing > earliest + relativedelta(months=int(cond.params["months"])):
            not_checked.append(cond.id)
        return
    deadline = ctx.arrival + relativedelta(months=int(cond.params["months"]))
    if ctx.filing > deadline:
        ctx.add(cond.gap, None, cond.severity, (),
                {"arrival": iso(ctx.arrival), "deadline": iso(deadline), "filing": iso(ctx.filing)},
                (f"arrival {iso(ctx.arrival)} + {cond.params['months']} month(s) = {iso(deadline)}",
                 f"filing date {iso(ctx.filing)}"))


_IDENTITY_ORDER = (DocType.PASSPORT, DocType.PHOTO_ID, DocType.CONSULAR_CARD, DocType.NATIONALITY_CERTIFICATE,
                   DocType.CONSULAR_ATTESTATION, DocType.VISA, DocType.BIRTH_CERTIFICATE)


def _shown_elsewhere(doc: Document, surname: str, given: str, born: date | None, what: str) -> bool:
    """Whether `doc`'s own text shows the other document's person where `doc`'s field disagrees: its
    name (surname and a given name) and, when the birth dates disagree, that birth date too."""
    text = document_text(doc)
    # (a parent or an official named so is someone else: "whose mother is Sneha PATEL" shows no Sneha PATEL born then)
    if not named_in(surname, given, "\n".join(" ".join(_nobody_elses(line)) for line in text.splitlines())):
        return False
    return what == "name" or (born is not None and any(m.value == born for m in find_dates(text)))


def _partly_shown(doc: Document, surname: str, born: date | None, what: str) -> bool:
    """Whether `doc`'s text shows part of the other document's person where its field disagrees: the surname
    (names compared whose surnames differ: the same surname with another given name is a relative's paper), or the
    birth date (a date compared), on a line that gives it to no one else."""
    text = document_text(doc)
    if what == "name":
        return any(surname_named_in(surname, " ".join(_nobody_elses(line))) for line in text.splitlines())
    return born is not None and any(
        m.value == born and not OTHER_ROLE.intersection(name_tokens(line)) for line in text.splitlines()
        for m in find_dates(line))


# Words a role word gives to another person: the few after it ("fille de Yao KOFFI") and the one before it
# ("Yao KOFFI (père)"), as names.holder_named_in reads them.
_ROLE_REACH_AFTER, _ROLE_REACH_BEFORE = 3, 1


def _nobody_elses(line: str) -> list[str]:
    """A line's name words, those a role word gives to someone else (a parent, a witness, an official) left out:
    "KOFFI Ama, fille de KOFFI Yao" keeps the holder's KOFFI Ama."""
    words = name_tokens(line)
    given = {k for i, w in enumerate(words) if w in OTHER_ROLE
             for k in range(i - _ROLE_REACH_BEFORE, i + _ROLE_REACH_AFTER + 1)}
    return [w for k, w in enumerate(words) if k not in given]


def _digit_slip(a: date, b: date) -> bool:
    """Two dates written alike but for one digit: what one misread digit makes of a date."""
    x, y = a.strftime("%d%m%Y"), b.strftime("%d%m%Y")
    return sum(1 for p, q in zip(x, y, strict=True) if p != q) == 1


def _letter_slip(a_surname: str, a_given: str, b_surname: str, b_given: str) -> bool:
    """Two names alike but for one letter of one word (DANG / BANG, OUATTARA / QUATTARA): what one misread
    character makes of a name."""
    a, b = name_tokens(a_surname) + name_tokens(a_given), name_tokens(b_surname) + name_tokens(b_given)
    if len(a) != len(b):
        return False
    differing = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(differing) == 1 and Levenshtein.distance(*differing[0]) == 1 and min(map(len, differing[0])) >= 3


def _glyph_lost(a: str, b: str) -> bool:
    """Whether one name is the other but for one accented letter dropped (what a font without that glyph leaves
    in a text layer): "NGUYN" / "NGUYỄN", or "TRN" / "TRAN" as a zone spells "TRẦN": a vowel, where accents sit,
    the rest alike but for accents; never "DIAKLO" / "DIALLO"."""
    a, b = " ".join(fold(a).split()), " ".join(fold(b).split())  # (accents aside: "Đức" / "DUC")
    short, long_ = sorted((a, b), key=len)
    if len(long_) != len(short) + 1:
        return False
    return any(long_[i] in "AEIOUY" and long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _from_image(doc: Document, name: str) -> bool:
    """Whether a document's field was read by OCR off a page image (not a text layer, not a zone)."""
    f = doc.fields.get(name)
    if f is None or f.source == "zone" or f.page is None:
        return False
    return any(p.number == f.page and p.source is TextSource.OCR for p in doc.file.pages)


def same_person(ctx: Context, cond: Condition) -> None:
    """The same person on every document: a disagreement is reported only on evidence.

    "You must prepare the following documents:" -- the applicant's own.  A name (or birth date) read
    on one document that differs from the reference document's is a gap only when neither
    document's text shows the other's person: a text that names the person elsewhere says the
    field read was probably another line (a parent, an official, the association's
    representative), which a person checks (to verify), not a fault of the document; so do the same
    names with birth dates one digit apart, one of them read off a page image (a misread digit), and the
    same birth date with names one letter apart, one of them read off a page image (a misread letter)."""
    types: tuple[DocType, ...] = cond.params["types"]
    ordered = sorted(types, key=lambda t: _IDENTITY_ORDER.index(t) if t in _IDENTITY_ORDER else 99)
    named = [d for t in ordered for d in ctx.docs(t) if text_value(d, "surname") or text_value(d, "given_names")]
    if not named:
        return
    ref = named[0]
    # a document whose name was not read still says whose it is by its birth date
    people = [ref, *(d for t in ordered for d in ctx.docs(t)
                     if d is not ref and (d in named or date_value(d, "date_of_birth") is not None))]
    rs, rg, rb = text_value(ref, "surname"), text_value(ref, "given_names"), date_value(ref, "date_of_birth")
    ref_name = " ".join(x for x in (rs, rg) if x)
    for doc in people[1:]:
        s, g, b = text_value(doc, "surname"), text_value(doc, "given_names"), date_value(doc, "date_of_birth")
        names_ok = same_names(rs, rg, s, g)
        birth_ok = rb is None or b is None or rb == b
        if names_ok and birth_ok:
            continue
        ev = [evidence(ref, "surname"), evidence(ref, "given_names"), evidence(doc, "surname"),
              evidence(doc, "given_names")]
        if not birth_ok:
            ev += [evidence(ref, "date_of_birth"), evidence(doc, "date_of_birth")]
        what = "name" if not names_ok else "birth_date"
        params = {"file": ref.where, "other_file": doc.where, "name": ref_name,
                  "other_name": " ".join(x for x in (s, g) if x), "birth_date": iso(rb), "other_birth_date": iso(b),
                  "what": what}

        # what an item about `doc` says (its field, value and check added to it), and the field that disagrees
        doubted = {**params, "file": doc.where, "other_file": ref.where, "doc_type": doc.type.value}
        field, value = ("surname", params["other_name"]) if what == "name" else ("date_of_birth", iso(b))

        if what == "birth_date" and rb is not None and b is not None and _digit_slip(rb, b) \
                and (_from_image(doc, "date_of_birth") or _from_image(ref, "date_of_birth")):
            ctx.verify(cond.id, "identity_unverified", (doc.where, ref.where),
                       {**doubted, "field": "date_of_birth", "value": iso(b), "check": "birth_date_misread"},
                       (*ev, f"{doc.where}: the names agree; the dates differ in one digit, read from a page image"))
            continue
        # (or the same birth date read on both, and one name's accented letter missing from the other: a text layer
        # loses a letter its font has no glyph for, "NGUYN" for "NGUYỄN")
        if what == "name" and birth_ok and _letter_slip(rs, rg, s, g) and (any(
                _from_image(d, f) for d in (doc, ref) for f in ("surname", "given_names"))
                or (rb is not None and b == rb and _glyph_lost(f"{rs} {rg}", f"{s} {g}"))):
            ctx.verify(cond.id, "identity_unverified", (doc.where, ref.where),
                       {**doubted, "field": "surname", "value": params["other_name"], "check": "name_misread"},
                       (*ev, f"{doc.where}: the names differ in one letter, read from a page image" if rb is None or b != rb
                        else f"{doc.where}: the same birth date ({iso(rb)}); the names differ in one accented letter"))
            continue
        if not (s or g) and _from_image(doc, "date_of_birth") and not _shown_elsewhere(doc, rs, rg, rb, what):
            # its name not read, its birth date read off a page image: another date, or a date misread
            ctx.verify(cond.id, "identity_unverified", (doc.where, ref.where),
                       {**doubted, "field": "date_of_birth", "value": iso(b), "check": what},
                       (*ev, f"{doc.where}: its name not read, its birth date read from a page image"))
            continue
        if shown := holder_shown(doc, rs, rg, rb):
            # the field read is another line's: the document's own text shows the reference's person in full
            ctx.add("identity_read_in_text", None, Severity.INFO, (doc.where, ref.where),
                    {**doubted, "field": field, "shown": shown}, (*ev, f"{doc.where}: its text names {shown}"))
            continue
        if _shown_elsewhere(doc, rs, rg, rb, what) or _shown_elsewhere(ref, s, g, b, what):
            ctx.verify(cond.id, "identity_unverified", (doc.where, ref.where),
                       {**doubted, "field": field, "value": value, "check": what},
                       (*ev, f"{doc.where}: its text names {ref_name} too" if what == "name"
                        else f"{doc.where}: its text names {ref_name} and shows {iso(rb)} too"))
            continue
        if what == "name" and rb is not None and b == rb and (
                same_names(rs, "", s, "") if name_tokens(s) else _partly_shown(doc, rs, rb, what)):
            # the same surname (read, or in its text when not read) and the same birth date, only the given names
            # differ: a given name read off another line (a parent's, on a civil record) far likelier than another
            # person born that day; a person checks
            ctx.verify(cond.id, "identity_unverified", (doc.where, ref.where),
                       {**doubted, "field": "given_names", "value": params["other_name"], "check": what},
                       (*ev, f"{doc.where}: the same surname and birth date ({iso(rb)}); the given names differ"))
            continue
        if (what != "name" or not same_names(rs, "", s, "")) and _partly_shown(doc, rs, rb, what):
            # the surname (or birth date) of the reference's person stands in the text, the field read differs:
            # another line's value read, or a relative's paper; a person checks, no fault stated
            ctx.verify(cond.id, "identity_unverified", (doc.where, ref.where),
                       {**doubted, "field": field, "value": value, "check": what},
                       (*ev, f"{doc.where}: its text names {rs} too" if what == "name"
                        else f"{doc.where}: its text shows {iso(rb)} too"))
            continue
        if what == "name" and rb is not None and b == rb and (_from_image(doc, "surname") or _from_image(ref, "surname")):
            # the same birth date, a name read off a page image that differs: a misreading or another person
            ctx.verify(cond.id, "identity_unverified", (doc.where, ref.where),
                       {**doubted, "field": "surname", "value": params["other_name"], "check": what},
                       (*ev, f"{doc.where}: the same birth date; the name read from a page image"))
            continue
        ctx.add(cond.gap, None, cond.severity, (ref.where, doc.where), params, ev)
    for doc in (d for t in ordered for d in ctx.docs(t) if d not in people):
        # nothing read says whose it is (no name, no birth date): the applicant's only if its text names them in
        # full; otherwise not verified, never passed
        if not holder_shown(doc, rs, rg, rb):
            ctx.not_read(cond.id, cond.severity, doc, "surname")
    if ctx.applicant and name_tokens(ctx.applicant) and not applicant_matches(ctx.applicant, rs, rg):
        ev = [evidence(ref, "surname"), evidence(ref, "given_names"), f"applicant: {ctx.applicant}"]
        params = {"file": ref.where, "other_file": "dossier.toml", "name": ref_name,
                  "other_name": ctx.applicant, "birth_date": "", "other_birth_date": "", "what": "name"}
        if named_in(*split_full_name(ctx.applicant), document_text(ref)):
            ctx.verify(cond.id, "identity_unverified", (ref.where,),
                       {**params, "file": ref.where, "other_file": "dossier.toml", "doc_type": ref.type.value,
                        "field": "surname", "value": ref_name, "name": ctx.applicant, "check": "name"},
                       (*ev, f"{ref.where}: its text names {ctx.applicant} too"))
            return
        ctx.add(cond.gap, None, cond.severity, (ref.where,), params, tuple(ev))


def same_value(ctx: Context, cond: Condition) -> None:
    left_doc, left_name = _ref(ctx, cond.params["left"])
    if left_doc is None:
        return
    rights = []
    for ref in cond.params["right"]:
        type_name, _, name = ref.partition(".")
        rights += [(d, name) for d in ctx.docs(DocType(type_name))]
    if not rights:
        return
    left = text_value(left_doc, left_name)
    fuzzy = cond.params.get("match") == "fuzzy"
    if not left:
        # not read, yet its text may show what the other documents give (not a value one of them prints on its page)
        printed_here = {text_value(d, n) for d, n in rights if _same_page(left_doc, d)}
        shown = next(((d, v) for d, n in rights if (v := text_value(d, n)) and v not in printed_here
                      and _text_shows(left_doc, v, fuzzy)), None)
        if shown is None:
            _unreadable(ctx, cond, left_doc, left_name)
            return
        left = shown[1]
        _read_in_text(ctx, cond, left_doc, left_name, left, shown[0])
    readable = [(d, n, text_value(d, n)) for d, n in rights if text_value(d, n)]
    if not readable:
        d, n = rights[0]
        _unreadable(ctx, cond, d, n)
        return
    unread = []
    for d, n in rights:
        if text_value(d, n):
            continue
        if not _same_page(d, left_doc) and _text_shows(d, left, fuzzy):
            _read_in_text(ctx, cond, d, n, left, left_doc)
        else:
            unread.append((d, n))
    if fuzzy:
        # Every other document must name the same body.
        # A field read wrongly on one of two documents whose texts name the very same body (all its
        # telling words) is no mismatch; when a text names it only loosely (most words, an acronym), to verify.
        for d, n, v in readable:
            _same_body_note(ctx, cond, (left_doc, left_name, left), (d, n, v))
        bad = [(d, n, v) for d, n, v in readable if not same_organisation(left, v)
               and not _names_other(left_doc, left, d, v, exactly=True)]
        doubtful = [(d, n, v) for d, n, v in bad if _names_other(left_doc, left, d, v)
                    or _read_into_another_line(left_doc, left, d, v)]
        bad = [b for b in bad if b not in doubtful]
        for d, n, v in doubtful:
            _association_unverified(ctx, cond, (left_doc, left_name, left), (d, n, v))
    else:
        # One passport (of possibly several) must carry the number.
        bad = [] if any(number_key(v) == number_key(left) for _, _, v in readable) else readable[:1]
        if not bad:
            unread = []
        elif edge_lost := next(((d, n, v) for d, n, v in readable if _edge_lost(number_key(left), number_key(v))),
                               None):
            # the one number read with a character lost at its start or end ("6563043" for "C6563043"): a
            # misreading, not another passport; a person checks, no fault stated
            d, n, v = edge_lost
            ctx.verify(cond.id, "identity_unverified", (left_doc.where, d.where),
                       {"file": left_doc.where, "other_file": d.where, "doc_type": left_doc.type.value,
                        "field": left_name, "value": left, "name": v, "check": "number"},
                       (evidence(left_doc, left_name), evidence(d, n),
                        f"{left} and {v} differ by one character at an end: one was read with a character lost"))
            return
    if not bad and unread:
        # What was read agrees, but a document that must agree too was not read: not verified.
        for d, n in unread:
            _unreadable(ctx, cond, d, n)
        return
    if bad and unread and not fuzzy:
        # The passport not read may be the one that carries the visa: not verifiably wrong.
        d, n = unread[0]
        _unreadable(ctx, cond, d, n)
        return
    for d, n, v in bad:
        why = (f"{compare_organisations(left, v)[1]}, and neither text names the other's body",) if fuzzy else ()
        ctx.add(cond.gap, None, cond.severity, (left_doc.where, d.where),
                {"file": left_doc.where, "value": left, "other_file": d.where, "other_value": v,
                 "doc_type": left_doc.type.value, "other_doc_type": d.type.value},
                (evidence(left_doc, left_name), evidence(d, n), *why))


def _same_page(doc: Document, other: Document) -> bool:
    """Whether two documents lie on a page of the same file (their texts are one page's)."""
    return doc.file.relpath == other.file.relpath and bool(set(doc.page_numbers) & set(other.page_numbers))


def _edge_lost(a: str, b: str) -> bool:
    """Whether one number is the other with its first or last character lost (both long enough to tell)."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= _MIN_NUMBER and len(long_) == len(short) + 1 and short in (long_[1:], long_[:-1])


def _same_body_note(ctx: Context, cond: Condition, left: tuple[Document, str, str],
                    right: tuple[Document, str, str]) -> None:
    """Two papers naming one association in different words (an acronym, its legal form, a local branch):
    judged the same body, and a note says why, so that a person can disagree."""
    (ldoc, lname, lvalue), (doc, name, value) = left, right
    same, why = compare_organisations(lvalue, value)
    if not same or (why.startswith("the same name") and "branch" not in why):
        return  # (the same words, but for case, accents, an article or the legal form: nothing to explain)
    ctx.add("same_association_read", None, Severity.INFO, (ldoc.where, doc.where),
            {"file": ldoc.where, "value": lvalue, "other_file": doc.where, "other_value": value, "rule": cond.id},
            (evidence(ldoc, lname), evidence(doc, name), f"judged the same association: {why}"))


def _names_other(left_doc: Document, left: str, doc: Document, value: str, *, exactly: bool = False) -> bool:
    """Whether either document's text names the other's association: the name read on one of them may then
    be another line (a partner, an address) read wrongly, not proof of another body."""
    return (organisation_named_in(value, document_text(left_doc), exactly=exactly)
            or organisation_named_in(left, document_text(doc), exactly=exactly))


def _text_shows(doc: Document, value: str, fuzzy: bool) -> bool:
    """Whether a document's own text shows `value`: an association's telling words all in order, or a
    document number as one of its words (look-alikes merged)."""
    text = document_text(doc)
    if fuzzy:
        return organisation_named_in(value, text, exactly=True)
    key = number_key(value)
    return len(key) >= _MIN_NUMBER and any(number_key(w) == key for w in re.split(r"[\s:;,()\[\]/]+", text))


def _read_in_text(ctx: Context, cond: Condition, doc: Document, name: str, value: str, other: Document) -> None:
    """A rule's field not read on `doc`, settled by its text, which shows the value `other` gives: a note."""
    ctx.add("value_read_in_text", None, Severity.INFO, (doc.where, other.where),
            {"file": doc.where, "doc_type": doc.type.value, "field": name, "value": value,
             "other_file": other.where, "rule": cond.id},
            (evidence(doc, name), f"{doc.where}: its text shows {value}, as {other.where} gives it"))


def _read_into_another_line(left_doc: Document, left: str, doc: Document, value: str) -> bool:
    """Whether either reading holds part of the other document's association name, in a row, beside words
    that are not its own (a label, a person's name): the names then disagree by a misreading, not a fact."""
    return shares_a_run(left, document_text(doc)) or shares_a_run(value, document_text(left_doc))


def _association_unverified(ctx: Context, cond: Condition, left: tuple[Document, str, str],
                            right: tuple[Document, str, str]) -> None:
    """"Copy of the decision to approve the association or foundation with which you volunteer": two names
    that disagree on documents whose texts name the other's body are to verify, naming both files."""
    (ldoc, lname, lvalue), (doc, name, value) = left, right
    named = lvalue if organisation_named_in(lvalue, document_text(doc)) else value
    ctx.verify(cond.id, "identity_unverified", (doc.where, ldoc.where),
               {"file": doc.where, "other_file": ldoc.where, "doc_type": doc.type.value, "field": name,
                "value": value, "name": named, "check": "association"},
               (evidence(ldoc, lname), evidence(doc, name),
                f"the texts name {named} too: the name read on one of them may be another line"))


def duration_between(ctx: Context, cond: Condition) -> None:
    doc, start_name = _ref(ctx, cond.params["start"])
    _, end_name = _ref(ctx, cond.params["end"])
    if doc is None:
        return
    start, end = date_value(doc, start_name), date_value(doc, end_name)
    for name, value in ((start_name, start), (end_name, end)):
        if value is None:
            _unreadable(ctx, cond, doc, name)
    if start is None or end is None:
        return
    lo, hi = int(cond.params["min_months"]), int(cond.params["max_months"])
    after_end = end + timedelta(days=1)  # a contract from 1 March to 31 August lasts six months
    delta = relativedelta(after_end, start)
    months = delta.years * 12 + delta.months
    if after_end < start + relativedelta(months=lo) or after_end > start + relativedelta(months=hi):
        ctx.add(cond.gap, None, cond.severity, (doc.where,),
                {"file": doc.where, "start": iso(start), "end": iso(end), "months": str(months),
                 "min": str(lo), "max": str(hi)},
                (evidence(doc, start_name), evidence(doc, end_name)))


def valid_through(ctx: Context, cond: Condition) -> None:
    """A document that proves `requirement` and expires before `until` (the contract's end): the permit,
    issued for the contract's length, will need a new one."""
    until_doc, until_name = _ref(ctx, cond.params["until"])
    end = date_value(until_doc, until_name) if until_doc is not None else None
    if end is None:
        return  # the contract's dates are their own rules
    counted = ctx.satisfied_files.get(cond.params["requirement"], ())
    name = cond.params["field"]
    for t in cond.params["types"]:
        for doc in ctx.docs(t):
            expiry = date_value(doc, name)
            if doc.file.relpath not in counted or expiry is None or expiry >= end:
                continue
            ctx.add(cond.gap, None, cond.severity, (doc.file.relpath,),
                    {"file": doc.file.relpath, "doc_type": doc.type.value, "expiry": iso(expiry), "end": iso(end)},
                    (evidence(doc, name), evidence(until_doc, until_name)))  # type: ignore[arg-type]
