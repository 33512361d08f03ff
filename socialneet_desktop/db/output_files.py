"""Writing a file the user asked for: refuse what must not be replaced, write whole or not at all.

`check_output` runs before any work: a path that is a folder, in a missing folder, with another
extension, the open database (or its -wal/-shm/-journal), an input of the command, or an existing
file the user did not agree to replace is refused with an `OutputRefused`.

`write_atomically` writes into a temporary file beside the target and renames it over the target
only when the writing went well. The temporary file is listed in db.pending_files' registry first,
so that after a kill `remove_leftovers` (run at each start) deletes it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from socialneet_desktop.db.durable import flush_file, flush_folder
from socialneet_desktop.db.pending_files import (  # noqa: F401  (the opening sequence's entry)
    PART_SUFFIX,
    Pending,
    registry_folder,
    remove_leftovers,
)
from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

DATABASE_SIBLINGS = ("-wal", "-shm", "-journal")

IS_FOLDER = QT_TRANSLATE_NOOP("Output", "%1 is a folder, not a file.")
NO_FOLDER = QT_TRANSLATE_NOOP("Output", "The folder of %1 does not exist.")
WRONG_SUFFIX = QT_TRANSLATE_NOOP("Output", "%1 does not end in %2.")
IS_DATABASE = QT_TRANSLATE_NOOP(
    "Output", "%1 is the open database or one of its files: it would be destroyed."
)
IS_INPUT = QT_TRANSLATE_NOOP("Output", "%1 is the file being read: it would be destroyed.")
EXISTS = QT_TRANSLATE_NOOP("Output", "%1 already exists.")


class OutputRefused(Exception):
    """The file will not be written; nothing was touched.

    `message` is an English template for QCoreApplication.translate("Output", …) with %1 for the
    path (and %2 for the expected extension). `exists` is set when the only objection is that the
    file is there: the window then asks, the command line wants --overwrite.
    """

    def __init__(self, path: Path, message: str, *, suffix: str = "", exists: bool = False):
        super().__init__(message.replace("%1", str(path)).replace("%2", suffix))
        self.path = path
        self.message = message
        self.suffix = suffix
        self.exists = exists

    def text(self, translate) -> str:
        """The message in the user's language; `translate(context, text)`."""
        words = translate("Output", self.message)
        return words.replace("%1", str(self.path)).replace("%2", self.suffix)


def database_files(database_path: str | os.PathLike[str]) -> tuple[Path, ...]:
    """The database file and the files SQLite keeps beside it."""
    path = Path(database_path)
    return (path, *(path.with_name(path.name + tail) for tail in DATABASE_SIBLINGS))


def check_output(
    path: str | os.PathLike[str],
    suffix: str,
    *,
    protected: Iterable[str | os.PathLike[str]] = (),
    inputs: Iterable[str | os.PathLike[str]] = (),
    overwrite: bool = False,
) -> Path:
    """`path` as a Path if a file may be written there, else OutputRefused.

    `protected` are database files (each with its -wal/-shm/-journal); `inputs` are the files
    the command reads. Both are compared by resolved path and, when they exist, by identity.
    """
    path = Path(path).expanduser()
    if path.is_dir():
        raise OutputRefused(path, IS_FOLDER)
    if not path.absolute().parent.is_dir():
        raise OutputRefused(path, NO_FOLDER)
    if suffix and path.suffix.lower() != suffix.lower():
        raise OutputRefused(path, WRONG_SUFFIX, suffix=suffix)
    guarded = [file for database in protected for file in database_files(database)]
    if any(same_file(path, other) for other in guarded):
        raise OutputRefused(path, IS_DATABASE)
    if any(same_file(path, other) for other in inputs):
        raise OutputRefused(path, IS_INPUT)
    if os.path.lexists(path) and not overwrite:
        raise OutputRefused(path, EXISTS, exists=True)
    return path


def same_file(first: str | os.PathLike[str], second: str | os.PathLike[str]) -> bool:
    """True when both name one file: the same resolved path, or (both existing) the same inode,
    which also catches hard links and a differently spelled path on a case-insensitive disk."""
    one, other = Path(first).expanduser(), Path(second).expanduser()
    if _resolved(one) == _resolved(other):
        return True
    with contextlib.suppress(OSError):
        return os.path.samefile(one, other)
    return False


def _resolved(path: Path) -> str:
    try:
        text = str(path.resolve())
    except OSError:
        text = str(path.absolute())
    return os.path.normcase(text)


@contextlib.contextmanager
def write_atomically(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside `path`; on success it is flushed to disk and renamed over
    `path`, on any exception it is removed and `path` is left as it was."""
    target = Path(path)
    pending = Pending.file_beside(target)
    try:
        yield pending.path
        flush_file(pending.path)
        os.replace(pending.path, target)
        flush_folder(target.absolute().parent)
    except BaseException:
        pending.remove()
        raise
    pending.forget()
