"""What every human-facing format shows: each requirement and condition ticked or crossed, with its gaps.

`dossier_view()` and `overview_view()` are what the HTML templates get (the
report file and the web page draw a dossier from the same DossierView).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from docscheck.checklist.engine import display_text
from docscheck.checklist.rules import Condition, load_checklist
from docscheck.messages import (
    FIELD_NAMES,
    LANGS,
    confirmation_message,
    doc_name,
    human_date,
    message,
    poor_image_message,
    read_error_message,
    rests_on_message,
    to_verify_message,
)
from docscheck.model import DocType, Document, DossierReport, Gap, Report, Severity, Status, ToVerify

# Marks: satisfied, failed, worth a look, could not be checked, does not apply.
MARKS = {"ok": "✔", "fail": "✘", "warn": "!", "unknown": "?", "na": "–"}

UI = {
    "en": {
        "dossier": "Dossier", "status": "Status", "complete": "complete", "incomplete": "incomplete",
        "not_required": "no permit needed", "documents": "Documents to provide", "conditions": "Conditions",
        "files": "Files", "notes": "Notes", "deadlines": "Key dates", "filing": "Filing date",
        "arrival": "Arrival in France", "unknown": "unknown", "filing_deadline": "Last day to file",
        "aps_valid_from": "APS expected from", "aps_valid_until": "APS expected until",
        "implicit_refusal": "Silence means refusal on", "type": "type", "confidence": "confidence",
        "pages": "pages", "fields": "Fields", "evidence": "Evidence", "summary": "Summary", "applicant": "Applicant",
        "not_checked": "not checked", "not_applicable": "not applicable", "as_of": "Checked on",
        "overview": "Overview", "rules": "The APS volunteer checklist", "source": "Official text", "source_law": "Not in the official text; law",
        "reminders": "Reminders", "severity": "severity", "common_gaps": "Most common gaps",
        "no_files": "no files", "title": "APS volunteer application check",
        "kind": "Type", "read_error": "Cannot be read", "fields_none": "no field read",
        "thumbnail_alt": "First page of {name}", "state_ok": "done", "state_fail": "missing or wrong",
        "state_warn": "to check", "state_unknown": "not checked", "state_na": "not applicable",
        "source_text": "text layer", "source_ocr": "read from the image", "source_mixed": "text and image",
        "to_verify": "to verify by hand", "to_check": "To check by hand", "zone": "machine-readable zone",
        "zone_valid": "check digits verified", "zone_invalid": "check digits failing",
        "zone_verified": "verified zone", "zone_unverified": "unverified zone", "printed": "printed text",
        "image": "image", "retake": "Image hard to read", "item_open": "to verify", "item_confirmed": "confirmed by a person",
        "item_stale": "confirmation stale", "to_check_intro": "docscheck could not verify these points on the "
        "documents: a person checks each one by hand, then records it (docscheck confirm).",
        "status_hint_to_verify": "not complete until a person has checked the points below",
    },
    "fr": {
        "dossier": "Dossier", "status": "Statut", "complete": "complet", "incomplete": "incomplet",
        "not_required": "pas de titre nécessaire", "documents": "Documents à fournir", "conditions": "Conditions",
        "files": "Fichiers", "notes": "Remarques", "deadlines": "Dates clés", "filing": "Date de dépôt",
        "arrival": "Arrivée en France", "unknown": "inconnue", "filing_deadline": "Dernier jour pour déposer",
        "aps_valid_from": "APS attendue du", "aps_valid_until": "APS attendue jusqu'au",
        "implicit_refusal": "Silence valant refus le", "type": "type", "confidence": "confiance",
        "pages": "pages", "fields": "Champs", "evidence": "Preuves", "summary": "Synthèse", "applicant": "Demandeur",
        "not_checked": "non vérifié", "not_applicable": "sans objet", "as_of": "Vérifié le",
        "overview": "Vue d'ensemble", "rules": "La liste des pièces de l'APS volontariat", "source": "Texte officiel", "source_law": "Absent du texte officiel ; loi",
        "reminders": "Rappels", "severity": "gravité", "common_gaps": "Manques les plus fréquents",
        "no_files": "aucun fichier", "title": "Vérification du dossier APS volontariat",
        "kind": "Type", "read_error": "Illisible", "fields_none": "aucun champ lu",
        "thumbnail_alt": "Première page de {name}", "state_ok": "fait", "state_fail": "manquant ou incorrect",
        "state_warn": "à vérifier", "state_unknown": "non vérifié", "state_na": "sans objet",
        "source_text": "couche texte", "source_ocr": "lu sur l'image", "source_mixed": "texte et image",
        "to_verify": "à vérifier à la main", "to_check": "À vérifier à la main", "zone": "bande de lecture automatique",
        "zone_valid": "chiffres de contrôle vérifiés", "zone_invalid": "chiffres de contrôle en échec",
        "zone_verified": "bande vérifiée", "zone_unverified": "bande non vérifiée", "printed": "texte imprimé",
        "image": "image", "retake": "Image difficile à lire", "item_open": "à vérifier", "item_confirmed": "confirmé par une personne",
        "item_stale": "confirmation périmée", "to_check_intro": "docscheck n'a pas pu vérifier ces points sur "
        "les documents : une personne vérifie chacun à la main, puis l'enregistre (docscheck confirm).",
        "status_hint_to_verify": "pas complet tant qu'une personne n'a pas vérifié les points ci-dessous",
    },
}


def ui(lang: str) -> dict[str, str]:
    return UI.get(lang, UI["en"])


def colon(lang: str) -> str:
    """': ' in English, ' : ' in French typography."""
    return " : " if lang == "fr" else ": "


def fmt_date(d: date | None, lang: str) -> str:
    return human_date(d, lang) if d else ui(lang)["unknown"]


@dataclass
class Line:
    """One requirement or condition of one dossier, as shown to people."""

    id: str
    title: str
    state: str  # ok, fail, warn, unknown, na
    files: tuple[str, ...] = ()
    gaps: list[Gap] = field(default_factory=list)
    evidence: tuple[str, ...] = ()

    items: list[ToVerify] = field(default_factory=list)  # what a person must check by hand for this line

    @property
    def mark(self) -> str:
        return MARKS[self.state]


def _with_items(state: str, items: list[ToVerify]) -> str:
    """A line that is not failed but rests on something unverified (or confirmed by a person) shows it."""
    if state == "fail" or not items:
        return state
    return "unknown" if any(not i.confirmed for i in items) else state


def _condition_types(cond: Condition) -> list[set[DocType]]:
    """The document types a condition needs, one set per side (each side must be present)."""
    p = cond.params

    def t(ref: str) -> DocType:
        return DocType(ref.partition(".")[0])

    if cond.kind in ("date_before",):
        return [{t(p["left"])}]
    if cond.kind == "same_value":
        return [{t(p["left"])}, {t(r) for r in p["right"]}]
    if cond.kind == "duration_between":
        return [{t(p["start"])}]
    if cond.kind == "keywords":
        return [{DocType(p["type"])}]
    return []


def lines(d: DossierReport, lang: str) -> tuple[list[Line], list[Line], list[Gap]]:
    """(requirement lines, condition lines, the other gaps) of one dossier."""
    rules = load_checklist()
    used: set[int] = set()
    req_lines: list[Line] = []
    for r in d.requirements:
        req = rules.requirement(r.id)
        title = req.title.get(lang, r.id) if req else r.id
        gaps = [g for g in d.gaps if g.requirement == r.id]
        used.update(id(g) for g in gaps)
        if r.satisfied:
            state = "warn" if any(g.severity is not Severity.INFO for g in gaps) else "ok"
        else:
            state = "fail" if any(g.severity is Severity.ERROR for g in gaps) else "warn"
        items = [i for i in d.to_verify if i.id == r.id]
        req_lines.append(Line(r.id, title, _with_items(state, items), r.files, gaps, r.evidence, items))

    cond_lines: list[Line] = []
    # Shown even when no permit is needed, so that a mistaken exemption is visible.
    present = {doc.type for doc in d.documents if doc.file.error is None}
    not_checked = {r for g in d.gaps if g.code == "arrival_unknown" for r in g.params.get("rules", "").split(",")}
    for cond in rules.conditions:
        if cond.kind == "nationality_in":
            continue
        gaps = [g for g in d.gaps if g.requirement is None and g.code == cond.gap]
        unread = [g for g in d.gaps if g.params.get("rule") == cond.id]
        used.update(id(g) for g in gaps + unread)
        if gaps:
            state = "fail" if any(g.severity is Severity.ERROR for g in gaps) else "warn"
        elif unread or cond.id in not_checked:
            state = "unknown"
        elif any(not (side & present) for side in _condition_types(cond)):
            state = "na"
        else:
            state = "ok"
        files = tuple(dict.fromkeys(f for g in gaps + unread for f in g.files))
        items = [i for i in d.to_verify if i.id == cond.id]
        cond_lines.append(Line(cond.id, cond.title.get(lang, cond.id), _with_items(state, items), files,
                               gaps + unread, items=items))
    others = [g for g in d.gaps if id(g) not in used]
    return req_lines, cond_lines, others


def applicant_name(d: DossierReport) -> str:
    """The applicant's name as the identity documents print it, else the folder name."""
    if d.applicant:
        return d.applicant
    for t in (DocType.PASSPORT, DocType.PHOTO_ID, DocType.CONSULAR_CARD, DocType.NATIONALITY_CERTIFICATE,
              DocType.VISA, DocType.BIRTH_CERTIFICATE, DocType.VOLUNTEER_CONTRACT):
        for doc in d.documents:
            if doc.type is t and (display_text(doc, "surname") or display_text(doc, "given_names")):
                return " ".join(x for x in (display_text(doc, "given_names"), display_text(doc, "surname")) if x)
    return d.id


