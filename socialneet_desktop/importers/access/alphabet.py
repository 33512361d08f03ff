"""Access 97 (Jet 3) files do not say in which code page their text is written: the program
reads them as Windows-1252 unless told otherwise, and a Russian or Greek file then shows
mojibake ("Ìîñêâà" for "Москва"). The alphabet is guessed from the text itself: read as
Windows-1252, encoded back to its bytes and decoded with each candidate, the code page whose
words look like words (one script each, cased as words are, few accented letters in a Latin
word) wins. The
choice stays offered (wizard: the alphabet list; CLI: --charset)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Another alphabet is told apart reliably; the Latin code pages (1250, 1254, 1257) differ in
# a few letters only, so between them the user chooses (the default stays Windows-1252).
CANDIDATES = ("CP1252", "CP1251", "CP1253")
DEFAULT = "CP1252"
SAMPLE_ROWS = 200
SAMPLE_TABLES = 3
_WORD = re.compile(r"[^\W\d_]{3,}")


def guess_from_texts(texts: Iterable[str]) -> str:
    """The code page the texts (read as Windows-1252) were most probably written in."""
    raw = " ".join(texts).encode("cp1252", errors="ignore")
    if not any(byte >= 0x80 for byte in raw):
        return DEFAULT  # plain ASCII: any code page reads it the same
    scores = {name: _score(raw.decode(name, errors="replace")) for name in CANDIDATES}
    best = max(CANDIDATES, key=lambda name: (scores[name], name == DEFAULT))
    return best if scores[best] > scores[DEFAULT] else DEFAULT


def _score(text: str) -> int:
    """Words that look like words: one script, and a Latin word mostly plain letters."""
    good = 0
    for word in _WORD.findall(text):
        scripts = {_script(char) for char in word}
        if len(scripts) != 1 or not _cased_like_a_word(word):
            continue
        if scripts == {"LATIN"}:
            accented = sum(1 for char in word if ord(char) > 0x7F)
            good += accented <= max(1, len(word) // 4)
        else:
            good += 1
    return good


def _cased_like_a_word(word: str) -> bool:
    """ "roma", "Roma", "ROMA"; mojibake mixes the cases inside a word ("БиЮнб")."""
    return word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else "?"


def guess_charset(reader) -> str:
    """The code page of the text of `reader`'s first tables (read as Windows-1252)."""
    texts: list[str] = []
    for info in reader.tables()[:SAMPLE_TABLES]:
        if info.row_count == 0:
            continue
        try:
            table = reader.read(info.name)
        except Exception:  # noqa: BLE001, S112 - a table that cannot be read tells nothing
            continue
        for row in list(table.rows)[:SAMPLE_ROWS]:
            texts.extend(value for value in row.values.values() if value)
    return guess_from_texts(texts)


def open_guessing(choose, path, **options):
    """`choose(path, charset=…, **options)`'s reader; for an Access 97 file opened without a
    charset, reopened with the guessed one. (reader, the charset guessed or "")."""
    from socialneet_desktop.importers.access.errors import check_signature, jet_version

    reader = choose(path, charset="", **options)
    if jet_version(check_signature(path)) != 0:
        return reader, ""
    guessed = guess_charset(reader)
    if guessed == DEFAULT:
        return reader, ""
    return choose(path, charset=guessed, **options), guessed
