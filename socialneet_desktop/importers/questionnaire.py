"""The import of a filled-in cooperation questionnaire template (issue 22;
exports/network_questionnaire.py writes the template). All or nothing: every problem is
listed, naming the cell (row and column) and why, and nothing is saved while there is one.

A row counts when any of its cells beyond the name is filled: then at least one kind of
relation is marked (any text, "x", "sì", "1"; "no", "0" and empty are not) and the intensity
is 1-4; since is a year, trust and value 1-4 or empty. The organisation answering is found by
its code (the hidden column A of the template made for it) or by its exact name; the rows'
organisations by their code, or by their name when the code was lost (a copied sheet).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import parse_italian_date
from socialneet_desktop.i18n import fill, in_italian, translate
from socialneet_desktop.services.network import questionnaire as q

NOT_MARKED = {"", "no", "n", "0", "false", "falso", "-"}
RELATIONS = [name for name, _title in q.RELATION_QUESTIONS]
SCALES = [name for name, _title in q.SCALE_QUESTIONS]

NOT_A_TEMPLATE = QT_TRANSLATE_NOOP(
    "Questionnaire", "%1 is not a cooperation questionnaire template: row %2 has no '%3' heading."
)
UNREADABLE = QT_TRANSLATE_NOOP("Questionnaire", "%1 cannot be read as a spreadsheet: %2")
NO_RESPONDENT = QT_TRANSLATE_NOOP(
    "Questionnaire",
    "Cell C%1: the organisation answering is missing or not among the organisations.",
)
BAD_DATE = QT_TRANSLATE_NOOP("Questionnaire", "Cell C%1: the date is missing or not dd/mm/yyyy.")
UNKNOWN_ROW = QT_TRANSLATE_NOOP(
    "Questionnaire", "Row %1 (%2): the organisation is not among the organisations."
)
NO_RELATION = QT_TRANSLATE_NOOP(
    "Questionnaire", "Row %1 (%2): mark at least one kind of relation (columns C-G)."
)
BAD_SCALE = QT_TRANSLATE_NOOP(
    "Questionnaire", "Cell %1 (%2): %3 must be a whole number from 1 to 4."
)
NO_INTENSITY = QT_TRANSLATE_NOOP("Questionnaire", "Cell %1 (%2): the intensity 1-4 is required.")
BAD_YEAR = QT_TRANSLATE_NOOP("Questionnaire", "Cell %1 (%2): since must be a year such as 2019.")
TWICE = QT_TRANSLATE_NOOP("Questionnaire", "Row %1 (%2): the organisation is named twice.")
ITSELF = QT_TRANSLATE_NOOP("Questionnaire", "Row %1 (%2): an organisation cannot name itself.")


class QuestionnaireError(Exception):
    """The file's problems, each a translated message; nothing was saved."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class _Directory:
    by_uuid: dict[str, int]
    by_name: dict[str, list[int]]

    def find(self, code, name) -> int | None:
        if isinstance(code, str) and code.strip() in self.by_uuid:
            return self.by_uuid[code.strip()]
        found = self.by_name.get(_folded(name), [])
        return found[0] if len(found) == 1 else None


def _folded(value) -> str:
    return " ".join(str(value or "").split()).casefold()


def _directory(organizations: list[q.Listed]) -> _Directory:
    by_name: dict[str, list[int]] = {}
    for o in organizations:
        by_name.setdefault(_folded(o.name), []).append(o.id)
    return _Directory({o.uuid: o.id for o in organizations}, by_name)


