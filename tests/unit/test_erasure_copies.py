"""An erasure reaches every copy the program keeps, and no restore brings the person back.

Real files throughout: a demo database, rotating backups in the default and in a chosen
folder, a copy kept before a migration (a file downgraded to 0003 and opened again), a copy
kept before a restore, the temporary file of a killed restore; then the raw bytes of every
file under the data folder and the backup folders are searched for the erased person.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from socialneet_desktop.db import backup, migrate
from socialneet_desktop.db.database import open_database
from socialneet_desktop.db.engine import create_sqlite_engine
from socialneet_desktop.db.leftovers import this_computer
from socialneet_desktop.db.models import AppSettings, ErasureEntry, NeetContact
from socialneet_desktop.db.schema_check import schema_problems
from socialneet_desktop.services import erasure_register, privacy
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.services.records import create_record, update_record
from tests.helpers_cli import run_socialneet
from tests.unit.test_privacy import PERSON

ROOT = Path(__file__).resolve().parents[2]
OLD_PHONE = "3389876543"
# What identifies the person: codice fiscale, last + first name, phones, e-mail, address.
SECRETS = (
    PERSON["tax_code"],
    f"{PERSON['last_name']} {PERSON['first_name']}",
    f"{PERSON['first_name']} {PERSON['last_name']}",
    PERSON["phone"],
    OLD_PHONE,
    PERSON["email"],
    PERSON["address"],
)


class Office:
    """The data folder (database and its copies) and a chosen backup folder (a USB stick)."""

    def __init__(self, root: Path) -> None:
        self.data = root / "data"
        self.stick = root / "stick"
        self.data.mkdir()
        self.stick.mkdir()
        self.path = self.data / "socialneet.sqlite"
        self.default = backup.default_backup_folder(self.path)

    def folders(self) -> list[Path]:
        return [self.data, self.stick]

    def files(self) -> list[Path]:
        return sorted(p for folder in self.folders() for p in folder.rglob("*") if p.is_file())


def make_office(tmp_path: Path) -> tuple[Office, int, str]:
    """A demo database with one known person (and an audit history of her), two backups in
    each folder, a before-migration and a before-restore copy, a killed restore's temp file."""
    office = Office(tmp_path)
    database = open_database(office.path)
    fill_demo(database, contacts=60, today=date(2026, 6, 30))
    with database.session() as session:
        settings = session.get(AppSettings, 1) or AppSettings(id=1)
        settings.backup_folder = str(office.stick)
        session.add(settings)
    person = add_person_with_history(database)
    with database.read_session() as session:
        other = session.scalars(select(NeetContact).where(NeetContact.id != person)).first()
        other_tax_code = other.tax_code
    for day in (1, 2):
        backup.backup_now(database, None, now=datetime(2026, 1, day, 10))  # makes the folder
        backup.backup_now(database, office.stick, now=datetime(2026, 1, day, 11))
    database.close()
    downgrade(office.path, "0003")
    open_database(office.path).close()  # migrated: keeps a before-migration copy (0003)
    oldest = backup.list_backups(office.default)[-1].path
    backup.restore(oldest, office.path)  # keeps a before-restore copy
    killed_restore_leftover(office.path, oldest)
    return office, person, other_tax_code


def add_person_with_history(database) -> int:
    with database.session() as session:
        values = dict(PERSON, phone=OLD_PHONE)
        contact = create_record(session, NeetContact, values, user="anna")
    with database.session() as session:
        update_record(
            session,
            NeetContact,
            contact.id,
            contact.version,
            {"phone": PERSON["phone"]},
            user="anna",
        )
    return contact.id


def downgrade(path: Path, revision: str) -> None:
    engine = create_sqlite_engine(path)
    with engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), revision)
    engine.dispose()


def killed_restore_leftover(database_path: Path, source: Path) -> Path:
    """A restore's staged file whose process is gone (named as db.leftovers names them)."""
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    name = f".{database_path.stem}~{this_computer()}~{gone.pid}~abcdefgh.tmp"
    leftover = database_path.with_name(name)
    shutil.copyfile(source, leftover)
    return leftover


