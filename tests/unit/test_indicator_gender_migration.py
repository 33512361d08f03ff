"""Migration 0008: the gender code "other" becomes "non_binary" (the funders' third gender),
back again on downgrade; the association details gain the indicator set (default ""). The
vocabulary offers female, male and non-binary."""

from __future__ import annotations

import sqlite3

from alembic import command
from sqlalchemy import text

from socialneet_desktop.db import migrate
from socialneet_desktop.db.database import open_database
from socialneet_desktop.domain.vocabularies import GENDER


def _genders(path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as raw:
        return raw.execute("SELECT first_name, gender FROM neet_contacts ORDER BY id").fetchall()


def test_other_becomes_non_binary_and_back(tmp_path):
    path = tmp_path / "old.sqlite"
    database = open_database(path)
    with database.engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0007")
        columns = connection.execute(text("PRAGMA table_info(app_settings)")).all()
        assert "indicator_set" not in [column[1] for column in columns]
        for name, gender in (("Ada", "female"), ("Cleo", "other"), ("Ugo", "male"), ("Eli", "")):
            connection.execute(
                text(
                    "INSERT INTO neet_contacts (uuid, first_name, last_name, gender, "
                    "birthplace_code, tax_code, citizenship, residence_municipality_code, "
                    "address, postal_code, phone, email, education_level, labour_status, "
                    "youth_guarantee, heard_from, sectors_of_interest, privacy_notice_version, "
                    "consent_contact, guardian_name, guardian_consent, notes, created_at, "
                    "updated_at, created_by, updated_by, version, caring_responsibilities, "
                    "minority, asylum_or_refugee, special_category_consent, disability, "
                    "mental_health) VALUES (:u, :n, 'T', :g, '', '', '', '', '', '', '', '', "
                    "'', '', 0, '', '', '', 0, '', 0, '', '2025-01-01', '2025-01-01', '', '', 1, "
                    "0, 0, 0, 0, 0, 0)"
                ),
                {"u": f"uuid-{name}", "n": name, "g": gender},
            )
    database.close()
    reopened = open_database(path)  # migrates 0007 -> 0008
    assert _genders(path) == [
        ("Ada", "female"),
        ("Cleo", "non_binary"),
        ("Ugo", "male"),
        ("Eli", ""),
    ]
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT indicator_set FROM app_settings").fetchall() in ([], [("",)])
    with reopened.engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0007")
    reopened.close()
    assert _genders(path)[1] == ("Cleo", "other")


def test_the_gender_list_is_the_funders():
    assert GENDER.codes() == ("female", "male", "non_binary")
    assert GENDER.label_for("non_binary") == "Non-binary"
