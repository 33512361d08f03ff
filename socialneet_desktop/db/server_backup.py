"""File > Back up now on a server database: a portable SocialNEET file, plus a pg_dump.

The backup is a SocialNEET SQLite file (db.server_admin.backup_to_file: one consistent
snapshot of the server, every table checked), named as a file's backups are
(`socialneet-YYYYMMDD-HHMMSS.sqlite`) in this computer's folder of the server database
(db.server.local_folder(...)/backups), so the backups list shows it with its counts, and it
opens and restores like any other backup. Where PostgreSQL's `pg_dump` is on PATH a dump in
its custom format is written beside it (`….dump`, for the server's administrator:
pg_restore); a dump that fails (pg_dump older than the server, no rights) is reported, the
SQLite backup is kept all the same. Nothing is ever written over a file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from socialneet_desktop.db.server import local_folder
from socialneet_desktop.db.server_url import ServerAddress

STAMP_FORMAT = "%Y%m%d-%H%M%S"
DUMP_TIMEOUT_S = 3600


@dataclass(frozen=True)
class ServerBackup:
    file: Path
    rows: int
    dump: Path | None  # None: no pg_dump on PATH, or it failed (dump_problem)
    dump_problem: str = ""


def backup_folder(address: ServerAddress) -> Path:
    return local_folder(address) / "backups"


def free_stem(folder: Path, now: datetime) -> str:
    """`socialneet-<stamp>[-n]` taken by neither a backup nor a dump in `folder`."""
    stem = f"socialneet-{now.strftime(STAMP_FORMAT)}"
    candidate, number = stem, 2
    while any((folder / f"{candidate}{ext}").exists() for ext in (".sqlite", ".dump")):
        candidate, number = f"{stem}-{number}", number + 1
    return candidate


def back_up(database, now: datetime | None = None) -> ServerBackup:
    """The server database `database` (db.server.open_server's) backed up in its folder."""
    from socialneet_desktop.db.server_admin import backup_to_file

    address = database.server
    folder = backup_folder(address)
    folder.mkdir(parents=True, exist_ok=True)
    stem = free_stem(folder, now or datetime.now())
    file = folder / f"{stem}.sqlite"
    sums = backup_to_file(database.engine, file)
    rows = sum(total.rows for total in sums.values())
    dump, problem = write_dump(address, folder / f"{stem}.dump", database.engine.url.password)
    return ServerBackup(file, rows, dump, problem)


def pg_dump_program() -> str | None:
    return shutil.which("pg_dump")


def write_dump(
    address: ServerAddress, target: Path, password: str | None = None
) -> tuple[Path | None, str]:
    """pg_dump of the database into `target` (written beside it, renamed when complete):
    (the dump, "") or (None, what went wrong); (None, "") without pg_dump on PATH."""
    program = pg_dump_program()
    if program is None:
        return None, ""
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    environment = dict(os.environ, PGSSLMODE=address.sslmode, PGCONNECT_TIMEOUT="10")
    if password:
        environment["PGPASSWORD"] = password  # the child's own environment only
    command = [program, "--format=custom", "--no-password", f"--file={partial}"]
    command += [f"--host={address.host}", f"--port={address.port}"]
    command += [f"--username={address.user}", f"--dbname={address.database}"]
    try:
        done = subprocess.run(
            command, env=environment, capture_output=True, text=True, timeout=DUMP_TIMEOUT_S
        )
        if done.returncode != 0:
            return None, done.stderr.strip() or f"pg_dump: exit status {done.returncode}"
        os.replace(partial, target)
        return target, ""
    except (OSError, subprocess.SubprocessError) as error:
        return None, str(error)
    finally:
        partial.unlink(missing_ok=True)
