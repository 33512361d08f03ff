"""The exchange package file: a small clear header, then the encrypted, authenticated body.

    b"SNXPKG01" | 4-byte length | header JSON | AES-GCM(body)

The header holds only what decryption needs: the format version, scrypt's salt and costs,
the nonce, and a key check (an HMAC of a fixed text with the derived key), which tells a
wrong passphrase apart from a damaged file. The body (zlib-compressed JSON) holds the
manifest (format, schema revision, source device, clock range, counts, checksum of the
content) and the content: change rows, the whole erasure register, the tombstones, what the
source knows and has received. The header is the AES-GCM's associated data: changing a byte
anywhere makes the file refused.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP

MAGIC = b"SNXPKG01"
FORMAT_VERSION = 1
SCRYPT = {"n": 2**15, "r": 8, "p": 1}
KEY_CHECK_TEXT = b"socialneet exchange key check"
PASSPHRASE_ENV = "SOCIALNEET_EXCHANGE_PASSPHRASE"
MIN_PASSPHRASE = 8

NOT_A_PACKAGE = QT_TRANSLATE_NOOP("Exchange", "%1 is not an exchange package of SocialNEET.")
DAMAGED = QT_TRANSLATE_NOOP(
    "Exchange", "The package %1 is damaged (%2): ask for it again. Nothing was changed."
)
WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Exchange",
    "The exchange passphrase is wrong for the package %1: it was made with another one.",
)
NEWER_FORMAT = QT_TRANSLATE_NOOP(
    "Exchange",
    "The package %1 was made by a newer version of SocialNEET (package format %2): update "
    "this program first, then receive it again.",
)
SHORT_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Exchange", "The exchange passphrase is too short: at least %1 characters."
)
NO_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Exchange",
    "No exchange passphrase: set SOCIALNEET_EXCHANGE_PASSPHRASE or give --passphrase-file.",
)


class PackageRefused(Exception):
    """The package cannot be read or used: `message` (translatable) filled with `args_`."""

    def __init__(self, message: str, *args: object) -> None:
        super().__init__(message, *args)
        self.message = message
        self.fill_args = tuple(str(arg) for arg in args)

    def text(self) -> str:
        from socialneet_desktop.i18n import fill, translate

        return fill(translate("Exchange", self.message), *self.fill_args)


@dataclass
class Package:
    """A package's manifest and content, as written or as read."""

    manifest: dict[str, Any]
    changes: list[list[Any]] = field(default_factory=list)  # see export.CHANGE_COLUMNS
    erasures: list[dict[str, Any]] = field(default_factory=list)
    tombstones: list[dict[str, Any]] = field(default_factory=list)
    knowledge: dict[str, str] = field(default_factory=dict)  # device -> highest clock held
    received: dict[str, int] = field(default_factory=dict)  # device -> its log's id received
    devices: dict[str, str] = field(default_factory=dict)  # device uuid -> name

    def content(self) -> dict[str, Any]:
        return {
            "changes": self.changes,
            "erasures": self.erasures,
            "tombstones": self.tombstones,
            "knowledge": self.knowledge,
            "received": self.received,
            "devices": self.devices,
        }


def check_passphrase(passphrase: str | None) -> str:
    if not passphrase:
        raise PackageRefused(NO_PASSPHRASE)
    if len(passphrase) < MIN_PASSPHRASE:
        raise PackageRefused(SHORT_PASSPHRASE, MIN_PASSPHRASE)
    return passphrase


def passphrase_from(file: Path | None) -> str:
    """The CLI's passphrase: the file's first line, else SOCIALNEET_EXCHANGE_PASSPHRASE."""
    if file is not None:
        lines = Path(file).read_text("utf-8").splitlines()
        return check_passphrase(lines[0] if lines else "")
    return check_passphrase(os.environ.get(PASSPHRASE_ENV, ""))


def _key(passphrase: str, salt: bytes, costs: dict[str, int]) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=salt, length=32, n=costs["n"], r=costs["r"], p=costs["p"])
    return kdf.derive(passphrase.encode("utf-8"))


