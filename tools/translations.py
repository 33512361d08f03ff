"""Keep the Italian catalogue in step with the code.

    python tools/translations.py update          # lupdate: collect new strings into the .ts
    python tools/translations.py fill FILE.tsv   # put translations (context, source, italian) in
    python tools/translations.py check           # list translations whose %1, %n, tags or & differ
    python tools/translations.py release         # lrelease: compile the .ts into the .qm

`update` reads the Python sources and the Designer forms, never the generated code.
A message with plural forms (%n, %Ln: `Counts.tr`) takes a fourth column in the TSV, the
plural: context, source, singular, plural ("%Ln scheda", "%Ln schede").
"""

from __future__ import annotations

import argparse
import csv
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "translations" / "socialneet_it.ts"
QM_FILE = TS_FILE.with_suffix(".qm")


def translatable_sources() -> list[Path]:
    package = ROOT / "socialneet_desktop"
    python = [p for p in sorted(package.rglob("*.py")) if "generated" not in p.parts]
    return python + sorted((ROOT / "forms").glob("*.ui"))


def update(ts_file: Path = TS_FILE) -> None:
    sources = [str(path.relative_to(ROOT)) for path in translatable_sources()]
    command = [
        "pyside6-lupdate",
        "-no-obsolete",
        "-locations",
        "none",
        *sources,
        "-ts",
        str(ts_file),
    ]
    subprocess.run(command, cwd=ROOT, check=True)


def release(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> None:
    subprocess.run(["pyside6-lrelease", str(ts_file), "-qm", str(qm_file)], check=True)


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n")


def read_tsv(tsv_file: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> the Italian forms: one, or singular and plural."""
    with tsv_file.open(encoding="utf-8") as handle:
        rows = [row for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]
    # A "\n" written in the file stands for a line break inside a message.
    return {
        (row[0], _unescape(row[1])): [_unescape(cell) for cell in row[2:4] if cell]
        for row in rows
        if len(row) >= 3 and row[2]
    }


def _set_forms(message: ElementTree.Element, translation: ElementTree.Element, forms) -> None:
    if message.get("numerus") != "yes":
        translation.text = forms[0]
        return
    # Italian has two plural forms (lupdate writes two numerusform): singular, plural.
    plural = forms[1] if len(forms) > 1 else forms[0]
    for child in list(translation):
        translation.remove(child)
    translation.text = None
    for text in (forms[0], plural):
        ElementTree.SubElement(translation, "numerusform").text = text


def fill(tsv_file: Path, ts_file: Path = TS_FILE) -> int:
    """Set the translations listed in a tab-separated file; returns how many were set."""
    wanted = read_tsv(tsv_file)
    tree = ElementTree.parse(ts_file)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            key = (name, message.findtext("source"))
            if key in wanted and translation is not None:
                _set_forms(message, translation, wanted[key])
                translation.attrib.pop("type", None)
                filled += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return filled


_MARKS = re.compile(r"%L?n|%\d|</?\w+[^>]*>|\n")


def _marks(text: str) -> list[str]:
    """What a translation must keep of its source: placeholders, tags, line breaks."""
    return sorted(_MARKS.findall(text))


def mismatches(ts_file: Path = TS_FILE) -> list[str]:
    """Finished translations that lost or added a placeholder, a tag, a line break or the
    accelerator (&) of their source."""
    found = []
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            for text in forms or ([translation.text] if translation.text else []):
                accelerator = ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", ""))
                if _marks(source) != _marks(text) or accelerator:
                    found.append(f"{name}\t{source!r}\t{text!r}")
    return found


def unfinished(ts_file: Path = TS_FILE) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    missing = []
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") == "unfinished"
                or not (translation.text or message.find("translation/numerusform") is not None)
            ):
                missing.append((context.findtext("name"), message.findtext("source")))
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("action", choices=["update", "fill", "release", "missing", "check"])
    parser.add_argument("tsv", nargs="?", type=Path)
    arguments = parser.parse_args()
    if arguments.action == "update":
        update()
    elif arguments.action == "fill":
        print(f"{fill(arguments.tsv)} translations set")
    elif arguments.action == "release":
        release()
    elif arguments.action == "check":
        for line in mismatches():
            print(f"differs\t{line}")
    for context, source in unfinished():
        print(f"untranslated\t{context}\t{source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
