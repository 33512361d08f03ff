"""The delegates' marks of the scoring workbook, checked and written (issue 23): read by
importers.matching_marks, which hands the rows here.

All or nothing: a row that names no known need, resource or delegate, a mark that is no whole
number from 1 to 10, a missing note, refuses the whole file (every problem named by its row
and column), and nothing is written. A proposal not yet recorded is recorded (origin
"marks"); a delegate's mark of a proposal they marked before replaces the old one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from socialneet_desktop.db.models import ContactPerson, Staff, UnusedResource
from socialneet_desktop.db.models_needs import Need
from socialneet_desktop.domain.municipalities import fold
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services.matching import assign, marks
from socialneet_desktop.services.matching.scoring_sheet import (
    DELEGATE,
    MARK,
    NEED_CODE,
    NOTE,
    RESOURCE_CODE,
)

NOT_A_MARK = QT_TRANSLATE_NOOP("MarksImport", "not a whole number from 1 to 10.")
NOTE_NEEDED = QT_TRANSLATE_NOOP("MarksImport", "required for a mark of %1 (1-2, 9-10): say why.")
NO_NEED = QT_TRANSLATE_NOOP("MarksImport", "no need has this code.")
UNKNOWN_DELEGATE = QT_TRANSLATE_NOOP(
    "MarksImport", "%1 is neither one of our staff nor a person of an organisation."
)
AMBIGUOUS_DELEGATE = QT_TRANSLATE_NOOP(
    "MarksImport", "%1 names more than one person: write the name as the program has it."
)


@dataclass(frozen=True)
class MarkRow:
    row: int  # the row number in the sheet
    need_code: str
    resource_code: str
    delegate: str
    mark: object
    note: str


@dataclass(frozen=True)
class RowProblem:
    row: int
    column: str  # the column's English title ("Matching" context)
    message: str  # English template ("MarksImport" or "Validation" context)
    args: tuple[str, ...] = ()
    context: str = "MarksImport"

    def text(self) -> str:
        return fill(
            translate("MarksImport", "Row %1, %2: %3"),
            str(self.row),
            translate("Matching", self.column),
            fill(translate(self.context, self.message), *self.args),
        )


@dataclass
class MarksOutcome:
    written: int = 0
    skipped: int = 0  # rows without a mark
    problems: list[RowProblem] = field(default_factory=list)


def whole_mark(value: object) -> object:
    """8, 8.0 and "8" are the mark 8; anything else is returned as it is (and refused)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return value


class Delegates:
    """Delegates found by name: "Conti Paola" or "Paola Conti", case and accents aside."""

    def __init__(self, session: Session) -> None:
        self.by_name: dict[str, list[tuple[int | None, int | None]]] = {}
        for model, key in ((Staff, "staff"), (ContactPerson, "person")):
            rows = session.execute(
                select(model.id, model.first_name, model.last_name).where(
                    model.deleted_at.is_(None)
                )
            )
            for record_id, first, last in rows:
                who = (record_id, None) if key == "staff" else (None, record_id)
                for name in {f"{last} {first}", f"{first} {last}"}:
                    self.by_name.setdefault(fold(name), []).append(who)

    def find(self, name: str) -> list[tuple[int | None, int | None]]:
        return list(dict.fromkeys(self.by_name.get(fold(name), [])))


def import_marks(
    session: Session,
    rows: list[MarkRow],
    user: str,
    *,
    default_delegate: tuple[int | None, int | None] | None = None,
    today: date | None = None,
) -> MarksOutcome:
    """Check every row, then write them all, or write nothing and return the problems."""
    outcome, checked = MarksOutcome(), []
    delegates = Delegates(session)
    needs = _by_uuid(session, Need, {row.need_code for row in rows})
    resources = _by_uuid(session, UnusedResource, {row.resource_code for row in rows})
    for row in rows:
        problems, who = _check(row, needs, resources, delegates, default_delegate)
        outcome.problems += problems
        if not problems:
            checked.append((row, who))
    if outcome.problems:
        return outcome
    for row, (staff_id, person_id) in checked:
        need_id, resource_id = needs[row.need_code], resources[row.resource_code]
        proposal = marks.proposal_of(session, need_id, resource_id)
        if proposal is None:
            proposal = assign.propose(session, need_id, resource_id, "marks", user)
        marks.set_mark(
            session,
            proposal.id,
            staff_id=staff_id,
            person_id=person_id,
            mark=whole_mark(row.mark),
            note=row.note,
            marked_on=today or date.today(),
            user=user,
        )
        outcome.written += 1
    return outcome


def _by_uuid(session: Session, model, codes: set[str]) -> dict[str, int]:
    query = select(model.uuid, model.id).where(model.uuid.in_(codes), model.deleted_at.is_(None))
    return dict(session.execute(query).all())


def _check(row: MarkRow, needs, resources, delegates, default_delegate):
    problems = []
    if row.need_code not in needs:
        problems.append(
            RowProblem(
                row.row, NEED_CODE, QT_TRANSLATE_NOOP("MarksImport", "no need has this code.")
            )
        )
    if row.resource_code not in resources:
        message = QT_TRANSLATE_NOOP("MarksImport", "no unused resource has this code.")
        problems.append(RowProblem(row.row, RESOURCE_CODE, message))
    who = default_delegate
    if row.delegate:
        found = delegates.find(row.delegate)
        if len(found) != 1:
            message = (
                QT_TRANSLATE_NOOP(
                    "MarksImport", "%1 is neither one of our staff nor a person of an organisation."
                )
                if not found
                else QT_TRANSLATE_NOOP(
                    "MarksImport", "%1 names more than one person: write it as in the program."
                )
            )
            problems.append(RowProblem(row.row, DELEGATE, message, (row.delegate,)))
        else:
            who = found[0]
    elif who is None:
        message = QT_TRANSLATE_NOOP("MarksImport", "whose mark is it? Write the delegate's name.")
        problems.append(RowProblem(row.row, DELEGATE, message))
    for problem in marks.mark_problems(whole_mark(row.mark), row.note):
        if problem.field == "mark":
            problems.append(RowProblem(row.row, MARK, NOT_A_MARK))
        else:
            problems.append(RowProblem(row.row, NOTE, NOTE_NEEDED, problem.args))
    return problems, who
