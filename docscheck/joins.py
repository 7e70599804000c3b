"""Documents, not files, across a dossier's files: the later pages of a document uploaded apart, joined to it.

A contract photographed page by page, an ID card's front and back in two photos: `join_documents`
puts the later pages of a document back with it (numbering or articles going on, a sentence running
on, the same running header or footer, an annex the contract refers to, a signature page after an
unsigned one, a card's number in its back's zone), saying on what grounds.  Within one file, pages are
cut by `docscheck.segment`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from docscheck.model import DocType, Document, Part
from docscheck.segment import (
    ANNEX_HEADING,
    ANNEX_LINES,
    ANNEX_REFERENCE,
    PROSE_WORD,
    articles,
    closes,
    headed,
    opens_letter,
    page_lines,
    page_numbering,
    sentence_runs_on,
    titled,
)
from docscheck.textnorm import fold


def _fields_text(doc: Document, name: str) -> str:
    v = doc.value(name)
    return fold(v) if isinstance(v, str) else ""


# A heading of a contract's part: its general or special conditions, named after the contract they belong to.
_PART_HEADING = re.compile(r"\s*(?:CONDITIONS (?:GENERALES|PARTICULIERES)|(?:GENERAL|SPECIAL) (?:TERMS|CONDITIONS))\b")


# A volunteer accepting the terms of the offer or agreement before it ("I accept the terms of this volunteer agreement",
# "j'accepte les conditions de la présente convention", "bon pour accord").
_ACCEPTS_TERMS = re.compile(r"\b(?:ACCEPT|AGREE TO|ACCEPTE|ACCEPTER)\s+(?:ALL\s+)?(?:THE|LES)\s+"
                            r"(?:TERMS|CONDITIONS|TERMES|STIPULATIONS)\s+(?:OF\s+THIS|DE\s+(?:LA\s+)?(?:CE|CETTE|PRESENTE?))\b"
                            r"|\bBON POUR ACCORD\b")


_SELF_NAMED = re.compile(r"\b(?:I|JE SOUSSIGNEE?|JE)\s*,?\s+((?:[A-Z'-]+\s+){0,3}[A-Z'-]{2,})\s*,")


def _names_its_volunteer(head: Document, tail_text: str) -> bool:
    """Whether the slip's writer is the contract's volunteer: its surname as read, else the name the slip's writer
    gives ("I, Kwame ASANTE, accept ...") written whole in the contract."""
    surname = _fields_text(head, "surname")
    if surname:
        return re.search(rf"\b{re.escape(surname)}\b", tail_text) is not None
    m = _SELF_NAMED.search(tail_text)
    head_text = fold("\n".join(p.text for p in head.file.pages))
    return m is not None and re.search(rf"\b{re.escape(m.group(1))}\b", head_text) is not None


def _continuation(head: Document, tail: Document) -> str | None:
    """Why `tail` (a later upload) continues `head`, or None."""
    if len(tail.file.pages) != 1 or tail.parts or tail.file.error is not None:
        return None
    text = tail.file.pages[0].text
    tail_titled = tail.type is not DocType.UNKNOWN and titled(text, tail.type) and tail.type is not head.type
    if tail_titled or (tail.type not in (DocType.UNKNOWN, head.type)):
        return None
    if head.type is DocType.PHOTO_ID:
        return _card_back(head, tail)
    if head.type is not DocType.VOLUNTEER_CONTRACT or (
            titled(text, head.type) and not any(_PART_HEADING.match(line) for line in page_lines(text)[:ANNEX_LINES])):
        return None  # (a contract's "Conditions générales du contrat de volontariat" heads a part of it, no title)
    numbering = page_numbering(text)
    head_text = "\n".join(p.text for p in head.file.pages)
    head_numbers = [n for n in (page_numbering(p.text) for p in head.file.pages) if n]
    if numbering and head_numbers and head_numbers[-1] == (numbering[0] - 1, numbering[1]):
        return f"page numbering {numbering[0]}/{numbering[1]} follows {head_numbers[-1][0]}/{numbering[1]}"
    seen, more = articles(head_text), articles(text)
    if seen and more and min(more) == max(seen) + 1:
        return f"articles continue (Article {min(more)} after Article {max(seen)})"
    if ANNEX_REFERENCE.search(fold(head_text)) and any(ANNEX_HEADING.match(line) for line in page_lines(text)[:ANNEX_LINES]):
        return "headed as an annex, which the contract refers to"
    if (numbering and numbering[0] == 1) or (more and min(more) == 1):
        return None  # a first page, or a first article: another document's start
    last_page = head.file.pages[-1].text
    before, after = _edge_lines(last_page), _edge_lines(text)
    if before and after and sentence_runs_on(before[-1], after[0]):
        return "a sentence runs on from the page before"
    shared = _running_line(before, after)
    # (an association prints its letterhead on every paper it issues: after a page that ends the document, signed
    # or dated, a page under the same heading that reads as a document of its own says the same issuer, not the
    # same document; an unknown page, an annex, still joins)
    if shared and not (closes(last_page) and tail.type is head.type):
        return f"the same running header or footer ('{shared}')"
    # the volunteer's slip accepting the offer's terms, signed ("I, X, accept the terms of this volunteer agreement"):
    # the contract's own last part, when it names the contract's volunteer
    if _ACCEPTS_TERMS.search(fold(text)) and _names_its_volunteer(head, fold(text)):
        return "the volunteer's acceptance of its terms, naming its volunteer"
    if closes(text) and not headed(text) and not opens_letter(text):
        if not closes(last_page):
            return "a signature page, the page before ending unsigned"
        # the page before signed in passing ("a signed undertaking") but numbered as awaiting more ("page 1 of 2"),
        # this one's numbering lost (a photo washed out its footer)
        if not numbering and head_numbers and head_numbers[-1][0] < head_numbers[-1][1]:
            return (f"a signature page, the page before numbered {head_numbers[-1][0]}/{head_numbers[-1][1]} "
                    "and this one not")
    return None


def _edge_lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


RUNNING_LINE_WORDS = 3
MIN_CARD_NUMBER = 6  # a card number this long found in a zone line is not there by chance


def _running_line(before: list[str], after: list[str]) -> str | None:
    """A header or a footer both pages print (page numbers aside): "RAD - contrat d'engagement - paraphes"."""
    def key(line: str) -> str:
        return " ".join(PROSE_WORD.findall(fold(line)))

    for a, b in ((before[:1], after[:1]), (before[-1:], after[-1:])):
        if a and b and len(PROSE_WORD.findall(a[0])) >= RUNNING_LINE_WORDS and key(a[0]) == key(b[0]):
            return b[0]
    return None


def _card_back(front: Document, back: Document) -> str | None:
    """An ID card's back: a TD1 zone whose document number is the front's (the front has no zone)."""
    if front.zone is not None or back.zone is None or back.zone.kind != "TD1":
        return None
    number = _fields_text(front, "document_number").replace(" ", "")
    if number and number == fold(back.zone.document_number):
        return f"the back's TD1 zone holds the front's document number ({number[:2]}…)"
    # the zone's first line misread around the number ("ITMARRTA8652205…"): the number is still in it
    page = back.file.pages[0]
    zone_lines = [fold(ln).replace(" ", "") for t in (page.zone_text or "", page.text) for ln in t.splitlines()
                  if "<<" in ln]
    if len(number) >= MIN_CARD_NUMBER and any(number in ln for ln in zone_lines):
        return f"the back's TD1 zone lines hold the front's document number ({number[:2]}…)"
    return None


# Field sources that say where on its page a value stood, the page's end: a document's end no more once joined.
_PAGE_END_SOURCES = frozenset({"phrase:date at the bottom"})


def _joined(head: Document, tails: list[tuple[Document, str]], *, today: date | None) -> Document:
    from docscheck.fields import extract_fields

    parts = [Part(head.file.relpath, head.page_numbers, head.file.sha256, head.whole_file)]
    pages = list(head.file.pages)
    zone = head.zone
    evidence = list(head.classification.evidence)
    for tail, why in tails:
        parts.append(Part(tail.file.relpath, tail.page_numbers, tail.file.sha256, tail.whole_file))
        pages.extend(tail.file.pages)
        zone = zone or tail.zone
        evidence.append(f"joined {tail.where}: {why}")
    file = replace(head.file, pages=tuple(pages))
    fields = extract_fields(file, head.type, zone)
    # (a date the head's reading took for being last on its page is the document's last no more once pages follow it)
    kept = {k: f for k, f in head.fields.items() if f.source not in _PAGE_END_SOURCES}
    if kept:
        fields = {**fields, **kept} if zone is head.zone else {**kept, **fields}
    c = replace(head.classification, evidence=tuple(evidence))
    return replace(head, file=file, classification=c, fields=fields, zone=zone, parts=tuple(parts))


def join_documents(docs: list[Document] | tuple[Document, ...], *, today: date | None = None) -> list[Document]:
    """A dossier's documents with the later pages of a document (other uploads) joined to it.

    A contract's later pages (numbering or articles going on, no title of their own) and an
    ID card's back (its TD1 zone holds the front's number) join the document they continue;
    each join is said in the document's evidence.
    """
    out: list[Document] = list(docs)
    tails: dict[int, list[tuple[Document, str]]] = {}
    taken: set[int] = set()
    for h, head in enumerate(out):
        if head.type not in (DocType.VOLUNTEER_CONTRACT, DocType.PHOTO_ID) or h in taken:
            continue
        current = head
        for t, tail in enumerate(out):
            if t == h or t in taken or tail.file.relpath == head.file.relpath:
                continue
            why = _continuation(current, tail)
            if why is None:
                continue
            tails.setdefault(h, []).append((tail, why))
            taken.add(t)
            current = replace(current, file=replace(current.file, pages=current.file.pages + tail.file.pages))
    if not tails:
        return out
    return [
        _joined(doc, tails[i], today=today) if i in tails else doc
        for i, doc in enumerate(out)
        if i not in taken
    ]
