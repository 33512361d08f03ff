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
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from socialneet_desktop import APP_NAME, ORGANIZATION_NAME, __version__
from socialneet_desktop.cli.access import add_access_commands
from socialneet_desktop.cli.backup import add_backup_commands
from socialneet_desktop.cli.common import fail
from socialneet_desktop.cli.export import add_export_commands
from socialneet_desktop.cli.imports import add_import_commands
from socialneet_desktop.cli.info_demo import add_info_demo_commands
from socialneet_desktop.cli.opening import run_on_database
from socialneet_desktop.cli.printing import add_print_commands
from socialneet_desktop.cli.privacy import add_privacy_commands
from socialneet_desktop.db.database import Database
from socialneet_desktop.i18n import fill, install_translators, resolve_language, translate
from socialneet_desktop.paths import (
    DATABASE_ENV,
    chosen_database_path,
    database_folder,
    database_path_is_explicit,
    missing_folder_problem,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="socialneet", description=translate("Cli", "SocialNEET Desktop from the command line.")
    )
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument(
        "--database",
        metavar="PATH",
        help=fill(
            translate("Cli", "database file (default: $%1 or the user data folder)"), DATABASE_ENV
        ),
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_info_demo_commands(commands)
    add_print_commands(commands)
    add_backup_commands(commands)
    add_access_commands(add_import_commands(commands))
    add_export_commands(commands)
    add_privacy_commands(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    if "--self-test" in (sys.argv[1:] if argv is None else argv):
        from socialneet_desktop.self_test import run_self_test

        return run_self_test()
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    QCoreApplication.setOrganizationName(ORGANIZATION_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    install_translators(app, resolve_language(None))
    arguments = build_parser().parse_args(argv)
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
    try:
        arguments = build_parser().parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if isinstance(database, Database):
        if hasattr(arguments, "run_path"):
            return arguments.run_path(database.path, arguments)
        return arguments.run(database, arguments)
    return _run(arguments, Path(database))


def _run(arguments: argparse.Namespace, path: Path) -> int:
    if hasattr(arguments, "run_path"):  # check, backup, restore: work on the file itself
        return arguments.run_path(path, arguments)
    return run_on_database(path, arguments.run, arguments)
