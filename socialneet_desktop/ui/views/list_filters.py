"""The filter widgets of a list, built from the kind's filter specs (RecordKind.filters).

A filter on a record (FilterSpec kind "record", its vocabulary the kind key of the records:
an enrolment's course) offers them as they are when the bar is shown: the bar is built before
the file is open, and courses are added while the program runs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QSizePolicy, QWidget

from socialneet_desktop.domain.age import AGE_BANDS
from socialneet_desktop.domain.columns import FilterSpec
from socialneet_desktop.domain.municipalities import bundled_index
from socialneet_desktop.domain.vocabularies import VOCABULARIES
from socialneet_desktop.i18n import translate

if TYPE_CHECKING:
    from socialneet_desktop.db.database import Database

ANY_DATE = QDate(1900, 1, 1)  # the minimum of a date filter stands for "any date"


class FilterBar(QWidget):
    """One labelled widget per filter; `values()` gives the filters dict of a ListQuery."""

    changed = Signal()

    def __init__(self, specs: tuple[FilterSpec, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widgets: dict[str, QComboBox | QDateEdit] = {}
        self._unfilled: list[tuple[QComboBox, FilterSpec]] = []
        self._records: list[tuple[QComboBox, FilterSpec]] = []  # filled at each show
        self.database: Database | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for spec in specs:
            widget = self._widget_for(spec)
            widget.setObjectName(f"filter_{spec.key}")
            label = QLabel(translate("Filters", spec.label))
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget)
            self.widgets[spec.key] = widget
        layout.addStretch(1)
        # A narrow window clips the last filters rather than growing wider than the screen.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def _widget_for(self, spec: FilterSpec) -> QComboBox | QDateEdit:
        if spec.kind in ("date_from", "date_to"):
            return self._date_edit()
        combo = QComboBox()  # narrow when the window is: the popup still shows whole labels
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(5)
        combo.addItem(self.tr("All"), None)
        if spec.kind == "municipality":  # the list loads in 0.1 s: only when first shown
            self._unfilled.append((combo, spec))
        elif spec.kind == "record":
            self._records.append((combo, spec))
        else:
            self._fill(combo, spec)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def _fill(self, combo: QComboBox, spec: FilterSpec) -> None:
        for text, value in self._choices(spec):
            combo.addItem(text, value)

    def set_database(self, database: Database | None) -> None:
        self.database = database
        if self.isVisible():
            self._fill_records()

    def showEvent(self, event: QShowEvent) -> None:
        while self._unfilled:
            self._fill(*self._unfilled.pop())
        self._fill_records()
        super().showEvent(event)

    def _fill_records(self) -> None:
        """The records each record filter offers, the one chosen kept when it still is."""
        if not self._records or self.database is None:
            return
        from socialneet_desktop.services.choices import find_choices  # SQLAlchemy: not at start

        with self.database.read_session() as session:
            found = [find_choices(session, spec.vocabulary, "") for _c, spec in self._records]
        for (combo, _spec), rows in zip(self._records, found, strict=True):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for record_id, name in rows:
                combo.addItem(name, record_id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
            combo.blockSignals(False)
            if combo.currentData() != chosen:
                self.changed.emit()  # the record chosen is gone: the list shows all again

    def _choices(self, spec: FilterSpec) -> list[tuple[str, object]]:
        if spec.kind == "vocabulary":
            vocabulary = VOCABULARIES[spec.vocabulary]
            return [(translate("Vocabulary", term.label), term.code) for term in vocabulary]
        if spec.kind == "municipality":
            return [(place.name, place.code) for place in bundled_index().terni_province()]
        if spec.kind == "age_band":
            return [(band.label, band.code) for band in AGE_BANDS]
        return [(self.tr("Yes"), True), (self.tr("No"), False)]

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setCalendarPopup(True)
        edit.setMinimumDate(ANY_DATE)
        edit.setSpecialValueText(self.tr("any date"))
        edit.setDate(ANY_DATE)
        edit.dateChanged.connect(self.changed)
        return edit

    def values(self) -> dict[str, object]:
        """The chosen filters; those left on "All" or "any date" are absent."""
        values: dict[str, object] = {}
        for key, widget in self.widgets.items():
            if isinstance(widget, QDateEdit):
                if widget.date() != ANY_DATE:
                    values[key] = widget.date().toPython()
            elif widget.currentData() is not None:
                values[key] = widget.currentData()
        return values

    def clear(self) -> None:
        """Back to "All" and "any date" everywhere, with one `changed` signal."""
        self.blockSignals(True)
        for widget in self.widgets.values():
            if isinstance(widget, QDateEdit):
                widget.setDate(ANY_DATE)
            else:
                widget.setCurrentIndex(0)
        self.blockSignals(False)
        self.changed.emit()