def _key_check(key: bytes) -> str:
    return hmac.new(key, KEY_CHECK_TEXT, hashlib.sha256).hexdigest()[:32]


def checksum(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def encode(package: Package, passphrase: str) -> bytes:
    """The file's bytes: the manifest gets the content's checksum and counts."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    content = json.dumps(package.content(), ensure_ascii=False, separators=(",", ":"))
    content_bytes = content.encode("utf-8")
    package.manifest["checksum"] = checksum(content_bytes)
    manifest = json.dumps(package.manifest, ensure_ascii=False, sort_keys=True)
    body = zlib.compress(manifest.encode("utf-8") + b"\n" + content_bytes, 6)
    salt, nonce = os.urandom(16), os.urandom(12)
    key = _key(check_passphrase(passphrase), salt, SCRYPT)
    header = json.dumps(
        {
            "format": FORMAT_VERSION,
            "kdf": "scrypt",
            "salt": base64.b64encode(salt).decode(),
            **SCRYPT,
            "nonce": base64.b64encode(nonce).decode(),
            "key_check": _key_check(key),
        },
        sort_keys=True,
    ).encode("utf-8")
    sealed = AESGCM(key).encrypt(nonce, body, header)
    return MAGIC + struct.pack(">I", len(header)) + header + sealed


def decode(data: bytes, passphrase: str, name: str) -> Package:
    """The package in `data` (the file `name`), or PackageRefused saying why."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header, sealed = _split(data, name)
    if header.get("format") != FORMAT_VERSION:
        if isinstance(header.get("format"), int) and header["format"] > FORMAT_VERSION:
            raise PackageRefused(NEWER_FORMAT, name, header["format"])
        raise PackageRefused(DAMAGED, name, "format")
    try:
        salt = base64.b64decode(header["salt"])
        nonce = base64.b64decode(header["nonce"])
        costs = {"n": int(header["n"]), "r": int(header["r"]), "p": int(header["p"])}
        key = _key(passphrase, salt, costs)
    except (KeyError, ValueError, TypeError) as error:
        raise PackageRefused(DAMAGED, name, "header") from error
    if not hmac.compare_digest(_key_check(key), str(header.get("key_check", ""))):
        raise PackageRefused(WRONG_PASSPHRASE, name)
    header_bytes = data[len(MAGIC) + 4 : len(MAGIC) + 4 + struct.unpack(">I", data[8:12])[0]]
    try:
        body = zlib.decompress(AESGCM(key).decrypt(nonce, sealed, header_bytes))
    except (InvalidTag, zlib.error) as error:
        raise PackageRefused(DAMAGED, name, "authentication") from error
    return _parsed(body, name)


def _split(data: bytes, name: str) -> tuple[dict[str, Any], bytes]:
    if not data.startswith(MAGIC):
        raise PackageRefused(NOT_A_PACKAGE, name)
    if len(data) < len(MAGIC) + 4:
        raise PackageRefused(DAMAGED, name, "length")
    length = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])[0]
    start = len(MAGIC) + 4
    if length > 10_000 or len(data) < start + length:
        raise PackageRefused(DAMAGED, name, "header")
    try:
        header = json.loads(data[start : start + length])
    except ValueError as error:
        raise PackageRefused(DAMAGED, name, "header") from error
    if not isinstance(header, dict):
        raise PackageRefused(DAMAGED, name, "header")
    return header, data[start + length :]


def _parsed(body: bytes, name: str) -> Package:
    manifest_bytes, _, content_bytes = body.partition(b"\n")
    try:
        manifest = json.loads(manifest_bytes)
    except ValueError as error:
        raise PackageRefused(DAMAGED, name, "manifest") from error
    if manifest.get("checksum") != checksum(content_bytes):
        raise PackageRefused(DAMAGED, name, "checksum")
    content = json.loads(content_bytes)
    return Package(
        manifest,
        content["changes"],
        content["erasures"],
        content["tombstones"],
        content["knowledge"],
        content["received"],
        content["devices"],
    )


def read(path: Path, passphrase: str) -> Package:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise PackageRefused(DAMAGED, path.name, error.strerror or str(error)) from error
    return decode(data, passphrase, path.name)
