"""The import report for people: a summary in a few lines, and an .xlsx of every row."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from socialneet_desktop.db.output_files import write_atomically
from socialneet_desktop.db.spooled_workbook import save_closing
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP, spreadsheet_text
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.importers.mapping import fields_of, reference_targets
from socialneet_desktop.importers.pipeline import DUPLICATE, REJECTED, ImportReport

# The words of a row's status and of the duplicates policy (the command line's, in English).
WORDS = {
    "accepted": QT_TRANSLATE_NOOP("Import", "accepted"),
    "rejected": QT_TRANSLATE_NOOP("Import", "rejected"),
    "duplicate": QT_TRANSLATE_NOOP("Import", "duplicate"),
    "skip": QT_TRANSLATE_NOOP("Import", "skip"),
    "update": QT_TRANSLATE_NOOP("Import", "update"),
    "add": QT_TRANSLATE_NOOP("Import", "add"),
}


def status_text(word: str) -> str:
    """ "rejected" -> "scartata": a status or a duplicates policy in the user's language."""
    return translate("Import", WORDS[word]) if word in WORDS else word


policy_text = status_text


def field_label(kind: str, name: str) -> str:
    """ "birth_date" -> "Data di nascita": the label the mapping page shows; a link
    ("contact_id") under the label of the column that gave it."""
    fields = fields_of(kind)
    column = next((ref for ref, target in reference_targets(kind).items() if target == name), name)
    field = fields.get(name) or fields.get(column)
    return translate("Import", field.label) if field else name


def summary_lines(report: ImportReport) -> list[str]:
    lines = [
        fill(translate("Import", "Rows read: %1"), len(report.rows)),
        fill(translate("Import", "Accepted: %1"), len(report.accepted)),
        fill(translate("Import", "Rejected: %1"), len(report.rejected)),
        fill(
            translate("Import", "Duplicates of existing records or earlier rows: %1 (policy: %2)"),
            len(report.duplicates),
            policy_text(report.duplicates_policy),
        ),
        fill(translate("Import", "Rows with warnings: %1"), len(report.warnings)),
    ]
    if report.written:
        lines.append(
            fill(
                translate("Import", "Written: %1 created, %2 updated, %3 skipped."),
                report.count("created"),
                report.count("updated"),
                report.count("skipped"),
            )
        )
    return lines


def issue_lines(report: ImportReport, statuses=(REJECTED, DUPLICATE)) -> list[str]:
    """ "Row 28 (rejected): The row has 19 fields …", one line per reason."""
    lines = []
    for row in report.rows:
        if row.status in statuses or row.issues:
            for issue in row.issues:
                lines.append(
                    fill(
                        translate("Import", "Row %1 (%2): %3"),
                        row.number,
                        status_text(row.status),
                        issue.text(translate),
                    )
                )
    return lines


def _plain(values: list) -> list:
    """Texts as cells that never run: a rejected row's "=HYPERLINK(…)" or NUL comes back as
    it was typed (domain.text.spreadsheet_text), never as a formula or a save error."""
    return [spreadsheet_text(v) if isinstance(v, str) else v for v in values]


def report_to_xlsx(report: ImportReport, path: Path, notes: Sequence[str] = ()) -> Path:
    """One sheet with the summary, one with a line per reason (row, status, field, reason);
    `notes` (what the reader could not read, e.g. Access dates before 1900) get a sheet."""
    from openpyxl import Workbook

    workbook = Workbook()
    summary = workbook.active
    summary.title = translate("Import", "Summary")
    summary.append(_plain([translate("Import", "File"), str(report.source)]))
    for line in summary_lines(report):
        summary.append(_plain([line]))
    rows = _rows_sheet(workbook, [])
    _add_issues(rows, report, [])
    return _save(workbook, path, notes)


def several_lines(result) -> list[str]:
    """ "Stakeholders: 3 created, 2 found already, 0 rejected", one line a kind, then the
    people linked to their row's meeting (importers.several.SeveralReport)."""
    line = translate("Import", "%1: %2 created, %3 found already, %4 rejected")
    lines = [
        fill(line, kind_title(kind), c["created"], c["found"], c["rejected"])
        for kind, c in result.counts().items()
    ]
    if result.people_linked:
        text = translate("Import", "People linked to the meeting of their row: %1")
        lines.append(fill(text, result.people_linked))
    return lines


def several_report_to_xlsx(result, path: Path, notes: Sequence[str] = ()) -> Path:
    """The report of a several-kinds import (importers.several): the summary with a line a
    kind, and every kind's rows in one sheet whose first column names the kind."""
    from openpyxl import Workbook

    workbook = Workbook()
    summary = workbook.active
    summary.title = translate("Import", "Summary")
    source = result.reports[0].source if result.reports else ""
    summary.append(_plain([translate("Import", "File"), str(source)]))
    for line in several_lines(result):
        summary.append(_plain([line]))
    for report in result.reports:
        summary.append([])
        summary.append(_plain([kind_title(report.kind)]))
        for line in summary_lines(report):
            summary.append(_plain([line]))
    kind_header = translate("Import", "Kind")
    rows = _rows_sheet(workbook, [kind_header])
    for report in result.reports:
        _add_issues(rows, report, [kind_title(report.kind)])
    return _save(workbook, path, notes)


def kind_title(key: str) -> str:
    from socialneet_desktop.services.record_kinds import kind_by_key

    return translate("RecordKind", kind_by_key(key).title)


def _rows_sheet(workbook, first: list[str]):
    rows = workbook.create_sheet(translate("Import", "Rows"))
    names = ("Row", "Status", "Record", "Field", "Reason")
    rows.append([*first, *(translate("Import", name) for name in names)])
    letters = "ABCDEF"[len(first) :]
    rows.column_dimensions[letters[2]].width = 50
    rows.column_dimensions[letters[4]].width = 80
    if first:
        rows.column_dimensions["A"].width = 24
    return rows


def _add_issues(rows, report: ImportReport, first: list) -> None:
    """A line per reason of every row of `report` (row, status, record, field, reason)."""
    for row in report.rows:
        for issue in row.issues:
            line = [
                row.number,
                status_text(row.status),
                row.label,
                field_label(report.kind, issue.field),
                issue.text(translate),
            ]
            rows.append(_plain([*first, *line]))


def _save(workbook, path: Path, notes: Sequence[str]) -> Path:
    if notes:
        sheet = workbook.create_sheet(translate("Import", "Reading problems"))
        sheet.column_dimensions["A"].width = 120
        for note in notes:
            sheet.append(_plain([note]))
    path = Path(path)
    with write_atomically(path) as temporary:  # whole or not at all, never a leftover
        save_closing(workbook, temporary)
    return path
