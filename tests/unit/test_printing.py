"""Every printed document, generated from demo data and read back with pypdf."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication

from socialneet_desktop import printing
from socialneet_desktop.db import models
from socialneet_desktop.db.database import open_database
from socialneet_desktop.i18n import install_translators
from socialneet_desktop.services.demo import fill_demo

TODAY = date.today()
FORLI = "D704"
EARLY = date(1990, 1, 1)


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """A demo database plus Niccolò (adult, born in Forlì), a minor, and a 300-visit day range."""
    folder = tmp_path_factory.mktemp("printing")
    database = open_database(folder / "print.sqlite")
    fill_demo(database, contacts=40)
    ids = add_people(database)
    yield database, folder, ids
    database.close()


def add_people(database) -> dict[str, int]:
    with database.session() as session:
        staff = models.Staff(first_name="Lucìa", last_name="Fabbri")
        adult = _contact("Niccolò", "Sàntoni", date(2000, 5, 17))
        minor = _contact("Anna", "Forlì", TODAY - timedelta(days=16 * 365), guardian="Mario Forlì")
        session.add_all([staff, adult, minor])
        session.flush()
        visits = [_visit(adult, staff, EARLY + timedelta(days=n // 10), n) for n in range(300)]
        session.add_all(visits)
        session.flush()
        return {"adult": adult.id, "minor": minor.id, "visit": visits[0].id}


def _contact(first: str, last: str, born: date, guardian: str = "") -> models.NeetContact:
    return models.NeetContact(
        first_name=first,
        last_name=last,
        gender="male",
        birth_date=born,
        birthplace_code=FORLI,
        residence_municipality_code=FORLI,
        tax_code="SNTNCL00E17D704X",
        guardian_name=guardian,
    )


def _visit(contact, staff, day: date, n: int) -> models.MeetingPointVisit:
    return models.MeetingPointVisit(
        contact=contact,
        staff=staff,
        visit_date=day,
        start_time=time(9 + n % 8, 15),
        end_time=time(10 + n % 8, 0),
        visit_type="orientation",
        summary="Colloquio sull’idea d’impresa: costi € 1.500, “bottega” di ceramica. " * 3,
        outcome="Prossimo passo: iscrizione al corso.",
        next_appointment=datetime(2030, 1, 2, 10, 30) if n == 0 else None,
    )


def pages(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_visit_sheet_has_the_person_the_visit_and_both_signatures(printed):
    database, folder, ids = printed
    printing.write_visit_sheet(database, ids["visit"], folder / "visit.pdf")
    (text,) = pages(folder / "visit.pdf")
    for expected in ("Niccolò", "Sàntoni", "17/05/2000", "Forlì (FC)", "01/01/1990", "09:15"):
        assert expected in text
    assert "02/01/2030 10:30" in text and "€ 1.500" in text and "“bottega”" in text
    assert "Signature of the young person" in text and "Signature of the staff member" in text
    assert "Page 1 of 1" in text and "Visit sheet" in text


def test_contact_file_lists_every_visit_across_pages(printed):
    database, folder, ids = printed
    printing.write_contact_file(database, ids["adult"], folder / "contact.pdf")
    texts = pages(folder / "contact.pdf")
    assert len(texts) > 1
    assert "Forlì (FC)" in texts[0] and "Niccolò" in texts[0]
    assert "Visits (300)" in texts[0]
    assert "30/01/1990" in texts[-1]
    assert all(f"Page {n} of {len(texts)}" in t for n, t in enumerate(texts, start=1))


def test_a_300_visit_register_repeats_its_header_on_every_page(printed):
    database, folder, _ids = printed
    path = folder / "register.pdf"
    printing.write_register(database, EARLY, EARLY + timedelta(days=29), path)
    texts = pages(path)
    assert len(texts) > 1
    for number, text in enumerate(texts, start=1):
        assert "Attendance register" in text and "01/01/1990 – 30/01/1990" in text
        assert "Time in" in text and "Signature" in text and "Staff member" in text
        assert f"Page {number} of {len(texts)}" in text
    assert sum(t.count("Sàntoni Niccolò") for t in texts) == 300


def test_a_one_day_register_and_a_blank_register(printed):
    database, folder, _ids = printed
    printing.write_register(database, EARLY, EARLY, folder / "day.pdf")
    assert sum(t.count("Sàntoni Niccolò") for t in pages(folder / "day.pdf")) == 10
    printing.write_blank_register(database, date(2031, 3, 4), 25, folder / "blank.pdf")
    texts = pages(folder / "blank.pdf")
    numbers = [int(n) for t in texts for n in re.findall(r"^(\d+)\s+04/03/2031", t, re.M)]
    assert numbers == list(range(1, 26))


def test_consent_form_asks_a_guardian_to_sign_only_for_a_minor(printed):
    database, folder, ids = printed
    printing.write_consent_form(database, ids["adult"], folder / "adult.pdf")
    printing.write_consent_form(database, ids["minor"], folder / "minor.pdf")
    adult, minor = "".join(pages(folder / "adult.pdf")), "".join(pages(folder / "minor.pdf"))
    assert "Niccolò" in adult and "version 1.1" in adult and "☐ I consent" in adult
    assert "Signature of the data subject" in adult and "guardian" not in adult
    assert "Signature of the parent or guardian" in minor and "Mario Forlì" in minor


def test_meetings_and_resources_lists(printed):
    database, folder, _ids = printed
    printing.write_meetings(database, TODAY - timedelta(days=800), TODAY, folder / "m.pdf")
    printing.write_resources(database, TODAY - timedelta(days=800), TODAY, folder / "r.pdf")
    meetings, resources = "".join(pages(folder / "m.pdf")), "".join(pages(folder / "r.pdf"))
    assert "Stakeholder meetings" in meetings and "Organisations" in meetings
    assert re.search(r"\d\d/\d\d/20\d\d", meetings)
    assert "Unused resources" in resources and "(TR)" in resources


def test_fonts_are_embedded_dejavu(printed):
    database, folder, ids = printed
    printing.write_visit_sheet(database, ids["visit"], folder / "fonts.pdf")
    fonts = PdfReader(folder / "fonts.pdf").pages[0]["/Resources"]["/Font"]
    names = [font.get_object()["/BaseFont"] for font in fonts.values()]
    assert names and all("DejaVuSans" in name for name in names)
    descriptors = [font.get_object()["/FontDescriptor"].get_object() for font in fonts.values()]
    assert all("/FontFile2" in descriptor for descriptor in descriptors)  # embedded TrueType


def test_an_unknown_or_deleted_record_is_refused(printed):
    database, folder, _ids = printed
    with pytest.raises(printing.NotFound):
        printing.write_visit_sheet(database, 10**9, folder / "none.pdf")
    assert not (folder / "none.pdf").exists()
    assert not list(folder.glob("*.part"))


def test_the_logo_of_the_settings_is_drawn(printed, tmp_path):
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    database, folder, ids = printed
    image = QImage(300, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("darkred"))
    buffer = QBuffer(stored := QByteArray())
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    with database.session() as session:
        session.get(models.AppSettings, 1).logo = bytes(stored)
    try:
        printing.write_visit_sheet(database, ids["visit"], tmp_path / "logo.pdf")
        assert PdfReader(tmp_path / "logo.pdf").pages[0].images
    finally:
        with database.session() as session:
            session.get(models.AppSettings, 1).logo = None


def test_italian_catalogue_prints_italian_text(printed):
    """Needs /tmp/printing_translations.tsv merged into socialneet_it.ts (and the .qm rebuilt)."""
    database, folder, ids = printed
    install_translators(QCoreApplication.instance(), "it")
    try:
        printing.write_register(database, EARLY, EARLY, folder / "it.pdf")
    finally:
        install_translators(QCoreApplication.instance(), "en")
    text = "".join(pages(folder / "it.pdf"))
    assert "Foglio presenze" in text and "Pagina 1 di 1" in text and "Firma" in text
