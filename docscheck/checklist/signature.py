"""Whether a letter is signed, on evidence: seen signed, seen unsigned, or not decidable from the files.

"Letter by which you agree to leave the territory at the end of your contract": a letter one signs.
A signature is a drawing: docscheck sees it as a handwritten mark on the page image (docscheck.ink),
or through what the text says of it (the signer's name after a signature word, an electronic
signature).  A place to sign (a "Signature" label, a line to sign on beside the typed name: the
`signed` field's sources in PLACE_SOURCES) is printed on signed and unsigned letters alike.  A letter is reported unsigned only on evidence of absence: the image and the
text of its last page show nothing that signs it, nor anything that could (its signer's name
closing it, where a signature drawn as text or too faint for the image would be; a place to
sign named on the page; a stamp, which hides a signature drawn across it; a drawing of a
born-digital page below its text that the image did not show as a mark).  A born-digital letter none of
whose pages draws anything at all (no picture, no pen's path, no annotation) is
seen unsigned whatever its text prints: a typed name or a place to sign is printed alike on signed and
unsigned letters, and a drawn signature has nowhere else to be.  Anything
between is for a person to look at, never the letter's fault.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docscheck.checklist.context import text_value
from docscheck.dates import find_dates
from docscheck.model import Document, Page, TextSource
from docscheck.names import holder_named_in, named_in
from docscheck.textnorm import fold

# A word that says the letter is signed ("Signé : Kofi MENSAH", "(signature) K. Mensah", "Signed: ...");
# not SOUSSIGNE/UNDERSIGNED, which open the statement.
_SIGN_WORD = re.compile(r"(?<![A-Z])(?:SIGNEE?S?|SIGNED|SIGNATURE|SIGNATAIRE)(?![A-Z])")
# A place to sign named anywhere on the last page ("Date et signature du volontaire", a table's "Signature"
# column above the dated row), or a signing said in the volunteer's own language ("Firmado en Dakar"):
# where a signature may stand.  Not the French verb (the contract "signé le ..."), which the body says of
# other papers.
_SIGN_PLACE = re.compile(r"(?<![A-Z])(?:SIGNATURE|FIRMA|FIRMAD[OA]|FIRMATO|ASSINATURA|ASSINAD[OA]|UNTERSCHRIFT"
                         r"|UNTERSCHRIEBEN)(?![A-Z])")
# A stamp beside or over the signing place: ink the image cannot tell from a signature drawn across it.
_STAMP = re.compile(r"(?<![A-Z])(?:CACHET|TAMPON|SCEAU|STAMP|SEAL|SELLO|CARIMBO|STEMPEL)(?![A-Z])")
# A signature made electronically, which no image shows.
_ELECTRONIC = re.compile(
    r"SIGNATURE\s+(?:ELECTRONIQUE|NUMERIQUE|QUALIFIEE)|SIGNEE?\s+(?:ELECTRONIQUEMENT|NUMERIQUEMENT)"
    r"|(?:ELECTRONICALLY|DIGITALLY)\s+SIGNED|SIGNED\s+(?:ELECTRONICALLY|DIGITALLY)|(?:ELECTRONIC|DIGITAL)\s+SIGNATURE|\bE-?SIGNATURE\b"
    r"|\bDOCUSIGN|\bYOUSIGN|(?<![A-Z])/S/"
)
# A line drawn to sign on: underscores or dots.
_SIGNING_LINE = re.compile(r"_{5,}|\.{8,}|…{3,}")
# How far after a signature word its signer's name may stand (the same line or the next one).
_AFTER_WORD = 80
# A signature word that only labels the place to sign: alone at the end of its line ("Signed:", then the
# typed name under the place left for the signature), not in brackets as a copy notes a signature "(signé)".
_LABEL_ONLY = re.compile(r"\s*[:.]?\s*\n")
# The closing of an undated letter: its last lines.
_CLOSING_LINES = 3
# Where a signer's name typed under a signature may stand: the closing, or at least the letter's last lines
# (a letter may be dated above its signature, or in its footer).
_SIGNER_LINES = 5
_NAME_LINE_WORDS = 6
_DATED = re.compile(r"\b(?:19|20)\d\d\b")


def closing_date(doc: Document) -> str:
    """A full date on a short line of its own among a letter's last lines ("31 DÉC 2025" in a dater stamp,
    "Lyon, 3 mars 2026"), as printed ("" when none), not one a sentence of its body speaks of: a letter whose
    date of signing was not read but whose foot shows a date is not shown to be undated."""
    page = _last_page(doc)
    if page is None:
        return ""
    lines = [ln for ln in page.text.splitlines() if ln.strip()][-_SIGNER_LINES:]
    found = find_dates(_short_lines("\n".join(lines)))
    return found[-1].raw if found else ""


@dataclass(frozen=True)
class Signing:
    """What the files show of a letter's signature: signed (True), unsigned (False) or undecided (None)."""

    signed: bool | None
    evidence: str


