"""From a file's text to a Document: find the zone, classify, extract the fields."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from docscheck import mrz
from docscheck.classify import classify
from docscheck.fields import extract_fields
from docscheck.model import Classification, DocType, Document, FileText, Page, Zone, page_span
from docscheck.names import normalize_name
from docscheck.textnorm import fold
from docscheck.zonetrust import best_zone, distrust_dark_capture


def _page_zones(page: Page, text: str, today: date | None) -> list[Zone]:
    zones = mrz.confirmed_by_print(mrz.find_zones(text, today=today), page.text, today=today)
    return distrust_dark_capture(page, zones)


def find_zone(ft: FileText, *, today: date | None = None) -> Zone | None:
    """The file's machine-readable zone: the zone lines re-read from the image first, else the page text."""
    candidates: list[Zone] = []
    for page in ft.pages:
        if page.zone_text:
            candidates.extend(_page_zones(page, page.zone_text, today))
    if not any(z.valid for z in candidates):
        from docscheck.segment import fillers_mended

        for page in ft.pages:
            if page.text:
                candidates.extend(_page_zones(page, page.text, today))
        if not any(z.valid for z in candidates):  # a photo blurs the fillers into "c" and "e"
            for page in ft.pages:
                if page.text and "<<" in page.text:
                    candidates.extend(_page_zones(page, fillers_mended(page.text), today))
    return best_zone(candidates)


def understand(ft: FileText, *, today: date | None = None) -> Document:
    """What one file is and what it says: type with confidence and evidence, fields, zone."""
    if ft.error is not None:
        return Document(file=ft, classification=Classification(DocType.UNKNOWN, 0.0, (f"unreadable: {ft.error.code}",)))
    zone = find_zone(ft, today=today)
    classification = classify(ft, zone)
    own = ft
    if zone is not None and zone.valid and len(ft.pages) == 1:
        from docscheck.segment import zones_on_one_page

        if zones_on_one_page(ft, today=today):  # the page shows two documents: the fields of the one it is
            own = _zone_column(ft, zone, today=today)
    fields = extract_fields(own, classification.type, zone) if classification.type is not DocType.UNKNOWN else {}
    if classification.type is not DocType.UNKNOWN:
        from docscheck.segment import leading_cover

        if leading_cover(ft, today=today):
            # a cover sheet first: the document's header (its date, its number) is on the page after it
            fields = {**fields, **extract_fields(replace(ft, pages=ft.pages[1:]), classification.type, zone)}
    return Document(file=ft, classification=classification, fields=fields, zone=zone)


def understand_documents(ft: FileText, *, today: date | None = None) -> tuple[Document, ...]:
    """Every document in one file: its pages cut where one document ends and the next begins.

    A file holding one document gives exactly what `understand` gives, with its page numbers.
    """
    from docscheck import segment

    if ft.error is not None:
        return (understand(ft, today=today),)
    side_by_side = segment.zones_on_one_page(ft, today=today)
    if side_by_side:
        return tuple(_understand_zone(_zone_column(ft, zone, today=today), zone) for zone in side_by_side)
    groups = segment.page_groups(ft, today=today)
    if len(groups) == 1:
        doc = understand(ft, today=today)
        return (replace(doc, pages=tuple(p.number for p in ft.pages)),)
    out: list[Document] = []
    for pages, why in groups:
        part = replace(ft, pages=pages)
        # one page of a longer file may itself hold two documents (the open passport scanned as one page)
        if len(pages) == 1 and (two := segment.zones_on_one_page(part, today=today)):
            out.extend(_understand_zone(_zone_column(part, zone, today=today), zone) for zone in two)
            continue
        doc = understand(part, today=today)
        if why:
            doc = replace(doc, classification=replace(doc.classification, evidence=(*doc.classification.evidence, f"new document at {why}")))
        doc = replace(doc, pages=tuple(p.number for p in pages))
        if out and (again := another_version(out[-1], doc)):
            doc = _one_document(ft, out.pop(), doc, again, today=today)
        out.append(doc)
    return tuple(out)


# What two parts of one file must agree on to be one document told twice (its original and its translation, its
# French and its English version): who it is about, and at least one more particular; none may differ.
_PARTICULARS = ("surname", "given_names", "date_of_birth", "document_number", "association", "copy_kind",
                "issue_date", "decision_date", "signature_date", "start_date", "end_date", "expiry_date")
_WHO = frozenset({"surname", "document_number", "association"})
MIN_PARTICULARS = 2
# At least this share of the two parts' words common to both: the same wording again, a second copy.  (Measured
# over both parts, not the shorter: a summary page naming the act, the letter sending it, share most of their few
# words with it.  Second copies scanned apart share 0.9 and more; a translation or a covering letter 0.3 at most.)
REPEAT_SHARE = 0.6
MIN_WORD = 3


def _particular(doc: Document, name: str) -> str:
    value = doc.value(name)
    if value is None or value == "":
        return ""
    return normalize_name(value) if isinstance(value, str) else str(value)


def _words(doc: Document) -> set[str]:
    return {w for p in doc.file.pages for w in re.findall(r"[^\W\d_]+", fold(p.text)) if len(w) >= MIN_WORD}