def read_answer(path: Path, organizations: list[q.Listed]) -> q.Answer:
    """The answer the file holds, or QuestionnaireError listing every problem."""
    sheet = _sheet(Path(path))
    _check_headings(sheet, Path(path))
    directory = _directory(organizations)
    problems: list[str] = []
    respondent = directory.find(
        _cell(sheet, q.RESPONDENT_ROW, 1), _cell(sheet, q.RESPONDENT_ROW, 3)
    )
    if respondent is None:
        problems.append(fill(translate("Questionnaire", NO_RESPONDENT), q.RESPONDENT_ROW))
    answered_on = _date(_cell(sheet, q.DATE_ROW, 3))
    if answered_on is None:
        problems.append(fill(translate("Questionnaire", BAD_DATE), q.DATE_ROW))
    named, seen = [], set()
    for row in range(q.FIRST_ROW, sheet.max_row + 1):
        values = _row(sheet, row, directory, respondent, problems)
        if values is None:
            continue
        if values["organization_id"] in seen:
            problems.append(fill(translate("Questionnaire", TWICE), row, _name(sheet, row)))
        seen.add(values["organization_id"])
        named.append(values)
    if problems:
        raise QuestionnaireError(problems)
    role = str(_cell(sheet, q.ROLE_ROW, 3) or "").strip()[:120]
    return q.Answer(respondent, answered_on, role, "", named)


def _sheet(path: Path):
    try:
        workbook = load_workbook(path, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a file that is not xlsx
        raise QuestionnaireError(
            [fill(translate("Questionnaire", UNREADABLE), path.name, error)]
        ) from None
    if q.SHEET in workbook.sheetnames:
        return workbook[q.SHEET]
    return workbook.worksheets[0]


def _check_headings(sheet, path: Path) -> None:
    expected = translate("Questionnaire", q.ORGANIZATION)
    found = _folded(_cell(sheet, q.HEADER_ROW, 2))
    known = {
        _folded(expected),
        _folded(q.ORGANIZATION),
        _folded(in_italian("Questionnaire", q.ORGANIZATION)),
    }
    if found not in known:
        message = fill(
            translate("Questionnaire", NOT_A_TEMPLATE), path.name, q.HEADER_ROW, expected
        )
        raise QuestionnaireError([message])


def _cell(sheet, row: int, column: int):
    return sheet.cell(row, column).value


def _name(sheet, row: int) -> str:
    return str(_cell(sheet, row, 2) or "").strip()


def _date(value) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return parse_italian_date(str(value or ""))
    except ValueError:
        return None


def _row(sheet, row: int, directory: _Directory, respondent, problems: list[str]) -> dict | None:
    first = 3
    answers = [_cell(sheet, row, first + n) for n in range(len(RELATIONS) + len(SCALES))]
    if all(str(value if value is not None else "").strip() == "" for value in answers):
        return None
    name = _name(sheet, row)
    organization = directory.find(_cell(sheet, row, 1), name)
    if organization is None:
        problems.append(fill(translate("Questionnaire", UNKNOWN_ROW), row, name))
        return None
    if organization == respondent:
        problems.append(fill(translate("Questionnaire", ITSELF), row, name))
        return None
    values = {"organization_id": organization}
    for number, field in enumerate(RELATIONS):
        values[field] = _folded(answers[number]) not in NOT_MARKED
    if not any(values[field] for field in RELATIONS):
        problems.append(fill(translate("Questionnaire", NO_RELATION), row, name))
    for number, field in enumerate(SCALES):
        column = first + len(RELATIONS) + number
        where = f"{get_column_letter(column)}{row}"
        values[field] = _scale(field, answers[len(RELATIONS) + number], where, name, problems)
    values["notes"] = ""
    return values


def _scale(field: str, value, where: str, name: str, problems: list[str]) -> int | None:
    text = str(value if value is not None else "").strip()
    if not text:
        if field == "intensity":
            problems.append(fill(translate("Questionnaire", NO_INTENSITY), where, name))
        return None
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        number = -1.0
    if field == "since_year":
        if number != int(number) or not 1900 <= number <= 2100:
            problems.append(fill(translate("Questionnaire", BAD_YEAR), where, name))
            return None
        return int(number)
    if number != int(number) or not 1 <= number <= 4:
        title = dict(q.SCALE_QUESTIONS)[field]
        problems.append(
            fill(
                translate("Questionnaire", BAD_SCALE),
                where,
                name,
                translate("Questionnaire", title),
            )
        )
        return None
    return int(number)
