"""What the editors of a need and of a resource share (issue 23: a need is matched against the
resources): the quantity, a decimal number with the Italian comma, and the municipality offered
from the organisation chosen (the one in need, the owner). The offer fills the Municipality
when it is still empty (a need or a resource is most often where its organisation is), and
never replaces one already chosen."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from socialneet_desktop.services.related_records import organization_municipality


class OrganizationPlaceMixin:
    """For a RecordEditor whose form has `quantity`, `municipality_code` and the organisation
    picker named by `organization_field`."""

    organization_field = "organization_id"

    def show_italian_quantity(self) -> None:
        """For prepare_form: the quantity with the Italian decimal comma and grouped thousands."""
        self.ui.quantity.setLocale(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))
        self.ui.quantity.setGroupSeparatorShown(True)

    def offer_organization_municipality(self) -> None:
        """The chosen organisation's municipality, when the record has none yet."""
        org_id = getattr(self.ui, self.organization_field).record_id()
        if org_id is None or self.ui.municipality_code.code():
            return
        with self.database.read_session() as session:
            code = organization_municipality(session, org_id)
        if code:
            self.ui.municipality_code.set_code(code)
