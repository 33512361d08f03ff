"""The home page's young people's follow-ups (issue 18): the follow-ups due or overdue of a
hand-made database, the earliest first, a line saying how many more; Enter on one opens the
person."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from socialneet_desktop.db import models
from socialneet_desktop.services import home_figures
from socialneet_desktop.services.follow_ups import add_months
from socialneet_desktop.ui.home_page import HomePage


def _left(session, last: str, day: date) -> int:
    contact = models.NeetContact(first_name="Test", last_name=last)
    session.add(contact)
    session.flush()
    session.add(
        models.Outcome(contact_id=contact.id, stage="leaving", outcome_date=day, status="other")
    )
    return contact.id


def _fill(database, today: date) -> dict[str, int]:
    with database.session() as session:
        ids = {}
        # 6 months after leaving: 10 days ago, in 20 days, in 40 days (not yet)
        for last, days in (("Rossi", -10), ("Bianchi", 20), ("Verdi", 40)):
            ids[last] = _left(session, last, add_months(today + timedelta(days=days), -6))
        for number in range(7):  # overdue for a year: 6 and 12 months both due
            _left(session, f"Zeta{number}", add_months(today, -13) - timedelta(days=number))
    return ids


def test_the_figures_list_the_follow_ups_due_earliest_first(database):
    today = date.today()
    _fill(database, today)
    with database.read_session() as session:
        figures = home_figures.read_figures(session, today)
    shown = figures.young_follow_ups
    assert len(shown) == home_figures.LISTED
    assert figures.young_follow_ups_total == 7 * 2 + 2
    assert [row.when for row in shown] == sorted(row.when for row in shown)
    assert all(row.kind_key == "contacts" for row in shown)


def test_the_home_page_shows_them_and_opens_the_person(qtbot, database):
    today = date.today()
    ids = _fill(database, today)
    with database.session() as session:  # only the first two remain due
        for outcome in session.query(models.Outcome).all():
            if outcome.contact.last_name.startswith("Zeta"):
                outcome.deleted_at = outcome.created_at
    page = HomePage()
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    with qtbot.waitSignal(page.figures_shown, timeout=20000):
        page.set_database(database)
    page.wait()
    widget = page.young_follow_ups
    texts = [widget.item(row).text() for row in range(widget.count())]
    due = add_months(add_months(today - timedelta(days=10), -6), 6)
    assert texts[0].startswith(due.strftime("%d/%m/%Y")) and "Rossi Test" in texts[0]
    assert "(6 months, overdue)" in texts[0]
    assert "Bianchi Test" in texts[1] and len(texts) == 2
    widget.setFocus()
    widget.setCurrentRow(1)
    with qtbot.waitSignal(page.open_requested) as opened:
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert opened.args == ["contacts", ids["Bianchi"]]
