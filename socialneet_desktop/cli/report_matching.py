"""`socialneet report matching --out FILE.xlsx [--overwrite]`: the matching workbook (issue
23): the open needs with their ranked proposals and the reasons of each score, the needs x
resources matrix, the sheet the delegates fill in offline, and the weights of the score.

Bad arguments exit with status 2 naming the argument (an --out that is no .xlsx, is the
database, or exists without --overwrite); nothing is written then.
"""

from __future__ import annotations

from socialneet_desktop.cli.common import (
    add_overwrite,
    output_path,
    refused_output,
    write_out,
)
from socialneet_desktop.i18n import translate


def add_matching_report(reports) -> None:
    matching = reports.add_parser(
        "matching",
        help=translate("Cli", "the open needs with their ranked proposals and reasons"),
    )
    matching.add_argument(
        "--out",
        type=output_path(".xlsx"),
        required=True,
        metavar="FILE.xlsx",
        help=translate("Cli", "the matching workbook (proposals, matrix, scoring, weights)"),
    )
    add_overwrite(matching)
    matching.set_defaults(run=run_matching_report, parser=matching)


def run_matching_report(database, arguments) -> int:
    from socialneet_desktop.exports.matching_workbook import write_matching_workbook

    a = arguments
    if code := refused_output(a, "--out", a.out, ".xlsx", database):
        return code
    return write_out(a, lambda: write_matching_workbook(database, a.out))
