"""`socialneet info` (the database file and its record counts) and `socialneet demo
[--contacts N] [--seed N] [--append]` (realistic generated data)."""

from __future__ import annotations

import argparse
import sys

from socialneet_desktop.db.database import Database
from socialneet_desktop.i18n import fill, translate
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


def add_info_demo_commands(commands) -> None:
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


def run_info(database: Database, _arguments: argparse.Namespace) -> int:
    counts = database.record_counts()
    print(fill(translate("Cli", "Database: %1"), database.path))
    _print_counts(counts)
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
    _print_counts(summary.as_dict())
    return 0


def _print_counts(counts: dict[str, int]) -> None:
    for kind in RECORD_KINDS:
        print(f"  {translate('RecordKind', kind.title)}: {counts[kind.table_name]}")
