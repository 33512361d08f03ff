"""Alt+letter shortcuts that never clash among the controls a dialog shows together.

Every translation chooses its own letters, and a clash makes Alt+letter go to the first
control only (in Italian the meeting editor had Alt+E for "Dettagli" and "Esito", Alt+O for
"Note", "Operatore" and "Organizzazioni e persone"). So, as KDE's accelerator manager does,
once a dialog is built and translated, `make_unique` keeps the letters the translation chose
where it can and moves a clashing one to another letter of its text (an initial of a word
first); a short text whose letters are all taken may move a longer one's, so that every
control keeps one when the letters allow it.

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


def letters_for(text: str) -> list[str]:
    """The letters `text` may take, best first: its own, the initials of its words, the rest."""
    plain = _plain(text)
    own = [letter] if (letter := mnemonic(text)) else []
    order = own + [plain[i].lower() for i in _candidates(plain) if plain[i - 1 : i] != "&"]
    return list(dict.fromkeys(order))


def with_letter(text: str, letter: str | None) -> str:
    """`text` with its mnemonic on the first `letter` worth one (none when None)."""
    plain = _plain(text)
    if letter is None or mnemonic(text) == letter:
        return text if letter is not None else plain
    index = next(i for i in _candidates(plain) if plain[i].lower() == letter)
    return plain[:index] + "&" + plain[index:]


def settle(captions: Iterable[Caption], used: set[str]) -> set[str]:
    """Give every caption with a mnemonic a letter not in `used` and not another's: its own
    when it can, else another of its text (a matching by augmenting paths, so a short word
    whose letters are all taken can move a longer one's). Returns `used` with the letters."""
    wanted = [caption for caption in captions if mnemonic(caption.text) is not None]
    owner: dict[str, int] = {}
    for number in range(len(wanted)):
        _place(number, wanted, owner, used, set())
    chosen = {number: letter for letter, number in owner.items()}
    for number, caption in enumerate(wanted):
        text = with_letter(caption.text, chosen.get(number))
        if text != caption.text:
            caption.write(text)
    return used | owner.keys()


def _place(
    number: int, wanted: list[Caption], owner: dict[str, int], used: set[str], seen: set[str]
) -> bool:
    """A free letter if there is one (nothing else moves); else one whose owner can move."""
    letters = [letter for letter in letters_for(wanted[number].text) if letter not in used]
    free = next((letter for letter in letters if letter not in owner), None)
    if free is not None:
        owner[free] = number
        return True
    for letter in letters:
        if letter in seen:
            continue
        seen.add(letter)
        if _place(owner[letter], wanted, owner, used, seen):
            owner[letter] = number
            return True
    return False


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
