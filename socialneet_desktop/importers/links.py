"""The person and the staff member of an imported visit, found among the stored records.

Access keeps links as numbers: a visit row says "contact 17", meaning the row with key 17
of the contacts table of the same file. Contacts imported from that file keep it as their
origin ("file.mdb / Contatti", "17"), so the link is found again here. A codice fiscale is
accepted too (the only link a spreadsheet can give). Staff members are found by their
origin key or by name ("Rossi Anna" or "Anna Rossi").

A person not found rejects the row: a visit belongs to someone. A staff member not found is
a warning and the visit is imported without one.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from socialneet_desktop.db.models import NeetContact, Staff
from socialneet_desktop.domain.codice_fiscale import normalize_codice_fiscale
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.importers.conversion import Issue
from socialneet_desktop.services.duplicates import name_key

NO_CONTACT = QT_TRANSLATE_NOOP(
    "Import",
    "No contact has the codice fiscale or the Access number '%1': import the people "
    "first, then their visits.",
)
TWO_CONTACTS = QT_TRANSLATE_NOOP(
    "Import",
    "Person '%1' is ambiguous: two tables of this file imported as contacts have that key.",
)
NO_STAFF = QT_TRANSLATE_NOOP(
    "Import", "No staff member '%1' (by name or key): the visit is imported without one."
)


class Links:
    """Resolves the reference fields of one kind's rows; nothing to do for most kinds."""

    def __init__(self, session: Session, kind: str, origin_source: str) -> None:
        self.active = kind == "visits"
        if not self.active:
            return
        self.file_prefix = origin_source.rsplit(" / ", 1)[0] + " / " if origin_source else ""
        self.contacts_by_key = self._by_origin(session, NeetContact)
        self.contacts_by_code: dict[str, int] = {
            normalize_codice_fiscale(code): record_id
            for code, record_id in session.execute(
                select(NeetContact.tax_code, NeetContact.id).where(
                    NeetContact.tax_code != "", NeetContact.deleted_at.is_(None)
                )
            )
        }
        self.staff_by_key = self._by_origin(session, Staff)
        self.staff_by_name: dict[str, int] = {}
        for first, last, record_id in session.execute(
            select(Staff.first_name, Staff.last_name, Staff.id).where(Staff.deleted_at.is_(None))
        ):
            self.staff_by_name.setdefault(name_key(f"{last} {first}"), record_id)
            self.staff_by_name.setdefault(name_key(f"{first} {last}"), record_id)

    def _by_origin(self, session: Session, model) -> dict[str, list[int]]:
        """{Access key: ids} of the records imported from tables of the same file."""
        found: dict[str, list[int]] = defaultdict(list)
        if not self.file_prefix:
            return found
        query = select(model.origin_key, model.id).where(
            model.origin_source.startswith(self.file_prefix, autoescape=True),
            model.deleted_at.is_(None),
        )
        for key, record_id in session.execute(query):
            found[key].append(record_id)
        return found

    def resolve(self, values: dict[str, Any]) -> list[Issue]:
        """Replace contact_ref/staff_ref in `values` by contact_id/staff_id; the problems."""
        if not self.active:
            return []
        issues = []
        reference = values.pop("contact_ref", "") or ""
        if reference:
            contact_id, issue = self._contact(reference)
            values["contact_id"] = contact_id
            issues += [issue] if issue else []
        staff = values.pop("staff_ref", "") or ""
        if staff:
            values["staff_id"] = self._staff(staff)
            if values["staff_id"] is None:
                issues.append(Issue("staff_id", NO_STAFF, (staff,), "warning"))
        return issues

    def _contact(self, reference: str) -> tuple[int | None, Issue | None]:
        by_code = self.contacts_by_code.get(normalize_codice_fiscale(reference))
        if by_code is not None:
            return by_code, None
        found = self.contacts_by_key.get(_key(reference), [])
        if len(found) == 1:
            return found[0], None
        message = TWO_CONTACTS if found else NO_CONTACT
        return None, Issue("contact_id", message, (reference,))

    def _staff(self, reference: str) -> int | None:
        found = self.staff_by_key.get(_key(reference), [])
        if len(found) == 1:
            return found[0]
        return self.staff_by_name.get(name_key(reference))


def _key(reference: str) -> str:
    """Access numbers come as "17" or, from some readers, "17.0"."""
    text = reference.strip()
    return text[:-2] if text.endswith(".0") and text[:-2].isdigit() else text
