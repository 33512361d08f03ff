"""Why an Access file cannot be read, in words a user understands (context "AccessImport")."""

from __future__ import annotations

from pathlib import Path

from socialneet_desktop.db.database import belongs_to_open_database
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.i18n import fill, translate

SIGNATURES = (b"Standard Jet DB", b"Standard ACE DB")
# Jet 3 (Access 97) keeps its database password at 0x42, XORed with this fixed mask.
_JET3_PASSWORD_MASK = bytes.fromhex("86fbec375d449cfac65e28e613b68a6054947b36")


class AccessFileError(Exception):
    """`message` is an English template of the "AccessImport" context: %1 file, %2 detail."""

    message = QT_TRANSLATE_NOOP("AccessImport", "%1 cannot be read: %2")

    def __init__(self, path: Path, detail: str = "") -> None:
        self.path = Path(path)
        self.detail = detail
        super().__init__(self.text())

    def text(self) -> str:
        return fill(translate("AccessImport", self.message), self.path.name, self.detail)


class NotAccessFile(AccessFileError):
    message = QT_TRANSLATE_NOOP(
        "AccessImport",
        "%1 is not a Microsoft Access database (.mdb or .accdb): choose the file the old "
        "program opened.",
    )


class MissingFile(AccessFileError):
    message = QT_TRANSLATE_NOOP(
        "AccessImport", "%1 does not exist: check the name and the folder of the file."
    )

    def text(self) -> str:
        return fill(translate("AccessImport", self.message), str(self.path))


class DamagedFile(AccessFileError):
    message = QT_TRANSLATE_NOOP(
        "AccessImport",
        "%1 looks damaged or encrypted and cannot be read (%2). Open it in Access, run "
        "'Compact and Repair', remove the password if it has one, and try again. Nothing "
        "was imported.",
    )


class PasswordProtected(AccessFileError):
    message = QT_TRANSLATE_NOOP(
        "AccessImport",
        "%1 is protected by a password. The readers can read it without the password; "
        "import it only if the association owns the data.",
    )


class NoReader(AccessFileError):
    message = QT_TRANSLATE_NOOP(
        "AccessImport",
        "No program able to read Access files was found for %1: install mdbtools "
        "(Linux), the Python package access-parser, or on Windows the Microsoft Access "
        "Database Engine with pyodbc.",
    )


class OpenDatabase(AccessFileError):
    message = QT_TRANSLATE_NOOP(
        "AccessImport",
        "%1 is the database open in this program (or one of its files), not an Access file: "
        "choose the file the old program opened.",
    )


def check_signature(path: Path) -> bytes:
    """The first 128 bytes of an Access file; NotAccessFile otherwise."""
    path = Path(path)
    if not path.exists():
        raise MissingFile(path)
    if path.is_dir():
        raise NotAccessFile(path)
    if belongs_to_open_database(path):  # never read with plain I/O: it would drop our locks
        raise OpenDatabase(path)
    try:
        with path.open("rb") as file:
            head = file.read(128)
    except OSError as error:
        raise AccessFileError(path, error.strerror or str(error)) from error
    if len(head) < 128 or head[4:19] not in SIGNATURES:
        raise NotAccessFile(path)
    return head


def jet_version(head: bytes) -> int:
    """0 = Jet 3 (Access 97), 1 = Jet 4 (2000-2003), 2+ = ACE (2007 and later)."""
    return head[0x14]


def has_jet3_password(head: bytes) -> bool:
    """Only Access 97 passwords can be seen without decrypting: later formats mix the mask
    with the creation date (Jet 4) or encrypt the pages (ACE), which the readers then fail
    to read and report as DamagedFile."""
    if jet_version(head) != 0:
        return False
    stored = head[0x42 : 0x42 + len(_JET3_PASSWORD_MASK)]
    return any(a ^ b for a, b in zip(stored, _JET3_PASSWORD_MASK, strict=True))


class ReaderCannotRead(AccessFileError):
    message = QT_TRANSLATE_NOOP(
        "AccessImport",
        "%1 uses an Access format that the installed reader cannot read (%2). Install "
        "mdbtools (Linux) or the Microsoft Access Database Engine (Windows) and try again.",
    )
