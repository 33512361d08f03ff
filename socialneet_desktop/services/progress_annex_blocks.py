"""The parts of the progress report after the activities' sections: the resources mapped and
the annexes (the stakeholders met, the courses' attendance registers), as blocks."""

from __future__ import annotations

from datetime import time

from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.italian_dates import date_text
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services.progress_annexes import CourseRegister, StakeholderMet
from socialneet_desktop.services.progress_block_types import BlockWriter
from socialneet_desktop.services.progress_sections import ResourceLine


class AnnexBlocks(BlockWriter):
    """The resources and the two annexes."""

    def resources(self, lines: list[ResourceLine]) -> None:
        self.heading(
            1, self.text(QT_TRANSLATE_NOOP("ProgressReport", "Resources of the territory mapped"))
        )
        if not lines:
            return self.none()
        rows = [
            (
                date_text(line.day),
                line.title,
                self.term(voc.RESOURCE_CATEGORY, line.category),
                self.term(voc.RESOURCE_STATUS, line.status),
            )
            for line in lines
        ]
        headers = (
            QT_TRANSLATE_NOOP("ProgressReport", "Surveyed on"),
            QT_TRANSLATE_NOOP("ProgressReport", "Resource"),
            QT_TRANSLATE_NOOP("ProgressReport", "Category"),
            QT_TRANSLATE_NOOP("ProgressReport", "Status"),
        )
        self.grid(headers, rows, (14, 46, 22, 18))

    def stakeholders(self, met: list[StakeholderMet]) -> None:
        self.heading(
            1,
            self.text(
                QT_TRANSLATE_NOOP("ProgressReport", "Annex 1 – List of the organisations met")
            ),
        )
        if not met:
            return self.none()
        rows = [
            (
                row.name,
                self.term(voc.ORGANIZATION_KIND, row.kind),
                str(row.meetings),
                date_text(row.first),
                date_text(row.last),
                "; ".join(row.people),
            )
            for row in met
        ]
        headers = (
            QT_TRANSLATE_NOOP("ProgressReport", "Organisation"),
            QT_TRANSLATE_NOOP("ProgressReport", "Kind"),
            QT_TRANSLATE_NOOP("ProgressReport", "Meetings"),
            QT_TRANSLATE_NOOP("ProgressReport", "First"),
        )
        self.grid(
            (
                *headers,
                QT_TRANSLATE_NOOP("ProgressReport", "Last"),
                QT_TRANSLATE_NOOP("ProgressReport", "People met"),
            ),
            rows,
            (25, 15, 11, 13, 13, 23),
        )

    def registers(self, registers: list[CourseRegister]) -> None:
        self.heading(
            1,
            self.text(
                QT_TRANSLATE_NOOP("ProgressReport", "Annex 2 – Attendance registers of the courses")
            ),
        )
        if not registers:
            return self.none()
        note = QT_TRANSLATE_NOOP(
            "ProgressReport",
            "Sessions held in the period and how many attended; the signed registers are "
            "kept at the office.",
        )
        self.para(self.text(note))
        for register in registers:
            self.heading(2, register.title)
            rows = [
                (
                    date_text(line.day),
                    _times(line.start, line.end),
                    line.topic,
                    str(line.present),
                    str(line.enrolled),
                )
                for line in register.sessions
            ]
            headers = (
                QT_TRANSLATE_NOOP("ProgressReport", "Date"),
                QT_TRANSLATE_NOOP("ProgressReport", "Time"),
                QT_TRANSLATE_NOOP("ProgressReport", "Topic"),
                QT_TRANSLATE_NOOP("ProgressReport", "Present"),
            )
            self.grid(
                (*headers, QT_TRANSLATE_NOOP("ProgressReport", "Enrolled")),
                rows,
                (14, 16, 44, 13, 13),
            )


def _times(start: time | None, end: time | None) -> str:
    return "–".join(moment.strftime("%H:%M") for moment in (start, end) if moment)
