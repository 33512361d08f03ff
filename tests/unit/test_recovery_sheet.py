"""The recovery sheet of an encrypted database (issue #24): one page with the file, the date and
the passphrase in groups of four."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pypdf
import pytest

from socialneet_desktop.printing.recovery_sheet import groups, write_recovery_sheet


def test_the_passphrase_is_cut_in_groups_of_four_with_its_spaces_shown():
    assert groups("tre gatti sul") == ["tre␣", "gatt", "i␣su", "l"]


def test_the_sheet_names_the_file_the_date_and_every_character_of_the_passphrase(tmp_path):
    out = tmp_path / "foglio.pdf"
    database = Path("/uffici/terni/socialneet.sqlite")
    write_recovery_sheet(out, database, "Mare d'inverno 42", today=date(2026, 12, 1))
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "socialneet.sqlite" in text and "01/12/2026" in text
    squeezed = "".join(text.split())
    for group in groups("Mare d'inverno 42"):
        assert "".join(group.split()) in squeezed
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed: the page was not rendered")
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(out), str(tmp_path / "page")], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 0
