"""The import pipeline, whatever the reader: mapping -> conversion -> validation -> dedupe ->
insert, and the report of what happened to every row.

Rows stream through in chunks of CHUNK: read, converted, checked and looked up among the
stored records a chunk at a time, their outcomes spooled by the report (outcomes.py), so
memory stays flat however long the file is. `analyse` only reads; `import_rows` analyses
again and then writes, a chunk at a time, in ONE write session: the import is all-or-nothing
(a refusal or failure in the last row rolls back every row). The whole analysis comes before
the first insert, so what a row is compared with is what was stored before the import,
as in the dry run. Records are created through `services.records.create_records`
(multi-row INSERTs, one audit event each) and updated through `update_record`; duplicates
are looked up through `services.duplicate_index` (a few queries a chunk), repeats of an
earlier row of the file through `FileKeys`.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import islice
from typing import Any

from sqlalchemy.orm import Session

from socialneet_desktop.domain.municipalities import MunicipalityIndex, bundled_index
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.i18n import translate
from socialneet_desktop.importers.cell_checks import illegal_characters
from socialneet_desktop.importers.conversion import Converter, Issue, issue_from
from socialneet_desktop.importers.file_keys import FileKeys
from socialneet_desktop.importers.links import Links
from socialneet_desktop.importers.mapping import canonical_kind, fields_of
from socialneet_desktop.importers.outcomes import (  # noqa: F401 - the pipeline's names
    ACCEPTED,
    ADD,
    DUPLICATE,
    DUPLICATE_POLICIES,
    REJECTED,
    SKIP,
    UPDATE,
    ImportReport,
    RowOutcome,
    action_of,
)
from socialneet_desktop.importers.readers import SourceRow, SourceTable
from socialneet_desktop.importers.value_mapping import apply_values
from socialneet_desktop.services import duplicates
from socialneet_desktop.services.duplicate_index import IMPORT_REASONS, INDEXES
from socialneet_desktop.services.import_lookups import (
    imported_keys,
    insert_links,
    linked_pairs,
    record_names,
)
from socialneet_desktop.services.kind_facets import LinkTable, resolve
from socialneet_desktop.services.record_kinds import kind_by_key
from socialneet_desktop.services.record_rules import validate
from socialneet_desktop.services.records import create_records, update_record
from socialneet_desktop.services.related_records import record_by_id

CHUNK = 2000  # rows read, checked and written at a time
SAME_AS_ROW = QT_TRANSLATE_NOOP("Import", "Same as row %1 of this file.")
ALREADY_PRESENT = QT_TRANSLATE_NOOP("Import", "Already in the database: %1 (%2).")
REJECT_BAD_VALUES, EMPTY_BAD_VALUES = "reject", "empty"
LEFT_EMPTY = QT_TRANSLATE_NOOP(
    "Import", "Column '%1': '%2' is left out, the record is imported without it."
)
SAME_MEETING_AS_ROW = QT_TRANSLATE_NOOP(
    "Import", "The same meeting as row %1 (day, type and topic): its organisation is added to it."
)
SAME_ORIGIN = QT_TRANSLATE_NOOP("Import", "Already imported from %1 (key %2): record %3.")


@dataclass
class ImportPlan:
    kind: str  # "organizations", "resources", "contacts" ("organisations" accepted)
    mapping: dict[str, str]  # column title -> field name; unmapped columns are ignored
    defaults: dict[str, str] = field(default_factory=dict)  # field -> text for blank cells
    duplicates: str = SKIP
    origin_source: str = ""  # "file.mdb / Table": records keep where they came from
    origin_key_columns: tuple[str, ...] = ()  # the source's primary key; else the row number
    # {field: {folded text of the file: code}}: the file's words for a coded field
    # (importers/value_mapping.py); a code "" leaves the field empty
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    # a wrong value in a field the record can do without (an e-mail, a phone): REJECT the
    # row, or EMPTY: keep the row without the value, with a warning
    bad_values: str = "reject"

    def __post_init__(self) -> None:
        self.kind = canonical_kind(self.kind)
        if self.duplicates not in DUPLICATE_POLICIES:
            raise ValueError(f"unknown duplicates policy: {self.duplicates!r}")

    def texts(self, row: SourceRow) -> dict[str, str]:
        """{field: text} of one row: the mapped cells, defaults where they are blank."""
        texts = {name: row.values.get(column, "") for column, name in self.mapping.items()}
        apply_values(self.values, texts)
        for name, value in self.defaults.items():
            if not texts.get(name, "").strip():
                texts[name] = value
        return texts

    def origin_key(self, row: SourceRow) -> str:
        if not self.origin_key_columns:
            return f"#{row.number}"
        return "|".join(row.values.get(column, "") for column in self.origin_key_columns)[:100]


def analyse(
    session: Session,
    table: SourceTable,
    plan: ImportPlan,
    *,
    today: date | None = None,
    municipalities: MunicipalityIndex | None = None,
) -> ImportReport:
    """Convert, validate and look for duplicates of every row; writes nothing."""
    report = ImportReport(table.path, plan.kind, plan.duplicates)
    analysis = _Analysis(session, plan, today or date.today(), municipalities or bundled_index())
    try:
        for rows in _chunks(iter(table.rows)):
            report.add(analysis.chunk(rows))
    finally:
        analysis.close()
    return report


def _chunks(rows: Iterator[SourceRow]) -> Iterator[list[SourceRow]]:
    while chunk := list(islice(rows, CHUNK)):
        yield chunk


class _Analysis:
    """What the analysis keeps from chunk to chunk: the converter, the links, the keys of
    the file's rows read so far."""

    def __init__(self, session: Session, plan: ImportPlan, today: date, places) -> None:
        self.session, self.plan, self.today = session, plan, today
        self.converter = Converter(plan.kind, places)
        self.links = Links(session, plan.kind, plan.origin_source)
        self.columns = _columns(plan)
        self.seen = FileKeys()

    def chunk(self, rows: list[SourceRow]) -> list[RowOutcome]:
        outcomes = [self.outcome(row) for row in rows]
        if self.plan.origin_source:
            imported = _imported_keys(self.session, self.plan, rows)
            for outcome, row in zip(outcomes, rows, strict=True):
                _set_origin(outcome, self.plan, row, imported)
        accepted = [outcome for outcome in outcomes if outcome.status == ACCEPTED]
        _mark_duplicates(self.session, self.plan.kind, accepted, self.seen)
        if self.plan.kind == "meetings":
            _merge_meetings(outcomes, self.seen)
        return outcomes

    def outcome(self, row: SourceRow) -> RowOutcome:
        plan, converter = self.plan, self.converter
        texts = plan.texts(row)
        issues = illegal_characters(texts, self.columns)
        values, converted = converter.convert_row(texts)
        issues += converted + self.links.resolve(values)
        problems = validate(
            plan.kind, values, today=self.today, municipalities=converter.municipalities
        )
        failed = {issue.field for issue in issues if issue.is_error}
        issues += [
            issue_from(p) for p in problems if not (p.field in failed and _is_blank(values, p))
        ]
        if row.error:  # shifted columns: what the conversion says of them is noise
            issues = [Issue("", row.error, row.error_args)]
        elif plan.bad_values == EMPTY_BAD_VALUES:
            issues = self.without_bad_values(values, texts, issues)
        status = REJECTED if any(issue.is_error for issue in issues) else ACCEPTED
        from_file = {
            name: values[name]
            for column, name in plan.mapping.items()
            if name in values and row.values.get(column, "").strip()
        }
        if "activity_code" in from_file and values.get("activity_id"):
            from_file["activity_id"] = values["activity_id"]  # the code's activity, updated too
        label = _label(plan.kind, values, texts)
        return RowOutcome(row.number, status, label, values, from_file, issues)

    def without_bad_values(self, values: dict, texts: dict, issues: list[Issue]) -> list[Issue]:
        """The row kept without the values of optional fields that are wrong: those fields
        emptied, their errors made warnings, the row checked again without them."""
        fields = fields_of(self.plan.kind)
        bad = {
            i.field
            for i in issues
            if i.is_error and i.field in fields and not fields[i.field].required
        }
        if not bad:
            return issues
        for name in bad:
            values[name] = "" if fields[name].type in ("text", "code") else None
        kept = [
            replace(i, severity="warning") if i.field in bad and i.is_error else i for i in issues
        ]
        kept += [
            Issue(name, LEFT_EMPTY, (self.columns[name], texts.get(name, "")), "warning")
            for name in sorted(bad)
        ]
        again = validate(
            self.plan.kind, values, today=self.today, municipalities=self.converter.municipalities
        )
        known = {(i.field, i.message) for i in kept}
        kept += [issue_from(p) for p in again if p.is_error and (p.field, p.message) not in known]
        return kept

    def close(self) -> None:
        self.seen.close()


