"""What every command group of `socialneet` shares: argparse types for output files, Italian
dates and record numbers, and the three ways a command refuses.

Exit status, for every command: 0 done, 1 refused or failed (told on stderr, nothing lost),
2 bad arguments (told the argparse way, naming the argument).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from socialneet_desktop.db.output_files import OutputRefused, check_output
from socialneet_desktop.i18n import fill, translate


def output_path(suffix: str) -> Callable[[str], Path]:
    """An argparse type: the path of a file to write, ending in `suffix` (".pdf", ".xlsx"),
    in a folder that exists. What it may not replace is checked by `refused_output`, which
    knows the database and the inputs."""

    def checked(text: str) -> Path:
        try:
            return check_output(text, suffix, overwrite=True)
        except OutputRefused as refused:
            raise argparse.ArgumentTypeError(refused.text(translate)) from None

    return checked


def add_overwrite(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--overwrite",
        action="store_true",
        help=translate("Cli", "replace the output file if it already exists"),
    )


def add_period(parser: argparse.ArgumentParser, required: bool = True) -> None:
    """--from and --to, Italian dates (`arguments.from_`, `arguments.to_`)."""
    for flag in ("--from", "--to"):
        parser.add_argument(
            flag, type=italian_date, required=required, metavar="gg/mm/aaaa", dest=flag[2:] + "_"
        )


def refused_period(arguments: argparse.Namespace) -> int:
    """0 for a period in order; else the refusal of --to (status 2)."""
    if arguments.from_ > arguments.to_:
        return refuse(arguments, "--to", translate("Cli", "the end comes before the start"))
    return 0


def refused_period_or_output(arguments: argparse.Namespace, suffix: str, database) -> int:
    """0 when the period is in order and --out may be written (refused_output), before any
    work; else the first refusal (status 2)."""
    return refused_period(arguments) or refused_output(
        arguments, "--out", arguments.out, suffix, database
    )


def write_out(arguments: argparse.Namespace, write: Callable[[], object]) -> int:
    """`write()` the file of --out: "Written FILE" and status 0, or an OSError refused as the
    fault of --out (status 2)."""
    try:
        write()
    except OSError as error:
        return refuse(arguments, "--out", str(error))
    print(fill(translate("Cli", "Written %1"), arguments.out))
    return 0


def refused_output(
    arguments: argparse.Namespace, option: str, path, suffix: str, database, inputs=()
) -> int:
    """0 when `path` may be written; else the refusal naming `option` (status 2). Run before any
    work: the open database and its -wal/-shm/-journal, the inputs of the command and (without
    --overwrite) an existing file are never replaced."""
    protected = (database.path,) if database is not None else ()
    overwrite = getattr(arguments, "overwrite", False)
    try:
        check_output(path, suffix, protected=protected, inputs=inputs, overwrite=overwrite)
    except OutputRefused as refused:
        return refuse(arguments, option, output_reason(refused))
    return 0


def output_reason(refused: OutputRefused) -> str:
    reason = refused.text(translate)
    if refused.exists:
        reason += " " + translate("Cli", "Add --overwrite to replace it.")
    return reason


def record_id(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(
            fill(translate("Cli", "'%1' is not a record number"), text)
        )
    return int(text)


def italian_date(text: str):
    from socialneet_desktop.domain.validation import parse_italian_date

    try:
        return parse_italian_date(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            fill(translate("Cli", "'%1' is not a date in the form gg/mm/aaaa"), text)
        ) from None


def italian_time(moment: datetime) -> str:
    """gg/mm/aaaa hh:mm, as backups are listed."""
    from socialneet_desktop.domain.validation import format_italian_date

    return f"{format_italian_date(moment)} {moment:%H:%M}"


def tell_newest_backup(entry) -> None:
    """The backup to restore when the file is damaged (a backup.BackupEntry), on stderr."""
    message = translate("Cli", "Newest backup: %1 (socialneet restore %2)")
    print(fill(message, italian_time(entry.taken_at), entry.path), file=sys.stderr)


def refuse(arguments: argparse.Namespace, argument: str, reason: str) -> int:
    """The argparse way: usage, then "error: argument --x: reason"; exit status 2."""
    message = fill(translate("Cli", "argument %1: %2"), argument, reason)
    return usage_error(arguments, message)


def usage_error(arguments: argparse.Namespace, message: str) -> int:
    """Usage, then "prog: error: message"; exit status 2 (`arguments.parser` is the command's)."""
    arguments.parser.print_usage(sys.stderr)
    print(f"{arguments.parser.prog}: {translate('Cli', 'error')}: {message}", file=sys.stderr)
    return 2


def fail(message: str, detail: str = "") -> int:
    """A refusal or failure that is not the arguments' fault: told on stderr, exit status 1."""
    print(message, file=sys.stderr)
    if detail:
        print(f"  {detail}", file=sys.stderr)
    return 1
