"""The report of a several-kinds import ("stakeholders met": organisations, people and
meetings from one row) saved as .xlsx, as the single-kind report is: read back with openpyxl."""

from __future__ import annotations

from openpyxl import load_workbook
from sqlalchemy import func, select

from socialneet_desktop.cli import run_command
from socialneet_desktop.db.models import Organization
from tests.data.imports import make_files

KINDS = "organisations,people,meetings"


def _organisations(database) -> int:
    with database.read_session() as session:
        return session.scalar(select(func.count()).select_from(Organization))


def _sheets(path):
    workbook = load_workbook(path, read_only=True)
    try:
        return {
            sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)]
            for sheet in workbook.worksheets
        }
    finally:
        workbook.close()


def test_cli_saves_the_several_kinds_report_with_a_line_per_kind(database, tmp_path, capsys):
    met = make_files.stakeholders_met(tmp_path / "incontri.xlsx")
    report = tmp_path / "report.xlsx"
    command = ["import", "spreadsheet", "--kind", KINDS, str(met), "--report", str(report)]
    assert run_command(command, database) == 0
    assert f"Report written to {report}" in capsys.readouterr().out
    sheets = _sheets(report)
    summary = [row[0] for row in sheets["Summary"] if row]
    assert sheets["Summary"][0] == ["File", str(met)]
    assert "Stakeholders: 3 created, 2 found already, 0 rejected" in summary
    assert "Meetings: 4 created, 1 found already, 0 rejected" in summary
    assert "People linked to the meeting of their row: 5" in summary
    rows = sheets["Rows"]
    assert rows[0] == ["Kind", "Row", "Status", "Record", "Field", "Reason"]
    meetings = [row for row in rows[1:] if row[0] == "Meetings"]
    assert any(row[2] == "duplicate" for row in meetings)  # the repeated focus-group row


def test_a_dry_run_and_a_refusal_save_the_report_too(database, tmp_path):
    path = tmp_path / "incontri.csv"
    path.write_text(
        "Ente;Tipo ente;Cognome referente;Data incontro;Tipo incontro\n"
        "Alfa;Associazione;Rossi;03/02/2025;Incontro bilaterale\n"
        "Beta;Associazione;Verdi;31/02/2025;Incontro bilaterale\n",  # no such day: rejected
        encoding="utf-8",
    )
    report = tmp_path / "prova.xlsx"
    base = ["import", "spreadsheet", "--kind", KINDS, str(path), "--report", str(report)]
    assert run_command([*base, "--dry-run"], database) == 0
    rows = _sheets(report)["Rows"]
    assert rows[1][:3] == ["Meetings", 3, "rejected"]
    assert _organisations(database) == 0
    report.unlink()
    assert run_command(base, database) == 1  # a rejected row, no --yes: nothing written
    assert any(row[:3] == ["Meetings", 3, "rejected"] for row in _sheets(report)["Rows"])
    assert _organisations(database) == 0
