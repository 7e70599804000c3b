"""`docscheck serve`: a local web page to drop a dossier's files on and read the checklist.

The same pipeline and checklist as the command line (pipeline.check_dossiers,
render.view, messages), behind a Starlette application served by uvicorn on
this computer only, unless asked otherwise.
"""

from __future__ import annotations

from docscheck.web.app import Settings, create_app, is_loopback
from docscheck.web.sessions import Limits

__all__ = ["Limits", "Settings", "create_app", "is_loopback", "serve"]


def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    open_browser: bool = False,
    workers: int = 0,
) -> None:
    """Serve the page until interrupted; every session's files are deleted on the way out."""
    import threading
    import webbrowser

    import uvicorn

    loopback = host == "localhost" or is_loopback(host)
    app = create_app(Settings(loopback_only=loopback, workers=workers))
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False,
                            server_header=False, lifespan="on")
    server = uvicorn.Server(config)
    if open_browser:
        url = f"http://{'localhost' if loopback else host}:{port}/"
        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    server.run()
