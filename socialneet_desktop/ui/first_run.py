"""The first start: the association's details are asked before anything else; and before a
document that prints them, they are checked (issue 16: the consent form printed
"Il titolare del trattamento è , ." when they were empty).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from socialneet_desktop.i18n import fill, translate

if TYPE_CHECKING:
    from socialneet_desktop.db.database import Database


def missing_details(database: Database) -> list[str]:
    """The translated names of the association's details a document needs and lacks."""
    from socialneet_desktop.services import document_data
    from socialneet_desktop.services.association_details import missing

    with database.read_session() as session:
        return missing(document_data.letterhead(session))


def details_dialog(database: Database, parent: QWidget | None) -> QDialog:
    """The settings editor in its first-start form (name and address required)."""
    from socialneet_desktop.ui.editors.settings_editor import SettingsEditor

    return SettingsEditor(database, parent, first_start=True)


def ask_at_first_start(database: Database, parent: QWidget | None) -> QDialog | None:
    """Opens (window-modal, not blocking) the details dialog when they are missing and the
    file can be written; returns it, or None when nothing is asked."""
    if database.read_only or not missing_details(database):
        return None
    dialog = details_dialog(database, parent)
    dialog.setWindowTitle(translate("FirstRun", "Welcome to SocialNEET Desktop"))
    dialog.open()
    return dialog


def listed(items: list[str]) -> str:
    """ "a", "a and b", "a, b and c": a list in a sentence (no verb has to agree with it)."""
    if len(items) < 2:
        return "".join(items)
    return fill(translate("FirstRun", "%1 and %2"), ", ".join(items[:-1]), items[-1])


def check_before_printing(parent: QWidget | None, database: Database) -> bool:
    """True when the document may be printed: the details are there, or the user has just
    filled them in; False when they are still missing (nothing is printed)."""
    lacking = missing_details(database)
    if not lacking:
        return True
    title = translate("FirstRun", "Association details missing")
    if database.read_only:
        text = translate(
            "FirstRun",
            "The document cannot be printed: still to be filled in: %1; and this file is "
            "read-only.",
        )
        QMessageBox.warning(parent, title, fill(text, listed(lacking)))
        return False
    text = translate(
        "FirstRun",
        "The document prints the association's details; still to be filled in: %1. "
        "Fill them in now?",
    )
    answer = QMessageBox.question(parent, title, fill(text, listed(lacking)))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    details_dialog(database, parent).exec()
    return not missing_details(database)
