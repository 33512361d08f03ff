"""A full package counts as received once the new laptop says so (issue 21): the office's next
package for that laptop carries only what is new, not the whole database again (a USB stick
of 100,000 contacts at each visit otherwise)."""

from __future__ import annotations

from sqlalchemy import select, text

from socialneet_desktop.db.models import NeetContact
from socialneet_desktop.services import records
from socialneet_desktop.services.exchange import apply, package
from socialneet_desktop.services.exchange.conflict_review import INCOMING, open_conflicts, resolve
from tests.helpers_exchange import PASSPHRASE, Post, migrated_template, new_device

CONTACTS = 30


def _devices(tmp_path):
    template = migrated_template(tmp_path)
    return [
        new_device(template, tmp_path / f"{name}.sqlite", name)
        for name in ("Ufficio", "Portatile Anna", "Portatile Bruno")
    ]


def _fill(office, *, older: bool) -> str:
    """The office's contacts (`older`: as a file made before the change log, like the demo's
    bulk rows); returns the first one's uuid."""
    with office.session() as session:
        made = [
            records.create_record(
                session,
                NeetContact,
                {"last_name": f"Rossi {n}", "first_name": "Mario"},
                user="carla",
            )
            for n in range(CONTACTS)
        ]
        first = made[0].uuid
    if older:
        with office.session() as session:
            session.execute(text("DELETE FROM change_log"))
    return first


def _phone(database, uuid: str, phone: str) -> None:
    with database.session() as session:
        contact = session.scalars(select(NeetContact).where(NeetContact.uuid == uuid)).one()
        values = {"phone": phone}
        records.update_record(session, NeetContact, contact.id, contact.version, values)


def _scenario(tmp_path, *, older: bool):
    """The office's full package to two new laptops; each edits the same phone and sends its
    package to the office, which resolves the conflict; then the office prepares a package
    for the first laptop."""
    office, anna, bruno = made = _devices(tmp_path)
    uuid = _fill(office, older=older)
    post = Post(tmp_path)
    full = post.prepare(office, anna, full=True)
    for laptop in (anna, bruno):
        apply.import_package(laptop, full, PASSPHRASE)
    for laptop, phone in ((anna, "333 1111111"), (bruno, "333 2222222")):
        _phone(laptop, uuid, phone)
        post.send(laptop, office)
    with office.session() as session:
        line = open_conflicts(session)[0].lines[0]
        resolve(session, line.conflict_id, INCOMING, user="carla")
    return made, post, uuid


def _close(made) -> None:
    for database in made:
        database.close()


def test_the_next_package_for_a_new_laptop_leaves_out_the_full_package(tmp_path):
    made, post, uuid = _scenario(tmp_path, older=False)
    office, anna, _bruno = made
    try:
        path = post.prepare(office, anna)
        rows = package.read(path, PASSPHRASE).changes
        assert {row[2] for row in rows} == {uuid}  # bruno's edit and the decision, no more
        report = apply.import_package(anna, path, PASSPHRASE)
        assert (report.created, report.updated, report.unchanged) == (0, 1, 0)
    finally:
        _close(made)


def test_records_older_than_the_change_log_are_not_sent_again(tmp_path):
    made, post, uuid = _scenario(tmp_path, older=True)
    office, anna, _bruno = made
    try:
        path = post.prepare(office, anna)
        rows = package.read(path, PASSPHRASE).changes
        assert {row[2] for row in rows} == {uuid}
        report = apply.import_package(anna, path, PASSPHRASE)
        assert (report.created, report.updated, report.unchanged) == (0, 1, 0)
        with anna.read_session() as session:
            contact = session.scalars(select(NeetContact).where(NeetContact.uuid == uuid)).one()
            assert contact.phone == "333 2222222"
    finally:
        _close(made)
