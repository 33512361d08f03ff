"""Realistic Italian demo data for every record kind: screenshots, manual tests, benchmarks.

`fill_demo` adds to what is already in the database. The same seed and `today` give the same
data. Contacts and visits are made as tuples (services.demo_contacts) and go straight to the
driver, in up to BATCHES transactions; into an empty file, services.demo_bulk builds the
search index beside the load and the secondary indexes after it.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import date, datetime, time, timedelta
from operator import itemgetter

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from socialneet_desktop.db import models
from socialneet_desktop.db.database import Database
from socialneet_desktop.db.engine import WRITE_OPTION
from socialneet_desktop.domain.validation import partita_iva_check_digit
from socialneet_desktop.services import demo_bulk, demo_path
from socialneet_desktop.services import demo_names as words
from socialneet_desktop.services.demo_contacts import (
    CONTACT_COLUMNS,
    VISIT_COLUMNS,
    ContactMaker,
    uuid4_text,
)

DEMO_USER = "demo"
CHUNK = 5_000  # rows per executemany
BATCH = 10_000  # contacts (with their visits) per transaction, at least
BATCHES = 20  # transactions at most: each rewrites most pages of the uuids' unique indexes
CACHE_KIB = 256 * 1024  # SQLite's page cache while a batch goes in
BATCH_PRAGMAS = {"cache_size": -CACHE_KIB, "synchronous": 1}  # 1: NORMAL (_batch_session)
DAYS = 730  # visits and meetings fall in the two years before `today`


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
    with demo_bulk.loading(database, large=contacts > BATCH) as load:
        with database.session() as session:
            counts = _add_reference_data(demo, session, contacts)
        load.committed()
        report(0, contacts)
        batch = max(BATCH, contacts // BATCHES)
        for start in range(0, contacts, batch):
            size = min(batch, contacts - start)
            with _batch_session(database) as session:
                added = _add_contacts(demo, session, size)
            load.committed()
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


@contextmanager
def _batch_session(database: Database):
    """A session for one batch of contacts. On a file, with a page cache of CACHE_KIB: the
    unique index of a million contacts' uuids takes random inserts, which SQLite's default
    2 MiB cache turns into reads and writes of the same pages again and again; and with
    `synchronous = NORMAL` for its commit: in WAL mode that still leaves the file whole after
    a crash or a power cut (the batches since the last checkpoint may be lost, as with an
    interrupted demo), with one fsync a checkpoint instead of one a commit. Both put back as
    they were on the connection after the commit."""
    if database.engine.dialect.name != "sqlite":  # the server keeps its own settings
        with database.session() as session:
            yield session
        return
    engine = database.engine.execution_options(**{WRITE_OPTION: True})  # as session() does
    with engine.connect() as connection:
        raw = connection.connection.driver_connection  # no transaction yet: pragmas allowed
        previous = {name: raw.execute(f"PRAGMA {name}").fetchone()[0] for name in BATCH_PRAGMAS}
        for name, value in BATCH_PRAGMAS.items():
            raw.execute(f"PRAGMA {name} = {value}")
        try:
            with Session(connection, expire_on_commit=False) as session, session.begin():
                yield session
        finally:
            for name, value in previous.items():
                raw.execute(f"PRAGMA {name} = {int(value)}")


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


def insert_values(session: Session, table: Table, names: Sequence[str], rows: list) -> int:
    """Rows as tuples of the values `names` stores, already in their stored form (dates as
    SQLite's text); the columns left out get their scalar defaults, as in insert_rows."""
    if not rows:
        return 0
    dialect = session.get_bind().dialect
    defaults = _scalar_defaults(table, dict.fromkeys(names)) or {}
    tail = tuple(_processed(table.c[name], dialect, value) for name, value in defaults.items())
    columns = ", ".join(f'"{name}"' for name in [*names, *defaults])
    marks = ", ".join(["?" if dialect.paramstyle == "qmark" else "%s"] * (len(names) + len(tail)))
    statement = f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})'
    cursor = session.connection().connection.driver_connection.cursor()
    try:
        cursor.executemany(statement, (row + tail for row in rows) if tail else rows)
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


def organization_tax_code(rng: random.Random, public: bool) -> str:
    """An 11-digit code: bodies start with 8 or 9, firms are registered in Terni (055)."""
    head = rng.choice("89") if public else str(rng.randint(0, 7))
    first_ten = f"{head}{rng.randrange(10**6):06d}055"
    return first_ten + str(partita_iva_check_digit(first_ten))


def _weighted(pairs: Sequence[tuple[str, int]]) -> tuple[list[str], list[int]]:
    return [code for code, _ in pairs], [weight for _, weight in pairs]


