"""Alt+letter shortcuts that never clash among the controls a dialog shows together.

Every translation chooses its own letters, and a clash makes Alt+letter go to the first
control only (in Italian the meeting editor had Alt+E for "Dettagli" and "Esito", Alt+O for
"Note", "Operatore" and "Organizzazioni e persone"). So, as KDE's accelerator manager does,
once a dialog is built and translated, `make_unique` keeps every letter the translation chose
where it is free and moves only a clashing one: to the first free initial of a word of its
text, else to any free letter of it (else the control goes without one).

Shown together: the tab titles and the controls outside the tab pages are shown with every
page, so they are settled first, then each page's own labels, buttons and group boxes (two
pages never show at once, so they may share letters).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget

_MNEMONIC = re.compile(r"&([^&\s])")


@dataclass
class Caption:
    """A text that may carry a mnemonic, and how to write it back."""

    text: str
    write: Callable[[str], None]


def mnemonic(text: str) -> str | None:
    """The letter of the first "&x" of `text` ("&&" is a literal ampersand), lower case."""
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&&")


def _candidates(plain: str) -> list[int]:
    """Positions worth a mnemonic: initials of words first, then the other letters."""
    usable = [i for i, char in enumerate(plain) if char.isascii() and char.isalnum()]
    initials = [i for i in usable if i == 0 or not plain[i - 1].isalnum()]
    return initials + [i for i in usable if i not in initials]


def with_free_letter(text: str, used: set[str]) -> str:
    """`text` with its mnemonic on a letter not in `used` (or without one)."""
    plain = _plain(text)
    for index in _candidates(plain):
        if plain[index].lower() not in used and plain[max(index - 1, 0) : index] != "&":
            return plain[:index] + "&" + plain[index:]
    return plain


def settle(captions: Iterable[Caption], used: set[str]) -> set[str]:
    """Keep free letters, move clashing ones; returns `used` with the letters taken."""
    clashing = []
    for caption in captions:
        letter = mnemonic(caption.text)
        if letter is None:
            continue
        if letter in used:
            clashing.append(caption)
        else:
            used.add(letter)
    for caption in clashing:
        text = with_free_letter(caption.text, used)
        caption.write(text)
        if (letter := mnemonic(text)) is not None:
            used.add(letter)
    return used


def captions(widgets: Iterable[QWidget]) -> list[Caption]:
    """The labels of a field, buttons and group box titles among `widgets`, in creation
    order (a label without a buddy shows "&" as it is: it has no mnemonic)."""
    found = []
    for widget in widgets:
        labels_a_field = isinstance(widget, QLabel) and widget.buddy() is not None
        if labels_a_field or isinstance(widget, QAbstractButton):
            found.append(Caption(widget.text(), widget.setText))
        elif isinstance(widget, QGroupBox):
            found.append(Caption(widget.title(), widget.setTitle))
    return found


def tab_captions(tabs: QTabWidget) -> list[Caption]:
    return [
        Caption(tabs.tabText(i), lambda text, i=i: tabs.setTabText(i, text))
        for i in range(tabs.count())
    ]


def make_unique(dialog: QWidget) -> None:
    """Settle the mnemonics of `dialog` (see the module's docstring); call it once built."""
    tab_widgets = dialog.findChildren(QTabWidget)
    pages = [tabs.widget(i) for tabs in tab_widgets for i in range(tabs.count())]
    on_pages = {id(child) for page in pages for child in page.findChildren(QWidget)}
    common = [w for w in dialog.findChildren(QWidget) if id(w) not in on_pages]
    shown_always = [caption for tabs in tab_widgets for caption in tab_captions(tabs)]
    used = settle(shown_always + captions(common), set())
    for page in pages:
        settle(captions(page.findChildren(QWidget)), set(used))
