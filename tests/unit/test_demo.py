"""The demo data: every kind present, valid and plausible as an office would check it."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta

import pytest
from codicefiscale import codicefiscale
from sqlalchemy import func, select, text

from socialneet_desktop.db import models
from socialneet_desktop.db.database import open_database
from socialneet_desktop.domain import vocabularies as vocab
from socialneet_desktop.domain.age import age_on
from socialneet_desktop.domain.codice_fiscale import check_codice_fiscale, check_consistency
from socialneet_desktop.domain.validation import (
    check_email,
    check_italian_phone,
    check_organization_tax_code,
    check_partita_iva,
)
from socialneet_desktop.services import demo

TODAY = date(2025, 6, 16)
CONTACTS = 400


def _terni_province() -> set[str]:
    return {town.code for town in demo.terni_province_towns()}


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    database = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    calls: list[tuple[int, int]] = []
    summary = demo.fill_demo(
        database, contacts=CONTACTS, seed=7, today=TODAY, progress=lambda *c: calls.append(c)
    )
    yield database, summary, calls
    database.close()


def _all(database, model):
    with database.session() as session:
        return list(session.scalars(select(model)))


def test_every_kind_is_filled_and_the_summary_tells_the_truth(filled):
    database, summary, calls = filled
    counts = database.record_counts()
    # every record table holds demo rows, exactly as many as the summary says
    assert counts == {table: getattr(summary, table) for table in counts}
    assert all(counts.values()), counts
    assert counts["neet_contacts"] == CONTACTS
    assert summary.project_idea_members >= 2 * summary.project_ideas
    assert 6 <= summary.staff <= 10
    assert summary.organizations == 30 and summary.unused_resources == 40
    assert summary.organizations <= summary.contact_people <= 3 * summary.organizations
    assert summary.stakeholder_meetings == 2 * summary.organizations
    assert 2.2 <= summary.meeting_point_visits / CONTACTS <= 2.9
    assert calls[-1] == (CONTACTS, CONTACTS)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    with database.session() as session:
        settings = session.get(models.AppSettings, 1)
    assert settings.association_name == "Associazione Artigiani Terni (demo)"
    assert settings.privacy_notice_version == "1.1" and settings.retention_months == 24


def test_every_codice_fiscale_is_valid_and_matches_the_person(filled):
    contacts = _all(filled[0], models.NeetContact)
    for contact in contacts:
        assert codicefiscale.is_valid(contact.tax_code), contact.tax_code
        decoded = codicefiscale.decode(contact.tax_code)
        assert decoded["birthdate"].date() == contact.birth_date, contact.tax_code
        assert decoded["birthplace"]["code"] == contact.birthplace_code
        if contact.gender != "non_binary":
            assert decoded["gender"] == {"female": "F", "male": "M"}[contact.gender]
        assert check_codice_fiscale(contact.tax_code) is None
        place = contact.birthplace_code
        assert not check_consistency(contact.tax_code, contact.birth_date, contact.gender, place)


def test_the_fast_encoder_agrees_with_python_codicefiscale(filled):
    for contact in _all(filled[0], models.NeetContact)[:60]:
        sex = codicefiscale.decode(contact.tax_code)["gender"]
        expected = codicefiscale.encode(
            lastname=contact.last_name,
            firstname=contact.first_name,
            gender=sex,
            birthdate=contact.birth_date.strftime("%d/%m/%Y"),
            birthplace=contact.birthplace_code,
        )
        assert contact.tax_code == expected


def test_ages_are_mostly_neet_ages_and_minors_have_a_guardian(filled):
    contacts = _all(filled[0], models.NeetContact)
    ages = [age_on(contact.birth_date, TODAY) for contact in contacts]
    assert sum(15 <= age <= 34 for age in ages) >= 0.8 * len(ages)
    assert min(ages) >= 13 and max(ages) <= 42
    minors = [c for c in contacts if age_on(c.birth_date, c.privacy_signed_on) < 18]
    assert minors, "some minors are expected"
    assert all(c.guardian_name and c.guardian_consent for c in minors)
    adults = [c for c in contacts if c not in minors]
    assert not any(c.guardian_name or c.guardian_consent for c in adults)


def test_birthplaces_and_residences(filled):
    contacts = _all(filled[0], models.NeetContact)
    province = _terni_province()
    born_here = sum(c.birthplace_code in province for c in contacts)
    assert born_here >= 0.5 * len(contacts)
    assert any(c.birthplace_code.startswith("Z") for c in contacts)
    assert any(c.birthplace_code == "D704" for c in contacts)  # Forlì
    assert all(c.residence_municipality_code in province for c in contacts)
    in_terni = sum(c.residence_municipality_code == "L117" for c in contacts) / len(contacts)
    assert 0.6 <= in_terni <= 0.8
    foreigners = [c for c in contacts if c.birthplace_code == "Z129"]
    assert all(c.citizenship in ("eu", "italian") for c in foreigners)


def test_names_include_accents_and_apostrophes(filled):
    contacts = _all(filled[0], models.NeetContact)
    names = {c.first_name for c in contacts} | {c.last_name for c in contacts}
    assert any(not name.isascii() for name in names)
    assert any("'" in name for name in names)
    genders = Counter(c.gender for c in contacts)
    assert genders["female"] > 0.35 * len(contacts) and genders["male"] > 0.35 * len(contacts)
    assert genders["non_binary"] >= 1


def test_contact_details_are_valid_and_not_real(filled):
    for contact in _all(filled[0], models.NeetContact):
        assert check_email(contact.email) is None and check_italian_phone(contact.phone) is None
        assert not contact.phone or contact.phone.startswith("3")
        domain = contact.email.rpartition("@")[2]
        assert not contact.email or "example" in domain or "esempio" in domain
        assert contact.sectors_of_interest
    for organization in _all(filled[0], models.Organization):
        assert check_organization_tax_code(organization.tax_code) is None
        assert len(organization.tax_code) == 11
        assert not organization.vat_number or check_partita_iva(organization.vat_number) is None
        assert organization.phone.startswith("0744") and check_email(organization.email) is None


def test_visits_fall_on_weekdays_in_office_hours_within_two_years(filled):
    visits = _all(filled[0], models.MeetingPointVisit)
    for visit in visits:
        assert TODAY - timedelta(days=730) <= visit.visit_date < TODAY
        assert visit.visit_date.weekday() < 5
        assert time(9) <= visit.start_time <= time(17, 30) and visit.start_time.minute % 15 == 0
        start = datetime.combine(visit.visit_date, visit.start_time)
        minutes = (datetime.combine(visit.visit_date, visit.end_time) - start).seconds / 60
        assert 30 <= minutes <= 90
    assert sum(v.attendance_signed for v in visits) > 0.8 * len(visits)


def test_every_visit_belongs_to_a_contact_and_the_first_is_a_reception(filled):
    database = filled[0]
    with database.session() as session:
        assert session.execute(text("PRAGMA foreign_key_check")).all() == []
        orphans = session.scalar(
            select(func.count())
            .select_from(models.MeetingPointVisit)
            .outerjoin(models.NeetContact)
            .where(models.NeetContact.id.is_(None))
        )
    assert orphans == 0
    by_contact: dict[int, list] = {}
    for visit in _all(database, models.MeetingPointVisit):
        by_contact.setdefault(visit.contact_id, []).append(visit)
    assert len(by_contact) == CONTACTS
    for visits in by_contact.values():
        visits.sort(key=lambda v: v.visit_date)
        assert [v.visit_type for v in visits].count("first_reception") == 1
        assert visits[0].visit_type == "first_reception"


def test_visits_come_linked_to_the_meeting_points_activities(filled):
    """One visit in five to the itinerant desk, the others to the Meeting Point; linked as
    they were made, so each was last updated when it was recorded."""
    with filled[0].session() as session:
        activities = select(models.ProjectActivity.code, models.ProjectActivity.id)
        ids = dict(session.execute(activities).all())
    for visit in _all(filled[0], models.MeetingPointVisit):
        assert visit.activity_id == ids["2.2.33" if visit.id % 5 == 0 else "2.2.1"]
        assert visit.updated_at == visit.created_at


def test_a_second_fill_leaves_its_visits_unlinked(tmp_path):
    database = open_database(tmp_path / "twice.sqlite")
    demo.fill_demo(database, contacts=10, seed=1, today=TODAY)
    demo.fill_demo(database, contacts=10, seed=2, today=TODAY)
    with database.session() as session:
        activities = session.scalar(select(func.count()).select_from(models.ProjectActivity))
        linked = session.execute(
            select(models.NeetContact.id > 10, func.count(models.MeetingPointVisit.activity_id))
            .join(models.NeetContact)
            .group_by(models.NeetContact.id > 10)
        ).all()
        uuids = session.scalars(select(models.ProjectActivity.uuid)).all()
    database.close()
    assert activities == 12 and not any(uuid.startswith("reserved") for uuid in uuids)
    assert dict(linked)[False] > 0 and dict(linked)[True] == 0


def test_meetings_are_linked_to_organisations_and_their_people(filled):
    with filled[0].session() as session:
        for meeting in session.scalars(select(models.StakeholderMeeting)):
            assert 1 <= len(meeting.organizations) <= 4
            if meeting.meeting_type == "bilateral":
                assert len(meeting.organizations) == 1
            organization_ids = {o.id for o in meeting.organizations}
            assert all(p.organization_id in organization_ids for p in meeting.people)
            assert TODAY - timedelta(days=732) <= meeting.meeting_date < TODAY
            assert meeting.staff is not None and meeting.topic


@pytest.mark.parametrize(
    ("model", "column", "vocabulary"),
    [
        (models.NeetContact, "gender", vocab.GENDER),
        (models.NeetContact, "citizenship", vocab.CITIZENSHIP),
        (models.NeetContact, "education_level", vocab.EDUCATION_LEVEL),
        (models.NeetContact, "labour_status", vocab.LABOUR_STATUS),
        (models.NeetContact, "heard_from", vocab.HEARD_FROM),
        (models.Organization, "kind", vocab.ORGANIZATION_KIND),
        (models.StakeholderMeeting, "meeting_type", vocab.MEETING_TYPE),
        (models.UnusedResource, "category", vocab.RESOURCE_CATEGORY),
        (models.UnusedResource, "status", vocab.RESOURCE_STATUS),
        (models.UnusedResource, "terms", vocab.RESOURCE_TERMS),
        (models.UnusedResource, "condition", vocab.RESOURCE_CONDITION),
        (models.UnusedResource, "source", vocab.RESOURCE_SOURCE),
        (models.MeetingPointVisit, "visit_type", vocab.VISIT_TYPE),
        (models.Staff, "role", vocab.STAFF_ROLE),
    ],
)
def test_codes_belong_to_their_vocabulary(filled, model, column, vocabulary):
    with filled[0].session() as session:
        used = set(session.scalars(select(getattr(model, column)).distinct()))
    assert used and used <= set(vocabulary.codes())
    if model is not models.Staff:
        assert len(used) >= min(3, len(vocabulary))


def test_sectors_belong_to_their_vocabulary(filled):
    codes = set(vocab.SECTOR_OF_INTEREST.codes())
    for contact in _all(filled[0], models.NeetContact):
        assert set(contact.sectors_of_interest.split(",")) <= codes


def test_every_record_has_the_common_columns(filled):
    for model in models.RECORD_CLASSES:
        rows = _all(filled[0], model)
        assert rows and len({row.uuid for row in rows}) == len(rows)
        for row in rows:
            assert row.created_by == row.updated_by == "demo" and row.version == 1
            assert row.created_at <= row.updated_at and row.deleted_at is None


def _people(tmp_path, name: str, seed: int) -> list[tuple]:
    database = open_database(tmp_path / name)
    demo.fill_demo(database, contacts=50, seed=seed, today=TODAY)
    with database.session() as session:
        rows = session.execute(
            select(models.NeetContact.last_name, models.NeetContact.first_name,
                   models.NeetContact.tax_code, models.NeetContact.uuid)
            .order_by(models.NeetContact.id)
        ).all()  # fmt: skip
    database.close()
    return [tuple(row) for row in rows]


def test_same_seed_gives_the_same_data_and_another_seed_does_not(tmp_path):
    first, again = _people(tmp_path, "a.sqlite", 3), _people(tmp_path, "b.sqlite", 3)
    assert first == again
    assert _people(tmp_path, "c.sqlite", 4) != first


def test_filling_twice_adds_to_what_is_there(tmp_path):
    database = open_database(tmp_path / "twice.sqlite")
    first = demo.fill_demo(database, contacts=20, seed=1, today=TODAY)
    second = demo.fill_demo(database, contacts=20, seed=1, today=TODAY)
    assert first.app_settings == 1 and second.app_settings == 0
    assert database.record_counts()["neet_contacts"] == 40
    assert database.record_counts()["staff"] == first.staff + second.staff
    database.close()


def test_fast_date_processors_store_sqlalchemys_text():
    """insert_rows' isoformat processors give the same text as SQLAlchemy's own."""
    from datetime import date, datetime, time, timezone

    from sqlalchemy import Column, Date, DateTime, MetaData, Table, Time
    from sqlalchemy.dialects import sqlite

    from socialneet_desktop.services.demo import _processor

    dialect = sqlite.dialect()
    table = Table("t", MetaData(), Column("a", DateTime), Column("b", Date), Column("c", Time))
    samples = {
        "a": [datetime(2026, 1, 2, 3, 4, 5), datetime(999, 12, 31, 23, 59, 59, 7),
              datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc), date(2026, 5, 6), None],
        "b": [date(2026, 1, 2), date(5, 1, 1), None],
        "c": [time(9, 15), time(23, 59, 59, 123), None],
    }  # fmt: skip
    for name, values in samples.items():
        column = table.c[name]
        own = column.type.dialect_impl(dialect).bind_processor(dialect)
        fast = _processor(column, dialect)
        assert fast is not own
        assert [fast(value) for value in values] == [own(value) for value in values]


def _table_dump(path) -> dict[str, list]:
    """Every table's rows but those written at the time of the run (ids, keys, stamps)."""
    import sqlite3

    connection = sqlite3.connect(path)
    names = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE '%search%'"
        " AND name NOT IN ('devices', 'pseudonym_keys', 'app_settings')"
    )]  # fmt: skip
    dump = {name: connection.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall()
            for name in names}  # fmt: skip
    schema = connection.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()
    connection.close()
    return dump | {"(schema)": schema}


