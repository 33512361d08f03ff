"""A record kind made in the test alone - its own model, table and RecordKind - works in the
list (fetch, search, filter, count), the Excel list export, the spreadsheet import and the
recycle bin with no other change: none of those modules may keep a dict keyed by the kind."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from openpyxl import Workbook
from sqlalchemy import Date, Integer, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from socialneet_desktop.db.models import RecordMixin
from socialneet_desktop.domain.age import band_text
from socialneet_desktop.domain.columns import DATE, NUMBER, ColumnSpec, FilterSpec, date_filters
from socialneet_desktop.domain.import_fields import field
from socialneet_desktop.domain.vocabularies import Term, Vocabulary
from socialneet_desktop.exports.excel import HEADER_ROW
from socialneet_desktop.exports.list_export import export_list
from socialneet_desktop.importers.mapping import guess_mapping
from socialneet_desktop.importers.pipeline import ImportPlan, analyse, import_rows
from socialneet_desktop.importers.readers import read_table
from socialneet_desktop.services import kind_labels, list_queries, recycle_bin
from socialneet_desktop.services.kind_facets import RecordKind
from socialneet_desktop.services.kind_rules import Choice, NotNegative, Required
from socialneet_desktop.services.list_specs import ListQuery
from socialneet_desktop.services.record_kinds import (
    LISTED_KINDS,
    all_kinds,
    kind_by_key,
    registered,
)
from socialneet_desktop.services.records import create_record, delete_record

TODAY = date(2026, 3, 1)


class ThrowawayBase(DeclarativeBase):
    pass


class Trainee(RecordMixin, ThrowawayBase):
    """A kind the application has never heard of: people in a training course."""

    __tablename__ = "throwaway_trainees"

    last_name: Mapped[str] = mapped_column(String(80))
    first_name: Mapped[str] = mapped_column(String(80), default="")
    birth_date: Mapped[date | None] = mapped_column(Date)
    track: Mapped[str] = mapped_column(String(20), default="")
    starts_on: Mapped[date | None] = mapped_column(Date)
    hours: Mapped[int | None] = mapped_column(Integer)
    tutor: Mapped[str] = mapped_column(String(80), default="")


TRACK = Vocabulary("trainee_track", (Term("cook", "Cook"), Term("welder", "Welder")))

TRAINEES = RecordKind(
    key="throwaway_trainees",
    model_path=f"{__name__}:Trainee",
    table_name="throwaway_trainees",
    title="Trainees",
    singular="Trainee",
    listed=False,
    columns=(
        ColumnSpec("last_name", "Last name", personal=True),
        ColumnSpec("first_name", "First name", personal=True),
        ColumnSpec("track", "Track"),
        ColumnSpec("starts_on", "Starts", DATE),
        ColumnSpec("hours", "Hours", NUMBER),
    ),
    filters=(*date_filters("starts_on"), FilterSpec("track", "Track", "vocabulary", "track")),
    default_sort=("starts_on", False),
    search_columns=("last_name", "first_name", "tutor"),
    person_of_list=("uuid", "birth_date", "starts_on"),  # exported pseudonymous
    rules=(
        Required("last_name", "Last name: required."),
        Choice("track", TRACK, "Track: %1 is not one of the choices."),
        NotNegative("hours", "Hours: it cannot be negative."),
    ),
    date_fields=("birth_date", "starts_on"),
    name_fields=("last_name", "first_name"),
    labeller=kind_labels.person,
    import_fields=(
        field("last_name", "Last name", "text", "cognome", True),
        field("first_name", "First name", "text", "nome"),
        field("birth_date", "Birth date", "date", "data di nascita"),
        field("track", "Track", "choice", "percorso"),
        field("starts_on", "Starts on", "date", "inizio|data inizio"),
        field("hours", "Hours", "integer", "ore"),
        field("tutor", "Tutor", "text", "tutor"),
    ),
    row_label=("last_name", "first_name"),
)


@pytest.fixture
def trainees(database):
    """The kind registered and its table in the test's database file, with three trainees."""
    ThrowawayBase.metadata.create_all(database.engine)
    with registered(TRAINEES):
        with database.session() as session:
            for last, first, born, track, day, hours, tutor in (
                ("Rossi", "Anna", date(2004, 5, 1), "cook", date(2026, 1, 10), 120, "Verdi"),
                ("Bianchi", "Luca", date(1999, 2, 3), "welder", date(2026, 2, 5), 80, "Neri"),
                ("Esposito", "Sara", date(2008, 9, 9), "cook", date(2026, 4, 1), 200, "Verdi"),
            ):
                values = dict(last_name=last, first_name=first, birth_date=born, track=track)
                values |= dict(starts_on=day, hours=hours, tutor=tutor)
                create_record(session, Trainee, values, user="test")
        yield database


def _names(database, query: ListQuery) -> list[str]:
    with database.read_session() as session:
        rows = list_queries.fetch_page(session, TRAINEES.key, query, 0)
        assert list_queries.count_rows(session, TRAINEES.key, query) == len(rows)
    return [row[0] for row in rows]


