"""An erasure leaves no trigram of the person in the search index: of the live file after its
compaction, and of a backup after its scrub (FTS5 keeps a deleted text in older segments)."""

from __future__ import annotations

from datetime import datetime

from socialneet_desktop.db import backup
from socialneet_desktop.db.models import NeetContact
from socialneet_desktop.services import erasure_register, privacy
from socialneet_desktop.services.records import create_record
from tests.unit.test_search_index import index_blocks

TRIGRAMS = (b"qwy", b"wyx", b"yxz", b"xzv")  # of the surname Qwyxzv, folded


def _contact(database, last_name: str) -> int:
    with database.session() as session:
        values = {"last_name": last_name, "first_name": "Mario", "gender": "male"}
        return create_record(session, NeetContact, values, user="anna").id


def _a_used_file(database) -> int:
    person = _contact(database, "Qwyxzv")
    for _ in range(3):  # more segments, as a file used for a while has
        _contact(database, "Bianchi")
    return person


def test_the_compaction_after_an_erasure_leaves_no_trigram_of_the_person(database):
    person = _a_used_file(database)
    assert all(trigram in index_blocks(database.path) for trigram in TRIGRAMS)
    with database.session() as session:
        privacy.erase_contact(session, person, user="luca", reason="request")
    privacy.compact_file(database)
    blocks = index_blocks(database.path)
    assert not [trigram for trigram in TRIGRAMS if trigram in blocks]
    assert b"bia" in blocks  # the others are still found


def test_a_scrubbed_backup_keeps_no_trigram_of_the_person(database):
    person = _a_used_file(database)
    copy = backup.backup_now(database, None, now=datetime(2026, 3, 2, 10))
    assert all(trigram in index_blocks(copy) for trigram in TRIGRAMS)
    with database.session() as session:
        privacy.erase_contact(session, person, user="luca", reason="request")
    privacy.compact_file(database)
    report = erasure_register.scrub_pending_copies(database)
    assert copy in report.scrubbed, report
    blocks = index_blocks(copy)
    assert not [trigram for trigram in TRIGRAMS if trigram in blocks]
    assert b"bia" in blocks
