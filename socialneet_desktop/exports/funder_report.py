"""The funder workbook for a period: the Summary (on one printed page), the funder's indicator
set (exports.funder_sets), charts (exports.funder_charts), targets against achieved
(exports.funder_targets), the long breakdowns, detail sheets, data dictionary and manifest
(exports.funder_manifest). Every sheet is print-ready (exports.funder_print); a period where
nothing is recorded is refused before anything is written (EmptyPeriod).

Pseudonymous by default, with aggregates only: the counts of the Summary, of the indicator
set and of the targets are protected together by primary and secondary suppression; the
sheets with one row per person (contacts, visits) are generalised and included only when
k-anonymous; the rows of organisations, meetings and resources stay out (they would give the
hidden counts away). The rules are in
services.disclosure and on the Data dictionary sheet. The identifiable workbook shows all."""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import itemgetter
from pathlib import Path

from socialneet_desktop.db.database import Database
from socialneet_desktop.db.models import AppSettings
from socialneet_desktop.domain.columns import BOOL, CODE, DATE, NUMBER, TIME
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.exports import funder_summary as fsum
from socialneet_desktop.exports.excel import (
    BOLD,
    HEADER_ROW,
    Progress,
    discard,
    new_workbook,
    sheet_title,
    styled,
)
from socialneet_desktop.exports.funder_charts import write_charts
from socialneet_desktop.exports.funder_manifest import manifest_rows, write_manifest
from socialneet_desktop.exports.funder_matching import write_matching_sheet
from socialneet_desktop.exports.funder_print import printable
from socialneet_desktop.exports.funder_sets import dictionary_rows, link_set, write_set
from socialneet_desktop.exports.funder_table import FunderTable
from socialneet_desktop.exports.funder_targets import link_targets, write_targets
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services import funder_columns as cols
from socialneet_desktop.services import funder_sheets as fs
from socialneet_desktop.services.association_settings import current_settings
from socialneet_desktop.services.disclosure import Suppression, rows_in_small_classes
from socialneet_desktop.services.indicator_counts import SetCounts, count_set
from socialneet_desktop.services.indicator_sets import chosen_set
from socialneet_desktop.services.indicators import (
    EMPTY_PERIOD,
    Indicators,
    compute_indicators,
    has_records,
)
from socialneet_desktop.services.targets import targets_against_achieved

DEFAULT_THRESHOLD, DEFAULT_K = 3, 5
DESCRIPTION = 120  # characters a line of the dictionary's descriptions (column D)
day_text = fsum.day_text


@dataclass(frozen=True)
class Detail:
    title: str  # English, "FunderReport" context
    columns: tuple[cols.Column, ...]
    rows: object  # (session, start, end) -> iterable of dicts
    general: tuple[cols.Column, ...] | None = None  # person-level: the generalised columns
    general_rows: object = None
    class_sizes: object = None  # (session, start, end) -> the size of each class of `general`


