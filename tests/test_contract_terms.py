"""A contract's mission, period and signing date as other hands write them (dev_engagements2's ways), and the
checklist's judgement of the mission's character on what was read."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from docscheck.fields import extract_fields
from docscheck.model import DocType, Document, Field, FileText, Page, TextSource
from docscheck.text import read_file
from docscheck.understand import understand
from tests.test_checklist import codes, complete_documents, evaluate


def _values(text: str, doc_type: DocType = DocType.VOLUNTEER_CONTRACT) -> dict[str, object]:
    page = Page(1, text, TextSource.TEXT_LAYER)
    ft = FileText(path="/d/c.pdf", relpath="c.pdf", kind="pdf", sha256="0", size=1, pages=(page,), page_count=1)
    return {k: f.value for k, f in extract_fields(ft, doc_type).items()}


HEAD = "CONTRAT DE VOLONTARIAT\nEntre l'association Les Amis du Port et M. Idrissa KANE, né le 02/03/1999.\n"


@pytest.mark.parametrize(("text", "mission"), [
    # an "Objet" article that only names the engagement, the duties in an unlabelled sentence further down
    (HEAD + "Article 1 - Objet du contrat\nLe présent contrat a pour objet l'engagement de M. Idrissa KANE en qualité "
     "de volontaire.\nArticle 2 - Engagement du volontaire\nAu sein de l'équipe, M. Idrissa KANE aura à tenir une "
     "bagagerie pour des personnes sans abri. Il sera guidé par un tuteur.\n",
     "tenir une bagagerie pour des personnes sans abri"),
    # a job title, then the tasks it carries after a colon
    (HEAD + "Il est engagé comme « équipier ». À ce titre, il devra :\n- distribuer des colis alimentaires ;\n"
     "- tenir le registre ;\nL'engagement court du 1er mars 2026 jusqu'au 28 février 2027.\n",
     "distribuer des colis alimentaires ; tenir le registre"),
    # English: expected to
    ("VOLUNTEER PLACEMENT AGREEMENT\nIn this role the volunteer is expected to run a night shelter's kitchen. The "
     "placement runs from 1 May 2026 to 30 April 2027.\n", "run a night shelter's kitchen"),
    (HEAD + "Le volontaire s'engage à tenir une permanence d'écoute téléphonique. Il respecte le règlement.\n",
     "tenir une permanence d'écoute téléphonique"),
    (HEAD + "Ses activités consisteront à réparer des vélos avec des jeunes du quartier.\n",
     "réparer des vélos avec des jeunes du quartier"),
    # an annexed post description: the caption of the activities, then their text
    (HEAD + "Art. 1 - Le volontaire exerce les activités décrites à l'annexe ci-jointe.\nAnnexe - Description du "
     "poste\nIntitulé du poste Agent d'accueil\nActivités principales tenir la permanence d'une maison\nde quartier "
     "pour les familles\nLieu Brest\n", "tenir la permanence d'une maison de quartier pour les familles"),
])
def test_the_mission_found_by_what_the_volunteer_will_do(text: str, mission: str) -> None:
    assert _values(text).get("mission") == mission


@pytest.mark.parametrize("text", [
    HEAD + "Le volontaire devra quitter le territoire français au terme du contrat.\n",
    HEAD + "Le volontaire s'engage à consacrer vingt-quatre heures par semaine à son engagement.\n",
    HEAD + "L'association s'engage à accompagner le volontaire dans ses démarches.\n",
])
def test_a_rule_of_conduct_or_the_associations_duty_is_no_mission(text: str) -> None:
    assert "mission" not in _values(text)


@pytest.mark.parametrize(("text", "start", "end"), [
    # a first day, and a length in weeks stated apart
    ("VOLUNTEERING AGREEMENT\nStart of activity: 14 March 2026. Duration: 31 weeks, full time (35 hours a week).\n",
     date(2026, 3, 14), date(2026, 10, 16)),
    ("CONTRAT\nPour une durée de quarante-quatre (44) semaines à compter du 07/09/2026.\n",
     date(2026, 9, 7), date(2027, 7, 11)),
    # the last day only in the closing line
    ("CONTRAT\nLe volontaire est engagé à compter du 14/03/2026.\nFait à Lille, le 05/12/2025, pour un engagement "
     "dont l'échéance est fixée au 13/10/2026.\n", date(2026, 3, 14), date(2026, 10, 13)),
])
def test_the_period_from_its_first_day_and_its_length_or_its_end(text: str, start: date, end: date) -> None:
    got = _values(text)
    assert (got.get("start_date"), got.get("end_date")) == (start, end)


def test_a_notice_length_is_no_term() -> None:
    text = "CONTRAT\nPrise d'effet à compter du 01/09/2026.\nDurée du préavis : 2 semaines.\n"
    got = _values(text)
    assert got.get("start_date") == date(2026, 9, 1) and "end_date" not in got


@pytest.mark.parametrize(("text", "signed"), [
    # each party dates its signature in its own column: the volunteer's date, wherever its column stands
    ("CONTRAT\nPour l'association Le / la volontaire\nClaire Dubois Idrissa KANE\nDate : 19/11/2025 Date : 05/12/2025\n"
     "Signature : Signature :\n", date(2025, 12, 5)),
    ("CONTRAT\nLe volontaire Pour l'association\nDate : 05/12/2025 Date : 19/11/2025\n", date(2025, 12, 5)),
    ("CONTRAT\nPour le volontaire Pour ASEP\nle 05/12/2025 le 19/11/2025\n", date(2025, 12, 5)),
    ("AGREEMENT\nFor the Host Organisation The Volunteer\n19 November 2025 5 December 2025\n", date(2025, 12, 5)),
    # over "Fait à ..., le", which the association wrote when it sent the contract
    ("CONTRAT\nFait à Lille, le 19/11/2025.\nPour l'association Le volontaire\nle 19/11/2025 le 05/12/2025\n",
     date(2025, 12, 5)),
    # signing blocks one above the other, the volunteer's first
    ("CONTRAT\nLe / la volontaire, lu et approuvé\nle 05/12/2025\nPour l'association, la présidente\nle 19/11/2025\n",
     date(2025, 12, 5)),
    # only the association's dater stamp dates it, alone at the foot
    ("CONTRAT\nL'engagement court du 14 mars 2026 jusqu'au 13 octobre 2026.\nPour RAD Le volontaire, lu et approuvé\n"
     "RAD\n5 DÉCEMBRE 2025\nLILLE\n", date(2025, 12, 5)),
])
def test_the_volunteers_signing_date(text: str, signed: date) -> None:
    assert _values(text).get("signature_date") == signed


def test_dates_of_a_period_under_two_headings_are_no_signatures() -> None:
    text = "CONTRAT\nDébut de la mission Fin de la mission\n01/09/2026 31/08/2027\n"
    assert "signature_date" not in _values(text)


# ------------------------------------------------------------------ the mission's character

PLAIN = ("CONTRAT DE VOLONTARIAT\nEntre l'Entraide des Quais et Amadou DIALLO.\nLe volontariat associatif est un "
         "engagement d'intérêt général.\nIl aura à tenir la comptabilité de l'association.\n")


def _contract(text: str, **fields: object) -> list[Document]:
    out = []
    for d in complete_documents():
        if d.type is DocType.VOLUNTEER_CONTRACT:
            new = {**d.fields, **{k: Field(v, raw=str(v), page=1, source="label") for k, v in fields.items()}}
            d = replace(d, file=replace(d.file, pages=(Page(1, text, TextSource.TEXT_LAYER),)), fields=new,
                        classification=replace(d.classification, confidence=0.95))
        out.append(d)
    return out


def test_general_interest_and_the_associations_name_do_not_make_a_mission_social() -> None:
    docs = _contract(PLAIN, mission="tenir la comptabilité de l'association", association="Entraide des Quais")
    assert ("mission_not_social", None) in codes(evaluate(docs))
    # the same contract saying what the actions serve in the official words: no gap
    social = PLAIN + "Ces actions s'adressent à des personnes défavorisées.\n"
    docs = _contract(social, mission="tenir la comptabilité de l'association", association="Entraide des Quais")
    assert ("mission_not_social", None) not in codes(evaluate(docs))


def test_only_the_ticked_choice_of_a_forms_line_says_what_the_mission_is() -> None:
    # a printed form offers kinds of mission and the association ticks one; the unticked ones are no answer
    form = PLAIN + "Type d'action : ☐ solidarité / humanitaire   ☐ sport   ☒ gestion administrative\n"
    docs = _contract(form, mission="tenir la comptabilité de l'association", association="Entraide des Quais")
    assert ("mission_not_social", None) in codes(evaluate(docs))
    ticked = form.replace("☐ solidarité", "X solidarité").replace("☒ gestion", "☐ gestion")
    docs = _contract(ticked, mission="tenir la comptabilité de l'association", association="Entraide des Quais")
    assert ("mission_not_social", None) not in codes(evaluate(docs))


# ------------------------------------------------------------------ on a scanned page

def test_the_volunteers_date_in_a_signature_table_read_from_a_scan(tmp_path: Path) -> None:
    """The association signed before the volunteer entered France, the volunteer after: the volunteer's date is
    read (on a scan, through Tesseract), so the contract signed after entry cannot pass."""
    from synth.context import make_context
    from synth.formats import days
    from synth.render import render

    ctx = make_context(random.Random(7))
    ctx = replace(ctx, contract_signed=ctx.arrival + days(2))
    (gf,) = render("volunteer_contract", ctx, "scan_pdf", random.Random(7), family=_family("contract_post_annex"))[:1]
    path = tmp_path / gf.name
    path.write_bytes(gf.data)
    doc = understand(read_file(path, str(tmp_path)), today=ctx.filing)
    assert doc.fields["signature_date"].value == ctx.contract_signed


def _family(name: str) -> int:
    from synth.families import FAMILIES

    return next(f.number for f in FAMILIES["volunteer_contract"] if f.build.__name__ == name)


def test_a_line_of_choices_whose_mark_is_not_in_the_text_says_no_character() -> None:
    """"Domaine (cocher) : Solidarité Éducation Sport Autre": the choices a form offers, the ticked one drawn where
    the text does not show it; "Solidarité" offered there is not what the mission is."""
    text = ("CONTRAT DE VOLONTARIAT\n3. LA MISSION\nDomaine (cocher) : Solidarité Éducation Sport, culture Autre\n"
            "Description de la mission : organiser des tournois sportifs pour les adhérents\n")
    docs = _contract(text, mission="organiser des tournois sportifs pour les adhérents", association="Entraide des Quais")
    assert ("mission_not_social", None) in codes(evaluate(docs))
