"""Pull out the fields the checklist needs from a classified file.

Values are found by their label ("Date de délivrance / Date of issue : ...",
on the same line or the line below), by set phrases ("Fait à Dakar, le
<date>" is a signature date; "du <date> au <date>" a start and an end), and
from the machine-readable zone, which wins for the person's names, birth date,
sex, nationality, document number and expiry whenever its check digits
verify (docscheck.zonetrust).  A date is never taken as "the first date on the page".

The pipeline: `lines` (the text as lines and running text), `labels` (label
tables), `finders` (values after labels, dates, ranges, numbers), `people`
(names and nationality words), `organisation` (association and mission),
`stacks` (captions stacked over their values made one line), `lengths` (a stay
or a term in days, months, years), `extractors`
(one per document type, in `EXTRACTORS`), `zone` (the zone's values),
`sanity` (contradicting dates dropped).
"""

from __future__ import annotations

from collections.abc import Iterable

from docscheck import zonetrust
from docscheck.fields.extractors import EXTRACTORS
from docscheck.fields.labels import LABELS
from docscheck.fields.lines import read_lines
from docscheck.fields.people import NATIONALITIES, nationality_code
from docscheck.fields.sanity import drop_impossible
from docscheck.fields.stacks import numbered_boxes, restack
from docscheck.fields.zone import ZONE_FIELDS, first_day_beside_last, first_day_by_length, zone_fields
from docscheck.model import DocType, Field, FileText, Zone

__all__ = ["LABELS", "NATIONALITIES", "ZONE_FIELDS", "extract_fields", "nationality_code"]


# Identity documents, whose photo the checklist may ask for: whether a page shows one is a field of its own.
_PHOTO_DOCUMENTS = frozenset({
    DocType.NATIONALITY_CERTIFICATE,
    DocType.CONSULAR_ATTESTATION,
    DocType.CONSULAR_CARD,
    DocType.PHOTO_ID,
    DocType.PASSPORT,
})


def _pages_with_photo(ft: FileText) -> Iterable[int]:
    return (p.number for p in ft.pages if p.has_photo)


def _signature_mark(ft: FileText, found: Field) -> Field:
    """A signature the text does not show (no label, no signing line: a letter carrying only the
    signature) seen as a handwritten mark on a page image; else what the text showed."""
    if found.value:
        return found
    marked = [p.number for p in ft.pages if p.has_signature_mark]
    return Field(True, "", marked[0], "image:signature mark") if marked else found


def extract_fields(ft: FileText, doc_type: DocType, zone: Zone | None = None) -> dict[str, Field]:
    """The fields of one file of a known type; the zone wins when it verifies."""
    extractor = EXTRACTORS.get(doc_type)
    if extractor is None:
        return {}
    lines = read_lines(ft)
    lines = restack(numbered_boxes(lines) if doc_type is DocType.VISA else lines)
    out = extractor(lines, ft.text)
    trusted_zone = zone is not None and zonetrust.zone_overrides_print(zone, doc_type)
    if zone is not None and trusted_zone:
        out.update(zone_fields(zone, doc_type, out))
    drop_impossible(out)
    # a visa's first day not read, or dropped as on or after the last day the zone verified (another box's date):
    # the row beside that last day is read
    if trusted_zone and doc_type is DocType.VISA and "valid_from" not in out \
            and (first := first_day_beside_last(lines, out) or first_day_by_length(lines, out)):
        out["valid_from"] = first
    if "signed" in out:
        out["signed"] = _signature_mark(ft, out["signed"])
    if doc_type in _PHOTO_DOCUMENTS:
        photo_pages = list(_pages_with_photo(ft))
        out["has_photo"] = Field(bool(photo_pages), "", photo_pages[0] if photo_pages else None, "image")
    return out
