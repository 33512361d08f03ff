"""The search index (migration 0006): folded text, kept current by every write path, filled
for the rows already there, and no trace of an erased person left in it."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import text

from socialneet_desktop.db import migrate
from socialneet_desktop.db.database import open_database
from socialneet_desktop.db.models import MeetingPointVisit, NeetContact, Staff
from socialneet_desktop.db.search_ddl import INDEXED_TABLES, merge_indexes
from socialneet_desktop.domain.search_text import FOLDED, fold_for_search, indexed_text
from socialneet_desktop.services import privacy
from socialneet_desktop.services.records import (
    create_record,
    delete_record,
    restore_record,
    update_record,
)

PERSON = {"first_name": "Nicolò", "last_name": "Dell'Orso", "gender": "male"}


def indexed_ids(path, table: str, word: str) -> list[int]:
    """The rows whose indexed text holds `word` (folded), read with plain SQLite."""
    index = f"{table}_search"
    phrase = '"' + fold_for_search(word) + '"'
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            f"SELECT rowid FROM {index} WHERE {index} MATCH ? ORDER BY rowid", (phrase,)
        )
        return [row[0] for row in rows]


def index_is_whole(path) -> None:
    """FTS5's own check of every index against the text its view gives now."""
    with sqlite3.connect(path) as connection:
        for indexed in INDEXED_TABLES:
            connection.execute(
                f"INSERT INTO {indexed.index}({indexed.index}, rank) VALUES ('integrity-check', 1)"
            )


def add_contact(database, values=PERSON) -> int:
    with database.session() as session:
        return create_record(session, NeetContact, dict(values), user="anna").id


def test_the_sql_folding_is_the_python_folding(database):
    every = "".join(FOLDED)
    values = ("NICOLÒ Straße", "Dell’Orso\tIonuț", every, "o\u0300k " + every.upper())
    with database.session() as session:
        for number, value in enumerate(values):
            session.add(Staff(first_name=value, last_name=str(number), email=None, role="tutor"))
    with sqlite3.connect(database.path) as connection:
        rows = connection.execute(
            "SELECT first_name, last_name, email, text FROM staff_search_text JOIN staff USING (id)"
        )
        for first, last, email, indexed in rows:
            assert indexed == indexed_text(last, first, email)
    assert fold_for_search("NICOLÒ Dell’Orso") == "nicolo dell'orso"


def test_every_write_path_keeps_the_index_current(database):
    contact_id = add_contact(database)
    assert indexed_ids(database.path, "neet_contacts", "nicolo") == [contact_id]
    with database.session() as session:
        contact = session.get(NeetContact, contact_id)
        update_record(
            session, NeetContact, contact_id, contact.version, {"first_name": "Mario"}, user="a"
        )
    assert indexed_ids(database.path, "neet_contacts", "nicolo") == []
    assert indexed_ids(database.path, "neet_contacts", "mario") == [contact_id]
    with database.session() as session:
        delete_record(
            session, NeetContact, contact_id, session.get(NeetContact, contact_id).version, user="a"
        )
    assert indexed_ids(database.path, "neet_contacts", "mario") == []  # the recycle bin
    with database.session() as session:
        restore_record(session, NeetContact, contact_id, user="a")
    assert indexed_ids(database.path, "neet_contacts", "mario") == [contact_id]
    with sqlite3.connect(database.path) as connection:  # another tool, plain SQL
        connection.execute(
            "UPDATE neet_contacts SET last_name = 'Zuccàri' WHERE id = ?", (contact_id,)
        )
    assert indexed_ids(database.path, "neet_contacts", "zuccari") == [contact_id]
    with sqlite3.connect(database.path) as connection:
        connection.execute("DELETE FROM neet_contacts WHERE id = ?", (contact_id,))
    assert indexed_ids(database.path, "neet_contacts", "zuccari") == []
    index_is_whole(database.path)


def test_an_import_keeps_the_index_current(database, tmp_path):
    from socialneet_desktop.importers.mapping import guess_mapping
    from socialneet_desktop.importers.pipeline import ImportPlan, import_rows
    from socialneet_desktop.importers.readers import read_table

    source = tmp_path / "enti.csv"
    source.write_text(
        "Denominazione;Codice fiscale;Comune;Prov;Tipo\n"
        "Associazione Città Aperta APS;91000000009;Terni;TR;APS\n",
        encoding="utf-8",
    )
    table = read_table(source)
    plan = ImportPlan("organizations", guess_mapping("organizations", table.headers), {})
    assert import_rows(database, table, plan, user="t").count("created") == 1
    assert len(indexed_ids(database.path, "organizations", "città")) == 1
    assert len(indexed_ids(database.path, "organizations", "0000000")) == 1  # inside the code
    index_is_whole(database.path)


def test_the_demo_generator_keeps_the_index_current(database):
    from socialneet_desktop.services.demo import fill_demo

    fill_demo(database, contacts=30, seed=4, today=date(2026, 3, 1))
    with sqlite3.connect(database.path) as connection:
        contacts = connection.execute("SELECT id, tax_code FROM neet_contacts").fetchall()
    for contact_id, tax_code in contacts:
        assert contact_id in indexed_ids(database.path, "neet_contacts", tax_code[3:9])
    index_is_whole(database.path)