DETAILS = (
    Detail(
        QT_TRANSLATE_NOOP("FunderReport", "Contacts"),
        cols.CONTACTS,
        fs.contact_rows,
        cols.CONTACTS_GENERAL,
        fs.general_contact_rows,
        fs.contact_class_sizes,
    ),
    Detail(
        QT_TRANSLATE_NOOP("FunderReport", "Visits"),
        cols.VISITS,
        fs.visit_rows,
        cols.VISITS_GENERAL,
        fs.general_visit_rows,
        fs.visit_class_sizes,
    ),
    Detail(
        QT_TRANSLATE_NOOP("FunderReport", "Stakeholders met"),
        cols.STAKEHOLDERS,
        fs.stakeholder_rows,
    ),
    Detail(QT_TRANSLATE_NOOP("FunderReport", "Meetings"), cols.MEETINGS, fs.meeting_rows),
    Detail(QT_TRANSLATE_NOOP("FunderReport", "Resources"), cols.RESOURCES, fs.resource_rows),
)
_KIND_NAMES = {
    BOOL: QT_TRANSLATE_NOOP("FunderReport", "Yes/No"),
    CODE: QT_TRANSLATE_NOOP("FunderReport", "Label"),
    DATE: QT_TRANSLATE_NOOP("FunderReport", "Date (gg/mm/aaaa)"),
    TIME: QT_TRANSLATE_NOOP("FunderReport", "Time (hh:mm)"),
    NUMBER: QT_TRANSLATE_NOOP("FunderReport", "Number"),
}
SUPPRESSION_RULE = QT_TRANSLATE_NOOP(
    "FunderReport",
    "Primary suppression: counts from 1 to %1 are hidden. Secondary suppression: where a hidden "
    "count could be worked out from a total and the other counts of its column, the smallest "
    "non-zero count shown in that column is hidden too. The same holds where a row's contacts, "
    "never more than its visits, would tell a hidden count. This is repeated over every table "
    "until no hidden count can be worked out. Zeros are always shown: they protect nothing. A "
    "hidden count is an empty grey cell with a note. Every count shown is exact.",
)
K_RULE = QT_TRANSLATE_NOOP(
    "FunderReport",
    "Sheets with one row per person or per visit are included only if every combination of "
    "the values shown occurs in at least %1 rows. Before the check the values are generalised: "
    "month instead of date, province instead of municipality. Months in status, times, staff "
    "and person codes are left out.",
)
LEFT_OUT = QT_TRANSLATE_NOOP(
    "FunderReport",
    "Left out: %1 of %2 rows have a combination of values shared by fewer than %3 rows, even "
    "after generalisation.",
)


AGGREGATES_ONLY = QT_TRANSLATE_NOOP(
    "FunderReport",
    "Only in the identifiable workbook: their rows would give away the hidden counts of the "
    "Summary (and name staff and owners).",
)


@dataclass
class Plan:
    """What the pseudonymous workbook shows: the Summary's hidden cells, the person-level
    sheets kept (their rows generalised) and those left out (rows failing k)."""

    threshold: int
    k: int
    suppression: Suppression | None = None
    kept: set[str] = field(default_factory=set)  # titles of the person-level sheets kept
    left_out: dict[str, tuple[int, int]] = field(default_factory=dict)  # title: (failing, all)
    aggregates_only: list[str] = field(default_factory=list)  # row sheets not in this workbook
    targets: list = field(default_factory=list)  # services.targets.TargetRow, protected too

    def omits(self, title: str) -> bool:
        return title in self.left_out or title in self.aggregates_only


PRINTING = QT_TRANSLATE_NOOP(
    "FunderReport",
    "The workbook opens on the Summary, and printing prints the sheet shown (in Excel, Print "
    "Active Sheets). The sheets of counts, from the Summary to '%1', take a page or two each: "
    "to print them all, click the Summary's tab, then Shift+click the tab of '%1', and print "
    "the selected sheets.",
)
PRINTING_LISTS = QT_TRANSLATE_NOOP(
    "FunderReport",
    "The lists of records (%1) are data to sort and filter, a row a record: printed whole "
    "they run to many pages, so they are not among the sheets of counts.",
)


def _write_printing(sheet, workbook, lists: list[str]) -> None:
    """How to print the sheets of counts without the long lists of records."""
    names = workbook.sheetnames  # the dictionary is the last so far
    last = names[names.index(lists[0]) - 1] if lists else names[max(0, len(names) - 2)]
    sheet.append([])
    printing = translate("FunderReport", "Printing")
    sheet.append([styled(sheet, printing, BOLD)])
    _described(sheet, [printing, "", ""], fill(translate("FunderReport", PRINTING), last))
    if lists:
        text = fill(translate("FunderReport", PRINTING_LISTS), ", ".join(lists))
        _described(sheet, [printing, "", ""], text)


