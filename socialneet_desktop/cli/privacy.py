"""`socialneet privacy erase --contact-id N --reason TEXT [--yes]`, `privacy review
[--months N]`, `privacy access-request --contact-id N --out FILE.xlsx|FILE.pdf [--overwrite]`.

Exit status: 0 done, 1 nothing done (answer was not yes, or the disk/folder failed: told
plainly, nothing lost), 2 bad arguments.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from datetime import date
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from socialneet_desktop.cli.common import add_overwrite, fail, output_reason
from socialneet_desktop.db import storage_errors
from socialneet_desktop.db.database import Database
from socialneet_desktop.db.models import AppSettings
from socialneet_desktop.domain.validation import format_italian_date
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services import erasure_register, privacy
from socialneet_desktop.services.current_user import current_user_name

DEFAULT_MONTHS = 24
MEDIUM_ERRORS = (OSError, sqlite3.Error, DBAPIError, storage_errors.StorageError)


def add_privacy_commands(commands) -> None:
    parser = commands.add_parser(
        "privacy", help=translate("Privacy", "erase a person's data, retention review, access")
    )
    actions = parser.add_subparsers(dest="privacy_command", required=True, metavar="ACTION")
    eraser = actions.add_parser("erase", help=translate("Privacy", "anonymise one NEET contact"))
    eraser.add_argument("--contact-id", type=int, required=True, metavar="N")
    eraser.add_argument("--reason", required=True, metavar="TEXT")
    eraser.add_argument("--yes", action="store_true", help=translate("Privacy", "do not ask"))
    eraser.set_defaults(run=run_erase)
    review = actions.add_parser(
        "review", help=translate("Privacy", "list contacts with no visit for longer than N months")
    )
    review.add_argument("--months", type=int, metavar="N")
    review.set_defaults(run=run_review)
    access = actions.add_parser(
        "access-request", help=translate("Privacy", "export everything held on one person")
    )
    access.add_argument("--contact-id", type=int, required=True, metavar="N")
    access.add_argument("--out", required=True, metavar="FILE")
    add_overwrite(access)
    access.set_defaults(run=run_access_request)


def _bad(message: str) -> int:
    print(message, file=sys.stderr)
    return 2


def _no_contact(contact_id: int) -> int:
    return _bad(fill(translate("Privacy", "--contact-id: there is no NEET contact %1"), contact_id))


def run_erase(database: Database, arguments: argparse.Namespace) -> int:
    if not arguments.reason.strip():
        return _bad(translate("Privacy", "--reason: give the reason of the erasure"))
    if not arguments.yes:
        question = translate("Privacy", "Erase the personal data of contact %1? Type yes: ")
        if input(fill(question, arguments.contact_id)).strip().lower() not in ("yes", "si", "sì"):
            return 1
    try:
        with database.session() as session:
            privacy.erase_contact(
                session, arguments.contact_id, user=current_user_name(), reason=arguments.reason
            )
    except privacy.ContactNotFound:
        return _no_contact(arguments.contact_id)
    except privacy.AlreadyAnonymised:
        # A compaction or a scrub of the copies that failed before (a full disk, a folder not
        # reachable) is finished by running erase again.
        problem = _compact(database)
        if problem is not None:
            return _medium_failure(problem)
        _scrub_copies(database)
        return _bad(
            fill(translate("Privacy", "--contact-id: %1 was already erased"), arguments.contact_id)
        )
    except MEDIUM_ERRORS as error:
        return _medium_failure(_storage_problem(error, database.path))
    problem = _compact(database)
    if problem is not None:
        status = _erased_not_compacted(arguments.contact_id, problem)
        _scrub_copies(database)
        return status
    print(
        fill(
            translate("Privacy", "The personal data of contact %1 were erased."),
            arguments.contact_id,
        )
    )
    _scrub_copies(database)
    return 0


def _scrub_copies(database: Database) -> None:
    """Scrub the backups and copies of the file; what could not be reached is said."""
    try:
        report = erasure_register.scrub_pending_copies(database)
    except MEDIUM_ERRORS as error:  # the live file: its register could not be updated
        print(_storage_text(_storage_problem(error, database.path)), file=sys.stderr)
        return
    for line in erasure_register.describe(report):
        print(line, file=sys.stdout if report.complete else sys.stderr)


def _compact(database: Database) -> storage_errors.StorageError | None:
    """Compact the file; the failure of the medium when it could not be done."""
    try:
        privacy.compact_file(database)
    except MEDIUM_ERRORS as error:
        return _storage_problem(error, database.path)
    return None


def _storage_problem(error: BaseException, path: Path) -> storage_errors.StorageError:
    """What a failure of the disk, folder or lock means; anything else is a bug: raised."""
    if not storage_errors.is_storage_failure(error):
        raise error
    return storage_errors.describe(error, path)


def _storage_text(problem: storage_errors.StorageError) -> str:
    return fill(translate("Storage", problem.message), problem.path)


def _medium_failure(problem: storage_errors.StorageError) -> int:
    return fail(_storage_text(problem))


def _erased_not_compacted(contact_id: int, problem: storage_errors.StorageError) -> int:
    """The erasure is committed; only the rewrite that wipes the old bytes is missing (the
    storage message's "nothing was changed" would not be true here)."""
    reasons = {
        storage_errors.DISK_FULL: translate("Privacy", "the disk is full"),
        storage_errors.READ_ONLY: translate("Privacy", "the file has become read-only"),
        storage_errors.NOT_WRITABLE: translate("Privacy", "the folder cannot be written to"),
        storage_errors.LOCKED: translate("Privacy", "another program is saving to the file"),
    }
    message = translate(
        "Privacy",
        "The personal data of contact %1 were erased, but %2 could not be compacted "
        "afterwards: %3. Until it is, pieces of the erased data may remain in the unused space "
        "of the file. Solve the problem and run this command again to compact it.",
    )
    reason = reasons.get(problem.message, problem.detail)
    print(fill(message, contact_id, problem.path, reason), file=sys.stderr)
    return 1


def run_review(database: Database, arguments: argparse.Namespace) -> int:
    if arguments.months is not None and arguments.months < 1:
        return _bad(translate("Privacy", "--months: must be 1 or more"))
    with database.read_session() as session:
        settings = session.get(AppSettings, 1)
        months = arguments.months or (settings.retention_months if settings else DEFAULT_MONTHS)
        rows = privacy.contacts_due_for_review(session, months=months, today=date.today())
    print(
        fill(
            translate("Privacy", "Contacts with no visit for more than %1 months: %2"),
            months,
            len(rows),
        )
    )
    for row in rows:
        last = format_italian_date(row.last_visit) if row.last_visit else "–"
        print(f"  {row.id}\t{row.code}\t{row.name}\t{last}\t{row.visits}")
    return 0


def _refused_out(database: Database, out: Path, overwrite: bool) -> str:
    """Why `out` may not be written (the database or one of its files, a folder, a missing
    folder, an existing file without --overwrite), or ""; checked before anything is read."""
    from socialneet_desktop.db.output_files import OutputRefused, check_output

    try:
        check_output(out, out.suffix, protected=(database.path,), overwrite=overwrite)
    except OutputRefused as refused:
        return output_reason(refused)
    return ""


def run_access_request(database: Database, arguments: argparse.Namespace) -> int:
    from socialneet_desktop.documents import write_access_request
    from socialneet_desktop.services.access_request import ContactNotFound

    out = Path(arguments.out).expanduser()
    if out.suffix.lower() not in (".xlsx", ".pdf"):
        return _bad(translate("Privacy", "--out: the file name must end in .xlsx or .pdf"))
    if refused := _refused_out(database, out, arguments.overwrite):
        return _bad(fill(translate("Privacy", "--out: %1"), refused))
    try:
        write_access_request(database, arguments.contact_id, out)
    except ContactNotFound:
        return _no_contact(arguments.contact_id)
    except MEDIUM_ERRORS as error:  # the file written is the one named; SQLite's is the database
        where = out if isinstance(getattr(error, "orig", error), OSError) else database.path
        return _medium_failure(_storage_problem(error, where))
    print(fill(translate("Privacy", "Written to %1"), out))
    return 0
