"""The common behaviour of every record editor: load, validate beside the fields, save safely.

A subclass names its Designer form (`form_class`), its record kind and the columns its fields
show (`field_names`: each is the objectName of a widget of the form). The form must have a
`tabs` QTabWidget with a `history_tab` holding a `history_view`, a `buttons` box with Save and
Cancel, and a `main_layout`.

Texts are read without the control characters no document can hold (`typed_text`): a NUL or
Ctrl+Z typed or pasted into a field is never saved, so it cannot break an export later.

Keyboard first: the editor opens with the cursor in the first field of its first page (not on
the tab bar, which ate the first letters typed), its Alt+letters are made unique once it is
built and translated (mnemonics.make_unique), and a field's problem shows as soon as the field
is left and goes as soon as it is put right (live_checks).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from socialneet_desktop.db.database import Database
from socialneet_desktop.db.models import RecordMixin
from socialneet_desktop.domain.municipalities import bundled_index
from socialneet_desktop.domain.text import without_illegal_characters
from socialneet_desktop.domain.validation import Problem
from socialneet_desktop.i18n import translate
from socialneet_desktop.services import audit, record_rules
from socialneet_desktop.services.current_user import current_user_name
from socialneet_desktop.services.records import StaleRecord, create_record, update_record
from socialneet_desktop.services.related_records import record_by_id
from socialneet_desktop.ui.editors import closing, mnemonics
from socialneet_desktop.ui.editors.feedback import FieldFeedback
from socialneet_desktop.ui.editors.fields import label_text, on_change, read_value, write_value
from socialneet_desktop.ui.editors.history import fill_history
from socialneet_desktop.ui.editors.keyboard import first_field
from socialneet_desktop.ui.editors.live_checks import LiveChecks
from socialneet_desktop.ui.server_words import storage_message

Values = dict[str, Any]


def typed_text(value: Any) -> Any:
    """A field's value as it is saved: a text without NUL and the other illegal characters."""
    return without_illegal_characters(value).strip() if isinstance(value, str) else value


