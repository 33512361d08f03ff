"""The Italian catalogue is complete and its compiled form is current."""

from __future__ import annotations

import shutil

from tools import translations


def test_every_string_of_the_code_has_an_italian_translation(tmp_path):
    catalogue = tmp_path / "socialneet_it.ts"
    shutil.copy(translations.TS_FILE, catalogue)
    translations.update(catalogue)  # collects the strings of today's code into the copy
    missing = translations.unfinished(catalogue)
    assert missing == [], (
        "untranslated (run tools/translations.py update, then translate):\n"
        + "\n".join(f"{context}: {source}" for context, source in missing)
    )


def test_the_compiled_catalogue_matches_the_source(tmp_path):
    compiled = tmp_path / "socialneet_it.qm"
    translations.release(translations.TS_FILE, compiled)
    assert compiled.read_bytes() == translations.QM_FILE.read_bytes(), (
        "resources/translations/socialneet_it.qm is stale: run tools/translations.py release"
    )