def status_text(d: DossierReport, lang: str) -> str:
    return ui(lang)[d.status.value]


# --- what the HTML templates get ---------------------------------------------------------------------

DEADLINES = ("filing_deadline", "aps_valid_from", "aps_valid_until", "implicit_refusal")

# Field names the messages module does not name (they are read, not checked).
EXTRA_FIELDS = {
    "place_of_birth": ("place of birth", "lieu de naissance"),
    "issuing_authority": ("issued by", "autorité de délivrance"),
    "authority": ("authority", "autorité"),
    "sex": ("sex", "sexe"),
    "has_photo": ("photo", "photo"),
    "subject": ("subject", "objet"),
    "mission": ("mission", "mission"),
    "commitment": ("commitment", "engagement"),
    "date": ("date", "date"),
}

# A file's thumbnail as an <img> source (a data: URI, a URL), or None for none.
ThumbSource = Callable[[Document], str | None]


@dataclass(frozen=True)
class GapView:
    text: str
    severity: str  # error, warning, info


@dataclass(frozen=True)
class LineView:
    """A requirement or condition as a checklist item."""

    id: str
    title: str
    state: str  # ok, fail, warn, unknown, na
    mark: str
    state_text: str
    files: tuple[str, ...]
    aside: str | None  # "not applicable", "not checked": said when no gap says why
    gaps: tuple[GapView, ...]


