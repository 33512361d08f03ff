"""The writes of a merge: new records, changed fields, links, conflicts, the change log.

Records are written with SQLAlchemy Core in chunks (a full package of 100,000 contacts is a
few multi-row INSERTs per table, not one flush per record); each gets an audit event so its
history says who changed it, and the changes applied are logged with the clocks they came
with, so they travel on to the next device. Foreign keys and links arrive as uuids and are
turned into this database's ids; a record of a merged one goes to the survivor.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from socialneet_desktop.db.models import AuditEvent, NeetContact, Organization, utc_now
from socialneet_desktop.db.models_exchange import ChangeLogEntry, ExchangeConflict
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services import audit, duplicates
from socialneet_desktop.services.exchange import clock, merge, values

NOT_CREATED = QT_TRANSLATE_NOOP(
    "Exchange",
    "A record of %1 (%2) is not in this database and the package does not hold its creation.",
)
MISSING_LINK = QT_TRANSLATE_NOOP(
    "Exchange",
    "A record of %1 (%2) was not created: its field %3 names a record this database lacks.",
)
DUPLICATE_CHECK_LIMIT = 2000  # above, only the same tax code is looked for (one query)


class Writer:
    def __init__(self, session: Session, device: str) -> None:
        self.session = session
        self.connection = session.connection()
        self.device = device
        self.now = utc_now()
        self.log_rows: list[dict[str, Any]] = []
        self.pending: list[tuple[merge.Decision, list[merge.Incoming]]] = []
        self.survivors: dict[str, str] = {}
        self.relogs: list[dict[str, Any]] = []  # redirected changes, logged again under ours
        self.conflict_keys = set(
            tuple(row)
            for row in self.connection.execute(
                select(
                    ExchangeConflict.record_uuid,
                    ExchangeConflict.field,
                    ExchangeConflict.local_clock,
                    ExchangeConflict.incoming_clock,
                )
            )
        )

    # --- what is here ----------------------------------------------------------------------

    def local_state(self, shape: values.Shape, uuids: list[str]) -> dict[str, tuple]:
        """{uuid: (fields or None, latest clock per field, clocks held per field)}."""
        ids = values.ids_of(self.connection, shape.table, uuids)
        records = values.read_records(self.connection, shape, ids.values())
        by_uuid = {record["uuid"]: record for record in records.values()}
        log = ChangeLogEntry.__table__
        statement = select(log.c.record_uuid, log.c.field, log.c.clock).where(
            log.c.record_uuid.in_(uuids)
        )
        latest: dict[str, dict[str, str]] = defaultdict(dict)
        seen: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
        for uuid, name, stamp in self.connection.execute(statement):
            seen[uuid][name].add(stamp)
            if stamp > latest[uuid].get(name, ""):
                latest[uuid][name] = stamp
        return {
            uuid: (by_uuid.get(uuid), latest.get(uuid, {}), seen.get(uuid, {})) for uuid in uuids
        }

    def earlier_erasure(self, uuid: str, changes: list[merge.Incoming]) -> list[merge.Incoming]:
        """The erasure rows of `changes` earlier than this database's own erasure of the
        record, if it has one: erased on two devices, every device keeps the first."""
        log = ChangeLogEntry.__table__
        here = self.connection.scalar(
            select(func.min(log.c.clock)).where(
                log.c.record_uuid == uuid, log.c.operation == "erase"
            )
        )
        if here is None:
            return changes
        return [change for change in changes if change.clock < here]

    # --- one record ------------------------------------------------------------------------

    def apply(
        self,
        shape: values.Shape,
        decision: merge.Decision,
        here: dict | None,
        new: list[merge.Incoming],
        report,
    ) -> None:
        """One record's decision; new records wait for `create_pending` (one INSERT)."""
        if decision.create:
            if not any(change.field == values.ALL_FIELDS for change in new):
                report.refused += 1
                report.refusals.append((NOT_CREATED, (shape.kind.key, decision.uuid)))
                return
            self.pending.append((decision, new))
            return
        if decision.writes:
            self._update(shape, decision, here)
            report.updated += 1
        else:
            report.unchanged += 1
        for conflict in decision.conflicts:
            if self._conflict(shape, decision.uuid, conflict):
                report.conflicts += 1
        self.log_rows += [self._log_row(change) for change in new]
        self._relog(shape, decision)

    def _relog(self, shape: values.Shape, decision: merge.Decision) -> None:
        """What this device wrote otherwise than it came is logged again under a clock of its
        own, so that it travels back: a change of a merged record taken onto the survivor
        (the sender still has it on the merged record), and a link or reference to a merged
        record turned into one to its survivor (the sender still points to the merged one)."""
        for name, (value, change) in decision.writes.items():
            if name not in shape.fields:
                continue
            mapped = self._mapped(shape, name, value)
            if not change.redirected and mapped == value:
                continue
            operation = "link" if name in shape.links else "update"
            self.relogs.append(
                {
                    "kind": change.kind,
                    "record_uuid": decision.uuid,
                    "field": name,
                    "value": json.dumps(mapped, ensure_ascii=False, sort_keys=True),
                    "user_name": (change.user or "")[:80],
                    "at": self.now,
                    "operation": operation,
                }
            )

    def _mapped(self, shape: values.Shape, name: str, value: Any) -> Any:
        """`value` with the merged records it names replaced by their survivors."""
        if not self.survivors or not value:
            return value
        if name in shape.references and isinstance(value, str):
            return self.survivor(value)
        if name in shape.links and isinstance(value, list):
            mapped = sorted({self.survivor(uuid) for uuid in value})
            return value if mapped == sorted(set(value)) else mapped
        return value

    def create_pending(self, shape: values.Shape, report) -> None:
        """Insert the new records of a chunk: foreign keys looked up together, one INSERT."""
        pending, self.pending = self.pending, []
        if not pending:
            return
        wanted: dict[str, set[str]] = defaultdict(set)
        for decision, _new in pending:
            for name in shape.references:
                uuid = decision.writes.get(name, (None, None))[0]
                if uuid is not None:
                    wanted[name].add(self.survivor(uuid))
        found = {
            name: values.ids_of(self.connection, shape.references[name], uuids)
            for name, uuids in wanted.items()
        }
        rows, kept = [], []
        for decision, new in pending:
            row = self._new_row(shape, decision, found, report)
            if row is not None:
                rows.append(row)
                kept.append((decision, new))
        if not rows:
            return
        alike: dict[tuple, list[dict]] = defaultdict(list)  # an older device's rows lack columns
        for row in rows:
            alike[tuple(sorted(row))].append(row)
        for group in alike.values():  # executemany: no RETURNING, row by row on SQLite
            self.connection.execute(insert(shape.table), group)
        made = values.ids_of(self.connection, shape.table, [row["uuid"] for row in rows])
        ids = [made[row["uuid"]] for row in rows]
        self._new_links(shape, ids, [decision for decision, _new in kept])
        events = []
        for new_id, row, (decision, new) in zip(ids, rows, kept, strict=True):
            events.append(
                audit.event_values(
                    shape.table.name, new_id, decision.uuid, "create", {}, row["updated_by"]
                )
            )
            report.new_records.append((shape.kind.key, new_id))
            self.log_rows += [self._log_row(change) for change in new]
            self._relog(shape, decision)
        self.connection.execute(insert(AuditEvent), events)
        report.created += len(ids)

    def _new_links(self, shape: values.Shape, ids: list[int], decisions: list) -> None:
        """The link-table rows of new records, looked up and inserted together."""
        for name, link in shape.links.items():
            wanted = {
                self.survivor(uuid)
                for decision in decisions
                for uuid in (decision.writes.get(name, (None, None))[0] or [])
            }
            found = values.ids_of(self.connection, link.target, wanted)
            rows = [
                {link.own.key: new_id, link.other.key: found[other]}
                for new_id, decision in zip(ids, decisions, strict=True)
                for other in {
                    self.survivor(uuid) for uuid in decision.writes.get(name, (None, None))[0] or []
                }
                if other in found
            ]
            if rows:
                self.connection.execute(insert(link.table), rows)

    def _new_row(self, shape: values.Shape, decision: merge.Decision, found, report):
        row = {"uuid": decision.uuid, "version": 1, "updated_at": self.now}
        user = ""
        for name, (value, change) in decision.writes.items():
            user = change.user or user
            if name in shape.links:
                continue
            column = shape.columns[name]
            if name in shape.references:
                wanted = value
                value = found.get(name, {}).get(self.survivor(value)) if value else None
                if value is None and wanted is not None and not column.nullable:
                    report.refused += 1
                    report.refusals.append((MISSING_LINK, (shape.kind.key, decision.uuid, name)))
                    return None
            else:
                value = values.decode(column, value)
            row[name] = value
        row["updated_by"] = user[:80]
        return row

    def survivor(self, uuid: str) -> str:
        """The record a link to a merged record goes to."""
        from socialneet_desktop.services.exchange.apply import survivor

        return survivor(uuid, self.survivors) if self.survivors else uuid

    def _update(self, shape: values.Shape, decision: merge.Decision, here: dict) -> None:
        record_id = values.ids_of(self.connection, shape.table, [decision.uuid])[decision.uuid]
        columns: dict[str, Any] = {}
        user = ""
        for name, (value, change) in decision.writes.items():
            user = change.user or user
            if name in shape.links:
                self._set_link(shape.links[name], record_id, value)
            elif name in shape.references:
                columns[name] = self._id_of(shape.references[name], value)
            else:
                columns[name] = values.decode(shape.columns[name], value)
        table = shape.table
        self.connection.execute(
            update(table)
            .where(table.c.id == record_id)
            .values(
                **columns,
                version=table.c.version + 1,
                updated_at=self.now,
                updated_by=user[:80],
            )
        )
        changes = {name: (here.get(name), value) for name, (value, _c) in decision.writes.items()}
        self._audit(shape, record_id, decision.uuid, "update", changes, user)

    def _id_of(self, table, uuid: str | None) -> int | None:
        if uuid is None:
            return None
        uuid = self.survivor(uuid)
        return values.ids_of(self.connection, table, [uuid]).get(uuid)

    def _set_link(
        self, link: values.Link, record_id: int, uuids: list[str] | None, *, fresh: bool = False
    ) -> None:
        if not fresh:
            self.connection.execute(delete(link.table).where(link.own == record_id))
        wanted = {self.survivor(uuid) for uuid in uuids or []}
        ids = values.ids_of(self.connection, link.target, wanted)
        rows = [{link.own.key: record_id, link.other.key: other} for other in ids.values()]
        if rows:
            self.connection.execute(insert(link.table), rows)

    def _audit(self, shape, record_id: int, uuid: str, action: str, changes, user: str) -> None:
        row = audit.event_values(shape.table.name, record_id, uuid, action, changes, user[:80])
        self.connection.execute(insert(AuditEvent), [row])

    def _conflict(self, shape: values.Shape, uuid: str, conflict: merge.Conflict) -> bool:
        key = (uuid, conflict.field, conflict.local_clock, conflict.incoming_clock)
        if key in self.conflict_keys:
            return False
        self.conflict_keys.add(key)
        local_user, local_at = self._who(uuid, conflict.local_clock)
        incoming = conflict.incoming
        self.connection.execute(
            insert(ExchangeConflict.__table__),
            [
                {
                    "kind": shape.kind.key,
                    "record_uuid": uuid,
                    "field": conflict.field,
                    "reason": conflict.reason,
                    "local_value": json.dumps(conflict.local_value, ensure_ascii=False),
                    "local_clock": conflict.local_clock,
                    "local_device": _device(conflict.local_clock),
                    "local_user": local_user,
                    "local_at": local_at,
                    "incoming_value": json.dumps(conflict.incoming_value, ensure_ascii=False),
                    "incoming_clock": conflict.incoming_clock,
                    "incoming_device": _device(conflict.incoming_clock),
                    "incoming_user": incoming.user if incoming else "",
                    "incoming_at": _when(incoming.at) if incoming else None,
                    "applied": conflict.applied,
                    "status": "open",
                    "resolved_by": "",
                    "created_at": self.now,
                }
            ],
        )
        return True

    def _who(self, uuid: str, stamp: str) -> tuple[str, datetime | None]:
        log = ChangeLogEntry.__table__
        row = self.connection.execute(
            select(log.c.user_name, log.c.at).where(log.c.record_uuid == uuid, log.c.clock == stamp)
        ).first()
        return (row[0], row[1]) if row else ("", None)

    def _log_row(self, change: merge.Incoming) -> dict[str, Any]:
        parts = clock.Clock.parse(change.clock)
        return {
            "kind": change.kind,
            "record_uuid": change.uuid,
            "field": change.field,
            "value": change.value,
            **parts.columns(),
            "user_name": (change.user or "")[:80],
            "at": _when(change.at) or self.now,
            "operation": change.operation,
        }

    def finish(self, report) -> None:
        """The change log's rows of everything received (winners and losers alike: a
        device's log holds every change it has seen, so the next one gets them too)."""
        table = ChangeLogEntry.__table__
        for start in range(0, len(self.log_rows), 1000):
            self.connection.execute(insert(table), self.log_rows[start : start + 1000])
        self.log_rows = []
        if self.relogs:  # after the rows received: their clocks are later than all of them
            stamps = clock.new_clocks(self.connection, self.device, len(self.relogs))
            pairs = zip(self.relogs, stamps, strict=True)
            rows = [{**row, **stamp.columns()} for row, stamp in pairs]
            self.connection.execute(insert(table), rows)
        self.relogs = []


