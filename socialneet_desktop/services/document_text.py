"""How values read on paper: dates gg/mm/aaaa, times hh:mm, labels for codes, place names,
all through domain.cells and domain.italian_dates as on the screen and in the workbooks."""

from __future__ import annotations

from socialneet_desktop.db import models
from socialneet_desktop.domain import vocabularies as vocab
from socialneet_desktop.domain.cells import Cells
from socialneet_desktop.domain.italian_dates import date_text
from socialneet_desktop.i18n import translate


def place(code: str) -> str:
    return Cells(translate).place(code)


def label(vocabulary: vocab.Vocabulary, code: str) -> str:
    return Cells(translate).label(vocabulary.name, code) if code else ""


def labels(vocabulary: vocab.Vocabulary, codes: str) -> str:
    return Cells(translate).labels(vocabulary.name, codes)


def person_name(record: models.Staff | models.NeetContact | None) -> str:
    return f"{record.last_name} {record.first_name}".strip() if record else ""


def yes_no(value: bool) -> str:
    return Cells(translate).yes_no(value)


def contact_fields(record: models.NeetContact) -> list[tuple[str, str]]:
    """The person's record as (label, value) pairs, in the order of the form."""
    return [
        (translate("Printing", "Last name"), record.last_name),
        (translate("Printing", "First name"), record.first_name),
        (translate("Printing", "Gender"), label(vocab.GENDER, record.gender)),
        (translate("Printing", "Birth date"), date_text(record.birth_date)),
        (translate("Printing", "Birthplace"), place(record.birthplace_code)),
        (translate("Printing", "Codice fiscale"), record.tax_code),
        (translate("Printing", "Citizenship"), label(vocab.CITIZENSHIP, record.citizenship)),
        (translate("Printing", "Residence"), place(record.residence_municipality_code)),
        (translate("Printing", "Address"), _address(record)),
        (translate("Printing", "Phone"), record.phone),
        (translate("Printing", "E-mail"), record.email),
        (translate("Printing", "Education"), label(vocab.EDUCATION_LEVEL, record.education_level)),
        (translate("Printing", "Labour status"), _labour(record)),
        (translate("Printing", "Youth Guarantee"), yes_no(record.youth_guarantee)),
        (translate("Printing", "Heard from"), label(vocab.HEARD_FROM, record.heard_from)),
        (
            translate("Printing", "Sectors of interest"),
            labels(vocab.SECTOR_OF_INTEREST, record.sectors_of_interest),
        ),
        (translate("Printing", "Privacy notice"), _privacy(record)),
        (translate("Printing", "Consent to be contacted"), yes_no(record.consent_contact)),
        (translate("Printing", "Guardian"), record.guardian_name),
        (translate("Printing", "Notes"), record.notes),
    ]


def _address(record: models.NeetContact) -> str:
    return " ".join(part for part in (record.address, record.postal_code) if part)


def _labour(record: models.NeetContact) -> str:
    status = label(vocab.LABOUR_STATUS, record.labour_status)
    if record.labour_status_months is None:
        return status
    months = translate("Printing", "%1 months").replace("%1", str(record.labour_status_months))
    return f"{status} ({months})" if status else months


def _privacy(record: models.NeetContact) -> str:
    signed = date_text(record.privacy_signed_on)
    return " – ".join(part for part in (record.privacy_notice_version, signed) if part)
