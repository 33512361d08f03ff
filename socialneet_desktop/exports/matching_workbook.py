"""The matching workbook (issue 23): the open needs with their ranked proposals and the
reasons of each score; the needs x resources matrix as a heat map; the sheet a delegate fills
in offline (a mark 1-10 and a note per proposal), which importers.matching_marks reads back;
the weights of the score. Written by `socialneet report matching --out FILE.xlsx` and from
the matrix view.

Organisations and resources only: a need's group of young people is a description, never a
name, so nothing here is personal data. The scoring sheet names each need and resource by its
uuid (the "code" columns), so the marks come back to the right pair on any computer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, PatternFill
from openpyxl.utils import get_column_letter

from socialneet_desktop.db.database import Database
from socialneet_desktop.db.models_needs import Need
from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.exports.excel import (
    BOLD,
    HEADER_ROW,
    TITLE_FONT,
    exported_on_text,
    new_workbook,
    save_atomically,
    sheet_title,
    styled,
)
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services.matching import proposals, weights
from socialneet_desktop.services.matching.scoring_sheet import SCORING_HEADERS, SCORING_TITLE

TOP = 10  # proposals of a need in the proposals and scoring sheets
MATRIX_COLUMNS = 80  # resources in the matrix, at most (those proposed most often first)

SCORING_WIDTHS = (12, 32, 12, 32, 8, 60, 22, 10, 40)
PROPOSAL_HEADERS = (
    QT_TRANSLATE_NOOP("Matching", "Need"),
    QT_TRANSLATE_NOOP("Matching", "Who needs it"),
    QT_TRANSLATE_NOOP("Matching", "Category"),
    QT_TRANSLATE_NOOP("Matching", "Urgency"),
    QT_TRANSLATE_NOOP("Matching", "Rank"),
    QT_TRANSLATE_NOOP("Matching", "Unused resource"),
    QT_TRANSLATE_NOOP("Matching", "Owner"),
    QT_TRANSLATE_NOOP("Matching", "Score"),
    QT_TRANSLATE_NOOP("Matching", "Mean mark"),
    QT_TRANSLATE_NOOP("Matching", "Marks"),
    QT_TRANSLATE_NOOP("Matching", "Spread"),
    QT_TRANSLATE_NOOP("Matching", "Status"),
    QT_TRANSLATE_NOOP("Matching", "Reasons"),
)
PROPOSAL_WIDTHS = (32, 28, 18, 9, 6, 32, 26, 7, 10, 7, 8, 12, 70)


@dataclass(frozen=True)
class NeedRow:
    id: int
    uuid: str
    title: str
    who: str
    category: str
    urgency: int


@dataclass(frozen=True)
class Matching:
    """What the workbook shows: the open needs, each with its candidates, best first."""

    needs: list[NeedRow]
    candidates: dict[int, list]  # need id -> proposals.Candidate
    resource_codes: dict[int, str]  # resource id -> uuid
    weights: dict[str, int]


def read_matching(database: Database) -> Matching:
    with database.read_session() as session:
        needs = proposals.open_needs(session)
        found = proposals.all_candidates(session, needs)
        rows = [_need_row(need) for need in needs]
        ids = {c.resource_id for candidates in found.values() for c in candidates}
        codes = proposals.resource_uuids(session, ids)
        return Matching(rows, found, codes, weights.load(session))


def _need_row(need: Need) -> NeedRow:
    who = need.organization.name if need.organization is not None else ""
    if need.group_description:
        group = need.group_description
        if need.group_size:
            group = f"{group} ({need.group_size})"
        who = f"{who} – {group}" if who else group
    return NeedRow(need.id, need.uuid, need.title, who, need.category, need.urgency)


def write_matching_workbook(database: Database, path: Path, when: datetime | None = None) -> None:
    """The four sheets, written to `path` atomically (the caller checked `path`)."""
    matching = read_matching(database)
    when = when or datetime.now()
    workbook = new_workbook()
    _proposals_sheet(workbook, matching, when)
    _matrix_sheet(workbook, matching, when)
    _scoring_sheet(workbook, matching, when)
    _weights_sheet(workbook, matching.weights, when)
    save_atomically(workbook, path)


def _head(workbook, title: str, when: datetime, note: str, headers, widths):
    sheet = workbook.create_sheet(sheet_title(title))
    for number, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    sheet.append([styled(sheet, title, TITLE_FONT)])
    sheet.append([exported_on_text(when)])
    sheet.append([note])
    sheet.append([styled(sheet, translate("Matching", text), BOLD) for text in headers])
    return sheet


def _category(code: str) -> str:
    return translate("Vocabulary", voc.RESOURCE_CATEGORY.label_for(code))


def _mark(value: float | None):
    return None if value is None else round(value, 1)


def _proposals_sheet(workbook, matching: Matching, when: datetime) -> None:
    title = translate("Matching", "Open needs and their proposals")
    note = _weights_line(matching.weights)
    sheet = _head(workbook, title, when, note, PROPOSAL_HEADERS, PROPOSAL_WIDTHS)
    for need in matching.needs:
        candidates = matching.candidates.get(need.id, [])[:TOP]
        if not candidates:
            none = translate("Matching", "no resource passes the hard rules")
            sheet.append([need.title, need.who, _category(need.category), need.urgency, None, none])
        for rank, candidate in enumerate(candidates, 1):
            status = candidate.proposal_status
            label = translate("Vocabulary", voc.PROPOSAL_STATUS.label_for(status)) if status else ""
            marks = candidate.marks
            sheet.append(
                [
                    need.title, need.who, _category(need.category), need.urgency, rank,
                    candidate.resource_title, candidate.owner, candidate.scored.score,
                    _mark(marks.mean), marks.count or None, _mark(marks.spread), label,
                    candidate.reasons_text(),
                ]
            )  # fmt: skip


def heat(value: float | None) -> PatternFill | None:
    """White (0) to green (100): the matrix's colour of a rank value."""
    if value is None:
        return None
    share = max(0.0, min(1.0, value / 100))
    red_blue = round(255 - share * (255 - 99))
    green = round(255 - share * (255 - 190))
    colour = f"{red_blue:02X}{green:02X}{red_blue:02X}"
    return PatternFill("solid", start_color=colour, end_color=colour)


