"""Documents that come as a workbook or a PDF, chosen by the suffix of the file the user named.

This sits beside the two faces (ui/ and cli/) because it joins exports/ and printing/, which
never import each other.
"""

from __future__ import annotations

from pathlib import Path

from socialneet_desktop.db.database import Database
from socialneet_desktop.exports.access_request import write_workbook
from socialneet_desktop.printing.access_request import write_pdf
from socialneet_desktop.services.access_request import collect


def write_access_request(database: Database, contact_id: int, path: Path) -> None:
    """A .pdf when `path` ends so, else a .xlsx; raises access_request.ContactNotFound."""
    with database.read_session() as session:
        held = collect(session, contact_id)
    if Path(path).suffix.lower() == ".pdf":
        write_pdf(held, Path(path))
    else:
        write_workbook(held, Path(path))
