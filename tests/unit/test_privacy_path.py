"""Erasure on request reaches the person's whole path: enrolments, placements, mentoring,
outcomes (their free text and its history), and the special-category data goes too."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from socialneet_desktop.db import models
from socialneet_desktop.services import privacy
from socialneet_desktop.services.records import create_record, update_record

NAME, TAX_CODE = "Zanardelli", "ZNRGPP99C12L117X"
DAY = date(2025, 3, 10)
# Free text that names the person, one per record of the path
TEXTS = {
    "dropout": "Zanardelli ha lasciato per lavoro",
    "placement": "Zanardelli assunta dopo il tirocinio",
    "mentoring": "Parlato con Zanardelli del suo progetto",
    "outcome": "Zanardelli lavora da Rossi",
}


def add_path(database) -> tuple[int, dict[str, tuple[type, int]]]:
    """A contact with consent and disability recorded, and one record of each path kind."""
    with database.session() as session:

        def create(model, **values):
            return create_record(session, model, values, user="anna")

        contact = create(models.NeetContact, first_name="Giuseppina", last_name=NAME,
                         tax_code=TAX_CODE, birth_date=date(1999, 3, 12), gender="female",
                         special_category_consent=True, special_category_consent_on=DAY,
                         disability=True, caring_responsibilities=True)  # fmt: skip
        org = create(models.Organization, name="Bottega Rossi", kind="enterprise")
        staff = create(models.Staff, first_name="Anna", last_name="Operatrice")
        course = create(models.TrainingCourse, title="Ceramica", start_date=DAY)
        enrolment = create(models.Enrolment, course_id=course.id, contact_id=contact.id,
                           enrolled_on=DAY, status="dropped_out", status_date=DAY,
                           dropout_reason="Per lavoro")  # fmt: skip
        placement = create(models.Placement, contact_id=contact.id, host_organization_id=org.id,
                           placement_kind="internship", start_date=DAY,
                           outcome=TEXTS["placement"])  # fmt: skip
        mentor = create(models.Mentor, staff_id=staff.id)
        meeting = create(models.MentoringMeeting, mentor_id=mentor.id, contact_id=contact.id,
                         meeting_date=DAY, summary=TEXTS["mentoring"])  # fmt: skip
        outcome = create(models.Outcome, contact_id=contact.id, outcome_date=DAY,
                         status="employed", notes=TEXTS["outcome"])  # fmt: skip
        update_record(session, models.Enrolment, enrolment.id, enrolment.version,
                      {"dropout_reason": TEXTS["dropout"]}, user="anna")  # fmt: skip
        records = {
            "dropout": (models.Enrolment, enrolment.id),
            "placement": (models.Placement, placement.id),
            "mentoring": (models.MentoringMeeting, meeting.id),
            "outcome": (models.Outcome, outcome.id),
        }
        return contact.id, records


def test_the_free_text_of_the_whole_path_is_erased_and_its_history_too(database):
    contact_id, records = add_path(database)
    with database.session() as session:
        privacy.erase_contact(session, contact_id, user="luca", reason="Richiesta scritta")
    with database.read_session() as session:
        enrolment = session.get(*records["dropout"])
        placement = session.get(*records["placement"])
        meeting = session.get(*records["mentoring"])
        outcome = session.get(*records["outcome"])
        history = " ".join(session.scalars(select(models.AuditEvent.changes)))
        assert (enrolment.dropout_reason, enrolment.notes) == ("", "")
        assert (placement.outcome, placement.notes) == ("", "")
        assert (meeting.summary, meeting.outcome) == ("", "")
        assert outcome.notes == ""
        # what the funder counts stays: the course left, the placement's kind, the outcome
        assert (enrolment.status, placement.placement_kind, outcome.status) == (
            "dropped_out",
            "internship",
            "employed",
        )
    for text in (NAME, TAX_CODE, *TEXTS.values()):
        assert text not in history


def test_special_category_data_goes_with_the_erasure_the_other_markers_stay(database):
    contact_id, _records = add_path(database)
    with database.session() as session:
        privacy.erase_contact(session, contact_id, user="luca", reason="Richiesta scritta")
    with database.read_session() as session:
        contact = session.get(models.NeetContact, contact_id)
        assert (contact.disability, contact.special_category_consent) == (False, False)
        assert contact.special_category_consent_on is None
        assert contact.caring_responsibilities is True  # not art. 9: kept for the statistics


def test_no_text_of_the_path_is_left_in_the_file_after_the_compaction(database):
    contact_id, _records = add_path(database)
    privacy.compact_file(database)
    raw = database.path.read_bytes()
    assert TEXTS["placement"].encode() in raw  # the check finds what is there
    with database.session() as session:
        privacy.erase_contact(session, contact_id, user="luca", reason="Richiesta scritta")
    privacy.compact_file(database)
    wal = database.path.with_name(database.path.name + "-wal")
    raw = database.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    for text in (NAME, TAX_CODE, *TEXTS.values()):
        assert text.encode() not in raw
