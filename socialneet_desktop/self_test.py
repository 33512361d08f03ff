"""`--self-test`: prove that an installation works, without a window or the user's data.

Creates a database in a temporary folder, writes one record of each kind, exports the funder
workbook and prints a visit sheet, reads both back and returns 0 only if every step worked.
The user's own database is never opened.

The output is for support staff, so it stays in plain English and is not translated: one line
per step, then "SELF-TEST OK" or "SELF-TEST FAILED: <step>: <reason>".
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date, time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

USER = "self-test"
SURNAME = "Verifica"
DAY = date(2026, 1, 15)


def run_self_test() -> int:
    """Run every step in a temporary folder; 0 if all worked, 1 at the first failure."""
    _reach_a_console()
    print(f"SocialNEET self-test ({_version()}, Python {sys.version.split()[0]})")
    with tempfile.TemporaryDirectory(prefix="socialneet-self-test-") as folder:
        state: dict[str, Any] = {"folder": Path(folder)}
        try:
            for name, step in STEPS:
                detail = step(state)
                print(f"  ok  {name}{f': {detail}' if detail else ''}")
        except Exception as error:  # any failure is reported, never a traceback dialog
            print(f"SELF-TEST FAILED: {name}: {type(error).__name__}: {error}")
            return 1
        finally:
            if "database" in state:
                state["database"].close()
    print("SELF-TEST OK")
    return 0


def _version() -> str:
    from socialneet_desktop import __version__

    return __version__


def _reach_a_console() -> None:
    """A windowed Windows program has no stdout: write to the console that started it, if any."""
    if sys.stdout is not None or sys.platform != "win32":
        return
    import ctypes

    if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
        sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115
        sys.stderr = sys.stdout


def check_resources(_state: dict[str, Any]) -> str:
    from socialneet_desktop.paths import resource, resources_dir

    for parts in (
        ("translations", "socialneet_it.qm"),
        ("municipalities.csv.gz",),
        ("fonts", "DejaVuSans.ttf"),
    ):
        if not resource(*parts).is_file():
            raise FileNotFoundError(resource(*parts))
    return str(resources_dir())


def create_database(state: dict[str, Any]) -> str:
    """Through the window's own opening sequence, daily backup included."""
    from socialneet_desktop.db.opening import open_file

    opened = open_file(state["folder"] / "self-test.sqlite", deferred=False)
    state["database"] = opened.database
    if opened.backup_problem is not None:
        raise opened.backup_problem
    if opened.daily_backup is None:
        raise AssertionError("no daily backup was made of the new database")
    return f"{opened.database.path}, daily backup {opened.daily_backup.name}"


def write_records(state: dict[str, Any]) -> str:
    from socialneet_desktop.db import models
    from socialneet_desktop.services.records import create_record, set_meeting_links

    with state["database"].session() as session:

        def create(model: type, **values: Any) -> Any:
            return create_record(session, model, values, user=USER)

        staff = create(models.Staff, first_name="Anna", last_name="Operatrice")
        org = create(models.Organization, name="Comune di Prova", kind="public_body")
        person = create(
            models.ContactPerson, organization_id=org.id, first_name="Sara", last_name="Bianchi"
        )
        meeting = create(models.StakeholderMeeting, meeting_date=DAY, meeting_type="bilateral")
        set_meeting_links(session, meeting, [org.id], [person.id], user=USER)
        resource = create(
            models.UnusedResource, title="Locale vuoto", category="premises", surveyed_on=DAY
        )
        contact = create(
            models.NeetContact, first_name="Mario", last_name=SURNAME, birth_date=date(2001, 3, 12)
        )
        visit = create(
            models.MeetingPointVisit,
            contact_id=contact.id,
            staff_id=staff.id,
            visit_date=DAY,
            start_time=time(10, 0),
            end_time=time(11, 0),
            visit_type="orientation",
        )
        state["visit_id"] = visit.id
        _write_path(create, contact.id, org.id, person.id, staff.id)
        _write_network_and_needs(create, org.id, person.id, staff.id, resource.id)
    return _counts(state["database"])


def _write_path(create: Callable[..., Any], contact: int, org: int, person: int, staff: int):
    """One record of each kind of the young person's path and of the project's activities."""
    from socialneet_desktop.db import models

    activity = create(models.ProjectActivity, code="2.3.8", title="Meeting Point")
    create(models.ActivityTarget, activity_id=activity.id, indicator="young_people_reached",
           target=100)  # fmt: skip
    course = create(models.TrainingCourse, title="Corso di prova", start_date=DAY,
                    provider_organization_id=org, activity_id=activity.id)  # fmt: skip
    lesson = create(models.CourseSession, course_id=course.id, session_date=DAY,
                    start_time=time(9, 0), end_time=time(13, 0))  # fmt: skip
    enrolment = create(models.Enrolment, course_id=course.id, contact_id=contact, enrolled_on=DAY)
    create(models.Attendance, session_id=lesson.id, enrolment_id=enrolment.id, hours=4)
    placement = create(models.Placement, contact_id=contact, host_organization_id=org,
                       tutor_person_id=person, placement_kind="job", start_date=DAY)  # fmt: skip
    create(models.PlacementHours, placement_id=placement.id, week_start=DAY, hours=20)
    mentor = create(models.Mentor, staff_id=staff)
    create(models.MentorAssignment, mentor_id=mentor.id, contact_id=contact, start_date=DAY)
    create(models.MentoringMeeting, mentor_id=mentor.id, contact_id=contact, meeting_date=DAY)
    create(models.ProjectIdea, title="Idea di prova", mentor_id=mentor.id, idea_on=DAY)
    create(models.Outcome, contact_id=contact, outcome_date=DAY, status="employed")


