"""Bad input at import: refused with a message naming the file, row and column, never a
traceback, nothing partial written; files read as they are (stale .xlsx dimension, UTF-16)."""

from __future__ import annotations

import re
import zipfile

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QMessageBox

from socialneet_desktop.cli import run_command
from socialneet_desktop.importers import readers
from socialneet_desktop.importers.mapping import guess_mapping
from socialneet_desktop.importers.pipeline import ImportPlan, analyse
from socialneet_desktop.importers.readers import UnreadableFile, read_table
from socialneet_desktop.importers.report import issue_lines

HEADER = ["Denominazione", "Comune", "Tipo", "Note"]


def _organisations(count: int) -> list[list[str]]:
    return [[f"Associazione numero {n}", "Terni", "APS", f"nota {n}"] for n in range(1, count + 1)]


def _csv(tmp_path, rows, name="orgs.csv", encoding="utf-8", delimiter=";"):
    path = tmp_path / name
    lines = [delimiter.join(cells) for cells in [HEADER, *rows]]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def _import(database, path, *extra):
    argv = ["import", "spreadsheet", "--kind", "organizations", str(path), *extra]
    return run_command(argv, database)


def _stored(database) -> int:
    return database.record_counts()["organizations"]


def _with_dimension(tmp_path, ref: str, count: int = 10):
    """A real workbook of `count` rows whose sheet XML says its cells are `ref` only."""
    workbook = Workbook()
    for cells in [HEADER, *_organisations(count)]:
        workbook.active.append(cells)
    right = tmp_path / "right.xlsx"
    workbook.save(right)
    stale = tmp_path / f"stale-{ref.replace(':', '-')}.xlsx"
    with zipfile.ZipFile(right) as source, zipfile.ZipFile(stale, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data, replaced = re.subn(
                    rb'<dimension ref="[^"]*"', f'<dimension ref="{ref}"'.encode(), data
                )
                assert replaced == 1
            target.writestr(item, data)
    return stale


@pytest.mark.parametrize("ref", ["A1:D3", "A1"])
def test_stale_xlsx_dimension_is_not_trusted(database, tmp_path, capsys, ref):
    path = _with_dimension(tmp_path, ref)
    table = read_table(path)
    assert table.headers == HEADER and len(table.rows) == 10
    assert _import(database, path) == 0, capsys.readouterr().err
    assert _stored(database) == 10


def _rejected_lines(database, path):
    table = read_table(path)
    plan = ImportPlan("organizations", guess_mapping("organizations", table.headers))
    with database.read_session() as session:
        report = analyse(session, table, plan)
    return report, issue_lines(report)


@pytest.mark.parametrize(
    ("column", "character", "code"),
    [("Note", "\x1a", "U+001A"), ("Denominazione", "\x00", "U+0000")],
)
def test_control_characters_refuse_the_row_naming_row_and_column(
    database, tmp_path, column, character, code
):
    rows = _organisations(120)  # far more than the first 4 KB the reader looks at
    index = HEADER.index(column)
    rows[99][index] = rows[99][index][:5] + character + rows[99][index][5:]
    path = _csv(tmp_path, rows)
    assert path.read_bytes().index(character.encode()) > 4096
    report, lines = _rejected_lines(database, path)
    assert [row.number for row in report.rejected] == [101]  # line 101 of the file
    assert any(
        line.startswith("Row 101 (rejected)")
        and f"'{column}', character 6" in line
        and code in line
        for line in lines
    ), lines
    assert _import(database, path) == 1  # refused: nothing at all is written
    assert _stored(database) == 0
    assert _import(database, path, "--yes") == 0  # the others, never the bad one
    assert _stored(database) == 119


def test_text_longer_than_its_column_is_refused_naming_the_field(database, tmp_path):
    rows = _organisations(3)
    rows[1][0] = "Associazione " + "x" * 200  # the name takes 200 characters
    path = _csv(tmp_path, rows)
    report, lines = _rejected_lines(database, path)
    (rejected,) = report.rejected
    assert rejected.number == 3 and rejected.issues[0].field == "name"
    assert lines[0] == "Row 3 (rejected): Name: at most 200 characters, 213 given.", lines
    assert _import(database, path) == 1 and _stored(database) == 0


def _huge_cell_file(tmp_path):
    rows = _organisations(3)
    rows[1][3] = "y" * 200_000  # over csv's field limit of 131,072 characters
    return _csv(tmp_path, rows)


def test_huge_csv_cell_is_a_message_not_a_traceback(database, tmp_path, capsys):
    path = _huge_cell_file(tmp_path)
    with pytest.raises(UnreadableFile) as refused:
        read_table(path)
    assert refused.value.message == readers.HUGE_CELL and refused.value.detail == "3"
    assert _import(database, path, "--yes") == 2
    error = capsys.readouterr().err
    assert f"{path}, line 3: a cell holds more than 131,072 characters" in error
    assert _stored(database) == 0


def test_import_wizard_says_why_a_huge_cell_cannot_be_read(qtbot, database, tmp_path, monkeypatch):
    from socialneet_desktop.ui.import_wizard import ImportWizard

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    wizard = ImportWizard(database)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(_huge_cell_file(tmp_path)))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert len(warnings) == 1 and "line 3: a cell holds more than 131,072" in warnings[0]


