"""Every user table of every test file imported through the whole pipeline, with each reader
that can open the file: every row is taken, rejected or found a duplicate (none lost: the
total is what mdb-export counts, or without mdbtools what the table's definition counts),
and importing the same table again adds nothing."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import func, select

from socialneet_desktop.db.models import UnusedResource
from socialneet_desktop.importers.access.errors import ReaderCannotRead
from socialneet_desktop.importers.access.mapping_store import origin_of
from socialneet_desktop.importers.access.readers import choose_reader
from socialneet_desktop.importers.pipeline import ImportPlan, import_rows
from tests.conftest import shared_testdata
from tests.unit.test_access_readers import FILES, READERS, exported, only_reader

WITH_USER_TABLES = [name for name in FILES if name not in ("corrupted.accdb", "empty2019.accdb")]


def _stored(database) -> int:
    with database.read_session() as session:
        return session.scalar(select(func.count()).select_from(UnusedResource))


def _expected_rows(path, info) -> int:
    if shutil.which("mdb-export"):
        return len(exported(path, info.name)) - 1
    return info.row_count


@pytest.mark.parametrize("reader_name", READERS)
@pytest.mark.parametrize("name", WITH_USER_TABLES)
def test_every_table_imports_whole_and_only_once(database, name, reader_name, monkeypatch):
    only_reader(monkeypatch, reader_name)
    path = shared_testdata("access", name)
    try:
        reader = choose_reader(path)
    except ReaderCannotRead:
        pytest.skip(f"{reader_name} cannot open {name} (see SOURCES.md)")
    assert reader.name == reader_name
    imported = 0
    for info in reader.tables():
        table = reader.read(info.name)
        assert len(table.rows) == _expected_rows(path, info) >= 0, info.name
        if not table.rows:
            continue
        # Any table can be brought in as resources: its first column as the title.
        plan = ImportPlan("resources", {table.headers[0]: "title"}, {"category": "other"})
        plan.origin_source = origin_of(path, info.name)
        plan.origin_key_columns = tuple(table.primary_key)
        before = _stored(database)
        first = import_rows(database, table, plan, user="t")
        assert len(first.rows) == len(table.rows), info.name
        assert first.count("created") == len(first.accepted), info.name
        assert _stored(database) == before + first.count("created"), info.name
        imported += first.count("created")
        again = import_rows(database, table, plan, user="t")
        assert again.count("created") == 0, info.name
        assert _stored(database) == before + first.count("created"), info.name
    assert imported > 0
    assert _stored(database) == imported
