"""The one door every direct connection to a database file goes through (issue #24).

`connect(path, mode, timeout, key)`: with no key (None, or no key known in this process for
the file) it is exactly the stdlib `sqlite3.connect` the callers made before; with a key the
file is opened by SQLCipher (the `sqlcipher3` binding) and `PRAGMA key` is the first
statement, then the key is proved by reading the schema, so a wrong one fails here
(`WrongKey`), before anything else is read or written.

A SQLCipher connection is handed out wrapped (`_Translated`): its errors come out as the
stdlib `sqlite3` errors of the same class, so every `except sqlite3.Error` of the program and
SQLAlchemy's pysqlite dialect (through the engine's creator) handle both kinds alike.

Keys live only in this process's memory (`remember_key`), by the file's absolute path: the
opening sequence proves a passphrase once, later connections of the session find it.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
import threading
from pathlib import Path

READ_WRITE = "read-write"  # the plain path; the file is created when missing
READ_ONLY = "read-only"  # ?mode=ro
READ_SHARED = "read-shared"  # ?mode=ro, immutable too in a folder that cannot be written
READ_CLOSED = "read-closed"  # immutable unless a -wal is beside it (a file nobody has open)
IMMUTABLE = "immutable"  # ?immutable=1
AS_GIVEN = "as-given"  # `path` is already an SQLite URI (file:...?mode=ro)

SQLITE_HEADER = b"SQLite format 3\x00"
RAW_KEY_BYTES = 32


class _Known:
    """The default `key`: the key this process knows for the file, else plain."""

    def __repr__(self) -> str:
        return "KNOWN"


KNOWN = _Known()

_KEYS: dict[str, str | bytes] = {}
_KEYS_LOCK = threading.Lock()


class WrongKey(sqlite3.DatabaseError):
    """The file is not a database under this key: a wrong passphrase, or not encrypted."""


def _key_name(path: Path | str) -> str:
    return os.path.normcase(str(Path(path).expanduser().absolute()))


def remember_key(path: Path | str, key: str | bytes | None) -> None:
    """Keep `key` for `path` in this process's memory (None forgets it)."""
    with _KEYS_LOCK:
        if key is None:
            _KEYS.pop(_key_name(path), None)
        else:
            _KEYS[_key_name(path)] = key


def known_key(path: Path | str) -> str | bytes | None:
    with _KEYS_LOCK:
        return _KEYS.get(_key_name(path))


def forget_all_keys() -> None:
    with _KEYS_LOCK:
        _KEYS.clear()


def read_only_uri(path: Path) -> str:
    """SQLite's read-only URI; `immutable` too when no -wal is beside the file and its folder
    cannot be written: SQLite could not create the -shm a WAL file needs even to be read, and
    nobody can be changing a file in such a folder from this computer."""
    path = Path(path)
    uri = f"{path.absolute().as_uri()}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    if not wal.exists() and not os.access(path.parent, os.W_OK):
        uri += "&immutable=1"
    return uri


def closed_file_uri(path: Path) -> str:
    """Read-only; `immutable` (no -shm created, no lock) only when no -wal file is beside it."""
    path = Path(path)
    if path.with_name(path.name + "-wal").exists():
        return f"{path.absolute().as_uri()}?mode=ro"
    return f"{path.absolute().as_uri()}?immutable=1"


def _target(path: Path | str, mode: str) -> tuple[str, bool]:
    """What the binding's connect gets for `mode`, and whether it is a URI."""
    if mode == READ_WRITE:
        return str(path), False
    if mode == AS_GIVEN:
        return str(path), True
    path = Path(path)
    if mode == READ_ONLY:
        return f"{path.absolute().as_uri()}?mode=ro", True
    if mode == READ_SHARED:
        return read_only_uri(path), True
    if mode == READ_CLOSED:
        return closed_file_uri(path), True
    if mode == IMMUTABLE:
        return f"{path.absolute().as_uri()}?immutable=1", True
    raise ValueError(f"unknown mode {mode!r}")


def connect(
    path: Path | str,
    mode: str = READ_WRITE,
    timeout: float = 5.0,
    key: str | bytes | None | _Known = KNOWN,
    **options,
):
    """A DB-API connection to `path` (see the module's docstring). `options` go to the
    binding's connect (isolation_level, check_same_thread...)."""
    if key is KNOWN:
        key = key_of(path_of_uri(path) if mode == AS_GIVEN else path)
    target, uri = _target(path, mode)
    if key is None:
        return sqlite3.connect(target, timeout=timeout, uri=uri, **options)
    return _connect_encrypted(target, uri, timeout, key, options)


def path_of_uri(uri: str) -> Path:
    """The file an SQLite `file:` URI names (its query dropped)."""
    from urllib.parse import urlparse
    from urllib.request import url2pathname

    return Path(url2pathname(urlparse(str(uri)).path))


def key_of(path: Path | str) -> str | bytes | None:
    """The key known for `path`; for an encrypted copy of a database this process opened (a
    backup, a copy kept aside, a scrub's work file: encrypted the same way) the key that opens
    it, found among those known and then remembered; else None (plain)."""
    if str(path) in ("", ":memory:"):
        return None
    key = known_key(path)
    if key is not None:
        return key
    with _KEYS_LOCK:
        candidates = list(dict.fromkeys(_KEYS.values()))
    if not candidates or _known_plain(path):
        return None
    if not is_encrypted_file(path):
        _remember_plain(path)
        return None
    for candidate in candidates:
        if opens_with(path, candidate):
            remember_key(path, candidate)
            return candidate
    return None


