"""Build resources/municipalities.csv.gz: Italian municipalities and foreign states, offline.

Sources: the ANPR archive of municipalities (CC BY 4.0; one row per municipality and validity
period) and python-codicefiscale's foreign states (MIT). The result has one row per Belfiore
code, with its current (or last) name and its former names as aliases, so that old records and
birthplaces still resolve.

    python tools/build_municipalities.py [--source DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import importlib.util
import io
import json
import re
from collections.abc import Iterable
from pathlib import Path

from socialneet_desktop.domain.municipalities import COLUMNS

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO.parent / "shared" / "testdata" / "comuni"
DEFAULT_OUT = REPO / "resources" / "municipalities.csv.gz"
ANPR_FILE = "ANPR_archivio_comuni.csv"
ALIAS_SEPARATOR = "|"

# Lower-case inside a name ("Città della Pieve", "Lugnano in Teverina", "Torre de' Passeri").
PARTICLES = frozenset(
    (
        *("a", "ai", "al", "alla", "alle", "allo", "agli", "con", "da", "dai", "dal", "dalla"),
        *("de", "dei", "degli", "del", "della", "delle", "dello", "di", "e", "ed", "en", "il"),
        *("in", "la", "le", "li", "lo", "nei", "nel", "nella", "nelle", "ob", "sopra", "sotto"),
        *("sui", "sul", "sulla", "sullo"),
        *("all", "d", "dall", "dell", "nell", "sull"),  # elided before an apostrophe: d'Orvieto
    )
)
ELIDED_ONLY = frozenset({"all", "d", "dall", "dell", "nell", "sull"})
NOT_LAST = frozenset({"sopra", "sotto"})  # "Boffalora sopra Ticino", "Forni di Sopra"
_TOKENS = re.compile(r"([ '\-/])")
_ROMAN = re.compile(r"(?=[ivxlcdm]{2,}$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})")


def italian_title_case(upper_name: str) -> str:
    """ "CALVI DELL'UMBRIA" -> "Calvi dell'Umbria"; the first word is always capitalised."""
    tokens = _TOKENS.split(upper_name.strip().lower())
    return "".join(_cased(tokens, index) for index in range(len(tokens)))


def _cased(tokens: list[str], index: int) -> str:
    word = tokens[index]
    if not word or _TOKENS.fullmatch(word):
        return word
    if _ROMAN.fullmatch(word) and word not in PARTICLES:
        return word.upper()  # "Sotto il Monte Giovanni XXIII"
    if index > 1 and _is_particle(word, before=tokens[index - 1], after=tokens[index + 1 :]):
        return word
    return word[0].upper() + word[1:]


def _is_particle(word: str, *, before: str, after: list[str]) -> bool:
    if word not in PARTICLES or before not in (" ", "-"):
        return False
    if before == "-":
        return word == "en"  # "Saint-Rhémy-en-Bosses", but "Gressoney-La-Trinité"
    if word in NOT_LAST:
        return bool(after)
    elided = bool(after) and after[0] == "'"
    return elided or word not in ELIDED_ONLY


def read_anpr(path: Path) -> dict[str, list[dict[str, str]]]:
    """ANPR rows grouped by Belfiore code, oldest period first."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    groups: dict[str, list[dict[str, str]]] = {}
    for row in sorted(rows, key=lambda row: (row["DATAISTITUZIONE"], row["DATACESSAZIONE"])):
        groups.setdefault(row["CODCATASTALE"], []).append(row)
    return groups


def municipality_row(code: str, periods: list[dict[str, str]]) -> dict[str, str]:
    active = [period for period in periods if period["STATO"] == "A"]
    current = active[-1] if active else periods[-1]
    name = italian_title_case(current["DENOMINAZIONE_IT"])
    return {
        "code": code,
        "istat": current["CODISTAT"],
        "name": name,
        "province": current["SIGLAPROVINCIA"],
        "active": "1" if active else "0",
        "valid_from": periods[0]["DATAISTITUZIONE"],
        "valid_to": "" if active else max(period["DATACESSAZIONE"] for period in periods),
        "kind": "municipality",
        "aliases": _joined(_aliases(periods), exclude=name),
        "former_provinces": _joined(
            (period["SIGLAPROVINCIA"] for period in periods), exclude=current["SIGLAPROVINCIA"]
        ),
    }


def _aliases(periods: list[dict[str, str]]) -> Iterable[str]:
    for period in periods:
        yield italian_title_case(period["DENOMINAZIONE_IT"])
        if period["ALTRADENOMINAZIONE"]:
            yield italian_title_case(period["ALTRADENOMINAZIONE"])


def _joined(values: Iterable[str], *, exclude: str) -> str:
    unique = dict.fromkeys(value for value in values if value and value != exclude)
    return ALIAS_SEPARATOR.join(unique)


def codicefiscale_data_dir() -> Path:
    spec = importlib.util.find_spec("codicefiscale")
    if spec is None or spec.origin is None:
        raise SystemExit("python-codicefiscale is not installed: it provides the foreign states.")
    return Path(spec.origin).parent / "data"


def country_rows(data_dir: Path) -> list[dict[str, str]]:
    rows = []
    for filename in ("countries.json", "deleted-countries.json"):
        for country in json.loads((data_dir / filename).read_text(encoding="utf-8")):
            rows.append(_country_row(country))
    return rows


def _country_row(country: dict[str, object]) -> dict[str, str]:
    name = str(country["name"])
    others = (str(country.get(key) or "") for key in ("name_alt", "name_alt_en"))
    return {
        "code": str(country["code"]),
        "istat": "",
        "name": name,
        "province": "",
        "active": "1" if country["active"] else "0",
        "valid_from": str(country["date_created"])[:10],
        "valid_to": str(country["date_deleted"] or "")[:10],
        "kind": "country",
        "aliases": _joined(others, exclude=name),
        "former_provinces": "",
    }


def build_rows(source: Path, countries_dir: Path) -> list[dict[str, str]]:
    groups = read_anpr(source / ANPR_FILE)
    rows = [municipality_row(code, periods) for code, periods in groups.items()]
    return sorted(rows + country_rows(countries_dir), key=lambda row: row["code"])


def write_resource(rows: list[dict[str, str]], out: Path) -> None:
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as raw, gzip.GzipFile("", "wb", 9, raw, mtime=0) as handle:
        handle.write(text.getvalue().encode("utf-8"))  # mtime=0: same input, same bytes


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="ANPR archive folder")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="gzip CSV to write")
    args = parser.parse_args(argv)
    if not (args.source / ANPR_FILE).is_file():
        raise SystemExit(f"{ANPR_FILE} not found in {args.source}")
    rows = build_rows(args.source, codicefiscale_data_dir())
    write_resource(rows, args.out)
    print(f"{len(rows)} places written to {args.out} ({args.out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
