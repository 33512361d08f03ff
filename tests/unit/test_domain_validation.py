"""Validators of the forms: what the office types is accepted, typing errors are caught."""

from __future__ import annotations

from datetime import date

import pytest

from socialneet_desktop.domain import age
from socialneet_desktop.domain import validation as val
from socialneet_desktop.domain.codice_fiscale import encode

TODAY = date(2026, 5, 20)


@pytest.mark.parametrize(
    "email",
    ["info@confartigianato.terni.it", "mario.rossi+neet@gmail.com", " a_b@sub.example.org ", ""],
)
def test_good_emails_pass(email):
    assert val.check_email(email) is None


@pytest.mark.parametrize(
    "email",
    ["mario.rossi", "mario@", "@terni.it", "mario rossi@terni.it", "mario@terni", "a@b..it"],
)
def test_bad_emails_are_refused_naming_the_field(email):
    problem = val.check_email(email, field="contact_email")
    assert problem is not None and problem.is_error
    assert problem.field == "contact_email"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0744 401234", "0744401234"),
        ("+39 347 123 4567", "3471234567"),
        ("0039-0744/40.12.34", "0744401234"),
        ("(0744) 40 12 34", "0744401234"),
        ("06 123456", "06123456"),
    ],
)
def test_italian_phones_are_accepted_and_normalized(typed, stored):
    assert val.check_italian_phone(typed) is None
    assert val.normalize_phone(typed) == stored


@pytest.mark.parametrize(
    "typed", ["744 401234", "+44 20 7946 0958", "0744 40123x", "03 12", "074440123456789"]
)
def test_non_italian_or_malformed_phones_are_refused(typed):
    assert val.check_italian_phone(typed) is not None
    with pytest.raises(ValueError):
        val.normalize_phone(typed)


@pytest.mark.parametrize("vat", ["00577500101", "00743110157", "IT 00743110157", "12345678903"])
def test_valid_partite_iva(vat):
    assert val.check_partita_iva(vat) is None


def test_partita_iva_check_digit_is_computed_like_the_agenzia_entrate():
    assert val.partita_iva_check_digit("0057750010") == 1
    assert val.partita_iva_check_digit("0074311015") == 7


@pytest.mark.parametrize(
    ("vat", "says"),
    [
        ("00743110158", "last digit"),
        ("12345678901", "last digit"),
        ("0074311015", "11 digits"),
        ("00000000000", "11 digits"),
        ("0074311015A", "11 digits"),
    ],
)
def test_invalid_partite_iva_are_refused_with_the_reason(vat, says):
    problem = val.check_partita_iva(vat)
    assert problem is not None and says in problem.message


def test_organization_tax_code_accepts_numeric_codes_and_sole_traders_personal_codes():
    sole_trader = encode("Rossi", "Mario", "male", date(1970, 5, 1), "L117")
    assert val.check_organization_tax_code("00577500101") is None
    assert val.check_organization_tax_code(sole_trader.lower()) is None
    wrong_check = sole_trader[:15] + ("A" if sole_trader[15] != "A" else "B")
    assert val.check_organization_tax_code(wrong_check) is not None
    assert "11 digits" in val.check_organization_tax_code("0057750010123").message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20/05/2026", date(2026, 5, 20)),
        ("5/3/2001", date(2001, 3, 5)),
        ("05-03-2001", date(2001, 3, 5)),
        ("05.03.2001", date(2001, 3, 5)),
        (" 2001-03-05 ", date(2001, 3, 5)),
        ("29/02/2024", date(2024, 2, 29)),
    ],
)
def test_dates_are_read_in_the_italian_order(text, expected):
    assert val.parse_italian_date(text) == expected


@pytest.mark.parametrize(
    "text", ["29/02/2023", "31/04/2024", "2024-02-30", "05/03-2001", "05/03/01", "03/2001", "oggi"]
)
def test_impossible_or_ambiguous_dates_are_refused(text):
    with pytest.raises(ValueError):
        val.parse_italian_date(text)
    assert val.check_date_text(text, field="visit_date").field == "visit_date"


def test_dates_are_shown_as_gg_mm_aaaa():
    assert val.format_italian_date(date(2001, 3, 5)) == "05/03/2001"


def test_birth_dates_in_the_future_or_before_1900_are_errors():
    assert val.check_birth_date(date(2026, 5, 21), TODAY).is_error
    assert val.check_birth_date(date(1899, 12, 31), TODAY).is_error


def test_birth_dates_outside_the_neet_range_are_warnings_with_the_age():
    problem = val.check_birth_date(date(1980, 1, 1), TODAY)
    assert problem.severity == "warning"
    assert problem.render() == "Age 46 is outside the NEET age range (15 to 34 years)."
    assert val.check_birth_date(date(2012, 1, 1), TODAY).args[0] == "14"


def test_minors_get_a_guardian_consent_warning_until_their_18th_birthday():
    problem = val.check_birth_date(date(2008, 5, 21), TODAY)
    assert problem.severity == "warning" and "guardian" in problem.message
    assert problem.args == ("17",)
    assert val.check_birth_date(date(2008, 5, 20), TODAY) is None


@pytest.mark.parametrize("code", ["2", "2.3", "2.3.8", "10.2.3.14", " 2.3.8 "])
def test_activity_codes(code):
    assert val.check_activity_code(code) is None


@pytest.mark.parametrize("code", ["2.3.8.1.4", "2..3", "2.3.", ".2", "A.1", "2,3"])
def test_malformed_activity_codes_are_refused(code):
    assert val.check_activity_code(code) is not None


def test_a_problem_is_rendered_through_the_translator_then_filled_in():
    problem = val.Problem(
        "x", "Age %1 is outside the NEET age range (%2 to %3 years).", ("40", "15", "34")
    )
    italian = {"Age %1 is outside the NEET age range (%2 to %3 years).": "Età %1 fuori (%2–%3)."}
    assert problem.render(lambda context, text: italian[text]) == "Età 40 fuori (15–34)."


def test_age_counts_completed_years_and_leap_day_birthdays():
    assert age.age_on(date(2008, 2, 29), date(2026, 2, 28)) == 17
    assert age.age_on(date(2008, 2, 29), date(2026, 3, 1)) == 18
    with pytest.raises(ValueError):
        age.age_on(date(2020, 1, 2), date(2020, 1, 1))


@pytest.mark.parametrize(
    ("birth", "band"),
    [
        (date(2011, 5, 21), "<15"),
        (date(2011, 5, 20), "15-19"),
        (date(2006, 5, 21), "15-19"),
        (date(2006, 5, 20), "20-24"),
        (date(1997, 5, 20), "25-29"),
        (date(1996, 5, 20), "30+"),
    ],
)
def test_age_bands_for_funders(birth, band):
    assert age.age_band(birth, TODAY) == band


def test_age_band_labels_and_neet_range():
    assert [band.label for band in age.AGE_BANDS] == ["<15", "15–19", "20–24", "25–29", "30+"]
    assert age.age_band_label("20-24") == "20–24"
    assert (age.NEET_MIN_AGE, age.NEET_MAX_AGE) == (15, 34)
    assert age.is_minor(date(2008, 5, 21), TODAY) and not age.is_minor(date(2008, 5, 20), TODAY)
