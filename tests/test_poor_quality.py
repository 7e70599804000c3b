"""The poor_quality gap: one per file whose page images a prefecture could turn down, with what to do."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from docscheck.messages import LANGS, message, to_verify_message
from docscheck.model import Severity, Status
from tests.test_checklist import complete_documents, evaluate, poor_image, replaced


def test_a_poor_file_gives_one_warning_with_its_reasons_and_pages() -> None:
    r = evaluate(poor_image(complete_documents(), "passport", "blurred", "cut_off"))
    gaps = [g for g in r.gaps if g.code == "poor_quality"]
    assert len(gaps) == 1
    gap = gaps[0]
    assert gap.severity is Severity.WARNING and gap.files == ("passport.pdf",)
    assert gap.params["reason"] == "blurred,cut_off" and gap.params["pages"] == "1"
    assert gap.evidence and "passport.pdf p.1: blurred,cut_off" in gap.evidence[0]
    assert r.status.value == "complete"  # a warning: what was read still counts


def test_legible_files_give_no_poor_quality() -> None:
    assert not [g for g in evaluate(complete_documents()).gaps if g.code == "poor_quality"]


@pytest.mark.parametrize(("reason", "en", "fr"), [
    ("blurred", "hold the phone still", "tenez le téléphone immobile"),
    ("too_dark", "in daylight", "à la lumière du jour"),
    ("overexposed", "without flash", "sans flash"),
    ("cut_off", "whole page in the frame", "cadrez la page entière"),
    ("low_resolution", "closer", "rapprochez-vous"),
])
def test_the_message_says_how_to_retake_it_in_both_languages(reason: str, en: str, fr: str) -> None:
    gap = next(g for g in evaluate(poor_image(complete_documents(), "visa", reason)).gaps if g.code == "poor_quality")
    english, french = message(gap, "en"), message(gap, "fr")
    assert en in english and "Retake it" in english and "visa.pdf" in english
    assert fr in french and "Reprenez-la" in french and "visa.pdf" in french
    for text in (english, french):
        assert "{" not in text and "?" not in text


def test_several_reasons_are_said_together() -> None:
    gap = next(g for g in evaluate(poor_image(complete_documents(), "visa", "too_dark", "overexposed")).gaps
               if g.code == "poor_quality")
    text = message(gap, "en")
    assert "too dark" in text and "washed out" in text and "daylight" in text and "without flash" in text


def test_an_unread_field_on_a_poor_image_says_both() -> None:
    docs = poor_image(replaced(complete_documents(), "passport", expiry_date=None), "passport", "blurred")
    r = evaluate(docs)
    # The poor photo is the file's fault: its warning stays.  The date not read is not: it is to verify,
    # and the item carries the retake advice.
    poor = next(g for g in r.gaps if g.code == "poor_quality")
    assert poor.severity is Severity.WARNING and poor.files == ("passport.pdf",)
    assert not [g for g in r.gaps if g.code in ("date_unreadable", "field_unreadable")]
    item = next(i for i in r.to_verify if i.reason == "date_unreadable" and i.files == ("passport.pdf",))
    assert item.params["image"] == "blurred" and item.params["field"] == "expiry_date"
    assert r.status is Status.TO_VERIFY
    for lang, words in zip(LANGS, (("image is poor too", "blurred", "Retake it", "expiry date"),
                                   ("aussi de mauvaise qualité", "floue", "Reprenez-la", "date d'expiration")),
                           strict=True):
        text = to_verify_message(item, lang)
        assert all(w in text for w in words), text
    for lang, words in zip(LANGS, (("blurred", "Retake it"), ("floue", "Reprenez-la")), strict=True):
        assert all(w in message(poor, lang) for w in words)


def test_an_unread_field_on_a_legible_image_does_not_mention_it() -> None:
    r = evaluate(replaced(complete_documents(), "passport", expiry_date=None), as_of=date(2026, 11, 30))
    item = next(i for i in r.to_verify if i.reason == "date_unreadable")
    assert "image" not in item.params and "retake" not in to_verify_message(item, "en").lower()
    assert not [g for g in r.gaps if g.code == "poor_quality"]


def _report(lang_docs: list | None = None):  # type: ignore[no-untyped-def]
    from docscheck.model import Report

    docs = lang_docs or poor_image(complete_documents(), "passport", "too_dark")
    return Report(date(2026, 11, 30), (evaluate(docs),))


def test_the_reports_carry_it_beside_the_file() -> None:
    import json
    from pathlib import Path

    import jsonschema

    from docscheck.render import render

    report = _report()
    html = str(render(report, "html", "fr"))
    assert 'class="file poor-image" data-name="passport.pdf"' in html
    assert 'data-reasons="too_dark"' in html and "Image difficile à lire" in html and "trop sombre" in html
    text = str(render(report, "text", "en"))
    assert "passport.pdf: passport" in text and "Image hard to read: too dark" in text
    data = json.loads(render(report, "json", "en"))
    schema = json.loads((Path(__file__).resolve().parents[1] / "docscheck" / "schema" / "report.schema.json").read_text())
    jsonschema.validate(data, schema)
    dossier = data["dossiers"][0]
    gap = next(g for g in dossier["gaps"] if g["code"] == "poor_quality")
    assert gap["params"]["reason"] == "too_dark" and gap["files"] == ["passport.pdf"]
    passport = next(d for d in dossier["documents"] if d["file"] == "passport.pdf")
    assert passport["legibility"] == {"poor": True, "reasons": ["too_dark"], "pages": [{"number": 1, "reasons": ["too_dark"]}]}


def test_classify_and_extract_print_it() -> None:
    import json

    from docscheck.render.extract import classify_json, classify_text, extract_json, extract_text

    doc = next(d for d in poor_image(complete_documents(), "passport", "blurred") if d.type.value == "passport")
    assert "image: The image of passport.pdf is hard to read: blurred" in classify_text([doc])
    assert json.loads(classify_json([doc]))["documents"][0]["legibility"]["reasons"] == ["blurred"]
    assert "image: blurred" in extract_text([doc.file])
    assert json.loads(extract_json([doc.file]))["files"][0]["pages"][0]["legibility"]["reasons"] == ["blurred"]


# ------------------------------------------------------------------ real photos, real Tesseract, the CLI


def test_docscheck_check_flags_a_spoiled_photo_with_its_reason_and_not_a_clean_one(tmp_path: Path) -> None:
    import json
    import os
    import subprocess
    import sys

    from tests.poor_photos import REASON, write_photo

    folder = tmp_path / "dossier"
    folder.mkdir()
    write_photo(folder, "clean.jpg")
    for defect in ("blur", "dark"):
        write_photo(folder, f"{defect}.jpg", defect)
    env = {**os.environ, "DOCSCHECK_CACHE_DIR": str(tmp_path / "cache")}
    out = subprocess.run(
        [sys.executable, "-m", "docscheck", "check", str(folder), "--as-of", "2026-11-30", "--format", "json", "-q",
         "--workers", "2"], capture_output=True, text=True, env=env, check=False,
    )
    assert out.returncode in (0, 1), out.stderr
    dossier = json.loads(out.stdout)["dossiers"][0]
    poor = {g["files"][0]: g for g in dossier["gaps"] if g["code"] == "poor_quality"}
    assert set(poor) == {"blur.jpg", "dark.jpg"}
    for defect in ("blur", "dark"):
        gap = poor[f"{defect}.jpg"]
        assert gap["severity"] == "warning" and REASON[defect] in gap["params"]["reason"].split(",")
        assert gap["params"]["pages"] == "1" and "Retake it" in gap["message"]
    docs = {d["file"]: d for d in dossier["documents"]}
    assert docs["clean.jpg"]["legibility"] == {"poor": False, "reasons": [], "pages": [{"number": 1, "reasons": []}]}


# ------------------------------------------------------------------ the web page, while the dossier is read


def test_the_web_page_shows_a_read_file_and_its_poor_image_before_the_dossier_is_done(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from docscheck.web.app import _Watched
    from docscheck.web.sessions import Check, Limits, Session
    from docscheck.web.view import result_context, template_environment

    doc = next(d for d in poor_image(complete_documents(), "passport", "cut_off") if d.type.value == "passport")
    session = Session(tmp_path, Limits())
    try:
        for name in ("passport.pdf", "visa.pdf"):
            (session.files_dir / name).write_bytes(b"%PDF-1.4")
        check = Check("c1", 2)
        session.check = check
        with ThreadPoolExecutor(1) as pool:
            _Watched(pool, check).submit(lambda: doc).result()
        assert check.state == "running" and set(check.read) == {"passport.pdf"}
        html = template_environment().get_template("_result.html").render(lang="en", **result_context(session, "en"))
        card = html.split('data-name="passport.pdf"')[1].split("</li>")[0]
        assert 'src="/thumb/passport.pdf"' in card and 'data-reasons="cut_off"' in card and "whole page in the frame" in card
        assert "being read" in html.split('data-name="visa.pdf"')[1].split("</li>")[0]
    finally:
        session.close()


def test_the_web_status_and_result_carry_a_spoiled_photo() -> None:
    import time

    from starlette.testclient import TestClient

    from docscheck.web import create_app
    from tests.poor_photos import photo_bytes

    with TestClient(create_app(), base_url="http://127.0.0.1", client=("127.0.0.1", 50000)) as client:
        client.post("/api/upload", files=[("files", ("photo.jpg", photo_bytes("blur")))], headers={"X-Docscheck": "1"})
        end = time.monotonic() + 120
        while (status := client.get("/api/status?lang=fr").json())["state"] == "running" and time.monotonic() < end:
            time.sleep(0.2)
        assert status["state"] == "done"
        (read,) = status["files"]
        assert read["name"] == "photo.jpg" and read["poor"] and "blurred" in read["reasons"]
        assert "Reprenez-la" in read["message"]
        html = client.get("/api/result?lang=en").text
        assert 'class="file poor-image" data-name="photo.jpg"' in html and "Image hard to read" in html


def test_two_documents_on_one_poor_page_of_a_longer_file_give_one_warning_naming_the_page() -> None:
    """A visa copied with the passport's data page, page 2 of a ten-page dossier scan, washed out: one warning for
    that page (not one per document found on it), naming the page of the file."""
    from dataclasses import replace

    docs = poor_image(complete_documents(), "passport", "overexposed")
    docs = poor_image(docs, "visa", "overexposed")
    passport = next(d for d in docs if d.type.value == "passport")
    page = replace(passport.file.pages[0], number=2)
    shared = replace(passport.file, relpath="dossier.pdf", path="/d/dossier.pdf", pages=(page,), page_count=10)
    docs = [replace(d, file=replace(shared, pages=(page,)), pages=(2,)) if d.type.value in ("passport", "visa") else d
            for d in docs]
    gaps = [g for g in evaluate(docs).gaps if g.code == "poor_quality"]
    assert len(gaps) == 1 and gaps[0].params["pages"] == "2"
    assert "dossier.pdf (page 2)" in message(gaps[0], "en")
