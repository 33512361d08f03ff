"""`socialneet backup [--folder DIR]`, `restore [--list] [BACKUP_FILE] [--yes]`, `check [--full]`.

Exit status: 0 all well, 1 a problem was found (damaged file, refused backup, disk), 2 bad
arguments. The commands work on the file's path, so `check` and `restore` also serve a
database too damaged to open. `check` and the backup a restore puts in place pass the same
examination (integrity.examine): ours, whole, with the schema of its revision.
"""

from __future__ import annotations

import sys
from pathlib import Path

from socialneet_desktop.cli.common import fail, italian_time, tell_newest_backup
from socialneet_desktop.db import backup, integrity, schema_check
from socialneet_desktop.db.refusals import DatabaseRefused
from socialneet_desktop.db.storage_errors import StorageError
from socialneet_desktop.i18n import fill, translate


def add_backup_commands(commands) -> None:
    saver = commands.add_parser("backup", help=translate("Cli", "back up the database now"))
    saver.add_argument("--folder", metavar="DIR", help=translate("Cli", "backup folder"))
    saver.set_defaults(run_path=run_backup)
    restorer = commands.add_parser(
        "restore", help=translate("Cli", "list the backups, or put one in place of the database")
    )
    restorer.add_argument("backup_file", nargs="?", metavar="BACKUP_FILE")
    restorer.add_argument("--list", action="store_true", help=translate("Cli", "list backups"))
    restorer.add_argument("--folder", metavar="DIR", help=translate("Cli", "backup folder"))
    restorer.add_argument("--yes", action="store_true", help=translate("Cli", "do not ask"))
    restorer.add_argument(
        "--backup-passphrase-file",
        metavar="FILE",
        help=translate("Cli", "file holding the passphrase of a backup encrypted with another one"),
    )
    restorer.set_defaults(run_path=run_restore, parser=restorer)
    checker = commands.add_parser("check", help=translate("Cli", "check the database for damage"))
    checker.add_argument(
        "--full", action="store_true", help=translate("Cli", "also check every index (slower)")
    )
    checker.set_defaults(run_path=run_check)


def _folder(path: Path, arguments) -> Path:
    if arguments.folder:
        return Path(arguments.folder).expanduser()
    return backup.configured_backup_folder(path)


def run_backup(path: Path, arguments) -> int:
    if not path.is_file():
        return fail(fill(translate("Integrity", integrity.MISSING), path))
    folder = _folder(path, arguments)
    if folder == backup.default_backup_folder(path):
        folder = None  # created when missing; a chosen folder must be there
    try:
        made = backup.backup_and_rotate(path, folder)
    except StorageError as error:
        return fail(fill(translate("Storage", error.message), error.path))
    print(fill(translate("Cli", "Backup written to %1"), made))
    return 0


def run_restore(path: Path, arguments) -> int:
    folder = _folder(path, arguments)
    if arguments.list or not arguments.backup_file:
        if not arguments.list:
            arguments.parser.print_usage(sys.stderr)
            print(translate("Cli", "give a BACKUP_FILE, or --list"), file=sys.stderr)
            return 2
        return _list(folder)
    chosen = Path(arguments.backup_file).expanduser()
    if not chosen.exists() and (folder / chosen.name).exists():
        chosen = folder / chosen.name
    if not chosen.is_file():
        arguments.parser.print_usage(sys.stderr)
        print(fill(translate("Cli", "no backup file %1"), chosen), file=sys.stderr)
        return 2
    refused = _unlock_backup(chosen, arguments)
    if refused is not None:
        return refused
    return _restore(chosen, path, ask=not arguments.yes)


def _unlock_backup(chosen: Path, arguments) -> int | None:
    """An encrypted backup whose key is not the database's: its own passphrase (issue #24),
    from --backup-passphrase-file, else --passphrase-file's."""
    from socialneet_desktop.db import passphrase
    from socialneet_desktop.db.database_files import WRONG_PASSPHRASE

    if not passphrase.needs_passphrase(chosen):
        return None
    option = arguments.backup_passphrase_file or getattr(arguments, "passphrase_file", None)
    try:
        given = passphrase.command_passphrase(option)
    except passphrase.PassphraseFileProblem as problem:
        return fail(fill(translate("Encryption", problem.message), problem.path, problem.detail))
    if given is None or not passphrase.unlock(chosen, given):
        return fail(fill(translate("Database", WRONG_PASSPHRASE), chosen))
    return None


def _confirmed(chosen: Path, path: Path) -> bool:
    question = translate("Cli", "Replace %1 with the backup %2? The current file is kept. [y/N] ")
    try:
        answer = input(fill(question, path, chosen))
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes", "s", "si", "sì")


def _restore(chosen: Path, path: Path, *, ask: bool) -> int:
    try:
        if ask:
            backup.verify_backup(chosen)  # no question about a backup that would be refused
            if not _confirmed(chosen, path):
                return 1
        result = backup.restore(chosen, path)
    except DatabaseRefused as refusal:
        return fail(fill(translate("Database", refusal.message), refusal.path))
    except backup.BackupRejected as refusal:
        fail(fill(translate("Backup", refusal.message), refusal.path))
        return _list_problems(refusal.problems)
    except StorageError as error:
        return fail(fill(translate("Storage", error.message), error.path))
    print(fill(translate("Cli", "Restored %1 from %2"), path, chosen))
    if result.previous_copy:
        print(fill(translate("Cli", "The previous file was kept as %1"), result.previous_copy))
    return 0


def _list(folder: Path) -> int:
    entries = backup.list_backups(folder)
    if not entries:
        print(fill(translate("Cli", "No backups in %1"), folder))
        return 0
    for entry in entries:
        when = italian_time(entry.taken_at)
        if entry.counts is None:
            counts = translate("Cli", "unreadable")
        elif entry.problems:
            counts = translate("Cli", "changed")
        else:
            counts = fill(translate("Cli", "%1 records"), sum(entry.counts.values()))
        print(f"{when}  {entry.size // 1024:>8} KB  {counts:>16}  {entry.path.name}")
    return 0


def _list_problems(problems: list[str]) -> int:
    for problem in problems:
        if isinstance(problem, schema_check.Problem):
            problem = fill(translate("Schema", problem.template), *problem.values)
        print(f"  {problem}", file=sys.stderr)
    return 1


def run_check(path: Path, arguments) -> int:
    result = integrity.examine(path, full=arguments.full)
    print(
        fill(translate(result.context, result.message), path),
        file=sys.stdout if result.ok else sys.stderr,
    )
    _list_problems(result.problems)
    if result.ok:
        return 0
    entries = [e for e in backup.list_backups(backup.configured_backup_folder(path)) if e.readable]
    if entries:
        tell_newest_backup(entries[0])
    return 1
