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


@pytest.fixture
def database(tmp_path) -> Database:
    db = open_database(tmp_path / "test.sqlite")
    yield db
    db.close()
