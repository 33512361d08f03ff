"""List exports: the rows the list shows, typed cells, frozen bold header, autofilter, and
pseudonymous people lists; the `export` command."""

from __future__ import annotations

import re
from datetime import date, datetime, time

import openpyxl
import pytest

from socialneet_desktop.cli import run_command
from socialneet_desktop.db.database import open_database
from socialneet_desktop.domain.vocabularies import VOCABULARIES
from socialneet_desktop.exports.excel import HEADER_ROW, ExportCancelled, Progress
from socialneet_desktop.exports.list_export import export_list
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.services.list_queries import count_rows
from socialneet_desktop.services.list_specs import ListQuery
from socialneet_desktop.services.pseudonyms import Key, coder, pseudonym
from socialneet_desktop.services.record_kinds import RECORD_KINDS, kind_by_key

TODAY = date(2026, 6, 30)
KINDS = [kind.key for kind in RECORD_KINDS]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    fill_demo(db, contacts=150, seed=3, today=TODAY)
    yield db
    db.close()


def _read(path):
    workbook = openpyxl.load_workbook(path)
    return workbook.worksheets[0]


def _data(sheet):
    return list(sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True))


def _labels() -> set[str]:
    return {term.label for vocabulary in VOCABULARIES.values() for term in vocabulary}


@pytest.mark.parametrize("kind_key", KINDS)
def test_every_list_exports_its_rows_with_a_frozen_bold_filtered_header(demo, tmp_path, kind_key):
    out = tmp_path / f"{kind_key}.xlsx"
    written = export_list(demo, kind_key, ListQuery(), out, today=TODAY)
    with demo.read_session() as session:
        assert written == count_rows(session, kind_key, ListQuery()) > 0
    sheet = _read(out)
    header = [cell for cell in sheet[HEADER_ROW] if cell.value]
    assert all(cell.font.b for cell in header)
    assert sheet.freeze_panes == f"A{HEADER_ROW + 1}"
    last = openpyxl.utils.get_column_letter(len(header))
    assert sheet.auto_filter.ref == f"A{HEADER_ROW}:{last}{HEADER_ROW + written}"
    assert sheet["A1"].value and sheet["A2"].value.startswith("Exported on")
    assert len(_data(sheet)) == written
    assert all(sheet.column_dimensions[c].width >= 8 for c in "AB")


@pytest.mark.parametrize("kind_key", KINDS)
def test_cells_are_typed_labelled_and_formatted(demo, tmp_path, kind_key):
    out = tmp_path / "typed.xlsx"
    export_list(demo, kind_key, ListQuery(), out, today=TODAY)
    sheet = _read(out)
    titles = [cell.value for cell in sheet[HEADER_ROW]]
    kind = kind_by_key(kind_key)
    specs = {spec.title: spec for spec in kind.columns}
    labels = _labels()
    for row in sheet.iter_rows(min_row=HEADER_ROW + 1, max_row=HEADER_ROW + 40):
        for title, cell in zip(titles, row, strict=True):
            spec = specs.get(title)
            if spec is None or cell.value is None:
                continue
            if spec.kind == "date":
                assert isinstance(cell.value, datetime) and cell.number_format == "DD/MM/YYYY"
            elif spec.kind == "time":
                assert isinstance(cell.value, time) and cell.number_format == "HH:MM"
            elif spec.kind == "bool":
                assert cell.value in ("Yes", "No")
            elif spec.kind == "code" and spec.vocabulary:
                assert cell.value in labels
            elif spec.kind == "code":
                assert re.search(r"\(\w\w\)$|^[A-Z]", cell.value)  # "Terni (TR)", not "L117"
                assert not re.fullmatch(r"[A-Z]\d{3}", cell.value)


