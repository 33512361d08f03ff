"""Targets against achieved on the small hand-made database (tests/unit/funder_small_db.py):
each achieved count known by hand and by an independent SQL; the workbook's sheet with its
chart (read from the chart part of the .xlsx), and small counts of young people hidden in the
pseudonymous workbook, their percentage too, and none giving a hidden Summary count away."""

from __future__ import annotations

import re
import sqlite3
import zipfile

import openpyxl
import pytest

from socialneet_desktop.exports.funder_report import write_funder_report
from socialneet_desktop.services.targets import targets_against_achieved
from tests.unit.funder_small_db import END, START, fill_small

BY_HAND = {
    ("2.3.8", "public_bodies_met"): 1,  # o1 (o4's meeting is of no activity, o5's in the bin)
    ("2.3.8", "third_sector_met"): 2,  # o2 APS, o3 ODV
    ("2.3.8", "meetings_held"): 2,
    ("2.3.8", "young_people_reached"): 2,  # Ada, Bruno (Fede in the bin, Gaia's visit too)
    ("2.4.6", "enrolled_training"): 2,  # Ada, Bruno (Cleo enrolled in 2024)
    ("2.4.6", "completed_training"): 2,  # Ada, Cleo (completed in 2025)
    ("2.4.6", "employed_on_leaving"): 2,  # Ada employed, Dora self-employed (Ezio: 2024)
    ("2.4.6", "resources_mapped"): 2,
}
MET = (
    "SELECT COUNT(DISTINCT o.id) FROM stakeholder_meetings m "
    "JOIN meeting_organizations mo ON mo.meeting_id = m.id "
    "JOIN organizations o ON o.id = mo.organization_id AND o.deleted_at IS NULL "
    "JOIN project_activities a ON a.id = m.activity_id AND a.code = '2.3.8' "
    "WHERE m.deleted_at IS NULL AND m.meeting_date BETWEEN :s AND :e"
)
COMPLETED = (
    "SELECT COUNT(DISTINCT e.contact_id) FROM enrolments e "
    "JOIN neet_contacts c ON c.id = e.contact_id AND c.deleted_at IS NULL "
    "JOIN training_courses t ON t.id = e.course_id "
    "JOIN project_activities a ON a.id = t.activity_id AND a.code = '2.4.6' "
    "WHERE e.deleted_at IS NULL AND e.status = 'completed' AND e.status_date BETWEEN :s AND :e"
)
SQL = {
    ("2.3.8", "public_bodies_met"): MET + " AND o.kind = 'public_body'",
    ("2.3.8", "third_sector_met"): MET + " AND o.kind IN ('aps','odv','social_cooperative',"
    "'foundation')",
    ("2.3.8", "meetings_held"): (
        "SELECT COUNT(*) FROM stakeholder_meetings m JOIN project_activities a "
        "ON a.id = m.activity_id AND a.code = '2.3.8' "
        "WHERE m.deleted_at IS NULL AND m.meeting_date BETWEEN :s AND :e"
    ),
    ("2.3.8", "young_people_reached"): (
        "SELECT COUNT(DISTINCT v.contact_id) FROM meeting_point_visits v "
        "JOIN neet_contacts c ON c.id = v.contact_id AND c.deleted_at IS NULL "
        "JOIN project_activities a ON a.id = v.activity_id AND a.code = '2.3.8' "
        "WHERE v.deleted_at IS NULL AND v.visit_date BETWEEN :s AND :e"
    ),
    ("2.4.6", "enrolled_training"): COMPLETED.replace(
        "e.status = 'completed' AND e.status_date", "e.enrolled_on"
    ),
    ("2.4.6", "completed_training"): COMPLETED,
    ("2.4.6", "employed_on_leaving"): (
        "SELECT COUNT(*) FROM (SELECT o.contact_id, o.status FROM outcomes o "
        "JOIN neet_contacts c ON c.id = o.contact_id AND c.deleted_at IS NULL "
        "WHERE o.deleted_at IS NULL AND o.stage = 'leaving' AND o.outcome_date BETWEEN :s AND :e "
        "AND o.outcome_date = (SELECT MAX(p.outcome_date) FROM outcomes p WHERE p.contact_id = "
        "o.contact_id AND p.stage = 'leaving' AND p.deleted_at IS NULL AND p.outcome_date "
        "BETWEEN :s AND :e)) WHERE status IN ('employed', 'self_employed')"
    ),
    ("2.4.6", "resources_mapped"): (
        "SELECT COUNT(*) FROM unused_resources WHERE deleted_at IS NULL "
        "AND surveyed_on BETWEEN :s AND :e"
    ),
}


