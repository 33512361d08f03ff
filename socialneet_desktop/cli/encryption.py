"""`socialneet encrypt`, `decrypt`, `change-passphrase` (issue #24), and the passphrase of an
encrypted database for every command (`unlock_for_command`).

The passphrase comes from --passphrase-file or $SOCIALNEET_PASSPHRASE_FILE (db.passphrase),
else from this user's credential store; a wrong one is refused as such, the file untouched.
`encrypt` takes the new passphrase from the same place; `change-passphrase` takes the new one
from --new-passphrase-file. The file must not be open anywhere (its "in use" marker).
"""

from __future__ import annotations

import sys
from pathlib import Path

from socialneet_desktop.cli.common import fail
from socialneet_desktop.db import encryption, passphrase
from socialneet_desktop.db.database_files import PASSPHRASE_NEEDED, WRONG_PASSPHRASE
from socialneet_desktop.db.storage_errors import StorageError
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.i18n import fill, translate

NO_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Cli", "Give the passphrase in a file: --passphrase-file FILE, or $%1 naming it."
)
IN_USE_HERE = QT_TRANSLATE_NOOP(
    "Cli", "%1 is open in SocialNEET Desktop (%2 on %3): close it there first."
)
ENCRYPTED = QT_TRANSLATE_NOOP("Cli", "%1 is now encrypted. Keep the passphrase in a safe place.")
DECRYPTED = QT_TRANSLATE_NOOP("Cli", "%1 is no longer encrypted.")
REKEYED = QT_TRANSLATE_NOOP("Cli", "The passphrase of %1 was changed.")
COPIES = QT_TRANSLATE_NOOP("Cli", "Backups converted the same way: %1")
UNREACHABLE = QT_TRANSLATE_NOOP(
    "Cli", "The backup folder %1 cannot be reached: its backups were not converted."
)
COPY_FAILED = QT_TRANSLATE_NOOP("Cli", "The backup %1 was not converted: %2")


def add_passphrase_option(parser) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=fill(
            translate("Cli", "file holding the passphrase of an encrypted database (or $%1)"),
            passphrase.PASSPHRASE_FILE_ENV,
        ),
    )


def add_encryption_commands(commands) -> None:
    encrypter = commands.add_parser(
        "encrypt", help=translate("Cli", "encrypt the database file and its backups")
    )
    encrypter.add_argument(
        "--remember",
        action="store_true",
        help=translate("Cli", "keep the passphrase in this user's credential store"),
    )
    encrypter.set_defaults(run_path=run_encrypt)
    decrypter = commands.add_parser(
        "decrypt", help=translate("Cli", "make the database file and its backups plain again")
    )
    decrypter.set_defaults(run_path=run_decrypt)
    changer = commands.add_parser(
        "change-passphrase", help=translate("Cli", "give the encrypted database a new passphrase")
    )
    changer.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        required=True,
        help=translate("Cli", "file holding the new passphrase"),
    )
    changer.set_defaults(run_path=run_change)


def _given(arguments) -> str | None:
    return passphrase.command_passphrase(getattr(arguments, "passphrase_file", None))


def unlock_for_command(path: Path, arguments) -> int | None:
    """None when `path` is plain or was unlocked; else the exit status after telling why."""
    if not path.is_file() or not passphrase.needs_passphrase(path):
        return None
    try:
        given = _given(arguments)
    except passphrase.PassphraseFileProblem as problem:
        return fail(fill(translate("Encryption", problem.message), problem.path, problem.detail))
    if given is None:
        if passphrase.unlock_from_store(path):
            return None
        print(fill(translate("Database", PASSPHRASE_NEEDED), path), file=sys.stderr)
        return fail(fill(translate("Cli", NO_PASSPHRASE), passphrase.PASSPHRASE_FILE_ENV))
    if not passphrase.unlock(path, given):
        return fail(fill(translate("Database", WRONG_PASSPHRASE), path))
    return None


def _exclusive(path: Path):
    """The file's "in use" marker, claimed, with nobody else holding it; else None after
    telling who has it."""
    from socialneet_desktop.db import in_use

    try:
        marker = in_use.claim(path)
    except in_use.InUseElsewhere as busy:
        fail(fill(translate("Database", busy.message), *busy.arguments))
        return None
    others = [h for h in in_use.holders(path) if h.token != marker.holder.token]
    if others:
        marker.release()
        fail(fill(translate("Cli", IN_USE_HERE), path, others[0].user, others[0].computer))
        return None
    return marker


def _converted(path: Path, convert, done: str) -> int:
    if not path.is_file():
        from socialneet_desktop.db import integrity

        return fail(fill(translate("Integrity", integrity.MISSING), path))
    marker = _exclusive(path)
    if marker is None:
        return 1
    try:
        result = convert()
    except encryption.ConversionFailed as failed:
        return fail(fill(translate("Encryption", failed.message), failed.path, failed.detail))
    except StorageError as error:
        return fail(fill(translate("Storage", error.message), error.path), error.detail)
    finally:
        marker.release()
    print(fill(translate("Cli", done), path))
    _tell_copies(result)
    return 0


def _tell_copies(result: encryption.Converted) -> None:
    if result.copies:
        print(fill(translate("Cli", COPIES), ", ".join(str(p) for p in result.copies)))
    for folder in result.unreachable:
        print(fill(translate("Cli", UNREACHABLE), folder), file=sys.stderr)
    for copy, why in result.failed:
        print(fill(translate("Cli", COPY_FAILED), copy, why), file=sys.stderr)


def _new_passphrase(text: str | None) -> str | int:
    if text is None:
        return fail(fill(translate("Cli", NO_PASSPHRASE), passphrase.PASSPHRASE_FILE_ENV))
    problem = encryption.passphrase_problem(text)
    if problem:
        return fail(fill(translate("Encryption", problem), encryption.MIN_PASSPHRASE))
    return text


def run_encrypt(path: Path, arguments) -> int:
    try:
        chosen = _new_passphrase(_given(arguments))
    except passphrase.PassphraseFileProblem as problem:
        return fail(fill(translate("Encryption", problem.message), problem.path, problem.detail))
    if isinstance(chosen, int):
        return chosen
    status = _converted(path, lambda: encryption.encrypt(path, chosen), ENCRYPTED)
    if status == 0 and arguments.remember:
        passphrase.remember(path, chosen)
    return status


def run_decrypt(path: Path, arguments) -> int:
    from socialneet_desktop.db import sqlite_connect

    key = sqlite_connect.known_key(path)  # unlock_for_command proved it
    if not isinstance(key, str):
        return fail(fill(translate("Encryption", encryption.NOT_ENCRYPTED), path))
    status = _converted(path, lambda: encryption.decrypt(path, key), DECRYPTED)
    if status == 0:
        passphrase.forget(path)
    return status


def run_change(path: Path, arguments) -> int:
    from socialneet_desktop.db import sqlite_connect

    key = sqlite_connect.known_key(path)
    if not isinstance(key, str):
        return fail(fill(translate("Encryption", encryption.NOT_ENCRYPTED), path))
    try:
        chosen = _new_passphrase(passphrase.read_passphrase_file(arguments.new_passphrase_file))
    except passphrase.PassphraseFileProblem as problem:
        return fail(fill(translate("Encryption", problem.message), problem.path, problem.detail))
    if isinstance(chosen, int):
        return chosen

    def rekey():
        encryption.backup_first(path)  # under the old passphrase, in case
        return encryption.change_passphrase(path, key, chosen)

    status = _converted(path, rekey, REKEYED)
    if status == 0 and passphrase.remembered(path) is not None:
        passphrase.remember(path, chosen)
    return status
