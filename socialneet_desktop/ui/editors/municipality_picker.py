"""A line edit that finds an Italian municipality (or a foreign state) as the user types."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QWidget

from socialneet_desktop.domain.municipalities import Municipality, MunicipalityIndex, bundled_index

SUGGESTIONS = 30


class PlaceListModel(QStringListModel):
    """The suggestions shown in the popup, with the Belfiore code of each row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.codes: list[str] = []

    def set_places(self, places: list[Municipality], texts: list[str]) -> None:
        self.codes = [place.code for place in places]
        self.setStringList(texts)


class MunicipalityPicker(QWidget):
    """Type part of a name ("narn", "forli", "L117"): suggestions come from the official list,
    Terni province first. `changed(code)` is emitted on user edits only ("" when cleared or
    not recognised), never by `set_code`."""

    changed = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        include_ceased: bool = False,
        include_countries: bool = False,
    ) -> None:
        super().__init__(parent)
        self.include_ceased = include_ceased
        self.include_countries = include_countries
        self._code = ""
        self.line_edit = QLineEdit(self)
        self.line_edit.setClearButtonEnabled(True)
        self.line_edit.setPlaceholderText(self.tr("Type part of the name"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line_edit)
        self.setFocusProxy(self.line_edit)
        self.setFocusPolicy(self.line_edit.focusPolicy())  # else setTabOrder ignores it
        self.suggestions = PlaceListModel(self)
        self.completer = QCompleter(self.suggestions, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.completer.setWidget(self.line_edit)
        self.completer.activated[QModelIndex].connect(self._chosen)
        self.line_edit.textEdited.connect(self._edited)
        self.line_edit.editingFinished.connect(self._finished)

    @property
    def index(self) -> MunicipalityIndex:
        return bundled_index()

    def code(self) -> str:
        """The Belfiore code ("L117"); "" when empty or not recognised."""
        if not self._code and self.line_edit.text().strip():
            place = self._resolve(self.line_edit.text())
            return place.code if place else ""
        return self._code

    def set_code(self, code: str) -> None:
        """Show the place with that code; an unknown code is kept and shown as it is."""
        self._code = (code or "").strip().upper()
        place = self.index.get(self._code) if self._code else None
        self.line_edit.setText(self._text(place) if place else self._code)
        self.line_edit.setCursorPosition(0)

    def is_valid(self) -> bool:
        """True when empty or when the text names one place."""
        return not self.line_edit.text().strip() or bool(self.code())

    def display_text(self) -> str:
        return self.line_edit.text()

    def _text(self, place: Municipality) -> str:
        if place.active:
            return place.display()
        return self.tr("%1 (ceased)").replace("%1", place.display())

    def _allowed(self, place: Municipality | None) -> bool:
        if place is None or place.code == self._code:
            return place is not None
        if place.is_country and not self.include_countries:
            return False
        return place.active or self.include_ceased

    def _resolve(self, text: str) -> Municipality | None:
        """The one place `text` names: a code, an exact name, or a suggestion's text."""
        text = text.strip()
        if text in self.suggestions.stringList():
            return self.index.get(self.suggestions.codes[self.suggestions.stringList().index(text)])
        ceased = self.tr("%1 (ceased)").replace("%1", "")
        if ceased.strip() and text.endswith(ceased):
            text = text.removesuffix(ceased).strip()
        place = self.index.resolve(text)
        return place if self._allowed(place) else None

    def _search(self, text: str) -> list[Municipality]:
        return self.index.search(
            text,
            include_ceased=self.include_ceased,
            include_countries=self.include_countries,
            limit=SUGGESTIONS,
        )

    def _edited(self, text: str) -> None:
        places = self._search(text) if text.strip() else []
        self.suggestions.set_places(places, [self._text(place) for place in places])
        if places:
            self.completer.complete()
        else:
            self.completer.popup().hide()
        self._set_code("")

    def _chosen(self, index: QModelIndex) -> None:
        code = self.suggestions.codes[index.row()]
        self.line_edit.setText(self.suggestions.stringList()[index.row()])
        self._set_code(code)

    def _finished(self) -> None:
        text = self.line_edit.text()
        if not text.strip() or self._code:
            return
        if self.completer.popup().isVisible() and self.line_edit.hasFocus():
            return  # the suggestions opened: the user is still typing
        place = self._resolve(text)
        if place is None:
            places = self._search(text)
            place = places[0] if len(places) == 1 else None
        if place is not None:
            self.line_edit.setText(self._text(place))
            self._set_code(place.code)

    def _set_code(self, code: str) -> None:
        if code != self._code:
            self._code = code
            self.changed.emit(code)
