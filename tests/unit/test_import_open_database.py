"""Choosing the open database (or its -wal/-shm) as the file to import is refused before a
byte of it is read: reading and closing it with plain file I/O would drop SQLite's locks."""

from __future__ import annotations

import sys

import pytest
from sqlalchemy import text

from socialneet_desktop.db.opening import open_file
from socialneet_desktop.importers.access.errors import OpenDatabase, check_signature
from socialneet_desktop.importers.readers import OPEN_DATABASE, UnreadableFile, read_table

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the -shm is POSIX only")


@pytest.fixture
def opened(tmp_path):
    database = open_file(tmp_path / "office.sqlite").database
    with database.session() as session:  # a write, so the -wal and -shm are there
        session.execute(text("UPDATE app_settings SET id = id"))
    yield database
    database.close()


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_the_spreadsheet_import_refuses_the_open_database(opened, suffix):
    path = opened.path.with_name(opened.path.name + suffix)
    assert path.exists()
    with pytest.raises(UnreadableFile) as refusal:
        read_table(path)
    assert refusal.value.message == OPEN_DATABASE


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_the_access_import_refuses_the_open_database(opened, suffix):
    with pytest.raises(OpenDatabase):
        check_signature(opened.path.with_name(opened.path.name + suffix))


def test_a_closed_database_file_is_only_not_a_spreadsheet(tmp_path):
    database = open_file(tmp_path / "closed.sqlite").database
    database.close()
    with pytest.raises(UnreadableFile) as refusal:
        read_table(tmp_path / "closed.sqlite")
    assert refusal.value.message != OPEN_DATABASE


def test_a_mapping_file_that_is_the_open_database_is_refused_unread(opened):
    from socialneet_desktop.importers.access.mapping_store import MappingFileError, read_store

    with pytest.raises(MappingFileError, match="open in this program"):
        read_store(opened.path)