def holding(files: list[Path], needles) -> dict[str, list[str]]:
    """Which files' raw bytes hold which of `needles` (UTF-8)."""
    found: dict[str, list[str]] = {}
    for path in files:
        data = path.read_bytes()
        hits = [needle for needle in needles if needle.encode("utf-8") in data]
        if hits:
            found[str(path)] = hits
    return found


def contact_in(path: Path, uuid: str):
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as raw:
        contact = raw.execute(
            "SELECT last_name, tax_code, anonymised_at FROM neet_contacts WHERE uuid = ?", (uuid,)
        ).fetchone()
        register = raw.execute(
            "SELECT kind, erased_by, reason FROM erasure_register WHERE record_uuid = ?", (uuid,)
        ).fetchall()
    return contact, register


def uuid_of(path: Path, contact_id: int) -> str:
    with sqlite3.connect(path) as raw:
        return raw.execute("SELECT uuid FROM neet_contacts WHERE id = ?", (contact_id,)).fetchone()[
            0
        ]


def test_the_office_holds_the_person_everywhere_before_the_erasure(tmp_path):
    """The scenario is what it claims: every kind of copy exists and holds the person."""
    office, _person, other = make_office(tmp_path)
    names = [p.name for p in office.files()]
    assert any(".before-migration-0003-" in n for n in names)
    assert any(".before-restore-" in n for n in names)
    assert any(n.endswith("~abcdefgh.tmp") for n in names)
    assert len(backup.list_backups(office.default)) == len(backup.list_backups(office.stick)) == 2
    hits = holding(office.files(), [PERSON["tax_code"], other])
    assert len(hits) == len(office.files())  # every file, the live one included
    assert all(PERSON["tax_code"] in found for found in hits.values())


def test_an_erasure_by_the_service_leaves_no_byte_of_the_person_in_any_copy(tmp_path):
    office, person, other = make_office(tmp_path)
    database = open_database(office.path)
    uuid = uuid_of(office.path, person)
    with database.session() as session:
        privacy.erase_contact(
            session, person, user="luca", reason=f"written request of {SECRETS[1]}"
        )
    privacy.compact_file(database)
    live = [office.path, office.path.with_name(office.path.name + "-wal")]
    assert holding([p for p in live if p.exists()], SECRETS) == {}  # the WAL too, while open
    report = erasure_register.scrub_pending_copies(database)
    database.close()
    copies = [p for p in office.files() if p != office.path]
    assert report.complete and len(report.scrubbed) == len(copies) == 6, report
    assert holding(office.files(), SECRETS) == {}
    assert all(other in found for found in holding(copies, [other]).values())
    assert len(holding(copies, [other])) == len(copies)  # the others are still there
    for copy in copies:
        with sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True) as raw:
            assert schema_problems(raw) == []
            assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    contact, register = contact_in(backup.list_backups(office.stick)[0].path, uuid)
    assert contact[2] is not None and register == [
        ("neet_contacts", "luca", "written request of [erased]")
    ]
    with open_database(office.path).session() as session:
        entry = session.get(ErasureEntry, uuid)
        assert entry.copies_pending is False and SECRETS[1] not in entry.reason


def test_a_restore_of_the_oldest_backup_does_not_bring_the_person_back(tmp_path):
    office, person, _other = make_office(tmp_path)
    uuid = uuid_of(office.path, person)
    oldest = backup.list_backups(office.default)[-1].path
    kept_aside = shutil.copyfile(oldest, tmp_path / "kept-by-hand.sqlite")  # not managed
    database = open_database(office.path)
    with database.session() as session:
        privacy.erase_contact(session, person, user="luca", reason="written request")
    database.close()  # no scrub of the copies: the restore must erase by itself
    for source in (kept_aside, oldest):
        backup.restore(source, office.path)
        contact, register = contact_in(office.path, uuid)
        assert contact[1] == "" and contact[2] is not None
        assert register == [("neet_contacts", "luca", "written request")]
        assert holding([office.path], SECRETS) == {}
    assert PERSON["tax_code"].encode() in kept_aside.read_bytes()  # the chosen file untouched


