"""Databases encrypted at rest (issue #24): what a lost laptop's disk shows, the passphrase,
the conversion there and back, a kill in the middle of it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy

from socialneet_desktop.cli import run_command
from socialneet_desktop.db import backup, encryption, passphrase, sqlite_connect
from socialneet_desktop.db.database import open_database
from socialneet_desktop.db.database_files import PassphraseNeeded, WrongPassphrase
from socialneet_desktop.db.opening import open_file
from socialneet_desktop.services.demo import fill_demo
from tests.helpers_cli import ROOT, run_socialneet

SECRET = "tre gatti sul tetto di Terni"
SQLITE_HEADER = b"SQLite format 3\x00"

pytest.importorskip("sqlcipher3", reason="the SQLCipher binding (sqlcipher3) is not installed")


@pytest.fixture(autouse=True)
def _no_keys_between_tests():
    sqlite_connect.forget_all_keys()
    yield
    sqlite_connect.forget_all_keys()


def _demo(path: Path, contacts: int = 12) -> list[bytes]:
    """A demo database at `path`; the codici fiscali, names and e-mails of its contacts."""
    database = open_database(path)
    try:
        fill_demo(database, contacts=contacts, seed=3)
    finally:
        database.close()
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT tax_code, first_name, last_name, email FROM neet_contacts"
        ).fetchall()
    finally:
        connection.close()
    values = {value for row in rows for value in row if value and len(value) >= 4}
    assert any(len(value) == 16 for value in values), "the demo contacts have codici fiscali"
    return sorted(value.encode() for value in values)


def _leaks(path: Path, secrets: list[bytes]) -> list[str]:
    data = path.read_bytes()
    found = [secret.decode() for secret in secrets if secret in data]
    if data.startswith(SQLITE_HEADER):
        found.append("the SQLite header")
    return found


def test_an_encrypted_database_its_wal_backups_and_copies_hold_no_personal_data(tmp_path):
    path = tmp_path / "contatti.sqlite"
    secrets = _demo(path)
    backup.backup_now(path)  # a plain backup made before: converted with the database
    encryption.encrypt(path, SECRET)
    assert _leaks(path, secrets) == []

    opened = open_file(path, deferred=False)  # the key is known in this process
    database = opened.database
    try:
        with database.engine.begin() as connection:  # a write: it is in the -wal now
            connection.exec_driver_sql("UPDATE neet_contacts SET notes = 'ok' WHERE id = 1")
        wal = path.with_name(path.name + "-wal")
        assert wal.stat().st_size > 0
        assert _leaks(wal, secrets) == []
        made = backup.backup_now(database)
    finally:
        database.close()
    restored = backup.restore(made, path)  # the before-restore copy
    copies = [*(tmp_path / "backups").iterdir(), restored.previous_copy]
    assert len(copies) >= 3
    for copy in copies:
        assert _leaks(copy, secrets) == [], copy.name
    for file in tmp_path.rglob("*"):
        if file.is_file():
            assert _leaks(file, secrets) == [], file.name


def test_the_right_passphrase_opens_a_wrong_one_is_refused_as_such_and_nothing_is_written(
    tmp_path,
):
    path = tmp_path / "contatti.sqlite"
    _demo(path, contacts=3)
    encryption.encrypt(path, SECRET)
    sqlite_connect.forget_all_keys()  # as a new process
    before = (path.read_bytes(), path.stat().st_mtime_ns, sorted(os.listdir(tmp_path)))

    with pytest.raises(PassphraseNeeded):
        open_file(path)
    assert not passphrase.unlock(path, "tre gatti sul tetto di Roma")
    with pytest.raises(PassphraseNeeded):
        open_file(path)
    sqlite_connect.remember_key(path, "a wrong passphrase given anyway")
    with pytest.raises(WrongPassphrase) as refused:
        open_file(path)
    assert "damaged" not in str(refused.value)
    sqlite_connect.forget_all_keys()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    env = {**os.environ, "SOCIALNEET_PASSPHRASE_FILE": str(wrong)}
    result = run_socialneet(path, "info", env=env)
    assert result.returncode == 1
    assert "passphrase does not open" in result.stderr
    assert "damaged" not in result.stderr
    wrong.unlink()
    assert (path.read_bytes(), path.stat().st_mtime_ns, sorted(os.listdir(tmp_path))) == before

    assert passphrase.unlock(path, SECRET)
    database = open_file(path, deferred=False).database
    try:
        assert database.record_counts()["neet_contacts"] == 3
    finally:
        database.close()


LISTS = ("contacts", "visits", "organizations", "meetings", "courses", "enrolments")


def _rows_of_export(database_path: Path, folder: Path) -> dict[str, list[tuple]]:
    """Every row of the lists' exports (identifiable), by list."""
    folder.mkdir()
    rows = {}
    for kind in LISTS:
        out = folder / f"{kind}.xlsx"
        argv = ["export", "list", "--kind", kind, "--identifiable", "--out", str(out)]
        assert run_command(argv, database_path) == 0
        workbook = openpyxl.load_workbook(out, read_only=True)
        sheets = workbook.worksheets
        every = [tuple(r) for sheet in sheets for r in sheet.iter_rows(values_only=True)]
        rows[kind] = [r for r in every if not str(r[:1]).startswith("('Exported on")]  # a clock
        workbook.close()
    return rows


