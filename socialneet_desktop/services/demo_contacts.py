"""The NEET contacts and their Meeting Point visits of the demo, as tuples of stored values.

A million contacts and 2.5 million visits are most of a large demo, so their rows are made
the cheap way: days as ordinals, dates and times as the text SQLite stores (what
SQLAlchemy's processors give: `demo.insert_rows` explains), names' codice fiscale parts
cached, `Random`'s own primitives called directly. The random draws are the same, in the
same order, as those of a row built field by field: the same seed and day give the same data.
"""

from __future__ import annotations

import random
from bisect import bisect
from datetime import date
from functools import cache, lru_cache
from itertools import accumulate

from codicefiscale import codicefiscale

from socialneet_desktop.services import demo_names as words

MEETING_POINT, ITINERANT = "2.2.1", "2.2.33"  # services.demo_activities' codes
DAYS = 730  # services.demo.DAYS: the visits fall in the two years before `today`
VISIT_COUNTS, VISIT_COUNT_WEIGHTS = (1, 2, 3, 4, 5), (25, 30, 20, 15, 10)
DURATIONS = (30, 45, 60, 75, 90)
AGE_GROUPS = ((0.05, 35, 39), (0.13, 14, 17), (1.0, 18, 34))  # cumulative share, ages
FOREIGN_PLACES = tuple(sorted(words.FOREIGN_PEOPLE))
CONTACT_COLUMNS = (
    "uuid", "created_at", "updated_at", "created_by", "updated_by", "version", "gender",
    "first_name", "last_name", "birthplace_code", "citizenship", "id", "birth_date",
    "tax_code", "residence_municipality_code", "address", "postal_code", "phone", "email",
    "education_level", "labour_status", "labour_status_months", "youth_guarantee",
    "heard_from", "sectors_of_interest", "privacy_notice_version", "privacy_signed_on",
    "consent_contact", "guardian_name", "guardian_consent", "anonymised_at", "notes",
)  # fmt: skip
VISIT_COLUMNS = (
    "uuid", "created_at", "updated_at", "created_by", "updated_by", "version", "id",
    "contact_id", "visit_date", "start_time", "end_time", "staff_id", "visit_type", "summary",
    "outcome", "next_appointment", "attendance_signed", "activity_id",
)  # fmt: skip
CLOCK = [f"{m // 60:02d}:{m % 60:02d}:00.000000" for m in range(24 * 60)]  # minute -> time
_UUID_BITS = ~(0xC000 << 48) & ~(0xF000 << 64)
_UUID_SET = (0x8000 << 48) | (4 << 76)


class Choices:
    """`rng.choices(population, weights)[0]`, with the cumulative weights worked out once."""

    def __init__(self, pairs) -> None:
        self.population = [code for code, _ in pairs]
        self.cumulative = list(accumulate(weight for _, weight in pairs))
        self.total, self.high = self.cumulative[-1] + 0.0, len(self.cumulative) - 1

    def draw(self, rng: random.Random):
        spot = bisect(self.cumulative, rng.random() * self.total, 0, self.high)
        return self.population[spot]


VISIT_COUNT = Choices(list(zip(VISIT_COUNTS, VISIT_COUNT_WEIGHTS, strict=True)))
LABOUR, EDUCATION = Choices(words.LABOUR_STATUSES), Choices(words.EDUCATION)
HEARD_FROM = Choices(words.HEARD_FROM)


def uuid4_text(bits: int) -> str:
    """str(uuid.UUID(int=bits, version=4)) without the UUID object."""
    h = f"{(bits & _UUID_BITS) | _UUID_SET:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


@cache
def day_text(ordinal: int) -> str:
    return date.fromordinal(ordinal).isoformat()


def weekday_on_or_after(ordinal: int) -> int:
    weekday = (ordinal - 1) % 7  # date.fromordinal(1) is a Monday
    return ordinal + 7 - weekday if weekday >= 5 else ordinal


