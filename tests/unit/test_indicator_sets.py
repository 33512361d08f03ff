"""The indicator sets (services.indicator_sets) on the small hand-made database
(tests/unit/funder_small_db.py): every count of every indicator of both sets known by hand
and by an independent SQL written here; the workbook's sheet, dictionary and manifest; the
special-category data counted only with consent and never per person."""

from __future__ import annotations

import sqlite3

import openpyxl
import pytest

from socialneet_desktop.exports.funder_report import write_funder_report
from socialneet_desktop.services.association_settings import save_settings
from socialneet_desktop.services.indicator_counts import count_set
from socialneet_desktop.services.indicator_sets import SETS
from tests.unit.funder_small_db import END, START, fill_small

# By hand (see funder_small_db's docstring): reached Ada, Bruno, Cleo, Dora, Gaia; enrolled
# in 2025 Ada, Bruno; left employed Ada (private), self-employed Dora, job search Cleo,
# education or training Bruno; qualification Ada.
EEA = {
    "reached": (5, {"gender": {"female": 3, "male": 1, "non_binary": 1},
                    "age_eea": {"15_24": 3, "25_29": 1, "other": 1},
                    "vulnerable": {"long_term_unemployed": 1, "low_skilled": 1,
                                   "third_country": 1, "disabled": 1}}),
    "enrolled": (2, {"gender": {"female": 1, "male": 1}, "age_eea": {"15_24": 2},
                     "vulnerable": {"long_term_unemployed": 1, "low_skilled": 1,
                                    "third_country": 1}}),
    "job_search": (1, {"gender": {"non_binary": 1}, "age_eea": {"25_29": 1}, "vulnerable": {}}),
    "employed": (2, {"employer": {"private": 1, "not_recorded": 1}, "gender": {"female": 2},
                     "age_eea": {"15_24": 1, "other": 1},
                     "vulnerable": {"long_term_unemployed": 1, "low_skilled": 1,
                                    "third_country": 1, "disabled": 1}}),
    "business": (1, {"gender": {"female": 1}, "age_eea": {"other": 1},
                     "vulnerable": {"disabled": 1}}),
}  # fmt: skip
ESF = {
    "participants": (5, {"gender": {"female": 3, "male": 1, "non_binary": 1},
                         "labour_status": {"unemployed": 2, "inactive": 2, "employed": 1},
                         "of_which": {"long_term_unemployed": 1},
                         "age_esf": {"below_18": 1, "18_29": 3, "55_plus": 1},
                         "isced": {"isced_0_2": 1, "isced_3_4": 2, "isced_5_8": 1,
                                   "not_recorded": 1},
                         "other": {"disabled": 1, "third_country": 1}}),
    "job_searching": (1, {"gender": {"non_binary": 1}}),
    "education_training": (1, {"gender": {"male": 1}}),
    "qualification": (1, {"gender": {"female": 1}}),
    "employed": (2, {"gender": {"female": 2}}),
}  # fmt: skip
BY_HAND = {"eea_youth": EEA, "esf_plus": ESF}

