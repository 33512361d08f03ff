"""`socialneet print visit|contact|register|consent|meetings|resources … --out FILE.pdf`.

Arguments are checked before anything is read; an unknown record is refused naming its
argument, with exit status 2, and no file is created (documents are written atomically).
"""

from __future__ import annotations

import argparse
import sys

from socialneet_desktop.cli.common import (
    add_overwrite,
    add_period,
    italian_date,
    output_path,
    record_id,
    refuse,
    refused_output,
    refused_period,
)
from socialneet_desktop.domain.vocabularies import RESOURCE_STATUS
from socialneet_desktop.i18n import fill, translate

MAX_BLANK_ROWS = 500
pdf_path = output_path(".pdf")


def row_count(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= MAX_BLANK_ROWS:
        raise argparse.ArgumentTypeError(
            fill(translate("Cli", "'%1' is not a number between 1 and %2"), text, MAX_BLANK_ROWS)
        )
    return int(text)


def _command(printers, name: str, help_text: str, run) -> argparse.ArgumentParser:
    parser = printers.add_parser(name, help=help_text)
    parser.add_argument(
        "--out", type=pdf_path, required=True, metavar="FILE.pdf", help=translate("Cli", "PDF file")
    )
    add_overwrite(parser)
    parser.set_defaults(run=_out_checked_first(run), parser=parser)
    return parser


def _out_checked_first(run):
    """`run`, once --out is known to be a file it may write (before any record is read)."""

    def checked(database, arguments) -> int:
        refused = refused_output(arguments, "--out", arguments.out, ".pdf", database)
        return refused or run(database, arguments)

    return checked


def add_print_commands(commands) -> None:
    printing = commands.add_parser("print", help=translate("Cli", "print a document to PDF"))
    printers = printing.add_subparsers(dest="document", required=True, metavar="DOCUMENT")
    visit = _command(printers, "visit", translate("Cli", "visit sheet"), run_visit)
    visit.add_argument("--visit-id", type=record_id, required=True, metavar="ID")
    contact = _command(printers, "contact", translate("Cli", "contact file"), run_contact)
    contact.add_argument("--contact-id", type=record_id, required=True, metavar="ID")
    consent = _command(printers, "consent", translate("Cli", "privacy consent form"), run_consent)
    consent.add_argument("--contact-id", type=record_id, required=True, metavar="ID")
    register = _command(printers, "register", translate("Cli", "attendance register"), run_register)
    add_period(register, required=False)
    register.add_argument("--day", type=italian_date, metavar="gg/mm/aaaa")
    register.add_argument(
        "--blank", action="store_true", help=translate("Cli", "empty rows for a planned --day")
    )
    register.add_argument("--rows", type=row_count, default=20, metavar="N")
    add_period(
        _command(printers, "meetings", translate("Cli", "stakeholder meetings"), run_meetings)
    )
    resources = _command(printers, "resources", translate("Cli", "unused resources"), run_resources)
    add_period(resources)
    resources.add_argument("--status", choices=RESOURCE_STATUS.codes(), default="")


def _write(arguments, write, id_argument: str = "") -> int:
    from socialneet_desktop.services.association_details import MissingDetails
    from socialneet_desktop.services.document_data import NotFound

    try:
        write()
    except NotFound as missing:
        reason = fill(translate("Cli", "no record with number %1"), missing.args[0])
        return refuse(arguments, id_argument, reason)
    except MissingDetails as missing:  # a consent form cannot name an empty data controller
        print(str(missing), file=sys.stderr)
        return 1
    except OSError as error:
        return refuse(arguments, "--out", str(error))
    print(fill(translate("Cli", "Written %1"), arguments.out))
    return 0


def run_visit(database, arguments) -> int:
    from socialneet_desktop.printing import write_visit_sheet

    def write():
        write_visit_sheet(database, arguments.visit_id, arguments.out)

    return _write(arguments, write, "--visit-id")


def run_contact(database, arguments) -> int:
    from socialneet_desktop.printing import write_contact_file

    def write():
        write_contact_file(database, arguments.contact_id, arguments.out)

    return _write(arguments, write, "--contact-id")


def run_consent(database, arguments) -> int:
    from socialneet_desktop.printing import write_consent_form

    def write():
        write_consent_form(database, arguments.contact_id, arguments.out)

    return _write(arguments, write, "--contact-id")


def run_register(database, arguments) -> int:
    from socialneet_desktop.printing import write_blank_register, write_register

    a = arguments
    if a.blank or a.day:
        if a.day is None:
            return refuse(a, "--day", translate("Cli", "--blank needs the planned day"))
        if a.from_ or a.to_:
            return refuse(a, "--from", translate("Cli", "give either --day or --from and --to"))
        if a.blank:
            return _write(a, lambda: write_blank_register(database, a.day, a.rows, a.out))
        a.from_ = a.to_ = a.day
    elif a.from_ is None or a.to_ is None:
        missing = "--from" if a.from_ is None else "--to"
        return refuse(a, missing, translate("Cli", "give either --day or --from and --to"))
    return refused_period(a) or _write(a, lambda: write_register(database, a.from_, a.to_, a.out))


def run_meetings(database, arguments) -> int:
    from socialneet_desktop.printing import write_meetings

    a = arguments
    return refused_period(a) or _write(a, lambda: write_meetings(database, a.from_, a.to_, a.out))


def run_resources(database, arguments) -> int:
    from socialneet_desktop.printing import write_resources

    a = arguments

    def write():
        write_resources(database, a.from_, a.to_, a.out, a.status)

    return refused_period(a) or _write(a, write)
