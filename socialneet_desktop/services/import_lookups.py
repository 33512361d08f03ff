"""The database side of an import: which rows of the file were imported before, the records a
reference in the file may name, and the links a new record brings. importers/ reads, maps and
checks the file; the queries are here."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Row, Table, insert, select
from sqlalchemy.orm import Session

from socialneet_desktop.db.models import NeetContact, Organization, Staff

IN_CHUNK = 500  # keys per IN (…)


def imported_keys(session: Session, model, origin_source: str, keys: list[str]) -> dict[str, int]:
    """{origin key: record id} of the records not in the recycle bin imported from
    `origin_source` under one of `keys`."""
    found: dict[str, int] = {}
    for start in range(0, len(keys), IN_CHUNK):
        query = select(model.origin_key, model.id).where(
            model.origin_source == origin_source,
            model.origin_key.in_(keys[start : start + IN_CHUNK]),
            model.deleted_at.is_(None),
        )
        found.update(session.execute(query).all())
    return found


def keys_from_sources(session: Session, model, source_prefix: str) -> Iterator[Row]:
    """(origin key, id) of the records imported from a source starting with `source_prefix`
    (the tables of one Access file), not in the recycle bin."""
    query = select(model.origin_key, model.id).where(
        model.origin_source.startswith(source_prefix, autoescape=True),
        model.deleted_at.is_(None),
    )
    return iter(session.execute(query))


def contact_tax_codes(session: Session) -> Iterator[Row]:
    """(tax code, id) of the contacts that have one, not in the recycle bin."""
    query = select(NeetContact.tax_code, NeetContact.id).where(
        NeetContact.tax_code != "", NeetContact.deleted_at.is_(None)
    )
    return iter(session.execute(query))


def staff_names(session: Session) -> Iterator[Row]:
    """(first name, last name, id) of the staff not in the recycle bin, oldest first."""
    query = select(Staff.first_name, Staff.last_name, Staff.id).where(Staff.deleted_at.is_(None))
    return iter(session.execute(query.order_by(Staff.id)))


def organization_identities(session: Session) -> Iterator[Row]:
    """(id, name, tax code, VAT number) of the organisations not in the recycle bin."""
    query = select(
        Organization.id, Organization.name, Organization.tax_code, Organization.vat_number
    ).where(Organization.deleted_at.is_(None))
    return iter(session.execute(query))


def organization_names(session: Session, ids: Iterable[int]) -> dict[int, str]:
    wanted = set(ids)
    if not wanted:
        return {}
    query = select(Organization.id, Organization.name).where(Organization.id.in_(wanted))
    return dict(session.execute(query).all())


def insert_links(session: Session, table: Table, links: list[dict[str, Any]]) -> None:
    """Rows of a link table (a meeting's organisations) in one statement."""
    session.execute(insert(table), links)
