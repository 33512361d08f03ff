"""The access-request PDF of one person (its workbook is exports.access_request)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm

from socialneet_desktop.i18n import translate
from socialneet_desktop.printing.blocks import data_table, field_grid, para, section
from socialneet_desktop.printing.contact_file import visits_table
from socialneet_desktop.printing.layout import PageDecor, build_pdf, frame_width, write_atomically
from socialneet_desktop.services.access_request import AccessData
from socialneet_desktop.services.access_request_rows import HISTORY_COLUMNS, history_texts


def write_pdf(held: AccessData, path: Path) -> None:
    width = frame_width(wide=True)
    none = translate("Privacy", "None.")
    story = [
        section(translate("Privacy", "Personal data")),
        field_grid(held.fields, width),
        section(translate("Privacy", "Visits")),
        visits_table(held.visits, width) if held.visits else para(none),
        section(translate("Privacy", "History")),
    ]
    story.append(_history_table(held, width) if held.history else para(none))
    decor = PageDecor(held.letterhead, translate("Privacy", "Data held on a person"), held.name)
    write_atomically(path, lambda stream: build_pdf(stream, decor, story, wide=True))


def _history_table(held: AccessData, width: float):
    titles = [translate("Columns", spec.title) for spec in HISTORY_COLUMNS]
    fixed = [28 * mm, 22 * mm, 30 * mm, 34 * mm, 30 * mm]
    rest = (width - sum(fixed)) / 2
    return data_table(titles, history_texts(held), [*fixed, rest, rest])
