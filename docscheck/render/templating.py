"""The Jinja2 templates that draw a dossier in HTML, for the report file and for the web page alike."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATES = Path(__file__).parent / "templates"


def environment(*more: Path) -> Environment:
    """Templates from `more` folders first, then the shared ones; everything .html is autoescaped."""
    return Environment(
        loader=FileSystemLoader([*more, TEMPLATES]),
        autoescape=select_autoescape(["html"]),
        trim_blocks=False,
    )


@cache
def report_environment() -> Environment:
    return environment()
