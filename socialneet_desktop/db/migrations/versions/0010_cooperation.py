"""the cooperation between organisations (issue #22)

Questionnaire answers and their ties, agreements and their parties, map positions.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

RECORD_TABLES = ("coop_answers", "coop_ties", "agreements", "agreement_parties")


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


def record_keys(table: str) -> list:
    return [
        sa.PrimaryKeyConstraint("id", name=f"pk_{table}"),
        sa.UniqueConstraint("uuid", name=f"uq_{table}_uuid"),
    ]


def foreign_key(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}", ondelete=ondelete
    )


def indexes(table: str, *columns: str) -> None:
    for column in (*columns, "deleted_at"):
        op.create_index(f"ix_{table}_{column}", table, [column], unique=False)
    op.create_index(f"ix_{table}_origin", table, ["origin_source", "origin_key"], unique=False)


def upgrade() -> None:
    op.create_table(
        "coop_answers",
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.Column("respondent_person_id", sa.Integer(), nullable=True),
        sa.Column("respondent_role", sa.String(length=120), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *record_columns(),
        foreign_key("coop_answers", "organization_id", "organizations", "RESTRICT"),
        foreign_key("coop_answers", "respondent_person_id", "contact_people", "SET NULL"),
        *record_keys("coop_answers"),
    )
    indexes("coop_answers", "answered_on", "organization_id", "respondent_person_id")
    op.create_table(
        "coop_ties",
        sa.Column("answer_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("information", sa.Boolean(), nullable=False),
        sa.Column("referral", sa.Boolean(), nullable=False),
        sa.Column("joint_project", sa.Boolean(), nullable=False),
        sa.Column("shared_resources", sa.Boolean(), nullable=False),
        sa.Column("formal_agreement", sa.Boolean(), nullable=False),
        sa.Column("intensity", sa.Integer(), nullable=False),
        sa.Column("since_year", sa.Integer(), nullable=True),
        sa.Column("trust", sa.Integer(), nullable=True),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("notes", sa.String(length=300), nullable=False),
        *record_columns(),
        foreign_key("coop_ties", "answer_id", "coop_answers", "CASCADE"),
        foreign_key("coop_ties", "organization_id", "organizations", "RESTRICT"),
        *record_keys("coop_ties"),
        sa.UniqueConstraint(
            "answer_id", "organization_id", name="uq_coop_ties_answer_id_organization_id"
        ),
    )
    indexes("coop_ties", "answer_id", "organization_id")
    op.create_table(
        "agreements",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("agreement_kind", sa.String(length=30), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("document", sa.LargeBinary(), nullable=True),
        sa.Column("document_name", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *record_columns(),
        *record_keys("agreements"),
    )
    indexes("agreements", "agreement_kind", "signed_on", "title")
    op.create_table(
        "agreement_parties",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=120), nullable=False),
        *record_columns(),
        foreign_key("agreement_parties", "agreement_id", "agreements", "CASCADE"),
        foreign_key("agreement_parties", "organization_id", "organizations", "RESTRICT"),
        *record_keys("agreement_parties"),
        sa.UniqueConstraint(
            "agreement_id",
            "organization_id",
            name="uq_agreement_parties_agreement_id_organization_id",
        ),
    )
    indexes("agreement_parties", "agreement_id", "organization_id")
    op.create_table(
        "map_positions",
        sa.Column("organization_uuid", sa.String(length=36), nullable=False),
        sa.Column("x", sa.Float(), nullable=False),
        sa.Column("y", sa.Float(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("organization_uuid", name="pk_map_positions"),
    )


def downgrade() -> None:
    op.drop_table("map_positions")
    for table in reversed(RECORD_TABLES):
        op.drop_table(table)
