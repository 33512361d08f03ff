"""The merge of one record: per field the later clock wins; concurrent changes are conflicts.

Two changes of a field are concurrent when neither side had seen the other's: the sender's
knowledge (the highest clock of each device its log holds) does not reach the local change,
and the local log did not hold the incoming one. A hybrid logical clock of a change made
after receiving another is always later than it, so "seen" is "covered by the knowledge".
A zero clock (a record older than the change log) is never concurrent with anything.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from socialneet_desktop.services.exchange import clock, values
from socialneet_desktop.services.exchange.change_log import MERGED

DELETED = "deleted_at"


@dataclass
class Incoming:
    """A change of the package (a row of export.CHANGE_COLUMNS)."""

    seq: int
    kind: str
    uuid: str
    field: str
    value: str  # JSON
    clock: str
    user: str
    at: str | None
    operation: str
    redirected: bool = False  # a change of a merged record the merge had not seen

    @property
    def device(self) -> str:
        return self.clock.split(".", 2)[2]


@dataclass
class Conflict:
    field: str
    reason: str  # field | deleted
    local_value: Any
    local_clock: str
    incoming_value: Any
    incoming: Incoming | None
    incoming_clock: str
    applied: str  # local | incoming


@dataclass
class Decision:
    """What to do with one record: the fields to write, the conflicts to record."""

    uuid: str
    create: bool = False
    writes: dict[str, tuple[Any, Incoming]] = field(default_factory=dict)  # field -> value
    unchanged: bool = True
    conflicts: list[Conflict] = field(default_factory=list)


def fields_of(shape: values.Shape, changes: list[Incoming]) -> dict[str, tuple[Any, Incoming]]:
    """The latest incoming value of each field ("*" rows give every field their clock)."""
    latest: dict[str, tuple[Any, Incoming]] = {}
    for change in sorted(changes, key=lambda c: c.clock):
        value = json.loads(change.value)
        if change.field == values.ALL_FIELDS:
            for name in shape.fields:
                if isinstance(value, dict) and name in value:
                    latest[name] = (value[name], change)
        elif change.field in shape.fields:
            latest[change.field] = (value, change)
    return latest


def concurrent(local_clock: str, knowledge: dict[str, str]) -> bool:
    """Whether the sender had not seen the local change `local_clock`."""
    if not local_clock or local_clock.startswith("0" * clock.WALL_DIGITS):
        return False
    device = local_clock.split(".", 2)[2]
    return knowledge.get(device, "") < local_clock


def decide(
    shape: values.Shape,
    uuid: str,
    changes: list[Incoming],
    local: dict[str, Any] | None,
    local_clocks: dict[str, str],
    knowledge: dict[str, str],
    this_device: str,
) -> Decision:
    """The decision for one record: `local` its current fields (None: not here),
    `local_clocks` the latest local clock of each field ("*" for its creation)."""
    incoming = fields_of(shape, changes)
    decision = Decision(uuid)
    if local is None:
        decision.create, decision.unchanged = True, False
        decision.writes = incoming
        return decision
    base = local_clocks.get(values.ALL_FIELDS) or clock.zero(this_device).text
    for name, (value, change) in incoming.items():
        mine = max(local_clocks.get(name, ""), base)
        if change.clock == mine:
            continue
        differs = value != local.get(name)
        if change.clock > mine and differs:
            decision.writes[name] = (value, change)
            decision.unchanged = False
        if differs and change.field != values.ALL_FIELDS and concurrent(mine, knowledge):
            applied = "incoming" if change.clock > mine else "local"
            decision.conflicts.append(
                Conflict(name, "field", local.get(name), mine, value, change, change.clock, applied)
            )
    _edit_against_deletion(decision, local, local_clocks, incoming, knowledge)
    return decision


def _edit_against_deletion(
    decision: Decision,
    local: dict[str, Any],
    local_clocks: dict[str, str],
    incoming: dict[str, tuple[Any, Incoming]],
    knowledge: dict[str, str],
) -> None:
    """An edit on one side of what the other deleted is always a conflict (the later
    deleted_at stands; the person may restore)."""
    if any(c.field == DELETED for c in decision.conflicts):
        return
    edits = [c for name, (_v, c) in incoming.items() if name != DELETED and c.field != "*"]
    deleted_here = local.get(DELETED) is not None
    here_clock = local_clocks.get(DELETED, "")
    if deleted_here and edits and concurrent(here_clock, knowledge):
        final = decision.writes.get(DELETED, (local.get(DELETED), None))[0]
        applied = "local" if final is not None else "incoming"
        decision.conflicts.append(
            Conflict(
                DELETED, "deleted", local[DELETED], here_clock, None, edits[-1],
                edits[-1].clock, applied,
            )
        )  # fmt: skip
        return
    wanted = incoming.get(DELETED)
    if wanted is None or wanted[0] is None or deleted_here or DELETED not in decision.writes:
        return
    edited_here = [
        clock_text
        for name, clock_text in local_clocks.items()
        if name not in (DELETED, values.ALL_FIELDS, MERGED) and concurrent(clock_text, knowledge)
    ]
    if edited_here:
        decision.conflicts.append(
            Conflict(
                DELETED, "deleted", None, max(edited_here), wanted[0], wanted[1],
                wanted[1].clock, "incoming",
            )
        )  # fmt: skip


def forced(shape: values.Shape, uuid: str, changes: list[Incoming], local: dict | None) -> Decision:
    """An erased record: the erasure's own row is taken whatever the clocks (every device
    ends with the record as the erasure left it), no conflict; erased on two devices, the
    first erasure counts everywhere."""
    incoming = fields_of(shape, sorted(changes, key=lambda c: c.clock)[:1])  # the first
    decision = Decision(uuid, create=local is None)
    decision.writes = {
        name: pair for name, pair in incoming.items() if local is None or local.get(name) != pair[0]
    }
    decision.unchanged = not decision.writes
    return decision


def without_erased_text(
    shape: values.Shape, changes: list[Incoming], local: dict | None, erased: set[str]
) -> list[Incoming]:
    """The changes of a record of an erased person (a visit, a placement) without the free
    text the erasure cleared (the kind's erased_fields): it must not come back."""
    person_fields = [name for name, table in shape.references.items() if _is_people(table)]
    fields = set(shape.kind.erased_fields)
    if not person_fields or not fields:
        return changes
    kept = []
    for change in changes:
        value = json.loads(change.value) if change.field == values.ALL_FIELDS else None
        owner = {(local or {}).get(name) for name in person_fields}
        owner |= {value.get(name) for name in person_fields} if isinstance(value, dict) else set()
        if not owner & erased:
            kept.append(change)
        elif change.field == values.ALL_FIELDS and isinstance(value, dict):
            value.update({name: "" for name in fields if name in value})
            change.value = json.dumps(value, ensure_ascii=False, sort_keys=True)
            kept.append(change)
        elif change.field not in fields:
            kept.append(change)
    return kept


def _is_people(table) -> bool:
    from socialneet_desktop.services import record_kinds

    return table is record_kinds.kind_by_key("contacts").model.__table__