def _columns(plan: ImportPlan) -> dict[str, str]:
    """{field: what the user knows it by}: the column of the file, else the field's label
    (a value given for all rows)."""
    fields = fields_of(plan.kind)
    columns = {name: translate("Import", fields[name].label) for name in fields}
    columns.update({name: column for column, name in plan.mapping.items()})
    return columns


def _imported_keys(session: Session, plan: ImportPlan, rows: list[SourceRow]) -> dict[str, int]:
    """{origin key: record id} of the records already imported from this source, among the
    keys of `rows`."""
    keys = sorted({plan.origin_key(row) for row in rows})
    return imported_keys(session, kind_by_key(plan.kind).model, plan.origin_source, keys)


def _set_origin(outcome: RowOutcome, plan: ImportPlan, row: SourceRow, imported: dict) -> None:
    """Record the origin; a row imported before is a duplicate whatever its values."""
    key = plan.origin_key(row)
    outcome.values.update(origin_source=plan.origin_source, origin_key=key)
    if key in imported and outcome.status == ACCEPTED:
        outcome.status, outcome.duplicate_of = DUPLICATE, imported[key]
        args = (plan.origin_source, key, str(imported[key]))
        outcome.issues.append(Issue("", SAME_ORIGIN, args, "warning"))


def _is_blank(values: dict[str, Any], problem) -> bool:
    return values.get(problem.field) in (None, "")


