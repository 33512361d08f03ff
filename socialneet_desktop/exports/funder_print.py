"""Print settings of the funder workbook's sheets: A4, as wide as the page, the header row on
every page, the report's title and the sheet's name in the page header, "Page n of m" in the
footer. Set before the first row is appended: a write-only sheet writes its properties with
that row."""

from __future__ import annotations

from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties

from socialneet_desktop.i18n import fill, translate

A4 = 9  # openpyxl's paperSize code
MARGINS = PageMargins(left=0.5, right=0.5, top=0.75, bottom=0.75, header=0.3, footer=0.3)
# the one-page sheets of two panels (the Summary): a little more room, printed larger
NARROW = PageMargins(left=0.4, right=0.4, top=0.7, bottom=0.7, header=0.3, footer=0.3)


def header_text(text: str) -> str:
    """Text as a page header shows it: '&' starts a code there (&P, &N …), '&&' is one '&'."""
    return text.replace("&", "&&")


def printable(
    sheet,
    *,
    landscape: bool = False,
    title_row: int | None = None,
    title: str = "",
    one_page: bool = False,
    narrow: bool = False,
) -> None:
    """A4, fit to one page wide (LibreOffice and Excel otherwise print the counts of a table
    pages after their labels) and, with `one_page`, one page tall too; `title_row` repeated
    on every page; `title` (the report's) in the page header, page numbers in the footer;
    `narrow`: narrower margins."""
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_setup.paperSize = A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, (1 if one_page else 0)
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_margins = NARROW if narrow else MARGINS
    sheet.print_options.horizontalCentered = True
    if title_row is not None:
        sheet.print_title_rows = f"{title_row}:{title_row}"
    if title:
        sheet.oddHeader.left.text = header_text(title)
        sheet.oddHeader.right.text = "&A"  # the sheet's name
    page = fill(translate("FunderReport", "Page %1 of %2"), "&P", "&N")
    sheet.oddFooter.center.text = page