def test_a_large_load_indexed_by_the_builders_gives_the_same_file(tmp_path, monkeypatch):
    """Batches of 40, the builders' threads indexing them: the same rows, the same schema,
    search indexes that agree with their tables, and the file passes the check."""
    import sqlite3

    from socialneet_desktop.cli import run_command
    from socialneet_desktop.db import search_ddl

    def filled(name: str) -> dict:
        database = open_database(tmp_path / name)
        demo.fill_demo(database, contacts=300, seed=5, today=TODAY)
        database.close()
        return _table_dump(tmp_path / name)

    whole = filled("whole.sqlite")
    monkeypatch.setattr(demo, "BATCH", 40)
    built = filled("built.sqlite")
    now = str(date.today().year)  # the path's updates carry the time of the run
    for name in whole:
        keep = [[v for v in row if not (isinstance(v, str) and v.startswith(now))]
                for row in whole[name]]  # fmt: skip
        assert keep == [[v for v in row if not (isinstance(v, str) and v.startswith(now))]
                        for row in built[name]], name  # fmt: skip
    connection = sqlite3.connect(tmp_path / "built.sqlite")
    for indexed in search_ddl.INDEXED_TABLES:
        index = indexed.index
        connection.execute(f"INSERT INTO {index}({index}, rank) VALUES ('integrity-check', 1)")
    connection.close()
    assert run_command(["check"], tmp_path / "built.sqlite") == 0
