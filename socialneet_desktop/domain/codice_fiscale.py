"""The personal codice fiscale, on top of python-codicefiscale (MIT).

The library decodes omocodia codes (letters in place of digits) and knows the municipalities
and foreign states, including ceased ones, with their validity dates. One rule is ours: the
code stores only two digits of the year, and a birth date may not fall after `today`, so a
code that the library dates later than `today` is put a century earlier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cache
from typing import Any

from socialneet_desktop.domain.italian_dates import format_italian_date
from socialneet_desktop.domain.problem import Problem
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

_SYNTAX = re.compile(
    r"^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$"
)
_DIGITS_OF_LETTERS = str.maketrans("LMNPQRSTUV", "0123456789")
_DIGIT_PARTS = ((6, 8), (9, 11), (12, 15))  # year, day, place number: where omocodia goes
_MONTHS = "ABCDEHLMPRST"
_SEX = {"male": "M", "female": "F", "M": "M", "F": "F"}
_GENDER = {"M": "male", "F": "female"}


@dataclass(frozen=True)
class DecodedCF:
    code: str
    gender: str  # a GENDER vocabulary code: "male" or "female"
    birth_date: date
    birthplace_code: str  # Belfiore code, digits restored: "L117", "Z330"
    birthplace_name: str
    birthplace_province: str  # "EE" for foreign states
    is_omocode: bool

    @property
    def born_abroad(self) -> bool:
        return self.birthplace_code.startswith("Z")


def normalize_codice_fiscale(code: str) -> str:
    return re.sub(r"[\s-]", "", code).upper()


def decode(code: str, *, today: date | None = None) -> DecodedCF:
    """Sex, birth date and birthplace written in `code`; ValueError if it is not valid."""
    normalized = normalize_codice_fiscale(code)
    sex, birth_date, birthplace = _quick_decode(normalized) or _library_decode(normalized)
    if birth_date > (today or date.today()):
        birth_date = _century_earlier(birth_date)
        birthplace = _birthplace_on(birthplace["code"], birth_date) or birthplace
    return DecodedCF(
        code=normalized,
        gender=_GENDER[sex],
        birth_date=birth_date,
        birthplace_code=birthplace["code"],
        birthplace_name=birthplace["name"],
        birthplace_province=birthplace["province"],
        is_omocode=normalized != _without_omocodia(normalized),
    )


Decoded = tuple[str, date, dict[str, Any]]  # sex "M"/"F", birth date, birthplace record


def _quick_decode(code: str) -> Decoded | None:
    """What `library.decode` finds, read straight from the code; None for the rare codes
    only the library can settle (a date that does not exist in the guessed century, a
    birthplace not valid on the birth date).

    The library spends about 4 ms on a code (it lists all 128 omocodia variants and parses
    dates with dateutil): 400 seconds for an import of 100,000 contacts. The same century
    rule as the library: this century unless that is after the current year.
    """
    from codicefiscale import codicefiscale as library  # 30 ms: not at start-up

    if not _SYNTAX.match(code) or library.encode_cin(code) != code[15]:
        return None
    year = int(code[6:8].translate(_DIGITS_OF_LETTERS))
    day = int(code[9:11].translate(_DIGITS_OF_LETTERS))
    this_year = date.today().year
    year += this_year - this_year % 100
    if year > this_year:
        year -= 100
    try:
        birth_date = date(year, _MONTHS.index(code[8]) + 1, day % 40 if day > 40 else day)
    except ValueError:
        return None
    birthplace = _birthplace_on(_birthplace_part(code), birth_date)
    if birthplace is None:
        return None
    return ("F" if day > 40 else "M"), birth_date, birthplace


def _library_decode(code: str) -> Decoded:
    from codicefiscale import codicefiscale as library  # 30 ms: not at start-up

    data = library.decode(code)
    return data["gender"], data["birthdate"].date(), data["birthplace"]


def _without_omocodia(code: str) -> str:
    """The code with digits where omocodia put letters, and its check character."""
    from codicefiscale import codicefiscale as library  # 30 ms: not at start-up

    year, day, place = (code[i:j].translate(_DIGITS_OF_LETTERS) for i, j in _DIGIT_PARTS)
    plain = f"{code[:6]}{year}{code[8]}{day}{code[11]}{place}"
    return plain + library.encode_cin(plain)


def _century_earlier(value: date) -> date:
    try:
        return value.replace(year=value.year - 100)
    except ValueError:  # 29 February of a century year that is not a leap year
        return value


@cache
def _places_by_code() -> dict[str, list[dict[str, Any]]]:
    from codicefiscale.data import get_countries_data, get_municipalities_data

    places: dict[str, list[dict[str, Any]]] = {}
    for place in get_municipalities_data() + get_countries_data():
        places.setdefault(place["code"], []).append(place)
    return places


def _birthplace_on(code: str, when: date) -> dict[str, Any] | None:
    """The library's record for `code` valid on `when` (names change: Girgenti -> Agrigento)."""
    for place in _places_by_code().get(code, []):
        created = place["date_created"][:10] or "0001-01-01"
        deleted = place["date_deleted"][:10] or "9999-12-31"
        if created <= when.isoformat() <= deleted:
            return place
    return None


