"""The tables of the exchange between devices (issue #21, migration 0009).

A device is one database (a laptop's SQLite file, or the office server); every write adds
rows to the change log, one per field, each with a hybrid logical clock. Packages carry the
change log's rows a peer has not acknowledged; merging records conflicts for a person to
decide; merged duplicates leave a tombstone pointing to the record that survived.

A clock is kept both as its parts (wall time in ms, counter, device uuid) and as one text
`clock` of fixed width ("000001764600000000.00000.<device uuid>"), so that comparing or
ordering the texts is comparing or ordering the clocks, on both engines.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from socialneet_desktop.db.model_base import Base, RecordMixin, new_uuid, utc_now

__all__ = [
    "EXCHANGE_CLASSES",
    "ChangeLogEntry",
    "Device",
    "ExchangeConflict",
    "ExchangePeer",
    "RecordTombstone",
]

CLOCK_LENGTH = 60  # 18 digits, ".", 5 digits, ".", 36 (a uuid)
SEQUENCE = BigInteger().with_variant(Integer, "sqlite")  # SQLite's rowid is 64-bit already


class Device(Base):
    """A database taking part in exchanges: this one (`is_this_device`) or a peer met."""

    __tablename__ = "devices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(120), default="")
    is_this_device: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class ExchangePeer(Base):
    """What this device and a peer know of each other's change logs.

    `received_seq`: the highest id of the peer's change log imported here (sent back to it as
    its acknowledgement); `acknowledged_seq`: the highest id of our change log the peer says
    it has (the next package for it starts after it). The clocks are the same points as
    clocks, shown to the user."""

    __tablename__ = "exchange_peers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    received_seq: Mapped[int] = mapped_column(SEQUENCE, default=0)
    received_clock: Mapped[str] = mapped_column(String(CLOCK_LENGTH), default="")
    acknowledged_seq: Mapped[int] = mapped_column(SEQUENCE, default=0)
    acknowledged_clock: Mapped[str] = mapped_column(String(CLOCK_LENGTH), default="")
    sent_seq: Mapped[int] = mapped_column(SEQUENCE, default=0)  # the last package made for it
    sent_clock: Mapped[str] = mapped_column(String(CLOCK_LENGTH), default="")
    last_import_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_export_at: Mapped[datetime | None] = mapped_column(DateTime)


class ChangeLogEntry(Base):
    """One field of one record changed (or a record created, deleted, restored, erased).

    `kind` is the record kind's key (services.record_kinds); `field` a column name, a link's
    name ("organizations") or "*" for a record created whole (`value`: a JSON object of its
    fields). `value` is JSON; links hold uuids, never ids. `id` orders the log as this
    database received it: packages and acknowledgements count in it."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(SEQUENCE, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(40))
    record_uuid: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(80))
    value: Mapped[str] = mapped_column(Text, default="null")
    clock: Mapped[str] = mapped_column(String(CLOCK_LENGTH), index=True)
    clock_wall: Mapped[int] = mapped_column(BigInteger)
    clock_counter: Mapped[int] = mapped_column(Integer)
    clock_device: Mapped[str] = mapped_column(String(36))
    user_name: Mapped[str] = mapped_column(String(80), default="")
    at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    operation: Mapped[str] = mapped_column(String(20))  # create update delete restore link …

    __table_args__ = (
        Index("ix_change_log_record_field_clock", "record_uuid", "field", "clock"),
        Index("ix_change_log_device_clock", "clock_device", "clock"),
    )


class ExchangeConflict(Base):
    """Both sides changed the same field since they last met (or one edited what the other
    deleted: `reason` "deleted", `field` "deleted_at"). The winner (`applied`) is already in
    the record; a person decides, and "Resolved" writes a normal change that travels on."""

    __tablename__ = "exchange_conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    record_uuid: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(80))
    reason: Mapped[str] = mapped_column(String(20), default="field")  # field | deleted
    local_value: Mapped[str] = mapped_column(Text, default="null")  # JSON
    local_clock: Mapped[str] = mapped_column(String(CLOCK_LENGTH), default="")
    local_device: Mapped[str] = mapped_column(String(36), default="")
    local_user: Mapped[str] = mapped_column(String(80), default="")
    local_at: Mapped[datetime | None] = mapped_column(DateTime)
    incoming_value: Mapped[str] = mapped_column(Text, default="null")  # JSON
    incoming_clock: Mapped[str] = mapped_column(String(CLOCK_LENGTH), default="")
    incoming_device: Mapped[str] = mapped_column(String(36), default="")
    incoming_user: Mapped[str] = mapped_column(String(80), default="")
    incoming_at: Mapped[datetime | None] = mapped_column(DateTime)
    applied: Mapped[str] = mapped_column(String(10))  # local | incoming
    status: Mapped[str] = mapped_column(String(10), default="open", index=True)  # open|resolved
    resolved_by: Mapped[str] = mapped_column(String(80), default="")
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class RecordTombstone(Base):
    """A record merged into another (the survivor): changes for it follow the survivor."""

    __tablename__ = "record_tombstones"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    survivor_uuid: Mapped[str] = mapped_column(String(36), index=True)
    merged_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    merged_by: Mapped[str] = mapped_column(String(80), default="")


EXCHANGE_CLASSES: tuple[type[RecordMixin], ...] = ()  # no record kinds: the tables above