# The independent SQL: the people of each population, their age by strftime arithmetic.
REACHED = (
    "SELECT v.contact_id AS id, MIN(v.visit_date) AS day FROM meeting_point_visits v "
    "JOIN neet_contacts c ON c.id = v.contact_id AND c.deleted_at IS NULL "
    "WHERE v.deleted_at IS NULL AND v.visit_date BETWEEN :s AND :e GROUP BY v.contact_id"
)
LEFT = (
    "SELECT o.contact_id AS id, o.outcome_date AS day, o.status, o.employer_kind FROM outcomes o "
    "JOIN neet_contacts c ON c.id = o.contact_id AND c.deleted_at IS NULL "
    "WHERE o.deleted_at IS NULL AND o.stage = 'leaving' AND o.outcome_date BETWEEN :s AND :e "
    "AND o.outcome_date = (SELECT MAX(p.outcome_date) FROM outcomes p WHERE p.deleted_at IS NULL "
    "AND p.contact_id = o.contact_id AND p.stage = 'leaving' AND p.outcome_date BETWEEN :s AND :e)"
)
ENROLLED = (
    "SELECT e.contact_id AS id, MIN(e.enrolled_on) AS day FROM enrolments e "
    "JOIN neet_contacts c ON c.id = e.contact_id AND c.deleted_at IS NULL "
    "WHERE e.deleted_at IS NULL AND e.enrolled_on BETWEEN :s AND :e GROUP BY e.contact_id"
)
QUALIFIED = (
    "SELECT e.contact_id AS id, MIN(e.status_date) AS day FROM enrolments e "
    "JOIN neet_contacts c ON c.id = e.contact_id AND c.deleted_at IS NULL "
    "WHERE e.deleted_at IS NULL AND e.status = 'completed' AND e.certificate_obtained = 1 "
    "AND e.status_date BETWEEN :s AND :e GROUP BY e.contact_id"
)
AGE = (
    "(CAST(substr(p.day,1,4) AS INT) - CAST(substr(c.birth_date,1,4) AS INT)"
    " - (substr(p.day,6) < substr(c.birth_date,6)))"
)
WHERE = {
    ("gender", "female"): "c.gender = 'female'",
    ("gender", "male"): "c.gender = 'male'",
    ("gender", "non_binary"): "c.gender = 'non_binary'",
    ("age_eea", "15_24"): f"{AGE} BETWEEN 15 AND 24",
    ("age_eea", "25_29"): f"{AGE} BETWEEN 25 AND 29",
    ("age_eea", "other"): f"({AGE} < 15 OR {AGE} > 29)",
    ("age_esf", "below_18"): f"{AGE} < 18",
    ("age_esf", "18_29"): f"{AGE} BETWEEN 18 AND 29",
    ("age_esf", "55_plus"): f"{AGE} >= 55",
    ("labour_status", "unemployed"): "c.labour_status = 'unemployed_seeking'",
    ("labour_status", "inactive"): "c.labour_status IN ('unemployed_not_seeking', "
    "'discouraged', 'caring_for_family', 'student_dropout')",
    ("labour_status", "employed"): "c.labour_status = 'occasional_work'",
    ("of_which", "long_term_unemployed"): "c.labour_status = 'unemployed_seeking' "
    "AND c.labour_status_months >= 12",
    ("isced", "isced_0_2"): "c.education_level IN ('isced_0', 'isced_1', 'isced_2')",
    ("isced", "isced_3_4"): "c.education_level IN ('isced_3', 'isced_3_vocational', 'isced_4')",
    ("isced", "isced_5_8"): "c.education_level IN ('isced_5','isced_6','isced_7','isced_8')",
    ("isced", "not_recorded"): "c.education_level = ''",
    ("other", "disabled"): "c.disability = 1 AND c.special_category_consent = 1",
    ("other", "third_country"): "c.citizenship = 'non_eu'",
    ("employer", "private"): "p.employer_kind = 'private'",
    ("employer", "not_recorded"): "p.employer_kind = ''",
}
WHERE[("vulnerable", "long_term_unemployed")] = WHERE[("of_which", "long_term_unemployed")]
WHERE[("vulnerable", "low_skilled")] = WHERE[("isced", "isced_0_2")]
WHERE[("vulnerable", "third_country")] = WHERE[("other", "third_country")]
WHERE[("vulnerable", "disabled")] = WHERE[("other", "disabled")]
POPULATION = {
    ("eea_youth", "reached"): (REACHED, "1"),
    ("eea_youth", "enrolled"): (ENROLLED, "1"),
    ("eea_youth", "job_search"): (LEFT, "p.status = 'job_search'"),
    ("eea_youth", "employed"): (LEFT, "p.status IN ('employed', 'self_employed')"),
    ("eea_youth", "business"): (LEFT, "p.status = 'self_employed'"),
    ("esf_plus", "participants"): (REACHED, "1"),
    ("esf_plus", "job_searching"): (LEFT, "p.status = 'job_search'"),
    ("esf_plus", "education_training"): (LEFT, "p.status = 'education_training'"),
    ("esf_plus", "qualification"): (QUALIFIED, "1"),
    ("esf_plus", "employed"): (LEFT, "p.status IN ('employed', 'self_employed')"),
}


@pytest.fixture
def small(database):
    fill_small(database)
    return database


def _found(counts) -> dict:
    result = {}
    for indicator in counts.indicator_set.indicators:
        groups = {}
        for breakdown in indicator.breakdowns:
            groups[breakdown.code] = {
                g.code: n
                for g in breakdown.groups
                if (n := counts.groups[(indicator.code, breakdown.code, g.code)])
            }
        result[indicator.code] = (counts.totals[indicator.code], groups)
    return result


@pytest.mark.parametrize("code", sorted(SETS))
def test_every_indicator_by_hand(small, code):
    with small.read_session() as session:
        counts = count_set(session, SETS[code], START, END)
    assert _found(counts) == BY_HAND[code]


