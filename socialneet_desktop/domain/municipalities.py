"""The official list of Italian municipalities (with ceased ones) and foreign states, offline.

Loaded from the gzip CSV written by `tools/build_municipalities.py`: one row per Belfiore
(cadastral) code, with former names as aliases so that old records still resolve.
"""

from __future__ import annotations

import csv
import gzip
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from socialneet_desktop.domain.resources import resource

# The columns written by tools/build_municipalities.py, in order.
COLUMNS = (
    "code",
    "istat",
    "name",
    "province",
    "active",
    "valid_from",
    "valid_to",
    "kind",
    "aliases",
    "former_provinces",
)
TERNI_PROVINCE = "TR"
COUNTRY = "country"
_BELFIORE = re.compile(r"^[A-Z]\d{3}$")
_ISTAT = re.compile(r"^\d{6}$")
_WITH_PROVINCE = re.compile(r"^(.+?)\s*\(([A-Za-z]{2})\)$")  # "Terni (TR)", as display() writes
_APOSTROPHE_ACCENT = re.compile(r"([aeiou])'(?=\s|$)")  # "FORLI'" is how "FORLÌ" is typed
_WITH_GRAVE = dict(zip("aeiou", "àèìòù", strict=True))
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_GRAVE = str.maketrans("áéíóú", "àèìòù")


@dataclass(frozen=True)
class Municipality:
    code: str  # Belfiore code: "L117"; "Z330" for a foreign state
    istat: str  # "055032"; empty for foreign states
    name: str
    province: str  # "TR"; empty for foreign states
    active: bool
    kind: str  # "municipality" or "country"
    aliases: tuple[str, ...] = field(default=(), compare=False)
    former_provinces: tuple[str, ...] = field(default=(), compare=False)
    valid_from: str = ""  # ISO dates; empty when unknown or still valid
    valid_to: str = ""

    @property
    def is_country(self) -> bool:
        return self.kind == COUNTRY

    def display(self) -> str:
        return (
            self.name if self.is_country or not self.province else f"{self.name} ({self.province})"
        )


