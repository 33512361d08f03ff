"""Spreadsheet import: readers, conversion, the 5x1000 register, all-or-nothing writes."""

from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook

from socialneet_desktop.cli import run_command
from socialneet_desktop.importers import pipeline
from socialneet_desktop.importers.conversion import strip_apostrophe, to_bool, to_number
from socialneet_desktop.importers.mapping import guess_mapping
from socialneet_desktop.importers.pipeline import ImportFailed, ImportPlan, analyse, import_rows
from socialneet_desktop.importers.readers import EncodingProblem, read_table
from socialneet_desktop.importers.report import report_to_xlsx
from tests.conftest import shared_testdata

HEADER = "Denominazione;Codice fiscale;Comune;Prov;Tipo"
LINES = [
    "Associazione Città Aperta APS;'91000000009';Terni;TR;APS",
    "Cooperativa Sociale Il Cammino;;FORLI';FC;Cooperativa sociale",
    "Senza comune;;Atlantide;TR;ODV",
]


def _register():
    return shared_testdata("registers", "5x1000_ade_beneficiari_SAMPLE.csv")


def _write(tmp_path, name, text, encoding="utf-8", delimiter=";"):
    path = tmp_path / name
    path.write_bytes(text.replace(";", delimiter).encode(encoding))
    return path


def _plan(table, record_kind="organizations", **defaults):
    return ImportPlan(record_kind, guess_mapping(record_kind, table.headers), defaults)


def _counts(database):
    return database.record_counts()["organizations"]


def test_register_report_names_the_row_with_an_extra_field(database):
    table = read_table(_register())
    assert (table.delimiter, table.encoding, len(table.rows)) == (";", "utf-8", 63)
    with database.read_session() as session:
        report = analyse(session, table, _plan(table, kind="other"))
    assert (len(report.accepted), len(report.rejected), len(report.duplicates)) == (62, 1, 0)
    rejected = report.rejected[0]
    assert rejected.number == 28 and rejected.label.startswith("WWF ITALIA")
    assert rejected.issues[0].args == ("19", "18")
    warned = {row.number for row in report.warnings}
    assert warned == {21, 34}  # "BAMBIN GES?" and "50&PI?": lost accented letters


def test_register_values_are_converted(database):
    table = read_table(_register())
    assert import_rows(database, table, _plan(table, kind="other"), user="t").count("created") == 62
    from socialneet_desktop.db.models import Organization

    with database.read_session() as session:
        by_code = {o.tax_code: o for o in session.query(Organization)}
    assert by_code["00577500101"].municipality_code == "D969"  # Genova
    assert by_code["80006120218"].municipality_code == "A952"  # "BOLZANO .BOZEN."
    assert by_code["91026780246"].municipality_code == "H556"  # "ROSA'" -> Rosà
    assert by_code["90011300754"].name == '"FAMILIA" - ASSOCIAZIONE VOLONTARIATO'
    assert by_code["98112480789"].name == "A.V.O. ASSOCIAZIONE VOLONTARI OSPEDALIERI ACRI"


def test_second_import_adds_nothing(database):
    argv = ["import", "spreadsheet", "--kind", "organisations", str(_register())]
    assert run_command([*argv, "--set", "kind=other"], database) == 1  # a rejected row: refused
    assert _counts(database) == 0
    assert run_command([*argv, "--set", "kind=other", "--yes"], database) == 0
    assert _counts(database) == 62
    assert run_command([*argv, "--set", "kind=other", "--yes"], database) == 0
    assert _counts(database) == 62


def test_missing_kind_and_unreadable_file_are_bad_arguments(database, tmp_path):
    argv = ["import", "spreadsheet", "--kind", "organisations"]
    assert run_command([*argv, str(_register())], database) == 2
    assert run_command([*argv, str(tmp_path / "none.csv"), "--set", "kind=other"], database) == 2
    assert run_command([*argv, str(_register()), "--map", "Nope=name"], database) == 2


def test_dry_run_writes_nothing_and_saves_the_report(database, tmp_path):
    report_path = tmp_path / "report.xlsx"
    argv = ["import", "spreadsheet", "--kind", "organizations", str(_register())]
    argv += ["--set", "kind=aps", "--dry-run", "--report", str(report_path)]
    assert run_command(argv, database) == 0
    assert _counts(database) == 0
    rows = list(load_workbook(report_path).worksheets[1].iter_rows(values_only=True))
    assert rows[0][0] == "Row"
    assert [row[0] for row in rows[1:]] == [21, 28, 34]


