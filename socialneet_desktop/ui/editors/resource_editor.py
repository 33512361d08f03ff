"""The editor of an unused resource of the territory (a building, land, equipment …).

The owner is an organisation already recorded or, for private owners, just a name; the
quantity is a decimal number shown with the Italian comma. Choosing an organisation as the
owner offers its municipality: it fills the Municipality when that is still empty (a resource
is most often where its owner is), and never replaces one already chosen.
"""

from __future__ import annotations

from socialneet_desktop.db.models import UnusedResource
from socialneet_desktop.ui.editors.base import RecordEditor, Values
from socialneet_desktop.ui.editors.organization_place import OrganizationPlaceMixin
from socialneet_desktop.ui.editors.typed_fields import TypedFieldsMixin, swap_in
from socialneet_desktop.ui.editors.widgets import CodeCombo, RecordPicker
from socialneet_desktop.ui.generated.ui_resource_editor import Ui_ResourceEditor

VOCABULARY_FIELDS = {
    "category": "RESOURCE_CATEGORY",
    "status": "RESOURCE_STATUS",
    "condition": "RESOURCE_CONDITION",
    "terms": "RESOURCE_TERMS",
    "source": "RESOURCE_SOURCE",
}


class ResourceEditor(OrganizationPlaceMixin, TypedFieldsMixin, RecordEditor):
    form_class = Ui_ResourceEditor
    kind_key = "resources"
    model = UnusedResource
    field_names = (
        *("title", "category", "status", "description", "owner_organization_id"),
        *("owner_name", "municipality_code", "address", "quantity", "unit", "condition"),
        *("available_from", "available_to", "schedule", "terms", "proposed_use"),
        *("surveyed_on", "surveyed_by_id", "source", "notes"),
    )
    typed_names = ("owner_organization_id", "quantity", "surveyed_by_id")
    organization_field = "owner_organization_id"

    def prepare_form(self) -> None:
        ui = self.ui
        for name, vocabulary in VOCABULARY_FIELDS.items():
            swap_in(ui, name, CodeCombo(vocabulary, allow_empty=name != "status"))
        owner = swap_in(ui, "owner_organization_id", RecordPicker(self.database, "organizations"))
        owner.changed.connect(self.offer_organization_municipality)
        swap_in(ui, "surveyed_by_id", RecordPicker(self.database, "staff"))
        self.show_italian_quantity()

    def defaults(self) -> Values:
        return {"status": "reported"}
