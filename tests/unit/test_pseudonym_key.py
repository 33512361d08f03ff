"""Person codes are an HMAC with a secret of each database: migration 0004 gives existing and
new databases one, two databases with the same uuids give different codes, and an erased
contact's last name is not its code."""

from __future__ import annotations

import sqlite3
from datetime import date

import openpyxl
from alembic import command
from sqlalchemy import create_engine

from socialneet_desktop.db import migrate
from socialneet_desktop.db.database import open_database
from socialneet_desktop.db.engine import APPLICATION_ID
from socialneet_desktop.db.models import NeetContact
from socialneet_desktop.exports.excel import HEADER_ROW
from socialneet_desktop.exports.list_export import export_list
from socialneet_desktop.services import privacy
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.services.list_specs import ListQuery
from socialneet_desktop.services.pseudonyms import coder, current_key, pseudonym

TODAY = date(2026, 6, 30)


def _keys(path) -> list[tuple[int, bytes]]:
    with sqlite3.connect(path) as raw:
        return raw.execute("SELECT generation, secret FROM pseudonym_keys").fetchall()


def test_an_existing_database_gets_a_random_key_when_migrated(tmp_path):
    old = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{old}")
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        command.upgrade(migrate.alembic_config(connection), "0003")
    engine.dispose()
    with sqlite3.connect(old) as raw:
        assert not raw.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'pseudonym_keys'"
        ).fetchall()
    open_database(old).close()
    new = tmp_path / "new.sqlite"
    open_database(new).close()
    (generation, secret), (_, other) = _keys(old)[0], _keys(new)[0]
    assert generation == 1 and len(secret) == len(other) == 32 and secret != other
    with sqlite3.connect(old) as raw:
        settings = [r[1] for r in raw.execute("PRAGMA table_info(app_settings)")]
    assert {"small_count_threshold", "k_anonymity"} <= set(settings)


def _codes(database, tmp_path, name) -> list[str]:
    out = tmp_path / f"{name}.xlsx"
    export_list(database, "contacts", ListQuery(), out, today=TODAY)
    sheet = openpyxl.load_workbook(out).active
    return [row[0] for row in sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True)]


def test_two_databases_with_the_same_uuids_give_different_codes(tmp_path):
    first, second = open_database(tmp_path / "a.sqlite"), open_database(tmp_path / "b.sqlite")
    try:
        fill_demo(first, contacts=20, seed=4, today=TODAY)
        fill_demo(second, contacts=20, seed=4, today=TODAY)
        with sqlite3.connect(first.path) as raw:
            uuids = raw.execute("SELECT id, uuid FROM neet_contacts").fetchall()
        with sqlite3.connect(second.path) as raw:
            raw.executemany(
                "UPDATE neet_contacts SET uuid = ? WHERE id = ?", [(u, i) for i, u in uuids]
            )
        codes = _codes(first, tmp_path, "a"), _codes(second, tmp_path, "b")
        assert len(codes[0]) == len(codes[1]) == len(set(codes[0])) > 0
        assert not set(codes[0]) & set(codes[1])
        with first.read_session() as session:
            key = current_key(session)
            assert set(codes[0]) == {pseudonym(u, key) for _i, u in uuids}
            assert "secret" not in repr(key) and key.secret.hex() not in repr(key)
    finally:
        first.close()
        second.close()


def test_an_erased_contact_is_not_named_by_its_code(database):
    fill_demo(database, contacts=5, seed=2, today=TODAY)
    with database.session() as session:
        contact = session.query(NeetContact).first()
        code = coder(session)(contact.uuid)
        privacy.erase_contact(session, contact.id, user="anna", reason="richiesta")
    with database.read_session() as session:
        erased = session.get(NeetContact, contact.id)
        assert erased.last_name == privacy.ERASED_NAME and erased.first_name == ""
        assert code not in (erased.last_name, erased.first_name, erased.notes)
    with database.engine.connect() as raw:
        names = {r[0] for r in raw.exec_driver_sql("SELECT last_name FROM neet_contacts")}
    assert code not in names
