"""Dates as Italians write them (gg/mm/aaaa)."""

from __future__ import annotations

from datetime import date


def format_italian_date(value: date) -> str:
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
