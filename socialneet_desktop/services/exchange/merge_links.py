"""The links kept in link tables (a meeting's organisations and people, an idea's team) when
two records are merged: every link to the merged record becomes a link to the survivor, and
the merged record's own links are added to the survivor's (services.exchange.record_merge).

The link tables are found through the ORM relationships that have a `secondary` table; a
link is changed through the service that owns it (services.records.set_meeting_links,
services.idea_records.set_team) so that it is audited, and travels, as any other change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import RelationshipProperty, Session

from socialneet_desktop.db.model_base import Base, RecordMixin, utc_now
from socialneet_desktop.services import audit

Setter = Callable[[Session, RecordMixin, str, list[int], str], None]


def _meeting_links(session: Session, meeting, name: str, ids: list[int], user: str) -> None:
    from socialneet_desktop.services.records import set_meeting_links

    organizations = ids if name == "organizations" else [o.id for o in meeting.organizations]
    people = ids if name == "people" else [p.id for p in meeting.people]
    set_meeting_links(session, meeting, organizations, people, user=user)


def _idea_team(session: Session, idea, _name: str, ids: list[int], user: str) -> None:
    from socialneet_desktop.services.idea_records import set_team

    set_team(session, idea, ids, user=user)


# The owners of link tables whose links a service of their own writes; any other link table
# (a kind added later) is written by `_any_links`, audited under the relationship's name.
SETTERS: dict[tuple[str, str], Setter] = {
    ("StakeholderMeeting", "organizations"): _meeting_links,
    ("StakeholderMeeting", "people"): _meeting_links,
    ("ProjectIdea", "members"): _idea_team,
}


def _any_links(session: Session, owner, name: str, ids: list[int], user: str) -> None:
    relation = owner.__mapper__.relationships[name]
    target = relation.mapper.class_
    old = list(getattr(owner, name))
    new = list(session.scalars(select(target).where(target.id.in_(ids)))) if ids else []
    if {row.id for row in old} == {row.id for row in new}:
        return
    setattr(owner, name, new)
    owner.updated_by, owner.updated_at = user, utc_now()
    session.flush()
    changes = {name: (sorted(r.uuid for r in old), sorted(r.uuid for r in new))}
    audit.record_event(session, owner, "update", changes, user)
    session.flush()


def set_links(session: Session, owner, name: str, ids: list[int], user: str) -> None:
    """The records `owner` links to through `name` become those of `ids` (audited)."""
    setter = SETTERS.get((type(owner).__name__, name), _any_links)
    setter(session, owner, name, ids, user)


def link_relationships() -> Iterator[tuple[type, RelationshipProperty]]:
    """(owner class, relationship) of every relationship kept in a link table."""
    for mapper in Base.registry.mappers:
        for relation in mapper.relationships:
            if relation.secondary is not None:
                yield mapper.class_, relation


def linked(session: Session, record: RecordMixin) -> list[tuple[Any, list]]:
    """(relationship, the records linked through it) for each link table naming `record`:
    the owners that link to it, and (when it is the owner) the records it links."""
    found = []
    for owner_class, relation in link_relationships():
        if relation.mapper.class_ is type(record):
            attribute = getattr(owner_class, relation.key)
            owners = list(session.scalars(select(owner_class).where(attribute.contains(record))))
            if owners:
                found.append((relation, owners))
        if owner_class is type(record) and getattr(record, relation.key):
            found.append((relation, list(getattr(record, relation.key))))
    return found


def move(
    session: Session, merged: RecordMixin, survivor: RecordMixin, user: str, moved: dict
) -> None:
    """Every link naming `merged` names `survivor` instead; counted in `moved` by table."""
    for owner_class, relation in list(link_relationships()):
        table = relation.secondary.name
        count = 0
        if relation.mapper.class_ is type(merged):
            count += _move_targets(session, owner_class, relation.key, merged, survivor, user)
        if owner_class is type(merged):
            count += _move_owned(session, relation.key, merged, survivor, user)
        if count:
            moved[table] = moved.get(table, 0) + count


def _move_targets(session, owner_class, name: str, merged, survivor, user: str) -> int:
    """The owners linking to `merged` (a meeting with the duplicate organisation) link to
    `survivor`, once, instead."""
    attribute = getattr(owner_class, name)
    owners = list(session.scalars(select(owner_class).where(attribute.contains(merged))))
    for owner in owners:
        ids = {row.id for row in getattr(owner, name)} - {merged.id} | {survivor.id}
        set_links(session, owner, name, sorted(ids), user)
    return len(owners)


def _move_owned(session, name: str, merged, survivor, user: str) -> int:
    """The records `merged` links to (the organisations of a duplicate meeting) are added to
    the survivor's, and taken off the merged record."""
    theirs = {row.id for row in getattr(merged, name)}
    if not theirs:
        return 0
    ours = {row.id for row in getattr(survivor, name)}
    set_links(session, survivor, name, sorted(ours | theirs), user)
    set_links(session, merged, name, [], user)
    return len(theirs)
