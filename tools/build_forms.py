"""Compile the Designer forms: forms/X.ui -> socialneet_desktop/ui/generated/ui_X.py.

    python tools/build_forms.py            # only the forms whose .ui is newer than its output
    python tools/build_forms.py --force    # every form

The output is pyside6-uic's, with one line on top saying where it comes from; ruff skips the
generated folder (pyproject.toml), so it is committed exactly as uic writes it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
GENERATED = ROOT / "socialneet_desktop" / "ui" / "generated"
STAMP = "# Generated from forms/{name} by tools/build_forms.py: do not edit, edit the form.\n"


def output_for(form: Path, folder: Path = GENERATED) -> Path:
    return folder / f"ui_{form.stem}.py"


def compile_form(form: Path, target: Path) -> None:
    """Run uic from inside forms/, so the header names the form the same way everywhere."""
    result = subprocess.run(
        ["pyside6-uic", "--generator", "python", form.name],
        cwd=form.parent,
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    target.write_text(STAMP.format(name=form.name) + result.stdout, encoding="utf-8", newline="\n")


def is_stale(form: Path, target: Path) -> bool:
    return not target.exists() or form.stat().st_mtime > target.stat().st_mtime


def build(folder: Path = GENERATED, *, force: bool = False) -> list[Path]:
    """Compile the forms that need it into `folder`; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for form in sorted(FORMS.glob("*.ui")):
        target = output_for(form, folder)
        if force or is_stale(form, target):
            compile_form(form, target)
            written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="compile every form")
    arguments = parser.parse_args(argv)
    for path in build(force=arguments.force):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
