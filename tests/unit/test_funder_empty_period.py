"""A funder report of a period where nothing is recorded is refused before anything is
written, naming the period: the CLI exits with status 1 and leaves no file (and an existing
file untouched even with --overwrite); one record in the period is enough to write it."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from socialneet_desktop.cli import run_command
from socialneet_desktop.db import models
from socialneet_desktop.exports.funder_report import EmptyPeriod, write_funder_report

ARGV = ["export", "funder-report", "--from", "01/01/2024", "--to", "31/12/2024"]


@pytest.fixture
def db(database):
    with database.session() as session:
        person = models.NeetContact(first_name="Ada", last_name="Neri", gender="female")
        session.add(person)
        session.flush()
        # A visit in the period, but in the recycle bin: it does not count.
        session.add_all(
            [
                models.MeetingPointVisit(
                    contact_id=person.id,
                    visit_date=date(2024, 5, 2),
                    visit_type="orientation",
                    deleted_at=datetime(2024, 6, 1),
                ),
                models.MeetingPointVisit(
                    contact_id=person.id, visit_date=date(2025, 3, 4), visit_type="orientation"
                ),
            ]
        )
    return database


def test_an_empty_period_is_refused_before_writing(db, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "funder.xlsx"
    with pytest.raises(EmptyPeriod) as refused:
        write_funder_report(db, date(2024, 1, 1), date(2024, 12, 31), out)
    assert "01/01/2024" in str(refused.value) and "31/12/2024" in str(refused.value)
    assert list(folder.iterdir()) == []


def test_the_command_exits_1_and_writes_nothing(db, tmp_path, capsys):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "funder.xlsx"
    assert run_command([*ARGV, "--out", str(out)], db) == 1
    error = capsys.readouterr().err
    assert "Nothing is recorded from 01/01/2024 to 31/12/2024" in error
    assert not out.exists()
    out.write_bytes(b"the funder's own file")
    assert run_command([*ARGV, "--overwrite", "--out", str(out)], db) == 1
    assert out.read_bytes() == b"the funder's own file"
    assert [p.name for p in folder.iterdir()] == ["funder.xlsx"]


def test_one_meeting_in_the_period_is_enough(db, tmp_path):
    with db.session() as session:
        session.add(models.StakeholderMeeting(meeting_date=date(2024, 9, 9), meeting_type="other"))
    out = tmp_path / "funder.xlsx"
    assert run_command([*ARGV, "--out", str(out)], db) == 0
    assert out.exists()
