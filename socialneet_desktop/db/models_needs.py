"""The tables of the needs area (filled in by its issue's work)."""

from __future__ import annotations

from socialneet_desktop.db.model_base import RecordMixin

NEEDS_CLASSES: tuple[type[RecordMixin], ...] = ()
