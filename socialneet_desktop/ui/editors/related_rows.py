"""The tabs of linked records the contact and organisation editors show (related_tabs): what
each lists, in which columns, and what it can create or print."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy.orm import Session

from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.validation import format_italian_date
from socialneet_desktop.i18n import translate
from socialneet_desktop.services import related_records as related
from socialneet_desktop.ui.editors.related_tabs import RelatedSpec


def label(vocabulary: voc.Vocabulary, code: str | None) -> str:
    """The translated label of a code; the code itself when it is not one of the choices."""
    if not code:
        return ""
    return translate("Vocabulary", vocabulary.label_for(code)) if code in vocabulary else code


def _person(record) -> str:
    if record is None:
        return ""
    return " ".join(part for part in (record.last_name, record.first_name) if part)


def visit_rows(session: Session, contact_id: int) -> list[tuple[int, tuple[str, ...]]]:
    return [
        (
            visit.id,
            (
                format_italian_date(visit.visit_date),
                label(voc.VISIT_TYPE, visit.visit_type),
                _person(visit.staff),
                (visit.outcome or "").splitlines()[0] if visit.outcome else "",
            ),
        )
        for visit in related.visits_of_contact(session, contact_id)
    ]


def meeting_rows(session: Session, organization_id: int) -> list[tuple[int, tuple[str, ...]]]:
    return [
        (
            meeting.id,
            (
                format_italian_date(meeting.meeting_date),
                label(voc.MEETING_TYPE, meeting.meeting_type),
                meeting.topic or "",
            ),
        )
        for meeting in related.meetings_of_organization(session, organization_id)
    ]


def resource_rows(session: Session, organization_id: int) -> list[tuple[int, tuple[str, ...]]]:
    return [
        (
            resource.id,
            (
                resource.title or "",
                label(voc.RESOURCE_CATEGORY, resource.category),
                label(voc.RESOURCE_STATUS, resource.status),
            ),
        )
        for resource in related.resources_of_organization(session, organization_id)
    ]


def print_visit_sheet(parent: QWidget, visit_id: int):
    from socialneet_desktop import printing
    from socialneet_desktop.ui.print_actions import deliver_pdf
    from socialneet_desktop.ui.save_paths import document_file_name

    database = parent.database
    return deliver_pdf(
        parent,
        lambda path: printing.write_visit_sheet(database, visit_id, path),
        document_file_name("visit", [visit_id]),
        database,
    )


def new_visit(database):
    def make(contact_id: int, parent: QWidget) -> QDialog:
        from socialneet_desktop.ui.editors.visit_editor import VisitEditor

        return VisitEditor(database, None, parent, contact_id=contact_id)

    return make


def contact_visits(database) -> RelatedSpec:
    return RelatedSpec(
        "visits",
        translate("RelatedTab", "&Visits"),
        (
            translate("RelatedTab", "Date"),
            translate("RelatedTab", "Type"),
            translate("RelatedTab", "Operator"),
            translate("RelatedTab", "Outcome"),
        ),
        "visits",
        visit_rows,
        new_label=translate("RelatedTab", "&New visit…"),
        new_editor=new_visit(database),
        print_label=translate("RelatedTab", "Print the visit &sheet…"),
        print_document=print_visit_sheet,
    )


def organization_meetings() -> RelatedSpec:
    return RelatedSpec(
        "meetings",
        translate("RelatedTab", "&Meetings"),
        (
            translate("RelatedTab", "Date"),
            translate("RelatedTab", "Type"),
            translate("RelatedTab", "Topic"),
        ),
        "meetings",
        meeting_rows,
    )


def organization_resources() -> RelatedSpec:
    return RelatedSpec(
        "resources",
        translate("RelatedTab", "&Resources"),
        (
            translate("RelatedTab", "Title"),
            translate("RelatedTab", "Category"),
            translate("RelatedTab", "Status"),
        ),
        "resources",
        resource_rows,
    )
