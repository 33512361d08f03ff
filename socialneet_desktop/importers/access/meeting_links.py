"""A meeting with several organisations, as Access keeps it: a link table whose rows pair a
meeting's key with an organisation's key (IncontriEnti: IDIncontro, IDEnte). Both were
imported from tables of the same file before, so their records keep those keys as their
origin; each meeting gets all its organisations (audited as a change of its organisations,
like a save), instead of one meeting per organisation. Rows naming a meeting or an
organisation not imported are reported, and nothing is written unless every row is usable
or the caller accepts it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from socialneet_desktop.domain.text import QT_TRANSLATE_NOOP
from socialneet_desktop.services.import_lookups import keys_from_sources
from socialneet_desktop.services.records import set_meeting_links
from socialneet_desktop.services.related_records import record_by_id

NO_MEETING = QT_TRANSLATE_NOOP(
    "AccessImport", "Row %1: no meeting imported from this file has the key '%2'."
)
NO_ORGANIZATION = QT_TRANSLATE_NOOP(
    "AccessImport", "Row %1: no organisation imported from this file has the key '%2'."
)


@dataclass
class LinksReport:
    meetings: int = 0  # meetings that got organisations
    links: int = 0  # organisations added to them
    problems: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)


def _key(text: str) -> str:
    text = text.strip()
    return text[:-2] if text.endswith(".0") and text[:-2].isdigit() else text


def link_meetings(
    session, table, meeting_column: str, organization_column: str, user: str
) -> LinksReport:
    """Add the organisations `table`'s rows pair with each meeting (in `session`)."""
    from socialneet_desktop.db.models import Organization, StakeholderMeeting

    prefix = f"{table.path.name} / "
    meetings = dict(keys_from_sources(session, StakeholderMeeting, prefix))
    organizations = dict(keys_from_sources(session, Organization, prefix))
    wanted: dict[int, set[int]] = defaultdict(set)
    report = LinksReport()
    for row in table.rows:
        meeting_key = _key(row.values.get(meeting_column, ""))
        organization_key = _key(row.values.get(organization_column, ""))
        if meeting_key not in meetings:
            report.problems.append((NO_MEETING, (str(row.number), meeting_key)))
        elif organization_key not in organizations:
            report.problems.append((NO_ORGANIZATION, (str(row.number), organization_key)))
        else:
            wanted[meetings[meeting_key]].add(organizations[organization_key])
    for meeting_id, organization_ids in sorted(wanted.items()):
        meeting = record_by_id(session, StakeholderMeeting, meeting_id)
        have = {o.id for o in meeting.organizations}
        new = organization_ids - have
        if new:
            people = [p.id for p in meeting.people]
            set_meeting_links(session, meeting, have | organization_ids, people, user=user)
            report.meetings += 1
            report.links += len(new)
    return report
