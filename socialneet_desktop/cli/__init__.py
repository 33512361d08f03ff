"""The `socialneet` command: everything that needs no window.

One module per command group (info_demo, printing, backup, imports, access, export, privacy),
each adding its sub-commands to the parser and running them on an open Database (`run`) or,
for backup/restore/check, on the file's path (`run_path`); common holds what they share and
opening opens the database the way the window does. Messages go through the same Qt
catalogue as the window, so they are Italian on an Italian system; only QtCore is loaded.
"""

from __future__ import annotations

import argparse
import sys
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING


def command_word(argv: list[str]) -> str | None:
    """The command named in `argv` (the first word that is not an option or --database's
    value), to load its group only; None when there is none."""
    words = iter(argv)
    for word in words:
        if word == "--database":
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def _start_check_early(argv: list[str]) -> None:
    """`socialneet check`: SQLite starts checking the file now, in a thread, while Qt and
    the rest load (db.integrity.start_early); the command then only waits for it."""
    if command_word(argv) != "check":
        return
    from socialneet_desktop.db.integrity import start_early
    from socialneet_desktop.paths import chosen_database_path

    value = next((b for a, b in zip(argv, argv[1:], strict=False) if a == "--database"), None)
    value = next((a.split("=", 1)[1] for a in argv if a.startswith("--database=")), value)
    start_early(chosen_database_path(value), full="--full" in argv)


_start_check_early(sys.argv[1:])  # before the imports below, on purpose

from PySide6.QtCore import QCoreApplication  # noqa: E402

from socialneet_desktop import APP_NAME, ORGANIZATION_NAME, __version__  # noqa: E402
from socialneet_desktop.cli.common import fail  # noqa: E402
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP  # noqa: E402
from socialneet_desktop.i18n import fill, install_translators, resolve_language, translate  # noqa: E402
from socialneet_desktop.paths import (  # noqa: E402
    DATABASE_ENV,
    chosen_database_path,
    database_folder,
    database_path_is_explicit,
    missing_folder_problem,
)

if TYPE_CHECKING:
    from socialneet_desktop.db.database import Database

# Command groups: module of socialneet_desktop.cli, its adder, the commands it adds. A
# command named on the command line loads its own group only: `check`, `backup` and
# `restore` load neither SQLAlchemy nor the importers, exports or printing.
GROUPS = (
    ("info_demo", "add_info_demo_commands", ("info", "demo")),
    ("printing", "add_print_commands", ("print",)),
    ("backup", "add_backup_commands", ("backup", "restore", "check")),
    ("imports", "add_import_commands", ("import",)),
    ("export", "add_export_commands", ("export",)),
    ("report", "add_report_commands", ("report",)),
    ("privacy", "add_privacy_commands", ("privacy",)),
    ("server", "add_server_commands", ("server",)),
    ("exchange", "add_exchange_commands", ("exchange",)),
    ("encryption", "add_encryption_commands", ("encrypt", "decrypt", "change-passphrase")),
)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or (`command` given and known) of its group only."""
    parser = argparse.ArgumentParser(
        prog="socialneet", description=translate("Cli", "SocialNEET Desktop from the command line.")
    )
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument(
        "--database",
        metavar="PATH",
        help=fill(
            translate(
                "Cli",
                "database file, or the office server as postgresql://USER@HOST:PORT/DB "
                "(default: $%1 or the user data folder)",
            ),
            DATABASE_ENV,
        ),
    )
    import_module("socialneet_desktop.cli.encryption").add_passphrase_option(parser)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    chosen = [group for group in GROUPS if command in group[2]]
    for module, adder, _names in chosen or GROUPS:
        added = getattr(import_module(f"socialneet_desktop.cli.{module}"), adder)(commands)
        if module == "imports":
            import_module("socialneet_desktop.cli.access").add_access_commands(added)
    return parser


def main(argv: list[str] | None = None) -> int:
    if "--self-test" in (sys.argv[1:] if argv is None else argv):
        from socialneet_desktop.self_test import run_self_test

        return run_self_test()
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    QCoreApplication.setOrganizationName(ORGANIZATION_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    install_translators(app, resolve_language(None))
    argv = sys.argv[1:] if argv is None else argv
    arguments = build_parser(command_word(argv)).parse_args(argv)
    server = _server_url(arguments.database)
    if server is not None:
        return _run_on_server(arguments, server)
    path = chosen_database_path(arguments.database)
    problem = missing_folder_problem(path, database_path_is_explicit(arguments.database))
    if problem is not None:  # a typing error must not create folders and an empty database
        return fail(fill(translate("Database", problem), database_folder(path)))
    return _run(arguments, path)


def run_command(argv: list[str], database: Database | Path | str) -> int:
    """Run one command (`argv` without --database, e.g. ["restore", "--list"]) as `socialneet`
    does, on `database`: an open Database is used as it is and left open; a path is opened and
    closed through the opening sequence. Bad arguments give argparse's message and its status
    (2) instead of exiting. The harness of the tests, and of scripts that hold a database.

    It lives here rather than in cli.common because it needs every command group, and every
    command group imports cli.common."""
    from socialneet_desktop.db.database import Database

    try:
        arguments = build_parser(command_word(argv)).parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if isinstance(database, Database):
        if hasattr(arguments, "run_path"):
            return arguments.run_path(database.path, arguments)
        return arguments.run(database, arguments)
    return _run(arguments, Path(database))


def _server_url(value: str | None) -> str | None:
    """The office server's address given by --database or $SOCIALNEET_DATABASE, if one is."""
    import os

    from socialneet_desktop.db.server_url import is_server_url

    chosen = value if value is not None else os.environ.get(DATABASE_ENV)
    return chosen if is_server_url(chosen) else None


SERVER_FILE_COMMAND = QT_TRANSLATE_NOOP(
    "Cli", "%1 works on a database file; for the office server use 'socialneet server %2'."
)


def _run_on_server(arguments: argparse.Namespace, url: str) -> int:
    """A command on the office server's database (issue 20): opened by db.server, closed after.
    The file commands (check, backup, restore) have server counterparts instead."""
    from socialneet_desktop.cli.server import refusal_of
    from socialneet_desktop.db.server import open_server
    from socialneet_desktop.db.server_url import parse_server_url

    if arguments.command == "server":
        return arguments.run_path(None, arguments)
    if hasattr(arguments, "run_path"):
        counterpart = "backup" if arguments.command == "backup" else "setup"
        return fail(fill(translate("Cli", SERVER_FILE_COMMAND), arguments.command, counterpart))
    try:
        database = open_server(parse_server_url(url))
    except Exception as error:  # noqa: BLE001 - refusal_of re-raises what it cannot word
        return refusal_of(error)
    try:
        return arguments.run(database, arguments)
    finally:
        database.close()


def _run(arguments: argparse.Namespace, path: Path) -> int:
    from socialneet_desktop.cli.encryption import unlock_for_command

    refused = unlock_for_command(path, arguments)  # an encrypted file's passphrase (#24)
    if refused is not None:
        return refused
    if hasattr(arguments, "run_path"):  # check, backup, restore: work on the file itself
        return arguments.run_path(path, arguments)
    from socialneet_desktop.cli.opening import run_on_database

    return run_on_database(path, arguments.run, arguments)
