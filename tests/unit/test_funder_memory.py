"""The funder workbook's memory stays flat in the number of contacts (issue 15): no step of it
holds a list of every contact or visit, and the k-anonymity classes counted in SQL are the
classes of the rows the sheets show.

Why tracemalloc and not a count of rows per fetch: what grew with the database was in several
places (the ORM fetching every row of a detail sheet before the first reached the sheet, the
generalised rows of the person-level sheets kept as lists for the k-anonymity check, the age
bands grouped by every birth date and first visit), and tracemalloc sees all of them, whoever
allocates. Python's allocations are deterministic for the same data: the peaks below are the
same from run to run, whatever the machine's load. On 20,000 demo contacts the code before
peaked at 57 MiB (privacy plan), 26 MiB (Contacts), 49 MiB (Visits), 10 MiB (Meetings) and
8 MiB (Resources); streamed, each stays near one chunk of rows (about 2 MiB), under BOUND.
"""

from __future__ import annotations

import sqlite3
import tracemalloc
from datetime import date

import pytest

from socialneet_desktop.db.database import open_database
from socialneet_desktop.domain.municipalities import bundled_index
from socialneet_desktop.exports.funder_report import DETAILS, plan_privacy
from socialneet_desktop.services import funder_columns as cols
from socialneet_desktop.services import funder_sheets as fs
from socialneet_desktop.services.demo import fill_demo
from socialneet_desktop.services.disclosure import class_sizes
from socialneet_desktop.services.indicators import compute_indicators

TODAY = date(2026, 6, 30)
ALL_YEARS = (date(2000, 1, 1), date(2099, 12, 31))
CONTACTS = 20_000
BOUND = 5 * 2**20  # bytes: twice a chunk of rows, a tenth of what holding them all took


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("funder-memory") / "large.sqlite")
    fill_demo(db, contacts=CONTACTS, seed=9, today=TODAY)
    yield db
    db.close()


def _peak(work) -> int:
    """The peak of Python memory allocated while `work()` runs, in bytes."""
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _warm(session) -> None:
    """Load once what every report loads (municipalities, key, labels) outside the measure."""
    bundled_index()
    plan_privacy(session, compute_indicators(session, date(2026, 1, 1), date(2026, 1, 31)))


def test_the_privacy_plan_holds_no_list_of_every_contact(large):
    with large.read_session() as session:
        _warm(session)
        peak = _peak(lambda: plan_privacy(session, compute_indicators(session, *ALL_YEARS)))
    assert peak < BOUND, f"{peak / 2**20:.1f} MiB"


def test_every_detail_sheet_streams_its_rows(large):
    peaks = {}
    with large.read_session() as session:
        _warm(session)
        for detail in DETAILS:
            rows = 0

            def drain(detail=detail):
                nonlocal rows
                for _row in detail.rows(session, *ALL_YEARS):
                    rows += 1

            peaks[detail.title] = _peak(drain)
            assert rows > 0, detail.title
    too_large = {title: f"{peak / 2**20:.1f} MiB" for title, peak in peaks.items() if peak > BOUND}
    assert too_large == {}


@pytest.fixture
def unusual(tmp_path):
    """Contacts whose generalised values are at the edges: born on 29 February, a birthday
    on the day of the visit or the day after, no birth date, born after the visit (a typo),
    a municipality abroad, of another province, unknown, empty."""
    db = open_database(tmp_path / "unusual.sqlite")
    fill_demo(db, contacts=120, seed=4, today=TODAY)
    births = ("2000-02-29", "2001-01-10", "2001-01-11", None, "2030-01-01", "2006-01-09")
    places = ("Z404", "H501", "X999", "", "L117", "F205")
    with sqlite3.connect(db.path) as raw:
        raw.execute("UPDATE meeting_point_visits SET visit_date = '2026-01-10' WHERE id % 3 = 0")
        raw.execute("UPDATE meeting_point_visits SET visit_date = '2025-02-28' WHERE id % 3 = 1")
        for n, (birth, place) in enumerate(zip(births, places, strict=True)):
            raw.execute(
                "UPDATE neet_contacts SET birth_date = ?, residence_municipality_code = ? "
                "WHERE id % 6 = ?",
                (birth, place, n),
            )
    yield db
    db.close()


@pytest.mark.parametrize(
    ("rows", "columns", "sizes"),
    [
        (fs.general_contact_rows, cols.CONTACTS_GENERAL, fs.contact_class_sizes),
        (fs.general_visit_rows, cols.VISITS_GENERAL, fs.visit_class_sizes),
    ],
)
def test_the_classes_counted_in_sql_are_those_of_the_rows_shown(unusual, rows, columns, sizes):
    keys = [column.spec.key for column in columns]
    with unusual.read_session() as session:
        for period in (ALL_YEARS, (date(2025, 1, 1), date(2025, 12, 31))):
            shown = [tuple(row[key] for key in keys) for row in rows(session, *period)]
            expected = sorted(class_sizes(shown).values())
            assert shown and sorted(sizes(session, *period)) == expected


@pytest.mark.parametrize("code", ["esf_plus", "eea_youth"])
def test_the_indicator_sets_and_their_protection_hold_no_list_of_every_contact(large, code):
    """The sets count people grouped by their attributes in SQL, the rows streamed and added up
    one attribute at a time: a few hundred parts whatever the number of contacts; the privacy
    plan with the set linked stays under the bound too."""
    from socialneet_desktop.services.indicator_counts import count_set
    from socialneet_desktop.services.indicator_sets import SETS

    with large.read_session() as session:
        _warm(session)
        indicators = compute_indicators(session, *ALL_YEARS)
        counts = count_set(session, SETS[code], *ALL_YEARS)
        parts = sum(len(population.parts) for population in counts.populations.values())
        assert counts.totals and parts < 1000  # people by one attribute: a few hundred
        peak = _peak(lambda: count_set(session, SETS[code], *ALL_YEARS))
        assert peak < BOUND, f"{peak / 2**20:.1f} MiB"
        peak = _peak(lambda: plan_privacy(session, indicators, counts))
    assert peak < BOUND, f"{peak / 2**20:.1f} MiB"
