"""The frozen Windows bundle carries SQLCipher (issue #24): the spec names the binding and its
native module, and the self-test the packaging test runs opens an encrypted database."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from socialneet_desktop import self_test

ROOT = Path(__file__).resolve().parents[2]


def _hidden_imports() -> list[str]:
    tree = ast.parse((ROOT / "installer" / "socialneet.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "HIDDEN_IMPORTS":
            return [element.value for element in node.value.elts]
    raise AssertionError("no HIDDEN_IMPORTS in the spec")


def test_the_spec_bundles_the_binding_and_its_native_module():
    hidden = _hidden_imports()
    assert {"sqlcipher3", "sqlcipher3.dbapi2", "sqlcipher3._sqlite3"} <= set(hidden)


def test_the_self_test_opens_an_encrypted_database(tmp_path):
    pytest.importorskip("sqlcipher3", reason="the SQLCipher binding (sqlcipher3) is not installed")
    assert ("open an encrypted database", self_test.open_encrypted) in self_test.STEPS
    assert self_test.open_encrypted({"folder": tmp_path}).startswith("SQLCipher 4.")
