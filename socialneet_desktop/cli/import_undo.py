"""`socialneet import batches`, `import undo N [--also-edited]`, `import restore N`: the
imports kept (services/import_batches.py), taking one back, and bringing it back again."""

from __future__ import annotations

from datetime import datetime, timezone

from socialneet_desktop.domain.italian_dates import format_italian_datetime
from socialneet_desktop.i18n import fill, translate


def local_time(value: datetime) -> datetime:
    """A moment stored in UTC (db.models.utc_now) on this computer's clock."""
    return value.replace(tzinfo=timezone.utc).astimezone().replace(tzinfo=None)


def add_batch_commands(importers) -> None:
    listing = importers.add_parser("batches", help=translate("Cli", "list the imports done"))
    listing.set_defaults(run=run_batches, parser=listing)
    undo = importers.add_parser(
        "undo", help=translate("Cli", "move what an import created to the recycle bin")
    )
    undo.add_argument("batch", type=int, metavar="N")
    undo.add_argument(
        "--also-edited",
        action="store_true",
        help=translate("Cli", "also the records edited since the import"),
    )
    undo.set_defaults(run=run_undo, parser=undo)
    restore = importers.add_parser(
        "restore", help=translate("Cli", "bring an undone import back from the recycle bin")
    )
    restore.add_argument("batch", type=int, metavar="N")
    restore.set_defaults(run=run_restore, parser=restore)


def run_batches(database, arguments) -> int:
    from socialneet_desktop.services.import_batches import batches

    with database.read_session() as session:
        found = batches(session)
    for batch in found:
        print(batch_line(batch))
    if not found:
        print(translate("Cli", "No import yet."))
    return 0


def batch_line(batch) -> str:
    created = sum(counts.get("created", 0) for counts in batch.counts.values())
    line = fill(
        translate("Cli", "%1  %2  %3  %4: %5 records created"),
        batch.batch_id,
        format_italian_datetime(local_time(batch.imported_at)),
        batch.user,
        batch.source,
        created,
    )
    return line + (" " + translate("Cli", "(undone)") if batch.undone else "")


def run_undo(database, arguments) -> int:
    from socialneet_desktop.cli.common import fail
    from socialneet_desktop.services.current_user import current_user_name
    from socialneet_desktop.services.import_batches import BatchProblem, undo_batch

    try:
        with database.session() as session:
            result = undo_batch(
                session, arguments.batch, current_user_name(), also_edited=arguments.also_edited
            )
    except BatchProblem as problem:
        return fail(fill(translate("Import", problem.message), problem.batch_id))
    text = translate("Cli", "Import %1 undone: %2 records moved to the recycle bin, %3 put back.")
    print(fill(text, arguments.batch, result.deleted, result.reverted))
    if result.kept:
        kept = ", ".join(f"{record.table} {record.record_id}" for record in result.kept)
        text = translate("Cli", "Edited since the import, kept (--also-edited to include): %1")
        print(fill(text, kept))
    return 0


def run_restore(database, arguments) -> int:
    from socialneet_desktop.cli.common import fail
    from socialneet_desktop.services.current_user import current_user_name
    from socialneet_desktop.services.import_batches import BatchProblem, restore_batch

    try:
        with database.session() as session:
            restored = restore_batch(session, arguments.batch, current_user_name())
    except BatchProblem as problem:
        return fail(fill(translate("Import", problem.message), problem.batch_id))
    text = translate("Cli", "Import %1 restored: %2 records taken out of the recycle bin.")
    print(fill(text, arguments.batch, restored))
    return 0


def print_batch(batch_id) -> None:
    """After an import: its number and how to take it back."""
    if batch_id is not None:
        text = translate("Cli", "Import number %1: 'socialneet import undo %1' takes it back.")
        print(fill(text, batch_id))
