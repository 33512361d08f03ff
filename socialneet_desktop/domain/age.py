"""Age on a date, the NEET age range and the age bands funders ask for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

NEET_MIN_AGE = 15
NEET_MAX_AGE = 34
ADULT_AGE = 18


@dataclass(frozen=True)
class AgeBand:
    code: str
    label: str
    min_age: int
    max_age: int | None  # None: no upper bound


# Labels are digits and signs only, the same in Italian and English: nothing to translate.
AGE_BANDS: tuple[AgeBand, ...] = (
    AgeBand("<15", "<15", 0, 14),
    AgeBand("15-19", "15–19", 15, 19),
    AgeBand("20-24", "20–24", 20, 24),
    AgeBand("25-29", "25–29", 25, 29),
    AgeBand("30+", "30+", 30, None),
)


def age_on(birth_date: date, on_date: date) -> int:
    """Completed years on `on_date`; someone born on 29 February turns a year older on 1 March."""
    if on_date < birth_date:
        raise ValueError(f"{on_date.isoformat()} is before the birth date {birth_date.isoformat()}")
    had_birthday = (on_date.month, on_date.day) >= (birth_date.month, birth_date.day)
    return on_date.year - birth_date.year - (0 if had_birthday else 1)


def band_for_age(age: int) -> AgeBand:
    for band in AGE_BANDS:
        if age >= band.min_age and (band.max_age is None or age <= band.max_age):
            return band
    raise ValueError(f"negative age: {age}")


def age_band(birth_date: date, on_date: date) -> str:
    """The code of the band ("15-19", "30+", …) the person falls in on `on_date`."""
    return band_for_age(age_on(birth_date, on_date)).code


def age_band_label(code: str) -> str:
    """The display label ("15–19") of a band code, or the code itself if unknown."""
    return next((band.label for band in AGE_BANDS if band.code == code), code)


def band_text(birth_date: date | None, on_date: date) -> str | None:
    """The label of the band on `on_date`; None without a birth date or before it."""
    if birth_date is None or birth_date > on_date:
        return None
    return age_band_label(age_band(birth_date, on_date))


def is_minor(birth_date: date, on_date: date) -> bool:
    return age_on(birth_date, on_date) < ADULT_AGE


def is_neet_age(birth_date: date, on_date: date) -> bool:
    return NEET_MIN_AGE <= age_on(birth_date, on_date) <= NEET_MAX_AGE
