"""Documents, not files: where one document ends and the next begins.

People upload a passport's data page and its visa in one PDF, or the whole dossier
scanned into one file; and, the other way round, a contract photographed page by
page.  Within a file, each page is looked at on its own (its type by the same
classifier, its title, its zone, its page number "2/3", its "Article N", a letter's opening
at its top, a signature block at its foot) and the file is cut only on strong evidence: a
second zone, page numbering starting again or starting after unnumbered pages, or the numbering
before ended ("3/3", "1/1"), a page after an identity page (a zone: one page each) opening as a
document would, a new title of another type, a page opening with Article 1 or with a heading of
its own, a letter's opening, a heading or a first article after a page closed by a signature
block, a sender's name above a heading, the document's own title heading a page again after a page
closed by a signature block (a second copy), or a page read as another type almost surely.  The page's type is one clue among these, not the only one: a layout the classifier
has not seen must still be cut where its pages show a new start.  A wrong cut is worse than
none, so continuity (numbering or articles going on, a sentence running on across the page
break, a translation after its original, a page headed as an annex) always wins, and blank pages go with their
neighbour.
Across a dossier's files, `docscheck.joins` puts the later pages of a document back with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from docscheck import mrz
from docscheck.classify import CUES, classify, cue_found, prepare_page, titled_as
from docscheck.columns import document_kind
from docscheck.countries import ICAO_CODES
from docscheck.model import Classification, DocType, FileText, Page, Zone
from docscheck.textnorm import fold
from docscheck.zonetrust import best_zone, distrust_dark_capture

# How sure a page's own type must be to start a new document: a title of another type is
# strong evidence by itself (a document has one title, on its first page); an untitled page
# (a letter) must be read as another type almost surely, and its group not await pages.
TITLED_SPLIT_CONFIDENCE = 0.5
SURE_SPLIT_CONFIDENCE = 0.95
# A page opening with a heading of its own (a line in capitals: "CERTIFICAT D'ACCUEIL", a
# title the classifier does not know) read as another type this surely starts a new document.
HEADED_SPLIT_CONFIDENCE = 0.75
HEADING_LINES = 8  # the first non-empty lines where a heading is looked for
HEADING_LINES_AT_MOST = 30  # ... or above the first line of prose, down to this many
MIN_HEADING_LETTERS = 10
HEADING_UPPER_SHARE = 0.9
MIN_WORDS = 4  # fewer words than this (and no zone): a blank page
PROSE_PAGE_WORDS = 80  # at least this many words, no zone, no photo: no identity document's page
COVER_WORDS = 30  # at most this many words, no zone, no photo, nothing opening or closing: a cover

_NUMBERING = re.compile(
    r"(?<![\w/.-])(?:PAGE\s*)?(\d{1,2})\s*(?:/|SUR|OF|DE)\s*(\d{1,2})(?![\w/.-])"  # not inside a word
)
# ("Article 1er" as printed, and as OCR reads it: "Article Ier", "Article ler"; "Article premier")
_ARTICLE = re.compile(r"\bARTICLE\s+(\d{1,2}|1ER|IER|LER|PREMIER)\b")
EDGE_LINES = 6  # the first (last) non-empty lines where a letter's opening (a signature block) is looked for
# What closes a document at the foot of its last page: the place and date of signing, a signature, a
# letter's closing formula (on the folded text).
_CLOSING = re.compile(
    r"\bFAIT (?:A|EN|LE)\b|\bDONE AT\b|\bSIGNE|\bSIGNATURE|\bSINCERELY\b|\bCORDIALEMENT\b|\bSALUTATIONS\b"
    r"|^POUR (?:LE |LA |L')(?:AUTORITE|PREFET|MINISTRE|MAIRE|DIRECT|PRESIDENT|ASSOCIATION|ORGANISME)"  # on behalf of
    r"|\bPOUR (?:SERVIR ET )?VALOIR\b|\bVALOIR CE QUE DE DROIT\b|\bPOUR AMPLIATION\b|\bPAR DELEGATION\b|\bETABLIE? (?:A|LE)\b"
    r"|^(?:[A-Z][A-Z' -]+, )?(?:LE |LA )?(?:PRESIDENTE?|PRESIDENT\(E\)|DIRECT(?:EUR|RICE)(?: GENERAL)?E?|SECRETAIRE GENERALE?"
    r"|COORDINAT(?:EUR|RICE)|TRESORIERE?|LE MAIRE)\b[^.;]{0,30}$"  # a signatory's role at the foot: "Hélène Moreau, présidente"
    r"|\bLU ET APPROUVE\b|\bYOURS (?:FAITHFULLY|TRULY)\b|\bAGREER\b|\bDISTINGUEE?S?\b"
    r"|\bLE PREFET\b|\bREGISTRAR\b|\bOFFICIER DE L'ETAT CIVIL\b|\bDELIVREE? (?:A|LE)\b|\bDATE OF ISSUE\b|\bISSUED ON\b"
    r"|^[A-Z][A-Z' -]+, LE (?:\d{1,2}\b|(?:PREMIER|[A-Z]+(?:-[A-Z]+)?) (?:JANVIER|FEVRIER|MARS|AVRIL|MAI|JUIN|JUILLET"
    r"|AOUT|SEPTEMBRE|OCTOBRE|NOVEMBRE|DECEMBRE)\b)"  # place and date of signing: "Lyon, le 06/03/2026", "le onze mai"
)
# What opens a letter: its salutation, its subject, the writer's declaration, or a date alone on a line.
_OPENING = re.compile(
    r"^(?:MADAME|MONSIEUR|DEAR\b|TO WHOM IT MAY CONCERN|A QUI DE DROIT|OBJET\s*:|SUBJECT\s*:|RE\s*:|JE SOUSSIGNE|I,? THE UNDERSIGNED"
    r"|(?!FAIT\b|DONE\b|SIGNE)(?:[A-Z][A-Z'-]*,? |[A-Z][A-Z' -]*, )?(?:LE |THE )?\d{1,2}(?:ER|ST|ND|RD|TH)? (?:OF )?[A-Z]+,? \d{4}$"
    r"|[A-Z]+ \d{1,2}(?:ST|ND|RD|TH)?,? \d{4}$"  # "January 10th, 2026"
    r"|(?!FAIT\b|DONE\b|SIGNE)[A-Z][A-Z' -]*, (?:LE )?\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4})$)"
    r"|^.{0,50}\b\d{5} [A-Z][A-Z' -]+$"  # a letterhead's address line: postcode and town
)
# A letter's salutation or subject, never at a document's end: looked for lower too, below a sender's block.
_SALUTATION = re.compile(
    r"^(?:(?:MADAME|MONSIEUR)(?:,? (?:MADAME|MONSIEUR))?(?: L[EA] [A-Z' -]+)?\s*,|DEAR\b.*,$|(?:OBJET|SUBJECT|RE)\s*:"
    r"|TO WHOM IT MAY CONCERN|A QUI DE DROIT"
    # the addressee, a letter's first words to the authority: "To the Prefecture,", "A Monsieur le Préfet"
    r"|(?:TO|A) (?:THE |MONSIEUR |MADAME |L'ATTENTION (?:DE |DU |OF )?)*(?:LA |LE |L')?PREFE|FOR THE ATTENTION OF)")
SALUTATION_LINES = 12  # the first lines (or the top half, if more) where a salutation is looked for
BODY_WORDS = 6  # a line of prose, a letter's body: a sidebar's lines carry a word or three
PROSE_WORD = re.compile(r"[^\W\d_]{2,}")
RUN_ON_WORDS = 3
_TRANSLATION = re.compile(r"^(?:TRADUCTION|TRANSLATION)\b")
_TRANSLATED = re.compile(r"\b(?:TRADUCTION|TRANSLATION|TRADUIT|TRANSLATED|TRADUCTEUR|TRANSLATOR)\b")
# A translator's certificate: the page after a sworn translation saying the translation before it is true to the
# original ("Certificat de traduction", "je certifie que la traduction qui précède est conforme", "I certify that the
# foregoing is a true translation"): the end of the document it certifies, never a document of its own.
_TRANSLATION_CERTIFIED = re.compile(
    r"^(?:CERTIFICAT|ATTESTATION|CERTIFICATE|CERTIFICATION|DECLARATION) (?:DE |OF |DU )?(?:LA |THE )?(?:TRADUCT|TRANSLAT)"
    r"|\bTRADUCTION (?:QUI PRECEDE|CI.?DESSUS|CI.?CONTRE|CI.?JOINTE)"
    r"|\b(?:FOREGOING|ABOVE|PRECEDING|ATTACHED)(?: DOCUMENT)? (?:IS AN? (?:(?:TRUE|FAITHFUL|COMPLETE|ACCURATE|CORRECT|AND) )*)?TRANSLATION\b")
_SENTENCE_END = re.compile(r"[.:;!?)»\]]\s*$")
# A page headed as an annex ("ANNEXE 1 - Fiche de mission", "Appendix"): part of the document it is annexed to.
ANNEX_HEADING = re.compile(r"^(?:ANNEXE?S?|APPENDIX|APPENDICE|PIECE JOINTE)\b")
ANNEX_LINES = 3  # the first non-empty lines where an annex's heading is looked for
# A page certifying the document before it: a signing platform's record of who signed it and when, a page of it.
CERTIFYING_PAGE = re.compile(r"\b(?:CERTIFICATE OF COMPLETION|AUDIT TRAIL|SIGNATURE CERTIFICATE|SIGNING CERTIFICATE"
                            r"|CERTIFICAT DE SIGNATURE|FICHIER DE PREUVE|DOSSIER DE PREUVE|PREUVE DE SIGNATURE"
                            r"|JOURNAL D'AUDIT|PISTE D'AUDIT|SIGNING SUMMARY|HISTORIQUE DES SIGNATURES)\b"
                            # ... or a ministry's legalisation or apostille of the signature on the act before it
                            r"|^\s*(?:LEGALI[SZ]ATION|APOSTILLE|VU POUR (?:LA )?LEGALISATION)\b")
# What a letter says it encloses ("Vous trouverez ci-joint l'extrait du registre", "Please find enclosed the decision"),
# and how many of its long words the next page's first lines must repeat to be that enclosure.
_ENCLOSED = re.compile(r"\b(?:CI-JOINTE?S?|EN PIECE JOINTE|ENCLOSED|ATTACHED|P\.J\.)\s*:?\s*([^.;]{5,80})")
_LONG_WORD = re.compile(r"[A-Z]{5,}")
ENCLOSED_WORDS = 2
# A document referring to its annex ("la mission décrite en annexe 1", "see the attached appendix").
ANNEX_REFERENCE = re.compile(r"\b(?:ANNEX(?:E|ES|ED)?|APPENDIX|APPENDICE|PIECES? JOINTES?)\b")


@dataclass(frozen=True)
class PageLook:
    """What one page says about where it belongs."""

    number: int
    blank: bool
    zone: Zone | None
    classification: Classification
    titled: bool  # a heavy cue of its type in its first lines
    headed: bool  # a heading line in capitals in its first lines
    numbering: tuple[int, int] | None  # (n, of m)
    articles: tuple[int, ...]
    opens: bool = False  # a letter's opening (salutation, subject, a date alone) in its first lines
    sender: bool = False  # a person's name alone on its first line ("Aissatou NDIAYE"): a letter's sender
    photo: bool = False  # a portrait photo area: an identity page
    closes: bool = False  # a signature block at its foot (place and date of signing, closing formula)
    # opens as a translation ("TRADUCTION ..."), or is a translator's certificate: of the document before it
    translation: bool = False
    translated: bool = False  # says it is a translation among its first lines (under a letterhead, say)
    annex: bool = False  # headed as an annex in its first lines: part of the document before it
    heading_titled: bool = False  # a heading line names its type ("BIRTH CERTIFICATE (FULL COPY)" under a letterhead)
    first_line: str = ""  # as printed
    last_line: str = ""
    words: int = 0
    numbered_at_edge: bool = False  # the numbering in the page's first or last lines (a header, a footer)
    encloses: frozenset[str] = frozenset()  # the words naming what it says is enclosed ("ci-joint l'extrait du ...")
    head_words: frozenset[str] = frozenset()  # the words of its first lines


def is_sender(line: str) -> bool:
    """A person's name alone on a line, given names then surname in capitals ("Aissatou NDIAYE", "Văn Minh
    NGUYỄN"), in any alphabet with case: a letter's sender."""
    words = line.split()
    parts = [[p for p in re.split(r"[-']", w) if p] for w in words]
    if len(words) < 2 or not all(ps and all(p.isalpha() for p in ps) for ps in parts):
        return False
    capitalised = [all(p[0].isupper() and (p[1:].islower() or len(p) == 1) for p in ps) and len(w) > 1
                   for w, ps in zip(words, parts, strict=True)]
    upper = [all(p.isupper() for p in ps) and len(w) > 1 for w, ps in zip(words, parts, strict=True)]
    given = next((i for i, c in enumerate(capitalised) if not c), len(words))
    return 1 <= given < len(words) and all(upper[given:])


