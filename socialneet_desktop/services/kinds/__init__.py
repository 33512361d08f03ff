"""The record kinds, one module each, in the order of the recycle bin and of the navigation
(the kinds without a list of their own, `listed=False`, are left out of the navigation).

A new kind: its module here with `KIND = RecordKind(...)` and one line below (plus its model
in db/models.py, its migration and its editor in ui/editors/registry.py).
"""

from __future__ import annotations

from socialneet_desktop.services.kind_facets import RecordKind
from socialneet_desktop.services.kinds import (
    activities,
    activity_targets,
    agreement_parties,
    agreements,
    attendance,
    contact_people,
    contacts,
    coop_answers,
    coop_ties,
    course_sessions,
    courses,
    delegate_marks,
    enrolments,
    match_proposals,
    meetings,
    mentor_assignments,
    mentoring_meetings,
    mentors,
    needs,
    organizations,
    outcomes,
    placement_hours,
    placements,
    project_ideas,
    resources,
    staff,
    visits,
)

KINDS: tuple[RecordKind, ...] = (
    resources.KIND,
    needs.KIND,
    match_proposals.KIND,
    delegate_marks.KIND,
    organizations.KIND,
    contact_people.KIND,
    meetings.KIND,
    contacts.KIND,
    visits.KIND,
    staff.KIND,
    courses.KIND,
    course_sessions.KIND,
    enrolments.KIND,
    attendance.KIND,
    placements.KIND,
    placement_hours.KIND,
    mentors.KIND,
    mentor_assignments.KIND,
    mentoring_meetings.KIND,
    project_ideas.KIND,
    outcomes.KIND,
    activities.KIND,
    activity_targets.KIND,
    coop_answers.KIND,
    coop_ties.KIND,
    agreements.KIND,
    agreement_parties.KIND,
)
