"""The import report for people: a summary in a few lines, and an .xlsx of every row."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from socialneet_desktop.db.output_files import write_atomically
from socialneet_desktop.db.spooled_workbook import save_closing
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP, spreadsheet_text
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.importers.mapping import REFERENCES, fields_of
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
    column = next((ref for ref, target in REFERENCES.items() if target == name), name)
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
    rows = workbook.create_sheet(translate("Import", "Rows"))
    rows.append(
        [
            translate("Import", "Row"),
            translate("Import", "Status"),
            translate("Import", "Record"),
            translate("Import", "Field"),
            translate("Import", "Reason"),
        ]
    )
    for row in report.rows:
        for issue in row.issues:
            rows.append(
                _plain(
                    [
                        row.number,
                        status_text(row.status),
                        row.label,
                        field_label(report.kind, issue.field),
                        issue.text(translate),
                    ]
                )
            )
    rows.column_dimensions["C"].width = 50
    rows.column_dimensions["E"].width = 80
    if notes:
        sheet = workbook.create_sheet(translate("Import", "Reading problems"))
        sheet.column_dimensions["A"].width = 120
        for note in notes:
            sheet.append(_plain([note]))
    path = Path(path)
    with write_atomically(path) as temporary:  # whole or not at all, never a leftover
        save_closing(workbook, temporary)
    return path
