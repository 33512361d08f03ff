"""Validation of a whole record before it is saved, per record kind.

`validate` takes the form's values by column name (dates may still be text) and returns
Problems: errors block the save, warnings ask for a confirmation. Field formats come from the
domain validators; this module adds what needs the whole record: required fields, choices
from the vocabularies, municipalities, date order, and the agreement of a codice fiscale
with the birth date, sex and birthplace (a `TaxCodeMismatch`, which the UI can offer to fix
by taking the value from the code), values that start like a spreadsheet formula where no
real one can (names, codes), and texts longer than their String(n) column (`field_limits`).
The import checks its rows with the same `validate`. What each kind requires and checks is
listed on the kind (services/kinds/, rule objects of services/kind_rules.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from socialneet_desktop.domain.municipalities import MunicipalityIndex
from socialneet_desktop.domain.validation import (
    CODE_STARTS,
    NAME_STARTS,
    Problem,
    check_date_text,
    check_email,
    check_italian_phone,
    check_not_formula,
    parse_italian_date,
)
from socialneet_desktop.services import kind_rules
from socialneet_desktop.services.field_limits import too_long
from socialneet_desktop.services.kind_facets import RecordKind
from socialneet_desktop.services.kind_rules import (  # noqa: F401 - re-exported
    CF_TARGETS,
    NOT_A_NUMBER,
    Choice,
    Place,
    RuleContext,
    TaxCodeMismatch,
    Values,
)
from socialneet_desktop.services.record_kinds import ByKind, all_kinds, is_kind, kind_by_key


def date_fields() -> frozenset[str]:
    """The fields typed as dates in the forms of every kind (parsed before the rules run)."""
    kinds = all_kinds()
    key = tuple(map(id, kinds))
    if key not in _DATE_FIELDS:
        _DATE_FIELDS.clear()
        _DATE_FIELDS[key] = frozenset(field for kind in kinds for field in kind.date_fields)
    return _DATE_FIELDS[key]


_DATE_FIELDS: dict[tuple[int, ...], frozenset[str]] = {}  # for the kinds registered now


def _choices_of(kind: RecordKind) -> list:
    return [rule for rule in kind.rules if isinstance(rule, Choice)]


# kind key -> [(field, vocabulary, message)], for importers/conversion.py
CHOICES = ByKind(
    lambda kind: [(rule.field, rule.vocabulary, rule.message) for rule in _choices_of(kind)]
)


def validate(
    kind_key: str, values: Values, *, today: date, municipalities: MunicipalityIndex
) -> list[Problem]:
    """Every problem of a record of kind `kind_key` ("contacts", "organizations", …): the
    kind's rules (RecordKind.rules) and the common ones, in the order of their stages."""
    if not is_kind(kind_key):
        raise ValueError(f"unknown record kind: {kind_key!r}")
    kind = kind_by_key(kind_key)
    parsed, problems = _parse_dates(values)
    context = RuleContext(kind.key, parsed, today, municipalities)
    for rule in kind.derived("validation", _in_stages):
        problems.extend(problem for problem in rule(context) if problem is not None)
    return problems


def _in_stages(kind: RecordKind) -> tuple:
    """The kind's rules and the common ones, in the order of their stages."""
    return tuple(sorted((*kind.rules, *_COMMON), key=lambda rule: rule.stage))


def _parse_dates(values: Values) -> tuple[Values, list[Problem]]:
    """Date fields given as text become dates; unreadable ones a problem each (and None)."""
    parsed, problems = dict(values), []
    for field in date_fields() & values.keys():
        text = values[field]
        if isinstance(text, str):
            problem = check_date_text(text, field=field)
            parsed[field] = None if problem or not text.strip() else parse_italian_date(text)
            problems += [problem] if problem else []
    return parsed, problems


def _contact_details(context: RuleContext) -> Iterator[Problem | None]:
    if "email" in context.values:
        yield check_email(context.get("email") or "", field="email")
    if "phone" in context.values:
        yield check_italian_phone(context.get("phone") or "", field="phone")


# Fields no real value of which starts like a formula (e-mail, phone and tax codes: their
# own checks): a name never starts with = or @, a postcode with any of = + - @.
NOT_FORMULA: dict[str, tuple[str, ...]] = {
    "first_name": NAME_STARTS,
    "last_name": NAME_STARTS,
    "guardian_name": NAME_STARTS,
    "name": NAME_STARTS,
    "postal_code": CODE_STARTS,
}


def _formulas(context: RuleContext) -> Iterator[Problem | None]:
    for field, starts in NOT_FORMULA.items():
        value = context.get(field)
        if isinstance(value, str):
            yield check_not_formula(value, field=field, starts=starts)


def length_checked_elsewhere(kind: RecordKind) -> frozenset[str]:
    """Lengths these fields cannot exceed once their own rule accepts them: one code of a
    vocabulary, a municipality code, a tax code or VAT number (which may be typed with
    spaces)."""
    return kind.derived("length_checked_elsewhere", _checked_elsewhere)


def _checked_elsewhere(kind: RecordKind) -> frozenset[str]:
    return frozenset(
        [rule.field for rule in _choices_of(kind) if not rule.multi]
        + [rule.field for rule in kind.rules if isinstance(rule, Place)]
        + ["tax_code", "vat_number", "activity_code"]
    )


LENGTH_CHECKED_ELSEWHERE = ByKind(length_checked_elsewhere)


def _lengths(context: RuleContext) -> Iterator[Problem | None]:
    skip = length_checked_elsewhere(kind_by_key(context.kind))
    yield from too_long(context.kind, context.values, skip)


_COMMON: tuple[kind_rules.Check, ...] = (
    kind_rules.Check(kind_rules.CONTACT, _contact_details),
    kind_rules.Check(kind_rules.FORMULAS, _formulas),
    kind_rules.Check(kind_rules.LENGTHS, _lengths),
)