class RecordEditor(QDialog):
    """Edits one record (or a new one when `record_id` is None) of `model`."""

    form_class: type
    kind_key: str = ""
    model: type[RecordMixin]
    field_names: tuple[str, ...] = ()

    saved = Signal(int)  # the record's id
    deleted = Signal(int)
    open_existing = Signal(str, int)  # kind key, record id: the user chose another record

    def __init__(
        self, database: Database, record_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.record_id = record_id
        self.version = 0
        self.ui = self.form_class()
        self.ui.setupUi(self)
        self.prepare_form()
        self.fields: dict[str, QWidget] = {n: getattr(self.ui, n) for n in self.field_names}
        self.problem_label = QLabel(self)
        self.ui.main_layout.insertWidget(self.ui.main_layout.count() - 1, self.problem_label)
        self.feedback = FieldFeedback(self.fields, self.problem_label)
        self.delete_button = self.ui.buttons.addButton(
            translate("RecordEditor", "Delete…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.clicked.connect(self.delete)
        self.save_button = self.add_save_buttons()
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.snapshot: Values = {}
        self.load()
        for widget in self.fields.values():
            on_change(widget, self.field_changed)
        self.live = LiveChecks(
            self.live_widgets(), self.feedback, self.current_problems, self.blank
        )
        for widgets in self.live_widgets().values():
            for widget in widgets:
                on_change(widget, self.live.edited)
        self.shown_once = False

    def add_save_buttons(self) -> QPushButton:
        """ "Save" (Ctrl+S) writes and keeps the editor open - a contact's first visit is added
        right after saving it -, "Save and close" (the form's Save button) writes and closes."""
        buttons = self.ui.buttons
        closing_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        if closing_button is not None:
            closing_button.setText(translate("RecordEditor", "Save and close"))
            closing_button.setObjectName("save_and_close")
        button = buttons.addButton(
            translate("RecordEditor", "Save"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        button.setObjectName("save")
        button.setToolTip(translate("RecordEditor", "Save and keep the record open (Ctrl+S)"))
        button.clicked.connect(self.save)
        return button

    # --- hooks for subclasses ---------------------------------------------------------------

    def prepare_form(self) -> None:
        """Fill combo boxes and the like, before the record is shown."""

    def defaults(self) -> Values:
        return {}

    def load_extra(self, session: Session, record: RecordMixin | None) -> None:
        """Read what the record owns (e.g. contact people) in the same read session."""

    def save_extra(self, session: Session, record: RecordMixin) -> None:
        """Write what the record owns, in the same session as the record."""

    def after_save(self) -> None:
        """Called once the save is committed."""

    def extra_dirty(self) -> bool:
        return False

    def field_changed(self) -> None:
        """Called on every edit of a field."""

    def live_widgets(self) -> dict[str, list[QWidget]]:
        """The widgets each field is typed in, checked as they are left."""
        return {name: [widget] for name, widget in self.fields.items()}

    # --- keyboard ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Once built (subclasses add buttons after __init__): unique Alt+letters, and the
        cursor in the first field, so the first keystrokes typed are kept."""
        super().showEvent(event)
        if not self.shown_once:
            self.shown_once = True
            mnemonics.make_unique(self)
            self.focus_first_field()

    def focus_first_field(self) -> None:
        if (first := first_field(self.ui.tabs.currentWidget())) is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- loading ----------------------------------------------------------------------------

    def load(self) -> None:
        values, entries = self.defaults(), []
        with self.database.read_session() as session:
            record = None
            if self.record_id is not None:
                record = record_by_id(session, self.model, self.record_id)
                if record is None:
                    raise LookupError(f"{self.model.__name__} {self.record_id} does not exist")
                values = {name: getattr(record, name) for name in self.fields}
                self.version = record.version
                entries = audit.history(session, self.model, self.record_id)
            self.load_extra(session, record)
        for name, widget in self.fields.items():
            write_value(widget, values.get(name))
        fill_history(self.ui.history_view, entries, self.field_label)
        self.ui.tabs.setTabEnabled(self.ui.tabs.indexOf(self.ui.history_tab), bool(entries))
        self.delete_button.setEnabled(self.record_id is not None)
        self.feedback.clear()
        self.snapshot = self.collect_values()

    def field_label(self, name: str) -> str:
        widget = self.fields.get(name)
        return (label_text(widget) if widget is not None else "") or name

    def collect_values(self) -> Values:
        return {name: typed_text(read_value(widget)) for name, widget in self.fields.items()}

    def current_problems(self) -> list[Problem]:
        return self.problems(self.collect_values())

    def blank(self, name: str) -> bool:
        """Nothing in the field: no value, and no text typed (a name not in a list is one)."""
        widget = self.fields[name]
        editable = isinstance(widget, QComboBox) and widget.isEditable()
        typed = widget.currentText() if editable else ""
        return self.collect_values().get(name) in (None, "", False) and not typed.strip()

    def is_dirty(self) -> bool:
        return self.collect_values() != self.snapshot or self.extra_dirty()

    # --- saving -----------------------------------------------------------------------------

    def problems(self, values: Values) -> list[Problem]:
        return record_rules.validate(
            self.kind_key, values, today=date.today(), municipalities=bundled_index()
        )

    def accept(self) -> None:
        """Save; the dialog closes only when everything was written."""
        if self.save():
            super().accept()

    def save(self) -> bool:
        values = self.collect_values()
        problems = self.problems(values)
        first = self.feedback.show(problems)
        if first is not None:
            closing.focus_field(self.ui.tabs, first)
            return False
        if not closing.confirm_warnings(self, problems):
            return False
        try:
            with self.database.session() as session:
                record = self.write(session, values)
                self.save_extra(session, record)
                record_id, version = record.id, record.version
        except StaleRecord:
            closing.offer_reload(self)
            return False
        except (OperationalError, OSError) as error:  # locked, disk full, read-only medium …
            message = storage_message(self.database, error)  # a file's, or the server's
            QMessageBox.warning(self, translate("RecordEditor", "Not saved"), message)
            return False  # the form keeps what was typed: the user can try again
        self.record_id, self.version, self.snapshot = record_id, version, values
        self.delete_button.setEnabled(True)
        self.after_save()
        self.saved.emit(record_id)
        return True

    def write(self, session: Session, values: Values) -> RecordMixin:
        user = current_user_name()
        if self.record_id is None:
            return create_record(session, self.model, values, user=user)
        return update_record(session, self.model, self.record_id, self.version, values, user=user)

    # --- leaving ----------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Cancel or the window's close button: never lose changes silently."""
        if closing.may_close(self):
            super().reject()

    def delete(self) -> None:
        if closing.delete_record_confirmed(self):
            self.deleted.emit(self.record_id)
            QDialog.done(self, QDialog.DialogCode.Accepted)

    def leave_for(self, kind_key: str, record_id: int) -> None:
        """Close without saving (after asking, when there are changes) to open another record."""
        if not self.is_dirty() or closing.discard_confirmed(self):
            self.open_existing.emit(kind_key, record_id)
            QDialog.done(self, QDialog.DialogCode.Rejected)

    def stale_message(self) -> str:
        return translate("Records", StaleRecord.message)
