"""Validation of a whole record before it is saved, per record kind.

`validate` takes the form's values by column name (dates may still be text) and returns
Problems: errors block the save, warnings ask for a confirmation. Field formats come from the
domain validators; this module adds what needs the whole record: required fields, choices
from the vocabularies, municipalities, date order, and the agreement of a codice fiscale
with the birth date, sex and birthplace (a `TaxCodeMismatch`, which the UI can offer to fix
by taking the value from the code), values that start like a spreadsheet formula where no
real one can (names, codes), and texts longer than their String(n) column (`field_limits`).
The import checks its rows with the same `validate`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.age import is_minor
from socialneet_desktop.domain.codice_fiscale import check_codice_fiscale, check_consistency
from socialneet_desktop.domain.municipalities import MunicipalityIndex
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import (
    CODE_STARTS,
    NAME_STARTS,
    Problem,
    check_activity_code,
    check_birth_date,
    check_date_text,
    check_email,
    check_italian_phone,
    check_not_formula,
    check_organization_tax_code,
    check_partita_iva,
    parse_italian_date,
)
from socialneet_desktop.services.field_limits import too_long

Values = dict[str, Any]

# --- the rules as data: which fields each kind requires, checks against lists, orders -------

DATE_FIELDS = frozenset(
    {
        "available_from",
        "available_to",
        "surveyed_on",
        "meeting_date",
        "follow_up_date",
        "birth_date",
        "privacy_signed_on",
        "visit_date",
    }
)

_LAST_NAME = QT_TRANSLATE_NOOP("Validation", "Last name: required.")
_FIRST_NAME = QT_TRANSLATE_NOOP("Validation", "First name: required.")

REQUIRED: dict[str, tuple[tuple[str, str], ...]] = {
    "resources": (
        ("title", QT_TRANSLATE_NOOP("Validation", "Title: required.")),
        ("category", QT_TRANSLATE_NOOP("Validation", "Category: choose one.")),
    ),
    "organizations": (
        ("name", QT_TRANSLATE_NOOP("Validation", "Name of the organisation: required.")),
        ("kind", QT_TRANSLATE_NOOP("Validation", "Kind of organisation: choose one.")),
    ),
    "contact_people": (
        ("last_name", _LAST_NAME),
        ("organization_id", QT_TRANSLATE_NOOP("Validation", "Organisation: choose one.")),
    ),
    "meetings": (
        ("meeting_date", QT_TRANSLATE_NOOP("Validation", "Date of the meeting: required.")),
        ("meeting_type", QT_TRANSLATE_NOOP("Validation", "Type of meeting: choose one.")),
    ),
    "contacts": (("last_name", _LAST_NAME), ("first_name", _FIRST_NAME)),
    "visits": (
        ("contact_id", QT_TRANSLATE_NOOP("Validation", "Person: choose who came to the visit.")),
        ("visit_date", QT_TRANSLATE_NOOP("Validation", "Date of the visit: required.")),
        ("visit_type", QT_TRANSLATE_NOOP("Validation", "Type of visit: choose one.")),
    ),
    "staff": (("first_name", _FIRST_NAME), ("last_name", _LAST_NAME)),
}

MULTI_CHOICE = frozenset({"sectors_of_interest"})  # comma-separated codes
_NOT_IN_LIST = {
    "category": QT_TRANSLATE_NOOP("Validation", "Category: %1 is not one of the choices."),
    "status": QT_TRANSLATE_NOOP("Validation", "Status: %1 is not one of the choices."),
    "terms": QT_TRANSLATE_NOOP("Validation", "Terms: %1 is not one of the choices."),
    "condition": QT_TRANSLATE_NOOP("Validation", "Condition: %1 is not one of the choices."),
    "source": QT_TRANSLATE_NOOP("Validation", "Source: %1 is not one of the choices."),
    "kind": QT_TRANSLATE_NOOP("Validation", "Kind of organisation: %1 is not one of the choices."),
    "meeting_type": QT_TRANSLATE_NOOP(
        "Validation", "Type of meeting: %1 is not one of the choices."
    ),
    "gender": QT_TRANSLATE_NOOP("Validation", "Gender: %1 is not one of the choices."),
    "citizenship": QT_TRANSLATE_NOOP("Validation", "Citizenship: %1 is not one of the choices."),
    "education_level": QT_TRANSLATE_NOOP(
        "Validation", "Education level: %1 is not one of the choices."
    ),
    "labour_status": QT_TRANSLATE_NOOP(
        "Validation", "Labour status: %1 is not one of the choices."
    ),
    "heard_from": QT_TRANSLATE_NOOP(
        "Validation", "How they heard of us: %1 is not one of the choices."
    ),
    "sectors_of_interest": QT_TRANSLATE_NOOP(
        "Validation", "Sectors of interest: %1 is not one of the choices."
    ),
    "visit_type": QT_TRANSLATE_NOOP("Validation", "Type of visit: %1 is not one of the choices."),
    "role": QT_TRANSLATE_NOOP("Validation", "Role: %1 is not one of the choices."),
}
_VOCABULARY_OF = {
    ("resources", "category"): voc.RESOURCE_CATEGORY,
    ("resources", "status"): voc.RESOURCE_STATUS,
    ("resources", "terms"): voc.RESOURCE_TERMS,
    ("resources", "condition"): voc.RESOURCE_CONDITION,
    ("resources", "source"): voc.RESOURCE_SOURCE,
    ("organizations", "kind"): voc.ORGANIZATION_KIND,
    ("meetings", "meeting_type"): voc.MEETING_TYPE,
    ("contacts", "gender"): voc.GENDER,
    ("contacts", "citizenship"): voc.CITIZENSHIP,
    ("contacts", "education_level"): voc.EDUCATION_LEVEL,
    ("contacts", "labour_status"): voc.LABOUR_STATUS,
    ("contacts", "heard_from"): voc.HEARD_FROM,
    ("contacts", "sectors_of_interest"): voc.SECTOR_OF_INTEREST,
    ("visits", "visit_type"): voc.VISIT_TYPE,
    ("staff", "role"): voc.STAFF_ROLE,
}
CHOICES: dict[str, list[tuple[str, voc.Vocabulary, str]]] = {}
for (_kind, _field), _vocabulary in _VOCABULARY_OF.items():
    CHOICES.setdefault(_kind, []).append((_field, _vocabulary, _NOT_IN_LIST[_field]))

_MUNICIPALITY = QT_TRANSLATE_NOOP(
    "Validation", "Municipality: %1 is not an Italian municipality that exists today."
)
# (field, ceased municipalities and foreign countries allowed, message)
PLACES: dict[str, tuple[tuple[str, bool, str], ...]] = {
    "contacts": (
        (
            "birthplace_code",
            True,
            QT_TRANSLATE_NOOP(
                "Validation", "Birthplace: %1 is neither an Italian municipality nor a country."
            ),
        ),
        (
            "residence_municipality_code",
            False,
            QT_TRANSLATE_NOOP(
                "Validation",
                "Municipality of residence: %1 is not an Italian municipality that exists today.",
            ),
        ),
    ),
    "organizations": (("municipality_code", False, _MUNICIPALITY),),
    "resources": (("municipality_code", False, _MUNICIPALITY),),
    "meetings": (("municipality_code", False, _MUNICIPALITY),),
}

CF_TARGETS = {"birthplace": "birthplace_code"}  # domain field name -> column name

# (earlier field, later field, message on the later field)
ORDER: dict[str, tuple[tuple[str, str, str], ...]] = {
    "resources": (
        (
            "available_from",
            "available_to",
            QT_TRANSLATE_NOOP(
                "Validation", "Available until: the date is before 'available from'."
            ),
        ),
    ),
    "meetings": (
        (
            "meeting_date",
            "follow_up_date",
            QT_TRANSLATE_NOOP(
                "Validation", "Follow-up date: it cannot be before the date of the meeting."
            ),
        ),
    ),
    "visits": (
        (
            "visit_date",
            "next_appointment",
            QT_TRANSLATE_NOOP(
                "Validation", "Next appointment: it cannot be before the date of the visit."
            ),
        ),
    ),
}

NOT_A_NUMBER = QT_TRANSLATE_NOOP("Validation", "Not a number.")
NOT_NEGATIVE: dict[str, tuple[tuple[str, str], ...]] = {
    "resources": (
        ("quantity", QT_TRANSLATE_NOOP("Validation", "Quantity: it cannot be negative.")),
    ),
    "meetings": (
        (
            "participants_count",
            QT_TRANSLATE_NOOP("Validation", "Number of participants: it cannot be negative."),
        ),
    ),
    "contacts": (
        (
            "labour_status_months",
            QT_TRANSLATE_NOOP("Validation", "Months in this labour status: cannot be negative."),
        ),
    ),
}


@dataclass(frozen=True)
class TaxCodeMismatch(Problem):
    """A valid codice fiscale that disagrees with `target` ("birth_date", "gender",
    "birthplace_code"); always an error on the field "tax_code"."""

    target: str = ""


@dataclass(frozen=True)
class _Context:
    kind: str
    values: Values  # dates already parsed
    today: date
    municipalities: MunicipalityIndex

    def get(self, field: str) -> Any:
        value = self.values.get(field)
        return value.strip() if isinstance(value, str) else value


def validate(
    kind_key: str, values: Values, *, today: date, municipalities: MunicipalityIndex
) -> list[Problem]:
    """Every problem of a record of kind `kind_key` ("contacts", "organizations", …)."""
    if kind_key not in REQUIRED:
        raise ValueError(f"unknown record kind: {kind_key!r}")
    parsed, problems = _parse_dates(values)
    context = _Context(kind_key, parsed, today, municipalities)
    for rule in _RULES:
        problems.extend(problem for problem in rule(context) if problem is not None)
    return problems


def _parse_dates(values: Values) -> tuple[Values, list[Problem]]:
    """Date fields given as text become dates; unreadable ones a problem each (and None)."""
    parsed, problems = dict(values), []
    for field in DATE_FIELDS & values.keys():
        text = values[field]
        if isinstance(text, str):
            problem = check_date_text(text, field=field)
            parsed[field] = None if problem or not text.strip() else parse_italian_date(text)
            problems += [problem] if problem else []
    return parsed, problems


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _required(context: _Context) -> Iterator[Problem | None]:
    for field, message in REQUIRED[context.kind]:
        if _blank(context.values.get(field)):
            yield Problem(field, message)


def _choices(context: _Context) -> Iterator[Problem | None]:
    for field, vocabulary, message in CHOICES.get(context.kind, ()):
        value = context.get(field) or ""
        codes = value.split(",") if field in MULTI_CHOICE else [value]
        unknown = [code.strip() for code in codes if code.strip() not in ("", *vocabulary.codes())]
        if unknown:
            yield Problem(field, message, (", ".join(unknown),))


def _contact_details(context: _Context) -> Iterator[Problem | None]:
    if "email" in context.values:
        yield check_email(context.get("email") or "", field="email")
    if "phone" in context.values:
        yield check_italian_phone(context.get("phone") or "", field="phone")


def _places(context: _Context) -> Iterator[Problem | None]:
    for field, allow_abroad_or_ceased, message in PLACES.get(context.kind, ()):
        code = context.get(field) or ""
        place = context.municipalities.get(code) if code else None
        acceptable = place is not None and (
            allow_abroad_or_ceased or (place.active and not place.is_country)
        )
        if code and not acceptable:
            yield Problem(field, message, (context.municipalities.display(code),))


def _tax_codes(context: _Context) -> Iterator[Problem | None]:
    if context.kind == "organizations":
        yield check_organization_tax_code(context.get("tax_code") or "", field="tax_code")
        yield check_partita_iva(context.get("vat_number") or "", field="vat_number")
    elif context.kind == "contacts":
        yield from _personal_tax_code(context)


def _personal_tax_code(context: _Context) -> Iterator[Problem | None]:
    code = context.get("tax_code") or ""
    if not code:
        return
    problem = check_not_formula(code, field="tax_code") or check_codice_fiscale(
        code, field="tax_code"
    )
    if problem is not None:
        yield problem
        return
    for found in check_consistency(
        code, context.get("birth_date"), context.get("gender"), context.get("birthplace_code")
    ):
        target = CF_TARGETS.get(found.field, found.field)
        yield TaxCodeMismatch("tax_code", found.message, found.args, "error", target)


def _birth(context: _Context) -> Iterator[Problem | None]:
    birth_date = context.get("birth_date")
    if context.kind != "contacts" or not isinstance(birth_date, date):
        return
    yield check_birth_date(birth_date, context.today, field="birth_date")
    minor = birth_date <= context.today and is_minor(birth_date, context.today)
    if minor and not context.get("guardian_consent"):
        message = QT_TRANSLATE_NOOP(
            "Validation",
            "Guardian's consent: required for a minor. Tick it once a parent or guardian "
            "has signed the consent form.",
        )
        yield Problem("guardian_consent", message)


def _order(context: _Context) -> Iterator[Problem | None]:
    for first, second, message in ORDER.get(context.kind, ()):
        start, end = _comparable(context.get(first)), _comparable(context.get(second))
        if start is not None and end is not None and end < start:
            yield Problem(second, message)
    if context.kind == "visits":
        start, end = context.get("start_time"), context.get("end_time")
        if start is not None and end is not None and end <= start:
            message = QT_TRANSLATE_NOOP("Validation", "End time: it must be after the start time.")
            yield Problem("end_time", message)


def _comparable(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None


def _numbers(context: _Context) -> Iterator[Problem | None]:
    for field, message in NOT_NEGATIVE.get(context.kind, ()):
        value = context.get(field)
        if _blank(value):
            continue
        try:
            negative = float(value) < 0
        except (TypeError, ValueError):
            yield Problem(field, NOT_A_NUMBER)
            continue
        if negative:
            yield Problem(field, message)


def _activity(context: _Context) -> Iterator[Problem | None]:
    if context.kind == "meetings":
        yield check_activity_code(context.get("activity_code") or "", field="activity_code")


# Fields no real value of which starts like a formula (e-mail, phone and tax codes: their
# own checks): a name never starts with = or @, a postcode with any of = + - @.
NOT_FORMULA: dict[str, tuple[str, ...]] = {
    "first_name": NAME_STARTS,
    "last_name": NAME_STARTS,
    "guardian_name": NAME_STARTS,
    "name": NAME_STARTS,
    "postal_code": CODE_STARTS,
}


def _formulas(context: _Context) -> Iterator[Problem | None]:
    for field, starts in NOT_FORMULA.items():
        value = context.get(field)
        if isinstance(value, str):
            yield check_not_formula(value, field=field, starts=starts)


# Lengths these fields cannot exceed once their own rule accepts them: one code of a
# vocabulary, a municipality code, a tax code or VAT number (which may be typed with spaces).
LENGTH_CHECKED_ELSEWHERE: dict[str, frozenset[str]] = {
    kind: frozenset(
        [field for field, _v, _m in CHOICES.get(kind, ()) if field not in MULTI_CHOICE]
        + [field for field, _a, _m in PLACES.get(kind, ())]
        + ["tax_code", "vat_number", "activity_code"]
    )
    for kind in REQUIRED
}


def _lengths(context: _Context) -> Iterator[Problem | None]:
    yield from too_long(context.kind, context.values, LENGTH_CHECKED_ELSEWHERE[context.kind])


_RULES: tuple[Callable[[_Context], Iterator[Problem | None]], ...] = (
    _required,
    _choices,
    _contact_details,
    _places,
    _tax_codes,
    _birth,
    _order,
    _numbers,
    _activity,
    _formulas,
    _lengths,
)
