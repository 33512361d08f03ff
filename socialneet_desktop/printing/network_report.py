"""The one-page PDF of the cooperation network for funders (issue 22): the map (organisations
sized by degree and coloured by kind, ties by kind and intensity, the association
highlighted), the indicator tiles, the change since the period before, and the questionnaire's
response rate and rule. Organisations only: no person is named. Written atomically."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from socialneet_desktop.domain.vocabularies import ORGANIZATION_KIND, TIE_KIND
from socialneet_desktop.i18n import fill, translate
from socialneet_desktop.printing.layout import (
    BOLD,
    FONT,
    HEADER_HEIGHT,
    MARGIN,
    PageDecor,
    fit_text,
    page_canvas,
    write_atomically,
)
from socialneet_desktop.services.network import palette
from socialneet_desktop.services.network import report as texts
from socialneet_desktop.services.network.report import NetworkReport

TILES = (
    "organizations",
    "ties",
    "density",
    "components",
    "largest_component",
    "isolates",
    "average_degree",
    "centralization",
    "reciprocity",
    "multiplexity",
    "ei_index",
    "response_rate",
)
LABELLED = 6  # the organisations named on the map: the association and the most tied
MAP_HEIGHT = 118 * mm
GREY = colors.HexColor("#555555")


def write_network_pdf(path: Path, report: NetworkReport, positions: dict[int, tuple]) -> None:
    write_atomically(Path(path), lambda stream: draw(stream, report, positions))


def draw(target, report: NetworkReport, positions: dict[int, tuple]) -> None:
    network = report.figures.network
    decor = PageDecor(
        report.letterhead,
        translate("NetworkPdf", "Cooperation between organisations"),
        texts.period_text(network.since, network.until),
    )
    canvas = page_canvas(target, decor)
    canvas.setAuthor(report.letterhead.name)
    decor.header(canvas, _Doc())
    width = A4[0] - 2 * MARGIN
    top = A4[1] - MARGIN - HEADER_HEIGHT
    _map(canvas, report, positions or {}, MARGIN, top - MAP_HEIGHT, width, MAP_HEIGHT)
    below = _legend(canvas, report, MARGIN, top - MAP_HEIGHT - 5 * mm, width)
    below = _tiles(canvas, report, MARGIN, below - 3 * mm, width)
    below = _change(canvas, report, MARGIN, below - 4 * mm, width)
    _notes(canvas, report, MARGIN, below - 4 * mm, width)
    canvas.showPage()
    canvas.save()


class _Doc:
    pagesize = A4


# --- the map --------------------------------------------------------------------------------


def _map(canvas, report, positions, left, bottom, width, height) -> None:
    network = report.figures.network
    canvas.saveState()
    canvas.setStrokeColor(colors.HexColor("#CCCCCC"))
    canvas.setFillColor(colors.HexColor("#FAFAFA"))
    canvas.rect(left, bottom, width, height, stroke=1, fill=1)
    inner_width, inner_height = width - 6 * mm, height - 6 * mm

    def at(node_id):
        x, y = positions.get(node_id, (0.5, 0.5))
        return left + 3 * mm + x * inner_width, bottom + 3 * mm + (1 - y) * inner_height

    for pair, linked in sorted(network.ties.items(), key=lambda item: item[1].intensity):
        a, b = sorted(pair)
        kind = palette.tie_kind_shown(linked.weights)
        canvas.setStrokeColor(colors.HexColor(palette.TIE_COLOURS[kind]), alpha=0.55)
        canvas.setLineWidth(0.25 + 0.35 * max(1, linked.intensity))
        canvas.line(*at(a), *at(b))
    by_id = {row.id: row for row in report.figures.organizations}
    largest = max((row.degree for row in by_id.values()), default=0)
    for node in network.nodes.values():
        degree = by_id[node.id].degree if node.id in by_id else 0
        x, y = at(node.id)
        radius = palette.node_radius(degree, largest, 1.2, 6.5)
        canvas.setFillColor(colors.HexColor(palette.organization_colour(node.kind)))
        canvas.setStrokeColor(colors.white)
        canvas.setLineWidth(0.3)
        canvas.circle(x, y, radius, stroke=1, fill=1)
    _highlight(canvas, report, at, by_id, largest)
    canvas.restoreState()


def _highlight(canvas, report, at, by_id, largest) -> None:
    """The association ringed in red, and the names of the most tied organisations."""
    network = report.figures.network
    named = sorted(by_id.values(), key=lambda row: (-row.degree, row.name))[:LABELLED]
    ids = [row.id for row in named if row.degree]
    if report.association_id in network.nodes:
        ids = [report.association_id, *(i for i in ids if i != report.association_id)]
        x, y = at(report.association_id)
        radius = palette.node_radius(by_id[report.association_id].degree, largest, 1.2, 6.5)
        canvas.setStrokeColor(colors.HexColor(palette.ASSOCIATION))
        canvas.setLineWidth(1.6)
        canvas.circle(x, y, radius + 2.2, stroke=1, fill=0)
    taken: list[tuple[float, float, float, float]] = []
    for node_id in ids[:LABELLED]:
        x, y = at(node_id)
        bold = node_id == report.association_id
        face = BOLD if bold else FONT
        name = fit_text(network.nodes[node_id].name, face, 6.5, 62 * mm)
        box = (x + 6, y - 3, x + 8 + pdfmetrics.stringWidth(name, face, 6.5), y + 5)
        if any(_overlap(box, other) for other in taken):
            continue  # a name over another is read as neither
        taken.append(box)
        canvas.setFillColor(colors.white, alpha=0.8)
        canvas.rect(box[0], box[1], box[2] - box[0], box[3] - box[1], stroke=0, fill=1)
        canvas.setFont(face, 6.5)
        canvas.setFillColor(colors.black, alpha=1)
        canvas.drawString(x + 7, y - 1, name)


def _overlap(one, other) -> bool:
    return not (one[2] < other[0] or other[2] < one[0] or one[3] < other[1] or other[3] < one[1])


def _legend(canvas, report, left, top, width) -> float:
    """The kinds of organisation present and the kinds of tie; returns the bottom."""
    network = report.figures.network
    present = [
        term
        for term in ORGANIZATION_KIND
        if any(n.kind == term.code for n in network.nodes.values())
    ]
    entries = [
        (translate("Vocabulary", term.label), palette.organization_colour(term.code), "dot")
        for term in present
    ]
    entries += [
        (translate("Vocabulary", TIE_KIND.label_for(kind)), palette.TIE_COLOURS[kind], "line")
        for kind in network.kinds
    ]
    entries.append((translate("NetworkPdf", "the association"), palette.ASSOCIATION, "ring"))
    canvas.saveState()
    canvas.setFont(FONT, 6.5)
    x, y = left, top
    for text, colour, mark in entries:
        shown = fit_text(text, FONT, 6.5, 50 * mm)
        needed = 6 * mm + pdfmetrics.stringWidth(shown, FONT, 6.5) + 4 * mm
        if x + needed > left + width:
            x, y = left, y - 4 * mm
        _mark(canvas, mark, colour, x + 2 * mm, y + 0.8 * mm)
        canvas.setFillColor(colors.black)
        canvas.drawString(x + 5 * mm, y, shown)
        x += needed
    canvas.restoreState()
    return y - 2 * mm


def _mark(canvas, mark: str, colour: str, x: float, y: float) -> None:
    canvas.setStrokeColor(colors.HexColor(colour))
    canvas.setFillColor(colors.HexColor(colour))
    if mark == "dot":
        canvas.circle(x, y, 1.4 * mm, stroke=0, fill=1)
    elif mark == "line":
        canvas.setLineWidth(1.4)
        canvas.line(x - 2 * mm, y, x + 2 * mm, y)
    else:
        canvas.setLineWidth(1.2)
        canvas.circle(x, y, 1.4 * mm, stroke=1, fill=0)


# --- the tiles, the change, the notes -------------------------------------------------------


def _tiles(canvas, report, left, top, width) -> float:
    items = {item.key: item for item in report.figures.indicators}
    shown = [items[key] for key in TILES if key in items]
    columns, gap, height = 4, 3 * mm, 17 * mm
    tile = (width - gap * (columns - 1)) / columns
    canvas.saveState()
    for number, item in enumerate(shown):
        row, column = divmod(number, columns)
        x = left + column * (tile + gap)
        y = top - (row + 1) * height - row * gap
        canvas.setFillColor(colors.HexColor("#EEF3F8"))
        canvas.setStrokeColor(colors.HexColor("#C9D6E3"))
        canvas.roundRect(x, y, tile, height, 2 * mm, stroke=1, fill=1)
        canvas.setFillColor(colors.black)
        canvas.setFont(BOLD, 14)
        canvas.drawString(x + 3 * mm, y + height - 8 * mm, texts.value_text(item))
        canvas.setFont(FONT, 6.5)
        label = texts.indicator_label(item) + (" *" if item.questionnaire else "")
        lines = _wrapped(label, tile - 5 * mm, 6.5)[:2]
        for line, text in enumerate(lines):
            canvas.drawString(x + 3 * mm, y + (2.2 + 2.8 * (len(lines) - 1 - line)) * mm, text)
    canvas.restoreState()
    rows = -(-len(shown) // columns)
    return top - rows * height - (rows - 1) * gap


def _change(canvas, report, left, top, width) -> float:
    rows = texts.change_rows(report)
    canvas.saveState()
    canvas.setFont(BOLD, 9)
    canvas.drawString(left, top - 3 * mm, translate("NetworkPdf", "Before and after"))
    if not rows:
        canvas.setFont(FONT, 7.5)
        canvas.drawString(
            left, top - 8 * mm, translate("NetworkPdf", "No period before to compare with.")
        )
        canvas.restoreState()
        return top - 10 * mm
    before = report.before.network
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(GREY)
    canvas.drawString(
        left + 40 * mm,
        top - 3 * mm,
        fill(
            translate("NetworkPdf", "compared with %1"),
            texts.period_text(before.since, before.until),
        ),
    )
    canvas.setFillColor(colors.black)
    column = width / len(rows)
    for number, (label, value) in enumerate(rows):
        x = left + number * column
        canvas.setFont(BOLD, 12)
        canvas.drawString(x, top - 10 * mm, value)
        canvas.setFont(FONT, 6.3)
        for line, text in enumerate(_wrapped(label, column - 2 * mm, 6.3)[:2]):
            canvas.drawString(x, top - (14 + 3 * line) * mm, text)
    canvas.restoreState()
    return top - 20 * mm


def _wrapped(text: str, width: float, size: float) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and pdfmetrics.stringWidth(candidate, FONT, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return [*lines, line] if line else lines


def _notes(canvas, report, left, top, width) -> None:
    notes = []
    note = texts.response_note(report)
    if note:
        notes.append("* " + fill(translate("NetworkPdf", "From the questionnaire: %1."), note))
    notes.append(
        fill(
            translate(
                "NetworkPdf",
                "Ties counted: %1. Density: the share of the possible ties "
                "present; betweenness with distance 1/weight.",
            ),
            texts.kinds_text(report.figures.network.kinds),
        )
    )
    notes.append(translate("NetworkPdf", "Data of organisations: no person is named."))
    canvas.saveState()
    canvas.setFont(FONT, 6.8)
    canvas.setFillColor(GREY)
    y = top
    for text in notes:
        for line in _wrapped(text, width, 6.8):
            y -= 3.2 * mm
            canvas.drawString(left, y, line)
    canvas.restoreState()
