"""Project ideas and outcomes as record kinds (issue 18): their lists with search, filters and
sort, the recycle bin and its labels, the history, the import from a spreadsheet, the rules of
an idea's steps."""

from __future__ import annotations

from datetime import date

from socialneet_desktop.db import models
from socialneet_desktop.domain.municipalities import bundled_index
from socialneet_desktop.importers.mapping import guess_mapping
from socialneet_desktop.importers.pipeline import ImportPlan, analyse, import_rows
from socialneet_desktop.importers.readers import read_table
from socialneet_desktop.services import audit, record_rules, recycle_bin
from socialneet_desktop.services.idea_records import set_plan, set_team
from socialneet_desktop.services.list_queries import count_rows
from socialneet_desktop.services.list_rows import list_rows
from socialneet_desktop.services.list_specs import ListQuery
from socialneet_desktop.services.records import create_record, delete_record, update_record

TODAY = date(2026, 12, 1)


def _ideas(database) -> dict[str, int]:
    with database.session() as session:
        people = [
            create_record(
                session, models.NeetContact, {"last_name": n, "first_name": "A"}, user="t"
            )
            for n in ("Rossi", "Bianchi")
        ]
        found = {}
        for title, sector, status, steps in (
            ("Comunità energetica", "energy_community", "idea", {"idea_on": date(2026, 1, 5)}),
            (
                "Ufficio stampa",
                "press_office",
                "plan_in_progress",
                {"idea_on": date(2026, 2, 1), "plan_started_on": date(2026, 3, 1)},
            ),
        ):
            values = {"title": title, "sector": sector, "status": status, **steps}
            idea = create_record(session, models.ProjectIdea, values, user="t")
            found[title] = idea.id
        idea = session.get(models.ProjectIdea, found["Ufficio stampa"])
        set_team(session, idea, [p.id for p in people], user="t")
        set_plan(session, idea, "piano.pdf", b"%PDF-1.4 data", user="t")
    return found


def _listed(database, kind_key: str, query: ListQuery) -> list[tuple]:
    with database.read_session() as session:
        return [tuple(row) for row in list_rows(session, kind_key, query, TODAY)]


def test_the_ideas_list_searches_filters_and_shows_team_and_plan(database):
    ids = _ideas(database)
    rows = _listed(database, "project_ideas", ListQuery())
    # newest idea first; title, sector, status, idea on, team, funding, plan attached
    assert [(r[0], r[4], bool(r[6])) for r in rows] == [
        ("Ufficio stampa", 2, True),
        ("Comunità energetica", 0, False),
    ]
    assert [r[0] for r in _listed(database, "project_ideas", ListQuery(search="energ"))] == [
        "Comunità energetica"
    ]
    query = ListQuery(filters={"status": "plan_in_progress"})
    with database.read_session() as session:
        assert count_rows(session, "project_ideas", query) == 1
    assert _listed(database, "project_ideas", query)[0][-2] == ids["Ufficio stampa"]


def test_an_idea_in_the_recycle_bin_is_named_by_its_title_and_restored(database):
    ids = _ideas(database)
    with database.session() as session:
        idea = session.get(models.ProjectIdea, ids["Comunità energetica"])
        delete_record(session, models.ProjectIdea, idea.id, idea.version, user="t")
    with database.read_session() as session:
        entries = [e for e in recycle_bin.deleted_records(session) if e.kind_key == "project_ideas"]
    assert [e.label_args for e in entries] == [("Comunità energetica",)]
    with database.session() as session:
        recycle_bin.restore(session, "project_ideas", ids["Comunità energetica"], "t")
    assert len(_listed(database, "project_ideas", ListQuery())) == 2


def test_the_history_names_the_steps_team_and_plan_never_its_bytes(database):
    ids = _ideas(database)
    with database.session() as session:
        idea = session.get(models.ProjectIdea, ids["Ufficio stampa"])
        values = {"status": "plan_done", "plan_done_on": date(2026, 4, 2)}
        update_record(session, models.ProjectIdea, idea.id, idea.version, values, user="t")
        events = audit.history(session, models.ProjectIdea, idea.id)
    text = str(events)
    assert "plan_done" in text and "members" in text and "piano.pdf" in text
    assert "%PDF" not in text


def test_an_outcome_in_the_recycle_bin_is_named_by_its_date_and_person(database):
    with database.session() as session:
        person = create_record(
            session, models.NeetContact, {"last_name": "Rossi", "first_name": "Anna"}, user="t"
        )
        values = {
            "contact_id": person.id,
            "stage": "leaving",
            "outcome_date": date(2026, 6, 30),
            "status": "employed",
        }
        outcome = create_record(session, models.Outcome, values, user="t")
        delete_record(session, models.Outcome, outcome.id, outcome.version, user="t")
    with database.read_session() as session:
        [entry] = [e for e in recycle_bin.deleted_records(session) if e.kind_key == "outcomes"]
    assert entry.label_args == ("30/06/2026", "Rossi Anna")


def test_outcomes_imported_from_a_spreadsheet(database, tmp_path):
    with database.session() as session:
        values = {"last_name": "Rossi", "first_name": "Anna", "tax_code": "RSSNNA98A41L117K"}
        person = create_record(session, models.NeetContact, values, user="t")
    sheet = tmp_path / "esiti.csv"
    sheet.write_text(
        "Codice fiscale;Fase;Data;Esito;Fonte\n"
        "RSSNNA98A41L117K;leaving;30/06/2026;employed;\n"
        "RSSNNA98A41L117K;months_6;05/01/2027;education_training;phone\n",
        encoding="utf-8",
    )
    table = read_table(sheet)
    plan = ImportPlan("outcomes", guess_mapping("outcomes", table.headers), {})
    with database.read_session() as session:
        report = analyse(session, table, plan)
    assert (len(report.accepted), len(report.rejected)) == (2, 0)
    import_rows(database, table, plan, user="t")
    with database.read_session() as session:
        rows = session.query(models.Outcome).order_by(models.Outcome.outcome_date).all()
        found = [(o.contact_id, o.stage, o.status, o.learned_how) for o in rows]
    assert found == [
        (person.id, "leaving", "employed", ""),
        (person.id, "months_6", "education_training", "phone"),
    ]


def test_each_step_reached_needs_its_date_and_the_dates_their_order():
    def problems(**values):
        found = record_rules.validate(
            "project_ideas",
            {"title": "Idea"} | values,
            today=TODAY,
            municipalities=bundled_index(),
        )
        return [p.field for p in found]

    assert problems(status="idea", idea_on="01/02/2026") == []
    assert problems(status="presented", idea_on="01/02/2026") == [
        "plan_started_on",
        "plan_done_on",
        "presented_on",
    ]
    assert problems(
        status="plan_done",
        idea_on="01/02/2026",
        plan_started_on="01/01/2026",
        plan_done_on="01/03/2026",
    ) == ["plan_started_on"]
    assert problems(status="abandoned", idea_on="01/02/2026") == ["abandoned_on"]
    assert problems(status="idea", idea_on="01/02/2026", presented_on="01/05/2026") == ["status"]
    assert problems(status="idea", idea_on="01/02/2026", funding_sought=-5) == ["funding_sought"]
