"""Searching a list through the index: words anywhere, accents and case ignored, short
words as word starts, every way of reading the rows giving the same rows and count."""

from __future__ import annotations

from datetime import date

import pytest

from socialneet_desktop.db.models import MeetingPointVisit, NeetContact
from socialneet_desktop.services import search_index
from socialneet_desktop.services.list_queries import ListQuery, count_rows, fetch_page
from socialneet_desktop.services.records import create_record, delete_record, update_record

PEOPLE = (
    ("Rossi", "Mario", "RSSMRA85M01L117X", "mario.rossi@example.it", "333 1234567"),
    ("De Rosa", "Nicolò", "DRSNCL90A01L117Y", "", "0744 765432"),
    ("Ferro", "Anna", "FRRNNA88B41L117Z", "anna_ferro%x@example.it", ""),
    ("Dell'Orso", "Zoë", "", "", ""),
    ("NICOLÒ", "Piero", "", "", ""),
)


@pytest.fixture
def people(database) -> dict[str, int]:
    found = {}
    with database.session() as session:
        for last, first, tax_code, email, phone in PEOPLE:
            values = {"last_name": last, "first_name": first, "tax_code": tax_code}
            values |= {"email": email, "phone": phone, "gender": "female"}
            found[last] = create_record(session, NeetContact, values, user="t").id
    return found


def search(database, text: str, kind: str = "contacts", **filters) -> list[int]:
    """The ids the list shows for `text`, checked against the count it shows."""
    query = ListQuery(text, filters)
    with database.read_session() as session:
        rows = fetch_page(session, kind, query, 0)
        assert count_rows(session, kind, query) == len(rows), text
    return sorted(row[-2] for row in rows)


def test_a_word_is_found_anywhere_in_any_searched_column(database, people):
    assert search(database, "oss") == [people["Rossi"]]
    assert search(database, "4567") == [people["Rossi"]]  # the middle of a phone number
    assert search(database, "ncl90") == [people["De Rosa"]]  # inside a tax code
    assert search(database, "example.it") == sorted([people["Rossi"], people["Ferro"]])
    assert search(database, "rossi mario") == [people["Rossi"]]
    assert search(database, "rossi anna") == []  # every word must be found


def test_accents_and_case_are_ignored_both_ways(database, people):
    nicolo = sorted([people["De Rosa"], people["NICOLÒ"]])
    assert search(database, "nicolo") == nicolo
    assert search(database, "NICOLÒ") == nicolo
    assert search(database, "Nicolò") == nicolo
    assert search(database, "zoe") == [people["Dell'Orso"]]
    assert search(database, "dell’orso") == [people["Dell'Orso"]]  # a typographic apostrophe


def test_one_or_two_letters_find_the_start_of_a_word(database, people):
    assert search(database, "ro") == sorted([people["Rossi"], people["De Rosa"]])
    assert search(database, "r") == sorted([people["Rossi"], people["De Rosa"]])
    assert search(database, "fe an") == [people["Ferro"]]
    assert search(database, "z") == [people["Dell'Orso"]]
    assert search(database, "rro") == [people["Ferro"]]  # three letters: anywhere again


def test_wildcards_and_quotes_are_taken_literally(database, people):
    assert search(database, "o_f") == []
    assert search(database, "a_ferro%x") == [people["Ferro"]]
    assert search(database, "%") == search(database, "_") == search(database, "*") == []
    assert search(database, '"') == search(database, 'ros"si') == []
    assert search(database, "dell'") == [people["Dell'Orso"]]


def test_records_in_the_recycle_bin_are_not_found_until_restored(database, people):
    from socialneet_desktop.services.records import restore_record

    with database.session() as session:
        delete_record(session, NeetContact, people["Rossi"], 1, user="t")
    assert search(database, "rossi") == []
    with database.session() as session:
        restore_record(session, NeetContact, people["Rossi"], user="t")
    assert search(database, "rossi") == [people["Rossi"]]


def test_a_search_combines_with_the_filters(database, people):
    with database.session() as session:
        update_record(session, NeetContact, people["Rossi"], 1, {"gender": "male"}, user="t")
    assert search(database, "ro", gender="female") == [people["De Rosa"]]
    assert search(database, "ro", gender="male") == [people["Rossi"]]


def test_visits_are_found_by_their_text_and_their_contact_name(database, people):
    with database.session() as session:
        made = []
        for contact, summary in (("Rossi", "Primo colloquio"), ("Ferro", "CV con Rossella")):
            values = {"contact_id": people[contact], "visit_date": date(2026, 2, 2)}
            values |= {"visit_type": "orientation", "summary": summary}
            made.append(create_record(session, MeetingPointVisit, values, user="t").id)
    assert search(database, "rossi", "visits") == [made[0]]
    assert search(database, "ross", "visits") == made  # Rossi, Rossella
    assert search(database, "colloquio", "visits") == [made[0]]
    assert search(database, "anna cv", "visits") == [made[1]]


@pytest.mark.parametrize("how", ["ids", "in", "text", "like"])
def test_every_way_of_reading_the_rows_gives_the_same_rows(database, people, monkeypatch, how):
    """With MANY lowered, the walks of the sort index are taken on a small table too."""
    chosen = search_index.SearchPlan(how, 0)
    monkeypatch.setattr(search_index, "plan", lambda session, kind, words: chosen)
    if how == "like":  # the LIKE of a kind the index does not cover: no accent folding
        monkeypatch.setattr(search_index, "kind_sources", lambda kind: None)
        ro = ("Rossi", "De Rosa", "Ferro", "NICOLÒ")  # Piero
        assert search(database, "ro") == sorted(people[name] for name in ro)
        return
    assert search(database, "ro") == sorted([people["Rossi"], people["De Rosa"]])
    assert search(database, "nicolo") == sorted([people["De Rosa"], people["NICOLÒ"]])
    assert search(database, "example rossi") == [people["Rossi"]]


def test_the_plan_walks_the_sort_index_when_many_rows_match(database, people, monkeypatch):
    from socialneet_desktop.services.record_kinds import kind_by_key

    monkeypatch.setattr(search_index, "MANY", 2)
    kind = kind_by_key("contacts")
    with database.read_session() as session:
        assert search_index.plan(session, kind, ["ro"]).walks
        assert search_index.plan(session, kind, ["rossi"]).how == "ids"
    assert search(database, "ro") == sorted([people["Rossi"], people["De Rosa"]])


def test_a_search_is_a_condition_sqlite_can_drive_the_page_by(database, people, monkeypatch):
    """The search's IN is the WHERE's own term: wrapped as "(… IN (…)) = 1" (a boolean
    column to SQLAlchemy on SQLite), SQLite could not look the matches up by their ids and
    scanned every live row instead: "rossi mar" among 1M contacts took 250 ms, not 14."""
    from socialneet_desktop.services.list_queries import PAGE_SIZE, compiled, page_select

    chosen = search_index.SearchPlan("in", 0)  # the plan of a few thousand matches at 1M
    monkeypatch.setattr(search_index, "plan", lambda session, kind, words: chosen)
    with database.read_session() as session:
        sql = compiled(session, page_select(session, "contacts", ListQuery("rossi"), 0, PAGE_SIZE))
    assert "neet_contacts.id IN (SELECT rowid" in sql, sql
    assert ") = 1" not in sql, sql
    assert search(database, "rossi") == [people["Rossi"]]