@cache
def bundled_index() -> MunicipalityIndex:
    """The official list shipped with the program, read once and shared by the lists, the
    forms, the imports, the exports and the printed documents. A place is parsed when it is
    first asked for by code (the list's first page at start-up); the search keys and orders
    are built on the first search or lookup by name (about 0.1 s)."""
    return MunicipalityIndex.load(resource("municipalities.csv.gz"))


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form used for searching: "Forlì" -> "forli"."""
    lowered = text.casefold()
    if not lowered.isascii():
        lowered = unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode()
    return _NOT_ALNUM.sub(" ", lowered).strip()


def accent_key(text: str) -> str:
    """Case-insensitive, but final accents count, typed "ì" or "i'": Paternò is not Paterno."""
    text = unicodedata.normalize("NFC", text.casefold()).translate(_GRAVE)
    text = _APOSTROPHE_ACCENT.sub(lambda match: _WITH_GRAVE[match[1]], text)
    return " ".join(re.split(r"[\s'\-/]+", text)).strip()


class MunicipalityIndex:
    """The places by code, name and ISTAT code. Made from `places`, or by `load` from the
    file's lines, kept unparsed until asked for: `get` and `display` parse one line, anything
    else (search, names, ISTAT codes, the Terni province) parses them all once."""

    def __init__(
        self, places: list[Municipality] | None = None, *, lines: dict[str, str] | None = None
    ) -> None:
        self._lines: dict[str, str] = lines if lines is not None else {}
        self._by_code = {place.code: place for place in places or ()}

    @classmethod
    def load(cls, path: Path) -> MunicipalityIndex:
        """Read the file written by tools/build_municipalities.py."""
        header, *lines = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
        if tuple(next(csv.reader([header]), ())) != COLUMNS:
            raise ValueError(f"{path} is not a municipality list: unexpected columns")
        return cls(lines={line.partition(",")[0]: line for line in lines if line})

    @cached_property
    def _places(self) -> list[Municipality]:
        """Every place, each line parsed (once: `get` may have parsed some already). The
        lines are kept: a `get` on another thread may be reading them."""
        for code in self._lines.keys() - self._by_code.keys():
            self._parse(code)
        return list(self._by_code.values())

    @cached_property
    def _folded(self) -> dict[str, tuple[str, ...]]:
        return {place.code: _search_keys(place) for place in self._places}

    @cached_property
    def _ordered(self) -> list[Municipality]:
        return sorted(self._places, key=self._alphabetical)

    @cached_property
    def _by_istat(self) -> dict[str, Municipality]:
        by_istat: dict[str, Municipality] = {}
        for place in self._ordered:
            if place.istat and (place.active or place.istat not in by_istat):
                by_istat[place.istat] = place
        return by_istat

    @cached_property
    def _by_name(self) -> dict[str, list[Municipality]]:
        by_name: dict[str, list[Municipality]] = {}
        for place in self._ordered:
            for key in dict.fromkeys(self._folded[place.code]):  # a name once per place
                by_name.setdefault(key, []).append(place)
        return by_name

    def _parse(self, code: str) -> Municipality | None:
        line = self._lines.get(code)
        if line is None:
            return None
        place = self._by_code[code] = _from_row(*next(csv.reader([line])))
        return place

    def _alphabetical(self, place: Municipality) -> tuple[str, str, str]:
        return (self._folded[place.code][0], place.province, place.code)

    def __len__(self) -> int:
        return len(self._by_code.keys() | self._lines.keys())

    def get(self, code: str) -> Municipality | None:
        code = code.strip().upper()
        return self._by_code.get(code) or self._parse(code)

    def display(self, code: str) -> str:
        """ "Terni (TR)", "Marocco"; the code itself when unknown."""
        place = self.get(code)
        return place.display() if place else code

    def terni_province(self) -> list[Municipality]:
        return [p for p in self._ordered if p.province == TERNI_PROVINCE and p.active]

    def search(
        self,
        text: str,
        *,
        include_ceased: bool = False,
        include_countries: bool = False,
        limit: int = 50,
    ) -> list[Municipality]:
        """Places whose name (or former name) contains `text`: exact matches first, then the
        Terni province, then names starting with `text` before names containing it."""
        wanted = fold(text)
        ranked = []
        for place in self._ordered:
            if (place.active or include_ceased) and (include_countries or not place.is_country):
                rank = _match_rank(wanted, self._folded[place.code])
                if rank is not None:
                    ranked.append((rank > 0, place.province != TERNI_PROVINCE, rank, place))
        ranked.sort(key=lambda item: item[:3])  # stable: alphabetical within a rank
        return [item[3] for item in ranked[:limit]]

    def resolve(self, name_or_code: str, province: str | None = None) -> Municipality | None:
        """The place with that Belfiore or ISTAT code, or that exact (current or former) name.

        "Terni (TR)" is read as name and province. None when nothing, or more than one place,
        matches; give the province to tell apart namesakes.
        """
        text = name_or_code.strip()
        if match := _WITH_PROVINCE.match(text):
            text, province = match[1], province or match[2]
        if _BELFIORE.match(text.upper()):
            return self.get(text)
        if _ISTAT.match(text):
            return self._by_istat.get(text)
        candidates = [p for p in self._by_name.get(fold(text), []) if _in(p, province)]
        return _choose(candidates, accent_key(text))


def _in(place: Municipality, province: str | None) -> bool:
    wanted = (province or "").strip().upper()
    return not wanted or wanted == place.province or wanted in place.former_provinces


def _choose(candidates: list[Municipality], key: str) -> Municipality | None:
    """One candidate: the only one, else the only one spelled with the same accents, else the
    only active one."""
    for pool in (
        candidates,
        [p for p in candidates if key in map(accent_key, (p.name, *p.aliases))],
        [p for p in candidates if p.active],
    ):
        if len(pool) == 1:
            return pool[0]
    return None


def _match_rank(wanted: str, keys: tuple[str, ...]) -> int | None:
    """0 exact, 1 the name starts with `wanted`, 2 a former name does, 3 contains it."""
    if not wanted:
        return 1
    if wanted in keys:
        return 0
    if keys[0].startswith(wanted):
        return 1
    if any(key.startswith(wanted) for key in keys[1:]):
        return 2
    return 3 if any(wanted in key for key in keys) else None


def _search_keys(place: Municipality) -> tuple[str, ...]:
    return tuple(fold(name) for name in (place.name, *place.aliases))


def _from_row(
    code: str,
    istat: str,
    name: str,
    province: str,
    active: str,
    valid_from: str,
    valid_to: str,
    kind: str,
    aliases: str,
    former_provinces: str,
) -> Municipality:
    return Municipality(
        code,
        istat,
        name,
        province,
        active == "1",
        kind,
        tuple(aliases.split("|")) if aliases else (),
        tuple(former_provinces.split("|")) if former_provinces else (),
        valid_from,
        valid_to,
    )