def test_the_kind_is_there_only_inside_registered():
    assert TRAINEES not in all_kinds()
    with registered(TRAINEES):
        assert kind_by_key("throwaway_trainees") is TRAINEES and TRAINEES in all_kinds()
        assert TRAINEES not in LISTED_KINDS  # the navigation list stays today's six
        with pytest.raises(ValueError, match="exists already"), registered(TRAINEES):
            pass
    assert TRAINEES not in all_kinds()
    with pytest.raises(KeyError):
        kind_by_key("throwaway_trainees")


def test_the_list_fetches_sorts_searches_and_filters_its_rows(trainees):
    assert _names(trainees, ListQuery()) == ["Rossi", "Bianchi", "Esposito"]
    assert _names(trainees, ListQuery(search="verdi")) == ["Rossi", "Esposito"]
    assert _names(trainees, ListQuery(search="luc bian")) == ["Bianchi"]
    query = ListQuery(filters={"track": "cook"}, sort_key="last_name")
    assert _names(trainees, query) == ["Esposito", "Rossi"]
    query = ListQuery(filters={"date_from": date(2026, 2, 1)}, sort_key="hours", descending=True)
    assert _names(trainees, query) == ["Esposito", "Bianchi"]


def test_the_excel_export_writes_its_rows_pseudonymous(trainees, tmp_path):
    """Its personal columns are left out, a person code and the age band (on the day the
    course starts) are added, as for the application's own lists of people."""
    out = tmp_path / "trainees.xlsx"
    assert export_list(trainees, TRAINEES.key, ListQuery(search="verdi"), out, today=TODAY) == 2
    sheet = openpyxl.load_workbook(out).worksheets[0]
    assert sheet["A1"].value == "Trainees"
    header = [cell.value for cell in sheet[HEADER_ROW] if cell.value]
    assert header == ["Person code", "Track", "Starts", "Hours", "Age band"]
    rows = list(sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True))
    bands = [
        band_text(date(2004, 5, 1), date(2026, 1, 10)),
        band_text(date(2008, 9, 9), date(2026, 4, 1)),
    ]
    assert [row[3:5] for row in rows] == [(120, bands[0]), (200, bands[1])]
    assert bands == ["20–24", "15–19"]
    assert all(row[0] and row[0] not in ("Rossi", "Esposito") for row in rows)


def _spreadsheet(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Cognome", "Nome", "Data di nascita", "Percorso", "Data inizio", "Ore"])
    sheet.append(["Gallo", "Marta", "02/03/2001", "welder", "15/05/2026", 40])
    sheet.append(["", "Senza", "03/03/2001", "cook", "16/05/2026", 40])  # no last name
    sheet.append(["Conti", "Ugo", "04/03/2001", "pilot", "17/05/2026", -1])  # two bad values
    path = tmp_path / "tirocinanti.xlsx"
    workbook.save(path)
    return read_table(path)


def test_a_spreadsheet_import_checks_and_creates_its_records(trainees, tmp_path):
    table = _spreadsheet(tmp_path)
    mapping = guess_mapping(TRAINEES.key, table.headers)
    assert sorted(mapping.values()) == sorted(
        ["last_name", "first_name", "birth_date", "track", "starts_on", "hours"]
    )
    plan = ImportPlan(TRAINEES.key, mapping)
    with trainees.read_session() as session:
        report = analyse(session, table, plan, today=TODAY)
    assert [row.label for row in report.accepted] == ["Gallo Marta"]
    fields = {row.number: sorted(issue.field for issue in row.issues) for row in report.rejected}
    assert fields == {3: ["last_name"], 4: ["hours", "track"]}
    report = import_rows(trainees, table, plan, user="test", today=TODAY)
    assert report.count("created") == 1
    with trainees.read_session() as session:
        added = session.scalars(select(Trainee).where(Trainee.last_name == "Gallo")).one()
        assert (added.track, added.starts_on, added.hours) == ("welder", date(2026, 5, 15), 40)
        assert (added.birth_date, added.created_by) == (date(2001, 3, 2), "test")


def test_the_recycle_bin_lists_and_restores_a_deleted_one(trainees):
    with trainees.session() as session:
        trainee = session.scalars(select(Trainee).where(Trainee.last_name == "Bianchi")).one()
        delete_record(session, Trainee, trainee.id, trainee.version, user="test")
    assert _names(trainees, ListQuery()) == ["Rossi", "Esposito"]
    with trainees.read_session() as session:
        entries = [e for e in recycle_bin.deleted_records(session) if e.kind_key == TRAINEES.key]
    assert [(entry.record_id, entry.text()) for entry in entries] == [(trainee.id, "Bianchi Luca")]
    with trainees.session() as session:
        recycle_bin.restore(session, TRAINEES.key, trainee.id, "test")
    assert _names(trainees, ListQuery()) == ["Rossi", "Bianchi", "Esposito"]