def encode(
    last_name: str, first_name: str, gender: str, birth_date: date, birthplace_code: str
) -> str:
    """The codice fiscale of a person (without omocodia); ValueError for an unknown place."""
    from codicefiscale import codicefiscale as library  # 30 ms: not at start-up

    if gender not in _SEX:
        raise ValueError(f"a codice fiscale records sex M or F, not {gender!r}")
    birth = datetime.combine(birth_date, time())
    return library.encode(last_name, first_name, _SEX[gender], birth, birthplace_code)


def check_codice_fiscale(code: str, *, field: str = "codice_fiscale") -> Problem | None:
    normalized = normalize_codice_fiscale(code)
    if not normalized:
        return None
    if problem := _check_form(normalized):
        return Problem(field, problem[0], problem[1:])
    if not _decodable(normalized):
        # Well formed, right check character: the library knows no birthplace with that code.
        message = QT_TRANSLATE_NOOP(
            "Validation", "The birthplace code %1 in the codice fiscale does not exist."
        )
        return Problem(field, message, (_birthplace_part(normalized),))
    return None


def _decodable(code: str) -> bool:
    if _quick_decode(code) is not None:
        return True
    try:
        _library_decode(code)
    except ValueError:
        return False
    return True


def _check_form(code: str) -> tuple[str, ...] | None:
    """(message, *args) for a code that is not well formed, or None."""
    from codicefiscale import codicefiscale as library  # 30 ms: not at start-up

    if code.isdigit() and len(code) == 11:
        return (
            QT_TRANSLATE_NOOP(
                "Validation",
                "This is the tax code of an organisation: a person's has 16 characters.",
            ),
        )
    if len(code) != 16:
        message = QT_TRANSLATE_NOOP("Validation", "A codice fiscale has 16 characters, not %1.")
        return (message, str(len(code)))
    if not _SYNTAX.match(code):
        message = QT_TRANSLATE_NOOP(
            "Validation", "This is not a codice fiscale: letters and digits are out of place."
        )
        return (message,)
    if not _day_exists(code):
        message = QT_TRANSLATE_NOOP(
            "Validation", "The birth date in the codice fiscale does not exist."
        )
        return (message,)
    if library.encode_cin(code) != code[15]:
        message = QT_TRANSLATE_NOOP(
            "Validation", "The last character does not match the others: probably a typing error."
        )
        return (message,)
    return None


def _day_exists(code: str) -> bool:
    year = int(code[6:8].translate(_DIGITS_OF_LETTERS))
    month = _MONTHS.index(code[8]) + 1
    day = int(code[9:11].translate(_DIGITS_OF_LETTERS)) % 40
    for century in (1900, 2000):  # 29 February exists in 2000 but not in 1900
        try:
            date(century + year, month, day)
            return True
        except ValueError:
            continue
    return False


def _birthplace_part(code: str) -> str:
    return code[11] + code[12:15].translate(_DIGITS_OF_LETTERS)


def check_consistency(
    code: str, birth_date: date | None, gender: str | None, birthplace_code: str | None
) -> list[Problem]:
    """Which of birth date, sex and birthplace disagree with a valid `code` (warnings).

    Missing values are not compared: the UI can offer to fill them from `decode(code)`.
    An invalid code gives no result here; `check_codice_fiscale` reports it.
    """
    try:
        decoded = decode(code)
    except ValueError:
        return []
    problems = [
        _birth_date_problem(decoded, birth_date),
        _gender_problem(decoded, gender),
        _birthplace_problem(decoded, birthplace_code),
    ]
    return [problem for problem in problems if problem is not None]


def _birth_date_problem(decoded: DecodedCF, birth_date: date | None) -> Problem | None:
    coded = decoded.birth_date
    # Two-digit years: 1923 and 2023 give the same code, so only the last two digits count.
    if birth_date is None or (
        (birth_date.year % 100, birth_date.month, birth_date.day)
        == (coded.year % 100, coded.month, coded.day)
    ):
        return None
    message = QT_TRANSLATE_NOOP("Validation", "The codice fiscale gives the birth date %1.")
    return Problem("birth_date", message, (format_italian_date(coded),), "warning")


def _gender_problem(decoded: DecodedCF, gender: str | None) -> Problem | None:
    if gender not in _SEX or _SEX[gender] == _SEX[decoded.gender]:
        return None
    if decoded.gender == "female":
        message = QT_TRANSLATE_NOOP("Validation", "The codice fiscale is that of a woman.")
    else:
        message = QT_TRANSLATE_NOOP("Validation", "The codice fiscale is that of a man.")
    return Problem("gender", message, (), "warning")


def _birthplace_problem(decoded: DecodedCF, birthplace_code: str | None) -> Problem | None:
    if not birthplace_code or birthplace_code.strip().upper() == decoded.birthplace_code:
        return None
    message = QT_TRANSLATE_NOOP("Validation", "The codice fiscale gives the birthplace %1 (%2).")
    args = (decoded.birthplace_name, decoded.birthplace_code)
    return Problem("birthplace", message, args, "warning")
