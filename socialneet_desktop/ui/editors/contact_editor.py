"""The editor of a NEET contact: a young person who came to the Meeting Point.

The codice fiscale is checked against birth date, gender and birthplace; when they disagree
(or are empty) a button fills them from the code. A minor needs a guardian's name and consent.
A saved contact shows how many visits it had (and the last one's date) and lists them in its
Visits tab (open one, add one, print its sheet); "New visit…" opens the visit editor for this
person, listing the earlier visits. The Path tab lists the person's whole path in date order
(visits, courses, placements, mentors, project ideas, outcomes), each row opening its record.

Vulnerable groups (issue 18): caring responsibilities, minority, asylum are ticked; long-term
unemployed and low-skilled are shown, derived from the months and the education level; the
special categories of GDPR art. 9 (disability, mental health) can be ticked only with the
explicit consent, whose withdrawal clears them after asking.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox
from sqlalchemy.orm import Session

from socialneet_desktop import printing
from socialneet_desktop.db.models import NeetContact, RecordMixin
from socialneet_desktop.documents import write_access_request
from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.age import is_minor
from socialneet_desktop.domain.codice_fiscale import DecodedCF, check_codice_fiscale, decode
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import (
    MINOR_NEEDS_GUARDIAN,
    Problem,
    format_italian_date,
)
from socialneet_desktop.domain.vulnerable_groups import (
    SPECIAL_CATEGORY_FIELDS,
    long_term_unemployed,
    low_skilled,
)
from socialneet_desktop.i18n import fill
from socialneet_desktop.services.duplicates import DuplicateMatch, possible_duplicate_contacts
from socialneet_desktop.services.record_rules import TaxCodeMismatch
from socialneet_desktop.services.related_records import visit_count_and_last
from socialneet_desktop.ui.editors.base import RecordEditor, Values
from socialneet_desktop.ui.editors.contact_path_tab import PathTab
from socialneet_desktop.ui.editors.duplicate_watch import DuplicateWatch
from socialneet_desktop.ui.editors.fields import (
    fill_checklist,
    fill_vocabulary,
    read_value,
    write_value,
)
from socialneet_desktop.ui.editors.print_button import add_print_button
from socialneet_desktop.ui.editors.related_rows import contact_visits
from socialneet_desktop.ui.editors.related_tabs import RelatedTab
from socialneet_desktop.ui.editors.typed_fields import swap_in
from socialneet_desktop.ui.editors.visit_editor import VisitEditor
from socialneet_desktop.ui.editors.widgets import OptionalDateEdit
from socialneet_desktop.ui.generated.ui_contact_editor import Ui_ContactEditor

GUARDIAN_NAME = QT_TRANSLATE_NOOP(
    "Validation", "Guardian: the name of a parent or guardian is required for a minor."
)
CODED = ("gender", "birth_date", "birthplace_code")  # what a codice fiscale tells


class ContactEditor(RecordEditor):
    form_class = Ui_ContactEditor
    kind_key = "contacts"
    model = NeetContact
    field_names = (
        *("first_name", "last_name", "gender", "birth_date", "birthplace_code", "tax_code"),
        *("citizenship", "residence_municipality_code", "address", "postal_code", "phone"),
        *("email", "education_level", "labour_status", "labour_status_months"),
        *("youth_guarantee", "heard_from", "sectors_of_interest", "notes"),
        *("privacy_notice_version", "privacy_signed_on", "consent_contact"),
        *("guardian_name", "guardian_consent"),
        *("caring_responsibilities", "minority", "asylum_or_refugee"),
        *("special_category_consent", "special_category_consent_on", *SPECIAL_CATEGORY_FIELDS),
    )

    def prepare_form(self) -> None:
        ui = self.ui
        for combo, vocabulary in (
            (ui.gender, voc.GENDER),
            (ui.citizenship, voc.CITIZENSHIP),
            (ui.education_level, voc.EDUCATION_LEVEL),
            (ui.labour_status, voc.LABOUR_STATUS),
            (ui.heard_from, voc.HEARD_FROM),
        ):
            fill_vocabulary(combo, vocabulary, allow_empty=True)
        fill_checklist(ui.sectors_of_interest, voc.SECTOR_OF_INTEREST)
        dates = ("birth_date", "privacy_signed_on", "special_category_consent_on")
        for name in dates:  # typed gg/mm/aaaa, may stay empty
            swap_in(ui, name, OptionalDateEdit())
        ui.birthplace_code.include_ceased = True  # born where a municipality used to be
        ui.birthplace_code.include_countries = True
        ui.fill_from_tax_code.setVisible(False)
        ui.fill_from_tax_code.clicked.connect(self.fill_from_tax_code)
        ui.banner_layout.setStretch(0, 1)
        self.duplicates = DuplicateWatch(
            self,
            ("first_name", "last_name", "tax_code", "birth_date"),
            self.similar,
            self.tr("A similar person exists: %1 (%2)"),
            (ui.duplicate_banner, ui.duplicate_label, ui.open_existing),
        )
        self.visits_label = QLabel(self)
        self.visits_label.setObjectName("visits_summary")
        ui.main_layout.insertWidget(ui.main_layout.indexOf(ui.tabs), self.visits_label)
        self.new_visit_button = ui.buttons.addButton(
            self.tr("New visit…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.new_visit_button.setObjectName("new_visit")
        self.new_visit_button.setToolTip(self.tr("Record a Meeting Point visit of this person"))
        self.new_visit_button.clicked.connect(self.new_visit)
        self.visits_tab = RelatedTab(self, contact_visits(self.database))
        self.visits_tab.linked_changed = self.refresh_visits  # the summary line too
        self.path_tab = PathTab(self)
        self.path_tab.linked_changed = self.refresh_visits
        ui.special_category_consent.toggled.connect(lambda _on: self.show_special_categories())
        ui.special_category_consent.clicked.connect(self.consent_clicked)
        ui.labour_status_months.valueChanged.connect(lambda _value: self.show_derived())
        ui.education_level.currentIndexChanged.connect(lambda _row: self.show_derived())
        self.print_button = add_print_button(
            self,
            [
                (self.tr("Contact file with all visits"), "contact", printing.write_contact_file),
                (
                    self.tr("Privacy notice and consent form"),
                    "consent",
                    printing.write_consent_form,
                ),
                (
                    self.tr("Everything held on this person (access request)"),
                    "access-request",
                    write_access_request,
                ),
            ],
        )
        self.erase_button = ui.buttons.addButton(
            self.tr("Erase personal data…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.erase_button.setObjectName("erase")
        self.erase_button.clicked.connect(self.erase_personal_data)

    # --- visits -----------------------------------------------------------------------------

    def load_extra(self, session: Session, record: RecordMixin | None) -> None:
        self.show_visits(session)
        self.visits_tab.load(session, record.id if record is not None else None)
        self.path_tab.load(session, record.id if record is not None else None)

    def load(self) -> None:
        super().load()
        self.show_special_categories()
        self.show_derived()

    def after_save(self) -> None:
        self.refresh_visits()

    def refresh_visits(self) -> None:
        with self.database.read_session() as session:
            self.show_visits(session)
            self.visits_tab.load(session, self.record_id)
            self.path_tab.load(session, self.record_id)

    # --- vulnerable groups ------------------------------------------------------------------

    def show_special_categories(self) -> None:
        """Disability and health (GDPR art. 9) may be ticked only with the explicit consent."""
        consent = self.ui.special_category_consent.isChecked()
        for name in ("special_category_consent_on", *SPECIAL_CATEGORY_FIELDS):
            getattr(self.ui, name).setEnabled(consent)

    def consent_clicked(self, checked: bool) -> None:
        """Ticked: the consent's day is today unless typed. Unticked: the special-category
        markers are cleared, after asking, or the consent stays."""
        ui = self.ui
        if checked:
            if read_value(ui.special_category_consent_on) is None:
                write_value(ui.special_category_consent_on, date.today())
            return
        ticked = [name for name in SPECIAL_CATEGORY_FIELDS if getattr(ui, name).isChecked()]
        if ticked and not self.withdrawal_confirmed():
            ui.special_category_consent.setChecked(True)
            return
        for name in ticked:
            getattr(ui, name).setChecked(False)
        write_value(ui.special_category_consent_on, None)

    def withdrawal_confirmed(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Explicit consent withdrawn"),
            self.tr(
                "Without the explicit consent, disability and mental-health issues cannot be "
                "kept: they will be cleared when you save. Untick the consent?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_derived(self) -> None:
        """Long-term unemployed and low-skilled, from the months and the education level."""
        months = read_value(self.ui.labour_status_months)
        level = read_value(self.ui.education_level)
        for label, value in (
            (self.ui.long_term_unemployed, long_term_unemployed(months)),
            (self.ui.low_skilled, low_skilled(level)),
        ):
            text = self.tr("Yes") if value else self.tr("No")
            label.setText(self.tr("Not known") if value is None else text)

    def show_visits(self, session: Session) -> None:
        """The count of the person's visits and the last one's date; nothing for a new one."""
        saved = self.record_id is not None
        self.new_visit_button.setEnabled(saved)
        self.print_button.setEnabled(saved)
        self.erase_button.setEnabled(saved)
        self.visits_label.setVisible(saved)
        if not saved:
            return
        count, last = visit_count_and_last(session, self.record_id)
        if not count:
            self.visits_label.setText(self.tr("Visits: none yet."))
            return
        text = fill(self.tr("Visits: %1, the last on %2."), count, format_italian_date(last))
        self.visits_label.setText(text)

    def erase_personal_data(self) -> None:
        """GDPR erasure on request: the dialog explains, confirms and erases; then reload."""
        from socialneet_desktop.ui.privacy_dialogs import EraseContactDialog

        if self.record_id is None:
            return
        if EraseContactDialog(self.database, self.record_id, self).exec():
            self.load()
            self.saved.emit(self.record_id)

    def new_visit(self) -> None:
        """A new visit of this person, in its own window; the summary follows its save."""
        if self.record_id is None:
            return
        editor = VisitEditor(self.database, None, self, contact_id=self.record_id)
        editor.saved.connect(lambda _visit_id: self.refresh_visits())
        editor.open()

    def similar(self, session: Session, values: Values) -> list[DuplicateMatch]:
        birth_date = values["birth_date"]
        return possible_duplicate_contacts(
            session,
            tax_code=values["tax_code"],
            last_name=values["last_name"],
            first_name=values["first_name"],
            birth_date=birth_date if isinstance(birth_date, date) else None,
        )

    def field_changed(self) -> None:
        self.duplicates.field_changed()
        self.ui.fill_from_tax_code.setVisible(self.decoded_differs())

    def decoded(self) -> DecodedCF | None:
        """What the codice fiscale says, when it is a complete, valid code."""
        code = self.ui.tax_code.text().strip()
        if len(code) != 16 or check_codice_fiscale(code) is not None:
            return None
        try:
            return decode(code)
        except ValueError:
            return None

    def decoded_differs(self) -> bool:
        found = self.decoded()
        if found is None:
            return False
        shown = tuple(read_value(self.fields[name]) for name in CODED)
        return shown != (found.gender, found.birth_date, found.birthplace_code)

    def fill_from_tax_code(self) -> None:
        found = self.decoded()
        if found is not None:
            for name in CODED:
                write_value(self.fields[name], getattr(found, name))
            self.ui.fill_from_tax_code.setVisible(False)
            self.feedback.show(self.problems(self.collect_values()))

    def problems(self, values: Values) -> list[Problem]:
        found = without_false_guardian_warning(super().problems(values), values)
        birth_date = values.get("birth_date")
        today = date.today()
        minor = isinstance(birth_date, date) and birth_date <= today and is_minor(birth_date, today)
        if minor and not values.get("guardian_name"):
            found.append(Problem("guardian_name", GUARDIAN_NAME))
        if any(isinstance(problem, TaxCodeMismatch) for problem in found):
            self.ui.fill_from_tax_code.setVisible(True)
        return found


def without_false_guardian_warning(found: list[Problem], values: Values) -> list[Problem]:
    """The record rules warn about every minor (domain.validation.check_birth_date), even one
    whose guardian is named and whose consent is ticked: then there is nothing to warn about,
    and asking "Save anyway?" on every minor taught users to ignore the question."""
    if not (values.get("guardian_consent") and values.get("guardian_name")):
        return found
    return [problem for problem in found if problem.message != MINOR_NEEDS_GUARDIAN]
