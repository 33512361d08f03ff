"""The editor of a training course: its details, its sessions (a row each, typed in the
table), its enrolments (each opened in the enrolment editor) and the attendance grid.

The course, its sessions and the attendance are written in one transaction by Save; an
enrolment is saved by its own editor. A change of attendance someone else saved meanwhile
stops the save (nothing written): the grid is read again with the user's edits kept on top,
and the user saves again.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget
from sqlalchemy.orm import Session

from socialneet_desktop.db.database import Database
from socialneet_desktop.db.models import RecordMixin, TrainingCourse
from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.validation import format_italian_date
from socialneet_desktop.i18n import translate
from socialneet_desktop.services import attendance
from socialneet_desktop.services.course_sessions import enrolments_of_course
from socialneet_desktop.services.current_user import current_user_name
from socialneet_desktop.ui.editors.attendance_grid import AttendanceGrid
from socialneet_desktop.ui.editors.base import RecordEditor, Values
from socialneet_desktop.ui.editors.course_prints import add_course_prints
from socialneet_desktop.ui.editors.course_sessions_table import SessionsTable
from socialneet_desktop.ui.editors.related_tabs import RelatedSpec, RelatedTab
from socialneet_desktop.ui.editors.typed_fields import TypedFieldsMixin, swap_in
from socialneet_desktop.ui.editors.widgets import FieldError, RecordPicker
from socialneet_desktop.ui.generated.ui_course_editor import Ui_CourseEditor


def enrolment_rows(session: Session, course_id: int) -> list[tuple[int, tuple[str, ...]]]:
    def status(code: str) -> str:
        known = code in voc.ENROLMENT_STATUS
        return translate("Vocabulary", voc.ENROLMENT_STATUS.label_for(code)) if known else code

    yes = translate("CourseEditor", "yes")
    return [
        (
            e.id,
            (
                attendance.person_name(e),
                format_italian_date(e.enrolled_on) if e.enrolled_on else "",
                status(e.status),
                format_italian_date(e.status_date) if e.status_date else "",
                yes if e.certificate_obtained else "",
            ),
        )
        for e in enrolments_of_course(session, course_id)
    ]


def enrolments_spec(database: Database) -> RelatedSpec:
    def new_enrolment(course_id: int, parent: QWidget) -> QDialog:
        from socialneet_desktop.ui.editors.enrolment_editor import EnrolmentEditor

        return EnrolmentEditor(database, None, parent, course_id=course_id)

    return RelatedSpec(
        "enrolments",
        translate("CourseEditor", "E&nrolments"),
        (
            translate("CourseEditor", "Person"),
            translate("CourseEditor", "Enrolled on"),
            translate("CourseEditor", "Status"),
            translate("CourseEditor", "Status date"),
            translate("CourseEditor", "Certificate"),
        ),
        "enrolments",
        enrolment_rows,
        new_label=translate("CourseEditor", "Ne&w enrolment…"),
        new_editor=new_enrolment,
    )


class CourseEditor(TypedFieldsMixin, RecordEditor):
    form_class = Ui_CourseEditor
    kind_key = "courses"
    model = TrainingCourse
    field_names = (
        *("title", "sector", "provider_organization_id", "venue", "start_date", "end_date"),
        *("hours_planned", "trainer", "capacity", "minimum_attendance_percent", "activity_id"),
        "notes",
    )
    typed_names = ("provider_organization_id", "hours_planned", "activity_id")

    def __init__(
        self, database: Database, record_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(database, record_id, parent)
        self.grid.changed.connect(self.field_changed)
        self.print_button = add_course_prints(self)
        self._enable_tabs()

    def prepare_form(self) -> None:
        from socialneet_desktop.ui.editors.widgets import CodeCombo

        ui = self.ui
        swap_in(ui, "sector", CodeCombo("COURSE_SECTOR"))
        swap_in(ui, "provider_organization_id", RecordPicker(self.database, "organizations"))
        swap_in(ui, "activity_id", RecordPicker(self.database, "activities"))  # issue 19
        ui.activity_id.lineEdit().setPlaceholderText(self.tr("Type the code or part of the title"))
        ui.hours_planned.setLocale(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))
        self.sessions_error = FieldError(ui.sessions_tab)
        self.sessions = SessionsTable(ui.remove_session, self.sessions_error)
        ui.sessions_layout.replaceWidget(ui.sessions_table, self.sessions)
        ui.sessions_table.setParent(None)
        ui.sessions_table = self.sessions
        ui.sessions_layout.insertWidget(2, self.sessions_error)
        QWidget.setTabOrder(self.sessions, ui.remove_session)
        self.grid = AttendanceGrid(ui.attendance_tab)
        ui.attendance_layout.addWidget(self.grid)
        self.grid_notice = QLabel(ui.attendance_tab)
        self.grid_notice.setWordWrap(True)
        ui.attendance_layout.addWidget(self.grid_notice)
        self.enrolments = RelatedTab(self, enrolments_spec(self.database))
        self.enrolments.linked_changed = self.refresh_linked
        tabs = ui.tabs  # the people before their attendance
        tabs.removeTab(tabs.indexOf(self.enrolments))
        tabs.insertTab(tabs.indexOf(ui.attendance_tab), self.enrolments, self.enrolments.spec.title)

    def defaults(self) -> Values:
        return {"minimum_attendance_percent": 70}

    def load_extra(self, session: Session, record: RecordMixin | None) -> None:
        super().load_extra(session, record)
        record_id = record.id if record is not None else None
        self.sessions.load(session, record_id)
        self.enrolments.load(session, record_id)
        self.grid.set_grid(attendance.load_grid(session, record_id) if record_id else None)

    def refresh_linked(self, *, keep_edits: bool = True) -> None:
        """An enrolment saved from the tab: the tab and the grid read again, edits kept."""
        with self.database.read_session() as session:
            self.enrolments.load(session, self.record_id)
            grid = attendance.load_grid(session, self.record_id) if self.record_id else None
        self.grid.set_grid(grid, keep_edits=keep_edits)

    def _enable_tabs(self) -> None:
        tabs, saved = self.ui.tabs, self.record_id is not None
        tabs.setTabEnabled(tabs.indexOf(self.ui.attendance_tab), saved)
        self.grid_notice.setText(
            ""
            if self.grid.grid is None or self.grid.grid.sessions
            else translate("CourseEditor", "Add the sessions (Sessions tab) and save: ")
            + translate("CourseEditor", "their columns appear here.")
        )

    def extra_dirty(self) -> bool:
        return self.sessions.is_dirty() or self.grid.is_dirty()

    def save(self) -> bool:
        if not self.sessions.check():
            self.ui.tabs.setCurrentWidget(self.ui.sessions_tab)
            self.sessions.setFocus()
            return False
        try:
            return super().save()
        except attendance.AttendanceConflict:
            self.refresh_linked(keep_edits=True)
            title = translate("CourseEditor", "Attendance changed elsewhere")
            text = translate("Attendance", attendance.AttendanceConflict.message)
            QMessageBox.warning(self, title, text)
            return False

    def save_extra(self, session: Session, record: RecordMixin) -> None:
        user = current_user_name()
        self.sessions.save(session, record.id, user)
        if self.grid.grid is not None and self.grid.edits:
            attendance.save_cells(session, self.grid.grid, self.grid.edits, user=user)

    def after_save(self) -> None:
        with self.database.read_session() as session:
            self.sessions.load(session, self.record_id)
        self.refresh_linked(keep_edits=False)
        self.print_button.setEnabled(True)
        self._enable_tabs()
