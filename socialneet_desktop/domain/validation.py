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
from datetime import date, time

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
_KEYPAD_DATE = re.compile(r"^(\d{2})(\d{2})(\d{4})$")  # "29022024", as typed on a keypad
DATE_CHARACTERS = re.compile(r"^[0-9/.-]*$")  # what a date field lets through as it is typed
_CLOCK = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?$")  # 9, 10, 9:30, 10.00
_KEYPAD_TIME = re.compile(r"^(\d{1,2})(\d{2})$")  # 930, 1000
TIME_CHARACTERS = re.compile(r"^[0-9:.]{0,5}$")
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
    year, month, day = _date_parts(text)
    return date(year, month, day)  # ValueError for 31/04, 29/02 of a common year …


def _date_parts(text: str) -> tuple[int, int, int]:
    """Year, month and day as written, whether or not such a day exists."""
    stripped = text.strip()
    if match := _ISO_DATE.match(stripped):
        year, month, day = (int(part) for part in match.groups())
        return year, month, day
    if match := _ITALIAN_DATE.match(stripped):
        return int(match[4]), int(match[3]), int(match[1])
    raise ValueError(f"not a date in the form gg/mm/aaaa: {text!r}")


def keypad_date_text(text: str) -> str:
    """ "31022020" as typed on a keypad becomes "31/02/2020"; any other text stays as it is."""
    stripped = text.strip()
    if match := _KEYPAD_DATE.match(stripped):
        return f"{match[1]}/{match[2]}/{match[3]}"
    return stripped


def parse_date_text(text: str) -> date | None:
    """A date field's text (gg/mm/aaaa, g/m/aaaa, ggmmaaaa, ISO): None when empty,
    ValueError when it is not a date."""
    stripped = keypad_date_text(text)
    return parse_italian_date(stripped) if stripped else None


NO_SUCH_DAY = QT_TRANSLATE_NOOP("Validation", "%1 does not exist: check the day and the month.")
NOT_A_DATE = QT_TRANSLATE_NOOP("Validation", "Not a valid date: write it as dd/mm/yyyy.")


def check_date_text(text: str, *, field: str = "date") -> Problem | None:
    """None for an empty text or a real date; a day that does not exist (31/02/2020) is
    named as such, other texts are told the form to use."""
    stripped = keypad_date_text(text)
    if not stripped:
        return None
    try:
        year, month, day = _date_parts(stripped)
    except ValueError:
        return Problem(field, NOT_A_DATE)
    try:
        date(year, month, day)
    except ValueError:
        shown = stripped if _ITALIAN_DATE.match(stripped) else f"{day:02d}/{month:02d}/{year:04d}"
        return Problem(field, NO_SUCH_DAY, (shown,))
    return None


def parse_time_text(text: str) -> time | None:
    """A time of day as typed: "10", "1000", "10:00", "10.00" -> 10:00; "9", "930", "9.30"
    -> 09:30. None when empty; ValueError when it is not a time ("25:00", "1075", "ab")."""
    stripped = text.strip()
    if not stripped:
        return None
    match = _CLOCK.match(stripped) or _KEYPAD_TIME.match(stripped)
    if match is None:
        raise ValueError(f"not a time in the form hh:mm: {text!r}")
    hours, minutes = int(match[1]), int(match[2] or 0)
    return time(hours, minutes)  # ValueError for 25:00, 10:75 …


def format_time(value: time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


NOT_A_TIME = QT_TRANSLATE_NOOP(
    "Validation", "%1: %2 is not a time of day (write it as hh:mm, such as 9:30 or 930)."
)


def check_time_text(text: str, *, field: str = "time", label: str = "") -> Problem | None:
    """None for an empty text or a time; else a problem naming the field (`label`, as the
    form shows it) and what was typed."""
    try:
        parse_time_text(text)
    except ValueError:
        return Problem(field, NOT_A_TIME, (label or field, text.strip()))
    return None


MINOR_NEEDS_GUARDIAN = QT_TRANSLATE_NOOP(
    "Validation", "Minor (%1 years old): the guardian's consent is required."
)


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
        return Problem(field, MINOR_NEEDS_GUARDIAN, (str(age),), "warning")
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
