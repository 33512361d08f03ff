"""The database side of an import: which rows of the file were imported before, the records a
reference in the file may name, and the links a new record brings. importers/ reads, maps and
checks the file; the queries are here."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Row, Table, insert, select
from sqlalchemy.orm import Session

from socialneet_desktop.services.kind_facets import RecordKind

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


def tax_codes(session: Session, model) -> Iterator[Row]:
    """(tax code, id) of the records that have one (NEET contacts), not in the recycle bin."""
    query = select(model.tax_code, model.id).where(model.tax_code != "", model.deleted_at.is_(None))
    return iter(session.execute(query))


def person_names(session: Session, model) -> Iterator[Row]:
    """(first name, last name, id) of the people (staff) not in the recycle bin, oldest
    first."""
    query = select(model.first_name, model.last_name, model.id).where(model.deleted_at.is_(None))
    return iter(session.execute(query.order_by(model.id)))


def organization_identities(session: Session, model) -> Iterator[Row]:
    """(id, name, tax code, VAT number) of the organisations not in the recycle bin."""
    query = select(model.id, model.name, model.tax_code, model.vat_number).where(
        model.deleted_at.is_(None)
    )
    return iter(session.execute(query))


def record_names(session: Session, kind: RecordKind, ids: Iterable[int]) -> dict[int, str]:
    """{id: name} of records of `kind`, named by its name fields (RecordKind.name_fields)."""
    wanted = set(ids)
    if not wanted:
        return {}
    model = kind.model
    columns = [getattr(model, name) for name in kind.name_fields]
    query = select(model.id, *columns).where(model.id.in_(wanted))
    return {row[0]: " ".join(part for part in row[1:] if part) for row in session.execute(query)}


def insert_links(session: Session, table: Table, links: list[dict[str, Any]]) -> None:
    """Rows of a link table (a meeting's organisations) in one statement."""
    session.execute(insert(table), links)


def linked_pairs(
    session: Session, table: Table, own: str, other: str, ids: Iterable[int]
) -> set[tuple[int, int]]:
    """The (own, other) rows of a link table whose `own` column is among `ids` (the
    organisations or people a meeting has already)."""
    wanted = sorted(set(ids))
    found: set[tuple[int, int]] = set()
    for start in range(0, len(wanted), IN_CHUNK):
        query = select(table.c[own], table.c[other]).where(
            table.c[own].in_(wanted[start : start + IN_CHUNK])
        )
        found |= {(row[0], row[1]) for row in session.execute(query)}
    return found
