"""One desktop on the office server, driven line by line (tests/gui/test_server_two_windows.py):
the real main window on a server database, in a process of its own.

    python -m tests.gui.server_window_run URL

Commands on stdin, one a line; each answered by one JSON line on stdout:
- `rows`: the names in the organisations' list as the window shows them now;
- `refresh`: View > Refresh (F5), then the rows once the list has read them;
- `open ID`: the organisation's editor opened, as a double click does;
- `set FIELD TEXT`: a field of the open editor typed;
- `save [PATH]`: its Save button clicked (Ctrl+S): {"saved": bool, "message": the warning
  shown, answered No (keep what was typed), grabbed into PATH when given};
- `shot PATH`: the window (and the editor, as PATH-editor.png) grabbed into PNG files;
- `title`: the window's title and status bar; `quit`.
"""

from __future__ import annotations

import json
import queue
import sys
import threading

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox


def main(url: str) -> int:
    from socialneet_desktop.db.server import open_server
    from socialneet_desktop.db.server_url import parse_server_url
    from socialneet_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    database = open_server(parse_server_url(url))
    window = MainWindow(database)
    window.resize(1200, 700)
    window.show()
    window.show_kind("organizations")
    driver = Driver(window, app)
    driver.start()
    status = app.exec()
    database.close()
    return status


class Driver:
    def __init__(self, window, app) -> None:
        self.window, self.app = window, app
        self.lines: queue.Queue[str] = queue.Queue()
        self.editor = None
        self.timer = QTimer()
        self.timer.setInterval(30)
        self.timer.timeout.connect(self._next)

    def start(self) -> None:
        threading.Thread(target=self._read, daemon=True).start()
        self.timer.start()

    def _read(self) -> None:
        for line in sys.stdin:
            self.lines.put(line.rstrip("\n"))
        self.lines.put("quit")

    def _next(self) -> None:
        try:
            line = self.lines.get_nowait()
        except queue.Empty:
            return
        command, _, rest = line.partition(" ")
        answer = getattr(self, f"do_{command}")(rest)
        print(json.dumps(answer), flush=True)

    def page(self):
        return self.window.pages.currentWidget()

    def do_rows(self, _rest: str) -> dict:
        model = self.page().model
        names = [model.index(row, 0).data() for row in range(model.rowCount())]
        return {"kind": self.page().kind.key, "rows": names}

    def do_refresh(self, _rest: str) -> dict:
        shortcut = QKeySequence("F5")
        action = next(a for a in self.window.findChildren(QAction) if a.shortcut() == shortcut)
        action.trigger()
        return {"refreshed": True}

    def do_open(self, rest: str) -> dict:
        from socialneet_desktop.ui.editors.registry import open_editor

        self.editor = open_editor("organizations", self.window.database, int(rest), self.window)
        self.editor.saved.connect(lambda _id: self.window.reload_lists("organizations"))
        self.editor.show()
        return {"opened": int(rest), "version": self.editor.version}

    def do_set(self, rest: str) -> dict:
        field, _, value = rest.partition(" ")
        widget = self.editor.findChild(QLineEdit, field)
        widget.selectAll()
        widget.insert(value)
        return {"set": field}

    def do_save(self, rest: str) -> dict:
        said = []

        def answer_warning() -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                said.append(box.text())
                if rest:
                    box.grab().save(rest)
                box.button(QMessageBox.StandardButton.No).click()
            else:
                QTimer.singleShot(30, answer_warning)

        QTimer.singleShot(30, answer_warning)
        saved = self.editor.save()
        return {"saved": saved, "message": said[0] if said else "", "version": self.editor.version}

    def do_shot(self, rest: str) -> dict:
        self.window.grab().save(rest)
        if self.editor is not None and self.editor.isVisible():
            self.editor.grab().save(rest.replace(".png", "-editor.png"))
        return {"shot": rest}

    def do_title(self, _rest: str) -> dict:
        return {"title": self.window.windowTitle(), "status": self.window.path_label.text()}

    def do_quit(self, _rest: str) -> dict:
        self.timer.stop()
        if self.editor is not None:
            self.editor.done(0)
        QTimer.singleShot(0, self.app.quit)
        return {"quit": True}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