def test_search_filters_and_sort_are_those_of_the_list(demo, tmp_path):
    query = ListQuery(search="ro", filters={"gender": "female"}, sort_key="birth_date")
    out = tmp_path / "filtered.xlsx"
    written = export_list(demo, "contacts", query, out, identifiable=True, today=TODAY)
    with demo.read_session() as session:
        assert written == count_rows(session, "contacts", query)
    rows = _data(_read(out))
    assert {row[3] for row in rows} == {"Female"}
    births = [row[4] for row in rows if row[4] is not None]
    assert births == sorted(births)


def test_people_lists_are_pseudonymous_unless_asked(demo, tmp_path):
    with demo.read_session() as session:
        from socialneet_desktop.db.models import NeetContact

        people = session.query(NeetContact).filter(NeetContact.deleted_at.is_(None)).all()
        secrets = {p.last_name for p in people} | {p.tax_code for p in people if p.tax_code}
        code = coder(session)
        codes = {code(p.uuid) for p in people}
    for kind_key in ("contacts", "visits"):
        out = tmp_path / f"{kind_key}.xlsx"
        export_list(demo, kind_key, ListQuery(), out, today=TODAY)
        sheet = _read(out)
        assert sheet.cell(HEADER_ROW, 1).value == "Person code"
        values = [str(v) for row in sheet.iter_rows(values_only=True) for v in row if v]
        assert not [
            v for v in values if v in secrets or any(s in v for s in secrets if len(s) > 10)
        ]
        assert {row[0] for row in _data(sheet)} <= codes
    identifiable = tmp_path / "named.xlsx"
    export_list(demo, "contacts", ListQuery(), identifiable, identifiable=True, today=TODAY)
    named = {row[1] for row in _data(_read(identifiable))}
    assert named & secrets


def test_pseudonyms_are_stable_and_short():
    key = Key(1, bytes(32))
    code = pseudonym("0b6c1a52-8f0e-4c5e-9a43-3c1f2b8e9d10", key)
    assert code == pseudonym("0b6c1a52-8f0e-4c5e-9a43-3c1f2b8e9d10", key)
    assert re.fullmatch(r"P-[A-Z2-7]{8}", code)
    assert code != pseudonym("0b6c1a52-8f0e-4c5e-9a43-3c1f2b8e9d11", key)


def test_a_cancelled_export_leaves_no_file_and_keeps_the_old_one(demo, tmp_path):
    out = tmp_path / "contacts.xlsx"
    out.write_bytes(b"old")
    seen = []

    def cancelled():
        return len(seen) > 0

    progress = Progress(lambda done, _total: seen.append(done), cancelled)
    with pytest.raises(ExportCancelled):
        export_list(demo, "contacts", ListQuery(), out, progress=progress)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["contacts.xlsx"]


def test_the_export_list_command_writes_the_file(demo, tmp_path, capsys):
    out = tmp_path / "orgs.xlsx"
    assert run_command(["export", "list", "--kind", "organizations", "--out", str(out)], demo) == 0
    assert len(_data(_read(out))) > 0
    assert "orgs.xlsx" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        (["list", "--kind", "cats", "--out", "x.xlsx"], "--kind"),
        (["list", "--kind", "contacts", "--out", "x.pdf"], "--out"),
        (["list", "--kind", "contacts", "--out", "/no/such/folder/x.xlsx"], "--out"),
        (
            ["funder-report", "--from", "31/02/2026", "--to", "01/03/2026", "--out", "x.xlsx"],
            "--from",
        ),
        (["funder-report", "--from", "01/03/2026", "--out", "x.xlsx"], "--to"),
    ],
)
def test_bad_arguments_exit_2_naming_the_argument(demo, tmp_path, capsys, arguments, named):
    assert run_command(["export", *arguments], demo) == 2
    assert named in capsys.readouterr().err


def test_a_period_ending_before_it_starts_is_refused(demo, tmp_path, capsys):
    out = tmp_path / "f.xlsx"
    argv = ["export", "funder-report", "--from", "02/03/2026", "--to", "01/03/2026"]
    assert run_command([*argv, "--out", str(out)], demo) == 2
    assert "--to" in capsys.readouterr().err
    assert not out.exists()