@dataclass(frozen=True)
class NoteView:
    """A gap tied to no requirement or condition."""

    state: str  # fail, warn, info
    mark: str
    text: str
    code: str


@dataclass(frozen=True)
class FieldView:
    name: str
    label: str
    value: str
    iso: str | None = None  # a date's machine form, for <time datetime>


@dataclass(frozen=True)
class FileView:
    name: str
    where: str  # the file, with the document's pages when it is not the whole file (or its parts)
    type: str
    type_name: str
    confidence: str
    pages: int
    source: str
    error: str | None
    fields: tuple[FieldView, ...]
    evidence: tuple[str, ...]
    thumb: str | None
    retake: str | None = None  # what is wrong with the file's image and how to retake it (None: legible)
    retake_reasons: tuple[str, ...] = ()  # legibility reasons (legibility.REASONS)


@dataclass(frozen=True)
class ToCheckView:
    """One point a person must check by hand: what, on which file and page, and why (`text`), and who
    confirmed it, if anyone."""

    id: str
    reason: str
    state: str  # open, confirmed, stale
    mark: str
    state_text: str
    text: str
    files: tuple[str, ...]
    confirmation: str  # "confirmed by NAME on DATE", or why the confirmation is stale; "" when none
    evidence: tuple[str, ...]


