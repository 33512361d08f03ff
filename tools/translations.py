"""Keep the Italian catalogue in step with the code.

    python tools/translations.py update          # lupdate: collect new strings into the .ts
    python tools/translations.py fill FILE.tsv   # put translations (context, source, italian) in
    python tools/translations.py check           # list translations whose %1, %n, tags or & differ
    python tools/translations.py release         # lrelease: compile the .ts into the .qm

`update` reads the Python sources and the Designer forms, never the generated code, and the
calls lupdate cannot read by itself (a module's `_tr(text)` wrapper around translate, a context
held in a module constant), written out as plain calls in build/translation_calls.py.
A message with plural forms (%n, %Ln: `Counts.tr`) takes a fourth column in the TSV, the
plural: context, source, singular, plural ("%Ln scheda", "%Ln schede").
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "translations" / "socialneet_it.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
INDIRECT_CALLS = ROOT / "build" / "translation_calls.py"
_TRANSLATING = {"translate", "QT_TRANSLATE_NOOP"}


def translatable_sources() -> list[Path]:
    """The files lupdate reads: the package's Python, the forms, and the indirect calls
    (written afresh each time, so the catalogue follows the code)."""
    package = ROOT / "socialneet_desktop"
    python = [p for p in sorted(package.rglob("*.py")) if "generated" not in p.parts]
    write_indirect_calls(python)
    return python + sorted((ROOT / "forms").glob("*.ui")) + [INDIRECT_CALLS]


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _called_name(call: ast.Call) -> str | None:
    function = call.func
    if isinstance(function, ast.Name):
        return function.id
    return function.attr if isinstance(function, ast.Attribute) else None


def _constants(tree: ast.Module) -> dict[str, str]:
    """Module-level NAME = "text"."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and (text := _literal(node.value)) is not None:
            found.update({t.id: text for t in node.targets if isinstance(t, ast.Name)})
    return found


def _context(node: ast.AST, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return _literal(node)


def _wrappers(tree: ast.Module, constants: dict[str, str]) -> dict[str, str]:
    """name -> context of each module-level `def _tr(text): return translate("Context", text)`."""
    found = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
            continue
        body = [n for n in node.body if not (isinstance(n, ast.Expr) and _literal(n.value))]
        call = body[0].value if len(body) == 1 and isinstance(body[0], ast.Return) else None
        if not isinstance(call, ast.Call) or _called_name(call) not in _TRANSLATING:
            continue
        parameter = node.args.args[0].arg
        if len(call.args) == 2 and isinstance(call.args[1], ast.Name):
            context = _context(call.args[0], constants)
            if call.args[1].id == parameter and context is not None:
                found[node.name] = context
    return found


def indirect_calls(source: str) -> list[tuple[str, str]]:
    """(context, text) of the messages of `source` that lupdate misses: `_tr("text")` through a
    wrapper of the module, `translate(CONTEXT, "text")` with CONTEXT a module constant."""
    tree = ast.parse(source)
    constants = _constants(tree)
    wrappers = _wrappers(tree, constants)
    found = []
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
        name, texts = _called_name(call), [_literal(a) for a in call.args]
        if name in wrappers and len(texts) == 1 and texts[0] is not None:
            found.append((wrappers[name], texts[0]))
        elif name in _TRANSLATING and len(texts) >= 2 and texts[1] is not None:
            context = call.args[0]
            if isinstance(context, ast.Name) and context.id in constants:
                found.append((constants[context.id], texts[1]))
    return found


def write_indirect_calls(python: list[Path], target: Path = INDIRECT_CALLS) -> None:
    """The indirect calls of `python` as literal translate() calls, for lupdate only."""
    lines = ["# Written by tools/translations.py for pyside6-lupdate; never imported.\n"]
    for path in python:
        for context, text in indirect_calls(path.read_text(encoding="utf-8")):
            quoted = [json.dumps(value, ensure_ascii=False) for value in (context, text)]
            lines.append(f"translate({quoted[0]}, {quoted[1]})\n")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}")
    partial.write_text("".join(lines), encoding="utf-8")
    os.replace(partial, target)  # a test running alongside never reads half a file


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
