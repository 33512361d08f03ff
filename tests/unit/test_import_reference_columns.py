"""A reference field that fills another column than the usual one: a placement's host is
imported by the organisation's name into host_organization_id (RecordKind.reference_columns)."""

from __future__ import annotations

import openpyxl
from sqlalchemy import select

from socialneet_desktop.cli import run_command
from socialneet_desktop.db.models import NeetContact, Organization
from socialneet_desktop.db.models_path import Placement
from socialneet_desktop.importers.mapping import REFERENCES, reference_targets
from socialneet_desktop.importers.report import field_label


def test_a_placement_names_its_host_by_the_organisations_name(database, tmp_path):
    with database.session() as session:
        contact = NeetContact(first_name="Sara", last_name="Moretti", tax_code="MRTSRA03E41L117A")
        host = Organization(name="Falegnameria Rossi", kind="enterprise")
        session.add_all([contact, host])
        session.flush()
        contact_id, host_id = contact.id, host.id
    book = openpyxl.Workbook()
    book.active.append(["Codice fiscale", "Azienda", "Tipo", "Data inizio"])
    book.active.append(["MRTSRA03E41L117A", "Falegnameria Rossi", "internship", "02/03/2026"])
    source = tmp_path / "placements.xlsx"
    book.save(source)
    argv = ["import", "spreadsheet", "--kind", "placements", str(source), "--yes"]
    assert run_command(argv, database) == 0
    with database.read_session() as session:
        placement = session.scalars(select(Placement)).one()
        assert (placement.contact_id, placement.host_organization_id) == (contact_id, host_id)


def test_the_other_kinds_keep_the_usual_column_and_the_report_names_the_field():
    assert reference_targets("placements")["organization_ref"] == "host_organization_id"
    assert reference_targets("outcomes")["organization_ref"] == REFERENCES["organization_ref"]
    assert field_label("placements", "host_organization_id") == field_label(
        "outcomes", "organization_id"
    )
