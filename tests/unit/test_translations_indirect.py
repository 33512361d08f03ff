"""tools/translations.py hands lupdate the messages it cannot read by itself: those passed
through a module's `_tr(text)` wrapper and those whose context is a module constant. Without
them the exchange, encryption and merge dialogs stayed English in the Italian program."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ElementTree

import pytest

from tools import translations

MODULE = '''
from socialneet_desktop.i18n import translate
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

C = "ProgressReport"


def _tr(text: str) -> str:
    """A docstring does not hide the wrapper."""
    return translate("ExchangeDialogs", text)


class Dialog:
    def build(self, name):
        self.title = _tr("Receive a package")
        self.hint = _tr("The name the other computers see (e.g. “Portatile Anna”):")
        self.other = _tr(name)  # not a literal: nothing to collect
        self.direct = translate("Literal", "lupdate reads this one itself")


ROWS = (QT_TRANSLATE_NOOP(C, "Matches satisfied"), translate(C, 'Say "%1"\\nagain'))
'''


def test_wrapper_calls_and_constant_contexts_are_found():
    assert sorted(translations.indirect_calls(MODULE)) == [
        ("ExchangeDialogs", "Receive a package"),
        ("ExchangeDialogs", "The name the other computers see (e.g. “Portatile Anna”):"),
        ("ProgressReport", "Matches satisfied"),
        ("ProgressReport", 'Say "%1"\nagain'),
    ]


def test_lupdate_collects_them_with_their_context(tmp_path):
    if shutil.which("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not on PATH: the strings cannot be collected here")
    module = tmp_path / "dialog.py"
    module.write_text(MODULE, encoding="utf-8")
    calls = tmp_path / "calls.py"
    translations.write_indirect_calls([module], calls)
    catalogue = tmp_path / "collected.ts"
    sources = ["dialog.py", "calls.py"]
    command = ["pyside6-lupdate", "-locations", "none", *sources, "-ts", "collected.ts"]
    subprocess.run(command, cwd=tmp_path, check=True, capture_output=True)
    found = {
        (context.findtext("name"), message.findtext("source"))
        for context in ElementTree.parse(catalogue).getroot().iter("context")
        for message in context.iter("message")
    }
    assert ("ExchangeDialogs", "Receive a package") in found
    assert ("ExchangeDialogs", "The name the other computers see (e.g. “Portatile Anna”):") in found
    assert ("ProgressReport", "Matches satisfied") in found
    assert ("ProgressReport", 'Say "%1"\nagain') in found
    assert ("Literal", "lupdate reads this one itself") in found


def test_the_package_wrappers_reach_the_catalogue_sources():
    """The program's own exchange menu is among what lupdate is given."""
    sources = translations.translatable_sources()
    assert translations.INDIRECT_CALLS in sources
    text = translations.INDIRECT_CALLS.read_text(encoding="utf-8")
    assert 'translate("ExchangeDialogs", "E&xchange")' in text
