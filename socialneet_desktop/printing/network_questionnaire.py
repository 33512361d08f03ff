"""The printable cooperation questionnaire (issue 22): A4 landscape, the organisation
answering, date and role to write in, the instructions, then every organisation of the
database in a table with a box per kind of relation and the 1-4 scales to fill by hand. The
same columns as the spreadsheet template, so the office types the paper answers into it."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, Spacer, Table, TableStyle

from socialneet_desktop.i18n import translate
from socialneet_desktop.printing.layout import (
    BOLD,
    FONT,
    PageDecor,
    build_pdf,
    frame_width,
    register_fonts,
    write_atomically,
)
from socialneet_desktop.services.document_data import Letterhead
from socialneet_desktop.services.network import questionnaire as q

TEXT = ParagraphStyle("text", fontName=FONT, fontSize=8.5, leading=11)
CELL = ParagraphStyle("cell", fontName=FONT, fontSize=7.5, leading=9)
HEAD = ParagraphStyle("head", fontName=BOLD, fontSize=6.4, leading=7.8)


def write_questionnaire_pdf(
    path: Path, letterhead: Letterhead, organizations: list[q.Listed], respondent: q.Listed | None
) -> None:
    write_atomically(Path(path), lambda stream: draw(stream, letterhead, organizations, respondent))


def draw(target, letterhead, organizations, respondent) -> None:
    register_fonts()  # before the paragraphs parse their fonts
    decor = PageDecor(letterhead, translate("Questionnaire", q.TITLE))
    width = frame_width(wide=True)
    story = [_fields(respondent, width), Spacer(1, 3 * mm)]
    story.append(Paragraph(translate("Questionnaire", q.INTRODUCTION), TEXT))
    story.append(Spacer(1, 3 * mm))
    others = [o for o in organizations if respondent is None or o.uuid != respondent.uuid]
    story.append(_table(others, width))
    build_pdf(target, decor, story, wide=True)


def _fields(respondent, width) -> Table:
    name = respondent.name if respondent else ""
    rows = [
        [translate("Questionnaire", q.RESPONDENT), name],
        [translate("Questionnaire", q.ANSWERED_ON), ""],
        [translate("Questionnaire", q.ROLE), ""],
    ]
    table = Table(rows, colWidths=(60 * mm, width - 60 * mm), rowHeights=7 * mm)
    table.setStyle(
        TableStyle([
            ("FONT", (0, 0), (0, -1), BOLD, 8.5),
            ("FONT", (1, 0), (1, -1), FONT, 9),
            ("LINEBELOW", (1, 0), (1, -1), 0.5, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ])
    )  # fmt: skip
    return table


def _table(organizations: list[q.Listed], width: float) -> LongTable:
    questions = (*q.RELATION_QUESTIONS, *q.SCALE_QUESTIONS)
    header = [Paragraph(translate("Questionnaire", q.ORGANIZATION), HEAD)]
    header += [Paragraph(translate("Questionnaire", title), HEAD) for _field, title in questions]
    box = 21 * mm
    widths = (width - box * len(questions), *(box,) * len(questions))
    blank = ("",) * len(questions)
    rows = [header] + [[Paragraph(escape(o.name), CELL), *blank] for o in organizations]
    table = LongTable(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF4")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), (colors.white, colors.HexColor("#F7F7F7"))),
        ])
    )  # fmt: skip
    return table
