"""The tables of the exchange area (filled in by its issue's work)."""

from __future__ import annotations

from socialneet_desktop.db.model_base import RecordMixin

EXCHANGE_CLASSES: tuple[type[RecordMixin], ...] = ()
