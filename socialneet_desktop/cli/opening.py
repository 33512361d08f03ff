"""Open the database for a command the way the window does (db.opening), and tell on stderr
what the opening found: a refusal, a damaged file with its newest backup, an upgrade."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from socialneet_desktop.cli.common import fail, tell_newest_backup
from socialneet_desktop.db import storage_errors
from socialneet_desktop.db.database import Database
from socialneet_desktop.db.in_use import InUseElsewhere
from socialneet_desktop.db.opening import UPGRADED, DamagedDatabase, open_file
from socialneet_desktop.db.refusals import DatabaseRefused
from socialneet_desktop.db.storage_errors import StorageError
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services import erasure_register


def run_on_database(
    path: Path,
    command: Callable[[Database, argparse.Namespace], int],
    arguments: argparse.Namespace,
) -> int:
    """Open `path` through the window's opening sequence, run `command`, close."""
    try:
        opened = open_file(path, deferred=False)  # the full check when due, the daily backup
    except DamagedDatabase as damaged:
        return _refuse_damaged(damaged)
    except InUseElsewhere as busy:
        return fail(fill(translate("Database", busy.message), *busy.arguments))
    except DatabaseRefused as refusal:
        return fail(fill(translate("Database", refusal.message), refusal.path), refusal.detail)
    except StorageError as error:
        return fail(fill(translate("Storage", error.message), error.path), error.detail)
    except OSError as error:
        return fail(fill(translate("Database", "The database cannot be opened: %1"), error))
    _tell_opening(opened)
    try:
        _scrub_pending(opened.database)
        return command(opened.database, arguments)
    except (StorageError, sqlite3.Error, SQLAlchemyError, OSError) as error:
        if not storage_errors.is_storage_failure(error):
            raise
        where = getattr(error, "filename", None) or path  # an output file names itself
        problem = storage_errors.describe(error, where)
        return fail(fill(translate("Storage", problem.message), problem.path), problem.detail)
    finally:
        opened.database.close()


def _refuse_damaged(damaged: DamagedDatabase) -> int:
    """The integrity check's words and problems, then the newest good backup to restore."""
    result = damaged.result
    print(fill(translate(result.context, result.message), result.path), file=sys.stderr)
    for problem in result.problems:
        print(f"  {problem}", file=sys.stderr)
    if damaged.newest is None:
        print(fill(translate("Cli", "No backups in %1"), damaged.folder), file=sys.stderr)
    else:
        tell_newest_backup(damaged.newest)
    return 1


def _tell_opening(opened) -> None:
    """On stderr, so that the command's own output stays as it is."""
    if opened.pre_migration_copy is not None:
        text = fill(translate("Opening", UPGRADED), opened.database.path, opened.pre_migration_copy)
        print(text, file=sys.stderr)
    if opened.backup_problem is not None:
        problem = opened.backup_problem
        print(fill(translate("Storage", problem.message), problem.path), file=sys.stderr)


def _scrub_pending(database: Database) -> None:
    """Erasures whose copies were out of reach before are carried into them now, as the
    window does at opening; said on stderr only when there was such work."""
    report = erasure_register.scrub_pending_copies(database)
    if report.looked_at or report.unreachable:
        for line in erasure_register.describe(report):
            print(line, file=sys.stderr)
