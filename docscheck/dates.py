"""Dates as French and English documents write them.

API (other modules rely on these names):
- parse_date(text, *, dayfirst=True) -> date | None
- find_dates(text) -> list[DateMatch]      every date in a text, with its position
"""
