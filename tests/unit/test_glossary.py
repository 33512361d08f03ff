"""One word per concept: no Italian translation uses a word the glossary rules out."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

from tools import translations

GLOSSARY = Path(__file__).resolve().parents[2] / "docs" / "glossary.md"


@dataclass(frozen=True)
class Rule:
    concept: str
    italian: str
    forbidden: tuple[re.Pattern, ...]
    allowed_in: frozenset[str]


def glossary_rules(text: str) -> list[Rule]:
    """The rows of the glossary's table that rule words out."""
    rules = []
    for line in text.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 5 or cells[0].startswith(("Concept", "---")):
            continue
        patterns = re.findall(r"`([^`]+)`", cells[3])
        forbidden = tuple(re.compile(rf"(?<!\w){p}(?!\w)", re.IGNORECASE) for p in patterns)
        allowed = frozenset(name.strip() for name in cells[4].split(",") if name.strip())
        if forbidden:
            rules.append(Rule(cells[0], cells[1], forbidden, allowed))
    return rules


def italian_messages(ts_file: Path) -> list[tuple[str, str, str]]:
    """(context, English source, Italian translation) of every message of the catalogue."""
    messages = []
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            italian = message.findtext("translation") or ""
            messages.append((name, message.findtext("source", ""), italian.replace("&", "")))
    return messages


# A command-line option is typed as it is (--passphrase-file): code, not an Italian word.
_OPTION = re.compile(r"--[\w-]+")


def violations(rules: list[Rule], messages: list[tuple[str, str, str]]) -> list[str]:
    found = []
    for context, source, translation in messages:
        italian = _OPTION.sub("", translation)
        for rule in rules:
            if context in rule.allowed_in:
                continue
            for pattern in rule.forbidden:
                if pattern.search(italian):
                    found.append(
                        f"{context}: {source!r} -> {translation!r}: write {rule.italian!r} "
                        f"for {rule.concept!r}, not {pattern.pattern!r}"
                    )
    return found


def test_the_glossary_rules_words_out():
    rules = glossary_rules(GLOSSARY.read_text(encoding="utf-8"))
    concepts = {rule.concept for rule in rules}
    assert {"Meeting Point visit", "funder report", "Excel workbook"} <= concepts
    assert all(rule.forbidden for rule in rules)


def test_the_rules_catch_a_word_ruled_out_and_spare_the_chosen_one():
    rules = glossary_rules(GLOSSARY.read_text(encoding="utf-8"))
    messages = [
        ("X", "Funder report", "Rapporto per il finanziatore"),
        ("X", "Guardian", "Tutore"),
        ("X", "Guardian", "Genitore o tutore"),
        ("X", "Visit sheet", "Scheda colloquio"),
        ("Vocabulary", "Public body", "Ente pubblico"),
        ("Cli", "file (--passphrase-file)", "file (--passphrase-file)"),
        ("Cli", "passphrase", "passphrase"),
    ]
    found = violations(rules, messages)
    assert len(found) == 3, found
    assert "Rapporto" in found[0] and "'Tutore'" in found[1]


def test_no_italian_translation_uses_a_word_the_glossary_rules_out():
    rules = glossary_rules(GLOSSARY.read_text(encoding="utf-8"))
    found = violations(rules, italian_messages(translations.TS_FILE))
    assert found == [], "words the glossary rules out:\n" + "\n".join(found)
