"""The folded text the search index holds, and the same folding for the words searched.

Folding: accented Latin letters become plain ASCII ("Nicolò" -> "nicolo", "Ionuț" -> "ionut",
"Straße" -> "strasse"), loose combining accents and typographic apostrophes are dropped or
straightened, ASCII letters become lower case. Nothing else changes: digits, punctuation and
other scripts stay as they are.

The same folding is written in SQL (db.search_ddl) for the index's views and triggers, so every
connection that writes a record keeps the index current without a Python function registered
on it (the sqlite3 command line, a backup being scrubbed, a test's plain SQL). So the two
sides can never disagree, both are built from the one table below, and SQLite's own `lower()`
(ASCII only, without ICU) is the only case folding on both: no `str.lower()` here.

Changing the table changes the SQL of the index: it needs a migration that rebuilds the
index (the schema check reports the old views as changed until then).
"""

from __future__ import annotations

# The folded form -> the characters folded to it.
_LETTERS = {
    "a": "ÀÁÂÃÄÅàáâãäåĀāĂăĄą",
    "ae": "Ææ",
    "c": "ÇçĆćĈĉĊċČč",
    "d": "ÐðĎďĐđ",
    "e": "ÈÉÊËèéêëĒēĔĕĖėĘęĚě",
    "g": "ĜĝĞğĠġĢģ",
    "h": "ĤĥĦħ",
    "i": "ÌÍÎÏìíîïĨĩĪīĬĭĮįİı",
    "ij": "Ĳĳ",
    "j": "Ĵĵ",
    "k": "Ķķĸ",
    "l": "ĹĺĻļĽľĿŀŁł",
    "n": "ÑñŃńŅņŇňŉ",
    "o": "ÒÓÔÕÖØòóôõöøŌōŎŏŐő",
    "oe": "Œœ",
    "r": "ŔŕŖŗŘř",
    "s": "ŚśŜŝŞşŠšſȘș",
    "ss": "ß",
    "t": "ŢţŤťŦŧȚț",
    "th": "Þþ",
    "u": "ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų",
    "w": "Ŵŵ",
    "y": "ÝýÿŶŷŸ",
    "z": "ŹźŻżŽž",
    # Combining accents (text written decomposed, "o" + U+0300) lose the accent.
    "": "\u0300\u0301\u0302\u0303\u0304\u0306\u0307\u0308\u030a\u030b\u030c\u0326\u0327\u0328",
    "'": "\u2018\u2019\u02bc",  # ‘ ’ ʼ are written as the plain apostrophe
    " ": "\t\n\r",  # lines of a longer text are words like the others
}
FOLDED: dict[str, str] = {char: plain for plain, chars in _LETTERS.items() for char in chars}
_ASCII_UPPER = {code: code + 32 for code in range(ord("A"), ord("Z") + 1)}
_TABLE = str.maketrans({**FOLDED, **{chr(k): chr(v) for k, v in _ASCII_UPPER.items()}})

# Word starts are marked in the indexed text, so a trigram index finds words by their first
# one or two letters too: "\x01\x01" + word, and the same between words and between columns.
WORD_START = "\x01\x01"


def fold_for_search(text: str) -> str:
    """`text` folded as the index folds it (see the module's docstring)."""
    return text.translate(_TABLE)


def indexed_text(*values: str | None) -> str:
    """The text indexed for these column values of one row: folded, every word marked at its
    start (the columns are words too); the index's views compute the same in SQL."""
    joined = " ".join(value or "" for value in values)
    return WORD_START + fold_for_search(joined).replace(" ", WORD_START)
