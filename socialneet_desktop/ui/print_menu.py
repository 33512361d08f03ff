"""File → Print: documents of the selected record, and registers and lists for a period."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu, QMessageBox

from socialneet_desktop.i18n import translate

if TYPE_CHECKING:
    from socialneet_desktop.ui.main_window import MainWindow


def build_print_menu(window: MainWindow, menu: QMenu) -> None:
    def add(text: str, slot) -> None:
        menu.addAction(text).triggered.connect(lambda checked=False: slot())

    add(
        translate("PrintMenu", "&Visit sheet of the selected visit…"),
        lambda: print_selected(window, "visit"),
    )
    add(
        translate("PrintMenu", "&Contact file of the selected contact…"),
        lambda: print_selected(window, "contact"),
    )
    add(
        translate("PrintMenu", "Privacy &notice and consent of the selected contact…"),
        lambda: print_selected(window, "consent"),
    )
    menu.addSeparator()
    add(translate("PrintMenu", "&Attendance register…"), lambda: print_period(window, "register"))
    add(
        translate("PrintMenu", "&Blank attendance register…"),
        lambda: print_period(window, "blank_register"),
    )
    add(translate("PrintMenu", "Stakeholder &meetings…"), lambda: print_period(window, "meetings"))
    add(translate("PrintMenu", "&Unused resources…"), lambda: print_period(window, "resources"))


def print_period(window: MainWindow, which: str) -> None:
    from socialneet_desktop.ui.print_actions import print_period_document

    if window.database is not None:
        print_period_document(window, window.database, which)


def print_selected(window: MainWindow, which: str) -> None:
    """The document of the record selected in the visits or contacts list."""
    from socialneet_desktop import printing
    from socialneet_desktop.ui.print_actions import deliver_pdf
    from socialneet_desktop.ui.save_paths import document_file_name

    page = window.pages.currentWidget()
    printable = which in page.kind.record_documents
    rows = page.table.selectionModel().selectedRows() if printable else []
    if window.database is None or not rows:
        text = (
            translate("PrintMenu", "Select a visit in the Meeting Point visits list first.")
            if which == "visit"
            else translate("PrintMenu", "Select a person in the NEET contacts list first.")
        )
        QMessageBox.information(window, translate("PrintMenu", "Print"), text)
        return
    record_id = page.model.record_id(rows[0].row())
    database = window.database
    writers = {
        "visit": lambda path: printing.write_visit_sheet(database, record_id, path),
        "contact": lambda path: printing.write_contact_file(database, record_id, path),
        "consent": lambda path: printing.write_consent_form(database, record_id, path),
    }
    deliver_pdf(window, writers[which], document_file_name(which, [record_id]), database)
