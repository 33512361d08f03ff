"""Stable pseudonymous codes for people: the same person gets the same code in every export.

The code is a keyed hash (HMAC-SHA256) of the record's uuid, which never changes and survives
export/import. The key is fixed in the app: codes are stable across databases and laptops, but
anyone holding the app and a uuid could recompute one; uuids never leave the app in
pseudonymous exports, so the code cannot be linked back without the database itself.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

_KEY = b"SocialNEET Desktop pseudonym v1"
PREFIX = "P-"


def pseudonym(uuid: str) -> str:
    """ "P-" and 8 base32 characters (40 bits) of HMAC-SHA256(uuid)."""
    digest = hmac.new(_KEY, uuid.encode("ascii"), hashlib.sha256).digest()
    return PREFIX + base64.b32encode(digest[:5]).decode("ascii")
