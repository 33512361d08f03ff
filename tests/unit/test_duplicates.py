"""Possible duplicates of contacts and organisations, found fast and never in the bin."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.dialects import sqlite

from socialneet_desktop.db.models import NeetContact, Organization
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.services.duplicates import (
    SAME_TAX_CODE,
    SIMILAR_NAME,
    contact_candidates,
    possible_duplicate_contacts,
    possible_duplicate_organizations,
)
from socialneet_desktop.services.records import create_record, delete_record

BIRTH = date(2001, 3, 12)


def _add(database, model, **values):
    with database.session() as session:
        return create_record(session, model, values, user="test")


def _contacts(database, **query):
    with database.read_session() as session:
        return possible_duplicate_contacts(session, **query)


def test_same_codice_fiscale_is_a_duplicate(database):
    existing = _add(
        database,
        NeetContact,
        last_name="Rossi",
        first_name="Mario",
        birth_date=BIRTH,
        tax_code="RSSMRA01C12L117X",
    )
    found = _contacts(
        database, tax_code="rssmra01c12l117x", last_name="Verdi", first_name="Anna", birth_date=None
    )
    assert [(m.record_id, m.reason, m.reason_text) for m in found] == [
        (existing.id, SAME_TAX_CODE, "same codice fiscale")
    ]


def test_similar_name_and_same_birth_date_is_a_duplicate(database):
    niccolo = _add(database, NeetContact, last_name="Rossi", first_name="Niccolò", birth_date=BIRTH)
    _add(
        database, NeetContact, last_name="Rossi", first_name="Nicola", birth_date=date(2001, 3, 13)
    )
    _add(database, NeetContact, last_name="Bianchi", first_name="Giulia", birth_date=BIRTH)
    found = _contacts(
        database, tax_code="", last_name="Rossi", first_name="Nicolo", birth_date=BIRTH
    )
    assert [(m.record_id, m.reason, m.label) for m in found] == [
        (niccolo.id, SIMILAR_NAME, "Rossi Niccolò (12/03/2001)")
    ]
    swapped = _contacts(
        database, tax_code="", last_name="Niccolo", first_name="Rossi", birth_date=BIRTH
    )
    assert [m.record_id for m in swapped] == [niccolo.id]
    itself = _contacts(
        database,
        tax_code="",
        last_name="Rossi",
        first_name="Niccolò",
        birth_date=BIRTH,
        exclude_id=niccolo.id,
    )
    assert itself == []


def test_deleted_contacts_are_never_proposed(database):
    gone = _add(
        database,
        NeetContact,
        last_name="Rossi",
        first_name="Mario",
        birth_date=BIRTH,
        tax_code="RSSMRA01C12L117X",
    )
    with database.session() as session:
        delete_record(session, NeetContact, gone.id, 1, user="test")
    assert (
        _contacts(
            database,
            tax_code="RSSMRA01C12L117X",
            last_name="Rossi",
            first_name="Mario",
            birth_date=BIRTH,
        )
        == []
    )


def test_organisation_with_another_legal_form_spelling_in_the_same_town(database):
    cammino = _add(
        database,
        Organization,
        name="Cooperativa Sociale Il Cammino",
        kind="social_cooperative",
        municipality_code="L117",
    )
    _add(
        database,
        Organization,
        name="Il Cammino coop. soc.",
        kind="social_cooperative",
        municipality_code="G148",
    )  # Orvieto: another town
    _add(
        database, Organization, name="Il Camino Acceso", kind="enterprise", municipality_code="L117"
    )
    with database.read_session() as session:
        found = possible_duplicate_organizations(
            session,
            tax_code="",
            vat_number="",
            name="Il Cammino coop. soc.",
            municipality_code="L117",
        )
    assert [(m.record_id, m.reason) for m in found] == [(cammino.id, "similar_org_name")]


def test_organisation_with_the_same_vat_number_anywhere(database):
    acme = _add(
        database,
        Organization,
        name="Acme Srl",
        kind="enterprise",
        vat_number="01234567897",
        municipality_code="L117",
    )
    with database.read_session() as session:
        found = possible_duplicate_organizations(
            session,
            tax_code="01234567897",
            vat_number="",
            name="Other name",
            municipality_code="",
        )
    assert [(m.record_id, m.reason) for m in found] == [(acme.id, "same_org_code")]


def test_the_contact_query_uses_an_index_on_demo_data(database):
    if database.engine.dialect.name != "sqlite":
        pytest.skip("EXPLAIN QUERY PLAN is SQLite's: the server's planner picks by its statistics")
    fill_demo(database, contacts=2000, today=date(2026, 3, 1))
    query = contact_candidates("RSSMRA01C12L117X", BIRTH)
    sql = str(query.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with database.engine.connect() as connection:
        plan = " | ".join(
            row[-1] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")
        )
    assert "USING INDEX ix_neet_contacts_tax_code" in plan, plan
    assert "USING INDEX ix_neet_contacts_birth_date" in plan, plan
    assert "SCAN neet_contacts" not in plan, plan
