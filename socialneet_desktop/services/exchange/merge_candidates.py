"""The records a package brought that may be records this database had already (the same
codice fiscale entered on two laptops), found by the duplicate rules (services.duplicates)
and offered for the records merge after a package is received (issue 21)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from socialneet_desktop.db.models import NeetContact, Organization
from socialneet_desktop.services import duplicates

LIMIT = 200  # pairs offered at once: a first full package is not a list of duplicates


@dataclass(frozen=True)
class DuplicatePair:
    kind_key: str
    existing_id: int  # the record this database had: kept by default
    existing_label: str
    new_id: int  # the record the package brought
    new_label: str
    reason: str  # a key of services.duplicates.REASONS


def duplicate_pairs(
    session: Session, new_records: Iterable[tuple[str, int]], limit: int = LIMIT
) -> list[DuplicatePair]:
    """Each new contact or organisation with its best possible duplicate among the others
    (a pair of two new records once)."""
    pairs: list[DuplicatePair] = []
    seen: set[frozenset[int]] = set()
    for kind_key, record_id in new_records:
        pair = _pair(session, kind_key, record_id)
        if pair is None or frozenset((kind_key, pair.existing_id, pair.new_id)) in seen:
            continue
        seen.add(frozenset((kind_key, pair.existing_id, pair.new_id)))
        pairs.append(pair)
        if len(pairs) >= limit:
            break
    return pairs


def _pair(session: Session, kind_key: str, record_id: int) -> DuplicatePair | None:
    if kind_key == "contacts":
        record = session.get(NeetContact, record_id)
        matches = [] if record is None else _contact_matches(session, record)
        label = "" if record is None else f"{record.last_name} {record.first_name}".strip()
    elif kind_key == "organizations":
        record = session.get(Organization, record_id)
        matches = [] if record is None else _organization_matches(session, record)
        label = "" if record is None else record.name
    else:
        return None
    if not matches:
        return None
    best = matches[0]
    return DuplicatePair(kind_key, best.record_id, best.label, record_id, label, best.reason)


def _contact_matches(session: Session, contact: NeetContact) -> list:
    return duplicates.possible_duplicate_contacts(
        session,
        tax_code=contact.tax_code or "",
        last_name=contact.last_name or "",
        first_name=contact.first_name or "",
        birth_date=contact.birth_date,
        exclude_id=contact.id,
        limit=1,
    )


def _organization_matches(session: Session, organization: Organization) -> list:
    return duplicates.possible_duplicate_organizations(
        session,
        tax_code=organization.tax_code or "",
        vat_number=organization.vat_number or "",
        name=organization.name or "",
        municipality_code=organization.municipality_code or "",
        exclude_id=organization.id,
        limit=1,
    )
