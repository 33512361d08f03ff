"""The window side of the cancelled-restore test (tests/gui/test_restore_cancel.py).

`python -m tests.helpers_opening DB` runs the window (offscreen) on DB as an office worker
would: it opens the file, saves contacts, opens File > Restore from backup… and cancels, saves
more contacts, then prints `ready`. After each line `save NAME` read on stdin it saves one
more contact; after every save it prints `saved UUID` once the commit has returned, so every
UUID printed must be in the file, whatever happens to this process afterwards.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QDialog, QMessageBox  # noqa: E402

from socialneet_desktop.app import Application, create_qapplication  # noqa: E402
from socialneet_desktop.db.models import NeetContact  # noqa: E402
from socialneet_desktop.services.records import create_record  # noqa: E402
from socialneet_desktop.ui import backup_dialogs  # noqa: E402


def main(path: Path) -> None:
    create_qapplication([sys.argv[0]])
    QMessageBox.exec = lambda box: QMessageBox.StandardButton.Ok  # no box may wait for a click
    backup_dialogs.RestoreDialog.exec = lambda dialog: QDialog.DialogCode.Rejected  # Cancel
    application = Application()
    application.window.show()
    application.open_first(path)
    if application.database is None:
        raise SystemExit(f"the window did not open {path}")
    save(application, "Before-restore")
    application.restore()
    if application.database is None:
        raise SystemExit("the cancelled restore left the window without a database")
    save(application, "After-cancel")
    say("ready")
    for line in sys.stdin:
        words = line.split()
        if words[:1] == ["save"]:
            save(application, words[1])
            say("done")


def save(application: Application, name: str) -> None:
    with application.database.session() as session:
        contact = create_record(session, NeetContact, {"last_name": name}, user="window")
    say(f"saved {contact.uuid}")


def say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
