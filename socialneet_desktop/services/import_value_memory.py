"""The value mappings of spreadsheet imports, remembered in the database between imports: the
office maps "M"/"F" or "Coop. sociale tipo B" once, per kind and column of its files, and the
next import offers the same choices (pre-filled and changeable; the CLI's --value wins).

Kept in the audit trail like the import batches (services.import_batches: no table of its
own, so no migration): every import that wrote its records adds one event of table
"import_values", its changes {"kind": [null, kind], "columns": [null, {folded column:
{"field": name, "values": {folded text: code}}}]}. The trail is append-only, so what is
remembered is the newest choice of each value: later events win, value by value; a column
mapped to another field starts again from that import's values.
"""

from __future__ import annotations

import json

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from socialneet_desktop.db.models import AuditEvent, new_uuid
from socialneet_desktop.domain.municipalities import fold
from socialneet_desktop.services.audit import event_values

TABLE = "import_values"
REMEMBERED = "remember"

Remembered = dict[str, dict]  # {folded column: {"field": name, "values": {folded: code}}}


def column_key(column: str) -> str:
    """ "Tipo Ente " -> "tipo ente": the same column of next month's copy of the file."""
    return " ".join(fold(column).split())


def remembered(session: Session, kind: str) -> Remembered:
    """What the earlier imports of `kind` into this database chose, newest choice winning."""
    events = session.scalars(
        select(AuditEvent.changes)
        .where(AuditEvent.table_name == TABLE, AuditEvent.action == REMEMBERED)
        .order_by(AuditEvent.id)
    )
    found: Remembered = {}
    for changes in events:
        payload = json.loads(changes or "{}")
        if payload.get("kind", [None, None])[1] != kind:
            continue
        for column, chosen in (payload.get("columns", [None, {}])[1] or {}).items():
            earlier = found.get(column)
            if earlier is None or earlier["field"] != chosen["field"]:
                earlier = found[column] = {"field": chosen["field"], "values": {}}
            earlier["values"].update(chosen["values"])
    return found


def values_for(memory: Remembered, column: str, field: str) -> dict[str, str]:
    """{folded text: code} remembered for `column` read into `field` (else none)."""
    chosen = memory.get(column_key(column))
    return dict(chosen["values"]) if chosen and chosen["field"] == field else {}


def remember(session: Session, plan, user: str) -> None:
    """Keep the values `plan` mapped (ImportPlan.values) for its columns, in `session`: the
    import's own transaction, so a failed import remembers nothing."""
    columns = {}
    for column, name in plan.mapping.items():
        if plan.values.get(name):
            columns[column_key(column)] = {"field": name, "values": dict(plan.values[name])}
    earlier = remembered(session, plan.kind)
    if all(_holds(earlier.get(column), chosen) for column, chosen in columns.items()):
        return  # the same choices as last time: nothing new to remember
    number = (
        session.scalar(select(func.max(AuditEvent.record_id)).where(AuditEvent.table_name == TABLE))
        or 0
    ) + 1
    values = event_values(TABLE, number, new_uuid(), REMEMBERED, {}, user)
    payload = {"kind": [None, plan.kind], "columns": [None, columns]}
    values["changes"] = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    session.execute(insert(AuditEvent), [values])


def _holds(earlier: dict | None, chosen: dict) -> bool:
    if earlier is None or earlier["field"] != chosen["field"]:
        return False
    return all(earlier["values"].get(text) == code for text, code in chosen["values"].items())
