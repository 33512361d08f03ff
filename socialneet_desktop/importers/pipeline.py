"""The import pipeline, whatever the reader: mapping -> conversion -> validation -> dedupe ->
insert, and the report of what happened to every row.

`analyse` only reads; `import_rows` analyses again and writes in ONE write session, so the
import is all-or-nothing: any failure rolls back every row. Records are created through
`services.records.create_records` (multi-row INSERTs, one audit event each) and updated
through `update_record`. Duplicates are looked up through `services.duplicate_index`: a few
queries for the whole file, not one per row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from socialneet_desktop.db.models import (
    ContactPerson,
    MeetingPointVisit,
    NeetContact,
    Organization,
    RecordMixin,
    Staff,
    StakeholderMeeting,
    UnusedResource,
    meeting_organizations,
)
from socialneet_desktop.domain.municipalities import MunicipalityIndex, bundled_index
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.i18n import translate
from socialneet_desktop.importers.conversion import (
    Converter,
    Issue,
    issue_from,
)
from socialneet_desktop.importers.links import Links
from socialneet_desktop.importers.mapping import canonical_kind
from socialneet_desktop.importers.readers import SourceRow, SourceTable
from socialneet_desktop.services import duplicates
from socialneet_desktop.services.duplicate_index import (
    IMPORT_REASONS,
    INDEXES,
    meeting_key,
    person_key,
    visit_key,
)
from socialneet_desktop.services.record_rules import validate
from socialneet_desktop.services.records import create_records, update_record

MODELS: dict[str, type[RecordMixin]] = {
    "organizations": Organization,
    "resources": UnusedResource,
    "contacts": NeetContact,
    "visits": MeetingPointVisit,
    "staff": Staff,
    "contact_people": ContactPerson,
    "meetings": StakeholderMeeting,
}
# Links kept in a table of their own: the meeting's organisation goes to meeting_organizations.
LINK_TABLES = {"meetings": ("organization_id", meeting_organizations, "meeting_id")}
SKIP, UPDATE, ADD = "skip", "update", "add"
DUPLICATE_POLICIES = (SKIP, UPDATE, ADD)
ACCEPTED, REJECTED, DUPLICATE = "accepted", "rejected", "duplicate"
SAME_AS_ROW = QT_TRANSLATE_NOOP("Import", "Same as row %1 of this file.")
ALREADY_PRESENT = QT_TRANSLATE_NOOP("Import", "Already in the database: %1 (%2).")
SAME_ORIGIN = QT_TRANSLATE_NOOP("Import", "Already imported from %1 (key %2): record %3.")


@dataclass
class ImportPlan:
    kind: str  # "organizations", "resources", "contacts" ("organisations" accepted)
    mapping: dict[str, str]  # column title -> field name; unmapped columns are ignored
    defaults: dict[str, str] = field(default_factory=dict)  # field -> text for blank cells
    duplicates: str = SKIP
    origin_source: str = ""  # "file.mdb / Table": records keep where they came from
    origin_key_columns: tuple[str, ...] = ()  # the source's primary key; else the row number

    def __post_init__(self) -> None:
        self.kind = canonical_kind(self.kind)
        if self.duplicates not in DUPLICATE_POLICIES:
            raise ValueError(f"unknown duplicates policy: {self.duplicates!r}")

    def texts(self, row: SourceRow) -> dict[str, str]:
        """{field: text} of one row: the mapped cells, defaults where they are blank."""
        texts = {name: row.values.get(column, "") for column, name in self.mapping.items()}
        for name, value in self.defaults.items():
            if not texts.get(name, "").strip():
                texts[name] = value
        return texts

    def origin_key(self, row: SourceRow) -> str:
        if not self.origin_key_columns:
            return f"#{row.number}"
        return "|".join(row.values.get(column, "") for column in self.origin_key_columns)[:100]


@dataclass
class RowOutcome:
    number: int  # row in the source file
    status: str  # accepted, rejected, duplicate
    label: str
    values: dict[str, Any]
    file_values: dict[str, Any]  # the values that came from the file, not from defaults
    issues: list[Issue] = field(default_factory=list)
    duplicate_of: int | None = None  # id of the existing record
    action: str = ""  # after writing: created, updated, skipped


@dataclass
class ImportReport:
    source: Path
    kind: str
    duplicates_policy: str
    rows: list[RowOutcome] = field(default_factory=list)
    written: bool = False

    def having(self, status: str) -> list[RowOutcome]:
        return [row for row in self.rows if row.status == status]

    @property
    def accepted(self) -> list[RowOutcome]:
        return self.having(ACCEPTED)

    @property
    def rejected(self) -> list[RowOutcome]:
        return self.having(REJECTED)

    @property
    def duplicates(self) -> list[RowOutcome]:
        return self.having(DUPLICATE)

    @property
    def warnings(self) -> list[RowOutcome]:
        return [r for r in self.rows if r.status != REJECTED and r.issues]

    def to_write(self) -> int:
        """Rows the import would create or update under its duplicates policy."""
        return len(self.accepted) + (len(self.duplicates) if self.duplicates_policy != SKIP else 0)

    def count(self, action: str) -> int:
        return sum(row.action == action for row in self.rows)


def analyse(
    session: Session,
    table: SourceTable,
    plan: ImportPlan,
    *,
    today: date | None = None,
    municipalities: MunicipalityIndex | None = None,
) -> ImportReport:
    """Convert, validate and look for duplicates of every row; writes nothing."""
    converter = Converter(plan.kind, municipalities or bundled_index())
    report = ImportReport(table.path, plan.kind, plan.duplicates)
    imported = _imported_keys(session, plan)
    links = Links(session, plan.kind, plan.origin_source)
    for row in table.rows:
        outcome = _outcome(converter, links, row, plan, today or date.today())
        if plan.origin_source:
            _set_origin(outcome, plan, row, imported)
        report.rows.append(outcome)
    _mark_duplicates(session, plan.kind, report.accepted)
    return report


def _imported_keys(session: Session, plan: ImportPlan) -> dict[str, int]:
    """{origin key: record id} of the records already imported from this source."""
    if not plan.origin_source:
        return {}
    model = MODELS[plan.kind]
    query = select(model.origin_key, model.id).where(
        model.origin_source == plan.origin_source, model.deleted_at.is_(None)
    )
    return dict(session.execute(query).all())


def _set_origin(outcome: RowOutcome, plan: ImportPlan, row: SourceRow, imported: dict) -> None:
    """Record the origin; a row imported before is a duplicate whatever its values."""
    key = plan.origin_key(row)
    outcome.values.update(origin_source=plan.origin_source, origin_key=key)
    if key in imported and outcome.status == ACCEPTED:
        outcome.status, outcome.duplicate_of = DUPLICATE, imported[key]
        args = (plan.origin_source, key, str(imported[key]))
        outcome.issues.append(Issue("", SAME_ORIGIN, args, "warning"))


def _outcome(
    converter: Converter, links: Links, row: SourceRow, plan: ImportPlan, today: date
) -> RowOutcome:
    texts = plan.texts(row)
    values, issues = converter.convert_row(texts)
    issues += links.resolve(values)
    problems = validate(plan.kind, values, today=today, municipalities=converter.municipalities)
    failed = {issue.field for issue in issues if issue.is_error}
    issues += [issue_from(p) for p in problems if not (p.field in failed and _is_blank(values, p))]
    if row.error:  # shifted columns: what the conversion says of them is noise
        issues = [Issue("", row.error, row.error_args)]
    status = REJECTED if any(issue.is_error for issue in issues) else ACCEPTED
    from_file = {
        name: values[name]
        for column, name in plan.mapping.items()
        if name in values and row.values.get(column, "").strip()
    }
    return RowOutcome(
        row.number, status, _label(plan.kind, values, texts), values, from_file, issues
    )


def _is_blank(values: dict[str, Any], problem) -> bool:
    return values.get(problem.field) in (None, "")


def _label(kind: str, values: dict[str, Any], texts: dict[str, str]) -> str:
    if kind == "meetings":
        return f"{texts.get('meeting_date', '')} {texts.get('topic', '')}".strip()
    if kind in ("contacts", "staff", "contact_people"):
        return f"{texts.get('last_name', '')} {texts.get('first_name', '')}".strip()
    if kind == "visits":
        return f"{texts.get('contact_ref', '')} {texts.get('visit_date', '')}".strip()
    return texts.get("name" if kind == "organizations" else "title", "").strip()


def _mark_duplicates(session: Session, kind: str, outcomes: list[RowOutcome]) -> None:
    """Mark the rows that repeat an earlier row of the file or a stored record."""
    index = INDEXES[kind](session, [outcome.values for outcome in outcomes])
    seen: dict[tuple, int] = {}
    for outcome in outcomes:
        _find_duplicate(index, kind, outcome, seen)


def _find_duplicate(index, kind: str, outcome: RowOutcome, seen: dict) -> None:
    """Mark `outcome` a duplicate of an earlier row of the file or of a stored record."""
    for key in _keys(kind, outcome.values):
        if key in seen:
            outcome.status = DUPLICATE
            outcome.issues.append(Issue("", SAME_AS_ROW, (str(seen[key]),), "warning"))
            return
    for key in _keys(kind, outcome.values):
        seen[key] = outcome.number
    match = index.best(outcome.values)
    if match is not None:
        outcome.status, outcome.duplicate_of = DUPLICATE, match.record_id
        if match.reason in IMPORT_REASONS:
            reason = translate("Import", IMPORT_REASONS[match.reason])
        else:
            reason = translate("Records", duplicates.REASONS[match.reason])
        outcome.issues.append(Issue("", ALREADY_PRESENT, (match.label, reason), "warning"))


def _keys(kind: str, values: dict[str, Any]) -> list[tuple]:
    """Exact keys that make two rows of the same file the same record."""
    codes = [values.get("tax_code") or "", values.get("vat_number") or ""]
    keys = [("code", _compact_code(code)) for code in codes if code]
    if kind == "organizations":
        name = duplicates.organization_key(values.get("name") or "")
        keys.append(("name", name, values.get("municipality_code") or ""))
    elif kind == "contacts":
        if values.get("birth_date"):
            keys.append(("name", person_key(values), values.get("birth_date")))
    elif kind == "staff":
        keys.append(("name", person_key(values)))
    elif kind == "contact_people":
        keys.append(("name", person_key(values), values.get("organization_id")))
    elif kind == "meetings":
        keys.append(("meeting", *meeting_key(values)))
    elif kind == "visits":
        keys.append(("visit", *visit_key(values)))
    else:
        name = duplicates.name_key(values.get("title") or "")
        keys.append(("name", name, values.get("municipality_code") or ""))
    return keys


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
    """Analyse and write in one transaction: every accepted row, or nothing at all."""
    report = None
    try:
        with database.session() as session:
            report = analyse(session, table, plan, today=today, municipalities=municipalities)
            _write(session, report, plan, user)
    except Exception as error:
        if report is not None:
            for row in report.rows:
                row.action = ""
        raise ImportFailed(report, error) from error
    report.written = True
    return report


def _write(session: Session, report: ImportReport, plan: ImportPlan, user: str) -> None:
    model = MODELS[plan.kind]
    created = [
        row
        for row in report.rows
        if row.status == ACCEPTED or (row.status == DUPLICATE and plan.duplicates == ADD)
    ]
    _create(session, plan.kind, [row.values for row in created], user)
    for row in created:
        row.action = "created"
    for row in report.rows:
        if row.action:
            continue
        if row.status == DUPLICATE and plan.duplicates == UPDATE and row.duplicate_of:
            row.action = _update(session, model, row, plan, user)
        elif row.status == DUPLICATE:
            row.action = "skipped"


def _create(session: Session, kind: str, rows: list[dict[str, Any]], user: str) -> None:
    """Insert the records; a link of its own table (a meeting's organisation) afterwards."""
    if kind not in LINK_TABLES:
        create_records(session, MODELS[kind], rows, user=user)
        return
    field, table, own_column = LINK_TABLES[kind]
    own = [{name: value for name, value in row.items() if name != field} for row in rows]
    names = dict(session.execute(select(Organization.id, Organization.name)).all())
    audited = [{"organizations": [names[row[field]]]} if row.get(field) else {} for row in rows]
    ids = create_records(session, MODELS[kind], own, user=user, also_audited=audited)
    links = [
        {own_column: new_id, field: row[field]}
        for new_id, row in zip(ids, rows, strict=True)
        if row.get(field)
    ]
    if links:
        session.execute(insert(table), links)


def _update(session: Session, model, row: RowOutcome, plan: ImportPlan, user: str) -> str:
    """Cells of the file overwrite; default values only fill fields that are empty."""
    record = session.get(model, row.duplicate_of)
    values = {name: value for name, value in row.file_values.items() if value not in (None, "")}
    for name in plan.defaults:
        if name in row.values and getattr(record, name, None) in (None, ""):
            values.setdefault(name, row.values[name])
    update_record(session, model, record.id, record.version, values, user=user)
    return "updated"
