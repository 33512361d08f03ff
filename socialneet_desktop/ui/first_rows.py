"""The moment the first rows of the first list are painted: what a user waits for at start-up.

`FirstRowsWatch` filters the paint events of the shown list's table viewport; the first paint
with rows in the model fires `painted` once the paint is done (a zero timer runs after it).
A list whose first page was read empty (a model with `first_page_read`, e.g. a new file)
ends the start-up with its first paint after that read: there are no rows to wait for.
`--quit-after-first-rows` (or SOCIALNEET_QUIT_AFTER_FIRST_ROWS=1) uses it to print the seconds
since the process started and quit: a benchmark from outside the process reads that line.
SOCIALNEET_QUIT_AFTER_FIRST_ROWS=home times a start on the home page instead (its short lists
painted), =home-complete until its counts and targets are shown too.

`show_early_rows` paints the shown list's first page before the file is opened: read with
plain sqlite3 by the plan kept from the last time that list was read (db.first_page), so
neither SQLAlchemy nor the models are loaded for it; the opening sequence (its checks, a
migration, a passphrase) follows at once, and the list keeps those rows when they are still
its first page (ui.views.record_list). `show_early_home` does the same for the home page's
short lists (services.home_plan), which the page reads again once the file is open.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView

if TYPE_CHECKING:
    from socialneet_desktop.ui.home_page import HomePage
    from socialneet_desktop.ui.views.record_list import RecordListPage

QUIT_ENV = "SOCIALNEET_QUIT_AFTER_FIRST_ROWS"
PLANS_FILE = "first-pages.json"  # beside the user's settings
_IMPORTED_AT = time.time()


def quit_after_first_rows_asked(flag: bool) -> str | None:
    """Which start the benchmark times: "list" (the first rows of the list used last, the
    first list if none: the flag, or the variable set to 1), "home" (the variable set to
    "home": the home page's lists filled, a start with the default preference),
    "home-complete" (its counts and targets shown too), or None."""
    value = os.environ.get(QUIT_ENV, "").strip().lower()
    if value in ("home", "home-complete"):
        return value
    return "list" if flag or value not in ("", "0") else None


def process_started_at() -> float:
    """The process's start (time.time() scale): from /proc on Linux, where it counts the
    interpreter's own start-up; elsewhere when this module was imported."""
    try:
        with open("/proc/self/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)[1].split()
        ticks = os.sysconf("SC_CLK_TCK")
        with open("/proc/uptime", "rb") as uptime:
            up = float(uptime.read().split()[0])
        return time.time() - up + int(fields[19]) / ticks  # field 22: starttime
    except (OSError, ValueError, IndexError):
        return _IMPORTED_AT


class FirstRowsWatch(QObject):
    """Fires `painted` once, after the first paint of `view` that shows rows, or that shows
    a first page read empty."""

    painted = Signal()

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._fired = False
        self._read_empty = False
        view.viewport().installEventFilter(self)
        first_page_read = getattr(view.model(), "first_page_read", None)
        if first_page_read is not None:
            first_page_read.connect(self._first_page_read)

    def _first_page_read(self) -> None:
        model = self._view.model()
        if not self._fired and model is not None and model.rowCount() == 0:
            self._read_empty = True
            self._view.viewport().update()  # its paint ends the start-up

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._fired or event.type() != QEvent.Type.Paint:
            return False
        model = self._view.model()
        if model is not None and (model.rowCount() > 0 or self._read_empty):
            self._fired = True
            self._view.viewport().removeEventFilter(self)
            QTimer.singleShot(0, self.painted.emit)  # after this paint has been drawn
        return False


def quit_when_painted(view: QAbstractItemView) -> FirstRowsWatch:
    """Print the seconds since the process started (one line) and quit with status 0."""
    watch = FirstRowsWatch(view)
    watch.painted.connect(_report_and_quit)
    return watch


def quit_when_emitted(signal) -> None:
    """The same once `signal` is emitted and what it changed is painted (a zero timer)."""
    signal.connect(lambda *_args: QTimer.singleShot(0, _report_and_quit))


def _report_and_quit() -> None:
    print(f"{time.time() - process_started_at():.3f}", flush=True)
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.exit(0)


def plans_path() -> Path:
    """The file of the first pages' plans (db.first_page), beside the user's settings."""
    from socialneet_desktop.ui.user_settings import user_settings

    return Path(user_settings().fileName()).parent / PLANS_FILE


def show_early_rows(page: RecordListPage | None, database_path: Path) -> bool:
    """Show the first page of `page`'s list read from `database_path` by its kept plan;
    False (nothing shown) when there is no page, no plan, or the file cannot be read so."""
    from socialneet_desktop.db import first_page

    query = page.early_query() if page is not None else None
    if query is None:
        return False
    model = page.model
    key = first_page.plan_key(
        page.kind.key, model.keys, query.sort_key, query.descending, model.unread_keys()
    )
    plan = first_page.load_plans(plans_path()).get(key)
    rows = first_page.read_first_page(database_path, plan) if plan is not None else None
    if not rows:  # an empty list: its ordinary read says so (first_page_read)
        return False
    page.show_early_rows(query, rows)
    return True


def show_early_home(page: HomePage, database_path: Path) -> bool:
    """Show the home page's short lists read from `database_path` by their kept plans (one
    read of the file); False (nothing shown) when a plan is missing, the file cannot be
    read so, or nothing is recorded yet (a new file: the checklist comes from its read)."""
    from socialneet_desktop.db import first_page
    from socialneet_desktop.services.home_lists import STATEMENTS, home_key, lists_from_rows

    kept = first_page.load_plans(plans_path())
    plans = [kept.get(home_key(name)) for name in STATEMENTS]
    if None in plans:
        return False
    found = first_page.read_by_plans(database_path, plans)
    if found is None:
        return False
    lists = lists_from_rows(dict(zip(STATEMENTS, found, strict=True)))
    if not lists.recent:
        return False
    page.show_early_lists(lists)
    return True


class _KeepPlan(QRunnable):
    """Runs `job` (it makes and keeps plans) in the plans' worker."""

    def __init__(self, job) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        try:
            self.job()
        except Exception as failure:  # noqa: BLE001 - no plan: the ordinary read next time
            print(f"socialneet-desktop: first page plan: {failure}", file=sys.stderr)


_plans_pool: list[QThreadPool] = []


def _keep_later(job) -> None:
    if not _plans_pool:
        pool = QThreadPool()
        pool.setMaxThreadCount(1)
        _plans_pool.append(pool)
    _plans_pool[0].start(_KeepPlan(job))


def keep_plan_later(
    kind_key: str, keys: list[str], sort_key: str, descending: bool, unread: tuple[str, ...]
) -> None:
    """Make and keep the plan of this list's first page in a worker (no database is read:
    the SQL is only compiled); `wait_for_plans` at the exit lets it finish."""
    plans, arguments = plans_path(), (kind_key, keys, sort_key, descending, unread)

    def job() -> None:
        from socialneet_desktop.services.first_page_plan import keep_plan

        keep_plan(plans, *arguments)

    _keep_later(job)


def keep_home_plans_later() -> None:
    """The same for the home page's short lists (services.home_plan)."""
    plans = plans_path()

    def job() -> None:
        from socialneet_desktop.services.home_plan import keep_home_plans

        keep_home_plans(plans)

    _keep_later(job)


def wait_for_plans() -> None:
    """At the exit: the plans being made are written (each takes milliseconds)."""
    if _plans_pool:
        _plans_pool[0].waitForDone()