@pytest.mark.parametrize("code", sorted(SETS))
def test_every_indicator_by_an_independent_sql(small, code):
    with small.read_session() as session:
        counts = count_set(session, SETS[code], START, END)
    with sqlite3.connect(small.path) as raw:

        def sql(population, where):
            statement = (
                f"SELECT COUNT(*) FROM ({population}) p JOIN neet_contacts c ON c.id = p.id "
                f"WHERE {where}"
            )
            return raw.execute(statement, {"s": str(START), "e": str(END)}).fetchone()[0]

        checked = 0
        for indicator in SETS[code].indicators:
            population, chosen = POPULATION[(code, indicator.code)]
            assert sql(population, chosen) == counts.totals[indicator.code], indicator.code
            for breakdown in indicator.breakdowns:
                for group in breakdown.groups:
                    where = WHERE.get((breakdown.code, group.code))
                    if where is None:
                        continue
                    found = counts.groups[(indicator.code, breakdown.code, group.code)]
                    assert sql(population, f"{chosen} AND {where}") == found, group.code
                    checked += 1
    assert checked >= 20


def test_the_workbook_sheet_dictionary_and_manifest(small, tmp_path):
    out = tmp_path / "esf.xlsx"
    write_funder_report(small, START, END, out, identifiable=True, indicator_set="esf_plus")
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames[:2] == ["Summary", "Indicator set"]
    rows = [r for r in workbook["Indicator set"].iter_rows(values_only=True) if r[0]]
    assert rows[0][0] == "ESF+ common indicators"
    shown = {str(r[0]).strip(): r[1] for r in rows}
    assert shown["Participants"] == 5 and shown["Long-term unemployed (12 months or more)"] == 1
    assert shown["Gaining a qualification upon leaving"] == 1
    dictionary = [r for r in workbook["Data dictionary"].iter_rows(values_only=True)]
    names = {r[1] for r in dictionary if r[0] == "Indicator set"}
    for indicator in SETS["esf_plus"].indicators:
        assert indicator.title in names
    text = " ".join(str(r[3]) for r in dictionary if r[3])
    assert "ISCED 0–2: No formal qualification (ISCED 0)" in text
    assert "Regulation (EU) 2021/1057" in text and "whose outcome on leaving" in text
    manifest = dict(workbook["Manifest"].iter_rows(min_row=2, values_only=True))
    assert manifest["Indicator set"] == "ESF+ common indicators"


def test_no_set_unless_chosen_and_the_association_details_choose_one(small, tmp_path):
    out = tmp_path / "plain.xlsx"
    write_funder_report(small, START, END, out, identifiable=True)
    assert "Indicator set" not in openpyxl.load_workbook(out).sheetnames
    with small.session() as session:  # as the association details' window saves it
        save_settings(session, {"indicator_set": "eea_youth"}, logo=None, version=None, user="t")
    write_funder_report(small, START, END, out, identifiable=True)
    rows = list(openpyxl.load_workbook(out)["Indicator set"].iter_rows(values_only=True))
    assert rows[0][0] == "EEA and Norway Grants Fund for Youth Employment"


def test_disability_is_counted_with_consent_only_and_never_per_person(small, tmp_path):
    with sqlite3.connect(small.path) as raw:  # Gaia, disabled without consent, consents now
        raw.execute(
            "UPDATE neet_contacts SET special_category_consent = 1 WHERE first_name = 'Gaia'"
        )
    with small.read_session() as session:
        counts = count_set(session, SETS["esf_plus"], START, END)
    assert counts.groups[("participants", "other", "disabled")] == 2
    out = tmp_path / "ident.xlsx"
    write_funder_report(small, START, END, out, identifiable=True, indicator_set="esf_plus")
    workbook = openpyxl.load_workbook(out)
    for sheet in workbook:
        if sheet.title in ("Indicator set", "Data dictionary"):
            continue
        texts = [str(v).lower() for row in sheet.iter_rows(values_only=True) for v in row if v]
        assert not [t for t in texts if "disab" in t], sheet.title


def test_the_command_chooses_the_set(small, tmp_path):
    from socialneet_desktop.cli import run_command

    out = tmp_path / "eea.xlsx"
    argv = ["export", "funder-report", "--from", "01/01/2025", "--to", "31/12/2025"]
    assert run_command([*argv, "--indicator-set", "eea_youth", "--out", str(out)], small) == 0
    rows = list(openpyxl.load_workbook(out)["Indicator set"].iter_rows(values_only=True))
    assert rows[0][0] == "EEA and Norway Grants Fund for Youth Employment"
    assert (
        run_command([*argv, "--indicator-set", "none", "--overwrite", "--out", str(out)], small)
        == 0
    )
    assert "Indicator set" not in openpyxl.load_workbook(out).sheetnames
    assert (
        run_command([*argv, "--indicator-set", "esf", "--out", str(tmp_path / "x.xlsx")], small)
        == 2
    )
