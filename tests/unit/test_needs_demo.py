"""Issue 23 "done when", on the demo database: a need finds its proposals with their
reasons, the delegates' marks change the rank, an assignment is confirmed and counted in the
funder workbook and the progress report."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from socialneet_desktop.db.models_needs import DelegateMark, MatchProposal, Need
from socialneet_desktop.exports.funder_report import write_funder_report
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.services.matching import assign, proposals
from socialneet_desktop.services.progress_block_types import Grid
from socialneet_desktop.services.progress_blocks import Blocks
from socialneet_desktop.services.progress_matching import matching_figures
from socialneet_desktop.services.progress_sections import progress_report

TODAY = date.today()
PERIOD = (TODAY - timedelta(days=800), TODAY + timedelta(days=1))


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from socialneet_desktop.db.database import open_database

    database = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    fill_demo(database, contacts=400, today=TODAY)
    yield database
    database.close()


def test_the_demo_has_needs_proposals_and_marks_with_notes_where_required(demo):
    with demo.read_session() as session:
        needs = session.scalars(select(Need)).all()
        marks = session.scalars(select(DelegateMark)).all()
        assert needs and session.scalar(select(MatchProposal.id)) is not None
    assert all(need.organization_id or need.group_description for need in needs)
    assert marks and all(m.note for m in marks if m.mark in (1, 2, 9, 10))
    assert all((m.staff_id is None) != (m.contact_person_id is None) for m in marks)


def test_a_demo_need_finds_its_proposals_and_the_marks_change_the_rank(demo):
    with demo.read_session() as session:
        reordered = None
        for need in proposals.open_needs(session) + session.scalars(select(Need)).all():
            found = proposals.candidates(session, need.id)
            marked = [c for c in found if c.marks.count]
            if len(marked) >= 2 and marked[0].scored.score < marked[1].scored.score:
                reordered = found
                break
    assert reordered is not None, "the demo has a need whose marks reverse the scores' order"
    assert all(c.reasons_text() for c in reordered)
    assert any("category" in c.reasons_text() for c in reordered)


def test_a_demo_assignment_confirmed_is_counted_in_the_reports(demo, tmp_path):
    start, end = PERIOD
    with demo.read_session() as session:
        before = matching_figures(session, start, end).made
        need, candidate = next(
            (need, found[0])
            for need in proposals.open_needs(session)
            if (found := [c for c in proposals.candidates(session, need.id) if c.passes])
        )
    with demo.session() as session:
        proposal = assign.propose(session, need.id, candidate.resource_id, "operator", "anna")
        assign.confirm(session, proposal.id, None, "anna")
    with demo.read_session() as session:
        assert matching_figures(session, start, end).made == before + 1
        report = progress_report(session, start, end)
    blocks = Blocks(report, "en").build()
    grids = [b for b in blocks if isinstance(b, Grid) and b.headers == ("Figure", "Number")]
    assert grids[0].rows[0] == ("Matches made (proposals confirmed)", str(before + 1))
    path = tmp_path / "funder.xlsx"
    write_funder_report(demo, start, end, path)
    rows = list(load_workbook(path)["Needs and resources"].iter_rows(values_only=True))
    assert ["Matches made (proposals confirmed)", before + 1] in [list(r[:2]) for r in rows]