def matrix_resources(matching: Matching) -> list[tuple[int, str]]:
    """(id, title) of the resources the matrix shows, by title: every need's best three
    first, then those candidate for most needs, MATRIX_COLUMNS at most."""
    count: dict[int, int] = {}
    titles: dict[int, str] = {}
    best: list[int] = []
    for candidates in matching.candidates.values():
        best += [c.resource_id for c in candidates[:3]]
        for candidate in candidates:
            count[candidate.resource_id] = count.get(candidate.resource_id, 0) + 1
            titles[candidate.resource_id] = candidate.resource_title
    others = sorted(count, key=lambda rid: (-count[rid], titles[rid], rid))
    chosen = list(dict.fromkeys([*best, *others]))[:MATRIX_COLUMNS]
    return sorted(((rid, titles[rid]) for rid in chosen), key=lambda pair: (pair[1], pair[0]))


def _matrix_sheet(workbook, matching: Matching, when: datetime) -> None:
    resources = matrix_resources(matching)
    title = translate("Matching", "Matrix")
    note = translate(
        "Matching",
        "Each cell: the delegates' mean mark x 10 where there are marks, else the score "
        "(0-100); empty: the resource does not pass the hard rules for the need.",
    )
    headers = [translate("Matching", "Need")] + [name for _rid, name in resources]
    sheet = workbook.create_sheet(sheet_title(title))
    sheet.column_dimensions["A"].width = 34
    for number in range(2, len(headers) + 1):
        sheet.column_dimensions[get_column_letter(number)].width = 6
    sheet.freeze_panes = f"B{HEADER_ROW + 1}"
    sheet.append([styled(sheet, title, TITLE_FONT)])
    sheet.append([exported_on_text(when)])
    sheet.append([note])
    turned = Alignment(text_rotation=90, vertical="bottom")
    header_cells = []
    for text in headers:
        cell = styled(sheet, text, BOLD)
        cell.alignment = turned if header_cells else Alignment(vertical="bottom")
        header_cells.append(cell)
    sheet.row_dimensions[HEADER_ROW].height = 150
    sheet.append(header_cells)
    for need in matching.needs:
        values = {c.resource_id: c.rank_value for c in matching.candidates.get(need.id, [])}
        row = [need.title]
        for resource_id, _title in resources:
            value = values.get(resource_id)
            cell = WriteOnlyCell(sheet, value=None if value is None else round(value))
            if (fill_ := heat(value)) is not None:
                cell.fill = fill_
            row.append(cell)
        sheet.append(row)


def _scoring_sheet(workbook, matching: Matching, when: datetime) -> None:
    title = translate("Matching", SCORING_TITLE)
    note = translate(
        "Matching",
        "Write your name under Delegate, a mark from 1 to 10 for each proposal you can judge "
        "and, for a mark of 1, 2, 9 or 10, a note saying why. Leave the codes as they are.",
    )
    sheet = _head(workbook, title, when, note, SCORING_HEADERS, SCORING_WIDTHS)
    for need in matching.needs:
        for candidate in matching.candidates.get(need.id, [])[:TOP]:
            if not candidate.passes:
                continue
            sheet.append(
                [
                    need.uuid, need.title, matching.resource_codes[candidate.resource_id],
                    candidate.resource_title, candidate.scored.score, candidate.reasons_text(),
                    None, None, None,
                ]
            )  # fmt: skip


def _weights_line(in_force: dict[str, int]) -> str:
    parts = ", ".join(
        f"{translate('Matching', name)} {in_force[key]}"
        for key, (_points, name) in weights.PARTS.items()
    )
    return fill(translate("Matching", "Weights of the score: %1."), parts)


def _weights_sheet(workbook, in_force: dict[str, int], when: datetime) -> None:
    title = translate("Matching", "Weights")
    headers = (QT_TRANSLATE_NOOP("Matching", "Part"), QT_TRANSLATE_NOOP("Matching", "Points"))
    note = translate("Matching", "The score is the parts' points over their sum, times 100.")
    sheet = _head(workbook, title, when, note, headers, (30, 10))
    for key, (_points, name) in weights.PARTS.items():
        sheet.append([translate("Matching", name), in_force[key]])
