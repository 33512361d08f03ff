"""The course editor's Print button: a session's signature register (names pre-filled), a
blank one, and the course's attendance summary. The session is asked for, the one chosen in
the Sessions tab (or the next one to come) offered first."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMenu, QMessageBox, QPushButton

from socialneet_desktop.domain.italian_dates import date_text, time_text
from socialneet_desktop.i18n import translate
from socialneet_desktop.printing.attendance_summary import write_attendance_summary
from socialneet_desktop.printing.course_register import (
    write_blank_session_register,
    write_session_register,
)


def add_course_prints(editor) -> QPushButton:
    button = editor.ui.buttons.addButton(
        translate("CourseEditor", "&Print…"), QDialogButtonBox.ButtonRole.ActionRole
    )
    button.setObjectName("print")
    menu = QMenu(button)
    register = menu.addAction(translate("CourseEditor", "Signature register of a session…"))
    register.triggered.connect(lambda _checked=False: print_register(editor, blank=False))
    blank = menu.addAction(translate("CourseEditor", "Blank signature register of a session…"))
    blank.triggered.connect(lambda _checked=False: print_register(editor, blank=True))
    summary = menu.addAction(translate("CourseEditor", "Attendance summary"))
    summary.triggered.connect(lambda _checked=False: print_summary(editor))
    button.setMenu(menu)
    button.setEnabled(editor.record_id is not None)
    return button


def _session_label(row) -> str:
    values = row.values
    times = "–".join(time_text(t) for t in (values["start_time"], values["end_time"]) if t)
    return " ".join(p for p in (date_text(values["session_date"]), times, values["topic"]) if p)


def choose_session(editor) -> int | None:
    """The id of the session the user picks among the saved ones (None: cancelled, none)."""
    stored = [row for row in editor.sessions.stored if row.record_id is not None]
    if not stored:
        QMessageBox.information(
            editor,
            translate("CourseEditor", "No sessions"),
            translate("CourseEditor", "The course has no saved sessions yet: add them and save."),
        )
        return None
    current = editor.sessions.currentRow()
    chosen = editor.sessions.by_row[current] if 0 <= current < len(editor.sessions.by_row) else None
    upcoming = [n for n, r in enumerate(stored) if r.values["session_date"] >= date.today()]
    first = stored.index(chosen) if chosen in stored else (upcoming or [len(stored) - 1])[0]
    labels = [_session_label(row) for row in stored]
    label, ok = QInputDialog.getItem(
        editor,
        translate("CourseEditor", "Signature register"),
        translate("CourseEditor", "Session:"),
        labels,
        first,
        False,
    )
    return stored[labels.index(label)].record_id if ok and label in labels else None


def print_register(editor, *, blank: bool):
    from socialneet_desktop.ui.print_actions import deliver_pdf

    session_id = choose_session(editor)
    if session_id is None:
        return None
    write = write_blank_session_register if blank else write_session_register
    name = translate("CourseEditor", "signature-register") + f"-{session_id}.pdf"
    database = editor.database
    return deliver_pdf(editor, lambda path: write(database, session_id, path), name, database)


def print_summary(editor):
    from socialneet_desktop.ui.print_actions import deliver_pdf

    if editor.record_id is None:
        return None
    course_id, database = editor.record_id, editor.database
    name = translate("CourseEditor", "attendance-summary") + f"-{course_id}.pdf"
    write = lambda path: write_attendance_summary(database, course_id, path)  # noqa: E731
    return deliver_pdf(editor, write, name, database)
