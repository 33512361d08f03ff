"""`socialneet import spreadsheet --kind organisations|resources|contacts FILE …`; several
kinds from one row with `--kind organisations,people,meetings`; `import batches|undo|restore`
(cli/import_undo.py).

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


def value_choice(text: str) -> tuple[str, str, str]:
    """`kind="Coop. sociale tipo B"=social_cooperative` -> (field, text, code); an empty
    code leaves the field empty for that value."""
    name, _equals, rest = text.partition("=")
    value, equals, code = rest.rpartition("=")
    if not name.strip() or not equals or not value.strip():
        message = translate("Cli", "'%1' is not field=VALUE=code")
        raise argparse.ArgumentTypeError(fill(message, text))
    return name.strip(), value.strip().strip('"'), code.strip()


def kind_list(text: str) -> list[str]:
    """ "organisations,people,meetings" -> the kind keys, in the order written."""
    kinds = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [kind for kind in kinds if kind not in KIND_ALIASES]
    if unknown or not kinds:
        message = translate("Cli", "'%1' is not a record kind (%2)")
        known = ", ".join(sorted(KIND_ALIASES))
        raise argparse.ArgumentTypeError(fill(message, ", ".join(unknown) or text, known))
    return [KIND_ALIASES[kind] for kind in kinds]


def add_import_commands(commands):
    """Add `import spreadsheet`; returns the sources of `import`, for `import access`."""
    importing = commands.add_parser("import", help=translate("Cli", "import records from a file"))
    importers = importing.add_subparsers(dest="source", required=True, metavar="SOURCE")
    sheet = importers.add_parser(
        "spreadsheet", help=translate("Cli", "an .xlsx or .csv file, one record a row")
    )
    sheet.add_argument(
        "--kind",
        required=True,
        type=kind_list,
        metavar="KIND[,KIND…]",
        help=translate(
            "Cli", "what a row is; several kinds from one row: organisations,people,meetings"
        ),
    )
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
    sheet.add_argument(
        "--value",
        type=value_choice,
        action="append",
        default=[],
        metavar='field="TEXT"=code',
        help=translate("Cli", "read TEXT of the file as the choice code (empty: leave it empty)"),
    )
    sheet.add_argument(
        "--header-row",
        type=int,
        metavar="N",
        help=translate("Cli", "the row of the column titles (else the first that looks like it)"),
    )
    sheet.add_argument("--duplicates", choices=DUPLICATE_POLICIES, default="skip")
    add_bad_values(sheet)
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
    from socialneet_desktop.cli.import_undo import add_batch_commands

    add_batch_commands(importers)
    return importers


def add_bad_values(parser) -> None:
    parser.add_argument(
        "--bad-values",
        choices=("reject", "empty"),
        default="reject",
        help=translate(
            "Cli",
            "a wrong value in a field that can stay empty (an e-mail): reject the row, or "
            "import it without the value",
        ),
    )


def unreadable(arguments, problem) -> int:
    """An UnreadableFile told with its path and detail."""
    return usage_error(
        arguments, fill(translate("Import", problem.message), problem.path, problem.detail)
    )


def plans_from_arguments(arguments, table, database=None):
    """The ImportPlans, one a kind (or an error message naming the wrong argument); with
    several kinds each column goes to one of them (--map COLUMN=kind.field to choose); the
    values an earlier import into `database` mapped are mapped so again (--value wins)."""
    from socialneet_desktop.importers.several import several_mapping

    kinds = arguments.kind
    several = len(kinds) > 1
    guessed = (
        several_mapping(kinds, table.headers)
        if several
        else {kinds[0]: guess_mapping(kinds[0], table.headers)}
    )
    taken = {column for column, _name in arguments.map}
    plans = []
    for kind in kinds:
        maps = [(c, f) for c, f in arguments.map if not several or f.startswith(kind + ".")]
        maps = [(c, f.removeprefix(kind + ".")) for c, f in maps]
        mapping = {c: f for c, f in guessed[kind].items() if not several or c not in taken}
        plan = plan_from_arguments(arguments, table.headers, kind, mapping, maps, several)
        if isinstance(plan, str):
            return plan
        plans.append(plan)
    return add_values(arguments, table, plans, _remembered(database, plans))


def _remembered(database, plans) -> dict:
    """{kind: what earlier imports into `database` mapped} (services.import_value_memory)."""
    from socialneet_desktop.services.import_value_memory import remembered

    if database is None:
        return {}
    with database.read_session() as session:
        return {plan.kind: remembered(session, plan.kind) for plan in plans}


def add_values(arguments, table, plans, memory=None):
    """Each coded field's values: --value where given, else as an earlier import mapped them
    (`memory`: {kind: services.import_value_memory.Remembered}), else the guess; the plans,
    or an error naming a --value whose field or code does not exist."""
    from socialneet_desktop.domain.municipalities import fold
    from socialneet_desktop.importers.conversion import vocabulary_of
    from socialneet_desktop.importers.value_mapping import (
        coded_fields,
        distinct_values,
        value_map,
    )
    from socialneet_desktop.services.import_value_memory import values_for

    given: dict[str, dict[str, str]] = {}
    for name, text, code in arguments.value:
        kinds = [plan.kind for plan in plans if vocabulary_of(plan.kind, name) is not None]
        if not kinds:
            return fill(translate("Cli", "--value: '%1' is not a field with choices"), name)
        codes = {term.code for term in vocabulary_of(kinds[0], name)}
        if code and code not in codes:
            return fill(
                translate("Cli", "--value: '%1' is not a choice of %2 (%3)"),
                code,
                name,
                ", ".join(sorted(codes)),
            )
        given.setdefault(name, {})[text] = code
    for plan in plans:
        for name in coded_fields(plan.kind, plan.mapping):
            column = next(c for c, f in plan.mapping.items() if f == name)
            found = distinct_values(plan.kind, table.rows, column, name)
            chosen = value_map({v.text: v.guess for v in found if v.guess is not None})
            earlier = values_for((memory or {}).get(plan.kind, {}), column, name)
            if used := [v.text for v in found if fold(v.text) in earlier]:
                _tell_remembered(column, used)
            chosen.update(earlier)
            chosen.update(value_map(given.get(name, {})))
            plan.values[name] = chosen
    return plans


def _tell_remembered(column: str, texts: list[str]) -> None:
    shown = ", ".join(f"'{text}'" for text in texts[:5]) + (", …" if len(texts) > 5 else "")
    message = translate("Cli", "Column '%1': %2 mapped as the last import did (--value to change)")
    print(fill(message, column, shown))


def plan_from_arguments(arguments, headers: list[str], kind, mapping, maps, several=False):
    """The ImportPlan of `kind` from the guessed `mapping` and the (column, field) pairs of
    --map, or an error message naming the wrong argument; `several`: one of several kinds."""
    from socialneet_desktop.importers.pipeline import ImportPlan

    fields = fields_of(kind)
    for column, name in maps:
        if column not in headers:
            return fill(translate("Cli", "--map: the file has no column '%1'"), column)
        if name and name not in fields:
            return fill(
                translate("Cli", "--map: '%1' is not a field (%2)"), name, ", ".join(fields)
            )
        mapping = {c: f for c, f in mapping.items() if f != name and c != column}
        if name:
            mapping[column] = name
    sets = dict(arguments.set)
    if several:  # kind.field=value, or field=value for the kinds that have it
        own = {n.removeprefix(kind + "."): v for n, v in sets.items() if n.startswith(kind + ".")}
        sets = {n: v for n, v in sets.items() if "." not in n and n in fields} | own
    for name in sets:
        if name not in fields:
            return fill(
                translate("Cli", "--set: '%1' is not a field (%2)"), name, ", ".join(fields)
            )
    plan = ImportPlan(kind, mapping, sets, arguments.duplicates)
    plan.bad_values = getattr(arguments, "bad_values", "reject")
    linked = {"organization_ref", "contact_ref"} if several else set()
    missing = [
        n
        for n in fields
        if fields[n].required and n not in {*mapping.values(), *plan.defaults, *linked}
    ]
    if missing:
        return fill(
            translate("Cli", "no column for the required field(s) %1 of %2: use --map or --set"),
            ", ".join(missing),
            kind,
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
            Path(arguments.file),
            accept_encoding_problems=arguments.accept_encoding_problems,
            header_row=arguments.header_row,
        )
    except EncodingProblem as problem:
        print(
            fill(translate("Import", problem.message), problem.path, problem.detail),
            file=sys.stderr,
        )
        return 1
    except UnreadableFile as problem:
        return unreadable(arguments, problem)
    plans = plans_from_arguments(arguments, table, database)
    if isinstance(plans, str):
        return usage_error(arguments, plans)
    print_layout(table)
    if len(plans) > 1:
        from socialneet_desktop.cli.import_several import run_several

        return run_several(database, arguments, table, plans)
    plan = plans[0]
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
    from socialneet_desktop.cli.import_undo import print_batch

    print_batch(report.batch_id)
    return save_report(arguments, report, 0)


def print_layout(table) -> None:
    """Which row is the header, and the rows skipped above it and under the data."""
    print(fill(translate("Cli", "Header: row %1"), table.header_row))
    if table.skipped_rows:
        numbers = ", ".join(str(number) for number in table.skipped_rows)
        print(fill(translate("Cli", "Rows above the header, skipped: %1"), numbers))
    if table.total_rows:
        numbers = ", ".join(str(number) for number in table.total_rows)
        print(fill(translate("Cli", "Total rows under the data, skipped: %1"), numbers))


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
