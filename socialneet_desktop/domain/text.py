"""Marking of user-visible text without importing Qt.

The domain layer keeps its strings in English. Each one is written literally inside a
`QT_TRANSLATE_NOOP(context, source)` call so that `pyside6-lupdate` extracts it; the UI
translates it at display time with `QCoreApplication.translate(context, source)`.
"""


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 -- the name lupdate looks for
    """Marks `source` for pyside6-lupdate; the UI translates it at display time."""
    return source
