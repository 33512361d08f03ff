"""The Alt+letters the Italian catalogue should give, so that the run-time re-lettering
(ui/editors/mnemonics.make_unique) changes nothing and the letters are those of the .ts.

    python tools/mnemonic_letters.py [FILE.tsv]

opens every editor offscreen in Italian, notes each caption make_unique re-letters and which
message (context, source) it was translated from, and writes context<TAB>source<TAB>Italian
lines with the letter make_unique chose: the format of `tools/translations.py fill`. Without a
FILE the lines are printed. A message that two dialogs would re-letter differently is printed
on stderr, not written. A new letter can take another caption's: fill, release and run again
until nothing is printed (two rounds settled the catalogue of issue 16).
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


@dataclass(frozen=True)
class Change:
    dialog: str
    context: str
    source: str
    italian: str
    proposed: str
    translated: bool  # the catalogue has the message (else the English source shows)


def _translations_seen():
    """Patch QCoreApplication.translate to note what each translated text came from."""
    from PySide6.QtCore import QCoreApplication

    original = QCoreApplication.translate
    seen: dict[str, set[tuple[str, str]]] = {}

    def noting(context, source, disambiguation=None, n=-1):
        text = original(context, source, disambiguation, n)
        seen.setdefault(text, set()).add((context, source))
        return text

    QCoreApplication.translate = staticmethod(noting)
    return seen, lambda: setattr(QCoreApplication, "translate", original)


def _catalogue(ts_file: Path) -> dict[str, set[tuple[str, str]]]:
    """Italian text -> the messages (context, source) translated to it, from the .ts."""
    from xml.etree import ElementTree

    found: dict[str, set[tuple[str, str]]] = {}
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            if text := message.findtext("translation"):
                found.setdefault(text, set()).add((name, message.findtext("source")))
    return found


def _dialogs(database):
    from socialneet_desktop.ui.editors.contact_person_editor import ContactPersonEditor
    from socialneet_desktop.ui.editors.registry import EDITORS
    from socialneet_desktop.ui.editors.settings_editor import SettingsEditor

    for key, editor in EDITORS.items():
        yield f"new {key}", lambda editor=editor: editor(database)
    yield "contact person", ContactPersonEditor
    yield "settings", lambda: SettingsEditor(database)


def changes(database, ts_file: Path | None = None) -> list[Change]:
    """Every caption make_unique re-letters in the editors, in the language installed (a
    text `tr` translated is looked up in `ts_file`, the Italian catalogue by default)."""
    from PySide6.QtWidgets import QApplication

    from socialneet_desktop.ui.editors import mnemonics

    catalogue = _catalogue(ts_file or ROOT / "resources" / "translations" / "socialneet_it.ts")

    found: list[Change] = []
    real_settle = mnemonics.settle
    seen, restore = _translations_seen()
    written: list[tuple[str, str]] = []

    def noting_settle(captions, used):
        wrapped = []
        for caption in captions:

            def write(text, caption=caption):
                written.append((caption.text, text))
                caption.write(text)

            wrapped.append(mnemonics.Caption(caption.text, write))
        return real_settle(wrapped, used)

    mnemonics.settle = noting_settle
    try:
        for name, make in _dialogs(database):
            seen.clear()
            written.clear()
            dialog = make()
            dialog.show()  # make_unique runs once shown
            QApplication.processEvents()
            for before, after in written:
                contexts = sorted(seen.get(before) or catalogue.get(before) or {("?", before)})
                own = [pair for pair in contexts if pair[0] == type(dialog).__name__]
                for context, source in own or contexts:
                    translated = (context, source) in catalogue.get(before, ())
                    found.append(Change(name, context, source, before, after, translated))
            dialog.close()
            dialog.deleteLater()
    finally:
        mnemonics.settle = real_settle
        restore()
    return found


def proposals(found: list[Change]) -> tuple[dict[tuple[str, str], str], list[str]]:
    """(context, source) -> the Italian to write; and the messages that cannot be settled in
    the catalogue: re-lettered two ways, or not translated yet (the English source itself)."""
    chosen: dict[tuple[str, str], set[str]] = {}
    doubtful = []
    for change in found:
        if not change.translated:
            doubtful.append(f"not translated: {change.context} {change.source!r}")
            continue
        chosen.setdefault((change.context, change.source), set()).add(change.proposed)
    single = {key: next(iter(texts)) for key, texts in chosen.items() if len(texts) == 1}
    doubtful += [
        f"re-lettered two ways: {key}: {sorted(texts)}"
        for key, texts in chosen.items()
        if len(texts) > 1
    ]
    return single, doubtful


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from socialneet_desktop.db.database import open_database
    from socialneet_desktop.i18n import install_translators

    app = QApplication.instance() or QApplication([])
    install_translators(app, "it")
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "letters.sqlite")
        try:
            single, doubtful = proposals(changes(database))
        finally:
            database.close()
    lines = [
        "\t".join((context, source, text)).replace("\n", "\\n")
        for (context, source), text in sorted(single.items())
    ]
    if len(sys.argv) > 1:
        Path(sys.argv[1]).write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        print("\n".join(lines))
    for line in doubtful:
        print(line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
