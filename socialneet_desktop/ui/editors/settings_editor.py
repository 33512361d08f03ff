"""The association's own details (AppSettings, the single row id = 1), printed on documents."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)
from sqlalchemy.orm.exc import StaleDataError

from socialneet_desktop.db.database import Database
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import (
    Problem,
    check_email,
    check_italian_phone,
    check_organization_tax_code,
)
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services import field_limits
from socialneet_desktop.services.association_settings import current_settings, save_settings
from socialneet_desktop.services.current_user import current_user_name
from socialneet_desktop.ui import file_dialogs
from socialneet_desktop.ui.editors import mnemonics
from socialneet_desktop.ui.editors.feedback import FieldFeedback
from socialneet_desktop.ui.editors.fields import on_change, read_value, write_value
from socialneet_desktop.ui.editors.live_checks import LiveChecks
from socialneet_desktop.ui.generated.ui_settings_editor import Ui_SettingsEditor

LOGO_LIMIT = 5 * 2**20  # bytes: the logo is stored in the database and put on every print
FIELDS = (
    "association_name",
    "association_address",
    "association_tax_code",
    "association_phone",
    "association_email",
    "project_name",
    "project_code",
    "funder_name",
    "privacy_notice_version",
    "retention_months",
    "backup_folder",
    "small_count_threshold",
    "k_anonymity",
    "indicator_set",
)
DEFAULTS = {"retention_months": 24, "small_count_threshold": 3, "k_anonymity": 5}


REQUIRED_FOR_DOCUMENTS = (
    ("association_name", QT_TRANSLATE_NOOP("Validation", "The association's name is needed.")),
    (
        "association_address",
        QT_TRANSLATE_NOOP("Validation", "The association's address is needed."),
    ),
)


class SettingsEditor(QDialog):
    """`first_start`: asked before anything else (ui.first_run); the name and address that
    documents print as the data controller are then required, and a line says why."""

    def __init__(
        self, database: Database, parent: QWidget | None = None, *, first_start: bool = False
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.first_start = first_start
        self.ui = Ui_SettingsEditor()
        self.ui.setupUi(self)
        self.add_backup_folder_row()
        self.add_disclosure_rows()
        self.fields = {name: getattr(self.ui, name) for name in FIELDS}
        self.problem_label = QLabel(self)
        self.ui.main_layout.insertWidget(self.ui.main_layout.count() - 1, self.problem_label)
        self.feedback = FieldFeedback(self.fields, self.problem_label)
        self.place_field_errors()
        self.ui.choose_logo.clicked.connect(self.choose_logo)
        self.ui.remove_logo.clicked.connect(lambda: self.set_logo(None))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.accept)
        self.version: int | None = None
        self.logo: bytes | None = None
        self.load()
        self.chain_added_rows()
        if first_start:
            self.add_welcome_line()
        self.live = LiveChecks(
            {name: [widget] for name, widget in self.fields.items()},
            self.feedback,
            lambda: self.problems(self.values()),
            lambda name: read_value(self.fields[name]) in (None, ""),
        )
        for widget in self.fields.values():
            on_change(widget, self.live.edited)

    def place_field_errors(self) -> None:
        """The fields sit in a form nested in the dialog's box layout, where FieldFeedback
        finds no row for its message (it floated over the top left corner): each message
        goes in a row of its own under its field, shown only while it says something."""
        form = self.ui.details_form
        for name, label in self.feedback.errors.items():
            row, _role = form.getWidgetPosition(self.fields[name])
            if row < 0 or form.indexOf(label) >= 0:
                continue
            form.insertRow(row + 1, label)

    def add_welcome_line(self) -> None:
        welcome = QLabel(
            self.tr(
                "Welcome. First, the association's details: its name and address are printed "
                "on every document, and the privacy notice names it as the data controller."
            )
        )
        welcome.setObjectName("welcome")
        welcome.setWordWrap(True)
        self.ui.main_layout.insertWidget(0, welcome)

    def chain_added_rows(self) -> None:
        """The rows added in code come after the logo in the Tab chain, as on the screen."""
        ui = self.ui
        chain = (ui.remove_logo, ui.backup_folder, self.choose_backup, *self.disclosure_boxes)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        mnemonics.make_unique(self)  # the translation's letters where they are free

    def add_backup_folder_row(self) -> None:
        """Where the automatic backups go (empty: `backups` beside the database)."""
        folder = QLineEdit(self)
        folder.setObjectName("backup_folder")
        folder.setPlaceholderText(self.tr("Beside the database"))
        # not the logo's "C&hoose…": one message for two buttons of a page has one letter
        choose = QPushButton(self.tr("Bro&wse…"), self)
        choose.setObjectName("choose_backup_folder")
        choose.clicked.connect(self.choose_backup_folder)
        self.choose_backup = choose
        row = QHBoxLayout()
        row.addWidget(folder, 1)
        row.addWidget(choose)
        label = QLabel(self.tr("Backup &folder:"), self)
        label.setBuddy(folder)
        self.ui.details_form.addRow(label, row)
        self.ui.backup_folder = folder

    def add_disclosure_rows(self) -> None:
        """The protection of the funder workbook (services.disclosure)."""
        rows = (
            (
                "small_count_threshold",
                self.tr("Hide &counts under:"),
                (2, 20),
                self.tr("Counts from 1 to this number less one are hidden in the funder report"),
            ),
            (
                "k_anonymity",
                self.tr("&Rows alike at least:"),
                (2, 50),
                self.tr(
                    "The funder report has one row per person only when every combination of "
                    "values shown is shared by at least this many rows"
                ),
            ),
        )
        self.disclosure_boxes: list[QWidget] = []
        for name, text, (low, high), tip in rows:
            box = QSpinBox(self)
            self.disclosure_boxes.append(box)
            box.setObjectName(name)
            box.setRange(low, high)
            box.setToolTip(tip)
            label = QLabel(text, self)
            label.setBuddy(box)
            self.ui.details_form.addRow(label, box)
            setattr(self.ui, name, box)
        self.add_indicator_set_row()

    def add_indicator_set_row(self) -> None:
        """The funder's indicator set the funder report adds (services.indicator_sets)."""
        from socialneet_desktop.services.indicator_sets import SETS

        box = QComboBox(self)
        box.setObjectName("indicator_set")
        box.addItem(self.tr("None (the report's own indicators)"), "")
        for code, indicator_set in SETS.items():
            box.addItem(translate("IndicatorSets", indicator_set.name), code)
        box.setToolTip(self.tr("The funder's indicators the funder report adds as a sheet"))
        label = QLabel(self.tr("&Indicator set of the funder report:"), self)
        label.setBuddy(box)
        self.ui.details_form.addRow(label, box)
        self.ui.indicator_set = box
        self.disclosure_boxes.append(box)

    def choose_backup_folder(self) -> None:
        chosen = file_dialogs.existing_folder_name(
            self, self.tr("Backup folder"), self.ui.backup_folder.text()
        )
        if chosen:
            self.ui.backup_folder.setText(chosen)

    def load(self) -> None:
        with self.database.read_session() as session:
            row = current_settings(session)
            self.version = row.version if row is not None else None
            values = {name: getattr(row, name) for name in FIELDS} if row is not None else {}
            logo = row.logo if row is not None else None
        for name, default in DEFAULTS.items():
            if values.get(name) is None:
                values[name] = default
        for name, widget in self.fields.items():
            write_value(widget, values.get(name))
        self.set_logo(logo)

    def set_logo(self, data: bytes | None) -> None:
        self.logo = data or None
        pixmap = QPixmap()
        if data:
            pixmap.loadFromData(QByteArray(data))
        preview = self.ui.logo_preview
        if pixmap.isNull():
            preview.setPixmap(QPixmap())
            preview.setText(self.tr("No logo") if not data else self.tr("Not an image"))
        else:
            preview.setPixmap(
                pixmap.scaled(
                    preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.ui.remove_logo.setEnabled(self.logo is not None)

    def choose_logo(self) -> None:
        path = file_dialogs.open_file_name(
            self, self.tr("Choose the logo"), "", self.tr("Images (*.png *.jpg *.jpeg *.bmp)")
        )
        title = self.tr("Logo")
        if not path or file_dialogs.refuse_open_database(self, title, path):
            return
        try:
            data = _logo_bytes(Path(path))
        except OSError as error:
            text = fill(self.tr("%1 cannot be read: %2"), path, error.strerror or error)
            QMessageBox.warning(self, title, text)
            return
        if data is None:
            text = self.tr("%1 is larger than %2 MB: a logo this big would weigh on every print.")
            QMessageBox.warning(self, title, fill(text, path, LOGO_LIMIT // 2**20))
            return
        if QPixmap().loadFromData(QByteArray(data)):
            self.set_logo(data)
        else:
            QMessageBox.warning(self, title, self.tr("This file is not an image."))

    def values(self) -> dict:
        return {name: read_value(widget) for name, widget in self.fields.items()}

    def problems(self, values: dict) -> list[Problem]:
        tax_code = values["association_tax_code"]
        found = [
            check_organization_tax_code(tax_code, field="association_tax_code"),
            check_italian_phone(values["association_phone"], field="association_phone"),
            check_email(values["association_email"], field="association_email"),
        ]
        found += field_limits.too_long("settings", values)
        if self.first_start:
            found += [
                Problem(name, message)
                for name, message in REQUIRED_FOR_DOCUMENTS
                if not str(values[name] or "").strip()
            ]
        return [problem for problem in found if problem is not None]

    def accept(self) -> None:
        values = self.values()
        first = self.feedback.show(self.problems(values))
        if first is not None:
            first.setFocus()
            return
        try:
            self.save(values)
        except StaleDataError:
            QMessageBox.warning(
                self,
                self.tr("Settings changed elsewhere"),
                self.tr("Someone else changed the settings meanwhile. They are shown again now."),
            )
            self.load()
            return
        super().accept()

    def save(self, values: dict) -> None:
        with self.database.session() as session:
            save_settings(
                session, values, logo=self.logo, version=self.version, user=current_user_name()
            )


def _logo_bytes(path: Path) -> bytes | None:
    """The file's bytes, or None when it is larger than a logo should be (read no further)."""
    with path.open("rb") as file:
        data = file.read(LOGO_LIMIT + 1)
    return None if len(data) > LOGO_LIMIT else data
