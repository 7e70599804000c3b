"""What every human-facing format shows: each requirement and condition ticked or crossed, with its gaps."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from docscheck.checklist.engine import text_value
from docscheck.checklist.rules import Condition, load_checklist
from docscheck.messages import human_date
from docscheck.model import DocType, DossierReport, Gap, Severity, Status

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

    @property
    def mark(self) -> str:
        return MARKS[self.state]


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
        req_lines.append(Line(r.id, title, state, r.files, gaps, r.evidence))

    cond_lines: list[Line] = []
    if d.status is not Status.NOT_REQUIRED:
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
            cond_lines.append(Line(cond.id, cond.title.get(lang, cond.id), state, files, gaps + unread))
    others = [g for g in d.gaps if id(g) not in used]
    return req_lines, cond_lines, others


def applicant_name(d: DossierReport) -> str:
    """The applicant's name as the identity documents print it, else the folder name."""
    if d.applicant:
        return d.applicant
    for t in (DocType.PASSPORT, DocType.PHOTO_ID, DocType.CONSULAR_CARD, DocType.NATIONALITY_CERTIFICATE,
              DocType.VISA, DocType.BIRTH_CERTIFICATE, DocType.VOLUNTEER_CONTRACT):
        for doc in d.documents:
            if doc.type is t and (text_value(doc, "surname") or text_value(doc, "given_names")):
                return " ".join(x for x in (text_value(doc, "given_names"), text_value(doc, "surname")) if x)
    return d.id


def status_text(d: DossierReport, lang: str) -> str:
    return ui(lang)[d.status.value]
