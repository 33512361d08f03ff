"""`socialneet export list --kind KIND [--search TEXT] [--identifiable] --out F.xlsx` and
`socialneet export funder-report --from gg/mm/aaaa --to gg/mm/aaaa [--identifiable]
[--indicator-set eea_youth|esf_plus|none] --out F.xlsx`.

Bad arguments exit with status 2 naming the argument, and so does an --out that is the database
(or one of its files) or that exists without --overwrite; the file is written atomically. A
funder report of a period where nothing is recorded exits with status 1, nothing written.
"""

from __future__ import annotations

import argparse

from socialneet_desktop.cli.common import (
    add_overwrite,
    add_period,
    fail,
    output_path,
    refused_output,
    refused_period_or_output,
    write_out,
)
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services.indicator_sets import SETS
from socialneet_desktop.services.record_kinds import RECORD_KINDS

xlsx_path = output_path(".xlsx")


def _common(parser: argparse.ArgumentParser, run) -> None:
    parser.add_argument(
        "--out",
        type=xlsx_path,
        required=True,
        metavar="FILE.xlsx",
        help=translate("Cli", "Excel file"),
    )
    parser.add_argument(
        "--identifiable",
        action="store_true",
        help=translate(
            "Cli", "include names and contact details of people (default: pseudonymous)"
        ),
    )
    add_overwrite(parser)
    parser.set_defaults(run=run, parser=parser)


def add_export_commands(commands) -> None:
    export = commands.add_parser("export", help=translate("Cli", "export to an Excel workbook"))
    exports = export.add_subparsers(dest="export", required=True, metavar="EXPORT")
    listing = exports.add_parser("list", help=translate("Cli", "the rows of a list"))
    listing.add_argument(
        "--kind",
        required=True,
        choices=[kind.key for kind in RECORD_KINDS],
        metavar="KIND",
        help=", ".join(kind.key for kind in RECORD_KINDS),
    )
    listing.add_argument("--search", default="", metavar="TEXT")
    _common(listing, run_list)
    funder = exports.add_parser("funder-report", help=translate("Cli", "the funder workbook"))
    add_period(funder)
    funder.add_argument(
        "--indicator-set",
        choices=[*SETS, "none"],
        default=None,
        help=translate(
            "Cli", "the funder's indicators to add (default: the association details' choice)"
        ),
    )
    _common(funder, run_funder_report)


def run_list(database, arguments) -> int:
    from socialneet_desktop.exports.list_export import export_list
    from socialneet_desktop.services.list_queries import search_hint
    from socialneet_desktop.services.list_specs import ListQuery

    a = arguments
    query = ListQuery(search=a.search)
    code = refused_output(a, "--out", a.out, ".xlsx", database) or write_out(
        a, lambda: export_list(database, a.kind, query, a.out, identifiable=a.identifiable)
    )
    if code == 0 and (hint := search_hint(a.search or "")):
        print(fill(translate("Search", hint[0]), hint[1]))
    return code


def run_funder_report(database, arguments) -> int:
    from socialneet_desktop.exports.funder_report import EmptyPeriod, write_funder_report

    a = arguments
    try:
        return refused_period_or_output(a, ".xlsx", database) or write_out(
            a,
            lambda: write_funder_report(
                database,
                a.from_,
                a.to_,
                a.out,
                identifiable=a.identifiable,
                indicator_set="" if a.indicator_set == "none" else a.indicator_set,
            ),
        )
    except EmptyPeriod as empty:  # nothing written: exit status 1, the message on stderr
        return fail(str(empty))
