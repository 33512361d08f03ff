"""The Summary sheet of the funder workbook: totals and breakdown tables, with the small counts
of the pseudonymous workbook hidden by services.disclosure (primary and secondary suppression).

A hidden count is an empty number cell with a note, never a text such as "<3" (that breaks a
SUM and, beside an exact total, gives the value away by subtraction)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from openpyxl.comments import Comment
from openpyxl.styles import Alignment, PatternFill
from openpyxl.worksheet.properties import PageSetupProperties

from socialneet_desktop.domain.age import age_band_label
from socialneet_desktop.domain.italian_dates import format_italian_date
from socialneet_desktop.domain.municipalities import bundled_index
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.exports.excel import (
    BOLD,
    TITLE_FONT,
    exported_on_text,
    sheet_title,
    styled,
    vocabulary_labels,
)
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services.disclosure import Line, Suppression, Table, suppress
from socialneet_desktop.services.indicators import Breakdown, Indicators

CONTACTS, VISITS, ORGANIZATIONS, MEETINGS, RESOURCES = range(5)  # the grand totals
_CONTACTS_VISITS = (
    QT_TRANSLATE_NOOP("FunderReport", "Contacts reached"),
    QT_TRANSLATE_NOOP("FunderReport", "Visits"),
)
HIDDEN_NOTE = QT_TRANSLATE_NOOP(
    "FunderReport",
    "Hidden: fewer than %1, or hidden so that such a count cannot be worked out from the "
    "totals and the other counts.",
)
NOTE_AUTHOR = "SocialNEET Desktop"
HIDDEN_FILL = PatternFill("solid", fgColor="D9D9D9")  # grey: visible on screen and on paper
RIGHT = Alignment(horizontal="right")
A4 = 9  # openpyxl's paperSize code


@dataclass(frozen=True)
class Section:
    title: str  # English, "FunderReport" context
    headers: tuple[str, ...]
    breakdown: Breakdown
    adds_up_to: tuple[int | None, ...]  # per column: the grand total it sums to, or None
    at_most: tuple[int, int] | None = None  # (small, large) columns: small <= large per row


def day_text(day: date) -> str:
    return format_italian_date(day)


def labels(breakdown: Breakdown) -> list[tuple[str, str, tuple[int, ...]]]:
    """(code, label, counts) in display order: every term of a vocabulary, zeros included."""
    counts, width = breakdown.counts, len(next(iter(breakdown.counts.values()), (0, 0)))
    not_recorded = translate("FunderReport", "Not recorded")
    if breakdown.name == "month":
        return [(code, f"{code[5:]}/{code[:4]}", counts[code]) for code in sorted(counts)]
    if breakdown.name == "age_band":
        return [(c, age_band_label(c) or not_recorded, n) for c, n in counts.items()]
    if breakdown.name == "municipality":
        ordered = sorted(counts.items(), key=lambda item: (-item[1][0], item[0]))
        return [(c, bundled_index().display(c) or not_recorded, n) for c, n in ordered]
    names = vocabulary_labels(breakdown.name)
    codes = list(names) + [code for code in counts if code not in names]
    zero = (0,) * width
    return [(c, names.get(c) or c or not_recorded, counts.get(c, zero)) for c in codes]


def totals(indicators: Indicators) -> tuple[tuple[str, int], ...]:
    return (
        (QT_TRANSLATE_NOOP("FunderReport", "NEET contacts reached"), indicators.contacts_reached),
        (QT_TRANSLATE_NOOP("FunderReport", "Meeting Point visits"), indicators.visits),
        (QT_TRANSLATE_NOOP("FunderReport", "Organisations met"), indicators.organizations_met),
        (QT_TRANSLATE_NOOP("FunderReport", "Stakeholder meetings"), indicators.meetings),
        (QT_TRANSLATE_NOOP("FunderReport", "Unused resources surveyed"), indicators.resources),
    )


def sections(indicators: Indicators) -> list[Section]:
    """The breakdown tables. A person is in one gender, band, … but may be counted in several
    months or visit types: only the columns that add up to a grand total say which."""
    by = indicators.contacts
    people = (CONTACTS, VISITS)

    def contact_section(title, name):
        return Section(title, _CONTACTS_VISITS, by[name], people, (0, 1))

    return [
        Section(
            QT_TRANSLATE_NOOP("FunderReport", "Contacts reached and visits by month"),
            _CONTACTS_VISITS,
            by["month"],
            (None, VISITS),
            (0, 1),
        ),
        contact_section(QT_TRANSLATE_NOOP("FunderReport", "By gender"), "gender"),
        contact_section(QT_TRANSLATE_NOOP("FunderReport", "By age band"), "age_band"),
        contact_section(
            QT_TRANSLATE_NOOP("FunderReport", "By municipality of residence"), "municipality"
        ),
        contact_section(QT_TRANSLATE_NOOP("FunderReport", "By education level"), "education_level"),
        contact_section(QT_TRANSLATE_NOOP("FunderReport", "By labour status"), "labour_status"),
        Section(
            QT_TRANSLATE_NOOP("FunderReport", "Visits by type"),
            (
                QT_TRANSLATE_NOOP("FunderReport", "Visits"),
                QT_TRANSLATE_NOOP("FunderReport", "Contacts reached"),
            ),
            indicators.visit_types,
            (VISITS, None),
            (1, 0),
        ),
        Section(
            QT_TRANSLATE_NOOP("FunderReport", "Stakeholders met by kind"),
            (
                QT_TRANSLATE_NOOP("FunderReport", "Organisations met"),
                QT_TRANSLATE_NOOP("FunderReport", "Meetings"),
            ),
            indicators.stakeholder_kinds,
            (ORGANIZATIONS, None),
        ),
        Section(
            QT_TRANSLATE_NOOP("FunderReport", "Meetings by type"),
            (
                QT_TRANSLATE_NOOP("FunderReport", "Meetings"),
                QT_TRANSLATE_NOOP("FunderReport", "Organisations met"),
            ),
            indicators.meeting_types,
            (MEETINGS, None),
        ),
        Section(
            QT_TRANSLATE_NOOP("FunderReport", "Unused resources by category"),
            (QT_TRANSLATE_NOOP("FunderReport", "Resources"),),
            indicators.resource_categories,
            (RESOURCES,),
        ),
        Section(
            QT_TRANSLATE_NOOP("FunderReport", "Unused resources by status"),
            (QT_TRANSLATE_NOOP("FunderReport", "Resources"),),
            indicators.resource_statuses,
            (RESOURCES,),
        ),
    ]


def summary_table(indicators: Indicators, provinces: dict[str, int] | None = None) -> Table:
    """Every count of the Summary as one linked table. Cells: ("total", i) and
    (section, row, column). `provinces` (contacts by province, when a published sheet tells
    them) add one line per province over its municipalities."""
    values = {("total", i): n for i, (_label, n) in enumerate(totals(indicators))}
    table = Table(values)
    for s, section in enumerate(sections(indicators)):
        rows = labels(section.breakdown)
        for r, (_code, _label, counts) in enumerate(rows):
            for c, n in enumerate(counts):
                values[(s, r, c)] = n
            if section.at_most is not None:
                small, large = section.at_most
                table.pairs.append(((s, r, small), (s, r, large)))
        for c, total in enumerate(section.adds_up_to):
            if total is not None:
                members = tuple((s, r, c) for r in range(len(rows)))
                table.lines.append(Line(members, ("total", total)))
        if section.breakdown.name == "municipality" and provinces:
            _province_lines(table, s, rows, provinces)
    return table


def _province_lines(table: Table, s: int, rows, provinces: dict[str, int]) -> None:
    from socialneet_desktop.services.funder_sheets import province_text

    by_province: dict[str, list] = {}
    for r, (code, _label, _counts) in enumerate(rows):
        by_province.setdefault(province_text(code) or "", []).append((s, r, 0))
    for province, members in by_province.items():
        cell = ("province", province)
        table.values[cell] = provinces.get(province, 0)
        table.fixed.add(cell)
        table.lines.append(Line(tuple(members), cell))


def protect(table: Table, threshold: int) -> Suppression:
    return suppress(table, threshold)


def _count_cell(sheet, value: int, hidden: bool, note: str):
    """A cell of its own for every count: a write-only row gives a plain value that follows
    a cell object that object's comment (openpyxl reuses it)."""
    if not hidden:
        return styled(sheet, value)
    cell = styled(sheet, None)
    cell.comment = Comment(note, NOTE_AUTHOR, width=260, height=90)
    cell.fill = HIDDEN_FILL
    return cell


