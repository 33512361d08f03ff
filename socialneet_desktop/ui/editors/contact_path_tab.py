"""The contact editor's Path tab: the young person's whole path in date order (visits,
courses, placements, mentors and their meetings, project ideas, outcomes), each row opening
its own record in its editor (Enter, double-click or "Open"); "New outcome…" records where
the person went, at the first stage not yet recorded (on leaving, then the follow-ups)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from sqlalchemy.orm import Session

from socialneet_desktop.domain.validation import format_italian_date
from socialneet_desktop.domain.vocabularies import VOCABULARIES
from socialneet_desktop.i18n import translate
from socialneet_desktop.services.contact_path import WHAT, PathStep, contact_path
from socialneet_desktop.services.follow_ups import next_stage
from socialneet_desktop.ui.editors import related_tabs
from socialneet_desktop.ui.editors.related_tabs import RelatedSpec, RelatedTab


def step_texts(step: PathStep) -> tuple[str, str, str]:
    """(when, what, details) as the tab shows them."""
    when = format_italian_date(step.day) if step.day else ""
    if step.until is not None and step.until != step.day:
        when = f"{when} – {format_italian_date(step.until)}"
    parts = []
    for text, vocabulary in step.details:
        if not text:
            continue
        known = VOCABULARIES.get(vocabulary)
        label = known.label_for(text) if known is not None and text in known else text
        parts.append(translate("Vocabulary", label) if known is not None else label)
    return when, translate("PathSteps", WHAT[step.kind_key]), " · ".join(parts)


class PathTab(RelatedTab):
    """Rows of several kinds: each remembers its kind, to open the right editor."""

    def __init__(self, editor) -> None:
        self.kinds: list[str] = []
        spec = RelatedSpec(
            name="path",
            title=translate("ContactEditor", "&Path"),
            headers=(
                translate("ContactEditor", "Date"),
                translate("ContactEditor", "What"),
                translate("ContactEditor", "Details"),
            ),
            kind_key="visits",
            rows=self._rows,
            new_label=translate("ContactEditor", "New &outcome…"),
            new_editor=self._new_outcome,
        )
        super().__init__(editor, spec)

    def _rows(self, session: Session, contact_id: int) -> list[tuple[int, tuple[str, ...]]]:
        steps = contact_path(session, contact_id)
        self.kinds = [step.kind_key for step in steps]
        return [(step.record_id, step_texts(step)) for step in steps]

    def _new_outcome(self, contact_id: int, parent) -> QDialog:
        """An outcome of the person, at the first stage not yet recorded."""
        from socialneet_desktop.ui.editors.outcome_editor import OutcomeEditor

        with self.editor.database.read_session() as session:
            stage = next_stage(session, contact_id)
        return OutcomeEditor(self.editor.database, None, parent, contact_id=contact_id, stage=stage)

    def load(self, session: Session, record_id: int | None) -> None:
        if record_id is None:
            self.kinds = []
        super().load(session, record_id)

    def current_kind(self) -> str | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        number = rows[0].row() if rows else -1
        return self.kinds[number] if 0 <= number < len(self.kinds) else None

    def open_current(self) -> QDialog | None:
        record_id, kind_key = self.current_id(), self.current_kind()
        open_editor = related_tabs.OPENER["open_editor"]
        if record_id is None or kind_key is None or open_editor is None:
            return None
        dialog = open_editor(kind_key, self.editor.database, record_id, self.editor)
        return self._show(dialog) if dialog is not None else None