_ITEM_MARKS = {"open": MARKS["unknown"], "confirmed": MARKS["ok"], "stale": MARKS["unknown"]}


def _to_check_view(item: ToVerify, lang: str) -> ToCheckView:
    state = "stale" if item.stale else "confirmed" if item.confirmed else "open"
    return ToCheckView(item.id, item.reason, state, _ITEM_MARKS[state], ui(lang)[f"item_{state}"],
                       to_verify_message(item, lang), item.files, confirmation_message(item, lang), item.evidence)


@dataclass(frozen=True)
class DossierView:
    id: str
    status: str
    status_text: str
    applicant: str
    filing: str
    arrival: str
    requirements: tuple[LineView, ...]
    conditions: tuple[LineView, ...]
    notes: tuple[NoteView, ...]
    deadlines: tuple[tuple[str, str], ...]  # (label, date); none when no permit is needed
    files: tuple[FileView, ...]
    words: dict[str, str]
    to_check: tuple[ToCheckView, ...] = ()  # open ones first; none when no permit is needed
    rests_on: str = ""  # the verdict rests on confirmations by a person: whose


def field_label(name: str, lang: str) -> str:
    names = FIELD_NAMES.get(name) or EXTRA_FIELDS.get(name) or (name.replace("_", " "),) * 2
    return names[LANGS.index(lang) if lang in LANGS else 0]


def field_view(name: str, v: object, lang: str) -> FieldView:
    label = field_label(name, lang)
    if isinstance(v, bool):
        return FieldView(name, label, ("no", "yes")[v] if lang == "en" else ("non", "oui")[v])
    if isinstance(v, date):
        return FieldView(name, label, human_date(v, lang), v.isoformat())
    return FieldView(name, label, str(v))


def _line_view(line: Line, lang: str) -> LineView:
    u = ui(lang)
    aside = None
    if line.state == "na":
        aside = u["not_applicable"]
    elif line.state == "unknown" and not line.gaps:
        aside = u["not_checked"]
    gaps = tuple(GapView(message(g, lang), g.severity.value) for g in line.gaps if g.code != "arrival_unknown")
    return LineView(line.id, line.title, line.state, line.mark, u[f"state_{line.state}"], line.files, aside, gaps)


def _note_view(g: Gap, lang: str) -> NoteView:
    state = {Severity.ERROR: "fail", Severity.WARNING: "warn", Severity.INFO: "info"}[g.severity]
    mark = {Severity.ERROR: MARKS["fail"], Severity.WARNING: "!", Severity.INFO: "i"}[g.severity]
    return NoteView(state, mark, message(g, lang), g.code)


def _file_view(doc: Document, lang: str, thumb: ThumbSource | None) -> FileView:
    f = doc.file
    percent = f"{doc.classification.confidence:.0%}".replace("%", "\u202f%" if lang == "fr" else "%")
    src = None
    if thumb is not None and f.error is None:
        try:
            src = thumb(doc)
        except Exception:  # a thumbnail is a nicety: never lose the report for it
            src = None
    return FileView(
        name=f.relpath,
        where=doc.where,
        type=doc.type.value,
        type_name=doc_name(doc.type.value, lang),
        confidence=percent,
        pages=len(doc.page_numbers) or f.page_count,
        source=f.text_source,
        error=read_error_message(f.error.code, f.error.detail, lang) if f.error else None,
        fields=tuple(field_view(name, fld.value, lang) for name, fld in doc.fields.items()),
        evidence=doc.classification.evidence,
        thumb=src,
        retake=poor_image_message(f, lang) if f.error is None else None,
        retake_reasons=f.poor_reasons if f.error is None else (),
    )


