"""`socialneet import spreadsheet --kind organisations,people,meetings FILE`: the records of
several kinds each row holds, linked to each other, in one import (importers/several.py)."""

from __future__ import annotations

import sys

from socialneet_desktop.cli.common import usage_error
from socialneet_desktop.cli.import_undo import print_batch
from socialneet_desktop.i18n import fill, translate


def run_several(database, arguments, table, plans) -> int:
    from socialneet_desktop.importers.pipeline import ImportFailed
    from socialneet_desktop.importers.readers import UnreadableFile
    from socialneet_desktop.importers.several import analyse_several, import_several
    from socialneet_desktop.services.current_user import current_user_name

    try:
        result = analyse_several(database, table, plans)
    except UnreadableFile as problem:
        text = fill(translate("Import", problem.message), problem.path, problem.detail)
        return usage_error(arguments, text)
    print_several(result)
    rejected = sum(report.total("rejected") for report in result.reports)
    if arguments.dry_run:
        print(translate("Cli", "Dry run: nothing was imported."))
        return save_several_report(arguments, result, 0)
    if rejected and not arguments.yes:
        message = translate(
            "Cli", "Nothing was imported: %1 records are rejected. Add --yes to import the others."
        )
        print(fill(message, rejected), file=sys.stderr)
        return save_several_report(arguments, result, 1)
    try:
        result = import_several(database, table, plans, user=current_user_name())
    except ImportFailed as failure:
        message = translate("Cli", "The import failed and nothing was written: %1")
        print(fill(message, failure.error), file=sys.stderr)
        return 1
    print_counts(result)
    print_batch(result.batch_id)
    return save_several_report(arguments, result, 0)


def save_several_report(arguments, result, status: int) -> int:
    """--report as .xlsx: every kind's summary and rows (importers.report); the path was
    checked before the file was read (cli.imports.refused_report)."""
    from pathlib import Path

    from socialneet_desktop.importers.report import several_report_to_xlsx

    if arguments.report:
        try:
            several_report_to_xlsx(result, Path(arguments.report))
        except OSError as error:
            return usage_error(arguments, str(error))
        print(fill(translate("Cli", "Report written to %1"), arguments.report))
    return status


def print_several(result) -> None:
    """Per kind: the lines of its rows' problems, then what would be done."""
    from socialneet_desktop.importers.report import issue_lines

    for report in result.reports:
        print(kind_title(report.kind))
        for line in issue_lines(report):
            print(f"  {line}")
    print_counts(result)


def print_counts(result) -> None:
    line = translate("Cli", "%1: %2 created, %3 found already, %4 rejected")
    for kind, counts in result.counts().items():
        print(fill(line, kind_title(kind), counts["created"], counts["found"], counts["rejected"]))


def kind_title(key: str) -> str:
    from socialneet_desktop.services.record_kinds import kind_by_key

    return translate("RecordKind", kind_by_key(key).title)