@pytest.fixture
def small(database):
    fill_small(database)
    return database


def test_achieved_by_hand_and_by_independent_sql(small):
    with small.read_session() as session:
        rows = targets_against_achieved(session, START, END)
    found = {(r.activity_code, r.indicator): r.achieved for r in rows}
    assert found == BY_HAND
    with sqlite3.connect(small.path) as raw:
        for key, statement in SQL.items():
            (count,) = raw.execute(statement, {"s": str(START), "e": str(END)}).fetchone()
            assert count == BY_HAND[key], key
    assert [r.activity_code for r in rows][:1] == ["2.3.8"]


def test_a_target_counts_only_within_its_own_period(small):
    with sqlite3.connect(small.path) as raw:
        raw.execute(
            "UPDATE activity_targets SET period_start = '2025-03-15', period_end = '2030-01-01' "
            "WHERE indicator = 'meetings_held'"
        )
    with small.read_session() as session:
        rows = targets_against_achieved(session, START, END)
    (held,) = [r for r in rows if r.indicator == "meetings_held"]
    assert held.achieved == 1 and (held.start.isoformat(), held.end) == ("2025-03-15", END)


def _sheet_rows(path):
    sheet = openpyxl.load_workbook(path)["Targets against achieved"]
    return {row[0].value: row for row in sheet.iter_rows(min_row=6) if row[0].value}


def test_the_sheet_its_chart_and_the_hidden_small_counts(small, tmp_path):
    shown, hidden = tmp_path / "identifiable.xlsx", tmp_path / "pseudonymous.xlsx"
    write_funder_report(small, START, END, shown, identifiable=True, user="t")
    write_funder_report(small, START, END, hidden, user="t")
    rows = _sheet_rows(shown)
    public = rows["2.3.8 – Distinct public bodies met"]
    assert [c.value for c in public[1:4]] == [10, 1, 0.1]
    assert public[5].value == "the activity's records"
    employed = rows["2.4.6 – In employment on leaving"]
    assert (employed[2].value, employed[5].value) == (2, "the whole project")
    secret = _sheet_rows(hidden)
    for label, row in secret.items():  # every count here is 1 or 2: under the threshold 3
        small = 0 < rows[label][2].value < 3
        assert (row[2].value is None) == small, label
        assert (row[3].value is None) == small
        if small:
            assert row[2].comment is not None
    with zipfile.ZipFile(shown) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
        texts = [archive.read(n).decode() for n in charts]
    targets = [t for t in texts if "Targets against achieved" in t]
    assert len(targets) == 1 and re.search(r'<barDir val="bar"\s*/>', targets[0])
    assert "'Targets against achieved'!$B$6:$B$13" in targets[0]  # the 8 targets
    assert "'Targets against achieved'!$C$6:$C$13" in targets[0]  # and achieved


def test_a_target_never_gives_a_hidden_summary_count_away(small, tmp_path):
    """In employment on leaving (the whole period) is the Summary's employed plus
    self-employed: with one of them hidden, the target's count is hidden too."""
    from tests.unit import funder_sheet_reader as reader

    with sqlite3.connect(small.path) as raw:  # 4 more employed: the target's count is 6
        raw.execute("UPDATE app_settings SET small_count_threshold = 3")
        ids = [r[0] for r in raw.execute("SELECT id FROM neet_contacts WHERE first_name IN "
                                         "('Bruno', 'Cleo', 'Gaia', 'Ezio')")]  # fmt: skip
        raw.execute("UPDATE outcomes SET status = 'employed', outcome_date = '2025-12-20' "
                    f"WHERE contact_id IN ({','.join(map(str, ids))})")  # fmt: skip
    out = tmp_path / "pseudonymous.xlsx"
    write_funder_report(small, START, END, out, user="t")
    workbook = openpyxl.load_workbook(out)
    outcomes = reader.values(workbook)["Outcomes on leaving"]
    employed = _sheet_rows(out)["2.4.6 – In employment on leaving"][2].value
    shown = [outcomes["Employed"][0], outcomes["Self-employed or started a business"][0]]
    assert shown.count(None) >= 1  # self-employed: 1, under the threshold
    if shown.count(None) == 1:  # the target minus the shown count would give the hidden one
        assert employed is None
