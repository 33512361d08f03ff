"""Issue 16 item 6, lists that are a datasheet, through the real list page: the right-click
menu on rows (open, delete, print, filter by selection, excluding it, clear filters), extra
columns chosen from the header's menu (a contact's age and number of visits), several rows
deleted at once (one transaction, all to the recycle bin), the totals line (count and sums),
and item 5's columns: a meeting's organisations, a resource's owner chosen from the list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from socialneet_desktop.db import models
from socialneet_desktop.domain.age import age_on
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.services.records import create_record
from socialneet_desktop.ui.views import list_actions
from tests.gui.test_record_lists import open_page, settled, shown_column

Button = QMessageBox.StandardButton


def menu_action(menu, starts: str):
    [action] = [a for a in menu.actions() if a.text().replace("&", "").startswith(starts)]
    return action


def column_of(page, key: str) -> int:
    return page.model.keys.index(key)


def live_count(database, model) -> int:
    with database.read_session() as session:
        query = select(func.count()).select_from(model).where(model.deleted_at.is_(None))
        return session.scalar(query)


def test_the_row_menu_filters_by_selection_excluding_it_and_clears(qtbot, database):
    fill_demo(database, contacts=60, seed=4)
    page = open_page(qtbot, database)
    gender = column_of(page, "gender")
    index = page.model.index(0, gender)
    chosen = index.data()
    page.table.selectRow(0)
    menu = list_actions.row_menu(page, index)
    texts = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert texts[:5] == [
        "Open",
        "Delete…",
        "Export this record to Excel…",
        "Print the contact file…",
        "Print the privacy notice and consent form…",
    ]
    assert not menu_action(menu, "Clear filters").isEnabled()  # nothing to clear yet
    menu_action(menu, "Filter by selection").trigger()
    settled(qtbot, page)
    kept = shown_column(page, gender)
    assert kept and set(kept) == {chosen}
    total = live_count(database, models.NeetContact)
    qtbot.waitUntil(lambda: page.count_label.text().startswith(f"{len(kept)} record"))
    menu = list_actions.row_menu(page, page.model.index(0, gender))
    assert menu_action(menu, "Clear filters").isEnabled()
    menu_action(menu, "Clear filters").trigger()
    settled(qtbot, page)
    menu = list_actions.row_menu(page, page.model.index(0, gender))
    assert page.model.index(0, gender).data() == chosen
    menu_action(menu, "Filter excluding selection").trigger()
    settled(qtbot, page)
    others = shown_column(page, gender)
    assert chosen not in others and len(others) == total - len(kept)


def test_the_row_menu_opens_the_record(qtbot, database):
    fill_demo(database, contacts=10, seed=4)
    page = open_page(qtbot, database)
    page.table.selectRow(2)
    opened = []
    page.open_requested.connect(opened.append)
    list_actions.row_menu(page, page.model.index(2, 0)).actions()[0].trigger()
    assert opened == [page.model.record_id(2)]


def test_extra_columns_are_chosen_from_the_header_menu(qtbot, database):
    fill_demo(database, contacts=40, seed=4)
    page = open_page(qtbot, database)
    age, visits = column_of(page, "age"), column_of(page, "visit_count")
    assert page.table.isColumnHidden(age) and page.table.isColumnHidden(visits)
    menu = page.column_menu()
    titles = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert {"Age", "Phone", "Education", "Number of visits", "Last visit"} <= set(titles)
    menu_action(menu, "Age").setChecked(True)
    menu_action(menu, "Number of visits").setChecked(True)
    assert not page.table.isColumnHidden(age) and not page.table.isColumnHidden(visits)
    settled(qtbot, page)  # the visits, computed per row, are read once the column is shown
    assert page.model.rowCount() > 0
    with database.read_session() as session:
        for row in range(page.model.rowCount()):
            contact = session.get(models.NeetContact, page.model.record_id(row))
            expected_age = (
                str(age_on(contact.birth_date, date.today())) if contact.birth_date else ""
            )
            count = sum(1 for visit in contact.visits if visit.deleted_at is None)
            assert page.model.index(row, age).data() == expected_age
            assert page.model.index(row, visits).data() == str(count)
    again = open_page(qtbot, database)  # the choice is remembered
    assert not again.table.isColumnHidden(age)


def test_several_rows_are_deleted_at_once_to_the_recycle_bin(qtbot, database, monkeypatch):
    fill_demo(database, contacts=30, seed=4)
    page = open_page(qtbot, database)
    before = live_count(database, models.NeetContact)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    page.table.selectRow(1)
    for row in (3, 5):
        page.table.selectionModel().select(page.model.index(row, 0), flags)
    ids = {page.model.record_id(row) for row in (1, 3, 5)}
    asked = []

    def answer(_parent, _title, text, *_args):
        asked.append(text)
        return Button.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    menu = list_actions.row_menu(page, page.model.index(3, 0))
    menu_action(menu, "Delete 3 records").trigger()
    settled(qtbot, page)
    assert asked == ["Move 3 records to the recycle bin? They can be restored from there."]
    assert live_count(database, models.NeetContact) == before - 3
    with database.read_session() as session:
        binned = session.scalars(
            select(models.NeetContact.id).where(models.NeetContact.deleted_at.is_not(None))
        ).all()
    assert set(binned) == ids
    assert ids.isdisjoint(page.model.record_id(row) for row in range(page.model.rowCount()))


def test_the_totals_line_counts_and_sums_the_numbers_shown(qtbot, database):
    fill_demo(database, contacts=40, seed=4)
    page = open_page(qtbot, database, "meetings")
    with database.read_session() as session:
        meetings = session.scalars(
            select(models.StakeholderMeeting).where(models.StakeholderMeeting.deleted_at.is_(None))
        ).all()
    assert page.count_label.text() == f"{len(meetings)} records"
    menu_action(page.column_menu(), "Participants").setChecked(True)
    total = sum(meeting.participants_count or 0 for meeting in meetings)
    qtbot.waitUntil(lambda: "Participants" in page.count_label.text())
    assert page.count_label.text() == f"{len(meetings)} records · Participants: {total} in all"


def test_the_meetings_list_names_the_organisations_and_resources_the_owner(qtbot, database):
    with database.session() as session:
        narni = create_record(
            session,
            models.Organization,
            {"name": "Comune di Narni", "kind": "public_body"},
            user="t",
        )
        meeting = create_record(
            session,
            models.StakeholderMeeting,
            {"meeting_date": date(2025, 3, 4), "meeting_type": "bilateral", "topic": "Orti"},
            user="t",
        )
        meeting.organizations.append(narni)
        for title, owner_id, owner_name in (("Scuola", narni.id, ""), ("Orto", None, "Bianchi")):
            values = {"title": title, "category": "premises", "owner_name": owner_name}
            create_record(
                session,
                models.UnusedResource,
                values | {"owner_organization_id": owner_id},
                user="t",
            )
    meetings = open_page(qtbot, database, "meetings")
    assert shown_column(meetings, column_of(meetings, "organization_names")) == ["Comune di Narni"]
    resources = open_page(qtbot, database, "resources")
    owners = dict(
        zip(
            shown_column(resources, 0),
            shown_column(resources, column_of(resources, "owner_name")),
            strict=True,
        )
    )
    assert owners == {"Orto": "Bianchi", "Scuola": "Comune di Narni"}


def test_the_chosen_rows_are_exported_to_excel(qtbot, database, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    from socialneet_desktop.ui import export_dialogs

    fill_demo(database, contacts=30, seed=4)
    page = open_page(qtbot, database, "organizations")
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    page.table.selectRow(0)
    page.table.selectionModel().select(page.model.index(2, 0), flags)
    chosen = {page.model.index(row, 0).data() for row in (0, 2)}
    left_out = page.model.index(1, 0).data()
    target = tmp_path / "chosen.xlsx"
    monkeypatch.setattr(export_dialogs, "ask_xlsx_path", lambda *args: target)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: Button.No)
    menu = list_actions.row_menu(page, page.model.index(0, 0))
    menu_action(menu, "Export 2 records to Excel").trigger()
    qtbot.waitUntil(lambda: page.export_run.outcome != "", timeout=20000)
    assert page.export_run.outcome == "finished"
    sheet = load_workbook(target).active
    names = {cell for row in sheet.iter_rows(values_only=True) for cell in row}
    assert chosen <= names and left_out not in names
