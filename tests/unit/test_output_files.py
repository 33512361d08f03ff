"""Output files: every option that writes a file refuses the database, its -wal, the input, a
file of another extension and (without --overwrite) an existing file, leaving it byte-identical;
writes are whole or nothing, and a kill leaves only what remove_leftovers then removes."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from socialneet_desktop import cli
from socialneet_desktop.db import models, output_files
from socialneet_desktop.db.database import open_database
from socialneet_desktop.db.output_files import OutputRefused, check_output, remove_leftovers
from socialneet_desktop.services.demo import fill_demo
from tests.conftest import ROOT, shared_testdata

CUSTOMERS = ["--table", "Customers", "--kind", "organisations", "--set", "kind=enterprise"]
ABROAD = ["--map", "City=", "--map", "Phone=", "--map", "Fax=", "--map", "PostalCode="]


@pytest.fixture(autouse=True)
def _own_user_data_folder(tmp_path, monkeypatch):
    """The registry of pending files goes to this test's folder, not the tester's own."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, int]:
    folder = tmp_path_factory.mktemp("output_demo")
    database = open_database(folder / "demo.sqlite")
    fill_demo(database, contacts=6)
    with database.read_session() as session:
        contact_id = session.scalars(select(models.NeetContact.id)).first()
    database.close()
    return folder / "demo.sqlite", contact_id


def _spreadsheet(folder: Path) -> Path:
    path = folder / "organisations.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["name", "kind"])
    workbook.active.append(["Cooperativa Aurora", "enterprise"])
    workbook.save(path)
    return path


def _access(folder: Path) -> Path:
    return Path(shutil.copy(shared_testdata("access", "nwind.mdb"), folder / "nwind.mdb"))


# option -> (suffix, the input it reads or None, argv builder(input, contact id, output))
OPTIONS = {
    "print --out": (".pdf", None, lambda i, c, o: ["print", "register", "--day", "04/03/2031",
                                                    "--blank", "--out", o]),
    "export list --out": (".xlsx", None, lambda i, c, o: ["export", "list", "--kind",
                                                           "organizations", "--out", o]),
    "funder-report --out": (".xlsx", None, lambda i, c, o: [
        "export", "funder-report", "--from", "01/01/2000", "--to", "31/12/2099", "--out", o]),
    "access-request --out": (".xlsx", None, lambda i, c, o: [
        "privacy", "access-request", "--contact-id", str(c), "--out", o]),
    "spreadsheet --report": (".xlsx", _spreadsheet, lambda i, c, o: [
        "import", "spreadsheet", "--kind", "organisations", i, "--dry-run", "--report", o]),
    "access --report": (".xlsx", _access, lambda i, c, o: [
        "import", "access", i, *CUSTOMERS, *ABROAD, "--dry-run", "--report", o]),
    "access --mapping-file": (".json", _access, lambda i, c, o: [
        "import", "access", i, *CUSTOMERS, *ABROAD, "--dry-run", "--mapping-file", o]),
}  # fmt: skip


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(database: Path, argv: list[str]) -> int:
    try:
        return cli.main(["--database", str(database), *argv])
    except SystemExit as exit_:
        return int(exit_.code or 0)


def _setup(option, case, demo, folder: Path):
    """(database, input, target): the target is what the option is pointed at."""
    suffix, make_input, _argv = OPTIONS[option]
    source = make_input(folder) if make_input else None
    database = folder / "office.sqlite"
    shutil.copy(demo[0], database)
    if case == "database":
        database = database.rename(folder / f"office{suffix}")
        return database, source, database
    if case == "wal":
        return database, source, database.with_name(database.name + "-wal")
    if case == "input":
        return database, source, source
    target = folder / (f"old{suffix}" if case == "existing" else "notes.txt")
    target.write_bytes(b"a file of the user's, not ours to replace\n")
    return database, source, target


CASES = ["database", "wal", "input", "existing", "other extension"]
PAIRS = [
    (option, case)
    for option in OPTIONS
    for case in CASES
    if case != "input" or OPTIONS[option][1] is not None
]


