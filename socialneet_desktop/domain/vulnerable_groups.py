"""The vulnerable groups the funder asks about (issue 18) that are derived, not ticked: a
young person is long-term unemployed after 12 months or more in their labour status, and
low-skilled with at most a lower-secondary education (ISCED 0-2).

The other markers are recorded on the contact (caring responsibilities, minority, asylum
seeker or refugee); disability and mental-health issues are special-category data (GDPR
art. 9): recorded only with the explicit consent, never list columns, never exported unless
asked for (services/kinds/contacts.SPECIAL_CATEGORY_COLUMNS).
"""

from __future__ import annotations

LONG_TERM_MONTHS = 12
LOW_SKILLED_LEVELS = frozenset({"isced_0", "isced_1", "isced_2"})
SPECIAL_CATEGORY_FIELDS = ("disability", "mental_health")


def long_term_unemployed(months: int | None) -> bool | None:
    """True from 12 months in the labour status; None when the months are not known."""
    return None if months is None else months >= LONG_TERM_MONTHS


def low_skilled(education_level: str) -> bool | None:
    """True for ISCED 0-2; None when the education level is not known."""
    return None if not education_level else education_level in LOW_SKILLED_LEVELS
