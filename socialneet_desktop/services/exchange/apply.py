"""Receiving a package: checked, then merged in one transaction, idempotent.

`import_package(session or database, path, passphrase) -> ImportReport` is the one entry the
window and the command call. Order: the erasure register first (an erased person stays
erased: their incoming changes are dropped and counted), the tombstones (an edit of a
merged record that the merging device had not seen goes to the record that survived as well,
following chains; the merge's own rows say what it had seen), then the changes, record
by record (services.exchange.merge), then the duplicate rules on the records that came in.
Nothing is written when the package is refused; a failure half-way rolls everything back.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from socialneet_desktop.db import migrate
from socialneet_desktop.db.database import Database
from socialneet_desktop.db.models import ErasureEntry, utc_now
from socialneet_desktop.db.models_exchange import ChangeLogEntry, RecordTombstone
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services import erasure_register, record_kinds
from socialneet_desktop.services.exchange import (
    apply_writes,
    change_log,
    clock,
    devices,
    merge,
    package,
    values,
)

NEWER_SCHEMA = QT_TRANSLATE_NOOP(
    "Exchange",
    "The package %1 comes from a newer version of SocialNEET (database revision %2): update "
    "this program first, then receive it again.",
)
FROM_ITSELF = QT_TRANSLATE_NOOP(
    "Exchange", "The package %1 was prepared by this database: it has nothing new for it."
)
UNKNOWN_KIND = QT_TRANSLATE_NOOP(
    "Exchange", "Records of a kind this version does not know (%1): update this program."
)
CHUNK = 500
MOVED = ("update", "link")  # a merged record's changes that go to the survivor as well
ACKNOWLEDGED = "acknowledged"  # a peer's acknowledged_clock once it has received from us


@dataclass
class ImportReport:
    source: str  # the device's name
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    refused: int = 0
    erased_dropped: int = 0
    redirected: int = 0
    duplicates: int = 0
    refusals: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    new_records: list[tuple[str, int]] = field(default_factory=list)  # (kind key, id)


def import_package(target: Session | Database, path: Path, passphrase: str) -> ImportReport:
    """Merge the package at `path` into the database (a Session: in its transaction)."""
    received = package.read(Path(path), passphrase)
    if isinstance(target, Database):
        with target.session() as session:
            return merge_package(session, received, Path(path).name)
    return merge_package(target, received, Path(path).name)


def merge_package(session: Session, received: package.Package, name: str) -> ImportReport:
    manifest = received.manifest
    _check(session, manifest, name)
    connection = session.connection()
    connection.info[change_log.APPLYING] = True
    try:
        return _merge(session, received)
    finally:
        connection.info.pop(change_log.APPLYING, None)


def _check(session: Session, manifest: dict, name: str) -> None:
    revision = str(manifest.get("schema_revision", ""))
    if revision not in migrate.KNOWN_REVISIONS:
        raise package.PackageRefused(NEWER_SCHEMA, name, revision)
    source = manifest.get("source_device", {}).get("uuid", "")
    if source == devices.this_device(session).uuid:
        raise package.PackageRefused(FROM_ITSELF, name)


def _merge(session: Session, received: package.Package) -> ImportReport:
    manifest = received.manifest
    source = manifest["source_device"]
    report = ImportReport(source.get("name", ""))
    this = devices.this_device(session).uuid
    for uuid, device_name in received.devices.items():
        if uuid != this:
            devices.remember(session, uuid, device_name)
    erased = _erasures(session, received.erasures)
    survivors = _tombstones(session, received.tombstones)
    merges = _merge_knowledge(session, received.changes, survivors)
    grouped = _grouped(received.changes, survivors, merges, erased, report)
    writer = apply_writes.Writer(session, this)
    writer.survivors = survivors
    for kind_key in _kinds_in_order(grouped):
        shape = values.shape(record_kinds.kind_by_key(kind_key))
        _merge_kind(writer, shape, grouped[kind_key], erased, received.knowledge, report)
    writer.finish(report)
    _acknowledge(session, received, this)
    report.duplicates = apply_writes.duplicates_among(session, report.new_records)
    session.flush()
    return report


def _erasures(session: Session, entries: list[dict]) -> set[str]:
    known = set(session.scalars(select(ErasureEntry.record_uuid)))
    new = [
        erasure_register.Erased(
            e["record_uuid"], e["kind"], datetime.fromisoformat(e["erased_at"]),
            e["erased_by"], e["reason"], True,
        )
        for e in entries
        if e["record_uuid"] not in known
    ]  # fmt: skip
    if new:
        erasure_register.erase_in(session, new)
        for entry in new:
            change_log.scrub(session.connection(), entry.record_uuid)
    return known | {entry.record_uuid for entry in new}


def _tombstones(session: Session, entries: list[dict]) -> dict[str, str]:
    for entry in entries:
        if session.get(RecordTombstone, entry["uuid"]) is None:
            session.add(
                RecordTombstone(
                    uuid=entry["uuid"],
                    kind=entry["kind"],
                    survivor_uuid=entry["survivor_uuid"],
                    merged_at=datetime.fromisoformat(entry["merged_at"]),
                    merged_by=entry["merged_by"],
                )
            )
    session.flush()
    rows = session.execute(select(RecordTombstone.uuid, RecordTombstone.survivor_uuid))
    return {key: value for key, value in rows}


def _merge_knowledge(
    session: Session, rows: list[list], survivors: dict[str, str]
) -> dict[str, dict[str, str]]:
    """{merged uuid: the merging device's knowledge at the merge} from the merges' own rows
    (change_log.write_merge), those of the package and those this log holds."""
    log = ChangeLogEntry
    found = [
        (row[2], row[4]) for row in rows if row[3] == change_log.MERGED and row[2] in survivors
    ]
    statement = select(log.record_uuid, log.value).where(log.field == change_log.MERGED)
    found += list(session.execute(statement))
    merges = {}
    for uuid, text in found:
        knowledge = change_log.merge_knowledge(text)
        if knowledge is not None:
            merges[uuid] = knowledge
    return merges


def seen_at_merge(change: merge.Incoming, knowledge: dict[str, str] | None) -> bool:
    """Whether the device that merged the record had this change of it when it merged (then
    it applies to the merged record itself: its creation, the merge's own deletion). A
    merge older than its knowledge row is taken as having seen nothing."""
    if knowledge is None:
        return False
    if change.clock.startswith("0" * clock.WALL_DIGITS):
        return True  # a record older than the change log: there before any merge
    return change.clock <= knowledge.get(change.device, "")


def _target(change: merge.Incoming, survivors: dict, merges: dict) -> str:
    """The record a change goes to: a merged record's survivor for what the merge had not
    seen, following merges one after the other."""
    uuid, hops = change.uuid, set()
    while uuid in survivors and uuid not in hops and not seen_at_merge(change, merges.get(uuid)):
        hops.add(uuid)
        uuid = survivors[uuid]
    return uuid


def survivor(uuid: str, survivors: dict[str, str]) -> str:
    """The record a merged record's changes go to (a chain of merges followed to its end;
    two devices that merged the same two records each into the other: the lesser uuid, the
    same on every device)."""
    chain = [uuid]
    while uuid in survivors:
        uuid = survivors[uuid]
        if uuid in chain:
            return min(chain[chain.index(uuid) :])
        chain.append(uuid)
    return uuid


def _grouped(
    rows: list[list], survivors: dict[str, str], merges: dict, erased: set, report: ImportReport
) -> dict[str, dict[str, list[merge.Incoming]]]:
    grouped: dict[str, dict[str, list[merge.Incoming]]] = defaultdict(lambda: defaultdict(list))
    unknown = set()
    for row in rows:
        change = merge.Incoming(*row)
        if not record_kinds.is_kind(change.kind):
            unknown.add(change.kind)
            continue
        grouped[change.kind][change.uuid].append(change)
        moved = change.operation in MOVED and change.uuid not in erased
        target = _target(change, survivors, merges) if moved else change.uuid
        if target != change.uuid:  # the merged record keeps it too: it is the same everywhere
            report.redirected += 1
            grouped[change.kind][target].append(replace(change, uuid=target, redirected=True))
    for kind in sorted(unknown):
        report.refused += 1
        report.refusals.append((UNKNOWN_KIND, (kind,)))
    return grouped


def _kinds_in_order(grouped: dict) -> list[str]:
    """Kinds in the order their tables depend on one another (organisations before people)."""
    order = {table.name: n for n, table in enumerate(values.kinds_metadata().sorted_tables)}
    keys = list(grouped)
    return sorted(keys, key=lambda key: order[record_kinds.kind_by_key(key).table_name])


def _merge_kind(
    writer: apply_writes.Writer,
    shape: values.Shape,
    records: dict[str, list[merge.Incoming]],
    erased: set[str],
    knowledge: dict[str, str],
    report: ImportReport,
) -> None:
    for uuid in [uuid for uuid in records if uuid in erased]:
        kept = [change for change in records[uuid] if change.operation == "erase"]
        if len(kept) < len(records[uuid]):
            report.erased_dropped += 1
        records[uuid] = kept
    uuids = [uuid for uuid in records if records[uuid]]
    for start in range(0, len(uuids), CHUNK):
        chunk = uuids[start : start + CHUNK]
        local = writer.local_state(shape, chunk)
        for uuid in chunk:
            here, clocks, seen = local.get(uuid, (None, {}, set()))
            new = [c for c in records[uuid] if c.clock not in seen.get(c.field, set())]
            if erased:
                new = merge.without_erased_text(shape, new, here, erased)
            if not new:
                report.unchanged += 1
                continue
            if uuid in erased:
                new = writer.earlier_erasure(uuid, new)
                decision = merge.forced(shape, uuid, new, here)
            else:
                decision = merge.decide(shape, uuid, new, here, clocks, knowledge, writer.device)
            if uuid in writer.survivors:  # merged away: its conflicts are the survivor's
                decision.conflicts = []
            writer.apply(shape, decision, here, new, report)
        writer.create_pending(shape, report)


def _acknowledge(session: Session, received: package.Package, this: str) -> None:
    manifest = received.manifest
    peer = devices.peer(session, manifest["source_device"]["uuid"])
    follows = int(manifest.get("first_seq", 1)) <= peer.received_seq + 1
    if follows and manifest["last_seq"] > peer.received_seq:
        peer.received_seq = manifest["last_seq"]
        peer.received_clock = manifest["clock_range"][1] or peer.received_clock
    if this in received.received:  # the peer has received from us: up to which row
        acknowledged = int(received.received[this])
        peer.acknowledged_seq = max(peer.acknowledged_seq, acknowledged)
        peer.acknowledged_clock = peer.acknowledged_clock or ACKNOWLEDGED
    peer.last_import_at = utc_now()
    session.flush()
