"""The web application: one page to drop files on and read the checklist, over the same pipeline as the CLI.

Routes (all served by this app; nothing comes from the network):

    GET  /                   the page (``?lang=fr`` or ``en``)
    POST /api/upload         add files and/or set the dates; starts a check
    POST /api/remove         remove one file; starts a check
    GET  /api/status         the latest check: files done / total, state
    GET  /api/result         the checklist as an HTML fragment
    GET  /thumb/{name}       a file's first page as a small PNG
    GET  /download/{kind}    the report: report.html, report.json, print.html
    POST /finish             delete the session's files and forget it

Bound to loopback (the default), the app answers only requests from a loopback
address whose Host header is localhost or a loopback address (a page elsewhere
cannot reach it through DNS rebinding), and refuses a form posted from another
origin.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import multiprocessing
import threading
import time
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from docscheck.messages import poor_image_message
from docscheck.model import Document, FileText, Report
from docscheck.web.i18n import LANGS, lang_of, refusal_message, t
from docscheck.web.sessions import Check, Limits, Refusal, Session, SessionStore, mb
from docscheck.web.view import template_environment

HERE = Path(__file__).parent
COOKIE = "docscheck_session"
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")
_CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
        "base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
_ICON = (b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" '
         b'fill="#1f4fa8"/><path d="M4 8.5l3 3 5-7" stroke="#fff" stroke-width="2" fill="none"/></svg>')
_CSP_REPORT = _CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")


class _Watched(Executor):
    """The reader pool as one check uses it: each file's reading is kept on the check as soon as it
    ends, so that the page shows it (its thumbnail, a poor image) before the whole dossier is done."""

    def __init__(self, readers: Executor, check: Check) -> None:
        self.readers = readers
        self.check = check

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future = self.readers.submit(fn, *args, **kwargs)
        future.add_done_callback(self._done)
        return future

    def _done(self, future: Future[Any]) -> None:
        if future.cancelled() or future.exception() is not None:
            return
        result = future.result()
        if isinstance(result, tuple) and result:  # a file's documents: they share the file read
            result = result[0]
        file = result.file if isinstance(result, Document) else result
        if isinstance(file, FileText):
            self.check.read[file.relpath] = file


@dataclass(frozen=True)
class Settings:
    """How one server runs: its limits, whether it is bound to loopback, how many files it reads at once."""

    limits: Limits = Limits()
    loopback_only: bool = True
    workers: int = 0  # files read at once (reader processes shared by every check); 0: one per core
    reap_every: float = 60.0  # seconds between two looks for idle sessions
    today: Callable[[], date] = date.today


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class LoopbackClientMiddleware:
    """Refuse any request whose client address is not a loopback address, and cross-origin form posts."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            client = scope.get("client")
            if client is None or not is_loopback(client[0]):
                await PlainTextResponse("Forbidden: this server only answers this computer.", 403)(scope, receive, send)
                return
            if scope["method"] not in ("GET", "HEAD"):
                origin = dict(scope["headers"]).get(b"origin", b"").decode("latin-1")
                host = urlsplit(origin).hostname if origin and origin != "null" else None
                if origin and (host is None or not (host == "localhost" or is_loopback(host))):
                    await PlainTextResponse("Forbidden: cross-origin request.", 403)(scope, receive, send)
                    return
        await self.app(scope, receive, send)


class _TooMuch(Exception):
    pass


async def _limited(stream: AsyncGenerator[bytes, None], limit: int) -> AsyncGenerator[bytes, None]:
    """The request body, stopping as soon as it grows past `limit` bytes (no waiting for the whole of it)."""
    seen = 0
    async for chunk in stream:
        seen += len(chunk)
        if seen > limit:
            raise _TooMuch
        yield chunk


class Cancelled(Exception):
    """A check overtaken by a newer one (files added or removed meanwhile)."""


