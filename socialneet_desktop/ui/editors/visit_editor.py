"""The editor of a visit of a NEET contact to the Meeting Point.

Beside the form, "Earlier visits" lists the contact's other visits, newest first. Opened from
a contact (`contact_id`), the person is fixed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QTableWidgetItem
from sqlalchemy.orm import Session

from socialneet_desktop import printing
from socialneet_desktop.db.models import MeetingPointVisit, RecordMixin
from socialneet_desktop.domain.validation import format_italian_date
from socialneet_desktop.domain.vocabularies import VISIT_TYPE
from socialneet_desktop.i18n import translate
from socialneet_desktop.services.related_records import earlier_visits
from socialneet_desktop.ui.editors.base import RecordEditor, Values
from socialneet_desktop.ui.editors.fixed_contact import FixedContactMixin
from socialneet_desktop.ui.editors.print_button import add_print_button
from socialneet_desktop.ui.editors.typed_fields import TypedFieldsMixin, swap_in
from socialneet_desktop.ui.editors.widgets import CodeCombo, RecordPicker
from socialneet_desktop.ui.generated.ui_visit_editor import Ui_VisitEditor


class VisitEditor(FixedContactMixin, TypedFieldsMixin, RecordEditor):
    form_class = Ui_VisitEditor
    kind_key = "visits"
    model = MeetingPointVisit
    field_names = (
        *("contact_id", "visit_date", "start_time", "end_time", "staff_id", "visit_type"),
        *("activity_id", "summary", "outcome", "next_appointment", "attendance_signed"),
    )
    typed_names = (
        *("contact_id", "start_time", "end_time", "staff_id", "activity_id"),
        "next_appointment",
    )
    partners = {"next_appointment": "next_appointment_time"}

    def form_ready(self) -> None:
        self.ui.contact_id.changed.connect(self.refresh_earlier)
        self.ui.contact_id.currentIndexChanged.connect(lambda _row: self.refresh_earlier())
        self.print_button = add_print_button(
            self, [(self.tr("Visit sheet (to sign)"), "visit", printing.write_visit_sheet)]
        )
        self.print_button.setEnabled(self.record_id is not None)

    def prepare_form(self) -> None:
        ui = self.ui
        self.swap_in_contact_picker()
        swap_in(ui, "staff_id", RecordPicker(self.database, "staff"))
        swap_in(ui, "visit_type", CodeCombo("VISIT_TYPE"))
        swap_in(ui, "activity_id", RecordPicker(self.database, "activities"))  # issue 19
        ui.earlier_visits.horizontalHeader().setStretchLastSection(True)
        ui.earlier_visits.verticalHeader().setVisible(False)

    def defaults(self) -> Values:
        return {"contact_id": self.fixed_contact, "visit_date": date.today()}

    def load_extra(self, session: Session, record: RecordMixin | None) -> None:
        super().load_extra(session, record)
        self.refresh_earlier()

    def after_save(self) -> None:
        self.refresh_earlier()
        self.print_button.setEnabled(True)

    def refresh_earlier(self) -> None:
        """The other visits of the chosen person, newest first."""
        contact_id = self.ui.contact_id.record_id()
        rows = []
        if contact_id is not None:
            with self.database.read_session() as session:
                rows = [self.describe(visit) for visit in self.earlier(session, contact_id)]
        table = self.ui.earlier_visits
        table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            for column, text in enumerate(row):
                table.setItem(number, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()

    def earlier(self, session: Session, contact_id: int) -> list[MeetingPointVisit]:
        return earlier_visits(session, contact_id, self.record_id)

    @staticmethod
    def describe(visit: MeetingPointVisit) -> tuple[str, str, str]:
        kind = visit.visit_type
        label = translate("Vocabulary", VISIT_TYPE.label_for(kind)) if kind in VISIT_TYPE else kind
        staff = visit.staff
        name = " ".join(p for p in (staff.last_name, staff.first_name) if p) if staff else ""
        return format_italian_date(visit.visit_date), label, name
