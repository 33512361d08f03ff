"""An erasure on request also clears what the import batches kept of the person: an import
that updated a contact (or a visit) keeps the values it replaced in its batch's audit event,
to put them back on undo (services.import_batches); after the erasure and a compaction the
file's bytes hold none of them, and the batch still lists its records."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select

from socialneet_desktop.cli import run_command
from socialneet_desktop.db.models import AuditEvent, NeetContact
from socialneet_desktop.domain.codice_fiscale import encode
from socialneet_desktop.services import privacy
from socialneet_desktop.services.import_batches import batches

OLD_PHONE, OLD_ADDRESS, OLD_SUMMARY = "3331234567", "Via Castelli 7", "Colloquio con Zanardelli"
TAX_CODE = encode("Zanardelli", "Giuseppina", "female", date(1999, 3, 12), "L117")
HEADER = "Nome;Cognome;Codice fiscale;Sesso;Data di nascita;Telefono;Indirizzo"


def _import(database, path, text, kind, *extra):
    path.write_text(text, encoding="utf-8")
    command = ["import", "spreadsheet", "--kind", kind, str(path), "--yes", *extra]
    assert run_command(command, database) == 0


def _file_bytes(database) -> bytes:
    wal = database.path.with_name(database.path.name + "-wal")
    return database.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


OTHER = "Mario;Bianchi;{code};M;01/02/1998"
OTHER_CODE = encode("Bianchi", "Mario", "male", date(1998, 2, 1), "L117")
OTHER_PHONE = "3471112223"


def _person(database, tmp_path) -> int:
    """Giuseppina Zanardelli and Mario Bianchi imported, then updated by a second import of
    each list (the office's newer copy): batch 3 keeps both people's old phones and
    addresses, batch 4 the old summary of her visit."""
    person = f"Giuseppina;Zanardelli;{TAX_CODE};F;12/03/1999"
    other = OTHER.format(code=OTHER_CODE)
    first = f"{HEADER}\n{person};{OLD_PHONE};{OLD_ADDRESS}\n{other};{OTHER_PHONE};Via Po 2\n"
    _import(database, tmp_path / "iscritti.csv", first, "contacts")
    visits = "Codice fiscale;Data visita;Tipo visita;Sintesi\n"
    visit = f"{TAX_CODE};04/05/2021;Orientamento"
    _import(database, tmp_path / "visite.csv", f"{visits}{visit};{OLD_SUMMARY}\n", "visits")
    newer = f"{HEADER}\n{person};3207654321;Via Roma 1\n{other};3470000000;Via Po 2\n"
    update = ("--duplicates", "update")
    _import(database, tmp_path / "iscritti Zanardelli.csv", newer, "contacts", *update)
    again = f"{visits}{visit};Colloquio di orientamento\n"
    _import(database, tmp_path / "visite 2.csv", again, "visits", *update)
    with database.read_session() as session:
        return session.scalar(select(NeetContact.id).where(NeetContact.tax_code == TAX_CODE))


def _erase(database, contact_id: int) -> None:
    with database.session() as session:
        privacy.erase_contact(session, contact_id, user="luca", reason="Richiesta scritta")
    privacy.compact_file(database)


def test_the_batches_keep_no_erased_value_in_the_file(database, tmp_path):
    contact_id = _person(database, tmp_path)
    before = _file_bytes(database)
    for secret in (OLD_PHONE, OLD_ADDRESS, OLD_SUMMARY):
        assert secret.encode() in before  # kept by batches 3 and 4, to be put back on undo
    _erase(database, contact_id)
    after = _file_bytes(database)
    for secret in (OLD_PHONE, OLD_ADDRESS, OLD_SUMMARY, TAX_CODE, "Zanardelli", "Giuseppina"):
        assert secret.encode() not in after, secret
    assert OTHER_PHONE.encode() in after  # the other person's old phone stays in batch 3


def test_the_batches_still_list_their_records_and_undo_leaves_the_erasure(database, tmp_path):
    contact_id = _person(database, tmp_path)
    _erase(database, contact_id)
    with database.read_session() as session:
        found = {batch.batch_id: batch for batch in batches(session)}
        source = json.loads(
            session.scalar(
                select(AuditEvent.changes).where(
                    AuditEvent.table_name == "import_batches", AuditEvent.record_id == 3
                )
            )
        )["source"][1]
    assert sorted(found) == [1, 2, 3, 4]
    assert source.endswith("iscritti [erased].csv")
    mine = next(r for r in found[3].records if r.record_id == contact_id)
    other = next(r for r in found[3].records if r.record_id != contact_id)
    assert mine.previous == {}  # her old phone and address are gone, not replaced
    assert other.previous["phone"] == OTHER_PHONE
    assert found[4].records[0].previous == {}
    assert run_command(["import", "undo", "3", "--also-edited"], database) == 0
    with database.read_session() as session:
        erased = session.get(NeetContact, contact_id)
        bianchi = session.scalar(select(NeetContact).where(NeetContact.tax_code == OTHER_CODE))
        assert (erased.phone, erased.address, erased.tax_code) == ("", "", "")
        assert erased.anonymised_at is not None
        assert bianchi.phone == OTHER_PHONE  # the undo still puts back the other's phone
