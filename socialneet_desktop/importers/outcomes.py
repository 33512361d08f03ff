"""What the import found for every row (`RowOutcome`) and the whole report (`ImportReport`).

The report keeps counts in memory and the outcomes in a spool: an anonymous temporary file
(on POSIX it has no name at all; on Windows the system deletes it when it is closed, also
when the program is killed), one pickled chunk after the other. So a report of a million
rows costs a few bytes of memory per chunk, and still lists every row: `rows`, `rejected`,
`duplicates` read them back. An outcome's `action` is what the write did with it; it is
derived from the status and the duplicates policy once the report is `written`.
"""

from __future__ import annotations

import pickle
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from socialneet_desktop.importers.conversion import Issue

SKIP, UPDATE, ADD = "skip", "update", "add"
DUPLICATE_POLICIES = (SKIP, UPDATE, ADD)
ACCEPTED, REJECTED, DUPLICATE = "accepted", "rejected", "duplicate"


@dataclass
class RowOutcome:
    number: int  # row in the source file
    status: str  # accepted, rejected, duplicate
    label: str
    values: dict[str, Any]
    file_values: dict[str, Any]  # the values that came from the file, not from defaults
    issues: list[Issue] = field(default_factory=list)
    duplicate_of: int | None = None  # id of the existing record
    action: str = ""  # after writing: created, updated, skipped
    same_as: int | None = None  # the earlier row of the file this one repeats


def action_of(row: RowOutcome, policy: str) -> str:
    """What writing does with `row` under the duplicates `policy`."""
    if row.status == ACCEPTED or (row.status == DUPLICATE and policy == ADD):
        return "created"
    if row.status == DUPLICATE and policy == UPDATE and row.duplicate_of:
        return "updated"
    return "skipped" if row.status == DUPLICATE else ""


class SpooledRows:
    """Outcomes of a report read back from its spool, those `wanted` keeps (all when None):
    len() from the report's counts, iteration, indexing; like the list it replaces."""

    def __init__(self, report: ImportReport, size: int, wanted=None) -> None:
        self.report, self.size, self.wanted = report, size, wanted

    def __len__(self) -> int:
        return self.size

    def __bool__(self) -> bool:
        return self.size > 0

    def __iter__(self) -> Iterator[RowOutcome]:
        if not self.size:
            return
        for chunk in self.report.chunks():
            yield from (row for row in chunk if self.wanted is None or self.wanted(row))

    def __getitem__(self, index):
        if isinstance(index, int) and index >= 0:
            for position, row in enumerate(self):
                if position == index:
                    return row
            raise IndexError(index)
        return list(self)[index]


@dataclass
class ImportReport:
    source: Path
    kind: str
    duplicates_policy: str
    written: bool = False
    totals: Counter = field(default_factory=Counter)  # rows by status
    warned: int = 0  # rows not rejected that have issues
    linked: int = 0  # duplicates of a stored record (updated under the "update" policy)
    batch_id: int | None = None  # once written: the import's batch (services.import_batches)
    _spool: Any = field(default=None, repr=False)
    _chunks: list[tuple[int, int]] = field(default_factory=list, repr=False)  # offset, size

    def add(self, outcomes: list[RowOutcome]) -> None:
        """Spool one chunk of outcomes, in the order of the file."""
        if not outcomes:
            return
        if self._spool is None:
            self._spool = tempfile.TemporaryFile(prefix="socialneet-import-")  # noqa: SIM115 - closed by close()
        data = pickle.dumps(outcomes, protocol=pickle.HIGHEST_PROTOCOL)
        self._spool.seek(0, 2)
        self._chunks.append((self._spool.tell(), len(data)))
        self._spool.write(data)
        for row in outcomes:
            self.totals[row.status] += 1
            self.warned += row.status != REJECTED and bool(row.issues)
            self.linked += row.status == DUPLICATE and bool(row.duplicate_of)

    def chunks(self) -> Iterator[list[RowOutcome]]:
        """The spooled chunks in order; each row's action filled in when written."""
        for offset, size in self._chunks:
            self._spool.seek(offset)
            rows = pickle.loads(self._spool.read(size))
            for row in rows:
                row.action = action_of(row, self.duplicates_policy) if self.written else ""
            yield rows

    def close(self) -> None:
        if self._spool is not None:
            self._spool.close()

    @property
    def rows(self) -> SpooledRows:
        return SpooledRows(self, sum(self.totals.values()))

    def having(self, status: str) -> SpooledRows:
        return SpooledRows(self, self.totals[status], lambda row: row.status == status)

    @property
    def accepted(self) -> SpooledRows:
        return self.having(ACCEPTED)

    @property
    def rejected(self) -> SpooledRows:
        return self.having(REJECTED)

    @property
    def duplicates(self) -> SpooledRows:
        return self.having(DUPLICATE)

    @property
    def warnings(self) -> SpooledRows:
        return SpooledRows(self, self.warned, lambda row: row.status != REJECTED and row.issues)

    def total(self, status: str) -> int:
        """How many rows have `status` (len(report.rejected) without reading them back)."""
        return self.totals[status]

    def to_write(self) -> int:
        """Rows the import would create or update under its duplicates policy."""
        duplicates = self.totals[DUPLICATE] if self.duplicates_policy != SKIP else 0
        return self.totals[ACCEPTED] + duplicates

    def count(self, action: str) -> int:
        """Rows created, updated or skipped by the write (0 before it, or after a failure)."""
        if not self.written:
            return 0
        duplicates, policy = self.totals[DUPLICATE], self.duplicates_policy
        updated = self.linked if policy == UPDATE else 0
        return {
            "created": self.totals[ACCEPTED] + (duplicates if policy == ADD else 0),
            "updated": updated,
            "skipped": 0 if policy == ADD else duplicates - updated,
        }.get(action, 0)
