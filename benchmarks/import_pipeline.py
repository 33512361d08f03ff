"""The import pipeline after reading (mapping, conversion, validation, dedupe, insert) on N
generated source rows, beside a bare loop of SQLAlchemy Core inserts of the same rows.

    python benchmarks/import_pipeline.py [N]      (default 100000)

Three cases, each in a fresh database file:
- organisations (name, municipality, kind) into an empty database;
- NEET contacts (names, sex, birth date and place, codice fiscale checked against them,
  phone) into an empty database;
- the same contacts imported a second time: every row is found already imported (same
  origin) and nothing is written; there is no bare equivalent, so only its rate is shown;
- one Meeting Point visit per contact, each naming its person by the Access key of the
  contacts table (found among the contacts imported from the same file).
The bare loop inserts the values already converted (no text to parse, nothing checked).
"""

from __future__ import annotations

import random
import sys
import tempfile
from datetime import date, time, timedelta
from pathlib import Path
from time import perf_counter

from sqlalchemy import insert

from socialneet_desktop.db.database import open_database
from socialneet_desktop.db.models import MeetingPointVisit, NeetContact, Organization
from socialneet_desktop.importers.mapping import guess_mapping
from socialneet_desktop.importers.pipeline import ImportPlan, import_rows
from socialneet_desktop.importers.readers import SourceRow, SourceTable
from socialneet_desktop.services.demo import codice_fiscale
from socialneet_desktop.services.demo_names import FEMALE_NAMES, MALE_NAMES, SURNAMES

FIRST_NAMES = [(name, "F") for name in FEMALE_NAMES] + [(name, "M") for name in MALE_NAMES]


def organization_source(count: int) -> tuple[SourceTable, list[dict]]:
    rows = [
        SourceRow(i, {"ID": str(i), "Ente": f"Associazione Città {i}", "Comune": "Terni"})
        for i in range(1, count + 1)
    ]
    converted = [
        {"name": row.values["Ente"], "kind": "other", "municipality_code": "L117"} for row in rows
    ]
    return SourceTable(Path("bench.mdb"), ["ID", "Ente", "Comune"], rows), converted


def contact_source(count: int) -> tuple[SourceTable, list[dict]]:
    rng = random.Random(7)
    rows, converted = [], []
    for number in range(1, count + 1):
        first, sex = rng.choice(FIRST_NAMES)
        last = rng.choice(SURNAMES)
        birth = date(1992, 1, 1) + timedelta(days=rng.randrange(6000))  # 15 to 34 years old
        code = codice_fiscale(last, first, sex, birth, "L117")
        phone = f"333 {rng.randrange(10**7):07d}"
        rows.append(
            SourceRow(
                number,
                {
                    "ID": str(number),
                    "Cognome": last,
                    "Nome": first,
                    "Sesso": sex,
                    "Data di nascita": f"{birth:%d/%m/%Y}",
                    "Comune di nascita": "Terni",
                    "Codice fiscale": code,
                    "Telefono": phone,
                },
            )
        )
        converted.append(
            {
                "last_name": last,
                "first_name": first,
                "gender": "female" if sex == "F" else "male",
                "birth_date": birth,
                "birthplace_code": "L117",
                "tax_code": code,
                "phone": phone,
            }
        )
    return SourceTable(Path("bench.mdb"), list(rows[0].values), rows), converted


def visit_source(count: int, contact_ids: list[int]) -> tuple[SourceTable, list[dict]]:
    """Visit number i is of contact i; the bare loop gets the contact's database id."""
    rows, converted = [], []
    for number in range(1, count + 1):
        day = date(2024, 1, 8) + timedelta(days=number % 600)
        cells = {
            "ID": str(number),
            "IDContatto": str(number),
            "Data visita": f"{day:%d/%m/%Y}",
            "Ora inizio": "09:30",
            "Tipo": "Orientamento",
            "Esito": "Curriculum rivisto",
        }
        rows.append(SourceRow(number, cells))
        converted.append(
            {
                "contact_id": contact_ids[number - 1],
                "visit_date": day,
                "start_time": time(9, 30),
                "visit_type": "orientation",
                "outcome": "Curriculum rivisto",
            }
        )
    return SourceTable(Path("bench.mdb"), list(rows[0].values), rows), converted


def plan(kind: str, table: SourceTable) -> ImportPlan:
    if kind == "organizations":
        result = ImportPlan(kind, {"Ente": "name", "Comune": "municipality_code"})
        result.defaults = {"kind": "other"}
    else:
        result = ImportPlan(kind, guess_mapping(kind, table.headers))
    result.origin_source, result.origin_key_columns = f"bench.mdb / {kind}", ("ID",)
    return result


def timed_import(database, kind: str, table: SourceTable) -> tuple[float, int]:
    start = perf_counter()
    report = import_rows(database, table, plan(kind, table), user="bench")
    return perf_counter() - start, report.count("created")


def bare(database, model, converted: list[dict]) -> float:
    start = perf_counter()
    with database.session() as session:
        for values in converted:
            session.execute(insert(model), values)
    return perf_counter() - start


def visits_case(database, folder: Path, count: int) -> tuple:
    """Visits into the database holding the imported contacts; the bare loop inserts the
    same visits into the bare contacts database (contact ids 1 to N there)."""
    table, converted = visit_source(count, list(range(1, count + 1)))
    bare_database = open_database(folder / "bare-contacts.sqlite")
    bare_seconds = bare(bare_database, MeetingPointVisit, converted)
    bare_database.close()
    seconds, created = timed_import(database, "visits", table)
    return ("visits, one per contact", bare_seconds, seconds, created)


def main(count: int) -> None:
    results = []  # (case, bare seconds or None, pipeline seconds, rows created)
    with tempfile.TemporaryDirectory() as folder:
        for kind, model, source in (
            ("organizations", Organization, organization_source),
            ("contacts", NeetContact, contact_source),
        ):
            table, converted = source(count)
            database = open_database(Path(folder) / f"bare-{kind}.sqlite")
            bare_seconds = bare(database, model, converted)
            database.close()
            database = open_database(Path(folder) / f"pipeline-{kind}.sqlite")
            seconds, created = timed_import(database, kind, table)
            results.append((f"{kind}, first import", bare_seconds, seconds, created))
            if kind == "contacts":
                seconds, created = timed_import(database, kind, table)
                results.append((f"{kind}, same file again", None, seconds, created))
                results.append(visits_case(database, Path(folder), count))
            database.close()
    print(f"{count} source rows per case")
    print(f"{'case':32}{'bare s':>8}{'bare rows/s':>13}{'import s':>10}{'rows/s':>9}"
          f"{'created':>9}{'ratio':>7}")  # fmt: skip
    for case, bare_seconds, seconds, created in results:
        bare_cells = (
            f"{bare_seconds:8.1f}{count / bare_seconds:13.0f}" if bare_seconds else f"{'':21}"
        )
        ratio = f"{seconds / bare_seconds:6.2f}x" if bare_seconds else ""
        print(f"{case:32}{bare_cells}{seconds:10.1f}{count / seconds:9.0f}{created:9}{ratio:>7}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
