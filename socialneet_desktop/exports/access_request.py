"""The access-request file of one person: a workbook (one sheet per part) or a PDF."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm

from socialneet_desktop.db.database import Database
from socialneet_desktop.domain.columns import DATE, TEXT, TIME, ColumnSpec
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.exports.excel import (
    TableSheet,
    discard,
    new_workbook,
    save_atomically,
)
from socialneet_desktop.i18n import translate
from socialneet_desktop.printing.blocks import data_table, field_grid, para, section
from socialneet_desktop.printing.contact_file import visits_table
from socialneet_desktop.printing.layout import PageDecor, build_pdf, frame_width, write_atomically
from socialneet_desktop.services.access_request import AccessData, collect

FIELD_COLUMNS = (
    ColumnSpec("field", QT_TRANSLATE_NOOP("Columns", "Field"), TEXT, 28),
    ColumnSpec("value", QT_TRANSLATE_NOOP("Columns", "Value"), TEXT, 50),
)
VISIT_COLUMNS = (
    ColumnSpec("visit_date", QT_TRANSLATE_NOOP("Columns", "Date"), DATE, 12),
    ColumnSpec("start_time", QT_TRANSLATE_NOOP("Columns", "Start"), TIME, 8),
    ColumnSpec("end_time", QT_TRANSLATE_NOOP("Columns", "End"), TIME, 8),
    ColumnSpec("visit_type", QT_TRANSLATE_NOOP("Columns", "Type"), TEXT, 22),
    ColumnSpec("staff", QT_TRANSLATE_NOOP("Columns", "Staff"), TEXT, 22),
    ColumnSpec("summary", QT_TRANSLATE_NOOP("Columns", "Summary"), TEXT, 40),
    ColumnSpec("outcome", QT_TRANSLATE_NOOP("Columns", "Outcome"), TEXT, 40),
    ColumnSpec("next_appointment", QT_TRANSLATE_NOOP("Columns", "Next appointment"), TEXT, 18),
)
HISTORY_COLUMNS = (
    ColumnSpec("when", QT_TRANSLATE_NOOP("Columns", "When"), TEXT, 18),
    ColumnSpec("user", QT_TRANSLATE_NOOP("Columns", "User"), TEXT, 14),
    ColumnSpec("record", QT_TRANSLATE_NOOP("Columns", "Record"), TEXT, 20),
    ColumnSpec("action", QT_TRANSLATE_NOOP("Columns", "Action"), TEXT, 20),
    ColumnSpec("field", QT_TRANSLATE_NOOP("Columns", "Field"), TEXT, 20),
    ColumnSpec("old", QT_TRANSLATE_NOOP("Columns", "Old value"), TEXT, 30),
    ColumnSpec("new", QT_TRANSLATE_NOOP("Columns", "New value"), TEXT, 30),
)


def write_access_request(database: Database, contact_id: int, path: Path) -> None:
    """A .pdf when `path` ends so, else a .xlsx; raises access_request.ContactNotFound."""
    with database.read_session() as session:
        held = collect(session, contact_id)
    if Path(path).suffix.lower() == ".pdf":
        write_pdf(held, Path(path))
    else:
        write_workbook(held, Path(path))


def _moment(value: datetime | None) -> str:
    return value.strftime("%d/%m/%Y %H:%M") if value else ""


def write_workbook(held: AccessData, path: Path) -> None:
    when = datetime.now()
    workbook = new_workbook()
    try:
        sheets = (
            (translate("Privacy", "Personal data"), FIELD_COLUMNS, held.fields),
            (translate("Privacy", "Visits"), VISIT_COLUMNS, _visit_values(held)),
            (translate("Privacy", "History"), HISTORY_COLUMNS, _history_values(held)),
        )
        for title, columns, rows in sheets:
            sheet = TableSheet(workbook, title, columns, when)
            for values in rows:
                sheet.append(values)
            sheet.close()
        save_atomically(workbook, path)
    except BaseException:
        discard(workbook)
        raise


def _visit_values(held: AccessData) -> list[list[object]]:
    return [
        [v.day, v.start, v.end, v.kind, v.staff, v.summary, v.outcome, _moment(v.next_appointment)]
        for v in held.visits
    ]


def _history_values(held: AccessData) -> list[list[object]]:
    return [
        [_moment(h.when), h.user, h.record, h.action, h.field, h.old, h.new] for h in held.history
    ]


def write_pdf(held: AccessData, path: Path) -> None:
    width = frame_width(wide=True)
    none = translate("Privacy", "None.")
    story = [
        section(translate("Privacy", "Personal data")),
        field_grid(held.fields, width),
        section(translate("Privacy", "Visits")),
        visits_table(held.visits, width) if held.visits else para(none),
        section(translate("Privacy", "History")),
    ]
    story.append(_history_table(held, width) if held.history else para(none))
    decor = PageDecor(held.letterhead, translate("Privacy", "Data held on a person"), held.name)
    write_atomically(path, lambda stream: build_pdf(stream, decor, story, wide=True))


def _history_table(held: AccessData, width: float):
    titles = [translate("Columns", spec.title) for spec in HISTORY_COLUMNS]
    fixed = [28 * mm, 22 * mm, 30 * mm, 34 * mm, 30 * mm]
    rest = (width - sum(fixed)) / 2
    return data_table(titles, _history_values(held), [*fixed, rest, rest])
