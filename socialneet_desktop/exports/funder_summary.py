"""The Summary sheet of the funder workbook: totals and breakdown tables, with the small counts
of the pseudonymous workbook hidden by services.disclosure (primary and secondary suppression).

A hidden count is an empty number cell with a note, never a text such as "<3" (that breaks a
SUM and, beside an exact total, gives the value away by subtraction)."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from datetime import date, datetime

from openpyxl.comments import Comment
from openpyxl.styles import Alignment, PatternFill

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
from socialneet_desktop.exports.funder_print import printable
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services.disclosure import Line, Suppression, Table, suppress
from socialneet_desktop.services.indicators import Breakdown, Indicators

CONTACTS, VISITS, ORGANIZATIONS, MEETINGS, RESOURCES, LEAVERS = range(6)  # the grand totals
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
RIGHT_SHRINK = Alignment(horizontal="right", shrink_to_fit=True)
SHRINK = Alignment(shrink_to_fit=True)  # a long label keeps one line, smaller
PERCENT = "0.0%"
PANEL = 4  # label | count | % | count
# Two panels of these widths, on a landscape A4 page, print at 85 % or more (with Calibri or
# the wider DejaVu Sans LibreOffice puts in its place): the numbers as readable as a
# letter's (all the breakdowns on one page printed at 60 %). Longer labels shrink.
PANEL_WIDTHS = (28, 13, 7, 13)
NOTE_WIDTH = 130  # characters a line: the width of the two panels
LONG_HEADER_ROW = 5  # title, period, exported on, blank, then the header
HEADER_WRAP = Alignment(horizontal="right", vertical="bottom", wrap_text=True)
HEADER_HEIGHT = 27  # points: two lines of a header ("Contacts reached") wrapped in its column
# Where a section is written: the Summary (the young people reached), the sheet of the
# outcomes and visits, that of the stakeholders and resources (each one printed page), or a
# sheet of its own for a breakdown as long as the data (the months, the municipalities).
SUMMARY, OUTCOMES, TERRITORY, OWN = "summary", "outcomes", "territory", "own"
PANEL_SHEETS = (
    (OUTCOMES, QT_TRANSLATE_NOOP("FunderReport", "Outcomes and visits")),
    (TERRITORY, QT_TRANSLATE_NOOP("FunderReport", "Stakeholders and resources")),
)


@dataclass(frozen=True)
class Section:
    title: str  # English, "FunderReport" context
    headers: tuple[str, ...]
    breakdown: Breakdown
    adds_up_to: tuple[int | None, ...]  # per column: the grand total it sums to, or None
    at_most: tuple[int, int] | None = None  # (small, large) columns: small <= large per row
    quantities: tuple[int, ...] = ()  # per column: the grand total of what it counts
    note: str = ""  # English: why a column does not add up to its total
    sheet: str = SUMMARY  # SUMMARY, TERRITORY or OWN (as long as the data: months, places)


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
        (QT_TRANSLATE_NOOP("FunderReport", "Young people leaving the project"), indicators.leavers),
    )


MONTHS_NOTE = QT_TRANSLATE_NOOP(
    "FunderReport",
    "Contacts reached by month: a person who visited in several months is counted in each of "
    "them. So the months add up to more than the contacts reached in the period, where each "
    "person counts once.",
)
TYPES_NOTE = QT_TRANSLATE_NOOP(
    "FunderReport",
    "Visits by type: a person with visits of several types is counted under each type, so the "
    "contacts of the types add up to more than the contacts reached.",
)
KINDS_NOTE = QT_TRANSLATE_NOOP(
    "FunderReport",
    "Stakeholders met by kind: a meeting with organisations of several kinds is counted under "
    "each kind, so the meetings of the kinds add up to more than the meetings held.",
)
MEETING_TYPES_NOTE = QT_TRANSLATE_NOOP(
    "FunderReport",
    "Meetings by type: an organisation met in meetings of several types is counted under each "
    "type, so the organisations of the types add up to more than the organisations met.",
)


def sections(indicators: Indicators) -> list[Section]:
    """The breakdown tables. A person is in one gender, band, … but may be counted in several
    months or visit types: only the columns that add up to a grand total say which."""
    by = indicators.contacts
    people = (CONTACTS, VISITS)

    def contact_section(title, name, sheet=SUMMARY):
        return Section(title, _CONTACTS_VISITS, by[name], people, (0, 1), people, "", sheet)

    return [
        Section(
            QT_TRANSLATE_NOOP("FunderReport", "Contacts and visits by month"),
            _CONTACTS_VISITS,
            by["month"],
            (None, VISITS),
            (0, 1),
            people,
            MONTHS_NOTE,
            OWN,
        ),
        contact_section(QT_TRANSLATE_NOOP("FunderReport", "By gender"), "gender"),
        contact_section(QT_TRANSLATE_NOOP("FunderReport", "By age band"), "age_band"),
        contact_section(
            QT_TRANSLATE_NOOP("FunderReport", "By municipality of residence"),
            "municipality",
            OWN,
        ),
        contact_section(QT_TRANSLATE_NOOP("FunderReport", "By education level"), "education_level"),
        contact_section(QT_TRANSLATE_NOOP("FunderReport", "By labour status"), "labour_status"),
        Section(
            QT_TRANSLATE_NOOP("FunderReport", "Outcomes on leaving"),
            (QT_TRANSLATE_NOOP("FunderReport", "Young people"),),
            indicators.outcomes,
            (LEAVERS,),
            quantities=(LEAVERS,),
            sheet=OUTCOMES,
        ),
        Section(
            QT_TRANSLATE_NOOP("FunderReport", "Visits by type"),
            (
                QT_TRANSLATE_NOOP("FunderReport", "Visits"),
                QT_TRANSLATE_NOOP("FunderReport", "Contacts reached"),
            ),
            indicators.visit_types,
            (VISITS, None),
            (1, 0),
            (VISITS, CONTACTS),
            TYPES_NOTE,
            OUTCOMES,
        ),
        Section(
            QT_TRANSLATE_NOOP("FunderReport", "Stakeholders met by kind"),
            (
                QT_TRANSLATE_NOOP("FunderReport", "Organisations met"),
                QT_TRANSLATE_NOOP("FunderReport", "Meetings"),
            ),
            indicators.stakeholder_kinds,
            (ORGANIZATIONS, None),
            quantities=(ORGANIZATIONS, MEETINGS),
            note=KINDS_NOTE,
            sheet=TERRITORY,
        ),
        Section(
            QT_TRANSLATE_NOOP("FunderReport", "Meetings by type"),
            (
                QT_TRANSLATE_NOOP("FunderReport", "Meetings"),
                QT_TRANSLATE_NOOP("FunderReport", "Organisations met"),
            ),
            indicators.meeting_types,
            (MEETINGS, None),
            quantities=(MEETINGS, ORGANIZATIONS),
            note=MEETING_TYPES_NOTE,
            sheet=TERRITORY,
        ),
        Section(
            QT_TRANSLATE_NOOP("FunderReport", "Unused resources by category"),
            (QT_TRANSLATE_NOOP("FunderReport", "Resources"),),
            indicators.resource_categories,
            (RESOURCES,),
            quantities=(RESOURCES,),
            sheet=TERRITORY,
        ),
        Section(
            QT_TRANSLATE_NOOP("FunderReport", "Unused resources by status"),
            (QT_TRANSLATE_NOOP("FunderReport", "Resources"),),
            indicators.resource_statuses,
            (RESOURCES,),
            quantities=(RESOURCES,),
            sheet=TERRITORY,
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


def cells_by_code(indicators: Indicators) -> dict[tuple[str, str], tuple]:
    """{(breakdown name, code): the Summary's cell of its first count}."""
    found = {}
    for s, section in enumerate(sections(indicators)):
        for r, (code, _label, _counts) in enumerate(labels(section.breakdown)):
            found[(section.breakdown.name, code)] = (s, r, 0)
    return found


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


def count_cell(sheet, value: int, hidden: bool, note: str):
    """A cell of its own for every count: a write-only row gives a plain value that follows
    a cell object that object's comment (openpyxl reuses it)."""
    if not hidden:
        return styled(sheet, value)
    cell = styled(sheet, None)
    cell.comment = Comment(note, NOTE_AUTHOR, width=260, height=90)
    cell.fill = HIDDEN_FILL
    return cell


def percent_cell(sheet, count: int, total: int, hidden: bool):
    """count / total as a percentage; empty and grey where the count or the total is hidden
    (the share and the other would give it away)."""
    if hidden:
        cell = styled(sheet, None)
        cell.fill = HIDDEN_FILL
        return cell
    return styled(sheet, round(count / total, 4) if total else None, number_format=PERCENT)


def header_cell(sheet, text: str):
    """A column header, wrapped on two lines in its narrow column (the row is made taller)."""
    cell = styled(sheet, text, BOLD)
    cell.alignment = HEADER_WRAP
    return cell


def label_cell(sheet, text: str, font=None):
    cell = styled(sheet, text, font)
    cell.alignment = SHRINK
    return cell


@dataclass(frozen=True)
class _Writer:
    """What every count cell of one sheet needs: the sheet, the hidden cells, their note and
    the grand totals."""

    sheet: object
    hidden: frozenset
    note: str
    totals: tuple[int, ...]
    first_row: int = 1  # the sheet's row the panels start at

    def count(self, cell_key, value: int):
        return count_cell(self.sheet, value, cell_key in self.hidden, self.note)

    def total_hidden(self, quantity: int) -> bool:
        return ("total", quantity) in self.hidden


def _section_rows(w: _Writer, s: int, section: Section, note_number: int | None) -> list[list]:
    """[title, header…], one row per code, then the Total row: label | count | % | count,
    the % for the first column when it adds up to its grand total."""
    sheet = w.sheet
    share = section.adds_up_to[0] is not None
    headers = [header_cell(sheet, translate("FunderReport", h)) for h in section.headers]
    head = [label_cell(sheet, translate("FunderReport", section.title), BOLD), headers[0]]
    head += [header_cell(sheet, "%") if share else None, *headers[1:]]
    rows = [head]
    total0 = w.totals[section.quantities[0]]
    for r, (_code, label, counts) in enumerate(labels(section.breakdown)):
        cells = [w.count((s, r, c), n) for c, n in enumerate(counts)]
        hidden = (s, r, 0) in w.hidden or w.total_hidden(section.quantities[0])
        percent = percent_cell(sheet, counts[0], total0, hidden) if share else None
        rows.append([label_cell(sheet, label), cells[0], percent, *cells[1:]])
    total_label = translate("FunderReport", "Total")
    if note_number is not None:
        total_label = fill(translate("FunderReport", "Total (note %1)"), note_number)
    totals = [w.count(("total", q), w.totals[q]) for q in section.quantities]
    whole = percent_cell(sheet, 1, 1, w.total_hidden(section.quantities[0])) if share else None
    rows.append([label_cell(sheet, total_label, BOLD), totals[0], whole, *totals[1:]])
    return rows


def _balanced(blocks: list[list[list]]) -> tuple[list[list], list[list]]:
    """The blocks in order, the first ones in the left panel until it holds about half of
    the rows, the rest in the right one; a blank row between two blocks."""
    half = (sum(len(b) + 1 for b in blocks) + 1) // 2
    left: list[list] = []
    right: list[list] = []
    for block in blocks:
        goes_left = not right and (not left or len(left) + len(block) <= half)
        panel = left if goes_left else right
        if panel:
            panel.append([])
        panel.extend(block)
    return left, right


def _side_by_side(left: list[list], right: list[list]) -> list[list]:
    rows = []
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else []
        b = right[i] if i < len(right) else []
        rows.append([*a, *([None] * (PANEL - len(a))), None, *b] if b else list(a))
    return rows


def period_text(indicators: Indicators) -> str:
    return fill(
        translate("FunderReport", "Period: %1 – %2"),
        day_text(indicators.start),
        day_text(indicators.end),
    )


def _title_rows(sheet, indicators: Indicators, when: datetime, title: str) -> int:
    """The title, the period and the date of the export; how many rows they took."""
    period = period_text(indicators)
    sheet.append([styled(sheet, title, TITLE_FONT)])
    sheet.append([period])
    sheet.append([exported_on_text(when)])
    return 3


def _append(sheet, rows: list[list], first: int) -> int:
    """Append `rows`, the first being the sheet's row `first`; a row with a column header
    too long for one line made two lines tall (set before the row: a write-only sheet
    writes a row's height with it). The number of the next row."""
    widths = PANEL_WIDTHS + (2,)
    for number, row in enumerate(rows, first):
        if any(
            getattr(cell, "alignment", None) == HEADER_WRAP
            and len(str(cell.value or "")) > widths[column % (PANEL + 1)]
            for column, cell in enumerate(row)
        ):
            sheet.row_dimensions[number].height = HEADER_HEIGHT
        sheet.append(row)
    return first + len(rows)


def report_title(indicators: Indicators) -> str:
    """The title the page headers of every sheet carry."""
    return fill(
        translate("FunderReport", "Funder report %1 – %2"),
        day_text(indicators.start),
        day_text(indicators.end),
    )


def _widths(sheet, panels: int) -> None:
    letters = "ABCDEFGHI"[: PANEL * panels + panels - 1]
    widths = (PANEL_WIDTHS + (2,)) * panels
    for letter, width in zip(letters, widths, strict=False):
        sheet.column_dimensions[letter].width = width


def _notes(sheet, notes: list[str], width: int = NOTE_WIDTH) -> None:
    """The notes under the tables, numbered, wrapped by hand to the width of the panels (a
    write-only sheet cannot grow a row for wrapped text)."""
    if not notes:
        return
    sheet.append([])
    sheet.append([styled(sheet, translate("FunderReport", "Notes"), BOLD)])
    for number, note in enumerate(notes, 1):
        lines = textwrap.wrap(f"{number}. {translate('FunderReport', note)}", width)
        for line in lines:
            sheet.append([line])


HIDDEN_EXPLAINED = QT_TRANSLATE_NOOP(
    "FunderReport",
    "Grey empty cells are hidden counts (each has a note); the rule is on the Data dictionary "
    "sheet.",
)


def write_summary(
    workbook,
    indicators: Indicators,
    when: datetime,
    suppression: Suppression | None,
    threshold: int,
) -> None:
    """The Summary sheet, on one printed page: the totals and the breakdowns of the young
    people reached in two panels side by side; `suppression` None writes every count
    (identifiable workbook). The outcomes and visits, the stakeholders and resources are on
    sheets of their own (write_more_panels), the breakdowns as long as the data on one each
    (write_long_sections): all of them on one page printed at 60 %, nobody read a number."""
    names = translate("FunderReport", "Summary"), translate("FunderReport", "Funder report")
    sheet, w = _panels_sheet(workbook, indicators, when, suppression, threshold, *names)
    blocks = [[[label_cell(sheet, translate("FunderReport", "Totals"), BOLD)]]]
    for i, (label, count) in enumerate(totals(indicators)):
        blocks[0].append(
            [label_cell(sheet, translate("FunderReport", label)), w.count(("total", i), count)]
        )
    _write_panels(w, indicators, SUMMARY, blocks)


def write_more_panels(
    workbook,
    indicators: Indicators,
    when: datetime,
    suppression: Suppression | None,
    threshold: int,
) -> None:
    """The outcomes and the visits by type, then the stakeholders met and the resources
    surveyed: a sheet each (PANEL_SHEETS), each on one printed page as the Summary."""
    for where, name in PANEL_SHEETS:
        title = translate("FunderReport", name)
        _sheet, w = _panels_sheet(workbook, indicators, when, suppression, threshold, title, title)
        _write_panels(w, indicators, where, [])


def _panels_sheet(workbook, indicators, when, suppression, threshold, name: str, heading: str):
    """A one-page sheet of two panels named `name`, its title rows written (`heading` first);
    the sheet and its _Writer."""
    hidden = suppression.hidden if suppression is not None else frozenset()
    note = fill(translate("FunderReport", HIDDEN_NOTE), threshold)
    sheet = workbook.create_sheet(sheet_title(name))
    printable(sheet, landscape=True, title=report_title(indicators), one_page=True, narrow=True)
    _widths(sheet, 2)
    rows = _title_rows(sheet, indicators, when, heading)
    if hidden:
        sheet.append([translate("FunderReport", HIDDEN_EXPLAINED)])
        rows += 1
    sheet.append([])
    grand = tuple(n for _label_text, n in totals(indicators))
    return sheet, _Writer(sheet, hidden, note, grand, rows + 2)


def _write_panels(w: _Writer, indicators: Indicators, where: str, blocks: list) -> None:
    notes: list[str] = []
    for s, section in enumerate(sections(indicators)):
        if section.sheet != where:
            continue
        if section.note:
            notes.append(section.note)
        blocks.append(_section_rows(w, s, section, len(notes) if section.note else None))
    _append(w.sheet, _side_by_side(*_balanced(blocks)), w.first_row)
    _notes(w.sheet, notes)


def write_long_sections(
    workbook,
    indicators: Indicators,
    when: datetime,
    suppression: Suppression | None,
    threshold: int,
) -> None:
    """A sheet for each breakdown as long as the data (the months of the period, the
    municipalities of residence), its header row repeated on every printed page."""
    hidden = suppression.hidden if suppression is not None else frozenset()
    note = fill(translate("FunderReport", HIDDEN_NOTE), threshold)
    grand = tuple(n for _label_text, n in totals(indicators))
    for s, section in enumerate(sections(indicators)):
        if section.sheet != OWN:
            continue
        name = translate("FunderReport", section.title)
        sheet = workbook.create_sheet(sheet_title(name))
        printable(sheet, title=report_title(indicators), title_row=LONG_HEADER_ROW)
        _widths(sheet, 1)
        _title_rows(sheet, indicators, when, name)
        sheet.append([])
        w = _Writer(sheet, hidden, note, grand, LONG_HEADER_ROW)
        rows = _section_rows(w, s, section, 1 if section.note else None)
        _append(sheet, rows, LONG_HEADER_ROW)
        _notes(sheet, [section.note] if section.note else [], NOTE_WIDTH // 2)