def dossier_view(d: DossierReport, lang: str, thumb: ThumbSource | None = None) -> DossierView:
    """One dossier as both HTML outputs draw it; `thumb` gives each readable file's picture."""
    reqs, conds, others = lines(d, lang)
    u = ui(lang)
    deadlines = (tuple((u[k], fmt_date(getattr(d.deadlines, k), lang)) for k in DEADLINES)
                 if d.status is not Status.NOT_REQUIRED else ())
    return DossierView(
        id=d.id,
        status=d.status.value,
        status_text=status_text(d, lang),
        applicant=applicant_name(d),
        filing=fmt_date(d.filing, lang),
        arrival=fmt_date(d.arrival, lang),
        requirements=tuple(_line_view(x, lang) for x in reqs),
        conditions=tuple(_line_view(x, lang) for x in conds),
        notes=tuple(_note_view(g, lang) for g in others),
        deadlines=deadlines,
        files=tuple(_file_view(doc, lang, thumb) for doc in d.documents),
        words=u,
        to_check=tuple(_to_check_view(i, lang) for i in sorted(d.to_verify, key=lambda i: i.confirmed)),
        rests_on=rests_on_message(d.to_verify, lang) if d.rests_on_confirmations else "",
    )


@dataclass(frozen=True)
class OverviewCell:
    state: str  # ok, fail, warn, or "" when the requirement was not evaluated
    mark: str
    codes: str  # the gap codes behind a cross


@dataclass(frozen=True)
class OverviewRow:
    id: str
    applicant: str
    status: str
    status_text: str
    cells: tuple[OverviewCell, ...]


@dataclass(frozen=True)
class OverviewView:
    """Several dossiers side by side: applicants by requirement, and the most common gaps."""

    requirements: tuple[tuple[str, str], ...]  # (id, title)
    rows: tuple[OverviewRow, ...]
    counts: tuple[tuple[str, int], ...]  # (status text, dossiers)
    common_gaps: tuple[tuple[str, int], ...]


def overview_view(report: Report, lang: str) -> OverviewView:
    u = ui(lang)
    rules = load_checklist()
    rows = []
    for d in report.dossiers:
        results = {r.id: r for r in d.requirements}
        cells = []
        for r in rules.requirements:
            res = results.get(r.id)
            if res is None:
                cells.append(OverviewCell("", "–", ""))
            elif any(i.id == r.id and not i.confirmed for i in d.to_verify):
                cells.append(OverviewCell("unknown", MARKS["unknown"], "to_verify"))
            elif res.satisfied:
                cells.append(OverviewCell("ok", MARKS["ok"], ""))
            else:
                codes = " ".join(g.code for g in d.gaps if g.requirement == r.id)
                cells.append(OverviewCell("fail" if r.severity is Severity.ERROR else "warn", MARKS["fail"], codes))
        rows.append(OverviewRow(d.id, applicant_name(d), d.status.value, status_text(d, lang), tuple(cells)))
    by_status = Counter(d.status for d in report.dossiers)
    gaps = Counter(g.code for d in report.dossiers for g in d.gaps if g.severity is not Severity.INFO)
    return OverviewView(
        requirements=tuple((r.id, r.title.get(lang, r.id)) for r in rules.requirements),
        rows=tuple(rows),
        counts=tuple((u[s.value], by_status.get(s, 0)) for s in Status),
        common_gaps=tuple(gaps.most_common(8)),
    )


def open_items(d: DossierReport) -> list[ToVerify]:
    """The items a person still has to check (not confirmed, or confirmed on files changed since)."""
    return [i for i in d.to_verify if not i.confirmed]
