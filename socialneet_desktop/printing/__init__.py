"""Printed documents (reportlab, A4, Italian): visit sheet, contact file, attendance register,
privacy notice and consent form, lists of meetings and resources.

Each `write_*` reads what it needs in one read session, lays the document out and replaces
the target file only when the PDF is complete. No Qt widgets: it runs from the command line.
"""

from socialneet_desktop.printing.consent_form import write_consent_form
from socialneet_desktop.printing.contact_file import write_contact_file
from socialneet_desktop.printing.register import write_blank_register, write_register
from socialneet_desktop.printing.tables import write_meetings, write_resources
from socialneet_desktop.printing.visit_sheet import write_visit_sheet
from socialneet_desktop.services.document_data import NotFound

__all__ = [
    "NotFound",
    "write_blank_register",
    "write_consent_form",
    "write_contact_file",
    "write_meetings",
    "write_register",
    "write_resources",
    "write_visit_sheet",
]
