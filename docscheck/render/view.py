"""What every human-facing format shows: each requirement and condition ticked or crossed, with its gaps."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from docscheck.checklist.engine import display_text
from docscheck.checklist.rules import Condition, load_checklist
from docscheck.messages import human_date
from docscheck.model import DocType, DossierReport, Gap, Severity, ToVerify

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
        "overview": "Overview", "rules": "The APS volunteer checklist", "source": "Official text",
        "reminders": "Reminders", "severity": "severity", "common_gaps": "Most common gaps",
        "no_files": "no files", "title": "APS volunteer application check",
        "to_verify": "to verify by hand", "to_check": "To check by hand", "zone": "machine-readable zone",
        "zone_valid": "check digits verified", "zone_invalid": "check digits failing",
        "zone_verified": "verified zone", "zone_unverified": "unverified zone", "printed": "printed text",
        "image": "image",
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
        "overview": "Vue d'ensemble", "rules": "La liste des pièces de l'APS volontariat", "source": "Texte officiel",
        "reminders": "Rappels", "severity": "gravité", "common_gaps": "Manques les plus fréquents",
        "no_files": "aucun fichier", "title": "Vérification du dossier APS volontariat",
        "to_verify": "à vérifier à la main", "to_check": "À vérifier à la main", "zone": "bande de lecture automatique",
        "zone_valid": "chiffres de contrôle vérifiés", "zone_invalid": "chiffres de contrôle en échec",
        "zone_verified": "bande vérifiée", "zone_unverified": "bande non vérifiée", "printed": "texte imprimé",
        "image": "image",
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


def open_items(d: DossierReport) -> list[ToVerify]:
    """The items a person still has to check (not confirmed, or confirmed on files changed since)."""
    return [i for i in d.to_verify if not i.confirmed]
