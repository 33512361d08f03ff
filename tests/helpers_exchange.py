"""Databases that exchange packages, for the exchange tests (issue 21)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, update

from socialneet_desktop.db.database import Database, open_database
from socialneet_desktop.db.models_exchange import Device, ExchangeConflict
from socialneet_desktop.services import record_kinds
from socialneet_desktop.services.exchange import apply, devices, export, values

PASSPHRASE = "una frase lunga per lo scambio"


def migrated_template(folder: Path) -> Path:
    """An empty migrated file, copied for each device (migrating once per test is slow)."""
    path = folder / "template.sqlite"
    if not path.exists():
        database = open_database(path)
        database.close()
    return path


def new_device(template: Path, path: Path, name: str) -> Database:
    """A copy of the template with a device identity of its own, named `name`."""
    shutil.copyfile(template, path)
    database = open_database(path)
    with database.session() as session:
        session.execute(
            update(Device).where(Device.is_this_device.is_(True)).values(uuid=_uuid(), name=name)
        )
    return database


def _uuid() -> str:
    import uuid

    return str(uuid.uuid4())


def device_uuid(database: Database) -> str:
    with database.read_session() as session:
        return devices.this_device(session).uuid


@dataclass
class Post:
    """Packages made so far, by (source, target), for sending again and out of order."""

    folder: Path
    sent: list[Path] = field(default_factory=list)

    def prepare(self, source: Database, target: Database, *, full: bool = False) -> Path:
        path = self.folder / f"package-{len(self.sent):04d}.snx"
        with source.session() as session:
            known = {d.uuid for d in devices.known_devices(session)}
            wanted = device_uuid(target)
            for_device = None if full or wanted not in known else wanted
            export.export_package(session, path, PASSPHRASE, for_device=for_device)
        self.sent.append(path)
        return path

    def send(self, source: Database, target: Database, *, full: bool = False):
        return apply.import_package(target, self.prepare(source, target, full=full), PASSPHRASE)


def snapshot(database: Database, *, skip_erased: bool = True) -> dict[str, dict[str, dict]]:
    """{kind: {uuid: fields}} of every record: what the list exports are made of, every
    field of every kind (the local bookkeeping left out: ids, versions, last saved by)."""
    from socialneet_desktop.db.models import ErasureEntry
    from socialneet_desktop.services.privacy import CLEARED

    result = {}
    with database.read_session() as session:
        connection = session.connection()
        erased = set(session.scalars(select(ErasureEntry.record_uuid)))
        for kind in record_kinds.all_kinds():
            shape = values.shape(kind)
            ids = list(connection.scalars(select(shape.table.c.id)))
            records = values.read_records(connection, shape, ids)
            kept = {}
            for record in records.values():
                fields = {k: v for k, v in record.items() if k != "uuid"}
                if skip_erased and record["uuid"] in erased:
                    fields = {k: fields[k] for k in (*CLEARED, "anonymised_at") if k in fields}
                kept[record["uuid"]] = fields
            result[kind.key] = kept
    return result


def conflicts(database: Database) -> list[tuple[str, str, str, str, str]]:
    with database.read_session() as session:
        rows = session.execute(
            select(
                ExchangeConflict.record_uuid,
                ExchangeConflict.field,
                ExchangeConflict.reason,
                ExchangeConflict.local_clock,
                ExchangeConflict.incoming_clock,
            )
        )
        return [tuple(row) for row in rows]
