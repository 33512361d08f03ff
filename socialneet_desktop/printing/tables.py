"""Lists for a period, as tables: the stakeholder meetings held and the resources surveyed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from socialneet_desktop.db import models
from socialneet_desktop.db.database import Database
from socialneet_desktop.domain import vocabularies as vocab
from socialneet_desktop.i18n import translate
from socialneet_desktop.printing.blocks import data_table, para
from socialneet_desktop.printing.layout import PageDecor, build_pdf, frame_width, write_atomically
from socialneet_desktop.printing.register import period_text
from socialneet_desktop.services import document_data as data
from socialneet_desktop.services.document_text import day_text, label, person_name, place


def meeting_rows(session: Session, start: date, end: date) -> list[list[str]]:
    cls = models.StakeholderMeeting
    statement = (
        select(cls)
        .where(cls.deleted_at.is_(None), cls.meeting_date.between(start, end))
        .options(selectinload(cls.organizations), selectinload(cls.staff))
        .order_by(cls.meeting_date, cls.id)
    )
    return [
        [
            day_text(m.meeting_date),
            label(vocab.MEETING_TYPE, m.meeting_type),
            m.activity_code,
            ", ".join(sorted(o.name for o in m.organizations)),
            m.topic,
            m.outcome,
            day_text(m.follow_up_date),
            person_name(m.staff),
        ]
        for m in session.scalars(statement)
    ]


def resource_rows(session: Session, start: date, end: date, status: str) -> list[list[str]]:
    cls = models.UnusedResource
    conditions = [cls.deleted_at.is_(None), cls.surveyed_on.between(start, end)]
    if status:
        conditions.append(cls.status == status)
    statement = select(cls).where(*conditions).order_by(cls.surveyed_on, cls.title, cls.id)
    return [
        [
            r.title,
            label(vocab.RESOURCE_CATEGORY, r.category),
            label(vocab.RESOURCE_STATUS, r.status),
            place(r.municipality_code),
            r.owner_name,
            label(vocab.RESOURCE_TERMS, r.terms),
            day_text(r.surveyed_on),
        ]
        for r in session.scalars(statement)
    ]


def meeting_titles() -> list[str]:
    return [
        translate("Printing", "Date"),
        translate("Printing", "Type"),
        translate("Printing", "Activity"),
        translate("Printing", "Organisations"),
        translate("Printing", "Topic"),
        translate("Printing", "Outcome"),
        translate("Printing", "Follow-up"),
        translate("Printing", "Staff member"),
    ]


def resource_titles() -> list[str]:
    return [
        translate("Printing", "Title"),
        translate("Printing", "Category"),
        translate("Printing", "Status"),
        translate("Printing", "Municipality"),
        translate("Printing", "Owner"),
        translate("Printing", "Terms"),
        translate("Printing", "Surveyed on"),
    ]


def _write(path: Path, decor: PageDecor, titles, rows, widths) -> None:
    widths = [*widths, frame_width(wide=True) - sum(widths)]
    if rows:
        story = [data_table(titles, rows, widths)]
    else:
        story = [para(translate("Printing", "Nothing recorded in this period."))]
    write_atomically(path, lambda stream: build_pdf(stream, decor, story, wide=True))


def write_meetings(database: Database, start: date, end: date, path: Path) -> None:
    with database.read_session() as session:
        head = data.letterhead(session)
        rows = meeting_rows(session, start, end)
    decor = PageDecor(head, translate("Printing", "Stakeholder meetings"), period_text(start, end))
    widths = [20 * mm, 28 * mm, 16 * mm, 50 * mm, 50 * mm, 55 * mm, 20 * mm]
    _write(path, decor, meeting_titles(), rows, widths)


def write_resources(database: Database, start: date, end: date, path: Path, status: str = ""):
    with database.read_session() as session:
        head = data.letterhead(session)
        rows = resource_rows(session, start, end, status)
    subtitle = period_text(start, end)
    if status:
        subtitle += f" – {label(vocab.RESOURCE_STATUS, status)}"
    decor = PageDecor(head, translate("Printing", "Unused resources"), subtitle)
    widths = [60 * mm, 30 * mm, 22 * mm, 38 * mm, 50 * mm, 40 * mm]
    _write(path, decor, resource_titles(), rows, widths)
