"""The typed data that flows between docscheck's stages.

read (files -> FileText) -> understand (FileText -> Document) -> checklist
(Documents -> DossierReport) -> render.  Every stage is a function from one of
these frozen records to the next; nothing below the CLI prints.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class TextSource(StrEnum):
    """Where a page's text came from."""

    TEXT_LAYER = "text"
    OCR = "ocr"
    NONE = "none"  # nothing could be read (blank page, OCR failure)


@dataclass(frozen=True)
class PageQuality:
    """Whether a page image is fit to send to a prefecture (docscheck.legibility measures it).

    `reasons` come from legibility.REASONS (none: legible); `measures` are the numbers
    they were decided on, for people and reports to show.
    """

    reasons: tuple[str, ...] = ()
    measures: dict[str, float] = field(default_factory=dict)

    @property
    def poor(self) -> bool:
        return bool(self.reasons)


# The note of a page read from a copy of a capture so dark it looked blank, its contrast stretched
# (text.ocr_page): its zones are never verified (zonetrust.distrust_dark_capture).
DARK_NOTE = "read from a copy with its contrast stretched: the image is too dark"


@dataclass(frozen=True)
class Page:
    """One page of one file, with its text and how it was obtained."""

    number: int  # 1-based
    text: str
    source: TextSource
    confidence: float | None = None  # OCR mean word confidence, 0-100; None for a text layer
    rotation: int = 0  # degrees clockwise applied to make the page upright (0, 90, 180, 270)
    skew: float = 0.0  # degrees of small-angle straightening applied
    seconds: float = 0.0  # time spent getting this page's text
    zone_text: str | None = None  # machine-readable zone lines re-read with zone settings
    has_photo: bool = False  # the page shows a portrait photo area
    has_signature_mark: bool = False  # the page image shows a handwritten mark (docscheck.ink)
    # a born-digital page draws something that may be a mark its image did not show as one: below its text
    # (docscheck.ink.drawn_below_text), or anywhere else (a picture, a path that is no rule nor frame, an
    # annotation: docscheck.pdf.page_info): a page that may hide a signature
    has_drawing: bool = False
    # a born-digital PDF page that draws nothing at all (no picture, no path that is no rule nor frame, no
    # annotation; docscheck.pdf.page_info) and sets no words in a script face besides its main one
    # (docscheck.pdf.script_text): no drawn signature can be on it
    draws_nothing: bool = False
    # a born-digital page sets some words in a slanted or script face besides its main one (docscheck.pdf.script_text):
    # a name typed in it may be meant as a signature
    has_script_text: bool = False
    note: str | None = None  # why OCR was (not) used, or what went wrong on this page
    quality: PageQuality | None = None  # legibility of an OCR'd page image; None for a text layer or blank


@dataclass(frozen=True)
class ReadError:
    """Why a file could not be read: a stable code and a detail for people."""

    code: str  # e.g. "empty_file", "encrypted_pdf", "truncated_file", "unsupported_format"
    detail: str = ""  # technical detail (not personal data), in English


@dataclass(frozen=True)
class FileText:
    """What reading one uploaded file gave: its pages, or the reason it failed."""

    path: str  # absolute path as given
    relpath: str  # path relative to the dossier folder, '/'-separated
    kind: str  # content-detected kind: pdf, jpeg, png, tiff, webp, heif, bmp, gif, unknown
    sha256: str
    size: int
    pages: tuple[Page, ...] = ()
    error: ReadError | None = None
    page_count: int = 0  # pages in the file (may exceed len(pages) when a page limit applies)

    @property
    def text(self) -> str:
        return "\n\f\n".join(p.text for p in self.pages)

    @property
    def poor_pages(self) -> tuple[Page, ...]:
        """The page images a person would ask to retake."""
        return tuple(p for p in self.pages if p.quality is not None and p.quality.poor)

    @property
    def poor_reasons(self) -> tuple[str, ...]:
        """Why this file's images are poor, each reason once (none: every image is legible)."""
        return tuple(dict.fromkeys(r for p in self.poor_pages if p.quality for r in p.quality.reasons))

    @property
    def text_source(self) -> str:
        """`text`, `ocr` or `mixed`, as in the JSON contract."""
        sources = {p.source for p in self.pages if p.source is not TextSource.NONE}
        if sources == {TextSource.TEXT_LAYER}:
            return "text"
        if sources == {TextSource.OCR}:
            return "ocr"
        if not sources:
            return "ocr" if self.kind != "pdf" else "text"
        return "mixed"


