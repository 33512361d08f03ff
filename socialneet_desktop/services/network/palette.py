"""The colours of the cooperation map, the same on screen and in the funder PDF: one per kind
of organisation (colour-blind-safe, after Okabe-Ito and Tol), one per kind of tie, and the
association's highlight. Hex strings: Qt and reportlab both read them."""

from __future__ import annotations

ORGANIZATION_COLOURS = {
    "public_body": "#0072B2",
    "aps": "#E69F00",
    "odv": "#CC79A7",
    "social_cooperative": "#009E73",
    "foundation": "#56B4E9",
    "enterprise": "#D55E00",
    "trade_association": "#882255",
    "school": "#F0E442",
    "university": "#332288",
    "other": "#999999",
}
TIE_COLOURS = {
    "agreements": "#B8860B",
    "questionnaire": "#3A6EA5",
    "co_attendance": "#9A9A9A",
}
# a tie of several kinds is drawn in the colour of the first of these it has
TIE_PRECEDENCE = ("agreements", "questionnaire", "co_attendance")
ASSOCIATION = "#C0392B"


def organization_colour(kind: str) -> str:
    return ORGANIZATION_COLOURS.get(kind, ORGANIZATION_COLOURS["other"])


def tie_kind_shown(kinds) -> str:
    return next((kind for kind in TIE_PRECEDENCE if kind in kinds), "co_attendance")


def node_radius(degree: int, largest: int, smallest: float = 2.0, biggest: float = 9.0) -> float:
    """A node's radius grows with the square root of its degree (its area with the degree)."""
    if largest <= 0:
        return smallest
    return smallest + (biggest - smallest) * (degree / largest) ** 0.5