def _label(kind: str, values: dict[str, Any], texts: dict[str, str]) -> str:
    """The row as the report names it: the texts of the kind's label fields."""
    return " ".join(texts.get(name, "") for name in kind_by_key(kind).row_label).strip()


def _mark_duplicates(session: Session, kind: str, outcomes: list[RowOutcome], seen) -> None:
    """Mark the rows that repeat an earlier row of the file or a stored record."""
    index = INDEXES[kind](session, [outcome.values for outcome in outcomes])
    keyed = [(outcome, [repr(key) for key in _keys(kind, outcome.values)]) for outcome in outcomes]
    earlier = seen.rows_of(key for _outcome, keys in keyed for key in keys)
    new: dict[str, int] = {}
    for outcome, keys in keyed:
        _find_duplicate(index, outcome, keys, earlier, new)
    seen.add(new)


def _merge_meetings(outcomes: list[RowOutcome], seen: FileKeys) -> None:
    """A row repeating an earlier meeting of the file (same day, type and topic) with
    another organisation is that meeting: it adds its organisation instead of a meeting."""
    accepted = [
        outcome
        for outcome in outcomes
        if outcome.status == ACCEPTED and outcome.values.get("organization_id")
    ]  # a row without an organisation has none to add
    keyed = [(outcome, repr(_meeting_key(outcome.values))) for outcome in accepted]
    earlier = seen.rows_of(key for _outcome, key in keyed)
    new: dict[str, int] = {}
    for outcome, key in keyed:
        number = earlier.get(key) or new.get(key)
        if number is None:
            new[key] = outcome.number
            continue
        outcome.status, outcome.same_as = DUPLICATE, number
        outcome.issues.append(Issue("", SAME_MEETING_AS_ROW, (str(number),), "warning"))
    seen.add(new)


