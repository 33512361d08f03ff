"""The figures of "Needs and resources" (issue 23) for a period, for the progress report and
the funder workbook (exports/funder_matching.py): the needs recorded in the period by
category and status, the matches made (proposals confirmed), those closed as satisfied or not,
and the resources reused through them; with the matching's weights, printed in every report.

Organisations and resources only: no person is named or counted here (a need's group of
young people is a description), so no disclosure control is needed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from socialneet_desktop.db.models_needs import MatchProposal, Need
from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services.matching import weights

C = "ProgressReport"
HEADING = QT_TRANSLATE_NOOP("ProgressReport", "Needs and resources")


@dataclass
class MatchingFigures:
    start: date
    end: date
    needs: Counter = field(default_factory=Counter)  # (category, status) -> needs recorded
    made: int = 0  # proposals confirmed in the period
    satisfied: int = 0  # matches closed as satisfied in the period
    not_satisfied: int = 0
    resources_reused: int = 0  # distinct resources of the satisfied matches
    weights: dict[str, int] = field(default_factory=dict)

    @property
    def recorded(self) -> int:
        return sum(self.needs.values())

    def is_empty(self) -> bool:
        return not (self.recorded or self.made or self.satisfied or self.not_satisfied)


def _day(value: date | datetime | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value


def _within(day: date | None, start: date, end: date) -> bool:
    return day is not None and start <= day <= end


def matching_figures(session: Session, start: date, end: date) -> MatchingFigures:
    figures = MatchingFigures(start, end, weights=weights.load(session))
    rows = session.execute(
        select(Need.category, Need.status, Need.recorded_on, Need.created_at).where(
            Need.deleted_at.is_(None)
        )
    )
    for category, status, recorded_on, created_at in rows:
        if _within(recorded_on or _day(created_at), start, end):
            figures.needs[(category, status)] += 1
    proposals = session.execute(
        select(
            MatchProposal.resource_id,
            MatchProposal.decided_at,
            MatchProposal.outcome,
            MatchProposal.outcome_on,
        ).where(MatchProposal.deleted_at.is_(None), MatchProposal.status == "confirmed")
    )
    reused = set()
    for resource_id, decided_at, outcome, outcome_on in proposals:
        figures.made += _within(_day(decided_at), start, end)
        if _within(outcome_on, start, end):
            figures.satisfied += outcome == "satisfied"
            figures.not_satisfied += outcome == "not_satisfied"
            if outcome == "satisfied":
                reused.add(resource_id)
    figures.resources_reused = len(reused)
    return figures


def category_rows(figures: MatchingFigures) -> list[tuple[str, list[int], int]]:
    """(category code, needs per NEED_STATUS code in order, total) for each category with
    needs, in the vocabulary's order."""
    statuses = voc.NEED_STATUS.codes()
    rows = []
    for category in voc.RESOURCE_CATEGORY.codes():
        counts = [figures.needs.get((category, status), 0) for status in statuses]
        if any(counts):
            rows.append((category, counts, sum(counts)))
    return rows


def add_blocks(writer, figures: MatchingFigures | None) -> None:
    """The progress report's section (services.progress_block_types.BlockWriter `writer`)."""
    writer.heading(1, writer.text(HEADING))
    if figures is None or figures.is_empty():
        return writer.none()
    statuses = voc.NEED_STATUS.codes()
    headers = (
        QT_TRANSLATE_NOOP("ProgressReport", "Category"),
        *(term.label for term in voc.NEED_STATUS),
        QT_TRANSLATE_NOOP("ProgressReport", "Total"),
    )
    rows = [
        (writer.term(voc.RESOURCE_CATEGORY, category), *map(str, counts), str(total))
        for category, counts, total in category_rows(figures)
    ]
    writer.para(
        writer.text(QT_TRANSLATE_NOOP(C, "Needs recorded in the period: %1."), figures.recorded)
    )
    writer.out.append(_grid(writer, headers, rows, (20, *([11] * len(statuses)), 9)))
    lines = (
        (QT_TRANSLATE_NOOP(C, "Matches made (proposals confirmed)"), figures.made),
        (QT_TRANSLATE_NOOP(C, "Matches satisfied"), figures.satisfied),
        (QT_TRANSLATE_NOOP(C, "Matches not satisfied"), figures.not_satisfied),
        (QT_TRANSLATE_NOOP(C, "Resources reused through a match"), figures.resources_reused),
    )
    figures_headers = (QT_TRANSLATE_NOOP(C, "Figure"), QT_TRANSLATE_NOOP(C, "Number"))
    writer.grid(figures_headers, [(writer.text(text), str(n)) for text, n in lines], (70, 30))
    writer.para(weights_line(writer, figures.weights))


def _grid(writer, headers, rows, widths):
    """A grid whose status titles are vocabulary labels ("Vocabulary" context)."""
    from socialneet_desktop.services.progress_block_types import Grid

    first, *statuses, last = headers
    titles = (
        writer.text(first),
        *(writer.translate("Vocabulary", label) for label in statuses),
        writer.text(last),
    )
    return Grid(titles, tuple(rows), tuple(widths))


def weights_line(writer, in_force: dict[str, int]) -> str:
    parts = ", ".join(
        f"{writer.translate('Matching', name)} {in_force.get(key, 0)}"
        for key, (_points, name) in weights.PARTS.items()
    )
    return writer.text(QT_TRANSLATE_NOOP(C, "Weights of the matching score: %1."), parts)
