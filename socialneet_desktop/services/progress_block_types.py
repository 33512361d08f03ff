"""The blocks the progress report is made of (headings, paragraphs, the office's placeholders,
tables) and what writes them in one language: the base of services/progress_blocks.

The language is the report's own, not the program's: Italian through the Italian catalogue,
English as the source strings (the international partners' copy).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from socialneet_desktop.domain import vocabularies as voc
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.i18n import fill, in_italian

C = "ProgressReport"


@dataclass(frozen=True)
class Heading:
    level: int  # 0 the title, 1 a section or annex, 2 a part of it
    text: str


@dataclass(frozen=True)
class Para:
    text: str
    placeholder: bool = False  # in italics: the office replaces it with its own prose


@dataclass(frozen=True)
class Grid:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[int, ...]  # relative widths of the columns


Block = Heading | Para | Grid


def translator(language: str) -> Callable[[str, str], str]:
    """(context, English) -> the text of the report's language."""
    if language == "it":
        return in_italian
    return lambda _context, text: text


class BlockWriter:
    """Appends blocks to `out`, its texts in `language`."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.translate = translator(language)
        self.out: list[Block] = []

    def text(self, text: str, *args: object) -> str:
        return fill(self.translate(C, text), *args)

    def term(self, vocabulary: voc.Vocabulary, code: str) -> str:
        return self.translate("Vocabulary", vocabulary.label_for(code)) if code else ""

    def para(self, text: str, placeholder: bool = False) -> None:
        self.out.append(Para(text, placeholder))

    def heading(self, level: int, text: str) -> None:
        self.out.append(Heading(level, text))

    def grid(self, headers: tuple[str, ...], rows: list[tuple[str, ...]], widths) -> None:
        self.out.append(Grid(tuple(self.text(h) for h in headers), tuple(rows), tuple(widths)))

    def none(self) -> None:
        self.para(self.text(QT_TRANSLATE_NOOP("ProgressReport", "None in the period.")))
