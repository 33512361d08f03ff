"""A small hand-made database whose funder indicators are known by hand (the tests of the
funder workbook's indicators, targets and indicator sets: test_funder_*.py, test_indicator*.py).

Period: 2025. The young people, by hand (age on their first visit in the period):
  1 Ada   F  16 (below 18, 15-24)  ISCED 2  unemployed, 14 months (long-term)  non-EU
          2 visits of activity 2.3.8; left employed (private enterprise); enrolled and
          completed the course of 2.4.6, with its certificate
  2 Bruno M  24 (18-29, 15-24)     ISCED 3  unemployed, 3 months               Italian
          1 visit of 2.3.8; left in education or training; enrolled in the course, dropped out
  3 Cleo  non-binary 29 (25-29)    ISCED 6  inactive                            other EU
          1 visit; left in active job search (an earlier outcome, inactive, is superseded);
          completed the course in 2025 (enrolled in 2024)
  4 Dora  F  57 (55 and over)      ISCED 4  occasional work (employed)          Italian
          disabled, with the special-category consent; left self-employed
  5 Ezio  M  visits in 2024 only: not reached; his outcome is of 2024
  6 Fede  F  in the recycle bin: never counted
  7 Gaia  F  22 (18-29, 15-24)     education not recorded  discouraged (inactive)  Italian
          disabled but WITHOUT the consent: never counted as disabled
Organisations met: 2.3.8's meetings meet o1 (public body), o2 (APS), o3 (ODV); another
meeting meets o4 (public body); a meeting in the recycle bin meets o5 (public body).
Resources surveyed in 2025: 2 (one reused); one of 2024.
"""

from __future__ import annotations

from datetime import date, datetime

from socialneet_desktop.db import models

START, END = date(2025, 1, 1), date(2025, 12, 31)
BIN = datetime(2025, 12, 1)


def _contact(session, name, gender, born, education, labour, months, citizenship, **extra):
    person = models.NeetContact(
        first_name=name,
        last_name="Test",
        gender=gender,
        birth_date=born,
        education_level=education,
        labour_status=labour,
        labour_status_months=months,
        citizenship=citizenship,
        **extra,
    )
    session.add(person)
    session.flush()
    return person


def _visit(session, person, day, activity=None, **extra):
    session.add(
        models.MeetingPointVisit(
            contact_id=person.id,
            visit_date=day,
            visit_type="orientation",
            activity_id=activity.id if activity else None,
            **extra,
        )
    )


def _outcome(session, person, day, status, employer_kind=""):
    session.add(
        models.Outcome(
            contact_id=person.id,
            stage="leaving",
            outcome_date=day,
            status=status,
            employer_kind=employer_kind,
        )
    )


def fill_small(database) -> None:
    with database.session() as session:
        a1 = models.ProjectActivity(code="2.3.8", title="Anchoring the territory")
        a2 = models.ProjectActivity(code="2.4.6", title="Training")
        session.add_all([a1, a2])
        session.flush()
        for activity, indicator, target in (
            (a1, "public_bodies_met", 10),
            (a1, "third_sector_met", 5),
            (a1, "meetings_held", 3),
            (a1, "young_people_reached", 4),
            (a2, "enrolled_training", 5),
            (a2, "completed_training", 2),
            (a2, "employed_on_leaving", 3),
            (a2, "resources_mapped", 2),
        ):
            session.add(
                models.ActivityTarget(activity_id=activity.id, indicator=indicator, target=target)
            )
        ada = _contact(session, "Ada", "female", date(2008, 3, 1), "isced_2",
                       "unemployed_seeking", 14, "non_eu")  # fmt: skip
        bruno = _contact(session, "Bruno", "male", date(2000, 6, 15), "isced_3",
                         "unemployed_seeking", 3, "italian")  # fmt: skip
        cleo = _contact(session, "Cleo", "non_binary", date(1996, 1, 1), "isced_6",
                        "unemployed_not_seeking", None, "eu")  # fmt: skip
        dora = _contact(session, "Dora", "female", date(1968, 1, 1), "isced_4",
                        "occasional_work", 20, "italian", disability=True,
                        special_category_consent=True)  # fmt: skip
        ezio = _contact(session, "Ezio", "male", date(2001, 9, 9), "isced_3",
                        "unemployed_seeking", 30, "non_eu")  # fmt: skip
        fede = _contact(session, "Fede", "female", date(2002, 2, 2), "isced_3",
                        "unemployed_seeking", 30, "non_eu", deleted_at=BIN)  # fmt: skip
        gaia = _contact(session, "Gaia", "female", date(2003, 7, 7), "",
                        "discouraged", None, "italian", disability=True)  # fmt: skip
        _visit(session, ada, date(2025, 2, 10), a1)
        _visit(session, ada, date(2025, 3, 5), a1)
        _visit(session, bruno, date(2025, 4, 1), a1)
        _visit(session, cleo, date(2025, 5, 20))
        _visit(session, dora, date(2025, 6, 1))
        _visit(session, ezio, date(2024, 6, 1))
        _visit(session, fede, date(2025, 6, 1), a1)
        _visit(session, gaia, date(2025, 7, 7))
        _visit(session, gaia, date(2025, 8, 7), a1, deleted_at=BIN)  # in the bin
        _outcome(session, ada, date(2025, 9, 1), "employed", "private")
        _outcome(session, bruno, date(2025, 10, 1), "education_training")
        _outcome(session, cleo, date(2025, 8, 1), "inactive")
        _outcome(session, cleo, date(2025, 11, 1), "job_search")
        _outcome(session, dora, date(2025, 12, 1), "self_employed")
        _outcome(session, ezio, date(2024, 12, 1), "employed", "public")
        course = models.TrainingCourse(title="Crafts", activity_id=a2.id)
        session.add(course)
        session.flush()
        for person, enrolled, status, status_date in (
            (ada, date(2025, 2, 1), "completed", date(2025, 6, 1)),
            (bruno, date(2025, 3, 1), "dropped_out", date(2025, 4, 1)),
            (cleo, date(2024, 12, 1), "completed", date(2025, 2, 1)),
        ):
            session.add(
                models.Enrolment(
                    course_id=course.id,
                    contact_id=person.id,
                    enrolled_on=enrolled,
                    status=status,
                    status_date=status_date,
                    certificate_obtained=person is ada,
                )
            )
        kinds = ("public_body", "aps", "odv", "public_body", "public_body")
        orgs = [models.Organization(name=f"Org {n}", kind=k) for n, k in enumerate(kinds, 1)]
        session.add_all(orgs)
        session.flush()
        meetings = (
            (date(2025, 3, 1), a1, [orgs[0], orgs[1]], None),
            (date(2025, 4, 1), a1, [orgs[0], orgs[2]], None),
            (date(2025, 5, 1), None, [orgs[3]], None),
            (date(2025, 6, 1), a1, [orgs[4]], BIN),
        )
        for day, activity, met, deleted in meetings:
            meeting = models.StakeholderMeeting(
                meeting_date=day,
                meeting_type="bilateral",
                activity_id=activity.id if activity else None,
                deleted_at=deleted,
            )
            meeting.organizations = met
            session.add(meeting)
        for day, status in ((date(2025, 5, 5), "reused"), (date(2025, 6, 6), "reported"),
                            (date(2024, 6, 6), "reused")):  # fmt: skip
            session.add(
                models.UnusedResource(
                    title="Room", category="premises", status=status, surveyed_on=day
                )  # fmt: skip
            )
