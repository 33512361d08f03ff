"""Stable pseudonymous codes for people: the same person gets the same code in every export
made from one database with one key generation.

The code is a keyed hash (HMAC-SHA256) of the record's uuid with a secret of the database
(table pseudonym_keys, created by migration 0004 for existing and new databases alike). The
secret never leaves the database: without the database (or a backup of it) a code cannot be
recomputed from a uuid, and two databases holding the same uuids give different codes. The
manifest of a workbook names the key generation its codes were made with.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from socialneet_desktop.db.models import PseudonymKey

PREFIX = "P-"
SECRET_BYTES = 32


@dataclass(frozen=True)
class Key:
    generation: int
    secret: bytes

    def __repr__(self) -> str:  # never print the secret in a log or a traceback
        return f"Key(generation={self.generation})"


def pseudonym(uuid: str, key: Key) -> str:
    """ "P-" and 8 base32 characters (40 bits) of HMAC-SHA256(secret, uuid)."""
    digest = hmac.new(key.secret, uuid.encode("ascii"), hashlib.sha256).digest()
    return PREFIX + base64.b32encode(digest[:5]).decode("ascii")


def current_key(session: Session) -> Key:
    """The newest key generation of the database; one is created at first use if the
    database has none (a file made outside the migrations)."""
    row = session.scalars(
        select(PseudonymKey).order_by(PseudonymKey.generation.desc()).limit(1)
    ).first()
    if row is None:
        row = PseudonymKey(generation=1, secret=secrets.token_bytes(SECRET_BYTES))
        session.add(row)
        session.flush()
    return Key(row.generation, bytes(row.secret))


def coder(session: Session) -> Callable[[str], str]:
    """uuid -> person code with the database's current key (read once)."""
    key = current_key(session)
    return lambda uuid: pseudonym(uuid, key)


def database_coder(database) -> Callable[[str], str]:
    """coder() for a Database, in a session of its own."""
    with database.read_session() as session:
        return coder(session)