def _page_view(ft: FileText, pages: tuple[Page, ...]) -> FileText:
    return replace(ft, pages=pages)


def page_numbering(text: str) -> tuple[int, int] | None:
    """`Page 2 sur 3`, `2/3`, `Page 2 of 3`: the page's place in its document, when printed."""
    folded = fold(text)
    found = None
    for m in _NUMBERING.finditer(folded):
        n, total = int(m.group(1)), int(m.group(2))
        explicit = "PAGE" in m.group(0) or "/" in m.group(0)
        # a bare "2/3" is a page number only with no other figure on its line (not "Date de début 2111 01 20/28")
        start, end = folded.rfind("\n", 0, m.start()) + 1, folded.find("\n", m.end())
        line = folded[start:m.start()] + folded[m.end():end if end >= 0 else len(folded)]
        if "PAGE" not in m.group(0) and any(c.isdigit() for c in line):
            continue
        if explicit and 1 <= n <= total <= 60:  # "1/1": a one-page document says so
            found = (n, total)
            if "PAGE" in m.group(0):
                break
    if found is None and (misread := _PAGE_MISREAD.search(folded)):
        n, total = (int(g.replace("L", "1").replace("I", "1")) for g in misread.groups())
        if 1 <= n <= total <= 60:
            found = (n, total)
    return found


