"""The funder workbook for a period: summary of indicators, detail sheets, data dictionary and
manifest. Pseudonymous by default: no names, codici fiscali, phones, e-mails or addresses, and
summary counts of 1 or 2 shown as "<3"."""

from __future__ import annotations

import getpass
from datetime import date, datetime
from pathlib import Path

from socialneet_desktop import __version__
from socialneet_desktop.db.database import Database
from socialneet_desktop.db.models import AppSettings
from socialneet_desktop.domain.age import age_band_label
from socialneet_desktop.domain.municipalities import bundled_index
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.exports import funder_sheets as fs
from socialneet_desktop.exports.columns import BOOL, CODE, DATE, NUMBER, TIME
from socialneet_desktop.exports.excel import (
    BOLD,
    TITLE_FONT,
    Progress,
    TableSheet,
    discard,
    exported_on_text,
    new_workbook,
    sheet_title,
    styled,
    vocabulary_labels,
)
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services.indicators import Breakdown, Indicators, compute_indicators

SMALL = 3  # counts from 1 to SMALL - 1 are hidden in the pseudonymous summary
HIDDEN = "<3"
DETAILS = (
    (QT_TRANSLATE_NOOP("FunderReport", "Contacts"), fs.CONTACTS, fs.contact_rows),
    (QT_TRANSLATE_NOOP("FunderReport", "Visits"), fs.VISITS, fs.visit_rows),
    (QT_TRANSLATE_NOOP("FunderReport", "Stakeholders met"), fs.STAKEHOLDERS, fs.stakeholder_rows),
    (QT_TRANSLATE_NOOP("FunderReport", "Meetings"), fs.MEETINGS, fs.meeting_rows),
    (QT_TRANSLATE_NOOP("FunderReport", "Resources"), fs.RESOURCES, fs.resource_rows),
)
_CONTACTS_VISITS = (
    QT_TRANSLATE_NOOP("FunderReport", "Contacts reached"),
    QT_TRANSLATE_NOOP("FunderReport", "Visits"),
)
_KIND_NAMES = {
    BOOL: QT_TRANSLATE_NOOP("FunderReport", "Yes/No"),
    CODE: QT_TRANSLATE_NOOP("FunderReport", "Label"),
    DATE: QT_TRANSLATE_NOOP("FunderReport", "Date (gg/mm/aaaa)"),
    TIME: QT_TRANSLATE_NOOP("FunderReport", "Time (hh:mm)"),
    NUMBER: QT_TRANSLATE_NOOP("FunderReport", "Number"),
}


