"""Where the passphrase of an encrypted database comes from (issue #24), never stored in plain.

- the window's question (ui.passphrase_dialog), proved here (`unlock`);
- for a command, a file named by --passphrase-file or $SOCIALNEET_PASSPHRASE_FILE (its first
  line: a file the user keeps with the permissions they choose, e.g. on a script's computer);
- the credential store of this user (keyring: the Windows Credential Manager, the Secret
  Service on Linux), service "SocialNEET", user name the database's absolute path, when the
  user chose "remember on this computer". A store that is missing or locked is no error: the
  passphrase is then asked.

A proved passphrase is kept in this process's memory only (db.sqlite_connect.remember_key).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from socialneet_desktop.db import sqlite_connect
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

PASSPHRASE_FILE_ENV = "SOCIALNEET_PASSPHRASE_FILE"
KEYRING_SERVICE = "SocialNEET"

UNREADABLE_FILE = QT_TRANSLATE_NOOP("Encryption", "The passphrase file %1 cannot be read: %2")
EMPTY_FILE = QT_TRANSLATE_NOOP("Encryption", "The passphrase file %1 is empty.")


class PassphraseFileProblem(Exception):
    """`message` a template of context "Encryption" (%1 the file, %2 the reason)."""

    def __init__(self, message: str, path: Path, detail: str = "") -> None:
        super().__init__(message.replace("%1", str(path)).replace("%2", detail))
        self.message = message
        self.path = path
        self.detail = detail


def _account(database_path: Path) -> str:
    return str(Path(database_path).expanduser().absolute())


def read_passphrase_file(path: Path | str) -> str:
    """The first line of `path`, its line end removed (spaces inside are kept)."""
    path = Path(path).expanduser()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise PassphraseFileProblem(UNREADABLE_FILE, path, str(error)) from error
    first = text.splitlines()[0] if text.splitlines() else ""
    if not first:
        raise PassphraseFileProblem(EMPTY_FILE, path)
    return first


def command_passphrase(option: str | None) -> str | None:
    """The passphrase given to a command: --passphrase-file, else the environment's file."""
    chosen = option or os.environ.get(PASSPHRASE_FILE_ENV)
    return read_passphrase_file(chosen) if chosen else None


def _keyring():
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def remembered(database_path: Path) -> str | None:
    """The passphrase kept in this user's credential store for the file; None when none is,
    or the store cannot be reached."""
    store = _keyring()
    if store is None:
        return None
    try:
        return store.get_password(KEYRING_SERVICE, _account(database_path))
    except Exception:  # noqa: BLE001 - keyring backends raise their own kinds
        return None


def remember(database_path: Path, passphrase: str) -> bool:
    """Keep the passphrase in this user's credential store; False when it cannot be."""
    store = _keyring()
    if store is None:
        return False
    try:
        store.set_password(KEYRING_SERVICE, _account(database_path), passphrase)
    except Exception:  # noqa: BLE001
        return False
    return True


def forget(database_path: Path) -> None:
    store = _keyring()
    if store is None:
        return
    with contextlib.suppress(Exception):  # nothing was kept, or the store is out of reach
        store.delete_password(KEYRING_SERVICE, _account(database_path))


def unlock(database_path: Path, passphrase: str) -> bool:
    """Does `passphrase` open the file? If so this process keeps it for the file. The file is
    only read (nothing is written, its bytes and times stay as they are)."""
    if not sqlite_connect.opens_with(database_path, passphrase):
        return False
    sqlite_connect.remember_key(database_path, passphrase)
    return True


def unlock_from_store(database_path: Path) -> bool:
    """Open silently with the credential store's passphrase, when one is kept and opens it."""
    kept = remembered(database_path)
    return kept is not None and unlock(database_path, kept)


def needs_passphrase(database_path: Path) -> bool:
    """An encrypted file whose key this process does not know yet."""
    path = Path(database_path)
    return sqlite_connect.is_encrypted_file(path) and sqlite_connect.key_of(path) is None
