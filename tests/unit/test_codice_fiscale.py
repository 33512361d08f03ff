"""Codice fiscale: the shared test vectors, judged as their sources say, and our own rules.

The vectors may belong to real people: test ids are row numbers, and no assertion message
contains a code.
"""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from codicefiscale.codicefiscale import encode_cin

from socialneet_desktop.domain import codice_fiscale as cf
from socialneet_desktop.domain.municipalities import MunicipalityIndex
from socialneet_desktop.domain.validation import check_organization_tax_code

ROOT = Path(__file__).resolve().parents[2]
VECTORS = ROOT.parent / "shared" / "testdata" / "codicefiscale"
# python-stdnum dates two-digit years within 1920-2019, python-codicefiscale up to the current
# year; the vectors come from both suites, so they are decoded as seen on the last day of 2019.
VECTORS_TODAY = date(2019, 12, 31)


def _vector_file(name: str) -> Path:
    path = VECTORS / name
    if not path.is_file():
        pytest.skip(f"{path} absent: ../shared/testdata exists only in the project's workspace")
    return path


def _flat_rows() -> list[dict[str, str]]:
    path = VECTORS / "cf_test_vectors_flat.csv"
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


FLAT_ROWS = _flat_rows()


def _judge(code: str):
    """What the app says of a tax code: organisations' numeric codes go to their own check."""
    if cf.normalize_codice_fiscale(code).isdigit():
        return check_organization_tax_code(code)
    return cf.check_codice_fiscale(code)


