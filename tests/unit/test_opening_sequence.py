"""One opening sequence for the window, the `socialneet` command and the self-test: each check
runs once per open, a damaged file is refused with the newest backup named, a second open of
an open file shares it, and the window closes a file only when it has to."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy.exc import OperationalError

from socialneet_desktop import cli
from socialneet_desktop.app import Application
from socialneet_desktop.db import backup, database_files, in_use, integrity
from socialneet_desktop.db import database as databases
from socialneet_desktop.db.database import open_database
from socialneet_desktop.db.models import NeetContact
from socialneet_desktop.self_test import run_self_test
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.services.records import create_record
from socialneet_desktop.ui import backup_dialogs
from socialneet_desktop.ui.opening import try_open


@pytest.fixture
def calls(monkeypatch) -> Counter:
    """How often each step of the sequence runs (the real steps run: they are counted only)."""
    counted: Counter = Counter()
    for module, name in (
        (database_files, "_check_header"),
        (integrity, "quick_check"),
        (backup, "maybe_daily_backup"),
    ):
        real = getattr(module, name)

        def spy(*args, _real=real, _name=name, **kwargs):
            counted[_name] += 1
            return _real(*args, **kwargs)

        monkeypatch.setattr(module, name, spy)
    return counted


@pytest.fixture
def boxes(monkeypatch) -> list[str]:
    """Message boxes answered at once; their texts, in order."""
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: texts.append(box.text()))
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *a: texts.append(text))
    return texts


def existing_file(path: Path, contacts: int = 0) -> Path:
    database = open_database(path)
    try:
        if contacts:
            fill_demo(database, contacts=contacts, seed=5)
    finally:
        database.close()
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_command_checks_the_file_and_backs_it_up_once_per_open(tmp_path, calls, capsys):
    path = existing_file(tmp_path / "ufficio.sqlite")
    assert cli.main(["--database", str(path), "info"]) == 0
    assert "NEET contacts: 0" in capsys.readouterr().out
    assert calls == {"_check_header": 1, "quick_check": 1, "maybe_daily_backup": 1}
    assert len(backup.list_backups(tmp_path / "backups")) == 1


def test_the_window_checks_the_file_and_backs_it_up_once_per_open(qtbot, tmp_path, calls):
    """The full check and the daily backup run after the opening, in a worker (ui.deferred_
    opening): once the first rows are painted, or after a moment for an empty list."""
    path = existing_file(tmp_path / "ufficio.sqlite")
    application = Application()
    qtbot.addWidget(application.window)
    application.open_first(path)
    try:
        assert application.database is not None
        assert calls == {"_check_header": 1}
        qtbot.waitUntil(lambda: application.deferred.last_outcome is not None, timeout=20_000)
        assert calls == {"_check_header": 1, "quick_check": 1, "maybe_daily_backup": 1}
    finally:
        application.deferred.stop()
        application.database.close()


def test_the_self_test_opens_its_database_through_the_sequence(calls, capsys, monkeypatch):
    """Every database the self-test opens (its own, and the encrypted copy of issue 24's step)
    goes through the sequence, with its daily backup once."""
    from socialneet_desktop.db import opening

    opened = []
    real_open = opening.open_file

    def counted_open(*args, **kwargs):
        result = real_open(*args, **kwargs)  # a refusal (no passphrase) raises: not counted
        opened.append(args[0])
        return result

    monkeypatch.setattr(opening, "open_file", counted_open)
    assert run_self_test() == 0
    assert opened, "the self-test opened no database through the sequence"
    assert calls["maybe_daily_backup"] == len(opened), capsys.readouterr().out


def damage_contacts_table(path: Path) -> None:
    """Wreck the first page of the contacts' table: the header, the schema and the revision
    still read, but SQLite's quick check fails."""
    connection = sqlite3.connect(path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'neet_contacts'"
    ).fetchone()[0]
    connection.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\x07" * 64)


def test_a_damaged_file_is_refused_by_the_command_with_the_newest_backup(tmp_path, capsys):
    path = existing_file(tmp_path / "ufficio.sqlite", contacts=60)
    made = backup.backup_now(path)
    damage_contacts_table(path)
    before = digest(path)
    assert cli.main(["--database", str(path), "info"]) == 1
    err = capsys.readouterr().err
    assert str(path) in err and ("is damaged" in err or "cannot be read as a database" in err)
    assert f"socialneet restore {made}" in err
    assert digest(path) == before, "a damaged file is left as it was"
    assert not databases.is_open(path)


def test_a_second_open_of_an_open_file_shares_it(tmp_path):
    path = tmp_path / "ufficio.sqlite"
    first = open_database(path)
    second = open_database(path)
    assert second is not first and second.engine is first.engine
    first.close()
    assert databases.is_open(path), "the other holder still has it open"
    with second.session() as session:
        create_record(session, NeetContact, {"last_name": "Rossi"}, user="t")
    second.close()
    assert not databases.is_open(path)
    third = open_database(path)
    assert third.engine is not first.engine and third.record_counts()["neet_contacts"] == 1
    third.close()


def test_cancel_changes_nothing_and_a_real_restore_reopens_the_file(
    qtbot, tmp_path, boxes, monkeypatch
):
    path = existing_file(tmp_path / "ufficio.sqlite", contacts=10)
    application = Application()
    qtbot.addWidget(application.window)
    application.open_first(path)  # the daily backup holds the 10 contacts
    qtbot.waitUntil(lambda: application.deferred.last_outcome is not None, timeout=20_000)
    database = application.database
    with database.session() as session:
        create_record(session, NeetContact, {"last_name": "Dopo il backup"}, user="t")
    answer = QDialog.DialogCode.Rejected
    monkeypatch.setattr(backup_dialogs.RestoreDialog, "exec", lambda dialog: answer)
    application.restore()
    assert application.database is database and not database.closed
    assert application.window.database is database

    answer = QDialog.DialogCode.Accepted
    application.restore()
    assert database.closed, "the file was closed before it was replaced"
    assert application.database is not None and application.database is not database
    assert application.database.record_counts()["neet_contacts"] == 10
    assert application.window.database is application.database

    restored = application.database
    [newest, *_older] = backup.list_backups(tmp_path / "backups")
    newest.path.write_bytes(b"not a database any more")  # the restore will refuse it
    application.restore()
    assert restored.closed and application.database is not restored
    assert application.database.record_counts()["neet_contacts"] == 10, "opened again"
    assert any("not a SQLite file" in text for text in boxes)
    application.database.close()
    assert not databases.is_open(path)


def test_switching_files_closes_the_previous_one(qtbot, tmp_path, boxes):
    application = Application()
    qtbot.addWidget(application.window)
    application.open_first(tmp_path / "primo.sqlite")
    first = application.database
    application.switch_to(tmp_path / "secondo.sqlite")
    assert first.closed and not databases.is_open(tmp_path / "primo.sqlite")
    application.switch_to(application.database.path)  # the same file again: shared, still open
    assert databases.is_open(tmp_path / "secondo.sqlite")
    application.database.close()
    assert not databases.is_open(tmp_path / "secondo.sqlite")


def test_a_tampered_file_is_refused_by_the_command_naming_what_changed(tmp_path, capsys):
    path = existing_file(tmp_path / "ufficio.sqlite")
    connection = sqlite3.connect(path)
    [trigger] = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' LIMIT 1"
    ).fetchone()
    connection.execute(f'DROP TRIGGER "{trigger}"')
    connection.commit()
    connection.close()
    before = digest(path)
    assert cli.main(["--database", str(path), "info"]) == 1
    err = capsys.readouterr().err
    assert "changed outside the program" in err and trigger in err
    assert "No backups in" in err
    assert digest(path) == before


