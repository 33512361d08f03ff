"""`socialneet exchange …`: this computer as a device, packages out and in, the conflicts.

    exchange device [--name NAME]
    exchange export --out FILE [--for DEVICE | --full] [--overwrite] [--passphrase-file F]
    exchange import FILE [--passphrase-file F]
    exchange conflicts

The passphrase is the association's exchange passphrase: the first line of
--passphrase-file, else $SOCIALNEET_EXCHANGE_PASSPHRASE; it is never an argument (it would
show in the process list). Exit status: 0 done, 1 refused (told why: nothing was changed),
2 bad arguments.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from socialneet_desktop.cli.common import add_overwrite, fail, refuse, refused_output
from socialneet_desktop.db.database import Database
from socialneet_desktop.i18n import fill, translate


def add_exchange_commands(commands) -> None:
    parser = commands.add_parser(
        "exchange", help=translate("Exchange", "exchange packages with laptops and the office")
    )
    actions = parser.add_subparsers(dest="exchange_command", required=True, metavar="ACTION")
    device = actions.add_parser("device", help=translate("Exchange", "this computer's name"))
    device.add_argument("--name", metavar="NAME", help=translate("Exchange", "rename it"))
    device.set_defaults(run=run_device, parser=device)
    export = actions.add_parser("export", help=translate("Exchange", "prepare a package"))
    export.add_argument("--out", required=True, metavar="FILE")
    chosen = export.add_mutually_exclusive_group()
    chosen.add_argument(
        "--for",
        dest="for_device",
        metavar="DEVICE",
        help=translate("Exchange", "what this device (name or id) has not received yet"),
    )
    chosen.add_argument(
        "--full", action="store_true", help=translate("Exchange", "everything, for a new laptop")
    )
    _add_passphrase(export)
    add_overwrite(export)
    export.set_defaults(run=run_export, parser=export)
    receive = actions.add_parser("import", help=translate("Exchange", "receive a package"))
    receive.add_argument("file", metavar="FILE")
    _add_passphrase(receive)
    receive.set_defaults(run=run_import, parser=receive)
    conflicts = actions.add_parser(
        "conflicts", help=translate("Exchange", "list the open conflicts")
    )
    conflicts.set_defaults(run=run_conflicts, parser=conflicts)


def _add_passphrase(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=translate("Exchange", "a file whose first line is the exchange passphrase"),
    )


def _passphrase(arguments: argparse.Namespace) -> str:
    from socialneet_desktop.services.exchange import package

    return package.passphrase_from(arguments.passphrase_file)


def run_device(database: Database, arguments: argparse.Namespace) -> int:
    from socialneet_desktop.services.exchange import devices

    with database.session() as session:
        if arguments.name is not None:
            try:
                devices.rename(session, arguments.name)
            except devices.BadDeviceName as bad:
                reason = fill(translate("Exchange", bad.message), *bad.fill_args)
                return refuse(arguments, "--name", reason)
        device = devices.this_device(session)
        print(fill(translate("Exchange", "This device: %1 (%2)"), device.name, device.uuid))
    return 0


def run_export(database: Database, arguments: argparse.Namespace) -> int:
    from socialneet_desktop.services.exchange import export, package

    refused = refused_output(arguments, "--out", arguments.out, "", database)
    if refused:
        return refused
    try:
        passphrase = _passphrase(arguments)
        with database.session() as session:
            made = export.export_package(
                session,
                Path(arguments.out),
                passphrase,
                for_device=arguments.for_device,
                overwrite=arguments.overwrite,
                protected=(database.path,) if database.path else (),
            )
    except package.PackageRefused as refusal:
        return fail(refusal.text())
    except OSError as error:
        return fail(fill(translate("Exchange", "%1 could not be written: %2"), arguments.out,
                         error.strerror or str(error)))  # fmt: skip
    text = translate("Exchange", "Package %1: %2 changes of %3 records, for %4.")
    target = made.target or translate("Exchange", "a new laptop (everything)")
    print(fill(text, made.path, made.changes, made.records, target))
    return 0


def run_import(database: Database, arguments: argparse.Namespace) -> int:
    from socialneet_desktop.services.exchange import apply, package

    try:
        report = apply.import_package(database, Path(arguments.file), _passphrase(arguments))
    except package.PackageRefused as refusal:
        return fail(refusal.text())
    for line in report_lines(report):
        print(line)
    return 0


def report_lines(report) -> list[str]:
    """The import's report in the user's language (also the window's, exchange21ui)."""
    lines = [
        fill(translate("Exchange", "Received from %1:"), report.source),
        fill(translate("Exchange", "created: %1"), report.created),
        fill(translate("Exchange", "updated: %1"), report.updated),
        fill(translate("Exchange", "unchanged: %1"), report.unchanged),
        fill(translate("Exchange", "conflicts: %1"), report.conflicts),
        fill(translate("Exchange", "refused: %1"), report.refused),
        fill(translate("Exchange", "changes of erased people dropped: %1"), report.erased_dropped),
        fill(translate("Exchange", "possible duplicates: %1"), report.duplicates),
    ]
    for message, args in report.refusals:
        lines.append("  " + fill(translate("Exchange", message), *args))
    return lines


def run_conflicts(database: Database, arguments: argparse.Namespace) -> int:
    from socialneet_desktop.cli.exchange_conflicts import cli_conflicts

    return cli_conflicts(database, arguments)
