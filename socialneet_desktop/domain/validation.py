"""Field validators: each returns None when the value is acceptable, else a `Problem`.

An empty value is acceptable to every validator: whether a field is required is the form's
decision, not the format's. Values that cannot be real when they start like a spreadsheet
formula (e-mail, phone, tax codes, VAT, postcode, names) are refused with FORMULA_LIKE: an
export writes them as text anyway, but a value such as "=HYPERLINK(…)" is an attack, not data.
Messages are English templates marked for translation in the "Validation" context, with
Qt-style placeholders %1, %2 filled from `Problem.args`.
"""

from __future__ import annotations

import re
from datetime import date

from socialneet_desktop.domain.age import NEET_MAX_AGE, NEET_MIN_AGE, age_on, is_minor
from socialneet_desktop.domain.codice_fiscale import check_codice_fiscale
from socialneet_desktop.domain.italian_dates import format_italian_date as format_italian_date
from socialneet_desktop.domain.problem import Problem
from socialneet_desktop.domain.problem import Severity as Severity
from socialneet_desktop.domain.text import FORMULA_STARTS, QT_TRANSLATE_NOOP

_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
)
_PHONE_SEPARATORS = re.compile(r"[\s./()-]")
_ITALIAN_DATE = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_ACTIVITY_CODE = re.compile(r"^\d{1,3}(?:\.\d{1,3}){0,3}$")
EARLIEST_BIRTH_DATE = date(1900, 1, 1)


FORMULA_LIKE = QT_TRANSLATE_NOOP(
    "Validation", 'It cannot start with "%1": a spreadsheet would take it for a formula.'
)
CODE_STARTS = FORMULA_STARTS[:4]  # = + - @ (tab and CR never survive the strip)
NAME_STARTS = ("=", "@")  # a name may hold a hyphen or a plus, never start with = or @


def check_not_formula(
    value: str, *, field: str, starts: tuple[str, ...] = CODE_STARTS
) -> Problem | None:
    """A problem when `value` (stripped) starts with one of `starts`."""
    text = value.strip()
    if text.startswith(starts):
        return Problem(field, FORMULA_LIKE, (text[0],))
    return None


def _compact(value: str, separators: str = " -./") -> str:
    return "".join(char for char in value.strip() if char not in separators).upper()


def check_email(value: str, *, field: str = "email") -> Problem | None:
    text = value.strip()
    if formula := check_not_formula(text, field=field):
        return formula
    if not text or (_EMAIL.match(text) and len(text) <= 254 and ".." not in text):
        return None
    return Problem(field, QT_TRANSLATE_NOOP("Validation", "Not a valid e-mail address."))


def normalize_phone(value: str) -> str:
    """The national digits of an Italian number: "+39 0744 40.12.34" -> "0744401234".

    Raises ValueError when the value is not an Italian landline (0…) or mobile (3…) number.
    """
    digits = _PHONE_SEPARATORS.sub("", value.strip())
    for prefix in ("+39", "0039"):
        if digits.startswith(prefix):
            digits = digits[len(prefix) :]
            break
    if not digits.isdigit() or not 6 <= len(digits) <= 11 or digits[0] not in "03":
        raise ValueError(f"not an Italian phone number: {value!r}")
    return digits


def check_italian_phone(value: str, *, field: str = "phone") -> Problem | None:
    """Also refuses "-0744…" or "=…", which the separators would hide; "+39…" is a number."""
    if not value.strip():
        return None
    if formula := check_not_formula(value, field=field, starts=("=", "-", "@")):
        return formula
    try:
        normalize_phone(value)
    except ValueError:
        message = QT_TRANSLATE_NOOP(
            "Validation",
            "Not an Italian phone number: landlines start with 0, mobiles with 3 (6 to 11 digits).",
        )
        return Problem(field, message)
    return None


def partita_iva_check_digit(first_ten: str) -> int:
    """The 11th digit of a partita IVA (also of a body's numeric codice fiscale)."""
    total = 0
    for index, char in enumerate(first_ten):
        digit = int(char) * (2 if index % 2 else 1)
        total += digit - 9 if digit > 9 else digit
    return (10 - total % 10) % 10


