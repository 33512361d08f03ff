"""`socialneet report network --from gg/mm/aaaa --to gg/mm/aaaa [--ties co-attendance,
questionnaire,agreements] [--rule either|both] --out FILE.pdf|.xlsx|.gexf [--overwrite]`: the
cooperation network of the period (issue 22) as the one-page PDF for funders, the workbook of
indicators and ties, or GEXF for Gephi. The change is measured against the period before, as
long as this one. Organisations only: no person's name is written.

Bad arguments exit with status 2 naming the argument (a reversed period, an unknown tie kind,
an --out of another kind, the database, or a file that exists without --overwrite).
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from socialneet_desktop.cli.common import (
    add_overwrite,
    add_period,
    output_path,
    refused_period_or_output,
    write_out,
)
from socialneet_desktop.i18n import fill, translate

SUFFIXES = (".pdf", ".xlsx", ".gexf")
TIES = {
    "co-attendance": "co_attendance",
    "questionnaire": "questionnaire",
    "agreements": "agreements",
}


def network_path(text: str) -> Path:
    suffix = Path(text).suffix.lower()
    if suffix not in SUFFIXES:
        raise argparse.ArgumentTypeError(
            fill(translate("Cli", "'%1' is not a .pdf, .xlsx or .gexf file"), text)
        )
    return output_path(suffix)(text)


def tie_kinds(text: str) -> tuple[str, ...]:
    """An argparse type: tie kinds separated by commas, each named once."""
    names = [name.strip().lower() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in TIES]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            fill(
                translate("Cli", "unknown tie kind '%1' (choose among %2)"),
                ", ".join(unknown) or text,
                ",".join(TIES),
            )
        )
    return tuple(dict.fromkeys(TIES[name] for name in names))


def add_network_report(reports) -> None:
    network = reports.add_parser(
        "network", help=translate("Cli", "the cooperation network between organisations")
    )
    add_period(network)
    network.add_argument(
        "--ties",
        type=tie_kinds,
        default=tuple(TIES.values()),
        metavar="co-attendance,questionnaire,agreements",
        help=translate("Cli", "the kinds of tie counted (default: all three)"),
    )
    network.add_argument(
        "--rule",
        choices=("either", "both"),
        default="either",
        help=translate(
            "Cli", "a questionnaire tie counts if either side names it, or only if both do"
        ),
    )
    network.add_argument(
        "--out",
        type=network_path,
        required=True,
        metavar="FILE.pdf|FILE.xlsx|FILE.gexf",
        help=translate("Cli", "one-page PDF for funders, workbook of indicators, or GEXF"),
    )
    add_overwrite(network)
    network.set_defaults(run=run_network_report, parser=network)


def run_network_report(database, arguments) -> int:
    from socialneet_desktop.services.network.report import build_report

    a = arguments
    suffix = a.out.suffix.lower()
    if code := refused_period_or_output(a, suffix, database):
        return code
    with database.read_session() as session:
        report = build_report(session, since=a.from_, until=a.to_, kinds=a.ties, rule=a.rule)
        positions = _positions(session, report) if suffix != ".xlsx" else None
    return write_out(a, lambda: _write(suffix, a.out, report, positions))


def _positions(session, report):
    from socialneet_desktop.services.network.layout import positions

    return positions(session, report.figures.network.graph(), keep=False)


def _write(suffix: str, path: Path, report, positions) -> None:
    if suffix == ".xlsx":
        from socialneet_desktop.exports.network_workbook import write_network_workbook

        write_network_workbook(path, report, datetime.now())
    elif suffix == ".gexf":
        from socialneet_desktop.exports.network_gexf import write_gexf

        write_gexf(path, report, positions)
    else:
        from socialneet_desktop.printing.network_report import write_network_pdf

        write_network_pdf(path, report, positions)
