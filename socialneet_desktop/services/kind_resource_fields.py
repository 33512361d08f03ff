"""What a need shares with the resources (issue 23: a need asks for the resources' own
categories, so that matching can pair them): the category's rules, filter and import field,
and the import fields of the municipality and of the quantity's unit. One definition here, so
that the two kinds cannot drift apart."""

from __future__ import annotations

from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.columns import vocabulary_filter
from socialneet_desktop.domain.import_fields import field
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services.kind_rules import Choice, Required

CATEGORY_REQUIRED = Required("category", QT_TRANSLATE_NOOP("Validation", "Category: choose one."))
CATEGORY_CHOICE = Choice(
    "category",
    voc.RESOURCE_CATEGORY,
    QT_TRANSLATE_NOOP("Validation", "Category: %1 is not one of the choices."),
)
CATEGORY_FILTER = vocabulary_filter(
    "category", QT_TRANSLATE_NOOP("Filters", "Category"), "category", "resource_category"
)

CATEGORY_FIELD = field(
    "category",
    QT_TRANSLATE_NOOP("Import", "Category"),
    "choice",
    "categoria|tipo risorsa|tipologia|category",
    True,
)
MUNICIPALITY_FIELD = field(
    "municipality_code",
    QT_TRANSLATE_NOOP("Import", "Municipality"),
    "place",
    "comune|citta|localita|municipality|city|town",
)
UNIT_FIELD = field(
    "unit", QT_TRANSLATE_NOOP("Import", "Unit"), "text", "unita|unita di misura|um|unit"
)