def test_the_vector_file_is_complete():
    text = _vector_file("cf_test_vectors_flat.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert len(rows) == 199
    assert sum(row["expected_valid"] == "True" for row in rows) == 182


@pytest.mark.parametrize("row", range(len(FLAT_ROWS)) or [pytest.param(0, marks=pytest.mark.skip)])
def test_each_vector_is_judged_and_decoded_as_its_source_says(row):
    vector = FLAT_ROWS[row]
    problem = _judge(vector["code"])
    assert (problem is None) == (vector["expected_valid"] == "True"), vector["category"]
    if problem is not None or vector["category"] == "company_11_digit":
        return
    decoded = cf.decode(vector["code"], today=VECTORS_TODAY)
    if vector["gender"]:
        assert decoded.gender == {"M": "male", "F": "female"}[vector["gender"]]
    if vector["birthdate"]:
        assert decoded.birth_date == date.fromisoformat(vector["birthdate"])
    if vector["birthplace"]:
        assert decoded.birthplace_name.casefold() == vector["birthplace"].casefold()
    if vector["province"]:
        assert decoded.birthplace_province == vector["province"]


def test_omocodia_is_recognised_and_decodes_to_the_same_person():
    data = json.loads(_vector_file("cf_test_vectors.json").read_text(encoding="utf-8"))
    for case in data["is_omocode"]:
        assert cf.decode(case["code"]).is_omocode == case["expected"]
    omocodes = data["omocodes_of_CCCFBA85D03L219P_all128_in_order"]
    people = {(d.gender, d.birth_date, d.birthplace_code) for d in map(cf.decode, omocodes)}
    assert len(people) == 1
    assert sum(cf.decode(code).is_omocode for code in omocodes) == 127


def test_birthplace_codes_come_back_without_omocodia_letters():
    data = json.loads(_vector_file("cf_test_vectors.json").read_text(encoding="utf-8"))
    omocodes = data["omocodes_of_CCCFBA85D03L219P_all128_in_order"]
    assert {cf.decode(code).birthplace_code for code in omocodes} == {"L219"}
    agrigento = next(case for case in data["valid_decoded"] if case.get("birthplace_code"))
    assert cf.decode(agrigento["code"]).birthplace_code == agrigento["birthplace_code"]


def test_encoding_matches_the_library_suite(municipalities):
    data = json.loads(_vector_file("cf_test_vectors.json").read_text(encoding="utf-8"))
    for case in data["encode_cases"]:
        place = municipalities.resolve(case["birthplace"])
        born = date.fromisoformat(case.get("birthdate_iso") or _iso(case["birthdate"]))
        code = cf.encode(
            case["lastname"], case["firstname"], case["gender"].upper(), born, place.code
        )
        if "expected" in case:
            assert code == case["expected"], case["src"]
        else:
            assert code[11:15] == case["expected_birthplace_code"]


def _iso(italian: str) -> str:
    day, month, year = italian.split("/")
    return f"{year}-{month}-{day}"


@pytest.fixture(scope="module")
def municipalities() -> MunicipalityIndex:
    return MunicipalityIndex.load(ROOT / "resources" / "municipalities.csv.gz")


# Fictional people: codes computed here, not taken from the vectors.
MARIA = cf.encode("Bianchi", "Maria", "female", date(2005, 6, 15), "L117")


def test_codes_are_normalized_before_checking():
    spaced = " ".join([MARIA[:6], MARIA[6:11], MARIA[11:]]).lower()
    assert cf.check_codice_fiscale(spaced) is None
    assert cf.decode(spaced).code == MARIA
    assert cf.check_codice_fiscale("") is None


def test_an_omocode_variant_is_valid_and_decodes_to_the_same_data():
    variant = MARIA[:14] + "T"  # 7 -> T, then a new check character
    variant += encode_cin(variant)
    decoded = cf.decode(variant)
    assert cf.check_codice_fiscale(variant) is None
    assert decoded.is_omocode and decoded.birthplace_code == "L117"
    assert decoded.birth_date == date(2005, 6, 15) and decoded.gender == "female"


def test_problems_say_what_is_wrong():
    wrong_check = MARIA[:15] + ("A" if MARIA[15] != "A" else "B")
    assert "typing error" in cf.check_codice_fiscale(wrong_check).message
    assert cf.check_codice_fiscale(MARIA[:15]).args == ("15",)
    assert "organisation" in cf.check_codice_fiscale("00577500101").message
    no_day = MARIA[:9] + "32" + MARIA[11:15]
    assert "birth date" in cf.check_codice_fiscale(no_day + encode_cin(no_day)).message


def test_two_digit_years_never_give_a_birth_date_after_today():
    code = cf.encode("Rossi", "Mario", "male", date(1926, 1, 1), "A089")
    as_of_2020 = cf.decode(code, today=date(2020, 1, 1))
    assert as_of_2020.birth_date == date(1926, 1, 1)
    assert as_of_2020.birthplace_name == "Girgenti"  # Agrigento's name until 1927
    assert cf.decode(code, today=date(2026, 6, 1)).birth_date == date(2026, 1, 1)


def test_consistency_with_the_form_fields():
    assert cf.check_consistency(MARIA, date(2005, 6, 15), "female", "L117") == []
    problems = cf.check_consistency(MARIA, date(2005, 6, 16), "male", "F844")
    assert [(p.field, p.severity) for p in problems] == [
        ("birth_date", "warning"),
        ("gender", "warning"),
        ("birthplace", "warning"),
    ]
    assert problems[0].render() == "The codice fiscale gives the birth date 15/06/2005."
    assert problems[2].render() == "The codice fiscale gives the birthplace Terni (L117)."


def test_consistency_ignores_missing_fields_the_century_and_the_third_gender():
    assert cf.check_consistency(MARIA, None, None, None) == []
    assert cf.check_consistency(MARIA, date(1905, 6, 15), "other", "l117") == []
    assert cf.check_consistency(MARIA[:15] + "Z", date(2000, 1, 1), "male", "F844") == []


def test_encode_refuses_a_sex_the_code_cannot_record():
    with pytest.raises(ValueError):
        cf.encode("Bianchi", "Maria", "other", date(2005, 6, 15), "L117")


def _generated_codes(count: int) -> list[str]:
    """Codes of people born 1901-2025 in Italian places (ceased ones too) and abroad, a third
    of them with omocodia letters; made by the library's own encoder."""
    import random
    from datetime import timedelta

    from codicefiscale import codicefiscale as library

    rng = random.Random(11)
    places = sorted(cf._places_by_code())
    codes = []
    while len(codes) < count:
        born = date(1901, 1, 1) + timedelta(days=rng.randrange(45_000))
        sex, place = rng.choice("MF"), rng.choice(places)
        try:
            code = library.encode("Rossi", "Anna", sex, born.isoformat(), place)
        except ValueError:  # the place did not exist on that day
            continue
        if rng.random() < 0.33:
            code = library._get_omocodes(code)[rng.randrange(1, 128)]
        codes.append(code)
    return codes


def test_the_quick_decode_agrees_with_the_library(monkeypatch):
    """decode() reads plain codes itself (the library takes ~4 ms a code); on 600 codes,
    and on every valid vector, it must give what the library alone gives."""
    codes = _generated_codes(600) + [row["code"] for row in _flat_rows() if _decodes(row["code"])]
    quick = [cf.decode(code, today=VECTORS_TODAY) for code in codes]
    assert sum(cf._quick_decode(code) is not None for code in codes) > len(codes) // 2
    monkeypatch.setattr(cf, "_quick_decode", lambda code: None)
    for number, code in enumerate(codes):
        assert quick[number] == cf.decode(code, today=VECTORS_TODAY), f"code number {number}"


def _decodes(code: str) -> bool:
    try:
        cf._library_decode(cf.normalize_codice_fiscale(code))
    except ValueError:
        return False
    return True
