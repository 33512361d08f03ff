"""The one table of what a record kind is: every facet of a kind, read by every module.

Each kind is declared once, in its own module of services/kinds/ (`KIND = RecordKind(...)`,
RecordKind in services/kind_facets.py); services/kinds/__init__.py lists them in order. Modules
ask this registry (`kind_by_key`, `all_kinds`, `listed_kinds`) instead of keeping a dict keyed
by the kind's string.

Models are named, not imported: the window is built from the registry before SQLAlchemy loads,
so nothing here or in services/kinds/ imports SQLAlchemy or db; `RecordKind.model` resolves the
name when a query needs it. A test adds a kind of its own with `registered(kind)`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from socialneet_desktop.services.kind_facets import RecordKind
from socialneet_desktop.services.kinds import KINDS

_KINDS: list[RecordKind] = list(KINDS)


def all_kinds() -> tuple[RecordKind, ...]:
    """Every kind, including those without a list of their own (people of the stakeholders)."""
    return tuple(_KINDS)


def listed_kinds() -> tuple[RecordKind, ...]:
    """The kinds of the window's navigation, in its order."""
    return tuple(kind for kind in _KINDS if kind.listed)


ALL_KINDS: tuple[RecordKind, ...] = all_kinds()
LISTED_KINDS: tuple[RecordKind, ...] = listed_kinds()
# The navigation list under its old name, re-exported for ui/main_window.py,
# ui/backup_dialogs.py, ui/views/history_view.py, ui/views/recycle_bin_dialog.py,
# cli/export.py, cli/info_demo.py and tools/screenshots.py (they mean the listed kinds).
RECORD_KINDS = LISTED_KINDS


def kind_by_key(key: str) -> RecordKind:
    """The kind `key` or one of its aliases ("organisations", "people"); KeyError if none."""
    for kind in _KINDS:
        if key == kind.key or key in kind.aliases:
            return kind
    raise KeyError(key)


def kind_of_model(model: type) -> RecordKind:
    """The kind whose records `model` holds (StopIteration if none)."""
    return next(kind for kind in _KINDS if kind.model is model)


def is_kind(key: str) -> bool:
    return any(key == kind.key or key in kind.aliases for kind in _KINDS)


class _KeysAndAliases(Mapping):
    """{every kind key and alias: the kind key}, e.g. "organisations": "organizations"."""

    def _pairs(self) -> dict[str, str]:
        return {name: kind.key for kind in _KINDS for name in (kind.key, *kind.aliases)}

    def __getitem__(self, name: str) -> str:
        return self._pairs()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._pairs())

    def __len__(self) -> int:
        return len(self._pairs())


KEYS_AND_ALIASES = _KeysAndAliases()


class ByKind(Mapping):
    """A read-only view `{kind key: facet}` over the registry, for code that asked a dict;
    `where` leaves out the kinds without the facet."""

    def __init__(
        self,
        facet: Callable[[RecordKind], Any],
        where: Callable[[RecordKind], bool] = lambda kind: True,
    ) -> None:
        self._facet, self._where = facet, where

    def _kinds(self) -> list[RecordKind]:
        return [kind for kind in _KINDS if self._where(kind)]

    def __getitem__(self, key: str) -> Any:
        kind = kind_by_key(key)
        if kind.key != key or not self._where(kind):
            raise KeyError(key)
        return self._facet(kind)

    def __iter__(self) -> Iterator[str]:
        return iter([kind.key for kind in self._kinds()])

    def __len__(self) -> int:
        return len(self._kinds())


@contextmanager
def registered(kind: RecordKind) -> Iterator[RecordKind]:
    """`kind` is in the registry inside the block (for a test), and gone after it."""
    if is_kind(kind.key):
        raise ValueError(f"record kind {kind.key!r} exists already")
    _KINDS.append(kind)
    try:
        yield kind
    finally:
        _KINDS.remove(kind)