class DocType(StrEnum):
    """Document types; the values are part of the public output."""

    VISA = "visa"
    BIRTH_CERTIFICATE = "birth_certificate"
    PASSPORT = "passport"
    CONSULAR_ATTESTATION = "consular_attestation"
    PHOTO_ID = "photo_id"
    CONSULAR_CARD = "consular_card"
    NATIONALITY_CERTIFICATE = "nationality_certificate"
    VOLUNTEER_CONTRACT = "volunteer_contract"
    APPROVAL_DECISION = "approval_decision"
    DEPARTURE_COMMITMENT = "departure_commitment"
    ACCEPTANCE_CERTIFICATE = "acceptance_certificate"
    UNKNOWN = "unknown"


FieldScalar = str | date | bool | int


@dataclass(frozen=True)
class Field:
    """One extracted value with where it came from."""

    value: FieldScalar
    raw: str = ""  # the words as printed (or as OCR read them)
    page: int | None = None
    source: str = ""  # "zone", "label:<label words>", "position", ...


@dataclass(frozen=True)
class Classification:
    type: DocType
    confidence: float  # 0..1
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Zone:
    """A machine-readable zone found on a document."""

    kind: str  # TD1, TD2, TD3, MRVA, MRVB
    lines: tuple[str, ...]
    valid: bool  # every check digit verified (after repair)
    document_code: str = ""
    issuer: str = ""
    surname: str = ""
    given_names: str = ""
    document_number: str = ""
    nationality: str = ""
    birth_date: date | None = None
    sex: str = ""
    expiry_date: date | None = None
    optional_data: str = ""
    failed_checks: tuple[str, ...] = ()  # names of check digits that still fail
    repaired: bool = False  # characters were changed to make check digits agree


@dataclass(frozen=True)
class Part:
    """Pages of one file that belong to a document joined from several files."""

    relpath: str
    pages: tuple[int, ...]
    sha256: str = ""
    whole: bool = True  # the pages are all of the file's


def page_span(pages: tuple[int, ...]) -> str:
    """`page 2`, `pages 2-4` or `pages 1, 3`: the same words in English and French."""
    if len(pages) == 1:
        return f"page {pages[0]}"
    if list(pages) == list(range(pages[0], pages[0] + len(pages))):
        return f"pages {pages[0]}-{pages[-1]}"
    return "pages " + ", ".join(map(str, pages))


