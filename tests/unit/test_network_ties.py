"""The ties of the cooperation network (issue 22) from hand-made records whose graph is
known by hand: co-attendance, the questionnaire under both rules, the agreements."""

from __future__ import annotations

from datetime import date

from socialneet_desktop.services.network import ties
from tests.unit import network_records as build

P = frozenset


def _meetings(session):
    ids = build.organizations(session, "ABCDE")
    build.meeting(session, ids, date(2025, 2, 1), "A", "B", "C")
    build.meeting(session, ids, date(2025, 3, 1), "A", "B")
    build.meeting(session, ids, date(2025, 4, 1), "D")  # alone: no tie
    build.meeting(session, ids, date(2025, 5, 1), "C", "D", deleted=True)  # recycle bin
    build.meeting(session, ids, date(2024, 1, 10), "D", "E")  # the year before
    return ids


def _named(ids, counts):
    return {P(ids[n] for n in pair): value for pair, value in counts.items()}


def test_co_attendance_counts_the_shared_occasions(database):
    with database.session() as session:
        ids = _meetings(session)
        year = ties.co_attendance(session, since=date(2025, 1, 1), until=date(2025, 12, 31))
        every = ties.co_attendance(session)
    assert year == _named(ids, {"AB": 2, "AC": 1, "BC": 1})
    assert every == _named(ids, {"AB": 2, "AC": 1, "BC": 1, "DE": 1})


def test_questionnaire_either_or_both_sides(database):
    with database.session() as session:
        ids = build.organizations(session, "ABCD")
        build.answer(session, ids, "A", date(2025, 3, 1), {"B": {"intensity": 3}, "C": {}})
        build.answer(session, ids, "B", date(2025, 3, 5), {"A": {"intensity": 1}})
        # D answered twice: only its latest answer counts
        build.answer(session, ids, "D", date(2025, 1, 5), ["A", "B"])
        build.answer(session, ids, "D", date(2025, 9, 5), ["C"])
        named = ties.nominations(session)
        either = ties.questionnaire_ties(named, "either")
        both = ties.questionnaire_ties(named, "both")
    assert set(either) == set(_named(ids, {"AB": 0, "AC": 0, "CD": 0}))
    assert set(both) == {P((ids["A"], ids["B"]))}
    assert either[P((ids["A"], ids["B"]))].intensity == 3  # the higher of the two sides


def test_agreements_tie_every_two_parties_in_force(database):
    with database.session() as session:
        ids = build.organizations(session, "ABCD")
        build.agreement(session, ids, "Protocollo", date(2025, 2, 1), "A", "B", "C")
        build.agreement(session, ids, "Convenzione", date(2020, 1, 1), "C", "D",
                        until=date(2022, 12, 31))  # fmt: skip
        found = ties.agreement_ties(session, since=date(2025, 1, 1), until=date(2025, 12, 31))
        pairs = ties.cooperation_pairs(session, since=date(2025, 1, 1), until=date(2025, 12, 31))
    assert found == _named(ids, {"AB": 1, "AC": 1, "BC": 1})
    assert pairs == _named(ids, {"AB": 1.0, "AC": 1.0, "BC": 1.0})


def test_cooperation_pairs_add_the_weights_of_every_kind(database):
    with database.session() as session:
        ids = _meetings(session)
        build.answer(session, ids, "A", date(2025, 3, 1), {"B": {"intensity": 4}, "E": {}})
        build.agreement(session, ids, "Protocollo", date(2025, 2, 1), "B", "C")
        pairs = ties.cooperation_pairs(session, since=date(2025, 1, 1), until=date(2025, 12, 31))
    assert pairs == _named(ids, {"AB": 2 + 4, "AC": 1, "BC": 1 + 1, "AE": 2})