def printable(sheet, *, landscape: bool = False, title_row: int | None = None) -> None:
    """A4, as wide as the page (LibreOffice and Excel otherwise print the counts of the
    Summary pages after their labels), the header repeated on every page."""
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_setup.paperSize = A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    if title_row is not None:
        sheet.print_title_rows = f"{title_row}:{title_row}"


def _header(sheet, text: str):
    cell = styled(sheet, text, BOLD)
    cell.alignment = RIGHT
    return cell


def write_summary(
    workbook,
    indicators: Indicators,
    when: datetime,
    suppression: Suppression | None,
    threshold: int,
) -> None:
    """The Summary sheet; `suppression` None writes every count (identifiable workbook)."""
    hidden = suppression.hidden if suppression is not None else frozenset()
    note = fill(translate("FunderReport", HIDDEN_NOTE), threshold)
    sheet = workbook.create_sheet(sheet_title(translate("FunderReport", "Summary")))
    printable(sheet)
    for letter, width in zip("ABC", (52, 18, 18), strict=True):
        sheet.column_dimensions[letter].width = width
    period = fill(
        translate("FunderReport", "Period: %1 – %2"),
        day_text(indicators.start),
        day_text(indicators.end),
    )
    sheet.append([styled(sheet, translate("FunderReport", "Funder report"), TITLE_FONT)])
    sheet.append([period])
    sheet.append([exported_on_text(when)])
    if hidden:
        explained = translate(
            "FunderReport",
            "Grey empty cells are hidden counts (each has a note); the rule is on the Data "
            "dictionary sheet.",
        )
        sheet.append([explained])
    sheet.append([])
    sheet.append([styled(sheet, translate("FunderReport", "Totals"), BOLD)])
    for i, (label, count) in enumerate(totals(indicators)):
        value = _count_cell(sheet, count, ("total", i) in hidden, note)
        sheet.append([translate("FunderReport", label), value])
    for s, section in enumerate(sections(indicators)):
        sheet.append([])
        sheet.append([styled(sheet, translate("FunderReport", section.title), BOLD)])
        sheet.append(
            [styled(sheet, "", BOLD)]
            + [_header(sheet, translate("FunderReport", h)) for h in section.headers]
        )
        for r, (_code, label, counts) in enumerate(labels(section.breakdown)):
            cells = [_count_cell(sheet, n, (s, r, c) in hidden, note) for c, n in enumerate(counts)]
            sheet.append([label, *cells])
