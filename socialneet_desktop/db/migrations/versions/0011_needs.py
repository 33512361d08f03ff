"""needs and their matching with unused resources (issue #23)

New record tables: the needs (of an organisation or a group of young people), the proposals
pairing a need with a resource (score, decision, outcome) and the delegates' marks of a
proposal; one table of settings, the matching's weights (JSON).

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

NEW_TABLES = ("needs", "match_proposals", "delegate_marks", "matching_settings")


def record_columns() -> list[sa.Column]:
    """The columns every record table has (db.model_base.RecordMixin)."""
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("origin_source", sa.String(length=300), nullable=True),
        sa.Column("origin_key", sa.String(length=100), nullable=True),
    ]


def foreign_key(table: str, column: str, target: str, ondelete: str):
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def record_table(table: str, columns: list, constraints: list, indexed: tuple) -> None:
    op.create_table(
        table,
        *columns,
        *record_columns(),
        *constraints,
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.UniqueConstraint("uuid", name=op.f(f"uq_{table}_uuid")),
    )
    for column in ("deleted_at", *indexed):
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)
    op.create_index(f"ix_{table}_origin", table, ["origin_source", "origin_key"], unique=False)


def upgrade() -> None:
    text = sa.String
    record_table(
        "needs",
        [
            sa.Column("title", text(length=200), nullable=False),
            sa.Column("organization_id", sa.Integer(), nullable=True),
            sa.Column("group_description", text(length=200), nullable=False),
            sa.Column("group_size", sa.Integer(), nullable=True),
            sa.Column("category", text(length=40), nullable=False),
            sa.Column("description", sa.Text(), nullable=False),
            sa.Column("municipality_code", text(length=4), nullable=False),
            sa.Column("needed_from", sa.Date(), nullable=True),
            sa.Column("needed_to", sa.Date(), nullable=True),
            sa.Column("days", text(length=40), nullable=False),
            sa.Column(
                "quantity", sa.Numeric(precision=12, scale=2, asdecimal=False), nullable=True
            ),
            sa.Column("unit", text(length=30), nullable=False),
            sa.Column("urgency", sa.Integer(), nullable=False),
            sa.Column("status", text(length=20), nullable=False),
            sa.Column("source", text(length=20), nullable=False),
            sa.Column("recorded_on", sa.Date(), nullable=True),
            sa.Column("recorded_by_id", sa.Integer(), nullable=True),
            sa.Column("outcome_notes", sa.Text(), nullable=False),
            sa.Column("notes", sa.Text(), nullable=False),
        ],
        [
            foreign_key("needs", "organization_id", "organizations", "SET NULL"),
            foreign_key("needs", "recorded_by_id", "staff", "SET NULL"),
        ],
        (
            "category",
            "municipality_code",
            "organization_id",
            "recorded_by_id",
            "recorded_on",
            "status",
            "title",
        ),
    )
    record_table(
        "match_proposals",
        [
            sa.Column("need_id", sa.Integer(), nullable=False),
            sa.Column("resource_id", sa.Integer(), nullable=False),
            sa.Column("status", text(length=20), nullable=False),
            sa.Column("origin", text(length=20), nullable=False),
            sa.Column("score", sa.Integer(), nullable=True),
            sa.Column("reasons", sa.Text(), nullable=False),
            sa.Column("decided_by_id", sa.Integer(), nullable=True),
            sa.Column("decided_by_name", text(length=80), nullable=False),
            sa.Column("decided_at", sa.DateTime(), nullable=True),
            sa.Column("outcome", text(length=20), nullable=False),
            sa.Column("outcome_on", sa.Date(), nullable=True),
            sa.Column("notes", sa.Text(), nullable=False),
        ],
        [
            foreign_key("match_proposals", "need_id", "needs", "CASCADE"),
            foreign_key("match_proposals", "resource_id", "unused_resources", "CASCADE"),
            foreign_key("match_proposals", "decided_by_id", "staff", "SET NULL"),
            sa.UniqueConstraint(
                "need_id", "resource_id", name=op.f("uq_match_proposals_need_id_resource_id")
            ),
        ],
        ("decided_by_id", "need_id", "resource_id", "status"),
    )
    record_table(
        "delegate_marks",
        [
            sa.Column("proposal_id", sa.Integer(), nullable=False),
            sa.Column("staff_id", sa.Integer(), nullable=True),
            sa.Column("contact_person_id", sa.Integer(), nullable=True),
            sa.Column("mark", sa.Integer(), nullable=False),
            sa.Column("note", sa.Text(), nullable=False),
            sa.Column("marked_on", sa.Date(), nullable=True),
        ],
        [
            foreign_key("delegate_marks", "proposal_id", "match_proposals", "CASCADE"),
            foreign_key("delegate_marks", "staff_id", "staff", "SET NULL"),
            foreign_key("delegate_marks", "contact_person_id", "contact_people", "SET NULL"),
        ],
        ("contact_person_id", "proposal_id", "staff_id"),
    )
    op.create_table(
        "matching_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("weights", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matching_settings")),
    )


def downgrade() -> None:
    for table in reversed(NEW_TABLES):
        op.drop_table(table)
