"""Export of a list as it is shown: the same rows (search, filters, sort) and column specs.

Lists of people (NEET contacts, visits) are pseudonymous unless `identifiable` is asked for:
personal columns are left out, and a stable pseudonymous code and the age band are added.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from socialneet_desktop.db.database import Database
from socialneet_desktop.domain.age import band_text
from socialneet_desktop.domain.columns import TEXT, ColumnSpec
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.exports.excel import (
    Progress,
    TableSheet,
    discard,
    new_workbook,
    save_atomically,
)
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services.list_rows import list_rows
from socialneet_desktop.services.list_specs import ListQuery
from socialneet_desktop.services.pseudonyms import database_coder
from socialneet_desktop.services.record_kinds import RecordKind, kind_by_key

PSEUDONYM = ColumnSpec("pseudonym", QT_TRANSLATE_NOOP("Columns", "Person code"), TEXT, 12)
AGE_BAND = ColumnSpec("age_band", QT_TRANSLATE_NOOP("Columns", "Age band"), TEXT, 10)


def is_people_list(kind_key: str) -> bool:
    """A list of people, exported pseudonymous: the kind names the person of each row
    (RecordKind.person_of_list: uuid, birth date, day the age is taken on)."""
    return kind_by_key(kind_key).person_of_list is not None


def special_columns(kind: RecordKind, identifiable: bool, special: bool) -> list[ColumnSpec]:
    """The special-category columns (GDPR art. 9) of an identifiable export that asked for
    them; none otherwise (never in a pseudonymous export)."""
    return list(kind.special_columns) if identifiable and special else []


def export_columns(kind: RecordKind, identifiable: bool, special: bool = False) -> list[ColumnSpec]:
    """The list's columns, without the personal ones unless identifiable, then the
    special-category ones when asked for; for people, the pseudonymous code first and the
    age band last."""
    shown = [spec for spec in kind.columns if identifiable or not spec.personal]
    shown += special_columns(kind, identifiable, special)
    if not is_people_list(kind.key):
        return shown
    return [PSEUDONYM, *shown, AGE_BAND]


def search_note(search: str) -> str:
    """The words searched, as the sheet says above its header; and that the text was cut."""
    from socialneet_desktop.services import list_queries

    words = list_queries.search_words(search)
    if not words:
        return ""
    note = fill(translate("Export", "Search: %1"), " ".join(words))
    hint = list_queries.search_hint(search)
    return f"{note} ({fill(translate('Search', hint[0]), hint[1])})" if hint else note


def _row_maker(kind: RecordKind, identifiable: bool, today: date, code=None, special=False):
    """A function turning a SQL row into the values of export_columns(): the list's columns,
    its id and version, then the person's uuid and birth date, then the special ones."""
    keys = [spec.key for spec in kind.columns]
    kept = [i for i, spec in enumerate(kind.columns) if identifiable or not spec.personal]
    first_special = len(keys) + 2 + (2 if kind.person_of_list else 0)
    count = len(special_columns(kind, identifiable, special))
    kept += range(first_special, first_special + count)
    if not is_people_list(kind.key):
        return lambda row: [row[i] for i in kept]
    day_key = kind.person_of_list[2]
    day_index = keys.index(day_key) if day_key else None
    uuid_index, birth_index = len(keys) + 2, len(keys) + 3

    def make(row):
        on_date = row[day_index] if day_index is not None else today
        values = [code(row[uuid_index])]
        values += [row[i] for i in kept]
        values.append(band_text(row[birth_index], on_date or today))
        return values

    return make


def export_list(
    database: Database,
    kind_key: str,
    query: ListQuery,
    path: Path,
    *,
    identifiable: bool = False,
    special_category: bool = False,
    progress: Progress | None = None,
    today: date | None = None,
) -> int:
    """Write the rows the list shows for `query` to `path` (.xlsx); returns the row count.
    `special_category`: with the kind's special-category columns, in an identifiable export
    only (RecordKind.special_columns)."""
    from socialneet_desktop.services.list_queries import count_rows

    kind = kind_by_key(kind_key)
    today = today or date.today()
    progress = progress or Progress()
    workbook = new_workbook()
    try:
        title = translate("RecordKind", kind.title)
        columns = export_columns(kind, identifiable, special_category)
        sheet = TableSheet(workbook, title, columns, datetime.now(), search_note(query.search))
        coder = database_coder(database)
        make = _row_maker(kind, identifiable, today, coder, special_category)
        with database.read_session() as session:
            total = count_rows(session, kind_key, query)
            progress.step(0, total)
            extra = kind.person_of_list[:2] if kind.person_of_list else ()  # uuid, birth date
            special = special_columns(kind, identifiable, special_category)
            extra += tuple(spec.key for spec in special)
            result = list_rows(session, kind_key, query, today, extra)
            sheet.extend((make(row) for row in result), progress, total)
        sheet.close()
        save_atomically(workbook, path)
    except BaseException:
        discard(workbook)
        raise
    return sheet.rows
