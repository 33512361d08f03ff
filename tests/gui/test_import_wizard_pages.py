"""What the wizards' pages show, as looked at in screenshots with real files: a value of its
own only for a required field no column gives (and again when its column is taken away), the
Access mapping page without a header-row picker and with the guesses of CamelCase names, the
report page with a line saying nothing is written yet."""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QMessageBox

from socialneet_desktop.ui import file_dialogs
from socialneet_desktop.ui.access_wizard import AccessWizard
from socialneet_desktop.ui.import_wizard import ImportWizard
from tests.conftest import shared_testdata


def _mapping_page(qtbot, monkeypatch, wizard, path):
    gc.collect()
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: str(path))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.browse()
    wizard.next()


def _combo(page, column):
    return dict(zip(page.wizard_.table.headers, page.combos, strict=True))[column]


def test_a_required_field_has_a_value_of_its_own_only_while_no_column_gives_it(
    qtbot, database, monkeypatch
):
    register = shared_testdata("registers", "5x1000_ade_beneficiari_SAMPLE.csv")
    wizard = ImportWizard(database)
    _mapping_page(qtbot, monkeypatch, wizard, register)
    page = wizard.mapping_page
    assert page.mapping()["Denominazione"] == "name"
    assert set(page.default_edits) == {"kind"}  # no empty "name" box beside its column
    kind = page.default_edits["kind"]
    kind.setCurrentIndex(kind.findData("foundation"))
    name = _combo(page, "Denominazione")
    name.setCurrentIndex(name.findData(""))  # the column ignored: name needs a value
    assert set(page.default_edits) == {"kind", "name"}
    assert page.defaults() == {"kind": "foundation"}  # what was chosen stays
    name.setCurrentIndex(name.findData("name"))
    assert set(page.default_edits) == {"kind"}
    assert page.defaults() == {"kind": "foundation"}
    wizard.next()
    assert wizard.report_page.subTitle().endswith("Nothing is written before Import.")


def test_the_access_mapping_page_has_no_header_row_and_guesses_camel_case(
    qtbot, database, monkeypatch, tmp_path
):
    wizard = AccessWizard(database, store=tmp_path / "m.json")
    _mapping_page(qtbot, monkeypatch, wizard, shared_testdata("access", "nwind.mdb"))
    tables = wizard.tables_page.tables
    names = [tables.item(row, 0).text() for row in range(tables.rowCount())]
    tables.selectRow(names.index("Customers"))
    wizard.next()
    page = wizard.mapping_page
    assert wizard.currentPage() is page
    assert not page.header_row.isVisibleTo(page)
    assert not page.header_row_label.isVisibleTo(page)
    row = wizard.table.headers.index("CompanyName")
    assert page.mapping()["CompanyName"] == "name"
    assert page.columns.item(row, 2).text() == "50%"  # the guess it was mapped by, no "maybe"
