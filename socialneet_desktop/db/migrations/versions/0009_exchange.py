"""the exchange between devices (issue #21)

Device identity, change log with hybrid logical clocks, peers' acknowledgements, conflicts,
record tombstones. The database (new or migrated) gets its device identity here, named after
the computer that created or migrated it; the user may rename it. Records older than this
revision have no change log rows: a full package carries them with a zero clock.

Revision ID: 0009
Revises: 0008
"""

import socket
import uuid
from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

CLOCK = sa.String(length=60)
SEQUENCE = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    devices = op.create_table(
        "devices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("is_this_device", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_devices")),
        sa.UniqueConstraint("uuid", name=op.f("uq_devices_uuid")),
    )
    op.create_table(
        "exchange_peers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_uuid", sa.String(length=36), nullable=False),
        sa.Column("received_seq", SEQUENCE, nullable=False),
        sa.Column("received_clock", CLOCK, nullable=False),
        sa.Column("acknowledged_seq", SEQUENCE, nullable=False),
        sa.Column("acknowledged_clock", CLOCK, nullable=False),
        sa.Column("sent_seq", SEQUENCE, nullable=False),
        sa.Column("sent_clock", CLOCK, nullable=False),
        sa.Column("last_import_at", sa.DateTime(), nullable=True),
        sa.Column("last_export_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_peers")),
        sa.UniqueConstraint("device_uuid", name=op.f("uq_exchange_peers_device_uuid")),
    )
    create_change_log()
    create_conflicts()
    op.create_table(
        "record_tombstones",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("survivor_uuid", sa.String(length=36), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.Column("merged_by", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_record_tombstones")),
    )
    op.create_index(
        op.f("ix_record_tombstones_survivor_uuid"), "record_tombstones", ["survivor_uuid"]
    )
    op.bulk_insert(devices, [this_device()])


def this_device() -> dict:
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    name = socket.gethostname()[:120] or "SocialNEET"
    return {
        "uuid": str(uuid.uuid4()),
        "name": name,
        "is_this_device": True,
        "created_at": now,
    }


def create_change_log() -> None:
    op.create_table(
        "change_log",
        sa.Column("id", SEQUENCE, nullable=False, autoincrement=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("clock", CLOCK, nullable=False),
        sa.Column("clock_wall", sa.BigInteger(), nullable=False),
        sa.Column("clock_counter", sa.Integer(), nullable=False),
        sa.Column("clock_device", sa.String(length=36), nullable=False),
        sa.Column("user_name", sa.String(length=80), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("operation", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    op.create_index(op.f("ix_change_log_clock"), "change_log", ["clock"])
    op.create_index(
        "ix_change_log_record_field_clock", "change_log", ["record_uuid", "field", "clock"]
    )
    op.create_index("ix_change_log_device_clock", "change_log", ["clock_device", "clock"])


def create_conflicts() -> None:
    op.create_table(
        "exchange_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=80), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("local_value", sa.Text(), nullable=False),
        sa.Column("local_clock", CLOCK, nullable=False),
        sa.Column("local_device", sa.String(length=36), nullable=False),
        sa.Column("local_user", sa.String(length=80), nullable=False),
        sa.Column("local_at", sa.DateTime(), nullable=True),
        sa.Column("incoming_value", sa.Text(), nullable=False),
        sa.Column("incoming_clock", CLOCK, nullable=False),
        sa.Column("incoming_device", sa.String(length=36), nullable=False),
        sa.Column("incoming_user", sa.String(length=80), nullable=False),
        sa.Column("incoming_at", sa.DateTime(), nullable=True),
        sa.Column("applied", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("resolved_by", sa.String(length=80), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_conflicts")),
    )
    op.create_index(
        op.f("ix_exchange_conflicts_record_uuid"), "exchange_conflicts", ["record_uuid"]
    )
    op.create_index(op.f("ix_exchange_conflicts_status"), "exchange_conflicts", ["status"])


def downgrade() -> None:
    for table in (
        "record_tombstones",
        "exchange_conflicts",
        "change_log",
        "exchange_peers",
        "devices",
    ):
        op.drop_table(table)
