"""Validation of whole records: required fields, formats, places, codice fiscale, dates."""

from __future__ import annotations

from datetime import date, time

import pytest

from socialneet_desktop.domain.codice_fiscale import encode
from socialneet_desktop.domain.municipalities import MunicipalityIndex
from socialneet_desktop.paths import resource
from socialneet_desktop.services.record_rules import TaxCodeMismatch, validate

TODAY = date(2026, 3, 1)
BIRTH = date(2000, 5, 12)
CF = encode("Rossi", "Mario", "male", BIRTH, "L117")  # born in Terni


@pytest.fixture(scope="module")
def places() -> MunicipalityIndex:
    return MunicipalityIndex.load(resource("municipalities.csv.gz"))


def contact(**changes) -> dict:
    values = {
        "last_name": "Rossi",
        "first_name": "Mario",
        "gender": "male",
        "birth_date": BIRTH,
        "birthplace_code": "L117",
        "tax_code": CF,
        "residence_municipality_code": "L117",
        "email": "mario.rossi@example.it",
        "phone": "333 1234567",
        "sectors_of_interest": "ict,agri_food",
        "guardian_consent": False,
    }
    return values | changes


def problems(places, kind, values) -> dict[str, tuple[str, str]]:
    found = validate(kind, values, today=TODAY, municipalities=places)
    return {problem.field: (problem.severity, problem.render()) for problem in found}


def test_a_complete_contact_has_no_problem(places):
    assert problems(places, "contacts", contact()) == {}


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("tax_code", "RSSMRA00E12L117A", "does not match"),
        ("email", "mario.rossi@", "e-mail"),
        ("birth_date", "31/02/2000", "31/02/2000 does not exist"),
        ("residence_municipality_code", "Z330", "Municipality of residence: Marocco"),
        ("residence_municipality_code", "A012", "Municipality of residence: Abetone"),
        ("birthplace_code", "X999", "Birthplace: X999"),
        ("phone", "12345", "Italian phone"),
        ("gender", "robot", "Gender: robot"),
        ("sectors_of_interest", "ict,fishing", "Sectors of interest: fishing"),
    ],
)
def test_an_invalid_value_gives_an_error_on_its_field(places, field, value, expected):
    found = problems(places, "contacts", contact(**{field: value}))
    assert field in found, found
    severity, message = found[field]
    assert severity == "error" and expected in message


def test_a_ceased_municipality_or_a_country_is_a_valid_birthplace(places):
    cf_abroad = encode("Rossi", "Mario", "male", BIRTH, "Z330")
    assert problems(places, "contacts", contact(birthplace_code="Z330", tax_code=cf_abroad)) == {}
    assert problems(places, "contacts", contact(birthplace_code="A012", tax_code="")) == {}


def test_a_codice_fiscale_that_disagrees_is_an_error_naming_the_part(places):
    values = contact(birth_date=date(2000, 5, 13), gender="female", birthplace_code="A012")
    found = validate("contacts", values, today=TODAY, municipalities=places)
    mismatches = [problem for problem in found if isinstance(problem, TaxCodeMismatch)]
    assert {p.target for p in mismatches} == {"birth_date", "gender", "birthplace_code"}
    assert all(p.field == "tax_code" and p.is_error for p in mismatches)
    texts = " | ".join(p.render() for p in mismatches)
    assert "birth date 12/05/2000" in texts and "man" in texts and "Terni (L117)" in texts


def test_birth_date_rules(places):
    future = problems(places, "contacts", contact(birth_date=date(2027, 1, 1), tax_code=""))
    assert future["birth_date"] == ("error", "The birth date is in the future.")
    older = problems(places, "contacts", contact(birth_date=date(1980, 1, 1), tax_code=""))
    assert older["birth_date"][0] == "warning" and "Age 46" in older["birth_date"][1]


def test_a_minor_needs_the_guardians_consent(places):
    minor = contact(birth_date=date(2010, 6, 1), tax_code="")
    found = problems(places, "contacts", minor)
    assert found["birth_date"][0] == "warning"
    assert found["guardian_consent"][0] == "error"
    assert "Guardian" in found["guardian_consent"][1]
    assert "guardian_consent" not in problems(
        places, "contacts", minor | {"guardian_consent": True}
    )


@pytest.mark.parametrize(
    ("kind", "required"),
    [
        ("contacts", {"last_name", "first_name"}),
        ("organizations", {"name", "kind"}),
        ("contact_people", {"last_name", "organization_id"}),
        ("resources", {"title", "category"}),
        ("meetings", {"meeting_date", "meeting_type"}),
        ("visits", {"contact_id", "visit_date", "visit_type"}),
        ("staff", {"first_name", "last_name"}),
    ],
)
def test_each_kind_names_its_missing_required_fields(places, kind, required):
    found = problems(places, kind, {field: "" for field in required} | {"notes": "x"})
    assert set(found) == required
    assert all(severity == "error" for severity, _message in found.values())


def test_organization_codes_and_municipality(places):
    values = {"name": "Il Cammino", "kind": "social_cooperative", "municipality_code": "L117"}
    assert problems(places, "organizations", values | {"vat_number": "01234567897"}) == {}
    found = problems(
        places,
        "organizations",
        values
        | {"tax_code": "0123456789", "vat_number": "01234567890", "municipality_code": "Z330"},
    )
    assert set(found) == {"tax_code", "vat_number", "municipality_code"}


def test_resource_meeting_and_visit_orders_and_numbers(places):
    resource_values = {
        "title": "Locale",
        "category": "premises",
        "quantity": -1,
        "available_from": date(2026, 5, 1),
        "available_to": "01/04/2026",
    }
    assert set(problems(places, "resources", resource_values)) == {"quantity", "available_to"}
    meeting = {
        "meeting_date": date(2026, 2, 3),
        "meeting_type": "bilateral",
        "activity_code": "2.3.x",
        "follow_up_date": date(2026, 2, 1),
    }
    assert set(problems(places, "meetings", meeting)) == {"activity_code", "follow_up_date"}
    visit = {
        "contact_id": 1,
        "visit_date": date(2026, 2, 3),
        "visit_type": "orientation",
        "start_time": time(10, 0),
        "end_time": time(9, 30),
    }
    assert set(problems(places, "visits", visit)) == {"end_time"}
    assert problems(places, "visits", visit | {"end_time": time(11, 0)}) == {}


def test_an_unknown_kind_is_a_programming_error(places):
    with pytest.raises(ValueError):
        validate("cars", {}, today=TODAY, municipalities=places)