class _Demo:
    """One generation run: the random source, the day, the towns and the ids handed out."""

    def __init__(self, rng: random.Random, today: date, towns: list[Town], salt: int) -> None:
        self.rng = rng
        self.below = rng._randbelow  # what choice, randint and randrange(n) draw through
        self.ids_rng = random.Random(f"{rng.random()}:{salt}")
        self.today = today
        self.towns = towns or [Town(words.TERNI, "Terni", "05100")]
        self.terni = next((t for t in self.towns if t.code == words.TERNI), self.towns[0])
        self.province = [t for t in self.towns if t is not self.terni] or [self.terni]
        self.staff: list[tuple[int, str]] = []
        self.visit_staff_ids: list[int | None] | None = None
        self.organizations: list[tuple[int, str, str]] = []  # id, name, municipality
        self.people_by_org: dict[int, list[int]] = {}
        self.activity_ids: dict[str, int] = {}  # code -> id, of the plan's reserved rows
        self.maker: ContactMaker | None = None

    def pick(self, items):
        """rng.choice(items): the same draw, without its checks."""
        if not items:  # _randbelow(0) would never return
            raise IndexError("cannot choose from an empty sequence")
        return items[self.below(len(items))]

    def randint(self, low: int, high: int) -> int:
        """rng.randint(low, high): the same draw."""
        return low + self.below(high - low + 1)

    def common(self, created: datetime, updated: datetime | None = None) -> dict:
        """The columns every record shares."""
        return {
            "uuid": uuid4_text(self.ids_rng.getrandbits(128)),
            "created_at": created,
            "updated_at": updated or created,
            "created_by": DEMO_USER,
            "updated_by": DEMO_USER,
            "version": 1,
        }

    def day_in_range(self, days: int = DAYS) -> date:
        return self.today - timedelta(days=self.randint(1, days))

    def stamp(self, day: date) -> datetime:
        return datetime.combine(day, time(9)) + timedelta(minutes=self.below(540))

    def town(self, terni_share: float = 0.4) -> Town:
        return self.terni if self.rng.random() < terni_share else self.pick(self.towns)

    def street_address(self) -> str:
        return f"{self.pick(words.STREETS)} {self.randint(1, 180)}"

    def mobile(self) -> str:
        return f"3{self.randint(20, 93)} {self.below(10**7):07d}"

    def visit_staff_choices(self) -> list[int | None]:
        """The staff who receive visits (the draw for a visit picks one of them)."""
        if self.visit_staff_ids is None:
            roles = words.VISIT_STAFF_ROLES
            self.visit_staff_ids = [sid for sid, role in self.staff if role in roles] or [None]
        return self.visit_staff_ids

    def contact_maker(self) -> ContactMaker:
        if self.maker is None:
            self.maker = ContactMaker(self)
        return self.maker


# --- settings, staff, stakeholders, meetings, resources -------------------------------------

ORG_KINDS = _weighted([(kind, spec[0]) for kind, spec in words.ORG_KINDS.items()])
OTHER_TOWNS, RESOURCE_CATEGORIES = sorted(words.OTHER_ITALIAN_TOWNS), sorted(words.RESOURCES)
RESOURCE_STATUSES = _weighted(words.RESOURCE_STATUSES)


def _add_reference_data(demo: _Demo, session: Session, contacts: int) -> dict[str, int]:
    """Settings, staff, organisations with their people, meetings and resources; the rows of
    the project's activities reserved (services.demo_activities)."""
    from socialneet_desktop.services import demo_activities

    demo.activity_ids = demo_activities.reserve(session)
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
    template = demo.pick(words.ORG_KINDS[kind][1])
    word, surname = demo.pick(words.ORG_WORDS), demo.pick(words.SURNAMES)
    return template.format(town=town.name, word=word, surname=surname)


def _organization_row(demo: _Demo, row_id: int, names: set[str]) -> dict:
    kind = demo.rng.choices(*ORG_KINDS)[0]
    town = demo.town(0.45)
    if demo.rng.random() < 0.08:
        code = demo.pick(OTHER_TOWNS)
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
        "phone": f"0744 {demo.below(10**6):06d}", "email": f"info@{slug}.example.it",
        "website": f"https://www.{slug}.example.it", "sector": words.ORG_KINDS[kind][2],
        "notes": "",
    }  # fmt: skip


def _person_row(demo: _Demo, row_id: int, organization: dict) -> dict:
    gender_names = demo.pick((words.FEMALE_NAMES, words.MALE_NAMES))
    first, last = demo.pick(gender_names), demo.pick(words.SURNAMES)
    domain = organization["email"].split("@")[1]
    return demo.common(organization["created_at"]) | {
        "id": row_id, "organization_id": organization["id"], "first_name": first,
        "last_name": last, "role": demo.pick(words.PERSON_ROLES), "phone": demo.mobile(),
        "email": f"{ascii_slug(first)}.{ascii_slug(last)}@{domain}", "notes": "",
    }  # fmt: skip


