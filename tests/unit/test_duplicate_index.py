"""An import finds the same duplicates as the forms: the index read once for all rows gives,
row by row, the best match the per-record query gives."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select

from socialneet_desktop.db.models import NeetContact, Organization, UnusedResource
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.services.duplicate_index import (
    SAME_TITLE,
    ContactIndex,
    OrganizationIndex,
    ResourceIndex,
)
from socialneet_desktop.services.duplicates import (
    possible_duplicate_contacts,
    possible_duplicate_organizations,
)
from socialneet_desktop.services.records import create_record, delete_record

TODAY = date(2026, 3, 1)


def _contact_rows(contacts: list[NeetContact], rng: random.Random) -> list[dict]:
    """Rows an import could bring: stored people retyped (names swapped, a typo, another
    birth date, the codice fiscale only), and people nobody stored."""
    rows = []
    for contact in contacts:
        last, first, born = contact.last_name, contact.first_name, contact.birth_date
        roll = rng.random()
        if roll < 0.2:
            last, first = first, last
        elif roll < 0.4:
            last = last[:-1] + "x"
        elif roll < 0.5:
            born = born + timedelta(days=1)
        elif roll < 0.6:
            last, first, born = "Nessuno", "Nuovo", None
        code = contact.tax_code if rng.random() < 0.3 else ""
        rows.append({"last_name": last, "first_name": first, "birth_date": born, "tax_code": code})
    return rows


def test_contacts_match_as_in_the_form(database):
    fill_demo(database, contacts=1500, today=TODAY)
    rng = random.Random(3)
    with database.session() as session:
        stored = list(session.scalars(select(NeetContact).order_by(NeetContact.id)))
        binned = stored[0]
        delete_record(session, NeetContact, binned.id, binned.version, user="t")
    rows = _contact_rows(rng.sample(stored, 400), rng)
    rows.append({"last_name": binned.last_name, "first_name": binned.first_name,
                 "birth_date": binned.birth_date, "tax_code": binned.tax_code})  # fmt: skip
    with database.read_session() as session:
        index = ContactIndex(session, rows)
        found = [index.best(row) for row in rows]
        expected = [
            next(iter(possible_duplicate_contacts(session, **_typed(row), limit=1)), None)
            for row in rows
        ]
    assert found == expected
    assert 150 < sum(match is not None for match in found) < 400  # both kinds of row present
    assert found[-1] is None or found[-1].record_id != binned.id  # the bin is never a match


def _typed(row: dict) -> dict:
    return {
        "tax_code": row["tax_code"],
        "last_name": row["last_name"],
        "first_name": row["first_name"],
        "birth_date": row["birth_date"],
    }


def test_organisations_match_as_in_the_form(database):
    fill_demo(database, contacts=200, today=TODAY)
    with database.session() as session:
        create_record(
            session,
            Organization,
            {"name": "Il Cammino Società Cooperativa Sociale", "kind": "other",
             "municipality_code": "L117", "vat_number": "01234567897"},
            user="t",
        )  # fmt: skip
        stored = list(session.scalars(select(Organization)))
    rows = [
        {"name": "Il Cammino coop. soc.", "municipality_code": "L117"},
        {"name": "Altro nome", "vat_number": "IT 01234567897"},
        {"name": "Nuova associazione mai vista", "municipality_code": "L117"},
    ]
    rows += [
        {"name": org.name.upper(), "municipality_code": org.municipality_code,
         "tax_code": org.tax_code if n % 2 else ""}
        for n, org in enumerate(stored[:80])
    ]  # fmt: skip
    with database.read_session() as session:
        index = OrganizationIndex(session, rows)
        found = [index.best(row) for row in rows]
        expected = [
            next(
                iter(
                    possible_duplicate_organizations(
                        session,
                        tax_code=row.get("tax_code", ""),
                        vat_number=row.get("vat_number", ""),
                        name=row["name"],
                        municipality_code=row.get("municipality_code", ""),
                        limit=1,
                    )
                ),
                None,
            )
            for row in rows
        ]
    assert found == expected
    cammino = next(org for org in stored if org.name.startswith("Il Cammino"))
    assert [m.record_id if m else None for m in found[:3]] == [cammino.id, cammino.id, None]


def test_resources_match_on_title_and_place(database):
    with database.session() as session:
        old = create_record(
            session,
            UnusedResource,
            {
                "title": "Ex scuola di Piediluco",
                "category": "building",
                "municipality_code": "L117",
            },
            user="t",
        )
        binned = create_record(
            session,
            UnusedResource,
            {"title": "Capannone", "category": "building", "municipality_code": "L117"},
            user="t",
        )
        delete_record(session, UnusedResource, binned.id, binned.version, user="t")
    rows = [
        {"title": "EX SCUOLA DI PIEDILUCO!", "municipality_code": "L117"},
        {"title": "Ex scuola di Piediluco", "municipality_code": "F844"},  # another town
        {"title": "Capannone", "municipality_code": "L117"},  # only in the recycle bin
    ]
    with database.read_session() as session:
        index = ResourceIndex(session, rows)
        found = [index.best(row) for row in rows]
    assert (found[0].record_id, found[0].reason) == (old.id, SAME_TITLE)
    assert found[1:] == [None, None]
