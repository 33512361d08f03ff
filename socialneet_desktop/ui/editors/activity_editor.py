"""The editor of a project activity (issue 19): code, title, work area, period, notes; the
Targets tab lists its targets with a progress bar each ("achieved / target (n %)", counted by
services/targets over the target's period up to today), "New target…" adds one. The target's
own editor shows the same bar, following the indicator and period as they are chosen.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QProgressBar, QWidget
from sqlalchemy.orm import Session

from socialneet_desktop.db.database import Database
from socialneet_desktop.db.models import RecordMixin
from socialneet_desktop.db.models_path import ActivityTarget, ProjectActivity
from socialneet_desktop.domain.italian_dates import date_text
from socialneet_desktop.domain.vocabularies import TARGET_INDICATOR
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services.activity_progress import (
    Progress,
    achieved,
    activity_progress,
    target_period,
)
from socialneet_desktop.services.project_activities import same_code
from socialneet_desktop.ui.editors.base import RecordEditor, Values
from socialneet_desktop.ui.editors.related_tabs import RelatedSpec, RelatedTab
from socialneet_desktop.ui.editors.typed_fields import TypedFieldsMixin, swap_in
from socialneet_desktop.ui.editors.widgets import CodeCombo, RecordPicker
from socialneet_desktop.ui.generated.ui_activity_editor import Ui_ActivityEditor
from socialneet_desktop.ui.generated.ui_activity_target_editor import Ui_ActivityTargetEditor

PROGRESS_COLUMN = 3


def progress_text(achieved_count: int, target: int) -> str:
    """ "37 / 100 (37 %)"."""
    percent = round(100 * achieved_count / target) if target > 0 else 0
    template = translate("ActivityEditor", "%1 / %2 (%3 %)")
    return fill(template, str(achieved_count), str(target), str(percent))


def show_progress(bar: QProgressBar, achieved_count: int, target: int) -> None:
    bar.setRange(0, max(target, 1))
    bar.setValue(min(achieved_count, max(target, 1)))
    bar.setFormat(progress_text(achieved_count, target))
    bar.setTextVisible(True)


def _period(row: Progress) -> str:
    return " – ".join(date_text(day) for day in (row.start, row.end) if day)


def target_rows(session: Session, activity_id: int) -> list[tuple[int, tuple[str, ...]]]:
    today = date.today()
    return [
        (
            row.target_id,
            (
                translate("Vocabulary", TARGET_INDICATOR.label_for(row.indicator))
                if row.indicator in TARGET_INDICATOR
                else row.indicator,
                str(row.target),
                _period(row),
                progress_text(row.achieved, row.target),
            ),
        )
        for row in activity_progress(session, activity_id, today)
    ]


class TargetsTab(RelatedTab):
    """The related-records tab, with the progress column drawn as bars."""

    def load(self, session: Session, record_id: int | None) -> None:
        super().load(session, record_id)
        rows = activity_progress(session, record_id, date.today()) if record_id else []
        self.bars: list[QProgressBar] = []
        for number, row in enumerate(rows):
            bar = QProgressBar(self.table)
            show_progress(bar, row.achieved, row.target)
            self.table.setCellWidget(number, PROGRESS_COLUMN, bar)
            self.bars.append(bar)
        self.table.setColumnWidth(PROGRESS_COLUMN, 220)


class ActivityEditor(RecordEditor):
    form_class = Ui_ActivityEditor
    kind_key = "activities"
    model = ProjectActivity
    field_names = ("code", "title", "work_area", "period_start", "period_end", "notes")

    def prepare_form(self) -> None:
        swap_in(self.ui, "work_area", CodeCombo("WORK_AREA"))
        self.targets = TargetsTab(self, self.targets_spec())

    def targets_spec(self) -> RelatedSpec:
        database = self.database

        def new_target(activity_id: int, parent: QWidget) -> QDialog:
            return ActivityTargetEditor(database, None, parent, activity_id=activity_id)

        return RelatedSpec(
            "targets",
            self.tr("Tar&gets"),
            (self.tr("Indicator"), self.tr("Target"), self.tr("Period"), self.tr("Achieved")),
            "activity_targets",
            target_rows,
            new_label=self.tr("&New target…"),
            new_editor=new_target,
        )

    def problems(self, values: Values) -> list:
        """The kind's rules, and a code no other activity has (the report groups by code)."""
        found = super().problems(values)
        code = values.get("code") or ""
        if code.strip() and not any(problem.field == "code" for problem in found):
            with self.database.read_session() as session:
                taken = same_code(session, code, self.record_id)
            found += [taken] if taken is not None else []
        return found

    def load_extra(self, session: Session, record: RecordMixin | None) -> None:
        super().load_extra(session, record)
        self.targets.load(session, record.id if record is not None else None)

    def after_save(self) -> None:
        self.targets.refresh()


class ActivityTargetEditor(TypedFieldsMixin, RecordEditor):
    """A target of an activity (opened from the activity: fixed)."""

    form_class = Ui_ActivityTargetEditor
    kind_key = "activity_targets"
    model = ActivityTarget
    field_names = ("activity_id", "indicator", "target", "period_start", "period_end", "notes")
    typed_names = ("activity_id",)

    def __init__(
        self,
        database: Database,
        record_id: int | None = None,
        parent: QWidget | None = None,
        *,
        activity_id: int | None = None,
    ) -> None:
        self.fixed_activity = activity_id
        super().__init__(database, record_id, parent)
        self.ui.activity_id.setEnabled(activity_id is None and record_id is None)
        self.refresh_progress()

    def prepare_form(self) -> None:
        swap_in(self.ui, "activity_id", RecordPicker(self.database, "activities"))
        swap_in(self.ui, "indicator", CodeCombo("TARGET_INDICATOR"))

    def defaults(self) -> Values:
        return {"activity_id": self.fixed_activity}

    def field_changed(self) -> None:
        super().field_changed()
        if hasattr(self, "live"):  # built: the fields are being loaded before
            self.refresh_progress()

    def refresh_progress(self) -> None:
        """The bar of what the records say so far, for the indicator and period as typed (the
        activity's period where the target has none)."""
        values = self.collect_values()
        activity_id = values.get("activity_id")
        start, end = (values.get(n) for n in ("period_start", "period_end"))
        start, end = (v if isinstance(v, date) else None for v in (start, end))
        with self.database.read_session() as session:
            period = target_period(session, activity_id, start, end)
            indicator = values.get("indicator") or ""
            count = achieved(session, activity_id, indicator, period, date.today())
        show_progress(self.ui.achieved, count, int(values.get("target") or 0))


__all__ = ["ActivityEditor", "ActivityTargetEditor"]
