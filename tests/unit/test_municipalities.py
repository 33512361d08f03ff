"""Municipalities and foreign states: the shipped list, how it is built, searched and resolved."""

from __future__ import annotations

import csv
import gzip
import subprocess
import sys
import time
from pathlib import Path

import pytest

from socialneet_desktop.domain.municipalities import MunicipalityIndex

ROOT = Path(__file__).resolve().parents[2]
RESOURCE = ROOT / "resources" / "municipalities.csv.gz"
ANPR = ROOT.parent / "shared" / "testdata" / "comuni"


def _anpr_dir() -> Path:
    if not (ANPR / "ANPR_archivio_comuni.csv").is_file():
        pytest.skip(f"{ANPR} absent: ../shared/testdata exists only in the project's workspace")
    return ANPR


@pytest.fixture(scope="module")
def index() -> MunicipalityIndex:
    return MunicipalityIndex.load(RESOURCE)


def test_the_shipped_list_is_what_the_build_script_makes_from_the_sources(tmp_path):
    out = tmp_path / "municipalities.csv.gz"
    script = ROOT / "tools" / "build_municipalities.py"
    command = [sys.executable, str(script), "--source", str(_anpr_dir()), "--out", str(out)]
    subprocess.run(command, check=True, capture_output=True)
    assert gzip.decompress(out.read_bytes()) == gzip.decompress(RESOURCE.read_bytes()), (
        "resources/municipalities.csv.gz is stale: run python tools/build_municipalities.py"
    )


def test_the_terni_province_is_every_active_tr_municipality_of_the_source(index):
    with (_anpr_dir() / "ANPR_archivio_comuni.csv").open(encoding="utf-8-sig") as handle:
        source = {
            row["CODCATASTALE"]
            for row in csv.DictReader(handle)
            if row["SIGLAPROVINCIA"] == "TR" and row["STATO"] == "A"
        }
    province = index.terni_province()
    assert {place.code for place in province} == source
    assert [place.name for place in province] == sorted(place.name for place in province)


@pytest.mark.parametrize(
    ("text", "code", "shown"),
    [
        ("L117", "L117", "Terni (TR)"),
        ("055032", "L117", "Terni (TR)"),
        ("terni", "L117", "Terni (TR)"),
        ("F844", "F844", "Narni (TR)"),
        ("Orvieto", "G148", "Orvieto (TR)"),
        ("AMELIA", "A262", "Amelia (TR)"),
        ("Amelia (TR)", "A262", "Amelia (TR)"),
        ("FORLI'", "D704", "Forlì (FC)"),
        ("Forli", "D704", "Forlì (FC)"),
        ("Z330", "Z330", "Marocco"),
        ("Morocco", "Z330", "Marocco"),
    ],
)
def test_names_and_codes_resolve(index, text, code, shown):
    place = index.resolve(text)
    assert place is not None and place.code == code
    assert index.display(place.code) == shown


def test_ceased_municipalities_and_former_names_still_resolve(index):
    gallico = index.resolve("GALLICO")
    assert (gallico.code, gallico.province, gallico.active) == ("D877", "RC", False)
    assert index.resolve("ABANO").name == "Abano Terme"  # its name until 1924
    assert index.resolve("Girgenti").name == "Agrigento"
    assert index.resolve("Casagiove", province="NA").code == "B860"  # Naples until 1945


def test_namesakes_are_told_apart_by_accent_or_province(index):
    assert index.resolve("PATERNO'").province == "CT"
    assert index.resolve("Paternò").province == "CT"
    assert index.resolve("Paterno").province == "PZ"
    assert index.resolve("Paterno", province="CT").name == "Paternò"
    assert index.resolve("Paterno", province="RM") is None
    assert index.resolve("Nowhere") is None


@pytest.mark.parametrize(
    "name",
    [
        *("Città della Pieve", "Montecastrilli", "San Gemini", "Castel Viscardo", "Narni"),
        *("Calvi dell'Umbria", "Monteleone d'Orvieto", "Lugnano in Teverina", "L'Aquila"),
        *("Reggio nell'Emilia", "Torre de' Passeri", "Sant'Angelo a Cupolo", "Forni di Sopra"),
        *("Boffalora sopra Ticino", "Sotto il Monte Giovanni XXIII", "Saint-Rhémy-en-Bosses"),
        *("Gressoney-La-Trinité", "Trinità d'Agultu e Vignola", "Forlì"),
    ],
)
def test_names_are_written_as_in_italian(index, name):
    assert index.resolve(name.upper()).name == name


def test_search_puts_exact_then_terni_province_then_prefix_matches_first(index):
    assert [place.name for place in index.search("orv", limit=3)] == [
        "Orvieto",
        "Monteleone d'Orvieto",
        "Orvinio",
    ]
    san = index.search("san", limit=20)
    assert [place.name for place in san[:2]] == ["San Gemini", "San Venanzo"]
    assert [place.name for place in san[2:]] == sorted((p.name for p in san[2:]), key=str.lower)
    assert index.search("roma")[0].name == "Roma"
    assert index.search("CITTA DELLA PIEVE")[0].name == "Città della Pieve"


def test_search_leaves_out_ceased_places_and_countries_unless_asked(index):
    assert all(place.active and not place.is_country for place in index.search("ga", limit=500))
    assert "D877" in {place.code for place in index.search("gallico", include_ceased=True)}
    assert index.search("marocco") == []
    assert index.search("marocco", include_countries=True)[0].code == "Z330"
    assert len(index.search("a", limit=7)) == 7


def test_the_file_stays_small_and_loads_quickly():
    assert RESOURCE.stat().st_size < 300_000
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        MunicipalityIndex.load(RESOURCE)
        timings.append(time.perf_counter() - start)
    assert min(timings) < 0.5  # about 60 ms on a laptop; this catches a tenfold slowdown


def test_a_file_with_other_columns_is_refused(tmp_path):
    wrong = tmp_path / "wrong.csv.gz"
    wrong.write_bytes(gzip.compress(b"code,name\nL117,Terni\n"))
    with pytest.raises(ValueError):
        MunicipalityIndex.load(wrong)
