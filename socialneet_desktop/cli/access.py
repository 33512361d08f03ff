"""`socialneet import access FILE [--table T --kind K] [--map COL=field] [--set field=value]
[--mapping-file F.json] [--dry-run] [--report R.xlsx] [--yes]`.

Without --table it lists the user tables (row counts, columns, notes). With --table it runs
the spreadsheet pipeline on that table; records keep their origin ("file / table" and the
Access primary key), so importing the same file again adds nothing. Exit status as
`import spreadsheet`: 0 done (or dry run / listing), 2 bad arguments or unreadable file,
1 refused or failed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from socialneet_desktop.cli import imports as sheet_commands
from socialneet_desktop.cli.common import add_overwrite, output_reason, refuse, usage_error
from socialneet_desktop.db.output_files import OutputRefused, check_output
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.importers.mapping import KIND_ALIASES
from socialneet_desktop.importers.pipeline import DUPLICATE_POLICIES


def add_access_commands(importers) -> None:
    """Add `access` to the sources of `import` (what add_import_commands returns)."""
    access = importers.add_parser(
        "access", help=translate("AccessImport", "a Microsoft Access database (.mdb, .accdb)")
    )
    access.add_argument("file", metavar="FILE", help=translate("AccessImport", ".mdb or .accdb"))
    access.add_argument("--table", help=translate("AccessImport", "table to import"))
    access.add_argument("--kind", choices=sorted(KIND_ALIASES))
    access.add_argument("--map", type=sheet_commands.name_value, action="append", default=[])
    access.add_argument("--set", type=sheet_commands.name_value, action="append", default=[])
    access.add_argument(
        "--value",
        type=sheet_commands.value_choice,
        action="append",
        default=[],
        metavar='field="TEXT"=code',
        help=translate("Cli", "read TEXT of the file as the choice code (empty: leave it empty)"),
    )
    access.add_argument("--duplicates", choices=DUPLICATE_POLICIES, default="skip")
    sheet_commands.add_bad_values(access)
    access.add_argument(
        "--mapping-file",
        metavar="F.json",
        help=translate("AccessImport", "reuse the mapping saved there, or save it there"),
    )
    access.add_argument("--reader", choices=("mdbtools", "access-parser", "pyodbc"))
    access.add_argument("--charset", default="", help=translate("AccessImport", "Jet 3 code page"))
    access.add_argument(
        "--meeting-links",
        metavar="MEETING_COLUMN,ORGANISATION_COLUMN",
        help=translate(
            "AccessImport",
            "the table pairs meetings with organisations (both imported from this file "
            "before): give each meeting all of them",
        ),
    )
    access.add_argument("--dry-run", action="store_true")
    access.add_argument("--report", metavar="REPORT.xlsx")
    add_overwrite(access)
    access.add_argument("--yes", action="store_true")
    access.set_defaults(run=run_access, parser=access)


def _reader(arguments, path: Path, choose_reader):
    """The reader; an Access 97 file without --charset read in the alphabet its text shows."""
    from socialneet_desktop.importers.access.alphabet import open_guessing

    prefer = arguments.reader or ""
    if arguments.charset:
        return choose_reader(path, prefer=prefer, charset=arguments.charset)
    reader, guessed = open_guessing(choose_reader, path, prefer=prefer)
    if guessed:
        text = translate("AccessImport", "Access 97 text read as %1, guessed from it (--charset).")
        print(fill(text, guessed))
    return reader


def run_access(database, arguments) -> int:
    from socialneet_desktop.importers.access.errors import AccessFileError, NotAccessFile
    from socialneet_desktop.importers.access.readers import choose_reader, protection_warning

    path = Path(arguments.file)
    if refused := _refused_outputs(database, arguments):
        return refused
    try:
        reader = _reader(arguments, path, choose_reader)
        if warning := protection_warning(reader):
            print(warning.text(), file=sys.stderr)
        infos = reader.tables()
        if not arguments.table:
            _print_tables(path, reader, infos)
            return 0
        if arguments.table not in {info.name for info in infos}:
            message = translate("AccessImport", "%1 has no table '%2'")
            return usage_error(arguments, fill(message, path.name, arguments.table))
        table = reader.read(arguments.table)
    except NotAccessFile as problem:
        return usage_error(arguments, problem.text())
    except AccessFileError as problem:
        print(problem.text(), file=sys.stderr)
        return 1
    if arguments.meeting_links:
        return _link_meetings(database, arguments, table)
    return _import_table(database, arguments, table)


def _link_meetings(database, arguments, table) -> int:
    """A link table of meetings and organisations (importers/access/meeting_links.py)."""
    from socialneet_desktop.importers.access.meeting_links import link_meetings
    from socialneet_desktop.services.current_user import current_user_name

    columns = [part.strip() for part in arguments.meeting_links.split(",")]
    missing = [column for column in columns if column not in table.headers]
    if len(columns) != 2 or missing:
        message = translate("AccessImport", "--meeting-links: '%1' are not two columns of %2 (%3)")
        text = fill(message, arguments.meeting_links, table.table, ", ".join(table.headers))
        return usage_error(arguments, text)

    class DryRun(Exception):
        pass

    try:
        with database.session() as session:
            report = link_meetings(session, table, *columns, current_user_name())
            for template, args in report.problems:
                print(fill(translate("AccessImport", template), *args))
            if arguments.dry_run or (report.problems and not arguments.yes):
                raise DryRun
    except DryRun:
        if not arguments.dry_run:
            message = translate(
                "AccessImport", "Nothing was linked: %1 rows name no imported record (--yes)."
            )
            print(fill(message, len(report.problems)), file=sys.stderr)
            return 1
        print(translate("Cli", "Dry run: nothing was imported."))
    text = translate("AccessImport", "%1 meetings, %2 organisations added to them.")
    print(fill(text, report.meetings, report.links))
    return 0


def _print_tables(path: Path, reader, infos) -> None:
    print(
        fill(
            translate("AccessImport", "%1 (read with %2): %3 tables"), path, reader.name, len(infos)
        )
    )
    for info in infos:
        if info.row_count < 0 and info.linked:  # the note under it says where its rows are
            text = translate("AccessImport", "%1: linked, its rows are not in this file")
            print(fill(text, info.name))
        elif info.row_count < 0:
            print(fill(translate("AccessImport", "%1: cannot be read"), info.name))
        else:
            print(fill(translate("AccessImport", "%1: %2 rows"), info.name, info.row_count))
        print("  " + ", ".join(f"{name} ({type_})" for name, type_ in info.columns))
        for template, args in info.notes:
            print("  " + fill(translate("AccessImport", template), *args))


def table_plan(arguments, table):
    """The plan saved in --mapping-file for this file and table, else the one the arguments
    give (saved there afterwards); an error message when the arguments are wrong."""
    from socialneet_desktop.importers.access.mapping_store import (
        guess_access_mapping,
        load_plan,
        origin_of,
    )

    plan = None
    if arguments.mapping_file:
        plan = load_plan(table.path, table.table, Path(arguments.mapping_file))
    if plan is None:
        if not arguments.kind:
            return translate("AccessImport", "--kind is needed to import a table")
        kind = KIND_ALIASES[arguments.kind]
        guessed = guess_access_mapping(kind, table.headers)
        plan = sheet_commands.plan_from_arguments(
            arguments, table.headers, kind, guessed, arguments.map
        )
        if isinstance(plan, str):
            return plan
    plan.origin_source = origin_of(table.path, table.table)
    plan.origin_key_columns = tuple(table.primary_key)
    saved_values = plan.values
    plans = sheet_commands.add_values(arguments, table, [plan])  # --value, else the guesses
    if isinstance(plans, str):
        return plans
    for name, pairs in saved_values.items():  # a saved mapping's values win over guesses
        plan.values[name] = {**plan.values.get(name, {}), **pairs}
    return plan


def _import_table(database, arguments, table) -> int:
    from socialneet_desktop.importers.pipeline import ImportFailed, analyse, import_rows
    from socialneet_desktop.importers.readers import UnreadableFile
    from socialneet_desktop.services.current_user import current_user_name

    plan = table_plan(arguments, table)
    if isinstance(plan, str):
        return usage_error(arguments, plan)
    try:
        with database.read_session() as session:
            report = analyse(session, table, plan)
    except UnreadableFile as problem:  # changed or gone since it was checked
        return sheet_commands.unreadable(arguments, problem)
    print_report(report, table)
    if arguments.dry_run:
        print(translate("Cli", "Dry run: nothing was imported."))
        _remember(arguments, plan, table)
        return sheet_commands.save_report(arguments, report, 0)
    if report.rejected and not arguments.yes:
        message = translate(
            "AccessImport",
            "Nothing was imported: %1 rows are rejected. Add --yes to import the other %2 "
            "rows and skip the rejected ones.",
        )
        print(fill(message, len(report.rejected), report.to_write()), file=sys.stderr)
        return sheet_commands.save_report(arguments, report, 1)
    try:
        report = import_rows(database, table, plan, user=current_user_name())
    except ImportFailed as failure:
        message = translate("Cli", "The import failed and nothing was written: %1")
        print(fill(message, failure.error), file=sys.stderr)
        return 1
    sheet_commands.print_summary(report)
    _remember(arguments, plan, table)
    return sheet_commands.save_report(arguments, report, 0)


def _refused_outputs(database, arguments) -> int:
    """Status 2 naming --report or --mapping-file when it may not be written, before the
    Access file is even opened; 0 when both may."""
    from socialneet_desktop.importers.access.mapping_store import MappingFileError, read_store

    if refused := sheet_commands.refused_report(database, arguments):
        return refused
    if not arguments.mapping_file:
        return 0
    try:
        store = check_output(
            arguments.mapping_file,
            ".json",
            protected=(database.path,),
            inputs=(arguments.file,),
            overwrite=True,
        )
        if store.exists() and not arguments.overwrite:
            read_store(store)  # a mapping file is updated; any other file is not ours to replace
    except OutputRefused as refused:
        return refuse(arguments, "--mapping-file", output_reason(refused))
    except MappingFileError as problem:
        reason = problem.text() + " " + translate("Cli", "Add --overwrite to replace it.")
        return refuse(arguments, "--mapping-file", reason)
    return 0


def _remember(arguments, plan, table) -> None:
    """Save the plan in --mapping-file after a dry run or an import, never after a refusal: the
    mappings it holds are kept (all replaced, with --overwrite, if it was not a mapping file)."""
    from socialneet_desktop.importers.access.mapping_output import write_mapping_file

    if arguments.mapping_file:
        write_mapping_file(plan, table.path, table.table, Path(arguments.mapping_file))


def print_report(report, table) -> None:
    from socialneet_desktop.importers.report import issue_lines

    print(fill(translate("AccessImport", "Table %1 of %2"), table.table, table.path))
    for template, args in table.problems:
        print("  " + fill(translate("AccessImport", template), *args))
    for line in issue_lines(report):
        print(f"  {line}")
    sheet_commands.print_summary(report)
