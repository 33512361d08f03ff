"""The words a search text is cut into, and what the list says when it was cut.

Kept apart from the SQL (services.list_queries, services.search_index) so the list page can
say it on the GUI thread without loading SQLAlchemy there: its first keystroke would wait
for that import.

The search text is cut to MAX_SEARCH_WORDS words and MAX_SEARCH_CHARACTERS characters before
it reaches SQL: SQLite refuses 1,000 words ("Expression tree is too large") and a very long
pattern; `search_hint` says what was cut.
"""

from __future__ import annotations

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP, without_illegal_characters

MAX_SEARCH_WORDS = 20
MAX_SEARCH_CHARACTERS = 200
TOO_MANY_WORDS = QT_TRANSLATE_NOOP("Search", "Only the first %1 words are searched.")
TOO_MANY_CHARACTERS = QT_TRANSLATE_NOOP("Search", "Only the first %1 characters are searched.")


def search_words(text: str) -> list[str]:
    """The words searched for `text`: at most MAX_SEARCH_WORDS, MAX_SEARCH_CHARACTERS in all."""
    words, room = [], MAX_SEARCH_CHARACTERS
    for word in without_illegal_characters(text).split()[:MAX_SEARCH_WORDS]:
        if room <= 0:
            break
        words.append(word[:room])
        room -= len(words[-1])
    return words


def search_hint(text: str) -> tuple[str, int] | None:
    """(English message, limit) when `text` is cut before it is searched, else None."""
    words = without_illegal_characters(text).split()
    if len(words) > MAX_SEARCH_WORDS:
        return TOO_MANY_WORDS, MAX_SEARCH_WORDS
    if sum(map(len, words)) > MAX_SEARCH_CHARACTERS:
        return TOO_MANY_CHARACTERS, MAX_SEARCH_CHARACTERS
    return None
