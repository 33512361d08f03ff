"""The delegates' marks back from the scoring workbook (exports.matching_workbook): the rows
of its scoring sheet that carry a mark or a note, found by the sheet's column titles in
English or Italian; services.matching.scoring_import checks and writes them, all or nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from openpyxl import load_workbook

from socialneet_desktop.domain.municipalities import fold
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.i18n import in_italian, translate
from socialneet_desktop.services.matching.scoring_import import (  # noqa: F401 - for callers
    MarkRow,
    MarksOutcome,
    RowProblem,
    import_marks,
)
from socialneet_desktop.services.matching.scoring_sheet import (
    DELEGATE,
    MARK,
    NEED_CODE,
    NOTE,
    RESOURCE_CODE,
)

HEADER_ROW = 4

NOT_A_SCORING_FILE = QT_TRANSLATE_NOOP(
    "MarksImport",
    "%1 has no sheet with the columns Need code, Resource code, Delegate and Mark: it is not "
    "a scoring workbook of this program.",
)
UNREADABLE = QT_TRANSLATE_NOOP("MarksImport", "%1 cannot be read as an Excel workbook: %2")


class NotAScoringFile(Exception):
    def __init__(self, message: str, *args: str) -> None:
        super().__init__(message)
        self.message, self.args_ = message, args


def _names(title: str) -> set[str]:
    return {fold(title), fold(translate("Matching", title)), fold(in_italian("Matching", title))}


WANTED = {"need": NEED_CODE, "resource": RESOURCE_CODE, "delegate": DELEGATE, "mark": MARK}


def read_rows(path: Path) -> list[MarkRow]:
    """The rows of the scoring sheet that carry a mark or a note (English or Italian
    titles: the sheet is found by its columns, whatever language wrote it)."""
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
        raise NotAScoringFile(UNREADABLE, str(path), str(error)) from error
    try:
        for sheet in workbook.worksheets:
            rows = list(sheet.iter_rows(min_row=HEADER_ROW, values_only=True))
            columns = _columns(rows[0] if rows else ())
            if columns is not None:
                return _mark_rows(rows[1:], columns)
    finally:
        workbook.close()
    raise NotAScoringFile(NOT_A_SCORING_FILE, str(path))


def _columns(header: Iterable) -> dict[str, int] | None:
    titles = [fold(str(value)) if value is not None else "" for value in header]
    found = {}
    for key, title in (*WANTED.items(), ("note", NOTE)):
        names = _names(title)
        found[key] = next((n for n, text in enumerate(titles) if text in names), None)
    return found if all(found[key] is not None for key in WANTED) else None


def _cell(values, column: int | None):
    return values[column] if column is not None and column < len(values) else None


def _mark_rows(rows, columns: dict[str, int]) -> list[MarkRow]:
    found = []
    for number, values in enumerate(rows, HEADER_ROW + 1):
        cells = {key: _cell(values, column) for key, column in columns.items()}
        if cells["mark"] in (None, "") and cells["note"] in (None, ""):
            continue
        found.append(
            MarkRow(
                number,
                str(cells["need"] or "").strip(),
                str(cells["resource"] or "").strip(),
                str(cells["delegate"] or "").strip(),
                cells["mark"],
                str(cells["note"] or "").strip(),
            )
        )
    return found
