"""The progress report as a list of blocks (headings, paragraphs, the office's placeholders,
tables), in Italian or English: the Word and the PDF writers lay out the same blocks, so the
two documents always say the same thing.

The language is the report's own, not the program's: Italian through the Italian catalogue,
English as the source strings (the international partners' copy).
"""

from __future__ import annotations

from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.italian_dates import date_text
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services import progress_matching
from socialneet_desktop.services.progress_annex_blocks import AnnexBlocks
from socialneet_desktop.services.progress_block_types import (
    Block,
    Grid,
    Heading,
    Para,
    translator,
)
from socialneet_desktop.services.progress_sections import ProgressReport, Section

__all__ = ["Block", "Grid", "Heading", "Para", "report_blocks", "translator"]

TITLE = QT_TRANSLATE_NOOP("ProgressReport", "Progress report")
DESCRIPTION = QT_TRANSLATE_NOOP("ProgressReport", "Description of the activities carried out")
PLACEHOLDER = QT_TRANSLATE_NOOP(
    "ProgressReport", "[To be completed by the office: what was done, with whom, and the results.]"
)


class Blocks(AnnexBlocks):
    """Builds the blocks of one report in one language."""

    def __init__(self, report: ProgressReport, language: str) -> None:
        super().__init__(language)
        self.report = report

    def title(self) -> str:
        return self.text(TITLE)

    def subtitle(self) -> str:
        report = self.report
        return self.text(
            QT_TRANSLATE_NOOP("ProgressReport", "%1 to %2"),
            date_text(report.start),
            date_text(report.end),
        )

    def build(self) -> list[Block]:
        report, head = self.report, self.report.letterhead
        self.out = [Heading(0, self.title())]
        project = " – ".join(part for part in (head.project, head.funder) if part)
        self.para(project) if project else None
        self.para(
            self.text(
                QT_TRANSLATE_NOOP("ProgressReport", "Period: %1 – %2"),
                date_text(report.start),
                date_text(report.end),
            )
        )
        intro = QT_TRANSLATE_NOOP(
            "ProgressReport",
            "What the records of %1 hold for the period, activity by activity. The paragraphs "
            "in italics are for the office to complete with its own account.",
        )
        self.para(self.text(intro, head.name or "—"))
        for section in report.sections:
            self.section(section)
        self.resources(report.resources)
        progress_matching.add_blocks(self, report.matching)  # needs and resources (issue 23)
        self.stakeholders(report.stakeholders)
        self.registers(report.registers)
        return self.out

    # --- one section per activity -------------------------------------------------------------

    def section(self, section: Section) -> None:
        if section.code:
            self.heading(
                1,
                self.text(
                    QT_TRANSLATE_NOOP("ProgressReport", "Activity %1 – %2"),
                    section.code,
                    section.title,
                ),
            )
            facts = [self.term(voc.WORK_AREA, section.work_area)]
            if section.start or section.end:
                period = f"{date_text(section.start)} – {date_text(section.end)}"
                facts.append(
                    self.text(
                        QT_TRANSLATE_NOOP("ProgressReport", "period of the activity %1"), period
                    )
                )
            self.para("; ".join(fact for fact in facts if fact))
        else:
            self.heading(
                1,
                self.text(
                    QT_TRANSLATE_NOOP("ProgressReport", "Records not assigned to an activity")
                ),
            )
        self.heading(2, self.text(DESCRIPTION))
        self.para(self.text(PLACEHOLDER), placeholder=True)
        self.meetings(section)
        self.courses(section)
        self.counts(section)
        if section.code:
            self.targets(section)

    def meetings(self, section: Section) -> None:
        self.heading(2, self.text(QT_TRANSLATE_NOOP("ProgressReport", "Meetings and events held")))
        if not section.meetings:
            return self.none()
        rows = [
            (
                date_text(line.day),
                self.term(voc.MEETING_TYPE, line.meeting_type),
                ", ".join(line.organizations),
                line.topic,
                line.outcome,
            )
            for line in section.meetings
        ]
        headers = (
            QT_TRANSLATE_NOOP("ProgressReport", "Date"),
            QT_TRANSLATE_NOOP("ProgressReport", "Type"),
            QT_TRANSLATE_NOOP("ProgressReport", "Organisations"),
            QT_TRANSLATE_NOOP("ProgressReport", "Topic"),
        )
        self.grid(
            (*headers, QT_TRANSLATE_NOOP("ProgressReport", "Outcome")), rows, (13, 14, 27, 21, 25)
        )

    def courses(self, section: Section) -> None:
        if not section.courses:
            return
        self.heading(2, self.text(QT_TRANSLATE_NOOP("ProgressReport", "Training courses")))
        rows = [
            (
                line.title,
                date_text(line.start),
                date_text(line.end),
                str(line.sessions),
                str(line.enrolled),
                str(line.completed),
            )
            for line in section.courses
        ]
        headers = (
            QT_TRANSLATE_NOOP("ProgressReport", "Course"),
            QT_TRANSLATE_NOOP("ProgressReport", "From"),
            QT_TRANSLATE_NOOP("ProgressReport", "To"),
            QT_TRANSLATE_NOOP("ProgressReport", "Sessions in the period"),
        )
        self.grid(
            (
                *headers,
                QT_TRANSLATE_NOOP("ProgressReport", "Enrolled"),
                QT_TRANSLATE_NOOP("ProgressReport", "Completed"),
            ),
            rows,
            (32, 14, 14, 14, 13, 13),
        )

    def counts(self, section: Section) -> None:
        lines = []
        if section.visits:
            visits = QT_TRANSLATE_NOOP(
                "ProgressReport", "Visits to the Meeting Point: %1, by %2 young people."
            )
            lines.append(self.text(visits, section.visits, section.young_people))
        for count, text in (
            (section.placements, QT_TRANSLATE_NOOP("ProgressReport", "Placements started: %1.")),
            (
                section.mentoring,
                QT_TRANSLATE_NOOP("ProgressReport", "Mentoring meetings held: %1."),
            ),
            (section.ideas, QT_TRANSLATE_NOOP("ProgressReport", "Project ideas presented: %1.")),
        ):
            if count:
                lines.append(self.text(text, count))
        if lines:
            self.heading(2, self.text(QT_TRANSLATE_NOOP("ProgressReport", "Young people")))
            for line in lines:
                self.para(line)

    def targets(self, section: Section) -> None:
        self.heading(2, self.text(QT_TRANSLATE_NOOP("ProgressReport", "Targets against achieved")))
        if not section.targets:
            return self.para(
                self.text(
                    QT_TRANSLATE_NOOP(
                        "ProgressReport", "No target is set for this activity in the period."
                    )
                )
            )
        rows = []
        for row in section.targets:
            percent = f"{round(100 * row.achieved / row.target)} %" if row.target else "—"
            indicator = self.term(voc.TARGET_INDICATOR, row.indicator)
            rows.append(
                (
                    f"{indicator} *" if row.project_wide else indicator,
                    str(row.target),
                    str(row.achieved),
                    percent,
                    f"{date_text(row.start)} – {date_text(row.end)}",
                )
            )
        headers = (
            QT_TRANSLATE_NOOP("ProgressReport", "Indicator"),
            QT_TRANSLATE_NOOP("ProgressReport", "Target"),
            QT_TRANSLATE_NOOP("ProgressReport", "Achieved"),
            QT_TRANSLATE_NOOP("ProgressReport", "%"),
        )
        self.grid(
            (*headers, QT_TRANSLATE_NOOP("ProgressReport", "Counted over")),
            rows,
            (38, 11, 13, 10, 28),
        )
        if any(row.project_wide for row in section.targets):
            wide = QT_TRANSLATE_NOOP(
                "ProgressReport",
                "* Recorded for the whole project, not per activity: counted project-wide.",
            )
            self.para(self.text(wide))


def report_blocks(report: ProgressReport, language: str) -> tuple[str, str, list[Block]]:
    """(title, period, blocks) of the report in `language` ("it" or "en")."""
    blocks = Blocks(report, language)
    return blocks.title(), blocks.subtitle(), blocks.build()
