"""The project at a glance (the home page printed): records of this month and of the project
so far, and the chart of people reached per month drawn by matplotlib, as on the screen."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Image, Spacer

from socialneet_desktop.db.database import Database
from socialneet_desktop.i18n import translate
from socialneet_desktop.printing.blocks import data_table, section
from socialneet_desktop.printing.layout import PageDecor, build_pdf, frame_width, write_atomically
from socialneet_desktop.printing.reach_chart import reach_png
from socialneet_desktop.services import document_data as data
from socialneet_desktop.services.home_figures import read_figures

CHART_SIZE = (7.0, 2.8)  # inches: the frame's width at 200 dpi


def count_titles() -> dict[str, str]:
    return {
        "contacts": translate("Printing", "NEET contacts"),
        "visits": translate("Printing", "Meeting Point visits"),
        "meetings": translate("Printing", "Stakeholder meetings"),
        "resources": translate("Printing", "Unused resources"),
    }


def write_summary(database: Database, path: Path, today: date | None = None) -> None:
    with database.read_session() as session:
        head = data.letterhead(session)
        figures = read_figures(session, today)
    width = frame_width()
    rows = [
        [title, f"{figures.counts[key][0]:n}", f"{figures.counts[key][1]:n}"]
        for key, title in count_titles().items()
    ]
    titles = ["", translate("Printing", "This month"), translate("Printing", "Project so far")]
    chart = Image(
        BytesIO(reach_png(figures.reached, dpi=200, size=CHART_SIZE)),
        width=width,
        height=width * CHART_SIZE[1] / CHART_SIZE[0],
    )
    story = [
        data_table(titles, rows, [width - 70 * mm, 35 * mm, 35 * mm]),
        Spacer(1, 6 * mm),
        section(translate("Printing", "People reached per month")),
        chart,
    ]
    decor = PageDecor(head, translate("Printing", "The project at a glance"))
    write_atomically(path, lambda stream: build_pdf(stream, decor, story))