def day_text(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def masked(count: int, identifiable: bool) -> int | str:
    return HIDDEN if not identifiable and 0 < count < SMALL else count


def _labels(breakdown: Breakdown) -> list[tuple[str, tuple[int, ...]]]:
    """(label, counts) in display order: every term of a vocabulary, zeros included."""
    counts, width = breakdown.counts, len(next(iter(breakdown.counts.values()), (0, 0)))
    not_recorded = translate("FunderReport", "Not recorded")
    if breakdown.name == "month":
        return [(f"{code[5:]}/{code[:4]}", counts[code]) for code in sorted(counts)]
    if breakdown.name == "age_band":
        return [(age_band_label(code) or not_recorded, n) for code, n in counts.items()]
    if breakdown.name == "municipality":
        ordered = sorted(counts.items(), key=lambda item: (-item[1][0], item[0]))
        return [(bundled_index().display(code) or not_recorded, n) for code, n in ordered]
    labels = vocabulary_labels(breakdown.name)
    codes = list(labels) + [code for code in counts if code not in labels]
    zero = (0,) * width
    return [(labels.get(code) or code or not_recorded, counts.get(code, zero)) for code in codes]


def _sections(indicators: Indicators) -> list[tuple[str, tuple[str, ...], Breakdown]]:
    by = indicators.contacts
    return [
        (
            QT_TRANSLATE_NOOP("FunderReport", "Contacts reached and visits by month"),
            _CONTACTS_VISITS,
            by["month"],
        ),
        (QT_TRANSLATE_NOOP("FunderReport", "By gender"), _CONTACTS_VISITS, by["gender"]),
        (QT_TRANSLATE_NOOP("FunderReport", "By age band"), _CONTACTS_VISITS, by["age_band"]),
        (
            QT_TRANSLATE_NOOP("FunderReport", "By municipality of residence"),
            _CONTACTS_VISITS,
            by["municipality"],
        ),
        (
            QT_TRANSLATE_NOOP("FunderReport", "By education level"),
            _CONTACTS_VISITS,
            by["education_level"],
        ),
        (
            QT_TRANSLATE_NOOP("FunderReport", "By labour status"),
            _CONTACTS_VISITS,
            by["labour_status"],
        ),
        (
            QT_TRANSLATE_NOOP("FunderReport", "Visits by type"),
            (
                QT_TRANSLATE_NOOP("FunderReport", "Visits"),
                QT_TRANSLATE_NOOP("FunderReport", "Contacts reached"),
            ),
            indicators.visit_types,
        ),
        (
            QT_TRANSLATE_NOOP("FunderReport", "Stakeholders met by kind"),
            (
                QT_TRANSLATE_NOOP("FunderReport", "Organisations met"),
                QT_TRANSLATE_NOOP("FunderReport", "Meetings"),
            ),
            indicators.stakeholder_kinds,
        ),
        (
            QT_TRANSLATE_NOOP("FunderReport", "Meetings by type"),
            (
                QT_TRANSLATE_NOOP("FunderReport", "Meetings"),
                QT_TRANSLATE_NOOP("FunderReport", "Organisations met"),
            ),
            indicators.meeting_types,
        ),
        (
            QT_TRANSLATE_NOOP("FunderReport", "Unused resources by category"),
            (QT_TRANSLATE_NOOP("FunderReport", "Resources"),),
            indicators.resource_categories,
        ),
        (
            QT_TRANSLATE_NOOP("FunderReport", "Unused resources by status"),
            (QT_TRANSLATE_NOOP("FunderReport", "Resources"),),
            indicators.resource_statuses,
        ),
    ]


def _write_summary(workbook, indicators: Indicators, identifiable: bool, when: datetime) -> None:
    sheet = workbook.create_sheet(sheet_title(translate("FunderReport", "Summary")))
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
    sheet.append([])
    sheet.append([styled(sheet, translate("FunderReport", "Totals"), BOLD)])
    totals = (
        (QT_TRANSLATE_NOOP("FunderReport", "NEET contacts reached"), indicators.contacts_reached),
        (QT_TRANSLATE_NOOP("FunderReport", "Meeting Point visits"), indicators.visits),
        (QT_TRANSLATE_NOOP("FunderReport", "Organisations met"), indicators.organizations_met),
        (QT_TRANSLATE_NOOP("FunderReport", "Stakeholder meetings"), indicators.meetings),
        (QT_TRANSLATE_NOOP("FunderReport", "Unused resources surveyed"), indicators.resources),
    )
    for label, count in totals:
        sheet.append([translate("FunderReport", label), masked(count, identifiable)])
    for title, headers, breakdown in _sections(indicators):
        sheet.append([])
        sheet.append([styled(sheet, translate("FunderReport", title), BOLD)])
        sheet.append(
            [styled(sheet, "", BOLD)]
            + [styled(sheet, translate("FunderReport", h), BOLD) for h in headers]
        )
        for label, counts in _labels(breakdown):
            sheet.append([label, *(masked(n, identifiable) for n in counts)])


def _write_dictionary(workbook, identifiable: bool) -> None:
    sheet = workbook.create_sheet(sheet_title(translate("FunderReport", "Data dictionary")))
    for letter, width in zip("ABCD", (24, 26, 18, 80), strict=True):
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
            HIDDEN,
            QT_TRANSLATE_NOOP(
                "FunderReport",
                "In the pseudonymous workbook, counts of 1 or 2 are shown as <3 so that no "
                "person can be recognised; totals are exact.",
            ),
        ),
    )
    for name, description in definitions:
        sheet.append(
            [
                summary,
                translate("FunderReport", name),
                translate("FunderReport", "Number"),
                translate("FunderReport", description),
            ]
        )
    for title, columns, _rows in DETAILS:
        for column in fs.shown(columns, identifiable):
            kind = _KIND_NAMES.get(column.spec.kind, QT_TRANSLATE_NOOP("FunderReport", "Text"))
            name = translate("Columns", column.spec.title)
            sheet.append(
                [
                    translate("FunderReport", title),
                    name,
                    translate("FunderReport", kind),
                    translate("FunderReport", column.description),
                ]
            )


