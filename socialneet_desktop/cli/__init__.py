"""The `socialneet` command: everything that needs no window.

Messages go through the same Qt catalogue as the window, so they are Italian on an
Italian system; only QtCore is loaded.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy.exc import SQLAlchemyError

from socialneet_desktop import APP_NAME, ORGANIZATION_NAME, __version__
from socialneet_desktop.cli.access import add_access_commands
from socialneet_desktop.cli.backup import add_backup_commands
from socialneet_desktop.cli.export import add_export_commands
from socialneet_desktop.cli.imports import add_import_commands
from socialneet_desktop.cli.printing import add_print_commands
from socialneet_desktop.db import storage_errors
from socialneet_desktop.db.database import Database, DatabaseRefused
from socialneet_desktop.db.storage_errors import StorageError
from socialneet_desktop.i18n import fill, install_translators, resolve_language, translate
from socialneet_desktop.paths import (
    DATABASE_ENV,
    chosen_database_path,
    database_folder,
    database_path_is_explicit,
    missing_folder_problem,
)
from socialneet_desktop.services.privacy_commands import add_privacy_commands
from socialneet_desktop.services.record_kinds import RECORD_KINDS

MAX_DEMO_CONTACTS = 1_000_000


def positive_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            fill(translate("Cli", "'%1' is not a whole number"), text)
        ) from None
    if not 1 <= value <= MAX_DEMO_CONTACTS:
        raise argparse.ArgumentTypeError(
            fill(translate("Cli", "must be between 1 and %1"), MAX_DEMO_CONTACTS)
        )
    return value


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
    info = commands.add_parser(
        "info", help=translate("Cli", "show the database file and its record counts")
    )
    info.set_defaults(run=run_info)
    demo = commands.add_parser(
        "demo", help=translate("Cli", "fill a database with realistic generated data")
    )
    demo.add_argument(
        "--contacts",
        type=positive_count,
        default=500,
        help=translate("Cli", "how many NEET contacts (default 500)"),
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=1,
        help=translate("Cli", "random seed: the same seed gives the same data"),
    )
    demo.add_argument(
        "--append",
        action="store_true",
        help=translate("Cli", "add to a database that already has records"),
    )
    demo.set_defaults(run=run_demo)
    add_print_commands(commands)
    add_backup_commands(commands)
    add_import_commands(commands)
    add_access_commands(commands)
    add_export_commands(commands)
    add_privacy_commands(commands)
    return parser


def run_info(database: Database, _arguments: argparse.Namespace) -> int:
    counts = database.record_counts()
    print(fill(translate("Cli", "Database: %1"), database.path))
    for kind in RECORD_KINDS:
        print(f"  {translate('RecordKind', kind.title)}: {counts[kind.table_name]}")
    return 0


def run_demo(database: Database, arguments: argparse.Namespace) -> int:
    from socialneet_desktop.services.demo import fill_demo

    if any(database.record_counts().values()) and not arguments.append:
        print(
            fill(
                translate(
                    "Cli", "%1 already holds records: demo data is only added with --append."
                ),
                database.path,
            ),
            file=sys.stderr,
        )
        return 2
    summary = fill_demo(database, contacts=arguments.contacts, seed=arguments.seed)
    print(fill(translate("Cli", "Demo data written to %1:"), database.path))
    inserted = summary.as_dict()
    for kind in RECORD_KINDS:
        print(f"  {translate('RecordKind', kind.title)}: {inserted[kind.table_name]}")
    return 0


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
        return _refuse(fill(translate("Database", problem), database_folder(path)))
    if hasattr(arguments, "run_path"):  # check, backup, restore: work on the file itself
        return arguments.run_path(path, arguments)
    return run_on_database(path, arguments.run, arguments)


def run_on_database(
    path: Path,
    command: Callable[[Database, argparse.Namespace], int],
    arguments: argparse.Namespace,
) -> int:
    """Open `path` through the window's opening sequence, run `command`, close."""
    from socialneet_desktop.db.in_use import InUseElsewhere
    from socialneet_desktop.db.opening import DamagedDatabase, open_file

    try:
        opened = open_file(path)
    except DamagedDatabase as damaged:
        return _refuse_damaged(damaged)
    except InUseElsewhere as busy:
        return _refuse(fill(translate("Database", busy.message), *busy.arguments))
    except DatabaseRefused as refusal:
        return _refuse(fill(translate("Database", refusal.message), refusal.path), refusal.detail)
    except StorageError as error:
        return _refuse(fill(translate("Storage", error.message), error.path), error.detail)
    except OSError as error:
        return _refuse(fill(translate("Database", "The database cannot be opened: %1"), error))
    _tell_opening(opened)
    try:
        return command(opened.database, arguments)
    except (StorageError, sqlite3.Error, SQLAlchemyError, OSError) as error:
        if not storage_errors.is_storage_failure(error):
            raise
        where = getattr(error, "filename", None) or path  # an output file names itself
        problem = storage_errors.describe(error, where)
        return _refuse(fill(translate("Storage", problem.message), problem.path), problem.detail)
    finally:
        opened.database.close()


def _refuse(message: str, detail: str = "") -> int:
    print(message, file=sys.stderr)
    if detail:
        print(f"  {detail}", file=sys.stderr)
    return 1


def _refuse_damaged(damaged) -> int:
    """The integrity check's words and problems, then the newest good backup to restore."""
    result = damaged.result
    print(fill(translate(result.context, result.message), result.path), file=sys.stderr)
    for problem in result.problems:
        print(f"  {problem}", file=sys.stderr)
    if damaged.newest is None:
        print(fill(translate("Cli", "No backups in %1"), damaged.folder), file=sys.stderr)
    else:
        print(
            fill(
                translate("Cli", "Newest backup: %1 (socialneet restore %2)"),
                damaged.newest.taken_at.strftime("%d/%m/%Y %H:%M"),
                damaged.newest.path,
            ),
            file=sys.stderr,
        )
    return 1


def _tell_opening(opened) -> None:
    """On stderr, so that the command's own output stays as it is."""
    from socialneet_desktop.db.opening import UPGRADED

    if opened.pre_migration_copy is not None:
        text = fill(translate("Opening", UPGRADED), opened.database.path, opened.pre_migration_copy)
        print(text, file=sys.stderr)
    if opened.backup_problem is not None:
        problem = opened.backup_problem
        print(fill(translate("Storage", problem.message), problem.path), file=sys.stderr)
