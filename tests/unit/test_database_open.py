"""Opening database files: create, migrate, and refuse what is not ours without touching it."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from socialneet_desktop.db import migrate
from socialneet_desktop.db.database import DatabaseRefused, open_database
from socialneet_desktop.db.engine import APPLICATION_ID
from socialneet_desktop.db.models import RECORD_CLASSES, Base
from socialneet_desktop.db.search_ddl import is_index_table
from tests.conftest import shared_testdata


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_refused_untouched(path: Path, expected_words: str) -> DatabaseRefused:
    before = file_digest(path)
    siblings_before = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(DatabaseRefused) as refusal:
        open_database(path)
    assert expected_words in str(refusal.value)
    assert str(path) in str(refusal.value)
    assert file_digest(path) == before, "a refused file must be left byte-for-byte as it was"
    assert sorted(p.name for p in path.parent.iterdir()) == siblings_before
    return refusal.value


def inline_foreign_key(connection, difference) -> bool:
    """A foreign key SQLAlchemy reads without its name and ON DELETE: one that migration 0007
    added with ALTER TABLE (an inline column constraint, which its reflection does not parse),
    and that SQLite itself reports whole."""
    action, key = difference[0], difference[1]
    if action not in ("add_fk", "remove_fk") or len(key.columns) != 1:
        return False
    column = next(iter(key.columns)).name
    table = key.table.name
    rows = connection.exec_driver_sql(f"PRAGMA foreign_key_list({table})").all()
    # (id, seq, table, from, to, on_update, on_delete, match)
    return column == "activity_id" and any(
        row[3] == column and row[2] == "project_activities" and row[6] == "SET NULL" for row in rows
    )


def test_a_new_file_gets_the_whole_schema_at_the_head_revision(tmp_path):
    path = tmp_path / "sub" / "new.sqlite"
    database = open_database(path)
    with database.engine.connect() as connection:
        # The search index's FTS5 tables are made by migration 0006, not declared as models.
        not_index = {"include_name": lambda name, kind, _parent: not is_index_table(name)}
        context = MigrationContext.configure(connection, opts=not_index)
        assert context.get_current_revision() == migrate.HEAD_REVISION
        differences = compare_metadata(context, Base.metadata)
        assert [d for d in differences if not inline_foreign_key(connection, d)] == []
        application_id = connection.exec_driver_sql("PRAGMA application_id").scalar()
    assert application_id == APPLICATION_ID
    counts = database.record_counts()
    database.close()
    assert counts == {cls.__tablename__: 0 for cls in RECORD_CLASSES}
    assert "training_courses" in counts and "outcomes" in counts


def test_connections_use_the_safe_pragmas(database):
    with database.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2  # FULL
        assert pragma("journal_mode") == "wal"
        assert pragma("busy_timeout") >= 1000


def test_a_file_on_a_shared_folder_is_refused_read_write_untouched(tmp_path, monkeypatch):
    path = tmp_path / "shared.sqlite"
    open_database(path).close()
    monkeypatch.setattr("socialneet_desktop.db.storage.is_network_path", lambda path: True)
    assert_refused_untouched(path, "shared network folder")
    with pytest.raises(DatabaseRefused, match="shared network folder"):
        open_database(tmp_path / "new.sqlite")
    assert not (tmp_path / "new.sqlite").exists()


def test_reopening_keeps_the_data(tmp_path):
    path = tmp_path / "keep.sqlite"
    database = open_database(path)
    with database.session() as session:
        session.execute(
            text(
                "INSERT INTO staff (uuid, first_name, last_name, role, email, phone, active, notes,"
                " created_at, updated_at, created_by, updated_by, version)"
                " VALUES ('u1', 'Anna', 'Bianchi', 'operator', '', '', 1, '',"
                " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 't', 't', 1)"
            )
        )
    database.close()
    reopened = open_database(path)
    assert reopened.record_counts()["staff"] == 1
    reopened.close()


def test_an_older_schema_is_copied_then_upgraded(tmp_path):
    path = tmp_path / "old.sqlite"
    open_database(path).close()
    connection = sqlite3.connect(path)
    objects = connection.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view') "
        "AND name != 'alembic_version'"
    ).fetchall()
    for kind, name in objects:  # IF EXISTS: dropping an FTS5 table drops its own tables
        connection.execute(f'DROP {kind.upper()} IF EXISTS "{name}"')
    connection.execute("DELETE FROM alembic_version")
    connection.commit()
    connection.close()

    database = open_database(path)
    copies = list(tmp_path.glob("old.before-migration-none-*.sqlite"))
    assert len(copies) == 1, "a copy of the file is kept before migrating"
    assert database.record_counts()["neet_contacts"] == 0
    database.close()


def test_access_file_is_refused_untouched(tmp_path):
    copy = tmp_path / "nwind.mdb"
    shutil.copy(shared_testdata("access", "nwind.mdb"), copy)
    assert_refused_untouched(copy, "Microsoft Access")


def test_empty_file_is_refused_untouched(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")
    assert_refused_untouched(path, "empty")


def test_text_file_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("Elenco contatti\nRossi;Mario\n", encoding="utf-8")
    assert_refused_untouched(path, "not a SQLite file")


def test_sqlite_file_of_another_program_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")
    connection.execute("INSERT INTO songs (title) VALUES ('Volare')")
    connection.commit()
    connection.close()
    assert_refused_untouched(path, "another program")


def test_database_from_a_future_version_is_refused_untouched(tmp_path):
    path = tmp_path / "future.sqlite"
    open_database(path).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()
    refusal = assert_refused_untouched(path, "newer version")
    assert refusal.detail == "9999_from_the_future"


def test_damaged_database_is_refused_untouched(tmp_path):
    path = tmp_path / "damaged.sqlite"
    open_database(path).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page after the header
    path.write_bytes(bytes(data))
    assert_refused_untouched(path, "damaged")


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(DatabaseRefused, match="folder"):
        open_database(tmp_path)


def test_the_known_revisions_match_the_migration_scripts():
    assert list(migrate.KNOWN_REVISIONS) == migrate.script_revisions()
