"""Texts longer than their column: each String(n) of db/models.py, read from the models.

SQLite keeps whatever length it is given, so the limit is ours to keep: the forms and the
import (both through record_rules.validate) refuse a longer text with the field's label, the
limit and the length given, before anything is written.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from functools import cache
from typing import Any

from sqlalchemy import String

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import Problem
from socialneet_desktop.services.record_kinds import all_kinds, kind_by_key

SETTINGS_MODEL = "AppSettings"  # "settings": the association's details, not a record kind


class _ModelNames(Mapping):
    """{kind key: model class name} of every record kind, and "settings"."""

    def __getitem__(self, key: str) -> str:
        return SETTINGS_MODEL if key == "settings" else kind_by_key(key).model_path.split(":")[1]

    def __iter__(self) -> Iterator[str]:
        return iter([*(kind.key for kind in all_kinds()), "settings"])

    def __len__(self) -> int:
        return len(all_kinds()) + 1


MODEL_OF = _ModelNames()
SET_BY_THE_PROGRAM = frozenset({"uuid", "created_by", "updated_by", "origin_source", "origin_key"})

# For a column without a message of its own (the test keeps every column in TOO_LONG).
_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "At most %1 characters, %2 given.")
TOO_LONG: dict[str, str] = {
    "first_name": QT_TRANSLATE_NOOP("Validation", "First name: at most %1 characters, %2 given."),
    "contract": QT_TRANSLATE_NOOP("Validation", "Contract: at most %1 characters, %2 given."),
    "code": QT_TRANSLATE_NOOP("Validation", "Code: at most %1 characters, %2 given."),
    "notes": QT_TRANSLATE_NOOP("Validation", "Notes: at most %1 characters, %2 given."),
    "availability": QT_TRANSLATE_NOOP(
        "Validation", "Availability: at most %1 characters, %2 given."
    ),
    "funding_source": QT_TRANSLATE_NOOP(
        "Validation", "Funding source: at most %1 characters, %2 given."
    ),
    "business_plan_name": QT_TRANSLATE_NOOP(
        "Validation", "Business plan file name: at most %1 characters, %2 given."
    ),
    "last_name": QT_TRANSLATE_NOOP("Validation", "Last name: at most %1 characters, %2 given."),
    "guardian_name": QT_TRANSLATE_NOOP("Validation", "Guardian: at most %1 characters, %2 given."),
    "name": QT_TRANSLATE_NOOP("Validation", "Name: at most %1 characters, %2 given."),
    "role": QT_TRANSLATE_NOOP("Validation", "Role: at most %1 characters, %2 given."),
    "email": QT_TRANSLATE_NOOP("Validation", "E-mail: at most %1 characters, %2 given."),
    "phone": QT_TRANSLATE_NOOP("Validation", "Phone: at most %1 characters, %2 given."),
    "address": QT_TRANSLATE_NOOP("Validation", "Address: at most %1 characters, %2 given."),
    "postal_code": QT_TRANSLATE_NOOP("Validation", "Postal code: at most %1 characters, %2 given."),
    "website": QT_TRANSLATE_NOOP("Validation", "Website: at most %1 characters, %2 given."),
    "sector": QT_TRANSLATE_NOOP("Validation", "Sector: at most %1 characters, %2 given."),
    "topic": QT_TRANSLATE_NOOP("Validation", "Topic: at most %1 characters, %2 given."),
    "location": QT_TRANSLATE_NOOP("Validation", "Location: at most %1 characters, %2 given."),
    "title": QT_TRANSLATE_NOOP("Validation", "Title: at most %1 characters, %2 given."),
    "owner_name": QT_TRANSLATE_NOOP("Validation", "Owner name: at most %1 characters, %2 given."),
    "unit": QT_TRANSLATE_NOOP("Validation", "Unit: at most %1 characters, %2 given."),
    "schedule": QT_TRANSLATE_NOOP("Validation", "Schedule: at most %1 characters, %2 given."),
    "venue": QT_TRANSLATE_NOOP("Validation", "Venue: at most %1 characters, %2 given."),
    "trainer": QT_TRANSLATE_NOOP("Validation", "Trainer: at most %1 characters, %2 given."),
    "sectors_of_interest": QT_TRANSLATE_NOOP(
        "Validation", "Sectors of interest: at most %1 characters, %2 given."
    ),
    "privacy_notice_version": QT_TRANSLATE_NOOP(
        "Validation", "Privacy notice version: at most %1 characters, %2 given."
    ),
    "association_name": QT_TRANSLATE_NOOP(
        "Validation", "Name of the association: at most %1 characters, %2 given."
    ),
    "association_address": QT_TRANSLATE_NOOP(
        "Validation", "Address: at most %1 characters, %2 given."
    ),
    "association_tax_code": QT_TRANSLATE_NOOP(
        "Validation", "Tax code: at most %1 characters, %2 given."
    ),
    "association_phone": QT_TRANSLATE_NOOP("Validation", "Phone: at most %1 characters, %2 given."),
    "association_email": QT_TRANSLATE_NOOP(
        "Validation", "E-mail: at most %1 characters, %2 given."
    ),
    "project_name": QT_TRANSLATE_NOOP(
        "Validation", "Project name: at most %1 characters, %2 given."
    ),
    "project_code": QT_TRANSLATE_NOOP(
        "Validation", "Project code: at most %1 characters, %2 given."
    ),
    "funder_name": QT_TRANSLATE_NOOP("Validation", "Funder: at most %1 characters, %2 given."),
    "backup_folder": QT_TRANSLATE_NOOP(
        "Validation", "Backup folder: at most %1 characters, %2 given."
    ),
    "indicator_set": QT_TRANSLATE_NOOP(
        "Validation", "Indicator set: at most %1 characters, %2 given."
    ),
    # the cooperation between organisations (issue 22)
    "respondent_role": QT_TRANSLATE_NOOP(
        "Validation", "Role of who answered: at most %1 characters, %2 given."
    ),
    "document_name": QT_TRANSLATE_NOOP(
        "Validation", "Document name: at most %1 characters, %2 given."
    ),
    # needs and their matching (issue 23)
    "group_description": QT_TRANSLATE_NOOP(
        "Validation", "Group of young people: at most %1 characters, %2 given."
    ),
    "days": QT_TRANSLATE_NOOP("Validation", "Days: at most %1 characters, %2 given."),
    "decided_by_name": QT_TRANSLATE_NOOP(
        "Validation", "Decided by: at most %1 characters, %2 given."
    ),
}


def field_limits(kind_key: str) -> dict[str, int]:
    """Column name -> the n of its String(n), for the columns the user fills (`kind_key`: a
    record kind, or "settings")."""
    if kind_key == "settings":
        from socialneet_desktop.db import models

        return _limits(getattr(models, SETTINGS_MODEL))
    return _limits(kind_by_key(kind_key).model)


@cache
def _limits(model: type) -> dict[str, int]:
    table = model.__table__
    return {
        column.name: column.type.length
        for column in table.columns
        if isinstance(column.type, String)
        and column.type.length
        and column.name not in SET_BY_THE_PROGRAM
    }


def too_long(
    kind_key: str, values: dict[str, Any], skip: Collection[str] = ()
) -> Iterator[Problem]:
    """A problem for each text of `values` longer than its column (`skip`: checked elsewhere)."""
    for field, limit in field_limits(kind_key).items():
        value = values.get(field)
        if field not in skip and isinstance(value, str) and len(value) > limit:
            message = TOO_LONG.get(field, _TOO_LONG)
            yield Problem(field, message, (str(limit), str(len(value))))