def _settings(database: Database) -> AppSettings | None:
    with database.read_session() as session:
        return session.get(AppSettings, 1)


def _write_manifest(workbook, database, start, end, identifiable, when, user) -> None:
    sheet = workbook.create_sheet(sheet_title(translate("FunderReport", "Manifest")))
    sheet.column_dimensions["A"].width, sheet.column_dimensions["B"].width = 26, 70
    settings = _settings(database)
    data = (
        translate("FunderReport", "Identifiable (names and contact details included)")
        if identifiable
        else translate(
            "FunderReport", "Pseudonymous (no names, codici fiscali, phones, e-mails or addresses)"
        )
    )
    rows = (
        (translate("FunderReport", "Exported by"), user),
        (translate("FunderReport", "Exported on"), when.strftime("%d/%m/%Y %H:%M")),
        (translate("FunderReport", "Period from"), day_text(start)),
        (translate("FunderReport", "Period to"), day_text(end)),
        (
            translate("FunderReport", "Filters"),
            translate("FunderReport", "All records of the period not in the recycle bin"),
        ),
        (translate("FunderReport", "Personal data"), data),
        (translate("FunderReport", "Application version"), f"SocialNEET Desktop {__version__}"),
        (translate("FunderReport", "Database"), str(database.path)),
        (translate("FunderReport", "Association"), settings.association_name if settings else ""),
        (translate("FunderReport", "Project"), settings.project_name if settings else ""),
        (translate("FunderReport", "Funder"), settings.funder_name if settings else ""),
    )
    sheet.append([styled(sheet, translate("FunderReport", "Manifest"), TITLE_FONT)])
    for key, value in rows:
        sheet.append([styled(sheet, key, BOLD), value])


def _details(workbook, session, start, end, identifiable, when, progress, total) -> None:
    done = 0
    for title, columns, rows in DETAILS:
        shown = fs.shown(columns, identifiable)
        sheet = TableSheet(
            workbook, translate("FunderReport", title), [c.spec for c in shown], when
        )
        keys = [c.spec.key for c in shown]
        step = Progress(lambda d, _t, base=done: progress.step(base + d, total))
        sheet.extend(([row[k] for k in keys] for row in rows(session, start, end)), step, total)
        sheet.close()
        done += sheet.rows


def write_funder_report(
    database: Database,
    start: date,
    end: date,
    path: Path,
    *,
    identifiable: bool = False,
    progress: Progress | None = None,
    user: str | None = None,
) -> Indicators:
    """Write the funder workbook for start..end (both included) to `path`, atomically."""
    from socialneet_desktop.exports.excel import save_atomically

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
            _write_summary(workbook, indicators, identifiable, when)
            _details(workbook, session, start, end, identifiable, when, progress, total)
        _write_dictionary(workbook, identifiable)
        _write_manifest(workbook, database, start, end, identifiable, when, user or _user())
        save_atomically(workbook, path)
    except BaseException:
        discard(workbook)
        raise
    return indicators


def _user() -> str:
    try:
        from socialneet_desktop.services.current_user import current_user_name

        return current_user_name()
    except Exception:  # noqa: BLE001 - the manifest still names the system account
        return getpass.getuser()