@pytest.mark.parametrize(("option", "case"), PAIRS)
def test_a_refused_output_is_named_and_left_byte_identical(demo, tmp_path, capsys, option, case):
    database, source, target = _setup(option, case, demo, tmp_path)
    keeper = sqlite3.connect(database)  # another program holding the file: its -wal exists
    keeper.execute("SELECT count(*) FROM sqlite_master").fetchall()
    try:
        before = _digest(target)
        argv = OPTIONS[option][2](str(source), demo[1], str(target))
        assert _run(database, argv) == 2
        assert option.split()[-1] in capsys.readouterr().err
        assert _digest(target) == before
    finally:
        keeper.close()
    assert not [p for p in tmp_path.iterdir() if output_files.PART_SUFFIX in p.name]


@pytest.mark.parametrize("option", list(OPTIONS))
def test_overwrite_replaces_an_existing_file(demo, tmp_path, option):
    database, source, target = _setup(option, "existing", demo, tmp_path)
    argv = OPTIONS[option][2](str(source), demo[1], str(target))
    assert _run(database, [*argv, "--overwrite"]) == 0
    data = target.read_bytes()
    if target.suffix == ".pdf":
        assert data.startswith(b"%PDF")
    elif target.suffix == ".json":
        assert "nwind.mdb / Customers" in json.loads(data)
    else:
        assert openpyxl.load_workbook(target).sheetnames
    assert not [p for p in tmp_path.iterdir() if output_files.PART_SUFFIX in p.name]


def test_a_mapping_file_is_updated_without_overwrite_and_keeps_its_other_mappings(demo, tmp_path):
    database, source, _ = _setup("access --mapping-file", "existing", demo, tmp_path)
    store = tmp_path / "mappings.json"
    other = {
        "kind": "organisations",
        "mapping": {"A": "name"},
        "defaults": {},
        "duplicates": "skip",
    }
    store.write_text(json.dumps({"old.mdb / Clienti": other}), encoding="utf-8")
    argv = OPTIONS["access --mapping-file"][2](str(source), 0, str(store))
    assert _run(database, argv) == 0
    saved = json.loads(store.read_text(encoding="utf-8"))
    assert saved["old.mdb / Clienti"] == other and "nwind.mdb / Customers" in saved


def test_check_output_knows_the_database_files_by_identity(tmp_path):
    database = tmp_path / "office.sqlite"
    database.write_bytes(b"x")
    link = tmp_path / "link.sqlite"
    os.link(database, link)
    for path, suffix in [(link, ".sqlite"), (tmp_path / "office.sqlite-wal", ".sqlite-wal")]:
        with pytest.raises(OutputRefused) as refused:
            check_output(path, suffix, protected=[database], overwrite=True)
        assert refused.value.message == output_files.IS_DATABASE
    with pytest.raises(OutputRefused) as refused:
        check_output(tmp_path / "new.XLSX", ".xlsx", inputs=[tmp_path / "new.XLSX"])
    assert refused.value.message == output_files.IS_INPUT
    with pytest.raises(OutputRefused) as refused:
        check_output(tmp_path / "missing" / "a.pdf", ".pdf")
    assert refused.value.message == output_files.NO_FOLDER
    assert check_output(tmp_path / "a.PDF", ".pdf") == tmp_path / "a.PDF"


def test_a_write_that_fails_midway_leaves_the_old_file_and_no_temporary(tmp_path):
    from socialneet_desktop.printing.layout import write_atomically

    target = tmp_path / "register.pdf"
    target.write_bytes(b"the old register")

    def half_then_fail(stream):
        stream.write(b"%PDF-1.4 half a document")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        write_atomically(target, half_then_fail)
    assert target.read_bytes() == b"the old register"
    assert [p.name for p in tmp_path.iterdir() if p.name != "data-home"] == ["register.pdf"]
    assert not list(output_files.registry_folder().iterdir())


