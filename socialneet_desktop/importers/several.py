"""One row, several records: a "stakeholders met" sheet holds on each row the organisation,
the person met, their role, the day and the notes of the meeting. One import creates the
organisation, its person and the meeting, linked to each other and each looked up among the
stored records first (a second import of the same file adds nothing).

The kinds are imported one after the other in ONE write session (all or nothing), each
through the pipeline: the organisations first, so the people and meetings find them by name
as they would find stored ones; the meeting's people are linked last, row by row. A dry run
does the same and rolls back, so what it reports is what the import would do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from socialneet_desktop.importers.mapping import SURE, canonical_kind, guess_columns
from socialneet_desktop.importers.outcomes import DUPLICATE, ImportReport
from socialneet_desktop.importers.pipeline import (
    ImportFailed,
    ImportPlan,
    analyse,
    batch_counts,
    write_report,
)
from socialneet_desktop.importers.readers import SourceTable
from socialneet_desktop.services.import_batches import record_batch
from socialneet_desktop.services.import_lookups import insert_links, linked_pairs
from socialneet_desktop.services.import_value_memory import remember
from socialneet_desktop.services.record_kinds import kind_by_key

# (later kind, earlier kind): the later kind's reference field and the earlier kind's field
# whose column names the record of the same row
ROW_LINKS = {
    ("contact_people", "organizations"): ("organization_ref", "name"),
    ("meetings", "organizations"): ("organization_ref", "name"),
    ("visits", "contacts"): ("contact_ref", "tax_code"),
}
REFERENCE_FIELDS = {"organization_ref", "contact_ref", "staff_ref"}


def several_mapping(kinds: list[str], headers: list[str]) -> dict[str, dict[str, str]]:
    """{kind: {column: field}}: each column goes to the kind that recognises it best (the
    earlier kind on a tie), sure guesses only; the references between the kinds of a row
    are added by `link_plans`."""
    kinds = [canonical_kind(kind) for kind in kinds]
    best: dict[str, tuple[float, int, str, str]] = {}
    for order, kind in enumerate(kinds):
        guesses = guess_columns(kind, headers)
        for column, guess in guesses.items():
            if guess.field in REFERENCE_FIELDS or guess.confidence < SURE:
                continue
            candidate = (guess.confidence, -order, kind, guess.field)
            if column not in best or candidate > best[column]:
                best[column] = candidate
    mapping: dict[str, dict[str, str]] = {kind: {} for kind in kinds}
    for column in headers:
        if column in best:
            _confidence, _order, kind, name = best[column]
            if name not in mapping[kind].values():
                mapping[kind][column] = name
    return mapping


def link_plans(plans: list[ImportPlan]) -> list[ImportPlan]:
    """The plans in import order, each later kind's reference to an earlier kind of the
    row read from the column that names it (the organisation's name)."""
    plans = sorted(plans, key=lambda plan: kind_by_key(plan.kind).import_order)
    for index, later in enumerate(plans):
        for earlier in plans[:index]:
            link = ROW_LINKS.get((later.kind, earlier.kind))
            if link is None or link[0] in later.mapping.values():
                continue
            column = next((c for c, name in earlier.mapping.items() if name == link[1]), None)
            if column is not None:
                later.mapping = {**later.mapping, column: link[0]}
    return plans


@dataclass
class SeveralReport:
    """The report of each kind, in import order; `batch_id` once written."""

    reports: list[ImportReport] = field(default_factory=list)
    written: bool = False
    batch_id: int | None = None
    people_linked: int = 0  # people linked to the meeting of their row
    written_parts: list = field(default_factory=list, repr=False)  # pipeline.Written per kind

    def counts(self) -> dict[str, dict[str, int]]:
        return {report.kind: batch_counts(report) for report in self.reports}


class _DryRun(Exception):
    """Raised to roll back a dry run."""


def analyse_several(database, table: SourceTable, plans: list[ImportPlan], **options):
    """What `import_several` would do, rolled back: nothing is written."""
    result = SeveralReport()
    try:
        with database.session() as session:
            result = _run(session, table, link_plans(plans), "", options)
            raise _DryRun
    except _DryRun:
        pass
    return result


def import_several(database, table: SourceTable, plans: list[ImportPlan], *, user: str, **options):
    """Import every kind of the rows in one transaction, as one batch."""
    result = None
    try:
        with database.session() as session:
            result = _run(session, table, link_plans(plans), user, options)
            written = result.written_parts
            created = {t: ids for part in written for t, ids in part.created.items()}
            updated = [record for part in written for record in part.updated]
            result.batch_id = record_batch(
                session, user, str(table.path), result.counts(), created, updated
            )
            for plan in plans:  # the values mapped, for the next import of such a file
                remember(session, plan, user)
    except Exception as error:
        failed = result.reports[-1] if result and result.reports else None
        raise ImportFailed(failed, error) from error
    result.written = True
    for report in result.reports:
        report.written = True
    return result


def _run(session, table, plans: list[ImportPlan], user: str, options: dict) -> SeveralReport:
    today: date | None = options.get("today")
    result = SeveralReport()
    by_kind = {}
    for plan in plans:
        report = analyse(session, table, plan, today=today, municipalities=options.get("places"))
        written = write_report(session, report, plan, user or "import", by_row=True)
        result.reports.append(report)
        result.written_parts.append(written)
        by_kind[plan.kind] = (report, written)
    if "meetings" in by_kind and "contact_people" in by_kind:
        result.people_linked = _link_people(session, by_kind["meetings"], by_kind["contact_people"])
    return result


def _row_ids(report: ImportReport, written) -> dict[int, int]:
    """{row number: the record of that row}: created, or the stored one it repeats, or the
    one of the earlier row it repeats."""
    ids = dict(written.by_row)
    later = []
    for chunk in report.chunks():
        for row in chunk:
            if row.status == DUPLICATE and row.duplicate_of:
                ids.setdefault(row.number, row.duplicate_of)
            elif row.status == DUPLICATE and row.same_as:
                later.append((row.number, row.same_as))
    for number, same_as in later:
        if same_as in ids:
            ids.setdefault(number, ids[same_as])
    return ids


def _link_people(session, meetings, people) -> int:
    """Link each row's person to its row's meeting (the meeting_people table), once."""
    from socialneet_desktop.db.models import meeting_people

    meeting_of, person_of = _row_ids(*meetings), _row_ids(*people)
    pairs = {
        (meeting_of[number], person_of[number]) for number in meeting_of if number in person_of
    }
    if not pairs:
        return 0
    meeting_ids = [meeting for meeting, _person in pairs]
    stored = linked_pairs(session, meeting_people, "meeting_id", "contact_person_id", meeting_ids)
    new = sorted(pairs - stored)
    rows = [{"meeting_id": meeting, "contact_person_id": person} for meeting, person in new]
    if rows:
        insert_links(session, meeting_people, rows)
    return len(rows)
