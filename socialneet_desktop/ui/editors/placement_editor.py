"""The editor of a placement: who, where (the host organisation and the tutor there, a
person of that organisation: the tutor's list offers only its people), kind, dates, hours a
week, contract and outcome; the "Hours" tab is the weekly hours log (hours_log), written
with the placement; Print makes the timesheet to sign (printing/timesheet).

Opened from a contact (`contact_id`), the person is fixed.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from socialneet_desktop.db.models import RecordMixin
from socialneet_desktop.db.models_path import Placement
from socialneet_desktop.domain.validation import Problem
from socialneet_desktop.i18n import translate
from socialneet_desktop.printing.timesheet import write_timesheet
from socialneet_desktop.services.current_user import current_user_name
from socialneet_desktop.ui.editors.base import RecordEditor, Values
from socialneet_desktop.ui.editors.fields import on_change
from socialneet_desktop.ui.editors.fixed_contact import FixedContactMixin
from socialneet_desktop.ui.editors.hours_log import HOURS, HoursLog
from socialneet_desktop.ui.editors.path_pickers import OrganizationPeoplePicker
from socialneet_desktop.ui.editors.print_button import add_print_button
from socialneet_desktop.ui.editors.typed_fields import TypedFieldsMixin, swap_in
from socialneet_desktop.ui.editors.widgets import CodeCombo, RecordPicker
from socialneet_desktop.ui.generated.ui_placement_editor import Ui_PlacementEditor


class PlacementEditor(FixedContactMixin, TypedFieldsMixin, RecordEditor):
    form_class = Ui_PlacementEditor
    kind_key = "placements"
    model = Placement
    field_names = (
        *("contact_id", "placement_kind", "host_organization_id", "tutor_person_id"),
        *("start_date", "end_date", "hours_per_week", "contract", "outcome", "notes"),
    )
    typed_names = ("contact_id", "host_organization_id", "tutor_person_id", "hours_per_week")

    def form_ready(self) -> None:
        self.ui.host_organization_id.changed.connect(self.host_changed)
        for name in ("start_date", "end_date"):
            on_change(getattr(self.ui, name), self.dates_changed)
        self.print_button = add_print_button(self, [])
        action = self.print_button.menu().addAction(self.tr("Timesheet (to sign)"))
        action.triggered.connect(lambda _checked=False: self.print_timesheet())
        self.print_button.setEnabled(self.record_id is not None)

    def prepare_form(self) -> None:
        ui = self.ui
        self.swap_in_contact_picker()
        swap_in(ui, "placement_kind", CodeCombo("PLACEMENT_KIND"))
        swap_in(ui, "host_organization_id", RecordPicker(self.database, "organizations"))
        swap_in(ui, "tutor_person_id", OrganizationPeoplePicker(self.database))
        self.hours = HoursLog(self)
        ui.tabs.insertTab(ui.tabs.indexOf(ui.history_tab), self.hours, self.tr("H&ours"))

    def defaults(self) -> Values:
        return {"contact_id": self.fixed_contact, "start_date": date.today()}

    def load_extra(self, session: Session, record: RecordMixin | None) -> None:
        host = record.host_organization_id if record is not None else None
        self.ui.tutor_person_id.set_organization(host)
        super().load_extra(session, record)
        start = record.start_date if record is not None else self.defaults()["start_date"]
        end = record.end_date if record is not None else None
        self.hours.load(session, record.id if record is not None else None, start, end)

    def host_changed(self) -> None:
        self.ui.tutor_person_id.set_organization(self.ui.host_organization_id.record_id())

    def dates_changed(self) -> None:
        values = self.collect_values()
        start, end = values.get("start_date"), values.get("end_date")
        if isinstance(start, date) or start is None:
            self.hours.follow_dates(start, end if isinstance(end, date) else None)

    # --- saving -----------------------------------------------------------------------------

    def problems(self, values: Values) -> list[Problem]:
        return super().problems(values) + self.hours.problems()

    def save(self) -> bool:
        """A week's hours that are no number: shown, the cell chosen, nothing saved."""
        bad = self.hours.first_bad_cell()
        if bad is None:
            return super().save()
        self.feedback.show(self.current_problems())
        self.ui.tabs.setCurrentWidget(self.hours)
        self.hours.table.setCurrentCell(bad, HOURS)
        self.hours.table.setFocus()
        return False

    def save_extra(self, session: Session, record: RecordMixin) -> None:
        self.hours.save(session, record.id, current_user_name())

    def after_save(self) -> None:
        self.hours.committed()
        self.print_button.setEnabled(True)

    def extra_dirty(self) -> bool:
        return self.hours.is_dirty()

    def print_timesheet(self):
        from socialneet_desktop.ui.print_actions import deliver_pdf
        from socialneet_desktop.ui.save_paths import file_name

        if self.record_id is None:
            return None
        record_id, database = self.record_id, self.database
        name = file_name(translate("Printing", "Placement timesheet"), ".pdf", numbers=[record_id])
        return deliver_pdf(
            self, lambda path: write_timesheet(database, record_id, path), name, database
        )
