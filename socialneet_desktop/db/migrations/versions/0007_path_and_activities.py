"""the young person's path and the project's activities (issues 18, 19)

New record tables: training courses with their sessions, enrolments and attendance;
placements with their weekly hours; mentors, their assignments and mentoring meetings; project
ideas (with their team and business plan); outcomes on leaving and at the follow-ups; the
project's activities and their targets. Meetings and visits gain the activity they belong to:
the meetings' activity codes become activities (one per distinct code, its meetings linked).
Contacts gain the vulnerable-group markers the funder asks about, and the explicit consent
without which disability and health are not recorded (GDPR art. 9).

On SQLite the new columns are added with ALTER TABLE (a named inline foreign key), and dropped
again with ALTER TABLE DROP COLUMN: a copy-and-move of the table would drop the search index's
triggers (migration 0006) and, with foreign keys on, cascade the drop to the meetings' links.

Revision ID: 0007
Revises: 0006
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

NEW_TABLES = (
    "project_activities",
    "activity_targets",
    "outcomes",
    "training_courses",
    "course_sessions",
    "enrolments",
    "mentors",
    "placements",
    "attendance",
    "mentor_assignments",
    "mentoring_meetings",
    "placement_hours",
    "project_ideas",
    "project_idea_members",
)
MARKERS = (
    "caring_responsibilities",
    "minority",
    "asylum_or_refugee",
    "special_category_consent",
    "disability",
    "mental_health",
)
LINKED_TO_ACTIVITY = ("stakeholder_meetings", "meeting_point_visits")


def upgrade() -> None:
    create_tables()
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in LINKED_TO_ACTIVITY:
        add_activity_link(table, sqlite)
    for name in MARKERS:
        op.add_column(
            "neet_contacts",
            sa.Column(name, sa.Boolean(), nullable=False, server_default=sa.false()),
        )
    op.add_column("neet_contacts", sa.Column("special_category_consent_on", sa.Date()))
    activities_from_meeting_codes()


def add_activity_link(table: str, sqlite: bool) -> None:
    name = f"fk_{table}_activity_id_project_activities"
    if sqlite:
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN activity_id INTEGER CONSTRAINT {name} "
            "REFERENCES project_activities (id) ON DELETE SET NULL"
        )
    else:
        op.add_column(table, sa.Column("activity_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            name, table, "project_activities", ["activity_id"], ["id"], ondelete="SET NULL"
        )
    op.create_index(f"ix_{table}_activity_id", table, ["activity_id"], unique=False)


def activities_from_meeting_codes() -> None:
    """One activity per distinct code the meetings name, and its meetings linked to it."""
    connection = op.get_bind()
    codes = connection.execute(
        sa.text(
            "SELECT DISTINCT activity_code FROM stakeholder_meetings "
            "WHERE activity_code <> '' ORDER BY activity_code"
        )
    ).scalars()
    for code in list(codes):
        connection.execute(
            sa.text(
                "INSERT INTO project_activities (uuid, code, title, work_area, notes, "
                "created_at, updated_at, created_by, updated_by, version) VALUES "
                "(:uuid, :code, '', '', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, "
                "'migration 0007', 'migration 0007', 1)"
            ),
            {"uuid": str(uuid.uuid4()), "code": code},
        )
    connection.execute(
        sa.text(
            "UPDATE stakeholder_meetings SET activity_id = (SELECT a.id FROM project_activities "
            "a WHERE a.code = stakeholder_meetings.activity_code) WHERE activity_code <> ''"
        )
    )


def create_tables() -> None:
    op.create_table(
        "project_activities",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("work_area", sa.String(length=30), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
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
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_activities")),
        sa.UniqueConstraint("uuid", name=op.f("uq_project_activities_uuid")),
    )
    op.create_index(
        op.f("ix_project_activities_code"), "project_activities", ["code"], unique=False
    )
    op.create_index(
        op.f("ix_project_activities_deleted_at"), "project_activities", ["deleted_at"], unique=False
    )
    op.create_index(
        "ix_project_activities_origin",
        "project_activities",
        ["origin_source", "origin_key"],
        unique=False,
    )
    op.create_index(
        op.f("ix_project_activities_work_area"), "project_activities", ["work_area"], unique=False
    )
    op.create_table(
        "activity_targets",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("indicator", sa.String(length=40), nullable=False),
        sa.Column("target", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["project_activities.id"],
            name=op.f("fk_activity_targets_activity_id_project_activities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_targets")),
        sa.UniqueConstraint("uuid", name=op.f("uq_activity_targets_uuid")),
    )
    op.create_index(
        op.f("ix_activity_targets_activity_id"), "activity_targets", ["activity_id"], unique=False
    )
    op.create_index(
        op.f("ix_activity_targets_deleted_at"), "activity_targets", ["deleted_at"], unique=False
    )
    op.create_index(
        "ix_activity_targets_origin",
        "activity_targets",
        ["origin_source", "origin_key"],
        unique=False,
    )
    op.create_table(
        "outcomes",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=12), nullable=False),
        sa.Column("outcome_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("employer_kind", sa.String(length=30), nullable=False),
        sa.Column("learned_how", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["neet_contacts.id"],
            name=op.f("fk_outcomes_contact_id_neet_contacts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_outcomes_organization_id_organizations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outcomes")),
        sa.UniqueConstraint("uuid", name=op.f("uq_outcomes_uuid")),
    )
    op.create_index(op.f("ix_outcomes_contact_id"), "outcomes", ["contact_id"], unique=False)
    op.create_index(op.f("ix_outcomes_deleted_at"), "outcomes", ["deleted_at"], unique=False)
    op.create_index(
        op.f("ix_outcomes_organization_id"), "outcomes", ["organization_id"], unique=False
    )
    op.create_index("ix_outcomes_origin", "outcomes", ["origin_source", "origin_key"], unique=False)
    op.create_index(op.f("ix_outcomes_outcome_date"), "outcomes", ["outcome_date"], unique=False)
    op.create_index(op.f("ix_outcomes_stage"), "outcomes", ["stage"], unique=False)
    op.create_index(op.f("ix_outcomes_status"), "outcomes", ["status"], unique=False)
    op.create_table(
        "training_courses",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("sector", sa.String(length=30), nullable=False),
        sa.Column("provider_organization_id", sa.Integer(), nullable=True),
        sa.Column("venue", sa.String(length=200), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column(
            "hours_planned", sa.Numeric(precision=7, scale=2, asdecimal=False), nullable=True
        ),
        sa.Column("trainer", sa.String(length=160), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("minimum_attendance_percent", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["project_activities.id"],
            name=op.f("fk_training_courses_activity_id_project_activities"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["provider_organization_id"],
            ["organizations.id"],
            name=op.f("fk_training_courses_provider_organization_id_organizations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_courses")),
        sa.UniqueConstraint("uuid", name=op.f("uq_training_courses_uuid")),
    )
    op.create_index(
        op.f("ix_training_courses_activity_id"), "training_courses", ["activity_id"], unique=False
    )
    op.create_index(
        op.f("ix_training_courses_deleted_at"), "training_courses", ["deleted_at"], unique=False
    )
    op.create_index(
        "ix_training_courses_origin",
        "training_courses",
        ["origin_source", "origin_key"],
        unique=False,
    )
    op.create_index(
        op.f("ix_training_courses_provider_organization_id"),
        "training_courses",
        ["provider_organization_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_training_courses_sector"), "training_courses", ["sector"], unique=False
    )
    op.create_index(
        op.f("ix_training_courses_start_date"), "training_courses", ["start_date"], unique=False
    )
    op.create_index(op.f("ix_training_courses_title"), "training_courses", ["title"], unique=False)
    op.create_table(
        "course_sessions",
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("session_date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["training_courses.id"],
            name=op.f("fk_course_sessions_course_id_training_courses"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course_sessions")),
        sa.UniqueConstraint("uuid", name=op.f("uq_course_sessions_uuid")),
    )
    op.create_index(
        op.f("ix_course_sessions_course_id"), "course_sessions", ["course_id"], unique=False
    )
    op.create_index(
        op.f("ix_course_sessions_deleted_at"), "course_sessions", ["deleted_at"], unique=False
    )
    op.create_index(
        "ix_course_sessions_origin",
        "course_sessions",
        ["origin_source", "origin_key"],
        unique=False,
    )
    op.create_index(
        op.f("ix_course_sessions_session_date"), "course_sessions", ["session_date"], unique=False
    )
    op.create_table(
        "enrolments",
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("enrolled_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("status_date", sa.Date(), nullable=True),
        sa.Column("dropout_reason", sa.Text(), nullable=False),
        sa.Column("certificate_obtained", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["neet_contacts.id"],
            name=op.f("fk_enrolments_contact_id_neet_contacts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["training_courses.id"],
            name=op.f("fk_enrolments_course_id_training_courses"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrolments")),
        sa.UniqueConstraint("uuid", name=op.f("uq_enrolments_uuid")),
    )
    op.create_index(op.f("ix_enrolments_contact_id"), "enrolments", ["contact_id"], unique=False)
    op.create_index(op.f("ix_enrolments_course_id"), "enrolments", ["course_id"], unique=False)
    op.create_index(op.f("ix_enrolments_deleted_at"), "enrolments", ["deleted_at"], unique=False)
    op.create_index(op.f("ix_enrolments_enrolled_on"), "enrolments", ["enrolled_on"], unique=False)
    op.create_index(
        "ix_enrolments_origin", "enrolments", ["origin_source", "origin_key"], unique=False
    )
    op.create_index(op.f("ix_enrolments_status"), "enrolments", ["status"], unique=False)
    op.create_table(
        "mentors",
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("contact_person_id", sa.Integer(), nullable=True),
        sa.Column("trained_on", sa.Date(), nullable=True),
        sa.Column("availability", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["contact_person_id"],
            ["contact_people.id"],
            name=op.f("fk_mentors_contact_person_id_contact_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_mentors_staff_id_staff"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentors")),
        sa.UniqueConstraint("uuid", name=op.f("uq_mentors_uuid")),
    )
    op.create_index(
        op.f("ix_mentors_contact_person_id"), "mentors", ["contact_person_id"], unique=False
    )
    op.create_index(op.f("ix_mentors_deleted_at"), "mentors", ["deleted_at"], unique=False)
    op.create_index("ix_mentors_origin", "mentors", ["origin_source", "origin_key"], unique=False)
    op.create_index(op.f("ix_mentors_staff_id"), "mentors", ["staff_id"], unique=False)
    op.create_table(
        "placements",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("host_organization_id", sa.Integer(), nullable=True),
        sa.Column("tutor_person_id", sa.Integer(), nullable=True),
        sa.Column("placement_kind", sa.String(length=30), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column(
            "hours_per_week", sa.Numeric(precision=7, scale=2, asdecimal=False), nullable=True
        ),
        sa.Column("contract", sa.String(length=120), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["project_activities.id"],
            name=op.f("fk_placements_activity_id_project_activities"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["neet_contacts.id"],
            name=op.f("fk_placements_contact_id_neet_contacts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["host_organization_id"],
            ["organizations.id"],
            name=op.f("fk_placements_host_organization_id_organizations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["tutor_person_id"],
            ["contact_people.id"],
            name=op.f("fk_placements_tutor_person_id_contact_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placements")),
        sa.UniqueConstraint("uuid", name=op.f("uq_placements_uuid")),
    )
    op.create_index(op.f("ix_placements_activity_id"), "placements", ["activity_id"], unique=False)
    op.create_index(op.f("ix_placements_contact_id"), "placements", ["contact_id"], unique=False)
    op.create_index(op.f("ix_placements_deleted_at"), "placements", ["deleted_at"], unique=False)
    op.create_index(
        op.f("ix_placements_host_organization_id"),
        "placements",
        ["host_organization_id"],
        unique=False,
    )
    op.create_index(
        "ix_placements_origin", "placements", ["origin_source", "origin_key"], unique=False
    )
    op.create_index(
        op.f("ix_placements_placement_kind"), "placements", ["placement_kind"], unique=False
    )
    op.create_index(op.f("ix_placements_start_date"), "placements", ["start_date"], unique=False)
    op.create_index(
        op.f("ix_placements_tutor_person_id"), "placements", ["tutor_person_id"], unique=False
    )
    op.create_table(
        "attendance",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("presence", sa.String(length=12), nullable=False),
        sa.Column("hours", sa.Numeric(precision=7, scale=2, asdecimal=False), nullable=True),
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
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["enrolments.id"],
            name=op.f("fk_attendance_enrolment_id_enrolments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["course_sessions.id"],
            name=op.f("fk_attendance_session_id_course_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
        sa.UniqueConstraint(
            "session_id", "enrolment_id", name=op.f("uq_attendance_session_id_enrolment_id")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_attendance_uuid")),
    )
    op.create_index(op.f("ix_attendance_deleted_at"), "attendance", ["deleted_at"], unique=False)
    op.create_index(
        op.f("ix_attendance_enrolment_id"), "attendance", ["enrolment_id"], unique=False
    )
    op.create_index(
        "ix_attendance_origin", "attendance", ["origin_source", "origin_key"], unique=False
    )
    op.create_index(op.f("ix_attendance_session_id"), "attendance", ["session_id"], unique=False)
    op.create_table(
        "mentor_assignments",
        sa.Column("mentor_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["neet_contacts.id"],
            name=op.f("fk_mentor_assignments_contact_id_neet_contacts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["mentor_id"],
            ["mentors.id"],
            name=op.f("fk_mentor_assignments_mentor_id_mentors"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentor_assignments")),
        sa.UniqueConstraint("uuid", name=op.f("uq_mentor_assignments_uuid")),
    )
    op.create_index(
        op.f("ix_mentor_assignments_contact_id"), "mentor_assignments", ["contact_id"], unique=False
    )
    op.create_index(
        op.f("ix_mentor_assignments_deleted_at"), "mentor_assignments", ["deleted_at"], unique=False
    )
    op.create_index(
        op.f("ix_mentor_assignments_mentor_id"), "mentor_assignments", ["mentor_id"], unique=False
    )
    op.create_index(
        "ix_mentor_assignments_origin",
        "mentor_assignments",
        ["origin_source", "origin_key"],
        unique=False,
    )
    op.create_index(
        op.f("ix_mentor_assignments_start_date"), "mentor_assignments", ["start_date"], unique=False
    )
    op.create_table(
        "mentoring_meetings",
        sa.Column("mentor_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("meeting_date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("next_appointment", sa.DateTime(), nullable=True),
        sa.Column("activity_id", sa.Integer(), nullable=True),
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
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["project_activities.id"],
            name=op.f("fk_mentoring_meetings_activity_id_project_activities"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["neet_contacts.id"],
            name=op.f("fk_mentoring_meetings_contact_id_neet_contacts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["mentor_id"],
            ["mentors.id"],
            name=op.f("fk_mentoring_meetings_mentor_id_mentors"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentoring_meetings")),
        sa.UniqueConstraint("uuid", name=op.f("uq_mentoring_meetings_uuid")),
    )
    op.create_index(
        op.f("ix_mentoring_meetings_activity_id"),
        "mentoring_meetings",
        ["activity_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_mentoring_meetings_contact_id"), "mentoring_meetings", ["contact_id"], unique=False
    )
    op.create_index(
        op.f("ix_mentoring_meetings_deleted_at"), "mentoring_meetings", ["deleted_at"], unique=False
    )
    op.create_index(
        op.f("ix_mentoring_meetings_meeting_date"),
        "mentoring_meetings",
        ["meeting_date"],
        unique=False,
    )
    op.create_index(
        op.f("ix_mentoring_meetings_mentor_id"), "mentoring_meetings", ["mentor_id"], unique=False
    )
    op.create_index(
        "ix_mentoring_meetings_origin",
        "mentoring_meetings",
        ["origin_source", "origin_key"],
        unique=False,
    )
    op.create_table(
        "placement_hours",
        sa.Column("placement_id", sa.Integer(), nullable=False),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("hours", sa.Numeric(precision=7, scale=2, asdecimal=False), nullable=False),
        sa.Column("notes", sa.String(length=300), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placements.id"],
            name=op.f("fk_placement_hours_placement_id_placements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement_hours")),
        sa.UniqueConstraint(
            "placement_id", "week_start", name=op.f("uq_placement_hours_placement_id_week_start")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_placement_hours_uuid")),
    )
    op.create_index(
        op.f("ix_placement_hours_deleted_at"), "placement_hours", ["deleted_at"], unique=False
    )
    op.create_index(
        "ix_placement_hours_origin",
        "placement_hours",
        ["origin_source", "origin_key"],
        unique=False,
    )
    op.create_index(
        op.f("ix_placement_hours_placement_id"), "placement_hours", ["placement_id"], unique=False
    )
    op.create_table(
        "project_ideas",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("sector", sa.String(length=30), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("mentor_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("idea_on", sa.Date(), nullable=True),
        sa.Column("plan_started_on", sa.Date(), nullable=True),
        sa.Column("plan_done_on", sa.Date(), nullable=True),
        sa.Column("presented_on", sa.Date(), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("abandoned_on", sa.Date(), nullable=True),
        sa.Column(
            "funding_sought", sa.Numeric(precision=12, scale=2, asdecimal=False), nullable=True
        ),
        sa.Column("funding_source", sa.String(length=200), nullable=False),
        sa.Column("business_plan", sa.LargeBinary(), nullable=True),
        sa.Column("business_plan_name", sa.String(length=200), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["project_activities.id"],
            name=op.f("fk_project_ideas_activity_id_project_activities"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["mentor_id"],
            ["mentors.id"],
            name=op.f("fk_project_ideas_mentor_id_mentors"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_ideas")),
        sa.UniqueConstraint("uuid", name=op.f("uq_project_ideas_uuid")),
    )
    op.create_index(
        op.f("ix_project_ideas_activity_id"), "project_ideas", ["activity_id"], unique=False
    )
    op.create_index(
        op.f("ix_project_ideas_deleted_at"), "project_ideas", ["deleted_at"], unique=False
    )
    op.create_index(
        op.f("ix_project_ideas_mentor_id"), "project_ideas", ["mentor_id"], unique=False
    )
    op.create_index(
        "ix_project_ideas_origin", "project_ideas", ["origin_source", "origin_key"], unique=False
    )
    op.create_index(op.f("ix_project_ideas_sector"), "project_ideas", ["sector"], unique=False)
    op.create_index(op.f("ix_project_ideas_status"), "project_ideas", ["status"], unique=False)
    op.create_index(op.f("ix_project_ideas_title"), "project_ideas", ["title"], unique=False)
    op.create_table(
        "project_idea_members",
        sa.Column("idea_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["neet_contacts.id"],
            name=op.f("fk_project_idea_members_contact_id_neet_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["idea_id"],
            ["project_ideas.id"],
            name=op.f("fk_project_idea_members_idea_id_project_ideas"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("idea_id", "contact_id", name=op.f("pk_project_idea_members")),
    )
    op.create_index(
        op.f("ix_project_idea_members_contact_id"),
        "project_idea_members",
        ["contact_id"],
        unique=False,
    )


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.drop_column("neet_contacts", "special_category_consent_on")
    for name in MARKERS:
        op.drop_column("neet_contacts", name)
    for table in LINKED_TO_ACTIVITY:
        op.drop_index(f"ix_{table}_activity_id", table_name=table)
        if sqlite:
            op.execute(f"ALTER TABLE {table} DROP COLUMN activity_id")
        else:
            op.drop_constraint(
                f"fk_{table}_activity_id_project_activities", table, type_="foreignkey"
            )
            op.drop_column(table, "activity_id")
    for table in reversed(NEW_TABLES):
        op.drop_table(table)
