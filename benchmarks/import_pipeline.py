"""The import pipeline after reading (mapping, conversion, validation, dedupe, insert) on N
generated rows, beside a bare loop of SQLAlchemy Core inserts of the same rows.

    python benchmarks/import_pipeline.py [N]      (default 100000)
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from socialneet_desktop.db.database import open_database
from socialneet_desktop.db.models import Organization
from socialneet_desktop.importers.pipeline import ImportPlan, import_rows
from socialneet_desktop.importers.readers import SourceRow, SourceTable


def source(count: int) -> SourceTable:
    rows = [
        SourceRow(i, {"ID": str(i), "Ente": f"Associazione Città {i}", "Comune": "Terni"})
        for i in range(1, count + 1)
    ]
    return SourceTable(Path("bench.mdb"), ["ID", "Ente", "Comune"], rows)


def pipeline(folder: Path, table: SourceTable) -> float:
    database = open_database(folder / "pipeline.sqlite")
    plan = ImportPlan("organizations", {"Ente": "name", "Comune": "municipality_code"})
    plan.defaults = {"kind": "other"}
    plan.origin_source, plan.origin_key_columns = "bench.mdb / Enti", ("ID",)
    start = time.perf_counter()
    import_rows(database, table, plan, user="bench")
    elapsed = time.perf_counter() - start
    database.close()
    return elapsed


def bare(folder: Path, table: SourceTable) -> float:
    database = open_database(folder / "bare.sqlite")
    start = time.perf_counter()
    with database.session() as session:
        for row in table.rows:
            values = {"name": row.values["Ente"], "kind": "other", "municipality_code": "L117"}
            session.execute(insert(Organization), values)
    elapsed = time.perf_counter() - start
    database.close()
    return elapsed


def main(count: int) -> None:
    table = source(count)
    with tempfile.TemporaryDirectory() as folder:
        times = {"bare Core insert loop": bare(Path(folder), table)}
        times["import pipeline"] = pipeline(Path(folder), table)
    print(f"{'':24}{'seconds':>10}{'rows/s':>10}")
    for name, seconds in times.items():
        print(f"{name:24}{seconds:10.1f}{count / seconds:10.0f}")
    print(f"ratio: {times['import pipeline'] / times['bare Core insert loop']:.1f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