def _write_network_and_needs(
    create: Callable[..., Any], org: int, person: int, staff: int, resource: int
) -> None:
    """One record of each kind of the cooperation map and of the needs' matching."""
    from socialneet_desktop.db import models

    other = create(models.Organization, name="Cooperativa di Prova", kind="cooperative")
    answer = create(models.CoopAnswer, organization_id=org, answered_on=DAY)
    create(models.CoopTie, answer_id=answer.id, organization_id=other.id, information=True)
    agreement = create(models.Agreement, title="Protocollo di prova", signed_on=DAY)
    create(models.AgreementParty, agreement_id=agreement.id, organization_id=org)
    need = create(models.Need, title="Sala per un corso", organization_id=org,
                  category="premises", recorded_on=DAY)  # fmt: skip
    proposal = create(models.MatchProposal, need_id=need.id, resource_id=resource)
    create(models.DelegateMark, proposal_id=proposal.id, staff_id=staff, mark=7, marked_on=DAY)


def _counts(database: Any) -> str:
    counts = database.record_counts()
    if not all(counts.values()):
        raise AssertionError(f"a kind has no record: {counts}")
    return ", ".join(f"{table} {n}" for table, n in counts.items())


def export_funder_report(state: dict[str, Any]) -> str:
    import openpyxl

    from socialneet_desktop.exports.excel import sheet_title
    from socialneet_desktop.exports.funder_report import write_funder_report
    from socialneet_desktop.i18n import translate

    path = state["folder"] / "funder.xlsx"
    write_funder_report(
        state["database"], date(DAY.year, 1, 1), DAY, path, identifiable=True, user=USER
    )
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        summary = workbook[sheet_title(translate("FunderReport", "Summary"))]
        label = translate("FunderReport", "NEET contacts reached")
        reached = next(row[1] for row in summary.iter_rows(values_only=True) if row[:1] == (label,))
    finally:
        workbook.close()
    if reached != 1:
        raise AssertionError(f"the Summary sheet counts {reached!r} contacts, not 1")
    return f"{path.name}, {len(workbook.sheetnames)} sheets, 1 contact"


def print_visit_sheet(state: dict[str, Any]) -> str:
    from socialneet_desktop.printing import write_visit_sheet

    path = state["folder"] / "visit.pdf"
    _set_logo(state["database"])
    write_visit_sheet(state["database"], state["visit_id"], path)
    if not path.read_bytes().startswith(b"%PDF"):
        raise AssertionError(f"{path.name} is not a PDF")
    return f"{path.name}, {path.stat().st_size} bytes{_surname_check(path)}"


def _set_logo(database: Any) -> None:
    """The bundled icon as the letterhead logo: drawing it needs Pillow in the bundle."""
    from socialneet_desktop.db.models import AppSettings
    from socialneet_desktop.paths import resource

    with database.session() as session:
        settings = session.get(AppSettings, 1) or AppSettings(id=1, association_name="Prova")
        settings.logo = resource("icons", "socialneet.png").read_bytes()
        session.add(settings)


def _surname_check(path: Path) -> str:
    try:
        from pypdf import PdfReader
    except ImportError:  # not bundled with the app: the %PDF header is all we check
        return ""
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    if SURNAME not in text:
        raise AssertionError(f"the contact's surname is missing from {path.name}")
    return ", surname found"


def open_encrypted(state: dict[str, Any]) -> str:
    """A copy of the database encrypted (SQLCipher, issue #24), refused without its
    passphrase, then opened through the opening sequence with it."""
    from socialneet_desktop.db import encryption, passphrase, sqlite_connect
    from socialneet_desktop.db.database_files import PassphraseNeeded
    from socialneet_desktop.db.opening import open_file

    path = state["folder"] / "self-test-encrypted.sqlite"
    open_file(path, deferred=False).database.close()
    secret = "self-test passphrase"
    encryption.encrypt(path, secret)
    sqlite_connect.forget_all_keys()
    try:
        open_file(path, deferred=False).database.close()
    except PassphraseNeeded:
        pass
    else:
        raise AssertionError("an encrypted file opened without its passphrase")
    if not passphrase.unlock(path, secret):
        raise AssertionError("the passphrase does not open the encrypted file")
    database = open_file(path, deferred=False).database
    try:
        contacts = database.record_counts()["neet_contacts"]
    finally:
        database.close()
    connection = sqlite_connect.connect(path, sqlite_connect.READ_ONLY, key=secret)
    try:
        version = connection.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        connection.close()
    return f"SQLCipher {version}, {contacts} contacts"


STEPS: list[tuple[str, Callable[[dict[str, Any]], str]]] = [
    ("bundled resources", check_resources),
    ("create a temporary database", create_database),
    ("write one record of each kind", write_records),
    ("export the funder workbook", export_funder_report),
    ("print a visit sheet", print_visit_sheet),
    ("open an encrypted database", open_encrypted),
]
