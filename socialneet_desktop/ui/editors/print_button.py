"""A "Print" button for an editor's button row: the documents of the record being edited."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QMenu, QPushButton

from socialneet_desktop.i18n import translate

# label shown in the menu, the document's key in ui.save_paths.DOCUMENTS (its file name),
# writer(database, record id, path)
Document = tuple[str, str, Callable[..., None]]


def add_print_button(editor, documents: list[Document]) -> QPushButton:
    """Enabled once the record is saved (a PDF shows what is stored, not what is typed)."""
    button = editor.ui.buttons.addButton(
        translate("PrintButton", "&Print…"), QDialogButtonBox.ButtonRole.ActionRole
    )
    button.setObjectName("print")
    menu = QMenu(button)
    for label, prefix, write in documents:
        action = menu.addAction(label)
        action.triggered.connect(
            lambda checked=False, p=prefix, w=write: print_document(editor, p, w)
        )
    button.setMenu(menu)
    return button


def print_document(editor, prefix: str, write: Callable[..., None]) -> Path | None:
    from socialneet_desktop.ui.print_actions import deliver_pdf
    from socialneet_desktop.ui.save_paths import document_file_name

    if editor.record_id is None:
        return None
    record_id, database = editor.record_id, editor.database
    name = document_file_name(prefix, [record_id])
    return deliver_pdf(editor, lambda path: write(database, record_id, path), name, database)