# Files found plain, by name and inode: their header is read once. Reading it again while
# this process has the file open as a database would close a descriptor of it, and closing
# any descriptor of a file drops all of the process's POSIX locks on it (SQLite's among them:
# another process could then take the live WAL for a leftover). A file put in place of it
# (a restore, a conversion) has another inode, so it is looked at again.
_PLAIN: dict[str, int] = {}


def _inode(path: Path | str) -> int | None:
    try:
        return os.stat(path).st_ino  # no descriptor opened: no lock dropped
    except OSError:
        return None


def _known_plain(path: Path | str) -> bool:
    inode = _inode(path)
    with _KEYS_LOCK:
        return inode is not None and _PLAIN.get(_key_name(path)) == inode


def _remember_plain(path: Path | str) -> None:
    inode = _inode(path)
    if inode is not None:
        with _KEYS_LOCK:
            _PLAIN[_key_name(path)] = inode


def opens_with(path: Path | str, key: str | bytes) -> bool:
    """Does `key` open the encrypted file `path`? (read-only, nothing written)"""
    try:
        connect(path, READ_CLOSED, key=key).close()
    except sqlite3.Error:
        return False
    return True


def cipher_module():
    """The SQLCipher binding's DB-API module; ImportError when it is not installed."""
    from sqlcipher3 import dbapi2

    return dbapi2


def encryption_available() -> bool:
    try:
        cipher_module()
    except ImportError:
        return False
    return True


def key_pragma(key: str | bytes) -> str:
    """`PRAGMA key` for a passphrase (str: SQLCipher derives the key, PBKDF2) or a raw key
    (bytes: used as is, for the private temporary files of one process)."""
    if isinstance(key, bytes):
        return f"PRAGMA key = \"x'{key.hex()}'\""
    return "PRAGMA key = '{}'".format(key.replace("'", "''"))


def _connect_encrypted(target: str, uri: bool, timeout: float, key, options):
    dbapi2 = cipher_module()
    try:
        raw = dbapi2.connect(target, timeout=timeout, uri=uri, **options)
    except dbapi2.Error as error:
        raise _translated_error(error) from None
    try:
        raw.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is told by WrongKey
        if key != "":  # '' = a plain file through SQLCipher (for sqlcipher_export)
            raw.execute(key_pragma(key))
        raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi2.DatabaseError as error:
        raw.close()
        if "file is not a database" in str(error) or "not a database" in str(error):
            raise WrongKey(str(error)) from None
        raise _translated_error(error) from None
    return _Translated(raw)


def _translated_error(error: Exception) -> Exception:
    """The stdlib sqlite3 error of the same class name, message and codes."""
    stdlib_class = getattr(sqlite3, type(error).__name__, sqlite3.Error)
    if not (isinstance(stdlib_class, type) and issubclass(stdlib_class, sqlite3.Error)):
        stdlib_class = sqlite3.Error
    translated = stdlib_class(*error.args)
    for attribute in ("sqlite_errorcode", "sqlite_errorname"):
        if hasattr(error, attribute):
            with contextlib.suppress(AttributeError):
                setattr(translated, attribute, getattr(error, attribute))
    return translated


def _unwrap(value):
    return value._raw if isinstance(value, _Translated) else value


class _Translated:
    """A SQLCipher connection or cursor whose errors are stdlib sqlite3 errors; the cursors it
    hands out are wrapped too; wrapped arguments (backup's target) are unwrapped."""

    __slots__ = ("_raw",)

    def __init__(self, raw) -> None:
        object.__setattr__(self, "_raw", raw)

    def __getattr__(self, name: str):
        value = getattr(self._raw, name)
        if callable(value):
            return self._guarded(value)
        return value

    def __setattr__(self, name: str, value) -> None:
        setattr(self._raw, name, value)

    def __iter__(self):
        iterator = iter(self._raw)
        while True:
            try:
                row = next(iterator)
            except StopIteration:
                return
            except cipher_module().Error as error:
                raise _translated_error(error) from None
            yield row

    def __enter__(self):
        self._guarded(self._raw.__enter__)()
        return self

    def __exit__(self, *exc_info):
        return self._guarded(self._raw.__exit__)(*exc_info)

    @staticmethod
    def _guarded(method):
        @functools.wraps(method)
        def call(*args, **kwargs):
            args = tuple(_unwrap(argument) for argument in args)
            kwargs = {name: _unwrap(value) for name, value in kwargs.items()}
            try:
                result = method(*args, **kwargs)
            except cipher_module().Error as error:
                raise _translated_error(error) from None
            if _is_cipher_object(result):
                return _Translated(result)
            return result

        return call


def _is_cipher_object(value) -> bool:
    module = type(value).__module__ or ""
    return module.startswith("sqlcipher3") and type(value).__name__ in ("Connection", "Cursor")


def is_encrypted_file(path: Path | str) -> bool:
    """A file of whole pages (SQLCipher's are 512 bytes or a multiple) that does not start
    with SQLite's header: it may be a SQLCipher database (only a key can tell it from any
    other file)."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
    except OSError:
        return False
    return size >= 512 and size % 512 == 0 and header != SQLITE_HEADER
