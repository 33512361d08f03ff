"""Search text that SQLite cannot take (1,000 words, a 50,000-character word) is cut, with a hint,
in the list's SQL, in the list page and in `socialneet export list --search`."""

from __future__ import annotations

import openpyxl
import pytest

from socialneet_desktop.db import models
from socialneet_desktop.services import list_queries
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.services.list_specs import ListQuery
from socialneet_desktop.services.record_kinds import RECORD_KINDS, kind_by_key
from socialneet_desktop.ui.views.record_list import RecordListPage
from tests.helpers_cli import run_socialneet

THOUSAND_WORDS = " ".join(f"rossi{n}" for n in range(1000))
LONG_WORD = "r" * 50_000


@pytest.fixture
def filled(database):
    fill_demo(database, contacts=30, seed=4)
    return database


@pytest.mark.parametrize("text", [THOUSAND_WORDS, LONG_WORD], ids=["1000 words", "50000 chars"])
def test_every_list_takes_a_search_sqlite_could_not(filled, text):
    with filled.read_session() as session:
        for kind in RECORD_KINDS:
            query = ListQuery(search=text)
            assert list_queries.fetch_page(session, kind.key, query, 0) == []
            assert list_queries.count_rows(session, kind.key, query) == 0


def test_the_words_searched_are_at_most_20_and_200_characters():
    assert len(list_queries.search_words(THOUSAND_WORDS)) == list_queries.MAX_SEARCH_WORDS
    assert list_queries.search_words(LONG_WORD) == ["r" * list_queries.MAX_SEARCH_CHARACTERS]
    long_words = " ".join(["abcdefghij" * 3] * 10)  # 10 words of 30 characters
    assert sum(map(len, list_queries.search_words(long_words))) == 200
    assert list_queries.search_hint(THOUSAND_WORDS)[1] == 20
    assert list_queries.search_hint(LONG_WORD)[1] == 200
    assert list_queries.search_hint("mario rossi terni") is None


def test_a_cut_search_still_finds_what_its_first_words_find(filled):
    with filled.read_session() as session:
        last_name = session.query(models.NeetContact.last_name).first()[0]
        text = f"{last_name} " + " ".join([last_name[:2]] * 999)  # the first 20 words count
        rows = list_queries.fetch_page(session, "contacts", ListQuery(search=text), 0)
    assert rows and all(last_name in row for row in rows)


def test_percent_and_underscore_are_searched_literally(filled):
    """A guard: LIKE's wildcards were already escaped (contains(autoescape=True))."""
    with filled.session() as session:
        contact = session.query(models.NeetContact).first()
        contact.notes = ""
        contact.email = "ab_c%d@example.it"
    with filled.read_session() as session:
        for text, expected in (("b_c%d", 1), ("ab%d", 0), ("a__c", 0)):  # as wildcards: 1
            query = ListQuery(search=text)
            assert list_queries.count_rows(session, "contacts", query) == expected, text


@pytest.mark.parametrize("text", [THOUSAND_WORDS, LONG_WORD], ids=["1000 words", "50000 chars"])
def test_the_list_page_searches_and_shows_the_hint(qtbot, filled, text):
    page = RecordListPage(kind_by_key("contacts"), filled)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.search.setText(text)  # as pasted: typing 50,000 keys would only take longer
    page.apply_search()  # the rows and then the count are read off the GUI thread
    qtbot.waitUntil(lambda: page.count_label.text() == "0 records", timeout=5000)
    assert page.model.rowCount() == 0
    assert page.search_hint.isVisible()
    assert page.search_hint.text().startswith("Only the first")
    page.search.setText("")
    page.apply_search()
    qtbot.waitUntil(lambda: page.model.rowCount() == 30, timeout=5000)
    assert not page.search_hint.isVisible()


def _export(path, out, search):
    return run_socialneet(
        path,
        *["export", "list", "--kind", "contacts", "--search", search, "--out", str(out)],
        env={"LANG": "C", "PATH": "", "SYSTEMROOT": "", "QT_QPA_PLATFORM": "offscreen"},
        timeout=300,
    )


@pytest.mark.parametrize("text", [THOUSAND_WORDS, LONG_WORD], ids=["1000 words", "50000 chars"])
def test_the_export_command_takes_the_search_and_says_it_was_cut(tmp_path, filled, text):
    filled.close()
    out = tmp_path / "list.xlsx"
    result = _export(filled.path, out, text)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    workbook = openpyxl.load_workbook(out)
    sheet = workbook.worksheets[0]
    assert sheet.max_row == 4  # title, date, blank line, header: no row matches
    texts = [cell.value for row in sheet.iter_rows(max_row=3) for cell in row if cell.value]
    assert any("Only the first" in str(value) for value in texts)
    assert "Only the first" in result.stdout  # the command says it too
