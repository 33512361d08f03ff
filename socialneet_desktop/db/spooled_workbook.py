"""A write-only workbook whose sheets are spooled in a registered folder, not the system temp.

openpyxl's write-only mode keeps memory flat by writing each sheet's XML (names, notes…) to a
temporary file until the workbook is saved. It puts those files in the system temp folder and
removes them only at a clean exit, so a killed export left personal data there. Here the files
go into a private folder of the user data folder listed in db.pending_files' registry: removed
when the workbook is saved or discarded, and by `remove_leftovers` at the next start after a kill.
(Normal mode would spool nothing, but holds every cell in memory, which openpyxl's documentation
puts at about 50 times the size of the file: too much for the long lists.)
"""

from __future__ import annotations

import contextlib
from datetime import datetime, timezone
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.worksheet import _writer
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.writer.excel import ExcelWriter

from socialneet_desktop.db.pending_files import Pending


class SpooledSheet(WriteOnlyWorksheet):
    def _get_writer(self) -> None:
        if self._writer is None:
            out = str(self.parent.spool_file())
            _writer.ALL_TEMP_FILES.append(out)  # openpyxl's own list: cleanup() removes it
            self._writer = _writer.WorksheetWriter(self, out=out)
            self._writer.write_top()


class SpooledWorkbook(Workbook):
    """Workbook(write_only=True), spooling into a registered folder; call `release()` after
    saving or giving up (save_atomically and discard in exports.excel do)."""

    def __init__(self) -> None:
        super().__init__(write_only=True)
        self._spool: Pending | None = None
        self._files = 0

    def create_sheet(self, title=None, index=None):
        sheet = SpooledSheet(parent=self, title=title)
        self._add_sheet(sheet=sheet, index=index)
        return sheet

    def spool_file(self):
        if self._spool is None:
            self._spool = Pending.scratch_folder()
        self._files += 1
        return self._spool.path / f"sheet{self._files}.xml"

    def release(self) -> None:
        """Remove the spool folder and whatever is still in it."""
        if self._spool is not None:
            with contextlib.suppress(OSError):
                self._spool.remove()
            self._spool = None


def save_closing(workbook: Workbook, path) -> None:
    """Workbook.save, except that the zip archive is closed when writing fails (a full disk):
    openpyxl leaves it open, its __del__ prints a traceback later, and on Windows the open
    temporary file could not be removed."""
    if workbook.write_only and not workbook.worksheets:
        workbook.create_sheet()
    workbook.properties.modified = datetime.now(timezone.utc).replace(tzinfo=None)
    with ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(workbook, archive).save()
