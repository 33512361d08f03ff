"""The access-request workbook of one person: one sheet per part (its PDF is
printing.access_request; socialneet_desktop.documents chooses by the file's suffix)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from socialneet_desktop.exports.excel import (
    TableSheet,
    discard,
    new_workbook,
    save_atomically,
)
from socialneet_desktop.i18n import translate
from socialneet_desktop.services.access_request import AccessData
from socialneet_desktop.services.access_request_rows import (
    FIELD_COLUMNS,
    HISTORY_COLUMNS,
    VISIT_COLUMNS,
    history_values,
    visit_values,
)


def write_workbook(held: AccessData, path: Path) -> None:
    when = datetime.now()
    workbook = new_workbook()
    try:
        sheets = (
            (translate("Privacy", "Personal data"), FIELD_COLUMNS, held.fields),
            (translate("Privacy", "Visits"), VISIT_COLUMNS, visit_values(held)),
            (translate("Privacy", "History"), HISTORY_COLUMNS, history_values(held)),
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
