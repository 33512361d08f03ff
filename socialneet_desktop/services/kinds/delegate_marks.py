"""A delegate's mark 1-10 of a matching proposal, with a note (required for 1-2 and 9-10):
given in the need's Proposals tab or imported from the scoring workbook (issue 23)."""

from __future__ import annotations

from socialneet_desktop.domain.columns import DATE, NUMBER, ColumnSpec, Join, JoinedName
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services.kind_facets import ExchangeLink, RecordKind
from socialneet_desktop.services.kind_labels import Label
from socialneet_desktop.services.kind_rules import REQUIRED, Check, Required
from socialneet_desktop.services.matching.mark_rules import delegate_problems, mark_problems


def _mark_and_delegate(context):
    mark = context.get("mark")
    if isinstance(mark, str) and mark.strip().isdigit():
        mark = int(mark)
    yield from delegate_problems(context.get("staff_id"), context.get("contact_person_id"))
    yield from mark_problems(mark, context.get("note") or "")


COLUMNS = (
    ColumnSpec("marked_on", QT_TRANSLATE_NOOP("Columns", "Date"), DATE, 12),
    ColumnSpec("mark", QT_TRANSLATE_NOOP("Columns", "Mark"), NUMBER, 6),
    ColumnSpec("delegate_staff", QT_TRANSLATE_NOOP("Columns", "Staff member"), width=20),
    ColumnSpec("delegate_person", QT_TRANSLATE_NOOP("Columns", "Person"), width=20),
    ColumnSpec("note", QT_TRANSLATE_NOOP("Columns", "Note"), width=30),
)

RULES = (
    Required("proposal_id", QT_TRANSLATE_NOOP("Validation", "Proposal: choose the proposal.")),
    Check(REQUIRED, _mark_and_delegate),
)


def label(record) -> Label:
    """ "Mark 8 – Sala per il doposcuola" in the recycle bin."""
    proposal = record.proposal
    need = proposal.need.title if proposal is not None and proposal.need is not None else ""
    return QT_TRANSLATE_NOOP("Records", "Mark %1 – %2"), (str(record.mark), need)


KIND = RecordKind(
    key="delegate_marks",
    model_path="socialneet_desktop.db.models_needs:DelegateMark",
    table_name="delegate_marks",
    title=QT_TRANSLATE_NOOP("RecordKind", "Delegates' marks"),
    singular=QT_TRANSLATE_NOOP("RecordKind", "Delegate's mark"),
    listed=False,
    area="territory",
    columns=COLUMNS,
    default_sort=("marked_on", True),
    joins=(
        Join("mark_staff", "socialneet_desktop.db.models:Staff", "staff_id", True),
        Join(
            "mark_person", "socialneet_desktop.db.models:ContactPerson", "contact_person_id", True
        ),
    ),
    computed=(
        JoinedName("delegate_staff", "mark_staff", trim=True),
        JoinedName("delegate_person", "mark_person", trim=True),
    ),
    rules=RULES,
    date_fields=("marked_on",),
    labeller=label,
    label_loads=("proposal",),
    exchange=(
        ExchangeLink("proposal_id", "match_proposals"),
        ExchangeLink("staff_id", "staff"),
        ExchangeLink("contact_person_id", "contact_people"),
    ),
)
