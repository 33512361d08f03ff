"""`socialneet exchange conflicts`: the open conflicts of the exchanges, one a line, then a
count line (registered by cli/exchange.py). Deciding them is the window's View > Conflicts….

Exit status: 0 (listed, none or some).
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import Any

from socialneet_desktop.db.database import Database
from socialneet_desktop.domain.italian_dates import date_text, datetime_text
from socialneet_desktop.i18n import Counts, fill, translate
from socialneet_desktop.services.exchange.conflict_review import ConflictLine, Side, open_conflicts
from socialneet_desktop.services.kind_facets import RecordKind
from socialneet_desktop.services.record_kinds import kind_by_key


def cli_conflicts(database: Database, arguments: argparse.Namespace) -> int:
    with database.read_session() as session:
        groups = open_conflicts(session)
    count = 0
    for group in groups:
        kind = kind_by_key(group.kind_key)
        title = translate("RecordKind", kind.singular)
        for line in group.lines:
            print(fill(translate("Cli", "#%1 %2 %3 — %4"), line.conflict_id, title, group.label,
                       _line_text(kind, line)))  # fmt: skip
            count += 1
    print(Counts.tr("%Ln open conflict(s) to review", None, count))
    return 0


def _line_text(kind: RecordKind, line: ConflictLine) -> str:
    field = field_title(kind, line.field)
    this = fill(translate("Cli", "this computer: %1"), _side(line.this))
    other = fill(translate("Cli", "other computer: %1"), _side(line.other))
    return fill(translate("Cli", "%1: %2; %3"), field, this, other)


def field_title(kind: RecordKind, name: str) -> str:
    """The field's column title ("Phone"), its name when no list shows it."""
    if name == "deleted_at":
        return translate("Cli", "in the recycle bin")
    column = kind.column_spec(name)
    return translate("Columns", column.title) if column is not None else name


def _side(side: Side) -> str:
    when = datetime_text(side.at) if side.at is not None else ""
    who = ", ".join(part for part in (side.device, side.user, when) if part)
    return fill(translate("Cli", "%1 (%2)"), value_text(side.shown), who)


def value_text(value: Any) -> str:
    """A conflict's value for a line of text: dates gg/mm/aaaa, yes/no, lists joined."""
    if value is None or value == "":
        return translate("Cli", "(empty)")
    if isinstance(value, bool):
        return translate("Cli", "yes") if value else translate("Cli", "no")
    if isinstance(value, list):
        return ", ".join(value_text(item) for item in value) or translate("Cli", "(none)")
    if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        return date_text(moment.date()) if len(value) == 10 else datetime_text(moment)
    if isinstance(value, date):
        return date_text(value)
    return str(value)
