"""The schema check: a file is compared with what the migrations give at its revision."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command

from socialneet_desktop.db import migrate, schema_check
from socialneet_desktop.db.audit_protection import upgrade_sql
from socialneet_desktop.db.database import open_database
from socialneet_desktop.db.engine import APPLICATION_ID, create_sqlite_engine
from socialneet_desktop.db.integrity import read_only_uri
from socialneet_desktop.db.models import Base

AUDIT_TRIGGERS = (
    "audit_events_no_delete",
    "audit_events_fixed_columns",
    "audit_events_scrub_only",
)


def problems_of(path: Path) -> list[str]:
    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        return schema_check.schema_problems(connection)
    finally:
        connection.close()


def changed_with_sql(path: Path, *statements: str) -> None:
    """`path` changed with plain SQL, as another tool would."""
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


def tampered(source: Path, target: Path, *statements: str) -> Path:
    """A copy of `source` changed with plain SQL."""
    shutil.copyfile(source, target)
    changed_with_sql(target, *statements)
    return target


def file_at(path: Path, revision: str) -> Path:
    """A database migrated only up to `revision`, as an older version left it."""
    engine = create_sqlite_engine(path)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        command.upgrade(migrate.alembic_config(connection), revision)
    engine.dispose()
    return path


@pytest.fixture
def fresh(database) -> Path:
    database.close()
    return database.path


def test_a_fresh_database_has_no_problem(fresh):
    assert problems_of(fresh) == []


@pytest.mark.parametrize("revision", migrate.KNOWN_REVISIONS)
def test_each_revision_matches_its_own_schema_and_then_the_head(tmp_path, revision):
    path = file_at(tmp_path / "old.sqlite", revision)
    assert problems_of(path) == []
    open_database(path).close()  # migrated to the head
    assert problems_of(path) == []


def test_the_expected_schema_comes_from_the_migrations(fresh):
    expected = schema_check.migrated_schema(migrate.HEAD_REVISION)
    assert set(Base.metadata.tables) <= set(expected.columns)
    assert set(AUDIT_TRIGGERS) <= set(expected.triggers)
    assert len(upgrade_sql()) - 1 == len(
        [name for name in expected.triggers if name.startswith("audit_events_")]
    )


def test_a_dropped_column_is_named(fresh, tmp_path):
    path = tampered(fresh, tmp_path / "x.sqlite", "ALTER TABLE neet_contacts DROP COLUMN notes")
    assert problems_of(path) == ["table neet_contacts: column notes is missing"]


def test_dropped_audit_triggers_are_named(fresh, tmp_path):
    drops = [f"DROP TRIGGER {name}" for name in AUDIT_TRIGGERS]
    path = tampered(fresh, tmp_path / "x.sqlite", *drops)
    missing = sorted(f"trigger {name} is missing" for name in AUDIT_TRIGGERS)
    assert sorted(problems_of(path)) == missing


def test_a_trigger_made_harmless_is_seen(fresh, tmp_path):
    path = tampered(
        fresh,
        tmp_path / "x.sqlite",
        "DROP TRIGGER audit_events_no_delete",
        "CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events BEGIN SELECT 1; END",
    )
    assert problems_of(path) == ["trigger audit_events_no_delete was changed"]


def test_extra_and_missing_tables_indexes_and_columns(fresh, tmp_path):
    connection = sqlite3.connect(fresh)
    [index] = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'neet_contacts' "
        "AND sql IS NOT NULL ORDER BY name LIMIT 1"
    ).fetchone()
    connection.close()
    path = tampered(
        fresh,
        tmp_path / "x.sqlite",
        "CREATE TABLE notes (x TEXT)",
        f"DROP INDEX {index}",
        "ALTER TABLE staff ADD COLUMN salary INTEGER",
        "DROP TABLE audit_scrub_permit",
    )
    assert sorted(problems_of(path)) == sorted(
        [
            "table notes should not be there",
            "table audit_scrub_permit is missing",
            f"table neet_contacts: index {index} is missing",
            "table staff: column salary should not be there",
        ]
    )


def test_a_changed_column_says_what_it_is_and_should_be(fresh, tmp_path):
    path = tampered(
        fresh,
        tmp_path / "x.sqlite",
        "ALTER TABLE staff RENAME COLUMN last_name TO surname",
        "ALTER TABLE staff ADD COLUMN last_name TEXT",
    )
    problems = problems_of(path)
    [problem] = [p for p in problems if "column last_name" in p]
    followed = "table staff: index ix_staff_last_name is (surname), it should be (last_name)"
    assert followed in problems
    assert problem.startswith("table staff: column last_name is TEXT, it should be VARCHAR(")
    assert problem.template == schema_check.COLUMN_CHANGED


def test_the_file_is_only_read(fresh, tmp_path):
    path = tampered(fresh, tmp_path / "x.sqlite", "DROP TRIGGER audit_events_no_delete")
    before = path.read_bytes()
    assert problems_of(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["test.sqlite", "x.sqlite"]


def test_a_revision_this_version_does_not_know(fresh, tmp_path):
    path = tampered(fresh, tmp_path / "x.sqlite", "UPDATE alembic_version SET version_num='9999'")
    assert problems_of(path) == ["revision 9999 is not known to this version"]


def test_the_snapshot_is_in_step_with_the_migrations():
    from socialneet_desktop.db import schema_snapshot

    assert schema_check.sources_digest() == schema_snapshot.SOURCES_DIGEST, (
        "a migration changed: run python tools/schema_snapshot.py"
    )
    stored = schema_check.stored_schemas()
    assert sorted(stored) == sorted(migrate.KNOWN_REVISIONS)
    for revision in migrate.KNOWN_REVISIONS:
        assert stored[revision] == schema_check.migrated_schema(revision), revision
        assert schema_check.expected_schema(revision) is stored[revision]


def test_a_snapshot_of_other_scripts_is_not_used(monkeypatch):
    from socialneet_desktop.db import schema_snapshot

    monkeypatch.setattr(schema_snapshot, "SOURCES_DIGEST", "taken from other scripts")
    schema_check.stored_schemas.cache_clear()
    try:
        assert schema_check.stored_schemas() == {}
        head = migrate.HEAD_REVISION
        assert schema_check.expected_schema(head) is schema_check.migrated_schema(head)
    finally:
        monkeypatch.undo()
        schema_check.stored_schemas.cache_clear()


def test_without_the_snapshot_the_same_problems_are_found(fresh, tmp_path, monkeypatch):
    monkeypatch.setattr(schema_check, "stored_schemas", dict)
    path = tampered(fresh, tmp_path / "x.sqlite", "ALTER TABLE neet_contacts DROP COLUMN notes")
    assert problems_of(path) == ["table neet_contacts: column notes is missing"]
    assert problems_of(fresh) == []
