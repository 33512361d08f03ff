"""Issue 15, start-up: what the window loads before its first rows are painted.

The window is started in a process of its own (`--quit-after-first-rows` on a small demo
file at the current revision) and reports, at the moment its first rows are painted, the
modules loaded and how much of the municipality list it read. None of the heavy libraries
the window uses later (spreadsheets, PDFs, charts, migrations, codice fiscale checks, the
server drivers, the keyring) may be loaded by then, nor the import, export and printing
code; the list's places are looked up by code without the whole list being parsed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from socialneet_desktop.db.database import open_database
from socialneet_desktop.domain.municipalities import MunicipalityIndex
from socialneet_desktop.domain.resources import resource
from socialneet_desktop.services.demo import fill_demo

ROOT = Path(__file__).resolve().parent.parent.parent

NOT_BEFORE_FIRST_ROWS = (
    "openpyxl",
    "reportlab",
    "matplotlib",
    "alembic",  # no migration is due: the revision is read with one SELECT
    "codicefiscale",
    "keyring",
    "psycopg",
    "psycopg2",
    "socialneet_desktop.importers",
    "socialneet_desktop.exports",
    "socialneet_desktop.printing",
)

AT_FIRST_ROWS = """
import json, sys
from socialneet_desktop import app
from socialneet_desktop.domain import municipalities

quit_when_painted = app.quit_when_painted


def watched(view):
    watch = quit_when_painted(view)  # prints the seconds, then asks the loop to quit

    def report():
        loaded = municipalities.bundled_index.cache_info().currsize > 0
        index = municipalities.bundled_index() if loaded else None
        whole = index is not None and "_folded" in vars(index)  # the search keys
        state = {"modules": sorted(sys.modules), "places_read": loaded, "whole_list": whole}
        print(json.dumps(state), flush=True)

    watch.painted.connect(report)
    return watch


app.quit_when_painted = watched
sys.exit(app.main(sys.argv[1:]))
"""


def child_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")])),
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
    )
    return env


def state_at_first_rows(tmp_path: Path) -> dict:
    path = tmp_path / "ufficio.sqlite"
    database = open_database(path)
    try:
        fill_demo(database, contacts=40, seed=5)
    finally:
        database.close()
    result = subprocess.run(
        [sys.executable, "-c", AT_FIRST_ROWS, "--database", str(path), "--quit-after-first-rows"],
        capture_output=True,
        text=True,
        env=child_env(tmp_path),
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2, result.stdout + result.stderr  # the seconds, then the state
    return json.loads(lines[1])


def test_the_first_rows_are_painted_without_the_heavy_libraries(tmp_path):
    state = state_at_first_rows(tmp_path)
    modules = state["modules"]
    loaded = [
        name
        for name in NOT_BEFORE_FIRST_ROWS
        if any(module == name or module.startswith(name + ".") for module in modules)
    ]
    assert loaded == [], f"loaded before the first rows were painted: {loaded}"
    # The measurement means something: the real window and the database were there.
    assert "socialneet_desktop.ui.main_window" in modules
    assert "sqlite3" in modules
    # The first page shows places by code: one line each is read, not the whole list.
    assert state["places_read"], "the demo list shows no municipality: the check below is void"
    assert not state["whole_list"], "the whole municipality list was parsed for the first page"


def test_a_place_by_code_reads_one_line_and_the_rest_on_the_first_search():
    index = MunicipalityIndex.load(resource("municipalities.csv.gz"))
    assert index.display("L117") == "Terni (TR)"
    assert index.display("Z330") == "Marocco"
    assert index.display("X999") == "X999"  # unknown: the code itself
    assert "_places" not in vars(index) and "_folded" not in vars(index)
    assert [place.code for place in index.search("terni")][:1] == ["L117"]
    assert "_places" in vars(index) and "_folded" in vars(index)
    assert index.get("l117").name == "Terni"  # parsed before the search: the same place
    assert index.resolve("Terni (TR)").code == "L117"
    assert len(index) == len(vars(index)["_places"])