def _add_organizations(demo: _Demo, session: Session, count: int) -> dict[str, int]:
    org_table, person_table = models.Organization.__table__, models.ContactPerson.__table__
    org_id, person_id, names = next_id(session, org_table), next_id(session, person_table), set()
    organizations = [_organization_row(demo, org_id + n, names) for n in range(count)]
    people = []
    for organization in organizations:
        for _ in range(demo.randint(1, 3)):
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
        "activity_code": demo.pick(words.ACTIVITY_CODES),
        "topic": demo.pick(words.MEETING_TOPICS),
        "location": "Meeting Point, Terni" if crowd else f"Sede di {first[1]}",
        "municipality_code": words.TERNI if crowd else first[2],
        "outcome": demo.pick(words.MEETING_OUTCOMES),
        "follow_up": demo.pick(words.FOLLOW_UPS) if follow_up else "",
        "follow_up_date": day + timedelta(days=demo.randint(7, 45)) if follow_up else None,
        "staff_id": demo.pick(demo.staff)[0] if demo.staff else None,
        "participants_count": demo.randint(8, 120) if crowd else demo.randint(2, 6),
        "notes": "",
    }  # fmt: skip


def _add_meetings(demo: _Demo, session: Session, count: int) -> dict[str, int]:
    table = models.StakeholderMeeting.__table__
    first_id, kinds, weights = next_id(session, table), *_weighted(words.MEETING_TYPES)
    meetings, with_orgs, with_people = [], [], []
    for n in range(count if demo.organizations else 0):
        kind = demo.rng.choices(kinds, weights)[0]
        size = 1 if kind == "bilateral" else demo.randint(2, 4)
        met = demo.rng.sample(demo.organizations, min(size, len(demo.organizations)))
        meetings.append(_meeting_row(demo, first_id + n, kind, met))
        for org_id, _, _ in met:
            with_orgs.append({"meeting_id": first_id + n, "organization_id": org_id})
            people = demo.people_by_org.get(org_id, [])
            for person_id in demo.rng.sample(people, demo.randint(0, min(2, len(people)))):
                with_people.append({"meeting_id": first_id + n, "contact_person_id": person_id})
    return {
        "stakeholder_meetings": insert_rows(session, table, meetings),
        "meeting_organizations": insert_rows(session, models.meeting_organizations, with_orgs),
        "meeting_people": insert_rows(session, models.meeting_people, with_people),
    }


def _resource_row(demo: _Demo, row_id: int) -> dict:
    category = demo.pick(RESOURCE_CATEGORIES)
    titles, unit, (low, high), use = words.RESOURCES[category]
    quantity, town = demo.randint(low, high), demo.town(0.35)
    owner = demo.pick(demo.organizations) if demo.rng.random() < 0.7 else None
    street = demo.street_address()
    title = demo.pick(titles).format(
        town=town.name, at_town=at_town(town.name), street=street, qty=quantity
    )
    surveyed = demo.day_in_range(700)
    available = surveyed + timedelta(days=demo.randint(0, 90))
    source = demo.pick(words.RESOURCE_SOURCES)
    return demo.common(demo.stamp(surveyed)) | {
        "id": row_id, "title": title, "category": category,
        "status": demo.rng.choices(*RESOURCE_STATUSES)[0],
        "description": f"{title}: segnalazione raccolta {at_town(town.name)}.",
        "owner_organization_id": owner[0] if owner else None,
        "owner_name": owner[1] if owner else f"Privato – {demo.pick(words.SURNAMES)}",
        "municipality_code": town.code, "address": street, "quantity": float(quantity),
        "unit": unit, "condition": demo.pick(words.RESOURCE_CONDITIONS),
        "available_from": available,
        "available_to": available + timedelta(days=demo.randint(180, 1095))
        if demo.rng.random() < 0.6 else None,
        "schedule": demo.pick(words.SCHEDULES),
        "terms": demo.pick(words.RESOURCE_TERMS), "proposed_use": use,
        "surveyed_on": surveyed, "surveyed_by_id": demo.pick(demo.staff)[0],
        "source": source, "notes": "Da ricontattare in primavera." if source == "report" else "",
    }  # fmt: skip


def _add_resources(demo: _Demo, session: Session, count: int) -> int:
    table = models.UnusedResource.__table__
    first_id = next_id(session, table)
    return insert_rows(session, table, [_resource_row(demo, first_id + n) for n in range(count)])


# --- NEET contacts and Meeting Point visits (rows made by services.demo_contacts) ---------


def _add_contacts(demo: _Demo, session: Session, count: int) -> dict[str, int]:
    """`count` contacts and their visits; ids are given here so visits can point at contacts."""
    contact_table, visit_table = models.NeetContact.__table__, models.MeetingPointVisit.__table__
    contact_id, visit_id = next_id(session, contact_table), next_id(session, visit_table)
    maker, contacts, visits = demo.contact_maker(), [], []
    for n in range(count):
        contact, own = maker.contact(contact_id + n, visit_id + len(visits))
        contacts.append(contact)
        visits += own
    return {
        "neet_contacts": insert_values(session, contact_table, CONTACT_COLUMNS, contacts),
        "meeting_point_visits": insert_values(session, visit_table, VISIT_COLUMNS, visits),
    }
