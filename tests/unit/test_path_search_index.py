"""The path lists' search index (migration 0015): follow-ups, mentoring meetings and
enrolments are found by their contact's name and their own text, as the visits are, and the
index follows a rename of the contact or of the course, the recycle bin, and a file migrated
from 0014 with rows already in it. On the office server the same searches are answered by
LIKE (it has no twin of these indexes), with the same rows."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from alembic import command
from sqlalchemy import text

from socialneet_desktop.db import migrate
from socialneet_desktop.db.database import open_database
from socialneet_desktop.db.models import MeetingPointVisit, NeetContact
from socialneet_desktop.db.models_path import Enrolment, MentoringMeeting, Outcome, TrainingCourse
from socialneet_desktop.services import search_index
from socialneet_desktop.services.list_queries import ListQuery, count_rows, fetch_page
from socialneet_desktop.services.record_kinds import kind_by_key
from socialneet_desktop.services.records import (
    create_record,
    delete_record,
    restore_record,
    update_record,
)
from tests.unit.test_search_index import index_is_whole

LISTS = ("outcomes", "mentoring_meetings", "enrolments")


def add_path(database, last_name: str = "Dell'Orso", first_name: str = "Nicolò") -> dict:
    """A young person with a follow-up, a mentoring meeting, a course enrolment, a visit."""
    person = {"first_name": first_name, "last_name": last_name, "gender": "male"}
    with database.session() as session:
        contact = create_record(session, NeetContact, person, user="anna")
        course = create_record(session, TrainingCourse, {"title": "Falegnameria"}, user="anna")
        outcome = {"contact_id": contact.id, "outcome_date": date(2026, 6, 1)}
        outcome |= {"status": "employed", "notes": "assunto in bottega"}
        meeting = {"contact_id": contact.id, "meeting_date": date(2026, 3, 2)}
        meeting |= {"summary": "prepara il colloquio"}
        enrolment = {"contact_id": contact.id, "course_id": course.id}
        visit = {"contact_id": contact.id, "visit_date": date(2026, 1, 5)}
        visit |= {"visit_type": "orientation", "summary": "CV"}
        return {
            "contact": contact.id,
            "course": course.id,
            "outcomes": create_record(session, Outcome, outcome, user="anna").id,
            "mentoring_meetings": create_record(session, MentoringMeeting, meeting, user="a").id,
            "enrolments": create_record(session, Enrolment, enrolment, user="anna").id,
            "visits": create_record(session, MeetingPointVisit, visit, user="anna").id,
        }


def found(database, kind_key: str, words: str) -> tuple[list[int], int]:
    """The ids of the list's first page and the list's count for `words`."""
    query = ListQuery(words)
    with database.read_session() as session:
        rows = fetch_page(session, kind_key, query, 0)
        return sorted(row[-2] for row in rows), count_rows(session, kind_key, query)


def rename(database, model, record_id: int, values: dict) -> None:
    with database.session() as session:
        version = session.get(model, record_id).version
        update_record(session, model, record_id, version, values, user="anna")


def test_the_path_lists_are_found_through_their_own_index():
    for key in LISTS:
        sources = search_index.kind_sources(kind_by_key(key))
        assert sources is not None and [s.index for s in sources] == [f"{key}_search"]
    assert search_index.kind_sources(kind_by_key("placements")) is None  # see search_ddl


# the visits too: on the server a word's clause is an OR of the contact's and the visit's
# text, which once let a visit in the recycle bin through
@pytest.mark.parametrize("kind_key", (*LISTS, "visits"))
def test_a_path_row_is_found_by_its_contact_name_and_follows_a_rename(engine_database, kind_key):
    ids = add_path(engine_database)
    add_path(engine_database, "Bianchi", "Maria")
    mine = ([ids[kind_key]], 1)
    assert found(engine_database, kind_key, "nicolo") == mine  # accents ignored
    assert found(engine_database, kind_key, "dell'orso NIC") == mine
    assert found(engine_database, kind_key, "orso")[1] == 1  # anywhere in the name
    rename(engine_database, NeetContact, ids["contact"], {"first_name": "Piero"})
    assert found(engine_database, kind_key, "nicolo") == ([], 0)
    assert found(engine_database, kind_key, "piero") == mine
    model = kind_by_key(kind_key).model
    with engine_database.session() as session:
        version = session.get(model, ids[kind_key]).version
        delete_record(session, model, ids[kind_key], version, user="anna")
    assert found(engine_database, kind_key, "piero") == ([], 0)  # in the recycle bin
    with engine_database.session() as session:
        restore_record(session, model, ids[kind_key], user="anna")
    assert found(engine_database, kind_key, "piero") == mine
    if engine_database.engine.dialect.name == "sqlite":
        index_is_whole(engine_database.path)


def test_the_own_text_and_the_course_title_are_searched(engine_database):
    ids = add_path(engine_database)
    assert found(engine_database, "outcomes", "bottega")[0] == [ids["outcomes"]]
    assert found(engine_database, "mentoring_meetings", "colloquio")[0] == [
        ids["mentoring_meetings"]
    ]
    assert found(engine_database, "enrolments", "falegn nicolo")[0] == [ids["enrolments"]]
    rename(engine_database, TrainingCourse, ids["course"], {"title": "Ceramica"})
    assert found(engine_database, "enrolments", "falegn") == ([], 0)
    assert found(engine_database, "enrolments", "ceramica") == ([ids["enrolments"]], 1)
    if engine_database.engine.dialect.name == "sqlite":
        index_is_whole(engine_database.path)


def test_a_file_at_0014_is_migrated_with_its_path_rows_indexed(tmp_path):
    path = tmp_path / "office.sqlite"
    database = open_database(path)
    ids = add_path(database)
    with database.engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0014")
        names = connection.scalars(text("SELECT name FROM sqlite_master")).all()
    assert not any(name.startswith(("outcomes_search", "enrolments_search")) for name in names)
    database.close()
    reopened = open_database(path)  # migrates 0014 -> 0015
    try:
        for key in LISTS:
            assert found(reopened, key, "nicolo") == ([ids[key]], 1)
    finally:
        reopened.close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            migrate.HEAD_REVISION,
        )
    index_is_whole(path)
