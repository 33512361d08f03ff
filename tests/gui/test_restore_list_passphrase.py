"""The restore list tells a backup under another (older) passphrase from a damaged one
(issue #24): it is listed as encrypted with another passphrase, asked when restored."""

from __future__ import annotations

from pathlib import Path

import pytest

from socialneet_desktop.db import backup, encryption, passphrase, sqlite_connect
from socialneet_desktop.db.database import open_database
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.ui.backup_dialogs import RestoreDialog

pytest.importorskip("sqlcipher3", reason="the SQLCipher binding (sqlcipher3) is not installed")

OLD, NEW = "tre gatti sul tetto di Terni", "una frase nuova e lunga"


@pytest.fixture(autouse=True)
def _no_keys_between_tests():
    sqlite_connect.forget_all_keys()
    yield
    sqlite_connect.forget_all_keys()


def _old_and_damaged_backups(tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "contatti.sqlite"
    database = open_database(path)
    try:
        fill_demo(database, contacts=3, seed=3)
    finally:
        database.close()
    encryption.encrypt(path, OLD)
    old = backup.backup_now(path)
    encryption.change_passphrase(path, OLD, NEW, copies=False)
    sqlite_connect.forget_all_keys()
    assert passphrase.unlock(path, NEW)
    damaged = old.with_name(old.name.replace(".sqlite", "-2.sqlite"))
    damaged.write_bytes(b"not a database at all" * 100)
    return old, damaged


def test_a_backup_under_another_passphrase_is_listed_as_such_not_as_damaged(qtbot, tmp_path):
    old, damaged = _old_and_damaged_backups(tmp_path)
    entries = {entry.path: entry for entry in backup.list_backups(old.parent)}
    assert entries[old].locked and not entries[old].readable
    if damaged in entries:  # named as a second backup of the same minute
        assert not entries[damaged].locked
    dialog = RestoreDialog(old.parent)
    qtbot.addWidget(dialog)
    row = [entry.path for entry in dialog.entries].index(old)
    tip = dialog.table.item(row, 0).toolTip()
    assert "another passphrase" in tip and "damaged" not in tip
    assert dialog.restore_button.isEnabled()
    assert passphrase.unlock(old, OLD), "its own passphrase opens it"
    [entry] = [entry for entry in backup.list_backups(old.parent) if entry.path == old]
    assert entry.readable and entry.counts["neet_contacts"] == 3
