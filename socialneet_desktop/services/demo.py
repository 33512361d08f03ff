"""Realistic Italian demo data for every record kind: screenshots, manual tests, benchmarks.

`fill_demo` adds to what is already in the database. The same seed and `today` give the same
data; contacts and visits go in with Core bulk inserts, so 100,000 contacts take seconds.
"""

from __future__ import annotations

import random
import unicodedata
import uuid
from collections.abc import Callable, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, fields
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from operator import itemgetter

from codicefiscale import codicefiscale
from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from socialneet_desktop.db import models, search_ddl
from socialneet_desktop.db.database import Database
from socialneet_desktop.domain.age import age_on
from socialneet_desktop.domain.validation import partita_iva_check_digit
from socialneet_desktop.services import demo_names as words
from socialneet_desktop.services import demo_path

DEMO_USER = "demo"
CHUNK = 5_000  # rows per executemany
BATCH = 10_000  # contacts (with their visits) per transaction
CACHE_KIB = 256 * 1024  # SQLite's page cache while a batch goes in
DAYS = 730  # visits and meetings fall in the two years before `today`
_CF_MONTHS = "ABCDEHLMPRST"


@dataclass(frozen=True)
class Town:
    code: str
    name: str
    postal_code: str


@dataclass(frozen=True)
class DemoSummary:
    """How many rows fill_demo inserted, per table."""

    staff: int = 0
    organizations: int = 0
    contact_people: int = 0
    stakeholder_meetings: int = 0
    meeting_organizations: int = 0
    meeting_people: int = 0
    unused_resources: int = 0
    neet_contacts: int = 0
    meeting_point_visits: int = 0
    app_settings: int = 0
    # the young person's path and the project's activities (services.demo_path)
    project_activities: int = 0
    activity_targets: int = 0
    training_courses: int = 0
    course_sessions: int = 0
    enrolments: int = 0
    attendance: int = 0
    placements: int = 0
    placement_hours: int = 0
    mentors: int = 0
    mentor_assignments: int = 0
    mentoring_meetings: int = 0
    project_ideas: int = 0
    project_idea_members: int = 0
    outcomes: int = 0
    # needs and their matching (services.demo_needs, issue 23)
    needs: int = 0
    match_proposals: int = 0
    delegate_marks: int = 0
    # the cooperation between organisations (issue 22, services.demo_network)
    agreements: int = 0
    agreement_parties: int = 0
    coop_answers: int = 0
    coop_ties: int = 0

    def as_dict(self) -> dict[str, int]:
        return {field.name: getattr(self, field.name) for field in fields(self)}


def terni_province_towns() -> list[Town]:
    """The active municipalities of the Terni province, from the bundled official list."""
    from socialneet_desktop.domain.municipalities import bundled_index

    index = bundled_index()
    postal = words.TERNI_POSTAL_CODES
    towns = [Town(m.code, m.name, postal.get(m.name, "")) for m in index.terni_province()]
    return sorted(towns, key=lambda town: town.code)