class ContactMaker:
    """The rows of one run's contacts; `demo` is services.demo's _Demo (rng, ids, places)."""

    def __init__(self, demo) -> None:
        self.demo, self.rng, self.ids = demo, demo.rng, demo.ids_rng
        self.below, self.random = demo.rng._randbelow, demo.rng.random  # what choice() calls
        self.today = demo.today.toordinal()
        self.staff = demo.visit_staff_choices()
        ids = demo.activity_ids  # services.demo_activities: one visit in 5 the itinerant desk's
        self.activities = (ids.get(ITINERANT), ids.get(MEETING_POINT))

    def choice(self, items):
        return items[self.below(len(items))]

    def contact(self, contact_id: int, visit_id: int) -> tuple[tuple, list[tuple]]:
        """A contact's row and its visits' rows."""
        days = self._visit_days()
        visits = self._visits(contact_id, visit_id, days)
        row = self._contact(contact_id, days)
        created, updated = f"{day_text(days[0])} {CLOCK[visits[0][-1] - 15]}", visits[-1][1]
        common = (uuid4_text(self.ids.getrandbits(128)), created, updated, "demo", "demo", 1)
        return common + row, [visit[:-1] for visit in visits]

    def _visit_days(self) -> list[int]:
        """1–5 weekdays, a week or more apart, all in the two years before `today`."""
        count, below = VISIT_COUNT.draw(self.rng), self.below
        start = self.today - (DAYS - below(DAYS - 30 * (count - 1) - 3 + 1))
        days = [weekday_on_or_after(start)]
        for _ in range(count - 1):
            days.append(weekday_on_or_after(days[-1] + 7 + below(21)))
        return days

    def _visits(self, contact_id: int, first_id: int, days: list[int]) -> list[tuple]:
        """The visits' rows, each with its end (minute of the day) last."""
        below, random, choice = self.below, self.random, self.choice
        starts = [540 + 15 * below(35) for _ in days]
        texts = [day_text(day) for day in days]
        rows, last = [], len(days) - 1
        for n, start in enumerate(starts):
            kind = "first_reception" if n == 0 else choice(words.VISIT_TYPES)
            end = start + choice(DURATIONS)
            stamp = f"{texts[n]} {CLOCK[end]}"
            uuid = uuid4_text(self.ids.getrandbits(128))
            staff, outcome = choice(self.staff), choice(words.VISIT_OUTCOMES)
            after = f"{texts[n + 1]} {CLOCK[starts[n + 1]]}" if n < last else self._future()
            signed, summary = random() < 0.93, words.VISIT_SUMMARIES[kind]
            rows.append((uuid, stamp, stamp, "demo", "demo", 1, first_id + n, contact_id,
                         texts[n], CLOCK[start], CLOCK[end], staff, kind, summary, outcome,
                         after, signed, self.activity(first_id + n), end))  # fmt: skip
        return rows

    def activity(self, visit_id: int) -> int | None:
        itinerant, meeting_point = self.activities
        return itinerant if visit_id % 5 == 0 else meeting_point

    def _future(self) -> str | None:
        """A next appointment after `today` for about a third of the last visits."""
        if self.random() > 0.33:
            return None
        day = weekday_on_or_after(self.today + 1 + self.below(20))
        return f"{day_text(day)} {CLOCK[540 + 30 * self.below(17)]}"

    def _identity(self) -> tuple[str, str, str, str, str, str]:
        """Gender, sex, first and last name, birthplace, citizenship: consistent."""
        random, choice, roll = self.random, self.choice, self.random()
        gender = "female" if roll < 0.49 else "male" if roll < 0.98 else "non_binary"
        sex = "F" if gender == "female" else "M" if gender == "male" else choice("FM")
        if random() < 0.07:
            place = choice(FOREIGN_PLACES)
            citizenship, female, male, surnames = words.FOREIGN_PEOPLE[place]
            citizenship = "italian" if random() < 0.25 else citizenship
        else:
            female, male, surnames = words.FEMALE_NAMES, words.MALE_NAMES, words.SURNAMES
            citizenship = "italian"
            place = self._town(0.5).code if random() < 0.75 else choice(words.OTHER_BIRTHPLACES)
        first = choice(female if sex == "F" else male)
        return gender, sex, first, choice(surnames), place, citizenship

    def _town(self, terni_share: float):
        return self.demo.terni if self.random() < terni_share else self.choice(self.demo.towns)

    def _birth(self, first_visit: int) -> int:
        """Mostly 18–34 at the first visit; some minors (14–17) and some over 35."""
        roll = self.random()
        low, high = next((low, high) for share, low, high in AGE_GROUPS if roll < share)
        age = low + self.below(high - low + 1)
        return first_visit - (int(age * 365.2425) + self.below(365))

    def _contact(self, contact_id: int, days: list[int]) -> tuple:
        rng, below, random, choice = self.rng, self.below, self.random, self.choice
        gender, sex, first, last, place, citizenship = self._identity()
        birth = self._birth(days[0])
        minor = _day_key(days[0]) - _day_key(birth) < 180000  # under 18 at the first visit
        home = self.demo.terni if random() < 0.7 else choice(self.demo.province)
        status = LABOUR.draw(rng)
        sectors = rng.sample(words.SECTORS, 1 + below(3))
        number = 1 + below(99)
        email = f"{slug(first)}.{slug(last)}{choice(('', '', number))}"
        address = f"{choice(words.STREETS)} {1 + below(180)}"
        phone = f"3{20 + below(74)} {below(10**7):07d}" if random() < 0.95 else ""
        email = f"{email}@{choice(words.EMAIL_DOMAINS)}" if random() < 0.9 else ""
        education = EDUCATION.draw(rng)
        months = 1 + below(48) if status != "other" else None
        youth, heard = random() < 0.35, HEARD_FROM.draw(rng)
        notice = "1.1" if days[0] >= self.today - 365 else "1.0"
        consent = random() < 0.92
        guardian = f"{choice(words.FEMALE_NAMES)} {last}" if minor else ""
        notes = choice(words.CONTACT_NOTES) if random() < 0.15 else ""
        return (gender, first, last, place, citizenship, contact_id, day_text(birth),
                codice_fiscale(last, first, sex, birth, place), home.code, address,
                home.postal_code, phone, email, education, status, months, youth, heard,
                ",".join(s for s in words.SECTORS if s in sectors), notice, day_text(days[0]),
                consent, guardian, minor, None, notes)  # fmt: skip