def another_computer_holds(path: Path) -> None:
    """The marker a program on another computer of the office leaves beside the file."""
    holder = {"computer": "PC-UFFICIO2", "user": "Anna", "pid": 4242, "token": "feed"}
    holder["since"] = datetime.now().astimezone().isoformat(timespec="seconds")
    in_use.marker_path(path).write_text(json.dumps({"holders": [holder]}), encoding="utf-8")


def test_a_file_in_use_on_another_computer_is_offered_read_only(tmp_path, monkeypatch):
    path = existing_file(tmp_path / "condiviso.sqlite")
    another_computer_holds(path)
    asked = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    database = try_open(None, path)
    try:
        assert "in use by Anna on PC-UFFICIO2" in asked[0]
        assert database.read_only and database.record_counts()["neet_contacts"] == 0
        with pytest.raises(OperationalError, match="readonly"), database.session() as session:
            create_record(session, NeetContact, {"last_name": "Rossi"}, user="t")
        assert [h.computer for h in in_use.holders(path)] == ["PC-UFFICIO2"], "nothing claimed"
    finally:
        database.close()
    assert not list(tmp_path.glob("backups/*")), "nothing written beside a file of another"


def test_the_command_refuses_a_file_in_use_on_another_computer(tmp_path, capsys):
    path = existing_file(tmp_path / "condiviso.sqlite")
    another_computer_holds(path)
    assert cli.main(["--database", str(path), "info"]) == 1
    assert "in use by Anna on PC-UFFICIO2" in capsys.readouterr().err
