"""Where the cursor goes first in a form: the first field of its page in the Tab chain.

A dialog with no focus widget when it is shown gives the focus to the first widget of its
chain, which in an editor is the tab bar: the first letters typed in a new record were lost.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def first_field(page: QWidget) -> QWidget | None:
    """The first widget of `page` in the window's Tab chain that takes the focus now."""
    window = page.window()
    widget = window.nextInFocusChain()
    while widget is not window:
        if page.isAncestorOf(widget) and _takes_tab(widget):
            return widget
        widget = widget.nextInFocusChain()
    return None


def _takes_tab(widget: QWidget) -> bool:
    tab = Qt.FocusPolicy.TabFocus
    usable = widget.isEnabled() and widget.isVisibleTo(widget.window())
    return usable and widget.focusPolicy() & tab == tab and widget.focusProxy() is None
