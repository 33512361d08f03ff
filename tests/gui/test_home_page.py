"""The home page (issue 16, item 1): its figures read off the GUI thread, the first-run
checklist that goes once done, the chart drawn by matplotlib, records opened from it."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta

from socialneet_desktop.db import models
from socialneet_desktop.services import home_figures
from socialneet_desktop.ui.home_page import HomePage


def _fill(database, *, settings: bool = True) -> None:
    today = date.today()
    with database.session() as session:
        if settings:
            session.add(
                models.AppSettings(
                    id=1, association_name="Associazione Artigiani", association_address="Terni"
                )
            )
        staff = models.Staff(first_name="Anna", last_name="Neri")
        contact = models.NeetContact(first_name="Luca", last_name="Bianchi")
        other = models.NeetContact(first_name="Sara", last_name="Verdi")
        session.add_all([staff, contact, other])
        session.flush()
        for who, day in ((contact, today), (contact, today), (other, today)):
            session.add(
                models.MeetingPointVisit(
                    contact_id=who.id, visit_date=day, visit_type="first", staff_id=staff.id
                )
            )
        session.add(
            models.MeetingPointVisit(
                contact_id=other.id,
                visit_date=today - timedelta(days=400),
                visit_type="first",
                next_appointment=datetime.combine(today + timedelta(days=3), datetime.min.time()),
            )
        )
        session.add(
            models.StakeholderMeeting(
                meeting_date=today,
                meeting_type="bilateral",
                topic="Convenzione",
                follow_up="Mandare la bozza",
                follow_up_date=today + timedelta(days=5),
            )
        )


def _shown(qtbot, database) -> HomePage:
    page = HomePage()
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    with qtbot.waitSignal(page.figures_shown, timeout=20000):
        page.set_database(database)
    qtbot.waitUntil(lambda: not page.chart.pixmap().isNull(), timeout=60000)
    return page


def test_the_home_page_shows_counts_lists_and_the_chart(qtbot, database):
    _fill(database)
    page = _shown(qtbot, database)
    assert page.count_labels["visits", 1].text() == "3"
    assert page.count_labels["visits", 2].text() == "4"
    assert page.count_labels["contacts", 2].text() == "2"
    assert page.count_labels["meetings", 1].text() == "1"
    assert "Verdi Sara" in page.appointments.item(0).text()
    assert "Mandare la bozza" in page.follow_ups.item(0).text()
    assert page.recent.count() >= 3
    assert page.checklist.isHidden()  # everything done: no checklist
    assert not page.chart.pixmap().isNull()
    assert page.figures.reached[-1] == (date.today().replace(day=1), 2)  # two people this month
    page.wait()


def test_an_item_of_the_page_opens_its_record(qtbot, database):
    _fill(database)
    page = _shown(qtbot, database)
    with qtbot.waitSignal(page.open_requested) as opened:
        page.appointments.itemActivated.emit(page.appointments.item(0))
    assert opened.args[0] == "visits"
    page.wait()


def test_the_figures_are_read_off_the_gui_thread(qtbot, database, monkeypatch):
    readers = []
    for name in ("read_lists", "read_counts"):
        real = getattr(home_figures, name)

        def spy(session, today=None, real=real):
            readers.append(threading.current_thread())
            return real(session, today)

        monkeypatch.setattr(home_figures, name, spy)
    _shown(qtbot, database).wait()
    assert len(readers) == 2 and threading.main_thread() not in readers


def test_the_lists_are_shown_while_the_counts_are_still_read(qtbot, database, monkeypatch):
    """At a million contacts the counts take seconds: the short lists do not wait for them."""
    _fill(database)
    counting, release = threading.Event(), threading.Event()
    real = home_figures.read_counts

    def slow_counts(session, today=None):
        counting.set()
        release.wait(30)
        return real(session, today)

    monkeypatch.setattr(home_figures, "read_counts", slow_counts)
    page = HomePage()
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.lists_shown, timeout=20000):
        page.set_database(database)
    qtbot.waitUntil(counting.is_set, timeout=20000)
    assert "Verdi Sara" in page.appointments.item(0).text()
    assert page.recent.count() >= 3 and page.checklist.isHidden()
    assert page.count_labels["visits", 2].text() == "…" and page.figures is None
    assert [page.young_follow_ups.item(0).text()] == ["…"]  # not blank: being read
    with qtbot.waitSignal(page.figures_shown, timeout=20000):
        release.set()
    assert page.count_labels["visits", 2].text() == "4"
    assert page.figures.recent and page.figures.counts["contacts"] == (2, 2)
    page.wait()


def test_the_first_run_checklist_goes_step_by_step(qtbot, database):
    page = _shown(qtbot, database)
    assert page.checklist.isVisible()
    assert all(button.isEnabled() for button in page.step_buttons.values())
    with qtbot.waitSignal(page.new_requested) as asked:
        page.step_buttons["staff"].click()
    assert asked.args == ["staff"]
    with qtbot.waitSignal(page.settings_requested):
        page.step_buttons["association"].click()
    with database.session() as session:
        session.add(models.AppSettings(id=1, association_name="A", association_address="B"))
        session.add(models.Staff(first_name="Anna", last_name="Neri"))
    with qtbot.waitSignal(page.figures_shown, timeout=20000):
        page.refresh()
    assert not page.step_buttons["association"].isEnabled()
    assert not page.step_buttons["staff"].isEnabled()
    assert page.step_buttons["contact"].isEnabled() and page.checklist.isVisible()
    with database.session() as session:
        session.add(models.NeetContact(first_name="Luca", last_name="Bianchi"))
    with qtbot.waitSignal(page.figures_shown, timeout=20000):
        page.refresh()
    assert page.checklist.isHidden()
    page.wait()


def test_a_name_without_an_address_is_not_the_association_done(database):
    with database.session() as session:
        settings = models.AppSettings(id=1, association_name="Associazione", association_address="")
        session.add(settings)
    with database.read_session() as session:
        assert not home_figures.read_lists(session).checklist.association


def test_the_summary_pdf_has_the_counts_and_the_same_chart(database, tmp_path):
    from pypdf import PdfReader

    from socialneet_desktop.printing.home_summary import write_summary

    _fill(database)
    target = tmp_path / "riepilogo.pdf"
    write_summary(database, target)
    page = PdfReader(target).pages[0]
    text = page.extract_text()
    assert "People reached per month" in text and "Meeting Point visits" in text
    assert "Associazione Artigiani" in text
    assert len(page.images) == 1  # the chart, drawn by matplotlib
