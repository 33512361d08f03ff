"""The one cell formatter: a value of a column (domain.columns kind) as the screen, a
spreadsheet and paper show it.

- `Cells.text`: the text of a list cell and of a printed table cell: dates gg/mm/aaaa, times
  hh:mm, Sì/No, labels for codes, "Terni (TR)" for municipality codes.
- `Cells.spreadsheet`: a converter to the typed value of an Excel cell: dates, times and
  numbers kept as such (`number_format` gives the cell's format, so they show as on the
  screen), Sì/No and labels as text, every text made plain by `domain.text.spreadsheet_text`.

The domain imports nothing of Qt: the words are marked with QT_TRANSLATE_NOOP and the caller
gives the translation function (`Cells(i18n.translate)`); `Cells()` leaves them in English.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time

from socialneet_desktop.domain.columns import BOOL, CODE, DATE, TIME, ColumnSpec
from socialneet_desktop.domain.italian_dates import (
    DATE_NUMBER_FORMAT,
    DATETIME_NUMBER_FORMAT,
    TIME_NUMBER_FORMAT,
    format_italian_date,
    format_italian_datetime,
    format_time,
)
from socialneet_desktop.domain.municipalities import bundled_index
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP, spreadsheet_text
from socialneet_desktop.domain.vocabularies import VOCABULARIES

DATETIME = "datetime"  # a moment: gg/mm/aaaa hh:mm (beside the kinds of domain.columns)
# The CODE columns whose codes are municipalities (ISTAT or cadastral), not a vocabulary: those
# of these keys, and any whose `vocabulary` is MUNICIPALITY.
MUNICIPALITY_KEYS = ("municipality_code", "residence_municipality_code", "birthplace_code")
MUNICIPALITY = "municipality"
YES = QT_TRANSLATE_NOOP("Cells", "Yes")
NO = QT_TRANSLATE_NOOP("Cells", "No")

Translate = Callable[[str, str], str]
Convert = Callable[[object], object]


def untranslated(context: str, text: str) -> str:
    return text


def is_municipality(spec: ColumnSpec) -> bool:
    return spec.kind == CODE and (spec.key in MUNICIPALITY_KEYS or spec.vocabulary == MUNICIPALITY)


def number_format(spec: ColumnSpec) -> str | None:
    """The spreadsheet number format of the column's cells (None: the cell's own)."""
    return {
        DATE: DATE_NUMBER_FORMAT,
        TIME: TIME_NUMBER_FORMAT,
        DATETIME: DATETIME_NUMBER_FORMAT,
    }.get(spec.kind)


@dataclass(frozen=True)
class Cells:
    """Formats cells in the language of `translate` (QCoreApplication.translate's signature)."""

    translate: Translate = untranslated

    def yes_no(self, value: object) -> str:
        return self.translate("Cells", YES) if value else self.translate("Cells", NO)

    def label(self, vocabulary: str, code: str) -> str:
        """The translated label of `code` in the named vocabulary; the code when unknown."""
        known = VOCABULARIES.get(vocabulary.lower())
        if known is None:
            return code
        return self.translate("Vocabulary", known.label_for(code))

    def labels(self, vocabulary: str, codes: str) -> str:
        """ "Crafts, Tourism" for the comma-separated codes of a field of several choices."""
        return ", ".join(
            self.label(vocabulary, code.strip()) for code in codes.split(",") if code.strip()
        )

    def place(self, code: str) -> str:
        """ "Terni (TR)" for a municipality's code, the code when unknown, "" for none."""
        return bundled_index().display(str(code)) if code else ""

    def text(self, spec: ColumnSpec, value: object) -> str:
        """The text of a cell on the screen and on paper ("" for no value)."""
        if _empty(value):
            return ""
        if spec.kind == DATE and isinstance(value, date | datetime):
            return format_italian_date(value)
        if spec.kind == TIME and isinstance(value, time | datetime):
            return format_time(value)
        if spec.kind == DATETIME and isinstance(value, datetime):
            return format_italian_datetime(value)
        if spec.kind == BOOL:
            return self.yes_no(value)
        if is_municipality(spec):
            return self.place(str(value))
        if spec.kind == CODE and spec.vocabulary:
            return self.label(spec.vocabulary, str(value))
        return str(value)

    def texts(self, columns: tuple[ColumnSpec, ...], values) -> list[str]:
        return [self.text(spec, value) for spec, value in zip(columns, values, strict=True)]

    def spreadsheet(self, spec: ColumnSpec) -> Convert:
        """value -> the typed value of its cell (None for no value), for a whole column: each
        label is looked up once, not once a row."""
        if spec.kind == BOOL:
            yes, no = self.yes_no(True), self.yes_no(False)
            return lambda value: None if _empty(value) else (yes if value else no)
        if is_municipality(spec):
            index = bundled_index()
            return _remembered(lambda value: index.display(str(value)))
        if spec.kind == CODE and spec.vocabulary:
            return _remembered(lambda value: self.label(spec.vocabulary, str(value)))
        return _typed

    def spreadsheet_value(self, spec: ColumnSpec, value: object) -> object:
        return self.spreadsheet(spec)(value)


def _empty(value: object) -> bool:
    return value is None or value == ""


def _remembered(label: Callable[[object], str]) -> Convert:
    """A converter giving the plain text of label(value), computed once per value."""
    labels: dict[object, str] = {}

    def convert(value: object) -> object:
        if _empty(value):
            return None
        if value not in labels:
            labels[value] = spreadsheet_text(label(value))
        return labels[value]

    return convert


def _typed(value: object) -> object:
    """A date, time or number stays as it is; a text is made plain."""
    if _empty(value):
        return None
    return spreadsheet_text(value) if isinstance(value, str) else value