def _last_page(doc: Document) -> Page | None:
    """The page the letter ends on: its last page with words (a blank page scanned after it signs nothing)."""
    pages = [p for p in doc.file.pages if doc.whole_file or p.number in doc.pages]
    written = [p for p in pages if p.text.strip() or p.has_signature_mark]
    return (written or pages)[-1] if pages else None


def _nothing_drawn(doc: Document) -> bool:
    """Whether every page of a letter is a born-digital PDF page that draws nothing at all (`Page.draws_nothing`):
    a signature on an earlier page (an original before its translation) counts too."""
    pages = [p for p in doc.file.pages if doc.whole_file or p.number in doc.pages]
    return bool(pages) and all(p.draws_nothing for p in pages)


def _closing(text: str, at_least: int = 0) -> str:
    """The letter's closing: from its last dated line ("Fait à Lyon, le 3 mars 2026") to its end, or its
    last lines (`at_least` of them).  What the body says of a signature ("my contract signed on ...") is
    not the letter's."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    dated = [i for i, ln in enumerate(lines) if _DATED.search(ln)]
    start = dated[-1] if dated else len(lines) - _CLOSING_LINES
    return "\n".join(lines[max(0, min(start, len(lines) - at_least)):])


def _signed_by(surname: str, given: str, text: str, *, label: bool = False) -> bool:
    """Whether a signature word's text names its signer: "Signé : Kofi MENSAH", "(signature) K. MENSAH Kofi";
    not a label left alone at the end of its line, with the typed name under the place to sign.  A `label` (the
    noun "Signature du volontaire", not in brackets) names its signer on its own line or not at all: the name on
    the lines under it is the typed name under the place to sign."""
    if label:
        text = text.split("\n", 1)[0]
    return not _LABEL_ONLY.match(text) and named_in(surname, given, text)


def _is_label(text: str, m: re.Match[str]) -> bool:
    """Whether a signature word is a place's label: the noun, not a copy's note in brackets ("(signature)")."""
    return m.group().startswith("SIGNAT") and not text[:m.start()].rstrip().endswith(("(", "["))


def _names_signer(surname: str, given: str, lines: str) -> bool:
    """Whether one of these short lines names the signer: their name as a text finds it, or in full (a
    two-letter surname too, LÊ, NG, WU, with every given name beside it)."""
    return named_in(surname, given, lines) or any(holder_named_in(surname, given, ln) for ln in lines.splitlines())


def _short_lines(text: str) -> str:
    """The lines a name or a title stands on."""
    return "\n".join(ln for ln in text.splitlines() if len(ln.split()) <= _NAME_LINE_WORDS)


# The `signed` field's sources when the text shows only where to sign (a "Signature" label, "Lu et
# approuvé"; a line to sign on with the signer's name typed beside it): a place to sign is printed on signed
# and unsigned letters alike, so it proves nothing.
LABEL_SOURCE = "phrase:signature"
PLACE_SOURCES = frozenset({LABEL_SOURCE, "phrase:signing line"})


def signing(doc: Document, seen: bool | None) -> Signing:
    """A letter's signature, from what was seen of it (`seen`: the `signed` field, None when not read)
    and its last page's text and image.  A signing label alone is no signature: without a mark, an
    electronic signature or the signer's name after a signature word, the letter is to verify."""
    shown = doc.fields.get("signed")
    if seen and not (shown is not None and shown.source in PLACE_SOURCES):
        return Signing(True, "")
    if seen:
        found = _signing(doc, False)
        if found.signed is False and not _nothing_drawn(doc):
            return Signing(None, f"{doc.where}: \"{shown.raw if shown else ''}\" names a place to sign, with no mark "
                                 "seen there")
        return found
    return _signing(doc, seen)