def test_the_migration_fills_the_index_for_the_rows_already_there(tmp_path):
    path = tmp_path / "old.sqlite"
    database = open_database(path)
    kept = add_contact(database)
    gone = add_contact(database, {**PERSON, "first_name": "Niccolò"})
    with database.session() as session:
        delete_record(session, NeetContact, gone, 1, user="a")
    with database.engine.begin() as connection:
        from alembic import command

        command.downgrade(migrate.alembic_config(connection), "0005")
        names = connection.execute(text("SELECT name FROM sqlite_master")).scalars().all()
    assert not [name for name in names if "_search" in name]
    database.close()
    reopened = open_database(path)  # migrates 0005 -> 0006
    reopened.close()
    assert indexed_ids(path, "neet_contacts", "nicolo") == [kept]  # not the deleted one
    assert indexed_ids(path, "neet_contacts", "dell'orso") == [kept]
    index_is_whole(path)


def index_blocks(path) -> bytes:
    with sqlite3.connect(path) as connection:
        blocks = []
        for indexed in INDEXED_TABLES:
            rows = connection.execute(f"SELECT block FROM {indexed.index}_data")
            blocks += [row[0] for row in rows if isinstance(row[0], bytes)]
    return b"".join(blocks)


def test_merged_after_an_erasure_no_trigram_of_the_person_is_left_in_the_index(database):
    """What services.privacy.compact_file and db.scrub are to do before they compact a file
    after an erasure (merge_indexes): without it the trigrams stay in older segments."""
    contact_id = add_contact(database, {**PERSON, "last_name": "Qwyxzv"})
    with database.session() as session:
        visit = {"contact_id": contact_id, "visit_date": date(2026, 1, 5)}
        visit |= {"visit_type": "orientation", "summary": "Parla di jqkvw"}
        create_record(session, MeetingPointVisit, visit, user="a")
    for _ in range(3):  # more segments, as a file used for a while has
        add_contact(database, {**PERSON, "last_name": "Bianchi"})
    assert b"qwy" in index_blocks(database.path) and b"jqk" in index_blocks(database.path)
    with database.session() as session:
        privacy.erase_contact(session, contact_id, user="luca", reason="request")
    assert b"qwy" in index_blocks(database.path), "FTS5 kept it: merging is needed"
    with sqlite3.connect(database.path) as connection:
        merge_indexes(connection)
    blocks = index_blocks(database.path)
    for trigram in (b"qwy", b"wyx", b"yxz", b"xzv", b"jqk", b"qkv", b"kvw"):
        assert trigram not in blocks
    assert indexed_ids(database.path, "neet_contacts", "bianchi")
    index_is_whole(database.path)


def test_merging_a_file_older_than_the_index_does_nothing(tmp_path):
    with sqlite3.connect(tmp_path / "old.sqlite") as connection:
        connection.execute("CREATE TABLE neet_contacts (id INTEGER PRIMARY KEY)")
        merge_indexes(connection)


@pytest.mark.parametrize("indexed", INDEXED_TABLES, ids=lambda t: t.table)
def test_each_index_covers_its_table(database, indexed):
    with sqlite3.connect(database.path) as connection:
        columns = {row[1] for row in connection.execute(f"PRAGMA table_info({indexed.table})")}
    assert set(indexed.source_columns()) <= columns


def test_a_visit_is_indexed_with_its_contact_name_and_follows_a_rename(database):
    contact_id = add_contact(database)
    with database.session() as session:
        values = {
            "contact_id": contact_id,
            "visit_date": date(2026, 1, 5),
            "visit_type": "orientation",
        }
        visit = create_record(session, MeetingPointVisit, {**values, "summary": "CV"}, user="a")
    assert indexed_ids(database.path, "meeting_point_visits", "nicolo") == [visit.id]
    with database.session() as session:
        contact = session.get(NeetContact, contact_id)
        update_record(
            session, NeetContact, contact_id, contact.version, {"first_name": "Piero"}, user="a"
        )
    assert indexed_ids(database.path, "meeting_point_visits", "nicolo") == []
    assert indexed_ids(database.path, "meeting_point_visits", "piero") == [visit.id]
    index_is_whole(database.path)


def test_a_bulk_load_with_the_index_rebuilt_after_leaves_it_whole(database):
    """The demo generator loads with the index's triggers off (search_ddl.rebuilt_after)."""
    from socialneet_desktop.db.schema_check import schema_problems
    from socialneet_desktop.services.demo import fill_demo

    fill_demo(database, contacts=30, seed=4, today=date(2026, 3, 1))
    with sqlite3.connect(database.path) as connection:
        contacts = connection.execute("SELECT id, tax_code FROM neet_contacts").fetchall()
        assert schema_problems(connection) == []  # the triggers are back
    for contact_id, tax_code in contacts:
        assert contact_id in indexed_ids(database.path, "neet_contacts", tax_code[3:9])
    index_is_whole(database.path)
    later = add_contact(database, {**PERSON, "last_name": "Zanichelli"})
    assert indexed_ids(database.path, "neet_contacts", "zanichelli") == [later]