class WebApp:
    """The state behind the routes: the sessions, the threads that run checks, the readers, the templates.

    A check runs in a thread of `pool`; it reads its files in `readers`, a pool of
    single-threaded worker processes started by a fork server (never forked from this
    threaded process), each reading a file the way the command line does: in a forked
    child killed at a hard time limit.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store = SessionStore(settings.limits)
        self.pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="docscheck-check")
        self._readers: ProcessPoolExecutor | None = None
        self._readers_lock = threading.Lock()
        self.env = template_environment()

    # --- sessions ---------------------------------------------------------------------------------

    def session(self, request: Request) -> Session | None:
        session = self.store.get(request.cookies.get(COOKIE))
        return None if session is None or session.closed else session

    # --- checks -----------------------------------------------------------------------------------

    def readers(self) -> ProcessPoolExecutor:
        """The reader processes, started at the first check (a server nobody uses starts none)."""
        from docscheck.pipeline import default_workers

        with self._readers_lock:
            if self._readers is None:
                context = multiprocessing.get_context("forkserver")
                context.set_forkserver_preload(["docscheck.pipeline", "docscheck.understand"])  # each reader starts with it imported
                workers = self.settings.workers or default_workers()
                self._readers = ProcessPoolExecutor(max_workers=workers, mp_context=context)
            return self._readers

    def shutdown(self) -> None:
        """Stop the checks and the readers (a reading under way ends with its file, or its time limit)."""
        self.pool.shutdown(wait=False, cancel_futures=True)
        with self._readers_lock:
            readers, self._readers = self._readers, None
        if readers is not None:
            readers.shutdown(wait=False, cancel_futures=True)

    def start_check(self, session: Session) -> Check | None:
        """Run the pipeline over the session's files in the background; None when there are no files."""
        import secrets

        with session.lock:
            names = session.names()
            if not names:
                session.check = None
                return None
            check = Check(secrets.token_urlsafe(8), len(names))
            session.check = check
        self.pool.submit(self._run, session, check)
        return check

    def _run(self, session: Session, check: Check) -> None:
        from docscheck.pipeline import RunOptions, check_dossiers

        def progress(done: int, total: int, pages: int = 0) -> None:
            if session.check is not check:
                raise Cancelled
            check.done, check.total = done, total

        try:
            if session.check is not check:
                return
            today = self.settings.today()
            report = check_dossiers(
                [session.files_dir],
                as_of=today,
                options=RunOptions(),
                arrival=session.arrival,
                filing=session.filing,
                progress=progress,
                executor=_Watched(self.readers(), check),
            )
            with session.lock:
                if session.check is check:
                    check.report, check.state = report, "done"
                    check.done = check.total
        except Cancelled:
            return
        except Exception as exc:  # a bad file is a finding; anything else must still not kill the server
            if isinstance(exc, BrokenProcessPool):  # a reader died (out of memory?): the next check starts new ones
                with self._readers_lock:
                    self._readers = None
            with session.lock:
                if session.check is check:
                    check.state, check.error = "failed", f"{type(exc).__name__}: {exc}"
        finally:
            check.seconds = time.monotonic() - check.started

    # --- views ------------------------------------------------------------------------------------

    def page_lang(self, request: Request) -> str:
        asked = request.query_params.get("lang")
        if asked in LANGS:
            return asked
        accept = request.headers.get("accept-language", "")
        return "fr" if accept.lower().startswith("fr") else "en"

    def limits_text(self) -> dict[str, Any]:
        lim = self.settings.limits
        return {"files": lim.files, "file_mb": lim.file_bytes // (1024 * 1024),
                "total_mb": lim.total_bytes // (1024 * 1024), "idle": int(lim.idle_seconds // 60)}

    def render(self, name: str, **context: Any) -> str:
        return self.env.get_template(name).render(**context)

    def result_html(self, session: Session | None, lang: str) -> str:
        from docscheck.web.view import result_context

        return self.render("_result.html", lang=lang, **result_context(session, lang))


def _headers(csp: str = _CSP) -> dict[str, str]:
    return {"Content-Security-Policy": csp, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin",
            "Cache-Control": "no-store", "X-Frame-Options": "DENY"}


def _wants_json(request: Request) -> bool:
    return request.headers.get("x-docscheck") == "1"


def _parse_date(value: str) -> date | None:
    value = value.strip()
    return date.fromisoformat(value) if value else None


def create_app(settings: Settings | None = None) -> Starlette:
    """The ASGI application (serve it with uvicorn, or test it with Starlette's TestClient)."""
    settings = settings or Settings()
    web = WebApp(settings)

    async def index(request: Request) -> Response:
        lang = web.page_lang(request)
        session = web.session(request)
        check = session.check if session else None
        html = web.render(
            "index.html", lang=lang, limits=web.limits_text(), session=session,
            running=bool(check and check.state == "running"),
            arrival=session.arrival.isoformat() if session and session.arrival else "",
            filing=session.filing.isoformat() if session and session.filing else "",
            result=web.result_html(session, lang),
        )
        return HTMLResponse(html, headers=_headers())

    async def upload(request: Request) -> Response:
        lang = lang_of(request.query_params.get("lang"))
        lim = settings.limits
        session = web.session(request)
        fresh = session is None
        # The body may hold the whole allowance plus the form's own bytes; past that, stop reading.
        allowance = lim.total_bytes - (session.used_bytes() if session else 0)
        refused: list[Refusal] = []
        form_error: Refusal | None = None
        fields: dict[str, str] = {}
        uploads: list[UploadFile] = []
        content_type = request.headers.get("content-type", "")
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > allowance + 64 * 1024:
            form_error = Refusal("", "total_too_large", {"limit": mb(lim.total_bytes)})
        elif content_type.startswith("multipart/form-data"):
            parser = MultiPartParser(request.headers, _limited(request.stream(), allowance + 64 * 1024),
                                     max_files=lim.files + 1, max_fields=20, max_part_size=4096)
            try:
                form = await parser.parse()
            except _TooMuch:
                form_error = Refusal("", "total_too_large", {"limit": mb(lim.total_bytes)})
            except MultiPartException as exc:
                form_error = (Refusal("", "too_many", {"limit": str(lim.files)}) if "Too many files" in exc.message
                              else Refusal("", "bad_request"))
            else:
                for key, value in form.multi_items():
                    if isinstance(value, UploadFile):
                        if value.filename or value.size:
                            uploads.append(value)
                    else:
                        fields[key] = value
        elif content_type.startswith("application/x-www-form-urlencoded"):
            form = await request.form(max_files=0, max_fields=20)
            fields = {k: v for k, v in form.items() if isinstance(v, str)}

        arrival = filing = None
        if form_error is None:
            try:
                arrival = _parse_date(fields.get("arrival", ""))
            except ValueError:
                form_error = Refusal("", "bad_date", {"name": t(lang, "arrival_label"), "value": fields["arrival"]})
            try:
                filing = _parse_date(fields.get("filing", ""))
            except ValueError:
                form_error = Refusal("", "bad_date", {"name": t(lang, "filing_label"), "value": fields["filing"]})
        if form_error is None and uploads:
            existing = len(session.names()) if session else 0
            if existing + len(uploads) > lim.files:
                form_error = Refusal("", "too_many", {"limit": str(lim.files)})
            elif (session.used_bytes() if session else 0) + sum(u.size or 0 for u in uploads) > lim.total_bytes:
                form_error = Refusal("", "total_too_large", {"limit": mb(lim.total_bytes)})

        if form_error is not None:
            for u in uploads:
                await u.close()
            status = {"too_many": 413, "total_too_large": 413}.get(form_error.code, 400)
            if session:
                session.refused = [form_error]
            failure = {"ok": False, "check": None,
                       "refused": [refusal_message(form_error.code, form_error.params, lang)]}
            if _wants_json(request):
                return JSONResponse(failure, status_code=status, headers=_headers())
            return RedirectResponse(f"/?lang={lang}", status_code=303)

        if session is None:
            session = web.store.new()
        with session.lock:
            session.arrival, session.filing = arrival, filing
            for u in uploads:
                data = await u.read(lim.file_bytes + 1)
                if len(data) > lim.file_bytes:
                    size = u.size or len(data)
                    refusal: Refusal | None = Refusal(u.filename or "", "too_large",
                                      {"size": mb(size),
                                       "limit": mb(lim.file_bytes)})
                elif session.used_bytes() + len(data) > lim.total_bytes:
                    refusal = Refusal(u.filename or "", "total_too_large",
                                      {"limit": mb(lim.total_bytes)})
                else:
                    refusal = session.add(u.filename, data)
                await u.close()
                if refusal is not None and refusal.code != "skipped":
                    refused.append(refusal)
            session.refused = [Refusal(r.name, r.code, {**r.params, "name": r.name}) for r in refused]
        check = web.start_check(session)
        body: dict[str, Any] = {
            "ok": not refused,
            "check": check.id if check else None,
            "refused": [refusal_message(r.code, r.params, lang) for r in session.refused],
            "files": session.names(),
        }
        response: Response
        if _wants_json(request):
            response = JSONResponse(body, status_code=200 if not refused or check else 415, headers=_headers())
        else:
            response = RedirectResponse(f"/?lang={lang}", status_code=303)
        if fresh:
            response.set_cookie(COOKIE, session.id, httponly=True, samesite="strict", path="/")
        return response

    async def remove(request: Request) -> Response:
        lang = lang_of(request.query_params.get("lang"))
        session = web.session(request)
        form = await request.form(max_files=0, max_fields=5)
        name = str(form.get("name", ""))
        removed = False
        check = None
        if session is not None:
            with session.lock:
                removed = session.remove(name)
                session.refused = []
            check = web.start_check(session)
        if not _wants_json(request):
            return RedirectResponse(f"/?lang={lang}", status_code=303)
        return JSONResponse({"ok": removed, "check": check.id if check else None,
                             "files": session.names() if session else []},
                            status_code=200 if removed else 404, headers=_headers())

    async def status(request: Request) -> Response:
        lang = lang_of(request.query_params.get("lang"))
        session = web.session(request)
        check = session.check if session else None
        if check is None:
            return JSONResponse({"state": "idle", "done": 0, "total": 0, "message": ""}, headers=_headers())
        if check.state == "running":
            message = (t(lang, "progress", done=check.done, total=check.total) if check.done
                       else t(lang, "progress_start"))
        elif check.state == "done":
            message = t(lang, "progress_done", done=check.done, total=check.total)
        else:
            message = t(lang, "failed", error=check.error or "")
        files = [{"name": name, "poor": bool(f.poor_pages), "reasons": list(f.poor_reasons),
                  "message": poor_image_message(f, lang)} for name, f in sorted(check.read.items())]
        return JSONResponse({"id": check.id, "state": check.state, "done": check.done, "total": check.total,
                             "message": message, "files": files}, headers=_headers())

    async def result(request: Request) -> Response:
        lang = lang_of(request.query_params.get("lang"))
        return HTMLResponse(web.result_html(web.session(request), lang), headers=_headers())

    async def thumb(request: Request) -> Response:
        from docscheck.thumbnails import thumbnail

        session = web.session(request)
        name = request.path_params["name"]
        path = session.path_of(name) if session else None
        if session is None or path is None:
            return PlainTextResponse("Not found", 404)
        page = request.query_params.get("page", "1")
        page_no = int(page) if page.isdigit() and 0 < int(page) < 10_000 else 1
        key = name if page_no == 1 else f"{name}#{page_no}"
        if key not in session.thumbs:
            session.thumbs[key] = await asyncio.to_thread(thumbnail, str(path), page=page_no)
        png = session.thumbs.get(key)
        if png is None:
            return PlainTextResponse("No preview", 404)
        return Response(png, media_type="image/png", headers=_headers())

    async def download(request: Request) -> Response:
        from docscheck.render import render
        from docscheck.thumbnails import thumbnail

        lang = lang_of(request.query_params.get("lang"))
        kind = request.path_params["kind"]
        session = web.session(request)
        check = session.check if session else None
        report: Report | None = check.report if check else None
        if report is None:
            return PlainTextResponse("No report yet: add files and wait for the check to finish.", 404)
        stamp = report.as_of.isoformat()
        if kind == "report.json":
            return Response(str(render(report, "json", lang)), media_type="application/json",
                            headers={**_headers(), "Content-Disposition":
                                     f'attachment; filename="docscheck-{stamp}.json"'})
        if kind in ("report.html", "print.html"):
            html = str(await asyncio.to_thread(render, report, "html", lang, thumbnail=thumbnail))
            headers = _headers(_CSP_REPORT)
            if kind == "report.html":
                headers["Content-Disposition"] = f'attachment; filename="docscheck-{stamp}.html"'
            else:
                html = html.replace("</body>", '<script src="/static/print.js"></script>\n</body>', 1)
            return HTMLResponse(html, headers=headers)
        return PlainTextResponse("Not found", 404)

    async def finish(request: Request) -> Response:
        lang = lang_of(request.query_params.get("lang"))
        session = web.session(request)
        if session is not None:
            web.store.close(session.id)
        if _wants_json(request):
            response: Response = JSONResponse({"ok": True}, headers=_headers())
        else:
            response = HTMLResponse(web.render("closed.html", lang=lang), headers=_headers())
        response.delete_cookie(COOKIE, path="/")
        return response

    async def favicon(request: Request) -> Response:
        return Response(_ICON, media_type="image/svg+xml", headers={"Cache-Control": "max-age=86400"})

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async def reap() -> None:
            while True:
                await asyncio.sleep(settings.reap_every)
                web.store.reap()

        task = asyncio.create_task(reap())
        try:
            yield
        finally:
            task.cancel()
            web.store.close_all()
            web.shutdown()

    middleware = []
    if settings.loopback_only:
        middleware = [
            Middleware(TrustedHostMiddleware, allowed_hosts=list(LOOPBACK_HOSTS), www_redirect=False),
            Middleware(LoopbackClientMiddleware),
        ]
    app = Starlette(
        routes=[
            Route("/", index),
            Route("/api/upload", upload, methods=["POST"]),
            Route("/api/remove", remove, methods=["POST"]),
            Route("/api/status", status),
            Route("/api/result", result),
            Route("/thumb/{name:str}", thumb),
            Route("/download/{kind:str}", download),
            Route("/finish", finish, methods=["POST"]),
            Route("/favicon.ico", favicon),
            Mount("/static", app=StaticFiles(directory=HERE / "static"), name="static"),
        ],
        middleware=middleware,
        lifespan=lifespan,
    )
    app.state.web = web
    return app

