"""The editors' field widgets driven from the keyboard, as a user would."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from socialneet_desktop.db.models import Staff
from socialneet_desktop.services.records import create_record
from socialneet_desktop.ui.editors.widgets import (
    CodeCombo,
    FieldError,
    MunicipalityPicker,
    OptionalDateEdit,
    RecordPicker,
    mark_invalid,
)

_windows: list[QWidget] = []  # kept alive until the test's widgets are closed


def shown(qtbot, widget: QWidget) -> tuple[QWidget, QLineEdit]:
    """The widget in a window, followed by a line edit to Tab to."""
    window = QWidget()
    _windows.append(window)
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.addWidget(widget)
    after = QLineEdit(window)
    layout.addWidget(after)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    widget.setFocus()
    return widget, after


def suggestions(picker: MunicipalityPicker) -> list[str]:
    return picker.suggestions.stringList()


def test_typing_part_of_a_name_offers_the_terni_province_first(qtbot):
    picker, _after = shown(qtbot, MunicipalityPicker())
    with qtbot.waitSignal(picker.changed) as signal:
        qtbot.keyClicks(picker.line_edit, "narn")
        assert suggestions(picker)[0] == "Narni (TR)"
        assert picker.completer.popup().isVisible()
        popup = picker.completer.popup()
        popup.setCurrentIndex(picker.completer.completionModel().index(0, 0))
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert signal.args == ["F844"]
    assert (picker.code(), picker.line_edit.text()) == ("F844", "Narni (TR)")


def test_an_exact_name_typed_in_capitals_is_resolved_on_leaving(qtbot):
    picker, after = shown(qtbot, MunicipalityPicker())
    qtbot.keyClicks(picker.line_edit, "FORLI'")
    assert picker.completer.popup().isVisible()
    qtbot.keyClick(picker.completer.popup(), Qt.Key.Key_Tab)  # the popup has the keyboard
    assert after.hasFocus()
    assert picker.code() == "D704"
    assert picker.line_edit.text() == "Forlì (FC)"
    assert picker.is_valid()


def test_a_belfiore_code_and_nonsense(qtbot):
    picker, _after = shown(qtbot, MunicipalityPicker())
    qtbot.keyClicks(picker.line_edit, "l117")
    picker.line_edit.editingFinished.emit()
    assert (picker.code(), picker.line_edit.text()) == ("L117", "Terni (TR)")
    picker.line_edit.clear()
    qtbot.keyClicks(picker.line_edit, "Xyzzyville")
    picker.line_edit.editingFinished.emit()
    assert not picker.is_valid() and picker.code() == ""
    picker.line_edit.clear()
    assert picker.is_valid() and picker.code() == ""


def test_countries_only_when_asked(qtbot):
    places, _after = shown(qtbot, MunicipalityPicker())
    qtbot.keyClicks(places.line_edit, "marocco")
    assert "Marocco" not in suggestions(places)
    assert not places.is_valid()
    births, _other = shown(qtbot, MunicipalityPicker(include_countries=True))
    qtbot.keyClicks(births.line_edit, "marocco")
    assert suggestions(births)[0] == "Marocco"
    assert births.code().startswith("Z") and births.is_valid()


def test_set_code_shows_the_name_without_signalling(qtbot):
    picker = MunicipalityPicker()
    qtbot.addWidget(picker)
    with qtbot.assertNotEmitted(picker.changed):
        picker.set_code("F844")
    assert (picker.line_edit.text(), picker.code()) == ("Narni (TR)", "F844")
    picker.set_code("")
    assert picker.code() == "" and picker.line_edit.text() == ""


def test_a_date_is_typed_checked_and_cleared(qtbot):
    edit, after = shown(qtbot, OptionalDateEdit())
    assert edit.date_value() is None and edit.is_valid()
    with qtbot.waitSignal(edit.changed):
        qtbot.keyClicks(edit.line_edit, "29/02/2023")
    assert not edit.is_valid() and edit.date_value() is None
    edit.line_edit.clear()
    qtbot.keyClicks(edit.line_edit, "29/02/2024")
    assert edit.is_valid() and edit.date_value() == date(2024, 2, 29)
    edit.line_edit.selectAll()
    qtbot.keyClick(edit.line_edit, Qt.Key.Key_Delete)
    assert edit.date_value() is None and edit.is_valid()
    qtbot.keyClicks(edit.line_edit, "1/2/2024")
    qtbot.keyClick(edit.line_edit, Qt.Key.Key_Tab)
    assert after.hasFocus() and edit.text() == "01/02/2024"


def test_a_date_set_from_code_round_trips(qtbot):
    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    edit.set_date_value(date(2026, 3, 5))
    assert edit.text() == "05/03/2026" and edit.date_value() == date(2026, 3, 5)
    edit.set_date_value(None)
    assert edit.text() == "" and edit.date_value() is None


def test_code_combo_round_trip(qtbot):
    combo, _after = shown(qtbot, CodeCombo("gender"))
    assert combo.code() == "" and combo.currentText() == "—"
    combo.set_code("male")
    assert (combo.code(), combo.currentText()) == ("male", "Male")
    combo.set_code("retired_code")
    assert combo.code() == "retired_code"
    with qtbot.waitSignal(combo.changed) as signal:
        combo.setFocus()
        qtbot.keyClicks(combo, "F")
    assert signal.args == ["female"]


def test_record_picker_finds_a_staff_member_by_part_of_the_surname(qtbot, database):
    with database.session() as session:
        for first, last in (("Giulia", "Bianchi"), ("Marco", "Verdi"), ("Anna", "Bianconi")):
            create_record(session, Staff, {"first_name": first, "last_name": last}, user="t")
    picker, after = shown(qtbot, RecordPicker(database, "staff"))
    assert picker.record_id() is None and picker.is_valid()
    qtbot.keyClicks(picker.lineEdit(), "ver")
    assert picker.lineEdit().text() == "ver", picker.lineEdit().text()
    assert picker.suggestions.stringList() == ["Verdi Marco"]
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Tab)
    assert picker.currentText() == "Verdi Marco"
    verdi = picker.record_id()
    assert verdi is not None
    picker.set_record_id(None)
    assert picker.record_id() is None
    picker.set_record_id(verdi)
    assert picker.currentText() == "Verdi Marco"


def test_field_error_and_invalid_mark(qtbot):
    window, _after = shown(qtbot, QWidget())
    error = FieldError(window)
    assert error.isHidden()
    error.set_message("Not a valid date")
    assert error.isVisible() and error.text() == "Not a valid date"
    error.clear_message()
    assert not error.isVisible()
    picker = MunicipalityPicker()
    qtbot.addWidget(picker)
    mark_invalid(picker, True)
    assert picker.property("invalid") is True and picker.line_edit.property("invalid") is True
    mark_invalid(picker, False)
    assert picker.line_edit.property("invalid") is False
