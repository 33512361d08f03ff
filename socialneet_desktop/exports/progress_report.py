"""The progress report as an editable Word document (issue 19): the blocks of
services/progress_blocks laid out with python-docx, A4, the report's title and the page number
in the footer, tables whose header row repeats on each page; the office replaces the italic
placeholders with its own prose. Written through a temporary file beside the target, renamed
once complete (nothing half-written is ever left under the user's name)."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from socialneet_desktop.db import output_files
from socialneet_desktop.services.progress_blocks import Grid, Heading, Para, report_blocks
from socialneet_desktop.services.progress_sections import ProgressReport

WIDTH_CM = 17.0  # A4 less 2 cm margins


def write_docx(report: ProgressReport, path: Path, language: str = "it") -> None:
    """The report in `language` ("it" or "en") at `path`."""
    title, period, blocks = report_blocks(report, language)
    document = Document()
    _page(document, f"{report.letterhead.name} – {title} {period}".strip(" –"))
    for block in blocks:
        if isinstance(block, Heading):
            document.add_heading(block.text, level=block.level)
        elif isinstance(block, Para):
            paragraph = document.add_paragraph()
            paragraph.add_run(block.text).italic = block.placeholder or None
        elif isinstance(block, Grid):
            _table(document, block)
    document.core_properties.title = f"{title} {period}"
    document.core_properties.author = report.letterhead.name
    with output_files.write_atomically(path) as temporary:
        document.save(str(temporary))


def _page(document, footer_text: str) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))
    document.styles["Normal"].font.size = Pt(10)
    paragraph = section.footer.paragraphs[0]
    paragraph.add_run(footer_text + "    ").font.size = Pt(8)
    _page_number(paragraph)


def _page_number(paragraph) -> None:
    """A PAGE field: Word shows the number of each page."""
    run = paragraph.add_run()
    run.font.size = Pt(8)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind is not None:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _table(document, grid: Grid) -> None:
    table = document.add_table(rows=1, cols=len(grid.headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    total = sum(grid.widths)
    widths = [Cm(WIDTH_CM * width / total) for width in grid.widths]
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # the grid's widths: LibreOffice reads these, Word the cells'
    _fill(table.rows[0], grid.headers, widths, bold=True)
    _repeat_header(table.rows[0])
    for values in grid.rows:
        _fill(table.add_row(), values, widths)
    document.add_paragraph()


def _fill(row, values, widths, bold: bool = False) -> None:
    for cell, value, width in zip(row.cells, values, widths, strict=True):
        cell.width = width
        run = cell.paragraphs[0].add_run(value)
        run.font.size = Pt(8.5)
        run.bold = bold or None


def _repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)
