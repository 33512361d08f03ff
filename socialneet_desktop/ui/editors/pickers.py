"""Combo boxes for a code of a closed list and for a linked record chosen by name."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from socialneet_desktop.db.database import Database
from socialneet_desktop.domain.vocabularies import VOCABULARIES
from socialneet_desktop.i18n import translate
from socialneet_desktop.services.choices import CHOICE_KINDS, choice_label, find_choices

EMPTY = "—"


class CodeCombo(QComboBox):
    """The terms of one vocabulary, translated, with the code as item data.

    `changed(code)` is emitted when the user picks an item, never by `set_code`."""

    changed = Signal(str)

    def __init__(
        self, vocabulary: str, parent: QWidget | None = None, *, allow_empty: bool = True
    ) -> None:
        super().__init__(parent)
        self.vocabulary = VOCABULARIES[vocabulary.lower()]
        if allow_empty:
            self.addItem(EMPTY, "")
        for term in self.vocabulary:
            self.addItem(translate("Vocabulary", term.label), term.code)
        self.activated.connect(lambda _row: self.changed.emit(self.code()))

    def code(self) -> str:
        data = self.currentData()
        return data if isinstance(data, str) else ""

    def set_code(self, code: str) -> None:
        """Select `code`; a code the vocabulary no longer has is kept and shown as it is."""
        row = self.findData(code or "")
        if row < 0 and code:
            self.addItem(code, code)
            row = self.count() - 1
        self.setCurrentIndex(row)


class RecordPicker(QComboBox):
    """A staff member, stakeholder or NEET contact, found by typing part of the name.

    Kinds: those chosen by name (RecordKind.name_fields: staff, stakeholders, NEET contacts,
    people of the stakeholders).
    `changed()` is emitted when the user picks or clears a record, never by `set_record_id`."""

    changed = Signal()

    def __init__(
        self,
        database: Database,
        kind_key: str,
        parent: QWidget | None = None,
        *,
        allow_empty: bool = True,
    ) -> None:
        super().__init__(parent)
        if kind_key not in CHOICE_KINDS:
            raise ValueError(f"no record picker for {kind_key!r}")
        self.database = database
        self.kind_key = kind_key
        self.allow_empty = allow_empty
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.lineEdit().setPlaceholderText(self.tr("Type part of the name"))
        self._found: list[tuple[int, str]] = []
        self.suggestions = QStringListModel(self)
        self.setCompleter(None)
        self.name_completer = QCompleter(self.suggestions, self)
        self.name_completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.name_completer.setWidget(self.lineEdit())
        self.name_completer.activated[QModelIndex].connect(self._chosen)
        self.name_completer.popup().installEventFilter(self)  # before the completer's own
        self.lineEdit().textEdited.connect(self._edited)
        self.lineEdit().editingFinished.connect(self._finished)
        self.activated.connect(lambda _row: self.changed.emit())
        self._fill(self._search(""))

    def _search(self, text: str) -> list[tuple[int, str]]:
        with self.database.read_session() as session:
            return find_choices(session, self.kind_key, text)

    def _fill(self, found: list[tuple[int, str]]) -> None:
        self.clear()
        if self.allow_empty:
            self.addItem("", None)  # an empty line, so typing starts from nothing
        for record_id, label in found:
            self.addItem(label, record_id)
        self.setCurrentIndex(0 if self.allow_empty else -1)

    def record_id(self) -> int | None:
        row = self.currentIndex()
        if row >= 0 and self.itemText(row) == self.currentText():
            data = self.itemData(row)
            return data if isinstance(data, int) else None
        return None

    def set_record_id(self, record_id: int | None) -> None:
        if record_id is None:
            self.setCurrentIndex(0 if self.allow_empty else -1)
            if not self.allow_empty:
                self.setEditText("")
            return
        with self.database.read_session() as session:
            label = choice_label(session, self.kind_key, record_id)
        self._select(record_id, label or f"#{record_id}")

    def is_valid(self) -> bool:
        """True when a record is chosen, or when empty and empty is allowed."""
        text = self.currentText().strip()
        if not text:
            return self.allow_empty
        return self.record_id() is not None

    def _select(self, record_id: int, label: str) -> None:
        row = self.findData(record_id)
        if row < 0:
            self.addItem(label, record_id)
            row = self.count() - 1
        self.setCurrentIndex(row)

    def _edited(self, text: str) -> None:
        self._found = self._search(text) if text.strip() else []
        self.suggestions.setStringList([label for _id, label in self._found])
        if self._found:
            self.name_completer.complete()
        else:
            self.name_completer.popup().hide()

    def _chosen(self, index: QModelIndex) -> None:
        record_id, label = self._found[index.row()]
        self._select(record_id, label)
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Tab (or Shift+Tab) while the suggestions show: the list closes, the name typed
        (or the suggestion highlighted) is taken and the focus goes on, as from any field.
        Left to the completer, the list stayed open and kept the keys typed next."""
        tabs = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        popup = self.name_completer.popup()
        if watched is popup and event.type() == QEvent.Type.KeyPress and event.key() in tabs:
            index = popup.currentIndex()
            popup.hide()
            if index.isValid():
                self._chosen(index)
            else:
                self._finished()
            self.focusNextPrevChild(event.key() == Qt.Key.Key_Tab)
            return True
        return super().eventFilter(watched, event)

    def _finished(self) -> None:
        """Accept an exact name, or the only record whose name contains the text."""
        popup = self.name_completer.popup()
        if popup.isVisible() and self.hasFocus():
            return  # the focus went to the suggestions, not to another field
        popup.hide()  # the focus went to another field: the list must not keep the keys
        text = self.currentText().strip()
        if not text:
            if self.allow_empty and self.currentIndex() != 0:
                self.setCurrentIndex(0)
                self.changed.emit()
            return
        if self.record_id() is not None:
            return
        row = self.findText(text, Qt.MatchFlag.MatchFixedString)
        found = self._search(text)
        if row >= 0:
            self.setCurrentIndex(row)
            self.changed.emit()
        elif len(found) == 1:
            self._select(*found[0])
            self.changed.emit()