def test_plain_to_encrypted_to_plain_keeps_every_record(tmp_path):
    path = tmp_path / "contatti.sqlite"
    _demo(path, contacts=25)
    counts = _counts(path)
    plain = _rows_of_export(path, tmp_path / "plain")
    encryption.encrypt(path, SECRET)
    assert sqlite_connect.is_encrypted_file(path)
    encrypted = _rows_of_export(path, tmp_path / "encrypted")
    encryption.decrypt(path, SECRET)
    assert path.read_bytes().startswith(SQLITE_HEADER)
    again = _rows_of_export(path, tmp_path / "again")
    assert len(plain["contacts"]) > 25
    assert plain == encrypted == again
    assert _counts(path) == counts


def test_the_command_encrypts_and_opens_with_the_passphrase_file(tmp_path):
    path = tmp_path / "contatti.sqlite"
    secrets = _demo(path, contacts=4)
    secret_file = tmp_path / "frase.txt"
    secret_file.write_text(SECRET + "\n", encoding="utf-8")
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    result = run_socialneet(path, "--passphrase-file", str(secret_file), "encrypt", env=env)
    assert result.returncode == 0, result.stderr
    assert _leaks(path, secrets) == []
    refused = run_socialneet(path, "info", env=env)
    assert refused.returncode == 1 and "passphrase is needed" in refused.stderr
    opened = run_socialneet(
        path, "info", env={**env, "SOCIALNEET_PASSPHRASE_FILE": str(secret_file)}
    )
    assert opened.returncode == 0, opened.stderr
    checked = run_socialneet(path, "--passphrase-file", str(secret_file), "check", env=env)
    assert checked.returncode == 0, checked.stderr


def test_a_backup_under_an_older_passphrase_is_restored_with_its_own_and_rekeyed(tmp_path):
    path = tmp_path / "contatti.sqlite"
    _demo(path, contacts=5)
    encryption.encrypt(path, SECRET)
    old_backup = backup.backup_now(path)
    encryption.change_passphrase(path, SECRET, "una frase nuova e lunga", copies=False)
    sqlite_connect.forget_all_keys()
    assert passphrase.unlock(path, "una frase nuova e lunga")
    with pytest.raises(PassphraseNeeded):
        backup.verify_backup(old_backup)
    assert passphrase.unlock(old_backup, SECRET)
    backup.restore(old_backup, path)
    sqlite_connect.forget_all_keys()
    assert not sqlite_connect.opens_with(path, SECRET)
    assert passphrase.unlock(path, "una frase nuova e lunga"), "the database's passphrase kept"
    database = open_file(path, deferred=False).database
    try:
        assert database.record_counts()["neet_contacts"] == 5
    finally:
        database.close()


CONVERT = """
import sys
from pathlib import Path
from socialneet_desktop.db import encryption
print("converting", flush=True)
encryption.encrypt(Path(sys.argv[1]), sys.argv[2])
print("done", flush=True)
"""


