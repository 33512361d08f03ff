"""`socialneet server setup|upload|backup|password`: the office server (issue 20).

- `server setup --url postgresql://ADMIN@HOST:PORT/DATABASE`: as the server's administrator,
  create the database, the roles, the schema and the rights; print what each desktop enters.
- `server upload FILE --url …`: copy a local SocialNEET file into the empty server database.
- `server backup --url … [--to FILE]`: the server database as a SocialNEET SQLite file.
- `server restore FILE --url … [--yes]`: the server database replaced by a SocialNEET file
  (a manager's role only; asked first, naming the server).
- `server password --url …`: save the password in this computer's credential store.

The password is never an argument: the credential store, or the pgpass file.
Exit status: 0 done, 1 refused or failed (told on stderr, nothing changed), 2 bad arguments.
"""

from __future__ import annotations

import getpass
from datetime import datetime
from pathlib import Path

from socialneet_desktop.cli.common import fail
from socialneet_desktop.i18n import fill, translate


def add_server_commands(commands) -> None:
    server = commands.add_parser("server", help=translate("Cli", "the office server"))
    actions = server.add_subparsers(dest="server_command", required=True, metavar="ACTION")
    setup = actions.add_parser(
        "setup", help=translate("Cli", "create the database, its roles and its schema")
    )
    _url(setup, translate("Cli", "the server as its administrator: postgresql://ADMIN@HOST/DB"))
    setup.set_defaults(run_path=run_setup)
    upload = actions.add_parser(
        "upload", help=translate("Cli", "copy a local database file into the empty server")
    )
    upload.add_argument("file", metavar="FILE")
    _url(upload)
    upload.set_defaults(run_path=run_upload)
    backup = actions.add_parser(
        "backup", help=translate("Cli", "save the server database as a SocialNEET file")
    )
    _url(backup)
    backup.add_argument("--to", metavar="FILE", help=translate("Cli", "the file to write"))
    backup.set_defaults(run_path=run_backup)
    restore = actions.add_parser(
        "restore",
        help=translate("Cli", "replace the server database by a SocialNEET file (managers only)"),
    )
    restore.add_argument("file", metavar="FILE")
    _url(restore)
    restore.add_argument(
        "--yes", action="store_true", help=translate("Cli", "do not ask for confirmation")
    )
    restore.set_defaults(run_path=run_restore)
    password = actions.add_parser(
        "password", help=translate("Cli", "save the password in this computer's credential store")
    )
    _url(password)
    password.set_defaults(run_path=run_password)


def _url(parser, text: str | None = None) -> None:
    parser.add_argument(
        "--url",
        required=True,
        metavar="URL",
        help=text or translate("Cli", "the server database: postgresql://USER@HOST:PORT/DB"),
    )


def _address(arguments):
    from socialneet_desktop.db.server_url import parse_server_url

    return parse_server_url(arguments.url)


def refusal_of(error) -> int:
    """The words of a refusal (address, server, copy, file)."""
    from socialneet_desktop.db.refusals import DatabaseRefused
    from socialneet_desktop.db.server import ServerRefused
    from socialneet_desktop.db.server_copy import CopyRefused
    from socialneet_desktop.db.server_url import ServerAddressError

    if isinstance(error, ServerRefused):
        return fail(
            fill(translate("Server", error.message), error.shown, error.detail), error.reason
        )
    if isinstance(error, ServerAddressError | CopyRefused):
        first = error.text if isinstance(error, ServerAddressError) else error.first
        second = error.detail if isinstance(error, ServerAddressError) else error.second
        return fail(fill(translate("Server", error.message), first, second))
    if isinstance(error, DatabaseRefused):
        from socialneet_desktop.db.server_restore import refusal_context

        context = refusal_context(error.message)
        return fail(fill(translate(context, error.message), str(error.path)), error.detail)
    raise error  # not a refusal: a bug, shown as one


