"""Saved Access mappings: the default store forgives damage but never loses a file; a file
the user chose says, naming it, why it cannot be used."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from socialneet_desktop.importers.access.mapping_store import (
    MappingFileError,
    load_plan,
    load_plan_file,
    save_plan,
)
from socialneet_desktop.importers.pipeline import ImportPlan

MDB = Path("/somewhere/nwind.mdb")


def plan(**changes) -> ImportPlan:
    values = {"kind": "organizations", "mapping": {"CompanyName": "name"}}
    values |= {"defaults": {"kind": "school"}, "duplicates": "update"} | changes
    return ImportPlan(**values)


def test_saved_plans_come_back_and_the_others_stay(tmp_path):
    store = tmp_path / "store.json"
    save_plan(plan(), MDB, "Customers", store)
    save_plan(plan(mapping={"ShipName": "name"}), MDB, "Orders", store)
    again = load_plan(Path("/elsewhere/nwind.mdb"), "Customers", store)
    assert (again.mapping, again.defaults, again.duplicates) == (
        {"CompanyName": "name"},
        {"kind": "school"},
        "update",
    )
    assert load_plan(MDB, "Orders", store).mapping == {"ShipName": "name"}
    assert load_plan(MDB, "Suppliers", store) is None


def test_a_damaged_default_store_is_kept_aside(tmp_path):
    store = tmp_path / "store.json"
    store.write_text("{damaged", encoding="utf-8")
    assert load_plan(MDB, "Customers", store) is None
    save_plan(plan(), MDB, "Customers", store)
    assert (tmp_path / "store.json.damaged").read_text(encoding="utf-8") == "{damaged"
    assert load_plan(MDB, "Customers", store).duplicates == "update"


@pytest.mark.parametrize(
    "text",
    [
        "{damaged",
        "[1, 2]",
        json.dumps({"nwind.mdb / Customers": {"kind": "ships"}}),
        json.dumps({"nwind.mdb / Customers": {"kind": "contacts", "mapping": {"A": "nope"}}}),
        json.dumps({"nwind.mdb / Orders": {"kind": "contacts"}}),
    ],
)
def test_a_chosen_file_that_cannot_be_used_is_named(tmp_path, text):
    chosen = tmp_path / "handed over.json"
    chosen.write_text(text, encoding="utf-8")
    with pytest.raises(MappingFileError) as raised:
        load_plan_file(chosen, MDB, "Customers")
    assert "handed over.json" in raised.value.text()
    assert chosen.read_text(encoding="utf-8") == text


def test_a_missing_chosen_file_is_named(tmp_path):
    with pytest.raises(MappingFileError, match="absent.json"):
        load_plan_file(tmp_path / "absent.json", MDB, "Customers")


def test_a_renamed_database_finds_its_table(tmp_path):
    chosen = save_plan(plan(), MDB, "Customers", tmp_path / "handed.json")
    assert load_plan_file(chosen, Path("nwind 2024.mdb"), "Customers").mapping == {
        "CompanyName": "name"
    }


def test_a_chosen_file_in_another_encoding_is_named(tmp_path):
    chosen = tmp_path / "latin1.json"
    chosen.write_bytes('{"città": 1}'.encode("latin-1"))
    with pytest.raises(MappingFileError, match="latin1.json"):
        load_plan_file(chosen, MDB, "Customers")
