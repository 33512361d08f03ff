"""The vulnerable-group markers (issue 18): the derived ones (long-term unemployed,
low-skilled), the special categories of GDPR art. 9 recorded only with the explicit consent,
never a list column, never in a default export (the .xlsx read back), present only when
asked for in an identifiable export and never in a pseudonymous one."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from socialneet_desktop.db.models import NeetContact
from socialneet_desktop.domain.municipalities import bundled_index
from socialneet_desktop.domain.vulnerable_groups import long_term_unemployed, low_skilled
from socialneet_desktop.exports.excel import HEADER_ROW
from socialneet_desktop.exports.list_export import export_list
from socialneet_desktop.services import record_rules
from socialneet_desktop.services.list_queries import rows_select
from socialneet_desktop.services.list_specs import ListQuery
from socialneet_desktop.services.record_kinds import all_kinds, kind_by_key
from socialneet_desktop.services.records import create_record

TODAY = date(2026, 12, 1)
SPECIAL = {"disability", "mental_health", "special_category_consent"}
SPECIAL_TITLES = {"Disability", "Mental-health issues"}


@pytest.fixture
def people(database):
    with database.session() as session:
        values = [
            {
                "last_name": "Rossi",
                "first_name": "Anna",
                "labour_status_months": 14,
                "education_level": "isced_2",
                "caring_responsibilities": True,
                "special_category_consent": True,
                "special_category_consent_on": date(2026, 5, 4),
                "disability": True,
            },
            {
                "last_name": "Bianchi",
                "first_name": "Marco",
                "labour_status_months": 11,
                "education_level": "isced_3",
                "special_category_consent": True,
                "special_category_consent_on": date(2026, 5, 5),
                "mental_health": True,
            },
            {"last_name": "Verdi", "first_name": "Luca"},
        ]
        for row in values:
            create_record(session, NeetContact, row, user="test")
    return database


def _validate(values):
    return record_rules.validate("contacts", values, today=TODAY, municipalities=bundled_index())


def _sheet(path):
    sheet = openpyxl.load_workbook(path).worksheets[0]
    header = [cell.value for cell in sheet[HEADER_ROW]]
    rows = list(sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True))
    return header, [dict(zip(header, row, strict=True)) for row in rows]


def test_long_term_unemployed_and_low_skilled_are_derived():
    assert [long_term_unemployed(m) for m in (None, 11, 12, 30)] == [None, False, True, True]
    assert [low_skilled(e) for e in ("", "isced_0", "isced_2", "isced_3")] == [
        None,
        True,
        True,
        False,
    ]


def test_special_categories_need_the_explicit_consent_and_its_date():
    base = {"last_name": "Rossi", "first_name": "Anna"}
    problems = _validate(base | {"disability": True, "mental_health": True})
    assert [(p.field, p.render()[:40]) for p in problems] == [
        ("disability", "Disability: it can be recorded only with"),
        ("mental_health", "Mental-health issues: they can be record"),
    ]
    problems = _validate(base | {"special_category_consent": True, "disability": True})
    assert [p.field for p in problems] == ["special_category_consent_on"]
    consented = {"special_category_consent": True, "special_category_consent_on": "04/05/2026"}
    assert _validate(base | consented | {"disability": True}) == []


def test_special_categories_are_never_a_list_column_of_any_kind():
    for kind in all_kinds():
        listed = {spec.key for spec in (*kind.columns, *kind.optional_columns)}
        assert not listed & SPECIAL, kind.key
        assert not {f.name for f in kind.import_fields} & SPECIAL, kind.key
    contacts = kind_by_key("contacts")
    assert {spec.key for spec in contacts.special_columns} >= SPECIAL
    assert all(spec.personal for spec in contacts.special_columns)
    statement = str(rows_select("contacts", ListQuery(), TODAY))
    assert "disability" not in statement and "mental_health" not in statement


def test_the_derived_markers_as_optional_list_columns(people):
    keys = ["last_name", "long_term_unemployed", "low_skilled", "caring_responsibilities"]
    with people.read_session() as session:
        rows = session.execute(rows_select("contacts", ListQuery(), TODAY, keys=keys)).all()
    found = {row[0]: tuple(None if v is None else bool(v) for v in row[1:4]) for row in rows}
    assert found == {
        "Rossi": (True, True, True),
        "Bianchi": (False, False, False),
        "Verdi": (None, None, False),
    }


@pytest.mark.parametrize("identifiable", [False, True])
def test_the_default_exports_leave_special_categories_out(people, tmp_path, identifiable):
    out = tmp_path / "contacts.xlsx"
    export_list(people, "contacts", ListQuery(), out, identifiable=identifiable, today=TODAY)
    header, rows = _sheet(out)
    assert len(rows) == 3
    assert not set(header) & SPECIAL_TITLES
    assert not any(title and "special" in title.lower() for title in header)


def test_a_pseudonymous_export_never_has_them_even_when_asked(people, tmp_path):
    out = tmp_path / "contacts.xlsx"
    export_list(people, "contacts", ListQuery(), out, special_category=True, today=TODAY)
    header, _rows = _sheet(out)
    assert not set(header) & SPECIAL_TITLES and "Last name" not in header


def test_they_are_exported_only_when_asked_in_an_identifiable_export(people, tmp_path):
    out = tmp_path / "contacts.xlsx"
    export_list(
        people,
        "contacts",
        ListQuery(),
        out,
        identifiable=True,
        special_category=True,
        today=TODAY,
    )
    header, rows = _sheet(out)
    assert header[-5:] == [
        "Explicit consent to special-category data",
        "Special-category consent on",
        "Disability",
        "Mental-health issues",
        "Age band",
    ]
    values = {row["Last name"]: (row["Disability"], row["Mental-health issues"]) for row in rows}
    assert values == {
        "Rossi": ("Yes", "No"),
        "Bianchi": ("No", "Yes"),
        "Verdi": ("No", "No"),
    }
