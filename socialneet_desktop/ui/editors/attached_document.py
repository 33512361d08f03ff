"""A document attached to a record (a project idea's business plan): "Attach…", "Open",
"Remove" beside a label naming the file.

Attaching or removing is a change of the form like any other: it is written with the record
on Save (`save`, in the editor's session) and forgotten on Cancel. A file over the size limit
is refused before it is read, with a message naming it. "Open" writes the document (the one
just chosen, or the one kept in the database) to a private temporary file and hands it to
the system viewer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget
from sqlalchemy.orm import Session

from socialneet_desktop.db.database import Database
from socialneet_desktop.db.models import ProjectIdea
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services import idea_records
from socialneet_desktop.ui import file_dialogs

KEPT = object()  # nothing changed: the document is the one in the database


class AttachedDocument:
    """The business plan of the idea an editor shows; `opened` is the last private copy."""

    def __init__(
        self,
        editor: QWidget,
        database: Database,
        label: QLabel,
        buttons: tuple[QPushButton, QPushButton, QPushButton],
    ) -> None:
        self.editor, self.database, self.label = editor, database, label
        self.attach_button, self.open_button, self.remove_button = buttons
        self.attach_button.clicked.connect(lambda _checked=False: self.choose())
        self.open_button.clicked.connect(lambda _checked=False: self.open())
        self.remove_button.clicked.connect(lambda _checked=False: self.remove())
        self.record_id: int | None = None
        self.saved_name = ""
        self.pending: object = KEPT  # KEPT, None (removed) or (name, bytes)
        self.opened: Path | None = None
        self.open_url = QDesktopServices.openUrl  # the system viewer

    def load(self, record: ProjectIdea | None) -> None:
        self.record_id = record.id if record is not None else None
        self.saved_name = record.business_plan_name if record is not None else ""
        self.pending = KEPT
        self._show()

    def name(self) -> str:
        if self.pending is KEPT:
            return self.saved_name
        return self.pending[0] if self.pending is not None else ""

    def is_dirty(self) -> bool:
        return self.pending is not KEPT

    def _show(self) -> None:
        name = self.name()
        self.label.setText(name or translate("ProjectIdeaEditor", "None attached"))
        self.open_button.setEnabled(bool(name))
        self.remove_button.setEnabled(bool(name))

    # --- actions ----------------------------------------------------------------------------

    def choose(self) -> None:
        title = translate("ProjectIdeaEditor", "Attach the business plan")
        chosen = file_dialogs.open_file_name(
            self.editor, title, "", translate("ProjectIdeaEditor", "Any file (*)")
        )
        if chosen and not file_dialogs.refuse_open_database(self.editor, title, chosen):
            self.attach(Path(chosen))

    def attach(self, path: Path) -> bool:
        """Read `path` as the new document (kept on Save); False, after saying why, when it
        is too large, empty or unreadable."""
        title = translate("ProjectIdeaEditor", "Business plan not attached")
        try:
            self.pending = idea_records.read_plan_file(path)
        except idea_records.PlanRefused as refused:
            text = fill(translate("ProjectIdeas", refused.message), *refused.values)
            QMessageBox.warning(self.editor, title, text)
            return False
        except OSError as error:
            text = translate("ProjectIdeaEditor", "%1 cannot be read: %2")
            QMessageBox.warning(self.editor, title, fill(text, str(path), error.strerror or ""))
            return False
        self._show()
        return True

    def remove(self) -> None:
        self.pending = None
        self._show()

    def content(self) -> tuple[str, bytes | None]:
        if self.pending is None:
            return "", None
        if self.pending is not KEPT:
            return self.pending
        if self.record_id is None:
            return "", None
        with self.database.read_session() as session:
            return idea_records.plan_content(session, self.record_id)

    def open(self) -> Path | None:
        """The document in a private temporary file, opened with the system viewer."""
        name, data = self.content()
        if data is None:
            return None
        try:
            self.opened = idea_records.private_copy(name, data)
        except OSError as error:
            title = translate("ProjectIdeaEditor", "Business plan not opened")
            text = fill(translate("ProjectIdeaEditor", "It could not be written: %1"), error)
            QMessageBox.warning(self.editor, title, text)
            return None
        self.open_url(QUrl.fromLocalFile(str(self.opened)))
        return self.opened

    # --- saving -----------------------------------------------------------------------------

    def save(self, session: Session, record: ProjectIdea, user: str) -> None:
        if self.pending is KEPT:
            return
        name, data = self.pending if self.pending is not None else ("", None)
        idea_records.set_plan(session, record, name, data, user=user)

    def committed(self, record_id: int) -> None:
        self.record_id, self.saved_name, self.pending = record_id, self.name(), KEPT
        self._show()
