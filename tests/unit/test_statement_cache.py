"""A list's statements are cacheable by SQLAlchemy: compiled once, not on every keystroke.

Our own SQL constructs (list_queries.NotDeleted, search_index.Unindexed and ServerOrLike)
without a cache key made every statement holding them compile afresh: about 6 ms a page
and a count, on each keystroke of a search. Two searches of the same shape give the same
key, and different texts reach SQLite as parameters, not in the key."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from socialneet_desktop.services import list_queries
from socialneet_desktop.services.list_specs import ListQuery
from socialneet_desktop.services.search_index import ServerOrLike, Unindexed


@pytest.mark.parametrize("kind_key", ["contacts", "organizations", "visits", "meetings"])
@pytest.mark.parametrize("how", ["ids", "in", "text", "like"])
def test_a_searched_page_has_one_cache_key_whatever_the_words(kind_key, how):
    def key(text: str):
        statement = list_queries.rows_select(kind_key, ListQuery(text), how=how).limit(200)
        return statement._generate_cache_key()

    first, second = key("rossi mar"), key("bianchi lu")
    assert first is not None, "the page statement cannot be cached"
    assert first == second
    assert first != key("rossi")  # one word less: another statement


def test_the_constructs_keep_their_state_in_the_key():
    from socialneet_desktop.db.models import NeetContact

    contact = NeetContact
    plain = select(contact.id).where(Unindexed(contact.deleted_at).is_(None))
    other = select(contact.id).where(Unindexed(contact.created_at).is_(None))
    assert plain._generate_cache_key() is not None
    assert plain._generate_cache_key() != other._generate_cache_key()
    left = select(contact.id).where(ServerOrLike(contact.id == 1, contact.id == 2))
    right = select(contact.id).where(ServerOrLike(contact.id == 1, contact.version == 2))
    assert left._generate_cache_key() != right._generate_cache_key()
    walking = select(contact.id).where(list_queries.NotDeleted(contact.deleted_at, True))
    seeking = select(contact.id).where(list_queries.NotDeleted(contact.deleted_at, False))
    assert walking._generate_cache_key() != seeking._generate_cache_key()
