"""The validation rules a record kind lists (RecordKind.rules), as small objects.

Each rule is called with the record's RuleContext and yields Problems (or None). The rules are
data where they are data (a required field, the vocabulary of a field, a municipality, two dates
in order, a number not negative) and functions where the rule is code (the agreement of a
codice fiscale, a minor's guardian, the activity code, the visit's times). `stage` keeps the
problems of a record in the order the forms always showed them: services/record_rules.validate
runs the kind's rules and its own common ones (contact details, formulas, lengths) by stage.

Nothing here imports SQLAlchemy: the kinds of services/kinds/ are built from it.
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
    MINOR_NEEDS_GUARDIAN,
    Problem,
    check_activity_code,
    check_birth_date,
    check_not_formula,
    check_organization_tax_code,
    check_partita_iva,
)

Values = dict[str, Any]
Found = Iterator[Problem | None]

# The stages, in the order their problems are listed.
REQUIRED, CHOICES, CONTACT, PLACES, TAX_CODES, BIRTH, ORDER, NUMBERS, ACTIVITY = range(9)
FORMULAS, LENGTHS = 20, 30

LAST_NAME_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Last name: required.")
FIRST_NAME_REQUIRED = QT_TRANSLATE_NOOP("Validation", "First name: required.")
MUNICIPALITY = QT_TRANSLATE_NOOP(
    "Validation", "Municipality: %1 is not an Italian municipality that exists today."
)
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Validation", "Not a number.")
CF_TARGETS = {"birthplace": "birthplace_code"}  # domain field name -> column name


@dataclass(frozen=True)
class TaxCodeMismatch(Problem):
    """A valid codice fiscale that disagrees with `target` ("birth_date", "gender",
    "birthplace_code"); always an error on the field "tax_code"."""

    target: str = ""


@dataclass(frozen=True)
class RuleContext:
    kind: str
    values: Values  # dates already parsed
    today: date
    municipalities: MunicipalityIndex

    def get(self, field: str) -> Any:
        value = self.values.get(field)
        return value.strip() if isinstance(value, str) else value


def blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


@dataclass(frozen=True)
class Required:
    field: str
    message: str
    stage = REQUIRED

    def __call__(self, context: RuleContext) -> Found:
        if blank(context.values.get(self.field)):
            yield Problem(self.field, self.message)


@dataclass(frozen=True)
class Choice:
    """The value is a code of `vocabulary` (several, comma-separated, when `multi`)."""

    field: str
    vocabulary: voc.Vocabulary
    message: str  # "%1" is the unknown codes
    multi: bool = False
    stage = CHOICES

    def __call__(self, context: RuleContext) -> Found:
        value = context.get(self.field) or ""
        codes = value.split(",") if self.multi else [value]
        known = ("", *self.vocabulary.codes())
        unknown = [code.strip() for code in codes if code.strip() not in known]
        if unknown:
            yield Problem(self.field, self.message, (", ".join(unknown),))


@dataclass(frozen=True)
class Place:
    """A municipality code; ceased municipalities and foreign countries only when allowed."""

    field: str
    abroad_or_ceased: bool
    message: str
    stage = PLACES

    def __call__(self, context: RuleContext) -> Found:
        code = context.get(self.field) or ""
        place = context.municipalities.get(code) if code else None
        acceptable = place is not None and (
            self.abroad_or_ceased or (place.active and not place.is_country)
        )
        if code and not acceptable:
            yield Problem(self.field, self.message, (context.municipalities.display(code),))


@dataclass(frozen=True)
class InOrder:
    """`later` is not before `earlier` (dates or date-times); the message is on `later`."""

    earlier: str
    later: str
    message: str
    stage = ORDER

    def __call__(self, context: RuleContext) -> Found:
        start, end = _comparable(context.get(self.earlier)), _comparable(context.get(self.later))
        if start is not None and end is not None and end < start:
            yield Problem(self.later, self.message)


def _comparable(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None


@dataclass(frozen=True)
class NotNegative:
    field: str
    message: str
    stage = NUMBERS

    def __call__(self, context: RuleContext) -> Found:
        value = context.get(self.field)
        if blank(value):
            return
        try:
            negative = float(value) < 0
        except (TypeError, ValueError):
            yield Problem(self.field, NOT_A_NUMBER)
            return
        if negative:
            yield Problem(self.field, self.message)


@dataclass(frozen=True)
class Check:
    """A rule that is code: `function(context)` yields the problems, at `stage`."""

    stage: int
    function: Callable[[RuleContext], Found]

    def __call__(self, context: RuleContext) -> Found:
        return self.function(context)


def _organization_tax_codes(context: RuleContext) -> Found:
    yield check_organization_tax_code(context.get("tax_code") or "", field="tax_code")
    yield check_partita_iva(context.get("vat_number") or "", field="vat_number")


def _personal_tax_code(context: RuleContext) -> Found:
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


def _birth(context: RuleContext) -> Found:
    birth_date = context.get("birth_date")
    if not isinstance(birth_date, date):
        return
    minor = birth_date <= context.today and is_minor(birth_date, context.today)
    given = bool(context.get("guardian_consent")) and bool(context.get("guardian_name"))
    problem = check_birth_date(birth_date, context.today, field="birth_date")
    if not (given and problem is not None and problem.message == MINOR_NEEDS_GUARDIAN):
        yield problem  # the minor's warning only while the consent or the guardian is missing
    if minor and not context.get("guardian_consent"):
        message = QT_TRANSLATE_NOOP(
            "Validation",
            "Guardian's consent: required for a minor. Tick it once a parent or guardian "
            "has signed the consent form.",
        )
        yield Problem("guardian_consent", message)


def _visit_times(context: RuleContext) -> Found:
    start, end = context.get("start_time"), context.get("end_time")
    if start is not None and end is not None and end <= start:
        message = QT_TRANSLATE_NOOP("Validation", "End time: it must be after the start time.")
        yield Problem("end_time", message)


def _activity(context: RuleContext) -> Found:
    yield check_activity_code(context.get("activity_code") or "", field="activity_code")


ORGANIZATION_TAX_CODES = Check(TAX_CODES, _organization_tax_codes)
PERSONAL_TAX_CODE = Check(TAX_CODES, _personal_tax_code)
BIRTH_AND_GUARDIAN = Check(BIRTH, _birth)
VISIT_TIMES = Check(ORDER, _visit_times)
ACTIVITY_CODE = Check(ACTIVITY, _activity)
