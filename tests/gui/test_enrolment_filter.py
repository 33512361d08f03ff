"""The enrolments list filtered by course (issue 19 review): the filter bar offers the file's
courses (read when shown, so a course added later is there the next time), choosing one shows
only its enrolments, and the query alone does the same (ListQuery filters)."""

from __future__ import annotations

from datetime import date

from socialneet_desktop.db import models
from socialneet_desktop.services.list_queries import fetch_page
from socialneet_desktop.services.list_specs import ListQuery
from socialneet_desktop.services.record_kinds import kind_by_key
from socialneet_desktop.ui.views.record_list import RecordListPage


def _courses(database) -> dict[str, int]:
    with database.session() as session:
        wood = models.TrainingCourse(title="Falegnameria", start_date=date(2026, 2, 1))
        web = models.TrainingCourse(title="Sviluppo web", start_date=date(2026, 3, 1))
        people = [
            models.NeetContact(first_name=first, last_name="Verdi")
            for first in ("Luca", "Sara", "Marco")
        ]
        session.add_all([wood, web, *people])
        session.flush()
        for person, course in zip(people, (wood, wood, web), strict=True):
            session.add(
                models.Enrolment(
                    course_id=course.id,
                    contact_id=person.id,
                    enrolled_on=date(2026, 1, 20),
                    status="enrolled",
                )
            )
        return {"wood": wood.id, "web": web.id}


def _titles(rows) -> list[str]:
    keys = [spec.key for spec in kind_by_key("enrolments").columns]
    return sorted(row[keys.index("course_title")] for row in rows)


def test_the_query_filters_by_course(database):
    ids = _courses(database)
    with database.read_session() as session:
        rows = fetch_page(session, "enrolments", ListQuery(filters={"course": ids["wood"]}), 0)
        assert _titles(rows) == ["Falegnameria", "Falegnameria"]
        rows = fetch_page(session, "enrolments", ListQuery(filters={"course": ids["web"]}), 0)
        assert _titles(rows) == ["Sviluppo web"]


def test_the_filter_bar_offers_the_courses_and_narrows_the_list(qtbot, database):
    ids = _courses(database)
    page = RecordListPage(kind_by_key("enrolments"), database)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.model.loading(), timeout=10000)
    combo = page.filters.widgets["course"]
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert offered == ["All", "Falegnameria", "Sviluppo web"]
    combo.setCurrentIndex(combo.findData(ids["web"]))
    qtbot.waitUntil(lambda: page.model.query.filters == {"course": ids["web"]}, timeout=5000)
    qtbot.waitUntil(lambda: not page.model.loading(), timeout=10000)
    assert page.model.rowCount() == 1
    with database.session() as session:
        session.add(models.TrainingCourse(title="Cucina", start_date=date(2026, 4, 1)))
    page.hide()
    page.show()  # shown again: the new course is offered, the one chosen kept
    assert combo.findText("Cucina") > 0 and combo.currentData() == ids["web"]
