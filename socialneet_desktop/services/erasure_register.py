"""The erasure register, and erasures carried to every copy of the file the program keeps.

Why scrubbing and not per-person keys: the copies are whole SQLite files that a restore, the
`check` command and the backup list read as they are; encrypting rows with a key destroyed
per person would need every reader of every copy to decrypt, and a copy taken before the key
existed would still hold the clear text. So each copy is rewritten instead, by the same code
as the live erasure (services.privacy.anonymise), and compacted (db.scrub), after the erasure
is committed. The register (migration 0005: uuid, kind, when, by whom, why; no personal
data) says what to erase again: in a copy, in a restored backup (db.backup.restore calls
`reapply` before the file is put in place), and in a copy that could not be reached when the
erasure was made (`copies_pending`; `scrub_pending_copies` is run again after a backup and
when the database is opened).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, text, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, load_only

from socialneet_desktop.db import backup, leftovers, migrate, scrub, sqlite_connect
from socialneet_desktop.db.database import Database
from socialneet_desktop.db.engine import create_sqlite_engine
from socialneet_desktop.db.models import ErasureEntry, MeetingPointVisit, NeetContact
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.i18n import fill, translate

REGISTER = ErasureEntry.__tablename__
CONTACTS = NeetContact.__tablename__
SCRUBBED = QT_TRANSLATE_NOOP(
    "Privacy", "Backups and copies of the database scrubbed of the erased data: %1 of %2."
)
NOTHING_TO_SCRUB = QT_TRANSLATE_NOOP(
    "Privacy", "No backup or copy of the database held the erased data."
)
UNREACHABLE = QT_TRANSLATE_NOOP(
    "Privacy",
    "The backup folder %1 cannot be reached (a USB stick not plugged in?): its backups still "
    "hold the erased data and will be scrubbed the next time the database is opened or backed "
    "up with the folder reachable.",
)
FAILED = QT_TRANSLATE_NOOP(
    "Privacy", "%1 could not be scrubbed (%2): it will be tried again at the next opening."
)
CHUNK = 500  # uuids per query
COPY_ERRORS = (scrub.CopyNotScrubbed, OSError, sqlite3.Error, SQLAlchemyError)


@dataclass(frozen=True)
class Erased:
    """One row of the register, read from a file."""

    record_uuid: str
    kind: str
    erased_at: datetime
    erased_by: str
    reason: str
    copies_pending: bool = True


@dataclass
class ScrubReport:
    """What `scrub_pending_copies` did: the copies rewritten, the ones it could not reach."""

    looked_at: int = 0
    scrubbed: list[Path] = field(default_factory=list)
    unreachable: list[Path] = field(default_factory=list)  # backup folders not there
    failed: list[tuple[Path, str]] = field(default_factory=list)  # a copy it could not rewrite

    @property
    def complete(self) -> bool:
        return not self.unreachable and not self.failed


def describe(report: ScrubReport) -> list[str]:
    """The report in the user's language, one sentence a line: counts, then what was missed."""
    done = len(report.scrubbed)
    needed = done + len(report.failed)
    lines = [fill(translate("Privacy", SCRUBBED), done, needed)] if needed else []
    if not needed and report.complete:
        lines.append(translate("Privacy", NOTHING_TO_SCRUB))
    lines += [fill(translate("Privacy", UNREACHABLE), folder) for folder in report.unreachable]
    lines += [fill(translate("Privacy", FAILED), path, why) for path, why in report.failed]
    return lines


def record(session: Session, contact: NeetContact, *, user: str, reason: str, when) -> None:
    """Enter an erased contact in the register, in the erasure's own transaction."""
    session.add(
        ErasureEntry(
            record_uuid=contact.uuid,
            kind=CONTACTS,
            erased_at=when,
            erased_by=user,
            reason=reason,
            copies_pending=True,
        )
    )


def scrub_pending_copies(database: Database) -> ScrubReport:
    """Erase in every copy of the file the records whose copies are still pending; when every
    copy was reached and rewritten, they are pending no more. Cheap when nothing is pending:
    the opening sequence and the backups call it every time."""
    if database.read_only:  # another computer's file: its own program scrubs its copies
        return ScrubReport()
    with database.read_session() as session:
        entries = entries_of(session, pending_only=True)
    if not entries:
        return ScrubReport()
    leftovers.clean_leftovers(database.path)  # a killed restore's temporary file goes first
    copies = backup.managed_copies(database.path)
    report = ScrubReport(unreachable=list(copies.unreachable))
    for path in copies.files:
        report.looked_at += 1
        try:
            if scrub_copy(path, entries):
                report.scrubbed.append(path)
        except COPY_ERRORS as error:
            report.failed.append((path, str(error)))
    if report.complete:
        uuids = [entry.record_uuid for entry in entries]
        with database.session() as session:
            session.execute(
                update(ErasureEntry)
                .where(ErasureEntry.record_uuid.in_(uuids))
                .values(copies_pending=False)
            )
    return report


def scrub_copy(path: Path, entries: list[Erased]) -> bool:
    """Erase `entries` in the closed copy `path`; True when it had to be rewritten."""
    if not _needs(path, entries, register_required=False):
        return False
    return scrub.rewrite(path, lambda session: erase_in(session, entries))