def _write_dictionary(workbook, identifiable: bool, plan: Plan | None, title: str, counts) -> None:
    sheet = workbook.create_sheet(sheet_title(translate("FunderReport", "Data dictionary")))
    printable(sheet, landscape=True, title_row=1, title=title)
    for letter, width in zip("ABCD", (24, 26, 18, 110), strict=True):
        sheet.column_dimensions[letter].width = width
    headers = (
        translate("FunderReport", "Sheet"),
        translate("FunderReport", "Column"),
        translate("FunderReport", "Type"),
        translate("FunderReport", "Description"),
    )
    sheet.append([styled(sheet, text, BOLD) for text in headers])
    summary = translate("FunderReport", "Summary")
    definitions = (
        (
            QT_TRANSLATE_NOOP("FunderReport", "Contacts reached"),
            QT_TRANSLATE_NOOP(
                "FunderReport",
                "NEET contacts with at least one Meeting Point visit in the period; each "
                "person counts once. Their age band is their age on their first visit in "
                "the period.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP("FunderReport", "Visits"),
            QT_TRANSLATE_NOOP("FunderReport", "Meeting Point visits in the period."),
        ),
        (
            QT_TRANSLATE_NOOP("FunderReport", "Organisations met"),
            QT_TRANSLATE_NOOP(
                "FunderReport", "Organisations that took part in a meeting in the period."
            ),
        ),
        (
            QT_TRANSLATE_NOOP("FunderReport", "Resources"),
            QT_TRANSLATE_NOOP("FunderReport", "Unused resources surveyed in the period."),
        ),
        (
            QT_TRANSLATE_NOOP("FunderReport", "Young people leaving the project"),
            QT_TRANSLATE_NOOP(
                "FunderReport",
                "Young people with an outcome on leaving dated in the period, each once (the "
                "later outcome when two were recorded), by its status.",
            ),
        ),
        (
            "%",
            QT_TRANSLATE_NOOP(
                "FunderReport",
                "Share of the breakdown's total, where its counts add up to it. Empty and grey "
                "where the count or the total is hidden.",
            ),
        ),
    )
    for name, description in definitions:
        number = translate("FunderReport", "Number")
        labels = [summary, translate("FunderReport", name), number]
        _described(sheet, labels, translate("FunderReport", description))
    for labels, description in dictionary_rows(counts) if counts is not None else ():
        _described(sheet, labels, description)
    for detail in DETAILS:
        if plan is not None and plan.omits(detail.title):
            continue
        for column in _columns(detail, identifiable):
            kind = _KIND_NAMES.get(column.spec.kind, QT_TRANSLATE_NOOP("FunderReport", "Text"))
            labels = [
                translate("FunderReport", detail.title),
                translate("Columns", column.spec.title),
                translate("FunderReport", kind),
            ]
            _described(sheet, labels, translate("FunderReport", column.description))
    if plan is not None:
        _write_rules(sheet, plan)
    lists = [
        sheet_title(translate("FunderReport", detail.title))
        for detail in DETAILS
        if plan is None or not plan.omits(detail.title)
    ]
    _write_printing(sheet, workbook, [name for name in lists if name in workbook.sheetnames])


def _write_rules(sheet, plan: Plan) -> None:
    """The disclosure rules, and the person-level sheets left out with the reason."""
    sheet.append([])
    sheet.append([styled(sheet, translate("FunderReport", "Disclosure control"), BOLD)])
    rule = translate("FunderReport", "Rule")
    summary_title = translate("FunderReport", "Summary")
    hidden = translate("FunderReport", "Hidden counts")
    suppression = fill(translate("FunderReport", SUPPRESSION_RULE), plan.threshold - 1)
    _described(sheet, [summary_title, hidden, rule], suppression)
    rows_rule = fill(translate("FunderReport", K_RULE), plan.k)
    people = translate("FunderReport", "Person-level sheets")
    _described(sheet, [people, "", rule], rows_rule)
    if plan.aggregates_only:
        titles = ", ".join(translate("FunderReport", t) for t in plan.aggregates_only)
        _described(sheet, [titles, "", rule], translate("FunderReport", AGGREGATES_ONLY))
    for title, (failing, total) in plan.left_out.items():
        reason = fill(translate("FunderReport", LEFT_OUT), failing, total, plan.k)
        _described(sheet, [translate("FunderReport", title), "", rule], reason)


def _described(sheet, labels: list[str], text: str) -> None:
    """One sentence a line, a long one wrapped by hand: wrapped text in a write-only sheet
    keeps the height of one line (LibreOffice prints it over the next rows), and a line
    running past its column widens the printed page (shrinking every sheet's print)."""
    sentences = [part for part in re.split(r"(?<=[.;:])\s+(?=[A-Z])", text) if part]
    lines = [line for sentence in sentences for line in textwrap.wrap(sentence, DESCRIPTION)]
    sheet.append([*labels, lines[0] if lines else ""])
    for line in lines[1:]:
        sheet.append(["", "", "", line])


def _columns(detail: Detail, identifiable: bool) -> list[cols.Column]:
    if identifiable or detail.general is None:
        return cols.shown(detail.columns, identifiable)
    return list(detail.general)


def _settings(session) -> AppSettings | None:
    return current_settings(session)


def thresholds(session) -> tuple[int, int]:
    """(small-count threshold, k) from the association's details. k is at least the
    threshold: a kept sheet tells how many people have each value it shows, so a value it
    shows fewer than `threshold` times would give away a count the Summary hides."""
    settings = _settings(session)
    threshold = max(1, int(getattr(settings, "small_count_threshold", None) or DEFAULT_THRESHOLD))
    k = max(1, int(getattr(settings, "k_anonymity", None) or DEFAULT_K))
    return threshold, max(k, threshold)


def plan_privacy(session, indicators: Indicators, counts: SetCounts | None = None) -> Plan:
    """Generalise and check the person-level sheets, then suppress the Summary's counts
    (knowing what the kept sheets tell: contacts by province)."""
    threshold, k = thresholds(session)
    plan = Plan(threshold, k)
    start, end = indicators.start, indicators.end
    for detail in DETAILS:
        if detail.general is None:
            plan.aggregates_only.append(detail.title)
            continue
        sizes = detail.class_sizes(session, start, end)
        failing, rows = rows_in_small_classes(sizes, k)
        if failing:
            plan.left_out[detail.title] = (failing, rows)
        else:
            plan.kept.add(detail.title)
    provinces = None
    if DETAILS[0].title in plan.kept:
        provinces = fs.contacts_by_province(indicators.contacts["municipality"])
    table = fsum.summary_table(indicators, provinces)
    if counts is not None:  # the set's counts are protected together with the Summary's
        link_set(table, counts, indicators)
    plan.targets = targets_against_achieved(session, start, end)
    link_targets(table, plan.targets, indicators)
    plan.suppression = fsum.protect(table, threshold)
    return plan


class _Landscape:
    """The workbook as TableSheet sees it: its sheet gets the page setup before the first row
    (a write-only sheet writes its properties with that row)."""

    def __init__(self, workbook, title: str) -> None:
        self.workbook = workbook
        self.title = title  # the report's, for the page header

    def create_sheet(self, title: str):
        sheet = self.workbook.create_sheet(title)
        printable(sheet, landscape=True, title_row=HEADER_ROW, title=self.title)
        return sheet


def _details(workbook, session, indicators, identifiable, plan, when, progress, total) -> None:
    """The detail sheets, their rows streamed from the database into the write-only sheets."""
    done, period = 0, (indicators.start, indicators.end)
    for detail in DETAILS:
        if plan is not None and plan.omits(detail.title):
            continue
        columns = _columns(detail, identifiable)
        sheet = FunderTable(
            _Landscape(workbook, fsum.report_title(indicators)),
            translate("FunderReport", detail.title),
            [c.spec for c in columns],
            when,
        )
        step = Progress(lambda d, _t, base=done: progress.step(base + d, total))
        kept = plan is not None and detail.title in plan.kept
        found = (detail.general_rows if kept else detail.rows)(session, *period)
        pick = itemgetter(*[c.spec.key for c in columns])  # a tuple: every sheet has several
        sheet.extend(map(pick, found), step, total)
        sheet.close()
        done += sheet.rows


def _aggregates(workbook, session, indicators: Indicators, plan: Plan | None, when, counts) -> None:
    """The sheets of counts: the Summary, the indicator set, the Charts, the targets against
    achieved and the breakdowns too long for the Summary's page."""
    threshold = plan.threshold if plan else DEFAULT_THRESHOLD
    suppression = plan.suppression if plan else None
    title = fsum.report_title(indicators)
    fsum.write_summary(workbook, indicators, when, suppression, threshold)
    if counts is not None:
        hidden = suppression.hidden if suppression else frozenset()
        write_set(workbook, counts, hidden, threshold, title, fsum.period_text(indicators))
    fsum.write_more_panels(workbook, indicators, when, suppression, threshold)
    write_charts(workbook, indicators, suppression, threshold, title)
    if plan is not None:
        rows, hide = plan.targets, plan.suppression.hidden
    else:
        rows, hide = (
            targets_against_achieved(session, indicators.start, indicators.end),
            frozenset(),
        )
    write_targets(workbook, rows, fsum.period_text(indicators), title, hide, threshold)
    fsum.write_long_sections(workbook, indicators, when, suppression, threshold)


class EmptyPeriod(Exception):
    """Nothing the report counts falls in the period: nothing was written. str() is the
    message for the user, naming the period."""

    def __init__(self, start: date, end: date) -> None:
        super().__init__(
            fill(translate("FunderReport", EMPTY_PERIOD), day_text(start), day_text(end))
        )
        self.start, self.end = start, end


def check_period(database: Database, start: date, end: date) -> None:
    """Raise EmptyPeriod when nothing is recorded in start..end (the dialog asks first)."""
    with database.read_session() as session:
        if not has_records(session, start, end):
            raise EmptyPeriod(start, end)


def write_funder_report(
    database: Database,
    start: date,
    end: date,
    path: Path,
    *,
    identifiable: bool = False,
    progress: Progress | None = None,
    user: str | None = None,
    indicator_set: str | None = None,
) -> Indicators:
    """Write the funder workbook for start..end (both included) to `path`, atomically;
    EmptyPeriod, before anything is written, when nothing is recorded in the period.
    `indicator_set`: a code of services.indicator_sets.SETS, "" for none, None for the one
    of the association details."""
    from socialneet_desktop.exports.excel import save_atomically

    check_period(database, start, end)
    progress = progress or Progress()
    when = datetime.now()
    workbook = new_workbook()
    try:
        with database.read_session() as session:
            indicators = compute_indicators(session, start, end)
            total = sum(
                (indicators.contacts_reached, indicators.visits, indicators.organizations_met),
                indicators.meetings + indicators.resources,
            )
            progress.step(0, total)
            chosen = chosen_set(session, indicator_set)
            counts = count_set(session, chosen, start, end) if chosen else None
            plan = None if identifiable else plan_privacy(session, indicators, counts)
            _aggregates(workbook, session, indicators, plan, when, counts)
            _details(workbook, session, indicators, identifiable, plan, when, progress, total)
            write_matching_sheet(workbook, session, start, end, fsum.report_title(indicators))
            manifest = manifest_rows(
                session, start, end, identifiable, when, user or _user(), plan, counts
            )
        title = fsum.report_title(indicators)
        _write_dictionary(workbook, identifiable, plan, title, counts)
        write_manifest(workbook, manifest, title)
        save_atomically(workbook, path)
    except BaseException:
        discard(workbook)
        raise
    return indicators


def _user() -> str:
    """The program's user name (SOCIALNEET_USER, services.current_user); never the system
    account, which names a person's login on a computer the funder has no business with."""
    import os

    from socialneet_desktop.services.current_user import USER_VARIABLE

    name = os.environ.get(USER_VARIABLE, "").strip()
    return name or translate("FunderReport", "not set")