def _meeting_key(values: dict[str, Any]) -> tuple:
    topic = " ".join(str(values.get("topic") or "").casefold().split())
    return ("same meeting", str(values.get("meeting_date")), values.get("meeting_type"), topic)


def _find_duplicate(index, outcome: RowOutcome, keys: list[str], earlier: dict, new: dict) -> None:
    """Mark `outcome` a duplicate of an earlier row of the file (of an earlier chunk: in
    `earlier`, of this one: in `new`, which gets its keys) or of a stored record."""
    for key in keys:
        number = earlier.get(key) or new.get(key)
        if number:
            outcome.status, outcome.same_as = DUPLICATE, number
            outcome.issues.append(Issue("", SAME_AS_ROW, (str(number),), "warning"))
            return
    for key in keys:
        new[key] = outcome.number
    match = index.best(outcome.values)
    if match is not None:
        outcome.status, outcome.duplicate_of = DUPLICATE, match.record_id
        if match.reason in IMPORT_REASONS:
            reason = translate("Import", IMPORT_REASONS[match.reason])
        else:
            reason = translate("Records", duplicates.REASONS[match.reason])
        outcome.issues.append(Issue("", ALREADY_PRESENT, (match.label, reason), "warning"))


def _keys(kind: str, values: dict[str, Any]) -> list[tuple]:
    """Exact keys that make two rows of the same file the same record: their codes, and
    the key of the kind's duplicate index (`file_key`)."""
    codes = [values.get("tax_code") or "", values.get("vat_number") or ""]
    keys = [("code", _compact_code(code)) for code in codes if code]
    key = INDEXES[kind].file_key(values)
    return keys if key is None else [*keys, key]


def _compact_code(code: str) -> str:
    compact = "".join(char for char in code if char not in " .-").upper()
    return compact[2:] if compact.startswith("IT") and compact[2:].isdigit() else compact


class ImportFailed(Exception):
    """Writing failed; everything was rolled back. `report` is the analysis that was tried."""

    def __init__(self, report: ImportReport, error: Exception) -> None:
        super().__init__(str(error))
        self.report = report
        self.error = error


def import_rows(
    database,
    table: SourceTable,
    plan: ImportPlan,
    *,
    user: str,
    today: date | None = None,
    municipalities: MunicipalityIndex | None = None,
) -> ImportReport:
    """Analyse and write in one transaction: every accepted row, or nothing at all. The
    import is a batch of its own (services.import_batches), which can be undone; the values
    it mapped are remembered for the next import (services.import_value_memory)."""
    from socialneet_desktop.services.import_batches import record_batch
    from socialneet_desktop.services.import_value_memory import remember

    report = None
    try:
        with database.session() as session:
            report = analyse(session, table, plan, today=today, municipalities=municipalities)
            written = write_report(session, report, plan, user)
            counts = {plan.kind: batch_counts(report)}
            report.batch_id = record_batch(
                session, user, str(table.path), counts, written.created, written.updated
            )
            remember(session, plan, user)
    except Exception as error:
        raise ImportFailed(report, error) from error
    report.written = True
    return report


def batch_counts(report: ImportReport) -> dict[str, int]:
    """What the import did with the rows, as the batch keeps it."""
    return {
        "created": report.totals[ACCEPTED]
        + (report.totals[DUPLICATE] if report.duplicates_policy == ADD else 0),
        "found": report.totals[DUPLICATE],
        "rejected": report.totals[REJECTED],
        "updated": report.linked if report.duplicates_policy == UPDATE else 0,
    }


@dataclass
class Written:
    """What a write did, for the batch: the ids created per table (8 bytes each, so a
    million rows stay small), the updates with the values they replaced; `by_row`: {row
    number: id created}, kept only when asked (a meeting's repeated rows, several kinds)."""

    created: dict[str, array] = field(default_factory=dict)
    updated: list = field(default_factory=list)  # services.import_batches.BatchRecord
    by_row: dict[int, int] | None = None