def fill_demo(
    database: Database,
    *,
    contacts: int = 500,
    seed: int = 1,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Add staff, stakeholders, meetings, resources, `contacts` NEET contacts and their visits,
    then the young people's path (services.demo_path)."""
    today = today or date.today()
    report = progress or (lambda done, total: None)
    with database.session() as session:
        demo = _Demo(random.Random(seed), today, terni_province_towns(), _salt(session))
    with _indexed_after(database):
        with database.session() as session:
            counts = _add_reference_data(demo, session, contacts)
        report(0, contacts)
        for start in range(0, contacts, BATCH):
            size = min(BATCH, contacts - start)
            with database.session() as session, _big_cache(session):
                added = _add_contacts(demo, session, size)
            counts = {key: counts.get(key, 0) + added.get(key, 0) for key in counts | added}
            report(start + size, contacts)
    with database.session() as session:
        added = demo_path.add_path(demo, session)
    counts = {key: counts.get(key, 0) + added.get(key, 0) for key in counts | added}
    if database.engine.dialect.name == "postgresql":  # the rows came with their ids
        from socialneet_desktop.db.server_copy import advance_sequences

        with database.engine.begin() as connection:
            advance_sequences(connection)
    return DemoSummary(**counts)


def _indexed_after(database: Database):
    """On a file, the search index is rebuilt once after the load (four times faster than
    its triggers indexing row by row); the office server indexes as it goes."""
    if database.engine.dialect.name != "sqlite":
        return nullcontext()
    return search_ddl.rebuilt_after(database.engine)


@contextmanager
def _big_cache(session: Session):
    """A page cache of CACHE_KIB for one batch: the indexes of a million contacts (uuid,
    tax code, names) take random inserts, which SQLite's default 2 MiB cache turns into
    reads and writes of the same pages again and again. Put back as it was after."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":  # the server keeps its own cache
        yield
        return
    previous = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(previous)}")


def _salt(session: Session) -> int:
    """Rows already present: keeps uuids unique when demo data is added twice."""
    tables = [cls.__table__ for cls in models.RECORD_CLASSES]
    return sum(session.scalar(select(func.count()).select_from(table)) for table in tables)


def next_id(session: Session, table: Table) -> int:
    return (session.scalar(select(func.max(table.c.id))) or 0) + 1


def insert_rows(session: Session, table: Table, rows: Sequence[dict]) -> int:
    """Rows (dicts with the same keys) in executemany batches of CHUNK.

    Straight to the driver, with each column's own SQLAlchemy bind processor applied once per
    value: the same values stored as through insert(table), without SQLAlchemy's per-row
    parameter handling (most of the time of a million contacts). Columns the rows leave out
    get their scalar defaults; a callable default sends the rows through insert(table)."""
    if not rows:
        return 0
    names, defaults = list(rows[0]), _scalar_defaults(table, rows[0])
    if defaults is None:
        for start in range(0, len(rows), CHUNK):
            session.execute(insert(table), rows[start : start + CHUNK])
        return len(rows)
    dialect = session.get_bind().dialect
    processors = [_processor(table.c[name], dialect) for name in names]
    extra = tuple(_processed(table.c[name], dialect, value) for name, value in defaults.items())
    columns = ", ".join(f'"{name}"' for name in [*names, *defaults])
    mark = "?" if dialect.paramstyle == "qmark" else "%s"  # sqlite3, psycopg
    marks = ", ".join([mark] * (len(names) + len(defaults)))
    statement = f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})'
    cursor = session.connection().connection.driver_connection.cursor()
    try:
        for start in range(0, len(rows), CHUNK):
            cursor.executemany(
                statement, _values(rows[start : start + CHUNK], names, processors, extra)
            )
    finally:
        cursor.close()
    return len(rows)


def _scalar_defaults(table: Table, row: dict) -> dict | None:
    """The defaults of the columns `row` leaves out; None if one of them must be computed."""
    defaults = {}
    for column in table.columns:
        if column.name in row or column.default is None:
            continue
        if not column.default.is_scalar:
            return None
        defaults[column.name] = column.default.arg
    return defaults


def _processor(column, dialect) -> Callable | None:
    """The column's bind processor (None: the value goes as it is). SQLite's standard date,
    time and date-time formats are the values' isoformat (C code, five times faster than
    SQLAlchemy's format % dict; the same text, checked in tests/unit/test_demo.py)."""
    impl = column.type.dialect_impl(dialect)
    process = impl.bind_processor(dialect)
    if process is None:
        return None
    fast = _ISO_FORMATS.get((type(impl).__name__, getattr(impl, "_storage_format", None)))
    return fast(process) if fast else process


def _processed(column, dialect, value):
    process = _processor(column, dialect)
    return value if process is None else process(value)


def _iso_datetime(process: Callable) -> Callable:
    def iso(value):
        if type(value) is datetime and value.tzinfo is None:
            return value.isoformat(" ", "microseconds")
        return process(value)

    return iso


def _iso_date(process: Callable) -> Callable:
    def iso(value):
        return value.isoformat() if type(value) is date else process(value)

    return iso


def _iso_time(process: Callable) -> Callable:
    def iso(value):
        if type(value) is time and value.tzinfo is None:
            return value.isoformat("microseconds")
        return process(value)

    return iso


_ISO_FORMATS = {  # (SQLite type, its storage format): the isoformat giving that text
    ("DATETIME", "%(year)04d-%(month)02d-%(day)02d %(hour)02d:%(minute)02d:%(second)02d"
     ".%(microsecond)06d"): _iso_datetime,
    ("DATE", "%(year)04d-%(month)02d-%(day)02d"): _iso_date,
    ("_SQLite_pysqliteDate", "%(year)04d-%(month)02d-%(day)02d"): _iso_date,
    ("TIME", "%(hour)02d:%(minute)02d:%(second)02d.%(microsecond)06d"): _iso_time,
}  # fmt: skip


def _values(rows: Sequence[dict], names: list[str], processors: list, extra: tuple):
    """Each row's values in the order of `names`, through the processors that are not None,
    with `extra` after them."""
    take = itemgetter(*names) if len(names) > 1 else (lambda row: (row[names[0]],))
    processed = [(n, process) for n, process in enumerate(processors) if process is not None]
    tail = list(extra)
    for row in rows:
        values = list(take(row))
        for n, process in processed:
            values[n] = process(values[n])
        yield values + tail if tail else values


def ascii_slug(text: str, separator: str = "") -> str:
    """ "Niccolò D'Angelo" -> "niccolodangelo": for e-mail addresses and web sites."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return separator.join("".join(c for c in part if c.isalnum()) for part in plain.split())


@lru_cache(maxsize=4096)
def _slug(text: str) -> str:
    return ascii_slug(text)


@lru_cache(maxsize=4096)
def _cf_names(last_name: str, first_name: str) -> str:
    return codicefiscale.encode_lastname(last_name) + codicefiscale.encode_firstname(first_name)


def codice_fiscale(last: str, first: str, sex: str, birth: date, place: str) -> str:
    """The codice fiscale, computed directly (python-codicefiscale's encode is too slow)."""
    day = birth.day + (40 if sex == "F" else 0)
    code = f"{_cf_names(last, first)}{birth.year % 100:02d}{_CF_MONTHS[birth.month - 1]}"
    code += f"{day:02d}{place}"
    return code + codicefiscale.encode_cin(code)


def organization_tax_code(rng: random.Random, public: bool) -> str:
    """An 11-digit code: bodies start with 8 or 9, firms are registered in Terni (055)."""
    head = rng.choice("89") if public else str(rng.randint(0, 7))
    first_ten = f"{head}{rng.randrange(10**6):06d}055"
    return first_ten + str(partita_iva_check_digit(first_ten))


def weekday_on_or_after(day: date) -> date:
    return day + timedelta(days=max(0, 7 - day.weekday())) if day.weekday() >= 5 else day


def _weighted(pairs: Sequence[tuple[str, int]]) -> tuple[list[str], list[int]]:
    return [code for code, _ in pairs], [weight for _, weight in pairs]


class _Demo:
    """One generation run: the random source, the day, the towns and the ids handed out."""

    def __init__(self, rng: random.Random, today: date, towns: list[Town], salt: int) -> None:
        self.rng = rng
        self.ids_rng = random.Random(f"{rng.random()}:{salt}")
        self.today = today
        self.towns = towns or [Town(words.TERNI, "Terni", "05100")]
        self.terni = next((t for t in self.towns if t.code == words.TERNI), self.towns[0])
        self.province = [t for t in self.towns if t is not self.terni] or [self.terni]
        self.staff: list[tuple[int, str]] = []
        self.visit_staff_ids: list[int | None] | None = None
        self.organizations: list[tuple[int, str, str]] = []  # id, name, municipality
        self.people_by_org: dict[int, list[int]] = {}

    def common(self, created: datetime, updated: datetime | None = None) -> dict:
        """The columns every record shares."""
        return {
            "uuid": str(uuid.UUID(int=self.ids_rng.getrandbits(128), version=4)),
            "created_at": created,
            "updated_at": updated or created,
            "created_by": DEMO_USER,
            "updated_by": DEMO_USER,
            "version": 1,
        }

    def day_in_range(self, days: int = DAYS) -> date:
        return self.today - timedelta(days=self.rng.randint(1, days))

    def stamp(self, day: date) -> datetime:
        return datetime.combine(day, time(9)) + timedelta(minutes=self.rng.randrange(540))

    def town(self, terni_share: float = 0.4) -> Town:
        return self.terni if self.rng.random() < terni_share else self.rng.choice(self.towns)

    def street_address(self) -> str:
        return f"{self.rng.choice(words.STREETS)} {self.rng.randint(1, 180)}"

    def mobile(self) -> str:
        return f"3{self.rng.randint(20, 93)} {self.rng.randrange(10**7):07d}"

    def visit_staff(self) -> int | None:
        if self.visit_staff_ids is None:
            roles = words.VISIT_STAFF_ROLES
            self.visit_staff_ids = [sid for sid, role in self.staff if role in roles] or [None]
        return self.rng.choice(self.visit_staff_ids)


# --- settings, staff, stakeholders, meetings, resources -------------------------------------


def _add_reference_data(demo: _Demo, session: Session, contacts: int) -> dict[str, int]:
    """Settings, staff, organisations with their people, meetings and resources."""
    counts = {"app_settings": _add_settings(session), "staff": _add_staff(demo, session)}
    counts |= _add_organizations(demo, session, max(30, contacts // 20))
    counts |= _add_meetings(demo, session, 2 * counts["organizations"])
    counts["unused_resources"] = _add_resources(demo, session, max(20, contacts // 10))
    return counts


def _add_settings(session: Session) -> int:
    if session.get(models.AppSettings, 1) is not None:
        return 0
    session.execute(insert(models.AppSettings), [words.SETTINGS | {"id": 1}])
    return 1


def _add_staff(demo: _Demo, session: Session) -> int:
    table = models.Staff.__table__
    first_id = next_id(session, table)
    rows = []
    for offset, (first, last, role) in enumerate(words.STAFF):
        email = f"{ascii_slug(first)}.{ascii_slug(last)}@artigiani-terni.example.it"
        row = demo.common(demo.stamp(demo.today - timedelta(days=DAYS + 30)))
        rows.append(row | {"id": first_id + offset, "first_name": first, "last_name": last,
                           "role": role, "email": email, "phone": demo.mobile(), "active": True,
                           "notes": ""})  # fmt: skip
        demo.staff.append((first_id + offset, role))
    return insert_rows(session, table, rows)


def at_town(name: str) -> str:
    """ "a Terni", but "ad Acquasparta": Italian adds a d before a word beginning with a."""
    return f"ad {name}" if name[:1].lower() == "a" else f"a {name}"


def _organization_name(demo: _Demo, kind: str, town: Town) -> str:
    template = demo.rng.choice(words.ORG_KINDS[kind][1])
    word, surname = demo.rng.choice(words.ORG_WORDS), demo.rng.choice(words.SURNAMES)
    return template.format(town=town.name, word=word, surname=surname)


def _organization_row(demo: _Demo, row_id: int, names: set[str]) -> dict:
    kinds, weights = _weighted([(kind, spec[0]) for kind, spec in words.ORG_KINDS.items()])
    kind = demo.rng.choices(kinds, weights)[0]
    town = demo.town(0.45)
    if demo.rng.random() < 0.08:
        code = demo.rng.choice(sorted(words.OTHER_ITALIAN_TOWNS))
        town = Town(code, *words.OTHER_ITALIAN_TOWNS[code])
    name = _organization_name(demo, kind, town)
    for _ in range(20):  # another name before a second office of the same body
        if name not in names:
            break
        name = _organization_name(demo, kind, town)
    base, branch = name, 2
    while name in names:
        name, branch = f"{base} – sede {branch}", branch + 1
    names.add(name)
    firm = kind in ("enterprise", "social_cooperative")
    tax_code = organization_tax_code(demo.rng, public=not firm)
    slug = ascii_slug(name, "-")[:40].strip("-")
    return demo.common(demo.stamp(demo.day_in_range(DAYS + 60))) | {
        "id": row_id, "name": name, "kind": kind, "tax_code": tax_code,
        "vat_number": tax_code if firm else "", "municipality_code": town.code,
        "address": demo.street_address(), "postal_code": town.postal_code,
        "phone": f"0744 {demo.rng.randrange(10**6):06d}", "email": f"info@{slug}.example.it",
        "website": f"https://www.{slug}.example.it", "sector": words.ORG_KINDS[kind][2],
        "notes": "",
    }  # fmt: skip


def _person_row(demo: _Demo, row_id: int, organization: dict) -> dict:
    gender_names = demo.rng.choice((words.FEMALE_NAMES, words.MALE_NAMES))
    first, last = demo.rng.choice(gender_names), demo.rng.choice(words.SURNAMES)
    domain = organization["email"].split("@")[1]
    return demo.common(organization["created_at"]) | {
        "id": row_id, "organization_id": organization["id"], "first_name": first,
        "last_name": last, "role": demo.rng.choice(words.PERSON_ROLES), "phone": demo.mobile(),
        "email": f"{ascii_slug(first)}.{ascii_slug(last)}@{domain}", "notes": "",
    }  # fmt: skip


def _add_organizations(demo: _Demo, session: Session, count: int) -> dict[str, int]:
    org_table, person_table = models.Organization.__table__, models.ContactPerson.__table__
    org_id, person_id, names = next_id(session, org_table), next_id(session, person_table), set()
    organizations = [_organization_row(demo, org_id + n, names) for n in range(count)]
    people = []
    for organization in organizations:
        for _ in range(demo.rng.randint(1, 3)):
            people.append(_person_row(demo, person_id + len(people), organization))
    demo.organizations = [(o["id"], o["name"], o["municipality_code"]) for o in organizations]
    demo.people_by_org = {}
    for person in people:
        demo.people_by_org.setdefault(person["organization_id"], []).append(person["id"])
    return {
        "organizations": insert_rows(session, org_table, organizations),
        "contact_people": insert_rows(session, person_table, people),
    }


def _meeting_row(demo: _Demo, row_id: int, kind: str, organizations: list) -> dict:
    day = demo.day_in_range()
    day = day - timedelta(days=max(0, day.weekday() - 4))
    follow_up = demo.rng.random() < 0.5
    crowd = kind in ("focus_group", "info_day", "conference")
    first = organizations[0]
    return demo.common(demo.stamp(day)) | {
        "id": row_id, "meeting_date": day, "meeting_type": kind,
        "activity_code": demo.rng.choice(words.ACTIVITY_CODES),
        "topic": demo.rng.choice(words.MEETING_TOPICS),
        "location": "Meeting Point, Terni" if crowd else f"Sede di {first[1]}",
        "municipality_code": words.TERNI if crowd else first[2],
        "outcome": demo.rng.choice(words.MEETING_OUTCOMES),
        "follow_up": demo.rng.choice(words.FOLLOW_UPS) if follow_up else "",
        "follow_up_date": day + timedelta(days=demo.rng.randint(7, 45)) if follow_up else None,
        "staff_id": demo.rng.choice(demo.staff)[0] if demo.staff else None,
        "participants_count": demo.rng.randint(8, 120) if crowd else demo.rng.randint(2, 6),
        "notes": "",
    }  # fmt: skip


def _add_meetings(demo: _Demo, session: Session, count: int) -> dict[str, int]:
    table = models.StakeholderMeeting.__table__
    first_id, kinds, weights = next_id(session, table), *_weighted(words.MEETING_TYPES)
    meetings, with_orgs, with_people = [], [], []
    for n in range(count if demo.organizations else 0):
        kind = demo.rng.choices(kinds, weights)[0]
        size = 1 if kind == "bilateral" else demo.rng.randint(2, 4)
        met = demo.rng.sample(demo.organizations, min(size, len(demo.organizations)))
        meetings.append(_meeting_row(demo, first_id + n, kind, met))
        for org_id, _, _ in met:
            with_orgs.append({"meeting_id": first_id + n, "organization_id": org_id})
            people = demo.people_by_org.get(org_id, [])
            for person_id in demo.rng.sample(people, demo.rng.randint(0, min(2, len(people)))):
                with_people.append({"meeting_id": first_id + n, "contact_person_id": person_id})
    return {
        "stakeholder_meetings": insert_rows(session, table, meetings),
        "meeting_organizations": insert_rows(session, models.meeting_organizations, with_orgs),
        "meeting_people": insert_rows(session, models.meeting_people, with_people),
    }


def _resource_row(demo: _Demo, row_id: int) -> dict:
    category = demo.rng.choice(sorted(words.RESOURCES))
    titles, unit, (low, high), use = words.RESOURCES[category]
    quantity, town = demo.rng.randint(low, high), demo.town(0.35)
    owner = demo.rng.choice(demo.organizations) if demo.rng.random() < 0.7 else None
    street = demo.street_address()
    title = demo.rng.choice(titles).format(
        town=town.name, at_town=at_town(town.name), street=street, qty=quantity
    )
    surveyed = demo.day_in_range(700)
    available = surveyed + timedelta(days=demo.rng.randint(0, 90))
    statuses, weights = _weighted(words.RESOURCE_STATUSES)
    source = demo.rng.choice(words.RESOURCE_SOURCES)
    return demo.common(demo.stamp(surveyed)) | {
        "id": row_id, "title": title, "category": category,
        "status": demo.rng.choices(statuses, weights)[0],
        "description": f"{title}: segnalazione raccolta {at_town(town.name)}.",
        "owner_organization_id": owner[0] if owner else None,
        "owner_name": owner[1] if owner else f"Privato – {demo.rng.choice(words.SURNAMES)}",
        "municipality_code": town.code, "address": street, "quantity": float(quantity),
        "unit": unit, "condition": demo.rng.choice(words.RESOURCE_CONDITIONS),
        "available_from": available,
        "available_to": available + timedelta(days=demo.rng.randint(180, 1095))
        if demo.rng.random() < 0.6 else None,
        "schedule": demo.rng.choice(words.SCHEDULES),
        "terms": demo.rng.choice(words.RESOURCE_TERMS), "proposed_use": use,
        "surveyed_on": surveyed, "surveyed_by_id": demo.rng.choice(demo.staff)[0],
        "source": source, "notes": "Da ricontattare in primavera." if source == "report" else "",
    }  # fmt: skip


def _add_resources(demo: _Demo, session: Session, count: int) -> int:
    table = models.UnusedResource.__table__
    first_id = next_id(session, table)
    return insert_rows(session, table, [_resource_row(demo, first_id + n) for n in range(count)])


# --- NEET contacts and Meeting Point visits --------------------------------------------------

VISIT_COUNTS = (1, 2, 3, 4, 5)
VISIT_COUNT_WEIGHTS = (25, 30, 20, 15, 10)  # 2.55 visits per contact on average
DURATIONS = (30, 45, 60, 75, 90)
AGE_GROUPS = ((0.05, 35, 39), (0.13, 14, 17), (1.0, 18, 34))  # cumulative share, ages
LABOUR = _weighted(words.LABOUR_STATUSES)
EDUCATION = _weighted(words.EDUCATION)
HEARD_FROM = _weighted(words.HEARD_FROM)


def _add_contacts(demo: _Demo, session: Session, count: int) -> dict[str, int]:
    """`count` contacts and their visits; ids are given here so visits can point at contacts."""
    contact_table, visit_table = models.NeetContact.__table__, models.MeetingPointVisit.__table__
    contact_id, visit_id = next_id(session, contact_table), next_id(session, visit_table)
    contacts, visits = [], []
    for n in range(count):
        days = _visit_days(demo)
        own = _visit_rows(demo, contact_id + n, visit_id + len(visits), days)
        contact = _contact_row(demo, contact_id + n, days)
        created = own[0]["created_at"] - timedelta(minutes=15)  # during the first reception
        contacts.append(demo.common(created, own[-1]["created_at"]) | contact)
        visits.extend(own)
    return {
        "neet_contacts": insert_rows(session, contact_table, contacts),
        "meeting_point_visits": insert_rows(session, visit_table, visits),
    }


def _visit_days(demo: _Demo) -> list[date]:
    """1–5 weekdays, a week or more apart, all in the two years before `today`."""
    count = demo.rng.choices(VISIT_COUNTS, VISIT_COUNT_WEIGHTS)[0]
    start = demo.today - timedelta(days=DAYS - demo.rng.randint(0, DAYS - 30 * (count - 1) - 3))
    days = [weekday_on_or_after(start)]
    for _ in range(count - 1):
        days.append(weekday_on_or_after(days[-1] + timedelta(days=demo.rng.randint(7, 27))))
    return days


def _identity(demo: _Demo) -> dict:
    """Gender, names, birthplace and citizenship, consistent with each other."""
    rng, roll = demo.rng, demo.rng.random()
    gender = "female" if roll < 0.49 else "male" if roll < 0.98 else "non_binary"
    sex = {"female": "F", "male": "M"}.get(gender) or rng.choice("FM")
    if rng.random() < 0.07:
        place = rng.choice(sorted(words.FOREIGN_PEOPLE))
        citizenship, female, male, surnames = words.FOREIGN_PEOPLE[place]
        citizenship = "italian" if rng.random() < 0.25 else citizenship
    else:
        female, male, surnames = words.FEMALE_NAMES, words.MALE_NAMES, words.SURNAMES
        citizenship = "italian"
        place = demo.town(0.5).code if rng.random() < 0.75 else rng.choice(words.OTHER_BIRTHPLACES)
    first = rng.choice(female if sex == "F" else male)
    return {"gender": gender, "sex": sex, "first_name": first,
            "last_name": rng.choice(surnames), "birthplace_code": place,
            "citizenship": citizenship}  # fmt: skip


def _birth_date(demo: _Demo, first_visit: date) -> date:
    """Mostly 18–34 at the first visit; some minors (14–17) and some over 35."""
    roll = demo.rng.random()
    low, high = next((low, high) for share, low, high in AGE_GROUPS if roll < share)
    age = demo.rng.randint(low, high)
    return first_visit - timedelta(days=int(age * 365.2425) + demo.rng.randrange(365))


def _contact_row(demo: _Demo, row_id: int, days: list[date]) -> dict:
    rng, person = demo.rng, _identity(demo)
    first, last, sex = person["first_name"], person["last_name"], person.pop("sex")
    birth = _birth_date(demo, days[0])
    minor = age_on(birth, days[0]) < 18
    home = demo.terni if rng.random() < 0.7 else rng.choice(demo.province)
    status = rng.choices(*LABOUR)[0]
    sectors = rng.sample(words.SECTORS, rng.randint(1, 3))
    email = f"{_slug(first)}.{_slug(last)}{rng.choice(('', '', rng.randint(1, 99)))}"
    return person | {
        "id": row_id, "birth_date": birth,
        "tax_code": codice_fiscale(last, first, sex, birth, person["birthplace_code"]),
        "residence_municipality_code": home.code, "address": demo.street_address(),
        "postal_code": home.postal_code, "phone": demo.mobile() if rng.random() < 0.95 else "",
        "email": f"{email}@{rng.choice(words.EMAIL_DOMAINS)}" if rng.random() < 0.9 else "",
        "education_level": rng.choices(*EDUCATION)[0],
        "labour_status": status,
        "labour_status_months": rng.randint(1, 48) if status != "other" else None,
        "youth_guarantee": rng.random() < 0.35,
        "heard_from": rng.choices(*HEARD_FROM)[0],
        "sectors_of_interest": ",".join(s for s in words.SECTORS if s in sectors),
        "privacy_notice_version": "1.1" if days[0] >= demo.today - timedelta(365) else "1.0",
        "privacy_signed_on": days[0], "consent_contact": rng.random() < 0.92,
        "guardian_name": f"{rng.choice(words.FEMALE_NAMES)} {last}" if minor else "",
        "guardian_consent": minor, "anonymised_at": None,
        "notes": rng.choice(words.CONTACT_NOTES) if rng.random() < 0.15 else "",
    }  # fmt: skip


def _visit_rows(demo: _Demo, contact_id: int, first_id: int, days: list[date]) -> list[dict]:
    rng, rows = demo.rng, []
    starts = [datetime.combine(day, time(9)) + timedelta(minutes=15 * rng.randint(0, 34))
              for day in days]  # fmt: skip
    for n, start in enumerate(starts):
        kind = "first_reception" if n == 0 else rng.choice(words.VISIT_TYPES)
        end = start + timedelta(minutes=rng.choice(DURATIONS))
        rows.append(demo.common(end) | {
            "id": first_id + n, "contact_id": contact_id, "visit_date": days[n],
            "start_time": start.time(), "end_time": end.time(), "staff_id": demo.visit_staff(),
            "visit_type": kind, "summary": words.VISIT_SUMMARIES[kind],
            "outcome": rng.choice(words.VISIT_OUTCOMES),
            "next_appointment": starts[n + 1] if n + 1 < len(starts) else _future(demo),
            "attendance_signed": rng.random() < 0.93,
        })  # fmt: skip
    return rows


def _future(demo: _Demo) -> datetime | None:
    """A next appointment after `today` for about a third of the last visits."""
    if demo.rng.random() > 0.33:
        return None
    day = weekday_on_or_after(demo.today + timedelta(days=demo.rng.randint(1, 20)))
    return datetime.combine(day, time(9)) + timedelta(minutes=30 * demo.rng.randint(0, 16))
