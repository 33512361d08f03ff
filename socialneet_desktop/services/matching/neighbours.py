"""Which municipalities border each other, for the score's distance part.

The bundled municipality list has names, codes and provinces but no borders; the pairs below
are the bordering municipalities of the Terni province, where the project works, written by
hand from the map. A pair not listed counts as "same province" when the provinces agree.
"""

from __future__ import annotations

from functools import cache

from socialneet_desktop.domain.municipalities import bundled_index

_BORDERS = {
    "Terni": ("Narni", "San Gemini", "Stroncone", "Arrone", "Montefranco", "Ferentillo"),
    "Narni": ("Amelia", "Otricoli", "Calvi dell'Umbria", "Stroncone", "San Gemini"),
    "Amelia": (
        "Giove",
        "Penna in Teverina",
        "Lugnano in Teverina",
        "Guardea",
        "Montecastrilli",
        "Avigliano Umbro",
        "Alviano",
    ),
    "Orvieto": ("Allerona", "Castel Viscardo", "Castel Giorgio", "Porano", "Baschi", "Ficulle"),
    "Arrone": ("Montefranco", "Polino", "Ferentillo"),
    "Montefranco": ("Ferentillo",),
    "Acquasparta": ("San Gemini", "Montecastrilli", "Avigliano Umbro"),
    "San Gemini": ("Montecastrilli",),
    "Otricoli": ("Calvi dell'Umbria",),
    "Stroncone": ("Calvi dell'Umbria",),
    "Giove": ("Attigliano", "Penna in Teverina"),
    "Lugnano in Teverina": ("Alviano", "Attigliano"),
    "Alviano": ("Guardea",),
    "Guardea": ("Baschi", "Montecchio", "Avigliano Umbro"),
    "Montecchio": ("Baschi", "Avigliano Umbro"),
    "Avigliano Umbro": ("Montecastrilli",),
    "Ficulle": ("Allerona", "Fabro", "Parrano", "San Venanzo", "Montegabbione"),
    "Fabro": ("Montegabbione", "Monteleone d'Orvieto"),
    "Montegabbione": ("Monteleone d'Orvieto", "Parrano", "San Venanzo"),
    "Parrano": ("San Venanzo",),
    "Allerona": ("Castel Viscardo",),
    "Castel Viscardo": ("Castel Giorgio",),
}


@cache
def bordering_pairs() -> frozenset[frozenset[str]]:
    """The pairs of Belfiore codes that border each other."""
    index = bundled_index()
    code = lambda name: index.resolve(name, "TR").code  # noqa: E731
    return frozenset(
        frozenset((code(town), code(other)))
        for town, others in _BORDERS.items()
        for other in others
    )


def border(first: str, second: str) -> bool:
    return frozenset((first, second)) in bordering_pairs()


def province_of(code: str) -> str:
    place = bundled_index().get(code) if code else None
    return place.province if place is not None else ""