# "Page lof2", "page 1 of l": a page number OCR read with a 1 as an "l" or an "I", after the word "page" only.
_PAGE_MISREAD = re.compile(r"\bPAGE\s*([0-9LI]{1,2})\s*(?:/|SUR|OF|DE)\s*([0-9LI]{1,2})(?![\w/.-])")


def articles(text: str) -> tuple[int, ...]:
    return tuple(int(n) if n.isdigit() else 1 for n in _ARTICLE.findall(fold(text)))


def titled(text: str, doc_type: DocType) -> bool:
    """The type's title (its first cue: "CONTRAT DE VOLONTARIAT", "PASSEPORT") in the page's first lines."""
    cues = CUES.get(doc_type, ())
    if not cues:
        return False
    prepared = prepare_page(text)
    return any(cue_found(phrase.strip(), prepared, title_only=True) for phrase in cues[0][0].split("|"))


def headings(text: str) -> list[str]:
    """The lines of two words or more in capitals among the page's first lines (or above its first line of
    prose, a column of letterhead and references read first), other than an article's heading: what opens a
    document, whatever its title says."""
    out = []
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    # (down to the body's first line of prose, wherever a letterhead's column read first puts it)
    prose = next((i for i, line in enumerate(lines) if len(PROSE_WORD.findall(fold(line))) >= BODY_WORDS), 0)
    for line in lines[:min(max(HEADING_LINES, prose), HEADING_LINES_AT_MOST)]:
        letters = [c for c in line if c.isalpha()]
        words = re.findall(r"[^\W\d_]{2,}", line)
        if (len(letters) >= MIN_HEADING_LETTERS and len(words) >= 2 and not fold(line).startswith("ARTICLE")
                and sum(c.isupper() for c in letters) >= HEADING_UPPER_SHARE * len(letters)):
            out.append(line)
    return out