def write_report(
    session: Session, report: ImportReport, plan: ImportPlan, user: str, *, by_row=False
) -> Written:
    """Create the new records a chunk at a time, then update the duplicates (policy
    "update"), reading the outcomes back from the report's spool."""
    kind = kind_by_key(plan.kind)
    model = kind.model
    keep = by_row or plan.kind == "meetings"
    written = Written(by_row={} if keep else None)
    ids_made = written.created.setdefault(model.__tablename__, array("q"))
    for chunk in report.chunks():
        rows = [row for row in chunk if action_of(row, plan.duplicates) == "created"]
        if rows:
            ids = _create(session, plan.kind, [row.values for row in rows], user)
            ids_made.extend(ids)
            if keep:
                written.by_row.update(zip((row.number for row in rows), ids, strict=True))
    if plan.kind == "meetings":
        _link_repeated_meetings(session, report, written.by_row)
    if not report.linked or plan.duplicates != UPDATE:
        return written
    for chunk in report.chunks():
        for row in chunk:
            if action_of(row, plan.duplicates) == "updated":
                written.updated.append(_update(session, model, row, plan, user))
    return written


def _create(session: Session, kind: str, rows: list[dict[str, Any]], user: str) -> list[int]:
    """Insert the records; links of a table of their own (a meeting's organisation) after."""
    record_kind = kind_by_key(kind)
    if not record_kind.link_tables:
        return create_records(session, record_kind.model, rows, user=user)
    linked = {link.field for link in record_kind.link_tables}
    own = [{name: value for name, value in row.items() if name not in linked} for row in rows]
    audited = [{} for _row in rows]
    for link in record_kind.link_tables:
        names = record_names(session, kind_by_key(link.kind), _wanted(rows, link))
        for row, extra in zip(rows, audited, strict=True):
            if row.get(link.field):
                extra[link.audited_as] = [names[row[link.field]]]
    ids = create_records(session, record_kind.model, own, user=user, also_audited=audited)
    for link in record_kind.link_tables:
        _insert_links(session, link, ids, rows)
    return ids


def _link_repeated_meetings(session: Session, report: ImportReport, created: dict) -> None:
    """The organisations of the rows merged into an earlier row's meeting, linked to it."""
    link = kind_by_key("meetings").link_tables[0]
    pairs = set()
    for chunk in report.chunks():
        for row in chunk:
            meeting_id = created.get(row.same_as) if row.same_as else None
            organization_id = row.values.get(link.field)
            if meeting_id and organization_id:
                pairs.add((meeting_id, organization_id))
    table = resolve(link.table)
    pairs -= linked_pairs(session, table, link.own_column, link.field, [m for m, _o in pairs])
    rows = [{link.own_column: m, link.field: o} for m, o in sorted(pairs)]
    if rows:
        insert_links(session, resolve(link.table), rows)


def _wanted(rows: list[dict[str, Any]], link: LinkTable) -> set:
    return {row[link.field] for row in rows if row.get(link.field)}


def _insert_links(session: Session, link: LinkTable, ids: list[int], rows: list[dict]) -> None:
    links = [
        {link.own_column: new_id, link.field: row[link.field]}
        for new_id, row in zip(ids, rows, strict=True)
        if row.get(link.field)
    ]
    if links:
        insert_links(session, resolve(link.table), links)


def _update(session: Session, model, row: RowOutcome, plan: ImportPlan, user: str):
    """Cells of the file overwrite; default values only fill fields that are empty. The
    batch line keeps what the fields held before."""
    from socialneet_desktop.services.import_batches import BatchRecord

    record = record_by_id(session, model, row.duplicate_of)
    values = {name: value for name, value in row.file_values.items() if value not in (None, "")}
    for name in plan.defaults:
        if name in row.values and getattr(record, name, None) in (None, ""):
            values.setdefault(name, row.values[name])
    previous = {
        name: getattr(record, name) for name in values if getattr(record, name) != values[name]
    }
    record = update_record(session, model, record.id, record.version, values, user=user)
    return BatchRecord(model.__tablename__, record.id, "updated", record.version, previous)
