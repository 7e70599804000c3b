"""Dates that contradict each other: better no value than a wrong one."""

from __future__ import annotations

from datetime import date

from docscheck.model import Field


def drop_impossible(out: dict[str, Field]) -> None:
    """A misread date that contradicts a surer one is dropped: better no value than a wrong one."""
    issue, expiry = out.get("issue_date"), out.get("expiry_date")
    if (
        issue is not None and expiry is not None and isinstance(issue.value, date) and isinstance(expiry.value, date)
        and expiry.value <= issue.value
    ):
        del out["issue_date" if expiry.source == "zone" else "expiry_date"]
    start, end = out.get("start_date"), out.get("end_date")
    if start is not None and end is not None and isinstance(start.value, date) and isinstance(end.value, date) and (
        end.value <= start.value
    ):
        del out["end_date"]
    vf, vu = out.get("valid_from"), out.get("valid_until")
    if vf is not None and vu is not None and isinstance(vf.value, date) and isinstance(vu.value, date) and (
        vu.value <= vf.value
    ):
        del out["valid_from" if vu.source == "zone" else "valid_until"]