@cache
def _day_key(ordinal: int) -> int:
    """yyyymmdd as a number: the difference of two, // 10000, is the completed years."""
    day = date.fromordinal(ordinal)
    return day.year * 10000 + day.month * 100 + day.day


@lru_cache(maxsize=4096)
def slug(text: str) -> str:
    from socialneet_desktop.services.demo import ascii_slug

    return ascii_slug(text)


# --- codice fiscale: its check letter is a sum over the characters, so it goes by parts ---

_DIGITS_ODD = (1, 0, 5, 7, 9, 13, 15, 17, 19, 21)  # 0-9, and A-J the same
_LETTERS_ODD = _DIGITS_ODD + (2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23)
_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", _DIGITS_ODD + _LETTERS_ODD, strict=True))
_EVEN = {char: (int(char) if char.isdigit() else ord(char) - 65) for char in _ODD}
_MONTHS = "ABCDEHLMPRST"


def _cin_sum(text: str, first_position: int) -> int:
    """The check sum's part of `text` starting at (0-based) `first_position`."""
    return sum(
        (_ODD if (first_position + n) % 2 == 0 else _EVEN)[char] for n, char in enumerate(text)
    )


@lru_cache(maxsize=8192)
def _names_part(last: str, first: str) -> tuple[str, int]:
    text = codicefiscale.encode_lastname(last) + codicefiscale.encode_firstname(first)
    return text, _cin_sum(text, 0)


@cache
def _birth_part(ordinal: int, sex: str) -> tuple[str, int]:
    birth = date.fromordinal(ordinal)
    day = birth.day + (40 if sex == "F" else 0)
    text = f"{birth.year % 100:02d}{_MONTHS[birth.month - 1]}{day:02d}"
    return text, _cin_sum(text, 6)


@cache
def _place_part(place: str) -> int:
    return _cin_sum(place, 11)


def codice_fiscale(last: str, first: str, sex: str, birth: int, place: str) -> str:
    """The codice fiscale of a person born on the day of ordinal `birth`."""
    (names, a), (born, b) = _names_part(last, first), _birth_part(birth, sex)
    return f"{names}{born}{place}{chr(65 + (a + b + _place_part(place)) % 26)}"
