"""The chart of people reached per month, drawn by matplotlib for the screen and for PDF.

One library for both (Qt Charts is deprecated in Qt 6.10): the home page shows the PNG this
draws, the summary PDF embeds the same drawing. matplotlib costs about half a second to
import, so nothing imports this module before the window is painted; the home page draws in
a worker thread with the Agg backend (no Qt object is touched off the GUI thread).
"""

from __future__ import annotations

from datetime import date
from io import BytesIO

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.i18n import translate

MONTHS = (
    QT_TRANSLATE_NOOP("Chart", "Jan"),
    QT_TRANSLATE_NOOP("Chart", "Feb"),
    QT_TRANSLATE_NOOP("Chart", "Mar"),
    QT_TRANSLATE_NOOP("Chart", "Apr"),
    QT_TRANSLATE_NOOP("Chart", "May"),
    QT_TRANSLATE_NOOP("Chart", "Jun"),
    QT_TRANSLATE_NOOP("Chart", "Jul"),
    QT_TRANSLATE_NOOP("Chart", "Aug"),
    QT_TRANSLATE_NOOP("Chart", "Sep"),
    QT_TRANSLATE_NOOP("Chart", "Oct"),
    QT_TRANSLATE_NOOP("Chart", "Nov"),
    QT_TRANSLATE_NOOP("Chart", "Dec"),
)
BAR_COLOUR = "#2e86c1"


def month_label(day: date) -> str:
    return f"{translate('Chart', MONTHS[day.month - 1])} {day:%y}"


def reach_figure(reached: list[tuple[date, int]], size=(6.4, 2.4)):
    """A matplotlib Figure (not pyplot: no global state, safe in a worker thread)."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=size, layout="constrained")
    axes = figure.add_subplot()
    labels = [month_label(day) for day, _count in reached]
    counts = [count for _day, count in reached]
    bars = axes.bar(range(len(counts)), counts, color=BAR_COLOUR)
    axes.bar_label(bars, fontsize=7, padding=1)
    axes.set_xticks(range(len(labels)), labels, fontsize=7, rotation=0)
    axes.tick_params(axis="y", labelsize=7)
    axes.set_title(translate("Chart", "People reached per month"), fontsize=9)
    axes.spines[["top", "right"]].set_visible(False)
    axes.set_ylim(0, max([*counts, 1]) * 1.15)
    return figure


def reach_png(reached: list[tuple[date, int]], dpi: int = 96, size=(6.4, 2.4)) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = reach_figure(reached, size)
    FigureCanvasAgg(figure)
    buffer = BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def reach_pdf(reached: list[tuple[date, int]], size=(6.4, 2.4)) -> bytes:
    """The chart as a one-page vector PDF (matplotlib's PDF backend)."""
    from matplotlib.backends.backend_pdf import FigureCanvasPdf

    figure = reach_figure(reached, size)
    FigureCanvasPdf(figure)
    buffer = BytesIO()
    figure.savefig(buffer, format="pdf")
    return buffer.getvalue()
