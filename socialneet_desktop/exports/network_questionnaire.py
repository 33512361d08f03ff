"""The spreadsheet template of the cooperation questionnaire (issue 22): the organisation
answering, the date and the role on top, then one row per organisation of the database (its
code in the hidden column A, its name in B) with a column per question. An organisation fills
it in and sends it back; importers/questionnaire.py reads it into an answer and its ties."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from socialneet_desktop.db.output_files import write_atomically
from socialneet_desktop.exports.excel import cell_value
from socialneet_desktop.i18n import translate
from socialneet_desktop.services.network import questionnaire as q
from socialneet_desktop.services.network.questionnaire import (
    DATE_ROW,
    FIRST_ROW,
    HEADER_ROW,
    INTRO_ROW,
    RESPONDENT_ROW,
    ROLE_ROW,
    SHEET,
)

QUESTIONS = (*q.RELATION_QUESTIONS, *q.SCALE_QUESTIONS)
FILL = PatternFill("solid", fgColor="FFF4D6")


def headers() -> list[str]:
    return [
        translate("Questionnaire", q.CODE),
        translate("Questionnaire", q.ORGANIZATION),
        *(translate("Questionnaire", title) for _field, title in QUESTIONS),
    ]


def write_template(path: Path, organizations: list[q.Listed], respondent: q.Listed | None) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET
    sheet["B1"] = translate("Questionnaire", q.TITLE)
    sheet["B1"].font = Font(bold=True, size=14)
    for row, label in (
        (RESPONDENT_ROW, q.RESPONDENT),
        (DATE_ROW, q.ANSWERED_ON),
        (ROLE_ROW, q.ROLE),
    ):
        sheet.cell(row, 2, translate("Questionnaire", label)).font = Font(bold=True)
        sheet.cell(row, 3).fill = FILL
    if respondent is not None:
        sheet.cell(RESPONDENT_ROW, 1, respondent.uuid)
        sheet.cell(RESPONDENT_ROW, 3, cell_value(respondent.name))
    sheet.cell(INTRO_ROW, 2, translate("Questionnaire", q.INTRODUCTION))
    sheet.cell(INTRO_ROW, 2).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.merge_cells(start_row=INTRO_ROW, start_column=2, end_row=INTRO_ROW, end_column=11)
    sheet.row_dimensions[INTRO_ROW].height = 45
    for column, text in enumerate(headers(), 1):
        cell = sheet.cell(HEADER_ROW, column, text)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.row_dimensions[HEADER_ROW].height = 45
    others = [o for o in organizations if respondent is None or o.uuid != respondent.uuid]
    for number, organization in enumerate(others):
        sheet.cell(FIRST_ROW + number, 1, organization.uuid)
        sheet.cell(FIRST_ROW + number, 2, cell_value(organization.name))
    _validations(sheet, FIRST_ROW + max(len(others), 1) - 1)
    sheet.column_dimensions["A"].hidden = True
    sheet.column_dimensions["B"].width = 46
    for letter in "CDEFGHIJK":
        sheet.column_dimensions[letter].width = 13
    sheet.freeze_panes = f"C{FIRST_ROW}"
    with write_atomically(Path(path)) as temporary:
        workbook.save(temporary)


def _validations(sheet, last: int) -> None:
    marks = DataValidation(type="list", formula1='"x"', allow_blank=True)
    marks.add(f"C{FIRST_ROW}:G{last}")
    scale = DataValidation(
        type="whole", operator="between", formula1="1", formula2="4", allow_blank=True
    )
    scale.add(f"H{FIRST_ROW}:H{last}")
    scale.add(f"J{FIRST_ROW}:K{last}")
    year = DataValidation(
        type="whole", operator="between", formula1="1900", formula2="2100", allow_blank=True
    )
    year.add(f"I{FIRST_ROW}:I{last}")
    for rule in (marks, scale, year):
        sheet.add_data_validation(rule)
