"""How well a resource's category serves a need's category (one vocabulary for both,
domain.vocabularies.RESOURCE_CATEGORY): 1 the same, a fraction for a related one, 0 none.

Related: land may do where premises are needed (an outdoor activity), goods and equipment
stand in for each other, volunteer skills give training and training gives skills; "other"
is related to everything a little, as it says nothing.
"""

from __future__ import annotations

_RELATED = {
    ("premises", "land"): 0.5,
    ("land", "premises"): 0.5,
    ("equipment", "goods"): 0.6,
    ("goods", "equipment"): 0.6,
    ("equipment", "vehicles"): 0.3,
    ("goods", "food_surplus"): 0.3,
    ("volunteer_skills", "training"): 0.7,
    ("training", "volunteer_skills"): 0.7,
}
OTHER_FIT = 0.3


def category_fit(need_category: str, resource_category: str) -> float:
    if need_category == resource_category:
        return 1.0
    if "other" in (need_category, resource_category):
        return OTHER_FIT
    return _RELATED.get((need_category, resource_category), 0.0)
