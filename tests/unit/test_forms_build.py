"""The committed generated forms are exactly what compiling forms/*.ui gives today."""

from __future__ import annotations

import re

import pytest

from tools import build_forms

# uic writes its own version in the header; a newer uic alone must not fail the test.
_VERSION_LINE = re.compile(r"^## Created by: Qt User Interface Compiler version .*$", re.MULTILINE)


def _comparable(text: str) -> str:
    return _VERSION_LINE.sub("## Created by: Qt User Interface Compiler", text)


def _forms() -> list:
    return sorted(build_forms.FORMS.glob("*.ui"))


def test_there_are_forms_and_each_has_its_generated_module():
    assert _forms()
    for form in _forms():
        assert build_forms.output_for(form).exists(), f"{form.name}: run tools/build_forms.py"


@pytest.mark.parametrize("form", _forms(), ids=lambda form: form.name)
def test_compiling_again_changes_nothing(form, tmp_path):
    build_forms.compile_form(form, tmp_path / "fresh.py")
    committed = build_forms.output_for(form).read_text(encoding="utf-8")
    fresh = (tmp_path / "fresh.py").read_text(encoding="utf-8")
    assert _comparable(fresh) == _comparable(committed), (
        f"{form.name} changed since it was compiled: run tools/build_forms.py"
    )


def test_generated_modules_say_do_not_edit():
    for form in _forms():
        head = build_forms.output_for(form).read_text(encoding="utf-8")[:600]
        assert "do not edit" in head
        assert "All changes made in this file will be lost" in head


def test_only_stale_forms_are_compiled(tmp_path):
    assert len(build_forms.build(tmp_path)) == len(_forms())
    assert build_forms.build(tmp_path) == []
    assert len(build_forms.build(tmp_path, force=True)) == len(_forms())