def reapply(staged: Path, source: Path, *, named_for: Path) -> bool:
    """Erase in `staged` (a backup being restored over `named_for`) every record of the
    register of `source` and of the copies kept of `named_for` (the current file may be the
    damaged one being replaced), with their register rows. A staged file older than the
    register is brought to the current revision first, so it keeps them."""
    entries = _union(read_entries(path) for path in [source, *_copies_of(named_for)])
    if not entries or not _needs(staged, entries, register_required=True):
        return False
    prepare = None if _file_has_register(staged) else _migrate
    change = lambda session: erase_in(session, entries)  # noqa: E731
    return scrub.rewrite(staged, change, named_for=named_for, prepare=prepare)


def entries_of(session: Session, *, pending_only: bool = False) -> list[Erased]:
    statement = select(ErasureEntry).order_by(ErasureEntry.erased_at)
    if pending_only:
        statement = statement.where(ErasureEntry.copies_pending.is_(True))
    return [_erased(row) for row in session.scalars(statement)]


def read_entries(path: Path) -> list[Erased]:
    """The register of a closed file; [] when it has none or cannot be read."""
    try:
        connection = sqlite_connect.connect(path, sqlite_connect.READ_ONLY)
    except sqlite3.Error:
        return []
    try:
        if not _has_table(connection, REGISTER):
            return []
        rows = connection.execute(
            "SELECT record_uuid, kind, erased_at, erased_by, reason, copies_pending "
            f"FROM {REGISTER}"
        )
        return [Erased(u, k, _when(at), by, why, bool(p)) for u, k, at, by, why, p in rows]
    except sqlite3.Error:
        return []
    finally:
        connection.close()


def erase_in(session: Session, entries: list[Erased]) -> bool:
    """The erasure of `entries` in a copy's session, with the live file's code; the register
    rows are copied where the copy's revision has the register. True when anything changed."""
    from socialneet_desktop.services import privacy

    contact_options = _present_columns(session, NeetContact)
    visit_options = _present_columns(session, MeetingPointVisit)
    changed = False
    for entry in entries:
        if entry.kind != CONTACTS:
            continue
        statement = select(NeetContact).where(NeetContact.uuid == entry.record_uuid)
        contact = session.scalars(statement.options(*contact_options)).first()
        if contact is not None and contact.anonymised_at is None:
            privacy.anonymise(
                session,
                contact,
                user=entry.erased_by,
                reason=entry.reason,
                when=entry.erased_at,
                options=visit_options,
            )
            changed = True
    if _session_has_table(session, REGISTER):
        for entry in entries:
            if session.get(ErasureEntry, entry.record_uuid) is None:
                session.add(ErasureEntry(**entry.__dict__))
                changed = True
    session.flush()
    return changed


# --- helpers --------------------------------------------------------------------------------


def _erased(row: ErasureEntry) -> Erased:
    return Erased(
        row.record_uuid, row.kind, row.erased_at, row.erased_by, row.reason, row.copies_pending
    )


def _when(value) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _union(lists: Iterable[list[Erased]]) -> list[Erased]:
    found: dict[str, Erased] = {}
    for entries in lists:
        for entry in entries:
            found.setdefault(entry.record_uuid, entry)
    return sorted(found.values(), key=lambda entry: entry.erased_at)


def _copies_of(database_path: Path) -> list[Path]:
    return backup.managed_copies(database_path).files


def _needs(path: Path, entries: list[Erased], *, register_required: bool) -> bool:
    """Does the copy still hold one of `entries` not anonymised, or miss a register row?
    A copy that cannot be read is 'needed': rewriting it then says why it fails."""
    contacts = [entry.record_uuid for entry in entries if entry.kind == CONTACTS]
    everyone = [entry.record_uuid for entry in entries]
    try:
        connection = sqlite_connect.connect(path, sqlite_connect.READ_ONLY)
        try:
            held = f"SELECT count(*) FROM {CONTACTS} WHERE anonymised_at IS NULL AND uuid IN "
            if _count(connection, held, contacts):
                return True
            if not _has_table(connection, REGISTER):
                return register_required
            kept = f"SELECT count(*) FROM {REGISTER} WHERE record_uuid IN "
            return _count(connection, kept, everyone) < len(everyone)
        finally:
            connection.close()
    except sqlite3.Error:
        return True


def _count(connection: sqlite3.Connection, query: str, uuids: list[str]) -> int:
    """`query` + "(?, ?, …)" summed over slices of `uuids` (SQLite limits the parameters)."""
    total = 0
    for start in range(0, len(uuids), CHUNK):
        part = uuids[start : start + CHUNK]
        total += connection.execute(query + f"({','.join('?' * len(part))})", part).fetchone()[0]
    return total


def _has_table(connection: sqlite3.Connection, name: str) -> bool:
    query = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    return connection.execute(query, (name,)).fetchone() is not None


def _session_has_table(session: Session, name: str) -> bool:
    query = text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name")
    return session.execute(query, {"name": name}).first() is not None


def _file_has_register(path: Path) -> bool:
    connection = sqlite_connect.connect(path, sqlite_connect.READ_ONLY)
    try:
        return _has_table(connection, REGISTER)
    finally:
        connection.close()


def _present_columns(session: Session, model) -> list:
    """`load_only` of the model's columns the copy's table has (a copy of an older revision
    lacks the later ones); [] when it has them all."""
    table = model.__tablename__
    rows = session.execute(text(f"SELECT name FROM pragma_table_info('{table}')"))
    present = {name for (name,) in rows}
    columns = [column for column in model.__table__.columns if column.name in present]
    if len(columns) == len(model.__table__.columns):
        return []
    return [load_only(*(getattr(model, column.key) for column in columns))]


def _migrate(path: Path) -> None:
    engine = create_sqlite_engine(path)
    try:
        with engine.begin() as connection:
            migrate.upgrade_to_head(connection)
    finally:
        engine.dispose()
