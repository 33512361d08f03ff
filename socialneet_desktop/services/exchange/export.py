"""Preparing a package: for a known device (what it has not acknowledged) or a full copy.

A full package ("a new laptop") is the whole change log plus, for the records older than the
change log (files made before migration 0009), one "*" row each with their current fields
and a zero clock. A package for a device that has acknowledged nothing yet is the same.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from socialneet_desktop.db import migrate, output_files
from socialneet_desktop.db.models import ErasureEntry, utc_now
from socialneet_desktop.db.models_exchange import ChangeLogEntry, Device, RecordTombstone
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services import record_kinds
from socialneet_desktop.services.exchange import clock, devices, package, values

CHANGE_COLUMNS = ("seq", "kind", "uuid", "field", "value", "clock", "user", "at", "operation")
UNKNOWN_DEVICE = QT_TRANSLATE_NOOP(
    "Exchange", "No device named %1 has exchanged packages with this database."
)
CHUNK = 2000


@dataclass(frozen=True)
class ExportReport:
    path: Path
    changes: int
    records: int
    full: bool
    target: str  # the device's name, "" for a full package


def export_package(
    session: Session,
    out: Path,
    passphrase: str,
    *,
    for_device: str | None = None,
    overwrite: bool = False,
    protected: tuple[Path, ...] = (),
) -> ExportReport:
    """Write the package for `for_device` (uuid or name; None: a full package) to `out`.

    `out` is refused if it exists (unless `overwrite`) or is one of the `protected` files."""
    out = output_files.check_output(out, "", protected=protected, overwrite=overwrite)
    package.check_passphrase(passphrase)
    target = find_device(session, for_device) if for_device else None
    peer = devices.peer(session, target.uuid) if target else None
    after = peer.acknowledged_seq if peer else 0
    older = peer is None or not peer.acknowledged_clock  # it never received from us
    made = build(session, after=after, target=target.uuid if target else "", older=older)
    data = package.encode(made, passphrase)
    with output_files.write_atomically(out) as part:
        part.write_bytes(data)
    if peer is not None:
        peer.sent_seq = max(peer.sent_seq, made.manifest["last_seq"])
        peer.sent_clock = made.manifest["clock_range"][1]
        peer.last_export_at = utc_now()
        session.flush()
    records = len({row[2] for row in made.changes})
    name = target.name if target else ""
    return ExportReport(out, len(made.changes), records, target is None, name)


def find_device(session: Session, wanted: str) -> Device:
    statement = select(Device).where(Device.is_this_device.is_(False))
    found = [d for d in session.scalars(statement) if wanted in (d.uuid, d.name)]
    if not found:
        raise package.PackageRefused(UNKNOWN_DEVICE, wanted)
    return found[0]


def build(
    session: Session, *, after: int = 0, target: str = "", older: bool = True
) -> package.Package:
    """The package of the log rows after `after`, with the records older than the change
    log when `older` (a full package, or a peer that never received anything from us)."""
    this = devices.this_device(session)
    changes = _older_records(session, this.uuid) if older else []
    log = ChangeLogEntry
    statement = select(
        log.id,
        log.kind,
        log.record_uuid,
        log.field,
        log.value,
        log.clock,
        log.user_name,
        log.at,
        log.operation,
    ).where(log.id > after)
    if target:
        statement = statement.where(log.clock_device != target)
    for row in session.execute(statement.order_by(log.id)).yield_per(CHUNK):
        changes.append([*row[:7], row[7].isoformat() if row[7] else None, row[8]])
    last_seq = session.scalar(select(func.max(log.id))) or 0
    clocks = [row[5] for row in changes]
    manifest = {
        "format_version": package.FORMAT_VERSION,
        "schema_revision": migrate.HEAD_REVISION,
        "source_device": {"uuid": this.uuid, "name": this.name},
        "target_device": target,
        "full": older and not after,
        "first_seq": after + 1,
        "last_seq": last_seq,
        "clock_range": [min(clocks, default=""), max(clocks, default="")],
        "made_at": utc_now().isoformat(),
    }
    made = package.Package(manifest, changes)
    made.erasures = _erasures(session)
    made.tombstones = _tombstones(session)
    made.knowledge = knowledge(session)
    made.received = _received(session)
    made.devices = {d.uuid: d.name for d in session.scalars(select(Device))}
    manifest["counts"] = {
        "changes": len(changes),
        "records": len({row[2] for row in changes}),
        "erasures": len(made.erasures),
        "tombstones": len(made.tombstones),
    }
    return made


def knowledge(session: Session) -> dict[str, str]:
    """The highest clock of each device this database's change log holds."""
    log = ChangeLogEntry
    statement = select(log.clock_device, func.max(log.clock)).group_by(log.clock_device)
    return {key: value for key, value in session.execute(statement)}


def _received(session: Session) -> dict[str, int]:
    from socialneet_desktop.db.models_exchange import ExchangePeer

    rows = session.execute(select(ExchangePeer.device_uuid, ExchangePeer.received_seq))
    return {key: value for key, value in rows}


def _older_records(session: Session, device: str) -> list[list]:
    """ "*" rows of the records that have none in the change log (older than it)."""
    connection = session.connection()
    zero = clock.zero(device).text
    logged = select(ChangeLogEntry.record_uuid).where(ChangeLogEntry.field == values.ALL_FIELDS)
    rows: list[list] = []
    for kind in record_kinds.all_kinds():
        shape = values.shape(kind)
        statement = select(shape.table.c.id).where(shape.table.c.uuid.not_in(logged))
        ids = list(connection.scalars(statement))
        for start in range(0, len(ids), CHUNK):
            records = values.read_records(connection, shape, ids[start : start + CHUNK])
            for record in records.values():
                whole = {name: record[name] for name in shape.fields}
                text = json.dumps(whole, ensure_ascii=False, sort_keys=True)
                rows.append([0, kind.key, record["uuid"], "*", text, zero, "", None, "create"])
    return rows


def _erasures(session: Session) -> list[dict]:
    return [
        {
            "record_uuid": row.record_uuid,
            "kind": row.kind,
            "erased_at": row.erased_at.isoformat(),
            "erased_by": row.erased_by,
            "reason": row.reason,
        }
        for row in session.scalars(select(ErasureEntry))
    ]


def _tombstones(session: Session) -> list[dict]:
    return [
        {
            "uuid": row.uuid,
            "kind": row.kind,
            "survivor_uuid": row.survivor_uuid,
            "merged_at": row.merged_at.isoformat(),
            "merged_by": row.merged_by,
        }
        for row in session.scalars(select(RecordTombstone))
    ]