def _top_half(lines: list[str]) -> str:
    """The upper half of a page's lines (the middle one with them)."""
    return "\n".join(lines[: (len(lines) + 1) // 2])


def headed(text: str) -> bool:
    return bool(headings(text))


def page_lines(text: str) -> list[str]:
    return [fold(ln).strip() for ln in text.splitlines() if ln.strip()]


def opens_letter(text: str) -> bool:
    """A letter's opening among the page's first lines: what starts a document that has no title.

    A letter may print the writer's details in a column beside its body (name, birth, passport number, one
    or two words a line), which OCR reads first: its salutation or subject is then looked for down to the
    body's first line of prose, wherever that falls."""
    lines = page_lines(text)
    prose = next((i for i, line in enumerate(lines) if len(PROSE_WORD.findall(line)) >= BODY_WORDS), 0)
    return any(_OPENING.search(line) for line in lines[:EDGE_LINES]) or any(
        _SALUTATION.search(line) for line in lines[:max(SALUTATION_LINES, (len(lines) + 1) // 2, prose + 1)])


def closes(text: str) -> bool:
    """A signature block among the page's last lines: what ends a document."""
    return any(_CLOSING.search(line) for line in page_lines(text)[-EDGE_LINES:])


def runs_on(before: PageLook, page: PageLook) -> bool:
    """A sentence cut across the page break: the page before ends without a stop, this one opens in lower case."""
    return sentence_runs_on(before.last_line, page.first_line)


def sentence_runs_on(last: str, first: str) -> bool:
    """`last` (a page's last line) ends without a stop and `first` (the next page's first line) opens in lower case.

    Both lines must read as prose (a few words): a stamp or a mark OCR'd as "ee" says nothing."""
    return bool(len(PROSE_WORD.findall(first)) >= RUN_ON_WORDS and len(PROSE_WORD.findall(last)) >= RUN_ON_WORDS
                and not _SENTENCE_END.search(last) and first[0].isalpha() and first[0].islower()
                and not _OPENING.search(fold(first).strip()))  # a dateline ("pa Nang, 9 mai 2026") runs on from nothing


def page_zones(page: Page, *, today: date | None = None) -> list[Zone]:
    """Zones on one page, from the zone re-reading first, else its text (fillers a scan blurred into "c" mended)."""
    zones = mrz.find_zones(page.zone_text, today=today) if page.zone_text else []
    if not any(z.valid for z in zones) and page.text:
        zones = zones + mrz.find_zones(fillers_mended(page.text), today=today)
    return distrust_dark_capture(page, mrz.confirmed_by_print(zones, page.text, today=today))


def look_at_page(ft: FileText, page: Page, *, today: date | None = None) -> PageLook:
    zone = best_zone(page_zones(page, today=today))
    words = re.findall(r"[A-Za-z]{2,}", page.text)
    blank = zone is None and len(words) < MIN_WORDS
    c = classify(_page_view(ft, (page,)), zone) if not blank else Classification(DocType.UNKNOWN, 0.0)
    lines = [ln.strip() for ln in page.text.splitlines() if ln.strip()]
    return PageLook(
        number=page.number,
        blank=blank,
        zone=zone,
        classification=c,
        titled=not blank and c.type is not DocType.UNKNOWN and titled(page.text, c.type),
        headed=not blank and headed(page.text),
        numbering=page_numbering(page.text),
        articles=articles(page.text),
        opens=not blank and opens_letter(page.text),
        sender=bool(lines) and is_sender(lines[0]),
        photo=page.has_photo,
        closes=not blank and closes(page.text),
        # (a translator's certificate at the foot of a page that holds its own translation, headed "TRADUCTION" under
        # the original printed above it, certifies that page: a copy of its own, not the page before's translation)
        translation=(any(_TRANSLATION.search(fold(line)) for line in lines[:2])
                     or any(_TRANSLATION_CERTIFIED.search(fold(line)) for line in lines[:HEADING_LINES])
                     or (bool(_TRANSLATION_CERTIFIED.search(fold(" ".join(lines))))
                         and not any(_TRANSLATION.search(fold(line)) for line in lines[2:]))),
        translated=any(_TRANSLATED.search(fold(line)) for line in lines[:HEADING_LINES]),
        # (a legalisation's heading may stand under the state's and the ministry's names: among the first lines)
        annex=not blank and zone is None and (any(ANNEX_HEADING.match(fold(line)) for line in lines[:ANNEX_LINES])
                                              or any(CERTIFYING_PAGE.search(fold(line)) for line in lines[:HEADING_LINES])),
        # (a heading stands above the page's body: in the top half of its lines, not closing a short page)
        heading_titled=not blank and c.type is not DocType.UNKNOWN and (
            any(titled(h, c.type) or c.type in titled_as(h) for h in headings(_top_half(lines)))
            or c.type in titled_as(_top_half(lines))),  # its title words, wrapped over two lines
        first_line=lines[0] if lines else "",
        last_line=lines[-1] if lines else "",
        words=len(words),
        numbered_at_edge=page_numbering("\n".join(lines[:EDGE_LINES] + lines[-EDGE_LINES:])) is not None,
        encloses=frozenset(w for m in _ENCLOSED.finditer(fold(" ".join(lines))) for w in _LONG_WORD.findall(m.group(1))),
        head_words=frozenset(w for line in lines[:ANNEX_LINES] for w in _LONG_WORD.findall(fold(line))),
    )


def _zone_key(z: Zone) -> tuple[str, str]:
    return (z.kind, z.document_number)


def _continues(group: list[PageLook], page: PageLook) -> bool:
    """Printed numbering or articles go on from the group: the page is the group's, whatever it looks like."""
    numbered = [p.numbering for p in group if p.numbering]
    if page.numbering and numbered:
        last = numbered[-1]
        if page.numbering[1] == last[1] and page.numbering[0] == last[0] + 1:
            return True
    seen = [a for p in group for a in p.articles]
    if page.articles and seen and min(page.articles) == max(seen) + 1:
        return True
    # a sentence running on from the page before, or the translation of the document before it
    return not page.zone and (runs_on(group[-1], page) or page.translation)


def _starts_new(group: list[PageLook], page: PageLook) -> str | None:
    """Why the page starts a new document, or None: only strong evidence counts."""
    # (what a letter says it encloses, headed as it names it: "ci-joint l'extrait du registre" / "EXTRAIT DU REGISTRE")
    # (of the letter's own type or none: a cover letter listing a dossier's papers does not absorb the next one)
    if (page.zone is None and len(group[-1].encloses & page.head_words) >= ENCLOSED_WORDS
            and page.classification.type in (DocType.UNKNOWN, *(p.classification.type for p in group))):
        return None
    if page.blank or _continues(group, page):
        return None
    # an annex goes with the document it is annexed to, unless titled as another type of document
    if page.annex and not page.photo and not (page.titled and page.classification.type not in (
            DocType.UNKNOWN, *(p.classification.type for p in group))):
        return None
    zones = [p.zone for p in group if p.zone is not None]
    if page.zone is not None and zones and all(_zone_key(z) != _zone_key(page.zone) for z in zones):
        return f"page {page.number}: another zone ({page.zone.kind})"
    numbered = [p.numbering for p in group if p.numbering]
    if page.numbering and page.numbering[0] == 1 and numbered:
        return f"page {page.number}: page numbering starts again (1/{page.numbering[1]})"
    # "1/2" is a document's first page: the pages before, never numbered, were another one's (a cover
    # page, its own title on the next, is the exception)
    if (page.numbering and page.numbering[0] == 1 and page.numbered_at_edge and not numbered
            and not _cover_of(group, page.classification.type)):
        return f"page {page.number}: page numbering starts (1/{page.numbering[1]}) after pages without"
    kinds = {p.classification.type for p in group if not p.blank} - {DocType.UNKNOWN}
    c = page.classification
    same = c.type in kinds
    # an identity page (passport data page, visa, card: a zone) is a document of its own: what follows it
    # without its zone, opening as a document would, is the next one
    identity = [p for p in group if p.zone is not None or p.photo]
    # (an identity document's other pages, a cover, a back, its notes, carry a few words: a page of prose is another's)
    if identity and page.zone is None and not page.photo and not _unfinished(group) and (
            page.opens or page.sender or page.words >= PROSE_PAGE_WORDS
            or (not same and (c.type is not DocType.UNKNOWN or page.headed))):
        shown = identity[-1].zone.kind if identity[-1].zone else "a photo"
        return f"page {page.number}: after an identity page ({shown})"
    # a fresh opening (a heading, a letter's salutation) after a page closed by a signature block
    last = next(p for p in reversed(group) if not p.blank)
    if (not same and (page.opens or (page.sender and page.headed) or ((page.headed or page.sender) and last.closes))
            and not _unfinished(group) and not _mid_articles(page)):
        after = "after a signed page" if last.closes else "as a letter"
        return f"page {page.number}: another document opens {after} ({c.type.value}, {c.confidence:.2f})"
    # the document before was numbered and its last page has come ("3/3")
    numbered = [p.numbering for p in group if p.numbering]
    if numbered and numbered[-1][0] == numbered[-1][1] and not same and not page.numbering:
        return f"page {page.number}: the document before ended ({numbered[-1][0]}/{numbered[-1][1]})"
    # a first article under a heading of its own, after pages without articles
    if (page.articles and min(page.articles) == 1 and page.headed and not same
            and not any(p.articles for p in group) and not _unfinished(group)):
        return f"page {page.number}: Article 1 under a heading of its own"
    if page.zone is not None and _cover_of(group, c.type):
        return None
    # a passport's or a visa's zone is a page of its own (a card's back, TD1, may follow its front)
    if page.zone is not None and not zones and (page.zone.kind == "TD3" or page.zone.kind.startswith("MRV")):
        return f"page {page.number}: a zone ({page.zone.kind}) of another document"
    # a first article after a signed page without articles, on a page of a type not known
    if (c.type is DocType.UNKNOWN and page.articles and min(page.articles) == 1 and last.closes
            and not any(p.articles for p in group) and not _unfinished(group)):
        return f"page {page.number}: Article 1 after a signed page"
    # the document's title again, heading a page after one closed by its signature block: another copy
    # (a document has one title, on its first page, and ends where it is signed or issued; a translation,
    # titled as its original, goes with it)
    # (a translation after a page that is a finished translation itself translates no page of it: another copy)
    if (same and page.heading_titled and last.closes and (not page.translated or last.translated)
            and not _unfinished(group) and not _mid_articles(page)):
        return f"page {page.number}: another copy opens after a signed page ({c.type.value}, {c.confidence:.2f})"
    if c.type is DocType.UNKNOWN or same:
        return None
    if page.zone is not None and (not zones):
        return f"page {page.number}: a zone ({page.zone.kind}) of another document"
    if not kinds:
        return None
    if page.titled and c.confidence >= TITLED_SPLIT_CONFIDENCE:
        return f"page {page.number}: new title ({c.type.value}, {c.confidence:.2f})"
    # a document's first article, under a letterhead the title reading missed
    if page.articles and min(page.articles) == 1 and c.confidence >= TITLED_SPLIT_CONFIDENCE:
        return f"page {page.number}: Article 1 of another document ({c.type.value}, {c.confidence:.2f})"
    if page.headed and c.confidence >= HEADED_SPLIT_CONFIDENCE and not _unfinished(group):
        return f"page {page.number}: a heading of its own ({c.type.value}, {c.confidence:.2f})"
    if c.confidence >= SURE_SPLIT_CONFIDENCE and not _unfinished(group):
        return f"page {page.number}: another document ({c.type.value}, {c.confidence:.2f})"
    return None


def _cover_of(group: list[PageLook], doc_type: DocType) -> bool:
    """The group is only the cover of the document whose zone comes next (a passport scanned from its
    cover: the state's name and "PASSEPORT", a few words): no zone, no photo, nothing a letter opens or
    closes with, no other type."""
    shown = [p for p in group if not p.blank]
    return bool(shown) and all(
        p.zone is None and not p.photo and p.words <= COVER_WORDS and not p.opens and not p.closes
        and not p.numbering and not p.articles and p.classification.type in (DocType.UNKNOWN, doc_type)
        for p in shown)


def leading_cover(ft: FileText, *, today: date | None = None) -> bool:
    """The file's first page, before others, is a cover sheet (a title, a name, a year: a few words, no zone, no
    photo, nothing a letter opens or closes with, no numbering, no articles): it carries none of the fields."""
    if len(ft.pages) < 2 or ft.error is not None:
        return False
    first = look_at_page(ft, ft.pages[0], today=today)
    return not first.blank and _cover_of([first], first.classification.type)


def _mid_articles(page: PageLook) -> bool:
    """The page opens on a later article ("Article 6"): a document's inside, not its start."""
    return bool(_ARTICLE.match(fold(page.first_line))) and min(page.articles, default=1) > 1


def _unfinished(group: list[PageLook]) -> bool:
    """The group's printed numbering says pages are still to come ("2/3" last seen)."""
    numbered = [p.numbering for p in group if p.numbering]
    return bool(numbered) and numbered[-1][0] < numbered[-1][1]


def page_groups(ft: FileText, *, today: date | None = None) -> list[tuple[tuple[Page, ...], str]]:
    """The file's pages cut into documents, each with why it was cut there ('' for the first)."""
    if len(ft.pages) <= 1 or ft.error is not None:
        return [(ft.pages, "")]
    looks = [look_at_page(ft, p, today=today) for p in ft.pages]
    groups: list[tuple[list[int], str]] = [([0], "")]
    for i in range(1, len(looks)):
        current = [looks[j] for j in groups[-1][0]]
        if all(p.blank for p in current):
            groups[-1][0].append(i)  # leading blank pages go with what follows
            continue
        why = _starts_new(current, looks[i])
        if why is None:
            groups[-1][0].append(i)
        else:
            groups.append(([i], why))
    return [(tuple(ft.pages[i] for i in idx), why) for idx, why in groups]


# A zone line's trailing fillers as OCR may give them on a photo: "<<<<cececcc ee", then perhaps the line's
# last check digit, itself misread ("<<cccccecccg": a 6 read as a g).
_FILLER_TAIL = re.compile(r"(<[<ceCK ]*)([0-9A-Za-z]?)$")
# (a zone's second line whose few fillers all came out as letters: "...M3404296<ccccceccecceg")
_LONG_TAIL = re.compile(r"\d<[ceCK]{6,}[<ceCK]*[0-9A-Za-z]?$")


def fillers_mended(text: str) -> str:
    """The text with each zone-like line's trailing run of filler look-alikes put back to `<`."""
    def mend(line: str) -> str:
        m = _FILLER_TAIL.search(line) if "<<" in line or _LONG_TAIL.search(line) else None
        return line[: m.start()] + "<" * len(m.group(1).replace(" ", "")) + m.group(2) if m else line

    return "\n".join(mend(line) for line in text.splitlines())


def _zone_rank(z: Zone) -> tuple[bool, bool, int]:
    return (z.valid, z.issuer in ICAO_CODES, -len(z.failed_checks))


def zones_on_one_page(ft: FileText, *, today: date | None = None) -> list[Zone]:
    """Zones of different documents on a one-page file (the open passport: data page and visa side by side).

    The zone re-reading gives every zone the page OCR shows; the page's text is searched too
    (a zone the re-reading missed), with the fillers a photo blurs into "c" and "e" mended; of
    two readings of a document's zone, the one whose issuing state is a real code is kept.
    """
    if len(ft.pages) != 1 or ft.error is not None:
        return []
    page = ft.pages[0]
    found = mrz.find_zones(page.zone_text, today=today) if page.zone_text else []
    found += mrz.find_zones(fillers_mended(page.text), today=today) if page.text else []
    # one zone per kind of document: a passport's zone read once as TD3 and once, its filler runs
    # shortened, as TD2 is one passport
    distinct: dict[str, Zone] = {}
    for z in sorted(found, key=_zone_rank, reverse=True):
        if z.valid:
            distinct.setdefault(document_kind(z), z)
    return list(distinct.values()) if len(distinct) >= 2 else []
