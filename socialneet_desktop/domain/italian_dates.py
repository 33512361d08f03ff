"""Dates and times as Italians write them: gg/mm/aaaa, hh:mm and "gg/mm/aaaa hh:mm".

The one place that spells these formats out: the lists, the exports, the printed documents,
the dialogs and the command line all format through here (tests/unit/test_cells.py checks
that no other module writes `strftime("%d/%m/%Y...")`). File names and stored stamps stay ISO.
"""

from __future__ import annotations

from datetime import date, datetime, time

# The same formats as spreadsheet number formats, for cells that keep a real date or time.
DATE_NUMBER_FORMAT = "DD/MM/YYYY"
TIME_NUMBER_FORMAT = "HH:MM"
DATETIME_NUMBER_FORMAT = "DD/MM/YYYY HH:MM"


def format_italian_date(value: date) -> str:
    """ "03/02/2026"; a datetime gives its day."""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def format_time(value: time | datetime) -> str:
    """ "09:05"; a datetime gives its time of day."""
    return f"{value.hour:02d}:{value.minute:02d}"


def format_italian_datetime(value: datetime) -> str:
    """ "03/02/2026 09:05"."""
    return f"{format_italian_date(value)} {format_time(value)}"


def date_text(value: date | None) -> str:
    """format_italian_date, or "" for no date."""
    return format_italian_date(value) if value else ""


def time_text(value: time | datetime | None) -> str:
    """format_time, or "" for no time (midnight is a time: only None is none)."""
    return format_time(value) if value is not None else ""


def datetime_text(value: datetime | None) -> str:
    """format_italian_datetime, or "" for no moment."""
    return format_italian_datetime(value) if value else ""
