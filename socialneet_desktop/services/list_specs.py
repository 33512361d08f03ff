"""What a list asks for (search, filters, sort) and which filters each kind offers.

Kept apart from the SQL in list_queries.py so the window can be built, and shown, before
SQLAlchemy is even imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

PAGE_SIZE = 200


@dataclass(frozen=True)
class ListQuery:
    search: str = ""
    filters: dict = field(default_factory=dict)
    sort_key: str = ""  # a column key of the kind; empty: the kind's default order
    descending: bool = False


@dataclass(frozen=True)
class FilterSpec:
    """One filter of a list; `kind`: vocabulary, municipality, date_from, date_to, age_band,
    bool. The label is English, for translate("Filters", label)."""

    key: str
    label: str
    kind: str
    column: str
    vocabulary: str = ""


def _vocabulary_filter(key: str, label: str, column: str, vocabulary: str) -> FilterSpec:
    return FilterSpec(key, label, "vocabulary", column, vocabulary)


def _date_filters(column: str) -> tuple[FilterSpec, FilterSpec]:
    return (
        FilterSpec("date_from", QT_TRANSLATE_NOOP("Filters", "From"), "date_from", column),
        FilterSpec("date_to", QT_TRANSLATE_NOOP("Filters", "To"), "date_to", column),
    )


_TYPE = QT_TRANSLATE_NOOP("Filters", "Type")
_MUNICIPALITY = QT_TRANSLATE_NOOP("Filters", "Municipality")
FILTERS: dict[str, tuple[FilterSpec, ...]] = {
    "resources": (
        _vocabulary_filter(
            "status", QT_TRANSLATE_NOOP("Filters", "Status"), "status", "resource_status"
        ),
        _vocabulary_filter(
            "category", QT_TRANSLATE_NOOP("Filters", "Category"), "category", "resource_category"
        ),
    ),
    "organizations": (
        _vocabulary_filter(
            "kind", QT_TRANSLATE_NOOP("Filters", "Kind"), "kind", "organization_kind"
        ),
        FilterSpec("municipality", _MUNICIPALITY, "municipality", "municipality_code"),
    ),
    "meetings": (
        *_date_filters("meeting_date"),
        _vocabulary_filter("type", _TYPE, "meeting_type", "meeting_type"),
    ),
    "visits": (
        *_date_filters("visit_date"),
        _vocabulary_filter("type", _TYPE, "visit_type", "visit_type"),
    ),
    "contacts": (
        FilterSpec("municipality", _MUNICIPALITY, "municipality", "residence_municipality_code"),
        FilterSpec("age_band", QT_TRANSLATE_NOOP("Filters", "Age"), "age_band", "birth_date"),
        _vocabulary_filter("gender", QT_TRANSLATE_NOOP("Filters", "Gender"), "gender", "gender"),
        FilterSpec("consent", QT_TRANSLATE_NOOP("Filters", "Consent"), "bool", "consent_contact"),
    ),
    "staff": (),
}

DEFAULT_SORT: dict[str, tuple[str, bool]] = {
    "resources": ("title", False),
    "organizations": ("name", False),
    "meetings": ("meeting_date", True),
    "contacts": ("last_name", False),
    "visits": ("visit_date", True),
    "staff": ("last_name", False),
}
