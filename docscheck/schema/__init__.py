"""The JSON Schema of docscheck's report (report.schema.json, schema_version 1)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def report_schema() -> dict[str, Any]:
    """The report's JSON Schema as a dict."""
    text = resources.files("docscheck.schema").joinpath("report.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