def _check_eleven_digits(code: str, field: str) -> Problem | None:
    if len(code) != 11 or not code.isdigit() or code == "0" * 11:
        message = QT_TRANSLATE_NOOP("Validation", "A VAT number has 11 digits.")
        return Problem(field, message)
    if partita_iva_check_digit(code[:10]) != int(code[10]):
        message = QT_TRANSLATE_NOOP(
            "Validation", "The last digit does not match the others: probably a typing error."
        )
        return Problem(field, message)
    return None


def check_partita_iva(value: str, *, field: str = "vat_number") -> Problem | None:
    """Eleven digits whose last one is the check digit; an "IT" prefix and spaces are allowed."""
    if formula := check_not_formula(value, field=field):
        return formula
    code = _compact(value)
    if code.startswith("IT"):
        code = code[2:]
    return _check_eleven_digits(code, field) if code else None


def check_organization_tax_code(value: str, *, field: str = "tax_code") -> Problem | None:
    """A body's numeric codice fiscale (11 digits) or a sole trader's personal one (16)."""
    if formula := check_not_formula(value, field=field):
        return formula
    code = _compact(value)
    if not code:
        return None
    if len(code) == 16:
        return check_codice_fiscale(code, field=field)
    if code.isdigit():
        return _check_eleven_digits(code, field)
    message = QT_TRANSLATE_NOOP(
        "Validation", "A tax code has 11 digits (organisations) or 16 characters (persons)."
    )
    return Problem(field, message)


def parse_italian_date(text: str) -> date:
    """gg/mm/aaaa, g/m/aaaa, gg-mm-aaaa, gg.mm.aaaa or ISO aaaa-mm-gg; ValueError otherwise."""
    stripped = text.strip()
    if match := _ISO_DATE.match(stripped):
        year, month, day = (int(part) for part in match.groups())
    elif match := _ITALIAN_DATE.match(stripped):
        day, month, year = int(match[1]), int(match[3]), int(match[4])
    else:
        raise ValueError(f"not a date in the form gg/mm/aaaa: {text!r}")
    return date(year, month, day)  # ValueError for 31/04, 29/02 of a common year …


def check_date_text(text: str, *, field: str = "date") -> Problem | None:
    if not text.strip():
        return None
    try:
        parse_italian_date(text)
    except ValueError:
        message = QT_TRANSLATE_NOOP("Validation", "Not a valid date: write it as dd/mm/yyyy.")
        return Problem(field, message)
    return None


def check_birth_date(value: date, today: date, *, field: str = "birth_date") -> Problem | None:
    """Errors for impossible dates; warnings outside the NEET age range and for minors."""
    if value > today:
        return Problem(field, QT_TRANSLATE_NOOP("Validation", "The birth date is in the future."))
    if value < EARLIEST_BIRTH_DATE:
        return Problem(field, QT_TRANSLATE_NOOP("Validation", "The birth date is before 1900."))
    age = age_on(value, today)
    if not NEET_MIN_AGE <= age <= NEET_MAX_AGE:
        message = QT_TRANSLATE_NOOP(
            "Validation", "Age %1 is outside the NEET age range (%2 to %3 years)."
        )
        return Problem(field, message, (str(age), str(NEET_MIN_AGE), str(NEET_MAX_AGE)), "warning")
    if is_minor(value, today):
        message = QT_TRANSLATE_NOOP(
            "Validation", "Minor (%1 years old): the guardian's consent is required."
        )
        return Problem(field, message, (str(age),), "warning")
    return None


def check_activity_code(value: str, *, field: str = "activity_code") -> Problem | None:
    """A project activity code such as "2.3.8": numbers separated by dots, 1 to 4 levels."""
    text = value.strip()
    if not text or _ACTIVITY_CODE.match(text):
        return None
    message = QT_TRANSLATE_NOOP(
        "Validation", "An activity code is made of numbers separated by dots, such as 2.3.8."
    )
    return Problem(field, message)
