"""One association written many ways across a dossier's papers, and the body that approved it.

Issue 12, points 3-5: papers naming the same association in other words (its acronym, dotted or not, its
legal form, an article, capitals, a quoted short form, a local branch, a name over two lines) are the same
body, and say why; a truly different association is still a mismatch.  The readings are made on text PDFs
the generator draws (the development families of `synth/documents/dev_bodies.py`), read for real.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from docscheck.checklist.identity import compare_organisations, organisation_named_in
from docscheck.messages import message
from docscheck.model import DocType, Document, Severity
from docscheck.names import normalize_name
from docscheck.text import read_file
from docscheck.understand import understand
from synth.context import make_context
from synth.documents import dev_bodies
from synth.families import FAMILIES
from synth.render import render
from tests.devdocs import write_pdf
from tests.test_checklist import codes, complete_documents, evaluate
from tests.test_precision import _with_text


@pytest.mark.parametrize(
    ("a", "b", "why"),
    [
        pytest.param("Association Solidarité Entraide Paris", "A.S.E.P.", "acronym", id="dotted-acronym"),
        pytest.param("ASEP", "Association Solidarité Entraide Paris", "acronym", id="acronym-with-legal-noun"),
        pytest.param("MT", "Association Main Tendue", "acronym", id="acronym-without-legal-noun"),
        pytest.param("LJF", "Les Jardins de la Fraternité", "acronym", id="acronym-with-article"),
        pytest.param("SECOURS SOLIDAIRE DES QUARTIERS (S.S.Q.) - DÉLÉGATION DE MARSEILLE, association loi 1901",
                     "Secours Solidaire des Quartiers", "branch", id="local-branch-legal-form"),
        pytest.param("Fondation Lumière pour Tous, fondation reconnue d'utilité publique", "Fondation Lumière pour Tous",
                     "legal form", id="legal-form"),
        pytest.param("Réseau Accueil et Dignité, dite « Accueil & Dignité »", "Accueil & Dignité", "short name",
                     id="quoted-short-form"),
    ],
)
def test_one_body_written_otherwise_is_the_same_and_says_why(a: str, b: str, why: str) -> None:
    same, reason = compare_organisations(a, b)
    assert same and why in reason


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("ASEP", "Secours Solidaire des Quartiers", id="acronym-of-another"),
        pytest.param("Secours Solidaire des Quartiers - délégation de Lyon", "Réseau Accueil et Dignité",
                     id="branch-of-another"),
        pytest.param("SSQ", "RAD", id="two-acronyms"),
        pytest.param("Fondation Horizons Partagés", "Fondation Lumière pour Tous", id="same-legal-noun"),
    ],
)
def test_another_body_stays_another(a: str, b: str) -> None:
    assert not compare_organisations(a, b)[0]


def test_a_dotted_acronym_in_a_text_names_the_body() -> None:
    assert organisation_named_in("Association Solidarité Entraide Paris", "Pour A.S.E.P., la coordinatrice")
    assert organisation_named_in("AMT", "Entre l'Association Main Tendue, représentée par sa présidente")
    assert not organisation_named_in("SSQ", "Entre l'Association Main Tendue, représentée par sa présidente")


# ------------------------------------------------------------------ the checklist


APPROVAL = ("ARRÊTÉ N° 2024-118 portant agrément\nArticle 1er - L'association dénommée SECOURS SOLIDAIRE DES "
            "QUARTIERS, association loi 1901, est agréée.")


def _two(contract_text: str, contract_name: str, approval_name: str) -> list[Document]:
    docs = _with_text(complete_documents(), "approval_decision", APPROVAL, association=approval_name)
    docs = _with_text(docs, "volunteer_contract", contract_text, association=contract_name)
    return [d for d in docs if d.type is not DocType.ACCEPTANCE_CERTIFICATE]


def test_a_contract_signed_by_the_bodys_local_branch_is_no_mismatch_and_a_note_says_why() -> None:
    name = "SECOURS SOLIDAIRE DES QUARTIERS (S.S.Q.) - DÉLÉGATION DE MARSEILLE"
    r = evaluate(_two(f"Entre {name}, association loi 1901, et le volontaire.", name,
                      "SECOURS SOLIDAIRE DES QUARTIERS"))
    assert ("association_mismatch", None) not in codes(r)
    assert not [i for i in r.to_verify if i.id == "same_association"]
    note = next(g for g in r.gaps if g.code == "same_association_read")
    assert note.severity is Severity.INFO and any("local branch" in e for e in note.evidence)
    assert "{" not in message(note, "en") and "{" not in message(note, "fr")


def test_an_acronym_the_contract_never_spells_out_is_the_approved_body_by_its_initials() -> None:
    # neither text spells the other's form out: only the initials tell (before, a mismatch)
    r = evaluate(_two("1. SSQ accueille le volontaire du 10.03.2026 au 09.10.2026.", "SSQ",
                      "SECOURS SOLIDAIRE DES QUARTIERS"))
    assert ("association_mismatch", None) not in codes(r)
    assert any(g.code == "same_association_read" and any("acronym" in e for e in g.evidence) for g in r.gaps)


def test_another_association_and_its_branch_is_still_a_mismatch_saying_why() -> None:
    name = "RÉSEAU ACCUEIL ET DIGNITÉ - DÉLÉGATION DE LILLE"
    r = evaluate(_two(f"Entre {name} et le volontaire.", name, "SECOURS SOLIDAIRE DES QUARTIERS"))
    gap = next(g for g in r.gaps if g.code == "association_mismatch")
    assert gap.severity is Severity.ERROR and any("different names" in e for e in gap.evidence)


# ------------------------------------------------------------------ reading the generator's papers


def _read(builder: object, seed: int, tmp: Path) -> tuple[Document, dict[str, str]]:
    """The family drawn by `builder` for applicant `seed`, as a text PDF, read back."""
    fam = next(f for fs in FAMILIES.values() for f in fs if f.build is builder)
    ctx = make_context(random.Random(seed))
    (gf,) = render(fam.kind, ctx, "text_pdf", random.Random(seed), family=fam.number)[:1]
    path = tmp / gf.name
    path.write_bytes(gf.data)
    return understand(read_file(path, str(tmp)), today=ctx.filing), gf.truth


@pytest.mark.parametrize(
    ("builder", "seed"),
    [
        pytest.param(dev_bodies.acceptance_dotted_letterhead, 9801, id="dotted-acronym-letterhead"),
        pytest.param(dev_bodies.acceptance_english_translation, 9802, id="quoted-original-beside-translation"),
        pytest.param(dev_bodies.contract_dite_acronym, 9803, id="name-over-two-lines-dite"),
        pytest.param(dev_bodies.decision_caps_stamp, 9804, id="denommee-in-capitals"),
    ],
)
def test_the_association_is_read_where_the_paper_puts_it(builder: object, seed: int, tmp_path: Path) -> None:
    doc, truth = _read(builder, seed, tmp_path)
    assert compare_organisations(str(doc.fields["association"].value), truth["association"])[0]
    assert compare_organisations(str(doc.fields["association"].value), truth["association"])[1].startswith("the same")


@pytest.mark.parametrize(
    ("builder", "seed"),
    [
        pytest.param(dev_bodies.decision_caps_stamp, 9805, id="heading-over-two-lines"),
        pytest.param(dev_bodies.decision_translation_en, 9806, id="issued-by-in-english"),
    ],
)
def test_the_approving_authority_is_read_whole(builder: object, seed: int, tmp_path: Path) -> None:
    doc, truth = _read(builder, seed, tmp_path)
    assert doc.type is DocType.APPROVAL_DECISION
    assert normalize_name(str(doc.fields["authority"].value)) == normalize_name(truth["authority"])


SIGNED_BY_DELEGATION = """Direction régionale de l'économie, de l'emploi, du travail et des solidarités
# DÉCISION PORTANT AGRÉMENT
Article 1 : L'association « Les Amis du Rail » est agréée pour accueillir des volontaires.
Fait à Rennes, le 3 mars 2025
Pour le Préfet de la région
Bretagne et par délégation,
la directrice régionale adjointe"""


def test_an_authority_named_only_in_a_signature_block_over_two_lines(tmp_path: Path) -> None:
    doc = understand(read_file(write_pdf(SIGNED_BY_DELEGATION, tmp_path / "agrement.pdf"), str(tmp_path)))
    assert doc.type is DocType.APPROVAL_DECISION
    assert normalize_name(str(doc.fields["authority"].value)).endswith("PREFET DE LA REGION BRETAGNE")
