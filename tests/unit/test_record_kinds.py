"""The record-kind registry: one module per kind, every facet consistent with the models, and
nothing of SQLAlchemy loaded to build the window's navigation from it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from socialneet_desktop.db import models
from socialneet_desktop.importers.mapping import KIND_ALIASES, canonical_kind, fields_of
from socialneet_desktop.services import kinds
from socialneet_desktop.services.kind_facets import resolve
from socialneet_desktop.services.kind_rules import Choice, InOrder, NotNegative, Place, Required
from socialneet_desktop.services.list_specs import DEFAULT_SORT, FILTERS
from socialneet_desktop.services.record_kinds import (
    ALL_KINDS,
    LISTED_KINDS,
    RECORD_KINDS,
    kind_by_key,
)
from tests.conftest import ROOT

KINDS_FOLDER = ROOT / "socialneet_desktop" / "services" / "kinds"


def test_every_kind_has_its_module_and_is_listed_once_in_order():
    modules = sorted(path.stem for path in KINDS_FOLDER.glob("*.py") if path.stem != "__init__")
    assert sorted(kind.key for kind in ALL_KINDS) == modules
    assert [kind.key for kind in ALL_KINDS] == [
        "resources",
        "needs",
        "match_proposals",
        "delegate_marks",
        "organizations",
        "contact_people",
        "meetings",
        "contacts",
        "visits",
        "staff",
        "courses",
        "course_sessions",
        "enrolments",
        "attendance",
        "placements",
        "placement_hours",
        "mentors",
        "mentor_assignments",
        "mentoring_meetings",
        "project_ideas",
        "outcomes",
        "activities",
        "activity_targets",
        "coop_answers",
        "coop_ties",
        "agreements",
        "agreement_parties",
    ]
    assert kinds.KINDS == ALL_KINDS
    assert RECORD_KINDS == LISTED_KINDS == tuple(kind for kind in ALL_KINDS if kind.listed)
    assert [kind.key for kind in LISTED_KINDS] == [
        "resources",
        "needs",
        "organizations",
        "meetings",
        "contacts",
        "visits",
        "staff",
        "courses",
        "enrolments",
        "placements",
        "mentors",
        "mentoring_meetings",
        "project_ideas",
        "outcomes",
        "activities",
        "coop_answers",
        "agreements",
    ]


def test_the_aliases_of_the_old_import_mapping_still_name_their_kind():
    assert kind_by_key("organisations").key == canonical_kind("Organisations ") == "organizations"
    assert kind_by_key("people").key == canonical_kind("people") == "contact_people"
    assert sorted(KIND_ALIASES) == sorted([*(k.key for k in ALL_KINDS), "organisations", "people"])
    with pytest.raises(ValueError, match="unknown record kind"):
        canonical_kind("holidays")


def test_the_views_by_kind_key_answer_as_the_old_dicts_did():
    assert FILTERS["contacts"] == kind_by_key("contacts").filters
    assert DEFAULT_SORT["visits"] == ("visit_date", True)
    with pytest.raises(KeyError):
        FILTERS["organisations"]  # an alias is not a key of the old dicts
    assert "resources" not in set(fields_of("staff"))


def test_every_model_and_table_named_by_a_kind_exists():
    for kind in ALL_KINDS:
        assert kind.model.__tablename__ == kind.table_name
        assert issubclass(kind.model, models.RecordMixin)
        for join in kind.joins:
            assert hasattr(kind.model, join.foreign_key), (kind.key, join)
            assert issubclass(resolve(join.model_path), models.RecordMixin)
        for link in kind.link_tables:
            assert resolve(link.table).name in models.Base.metadata.tables


def test_every_field_a_kind_names_is_a_column_of_its_model():
    for kind in ALL_KINDS:
        columns = set(kind.model.__table__.columns.keys())
        computed = {spec.key for spec in kind.computed}
        computed |= {spec.key for spec in kind.columns if spec.sql}  # read by a query of its own
        listed = {spec.key for spec in kind.columns} - computed
        fields = {f.column for f in kind.filters} | {k for k in kind.search_columns if "." not in k}
        fields |= set(kind.date_fields) | set(kind.name_fields) | set(kind.erased_fields)
        fields |= {rule.field for rule in kind.rules if hasattr(rule, "field")}
        fields |= {rule.later for rule in kind.rules if isinstance(rule, InOrder)}
        assert listed | fields <= columns, (kind.key, sorted((listed | fields) - columns))
        if kind.listed:
            assert kind.default_sort[0] in {spec.key for spec in kind.columns}


def test_the_rules_are_the_kinds_own_objects():
    rule_types = (Required, Choice, Place, InOrder, NotNegative)
    for kind in ALL_KINDS:
        assert kind.rules, kind.key
        assert all(isinstance(rule, rule_types) or hasattr(rule, "function") for rule in kind.rules)


def test_every_foreign_key_is_declared_for_the_exchange():
    """The exchange facet names each link of a kind to another kind: every foreign key of
    its table, and of each link table it owns (a meeting's organisations), to a kind's table;
    nothing it declares is missing from the models."""
    by_table = {kind.table_name: kind for kind in ALL_KINDS}
    declared = {
        (link.through or kind.table_name, link.field, link.kind)
        for kind in ALL_KINDS
        for link in kind.exchange
    }
    owners = {
        link.through: kind.table_name
        for kind in ALL_KINDS
        for link in kind.exchange
        if link.through
    }
    found = set()
    for table in models.Base.metadata.tables.values():
        for key in table.foreign_keys:
            target = by_table.get(key.column.table.name)
            if target is None or owners.get(table.name) == target.table_name:
                continue  # not a kind, or the owner's own id in its link table
            found.add((table.name, key.parent.name, target.key))
    assert found == declared


def test_the_registry_is_built_without_sqlalchemy(tmp_path):
    """The window's navigation is built before SQLAlchemy loads (start-up time)."""
    script = (
        "import sys\n"
        "from socialneet_desktop.services.record_kinds import LISTED_KINDS, all_kinds\n"
        "from socialneet_desktop.services import list_specs\n"
        "from socialneet_desktop.services.kinds import KINDS\n"
        "assert len(all_kinds()) == len(KINDS) > 20 and list_specs.FILTERS['contacts']\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('sqlalchemy', "
        "'socialneet_desktop.db')))\n"
        "print(loaded)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=Path(ROOT),
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
