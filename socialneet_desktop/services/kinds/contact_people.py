"""People of the stakeholders: no list of their own, edited and imported with them."""

from __future__ import annotations

from dataclasses import replace

from socialneet_desktop.domain.import_fields import (
    EMAIL,
    FIRST_NAME,
    LAST_NAME,
    NOTES,
    ORGANIZATION_REF,
    PHONE,
    field,
)
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services import kind_labels
from socialneet_desktop.services.kind_facets import ExchangeLink, RecordKind
from socialneet_desktop.services.kind_rules import LAST_NAME_REQUIRED, Required

RULES = (
    Required("last_name", LAST_NAME_REQUIRED),
    Required("organization_id", QT_TRANSLATE_NOOP("Validation", "Organisation: choose one.")),
)

IMPORT_FIELDS = (
    LAST_NAME,
    replace(FIRST_NAME, required=False),
    replace(ORGANIZATION_REF, required=True),
    field(
        "role",
        QT_TRANSLATE_NOOP("Import", "Role"),
        "text",
        "ruolo|qualifica|funzione|carica|ruolo referente|role|job title",
    ),
    replace(PHONE, synonyms=(*PHONE.synonyms, "telefono referente", "cellulare referente")),
    replace(EMAIL, synonyms=(*EMAIL.synonyms, "email referente", "e mail referente")),
    NOTES,
)

KIND = RecordKind(
    key="contact_people",
    model_path="socialneet_desktop.db.models:ContactPerson",
    table_name="contact_people",
    title=QT_TRANSLATE_NOOP("RecordKind", "Contact people"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "Person of a stakeholder"),
    area="stakeholders",
    listed=False,
    aliases=("people",),
    default_sort=("last_name", False),
    sort_then=(("last_name", ("first_name",)),),
    search_columns=("last_name", "first_name", "email"),
    rules=RULES,
    name_fields=("last_name", "first_name"),
    labeller=kind_labels.person,
    duplicate_index="socialneet_desktop.services.duplicate_index:PersonIndex",
    import_fields=IMPORT_FIELDS,
    row_label=("last_name", "first_name"),
    import_label=QT_TRANSLATE_NOOP("ImportWizard", "People of the stakeholders (after them)"),
    import_order=2,
    exchange=(ExchangeLink("organization_id", "organizations"),),
)
