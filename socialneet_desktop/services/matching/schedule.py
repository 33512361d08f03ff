"""The weekdays a resource's schedule names ("sabato mattina", "lun-ven 9-13", "weekend").

The schedule is free text; the days it names are read so that the matching can say
"disponibile il sabato". A text naming no day gives no days (not stated: any day may do).
"""

from __future__ import annotations

import re
import unicodedata

ORDER = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_NAMES = {
    "mon": ("lunedi", "lun", "monday", "mon"),
    "tue": ("martedi", "mar", "tuesday", "tue"),
    "wed": ("mercoledi", "mer", "wednesday", "wed"),
    "thu": ("giovedi", "gio", "thursday", "thu"),
    "fri": ("venerdi", "ven", "friday", "fri"),
    "sat": ("sabato", "sabati", "sab", "saturday", "sat"),
    "sun": ("domenica", "domeniche", "dom", "sunday", "sun"),
}
_WORD_TO_DAY = {word: day for day, words in _NAMES.items() for word in words}
_GROUPS = {
    "weekend": ORDER[5:],
    "fine settimana": ORDER[5:],
    "feriali": ORDER[:6],
    "giorni feriali": ORDER[:6],
    "festivi": ("sun",),
    "tutti i giorni": ORDER,
    "ogni giorno": ORDER,
    "sempre": ORDER,
    "every day": ORDER,
    "weekdays": ORDER[:5],
}
_RANGE = re.compile(r"\b([a-z]+)\s*(?:-|\bal\b|\ba\b|\bto\b)\s*([a-z]+)")


def days_of_schedule(text: str) -> frozenset[str]:
    """The WEEKDAY codes the text names, ranges ("lun-ven", "dal lunedì al venerdì") and
    groups ("weekend", "feriali") included."""
    plain = _plain(text)
    folded = " ".join(re.sub(r"[^a-z]+", " ", plain).split())
    found: set[str] = set()
    for group, days in _GROUPS.items():
        if re.search(rf"\b{group}\b", folded):
            found.update(days)
    for first, last in _RANGE.findall(plain):
        if first in _WORD_TO_DAY and last in _WORD_TO_DAY:
            found.update(_span(_WORD_TO_DAY[first], _WORD_TO_DAY[last]))
    found.update(_WORD_TO_DAY[word] for word in folded.split() if word in _WORD_TO_DAY)
    return frozenset(found)


def _plain(text: str) -> str:
    """Lower case without accents, the hyphens of ranges kept."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _span(first: str, last: str) -> tuple[str, ...]:
    start, end = ORDER.index(first), ORDER.index(last)
    return ORDER[start : end + 1] if start <= end else ORDER[start:] + ORDER[: end + 1]


def ordered(days) -> list[str]:
    return [day for day in ORDER if day in days]
