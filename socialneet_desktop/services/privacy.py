"""Erasure of a NEET contact on request (GDPR art. 17) and the retention review.

Erasing anonymises the person in place: the record and its visits stay, so every visit keeps
counting in the funder's statistics (gender, residence, education, labour status, visit
dates and types are kept), while everything that identifies the person is cleared — names,
codice fiscale, birthplace, address, phone, e-mail, guardian, notes, the free text of the
visits and of the rest of their path (enrolments, placements, mentoring, outcomes: each kind's
erased_fields), the special-category data (GDPR art. 9) with its consent, and the old values of
those fields in earlier audit events.

Birth date: a Date column cannot hold a year alone, so it is set to 1 July of the birth year
(the middle of the year) and `anonymised_at` says the day and month are not real. Age bands
are taken on the first visit; with 1 July the computed age is off by at most one year and
only when the real birthday and 1 July fall on different sides of that visit's day and month.
A person whose band edge (15, 20, 25, 30) falls in that window can move to the adjacent band;
1 January would be off for up to a whole year, so 1 July halves the risk.

The SQLite file keeps old page contents until it is rewritten: call `compact_file` after an
erasure (VACUUM, then a WAL checkpoint; on the office server VACUUM FULL of the tables it
rewrote) so the erased values are gone from the file's bytes, then
services.erasure_register.scrub_pending_copies for the backups and copies of the file (the
erasure is entered in the register in its own transaction; `anonymise` is the code that
runs on the live file and on every copy alike).
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, inspect, select, text, update
from sqlalchemy.orm import Session

from socialneet_desktop.db.audit_protection import PERMIT_TABLE
from socialneet_desktop.db.database import Database
from socialneet_desktop.db.models import (
    AuditEvent,
    Base,
    MeetingPointVisit,
    NeetContact,
    utc_now,
)
from socialneet_desktop.db.search_ddl import merge_indexes
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.i18n import translate
from socialneet_desktop.services import audit
from socialneet_desktop.services.pseudonyms import coder
from socialneet_desktop.services.record_kinds import all_kinds, kind_of_model

# What an erasure clears (RecordKind.erased_fields): of the person, and of their records
# (visits, enrolments, placements, mentoring, outcomes: every kind with a contact_id).
CLEARED = kind_of_model(NeetContact).erased_fields
VISIT_TEXT = kind_of_model(MeetingPointVisit).erased_fields
# Special-category data (GDPR art. 9) is not kept for statistics: it goes with the consent.
SPECIAL = {"disability": False, "mental_health": False, "special_category_consent": False,
           "special_category_consent_on": None}  # fmt: skip
ERASED_NAME = QT_TRANSLATE_NOOP("Privacy", "Erased")  # the last name of an erased contact
V, C = MeetingPointVisit, NeetContact


class ContactNotFound(LookupError):
    """No NEET contact with that id."""


class AlreadyAnonymised(ValueError):
    """The contact was erased before: there is nothing left to erase."""


@dataclass(frozen=True)
class ReviewRow:
    id: int
    name: str  # "Rossi Mario"
    code: str  # the pseudonymous code, as in the funder's exports
    last_visit: date | None
    visits: int
    in_recycle_bin: bool


def reduced_birth_date(birth_date: date | None) -> date | None:
    """1 July of the birth year (see the module's docstring)."""
    return None if birth_date is None else date(birth_date.year, 7, 1)


def erase_contact(session: Session, contact_id: int, *, user: str, reason: str) -> NeetContact:
    """Anonymise one contact, its visits' free text and its audit history, in `session`, and
    enter it in the erasure register (same transaction). The copies of the file are scrubbed
    after the commit: services.erasure_register.scrub_pending_copies."""
    from socialneet_desktop.services import erasure_register

    contact = session.get(C, contact_id)
    if contact is None:
        raise ContactNotFound(contact_id)
    if contact.anonymised_at is not None:
        raise AlreadyAnonymised(contact_id)
    reason = anonymise(session, contact, user=user, reason=reason)
    erasure_register.record(session, contact, user=user, reason=reason, when=contact.anonymised_at)
    session.flush()
    return contact


def anonymise(
    session: Session, contact: NeetContact, *, user: str, reason: str, when=None, options=()
) -> str:
    """The erasure itself, on the live file and on every copy (services.erasure_register):
    returns the reason as recorded, any identifying value in it taken out. `options` narrow
    what is loaded to the columns an older copy has."""
    secrets = _identifying_values(contact)
    marker = translate("Privacy", "[erased]")
    reason = _redacted(reason, secrets, marker)
    visits = list(session.scalars(select(V).where(V.contact_id == contact.id).options(*options)))
    path = _path_records(session, contact)
    _scrub_history(session, contact, visits, secrets, path)
    for name in CLEARED:
        setattr(contact, name, "")
    present = set(inspect(contact).mapper.columns.keys()) - inspect(contact).unloaded
    for name, value in SPECIAL.items():
        if name in present:  # an older copy has no such column
            setattr(contact, name, value)
    # Neither the person code (an older export would link it to what remains) nor anything
    # derived from the person: the same neutral word for everyone erased.
    contact.last_name = translate("Privacy", ERASED_NAME)
    contact.birth_date = reduced_birth_date(contact.birth_date)
    contact.anonymised_at = when or utc_now()
    contact.updated_by = user
    for visit in visits:
        if visit.summary or visit.outcome:
            visit.summary, visit.outcome, visit.updated_by = "", "", user
    for record in path:
        fields = kind_of_model(type(record)).erased_fields
        if any(getattr(record, name) for name in fields):
            for name in fields:
                setattr(record, name, "")
            record.updated_by = user
    session.flush()
    audit.record_event(session, contact, "erase", {"reason": (None, reason)}, user)
    session.flush()
    return reason


def anonymise_many(
    session: Session, contact_ids: Iterable[int], *, user: str, reason: str
) -> list[int]:
    """Erase each contact not anonymised yet; returns the ids erased."""
    done = []
    for contact_id in contact_ids:
        contact = session.get(C, contact_id)
        if contact is not None and contact.anonymised_at is None:
            erase_contact(session, contact_id, user=user, reason=reason)
            done.append(contact_id)
    return done


CHECKPOINT_TRIES = 50


def compact_file(database: Database) -> None:
    """Rewrite the file without free pages and empty the WAL: erased bytes are gone.

    VACUUM writes the new pages through the WAL; only a checkpoint that copied all of them
    and truncated the WAL to nothing leaves no old page there. A reader in another connection
    (a list being filled) can hold the checkpoint back: it is tried again, then reported as
    SQLITE_BUSY ("database is locked"), which the faces tell as "another program is saving".
    The search index is merged first: FTS5 keeps a deleted text's trigrams in older segments,
    which VACUUM would copy as they are. On the office server: `_rewrite_on_server`."""
    if database.engine.dialect.name != "sqlite":
        _rewrite_on_server(database)
        return
    connection = database.engine.raw_connection()
    try:
        raw = connection.driver_connection
        merge_indexes(raw)
        raw.commit()
        raw.execute("VACUUM")
        for _attempt in range(CHECKPOINT_TRIES):
            busy, _log, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if not busy:
                return
            time.sleep(0.1)
        raise sqlite3.OperationalError("database is locked")
    finally:
        connection.close()


def erased_tables() -> list[str]:
    """The tables an erasure may rewrite rows of: every table of the data model (the kinds
    with erased fields, the audit trail, the exchange's change log, the registers), so that
    a table added later is not forgotten."""
    return [table.name for table in Base.metadata.sorted_tables]


def _rewrite_on_server(database: Database) -> None:
    """PostgreSQL keeps an updated row's old version in the table until it is vacuumed, and
    a plain VACUUM only marks its space free: VACUUM FULL writes each table an erasure may
    have touched (and its indexes) anew, without the old versions. It holds each table for the
    seconds that takes; the other desktops wait (their lock timeout tells them if too long).
    A role that does not own the tables is skipped by the server with a warning: the old
    versions then go at the server's next vacuum. The server's write-ahead log and its own
    backups are the server administrator's (docs/office_server.md)."""
    with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as raw:
        _wait_for_older_snapshots(raw)
        for name in erased_tables():
            raw.exec_driver_sql(f"VACUUM FULL {name}")


SNAPSHOT_WAIT_S = 30
OTHER_SNAPSHOTS = (  # a snapshot in this database; a transaction writing in any (the server
    # keeps what any of them might still need)
    "SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND ("
    "(datname = current_database() AND backend_xmin IS NOT NULL) OR backend_xid IS NOT NULL)"
)


def _wait_for_older_snapshots(raw) -> None:
    """VACUUM FULL keeps the old row versions a transaction still open elsewhere may see (a
    desktop in the middle of a read or of a save, the server's own autovacuum analysing a
    table): up to SNAPSHOT_WAIT_S for them to end first. Idle desktops hold none. A
    transaction longer than that keeps the old versions until the server's next vacuum. The
    other sessions are seen by a superuser or a manager (server setup gives socialneet_manager
    pg_read_all_stats)."""
    deadline = time.monotonic() + SNAPSHOT_WAIT_S
    while raw.exec_driver_sql(OTHER_SNAPSHOTS).scalar() and time.monotonic() < deadline:
        time.sleep(0.2)


def months_before(day: date, months: int) -> date:
    """The same day `months` earlier (the month's last day when it has fewer days)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    for last in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def contacts_due_for_review(session: Session, *, months: int, today: date) -> list[ReviewRow]:
    """Contacts not anonymised whose last visit (or creation, without visits) is more than
    `months` before `today`; the longest inactive first."""
    cutoff = months_before(today, months)
    last = func.max(V.visit_date)
    stats = (
        select(V.contact_id, last.label("last"), func.count().label("visits"))
        .where(V.deleted_at.is_(None))
        .group_by(V.contact_id)
        .subquery()
    )
    activity = func.coalesce(stats.c.last, func.date(C.created_at))
    statement = (
        select(C, stats.c.last, stats.c.visits)
        .outerjoin(stats, stats.c.contact_id == C.id)
        .where(C.anonymised_at.is_(None), activity < cutoff)
        .order_by(activity, C.last_name, C.first_name, C.id)
    )
    code = coder(session)
    return [_review_row(code, *row) for row in session.execute(statement)]


def _review_row(
    code_of, contact: NeetContact, last_visit: date | None, visits: int | None
) -> ReviewRow:
    name = f"{contact.last_name} {contact.first_name}".strip()
    code = code_of(contact.uuid)
    return ReviewRow(
        contact.id, name, code, last_visit, visits or 0, contact.deleted_at is not None
    )


# --- the audit history ----------------------------------------------------------------------


def _identifying_values(contact: NeetContact) -> list[str]:
    values = [str(getattr(contact, name) or "").strip() for name in CLEARED if name != "notes"]
    full = (
        f"{contact.first_name} {contact.last_name}",
        f"{contact.last_name} {contact.first_name}",
    )
    return sorted({v for v in [*values, *full] if len(v.strip()) >= 3}, key=len, reverse=True)


def _path_records(session: Session, contact: NeetContact) -> list:
    """The person's records of the kinds with free text about them besides the visits
    (enrolments, placements, mentoring, outcomes), of the tables this file has (an older copy
    has not all of them)."""
    present = set(inspect(session.connection()).get_table_names())
    records = []
    for kind in all_kinds():
        model = kind.model
        if model in (C, V) or not kind.erased_fields or kind.table_name not in present:
            continue
        if "contact_id" in model.__table__.columns:
            records += session.scalars(select(model).where(model.contact_id == contact.id))
    return records


def _erased_fields(table: str) -> tuple[str, ...]:
    if table == C.__tablename__:
        return CLEARED
    if table == V.__tablename__:
        return VISIT_TEXT
    return next(kind.erased_fields for kind in all_kinds() if kind.table_name == table)


def _scrub_history(
    session: Session,
    contact: NeetContact,
    visits: list[MeetingPointVisit],
    secrets: list[str],
    path: list = (),
) -> None:
    """Replace erased values in the earlier events of the contact and of its records."""
    targets = [(C.__tablename__, contact.id)] + [(V.__tablename__, v.id) for v in visits]
    targets += [(record.__tablename__, record.id) for record in path]
    permitted = _has_permit_table(session)
    if permitted:
        session.execute(
            text(f"INSERT INTO {PERMIT_TABLE} (table_name, record_id) VALUES (:t, :r)"),
            [{"t": table, "r": record_id} for table, record_id in targets],
        )
    marker = translate("Privacy", "[erased]")
    for table, record_id in targets:
        fields = _erased_fields(table)
        _scrub_events(session, table, record_id, fields, secrets, marker)
    _scrub_batches(session, set(targets), secrets, marker, permitted)
    if permitted:
        session.execute(text(f"DELETE FROM {PERMIT_TABLE}"))


def _scrub_batches(session, targets: set, secrets: list[str], marker: str, permitted) -> None:
    """The import batches (services.import_batches) keep the values an import's update
    replaced, to put them back on undo: the person's and their visits' erased fields are
    left out (an undo leaves them erased), their other values cleaned as in their own events,
    and the person's names taken out of the file's name of a batch that wrote them."""
    from socialneet_desktop.services.import_batches import DROPPED, TABLE, scrubbed_batch

    def clean(table: str, name: str, value: Any) -> Any:
        fields = _erased_fields(table)
        return DROPPED if name in fields else _clean(name, value, (), secrets, marker)

    rows = session.execute(
        select(AuditEvent.id, AuditEvent.record_id, AuditEvent.changes).where(
            AuditEvent.table_name == TABLE
        )
    )
    for event_id, batch_id, changes in list(rows):
        payload = json.loads(changes) if changes else {}
        cleaned = scrubbed_batch(payload, targets, clean, lambda s: _redacted(s, secrets, marker))
        if cleaned == payload:
            continue
        if permitted:
            session.execute(
                text(f"INSERT INTO {PERMIT_TABLE} (table_name, record_id) VALUES (:t, :r)"),
                [{"t": TABLE, "r": batch_id}],
            )
        new = json.dumps(cleaned, ensure_ascii=False, sort_keys=True)
        session.execute(update(AuditEvent).where(AuditEvent.id == event_id).values(changes=new))


def _has_permit_table(session: Session) -> bool:
    return inspect(session.connection()).has_table(PERMIT_TABLE)


def _scrub_events(session, table, record_id, fields, secrets, marker) -> None:
    rows = session.execute(
        select(AuditEvent.id, AuditEvent.changes).where(
            AuditEvent.table_name == table, AuditEvent.record_id == record_id
        )
    )
    for event_id, changes in list(rows):
        if not changes:
            continue
        payload = json.loads(changes)
        cleaned = {
            name: [_clean(name, value, fields, secrets, marker) for value in pair]
            for name, pair in payload.items()
        }
        if cleaned != payload:
            new = json.dumps(cleaned, ensure_ascii=False, sort_keys=True)
            session.execute(update(AuditEvent).where(AuditEvent.id == event_id).values(changes=new))


def _redacted(value: str, secrets: list[str], marker: str) -> str:
    """`value` with each identifying value in it (any case) replaced by `marker`."""
    for secret in secrets:  # longest first
        value = re.sub(re.escape(secret), marker, value, flags=re.IGNORECASE)
    return value


def _clean(name: str, value: Any, fields, secrets: list[str], marker: str) -> Any:
    if value in (None, ""):
        return value
    if name in fields:
        return marker
    if name == "birth_date" and isinstance(value, str):
        return reduced_birth_date(date.fromisoformat(value)).isoformat()
    if isinstance(value, list):
        return [_clean("", item, (), secrets, marker) for item in value]
    if isinstance(value, str) and any(s.casefold() in value.casefold() for s in secrets):
        return marker
    return value