def test_a_restore_of_a_copy_older_than_the_register_erases_and_keeps_the_register(tmp_path):
    office, person, _other = make_office(tmp_path)
    uuid = uuid_of(office.path, person)
    before_migration = next(p for p in office.files() if ".before-migration-0003-" in p.name)
    old = shutil.copyfile(before_migration, tmp_path / "old-0003.sqlite")
    database = open_database(office.path)
    with database.session() as session:
        privacy.erase_contact(session, person, user="luca", reason="written request")
    database.close()
    backup.restore(old, office.path)
    contact, register = contact_in(office.path, uuid)
    assert contact[2] is not None and register == [("neet_contacts", "luca", "written request")]
    assert holding([office.path], SECRETS) == {}
    with open_database(office.path).read_session() as session:  # opens without a migration
        assert session.get(ErasureEntry, uuid) is not None


def erased_with_the_stick_unplugged(tmp_path):
    """The office, the stick's folder while away, the open database and the first scrub's
    report: the person erased while the backup stick was not plugged in."""
    office, person, _other = make_office(tmp_path)
    away = office.stick.with_name("stick-unplugged")
    office.stick.rename(away)
    database = open_database(office.path)
    with database.session() as session:
        privacy.erase_contact(session, person, user="luca", reason="written request")
    privacy.compact_file(database)
    return office, away, database, erasure_register.scrub_pending_copies(database)


def test_an_unreachable_backup_folder_is_named_and_scrubbed_once_it_is_back(tmp_path):
    office, away, database, report = erased_with_the_stick_unplugged(tmp_path)
    assert report.unreachable == [office.stick] and not report.complete
    lines = erasure_register.describe(report)
    assert any(str(office.stick) in line for line in lines), lines
    assert holding(office.files(), SECRETS) == {}  # what could be reached was scrubbed
    assert holding(sorted(away.iterdir()), [PERSON["tax_code"]])  # the stick still holds her
    database.close()
    away.rename(office.stick)
    database = open_database(office.path)
    later = erasure_register.scrub_pending_copies(database)
    assert later.complete and len(later.scrubbed) == 2, later
    assert erasure_register.scrub_pending_copies(database).scrubbed == []  # nothing pending
    database.close()
    assert holding(office.files(), SECRETS) == {}


def test_socialneet_privacy_erase_scrubs_the_copies_and_says_so(tmp_path):
    office, person, other = make_office(tmp_path)
    environment = dict(os.environ, LANG="C", SOCIALNEET_USER="luca")
    result = run_socialneet(
        office.path,
        *["privacy", "erase", "--contact-id", str(person), "--reason", "written request", "--yes"],
        env=environment,
    )
    assert result.returncode == 0, result.stderr
    # The six copies, and the daily backup the command's opening took into the stick.
    assert "scrubbed of the erased data: 7 of 7." in result.stdout, result.stdout
    assert holding(office.files(), SECRETS) == {}
    copies = [p for p in office.files() if p != office.path]
    assert len(copies) == 7 and len(holding(copies, [other])) == len(copies)


def test_a_copy_that_cannot_be_rewritten_is_named_and_left_as_it_was(tmp_path):
    office, person, _other = make_office(tmp_path)
    newest = backup.list_backups(office.default)[0].path
    newest.write_bytes(newest.read_bytes()[:4096])  # truncated: SQLite cannot read it whole
    before = newest.read_bytes()
    database = open_database(office.path)
    with database.session() as session:
        privacy.erase_contact(session, person, user="luca", reason="written request")
    report = erasure_register.scrub_pending_copies(database)
    assert [path for path, _why in report.failed] == [newest]
    assert any(str(newest) in line for line in erasure_register.describe(report))
    with database.read_session() as session:
        assert session.scalars(select(ErasureEntry.copies_pending)).all() == [True]
    database.close()
    assert newest.read_bytes() == before