def run_setup(_path: Path, arguments) -> int:
    from socialneet_desktop.db import server_admin

    try:
        admin = _address(arguments)
        done = server_admin.setup(admin, admin.database)
    except Exception as error:  # noqa: BLE001 - refusal_of re-raises what it cannot word
        return refusal_of(error)
    address = done.address
    said = "Database %1 created." if done.created else "Database %1 was there: brought up to date."
    print(fill(translate("Cli", said), address.database))
    print(translate("Cli", "Each person gets their own login role, made by the administrator:"))
    print("  " + server_admin.new_member_sql("anna"))
    print("  " + server_admin.new_member_sql("marco", manager=True))
    print(translate("Cli", "On each desktop: File > Connect to the office server…, address:"))
    print(f"  postgresql+psycopg://NAME@{address.host}:{address.port}/{address.database}")
    print(translate("Cli", "and the person's password (kept in the computer's credential store)."))
    return 0


def run_upload(_path: Path, arguments) -> int:
    from socialneet_desktop.db import server_admin, server_copy

    try:
        sums = server_admin.upload(Path(arguments.file), _address(arguments))
    except Exception as error:  # noqa: BLE001 - refusal_of re-raises what it cannot word
        return refusal_of(error)
    print(translate("Cli", "Copied to the server, every table checked (rows, checksum):"))
    for line in server_copy.sums_text(sums):
        print(f"  {line}")
    return 0


def run_backup(_path: Path, arguments) -> int:
    from socialneet_desktop.db import server_admin, server_copy
    from socialneet_desktop.db.server import create_server_engine

    try:
        address = _address(arguments)
        target = Path(arguments.to) if arguments.to else _default_backup(address)
        target.parent.mkdir(parents=True, exist_ok=True)
        engine = create_server_engine(address)
        try:
            sums = server_admin.backup_to_file(engine, target)
        finally:
            engine.dispose()
    except Exception as error:  # noqa: BLE001 - refusal_of re-raises what it cannot word
        return refusal_of(error)
    print(fill(translate("Cli", "Backup written to %1"), target))
    rows = sum(total.rows for total in sums.values())
    print(fill(translate("Cli", "%1 rows in %2 tables, checked."), rows, len(server_copy.tables())))
    return 0


def run_restore(_path: Path, arguments) -> int:
    from socialneet_desktop.db.server import create_server_engine, local_folder
    from socialneet_desktop.db.server_copy import sums_text
    from socialneet_desktop.db.server_restore import restore_from_file

    try:
        address = _address(arguments)
    except Exception as error:  # noqa: BLE001 - refusal_of re-raises what it cannot word
        return refusal_of(error)
    if not arguments.yes:
        question = translate(
            "Cli",
            "Replace everything in the database %1 on the office server %2 with %3? Every "
            "computer connected to it will see that file's data. Type yes: ",
        )
        said = input(fill(question, address.database, address.host, arguments.file))
        if said.strip().lower() not in ("yes", "si", "sì"):
            return 1
    try:
        engine = create_server_engine(address)
        try:
            sums = restore_from_file(
                engine, address, Path(arguments.file), local_folder(address) / "backups"
            )
        finally:
            engine.dispose()
    except Exception as error:  # noqa: BLE001 - refusal_of re-raises what it cannot word
        return refusal_of(error)
    print(translate("Cli", "The server database now holds the file's data, every table checked:"))
    for line in sums_text(sums):
        print(f"  {line}")
    return 0


def _default_backup(address) -> Path:
    from socialneet_desktop.db.server import local_folder
    from socialneet_desktop.db.server_copy import written_name

    folder = local_folder(address) / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return written_name(folder, f"socialneet-server-{datetime.now():%Y-%m-%d-%H%M}")


def run_password(_path: Path, arguments) -> int:
    from socialneet_desktop.db.server_url import store_password

    try:
        address = _address(arguments)
    except Exception as error:  # noqa: BLE001 - refusal_of re-raises what it cannot word
        return refusal_of(error)
    password = getpass.getpass(fill(translate("Cli", "Password of %1: "), address.keyring_user))
    try:
        store_password(address, password)
    except Exception as error:  # noqa: BLE001 - keyring's errors differ by system
        reason = translate(
            "Cli",
            "This computer has no credential store that can be used (%1): put the password in "
            "the pgpass file instead (%APPDATA%\\postgresql\\pgpass.conf on Windows, ~/.pgpass "
            "elsewhere).",
        )
        return fail(fill(reason, type(error).__name__))
    print(fill(translate("Cli", "Password saved for %1."), address.keyring_user))
    return 0
