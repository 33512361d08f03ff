"""Everything held on one NEET contact (GDPR art. 15, right of access), read in one session.

Records in the recycle bin are included: they are still held. The audit history covers the
person's record and each of their visits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from socialneet_desktop.db.models import MeetingPointVisit, NeetContact
from socialneet_desktop.domain.italian_dates import format_italian_date, format_italian_datetime
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services import audit
from socialneet_desktop.services import document_data as data
from socialneet_desktop.services.document_text import contact_fields


class ContactNotFound(LookupError):
    """No NEET contact with that id."""


@dataclass(frozen=True)
class HistoryRow:
    when: datetime
    user: str
    record: str  # "Personal record", "Visit 03/02/2026"
    action: str  # translated label
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class AccessData:
    name: str
    fields: list[tuple[str, str]]  # (translated label, value)
    visits: list[data.Visit]
    history: list[HistoryRow]
    letterhead: data.Letterhead


def collect(session: Session, contact_id: int) -> AccessData:
    contact = session.get(NeetContact, contact_id)
    if contact is None:
        raise ContactNotFound(contact_id)
    statement = (
        select(MeetingPointVisit)
        .where(MeetingPointVisit.contact_id == contact_id)
        .options(selectinload(MeetingPointVisit.staff))
        .order_by(MeetingPointVisit.visit_date, MeetingPointVisit.start_time, MeetingPointVisit.id)
    )
    records = list(session.scalars(statement))
    history = _history(session, NeetContact, contact.id, translate("Privacy", "Personal record"))
    for record in records:
        title = fill(translate("Privacy", "Visit %1"), format_italian_date(record.visit_date))
        history += _history(session, MeetingPointVisit, record.id, title)
    history.sort(key=lambda row: row.when)
    return AccessData(
        f"{contact.last_name} {contact.first_name}".strip(),
        _fields(contact),
        [data.visit_of(record) for record in records],
        history,
        data.letterhead(session),
    )


def _fields(contact: NeetContact) -> list[tuple[str, str]]:
    fields = contact_fields(contact)
    if contact.deleted_at is not None:
        since = format_italian_datetime(contact.deleted_at)
        fields.append((translate("Privacy", "In the recycle bin since"), since))
    if contact.anonymised_at is not None:
        on = format_italian_datetime(contact.anonymised_at)
        fields.append((translate("Privacy", "Anonymised on"), on))
    return fields


def _history(session: Session, model, record_id: int, title: str) -> list[HistoryRow]:
    rows = []
    for entry in audit.history(session, model, record_id):
        action = translate("Audit", audit.ACTION_LABELS.get(entry.action, entry.action))
        changes = entry.changes or [audit.FieldChange("", None, None)]
        for change in changes:
            rows.append(
                HistoryRow(
                    entry.when,
                    entry.user,
                    title,
                    action,
                    change.field,
                    _text(change.old),
                    _text(change.new),
                )
            )
    return rows


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_text(item) for item in value)
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)
