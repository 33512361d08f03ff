"""What every output of the cooperation network shows (issue 22): the figures of a period, the
figures of the period before it (as long, ending the day before) for the change, and the
texts of the period, the tie kinds, the rule and the response rate. The map, the funder PDF,
the workbook, GEXF and the command all start from a NetworkReport.

These are data of organisations, never of people: nothing here reads a person's name (the
answers' respondents stay in the database).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from socialneet_desktop.db import models
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import format_italian_date
from socialneet_desktop.domain.vocabularies import TIE_KIND
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.services.document_data import Letterhead, letterhead
from socialneet_desktop.services.network import indicators
from socialneet_desktop.services.network.association import association_organization_id
from socialneet_desktop.services.network.indicators import Change, Figures, Indicator
from socialneet_desktop.services.network.ties import QUESTIONNAIRE, TIE_KINDS

CONTEXT = "NetworkReport"
RULE_TEXTS = {
    "either": QT_TRANSLATE_NOOP("NetworkReport", "a tie counts if either side names it"),
    "both": QT_TRANSLATE_NOOP("NetworkReport", "a tie counts if both sides name it"),
}
CHANGE_LABELS = {
    "new_ties": QT_TRANSLATE_NOOP("NetworkReport", "New ties since the period before"),
    "lost_ties": QT_TRANSLATE_NOOP("NetworkReport", "Ties lost since the period before"),
    "kept_ties": QT_TRANSLATE_NOOP("NetworkReport", "Ties kept from the period before"),
    "density_before": QT_TRANSLATE_NOOP("NetworkReport", "Density in the period before"),
    "density_after": QT_TRANSLATE_NOOP("NetworkReport", "Density in this period"),
}


@dataclass(frozen=True)
class NetworkReport:
    figures: Figures
    before: Figures | None
    association_id: int | None
    association_name: str
    letterhead: Letterhead = Letterhead()

    @property
    def change(self) -> Change | None:
        return indicators.change(self.before, self.figures) if self.before else None


def earlier_period(since: date | None, until: date | None) -> tuple[date, date] | None:
    """The period as long as (since, until) that ends the day before `since`."""
    if since is None or until is None or until < since:
        return None
    end = since - timedelta(days=1)
    return end - (until - since), end


def build_report(
    session: Session,
    *,
    since: date | None = None,
    until: date | None = None,
    kinds: tuple[str, ...] = TIE_KINDS,
    rule: str = "either",
    compare: bool = True,
) -> NetworkReport:
    options = {"kinds": kinds, "rule": rule}
    figures = indicators.figures(session, since=since, until=until, **options)
    earlier = earlier_period(since, until) if compare else None
    before = None
    if earlier is not None:
        before = indicators.figures(session, since=earlier[0], until=earlier[1], **options)
    settings = session.get(models.AppSettings, 1)
    name = settings.association_name if settings else ""
    association = association_organization_id(session)
    return NetworkReport(figures, before, association, name, letterhead(session))


# --- texts ----------------------------------------------------------------------------------


def period_text(since: date | None, until: date | None) -> str:
    if since is None and until is None:
        return translate("NetworkReport", "every date")
    if since is None:
        return fill(translate("NetworkReport", "until %1"), format_italian_date(until))
    if until is None:
        return fill(translate("NetworkReport", "from %1"), format_italian_date(since))
    return f"{format_italian_date(since)} – {format_italian_date(until)}"


def kinds_text(kinds: tuple[str, ...]) -> str:
    return ", ".join(translate("Vocabulary", TIE_KIND.label_for(kind)) for kind in kinds)


def rule_text(rule: str) -> str:
    return translate("NetworkReport", RULE_TEXTS[rule])


def number_text(value: float | int | None, percent: bool = False) -> str:
    """A figure as the outputs print it: "–" when it cannot be computed, shares as %."""
    if value is None:
        return "–"
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    text = f"{value * 100:.1f}%" if percent else f"{value:.2f}"
    return text.replace(".", ",")


def value_text(item: Indicator) -> str:
    return number_text(item.value, item.percent)


def response_note(report_or_figures, item: Indicator | None = None) -> str:
    """The response rate and the rule, printed beside what depends on the questionnaire."""
    figures = getattr(report_or_figures, "figures", report_or_figures)
    network = figures.network
    if QUESTIONNAIRE not in network.kinds or (item is not None and not item.questionnaire):
        return ""
    return fill(
        translate("NetworkReport", "response rate %1 (%2 of %3); %4"),
        number_text(network.response_rate, True),
        len(network.respondents),
        len(network.nodes),
        rule_text(network.rule),
    )


def indicator_label(item: Indicator) -> str:
    return translate("NetworkIndicators", item.label)


def change_rows(report: NetworkReport) -> list[tuple[str, str]]:
    """(label, value) of the change since the period before; none without one."""
    moved = report.change
    if moved is None:
        return []
    return [
        (translate("NetworkReport", CHANGE_LABELS["new_ties"]), number_text(moved.new_ties)),
        (translate("NetworkReport", CHANGE_LABELS["lost_ties"]), number_text(moved.lost_ties)),
        (translate("NetworkReport", CHANGE_LABELS["kept_ties"]), number_text(moved.kept_ties)),
        (
            translate("NetworkReport", CHANGE_LABELS["density_before"]),
            number_text(moved.density_before, True),
        ),
        (
            translate("NetworkReport", CHANGE_LABELS["density_after"]),
            number_text(moved.density_after, True),
        ),
    ]
