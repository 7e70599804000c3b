"""Fields by meaning, in our own wordings: a value found whatever words or layout name it, and none invented."""

from __future__ import annotations

import pytest

from docscheck.fields import extract_fields
from docscheck.model import DocType, FileText, Page, TextSource


def _values(doc_type: DocType, text: str) -> dict[str, object]:
    page = Page(1, text, TextSource.OCR)
    ft = FileText(path="/d/doc.pdf", relpath="doc.pdf", kind="pdf", sha256="0", size=1, pages=(page,), page_count=1)
    return {k: f.value for k, f in extract_fields(ft, doc_type).items()}


@pytest.mark.parametrize(("text", "mission"), [
    # a label in other words than "Mission :"
    ("CONVENTION D'ENGAGEMENT\nNature de la mission : tenir une épicerie solidaire de quartier.\n"
     "Lieu de la mission : Lyon", "tenir une épicerie solidaire de quartier"),
    ("VOLUNTEER AGREEMENT\nDescription of duties: running a repair café for elderly neighbours.\n",
     "running a repair café for elderly neighbours"),
    # a numbered heading, its paragraph below
    ("CONTRAT\nArticle 3 - Missions confiées au volontaire\nLe volontaire anime un jardin partagé\n"
     "avec les habitants du quartier.\nArticle 4 - Durée\nDouze mois.",
     "Le volontaire anime un jardin partagé avec les habitants du quartier"),
    # in a sentence
    ("CONTRAT DE VOLONTARIAT\nLa volontaire sera chargée de tenir la permanence d'accès aux droits. Elle est "
     "encadrée par un tuteur.", "tenir la permanence d'accès aux droits"),
])
def test_the_mission_whatever_words_name_it(text: str, mission: str) -> None:
    assert _values(DocType.VOLUNTEER_CONTRACT, text).get("mission") == mission


@pytest.mark.parametrize("text", [
    # a date's label and a title are no mission
    "CONTRAT DE MISSION DE VOLONTARIAT\nEntre les soussignés\nDate de début de la mission : 01.09.2026\n",
    "Contrat\nIl effectuera une mission\nauprès de nous pendant douze mois.",
])
def test_no_mission_made_up_from_a_title_or_a_sentence(text: str) -> None:
    assert "mission" not in _values(DocType.VOLUNTEER_CONTRACT, text)


@pytest.mark.parametrize(("text", "expected"), [
    # a caption in three languages wrapping onto a second line, a unit in brackets, the value below
    ("VISA\nLENGTH OF STAY (DAYS) / DURÉE DU SÉJOUR (JOURS) /\nDURACIÓN (DÍAS)\n300\nNUMBER OF ENTRIES / NOMBRE "
     "D'ENTRÉES / NÚMERO\nDE ENTRADAS\n2\nREMARKS / REMARQUES / OBSERVACIONES\nETUDIANT\n",
     {"duration_days": 300, "entries": "2", "remarks": "ETUDIANT"}),
    # a label and its translation are a caption, colon or not; a label missing its article
    ("VISA\nREMARQUES/REMARKS ETUDIANT\nDURÉE SÉJOUR 120 J.\n", {"remarks": "ETUDIANT", "duration_days": 120}),
])
def test_visa_captions_whatever_their_languages(text: str, expected: dict[str, object]) -> None:
    got = _values(DocType.VISA, text)
    assert {k: got.get(k) for k in expected} == expected, got


def test_a_date_under_a_duration_caption_is_no_duration() -> None:
    assert "duration_days" not in _values(DocType.VISA, "VISA\nDURÉE DU SÉJOUR\n12.03.26\n")