def another_version(before: Document, doc: Document) -> str | None:
    """Why `doc`, cut from the part `before` it in one file, is that document again in other words, or None.

    A birth certificate followed by its translation, a letter in French then in English: the same type and
    the same particulars (who, and when or what), worded otherwise.  The same wording again is a second copy,
    and stays a document of its own; a particular that differs is another document.
    """
    if doc.type is not before.type or doc.type is DocType.UNKNOWN or (doc.zone and before.zone):
        return None
    shared = [n for n in _PARTICULARS if _particular(before, n) and _particular(doc, n)]
    if len(shared) < MIN_PARTICULARS or _WHO.isdisjoint(shared):
        return None
    if any(_particular(before, n) != _particular(doc, n) for n in shared):
        return None
    words, others = _words(before), _words(doc)
    if not words or not others:
        return None
    share = len(words & others) / len(words | others)
    if share >= REPEAT_SHARE:
        return None
    return (f"the same {', '.join(n.replace('_', ' ') for n in shared)} told in other words ({share:.0%} of their words "
            "in common): one document (a translation, another version, a page naming or sending it), not a second copy")


def _one_document(ft: FileText, before: Document, doc: Document, why: str, *, today: date | None) -> Document:
    """The two parts as one document, read over all their pages, saying why."""
    numbers = set(before.page_numbers) | set(doc.page_numbers)
    whole = understand(replace(ft, pages=tuple(p for p in ft.pages if p.number in numbers)), today=today)
    evidence = (*before.classification.evidence, f"{page_span(doc.page_numbers)} kept with it: {why}")
    if whole.type is not before.type:
        return replace(before, file=whole.file, pages=tuple(sorted(numbers)),
                       classification=replace(before.classification, evidence=evidence))
    return replace(whole, pages=tuple(sorted(numbers)), classification=replace(whole.classification, evidence=evidence))


def _zone_column(ft: FileText, zone: Zone, *, today: date | None = None) -> FileText:
    """The one-page file as the document of `zone` shows it: the column of the page text that holds
    the zone (two documents side by side, read column by column), else the whole page."""
    from docscheck import segment
    from docscheck.columns import columns, document_kind

    page = ft.pages[0]
    parts = columns(page.text)
    if len(parts) < 2:
        rows = _zone_rows(page.text, document_kind(zone), today=today)
        return replace(ft, pages=(replace(page, text=rows),)) if rows else ft
    kind = document_kind(zone)
    number = zone.document_number.replace("<", "")
    holds = [any(document_kind(z) == kind for z in mrz.find_zones(segment.fillers_mended(p), today=today))
             for p in parts]
    if not any(holds):  # the zone's lines misread on the page: its document number printed in its column
        holds = [len(number) >= 6 and number in p for p in parts]
    if sum(holds) != 1:
        return ft
    return replace(ft, pages=(replace(page, text=parts[holds.index(True)]),))


def _zone_rows(text: str, kind: str, *, today: date | None = None) -> str | None:
    """The lines of a page's text that belong to the document whose zone is of `kind`, when the text tells the
    page's documents one after another (a data page copied above a visa, or read before the facing page), each
    ending with its zone: from the line after the zone before it to its own zone's last line (the first also keeps
    what comes before; the last, what follows: a copy's stamp)."""
    from docscheck import segment
    from docscheck.columns import document_kind

    lines = text.splitlines()
    mended = segment.fillers_mended(text).splitlines()
    blocks: list[tuple[int, int, set[str]]] = []
    i = 0
    while i < len(mended):
        if "<<" not in mended[i]:
            i += 1
            continue
        j = i
        while j < len(mended) and "<<" in mended[j]:
            j += 1
        kinds = {document_kind(z) for z in mrz.find_zones("\n".join(mended[i:j]), today=today) if z.valid}
        if kinds:
            blocks.append((i, j, kinds))
        i = j
    hits = [n for n, (_, _, kinds) in enumerate(blocks) if kind in kinds]
    if len(blocks) < 2 or len(hits) != 1 or any(len(kinds) > 1 for _, _, kinds in blocks):
        return None
    n = hits[0]
    start = blocks[n - 1][1] if n else 0
    end = blocks[n][1] if n < len(blocks) - 1 else len(lines)
    return "\n".join(lines[start:end])


def _understand_zone(ft: FileText, zone: Zone) -> Document:
    """One of several documents on the same page, known by its zone (the page's text is shared)."""
    classification = classify(ft, zone)
    zone_type = DocType.VISA if zone.kind.upper().startswith("MRV") or zone.document_code.startswith("V") else (
        DocType.PASSPORT if zone.document_code.startswith("P") else DocType.PHOTO_ID
    )
    if classification.type is not zone_type:
        classification = Classification(zone_type, 0.9, (f"zone {zone.kind} {zone.document_code.replace('<', '')}", "another document's zone on the same page"))
    fields = extract_fields(ft, classification.type, zone)
    return Document(file=ft, classification=classification, fields=fields, zone=zone, pages=tuple(p.number for p in ft.pages))