def test_the_register_is_written_in_the_erasures_transaction_without_personal_data(database):
    from tests.unit.test_privacy import add_person

    first, second = add_person(database), add_person(database, dict(PERSON, tax_code=""))
    try:
        with database.session() as session:
            privacy.erase_contact(session, first, user="luca", reason="written request")
            raise RuntimeError("the erasure's transaction fails after it")
    except RuntimeError:
        pass
    with database.read_session() as session:
        assert session.scalars(select(ErasureEntry)).all() == []
        assert session.get(NeetContact, first).tax_code == PERSON["tax_code"]
    with database.session() as session:
        reason = f"Retention expired for {PERSON['first_name']} {PERSON['last_name']}"
        privacy.anonymise_many(session, [first, second], user="luca", reason=reason)
    with database.read_session() as session:
        rows = session.scalars(select(ErasureEntry)).all()
        uuids = {session.get(NeetContact, n).uuid for n in (first, second)}
    assert {row.record_uuid for row in rows} == uuids
    for row in rows:
        assert (row.kind, row.erased_by, row.copies_pending) == ("neet_contacts", "luca", True)
        assert row.reason == "Retention expired for [erased]"
        assert not any(secret in str(vars(row)) for secret in SECRETS)


KILLED_SCRUB = """
import os, signal, sys
from socialneet_desktop.db import scrub
from socialneet_desktop.db.database import open_database
from socialneet_desktop.services import erasure_register

def killed(work, result):
    print("killed", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)

scrub._vacuum_into = killed  # the process dies with the copy half rewritten
erasure_register.scrub_pending_copies(open_database(sys.argv[1]))
"""


def test_a_scrub_killed_half_way_leaves_every_copy_whole_and_is_finished_later(tmp_path):
    if os.name == "nt":
        pytest.skip("SIGKILL is POSIX only: the child cannot be killed at a chosen point here")
    office, person, _other = make_office(tmp_path)
    database = open_database(office.path)
    with database.session() as session:
        privacy.erase_contact(session, person, user="luca", reason="written request")
    privacy.compact_file(database)
    database.close()
    copies = {p: p.read_bytes() for p in office.files() if p.suffix == ".sqlite"}
    copies.pop(office.path)
    child = subprocess.run(
        [sys.executable, "-c", KILLED_SCRUB, str(office.path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert child.returncode == -9 and "killed" in child.stdout, child.stderr
    leftovers = [p for p in office.files() if p.name.endswith(".tmp")]
    assert leftovers  # the killed scrub's temporary files, named for db.leftovers
    assert all(path.read_bytes() == data for path, data in copies.items())  # none half-written
    database = open_database(office.path)
    report = erasure_register.scrub_pending_copies(database)
    database.close()
    assert report.complete and len(report.scrubbed) == len(copies), report
    assert not [p for p in office.files() if p.name.endswith(".tmp")]
    assert holding(office.files(), SECRETS) == {}


def test_a_restore_over_a_damaged_file_still_applies_the_register_of_the_backups(tmp_path):
    office, person, _other = make_office(tmp_path)
    uuid = uuid_of(office.path, person)
    oldest = backup.list_backups(office.default)[-1].path
    database = open_database(office.path)
    with database.session() as session:
        privacy.erase_contact(session, person, user="luca", reason="written request")
    privacy.compact_file(database)
    erasure_register.scrub_pending_copies(database)
    backup.backup_now(database, None, now=datetime(2026, 1, 3, 10))  # carries the register
    database.close()
    with sqlite3.connect(oldest) as raw:  # an old backup that missed the scrub (by hand)
        raw.execute("DELETE FROM erasure_register")
        raw.execute("UPDATE neet_contacts SET anonymised_at = NULL WHERE uuid = ?", (uuid,))
    office.path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)  # the live file is ruined
    backup.restore(oldest, office.path)
    contact, register = contact_in(office.path, uuid)
    assert contact[2] is not None and register == [("neet_contacts", "luca", "written request")]


def test_any_command_run_once_the_stick_is_back_scrubs_it(tmp_path):
    office, away, database, _report = erased_with_the_stick_unplugged(tmp_path)
    database.close()
    away.rename(office.stick)
    assert holding(sorted(office.stick.iterdir()), [PERSON["tax_code"]])
    result = run_socialneet(office.path, "info", env=dict(os.environ, LANG="C"))
    assert result.returncode == 0, result.stderr
    assert "scrubbed of the erased data" in result.stderr
    assert holding(office.files(), SECRETS) == {}
