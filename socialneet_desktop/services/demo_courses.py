"""Demo data of the training courses (issue 18), for services/demo_path: about a dozen courses
per 1,000 contacts of the sample (at least three), their sessions on weekdays, the young people
of the sample (16 to 29 years old when the course starts) enrolled, and the attendance of every
session already held, with the absences of real classes; some drop out on the way, and those
who completed a course with enough attendance have its certificate.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from socialneet_desktop.db import models
from socialneet_desktop.services.demo import insert_rows, next_id

PER_THOUSAND, AT_LEAST = 12, 3
# title, sector, hours planned, hours a session, topics
COURSES = (
    ("Pasticceria di base", "agri_food", 48, 4, ("Impasti", "Creme", "Lievitati", "Decorazioni")),
    ("Sicurezza sul lavoro – rischio basso", "safety", 8, 4, ("Norme", "Rischi specifici")),
    ("Competenze digitali per il lavoro", "digital", 30, 3, ("Posta e cloud", "Fogli di calcolo")),
    ("Inglese per l'accoglienza turistica", "languages", 40, 2, ("Reception", "Telefono")),
    ("Fare impresa: dall'idea al business plan", "business", 36, 3, ("Idea", "Mercato", "Costi")),
    ("Comunicazione e lavoro di gruppo", "soft_skills", 16, 4, ("Ascolto", "Conflitti")),
    ("Restauro del legno", "crafts", 60, 4, ("Materiali", "Pulitura", "Consolidamento")),
    ("Guida ai siti archeologici della Via Flaminia", "culture_tourism", 32, 4, ("Carsulae",)),
    ("Assistenza familiare di base", "health_social", 40, 4, ("Igiene", "Relazione di cura")),
    ("Social media per le piccole imprese", "digital", 24, 3, ("Piano editoriale", "Foto")),
    ("HACCP e igiene degli alimenti", "safety", 12, 4, ("Rischi", "Autocontrollo")),
    ("Saldatura e carpenteria leggera", "crafts", 80, 4, ("Sicurezza", "Saldatura a filo")),
)
TRAINERS = (
    "Laura Fabbri", "Marco Pieroni", "Silvia Antonelli", "Paolo Grassi", "Chiara Menichelli",
    "Roberto Sciarrini", "Elena Bartolini", "Giorgio Federici",
)  # fmt: skip
VENUES = ("Meeting Point, Terni", "Sala formazione CNA, Terni", "Laboratorio artigiano, Narni")
REASONS = (
    "Ha trovato lavoro.",
    "Motivi familiari.",
    "Trasferimento in un'altra città.",
    "Orari incompatibili con il tirocinio.",
    "Non interessato a proseguire.",
)
START_TIMES = (time(9), time(9, 30), time(14), time(15))


def add(demo, session: Session, contacts: list[tuple[int, object]]) -> dict[str, int]:
    """The courses, their sessions, enrolments and attendance; the rows added per table."""
    if not contacts:
        return {}
    count = max(AT_LEAST, round(PER_THOUSAND * len(contacts) / 1000))
    maker = _Courses(demo, session)
    for number in range(count):
        maker.course(number, contacts)
    return maker.insert(session)


class _Courses:
    """The rows of every table, gathered, then inserted at once."""

    def __init__(self, demo, session: Session) -> None:
        self.demo, self.rng = demo, demo.rng
        self.ids = {
            name: next_id(session, model.__table__)
            for name, model in (
                ("training_courses", models.TrainingCourse),
                ("course_sessions", models.CourseSession),
                ("enrolments", models.Enrolment),
                ("attendance", models.Attendance),
            )
        }
        self.rows: dict[str, list[dict]] = {name: [] for name in self.ids}
        self.activities = _activities(session)
        self.birth_keys: tuple[list, list[tuple[int, int]]] | None = None

    def _id(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table] - 1

    def _row(self, table: str, day: date, values: dict) -> int:
        row_id = self._id(table)
        created = self.demo.stamp(min(day, self.demo.today))
        self.rows[table].append(self.demo.common(created) | {"id": row_id} | values)
        return row_id

    def course(self, number: int, contacts: list[tuple[int, object]]) -> None:
        rng, today = self.rng, self.demo.today
        title, sector, hours, length, topics = COURSES[number % len(COURSES)]
        start = _weekday(today - timedelta(days=rng.randint(-45, 640)))
        start_time = rng.choice(START_TIMES)
        days = _session_days(start, max(1, round(hours / length)), rng.choice((1, 2, 3)))
        provider = rng.choice(self.demo.organizations)[0] if self.demo.organizations else None
        minimum = rng.choice((70, 70, 75, 80))
        course_id = self._row(
            "training_courses",
            start - timedelta(days=30),
            {
                "title": _numbered(title, number),
                "sector": sector, "provider_organization_id": provider,
                "venue": rng.choice(VENUES), "start_date": start, "end_date": days[-1],
                "hours_planned": float(hours), "trainer": rng.choice(TRAINERS),
                "capacity": rng.choice((12, 15, 20)), "minimum_attendance_percent": minimum,
                "activity_id": rng.choice(self.activities) if self.activities else None,
                "notes": "",
            },
        )  # fmt: skip
        end_time = (datetime.combine(start, start_time) + timedelta(hours=length)).time()
        sessions = [
            (self._row("course_sessions", day, {
                "course_id": course_id, "session_date": day, "start_time": start_time,
                "end_time": end_time, "topic": topics[n * len(topics) // len(days)], "notes": "",
            }), day)
            for n, day in enumerate(days)
        ]  # fmt: skip
        for contact_id in self._people(contacts, start):
            self._enrolment(course_id, contact_id, start, sessions, minimum, float(length))

    def _people(self, contacts: list[tuple[int, object]], start: date) -> list[int]:
        """The contacts 16 to 29 years old on `start`, in their order (as age_on counts)."""
        if self.birth_keys is None or self.birth_keys[0] is not contacts:
            keys = [(cid, _day_key(birth)) for cid, birth in contacts if birth]
            self.birth_keys = (contacts, keys)
        on = _day_key(start)  # yyyymmdd: 16 <= (on - born) // 10000 <= 29
        young = [cid for cid, born in self.birth_keys[1] if on - 300000 < born <= on - 160000]
        size = min(len(young), self.rng.randint(6, 15))
        return self.rng.sample(young, size)

    def _enrolment(self, course_id, contact_id, start, sessions, minimum, length) -> None:
        rng, today = self.rng, self.demo.today
        held = [(sid, day) for sid, day in sessions if day <= today]
        keen = rng.uniform(0.62, 0.99)
        quits = rng.randrange(len(held) - 1) if len(held) > 1 and rng.random() < 0.12 else None
        enrolment_id = self._id("enrolments")
        present = 0.0
        for number, (session_id, day) in enumerate(held):
            if quits is not None and number > quits:
                break
            presence, hours = self._presence(keen, length)
            present += hours
            self._row("attendance", day, {
                "session_id": session_id, "enrolment_id": enrolment_id,
                "presence": presence, "hours": hours if 0 < hours < length else None,
            })  # fmt: skip
        rate = 100 * present / (length * len(held)) if held else 0.0
        status, status_date = self._status(sessions, held, quits)
        enrolled_on = start - timedelta(days=rng.randint(3, 25))
        row = self.demo.common(self.demo.stamp(enrolled_on)) | {
            "id": enrolment_id, "course_id": course_id, "contact_id": contact_id,
            "enrolled_on": enrolled_on, "status": status, "status_date": status_date,
            "dropout_reason": rng.choice(REASONS) if status == "dropped_out" else "",
            "certificate_obtained": status == "completed" and rate >= minimum, "notes": "",
        }  # fmt: skip
        self.rows["enrolments"].append(row)

    def _presence(self, keen: float, length: float) -> tuple[str, float]:
        draw = self.rng.random()
        if draw < keen:
            early = self.rng.random() < 0.05  # left an hour early
            return "present", length - 1 if early and length > 1 else length
        return ("justified" if self.rng.random() < 0.35 else "absent"), 0.0

    def _status(self, sessions, held, quits) -> tuple[str, date | None]:
        if quits is not None:
            left = held[quits][1] + timedelta(days=self.rng.randint(1, 6))
            return "dropped_out", min(left, held[quits + 1][1])  # before the next session
        if len(held) == len(sessions):
            return "completed", sessions[-1][1]
        return ("attending", held[0][1]) if held else ("enrolled", None)

    def insert(self, session: Session) -> dict[str, int]:
        tables = {
            "training_courses": models.TrainingCourse,
            "course_sessions": models.CourseSession,
            "enrolments": models.Enrolment,
            "attendance": models.Attendance,
        }
        return {
            name: insert_rows(session, model.__table__, self.rows[name])
            for name, model in tables.items()
        }


def _numbered(title: str, number: int) -> str:
    """The second "Pasticceria di base" of a large demo is "Pasticceria di base (2)"."""
    edition = number // len(COURSES) + 1
    return title if edition == 1 else f"{title} ({edition})"


def _activities(session: Session) -> list[int]:
    """The project's training activities (codes 2.3.x) when the demo has them."""
    table = models.ProjectActivity.__table__
    query = select(table.c.id).where(table.c.code.like("2.3%"), table.c.deleted_at.is_(None))
    return list(session.scalars(query))


def _weekday(day: date) -> date:
    return day + timedelta(days=7 - day.weekday()) if day.weekday() >= 5 else day


def _session_days(start: date, count: int, per_week: int) -> list[date]:
    """`count` weekdays from `start`: `per_week` of them a week (Mon/Wed/Fri pattern)."""
    steps = {1: (7,), 2: (2, 5), 3: (2, 2, 3)}[per_week]
    days, day = [start], start
    while len(days) < count:
        day = _weekday(day + timedelta(days=steps[(len(days) - 1) % len(steps)]))
        days.append(day)
    return days


def _day_key(day: date) -> int:
    return day.year * 10000 + day.month * 100 + day.day
