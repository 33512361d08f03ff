"""The tables of the network area (filled in by its issue's work)."""

from __future__ import annotations

from socialneet_desktop.db.model_base import RecordMixin

NETWORK_CLASSES: tuple[type[RecordMixin], ...] = ()
