"""A database named by an address (issue 20): what the user types, checked before any
connection; the password never part of it. Needs no server."""

from __future__ import annotations

import pytest

from socialneet_desktop.db.server_url import (
    PASSWORD_IN_URL,
    ServerAddressError,
    is_server_url,
    parse_server_url,
)


@pytest.mark.parametrize(
    "text",
    [
        "postgresql+psycopg://anna@server:5432/socialneet",
        "postgresql://anna@server/socialneet",
        "postgres://anna@192.168.1.10/socialneet",
    ],
)
def test_server_addresses_are_told_from_files(text):
    assert is_server_url(text)


@pytest.mark.parametrize("text", ["C:/Dati/socialneet.sqlite", "socialneet.sqlite", "", None])
def test_files_are_not_server_addresses(text):
    assert not is_server_url(text)


def test_an_address_gives_user_host_port_database_and_tls_preferred():
    address = parse_server_url("postgresql+psycopg://anna@ufficio.local/socialneet")
    assert (address.user, address.host, address.port, address.database) == (
        "anna",
        "ufficio.local",
        5432,
        "socialneet",
    )
    assert address.sslmode == "prefer"
    assert address.url().query["sslmode"] == "prefer"
    assert parse_server_url("postgresql://anna@h/db?sslmode=require").sslmode == "require"


def test_a_password_in_the_address_is_refused_and_not_repeated():
    with pytest.raises(ServerAddressError) as refused:
        parse_server_url("postgresql://anna:Segreto42@server/socialneet")
    assert refused.value.message == PASSWORD_IN_URL
    assert "Segreto42" not in str(refused.value)
    assert "anna:***@server" in str(refused.value)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("postgresql://server/socialneet", "names no user"),
        ("postgresql://anna@server", "names no database"),
        ("postgresql://anna@server/db?sslmode=maybe", "sslmode=maybe"),
        ("postgresql://", "not a valid address"),
    ],
)
def test_an_incomplete_address_says_what_is_missing(text, named):
    with pytest.raises(ServerAddressError, match=named):
        parse_server_url(text)


def test_the_shown_address_and_the_keyring_entry_hold_no_password():
    address = parse_server_url("postgresql://anna@server:5433/socialneet")
    assert address.shown == "postgresql://anna@server:5433/socialneet"
    assert address.keyring_user == "anna@server:5433"
    assert address.url("pw").password == "pw"  # only in memory, for the driver
