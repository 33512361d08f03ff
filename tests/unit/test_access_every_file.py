"""Every user table of every test file imported through the whole pipeline, with each reader
that can open the file: every row is taken, rejected or found a duplicate (none lost: the
total is what mdb-export counts), and importing the same table again adds nothing."""

from __future__ import annotations

import importlib.util
import shutil

import pytest
from sqlalchemy import func, select

from socialneet_desktop.db.models import UnusedResource
from socialneet_desktop.importers.access.errors import ReaderCannotRead
from socialneet_desktop.importers.access.mapping_store import origin_of
from socialneet_desktop.importers.access.readers import choose_reader
from socialneet_desktop.importers.pipeline import ImportPlan, import_rows
from tests.conftest import shared_testdata
from tests.unit.test_access_readers import FILES, PARSER_CANNOT_READ_TABLE, exported

WITH_USER_TABLES = [name for name in FILES if name not in ("corrupted.accdb", "empty2019.accdb")]
READERS = [
    pytest.param(
        "mdbtools",
        marks=pytest.mark.skipif(not shutil.which("mdb-export"), reason="mdbtools is absent"),
    ),
    pytest.param(
        "access-parser",
        marks=pytest.mark.skipif(
            not importlib.util.find_spec("access_parser"), reason="access-parser is absent"
        ),
    ),
]


def _stored(database) -> int:
    with database.read_session() as session:
        return session.scalar(select(func.count()).select_from(UnusedResource))


@pytest.mark.skipif(not shutil.which("mdb-export"), reason="mdb-export gives the reference")
@pytest.mark.parametrize("prefer", READERS)
@pytest.mark.parametrize("name", WITH_USER_TABLES)
def test_every_table_imports_whole_and_only_once(database, name, prefer):
    path = shared_testdata("access", name)
    try:
        reader = choose_reader(path, prefer=prefer)
    except ReaderCannotRead:
        pytest.skip(f"{prefer} cannot open {name} (see SOURCES.md); mdbtools is checked on it")
    imported = 0
    for info in reader.tables():
        if (name, info.name) in PARSER_CANNOT_READ_TABLE and prefer == "access-parser":
            continue
        table = reader.read(info.name)
        if not table.rows:
            continue
        # Any table can be brought in as resources: its first column as the title.
        plan = ImportPlan("resources", {table.headers[0]: "title"}, {"category": "other"})
        plan.origin_source = origin_of(path, info.name)
        plan.origin_key_columns = tuple(table.primary_key)
        first = import_rows(database, table, plan, user="t")
        assert len(first.rows) == len(exported(path, info.name)) - 1, info.name
        assert first.count("created") == len(first.accepted), info.name
        imported += first.count("created")
        again = import_rows(database, table, plan, user="t")
        assert again.count("created") == 0, info.name
    assert imported > 0
    assert _stored(database) == imported