def _signing(doc: Document, seen: bool | None) -> Signing:
    page = _last_page(doc)
    if page is None or not page.text.strip():
        return Signing(None, f"{doc.where}: no text read on its last page")
    where = f"{doc.where} p.{page.number}"
    if page.has_signature_mark:
        return Signing(True, f"{where}: a handwritten mark")
    closing = _closing(page.text)
    text = fold(closing)
    folded = fold(page.text)
    if m := _ELECTRONIC.search(folded):
        said = page.text[m.start():m.end()]
        # a place left for a drawn signature and found empty is not filled by a printed mention of an electronic
        # one (a tablet's form: the mention printed, the strokes the tablet records missing)
        empty = next((p for p in _SIGN_PLACE.finditer(folded) if p.end() <= m.start() or p.start() >= m.end()), None)
        if empty is None:
            return Signing(True, f"{where}: \"{said}\" (an electronic signature)")
        return Signing(None, f"{where}: \"{said}\", but \"{page.text[empty.start():empty.end()]}\" names a place to "
                             "sign with no mark seen there")
    surname, given = text_value(doc, "surname"), text_value(doc, "given_names")
    words = list(_SIGN_WORD.finditer(text))
    for m in words:
        if _signed_by(surname, given, closing[m.end():m.end() + _AFTER_WORD], label=_is_label(text, m)):
            return Signing(True, f"{where}: \"{' '.join(closing[m.start():m.end() + _AFTER_WORD].split())}\"")
    if seen is None:
        return Signing(None, f"{doc.where}: signed not read")
    if _nothing_drawn(doc):
        # On a born-digital letter a drawn signature can only be a picture, a pen's path or an annotation; a typed
        # name, a "Signature" label or a line to sign on are printed alike on signed and unsigned letters.  No page
        # drawing any of those anywhere is evidence of absence, not a look that may miss.
        return Signing(False, f"{where}: a born-digital letter none of whose pages draws anything (no picture, no "
                              "pen's path, no annotation): nothing on it can be a drawn signature")
    if words:
        return Signing(None, f"{where}: \"{closing[words[0].start():words[0].end()]}\" without the signer's name "
                             "after it")
    if _SIGNING_LINE.search(text):
        return Signing(None, f"{where}: a line to sign on, with no mark seen on it")
    if m := _SIGN_PLACE.search(folded):
        return Signing(None, f"{where}: \"{page.text[m.start():m.end()]}\" names a place to sign, with no mark seen "
                             "there")
    if m := _STAMP.search(folded):
        return Signing(None, f"{where}: \"{page.text[m.start():m.end()]}\": a stamp, which a signature drawn across "
                             "it cannot be told from")
    if not (surname or given):
        return Signing(None, f"{doc.where}: the signer's name was not read, so its closing cannot be told")
    if _names_signer(surname, given, _short_lines(_closing(page.text, _SIGNER_LINES))):
        return Signing(None, f"{where}: closes with the signer's name, where a signature docscheck cannot see "
                             "may stand")
    if page.has_script_text:
        return Signing(None, f"{where}: sets words in a slanted or script face besides its own, where a signature "
                             "typed as text may stand")
    if page.has_drawing:
        return Signing(None, f"{where}: something is drawn on it (a line that is no rule, a picture, an annotation), "
                             "which docscheck cannot tell for a signature or not")
    if page.source is TextSource.OCR and page.quality is not None and page.quality.poor:
        return Signing(None, f"{where}: a page image too poor to see a mark on")
    return Signing(False, f"{where}: no handwritten mark, and no signature word, signing line or signer's name "
                          "closing it")
