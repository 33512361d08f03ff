"""Translation: Qt Linguist catalogues, chosen from the settings or the system locale.

Only QtCore is used here, so the command line translates its messages too.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.paths import resource

SYSTEM_LANGUAGE = "system"
LANGUAGES = {
    SYSTEM_LANGUAGE: QT_TRANSLATE_NOOP("Language", "System language"),
    "it": "Italiano",
    "en": "English",
}

_installed: list[QTranslator] = []


def resolve_language(choice: str | None) -> str:
    """The language code to use: the user's choice, else Italian on an Italian system."""
    if choice in ("it", "en"):
        return choice
    return "it" if QLocale.system().language() == QLocale.Language.Italian else "en"


def install_translators(app: QCoreApplication, language: str) -> None:
    """Load our catalogue and Qt's own (buttons of standard dialogs) for `language`."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != "it":
        return
    ours = QTranslator(app)
    if ours.load(str(resource("translations", "socialneet_it.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_base = QTranslator(app)
    from PySide6.QtCore import QLibraryInfo

    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load("qtbase_it", qt_dir):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate; call it with literal strings so pyside6-lupdate sees them."""
    return QCoreApplication.translate(context, text)


class Counts:
    """Messages whose words agree with a number: "1 record", "2 records" (Italian "1 scheda",
    "2 schede"). Written `Counts.tr("%Ln record(s)", None, n)`, which lupdate collects in the
    context "Counts" as a message with numerus forms (it sees numerus only in a `tr` call,
    never in `translate`). %n is the number, %Ln the number with the locale's digit grouping.
    Without a translation (English) the source's "(s)" becomes "" for one and "s" otherwise."""

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        translated = QCoreApplication.translate("Counts", text, disambiguation, n)
        return translated.replace("(s)", "" if n == 1 else "s")


def in_italian(context: str, text: str) -> str:
    """The Italian text of a message whatever language the program runs in (an import reads
    the Italian labels of an Italian spreadsheet in English too); `text` when there is none."""
    return _italian_catalogue().translate(context, text) or text


@cache
def _italian_catalogue() -> QTranslator:
    translator = QTranslator()
    translator.load(str(resource("translations", "socialneet_it.qm")))
    return translator


def fill(text: str, *args: object) -> str:
    """Put the arguments in Qt-style %1, %2 … placeholders of a translated text."""
    for number in range(len(args), 0, -1):
        text = text.replace(f"%{number}", str(args[number - 1]))
    return text
