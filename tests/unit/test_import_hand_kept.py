"""Files offices really keep (issue 17): title rows above the header, headers in their own
words, values to map, one row holding several records, repeated meeting rows, and the undo
of an import. The workbooks are made by tests/data/imports/make_files.py (openpyxl), the
register is the real 5x1000 sample of ../shared/testdata."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from socialneet_desktop.cli import run_command
from socialneet_desktop.db.models import (
    AuditEvent,
    ContactPerson,
    Organization,
    StakeholderMeeting,
)
from socialneet_desktop.importers.mapping import guess_columns, guess_mapping
from socialneet_desktop.importers.pipeline import ImportPlan, analyse, import_rows
from socialneet_desktop.importers.readers import UnreadableFile, read_table
from socialneet_desktop.importers.several import (
    analyse_several,
    import_several,
    several_mapping,
)
from socialneet_desktop.importers.value_mapping import distinct_values, value_map
from socialneet_desktop.services.import_batches import (
    BatchProblem,
    batches,
    edited_since,
    restore_batch,
    undo_batch,
)
from socialneet_desktop.services.records import update_record
from tests.conftest import shared_testdata
from tests.data.imports import make_files

KINDS = ["organizations", "contact_people", "meetings"]


@pytest.fixture
def met(tmp_path):
    return make_files.stakeholders_met(tmp_path / "stakeholders_met.xlsx")


def _plans(table, kinds=KINDS):
    """The plans the wizard proposes: each column to its kind, the coded values guessed."""
    plans = []
    for kind, mapping in several_mapping(kinds, table.headers).items():
        plan = ImportPlan(kind, mapping)
        for column, name in mapping.items():
            if name in ("kind", "meeting_type"):
                found = distinct_values(kind, table.rows, column, name)
                plan.values[name] = value_map({v.text: v.guess or "" for v in found})
        plans.append(plan)
    return plans


def _live(session, model):
    query = select(func.count()).select_from(model).where(model.deleted_at.is_(None))
    return session.scalar(query)


def _counts(database):
    with database.read_session() as session:
        return tuple(_live(session, m) for m in (Organization, ContactPerson, StakeholderMeeting))


# --- the header row ---------------------------------------------------------------------


def test_title_rows_above_the_header_are_skipped_and_listed(met):
    table = read_table(met)
    assert table.header_row == 4  # merged title, "Aggiornato al", a blank row
    assert table.skipped_rows == [1, 2]
    assert table.headers[0] == "Ente" and len(table.headers) == 11
    assert [row.number for row in table.rows] == [5, 6, 7, 8, 9]
    assert table.total_rows == [11]  # "Totale incontri" and its formula is no record


def test_another_header_row_can_be_chosen(met):
    table = read_table(met, header_row=2)
    assert table.header_row == 2 and table.guessed_header_row == 4
    assert table.headers[0] == "Aggiornato al 28/02/2025"
    with pytest.raises(UnreadableFile) as raised:
        read_table(met, header_row=3)  # the blank row
    assert "no row 3" in str(raised.value)


def test_a_csv_with_a_title_line_finds_its_separator_and_header(tmp_path):
    path = tmp_path / "enti.csv"
    path.write_text(
        "Elenco enti aggiornato al 01/03/2025\n\nDenominazione;Comune;Tipo\n"
        "Associazione Alfa;Terni;APS\nFondazione Beta;Narni;Fondazione\n",
        encoding="utf-8",
    )
    table = read_table(path)
    assert (table.delimiter, table.header_row, table.headers) == (
        ";",
        3,
        ["Denominazione", "Comune", "Tipo"],
    )
    assert len(table.rows) == 2


def test_hand_kept_organisations_import_with_their_words(database, tmp_path):
    path = make_files.hand_kept_organisations(tmp_path / "enti.xlsx")
    table = read_table(path)
    assert (table.header_row, table.total_rows) == (3, [8])
    mapping = guess_mapping("organizations", table.headers)
    assert mapping == {
        "Nome organizzazione": "name",
        "Tipologia": "kind",
        "Città": "municipality_code",
        "Email organizzazione": "email",
        "Sitoweb": "website",
    }
    plan = ImportPlan("organizations", mapping)
    found = distinct_values("organizations", table.rows, "Tipologia", "kind")
    assert [(v.text, v.count, v.guess) for v in found] == [
        ("APS", 2, "aps"),
        ("Fondazione", 1, "foundation"),
        ("Coop. sociale tipo B", 1, "social_cooperative"),
    ]
    plan.values["kind"] = value_map({v.text: v.guess for v in found})
    report = import_rows(database, table, plan, user="test")
    assert (report.count("created"), report.total("duplicate")) == (3, 1)  # one repeated row
    with database.read_session() as session:
        kinds = dict(session.execute(select(Organization.name, Organization.kind)).all())
    assert kinds["Coop. Alba"] == "social_cooperative"


# --- guessing ---------------------------------------------------------------------------


def test_headers_are_guessed_by_their_words_with_a_confidence():
    guesses = guess_columns(
        "organizations", ["Denominazione ente", "Città", "Email organizzazione", "Sitoweb"]
    )
    assert {h: g.field for h, g in guesses.items()} == {
        "Denominazione ente": "name",
        "Città": "municipality_code",
        "Email organizzazione": "email",
        "Sitoweb": "website",
    }
    assert guesses["Città"].confidence == 1.0
    assert guesses["Email organizzazione"].confidence < 1.0
    # a title that only holds a synonym among other words is not taken without the user
    low = guess_columns("organizations", ["Sede operativa secondaria"])
    assert low["Sede operativa secondaria"].field == "address"  # proposed, not taken
    assert low["Sede operativa secondaria"].confidence < 0.75
    assert guess_mapping("organizations", ["Sede operativa secondaria"]) == {}


def test_a_public_register_of_110_columns_with_repeated_titles(database, tmp_path):
    path = make_files.public_register(tmp_path / "registro.csv")
    table = read_table(path)
    assert len(table.headers) == 110
    assert "Note (2)" in table.headers and "Indirizzo (2)" in table.headers
    mapping = guess_mapping("organizations", table.headers)
    assert mapping["Denominazione"] == "name" and mapping["Forma giuridica"] == "kind"
    report = import_rows(database, table, ImportPlan("organizations", mapping), user="test")
    assert report.count("created") == 2
    with database.read_session() as session:
        notes = session.scalar(
            select(Organization.notes).where(Organization.name.startswith("ASSOCIAZIONE"))
        )
    assert notes == "prima riga\nseconda riga"  # a quoted value on two lines stays whole


# --- values to map ----------------------------------------------------------------------


def test_unmapped_values_are_rejected_and_mapped_ones_imported(database, tmp_path):
    path = tmp_path / "tipi.csv"
    path.write_text(
        "Denominazione;Tipo\nAlfa;Coop. sociale tipo B\nBeta;Consorzio\n", encoding="utf-8"
    )
    table = read_table(path)
    plan = ImportPlan("organizations", {"Denominazione": "name", "Tipo": "kind"})
    with database.read_session() as session:
        assert analyse(session, table, plan).total("rejected") == 2
    plan.values["kind"] = value_map({"coop. sociale tipo b": "social_cooperative", "Consorzio": ""})
    plan.defaults["kind"] = "other"  # "leave empty": the default of the field then applies
    report = import_rows(database, table, plan, user="test")
    assert (report.count("created"), report.total("rejected")) == (2, 0)


# --- several kinds from one row ---------------------------------------------------------


def test_stakeholders_met_import_in_one_pass_linked(database, met):
    table = read_table(met)
    dry = analyse_several(database, table, _plans(table))
    assert _counts(database) == (0, 0, 0)  # the dry run wrote nothing
    assert dry.counts()["organizations"]["created"] == 3
    result = import_several(database, table, _plans(table), user="test")
    assert result.counts() == {
        "organizations": {"created": 3, "found": 2, "rejected": 0, "updated": 0},
        "contact_people": {"created": 4, "found": 1, "rejected": 0, "updated": 0},
        "meetings": {"created": 4, "found": 1, "rejected": 0, "updated": 0},
    }
    assert _counts(database) == (3, 4, 4)
    with database.read_session() as session:
        people = {p.last_name: p for p in session.scalars(select(ContactPerson))}
        assert people["Rossi"].organization.name == "Cooperativa Il Ponte"
        assert people["Rossi"].role == "Presidente"
        assert people["Rossi"].email == "maria.rossi@ilponte.example"
        meetings = {m.topic: m for m in session.scalars(select(StakeholderMeeting))}
        focus = meetings["Fabbisogni delle imprese"]
        assert focus.meeting_type == "focus_group"
        assert sorted(o.name for o in focus.organizations) == [
            "Comune di Narni",
            "Confartigianato Terni",
        ]
        assert sorted(p.last_name for p in focus.people) == ["Neri", "Verdi"]
        assert [p.last_name for p in meetings["Verifica tirocini"].people] == ["Rossi"]
        narni = session.scalar(select(Organization).where(Organization.name == "Comune di Narni"))
        assert narni.kind == "public_body" and narni.municipality_code == "F844"
    again = import_several(database, table, _plans(table), user="test")
    assert again.batch_id is None and _counts(database) == (3, 4, 4)  # adds nothing


def test_undo_takes_the_whole_import_back_and_the_bin_restores_it(database, met):
    table = read_table(met)
    batch_id = import_several(database, table, _plans(table), user="anna").batch_id
    with database.read_session() as session:
        (listed,) = batches(session)
    assert (listed.batch_id, listed.user, listed.source) == (batch_id, "anna", str(met))
    assert listed.counts["meetings"]["created"] == 4 and len(listed.records) == 11
    with database.session() as session:
        result = undo_batch(session, batch_id, "bruno")
    assert (result.deleted, result.kept) == (11, [])
    assert _counts(database) == (0, 0, 0)
    with database.read_session() as session:
        deleted = session.scalar(
            select(func.count())
            .select_from(Organization)
            .where(Organization.deleted_at.is_not(None))
        )
        events = session.scalars(
            select(AuditEvent.action).where(AuditEvent.user_name == "bruno")
        ).all()
        assert deleted == 3
        assert events.count("delete") == 11 and "undo_import" in events
        assert batches(session)[0].undone
    with database.session() as session, pytest.raises(BatchProblem):
        undo_batch(session, batch_id, "bruno")
    with database.session() as session:
        assert restore_batch(session, batch_id, "bruno") == 11
    assert _counts(database) == (3, 4, 4)


def test_undo_keeps_the_records_edited_since_unless_asked(database, met):
    table = read_table(met)
    batch_id = import_several(database, table, _plans(table), user="test").batch_id
    with database.session() as session:
        rossi = session.scalar(select(ContactPerson).where(ContactPerson.last_name == "Rossi"))
        update_record(session, ContactPerson, rossi.id, rossi.version, {"role": "Vice"}, user="x")
    with database.read_session() as session:
        assert [(r.table, r.record_id) for r in edited_since(session, batch_id)] == [
            ("contact_people", rossi.id)
        ]
    with database.session() as session:
        result = undo_batch(session, batch_id, "test")
    assert result.deleted == 10 and [r.record_id for r in result.kept] == [rossi.id]
    assert _counts(database) == (0, 1, 0)


def test_undo_puts_back_the_fields_an_update_changed(database, tmp_path):
    first = tmp_path / "a.csv"
    first.write_text(
        "Denominazione;Tipo;Codice fiscale;Telefono\nAlfa;APS;80012345676;0744 123456\n",
        encoding="utf-8",
    )
    second = tmp_path / "b.csv"
    second.write_text(
        "Denominazione;Tipo;Codice fiscale;Telefono\nAlfa;APS;80012345676;0744 654321\n",
        encoding="utf-8",
    )
    mapping = {"Denominazione": "name", "Tipo": "kind", "Telefono": "phone"}
    mapping["Codice fiscale"] = "tax_code"
    import_rows(database, read_table(first), ImportPlan("organizations", mapping), user="t")
    plan = ImportPlan("organizations", mapping, duplicates="update")
    report = import_rows(database, read_table(second), plan, user="t")
    assert report.count("updated") == 1
    with database.session() as session:
        result = undo_batch(session, report.batch_id, "t")
    assert (result.deleted, result.reverted) == (0, 1)
    with database.read_session() as session:
        assert session.scalar(select(Organization.phone)) == "0744 123456"
        (event,) = session.scalars(
            select(AuditEvent).where(AuditEvent.table_name == "import_batches")
            .where(AuditEvent.action == "import").where(AuditEvent.record_id == report.batch_id)
        ).all()  # fmt: skip
        assert json.loads(event.changes)["updated"][1][0][4] == {"phone": "0744 123456"}


def test_repeated_meeting_rows_are_one_meeting_with_every_organisation(database, tmp_path):
    orgs = tmp_path / "enti.csv"
    orgs.write_text("Denominazione;Tipo\nAlfa;APS\nBeta;ODV\nGamma;Fondazione\n", encoding="utf-8")
    kinds = ImportPlan("organizations", {"Denominazione": "name", "Tipo": "kind"})
    import_rows(database, read_table(orgs), kinds, user="t")
    path = tmp_path / "incontri.csv"
    path.write_text(
        "Data;Tipo incontro;Argomento;Ente\n"
        "10/03/2025;Focus group;Rete territoriale;Alfa\n"
        "10/03/2025;Focus group;Rete territoriale;Beta\n"
        "11/03/2025;Focus group;Rete territoriale;Gamma\n",
        encoding="utf-8",
    )
    table = read_table(path)
    plan = ImportPlan("meetings", guess_mapping("meetings", table.headers))
    report = import_rows(database, table, plan, user="t")
    assert report.count("created") == 2
    with database.read_session() as session:
        by_day = {m.meeting_date.day: m for m in session.scalars(select(StakeholderMeeting))}
        assert sorted(o.name for o in by_day[10].organizations) == ["Alfa", "Beta"]
        assert [o.name for o in by_day[11].organizations] == ["Gamma"]
    assert import_rows(database, table, plan, user="t").count("created") == 0


def test_the_real_register_import_is_one_batch_undone_whole(database):
    table = read_table(shared_testdata("registers", "5x1000_ade_beneficiari_SAMPLE.csv"))
    plan = ImportPlan(
        "organizations", guess_mapping("organizations", table.headers), {"kind": "other"}
    )
    report = import_rows(database, table, plan, user="t")  # fmt: skip
    created = report.count("created")
    assert created > 50 and database.record_counts()["organizations"] == created
    with database.session() as session:
        assert undo_batch(session, report.batch_id, "t").deleted == created
    assert database.record_counts()["organizations"] == 0


# --- the command line -------------------------------------------------------------------


def test_cli_imports_the_sheet_in_one_pass_and_undoes_it(database, met, capsys):
    command = ["import", "spreadsheet", "--kind", "organisations,people,meetings", str(met)]
    assert run_command(command, database) == 0
    out = capsys.readouterr().out
    assert "Header: row 4" in out and "Rows above the header, skipped: 1, 2" in out
    assert _counts(database) == (3, 4, 4)
    assert run_command(command, database) == 0
    assert "Meetings: 0 created, 5 found already, 0 rejected" in capsys.readouterr().out
    assert _counts(database) == (3, 4, 4)
    assert run_command(["import", "undo", "1"], database) == 0
    assert _counts(database) == (0, 0, 0)
    assert run_command(["import", "undo", "1"], database) == 1
    assert "was undone already" in capsys.readouterr().err
    assert run_command(["import", "restore", "1"], database) == 0
    assert _counts(database) == (3, 4, 4)


def test_cli_value_and_header_row_options(database, tmp_path, capsys):
    path = tmp_path / "t.csv"
    path.write_text("Registro 2025\n\nDenominazione;Tipo\nAlfa;Consorzio\n", encoding="utf-8")
    base = ["import", "spreadsheet", "--kind", "organisations", str(path)]
    assert run_command([*base, "--yes"], database) == 0  # "Consorzio" is no choice: rejected
    assert database.record_counts()["organizations"] == 0
    assert run_command([*base, "--value", "kind=Consorzio=nonsense"], database) == 2
    assert "not a choice of kind" in capsys.readouterr().err
    assert (
        run_command([*base, "--header-row", "3", "--value", "kind=Consorzio=other"], database) == 0
    )
    assert database.record_counts()["organizations"] == 1


# --- a minor's guardian, Access counts --------------------------------------------------


def test_a_minor_with_guardian_and_consent_imports_without_the_minor_warning(database, tmp_path):
    from datetime import date

    path = tmp_path / "minori.csv"
    path.write_text(
        "Cognome;Nome;Data di nascita;Tutore;Consenso tutore\n"
        "Rossi;Ada;01/06/2010;Maria Rossi;Sì\n"
        "Verdi;Eva;01/06/2010;;Sì\n"
        "Bianchi;Leo;01/06/2010;;\n",
        encoding="utf-8",
    )
    table = read_table(path)
    plan = ImportPlan("contacts", guess_mapping("contacts", table.headers))
    with database.read_session() as session:
        report = analyse(session, table, plan, today=date(2026, 12, 1))
    rows = {row.number: row for row in report.rows}
    minor = "Minor (%1 years old): the guardian's consent is required."
    assert [i.message for i in rows[2].issues] == []  # consent ticked, guardian named
    assert minor in [i.message for i in rows[3].issues]  # the guardian is not named
    assert rows[4].status == "rejected" and minor in [i.message for i in rows[4].issues]


def test_an_access_table_that_cannot_be_counted_says_so_instead_of_minus_one():
    from socialneet_desktop.i18n import translate
    from socialneet_desktop.importers.access.tables import TableInfo

    assert TableInfo("Contatti", -1, []).rows_text(translate) == "cannot be read"
    assert TableInfo("Contatti", 63, []).rows_text(translate) == "63"


def test_an_access_link_table_gives_each_meeting_all_its_organisations(database, capsys):
    import shutil

    if shutil.which("mdb-export") is None:
        pytest.skip("mdbtools (mdb-export) is not on PATH: the link table is read with it")
    path = str(shared_testdata("access", "nwind.mdb"))
    access = ["import", "access", path, "--reader", "mdbtools", "--yes"]
    products = ["--table", "Products", "--kind", "organisations", "--map", "ProductName=name"]
    assert run_command([*access, *products, "--set", "kind=enterprise"], database) == 0
    orders = ["--table", "Orders", "--kind", "meetings", "--map", "OrderDate=meeting_date"]
    orders += ["--map", "CustomerID=", "--map", "ShipName=topic", "--set", "meeting_type=other"]
    assert run_command([*access, *orders], database) == 0
    links = [*access, "--table", "Order Details", "--meeting-links", "OrderID,ProductID"]
    assert run_command(links, database) == 0
    assert "organisations added to them" in capsys.readouterr().out
    with database.read_session() as session:
        order = session.scalar(
            select(StakeholderMeeting).where(StakeholderMeeting.origin_key == "10248")
        )
        assert sorted(o.origin_key for o in order.organizations) == ["11", "42", "72"]
        changes = session.scalars(
            select(AuditEvent.changes).where(
                AuditEvent.table_name == "stakeholder_meetings",
                AuditEvent.record_id == order.id,
                AuditEvent.action == "update",
            )
        ).all()
    assert any("organizations" in change for change in changes)  # audited like a save
    assert run_command(links, database) == 0  # again: nothing more to add
    assert "0 meetings, 0 organisations added" in capsys.readouterr().out


def test_the_alphabet_of_access_97_text_is_guessed_from_the_text():
    from socialneet_desktop.importers.access.alphabet import guess_from_texts

    def as_read(text: str, code_page: str) -> str:  # what a Windows-1252 reading shows
        return text.encode(code_page).decode("cp1252", errors="ignore")

    russian = "Москва, улица Тверская, дом 12; Иванов Пётр Сергеевич"
    greek = "Αθήνα, οδός Ερμού 5; Παπαδόπουλος Γιώργος"
    assert guess_from_texts([as_read(russian, "cp1251")]) == "CP1251"
    assert guess_from_texts([as_read(greek, "cp1253")]) == "CP1253"
    assert guess_from_texts(["Forlì, via Roma; Associazione Città Aperta"]) == "CP1252"


def test_a_western_access_97_file_is_still_read_as_windows_1252(database, capsys):
    import shutil

    if shutil.which("mdb-export") is None:
        pytest.skip("mdbtools (mdb-export) is not on PATH")
    path = str(shared_testdata("access", "testV1997.mdb"))
    assert run_command(["import", "access", path, "--reader", "mdbtools"], database) == 0
    assert "guessed" not in capsys.readouterr().out


def test_a_bad_email_rejects_the_row_or_is_left_out_as_chosen(database, tmp_path, capsys):
    path = tmp_path / "email.csv"
    path.write_text(
        "Denominazione;Tipo;Email\nAlfa;APS;alfa@@example\nBeta;ODV;beta@example.org\n",
        encoding="utf-8",
    )
    base = ["import", "spreadsheet", "--kind", "organisations", str(path)]
    assert run_command(base, database) == 1  # the default: the row is rejected
    assert database.record_counts()["organizations"] == 0
    assert run_command([*base, "--bad-values", "empty"], database) == 0
    assert "'alfa@@example' is left out" in capsys.readouterr().out
    with database.read_session() as session:
        emails = dict(session.execute(select(Organization.name, Organization.email)).all())
    assert emails == {"Alfa": "", "Beta": "beta@example.org"}


def test_the_values_mapped_are_remembered_with_the_columns(tmp_path):
    from socialneet_desktop.importers.access.mapping_store import load_plan, save_plan

    plan = ImportPlan("organizations", {"Denominazione": "name", "Tipo": "kind"})
    plan.values = {"kind": value_map({"Coop. sociale tipo B": "social_cooperative"})}
    store = tmp_path / "mappings.json"
    save_plan(plan, tmp_path / "enti.mdb", "Enti", store)
    again = load_plan(tmp_path / "enti.mdb", "Enti", store)
    assert again.values == {"kind": {"coop sociale tipo b": "social_cooperative"}}
    assert again.mapping == plan.mapping
