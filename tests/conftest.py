"""Shared fixtures: an offscreen Qt, settings in a temporary folder, a fresh database per test."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The user data folder (default database, pending-file registry, PDFs to open) of the run is a
# temporary one, so tests never write to or sweep the tester's own (platformdirs reads it).
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="socialneet-test-data-")
atexit.register(shutil.rmtree, os.environ["XDG_DATA_HOME"], True)

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from socialneet_desktop.db.database import Database, open_database  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TESTDATA = ROOT.parent / "shared" / "testdata"


def shared_testdata(*parts: str) -> Path:
    """A file of ../shared/testdata; the test is skipped, saying why, when it is not there."""
    path = TESTDATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: ../shared/testdata exists only in the project's workspace")
    return path


@pytest.fixture(scope="session", autouse=True)
def _qt_application(qapp, tmp_path_factory):
    """One QApplication for the run (created before any CLI test makes a QCoreApplication),
    with user settings written to a temporary folder instead of the tester's own."""
    settings_dir = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    return qapp


@pytest.fixture(autouse=True)
def _no_kept_first_pages():
    """Every test starts with no kept plans of first pages (ui.first_rows): a start reads its
    rows before the opening only when the test kept the plans itself, whatever ran before.
    The plans' worker is waited for first: a plan an earlier test's page was still making
    would be written after the removal (under load, a test then found home lists kept by
    another test's window and its file not opened yet)."""
    from socialneet_desktop.ui.first_rows import plans_path, wait_for_plans

    wait_for_plans()
    plans_path().unlink(missing_ok=True)


POSTGRES_URL_ENV = "SOCIALNEET_TEST_POSTGRES_URL"
NO_POSTGRES = (
    f"{POSTGRES_URL_ENV} is not set: no PostgreSQL server to run the storage tests on "
    "(.ci/run starts one with .ci/postgres.sh)"
)
ENGINES = ("sqlite", "postgresql")
# The storage-touching test modules: their `database` runs once per engine (issue 20). The
# rest keep `database` meaning a SQLite file.
STORAGE_MODULES = frozenset(
    name.strip()
    for name in (ROOT / "tests" / "storage_modules.txt").read_text("utf-8").splitlines()
    if name.strip() and not name.startswith("#")
)


def pytest_generate_tests(metafunc) -> None:
    module = metafunc.module.__name__.rsplit(".", 1)[-1]
    if "database" in metafunc.fixturenames and module in STORAGE_MODULES:
        metafunc.parametrize("database_engine", ENGINES, indirect=True)


@pytest.fixture
def database_engine(request) -> str:
    """The engine of the test's `database`: SQLite unless the module is a storage one."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def database(tmp_path, database_engine, request) -> Database:
    if database_engine == "postgresql":
        yield from _server_database(request)
        return
    db = open_database(tmp_path / "test.sqlite")
    yield db
    db.close()


@pytest.fixture(params=ENGINES)
def engine_database(request, tmp_path) -> Database:
    """A fresh database on each engine: a SQLite file, then a PostgreSQL database."""
    if request.param == "postgresql":
        yield from _server_database(request)
        return
    db = open_database(tmp_path / "test.sqlite")
    yield db
    db.close()


@pytest.fixture(scope="session")
def postgres_template(tmp_path_factory):
    """The address of a migrated template database on the test server (made once a run)."""
    url = os.environ.get(POSTGRES_URL_ENV)
    if not url:
        pytest.skip(NO_POSTGRES)
    from tests.helpers_server import make_template

    address = make_template(url, tmp_path_factory.mktemp("postgres"))
    yield address
    from tests.helpers_server import drop_database

    drop_database(address, address.database)


def _server_database(request):
    """A fresh database copied from the template (CREATE DATABASE … TEMPLATE: fast), dropped
    at the end of the test."""
    from tests.helpers_server import fresh_database

    template = request.getfixturevalue("postgres_template")
    yield from fresh_database(template)
