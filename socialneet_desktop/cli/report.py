"""`socialneet report progress --from gg/mm/aaaa --to gg/mm/aaaa --out FILE.docx|.pdf
[--language it|en] [--overwrite]`: the progress report of the period, activity by activity
(issue 19), as a Word document the office completes, or as PDF.

Bad arguments exit with status 2 naming the argument (a reversed period, an --out that is
neither .docx nor .pdf, is the database, or exists without --overwrite); a period where
nothing is recorded exits with status 1, naming the period, nothing written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from socialneet_desktop.cli.common import (
    add_overwrite,
    add_period,
    fail,
    output_path,
    refused_period_or_output,
    write_out,
)
from socialneet_desktop.i18n import fill, translate

SUFFIXES = (".docx", ".pdf")


def report_path(text: str) -> Path:
    """An argparse type: a .docx or .pdf file to write."""
    suffix = Path(text).suffix.lower()
    if suffix not in SUFFIXES:
        raise argparse.ArgumentTypeError(
            fill(translate("Cli", "'%1' is neither a .docx nor a .pdf file"), text)
        )
    return output_path(suffix)(text)


def add_report_commands(commands) -> None:
    report = commands.add_parser("report", help=translate("Cli", "write a report"))
    reports = report.add_subparsers(dest="report", required=True, metavar="REPORT")
    progress = reports.add_parser(
        "progress", help=translate("Cli", "the progress report of the project's activities")
    )
    add_period(progress)
    progress.add_argument(
        "--out",
        type=report_path,
        required=True,
        metavar="FILE.docx|FILE.pdf",
        help=translate("Cli", "Word document (to complete) or PDF"),
    )
    progress.add_argument(
        "--language",
        choices=("it", "en"),
        default="it",
        help=translate("Cli", "the report's language (default: it)"),
    )
    add_overwrite(progress)
    progress.set_defaults(run=run_progress_report, parser=progress)
    from socialneet_desktop.cli.report_network import add_network_report  # issue 22

    add_network_report(reports)
    from socialneet_desktop.cli.report_matching import add_matching_report  # issue 23

    add_matching_report(reports)


def run_progress_report(database, arguments) -> int:
    from socialneet_desktop.services.progress_sections import EmptyPeriod, progress_report

    a = arguments
    suffix = a.out.suffix.lower()
    if code := refused_period_or_output(a, suffix, database):
        return code
    try:
        with database.read_session() as session:
            report = progress_report(session, a.from_, a.to_)
    except EmptyPeriod as empty:  # nothing written: exit status 1, the message on stderr
        return fail(fill(translate("ProgressReport", empty.message), *empty.args[1:]))
    return write_out(a, lambda: _writer(suffix)(report, a.out, a.language))


def _writer(suffix: str):
    if suffix == ".pdf":
        from socialneet_desktop.printing.progress_pdf import write_pdf

        return write_pdf
    from socialneet_desktop.exports.progress_report import write_docx

    return write_docx
