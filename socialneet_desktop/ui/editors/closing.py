"""The questions an editor asks before it writes, deletes or closes (message boxes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QTabWidget, QWidget

from socialneet_desktop.domain.validation import Problem
from socialneet_desktop.i18n import translate
from socialneet_desktop.services.current_user import current_user_name
from socialneet_desktop.services.records import StaleRecord, delete_record

if TYPE_CHECKING:
    from socialneet_desktop.ui.editors.base import RecordEditor

Button = QMessageBox.StandardButton


def focus_field(tabs: QTabWidget, widget: QWidget) -> None:
    """Bring the tab holding `widget` to the front and put the cursor in it."""
    for index in range(tabs.count()):
        if tabs.widget(index).isAncestorOf(widget):
            tabs.setCurrentIndex(index)
    widget.setFocus()


def confirm_warnings(parent: QWidget, problems: list[Problem]) -> bool:
    """Warnings do not block: they are shown beside the fields and the user confirms."""
    warnings = [problem.render(translate) for problem in problems if not problem.is_error]
    if not warnings:
        return True
    text = "\n".join(warnings) + "\n\n" + translate("RecordEditor", "Save anyway?")
    title = translate("RecordEditor", "Please check")
    return QMessageBox.question(parent, title, text, Button.Yes | Button.No) == Button.Yes


def offer_reload(editor: RecordEditor) -> None:
    """The record changed elsewhere: say so, and reload it if the user wants."""
    text = (
        editor.stale_message()
        + "\n\n"
        + translate("RecordEditor", "Reload the record now? The changes you made here are lost.")
    )
    title = translate("RecordEditor", "Record changed elsewhere")
    answer = QMessageBox.warning(editor, title, text, Button.Yes | Button.No, Button.No)
    if answer == Button.Yes:
        try:
            editor.load()
        except LookupError:
            editor.done(editor.DialogCode.Rejected)


def may_close(editor: RecordEditor) -> bool:
    """Unsaved changes: Save (close only if saved), Discard, or Cancel (stay)."""
    if not editor.is_dirty():
        return True
    answer = QMessageBox.question(
        editor,
        translate("RecordEditor", "Unsaved changes"),
        translate("RecordEditor", "This record has changes that are not saved. Save them?"),
        Button.Save | Button.Discard | Button.Cancel,
        Button.Save,
    )
    if answer == Button.Save:
        return editor.save()
    return answer == Button.Discard


def discard_confirmed(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("RecordEditor", "Unsaved changes"),
        translate("RecordEditor", "Discard the changes made here?"),
        Button.Discard | Button.Cancel,
        Button.Cancel,
    )
    return answer == Button.Discard


def delete_record_confirmed(editor: RecordEditor) -> bool:
    """Ask, then move the record to the recycle bin; False when nothing was deleted."""
    if editor.record_id is None:
        return False
    answer = QMessageBox.question(
        editor,
        translate("RecordEditor", "Delete"),
        translate(
            "RecordEditor",
            "Move this record to the recycle bin? It can be restored from there.",
        ),
        Button.Yes | Button.No,
        Button.No,
    )
    if answer != Button.Yes:
        return False
    try:
        with editor.database.session() as session:
            delete_record(
                session, editor.model, editor.record_id, editor.version, user=current_user_name()
            )
    except StaleRecord:
        offer_reload(editor)
        return False
    return True
