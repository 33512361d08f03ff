"""`socialneet import spreadsheet --kind organisations|resources|contacts FILE …`.

Exit status: 0 imported (or dry run), 2 bad arguments or unreadable file, 1 refused (rows
rejected without --yes, a file damaged by a wrong encoding, a failure while writing).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from socialneet_desktop.cli.common import add_overwrite, refused_output, usage_error
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.importers.mapping import KIND_ALIASES, fields_of, guess_mapping
from socialneet_desktop.importers.pipeline import DUPLICATE_POLICIES


def name_value(text: str) -> tuple[str, str]:
    if "=" not in text:
        raise argparse.ArgumentTypeError(fill(translate("Cli", "'%1' is not NAME=VALUE"), text))
    name, value = text.split("=", 1)
    return name.strip(), value.strip()


def add_import_commands(commands):
    """Add `import spreadsheet`; returns the sources of `import`, for `import access`."""
    importing = commands.add_parser("import", help=translate("Cli", "import records from a file"))
    importers = importing.add_subparsers(dest="source", required=True, metavar="SOURCE")
    sheet = importers.add_parser(
        "spreadsheet", help=translate("Cli", "an .xlsx or .csv file, one record a row")
    )
    sheet.add_argument("--kind", required=True, choices=sorted(KIND_ALIASES))
    sheet.add_argument("file", metavar="FILE", help=translate("Cli", ".xlsx or .csv file"))
    sheet.add_argument(
        "--map",
        type=name_value,
        action="append",
        default=[],
        metavar="COLUMN=field",
        help=translate("Cli", "read COLUMN into field (an empty field ignores the column)"),
    )
    sheet.add_argument(
        "--set",
        type=name_value,
        action="append",
        default=[],
        metavar="field=value",
        help=translate("Cli", "value of field where the file has none (e.g. kind=other)"),
    )
    sheet.add_argument("--duplicates", choices=DUPLICATE_POLICIES, default="skip")
    sheet.add_argument(
        "--dry-run", action="store_true", help=translate("Cli", "show the report, write nothing")
    )
    sheet.add_argument(
        "--report", metavar="REPORT.xlsx", help=translate("Cli", "save the report as .xlsx")
    )
    add_overwrite(sheet)
    sheet.add_argument(
        "--yes", action="store_true", help=translate("Cli", "import even if some rows are rejected")
    )
    sheet.add_argument(
        "--accept-encoding-problems",
        action="store_true",
        help=translate("Cli", "read a file with damaged accented letters anyway"),
    )
    sheet.set_defaults(run=run_spreadsheet, parser=sheet)
    return importers


def unreadable(arguments, problem) -> int:
    """An UnreadableFile told with its path and detail."""
    return usage_error(
        arguments, fill(translate("Import", problem.message), problem.path, problem.detail)
    )


def plan_from_arguments(arguments, headers: list[str]):
    """The ImportPlan, or an error message naming the wrong argument."""
    from socialneet_desktop.importers.pipeline import ImportPlan

    fields = fields_of(arguments.kind)
    mapping = guess_mapping(arguments.kind, headers)
    for column, name in arguments.map:
        if column not in headers:
            return fill(translate("Cli", "--map: the file has no column '%1'"), column)
        if name and name not in fields:
            return fill(
                translate("Cli", "--map: '%1' is not a field (%2)"), name, ", ".join(fields)
            )
        mapping = {c: f for c, f in mapping.items() if f != name and c != column}
        if name:
            mapping[column] = name
    for name, _value in arguments.set:
        if name not in fields:
            return fill(
                translate("Cli", "--set: '%1' is not a field (%2)"), name, ", ".join(fields)
            )
    plan = ImportPlan(arguments.kind, mapping, dict(arguments.set), arguments.duplicates)
    missing = [
        n for n in fields if fields[n].required and n not in {*mapping.values(), *plan.defaults}
    ]
    if missing:
        return fill(
            translate("Cli", "no column for the required field(s) %1: use --map or --set"),
            ", ".join(missing),
        )
    return plan


def run_spreadsheet(database, arguments) -> int:
    from socialneet_desktop.importers.pipeline import ImportFailed, analyse, import_rows
    from socialneet_desktop.importers.readers import EncodingProblem, UnreadableFile, read_table
    from socialneet_desktop.services.current_user import current_user_name

    if refused := refused_report(database, arguments):
        return refused
    try:
        table = read_table(
            Path(arguments.file), accept_encoding_problems=arguments.accept_encoding_problems
        )
    except EncodingProblem as problem:
        print(
            fill(translate("Import", problem.message), problem.path, problem.detail),
            file=sys.stderr,
        )
        return 1
    except UnreadableFile as problem:
        return unreadable(arguments, problem)
    plan = plan_from_arguments(arguments, table.headers)
    if isinstance(plan, str):
        return usage_error(arguments, plan)
    try:
        with database.read_session() as session:
            report = analyse(session, table, plan)
    except UnreadableFile as problem:  # changed or gone since it was checked
        return unreadable(arguments, problem)
    _print_report(report, table)
    if arguments.dry_run:
        print(translate("Cli", "Dry run: nothing was imported."))
        return save_report(arguments, report, 0)
    if report.rejected and not arguments.yes:
        print(
            fill(
                translate(
                    "Cli",
                    "Nothing was imported: %1 rows are rejected. Add --yes to import the other "
                    "%2 rows and skip the rejected ones.",
                ),
                len(report.rejected),
                report.to_write(),
            ),
            file=sys.stderr,
        )
        return save_report(arguments, report, 1)
    try:
        report = import_rows(database, table, plan, user=current_user_name())
    except UnreadableFile as problem:
        return unreadable(arguments, problem)
    except ImportFailed as failure:
        print(
            fill(translate("Cli", "The import failed and nothing was written: %1"), failure.error),
            file=sys.stderr,
        )
        return 1
    print_summary(report)
    return save_report(arguments, report, 0)


def _print_report(report, table) -> None:
    from socialneet_desktop.importers.report import issue_lines

    print(
        fill(
            translate("Cli", "File %1 (%2, separator '%3')"),
            table.path,
            table.encoding,
            table.delimiter.replace("\t", "TAB"),
        )
    )
    for line in issue_lines(report):
        print(f"  {line}")
    print_summary(report)


def print_summary(report) -> None:
    from socialneet_desktop.importers.report import summary_lines

    for line in summary_lines(report):
        print(line)


def refused_report(database, arguments) -> int:
    """Status 2 naming --report when it may not be written there (the database, the file being
    imported, another extension, an existing file without --overwrite); 0 when it may or when
    no report was asked. Checked before the file is read, so nothing is written either way."""
    if not arguments.report:
        return 0
    inputs = (arguments.file,)
    return refused_output(arguments, "--report", arguments.report, ".xlsx", database, inputs)


def save_report(arguments, report, status: int) -> int:
    from socialneet_desktop.importers.report import report_to_xlsx

    if arguments.report:
        try:
            report_to_xlsx(report, Path(arguments.report))
        except OSError as error:
            return usage_error(arguments, str(error))
        print(fill(translate("Cli", "Report written to %1"), arguments.report))
    return status
