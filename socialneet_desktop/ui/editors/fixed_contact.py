"""The editors of a record of one young person (a visit, a mentoring meeting, a placement, an
outcome): opened from that person (`contact_id`, from the contact's Path tab or a follow-up
due), the person is fixed; opened from a list, it is chosen in the contact picker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialneet_desktop.ui.editors.typed_fields import swap_in
from socialneet_desktop.ui.editors.widgets import RecordPicker

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from socialneet_desktop.db.database import Database


class FixedContactMixin:
    """Before RecordEditor among the bases: `fixed_contact` is set before the form is built
    (defaults() reads it), the picker disabled after, then form_ready()."""

    fixed_contact: int | None = None

    def __init__(
        self,
        database: Database,
        record_id: int | None = None,
        parent: QWidget | None = None,
        *,
        contact_id: int | None = None,
    ) -> None:
        self.fixed_contact = contact_id
        super().__init__(database, record_id, parent)
        self.ui.contact_id.setEnabled(contact_id is None)
        self.form_ready()

    def form_ready(self) -> None:
        """After the form is built and loaded and the picker set: the editor's own connections
        and buttons (so that it need not repeat this signature)."""

    def swap_in_contact_picker(self) -> None:
        """For prepare_form: the form's contact field becomes a picker of the contacts."""
        swap_in(self.ui, "contact_id", RecordPicker(self.database, "contacts"))
