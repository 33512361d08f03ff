"""Demo data of the project ideas, outcomes and markers (services/demo_ideas): the five ideas
of the issue with their teams, outcomes that keep their own rules, markers only with consent."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from sqlalchemy import select

from socialneet_desktop.db import models
from socialneet_desktop.db.database import open_database
from socialneet_desktop.domain.municipalities import bundled_index
from socialneet_desktop.services import record_rules
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.services.kinds import project_ideas

TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    database = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    fill_demo(database, contacts=800, seed=3, today=TODAY)
    yield database
    database.close()


def test_the_five_ideas_of_the_issue_with_teams_of_two_to_four(filled):
    with filled.read_session() as session:
        ideas = list(session.scalars(select(models.ProjectIdea).order_by(models.ProjectIdea.id)))
        teams = [len(idea.members) for idea in ideas]
        sectors = [idea.sector for idea in ideas[:5]]
        for idea in ideas:
            values = {c.key: getattr(idea, c.key) for c in models.ProjectIdea.__table__.columns}
            problems = record_rules.validate(
                "project_ideas", values, today=TODAY, municipalities=bundled_index()
            )
            assert problems == [], (idea.title, problems)
            assert bool(idea.business_plan) == bool(idea.business_plan_name)
    assert sectors == [
        "agri_food_surplus",
        "press_office",
        "cultural_heritage",
        "home_care",
        "energy_community",
    ]
    assert len(ideas) == 5 + 2  # two more for 800 contacts
    assert all(2 <= size <= 4 for size in teams)
    assert project_ideas.reached("presented")[-1] == "presented_on"


def test_outcomes_on_leaving_for_about_forty_percent_and_follow_ups_after_them(filled):
    with filled.read_session() as session:
        rows = session.execute(
            select(models.Outcome.contact_id, models.Outcome.stage, models.Outcome.outcome_date)
        ).all()
    stages = Counter((contact, stage) for contact, stage, _day in rows)
    assert max(stages.values()) == 1  # one outcome per stage per person
    leaving = {contact: day for contact, stage, day in rows if stage == "leaving"}
    assert 0.33 <= len(leaving) / 800 <= 0.47
    follow_ups = [(contact, day) for contact, stage, day in rows if stage != "leaving"]
    assert follow_ups and all(day > leaving[contact] for contact, day in follow_ups)
    assert all(day <= TODAY for _contact, _stage, day in rows)
    with filled.read_session() as session:
        visits = session.execute(
            select(models.MeetingPointVisit.contact_id, models.MeetingPointVisit.visit_date)
        ).all()
    assert all(day < leaving[contact] for contact, day in visits if contact in leaving)


def test_markers_on_a_share_and_special_categories_only_with_consent(filled):
    with filled.read_session() as session:
        contacts = list(session.scalars(select(models.NeetContact)))
    special = [c for c in contacts if c.disability or c.mental_health]
    assert special and all(c.special_category_consent for c in special)
    assert all(c.special_category_consent_on for c in contacts if c.special_category_consent)
    for marker in ("caring_responsibilities", "minority", "asylum_or_refugee"):
        share = sum(getattr(c, marker) for c in contacts) / len(contacts)
        assert 0.005 < share < 0.15, marker
