"""The points each part of the matching score is worth, kept in the database's settings
(matching_settings, one row) and printed in every report of the matching.

The score is the sum of the parts' points divided by the sum of the weights, times 100: the
weights need not add up to 100, and a weight of 0 leaves a part out.
"""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from socialneet_desktop.db.models_needs import MatchingSettings
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.domain.validation import Problem

# part key -> (default points, English name, "Matching" context)
PARTS = {
    "category": (25, QT_TRANSLATE_NOOP("Matching", "Category fit")),
    "distance": (20, QT_TRANSLATE_NOOP("Matching", "Distance")),
    "time": (20, QT_TRANSLATE_NOOP("Matching", "Time overlap")),
    "capacity": (15, QT_TRANSLATE_NOOP("Matching", "Capacity fit")),
    "urgency": (10, QT_TRANSLATE_NOOP("Matching", "Urgency")),
    "tie": (10, QT_TRANSLATE_NOOP("Matching", "Cooperation tie")),
}
DEFAULTS: dict[str, int] = {key: points for key, (points, _name) in PARTS.items()}
MAX_POINTS = 100


def load(session: Session) -> dict[str, int]:
    """The weights in force: the stored ones, the defaults for any part not stored."""
    row = session.get(MatchingSettings, 1)
    stored = json.loads(row.weights) if row is not None and row.weights else {}
    return {key: int(stored.get(key, default)) for key, default in DEFAULTS.items()}


def problems(weights: dict[str, object]) -> list[Problem]:
    """Each weight a whole number from 0 to 100, not all 0; named by its part."""
    found: list[Problem] = []
    for key, value in weights.items():
        if key not in PARTS:
            found.append(Problem(key, QT_TRANSLATE_NOOP("Matching", "Unknown part: %1."), (key,)))
        elif not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_POINTS:
            message = QT_TRANSLATE_NOOP("Matching", "%1: a whole number from 0 to 100.")
            found.append(Problem(key, message, (PARTS[key][1],)))
    if not found and not any(weights.values()):
        message = QT_TRANSLATE_NOOP("Matching", "Weights: at least one must be more than 0.")
        found.append(Problem("weights", message))
    return found


def save(session: Session, weights: dict[str, int], user: str) -> list[Problem]:
    """Store `weights` (all parts, the defaults filling any missing); nothing on a problem."""
    complete = {**DEFAULTS, **weights}
    found = problems(complete)
    if found:
        return found
    row = session.get(MatchingSettings, 1)
    if row is None:
        row = MatchingSettings(id=1)
        session.add(row)
    row.weights = json.dumps(complete, sort_keys=True)
    row.updated_by = user
    session.flush()
    return []