@dataclass(frozen=True)
class Document:
    """A document understood: its type and fields, and the pages it lies on.

    `file` holds only the document's pages (its FileText restricted to them; for a
    document joined from several files, the first file's record with every part's pages).
    """

    file: FileText
    classification: Classification
    fields: dict[str, Field] = field(default_factory=dict)
    zone: Zone | None = None
    pages: tuple[int, ...] = ()  # 1-based page numbers in its file; () = the whole file
    parts: tuple[Part, ...] = ()  # the files it was joined from (first one = `file`), when more than one

    @property
    def page_numbers(self) -> tuple[int, ...]:
        """The document's pages in its (first) file."""
        return self.pages or tuple(p.number for p in self.file.pages)

    @property
    def whole_file(self) -> bool:
        """The document is its file, all of it: named by the file alone, as before documents were found."""
        if self.parts:
            return False
        count = max(self.file.page_count, len(self.file.pages))
        return not self.pages or set(self.pages) >= set(range(1, count + 1))

    @property
    def where(self) -> str:
        """How reports name the document: `passeport.pdf`, `dossier.pdf, pages 3-4`, or its parts."""
        if self.parts:
            return "; ".join(
                p.relpath if p.whole or not p.pages else f"{p.relpath}, {page_span(p.pages)}" for p in self.parts
            )
        if self.whole_file:
            return self.file.relpath
        return f"{self.file.relpath}, {page_span(self.pages)}"

    @property
    def files(self) -> tuple[str, ...]:
        """The relpaths of the files the document lies in."""
        return tuple(p.relpath for p in self.parts) or (self.file.relpath,)

    @property
    def type(self) -> DocType:
        return self.classification.type

    def value(self, name: str) -> FieldScalar | None:
        f = self.fields.get(name)
        return None if f is None else f.value


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Gap:
    """One thing wrong or worth knowing about a dossier."""

    code: str
    requirement: str | None
    severity: Severity
    files: tuple[str, ...] = ()
    params: dict[str, str] = field(default_factory=dict)  # values for the message templates
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class RequirementResult:
    id: str
    satisfied: bool
    files: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Deadlines:
    filing_deadline: date | None = None
    aps_valid_from: date | None = None
    aps_valid_until: date | None = None
    implicit_refusal: date | None = None


class Status(StrEnum):
    COMPLETE = "complete"  # every error-level rule verified on the documents (or confirmed by a person)
    INCOMPLETE = "incomplete"  # a requirement verifiably not met
    TO_VERIFY = "to_verify"  # nothing verifiably wrong, but a rule could not be verified: a person must look
    NOT_REQUIRED = "not_required"


@dataclass(frozen=True)
class Confirmation:
    """A person's word that they checked a to-verify item by hand (from dossier.toml)."""

    item: str  # the to-verify item's id (a rule id)
    by: str
    on: date
    note: str = ""
    files: dict[str, str] = field(default_factory=dict)  # relpath -> "sha256:<hex>" when confirmed


@dataclass(frozen=True)
class ToVerify:
    """A rule docscheck could not verify on the documents: what a person must check by hand, and why."""

    id: str  # the rule's id (what a confirmation names)
    reason: str  # field_unreadable, date_unreadable, zone_unverified, arrival_unknown, check_not_seen, ...
    files: tuple[str, ...] = ()
    params: dict[str, str] = field(default_factory=dict)  # values for the message templates
    evidence: tuple[str, ...] = ()
    confirmation: Confirmation | None = None
    stale: bool = False  # confirmed, but a file it rests on changed since

    @property
    def confirmed(self) -> bool:
        return self.confirmation is not None and not self.stale


@dataclass(frozen=True)
class DossierReport:
    id: str
    path: str
    status: Status
    documents: tuple[Document, ...]
    requirements: tuple[RequirementResult, ...]
    gaps: tuple[Gap, ...]
    deadlines: Deadlines
    arrival: date | None = None
    filing: date | None = None
    applicant: str | None = None  # as declared (dossier.toml or manifest), when declared
    to_verify: tuple[ToVerify, ...] = ()  # what a person must check by hand (confirmed ones included)

    @property
    def rests_on_confirmations(self) -> bool:
        """The verdict counts on a person's checks, not only on what docscheck verified."""
        return any(i.confirmed for i in self.to_verify)


@dataclass(frozen=True)
class Report:
    as_of: date
    dossiers: tuple[DossierReport, ...]
    schema_version: int = 3


def ocr_pages(result: object) -> int:
    """How many pages of a reading (or of an understood document) were OCR'd: the progress count."""
    if isinstance(result, tuple):  # the documents of one file
        pages = {p.number: p for d in result if isinstance(d, Document) for p in d.file.pages}
        return sum(1 for p in pages.values() if p.source is TextSource.OCR)
    file = result.file if isinstance(result, Document) else result
    return sum(1 for p in file.pages if p.source is TextSource.OCR) if isinstance(file, FileText) else 0