CHILD = """
import os, sys, time
from pathlib import Path
from socialneet_desktop.db.database import open_database
from socialneet_desktop.exports.excel import Progress
from socialneet_desktop.exports.list_export import export_list
from socialneet_desktop.printing.layout import write_atomically
from socialneet_desktop.services.list_specs import ListQuery

def wait_to_be_killed(*_):
    print("writing", flush=True)
    time.sleep(600)

database, out = open_database(Path(sys.argv[1])), Path(sys.argv[2])
if out.suffix == ".pdf":
    write_atomically(out, lambda stream: (stream.write(b"%PDF-1.4 ..."), wait_to_be_killed()))
else:
    progress = Progress(report=lambda done, total: done and wait_to_be_killed())
    export_list(database, "contacts", ListQuery(), out, identifiable=True, progress=progress)
"""


@pytest.mark.parametrize("suffix", [".xlsx", ".pdf"])
def test_a_killed_writer_leaves_only_what_remove_leftovers_removes(demo, tmp_path, suffix):
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("SIGKILL does not exist on this system")
    database = Path(shutil.copy(demo[0], tmp_path / "office.sqlite"))
    opened = open_database(database)
    with opened.read_session() as session:
        name = session.scalars(select(models.NeetContact.last_name)).first()
    opened.close()
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    target = tmp_path / f"list{suffix}"
    target.write_bytes(b"yesterday's list")
    env = {**os.environ, "TMPDIR": str(system_temp), "XDG_DATA_HOME": str(tmp_path / "data-home")}
    script = textwrap.dedent(CHILD)
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(database), str(target)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "writing"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert not list(system_temp.iterdir())  # openpyxl's sheet XML used to be spooled there
    left = remove_leftovers()
    assert left and not any(os.path.lexists(path) for path in left)
    assert target.read_bytes() == b"yesterday's list"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["data-home", "system-temp", target.name]
        + [p.name for p in tmp_path.glob("office.sqlite*")]  # its -wal, -shm, in-use marker
    )
    assert not _files_containing(tmp_path / "data-home", name)
    assert not list(output_files.registry_folder().iterdir())


def _files_containing(folder: Path, text: str) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and text.encode() in path.read_bytes():
            found.append(path)
    return found


def test_remove_leftovers_keeps_what_a_living_process_writes(tmp_path):
    with output_files.write_atomically(tmp_path / "a.pdf") as temporary:
        temporary.write_bytes(b"half")
        assert remove_leftovers() == []
        assert temporary.exists()
    assert (tmp_path / "a.pdf").read_bytes() == b"half"


def test_a_workbook_save_that_fails_midway_closes_its_archive_and_leaves_nothing(tmp_path):
    from openpyxl.drawing.image import Image
    from PIL import Image as Picture

    from socialneet_desktop.exports.excel import new_workbook, save_atomically

    if not Path("/proc/self/fd").is_dir():
        pytest.skip("the open files of a process are listed in /proc/self/fd on Linux only")
    logo = tmp_path / "logo.png"
    Picture.new("RGB", (4, 4)).save(logo)
    workbook = new_workbook()
    sheet = workbook.create_sheet("Elenco")
    sheet.append(["Rossi"])
    sheet.add_image(Image(str(logo)), "B2")
    logo.unlink()  # read again while the archive is written: the save fails half-way
    target = tmp_path / "list.xlsx"
    target.write_bytes(b"last month's list")
    with pytest.raises(OSError):
        save_atomically(workbook, target)
    # openpyxl's own save left its ZipFile open on the temporary file (on Windows an open
    # file cannot be removed, and its __del__ later wrote into a file that was gone).
    assert not [fd for fd in _open_files() if str(tmp_path) in fd]
    assert target.read_bytes() == b"last month's list"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data-home", "list.xlsx"]
    assert not list(output_files.registry_folder().iterdir())


def _open_files() -> list[str]:
    names = []
    for link in Path("/proc/self/fd").iterdir():
        with contextlib.suppress(OSError):
            names.append(os.readlink(link))
    return names
