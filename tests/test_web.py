"""The web page: limits, privacy and loopback-only serving (TestClient), and end to end in headless Chromium.

The browser tests start `docscheck serve` on a free loopback port and drive
Debian's Chromium (/usr/bin/chromium) with Playwright; they fail, not skip,
when either is missing, since the project's set-up installs both
(`bash scripts/install-system-deps.sh --browser`, `pip install playwright`).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from docscheck.messages import message, read_error_message
from docscheck.web import Limits, Settings, create_app
from docscheck.web.i18n import refusal_message
from docscheck.web.sessions import safe_name

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
LOCAL = {"base_url": "http://127.0.0.1", "client": ("127.0.0.1", 50000)}
JSON = {"X-Docscheck": "1"}
PDF = (SAMPLES / "01_complete" / "approval_decision.pdf").read_bytes()
CORRUPT_PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n" + b"\x00garbage" * 40


def _wait_done(client: TestClient, timeout: float = 60) -> dict[str, Any]:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        status = client.get("/api/status").json()
        if status["state"] != "running":
            return status  # type: ignore[no-any-return]
        time.sleep(0.1)
    raise AssertionError("the check did not finish in time")


def _session_dirs(client: TestClient) -> list[Path]:
    store = client.app.state.web.store  # type: ignore[attr-defined]
    return sorted(p for p in store.root.iterdir())


@pytest.fixture
def small_limits() -> Iterator[TestClient]:
    app = create_app(Settings(limits=Limits(file_bytes=len(PDF) + 10, files=3, total_bytes=2 * len(PDF) + 100)))
    with TestClient(app, **LOCAL) as client:  # type: ignore[arg-type]
        yield client


# --- file names ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "safe"),
    [
        pytest.param("scan.pdf", "scan.pdf", id="plain"),
        pytest.param("../../etc/passwd", "passwd", id="traversal"),
        pytest.param("..\\..\\Windows\\scan 1.pdf", "scan 1.pdf", id="windows-path"),
        pytest.param("..", "file", id="dotdot"),
        pytest.param(".bashrc", "bashrc", id="hidden"),
        pytest.param("a\x00b\x1b[31m.pdf", "a_b_[31m.pdf", id="control"),
        pytest.param("", "file", id="empty"),
        pytest.param("passeport d'Aïcha.jpg", "passeport d'Aïcha.jpg", id="accents"),
        pytest.param("x" * 300 + ".pdf", "x" * 90 + ".pdf", id="long"),
    ],
)
def test_safe_name(given: str, safe: str) -> None:
    assert safe_name(given) == safe


def test_upload_name_cannot_leave_the_session_folder(small_limits: TestClient) -> None:
    r = small_limits.post("/api/upload", files=[("files", ("../../../evil.pdf", PDF))], headers=JSON)
    assert r.status_code == 200 and r.json()["files"] == ["evil.pdf"]
    (session,) = _session_dirs(small_limits)
    assert (session / "dossier" / "evil.pdf").read_bytes() == PDF
    assert not (session.parent.parent / "evil.pdf").exists()
    assert oct(session.stat().st_mode & 0o777) == "0o700"
    assert oct(session.parent.stat().st_mode & 0o777) == "0o700"
    _wait_done(small_limits)


# --- limits and types ---------------------------------------------------------------------------


def test_file_too_large_is_refused_with_a_message_in_both_languages(small_limits: TestClient) -> None:
    big = PDF + b"\n%" + b"x" * 100
    for lang in ("en", "fr"):
        r = small_limits.post(f"/api/upload?lang={lang}", files=[("files", ("big.pdf", big))], headers=JSON)
        assert r.status_code == 415
        assert r.json()["check"] is None and r.json()["files"] == []
        (text,) = r.json()["refused"]
        assert text.startswith("big.pdf")
        assert ("too large" in text) if lang == "en" else ("trop volumineux" in text)


def test_too_many_files_are_refused(small_limits: TestClient) -> None:
    files = [("files", (f"p{i}.pdf", b"%PDF-1.4 tiny")) for i in range(4)]
    r = small_limits.post("/api/upload?lang=en", files=files, headers=JSON)
    assert r.status_code == 413
    assert r.json()["refused"] == [refusal_message("too_many", {"limit": "3"}, "en")]
    assert "Too many files: at most 3 files" in r.json()["refused"][0]
    r = small_limits.post("/api/upload?lang=fr", files=files, headers=JSON)
    assert "Trop de fichiers" in r.json()["refused"][0]
    assert all(not any((s / "dossier").iterdir()) for s in _session_dirs(small_limits))


def test_total_too_large_is_refused_before_reading_everything(small_limits: TestClient) -> None:
    assert small_limits.post("/api/upload", files=[("files", ("a.pdf", PDF))], headers=JSON).status_code == 200
    _wait_done(small_limits)
    files = [("files", ("c.pdf", PDF + b"  ")), ("files", ("d.pdf", PDF + b"   "))]
    r = small_limits.post("/api/upload?lang=en", files=files, headers=JSON)
    assert r.status_code == 413
    assert "too large together" in r.json()["refused"][0]
    assert small_limits.get("/api/status").json()["total"] == 1
    # A body far beyond the allowance is cut off while it streams in (no Content-Length to go by).
    huge = (b"--x\r\nContent-Disposition: form-data; name=\"files\"; filename=\"h.pdf\"\r\n\r\n"
            + PDF * 40 + b"\r\n--x--\r\n")

    def chunks() -> Iterator[bytes]:
        for i in range(0, len(huge), 4096):
            yield huge[i:i + 4096]

    r = small_limits.post("/api/upload?lang=fr", content=chunks(),
                          headers={**JSON, "Content-Type": "multipart/form-data; boundary=x"})
    assert r.status_code == 413 and "trop volumineux ensemble" in r.json()["refused"][0]


@pytest.mark.parametrize(
    ("name", "data", "code", "detail"),
    [
        pytest.param("notes.pdf", b"just some text, not a PDF", "unsupported_format", "content: unknown", id="text"),
        pytest.param("page.html", b"<!DOCTYPE html><html></html>", "unsupported_format", "content: html", id="html"),
        pytest.param("empty.pdf", b"", "empty_file", "", id="empty"),
    ],
)
def test_wrong_type_is_refused_as_the_cli_says(small_limits: TestClient, name: str, data: bytes, code: str,
                                               detail: str) -> None:
    for lang in ("en", "fr"):
        r = small_limits.post(f"/api/upload?lang={lang}", files=[("files", (name, data))], headers=JSON)
        assert r.status_code == 415
        assert r.json()["refused"] == [f"{name}: {read_error_message(code, detail, lang)}"]
    assert all(not any((s / "dossier").iterdir()) for s in _session_dirs(small_limits))
    page = small_limits.get("/?lang=fr").text
    assert read_error_message(code, detail, "fr").replace("'", "&#39;") in page


def test_a_corrupt_pdf_is_reported_not_a_crash(small_limits: TestClient) -> None:
    r = small_limits.post("/api/upload", files=[("files", ("broken.pdf", CORRUPT_PDF)), ("files", ("ok.pdf", PDF))],
                          headers=JSON)
    assert r.status_code == 200
    assert _wait_done(small_limits)["state"] == "done"
    html = small_limits.get("/api/result?lang=en").text
    assert 'class="file has-error" data-name="broken.pdf"' in html
    assert "Cannot be read" in html
    assert small_limits.get("/download/report.json").json()["dossiers"][0]["status"] == "incomplete"


def test_bad_date_is_refused(small_limits: TestClient) -> None:
    r = small_limits.post("/api/upload?lang=en", data={"arrival": "31/02/2026"}, headers=JSON)
    assert r.status_code == 400 and "is not a date" in r.json()["refused"][0]


# --- privacy: files deleted -------------------------------------------------------------------------


def test_finish_deletes_the_session_files_and_shutdown_deletes_everything() -> None:
    app = create_app()
    with TestClient(app, **LOCAL) as client:  # type: ignore[arg-type]
        client.post("/api/upload", files=[("files", ("a.pdf", PDF))], headers=JSON)
        assert _wait_done(client)["state"] == "done"
        (session,) = _session_dirs(client)
        assert (session / "dossier" / "a.pdf").is_file()
        r = client.get("/download/report.html?lang=fr")
        assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
        assert "<script" not in r.text and "http://" not in r.text.replace("http://www.w3.org", "")
        r = client.post("/finish?lang=en")
        assert "Your files were deleted" in r.text
        assert not session.exists()
        assert client.get("/api/status").json()["state"] == "idle"
        assert client.get("/download/report.json").status_code == 404
        client.post("/api/upload", files=[("files", ("b.pdf", PDF))], headers=JSON)
        root = app.state.web.store.root
        assert len(list(root.iterdir())) == 1
    assert not root.exists()  # the server's shutdown removed every session


def test_removing_a_file_deletes_it_and_idle_sessions_are_closed() -> None:
    app = create_app(Settings(limits=Limits(idle_seconds=0)))
    with TestClient(app, **LOCAL) as client:  # type: ignore[arg-type]
        client.post("/api/upload", files=[("files", ("a.pdf", PDF)), ("files", ("b.pdf", PDF + b" "))], headers=JSON)
        _wait_done(client)
        (session,) = _session_dirs(client)
        r = client.post("/api/remove", data={"name": "a.pdf"}, headers=JSON)
        assert r.json() == {"ok": True, "check": r.json()["check"], "files": ["b.pdf"]}
        assert not (session / "dossier" / "a.pdf").exists()
        assert client.post("/api/remove", data={"name": "../dossier"}, headers=JSON).status_code == 404
        _wait_done(client)
        time.sleep(0.01)
        assert app.state.web.store.reap() == 1
        assert not session.exists()


# --- loopback only ---------------------------------------------------------------------------------


def test_refuses_other_clients_hosts_and_origins_when_bound_to_loopback() -> None:
    app = create_app()
    with TestClient(app, **LOCAL) as ok:  # type: ignore[arg-type]
        assert ok.get("/").status_code == 200
        assert ok.get("/", headers={"Host": "localhost:8000"}).status_code == 200
        assert ok.get("/", headers={"Host": "attacker.example"}).status_code == 400  # DNS rebinding
        r = ok.post("/api/upload", files=[("files", ("a.pdf", PDF))],
                    headers={**JSON, "Origin": "http://attacker.example"})
        assert r.status_code == 403
        assert ok.get("/static/app.css").status_code == 200
    with TestClient(app, base_url="http://127.0.0.1", client=("192.168.1.20", 50000)) as other:
        assert other.get("/").status_code == 403
        assert other.post("/api/upload", files=[("files", ("a.pdf", PDF))], headers=JSON).status_code == 403
    with TestClient(create_app(Settings(loopback_only=False)), base_url="http://192.168.1.5",
                    client=("192.168.1.20", 50000)) as lan:
        assert lan.get("/").status_code == 200


def test_page_loads_nothing_from_the_network() -> None:
    with TestClient(create_app(), **LOCAL) as client:  # type: ignore[arg-type]
        for lang in ("en", "fr"):
            r = client.get(f"/?lang={lang}")
            assert f'<html lang="{lang}">' in r.text
            assert "http://" not in r.text and "https://" not in r.text
            assert "default-src 'self'" in r.headers["content-security-policy"]
        assert 'aria-live="polite"' in r.text and '<label for="files"' in r.text


def test_serve_command_warns_off_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    import docscheck.web
    from docscheck.cli import cli

    calls: list[tuple[Any, ...]] = []
    monkeypatch.setattr(docscheck.web, "serve", lambda *a, **k: calls.append(a))
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--port", "8123"], catch_exceptions=False)
    assert "WARNING: listening on 0.0.0.0" in result.output
    assert "http://0.0.0.0:8123/" in result.output
    result = CliRunner().invoke(cli, ["serve"], catch_exceptions=False)
    assert "WARNING" not in result.output and "http://127.0.0.1:8000/" in result.output
    assert calls == [("0.0.0.0", 8123), ("127.0.0.1", 8000)]


# --- end to end in headless Chromium --------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """`docscheck serve` on a free loopback port, its temporary files in a folder of its own."""
    tmp = tmp_path_factory.mktemp("serve-tmp")
    port = _free_port()
    env = {**os.environ, "TMPDIR": str(tmp)}
    # The server's output goes to a file: a pipe nobody reads would block it once full, and the
    # file tells what happened when the server dies.
    log = tmp_path_factory.mktemp("serve-log") / "server.log"
    out = log.open("w")
    proc = subprocess.Popen([sys.executable, "-m", "docscheck", "serve", "--port", str(port)], env=env,
                            stdout=out, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    end = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(url + "/", timeout=1).close()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > end:
                proc.kill()
                raise AssertionError(f"docscheck serve did not start: {log.read_text()}") from None
            time.sleep(0.2)
    yield url, tmp
    died = proc.poll()
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
        out.close()
    assert died is None, f"the server died during the tests (exit {died}): {log.read_text()[-3000:]}"
    assert not list(tmp.iterdir()), f"temporary files left behind; server output: {log.read_text()[-3000:]}"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: run `bash scripts/install-system-deps.sh --browser`"
    from playwright.sync_api import sync_playwright  # fails (not skips) when Playwright is not installed

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


def _open(browser: Any, url: str, lang: str, requests: list[str]) -> Any:
    page = browser.new_context(viewport={"width": 1000, "height": 1400}).new_page()
    page.on("request", lambda r: requests.append(r.url))
    page.goto(f"{url}/?lang={lang}")
    page.wait_for_selector("body[data-state=ready]")
    return page


def _upload(page: Any, files: list[Path], arrival: str = "", filing: str = "") -> None:
    if arrival:
        page.fill("#arrival", arrival)
    if filing:
        page.fill("#filing", filing)
    page.set_input_files("#files", [str(f) for f in files])
    page.wait_for_selector("body[data-state=ready]", timeout=90_000)


def _states(page: Any, kind: str) -> dict[str, str]:
    items = page.query_selector_all(f"ul.checklist.{kind} > li")
    return {li.get_attribute("data-id"): li.get_attribute("data-state") for li in items}


def test_browser_complete_dossier_then_remove_a_file(server: tuple[str, Path], browser: Any, shots: Path) -> None:
    url, tmp = server
    requests: list[str] = []
    page = _open(browser, url, "en", requests)
    _upload(page, sorted(p for p in (SAMPLES / "01_complete").iterdir()), "2026-02-19", "2026-03-08")
    assert page.inner_text(".badge") == "complete"
    requirements = _states(page, "requirements")
    assert len(requirements) == 7 and set(requirements.values()) == {"ok"}
    assert "fail" not in _states(page, "conditions").values()
    assert page.inner_text("table.deadlines").count("2026") >= 3
    assert len(page.query_selector_all("li.file")) == 7  # dossier.toml skipped, as the command line does
    page.wait_for_function("[...document.images].every(i => i.complete && i.naturalWidth > 0)")
    page.evaluate("document.activeElement && document.activeElement.blur()")
    page.screenshot(path=str(shots / "complete.png"), full_page=True)
    # The README's picture is refreshed on request only: a test run never writes into the source tree.
    shot = ROOT / "docs" / "web-check.png" if os.environ.get("DOCSCHECK_UPDATE_SCREENSHOTS") else shots / "top.png"
    page.screenshot(path=str(shot), clip={"x": 0, "y": 0, "width": 1000, "height": 1400})

    page.click("li.file[data-name='visa-4.pdf'] button")
    page.wait_for_selector("body[data-state=ready]", timeout=60_000)
    assert _states(page, "requirements")["long_stay_visa"] == "fail"
    assert page.inner_text(".badge") == "incomplete"
    assert "visa-4.pdf" not in [li.get_attribute("data-name") for li in page.query_selector_all("li.file")]
    page.screenshot(path=str(shots / "visa-removed.png"), full_page=True)

    page.set_viewport_size({"width": 390, "height": 844})  # a phone: no sideways scrolling
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=str(shots / "phone.png"))

    sessions = [p for root in tmp.rglob("docscheck-web-*") for p in root.iterdir()]
    assert len(sessions) >= 1
    page.click("#finish button")
    page.wait_for_selector("#closed")
    assert len([p for root in tmp.rglob("docscheck-web-*") for p in root.iterdir()]) == len(sessions) - 1
    assert all(r.startswith(url) for r in requests), [r for r in requests if not r.startswith(url)]


def test_browser_missing_visa_in_both_languages_and_a_corrupt_file(server: tuple[str, Path], browser: Any,
                                                                   shots: Path, tmp_path: Path) -> None:
    from docscheck.pipeline import RunOptions, check_dossiers

    folder = SAMPLES / "02_missing_visa"
    expected = check_dossiers([folder], as_of=date.today(), options=RunOptions(workers=1)).dossiers[0]
    (gap,) = [g for g in expected.gaps if g.requirement == "long_stay_visa"]

    url, _ = server
    requests: list[str] = []
    page = _open(browser, url, "en", requests)
    _upload(page, sorted(p for p in folder.iterdir() if p.suffix == ".pdf"), "2026-06-02", "2026-06-08")
    visa = "ul.requirements li[data-id=long_stay_visa]"
    assert page.get_attribute(visa, "data-state") == "fail"
    assert page.inner_text(f"{visa} .gap") == message(gap, "en")
    assert page.inner_text(".badge") == "incomplete"
    page.screenshot(path=str(shots / "missing-visa-en.png"), full_page=True)

    page.click("a[hreflang=fr]")
    page.wait_for_selector("html[lang=fr] body[data-state=ready]")
    assert page.inner_text(f"{visa} .gap") == message(gap, "fr")
    assert page.inner_text(".badge") == "incomplet"
    assert page.input_value("#arrival") == "2026-06-02"
    page.screenshot(path=str(shots / "missing-visa-fr.png"), full_page=True)

    broken = tmp_path / "scan_broken.pdf"
    broken.write_bytes(CORRUPT_PDF)
    from docscheck.text import read_file

    error = read_file(str(broken), str(tmp_path)).error
    assert error is not None
    _upload(page, [broken])
    card = "li.file[data-name='scan_broken.pdf']"
    assert page.inner_text(f"{card} .file-error").endswith(read_error_message(error.code, error.detail, "fr"))
    assert page.get_attribute(visa, "data-state") == "fail"
    page.screenshot(path=str(shots / "corrupt-fr.png"), full_page=True)

    notes = tmp_path / "notes.pdf"
    notes.write_bytes(b"not a document at all")
    _upload(page, [notes])
    assert read_error_message("unsupported_format", "content: unknown", "fr") in page.inner_text(".refused[role=alert]")
    assert all(r.startswith(url) for r in requests)


def test_works_without_javascript_and_downloads_in_every_form() -> None:
    with TestClient(create_app(), **LOCAL) as client:  # type: ignore[arg-type]
        r = client.post("/api/upload?lang=fr", files=[("files", ("a.pdf", PDF))], data={"arrival": "2026-02-19"},
                        follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/?lang=fr"
        _wait_done(client)
        page = client.get("/?lang=fr").text
        assert 'value="2026-02-19"' in page and "Manquant : Visa long séjour" in page
        report = client.get("/download/report.json?lang=fr").json()
        assert report["dossiers"][0]["id"] == "dossier"
        assert any(g["message"].startswith("Manquant") for g in report["dossiers"][0]["gaps"])
        printable = client.get("/download/print.html?lang=en")
        assert '<script src="/static/print.js"></script>' in printable.text
        assert "content-disposition" not in printable.headers
        assert client.get("/thumb/a.pdf").headers["content-type"] == "image/png"
        assert client.get("/thumb/..%2Fa.pdf").status_code == 404
        r = client.post("/api/remove?lang=fr", data={"name": "a.pdf"}, follow_redirects=False)
        assert r.status_code == 303
