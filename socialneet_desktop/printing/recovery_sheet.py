"""The recovery sheet of an encrypted database (issue #24): one A4 page to print and keep in the
office safe, with the file's name, the date, and the passphrase in large monospace letters,
its characters in boxes of four (the boxes are not part of it; a space of the passphrase is
printed as ␣), and where to keep it.

Courier (a PDF standard face) for the characters, DejaVu Sans for the words and the ␣ sign.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from socialneet_desktop.db import output_files
from socialneet_desktop.domain.italian_dates import format_italian_date
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.printing.layout import BOLD, FONT, register_fonts

MONO = "Courier-Bold"
GROUP = 4
PITCH = 8.2 * mm  # one character's cell
SIZE = 22
GROUPS_PER_LINE = 4
SPACE_SIGN = "␣"


def _tr(text: str) -> str:
    return translate("RecoverySheet", text)


def groups(passphrase: str) -> list[str]:
    """The passphrase cut in groups of four characters, spaces shown as ␣."""
    shown = passphrase.replace(" ", SPACE_SIGN)
    return [shown[start : start + GROUP] for start in range(0, len(shown), GROUP)]


def write_recovery_sheet(
    out: Path, database_path: Path, passphrase: str, *, association: str = "", today=None
) -> Path:
    """Write the sheet to `out` (chosen by the user; written whole or not at all)."""
    register_fonts()
    today = today or date.today()
    with output_files.write_atomically(out) as pending:
        canvas = Canvas(str(pending), pagesize=A4, initialFontName=FONT)
        canvas.setTitle(_tr("Recovery sheet"))
        _draw(canvas, Path(database_path), passphrase, association, today)
        canvas.showPage()
        canvas.save()
    return Path(out)


def _draw(canvas: Canvas, path: Path, passphrase: str, association: str, today) -> None:
    width, height = A4
    left, y = 20 * mm, height - 25 * mm
    canvas.setFont(BOLD, 18)
    canvas.drawString(left, y, _tr("Recovery sheet of an encrypted database"))
    y -= 8 * mm
    canvas.setFont(FONT, 10)
    if association:
        canvas.drawString(left, y, association)
        y -= 6 * mm
    for label, value in (
        (_tr("File:"), path.name),
        (_tr("Folder:"), str(path.parent)),
        (_tr("Date:"), format_italian_date(today)),
    ):
        canvas.setFont(BOLD, 11)
        canvas.drawString(left, y, label)
        canvas.setFont(FONT, 11)
        canvas.drawString(left + 22 * mm, y, value)
        y -= 7 * mm
    y -= 6 * mm
    canvas.setFont(BOLD, 12)
    canvas.drawString(left, y, _tr("Passphrase:"))
    y = _draw_passphrase(canvas, left, y - 16 * mm, passphrase)
    _draw_notes(canvas, left, y - 10 * mm, width - 40 * mm)


def _draw_passphrase(canvas: Canvas, left: float, y: float, passphrase: str) -> float:
    """The groups in boxes, GROUPS_PER_LINE a line; returns the y below the last line."""
    box = GROUP * PITCH + 2 * mm
    gap = 6 * mm
    cut = groups(passphrase)
    for line in range(0, len(cut), GROUPS_PER_LINE):
        for column, group in enumerate(cut[line : line + GROUPS_PER_LINE]):
            x = left + column * (box + gap)
            canvas.setLineWidth(0.6)
            canvas.rect(x, y - 4 * mm, box, 13 * mm)
            for index, character in enumerate(group):
                font = FONT if character == SPACE_SIGN else MONO
                canvas.setFont(font, SIZE)
                canvas.drawCentredString(x + 1 * mm + (index + 0.5) * PITCH, y, character)
        y -= 18 * mm
    return y


def _draw_notes(canvas: Canvas, left: float, y: float, width: float) -> None:
    notes = [
        _tr("The boxes group the characters by four: they are not part of the passphrase."),
        fill(_tr("A space of the passphrase is printed as %1."), SPACE_SIGN),
        _tr("Keep this sheet in the office safe, never with the laptop or its bag."),
        _tr(
            "Without the passphrase nobody can open the database or its backups, the "
            "association included: there is no other way to recover them."
        ),
        _tr("When the passphrase is changed, print a new sheet and destroy this one."),
    ]
    canvas.setFont(FONT, 11)
    for note in notes:
        for line in _wrapped(note, FONT, 11, width):
            canvas.drawString(left, y, line)
            y -= 5.5 * mm
        y -= 2 * mm


def _wrapped(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and stringWidth(candidate, font, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return [*lines, line] if line else lines