def test_utf16_unicode_text_from_excel_is_read(database, tmp_path):
    rows = [["Società Cooperativa Città Aperta", "Forlì", "APS", "perché sì"], *_organisations(2)]
    path = _csv(tmp_path, rows, "unicode.txt", encoding="utf-16", delimiter="\t")
    assert path.read_bytes()[:2] == b"\xff\xfe"  # little-endian with its BOM, as Excel writes
    table = read_table(path)
    assert (table.encoding, table.delimiter, table.headers) == ("utf-16", "\t", HEADER)
    assert table.rows[0].values["Denominazione"] == "Società Cooperativa Città Aperta"
    assert _import(database, path) == 0 and _stored(database) == 3


OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _ole2(path, *streams: str):
    """A compound file: the OLE2 header, and directory entries named `streams`."""
    header = OLE2 + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" + b"\x00" * 480
    entries = b"".join(
        name.encode("utf-16-le").ljust(64, b"\x00") + b"\x00" * 64 for name in streams
    )
    path.write_bytes(header + entries.ljust(512, b"\x00"))
    return path


@pytest.mark.parametrize(
    ("name", "streams"),
    [("old.xls", ("Root Entry", "Workbook")), ("renamed.xlsx", ("Root Entry", "Workbook"))],
)
def test_old_excel_format_is_refused_with_what_to_do(database, tmp_path, capsys, name, streams):
    path = _ole2(tmp_path / name, *streams)
    with pytest.raises(UnreadableFile) as refused:
        read_table(path)
    assert "old Excel format (.xls): open it in Excel and save it as .xlsx" in str(refused.value)
    assert _import(database, path) == 2
    assert "old Excel format" in capsys.readouterr().err


def test_password_protected_xlsx_is_refused_with_what_to_do(database, tmp_path, capsys):
    path = _ole2(tmp_path / "secret.xlsx", "Root Entry", "EncryptionInfo", "EncryptedPackage")
    with pytest.raises(UnreadableFile) as refused:
        read_table(path)
    assert "is protected by a password: open it in Excel, remove the password" in str(refused.value)
    assert "save, import again" in str(refused.value)
    assert _import(database, path) == 2
    assert "protected by a password" in capsys.readouterr().err
    assert _stored(database) == 0


def test_a_file_changed_after_the_check_is_not_imported(database, tmp_path):
    path = _csv(tmp_path, _organisations(100))
    table = read_table(path)
    _csv(tmp_path, _organisations(101))
    plan = ImportPlan("organizations", guess_mapping("organizations", table.headers))
    with pytest.raises(UnreadableFile) as refused, database.read_session() as session:
        analyse(session, table, plan)
    assert refused.value.message == readers.CHANGED


def test_import_wizard_refuses_a_file_changed_after_the_check(
    qtbot, database, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QWizard

    from socialneet_desktop.ui.import_wizard import ImportWizard

    shown = []
    for name in ("warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    path = _csv(tmp_path, _organisations(100))
    wizard = ImportWizard(database)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    _csv(tmp_path, _organisations(101))  # another program saves the file meanwhile
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page)
    assert len(shown) == 1 and "was changed while it was being imported" in shown[0]
    wizard.file_page.validatePage()  # read again, as going back and on does
    wizard.next()
    assert wizard.currentPage() is wizard.report_page
    _csv(tmp_path, _organisations(102))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert shown[1].startswith("The import failed and nothing was written: ")
    assert "was changed while it was being imported" in shown[1]
    assert _stored(database) == 0
