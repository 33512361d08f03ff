"""What a list does with the rows chosen in it, as in an Access datasheet (issue 16 item 6):
the right-click menu on rows (open, delete, print, filter by selection, filter excluding the
selection, clear the filters), deleting several rows at once (one transaction, all to the
recycle bin), exporting them to Excel and printing the document of several records in one
PDF.

`page` is a RecordListPage: its table, model (columns, ids and versions of the rows read)
and the selection filters it applies (`add_selection`, `clear_filters`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.i18n import Counts, fill, translate

if TYPE_CHECKING:
    from socialneet_desktop.ui.views.record_list import RecordListPage

Button = QMessageBox.StandardButton

# document key of RecordKind.record_documents -> its menu text
DOCUMENT_TITLES = {
    "visit": QT_TRANSLATE_NOOP("ListActions", "Print the visit sheet"),
    "contact": QT_TRANSLATE_NOOP("ListActions", "Print the contact file"),
    "consent": QT_TRANSLATE_NOOP("ListActions", "Print the privacy notice and consent form"),
}


def selected_rows(page: RecordListPage) -> list[int]:
    """The rows chosen in the list, top to bottom."""
    model = page.table.selectionModel()
    return sorted(index.row() for index in model.selectedRows()) if model else []


def row_menu(page: RecordListPage, index: QModelIndex) -> QMenu:
    """The menu of a right-click on `index` (the row is chosen first when it was not)."""
    menu = QMenu(page)
    rows = selected_rows(page)
    several = len(rows) > 1
    open_action = menu.addAction(translate("ListActions", "&Open"))
    open_action.setEnabled(len(rows) == 1)
    open_action.triggered.connect(lambda: page.open_requested.emit(page.model.record_id(rows[0])))
    delete_text = (
        Counts.tr("&Delete %Ln record(s)…", None, len(rows))
        if several
        else translate("ListActions", "&Delete…")
    )
    delete_action = menu.addAction(delete_text)
    delete_action.setEnabled(bool(rows))
    delete_action.triggered.connect(lambda: delete_selected(page))
    export_action = menu.addAction(
        Counts.tr("E&xport %Ln record(s) to Excel…", None, len(rows))
        if several
        else translate("ListActions", "E&xport this record to Excel…")
    )
    export_action.setEnabled(bool(rows))
    export_action.triggered.connect(lambda: export_selected(page))
    for which in page.kind.record_documents:
        action = menu.addAction(translate("ListActions", DOCUMENT_TITLES[which]) + "…")
        action.setEnabled(bool(rows))
        action.triggered.connect(lambda _checked=False, w=which: print_selected_rows(page, w))
    merge_action = menu.addAction(translate("ListActions", "&Merge the two records…"))
    merge_action.setEnabled(len(rows) == 2)  # the same person or organisation (issue 21)
    merge_action.triggered.connect(lambda: _merge_rows(page))
    menu.addSeparator()
    spec = page.model.columns[index.column()] if index.isValid() else None
    filterable = spec is not None and spec.sortable
    value = index.data(Qt.ItemDataRole.UserRole) if filterable else None
    shown = index.data(Qt.ItemDataRole.DisplayRole) if filterable else ""
    by = menu.addAction(fill(translate("ListActions", "&Filter by selection: %1"), shown or "—"))
    by.setEnabled(filterable)
    by.triggered.connect(lambda: page.add_selection(spec.key, value, False))
    not_by = menu.addAction(
        fill(translate("ListActions", "Filter &excluding selection: %1"), shown or "—")
    )
    not_by.setEnabled(filterable)
    not_by.triggered.connect(lambda: page.add_selection(spec.key, value, True))
    clear = menu.addAction(translate("ListActions", "&Clear filters"))
    clear.setEnabled(page.has_filters())
    clear.triggered.connect(page.clear_filters)
    return menu


def _merge_rows(page: RecordListPage) -> None:
    from socialneet_desktop.ui.exchange_menu import merge_rows

    merge_rows(page)


def show_row_menu(page: RecordListPage, position: QPoint) -> None:
    index = page.table.indexAt(position)
    if index.isValid() and index.row() not in selected_rows(page):
        page.table.selectRow(index.row())
    menu = row_menu(page, index)
    menu.exec(page.table.viewport().mapToGlobal(position))
    menu.deleteLater()


def delete_selected(page: RecordListPage) -> int:
    """Ask, then move every chosen record to the recycle bin in one transaction."""
    from socialneet_desktop.services.current_user import current_user_name
    from socialneet_desktop.services.list_rows import delete_rows
    from socialneet_desktop.services.records import StaleRecord

    rows = selected_rows(page)
    database = page.model.database
    if not rows or database is None:
        return 0
    question = Counts.tr(
        "Move %Ln record(s) to the recycle bin? They can be restored from there.", None, len(rows)
    )
    if len(rows) == 1:
        question = translate(
            "ListActions", "Move this record to the recycle bin? It can be restored from there."
        )
    title = translate("ListActions", "Delete")
    if QMessageBox.question(page, title, question, Button.Yes | Button.No, Button.No) != Button.Yes:
        return 0
    chosen = [(page.model.record_id(row), page.model.record_version(row)) for row in rows]
    try:
        with database.session() as session:
            count = delete_rows(session, page.kind.key, chosen, user=current_user_name())
    except StaleRecord:
        text = translate(
            "ListActions",
            "One of the records changed elsewhere since the list was read: nothing was "
            "deleted. The list is read again; choose the records again.",
        )
        QMessageBox.warning(page, title, text)
        page.model.reload()
        return 0
    page.records_deleted.emit(count)
    page.model.reload()
    return count


def print_selected_rows(page: RecordListPage, which: str) -> object:
    """The document `which` of every chosen record, one after the other in one PDF."""
    from socialneet_desktop.printing.several import write_several
    from socialneet_desktop.ui.print_actions import deliver_pdf
    from socialneet_desktop.ui.save_paths import document_file_name

    rows = selected_rows(page)
    database = page.model.database
    if not rows or database is None:
        return None
    ids = [page.model.record_id(row) for row in rows]
    name = document_file_name(which, ids)
    parent: QWidget = page.window()
    return deliver_pdf(
        parent, lambda path: write_several(database, which, ids, path), name, database
    )


def export_selected(page: RecordListPage):
    """The chosen rows to Excel, as the list shows them (its columns and order): the export of
    the whole list (File > Export) restricted to their ids."""
    from socialneet_desktop.ui.export_dialogs import chosen_ids, export_current_list

    ids = chosen_ids(page)
    if not ids or page.model.database is None:
        return None
    page.export_run = export_current_list(page, page.window(), ids=ids)
    return page.export_run
