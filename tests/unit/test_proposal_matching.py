"""A need's proposals on a real database (issue 23): the candidates that pass the hard rules
ranked by score, the delegates' marks changing the rank, confirming (need and resource
matched, who decided recorded and audited), the outcome, and what is refused."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from socialneet_desktop.db.models import (
    AuditEvent,
    ContactPerson,
    Organization,
    Staff,
    UnusedResource,
)
from socialneet_desktop.db.models_needs import MatchProposal, Need
from socialneet_desktop.services.matching import assign, marks, proposals, weights
from socialneet_desktop.services.matching.assign import MatchRefused

TERNI, NARNI, ORVIETO = "L117", "F844", "G148"


def resource(session, title, place, quantity, owner=None, **extra) -> int:
    values = {"category": "premises", "status": "verified", "unit": "m²", **extra}
    row = UnusedResource(
        title=title, municipality_code=place, quantity=quantity, owner_organization_id=owner,
        **values,
    )  # fmt: skip
    session.add(row)
    session.flush()
    return row.id


@pytest.fixture
def world(database):
    """A need for 40 m² in Terni, and four premises: in Terni (50 m²), in Narni (45 m²),
    in Orvieto (60 m²) and one too small; a food surplus; a staff member and a person of an
    organisation as delegates."""
    with database.session() as session:
        org = Organization(name="APS Terni Giovani", kind="aps", municipality_code=TERNI)
        owner = Organization(name="Parrocchia di San Valentino", kind="other")
        staff = Staff(first_name="Paola", last_name="Conti")
        session.add_all([org, owner, staff])
        session.flush()
        person = ContactPerson(organization_id=owner.id, first_name="Gino", last_name="Bassi")
        session.add(person)
        need = Need(
            title="Sala per il doposcuola", category="premises", organization_id=org.id,
            municipality_code=TERNI, quantity=40, unit="m²", urgency=3,
            needed_from=date(2026, 3, 1), needed_to=date(2026, 6, 30),
        )  # fmt: skip
        session.add(need)
        session.flush()
        ids = {
            "terni": resource(session, "Ex scuola di Terni", TERNI, 50, owner.id),
            "narni": resource(session, "Locale di Narni", NARNI, 45),
            "orvieto": resource(session, "Magazzino di Orvieto", ORVIETO, 60),
            "small": resource(session, "Stanzino", TERNI, 10),
            "food": resource(session, "Pane invenduto", TERNI, 100, category="food_surplus"),
        }
        return ids | {"need": need.id, "staff": staff.id, "person": person.id, "org": org.id}


def ranked(database, need_id) -> list[tuple[str, int]]:
    with database.read_session() as session:
        return [(c.resource_title, c.scored.score) for c in proposals.candidates(session, need_id)]


def test_the_candidates_are_those_passing_the_hard_rules_best_first(database, world):
    found = ranked(database, world["need"])
    assert [title for title, _score in found] == [
        "Ex scuola di Terni",
        "Locale di Narni",
        "Magazzino di Orvieto",
    ]
    assert found[0][1] > found[1][1] > found[2][1]
    with database.read_session() as session:
        best = proposals.candidates(session, world["need"])[0]
    assert "same municipality" in best.reasons_text() and "capacity 80%" in best.reasons_text()


def propose(database, world, key) -> int:
    with database.session() as session:
        return assign.propose(session, world["need"], world[key], "operator", "anna").id


def test_the_delegates_marks_change_the_rank(database, world):
    narni = propose(database, world, "narni")
    terni = propose(database, world, "terni")
    with database.session() as session:
        for proposal, mark, note in ((narni, 9, "Già pronto, chiavi disponibili"), (terni, 4, "")):
            for who in ({"staff_id": world["staff"]}, {"person_id": world["person"]}):
                assert (
                    marks.set_mark(session, proposal, mark=mark, note=note, user="anna", **who)
                    == []
                )
    with database.read_session() as session:
        found = proposals.candidates(session, world["need"])
    titles = [c.resource_title for c in found]
    assert titles[0] == "Locale di Narni"
    assert titles.index("Ex scuola di Terni") > titles.index("Magazzino di Orvieto")
    assert (found[0].marks.mean, found[0].marks.count, found[0].marks.spread) == (9, 2, 0)
    terni = found[titles.index("Ex scuola di Terni")]
    assert found[0].scored.score < terni.scored.score  # by the score alone Terni came first
    assert (terni.rank_value, terni.marks.count) == (40, 2)


def test_a_delegates_second_mark_replaces_the_first(database, world):
    proposal = propose(database, world, "terni")
    with database.session() as session:
        marks.set_mark(session, proposal, staff_id=world["staff"], mark=5, user="anna")
        marks.set_mark(session, proposal, staff_id=world["staff"], mark=7, user="anna")
        marks.set_mark(session, proposal, person_id=world["person"], mark=3, user="anna")
        stats = marks.stats_of(session, [proposal])[proposal]
    assert (stats.mean, stats.count, stats.spread) == (5, 2, 2)


@pytest.mark.parametrize(
    ("mark", "note", "field"),
    [(1, "", "note"), (2, " ", "note"), (9, "", "note"), (10, "", "note"), (0, "x", "mark"),
     (11, "x", "mark"), ("7", "", "mark")],
)  # fmt: skip
def test_a_mark_out_of_range_or_without_its_note_is_refused_naming_the_field(
    database, world, mark, note, field
):
    proposal = propose(database, world, "terni")
    with database.session() as session:
        found = marks.set_mark(
            session, proposal, staff_id=world["staff"], mark=mark, note=note, user="anna"
        )
        assert [problem.field for problem in found] == [field]
        assert marks.stats_of(session, [proposal])[proposal].count == 0


def test_a_mark_needs_exactly_one_delegate(database, world):
    proposal = propose(database, world, "terni")
    with database.session() as session:
        both = {"staff_id": world["staff"], "person_id": world["person"]}
        assert [p.field for p in marks.set_mark(session, proposal, mark=5, user="a", **both)] == [
            "delegate"
        ]
        assert [p.field for p in marks.set_mark(session, proposal, mark=5, user="a")] == [
            "delegate"
        ]


def statuses(database, world, key) -> tuple[str, str, str]:
    with database.read_session() as session:
        need = session.get(Need, world["need"])
        res = session.get(UnusedResource, world[key])
        proposal = session.scalars(
            select(MatchProposal).where(
                MatchProposal.need_id == need.id, MatchProposal.resource_id == res.id
            )
        ).one()
        return need.status, res.status, proposal.status


def test_proposing_moves_an_open_need_to_proposed(database, world):
    propose(database, world, "terni")
    assert statuses(database, world, "terni") == ("proposed", "verified", "proposed")


def test_confirming_links_need_and_resource_moves_both_and_records_who_decided(database, world):
    proposal = propose(database, world, "terni")
    with database.session() as session:
        assign.confirm(session, proposal, world["staff"], "anna")
    assert statuses(database, world, "terni") == ("matched", "matched", "confirmed")
    with database.read_session() as session:
        row = session.get(MatchProposal, proposal)
        assert (row.decided_by_id, row.decided_by_name) == (world["staff"], "anna")
        assert row.decided_at is not None
        events = session.scalars(
            select(AuditEvent).where(
                AuditEvent.table_name == "match_proposals", AuditEvent.record_id == proposal
            )
        ).all()
    changes = json.loads(events[-1].changes)
    assert events[-1].user_name == "anna" and changes["status"][1] == "confirmed"
    assert changes["decided_by_name"][1] == "anna"


def test_a_confirmed_resource_is_not_proposed_to_another_need_and_cannot_be_confirmed_twice(
    database, world
):
    first = propose(database, world, "terni")
    with database.session() as session:
        other = Need(
            title="Sede per lo sportello", category="premises", organization_id=world["org"]
        )
        session.add(other)
        session.flush()
        other_id = other.id
        second = assign.propose(session, other_id, world["terni"], "operator", "anna").id
        assign.confirm(session, first, None, "anna")
    with database.read_session() as session:
        shown = {c.resource_title: c for c in proposals.candidates(session, other_id)}
    assert not shown["Ex scuola di Terni"].passes  # its proposal shown, flagged
    assert all(c.passes for title, c in shown.items() if title != "Ex scuola di Terni")
    with database.session() as session, pytest.raises(MatchRefused) as refusal:
        assign.confirm(session, second, None, "anna")
    assert refusal.value.message == "The resource cannot be matched: %1."


def test_the_outcome_closes_the_match(database, world):
    proposal = propose(database, world, "terni")
    with database.session() as session:
        assign.confirm(session, proposal, None, "anna")
        assign.record_outcome(session, proposal, True, date(2026, 9, 1), "anna")
    assert statuses(database, world, "terni") == ("satisfied", "reused", "confirmed")


def test_a_match_not_satisfied_frees_the_resource_for_another_need(database, world):
    proposal = propose(database, world, "terni")
    with database.session() as session:
        assign.confirm(session, proposal, None, "anna")
        assign.record_outcome(session, proposal, False, None, "anna")
        other = Need(title="Altra sala", category="premises", group_description="Giovani")
        session.add(other)
        session.flush()
        other_id = other.id
    assert statuses(database, world, "terni") == ("not_satisfied", "verified", "confirmed")
    assert "Ex scuola di Terni" in [title for title, _s in ranked(database, other_id)]


def test_nothing_is_confirmed_on_a_need_no_longer_open(database, world):
    proposal = propose(database, world, "terni")
    with database.session() as session:
        need = session.get(Need, world["need"])
        need.status = "withdrawn"
    with database.session() as session, pytest.raises(MatchRefused):
        assign.confirm(session, proposal, None, "anna")
    assert statuses(database, world, "terni") == ("withdrawn", "verified", "proposed")


def test_the_weights_are_kept_in_the_settings_and_change_the_score(database, world):
    before = ranked(database, world["need"])
    with database.session() as session:
        assert weights.save(session, {"distance": 0, "capacity": 60}, "anna") == []
        assert weights.load(session)["capacity"] == 60
        assert weights.save(session, {"distance": -1}, "anna")[0].field == "distance"
        assert weights.load(session)["distance"] == 0  # the refused save wrote nothing
    after = ranked(database, world["need"])
    assert after != before


def test_a_need_never_names_a_young_person():
    """Who needs it is an organisation or a described group: no link to the contacts."""
    table = Need.__table__
    assert {key.column.table.name for key in table.foreign_keys} == {"organizations", "staff"}
    assert not [column for column in table.columns if "contact" in column.name]


def test_a_cooperation_tie_from_a_shared_meeting_counts_in_the_score(database, world):
    """services.network.ties (issue 22): the need's organisation and the resource's owner
    met at the same meeting, so they already cooperate."""
    from socialneet_desktop.db.models import StakeholderMeeting

    def terni_reasons() -> str:
        with database.read_session() as session:
            found = proposals.candidates(session, world["need"])
        return next(c for c in found if c.resource_title == "Ex scuola di Terni").reasons_text()

    assert "no cooperation tie" in terni_reasons()
    with database.session() as session:
        owner = session.get(UnusedResource, world["terni"]).owner_organization_id
        meeting = StakeholderMeeting(meeting_date=date(2026, 2, 3), meeting_type="bilateral")
        meeting.organizations = [
            session.get(Organization, world["org"]),
            session.get(Organization, owner),
        ]
        session.add(meeting)
    assert "the organisations already cooperate" in terni_reasons()


def test_rejecting_the_last_standing_proposal_opens_the_need_again(database, world):
    terni, narni = propose(database, world, "terni"), propose(database, world, "narni")
    with database.session() as session:
        assign.reject(session, terni, "anna")
    assert statuses(database, world, "terni") == ("proposed", "verified", "rejected")
    with database.session() as session:
        assign.reject(session, narni, "anna")
    assert statuses(database, world, "narni") == ("open", "verified", "rejected")
    with database.session() as session:  # proposed again, it stands again
        assign.propose(session, world["need"], world["terni"], "operator", "anna")
    assert statuses(database, world, "terni") == ("proposed", "verified", "proposed")