def test_a_kill_during_the_conversion_leaves_the_original_usable(tmp_path):
    path = tmp_path / "contatti.sqlite"
    _demo(path, contacts=150)
    counts = _counts(path)
    for _attempt in range(20):
        child = subprocess.Popen(
            [sys.executable, "-c", CONVERT, str(path), SECRET],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout.readline().strip() == "converting"
        killed = _kill_once_staged(child, tmp_path)
        child.wait()
        child.stdout.close()
        if killed:
            break
        encryption.decrypt(path, SECRET)  # it finished first: back to plain, and again
    else:
        pytest.skip("the conversion always finished before it could be killed")
    assert child.returncode == -signal.SIGKILL
    assert path.read_bytes().startswith(SQLITE_HEADER), "the original is still in place"
    assert _counts(path) == counts
    database = open_file(path, deferred=False).database
    try:
        assert database.record_counts()["neet_contacts"] == 150
    finally:
        database.close()


def _kill_once_staged(child: subprocess.Popen, folder: Path) -> bool:
    """SIGKILL `child` once its new file beside the database has content; False when it
    ended before."""
    while child.poll() is None:
        staged = [p for p in folder.glob(".contatti~*.tmp") if p.stat().st_size > 0]
        if staged:
            child.send_signal(signal.SIGKILL)
            return True
        time.sleep(0.001)
    return False


def _counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        return encryption.table_counts(connection)
    finally:
        connection.close()


def test_the_passphrase_is_remembered_in_the_credential_store(tmp_path, monkeypatch):
    keyring = pytest.importorskip("keyring")
    alt = pytest.importorskip(
        "keyrings.alt.file", reason="keyrings.alt (the keyring's file backend) is not installed"
    )
    store = alt.PlaintextKeyring()
    store.file_path = str(tmp_path / "keyring.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(store)
    try:
        path = tmp_path / "contatti.sqlite"
        _demo(path, contacts=2)
        encryption.encrypt(path, SECRET)
        assert passphrase.remember(path, SECRET)
        sqlite_connect.forget_all_keys()
        assert passphrase.needs_passphrase(path)
        assert passphrase.unlock_from_store(path), "opens silently from the store"
        assert not passphrase.needs_passphrase(path)
        passphrase.forget(path)
        sqlite_connect.forget_all_keys()
        assert not passphrase.unlock_from_store(path)
    finally:
        keyring.set_keyring(previous)


def test_the_plain_door_is_the_stdlib_connection_and_errors_are_stdlib_errors(tmp_path):
    path = tmp_path / "plain.sqlite"
    plain = sqlite_connect.connect(path)
    assert type(plain) is sqlite3.Connection
    plain.execute("CREATE TABLE t (a)")
    plain.commit()
    plain.close()
    keyed = tmp_path / "keyed.sqlite"
    connection = sqlite_connect.connect(keyed, key=SECRET)
    connection.execute("CREATE TABLE t (a)")
    with pytest.raises(sqlite3.OperationalError):
        connection.execute("SELECT nothing FROM t")
    connection.close()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite_connect.connect(keyed, sqlite_connect.READ_ONLY, key="wrong").close()


def test_the_exit_backup_of_an_encrypted_file_by_its_own_process_is_encrypted(tmp_path):
    from socialneet_desktop.db import exit_backup

    path = tmp_path / "contatti.sqlite"
    secrets = _demo(path, contacts=4)
    encryption.encrypt(path, SECRET)
    process = exit_backup.hand_over(path)  # the passphrase goes through a pipe
    assert process.wait(timeout=600) == 0
    [made] = (tmp_path / "backups").iterdir()
    assert _leaks(made, secrets) == []
    assert sqlite_connect.opens_with(made, SECRET)


def test_the_import_keys_live_in_an_encrypted_temporary_database():
    from socialneet_desktop.importers.file_keys import FileKeys

    keys = FileKeys()
    try:
        keys.add({"RSSMRA80A01L117X": 2})
        assert keys.rows_of(["RSSMRA80A01L117X", "other"]) == {"RSSMRA80A01L117X": 2}
        assert keys.connection.execute("PRAGMA cipher_version").fetchone() is not None
    finally:
        keys.close()


def test_an_erasure_carried_into_encrypted_backups_keeps_them_encrypted(tmp_path):
    from socialneet_desktop.services import erasure_register, privacy

    path = tmp_path / "contatti.sqlite"
    secrets = _demo(path, contacts=6)
    encryption.encrypt(path, SECRET)
    database = open_file(path, deferred=False).database
    try:
        made = backup.backup_now(database)
        with database.read_session() as session:
            contact_id, uuid = session.execute(
                sqlalchemy.text("SELECT id, uuid FROM neet_contacts ORDER BY id LIMIT 1")
            ).one()
        with database.session() as session:
            privacy.erase_contact(session, contact_id, user="luca", reason="request")
        report = erasure_register.scrub_pending_copies(database)
    finally:
        database.close()
    assert report.complete and made in report.scrubbed, report
    assert _leaks(made, secrets) == []
    connection = sqlite_connect.connect(made, sqlite_connect.READ_ONLY, key=SECRET)
    try:
        anonymised = connection.execute(
            "SELECT anonymised_at FROM neet_contacts WHERE uuid = ?", (uuid,)
        ).fetchone()[0]
    finally:
        connection.close()
    assert anonymised is not None