def test_cp1252_and_utf8_import_identically(database, tmp_path):
    text = "\n".join([HEADER, *LINES])
    results = []
    for encoding in ("utf-8", "cp1252", "utf-8-sig"):
        table = read_table(_write(tmp_path, f"{encoding}.csv", text, encoding))
        with database.read_session() as session:
            report = analyse(session, table, _plan(table))
        results.append([(r.number, r.status, r.values) for r in report.rows])
    assert results[0] == results[1] == results[2]
    assert results[0][0][2]["name"] == "Associazione Città Aperta APS"
    assert results[0][0][2]["kind"] == "aps"
    assert results[0][1][2]["kind"] == "social_cooperative"
    assert results[0][1][2]["municipality_code"] == "D704"  # Forlì
    assert [status for _n, status, _v in results[0]] == ["accepted", "accepted", "rejected"]


@pytest.mark.parametrize("damage", ["Citt\ufffd Aperta", "CittÃ  Aperta", "CittÃ¨"])
def test_mangled_file_is_refused(database, tmp_path, damage):
    path = _write(
        tmp_path, "bad.csv", "\n".join([HEADER, LINES[0].replace("Città Aperta", damage)])
    )
    with pytest.raises(EncodingProblem):
        read_table(path)
    assert read_table(path, accept_encoding_problems=True).mangled_lines == [2]
    argv = ["import", "spreadsheet", "--kind", "organizations", str(path), "--yes"]
    assert run_command(argv, database) == 1
    assert _counts(database) == 0


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiters_are_detected(tmp_path, delimiter):
    lines = [HEADER, *LINES[:2]]
    table = read_table(_write(tmp_path, "d.csv", "\n".join(lines), delimiter=delimiter))
    assert table.delimiter == delimiter
    assert table.rows[1].values["Comune"] == "FORLI'"


def test_xlsx_round_trip(database, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    for line in [HEADER, *LINES]:
        sheet.append(line.split(";"))
    workbook.save(tmp_path / "orgs.xlsx")
    table = read_table(tmp_path / "orgs.xlsx")
    report = import_rows(database, table, _plan(table), user="t")
    assert report.count("created") == 2 and [r.number for r in report.rejected] == [4]
    saved = report_to_xlsx(report, tmp_path / "report.xlsx")
    rows = list(load_workbook(saved).worksheets[1].iter_rows(values_only=True))
    assert rows[1][0] == 4 and "Atlantide" in rows[1][4]


def test_failure_during_the_write_leaves_the_database_unchanged(database, monkeypatch):
    table = read_table(_register())
    written = []
    original = pipeline.create_records

    def failing(session, model, rows, *, user):
        written.extend(original(session, model, rows, user=user))
        raise RuntimeError("disk full")  # after the rows went into the file

    monkeypatch.setattr(pipeline, "create_records", failing)
    with pytest.raises(ImportFailed):
        import_rows(database, table, _plan(table, kind="other"), user="t")
    assert len(written) > 30
    assert _counts(database) == 0


def test_update_policy_fills_and_overwrites(database, tmp_path):
    table = read_table(_write(tmp_path, "a.csv", "\n".join([HEADER, LINES[0]])))
    import_rows(database, table, _plan(table), user="t")
    changed = LINES[0].replace(";Terni;", ";Narni;")
    table = read_table(_write(tmp_path, "b.csv", "\n".join([HEADER, changed])))
    plan = ImportPlan("organizations", guess_mapping("organizations", table.headers))
    plan.duplicates = "update"
    assert import_rows(database, table, plan, user="t").count("updated") == 1
    assert _counts(database) == 1


def test_conversions():
    assert to_number("58.324.040,22") == 58324040.22
    assert to_number("1.802.357") == 1802357
    assert to_number("12.5") == 12.5
    assert [to_bool(t) for t in ("Sì", "X", "yes", "1", "No", "", "0")] == [True] * 4 + [False] * 3
    assert strip_apostrophe("'00577500101'", code=True) == "00577500101"
    assert strip_apostrophe("FORLI'") == "FORLI'"