def _device(stamp: str) -> str:
    return stamp.split(".", 2)[2] if stamp.count(".") >= 2 else ""


def _when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def duplicates_among(session: Session, new_records: list[tuple[str, int]]) -> int:
    """How many of the records that came in may be duplicates (the duplicate rules of
    services.duplicates: same codice fiscale, or similar name and the same birth date)."""
    contacts = [i for kind, i in new_records if kind == "contacts"]
    organizations = [i for kind, i in new_records if kind == "organizations"]
    if len(contacts) + len(organizations) > DUPLICATE_CHECK_LIMIT:
        return _same_tax_code(session, NeetContact, contacts) + _same_tax_code(
            session, Organization, organizations
        )
    found = 0
    for contact in _load(session, NeetContact, contacts):
        matches = duplicates.possible_duplicate_contacts(
            session,
            tax_code=contact.tax_code or "",
            last_name=contact.last_name or "",
            first_name=contact.first_name or "",
            birth_date=contact.birth_date,
            exclude_id=contact.id,
        )
        found += bool(matches)
    for organization in _load(session, Organization, organizations):
        matches = duplicates.possible_duplicate_organizations(
            session,
            tax_code=organization.tax_code or "",
            vat_number=organization.vat_number or "",
            name=organization.name or "",
            municipality_code=organization.municipality_code or "",
            exclude_id=organization.id,
        )
        found += bool(matches)
    return found


def _load(session: Session, model, ids: list[int]) -> list:
    found = []
    for start in range(0, len(ids), 500):
        statement = select(model).where(model.id.in_(ids[start : start + 500]))
        found += list(session.scalars(statement.where(model.deleted_at.is_(None))))
    return found


def _same_tax_code(session: Session, model, ids: list[int]) -> int:
    if not ids:
        return 0
    codes = (
        select(model.tax_code)
        .where(model.tax_code != "", model.deleted_at.is_(None))
        .group_by(model.tax_code)
        .having(func.count() > 1)
    )
    statement = select(func.count()).where(model.tax_code.in_(codes), model.id.in_(ids[:30000]))
    return int(session.scalar(statement.select_from(model)) or 0)
