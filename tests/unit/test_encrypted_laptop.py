"""Issue #24's "done when", end to end: a laptop's encrypted database opens with its
passphrase, backs up encrypted, restores, exchanges packages with the office (#21) both ways,
and afterwards no file in the laptop's folder holds any contact's codice fiscale, name or
e-mail (nor the SQLite header)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from socialneet_desktop.db import backup, encryption, passphrase, sqlite_connect
from socialneet_desktop.db.database import open_database
from socialneet_desktop.db.database_files import PassphraseNeeded
from socialneet_desktop.db.models import NeetContact
from socialneet_desktop.db.opening import open_file
from socialneet_desktop.services import records
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.services.exchange.apply import import_package
from socialneet_desktop.services.exchange.export import export_package

pytest.importorskip("sqlcipher3", reason="the SQLCipher binding (sqlcipher3) is not installed")

LAPTOP_SECRET = "il portatile di Anna, a Narni"
EXCHANGE_SECRET = "la frase dello scambio dell'associazione"
SQLITE_HEADER = b"SQLite format 3\x00"


@pytest.fixture(autouse=True)
def _no_keys_between_tests():
    sqlite_connect.forget_all_keys()
    yield
    sqlite_connect.forget_all_keys()


def _personal_values(path: Path) -> list[bytes]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT tax_code, first_name, last_name, email FROM neet_contacts"
        ).fetchall()
    finally:
        connection.close()
    found = {value for row in rows for value in row if value and len(value) >= 5}
    assert sum(len(value) == 16 for value in found) >= 5, "the demo contacts have codici fiscali"
    return sorted(value.encode() for value in found)


def _files_holding(folder: Path, secrets: list[bytes]) -> list[str]:
    leaks = []
    for file in sorted(folder.rglob("*")):
        if file.is_file():
            data = file.read_bytes()
            leaks += [f"{file.name}: {s.decode()}" for s in secrets if s in data]
            if data.startswith(SQLITE_HEADER):
                leaks.append(f"{file.name}: the SQLite header")
    return leaks


def test_an_encrypted_laptop_works_and_its_folder_holds_no_personal_data(tmp_path):
    office_path = tmp_path / "ufficio" / "socialneet.sqlite"
    office_path.parent.mkdir()
    office = open_database(office_path)
    fill_demo(office, contacts=15, seed=11)
    office.close()
    secrets = _personal_values(office_path)
    office = open_database(office_path)
    laptop_folder = tmp_path / "portatile"
    laptop_folder.mkdir()
    full = laptop_folder / "per-il-portatile.snpkg"
    with office.session() as session:
        export_package(session, full, EXCHANGE_SECRET)  # a full package for a new laptop

    laptop_path = laptop_folder / "socialneet.sqlite"
    open_file(laptop_path, deferred=False).database.close()  # a new database…
    encryption.encrypt(laptop_path, LAPTOP_SECRET)  # …encrypted at once
    sqlite_connect.forget_all_keys()
    with pytest.raises(PassphraseNeeded):
        open_file(laptop_path, deferred=False)
    assert not passphrase.unlock(laptop_path, "not the laptop's passphrase")
    assert passphrase.unlock(laptop_path, LAPTOP_SECRET)  # as the window's question does
    laptop = open_file(laptop_path, deferred=False).database
    try:
        report = import_package(laptop, full, EXCHANGE_SECRET)
        assert report.created > 0 and report.refused == 0
        assert laptop.record_counts()["neet_contacts"] == 15
        with laptop.session() as session:  # a field visit: an edit on the laptop
            contact = session.query(NeetContact).order_by(NeetContact.id).first()
            records.update_record(
                session,
                NeetContact,
                contact.id,
                contact.version,
                {"notes": "visto a Narni"},
                user="anna",
            )
        made = backup.backup_now(laptop)
        back = laptop_folder / "per-l-ufficio.snpkg"
        with laptop.session() as session:
            export_package(session, back, EXCHANGE_SECRET, for_device=_office_device(office))
    finally:
        laptop.close()
    restored = backup.restore(made, laptop_path)  # and a restore, with its before-restore copy
    assert restored.previous_copy.exists()

    received = import_package(office, back, EXCHANGE_SECRET)
    assert received.updated >= 1 and received.conflicts == 0
    with office.session() as session:
        notes = {c.notes for c in session.query(NeetContact)}
    office.close()
    assert "visto a Narni" in notes

    assert len(list(laptop_folder.rglob("*.sqlite"))) >= 3  # the database, a backup, a copy
    assert _files_holding(laptop_folder, secrets) == []


def _office_device(office) -> str:
    from socialneet_desktop.services.exchange import devices

    with office.engine.connect() as connection:
        return devices.this_device_uuid(connection)
